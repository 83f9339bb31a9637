"""Laws, decisions and what is done to them.

A law is found by its suffix (条例, 法, 实施办法, 规定, 办法 …) and grown leftwards to the nearest
jieba word boundary that holds a verb or function word of the genre (制定, 开展, 审查批准, 等 …), a
punctuation mark or a list separator. Its action is read from the verb that governs the clause
(制定 → enacted, 修订 → revised …) and from what follows it (…执法检查 → inspected).
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass
from functools import cache

from kg import ids
from kg.model import Decision, Law

from ..lexicon import alternation, jurisdiction, table, words
from ..lexicon import alternation_in_order as _alt
from . import regex as re  # re's functions over a larger cache of compiled patterns
from .context import Context, Span, simplified
from .segment import stop_ends, trim_left

_SUFFIX = re.compile(_alt("law_suffixes.txt"))
# after 法, only these may follow for it to be a law's name (not 法律, 法治, 法院, 法规 …)
_AFTER_FA = set("、，。；：！？”》）) \n") | set(words("law_fa_followers.txt")) | {""}
_AFTER_FA_BAD = re.compile(rf"规(?!定)|{_alt('law_fa_continuations.txt')}")
_NAME_CHARS = re.compile(r"[\u4e00-\u9fff“”（）·0-9A-Za-z]")
_PAIR = re.compile(r"([\u4e00-\u9fff]{2,12})“?一法一(?:条例|办法|规定)”?")
_QUOTED = re.compile(r"《([^《》]{2,60})》")
_LIST_SEP = set("、和及与")
_CITY = re.compile(rf"^[\u4e00-\u9fff]{{2,4}}?(?:市|州|盟)(?!{_alt('law_city_continuations.txt')})")
_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,12}?(?:自治州|自治县|自治旗)")


@dataclass
class Mention:
    id: str
    kind: str  # law | decision
    start: int
    end: int
    action: str


def find(ctx: Context, span: Span) -> list[Mention]:
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    s = span.norm
    base = span.start

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for m in _QUOTED.finditer(s):
        inner = m.group(1)
        # 《中华人民共和国企业所得税法（草案）》: the draft of a law is that law, under review
        draft = re.search(r"(?:（(?:修订|修正)?草案[^）]{0,12}）|(?:修订|修正)?草案)$", inner)
        if draft and _SUFFIX.search(inner[: draft.start()][-5:]):
            inner = inner[: draft.start()]
        # 全面施行《民营经济促进法》及我省《实施办法》: a bare 《实施办法》 after a quoted national law is the
        # place's measure implementing that law
        cited = _OWN_MEASURE_AFTER.search(s, 0, m.start()) if inner in ("实施办法", "实施细则", "实施条例") else None
        if cited and ctx.doc.jurisdiction not in ("", "中华人民共和国"):
            law_name = re.sub(r"^(?:中华人民共和国|中華人民共和國)", "", cited.group("law"))
            law = _law(ctx, law_name + inner, quoted=True, rule="law.quoted_measure")
            if law is not None:
                out.append(_mention(ctx, span, law, m.start(1), m.end(1)))
                taken.append((m.start(), m.end()))
            continue
        # 推动出台《中华人民共和国青藏高原生态保护法》实施办法: the place's measure implementing the law quoted
        measure = re.match(r"实施办法|实施细则|办法(?![\u4e00-\u9fff]{0,2}(?:和|、))", s[m.end() :]) if inner.endswith("法") and not draft else None
        if measure and ctx.doc.jurisdiction not in ("", "中华人民共和国"):
            written = span.original(inner, m.start(1)) + span.original(measure.group(0), m.end())
            law = _law(ctx, re.sub(r"^(?:中华人民共和国|中華人民共和國)", "", written), quoted=True, rule="law.quoted_measure")
            if law is not None:
                law.name = written
                out.append(_mention(ctx, span, law, m.start(1), m.end() + measure.end()))
                taken.append((m.start(), m.end() + measure.end()))
            continue
        if re.search(r"(?:决定|决议)$", inner):
            if not _government_decision(s, m.start(1)):
                out.append(_decision(ctx, span, inner, m.start(1), m.end(1)))
            taken.append((m.start(), m.end()))
        elif _SUFFIX.search(inner[-5:]) and not inner.endswith(tuple(words("internal_rules.txt"))):
            law = _law(ctx, span.original(inner, m.start(1)), quoted=True, rule="law.quoted")
            if law is not None:
                out.append(_mention(ctx, span, law, m.start(1), m.end(1)))
                taken.append((m.start(), m.end()))
    for m in _PAIR.finditer(s) if "一法一" in s else ():  # (a scan that opens with a run of characters is slow)
        topic = trim_left(s, m.start(1), m.end(1), span.bounds, base)
        if not topic:
            continue
        name = topic + "法"
        law = _law(ctx, name, quoted=False, pair=True, rule="law.pair")
        if law is not None:
            start = m.end(1) - len(topic)
            out.append(_mention(ctx, span, law, start, m.end()))
            taken.append((start, m.end()))
    for m in _SUFFIX.finditer(s):
        a, b = m.start(), m.end()
        if not free(a, b):
            continue
        suffix = m.group(0)
        nxt = s[b : b + 1]
        # (维护宪法权威, 宪法尊严, 新修订的环境保护法必须严格执行, 按照…基本法办事: a national law's own name stands
        # whatever follows it, bar 法律, 法规, 法典, 法学, 法治, 法制)
        if (suffix == "法" and (nxt not in _AFTER_FA or _AFTER_FA_BAD.match(nxt))
                and (nxt in _KNOWN_LAW_BAD_NEXT or not any(s[max(0, b - k) : b] in _national_names() for k in range(2, 16)))):
            continue
        if suffix == "法" and s[b : b + 2] in ("规定", "规范"):
            continue
        # 实施水法、渔业法办法: 水法 is an item of a list of implementing measures, not the law cited
        if suffix == "法" and "实施" in s[max(0, a - 12) : a] and re.match(r"[、和及与][\u4e00-\u9fff、]{1,30}?法办法", s[b:]):
            continue
        name = _grow_left(s, a, b, span.bounds, base)
        if name is None:
            continue
        # 制定实施香港特别行政区维护国家安全法: a national law's whole name, a stop word (维护) inside it or not
        known = next((s[b - k : b] for k in range(min(b, 30), len(name), -1) if s[b - k : b] in national_laws()), None)
        if known:
            name = known
        grown = name
        name = _known_tail(name)
        # 修订实施土地管理法办法, 落实实施民族区域自治法若干规定: 实施 belongs to the title of an implementing measure
        if suffix in ("法办法", "法若干规定") and s[b - len(name) - 2 : b - len(name)] == "实施":
            name = "实施" + name
        # 推进城市更新条例实施: 推进 is the verb when the law's implementation follows
        if re.match(r"(?:推进|推动|促进)", name) and re.match(r"(?:的)?(?:贯彻)?(?:实施|落实|执行)", s[b:]):
            name = name[2:]
        start = b - len(name)
        verb = _governing_verb(_masked(s, taken), start)
        if not _is_law_name(name, suffix, verb):
            continue
        elided = _elided(s, start, suffix)
        if suffix == "法办法" and elided and elided[0][0].startswith("实施") and not name.startswith("实施"):
            name = "实施" + name  # 修改实施水法、渔业法办法: 实施 and 办法 are shared by the list
        law = _law(ctx, span.original(name, b - len(name)) if not name.startswith("实施") or s[start - 2 : start] == "实施"
                   else "实施" + span.original(name[2:], start), quoted=False,
                   rule="law.lexicon" if name != grown or name in national_laws() else "law.suffix")
        if law is None:
            continue
        out.append(_mention(ctx, span, law, start, b, taken))
        taken.append((start, b))
        for item, ia, ib in elided:
            shared = suffix[1:] if suffix == "法办法" else suffix
            written = span.original(item, ia) + span.original(shared, b - len(shared))
            if suffix == "法办法" and not written.startswith("实施"):
                written = "实施" + written
            if not _is_law_name(written, suffix, verb):
                continue
            item_law = _law(ctx, written, quoted=False, rule="law.elided")
            if item_law is not None:
                out.append(_mention(ctx, span, item_law, ia, ib, taken))
                taken.append((ia, ib))
    out += _listed_before_deng(ctx, span, taken)
    out += _basic_laws(ctx, span, taken)
    out += _decisions(ctx, span, taken)
    out.sort(key=lambda x: x.start)
    return out


_DENG_LIST = re.compile(r"(?P<items>[\u4e00-\u9fff]{2,14}(?:、[\u4e00-\u9fff]{2,14}){1,7})等(?P<suffix>条例|办法|规定)")


def _listed_before_deng(ctx: Context, span: Span, taken: list[tuple[int, int]]) -> list[Mention]:
    """制定实施优化营商环境、市场主体登记管理、促进个体工商户发展等条例: after a law-making verb, the items of a
    list before 等条例 share its suffix, each a title (优化营商环境条例 …)."""
    s = span.norm
    out: list[Mention] = []
    for m in _DENG_LIST.finditer(s) if "等" in s else ():
        if any(not (m.end() <= x or m.start() >= y) for x, y in taken):
            continue
        clause_start = _clause_start(s, m.start())
        verbs = list(re.finditer(alternation("law_verbs.tsv"), s[clause_start : m.end("items")]))
        first = verbs[0] if verbs else None
        # (the verb opens the list: 制定实施A、B等条例, not 推动A发展、B转型等条例 whose items are deeds)
        if first is None or table("law_verbs.tsv").get(first.group(0), "") not in _LEGISLATIVE or any(
                clause_start + v.start() >= m.start() for v in verbs[1:]):
            continue
        items_at = clause_start + first.end()
        pos = items_at
        for item in s[items_at : m.end("items")].split("、"):
            a, b = pos, pos + len(item)
            pos = b + 1
            written = span.original(item, a) + m.group("suffix")
            if not 2 <= len(item) <= 14 or not _is_law_name(written, m.group("suffix"), first.group(0)):
                continue
            law = _law(ctx, written, quoted=False, rule="law.elided")
            if law is not None:
                out.append(_mention(ctx, span, law, a, b, taken))
                taken.append((a, b))
        taken.append((m.start("items"), m.end()))
    return out


# (特别行政区基本法 on its own is both; 香港特别行政区基本法 is a name of its own)
_BASIC_LAW = re.compile(r"特别行政区基本法(?<!香港特别行政区基本法)(?<!澳门特别行政区基本法)|基(?<![政区]基)本法")  # the character before checked after the first (a scan tries a look-behind everywhere)
_BASIC_LAWS = {"香港": "香港特别行政区基本法", "澳门": "澳门特别行政区基本法"}


def _basic_laws(ctx: Context, span: Span, taken: list[tuple[int, int]]) -> list[Mention]:
    """基本法 alone, in a sentence or paragraph about 香港 and 澳门 (严格按照宪法和基本法办事), is their
    Basic Laws: each one its text names, both where it says 港澳 or names both."""
    s = span.norm
    out: list[Mention] = []
    for m in _BASIC_LAW.finditer(s):
        if any(not (m.end() <= x or m.start() >= y) for x, y in taken):
            continue
        near = ctx.norm[span.para.start : span.para.end]  # the sentence's paragraph, the sentence included
        places = [p for p in _BASIC_LAWS if p in near or "港澳" in near]
        for place in places:
            law = _law(ctx, national_laws().get(_BASIC_LAWS[place], _BASIC_LAWS[place]), quoted=False, rule="law.basic_law")
            if law is not None:
                out.append(_mention(ctx, span, law, m.start(), m.end(), taken))
        if places:
            taken.append((m.start(), m.end()))
    return out


# ---------------------------------------------------------------- names


def _grow_left(s: str, a: int, b: int, bounds: Container[int], base: int) -> str | None:
    """Grow a law name leftwards from its suffix at s[a:b]."""
    lo = max(0, a - 40)
    ends = stop_ends(s, lo, a, bounds, base)
    i = a
    while i > lo and _NAME_CHARS.match(s[i - 1]):
        # a stop word ending exactly here, on word boundaries, ends the name
        if i in ends:
            break
        # 和/及/与 between two laws is a list separator
        if s[i - 1] in _LIST_SEP and re.search(r"(?:条例|法|规定|办法)$", s[: i - 1]):
            break
        i -= 1
    # strip quotes and brackets left dangling at the start
    while i < a and s[i] in "”）)":
        i += 1
    name = s[i:b]
    if name.count("“") != name.count("”"):
        name = name.replace("“", "").replace("”", "")
    if name.startswith("（") and "）" not in name:
        name = name[1:]
    return name or None


# a list whose items share the last item's suffix: 制定燃气管理、反家庭暴力、无障碍环境建设条例 names three
# regulations; 修改实施水法、渔业法办法 two implementing measures. Only after a legislative verb.
_ELIDED_SUFFIXES = ("条例", "办法", "规定", "实施办法", "法办法")
_ITEM = re.compile(r"[\u4e00-\u9fff“”]{2,24}$")


def _elided(s: str, start: int, suffix: str) -> list[tuple[str, int, int]]:
    """The items (text, start, end) listed before the law at ``start`` that share its suffix."""
    if suffix not in _ELIDED_SUFFIXES or start < 3 or s[start - 1] not in "、和及与":
        return []
    items: list[tuple[str, int, int]] = []
    i = start
    while i > 0 and s[i - 1] in "、和及与":
        sep = i - 1
        m = _ITEM.search(s, max(0, sep - 24), sep)
        if not m:
            return []
        items.append((m.group(0), m.start(), sep))
        i = m.start()
        ends_law = re.search(r"(?:条例|规定|办法|决定|等)$", m.group(0)) or (
            suffix != "法办法" and m.group(0).endswith("法"))
        if ends_law or (suffix == "法办法" and not m.group(0).endswith("法")):
            return []
        # a list item holds no verb; the first one starts with the verb that governs the list
        # (实施 inside 实施X法办法 is part of the title)
        probe = re.sub(r"实施(?=[\u4e00-\u9fff]{1,10}法$)", "##", m.group(0)) if suffix == "法办法" else m.group(0)
        verbs = list(re.finditer(alternation("law_verbs.tsv"), probe))
        if verbs:
            v = verbs[-1]
            if table("law_verbs.tsv").get(v.group(0), "") not in _LEGISLATIVE or len(m.group(0)) - v.end() < 2:
                return []
            text = m.group(0)[v.end() :]
            items[-1] = (text, m.start() + v.end(), sep)
            items.reverse()
            return items if all(2 <= len(t) <= 14 and "、" not in t for t, _, _ in items) else []
        if len(m.group(0)) > 14:
            return []
    return []


def _known_tail(name: str) -> str:
    """The longest tail of a grown name that is a national law or regulation: 坚持用好宪法 → 宪法,
    认真落实公平竞争审查条例 → 公平竞争审查条例."""
    known = national_laws()
    for i in range(len(name) - 1):
        if name[i:] in known and (i == 0 or name.endswith("法") or len(name) - i >= 4):
            return name[i:]
    return name


@cache
def national_laws() -> dict[str, str]:
    """Short name → official title of the national laws (ontology/lexicon/national_laws.tsv). A State
    Council regulation titled with its issuer (国务院关于预防煤矿生产安全事故的特别规定, 国务院实施《中华人民共和国
    民族区域自治法》若干规定) is also found as reports name it: without 国务院, the quotes and the
    中华人民共和国 of the law it implements."""
    laws = {**table("national_laws.tsv"), **table("law_aliases.tsv")}
    issued = {}
    for title in set(laws.values()):
        if title.startswith("国务院") and len(title) > 8:
            short = re.sub(r"[《》〈〉]|中华人民共和国", "", title[3:])
            if len(short) >= 6 and short not in laws:
                issued[short] = title
    return {**issued, **laws}


def _clause_start(s: str, at: int) -> int:
    """Where the clause holding offset ``at`` starts: after the last ，。；：！？ before it."""
    return max(s.rfind(c, 0, at) for c in "，。；：！？") + 1


def _governing_verb(s: str, start: int) -> str:
    """The nearest law verb to the left of ``start`` in the same clause (lists with 、 included)."""
    clause_start = _clause_start(s, start)
    verbs = table("law_verbs.tsv")
    alt = alternation("law_verbs.tsv")
    best = ""
    best_end = -1
    # 执法检查 follows a law, 修订草案 names a draft: neither governs the next name
    # 贯彻新修订的X法: 新修订的 describes the law; the verb that governs it comes before
    # and 实施 that opens the title of an implementing measure (修改实施水法、渔业法办法) is no verb
    probe = re.sub(r"执法检查|(?:修订|修正|修改)草案|新(?:修订|修正|修改|制定)的?|实施(?=[^，。；]{1,16}?法办法)",
                   lambda m: "#" * len(m.group(0)), s[clause_start : start + 20])[: start - clause_start]
    # 落实国务院颁布的X, 实施修改后的X: a verb with 的 right before the name describes the law; the verb before it governs
    # (where there is one: 审议通过的X条例 alone keeps its own)
    described = re.search(rf"(?:{_alt('law_described_verbs.txt')})的$", probe)
    if described and re.search(alt, probe[: described.start()]):
        probe = probe[: described.start()]
    for m in re.finditer(alt, probe):
        if m.end() >= best_end:
            best, best_end = m.group(0), m.end()
    return best if best in verbs else ""


_LEGISLATIVE = {"enacted", "revised", "amended", "approved", "reviewing", "repealed"}


_ANAPHORA = re.compile(rf"^(?:{_alt('law_anaphora.txt')})")


def _is_law_name(name: str, suffix: str, verb: str) -> bool:
    core = name.replace("“", "").replace("”", "")
    if core in words("law_nonnames.txt") or len(core) < 2:
        return False
    if _ANAPHORA.match(core):
        return False
    if core.endswith(tuple(words("internal_rules.txt"))) or "党" in core[:6]:
        return False
    if core.endswith(("单行条例", "自治条例", "地方性法规", "行政法规", "法规")):
        return False
    # 涉野生动物“一决定一法”和省条例: several acts named together, no one title
    if re.search(r"[和及与](?:省|市|自治区|本省|本市)(?:条例|法规|规定|办法)$", core):
        return False
    # 出台贯彻落实意见和条例: kinds of document listed (意见和条例), no title
    if re.search(rf"(?:{_alt('law_document_kinds.txt')})[和及与、](?:条例|规定|办法|实施细则)$", core):
        return False
    stem = core[: -len(suffix)] if core.endswith(suffix) else core
    if suffix == "法":
        if core in national_laws() or core.startswith("中华人民共和国"):
            return True
        # the law-name shape: only the national congress makes a 法, so a 法 the lexicon of national
        # laws does not know is a law only when a legislative verb governs it (a new law, a draft)
        # and it is no word for a method or an act (算法, 减法, 政法, 工作法, 遵纪守法)
        if any(core.endswith(w) or (len(w) >= 3 and w in core) for w in words("law_nonnames.txt") if w.endswith("法")):
            return False
        legislative = table("law_verbs.tsv").get(verb, "") in _LEGISLATIVE
        return legislative and len(stem) >= 2 and not re.search(r"\d", stem)
    if core.endswith("若干规定") and len(stem) >= 4:
        return True
    if len(stem) < 2:
        return False
    # 出台 is said of working rules as often as of laws: it makes no 办法 or 规定 a law
    legislative = table("law_verbs.tsv").get(verb, "") in _LEGISLATIVE and verb != "出台"
    if suffix in ("办法", "规定", "实施细则"):
        inspected = table("law_verbs.tsv").get(verb, "") == "inspected"
        return legislative or inspected or core.endswith(("选举办法", "实施办法"))
    return True


_CITY_FALSE_TAILS = re.compile(rf"(?:{_alt('law_city_false_tails.txt')})$")
_IMPLEMENTING = re.compile(r"实施《?[\u4e00-\u9fff]{2,30}法》?(?:办法|细则)$")


def canonical(ctx: Context, name: str) -> tuple[str, str, str]:
    """(title, level, jurisdiction of the law) for a name as written."""
    j = ctx.doc.jurisdiction
    national = j == "中华人民共和国"
    core = national_laws().get(name, name)
    if core.startswith("中华人民共和国"):
        # (the Constitution has a rank of its own, above the laws: its level in national_laws.tsv)
        return core, "宪法" if core == "中华人民共和国宪法" else "法律" if core.endswith("法") else "行政法规", "中华人民共和国"
    if core.endswith("法") and not core.endswith("办法"):
        return "中华人民共和国" + core, "法律", "中华人民共和国"
    if _PLACE.match(core):
        return core, "单行条例", _PLACE.match(core).group(0)  # type: ignore[union-attr]
    # a title never abbreviates the congress's organs (乡镇人大工作条例 is 乡镇人民代表大会工作条例): the report's
    # short words are written out (人大常委会, 人大, 工委), the name as written stays the law's name
    core = _ORGAN_SHORT.sub(lambda m: _ORGAN_FULL[m.group(0)], core)
    city = _CITY.match(core)
    if city and _CITY_FALSE_TAILS.search(city.group(0)[:-1]):
        city = None
    if city and not national and not core.startswith((j, ctx.short or "\0")):
        # a city's or prefecture's own regulation, approved by the province (成都市公园城市建设条例)
        return core, "地方性法规", city.group(0)
    # (实施土地管理法办法, 实施《中华人民共和国渔业法》办法: a measure implementing a national law, as 实施办法 is)
    level = "实施办法" if core.endswith(("实施办法", "实施细则")) or _IMPLEMENTING.search(core) else "规定" if core.endswith("规定") else "地方性法规"
    # a province's free trade zone regulation is titled 中国（福建）自由贸易试验区条例
    ftz = _ftz_rx(ctx.short, j).fullmatch(core) if ctx.short else None
    if ftz and not national:
        return f"中国（{ctx.short}）自由贸易试验区条例", "地方性法规", j
    if national:
        # 市场主体登记管理条例 in a national report: a State Council regulation whose title opens with 中华人民共和国
        prefixed = "中华人民共和国" + core
        return (prefixed if prefixed in _national_titles() else core), "行政法规", "中华人民共和国"
    # 辽宁沿海经济带条例: a regulation named after a region that carries the province's short name
    # keeps it (the region is a proper noun); 辽宁…条例 otherwise takes the full name
    if ctx.short and core.startswith(ctx.short) and not core.startswith(j) and _REGION_NAME.match(core[len(ctx.short) :]):
        return core, level, j
    # (广西民营经济促进条例 in a report of 广西壮族自治区: the place by any of its short names)
    row = jurisdiction(j)
    shorts = row[1] if row is not None and row[0] == j else ()
    for prefix in sorted({j, ctx.short, *shorts} - {""}, key=len, reverse=True):
        if core.startswith(prefix):
            return j + core[len(prefix) :], level, j
    if core.startswith(ctx.level) and ctx.level in ("省", "自治区"):
        core = core[len(ctx.level) :]  # (自治区促进民族团结进步工作条例: the region names itself by its level)
    return j + core, level, j


@cache
def _ftz_rx(short: str, jurisdiction: str) -> re.Pattern[str]:
    """A province's free trade zone regulation, by the province's short or full name or none (compiled once a place)."""
    return re.compile(rf"(?:{re.escape(short)}|{re.escape(jurisdiction)})?(?:自由贸易试验区|自贸试验区)条例")


def _law(ctx: Context, name: str, quoted: bool, pair: bool = False, rule: str = "") -> Law | None:
    name = name.strip()
    title, level, jur = canonical(ctx, name)
    if level not in ("法律", "行政法规") and _no_law_making(jur):
        return None  # 沅陵县农业产业扶贫奖补办法: a county makes normative documents, not laws
    if _government_measure(ctx, name, title):
        return None
    lid = ids.make_id("law", title)
    if lid not in ctx.laws:
        ctx.laws[lid] = Law(
            id=lid, name=name, title=title, level=level, jurisdiction=jur, pair="一法一条例" if pair else None, rule=rule
        )
    elif pair and not ctx.laws[lid].pair:
        ctx.laws[lid].pair = "一法一条例"
    return ctx.laws[lid]


_ORGAN_FULL = {"人大常委会": "人民代表大会常务委员会", "人大": "人民代表大会", "工委": "工作委员会"}
_ORGAN_SHORT = re.compile("|".join(_ORGAN_FULL))
_REGION_NAME = re.compile(rf"^(?:{_alt('law_region_names.txt')})[\u4e00-\u9fff]{{0,6}}?(?:经济带|经济区|城市群|都市圈|新区)")


def _government_measure(ctx: Context, name: str, title: str) -> bool:
    """A 办法 or 细则 a government report says it makes (制定全国统一的社会保险关系转续办法, 制定划转部分国有资本充实
    社保基金办法, 消费品以旧换新实施细则): the government's own rules or policy, no law, unless it is a known
    administrative regulation or a congress's measure implementing a law (民营经济促进法实施办法, 实施X法办法)."""
    if ctx.doc.genre != "government" or not title.endswith(("办法", "细则")):
        return False
    return not (re.search(r"法(?:实施)?(?:办法|细则)$", title) or name in _national_names())


@cache
def _national_titles() -> frozenset[str]:
    """Every official title of national_laws.tsv and law_aliases.tsv."""
    return frozenset(national_laws().values())


@cache
def _national_names() -> frozenset[str]:
    """Every short name and official title of national_laws.tsv and law_aliases.tsv."""
    laws = national_laws()
    return frozenset(laws) | frozenset(laws.values())


def _no_law_making(jurisdiction: str) -> bool:
    """A county or a city district (not an autonomous one) has no power to make laws or regulations."""
    return bool(re.search(r"(?<!自治)(?:县|旗)$|(?<!自治)(?<!新)区$", jurisdiction)) and not jurisdiction.endswith("特别行政区")


def _masked(s: str, spans: list[tuple[int, int]]) -> str:
    """s with the names already found blanked out, so 实施 in 监督法实施办法 governs nothing."""
    if not spans:
        return s
    chars = list(s)
    for a, b in spans:
        chars[a:b] = "#" * (b - a)
    return "".join(chars)


def _mention(
    ctx: Context, span: Span, law: Law, a: int, b: int, taken: list[tuple[int, int]] | None = None
) -> Mention:
    atype, verb, rule = action_of(_masked(span.norm, taken or []), a, b)
    # (宪法宣誓仪式, 宪法法律赋予的职责: the law is invoked, an `other` act, as the annotators mark it)
    ctx.add_action(atype, law.id, span, verb, rule)
    eid = ctx.evidence_for(span)
    if eid not in law.mentions:
        law.mentions.append(eid)
    return Mention(law.id, "law", a, b, atype)


_VERBS_AFTER = re.compile(rf"[^，。；！？]{{0,40}}?进行({_alt('law_verbs_after.txt')})")


def action_of(s: str, a: int, b: int) -> tuple[str, str, str]:
    """(action type, verb, rule) for the law or decision at s[a:b]."""
    verb = _governing_verb(s, a)
    after = s[b : b + 24]
    clause_after = re.split(r"[，。；！？]", after)[0]
    vtype = table("law_verbs.tsv").get(verb, "")
    # 提请市人大常委会审议通过X条例, 提请全国人大常委会审议了A法、B法等8件法律议案, 提请修订税收征管法: what a
    # government submits is a bill under review, whoever passed it
    if vtype and _SUBMITTED_BEFORE.search(s, _clause_start(s, a), a):
        return "reviewing", "提请审议", "action.submitted"
    # (国务院提出银行业监督管理法草案…等5部法律议案: a draft the government submits is a bill, not a deputies' motion)
    # (…提出了《公司法》、《传染病防治法》修订草案和《公务员法》草案等7部法律议案: each item of the list)
    if verb in ("督办", "跟踪督办") or (re.search(r"议案|建议", clause_after) and not (vtype == "reviewing" and "草案" in clause_after)):
        return "other", verb, "action.motion"
    if re.match(r"[^，。；！？]{0,30}?执法检查", after) and not re.match(r"[^，。；！？]{0,30}?执法检查[^，。；！？]{0,4}(?:审议意见|报告)", after):
        return "inspected", "执法检查", "action.inspection_after"
    if vtype == "inspected":
        return "inspected", verb, "action.verb"
    # 提出/提交 a draft or a bill is reviewing; 提出《X条例》实施中存在的问题 does nothing to the law
    if verb in ("提出", "提交") and not re.search(r"草案|议案|修正案", clause_after):
        return "other", verb, "action.verb"
    # 推进X条例的制定，…进行了一审: a reading of the bill, not yet a law
    if re.match(r"的(?:制定|修改|修订)", after) and re.search(r"(?:进行了?|完成了?)(?:一审|二审|三审|初审|初次审议)", s[b : b + 60].split("。")[0]):
        return "reviewing", "一审", "action.reading"
    if re.match(r"(?:实施|执行|贯彻实施|贯彻执行)(?:情况)?", after) and vtype in ("other", "reviewing", ""):
        return "other", verb, "action.implementation"
    # 对A条例、B条例中…的条款进行集中修改: the verb comes after the names
    later = _VERBS_AFTER.match(after)
    if later and "对" in s[_clause_start(s, a) : a]:
        vt = table("law_verbs.tsv").get(later.group(1), "other")
        return vt, later.group(1), "action.verb_after"
    if re.match(r"(?:修订|修正|修改)?草案", after) and vtype not in ("reviewing",):
        return "other", verb, "action.draft"
    # 推动A条例、B条例等地方立法: the list is of laws to be made
    if vtype in ("other", "") and _MADE_AS_LIST.match(s, b):
        return "enacted", "立法", "action.legislation_list"
    if vtype:
        return vtype, verb, "action.verb"
    # 《X条例》等9件地方性法规提请人大审议通过: with no verb before it, the submitting that follows the
    # name (or its list) is the action: a bill under review
    if _SUBMITTED_AFTER.match(s, b):
        return "reviewing", "提请审议", "action.submitted_after"
    return "other", verb, "action.no_verb"


_KNOWN_LAW_BAD_NEXT = set("律规典学院官庭治制人案理则度") | {"务", "网"}  # (法律, 法规, 法治, 法制, 法人, 法案, 法务, 法网)
_OWN_MEASURE_AFTER = re.compile(rf"《(?P<law>[^《》]{{2,30}}法)》(?:及|和|、|以及)(?:{_alt('law_own_place_words.txt')})?$")
_SUBMITTED_BEFORE = re.compile(rf"提请[^，。；：！？]{{0,16}}?(?:{_alt('law_submitted_verbs.txt')})")
_SUBMITTED_AFTER = re.compile(r"(?:（(?:修订|修正)?草案）)?》?(?:、[^，。；：！？、]{2,30}?)*(?:等\d+[件部项个][^，。；：！？]{0,10}?)?"
                              r"(?:将|已|拟|已经)?(?:提请|提交)[^，。；：！？]{0,12}?审议")
_MADE_AS_LIST = re.compile(r"(?:、[^，。；：！？、]{2,30}?)*等(?:地方性?|配套)?立法")


# ---------------------------------------------------------------- decisions

_DECISION_PATTERNS = [
    # 作出关于X的决定 / 作出X的决定
    re.compile(r"作出((?:关于)?[^，。；：！？]{2,70}?的(?:决定|决议))"),
    # 关于X的决定 anywhere (听取关于…的决定实施情况的报告)
    re.compile(r"(关于(?:(?!关于)[^，。；：！？、]){2,60}?的(?:决定|决议))"),
    # 听取X的决定实施情况的报告
    re.compile(r"听取(?:审议)?([^，。；：！？]{4,60}?的(?:决定|决议))(?:贯彻)?(?:实施|执行)情况"),
    # 落实/贯彻/执行 X的决定
    re.compile(r"(?:落实|贯彻|执行|贯彻实施)([^，。；：！？]{4,60}?的(?:决定|决议))"),
    # “八五”普法决议
    re.compile(r"(“[^”]{1,12}”[\u4e00-\u9fff]{1,10}?(?:决定|决议))"),
]
_DECISION_ON = re.compile(r"就([^，。；：！？]{4,50}?)作出(决定|决议)")


def decision_key(name: str) -> str:
    k = ids.key(name)
    k = re.sub(r"^关于", "", k)
    return re.sub(r"的(决定|决议)$", r"\1", k)


_DECISION_ANAPHORA = re.compile(rf"^(?:{_alt('decision_anaphora.txt')})")


def _decisions(ctx: Context, span: Span, taken: list[tuple[int, int]]) -> list[Mention]:
    s = span.norm
    out: list[Mention] = []
    if "决定" not in s and "决议" not in s:
        return out  # every pattern below ends in one of them
    for rx in _DECISION_PATTERNS:
        for m in rx.finditer(s):
            a, b = m.start(1), m.end(1)
            # a decision that amends or repeals laws holds their names (作出修改实施水法、渔业法办法的决定)
            about_laws = re.match(r"(?:关于)?(?:修改|修订|废止|废除|修改和废止)", s[a:b]) is not None
            if any(not (b <= x or a >= y) and not (about_laws and a <= x and y <= b) for x, y in taken):
                continue
            name = s[a:b]
            if s[b : b + 1] == "性":  # 决定性意义, 决定性作用: an adjective, no decision
                continue
            name = re.sub(r"^(?:大会|常委会|本次会议)", "", name)
            if _DECISION_ANAPHORA.match(name) or len(decision_key(name)) < 6:
                continue
            # 执行市人大及其常委会制定的法规和作出的决议: the decisions a body made, in general, name none
            if re.search(r"(?:作出|通过|制定)的(?:决定|决议)$", name):
                continue
            if _government_decision(s, a):
                taken.append((a, b))
                continue
            out.append(_decision(ctx, span, name, a, b))
            taken.append((a, b))
    for m in _DECISION_ON.finditer(s):
        a, b = m.start(1), m.end()
        if any(not (b <= x or a >= y) for x, y in taken):
            continue
        topic = m.group(1)
        if re.search(r"等$|^(?:有关|相关|重大)", topic) or "、" in topic:
            continue
        if _GOVERNMENT_MADE.search(s[max(0, m.start() - 16) : m.start()] + "作出"):
            continue  # (省委就加快推进乡村振兴工作作出决定: a party committee's decision)
        out.append(_decision(ctx, span, f"关于{topic}的{m.group(2)}", a, b))
        taken.append((a, b))
    return out


# 国务院作出《关于进一步加强农村教育工作的决定》, 自治区党委作出了《关于…的决定》: a government's decision is an
# administrative act and a party committee's a party document, neither a decision of a congress (the
# contract's `decisions`) nor a law
_GOVERNMENT_MADE = re.compile(r"(?:国务院|人民政府|[省市县区州]政府|党委|党中央|党组|[省市县区州]委|中央)(?:常务会议)?(?:先后|还|又|已|专门)?"
                              r"(?:作出|出台|印发|发布|制定)了?《?(?:关于)?$")


def _government_decision(s: str, a: int) -> bool:
    return bool(_GOVERNMENT_MADE.search(s[max(0, a - 16) : a]))


def _decision(ctx: Context, span: Span, name: str, a: int, b: int) -> Mention:
    name = span.original(name, a).replace("《", "").replace("》", "")
    canonical = simplified(ctx, name)
    did = ids.make_id("decision", decision_key(canonical))  # one decision whichever script a report is in
    if did not in ctx.decisions:
        ctx.decisions[did] = Decision(id=did, name=name, canonical=canonical, rule="decision.name")
    eid = ctx.evidence_for(span)
    if eid not in ctx.decisions[did].mentions:
        ctx.decisions[did].mentions.append(eid)
    s = span.norm
    # 作出(关于)…的决定 and 就…作出决定 make a decision; anything else says something about one
    # (作出《关于…的决定》: the title's mark between the verb and the name)
    if re.search(r"作出了?《?(?:关于)?$", s[max(0, a - 8) : a]) or re.search(r"作出(?:决定|决议)$", s[a:b]):
        atype, verb, rule = "enacted", "作出", "action.decision_made"
    else:
        atype, verb, rule = action_of(s, a, b)
        if atype not in ("other", "reviewing", "repealed", "amended", "revised"):
            atype = "other"
    ctx.add_action(atype, did, span, verb, rule)
    return Mention(did, "decision", a, b, atype)
