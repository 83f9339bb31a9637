"""The normalisation layer: each rule on its own cases, the map back to the original, and the
property that a report in traditional characters gives the same facts as the original."""

from __future__ import annotations

import opencc
import pytest
from kg.loaders import extract, read_text
from kg.loaders.read.normalize import normalize_source, to_simplified, traditional_share

from .conftest import SAMPLE, report_path

# rule → (text as found, working text); and texts each rule must leave alone
CASES = [
    ("pinyin_gloss", "全國人大常委會(huì )工作報(bào)告", "全国人大常委会工作报告"),
    ("pinyin_gloss", "現(xiàn)在,我代表", "现在,我代表"),
    ("watermark", "——2019年3月8日在会议上文章源自英文巴士-https://www.example.com/6804.html", "——2019年3月8日在会议上"),
    ("space_in_han", "——2023 年 2 月 9 日在珠海市", "——2023年2月9日在珠海市"),
    ("space_in_han", "制定、修改地方性法规 14 件", "制定、修改地方性法规14件"),
    ("zero_width", "审议\u200b法规", "审议法规"),
    ("title_link_break", "贯彻《\n中华人民共和国传染病防治法\n》，制定《\r\n突发公共卫生事件应急条例 \r\n》。",
     "贯彻《中华人民共和国传染病防治法》，制定《突发公共卫生事件应急条例》。"),
    ("title_link_break", "制定《　\n　突发公共卫生事件应急条例　\n　》。", "制定《突发公共卫生事件应急条例》。"),
    ("title_link_close", "制定《突发公共卫生事件应急条例\n》。", "制定《突发公共卫生事件应急条例》。"),
    ("break_marker", "国内生产总值达到74.4\n\u200b\n万亿元，增长6.7%。", "国内生产总值达到74.4万亿元，增长6.7%。"),
    ("link_line_before", "基础设施支撑能力持续提升。新建\n高速铁路\n投产里程超过1900公里。", "基础设施支撑能力持续提升。新建高速铁路投产里程超过1900公里。"),
    ("link_line_after", "稳健的货币政策灵活适度，广义货币M\n2\n增长11.3%。", "稳健的货币政策灵活适度，广义货币M2增长11.3%。"),
    ("web_spam", "深入贯彻习近平总书记皇冠体育:坚持和完善", "深入贯彻习近平总书记坚持和完善"),
    ("uncensor", "紧跟X中央重大决策部署", "紧跟党中央重大决策部署"),
    ("to_simplified", "制定優化營商環境條例", "制定优化营商环境条例"),
]
UNTOUCHED = [
    "审议《\n\n",  # a title mark that ends the text closes nothing
    "阅读《\n" + "一" * 70 + "》",  # a mark whose title does not close within 60 characters is no link
    "增长5.2% (CPI)",  # brackets of Latin letters without a tone mark are no pinyin
    "二、2026年工作安排",  # a space-free heading
    "Report on the Work of the Government",  # spaces between Latin words stay
    "打击跨境赌博犯罪",  # a report's own words are no spam
    "Xi'an 西安",
    "保持人民币稳定。\n\n各位代表！",  # a sentence's end before a blank line keeps the paragraph break
    "保持人民币汇率基本稳定。\n各位代表\n过去一年，我们",  # a short line after a sentence's end may be a heading
    "来源：湖南日报\n时间：2026-02-24\n毛伟明\n2月3日，湖南省",  # a byline's date and name stay on their lines
    "国务院总理\n李克强\n各位代表：",  # a short line before a short line: no sentence runs across
]


@pytest.mark.parametrize(("rule", "found", "working"), CASES)
def test_each_rule_on_its_case(rule, found, working):
    n = normalize_source(found)
    assert n.text == working
    assert rule in n.applied


@pytest.mark.parametrize("text", UNTOUCHED)
def test_rules_leave_ordinary_text_alone(text):
    assert normalize_source(text).text == text


def test_offsets_map_back_to_the_file():
    found = "各位代表(huì ):\n现在，我代表市人民政府，向大会报告工作文章源自某网-https://x.example/1.html。"
    d = read_text(found, force=True)
    assert d.source_text() == found
    for p in d.paragraphs:
        a, b = d.to_original(p.start, p.end)
        assert d.as_written(p.start, p.end) == p.text
        assert found[a:b].startswith(p.text[:2]) and found[a:b].endswith(p.text[-1])


def test_script_detection():
    assert traditional_share("全國人民代表大會常務委員會工作報告") > 0.2
    assert traditional_share("全国人民代表大会常务委员会工作报告") == 0
    assert to_simplified("乾隆年間") == "乾隆年间"  # phrase tables never change the length


def _facts(e):
    names = {x.id: x for x in [*e.laws, *e.decisions, *e.initiatives, *e.bodies]}

    def name(i):
        x = names[i]
        return to_simplified(getattr(x, "title", None) or getattr(x, "canonical", None) or x.name)

    return {
        "laws": {to_simplified(x.title) for x in e.laws},
        "bodies": {to_simplified(x.canonical) for x in e.bodies},
        "actions": {(name(a.law), a.type, a.period) for a in e.actions},
        "serves": {(name(r.source), name(r.target)) for r in e.relations if r.type == "serves"},
        "metrics": {(m.value, m.unit, m.period) for m in e.metrics},
    }


@pytest.mark.parametrize("config", ["s2t", "s2hk"])
@pytest.mark.parametrize("report", ["chongqing-2026-rd-standing-committee", "hebei-2026-government",
                                    "guangdong-2026-government"])
def test_a_report_in_traditional_characters_gives_the_same_facts(report, config, extracted):
    path = SAMPLE if report.startswith("chongqing") else report_path(report)
    original = path.read_text(encoding="utf-8")
    converted = opencc.OpenCC(config).convert(original)
    base = extracted(path)  # the simplified original, extracted once a session
    ext = extract(read_text(converted, str(path)))
    assert ext.report.script == "traditional"
    assert _facts(ext) == _facts(base)
    for ev in ext.evidence:  # offsets into the converted file, as written there
        assert converted[ev.start : ev.end] == ev.text
    # names as the converted report writes them (those it writes out whole), titles simplified
    assert all(law.name in converted for law in ext.laws if law.name in original or to_simplified(law.name) in original)
    assert all(to_simplified(law.title) == law.title for law in ext.laws)


def test_hard_wrapped_lines_are_joined_and_offsets_point_into_the_file():
    from kg.loaders.read.normalize import hard_wraps, normalize_source

    # a text wrapped at 40 columns (a print view copied as is): breaks inside sentences and names
    para = "常委会制定社会信用条例和惩戒严重失信行为规定，审议校园欺凌防治条例，开展优化营商环境条例执法检查，推动法治环境持续改善，为企业成长、人才聚集打造良好环境。"
    lines = [para[i : i + 20] for i in range(0, len(para), 20)]
    text = "\n".join(lines * 3)
    breaks = hard_wraps(text)
    assert breaks and all(text[i] == "\n" for i in breaks)
    n = normalize_source(text)
    assert "校园欺凌防治条例" in n.text
    i = n.text.index("校园欺凌防治条例")
    a, b = n.origin[i], n.origin[i + 7] + 1
    assert text[a:b].replace("\n", "") == "校园欺凌防治条例"
    # a text of short paragraphs, each ending its sentence, is not wrapped
    assert hard_wraps("\n".join(["常委会听取和审议了关于本市国民经济和社会发展计划执行情况的报告。"] * 12)) == []


def _wrapped(text: str, footer: str | None, width: int = 68, every: int = 40) -> str:
    """``text`` as a PDF's copy has it: lines of ``width`` columns (a Chinese character takes two), no
    break inside a number or a Latin word (a layout keeps 1006.6 and GDP whole), and, where ``footer``
    is given, the page number on a line of its own every ``every`` lines, inside paragraphs."""
    import re
    import unicodedata

    out, n, page = [], 0, 1
    for para in filter(str.strip, text.splitlines()):
        line, cols = "", 0
        for unit in re.findall(r"[0-9A-Za-z.%]+|.", para):
            w = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in unit)
            if cols + w > width:
                out.append(line)
                n += 1
                if footer and n % every == 0:
                    page += 1
                    out.append(footer.format(page))
                line, cols = "", 0
            line, cols = line + unit, cols + w
        out.append(line)
        n += 1
    return "\n".join(out) + "\n"


WRAPPED = [  # real reports, each with a footer style of PDF copies
    ("chongqing-2026-rd-standing-committee", None),
    ("gansu-2026-government", "— {} —"),
    ("national-2019-government", "- {} -"),
    ("heldout-sichuan-2024-rd-standing-committee", "{}"),
    ("heldout-guangzhou-2023-rd-standing-committee", "第 {} 页 共 30 页"),
]


def _all_facts(e) -> set:
    return {(kind, x) for kind, xs in _facts(e).items() for x in xs}


@pytest.mark.parametrize("name,footer", WRAPPED)
def test_a_pdf_copy_gives_the_facts_of_its_text(name, footer):
    """A report copied from a PDF, wrapped at a fixed width with page numbers inside its paragraphs,
    gives no fact its text does not and at least 95% of those it does. (Not all: a line that ends a
    sentence exactly at the width is read as a paragraph's end, which it is as often as not.)"""
    text = report_path(name).read_text(encoding="utf-8")
    copy = _wrapped(text, footer)
    base, wrapped = _all_facts(extract(read_text(text, "t.txt"))), _all_facts(extract(read_text(copy, "w.txt")))
    assert not wrapped - base
    assert len(wrapped & base) >= 0.95 * len(base), sorted(base - wrapped)[:10]


def test_wrapped_lines_at_names_numbers_and_page_ends():
    from kg.loaders.read.normalize import hard_wraps

    filler = ["常委会围绕中心工作开展立法监督工作，推动各项决策部署落地见效，人民群众获得感持续增强"] * 10
    width_line = filler[0][:34]  # 68 columns
    cases = [
        # a line that stops at a quoted name's closing mark, or a bracket's, goes on
        (width_line[:33] + "”", "行动。", True),
        (width_line[:33] + "）", "公路2600公里。", True),
        # a half-width comma may open the continuation
        (width_line, ",制定居民委员会选举办法。", True),
        # a line that ends its sentence ends its paragraph, closing marks after the stop included
        (width_line[:32] + "。”", "二是加强监督。", False),
        # a number that did not fit moves down whole: the line before is short by its width
        (width_line[:31], "31008.62亿元。", True),  # (62 columns, and 8 more would pass 68)
        (width_line[:31], "1006.6亿元。", False),  # (6 more would fit: the line is not full)
        (width_line[:20], "31008.62亿元。", False),
    ]
    for last, nxt, joined in cases:
        lines = [x[:34] for x in filler[:9]] + [last, nxt]
        text = "\n".join(lines)
        brk = len("\n".join(lines[:-1]))
        assert (brk in hard_wraps(text)) is joined, (last, nxt)
    # a page number between the two halves of a sentence goes with both breaks
    for footer in ("— 12 —", "- 12 -", "12", "第 12 页 共 30 页"):
        lines = [x[:34] for x in filler[:9]] + [width_line, footer, "制定居民委员会选举办法。"]
        n = normalize_source("\n".join(lines))
        assert width_line + "制定居民委员会选举办法。" in n.text and "12" not in n.text
    # a numbered heading as wide as a line is no part of the paragraph after it; a heading's tail is
    heading = "四、坚持立良法促发展保善治，强化高水平立法供给取得新进展展现新作为"[:34]
    lines = [x[:34] for x in filler[:9]] + [heading, width_line, "推动各项工作。"]
    assert len("\n".join(lines[:-2])) not in hard_wraps("\n".join(lines))
    lines = [x[:34] for x in filler[:9]] + [heading, "作为", width_line, "推动各项工作。"]
    text = "\n".join(lines)
    assert len("\n".join(lines[:-3])) in hard_wraps(text)
    n = normalize_source(text)
    assert heading + "作为\n" in n.text  # (the short tail ends the heading: no link on a line of its own)


def test_full_width_digits_and_letters_give_the_same_facts_and_canonical_names():
    """A report typed with full-width digits and letters (the national report of 2002 is: ２００１年, “８６３计划”)
    gives the facts of its half-width copy, with canonical names in half-width as their ids are; names
    stay as written."""
    text = SAMPLE.read_text(encoding="utf-8")
    wide = text.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F) if chr(c).isalnum()})
    a, b = extract(read_text(text, "a.txt")), extract(read_text(wide, "b.txt"))

    def canon(e):
        return ({x.title for x in e.laws}, {x.canonical for x in e.bodies}, {x.canonical for x in e.initiatives},
                {(m.value, m.unit, m.subject, m.kind) for m in e.metrics}, {(r.type, r.source, r.target) for r in e.relations})

    assert canon(b) == canon(a)
    assert any("１" in x.name for x in b.initiatives)  # (as the report writes it)


@pytest.mark.parametrize("gap", ["  ", "\u3000\u3000", "\xa0\xa0\xa0"])
def test_a_report_copied_as_one_line_gives_the_facts_of_its_text(gap):
    """A report whose paragraphs were copied onto one line with the spaces that stood between them
    (a page's text without its breaks, a feed's field) gives the facts of its text."""
    text = report_path("gansu-2026-government").read_text(encoding="utf-8")
    one = gap.join(line for line in text.splitlines() if line.strip())
    assert "\n" not in one
    n = normalize_source(one)
    assert "run_on_paragraphs" in n.applied and len(n.text.splitlines()) > 50
    assert _all_facts(extract(read_text(one, "one.txt"))) == _all_facts(extract(read_text(text, "t.txt")))


def test_a_report_glued_into_one_line_is_read_not_taken_for_its_title():
    """With nothing between its paragraphs there is nothing to cut it at: the line is prose (longer than
    any title), read for its sentences, not a title that holds the whole report."""
    text = report_path("gansu-2026-government").read_text(encoding="utf-8")
    glued = "".join(line for line in text.splitlines() if line.strip())
    base, found = _all_facts(extract(read_text(text, "t.txt"))), _all_facts(extract(read_text(glued, "g.txt")))
    assert len(found & base) >= 0.8 * len(base)
    # and a text of ordinary lines is left as it is
    assert normalize_source(text).applied.get("run_on_paragraphs") is None
