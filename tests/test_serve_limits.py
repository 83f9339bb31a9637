"""Fairness, cancellation and bounded resources of `kg serve`, against the real server over HTTP.

No timing is asserted (that is benchmarks/serve_fairness.py's job): the tests check outcomes and
order — a cheap query answered while slow ones still run, a disconnect that stops its query (the
access log shows it ended long before the time limit would have ended it), a memory-hungry query
refused while the server keeps answering.
"""

from __future__ import annotations

import socket
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.test_server import FRESH, HEAVY, SELECT, TOKEN, Server, get, http, rows

HUNGRY = "SELECT * WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?s2 ?p2 ?o2 } } ORDER BY ?o ?o2"


@pytest.fixture(scope="module")
def server(store_dir):
    s = Server(store_dir, ["--workers", "2", "--timeout", "8", "--slow-after", "1", "--max-memory", "200", "--max-rows", "1000"]).start()
    yield s
    s.stop()


def log_lines(server: Server) -> list[str]:
    return server.log.read_text(errors="replace").splitlines()


def wait_for_line(server: Server, needle: str, seconds: float) -> str | None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        hits = [line for line in log_lines(server) if needle in line]
        if hits:
            return hits[-1]
        time.sleep(0.1)
    return None


def raw_request(server: Server, query: str) -> socket.socket:
    body = urllib.parse.urlencode({"query": query}).encode()
    s = socket.create_connection(("127.0.0.1", server.port))
    s.sendall(b"POST /sparql?probe=%d HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
              % id(s) + b"Content-Length: %d\r\n\r\n" % len(body) + body)
    return s


def test_a_disconnect_stops_the_query(server):
    s = raw_request(server, HEAVY)
    time.sleep(0.5)
    s.close()
    # the access log line comes when the query is stopped: 499, long before the 8 s limit would end it
    line = wait_for_line(server, " 499 ", 6)
    assert line is not None, "\n".join(log_lines(server)[-20:])
    assert get(server, "/sparql", {"query": SELECT}, headers=FRESH).status == 200


def test_slow_queries_do_not_starve_a_cheap_one(server):
    finished: list[tuple[str, int]] = []
    lock = threading.Lock()

    def heavy(_i: int) -> None:
        a = get(server, "/sparql", {"query": HEAVY})
        with lock:
            finished.append(("heavy", a.status))
        assert a.status in (503, 504)
        if a.status == 503:
            assert a.headers.get("retry-after")

    with ThreadPoolExecutor(4) as ex:
        jobs = [ex.submit(heavy, i) for i in range(4)]
        time.sleep(1.5)  # the heavy ones now fill the slow lane
        a = get(server, "/sparql", {"query": "ASK {}"}, headers=FRESH)  # from a worker, not the cache
        with lock:
            finished.append(("cheap", a.status))
        for j in jobs:
            j.result()
    assert ("cheap", 200) in finished
    # the cheap query was answered before the slow lane's queries reached the time limit
    assert finished.index(("cheap", 200)) < next(i for i, f in enumerate(finished) if f == ("heavy", 504))
    assert sum(f == ("heavy", 503) for f in finished) >= 1  # one more than the slow lane holds is refused


def test_a_full_queue_answers_503_at_once(server):
    # 2 workers: 32 may wait; 40 more heavy queries than that get 503 with Retry-After before any finishes
    # each text differs (a comment), so none is known as slow from an earlier run: they queue
    socks = [raw_request(server, f"{HEAVY} # {i}") for i in range(42)]
    try:
        busy = wait_for_line(server, " 503 ", 6)
        assert busy is not None, "\n".join(log_lines(server)[-20:])
        answered = []
        for s in socks:
            s.settimeout(0.05)
            try:
                answered.append(s.recv(200))
            except OSError:
                pass
        assert any(b" 503 " in a and b"retry-after" in a.lower() for a in answered), answered
    finally:
        for s in socks:
            s.close()
    # the others were waiting or running; their clients left, so they are dropped and the server is free again
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and get(server, "/sparql", {"query": "ASK {}"}, headers=FRESH, timeout=20).status != 200:
        time.sleep(0.2)
    assert get(server, "/sparql", {"query": SELECT}, headers=FRESH).status == 200


def test_a_query_known_to_be_slow_does_not_queue(server):
    # HEAVY ran slow in the tests above: while the slow lane is full it is refused at once, not queued
    with ThreadPoolExecutor(3) as ex:
        first = [ex.submit(get, server, "/sparql", {"query": HEAVY + " # again"}) for _ in range(3)]
        time.sleep(2.5)
        a = get(server, "/sparql", {"query": HEAVY})
        assert a.status == 503 and "slow lane" in a.text and a.headers.get("retry-after")
        assert get(server, "/sparql", {"query": "ASK {}"}, headers=FRESH).status == 200
        assert all(f.result().status in (503, 504) for f in first)


def test_a_memory_hungry_query_is_refused_and_the_server_keeps_answering(server):
    a = get(server, "/sparql", {"query": HUNGRY})
    assert a.status == 507 and "memory" in a.text
    assert get(server, "/sparql", {"query": SELECT}, headers=FRESH).status == 200
    assert get(server, "/queries/laws_serving_strategies", {"strategy": "西部金融中心"}, headers=FRESH).status == 200


def test_truncation_is_said_in_the_body_and_the_service_description(server):
    import json
    import xml.etree.ElementTree as ET

    q = {"query": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"}
    a = get(server, "/sparql", q)
    head = a.json()["head"]
    assert a.headers.get("x-rows-truncated") == "true" and head["link"] == [server.base + "/limits#rows"]
    x = get(server, "/sparql", q, headers={"Accept": "application/sparql-results+xml"})
    link = ET.fromstring(x.body).find("{http://www.w3.org/2005/sparql-results#}head/{http://www.w3.org/2005/sparql-results#}link")
    assert link is not None and link.get("href") == server.base + "/limits#rows"
    limits = json.loads(get(server, "/limits").body)
    assert limits["max_rows"] == 1000 and "LIMIT" in limits["rows"]
    sd = get(server, "/sparql", headers={"Accept": "application/n-triples"}).text
    assert "maxRows" in sd and "/limits" in sd
    # an answer that fits has no link
    assert "link" not in get(server, "/sparql", {"query": SELECT}).json()["head"]


def test_access_log_and_quiet_drops(server):
    get(server, "/sparql", {"query": SELECT})
    assert wait_for_line(server, "GET /sparql 200", 5) is not None
    line = [x for x in log_lines(server) if "GET /sparql 200" in x][-1]
    assert "ms rows=2" in line
    # a client that drops mid-upload is one line at info level, no traceback
    s = socket.create_connection(("127.0.0.1", server.port))
    s.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: 100000\r\n\r\n"
              + b"SELECT " * 100)
    time.sleep(0.3)
    s.close()
    assert wait_for_line(server, "left", 5) is not None
    # the same with a body small enough for the short path (kg/serve/http.py), which holds it until it is in
    left = sum("left" in x for x in log_lines(server))
    s = socket.create_connection(("127.0.0.1", server.port))
    s.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: 5000\r\n\r\n"
              + b"SELECT " * 100)
    time.sleep(0.3)
    s.close()
    deadline = time.monotonic() + 5
    while sum("left" in x for x in log_lines(server)) == left and time.monotonic() < deadline:
        time.sleep(0.1)
    assert sum("left" in x for x in log_lines(server)) == left + 1
    assert get(server, "/sparql", {"query": SELECT}, headers=FRESH).status == 200
    assert "Traceback" not in server.log.read_text(errors="replace")


def test_host_header_is_not_reflected(server):
    a = http(server.base + "/sparql", headers={"Accept": "application/n-triples", "Host": "evil.example"})
    assert "evil.example" not in a.text and server.base + "/sparql" in a.text
    b = http(server.base + "/sparql", headers={"Accept": "text/html", "Host": "evil.example"})
    assert b.status == 200  # the redirect to the page goes to the configured URL


_ = TOKEN, rows
