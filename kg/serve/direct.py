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


def _client(fd: int) -> str:
    s = socket.socket(fileno=fd)
    try:
        return str(s.getpeername()[0])
    except OSError:
        return "-"
    finally:
        s.detach()


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
    """The worker's loop: jobs from the pool's pipe, connections and orders from the server's socket,
    requests from the connections; one thing at a time."""

    def __init__(self, pipe_fd: int, hand: socket.socket, slot: Any, handle: Any, queries: Any, answers: Any,
                 timeout: float) -> None:
        self.pipe_fd, self.hand, self.slot = pipe_fd, hand, slot
        self.handle, self.queries, self.answers = handle, queries, answers
        self.timeout = timeout
        self.ep = select.epoll()
        self.ep.register(pipe_fd, select.EPOLLIN)
        self.ep.register(hand.fileno(), select.EPOLLIN)
        self.hand.setblocking(False)
        self.conns: dict[int, _Conn] = {}  # by fd
        self.pending: collections.deque[_Conn] = collections.deque()  # connections with bytes still buffered
        self.slow: set[int] = set()  # keys of jobs that ran slow (the pool's known_slow)
        self.clock = _Clock()
        self.retired = False
        self.lean_url = min(queries.s.max_url, 65535)
        self.lean_body = min(64 * 1024, queries.s.max_body)

    def run(self) -> None:
        import pickle

        from .worker import read_frame, write_frame

        swept = time.monotonic()
        while True:
            events = self.ep.poll(0 if self.pending else 1.0)
            conn = None
            for fd, _ev in events:
                if fd == self.hand.fileno():
                    self._orders()
                elif fd == self.pipe_fd:
                    frame = read_frame(fd)
                    job = pickle.loads(frame) if frame is not None else None
                    if job is None:
                        return self._close_all()
                    write_frame(fd, pickle.dumps(self.handle.run_job(job), pickle.HIGHEST_PROTOCOL))
                elif conn is None:
                    conn = self.conns.get(fd)
            if conn is not None and conn.fd in self.conns:  # one request a turn: orders come first
                self._read(conn)
            elif self.pending:
                c = self.pending.popleft()
                if c.fd in self.conns:
                    self._next(c)
            now = time.monotonic()
            if now - swept > 1.0:
                swept = now
                for c in list(self.conns.values()):
                    if not c.buf and now - c.last > KEEP_ALIVE:
                        self._close(c)

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
            if kind == b"C":
                cid = _ID.unpack_from(rest)[0]
                for fd in fds:
                    if self.retired:
                        os.close(fd)
                        continue
                    c = _Conn(cid, fd, _client(fd))
                    self.conns[fd] = c
                    self.ep.register(fd, select.EPOLLIN)
            elif kind == b"R":  # moved to the slow lane: give the connection back, drop the others
                self._retire(_ID.unpack_from(rest)[0])
            elif kind == b"K":
                self.slow.update(struct.unpack(f"!{len(rest) // 8}q", rest))
            elif kind == b"k":
                self.slow.discard(_ID.unpack_from(rest)[0])
            elif kind == b"x":  # the server closed its side
                cid = _ID.unpack_from(rest)[0]
                for c in list(self.conns.values()):
                    if c.cid == cid:
                        self._drop(c)

    def _retire(self, cid: int) -> None:
        self.retired = True
        for c in list(self.conns.values()):
            if c.cid == cid:
                self._send(b"B" + _ID.pack(cid) + bytes(c.buf) if c.buf else b"D" + _ID.pack(cid))
            self._drop(c)

    # -------------------------------------------------------- connections

    def _send(self, msg: bytes) -> None:
        self.hand.setblocking(True)
        try:
            self.hand.send(msg)
        except OSError:
            raise SystemExit(0) from None
        finally:
            self.hand.setblocking(False)

    def _drop(self, c: _Conn) -> None:
        """Forget a connection here (the server still holds it)."""
        self.conns.pop(c.fd, None)
        try:
            self.ep.unregister(c.fd)
        except (OSError, ValueError):
            pass
        os.close(c.fd)

    def _close(self, c: _Conn) -> None:
        """Close a connection: the server closes its copy when told."""
        self._drop(c)
        self._send(b"X" + _ID.pack(c.cid))

    def _back(self, c: _Conn, raw: bytes = b"") -> None:
        """Hand the connection back to the server with what was read of it."""
        self._drop(c)
        self._send(b"B" + _ID.pack(c.cid) + raw + bytes(c.buf))

    def _read(self, c: _Conn) -> None:
        try:
            data = os.read(c.fd, 65536)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:
            if c.buf.find(b"\r\n\r\n") >= 0:  # it left with its request half sent
                line = c.buf[: c.buf.find(b" ")].decode("latin-1")
                self._log(f"kg.serve client {c.client} left: {line} /sparql (ClientDisconnect)")
                self._log(f"kg.serve.access {c.client} {line} /sparql 499 0.0ms rows=-")
            return self._close(c)
        c.buf += data
        c.last = time.monotonic()
        self._next(c)

    def _next(self, c: _Conn) -> None:
        got = parse(c.buf, self.lean_url, self.lean_body)
        if got is None:
            return
        if got is _BACK:
            return self._back(c)
        method, target, headers, body, keep, size = got
        raw = bytes(c.buf[:size])
        del c.buf[:size]
        if not self._answer(c, method, target, headers, body, keep, raw):
            return
        if c.buf:
            self.pending.append(c)

    def _answer(self, c: _Conn, method: bytes, target: bytes, headers: dict[bytes, bytes], body: bytes,
                keep: bool, raw: bytes) -> bool:
        """Answer one request; False when the connection is no longer this worker's."""
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
                self._back(c, raw)
                return False
            if isinstance(job, Reply):
                reply = job
            else:
                from .pool import job_key

                key = job_key(job)
                slot[KEY] = key
                if key in self.slow:  # it ran slow before: the pool decides (slow lane or 503)
                    self._back(c, raw)
                    return False
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
        if not sent or not keep:
            self._close(c)
            return False
        c.last = time.monotonic()
        return True

    def _log(self, line: str) -> None:
        self.clock.tick()
        try:
            os.write(2, f"{self.clock.stamp} {line}\n".encode("utf-8", "replace"))
        except OSError:
            pass

    def _close_all(self) -> None:
        for c in list(self.conns.values()):
            self._drop(c)


# ================================================================ the server's side


class _Held:
    __slots__ = ("sock", "worker")

    def __init__(self, sock: socket.socket, worker: Any) -> None:
        self.sock, self.worker = sock, worker


class Handoff:
    """The server process's part: accept, hand out, watch, and step in when a worker cannot answer."""

    TICK = 0.05  # seconds between two looks at the slots

    def __init__(self, pool: Any) -> None:
        self.pool = pool
        self.held: dict[int, _Held] = {}  # by connection id
        self.by_fd: dict[int, int] = {}  # socket fd -> connection id
        self.next_id = 0
        self.ep: Any = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.listener: socket.socket | None = None
        self.to_app: Any = None  # (socket, bytes) -> None: the connection goes to uvicorn
        self._timer: asyncio.TimerHandle | None = None
        self._swept = 0.0

    # -------------------------------------------------------- start and stop

    def start(self) -> None:
        self.loop = asyncio.get_running_loop()
        self.ep = select.epoll()
        self.loop.add_reader(self.ep.fileno(), self._hangups)
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
        w.conns = set()
        self.loop.add_reader(w.hand.fileno(), self._message, w)
        keys = list(self.pool.known_slow)
        for i in range(0, len(keys), 4096):
            self._order(w, b"K" + struct.pack(f"!{len(keys[i:i + 4096])}q", *keys[i:i + 4096]))

    def detach(self, w: Any, verdict: tuple[int, str] | None) -> None:
        """A worker that was killed or died: answer its running request, move its other connections."""
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
            else:
                self._move(other)
        w.hand.close()

    def slow_key(self, key: int, known: bool) -> None:
        """Tell every worker that a job ran slow (``known``) or ran fast again."""
        msg = (b"K" if known else b"k") + _ID.pack(key)
        for w in list(self.pool.all):
            if w.conns is not None:
                self._order(w, msg)

    def revoke(self, w: Any) -> bool:
        """The worker moved to the slow lane: its connections but the running one move now; that one
        comes back (``D``) when its answer is written. Whether a request of its own still runs."""
        if w.conns is None:
            return False
        state, cid = w.slot[STATE], w.slot[CONN]
        keep = cid if state != IDLE and cid in w.conns else 0
        for other in list(w.conns):
            if other != keep:
                self._move(other)
        self._order(w, b"R" + _ID.pack(keep))
        return bool(keep)

    def _order(self, w: Any, msg: bytes, fds: list[int] | None = None) -> bool:
        try:
            if fds:
                socket.send_fds(w.hand, [msg], fds)
            else:
                w.hand.send(msg)
            return True
        except OSError:  # gone, or its socket full: it is dropped when its end is seen
            return False

    def _choose(self) -> Any:
        best, rank = None, None
        for w in self.pool.all:
            if w.slow or w.conns is None:
                continue
            r = (w.slot[STATE] != IDLE, len(w.conns))
            if rank is None or r < rank:
                best, rank = w, r
        return best

    # -------------------------------------------------------- connections

    def _accept(self) -> None:
        assert self.listener is not None
        for _ in range(64):
            try:
                sock, _addr = self.listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as err:  # out of descriptors …: the next turn tries again
                log.warning("cannot accept a connection: %s", err)
                return
            sock.setblocking(False)
            self.next_id += 1
            self._give(self.next_id, sock)

    def _give(self, cid: int, sock: socket.socket, data: bytes = b"") -> None:
        w = self._choose() if not data else None
        if w is None or not self._order(w, b"C" + _ID.pack(cid), [sock.fileno()]):
            return self.to_app(sock, data)
        w.conns.add(cid)
        self.held[cid] = _Held(sock, w)
        self.by_fd[sock.fileno()] = cid
        assert self.ep is not None
        self.ep.register(sock.fileno(), select.EPOLLRDHUP)

    def _forget(self, cid: int) -> _Held | None:
        held = self.held.pop(cid, None)
        if held is None:
            return None
        if held.worker.conns is not None:
            held.worker.conns.discard(cid)
        fd = held.sock.fileno()
        self.by_fd.pop(fd, None)
        try:
            self.ep.unregister(fd)
        except (OSError, ValueError):
            pass
        return held

    def _move(self, cid: int) -> None:
        held = self._forget(cid)
        if held is not None:
            self._give(cid, held.sock)

    def _answer(self, cid: int, state: int, verdict: tuple[int, str] | None, w: Any) -> None:
        """The running request of a worker that is gone: the pool's answer, then the connection closes."""
        held = self._forget(cid)
        if held is None:
            return
        method = _NAMES.get(w.slot[METHOD], "GET")
        started = w.slot[STARTED]
        client = "-"
        try:
            client = str(held.sock.getpeername()[0])
        except OSError:
            pass
        status = verdict[0] if verdict else 500
        reply = None
        if state == RUNNING and verdict is not None and status != 499:
            reply = Reply.error(status, verdict[1], verdict[2] if len(verdict) > 2 else None)  # type: ignore[misc]
            from .routes import QueryPath

            try:
                held.sock.send(QueryPath.encode(reply, True, False, [(b"server", b"uvicorn")]))
            except OSError:
                pass
        if status == 499:
            log.info("client %s left: %s /sparql (ClientDisconnect)", client, method)
        access.info("%s %s %s %d %.1fms rows=-", client, method, "/sparql", status, (now_us() - started) / 1000)
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
            if kind == b"X":
                held = self._forget(cid)
                if held is not None:
                    held.sock.close()
            elif kind == b"B":
                held = self._forget(cid)
                if held is not None:
                    self.to_app(held.sock, msg[9:])
            elif kind == b"D":
                self._move(cid)
            if kind in (b"B", b"D") and w.slow:
                self.pool._done_direct(w)
                if w.dead:
                    return

    def _hangups(self) -> None:
        assert self.ep is not None
        for fd, _ev in self.ep.poll(0):
            cid = self.by_fd.get(fd)
            if cid is None:
                continue
            w = self.held[cid].worker
            if w.slot[CONN] == cid and w.slot[STATE] == RUNNING:  # its client left while its query runs
                self.pool._kill(w, (499, "the client closed the connection; the query was stopped"))
            else:  # idle: the worker sees the end itself and says so
                try:
                    self.ep.unregister(fd)
                except (OSError, ValueError):
                    pass

    # -------------------------------------------------------- the timer

    def _watch(self) -> None:
        assert self.loop is not None
        self._timer = self.loop.call_later(self.TICK, self._watch)
        c = self.pool.c
        now = now_us()
        for w in list(self.pool.all):
            if w.conns is None or w.slot[STATE] == IDLE:
                continue
            state, elapsed = w.slot[STATE], (now - w.slot[STARTED]) / 1e6
            if state == WRITING:
                continue  # the worker's own write times out
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
        if self.pool.answers_dir and time.monotonic() - self._swept > 5:
            self._swept = time.monotonic()
            self.pool._sweep()
