"""`kg serve --direct`: connections answered by the query workers themselves (kg/serve/direct.py),
against the real server.

The server lends each connection with a request to a free worker, which answers it and gives it back;
these tests check what the server must still do for connections it does not read: answer the client
of a worker it kills (507, 504) while the other kept-alive connections answer again on the same TCP
connection, take a connection back for a request a worker does not answer (a page, pipelined
requests), and answer a cheap query while the only fast-lane worker runs a slow one. ``parse`` decides
which requests a worker answers.
"""

from __future__ import annotations

import http.client
import socket
import threading
import time
import urllib.parse

import pytest

from kg.serve.direct import _BACK, parse
from tests.test_server import FRESH, HEAVY, SELECT, Server, get

HUNGRY = "SELECT * WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?s2 ?p2 ?o2 } } ORDER BY ?o ?o2"


@pytest.fixture(scope="module")
def server(store_dir):
    # one fast-lane worker: a kill or a slow query there concerns every connection; a time limit under
    # the 5 s a kept-alive connection may stay idle
    s = Server(store_dir, ["--direct", "--workers", "1", "--timeout", "3", "--slow-after", "1", "--max-memory", "200"]).start()
    yield s
    s.stop()


def path(query: str) -> str:
    return "/sparql?" + urllib.parse.urlencode({"query": query})


def ask(c: http.client.HTTPConnection, query: str, headers: dict | None = None) -> tuple[int, bytes]:
    c.request("GET", path(query), headers=headers or FRESH)
    r = c.getresponse()
    return r.status, r.read()


def kept_alive(server: Server, n: int) -> list[tuple[http.client.HTTPConnection, int]]:
    """n connections that each answered a query (so a worker holds them), with their local ports."""
    out = []
    for _ in range(n):
        c = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        assert ask(c, SELECT)[0] == 200
        out.append((c, c.sock.getsockname()[1]))
    return out


def still_the_same(conns: list[tuple[http.client.HTTPConnection, int]]) -> None:
    for c, port in conns:
        status, _ = ask(c, SELECT)
        assert status == 200
        assert c.sock.getsockname()[1] == port, "the connection was closed and opened again"


def test_a_worker_killed_mid_request_answers_its_client_and_keeps_the_others(server):
    conns = kept_alive(server, 4)
    status, body = ask(conns[0][0], HUNGRY + " # killed mid-request")
    assert status == 507 and b"memory" in body
    still_the_same(conns[1:])  # held by the killed worker, now by its replacement, on the same connections


def test_a_time_limit_answers_504_and_keeps_the_others(server):
    conns = kept_alive(server, 3)
    status, body = ask(conns[0][0], HEAVY + " # 504 on a kept-alive connection")
    assert status == 504 and b"time limit" in body
    still_the_same(conns[1:])


def test_a_cheap_query_is_answered_while_a_slow_one_runs(server):
    conns = kept_alive(server, 2)
    slow, cheap = conns[0][0], conns[1][0]
    finished: list[tuple[str, int]] = []

    def run_slow() -> None:
        finished.append(("slow", ask(slow, HEAVY + " # holds the only fast worker")[0]))

    t = threading.Thread(target=run_slow)
    t.start()
    time.sleep(0.3)  # the slow query runs on the worker that holds both connections
    finished.append(("cheap", ask(cheap, "ASK {}")[0]))
    t.join()
    # the cheap one was answered (after at most --slow-after) while the slow one still ran, then hit the limit
    assert finished == [("cheap", 200), ("slow", 504)]
    assert cheap.sock.getsockname()[1] == conns[1][1]


def test_a_request_a_worker_does_not_answer_goes_back_to_the_server(server):
    c, port = kept_alive(server, 1)[0]
    c.request("GET", "/limits")
    r = c.getresponse()
    assert r.status == 200 and b"max_rows" in r.read()
    assert ask(c, SELECT)[0] == 200 and c.sock.getsockname()[1] == port


def test_pipelined_requests_are_answered_in_order(server):
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as s:
        q = path("ASK {}").encode()
        s.sendall(b"GET %s HTTP/1.1\r\nHost: x\r\nCache-Control: no-cache\r\n\r\n" % q
                  + b"GET /limits HTTP/1.1\r\nHost: x\r\n\r\n"
                  + b"GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n" % q)
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    assert data.count(b"HTTP/1.1 ") == data.count(b"HTTP/1.1 200 OK") == 3
    assert data.index(b"boolean") < data.index(b"max_rows") < data.rindex(b"boolean")


def test_the_server_keeps_answering_after_all_that(server):
    assert get(server, "/sparql", {"query": SELECT}, headers=FRESH).status == 200
    assert "Traceback" not in server.log.read_text(errors="replace")


def test_direct_is_for_a_read_only_server():
    from kg.serve import ServerError, Settings

    with pytest.raises(ServerError, match="drop --direct or --allow-update"):
        Settings(store="x", allow_update=True, token="t", direct=True).check()


@pytest.mark.parametrize("raw,answered", [
    (b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\n\r\n", True),
    (b"POST /sparql HTTP/1.1\r\nContent-Type: application/sparql-query\r\nContent-Length: 5\r\n\r\nASK{}", True),
    (b"GET /sparql HTTP/1.0\r\n\r\n", True),  # the service description: prepare() gives it back later
    (b"GET /limits HTTP/1.1\r\n\r\n", False),
    (b"GET /sparqlx HTTP/1.1\r\n\r\n", False),
    (b"HEAD /sparql HTTP/1.1\r\n\r\n", False),
    (b"POST /sparql HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nASK{}\r\n0\r\n\r\n", False),
    (b"POST /sparql HTTP/1.1\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n", False),
    (b"POST /sparql HTTP/1.1\r\nContent-Length: 999999\r\n\r\n", False),  # over 64 KiB: the app reads and refuses it
    (b"POST /sparql HTTP/1.1\r\n\r\n", False),  # no length
    (b"GET /sparql HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", False),
    (b"GET /sparql HTTP/1.1\r\nX: a\r\n folded\r\n\r\n", False),
    (b"GET /sparql HTTP/2.0\r\n\r\n", False),
])
def test_which_requests_a_worker_answers(raw, answered):
    got = parse(bytearray(raw), 65535, 65536)
    assert (got is not _BACK) is answered
    if answered:
        assert got[-1] == len(raw)  # the whole request, nothing more


def test_parse_waits_for_the_rest_and_says_keep_alive():
    assert parse(bytearray(b"GET /sparql?query=x HTTP/1.1\r\nHost: x\r\n"), 65535, 65536) is None
    assert parse(bytearray(b"POST /sparql HTTP/1.1\r\nContent-Length: 10\r\n\r\nASK"), 65535, 65536) is None
    assert parse(bytearray(b"GET /sparql HTTP/1.1\r\n\r\n"), 65535, 65536)[4] is True
    assert parse(bytearray(b"GET /sparql HTTP/1.1\r\nConnection: close\r\n\r\n"), 65535, 65536)[4] is False
    assert parse(bytearray(b"GET /sparql HTTP/1.0\r\n\r\n"), 65535, 65536)[4] is False
    assert parse(bytearray(b"GET /sparql HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"), 65535, 65536)[4] is True
    assert parse(bytearray(b"GET /sparql?" + b"q" * 200 + b" HTTP/1.1\r\n\r\n"), 100, 65536) is _BACK  # the app's 414
    assert parse(bytearray(b"GET /sparql?q=" + b"x" * 90_000), 65535, 65536) is _BACK  # a head that never ends
