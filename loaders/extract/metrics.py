"""Metrics: figures written with Arabic digits, with unit, what they count, qualifier and kind.

1.78万件 → 17800 件; 81.3% → 81.3 %; 50余个 → 50 个 about; 20个以上 → 20 个 at_least.
Programme numbers ("33618", "1+10"), years, dates, ordinals (第32届) and numbers inside names are
not metrics.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from kg.model import Metric

from ..lexicon import words
from .context import Context, Span

_MULT = {"万亿": 10**12, "千亿": 10**11, "亿": 10**8, "千万": 10**7, "百万": 10**6, "万": 10**4, "千": 10**3, "百": 10**2}
_ABOUT_BEFORE = re.compile(r"(?:约|大约|近|接近|将近|大概)$")
_LEAST_BEFORE = re.compile(r"(?:超过|超|逾|突破|不少于|不低于|至少|高于)$")
_MOST_BEFORE = re.compile(r"(?:不超过|不高于|控制在|低于|少于)$")
_TARGET_CUE = re.compile(r"目标|力争|确保|预期|争取|达到|以上|左右|控制在|不低于|不超过|实现|拟|计划|将")


@cache
def _number_rx() -> re.Pattern[str]:
    units = "|".join(re.escape(u) for u in words("measure_words.txt"))
    return re.compile(
        r"(?<![\d.A-Za-z第+“])"
        r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)"
        r"(?:\s*(?:—|-|~|～|至|到)\s*(?P<upper>\d+(?:\.\d+)?)(?P<umult>万亿|千亿|亿|千万|百万|万|千)?(?:%)?)?"
        r"(?P<mult>万亿|千亿|亿|千万|百万|万|千)?"
        r"(?P<approx>余|多)?"
        rf"(?P<unit>(?:{units})(?:/(?:百亿元|亿元|万元|元|立方米|平方米|人|吨|千瓦时|公里|年|天))?)"
        r"(?P<after>以上|以下|以内|左右|上下)?"
    )


def find(ctx: Context, span: Span) -> list[Metric]:
    s = span.norm
    out = []
    for m in _number_rx().finditer(s):
        a, b = m.start(), m.end()
        if _excluded(s, a, b, m):
            continue
        value = _scaled(m.group("num").replace(",", ""), m.group("mult"))
        upper = None
        if m.group("upper"):
            upper = _scaled(m.group("upper"), m.group("umult") or m.group("mult"))
        unit = m.group("unit")
        before = s[max(0, a - 4) : a]
        qualifier = "exact"
        after = m.group("after") or ""
        estimated = re.search(r"预计[^，。；]{0,8}$", s[max(0, a - 10) : a])  # 全年预计实现9527元: an estimate
        if m.group("approx") == "余" or after in ("左右", "上下") or _ABOUT_BEFORE.search(before) or estimated:
            qualifier = "about"
        elif m.group("approx") == "多" or after == "以上" or _LEAST_BEFORE.search(before):
            qualifier = "at_least"
        elif after in ("以下", "以内") or _MOST_BEFORE.search(before):
            qualifier = "at_most"
        period = span.period
        kind = "target" if period == "plan" and _is_target(s, a) else "actual"
        subject, text_a, text_b = _subject(s, a, b, span)
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
    for m in re.finditer(r"(?:连续|历时|持续)(\d{1,3})年", s):
        out.append(
            Metric(
                id=f"{ctx.report_id}/metric/{span.start + m.start(1)}",
                text=span.sentence.text[m.start() : m.end()],
                value=float(m.group(1)),
                unit="年",
                subject=m.group(0),
                kind="target" if span.period == "plan" else "actual",
                period=span.period,  # type: ignore[arg-type]
                year=ctx.year_of(span.period),
                years=ctx.years_of(span),
                evidence=ctx.evidence_for(span),
            )
        )
    ctx.metrics.extend(out)
    return out


def _scaled(num: str, mult: str | None) -> float:
    """4398.6 with 亿 → 439860000000 exactly (decimal arithmetic, no float noise)."""
    v = Decimal(num) * Decimal(_MULT.get(mult or "", 1))
    return float(int(v)) if v == v.to_integral_value() else float(v)


def _excluded(s: str, a: int, b: int, m: re.Match[str]) -> bool:
    unit = m.group("unit")
    nxt = s[b : b + 1]
    prev = s[a - 1 : a] if a else ""
    num = m.group("num")
    # inside quotes: a programme number ("33618", "1+10") or a slogan
    if prev == "“" or (prev and prev in "+") or s[m.end("num") : m.end("num") + 1] in ("+", "”"):
        return True
    # ordinals and sessions
    if prev == "第" or s[max(0, a - 2) : a] in ("第", "排第"):
        return True
    # years and dates: 2025年, 1月, 29日 are not in the unit list; 4-digit years before 年 are caught there
    if re.match(r"\d{4}$", num) and unit in ("年",):
        return True
    # a unit that is the first character of a longer word: 5个场景 is fine, 1家 of 1家子? keep; 次 of 次年?
    if unit == "届" and prev != "":
        return True
    if unit in ("个", "项", "次", "名", "位") and nxt and re.match(r"[月日时]", nxt):
        return True
    # numbers glued to Latin letters (5G, G20) or inside codes
    if re.match(r"[A-Za-z]", nxt) and unit not in ("%",):
        return True
    return False


def _is_target(s: str, a: int) -> bool:
    clause_start = max(s.rfind(c, 0, a) for c in "，。；！？") + 1
    return not re.search(r"已|累计|去年|上年|比上年", s[clause_start:a]) or bool(_TARGET_CUE.search(s[clause_start:a]))


_LEAD_VERB = re.compile(
    r"^(?:常委会|本会|我们)?(?:(?:通过|审查批准|批准|听取审议|听取|审议|开展|组织|举办|召开|制定|修改|修订|打造|建成|完成|办结|"
    r"主动审查|专项审查|集中清理|实现|引进|新建|改造|推动|参加|邀请|任免|接待|出台|拟|安排|发行|废止|清理)"
    r"(?:和|、|及)?)+"
)


_CHANGE_TAIL = re.compile(
    r"(?:比上年|同比|年均|分别|累计|共计|共|约|近|超过|超|逾|达到|达|为|是|突破|增长到|增加到|提高到|提升到|提升至|增至|降至|降到|"
    r"下降到|减少到|上升到|扩大到|缩小到|控制在|保持在|稳定在|增长|增加|下降|提高|提升|减少|降低|上升|扩大|缩小|以上|已有|已|再|"
    r"首次|首破|再创|持续|全部|均|实现|完成|拟定|拟|要|将|设置了|设置|每)+$"
)
_FROM_TO = re.compile(r"[从由][\d.,]+(?:万亿|亿|万|千)?[^\u4e00-\u9fff，。；]{0,3}[\u4e00-\u9fff]{0,3}?(?:到|至)?$")


def _subject(s: str, a: int, b: int, span: Span) -> tuple[str, int, int]:
    """What the figure counts, and the span of text that carries figure and subject.

    1028个代表之家 → 代表之家 (the noun after the unit); 通过地方性法规26件 → 地方性法规 (the noun
    before the number, without the verb of change: 固定资产投资增长5% → 固定资产投资); A、B分别增长
    x、y → A for x and B for y; 从x提高到y → the noun before 从; a clause that starts with the change
    (…，达到11.67万亿元) → the noun that opens the sentence's previous clause.
    """
    # noun after the unit, up to a boundary word or punctuation
    tail = re.match(r"[\u4e00-\u9fff]{1,14}", s[b:])
    after = ""
    if tail:
        t = tail.group(0)
        cut = re.search(r"[，。；]|全部|均|已|的|参加|获|被|转|纳入|和|、|分别|增长|增至|增加|下降|降至|提高|提升|同比|比上年|"
                        r"为引领|加快|建成|开工|通车|如期|首次|实现|达到", t)
        after = t[: cut.start()] if cut else t
    if after and not re.match(r"^(?:以上|以下|左右|以内)", after) and len(after) >= 2:
        return after, a, b + len(after)
    # 长达4000公里的西气东输管道: a measure word before the figure, the thing after 的
    if re.search(r"(?:^|[，、；])[\u4e00-\u9fff]?(?:长|高|宽|深|重)达?$", s[max(0, a - 4) : a]) and s[b : b + 1] == "的":
        thing = re.match(r"[\u4e00-\u9fff]{2,12}?(?=全线|贯通|并|建成|投入|正式|[，。；、]|$)", s[b + 1 :])
        if thing:
            return thing.group(0), a, b + 1 + len(thing.group(0))
    clause_start = max(s.rfind(c, 0, a) for c in "，。；：！？（") + 1
    listed = _listed(s, clause_start, a)
    if listed:
        return listed, clause_start, b
    head_start = max(clause_start, s.rfind("、", 0, a) + 1)
    # 制定、修改、废止地方性法规14件: the verbs of a list share the object
    if head_start > clause_start and not _LEAD_VERB.sub("", s[clause_start:head_start]):
        head_start = clause_start
    head = s[head_start:a]
    # 从1997年的2.73万亿元增加到2002年的…: the noun before 从, for both figures
    head = re.sub(r"(?:[从由][^，。；从由]{0,24}?(?:到|至)|[从由](?:\d{4}年的?)?)(?:\d{4}年的?)?$", "", _FROM_TO.sub("", head))
    head = _CHANGE_TAIL.sub("", head)
    # 比“八五”时期增长79.6%, 比上年预算减少198亿元: a comparison names no subject of its own
    head = re.sub(r"比(?![重例率])[^，。；]{1,24}$", "", head)
    head = re.sub(r"^(?:全年|全市|全省|全区|全国|其中|共|累计|力争|确保|争取|预计|每年可使|今年|再|和|及|与|以及)+", "", head)
    # 通过地方性法规26件: the verb is not part of what is counted; 审议法律草案20件，通过14件: a verb
    # alone counts what the previous clause named
    bare_verb = bool(head) and not _LEAD_VERB.sub("", head)
    head = _LEAD_VERB.sub("", head)
    head = _CHANGE_TAIL.sub("", head)
    if bare_verb and head_start == clause_start:
        prev_start = max(s.rfind(c, 0, max(0, clause_start - 1)) for c in "，。；：！？") + 1
        prev = _LEAD_VERB.sub("", s[prev_start : max(prev_start, clause_start - 1)])
        m = re.match(r"[\u4e00-\u9fff“”]{2,14}?(?=\d)", prev)
        return (m.group(0) if m else ""), a, b
    if not head:
        # …，达到11.67万亿元: the noun that opens the previous clause
        if head_start > clause_start:  # 地区生产总值突破3万亿元、年均增长4.7%: the clause's first noun
            prev_start, prev = clause_start, s[clause_start:head_start]
        else:
            prev_start = max(s.rfind(c, 0, max(0, clause_start - 1)) for c in "，。；：！？") + 1
            prev = s[prev_start : max(prev_start, clause_start - 1)]
        m = re.match(r"[\u4e00-\u9fff]{2,14}?(?=比上年|同比|年均|增长|增加|下降|达到|突破|超过|[\d])", prev)
        head = m.group(0) if m else ""
        head = _LEAD_VERB.sub("", head) or head
        return head, a, b
    if len(head) > 24:
        at = s.rfind(head, head_start, a)  # where the subject sits in the sentence (its tail may have been cut)
        head = _word_tail(head, at if at >= 0 else a - len(head), span)
    at = s.rfind(head, head_start, a) if head else -1  # the subject's own place (its tail may have been cut)
    return head, at if at >= 0 else max(head_start, a - len(head)), b


def _word_tail(head: str, at: int, span: Span) -> str:
    """The last words of a long subject, cut at a word boundary (never inside a word)."""
    bounds = span.bounds
    base = span.start
    for i in range(len(head) - 24, len(head) - 1):
        if (base + at + i in bounds or head[i - 1 : i] in "的和及与") and head[i] not in "年月日的和及与、":
            return head[i:]
    return head


def _listed(s: str, clause_start: int, a: int) -> str:
    """A、B分别增长5%、3%: the item of the list that holds this figure's place."""
    clause = s[clause_start:a]
    k = clause.find("分别")
    if k < 0:
        return ""
    items = [x for x in re.split(r"[、和及与]", _LEAD_VERB.sub("", clause[:k])) if x]
    end = min((i for i in (s.find(c, a) for c in "，。；") if i >= 0), default=len(s))
    figures = [m.start() for m in _number_rx().finditer(s, clause_start + k, end)]
    if len(items) < 2 or len(items) != len(figures) or a not in figures:
        # 城乡低保标准分别提高48%、45.5%: the list is inside one name; the whole names what is counted
        whole = _CHANGE_TAIL.sub("", _LEAD_VERB.sub("", clause[:k]))
        whole = re.sub(r"^比(?![重例率]).*", "", whole)  # 比上一个五年分别上升…: a comparison, no subject
        return whole if 2 <= len(whole) <= 14 else ""
    item = items[figures.index(a)]
    # 一产、二产、三产增加值分别增长…: the earlier items share the last one's head noun
    width = len(items[0])
    if item is not items[-1] and all(len(x) == width for x in items[:-1]) and len(items[-1]) >= width + 2:
        item = item + items[-1][width:]
    return _CHANGE_TAIL.sub("", item) or ""
