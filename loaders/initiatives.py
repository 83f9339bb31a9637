"""Initiatives: strategies, goals, programmes and reforms a report pursues.

Found four ways, all patterns of the genre: quoted programme names ("33618"现代制造业集群体系,
"1+5+N"整体架构); the object of a service verb when it ends in a head noun of the genre (助推成渝地区
双城经济圈建设 → 成渝地区双城经济圈); scope phrases (围绕X加强立法, 聚焦"X"); and a lexicon of the
national strategies reports name bare (乡村振兴, 粤港澳大湾区).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg import ids
from kg.model import Initiative

from .context import Context, Span
from .lexicon import alternation, words

_QUOTED = re.compile(r"“([^“”]{1,14})”")
_DOCTRINE = re.compile(
    r"^(?:两个确立|两个维护|四个意识|四个自信|第一议题|四个机关|一府一委两院|一府两院|关键少数|三支队伍|"
    r"学、查、改、立、融|[一二三四五六七八九十]个(?:务必|必须|坚持|更加|全面)|.*[。，]$)"
)


@dataclass
class Mention:
    id: str
    start: int
    end: int
    how: str  # quoted | service | scope | lexicon | head


def norm_name(name: str) -> str:
    name = name.strip("，、。；：的 ")
    name = re.sub(r"(?:建设|战略)$", "", name) if len(name) > 5 else name
    return name


def initiative_key(name: str) -> str:
    k = ids.key(norm_name(name))
    return re.sub(r"(?:建设|战略|发展)$", "", k) if len(k) > 5 else k


def add(ctx: Context, span: Span, name: str, a: int, b: int, how: str) -> Mention | None:
    name = norm_name(name)
    k = initiative_key(name)
    if len(k) < 3 or _DOCTRINE.match(k):
        return None
    iid = ids.make_id("initiative", k)
    if iid not in ctx.initiatives:
        ctx.initiatives[iid] = Initiative(id=iid, name=name)
    ini = ctx.initiatives[iid]
    eid = ctx.evidence_for(span)
    if eid not in ini.mentions:
        ini.mentions.append(eid)
    return Mention(iid, a, b, how)


@cache
def _head_rx() -> re.Pattern[str]:
    heads = alternation("initiative_heads.txt")
    return re.compile(rf"(?:{heads})")


@cache
def _lexicon_rx() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation('national_strategies.txt')})(?:战略)?")


@cache
def _verb_rx() -> re.Pattern[str]:
    return re.compile(rf"^(?:{alternation('initiative_verbs.txt')})+")


def trim_goal(phrase: str) -> str:
    """成渝地区双城经济圈建设 → 成渝地区双城经济圈; 提升…发展能级 → the goal named inside."""
    p = phrase.strip()
    p = re.sub(r"^[\u4e00-\u9fff]{2,4}(?=打造|建设)", lambda m: m.group(0) if len(p) < 8 else "", p)
    for _ in range(3):
        p2 = _verb_rx().sub("", p)
        if p2 == p:
            break
        p = p2
    p = re.sub(r"(?:发展能级|功能发挥|功能|能级|水平|建设|进程|工作|等工作|等)$", "", p)
    return p.strip("的、 ")


def has_head(name: str) -> bool:
    core = re.sub(r"(?:高质量发展|建设|发展)$", "", ids.key(name))
    return bool(_head_rx().search(core[-8:])) or bool(_lexicon_rx().fullmatch(ids.key(name)))


def find(ctx: Context, span: Span) -> list[Mention]:
    s = span.norm
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def push(m: Mention | None) -> None:
        if m is not None and all(m.end <= x or m.start >= y for x, y in taken):
            out.append(m)
            taken.append((m.start, m.end))

    # quoted programme names: "33618"现代制造业集群体系, "1+5+N"整体架构, "智融惠畅"工程
    for m in _QUOTED.finditer(s):
        inner = m.group(1)
        if _DOCTRINE.match(inner) or s[max(0, m.start() - 2) : m.start()] in ("聚焦",):
            continue
        follow = re.match(r"[\u4e00-\u9fff]{0,12}", s[m.end() :]).group(0)  # type: ignore[union-attr]
        head = _head_rx().search(follow)
        programme = bool(re.search(r"\d|[+＋]|[A-Z]", inner))
        if head and head.start() <= 8:
            name = s[m.start() : m.end() + head.end()]
            push(add(ctx, span, name, m.start(), m.end() + head.end(), "quoted"))
        elif programme:
            tail = re.match(r"(?:[\u4e00-\u9fff]{0,8}?(?:体系|架构|机制|方案|布局|工程|平台|矩阵|格局|工作部署|行动))?", follow)
            name = s[m.start() : m.end()] + (tail.group(0) if tail else "")
            push(add(ctx, span, name, m.start(), m.end() + len(name) - len(m.group(0)), "quoted"))
    # scope: 聚焦"X"…; 围绕X加强立法
    for m in re.finditer(r"聚焦“([^“”]{2,40})”", s):
        push(add(ctx, span, m.group(1), m.start(1), m.end(1), "scope"))
    for m in re.finditer(r"^围绕([^，。；]{2,30}?)加强立法", s):
        push(add(ctx, span, m.group(1), m.start(1), m.end(1), "scope"))
    # the object of a service verb, when it names a goal of the genre
    for m in re.finditer(rf"(?:{alternation('service_verbs.txt')})([^，。；：！？]{{3,40}})", s):
        for piece, a in _split_list(m.group(1), m.start(1)):
            goal = trim_goal(piece)
            if 3 <= len(goal) <= 24 and has_head(goal):
                start = a + piece.find(goal) if goal in piece else a
                push(add(ctx, span, goal, start, start + len(goal), "service"))
    # 为X提供法治保障 / 为X提供有力保障
    for m in re.finditer(r"为([^，。；]{3,30}?)提供(?:有力)?(?:法治)?(?:保障|支撑|服务)", s):
        goal = trim_goal(m.group(1))
        if has_head(goal):
            push(add(ctx, span, goal, m.start(1), m.end(1), "service"))
    # bare national strategies and head-noun phrases
    for m in _lexicon_rx().finditer(s):
        push(add(ctx, span, m.group(0), m.start(), m.end(), "lexicon"))
    return out


def _split_list(text: str, base: int) -> list[tuple[str, int]]:
    text = re.split(r"提供|的(?:决定|报告)", text)[0]
    parts = []
    pos = 0
    for piece in re.split(r"(、|和|与|及)", text):
        if piece in ("、", "和", "与", "及"):
            pos += len(piece)
            continue
        parts.append((piece, base + pos))
        pos += len(piece)
    # 西部人才中心和创新高地: both pieces; 保护和促进: the whole when a piece has no head
    if len(parts) > 1 and not all(has_head(trim_goal(p)) for p, _ in parts):
        return [(text, base)]
    return parts
