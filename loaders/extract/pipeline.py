"""Document → Extraction: runs each finder over every sentence, then links what they found.

Relations, each with its evidence sentence:
- serves: a law or decision serves an initiative named after a service verb in the same sentence
  (…,更好服务西部金融中心建设), one named in the decision's own title, every law made in a paragraph
  led by 围绕X加强立法, and every law listed 在立法上 under a 聚焦"X" / 围绕助力Y heading;
- reported_to: a body whose report (…关于…的报告/汇报) the main body heard;
- inspected: the main body inspected a law; part_of: a body and the body it belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.model import Body, Document, Extraction, ReportInfo

from .. import lexicon
from ..lexicon import alternation_in_order as _alt
from . import bodies, initiatives, laws, metrics
from . import regex as re  # re's functions over a larger cache of compiled patterns
from .context import Context, Span

_LEGISLATIVE = ("enacted", "revised", "amended", "approved", "reviewing", "cleaned")
# a heading that names the goal its section works for: 一、聚焦“产业第一、制造业立市”依法履职
_FOCUS_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)?(?:聚焦|围绕)")
# a heading that names what its whole section serves: 一、服务全面深化改革，推动…; 二、全力保障X
_SERVICE_HEADING = re.compile(rf"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)(?:{_alt('serve_heading_adverbs.txt')})?(?:服务|助力|保障)")
_CITED = re.compile(f"(?:{lexicon.alternation('law_citation_verbs.txt')})$")
# a service verb that opens a clause (…,更好服务X建设; …,助力X): inside a clause 保障 and 为 are
# mostly nouns and prepositions (社会保障, 作为)
_SERVE_VERB = re.compile(rf"(?:^|[,，、:：])(?:更好地?|{_alt('serve_verb_adverbs.txt')})?"
                         rf"(?:{_alt('serve_clause_verbs.txt')})")


# how a report names the body it speaks for
_SELF_REFERENCE = {
    "standing_committee": re.compile(r"常委会|常务委员会"),
    "government": re.compile(r"本届政府|政府|国务院"),
    "court": re.compile(r"本院|法院"),
    "procuratorate": re.compile(r"本院|检察院|检察机关"),
}
_NOTHING = re.compile(r"(?!)")


def extract(doc: Document) -> Extraction:
    ctx = Context(doc)
    ctx.main_body = bodies.main_body(ctx)
    own_body = ctx.bodies.get(ctx.main_body or "")
    # 湖北省高级人民法院院长 郑少三: where the title or the speaker's post names the body the report speaks
    # for, that line is its first mention (not the first sentence that says 法院 or 常委会)
    named = next((p for p in ctx.doc.paragraphs if p.role in ("title", "speaker") and own_body is not None
                  and own_body.canonical in ctx.norm[p.start : p.end]), None)
    if own_body is not None and named is not None:
        own_body.mentions.append(ctx._evidence(named.start, named.end))
    scope: list[str | Goal] = []  # initiatives every law of the current paragraph serves
    focus: list[str] = []  # the 聚焦"X" / 围绕助力Y of the current plan paragraph
    section_focus: list[str] = []  # the goal a heading sets for its section (一、聚焦"X"依法履职)
    section_served: list[str] = []  # what a heading says its whole section serves (一、服务X)
    served_heading: Span | None = None
    current_para = None
    names_laws = False
    for span in ctx.spans():
        if span.para is not current_para:
            current_para = span.para
            scope, focus = [], []
            before: tuple[Span, list[initiatives.Mention]] | None = None  # the sentence before in the paragraph, and its goals
            # a paragraph that names no law or decision has no law for a goal to be served by, so its goals
            # are not looked for (the same serves, without a search for goals in most paragraphs)
            names_laws = _LAW_CHARS.search(ctx.norm, span.para.start, span.para.end) is not None
        law_ms = laws.find(ctx, span)
        body_ms = bodies.find(ctx, span)
        ini_ms = initiatives.find(ctx, span)
        metrics.find(ctx, span)
        lead_goals: list[Goal] = []  # goals a clause of this sentence leads with (落实X战略，制定A条例)
        if names_laws and span.para.role == "body" and not any(m.how in ("scope", "focus", "lead") for m in ini_ms):
            carried, lead_goals = goal_leads(span)
            if carried:
                scope = carried
        eid = ctx.evidence_for(span) if (law_ms or body_ms or ini_ms) else None
        s = span.norm
        if own_body is not None and not own_body.mentions and _SELF_REFERENCE.get(ctx.doc.genre or "", _NOTHING).search(s):
            own_body.mentions.append(ctx.evidence_for(span))  # the body the report speaks for, where it names itself
        if span.para.role == "heading":
            section_focus = [m.id for m in ini_ms] if _FOCUS_HEADING.match(s) else []
            served = _SERVICE_HEADING.match(s)
            first = min((s.find(c) for c in "，,；" if c in s), default=len(s))
            section_served = [m.id for m in ini_ms if served and served.end() <= m.start < first]
            served_heading = span
        elif section_focus:
            # laws made 在立法上 under such a heading serve its goal
            for m in law_ms:
                if _after_marker(s, m.start, "在立法上") and m.action in _LEGISLATIVE:
                    for t in section_focus:
                        ctx.add_relation("serves", m.id, t, eid, rule="serves.section_focus")
        # scope: a goal of legislation leads the paragraph (围绕X加强立法。为X提供法治保障。)
        if any(m.how == "lead" for m in ini_ms) and not law_ms:
            scope = [m.id for m in ini_ms if m.how == "lead"]
        if re.match(r"^聚焦“", s):
            focus = [m.id for m in ini_ms if m.how == "scope"]
        if re.match(r"^围绕(?:助力|服务|促进|推动)?", s) and focus and "在立法上" in s:
            parts = [m.id for m in ini_ms if m.how == "focus"]
            for narrow in parts:  # what a 聚焦"X" paragraph works through sits under X
                for broad in focus[:1]:
                    _broader(ctx, narrow, broad, eid)
            focus = focus + parts + [m.id for m in ini_ms if m.how not in ("scope", "focus")]
        legislative = [m for m in law_ms if m.action in _LEGISLATIVE]
        if legislative and names_laws and span.para.role == "body":
            for t in goal_trails(span):
                inside = [im for im in ini_ms if t.start <= im.start and im.end <= t.end + 2]
                if any(im.start < t.end and t.start < im.end for im in ini_ms if im not in inside):
                    continue
                made = [m for m in legislative if m.end <= t.start and "；" not in s[m.end : t.start]]
                # (构建美丽西藏建设“1+8”制度体系: a goal found inside the clause is its head, the last one)
                tid = (max(inside, key=lambda im: im.end).id if inside else t.resolve(ctx)) if made else None
                for m in made if tid else ():
                    ctx.add_relation("serves", m.id, tid, eid, rule=t.rule)
        in_legislation = [m for m in law_ms if _after_marker(s, m.start, "在立法上")]
        for m in legislative:
            for t in scope + lead_goals:
                if isinstance(t, Goal) and t.rule == "serves.inline_heading" and span.sentence.start - t.span.sentence.end > _HEADING_REACH:
                    continue  # a paragraph's heading names the goal of the sentences near it, not of a page below
                tid = t.resolve(ctx) if isinstance(t, Goal) else t
                if tid:
                    # the evidence reaches back to the sentence that leads with the goal
                    ev = ctx.evidence_through(t.span, span) if isinstance(t, Goal) else eid
                    ctx.add_relation("serves", m.id, tid, ev, rule=t.rule if isinstance(t, Goal) else "serves.scope_lead")
        if span.para.role != "heading":
            for m in legislative:  # a law made in a section headed 服务X serves X
                ev = eid
                if served_heading is not None and span.start - served_heading.start <= 1500:
                    # the evidence reaches back to the heading where the section is short enough to quote
                    ev = ctx.evidence_through(served_heading, span)
                for t in section_served:
                    ctx.add_relation("serves", m.id, t, ev, rule="serves.section_heading")
        for m in in_legislation:
            for t in focus:
                ctx.add_relation("serves", m.id, t, eid, rule="serves.in_legislation")
        # purpose clauses: a law or decision, then a service verb, then the goal
        for im in ini_ms:
            if im.how in ("scope", "lead"):
                continue
            for lm in law_ms:
                inside = lm.kind == "decision" and lm.start <= im.start and im.end <= lm.end
                # 为X提供法治保障，制定A条例: a purpose clause may come first
                purpose = im.how == "purpose" and im.end <= lm.start and "；" not in s[im.end : lm.start]
                between = s[lm.end : im.start]
                # a law only cited (依法履行宪法赋予的职责, 贯彻实施X法) is not what the purpose is served by
                after = (not _CITED.search(s[max(0, lm.start - 6) : lm.start]) and lm.end <= im.start
                         and "；" not in between and _SERVE_VERB.search(between))
                if inside or after or purpose:
                    rule = "serves.decision_title" if inside else "serves.purpose_first" if purpose else "serves.service_verb"
                    ctx.add_relation("serves", lm.id, im.id, eid, rule=rule)
        # 为保障这一重大战略的有效实施，常委会积极推进X条例的制定: the strategy the sentence before named
        that = _ANAPHOR.search(s) if legislative and before is not None and before[1] else None
        for m in legislative if that else ():
            if m.start > that.end():  # type: ignore[union-attr]
                ctx.add_relation("serves", m.id, before[1][-1].id, ctx.evidence_through(before[0], span), rule="serves.anaphor")  # type: ignore[index]
        before = (span, ini_ms)
        # 以X为基础的Y, X纳入Y框架: X sits under Y
        for m in _UNDER.finditer(s) if ("以" in s and "为" in s) or "纳入" in s or "融入" in s else ():
            xs = [i for i in ini_ms if i.start >= m.start("x") and i.end <= m.end("x")]
            ys = [i for i in ini_ms if i.start >= m.start("y") and i.start < m.end("y")]
            for x in xs:
                for y in ys[:1]:
                    _broader(ctx, x.id, y.id, eid)
        _attribute(ctx, span, law_ms, body_ms)
        # inspected and reported_to
        for lm in law_ms:
            if lm.action == "inspected" and ctx.main_body:
                ctx.add_relation("inspected", ctx.main_body, lm.id, eid)
        for bm in body_ms:
            if ctx.main_body and bm.id != ctx.main_body and _reports(s, bm.start, bm.end):
                about = re.match(r"关于([^，。；]{2,60}?)(?:的)?(?:专项)?(?:工作)?(?:情况)?(?:报告|汇报)", s[bm.end :])
                ctx.add_relation("reported_to", bm.id, ctx.main_body, eid, about.group(1) if about else None)
    _link_bodies(ctx)
    return _result(ctx)


_LAW_CHARS = re.compile(_alt("law_name_words.txt"))
# a purpose clause that points back at the goal of the sentence before (为保障这一重大战略的有效实施)
_ANAPHOR = re.compile(rf"[为以]了?(?:{_alt('serve_anaphor_verbs.txt')})?这一(?:重大)?(?:国家)?(?:{_alt('serve_anaphor_nouns.txt')})")
_UNDER = re.compile(
    rf"以(?P<x>[^，。；]{{2,30}}?)为(?:{_alt('serve_under_roles.txt')})的(?P<y>[^，。；]{{2,40}})"
    r"|(?P<x2>[^，。；]{2,30}?)(?:纳入|融入)(?P<y2>[^，。；]{2,30}?)(?:框架|体系)"
)


# bodies that act on laws: a congress or its standing committee makes them, a government drafts,
# submits and implements them, courts and procuratorates apply them
_ACTORS = ("standing_committee", "congress", "government", "court", "procuratorate", "supervision", "department")


def _attribute(ctx: Context, span: Span, law_ms: list, body_ms: list) -> None:
    """An action's actor is the body its clause names as subject before the verb (省政府提请审议X条例草案,
    全国人大常委会审议通过X法); otherwise the body the report speaks for."""
    s = span.norm
    for lm in law_ms:
        clause_start = max(s.rfind(c, 0, lm.start) for c in "。；！？") + 1
        before = [bm for bm in body_ms if clause_start <= bm.start and bm.end <= lm.start]
        if not before:
            continue
        bm = before[-1]
        body = ctx.bodies.get(bm.id)
        # the body is the clause's subject: a verb follows it, not 的 or 关于 (听取省政府关于X条例…的报告)
        if body is None or body.kind not in _ACTORS or re.match(r"(?:的|关于|和|、|及)", s[bm.end : bm.end + 2]):
            continue
        if re.search(r"听取|审议[^，]{0,4}$|对$", s[clause_start : bm.start]):
            continue
        action = ctx.actions.get((lm.id, lm.action, span.period))
        if action is not None and action.evidence == ctx.evidence_for(span):
            action.actor = bm.id


def _broader(ctx: Context, narrow: str, broad: str, evidence: str | None) -> None:
    if narrow == broad or narrow not in ctx.initiatives:
        return
    ini = ctx.initiatives[narrow]
    if broad not in ini.broader:
        ini.broader.append(broad)
    ctx.add_relation("broader", narrow, broad, evidence)


# Goal leads: a clause that opens a sentence (after a time or an attribution: 过去一年，省人大聚焦建设X，…)
# with a scope verb names the goal the laws made after it serve. 聚焦/围绕/紧扣/着眼/服务/助力 X
# carry to the paragraph's end (聚焦建设X，制定A条例。出台B若干规定。); 落实/贯彻 a strategy serves
# only its own sentence (落实国家粮食安全战略和质量强国战略，制定C条例). A goal becomes an initiative
# only when a law made after it serves it.
_LEAD_OPENER = re.compile(rf"^(?:[^，。；：]{{0,14}}(?:{_alt('serve_lead_actors.txt')}))?(?:{_alt('serve_lead_adverbs.txt')})?")
_LEAD_VERB = re.compile(rf"(?:{lexicon.alternation('scope_lead_verbs.txt')})"
                        rf"(?:{_alt('serve_lead_verbs_after.txt')})?")
_STRATEGY_VERB = re.compile(r"(?:认真|全面|深入)?(?:贯彻落实|落实|贯彻|深入实施|实施)")
_NOT_A_GOAL = re.compile(
    rf"(?:{_alt('serve_not_goal_ends.txt')})$"
    rf"|{_alt('serve_not_goal_verbs.txt')}|^(?:{_alt('serve_not_goal_anaphora.txt')})"
)
# what may come before a lead in its sentence: a time, an attribution, a connective (过去一年，报告指出，)
_LEAD_PREFIX_CLAUSE = re.compile(
    rf"^(?:[^，；：]{{0,10}}(?:{_alt('serve_lead_prefix_ends.txt')})|同时|此外|另外|其中|[一二三四五六七八九十]是)$"
)


@dataclass
class Goal:
    """A goal named by a lead clause, made an initiative when a law first serves it."""

    span: Span
    name: str
    start: int
    end: int
    rule: str = "serves.goal_lead"
    made: str | None = None

    def resolve(self, ctx: Context) -> str | None:
        if self.made is None:
            name = re.sub(r"(?:取得|迈出|实现|见到)(?:新|更大|明显|重大)?(?:进展|突破|成效|实效|步伐)$", "", self.name)
            name = initiatives.trim_goal(name) or name
            at = self.start + max(0, self.name.find(name))
            found = initiatives.add(ctx, self.span, name, at, at + len(name), how="lead") if len(name) >= 4 else None
            if found:
                initiatives.register(ctx, self.span, found)
            self.made = found.id if found else ""
        return self.made or None


# a paragraph whose first sentence is a short heading of its own, ending in the goal it works for:
# 着力推动经济转型升级。制定A条例… ; （一）加强县乡人大工作和建设。修改B法…
_INLINE_HEADING = re.compile(
    r"^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+[.．、])?(?:[^。；]{0,20}，)?"
    rf"(?:{_alt('serve_inline_heading_adverbs.txt')}|更好地?|主动)?(?:{_alt('serve_inline_heading_verbs.txt')})"
    r"(?:建设|实现|推动|推进)?(?P<goal>[^，。；：]{4,20})。$"
)


# how far (characters from the heading's end to the sentence's start) an inline heading's goal reaches into its
# paragraph: a long paragraph of a review (持续推进政府职能转变。完成机构改革。…制定优化营商环境条例) moves on to
# other matters the heading does not name
_HEADING_REACH = 250

# a review's inline heading names the goal first and says it was carried out: 城市更新深入实施。
_DONE_HEADING = re.compile(
    r"^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+[.．、])?(?P<goal>[^，。；：]{4,12}?)"
    rf"(?:{_alt('serve_done_heading_adverbs.txt')})(?:{_alt('serve_done_heading_verbs.txt')})。$"
)


def goal_leads(span: Span) -> tuple[list[Goal], list[Goal]]:
    """(goals carried to the paragraph's end, goals of this sentence only) that lead its clauses."""
    s = span.norm
    carried: list[Goal] = []
    own: list[Goal] = []
    sentences = span.para.sentences
    if len(sentences) > 1 and span.sentence is sentences[0] and len(s) <= 36:
        m = _INLINE_HEADING.match(s) or _DONE_HEADING.match(s)
        if m and not _NOT_A_GOAL.search(m.group("goal")) and not _names_law(m.group("goal")):
            return [Goal(span, m.group("goal"), m.start("goal"), m.end("goal"), "serves.inline_heading")], []
    pos = 0
    for n, clause in enumerate(re.split(r"(?<=[，；：])", s)[:3]):
        body = clause.rstrip("，；：。！？")
        opener = _LEAD_OPENER.match(body)
        rest = body[opener.end() :] if opener else body
        a = pos + (len(body) - len(rest))
        pos += len(clause)
        m = _LEAD_VERB.match(rest)
        if m:
            goal = rest[m.end() :]
            if (4 <= len(goal) <= 24 and not _NOT_A_GOAL.search(goal) and not _names_law(goal)
                    and goal.count("“") == goal.count("”")):
                carried.append(Goal(span, goal, a + m.end(), a + len(rest)))
            break
        m = _STRATEGY_VERB.match(rest)
        if m and rest.endswith("战略"):
            for piece in re.split(r"[和、与及]", rest[m.end() :]):
                if piece.endswith("战略") and len(piece) >= 6:
                    at = a + rest.find(piece, m.end())
                    own.append(Goal(span, piece, at, at + len(piece), "serves.strategy_lead"))
            break
        if not _LEAD_PREFIX_CLAUSE.match(body) or n == 2:
            break
    return carried, own


# the purpose clause that closes a sentence in which a law is made: 推动制定A条例，建立…机制，打造Y。
_TRAIL_GOAL = re.compile(
    rf"(?:{_alt('serve_inline_heading_adverbs.txt')}|加快)?(?:{_alt('serve_trailing_goal_verbs.txt')})"
    r"(?P<goal>[^，。；：！？]{4,24})[。！]?$"
)


_COUNTED_GOAL = re.compile(rf"[\d一二三四五六七八九十两几]+(?:万|亿|{_alt('metric_counters.txt')})")  # a target, not a goal


def goal_trails(span: Span) -> list[Goal]:
    """The goal the last clause of the sentence names after a verb of purpose (打造Y, 巩固拓展Y成果), as a goal
    of the laws made before it in the sentence; none where the clause counts (打造10个数据集) or names a law."""
    s = span.norm.rstrip()
    start = max(s.rfind(c) for c in "，；：") + 1
    if start <= 0:
        return []
    m = _TRAIL_GOAL.match(s, start)
    if m is None:
        return []
    goal = re.sub(r"(?:成果|成效)$", "", m.group("goal"))
    if (len(goal) < 4 or _COUNTED_GOAL.search(goal) or _NOT_A_GOAL.search(goal)
            or _names_law(goal) or goal.count("“") != goal.count("”") or goal.startswith("了")):
        return []
    return [Goal(span, goal, m.start("goal"), m.start("goal") + len(goal), "serves.goal_trail")]


def _names_law(text: str) -> bool:
    return bool(re.search(r"(?:条例|规定|办法)|(?<![方办])法(?!治|律|规|院)", text))


def _after_marker(s: str, pos: int, marker: str) -> bool:
    """pos lies in the clause run that follows ``marker`` (up to the sentence's end)."""
    i = s.rfind(marker, 0, pos)
    return i >= 0 and "在监督上" not in s[i:pos] and "在改革上" not in s[i:pos]


def _reports(s: str, a: int, b: int) -> bool:
    """听取(审议)…BODY关于…的报告: the body reported, when 听取 or 审议 governs its clause."""
    clause = s[max(s.rfind(c, 0, a) for c in "，。；：") + 1 : a]
    return s[b : b + 2] == "关于" and bool(re.search(r"听取|审议", clause)) and bool(re.search(r"(?:听取|审议|、|和)[^，。；、]{0,3}$", clause))


def _link_bodies(ctx: Context) -> None:
    for body in list(ctx.bodies.values()):
        if body.parent and body.parent not in ctx.bodies:
            canon = body.parent.split("/", 1)[1]
            ctx.bodies[body.parent] = Body(id=body.parent, name=canon, canonical=canon, kind=bodies.kind_of(canon))
    for body in ctx.bodies.values():
        if body.parent:
            ctx.add_relation("part_of", body.id, body.parent, body.mentions[0] if body.mentions else None)


def _as_written(ctx: Context) -> None:
    """Names and metric texts in the file's own script: the extractor works on simplified text, a
    traditional report's names are given as it writes them (canonical titles stay simplified)."""
    doc = ctx.doc
    if doc.script != "traditional":
        return

    def written(name: str) -> str:
        i = doc.text.find(name, doc.body_start)
        if i < 0:
            i = doc.text.find(name)
        return doc.as_written(i, i + len(name)) if i >= 0 else name

    for group in (ctx.laws, ctx.decisions, ctx.bodies, ctx.initiatives):
        for k, item in group.items():
            group[k] = item.model_copy(update={"name": written(item.name)})  # type: ignore[index]
    ctx.metrics = [m.model_copy(update={"text": written(m.text)}) for m in ctx.metrics]


def _result(ctx: Context) -> Extraction:
    doc = ctx.doc
    _as_written(ctx)
    info = ReportInfo(
        id=ctx.report_id,
        title=doc.title or _default_title(doc),
        jurisdiction=doc.jurisdiction,
        date=doc.date,
        genre=doc.genre,
        session=doc.session,
        speaker=doc.speaker,
        post=doc.post,
        source=doc.path,
        year=doc.year,
        script=doc.script,
        notes=doc.notes,
    )
    return Extraction(
        report=info,
        bodies=list(ctx.bodies.values()),
        laws=list(ctx.laws.values()),
        decisions=list(ctx.decisions.values()),
        initiatives=list(ctx.initiatives.values()),
        metrics=ctx.metrics,
        actions=list(ctx.actions.values()),
        relations=list(ctx.relations.values()),
        evidence=sorted(ctx.evidence.values(), key=lambda e: e.start),
    )


def _default_title(doc: Document) -> str:
    names = {
        "standing_committee": "人民代表大会常务委员会工作报告",
        "government": "政府工作报告",
        "court": "法院工作报告",
        "procuratorate": "检察院工作报告",
    }
    return (doc.jurisdiction if doc.jurisdiction != "中华人民共和国" else "") + names.get(doc.genre, "工作报告")


def extract_file(path: str, force: bool = False) -> Extraction:
    from ..read import read_file

    return extract(read_file(path, force=force))


__all__ = ["extract", "extract_file"]
