"""kg serve's SELECT rendering (kg.serve.worker.render): Oxigraph writes the answer as TSV into a writer
that stops the query past the row cap, and its parser and serialiser give the format asked for. The
answer must be the bytes Oxigraph's own serialiser gives for the same query, in every format, and a cut
answer must say so. (A pure function on an in-memory pyoxigraph store: no server is involved.)
"""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from kg.serve.worker import TRUNCATED, render

DATA = """INSERT DATA {
  <http://ex/a> <http://ex/p> "line\\none\\ttab \\"quoted\\"", "中文"@zh, "rtl"@ar, 5, 2.5, 1.0e3, "s"^^<http://ex/dt>,
                _:blank, <http://ex/b>, "" , "a\\\\b" .
  GRAPH <http://ex/g> { <http://ex/a> <http://ex/q> true }
}"""
QUERIES = [
    "SELECT * WHERE { ?s ?p ?o } ORDER BY STR(?o)",
    "SELECT ?s ?unbound WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?unbound } } ORDER BY STR(?o)",
    "SELECT * WHERE { }",
    "SELECT ?x WHERE { }",
    "SELECT * WHERE { FILTER(false) }",
    "SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }",
]
FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
           "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}


@pytest.fixture(scope="module")
def store() -> ox.Store:
    st = ox.Store()
    st.update(DATA)
    return st


def job(fmt: str, max_rows: int = 10_000) -> dict:
    return {"format": fmt, "accept": [], "max_rows": max_rows, "truncated_link": "http://h/limits#rows"}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("query", QUERIES)
def test_an_answer_under_the_cap_is_oxigraphs_own_bytes(store, query, fmt):
    expected = store.query(query, use_default_graph_as_union=True).serialize(format=FORMATS[fmt])
    reply = render(store.query(query, use_default_graph_as_union=True), job(fmt))
    assert reply.status == 200 and TRUNCATED not in reply.headers
    assert reply.body == expected
    assert reply.rows == len(list(store.query(query, use_default_graph_as_union=True)))


@pytest.mark.parametrize("cap", [0, 1, 3])
def test_a_cut_answer_has_the_first_rows_and_says_so(store, cap):
    query = "SELECT * WHERE { ?s ?p ?o } ORDER BY STR(?o)"
    every = json.loads(store.query(query).serialize(format=ox.QueryResultsFormat.JSON))
    reply = render(store.query(query), job("json", cap))
    got = json.loads(reply.body)
    assert got["results"]["bindings"] == every["results"]["bindings"][:cap]
    assert got["head"]["vars"] == every["head"]["vars"] and got["head"]["link"] == ["http://h/limits#rows"]
    assert reply.headers[TRUNCATED] == "true" and reply.rows == cap
    xml = render(store.query(query), job("xml", cap)).body.decode()
    assert xml.count("<result>") == cap and '<link href="http://h/limits#rows"/></head>' in xml


def test_a_large_answer_is_cut_at_the_cap():
    """A cross product of 40,000 rows cut at 5 (the writer stops the query there): the header and 5 rows."""
    st = ox.Store()
    st.update("INSERT DATA { " + " ".join(f"<http://ex/s{i}> <http://ex/p> {i} ." for i in range(200)) + " }")
    reply = render(st.query("SELECT * WHERE { ?a ?p ?x . ?b ?q ?y }"), job("tsv", 5))
    assert reply.body.count(b"\n") == 6 and reply.rows == 5 and reply.headers[TRUNCATED] == "true"


ODD = """INSERT DATA {
  <http://ex/a> <http://ex/p> "{}", ",{", "\\",{\\"x\\":{}}", "<result>", "a\\\\" , "\\\\\\",{\\"" .
}"""


@pytest.mark.parametrize("fmt", ["json", "xml", "tsv"])
@pytest.mark.parametrize("cap", [1, 2, 5, 9, 10, 11, 1000, 1999, 2000, 2001])
def test_rows_are_counted_and_cut_alike_across_chunks_and_odd_values(fmt, cap):
    """JSON and XML come straight from Oxigraph's serialiser, 8 KiB at a time, rows counted by the bytes
    that begin one: values holding those bytes ("{}", ',{', '<result>', escaped quotes), empty rows and
    rows split between two chunks are counted and cut exactly as the whole answer says."""
    st = ox.Store()
    st.update(ODD)
    st.update("INSERT DATA { " + " ".join(f'<http://ex/s{i}> <http://ex/p> "{"值" * (i % 37)}{i}" .' for i in range(2000)) + " }")
    queries = ["SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY STR(?o) STR(?s)",
               "SELECT ?x ?o WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?x } } ORDER BY STR(?o) STR(?s)",  # ?x never bound
               "SELECT ?x WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?x } }"]  # every row empty
    for query in queries:
        whole = st.query(query).serialize(format=FORMATS[fmt])
        rows = ox.parse_query_results(whole, format=FORMATS[fmt])
        every = list(rows)
        reply = render(st.query(query), job(fmt, cap))
        got = list(ox.parse_query_results(reply.body, format=FORMATS[fmt]))
        assert [[s[v] for v in rows.variables] for s in got] == [[s[v] for v in rows.variables] for s in every[:cap]]
        assert reply.rows == min(cap, len(every))
        assert (TRUNCATED in reply.headers) == (len(every) > cap)
        if len(every) <= cap:
            assert reply.body == whole
