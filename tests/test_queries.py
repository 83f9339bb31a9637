"""Saved queries: headers, bound parameters, and golden answers on two real reports."""

from __future__ import annotations

import json

import pytest

from kg.errors import KGError
from kg.saved import catalogue, run

from .golden.cases import CASES, answers, load_store, path_of


@pytest.fixture(scope="module")
def store():
    return load_store()


def test_at_least_twelve_saved_questions_with_headers():
    cat = catalogue()
    assert len(cat) >= 12
    for q in cat.values():
        assert q.zh and q.en and q.name == q.path.stem
        assert any("\u4e00" <= c <= "\u9fff" for c in q.zh)
        for p in q.params:
            assert p.help, f"{q.name}: parameter {p.name} needs help text"


def test_every_saved_query_has_a_golden_case():
    covered = {name for _case, name, _params in CASES}
    assert covered == set(catalogue())


@pytest.mark.parametrize(("case", "name", "params"), CASES, ids=[c[0] for c in CASES])
def test_golden_answers(store, case, name, params):
    expected = json.loads(path_of(case).read_text(encoding="utf-8"))
    _cols, rows = run(store, name, params)
    assert rows == expected, f"{case}: answers changed; run `python -m tests.golden.cases --write` and review the diff"


def test_which_laws_serve_the_western_financial_centre(store):
    _cols, rows = run(store, "laws_serving_strategies", {"strategy": "西部金融中心"})
    laws = {r["law"] for r in rows}
    assert "重庆市地方金融条例" in laws
    row = next(r for r in rows if r["law"] == "重庆市地方金融条例")
    assert "更好服务西部金融中心建设" in row["evidence"]


def test_evidence_offsets_match_the_sample(store):
    from tests.conftest import SAMPLE

    text = SAMPLE.read_text(encoding="utf-8")
    _cols, rows = run(store, "evidence", {"about": "长江保护法"})
    assert rows
    for r in rows:
        assert text[r["start"] : r["end"]] == r["sentence"]


@pytest.mark.parametrize(
    "hostile",
    ['“33618”现代制造业', '《地方金融条例》', '") } ; DROP ALL ; SELECT * WHERE { ("', "\\\"'\n<>{}"],
)
def test_parameters_are_bound_not_pasted(store, hostile):
    before = len(list(store))
    _cols, rows = run(store, "laws_serving_strategies", {"strategy": hostile})
    assert isinstance(rows, list)
    assert len(list(store)) == before


def test_parameter_errors_are_clear(store):
    with pytest.raises(KGError, match="required"):
        run(store, "law_serves", {})
    with pytest.raises(KGError, match="unknown parameter"):
        run(store, "law_serves", {"law": "x", "colour": "red"})
    with pytest.raises(KGError, match="whole number"):
        run(store, "laws_by_action", {"year": "last year"})
    with pytest.raises(KGError, match="no saved query"):
        run(store, "nope", {})


def test_golden_cases_are_current(store):
    # the same answers computed twice agree (no randomness in ids, order or values)
    assert answers(store) == answers(store)


def test_the_readme_lists_every_saved_query():
    from pathlib import Path

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for name in catalogue():
        assert f"| `{name}` |" in readme, f"README's catalogue lacks {name}"
