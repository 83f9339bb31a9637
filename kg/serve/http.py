"""HTTP/1.1 parsing for ``kg serve``: uvicorn's httptools protocol (llhttp, in C) with the URL limits kept.

h11, uvicorn's pure-Python parser, took about 40% of the server process's CPU per request; httptools
does the same work in C. Two things h11 gave us are kept here:

- a URL longer than httptools' URL parser takes (64 KiB) still reaches the app, as ``/`` with its
  real size in ``scope["state"]["url_size"]``, so the app answers the 414 that says to POST;
- a request head (URL and headers) longer than ``head_limit`` is answered 414 (or 431 for headers)
  and the connection closed before more of it is kept in memory.

And one shortcut: a SPARQL query on /sparql (GET, or POST with a small body of known length) is
answered here through ``QueryPath`` (kg/serve/routes.py) instead of the ASGI app. uvicorn builds the
request's cycle as usual, but its task is held back until the body is in; if ``QueryPath`` says the
request is a query, the protocol runs it in the pool and writes the answer itself, else the held task
starts and the app answers (with the body already read, as if it had come in one piece).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from .protocol import Reply

PARSEABLE_URL = 65535  # httptools.parse_url's limit (offsets are 16-bit)
log = logging.getLogger("kg.serve")
_silent = logging.Logger("kg.serve.http.refused")  # for uvicorn's "Invalid HTTP request" on a refusal of ours
_silent.addHandler(logging.NullHandler())  # (a logger outside the tree: logging's set-up cannot re-enable it)


LEAN_BODY = 64 * 1024  # bytes of body a query on the short path may have (uvicorn pauses reading past it)


def http_protocol(head_limit: int, queries: Any = None, max_url: int = PARSEABLE_URL) -> type:
    """An uvicorn protocol class that refuses request heads over ``head_limit`` bytes and, given a
    ``QueryPath``, answers SPARQL queries on /sparql through it."""

    class Protocol(_Protocol):
        limit = head_limit
        lean = queries
        lean_url = min(max_url, PARSEABLE_URL)

    return Protocol


class _Protocol(HttpToolsProtocol):
    limit = 256 * 1024
    lean: Any = None  # a QueryPath (kg/serve/routes.py), or None: every request goes to the app
    lean_url = PARSEABLE_URL
    _holding = False  # in on_headers_complete of a request that may take the short path
    _held: tuple[Any, Any] | None = None  # its cycle and app, until its body is in
    _gone: asyncio.Future | None = None  # done when the client of the running short-path query hangs up

    replay = b""  # bytes a query worker read before it handed the connection back (kg/serve/direct.py)

    def connection_made(self, transport: Any) -> None:  # type: ignore[override]
        super().connection_made(transport)
        data, self.replay = self.replay, b""
        if data:
            self.data_received(data)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._head = 0
        self._refusal: tuple[int, str] | None = None

    def on_url(self, url: bytes) -> None:
        super().on_url(url)
        self._count(len(url), 414, "the URL is longer than this server reads; send long queries with POST")

    def on_header(self, name: bytes, value: bytes) -> None:
        super().on_header(name, value)
        self._count(len(name) + len(value), 431, "the request headers are too large")

    def _count(self, size: int, status: int, message: str) -> None:
        self._head = getattr(self, "_head", 0) + size
        if self._head > self.limit:
            self._refusal = (status, message)
            self.logger = _silent  # the connection ends here; kg.serve logs it in one line below
            raise ValueError(message)  # httptools stops parsing; uvicorn calls send_400_response

    def on_headers_complete(self) -> None:
        size = len(self.url)
        if size <= PARSEABLE_URL:
            if self.lean is not None and self._lean_candidate(size):
                self._holding = True
                try:
                    return super().on_headers_complete()
                finally:
                    self._holding = False
            return super().on_headers_complete()
        path = self.url.split(b"?", 1)[0]
        self.url = path if len(path) <= PARSEABLE_URL else b"/"  # the app sees the path, not the query
        super().on_headers_complete()
        state: dict[str, Any] = self.scope.setdefault("state", {})  # type: ignore[assignment]
        state["url_size"] = size

    def send_400_response(self, msg: str) -> None:
        refusal = getattr(self, "_refusal", None)
        if refusal is None:
            return super().send_400_response(msg)
        status, text = refusal
        client = self.client[0] if self.client else "-"
        log.info("%s: refused a request head over %d bytes (%d)", client, self.limit, status)
        body = (text + "\n").encode()
        reason = b"URI Too Long" if status == 414 else b"Request Header Fields Too Large"
        self.transport.write(b"HTTP/1.1 %d %s\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: %d\r\n"
                             b"connection: close\r\n\r\n%s" % (status, reason, len(body), body))
        self.transport.close()

    # ---------------------------------------------------------- the short path for queries

    def _lean_candidate(self, size: int) -> bool:
        if size > self.lean_url or self.expect_100_continue or (self.cycle is not None and not self.cycle.response_complete):
            return False
        if self.url[:7] != b"/sparql" or self.url[7:8] not in (b"", b"?") or self.parser.should_upgrade():
            return False
        method = self.parser.get_method()
        if method == b"GET":
            return True
        if method != b"POST":
            return False
        length = None
        for name, value in self.headers:
            if name == b"content-length":
                length = value
            elif name == b"transfer-encoding":
                return False
        return length is not None and length.isdigit() and int(length) <= self._lean_body()

    def _lean_body(self) -> int:
        return min(LEAN_BODY, self.lean.s.max_body)  # past --max-body the app answers 413

    def _start_asgi_task(self, cycle: Any, app: Any) -> None:
        if self._holding:
            self._held = (cycle, app)
            return
        super()._start_asgi_task(cycle, app)

    def _release(self) -> None:
        """The held request goes to the app after all."""
        held, self._held = self._held, None
        if held is not None:
            super()._start_asgi_task(*held)

    def on_body(self, body: bytes) -> None:
        super().on_body(body)
        if self._held is not None and len(self.cycle.body) > self._lean_body():
            self._release()  # more than it said: the app reads (and refuses) it

    def on_message_complete(self) -> None:
        super().on_message_complete()
        held = self._held
        if held is None:
            return
        cycle, app = held
        if app is not self.app:  # uvicorn's 503 for too many connections
            return self._release()
        started = time.perf_counter()
        headers: dict[bytes, bytes] = {}
        for name, value in self.headers:
            headers.setdefault(name, value)
        scope = cycle.scope
        try:
            job = self.lean.prepare(scope["method"], scope["query_string"], headers, bytes(cycle.body))
        except Exception as err:  # noqa: BLE001 - as the app's handler: a 500, one line in the log
            log.error("unexpected error on %s /sparql: %s: %s", scope["method"], type(err).__name__, err)
            job = Reply.error(500, f"internal error: {type(err).__name__}")
        if job is None:
            return self._release()
        self._held = None
        origin = b"origin" in headers
        if isinstance(job, Reply):
            return self._lean_answer(cycle, job, origin, started, "")
        task = self.loop.create_task(self._lean_run(cycle, job, origin, started))
        task.add_done_callback(self.tasks.discard)
        self.tasks.add(task)

    async def _lean_run(self, cycle: Any, job: dict[str, Any], origin: bool, started: float) -> None:
        self._gone = gone = self.loop.create_future()
        try:
            reply = await self.lean.pool.run(job, gone)
        except Exception as err:  # noqa: BLE001
            log.error("unexpected error on %s /sparql: %s: %s", cycle.scope["method"], type(err).__name__, err)
            reply = Reply.error(500, f"internal error: {type(err).__name__}")
        finally:
            if self._gone is gone:
                self._gone = None
        self._lean_answer(cycle, reply, origin, started, job.get("note", ""))

    def _lean_answer(self, cycle: Any, reply: Reply, origin: bool, started: float, note: str) -> None:
        if not cycle.disconnected:
            self.transport.write(self.lean.encode(reply, origin, cycle.keep_alive, self.server_state.default_headers))
        cycle.response_complete = True
        cycle.message_event.set()
        self.lean.log(self.client, cycle.scope["method"], reply.status, started, reply, note)
        if not cycle.keep_alive:
            self.transport.close()
        cycle.on_response()

    def connection_lost(self, exc: Exception | None) -> None:
        super().connection_lost(exc)
        held, self._held = self._held, None
        if held is not None:  # it left before its body was in: one line, as the app's access log says it
            method, client = held[0].scope["method"], self.client[0] if self.client else "-"
            log.info("client %s left: %s /sparql (ClientDisconnect)", client, method)
            self.lean.log(self.client, method, 499, time.perf_counter(), None, "")
        gone = self._gone
        if gone is not None and not gone.done():
            gone.set_result(None)
