"""The worker pool: a fast lane, a slow lane, a bounded queue, and cancellation.

Fairness: every query starts in the fast lane (``size`` workers). A query still running after
``slow_after`` seconds moves to the slow lane: its worker leaves the fast lane and a fresh worker
takes its place there, so cheap queries never wait behind more than ``slow_after`` seconds of
someone else's work. The slow lane holds at most ``max_slow`` queries; one more that turns slow is
stopped with 503 and ``Retry-After``. The pool remembers jobs that ran slow (by text, dataset and
bindings): sent again, such a job goes straight to the slow lane, or gets 503 at once when the lane is
full, so a client repeating a slow query cannot queue in front of cheap ones. A request that finds ``max_queue`` others already waiting gets
503 at once instead of waiting. A request whose client hangs up has its query stopped (the worker
is killed and replaced) at once. Cost is never guessed from the text: it is known
only by running a query (or having run it), and elapsed time is a measure no client can game.
"""

from __future__ import annotations

import asyncio
import collections
import hashlib
import logging
import os
import pickle
import shutil
import signal
import sys
import tempfile
import time
from dataclasses import dataclass
from typing import Any

from ..errors import KGError
from .cache import Answers
from .protocol import LoadPolicy, Reply, TextLimits
from .worker import Worker, WorkerDied

log = logging.getLogger("kg.serve")


@dataclass(frozen=True)
class PoolConfig:
    spec: str  # the store, as kg.stores.open_store names it
    read_only: bool
    size: int
    timeout: float
    slow_after: float
    max_slow: int
    max_queue: int
    memory: int  # bytes a query may add to a worker; 0: no limit
    limits: TextLimits = TextLimits()
    policy: LoadPolicy = LoadPolicy()
    cache: int = 0  # bytes of answers kept in the server process (kg/serve/cache.py); 0: none
    direct: Any = None  # the Settings, when workers answer connections themselves (kg/serve/direct.py)
    queue_behind: float = 0.0  # seconds a running job may be queued behind (read-only; 0: one job a worker)


class FolderChanges:
    """Whether anything in a folder changed since the last look: one non-blocking read of an inotify
    descriptor (Linux) instead of the store's generation, a stat of the folder and of each write-ahead
    log and manifest (~10 system calls), on every request. The events are read before the generation
    is computed again, so a commit after that read leaves an event for the next look. ``None`` from
    ``open`` where inotify is missing (another OS, no instances left): the pool then computes the
    generation on every request, as before."""

    # IN_MODIFY, IN_ATTRIB, IN_CLOSE_WRITE, IN_MOVED_FROM, IN_MOVED_TO, IN_CREATE, IN_DELETE, IN_DELETE_SELF,
    # IN_MOVE_SELF
    MASK = 0x2 | 0x4 | 0x8 | 0x40 | 0x80 | 0x100 | 0x200 | 0x400 | 0x800

    def __init__(self, fd: int) -> None:
        self.fd = fd

    @classmethod
    def open(cls, folder: str | None) -> FolderChanges | None:
        if not folder or not sys.platform.startswith("linux") or not os.path.isdir(folder):
            return None
        try:
            import ctypes
            import ctypes.util

            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            fd = libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
            if fd < 0:
                return None
            if libc.inotify_add_watch(fd, os.fsencode(folder), cls.MASK) < 0:
                os.close(fd)
                return None
        except (OSError, AttributeError):
            return None
        return cls(fd)

    def changed(self) -> bool:
        seen = False
        while True:
            try:
                if not os.read(self.fd, 65536):
                    return True
                seen = True
            except BlockingIOError:
                return seen
            except OSError:
                return True

    def close(self) -> None:
        try:
            os.close(self.fd)
        except OSError:
            pass


def job_key(job: dict[str, Any]) -> int:
    """What makes two jobs the same query (text, saved query and parameters, bindings, dataset), as a
    64-bit number that every process computes alike (``hash`` of a string differs between processes)."""
    shape = repr((job.get("op"), job.get("query"), job.get("name"), job.get("params"), job.get("bindings"),
                  job.get("default"), job.get("named"), job.get("union"))).encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(shape, digest_size=8).digest(), "big", signed=True)


QUEUE_BYTES = 32 * 1024  # a job's largest frame to wait in a worker's pipe (one that size never blocks the write)


class Turn:
    """A job of a pool whose workers take a second job behind the one they run, and where it is:
    ``waiting`` (for a worker, in the pool's queue), ``queued`` (in a worker's pipe behind its running
    job), ``running``, ``done``, ``died`` (its worker ended while it ran), ``lost`` (its worker ended
    or was stopped while it was queued: it is placed again), ``refused`` (a job known to be slow that
    found the slow lane full)."""

    __slots__ = ("job", "alone", "seq", "size", "worker", "state", "started", "reply", "wake", "arrived", "abandoned",
                 "exitcode", "note")

    def __init__(self, job: dict[str, Any], alone: bool) -> None:
        self.job, self.alone = job, alone
        self.seq = self.size = 0
        self.worker: Worker | None = None
        self.state = "new"
        self.started = self.arrived = time.monotonic()
        self.reply: Any = None
        self.wake: asyncio.Future | None = None
        self.abandoned = False  # its client left while it was queued and could not be taken back
        self.exitcode: int | None = None
        self.note = ""  # for the access log: "moved" (taken back, run elsewhere), "again" (its worker ended)

    def to(self, state: str) -> None:
        self.state = state
        wake = self.wake
        if wake is not None and not wake.done():
            wake.set_result(None)


class Pool:
    def __init__(self, config: PoolConfig) -> None:
        self.c = config
        self.idle: list[Worker] = []
        self.waiters: collections.deque[asyncio.Future] = collections.deque()
        self.fast = 0  # fast-lane workers alive or being started
        self.slow: set[Worker] = set()
        self.all: set[Worker] = set()
        self.closed = False
        self._gen_key: tuple | None = None
        self._commits: Any = None  # the store's CommitWatch, from the first worker
        self._changes: FolderChanges | None = None  # whether the store's folder changed (inotify)
        self.generation = 0
        self._tasks: set[asyncio.Task] = set()
        self.known_slow: collections.OrderedDict[int, None] = collections.OrderedDict()  # jobs that ran slow before
        # answers kept by generation: only a read-only store has generations that every commit changes
        self.answers = Answers(config.cache if config.read_only else 0)
        self.handoff: Any = None  # kg/serve/direct.py: workers answer connections themselves
        self.answers_dir: str | None = None  # the answers those workers share
        # a second job in a worker's pipe behind the one it runs (read-only, without --direct): run()'s turns
        self.queue_behind = config.queue_behind if config.read_only and config.direct is None else 0.0
        self.waiting: collections.deque[Turn] = collections.deque()
        self._seq = 0
        if config.direct is not None and config.read_only:
            from .direct import Handoff

            self.handoff = Handoff(self)
            if config.cache:
                shm = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
                self.answers_dir = tempfile.mkdtemp(prefix="rdkg-answers-", dir=shm)

    # -------------------------------------------------------------- workers

    def _new(self) -> Worker:
        direct = None
        if self.handoff is not None:
            direct = {"settings": self.c.direct, "cache_dir": self.answers_dir, "cache_bytes": self.c.cache // self.c.size}
        return Worker(self.c.spec, self.c.read_only, self.c.memory, self.c.limits, self.c.policy, direct=direct,
                      queue=self.queue_behind > 0)

    async def start(self) -> None:
        if self.handoff is not None:
            self.handoff.start()
        workers = await asyncio.gather(*(asyncio.to_thread(self._new) for _ in range(self.c.size)), return_exceptions=True)
        errors = [w for w in workers if isinstance(w, BaseException)]
        for w in workers:
                if isinstance(w, Worker):
                    os.sched_setscheduler(w.proc.pid, os.SCHED_BATCH, os.sched_param(0))
        for w in workers:
            if isinstance(w, Worker):
                if self._commits is None:
                    self._commits = w.commits
                    if self.c.read_only:
                        self._changes = FolderChanges.open(getattr(w.commits, "path", None))
                self.all.add(w)
                self.fast += 1
                self.idle.append(w)
                if self.handoff is not None:
                    self.handoff.attach(w)
        if errors:
            await self.close()
            raise errors[0]

    def _give(self, w: Worker) -> None:
        """A free fast-lane worker: to a job waiting (rare: pages, saved queries), else to a connection
        waiting with a request (kg/serve/direct.py), else idle."""
        if self.queue_behind:
            return self._offer(w)
        while self.waiters:
            fut = self.waiters.popleft()
            if not fut.done():
                fut.set_result(w)
                return
        if self.handoff is not None and w.conns is not None and self.handoff.take(w):
            return
        self.idle.append(w)

    def _spawn(self) -> None:
        """Start a fast-lane worker in the background (counted at once, so that no more start than needed)."""
        self.fast += 1
        task = asyncio.get_running_loop().create_task(self._respawn())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _respawn(self) -> None:
        for attempt in range(5):
            if self.closed:
                return
            try:
                w = await asyncio.to_thread(self._new)
            except KGError as err:
                log.error("cannot start a query worker (attempt %d): %s", attempt + 1, err)
                await asyncio.sleep(1 + attempt)
                continue
            if self.closed:
                await asyncio.to_thread(w.stop)
                return
            self.all.add(w)
            if self.handoff is not None:
                self.handoff.attach(w)
            self._give(w)
            return
        self.fast -= 1

    def _drop(self, w: Worker, verdict: tuple | None = None) -> None:
        """A worker that was killed or died: forget it and keep the fast lane full. ``verdict`` (status,
        message[, headers]) is the answer for the request it was answering on a connection of its own."""
        if w.dead:
            return
        w.dead = True
        self.all.discard(w)
        if w in self.idle:
            self.idle.remove(w)
        if w in self.slow:
            self.slow.discard(w)
        else:
            self.fast -= 1
        w.kill()
        self._orphans(w)
        if self.handoff is not None:
            self.handoff.detach(w, verdict)
        if not self.closed and self.fast < self.c.size:
            self._spawn()

    _kill = _drop

    def _died(self, w: Worker) -> None:
        """A worker's end of its socket closed while it was one of ours: it died (out of memory …)."""
        if w.dead:
            return
        w.proc.join(2)
        self._drop(w, self._verdict(w.proc.exitcode))

    @staticmethod
    def _verdict(exitcode: int | None) -> tuple[int, str]:
        if exitcode in (-signal.SIGABRT, -signal.SIGKILL, -signal.SIGSEGV):
            return (507, "the query needed more memory than a query worker may use (see --max-memory), "
                    "or was too complex; it was stopped and the server keeps answering")
        return (500, "the query stopped its worker process (it was replaced)")

    def _orphans(self, w: Worker) -> None:
        """The turns in a worker that ended: the running one died with it, the queued ones are placed
        again (they never began)."""
        jobs = list(w.jobs)
        w.jobs.clear()
        for i, (t, seq) in enumerate(jobs):
            if t.worker is w and t.seq == seq:
                t.worker = None
                t.exitcode = w.proc.exitcode
                t.to("died" if i == 0 and t.state == "running" else "lost")

    def _retire(self, w: Worker) -> None:
        """A slow-lane worker whose query is done: its place was taken (and it runs at a lower priority)."""
        if w.dead:
            return
        w.dead = True
        self.slow.discard(w)
        self.all.discard(w)
        if w in self.idle:
            self.idle.remove(w)
        w.unwatch()  # here, in the loop's thread: stop runs in another
        if self.handoff is not None:
            self.handoff.detach(w, None)
        asyncio.get_running_loop().run_in_executor(None, w.stop)

    def _done_direct(self, w: Worker) -> None:
        """A slow-lane worker gave back the connection of its finished query."""
        if w.slow and not w.piped:
            self._retire(w)

    def _release(self, w: Worker) -> None:
        w.piped = False
        if w in self.slow:
            return self._retire(w)
        self._give(w)

    def _sweep(self) -> None:
        if self.answers_dir is not None and self._commits is not None:
            from .cache import sweep

            sweep(self.answers_dir, self._commits(), self.c.cache)

    # -------------------------------------------------------------- jobs

    def _stamp(self, job: dict[str, Any]) -> None:
        if self.c.read_only and self._commits is not None:
            if self._changes is None or self._gen_key is None or self._changes.changed():
                key = self._commits()
                if key != self._gen_key:
                    self._gen_key = key
                    self.generation += 1
            job["gen"] = self.generation

    async def _acquire(self, gone: asyncio.Future | None) -> Worker:
        if self.idle:
            return self.idle.pop()
        if len(self.waiters) >= self.c.max_queue:
            raise Reply.error(503, f"the server is busy ({self.c.max_queue} requests waiting); try again shortly",
                              {"Retry-After": "2"})
        fut = asyncio.get_running_loop().create_future()
        self.waiters.append(fut)
        try:
            await _first((fut, gone) if gone is not None else (fut,), self.c.timeout)
        except asyncio.CancelledError:
            if fut.done() and not fut.cancelled():
                self._give(fut.result())
            fut.cancel()
            raise
        if gone is not None and gone.done():
            if fut.done() and not fut.cancelled():
                self._give(fut.result())
            fut.cancel()  # _give skips it
            raise Reply.error(499, "the client closed the connection while its query waited")
        if fut.done() and not fut.cancelled():
            return fut.result()
        fut.cancel()
        raise Reply.error(503, "no query worker became free in time; try again shortly", {"Retry-After": "5"})

    _key = staticmethod(job_key)

    def _slow_full(self) -> Reply:
        return Reply.error(503, f"{len(self.slow)} long queries are running already; this one ran over "
                           f"{self.c.slow_after:g} s before, so it waits for the slow lane; try again later",
                           {"Retry-After": "10"})

    def _remember_slow(self, key: int) -> None:
        if key not in self.known_slow and self.handoff is not None:
            self.handoff.slow_key(key, True)
        self.known_slow[key] = None
        self.known_slow.move_to_end(key)
        while len(self.known_slow) > 4096:
            self.known_slow.popitem(last=False)

    async def run(self, job: dict[str, Any], gone: asyncio.Future | None = None) -> Reply:
        """Run a job; ``gone`` is done when the client hangs up (the query is then stopped).

        A job that ran slow before (the same text, dataset and bindings) is admitted straight to the
        slow lane, or refused at once when that lane is full, so it never queues in front of cheap ones.
        An answer kept for the same job at the store's current generation is given without a worker.
        """
        self._stamp(job)
        kept = self.answers.key(job)
        if kept is not None and (hit := self.answers.get(kept)) is not None:
            job["note"] = "kept"  # for the access log
            return hit
        # the job's key only when some job ran slow (a digest of its text: ~10 µs a request otherwise)
        key = self._key(job) if self.known_slow else None
        known = self.c.read_only and key is not None and key in self.known_slow
        if known and len(self.slow) >= self.c.max_slow:
            return self._slow_full()
        if self.queue_behind:
            reply = await self._run_turn(Turn(job, known), gone, key)
            if kept is not None and job.get("gen") == kept[0]:
                self.answers.put(kept, job, reply)
            return reply
        waited = not self.idle
        try:
            w = await self._acquire(gone)
        except Reply as reply:
            return reply
        w.piped = True
        if waited:  # a commit may have landed while it waited: the worker must see it
            self._stamp(job)
        if known:
            if len(self.slow) >= self.c.max_slow:
                w.piped = False
                self._give(w)
                return self._slow_full()
            self._promote(w)
        started = time.monotonic()
        try:
            ready = w.send(job)
        except OSError:
            self._drop(w)
            return Reply.error(503, "a query worker had stopped; try again", {"Retry-After": "1"})
        waits = (ready, gone) if gone is not None else (ready,)
        try:
            while True:
                elapsed = time.monotonic() - started
                limit = self.c.timeout if w.slow else min(self.c.slow_after, self.c.timeout)
                await _first(waits, max(0.0, limit - elapsed))
                if ready.done():
                    break
                if gone is not None and gone.done():
                    self._drop(w)
                    return Reply.error(499, "the client closed the connection; the query was stopped")
                if key is None:
                    key = self._key(job)
                stopped = self._past_limit(w, key, limit)
                if stopped is not None:
                    return stopped
        except asyncio.CancelledError:
            self._drop(w)
            raise
        try:
            reply = w.receive()
        except WorkerDied as died:
            self._drop(w)
            return Reply.error(*self._verdict(died.exitcode))
        if key is not None and time.monotonic() - started < self.c.slow_after and key in self.known_slow:
            del self.known_slow[key]
            if self.handoff is not None:
                self.handoff.slow_key(key, False)
        self._release(w)
        w.slow = False
        if kept is not None and job.get("gen") == kept[0]:
            self.answers.put(kept, job, reply)
        return reply

    # -------------------------------------------------------------- a second job behind the running one
    #
    # A worker that runs a job may be sent the next one before it is done, so that it never waits on its
    # pipe while the next request crosses from this process (the hop costs the worker's caches and a
    # wake-up; measured in benchmarks/serve_throughput.py). What item 1 (fairness) asks of it:
    #
    # - a job is queued only behind a job that began less than ``queue_behind`` seconds ago, and is taken
    #   back (and placed again, ahead of those waiting) once the job ahead has run that long, or turns
    #   slow, or when another fast-lane worker has nothing to do: a cheap query never waits behind a
    #   slow one longer than it would have waited for a free worker;
    # - taking back is exact: the worker starts a job only if the board (a lock and shared numbers) does
    #   not say it was taken back, and says it started it, so a job runs in one worker, never two or none;
    # - a job's time limit and slow-lane clock count from when its worker started it (the board's time);
    # - a worker that ends (killed for the job ahead, out of memory, crashed) with a job queued: that job
    #   is placed again, as if it had just come;
    # - a client that leaves while its job is queued: the job is taken back, or, if it has just started,
    #   its worker is stopped once the job ahead's answer is read (the job ahead keeps its answer);
    # - jobs known to be slow, and jobs too large to wait in a pipe, go only to a worker with nothing to do.

    def _past_limit(self, w: Worker, key: int, limit: float) -> Reply | None:
        """A query that ran past ``limit``: remembered as slow, then stopped (504 past the timeout, 503 when the
        slow lane is full) or moved to the slow lane (None: keep waiting for it)."""
        self._remember_slow(key)
        if w.slow or limit >= self.c.timeout:
            self._drop(w)
            return Reply.error(504, f"the query ran longer than the time limit ({self.c.timeout:g} s) and was stopped")
        if len(self.slow) >= self.c.max_slow:
            self._drop(w)
            return Reply.error(503, f"{len(self.slow)} long queries are running already; this one ran over "
                               f"{self.c.slow_after:g} s and was stopped; try again later", {"Retry-After": "10"})
        self._promote(w)
        return None

    def _fits(self, w: Worker, t: Turn) -> bool:
        """Whether ``t`` may go to fast-lane worker ``w`` now (idle, or queued behind a young job)."""
        if w.dead or w.slow:
            return False
        if not w.jobs:
            return True
        if len(w.jobs) > 1 or t.alone or t.size > QUEUE_BYTES:
            return False
        head, seq = w.jobs[0]
        return head.worker is w and head.seq == seq and head.state == "running" and \
            time.monotonic() - head.started < self.queue_behind

    def _frame(self, t: Turn, stamp: bool) -> bytes:
        if stamp:
            self._stamp(t.job)
        self._seq += 1
        t.seq = t.job["seq"] = self._seq
        frame = pickle.dumps(t.job, pickle.HIGHEST_PROTOCOL)
        t.size = len(frame)
        return frame

    def _place(self, t: Turn, front: bool = False) -> None:
        """Send ``t`` to a worker that may take it now, else into the queue (ahead of the others: ``front``)."""
        if t.alone and len(self.slow) >= self.c.max_slow:
            return t.to("refused")
        frame = self._frame(t, front)
        if self.waiting and not front:  # others came first
            t.to("waiting")
            self.waiting.append(t)
            return
        if self.idle:
            w = self.idle.pop()
            if not self._push(w, t, frame):
                self._place(t, front)
            return
        for w in self.all:
            if w.jobs and self._fits(w, t):
                if not self._push(w, t, frame):
                    self._place(t, front)
                return
        t.to("waiting")
        (self.waiting.appendleft if front else self.waiting.append)(t)

    def _push(self, w: Worker, t: Turn, frame: bytes) -> bool:
        try:
            w.push(frame, self._on_frame)
        except OSError:
            self._drop(w)
            return False
        w.jobs.append((t, t.seq))
        t.worker = w
        if len(w.jobs) == 1:
            t.started = time.monotonic()
            t.to("running")
            if t.alone:
                self._promote(w)
        else:
            t.to("queued")
        return True

    def _take(self, w: Worker, t: Turn) -> bool:
        """Take queued ``t`` back from ``w`` and place it again, ahead of the jobs waiting."""
        if not w.take_back(t.seq):
            return False
        t.worker = None
        t.note = "moved"
        self._place(t, front=True)
        return True

    def _offer(self, w: Worker) -> None:
        """Fast-lane worker ``w`` has room: the jobs waiting, in order, else, when it has nothing at all,
        a job queued in another worker (the one behind the oldest job)."""
        while self.waiting and not w.dead and len(w.jobs) < 2:
            t = self.waiting[0]
            if not self._fits(w, t):  # it needs a worker with nothing to do: the others wait behind it
                break
            self.waiting.popleft()
            if t.alone and len(self.slow) >= self.c.max_slow:
                t.to("refused")
                continue
            if not self._push(w, t, self._frame(t, True)):
                self.waiting.appendleft(t)
                return
        if w.dead or w.jobs:
            return
        if w not in self.idle:
            self.idle.append(w)
        queued = [v for v in self.all if v is not w and len(v.jobs) > 1 and not v.dead]
        for v in sorted(queued, key=lambda v: v.jobs[0][0].started):
            t, seq = v.jobs[1]
            if t.worker is v and t.seq == seq and t.state == "queued" and self._take(v, t):
                return

    def _on_frame(self, w: Worker, frame: bytes | None) -> None:
        """A reply (in the order of the jobs sent), or None: the worker ended."""
        if frame is None:
            if not w.dead:
                w.proc.join(2)
                self._drop(w)
            return
        if not w.jobs:
            return
        t, seq = w.jobs.popleft()
        if t.worker is w and t.seq == seq:  # not taken back (that one's frame is empty)
            t.reply = pickle.loads(frame)
            t.worker = None
            t.to("done")
        if w.jobs:
            t, seq = w.jobs[0]
            if t.worker is w and t.seq == seq:
                t.started = w.started_at(seq) or time.monotonic()
                if t.abandoned:  # its client left while it was queued and it had begun
                    self._drop(w)
                    return
                t.to("running")
        if w.dead:
            return
        if w.slow:
            if not any(t.worker is w and t.seq == seq for t, seq in w.jobs):
                self._retire(w)
            return
        self._offer(w)

    async def _run_turn(self, t: Turn, gone: asyncio.Future | None, key: int | None) -> Reply:
        """run() for a pool whose workers take a second job behind the one they run."""
        loop = asyncio.get_running_loop()
        if len(self.waiting) >= self.c.max_queue and not self.idle:
            return Reply.error(503, f"the server is busy ({self.c.max_queue} requests waiting); try again shortly",
                               {"Retry-After": "2"})
        self._place(t)
        try:
            while True:
                state = t.state
                if state == "done":
                    break
                if self.closed:
                    return Reply.error(503, "the server is stopping", {"Retry-After": "5"})
                if state == "refused":
                    return self._slow_full()
                if state == "died":
                    return Reply.error(*self._verdict(t.exitcode))
                if state == "lost":  # its worker ended before it began: as if it had just come
                    t.note = "again"
                    self._place(t, front=True)
                    continue
                now = time.monotonic()
                w = t.worker
                if state == "running":
                    assert w is not None
                    limit = self.c.timeout if w.slow else min(self.c.slow_after, self.c.timeout)
                    left = limit - (now - t.started)
                else:  # waiting or queued: as long as a request may wait for a worker
                    left = self.c.timeout - (now - t.arrived)
                    if state == "queued" and w is not None and w.jobs:
                        head = w.jobs[0][0]
                        left = min(left, self.queue_behind - (now - head.started)) if head.state == "running" else left
                    left = max(left, 0.005)  # a job that began just as it was taken back: its answer is near
                t.wake = wake = loop.create_future()
                await _first((wake, gone) if gone is not None and not gone.done() else (wake,), max(0.0, left))
                t.wake = None
                if wake.done():
                    continue
                if gone is not None and gone.done():
                    if state == "running":
                        self._drop(t.worker)  # type: ignore[arg-type]
                        return Reply.error(499, "the client closed the connection; the query was stopped")
                    if state == "waiting":
                        self.waiting.remove(t)
                        return Reply.error(499, "the client closed the connection while its query waited")
                    if state == "queued":
                        self._abandon(t)
                        return Reply.error(499, "the client closed the connection while its query waited")
                    continue
                if state == "waiting":
                    self.waiting.remove(t)
                    return Reply.error(503, "no query worker became free in time; try again shortly", {"Retry-After": "5"})
                if state == "queued":
                    assert w is not None
                    if time.monotonic() - t.arrived >= self.c.timeout:
                        if w.take_back(t.seq):
                            t.worker = None
                            return Reply.error(503, "no query worker became free in time; try again shortly", {"Retry-After": "5"})
                    elif w.jobs and w.jobs[0][0].state == "running":
                        self._take(w, t)  # the job ahead has run too long to wait for
                    continue
                # running past its limit
                assert w is not None
                if key is None:
                    key = self._key(t.job)
                stopped = self._past_limit(w, key, limit)
                if stopped is not None:
                    return stopped
        except asyncio.CancelledError:
            if t.state == "running" and t.worker is not None:
                self._drop(t.worker)
            elif t.state == "waiting":
                self.waiting.remove(t)
            elif t.state == "queued":
                self._abandon(t)
            raise
        if key is not None and time.monotonic() - t.started < self.c.slow_after and key in self.known_slow:
            del self.known_slow[key]
        if t.note:
            t.job["note"] = t.note
        return t.reply

    def _abandon(self, t: Turn) -> None:
        """The client of a queued job left: take the job back, or stop it once the job ahead is answered."""
        w = t.worker
        if w is None:
            return
        if w.take_back(t.seq):
            t.worker = None
            t.state = "gone"
        else:
            t.abandoned = True

    def _promote(self, w: Worker) -> None:
        """To the slow lane, at a lower CPU priority; a fresh worker takes its place in the fast lane."""
        w.slow = True
        self.slow.add(w)
        if w in self.idle:
            self.idle.remove(w)
        w.demote()
        self.fast -= 1
        for t, seq in list(w.jobs)[1:]:  # what waits behind it goes elsewhere
            if t.worker is w and t.seq == seq and t.state == "queued":
                self._take(w, t)
        self._spawn()
        if self.handoff is not None and not self.handoff.revoke(w) and not w.piped:
            self._retire(w)  # nothing of its own runs: retire it now

    async def close(self) -> None:
        self.closed = True
        if self.handoff is not None:
            self.handoff.close()
            for w in self.all:
                self.handoff.detach(w, None)
        for fut in self.waiters:
            if not fut.done():
                fut.cancel()
        for t in self.waiting:
            t.to("lost")  # its run() sees the pool closed
        self.waiting.clear()
        for w in self.all:
            w.unwatch()  # here, in the loop's thread: stop runs in others
        await asyncio.gather(*(asyncio.to_thread(w.stop) for w in list(self.all)))
        self.all.clear()
        self.idle.clear()
        if self._changes is not None:
            self._changes.close()
            self._changes = None
        if self.answers_dir is not None:
            shutil.rmtree(self.answers_dir, ignore_errors=True)


async def _first(futures: tuple[asyncio.Future, ...], timeout: float) -> None:
    """Return when one of ``futures`` is done or ``timeout`` seconds have passed: ``asyncio.wait``
    without its sets and bookkeeping (once or twice a request)."""
    loop = asyncio.get_running_loop()
    waiter = loop.create_future()

    def wake(_: Any = None) -> None:
        if not waiter.done():
            waiter.set_result(None)

    for f in futures:
        f.add_done_callback(wake)
    timer = loop.call_later(timeout, wake)
    try:
        await waiter
    finally:
        timer.cancel()
        for f in futures:
            f.remove_done_callback(wake)
