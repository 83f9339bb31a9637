"""A report saved as a web page (.html, or a page's source pasted) reads as its text does.

The pages here are written from real reports the way a publishing system writes them: the report's
paragraphs as ``<p>`` elements with ``&nbsp;`` indents and ``&ldquo;…&rdquo;`` quotes, line breaks of
the source inside paragraphs, inline elements inside sentences, and a ``<head>``, a script, a
breadcrumb trail and a footer around it.
"""

from __future__ import annotations

import html
import json
import random

import pytest
from kg.loaders.extract import extract
from kg.loaders.read import read_file, read_text
from kg.loaders.read.html import html_text, looks_like_html
from kg.loaders.read.normalize import to_simplified
from kg.loaders.read.split import read_reports
from typer.testing import CliRunner

from kg.cli import app

from .conftest import DATA, report_path


def as_page(text: str, seed: int = 0) -> str:
    rnd = random.Random(seed)
    paragraphs = []
    for line in text.splitlines():
        if not line.strip():
            continue
        x = html.escape(line, quote=False).replace("“", "&ldquo;").replace("”", "&rdquo;")
        if len(x) > 80:  # a line break of the source between two Han characters inside the paragraph
            k = next((k for k in range(60, len(x) - 1) if "\u4e00" <= x[k - 1] <= "\u9fff" and "\u4e00" <= x[k] <= "\u9fff"), None)
            if k is not None:
                x = x[:k] + "\n      " + x[k:]
        if "，" in x and rnd.random() < 0.5:
            x = x.replace("，", '<span class="p">，</span>', 1)
        paragraphs.append(f'  <p style="text-indent:2em">&nbsp;&nbsp;{x}</p>')
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>工作报告_要闻</title>'
        '<script>var s="制定测试条例，修改测试法";</script><style>p{margin:0}</style></head>\n'
        '<body><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news">要闻</a></div>\n'
        '<div class="TRS_Editor">\n' + "\n".join(paragraphs) + "\n</div>\n"
        '<div class="foot">版权所有&copy;2026 <br/>ICP备12345号</div></body></html>\n'
    )


def _facts(x) -> set:
    out = {("report", x.report.title, x.report.jurisdiction, x.report.date, x.report.session, x.report.speaker, x.report.year)}
    out |= {("law", law.title, law.name, law.level) for law in x.laws}
    out |= {("decision", d.name) for d in x.decisions}
    out |= {("body", b.canonical, b.name, b.kind) for b in x.bodies}
    out |= {("initiative", i.canonical, i.name) for i in x.initiatives}
    out |= {("action", a.type, a.law, a.period, a.year, a.actor) for a in x.actions}
    out |= {("metric", m.text, m.value, m.unit, m.subject, m.kind, m.period) for m in x.metrics}
    out |= {("relation", r.type, r.source, r.target) for r in x.relations}
    return out


PAGES = [
    report_path("chongqing-2026-rd-standing-committee"),
    report_path("gansu-2026-government"),
    report_path("national-2019-government"),
    DATA / "excerpts" / "01_national_2016_rd.txt",  # traditional characters with pinyin glosses (a big5 repost)
    DATA / "excerpts" / "25_liaoning_2022_rd.txt",  # a PDF's hard line breaks, spaced digits
    DATA / "excerpts" / "44_guangdong_2023_rd.txt",  # a page header line before the text
]


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_a_page_gives_the_facts_of_its_text(path, tmp_path):
    text = path.read_text(encoding="utf-8")
    page = tmp_path / f"{path.stem}.html"
    page.write_text(as_page(text), encoding="utf-8")
    x = extract(read_file(path, force=True))
    y = extract(read_file(page, force=True))
    assert _facts(y) == _facts(x)
    assert y.report.title == x.report.title and y.report.year == x.report.year
    # evidence offsets point into the page as saved: the page's characters there read as the sentence
    source = page.read_text(encoding="utf-8")
    for e in y.evidence:
        assert e.text == source[e.start : e.end]
        assert " ".join(html_text(e.text)[0].split()) == " ".join(html_text(source[e.start : e.end])[0].split())
        assert html_text(e.text)[0].strip()
    # names as the page writes them: its quotes, not the references that stand for them
    names = [i.name for i in y.initiatives] + [law.name for law in y.laws] + [b.name for b in y.bodies] + [m.text for m in y.metrics]
    assert not [n for n in names if "&" in n or "<" in n or ">" in n]


def test_the_text_of_a_page_maps_back_to_it():
    page = ('<html><head><title>标题</title><style>.a{}</style></head><body>\n<div>首页</div>\n'
            '<p>制定&ldquo;数字人大&rdquo;建设<b>方案</b>，\n   修改物业管理条例。</p><p>第二段&#36825;&#x4e2a;。<br>'
            '第三行&nbsp;&amp;&unknown;</p><script>var x = "<p>制定测试条例</p>";</script></body></html>')
    text, origin, decoded = html_text(page)
    assert text == "首页\n制定“数字人大”建设方案， 修改物业管理条例。\n第二段这个。\n第三行 &&unknown;"
    assert len(origin) == len(text)
    for i, char in enumerate(text):
        assert decoded.get(origin[i], page[origin[i]]) == char or (char == " " and page[origin[i]].isspace())
    assert "测试" not in text and "标题" not in text and ".a{}" not in text


def test_what_is_a_page():
    assert looks_like_html("<!DOCTYPE html><html><body><p>各位代表：</p></body></html>")
    assert looks_like_html("\ufeff<html lang='zh'>")
    assert looks_like_html("各位代表：<br>现在，我代表省人民政府，向大会报告工作。<br>一、过去一年的工作<br>")
    # a text with angle brackets of its own is no page
    assert not looks_like_html("各位代表：\n增速<5%的县区有3个，<p>只出现一次。\n")
    assert not looks_like_html("《中华人民共和国民法典》<br>")


def test_a_traditional_page_keeps_its_script_in_names(tmp_path):
    path = DATA / "excerpts" / "01_national_2016_rd.txt"
    page = tmp_path / "repost.html"
    page.write_text(as_page(path.read_text(encoding="utf-8")), encoding="utf-8")
    y = extract(read_file(page))
    assert y.report.script == "traditional"
    assert y.laws and all(to_simplified(law.title) == law.title for law in y.laws)  # canonical titles simplified
    assert any(to_simplified(law.name) != law.name for law in y.laws)  # names as the page writes them (選舉法)


def test_a_page_is_one_report_and_its_size_is_its_texts(tmp_path):
    text = report_path("gansu-2026-government").read_text(encoding="utf-8")
    bulky = as_page(text).replace("<body>", "<body>" + "<div class='ad'></div>\n" * 8000)
    page = tmp_path / "bulky.html"
    page.write_text(bulky, encoding="utf-8")
    assert len(bulky) > 200_000  # more than any report's text, though its text is one report's
    docs = read_reports(page)
    assert len(docs) == 1 and docs[0].title == "2026年甘肃省政府工作报告"


def test_a_breadcrumb_is_no_title():
    doc = read_text("首页 > 要闻 > 正文\n2026年甘肃省政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n", force=True)
    assert doc.title == "2026年甘肃省政府工作报告"


def test_kg_extract_reads_a_page(tmp_path):
    page = tmp_path / "report.html"
    page.write_text(as_page(report_path("gansu-2026-government").read_text(encoding="utf-8")), encoding="utf-8")
    res = CliRunner().invoke(app, ["extract", str(page)])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["report"]["jurisdiction"] == "甘肃省"
    assert data["report"]["title"] == "2026年甘肃省政府工作报告"
    assert {law["title"] for law in data["laws"]} >= {"甘肃省高标准农田建设管理条例", "中华人民共和国民营经济促进法"}
