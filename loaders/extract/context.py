"""What every extraction step shares: the document, its normalised text, ids and the results so far."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg import ids
from kg.model import (
    Action,
    Body,
    Decision,
    Document,
    Evidence,
    Initiative,
    Law,
    Metric,
    Paragraph,
    Relation,
    Sentence,
)
from kg.text import half_width, normalize

from ..lexicon import alternation_in_order as _alt
from ..lexicon import jurisdiction, level_word
from . import regex as re  # re's functions over a larger cache of compiled patterns
from .segment import Edges

# what will be done: 今年将…, 明年, 拟…, 计划…, 下一步, 今后; what was done wins where both appear
_PLAN_CUE = re.compile(
    rf"今年(?:{_alt('period_plan_modals.txt')})|明年|下一步|今后|新的一年|未来一年|(?:^|[，；：])(?:拟|计划|准备|将要|力争)|"
    rf"(?:^|[，；：])(?:还|也|并)?将(?:{_alt('period_plan_verbs.txt')})"
)
_PAST_CUE = re.compile(rf"过去一年|一年来|去年|已经|已(?:{_alt('period_past_verbs.txt')})|完成了|取得了|先后|共(?:制定|审议|通过|修改)")


_REVIEW_YEARS = re.compile(r"(?:过去|近)([二三四五六七八九十两])年|([二三四五六七八九十两])年来|本届(?:以来|任期)")
_CN_DIGIT = {"二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _review_years(s: str) -> int | None:
    """How many years a review covers (过去五年 → 5, 五年来 → 5, 本届以来 → 5), None if not said."""
    m = _REVIEW_YEARS.search(s)
    if not m:
        return None
    digit = m.group(1) or m.group(2)
    return _CN_DIGIT[digit] if digit else 5


def sentence_period(s: str) -> str | None:
    """plan or past from a sentence's own words, None when it says nothing."""
    if _PAST_CUE.search(s):
        return None
    return "plan" if _PLAN_CUE.search(s) else None


@dataclass
class Span:
    """One sentence being worked on: original and normalised text, offsets, word boundaries."""

    sentence: Sentence
    para: Paragraph
    norm: str
    _bounds: Edges | None = None
    cue: str | None = None  # the period the sentence's own words give, where no part heading does
    _windows: dict[tuple[int, int], Edges] = field(default_factory=dict)  # window → its boundaries

    @property
    def bounds(self) -> Edges:
        """jieba word boundaries (absolute offsets), segmented when a question first needs it."""
        if self._bounds is None:
            self._bounds = Edges(self.norm, 0, len(self.norm), self.sentence.start)
        return self._bounds

    def window_bounds(self, a: int, b: int) -> Edges:
        """Word boundaries (absolute) good for s[a:b]: the sentence's own when already segmented, else a
        segmentation of the window with a few characters of left context (much cheaper than the whole)."""
        if self._bounds is not None and self._bounds.segmented:
            return self._bounds
        lo, hi = max(0, a - 12), min(b, len(self.norm))
        # the finders ask for the same window more than once (a goal's window, then its name's)
        found = self._windows.get((lo, hi))
        if found is None:
            found = self._windows[lo, hi] = Edges(self.norm, lo, hi, self.sentence.start)
        return found

    @property
    def start(self) -> int:
        return self.sentence.start

    def original(self, name: str, near: int = 0) -> str:
        """The report's own spelling of a name found in the normalised text (same length)."""
        i = self.norm.find(name, max(0, near - len(name)))
        if i < 0:
            i = self.norm.find(name)
        return self.sentence.text[i : i + len(name)] if i >= 0 else name

    @property
    def period(self) -> str:
        return self.cue or self.para.period or "past"


@dataclass
class Context:
    doc: Document
    norm: str = ""
    report_id: str = ""
    level: str = ""
    short: str = ""
    main_body: str | None = None
    bodies: dict[str, Body] = field(default_factory=dict)
    laws: dict[str, Law] = field(default_factory=dict)
    decisions: dict[str, Decision] = field(default_factory=dict)
    initiatives: dict[str, Initiative] = field(default_factory=dict)
    metrics: list[Metric] = field(default_factory=list)
    actions: dict[tuple[str, str, str], Action] = field(default_factory=dict)
    relations: dict[tuple[str, str, str], Relation] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.norm = normalize(self.doc.text)
        self.level = level_word(self.doc.jurisdiction)
        j = self.doc.jurisdiction
        self.short = j[: -len(self.level)] if self.level and j.endswith(self.level) else j
        self.report_id = ids.report_id(j, self.doc.year, self.doc.genre, self.doc.text)
        self._review = self._review_spans()

    def _review_spans(self) -> dict[int, int]:
        """Paragraph start → years it reviews, for paragraphs of a multi-year review: a part headed
        过去五年工作回顾, or the paragraphs from one that opens with 过去五年/五年来 to the next one that
        opens with 过去一年/一年来 or the next part."""
        out: dict[int, int] = {}
        whole = self._whole_term_review()
        state: int | None = whole
        for p in self.doc.paragraphs:
            if p.role == "heading":
                t = self.norm[p.start : p.end]
                state = None if re.search(r"一年|今年|去年", t) else (_review_years(t) or whole)
                continue
            if p.role != "body" or p.period != "past":
                continue
            opening = self.norm[p.start : p.start + 12]
            if re.match(r"^(?:过去一年|一年来|今年以来|去年|[12]\d{3}年(?:是|，))", opening):
                state = None
            elif (n := _review_years(opening)) is not None and _REVIEW_YEARS.match(opening):
                state = n
            if state:
                out[p.start] = state
        return out

    def _whole_term_review(self) -> int | None:
        """Years the whole review part covers when the report says so at its start: a standing
        committee's report to the first session of a new congress reports on the term that ended
        (在…第十三届人民代表大会第一次会议上; 向大会报告五年来的主要工作, 本届以来), so its sections
        review five years, not the last one."""
        first_session = re.search(r"第[一二三四五六七八九十]+届[^，。]{0,20}?第一次会议", self.doc.session or "")
        opening = self.norm[self.doc.body_start : self.doc.body_start + 400]
        said = re.search(r"报告(?:本届|[^，。；]{0,12}?(?:五年来|过去五年|本届以来|任期内))", opening)
        if said or (first_session and self.doc.genre == "standing_committee") or self._term_end_year():
            return _review_years(said.group(0)) if said and _review_years(said.group(0)) else 5
        return None

    def _term_end_year(self) -> bool:
        """A report with no session line, by a provincial or the national standing committee, court or
        procuratorate, in a year a term of congress ends. The National People's Congress is elected every
        five years (1998, 2003, … 2023), and every province's congress in the same years since 1998, so
        such a report goes to the first session of the new congress and reviews the term's five years
        (an excerpt of 广东 2023 or 福建 2018 without its byline): a deed in it has no single year. Cities'
        and counties' congresses are elected in other years; a text that says 过去一年 still reviews one."""
        year, genre = self.doc.year, self.doc.genre
        if self.doc.session or year is None or year < 1998 or (year - 1998) % 5 or genre not in ("standing_committee", "court", "procuratorate"):
            return False
        row = jurisdiction(self.doc.jurisdiction)
        return row is not None and row[0] == self.doc.jurisdiction and row[2] != "特别行政区"

    # -------------------------------------------------------------- spans

    def spans(self) -> list[Span]:
        out = []
        # without a plan part (an excerpt, a news page) each sentence says itself what it reports
        cues = self.doc.plan_start is None
        for para in self.doc.paragraphs:
            if para.role not in ("body", "heading", "glossary"):
                continue
            # “十四五”时期，上海发展历程…: a paragraph of a plan part that opens on a plan period already
            # over reviews it (the plan part of a 2026 report looks back on 2021–2025 first)
            opening = self.norm[para.start : para.start + 12]
            # (过去五年，我国经济社会发展取得…: a part on the last plan period and the next opens its review so)
            looked_back = para.period == "plan" and (self._closed_plan_period(opening) or bool(re.match(r"(?:过去五年|过去的五年|五年来)", opening)))
            for s in para.sentences:
                text = self.norm[s.start : s.end]
                out.append(Span(s, para, text, cue="past" if looked_back else sentence_period(text) if cues else None))
        return out

    def _closed_plan_period(self, opening: str) -> bool:
        """Whether a paragraph opens on a five-year plan period that ended before the report's year
        (“十四五”时期 in a 2026 report: 2021–2025)."""
        m = re.match(r"^[“\"]?十([一二三四五六七八九])五[”\"]?(?:时期|期间|以来)", opening)
        if not m or self.doc.year is None:
            return False
        first = 2006 + 5 * "一二三四五六七八九".index(m.group(1))  # 十一五 → 2006–2010, 十四五 → 2021–2025
        return first + 4 < self.doc.year

    # -------------------------------------------------------------- recorders

    def evidence_for(self, span: Span) -> str:
        return self._evidence(span.sentence.start, span.sentence.end)

    def evidence_through(self, first: Span, last: Span) -> str:
        """Evidence from the start of ``first`` to the end of ``last`` (a lead sentence and the
        sentence of the paragraph that relies on it: 聚焦建设X，作出…。出台A规定，… → A serves X)."""
        if first.sentence is last.sentence or first.sentence.start > last.sentence.start:
            return self.evidence_for(last)
        return self._evidence(first.sentence.start, last.sentence.end)

    def _evidence(self, a: int, b: int) -> str:
        # offsets and text as the file has them (the working text may differ: script, noise)
        start, end = self.doc.to_original(a, b)
        eid = f"{self.report_id}/evidence/{start}-{end}"
        if eid not in self.evidence:
            self.evidence[eid] = Evidence.model_construct(id=eid, text=self.doc.source_text()[start:end], start=start, end=end)
        return eid

    def sentence_before(self, span: Span) -> str:
        """The working text of the sentence before ``span``'s in its paragraph ('' for a paragraph's first)."""
        sentences = span.para.sentences
        at = next((i for i, x in enumerate(sentences) if x is span.sentence), 0)
        return self.norm[sentences[at - 1].start : sentences[at - 1].end] if at > 0 else ""

    def years_of(self, span: Span) -> list[int]:
        """[first, last] year when the sentence reviews several years: a part on the past five years
        (过去五年工作回顾, 本届以来), or a sentence that opens with 五年来/过去五年."""
        if span.period != "past" or self.doc.year is None:
            return []
        n = _review_years(span.norm[:12]) if _REVIEW_YEARS.match(span.norm) else None
        n = n or self._review.get(span.para.start)
        return [self.doc.year - n, self.doc.year - 1] if n else []

    def _stated_year(self, span: Span, period: str) -> int | None:
        """The year a sentence opens on (2017年，全市检察机关…, or a day: 2012年3月14日…), where it agrees with the
        period: a past year before the report's (or in it, for a day), a planned one not before it."""
        m = re.match(r"(\d{4})年(?:[，,]|全年)", span.norm)  # (not 2008年以来: a span)
        # 2012年3月14日《…决议》批准: a sentence that opens on the day dates its deed (not …于2025年3月1日起施行: a
        # date later in the sentence may be another event's)
        day = re.match(r"(\d{4})年\d{1,2}月\d{1,2}日(?![^，。；]{0,8}(?:起施行|施行|起实施))", span.norm) if not m else None
        if not m and not day and re.match(r"(?:常委会|本会|我们)?(?:及时|随即|随后|当即|迅速)", span.norm):
            # 2015年6月，中共中央转发…。常委会及时修改选举法: a deed done at once after the dated event of the
            # sentence before is of that year
            m = re.match(r"(\d{4})年\d{1,2}月", self.sentence_before(span))
        if not m and not day:
            return None
        y, report = int((m or day).group(1)), self.doc.year
        if report is None:
            return y if 1949 < y < 2100 else None
        # (a past deed dated to the day may fall in the report's own year, before its session)
        return y if (period == "past" and (y < report or (day is not None and y == report))) or (period == "plan" and y >= report) else None

    def year_of(self, period: str) -> int | None:
        if self.doc.year is None:
            return None
        return self.doc.year - 1 if period == "past" else self.doc.year

    def add_relation(self, rtype: str, source: str, target: str, evidence: str | None, about: str | None = None,
                     rule: str = "") -> None:
        k = (rtype, source, target)
        if k not in self.relations and source != target:
            self.relations[k] = Relation(type=rtype, source=source, target=target, evidence=evidence, about=about,  # type: ignore[arg-type]
                                         rule=rule or rtype)

    def add_action(self, atype: str, law_id: str, span: Span, verb: str, rule: str = "") -> None:
        period = span.period
        k = (law_id, atype, period)
        if k in self.actions:
            return
        aid = f"{self.report_id}/action/{len(self.actions) + 1}"
        years = self.years_of(span)
        self.actions[k] = Action(
            id=aid,
            type=atype,  # type: ignore[arg-type]
            law=law_id,
            actor=self.main_body,
            period=period,  # type: ignore[arg-type]
            # 先后出台…、修改…、制定…: done one after another over years the sentence does not state, so no
            # single year (the report's last year would be a guess)
            # (a multi-year review's deed has its span in years, not one year of it)
            year=self._stated_year(span, period) or (None if period == "past" and ("先后" in span.norm or years) else self.year_of(period)),
            years=years,
            verb=verb,
            evidence=self.evidence_for(span),
            rule=rule,
        )


def simplified(ctx: Context, name: str) -> str:
    """A name as a report writes it, in its canonical form: simplified script, half-width digits and Latin
    letters (“８６３计划” → “863计划”, as the name's id has them)."""
    name = half_width(name)
    if ctx.doc.script != "traditional":
        return name
    from ..read.normalize import to_simplified

    return to_simplified(name)
