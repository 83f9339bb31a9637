"""Metrics: figures written with Arabic digits, with unit, what they count, qualifier and kind.

1.78万件 → 17800 件; 81.3% → 81.3 %; 50余个 → 50 个 about; 20个以上 → 20 个 at_least.
Programme numbers ("33618", "1+10"), years, dates, ordinals (第32届) and numbers inside names are
not metrics.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable
from decimal import Decimal
from functools import cache, lru_cache

from kg.model import Metric

from ..lexicon import alternation, table, words, words_in_order
from ..lexicon import alternation_in_order as _alt
from . import regex as re  # re's functions over a larger cache of compiled patterns
from .context import Context, Span
from .segment import Edges, boundaries, pos_tags, tokenizer

_MULT = {"万亿": 10**12, "千亿": 10**11, "亿": 10**8, "千万": 10**7, "百万": 10**6, "万": 10**4, "千": 10**3, "百": 10**2}
_MULTIPLIERS = "|".join(m for m in _MULT if m != "百")  # of a figure (1.78万件); 百 only after another (1万6千, 3亿5百万)
_NOT_ABOUT = "(?<![" + "".join(w[0] for w in words_in_order("metric_yue_words.txt")) + "])"  # 国际公约5件, 节约: 约 ends a word there, it is no "about"
_ABOUT_BEFORE = re.compile(rf"(?:{_NOT_ABOUT}约|{_alt('metric_about_cues.txt')})$")
_LEAST_BEFORE = re.compile(rf"(?:(?<!不)超过|(?<![不超])超|{_alt('metric_least_cues.txt')}|(?<!不)高于)$")
_MOST_BEFORE = re.compile(rf"(?:{_alt('metric_most_cues.txt')})$")
# sets of words a unit or a noun is looked up in (membership only)
_ACTION_HEADS = frozenset(words_in_order("metric_action_heads.txt"))
_ACTIVITY_HEADS = frozenset(words_in_order("metric_activity_heads.txt"))
_ALLOWANCE_NOUNS = frozenset(words_in_order("metric_allowance_nouns.txt"))
_AREA_UNITS = frozenset(words_in_order("metric_area_units.txt"))
_BOUND_UNITS = frozenset(words_in_order("metric_bound_units.txt"))
_LENGTH_AREA_UNITS = frozenset(words_in_order("metric_length_area_units.txt"))
_OUTCOME_NOUNS = frozenset(words_in_order("metric_outcome_nouns.txt"))
_PEOPLE_COUNTERS = frozenset(words_in_order("metric_people_counters.txt"))
_PHYSICAL_UNITS = frozenset(words_in_order("metric_physical_units.txt"))
_SYSTEM_HEADS = frozenset(words_in_order("metric_system_heads.txt"))
_TIME_UNITS = frozenset(words_in_order("metric_time_units.txt"))
_WEIGHT_AREA_UNITS = frozenset(words_in_order("metric_weight_area_units.txt"))
_TARGET_CUE = re.compile(_alt("metric_target_cues.txt"))


# 从A…提高到B / 由A…降至B: the figure A is the change's starting point
_BASELINE_BEFORE = re.compile(rf"(?:[从由])(?:\d{{4}}年(?:底|末)?的?|(?:{_alt('metric_baseline_times.txt')})的?|每[人生户]每[年月]|每[年月]|月销售额|年销售额|月收入)?(?:平均|人均|户均)?$")
_BASELINE_AFTER = re.compile(
    r"(?:以上|左右|多|余)?(?:的[\u4e00-\u9fff]{0,8})?(?:[、和]\d[^，。；]{0,12})?"  # (由年初的400多万人扩大到…; 从2.5%、3%提高到…)
    rf"(?:分别)?(?:{_alt('metric_baseline_changes.txt')})(?:优化|提升)?(?:了)?(?:到|至|为)")


@cache
def _number_rx() -> re.Pattern[str]:
    units = "|".join(re.escape(u) for u in words("measure_words.txt"))
    return re.compile(
        r"(?<![\d.A-Za-z第+“])"
        r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)"
        r"(?:/(?P<den>[1-9]\d?)(?![\d/.]))?"  # 占全国1/3以上: a fraction (no unit); not a date 2025/01/20
        rf"(?:(?:%(?=\s*[—\-~～]\s*\d))?\s*(?:—|-|~|～|至|到)\s*(?P<upper>\d+(?:\.\d+)?)(?P<umult>{_MULTIPLIERS})?(?:%)?)?"
        rf"(?P<approx0>余|多)?(?P<mult>{_MULTIPLIERS})?"  # 8000多亿元, 820多万人
        r"(?:(?<=[万亿])(?P<sub>\d)(?P<submult>千万|千|百万|百))?"  # 1万6千多户, 3亿5千万元
        r"(?P<approx>余|多)?"
        r"(?:[ \u3000](?=[\u4e00-\u9fff]))?"  # 开展执法检查 6 项、专题调研 21 项: a space some pages put around figures
        rf"(?:(?P<unit>(?:{units})(?:/(?:{_alt('metric_per_units.txt')}))?)"
        # 分别提高20.9、36.2、54个百分点: bare figures of a run take the unit its last figure states
        r"|(?=(?:[、和]\d+(?:\.\d+)?)+(?P<runit>个百分点|%|％))"
        # 分别净减少10.6万、3.8万、3.3万平方公里: figures in 万 or 亿 of a 分别 run take the unit its last figure states
        rf"|(?(mult)(?=(?:[、和]\d+(?:\.\d+)?(?:{_MULTIPLIERS}))+(?P<runit2>{units})(?![\u4e00-\u9fff]{{0,2}}(?:人口|居民|群众)))|(?!))"
        r"|(?(den)(?=)|(?!))"  # a fraction needs no unit
        # 2235万城市居民, 551万农村贫困人口: people counted in 万 or 亿 with no measure word (their unit is 人)
        rf"|(?(mult)(?P<people>(?=[\u4e00-\u9fff]{{0,6}}?(?:{_alt('metric_unitless_people.txt')})))|(?!))"
        # 农村贫困人口减少1240万: a figure in 万 or 亿 that ends its clause (find keeps it where people precede)
        r"|(?(mult)(?P<ends>(?=(?:以上|左右)?(?:[，。；、]|$)))|(?!)))"
        r"(?!(?<=分)钟)"  # 15分钟生活圈: minutes, not 分 (points or cents)
        r"(?!(?<=方)[面案式向法针位])"  # 3方面, not 3 cubic metres
        r"(?!(?<=度)[假过])"
        r"(?P<after>以上|以下|以内|左右|上下)?"
    )


_BATCH_LEVEL = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:(?:首批|第[一二三四五六七八九十\d]+批|新一批)(?:国家级|省级|市级|县级)?|国家级|省级|市级|县级)")
_PEOPLE_BEFORE = re.compile(rf"(?:{_alt('metric_unitless_people.txt')})[\u4e00-\u9fff]{{0,6}}$")
_DELTA_VERBS = re.compile(rf"(?:{_alt('metric_delta_verbs.txt')})")
_RELIEF_DEEDS = re.compile(rf"(?:{_alt('metric_relief_deeds.txt')})+")
_MERGE_VERBS = re.compile(rf"(?:{_alt('metric_merge_verbs.txt')})+")


def find(ctx: Context, span: Span) -> list[Metric]:
    s = span.norm
    out: list[Metric] = []
    starts: list[int] = []  # where each metric of ``out`` sits in the sentence
    multiples: list[tuple[int, str]] = []  # (metric, words a multiple of a year's figure adds to its subject)
    run_end, run_qualifier = -1, "exact"  # the figure before, when a 、 joins it to this one (分别突破A、B)
    for m in _number_rx().finditer(s):
        a, b = m.start(), m.end()
        if _excluded(s, a, b, m):
            continue
        value = _scaled(m.group("num").replace(",", ""), m.group("mult"))
        if m.group("den"):
            if m.group("mult") or m.group("unit") or value >= int(m.group("den")) or "、" in (s[a - 1 : a], s[b : b + 1]):
                continue  # (1/2万, 3/2: no share of a whole; 苹果、猕猴桃产量稳定在全国1/4、1/3: a run no subject rule pairs)
            value = value / int(m.group("den"))
        if m.group("sub"):
            value += _scaled(m.group("sub"), m.group("submult"))
        upper = None
        if m.group("upper"):
            upper = _scaled(m.group("upper"), m.group("umult") or m.group("mult"))
        unit = _unit_written(m)
        if m.group("people") is not None and not unit:
            unit = "人"  # 551万农村贫困人口: people, counted with no measure word
        # 农村贫困人口减少1240万, 易地扶贫搬迁人口超过240万: the people named before a figure in 万 that ends
        # its clause are counted too
        people_before = (not unit and m.group("ends") is not None and m.group("mult") in ("万", "亿")
                         and _PEOPLE_BEFORE.search(s[_clause_start(s, a) : a]) is not None)
        if people_before:
            unit = "人"
        elif m.group("ends") is not None and not unit:
            continue  # (全省生产总值达到9万亿: a bare figure in 万 or 亿 is no count of people)
        if m.group("mult") == "千" and unit.startswith("克"):
            unit, value = "千" + unit, value / 1000  # 0.13千克 is 0.13 of the unit 千克, not 130克
        if not m.group("unit") and m.group("people") is None and not people_before and not m.group("den") and "分别" not in s[_clause_start(s, a) : a]:
            continue  # (2019、2020年: a bare figure before another is no run's item without 分别)
        if unit == "个" and re.match(r"体(?:工商户|户|经营)", s[b : b + 4]):  # 900多万个体工商户: 个 opens 个体工商户, it counts households
            unit, b = "户", b - 1
        if unit == "个" and re.match(r"(?:、|和)\d+(?:\.\d+)?个百分点", s[b : b + 12]):
            unit = "个百分点"  # 分别高于全国12.7个、12个百分点: the run's last unit is each one's
        more = unit == "个" and s[b : b + 4] == "多百分点"  # 提高2个多百分点: more than 2 points
        if more:
            unit, b = "个百分点", b + 4
        before = s[max(0, a - 4) : a]
        qualifier = "exact"
        after = m.group("after") or ""
        estimated = re.search(r"预计(?![数值])[^，。；]{0,8}$", s[max(0, a - 10) : a])  # 全年预计实现9527元: an estimate
        # 预计全年实现地区生产总值197.4亿元,增长8.5%;…: a sentence opened by 预计 estimates all its figures
        estimated = estimated or re.match(r"(?:全年|今年|去年)?预计(?![数值])[，,：:]?(?:全年|全市|全县|全省|全区)?", s)
        approx = m.group("approx") or m.group("approx0")
        if approx == "余" or after in ("左右", "上下") or _ABOUT_BEFORE.search(before) or estimated:
            qualifier = "about"
        elif approx == "多" or more or after == "以上" or _LEAST_BEFORE.search(before):
            qualifier = "at_least"
        elif after in ("以下", "以内") or _MOST_BEFORE.search(before):
            qualifier = "at_most"
        elif s[run_end:a] in ("、", "和", "及"):
            qualifier = run_qualifier  # 分别突破9千亿元、3万亿元: the word before the run holds for each figure
        # (what only the figure's own words say, 多, 余, 以上, is its own)
        in_run = s[run_end:a] in ("、", "和")
        run_end_prev = run_end  # (where the figure before ended)
        run_end, run_qualifier = b, qualifier if not (approx or after) else "exact"
        period = span.period
        kind = "target" if period == "plan" and _is_target(s, a) else "actual"
        if (_BASELINE_BEFORE.search(s[max(0, a - 12) : a]) or (out and out[-1].kind == "baseline" and in_run)) and _BASELINE_AFTER.match(s[b : b + 40]):
            kind = "baseline"  # 上市公司从518家增加到731家: 518 is where the change started, 731 what it reached (分别从771家、481家…)
        # 工业企业利润由上年下降2.3%转为增长8.5%: last year's fall is where the turn started
        turned = re.match(r"(?:[、和]\d+(?:\.\d+)?[%％]?)*[，,]?(?:转为|减为|降为|升为|变为)", s[b : b + 40])  # (由前三年分别上升4.9%、5.5%、0.2%，转为下降)
        led = re.search(r"由(?:上年|去年|前[一二三四五两]年)?(?:同期)?(?:分别)?(?:下降|增长|上升|减少)(?:\d+(?:\.\d+)?[%％]?[、和])*$", s[max(0, a - 30) : a])
        if led and turned:
            kind = "baseline"
        # 188个园区整合优化为120个: what was merged is where the change started
        if re.match(r"[\u4e00-\u9fff]{1,8}?(?:整合|合并|撤并|压减)(?:优化)?(?:为|成)\d", s[b : b + 16]):
            kind = "baseline"
        # 较“十三五”末的9323.1亿元增加4374.4亿元: the value compared with is where the change started
        compared_with = re.search(r"(?:较|比)([^，。；\d]{2,10})的$", s[max(0, a - 14) : a])
        if compared_with and _DELTA_VERBS.match(s[b : b + 4]):
            kind = "baseline"
        else:
            compared_with = None
        if re.search(r"(?:应当|应该|必须|不得)[^，。；]{0,8}$", s[_clause_start(s, a) : a]):
            kind, period = "target", "plan"  # 规定…比例应当逐步达到60%以上: what a law requires, yet to be reached
        if re.match(r"(?:左右)?的(?:预期)?目标", s[b:]):
            kind = "target"  # 增长11.3%，低于13%左右的预期目标: the goal a result is compared with
        # 连续61个月未发生重特大事故, 增速连续19个季度居全国前列: what went on that long
        quarters = 2 if unit == "个" and s[b : b + 2] == "季度" else 0
        if (unit in ("个月", "天", "次", "届") or quarters) and re.search(r"(?:连续|持续)$", s[max(0, a - 2) : a]):
            subject, text_a, text_b = _duration_subject(s, a - 2, b + quarters), a, b + quarters
            unit += "季度" if quarters else ""  # (连续16个季度: the unit says quarters)
        else:
            # (people counted with no measure word are named by the rules for people: 惠及1.6亿学生 → 惠及的学生)
            subject, text_a, text_b = _subject(s, a, b, span, [(k, x.subject) for k, x in zip(starts, out, strict=True)],
                                               "%" if m.group("den") else unit)
        # 吉化乙烯项目投产，总产能达190万吨: a total that names no owner is the completed project's
        if subject and _BARE_TOTALS.fullmatch(subject):
            subject = _completed_owner(s, a) + subject
        # 经营主体稳中培优。总量达1461.4万户: a bare total opening a sentence is of what the short sentence before
        # (a paragraph's inline heading) is about
        if subject in ("总量", "总数", "总规模") and s.startswith(subject):
            before = ctx.sentence_before(span)
            topic = _opening_nouns(before.rstrip("。")) if len(before) <= 14 else ""
            if 2 <= len(topic) <= 8:
                subject = topic + subject
        # (…总量达1461.4万户，新登记147万户: the new ones are of the same things)
        elif re.fullmatch(r"新登记|新增|净增|新设立", subject or "") and out and re.fullmatch(r"[\u4e00-\u9fff]{2,8}总量", out[0].subject) and s.startswith("总量"):
            subject += out[0].subject[:-2]
        # (a fraction is named as a share is: 占全国增量的1/4 as 占全国增量的25%; 城乡居民收入比2.52∶1 keeps its 比)
        if unit in ("∶1", ":1") and subject and not subject.endswith("比") and subject + "比" in s:
            subject += "比"
        if compared_with and subject and compared_with.group(1) not in subject:
            subject = compared_with.group(1) + subject  # (较“十三五”末的9323.1亿元: that time's value)
        if m.group("people") is not None:
            subject, text_a, text_b = _people_subject(s, a, b, subject, text_a, text_b)
        if not subject and len(s.rstrip()) - b <= 6 and not re.search(r"[。！？；!?]\s*$", s):
            continue  # …形成1个总 (the text stops): nothing says what the figure counts
        if not subject:
            subject = _deed_before(s, a)
        if subject and text_b >= len(s.rstrip()) and b < text_b and s.rstrip().endswith(subject[-2:]) and not re.search(r"[。！？；!?”）)]\s*$", s) and not subject.endswith("…"):
            subject += "…"  # 组织10次党组理论中心 (the page stops inside the noun): say the name is cut
        trains = re.search(r"([\u4e00-\u9fff]{0,6}班列)", s[:a]) if subject == "开行" and unit == "列" else None
        if trains:  # 深化中欧班列市场化运营改革，全年开行3000列以上: the trains the sentence names are what run
            subject = re.sub(r"^(?:深化|推进|加快|高质量建设)", "", trains.group(1)) + subject
        # 推出12批1181项对照学习沪苏浙创新政策和举措: measures whose name opens with a verb, after a lone verb
        measures = re.match(r"(?:以上|左右)?([\u4e00-\u9fff“”]{2,20}?(?:政策和举措|政策措施|改革举措|举措|措施))(?=[，。；、]|$)", s[b:]) if len(subject) == 2 and unit in _COUNTERS else None
        if measures and pos_tags(subject)[0][1] == "v":
            subject, text_b = subject + measures.group(1), b + measures.end()
        # 新建200个智能车间、智能工厂: a noun after the count that 、 joins to one more, ending the clause, is counted with it
        joined = re.match(r"、([\u4e00-\u9fff“”]{2,10})(?=[，。；]|$)", s[text_b:]) if unit in _COUNTERS and subject and text_b > b and s[b:text_b] and subject.endswith(s[text_b - 2 : text_b]) else None
        if (joined and pos_tags(joined.group(1))[0][1] in ("n", "nz", "vn", "j", "ns") and not re.search(r"\d", s[b:text_b])
                and not any(f == "v" for _, f in pos_tags(joined.group(1)))):  # (晋电外送24个省份、规模居全国前列: a clause)
            subject, text_b = subject + joined.group(0), text_b + joined.end()
        # 年均接待群众11万多人次、收集意见4.4万多件: the rate the list's first count opens with holds for each count
        if (out and subject and starts and starts[-1] < run_end_prev and s[run_end_prev : run_end_prev + 1] == "、"
                and re.fullmatch(r"[^，。；：\d]*", s[run_end_prev:a])
                and not re.search(r"累计|全年|共|总|合计", s[run_end_prev:a] + subject)):  # (…、累计建成…: a total, no rate)
            rate = re.match(rf"(?:{_alt('metric_rate_leads.txt')})", out[-1].subject)
            if rate and not subject.startswith(rate.group(0)) and not re.search(r"(?:占比|比重|比例|率)$", subject):  # (a share is no rate per period)
                subject = rate.group(0) + subject
        starts.append(a)
        ctx_text = s[text_a:text_b]
        metric = Metric(
            id=f"{ctx.report_id}/metric/{span.start + a}",
            text=span.sentence.text[text_a:text_b] if len(ctx_text) else span.sentence.text[a:b],
            value=value,
            unit=unit,
            subject=subject,
            qualifier=qualifier,  # type: ignore[arg-type]
            kind=kind,  # type: ignore[arg-type]
            period=period,  # type: ignore[arg-type]
            upper=upper,
            year=ctx.year_of(period),
            years=ctx.years_of(span),
            evidence=ctx.evidence_for(span),
        )
        out.append(metric)
        # …资金达594亿元，是1998年的6.2倍: a multiple of that year's (said after the sentence's subjects are set)
        times = re.search(r"(?:是|为|相当于)((?:\d{4}年|上年|去年|上一年|同期|[一二三四五六七八九十两\d]+年前)(?:底|末)?)的$", s[_clause_start(s, a) : a]) if unit == "倍" else None
        if times and subject and "倍" not in subject:
            multiples.append((len(out) - 1, f"相当于{times.group(1)}的倍数"))
        # 一般公共预算收支累计分别突破9千亿元、3万亿元: a sum over the years says so
        if unit.endswith("元") and subject and "累计" not in subject and "累计" in s[_clause_start(s, a) : a] and not re.search(r"(?:增加额|增长|下降)$", subject):
            multiples.append((len(out) - 1, "累计"))  # (累计减税…: 累计减税)
    for i, said in multiples:
        deed = said == "累计" and _RELIEF_DEEDS.fullmatch(out[i].subject)
        out[i] = out[i].model_copy(update={"subject": said + out[i].subject if deed else out[i].subject + said})
    # …排放量由上年分别增长5.6%和13.1%，减为增长1.2%和1.8%: the figures after a turn pair in order with the
    # run of starting points before it, when they have no name of their own
    for i in range(len(out)):
        if out[i].kind != "baseline" or (i and out[i - 1].kind == "baseline"):
            continue
        run = list(itertools.takewhile(lambda k: out[k].kind == "baseline", range(i, len(out))))
        ends = list(range(run[-1] + 1, min(len(out), run[-1] + 1 + len(run))))
        if len(ends) == len(run) and all(not out[k].subject or re.match(r"(?:转为|减为|降为|升为|变为)", out[k].subject) for k in ends):
            for k, j in zip(run, ends, strict=True):
                out[j] = out[j].model_copy(update={"subject": out[k].subject})
    # 开发区和工业园区由162个整合为123个: a change's starting point counts what its end counts
    # (a run's starting points 分别从A1、A2提高到B1、B2 are paired in order, not with the next figure)
    for i in range(len(out) - 1):
        start, end = out[i], out[i + 1]
        if start.kind != "baseline" or end.kind == "baseline" or not end.subject or start.subject == end.subject or (i and out[i - 1].kind == "baseline"):
            continue
        if not any(start.subject[k : k + 2] in end.subject for k in range(len(start.subject) - 1)):
            out[i] = start.model_copy(update={"subject": end.subject})  # (由162个整合为123个: 整合 named nothing)
        elif start.subject.endswith(end.subject) and len(start.subject) > len(end.subject):
            out[i + 1] = end.model_copy(update={"subject": start.subject})  # (出口规模…，占全国份额从14%提升到15.5%)
        elif end.subject.startswith(start.subject) and _MERGE_VERBS.fullmatch(end.subject[len(start.subject) :]):
            out[i + 1] = end.model_copy(update={"subject": start.subject})  # (188个园区整合优化为120个: still parks)
    def years(m: re.Match[str], subject: str, kind: str, qualifier: str = "exact") -> Metric:
        """A figure in 年 (no measure word: found by the two loops below), its text the match."""
        return Metric(id=f"{ctx.report_id}/metric/{span.start + m.start(1)}", text=span.sentence.text[m.start() : m.end()],
                      value=float(m.group(1)), unit="年", subject=subject, qualifier=qualifier,  # type: ignore[arg-type]
                      kind=kind, period=span.period, year=ctx.year_of(span.period),  # type: ignore[arg-type]
                      years=ctx.years_of(span), evidence=ctx.evidence_for(span))

    for m in re.finditer(r"(?:连续|历时|持续)(\d{1,3})年", s):
        out.append(years(m, _duration_subject(s, m.start(), m.end()), "target" if span.period == "plan" else "actual"))
    # 劳动年龄人口平均受教育年限从10.23年提高到10.8年: a measure counted in years (年 is no measure word, so that
    # 2025年 is never a figure; here the clause names what the years measure)
    for m in re.finditer(r"(?<![\d.])(\d{1,2}(?:\.\d+)?)年(?![度代级底末初前内])", s):
        lead = s[_clause_start(s, m.start()) : m.start()]
        measure = re.search(rf"([\u4e00-\u9fff\d]{{0,12}}?(?:{_alt('metric_year_measures.txt')}))", lead)  # (15岁以上人口…)
        if not measure or any(x.text.endswith(m.group(0)) and starts_at == m.start() for x, starts_at in zip(out, starts, strict=False)):
            continue
        baseline = re.match(r"(?:[^，。；]{0,10}?)(?:提高|提升|增加|延长|缩短)(?:到|至)", s[m.end() : m.end() + 14]) and re.search(r"从(?:\d{4}年的)?$", lead)
        # (土地承包期限再延长30年: by how much it changed)
        changed = re.search(r"(延长|缩短|增加|减少|提高)$", lead[measure.end(1) :])
        changed = changed.group(1) if changed else ""
        subject = _DURATION_LEADS.sub("", re.sub(r"^[^年]*?\d+年(?:底|末|前)?", "", measure.group(1))) + changed  # (到2030年…)
        bound = s[m.end() : m.end() + 2]
        out.append(years(m, subject, "baseline" if baseline else ("target" if span.period == "plan" and _is_target(s, m.start()) else "actual"),
                         "at_least" if bound == "以上" else "at_most" if bound in ("以下", "以内") else "exact"))
    ctx.metrics.extend(out)
    return out


_DEED_LEADS = re.compile(rf"^(?:{_alt('metric_deed_leads.txt')})+")
_DEED_LEVELS = re.compile(rf"(?:{_alt('metric_deed_levels.txt')})+$")


def _deed_before(s: str, a: int) -> str:
    """What a figure counts when no rule found a noun for it: the deed of building, adding or doing its
    clause states right before it (今年开工580万套 → 开工, 全年开行3000列以上 → 开行), or ''."""
    deed = _DEED_LEADS.sub("", s[_clause_start(s, a) : a])
    deed = _DEED_LEVELS.sub("", deed)
    if not _DEED_OR_SERVICE.fullmatch(deed):
        return ""
    if re.fullmatch(r"安排|完成|实施|落实", deed):
        # 继续实施退耕还林还草，今年拟安排500万亩: a verb that names no thing does what the clause before named
        obj = re.sub(r"^(?:实施|推进|开展)(?=..)", "", _object_before(s, _clause_start(s, a)))
        if 2 <= len(obj) <= 12:
            return deed + obj
    return deed


_GAP_VERBS = _alt("metric_gap_verbs.txt")
# a sum of public money that says nothing of what it is for (中央财政投入资金, 中央财政安排的专项资金, 中央财政将为此投入资金)
_BARE_PUBLIC_MONEY = re.compile(rf"((?:{_alt('metric_public_purses.txt')})?财政|)(?:将|拟|还|也|为此)*(?:安排|投入|下达|拨付)?(?:的)?(?:专项)?(?:资金|支出|投入)")
_DURATION_LEADS = re.compile(rf"^(?:{_alt('metric_duration_leads.txt')})+")
_OWNERLESS = re.compile(_alt("metric_ownerless_attributes.txt"))
# the schemes whose shares a bare 报销比例 or 覆盖面 after them is of (大病保险起付线，报销比例…)
_SCHEMES = re.compile(r"(?:保险|医保|合作医疗|保障性住房)(?=制度|试点|起付线|封顶线|[，、])")
_DRIVER_LEADS = re.compile(rf"^(?:{_alt('metric_driver_leads.txt')})+")
# the verbs that put a scheme in place, before its name (建立健全种粮农民补贴制度, 建立健全城镇保障性住房制度)
_SCHEME_LEADS = re.compile(rf"^(?:{_alt('metric_scheme_verbs.txt')}|健全)+")
# the fields a clause says public money goes to (加大对科技、教育…事业的支持)
_FIELDS_SUPPORTED = re.compile(r"对([^，。；]{2,30}?(?:事业|工作|领域))的(?:支持|投入|扶持)")


def _driver(text: str) -> str:
    """The thing a deed put to work, that a sum after it was driven by: 加力扩围以旧换新 → 以旧换新,
    开展系列促消费活动 → 促消费活动, 推进以旧换新扩围提质 → 以旧换新; '' where the deed holds a figure
    (its sum is a figure's subject of its own) or leaves no noun."""
    thing = re.sub(r"(?:扩围|提质|扩容|增效)+$", "", _DRIVER_LEADS.sub("", text))
    if not 2 <= len(thing) <= 14 or re.search(r"[\d，、；]", thing):
        return ""
    return thing if pos_tags(thing)[-1][1] in ("n", "vn", "nz", "l", "i", "j") or thing.endswith("”") else ""


def _duration_subject(s: str, a: int, b: int) -> str:
    """连续6年: what went on that long, the clause without the duration (黄河干流水质连续6年保持Ⅱ类 →
    黄河干流水质保持Ⅱ类; 连续7年提高基本养老金 → 提高基本养老金)."""
    start = _clause_start(s, a, "，。；：！？（、")
    item = re.search(r"(?:^|[，。；：！？（])((?:[\u4e00-\u9fff]{2,8}、)*[\u4e00-\u9fff]{2,8})、$", s[:start])  # (粮食播种面积、单产、总产连续6年增长)
    if item and start < a:  # 城乡低保、特困救助标准连续19年提高: the list is what went on
        start = item.start(1)
    ends = [i for i in (s.find(c, b) for c in "，。；、") if i >= 0]
    before = re.sub(r"(?:\d{4}年以来|近年来|多年来)$", "", _DURATION_LEADS.sub("", re.sub(r"^[一二三四五六七八九十]+是", "", s[start:a])))  # (一是全区经济增长速度连续4年…)
    if _OWNERLESS.fullmatch(before) and start > 0 and s[start - 1] in "，、":
        # 固定资产投资年均增长6.3%，增幅连续4年居全国前十: whose growth — what the clause before counted
        previous = s[max(_prev_clause_start(s, start), s.rfind("、", 0, start - 1) + 1) : start - 1]
        grew = re.match(rf"([\u4e00-\u9fff]{{2,14}}?)(?:比上年|同比)?(?:年均|年平均|平均)?(?:实际)?(?:{_RATE_CHANGES}|达到|达|为|突破|超过)\d", previous)
        owner = grew.group(1) if grew else _topic(previous)
        if 2 <= len(owner) <= 12 and not owner.endswith(before):
            before = owner + before
    whole = re.sub(r"(?<=..)(?:之后|以后|之前|以来)$", "", (before + s[b : min(ends, default=len(s))]).rstrip("的"))  # (在连续6年增产增收之后)
    if whole.count("“") > whole.count("”"):
        # 连续3年开展“推进县乡人大工作和建设、…”活动: a quote the clause's end cut goes on to its close
        close = s.find("”", min(ends, default=len(s)))
        tail = re.match(r"[\u4e00-\u9fff]{0,4}", s[close + 1 :]) if close >= 0 else None
        if tail:
            whole = before + s[b : close + 1 + tail.end()]
        elif close < 0 and not re.search(r"[，。；]", s[b:]):
            whole += "…”"  # (连续3年开展“推进县乡人大 — the text stops inside the quote: say so)
    if not before and start > 0 and s[start - 1] == "，" and whole and pos_tags(whole[:4])[0][1] == "v":
        # 粮食总产再创历史新高，连续16年位居全国首位: what the sentence is about opens its first clause
        topic = _topic(s[_prev_clause_start(s, start) : start - 1])
        if topic:
            whole = topic + whole
    elif re.fullmatch(r"(?:已|并)?(?:连续)?", before) and start > 0 and s[start - 1] == "、":
        # 油气当量3.25亿吨、连续5年稳居全国第一: the item before names what went on (its noun before its figure)
        item = re.search(r"(?:^|[，。；：、])([\u4e00-\u9fff]{2,14}?)(?:达到|达|为|突破|超过)?\d[^，。；、]*$", s[: start - 1])
        rest = s[b : min(ends, default=len(s))]
        if item and rest and pos_tags(rest[:4])[0][1] == "v":
            whole = (_GROWTH_SUFFIX.sub("", item.group(1)) or item.group(1)) + rest  # (投资增长16.4%、连续18个月…: the thing, not its growth)
    return whole if 2 <= len(whole) <= 30 else s[a:b]


_NOUNISH = ("n", "nz", "vn", "j")


def _closing_nouns(text: str, most: int = 4) -> str:
    """The nouns a text closes with, ``most`` words at most (…职业学校国家奖学金助学金制度 → 国家奖学金助学金制度),
    '' where it closes otherwise."""
    tags = pos_tags(text) if text else ()
    return "".join(reversed([w for w, _ in itertools.takewhile(lambda x: x[1] in _NOUNISH, reversed(tags))][:most]))


def _opening_nouns(text: str) -> str:
    """The nouns a text opens with (粮食总产量在上年… → 粮食总产量), '' where it opens otherwise."""
    return "".join(w for w, _ in itertools.takewhile(lambda x: x[1] in _NOUNISH, pos_tags(text)))


_CODED_ENDS = re.compile(rf"[A-Z][A-Za-z0-9.]*[\u4e00-\u9fff]{{2,8}}?(?={_alt('metric_coded_ends.txt')})")


def _topic(clause: str) -> str:
    """The nouns that open a clause before its verb (粮食总产再创历史新高 → 粮食总产; PM2.5年均浓度较…改善 →
    PM2.5年均浓度), or ''."""
    coded = _CODED_ENDS.match(clause)
    if coded:
        return coded.group(0)
    tags = pos_tags(clause)
    nouns = list(itertools.takewhile(lambda t: t[1] in _NOUNISH, tags))
    topic = "".join(w for w, _ in nouns)
    # (a noun, then its verb of two characters or more: 不良贷款|率 is no topic)
    if 2 <= len(topic) <= 10 and len(nouns) < len(tags) and tags[len(nouns)][1] == "v" and len(tags[len(nouns)][0]) >= 2:
        return topic
    return ""


def _scaled(num: str, mult: str | None) -> float:
    """4398.6 with 亿 → 439860000000 exactly (decimal arithmetic, no float noise)."""
    v = Decimal(num) * Decimal(_MULT.get(mult or "", 1))
    return float(int(v)) if v == v.to_integral_value() else float(v)


_SIZE_BOUND_PLACES = re.compile(rf"口(?:以上|以下)的?[\u4e00-\u9fff]{{0,3}}(?:{_alt('metric_size_bound_places.txt')})")
_SIZE_BOUND_PLACES_AFTER = re.compile(rf"人口的?[\u4e00-\u9fff]{{0,3}}(?:{_alt('metric_size_bound_places.txt')})")
_MONEY_MEASURES = re.compile(rf"(?:{_alt('metric_money_measures.txt')})(?:超过|超|逾|在|达)?$")
_THRESHOLD_LEVELS = re.compile(rf"[\u4e00-\u9fff]{{2,12}}?(?:占比|所占比重|比重|占[\u4e00-\u9fff]{{1,4}}比重)(?:{_alt('metric_threshold_levels.txt')})?\d+(?:\.\d+)?[%％]")
_SIZE_ADJECTIVES = re.compile(rf"最(?:{_alt('metric_size_adjectives.txt')})$")
_BOUND_PLACES = re.compile(rf"(?:的)?[\u4e00-\u9fff]{{0,4}}?(?:{_alt('metric_bound_places.txt')})")
_BOUND_FIRMS = re.compile(rf"(?:且|并且|的(?:{_alt('metric_bound_firms.txt')}))")
_PER_ITEM_CUES = re.compile(rf"(?:{_alt('metric_per_item_cues.txt')})$")
_BAR_PASSED_NOUNS = re.compile(rf"的?(?:{_alt('metric_bar_passed_nouns.txt')})")


def _people_subject(s: str, a: int, b: int, subject: str, text_a: int, text_b: int) -> tuple[str, int, int]:
    """The subject of people counted with no measure word (551万农村贫困人口全部脱贫): the people are the noun right
    after the figure, whole (the rules for a measure word's noun cut 农业转移人口 at its first word), named by what
    the clause says of them."""
    heads = _alt("metric_unitless_people.txt")
    people = re.match(rf"[\u4e00-\u9fff]{{0,6}}?(?:{heads})(?:[和及与][\u4e00-\u9fff]{{0,4}}?(?:{heads}))?", s[b:])
    if not people:
        return subject, text_a, text_b
    noun, end = people.group(0), b + people.end()
    # 解决4800多万农村人口的饮水安全问题: the people whose problem was solved
    problem = re.match(r"的?([\u4e00-\u9fff]{2,12}?(?:问题|困难))", s[end:])
    # (…饮水困难和60万无电地区人口的用电问题: the second of a list 解决 governs)
    if problem and (re.search(r"解决(?:了|好)?$", s[max(0, a - 4) : a])
                    or re.search(r"解决(?:了|好)?[^，。；]{2,40}?(?:问题|困难)[和、及]$", s[max(0, a - 50) : a])):
        return f"{problem.group(1)}得到解决的{noun}", a, end + problem.end()
    if subject.endswith(noun) and subject != noun:
        return subject, text_a, text_b  # (惠及1.6亿学生 → 惠及的学生, the rules for people)
    # 1400万农业转移人口在城镇落户 → 在城镇落户的农业转移人口: what the clause says they did
    clause = s[end : _clause_end(s, end)]
    clause = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:的)?任务$", "", clause)  # (完成1000万以上农村贫困人口脱贫任务: those to be lifted)
    # (not 9亿劳动力资源, 6000万农村人口供水保障水平: a noun phrase after the people is no predicate)
    nominal = re.search(rf"(?:{_alt('metric_people_nominal_heads.txt')}|{_alt('metric_measure_heads.txt')}|{_alt('metric_measure_ends.txt')})$", clause)
    nominal = nominal and not pos_tags(clause)[0][1].startswith("v")  # (解决了安全饮水问题 is a predicate)
    if 2 <= len(clause) <= 20 and not re.match(r"[和及与、的]", clause) and not re.search(r"\d|目标|任务", clause) and not nominal:
        return f"{clause}的{noun}", a, end + len(clause)
    return noun, a, end


def _unit_written(m: re.Match[str]) -> str:
    """The unit the text writes for a figure of _number_rx: its own, or the one the last figure of its run states."""
    return m.group("unit") or m.group("runit") or m.group("runit2") or ""


def _excluded(s: str, a: int, b: int, m: re.Match[str]) -> bool:
    unit = _unit_written(m)
    nxt = s[b : b + 1]
    prev = s[a - 1 : a] if a else ""
    num = m.group("num")
    # inside quotes: a programme number ("33618", "1+10") or a slogan
    if prev == "“" or (prev and prev in "+") or s[m.end("num") : m.end("num") + 1] in ("+", "”"):
        return True
    # 覆盖20万人口以上的县: a size bound of the places meant
    if unit in ("人", "万人") and _SIZE_BOUND_PLACES.match(s[b : b + 10]):
        return True
    # 20万以上人口县: the same bound written without a measure word (its 以上 is read with the figure)
    if m.group("people") is not None and _SIZE_BOUND_PLACES_AFTER.match(s[b : b + 12]):
        return True
    # 公交与轨道50米内换乘: a distance bound of where something happens (长江沿线1公里化工腾退地块: a strip along a line)
    if unit in ("米", "公里", "千米") and (nxt == "内" or re.search(r"(?:沿线|两岸|两侧|沿岸)$", s[max(0, a - 2) : a])):
        return True
    # 北方第一个过10万亿元省份: a bar passed, not an amount; 关停10万千瓦及以下燃煤机组: a size bound
    if (prev == "过" and _BAR_PASSED_NOUNS.match(s[b : b + 4])) or re.match(r"及(?:以下|以上)的?[\u4e00-\u9fff]", s[b : b + 5]):
        return True
    # 每10万人刑事案件数下降36.9％: the base of a rate per head, no count of people
    if prev == "每" and unit in ("人", "万人", "户", "人口") and re.match(r"(?:人口)?[\u4e00-\u9fff]", s[b : b + 2]):
        return True
    # 1小时通勤圈, 240小时过境免签政策, 公园24小时开放, 每天24小时提供: a span that names a kind of reach or
    # service, no figure counted
    if unit in ("小时", "天", "分钟") and (
            re.match(rf"[^，。；“、]{{0,2}}(?:{_alt('metric_span_named_kinds.txt')})", s[b : b + 12])
            or re.match(rf"[^，。；“]{{0,12}}?”(?:{_alt('metric_span_named_kinds.txt')})", s[b : b + 20])  # (“圈内1小时、济青1.5小时”通勤圈)
            or re.search(r"(?:每天|全天|[×xX*])$", s[max(0, a - 2) : a])):
        return True
    # 新增20万天然气用户: 天 opens a word there (天然气, 天津), it is no unit
    if unit == "天" and re.match(r"[然津府山网安坛空]", s[b : b + 1]):
        return True
    # 总投资5亿改善群众居住条件: a sum of money, not people, before a people noun further on
    if m.group("people") is not None and _MONEY_MEASURES.search(s[max(0, a - 5) : a]):
        return True
    # 56个民族共同团结奋斗: the genre's set phrase, no count of the report
    if num == "56" and s[b : b + 2] == "民族":
        return True
    # 通时速350公里高铁: a line's design speed names its class, no figure of the report
    if unit in ("公里", "千米") and s[max(0, a - 2) : a] == "时速":
        return True
    # 投资2000万元以上的技改项目3000个: a threshold of the projects counted
    # (村集体经济经营性收入50万元以上的行政村占比达68%: a threshold of the villages counted)
    if unit.endswith("元") and _MONEY_MEASURES.search(s[max(0, a - 5) : a]) and re.match(
            r"(?:以上|及以上)的?[\u4e00-\u9fff]{0,6}?(?:项目|企业|工程|村|经营主体)", (m.group("after") or "") + s[b : b + 10]):
        return True
    # 其中12条重点产业链项目占比达84.4%: a count that names the group whose share follows is part of the share's name
    if unit not in ("%", "％", "‰") and _THRESHOLD_LEVELS.match(s[b : b + 30]):
        return True
    # 新增ESI全球前1‰学科1个: a rank's cut-off names the class of what is counted
    if unit in ("%", "％", "‰") and prev == "前" and re.match(r"[\u4e00-\u9fff]{2}", s[b : b + 2]) and not re.match(r"(?:以上|以下|左右)", s[b : b + 2]):
        return True
    # 全球最高10米液压支架: the size that makes a product a record names it, no figure of the report
    if _SIZE_ADJECTIVES.search(s[max(0, a - 2) : a]) and re.match(r"[\u4e00-\u9fff]{2}", s[b : b + 2]) and not re.match(
            r"(?:以上|以下|左右)", s[b : b + 2]):
        return True
    # 2个1类创新药获批上市: a drug's registration class, no count
    if unit == "类" and re.match(r"(?:创新药|新药|仿制药|医疗器械)", s[b : b + 4]):
        return True
    # 3人制篮球场: a team size names the kind of court
    if unit == "人" and nxt == "制":
        return True
    # 30万千瓦级煤电机组, 20万吨级泊位: a size class; 70个30亿元以上项目, 一批10亿元以上项目: a threshold
    if nxt == "级" or (re.match(r"以上(?:的)?(?:项目|企业|工程)", (m.group("after") or "") + s[b : b + 6]) and re.search(r"(?:\d+[个项家]|一批|等)$", s[max(0, a - 6) : a])):
        return True
    # 总投资超10亿元项目50个: a threshold of the projects counted
    if unit.endswith("元") and re.search(r"(?:投资|规模)?(?:超过|超|逾)$", s[max(0, a - 4) : a]) and re.match(r"(?:以上)?的?[\u4e00-\u9fff]{0,4}?(?:项目|企业|工程)", s[b : b + 10]):
        return True
    # 行政村和20户以上自然村全部通硬化路: a size bound of the places or firms meant, not a count
    if unit in _BOUND_UNITS and (m.group("after") or "") in ("以上", "以下") and _BOUND_PLACES.match(s[b : b + 8]):
        return True  # (大宗货物年运量150万吨以上的物流园区)
    # 深入实施0.1微克攻坚行动, 完成1%人口抽样调查: a figure inside a programme's name
    if unit not in _COUNTERS and re.match(r"[\u4e00-\u9fff]{0,4}(?:攻坚行动|抽样调查|专项行动)", s[b : b + 8]):
        return True
    # 创新创业青年50人论坛: a forum's name
    if unit == "人" and s[b : b + 2] in ("论坛", "峰会"):
        return True
    # 销售额2万元以上且快递单量达1000单以上的经营主体: the bar a firm must pass to be meant, not a quantity
    if (m.group("after") or "") in ("以上", "以下") and _BOUND_FIRMS.match(s[b : b + 8]) and unit not in ("家", "户", "个", "名", "人", "%", "‰"):
        return True
    # “三个1亿人”问题: a figure inside a short quote is part of a slogan's name
    opened = s.rfind("“", max(0, a - 6), a)
    if opened >= 0 and "”" not in s[opened:a] and 0 <= s.find("”", b, b + 6) and s.find("”", b, b + 6) - opened <= 10:
        return True
    # 解决三个1亿人问题: a count word before a figure makes it part of a named set
    if re.search(r"[二三四五六七八九十两]个$", s[max(0, a - 2) : a]) and unit in ("人", "亿人", "万人"):
        return True
    # 年应纳税所得额100万元至300万元部分: a bracket of a tax, not an amount
    if s[b : b + 2] == "部分" or re.match(r"(?:至|到|—|-)\d+(?:\.\d+)?[万亿]*元部分", s[b : b + 16]):
        return True
    # 民间投资新36条: a policy named by its number of articles
    if unit == "条" and s[a - 1 : a] == "新" and not re.match(r"[\u4e00-\u9fff]", s[b : b + 1]):
        return True
    # 2020-04-29 85205次浏览 来源:…: a web page's view counter, no figure of the report
    if unit in ("次", "人次", "人") and re.match(r"(?:浏览|阅读|点击)(?:量|数)?(?:\s|来源|$)", s[b : b + 6]):
        return True
    # 单笔50万元以下拖欠企业账款: a bound on each item of what is counted
    if _PER_ITEM_CUES.search(s[max(0, a - 2) : a]) and (m.group("after") or "") in ("以上", "以下"):
        return True
    # 87万名80岁以上老年人: an age that says who is counted, not a figure of its own
    if unit == "岁" and prev and prev in "名个位人万":
        return True
    # 0—6岁儿童孤独症筛查: an age band says who is meant
    if unit == "岁" and m.group("upper") and re.match(r"[\u4e00-\u9fff]", s[b : b + 1]) and not re.search(r"(?:提高到|达到|达|为)$", s[max(0, a - 3) : a]):
        return True
    # 将3岁以下婴幼儿照护费用纳入…: an age bound of who is meant
    if unit == "岁" and re.match(r"(?:以下|以上|及以上)[\u4e00-\u9fff]", (m.group("after") or "") + s[b : b + 3]) and not re.search(r"(?:提高到|达到|达)$", s[max(0, a - 3) : a]):
        return True
    # 平均每50公斤提高7.4元: a basis of the price, not a quantity
    if prev == "每" and unit in _WEIGHT_AREA_UNITS:
        return True
    # 海拔4000米以上乡镇: an altitude says where, it counts nothing
    if s[max(0, a - 2) : a] == "海拔":
        return True
    # 居全国前5位: a rank bound, no quantity
    if prev == "前" and unit in ("位", "名"):
        return True
    # 学科进入ESI世界学科排名前1%: the top share of a ranking reached, no quantity
    if prev == "前" and unit in ("%", "‰") and re.search(r"(?:排名|排行|榜单?|名列|位列|进入|跻身)[^，。；\d]{0,4}前$", s[max(0, a - 16) : a]):
        return True
    # 迈上5万亿台阶: 台 opens 台阶 here, it counts no machines
    if unit == "台" and nxt == "阶":
        return True
    # ordinals and sessions
    if prev == "第" or s[max(0, a - 2) : a] in ("第", "排第"):
        return True
    # years and dates: 2025年, 1月, 29日 are not in the unit list; 4-digit years before 年 are caught there
    if re.match(r"\d{4}$", num) and unit in ("年",):
        return True
    if unit in ("个", "项", "次", "名", "位") and nxt and re.match(r"[月日时]", nxt):
        return True
    # numbers glued to Latin letters (5G, G20) or inside codes
    if re.match(r"[A-Za-z]", nxt) and unit not in ("%",):
        return True
    return False


_PLAN_BASE_CHANGES = re.compile(rf"(?:比|较)(?:去年|上年)[\u4e00-\u9fff]{{0,6}}?(?:{_alt('metric_plan_base_changes.txt')})")
_TARGET_SETTERS = re.compile(rf"(?:{_alt('metric_target_setters.txt')})(?:拥有|有)")
_TARGET_VERBS = re.compile(rf"[\u4e00-\u9fff](?<![为除])(?<!{_alt('metric_target_verbs.txt')})了(?!解)")


def _is_target(s: str, a: int) -> bool:
    clause_start = max(s.rfind(c, 0, a) for c in "，。；！？") + 1
    clause = s[clause_start:a]
    # 今年安排地方专项债券1.35万亿元，比去年增加5500亿元: last year is the plan's base, the change is planned
    based = _PLAN_BASE_CHANGES.fullmatch(clause) and re.search(r"今年|拟|安排", s[:clause_start])
    # 五年间，…累计达到2740.8亿美元 (a review of the past inside a plan's part); 我国有13亿人口 (what the
    # country has): facts, not targets
    if re.search(r"(?:[一二三四五六七八九十两]年来|[一二三四五六七八九十两]年间|过去[一二三四五六七八九十两]年)", s[:a]) or _TARGET_SETTERS.match(clause):
        return False
    # 有效发明专利比2020年增长58.1%: a change since a named year is a result, unless a plan's year or cue says otherwise
    if re.search(r"(?:比|较)\d{4}年", clause) and not re.search(r"到\d{4}年|\d{4}年(?:前|底前|末前)", s) and not _TARGET_CUE.search(clause):
        return False
    # 取消了原先336亿元的农业税赋; …目标顺利实现，城镇棚户区住房改造超过2100万套: done, not planned
    if _TARGET_VERBS.search(clause) and not _TARGET_CUE.search(clause):
        return False
    if re.search(r"(?<!确保)(?<!力争)(?<!要)(?<!将)(?:顺利|如期|圆满)(?:实现|完成)，", s[max(0, clause_start - 12) : clause_start]) and not _TARGET_CUE.search(clause):
        return False
    return not re.search(r"已|累计|去年|上年|比上年", clause) or bool(_TARGET_CUE.search(clause)) or bool(based)


# verbs of building and adding: a count of what was built, added or renovated says so (新建5G基站1万个 is
# not the stock of base stations), so these stay in the subject when they lead it
_BUILT = rf"(?:{_alt('metric_built_verbs.txt')})"
# the words that make a count one of new things (新增上市公司48家、总量达122家: the total is of all of them)
_NEW_WORD = re.compile(rf"^(?:{_alt('metric_new_words.txt')})")
_NEW_LEAD = re.compile(_NEW_WORD.pattern + "(?=..)")
_BUILT_LEAD = re.compile(rf"^(?:(?:{_alt('metric_built_adverbs.txt')})?{_BUILT}(?:和|、|及)?)+")
_LEAD_VERB = re.compile(
    rf"^(?:常委会|本会|我们)?(?:{_alt('metric_lead_adverbs.txt')})?(?:(?:{_alt('metric_lead_verbs.txt')}|审(?=、执结))"
    r"(?:和(?![美谐平睦])|、|及|或)?)+"  # (建成和美乡村样板村300多个: 和美 is a word; 修订或废止)
    rf"(?![和及、]?(?:{_alt('metric_rebuild_verbs.txt')}))"  # 新建改扩建及维修改造公办幼儿园200所, 新建和改造提升农村公路: a list of verbs names what is counted
)


# what is done to laws in the genre, and the kinds of law counted (制定省级地方性法规7件、修改6件)
_LAW_VERBS = f"{_alt('metric_law_verbs.txt')}"
_LAW_NOUNS = f"{_alt('metric_law_nouns.txt')}"


# verbs of the genre that say what was done to what is counted (通过14件, 废止5部, 审执结1054万件)
_COUNT_VERB = re.compile(
    rf"(?:{_alt('metric_count_verbs.txt')})"
)


# verbs of change alone (…粮食总产量达到46947万吨，增产3877万吨): the change of what was named
_CHANGE_VERB = re.compile(_alt("metric_change_verbs.txt"))


_CHANGE_TAIL = re.compile(
    rf"(?:{_alt('metric_change_tail_leads.txt')}|{_NOT_ABOUT}约|{_alt('metric_change_tail_levels.txt')}|[一二三四五六七八九十两]年|{_alt('metric_change_tail_means.txt')}|(?<!人)每年|连续\d+(?:年|个月|次|届)|{_alt('metric_change_tail_words.txt')})+$"
)
_FROM_TO = re.compile(
    r"[从由](?:年初|年底|上年|去年|\d{4}年(?:底|末)?)?的?[\d.,]+(?:多|余)?(?:万亿|亿|万|千)?[^\u4e00-\u9fff，。；]{0,3}"
    r"[\u4e00-\u9fff]{0,3}?(?:到|至|为)?(?:年底|年末|\d{4}年(?:底|末)?)?的?$")  # (由年初的400多万人扩大到年底的2000多万人, 由162个整合为123个)


# verbs of change before a rate (地区生产总值增长5.5%, through a run: 分别增长4.2%、5.3%) and before a sum
# (财政收入…，增加5232亿元), and the subjects that already name the change
_RATE_CHANGES = f"{_alt('metric_rate_changes.txt')}"
_SUM_CHANGES = f"{_alt('metric_sum_changes.txt')}"
_RATE_CHANGE_BEFORE = re.compile(
    rf"({_RATE_CHANGES})了?(?:保持在|稳定在|达到|达)?(?:约|近|超过|超|逾)?(?:\d+(?:\.\d+)?(?:%|‰|倍|个百分点)?(?:以上|左右)?(?:、|和|及))*$")
_RATE_NAMED = re.compile(rf"(?:{_RATE_CHANGES}|增速|增幅|降幅|增量|增长率)$")
_SUM_CHANGE_BEFORE = re.compile(rf"({_SUM_CHANGES})了?(?:约|近|超过|超)?(?:\d+(?:\.\d+)?(?:万亿|亿|万|千)?[^\d，。；、和及]{{0,3}}(?:、|和|及))*$")  # (分别提高0.11元和0.13元)
_SUM_CHANGE_NAMED = re.compile(rf"(?<=..)(?:{_SUM_CHANGES})额$")


_LENGTHEN_VERBS = re.compile(rf"({_alt('metric_lengthen_verbs.txt')})了?(?:约|近|超过|超)?$")
_SUBJECT_LEVELS = re.compile(rf"\d[^\d，。；、]{{0,6}}、((?:成交|合同|交易|签约|平均)?(?:价|价格|金额|额|总额))(?:{_alt('metric_subject_levels.txt')})?$")
_COMPARED_CHANGES = re.compile(rf"(?:(?:比上年|比去年|较上年|较去年|同比)(增加|减少)|({_alt('metric_compared_changes.txt')}))了?(?:约|近|超过|超|逾)?"
                         r"(?:\d+(?:\.\d+)?(?:万亿|亿|万|千)?[^\d，。；、和及]{0,3}(?:、|和|及))*$")
_PLAIN_CHANGES = re.compile(rf"(?:比|较)(\d{{4}}年(?:底|末)?)({_alt('metric_plain_changes.txt')})了?(?:约|近|超过|超|逾)?")
_PLACEMENT_VERBS = re.compile(rf"({_alt('metric_placement_verbs.txt')})(?:约|近|超过|超)?$")
_SHARED_WORDS = re.compile(_alt("metric_shared_words.txt"))
_MONEY_PEOPLE_MEASURES = re.compile(rf"(?:实现)?({_alt('metric_money_people_measures.txt')})((?:比上年|同比)?(?:增长|下降))?")
_INVESTMENT_MEASURES = re.compile(rf"(?:{_alt('metric_investment_measures.txt')})$")
_RATE_STEMS = re.compile(rf"(?:{_alt('metric_rate_stems.txt')})率")
_OUTPUT_HEADS = re.compile(rf"(?:年?产量|{_alt('metric_output_heads.txt')})")
_GROWTH_AIMS = re.compile(rf"(?:推动|推进|促进|支持|加快)([\u4e00-\u9fff]{{2,10}}?)(?:产业|行业)?(?:{_alt('metric_growth_aims.txt')})[，、]")
_PURPOSE_VERBS = re.compile(rf"为了?(?:继续|进一步)?((?:{_alt('metric_purpose_verbs.txt')})[^，。；]{{2,24}})，")
_RANK_MOVES = re.compile(rf"({_alt('metric_rank_moves.txt')})了?$")
_MULTIPLE_LINKS = re.compile(rf"(.{{2,20}}?)(?:{_alt('metric_multiple_links.txt')})(.{{2,20}}?)的")
_SHARED_OPENERS = re.compile(rf"([^，。；]{{2,16}}?)(?:{_alt('metric_shared_openers.txt')})")
_AVERAGE_LEVELS = re.compile(rf"(?:年均|平均每年)(?:{_alt('metric_average_levels.txt')})?$")
_OUTPUT_MEASURES = re.compile(rf"(?:{_alt('metric_output_measures.txt')})$")
_CAPACITY_MEASURES = re.compile(rf"(?:{_alt('metric_capacity_measures.txt')})")
_PROGRESS_ADVERBS = re.compile(rf"([\u4e00-\u9fff“”]{{3,16}}?)(?:{_alt('metric_progress_adverbs.txt')})?(?:{_alt('metric_progress_verbs.txt')})")
_NAMED_MEASURES = re.compile(rf"(?:{_alt('metric_named_measures.txt')})$")
_PREVIOUS_LEADS = re.compile(rf"^(?:近?[一二三四五两\d]+年(?:来)?(?:累计)?|{_alt('metric_previous_leads.txt')})+")
_DEED_OPENERS = re.compile(rf"{_alt('metric_deed_openers.txt')}|新(?=[转建增设开引])")
_MOVED_ADVERBS = re.compile(rf"(?<=..)(?:{_alt('metric_moved_adverbs.txt')})$")
_LAW_BUILD_VERBS = re.compile(rf"{_BUILT}|{_alt('metric_law_build_verbs.txt')}")
_ITEM_DEEDS = re.compile(rf"(?:{_alt('metric_item_deeds.txt')})$")
_HANDLING_VERBS = re.compile(rf"^(?:{_alt('metric_handling_verbs.txt')})")
_CHANGE_AND_BOUNDS = re.compile(_alt("metric_change_and_bounds.txt"))


def _subject(s: str, a: int, b: int, span: Span, prior: list[tuple[int, str]] | None = None, unit: str = "") -> tuple[str, int, int]:
    """What the figure counts, and the span of text that carries figure and subject.

    1028个代表之家 → 代表之家 (the noun after the unit); 通过地方性法规26件 → 地方性法规 (the noun
    before the number, without the verb of change: 固定资产投资增长5% → 固定资产投资); A、B分别增长
    x、y → A for x and B for y; 从x提高到y → the noun before 从; a clause that starts with the change
    (…，达到11.67万亿元) → the noun that opens the sentence's previous clause. ``prior`` holds the
    offsets and subjects of the sentence's figures before this one (总数达1053家 → its subject and 总数).
    """
    prior = prior or []
    previous = prior[-1][1] if prior else ""
    if unit == "人" and s[b : b + 1] in ("口", "民"):  # 13亿人口, 凝聚13亿人民的智慧: the figure is the population
        return "人" + s[b], a, b + 1
    subject, text_a, text_b = _subject_raw(s, a, b, span, prior, unit)
    subject = _tidy(subject)
    # the figure's clause, and the one before it: the rules below read them, they do not move as the subject is built
    opened = _clause_start(s, a)
    clause = s[opened:a]
    clause_before = s[_prev_clause_start(s, opened - 1) : opened - 1] if opened > 0 else ""
    # 实现利润2392亿元，为1997年的2.9倍: a multiple of a year's figure is of what the figure before counted
    if (unit == "倍" and previous and prior[-1][0] >= _prev_clause_start(s, opened - 1)
            and re.fullmatch(r"(?:是|为|相当于)(?:\d{4}年|上年|去年|上一年|同期|[一二三四五六七八九十两\d]+年前)(?:底|末)?的", clause)):
        return previous, text_a, text_b
    # 实际使用外资达到160.6亿美元、折合1148亿元人民币: the same sum in another currency
    if previous and re.search(r"(?:折合|约合|合)(?:人民币)?(?:约)?$", s[_clause_start(s, a, "，。；、（") : a]) and unit.endswith("元"):
        return previous, text_a, text_b
    # 收入增长1.7%（同口径增长2.5%以上）: a figure on another basis in parentheses is of what the clause before counted
    if (previous and opened > 0 and s[opened - 1] in "（(" and prior[-1][0] >= _prev_clause_start(s, opened - 1)
            and re.match(r"(?:按)?(?:同口径|可比口径|可比价格?|(?:剔除|扣除)[^，。；）]{1,12}?因素后?)", subject)):
        subject = _GROWTH_SUFFIX.sub("", previous) + subject
    # 参加养老、失业、工伤保险35.4万人次: people counted by what they joined keep the joining (not all the insured)
    took_part = re.match(r"(?:参加|参与|列席|出席)", clause)
    if took_part and unit in ("人次", "人", "名") and subject and clause[took_part.end() :].startswith(subject[:2]):
        subject = took_part.group(0) + subject
    # 新增电力装机1800万千瓦，其中非化石能源装机1000万千瓦: the part of what was added was added too
    added = _NEW_LEAD.match(previous) if previous and re.match(r"其中", clause) and prior[-1][0] >= _prev_clause_start(s, opened - 1) else None
    if added and subject and not _NEW_WORD.match(subject) and not _number_rx().search(subject) and subject[-2:] == previous[-2:]:  # (of one measure)
        subject = added.group(0) + subject
    # 地区生产总值年均增长4.8%，2025年总量比2020年增加超7400亿元: whose total — what the clause before counted
    when = re.match(r"(?:\d{4}年|今年|去年|全年)?(?:底|末)?", subject).group(0)  # (a year opens no owner)
    owned = _OWNERLESS.match(subject, len(when)) if unit not in _COUNTERS and unit != "个百分点" else None
    rest = pos_tags(subject[owned.end() :])[:1] if owned and owned.end() < len(subject) else ()
    counted_before = previous and opened > 0 and prior[-1][0] >= _prev_clause_start(s, opened - 1)
    if owned and all(f.startswith(("v", "p", "d")) for _, f in rest) and opened > 0 and clause.startswith(subject[: owned.end()]):
        # (全国粮食连续四年增产，2007年产量达到50150万吨: with no figure before, the nouns the clause before opens with)
        owner = previous if counted_before else _opening_nouns(clause_before) if not _number_rx().search(clause_before) else ""
        owner = re.sub(r"(?<=..)(?:年均|年平均|平均|比上年|同比)+$", "", _GROWTH_SUFFIX.sub("", owner))
        # (高交会促成1023项…签约，成交额超1700亿元: a sum after a count is of who did what the clause before counted)
        doer = _topic(clause_before) if counted_before and unit.endswith("元") else ""
        if doer and doer not in previous and not _number_rx().search(doer) and pos_tags(doer)[-1][1] in ("n", "nz", "nt", "ns", "j"):
            owner = doer
        if counted_before and _OWNERLESS.search(owner):
            # (新能源投资增长70%、装机规模增长38%，利用率达94.5%: the owner the sentence's figures share, not the last one's measure)
            shared = os.path.commonprefix([x for _, x in prior])
            owner = shared if len(prior) >= 2 and 2 <= len(shared) and all(len(x) > len(shared) + 1 for _, x in prior) else owner
        if 2 <= len(owner) <= 12 and not _OWNERLESS.search(owner) and pos_tags(owner)[-1][1].startswith(("n", "v", "j")):
            subject = when + owner + subject[len(when) :]
    # 实施1000个以上省重点项目，年度完成投资1万亿元: the investment the projects the clause before counted made
    if (re.fullmatch(r"(?:年度|全年|累计)?完成(?:年度)?投资", subject) and previous.endswith("项目") and opened > 0
            and prior[-1][0] >= _prev_clause_start(s, opened - 1)):
        projects = re.sub(rf"^(?:{_alt('metric_programme_verbs.txt')}|安排|建设)", "", previous)
        if 2 <= len(projects) <= 12:
            subject = projects + subject
    # 广义货币M2增长11.3%，低于13%左右的预期目标: the goal the figure before is compared with
    if (unit in ("%", "％") and previous and prior[-1][0] >= _prev_clause_start(s, opened - 1)
            and re.fullmatch(rf"略?(?:{_alt('metric_comparison_verbs_bounds.txt')})", clause) and re.match(r"(?:左右)?的预期目标", s[b:])):
        subject = previous + "预期目标"
    # 广义货币M2和社会融资规模余额预期增长均为12%左右: an expected growth
    if subject.endswith("预期") and re.search(r"预期增长(?:均为|均|为|分别为)?$", clause):
        subject += "增长"
    # 加大对科技、教育…事业的支持，中央财政用于这些方面的支出987亿元: 这些方面 is the fields the clause before names;
    # (…的投入，全国财政支出2.82万亿元: a bare public spending right after such a clause is on those fields)
    fields = _FIELDS_SUPPORTED.search(clause_before) if re.search(r"这(?:些)?方面", subject) else None
    if fields:
        subject = re.sub(r"这(?:些)?方面", fields.group(1), subject, count=1)
    fields = re.search(rf"(?:{_FIELDS_SUPPORTED.pattern})$", clause_before) if re.fullmatch(r"(?:全国|全省)?财政支出", subject) else None
    if fields:
        subject = f"用于{fields.group(1)}的{subject}"
    # 大幅度增加全国教育支出，其中中央财政支出1981亿元: the part is of the spending the clause before named
    spent_on = re.search(r"([\u4e00-\u9fff]{2,6})(?:支出|投入|经费)$", re.sub(r"^(?:大幅度|大幅|继续|进一步)?(?:增加|加大|提高)(?:全国|全省)?", "", clause_before)) if clause.startswith("其中") else None
    public = re.fullmatch(r"((?:中央|地方|省级)?财政)(支出|投入)", subject)
    if spent_on and public and spent_on.group(1) not in subject:
        subject = public.group(1) + spent_on.group(1) + public.group(2)
    # 建立健全种粮农民补贴制度…，补贴资金从639亿元增加到1923亿元: whose subsidy, the scheme the sentence set up
    scheme = re.search(r"([\u4e00-\u9fff]{2,8}?)补贴制度", s[:opened]) if re.fullmatch(r"补贴(?:资金|标准)", subject) else None
    if scheme:
        subject = _SCHEME_LEADS.sub("", scheme.group(1)) + subject
    # 听取和审议“一府两院”12项工作报告: whose reports were heard stays with them
    heard = re.search(r"(听取(?:和)?审议|听取|审议)([^，。；\d]{2,30}?)$", clause) if re.fullmatch(r"(?:专项)?工作报告", subject) else None
    if heard and not _LEAD_VERB.fullmatch(heard.group(2)) and not heard.group(2).endswith(subject):  # (听取审议专项工作报告44项)
        subject = heard.group(1) + heard.group(2) + subject
    # 降低并统一大病保险起付线，报销比例由50%提高到60%: a bare share of a scheme is of the scheme the sentence names
    if re.fullmatch(r"(?:报销比例|覆盖面|起付线|封顶线)", subject) and opened > 0:
        schemes = list(_SCHEMES.finditer(s, 0, opened))
        if schemes:
            end = schemes[-1].end()
            tags = list(pos_tags(s[max(0, end - 14) : end]))
            head: list[str] = []
            while tags and tags[-1][1].startswith(("n", "b", "j")):
                head.insert(0, tags.pop()[0])
            owner = _SCHEME_LEADS.sub("", "".join(head))  # (建立健全城镇保障性住房制度)
            if 4 <= len(owner) <= 14:
                subject = owner + subject
    # 金川集团工业总产值连跨两个千亿台阶，在“世界500强”排名由369位上升到232位: the firm the sentence opens with
    ranked = re.match(r"在“[^”]{2,12}”(?:中的)?排名", subject)
    firm = re.match(r"[\u4e00-\u9fff]{2,8}?(?:集团|公司)", s) if ranked else None
    if firm:
        subject = firm.group(0) + subject
    # 苍梧、昭平等10个县区通了新的高速公路，新增里程590公里: a bare length is of the last route the sentence names
    # (铁路营运里程…；五年建成新线5944公里，复线4603公里: new lines and second tracks of it too)
    length = re.fullmatch(rf"(?:{_alt('metric_length_deeds.txt')})?里程", subject) if unit in ("公里", "千米") else None
    lines = re.fullmatch(r"(建成|新建|增加)?(新线|复线|电气化线路)", subject) if unit in ("公里", "千米") and not length else None
    routes = list(_rx("(?:{})", "metric_route_kinds.txt").finditer(s, 0, a)) if length or lines else []
    if routes and length:
        subject = routes[-1].group(0) + subject
    elif routes and lines:
        subject = (lines.group(1) or "") + routes[-1].group(0) + lines.group(2)
    # 公路方面，新开工晏城至表白寺等2个项目，提速…23个续建项目: the field the sentence opens with names the projects
    field = re.match(r"(?:在)?([\u4e00-\u9fff]{2,4})方面，", s)
    if field and subject.endswith("项目") and len(subject) <= 6 and field.group(1) not in subject:
        subject = field.group(1) + subject
    # “湘易办”用户突破3500万、月访问量稳定在2000万人次: an item after 、 is of the quoted name its clause opens with
    named = re.match(r"(?:其中|全年|今年)?(“[^”]{2,10}”)", clause)
    stops = "，。；：！？（、"
    item_start = item_at = _clause_start(s, a, stops)
    if (named and item_at > opened and prior and prior[-1][0] >= opened and named.group(1) not in subject
            and subject and not subject.startswith("“") and s[item_at:a].startswith(subject[:2]) and len(subject) <= 8):
        subject = named.group(1) + subject
    # 加力扩围以旧换新，带动消费791亿元; 发放以旧换新补贴121.9亿元、带动销售金额905亿元: a sum driven by
    # something is named with what drove it, the sum before in its list or the deed of the clause before
    if unit.endswith("元") and re.fullmatch(r"(?:带动|拉动)[\u4e00-\u9fff]{2,8}", subject) and s[item_start:a].startswith(subject) and item_start > 0:
        before_start = _clause_start(s, item_start - 1, stops)
        spent = previous if previous and prior[-1][0] >= before_start and "元" in s[prior[-1][0] : item_start] else ""
        spent = re.sub(r"(?:落实|安排|投入|发放)(?=[\u4e00-\u9fff]{0,2}(?:资金|补贴)$)", "", spent)  # (以旧换新落实资金)
        if spent and re.fullmatch(r"[\u4e00-\u9fff]{0,2}(?:资金|补贴|投入)", spent):  # (落实资金280多亿元: the deed before that)
            doer = _driver(s[_clause_start(s, before_start - 1, stops) : before_start - 1]) if before_start > 0 else ""
        else:
            doer = _driver(spent or s[before_start : item_start - 1])
        if doer:
            subject = doer + subject
    # 财政收入突破3万亿元，增加5232亿元: a sum that is a change says so (财政收入增加额)
    change = _SUM_CHANGE_BEFORE.search(clause)
    per_weight = re.search(r"每(?:斤|公斤|吨|千克)", clause) if unit in ("分", "角", "毛钱") and change else None
    if per_weight and not re.search(r"每(?:斤|公斤|吨|千克)$", subject) and 2 <= len(subject) <= 8:
        subject += per_weight.group(0)  # (早籼稻、中晚籼稻、粳稻每斤分别提高3分、5分和1毛钱: each item's price per 斤)
    if change and unit.endswith("元") and re.search(r"(?:平均每年|年均)(?:增加|减少|增长)了?(?:约|近|超过|超)?$", clause) and "年均" not in subject:
        subject += "年均"  # (…，平均每年增加2053亿元: a yearly average change)
    if (change and (unit.endswith("元") or unit in ("分", "角", "毛钱") and re.search(r"每(?:斤|公斤|吨|千克)$", subject)) and len(subject) >= 3 and not subject.endswith(("额", change.group(1), "的", "将", "每", "先", "拟"))
            and not _CHANGE_VERB.search(subject) and not subject.startswith(change.group(1))):
        subject = f"{subject}{change.group(1)}额"
    lengthened = _LENGTHEN_VERBS.search(s[max(0, a - 6) : a])
    if lengthened and unit in _TIME_UNITS and len(subject) >= 2 and not _CHANGE_VERB.search(subject):
        subject += lengthened.group(1)  # 人均预期寿命再提高1岁: the change, not the age
    # 市场经营主体增量提质，总量突破1000万户: a bare total is of what the clause before opens with
    if subject in ("总量", "总数", "总规模") and opened > 0 and clause.startswith(subject):
        topic = re.sub(r"(?<=..)(?:增量提质|增量|提质)$", "", _topic(clause_before) or _opening_nouns(clause_before))
        if 2 <= len(topic) <= 12:
            return topic + subject, text_a, text_b
    # 建立了全国社会保障基金，已积累资金1242亿元: the money a fund the clause before set up has gathered
    if re.fullmatch(r"(?:已|累计)?(?:积累|筹集|募集|归集)?(?:资金|基金)", subject) and subject not in ("资金", "基金") and opened > 0:
        fund = _object_of(re.sub(r"了", "", clause_before))
        if fund.endswith("基金") and len(fund) <= 14:
            return fund + subject, text_a, text_b
    # 一般公共预算收入增长2.1%，税占比达77.4%: a bare share after the clause naming the whole is of that whole
    if re.fullmatch(r"[\u4e00-\u9fff]{1,4}占比", subject) and previous and prior[-1][0] >= _prev_clause_start(s, opened - 1) and unit in ("%", "％"):
        whole = _GROWTH_SUFFIX.sub("", previous)
        if _INVESTMENT_MEASURES.search(whole):
            return f"{whole}中{subject}", text_a, text_b
    # 新能源开工1600万千瓦、投产1000万千瓦: a bare deed after 、 is of the owner the item before named
    deed_item = re.search(r"\d[^\d，。；、]{0,6}、([\u4e00-\u9fff]{2,6}?)(?:超过|超|近|约)?$", s[max(0, a - 24) : a])  # (、服务客户超122万次)
    if deed_item and deed_item.group(1) == subject and previous and prior[-1][0] >= opened and pos_tags(subject)[0][1] in ("v", "vn"):
        owner_tags = pos_tags(previous)
        if len(owner_tags) >= 2 and owner_tags[-1][1] == "v" and all(f.startswith(("n", "j")) or (f == "vn" and len(owner_tags) >= 4) for _, f in owner_tags[:-1]):
            return "".join(w for w, _ in owner_tags[:-1]) + subject, text_a, text_b
    # 邮轮母港接待邮轮91艘次、旅客30余万人次: a bare noun after 、 shares the deed (and its doer) of the item before
    noun_item = re.search(r"\d[^\d，。；、]{0,6}、([\u4e00-\u9fff]{2,6})(?:超过|超|近|约)?$", s[max(0, a - 24) : a])
    if noun_item and noun_item.group(1) == subject and previous and prior[-1][0] >= opened and not previous.endswith(subject) and not clause.startswith("其中"):
        tags = pos_tags(subject)
        if re.fullmatch(_alt("metric_part_nouns.txt"), subject) and len(previous) <= 12 and "的" not in previous:
            return previous + subject, text_a, text_b  # (建成养老服务机构1596个、床位23.1万张: the institutions' beds)
        # 咖啡产值增长3倍、精深加工率80%: a rate after an item that measured a thing is that thing's
        measured = re.fullmatch(rf"([\u4e00-\u9fff]{{2,8}}?)(?:{_BARE_MEASURES})(?:{_RATE_CHANGES})?", previous)
        if measured and re.search(r"率$", subject) and not subject.startswith(measured.group(1)) and pos_tags(measured.group(1))[-1][1].startswith("n"):
            return measured.group(1) + subject, text_a, text_b
        deeds = list(pos_tags(previous))
        while deeds and deeds[-1][1].startswith("n"):
            deeds.pop()  # (the item before's own noun goes: 邮轮母港接待|邮轮)
        if deeds and deeds[-1][0] == "等":  # (更新改造复康路等道路80条、桥梁15座: the examples go with it)
            deeds.pop()
            while deeds and (deeds[-1][1].startswith("n") or deeds[-1][0] == "、"):
                deeds.pop()
        # (生产原油239万吨、天然气56.5亿立方米: jieba tags 生产 a verbal noun where it opens the item before)
        if (all(f.startswith("n") for _, f in tags) and deeds and (deeds[-1][1] == "v" or deeds == [("生产", "vn")]) and len(deeds[-1][0]) >= 2 and len(previous) <= 10
                and "的" not in previous and not re.search(rf"(?:{_alt('metric_measure_ends.txt')}|价|规模)$", subject)  # (…、成交价616.6亿元: an attribute, not a thing)
                and not _KEPT_VERB_STOPS.fullmatch(deeds[-1][0]) and len(deeds) < len(pos_tags(previous))):
            return "".join(w for w, _ in deeds) + subject, text_a, text_b
    # 今年中央财政将安排2762亿元，比上年增加458亿元: the increase is of the sum before
    if (subject.endswith("增加额") and previous and previous.startswith(subject[:-3]) and len(previous) > len(subject) - 3
            and re.search(r"(?:资金|支出|投入|经费|投资)$", previous) and prior[-1][0] >= _prev_clause_start(s, opened - 1)):
        return previous + "增加额", text_a, text_b
    # 累计推出259项制度创新成果，其中56项为全国首创: the part is the whole's things that are what 为 says
    part = re.fullmatch(r"其中", clause) and re.match(r"(?:为|是)([\u4e00-\u9fff]{2,8})(?=[，。；]|$)", s[b:])
    if part and previous and prior[-1][0] >= _prev_clause_start(s, opened - 1) and unit in _COUNTERS:
        first = pos_tags(previous)[0]
        whole = previous[len(first[0]) :] if first[1] == "v" and len(previous) - len(first[0]) >= 2 else previous  # (推出…成果: the things)
        return f"{part.group(1)}的{whole}", text_a, b + part.end()
    # 出让矿业权755宗、成交价616.6亿元: a price or sum after the previous item's count is that item's
    attribute = _SUBJECT_LEVELS.search(s[max(0, a - 24) : a])
    if (attribute and attribute.group(1) == subject and previous and prior[-1][0] >= opened and unit.endswith("元")
            and subject[:2] not in previous):
        return previous + subject, text_a, text_b
    # 新增1000处信号灯联网、累计达8000处: the total after the new ones is of all of them, and says so
    totalled = re.search(r"\d[^\d，。；、]{0,6}、累计(?:达到|达|为|超过|超)?$", s[max(0, a - 20) : a])
    if totalled and previous and prior[-1][0] >= opened and not subject.startswith("累计"):
        return "累计" + re.sub(r"(?<=..)(?:新增|净增)$", "", _NEW_LEAD.sub("", previous) or previous), text_a, text_b
    # 新退出政府融资平台346家、超计划19家: what went beyond the plan is more of the item before
    beyond = re.search(r"\d[^\d，。；、]{0,6}、(超计划|超额)$", s[max(0, a - 20) : a])
    if beyond and previous and prior[-1][0] >= opened:
        return f"{previous}超计划数", text_a, text_b
    # 平均压减时间58%、材料52%: a bare noun after the previous figure's 、 shares that item's verb
    bare = re.search(r"\d([^\d，。；、]{0,6})、([\u4e00-\u9fff“”]{1,14}?)(?:超过|超|近|约)?$", s[max(0, a - 24) : a])
    before_unit = re.sub(r"(?:左右|以上|以下)$", "", re.sub(rf"^[多余]?(?:{_MULTIPLIERS})?", "", bare.group(1))) if bare else ""
    if (bare and bare.group(2) == subject and previous and prior[-1][0] >= opened
            and not (before_unit and before_unit.endswith("元") != unit.endswith("元"))  # (贷款1110亿元、惠及企业2.2万户)
            and not _NAMED_MEASURES.search(subject) and not re.match(r"惠及|覆盖|带动|受益|获", subject)):
        tags = pos_tags(_PREVIOUS_LEADS.sub("", previous))
        lead = list(itertools.takewhile(lambda x: x[1] in ("d", "v", "ad", "vd", "a") or (x[1] == "vn" and x is tags[0]), tags))  # (升级|vn 改造)
        built_verb = _BUILT_LEAD.match(previous)
        if built_verb and not any(f == "v" for _, f in lead):  # (新|a 培育|vn: the segmenter splits the verb of 新培育)
            lead = [(re.sub(r"[和、及]$", "", built_verb.group(0)), "v")]  # (新建省级…学院7个、…: jieba tags 新建 a place name)
        while lead and (lead[-1][1] != "v" or re.fullmatch(r"涉[\u4e00-\u9fff]", lead[-1][0])):
            lead.pop()
        opened_by = len(lead)  # (the item before must name a thing after its verbs: 受理提请批捕 names none)
        verbs = [k for k, (_, f) in enumerate(lead) if f == "v"]
        if len(verbs) > 1 and not _LAW_BUILD_VERBS.fullmatch(lead[verbs[-1]][0]):
            lead = lead[: verbs[-1]]  # (治理废弃矿山…、小流域面积: 废弃 is the mines', a second verb only of a verb list)
            while lead and lead[-1][1] != "v":
                lead.pop()  # (新增高速（一级）公路…: 高速 is the road's; 净增涉税主体…: 涉税 the firms')
        own = pos_tags(subject)  # (a noun, not a deed of its own: no verb, not one verbal noun, not 突破…)
        deed = ((own[0][1] == "v" and len(own[0][0]) >= 2) or (len(own) == 1 and own[0][1] == "vn") or _DEED_OPENERS.match(subject)  # (限|v 上批零住餐业: no deed)
                or _BUILT_LEAD.match(subject)  # (新转化项目, 新建改建农村公路: a deed of its own)
                or re.match(r"约?占(?!比)", subject))  # (新增境内上市公司29家、占全国增量的1/4: a share, of the item before)
        done_last = bool(_ITEM_DEEDS.search(previous)) and len(tags) > 2  # (退化草原修复治理…、沙化土地治理: the item before ends on its deed)
        if any(f == "v" and len(w) >= 2 for w, f in lead) and opened_by < len(tags) and not done_last and (re.search(r"(?:产能|能力)$", subject) or not deed):
            capacity = re.search(r"(?:产能|生产能力)$", previous)  # 淘汰落后炼钢炼铁产能…、电解铝100多万吨
            # (取消和下放…、取消评比达标表彰项目…、职业资格许可…: the verb of building, not 评比)
            said = "".join(w for w, _ in lead)
            said = built_verb.group(0) if built_verb and built_verb.end() <= len(said) else said
            subject = said + subject + (capacity.group(0) if capacity and not subject.endswith(("产能", "能力")) else "")
    # 进一步规范和提升12345热线服务，满意率95.4%: a bare rate that opens its clause is of what the clause before named
    if _RATE_STEMS.fullmatch(subject) and opened > 0 and s[opened:a].startswith(subject) and s[opened - 1] == "，":
        owned = [x for at, x in prior if at >= _prev_clause_start(s, opened - 1)]
        if not _number_rx().search(clause_before):
            owner = _object_of(re.sub(r"^(?:进一步|持续|不断|全面|深入)+", "", clause_before), verb_noun=True)
        elif 2 <= len(owned) <= 3 and all(2 <= len(x) <= 12 for x in owned):
            owned = [re.sub(r"^(?:高质量|依法|认真)+", "", x) for x in owned]
            verb = _HANDLING_VERBS.match(owned[0])  # 办理人大代表建议…、政协提案…，办结率100%
            owner = (verb.group(0) if verb else "") + "和".join(_HANDLING_VERBS.sub("", x) for x in owned)
        else:
            owner = ""
        if 2 <= len(owner) <= 20:
            subject = owner + subject
    # 新增1000处信号灯联网、累计达8000处: a total is of all, not of the new ones
    summed = re.match(r"(?:累计|总数|总量|共计|合计)((?:新增|新建|净增|新设)?)", s[_clause_start(s, a, "，。；：、") : a])
    if summed and summed.group(1) and subject.startswith(summed.group(1)):
        subject = "累计" + subject  # (累计净增各类经营主体155万户: the new ones over the years, not all there are)
    elif summed and re.match(r"(?:新增|新建|净增|新设)(?=..)", subject):
        subject = subject[2:]
    # 粮食总产再创历史新高，…，增量39.7亿斤: a bare increment is of what the sentence opens with
    # 推动新能源汽车产业提质扩量，…，力争产量突破120万辆: a bare output is of what the sentence set out to grow
    if _OUTPUT_HEADS.fullmatch(subject) and not previous and opened > 0:
        grown = _GROWTH_AIMS.match(s)
        if grown:
            subject = grown.group(1) + subject
    if subject in ("增量", "增量增长") and not previous:
        opening = re.sub(r"(?:再创|创|连续|实现)$", "", _opening_nouns(s[:12]))
        if 2 <= len(opening) <= 10:
            subject = opening + subject
    per = re.search(r"(户均|人均|每户|每人)$", s[max(0, a - 2) : a])
    if per and subject and not subject.startswith(per.group(1)) and unit in _COUNTERS:
        subject = per.group(1) + subject  # 易地扶贫搬迁178户，后续帮扶项目户均2个: per household
    # 为继续落实“两个确保”…，2003年中央财政支出700亿元: what the sum was spent for opens the sentence
    purpose = _PURPOSE_VERBS.match(s[_prev_clause_start(s, opened) :]) if unit.endswith("元") else None
    if purpose and _prev_clause_start(s, opened) == 0 and re.search(r"(?:支出|投入|资金)$", subject) and "用于" not in subject:
        subject = f"{subject[:-2]}用于{purpose.group(1)}的{subject[-2:]}"
    planned = re.search(r"完成((?:全?年度?|全年)?(?:计划|目标|任务))的(?:\d+(?:\.\d+)?%、)*$", clause)
    if planned and unit == "%" and subject and "完成" not in subject:
        subject += f"完成{planned.group(1)}比例"  # 城镇新增就业…分别完成年计划的118.2%、…: the share of the plan done
    compared = _COMPARED_CHANGES.search(clause)  # (分别增加860万人和880万人)
    if (compared and unit not in ("%", "‰", "倍", "个百分点") and not unit.endswith("元") and len(subject) >= 2
            and not _CHANGE_VERB.search(subject) and (compared.group(1) or text_a < a)):  # (降低900多万个体工商户税负: the verb governs what follows)
        subject += compared.group(1) or compared.group(2)  # 全国普通高校招生268万人，比上年增加48万人; 森林蓄积量增加6亿立方米: the change
    # 2007年参保人数突破2亿人，比2002年增加5400多万人: a change since a named year says since when, of what the figure before counted
    since = _PLAIN_CHANGES.fullmatch(clause)
    if since and unit not in ("%", "‰", "倍", "个百分点") and subject and (subject == previous or subject in ("增加", "减少")):
        subject = f"{subject if subject == previous else previous}比{since.group(1)}{since.group(2)}"
    elif since and unit not in ("%", "‰", "倍", "个百分点") and previous.endswith(subject) and subject:
        subject = f"{previous}比{since.group(1)}{since.group(2)}"
    if unit in ("%", "‰", "倍", "个百分点"):
        subject = _SUM_CHANGE_NAMED.sub("", subject)  # a rate of the total, not of the change
        # 地区生产总值增长5.5% measures the growth, not the product: the subject says so (地区生产总值增长)
        moved = _RATE_CHANGE_BEFORE.search(s[max(0, a - 40) : a])
        if moved and len(subject) >= 2 and not _RATE_NAMED.search(subject) and (not subject.endswith("比例") or unit == "个百分点"):
            subject = _MOVED_ADVERBS.sub("", subject)  # (养老金水平又提高10%)
            # 国内生产总值…，比2002年增长65.5%: a change over years names its base year
            before_change = clause[: -len(moved.group(0))] if moved.group(0) else ""
            since = re.search(r"(?:比|较)(\d{4}年(?:底|末)?|“十[一二三四五]五”(?:时期|末)|前五年|上一个五年)(?:同期)?(?:分别)?$", before_change)  # (比“十三五”时期)
            # 五年年均增长5.2%: a yearly average over years says so
            yearly = "年均" if re.search(r"(?:年均|平均每年|年平均)(?:分别)?(?:实际|名义)?(?:分别)?$", before_change) and "年均" not in subject else ""  # (年均分别实际增长)
            yearly = yearly or ("累计" if re.search(r"累计(?:分别)?$", before_change) and "累计" not in subject else "")  # (PM2.5平均浓度累计下降)
            subject += (f"比{since.group(1)}" if since and since.group(1) not in subject and f"比{since.group(1)}" not in subject else "") + yearly + moved.group(1)
    # …审批项目总数达到2497项，占原有审批项目的69.3%: what takes the share is what the sentence just counted
    # 城镇新增就业超690万人、稳定在全国1/10以上: a share of the whole the item before is part of
    whole = re.fullmatch(r"(?:稳定在|保持在|达到|占到)(全国|全省|全市)", subject) if unit in ("%", "‰") else None
    if whole and previous and "占" not in previous and prior[-1][0] >= _prev_clause_start(s, opened - 1):
        subject = f"占{whole.group(1)}"
    if re.match(r"约?占(?!比)", subject) and previous and "占" not in previous and not re.search(r"大关|台阶", previous) and unit in ("%", "‰"):
        subject = subject.removeprefix("约")  # (…超700万人、约占全国1/10: the share, however near)
        subject = re.sub(r"(?<=..)(?:年均|平均)$", "", _GROWTH_SUFFIX.sub("", re.sub(r"总数$", "", previous))) + subject  # (not 支出增长占…, 年均增长…，占…)
    elif unit in ("%", "‰", "个百分点") and (re.match(r"占(?!比)", subject) or re.match(r"在[\u4e00-\u9fff]{2,8}占比", subject)):
        # 经济总量连续跨过3个万亿元大关，占全国比重…，在北方地区占比…: the share of what opens the sentence
        owner = re.split(r"在|占", previous)[0] if "占" in previous and not previous.startswith(("占", "在")) else ""
        if not owner:
            before = clause_before
            owner = re.sub(r"(?:年均|年平均|平均|增长|增速)+$", "", _opening_nouns((before or s[: _clause_end(s, 0)])[:12]))
        if 2 <= len(owner) <= 10:
            subject = owner + subject
    if unit in ("%", "‰") and re.fullmatch(r"[\u4e00-\u9fff、和]{2,30}占", subject):
        subject += "比"  # …投资占43.7%，…，灾后恢复重建占14.8%: the share each takes
    if unit in ("%", "‰") and re.search(r"占[^，。；]{2,14}?的?$", subject) and not re.search(r"(?:比重|比例|份额|率|比)的?$", subject):
        subject = subject.rstrip("的") + "比例"  # 教育经费支出占国内生产总值的4% → …占国内生产总值比例
    # 组织全国、省人大代表3178人次参加专题调研、2508人次参加集中视察: who did what the figure counts
    joined = re.match(r"(?:通过[^，。；、]{1,12}?)?((?:参加|参与)[\u4e00-\u9fff“”]{2,12}?)(?=[，。；、]|$)", s[b:])
    if joined and unit in ("人次", "人", "名") and subject:
        people = re.sub(r"^(?:参加|参与)?[\u4e00-\u9fff“”]{2,12}?的", "", subject)
        subject, text_b = f"{joined.group(1)}的{people}", b + joined.end()
    # 今年中央财政用于教育的投入，将由去年的1076亿元增加到…: the figure's own year overrides the subject's
    if re.search(r"(?:去年|上年|前年|\d{4}年(?:底|末)?)的?$", s[max(0, a - 8) : a]) and re.match(r"(?:今年|明年)..", subject):
        subject = subject[2:]
    if subject in words("metric_relational_nouns.txt"):
        subject = _tidy(_relational(s, a, b, subject, previous))
    # 赤字率拟按2.8%安排，比去年预算高0.2个百分点: points above or below a base
    above = re.search(r"(比(?:上年|去年|上一年)[^，。；]{0,6}?)(高|低)(?:出)?$", clause) if unit == "个百分点" else None
    if above and subject and "比" not in subject:
        subject += above.group(1) + above.group(2)
    # …比例达到66.25%，超过全国平均水平0.28个百分点: points above the nation's level are a gap, not the level
    gap = re.search(rf"(?:{_GAP_VERBS})(?:{_alt('metric_gap_bases.txt')})(?:平均(?:水平)?|水平)?$", clause) if unit == "个百分点" else None
    if gap and subject and gap.group(0) not in subject and not re.search(_GAP_VERBS, subject):
        subject += gap.group(0)
    # 长江流域水生生物完整性指数提升2个等级: the figure counts grades moved, not the index
    # (创新能力综合指标排名提升7位: places moved in a ranking)
    moved = re.match(r"(?:个)?(等级|档次|位次|名次)", s[b:]) if unit in ("个", "级") else None
    steps = moved.group(1) if moved else "位次" if unit in ("位", "名") and not re.match(r"[\u4e00-\u9fff]", s[b : b + 1]) else ""
    changed = _RANK_MOVES.search(clause) if steps else None
    if changed and subject and not subject.endswith(steps):
        subject = _CHANGE_TAIL.sub("", subject) + changed.group(1) + steps
        text_b = b + (moved.end() if moved else 0)
    # 粮食产量屡创历史新高，去年达到1.09万亿斤: a time word alone is of what the clause before named
    if (re.fullmatch(r"去年|今年|全年|当年|上年|\d{4}年", subject) or not subject) and opened > 0 and not previous:
        before = clause_before
        named = _topic(before) if not _number_rx().search(before) else ""
        if not named and subject and not _number_rx().search(before):
            # (粮食产量屡创历史新高: the nouns it opens with, where the segmenter reads no verb of two characters after them)
            named = "".join(w for w, _ in itertools.takewhile(lambda x: x[1] in ("n", "nz", "l", "j"), pos_tags(before)))
        if len(named) >= 2:
            subject = named
    # 非烟非能工业增加值增长8.1%、对规模以上工业增长贡献率达72.9%: whose contribution it is
    if re.match(r"对.{2,16}贡献率$", subject) and previous:
        owner = re.sub(r"(?<=..)(?:增加值|产值|营收|投资)$", "", _GROWTH_SUFFIX.sub("", previous))
        if 2 <= len(owner) <= 12:
            subject = owner + subject
    # 中央财政安排219亿元支持116户国有企业实施政策性关闭破产: what the money was put up for
    spent_on = re.match(r"(用于|支持|补助|奖励|奖补)([^，。；]{2,24}?)(?=[，。；]|$)", s[b:]) if unit.endswith("元") else None
    if spent_on and re.fullmatch(r"(?:中央|省级?|市级?|县级?|各级|地方)?(?:财政|政府)(?:安排|投入|下达|拨付)?(?:资金)?", subject):
        aim = re.sub(r"\d+(?:\.\d+)?[万亿千百]*[个户家名所项条人]", "", spent_on.group(2))
        if 2 <= len(aim) <= 20:
            subject = re.sub(r"(?:安排|投入|下达|拨付)?(?:资金)?$", "", subject) + spent_on.group(1) + aim + "资金"
    # 经济增速是综合性指标，今年预期目标设定为6%以上: a bare target is of what the sentence opened with
    if re.fullmatch(r"(?:预期)?目标|预期", subject) and opened > 0:
        named = re.match(r"([\u4e00-\u9fff“”]{2,10}?)是", s)  # (经济增速是综合性指标: what the sentence is about)
        opening = named.group(1) if named else _opening_nouns(s[: _clause_end(s, 0)][:12])
        if 2 <= len(opening) <= 10:
            subject = opening + subject
    # 新增长护险参保人数1561万人，参保率达93%: a rate of what the count before it named
    stem = re.fullmatch(r"([\u4e00-\u9fff]{2})率", subject)
    if stem and previous and stem.group(1) in previous and not previous.startswith(stem.group(1)):
        owner = re.sub(r"^(?:拟安排|安排|拟)", "", _NEW_LEAD.sub("", previous[: previous.index(stem.group(1))]))
        if 2 <= len(owner) <= 10:
            subject = owner + subject
    # 新建6个国家级、20个省级临床重点专科: the verb that opens the list is each item's
    # (国家安排资金改造和新建1.88万所…: the verb right before the list's first figure, whatever comes before it)
    built_first = re.match(rf"(?:全年|今年|共|累计)?((?:{_BUILT})+(?:和{_BUILT})?)", clause) or re.match(
        rf"[^\d，。；、]{{2,8}}?((?:{_BUILT})+(?:和{_BUILT})?)(?=\d)", clause)  # (启动改造19个城中村、180个…)
    if (built_first and s[a - 1 : a] in ("、", "和", "及") and _number_rx().search(s, opened, a - 1) and subject
            and not _BUILT_LEAD.match(subject) and built_first.group(1) not in subject and (unit in _COUNTERS or unit in _LENGTH_AREA_UNITS)):
        subject = built_first.group(1) + subject
    # 全国财政收入达到16371亿元，按可比口径增加2400亿元: the change on another basis is of what was just named
    if re.match(r"按?(?:可比|同)口径", subject) and previous:
        subject = _SUM_CHANGE_NAMED.sub("", _GROWTH_SUFFIX.sub("", previous)) + subject
    # 能耗、主要污染物排放强度分别约为全国平均的70%、60%: a share of the national average
    ratio = re.search(r"(?:分别)?(?:约为|为|相当于|仅为|只有)(全国|全省|全市|全区)(?:平均(?:水平)?)的(?:\d+(?:\.\d+)?%、)*$", clause) if unit == "%" else None
    if ratio and subject and "平均" not in subject:
        subject += f"相当于{ratio.group(1)}平均水平的比例"
    # 扣除房地产开发投资后，固定资产投资增长2.7%: the basis the clause before sets
    basis = re.fullmatch(r"((?:扣除|剔除|不含|不包括)[^，。；]{2,14}?(?:因素)?后?)", clause_before) if opened > 0 else None
    if basis and subject and not subject.startswith(basis.group(1)):
        subject = basis.group(1) + subject
    # 近三年累计，单位国内生产总值能耗下降10.08%: the span the clause before sets
    span_before = re.fullmatch(r"(近[一二三四五两\d]+年(?:来)?(?:累计)?|[一二三四五两\d]+年(?:来)?累计)", clause_before) if opened > 0 else None
    if span_before and subject and not subject.startswith(span_before.group(1)):
        subject = span_before.group(1) + subject
    # 财政补助由每人每年380元提高到420元: the per-head basis is part of what is counted
    per_head = re.search(r"[从由](每[人生户](?:每[年月])?)(?:$|\d[^，。；]*(?:到|至)$)", clause)  # (…提高到420元: the end too)
    if per_head and subject and per_head.group(1) not in subject:
        subject += per_head.group(1)
    # 安置2000余名贫困人口就业: who put them in work
    placed = _PLACEMENT_VERBS.search(clause)
    if placed and re.search(r"(?:就业|创业|增收|脱贫|返乡)$", subject) and not subject.startswith(placed.group(1)):
        subject = placed.group(1) + subject
    # 安排30亿元建设资金，支持国有煤矿安全技术改造: what the money is for, said after it
    aimed = re.match(r"，(?:重点|主要)?(支持|用于)([^，。；\d]{2,16})(?=[，。；]|$)", s[text_b:]) if unit.endswith("元") else None
    if aimed and re.search(r"(?:资金|经费|补助|投资)$", subject) and "用于" not in subject and "支持" not in subject:
        owner, of, money = subject.rpartition("的")  # (中央财政安排的资金 → 中央财政安排的支持…的资金)
        subject = f"{owner}的{aimed.group(1)}{aimed.group(2)}的{money}" if of else f"{aimed.group(1)}{aimed.group(2)}的{subject}"
    # 中央财政用于…的支出700亿元，比上年增长19.9%: the change is of that spending too
    spent_for = re.fullmatch(r"(.+?)用于.+的(.+)", previous) if previous and unit in ("%", "‰") else None
    if spent_for and subject.startswith(spent_for.group(1) + spent_for.group(2)):
        subject = previous + subject[len(spent_for.group(1) + spent_for.group(2)) :]
    # 特困人员基本生活保障标准不低于当地最低生活保障标准的1.6倍: a multiple of another standard
    whole = clause  # (a long subject's start may have been cut)
    times = _MULTIPLE_LINKS.fullmatch(whole if whole.endswith(subject) else subject) if unit == "倍" else None
    if times:
        subject = f"{times.group(1)}相当于{times.group(2)}的倍数"
    # 人民币存款、贷款余额连跨4个万亿元台阶、双双突破9万亿元: 双双 is of what the clause opened with
    if _SHARED_WORDS.fullmatch(subject):
        opened_with = _SHARED_OPENERS.match(clause)
        subject = opened_with.group(1) if opened_with else subject
    # 解决率、满意率分别达97.3%和97.7%: a bare rate after another shares its owner
    if (re.fullmatch(r"[\u4e00-\u9fff]{2}率", subject) and re.search(r"[\u4e00-\u9fff]{2}率$", previous) and len(previous) >= 5
            and previous[-3:] != subject and re.search(rf"{previous[-3:]}(?:、|和){subject}", clause)):
        subject = previous[:-3] + subject
    # 抗灾救灾工作全面加强，中央财政五年支出551亿元: what the spending was for is the work the clause before named
    work = re.match(r"([\u4e00-\u9fff]{2,10}?)(?:工作|事业)", clause_before) if opened > 0 and unit.endswith("元") else None
    if work and re.fullmatch(r"(?:中央|地方)?财政.{0,4}(?:支出|投入)", subject) and not _number_rx().search(clause_before):
        subject = subject[:-2] + work.group(1) + subject[-2:]
    # 重点抓好9个方面工作：: the parts the speech announces (the annotators count them), named by the deed
    parts = re.match(r"方面(?:的)?(工作|重点|任务)?[：:]", s[b : b + 8]) if unit == "个" else None
    if parts:
        deed = re.sub(r"^(?:[^，。；]*?(?:我们|政府工作中|今年|明年|一年来))?(?:要|将)?(?:具体|主要)?(?:以下)?", "", clause)
        deed = re.sub(r"(?:以下|了)$", "", deed)
        subject = f"{deed}的{parts.group(1) or ''}方面" if 1 <= len(deed) <= 12 else subject
    # 我省在全国占比超过10%的有44种: a bar the things counted after it pass
    if unit in ("%", "‰") and re.match(r"(?:以上)?的有", s[b : b + 4]) and subject and not subject.endswith("门槛"):
        subject += "门槛"
    # 新增经济总量超200亿元县2个: a sum over which the places counted right after it pass (the annotators
    # count the bar as a figure): the bar of that measure
    bar_of = re.match(r"([\u4e00-\u9fff]{1,2})\d", s[b : b + 4]) if unit.endswith("元") and s[a - 1 : a] == "超" else None
    if bar_of and _BAR_PASSED_NOUNS.match(bar_of.group(1)) and subject:
        subject = re.sub(r"^新增", "", subject) + "门槛"
    # 小麦最低收购价平均每50公斤提高6元: the raise per weight the price is quoted for
    per_weight = re.search(r"((?:平均)?每\d+(?:公斤|斤|千克|吨))(?:分别)?(提高|增加|降低|下调|上调)了?(?:\d+(?:\.\d+)?元?(?:到|至|、|和))?$", clause) if unit.endswith("元") else None
    if per_weight and per_weight.group(1) not in subject:
        subject = re.sub(r"(?:平均)?每$", "", re.sub(r"(?:提高|增加|降低|下调|上调)?额?$", "", subject)) + per_weight.group(1) + per_weight.group(2) + "额"
    # 城镇新增就业年均超过70万人: a yearly average says so
    if _AVERAGE_LEVELS.search(clause) and subject and "年均" not in subject and unit not in ("%", "‰", "个百分点"):
        subject = "年均" + subject
    # 养老机构和设施达到9341个、床位10.5万张: a measure after 、 belongs to what the item before counted
    if subject in ("床位", "面积", "长度", "里程", "容量") and previous and s[max(0, a - len(subject) - 1) : a - len(subject)] == "、":
        subject = re.sub(r"(?:达到|达)$", "", _GROWTH_SUFFIX.sub("", previous)) + subject
    # 上海港成为全球首个年吞吐量突破5000万标准箱的港口: what passed the mark is the sentence's owner's
    first_of = re.search(r"([\u4e00-\u9fff]{2,8})成为(?:全球|全国|世界|全省)?首个(.{2,10}?)(?:突破|超过|达到)$", clause)
    if first_of:
        subject = first_of.group(1) + first_of.group(2)
    # 今年中央财政将安排832亿元，比上年增加167亿元，支持卫生事业改革和发展: the purpose a later clause gives
    later = re.search(r"，(?:重点)?(支持|用于)([^，。；\d]{2,16})(?=[，。；]|$)", s[text_b : text_b + 40]) if unit.endswith("元") else None
    # (…中央财政投入3318亿元，以保证医疗卫生体制改革的顺利推进: what the money secures)
    secured = re.match(r"，以(?:保证|保障|确保)([^，。；\d]{2,14}?)的?(?:顺利推进|顺利实施|顺利进行)(?=[，。；]|$)", s[text_b : text_b + 40]) if unit.endswith("元") and not later else None
    if secured and re.fullmatch(r"(?:中央|地方)?财政(?:拟|将)?(?:投入|安排)(?:的)?资金", subject):
        subject = re.sub(r"(?:的)?资金$", "", subject) + f"的{secured.group(1)}资金"
    # (中央财政还将安排150亿元，增加对产粮大县和财政困难县的转移支付: what the sum adds to is its purpose)
    added = re.match(r"，(?:增加|加大)对([^，。；\d]{2,16}?)的([\u4e00-\u9fff]{2,6}?)(?:力度)?(?=[，。；]|$)", s[text_b : text_b + 40]) if unit.endswith("元") and not later else None
    if added and re.fullmatch(r"(?:中央|地方)?财政(?:还|将|拟|还将)*安排(?:的)?资金", subject):
        subject = re.sub(r"(?:还|将|拟)+(?=安排)", "", re.sub(r"(?:的)?资金$", "", subject)) + f"的对{added.group(1)}{added.group(2)}资金"
    if later and re.fullmatch(r"(?:中央|地方)?财政(?:将|拟)?安排(?:的)?资金", subject):
        subject = re.sub(r"(?:的)?资金$", "", subject) + f"的{later.group(1)}{later.group(2)}资金"
    elif later and re.fullmatch(r"(?:中央|地方)?财政(?:安排)?(?:资金)?(增加额|减少额)", subject):
        subject = re.sub(r"(?:安排)?(?:资金)?(?:增加额|减少额)$", "", subject) + f"{later.group(1)}{later.group(2)}资金" + subject[-3:]
    # 城镇新增就业预期目标比去年多100万人: the change against last year
    more = re.search(r"((?:比|较)(?:上年|去年))(多|少)$", clause)
    if more and subject and "比" not in subject:
        subject += more.group(1) + more.group(2)
    # 中央财政用于“三农”的支出…，其中用于农村基础设施建设近3000亿元: a part of that spending
    spent_part = re.fullmatch(r"(.+?)用于.+的(支出|资金|投入)", previous) if previous and subject.startswith("用于") and unit.endswith("元") else None
    if spent_part and "的" not in subject:
        subject = f"{spent_part.group(1)}{subject}的{spent_part.group(2)}"
    # 各级政府要进一步增加社会保障投入，中央财政拟安排3185亿元: what is put up is what the clause before increases
    raised_in = re.search(r"(?:增加|加大|提高)([\u4e00-\u9fff]{2,10}(?:投入|资金|支出|补助))$", clause_before) if opened > 0 else None
    if raised_in and re.fullmatch(r"(?:中央|地方)?财政(?:将|拟)?安排(?:的)?资金", subject) and unit.endswith("元"):
        subject = re.sub(r"(?:的)?资金$", "", subject) + "的" + raised_in.group(1)
    # 专门安排财政资金75亿元加快项目落地建设: the deed right after the sum is what it is for
    put_money = _rx(r"(.{{0,6}}?)({})((?:财政|专项|补助|奖补)?资金)", "metric_funding_verbs.txt").fullmatch(subject) if unit.endswith("元") and text_b == b else None
    purpose = re.match(r"(?:以上|左右|多)?((?:用于|支持)?[\u4e00-\u9fff“”]{2,16}?)(?=[，。；]|$)", s[b:]) if put_money else None
    if purpose and pos_tags(purpose.group(1))[0][1].startswith("v") and not _LEAD_VERB.fullmatch(purpose.group(1)):
        aim = re.sub(r"^(?:用于)", "", purpose.group(1))
        subject = f"{put_money.group(1)}{put_money.group(2)}用于{aim}的{put_money.group(3)}"
    # 最低收购价提高了25%到40%: the top of a range of change (no 从 before its bottom) is the same change
    ranged = re.search(r"\d(?:\.\d+)?[%％](?:到|至|－|-|~|～)$", s[opened:a]) if unit in ("%", "％") and previous else None
    if ranged and previous != subject and previous.startswith(subject) and not re.search(r"[从由]", s[opened : opened + ranged.start()]):
        subject = previous
    # 加快实施国家助学制度，财政投入从…增加到…: a bare public spending is on the scheme the clause before runs
    spent = re.fullmatch(r"(?:中央|地方|各级)?财政(?:投入|支出)", subject) if unit.endswith("元") and opened > 0 else None
    scheme = re.sub(r"^(?:加快|继续|全面|进一步)*(?:实施|推行|建立|完善|健全)", "", clause_before) if spent and not _number_rx().search(clause_before) else ""
    if spent and scheme != clause_before and re.fullmatch(r"[\u4e00-\u9fff]{2,10}(?:制度|工程|计划)", scheme):
        subject = scheme + subject
    # 其中中央政府拟新增1.18万亿元: a sum a government adds, with no noun, is of the money the sentence is about
    if unit.endswith("元") and re.fullmatch(r"[\u4e00-\u9fff]{0,6}(?:政府|财政)(?:拟|将)?新增", subject) and text_b == b and not re.match(r"[\u4e00-\u9fff]", s[b : b + 1]):
        subject += "投资" if "投资" in s[: a] else "资金"
    # 实施更加积极的就业政策，中央财政拟投入420亿元资金: the money is for the policy the clause before carries out
    policy_money = re.fullmatch(r"((?:中央|地方)?财政)(?:拟|将)?(投入|安排)的资金", subject) if opened > 0 else None
    policy = re.search(r"(?:实施|落实|执行)(?:更加)?(?:积极|稳健|有效)?的?([\u4e00-\u9fff]{2,6}?)政策$", clause_before) if policy_money else None
    if policy:
        subject = f"{policy_money.group(1)}{policy_money.group(2)}的{policy.group(1)}资金"
    # 全面推行新型农村合作医疗制度，用两年时间将筹资标准由每人每年50元提高到100元: whose standard
    # (整合城乡居民基本医保制度，财政补助由每人每年380元…; 将学生意外伤害责任保险从…扩大到…，保费由每生每年5元…)
    standard = re.match(r"(?:财政)?(?:筹资|补助|补贴|保障)(?:标准|每人每[年月])|保费", subject) if opened > 0 and unit.endswith("元") else None
    scheme_of = (re.search(rf"(?:{_alt('metric_scheme_verbs.txt')})([\u4e00-\u9fff]{{4,14}}?(?:医保|保险)?)(?:制度|试点)?$", clause_before)
                 or re.search(r"将([\u4e00-\u9fff]{4,14}?(?:医保|保险))从", clause_before)) if standard else None
    if scheme_of and scheme_of.group(1) not in subject:
        subject = scheme_of.group(1) + subject
    # 央地合作持续深化，完成投资3500亿元: a bare investment is of what the clause before says went on
    if subject in ("投资", "完成投资") and re.match(r"(?:累计|共|全年)?完成投资", clause) and opened > 0 and not _number_rx().search(clause_before):
        went_on = _PROGRESS_ADVERBS.fullmatch(clause_before)
        if went_on and 2 <= len(went_on.group(1)) <= 10:
            subject = went_on.group(1) + "完成投资"
    # 建立健全国家奖学金、助学金制度，为此中央财政支出将由…增加到95亿元: 为此 points at the clause before
    bare_money = re.fullmatch(r"((?:中央|地方|各级)?财政)(?:将|拟|还)*(安排(?:的)?)?(资金|支出|投入)", subject) if unit.endswith("元") else None
    if bare_money and opened > 0 and re.match(r"为此", clause) and not _number_rx().search(clause_before):
        thing = re.sub(r"(?<=..)(?:制度|政策|机制)$", "", _closing_nouns(clause_before.replace("、", "")))
        listed = re.search(r"[\u4e00-\u9fff]{0,8}" + re.escape(thing[:2]) + r"[^，。；]*", clause_before) if thing else None
        thing = re.sub(r"(?<=..)(?:制度|政策|机制)$", "", listed.group(0)) if listed and len(listed.group(0)) <= 16 else thing
        thing = re.sub(rf"^(?:{_alt('metric_set_up_verbs.txt')})", "", thing)
        if 2 <= len(thing) <= 16:
            subject = f"{bare_money.group(1)}用于{thing}的{bare_money.group(3)}"
    # 农机具购置补贴覆盖到全国所有农牧业县（场），中央财政拟安排资金130亿元: the subsidy the sentence
    # opens with is what the bare sum is for
    elif bare_money and opened > 0 and not re.search(r"[，。；：]", s[: opened - 1]) and not _number_rx().search(s[: opened - 1]):
        topic = re.match(r"[\u4e00-\u9fff]{2,10}?(?:补贴|补助|奖补)(?![\u4e00-\u9fff]?(?:资金|款))", s)
        if topic and pos_tags(topic.group(0))[0][1].startswith("n"):
            subject = f"{bare_money.group(1)}{bare_money.group(2) or ''}的{topic.group(0)}{bare_money.group(3)}"
    # 中央财政安排423亿元资金，支持十大重点节能工程…; 继续实施第二期农村中小学危房改造，中央财政将投入60亿元;
    # 今年要启动…攻坚计划，中央财政将为此投入100亿元: public money no rule above gave a purpose takes the one
    # the sentence states, after the sum (支持/用于/补贴…) or in the clause before (the programme it carries out)
    public = _BARE_PUBLIC_MONEY.fullmatch(subject) if unit.endswith("元") and subject not in ("资金", "支出", "投入") else None  # (拟安排资金 too)
    if public:
        after_sum = re.match(rf"(?:专项|国债)?(?:资金)?[，,]?(?:主要)?(?:用[\u4e00-\u9fff]{{1,4}}方式)?({_alt('metric_money_aims.txt')})([^，。；]{{2,24}}?)(?=[，。；]|$)", s[text_b:])
        before_programme = (re.fullmatch(rf"(?:今年|明年|全年)?(?:要|将)?(?:继续|加快|全面|进一步)*(?:{_alt('metric_programme_verbs.txt')})([\u4e00-\u9fff“”]{{4,20}})", clause_before)
                            # (国家助学制度进一步完善，中央财政投入223亿元: the scheme the clause before is about)
                            or re.fullmatch(r"([\u4e00-\u9fff“”]{2,12}(?:制度|计划|工程|行动))(?:进一步|不断|逐步)?(?:完善|健全|加强|推进|实施)", clause_before)
                            ) if opened > 0 and not _number_rx().search(clause_before) else None
        if "为此" in clause and not before_programme:  # (…启动西部地区“两基”攻坚计划，到2007年使…，中央财政将为此投入100亿元)
            before_programme = re.search(rf"(?:{_alt('metric_programme_verbs.txt')})([\u4e00-\u9fff“”]{{4,20}})(?=[，；])", s[: max(0, opened - 1)])
        if after_sum and not _number_rx().search(after_sum.group(2)):
            subject, text_b = f"{public.group(1)}{after_sum.group(1)}{after_sum.group(2)}的资金", text_b + after_sum.end()
        elif before_programme and ("为此" in clause or not re.search(r"[，。；：]", s[: opened - 1])):
            subject = f"{public.group(1)}用于{before_programme.group(1)}的资金"
    # 全年GDP增长4%，快于2024年1.8个百分点: whose growth is faster
    if re.match(r"(?:快于|慢于|高于|低于)", subject) and previous and _GROWTH_SUFFIX.search(previous):
        subject = _GROWTH_SUFFIX.sub("", previous) + "增速" + subject
    # 审查121件规章、564件规范性文件: the law verb that opens the list is each item's
    law_first = re.match(rf"(?:常委会|本会|我们)?({_LAW_VERBS})", s[_clause_start(s, a, "，。；：") : a]) if s[a - 1 : a] in ("、", "和", "及") else None
    if law_first and re.search(rf"(?:{_LAW_NOUNS}|规章)$", subject) and not subject.startswith(law_first.group(1)):
        subject = law_first.group(1) + subject
    # 成为全国首批5个国家公园之一: the figure counts the set the thing is one of
    if subject.endswith("之一") and len(subject) > 3:
        batch = re.search(r"(首批|第一批|首个|首届)$", clause)
        subject = (batch.group(1) if batch else "") + subject[:-2]
    # 人形机器人、人工智能等产业营收保持20%以上增长: the rate is the growth
    if unit == "%" and text_b == b and re.match(r"(?:以上|左右)?的?(?:增长|增速)", s[b:]) and not _RATE_NAMED.search(subject) and len(subject) >= 2:
        subject += "增长"
    # 建立…国家奖学金助学金制度，中央财政此项支出…: 此项 is what the sentence opened with
    if re.search(r"此项|这项|该项", subject):
        opening = s[: _clause_end(s, 0)]
        thing = re.sub(r"(?<=..)(?:制度|政策|工作|工程|机制)$", "", _closing_nouns(opening)) if not _number_rx().search(opening) else ""
        if 2 <= len(thing) <= 16:
            subject = re.sub(r"此项|这项|该项", thing, subject)
    # 向…学生提供助学金，每人每年1500元: a per-head sum is of what the clause before gave
    if re.fullmatch(r"(?:每人|每户|每生|人均|户均)(?:每[年月])?", subject):
        before = clause_before
        owner = _closing_nouns(before) if before and not _number_rx().search(before) else ""
        if 2 <= len(owner) <= 12:
            subject = owner + subject
    # 汽车保有量由2552万辆增至3230万辆，其中新能源汽车由…增至356万辆: a part takes the whole's measure
    part = re.match(r"其中", clause) or re.match(r"其中", s[_clause_start(s, a, "，。；：、（") : a])
    measure = _OUTPUT_MEASURES.search(_GROWTH_SUFFIX.sub("", _NEW_LEAD.sub("", previous))) if part and previous else None
    if (measure and subject and not re.search(_MEASURE_HEADS, subject) and measure.group(0)[-2:] not in subject and len(subject) <= 10
            and (subject[-2:] in previous or len(subject) <= 4) and _GROWTH_SUFFIX.sub("", subject) == subject):
        subject += measure.group(0)
    # 新登记147万户、其中企业57.3万家: a part of new things is new too
    lead = _NEW_WORD.match(previous) if part and previous else None
    if lead and subject and not _NEW_LEAD.match(subject) and len(subject) <= (12 if measure else 8):  # (其中水电9601万千瓦: 新增水电装机容量)
        subject = lead.group(0) + subject
    # 国有企业效益明显好转，去年利润增长23.5%: a bare measure is of what the clause before opened with
    # 煤炭智能绿色安全开采方面，…，产量稳定在13亿吨左右: a bare output is of the field the sentence opens with
    field = re.match(r"([\u4e00-\u9fff]{2,14}?)方面[，：]", s) if _CAPACITY_MEASURES.fullmatch(subject) else None
    # (煤炭智能绿色安全开采方面 → 煤炭: the field's first noun; 非常规天然气发展方面 → 非常规天然气, whose first word
    # is a modifier: the field without its deed)
    first = pos_tags(field.group(1))[0] if field else ("", "")
    named_field = re.sub(r"(?:发展|建设|开发|开采|工作)$", "", field.group(1)) if field else ""
    if first[1].startswith("n") and len(first[0]) >= 2:
        subject = first[0] + subject
    elif field and 2 <= len(named_field) <= 8 and not re.search(r"[，、]", named_field):
        subject = named_field + subject
    bare_measure = _MONEY_PEOPLE_MEASURES.fullmatch(subject)
    if bare_measure and (not previous or re.fullmatch(r"(?:实现)?" + bare_measure.group(1), previous)) and opened > 0:
        # (国有及国有控股工业企业经济效益大幅度提高，实现利润3784亿元，比上年增长45.2%: both of those firms)
        start, owner = opened, ""
        for _ in range(2):
            if start <= 0:
                break
            before_start = _prev_clause_start(s, start - 1)
            before, start = s[before_start : start - 1], before_start
            if not _number_rx().search(before):
                doing = re.match(r"([\u4e00-\u9fff]{2,14}?)(?:经济效益|效益|生产经营|经营状况)", before)
                owner = doing.group(1) if doing else re.sub(r"(?<=..)(?:运行|经营|制度建设|制度)$", "", _opening_nouns(re.sub(r"^(?:全面|进一步|持续|深入)?(?:加强|推进|完善|建立)", "", before)))
                break
        if 2 <= len(owner) <= 12:
            subject = owner + re.sub(r"^实现", "", subject)
    # …实现利润3784亿元，比上年增长45.2%: the growth of what the figure before named in full
    grown = re.fullmatch(rf"(.{{2,8}}?)((?:比上年|同比)?(?:{_RATE_CHANGES}))", subject) if unit in ("%", "‰") and previous else None
    if grown and previous.endswith(grown.group(1)) and len(previous) > len(grown.group(1)) and not _GROWTH_SUFFIX.search(previous):
        subject = previous + grown.group(2)
    # 义务教育营养改善计划提质扩面，新增受益学生25.48万人: who gained from what the clause before carried forward
    if re.match(r"(?:新增|累计)?(?:受益|受惠|获益)", subject) and opened > 0 and s[opened:a].startswith(subject[:2]):
        went_on = _PROGRESS_ADVERBS.fullmatch(clause_before)
        if went_on:
            subject = went_on.group(1) + subject
    # 其中企业410.1万户、增长7.7%: a rate right after a count is the count's growth, not the things' output
    item = _clause_start(s, a, "，。；：、")
    grew = re.fullmatch(r"(?:同比|比上年)?(增长|下降|增加|减少)了?", s[item:a]) if unit == "%" and item >= 2 else None
    counted = _GROWTH_SUFFIX.sub("", previous) if grew and previous else ""
    if (counted and s[item - 2] in _COUNTERS and subject.endswith(counted + grew.group(1))
            and not re.search(_MEASURE_HEADS, counted) and not re.search(r"(?:数|量|额|值|规模)$", counted)):
        subject = subject[: -len(grew.group(1))] + "数量" + grew.group(1)
    # 104种工业产品中，我省在全国占比超过10%的有44种、超过20%的有23种: the members of the set that pass the bar
    bar = re.fullmatch(r"(.*?)的有", subject) if unit in _COUNTERS else None
    among = re.search(r"\d+(?:\.\d+)?[种个家项所]([\u4e00-\u9fff]{2,10}?)中[，,]", s[:a]) if bar else None
    if among:
        lead = bar.group(1)
        shared = re.search(r"([\u4e00-\u9fff]{2,12}?(?:占比|比重|份额))(?=超过|高于|达到|在)", s[among.end() : a])
        if shared and shared.group(1) not in lead:
            lead = shared.group(1) + lead
        subject = f"{lead}的{among.group(1)}"
    # 全年新登记企业增长24.5%，平均每天新增1.5万户: what is added each day is what the figure before counted
    daily = re.fullmatch(r"(?:平均)?每(?:天|日|月|年)新增", subject)
    if daily and previous and unit in _COUNTERS:
        thing = _GROWTH_SUFFIX.sub("", previous)
        if 2 <= len(thing) <= 12 and thing != previous:
            subject = thing + subject
    # 加强网络犯罪全链条打击,依法起诉电信诈骗、…等犯罪8069人: the people prosecuted for the crimes listed
    # (within the clause; a comma before 以及 goes on with the list)
    reach = re.split(r"[，,；;。](?!以及)", s[max(0, a - 80) : a])[-1]
    charged = re.findall(r"起诉|批准逮捕|批捕|判处", reach) if unit in ("人", "名") and re.search(r"(?:犯罪|案件)$", subject) else []
    if charged:  # (the nearest verb before the figure; 依法起诉涉黑恶犯罪274人 has it already)
        subject = f"{'' if charged[-1] in subject else charged[-1]}{subject}人数"
    # 新增ESI全球前1‰学科1个、前1%学科24个: a ranked item after 、 shares what the first item said before its rank
    if subject.startswith("前") and previous and "前" in previous[1:] and _item_after_pause(s, a, subject[:3]):
        subject = previous[: previous.index("前", 1)] + subject
    # 部区共建内蒙古牛羊肉交易中心，力争交易额达到100亿元: a bare measure of the place the clause before built
    if subject in ("交易额", "成交额", "营业收入", "吞吐量", "产值") and opened > 0 and not _number_rx().search(clause_before):
        built_place = re.search(rf"(?:共建|建设|建成|打造|推进)([\u4e00-\u9fff]{{2,12}}(?:{_alt('metric_venue_heads.txt')}))$", clause_before)
        if built_place:
            subject = built_place.group(1) + subject
    # 中央财政“三农”投入累计近3万亿元，年均增幅超过23%: a bare rate of growth is of the figure before
    if subject in ("年均增幅", "增幅", "年均增速", "年均增长") and previous and prior[-1][0] >= _prev_clause_start(s, opened - 1) and unit in ("%", "％"):
        thing = re.sub(r"(?<=..)(?:资金)?累计$", "", _GROWTH_SUFFIX.sub("", previous))
        if 2 <= len(thing) <= 16:
            subject = thing + subject
    # 人工智能产业突破发展，骨干龙头企业超1100家: things counted in the industry the clause before says grew
    grew_in = re.fullmatch(rf"((?:(?!和)[\u4e00-\u9fff]){{2,6}}(?:产业|行业))(?:实现)?(?:{_alt('metric_progress_adverbs.txt')}|突破|快速|蓬勃|高质量)发展", clause_before) if opened > 0 else None
    if grew_in and subject and not subject.startswith(grew_in.group(1)[:2]) and len(subject) <= 10 and not _number_rx().search(s[_prev_clause_start(s, opened - 1) : opened]):
        subject = re.sub(r"产业$|行业$", "", grew_in.group(1)) + subject
    # 五是围绕安全保障，提出2项指标: the indicators of the field the clause before names
    field = re.fullmatch(r"(?:[一二三四五六七八九十]是)?围绕([\u4e00-\u9fff]{2,8})", clause_before) if subject in ("提出指标", "指标") and opened > 0 else None
    if field:
        subject = field.group(1) + "指标"
    # 五年内国家财政将投入200多亿元，对乡镇卫生院和部分县医院房屋和设备进行改造: the deed after the sum
    done_to = re.match(r"[，,]对([^，。；\d]{2,24}?)进行(改造|建设|维修|修缮)(?=[，。；]|$)", s[text_b : text_b + 40]) if unit.endswith("元") and subject.endswith("资金") else None
    if done_to:
        subject = f"{subject[:-2]}用于{done_to.group(1)}{done_to.group(2)}的资金"
    # “十一五”时期中央财政将投入100亿元，实施农村初中学校改造计划: the plan the sum carries out
    plan_after = re.match(r"[，,](?:实施|启动|推进)([^，。；\d]{2,16}?(?:计划|工程))(?=[，。；]|$)", s[text_b : text_b + 30]) if unit.endswith("元") and subject.endswith("资金") and not done_to else None
    if plan_after:
        subject = f"{subject[:-2]}用于{plan_after.group(1)}的资金"
    # 推进以旧换新扩围提质，落实资金280多亿元: money put up for what the clause before pushes on
    put_up = re.fullmatch(r"(?:落实|安排|投入|争取)资金", subject) if opened > 0 and unit.endswith("元") else None
    if put_up and not _number_rx().search(clause_before):
        pushed = re.match(r"(?:推进|推动|实施|支持)([\u4e00-\u9fff“”]{2,14}?)(?:扩围提质|提质扩面|扩围|扩面|提质)?$", clause_before)
        if pushed:
            subject = pushed.group(1) + subject
    # 支持重点产业振兴和技术改造，中央预算投资安排150亿元: what a budget the clause before names supports
    budget = re.fullmatch(r"中央(?:预算内?投资|财政资金)(?:安排)?", subject) if opened > 0 else None
    supported = re.fullmatch(r"支持([\u4e00-\u9fff]{4,14})", clause_before) if budget else None
    if supported:
        subject = supported.group(1) + re.sub(r"安排$", "", subject)
    # 开展“技兴齐鲁 乐业山东”培训，全年培训40万人次: a bare deed of the programme the clause before runs
    if len(subject) == 2 and opened > 0 and clause_before.endswith(subject) and clause_before[:2] in ("开展", "组织", "举办") and 6 <= len(clause_before) <= 20:
        subject = clause_before[2:]
    # 中老铁路发展远超预期，累计发送旅客超6400万人次: what a line or port carried
    carrier = re.match(r"([\u4e00-\u9fff（）()]{2,10}?(?:铁路|班列|机场|港口|高铁))", clause_before) if opened > 0 and re.match(r"(?:累计)?(?:发送|运送|运输|开行|吞吐)", subject) else None
    if carrier and carrier.group(1) not in subject:
        subject = carrier.group(1) + subject
    # 开通3条地铁新线、新增运营里程30公里: mileage of the kind of line the item before opened
    line_kind = re.search(r"(地铁|轨道交通|高铁|高速公路|城市轨道交通)", s[max(0, a - 30) : a]) if re.fullmatch(r"(?:新增)?(?:运营|通车)(?:总)?里程", subject) else None
    if line_kind:
        subject = line_kind.group(1) + subject
    # 企业调查59项测评点中有22项达到全球最优水平: the members of the set that did what follows
    member = re.search(r"\d+(?:\.\d+)?[项个种家所]([\u4e00-\u9fff]{2,8})中有$", s[max(0, a - 24) : a]) if unit in _COUNTERS else None
    did = re.match(r"[\u4e00-\u9fff]{2,16}(?=[，。；]|$)", s[b:]) if member else None
    if did:
        subject = f"{did.group(0)}的{member.group(1)}"
    elif re.search(r"新增[\u4e00-\u9fff]{0,4}总(?:里程|量|数|规模)", subject) and re.match(r"总", s[opened:a]):
        subject = subject.replace("新增", "", 1)  # (…新增运营里程30公里，总里程达909公里: the total, not the new ones)
    elif subject.endswith("中有") and unit in _COUNTERS and len(subject) > 3:
        subject = s[opened:a] + subject[:-2] if not _number_rx().search(s[opened:a]) else subject[:-2]  # (企业调查59项测评点中有…: the set)
    # 省属企业资产总额达到2.7万亿元，工业总产值突破1万亿元: a bare measure after the owner's measure is the owner's
    # (全国国有企业资产总额…增长60.98%，实现利润增长2.23倍，税收增长1.05倍: a change of one, too)
    firm_measure = re.fullmatch(rf"(?:实现)?((?:{_alt('metric_firm_measures.txt')})(?:增长|增速|增幅)?)", subject)
    owned_by = re.match(rf"([\u4e00-\u9fff]{{2,8}}?(?:企业|集团|公司))(?:实现)?(?:{_alt('metric_firm_measures.txt')})", previous) if previous and opened > 0 else None
    if owned_by and firm_measure and prior[-1][0] >= _prev_clause_start(s, opened - 1):
        subject = owned_by.group(1) + firm_measure.group(1)
    elif firm_measure and not prior and opened > 0 and clause.startswith(subject):
        # 省属企业创新导向更加突出，研发经费投入增长15.6%: the firms the sentence opens with, its first figure
        # (or the clause before opens with: 国有企业改革…收官，省属企业创新导向更加突出，研发经费投入增长15.6%)
        firms = rf"(?:全国|全省|全市|全区)?[\u4e00-\u9fff]{{0,4}}?(?:{_alt('metric_firm_owners.txt')})?(?:工业)?(?:企业|集团|公司)"
        opening = re.match(firms, clause_before) or re.match(firms, s)
        if opening and not re.search(r"[，、]", opening.string[: opening.end()]):
            subject = opening.group(0) + firm_measure.group(1)
    # “上海标准”、“上海品牌”分别新增12项和44项，累计分别达到64项和288项: what the items' counts are
    each_did = re.search(r"(累计)?分别(?:达到|达)?(新增|增加|净增)?", clause) if unit in _COUNTERS and "分别" in clause else None
    if each_did and each_did.group(2) and each_did.group(2) not in subject:
        subject += each_did.group(2)
    elif each_did and each_did.group(1) and "累计" not in subject:
        subject = re.sub(r"(?:新增|增加|净增)$", "", subject) + "累计"
    # 新建5个以上紧密型城市医疗集团、区级覆盖率达80%以上: a bare coverage after 、 is of the things the item before counted
    if re.fullmatch(r"[区县市乡镇]级覆盖率|覆盖率", subject) and previous and _item_after_pause(s, a, subject[:2]):
        subject = _BUILT_LEAD.sub("", previous) + subject
    # 投资、消费增速分别快于全国3.4个、1个百分点: a gap to the nation's rate says so
    gap = re.search(rf"分别({_GAP_VERBS})({_alt('metric_gap_bases.txt')})(?:平均(?:水平)?)?", clause) if unit == "个百分点" else None
    if gap and gap.group(0)[2:] not in subject:
        subject += gap.group(1) + gap.group(2)
    # 单位国内生产总值能耗下降8.1%、二氧化碳排放下降14.1%: per unit of output distributes over the list
    per_unit = re.match(_alt("metric_per_unit_heads.txt"), previous) if previous and _item_after_pause(s, a, subject[:2]) else None
    if per_unit and not subject.startswith(per_unit.group(0)) and re.match(r"(?:二氧化碳|能耗|用水|能源消耗|碳)", subject):
        subject = per_unit.group(0) + subject
    # 消费品以旧换新带动相关商品销售超800亿元、惠及消费者750余万人次: what reached them opens the clause
    if re.match(r"(?:惠及|覆盖|带动)", subject) and _item_after_pause(s, a, subject[:2]):
        opener = re.match(r"([\u4e00-\u9fff“”]{2,10}?)(?:带动|实现|推动|完成|达到)", s[opened:])
        if opener:
            subject = opener.group(1) + subject
    # 对口援青和东西部协作持续深化，落实资金27.3亿元，实施项目681个: generic deeds of what the sentence opens with
    if subject in ("实施项目", "落实资金", "安排资金", "实施项目数") and opened > 0:
        went_on = _PROGRESS_ADVERBS.fullmatch(s[: _clause_end(s, 0)])
        if went_on and 2 <= len(went_on.group(1)) <= 12:
            subject = went_on.group(1) + subject
    # 连续举办8届全国双创活动周、超过5.2亿人次参与: those who took part in what the item before held
    joined_in = re.search(r"举办\d+届([\u4e00-\u9fff“”]{2,12})、", s[max(0, a - 30) : a]) if unit in ("人次", "人") and re.match(r"(?:参与|参加)(?=[，。；]|$)", s[b:]) else None
    if joined_in:
        subject = f"参与{joined_in.group(1)}的{'人次' if unit == '人次' else '人数'}"
    # 五年中分两轮取消和调整行政审批事项498项: in how many rounds is no part of what was counted
    subject = re.sub(r"^中?分[一二两三四五六七八九十\d]+(?:轮|批|次|期)(?=..)", "", subject)
    # 完成基础教育优化布局总任务的70%: a share of the whole named before 的
    if unit in ("%", "％") and subject.endswith("的") and len(subject) > 3:
        subject = re.sub(r"^(?:完成|实现)", "完成", subject[:-1]) + "比例"
    # 全社会固定资产投资增长25.8%，增幅比一季度回落17.2个百分点: whose growth rate turned
    turned = re.match(r"(增幅|增速)(?:比|较)[^，。；]{2,8}?(回落|加快|提高|下降)", subject) if previous else None
    if turned:
        subject = _GROWTH_SUFFIX.sub("", previous) + turned.group(0)
    # 新增经济总量超200亿元县2个、达到29个: the total the new ones brought the things to
    item_lead = s[max(s.rfind("、", 0, a), s.rfind("，", 0, a)) + 1 : a]
    if re.fullmatch(r"(?:累计)?(?:达到|达)", item_lead) and previous.startswith("新增") and len(previous) > 4 and unit in _COUNTERS:
        subject = previous[2:]
    # 粮食增产169.8亿斤，增量占全国18.7%: the increase the figure before counted
    if subject.startswith("增量") and previous and re.search(r"(?<=..)(?:增产|增长|增加)$", previous) and opened > 0:
        subject = previous + "量" + subject[2:]
    # 稳增长也是为了保就业，7%左右的速度可以实现…就业: a bare speed of a sentence about growth is the economy's
    if unit in ("%", "％") and subject in ("", "速度", "增速") and re.search(r"稳增长|经济增长|经济增速", s) and (
            subject or re.match(r"(?:左右|以上)?的(?:速度|增速)", s[b:])):
        subject = "经济增速"
    # 生产安全事故起数、死亡人数分别下降15.2%、13.3%: the toll of the accidents the figure before counted
    toll = re.match(r"(?:死亡|受伤|伤亡|失踪|遇难)(?:人数|人)?|直接经济损失", subject)
    if toll and previous and "事故" in previous and "事故" not in subject:
        subject = previous[: previous.index("事故") + 2] + subject
    if unit in ("%", "‰") and subject and text_b == b and not subject.endswith("比例"):
        # 一般公共预算支出…，74%以上用于民生: the share of the subject that does what follows
        m = re.match(r"(?:以上|以下|左右)?((?:[\u4e00-\u9fff]|“[^”]{1,12}”){2,16})(?=[，。；]|$)", s[b:])
        first = pos_tags(m.group(1))[0][0] if m else ""
        if m and len(m.group(1)) > len(first) and first not in _FUNCTION_WORDS and not subject.endswith("的") and _no_noun(m.group(1), unit):
            if not _CHANGE_AND_BOUNDS.search(m.group(1)):
                return f"{subject}{m.group(1)}的比例", text_a, b + m.end()
    # 农村供电可靠率99.8%、自来水普及率95%: a bare measure after 、 has the scope the item before opened with
    scope = _list_scope(previous, subject, 3) if previous and prior[-1][0] >= opened and subject else None
    if (scope
            and re.search(rf"\d[^\d，。；、]{{0,6}}、{re.escape(subject)}(?:达到|达|超过|超)?$", s[max(0, a - len(subject) - 16) : a])):
        subject = scope.group(0) + subject
    return subject, text_a, text_b


_LIST_SCOPES = re.compile(_alt("metric_list_scopes.txt"))
_MEASURE_END = re.compile(rf"(?:{_alt('metric_measure_ends.txt')})$")


def _list_scope(first: str, measure: str, shortest: int) -> re.Match[str] | None:
    """The scope (农村, 城镇 …) a list's first item opens with, where a later item is a measure of at least
    ``shortest`` characters with no scope of its own (农村供电可靠率、自来水普及率 → 农村 for 自来水普及率)."""
    scope = _LIST_SCOPES.match(first)
    if scope and not _LIST_SCOPES.match(measure) and _MEASURE_END.search(measure) and len(measure) >= shortest:
        return scope
    return None


_IN_SET = re.compile(r"(?<=[品业目标位区])中$")  # 国家公布产量的104种工业产品中: the set the rest is taken from


_TIDY_TAIL = re.compile(
    rf"(?:(?:{_alt('metric_tidy_change_verbs.txt')})(?:至|到)不?|等|[从由和与、]|(?<![惠涉普波危以])及)$"
)


# the edits of _tidy in order, compiled once (it runs for every metric)
_TIDY_EDITS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?:[、，的]|[和及与](?![美平谐睦田林龙县静硕政]))+"), ""),  # (和美乡村, 和平, 和谐, 和田地区 keep their 和)
    (re.compile(r"^[项件次个部条]、(?=..)"), ""),  # 项、专题调研 21 项: an excerpt that starts after a figure keeps its unit
    (re.compile(r"^(?:首批|第一批|全部)?\d+(?:\.\d+)?[万亿]*[个家项名所座条元](?!以上|以下|级)(?=..)"), ""),  # 31个省份本级公务接待费 (for 26%), 首批10个…
    (re.compile(r"(?<=为)(?:超过|超|近|约)?\d+(?:\.\d+)?[万亿]?多?[名人户位家个]"), ""),  # 为2.15万名劳动者追回工资
    (re.compile(r"^(?:全年|今年)?预计(?:实现|完成)?(?=..)"), ""),
    # 七是完成…, 两年来新建…, 7.实施…, 要把…, 已按…, 近3年…
    (re.compile(rf"^(?:用[一二三四五两\d]+年(?:左右)?(?:时间)?(?:将|把)?|也要再|也要|还要|阶段性(?:将|把)?|到\d{{4}}年(?:底|末)?|为此|从\d{{4}}年到\d{{4}}年|\d{{4}}年(?!以来|起|底|末)|要(?={_alt('metric_tidy_goal_verbs.txt')}))(?=...)"), ""),
    (re.compile(rf"(?<=..)(?:又|再|继续)(?=(?:{_alt('metric_tidy_again_verbs.txt')})$)|(?<=..)(?:继续|持续)$"), ""),  # 养老金水平又提高10%, 粮食产量继续保持…  # 用两年时间将筹资标准提高到…
    (re.compile(r"^(?:[一二三四五六七八九十]+是|[一二三四五两十]+年来|仅|\d{1,2}[.．、](?!\d)|要把|要再|已按|按照|按(?!可比)|把|近\d+年|近年来|今年|去年|明年|[二三四五六七八十两]年(?![来期制内]))(?=..)"), ""),
    (re.compile(r"^(?:去年|今年)?(?:年)?(?:底|末)(?=..)"), ""),  # 去年底企业数量: 去年 gone, 底 with it
    (re.compile(r"^其中(?=....)"), ""),  # 其中中央财政投入资金: the part names itself
    (re.compile(r"(?<=..)的就$"), ""),  # 仅对制假售假违法活动立案查处的就达120多万起: what was done, without 的就
    (re.compile(rf"^[^，。；]{{1,10}}?并(?={_alt('metric_tidy_report_verbs.txt')})"), ""),  # 审议通过各项报告并作出决议7项
    (re.compile(rf"^(.{{2,12}}?)(?:突破|达到|超过|达)[一二三四五六七八九十两百千万亿]*[百千万亿](?:{_alt('metric_tidy_big_units.txt')})?、"), r"\1"),  # 财政民生支出突破万亿元、占比
    (re.compile(r"(?<=..)(?:较|(?<![占对之配])比|与)(?:\d{4}年|上年|去年)?(?:相比)?$"), ""),  # 人均预期寿命较2020年提高1.16岁
    (re.compile(rf"(?<=...)(?<![较比与])(?:\d{{4}}年(?:底|末)?|{_alt('metric_tidy_times.txt')})$"), ""),  # 国家外汇储备2000年底
    (re.compile(r"(?<=..)(?:和|(?<![惠涉普波危以])及|与|、)$"), ""),
    (re.compile(r"现行\d+(?:\.\d+)?%的"), ""),
    (re.compile(rf"(?<=..)(?:{_alt('metric_tidy_lasting_adverbs.txt')})$"), ""),  # 财政赤字率一直控制在3%以内, …贷款余额双双突破, 粮食产量连年稳定在
    (re.compile(r"(?:超过|超|近|约)(?=的)"), ""),  # 保供煤炭超35亿吨的省份: the next figure's 超 is no part of the noun
    (re.compile(rf"(?:{_alt('metric_tidy_level_verbs.txt')})(?=每[十百千万]*(?:常住人口|人口|人|户)$)"), ""),  # 食品抽检量超每千人6.6批次  # 将建筑业等行业现行10%的税率降至9%: the old rate is no part of the name
    (re.compile(r"(?<=...)(?:每人每[年月]|每[年月]|(?:将|拟|要)?安排)$"), ""),  # (今年中央财政将安排832亿元)  # 失业保险金标准每月提高165元
)


def _item_after_pause(s: str, a: int, opening: str) -> bool:
    """Whether the figure at ``a`` sits in an item after 、 that opens with ``opening`` (…能耗下降8.1%、
    二氧化碳排放下降14.1%: the second item)."""
    item = _clause_start(s, a, "，。；：、")
    return item > 0 and s[item - 1] == "、" and s.startswith(opening, item)


def _tidy(subject: str) -> str:
    """A subject's ragged edges: 月最低工资标准平均数提高至 → 月最低工资标准平均数; 口袋公园等 → 口袋公园;
    人均地区生产总值从 → 人均地区生产总值; 精准识别帮扶监测对象16.6万户 → 精准识别帮扶监测对象 (a figure
    of its own before this one); 、省人大代表 keeps what it is but loses the mark."""
    for _ in range(3):
        before = subject
        figure = next((m for m in _number_rx().finditer(subject) if m.end() == len(subject)), None)
        if figure and figure.start() >= 2:
            subject = subject[: figure.start()]
        for rx, repl in _TIDY_EDITS:
            subject = rx.sub(repl, subject)
        if len(subject) > 3:
            subject = _IN_SET.sub("", _TIDY_TAIL.sub("", subject))
        if subject == before:
            break
    return subject


def _after_verbs(item: str) -> str:
    """An item without the verbs that open it (新培育独角兽 → 独角兽, 建设或改造燃气 → 燃气)."""
    tags = pos_tags(item)
    k = 0
    while k < len(tags) - 1 and tags[k][1] in ("a", "d", "v", "vn", "c") and (tags[k][1] != "c" or k > 0):
        k += 1
    return "".join(w for w, _ in tags[k:]) if k and any(f in ("v", "vn") for _, f in tags[:k]) else item


_SPENDING_FIELDS = re.compile(rf"(?:{_alt('metric_spending_fields.txt')})")


def _nouns_only(phrase: str, fields: bool = False) -> bool:
    """Whether a phrase names things only: nouns and their modifiers, no verb (文化馆, 国家一级图书馆, 小巨人);
    with ``fields``, a field of spending counts as a thing (教育, 卫生, 科技)."""
    if fields and _SPENDING_FIELDS.fullmatch(phrase):
        return True
    if re.fullmatch(r"“[^”]{2,10}”", phrase):
        return True  # 培育“独角兽”、“瞪羚”企业: a kind named in quotes
    if re.fullmatch(r"“[^”]{2,10}”[\u4e00-\u9fff]{2,6}", phrase):
        phrase = phrase[phrase.index("”") + 1 :]  # (“瞪羚”企业: the quoted kind and its head noun)
    tags = pos_tags(phrase) if phrase else ()
    return (bool(tags) and len(phrase) >= 2 and not _DEED_WORD.search(phrase)
            and all(f.startswith("n") or f in ("j", "b", "s", "f", "l") or (f == "a" and k < len(tags) - 1) for k, (_, f) in enumerate(tags)))


# deeds the segmenter tags as nouns (个人养老金制度全面实施、开户602万人: a deed and its count, no list of kinds)
_DEED_WORD = re.compile(_alt("metric_deed_words.txt"))
# the deed a figure's clause states right before it (_deed_before)
_DEED_OR_SERVICE = re.compile(rf"{_BUILT}|{_DEED_WORD.pattern}|{_alt('metric_service_deeds.txt')}")


_RELATIONAL_LEADS = re.compile(rf"^(?:{_alt('metric_relational_leads.txt')})+")


def _relational(s: str, a: int, b: int, noun: str, previous: str) -> str:
    """A measure noun alone (总数, 规模, 方面) belongs to a thing named beside it: 首期规模500亿元的X
    → X首期规模; 先行区建设6个方面 → 先行区建设方面; 新增企业189家，总数达1053家 → 企业总数."""
    m = re.match(r"的([\u4e00-\u9fff“”]{2,14}?)(?=[，。；、]|签约|落地|成立|设立|正式|$)", s[b:])
    if m and s[max(0, a - len(noun)) : a] == noun:
        return m.group(1) + noun
    # 15个方面的重点任务: the thing after 的 is what the measure noun divides
    m = re.match(rf"{re.escape(noun)}的([\u4e00-\u9fff“”]{{2,10}}?)(?=[，。；：、和及]|$)", s[b:])
    if m:
        return m.group(1) + noun
    clause_start = _clause_start(s, a)
    before = _LEAD_VERB.sub("", _CHANGE_TAIL.sub("", _FROM_TO.sub("", s[clause_start:a])))
    before = re.sub(r"[从由]$", "", _RELATIONAL_LEADS.sub("", before))  # (占比由31%提升至54%)
    if before and before != noun and 2 <= len(before) <= 16 and not re.search(r"\d", before):
        return before if before.endswith(noun) else before + noun
    previous = re.sub(r"(?<=..)数量$", "", _SUM_CHANGE_NAMED.sub("", _GROWTH_SUFFIX.sub("", re.sub(r"^.*等", "", previous).removeprefix("累计"))))  # (收入比上年增加1501亿元，总额…: the total's) 新增黄石、咸宁、天门等全国文明城市12个，总数… → 全国文明城市总数
    shared = noun[1:] if noun.startswith("总") and len(noun) > 2 else ""
    if shared and previous.endswith(shared) and len(previous) > len(shared):
        # 新增高速公路通车里程1523公里，总里程达8667公里 → 高速公路通车总里程
        return _NEW_LEAD.sub("", previous)[: -len(shared)] + noun
    if previous and len(previous) <= 14:
        owner = _NEW_LEAD.sub("", previous)
        return owner if owner.endswith(noun) else owner + noun  # (占比由31%提升至54%: the share named before)
    return noun


_OPEN, _CLOSE = "“（(《", "”）)》"


@cache
def _rx(shape: str, word_list: str) -> re.Pattern[str]:
    """A pattern made of a word list of ontology/lexicon, compiled once."""
    return re.compile(shape.format(alternation(word_list)))


def _clause_end(s: str, at: int) -> int:
    """Where the clause holding offset ``at`` ends (the next ，。；, or the sentence's end)."""
    return min((i for i in (s.find(c, at) for c in "，。；") if i >= 0), default=len(s))


_BARE_TOTALS = re.compile(_alt("metric_bare_totals.txt"))
_COMPLETED = re.compile(rf"(?P<owner>[\u4e00-\u9fff“”]{{3,16}}?)(?:{_alt('metric_completion_verbs.txt')})")


def _completed_owner(s: str, a: int) -> str:
    """The project the clause before the figure's says was completed, when the figure's clause opens with
    its bare total (益阳电厂三期建成投产、总装机达386万千瓦 → 益阳电厂三期); '' otherwise."""
    opened = _clause_start(s, a, "，。；：！？、")
    if opened < 2 or s[opened - 1] not in "，、":
        return ""
    before = s[_clause_start(s, opened - 1, "，。；：！？、") : opened - 1]
    m = _COMPLETED.fullmatch(before)
    if not m:
        return ""
    owner = m.group("owner")
    phase = re.search(r"[一二三四五六七八九]期(?:工程|项目)?$", owner)  # (益阳电厂三期: a phase of a named plant)
    stem = owner[: phase.start()] if phase else owner
    return owner if _owner_lead(stem, no_verb=True) else ""


def _prev_clause_start(s: str, clause_start: int) -> int:
    """Where the clause before the one starting at ``clause_start`` starts."""
    return max(s.rfind(c, 0, max(0, clause_start - 1)) for c in "，。；：！？") + 1


@lru_cache(maxsize=512)
def _all_depths(s: str) -> tuple[int, ...]:
    """The quote and bracket depth at each offset of ``s`` (a quoted name is one unit)."""
    # only a short quote or bracket is a name to keep whole (“企业认定、政府认账”); a long one quotes a
    # sentence (市委“每年通过法规案20件以上、创制性立法数量占比20%以上”) whose parts are clauses
    out = [0] * len(s)
    for i, ch in enumerate(s):
        if ch in _OPEN:
            j = s.find(_CLOSE[_OPEN.index(ch)], i + 1)
            if 0 < j - i <= 14:
                for k in range(i + 1, j):
                    out[k] += 1
    return tuple(out)


def _clause_start(s: str, a: int, stops: str = "，。；：！？（") -> int:
    """Where the clause holding offset ``a`` starts: after the last stop outside quotes and closed brackets."""
    depth = _all_depths(s)
    for i in range(a - 1, -1, -1):
        if s[i] in stops and depth[i] == 0:
            if s[i] == "（" and s.find("）", i, a) >= 0:  # a closed bracket is part of the clause
                continue
            return i + 1
    return 0


# what ends the noun after a figure's unit: a mark, an adverb, 的, a conjunction, a verb of change
_NOUN_END = re.compile(
    rf"[，。；、]|{_alt('metric_noun_end_adverbs.txt')}|要(?={_alt('metric_noun_end_urges.txt')})|可以|能够|近(?=\d|$)|{_alt('metric_noun_end_verbs.txt')}|"
    rf"为引领|{_alt('metric_noun_end_deeds.txt')}"
)


_SIZE_CLASSES = re.compile(rf"(?:\d+(?:\.\d+)?(?:{_alt('metric_size_classes.txt')})级?(?:和|、|及)?)+(?=[\u4e00-\u9fff])"
                    r"|\d+(?:[—\-－~至到]\d+)?周?岁(?:以上|以下|及以上)?(?=[\u4e00-\u9fff])"  # (87万名80岁以上老年人)
                    r"|海拔\d+(?:\.\d+)?米(?:以上|以下)?(?=[\u4e00-\u9fff])"  # (100所海拔1500米以上农村中小学)
                    r"|(?:\d+(?:\.\d+)?|[十百千])?(?:万亿|亿|万)?元(?:以上|以下|级)(?=[\u4e00-\u9fff])"  # (70个30亿元以上项目, 12个百亿元以上重大项目)
                    rf"|(?:{_alt('metric_ranking_scopes.txt')})\d+强(?=[\u4e00-\u9fff])"  # (200家世界500强企业)
                    r"|\d?[A-Z]{1,5}级?(?=[\u4e00-\u9fff])"  # (3家5A级景区, 12个AAAA级景区: a grade's code)
                    r"|\d类(?=[\u4e00-\u9fff])"  # (2个1类创新药: a drug's class)
                    rf"|已(?:{_alt('metric_done_verbs.txt')})(?=[\u4e00-\u9fff]{{2}})")
_LEVEL_NOUNS = re.compile(_alt("metric_level_nouns.txt"))
_RELATIVE_VERBS = re.compile(rf"的((?:[\u4e00-\u9fff]|（[^）]{{1,4}}）){{2,10}}?)(?={_alt('metric_relative_verbs.txt')}|[，。；、]|$)")
_ITEM_VERBS = re.compile(rf"(?:、[\u4e00-\u9fff]{{2,8}}?)+(?=[\u4e00-\u9fff]*(?:{_alt('metric_item_verbs.txt')})[\u4e00-\u9fff]*$)")
_KIND_HEADS = re.compile(rf"(?:、[\u4e00-\u9fff]{{2,12}})*(?:和|及|以及)[\u4e00-\u9fff]{{2,16}}?(?:{_alt('metric_kind_heads.txt')})")
_CONDITION_VERBS = re.compile(_alt("metric_condition_verbs.txt"))
_PROGRAMME_HEADS = re.compile(rf"(?:{_alt('metric_programme_heads.txt')})$")


def _after_noun(s: str, a: int, b: int, span: Span, unit: str) -> tuple[str, int, bool]:
    """The noun right after the unit (1028个代表之家 → 代表之家), where it ends, and whether a
    predicate verb ends it (1.4万家企业实施改造 → 企业, ended by 实施)."""
    # 410个“两基”（基本普及九年义务教育和基本扫除青壮年文盲）攻坚县: a quoted term, its gloss, then the head noun
    glossed = re.match(rf"(“[^”]{{1,10}}”)（[^）]{{4,40}}）([\u4e00-\u9fff]{{1,3}}?(?:{_alt('metric_glossed_heads.txt')}))", s[b:])
    if glossed and unit in _COUNTERS:
        return glossed.group(1) + glossed.group(2), b + glossed.end(), False
    gloss = re.match(r"（[^）]{1,3}）", s[b:])  # 100条（个）幸福河湖: a gloss on the unit
    if gloss:
        b += gloss.end()
    if (s[b : b + 1] == "的" and s[b - 2 : b] in ("左右", "以上", "以下") and (unit in _COUNTERS or unit in _PEOPLE_COUNTERS or unit == "人次")
            and not re.match(r"的[^，。；]{0,4}?(?:目标|水平|规模|任务)", s[b:])):
        b += 1  # 选择11个左右的县: the noun after 的 (not 45万人以上的目标)
    # 1500万人次以上的职工技能提升和转岗转业培训: person-times of a deed the phrase closes with
    deed = re.match(rf"[\u4e00-\u9fff“”]{{2,20}}?(?:{_alt('metric_person_time_deeds.txt')})(?=[，。；]|$)", s[b:]) if unit == "人次" and s[b - 1 : b] == "的" else None
    if deed:
        return deed.group(0), b + deed.end(), False
    # 22个750千伏和330千伏电网工程: a size or voltage class opens the noun
    spec = _SIZE_CLASSES.match(s[b : b + 24])  # (5000个已建成自然村: what was done before opens the noun)
    skip = spec.end() if spec else 0
    tail = re.match(r"(?:[\u4e00-\u9fff]|“[^”，。；]{1,16}”)(?:[\u4e00-\u9fff]|“[^”，。；]{1,16}”|（[^）]{1,8}）|\dG(?=[\u4e00-\u9fff]))*", s[b + skip : b + 24 + skip])  # (38家国家级5G工厂)
    if not tail:
        return "", b, False
    t = s[b : b + skip] + tail.group(0)
    # word boundaries of the tail alone (a unit ends a word; segmenting the whole sentence costs more),
    # segmented only when a candidate needs them
    seg = Edges(t, 0, len(t), 0)

    def on_word(i: int, n: int) -> bool:
        return i in seg and i + n in seg

    end, by_verb, joint = len(t), False, ""
    inside = [d > 0 for d in _all_depths(t)]
    for m in _NOUN_END.finditer(t, skip):
        if inside[m.start()] or (m.start() == skip and m.group(0) in ("和", "与")):
            continue  # 县（市、区）, “企业认定、政府认账”: one unit; 1000个和美乡村: no noun opens with a conjunction
        if m.group(0) in "，。；、的近" or on_word(m.start(), len(m.group(0))):
            rest = re.match(r"[\u4e00-\u9fff]{2,8}?(?=[，。；、和及]|任务|$)", t[m.end() :])
            named = rest and (len(rest.group(0)) >= 3 or _PROGRAMME_HEADS.search(rest.group(0)))
            steady = m.group(0) == "增长" and t[m.start() - 1 : m.start()] == "稳" and bool(re.match(r"方案|行动|措施|政策", t[m.end() :]))
            if steady or (m.group(0) in ("提升", "提高", "扩大", "加快") and named and (all(f.startswith("n") or f == "vn" for _, f in pos_tags(rest.group(0))) or rest.group(0) in ("举措", "措施"))):
                continue  # 19个粮食产能提升重点县: a verb inside a name the nouns after it end
            end, joint = m.start(), m.group(0)
            by_verb = joint not in "，。；、的和"
            break
    # a predicate verb of a clause that opens with the figure (企业实施改造), at a word boundary
    for m in _rx("(?=({}))", "metric_predicates.txt").finditer(t[:end]):
        if m.start() < skip + 2 or (m.group(1) == "集中" and _adverb_before(t, m.start())):
            continue  # 1.2万户相对集中居住农户: 集中 after an adverb is part of the noun
        if m.group(1) == "达" and t[m.start() - 1 : m.start()] == "碳":
            continue  # 17个领域碳达峰工作: 达 inside 碳达峰
        if m.group(1) in ("集聚", "聚集", "汇聚") and t[m.start() + 2 : m.start() + 3] in ("区", "地", "群", "带"):
            continue  # 5个特色产业集聚区: 集聚 inside a noun
        if re.fullmatch(r"(?:拟|待)[\u4e00-\u9fff]{1,4}", t[skip : m.start()]):
            continue  # 3500多个拟竣工投产项目: verbs after 拟 or 待 say which things, they are part of the noun
        if on_word(m.start(), len(m.group(1))) or _adverb_opens(t, m.start(), m.group(1), on_word):
            end, by_verb, joint = m.start(), True, ""
            if m.group(1) in ("为", "于") and end - skip >= 3:
                # 14所省属高职院校划转为省级教育部门主管: the verb 为 completes opens the predicate
                tags = pos_tags(t[skip:end])
                if len(tags) > 1 and tags[-1][1] == "v" and len(tags[-1][0]) >= 2:
                    end -= len(tags[-1][0])
            break
    # 帮扶3000余名符合条件的残疾人: a relative clause before 的 opens the noun
    relative = _RELATIVE_VERBS.match(s[b + end : b + end + 24]) if joint == "的" else None
    clause = pos_tags(t[skip:end]) if relative else ()  # (320家承包或委托经营的中小学食堂: a clause ending on its verb)
    if relative and 2 <= end - skip <= 8 and (clause[0][1] == "v" or clause[-1][1] == "vn" and len(clause) > 1 or _CONDITION_VERBS.match(t[skip:end])):
        if relative.end() > len(t) - end:  # (10个有条件的县（市）: the noun runs past the window)
            return t[:end] + relative.group(0), b + end + relative.end(), False
        end += relative.end()
        by_verb, joint = False, ""
    elif joint == "的" and 2 <= end - skip <= 6 and pos_tags(t[skip:end])[-1][1] in ("a", "an"):
        # 为5万名经济困难的严重精神障碍患者免费提供…: an adjective's clause before 的 opens the noun too
        # (the nouns after 的 up to the first verb or adverb)
        opened = list(itertools.takewhile(lambda x: x[1] in ("a", "an", "j", "l") or x[1].startswith("n"), pos_tags(s[b + end + 1 : b + end + 17])))
        while opened and not opened[-1][1].startswith(("n", "j", "l")):
            opened.pop()
        if opened and 2 <= len(y := "".join(w for w, _ in opened)) <= 12:
            return f"{t[:end]}的{y}", b + end + 1 + len(y), False
    # 4个过五百亿的县市: a description before 的 and a short head that ends the clause
    described = re.match(r"的([\u4e00-\u9fff]{2,4})(?=[，。；]|$)", s[b + end :]) if joint == "的" and unit in _COUNTERS else None
    if described and 2 <= end - skip <= 10 and not re.search(r"\d", t[:end]) and _PLACE_KINDS.fullmatch(described.group(1)):
        return f"{t[:end]}的{described.group(1)}", b + end + described.end(), False
    if end == len(t) and s[b + end : b + end + 1] in ("、", "，", "。", "；"):
        joint = s[b + end]
    noun = t[:end]
    if noun.endswith("或") and len(noun) >= 3:
        # 250个社区健身路径或3人制篮球场: either thing is counted
        other = re.match(r"(?:\d+人制)?[\u4e00-\u9fff]{2,8}?(?=[，。；、]|$)", s[b + end :])
        if other:
            return noun + other.group(0), b + end + other.end(), False
        noun = noun[:-1]
    # 迈上4000亿元台阶, 迈上4万亿元新台阶, 连跨5万亿元、6万亿元两个台阶: the level reached, not what is measured
    if _LEVEL_NOUNS.match(noun) or _LEVEL_NOUNS.match(re.sub(r"^(?:[一两二三四五六七八九十]个)?[新大]*", "", noun)):
        return "", b, False
    if noun and _no_noun(noun[skip:] or noun, unit):  # 由162个整合为123个: no noun follows the unit
        return "", b, False
    # 2个国家级和22个省级区域医疗中心: a grade shares the last item's head noun (joined by 和 too)
    if joint == "和" and re.fullmatch(r"[\u4e00-\u9fff]{1,3}级", noun):
        graded = re.match(r"和\d+(?:\.\d+)?[个项家所座]?[\u4e00-\u9fff、（）]{1,8}级(?!别)([\u4e00-\u9fff]{2,14}?)(?=[，。；、]|基本|已|$)", s[b + end :])
        if graded:
            return noun + graded.group(1), b + end, False
    # 178项节能、节水和资源综合利用等重大项目: the list's head noun after 等
    if joint == "、":
        clause_end = _clause_end(s, b + end)
        rest = s[b + end : clause_end]
        # 250个省、市（地）级疾病预防控制中心: levels listed before one 级 and its noun
        levels = re.match(r"((?:、[\u4e00-\u9fff（）]{1,6}?)+级)([\u4e00-\u9fff]{2,14}?)(?=[，。；]|基本|已|$)", rest)
        # (100个以上行业级、场景级大模型: a level of more characters ends in 级 itself)
        if levels and (len(noun) <= 2 or re.fullmatch(r"[\u4e00-\u9fff]{2,4}级", noun)) and unit in _COUNTERS:
            return noun + levels.group(1) + levels.group(2), b + end + levels.end(), False
        # 20个国家级、19个省级粮食产能提升重点县: a grade shares the last item's head noun
        graded = re.match(r"、\d+(?:\.\d+)?[个项家所座]?[\u4e00-\u9fff]{1,3}级(?!别)([\u4e00-\u9fff]{2,20}?)(?=落地|建成|开工|[，。；、]|$)", rest)  # (2个千亿级、11个百亿级投资规模的现代煤化工项目落地建设)
        if re.fullmatch(r"[\u4e00-\u9fff]{1,3}级", noun) and graded:
            return noun + graded.group(1), b + end, False
        # 新增1个经济总量近千亿、4个过五百亿的县市: descriptions of one head noun listed
        of_head = re.match(r"、\d+(?:\.\d+)?[个家所项][^，。；、\d]{2,10}的([\u4e00-\u9fff]{2,4})(?=[，。；]|$)", rest)
        if of_head and unit in _COUNTERS and "的" not in noun and len(noun) <= 10:
            return f"{noun}的{of_head.group(1)}", b + end, False
        # 为1万名困境、留守儿童进行心理健康评估干预: kinds of people before one head noun
        kinds_of = re.match(r"、([\u4e00-\u9fff]{1,6}?(?:儿童|老人|学生|人员|群众))", rest) if unit in _PEOPLE_COUNTERS and len(noun) <= 4 else None
        if kinds_of:
            return f"{noun}、{kinds_of.group(1)}", b + end + kinds_of.end(), True
        # 12个百亿元、70个30亿元以上项目: a size class written in words shares the head noun of the next item
        worded = re.match(r"、\d+(?:\.\d+)?[个项]\d+(?:\.\d+)?[万亿]?元(?:以上|级)?([\u4e00-\u9fff]{2,4}?)(?:建设)?(?=[，。；]|$)", rest)
        if worded and re.fullmatch(r"[十百千]亿元(?:级|以上)?", noun) and unit in _COUNTERS:
            return noun + worded.group(1), b + end, False
        # 完善100座黄浦江、苏州河滨水驿站功能: places listed before the head noun of the last item say
        # where the things counted stand (the head noun is what is counted)
        places = rest[1:].split("、")
        if (unit in _COUNTERS and 2 <= len(noun) <= 4 and pos_tags(noun)[-1][1] == "ns" and len(noun) == len(pos_tags(noun)[0][0])
                and all(pos_tags(x)[0][1] == "ns" and len(pos_tags(x)[0][0]) >= 2 for x in places)
                and all(len(pos_tags(x)) == 1 for x in places[:-1]) and not re.search(r"\d", rest)):
            last = pos_tags(places[-1])[0][0]
            head = _counted_part(places[-1][len(last) :])
            if len(head) >= 2 and not pos_tags(head)[0][1].startswith("v") and not head.startswith("等"):
                listed = "、".join(places[:-1] + [last + head])
                return noun + "、" + listed, b + end + 1 + len(listed), False
        # 推动20个机关、企事业单位附属空间对社会开放: items after 、 with no figure of their own are
        # counted with the first (a verb opens no item)
        items = _ITEM_VERBS.match(rest)
        then = re.match(r"((?:、[\u4e00-\u9fff]{2,8})+)(?:和|及)\d", rest)  # 43所高校、职业院校和538所中小学
        if then and unit in _COUNTERS and len(noun) >= 2 and all(not pos_tags(x)[0][1].startswith("v") for x in then.group(1).split("、") if x):
            return noun + then.group(1), b + end + len(then.group(1)), False
        if (items and not re.search(r"\d", rest) and unit in _COUNTERS and len(noun) >= 2
                and all(not pos_tags(x)[0][1].startswith("v") for x in items.group(0).split("、") if x)):
            listed, listed_end, _ = _after_noun(s, b + end, b + end + 1, span, unit)
            listed = re.split(r"对外|对社会|向社会", listed)[0]  # (…附属空间对外开放共享)
            if listed and not re.search(r"[，。；]", listed):
                return noun + "、" + listed, b + end + 1 + len(listed), True
        # 24件法律、法律解释和有关法律问题的决定草案: a list of kinds under one head noun
        whole = _KIND_HEADS.fullmatch(rest)
        whole = whole or re.match(r"(?:、[\u4e00-\u9fff]{1,6})*(?:和|及|以及)[\u4e00-\u9fff]{2,16}?标准(?=的|制定|修订)", rest)
        if whole:
            return t[:end] + whole.group(0), b + end + whole.end(), False
        head = re.search(r"等([\u4e00-\u9fff]{2,8}?)(?=[，。；]|的[\u4e00-\u9fff]{2,6}(?:问题|需求|困难)|$)", rest)
        # (国家1000万千瓦光伏大基地、…等产业项目: a size names the thing it sizes, not the list's head)
        if head and not re.search(r"\d", s[b + end : b + end + head.start()]) and not unit.endswith("千瓦"):
            # (cut at a predicate that opens a word: 棚户区居民 keeps its 居)
            bounds = Edges(head.group(1), 0, len(head.group(1)), 0)
            cuts = [m.start() for m in _rx("(?=({}))", "metric_predicates.txt").finditer(head.group(1))
                    if m.start() in bounds and (m.start() + len(m.group(1)) in bounds or len(m.group(1)) >= 2)]
            noun = head.group(1)[: min(cuts, default=len(head.group(1)))]
            if noun in _ACTIVITY_HEADS and len(t[:end]) >= 2:
                # 5000场次专题教育、家长课堂等活动: a generic head says what only with its list
                return t[:end] + rest[: head.start(1)] + noun, b + end + head.start(1) + len(noun), False
            if len(noun) >= 2:
                return noun, b + end + head.start(1) + len(noun), False
    # 28个二级指标及数字政府建设达到…: the count is of the noun before 及 (another thing follows it)
    other = re.search(r"(?:及|以及)([\u4e00-\u9fff“”]{4,})$", noun)
    if other and unit in _COUNTERS and other.start() >= 2 and not noun[: other.start()].endswith("级") and not other.group(1).endswith(noun[other.start() - 2 : other.start()]):
        return noun[: other.start()], b + other.start(), False
    # 27个省、自治区、直辖市: the provinces, written as the constitution lists them
    provinces = re.match(r"省[、（(]自治区[、，]?直辖市[）)]?", s[b:])
    if provinces and unit in _COUNTERS:
        return provinces.group(0), b + provinces.end(), False
    # 100多项国际性和全国性赛事, 105个专项和部门应急预案: two modifiers joined by 和 share the head noun
    # after the second (a modifier as long as the first opens it, and a noun of two characters or more follows)
    if joint in ("和", "与", "及") and 2 <= len(noun) <= 3 and unit in _COUNTERS and s[b + end + 1 : b + end + 2] not in ("", "各"):
        k = len(noun)
        second, second_end, second_by_verb = _after_noun(s, a, b + end + 1, span, unit)
        tags = pos_tags(second) if len(second) >= k + 2 else ()
        parallel = bool(tags) and (
            (noun.endswith("性") and second[k - 1] == "性")
            or (len(tags[0][0]) == k and tags[0][1].startswith("n") and all(f.startswith("n") for _, f in pos_tags(noun)))
            # (10条服务和保障意见: two deeds of one head noun)
            or (len(tags[0][0]) == k and tags[0][1] in ("v", "vn") and all(f == "vn" for _, f in pos_tags(noun))))
        head = second[k:]
        if (parallel and len(head) >= 2 and all(f.startswith("n") or f in ("vn", "j") for _, f in tags[1:]) and tags[-1][1].startswith("n")
                and pos_tags(head[:2])[0][1] != "v"):  # (国家和地区建立联系: jieba's one noun 建立联系 is a predicate)
            return f"{noun}{joint}{second}", second_end, second_by_verb
    # 228个国家和地区: a pair the genre counts as one
    pair = re.match(r"[和及](?:地区|单位|个人|部门|机构)", t[end:])
    if joint in ("和", "及") and pair and 2 <= len(noun) <= 3:
        end += pair.end()
        noun = t[:end]
        by_verb = bool(_rx("(?:{})", "metric_predicates.txt").match(t[end:])) or bool(re.match(r"[\u4e00-\u9fff]", t[end:end + 1]))
        return noun, b + end, by_verb
    # 66个产业集群和园区开展试点: a short second noun before the predicate is counted too
    short = _rx(r"[和及]([\u4e00-\u9fff]{{2,3}})(?={})", "metric_predicates.txt").match(t[end:]) if joint in ("和", "及") else None
    if short and len(noun) >= 2 and unit in _COUNTERS and all(f.startswith("n") for _, f in pos_tags(short.group(1))):
        end += short.end()
        return t[:end], b + end, True
    # 带动4200多亿元银行贷款和自筹资金: two kinds of money joined by 和 are one sum
    money = r"(?:贷款|资金|投资|基金|债券)"
    if unit.endswith("元") and joint in ("和", "及") and re.search(money + "$", noun):
        other = re.match(r"[\u4e00-\u9fff]{0,6}?" + money + r"(?=[，。；、]|$)", t[end + 1 :])
        if other:
            end += 1 + other.end()
            return t[:end], b + end, False
    # 法律草案和行政法规草案: two nouns of one head joined by 和 are counted together
    if joint in ("和", "与", "及") and len(noun) >= 2:
        other = re.match(r"[\u4e00-\u9fff]{2,10}", t[end + 1 :])
        if other and noun[-2:] in other.group(0):
            end = end + 1 + other.group(0).find(noun[-2:]) + 2
            noun = t[:end]
            by_verb = bool(_rx("(?:{})", "metric_predicates.txt").match(t[end:]))
    # 5个县级城市新获评全国文明城市: an adverb before the predicate verb is the predicate's
    if by_verb and len(noun) >= 3 and noun[-1] in "新均都已也还又再" and len(pos_tags(noun)[-1][0]) == 1:
        noun, end = noun[:-1], end - 1
    scope = re.search(r"(?<=..)(?:全国|全省|全市|全区)$", noun) if by_verb else None
    if scope:  # 4项制度创新成果全国复制推广: where it was done is the predicate's
        noun, end = noun[: scope.start()], end - 2
    return noun, b + end, by_verb


# adverbs of manner that jieba joins with the verb after them (全面完成, 顺利完成): the predicate
# starts at the adverb, though no word ends after it
_MANNER = re.compile(_alt("metric_manner_adverbs.txt"))


def _adverb_opens(t: str, at: int, word: str, on_word: Callable[[int, int], bool]) -> bool:
    """45件民生实事全面完成: 全面 opens the predicate though jieba makes 全面完成 one word."""
    if not _MANNER.fullmatch(word) or not on_word(at, 0):
        return False
    whole = pos_tags(t[at : at + 6])[0]
    return whole[0].startswith(word) and not whole[1].startswith("n")


def _adverb_before(t: str, at: int) -> bool:
    """Whether an adverb ends right before ``at`` (相对|集中居住农户)."""
    tags = pos_tags(t[:at])
    return bool(tags) and tags[-1][1] == "d"


_FUNCTION_WORDS = frozenset(words("metric_function_words.txt"))
# what a count classifier counts (N个X): a verb may open X (35个对接…重点平台); after a measure (元, %, 吨)
# a verb opens the purpose or the predicate (32.5亿元帮助解决…), never what is measured
_COUNTERS = frozenset(words("metric_counters.txt"))


_FUNDING_NOUNS = re.compile(rf"(?:{_alt('metric_funding_nouns.txt')})$")


def _no_noun(noun: str, unit: str) -> bool:
    """并有序向…开放, 整合为123个, 32.5亿元帮助解决…: what follows the unit is no noun."""
    tags = pos_tags(noun[:8])
    if not tags:
        return False
    word, flag = tags[0]
    if word == "地" and noun[1:2] in ("市", "区", "州", "方"):
        return False  # 70%左右的地市: jieba takes 地 for the particle
    if word in ("未", "不") and len(tags) >= 3 and tags[1][1] == "v" and tags[2][1].startswith("n") and not _number_rx().search(noun[:8]):
        return False  # (1万名未就业普通高校毕业生: a negated deed describes the people counted)
    if word in _FUNCTION_WORDS or (flag == "p" and len(word) >= 2):
        return True  # (2186人次通过在线交流平台…参加: a preposition opens no noun)
    if len(tags) == 1 and _COUNT_VERB.fullmatch(word):
        return True  # 受理案件13318件审结11749件 (a space lost): the next clause's verb
    if flag != "v":
        return False
    if noun[len(word) : len(word) + 1] in ("为", "成", "到", "至", "了") and not re.match(r"成[果效绩就本员]", noun[len(word) :]):
        return True  # (整合为123个; 30项创新成果 is a noun)
    if unit in _COUNTERS:
        return False
    # after a measure: 用好1800亿元引导基金 is a noun, 32.5亿元帮助解决…问题 a purpose, 100%交付 a predicate
    if word in words("metric_predicates.txt"):
        return True
    if _FUNDING_NOUNS.search(noun):
        return False  # 740亿元恢复重建资金: a thing that is paid for
    return len(noun) > 4 or len(tags) == 1 or not tags[-1][1].startswith("n")


_ACTOR_TAILS = re.compile(rf"(?:{_alt('metric_actor_tails.txt')})+$")
_BUDGET_NOUNS = re.compile(rf"(?:{_alt('metric_budget_nouns.txt')})$")


def _funded(s: str, a: int, b: int, unit: str) -> tuple[str, int, int] | None:
    """筹措7亿元实施就业惠民工程 → 筹措用于实施就业惠民工程的资金: a sum after a verb of funding,
    its purpose after it."""
    if not unit.endswith("元"):
        return None
    verb = _rx("(?:{})$", "metric_funding_verbs.txt").search(_ABOUT_OR_LEAST.sub("", s[_clause_start(s, a) : a]))
    if not verb:
        return None
    raw = s[_clause_start(s, a) : a][: verb.start()]
    actor = _ACTOR_TAILS.sub("", re.sub(r"^(?:今年|明年|全年|去年)", "", raw))
    if _BUDGET_NOUNS.search(actor):
        return actor, a, b  # 中央预算内投资安排5000亿元: the noun before the verb names the sum
    rest = re.match(r"(?:以上|左右|多)?(用于)?((?:[\u4e00-\u9fffA-Za-z]|“[^”]{1,12}”){2,24}?)(?=[，。；、]|$)", s[b:])
    # 五年全国环境保护和生态建设投入5800亿元: after a long noun with no adverb between, 投入 ends the noun
    if len(actor) > 16 or re.search(r"\d", actor) or (len(actor) > 8 and actor == raw):
        return None
    if rest and (rest.group(1) or pos_tags(rest.group(2))[0][1].startswith("v")) and not _LEAD_VERB.fullmatch(rest.group(2)):
        actor = re.sub(r"(?:每年|今年|全年)+$", "", actor)
        return f"{actor}{verb.group(0)}用于{rest.group(2)}的资金", a, b + rest.end()
    if re.match(r"(?:以上|左右|多)?[，。；]", s[b:]):  # 每年安排140亿元以上，…: no purpose said
        return f"{actor}{verb.group(0)}资金", a, b
    return None


_ABOUT_OR_LEAST = re.compile(rf"(?:{_alt('metric_about_or_least.txt')})+$")


_PREDICATE_ADVERBS = re.compile(rf"^(?:{_alt('metric_predicate_adverbs.txt')})(?=..)")
_LEAD_WORDS = re.compile(rf"(?:[^，。；]*等|{_alt('metric_lead_words.txt')}|(?:[省市县区乡镇村]、?){{2,5}}[两三四五]级|(?:全年|今年)?(?:[\d一二三四五六七八九十]+大?(?:类|批次|批|组|个方面)|首批|第[\d一二三四五六七八九十]+批|年度)|(?:每年|今年|全年)?[将把]|{_alt('metric_scope_leads.txt')}|(?:确保|力争|争取)(?:今年底|年底|今年)?|[^，。；]*等重点(?:行业|领域|企业))")
_AWARD_NOUNS = re.compile(rf"、[\u4e00-\u9fff]{{1,4}}(?:{_alt('metric_award_nouns.txt')})(?=[，。；]|$)")


def _predicate(s: str, a: int, b: int, noun_end: int, unit: str = "个") -> str:
    """A clause that opens with figure and noun and goes on to its predicate: 52项改革列入全国试点 →
    列入全国试点 (the figure counts the 改革 that did it); '' where the clause does not open that way
    or the predicate holds another figure."""
    clause_start = _clause_start(s, a)
    lead = s[clause_start:a]
    # 85个学科进入前1%、9个学科进入前1‰: an item after 、 whose item before had a figure of its own opens
    # its own clause
    item = lead.rfind("、")
    counts = [m for m in _number_rx().finditer(lead, 0, item) if m.group("unit") in _COUNTERS] if item >= 0 else []
    opened = bool(counts) and not re.search(r"\d", lead[item:]) and bool(
        _rx("(?:{})", "metric_predicates.txt").search(lead, counts[-1].end() + 1, item))  # (its own predicate: 进入前1%)
    if opened:
        clause_start, lead = clause_start + item + 1, lead[item + 1 :]
    # 广东自贸试验区43项改革创新成果在全国推广: whose things they are, a noun phrase before the figure
    owner = _owner_lead(lead)
    if opened and owner:
        return ""  # (A47项经验、B48项经验获全国推广: owned items of a list are named by their owners alone)
    if (opened or owner) and not (unit in _COUNTERS or unit in ("%", "％")):
        return ""  # (国能准东20亿立方米/年煤制天然气项目开工建设: a size, not a count of things that did it)
    # 带动2.3万户农户增收, 带动70个贫困村3.2万户贫困户增收: whom a cause moved to do what (counts
    # written one after another share the cause)
    cause = _CAUSE.search(re.sub(r"(?:\d+(?:\.\d+)?[万亿]?(?:多|余)?[个户人家名所项位][\u4e00-\u9fff]{2,8}?)+$", "", lead))
    # (先后有333个集体和469名个人受到…表彰: counts joined by 和 share the predicate)
    joined = re.fullmatch(r"(?:[^，。；\d]{0,6})\d+(?:\.\d+)?[万亿]?(?:多|余)?[个名家项位所](?:[\u4e00-\u9fff]|（[^）]{1,8}）){1,10}(?:和|及|、)", lead)  # (省（自治区、直辖市）)
    # 绍兴黄酒、金华火腿、西湖龙井茶3个历史经典产业入围…: the things counted, named before their count
    named = bool(re.fullmatch(r"[\u4e00-\u9fff“”]{2,10}(?:、[\u4e00-\u9fff“”]{2,10})+(?:等)?", lead)) and all(
        _nouns_only(x) for x in re.sub(r"等$", "", lead).split("、"))
    if lead and not cause and not joined and not owner and not named and not _LEAD_WORDS.fullmatch(lead):
        return ""
    ends = [i for i in (s.find(c, noun_end) for c in "，。；、") if i >= 0]
    end = min(ends, default=len(s))
    if s[end : end + 1] == "、" and (_AWARD_NOUNS.match(s[end:])
                                     or (re.search(r"[级类型]$", s[noun_end:end]) and re.match(r"、[\u4e00-\u9fff]{1,4}[级类型][\u4e00-\u9fff]{0,8}(?=[，。；]|$)", s[end:]))):
        end = _clause_end(s, end)  # 50部文艺作品获得国家、国际大奖: the predicate's own list
    elif s[end : end + 1] == "、":
        # 19个项目落地沪明临港产业园、广龙合作产业园: an object listed with one of the same kind
        more = re.match(r"、([\u4e00-\u9fff]{2,12})(?=[，。；]|$)", s[end:])
        if more and more.group(1)[-2:] == s[end - 2 : end]:
            end += more.end()
    pred = s[noun_end:end]
    if (opened or owner) and re.match(r"[^的]{1,3}的.", pred):
        return ""  # (3大系统、56个部件全覆盖的完整产业集群: the clause describes the noun after 的)
    if not pred or re.search(r"\d", re.sub(r"\d+强|前\d+(?:\.\d+)?(?:[%％‰]|位|名)|\d{4}年|“[^”]*”|(?:7[×*])?24小时|\d+G", "", pred)) or len(re.sub(r"（[^）]*）|“[^”]*”", "", pred)) > 24 or not re.match(r"[\u4e00-\u9fff]", pred):
        return ""
    if "其中" in pred:
        # 在网上举行…答题竞赛，全国28个省区市干部群众参与其中: 其中 is what the clause before held
        held = [w for w, f in pos_tags(_object_before(s, clause_start) or "") if f.startswith(("n", "vn"))][-2:]
        if held and len("".join(held)) >= 2:
            pred = pred.replace("其中", "".join(held))
    pred = _PREDICATE_ADVERBS.sub("", pred)  # (95%以上的学生都能在永久性校舍中学习)
    manner = _MANNER.match(pred)  # 集中获批上市的一类创新药: how it was done is no part of what was counted
    pred = pred[manner.end() :] if manner and len(pred) - manner.end() >= 2 else pred
    if re.fullmatch(rf"(?:{_alt('metric_progress_adverbs.txt')})?推进", pred):
        return ""  # (24个森林“四库”联动试点区建设扎实推进: a thing under way is counted by its name alone)
    if owner:
        return owner + pred
    if cause and cause.group(1) == "使" and re.fullmatch(r"(?:受益|受惠|获益)", pred):
        # 农村饮水安全工程使6069万农民受益 → 因农村饮水安全工程受益的农民: what they gained from
        causer = lead[: cause.start(1)]
        if 2 <= len(causer) <= 16 and not re.search(r"[\d，、]", causer) and pos_tags(causer)[-1][1].startswith("n"):
            return f"因{causer}{pred}"
    return cause.group(1) + pred if cause and cause.group(1) != "使" else pred  # (使600万个家庭受益: 受益的家庭)


def _owner_lead(lead: str, *, no_verb: bool = False) -> str:
    """The noun phrase that stands between a clause's start and its figure and owns what is counted
    (广东自贸试验区 in 广东自贸试验区43项改革创新成果在全国推广); '' for anything else (a verb, an adverb,
    a figure, a word of scope such as 全省 that the predicate rules read themselves). With ``no_verb``
    (the owner of a length: 沿黄生态廊道1194公里全线贯通) the phrase need not open with a noun, as the
    segmenter splits 沿黄 into 沿|f 黄|a, but holds no verb, adverb, preposition, conjunction, pronoun
    or numeral."""
    if not 3 <= len(lead) <= 14 or re.search(r"[\d，、；：“”（）]", lead):
        return ""
    tags = pos_tags(lead)
    if not tags[-1][1].startswith(("n", "j")):
        return ""
    if no_verb:
        return "" if any(f in ("v", "d", "p", "c", "r", "m") for _, f in tags) else lead
    if not tags[0][1].startswith(("n", "j")) or tags[-1][1] == "nr" or _LEAD_VERB.match(lead):
        return ""
    return "" if re.fullmatch(r"(?:全|我|本|各)[国省市区县州盟旗]|全国各地|其中", lead) else lead


_CAUSE = re.compile(rf"({_alt('metric_cause_verbs.txt')})(?:约|近|超过|超)?$")


_REVIEW_VERBS = re.compile(rf"进行了?(?:全面|集中|专项)?({_alt('metric_review_verbs.txt')})")
_LEVEL_VERBS = re.compile(rf"((?:首期|一期|二期)?(?:总规模|规模|总额|总投资|总金额))(?:{_alt('metric_level_verbs.txt')})?$")
_RELIEF_VERBS = re.compile(rf"(?:{_alt('metric_relief_verbs.txt')})了?(?:{_alt('metric_previous_levels.txt')})?$")
_COMPARISON_ADJECTIVES = re.compile(rf"(?:(?<![占可评对类排])比(?![重例率])|较(?!{_alt('metric_comparison_adjectives.txt')}))[^，。；]{{1,8}}?((?:减轻|节约|节省)[\u4e00-\u9fff]{{2,12}}|超收|增收|节支)$")
_COMPARISON_ADJECTIVES_2 = re.compile(rf"(?:(?<![占可评对类排])比(?![重例率])|较(?!{_alt('metric_comparison_adjectives.txt')}))[^，。；]{{1,24}}$")
_COMPARISON_VERBS = re.compile(rf"(?:约)?({_alt('metric_comparison_verbs.txt')})(全国|全省|全市|全区)(?:平均水平|平均)?(?:约)?")
_COMPARISON_VERBS_BOUNDS = re.compile(rf"^(?:{_alt('metric_comparison_verbs_bounds.txt')})(?:全国|全省|全市|全区)?(?:平均水平|平均)?$")
_WHOLE_SCOPES_COUNTY = re.compile(rf"^(?:(?:{_alt('metric_whole_scopes_county.txt')}|全国(?!{_alt('metric_honour_words.txt')})|其中|共(?![济享建治同识青])|{_alt('metric_occurrence_leads.txt')}|可(?=减轻|节约|带动|增加|实现)|(?:考虑|扣除)价格(?:下降|上涨|变动)?因素|{_alt('metric_aim_leads.txt')}|要(?=[\u4e00-\u9fff]{{3}})|先(?=增加|安排|投入|行)|再(?!{_alt('metric_service_fields.txt')})|和(?![美谐平睦田林龙县静硕政])|{_alt('metric_joining_words.txt')}|近\d+年|[一二三四五两十\d]+年来|近年来)(?!、))+")
_FILING_STAGES = re.compile(rf"(?:主动|专项|集中|依法)?(?:(?:{_LAW_VERBS}|{_alt('metric_filing_stages.txt')})(?:和|、|及)?)+")
_COVER_VERBS = re.compile(rf"((?:[\u4e00-\u9fff“”]|\d+G){{2,16}}?(?:{_alt('metric_cover_verbs.txt')}))(?:了)?(?:[^，。；\d]{{1,12}}?(?:和|及))?(?:{_alt('metric_whole_scopes.txt')})?(?:超过|超|近|约)?$")
_OPENED_VERBS = re.compile(rf"(?:全线|全面|基本|顺利|已)?(?:{_alt('metric_opened_verbs.txt')})(?:通车|投用|运营)?(?=[，。；]|$)")
_GRANT_VERBS = re.compile(rf"([\u4e00-\u9fff]{{2,12}}?)({_alt('metric_grant_verbs.txt')})([\u4e00-\u9fff]{{2,10}})(?=[，。；、]|$)")
_POLICY_VERBS = re.compile(rf"^(?:{_alt('metric_policy_verbs.txt')})+")
_READING_VERBS = re.compile(rf"的({_alt('metric_reading_verbs.txt')})(?=[，。；、]|$)")
_EXTEND_VERBS = re.compile(rf"([\u4e00-\u9fff“”]{{2,16}}?)({_alt('metric_extend_verbs.txt')})$")
_FUND_VERBS = re.compile(rf"((?:[\u4e00-\u9fff]){{2,10}}?)(?:拟|再|共|累计)?({_alt('metric_fund_verbs.txt')})(?:约|近|超过|超)?$")
_ABOUT_LEAST_TOTALS = re.compile(rf"(?:^|[^\u4e00-\u9fff]|(?<=[\u4e00-\u9fff]))({_BUILT}(?:和?{_BUILT})?)(?:了)?(?:[^，。；\d]{{2,16}}等|[\u4e00-\u9fff]{{2,5}}(?:、[\u4e00-\u9fff]{{2,5}}){{2,}})?(?:{_alt('metric_about_least_totals.txt')})?$")
_PROJECT_HEADS = re.compile(rf".{{1,20}}?(?:{_alt('metric_project_heads.txt')})(?:建设)?")
_OPENING_VERBS = re.compile(rf"[\u4e00-\u9fff“”]{{2,16}}?(?={_alt('metric_opening_verbs.txt')}|[，。；、]|$)")
_BUILT_ADVERBS = re.compile(rf"^(?:{_alt('metric_built_adverbs.txt')})+")
_RATE_TAILS = re.compile(rf"(?:\d{{4}}年(?:底|末)?(?:已|又)?(?=达))?(?:各地|全省|全市)?可?(?:转为|减为|降为|升为)?(?:人均|户均)?(?:每年)?(?:{_alt('metric_rate_tails.txt')}|[由从])")
_COVER_REACH_VERBS = re.compile(rf"(?:^|、)(?:已经|已)?({_alt('metric_cover_reach_verbs.txt')})(?:了)?(?:[^，。；、\d]{{0,8}}?)(?:超过|超|近|约)?$")
_HARDSHIP_NOUNS = re.compile(rf"(?<=..)等(?:{_alt('metric_hardship_nouns.txt')})$")
_TOTAL_LEADS = re.compile(rf"^(?:{_alt('metric_total_leads.txt')})+")
_PLACE_KINDS = re.compile(rf"{_alt('metric_place_kinds.txt')}|国家(?:和|或|及)地区")
_YEAR_TOTALS_PAST = re.compile(rf"^(?:{_alt('metric_year_totals_past.txt')})+")
_SCOPE_TOTALS = re.compile(rf"^(?:{_alt('metric_scope_totals.txt')})+")
_PUSH_ADVERBS = re.compile(rf"^(?:{_alt('metric_push_adverbs.txt')})?(?:{_alt('metric_push_verbs.txt')})")
_ADJUST_VERBS = re.compile(rf"(?:{_alt('metric_adjust_verbs.txt')})([\u4e00-\u9fff“”]{{2,16}})")
_RECORD_WORDS = re.compile(_alt("metric_record_words.txt"))
_RAISE_CUT_VERBS = re.compile(rf"^(?:今明两年|今后两年|今年|明年|全年)?(?:继续|进一步|持续|再次|逐步)?(?:{_alt('metric_raise_cut_verbs.txt')})(?=.{{4}})")
_FARM_PRODUCTS = re.compile(_alt("metric_farm_products.txt"))
_ENTERPRISE_HEADS = re.compile(rf"(?:{_alt('metric_enterprise_heads.txt')})$")
_RATE_NOUNS = re.compile(rf"(?:{_alt('metric_rate_nouns.txt')})$")
_TOTAL_MODALS = re.compile(rf"(?:{_alt('metric_total_modals.txt')})+$")
_YEAR_TOTALS = re.compile(rf"^(?:{_alt('metric_year_totals.txt')})+")
_LAW_KINDS_DRAFTS = re.compile(rf"(?:{_alt('metric_law_kinds_drafts.txt')})$")
_REACH_VERBS = re.compile(rf"(?:均|双双)(?:{_alt('metric_reach_verbs.txt')})?(?:了)?$")
_CONSTRUCTION_VERBS = re.compile(rf"^(?:{_alt('metric_construction_verbs.txt')})")
_FUND_RELEASE_VERBS = re.compile(rf"(?:{_alt('metric_fund_release_verbs.txt')})了?")
_RELIEF_DEEDS_SHORT = re.compile(_alt("metric_relief_deeds_short.txt"))
_PEOPLE_DEEDS = re.compile(_alt("metric_people_deeds.txt"))
_LAW_KINDS = re.compile(rf"(?:{_alt('metric_law_kinds.txt')})$")
_STATE_ORGANS = re.compile(rf"(?:{_alt('metric_state_organs.txt')})$")
_PLAN_NOUNS = re.compile(rf"(?:{_alt('metric_plan_nouns.txt')})$")
_CLAUSE_LEADS = re.compile(rf"^(?:{_alt('metric_clause_leads.txt')})+")


_POSTS = re.compile(rf"(?:{_alt('metric_people_nouns.txt')})$")
_FROM_BASE = re.compile(rf"[从由](?:\d{{4}}年(?:底|末)?的?)?(?:上年|去年|前年|上一年|前[一二三四五两]年|{_alt('metric_per_times.txt')}|每人每[年月]|每[生户人](?:每[年月])?|每[年月]|月销售额|年均)*的?$")
# the noun before a change in the clause before: at most 14 characters after a clause that counted something, else 20
_CHANGED_NOUN = {longest: re.compile(rf"[\u4e00-\u9fff]{{2,{longest}}}?(?=比上年|同比|年均|增长(?![率点极的])|增加(?!值)|{_alt('metric_level_changes.txt')}|[\d])") for longest in (14, 20)}


_LIST_CLOSERS = re.compile(rf"(?:全部|均|都|共同)?({_alt('metric_list_predicates.txt')})$")


# verbs before a count that say nothing of what was done to the things (拥有, 达到, 包括 …)
_KEPT_VERB_STOPS = re.compile(_alt("metric_kept_verb_stops.txt"))


def _subject_raw(s: str, a: int, b: int, span: Span, prior: list[tuple[int, str]], unit: str) -> tuple[str, int, int]:
    previous = prior[-1][1] if prior else ""
    pre_start = _clause_start(s, a)
    pre = s[pre_start:a]  # the figure's clause up to the figure
    # 基本药物制度覆盖80%以上村卫生室 → 基本药物制度覆盖的村卫生室比例: a share of the places reached
    cover = None
    if unit in ("%", "‰"):
        cover = _COVER_VERBS.search(pre,
        )
        if not cover:
            # 高铁营业里程达到3万公里、覆盖80%以上的大城市: the verb after 、 has the clause's first noun
            # (…远程教育工程已投入80亿元，覆盖中西部地区80%以上的农村中小学: the clause before's first nouns)
            bare = _COVER_REACH_VERBS.search(pre)
            opener = pre if bare and bare.start() > 0 else s[_prev_clause_start(s, pre_start) : max(0, pre_start - 1)]
            opening = list(itertools.takewhile(lambda t: t[1].startswith("n") or t[1] in ("j", "t", "l", "vn"), pos_tags(opener[:16]))) if bare else []
            if bare and not opening and prior and bare.start() > 0 and prior[-1][0] >= pre_start:
                # 建成5G基站8.99万个、覆盖95%以上行政村: what the item before counted reaches
                built_thing = _BUILT_LEAD.sub("", prior[-1][1])
                opening = [(built_thing, "n")] if 2 <= len(built_thing) <= 12 else []
            while len(opening) > 1 and opening[-1][1] == "l":
                opening.pop()  # (新型农村合作医疗制度不断完善，已扩大到…: an idiom's predicate is no part of the noun)
            if bare and bare.start() > 0:
                opening = opening[:1]  # (高铁营业里程达到…、覆盖…: the clause's first noun)
            if opening and not opening[0][1].startswith("n"):
                opening = []  # (每人每年…: no noun opens it)
            opening = [("".join(w for w, _ in opening), "n")] if opening else []
            if opening and len(opening[0][0]) >= 2:
                cover = re.match(r"(.+)", opening[0][0] + bare.group(1))  # (its text starts at the clause's start)
    if unit in ("%", "‰"):
        # 确定4.5%左右的增长目标 → 增长目标; 89.4%的公园实现24小时开放 → 实现24小时开放的公园比例
        of = re.match(r"(?:左右|以上|以下)?的", s[b:])
        if of and cover:
            noun, noun_end, _ = _after_noun(s, a, b + of.end(), span, "个")
            if len(noun) >= 2:
                return f"{cover.group(1)}的{noun}比例", cover.start(1) + pre_start, noun_end
        if of:
            noun, noun_end, by_verb = _after_noun(s, a, b + of.end(), span, "个")
            aim = re.match(r"(?:增长|增速)?(?:预期)?目标", s[noun_end:]) if len(noun) >= 2 else re.match(r"(?:增长|增速)目标", s[noun_end:])
            if aim:  # 提出8%左右的国内生产总值增长目标: the target is the noun's growth (确定4.5%左右的增长目标)
                return noun + aim.group(0), a, noun_end + aim.end()
            # 现行16%的税率, 稳定在5%左右的较低水平: a rate noun names the figure, the subject is before it
            rate = len(noun) <= 4 and _RATE_NOUNS.search(noun)
            if len(noun) >= 2 and not rate:
                pred = _predicate(s, a, b, noun_end) if by_verb else ""
                # 基本药物制度在30％的基层医疗卫生机构实施: the share of places where a scheme is carried out
                carried = re.fullmatch(r"([\u4e00-\u9fff]{2,10})在", pre) if not pred else None
                if carried and re.match(r"(?:实施|推行|开展|建立)(?=[，。；]|$)", s[noun_end:]):
                    return f"实施{carried.group(1)}的{noun}比例", pre_start, noun_end + 2
                return (f"{pred}的{noun}比例" if pred else noun), a, noun_end + len(pred)
            if rate and noun in ("税率", "增速", "幅度"):
                head, head_a, head_b = _subject_raw(s, a, b, span, prior, "")
                if re.match(r"(?:从|就).*看$", head):
                    head = ""  # 从经济基本面看，6.5%左右的增速…: a point of view names nothing
                if head and not head.endswith(noun):
                    return head + noun, head_a, head_b
                if not head or _LEAD_VERB.fullmatch(head) or re.fullmatch(r"有|是|按", head):
                    return noun, a, noun_end  # 有6.5%－7%的增速就能够实现…: the rate itself
    # 延续执行企业研发费用加计扣除75%政策: the rate a policy sets is that of the noun before it
    if unit in ("%", "‰") and re.match(r"的?(?:政策|优惠政策)", s[b:]):
        tags = list(pos_tags(pre))
        while tags and tags[0][1].startswith("v"):
            tags.pop(0)  # (延续执行: the verbs before what the policy is about)
        named = "".join(w for w, _ in tags)
        if 2 <= len(named) <= 16 and not re.search(r"\d", named):
            return f"{named}比例", a - len(named), b
    if cover:
        place = re.match(r"(?:以上|左右)?的?((?!的)(?:[\u4e00-\u9fff]|（[^）]{1,6}）){1,10}?)(?=[，。；]|$)", s[b:])
        if place:  # 分级诊疗试点扩大到85%以上地市 → 分级诊疗试点扩大到的地市比例
            return f"{cover.group(1)}的{place.group(1)}比例", cover.start(1) + pre_start, b + place.end()
    # 青海广泰10万吨再生铝等项目: a plant's capacity, named by who builds it and what it makes
    made = re.match(r"([\u4e00-\u9fff]{2,8}?)等?(?:项目|装置|生产线|产能)", s[b:])
    if unit in ("吨", "万吨") and made and not re.match(r"(?:等|项目)", made.group(1)):
        owner = re.search(r"(?:^|[、，；])((?:[\u4e00-\u9fff]){2,8})$", pre)
        words_ = list(pos_tags(owner.group(1))) if owner else []
        while words_ and (words_[0][1].startswith("v") or words_[0][0] in ("一批", "年产")):
            words_.pop(0)  # 抓好中粮油脂, 释放吉化: the verb before the plant's owner
        name = "".join(w for w, _ in words_)
        return f"{name}{made.group(1)}产能", a - len(name), b + made.end()
    # 先后4次降低存款准备金率: what was done so many times
    if unit in ("次", "轮") and (re.search(r"(?:先后|累计|共|多)$", pre) or not pre):
        deed = re.match(r"(?:[\u4e00-\u9fff、]|“[^”]{1,12}”){3,20}(?=[，。；]|$)", s[b:])
        if deed and pos_tags(deed.group(0)[:4])[0][1] == "v" and not re.search(r"\d", deed.group(0)):
            return deed.group(0), a, b + deed.end()
    # 涉及10.5万人的保交房任务: how many people the thing after 的 concerns
    concerned = re.search(r"(涉及|覆盖|惠及|服务)(?:约|近|超过|超)?$", pre)
    if concerned and unit in ("人", "名", "户", "人次") and s[b : b + 1] == "的":
        thing, thing_end, _ = _after_noun(s, a, b + 1, span, "个")
        if 2 <= len(thing) <= 16:
            return f"{thing}{concerned.group(1)}{'户数' if unit == '户' else '人数'}", a - len(concerned.group(0)), thing_end
    actors = _actors_listed(s, a, unit) or _done_listed(s, a)
    if actors:
        return actors, pre_start, _clause_end(s, a)
    shared = _shared_head(s, a, b, span, pre, unit)
    if shared:
        return shared, a, b
    after, after_end, by_verb = _after_noun(s, a, b, span, unit)
    # 确定对符合条件的580户国有大中型企业实施债权转股权: the things a measure was applied to
    applied = re.search(r"对(?:[^，。；\d]{0,10}的)?$", pre) if after and by_verb and unit in _COUNTERS else None
    measure = re.match(r"实施[^，。；\d]{2,12}?(?=[，。；]|$)", s[after_end:]) if applied else None
    if measure and len(after) >= 2:
        return f"{measure.group(0)}的{after}", a, after_end + measure.end()
    # 在30个县建设运营现代农事综合服务中心: the places where it is done, counted
    placed = re.fullmatch(rf"({_alt('metric_site_kinds.txt')})((?:建设|开展|实施|推行|新建)[\u4e00-\u9fff“”]{{2,18}})", after) if after and pre.endswith("在") and unit in _COUNTERS else None
    if placed:
        return f"{placed.group(2)}的{placed.group(1)}", a, after_end
    # 22个阿拉伯国家、全国31个省区市和港澳台地区全部参会: a predicate closing the list says what each did
    closing = _LIST_CLOSERS.search(s, after_end, _clause_end(s, after_end)) if after and unit in _COUNTERS else None
    if closing and len(after) >= 2 and re.match(r"[、和及]", s[after_end:]) and not re.search(r"[，。；]", s[after_end : closing.start()]):
        return f"{closing.group(1)}的{after}", a, after_end
    # 年产4万吨基础锂盐一体化和2万吨高质碳酸锂项目: a project's yearly output
    yearly = re.search(r"年产(?:能)?(?:约|近|超过|超)?$", s[max(0, a - 5) : a]) or (re.search(r"年产[^，。；]{2,30}和$", s[max(0, a - 30) : a]) if s[a - 1 : a] == "和" else None)
    if yearly and after and unit in ("吨", "万吨", "件", "台", "辆") and re.search(r"项目", s[after_end : _clause_end(s, after_end)] + after):
        return re.sub(r"项目$", "", after) + "项目年产能", a, after_end
    # 北部湾港通达全球100多个国家及地区的200多个港口: what a route or port reaches (whose: the clause's
    # opening nouns, or the sentence's where the clause opens with the verb)
    reached = re.fullmatch(r"([\u4e00-\u9fff]{0,10}?)(通达|连通|联通|辐射)(?:全球|全国|世界)[^，。；]{2,20}的", pre) if unit in _COUNTERS and after else None
    # (中欧班列（成渝）覆盖欧亚120多个城市: a route named before the verb reaches the places counted)
    reached = reached or (re.fullmatch(r"([\u4e00-\u9fff]{2,8}?(?:（[\u4e00-\u9fff]{1,4}）)?)(?:已|已经)?(覆盖|通达|连通|联通|辐射)(?:全球|全国|世界|欧亚|全省)?", pre)
                          if unit in _COUNTERS and len(after or "") >= 2 else None)  # (远程教育已覆盖36万所农村中小学)
    if reached and len(after) >= 2:
        owner = reached.group(1) or (_opening_nouns(s[: _clause_end(s, 0)]) if pre_start > 0 else "")
        return f"{owner}{reached.group(2)}的{after}", pre_start, after_end
    # 生态环境9项约束性指标全部完成: the field named before the count owns its indicators
    if re.fullmatch(r"(?:约束性|预期性|主要)?指标", after or "") and 2 <= len(pre) <= 6 and all(f.startswith("n") or f in ("l", "j") for _, f in pos_tags(pre)):
        return pre + after, pre_start, after_end
    # 地区生产总值连续迈上4个万亿元台阶: the marks a measure passed are its own
    stepped = re.fullmatch(rf"([\u4e00-\u9fff、]{{2,12}}?)(?:[一二三四五两]年|连续|先后|接连)*({_alt('metric_step_verbs.txt')})", pre) if after and unit in _COUNTERS else None
    if stepped and len(after) >= 2:
        return f"{stepped.group(1)}{stepped.group(2)}的{after}", pre_start, after_end
    # “高效办成一件事”上线运行70个重点事项, 支持全国人大常委会法工委3个基层立法联系点建设: whose things
    quoted = re.fullmatch(r"(“[^”]{2,16}”)([\u4e00-\u9fff]{2,4})", pre) if after and unit in _COUNTERS else None
    if quoted and any(f == "v" for _, f in pos_tags(quoted.group(2))) and len(after) >= 2 and not _CAUSE.search(quoted.group(2)):
        counted = _counted_part(after)  # (“县中振兴”工程提升40所普通高中办学能力: the schools, by what was raised)
        had = after[len(counted) :] if after.startswith(counted) else ""
        return (f"{pre}{had}的{counted}" if had else f"{pre}的{after}"), pre_start, after_end
    organ = re.fullmatch(rf"(?:支持|指导|推动)([\u4e00-\u9fff]{{4,14}}(?:{_alt('metric_organ_ends.txt')}))", pre) if after and unit in _COUNTERS else None
    if organ and len(after) >= 2:
        return organ.group(1) + re.sub(r"(?<=..)建设$", "", after), pre_start + 2, after_end
    # 重庆至武汉段4.5米水深航道全线贯通: a depth or width before the noun it is of
    sized = re.match(rf"({_alt('metric_dimensions.txt')})([\u4e00-\u9fff]{{2,12}}?)(?=全线|全面|{_alt('metric_opened_verbs.txt')}|通航|等|[，。；、]|$)", s[b:]) if unit == "米" else None
    if sized and pos_tags(sized.group(2))[-1][1].startswith("n"):
        place = _owner_lead(pre, no_verb=True) or (pre if re.fullmatch(r"[\u4e00-\u9fff]{2,8}(?:至|到)[\u4e00-\u9fff]{2,8}段", pre) else "")
        measure = "水深" if "深" in sized.group(1) else sized.group(1)
        return f"{place}{sized.group(2)}{measure}", pre_start if place else a, b + sized.end()
    # 沿黄生态廊道1194公里全线贯通: the length of what the clause opens with, and what it did
    owner = _owner_lead(pre, no_verb=True) if unit in ("公里", "千米", "米") and (not after or s[b : b + len(after)] == after) else ""
    if owner:
        done = _OPENED_VERBS.match(s[b:])
        if done:
            return owner + done.group(0), pre_start, b + done.end()
    # 4次提高城乡居民基础养老金: how many times what follows was done
    if unit == "次" and not after and pos_tags(s[b : b + 4])[0][1] == "v":
        deed = s[b : _clause_end(s, b)]
        if 4 <= len(deed) <= 20 and not re.search(r"\d|[、“]", deed):
            return f"{deed}的次数", a, b + len(deed)
    # 2000人实现就业, 2130人因提前转移避免伤亡: people counted by what they did, the predicate right after
    # the unit of a clause that opens with the figure
    people = {"人": "人数", "名": "人数", "位": "人数", "人次": "人次", "户": "户数"}.get(unit)
    # (又有1600万人进城落户: a verb right after the unit is no noun, the people are counted by what they did)
    verb_led = (bool(people) and bool(after) and s[b : b + len(after)] == after and after not in ("受益", "受惠", "获益", "参保", "参合")
                and all(f == "v" for _, f in pos_tags(after)))  # (those are of the clause before, below)
    if people and (verb_led or not after and _rx("(?:{})", "metric_predicates.txt").match(s, b)):
        pred = _predicate(s, a, b, b, unit)
        if not pred and re.fullmatch(rf"(?:{_alt('metric_again_leads.txt')})*有?", s[_clause_start(s, a) : a]):
            pred = s[b : _clause_end(s, b)]  # (又有…: whose clause opens with the figure all the same)
            pred = pred if len(pred) <= 16 and not re.search(r"\d|[、，]", pred) else ""
        if len(pred) >= 2 and not _rx("(?:{})$", "metric_predicates.txt").fullmatch(pred):
            return f"{pred}的{people}", a, b + len(pred)
    # 检查39部法律法规实施情况: what was inspected is the laws whose implementation was checked
    checked = re.search(r"(?:执法检查|检查|视察|评估|督查)$", pre) or re.search(
        r"(?<=情况)(?:进行|开展)(?:了)?(执法检查|检查|视察|评估)", s[after_end : _clause_end(s, a)])  # 就6部法律法规的执行情况进行检查
    state = re.match(r"(?:的)?(?:实施|执行|贯彻落实|贯彻)情况", s[after_end:])
    if checked and after and state and unit in _COUNTERS:
        return f"{checked.group(checked.lastindex or 0)}{state.group(0).lstrip('的')}的{after}", a, after_end + state.end()
    # 为6.2万名农民工解决了拖欠工资问题: whom it was done for, and what was done
    towards = re.search(r"(?:为|对|给)(?:超过|超|近|约)?$", s[max(0, a - 3) : a])
    if towards and towards.group(0).startswith("对") and re.search(r"开展|进行", s[after_end : _clause_end(s, a)]):
        towards = None  # 对16个市级部门预算草案和…开展专题审议: the deed comes after, 对 only names its object
    # 育儿家庭每月多了300元补贴, 对种粮农民一次性发放200亿元补贴: who gets the grant
    if after in _ALLOWANCE_NOUNS and unit.endswith("元"):
        to = re.search(r"(对|为|向|给)([^，。；、\d]{2,12}?)(?:一次性)?(发放|提供|安排)了?$", pre)
        per = re.search(r"每(?:人|户)?每?[年月]", pre)
        whom = _opening_nouns(pre)
        if to:
            return f"{to.group(1)}{to.group(2)}{to.group(3)}的{after}", a - len(to.group(0)), after_end
        if 2 <= len(whom) <= 10:
            return f"{whom}{per.group(0) if per else ''}{after}", a, after_end
    # 为退役军人提供5万个就业岗位: whom the things were offered to stays
    offered = re.search(r"为([\u4e00-\u9fff]{2,10}?)(提供|创造|开发|落实)$", pre)
    if offered and after and unit in _COUNTERS and not re.search(r"\d", offered.group(1)):
        return f"为{offered.group(1)}{offered.group(2)}{after}", a - len(offered.group(0)), after_end
    # 为30名因案致贫群众发放司法救助: whom it was done for, where the segmenter reads no noun after the unit
    served = _GRANT_VERBS.match(s[b:]) if towards and not after else None
    if served and unit in ("名", "人", "户", "位") and towards.group(0).startswith("为"):
        return f"{served.group(2)}{served.group(3)}的{served.group(1)}", a, b + served.end()
    # 为100所海拔1500米以上农村中小学幼儿园建设供暖设施: things something was built for
    built_for = re.search(rf"(?<=..)(?:{_BUILT}|建设|修建|配备|安装)", after) if after and towards and unit not in _PEOPLE_COUNTERS else None
    if built_for and unit in _COUNTERS and towards.group(0).startswith("为") and len(after) - built_for.start() >= 4:
        return f"{after[built_for.start() :]}的{after[: built_for.start()]}", a, after_end
    if after and unit in _PEOPLE_COUNTERS and towards:
        tags = pos_tags(after)
        verb_at = next((i for i, (_, f) in enumerate(tags) if f == "v" and i > 0), None) if "、" not in after else None
        done = re.split(r"\d", s[after_end : _clause_end(s, after_end)])[0] if by_verb else ""  # (发放资助金5637.2万元: the deed, not its sum)
        if verb_at is None and 2 <= len(done) <= 16 and not re.search(r"\d", done):
            return f"{done}的{after}", a, after_end + len(done)  # 为2万名特殊困难老年人提供居家社区机构服务
        if verb_at is not None:
            whom = "".join(w for w, _ in tags[:verb_at])
            done = re.sub(r"了", "", "".join(w for w, _ in tags[verb_at:]))
            if len(whom) >= 2 and 2 <= len(done) <= 16:
                return f"{done}的{whom}", a, after_end
    # 带动70个贫困村3.2万户贫困户增收: counts written one after another share the predicate after the last
    if after and not by_verb and unit in _COUNTERS and re.match(r"(?:和|及|、)?\d", s[after_end : after_end + 2]):
        following = _number_rx().match(s, after_end + (not s[after_end].isdigit()))
        if following and following.group("unit") in _COUNTERS:
            _, next_end, next_by_verb = _after_noun(s, following.start(), following.end(), span, following.group("unit"))
            pred = _predicate(s, following.start(), following.end(), next_end) if next_by_verb else ""
            if pred:
                return f"{pred}的{after}", a, after_end
    # 向低收入群众发放价格补贴，约6700万人受益: those who gained from what the clause before gave
    gained = re.match(r"(?:受益|受惠|获益)(?=[，。；]|$)", s[b:]) if not after and unit == "人次" else None
    if gained:  # (…资助力度，4.3亿人次受益: the segmenter reads no noun after 人次)
        after, after_end = gained.group(0), b + gained.end()
    if after in ("受益", "受惠", "获益", "参保", "参合") and unit in ("人", "名", "人次", "户"):
        before = s[_prev_clause_start(s, pre_start) : max(0, pre_start - 1)]
        owner = re.sub(r"试点$", "", _object_before(s, pre_start) or _object_of(before[list(_number_rx().finditer(before))[-1].end() :] if _number_rx().search(before) else before))  # (…开展新型农村社会养老保险试点，3.58亿人参保)
        owner = re.sub(r"^对(?=..)|(?<=..)(?:的)?(?:力度|范围|规模)$", "", owner)  # (加大对…学生资助力度: the aid, not its strength)
        if owner:
            return f"{owner}{after}{'户数' if unit == '户' else '人次' if unit == '人次' else '人数'}", a, after_end
        if gained:
            after, after_end = "", b  # (no clause before names what they gained from: as if no rule read it)
    if re.fullmatch(rf"(?:{_alt('metric_measure_kind_leads.txt')})?(?:{_alt('metric_measure_kinds.txt')})", after) and unit in ("条", "项", "个"):
        # 出台稳就业20条政策措施, 推动优化工商业电价机制12条举措: what the measures are for
        aim = _POLICY_VERBS.sub("", re.sub(rf"^(?:{_alt('metric_policy_leads.txt')})+", "", pre))
        if 2 <= len(aim) <= 14 and aim != pre and not re.search(r"\d|[，、]", aim):
            return aim + after, a - len(aim), after_end
    staffed = re.search(r"(每(?:[十百千万]|十万)[\u4e00-\u9fff]{0,8}?(?:人口|人|户)(?:配备|拥有|有))$", pre)
    if staffed and after:
        return staffed.group(1) + re.sub(r"(?<=..)(?:目标|任务)$", "", after), a - len(staffed.group(1)), after_end  # 每万城镇常住人口配备18名社区工作者
    if after in ("目标", "任务") and 2 <= len(pre) <= 16 and not re.search(r"\d", pre):
        aimed = re.sub(r"^(?:实现|完成|确保|力争|达到)", "", pre)  # 实现高职院校扩招100万人目标: what the target is of
        if len(aimed) >= 2:
            return aimed, a - len(aimed), after_end
    done_to = _REVIEW_VERBS.match(s[after_end:])
    if done_to and after and unit in _COUNTERS and re.search(r"对", pre):
        return f"{done_to.group(1)}的{after}", a, after_end + done_to.end()  # 对…756件行政法规进行全面清理
    solved = re.search(r"解决((?:农村|城镇|城乡|全国)?)$", pre)  # (新解决农村6300多万人饮水安全问题: whose)
    if solved and not after and unit in ("人", "万人", "户"):
        problem = re.match(r"的([\u4e00-\u9fff]{2,10}问题)", s[b:])  # 再解决3200万人的安全饮水问题
        if problem:
            after, after_end = problem.group(1), b + problem.end()
    if solved and after.endswith("问题") and unit in ("人", "万人", "户"):
        return f"解决{after}的{solved.group(1)}人口" if unit != "户" else f"解决{after}的{solved.group(1)}户数", a, after_end  # 再解决6000万人安全饮水问题
    things = re.sub(r"^(?:突出|重点|着力|集中)?(?:抓好|办好|做好|办成|完成)", "", pre)
    if after == "事" and ("、" in things or "和" in things) and 6 <= len(things) <= 40 and not re.search(r"\d", things):
        return things, a - len(things), after_end  # 突出抓好渔船“木改钢”、…和矿山全面排查整治3件事: the list is the things
    grown = re.search(r"([\u4e00-\u9fff“”]{2,16}?)从(?:\d+(?:\.\d+)?[万亿]?[个家所项县市]?[^，。；\d]{0,8}?(?:扩大|增加|扩展|拓展|增)(?:到|至))?$", pre)
    if grown and after and unit in _COUNTERS:
        owner = _LEAD_VERB.sub("", re.sub(r"^(?:推动|推进|持续|逐步)+", "", grown.group(1))) or grown.group(1)
        if len(owner) >= 2 and not owner.endswith(after):
            return f"{owner}的{after}", a, after_end  # 推动县中托管帮扶从15个县（市）扩大到57个县（市）
    if len(after) == 1 and by_verb and unit in _COUNTERS:  # 11个县被认定为…: a one-character noun and its predicate
        pred = _predicate(s, a, b, after_end, unit)
        if pred:
            return f"{pred}的{after}", a, after_end + len(pred)
    # 培育6个世界级、7个国家级、9个区域级产业集群: grades listed before one noun share it
    graded = re.match(r"(?:、\d+(?:\.\d+)?[个家所项座条]?[\u4e00-\u9fff]{1,4}级)+([\u4e00-\u9fff]{2,10}?)(?=[，。；]|$)", s[after_end:]) if re.fullmatch(r"[\u4e00-\u9fff]{1,4}级", after) else None
    if graded:
        after = after + graded.group(1)
    field = re.fullmatch(r"(领域)([\u4e00-\u9fff]{2,10}(?:工作|建设|改革))", after)
    if field:
        after = field.group(2) + field.group(1)  # 工业等17个领域碳达峰工作 → 碳达峰工作领域
    # 从经济发展、…等5个方面细化提出…, 在…等10个方面打造标志性成果: the aspects are named by what is done in them
    aspect = re.fullmatch(r"(方面|领域)([\u4e00-\u9fff]{2,12})", after) if unit in _COUNTERS else None
    if aspect and (re.match(r"细化|着力|分别", aspect.group(2)) or pos_tags(aspect.group(2))[0][1] in ("v", "d", "vd", "ad")):
        return f"{aspect.group(2)}的{aspect.group(1)}", a, after_end
    if after and not re.match(r"^(?:以上|以下|左右|以内)", after) and len(after) >= 2:
        whole_after = after
        if unit in _COUNTERS:
            after = _counted_part(after)
            after = _HARDSHIP_NOUNS.sub("", after)  # 12轮致灾性强降雨等困难挑战
            # 减免27万名学前一年幼儿保教费: people counted by what the verb before did to their attribute
            had = whole_after[len(after) :] if whole_after.startswith(after) else ""
            # 31个省份本级公务接待费减少26%: the things counted by how their attribute changed
            changed_by = re.match(rf"({_CHANGE_VERB.pattern})\d", s[after_end:]) if had and len(after) >= 2 else None
            if changed_by:
                return f"{had}{changed_by.group(1)}的{after}", a, after_end + len(changed_by.group(1))
            paid = re.search(rf"(?:{_alt('metric_paid_attributes.txt')})$", had)
            # (免除了…5200万名学生的学杂费: the fee after 的)
            owned = re.match(rf"的([\u4e00-\u9fff]{{0,4}}(?:{_alt('metric_paid_attributes.txt')}))(?=[，。；、]|$)", s[after_end:]) if not had else None
            if owned and pre and unit in _PEOPLE_COUNTERS:
                verbs = re.findall(_alt("metric_fee_verbs.txt"), re.split(r"[，；]", pre)[-1])
                if verbs:
                    return f"{verbs[-1]}{owned.group(1)}的{after}", a, after_end + owned.end()  # (what people pay or are paid, not 培训)
            # (改善7000多所义务教育学校办学条件: any attribute a deed right before the count was done to)
            verb = pos_tags(pre)[-1] if pre and had and (paid and unit in _PEOPLE_COUNTERS or unit in _COUNTERS) else ("", "")
            if verb[1] == "v" and len(verb[0]) >= 2 and len(after) >= 2 and pre.endswith(verb[0]) and not _KEPT_VERB_STOPS.fullmatch(verb[0]):
                return f"{verb[0]}{had}的{after}", a - len(verb[0]), after_end
        # 初审3件法规, 制定和修改12件地方性法规, 批准设区的市报批的17件法规: what was done to the laws
        # counted (all the verbs, and whose laws they were) is part of what is counted
        law_lead = re.search(rf"(?:(?:{_LAW_VERBS}|清理|初审|一审|二审|三审)(?:和|、|及|或)?)+(?:[^，。；、\d]{{2,16}}的|[^，。；\d]{{2,24}}等)?$", pre.replace("了", ""))  # (制定了32件行政法规)
        if law_lead and law_lead.group(0).endswith("等") and not re.search(r"(?:^|[，、；]|集中|全面|打包|一揽子)$", pre[: law_lead.start()]):
            law_lead = None  # (…对外贸易法修订草案等5部法律议案: 修订 inside a title governs no list)
        if law_lead and re.search(rf"(?:{_LAW_NOUNS})$", after):
            return law_lead.group(0) + after, law_lead.start() + pre_start, after_end
        # 完成1件法规的一审: the stage the laws went through names them
        stage = _READING_VERBS.match(s[after_end:])
        if stage and re.search(rf"(?:{_LAW_NOUNS})$", after):
            done = re.search(r"(?:完成|开展|进行)了?$", pre)
            verb = done.group(0).rstrip("了") if done else ""
            return f"{verb}{stage.group(1)}的{after}", (done.start() + pre_start) if done else a, after_end + stage.end()
        # 构建碳达峰足迹管控、降碳路径、支撑保障3个体系: a bare head takes the list before the figure
        listed_before = _LEAD_VERB.sub("", pre)
        first_word = pos_tags(listed_before)[0] if listed_before else ("", "")
        if first_word[1].startswith("v") and len(first_word[0]) < len(listed_before):
            listed_before = listed_before[len(first_word[0]) :]  # 构建…、…3个体系: the verb goes
        deeds = after in _ACTION_HEADS  # (…等8项行动: no item of these opens with a verb)
        if ((after in _SYSTEM_HEADS or (deeds and not any(
                pos_tags(x)[0][1].startswith("v") for x in listed_before.split("、") if x))) and "、" in listed_before
                and len(listed_before) <= 30 and not re.search(r"\d", listed_before)):
            # (沈阳化工新材料、盘锦精细化工2个平台获评首批国家级制造业中试平台: what the things listed won says which)
            won = re.match(rf"(?:{_alt('metric_award_predicates.txt')})[\u4e00-\u9fff“”]{{2,20}}(?=[，。；]|$)", s[after_end:])
            if won:
                return f"{won.group(0)}的{after}", a, after_end + won.end()
            return listed_before + after, a - len(listed_before), after_end
        # 共建设5100多个项目: a generic head keeps the verb before the figure
        lead = re.sub(r"(?:近|约|超过|超|逾)$", "", _TOTAL_LEADS.sub("", pre))  # (累计支持近2000家企业)
        # (争取100个以上项目纳入国家用地保障范围: a lead of intent before a clause that has its own predicate
        # leaves the things to what they do, below)
        if (after in words("metric_generic_heads.txt") and 2 <= len(lead) <= 4 and pos_tags(lead)[-1][1].startswith("v")
                and not (by_verb and _LEAD_WORDS.fullmatch(lead)) and not re.search(r"共计|合计|总计", lead)):
            return lead + after, a - len(lead), after_end
        if after in words("metric_relational_nouns.txt"):
            return _relational(s, a, b, after, previous), a, after_end
        if cover and re.match(r"(?:以上|左右)?[\u4e00-\u9fff]", s[b:]):
            return f"{cover.group(1)}的{after}比例", cover.start(1) + pre_start, after_end
        # …10个县级托育服务机构，惠及超50万名3岁以下婴幼儿: the verb alone reaches for what the clause before counted
        alone = re.fullmatch(r"(?P<when>累计|每年|年均)?(惠及|覆盖|带动)(?:超过|超|近|约)?", pre)
        listed_reach = re.fullmatch(r"([^，。；、]{4,30})、(?:累计)?(惠及|覆盖|带动)(?:超过|超|近|约)?", pre)
        if listed_reach and unit in ("名", "人", "人次", "户", "位"):
            # 实施学前一年免费教育政策、惠及168万名儿童: what the item before put in place
            owner = _object_of(listed_reach.group(1))
            if owner:
                return f"{owner}{listed_reach.group(2)}的{after}", a, after_end
        if alone and unit in ("名", "人", "人次", "户", "位"):
            # (落实国家育儿补贴政策，惠及154万户家庭: what the clause before put in place)
            owner = previous if previous and prior[-1][0] >= _prev_clause_start(s, pre_start) else _object_before(s, pre_start)
            owner = _BUILT_LEAD.sub("", owner) or owner  # (新建10个…机构，惠及…: the institutions reach, not their building)
            if owner:  # (持续实施营养改善计划，每年惠及3700多万学生: the time it holds for stays)
                return f"{owner}{alone.group('when') or ''}{alone.group(2)}的{after}", a, after_end
        # 育儿补贴惠及124万名婴幼儿 → 育儿补贴惠及的婴幼儿: the people a thing reached
        helped = re.search(r"((?:[\u4e00-\u9fff]|“[^”]{1,12}”){2,14}?(?:惠及|资助|救助|覆盖))(?:超过|超|近|约)?$", pre)
        if helped and unit in ("名", "人", "人次", "户", "位"):
            return f"{_LEAD_VERB.sub('', helped.group(1)) or helped.group(1)}的{after}", a, after_end
        # 试点扩大到11个省份: the places the thing before reached
        reach = _EXTEND_VERBS.search(pre)
        if reach and _PLACE_KINDS.fullmatch(after):
            sent = reach.group(2) if reach.group(2) in words("metric_sent_verbs.txt") else ""  # (晋电外送24个省份)
            if not sent and not re.search(rf"(?:{_alt('metric_extended_things.txt')})$", reach.group(1)):
                return f"{reach.group(1)}{reach.group(2)}的{after}", a, after_end  # (农村信用社改革扩大到的省（自治区、直辖市）)
            return reach.group(1) + sent + after, a, after_end
        if reach and reach.group(1).endswith("试点") and unit in _COUNTERS and 2 <= len(after) <= 6 and reach.group(2) != "覆盖":
            return reach.group(1) + after, a, after_end  # (“免陪照护服务”试点扩大至145家医院: the pilot's hospitals)
        pred = _predicate(s, a, b, after_end, unit) if by_verb else ""
        tail = s[after_end : _clause_end(s, after_end)] if by_verb and not pred else ""
        if re.fullmatch(r"上榜|入榜|入选|入围|获批", tail):
            return f"{tail}的{after}", a, after_end + len(tail)  # (…中各有20家企业上榜: a list's verb alone ends the clause)
        # 串联58个酒庄的旅游环线: things a relative clause counts are those the noun after 的 links or covers
        linked = re.search(rf"({_alt('metric_linking_verbs.txt')})$", pre) if unit in _COUNTERS and s[after_end : after_end + 1] == "的" else None
        head_noun = re.match(r"的([\u4e00-\u9fff]{2,8}?)(?=等|[，。；、]|$|[\u4e00-\u9fff]{0,4}(?:开工|建成|投用|建设))", s[after_end:]) if linked else None
        if head_noun and len(after) >= 2:
            return f"{head_noun.group(1)}{linked.group(1)}的{after}", a - len(linked.group(1)), after_end + head_noun.end()
        # 4个集群获评国家先进制造业集群, 3项改革成果获全国最佳实践案例: the things counted won it
        won = re.match(rf"(?:{_alt('metric_award_predicates.txt')})[\u4e00-\u9fff“”\d]{{2,20}}(?=[，。；]|$)", s[after_end:]) if not pred and unit in _COUNTERS and len(after) >= 2 else None  # (获第32届中国人大新闻奖)
        owned_items = s[_clause_start(s, a, "，。；、") - 1 : _clause_start(s, a, "，。；、")] == "、" and bool(re.search(r"\d", s[_clause_start(s, a) : a]))
        if won and whole_after == after and not owned_items:  # (A47项经验、B48项经验获全国推广: named by their owners alone)
            # (深圳综合改革试点48项经验获全国推广: whose they are stays; 广西自贸试验区新增3项: so does a new thing's owner)
            item_start = _clause_start(s, a, "，。；、")
            listed = s[item_start - 1 : item_start] == "、" and not re.search(r"\d", s[_clause_start(s, a) : item_start])  # (绿色石化4个集群: a named item)
            lead = "" if listed else re.sub(rf"(?:{_alt('metric_new_words.txt')})$", "", s[item_start:a])
            return f"{won.group(0)}的{_owner_lead(lead)}{after}", a, after_end + won.end()
        if pred:
            attribute = whole_after[len(after) :] if whole_after.startswith(after) else ""  # 46种产品能耗达到国家先进值
            # 36个市县隐性债务提前清零: the places counted, and what of theirs the predicate is about
            places = _PLACE_KINDS.match(after) if not attribute and not after.startswith(("国家", "地区")) else None  # (国家区域医疗中心: 国家 is no place counted)
            if (places and len(after) - places.end() >= 2 and pos_tags(after)[0][0] == after[: places.end()]
                    and pos_tags(after[places.end() :])[0][1].startswith("n")):  # (20个县区…: 县区 is one word, no 县)
                attribute, after = after[places.end() :], after[: places.end()]
            return f"{attribute}{pred}的{after}", a, after_end + len(pred)
        # 中央财政安排423亿元资金，支持…: who put the money in
        put = _FUND_VERBS.search(pre)
        # 中央财政安排109亿元资金支持再就业, …27亿元国债资金用于…建设: the money and what it is for
        money_for = re.fullmatch(r"((?:国债|专项|补助|奖补)?资金)(?:用于|支持)([\u4e00-\u9fff、]{2,24})", after)
        used_for = re.match(r"用于([^，。；\d]{2,24})(?=[，。；]|$)", s[after_end:]) if re.fullmatch(r"(?:国债|专项|补助|奖补)?资金", after) else None
        if put and unit.endswith("元") and (money_for or used_for):
            noun, aim = (money_for.group(1), money_for.group(2)) if money_for else (after, used_for.group(1))
            return f"{put.group(1)}{put.group(2)}用于{aim}的{noun}", a - len(put.group(0)), after_end + (used_for.end() if used_for else 0)
        if after in ("资金", "专项资金", "补助资金", "奖补资金") and put and unit.endswith("元"):
            return f"{put.group(1)}{put.group(2)}的{after}", a - len(put.group(0)), after_end
        # 深圳综合改革试点48项经验获全国推广: whose experience, when a noun phrase stands before the figure
        owner = re.sub(r"^(?:其中|全年|今年|共|累计)+", "", pre[pre.rfind("、") + 1 :])
        if (after in _OUTCOME_NOUNS and 4 <= len(owner) <= 20
                and not re.search(r"\d", owner) and not owner.endswith("等") and not _LEAD_VERB.match(owner)
                and all(f != "v" for _, f in pos_tags(owner))):
            return owner + after, a - len(owner), after_end
        # 建设47.8万亩高标准农田: an area or length built is new (a count of places 建设 may be of ones that stand)
        if re.search(r"(?:^|[^\u4e00-\u9fff]|(?<=[年共再]))建设(?:约|近|超过|超|逾)?$", pre) and unit in _AREA_UNITS and not after.startswith("建设"):
            return "建设" + after, a, after_end
        # 新建1万个5G基站, 改造13.7万户老旧小区: a count of what was built or added says so
        built = _ABOUT_LEAST_TOTALS.search(pre)
        # (两年新增4万亿元投资: a sum of money added says so too, with its span)
        if built and unit.endswith("元") and after in ("投资", "资金", "贷款") and built.group(1) in ("新增", "增加"):
            span_lead = re.search(r"[一二两三四五六七八九十\d]+年$", pre[: built.start(1)])
            return (span_lead.group(0) if span_lead else "") + built.group(1) + after, a, after_end
        if built and (unit in _COUNTERS or unit in _PHYSICAL_UNITS) and not after.startswith(built.group(1)):
            total = "累计" if re.search(r"累计$", pre[: built.start(1)]) else ""  # (累计建成…: a total, and says so)
            lead = _CLAUSE_LEADS.sub("",
                          _TOTAL_MODALS.sub("", pre[: built.start(1)]))
            compound = re.fullmatch(r"修复|退出", built.group(1)) and lead and pos_tags(lead)[-1][1].startswith("n")
            if compound:
                return after, a, after_end  # 草原生态修复2家…实验室: a verb that ends a noun compound (生态修复) builds nothing
            # (再聚力打造; 国家安排资金改造和新建: a clause of its own before the deed)
            lead_tags = pos_tags(lead) if lead else ()
            nouns = all(f.startswith("n") for _, f in lead_tags)
            owned = lead + total + built.group(1) + after, a - len(built.group(0)) - len(lead), after_end  # 黄浦江累计贯通69公里岸线
            if 7 <= len(lead) <= 10 and (nouns or re.search(r"(?:园|区|中心|基地|集团)$", lead)):
                return owned  # (国际医药创新公园新引入8家跨国药企)
            if not lead or _LEAD_VERB.fullmatch(lead) or len(lead) > 6 or lead_tags[-1][1] in ("d", "p", "v", "ad") or any(f == "v" for _, f in lead_tags):
                return total + built.group(1) + after, a - len(built.group(0)), after_end
            if 2 <= len(lead) <= 6 and nouns:
                return owned
        # 国家公布产量的104种工业产品中: a relative clause that opens the clause says which things
        relative = re.fullmatch(r"[\u4e00-\u9fff]{3,12}的", pre)
        found = re.fullmatch(r"[\u4e00-\u9fff]{2,3}(?:出|到)的", pre) if unit in _COUNTERS and len(after) >= 2 else None
        if found and pos_tags(pre[:-2])[0][1] == "v":
            return pre + after, pre_start, after_end  # (查摆出的12个问题: what was found)
        tags = pos_tags(pre[:-1]) if relative else ()
        # (its own subject first: 省政府承诺的; not 要全面完成规划支持的, a deed of the sentence's)
        if relative and unit in _COUNTERS and len(after) >= 2 and any(f == "v" for _, f in tags) and (
                tags[0][1] in ("n", "ns", "nt", "nz", "j") or len(tags) > 1 and tags[0][1] in ("a", "b") and tags[1][1] == "n"):  # (重大水利工程已开工的)
            return pre + after, pre_start, after_end
        # 战略性重组10户省属国企, 废止修订393件…措施: a count of things a deed was done to keeps the deed, or it
        # reads as all there are (the verb right before the figure, of two characters or more)
        # (the cheap tests first: the count and its noun end the clause, and no 的 inside the noun)
        done = pre.removesuffix("了")  # (取消和下放了416项行政审批等事项)
        words_before = pos_tags(done) if (done and unit in _COUNTERS and len(after) >= 2 and whole_after == after and "的" not in after
                                          and re.match(r"[，。；、]|$", s[after_end:])) else ()
        verbs = list(itertools.takewhile(lambda x: x[1] == "v" and len(x[0]) >= 2 and not _KEPT_VERB_STOPS.fullmatch(x[0]),
                                         reversed(words_before)))[:2]
        deed = "".join(w for w, _ in reversed(verbs))  # (废止修订393件: both verbs; 累计推出: the deed)
        joined = words_before[-len(verbs) - 2 : -len(verbs)] if len(verbs) == 1 and len(words_before) >= 3 else ()
        if joined and joined[1][0] in ("和", "、", "或") and joined[0][1] == "v" and len(joined[0][0]) >= 2 and not _KEPT_VERB_STOPS.fullmatch(joined[0][0]):
            deed = joined[0][0] + joined[1][0] + deed  # (取消和下放: both deeds)
        if (deed and done.endswith(deed) and whole_after == after  # (降低900多万个体工商户税负: an attribute was the deed's)
                and not after.startswith(deed) and "的" not in after and re.match(r"[，。；、]|$", s[after_end:])):
            return deed + after, a - len(deed) - (len(pre) - len(done)), after_end
        # 攻坚突破家政服务市场规范等11个难点问题: a count that closes a list with 等 keeps the deed that opens the list
        # (the verbs that open the clause, right before the list's first item: 建成投用重庆东站、…等340个)
        opening = list(itertools.takewhile(lambda x: x[1] in ("d", "ad", "v", "ul"), words_before)) if pre.endswith("等") and not re.search(r"\d", pre) else []
        verbs = list(itertools.takewhile(lambda x: x[1] == "v" and len(x[0]) >= 2 and not _KEPT_VERB_STOPS.fullmatch(x[0]), reversed([x for x in opening if x[1] != "ul"])))
        deed = "".join(w for w, _ in reversed(verbs))
        first_item = len("".join(w for w, _ in opening))
        item_end = pre.find("、") if "、" in pre else len(pre) - 1
        if deed and (item_end - first_item < 2 or any(f == "v" for _, f in pos_tags(pre[first_item:item_end]))):
            deed = ""  # (集中要素资源打造高端装备、…: the deed is inside the first item, not before the list)
        if deed and not after.startswith(deed):
            return deed + after, a, after_end
        return after, a, after_end
    # 组建总规模1000亿元的…引导基金, 实施总额4万亿元的两年投资计划: the size of the thing after 的
    sized = _LEVEL_VERBS.search(pre)
    if sized and s[b : b + 1] == "的":
        counted = re.match(r"的\d+[个项家座所条]", s[b:])  # (总投资2万亿元的389个省重点项目)
        thing, thing_end, _ = _after_noun(s, a, b + (counted.end() if counted else 1), span, "个")
        # (…项目刷新我省…纪录: the thing ends at its head noun)
        headed = _PROJECT_HEADS.match(thing)
        thing = headed.group(0) if headed else thing if len(thing) <= 12 else ""
        listed = re.match(r"(?:、[\u4e00-\u9fff]{1,14}?)+(?=开工|建成|投产|竣工|落地|[，。；]|$)", s[thing_end:]) if s[thing_end : thing_end + 1] == "、" else None
        if listed and len(thing) + len(listed.group(0)) <= 30:
            thing, thing_end = thing + listed.group(0), thing_end + listed.end()  # (…的格尔木东、海南清洁能源基地)
        if len(thing) >= 2 and s[thing_end : thing_end + 1] != "、":
            return thing + sized.group(1), a - len(sized.group(0)), thing_end
    # 实施两年新增4万亿元的投资计划: the size of the plan or fund after 的
    if unit.endswith("元") and s[b : b + 1] == "的":
        plan, plan_end, _ = _after_noun(s, a, b + 1, span, "个")
        if re.fullmatch(r"[\u4e00-\u9fff]{2,12}?(?:计划|基金|规划)", plan) and not re.search(r"(?:安排|投入|发放|下达|拨付)了?$", pre):
            return plan + "规模", a, plan_end
    took = _RELIEF_VERBS.search(pre)
    if unit.endswith("元") and s[b : b + 1] == "的" and took:
        # 取消了700多亿元的“三提五统”和农村教育集资等: the sum is that of what follows 的
        thing = re.match(r"((?:[\u4e00-\u9fff]|“[^”]{1,12}”){2,20}?)等?(?=[，。；]|$)", s[b + 1 :])
        if thing and not _no_noun(thing.group(1), unit):
            undone = re.match(r"取消|减免|免除|减轻|追回", took.group(0))  # 取消了原先336亿元的农业税赋: what was abolished
            return (f"{undone.group(0)}的" if undone else "") + thing.group(1), a, b + 1 + thing.end(1)
    funded = _funded(s, a, b, unit)
    if funded:
        return funded
    # 长达4000公里的西气东输管道: a measure word before the figure, the thing after 的
    if re.search(r"(?:(?:^|[，、；])[\u4e00-\u9fff]?(?:长|高|宽|深|重)达?|(?:长|高|宽|深)达)$", s[max(0, a - 4) : a]) and s[b : b + 1] == "的":
        thing = _OPENING_VERBS.match(s[b + 1 :])
        if thing:
            return thing.group(0), a, b + 1 + len(thing.group(0))
    clause_start = pre_start
    listed = _from_to_listed(s, clause_start, a) or _listed(s, clause_start, a, prior) or _figure_run(s, clause_start, a, prior)
    if listed:
        return listed, clause_start, b
    depth = _all_depths(s)
    head_start = clause_start
    for i in range(a - 1, clause_start - 1, -1):
        if s[i] == "、" and depth[i] == 0 and not re.fullmatch(r"[一二三四五六七八九十]、[一二三四五六七八九十]", s[i - 1 : i + 2]):
            head_start = i + 1  # (二、三级医院专家号源: grades listed by their numerals are one name)
            break
    # 制定、修改、废止地方性法规14件: the verbs of a list share the object
    if head_start > clause_start and not _LEAD_VERB.sub("", _YEAR_TOTALS.sub("", s[clause_start:head_start])):
        head_start = clause_start
    # 受理案件13318件审结11749件 (the comma lost): a verb right after the previous figure starts this one's clause
    before = [m.end() for m in _number_rx().finditer(s, head_start, a) if m.end() <= a]
    if before and _COUNT_VERB.fullmatch(s[before[-1] : a]):
        head_start = clause_start = before[-1]
    elif before and prior and re.fullmatch(r"(?:和|及)[\u4e00-\u9fff]{1,3}", s[before[-1] : a]):
        # 办理代表议案8件和建议692件: the second noun shares the first one's words but its last
        own = s[before[-1] + 1 : a]
        words_before = [w for w, _ in pos_tags(prior[-1][1])]
        shared = "".join(words_before[:-1]) if len(words_before) > 1 else ""
        return (shared + own if shared and own not in shared else own), before[-1] + 1, b
    # 新认证绿色、有机、名特优新农产品1000个, 审议法规、法律性问题决定草案30件: short items with no figure of
    # their own share the last one's head noun, so the list is what is counted
    if head_start > clause_start:
        earlier = _LEAD_VERB.sub("", _YEAR_TOTALS_PAST.sub("", s[clause_start : head_start - 1]))
        # 市、县(市、区)人大联动开展执法检查、专题询问、监督性调研20余次: the list starts after its verb
        governed = list(re.finditer(r"(?:联动|共同|集中)?(?:开展|组织|举办|召开|进行)", earlier))
        if governed and governed[-1].end() < len(earlier):
            earlier = earlier[governed[-1].end() :]
        items = [x for x in earlier.split("、") if x]
        figure_list = re.match(r"、\d", s[b : b + 2])  # 供热、燃气、排水管网800公里、600公里: one figure each
        # (批准设区的市地方性法规、决定46件: kinds of law are one list however long their names)
        laws_listed = all(_LAW_KINDS.search(x) for x in items) and bool(
            _LAW_KINDS_DRAFTS.search(_COUNT_VERB.sub("", s[head_start:a])))  # (…缔结的条约、协定以及加入的国际公约5件)
        each = s[a - 1 : a] == "各" or bool(_REACH_VERBS.search(s[head_start:a])) or s[a - 2 : a] in ("合计", "共计") or (s[a - 1 : a] == "共" and "、" in earlier)  # (…线路、…线路共220条) 新建省重点实验室、省技术创新中心、省工程研究中心各20家: the whole list
        # 任免专门委员会组成人员、常委会工作机构负责人27人次: posts listed are counted together
        posts_listed = unit in ("人次", "人", "名") and all(len(x) <= 12 and _POSTS.search(x) for x in items) and bool(
            _POSTS.search(s[head_start:a]))
        kinds = all(re.fullmatch(r"[\u4e00-\u9fff]{1,8}[型类级式]", x) for x in items)  # 科技型、高成长创新型、…企业
        # 听取审议县人民政府及其组成部门、县人民法院、县人民检察院专项工作报告20项: whose reports
        kinds = kinds or all(_STATE_ORGANS.search(x) for x in items)
        # 安排…专项补助、再就业补助209亿元: items of one head noun with one sum are counted together
        last = _CHANGE_TAIL.sub("", s[head_start:a]) or s[head_start:a]
        same_head = len(last) >= 4 and all(len(x) >= 4 and x[-2:] == last[-2:] for x in items) and (
            bool(re.search(r"[助贴金费款]$", last)) or bool(re.match(r"(?:达到|达|共|合计|总数达到?)$", s[a - 2 : a]) or re.search(r"(?:达到|达|共|合计)$", s[head_start:a])))
        # (国家技术创新中心、新兴产业创新中心、制造业创新中心达到8家: kinds of one head counted together)
        # 将增值税收入占比最高、涉及行业广泛的税率从17%降至13%: descriptions before 的 of one noun
        said = last.split("的")[0] if "的" in last else ""
        described = bool(said) and len(items) <= 3 and all(
            pos_tags(x)[-1][1] in ("a", "ad", "an", "v") for x in [*items, said])
        # (新改扩建中小学、幼儿园4868所: a verb of building before the first item is no part of its length)
        bare_items = [_CONSTRUCTION_VERBS.sub("", x) if k == 0 else x for k, x in enumerate(items)]
        if bare_items and len(bare_items[0]) > 5:  # (活化利用老厂区、老街区…: the verbs jieba finds)
            verbs = list(itertools.takewhile(lambda x: x[1] in ("v", "d"), pos_tags(bare_items[0])))
            bare_items[0] = bare_items[0][sum(len(w) for w, _ in verbs) :] or bare_items[0]
        if bare_items:  # (培育认定首批省级零碳、近零碳工厂30家: the deed, batch and level before the first item are no part of it)
            bare_items[0] = _BATCH_LEVEL.sub("", bare_items[0]) or bare_items[0]
        # 国家一级图书馆、博物馆、文化馆数量达293家, 新培育独角兽、小巨人、单项冠军企业300家: kinds named by nouns
        # alone (no deed of their own, the first after its verbs) are counted together
        # (中央财政全年用于教育、卫生、…体育事业的支出: what a sum was spent on, listed)
        spent = bool(items) and unit.endswith("元") and "用于" in items[0] and not re.search(r"[^、]用于", s[head_start:a])
        shared_rate = unit in ("%", "‰") and bool(re.search(r"(?:占|占比|比重|比例|率)(?:达到|达|为)?$", s[head_start:a]))  # (…、社会事业投资占44%)
        nominal = bool(items) and (unit in (*_COUNTERS, "公里", "千米", "米") or spent or shared_rate) and all(
            1 <= len(x) <= 12 and (len(x) >= 2 or spent) and _nouns_only(x if k else x.split("用于")[-1] if spent else _after_verbs(x), spent)
            for k, x in enumerate(items)) and all(_nouns_only(part) for part in re.split(r"(?<=..)和(?=..)", re.sub(r"(?:数量|总数)?(?:达到|达|超过|突破)?$", "", re.sub(r"的?(?:支出|投入|资金|经费)(?:达到|达|为)?$", "", s[head_start:a]) if spent
                                    else re.sub(r"(?:投资|投入|支出)?(?:占|占比|比重|比例)(?:达到|达|为)?$", "", s[head_start:a]) if shared_rate else s[head_start:a]).replace("等", "")))  # (…、农村民生工程和社会事业投资占43.7%: the last item may join two)
        # 实施医疗卫生强基、扩容、下沉项目785个: kinds of project listed before one head are counted together
        projects = bool(re.search(r"(?:项目|工程)$", last)) and all(len(x) <= 8 for x in bare_items) and unit in _COUNTERS
        # 粮食直补、农资综合补贴、良种补贴、农机具购置补贴资金1030亿元: subsidies listed before one sum
        projects = projects or (unit.endswith("元") and bool(re.search(r"(?:补贴|补助)(?:资金)?$", last))
                                and all(re.search(r"(?:补贴|补助|直补|奖补)$", x) and len(x) <= 10 for x in items))
        if (items and (all(len(x) <= 5 for x in bare_items) or each or posts_listed or kinds or same_head or described or nominal or projects
                       or (laws_listed and all(len(x) <= 16 for x in items)))
                and not re.search(r"[\d，；]", earlier) and "分别" not in s[head_start:a]
                and not figure_list and not s[head_start:a].endswith("等")):
            head_start = clause_start + (head_start - 1 - clause_start - len(earlier))
            paid = _FUND_RELEASE_VERBS.search(s[head_start:a]) if same_head else None
            if paid and paid.start() < len(items[0]):
                head_start += paid.end()  # (中央财政安排…补助、…补助: who paid is not what was paid)
            verb = re.search(rf"(?:{_LAW_VERBS})+(?:和|、|及)?$", s[clause_start:head_start])
            if verb and (laws_listed or _LAW_KINDS.search(last)):
                head_start = clause_start + verb.start()  # 制定地方性法规、决定18件, 批准合肥、淮南两市法规7件: the verb stays with laws
            # (新建改造供排水、供热管网1600公里: the verb of building before a list of kinds is the list's too)
            built_list = re.search(rf"(?<![\u4e00-\u9fff])(?:{_BUILT})+$|(?<=[年共计再])(?:{_BUILT})+$", s[clause_start:head_start]) if (
                each or unit in _LENGTH_AREA_UNITS) and not paid else None
            if built_list:
                head_start = clause_start + built_list.start()  # 新建省重点实验室、…各20家: twenty new ones of each
    # 中央财政用于科技、教育、卫生、文化等方面的支出1168亿元: the list before 等方面 is part of the subject
    if head_start > clause_start and (re.match(r"[^、，。；]{1,8}等(?:方面|领域|行业|事业)的", s[head_start:a])
                                      or re.fullmatch(r"[^、，。；]{1,8}等[\u4e00-\u9fff]{0,6}(?:支出|资金|投入|经费)", s[head_start:a])  # (用于洪涝、干旱、地震等救灾救济支出)
                                      or re.fullmatch(r"[^、，。；]{1,12}等(?:活动|项目|工程|赛事|行动)", s[head_start:a])):
        head_start = clause_start
        lead_verb = _LEAD_VERB.match(s[head_start:a]) or re.match(r"举办|开展|组织|实施", s[head_start:a])
        if lead_verb:
            head_start += lead_verb.end()  # 举办春夏秋冬消费季、外贸优品购物季等活动6000多场
    # 听取审议计划、预算执行及审计情况报告、审查批准决算等7项: a list closed by 等 is what is counted
    if head_start > clause_start and s[a - 1 : a] == "等" and a - clause_start <= 40 and not re.search(r"\d", s[clause_start:a]):
        head_start = clause_start
    head = s[head_start:a]
    # 是1950年到1997年投入总和的1.7倍: a comparison names no subject of its own
    if re.match(r"是[^，。；]*的$", head) and previous:
        return previous, a, b
    # 从1997年的2.73万亿元增加到2002年的…: the noun before 从, for both figures
    head = re.sub(r"(?:[从由][^，。；从由]{0,24}?(?:到|至)(?:超过|近|约)?|[从由](?:\d{4}年的?)?)(?:\d{4}年(?:底|末)?的?|(?:目前|现在|当前|去年|上年)(?:底|末)?(?:的|平均)*)?$", "", _FROM_TO.sub("", head))
    head = re.sub(r"\d+(?:\.\d+)?%?(?:到|至)$", "", head)  # 累计提高41.7%到86.7%: a range's upper figure
    head = re.sub(r"由(?:上年|去年|前年)?(?:下降|增长|上升)\d+(?:\.\d+)?%转为?", "", head)  # 利润由上年下降2.3%转为增长8.5%
    head = _FROM_BASE.sub("", _CHANGE_TAIL.sub("", _FROM_BASE.sub("", head)))
    # 比“八五”时期增长79.6%, 比上年预算减少198亿元: a comparison names no subject of its own
    # (今年将比改革前减轻企业和个人负担5000多亿元: the deed after the comparison names what is counted)
    head = _COMPARISON_ADJECTIVES.sub(r"\1", head)
    head = _COMPARISON_ADJECTIVES_2.sub("", head)  # (按可比口径, 评比达标)
    beyond = _COMPARISON_VERBS.fullmatch(head)
    if beyond and unit == "个百分点" and previous and prior[-1][0] >= _prev_clause_start(s, clause_start):
        return f"{previous}{beyond.group(1)}{beyond.group(2)}", head_start, b  # 增长5.4%、高于全国0.4个百分点
    head = _COMPARISON_VERBS_BOUNDS.sub("", head)  # 高于全国平均水平4.9个百分点
    head = re.sub(r"^成为(?:全国|全省|全球|世界)?(?:首个|第一个|唯一)", "", head)  # 成为全国首个经济总量突破…的城市
    head = re.sub(r"(?<=..)(?:已经|已)$", "", re.sub(r"^(?:是在)?(?:(?:目前|当前|现在)(?:我国|全国)?|我国)(?=[\u4e00-\u9fff]{4})", "", re.sub(r"^是在(?=..)", "", head)))  # 目前我国…总额已经达到
    head = _WHOLE_SCOPES_COUNTY.sub("", head)
    quoted = re.match(r"[^“”]{1,8}“(?=[^”]{4,}$)", head)
    if quoted:
        head = head[quoted.end() :]  # 市委“每年通过法规案20件…”: what the quoted sentence counts
    opened = head.rfind("“")
    if opened > 0 and "”" in head[:opened] and "”" not in head[opened:] and len(head) - opened > 2:
        head = head[opened + 1 :]  # “…占比20%以上”“每年开展监督工作40项…: the quote the figure is in
    conj = re.match(r"但是|而且|并且|但(?=[\u4e00-\u9fff]{2})", head)
    if conj:
        head = head[conj.end() :]  # 但赤字率稳定在2.1%
    head = re.sub(r"^[》」』”）)]+", "", head)  # 《…》提出了…: the end of a quoted title is no part of it
    # 围绕A、B等领域制发检察建议2458件: the fields say where, the noun after them what is counted
    head = re.sub(r"^[^，。；]*等(?:领域|方面|行业|地区)(?:制发|发出|开展|办理|提出)(?=..)", "", head)
    head = re.sub(r"^规定了?", "", re.sub(r"(?:应当|应该|逐步|必须)+$", "", head))  # 规定了…比例应当逐步达到60%
    if unit in ("%", "‰"):
        head = re.sub(r"^提出了?(?:今年)?", "", head)  # 提出国内生产总值增长8%左右
    # 通过地方性法规26件: the verb is not part of what is counted; 审议法律草案20件，通过14件: a verb
    # alone counts what the previous clause named
    head = re.sub(r"^\d{4}年(?:底|末)?(?:已|又)?$", "", head)  # 覆盖面逐步扩大，2012年底已达到12.5%: the year names nothing
    if re.fullmatch(r"[\d一二三四五六七八九十两]+年", head) and previous and prior[-1][0] >= _prev_clause_start(s, clause_start):
        return f"{_GROWTH_SUFFIX.sub('', previous)}{head}", head_start, b  # 财政收入达到1350亿元，3年增长58.6%: over those years
    submitted = re.fullmatch(r"(?:决定)?提请[^，。；]{2,12}审议", head)
    if submitted and previous:  # 通过14件，决定提请本次大会审议4件: the drafts named before
        noun = _COUNT_VERB.sub("", previous, count=1) if _COUNT_VERB.match(previous) else previous
        return f"{head}的{noun}", head_start, b
    tags = pos_tags(head) if head and len(head) <= 3 else ()  # only a short head can be a verb alone
    bare_verb = bool(head) and (
        not _LEAD_VERB.sub("", head)
        or bool(_COUNT_VERB.fullmatch(re.sub(r"^(?:基本|全面)(?=..)", "", head)))  # (…666万套，基本建成544万套)
        or (len(tags) == 1 and tags[0][1] == "v" and len(head) <= 3)
    )
    if head in ("死亡", "受伤", "遇难", "失踪") and unit == "人":
        return f"{head}人数", head_start, b  # 发生安全生产事故3起，死亡4人
    with_verb = head
    built = _BUILT_LEAD.match(head)
    head = _LEAD_VERB.sub("", head)
    if built and len(head) >= 2 and head != with_verb and with_verb.endswith(head) and _LEAD_VERB.match(with_verb).end() <= built.end():
        head = _BUILT_ADVERBS.sub("", with_verb)  # 新建普通高中17所: what was built
    if len(head) == 1 and len(with_verb) > 1 and head in "率量数额值":
        head = with_verb  # 办结率100%: the verb is part of the rate's name
    head = _CHANGE_TAIL.sub("", head)
    head = re.sub(r"^(?:先|再|又|还)$", "", head)  # (今年拟先增加50亿元: an adverb names nothing)
    # 制定省级地方性法规7件、修改6件: what was done to the laws counted is part of what is counted
    law_verb = _FILING_STAGES.match(with_verb)
    if law_verb and re.search(rf"(?:决定|{_LAW_NOUNS})$", head) and with_verb.endswith(head):
        head = _CHANGE_TAIL.sub("", with_verb[: len(with_verb) - len(head)]) + head
    if head in words("metric_generic_heads.txt") and with_verb != head:
        head = _CHANGE_TAIL.sub("", with_verb)  # 引进项目1002个: 项目 alone says nothing
    reach = re.fullmatch(r"(?:累计)?(惠及|覆盖|受益|带动)", head)
    if reach:
        # …10项民生政策，惠及251.6万人 → 民生政策惠及; 基本养老保险参保人数增加1.4亿、覆盖10.5亿人 → 基本养老保险覆盖
        owner = previous if previous and prior[-1][0] >= _prev_clause_start(s, clause_start) else ""
        if not owner and head_start > clause_start:
            first = re.match(r"[\u4e00-\u9fff]{2,14}?(?=增加|增长|达到|达|\d)", s[clause_start:head_start])
            owner = first.group(0) if first else ""
        if not owner and head_start > clause_start:
            owner = _object_of(s[clause_start : head_start - 1])  # 提高城乡低保标准、覆盖119.2万人: what the item before put in place
        owner = re.sub(r"(?:参保人数|人数|数量|规模)$", "", owner) or _object_before(s, clause_start)
        owner = re.sub(r"^(?:出台|制定|印发|发布)(?=..)", "", owner)  # (出台…民生政策，惠及…: the policies reach, not their issuing)
        if owner:
            return f"{owner}{reach.group(1)}", head_start, b
    in_list = head_start > clause_start and bool(prior) and prior[-1][0] >= clause_start and bool(_COUNT_VERB.fullmatch(with_verb))
    if bare_verb and (head_start == clause_start or in_list):
        prev_start = _prev_clause_start(s, clause_start)
        prev = _LEAD_VERB.sub("", s[prev_start : max(prev_start, clause_start - 1)])
        m = None if in_list else re.match(r"[\u4e00-\u9fff“”]{2,14}?(?=\d)", prev)
        noun = m.group(0) if m else (previous if prior and prior[-1][0] >= prev_start else "")
        noun = _CHANGE_TAIL.sub("", _SCOPE_TOTALS.sub("", noun))
        if _COUNT_VERB.fullmatch(noun) and previous:
            noun = previous  # 出席2778人，缺席200人: the previous figure's subject (出席代表)
        if not noun and _CHANGE_VERB.fullmatch(with_verb):
            # 粮食总产量在上年大幅度增长的基础上，又增产291亿斤: the nouns that open the clause before
            named = _opening_nouns(prev[:16])
            if 2 <= len(named) <= 10 and len(named) < len(prev):
                noun = named
        if not _COUNT_VERB.fullmatch(re.sub(r"^(?:基本|全面)(?=..)", "", with_verb)):
            # 粮食总产量达到46947万吨，增产3877万吨: a change of what was named; another verb alone
            # (累计扩招413万人) names nothing the figure could be said to count
            if _CHANGE_VERB.fullmatch(with_verb):
                # (其中棚户区改造580万套，增加110万套: the change; a sum gets its 增加额 below)
                return (noun + with_verb if noun and not unit.endswith("元") and not _CHANGE_VERB.search(noun) else noun), a, b
            if unit.endswith("元") and _RELIEF_DEEDS_SHORT.fullmatch(with_verb):
                return with_verb, a, b  # 累计减税超过2万亿元: the sum is what the verb names
            if unit in ("人", "人次", "名") and _PEOPLE_DEEDS.fullmatch(with_verb):
                return f"{with_verb}人数", a, b  # 累计扩招413万人: the people the verb names
            return "", a, b
        # 制定地方性法规11部，废止5部 → 废止地方性法规: the verb and what the previous clause counted
        # (受理案件…，审执结… → 审执结案件: the noun without the previous clause's own verb)
        own = re.match(rf"^(.*?)(?:{_COUNT_VERB.pattern}(?:和|、|及)?)+", noun)
        actor = ""
        if own and own.end() < len(noun):
            # 省高院受理各类案件…，审、执结34999件 → 省高院审、执结各类案件: the actor stays
            actor = own.group(1) if len(own.group(1)) <= 8 else ""
            noun = noun[own.end() :]
        noun = re.sub(rf"(?:基本|全面)?(?:{_COUNT_VERB.pattern})$", "", noun)  # 重大项目开工390个、竣工437个 (基本建成…)
        if not noun and previous and _BUILT_LEAD.match(previous) and _BUILT_LEAD.fullmatch(re.sub(r"^(?:基本|全面)", "", with_verb)):
            noun = _BUILT_LEAD.sub("", previous)  # 基本建成保障性安居工程500万套，新开工700万套: the same things
        if (not noun and not in_list and _BUILT_LEAD.fullmatch(re.sub(r"^(?:基本|全面)", "", with_verb))
                and unit not in ("%", "‰", "倍", "个百分点") and not unit.endswith("元")):
            # 继续推进保障性安居工程建设，在确保质量的前提下，基本建成500万套: what the clause before set out to build
            aim = _PUSH_ADVERBS.sub("", _object_before(s, clause_start))
            aim = re.sub(r"(?<=..)(?:建设|工作|任务)?(?:力度)?$", "", aim)  # (加大保障性安居工程建设力度)
            noun = aim if aim and not _BUILT_LEAD.match(aim) and not _PLAN_NOUNS.search(aim) else ""
        return (f"{actor}{with_verb}{noun}" if noun else with_verb if _COUNT_VERB.fullmatch(with_verb) and len(with_verb) >= 3 else ""), a, b
    if not head:
        # …，达到11.67万亿元: the noun that opens the previous clause
        if head_start > clause_start:  # 地区生产总值突破3万亿元、年均增长4.7%: the clause's first noun
            prev_start, prev = clause_start, s[clause_start:head_start]
        else:
            prev_start = _prev_clause_start(s, clause_start)
            prev = s[prev_start : max(prev_start, clause_start - 1)]
        prev = re.sub(r"^(?:连续|已连续)?第?\d+年", "", prev)  # 连续第7年提高…基本养老金，全年人均增加1680元
        prev = re.sub(r"^(?:其中|全年)+(?=..)", "", prev)
        carried = bool(prior) and prior[-1][0] >= prev_start and bool(previous)  # (the clause before counted something)
        longest = 14 if carried else 20  # (中央财政今年安排再就业补助资金25l亿元，比上年增加42亿元)
        m = _CHANGED_NOUN[longest].match(prev)
        head = m.group(0) if m else ""
        head = re.sub(r"^(?:预计)?(?:全年|今年|去年)?(?:预计)?(?:实现|完成)(?=..)", "", head)  # (预计全年实现地区生产总值…，增长8.5%)
        raised = _ADJUST_VERBS.fullmatch(prev[m.end() :]) if m else None
        if raised:
            head = raised.group(1)  # 要逐年适当增加中央预算内经常性建设投资，今年拟先增加50亿元: what is increased
        if (re.match(r"(?:比|较)(?:上年|去年|前年|上一年|同期)", head) or re.fullmatch(rf"(?:又|再|还|并)?(?:{_CHANGE_VERB.pattern})", head)
                or not _CHANGE_TAIL.sub("", _LEAD_VERB.sub("", head) or head)):  # (达到1.5万亿元、增长19.8%: 达到 names nothing)
            head = ""  # 比上年预计数增加439亿元，增长17.6%: a comparison's base names nothing (nor 又增产291亿斤)
        # (各地可降至16%, 转为下降1.2%: the clause goes on with the change)
        change = _RATE_TAILS.match(re.sub(r"^(?:考虑|扣除)价格(?:下降|上涨|变动)?因素", "", s[clause_start:a]))  # (考虑价格下降因素比上年实际增长9.3%)
        if re.fullmatch(r"(?:按|以)(?:可比价格|现价|不变价格?)计算", prev):
            prev = ""  # 按可比价格计算，平均每年增长7.7%: a basis of the figure, no subject
        if not m and not re.search(r"\d", prev) and 2 <= len(prev) and head_start == clause_start and (unit not in ("%", "‰") or change):
            # 资助残疾人大学生和…子女大学生，合计6300名: the previous clause names them (its last words
            # where it is long: …青壮年文盲的人口地区覆盖率，由1997年的65%提高到…)
            head = prev if len(prev) <= 24 else _word_tail(prev, prev_start, span)
            record = _RECORD_WORDS.search(head)
            if record and record.start() >= 2:
                head = head[: record.start()]  # 全省进出口总值创历史新高，达到5379亿元: the thing, not the record
            head = re.sub(r"^(?:下调|上调|调整|调低|调高)(?=..)", "", head)  # 下调…单位缴费比例，各地可降至16%
            # 今明两年继续提高企业退休人员基本养老金，人均每年增长10%: what is raised, not the raising
            head = _RAISE_CUT_VERBS.sub("", head)
        if not head and prior and prior[-1][0] >= prev_start and previous:
            head = previous  # …国内生产总值39.8万亿元，增长6.7%: the previous figure's subject
            if unit not in ("%", "‰", "倍", "个百分点"):
                head = re.sub(r"(?<=..)(?:增产|减产|增收|减收|净增)$", "", head)  # (…，又增产291亿斤，达到9680亿斤: the total)
        if not head and head_start > clause_start and unit not in ("%", "‰", "倍", "个百分点"):
            # 高速公路通车里程全国第四、突破1万公里: the nouns that open the clause (a rank before the 、)
            named = re.sub(r"(?:全国|全省|全市|全区)$", "", _opening_nouns(prev[:16]))
            if 2 <= len(named) <= 12 and named != prev.rstrip("、") and prev.count("、") == 1 and prev.endswith("、"):
                head = named
        head = _CHANGE_TAIL.sub("", _LEAD_VERB.sub("", head) or head)
        if not head and change and head_start == clause_start:
            # 人均地区生产总值从5.6万元增至7.8万元，超过1万美元，年均增长5.4%: clauses of change go on
            # with the subject the sentence last named
            head = _GROWTH_SUFFIX.sub("", next((x for at, x in reversed(prior) if x and at >= _prev_clause_start(s, prev_start)), ""))
        if re.match(r"累计|总数|总量|共", s[clause_start:a]):
            head = _NEW_LEAD.sub("", head)  # 新增百亿县区26个，累计达到46个
            # 新增公园127座，提前建成千座公园城市，累计达到1100座: the total of what the sentence's
            # last figure added, past a clause that only named a goal
            added = prior[-1][1] if prior and prior[-1][0] >= _prev_clause_start(s, prev_start) else ""
            if re.match(r"累计(?:达到|达)?$", s[clause_start:a]) and _NEW_LEAD.match(added) and unit in _COUNTERS and head != _NEW_LEAD.sub("", added):
                head = _NEW_LEAD.sub("", added) + "累计数量"
        changed = re.match(r"(增加|减少|净增|增产|减产)了?(?:约|近|超过|超|逾)?$", s[clause_start:a])
        if changed and head and unit not in ("%", "‰", "倍", "个百分点") and not unit.endswith("元") and not _CHANGE_VERB.search(head):
            head += changed.group(1)  # 其中棚户区改造580万套，增加110万套: the change of what was named
        # 12个项目获国家科学技术奖，其中1项获技术发明奖一等奖: the part is named by what it won
        won = re.match(rf"(?:{_alt('metric_award_predicates.txt')})[\u4e00-\u9fff“”]{{2,16}}(?=[，。；]|$)", s[b:]) if head and s[clause_start:a] == "其中" else None
        if won and unit in _COUNTERS:
            return f"{won.group(0)}的{head.rpartition('的')[2] or head}", a, b + won.end()
        return head, a, b
    # 粮食播种面积3320万亩、产量1285万吨: a bare measure after 、 belongs to what the item before it
    # named (粮食产量); 省重点项目304个、完成投资4608亿元: to the things it counted (省重点项目完成投资)
    # (粮食总产486.5亿斤，单产1105.6斤: a crop's measures go on across a comma)
    crop = (head_start == clause_start and prior and prior[-1][0] >= _prev_clause_start(s, clause_start)
            and (_FARM_PRODUCTS.match(prior[-1][1])
                 # 实施重点项目2800多个，完成投资2400多亿元: the investment of the projects just counted
                 or (re.search(r"(?:项目|工程)$", prior[-1][1]) and re.fullmatch(r"(?:累计)?完成投资|(?:计划)?总投资额?|年度(?:计划)?投资", with_verb))))  # (…重大项目1678个、年度投资1.1万亿元)
    if (head_start > clause_start or crop) and prior and prior[-1][0] >= _prev_clause_start(s, clause_start) and re.fullmatch(_BARE_MEASURES, head):
        before = _GROWTH_SUFFIX.sub("", prior[-1][1])
        if re.match(r"总", head):
            before = _NEW_LEAD.sub("", before.removeprefix("累计"))  # 新增上市公司48家、总量达122家: the total of all
        if _ENTERPRISE_HEADS.search(before) and not before.endswith(head):
            before = re.sub(r"^(?:组织实施|实施|推进|推动)(?=..)", "", before)  # (实施重点项目…，完成投资…: the projects')
            return before + (with_verb if with_verb.endswith(head) and len(with_verb) <= len(head) + 2 else head), head_start, b
        measure = re.search(f"(?:{_BARE_MEASURES})$", before)
        owner = before[: measure.start()] if measure else ""
        tags = pos_tags(owner) if len(owner) >= 2 else []
        if tags and tags[-1][1].startswith("n") and owner not in head:
            return owner + head, head_start, b  # 国资委监管企业营收增长5.9%、利润增长5.5%
        first = tags[0] if tags else ("", "")
        if (first[1].startswith("n") and 2 <= len(first[0]) < len(owner) and first[0] not in head
                and first[1] != "ns" and not re.match(r"地区|全[省市区县国]", first[0])):
            return first[0] + head, head_start, b  # 粮食播种面积…、产量…: 粮食产量
    # 张掖等11个市: names closed by 等 before a count name things of the kind after the count
    if head.endswith("等") and len(head) >= 3 and after and len(after) <= 3 and unit in _COUNTERS and not re.search(r"\d", head):
        head += after
    # 市委主要领导作出肯定批示、提出要求53件次: deeds listed after one actor are counted together
    if head_start > clause_start and s[head_start - 1] == "、" and a - clause_start <= 24 and not re.search(r"\d", s[clause_start:a]):
        first = s[clause_start : head_start - 1]
        if len(head) <= 8 and re.search(r"(?:作出|提出|给予)", first) and re.match(r"(?:作出|提出|给予)", head):
            head, head_start = s[clause_start:a], clause_start
    # 优先在边境地区、集体经济薄弱村新建各类棚室5万个: the last place of a list after 在 is where it is
    # done, not what is counted (the deed that follows it is)
    # (为在岗养老护理员、…、有意愿从事养老护理工作的社会人员开展职业技能培训超5万人次: whom it was done for)
    if head_start > clause_start and s[head_start - 1] == "、" and re.search(r"(?:^|[^\u4e00-\u9fff]|(?<=优先))(?:在|为)[^，。；]{2,40}$", s[clause_start : head_start - 1]):
        deed = re.search(rf"(?<=..)(?:{_BUILT}|开展|组织|提供)", head)  # (the segmenter reads 新建 after a place as part of it)
        if deed and len(head) - deed.start() >= 4 and not re.search(r"[\d，]", head[: deed.start()]):
            head, head_start = head[deed.start() :], head_start + deed.start()
    # 起诉电信诈骗、网络赌博，以及网络暴力、侵犯公民个人信息等犯罪8069人: a list closed by 等 before the figure
    # is named whole, not by its last item (a clause opening with 以及 goes on with the list before it)
    listed = re.search(r"(?:[\u4e00-\u9fff“”]{2,14}、)+$", s[clause_start:head_start]) if "等" in head and head_start > clause_start and s[head_start - 1] == "、" else None
    if listed and not re.search(r"\d", s[clause_start:head_start]):
        start = clause_start + listed.start()
        if re.match(r"以及|及", s[start:]) and clause_start > 0:
            earlier = re.search(r"(?:[\u4e00-\u9fff“”]{2,14}、)+[\u4e00-\u9fff“”]{2,14}$", s[_prev_clause_start(s, clause_start) : clause_start - 1])
            if earlier and not re.search(r"\d", earlier.group(0)):
                start = _prev_clause_start(s, clause_start) + earlier.start()
        # (the deed that opens the list stays before it, a manner word before the deed goes: 依法起诉)
        opening = pos_tags(s[start : start + 8])[:2]
        verb = next((k for k, (w, f) in enumerate(opening) if f == "v" and len(w) >= 2), -1)
        deed = opening[verb][0] if verb >= 0 else ""
        start += len("".join(w for w, _ in opening[: verb + 1]))
        whole = deed + s[start:head_start] + head
        if len(whole) <= 48:
            head, head_start = whole, start
    # 认定雏鹰企业、瞪羚企业358户和种子独角兽企业1户: what the figure before counted is not this one's
    counted = list(_number_rx().finditer(head)) if unit in _COUNTERS else []
    linked = re.match(r"(?:以上|左右)?(?:和|及|以及|、)(?=[\u4e00-\u9fff]{2})", head[counted[-1].end() :]) if counted else None
    if linked and not re.search(r"\d", head[counted[-1].end() :]):
        deed = pos_tags(head[:4])[0]
        head = (deed[0] if deed[1] == "v" and len(deed[0]) >= 2 else "") + head[counted[-1].end() + linked.end() :]
    if len(head) > (40 if "、" in head else 24):  # (a list of bodies whose reports are counted is long)
        at = s.rfind(head, head_start, a)  # where the subject sits in the sentence (its tail may have been cut)
        head = _word_tail(head, at if at >= 0 else a - len(head), span)
    at = s.rfind(head, head_start, a) if head else -1  # the subject's own place (its tail may have been cut)
    if at > 0 and "”" in head and "“" not in head.split("”")[0]:
        # “深化打造全过程人民民主基层单元”等改革成果…: a quote the clause start cut takes its start back
        q = s.rfind("“", 0, at)
        if q >= 0 and not re.search(r"[，。；]", s[q:at]):
            head, at = s[q:at] + head, q
            head = re.sub(r"(”)等", r"\1等", head)
    return head, at if at >= 0 else max(head_start, a - len(head)), b


def _object_before(s: str, clause_start: int) -> str:
    """The object of the nearest clause before ``clause_start`` that holds no figure (提高企业退休人员
    基本养老金，全年人均增加1680元，… → 企业退休人员基本养老金), or ''."""
    end = clause_start
    for _ in range(2):
        start = _prev_clause_start(s, end)
        if start >= end - 1:
            return ""
        clause = re.sub(r"^(?:连续|已连续)?第?\d+年", "", s[start : end - 1])  # (连续第7年提高…: no figure of its own)
        end = start
        if re.search(r"\d", clause) or re.fullmatch(r"在[^，。；]{2,16}(?:下|中|上|时)", clause):
            continue  # (在确保质量的前提下: a frame, no object)
        return _object_of(clause, longest=20, verb_noun=True)
    return ""


def _object_of(clause: str, longest: int = 16, verb_noun: bool = False) -> str:
    """What the first verb of a clause acts on (落实国家育儿补贴政策 → 国家育儿补贴政策), or '' where no
    verb opens it or what follows is too long or ends on no noun (a verbal noun too with ``verb_noun``)."""
    tags = pos_tags(clause)
    # (jieba tags 落实 a, and 全面实现 i: an idiom that opens a clause is its verb)
    first = next((i for i, (_, f) in enumerate(tags) if f == "v" or (i == 0 and f in ("a", "i"))), None)
    if first is None:
        return ""
    obj = "".join(w for w, _ in tags[first + 1 :])
    last = tags[-1][1]
    # (…义务教育: jieba tags a set phrase l)
    return obj if 2 <= len(obj) <= longest and (last.startswith("n") or last == "l" or (verb_noun and last == "vn")) else ""


def _shared_head(s: str, a: int, b: int, span: Span, pre: str, unit: str) -> str:
    """首批12项及第二批14项重点改革 → 首批重点改革: counts joined by 及/和 share the noun after the last;
    12类45件民生实事 → 民生实事类别: a count of kinds or batches of what the next figure counts."""
    if unit not in _COUNTERS and unit != "批次":
        return ""
    joined = re.match(r"(?:及|和|以及|、)((?:首批|第[一二三四五六七八九十\d]+批|[\u4e00-\u9fff]{1,3}级)?)(?=\d)", s[b:])
    grouped = unit in ("类", "批", "批次") and re.match(r"\d", s[b : b + 1])
    if not joined and not grouped:
        return ""
    following = _number_rx().match(s, b + (joined.end() if joined else 0))
    if not following or following.group("unit") not in _COUNTERS or (joined and following.group("unit") != unit):
        return ""
    noun, _, _ = _after_noun(s, following.start(), following.end(), span, unit)
    if len(noun) < 2:
        return ""
    if grouped:
        return noun + {"类": "类别", "批": "批次", "批次": "批次"}[unit]
    ordinal = re.search(r"(?:首批|第[一二三四五六七八九十\d]+批|[\u4e00-\u9fff]{1,3}级)$", pre)
    return (ordinal.group(0) if ordinal and joined.group(1) else "") + noun


def _word_tail(head: str, at: int, span: Span) -> str:
    """The last words of a long subject, cut at a word boundary (never inside a word)."""
    bounds = span.bounds
    base = span.start
    for i in range(len(head) - 24, len(head) - 1):
        if (base + at + i in bounds or head[i - 1 : i] in "的和及与") and head[i] not in "年月日的和及与、":
            return head[i:]
    return head


_LISTED_VERBS = re.compile(rf"[^，。；]{{0,12}}?(?:{_alt('metric_listed_verbs.txt')})")


def _listed(s: str, clause_start: int, a: int, prior: list[tuple[int, str]] | None = None) -> str:
    """A、B分别增长5%、3%: the item of the list that holds this figure's place. Coordinated items share
    what the first holds before its own word and the last after it (全年中央财政用于科技、教育、卫生和
    文化事业的支出分别为… → 中央财政用于卫生事业的支出); with no items (…，同比分别上升6.3%、7.2%) the
    figures before the clause, in order, are the items."""
    clause = s[clause_start:a]
    k = clause.find("分别")
    if k < 0:
        return ""
    end = _clause_end(s, a)
    # 分别从771家、481家增加到1076家、636家: each run of figures joined by 、 or 和 goes through the list
    runs = [[m.start() for m in r] for r in _runs(s, clause_start + k, end)]
    figures = next((r for r in runs if a in r), [at for r in runs for at in r])
    # (单位国内生产总值能耗由前三年分别上升…: the years compared with name nothing)
    lead = _CHANGE_TAIL.sub("", _LEAD_VERB.sub("", re.sub(r"[由从](?:前[一二三四五两]年|上年|去年|前年)$", "", re.sub(r"^\d{4}年(?:底|末)?", "", clause[:k]))))
    lead = re.sub(rf"^(?:{_alt('metric_deed_leads.txt')})+$", "", lead)  # (今年力争分别淘汰…: when and how hard name nothing)
    changes = _LISTED_VERBS.match(s[clause_start + k + 2 : a] or "增长")
    # 五年淘汰落后炼铁产能1亿吨、…，今年力争分别淘汰3000万吨和3500万吨: the deed the figures before were counted by
    deed = re.match(r"[\u4e00-\u9fff]{2}(?=\d)", s[clause_start + k + 2 : a + 1]) if not lead else None
    if deed and not changes and prior and all(x.startswith(deed.group(0)) for at, x in prior[-len(figures) :] if at < clause_start):
        changes = deed
    # 比上一个五年分别上升…: a comparison's base names nothing of its own
    if not re.sub(r"^(?:同比|(?:比|较)[^，。；]{1,10}$|与上年相比|均)", "", lead) and a in figures and changes:
        return _carried(s, clause_start, len(figures), figures.index(a), prior or [])
    # 城、乡居民人均可支配收入: one compressed word written with a mark
    opening = re.sub(r"^(?:力争|确保|争取|预计)?(?:全年|今年|去年|上年)?", "", clause[:k])  # (力争全年交通、水利、能源领域投资额)
    items = [x for x in _ITEM_SPLIT.split(_LEAD_VERB.sub("", re.sub(r"(?<![\u4e00-\u9fff])城、乡", "城乡", opening))) if x]
    if len(items) == 1 and a in figures:
        items = _expanded(items[0], len(figures)) or items
    if len(items) < 2 or len(items) != len(figures) or a not in figures:
        # 城乡低保标准分别提高48%、45.5%: the list is inside one name; the whole names what is counted
        whole = _CHANGE_TAIL.sub("", _LEAD_VERB.sub("", re.sub(r"[由从](?:前[一二三四五两]年|上年|去年|前年)$", "", clause[:k])))
        whole = re.sub(r"^比(?![重例率]).*", "", whole)  # 比上一个五年分别上升…: a comparison, no subject
        return whole if 2 <= len(whole) <= 14 else ""
    # 省级政务信息系统、自建非涉密业务专网、政务移动应用整合分别完成25%、50%、20%: a verb closing the last item
    # is every item's deed, and with the verb after 分别 it says what the figures measure
    deed = pos_tags(items[-1])[-1]
    done = re.fullmatch(r"(完成|实现|达到)", s[clause_start + k + 2 : figures[0]])
    if (done and deed[1] == "v" and len(deed[0]) == 2 and len(items[-1]) >= 4
            and not any(x.endswith(deed[0]) for x in items[:-1])):
        share = "比例" if re.match(r"\d+(?:\.\d+)?[%％]", s[a:]) else ""
        return _pick([*items[:-1], items[-1][:-2]], figures.index(a)) + deed[0] + done.group(1) + share
    return _pick(items, figures.index(a))


# the marks between listed items: 、 and the conjunctions, not the same characters inside a word
# (普及率, 涉及, 惠及, 和谐, 和美, 参与)
_ITEM_SPLIT = re.compile(r"、|(?<![普涉波触顾提危论推企遍惠以])及|(?<![温缓平柔调])和(?![谐美平睦])|(?<![参给赋])与")


# the genre's compressed lists: 城乡居民人均可支配收入分别增长4.4%、5.8% → 城镇居民…, 农村居民…
_COMPRESSED = (
    ("城乡居民", ("城镇居民", "农村居民")),
    ("城乡", ("城镇", "农村")),
    ("一二三产业", ("第一产业", "第二产业", "第三产业")),
    ("一二三产", ("第一产业", "第二产业", "第三产业")),
    ("一、二、三产业", ("第一产业", "第二产业", "第三产业")),
    ("二三产业", ("第二产业", "第三产业")),
    ("进出口", ("进口", "出口")),
    ("收支", ("收入", "支出")),  # 一般公共预算收支分别突破9千亿元、3万亿元
    ("存贷款", ("存款", "贷款")),
    ("内外资", ("内资", "外资")),  # 实际使用内外资分别增长10%、6.4%
    ("中小学", ("中学", "小学")),
    ("牛羊", ("牛", "羊")),
    ("药品耗材", ("药品", "耗材")),  # 集采药品耗材品种分别增至945个、47种
    ("省市", ("省", "市")),
)


_EXPANDED_LEADS = re.compile(rf"^(?:{_alt('metric_expanded_leads.txt')})+")


def _expanded(item: str, n: int) -> list[str]:
    """One item that names n things in one word (城乡居民收入 for 2 figures) as n items."""
    for short, parts in _COMPRESSED:
        at = item.find(short)
        if at >= 0 and len(parts) == n:
            head = _EXPANDED_LEADS.sub("", item[:at])
            return [head + p + item[at + len(short) :] for p in parts]
    return []


_COUNT_MEASURES = re.compile(rf"(.{{2,8}}?)(?:{_alt('metric_count_measures.txt')})$")
_PICK_LEADS = re.compile(rf"^(?:{_alt('metric_pick_leads.txt')}|\d{{4}}年|提前[一两三四五\d]+(?:年|个月)(?:实现|完成|达到)?)+")
_PICK_MEASURES = re.compile(rf"(?:产业|行业|企业)(?:{_alt('metric_pick_measures.txt')})$")
_PICK_SCOPES = re.compile(rf"^(?:{_alt('metric_pick_scopes.txt')})+")
_PICK_VERBS = re.compile(rf"(?:分别|(?<!年)均|年均)?(?:{_alt('metric_pick_verbs.txt')})$")


def _pick(items: list[str], i: int) -> str:
    """Item ``i`` of a coordinated list, with what the items share."""
    # (提前一年实现农村中小学生人均公用经费500元和300元的目标: when it was reached is no part of the thing)
    items = [_PICK_LEADS.sub("", x) for x in items]
    items = [re.sub(r"(?:分别)?(?:[从由])?(?:平均)?(?:每人每[年月]|每\d*[\u4e00-\u9fff]{1,2})?$", "", x) or x for x in items]
    items = [x[: -len(c.group(0))] if (c := _PICK_VERBS.search(x)) and c.start() >= 2 else x for x in items]
    first, last = items[0], items[-1]
    if len(items) > 1 and all(x in ("一", "二", "三") for x in items[:-1]) and re.match(r"[一二三]产业", last):
        return _CHANGE_TAIL.sub("", "第" + (items[i] + last[1:] if i < len(items) - 1 else last)) or ""  # 一、二、三产业增加值 → 第一产业增加值
    # 全年中央财政用于科技、教育…: the first item's words up to 用于/对/的 are shared by all
    prefix = ""
    shared = re.match(r".{2,}?(?:用于|对于|对|的)(?=.)", first)
    if shared and len(items) > 2:
        prefix, first = shared.group(0), first[shared.end() :]
    own = [first, *items[1:-1], last][i]
    # 义务教育巩固率、高中阶段和高等教育毛入学率: an item that names no measure takes the last item's rate
    rate_of_last = re.search(r"毛?[\u4e00-\u9fff]{1,2}率$", last) if len(items) > 2 and i < len(items) - 1 else None
    if rate_of_last and not re.search(rf"(?:{_alt('metric_measure_ends.txt')})$", own) and 2 <= len(own) <= 6 and all(x.endswith("率") for x in items[:i]):
        return own + rate_of_last.group(0)
    # 全国和自由贸易试验区负面清单条数: a whole scope and a zone share what follows the zone's name
    zone = re.match(r"[\u4e00-\u9fff]{2,8}?(?:试验区|开发区|新区|园区|示范区)(?=[\u4e00-\u9fff]{2,})", last) if len(items) == 2 else None
    if zone and i == 0 and first in ("全国", "全省", "全市", "全区"):
        return _CHANGE_TAIL.sub("", first + last[zone.end() :]) or ""
    if len(own) == 1 and len(last) >= 4 and own != last[0] and last[1:2] in ("等", "学", "级", "型"):
        return _CHANGE_TAIL.sub("", own + last[1:]) or ""  # 中、高等职业教育在校生 → 中等职业教育在校生; 大、中、小学 → 大学
    tail = ""
    width = len(items[0])
    # (never inside a word: 化学需氧量、二氧化硫排放总量 does not share 放总量)
    freq = tokenizer().FREQ
    whole_word = width in boundaries(last) or (
        width == 2 and bool(freq.get(last[:2])) and bool(freq.get(last[2:4])) and not freq.get(last[:3])
        and (not freq.get(last[:4]) or pos_tags(last[:2])[0][1] not in ("a", "ad", "v", "d"))
    )  # 城镇、农村居民人均可支配收入: 农村居民 is one jieba word made of two (not 全国、自由贸易试验区…: 自由 is no 全国)
    # (制造业、普惠小微贷款余额: the last item must open with a word like the first's, 一产、二产、三产增加值)
    cut_at = sorted(boundaries(last))
    # (制造业、普惠小微贷款余额: 普惠小 ends on a one-character word — the last item does not open like the first)
    parallel = whole_word and not (width > 2 and width in cut_at and width - 1 in cut_at)
    if width <= 4 and all(len(x) == width for x in items[:-1]) and len(last) >= width + 2 and (len(items) > 2 or whole_word):
        measure = re.search(_MEASURE_HEADS, last[width:]) or re.search(r"[率量数额值积价比速件间准]$", last[width:])
        # 省外游客、入境过夜游客人次: no 游客游客人次; 国际友城和外国驻穗总领馆: two things, no shared measure
        if not last[width:].startswith(items[0][-2:]) and (len(items) > 2 or measure) and parallel:
            tail = last[width:]  # 一产、二产、三产增加值: the earlier items share the last one's head noun
    if not tail and len(items) > 1:
        # 新能源汽车、智能家电、智能手机限上零售额: the last item's words after its own, when they name a measure
        # the cut where the last item's own words are as long as the others', else its shortest measure noun
        others = sorted(len(x) for x in [first, *items[1:-1]])
        # 新一代信息技术、新能源、输变电装备产业产值: the sector noun and the measure are the shared part
        sector = _PICK_MEASURES.search(last)
        inner = sorted(i for i in boundaries(last) if 0 < i < len(last))
        typical = others[(len(others) - 1) // 2]
        cuts = [typical] if typical in inner else [i for i in reversed(inner)]
        measured = re.search(_MEASURE_HEADS, items[0]) or re.search(r"[量数额率值耗次]$", items[0])
        for cut in cuts:
            # (文化及相关产业、旅游及相关产业增加值占地区生产总值比重; 农村自来水、卫生户厕普及率)
            if (re.search(_MEASURE_HEADS, last[cut:]) or re.search(r"(?:比重|占比|比例)$", last[cut:])
                    or re.fullmatch(r"[\u4e00-\u9fff]{1,3}率", last[cut:])) and not measured:
                tail = last[cut:]
                break
        if sector and sector.start() >= 2 and not measured and (not tail or len(tail) > len(sector.group(0))):
            tail = sector.group(0)
        # 专项产业基金、新增能耗、新增工业用地支持民间投资项目比重: what the share is of goes to every item
        share = re.search(r"(?:支持|用于|投向|投入|流向)[\u4e00-\u9fff]{2,14}(?:比重|比例|占比)$", last)
        if share and share.start() >= 2 and not measured:
            tail = share.group(0)
    grade = last.find("级")
    if not tail and 0 < grade < len(last) - 2 and all(x.endswith("级") for x in [first, *items[1:-1]]):
        tail = last[grade + 1 :]  # 国家级、部级创新平台分别达到22家、182家: the grades share the noun after the last
    industry = re.search(_MEASURE_HEADS, last) if tail else None
    if industry and all(x.endswith("业") for x in [first, *items[1:-1]]) and (last[: industry.start()].endswith("业") or i < len(items) - 1):
        tail = last[industry.start() :]  # 金融业、软件和信息服务业增加值: industries share only the measure
    if own is last and tail:
        own = last[: len(last) - len(tail)]
    tail = tail.removeprefix("等")  # 食品、石化、医药等产业增加值分别增长…: each item is one industry, no 等
    # 农村供电可靠率、自来水普及率分别达99.9%、94.5%: a measure after the first item has the scope it opened with
    scope = _list_scope(items[0], own, 4) if i > 0 else None
    if scope and len(items[0]) <= scope.end() + 1:
        scope = None  # (the first item is more than its scope)
    # 入境游客数量和花费: the first item's modifier before its measure noun is the others' too;
    # 每千人托位、养老床位数: so is a per-head base
    modifier = _COUNT_MEASURES.match(items[0])
    base = re.match(rf"每(?:[十百千万]|十万)人口?(?:拥有)?|(?:{_alt('metric_per_unit_heads.txt')})(?=..)", items[0])  # (单位国内生产总值能耗和二氧化碳排放)
    measured_first = re.search(rf"(?:营业收入|主营业务收入|起数|件数|{_BARE_MEASURES})$", items[0]) if i > 0 and re.fullmatch(
        rf"(?:{_BARE_MEASURES})(?:总额)?|(?:死亡|受伤|遇难|失踪)人数|直接经济损失", own) else None  # (事故起数、死亡人数)
    owner = items[0][: measured_first.start()] if measured_first else ""
    if i > 0 and len(own) <= 3 and modifier and own not in modifier.group(1):
        own = modifier.group(1) + own
    elif len(owner) >= 2 and pos_tags(owner)[-1][1].startswith("n") and not own.startswith(owner):
        own = owner + own  # 省属企业营业收入、利润分别增长…: whose profit
    elif i > 0 and base and not own.startswith(("每", base.group(0))) and not (base.group(0)[0] != "每" and own.endswith("强度")):  # (排放强度 is per unit already)
        own = base.group(0) + own
    whole = _PICK_SCOPES.sub("", prefix) + own + tail
    if scope and not whole.startswith(scope.group(0)):
        whole = scope.group(0) + whole
    whole = re.sub(r"[从由](?:上年|去年|前年|上一年|前三年)的?$", "", whole)
    if whole.count("“") != whole.count("”"):
        # 对东盟、共建“一带一路”国家进出口总额: a tail cut inside a quote; share what follows the last item's name
        named = re.search(r"(?:国家|地区|省份|城市)(?=[\u4e00-\u9fff]{2,})", last)
        whole = own + last[named.end() :] if named and i < len(items) - 1 else last if i == len(items) - 1 else own
    return _CHANGE_TAIL.sub("", whole) or ""


# the change a subject of a rate was given (地区生产总值增长): not part of the thing itself
_GROWTH_SUFFIX = re.compile(rf"(?<=..)(?:{_RATE_CHANGES})$")
_BARE_MEASURES = rf"(?:年度|全年)?(?:产量|总产量)|总产|单产|面积|总额|收入|(?:计划)?总投资额?|年度(?:计划)?投资|{_alt('metric_bare_measures.txt')}"
_MEASURE_HEADS = (
    rf"(?:{_alt('metric_measure_heads.txt')})$"
)


def _runs(s: str, lo: int, hi: int) -> list[list[re.Match[str]]]:
    """The figures of s[lo:hi] in runs: figures joined by 、, 和 or 及 (800公里、600公里和300公里) form one."""
    runs: list[list[re.Match[str]]] = []
    for m in _number_rx().finditer(s, lo, hi):
        if runs and s[runs[-1][-1].end() : m.start()] in ("、", "和", "及"):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


_RUN_VERBS = re.compile(_alt("metric_run_verbs.txt"))
_RUN_COMPARISONS = re.compile(rf"^(?:{_alt('metric_run_comparisons.txt')})+")


def _figure_run(s: str, clause_start: int, a: int, prior: list[tuple[int, str]] | None = None) -> str:
    """改造老旧供热、燃气、排水管网800公里、600公里、300公里: a list of n items and a run of n figures
    (a 分别 left unsaid) give the item in this figure's place."""
    run = next(iter(_runs(s, clause_start, _clause_end(s, a))), [])
    starts = [m.start() for m in run]
    if len(run) < 2 or a not in starts:
        return ""
    lead = _LEAD_VERB.sub("", s[clause_start : starts[0]])
    items = [x for x in _ITEM_SPLIT.split(lead) if x]
    if len(items) > len(run) and len([x for x in lead.split("、") if x]) == len(run):
        items = [x for x in lead.split("、") if x]  # 金融业、软件和信息服务业增加值分别增长…: 和 inside an item
    if len(items) == 1 and not _RUN_VERBS.search(lead):
        # 城乡居民人均可支配收入年均增长5.3%、8.1%: one compressed item for the run (进出口总额接连突破8万亿元、
        # 9万亿元 is one thing passing two marks)
        items = _expanded(_CHANGE_TAIL.sub("", items[0]), len(run)) or items
    if len(items) == len(run):
        return _pick(items, starts.index(a))
    # …分别为774亿元、536亿元…，比上年增长29.2%、39.4%…: a run after words of change alone goes
    # through what the figures before it counted
    if not _CHANGE_TAIL.sub("", _RUN_COMPARISONS.sub("", lead)):
        return _carried(s, clause_start, len(run), starts.index(a), prior or [])
    return ""


def _counted_part(noun: str) -> str:
    """31个省份本级公务接待费 → 省份; 1万名乡村医生线下培训 → 乡村医生; 11个能源重点领域项目投资 →
    能源重点领域项目: a classifier counts the thing, not an attribute of it (metric_attribute_tails.tsv)."""
    roles = table("metric_attribute_tails.tsv")
    pollutant = re.search(r"(?<=..)(?:细颗粒物|PM2\.5|PM10|空气质量(?=“))", noun)  # (168个重点城市空气质量“后十位”)
    if pollutant:
        return noun[: pollutant.start()]  # 74个重点城市细颗粒物（PM2.5）平均浓度: the cities whose air is measured
    if not any(noun.endswith(w) for w, r in roles.items() if r == "attribute"):
        return noun
    rate = next((w for w, r in roles.items() if r == "attribute" and w.endswith("率") and noun.endswith(w)), "")
    if rate and len(noun) - len(rate) >= 2:
        return noun[: -len(rate)]  # 22条重点入黄排水沟整治率达100%: the rate is of the ditches counted
    parts = [w for w, _ in pos_tags(noun)]
    for i in range(1, len(parts)):
        if any(parts[i].startswith(w) for w, r in roles.items() if r == "modifier"):
            head = "".join(parts[:i])
            if pos_tags(head)[-1][1] == "v":
                break  # (20所普通高中改善办学条件: a predicate before the modifier; the noun stays whole)
            return head if len(head) >= 2 else noun
    if len(parts) >= 2 and roles.get(parts[-1]) == "attribute" and (pos_tags(noun)[-2][1].startswith("n") or parts[-2] == "）"):
        head = "".join(parts[:-1])  # (为2.15万名劳动者追回工资: 追回 is no noun, the whole stays)
        return head if len(head) >= 2 else noun
    # 27万名学前一年幼儿保教费: an attribute the segmenter splits (保/教/费) still ends at a word's end
    cut = [len(noun) - len(w) for w, r in roles.items() if r == "attribute" and len(w) >= 3 and noun.endswith(w)]
    ends = set(itertools.accumulate(len(p) for p in parts))
    for at in sorted(cut):
        if at >= 2 and at in ends and pos_tags(noun[:at])[-1][1].startswith("n"):
            return noun[:at]
    return noun


def _respective(s: str, a: int) -> tuple[int, list[re.Match[str]], list[str]] | None:
    """A list before 分别 and the run of figures after it that holds ``a``: (where 分别 is, the run's
    figures, the items — one compressed item expanded to as many as the figures), or None."""
    clause_start = _clause_start(s, a)
    k = s.find("分别", clause_start, a)
    run = next(iter(_runs(s, k, _clause_end(s, a))), []) if k >= 0 else []
    if len(run) < 2 or a not in [m.start() for m in run]:
        return None
    items = [x for x in _ITEM_SPLIT.split(_LEAD_VERB.sub("", s[clause_start:k])) if x]
    if len(items) == 1:
        items = _expanded(items[0], len(run)) or items
    return k, run, items


def _done_listed(s: str, a: int) -> str:
    """煤炭、电解铝分别淘汰落后生产能力1.1亿吨和120万吨 → 煤炭淘汰落后生产能力: the list before 分别
    names whose, the verb and noun between 分别 and the figures what was measured."""
    listed = _respective(s, a)
    if not listed:
        return ""
    k, run, items = listed
    starts = [m.start() for m in run]
    done = s[k + 2 : starts[0]]
    tags = pos_tags(done) if 3 <= len(done) <= 14 and not re.search(r"[\d，、]", done) else ()
    if not tags or tags[0][1] != "v" or not tags[-1][1].startswith("n") or _CHANGE_VERB.fullmatch(tags[0][0]):
        return ""  # (分别增长…: changes go through the list rules)
    if len(items) != len(starts) or any(len(x) > 10 for x in items):
        return ""
    return items[starts.index(a)] + done


def _actors_listed(s: str, a: int, unit: str) -> str:
    """省市人大分别设立21个、587个立法联系点 → 省人大设立的立法联系点, 市人大设立的立法联系点: the
    list before 分别 names who did it, the noun after the figures what they counted."""
    listed = _respective(s, a) if unit in _COUNTERS else None
    if not listed:
        return ""
    k, run, items = listed
    starts = [m.start() for m in run]
    verb = s[k + 2 : starts[0]]
    noun = re.match(r"(?:[\u4e00-\u9fff]|“[^”]{1,12}”){2,12}(?=[，。；]|$)", s[run[-1].end() :])
    if not noun or not re.fullmatch(r"[\u4e00-\u9fff]{1,4}", verb):
        return ""
    if pos_tags(verb)[0][1] != "v" and not _LEAD_VERB.fullmatch(verb):
        return ""
    if len(items) != len(starts):
        return ""
    return f"{items[starts.index(a)]}{verb}的{noun.group(0)}"


def _from_to_listed(s: str, clause_start: int, a: int) -> str:
    """城乡居民人均可支配收入从46503元和16935元分别提高到58794元和23184元: each run of figures after
    从/由 goes through the list the clause names before it."""
    end = _clause_end(s, a)
    lead = re.match(r"([^，。；]{2,30}?)[从由](?=(?:\d{4}年(?:底|末)?的?)?(?:上年|去年|前年|每人每[年月]|每[年月]|人均|平均|不到|约|近)*的?\d)(?=[^，。；]*分别)", s[clause_start:end])
    if not lead or a < clause_start + lead.end():
        return ""
    runs = [[m.start() for m in r] for r in _runs(s, clause_start + lead.end(), end)]
    run = next((r for r in runs if a in r), [])
    if len(run) < 2:
        return ""
    items = [x for x in _ITEM_SPLIT.split(_LEAD_VERB.sub("", lead.group(1))) if x]
    if len(items) == 1:
        items = _expanded(items[0], len(run)) or items
    return _pick(items, run.index(a)) if len(items) == len(run) else ""


_CARRIED_WORDS = re.compile(rf"[\u4e00-\u9fff、和]{{4,30}}?(?=近年来|首次|出现|比上年|同比|(?<![人户平])均|{_alt('metric_carried_words.txt')}|[，。；]|$)")


def _carried(s: str, clause_start: int, n: int, i: int, prior: list[tuple[int, str]]) -> str:
    """Figure ``i`` of a run of ``n`` in a clause that names nothing of its own (同比分别上升6.3%、7.2%):
    the subjects of the last ``n`` figures before the clause, or else the list that opens the previous
    clause (化学需氧量、二氧化硫排放总量首次出现双下降，比上年分别下降3.14%和4.66%)."""
    prev_start = _prev_clause_start(s, clause_start)
    listed = _CARRIED_WORDS.match(s[prev_start : clause_start - 1])
    items = [x for x in _ITEM_SPLIT.split(listed.group(0)) if x] if listed else []
    # 万亿产业、国家先进制造业集群从无到有，分别达2个、3个: a list in the previous clause, with no
    # figure of its own, is what the run counts
    if len(items) == n and not re.search(r"\d", s[prev_start:clause_start]):
        return _pick(items, i)
    before = [x for at, x in prior if at < clause_start]
    if len(before) >= n:
        return before[len(before) - n + i]
    return _pick(items, i) if len(items) == n else ""


def _nearest_word_end(text: str, at: int) -> int:
    """The jieba word boundary of ``text`` nearest to ``at`` (never 0 or the whole length)."""
    inner = [i for i in boundaries(text) if 0 < i < len(text)]
    return min(inner, key=lambda i: (abs(i - at), i)) if inner else at
