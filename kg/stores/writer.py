"""The embedded store's loads in a process of their own, so that Ctrl-C can abandon one under way.

A load commits once (kg.stores.rdf.RDFStore.load: one ``extend`` or one SPARQL Update), inside
Oxigraph, where no signal reaches Python until the call returns: seconds for a large report. So while
``kg load`` runs, the store is open in a writer process that takes extractions over a pipe, and the
main process only waits for its answers, which Ctrl-C interrupts at once. On Ctrl-C the main process
tells the writer to stop (it looks right before it commits) and kills it (SIGKILL). A RocksDB transaction
that was not committed leaves nothing on disk (tried: a writer killed at any moment of a 34,000-quad
replacement leaves the report's earlier version, byte for byte, and no other graph). A commit is one
record appended to the write-ahead log, after which RocksDB applies it in memory for a while longer
(about a quarter of a replacement's time): a kill then no longer stops it, since the next open replays
the log. So the writer tells, with its commit, where in the log the record will start; once the writer
is dead, the main process cuts the log back there (WalCursor, _Writer._undo), which takes back the
commit whole, and the report under way keeps its earlier version. Where that is not safe (a newer log
was started meanwhile: RocksDB does that before it moves a full memtable to a table file, at the start
of a write, rarely; or the log does not read as the format below, or holds more than the one write batch
of the commit after the mark) it cuts nothing, opens the store read-only and says truly which version
it holds; as that takes seconds for a large report on a busy machine, it is given half a second (in a
process of its own, killed after) and past that the stop says the report may have been written. tests/test_load_input.py checks the format against the pinned pyoxigraph's RocksDB (every
record's CRC, the batches' sequence numbers, the options relied on, its version).

The writer is started by the ``forkserver`` method (a clean process that never opened a RocksDB
store: RocksDB's background threads do not survive a fork), or ``spawn`` where there is none.
"""

from __future__ import annotations

import fcntl
import multiprocessing as mp
import os
import pickle
import signal
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ..model import Extraction
from .base import Interrupted, LoadResult, StoreError

if TYPE_CHECKING:
    from .rdf import RDFStore

_ctx: Any = None


def _context() -> Any:
    global _ctx
    if _ctx is None:
        if "forkserver" in mp.get_all_start_methods():
            _ctx = mp.get_context("forkserver")
            _ctx.set_forkserver_preload(["kg.stores.rdf", "kg.stores.writer", "kg.model"])
        else:
            _ctx = mp.get_context("spawn")
    return _ctx


def end_helpers() -> None:
    """Kill the helper processes multiprocessing started for the writer (the forkserver, and the resource
    tracker it starts), when the program is about to end at once (``kg`` after Ctrl-C, kg.cli._exit_now).
    Left alone, each notices the end only afterwards and then ends as a Python program does, freeing
    its modules one by one (the forkserver preloaded Oxigraph and the model): 0.5-1.4 s on a machine with
    both cores busy, during which both still hold the program's stdout and stderr, so whatever reads
    them (a pipe, ``| tee``, a test) saw the stop that much later. Neither holds anything of ours: the
    writer is dead and waited for before this, and kg makes no named semaphore or shared memory for the
    tracker to clean up. A later writer in the same process would start a new forkserver."""
    from multiprocessing import forkserver, resource_tracker

    for pid in (getattr(getattr(forkserver, "_forkserver", None), "_forkserver_pid", None),
                getattr(getattr(resource_tracker, "_resource_tracker", None), "_pid", None)):
        if isinstance(pid, int) and pid > 0:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass


def newest_log(path: str) -> str:
    """The name of the newest write-ahead log of the RocksDB store at ``path`` (the one written to), or ""."""
    logs = [e.name for e in os.scandir(path) if e.name.endswith(".log") and e.name[:-4].isdigit()]
    return max(logs, key=lambda n: int(n[:-4])) if logs else ""


BLOCK = 32768  # RocksDB's log format: 32 KiB blocks of records, each a header (CRC, length, type[, log number])
LEGACY = {1: 7, 2: 7, 3: 7, 4: 7}  # FULL, FIRST, MIDDLE, LAST: 7-byte headers
RECYCLABLE = {5: 11, 6: 11, 7: 11, 8: 11}  # the same in a log that may be recycled: 11 bytes, with the log number
WHOLE_END = {1, 4, 5, 8}  # FULL and LAST records end a write batch


def wal_end(path: str, name: str, start: int = 0) -> tuple[int, bool, int] | None:
    """Read the log ``name`` from byte ``start`` (where a record begins): the offset just past its last
    whole write batch (``start`` if none), whether a record cut short follows it, and how many whole
    write batches it read. A log is written from its start, and a recycled one still holds an older
    log's records after ours (another log number in their headers), so the file's size is not where
    writing goes on. None: the file cannot be read as RocksDB's log format as this module knows it
    (another record type, such as the compression or timestamp records newer RocksDB versions may
    write; both kinds of header in one log): then nothing may be cut (kg.stores.writer._Writer._undo)."""
    try:
        with open(os.path.join(path, name), "rb") as fh:
            fh.seek(start)
            data = fh.read()
        number = int(name.removesuffix(".log"))
    except (OSError, ValueError):
        return None
    pos, end, batches = 0, 0, 0
    family: dict[int, int] | None = None
    while pos < len(data):
        left = BLOCK - (start + pos) % BLOCK
        if left < 11 and not any(data[pos:pos + left]):  # a block's tail too short for a header: padding
            pos += left
            continue
        if pos + 7 > len(data):
            break
        length = int.from_bytes(data[pos + 4:pos + 6], "little")
        kind = data[pos + 6]
        if kind == 0 and length == 0 and not any(data[pos:pos + 7]):  # zeros: space never written
            return start + end, pos > end, batches
        if kind in RECYCLABLE and int.from_bytes(data[pos + 7:pos + 11], "little") != number:
            return start + end, pos > end, batches  # a recycled log's older records: ours end here
        kinds = RECYCLABLE if kind in RECYCLABLE else LEGACY if kind in LEGACY else None
        if kinds is None or (family is not None and kinds is not family):
            return None
        family = kinds
        if pos + kinds[kind] + length > len(data):
            break
        pos += kinds[kind] + length
        if kind in WHOLE_END:
            end = pos
            batches += 1
    return start + end, pos > end or pos < len(data), batches


class WalCursor:
    """Where the writer process's next commit will go: the newest log and the end of its last whole
    record, followed from one commit to the next (reading each record once)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.name, self.end = "", 0

    def mark(self) -> tuple[str, int] | None:
        """None when the log does not read as expected: a record cut short after the last whole one
        (nothing is being written while the writer looks: its own commits have returned)."""
        name = newest_log(self.path)
        got = wal_end(self.path, name, self.end if name == self.name else 0) if name else None
        if got is None or got[1]:
            self.name = ""
            return None
        self.name, self.end = name, got[0]
        return name, self.end


@contextmanager
def _main_hidden() -> Iterator[None]:
    """Start a process without telling it where ``__main__`` came from. A forkserver or spawn child runs
    the parent's main script again (as ``__mp_main__``) before its target; the writer needs nothing from
    it, and a main that is not a file (``python -`` reading stdin, a notebook) cannot be run again at all
    (multiprocessing printed a traceback and the load fell back to this process), while a script without
    an ``if __name__ == "__main__"`` guard would load its reports once more in the writer."""
    main = sys.modules.get("__main__")
    if main is None:
        yield
        return
    saved = {k: main.__dict__[k] for k in ("__file__", "__spec__") if k in main.__dict__}
    main.__dict__.pop("__file__", None)
    main.__spec__ = None
    try:
        yield
    finally:
        main.__dict__.update(saved)
        if "__spec__" not in saved:
            main.__dict__.pop("__spec__", None)


class _Cancelled(Exception):
    pass


def _serve(path: str, base: str, conn: Any) -> None:
    """The writer process: open the store, then load each extraction the pipe brings until None."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the main process decides
    from ..loaders.write.rdf import graph_iri
    from .rdf import RDFStore

    try:
        store = RDFStore(path, base=base)
    except Exception as err:  # noqa: BLE001 - told to the main process, which loads in-process instead
        conn.send(("failed", str(err)))
        return
    conn.send(("ready", None))

    cursor = WalCursor(path)

    def before_commit(replacing: bool) -> None:
        if conn.poll():  # while a load is under way the main process says one thing only: stop
            raise _Cancelled
        conn.send(("commit", (replacing, cursor.mark())))

    try:
        while True:
            try:
                ext = conn.recv()
            except EOFError:
                return
            if ext is None:
                return
            try:
                conn.send(("replacing", store.ox.contains_named_graph(graph_iri(ext.report.id, base))))
                conn.send(("done", store.load(ext, before_commit)))
            except _Cancelled:
                return
            except Exception as err:  # noqa: BLE001 - the main process raises it
                try:
                    pickle.dumps(err)
                except Exception:  # noqa: BLE001
                    err = StoreError(f"{path}: {type(err).__name__}: {err}")
                conn.send(("error", err))
    finally:
        store.close()


# how long after Ctrl-C the fallback may look at the store to say which version it holds (_Writer._compare):
# the kill, the look and kg's exit all within a second on a busy machine (benchmarks/ctrl_c.py --fallback)
COMPARE_BUDGET = 0.5


def compare(path: str, base: str, ext: Extraction) -> str:
    """"written" if the report's graph in the store at ``path`` (opened read-only) is the extraction's,
    else "kept"; "unknown" if the store cannot be opened."""
    import pyoxigraph as ox

    from ..loaders.write.rdf import graph_iri, quads

    try:
        st = ox.Store.read_only(path)
        now = set(st.quads_for_pattern(None, None, None, graph_iri(ext.report.id, base)))
        del st
    except OSError:
        return "unknown"
    canonical = ox.Store()  # the store writes literals in canonical form ("12.0"^^xsd:decimal is "12")
    canonical.extend(quads(ext, base))
    return "written" if now == set(canonical) else "kept"


def _compared(path: str, base: str, ext: Extraction, conn: Any) -> None:
    """The comparing process (_Writer._compare): compare and say the answer."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process decides, and kills this one
    conn.send(compare(path, base, ext))


class _Writer:
    def __init__(self, store: RDFStore) -> None:
        ctx = _context()
        self.store = store
        self.path = str(store.path)
        self.conn, theirs = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(self.path, store.base, theirs), daemon=True,
                                name="rdkg-writer")
        with _main_hidden():
            self.proc.start()
        theirs.close()
        self.state = "starting"  # then "ready", or "here" (loads made in this process after all)

    def load(self, ext: Extraction) -> LoadResult:
        if self.state == "starting":  # the writer started while the first report was extracted
            try:
                kind, _ = self.conn.recv()
            except EOFError:
                kind = "failed"
            except KeyboardInterrupt:
                self.stop()
                raise Interrupted(ext.report.id, "kept") from None
            if kind != "ready":  # e.g. the store still referenced in this process: write here after all
                self.stop()
                self.state = "here"
            else:
                self.state = "ready"
        if self.state == "here":
            return self.store.load(ext)
        said: dict[str, Any] = {}  # the writer's messages by kind: replacing, commit, done
        try:
            self.conn.send(ext)
            while True:
                kind, value = self.conn.recv()
                if kind == "done":
                    return value
                if kind == "error":
                    raise value
                said[kind] = value
        except KeyboardInterrupt:
            stopped = time.monotonic()
            self.stop()
            try:  # what the writer said before it was killed is still in the pipe
                while self.conn.poll():
                    kind, value = self.conn.recv()
                    said[kind] = value
            except (EOFError, OSError):
                pass
            if said.get("commit") is None:  # (the writer announces its commit before it makes it)
                raise Interrupted(ext.report.id, "kept", said.get("replacing")) from None
            replacing, mark = said["commit"]
            cut = self._undo(mark)
            if cut is not None:
                raise Interrupted(ext.report.id, "kept", replacing, undone=cut) from None
            done: LoadResult | None = said.get("done")
            if done is not None:
                raise Interrupted(ext.report.id, "written", done.replaced, done) from None
            raise Interrupted(ext.report.id, self._compare(ext, stopped + COMPARE_BUDGET), replacing) from None
        except EOFError:
            self.stop()
            raise StoreError(f"{self.path}: the writer process ended while loading {ext.report.id}; "
                             "`kg stats` shows what the store holds") from None

    def _undo(self, mark: tuple[str, int] | None) -> bool | None:
        """After the writer is dead: make sure the store holds what it held before the commit under way.
        The commit is one record appended to the write-ahead log at ``mark`` (then applied in memory,
        which takes a while longer, and replayed from the log at the next open); cutting the log back
        to ``mark`` undoes it whole, as if the writer had been killed before it. That is safe while the
        record is the last thing written and its data is nowhere else: the same log is still the newest
        (RocksDB moves a memtable's data into a table file only after switching it, which starts a new
        log when the current one holds anything; background compactions only rewrite table files), and
        no process opened the store meanwhile (its lock is taken here).
        True: a commit (whole or cut short) was cut off; False: nothing had been appended; None: the log
        was switched meanwhile, or cannot be read, or holds more than one write batch after ``mark`` (a
        mark that is not where the commit began: cutting there would take earlier commits too), and
        the store holds what it holds (the caller looks, for COMPARE_BUDGET at most, which version that is)."""
        if mark is None:
            return None
        name, end = mark
        try:
            fd = os.open(os.path.join(self.path, "LOCK"), os.O_RDWR)
        except OSError:
            return None
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # RocksDB's own lock (fcntl), so no open races this
        except OSError:
            os.close(fd)
            return None
        try:
            if newest_log(self.path) != name:
                return None
            got = wal_end(self.path, name, end)
            if got is None or got[2] > 1:  # the commit is one write batch: more would be earlier commits
                return None
            if got == (end, False, 0):
                return False
            os.truncate(os.path.join(self.path, name), end)  # the appended record (whole or not) goes
            return True
        except OSError:
            return None
        finally:
            fcntl.lockf(fd, fcntl.LOCK_UN)
            os.close(fd)

    def _compare(self, ext: Extraction, deadline: float) -> str:
        """Which version of the report the store holds, when the log could not be cut back: the store
        opened read-only (replaying the log) and the report's graph compared with the extraction's, in a
        process of its own, given until ``deadline`` (time.monotonic). A large report's graph takes seconds
        to read and compare on a busy machine, and Ctrl-C is to end within a second: past the deadline
        (or on a second Ctrl-C) the process is killed and the answer is "unknown", which the stop line
        tells as such (the store holds one whole version or the other: the next open replays the log or
        drops a record cut short; `kg stats` shows which). "written" or "kept" otherwise."""
        ctx = _context()
        mine, theirs = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_compared, args=(self.path, self.store.base, ext, theirs), daemon=True,
                           name="rdkg-compare")
        try:
            with _main_hidden():
                proc.start()
            theirs.close()
            if mine.poll(max(0.0, deadline - time.monotonic())):
                got = mine.recv()
                return got if got in ("written", "kept") else "unknown"
            return "unknown"
        except (EOFError, OSError, KeyboardInterrupt):  # (a second Ctrl-C: no more waiting)
            return "unknown"
        finally:
            if proc.pid is not None:
                if proc.is_alive():
                    proc.kill()
                proc.join()
            mine.close()
            theirs.close()

    def stop(self) -> None:
        """Kill the writer (SIGKILL: nothing it had not committed survives) and wait for it."""
        if self.conn.closed:
            return
        try:  # checked right before a commit, in case the kill comes late; never waits for a full pipe
            os.set_blocking(self.conn.fileno(), False)
            self.conn.send("stop")
        except OSError:
            pass
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join()
        self.conn.close()

    def close(self) -> None:
        """Let the writer finish (it closes the store, flushing it) and end."""
        if self.conn.closed:
            return
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.proc.join()
        self.conn.close()


@contextmanager
def writing(store: RDFStore) -> Iterator[Callable[[Extraction], LoadResult]]:
    """Loads into ``store`` made by a writer process (in this process for a store in memory or
    read-only, or when the writer cannot open the store). The store is lent to the writer meanwhile
    and opened again here on first use after."""
    if store.path is None or store.read_only or (store._ox is not None and sys.getrefcount(store._ox) > 2):
        yield store.load  # (the last: the Oxigraph store is held elsewhere too, so it cannot be lent)
        return
    store.close()
    writer = _Writer(store)
    try:
        yield writer.load
    except BaseException:
        writer.stop()
        raise
    writer.close()
