"""Reading: decoding, web junk, metadata, parts and offsets."""

from __future__ import annotations

import re

import pytest
from kg.loaders.read import read_file, read_text

from kg.errors import ReportError

from .conftest import DATA, SAMPLE, report_path

MINI = """分享到：微信 微博
来源：某某日报
2025年某某省人民代表大会常务委员会工作报告
——2025年1月20日在某某省第十四届人民代表大会第三次会议上
某某省人民代表大会常务委员会主任 张三
各位代表：
我受省人民代表大会常务委员会委托，向大会报告工作，请予审议。
一、过去一年的主要工作
一年来，省人大常委会制定地方性法规12件，修订河道管理条例、湿地保护条例，开展食品安全法执法检查。
二、今后一年的主要任务
制定数据条例，继续审议粮食安全保障条例。各位代表！让我们更加紧密地团结在一起，为实现目标而努力奋斗！
相关阅读：
某某市人大常委会工作报告
"""


def _doc(text: str = MINI):
    return read_text(text, "mini.txt")


def test_metadata_of_a_report_in_the_genre():
    d = _doc()
    assert d.title == "2025年某某省人民代表大会常务委员会工作报告"
    assert d.genre == "standing_committee"
    assert d.session == "某某省第十四届人民代表大会第三次会议"
    assert d.date == "2025-01-20"
    assert d.speaker == "张三"
    assert "常务委员会主任" in d.post
    assert d.year == 2025


def test_web_junk_is_marked_and_report_text_kept():
    d = _doc()
    junk = [p.text for p in d.paragraphs if p.role == "junk"]
    assert any("分享到" in t for t in junk)
    assert any("来源" in t for t in junk)
    assert any("相关阅读" in t for t in junk)
    body = " ".join(p.text for p in d.paragraphs if p.role in ("body", "heading"))
    assert "为实现目标而努力奋斗" in body
    assert "制定地方性法规12件" in body


def test_past_and_plan_parts():
    d = _doc()
    by_text = {p.text[:8]: p.period for p in d.paragraphs if p.role == "body"}
    assert by_text["一年来，省人大常"] == "past"
    assert by_text["制定数据条例，继"] == "plan"


def test_every_sentence_offset_points_into_the_working_text_and_maps_back_to_the_original():
    text = SAMPLE.read_text(encoding="utf-8")
    d = read_file(SAMPLE)
    assert d.source_text() == text
    n = 0
    for p in d.paragraphs:
        assert d.text[p.start : p.end] == p.text
        a, b = d.to_original(p.start, p.end)
        # the original span holds the same characters, plus any noise the normaliser dropped
        assert d.as_written(p.start, p.end) == p.text
        assert set(p.text) <= set(text[a:b])
        for s in p.sentences:
            assert d.text[s.start : s.end] == s.text
            n += 1
    assert n > 200


def test_sample_report_parts_and_sections():
    d = read_file(SAMPLE)
    assert d.jurisdiction == "重庆市"
    assert d.genre == "standing_committee"
    assert d.session == "重庆市第六届人民代表大会第四次会议"
    assert d.date == "2026-01-29"
    assert d.speaker == "王炯"
    plan_head = d.text.index("今后一年工作任务")
    assert d.plan_start == plan_head
    assert {s.period for s in d.sections if s.start < plan_head} == {"past"}
    assert {s.period for s in d.sections if s.start > plan_head} == {"plan"}
    leads = [p.lead for p in d.paragraphs if p.lead]
    assert "围绕经济高质量发展加强立法。" in leads
    # the footer's list of other reports is junk, not report text
    tail = [p for p in d.paragraphs if "天津市人民代表大会常务委员会工作报告" in p.text]
    assert tail and all(p.role == "junk" for p in tail)


def test_government_report_metadata():
    d = read_file(DATA / "hebei-2026-government.txt")
    assert (d.genre, d.jurisdiction, d.year) == ("government", "河北省", 2026)
    assert d.plan_start is not None


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "gb18030", "gbk"],
)
def test_encodings_decode_to_the_same_report(tmp_path, encoding):
    path = tmp_path / f"r-{encoding}.txt"
    path.write_bytes(MINI.encode(encoding))
    d = read_file(path)
    assert d.title == "2025年某某省人民代表大会常务委员会工作报告"
    # offsets are into the text as Python's text mode reads the file
    text = path.read_text(encoding="gb18030" if encoding.startswith("gb") else "utf-8")
    assert _maps_back(d, text)


@pytest.mark.parametrize("encoding", ["big5", "big5hkscs", "gb18030"])
def test_a_traditional_report_in_big5_or_gbk_reads_as_in_utf8(tmp_path, encoding):
    """A Hong Kong or Taiwan page saved in Big5: its bytes also decode as GB18030 (into rare characters,
    a text refused as no report); the encoding whose characters are the common ones wins."""
    import opencc
    from kg.loaders.extract import extract

    text = opencc.OpenCC("s2hk").convert(report_path("gansu-2026-government").read_text(encoding="utf-8"))
    text = text.encode(encoding, errors="ignore").decode(encoding)  # (a character Big5 lacks is left out)
    utf8, other = tmp_path / "utf8.txt", tmp_path / f"{encoding}.txt"
    utf8.write_text(text, encoding="utf-8")
    other.write_bytes(text.encode(encoding))
    a, b = extract(read_file(utf8)), extract(read_file(other))
    assert b.report.script == "traditional" and b.report.jurisdiction == "甘肃省"
    assert a.model_dump(exclude={"report"}) == b.model_dump(exclude={"report"})


def test_a_simplified_gbk_report_is_not_read_as_big5(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes(report_path("hebei-2026-government").read_text(encoding="utf-8").encode("gbk", errors="ignore"))
    d = read_file(path)
    assert d.encoding == "gb18030" and d.jurisdiction == "河北省"


def test_crlf_offsets_match_text_mode(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(MINI.replace("\n", "\r\n").encode("utf-8"))
    d = read_file(path)
    text = path.read_text(encoding="utf-8")
    assert _maps_back(d, text)


def _maps_back(d, text: str) -> bool:
    """The document's source is the file as text mode reads it, and every paragraph's offsets map back
    into it onto the same characters (less the noise the normaliser dropped)."""
    assert d.source_text() == text
    for p in d.paragraphs:
        a, b = d.to_original(p.start, p.end)
        written = d.as_written(p.start, p.end)
        assert written == p.text or d.script == "traditional", (written, p.text)
        assert text[a:b].replace(" ", "").replace("\ufeff", "") == written.replace(" ", ""), (text[a:b], written)
    return True


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n  ", "empty"),
        (b"\x00\x01\x02binary\x00" * 50, "binary"),
        (b"%PDF-1.7 ...", "PDF"),
        (b"PK\x03\x04....", "ZIP"),
        (b"\x80\xff" * 100, "cannot be decoded"),
        (b"just some english text", "no Chinese"),
        ("今天天气很好。".encode(), "does not look like a work report"),
    ],
)
def test_bad_input_is_refused_with_the_file_and_reason(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ReportError) as err:
        read_file(path)
    assert str(path) in str(err.value)
    assert reason in str(err.value)


def test_force_reads_a_text_that_is_not_a_report(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("制定数据条例。", encoding="utf-8")
    assert read_file(path, force=True).paragraphs


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ReportError, match="no such file"):
        read_file(tmp_path / "nope.txt")
    with pytest.raises(ReportError, match="folder"):
        read_file(tmp_path)


def test_an_unnumbered_plan_part_opens_with_this_years_goals():
    text = (
        "政府工作报告\n——2025年3月5日在第十四届全国人民代表大会第三次会议上\n各位代表：\n"
        "现在，我代表国务院，向大会报告政府工作，请予审议。\n"
        "过去一年，国内生产总值增长5%，城镇新增就业1256万人。\n"
        "今年经济社会发展的主要预期目标是：国内生产总值增长5%左右。\n"
        "一、大力提振消费\n实施提振消费专项行动。\n"
        "各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围，为实现今年目标任务而努力奋斗！\n"
    )
    d = read_text(text, "national.txt")
    periods = {p.text[:6]: p.period for p in d.paragraphs if p.role in ("body", "heading")}
    assert periods["过去一年，国"] == "past"
    assert periods["今年经济社会"] == "plan"
    assert periods["一、大力提振"] == "plan"
    assert d.jurisdiction == "中华人民共和国"


def test_a_byline_right_above_the_salutation_is_read_without_a_title():
    # (the first lines of a court report reposted without its title: the byline is the report's, not junk)
    d = read_text("湖北省高级人民法院院长 郑少三\n各位代表:\n现在,我向大会报告五年来的法院工作,请予审议。\n"
                  "五年来,全省法院受理各类案件1743757件,审、执结1721506件。\n", "court.txt", force=True)
    assert (d.post, d.speaker) == ("湖北省高级人民法院院长", "郑少三")
    assert [p.role for p in d.paragraphs][:2] == ["speaker", "salutation"]
    # the post and the name on lines of their own (国务院总理 / 李　强), a vice-chairman, a name in two parts
    d = read_text("——2024年3月5日在第十四届全国人民代表大会第二次会议上\n\n国务院总理　\n李　强\n\n各位代表：\n"
                  "现在，我代表国务院，向大会报告政府工作，请予审议。\n一年来，国内生产总值增长5.2%。\n", "gov.txt", force=True)
    assert (d.post, d.speaker) == ("国务院总理", "李强"), (d.post, d.speaker)
    assert not any(p.role == "body" and p.text in ("国务院总理", "李强") for p in d.paragraphs)
    assert read_text("山东省人大常委会副主任 于晓明\n各位代表:\n现在,我向大会报告工作。\n", "rd.txt", force=True).speaker == "于晓明"
    assert read_text("自治区主席 艾尔肯·吐尼亚孜\n各位代表：\n现在，我向大会报告工作。\n", "g.txt", force=True).speaker == "艾尔肯·吐尼亚孜"
    # a line that only holds a post, with prose after it, is no byline
    assert read_text("国务院总理\n指出要做好工作。\n各位代表：\n现在，我向大会报告工作。\n", "g.txt", force=True).speaker == ""


def test_the_body_a_report_speaks_for_is_first_named_where_its_byline_names_it():
    from kg.loaders import extract

    x = extract(read_file(DATA / "excerpts" / "38_hubei_2013_court.txt"))  # (a repost that starts at the byline)
    ev = {e.id: e.text for e in x.evidence}
    court = next(b for b in x.bodies if b.canonical == "湖北省高级人民法院")
    assert ev[court.mentions[0]] == "湖北省高级人民法院院长 郑少三"


def test_a_title_broken_after_the_bodys_name_and_a_bracketed_dateline():
    d = read_text("贵州省人民代表大会常务委员会\n工作报告\n(年1月15日在贵州省第十四届人民代表大会第一次会议上)\n"
                  "贵州省人民代表大会常务委员会副主任慕德贵\n各位代表:\n我受省十三届人大常委会委托,向大会报告工作,请予审议。\n", "gz.txt",
                  force=True)
    assert (d.title, d.genre, d.speaker) == ("贵州省人民代表大会常务委员会工作报告", "standing_committee", "慕德贵")
    assert [p.role for p in d.paragraphs][:5] == ["title", "title", "dateline", "speaker", "salutation"]
    assert d.session == "贵州省第十四届人民代表大会第一次会议"


def test_a_byline_after_the_session_on_its_line_and_a_chairman():
    d = read_text("杭州市人民代表大会常务委员会工作报告\n(2026年1月22日在杭州市第十四届人民代表大会第六次会议上) 杭州市人民代表大会常务委员会主任 暨军民\n"
                  "各位代表:\n现在,我代表杭州市人民代表大会常务委员会,向大会报告工作,请予审议。\n", "hz.txt", force=True)
    assert (d.post, d.speaker) == ("杭州市人民代表大会常务委员会主任", "暨军民")
    d = read_text("全国人民代表大会常务委员会工作报告\n——2022年3月8日在第十三届全国人民代表大会第五次会议上\n全国人民代表大会常务委员会委员长 栗战书\n"
                  "各位代表:\n现在,我代表全国人民代表大会常务委员会,向大会报告工作,请予审议。\n", "npc.txt", force=True)
    assert (d.post, d.speaker) == ("全国人民代表大会常务委员会委员长", "栗战书")


def test_a_news_page_names_the_speaker_in_a_caption_or_in_its_news():
    # a photo caption above the salutation (its line is page junk, its name is still the speaker's)
    d = read_text("谭志桂作工作报告。 首席记者 袁 云 摄\n各位代表:\n我受绍兴市人民代表大会常务委员会的委托,向大会报告工作,请予审议。\n",
                  "sx.txt", force=True)
    assert (d.post, d.speaker) == ("", "谭志桂")
    # the post glued to the name in a caption; the title under a breadcrumb (省政府工作报告 is the page's menu)
    d = read_text("首页\n>\n省政府工作报告\n陕西省2026年政府工作报告\n2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚\n"
                  "时间：\n2026-02-02 09:20\n省长赵刚作政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n", "sn.txt", force=True)
    assert (d.title, d.post, d.speaker, d.date) == ("陕西省2026年政府工作报告", "陕西省省长", "赵刚", "2026-01-27")
    # the news of the session: whose report this page gives (the court's, not the procuratorate's), the session
    d = read_text("3月11日下午3时,第十一届全国人民代表大会第五次会议在人民大会堂举行第四次全体会议,听取最高人民法院院长王胜俊作"
                  "最高人民法院工作报告;听取最高人民检察院检察长曹建明作最高人民检察院工作报告,以下为实录部分内容\n"
                  "2011年,地方各级人民法院受理案件1220.4万件,审结、执结1147.9万件。各级法院审判执行工作取得新进展。\n", "c.txt", force=True)
    assert (d.genre, d.post, d.speaker) == ("court", "最高人民法院院长", "王胜俊")
    assert (d.session, d.year, d.jurisdiction) == ("第十一届全国人民代表大会第五次会议", 2012, "中华人民共和国")
    d = read_text("3月8日,十四届全国人大二次会议在北京人民大会堂举行第二次全体会议。受全国人大常委会委托,赵乐际委员长向大会报告全国人大常委会工作。\n"
                  "过去一年,全国人大常委会制定法律12件,修改法律19件。\n", "n.txt", force=True)
    assert (d.post, d.speaker, d.session, d.year) == ("委员长", "赵乐际", "十四届全国人大二次会议", 2024)
    # a session only looked back on is not the one the report is delivered at; only a place stands before
    # the term of a session the news opens
    d = read_text("各位代表:\n十三届全国人大一次会议以来,常委会制定法律47件。\n", "n.txt", force=True)
    assert d.session == ""
    d = read_text("隆重举行的省十四届人大三次会议在郑州开幕。\n过去一年，省人大常委会制定法规12件。\n", "n.txt", force=True)
    assert d.session == "省十四届人大三次会议"
    d = read_text("今天上午十二届全国人大五次会议在人民大会堂开幕。\n过去一年，常委会制定法律12件。\n", "n.txt", force=True)
    assert d.session == "十二届全国人大五次会议"
    # the news's 听取…检察长曹建明作…报告 is no caption: the speaker's post does not open with 听取
    d = read_text("听取最高人民检察院检察长曹建明作最高人民检察院工作报告。\n一年来，全国检察机关批准逮捕各类犯罪嫌疑人。\n", "p.txt", force=True)
    assert (d.post, d.speaker) == ("最高人民检察院检察长", "曹建明")


def test_the_year_of_a_five_year_review_and_of_a_page_date():
    d = read_text("各位代表:\n现在,我向大会报告五年来的法院工作,请予审议。\n2008年以来,全省法院受理各类案件1743757件。\n", "c.txt", force=True)
    assert d.year == 2013
    d = read_text("石家庄市人民代表大会常务委员会工作报告\n27.04.2017  09:13\n各位代表:\n我受石家庄市第十三届人民代表大会常务委员会委托,向大会报告工作。\n",
                  "s.txt", force=True)
    assert (d.year, d.date) == (2017, "")
    # a year since which one year's work went on is no five-year review
    d = read_text("各位代表:\n我受市人大常委会委托,向大会报告工作。\n2018年以来,常委会制定地方性法规3件。\n", "c.txt", force=True)
    assert d.year is None
    # nor one whose opening names a year outside the five since then (a later report's look back at 2020)
    d = read_text("各位代表:\n过去五年，我们砥砺前行。2020年以来，面对新冠肺炎疫情冲击，2018年全市经济增长。\n", "c.txt", force=True)
    assert d.year is None


@pytest.mark.parametrize("session, year", [
    # a province's congress is elected in the NPC's years; its term in 2023 differs by province
    ("贵州省第十四届人民代表大会第一次会议", 2023),
    ("北京市第十六届人民代表大会第一次会议", 2023),
    ("重庆市第六届人民代表大会第一次会议", 2023),
    ("浙江省第十三届人民代表大会第一次会议", 2018),
    ("广西壮族自治区第十二届人民代表大会第一次会议", 2013),
    # not: a later session (an extra session may come within a year), a city's congress (elected in other years)
    ("山东省第十三届人民代表大会第五次会议", None),
    ("杭州市第十四届人民代表大会第一次会议", None),
])
def test_the_year_of_a_provincial_congress_first_session(session, year):
    from kg.loaders.read.document import province_session_year
    assert province_session_year(session) == year


def test_a_report_to_a_provincial_first_session_without_a_date_has_its_year():
    d = read_text("贵州省人民代表大会常务委员会工作报告\n——在贵州省第十四届人民代表大会第一次会议上\n各位代表：\n"
                  "现在，我代表省人大常委会向大会报告工作，请予审议。\n过去五年，常委会制定地方性法规40件。\n", "t.txt", force=True)
    assert (d.session, d.year) == ("贵州省第十四届人民代表大会第一次会议", 2023)


def test_short_sentences_after_the_last_long_paragraph_are_the_report():
    # an excerpt that ends on a heading and short lines keeps them (and their laws): only the page around
    # the report is junk
    d = read_text("各位代表：\n现在，我代表广西壮族自治区人民政府，向大会报告政府工作，请予审议。\n一、2024年工作回顾\n"
                  "制定优化营商环境条例。\n二、2025年工作安排\n今年要重点做好以下工作。\n责任编辑：张三\n", "t.txt", force=True)
    roles = [(p.role, p.text) for p in d.paragraphs]
    assert ("body", "制定优化营商环境条例。") in roles and ("body", "今年要重点做好以下工作。") in roles
    assert ("junk", "责任编辑：张三") in roles


def test_a_government_report_part_after_its_review_is_the_plan():
    # 一、1999年国内工作回顾 / 二、坚持实行扩大内需的方针: the second part says nothing of its period, and is the year's tasks
    text = ("政府工作报告\n各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n一、1999年国内工作回顾\n"
            "过去一年，国民经济保持较快增长，各项改革取得新的进展，人民生活水平继续提高，社会保持稳定。\n"
            "二、坚持实行扩大内需的方针\n今年继续实行积极的财政政策，切实贯彻会计法，加强预算执行的监督和审计工作。\n")
    d = read_text(text, "t.txt", force=True)
    assert [(s.title, s.period) for s in d.sections] == [("1999年国内工作回顾", "past"), ("坚持实行扩大内需的方针", "plan")]


def test_a_caption_that_opens_on_the_event_names_the_speaker():
    d = read_text("2026年湖南省政府工作报告\n——2026年2月3日在湖南省第十四届人民代表大会第四次会议上\n"
                  "2月3日，湖南省第十四届人民代表大会第四次会议在省人民会堂开幕。省长毛伟明作政府工作报告。湖南日报全媒体记者 刘尚文 摄\n"
                  "各位代表：\n现在，我代表省人民政府，向大会作政府工作报告，请予审议。\n过去的一年，极不寻常、很不容易，全省经济运行稳中有进。\n",
                  "t.txt", force=True)
    assert (d.post, d.speaker) == ("省长", "毛伟明")


@pytest.mark.parametrize("line, date, session", [
    # a dateline with the date in Chinese numerals and the session without 第 before its term
    ("——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上", "2026-01-27", "甘肃省十四届人民代表大会第四次会议"),
    ("——2026年1月27日在甘肃省第十四届人民代表大会第四次会议上", "2026-01-27", "甘肃省第十四届人民代表大会第四次会议"),
    ("——二〇二一年三月五日在第十三届全国人民代表大会第四次会议上", "2021-03-05", "第十三届全国人民代表大会第四次会议"),
])
def test_a_dateline_in_chinese_numerals(line, date, session):
    who = "国务院" if "全国" in session else "甘肃省人民政府"
    doc = read_text(f"政府工作报告\n{line}\n各位代表：\n现在，我代表{who}，向大会报告政府工作。\n一、2025年工作回顾\n"
                    "全省地区生产总值增长5.5%。\n", "t.txt")
    assert (doc.date, doc.session) == (date, session)


def test_the_session_a_report_is_made_to():
    # 我代表国务院，向第十届全国人民代表大会第一次会议报告: no byline, the session from the opening
    doc = read_text("各位代表：\n本届政府1998年3月就职，任期即将结束。现在，我代表国务院，向第十届全国人民代表大会第一次会议报告"
                    "过去五年政府工作，请予审议。\n一、过去五年政府工作回顾\n国内生产总值增长7.7%，财政收入增长15.8%，"
                    "城镇居民人均可支配收入增长8%。\n", "t.txt")
    assert doc.session == "第十届全国人民代表大会第一次会议"


@pytest.mark.parametrize("line, junk", [
    # a site's footer: its sponsor, its registrations
    ("主办：甘肃省人民政府办公厅 承办：甘肃省政务服务中心", True),
    ("主办单位：重庆市人大常委会办公厅", True),
    ("网站标识码：6200000001", True),
    ("甘公网安备 62010202000112号", True),
    ("技术支持：某某信息技术有限公司", True),
    # buttons, pages of an article, a byline's and an info table's fields, in brackets or not
    ("打印本页 关闭窗口", True),
    ("【打印】【关闭】", True),
    ("返回顶部", True),
    ("共3页 上一页 1 2 3 下一页", True),
    ("共60页 首页 上一页 " + " ".join(map(str, range(1, 61))) + " 下一页 尾页", True),  # (the pattern once backtracked exponentially)
    ("上一页" + "1" * 40 + "下一页 跳转", False),
    ("(责任编辑：李四)", True),
    ("【字体：大 中 小】", True),
    ("索引号：000014349/2026-00012", True),
    ("发文机关：国务院", True),
    ("主题分类：政府工作报告", True),
    ("无障碍浏览", True),
    # report text that opens with the same words is no footer, no button and no field
    ("主办中国—东盟博览会等重大展会12场，签约项目投资额超过3000亿元。", False),
    ("图片直播、视频新闻等融媒体产品点击量超过1亿次。", False),
    ("新华社北京3月12日电", False),
    ("来源于基层的意见建议1200条全部办结。", False),
    ("承办全国人大常委会执法检查组来我省检查的各项工作。", False),
])
def test_a_site_footer_line_is_junk(line, junk):
    d = read_text("政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告政府工作，请予审议。\n一、2025年工作回顾\n"
                  "全省地区生产总值增长5.5%。\n" + line + "\n二、2026年工作安排\n今年要重点做好以下工作。\n", "t.txt", force=True)
    roles = {re.sub(r"\s", "", p.text): p.role for p in d.paragraphs}  # (the text as read: spaces between Han characters go)
    assert (roles[re.sub(r"\s", "", line)] == "junk") == junk


_REPORT = ("各位代表：\n现在，我代表省人民政府，向大会报告政府工作，请予审议。\n一、2025年工作回顾\n"
           "全省地区生产总值增长5.5%。\n{}\n二、2026年工作安排\n今年要重点做好以下工作。\n")


@pytest.mark.parametrize("lines, listed", [
    # a list's label and the headlines under it, dated or not, up to a line of the report
    ("相关阅读\n省人大常委会审议通过食品安全条例\n国务院关于加快推进全国统一大市场建设的意见", True),
    ("推荐阅读：\n《中华人民共和国民营经济促进法》全文", True),
    # a headline with its date stamp, wherever it stands
    ("省人大常委会第十五次会议审议通过甘肃省食品安全条例 2026-01-20", True),
    ("关于印发实施方案的通知 [01-22]", True),
    ("关于印发实施方案的通知（2024/03/08）", True),
    ("上一篇：甘肃省第十四届人民代表大会第五次会议开幕", True),
    # a breadcrumb, a menu on one line, a menu down the page
    ("当前位置：首页 > 政务公开 > 政府工作报告", True),
    ("网站地图 | 联系我们 | 使用帮助", True),
    ("榕检简介\n内设机构\n工作报告\n代表委员联络", True),
    # the report's own lines: a sentence, a date written as the genre writes it, a figure with a point,
    # two short lines in a row, a sentence after a label-like word
    ("全年新增就业32万人，城镇调查失业率5.1%。", False),
    ("2026年1月20日，省政府召开全体会议。", False),
    ("国内生产总值达到74.4", False),
    ("稳增长\n促改革", False),
    ("相关部门要抓好落实。", False),
    # a report's own title with its date; a title and its byline on lines of their own (not a menu)
    ("2026年甘肃省政府工作报告 2026-01-28", False),
    ("政府工作报告\n代省长\n刘小明", False),
])
def test_a_list_of_other_articles_is_the_page_s(lines, listed):
    d = read_text(_REPORT.format(lines), "t.txt", force=True)
    roles = {re.sub(r"\s", "", p.text): p.role for p in d.paragraphs}
    for line in lines.split("\n"):
        assert (roles[re.sub(r"\s", "", line)] == "junk") == listed, line


def test_a_list_s_headlines_give_the_report_no_metadata():
    # an excerpt (no title, no byline) on a page whose list names another place's session and report
    text = ("相关阅读\n2025年甘肃省政府工作报告\n甘肃省第十四届人民代表大会第五次会议开幕\n"
            "一年来，省人大常委会制定地方性法规12件，批准设区的市法规20件，开展执法检查5次。\n")
    d = read_text(text, "t.txt", force=True)
    assert (d.jurisdiction, d.session, d.year) == ("", "", None)


@pytest.mark.parametrize("title, heading, year", [
    # a title that names the year whose work it reports: delivered the year after
    ("2017年福州市人民检察院工作报告", "2017工作回顾", 2018),
    ("2017年福州市人民检察院工作报告", "一、2017年工作回顾", 2018),
    # a title that names the year it is delivered in
    ("2026年甘肃省政府工作报告", "一、2025年工作回顾", 2026),
])
def test_the_year_of_a_title_that_names_the_year_reviewed(title, heading, year):
    d = read_text(f"{title}\n{heading}\n2017年，全市检察机关受理提请批捕9605人。\n", "t.txt", force=True)
    assert d.year == year
