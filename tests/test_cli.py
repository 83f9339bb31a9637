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
