"""Connections answered by the query workers themselves (read-only servers).

The server process accepts every connection and hands it at once to a fast-lane worker over a
Unix socket (``SCM_RIGHTS``), keeping its own copy of the socket. The worker reads the requests,
runs the SPARQL queries on ``/sparql`` (GET, or a POST of a form or a query of at most 64 KiB with
a Content-Length), writes the answers and keeps the connection for the client's next request, so
the common request passes through one process, as it does in Oxigraph's own server. Anything else
(a page, the service description, an update, a larger or chunked body, a head too large) is handed
back with the bytes read so far, and the server's HTTP stack answers it as before.

The server keeps every guarantee of the pool without seeing the requests, from three things:

- a *slot* per worker in shared memory: what it is doing (idle, running, writing), since when, on
  which connection, the job's key. A timer (every 50 ms) reads the slots: a request still running
  after ``--slow-after`` moves its worker to the slow lane (a fresh worker takes its other
  connections at once) or, when that lane is full, is stopped with 503; one past ``--timeout`` 504;
- ``EPOLLRDHUP`` on its copy of every connection: a client that hangs up while its query runs has
  the worker killed (499), the worker's other connections handed to other workers untouched;
- the worker's end of the Unix socket: a worker that dies (out of memory: 507) is seen at once; its
  running request gets the answer the pool would give, its other connections move.

A query that ran slow before (its key, sent to every worker) is handed back, so the pool admits it
to the slow lane or refuses it as before. Answers kept for repeated queries are shared by the
workers as files in a folder on tmpfs (``kg/serve/cache.py``: ``SharedAnswers``).
"""

from __future__ import annotations

import asyncio
import collections
import logging
import os
import select
import socket
import struct
import time
from email.utils import formatdate
from typing import Any

from .protocol import Reply

log = logging.getLogger("kg.serve")
access = logging.getLogger("kg.serve.access")

# the slot: a shared array of signed 64-bit integers per worker
STATE, STARTED, CONN, KEY, METHOD = range(5)
SLOT = 5
IDLE, RUNNING, WRITING = 0, 1, 2
_ID = struct.Struct("!q")
_METHODS = {b"GET": 1, b"POST": 2}
_NAMES = {1: "GET", 2: "POST"}
HEAD_CAP = 80 * 1024  # bytes of a request head a worker buffers before it hands the connection back
KEEP_ALIVE = 5.0  # seconds a worker keeps an idle connection (uvicorn's default)


def now_us() -> int:
    return time.monotonic_ns() // 1000


# ================================================================ the worker's side


class _Conn:
    __slots__ = ("cid", "fd", "buf", "client", "last")

    def __init__(self, cid: int, fd: int, client: str) -> None:
        self.cid, self.fd, self.client = cid, fd, client
        self.buf = bytearray()
        self.last = time.monotonic()


class _Clock:
    """The access log's timestamp and the Date header, made once a second."""

    def __init__(self) -> None:
        self.second = -1
        self.stamp = ""
        self.headers: list[tuple[bytes, bytes]] = []

    def tick(self) -> None:
        now = int(time.time())
        if now != self.second:
            self.second = now
            self.stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(now))
            self.headers = [(b"date", formatdate(now, usegmt=True).encode()), (b"server", b"uvicorn")]


_BACK = object()  # parse(): the request is not one a worker answers


def parse(buf: bytearray, lean_url: int, lean_body: int) -> Any:
    """One complete request at the start of ``buf``: (method, target, headers, body, keep_alive,
    size); None when more bytes are needed; _BACK when the server's HTTP stack must answer it."""
    end = buf.find(b"\r\n\r\n")
    if end < 0:
        return _BACK if len(buf) > HEAD_CAP else None
    lines = bytes(buf[:end]).split(b"\r\n")
    parts = lines[0].split(b" ")
    if len(parts) != 3:
        return _BACK
    method, target, version = parts
    if method not in _METHODS or version not in (b"HTTP/1.1", b"HTTP/1.0") or len(target) > lean_url:
        return _BACK
    if target[:7] != b"/sparql" or target[7:8] not in (b"", b"?"):
        return _BACK
    headers: dict[bytes, bytes] = {}
    for line in lines[1:]:
        name, sep, value = line.partition(b":")
        if not sep or not name or name[-1:] in (b" ", b"\t") or name[:1] in (b" ", b"\t"):
            return _BACK  # folded or malformed: llhttp decides
        name = name.lower()
        if name in headers:
            if name in (b"content-length", b"transfer-encoding", b"connection"):
                return _BACK
            continue
        headers[name] = value.strip(b" \t")
    if b"transfer-encoding" in headers or b"expect" in headers or b"upgrade" in headers:
        return _BACK
    length = headers.get(b"content-length")
    if length is None:
        if method == b"POST":
            return _BACK
        n = 0
    elif not length.isdigit():
        return _BACK
    else:
        n = int(length)
        if (method == b"GET" and n) or n > lean_body:
            return _BACK
    size = end + 4 + n
    if len(buf) < size:
        return None
    connection = headers.get(b"connection", b"").lower()
    keep = b"close" not in connection if version == b"HTTP/1.1" else b"keep-alive" in connection
    return method, target, headers, bytes(buf[end + 4:size]), keep, size


def _write_all(fd: int, data: bytes, timeout: float) -> bool:
    """Write the whole answer to a non-blocking socket (the server shares its open file, so its mode
    stays non-blocking); False when the client is gone or reads nothing for ``timeout`` seconds."""
    view = memoryview(data)
    poller = None
    while view:
        try:
            view = view[os.write(fd, view):]
        except BlockingIOError:
            if poller is None:
                poller = select.poll()
                poller.register(fd, select.POLLOUT)
            if not poller.poll(timeout * 1000):
                return False
        except OSError:
            return False
    return True


class ConnectionLoop:
    """The worker's loop: jobs from the pool's pipe, and connections lent by the server (one at a time,
    each with a request waiting) over its socket, with orders. A worker never waits for a client: a
    request not whole in what it could read goes back to the server's HTTP stack with those bytes."""

    def __init__(self, pipe_fd: int, hand: socket.socket, slot: Any, handle: Any, queries: Any, answers: Any,
                 timeout: float) -> None:
        self.pipe_fd, self.hand, self.slot = pipe_fd, hand, slot
        self.handle, self.queries, self.answers = handle, queries, answers
        self.timeout = timeout
        self.ep = select.epoll()
        self.ep.register(pipe_fd, select.EPOLLIN)
        self.ep.register(hand.fileno(), select.EPOLLIN)
        self.hand.setblocking(False)
        self.slow: set[int] = set()  # keys of jobs that ran slow (the pool's known_slow)
        self.clock = _Clock()
        self.lean_url = min(queries.s.max_url, 65535)
        self.lean_body = min(64 * 1024, queries.s.max_body)

    def run(self) -> None:
        import pickle

        from .worker import read_frame, write_frame

        hand = self.hand.fileno()
        while True:
            for fd, _ev in self.ep.poll():
                if fd == hand:
                    self._orders()
                elif fd == self.pipe_fd:
                    frame = read_frame(fd)
                    job = pickle.loads(frame) if frame is not None else None
                    if job is None:
                        return
                    write_frame(fd, pickle.dumps(self.handle.run_job(job), pickle.HIGHEST_PROTOCOL))

    # -------------------------------------------------------- orders from the server

    def _orders(self) -> None:
        while True:
            try:
                msg, fds, _flags, _addr = socket.recv_fds(self.hand, 1 << 16, 4)
            except BlockingIOError:
                return
            if not msg:
                raise SystemExit(0)  # the server is gone
            kind, rest = msg[:1], msg[1:]
            if kind == b"C":  # a connection with a request waiting: (id, client address)
                cid = _ID.unpack_from(rest)[0]
                for fd in fds:
                    self._serve(_Conn(cid, fd, rest[8:].decode()))
            elif kind == b"K":
                self.slow.update(struct.unpack(f"!{len(rest) // 8}q", rest))
            elif kind == b"k":
                self.slow.discard(_ID.unpack_from(rest)[0])

    # -------------------------------------------------------- a lent connection

    def _send(self, msg: bytes) -> None:
        self.hand.setblocking(True)
        try:
            self.hand.send(msg)
        except OSError:
            raise SystemExit(0) from None
        finally:
            self.hand.setblocking(False)

    def _serve(self, c: _Conn) -> None:
        """Answer the requests read from the connection, then give it back: ``D`` (kept alive, nothing
        more read), ``X`` (closed), ``B`` (the server's HTTP stack answers what was read)."""
        try:
            data = os.read(c.fd, 65536)
        except BlockingIOError:
            data = None
        except OSError:
            data = b""
        if data == b"":
            os.close(c.fd)
            return self._send(b"X" + _ID.pack(c.cid))
        if data:
            c.buf += data
        while True:
            got = parse(c.buf, self.lean_url, self.lean_body) if c.buf else None
            if got is None or got is _BACK:  # not whole, or not ours: the server reads on
                os.close(c.fd)
                return self._send((b"B" if c.buf else b"D") + _ID.pack(c.cid) + bytes(c.buf))
            method, target, headers, body, keep, size = got
            raw = bytes(c.buf[:size])
            del c.buf[:size]
            outcome = self._answer(c, method, target, headers, body, keep)
            if outcome is None:  # a request the pool must decide on
                os.close(c.fd)
                return self._send(b"B" + _ID.pack(c.cid) + raw + bytes(c.buf))
            if not outcome:
                os.close(c.fd)
                return self._send(b"X" + _ID.pack(c.cid))

    def _answer(self, c: _Conn, method: bytes, target: bytes, headers: dict[bytes, bytes], body: bytes,
                keep: bool) -> bool | None:
        """Answer one request: True (the connection stays open), False (closed), None (hand it back)."""
        started = time.perf_counter()
        slot = self.slot
        slot[CONN] = c.cid
        slot[KEY] = 0
        slot[METHOD] = _METHODS[method]
        slot[STARTED] = now_us()
        slot[STATE] = RUNNING
        try:
            _path, _, query_string = target.partition(b"?")
            job = self.queries.prepare(method.decode(), query_string, headers, body)
            cached, keep_as = False, None
            if job is None:
                return None
            if isinstance(job, Reply):
                reply = job
            else:
                from .pool import job_key

                key = job_key(job)
                slot[KEY] = key
                if key in self.slow:  # it ran slow before: the pool decides (slow lane or 503)
                    return None
                generation, stale = self.handle.look()
                if self.answers is not None and (keep_as := self.answers.key(job, generation)) is not None:
                    hit = self.answers.get(keep_as)
                    if hit is not None:
                        reply, cached, keep_as = hit, True, None
                if not cached:
                    reply = self.handle.run(job, stale)
            slot[STATE] = WRITING
            self.clock.tick()
            data = self.queries.encode(reply, b"origin" in headers, keep, self.clock.headers)
            sent = _write_all(c.fd, data, self.timeout)
        finally:
            slot[STATE] = IDLE
        if keep_as is not None:  # kept once the client has its answer
            self.answers.put(keep_as, job, reply)
        status = reply.status if sent else 499
        rows = "-" if reply.rows is None else reply.rows
        self._log(f"kg.serve.access {c.client} {method.decode()} /sparql {status} "
                  f"{(time.perf_counter() - started) * 1000:.1f}ms rows={rows}{' kept' if cached else ''}")
        return sent and keep

    def _log(self, line: str) -> None:
        self.clock.tick()
        try:
            os.write(2, f"{self.clock.stamp} {line}\n".encode("utf-8", "replace"))
        except OSError:
            pass


# ================================================================ the server's side


class _Held:
    __slots__ = ("sock", "client", "worker", "last", "gone")

    def __init__(self, sock: socket.socket, client: str) -> None:
        self.sock, self.client = sock, client
        self.worker: Any = None  # the worker it is lent to; None: parked here
        self.last = time.monotonic()
        self.gone = False  # its client hung up before the worker began its request


def _hung_up(sock: socket.socket) -> bool:
    """Whether the client closed its side (a request it sent before may still be unread)."""
    p = select.poll()
    p.register(sock.fileno(), select.POLLRDHUP)
    return any(ev & (select.POLLRDHUP | select.POLLHUP | select.POLLERR) for _fd, ev in p.poll(0))


PARKED = select.EPOLLIN | select.EPOLLRDHUP | select.EPOLLONESHOT  # wake when a request (or the end) comes
LENT = select.EPOLLRDHUP | select.EPOLLONESHOT  # wake when the client hangs up while a worker answers


class Handoff:
    """The server process's part: accept, park, lend, watch, and step in when a worker cannot answer."""

    TICK = 0.05  # seconds between two looks at the slots

    def __init__(self, pool: Any) -> None:
        self.pool = pool
        self.held: dict[int, _Held] = {}  # by connection id
        self.by_fd: dict[int, int] = {}  # socket fd -> connection id
        self.ready: collections.deque[int] = collections.deque()  # parked connections with a request, no worker free
        self.next_id = 0
        self.ep: Any = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.listener: socket.socket | None = None
        self.to_app: Any = None  # (socket, bytes) -> None: the connection goes to uvicorn
        self._timer: asyncio.TimerHandle | None = None
        self._swept = self._aged = 0.0

    # -------------------------------------------------------- start and stop

    def start(self) -> None:
        self.loop = asyncio.get_running_loop()
        self.ep = select.epoll()
        self.loop.add_reader(self.ep.fileno(), self._events)
        self._timer = self.loop.call_later(self.TICK, self._watch)

    def listen(self, sock: socket.socket, to_app: Any) -> None:
        """Accept on ``sock``; ``to_app(sock, data)`` gives a connection to the HTTP stack."""
        assert self.loop is not None
        self.listener, self.to_app = sock, to_app
        sock.setblocking(False)
        self.loop.add_reader(sock.fileno(), self._accept)

    def stop_listening(self) -> None:
        if self.listener is not None and self.loop is not None:
            self.loop.remove_reader(self.listener.fileno())
            self.listener = None

    def close(self) -> None:
        self.stop_listening()
        if self._timer is not None:
            self._timer.cancel()
        for cid in list(self.held):
            held = self._forget(cid)
            if held is not None:
                held.sock.close()
        if self.ep is not None and self.loop is not None:
            self.loop.remove_reader(self.ep.fileno())
            self.ep.close()
            self.ep = None

    # -------------------------------------------------------- workers

    def attach(self, w: Any) -> None:
        """A new worker: watch its socket, tell it which jobs ran slow."""
        assert self.loop is not None
        w.conns = set()  # the connection lent to it (at most one)
        self.loop.add_reader(w.hand.fileno(), self._message, w)
        keys = list(self.pool.known_slow)
        for i in range(0, len(keys), 4096):
            self._order(w, b"K" + struct.pack(f"!{len(keys[i:i + 4096])}q", *keys[i:i + 4096]))

    def detach(self, w: Any, verdict: tuple | None) -> None:
        """A worker that was killed, died or retired: answer its running request, park what it held."""
        if self.loop is None or w.conns is None:
            return
        try:
            self.loop.remove_reader(w.hand.fileno())
        except (OSError, ValueError):
            pass
        state, cid = w.slot[STATE], w.slot[CONN]
        conns, w.conns = w.conns, None
        for other in conns:
            if other == cid and state != IDLE:
                self._answer(other, state, verdict, w)
            else:  # lent but not begun: its request is still in the socket
                self._park(other)
        w.hand.close()

    def slow_key(self, key: int, known: bool) -> None:
        """Tell every worker that a job ran slow (``known``) or ran fast again."""
        msg = (b"K" if known else b"k") + _ID.pack(key)
        for w in list(self.pool.all):
            if w.conns is not None:
                self._order(w, msg)

    def revoke(self, w: Any) -> bool:
        """The worker moved to the slow lane: whether a request of a connection lent to it still runs
        (the connection comes back when it is answered, and the worker then retires)."""
        return bool(w.conns)

    def take(self, w: Any) -> bool:
        """A worker became free: lend it the oldest connection waiting with a request, if any."""
        while self.ready:
            cid = self.ready.popleft()
            held = self.held.get(cid)
            if held is None or held.worker is not None:
                continue
            if _hung_up(held.sock):  # it left while it waited: as the pool's queue, one line and 499
                self._left(cid, held, "-")
                continue
            self._lend(cid, held, w)
            return True
        return False

    def _left(self, cid: int, held: _Held, method: str) -> None:
        self._forget(cid)
        try:
            method = held.sock.recv(8, socket.MSG_PEEK).split(b" ", 1)[0].decode("latin-1") or method
        except OSError:
            pass
        log.info("client %s left: %s /sparql (ClientDisconnect)", held.client, method)
        access.info("%s %s %s %d %.1fms rows=-", held.client, method, "/sparql", 499, (time.monotonic() - held.last) * 1000)
        held.sock.close()

    def _order(self, w: Any, msg: bytes, fds: list[int] | None = None) -> bool:
        try:
            if fds:
                socket.send_fds(w.hand, [msg], fds)
            else:
                w.hand.send(msg)
            return True
        except OSError:  # gone, or its socket full: it is dropped when its end is seen
            return False

    # -------------------------------------------------------- connections

    def _accept(self) -> None:
        assert self.listener is not None and self.ep is not None
        for _ in range(64):
            try:
                sock, addr = self.listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as err:  # out of descriptors …: the next turn tries again
                log.warning("cannot accept a connection: %s", err)
                return
            sock.setblocking(False)
            self.next_id += 1
            cid = self.next_id
            self.held[cid] = _Held(sock, str(addr[0]) if addr else "-")
            self.by_fd[sock.fileno()] = cid
            self.ep.register(sock.fileno(), PARKED)

    def _park(self, cid: int) -> None:
        """Keep an idle kept-alive connection here until its next request comes."""
        held = self.held.get(cid)
        if held is None:
            return
        if held.worker is not None and held.worker.conns is not None:
            held.worker.conns.discard(cid)
        held.worker = None
        held.gone = False
        held.last = time.monotonic()
        try:
            self.ep.modify(held.sock.fileno(), PARKED)
        except (OSError, ValueError):
            self._forget(cid)
            held.sock.close()

    def _lend(self, cid: int, held: _Held, w: Any) -> None:
        held.worker = w
        w.conns.add(cid)
        try:
            self.ep.modify(held.sock.fileno(), LENT)
        except (OSError, ValueError):
            pass
        if not self._order(w, b"C" + _ID.pack(cid) + held.client.encode(), [held.sock.fileno()]):
            self.pool._died(w)  # parks the connection again

    def _request(self, cid: int, held: _Held) -> None:
        """A parked connection has a request: lend it to a free fast-lane worker, or queue it."""
        pool = self.pool
        w = pool.idle.pop() if pool.idle else None
        if w is not None:
            return self._lend(cid, held, w)
        if len(self.ready) >= pool.c.max_queue:
            return self._refuse(cid, 503, f"the server is busy ({pool.c.max_queue} requests waiting); try again shortly",
                                {"Retry-After": "2"})
        self.ready.append(cid)

    def _forget(self, cid: int) -> _Held | None:
        held = self.held.pop(cid, None)
        if held is None:
            return None
        if held.worker is not None and held.worker.conns is not None:
            held.worker.conns.discard(cid)
        fd = held.sock.fileno()
        self.by_fd.pop(fd, None)
        try:
            self.ep.unregister(fd)
        except (OSError, ValueError):
            pass
        return held

    def _refuse(self, cid: int, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        """Answer a parked connection's request without reading it (503 on a full queue), and close it."""
        held = self._forget(cid)
        if held is None:
            return
        from .routes import QueryPath

        method = "-"
        try:
            method = held.sock.recv(8, socket.MSG_PEEK).split(b" ", 1)[0].decode("latin-1") or "-"
            held.sock.send(QueryPath.encode(Reply.error(status, message, headers), True, False, [(b"server", b"uvicorn")]))
        except OSError:
            pass
        access.info("%s %s %s %d %.1fms rows=-", held.client, method, "/sparql", status, 0.0)
        held.sock.close()

    def _answer(self, cid: int, state: int, verdict: tuple | None, w: Any) -> None:
        """The running request of a worker that is gone: the pool's answer, then the connection closes."""
        held = self._forget(cid)
        if held is None:
            return
        method = _NAMES.get(w.slot[METHOD], "GET")
        status = verdict[0] if verdict else 500
        if state == RUNNING and verdict is not None and status != 499:
            from .routes import QueryPath

            reply = Reply.error(status, verdict[1], verdict[2] if len(verdict) > 2 else None)
            try:
                held.sock.send(QueryPath.encode(reply, True, False, [(b"server", b"uvicorn")]))
            except OSError:
                pass
        if status == 499:
            log.info("client %s left: %s /sparql (ClientDisconnect)", held.client, method)
        access.info("%s %s %s %d %.1fms rows=-", held.client, method, "/sparql", status, (now_us() - w.slot[STARTED]) / 1000)
        held.sock.close()

    def _message(self, w: Any) -> None:
        while True:
            try:
                msg = w.hand.recv(1 << 18)
            except BlockingIOError:
                return
            except OSError:
                msg = b""
            if not msg:  # the worker ended
                if self.loop is not None:
                    try:
                        self.loop.remove_reader(w.hand.fileno())
                    except (OSError, ValueError):
                        pass
                self.pool._died(w)  # nothing if it was dropped or retired already
                return
            kind, cid = msg[:1], _ID.unpack_from(msg, 1)[0]
            if kind == b"D":  # answered, kept alive: wait here for its next request
                self._park(cid)
            elif kind == b"X":
                held = self._forget(cid)
                if held is not None:
                    held.sock.close()
            elif kind == b"B":
                held = self._forget(cid)
                if held is not None:
                    self.to_app(held.sock, msg[9:])
            if w.slow:
                self.pool._done_direct(w)
                return
            self.pool._give(w)  # to a connection waiting (take), a job waiting, or idle

    def _events(self) -> None:
        assert self.ep is not None
        for fd, ev in self.ep.poll(0):
            cid = self.by_fd.get(fd)
            held = self.held.get(cid) if cid is not None else None
            if held is None:
                continue
            w = held.worker
            if w is None:  # parked: a request, or the end (with or without a request before it)
                if ev & (select.EPOLLRDHUP | select.EPOLLHUP | select.EPOLLERR):
                    self._forget(cid)
                    held.sock.close()
                else:
                    held.last = time.monotonic()
                    self._request(cid, held)
            elif w.conns is not None and w.slot[CONN] == cid and w.slot[STATE] == RUNNING:
                self.pool._kill(w, (499, "the client closed the connection; the query was stopped"))
            else:  # lent, not begun yet: the timer stops it once it runs
                held.gone = True

    # -------------------------------------------------------- the timer

    def _watch(self) -> None:
        assert self.loop is not None
        self._timer = self.loop.call_later(self.TICK, self._watch)
        c = self.pool.c
        now = now_us()
        for w in list(self.pool.all):
            if w.conns is None or not w.conns or w.slot[STATE] != RUNNING:
                continue
            lent = self.held.get(w.slot[CONN])
            if lent is not None and lent.gone and lent.worker is w:
                self.pool._kill(w, (499, "the client closed the connection; the query was stopped"))
                continue
            elapsed = (now - w.slot[STARTED]) / 1e6
            if w.slow:
                if elapsed >= c.timeout:
                    self.pool._remember_slow(w.slot[KEY])
                    self.pool._kill(w, (504, f"the query ran longer than the time limit ({c.timeout:g} s) and was stopped"))
            elif elapsed >= min(c.slow_after, c.timeout):
                self.pool._remember_slow(w.slot[KEY])
                if c.slow_after >= c.timeout:
                    self.pool._kill(w, (504, f"the query ran longer than the time limit ({c.timeout:g} s) and was stopped"))
                elif len(self.pool.slow) >= c.max_slow:
                    self.pool._kill(w, (503, f"{len(self.pool.slow)} long queries are running already; this one ran over "
                                             f"{c.slow_after:g} s and was stopped; try again later", {"Retry-After": "10"}))
                else:
                    self.pool._promote(w)
        mono = time.monotonic()
        if mono - self._aged > 1.0:  # kept-alive connections idle past KEEP_ALIVE are closed, as uvicorn does
            self._aged = mono
            for cid, held in list(self.held.items()):
                if held.worker is None and mono - held.last > KEEP_ALIVE and cid not in self.ready:
                    self._forget(cid)
                    held.sock.close()
        if self.pool.answers_dir and mono - self._swept > 5:
            self._swept = mono
            self.pool._sweep()
