"""The saved Cypher queries against a real Neo4j server: each twin answers with the same rows, in the same
order, as its SPARQL query on the embedded store, with the same reports loaded in both."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kg import neo4j_server as n4
from kg.cli import app
from kg.saved import catalogue, run, run_neo4j
from kg.stores.neo4j import Neo4jStore
from kg.stores.rdf import RDFStore

from . import neo4j_fixture
from .golden.cases import CASES

runner = CliRunner()

# beyond the golden cases: every parameter of every query, and values that select nothing
MORE = [
    ("laws_serving_strategies", {"strategy": "金融"}),
    ("laws_serving_strategies", {"strategy": "没有这个战略"}),
    ("law_serves", {"law": "条例"}),
    ("laws_by_action", {"jurisdiction": "重庆市", "action": "revised", "period": "plan", "year": "2026"}),
    ("laws_by_action", {"action": "inspected"}),
    ("laws_by_action", {"jurisdiction": "四川省", "period": "past"}),
    ("planned_laws", {"jurisdiction": "重庆市"}),
    ("planned_laws", {"jurisdiction": "广州市"}),
    ("inspected_laws", {"jurisdiction": "重庆市", "period": "past"}),
    ("inspected_laws", {"period": "plan"}),
    ("bodies_reported", {"jurisdiction": "重庆市", "body": "法院"}),
    ("bodies_reported", {"body": "监察委员会"}),
    ("figures_by_subject", {"year": "2026"}),
    ("figures_by_subject", {"jurisdiction": "四川省"}),
    ("targets", {"jurisdiction": "重庆市", "year": "2026", "subject_filter": "增长"}),
    ("targets", {"year": "2024"}),
    ("initiatives_under", {"broader": "成渝"}),
    ("evidence", {"about": "西部金融中心"}),
    ("evidence", {"about": "监察委员会", "jurisdiction": "重庆市"}),
    ("evidence", {"about": "人民法院"}),
    ("evidence", {"about": "条例", "jurisdiction": "四川省"}),
    ("body_subbodies", {"body": "人民代表大会常务委员会"}),
    ("body_subbodies", {"body": "人民政府"}),
    ("search", {"q": "法院"}),
    ("search", {"q": "双城"}),
    ("search", {"q": "条例"}),
    ("across_reports", {"q": "金融", "min_reports": "1"}),
    ("across_reports", {"min_reports": "3"}),
    ("plan_vs_delivery", {}),
    ("plan_vs_delivery", {"jurisdiction": "重庆市"}),
    ("reports", {}),
]
ALL = [(name, params) for _case, name, params in CASES] + MORE


@pytest.fixture(scope="module")
def stores(neo4j_server, parity_extractions):
    """The same reports in both backends (conftest.parity_extractions)."""
    home, st = neo4j_fixture.running(neo4j_server)
    exts = parity_extractions
    rdf = RDFStore(None)
    neo = Neo4jStore(st.bolt_uri, "neo4j", n4.password(home))
    neo.clear()
    neo.ensure_schema()
    for ext in exts:
        rdf.load(ext)
        neo.load(ext)
    yield rdf, neo, (st.bolt_uri, n4.password(home))
    neo.close()
    rdf.close()


def test_every_saved_query_has_a_cypher_twin_with_the_same_header():
    for q in catalogue().values():
        assert q.cypher_path.exists(), f"{q.name} has no queries/{q.name}.cypher"
        from kg.saved import header

        rq = [line.strip() for line in header(q.path)]
        cy = [line.strip() for line in header(q.cypher_path)]
        assert [x for x in cy if x.split(":")[0] in ("name", "zh", "en", "param")] == \
            [x for x in rq if x.split(":")[0] in ("name", "zh", "en", "param")], q.name


def test_the_cases_cover_every_query_and_parameter():
    used: dict[str, set[str]] = {}
    for name, params in ALL:
        used.setdefault(name, set()).update(params)
    for q in catalogue().values():
        assert q.name in used, f"no parity case for {q.name}"
        assert {p.name for p in q.params} <= used[q.name], f"{q.name}: parameters without a parity case"


@pytest.mark.parametrize(("name", "params"), ALL, ids=[f"{n}-{'-'.join(p.values()) or 'all'}" for n, p in ALL])
def test_cypher_twin_returns_the_same_rows_as_sparql(stores, name, params):
    rdf, neo, _ = stores
    cols, rows = run(rdf, name, params)
    ncols, nrows = run_neo4j(neo, name, params)
    assert ncols == cols
    assert nrows == rows  # same rows, same order (each ORDER BY is total)


def test_parity_cases_are_not_empty(stores):
    """The comparison means something: most cases have answers, and the plan-vs-delivery pair meets."""
    rdf, _, _ = stores
    answered = sum(bool(run(rdf, name, params)[1]) for name, params in ALL)
    assert answered >= len(ALL) - 4
    _, rows = run(rdf, "plan_vs_delivery", {"jurisdiction": "重庆市"})
    assert any(r["done"] != "not reported" for r in rows)
    assert any(r["done"] == "not reported" for r in rows)


def test_kg_query_with_the_neo4j_backend(stores):
    _, _, (uri, pw) = stores
    args = ["--backend", "neo4j", "--uri", uri, "--password", pw]
    res = runner.invoke(app, ["query", "law_serves", "--param", "law=地方金融条例", "--format", "json", *args])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert {r["initiative"] for r in rows} >= {"西部金融中心"}
    res = runner.invoke(app, ["query", "law_serves", *args])
    assert res.exit_code == 1 and "parameter law is required" in res.output
    res = runner.invoke(app, ["query", "no_such_query", *args])
    assert res.exit_code == 1 and "no saved query" in res.output


@pytest.mark.parametrize(
    ("name", "key", "word"), [("search", "q", "金融"), ("laws_serving_strategies", "strategy", "金融")]
)
def test_parameters_are_bound_not_pasted(stores, name, key, word):
    """A value that, pasted into the query's text, would close the string and match everything is
    data: the word alone has answers, the word with the break-out has none, in both backends.
    (Saved queries run in read transactions, so a pasted write would fail rather than change the
    store; comparing the store before and after could not fail, so this test does not.)"""
    rdf, neo, _ = stores
    assert run_neo4j(neo, name, {key: word})[1], f"{name} has no answer for {word}: the test would prove nothing"
    for hostile in (f"{word}' OR true OR '", f'{word}" OR true OR "', f"{word}' OR 1=1 //"):
        assert run_neo4j(neo, name, {key: hostile})[1] == []
        assert run(rdf, name, {key: hostile})[1] == []


def test_kg_stats_with_the_neo4j_backend(stores):
    _, neo, (uri, pw) = stores
    res = runner.invoke(app, ["stats", "--backend", "neo4j", "--uri", uri, "--password", pw, "--format", "json"])
    assert res.exit_code == 0, res.output
    info = json.loads(res.output)
    assert info["reports"] == len(info["report_list"]) == 6
    assert info["entities"]["Law"] == neo.stats().entities["Law"] > 0
