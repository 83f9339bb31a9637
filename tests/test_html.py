"""A report saved as a web page (.html, or a page's source pasted) reads as its text does.

The pages here are written from real reports the way a publishing system writes them: the report's
paragraphs as ``<p>`` elements with ``&nbsp;`` indents and ``&ldquo;…&rdquo;`` quotes, line breaks of
the source inside paragraphs, inline elements inside sentences, and a ``<head>``, a script, a
breadcrumb trail and a footer around it; and once more inside a site's chrome: a menu, a sidebar of
related headlines before the article (laws and another report among them), links to the articles
before and after it, and a footer naming the site's sponsor and its registrations.
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

# a site's chrome around the article: a menu, a sidebar of headlines (links, each with its date), the
# articles before and after, and a footer whose lines name the site's sponsor and registrations
MENU = ('<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>'
        '<li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/fgk/">法规库</a></li></ul></div>\n')
SIDEBAR = ('<div class="side"><h3>相关阅读</h3><ul>\n'
           '<li><a href="/a/1.html">省人大常委会第十五次会议审议通过甘肃省食品安全条例</a> <span>2026-01-20</span></li>\n'
           '<li><a href="/a/2.html">《中华人民共和国民营经济促进法》全文</a> <span>2025-05-01</span></li>\n'
           '<li><a href="/a/3.html">2025年甘肃省政府工作报告</a> <span>2025-01-22</span></li>\n'
           '<li><a href="/a/4.html">国务院关于加快推进全国统一大市场建设的意见</a></li></ul></div>\n')
AROUND = ('<div class="pages"><p>上一篇：<a href="/a/6.html">甘肃省第十四届人民代表大会第五次会议开幕</a></p>'
          '<p>下一篇：<a href="/a/7.html">关于2025年国民经济和社会发展计划执行情况的报告</a></p></div>\n')
FOOTER = ('<div class="footer"><p><a href="/map/">网站地图</a> | <a href="/lx/">联系我们</a></p>'
          '<p>主办：甘肃省人民政府办公厅 承办：甘肃省政务服务中心</p><p>网站标识码：6200000001</p>'
          '<p>甘公网安备 62010202000112号</p></div>\n')


def as_page(text: str, seed: int = 0, chrome: bool = False) -> str:
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
        + ('<body>' + MENU if chrome else '<body>')
        + '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news">要闻</a></div>\n'
        + (SIDEBAR if chrome else '')
        + '<div class="TRS_Editor">\n' + "\n".join(paragraphs) + "\n</div>\n"
        + (AROUND + FOOTER if chrome else '')
        + '<div class="foot">版权所有&copy;2026 <br/>ICP备12345号</div></body></html>\n'
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


@pytest.mark.parametrize("chrome", [False, True], ids=["plain", "chrome"])
@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_a_page_gives_the_facts_of_its_text(path, chrome, tmp_path):
    text = path.read_text(encoding="utf-8")
    page = tmp_path / f"{path.stem}.html"
    page.write_text(as_page(text, chrome=chrome), encoding="utf-8")
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


def test_a_line_of_links_is_the_page_s_not_the_report_s():
    page = ('<html><body><ul><li><a href="/a/1.html">省人大常委会审议通过食品安全条例</a> 2026-01-20</li></ul>\n'
            '<p>上一篇：<a href="/a/2.html">甘肃省第十四届人民代表大会第五次会议开幕</a></p>\n'
            '<h1><a href="/a/3.html">2026年政府工作报告</a></h1>\n'
            '<p>一年来，制定<a href="/law/1">《甘肃省食品安全条例》</a>，修改两件法规。</p>\n'
            '<p><a name="p2">二、</a>今年的工作</p>\n'
            '<p><a href="/law/2">《中华人民共和国民营经济促进法》</a>、<a href="/law/3">《公平竞争审查条例》</a>施行一周年。</p>\n'
            '<p>修订<a href="/law/4">《甘肃省水资源条例》</a>。</p>\n'
            '<div><a href="/map/">网站地图</a> | <a href="/lx/">联系我们</a></div>\n'
            '</body></html>')
    lines = html_text(page)[0].splitlines()
    # a headline in a list, the link to the article before, the footer's site links: dropped (a link's
    # text is 4/5 or more of their Han, and a date, a label or a separator all the rest)
    assert not [line for line in lines if "审议通过" in line or "上一篇" in line or "网站地图" in line]
    # a report's title that links to its own page, sentences with linked names (even a sentence that
    # is mostly linked names keeps its marks outside them), an anchor that is no link: kept
    assert lines == ["2026年政府工作报告", "一年来，制定《甘肃省食品安全条例》，修改两件法规。", "二、今年的工作",
                     "《中华人民共和国民营经济促进法》、《公平竞争审查条例》施行一周年。", "修订《甘肃省水资源条例》。"]


def as_copy(text: str, sidebar_first: bool) -> str:
    """The page as a reader copies it from a browser (select all): the chrome's text on lines of its own,
    links and all, around the report's."""
    menu = "首页\n政务公开\n办事服务\n互动交流\n法规库\n当前位置：首页 > 政务公开 > 政府工作报告\n"
    side = ("相关阅读\n省人大常委会第十五次会议审议通过甘肃省食品安全条例 2026-01-20\n《中华人民共和国民营经济促进法》全文 2025-05-01\n"
            "2025年甘肃省政府工作报告 2025-01-22\n国务院关于加快推进全国统一大市场建设的意见\n")
    around = "上一篇：甘肃省第十四届人民代表大会第五次会议开幕\n下一篇：关于2025年国民经济和社会发展计划执行情况的报告\n"
    foot = "网站地图 | 联系我们 | 使用帮助\n主办：甘肃省人民政府办公厅 承办：甘肃省政务服务中心\n网站标识码：6200000001\n甘公网安备 62010202000112号\n"
    text = text.strip("\n") + "\n"
    return menu + side + text + around + foot if sidebar_first else menu + text + around + side + foot


@pytest.mark.parametrize("sidebar_first", [True, False], ids=["sidebar-first", "sidebar-after"])
@pytest.mark.parametrize("path", PAGES + [DATA / "excerpts" / "36_national_2012_court.txt"], ids=lambda p: p.stem)
def test_a_page_copied_as_text_gives_the_facts_of_its_text(path, sidebar_first, tmp_path):
    # (before the list rules, nine of these fourteen copies gave the sidebar's laws, its province, session or
    # year, or took the breadcrumb's 政府工作报告 for the genre)
    text = path.read_text(encoding="utf-8")
    copy = tmp_path / f"{path.stem}.txt"
    copy.write_text(as_copy(text, sidebar_first), encoding="utf-8")
    x = extract(read_file(path, force=True))
    y = extract(read_file(copy, force=True))
    assert _facts(y) == _facts(x)
    assert (y.report.title, y.report.genre) == (x.report.title, x.report.genre)


def test_a_table_row_is_a_line():
    # an info table above the report (索引号, 发布机构 …): each row one line, so a field's label keeps its value
    # and the line is page junk, not a body's name standing alone (国务院办公厅 would make a provincial
    # report national)
    page = ('<html><body><table><tr><td>索引号：</td><td>11440000006939709J/2026-00321</td></tr>\n'
            '<tr><th>发布机构：</th><td>国务院办公厅</td><td>成文日期：</td><td>2026-01-30</td></tr></table>\n'
            '<p>各位代表：</p><p>现在，我代表广东省人民政府，向大会报告政府工作，请予审议。</p></body></html>')
    lines = html_text(page)[0].splitlines()
    assert lines[:2] == ["索引号： 11440000006939709J/2026-00321", "发布机构： 国务院办公厅 成文日期： 2026-01-30"]
    d = read_text(page, "t.html", force=True)
    assert d.jurisdiction == "广东省"
    assert {p.role for p in d.paragraphs if "机构" in p.text or "索引号" in p.text} == {"junk"}


def test_an_unclosed_link_and_a_linked_title():
    # a menu whose first <a> is never closed (a browser closes it at the next <a>), and the report's title
    # as a link in a <div> (kept, as in a heading); the same title in a list of links is the page's
    page = ('<html><body><div class="nav"><a href="/1">新闻中心<a href="/2">政务公开</a></div>\n'
            '<div class="title"><a href="/r.html">2026年甘肃省政府工作报告</a></div>\n'
            '<ul><li><a href="/r25.html">2025年甘肃省政府工作报告</a></li></ul>\n'
            '<p>各位代表：</p><p>现在，我代表省人民政府，向大会报告政府工作，请予审议。</p></body></html>')
    assert html_text(page)[0].splitlines() == ["2026年甘肃省政府工作报告", "各位代表：", "现在，我代表省人民政府，向大会报告政府工作，请予审议。"]
