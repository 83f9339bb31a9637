"""Case tables for the extraction rules added for reports the extractor had never seen.

Each rule of the genre gets sentences it must read (positive) and sentences it must leave alone
(negative). The sentences are written for these tests in the genre's usual forms; no accuracy figure
is measured on them.
"""

from __future__ import annotations

import pytest

from tests.test_extract import actions, laws, run


def serves(x) -> set[tuple[str, str]]:
    names = {law.id: law.title for law in x.laws} | {d.id: d.name for d in x.decisions}
    inis = {i.id: i.name for i in x.initiatives}
    return {(names[r.source], inis[r.target]) for r in x.relations if r.type == "serves"}


# goal leads: a clause that opens a sentence with a scope verb names the goal of the laws made after it
GOAL_LEADS = [
    # (body, law, goal): the law serves a goal whose name contains the given words
    ("过去一年，省人大常委会聚焦建设现代化经济强省，制定民营经济促进条例。", "河南省民营经济促进条例", "现代化经济强省"),
    ("聚焦建设生态美丽河南，制定黄河流域生态保护条例。出台噪声污染防治若干规定。", "河南省噪声污染防治若干规定", "生态美丽河南"),
    ("紧扣推动中部地区崛起，修订开发区条例。", "河南省开发区条例", "中部地区崛起"),
    ("落实国家粮食安全战略和乡村振兴战略，制定高标准农田建设管理条例。", "河南省高标准农田建设管理条例", "国家粮食安全"),
    ("落实国家粮食安全战略和乡村振兴战略，制定高标准农田建设管理条例。", "河南省高标准农田建设管理条例", "乡村振兴"),
    ("着力推动经济转型升级。常委会听取有关报告。制定企业技术进步条例。", "河南省企业技术进步条例", "经济转型升级"),
    ("审议科技创新条例，为创新驱动赋能。", "河南省科技创新条例", "创新驱动"),
]


@pytest.mark.parametrize("body,law,goal", GOAL_LEADS)
def test_goal_leads(body, law, goal):
    found = serves(run(body, place="河南省"))
    assert any(s == law and goal in t for s, t in found), found


GOAL_LEAD_NEGATIVES = [
    # a law only cited under a goal serves nothing: 贯彻, 执法检查
    "聚焦建设现代化经济强省，开展优化营商环境条例执法检查。",
    "围绕群众急难愁盼问题，制定物业管理条例。",  # a problem is no goal
    "围绕上述目标，制定物业管理条例。",  # an anaphor is no goal
    "检查科技创新条例实施情况，助力强化企业科技创新主体地位。",  # the lead comes after an act, not a time
    "落实党中央决策部署，制定物业管理条例。",  # 落实 serves only a named strategy
    "贯彻新修订的国家通用语言文字法，实施国家通用语言文字普及工程。",
]


@pytest.mark.parametrize("body", GOAL_LEAD_NEGATIVES)
def test_goal_lead_negatives(body):
    assert serves(run(body, place="河南省")) == set()


# lists whose items share the last item's suffix, after a legislative verb
ELIDED = [
    ("制定出台燃气管理、反家庭暴力、无障碍环境建设条例。", {"河南省燃气管理条例", "河南省反家庭暴力条例", "河南省无障碍环境建设条例"}),
    ("制定燃气管理、养老服务条例。", {"河南省燃气管理条例", "河南省养老服务条例"}),
    # 和 inside a name is part of it (湿地保护和修复条例 is one title): no list without 、
    ("修改实施水法、渔业法办法。", {"河南省实施水法办法", "河南省实施渔业法办法"}),
    # items that are full names stay as they are
    ("制定高标准农田建设管理条例和农产品品牌培育管理条例。", {"河南省高标准农田建设管理条例", "河南省农产品品牌培育管理条例"}),
]


@pytest.mark.parametrize("body,expected", ELIDED)
def test_elided_lists(body, expected):
    assert laws(run(body, place="河南省")) == expected


ELIDED_NEGATIVES = [
    # no legislative verb governs the list: its items are fields, not laws
    ("加强生态保护、推进无障碍环境建设条例实施。", {"河南省无障碍环境建设条例"}),
    ("审查批准城市绿化、水源地保护、垃圾分类等市州法规。", set()),
    ("制定湿地保护和修复条例。", {"河南省湿地保护和修复条例"}),
]


@pytest.mark.parametrize("body,expected", ELIDED_NEGATIVES)
def test_elided_list_negatives(body, expected):
    assert laws(run(body, place="河南省")) == expected


def test_a_decision_that_amends_laws_keeps_them():
    x = run("作出修改实施水法、渔业法办法的决定。", place="河南省")
    assert [d.name for d in x.decisions] == ["修改实施水法、渔业法办法的决定"]
    acts = actions(x)
    assert ("河南省实施水法办法", "amended", "past") in acts
    assert ("河南省实施渔业法办法", "amended", "past") in acts
    assert ("修改实施水法、渔业法办法的决定", "enacted", "past") in acts


def test_newly_revised_describes_the_law_it_does_not_revise_it():
    x = run("贯彻新修订的国家通用语言文字法。", place="河南省")
    assert actions(x) == {("中华人民共和国国家通用语言文字法", "other", "past")}


@pytest.mark.parametrize("word", ["减法", "加法", "算法", "政法", "工作法", "遵纪守法"])
def test_words_ending_in_fa_are_no_laws(word):
    assert laws(run(f"推广{word}，制定{word}。", place="河南省")) == set()


def test_report_without_place_or_year_is_not_named_by_its_path():
    from kg.loaders.extract import extract
    from kg.loaders.read import read_text

    body = "一年来，常委会制定物业管理条例，修改燃气管理条例，听取和审议专项工作报告8个。"
    a = extract(read_text(body, "/one/place/a.txt", force=True))
    b = extract(read_text(body, "/another/b.txt", force=True))
    assert a.report.id == b.report.id
    assert "place" not in a.report.id and "a.txt" not in a.report.id


def test_every_fact_names_the_rule_that_made_it(sample_extraction):
    documented = open("docs/rules.md", encoding="utf-8").read()
    for kind in ("laws", "decisions", "initiatives", "actions", "relations"):
        for fact in getattr(sample_extraction, kind):
            assert fact.rule, (kind, fact)
            family = fact.rule.split(".")[0] + "." if "." in fact.rule else fact.rule
            assert f"`{fact.rule}`" in documented or f"`{family}<how>`" in documented or fact.rule.startswith(
                ("action.", "initiative.")
            ), fact.rule


def bodies(x) -> set[str]:
    return {b.canonical for b in x.bodies}


CENTRAL_BODIES = [
    # (body, place, canonical): central bodies by name, short name and former name
    ("会同财政部、教育部开展专项检查。", "河南省", {"中华人民共和国财政部", "中华人民共和国教育部"}),
    ("在最高法院指导下，全省法院审结案件。", "河南省", {"最高人民法院"}),
    ("配合国家发展改革委推进项目。", "河南省", {"中华人民共和国国家发展和改革委员会"}),
    ("配合原环境保护部开展督察。", "河南省", {"中华人民共和国生态环境部"}),
]


@pytest.mark.parametrize("body,place,expected", CENTRAL_BODIES)
def test_central_bodies(body, place, expected):
    assert expected <= bodies(run(body, place=place))


CENTRAL_BODY_NEGATIVES = [
    # a place word before the name makes it the place's own department, not the central one
    ("省财政厅、市发改委参加。", "中华人民共和国国家发展和改革委员会"),
    ("覆盖全省法院的信息系统建成。", "河南省覆盖全省法院"),
    ("工作经验得到最高法院肯定。", "河南省工作经验得到最高法院"),
]


@pytest.mark.parametrize("body,absent", CENTRAL_BODY_NEGATIVES)
def test_central_body_negatives(body, absent):
    assert absent not in bodies(run(body, place="河南省"))


def test_an_autonomous_county_calls_itself_county():
    x = run("县人大常委会听取县人民法院、县人民检察院的报告，县委、县政协参加。",
            place="琼中黎族苗族自治县", genre="人民代表大会常务委员会工作报告")
    assert {"琼中黎族苗族自治县人民法院", "琼中黎族苗族自治县人民检察院", "中共琼中黎族苗族自治县委员会",
            "中国人民政治协商会议琼中黎族苗族自治县委员会"} <= bodies(x)


YEAR_CASES = [
    # (text, year): the year a report is given in, counted from what it says
    ("各位代表：\n现在，我代表国务院，向大会报告过去五年政府工作。\n一、过去五年工作回顾\n"
     "第十二届全国人民代表大会第一次会议以来的五年，是我国发展进程中极不平凡的五年。\n", 2018),
    ("各位代表：\n现在，我代表国务院，向大会报告工作。\n一、“十一五”时期国民经济和社会发展的回顾\n"
     "这五年，改革开放取得重大进展。\n二、“十二五”时期的主要目标和任务\n三、2011年的工作\n", 2011),
    ("各位代表：\n现在，我代表国务院，向大会报告工作。\n一、“九五”时期国民经济和社会发展的回顾\n"
     "五年来，国民经济持续快速健康发展。\n", 2001),
    ("各位代表：\n现在，我代表国务院，向大会报告工作。\n一、一年来工作回顾\n"
     "十届全国人大一次会议确定的各项任务全面完成。\n二、2004年主要任务\n", 2004),
]


@pytest.mark.parametrize("text,year", YEAR_CASES)
def test_report_year(text, year):
    from kg.loaders.read import read_text

    assert read_text(text, "r.txt", force=True).year == year


def test_a_five_year_review_gives_its_span_of_years():
    x = run("过去五年，常委会制定地方性法规52件，修改法规31件。\n"
            "一年来，常委会制定地方性法规8件，修改物业管理条例。", place="河南省")
    spans = {(m.value, tuple(m.years)) for m in x.metrics}
    assert (52, (2020, 2024)) in spans and (31, (2020, 2024)) in spans
    assert (8, ()) in spans


METRIC_SUBJECTS = [
    # (sentence, value, subject): the noun phrase that names what the figure counts
    ("全社会消费品零售总额从2020年的2.73万亿元增加到2025年的4.1万亿元。", 2.73e12, "全社会消费品零售总额"),
    ("全社会消费品零售总额从2020年的2.73万亿元增加到2025年的4.1万亿元。", 4.1e12, "全社会消费品零售总额"),
    ("高速公路由7473公里增至9310公里。", 7473, "高速公路"),
    ("五年累计实际利用外资2894亿美元，比“十三五”时期增长79.6%。", 79.6, "累计实际利用外资增长"),
    ("清洁能源消费比重提高1.7个百分点。", 1.7, "清洁能源消费比重提高"),
    ("一产、二产、三产增加值分别增长5%、6%、7%。", 6, "二产增加值增长"),
    ("二氧化硫、化学需氧量排放量分别下降5.6%和4.4%。", 4.4, "化学需氧量排放量下降"),
    ("固定资产投资增长5.2%。", 5.2, "固定资产投资增长"),
    ("长达4000公里的西气东输管道全线贯通。", 4000, "西气东输管道"),
    ("机场年旅客吞吐量首次突破5000万人次。", 5e7, "机场年旅客吞吐量"),
    ("地区生产总值突破3万亿元、年均增长4.7%。", 4.7, "地区生产总值增长"),
]


PLACE_CASES = [
    # (text, jurisdiction): the report's own place from its title, its entrusting sentence, or its words
    ("各位代表:\n我受绍兴市人民代表大会常务委员会的委托,向大会报告工作,请予审议。\n过去的一年,市人大常委会制定条例2件。\n", "绍兴市"),
    ("【中英文对照】全国人大常委会工作报告（全文）\n各位代表:\n过去一年,常委会审议法律案20件。\n", "中华人民共和国"),
    # 隆重庆祝 holds no 重庆
    ("各位代表：\n现在，我受全国人民代表大会常务委员会委托，向大会报告工作。\n"
     "2021年是具有里程碑意义的一年。我们党隆重庆祝中国共产党成立一百周年。\n", "中华人民共和国"),
    # a partner is not the report's place
    ("服务成渝地区双城经济圈建设。与重庆市人大常委会协同制定社会信用条例。\n", ""),
]


@pytest.mark.parametrize("text,place", PLACE_CASES)
def test_report_place(text, place):
    from kg.loaders.read import read_text

    assert read_text(text, "r.txt", force=True).jurisdiction == place


ACTORS = [
    # (body, law, actor canonical): the body that did the act
    ("省人民政府提请审议数据条例草案。", "河南省数据条例", "河南省人民政府"),
    ("全国人大常委会审议通过黄河保护法。", "中华人民共和国黄河保护法", "全国人民代表大会常务委员会"),
    ("常委会制定物业管理条例。", "河南省物业管理条例", "河南省人民代表大会常务委员会"),
    # a body named as the one reporting is not the actor of the law in the report's title
    ("听取省人民政府关于物业管理条例实施情况的报告。", "河南省物业管理条例", "河南省人民代表大会常务委员会"),
]


@pytest.mark.parametrize("body,law,actor", ACTORS)
def test_action_actor(body, law, actor):
    x = run(body, place="河南省")
    titles = {law.id: law.title for law in x.laws}
    canon = {b.id: b.canonical for b in x.bodies}
    assert {canon.get(a.actor) for a in x.actions if titles.get(a.law) == law} == {actor}


METRIC_SUBJECTS_2 = [
    ("常委会审议法律草案20件，通过14件。", 14, "通过法律草案"),
    ("制定、修改、废止地方性法规14件。", 14, "制定、修改、废止地方性法规"),
    ("四年来，制定和修订地方性法规11部，废止5部。", 5, "废止地方性法规"),
    ("地方各级人民法院受理案件1137万余件，审执结1054万余件，同比分别上升6.3%、7.2%。", 7.2, "地方各级人民法院审执结案件上升"),
    ("全省法院受理各类案件1743757件，比上一个五年分别上升30.76%和31.64%。", 31.64, "全省法院受理各类案件上升"),
    ("审结各类案件2.1万件。", 21000, "审结各类案件"),  # what was done to the cases is part of what is counted
]


METRIC_SUBJECTS_3 = [
    # a clause that opens with the figure: the predicate says which of the counted things (列入…的改革)
    ("农业用水权、碳足迹认证等52项改革列入全国试点。", 52, "列入全国试点的改革"),
    ("1.4万余家企业实施改造。", 14000, "实施改造的企业"),
    # …but a verb before the figure makes the noun after it the object, nothing more
    ("新增住宅小区业主委员会（物业管理委员会）1000个。", 1000, "新增住宅小区业主委员会（物业管理委员会）"),
    ("高标准高水平建设11个自贸试验区，全面推广成熟经验。", 11, "自贸试验区"),
    # two nouns of one head joined by 和 are counted together
    ("有15部法律草案和行政法规草案向社会公开征求意见。", 15, "向社会公开征求意见的法律草案和行政法规草案"),
    # quotes are one unit: the 、 inside them does not cut the subject
    ("“企业认定、政府认账”授权企业8063家。", 8063, "“企业认定、政府认账”授权企业"),
    # a measure noun alone belongs to the thing beside it
    ("新增规上工业企业189家，总数达1053家。", 1053, "规上工业企业总数"),
    ("首期规模500亿元的浙江社保科创基金签约落地。", 5e10, "浙江社保科创基金首期规模"),
    ("先行区建设6个方面16条经验被国家发展改革委集中推广。", 6, "先行区建设方面"),
    # a head too general without its verb keeps the verb
    ("37家中央定点帮扶单位援助资金31.08亿元、引进项目1002个。", 1002, "引进项目"),
    # trailing verbs and modals are not part of what is counted
    ("重大工程投资完成2510.1亿元、增长5.3%。", 5.3, "重大工程投资增长"),
    ("二氧化硫、氮氧化物排放要分别减少3%左右和5%左右。", 5, "氮氧化物排放减少"),
    # a duration: what went on that long
    ("黄河干流内蒙古段水质连续6年保持Ⅱ类。", 6, "黄河干流内蒙古段水质保持Ⅱ类"),
    # a sum after a verb of funding, its purpose after it
    ("筹措7亿元实施就业惠民工程。", 7e8, "筹措用于实施就业惠民工程的资金"),
    ("中央预算内投资安排5000亿元。", 5e11, "中央预算内投资"),
    ("用好1800亿元引导基金。", 1.8e11, "引导基金"),
    # a share with its predicate after it, and a share of the noun after 的
    ("一般公共预算支出3.4万亿元，74%以上用于民生。", 74, "一般公共预算支出用于民生的比例"),
    ("90%的县医院达到三级医院服务能力水平。", 90, "达到三级医院服务能力水平的县医院比例"),
    ("城镇新增就业1361万人、调查失业率稳定在5%左右的较低水平。", 5, "调查失业率"),
    # after 从/由, the starting figure belongs to the noun before it
    ("财政补助标准由每人每年320元提高到380元。", 320, "财政补助标准"),
    # a comparison (是…的N倍) counts what the clause before named
    ("五年全国环境保护和生态建设投入5800亿元，是1950年到1997年投入总和的1.7倍。", 1.7, "全国环境保护和生态建设投入"),
    # 178项节能、节水…等重大项目: the list's head after 等
    ("启动了178项节能、节水和资源综合利用等重大项目。", 178, "重大项目"),
]


GENRE_CASES = [
    # an excerpt without title or byline: the genre whose own words it uses most
    ("一年来，常委会制定地方性法规8件，开展执法检查4次，听取审议专项工作报告6个，组织专题询问2次，"
     "办理代表议案建议560件。常委会坚持问题导向，审议意见交政府研究处理。", "standing_committee"),
    ("全省法院受理案件120万件，审结115万件，法官人均结案260件。推进审判体系现代化，执结案件30万件，"
     "案件审理质效提升，判决自动履行率提高。", "court"),
    ("全省检察机关批捕各类犯罪嫌疑人1.2万人，起诉2.3万人，公诉质量提升，检察官办案责任制全面落实，"
     "检察建议采纳率95%。", "procuratorate"),
    ("地区生产总值增长5.2%，一般公共预算收入增长3%，城镇新增就业50万人，招商引资到位资金增长8%。"
     "政府工作坚持稳中求进，国内生产总值占比提高。", "government"),
]


@pytest.mark.parametrize("text,genre", GENRE_CASES)
def test_genre_of_an_excerpt(text, genre):
    from kg.loaders.read import read_text

    assert read_text(text, "r.txt", force=True).genre == genre


def test_the_day_of_the_session_without_its_year():
    from kg.loaders.read import read_text

    text = ("来源：某网 发布：2024-03-09\n3月8日，十四届全国人大二次会议在北京人民大会堂举行第二次全体会议。"
            "受全国人大常委会委托，委员长向大会报告全国人大常委会工作。\n过去一年，常委会审议法律案30件。\n")
    doc = read_text(text, "r.txt", force=True)
    assert (doc.year, doc.date) == (2024, "2024-03-08")


METRIC_SUBJECTS_4 = [
    # the drafts a clause of submission names are those the sentence counted before
    ("一年来，共审议24件法律、法律解释和有关法律问题的决定草案，通过14件，决定提请本次大会审议4件。", 24,
     "审议法律、法律解释和有关法律问题的决定草案"),
    ("一年来，共审议24件法律、法律解释和有关法律问题的决定草案，通过14件，决定提请本次大会审议4件。", 4,
     "决定提请本次大会审议的法律、法律解释和有关法律问题的决定草案"),
    # a verb of a list (…13件、废止1件) counts what the list's first item counted
    ("审议法规案17件，其中制定和修改13件、废止1件。", 1, "废止法规案"),
    ("全县共发生安全生产事故3起，死亡4人。", 4, "死亡人数"),
    # a mark passed (迈上6万亿元台阶) is no figure; what was reached is
    ("地区生产总值迈上6万亿元台阶，达到62661亿元。", 6.2661e12, "地区生产总值"),
    ("在我们这样一个13亿人口的发展中国家，要扩大城乡就业。", 1.3e9, "人口"),
    ("今年增加赤字后，赤字率在2%左右，总体上处于安全水平。", 2, "赤字率"),
    ("财政赤字和国债规模有所增加，但赤字率稳定在2.1%。", 2.1, "赤字率"),
    ("城镇和农村居民人均可支配收入分别增长4.3%、5.5%。", 4.3, "城镇居民人均可支配收入增长"),
    ("新能源汽车、智能家电、智能手机限上零售额分别增长8.7%、31.5%和32.3%。", 31.5, "智能家电限上零售额增长"),
    ("全年中央财政用于科技、教育、卫生和文化事业的支出分别为774亿元、536亿元、138亿元和123亿元。", 1.38e10,
     "中央财政用于卫生事业的支出"),
    ("地方各级人民法院受理案件1137万余件，审执结1054万余件，结案标的额16707亿元，同比分别上升6.3%、7.2%和16.4%。", 16.4,
     "结案标的额上升"),
]


NOT_FIGURES = [
    ("建成250个社区健身路径或3人制篮球场。", 3),  # a team size names the kind of court
    ("85个学科进入ESI世界学科排名前1％。", 1),  # a rank's threshold, not a measure
    ("免费开展新生儿疾病筛查、0—6岁儿童孤独症筛查。", 0),  # an age band says who is meant
    ("行政村和20户以上自然村全部通硬化路。", 20),  # a size bound of the places meant
    ("单笔50万元以下拖欠企业账款全部清零。", 500000),  # a bound on each item
    ("定期为3岁以下婴幼儿做生长发育检查。", 3),  # an age bound of who is meant
    ("2020-04-29 85205次浏览 来源:钦州人大网 分享:", 85205),  # a web page's view counter
    ("着重解决好现有“三个1亿人”问题。", 1e8),  # a figure inside a slogan's quoted name
    ("认真落实国务院关于鼓励引导民间投资新36条，抓紧制定细则。", 36),  # a policy named by its articles
    ("以解决三个1亿人问题为着力点。", 1e8),  # a figure in a named set (三个1亿人)
    ("对小微企业年应纳税所得额100万元至300万元部分，再减半征收。", 1e6),  # a tax bracket
    ("年销售收入超10亿元的龙头企业达100家以上。", 1e9),  # a threshold of the firms counted
    # a size class and a threshold are no figures of what was done
    ("推动30万千瓦级煤电机组“上大压小”。", 300000),
    ("加快推进12个百亿元、70个30亿元以上项目建设。", 3e9),
    # an altitude says where, it counts nothing
    ("为海拔4000米以上乡镇学校建设供暖设施。", 4000),
    # a rank bound
    ("规模以上工业增加值增速居全国前8位。", 8),
    # a threshold of the projects counted
    ("新引进落地总投资超10亿元项目50个以上。", 1e9),
    # an age bound of who is meant
    ("将3岁以下婴幼儿照护费用纳入个人所得税专项附加扣除。", 3),
    # marks passed or held
    ("地区生产总值迈上6万亿元台阶，达到62661亿元。", 6e12),
    ("坚决守住18亿亩耕地红线。", 1.8e9),
    ("地区生产总值迈上5万亿台阶。", 5e12),
]


METRIC_SUBJECTS_5 = [
    # a run of figures after words of change alone goes through the figures before it
    ("中央财政用于科技、教育、文化的支出分别为700亿元、500亿元、100亿元，比上年增长20.1%、30.2%、8.5%。", 30.2,
     "中央财政用于教育的支出增长"),
    ("城镇居民人均可支配收入和农村居民人均纯收入，分别实际增长8.1%和9.2%。", 9.2, "农村居民人均纯收入增长"),
    # a from-to list: each run after 从 goes through the list before it
    ("城乡居民人均可支配收入从4万元和1.6万元分别提高到5万元和2万元。", 20000, "农村居民人均可支配收入"),
    ("企业退休人员基本养老金从2015年人均每月2000元提高到现在的2800元。", 2000, "企业退休人员基本养老金"),
    # clauses of change go on with the subject last named
    ("人均地区生产总值从5万元增至7万元，超过1万美元，年均增长5.1%。", 5.1, "人均地区生产总值增长"),
    # a long noun phrase in the previous clause names a from-to figure
    ("全市实现基本普及学前教育的街道社区覆盖率，由2018年的60%提高到2025年的90%。", 90, "全市实现基本普及学前教育的街道社区覆盖率"),
    # ragged edges: a verb of change, 等, a figure of its own before this one
    ("月最低工资标准平均数提高至2300元。", 2300, "月最低工资标准平均数"),
    ("建成口袋公园等120个。", 120, "建成口袋公园"),
    ("识别帮扶监测对象2.1万户8.5万人。", 85000, "识别帮扶监测对象"),
    # a grade shares the last item's head noun
    ("建设10个国家级、25个省级现代农业产业园。", 10, "国家级现代农业产业园"),
    # a share of the places a programme reaches
    ("家庭医生签约服务覆盖90%以上行政村。", 90, "家庭医生签约服务覆盖的行政村比例"),
    # a shared modifier and a per-head base go through the list
    ("入境游客人数和花费分别增长20.5%、30.5%。", 30.5, "入境游客花费增长"),
    ("每千人执业医师、注册护士数分别达到3.5人、4.1人。", 4.1, "每千人注册护士数"),
    ("城、乡居民人均可支配收入分别为41000元、19000元。", 19000, "农村居民人均可支配收入"),
    # a range written with the unit on both figures is one figure
    ("地区生产总值增长5%—5.5%。", 5, "地区生产总值增长"),
    # the figure's own year overrides the subject's
    ("今年中央财政用于就业的投入，将由去年的500亿元增加到600亿元。", 5e10, "中央财政用于就业的投入"),
    ("企业开办时间压缩到平均3个工作日以内。", 3, "企业开办时间"),
]


def test_a_range_with_the_unit_twice_is_one_figure_with_its_upper_bound():
    found = [(m.value, m.upper) for m in run("地区生产总值增长5%—5.5%。", place="河南省").metrics]
    assert found == [(5, 5.5)]


def test_not_more_than_is_at_most():
    (m,) = run("审批时间压缩到不超过90个工作日。", place="河南省").metrics
    assert (m.value, m.qualifier) == (90, "at_most")


METRIC_SUBJECTS_6 = [
    # a classifier counts the thing, not an attribute of it
    ("20个县份本级公务接待费减少15%。", 20, "县份"),
    ("抓好2000名乡村医生线下培训。", 2000, "乡村医生"),
    ("为3万名农民工追回工资2亿元。", 30000, "追回工资的农民工"),
    # the actor of a court's second figure stays with it
    ("市中级法院受理案件8000件，审、执结7800件。", 7800, "市中级法院审、执结案件"),
    # a comparison's base names nothing: the figures before go through the run
    ("全市法院受理案件1万件，审结9000件，比上一个五年分别上升20.5%和25.5%。", 25.5, "法院审结案件上升"),
    # who did it before 分别, what was counted after the figures
    ("省市人大分别设立30个、200个立法联系点。", 200, "市人大设立的立法联系点"),
    ("牛羊出栏分别增长3.2%、2.9%。", 2.9, "羊出栏增长"),
    # laws inspected, not laws made
    ("检查12部法律法规实施情况。", 12, "检查实施情况的法律法规"),
    # a voltage class opens the noun; a bare measure after 、 belongs to the item before it
    ("新建12个500千伏输变电工程。", 12, "新建500千伏输变电工程"),
    ("实现粮食播种面积1200万亩、产量500万吨。", 5e6, "粮食产量"),
    ("国资委监管企业营收增长5.1%、利润增长4.5%。", 4.5, "国资委监管企业利润增长"),
    ("省重点项目300个、完成投资4000亿元。", 4e11, "省重点项目完成投资"),
    # what a sum was taken off is what follows its 的
    ("取消了300多亿元的农业税。", 3e10, "农业税"),
    # fields before a verb say where; the noun after the verb is what is counted
    ("围绕安全生产、金融监管等领域制发检察建议300件。", 300, "检察建议"),
    # the verb of appointment stays with a generic noun; a second noun after 和 shares the first's words
    ("任免国家机关工作人员80人次。", 80, "任免国家机关工作人员"),
    ("办理代表议案6件和建议500件。", 500, "办理代表建议"),
    ("规定了公办幼儿园的比例应当逐步达到50%以上。", 50, "公办幼儿园的比例"),
    # a list in the previous clause with no figure of its own is what a bare run counts
    ("先进制造业集群、战略性新兴产业集群从无到有，分别达4个、6个。", 6, "战略性新兴产业集群"),
    ("分级诊疗试点扩大到85%以上地市。", 85, "分级诊疗试点扩大到的地市比例"),
    ("5G网络覆盖所有城区和93%以上行政村。", 93, "5G网络覆盖的行政村比例"),
    ("建强2个国家级和20个省级区域医疗中心。", 2, "国家级区域医疗中心"),
    ("为5万名农民工解决了拖欠工资问题。", 50000, "解决拖欠工资问题的农民工"),
    ("与180个国家和地区建立贸易往来。", 180, "国家和地区"),
    ("共建设3000多个项目。", 3000, "建设项目"),
    ("高中阶段毛入学率达到95.1%，高于全国平均水平3.2个百分点。", 3.2, "高中阶段毛入学率高于全国"),
    ("七是完成困难重度残疾人家庭无障碍改造4000户。", 4000, "完成困难重度残疾人家庭无障碍改造"),
    ("规模以上工业企业接近3万家。", 30000, "规模以上工业企业"),
    # a rate alone; bounds and cuts after the subject go
    ("有5.5%－6%的增速就能够实现比较充分的就业。", 5.5, "增速"),
    ("确保耕地保有量不少于3000万亩。", 3e7, "耕地保有量"),
    ("入企检查次数压减30%以上。", 30, "入企检查次数压减"),
    ("失业保险金标准每月提高100元。", 100, "失业保险金标准提高额"),
    ("资本充足率从2015年底的9.4%提升到去年底的12.3%。", 12.3, "资本充足率"),
    ("水生生物完整性指数提升2个等级。", 2, "水生生物完整性指数"),
    ("新建成轨道交通线路5条。", 5, "新建成轨道交通线路"),
    # one compressed item for a run; a plain verb of reach takes what the clause named
    ("城乡居民人均可支配收入年均增长5.1%、7.1%。", 7.1, "农村居民人均可支配收入增长"),
    ("出台10项民生政策，惠及200万人。", 2e6, "民生政策惠及"),
    ("育儿补贴惠及100万名婴幼儿。", 1e6, "育儿补贴惠及的婴幼儿"),
    ("对500万名寄宿学生补助了生活费。", 5e6, "补助生活费的寄宿学生"),
    ("累计减税超过1万亿元。", 1e12, "减税"),
    # a quote the clause start would cut; a plant's capacity
    ("“深化打造全过程人民民主基层单元”等改革成果获上级肯定性评价20次。", 20,
     "“深化打造全过程人民民主基层单元”等改革成果获上级肯定性评价"),
    ("推动白银集团7万吨锌基合金等项目建设。", 70000, "白银集团锌基合金产能"),
    # what was done to the laws counted stays; kinds of law are one list however long their names
    ("全年制定省级地方性法规7件、修改6件、废止11件。", 6, "修改省级地方性法规"),
    ("批准设区的市地方性法规、决定46件。", 46, "批准设区的市地方性法规、决定"),
    # who did what the figure counts
    ("组织全国、省人大代表3000人次参加专题调研、2000人次参加集中视察。", 2000, "参加集中视察的全国、省人大代表"),
    # ragged starts and ends: enumerators, 要把, a milestone before 、, a year after the subject
    ("7.实施公路安全生命防护工程1500公里。", 1500, "实施公路安全生命防护工程"),
    ("今年要把新农合财政补助标准提高到200元。", 200, "新农合财政补助标准"),
    ("财政民生支出突破万亿元、占比稳定在80%左右。", 80, "财政民生支出占比"),
    ("国家外汇储备2000年底达1656亿美元。", 1.656e11, "国家外汇储备"),
    ("全市人均预期寿命较2020年提高1.16岁。", 1.16, "人均预期寿命提高"),
    ("中央财政已按全国财政性教育经费支出占国内生产总值的4%编制预算。", 4, "全国财政性教育经费支出占国内生产总值比例"),
    ("建成35个先导区、1000个和美乡村。", 1000, "和美乡村"),
    ("把小学、初中学生人均公用经费分别提高到300元和500元。", 300, "小学学生人均公用经费"),
    ("国内生产总值增加到10万亿元，按可比价格计算，平均每年增长7.7%。", 7.7, "国内生产总值增长"),
    # a review of 100 more unjudged figures
    ("保费由每生每年5元提高至10元。", 5, "保费"),
    ("57个县（市）生产总值近3年年均增速快于全省。", 57, "县（市）"),
    ("新建省重点实验室、省技术创新中心、省工程研究中心各20家。", 20, "省重点实验室、省技术创新中心、省工程研究中心"),
    ("就6部法律法规的执行情况进行检查。", 6, "检查执行情况的法律法规"),
    ("电影《柳青》等50部文艺作品获得国家、国际大奖。", 50, "获得国家、国际大奖的文艺作品"),
    ("为2万名特殊困难老年人提供居家社区机构服务。", 20000, "提供居家社区机构服务的特殊困难老年人"),
    ("构建碳达峰足迹管控、降碳路径、支撑保障3个体系。", 3, "碳达峰足迹管控、降碳路径、支撑保障体系"),
    ("中央财政用于科技、教育、卫生、文化等方面的支出1168亿元。", 1.168e11, "中央财政用于科技、教育、卫生、文化等方面的支出"),
    ("降低900多万个体工商户税负。", 9e6, "个体工商户"),
    ("农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到2253元和6280元。", 6280, "城镇居民人均可支配收入"),
    ("农村居民家庭人均纯收入由2090元增加到2476元，平均每年实际增长3.8%。", 3.8, "农村居民家庭人均纯收入增长"),
    ("规上工业企业研发费用与营收之比达3.25%。", 3.25, "规上工业企业研发费用与营收之比"),
    # from blind samples 10 and facts 9: a sum that is a change says so; what takes a share
    ("财政收入突破3万亿元，增加5232亿元。", 5.232e11, "财政收入增加额"),
    ("中央财政补贴资金1230亿元，比上年增加200亿元。", 2e10, "中央财政补贴资金增加额"),
    ("审批项目总数达到2497项，占原有审批项目的69.3%。", 69.3, "审批项目占原有审批项目比例"),
    ("举办春夏秋冬消费季、外贸优品购物季等活动6000多场。", 6000, "春夏秋冬消费季、外贸优品购物季等活动"),
    ("一年来，初审3件法规，批准17件法规。", 3, "初审法规"),
    ("各级人大代表2186人次通过在线交流平台远程参加学习培训。", 2186, "参加学习培训的各级人大代表"),
    ("设立5个自贸联动创新区。", 5, "自贸联动创新区"),
    ("批准地方性法规和自治条例、单行条例27件。", 27, "批准地方性法规和自治条例、单行条例"),
    ("地区生产总值达到13697.5亿元，较“十三五”末的9323.1亿元增加4374.4亿元，增长33.6%。", 33.6, "地区生产总值增长"),
    ("地区生产总值达到13697.5亿元，较“十三五”末的9323.1亿元增加4374.4亿元，增长33.6%。", 4.3744e11, "地区生产总值增加额"),
    ("批准较大的市的地方性法规和自治条例17件。", 17, "批准较大的市的地方性法规和自治条例"),
]


METRIC_SUBJECTS_7 = [
    # all the verbs done to the laws counted, and whose laws they were
    ("共制定和修改12件地方性法规，初审3件法规。", 12, "制定和修改地方性法规"),
    ("批准有立法权的市报批的17件法规。", 17, "批准有立法权的市报批的法规"),
    ("审议通过的9件法规。", 9, "审议通过的法规"),
    ("制定地方性法规2件，完成1件法规的一审。", 1, "完成一审的法规"),
    # a pair written as one word, through 分别 (and the word before the run holds for each figure)
    ("一般公共预算收支累计分别突破9千亿元、3万亿元。", 9e11, "一般公共预算收入"),
    ("一般公共预算收支累计分别突破9千亿元、3万亿元。", 3e12, "一般公共预算支出"),
    ("金融机构人民币存贷款余额分别增长6.9%、6.6%。", 6.6, "金融机构人民币贷款余额增长"),
    # items of a list through 分别 are one each: 等 goes
    ("食品、石化、医药、信息等产业增加值分别增长7.5%、11.5%、17.4%、7.3%。", 17.4, "医药产业增加值增长"),
    # a manner word jieba joins to the verb still opens the predicate; it is no part of the subject
    ("2款一类创新药集中获批上市。", 2, "获批上市的一类创新药"),
    ("40件民生实事全面完成。", 40, "完成的民生实事"),
    ("新昆楚大、临清等40条高速公路相继开通。", 40, "开通的高速公路"),
    ("1.2万户相对集中居住农户入住新居。", 12000, "相对集中居住农户入住新居"),
    # posts listed are counted together
    ("其中任免专门委员会组成人员、常委会工作机构负责人27人次。", 27, "专门委员会组成人员、常委会工作机构负责人"),
    # counts written one after another share the predicate, and the cause
    ("“四带一自”模式带动70个贫困村3.2万户贫困户增收。", 70, "带动增收的贫困村"),
    ("“四带一自”模式带动70个贫困村3.2万户贫困户增收。", 32000, "带动增收的贫困户"),
    ("帮助8万户以上群众实现安居梦。", 80000, "帮助实现安居梦的群众"),
    ("农村免费孕前检查使600万个家庭受益。", 6e6, "受益的家庭"),
    # counts joined by 及 share the noun after the last; a count of kinds of what the next figure counts
    ("持续推进首批12项及第二批14项重点改革。", 12, "首批重点改革"),
    ("12类45件民生实事全面完成。", 12, "民生实事类别"),
    # after a counted noun, 及 adds another thing the count does not cover
    ("营商环境评价28个二级指标及数字政府建设达到国内先进水平。", 28, "二级指标"),
    # the size of the thing after 的
    ("组建总规模1000亿元的省战略性新兴产业投资引导基金。", 1e11, "省战略性新兴产业投资引导基金总规模"),
    ("总投资410亿元的巨化硅氟新材料项目刷新我省单体工业项目投资纪录。", 4.1e10, "巨化硅氟新材料项目总投资"),
    # a list of verbs names what is counted
    ("新建改扩建及维修改造公办幼儿园200所以上。", 200, "新建改扩建及维修改造公办幼儿园"),
    # those who gained, from what the clause before gave
    ("向更多低收入群众发放价格补贴，约6700万人受益。", 6.7e7, "价格补贴受益人数"),
    ("连续第7年提高企业退休人员基本养老金，全年人均增加1680元，5700多万人受益。", 5.7e7, "企业退休人员基本养老金受益人数"),
    # a duration whose clause opens with the verb: what the sentence is about opens its first clause
    ("粮食总产再创历史新高，连续16年位居全国首位。", 16, "粮食总产位居全国首位"),
    ("不良贷款率保持低位，连续6年无高风险金融机构。", 6, "无高风险金融机构"),
    # an age after the classifier says who is counted; the noun goes on after it
    ("为87万名80岁以上老年人发放高龄津贴。", 870000, "发放高龄津贴的80岁以上老年人"),
    # words of time and resolve before the subject go
    ("用两年时间将筹资标准提高到每人每年100元。", 100, "筹资标准"),
    ("今年也要再减少农村贫困人口1000万人以上。", 1e7, "减少农村贫困人口"),
    # a list before 等N项行动 (no item a verb phrase) names the deeds
    ("实施农业转移人口市民化、产业带动新型城镇化建设等8项行动。", 8, "农业转移人口市民化、产业带动新型城镇化建设等行动"),
    ("第一时间成立支持外经贸高质量发展指挥部、出台20条举措。", 20, "举措"),
    # items after 、 with no figure of their own are counted with the first
    ("推动20个机关、企事业单位附属空间对社会开放共享。", 20, "机关、企事业单位附属空间"),
    # the verb of reach after 、 or alone in its clause
    ("高铁营业里程达到3万公里、覆盖80%以上的大城市。", 80, "高铁覆盖的大城市比例"),
    ("新建10个县级托育服务机构，惠及超50万名3岁以下婴幼儿。", 500000, "县级托育服务机构惠及的3岁以下婴幼儿"),
    # the rate a policy sets; the share each part takes
    ("延续执行企业研发费用加计扣除75%政策。", 75, "企业研发费用加计扣除比例"),
    ("社会事业投资占43.7%，灾后恢复重建占14.8%。", 14.8, "灾后恢复重建占比"),
    # (blind sample 13 and facts sample 12 found these forms)
    ("全年共制定、修改地方性法规11件。", 11, "制定、修改地方性法规"),
    ("先后有333个集体和469名个人受到中央、省级表彰。", 469, "受到中央、省级表彰的个人"),
    ("先后有333个集体和469名个人受到中央、省级表彰。", 333, "受到中央、省级表彰的集体"),
    ("7个品牌入围全国区域品牌（地理标志）百强榜。", 7, "入围全国区域品牌（地理标志）百强榜的品牌"),
    ("连续3年开展“推进县乡人大工作和建设、提升基层治理”活动。", 3, "开展“推进县乡人大工作和建设、提升基层治理”活动"),
    ("加快推进12个百亿元、70个30亿元以上项目建设。", 70, "30亿元以上项目建设"),
    ("全国普通高校招生268万人，比上年增加48万人。", 480000, "全国普通高校招生增加"),
    ("建立困难和重度残疾人“两项补贴”制度，惠及2100多万人。", 2.1e7, "困难和重度残疾人“两项补贴”制度惠及"),
    ("占国际市场份额比2007年提高2个多百分点。", 2, "占国际市场份额提高"),
    ("农村中小学现代远程教育工程已投入80亿元，覆盖中西部地区80%以上的农村中小学。", 80, "农村中小学现代远程教育工程覆盖的农村中小学比例"),
    ("城镇新增就业、新增发放创业担保贷款分别完成年计划的118.2%、248.57%。", 248.57, "新增发放创业担保贷款完成年计划比例"),
    # a figure written 1万6千, a unit per month, a net sum added, a change of age, a total after the new ones
    ("日均新设企业由5千多户增加到1万6千多户。", 16000, "日均新设企业"),
    ("城乡低保平均标准分别从2020年的645元/月、4318元/年提高到2025年的801元/月、7226元/年。", 4318, "农村低保平均标准"),
    ("地区生产总值跨过3万亿元，较“十三五”末净增1万亿元。", 1e12, "地区生产总值净增额"),
    ("人均预期寿命再提高1岁。", 1, "人均预期寿命提高"),
    ("新增百亿县区26个，累计达到46个。", 46, "百亿县区"),
    ("今年高校毕业生将高达765万人。", 7.65e6, "高校毕业生"),
    ("工业企业利润由上年下降2.3%转为增长8.5%。", 8.5, "工业企业利润增长"),
    ("带动银行贷款和其他社会资金形成3.28万亿元的投资规模。", 3.28e12, "投资规模"),
    ("确保粮食播种面积1530万亩、总产量125亿斤。", 1.25e10, "粮食总产量"),
    ("听取审议专项工作报告14项，听取审议计划、预算执行及审计情况报告、审查批准决算等7项。", 7, "计划、预算执行及审计情况报告、审查批准决算"),
    ("易地扶贫搬迁178户，后续帮扶项目户均2个。", 2, "户均后续帮扶项目"),
    # (blind sample 14 and a review of 200 unjudged figures found these forms)
    ("提出8%左右的国内生产总值增长目标。", 8, "国内生产总值增长目标"),
    ("优良天数比例提高6.1个百分点。", 6.1, "优良天数比例提高"),
    ("全市地区生产总值5.2万亿元、增长5.4%、高于全国0.4个百分点。", 0.4, "全市地区生产总值增长高于全国"),
    ("自主创新、结构调整、节能减排和生态建设占16%，重大基础设施建设占23%。", 16, "自主创新、结构调整、节能减排和生态建设占比"),
    ("阶段性将小规模纳税人增值税起征点从月销售额3万元提高到15万元。", 150000, "小规模纳税人增值税起征点"),
    ("到2030年人均地区生产总值达到10万元。", 100000, "人均地区生产总值"),
    ("中央财政今年安排再就业补助资金25l亿元，比上年增加42亿元。", 4.2e9, "中央财政今年安排再就业补助资金增加额"),
    ("22条重点入黄排水沟整治率达100%。", 22, "重点入黄排水沟"),
    ("新培育科技型、高成长创新型、新型工业化示范型企业300家。", 300, "新培育科技型、高成长创新型、新型工业化示范型企业"),
    ("超过200家世界500强企业在陕设立分支机构。", 200, "在陕设立分支机构的世界500强企业"),
    ("43所高校、职业院校和538所中小学与北京市学校结对办学。", 43, "高校、职业院校"),
    ("1028个代表之家、41个基层立法联系点全覆盖迭代升级。", 41, "全覆盖迭代升级的基层立法联系点"),
    ("今年要完成7700多项食品、药品和其他消费品安全国家标准的制定修订工作。", 7700, "食品、药品和其他消费品安全国家标准"),
    ("针对融资难融资贵问题，先后4次降低存款准备金率。", 4, "降低存款准备金率"),
    ("涉及10.5万人的保交房任务全部完成。", 105000, "保交房任务涉及人数"),
    ("PM2.5年均浓度较“十三五”末改善16.5%，连续5年达国家二级标准。", 5, "PM2.5年均浓度达国家二级标准"),
    ("制定人大街道工委工作条例，连续3年开展“推进县乡人大", 3, "开展“推进县乡人大…”"),
    ("外贸进出口总额突破5000亿美元，其中出口2662亿美元，增长6.8%。", 6.8, "出口增长"),
    ("确定4.5%左右的增长目标，在实际工作中努力争取更好结果。", 4.5, "增长目标"),
    ("实施5批次19组集团层面战略性重组。", 5, "集团层面战略性重组批次"),
    ("新建和改造提升农村公路2500公里。", 2500, "新建和改造提升农村公路"),
    ("落实国家育儿补贴政策，惠及154万户家庭。", 1.54e6, "国家育儿补贴政策惠及的家庭"),
    ("企业退休人员基本养老金水平又提高10%。", 10, "企业退休人员基本养老金水平提高"),
    ("粮食产量继续保持500亿斤以上。", 5e10, "粮食产量"),
    ("国家公布产量的104种工业产品中，我省在全国占比超过10%的有44种。", 104, "工业产品"),
    ("将8个公司运营的16支省级政府投资基金整合为产业、科创2支基金。", 16, "省级政府投资基金"),
    ("非化石能源发电装机达到1.39亿千瓦，占比由31%提升至54%。", 54, "非化石能源发电装机占比"),
    ("为此中央财政支出95亿元。", 9.5e9, "中央财政支出"),
    ("城镇新增就业45万人以上的目标，体现了就业优先的政策导向。", 450000, "城镇新增就业"),
    ("续建安置房7550套，新开工1000套以上。", 1000, "新开工安置房"),
    ("今年城镇保障性住房基本建成470万套、新开工630万套。", 6.3e6, "新开工城镇保障性住房"),
    ("有序改造供热管网1287公里、燃气管网810公里。", 1287, "改造供热管网"),
    ("价格上涨的翘尾影响约有1个百分点。", 1, "价格上涨的翘尾影响"),
    ("推进66个粮食产能提升重点县和豫东平原200万亩高标准农田建设。", 66, "粮食产能提升重点县"),
    ("全体居民人均可支配收入增速高于经济增速、突破3万元。", 30000, "全体居民人均可支配收入"),
    ("全国有27个省、自治区、直辖市工业效益好转。", 27, "省、自治区、直辖市"),
    ("深圳中国特色社会主义先行示范区47项经验、深圳综合改革试点48项经验获全国推广。", 48, "深圳综合改革试点经验"),
    ("形成30项以上创新成果。", 30, "创新成果"),
    ("重点抓好以下14个方面的工作：", 14, "工作方面"),
    ("实现高职院校扩招100万人目标。", 1e6, "高职院校扩招"),
    # (blind facts sample 14)
    ("全国28个省区市干部群众参与其中。", 28, "干部群众参与其中的省区市"),
    ("市、县(市、区)人大联动开展执法检查、专题询问、监督性调研20余次。", 20, "执法检查、专题询问、监督性调研"),
    # (blind sample 15)
    ("为继续落实“两个确保”和“三条保障线”，2003年中央财政支出700亿元，比上年增长19.9%。", 7e10, "中央财政用于落实“两个确保”和“三条保障线”的支出"),
    ("74个国控断面水质优良比例连续3年保持100%。", 74, "国控断面"),
    ("2009年中央政府公共投资9243亿元，比上年预算增加5038亿元。", 9.243e11, "中央政府公共投资"),
    ("对2000年底以前发布的756件行政法规进行全面清理，废止71件。", 756, "清理的行政法规"),
    ("再解决6000万人安全饮水问题。", 6e7, "解决安全饮水问题的人口"),
    ("城市居民最低生活保障的覆盖人数，由年初的400多万人扩大到年底的2000多万人。", 2e7, "城市居民最低生活保障的覆盖人数"),
    ("1.2万个退役军人服务站提质增效。", 12000, "提质增效的退役军人服务站"),
    ("听取审议县人民政府及其组成部门、县人民法院、县人民检察院专项工作报告20项。", 20, "县人民政府及其组成部门、县人民法院、县人民检察院专项工作报告"),
    ("项、专题调研 21 项;作出决议决定 12 项。", 21, "专题调研"),
    ("听取审议专项工作报告 24 项,开展执法检查 6 项、专题调研 21 项。", 6, "执法检查"),
    ("建成和美乡村样板村300多个。", 300, "建成和美乡村样板村"),
    ("集中修改市政设施管理条例等9件法规。", 9, "修改市政设施管理条例等法规"),
    ("国务院先后提出银行业监督管理法草案、对外贸易法修订草案等5部法律议案。", 5, "法律议案"),
    ("实施学前一年免费教育政策、惠及168万名儿童。", 1.68e6, "学前一年免费教育政策惠及的儿童"),
    ("新增高速公路通车里程1523公里，总里程达8667公里。", 8667, "高速公路通车总里程"),
    ("粮食总产486.5亿斤，单产1105.6斤。", 1105.6, "粮食单产"),
    ("对16个市级部门预算草案和2项重点专项资金开展专题审议。", 16, "开展专题审议的市级部门预算草案"),
    ("下调城镇职工基本养老保险单位缴费比例，各地可降至16%。", 16, "城镇职工基本养老保险单位缴费比例"),
    ("新能源和清洁能源装机同比增加1829万千瓦、达到9048万千瓦。", 1.829e7, "新能源和清洁能源装机增加"),
    ("2006年，单位国内生产总值能耗由前三年分别上升4.9%、5.5%、0.2%，转为下降1.2%。", 1.2, "单位国内生产总值能耗下降"),
    ("2006年，单位国内生产总值能耗由前三年分别上升4.9%、5.5%、0.2%，转为下降1.2%。", 5.5, "单位国内生产总值能耗上升"),
    ("包括地区生产总值增长5%左右。", 5, "地区生产总值增长"),
    ("去年底企业数量超过5200万户。", 5.2e7, "企业数量"),
    ("提高城乡低保标准、覆盖119.2万人。", 1.192e6, "城乡低保标准覆盖"),
    ("职工医保个人账户家庭共济改革惠及全省，共济金额6.91亿元。", 6.91e8, "共济金额"),
    ("实施产业提质升级“1+9”行动和12个重点产业稳增长方案。", 12, "重点产业稳增长方案"),
    ("一般公共预算收入增加近1000亿元，稳步达到3000亿元以上。", 3e11, "一般公共预算收入"),
    ("中央财政安排423亿元资金，支持十大重点节能工程。", 4.23e10, "中央财政安排的资金"),
    ("全产业链总产值达3420亿元，和美乡村覆盖率达73%。", 73, "和美乡村覆盖率"),
    ("年末城镇调查失业率从上半年5.5%降到5.3%。", 5.5, "城镇调查失业率"),
    # (blind sample 16 and facts sample 15)
    ("突出抓好渔船“木改钢”、化工老旧装置改造和矿山全面排查整治3件事。", 3, "渔船“木改钢”、化工老旧装置改造和矿山全面排查整治"),
    ("实施上述政策，今年将比改革前减轻企业和个人负担5000多亿元。", 5e11, "减轻企业和个人负担"),
    ("“十三五”时期经济年均增长保持在6.5%以上。", 6.5, "“十三五”时期经济增长"),
    ("克服罕见旱情和12轮致灾性强降雨等困难挑战。", 12, "致灾性强降雨"),
    ("落实市委“每年通过法规案20件以上、创制性立法数量占比20%以上”要求。", 20, "每年通过法规案"),
    ("66个产业集群和园区开展试点。", 66, "开展试点的产业集群和园区"),
    ("实施两年新增4万亿元的投资计划。", 4e12, "投资计划规模"),
    ("在网上举行全省人大系统学习宣传答题竞赛，全国28个省区市干部群众参与其中。", 28, "干部群众参与答题竞赛的省区市"),
    ("在我们这样一个13亿人口的发展中国家。", 1.3e9, "人口"),
    ("质量工作考核连续10次获评国家A级。", 10, "质量工作考核获评国家A级"),
    ("今年要完成铁路投资7320亿元、公路水运投资1.8万亿元左右。", 7.32e11, "铁路投资"),
    ("从2003年到2006年年均超收2040亿元。", 2.04e11, "年均超收"),
    ("深化开发区管理体制改革，开发区和工业园区由162个整合为123个。", 123, "开发区和工业园区"),
    ("2所高职院校升格为职教本科。", 2, "升格为职教本科的高职院校"),
    ("使1100万户困难家庭住上了新房。", 1.1e7, "住上了新房的困难家庭"),
    ("将建筑业等行业现行10%的税率降至9%。", 9, "建筑业等行业税率"),
    ("国内生产总值增长6.6%，总量突破90万亿元。", 9e13, "国内生产总值总量"),
    ("坚持民生为大，安排资金136亿元，办好34项民生实事。", 1.36e10, "安排资金"),
    ("5次调高城乡居民基础养老金标准，4次调高城乡低保、教育“三包”标准。", 4, "调高城乡低保、教育“三包”标准"),
    ("7家地方国企进入中国企业500强。", 7, "进入中国企业500强的地方国企"),
    ("积极争创自由贸易试验区，进出口总值翻番、达到2206亿元。", 2.206e11, "进出口总值"),
    ("城乡低保、特困救助标准连续19年提高。", 19, "城乡低保、特困救助标准提高"),
    ("六是帮扶3000余名符合条件的残疾人就业创业。", 3000, "符合条件的残疾人"),
    # (blind sample 17)
    ("森林蓄积量增加6亿立方米，森林覆盖率达到21.66%。", 6e8, "森林蓄积量增加"),
    ("资产资源规模增长3.8万亿元。", 3.8e12, "资产资源规模增长额"),
    ("今年保障性安居工程新安排740万套，其中棚户区改造580万套，增加110万套。", 1.1e6, "棚户区改造增加"),
    ("今年保障性安居工程新安排740万套，其中棚户区改造580万套，增加110万套。", 7.4e6, "保障性安居工程"),
    ("高新技术企业净增700家以上。", 700, "高新技术企业净增"),
    ("降低900多万个体工商户税负。", 9e6, "个体工商户"),
    ("电力装机容量达到1.64亿千瓦，晋电外送24个省份。", 24, "晋电外送省份"),
    ("推动县中托管帮扶从15个县（市）扩大到57个县（市），持续开展结对帮扶。", 57, "县中托管帮扶的县（市）"),
    ("加快地震灾区学校恢复建设，确保今年底95%以上的学生都能在永久性校舍中学习。", 95, "在永久性校舍中学习的学生比例"),
    ("钢铁、有色、化工等重点行业46种产品能耗达到国家先进值。", 46, "能耗达到国家先进值的产品"),
    ("城镇居民人均可支配收入，考虑价格下降因素比上年实际增长9.3%。", 9.3, "城镇居民人均可支配收入增长"),
    ("今年全面实施增值税转型，可减轻企业和居民负担5000亿元左右。", 5e11, "减轻企业和居民负担"),
    # (blind samples 18 and 19)
    ("去年全国财政比年度预算超收7239亿元，其中中央财政超收4168亿元。", 7.239e11, "全国财政超收"),
    ("累计净增各类经营主体155万户、总量达474万户。", 4.74e6, "各类经营主体总量"),
    ("对756件行政法规进行全面清理，废止71件，宣布失效80件。", 80, "宣布失效的行政法规"),
]

METRIC_SUBJECTS_8 = [
    # modifiers joined by 和 share the head noun after them
    ("承办100多项国际性和全国性赛事，荣获全国首届“县BA”冠军。", 100, "国际性和全国性赛事"),
    ("制定了105个专项和部门应急预案。", 105, "专项和部门应急预案"),
    # a comparison's base names nothing: the rate is the clause before's
    ("中央财政拟投入社会保障资金2930亿元，比上年预计数增加439亿元，增长17.6%。", 17.6, "中央财政拟投入社会保障资金增长"),
    # 再 opens words (再就业, 再生) and is no adverb there
    ("去年中央财政安排国有企业下岗职工基本生活保障专项补助、再就业补助209亿元，比上年增加29亿元。", 2.09e10,
     "国有企业下岗职工基本生活保障专项补助、再就业补助"),
    # modifiers listed before 的 describe one head noun
    ("将增值税收入占比最高、涉及行业广泛的税率从17%降至13%。", 13, "增值税收入占比最高、涉及行业广泛的税率"),
    # names listed before the figure are the things the noun after the classifier counts
    ("新增炳灵寺、官鹅沟、冶力关3家5A级景区。", 3, "5A级景区"),
    # a duration after an item of a list: the item's noun is what went on
    ("油气当量3.25亿吨、连续5年稳居全国第一。", 5, "油气当量稳居全国第一"),
    # a figure on another basis in parentheses is of the clause's subject
    ("地方一般公共预算收入达3507.6亿元、增长1.7%（同口径增长2.5%以上）。", 2.5, "地方一般公共预算收入同口径增长"),
    # a shared verb with its adverb goes to every item
    ("累计推出119个重点事项，平均压减时间58%、材料52%。", 52, "平均压减材料"),
    # 中小学 in the text's order
    ("提前一年实现农村中小学生人均公用经费500元和300元的目标。", 300, "农村小学生人均公用经费"),
    # what the counted things reached
    ("85个学科进入ESI世界学科排名前1％、9个学科进入前1‰。", 85, "进入ESI世界学科排名前1%的学科"),
    # a relative clause made of an adjective opens the noun
    ("为不少于5万名经济困难的严重精神障碍患者免费提供抗精神病药物。", 5e4, "经济困难的严重精神障碍患者"),
    # a quote that opens after another closed is the one the figure is in
    ("按照市委“每年通过法规案20件以上、创制性立法数量占比20%以上”“每年开展监督工作40项以上”的要求。", 40, "每年开展监督工作"),
    ("森林覆盖率达65.85%、连续47年居全国首位。", 47, "森林覆盖率居全国首位"),
    ("高技术服务业投资增长16.4%、连续18个月保持两位数增长。", 18, "高技术服务业投资保持两位数增长"),
    # (two reviews of unjudged figures)
    ("国家财政收入比上年增加1501亿元，总额首次突破万亿元，达到11377亿元。", 1.1377e12, "国家财政收入总额"),
    ("办理人大代表建议4249件、政协提案3542件，办结率100%。", 100, "办结率"),
    ("在70%左右的地市开展分级诊疗试点。", 70, "开展分级诊疗试点的地市比例"),
    ("解决240万户林区、垦区、煤矿等棚户区居民的住房问题。", 2.4e6, "棚户区居民"),
    ("改善7000多所义务教育学校办学条件。", 7000, "义务教育学校"),
    ("建成250个社区健身路径或3人制篮球场。", 250, "建成社区健身路径或3人制篮球场"),
    ("支持巩义、永城、林州等10个有条件的县（市）发展成为中等城市。", 10, "有条件的县（市）"),
    ("2007年中、高等职业教育在校生分别达到2000万人和861万人。", 2e7, "中等职业教育在校生"),
    ("省属企业营业收入、利润分别增长6%、60.7%。", 60.7, "省属企业利润增长"),
    ("新一代信息技术、新能源、输变电装备产业产值分别增长9.2%、8.2%、12%。", 9.2, "新一代信息技术产业产值增长"),
    ("新改扩建中小学、幼儿园4868所。", 4868, "新改扩建中小学、幼儿园"),
    ("粮食总产量在上年大幅度增长的基础上，又增产291亿斤，达到9680亿斤。", 2.91e10, "粮食总产量增产"),
    ("粮食总产量在上年大幅度增长的基础上，又增产291亿斤，达到9680亿斤。", 9.68e11, "粮食总产量"),
    ("各级各类学校组织开展超5000场次专题教育、家长课堂等活动。", 5000, "专题教育、家长课堂等活动"),
    ("煤炭、电解铝分别淘汰落后生产能力1.1亿吨和120万吨。", 1.2e6, "电解铝淘汰落后生产能力"),
    ("近三年淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨、平板玻璃7600多万重量箱、电解铝100多万吨。", 1e6, "淘汰电解铝产能"),
    ("新增高速（一级）公路2600公里、农村公路3000公里。", 3000, "新增农村公路"),
    ("促进金融机构发放信用贷款1110亿元、惠及企业2.2万户。", 22000, "惠及企业"),
    ("消费对经济增长的贡献率上升3个百分点，达到51.2%。", 51.2, "消费对经济增长的贡献率"),
    ("抓好总投资2万亿元的389个省重点项目。", 2e12, "省重点项目总投资"),
    ("成为全国首个经济总量突破5万亿元的城市。", 5e12, "经济总量"),
    ("8家企业获评国家领航级、卓越级智能工厂。", 8, "获评国家领航级、卓越级智能工厂的企业"),
    ("出台稳就业20条政策措施。", 20, "稳就业政策措施"),
    ("推动优化工商业电价机制12条举措落地见效。", 12, "优化工商业电价机制举措"),
    ("经济增速2022年以来连续16个季度高于全国平均水平。", 16, "经济增速高于全国平均水平"),
    ("专项产业基金、新增能耗、新增工业用地支持民间投资项目比重分别为99.3%、93.8%、84.6%。", 93.8, "新增能耗支持民间投资项目比重"),
    ("高速公路通车里程全国第四、突破1万公里，高速铁路运营里程全国第七。", 1e4, "高速公路通车里程"),
    ("全省进出口总值创历史新高，达到5379亿元、增长18.5%。", 18.5, "全省进出口总值增长"),
    ("新建和加固堤防1.7万公里。", 1.7e4, "新建和加固堤防"),
    ("今明两年继续提高企业退休人员基本养老金，人均每年增长10%左右。", 10, "企业退休人员基本养老金增长"),
    ("地区生产总值跨越3个千亿元台阶，达到1.5万亿元、增长19.8%。", 19.8, "地区生产总值增长"),
    ("今年再解决3200万人的安全饮水问题。", 3.2e7, "解决安全饮水问题的人口"),
    ("实施高职扩招和职业技能提升三年行动，累计扩招413万人。", 4.13e6, "扩招人数"),
    # a count of what was built, added or renovated says so (not the stock)
    ("加快推进算力基础设施项目建设，新建5G基站1万个。", 1e4, "新建5G基站"),
    ("改造老旧小区13.7万户，保交房任务全面完成。", 1.37e5, "改造老旧小区"),
    ("新建改建农村公路20万公里。", 2e5, "新建改建农村公路"),
    ("累计治理水土流失面积8000平方公里、石漠化面积1033平方公里。", 1033, "治理石漠化面积"),
    ("新开工保障性安居工程666万套，基本建成544万套。", 5.44e6, "基本建成保障性安居工程"),
    ("新建10个县级托育服务机构，惠及超50万名3岁以下婴幼儿。", 10, "新建县级托育服务机构"),
]


def test_points_run_shares_its_unit():
    # 分别快于全国3.4个、1个百分点: the run's last unit is each figure's
    units = {m.value: m.unit for m in run("投资、消费增速分别快于全国3.4个、1个百分点。", place="河南省").metrics}
    assert units == {3.4: "个百分点", 1: "个百分点"}, units


def test_required_figure_is_target():
    # 规定…应当逐步达到60%以上: what a law requires, not what was reached
    (m,) = run("规定了公办幼儿园的比例应当逐步达到60%以上。", place="河南省").metrics
    assert (m.value, m.kind, m.qualifier) == (60, "target", "at_least")


# every table of metric subjects above, one case per row
@pytest.mark.parametrize("sentence,value,subject", METRIC_SUBJECTS + METRIC_SUBJECTS_2 + METRIC_SUBJECTS_3 + METRIC_SUBJECTS_4
                         + METRIC_SUBJECTS_5 + METRIC_SUBJECTS_6 + METRIC_SUBJECTS_7 + METRIC_SUBJECTS_8)
def test_metric_subjects(sentence, value, subject):
    found = {(m.value, m.subject) for m in run(sentence, place="河南省").metrics}
    assert (value, subject) in found, found


@pytest.mark.parametrize("sentence,value", NOT_FIGURES)
def test_not_figures(sentence, value):
    assert value not in {m.value for m in run(sentence, place="河南省").metrics}


def test_decision_made_is_enacted():
    # 作出《关于…的决定》: the congress made the decision (as the blind annotators mark it)
    x = run("常委会专门加开会议，作出《关于依法加强疫情防控工作的决定》。", place="河南省")
    assert [a.type for a in x.actions] == ["enacted"], actions(x)
    y = run("自治区党委作出了《关于进一步加强和改进人大工作的决定》。", place="河南省")
    assert [a.type for a in y.actions] == ["other"], actions(y)  # a party committee's decision


def test_law_invoked_is_other():
    # 组织宪法宣誓仪式: the Constitution is invoked, an `other` act (as the blind annotators mark it)
    x = run("组织7次宪法宣誓仪式。", place="河南省")
    assert ("中华人民共和国宪法", "other", "past") in actions(x), actions(x)


def test_county_makes_no_laws():
    # a county government's 办法 is a normative document, not a local regulation
    x = run("出台了《沅陵县农业产业扶贫奖补办法》，共发放奖补资金1489万元。", place="沅陵县", genre="人民政府工作报告")
    assert not x.laws, x.laws


def test_main_body_named_where_it_names_itself():
    x = run("常委会全年制定地方性法规8件。", place="河南省")
    own = [b for b in x.bodies if b.canonical == "河南省人民代表大会常务委员会"]
    assert own and own[0].mentions


def test_carried_goal_evidence_reaches_its_lead():
    # 聚焦建设X，… . 出台A规定… : A serves X, and the evidence holds the sentence that leads with X
    x = run("聚焦建设山川秀美的现代河南，作出修改实施水法办法的决定。制定噪声污染防治若干规定，推进重点领域污染防治。",
            place="河南省")
    ev = {e.id: e.text for e in x.evidence}
    titles = {law.id: law.title for law in x.laws}
    found = [(titles.get(r.source), ev[r.evidence]) for r in x.relations if r.type == "serves"]
    assert any(t == "河南省噪声污染防治若干规定" and "山川秀美" in text for t, text in found), found


def test_initiative_without_manner_adverb():
    x = run("省委团结带领全省各族人民，如期打赢脱贫攻坚战，全面建成小康社会。", place="河南省")
    assert "脱贫攻坚战" in {i.name for i in x.initiatives}


PROVINCIAL_BODIES = [
    # in a city's or county's report, 省委, 省人大, 省检察院 are its province's, known from the national
    # statistics' division codes (ontology/lexicon/divisions.tsv) even where the text never names it
    ("在省委和市委的坚强领导下，常委会依法履职。", "绍兴市", "中共浙江省委员会"),
    ("在省检察院和市委的领导下，全市检察机关依法履职。", "襄阳市", "湖北省人民检察院"),
    ("省人大常委会来我县开展执法检查。", "宿松县", "安徽省人民代表大会常务委员会"),
    ("全国人民代表大会常委会通过了修改后的法律。", "河南省", "全国人民代表大会常务委员会"),
]


@pytest.mark.parametrize("body,place,canonical", PROVINCIAL_BODIES)
def test_provincial_bodies_of_a_city_report(body, place, canonical):
    assert canonical in {b.canonical for b in run(body, place=place).bodies}


def test_a_reading_is_reviewing():
    x = run("常委会积极推进沿海经济带条例的制定，在深入调研论证的基础上进行了一审。", place="辽宁省")
    assert ("辽宁省沿海经济带条例", "reviewing", "past") in actions(x), actions(x)


def test_free_trade_zone_title():
    x = run("常委会及时制定平潭综合实验区条例、福建自由贸易试验区条例等。", place="福建省")
    assert "中国（福建）自由贸易试验区条例" in laws(x), laws(x)


def test_excerpt_cut_mid_sentence_keeps_its_paragraphs_past_a_heading():
    # an excerpt that stops mid-sentence: its last full paragraph is the first one, then a part heading,
    # then prose without an end; none of it may be dropped at a guessed body boundary
    from kg.loaders import extract
    from kg.loaders.read import read_text

    text = ("政府工作报告\n——2019年1月4日在宿松县第十六届人民代表大会第三次会议上\n各位代表:\n"
            "现在,我代表县人民政府,向大会报告政府工作,请予审议,并请县政协委员和其他列席人员提出意见。\n"
            "一、2018年工作回顾\n"
            "过去一年,全县上下在县委的坚强领导下,统筹推进各项工作,预计全年实现地区生产总值197.4亿元,增长8.5%;"
            "固定资产投资增长13%,社会消费品零售总额增长12.2%,城乡居民人均可支配收入16491元\n")
    x = extract(read_text(text, "t.txt", force=True))
    assert {1.974e10, 13, 12.2, 16491} <= {m.value for m in x.metrics}, [m.value for m in x.metrics]


def test_approximate_before_the_multiplier():
    x = run("为企业和个人减税8000多亿元。今年高校毕业生820多万人。", place="河南省")
    found = {(m.value, m.unit, m.qualifier) for m in x.metrics}
    assert {(8e11, "元", "at_least"), (8.2e6, "人", "at_least")} <= found, found


def test_the_centre_alone_is_the_party_centre():
    bodies = {b.canonical for b in run("紧紧围绕中央和省委重大决策部署，加强立法。中央财政安排资金。", place="河南省").bodies}
    assert "中国共产党中央委员会" in bodies, bodies


def test_region_named_regulation_keeps_its_title():
    assert "辽宁沿海经济带条例" in laws(run("常委会积极推进辽宁沿海经济带条例的制定。", place="辽宁省"))
    assert "辽宁省防沙治沙条例" in laws(run("常委会制定了辽宁防沙治沙条例。", place="辽宁省"))


def test_metric_subject_keeps_a_short_list():
    x = run("全年制定地方性法规、决定18件。组织全国、省人大代表3178人次参加专题调研。", place="河南省")
    found = {(m.value, m.subject) for m in x.metrics}
    assert {(18, "制定地方性法规、决定"), (3178, "参加专题调研的全国、省人大代表")} <= found, found


BASIC_LAWS = [
    ("全面准确贯彻“一国两制”方针，严格按照宪法和基本法办事，支持香港、澳门发展经济。",
     {"中华人民共和国香港特别行政区基本法", "中华人民共和国澳门特别行政区基本法"}),
    ("支持香港依法治港，维护宪法和基本法确定的宪制秩序。", {"中华人民共和国香港特别行政区基本法"}),
    # 基本法 with no Hong Kong or Macau in sight is no law of theirs
    ("学习宪法和基本法律知识。", set()),
]


@pytest.mark.parametrize("body,expected", BASIC_LAWS)
def test_basic_law_alone(body, expected):
    found = {t for t in laws(run(body, place="中华人民共和国", genre="政府工作报告")) if "基本法" in t}
    assert found == expected


def test_a_section_headed_by_what_it_serves():
    x = run("（一）服务全面深化改革，推动经济社会持续健康发展\n常委会听取有关报告。制定企业技术进步条例，激发企业活力。"
            "认真贯彻实施安全生产法。\n（二）加强监督工作\n制定物业管理条例。\n")
    found = serves(x)
    assert ("四川省企业技术进步条例", "全面深化改革") in found, found
    texts = {e.id: e.text for e in x.evidence}
    (rel,) = [r for r in x.relations if r.type == "serves"]
    assert texts[rel.evidence].startswith("（一）服务全面深化改革") and "企业技术进步条例" in texts[rel.evidence]
    assert not any(law in ("四川省物业管理条例", "中华人民共和国安全生产法") for law, _ in found), found


def test_a_heading_that_serves_the_general_picture_names_no_goal():
    assert not serves(run("（一）服务中心大局，加强立法工作\n制定物业管理条例。\n"))


def test_lower_congresses_have_no_parent_and_the_countrys_are_not_prefixed():
    x = run("指导乡镇人大依法开展工作，加强县乡人大工作和建设。")
    lower = [b for b in x.bodies if "乡镇人民代表大会" in b.canonical]
    assert lower and all(b.parent is None for b in lower)
    national = run("加强县乡人大工作和建设。", place="中华人民共和国", level="国家",
                   genre="全国人民代表大会常务委员会工作报告")
    assert "县乡人民代表大会" in {b.canonical for b in national.bodies}
    assert not any(b.canonical == "中华人民共和国人民代表大会" for b in national.bodies)


def initiatives_of(body: str) -> set[str]:
    return {i.name for i in run(body).initiatives}


@pytest.mark.parametrize("body,name", [
    # a cut or a list leaves no year, classifier, conjunction or complement at a name's left edge
    ("到2030年建成西部金融中心。", "西部金融中心"),
    ("新建3个国家级农业高新技术产业示范区。", "国家级农业高新技术产业示范区"),
    ("深入落实服务和保障成渝地区双城经济圈建设的实施意见。", "成渝地区双城经济圈"),
    ("支持成都建设好国家中心城市。", "国家中心城市"),
    # a name cut inside its first word takes the word back
    ("实施服务业扩能提质行动。", "服务业扩能提质行动"),
    # 建设 that is one of two things named stays
    ("加强县乡人大工作和建设。县乡人大是基层国家权力机关。制定代表法。", "县乡人大工作和建设"),
])
def test_initiative_names_start_and_end_on_words(body, name):
    found = initiatives_of(body)
    assert name in found or any(n.endswith(name) and len(n) <= len(name) + 4 for n in found), found
    assert not any(n[:1] in "年个和好" or n.startswith(("业", "性")) for n in found), found


@pytest.mark.parametrize("body,absent", [
    ("为保障这一重大战略的有效实施，常委会积极推进条例的制定。", "这一重大战略"),
    ("以深厚的感情和实际行动坚定维护核心。", "实际行动"),
])
def test_no_initiative_from_a_pointer_or_plain_deeds(body, absent):
    assert not any(absent in n for n in initiatives_of(body))


@pytest.mark.parametrize("body,absent", [
    ("紧紧围绕党中央关于“保增长、保稳定”的战略决策，认真履行职责。", "决策"),
    ("用心用力保障重大项目建设。", "重大项目"),
    ("四级人大联动、五级代表行动，开展主题活动。", "五级代表行动"),
])
def test_no_initiative_from_a_decision_a_generic_project_or_levels(body, absent):
    assert not any(n.endswith(absent) for n in initiatives_of(body))


def test_a_quoted_policy_before_its_strategy_loses_the_particle():
    assert "“保增长、保稳定”" in initiatives_of("紧紧围绕党中央关于“保增长、保稳定”的战略决策，认真履行职责。")


def test_an_overlapping_reading_makes_no_second_initiative():
    # the head rule and the service rule read the same words; only the kept reading is an initiative
    assert initiatives_of("服务湖北加快建设全国构建新发展格局先行区。") == {"全国构建新发展格局先行区"}
    assert initiatives_of("常委会把工作重心放在助力打好三大攻坚战上。") == {"三大攻坚战"}


def test_a_named_district_congress_starts_on_a_word_and_keeps_its_standing_committee():
    x = run("推动江门市江海区人大常委会被确定为基层立法联系点。", place="广东省")
    assert "江门市江海区人民代表大会常务委员会" in {b.canonical for b in x.bodies}
    assert not any(b.canonical.startswith("动") for b in x.bodies)


def test_a_traditional_report_names_initiatives_and_decisions_in_both_scripts():
    import opencc

    body = "落实国家粮食安全战略，制定高标准农田建设管理条例。常委会作出关于促进民营经济发展的决定。"
    simple = run(body)
    trad = run(opencc.OpenCC("s2t").convert(body))
    ini = {i.id: i for i in trad.initiatives}
    assert {i.id for i in simple.initiatives} == set(ini)  # one initiative whichever script
    assert all(i.canonical == opencc.OpenCC("t2s").convert(i.name) and i.canonical != i.name for i in ini.values())
    assert {d.id for d in simple.decisions} == {d.id for d in trad.decisions}
    assert all(d.canonical != d.name for d in trad.decisions)
    assert all(i.canonical == i.name for i in simple.initiatives)


@pytest.mark.parametrize("body,absent", [
    ("落实国家粮食安全战略和质量强国战略，制定高标准农田建设管理条例。", "战略和"),
    ("坚定不移沿着“4+1”指引的路子走下去。", "“4+1”"),
])
def test_no_initiative_from_a_list_of_strategies_or_a_bare_formula(body, absent):
    assert not any(absent in n for n in initiatives_of(body))


def test_a_parent_known_only_through_its_organ_has_its_own_kind():
    x = run("教育部支持我省建设教育强省。", place="河南省", genre="政府工作报告")
    kinds = {b.canonical: b.kind for b in x.bodies}
    assert kinds.get("中华人民共和国国务院") == "government", kinds
