"""Answers kept for repeated queries (kg/serve/cache.py), against the real server: a repeated query is
answered from the cache (the access log says `kept`) with the same body; a load or remove is seen by
the very next request all the same; RAND() and friends are never kept; --cache 0 keeps nothing."""

from __future__ import annotations

import time

import pytest

from tests.test_serve_live import COUNT, kg, loaded_store
from tests.test_server import FRESH, REPORTS, Server, get, rows


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return loaded_store(tmp_path_factory, "cache")


@pytest.fixture(scope="module")
def server(store):
    s = Server(store, ["--workers", "2"]).start()
    yield s
    s.stop()


def kept(server: Server) -> int:
    assert server.log is not None
    return sum(1 for line in server.log.read_text(errors="replace").splitlines()
               if "kg.serve.access" in line and line.endswith(" kept"))


def settled(server: Server) -> int:
    """kept(), once the access lines of requests already answered are all written (the server writes
    a request's line after its answer, so a count read at once can miss the last one)."""
    last = kept(server)
    for _ in range(20):
        time.sleep(0.2)
        now = kept(server)
        if now == last:
            return now
        last = now
    return last


def count(server: Server, query: str = COUNT) -> int:
    a = get(server, "/sparql", {"query": query})
    assert a.status == 200, a.text
    return int(rows(a)[0]["n"])


def test_a_repeated_query_is_answered_from_the_cache_and_a_load_is_seen_at_once(server):
    query = COUNT + " # test_a_repeated_query"
    before = settled(server)
    first = get(server, "/sparql", {"query": query})
    again = get(server, "/sparql", {"query": query})
    assert first.status == again.status == 200
    assert again.body == first.body and again.headers["content-type"] == first.headers["content-type"]
    time.sleep(0.3)  # the access line is written after the answer is sent
    assert kept(server) == before + 1  # the second one, from the cache
    assert count(server, query) == 1
    kg("load", "--store", str(server.store), str(REPORTS[1]))
    assert count(server, query) == 2  # the store's generation changed: nothing kept is given
    assert count(server, query) == 2
    kg("remove", "--store", str(server.store), "河北")
    assert count(server, query) == 1


def test_no_cache_asks_a_worker(server):
    query = COUNT + " # test_no_cache"
    assert get(server, "/sparql", {"query": query}).status == 200
    before = settled(server)
    for headers in (FRESH, {"Cache-Control": "max-age=0, no-store"}, {"Pragma": "no-cache"}):
        a = get(server, "/sparql", {"query": query}, headers=headers)
        assert a.status == 200 and int(rows(a)[0]["n"]) >= 1
    time.sleep(0.3)
    assert kept(server) == before
    assert get(server, "/sparql", {"query": query}).status == 200
    time.sleep(0.3)
    assert kept(server) == before + 1


def test_the_format_and_accept_are_part_of_the_key(server):
    query = COUNT + " # test_the_format"
    as_json = get(server, "/sparql", {"query": query}, headers={"Accept": "application/sparql-results+json"})
    as_csv = get(server, "/sparql", {"query": query}, headers={"Accept": "text/csv"})
    as_json_again = get(server, "/sparql", {"query": query}, headers={"Accept": "application/sparql-results+json"})
    assert as_json.ctype == as_json_again.ctype == "application/sparql-results+json"
    assert as_csv.ctype == "text/csv" and as_csv.text.splitlines()[0] == "n"
    assert as_json_again.body == as_json.body


def test_non_deterministic_functions_are_never_kept(server):
    query = "SELECT (STRUUID() AS ?u) (RAND() AS ?r) WHERE {}"
    before = settled(server)
    answers = {rows(get(server, "/sparql", {"query": query}))[0]["u"] for _ in range(3)}
    assert len(answers) == 3
    time.sleep(0.3)
    assert kept(server) == before


def test_errors_are_never_kept(server):
    before = settled(server)
    for _ in range(2):
        a = get(server, "/sparql", {"query": "SELECT * WHERE { ?s ?p }"})
        assert a.status == 400
    time.sleep(0.3)
    assert kept(server) == before


def test_cache_0_keeps_nothing(store):
    s = Server(store, ["--workers", "2", "--cache", "0"]).start()
    try:
        for _ in range(3):
            assert count(s) >= 1
        a = get(s, "/limits")
        assert a.json()["answer_cache_bytes"] == 0
        time.sleep(0.3)
        assert kept(s) == 0
    finally:
        s.stop()


def test_the_limits_page_states_the_cache(server):
    doc = get(server, "/limits").json()
    assert doc["answer_cache_bytes"] == 64 * 1024 * 1024


@pytest.mark.parametrize("text,kept_ok", [
    ("SELECT * WHERE { ?s ?p ?o }", True),
    ("SELECT ?now ?rand WHERE { ?x <http://e/nowhere> ?now }", True),  # names, not calls
    ("SELECT (rand() AS ?x) WHERE {}", False),
    ("SELECT (NOW ( ) AS ?t) WHERE {}", False),
    ("SELECT (STRUUID() AS ?u) WHERE {}", False),
    ("CONSTRUCT { ?s <http://e/p> ?b } WHERE { ?s ?p ?o BIND(BNODE() AS ?b) }", False),
    ("SELECT (UUID() AS ?u) WHERE {}", False),
])
def test_what_is_deterministic(text, kept_ok):
    from kg.serve.cache import deterministic

    assert deterministic({"op": "query", "query": text}) is kept_ok


def test_the_cache_holds_bodies_and_keys_within_its_limit_and_forgets_an_old_generation():
    from kg.serve.cache import Answers
    from kg.serve.protocol import Reply

    answers = Answers(8000)
    for i in range(100):  # long texts, small answers: each entry counts more than its body
        job = {"op": "query", "query": f"SELECT * WHERE {{ ?s ?p ?o }} # {'x' * 200} {i}", "gen": 1}
        key = answers.key(job)
        assert key is not None and answers.get(key) is None
        answers.put(key, job, Reply(200, b"y" * 100))
        assert answers.size <= 8000
    assert 0 < len(answers.entries) < 100 and answers.get(key) is not None  # the newest is kept
    too_big = {"op": "query", "query": "ASK {}", "gen": 1}
    answers.put(answers.key(too_big), too_big, Reply(200, b"z" * 1001))  # over an eighth of the limit
    assert answers.get(answers.key(too_big)) is None
    newer = dict(job, gen=2)
    assert answers.get(answers.key(newer)) is None and not answers.entries  # a commit: nothing old is given
