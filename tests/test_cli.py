"""The kg command, in-process through typer's CliRunner."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from kg.cli import app

from .conftest import DATA, GOLD, SAMPLE

runner = CliRunner()


def test_extract_json_follows_the_contract():
    res = runner.invoke(app, ["extract", str(SAMPLE)])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert set(data) >= {"report", "bodies", "laws", "decisions", "initiatives", "metrics", "actions", "relations", "evidence"}
    assert set(data["report"]) >= {"id", "title", "jurisdiction", "date"}
    assert data["report"]["jurisdiction"] == "重庆市"
    law = next(x for x in data["laws"] if x["name"] == "地方金融条例")
    assert law["title"] == "重庆市地方金融条例"
    assert set(law) >= {"id", "name", "title", "level"}
    assert set(data["bodies"][0]) >= {"id", "name", "canonical", "kind"}
    assert set(data["metrics"][0]) >= {"id", "text", "value", "unit", "subject", "qualifier", "kind", "period"}
    assert set(data["actions"][0]) >= {"id", "type", "law", "actor", "period", "year", "evidence"}
    assert set(data["relations"][0]) >= {"type", "source", "target", "evidence"}
    assert set(data["evidence"][0]) >= {"id", "text", "start", "end"}
    ids = {x["id"] for k in ("laws", "decisions") for x in data[k]}
    assert all(a["law"] in ids for a in data["actions"])
    serves = [r for r in data["relations"] if r["type"] == "serves"]
    finance = next(i["id"] for i in data["initiatives"] if i["name"] == "西部金融中心")
    assert {"source": law["id"], "target": finance} in [{"source": r["source"], "target": r["target"]} for r in serves]


def test_extract_several_files_gives_a_list():
    res = runner.invoke(app, ["extract", str(SAMPLE), str(DATA / "hebei-2026-government.txt")])
    assert res.exit_code == 0
    data = json.loads(res.stdout)
    assert [d["report"]["jurisdiction"] for d in data] == ["重庆市", "河北省"]


def test_extract_table_is_readable():
    res = runner.invoke(app, ["extract", str(SAMPLE), "--format", "table"])
    assert res.exit_code == 0
    assert "重庆市地方金融条例" in res.stdout
    assert "西部金融中心" in res.stdout


def test_extract_reads_stdin():
    res = runner.invoke(app, ["extract", "-"], input=SAMPLE.read_bytes())
    assert res.exit_code == 0
    assert json.loads(res.stdout)["report"]["jurisdiction"] == "重庆市"


def test_bad_file_is_one_line_and_non_zero(tmp_path):
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50)
    res = runner.invoke(app, ["extract", str(bad)])
    assert res.exit_code == 1
    assert res.stderr.strip().count("\n") == 0
    assert str(bad) in res.stderr and "PNG" in res.stderr
    assert "Traceback" not in res.output


def test_not_a_report_needs_force(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("会议通知：请各单位于明天上午九点参加会议，会上将讨论制定数据条例的安排。" * 3, encoding="utf-8")
    res = runner.invoke(app, ["extract", str(note)])
    assert res.exit_code == 1 and "does not look like a work report" in res.stderr
    res = runner.invoke(app, ["extract", str(note), "--force"])
    assert res.exit_code == 0
    assert json.loads(res.stdout)["laws"]


def test_good_and_bad_files_together(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    res = runner.invoke(app, ["extract", str(SAMPLE), str(bad)])
    assert res.exit_code == 1
    assert len(json.loads(res.stdout)) == 1
    assert "empty" in res.stderr


def test_evaluate_prints_scores():
    res = runner.invoke(
        app, ["evaluate", str(DATA / "hebei-2026-government.txt"), str(GOLD / "hebei-2026-government.json")]
    )
    assert res.exit_code == 0
    assert "metrics" in res.stdout and "laws" in res.stdout


def test_every_command_has_help_with_an_example():
    for cmd in ("extract", "evaluate"):
        res = runner.invoke(app, [cmd, "--help"])
        assert res.exit_code == 0
        assert "Example:" in res.stdout


def _one_line_error(res, code: int = 1) -> str:
    assert res.exit_code == code, res.output
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: ") and "Traceback" not in res.output, res.stderr
    return lines[0]


def test_evaluate_refuses_bad_gold_files_in_one_line(tmp_path):
    report = str(DATA / "hebei-2026-government.txt")
    assert "no such gold file" in _one_line_error(runner.invoke(app, ["evaluate", report, str(tmp_path / "no.json")]))
    png = tmp_path / "gold.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    assert "not a JSON gold file" in _one_line_error(runner.invoke(app, ["evaluate", report, str(png)]))
    text = tmp_path / "gold.json"
    text.write_text("laws: 1", encoding="utf-8")
    assert "not JSON" in _one_line_error(runner.invoke(app, ["evaluate", report, str(text)]))
    text.write_text('{"laws": [], "bodies": []}', encoding="utf-8")
    assert "annotates nothing" in _one_line_error(runner.invoke(app, ["evaluate", report, str(text)]))


def test_usage_errors_are_one_line_too():
    assert "'xml' is not one of" in _one_line_error(runner.invoke(app, ["stats", "-f", "xml"]), 2)
    assert "'yaml' is not one of" in _one_line_error(runner.invoke(app, ["extract", "-f", "yaml", "x.txt"]), 2)
    assert "No such option" in _one_line_error(runner.invoke(app, ["query", "reports", "--nope"]), 2)


def test_store_specs_and_uris_are_checked_in_one_line(tmp_path):
    line = _one_line_error(runner.invoke(app, ["stats", "--backend", "neo4j", "--uri", "bolt://host:notaport",
                                               "--password", "x"]))
    assert "bad Neo4j URI" in line and "bolt://HOST:PORT" in line
    line = _one_line_error(runner.invoke(app, ["stats", "--backend", "neo4j", "--uri", "http://127.0.0.1:7474",
                                               "--password", "x"]))
    assert "unknown kind of store 'http'" in line
    assert "no store here" in _one_line_error(runner.invoke(app, ["remove", "x", "--store", str(tmp_path / "none")]))
    assert not (tmp_path / "none").exists()


def test_a_missing_package_is_named_with_the_fix(tmp_path):
    """The neo4j driver hidden from a real `kg` process: one line naming it and how to install it."""
    import subprocess
    import sys

    code = "import sys; sys.modules['neo4j'] = None; from kg.cli import app; sys.argv = ['kg', *sys.argv[1:]]; app()"
    res = subprocess.run([sys.executable, "-c", code, "stats", "--store", "bolt://127.0.0.1:7687", "--password", "x"],
                         capture_output=True, text=True, cwd=tmp_path, check=False)
    assert res.returncode == 1 and res.stderr.count("\n") == 1, res.stderr
    assert "'neo4j'" in res.stderr and "pip install neo4j" in res.stderr


def test_debug_shows_the_traceback(tmp_path):
    res = runner.invoke(app, ["--debug", "evaluate", str(DATA / "hebei-2026-government.txt"), str(tmp_path / "no.json")])
    assert res.exit_code == 1 and isinstance(res.exception, Exception) and "no such gold file" in str(res.exception)


def test_version():
    from kg import __version__

    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0 and res.stdout.strip() == f"kg (rdkg) {__version__}"


def test_a_refused_text_is_one_line_from_the_real_command(tmp_path):
    """The installed command in a fresh process, where jieba loads its dictionary on first use (its
    "Building prefix dict …" lines went to stderr before the error)."""
    import subprocess
    import sys

    note = tmp_path / "note.txt"
    note.write_text("会议通知：请各单位于明天上午九点参加会议。", encoding="utf-8")
    for cmd in (["extract", str(note)], ["load", str(note), "--store", str(tmp_path / "s")]):
        res = subprocess.run([sys.executable, "-m", "kg.cli", *cmd], capture_output=True, text=True, timeout=300)
        assert res.returncode == 1, res.stderr
        assert len(res.stderr.splitlines()) == 1, res.stderr
        assert "does not look like a work report" in res.stderr and "--force" in res.stderr


def test_a_file_given_as_a_store_names_the_fix(tmp_path):
    afile = tmp_path / "passwd"
    afile.write_text("root:x:0:0\n", encoding="utf-8")
    for spec in (str(afile), f"rdf:{afile}"):
        res = runner.invoke(app, ["stats", "--store", spec])
        assert res.exit_code == 1 and len(res.stderr.splitlines()) == 1, res.output
        assert "not a folder; a store is a folder" in res.stderr and "rdf:PATH" in res.stderr


def test_sparql_update_is_refused_with_the_way_to_update(tmp_path):
    for update in ("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
                   "PREFIX x: <http://x/>\n# a comment\nDELETE WHERE { x:a ?p ?o }"):
        res = runner.invoke(app, ["sparql", "--store", str(tmp_path / "s"), update])
        assert res.exit_code == 1 and len(res.stderr.splitlines()) == 1, res.output
        assert "runs queries only" in res.stderr and "kg load" in res.stderr and "--allow-update" in res.stderr
    assert not (tmp_path / "s").exists()  # refused before any store is opened


def test_export_of_a_sparql_store_names_the_alternative():
    # a SPARQL store is not contacted to be refused: nothing needs to listen on port 9
    res = runner.invoke(app, ["export", "--store", "sparql+http://127.0.0.1:9/ds"])
    assert res.exit_code == 1 and len(res.stderr.splitlines()) == 1, res.output
    assert "kg sparql --store sparql+http://127.0.0.1:9/ds 'CONSTRUCT" in res.stderr and "Graph Store" in res.stderr


def test_output_to_a_closed_pipe_is_no_error(tmp_path):
    """`kg queries | head -1`: the reader closes the pipe early; kg stops quietly as other commands do
    (status 141, as for SIGPIPE), with no "kg: Broken pipe" line, which names no fix because nothing
    went wrong."""
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "queries"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    proc.stdout.close()  # before the interpreter has started: every write of kg finds the pipe closed
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 141, err
    assert err == ""
