"""The embedded RDF store: named graph per report, replace whole, remove, export, stable IRIs."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from kg.errors import KGError
from kg.stores.rdf import STAGING, RDFStore

from .conftest import DATA, SAMPLE


@pytest.fixture(scope="module")
def sample(sample_extraction):
    return sample_extraction


@pytest.fixture(scope="module")
def hebei(extracted):
    return extracted(DATA / "hebei-2026-government.txt")


@pytest.fixture(scope="module")
def loaded(tmp_path_factory, sample):
    """The sample in a store on disk, for the tests that only read it."""
    with RDFStore(tmp_path_factory.mktemp("loaded") / "s") as st:
        st.load(sample)
        yield st


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


@pytest.mark.parametrize("change", ["a few quads", "most of the graph"])
def test_a_replacement_equals_a_fresh_load(tmp_path, sample, hebei, change):
    """A replacement commits the difference only (or drops the graph when most of it goes): the store
    after it equals, byte for byte on an N-Quads export (catalogue included), a store that was loaded
    with the new version alone; another report that shares entities stays as it was."""
    new = sample.model_copy(deep=True)
    if change == "a few quads":
        new.laws = new.laws[:3]
    else:  # every passage, metric and relation statement of another report, under the sample's report
        new = hebei.model_copy(update={"report": sample.report}, deep=True)
    replaced, fresh = RDFStore(tmp_path / "r"), RDFStore(tmp_path / "f")
    replaced.load(hebei)
    replaced.load(sample)
    before = replaced.export("nq")
    assert replaced.load(new).replaced
    fresh.load(hebei)
    fresh.load(new)
    assert replaced.export("nq") == fresh.export("nq") != before


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


# A child process that loads the extraction given on stdin into the store at argv[1] and is killed
# (SIGKILL, as by the OOM killer or a power cut) the moment the load calls Oxigraph's SPARQL update: the
# new version is then staged and the swap has not begun. The store is the real one; only the moment of
# death is chosen, by a profile hook that watches for that one call.
_KILLED_AT_SWAP = """
import os, signal, subprocess, sys
import pyoxigraph as ox
from kg.model import Extraction
from kg.stores.rdf import RDFStore

st = RDFStore(sys.argv[1])
ext = Extraction.model_validate_json(sys.stdin.read())

def die(_frame, event, fn):
    # SIGKILL from another process (a shell's start-up, a few ms) into the store's update, the one call that
    # commits a replacement; it carries the difference only, which takes that update about 60 ms to commit
    if event == "c_call" and getattr(fn, "__name__", "") == "update" and isinstance(getattr(fn, "__self__", None), ox.Store):
        subprocess.Popen(["sh", "-c", f"kill -9 {os.getpid()}"])

sys.setprofile(die)
st.load(ext)
sys.setprofile(None)
print("the load finished: it never called the store's update")
"""


def _staging(g) -> bool:
    return isinstance(g, ox.NamedNode) and g.value.startswith(STAGING)


def test_a_load_killed_during_its_update_leaves_the_old_graph(tmp_path, sample):
    """A real process dies in the middle of the one update that replaces a report (nothing is committed
    before it): the store on disk holds the old report whole, byte for byte, and no other graph."""
    import signal
    import subprocess
    import sys

    path = tmp_path / "s"
    with RDFStore(path) as st:
        st.load(sample)
        before = sorted(map(str, st))
    changed = sample.model_copy(deep=True)
    changed.laws = changed.laws[:3]
    for e in changed.evidence:  # every passage changes: a replacement carries only the difference, so make it large
        e.text += "。"
    child = subprocess.run([sys.executable, "-c", _KILLED_AT_SWAP, str(path)], input=changed.model_dump_json(),
                           capture_output=True, text=True, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr
    with RDFStore(path, read_only=True) as seen:  # as the killed process left it, before any recovery
        assert not any(_staging(g) for g in seen.ox.named_graphs())
        assert sorted(map(str, seen)) == before
    with RDFStore(path) as again:
        assert sorted(map(str, again)) == before
        assert again.stats().reports == 1


def test_a_staging_graph_an_older_version_left_is_removed_on_open(tmp_path, sample):
    path = tmp_path / "s"
    with RDFStore(path) as st:
        st.load(sample)
        before = sorted(map(str, st))
        stage = ox.NamedNode(STAGING + "report:x")
        st.ox.add(ox.Quad(ox.NamedNode("http://x/a"), ox.NamedNode("http://x/b"), ox.Literal("c"), stage))
    with RDFStore(path) as again:
        assert sorted(map(str, again)) == before


@pytest.mark.parametrize("fmt", ["ttl", "nt", "nq", "trig", "jsonld"])
def test_export_formats_parse_back(loaded, fmt):
    data = loaded.export(fmt)
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


def test_evidence_selectors_point_into_the_source(loaded):
    text = SAMPLE.read_text(encoding="utf-8")
    rows = loaded.select(
        """SELECT ?start ?end ?exact WHERE {
             ?a rdkg:onLaw ?l ; rdkg:evidence ?ev . ?l eli:title '重庆市地方金融条例' .
             ?ev oa:hasSelector ?p , ?q . ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
             ?q a oa:TextQuoteSelector ; oa:exact ?exact }"""
    )
    assert rows
    for r in rows:
        assert text[r["start"] : r["end"]] == r["exact"]


def test_rdflib_sees_the_same_store(loaded):
    from rdflib import Literal

    ds = loaded.dataset()
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
