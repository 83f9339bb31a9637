"""The Neo4j loader against a real Neo4j 5.26 server (tests/neo4j_fixture.py): no mocks of the database."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from kg import neo4j_server as n4
from kg import vocab as V
from kg.cli import app
from kg.errors import KGError
from kg.model import Extraction, Law, Relation
from kg.stores.neo4j import Neo4jStore

from . import neo4j_fixture
from .conftest import DATA

runner = CliRunner()
HEBEI = DATA / "hebei-2026-government.txt"


@pytest.fixture(scope="module")
def conn(neo4j_server):
    home, st = neo4j_fixture.running(neo4j_server)
    return st.bolt_uri, n4.password(home)


@pytest.fixture
def db(conn):
    """A store emptied before each test, with the schema in place."""
    with Neo4jStore(*conn[:1], "neo4j", conn[1]) as s:
        s.clear()
        s.ensure_schema()
        yield s


@pytest.fixture(scope="module")
def hebei(extracted):
    return extracted(HEBEI)


def _counts(s: Neo4jStore) -> dict[str, int]:
    return s.stats().entities


def _snapshot(s: Neo4jStore) -> tuple:
    nodes = s.read("MATCH (n) RETURN n.id AS id, labels(n) AS l, properties(n) AS p ORDER BY id")
    rels = s.read("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p "
                   "ORDER BY a, t, b, p.report")
    return nodes, rels


def _expected(*exts: Extraction) -> dict[str, int]:
    def ids(attr):
        return {x.id for e in exts for x in getattr(e, attr)}

    return {"Report": len(exts), "Evidence": len(ids("evidence")), "Body": len(ids("bodies")), "Law": len(ids("laws")),
            "Decision": len(ids("decisions")), "Action": len(ids("actions")), "Initiative": len(ids("initiatives")),
            "Metric": len(ids("metrics"))}


def test_schema_from_the_vocabulary(db):
    cons = db.read("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN *")
    unique = {c["labelsOrTypes"][0] for c in cons if c["type"] == "UNIQUENESS" and c["properties"] == ["id"]}
    assert unique == {c.label for c in V.CLASSES}
    ft = db.read("SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options RETURN *")
    assert len(ft) == 1
    assert set(ft[0]["labelsOrTypes"]) == {"Law", "Decision", "Initiative", "Body"} and ft[0]["properties"] == ["name"]
    assert ft[0]["options"]["indexConfig"]["fulltext.analyzer"] == "cjk"
    db.ensure_schema()  # idempotent


def test_read_runs_in_a_read_session_that_refuses_writes(db, sample_extraction):
    db.load(sample_extraction)
    before = _snapshot(db)
    with pytest.raises(KGError, match="read access") as err:
        db.read("MATCH (l:Law) SET l.name = 'changed' RETURN count(l) AS n")
    assert "\n" not in str(err.value)
    assert _snapshot(db) == before


def test_clear_empties_the_database_and_keeps_the_schema(db, sample_extraction, hebei):
    db.load(sample_extraction)
    db.load(hebei)
    schema = db.read("SHOW INDEXES YIELD name RETURN name ORDER BY name")
    db.clear()
    assert db.reports() == [] and db.stats().size == 0
    assert db.read("MATCH (n) RETURN count(n) AS n") == [{"n": 0}]
    assert db.read("SHOW INDEXES YIELD name RETURN name ORDER BY name") == schema
    assert not db.load(hebei).replaced and [r.id for r in db.reports()] == [hebei.report.id]


def test_load_two_reports_counts_match_the_extractions(db, sample_extraction, hebei):
    r1 = db.load(sample_extraction)
    r2 = db.load(hebei)
    assert not r1.replaced and not r2.replaced
    assert _counts(db) == _expected(sample_extraction, hebei)
    rels = db.stats().relationships
    assert rels["ON"] == len(sample_extraction.actions) + len(hebei.actions)
    assert rels["IN_REPORT"] == sum(len(e.evidence) + len(e.actions) + len(e.metrics) for e in (sample_extraction, hebei))
    # captions and ids as in the RDF graph
    law = db.read("MATCH (l:Law {id: 'law/重庆市地方金融条例'}) RETURN l.name AS name, l.reports AS reports")
    assert law == [{"name": "重庆市地方金融条例", "reports": [sample_extraction.report.id]}]
    assert db.read("MATCH (n) WHERE n.name IS NULL RETURN count(n) AS n")[0]["n"] == 0
    shared = {x.id for x in sample_extraction.bodies + sample_extraction.laws} & {x.id for x in hebei.bodies + hebei.laws}
    wording = {(e.report.id, x.id): x.name for e in (sample_extraction, hebei)
               for x in e.bodies + e.laws + e.decisions + e.initiatives}
    got = db.read("MATCH (r:Report)-[m:MENTIONS]->(n) RETURN r.id AS r, n.id AS n, m.name AS name")
    assert {(g["r"], g["n"]): g["name"] for g in got} == wording  # each report's own wording
    for id_ in list(shared)[:3]:
        row = db.read("MATCH (n {id: $id}) RETURN size(n.reports) AS k, COUNT { (:Report)-[:MENTIONS]->(n) } AS m", id=id_)
        assert row == [{"k": 2, "m": 2}]


def test_law_serves_the_western_finance_centre_with_its_sentence(db, sample_extraction):
    db.load(sample_extraction)
    rows = db.read("MATCH (l:Law {name: '重庆市地方金融条例'})-[r:SERVES]->(i:Initiative {name: '西部金融中心'}) "
                    "RETURN r.sentence AS s, r.evidence AS e, r.report AS rep, r.start AS start, r.end AS end")
    assert len(rows) == 1
    ev = {e.id: e for e in sample_extraction.evidence}[rows[0]["e"]]
    assert rows[0]["s"] == ev.text and "西部金融中心" in ev.text and (rows[0]["start"], rows[0]["end"]) == (ev.start, ev.end)
    assert rows[0]["rep"] == sample_extraction.report.id
    act = db.read("MATCH (a:Action)-[on:ON]->(x)<-[:MENTIONS]-(:Report) MATCH (a)-[:IN_REPORT]->(:Report) "
                   "MATCH (a)-[:EVIDENCE]->(e:Evidence) RETURN on.period AS p, on.sentence = e.text AS same LIMIT 1")
    assert act and act[0]["p"] in ("past", "plan") and act[0]["same"]
    about = db.read("MATCH (:Body)-[r:REPORTED_TO]->(:Body) WHERE r.about IS NOT NULL RETURN count(r) AS n")
    assert about[0]["n"] > 0


def test_full_text_index_finds_chinese(db, sample_extraction):
    db.load(sample_extraction)
    hits = db.search("金融")
    names = {h["name"] for h in hits}
    assert "重庆市地方金融条例" in names and "西部金融中心" in names
    assert {h["label"] for h in hits} <= {"Law", "Decision", "Initiative", "Body"}


def test_reload_replaces_and_a_dropped_law_is_gone(db, sample_extraction, hebei):
    db.load(sample_extraction)
    db.load(hebei)
    before = _snapshot(db)
    again = db.load(sample_extraction)
    assert again.replaced
    assert _snapshot(db) == before  # no duplicates, nothing changed
    only_here = {x.id for x in sample_extraction.laws} - {x.id for x in hebei.laws}
    dropped = sorted(only_here)[0]
    shared = sorted({x.id for x in sample_extraction.laws} & {x.id for x in hebei.laws})
    ext = sample_extraction.model_copy(deep=True)
    ext.laws = [x for x in ext.laws if x.id != dropped]
    ext.actions = [a for a in ext.actions if a.law != dropped]
    ext.relations = [r for r in ext.relations if dropped not in (r.source, r.target)]
    if shared:
        ext.laws = [x for x in ext.laws if x.id != shared[0]]
        ext.actions = [a for a in ext.actions if a.law != shared[0]]
        ext.relations = [r for r in ext.relations if shared[0] not in (r.source, r.target)]
    db.load(ext)
    assert db.read("MATCH (l:Law {id: $id}) RETURN count(l) AS n", id=dropped)[0]["n"] == 0
    assert _counts(db) == _expected(ext, hebei)
    if shared:  # still held by the other report
        assert db.read("MATCH (l:Law {id: $id}) RETURN l.reports AS r", id=shared[0]) == [{"r": [hebei.report.id]}]


def test_remove_deletes_what_only_that_report_held(db, sample_extraction, hebei):
    db.load(hebei)
    alone = _snapshot(db)
    db.load(sample_extraction)
    assert db.remove("重庆市人民代表大会常务委员会工作报告").id == sample_extraction.report.id
    assert _snapshot(db) == alone
    with pytest.raises(KGError, match="no such report"):
        db.remove(sample_extraction.report.id)


def test_an_interrupted_load_leaves_the_previous_state(db, sample_extraction, hebei, monkeypatch):
    db.load(sample_extraction)
    db.load(hebei)
    before = _snapshot(db)
    calls = []
    real = Neo4jStore._batch

    def failing(self, tx, query, rows, rid):
        if calls:
            raise KeyboardInterrupt  # an interrupt after the first batch was written
        calls.append(1)
        real(self, tx, query, rows, rid)

    monkeypatch.setattr(Neo4jStore, "_batch", failing)
    smaller = sample_extraction.model_copy(deep=True)
    smaller.laws = smaller.laws[:5]
    with pytest.raises(KeyboardInterrupt):
        db.load(smaller)
    assert calls == [1]
    assert _snapshot(db) == before


def test_quotes_and_brackets_in_data_are_parameters(db, sample_extraction):
    nasty = "关于`x`的\"决定\"'}) DETACH DELETE n //[金融]{"
    ext = sample_extraction.model_copy(deep=True)
    ext.laws.append(Law(id="law/" + nasty, name=nasty, title=nasty, level="地方性法规"))
    ext.relations.append(Relation(type="serves", source="law/" + nasty, target="initiative/西部金融中心",
                                  evidence=ext.evidence[0].id))
    db.load(ext)
    assert db.read("MATCH (l:Law {id: $id})-[:SERVES]->(i) RETURN l.name AS n, i.name AS i", id="law/" + nasty) == [
        {"n": nasty, "i": "西部金融中心"}]
    assert _counts(db) == _expected(ext)
    assert "law/" + nasty in {h["id"] for h in db.search('"决定"')}  # the Lucene query is a parameter too
    assert db.remove(ext.report.id).id == ext.report.id
    assert sum(_counts(db).values()) == 0


def test_wrong_password_and_down_server_are_one_line(conn):
    uri, _ = conn
    with pytest.raises(KGError, match="rejected") as err:
        Neo4jStore(uri, "neo4j", "not-the-password")
    assert "\n" not in str(err.value) and "--password" in str(err.value)
    with pytest.raises(KGError, match="cannot reach") as err:
        Neo4jStore(f"bolt://127.0.0.1:{n4.free_port()}", "neo4j", "whatever-password")
    assert "\n" not in str(err.value) and "kg neo4j start" in str(err.value)


def test_cli_load_and_remove_with_neo4j_variables(db, conn, sample_extraction, monkeypatch):
    uri, pw = conn
    monkeypatch.setenv("NEO4J_URI", uri)
    monkeypatch.setenv("NEO4J_PASSWORD", pw)
    res = runner.invoke(app, ["load", "--backend", "neo4j", str(HEBEI)])
    assert res.exit_code == 0 and res.stdout.startswith("loaded"), res.output
    monkeypatch.delenv("NEO4J_URI")
    res = runner.invoke(app, ["load", "--backend", "neo4j", "--uri", uri, "--user", "neo4j", str(HEBEI)])
    assert res.exit_code == 0 and res.stdout.startswith("replaced"), res.output
    assert db.stats().reports == 1
    res = runner.invoke(app, ["remove", "--backend", "neo4j", "--uri", uri, "河北省-2026"])
    assert res.exit_code == 0 and "removed report/" in res.stdout, res.output
    assert db.stats().reports == 0
    res = runner.invoke(app, ["load", "--backend", "neo4j", "--uri", uri, "--password", "wrong-password", str(HEBEI)])
    assert res.exit_code == 1 and "rejected" in res.stderr and len(res.stderr.strip().splitlines()) == 1
    res = runner.invoke(app, ["remove", "--backend", "neo4j", "--uri", uri, "--password", pw, "河北-2026"])
    assert res.exit_code == 1 and "no such report" in res.stderr, res.output  # gone, and said in one line
    res = runner.invoke(app, ["load", "--backend", "nope", str(HEBEI)])
    assert res.exit_code == 2
    help_ = runner.invoke(app, ["load", "--help"])
    assert "Example:" in help_.stdout and "--uri" in help_.stdout
