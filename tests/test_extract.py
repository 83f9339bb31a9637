"""Extraction on sentences of the genre from several jurisdictions (none taken from the sample report)."""

from __future__ import annotations

import pytest
from kg.loaders.extract import extract
from kg.loaders.read import read_text


def run(body: str, place: str = "四川省", level: str = "省", genre: str = "人民代表大会常务委员会工作报告"):
    head = (
        f"{place}{genre}\n——2025年1月20日在{place}第十四届人民代表大会第三次会议上\n各位代表：\n"
        f"我受{place}人民代表大会常务委员会委托，向大会报告工作。\n一、过去一年的主要工作\n"
    )
    return extract(read_text(head + body, "t.txt"))


def laws(x):
    return {law.title for law in x.laws}


def actions(x):
    titles = {law.id: law.title for law in x.laws} | {d.id: d.name for d in x.decisions}
    return {(titles[a.law], a.type, a.period) for a in x.actions}


def test_list_of_laws_is_split_and_gets_the_jurisdiction():
    x = run("制定数据条例、湿地保护条例和科学技术进步条例，修订河道管理条例。")
    assert laws(x) == {"四川省数据条例", "四川省湿地保护条例", "四川省科学技术进步条例", "四川省河道管理条例"}
    acts = actions(x)
    assert ("四川省湿地保护条例", "enacted", "past") in acts
    assert ("四川省河道管理条例", "revised", "past") in acts


def test_national_law_inspection_and_canonical_title():
    x = run("开展食品安全法、固体废物污染环境防治法执法检查，推动法律有效实施。")
    assert {"中华人民共和国食品安全法", "中华人民共和国固体废物污染环境防治法"} <= laws(x)
    assert ("中华人民共和国食品安全法", "inspected", "past") in actions(x)
    assert ("中华人民共和国固体废物污染环境防治法", "inspected", "past") in actions(x)


def test_check_implementation_is_an_inspection_and_report_heard_is_other():
    x = run("检查旅游条例实施情况。听取审议省政府关于物业管理条例实施情况的报告。")
    acts = actions(x)
    assert ("四川省旅游条例", "inspected", "past") in acts
    assert ("四川省物业管理条例", "other", "past") in acts


def test_autonomous_prefecture_regulations_keep_their_place():
    x = run("审查批准阿坝藏族羌族自治州草原管理条例、凉山彝族自治州禁毒条例等单行条例8件。")
    assert "阿坝藏族羌族自治州草原管理条例" in laws(x)
    assert "凉山彝族自治州禁毒条例" in laws(x)
    assert all(law.level == "单行条例" for law in x.laws)
    assert ("凉山彝族自治州禁毒条例", "approved", "past") in actions(x)
    assert "四川省单行条例" not in laws(x)


def test_plan_part_actions_and_continued_review():
    x = run("开展专题调研。\n二、2025年主要任务\n制定公共数据条例，继续审议民营经济促进条例，废止旅馆业管理条例。")
    acts = actions(x)
    assert ("四川省公共数据条例", "enacted", "plan") in acts
    assert ("四川省民营经济促进条例", "reviewing", "plan") in acts
    assert ("四川省旅馆业管理条例", "repealed", "plan") in acts
    assert all(a.year == 2025 for a in x.actions if a.period == "plan")


def test_internal_rules_and_generic_words_are_not_laws():
    x = run("出台常委会组成人员履职规定、立法工作指引，制定基层立法联系点工作办法，依法履职，加强立法、执法、司法工作。")
    assert laws(x) == set()


def test_decisions_are_their_own_kind():
    x = run("作出关于加强生态环境保护的决定，作出推动成渝地区双城经济圈建设的决定。")
    names = {d.name for d in x.decisions}
    assert "关于加强生态环境保护的决定" in names
    assert "推动成渝地区双城经济圈建设的决定" in names
    assert laws(x) == set()
    assert ("关于加强生态环境保护的决定", "enacted", "past") in actions(x)


def test_one_law_one_regulation_pair():
    x = run("开展水污染防治“一法一条例”实施情况执法检查。")
    law = x.laws[0]
    assert law.title == "中华人民共和国水污染防治法"
    assert law.pair == "一法一条例"
    assert ("中华人民共和国水污染防治法", "inspected", "past") in actions(x)


def test_serves_from_purpose_clause_and_scope():
    x = run(
        "围绕推动绿色发展加强立法。制定大熊猫国家公园管理条例，为建设美丽四川提供法治保障。"
        "修订长江流域水生态保护条例，助推长江经济带高质量发展。"
    )
    titles = {law.id: law.title for law in x.laws}
    inis = {i.id: i.name for i in x.initiatives}
    serves = {(titles.get(r.source), inis.get(r.target)) for r in x.relations if r.type == "serves"}
    assert ("四川省大熊猫国家公园管理条例", "绿色发展") in serves
    assert ("四川省长江流域水生态保护条例", "长江经济带高质量发展") in serves
    assert any(s == "四川省大熊猫国家公园管理条例" and t and "美丽四川" in t for s, t in serves)
    ev = {e.id: e for e in x.evidence}
    for r in x.relations:
        if r.type == "serves":
            assert r.evidence in ev


def test_bodies_from_the_jurisdictions_own_words():
    x = run("听取审议省监委关于整治群众身边腐败问题工作情况的报告，听取省高级人民法院、省人民检察院关于环境资源审判工作的报告。")
    canon = {b.canonical for b in x.bodies}
    assert {"四川省监察委员会", "四川省高级人民法院", "四川省人民检察院", "四川省人民代表大会常务委员会"} <= canon
    reported = {r.source for r in x.relations if r.type == "reported_to"}
    assert any("四川省监察委员会" in s for s in reported)


def test_city_report_uses_city_words():
    x = run("市人大常委会制定城市更新条例，听取市政府关于城中村改造情况的报告。", place="广州市")
    assert "广州市城市更新条例" in laws(x)
    assert {"广州市人民代表大会常务委员会", "广州市人民政府"} <= {b.canonical for b in x.bodies}


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("全年制定地方性法规26件。", 26, "件", "exact"),
        ("累计票决民生实事项目1.78万件。", 17800, "件", "exact"),
        ("实施率达81.3%。", 81.3, "%", "exact"),
        ("打造基层单元50余个。", 50, "个", "about"),
        ("地区生产总值5.2万亿元。", 5.2e12, "元", "exact"),
        ("城镇新增就业超过60万人。", 600000, "人", "at_least"),
        ("一般公共预算收入增长2%左右。", 2, "%", "about"),
        ("居民收入增长高于全国0.4个百分点。", 0.4, "个百分点", "exact"),
    ],
)
def test_metric_values_units_and_qualifiers(text, value, unit, qualifier):
    x = run(text)
    m = next(m for m in x.metrics if m.unit == unit)
    assert (m.value, m.qualifier) == (value, qualifier)


def test_programme_numbers_years_and_ordinals_are_not_metrics():
    x = run("落实“33618”工作体系和“1+10”方案，2025年在第32届评选中获奖，6G与PM2.5监测。")
    assert x.metrics == []


def test_plan_figures_are_targets():
    x = run("开展专题调研。\n二、2025年主要任务\n拟安排审议法规案25件，再打造20个以上实践站。")
    kinds = {(m.value, m.kind, m.qualifier) for m in x.metrics}
    assert (25, "target", "exact") in kinds
    assert (20, "target", "at_least") in kinds


def test_evidence_offsets_are_into_the_source(sample_extraction):
    from .conftest import SAMPLE

    text = SAMPLE.read_text(encoding="utf-8")
    assert sample_extraction.evidence
    for e in sample_extraction.evidence:
        assert text[e.start : e.end] == e.text
    ev = {e.id for e in sample_extraction.evidence}
    assert all(a.evidence in ev for a in sample_extraction.actions)
    assert all(m.evidence in ev for m in sample_extraction.metrics)


def test_ids_are_stable_across_runs(sample_extraction):
    """Another process, with another string-hash seed (so another order of any set or dict keyed by
    strings that the extractor iterates), gives the same extraction, ids and order included."""
    import os
    import subprocess
    import sys

    from .conftest import SAMPLE

    code = "import sys; from kg.loaders.extract import extract_file; print(extract_file(sys.argv[1]).model_dump_json())"
    seed = "1" if os.environ.get("PYTHONHASHSEED") != "1" else "2"  # unset here means a random seed
    done = subprocess.run([sys.executable, "-c", code, str(SAMPLE)], capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, PYTHONHASHSEED=seed))
    assert done.returncode == 0, done.stderr[-2000:]
    again = type(sample_extraction).model_validate_json(done.stdout)
    assert [law.id for law in again.laws] == [law.id for law in sample_extraction.laws]
    assert again.model_dump() == sample_extraction.model_dump()


def test_constitution_has_its_own_level():
    # the Constitution ranks above the laws (national_laws.tsv gives it level 宪法)
    x = run("常委会认真贯彻实施宪法，维护宪法权威。")
    (law,) = [law for law in x.laws if law.title == "中华人民共和国宪法"]
    assert law.level == "宪法"


def test_estimate_sentence_qualifies_every_figure():
    # 预计全年…: every figure of the sentence is an estimate, not only the first
    x = run("预计全年实现地区生产总值197.4亿元，增长8.5%；固定资产投资增长13%。")
    assert {m.value: m.qualifier for m in x.metrics} == {1.974e10: "about", 8.5: "about", 13: "about"}


def test_plan_part_paragraph_on_a_closed_plan_period_is_past():
    # the plan part of a 2025 report opens with “十三五”时期 (2016–2020), over: what it reports is past;
    # “十四五”时期 (2021–2025) is still running in 2025 and stays as the part says
    x = run("开展专题调研。\n二、2025年主要任务\n“十三五”时期，全市新建学校120所。\n“十四五”时期，新建医院30所。")
    periods = {m.value: (m.period, m.kind) for m in x.metrics}
    assert periods[120] == ("past", "actual")
    assert periods[30] == ("plan", "target")
