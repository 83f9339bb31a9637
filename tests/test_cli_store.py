"""The store commands of the kg CLI, in-process: load, stats, query, sparql, export, remove, validate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

from .conftest import DATA, SAMPLE

runner = CliRunner()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "store"
    res = runner.invoke(app, ["load", str(SAMPLE), str(DATA / "hebei-2026-government.txt"), "--store", str(path)])
    assert res.exit_code == 0, res.output
    assert res.stdout.count("loaded") == 2
    return path


def test_load_again_replaces(store):
    res = runner.invoke(app, ["load", str(SAMPLE), "--store", str(store)])
    assert res.exit_code == 0 and "replaced" in res.stdout, res.output


def test_load_refuses_a_bad_file_and_keeps_the_rest(store, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"%PDF-1.4")
    res = runner.invoke(app, ["load", str(bad), "--store", str(store)])
    assert res.exit_code == 1 and "PDF" in res.stderr
    stats = json.loads(runner.invoke(app, ["stats", "--store", str(store), "--format", "json"]).stdout)
    assert stats["reports"] == 2


def test_query_with_a_parameter(store):
    res = runner.invoke(
        app, ["query", "laws_serving_strategies", "--param", "strategy=西部金融中心", "--store", str(store), "-f", "json"]
    )
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert any(r["law"] == "重庆市地方金融条例" and "西部金融中心" in r["evidence"] for r in rows)


def test_query_csv_and_table(store):
    res = runner.invoke(app, ["query", "planned_laws", "--store", str(store), "-f", "csv"])
    assert res.exit_code == 0 and res.stdout.startswith("law,law_iri,act,yr")
    res = runner.invoke(app, ["query", "reports", "--store", str(store)])
    assert res.exit_code == 0 and "河北省" in res.stdout


def test_a_table_names_entities_csv_and_json_also_give_their_iris(store):
    """An answer names each entity by its name (X) and its IRI (X_iri): the terminal's table shows the
    names, readable; CSV and JSON, for other programs, both."""
    args = ["query", "laws_serving_strategies", "-p", "strategy=西部金融中心", "--store", str(store)]
    rows = json.loads(runner.invoke(app, [*args, "-f", "json"]).stdout)
    assert rows and {"law", "law_iri", "initiative", "initiative_iri", "report", "report_iri"} <= set(rows[0])
    assert any(r["law"] == "重庆市地方金融条例" and r["law_iri"] == "https://w3id.org/rdkg/law/重庆市地方金融条例"
               for r in rows)
    table = runner.invoke(app, args)
    assert table.exit_code == 0 and "重庆市地方金融条例" in table.stdout
    assert "_iri" not in table.stdout and "https://" not in table.stdout, table.stdout


def test_query_errors_are_one_line(store):
    res = runner.invoke(app, ["query", "law_serves", "--store", str(store)])
    assert res.exit_code == 1 and "required" in res.stderr and "Traceback" not in res.output
    res = runner.invoke(app, ["query", "nope", "--store", str(store)])
    assert res.exit_code == 1 and "no saved query" in res.stderr


def test_queries_lists_questions():
    res = runner.invoke(app, ["queries"])
    assert res.exit_code == 0
    assert "laws_serving_strategies" in res.stdout and "哪些法规" in res.stdout and "--param strategy" in res.stdout


def test_sparql_select_ask_and_syntax_error(store):
    res = runner.invoke(app, ["sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?l a rdkg:Law }", "--store", str(store), "-f", "json"])
    assert res.exit_code == 0 and json.loads(res.stdout)[0]["n"] > 50
    res = runner.invoke(app, ["sparql", "ASK { ?l eli:title '重庆市地方金融条例' }", "--store", str(store)])
    assert res.stdout.strip() == "true"
    res = runner.invoke(app, ["sparql", "SELECT WHERE {", "--store", str(store)])
    assert res.exit_code == 1 and "syntax error" in res.stderr


def test_sparql_rows_are_plain_values(store):
    """kg sparql gives what a saved query's rows give (QueryResult.from_solutions): numbers as numbers, an IRI
    as its string, an unbound variable as null."""
    q = "SELECT ?x ?n ?d ?u WHERE { VALUES (?x ?n ?d) { (<https://e.org/x> 3 2.0) } OPTIONAL { ?x ?p ?u } }"
    res = runner.invoke(app, ["sparql", q, "--store", str(store), "-f", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout) == [{"x": "https://e.org/x", "n": 3, "d": 2, "u": None}]


def test_the_cli_imports_no_private_name():
    """The CLI is a thin layer over the library's public names (the stores' contract among them)."""
    import ast

    import kg.cli

    tree = ast.parse(Path(kg.cli.__file__).read_text(encoding="utf-8"))
    ours = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and (n.level or (n.module or "").startswith("kg"))]
    private = [f"{n.module}.{a.name}" for n in ours for a in n.names
               if any(p.startswith("_") and not p.endswith("__") for p in [*(n.module or "").split("."), a.name])]
    assert private == []


def test_export_to_a_file(store, tmp_path):
    out = tmp_path / "g.ttl"
    res = runner.invoke(app, ["export", "--format", "ttl", "-o", str(out), "--store", str(store)])
    assert res.exit_code == 0 and out.stat().st_size > 10000
    res = runner.invoke(app, ["export", "--format", "xml", "--store", str(store)])
    assert res.exit_code == 2 and "'xml' is not one of" in res.stderr and len(res.stderr.splitlines()) == 1
    res = runner.invoke(app, ["export", "-o", str(tmp_path / "no" / "such" / "x.ttl"), "--store", str(store)])
    assert res.exit_code == 1 and "no such folder" in res.stderr and not (tmp_path / "no").exists()


def test_validate_conforms(store):
    res = runner.invoke(app, ["validate", "--store", str(store)])
    assert res.exit_code == 0, res.output
    assert "conforms" in res.stdout
    # progress on stderr (not a terminal here: a line per tenth of the graphs), ending with the entities
    lines = res.stderr.splitlines()
    assert lines and all(line.startswith("checked ") for line in lines), res.stderr
    total = lines[-1].split()[1].split("/")[1]
    assert lines[-1].startswith(f"checked {total}/{total} graphs, 0 violations"), res.stderr


def test_remove(tmp_path):
    path = tmp_path / "s"
    runner.invoke(app, ["load", str(DATA / "hebei-2026-government.txt"), "--store", str(path)])
    res = runner.invoke(app, ["remove", "河北省", "--store", str(path)])
    assert res.exit_code == 0 and "removed" in res.stdout
    res = runner.invoke(app, ["remove", "河北省", "--store", str(path)])
    assert res.exit_code == 1 and "no such report" in res.stderr


def test_missing_store_says_what_to_do(tmp_path):
    res = runner.invoke(app, ["query", "reports", "--store", str(tmp_path / "none")])
    assert res.exit_code == 1 and "kg load" in res.stderr


def test_every_command_has_help_with_an_example():
    for cmd in ("load", "remove", "stats", "export", "validate", "sparql", "queries", "query"):
        res = runner.invoke(app, [cmd, "--help"])
        assert res.exit_code == 0, cmd
        assert "Example:" in res.stdout, cmd


def test_stats_csv_is_only_csv(store):
    res = runner.invoke(app, ["stats", "--store", str(store), "-f", "csv"])
    assert res.exit_code == 0, res.output
    lines = res.stdout.strip().splitlines()
    assert lines[0] == "report,jurisdiction,date,size,id" and len(lines) == 3  # no tables before it
    assert all(line.count(",") >= 4 for line in lines)
