"""A second query queued in a busy worker (kg/serve/pool.py, ``--queue-behind``), against the real server.

Each server here has one fast-lane worker, so a query sent while another runs is queued behind it in
that worker's pipe (the one running began less than --queue-behind seconds before). The access log
says what became of such a query: ``moved`` (taken back and run by another worker), ``again`` (its
worker ended before it began, so it was placed again). No timing is asserted but lower bounds that
a busy machine can only make longer: the tests check outcomes and order.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.test_serve_limits import HUNGRY, log_lines, raw_request, wait_for_line
from tests.test_server import FRESH, HEAVY, SELECT, Server, get


def medium(rows: int) -> str:
    """A query that counts ``rows`` rows of a cross product: ~0.3 s a million on this store (it ends)."""
    return ("SELECT (COUNT(*) AS ?n) WHERE { { SELECT * WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?s2 ?p2 ?o2 } } "
            f"LIMIT {rows} }} }} # {time.monotonic_ns()}")


def access_line(server: Server, status: int, since: int) -> list[str]:
    return [line for line in log_lines(server)[since:] if "kg.serve.access" in line and f"/sparql {status} " in line]


def noted(server: Server, since: int, note: str, seconds: float = 5) -> list[str]:
    """The 200 access lines ending with ``note`` since line ``since``, once there is one (a line is written
    just after its answer, so a client may read the answer first) or ``seconds`` have passed."""
    deadline = time.monotonic() + seconds
    while True:
        lines = [line for line in access_line(server, 200, since) if line.endswith(" " + note)]
        if lines or time.monotonic() > deadline:
            return lines
        time.sleep(0.05)


@pytest.fixture(scope="module")
def server(store_dir):
    s = Server(store_dir, ["--workers", "1", "--timeout", "8", "--slow-after", "1", "--queue-behind", "5",
                           "--max-memory", "200"]).start()
    yield s
    s.stop()


def send_later(ex: ThreadPoolExecutor, server: Server, query: str, delay: float):
    def run():
        time.sleep(delay)
        return get(server, "/sparql", {"query": query}, headers=FRESH), time.monotonic()

    return ex.submit(run)


def test_a_query_queued_behind_one_that_turns_slow_is_taken_back(server):
    since = len(log_lines(server))
    with ThreadPoolExecutor(2) as ex:
        heavy = ex.submit(get, server, "/sparql", {"query": HEAVY + " # behind"})
        cheap = send_later(ex, server, SELECT + " # moved", 0.3)  # queued behind the heavy one (began 0.3 s ago)
        answer, _ = cheap.result()
        assert answer.status == 200 and answer.json()["results"]["bindings"]
        assert not heavy.done()  # answered while the heavy one still runs (in the slow lane, until the 8 s limit)
        assert heavy.result().status == 504
    assert len(noted(server, since, "moved")) == 1, "\n".join(log_lines(server)[since:])


def test_a_query_queued_in_a_worker_stopped_for_the_one_ahead_runs_again(server):
    since = len(log_lines(server))
    s = raw_request(server, HEAVY + " # its client leaves")
    try:
        with ThreadPoolExecutor(1) as ex:
            cheap = send_later(ex, server, SELECT + " # again", 0.3)
            time.sleep(0.6)  # the cheap one is queued behind the heavy one now
            s.close()  # the heavy one's worker is stopped: the cheap one had not begun, so it runs elsewhere
            answer, _ = cheap.result()
    finally:
        s.close()
    assert answer.status == 200 and answer.json()["results"]["bindings"]
    assert wait_for_line(server, " 499 ", 5) is not None
    assert len(noted(server, since, "again")) == 1, "\n".join(log_lines(server)[since:])


def test_a_query_queued_in_a_worker_that_dies_runs_again(server):
    # the memory-hungry query ends its worker (507) ~0.2 s after it begins; the query sent 0.05 s after it is
    # queued behind it, had not begun, and runs on the worker that replaces it. A busy machine may delay
    # the cheap one past the hungry one's end: then it is tried again, at most four times
    for attempt in range(4):
        since = len(log_lines(server))
        with ThreadPoolExecutor(2) as ex:
            hungry = ex.submit(get, server, "/sparql", {"query": HUNGRY + f" # dies {attempt}"})
            cheap = send_later(ex, server, SELECT + f" # after the hungry one {attempt}", 0.05)
            assert hungry.result().status == 507
            answer, _ = cheap.result()
        assert answer.status == 200 and answer.json()["results"]["bindings"]
        if noted(server, since, "again", 1):
            return
    pytest.fail("the cheap query was never queued behind the hungry one:\n" + "\n".join(log_lines(server)[-20:]))


def test_a_client_that_leaves_while_queued_costs_the_query_ahead_nothing(server):
    since = len(log_lines(server))
    with ThreadPoolExecutor(1) as ex:
        ahead = ex.submit(get, server, "/sparql", {"query": medium(3_000_000)}, headers=FRESH)
        time.sleep(0.1)
        s = raw_request(server, HEAVY + " # leaves while queued")
        time.sleep(0.2)
        s.close()
        assert wait_for_line(server, " 499 ", 5) is not None
        assert ahead.result().status == 200
    assert not access_line(server, 500, since) and not access_line(server, 507, since)
    assert get(server, "/sparql", {"query": "ASK {}"}, headers=FRESH).status == 200


def test_the_time_limit_counts_from_when_a_queued_query_begins(store_dir):
    # no slow lane before the time limit here: the query queued behind a ~1 s one gets all of its 6 s
    s = Server(store_dir, ["--workers", "1", "--timeout", "6", "--slow-after", "6", "--queue-behind", "10"]).start()
    try:
        for rows in (3_000_000, 9_000_000):
            with ThreadPoolExecutor(2) as ex:
                ahead = send_later(ex, s, medium(rows), 0)
                behind = send_later(ex, s, HEAVY + f" # behind {rows}", 0.2)
                time.sleep(0.2)
                sent = time.monotonic()
                first, first_at = ahead.result()
                second, second_at = behind.result()
            assert first.status == 200
            assert second.status == 504
            # it began when the one ahead ended (its answer was written just before first_at), then ran 6 s;
            # counted from when it came, it would have ended 6 s after `sent`
            assert second_at - first_at >= 6 - 0.5, (first_at - sent, second_at - sent)
            if first_at - sent >= 1.0:  # long enough for the two rules to differ by more than the margin
                return
        pytest.fail(f"the query ahead took {first_at - sent:.2f} s: too short to tell the rules apart")
    finally:
        s.stop()


def test_the_limits_page_says_how_long_a_query_may_have_another_queued_behind_it(server):
    assert get(server, "/limits").json()["queue_behind_seconds"] == 5


def test_answers_agree_with_queueing(server):
    # many clients, more than the worker: every answer whole and the same, none lost or mixed up
    texts = [f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g ORDER BY ?g # {i}" for i in range(40)]
    lock = threading.Lock()
    bodies = []

    def ask(text: str) -> None:
        a = get(server, "/sparql", {"query": text}, headers=FRESH)
        with lock:
            bodies.append((a.status, a.body))

    with ThreadPoolExecutor(8) as ex:
        list(ex.map(ask, texts))
    assert len(bodies) == 40 and {b for b in bodies} == {bodies[0]} and bodies[0][0] == 200
