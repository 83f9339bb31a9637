"""HTTP/1.1 parsing for ``kg serve``: uvicorn's httptools protocol (llhttp, in C) with the URL limits kept.

h11, uvicorn's pure-Python parser, took about 40% of the server process's CPU per request; httptools
does the same work in C. Two things h11 gave us are kept here:

- a URL longer than httptools' URL parser takes (64 KiB) still reaches the app, as ``/`` with its
  real size in ``scope["state"]["url_size"]``, so the app answers the 414 that says to POST;
- a request head (URL and headers) longer than ``head_limit`` is answered 414 (or 431 for headers)
  and the connection closed before more of it is kept in memory.
"""

from __future__ import annotations

import logging
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

PARSEABLE_URL = 65535  # httptools.parse_url's limit (offsets are 16-bit)
log = logging.getLogger("kg.serve")
_silent = logging.Logger("kg.serve.http.refused")  # for uvicorn's "Invalid HTTP request" on a refusal of ours
_silent.addHandler(logging.NullHandler())  # (a logger outside the tree: logging's set-up cannot re-enable it)


def http_protocol(head_limit: int) -> type:
    """An uvicorn protocol class that refuses request heads over ``head_limit`` bytes."""

    class Protocol(_Protocol):
        limit = head_limit

    return Protocol


class _Protocol(HttpToolsProtocol):
    limit = 256 * 1024

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
