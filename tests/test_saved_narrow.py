"""The embedded store's rewrites of saved queries: keyword filters over names (kg.saved.narrow) and
questions scoped to a jurisdiction or year (kg.saved.scope). Where they add text, that a store on disk
(where both run) gives every golden answer, and that the names narrow caches are read again after a load
or a removal."""

from __future__ import annotations

import json

import pytest

from kg.saved import get, lateral, narrow, run
from kg.stores.rdf import RDFStore

from .golden.cases import CASES, REPORTS, path_of

NAMES = [("https://x/e/1", "重庆市高级人民法院"), ("https://x/e/2", "西部金融中心"), ("https://x/e/3", "地方金融条例")]


def _narrowed(name: str, params: dict[str, str]) -> str:
    q = get(name)
    words = {k: v.value for k, v in q.bind(params).items()}
    return narrow(lateral(q.bound_text(params)), words, lambda _pred: NAMES)


def test_a_word_lists_the_entities_whose_names_hold_it():
    text = _narrowed("search", {"q": "金融"})
    assert "VALUES ?x { <https://x/e/2> <https://x/e/3> }" in text
    assert "CONTAINS(STR(?any), STR(?q))" in text  # the filter stays


def test_no_word_no_narrowing():
    """An optional word left out (the default "") means no filter: nothing is added."""
    assert "VALUES ?i {" not in _narrowed("laws_serving_strategies", {})
    assert "VALUES ?i { <https://x/e/2> }" in _narrowed("laws_serving_strategies", {"strategy": "西部"})


def test_a_word_no_name_holds_gives_an_empty_list():
    assert "VALUES ?x {  }" in _narrowed("evidence", {"about": "不存在的词"})


def test_patterns_inside_graph_exists_or_optional_are_left_alone():
    text = """SELECT * WHERE {
  VALUES ?q { "金融" }
  GRAPH ?r { ?x rdfs:label ?l . FILTER(CONTAINS(STR(?l), STR(?q))) }
  FILTER EXISTS { ?y rdfs:label ?m . FILTER(CONTAINS(STR(?m), STR(?q))) }
  OPTIONAL { ?z rdfs:label ?n . FILTER(CONTAINS(STR(?n), STR(?q))) }
  ?w rdfs:label ?k . FILTER(?q = "" || CONTAINS(STR(?k), STR(?q)))
}"""
    out = narrow(text, {"q": "金融"}, lambda _pred: NAMES)
    assert out.count("VALUES ?") == 2 and "VALUES ?w { <https://x/e/2> <https://x/e/3> } ?w rdfs:label ?k" in out


@pytest.fixture(scope="module")
def disk_store(tmp_path_factory):
    from kg.loaders.extract import extract_file

    store = RDFStore(tmp_path_factory.mktemp("narrow") / "store")
    for path in REPORTS:
        ext = extract_file(str(path))
        ext.report.source = path.name  # as the golden answers have it
        store.load(ext)
    store.flush()
    yield store
    store.close()


@pytest.mark.parametrize("case,name,params", CASES, ids=[c[0] for c in CASES])
def test_golden_answers_on_a_store_on_disk(disk_store, case, name, params):
    expected = json.loads(path_of(case).read_text(encoding="utf-8"))
    assert run(disk_store, name, params)[1] == expected, case


def test_the_names_are_read_again_after_a_change(tmp_path, sample_extraction):
    store = RDFStore(tmp_path / "store")
    assert run(store, "search", {"q": "西部金融中心"})[1] == []
    assert store.__dict__.get("_names_cache"), "a store on disk did not narrow the search"
    store.load(sample_extraction)
    assert run(store, "search", {"q": "西部金融中心"})[1], "a name loaded after the first query was not found"
    store.remove(sample_extraction.report.id.removeprefix("report/"))
    assert run(store, "search", {"q": "西部金融中心"})[1] == []
    store.close()
    # another process's store object sees this one's commits too
    other = RDFStore(tmp_path / "store")
    assert run(other, "search", {"q": "西部金融中心"})[1] == []
    other.load(sample_extraction)
    other.flush()
    assert run(other, "search", {"q": "西部金融中心"})[1]
    other.close()


def test_a_scoped_question_starts_from_the_reports_of_its_scope():
    """kg.saved.scope: a jurisdiction or year bound to a value is read first in the report's graph pattern;
    left out (the default "" or 0), nothing is added. The golden cases scoped to 重庆市/河北省 check the rows."""
    from kg.saved import scope

    q = get("targets")
    params = {"jurisdiction": "河北省", "year": "2026"}
    text = scope(q.bound_text(params), q.bind(params))
    assert ('GRAPH ?r { ?r rdkg:jurisdiction "河北省" . ?r rdkg:year "2026"^^<http://www.w3.org/2001/XMLSchema#integer> . '
            "?r a rdkg:Report") in text
    assert "FILTER(?jurisdiction = \"\" || EXISTS" in text  # the filter stays
    assert scope(q.bound_text({}), q.bind({})) == q.bound_text({})
    q = get("plan_vs_delivery")
    assert 'GRAPH ?r1 { ?r1 rdkg:jurisdiction "重庆市" . ?r1 a rdkg:Report' in scope(
        q.bound_text({"jurisdiction": "重庆市"}), q.bind({"jurisdiction": "重庆市"}))
