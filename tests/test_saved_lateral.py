"""The embedded store's LATERAL rewrite of saved queries (kg.saved.lateral): where it wraps, and that it
changes no answer (every golden case run with and without it on the same store)."""

from __future__ import annotations

import pytest

from kg.saved import get, lateral

from .golden.cases import CASES, load_store


@pytest.fixture(scope="module")
def store():
    return load_store()


def test_wraps_graph_and_optional_after_a_subquery_in_any_group():
    text = """SELECT * WHERE {
  GRAPH ?g { ?a ?b ?c }
  { SELECT ?x WHERE {
      VALUES ?q { "" }
      { SELECT DISTINCT ?x WHERE { ?x ?p ?q } }
      GRAPH ?r { ?r ?m ?x }
      OPTIONAL { ?x ?l ?y }
  } }
  OPTIONAL { GRAPH ?r { ?r ?t ?x } }
}"""
    out = lateral(text)
    assert "  GRAPH ?g { ?a ?b ?c }" in out  # before any subquery: left alone
    assert "LATERAL { GRAPH ?r { ?r ?m ?x } }" in out  # after the inner subquery, in the nested group
    assert "LATERAL { OPTIONAL { ?x ?l ?y } }" in out
    assert "LATERAL { OPTIONAL { GRAPH ?r { ?r ?t ?x } } }" in out  # top group, after its subquery
    assert out.count("LATERAL") == 3  # nothing wrapped twice, no VALUES block taken for a group


def test_a_group_without_subquery_is_not_rewritten():
    text = 'SELECT * WHERE { VALUES ?q { "" } GRAPH ?r { ?r ?p ?q } OPTIONAL { ?r ?x ?y } }'
    assert lateral(text) == text


@pytest.mark.parametrize(("case", "name", "params"), CASES, ids=[c[0] for c in CASES])
def test_same_rows_with_and_without_lateral(store, case, name, params):
    text = get(name).bound_text(params)

    def rows(q: str) -> list[tuple]:
        res = store.sparql(q, None, union=False)
        cols = [v.value for v in res.variables]
        return [tuple(str(s[c]) if s[c] is not None else None for c in cols) for s in res]
    assert rows(lateral(text)) == rows(text), f"{case}: LATERAL changed the answer"
