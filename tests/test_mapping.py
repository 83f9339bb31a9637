"""The one field mapping (loaders/write/mapping.py): every field of the extraction model is mapped or
listed as not stored, for each writer, and both writers store every field the mapping names."""

from __future__ import annotations

import dataclasses

import pyoxigraph as ox
import pytest
from kg.loaders.write import mapping as M
from kg.loaders.write import neo4j, rdf

from kg import model
from kg import vocab as V

MODELS = {M.REPORT: model.ReportInfo, M.PASSAGE: model.Evidence, M.BODY: model.Body, M.LAW: model.Law,
          M.DECISION: model.Decision, M.INITIATIVE: model.Initiative, M.ACTION: model.Action,
          M.METRIC: model.Metric, M.RELATION: model.Relation}
BASE = "https://example.org/kg/"


def test_every_list_of_the_extraction_is_a_kind():
    assert set(MODELS) == set(M.KINDS)
    assert {k.key for k in M.KINDS} == set(model.Extraction.model_fields)


@pytest.mark.parametrize("backend", ["rdf", "neo4j"])
@pytest.mark.parametrize("kind", M.KINDS, ids=lambda k: k.key)
def test_every_field_is_mapped_or_listed_as_not_stored(kind, backend):
    fields = set(MODELS[kind].model_fields)
    mapped = kind.rdf_fields() if backend == "rdf" else kind.neo4j_fields()
    missing = fields - mapped - set(kind.not_stored)
    assert not missing, f"{MODELS[kind].__name__} fields neither in the {backend} mapping nor not_stored: {missing}"
    assert not mapped & set(kind.not_stored), "a field is both mapped and listed as not stored"
    assert set(kind.not_stored) <= fields and mapped <= fields, "the mapping names a field the model lacks"
    assert all(why.strip() for why in kind.not_stored.values())


def test_mapped_names_are_vocabulary_terms():
    iris = set(V.P.values()) | {r.iri for r in vars(V).values() if isinstance(r, V.Rel)}
    for kind in M.KINDS:
        for v in kind.values:
            assert v.rdf is None or v.rdf in V.P or v.rdf in iris, (kind.key, v)
        for link in kind.links:
            assert link.rel.iri in iris, (kind.key, link)
            assert not link.neo4j or link.rel.neo4j in neo4j.REL_TYPES, (kind.key, link)


@pytest.fixture(scope="module")
def full():
    """One report with every optional field set, each to a value of its own, so what a writer drops shows."""
    ev = [model.Evidence(id="r/evidence/1", text="围绕西部金融中心制定地方金融条例。", start=3, end=20),
          model.Evidence(id="r/evidence/2", text="通过地方性法规26件。", start=30, end=41)]
    return model.Extraction(
        report=model.ReportInfo(id="r", title="某市人大常委会工作报告", jurisdiction="某市", date="2026-01-29",
                                genre="standing_committee", session="第七届第五次会议", speaker="张三", post="主任",
                                source="r.txt", year=2025),
        bodies=[model.Body(id="body/常委会", name="市人大常委会", canonical="某市人民代表大会常务委员会",
                           kind="standing_committee", parent="body/人大", mentions=["r/evidence/1"]),
                model.Body(id="body/人大", name="某市人民代表大会", canonical="某市人民代表大会", kind="congress")],
        laws=[model.Law(id="law/某市地方金融条例", name="地方金融条例", title="某市地方金融条例", level="地方性法规",
                        jurisdiction="某市", pair="一法一条例", mentions=["r/evidence/1"], rule="law.title")],
        decisions=[model.Decision(id="decision/关于某事的决定", name="关于某事的决定", mentions=["r/evidence/1"])],
        initiatives=[model.Initiative(id="initiative/西部金融中心", name="西部金融中心", broader=["initiative/双城"],
                                      mentions=["r/evidence/1"]),
                     model.Initiative(id="initiative/双城", name="双城经济圈")],
        metrics=[model.Metric(id="r/metric/1", text="通过地方性法规26件", value=26, upper=30, unit="件",
                              subject="地方性法规", qualifier="about", kind="target", period="plan", year=2026,
                              years=[2021, 2025], evidence="r/evidence/2")],
        actions=[model.Action(id="r/action/1", type="enacted", law="law/某市地方金融条例", actor="body/常委会",
                              period="past", year=2025, years=[2025, 2025], verb="制定", evidence="r/evidence/1")],
        relations=[model.Relation(type="serves", source="law/某市地方金融条例", target="initiative/西部金融中心",
                                  evidence="r/evidence/1", about="金融", rule="serves.around")],
        evidence=ev)


def _rdf_term(v: M.Value, val) -> ox.NamedNode | ox.Literal:
    xsd = {M.INTEGER: "integer", M.DECIMAL: "decimal", M.DATE: "date"}
    if v.datatype == M.ZH:
        return ox.Literal(val, language="zh")
    if v.datatype == M.TERM:
        return ox.NamedNode(V.RDKG + val)
    if v.datatype == M.DECIMAL:
        return ox.Literal(repr(float(val)), datatype=ox.NamedNode(V.XSD + xsd[v.datatype]))
    if v.datatype in xsd:
        return ox.Literal(str(val), datatype=ox.NamedNode(V.XSD + xsd[v.datatype]))
    return ox.Literal(val)


def _subject(kind: M.Kind, x, full) -> str:
    if kind is M.RELATION:
        return M.iri(M.statement_id(full.report.id, x.type, x.source, x.target), BASE)
    return M.iri(x.id, BASE)


def test_rdf_writer_states_every_mapped_value_and_link(full):
    triples = {(q.subject, q.predicate, q.object) for q in rdf.quads(full, BASE)}
    rep = ox.NamedNode(M.iri(full.report.id, BASE))
    checked = 0
    for kind in M.KINDS:
        for x in M.items(full, kind):
            s = ox.NamedNode(_subject(kind, x, full))
            assert (s, ox.NamedNode(V.P["type"]), ox.NamedNode(kind.cls.iri)) in triples
            for v in kind.values:
                if v.rdf is None or (v.unless and getattr(x, v.field) == getattr(x, v.unless)):
                    continue
                node = ox.NamedNode(s.value + v.part) if v.part else s
                assert (node, ox.NamedNode(V.P.get(v.rdf, v.rdf)), _rdf_term(v, getattr(x, v.field))) in triples, \
                    (kind.key, v)
                checked += 1
            for link in kind.links:
                if not link.rdf:
                    continue
                p = ox.NamedNode(link.rel.iri)
                if link.field is None:
                    assert ((rep, p, s) if link.reverse else (s, p, rep)) in triples, (kind.key, link)
                else:
                    for t in M.targets(link, x):
                        assert (s, p, ox.NamedNode(M.iri(t, BASE))) in triples, (kind.key, link)
                checked += 1
    assert checked > 60


def test_neo4j_writer_stores_every_mapped_value_and_link(full):
    nodes, rels = neo4j.rows(full)
    props = {row["id"]: row["props"] for _label, _shared, rows in nodes for row in rows}
    edges = {(t, r["src"], r["dst"]): r["props"] for (t, _a, _b), rows in rels.items() for r in rows}
    checked = 0
    for kind in M.NODES:
        assert (kind.cls.label, kind.shared) in {(label, shared) for label, shared, _rows in nodes}
        for x in M.items(full, kind):
            p = props[x.id]
            assert p["id"] == x.id and p["name"] and p["caption"]
            if kind.scoped:
                assert p["report"] == full.report.id
            for v in kind.values:
                if v.neo4j is None or (v.unless and getattr(x, v.field) == getattr(x, v.unless)):
                    continue
                assert p[v.neo4j] == getattr(x, v.field), (kind.key, v)
                checked += 1
            for link in kind.links:
                if not link.neo4j:
                    continue
                pairs = ([(full.report.id, x.id)] if link.reverse else [(x.id, full.report.id)]) if link.field is None \
                    else [(x.id, t) for t in M.targets(link, x)]
                for a, b in pairs:
                    e = edges[(link.rel.neo4j, a, b)]
                    assert e["report"] == full.report.id
                    assert all(e[f] == getattr(x, f) for f in link.copy), (kind.key, link)
                    if link.evidence:
                        assert e["sentence"] == props[getattr(x, link.evidence)]["text"]
                checked += 1
    rel = full.relations[0]
    e = edges[(V.RELATIONS[rel.type].neo4j, rel.source, rel.target)]
    assert e["about"] == rel.about and e["evidence"] == rel.evidence
    assert e["statement"] == M.statement_id(full.report.id, rel.type, rel.source, rel.target)
    assert checked > 50


def test_not_stored_fields_reach_neither_store(full):
    """What the mapping lists as not stored is in neither store (``rule`` values, multi-year spans)."""
    texts = {q.object.value for q in rdf.quads(full, BASE) if isinstance(q.object, ox.Literal)}
    nodes, rels = neo4j.rows(full)
    stored = [v for _l, _s, rows in nodes for r in rows for v in r["props"].values()]
    stored += [v for rows in rels.values() for r in rows for v in r["props"].values()]
    for kind in M.KINDS:
        for x in M.items(full, kind):
            for f in kind.not_stored:
                val = getattr(x, f)
                if isinstance(val, str) and val:
                    assert val not in texts and val not in stored, (kind.key, f)
                if isinstance(val, list) and val:
                    assert val not in stored, (kind.key, f)


def test_a_value_added_to_the_mapping_reaches_both_stores(full, monkeypatch):
    """The point of one mapping: one entry more, and both writers store it (here a law's ``rule``)."""
    law_kind = dataclasses.replace(M.LAW, values=(*M.LAW.values, M.Value("rule", "verb", "rule")), not_stored={})
    for name in ("NODES", "SHARED"):
        monkeypatch.setattr(M, name, tuple(law_kind if k is M.LAW else k for k in getattr(M, name)))
    law = full.laws[0]
    assert (ox.NamedNode(M.iri(law.id, BASE)), ox.NamedNode(V.P["verb"]), ox.Literal(law.rule)) in \
        {(q.subject, q.predicate, q.object) for q in rdf.quads(full, BASE)}
    nodes, _rels = neo4j.rows(full)
    assert [r["props"]["rule"] for label, _s, rows in nodes if label == V.LAW.label for r in rows] == [law.rule]
