"""Initiatives: strategies, goals, programmes and reforms a report pursues.

Found four ways, all patterns of the genre: quoted programme names ("33618"现代制造业集群体系,
"1+5+N"整体架构); the object of a service verb when it ends in a head noun of the genre (助推成渝地区
双城经济圈建设 → 成渝地区双城经济圈); scope phrases (围绕X加强立法, 聚焦"X"); and a lexicon of the
national strategies reports name bare (乡村振兴, 粤港澳大湾区).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kg import ids
from kg.model import Initiative

from ..lexicon import alternation, words
from ..lexicon import alternation_in_order as _alt
from . import regex as re  # re's functions over a larger cache of compiled patterns
from .context import Context, Span, simplified
from .segment import trim_left

_QUOTED = re.compile(r"“([^“”]{1,14})”")
_DOCTRINE = re.compile(
    rf"^(?:(?:{_alt('initiative_strategy_qualifiers.txt')})?(?:国家)?战略|民生工程|重大工程|[\u4e00-\u9fff]{{0,2}}(?:行动|工程|计划|规划纲要)|{_alt('initiative_doctrine_slogans.txt')}|"
    r"[\u4e00-\u9fff]{0,4}(?:立法|监督|工作)(?:规划)?计划$|"  # the committee's own work plans (年度立法计划)
    r"学、查、改、立、融|[一二三四五六七八九十]个(?:务必|必须|坚持|更加|全面)|.*[。，]$|"
    rf".*(?:{_alt('initiative_deed_qualifiers.txt')})行动$|"  # 以深厚的感情和实际行动: deeds, not a programme
    rf".*(?:{_alt('initiative_directive_ends.txt')})$|重大项目|重点项目|[二三四五六]级.{{0,6}}行动|(?:听取|审议)+.*|.*战略[和、及].*)"  # 党中央关于…的战略决策, 五级代表行动
)


@dataclass
class Mention:
    id: str
    start: int
    end: int
    how: str  # quoted | policy | programme | service | scope | lexicon | head | reform
    name: str = ""  # as the report writes it
    canonical: str = ""  # in simplified script


# Patterns used for every candidate name are compiled here once (a module-level re.sub with a string
# pattern looks its pattern up in re's cache on every call). Those anchored at the end ($) are
# searched only over their longest match at the end of the text (_cut_end): the same match, where a
# scan would try every position of the name first.
def _cut_end(rx: re.Pattern[str], s: str, longest: int) -> str:
    """``rx.sub("", s)`` for a pattern anchored at the end whose matches are at most ``longest``
    characters long (a look-behind still sees the characters before where the search starts)."""
    m = rx.search(s, max(0, len(s) - longest - 1))
    return s if m is None else s[: m.start()] + s[m.end() :]


# (县乡人大工作和建设: 建设 is one of two things named, not a head to cut; 创新驱动核心战略: 核心 ranks the
# strategy, it is no part of its name)
_NAME_HEAD = re.compile(r"(?<![和及与])(?:建设|(?:核心|首位|主体)?战略)$")
_NAME_ON = re.compile(r"(?<=[战面域作])上$")  # 放在助力打好三大攻坚战上
_KEY_HEAD = re.compile(r"(?:建设|战略|发展)$")


def norm_name(name: str) -> str:
    name = name.strip("，、。；：的 ")
    name = _cut_end(_NAME_HEAD, name, 4) if len(name) > 5 else name
    name = _cut_end(_NAME_ON, name, 1)
    return name.rstrip("的")  # “保增长、保民生、保稳定”的战略 → the quoted name


# a pointer back to a goal named earlier (这一重大战略) names none itself
_ANAPHORA = re.compile(rf"^(?:{_alt('initiative_anaphora.txt')})")


def initiative_key(name: str) -> str:
    k = ids.key(norm_name(name))
    return _cut_end(_KEY_HEAD, k, 2) if len(k) > 5 else k


_COUNTED = re.compile(r"[年月日个家项条座批所处]")
_JOINED = re.compile(r"[和及与并]")
_NUMBERED = re.compile(r"[\d一二三四五六七八九十两个家项条座批所处以上多余]")


def add(ctx: Context, span: Span, name: str, a: int, b: int, how: str) -> Mention | None:
    # the left edge a cut or a list left behind: 到2010年形成…, 服务和保障新福州建设
    at = span.norm.find(name, max(0, a - len(name)))
    before = span.norm[at - 1 : at] if at > 0 else ""
    ragged = (_COUNTED.match(name) and before.isdigit() or _JOINED.match(name)
              or (name.startswith("好") and before in "设办当用做管抓建"))  # 建设好新时代经济特区
    if ragged:
        trimmed = _verb_rx().sub("", name[1:])
        a, name = a + len(name) - len(trimmed), trimmed
    elif at >= 0 and not name.startswith("“"):
        # a name starts on a word: 办好新时代经济特区 is no 好新时代经济特区, 保障性住房 no 性住房
        # (产业扩能提质行动 cut to 业扩能提质行动 by a length cap takes its whole first word back)
        # (the window is segmented only where a dictionary word could run across the name's first character:
        # segment.Edges)
        bounds = span.window_bounds(max(0, at - 4), at + 8) if before and "\u4e00" <= before <= "\u9fff" else set()
        if bounds and span.start + at not in bounds:
            prev = max((i - span.start for i in bounds if at - 4 <= i - span.start < at), default=-1)
            nxt = min((i - span.start - at for i in bounds if 0 < i - span.start - at < len(name) - 2), default=0)
            if prev >= 0 and not _NUMBERED.search(span.norm[prev:at]):
                a, name = a - (at - prev), span.norm[prev:at] + name
            elif nxt:
                trimmed = _verb_rx().sub("", name[nxt:])
                a, name = a + len(name) - len(trimmed), trimmed
    name = norm_name(span.original(name, a))
    canonical = simplified(ctx, name)
    k = initiative_key(canonical)  # one initiative whichever script a report is in
    # (a quoted policy may be two characters: “两重”, “双减”)
    if len(k) < (2 if how == "policy" and name.startswith("“") else 3) or _DOCTRINE.match(k) or _ANAPHORA.match(k):
        return None
    return Mention(ids.make_id("initiative", k), a, b, how, name, canonical)


def register(ctx: Context, span: Span, m: Mention) -> None:
    """Record a mention that was kept (one that overlaps a mention already kept makes no initiative)."""
    if m.id not in ctx.initiatives:
        ctx.initiatives[m.id] = Initiative(id=m.id, name=m.name, canonical=m.canonical or m.name, rule=f"initiative.{m.how}")
    ini = ctx.initiatives[m.id]
    eid = ctx.evidence_for(span)
    if eid not in ini.mentions:
        ini.mentions.append(eid)


@cache
def _head_rx() -> re.Pattern[str]:
    heads = alternation("initiative_heads.txt")
    return re.compile(rf"(?:{heads})")


@cache
def _lexicon_rx() -> re.Pattern[str]:
    # (建设共同富裕示范区, 一带一路倡议: a head noun right after the strategy is part of its name)
    return re.compile(rf"(?:{alternation('national_strategies.txt')})(?:战略|{alternation('initiative_heads.txt')})?")


@cache
def _verb_rx() -> re.Pattern[str]:
    # an adverb of manner may come first: 如期打赢脱贫攻坚战, 奋力推进…
    return re.compile(rf"^(?:(?:如期|奋力|全力|合力|决战)?(?:{alternation('initiative_verbs.txt')}))+")


_QUALITIES = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}?(?=[\u4e00-\u9fff]{1,3}、))?(?:[\u4e00-\u9fff]{1,3}、)+[\u4e00-\u9fff]{1,3}的")  # 创新、宜居、…、智慧的
_PLACE_BUILDS = re.compile(r"^[\u4e00-\u9fff]{2,3}(?=(?:加快|全面|奋力)?(?:打造|建设))(?:加快|全面|奋力)?(?:打造|建设)")  # 重庆打造…
_HAVING = re.compile(r"^具有[^的]{1,12}的")
# (县乡人大工作和建设: 建设 is one of two things named, not a head to cut)
_GOAL_TAIL = re.compile(rf"(?<![和及与])(?:{_alt('initiative_goal_tails.txt')})$")
_REGION_GROWTH = re.compile(r"(?:地区|流域|区域|经济|产业)高质量发展$")
_GROWTH_TAIL = re.compile(r"(?:高质量发展|建设|发展)$")


def trim_goal(phrase: str) -> str:
    """成渝地区双城经济圈建设 → 成渝地区双城经济圈; 提升…发展能级 → the goal named inside."""
    p = phrase.strip()
    p = _QUALITIES.sub("", p)
    for _ in range(3):
        p2 = _verb_rx().sub("", p)
        p2 = _PLACE_BUILDS.sub("", p2)
        p2 = _HAVING.sub("", p2)
        if p2 == p:
            break
        p = p2
    p = _cut_end(_GOAL_TAIL, p, 4)
    return p.strip("的、 ")


def has_head(name: str) -> bool:
    key = ids.key(name)
    if _REGION_GROWTH.search(key, max(0, len(key) - 8)):
        return True
    core = _cut_end(_GROWTH_TAIL, key, 5)
    return bool(_head_rx().search(core[-8:])) or bool(_lexicon_rx().fullmatch(key))


def is_goal(goal: str, place: str) -> bool:
    """A head noun of the genre, or a goal named after the place (美丽四川, 现代化新重庆)."""
    if has_head(goal):
        return True
    if not place or place == "中华人民共和国":
        return False
    return bool(_place_goal_rx(place).fullmatch(goal))


@cache
def _place_goal_rx(place: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation('place_goal_prefixes.txt')}){re.escape(place)}(?:行动)?")


_FOCUS = re.compile(r"聚焦“(.{2,60}?)”(?=依法|在|[，。；]|$)")
_SCOPE_LEAD = re.compile(
    r"^(?:[^，。；]{0,16}，)?(?:围绕|聚焦|服务|服务保障|为)(?P<x>[^，。；]{2,40}?)"
    r"(?:加强立法|提供(?:有力)?(?:的)?法治(?:保障|支撑)|(?<=[^，。；]{2})建设)。$"
)
_DECISION_PURPOSE = re.compile(
    rf"(?:作出|关于)(?:关于)?(?:{_alt('initiative_decision_purpose_verbs.txt')})"
    r"(?P<x>[^，。；：]{4,30}?)的(?:决定|决议)"
)
_AROUND_LIST = re.compile(r"^围绕(?:助力|服务|促进|推动)?([^。；]{4,120}?)，在立法上")
# 辽宁沿海经济带开发开放上升为国家战略, 将长三角区域一体化发展上升为国家战略: what becomes a national strategy is one
_RAISED = re.compile(r"([^，。；、]{4,30}?)(?:正式)?(?:上升为|纳入|列为)(?:重大)?国家战略")
_PROVIDE = re.compile(
    r"为([^，。；]{3,30}?)(?:(?:提供|夯实|筑牢|强化|打牢)(?:有力|坚实)?(?:的)?(?:法治|制度)?(?:保障|支撑|服务|根基|基础)"
    r"|(?:赋能|保驾护航|护航)(?=[，。；]))"
)
_PROGRAMME_VERB = re.compile(rf"(?:{_alt('initiative_programme_verbs.txt')})$")
_NUMERAL_SLOGAN = re.compile(r"^[一二三四五六七八九十两]+[^”]{1,8}$")
_FOLLOW = re.compile(r"[\u4e00-\u9fff]{0,12}")
_PROGRAMME_MARK = re.compile(r"\d|[+]|[A-Z]")
_PROGRAMME_TAIL = re.compile(rf"(?:[\u4e00-\u9fff]{{0,8}}?(?:{_alt('initiative_programme_tails.txt')}))?")


@cache
def _named_rx(short: str) -> re.Pattern[str]:
    """A reform, a layout or a new place after a quoted name (the report's own place by its short name)."""
    return re.compile(rf"(?:改革|战略布局|总体布局|新{re.escape(short)}|新[\u4e00-\u9fff]{{2}}(?=[，。；、]|建设|$))")


_SLOGAN_VERBS = re.compile(rf"(?:{_alt('initiative_slogan_verbs.txt')})$")
_PLAN_PERIOD = re.compile(r"^十?[一二三四五六七八九]?五$")  # “十四五”, “九五”: a plan's years, no policy
_QUOTED_FOLLOWER = re.compile(rf"(?:{_alt('initiative_quoted_followers.txt')})")


def _quoted_policy(s: str, a: int, b: int, inner: str) -> bool:
    """A quoted name (two to twelve characters) is a policy pursued when a programme verb carries it
    (实施“以旧换新”, 推行“一业一查”部门联合监管) and it ends its phrase, or a word of the genre follows it
    (“双一流”建设, “两重”“两新”政策, 用好“千万工程”经验). A run of quoted names shares its verb and follower."""
    if not 2 <= len(inner) <= 12 or re.search(r"[，。；]", inner) or _PLAN_PERIOD.match(inner):
        return False
    first, last = a, b
    while first > 0 and s[first - 1] in "”、":  # back over the names before it in the run
        i = s.rfind("“", max(0, first - 16), first - 1)
        if i < 0:
            break
        first = i
    while s[last : last + 1] in ("“", "、") and s.find("”", last) > 0 and s.find("”", last) - last <= 14:
        last = s.find("”", last) + 1  # on over the names after it
    after = s[last : last + 4]
    follower = _QUOTED_FOLLOWER.match(after)
    verb = _PROGRAMME_VERB.search(s[max(0, first - 4) : first])
    return bool(follower) or bool(verb and re.match(r"[，。；、和等]|$", after))


def _carried_by() -> str:
    """The verb (and its adverb) that carries out a reform or a programme named right after it (稳步推进…)."""
    return rf"(?:{alternation('initiative_reform_adverbs.txt')})?(?:{alternation('initiative_reform_verbs.txt')})了?"


@cache
def _reform_rx() -> re.Pattern[str]:
    """A named reform right after a verb that carries it out: 深化国资国企改革, 稳步推进农村集体经营性建设用地入市
    改革, 推进医疗、医保、医药联动改革 (the name ends at 改革: not 改革开放, 改革试点, 改革任务)."""
    return re.compile(_carried_by() + r"(?P<name>(?:新一轮)?[\u4e00-\u9fff“”、]{2,16}?改革)(?=[，。；：、]|和|$)")


@cache
def _programme_rx() -> re.Pattern[str]:
    """A named programme right after the verb that carries it out: 开展空气质量持续改善行动, 实施住宅品质提升工程,
    推进万兆光网试点 (its own words may be verbs: 持续, 提升)."""
    return re.compile(
        _carried_by()
        + rf"(?P<name>(?:新一轮)?[\u4e00-\u9fff“”]{{2,20}}?(?:{alternation('initiative_programme_heads.txt')}))(?=[，。；：、]|和|$)"
    )


@cache
def _programme_more() -> re.Pattern[str]:
    """The next programme of a list the verb carries (实施住宅品质提升工程和物业服务质量提升行动)."""
    return re.compile(
        rf"[、和](?P<name>[\u4e00-\u9fff“”]{{2,20}}?(?:{alternation('initiative_programme_heads.txt')}))(?=[，。；：、]|和|$)"
    )


_COUNTED_LEAD = re.compile(rf"^(?:{alternation('initiative_counted_leads.txt')})")


def _programme_name(name: str) -> str:
    """The programme's name, '' where it names a kind of them (重点工程, 各项行动) or holds 的; a chain of verbs
    before it is no part of it (推动实施X行动 → X行动), a verb inside it is (国有企业改革深化提升行动)."""
    while (lead := _reform_verb_inside().match(name) or _verb_rx().match(name) or _COUNTED_LEAD.match(name)) is not None:
        name = name[lead.end() :]  # (启动实施, 建设…工程, 一批…试点: a verb or a count before the name)
    if name.count("“") != name.count("”"):
        return ""  # (“一市一试点、一县一特色”专项改革 cut at its 、)
    head = next((h for h in words("initiative_programme_heads.txt") if name.endswith(h)), "")
    core = name[: len(name) - len(head)].removeprefix("新一轮")
    if (len(core) < 2 or "的" in core or core in words("initiative_reform_generic_stems.txt")
            or _reform_generic().search(core) or _PLAN_PERIOD.match(core.strip("“”"))):
        return ""
    return name


@cache
def _reform_verb_inside() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation('initiative_reform_verbs.txt')})了?")


@cache
def _reform_generic() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation('initiative_reform_generic.txt')})$")


def _reform_name(name: str) -> str:
    """The reform's name, '' where it names a field or a kind of reforms (重点领域改革, 配套改革, 创造型、引领型
    改革, 财税、投资等改革) or a verb's object (主动适应改革); a verb inside starts the name after it
    (推动实施新一轮国资国企改革, 减税和推进税费改革)."""
    inside = [v.end() for v in _reform_verb_inside().finditer(name)]
    if inside:
        name = name[inside[-1] :]
    stem = name[: -len("改革")]
    core = stem.removeprefix("新一轮")
    pieces = re.split(r"[、和]", core)
    if (len(core) < 2 or core in words("initiative_reform_generic_stems.txt") or not all(pieces)
            or any(_reform_generic().search(p) or (len(p) <= 3 and p[-1] in "型性") for p in pieces)):
        return ""
    return name


def find(ctx: Context, span: Span) -> list[Mention]:
    s = span.norm
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    def push(m: Mention | None) -> None:
        if m is not None and free(m.start, m.end):
            register(ctx, span, m)
            out.append(m)
            taken.append((m.start, m.end))

    # scope: 聚焦"X"…依法行使职权; 围绕X加强立法; 围绕助力A、B，在立法上
    for m in _FOCUS.finditer(s) if "聚焦" in s else ():
        push(add(ctx, span, m.group(1), m.start(1), m.end(1), "scope"))
    # a paragraph led by a goal of legislation: 围绕X加强立法。聚焦X加强立法。为X提供法治保障。服务X建设。
    lead = _SCOPE_LEAD.match(s) if span.para.sentences and span.sentence is span.para.sentences[0] else None
    if lead and len(span.para.sentences) > 1:
        x = lead.group("x")
        for piece, a in _split_list(x, lead.start("x")):
            goal = trim_goal(piece) or piece
            push(add(ctx, span, goal, a + max(0, piece.find(goal)), a + len(piece), "lead"))
    # the purpose a decision names: 关于促进民营经济发展壮大的决定 → 民营经济发展壮大
    for m in _DECISION_PURPOSE.finditer(s) if "决" in s else ():
        x = trim_left(s, m.start("x"), m.end("x"), span.window_bounds(m.start("x"), m.end("x")), span.start, "initiative_left_stops.txt")
        goal = trim_goal(x)
        if len(goal) >= 4:
            pos = s.find(goal, m.start("x"))
            push(add(ctx, span, goal, pos, pos + len(goal), "decision"))
    for m in _AROUND_LIST.finditer(s) if s.startswith("围绕") else ():
        for piece, a in _split_list(m.group(1), m.start(1), force=True):
            goal = trim_goal(piece)
            if len(ids.key(goal)) >= 5 or has_head(goal):
                push(add(ctx, span, goal, a + max(0, piece.find(goal)), a + len(piece), "focus"))
    # quoted programme names: "33618"现代制造业集群体系, "1+5+N"整体架构, "智融惠畅"工程, 建设"六区一高地"
    for m in _QUOTED.finditer(s) if "“" in s else ():
        inner = m.group(1)
        if _DOCTRINE.match(inner) or s[max(0, m.start() - 2) : m.start()] in ("聚焦",):
            continue
        follow = _FOLLOW.match(s, m.end()).group(0)  # type: ignore[union-attr]
        heads = [h for h in _head_rx().finditer(follow) if h.start() <= 8]
        programme = bool(_PROGRAMME_MARK.search(inner))
        # "最多跑一次"改革, "四个全面"战略布局, "强富美高"新江苏: a reform, a layout, a new place
        named = _named_rx(ctx.short).match(follow) if ctx.short or follow.startswith(("改革", "战略布局", "总体布局", "新")) else None
        if named and not heads:
            end = m.end() + named.end()
            push(add(ctx, span, s[m.start() : end], m.start(), end, "quoted"))
        elif has_head(inner) and not heads:
            # "八八战略": a programme whose name ends in a head word of the genre
            push(add(ctx, span, s[m.start() : m.end()], m.start(), m.end(), "quoted"))
        elif heads:
            end = m.end() + heads[-1].end()
            tail = _PROGRAMME_TAIL.match(follow) if programme else None
            if tail and tail.end() > heads[-1].end():
                end = m.end() + tail.end()  # “3815”战略发展目标: a numbered programme's own name runs on past the head
            push(add(ctx, span, s[m.start() : end], m.start(), end, "quoted"))
        elif programme:
            tail = _PROGRAMME_TAIL.match(follow)
            name = s[m.start() : m.end()] + (tail.group(0) if tail else "")
            if tail and tail.group(0) or re.search(r"[\u4e00-\u9fff]", inner):  # “4+1” alone names nothing
                push(add(ctx, span, name, m.start(), m.start() + len(name), "quoted"))
        elif _NUMERAL_SLOGAN.match(inner) and not _PLAN_PERIOD.match(inner) and (
            _SLOGAN_VERBS.search(s[max(0, m.start() - 2) : m.start()]) or follow.startswith("建设")
        ):
            # 推进“两重”建设, 做实“两区”: a numbered policy, however short
            push(add(ctx, span, s[m.start() : m.end()], m.start(), m.end(), "policy"))
        elif _quoted_policy(s, m.start(), m.end(), inner):
            # 深入开展“高效办成一件事”, 实施“以旧换新”: a quoted policy is what a programme verb carries out
            push(add(ctx, span, s[m.start() : m.end()], m.start(), m.end(), "policy"))
    # a named programme after the verb that carries it out, and the next ones of its list
    for m in _programme_rx().finditer(s) if any(h in s for h in words("initiative_programme_heads.txt")) else ():
        found, end = [(m.group("name"), m.end("name"))], m.end("name")
        while (more := _programme_more().match(s, end)) is not None:
            found.append((more.group("name"), more.end("name")))
            end = more.end("name")
        for raw, stop in found:
            name = _programme_name(raw)
            if name and free(stop - len(name), stop):  # (a name already taken costs no second look)
                push(add(ctx, span, name, stop - len(name), stop, "programme"))
    # the object of a service verb, when it names a goal of the genre
    for m in _service_rx().finditer(s):
        for piece, a in _split_list(m.group(1), m.start(1)):
            goal = trim_goal(piece)
            if len(goal) > 12 and re.search(r"(?:地|并|和)(?:实施|推进|落实|贯彻|推动)", piece):
                # 促进政府和有关部门坚定不移地实施X战略: in a long object the goal is what the last verb inside names
                inner = trim_left(s, a, a + len(piece), span.window_bounds(a, a + len(piece)), span.start, "initiative_left_stops.txt")
                a, piece = a + len(piece) - len(inner), inner
                goal = trim_goal(piece)
            # 助力美丽宜居花城建设: what a service verb says is being built is a goal
            built = piece.endswith("建设") and 4 <= len(goal) <= 12 and not _verb_rx().match(goal)
            # 助力实现老城市新活力: what a service verb says is to be achieved is a goal too
            achieved = (piece.startswith("实现") and 4 <= len(goal) <= 10 and not _verb_rx().match(goal)
                        and "的" not in goal and not re.match(r"上述|以上|这些|这一|各项", goal))
            if 3 <= len(goal) <= 24 and (is_goal(goal, ctx.short) or built or achieved):
                start = a + piece.find(goal) if goal in piece else a
                push(add(ctx, span, goal, start, start + len(goal), "service"))
    # 为X提供法治保障 / 为X提供有力保障
    for m in _PROVIDE.finditer(s) if "为" in s else ():
        goal = trim_goal(m.group(1))
        # what a law is made to provide a legal basis for is a goal by the genre's own words,
        # when the clause names it with a goal verb (为打造…提供, 为筑牢…提供) or a head noun
        verb_led = bool(_verb_rx().match(m.group(1))) and goal != m.group(1)
        # 为创新驱动赋能: a national strategy named by its first words
        strategy = any(w.startswith(goal) for w in words("national_strategies.txt")) and len(goal) >= 4
        inside = [x for x in out if m.start(1) <= x.start and x.end <= m.end(1)]
        if inside:
            # 为推进“百县千镇万村高质量发展工程”提供法治保障: the programme already found is the purpose
            for x in inside:
                if x.how not in ("lead", "scope", "focus"):
                    x.how = "purpose"
        elif 4 <= len(ids.key(goal)) <= 24 and (verb_led or strategy or is_goal(goal, ctx.short)):
            push(add(ctx, span, goal, m.start(1), m.end(1), "purpose"))
    # a goal verb and its object (建设西部金融中心, 推进人大工作机制改革, 现代化新重庆建设)
    for m in _goal_matches(s, ctx.short):
        phrase = m.group("obj") or m.group("obj2") or ""
        a = m.start("obj") if m.group("obj") else m.start("obj2")
        wb = span.window_bounds(a, a + len(phrase))
        left = trim_left(s, a, a + len(phrase), wb, span.start, "initiative_left_stops.txt")
        if left == phrase and span.start + a not in wb and s[a : a + 1] != "“":
            # the length cap cut a word (推|进通州区与北三县…示范区): the name starts at the next word
            nxt = min((i - span.start for i in wb if a < i - span.start < a + len(phrase)), default=a)
            left = phrase[nxt - a :]
        goal = trim_goal(left)
        if 4 <= len(goal) <= 20:
            pos = s.find(goal, a)
            push(add(ctx, span, goal, pos, pos + len(goal), "head"))
    # a named reform after the verb that carries it out (深化零基预算改革)
    for m in _reform_rx().finditer(s) if "改革" in s else ():
        name = _reform_name(m.group("name"))
        if name and free(m.end("name") - len(name), m.end("name")):
            push(add(ctx, span, name, m.end("name") - len(name), m.end("name"), "reform"))
    for m in _RAISED.finditer(s) if "国家战略" in s else ():
        x = trim_left(s, m.start(1), m.end(1), span.window_bounds(m.start(1), m.end(1)), span.start, "initiative_left_stops.txt")
        x = re.sub(r"^(?:将|把)", "", x)
        if 4 <= len(x) <= 24 and not re.search(r"[\d“”]", x):
            pos = m.end(1) - len(x)
            push(add(ctx, span, x, pos, m.end(1), "raised"))
    # bare national strategies
    for m in _lexicon_rx().finditer(s):
        push(add(ctx, span, m.group(0), m.start(), m.end(), "lexicon"))
    return out


@cache
def _service_rx() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation('service_verbs.txt')})([^，。；：！？]{{3,40}})")


def _goal_matches(s: str, short: str) -> list[re.Match[str]]:
    """_goal_rx's matches, searched only in windows that end at a head word, 建设 or the place's
    name: a scan of every position with the regex is the extractor's slowest step otherwise."""
    rx = _goal_rx(short)
    ends = [m.end() for m in _head_rx().finditer(s)]
    ends += _ends_of(s, "建设")
    if short and short != "中华人民共和国":
        ends += _ends_of(s, short)
    found: dict[tuple[int, int], re.Match[str]] = {}
    for end in ends:
        for m in rx.finditer(s, max(0, end - 40), min(len(s), end + 4)):
            found.setdefault(m.span(), m)
    out: list[re.Match[str]] = []
    for m in sorted(found.values(), key=lambda m: (m.start(), -m.end())):
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return out


def _ends_of(s: str, word: str) -> list[int]:
    """Where each occurrence of ``word`` ends, in text order (occurrences do not overlap, as re.finditer's)."""
    out = []
    i = s.find(word)
    while i >= 0:
        out.append(i + len(word))
        i = s.find(word, i + len(word))
    return out


@cache
def _goal_rx(short: str) -> re.Pattern[str]:
    heads = alternation("initiative_heads.txt")
    verbs = alternation("initiative_verbs.txt")
    prefixes = alternation("place_goal_prefixes.txt")
    place = re.escape(short) if short and short != "中华人民共和国" else "(?!x)x"
    # each alternation of words is guarded by a class of the words' first characters: the lazy run
    # before the head tries the head at every length, and a class costs one test where the words
    # cost one each (same matches)
    head_first = _first_chars([*words("initiative_heads.txt"), "专项改革", "机制改革", "市域实践", *words("place_goal_prefixes.txt")])
    return re.compile(
        rf"(?P<obj>(?:“[^“”]{{1,12}}”)?[\u4e00-\u9fff]{{2,16}}?(?={head_first})(?:{heads}|专项改革|机制改革|市域实践|(?:{prefixes}){place}))(?=建设|[，。；、]|的决定)"
        rf"|(?={_first_chars(words('initiative_verbs.txt'))})(?:{verbs})(?P<obj2>[\u4e00-\u9fff“”]{{2,12}}?(?:人大|{place}))建设"
    )


def _first_chars(names: list[str] | tuple[str, ...]) -> str:
    """A character class of the names' first characters."""
    return "[" + "".join(sorted({re.escape(n[0]) for n in names if n})) + "]"


_LIST_END = re.compile(r"提供|的(?:决定|报告)")
_LIST_SEP = re.compile(r"(、|和|与|及)")
_QUALITIES_LIST = re.compile(r"(?:[\u4e00-\u9fff]{1,3}、){2,}[\u4e00-\u9fff]{1,3}的")


def _split_list(text: str, base: int, force: bool = False) -> list[tuple[str, int]]:
    text = _LIST_END.split(text, 1)[0]
    parts = []
    pos = 0
    for piece in _LIST_SEP.split(text):
        if piece in ("、", "和", "与", "及"):
            pos += len(piece)
            continue
        parts.append((piece, base + pos))
        pos += len(piece)
    # 西部人才中心和创新高地: both pieces; 保护和促进 or 创新、宜居、智慧的城市: the whole
    if len(parts) > 1 and any(len(p) <= 3 for p, _ in parts[:-1]) and not force:
        return [(text, base)]
    if force:
        # 创新、宜居、美丽、韧性、文明、智慧的现代化人民城市 is one goal; 就业、教育、… are fields
        if _QUALITIES_LIST.search(text):
            return [(text, base)]
        return parts
    if len(parts) > 1 and not all(has_head(trim_goal(p)) for p, _ in parts):
        return [(text, base)]
    return parts
