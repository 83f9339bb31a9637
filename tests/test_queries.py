"""Saved queries: headers, bound parameters, and golden answers on two real reports."""

from __future__ import annotations

import json

import pytest

from kg.errors import KGError
from kg.saved import catalogue, run

from .golden.cases import CASES, REPORTS, answers, load_store, path_of


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
    [
        '" "',  # pasted into VALUES ?strategy { "" } it would make two empty rows: every strategy
        '") } ; DROP ALL ; SELECT * WHERE { ("',  # pasted, a syntax error
        "\\\"'\n<>{}",
    ],
)
def test_parameters_are_bound_not_pasted(store, hostile):
    """A bound value is one literal compared as a whole: no strategy's name holds these, so no rows."""
    _cols, rows = run(store, "laws_serving_strategies", {"strategy": hostile})
    assert rows == []


def test_a_value_with_quotes_and_brackets_finds_its_rows(store):
    """A real strategy name with quotes (“33618”) gives exactly the rows of that strategy."""
    _cols, every = run(store, "laws_serving_strategies", {})
    name = next(r["initiative"] for r in every if "“" in r["initiative"])
    _cols, rows = run(store, "laws_serving_strategies", {"strategy": name})
    assert rows and rows == [r for r in every if name in r["initiative"]]


def test_parameter_errors_are_clear(store):
    with pytest.raises(KGError, match="required"):
        run(store, "law_serves", {})
    with pytest.raises(KGError, match="unknown parameter"):
        run(store, "law_serves", {"law": "x", "colour": "red"})
    with pytest.raises(KGError, match="whole number"):
        run(store, "laws_by_action", {"year": "last year"})
    with pytest.raises(KGError, match="no saved query"):
        run(store, "nope", {})


def test_answers_do_not_depend_on_load_order():
    """The two reports loaded the other way round give every golden answer (ids, names, order)."""
    other = load_store(reversed(REPORTS))
    for case, rows in answers(other).items():
        assert rows == json.loads(path_of(case).read_text(encoding="utf-8")), f"{case}: differs when Hebei is loaded first"


def test_the_readme_lists_every_saved_query():
    from pathlib import Path

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for name in catalogue():
        assert f"| `{name}` |" in readme, f"README's catalogue lacks {name}"


def test_saved_queries_are_standard_sparql_11():
    """Each file parses with rdflib's SPARQL 1.1 parser (not Oxigraph's) as it is and once bound, with
    its own PREFIX lines; the parser is strict: the SEP-0006 LATERAL the runner adds does not parse."""
    from rdflib.plugins.sparql import prepareQuery

    from kg.saved import lateral

    for q in catalogue().values():
        prepareQuery(q.sparql)
        values = {p.name: "1" if p.type == "integer" else "x" for p in q.params}
        prepareQuery(q.bound_text(values))
        body = "\n".join(line for line in q.sparql.splitlines() if not line.startswith("PREFIX"))
        with pytest.raises(Exception):  # noqa: B017 - rdflib raises pyparsing's or its own errors
            prepareQuery(body)  # the prefixes it uses are declared in the file, not by the runner
        if "LATERAL" in lateral(q.sparql):
            with pytest.raises(Exception):  # noqa: B017
                prepareQuery(lateral(q.sparql))


def test_parameters_are_not_echoed_as_columns(store):
    for q in catalogue().values():
        values = {p.name: "2026" if p.type == "integer" else "法" for p in q.params}
        cols, _rows = run(store, q.name, values)
        assert not {p.name for p in q.params} & set(cols), q.name


@pytest.mark.parametrize("hostile", ['") } ; DROP ALL ; SELECT * WHERE { ("', '\\" } VALUES ?x { 1', "x'''\"\"\"#"])
def test_a_bound_value_is_one_term(hostile):
    from kg.saved import get, tokens

    q = get("laws_serving_strategies")
    assert len(tokens(q.bound_text({"strategy": hostile}))) == len(tokens(q.sparql))


def test_a_parameter_without_a_default_is_refused(tmp_path):
    from kg.saved import parse

    path = tmp_path / "broken.rq"
    path.write_text("# name: broken\n# zh: 坏\n# en: broken\n# param: q text -- a word\nSELECT * WHERE { ?s ?p ?q }\n")
    q = parse(path)  # the header is fine; the query cannot be bound
    with pytest.raises(KGError, match="parameter q has no default"):
        q.bound_text({"q": "x"})


def test_every_saved_parameter_has_its_default():
    for q in catalogue().values():
        q.check_defaults()


def test_each_cypher_twin_reads_exactly_its_declared_parameters():
    """A twin's ``$name``s are the header's parameters, nothing more (the runner passes only those: no
    ``$base``, since a twin returns an entity's node and the runner makes its IRI) and nothing less."""
    import re

    for q in catalogue().values():
        if q.cypher_path is None or not q.cypher_path.exists():
            continue
        body = "\n".join(line for line in q.cypher.splitlines() if not line.startswith("//"))
        read = set(re.findall(r"\$(\w+)", body))
        assert read == {p.name for p in q.params}, (q.name, read)
