"""The embedded RDF store: named graph per report, replace whole, remove, export, stable IRIs."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from kg.loaders.extract import extract_file

from kg.errors import KGError
from kg.stores.rdf import RDFStore

from .conftest import DATA, SAMPLE


@pytest.fixture(scope="module")
def sample():
    return extract_file(str(SAMPLE))


@pytest.fixture(scope="module")
def hebei():
    return extract_file(str(DATA / "hebei-2026-government.txt"))


def graphs(store):
    return sorted(g.value for g in store.ox.named_graphs())


def test_each_report_is_its_own_named_graph(tmp_path, sample, hebei):
    st = RDFStore(tmp_path / "s")
    a, b = st.load(sample), st.load(hebei)
    assert graphs(st) == sorted([a.graph, b.graph])
    assert not a.replaced and not b.replaced
    assert st.stats().reports == 2


def test_loading_again_replaces_the_graph_whole(tmp_path, sample):
    st = RDFStore(tmp_path / "s")
    first = st.load(sample)
    n = st.stats().size
    again = st.load(sample)
    assert again.replaced and st.stats().size == n == first.triples
    # a changed extraction replaces, never adds: drop a law and load again
    smaller = sample.model_copy(deep=True)
    gone = smaller.laws.pop()
    smaller.actions = [x for x in smaller.actions if x.law != gone.id]
    smaller.relations = [r for r in smaller.relations if gone.id not in (r.source, r.target)]
    st.load(smaller)
    rows = st.select("SELECT ?t WHERE { ?l eli:title ?t }")
    assert gone.title not in {r["t"] for r in rows}


def test_same_entity_from_two_reports_is_one_resource(tmp_path, sample):
    st = RDFStore(tmp_path / "s")
    st.load(sample)
    other = sample.model_copy(deep=True)
    other.report.id = "report/重庆市-2027-standing_committee"
    other.report.date = "2027-01-20"
    st.load(other)
    rows = st.select(
        "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?l eli:title ?t } FILTER(?t = '重庆市地方金融条例') }",
        union=False,
    )
    assert rows[0]["n"] == 2
    laws = st.select("SELECT (COUNT(DISTINCT ?l) AS ?n) WHERE { ?l eli:title '重庆市地方金融条例' }")
    assert laws[0]["n"] == 1


def test_store_persists_on_disk(tmp_path, sample):
    path = tmp_path / "s"
    st = RDFStore(path)
    st.load(sample)
    st.flush()
    del st
    again = RDFStore(path, read_only=True)
    assert again.stats().reports == 1
    assert again.size_on_disk() > 0


def test_remove_drops_the_report(tmp_path, sample, hebei):
    st = RDFStore(tmp_path / "s")
    st.load(sample)
    st.load(hebei)
    catalogue = "SELECT (COUNT(*) AS ?n) WHERE { ?x skos:prefLabel ?t FILTER(STRSTARTS(STR(?t), '河北省')) }"
    assert st.select(catalogue, union=False)[0]["n"] > 0
    removed = st.remove("河北省")
    assert removed.id == hebei.report.id and "河北省" in removed.iri
    assert st.stats().reports == 1
    # the entity catalogue (default graph) forgets what no report mentions any more
    assert st.select(catalogue, union=False)[0]["n"] == 0
    with pytest.raises(KGError, match="no such report"):
        st.remove("河北省")


def test_an_interrupted_load_leaves_no_half_report(tmp_path, sample):
    st = RDFStore(tmp_path / "s")
    st.load(sample)
    before = sorted(map(str, st))

    # the quads are staged, then the swap is interrupted: the old graph must be intact
    real = [st.ox]

    class Failing:
        def __getattr__(self, name):
            return getattr(real[0], name)

        def update(self, *_a, **_k):
            raise KeyboardInterrupt

    st.ox = Failing()  # type: ignore[assignment]
    changed = sample.model_copy(deep=True)
    changed.laws = changed.laws[:3]
    with pytest.raises(KeyboardInterrupt):
        st.load(changed)
    st.ox = real.pop()
    assert sorted(map(str, st)) != before  # the staging graph is there
    st.close()
    # reopening recovers: the staging graph goes, the report is as it was
    with RDFStore(tmp_path / "s") as again:
        assert sorted(map(str, again)) == before


@pytest.mark.parametrize("fmt", ["ttl", "nt", "nq", "trig", "jsonld"])
def test_export_formats_parse_back(tmp_path, sample, fmt):
    st = RDFStore(tmp_path / "s")
    st.load(sample)
    data = st.export(fmt)
    assert data
    rdf_format = {
        "ttl": ox.RdfFormat.TURTLE,
        "nt": ox.RdfFormat.N_TRIPLES,
        "nq": ox.RdfFormat.N_QUADS,
        "trig": ox.RdfFormat.TRIG,
        "jsonld": ox.RdfFormat.JSON_LD,
    }[fmt]
    parsed = list(ox.parse(data, format=rdf_format))
    assert len(parsed) > 1000
    if fmt == "jsonld":
        assert isinstance(json.loads(data), (list, dict))


def test_evidence_selectors_point_into_the_source(tmp_path, sample):
    st = RDFStore(tmp_path / "s")
    st.load(sample)
    text = SAMPLE.read_text(encoding="utf-8")
    rows = st.select(
        """SELECT ?start ?end ?exact WHERE {
             ?a rdkg:onLaw ?l ; rdkg:evidence ?ev . ?l eli:title '重庆市地方金融条例' .
             ?ev oa:hasSelector ?p , ?q . ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
             ?q a oa:TextQuoteSelector ; oa:exact ?exact }"""
    )
    assert rows
    for r in rows:
        assert text[r["start"] : r["end"]] == r["exact"]


def test_rdflib_sees_the_same_store(tmp_path, sample):
    from rdflib import Literal

    st = RDFStore(tmp_path / "s")
    st.load(sample)
    ds = st.dataset()
    res = ds.query(
        "SELECT ?t ?i WHERE { ?l <http://data.europa.eu/eli/ontology#title> ?t ; <https://w3id.org/rdkg/ontology#serves> ?i }",
        initBindings={"t": Literal("重庆市地方金融条例")},
    )
    assert len(list(res)) >= 1


def test_a_store_in_use_is_a_clear_error(tmp_path):
    first = RDFStore(tmp_path / "s")
    with pytest.raises(KGError, match="another process"):
        RDFStore(tmp_path / "s")
    del first
