"""The canonical hand-offs between stages: a read Document and an Extraction.

Both are pydantic models with ``extra="forbid"``; the Extraction's JSON form is the public
contract described in DESIGN.md (keys and field names are never renamed, only added).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Period = Literal["past", "plan"]
# what was done to a law; `other`: the law is invoked or mentioned and nothing is done to it (宪法宣誓,
# 履行宪法法律赋予的职责), as the blind annotators mark it
ActionType = Literal[
    "enacted", "revised", "amended", "approved", "reviewing", "inspected", "repealed", "cleaned", "other"
]
Qualifier = Literal["exact", "about", "at_least", "at_most"]
MetricKind = Literal["actual", "target", "baseline"]  # baseline: the A of 从A提高到B
Genre = Literal["standing_committee", "government", "court", "procuratorate", "congress", "unknown"]
RelationType = Literal["serves", "reported_to", "inspected", "part_of", "broader"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# ---------------------------------------------------------------- reading


class Sentence(Strict):
    start: int
    end: int
    text: str


class Paragraph(Strict):
    start: int
    end: int
    text: str
    role: Literal["title", "dateline", "speaker", "salutation", "heading", "body", "junk", "glossary"]
    period: Period | None = None
    section: str | None = None
    lead: str | None = Field(None, description="the paragraph's lead sentence (围绕…加强立法。)")
    sentences: list[Sentence] = []


class Section(Strict):
    number: str
    title: str
    start: int
    period: Period | None = None
    level: int = 1


class Document(Strict):
    """A report as read. ``text`` is the working text (noise removed, simplified characters); every
    offset in the document points into it. ``original`` is the file's text as decoded and ``origin``
    maps each working character to its offset there (both empty when the two are the same)."""

    path: str
    text: str = Field(repr=False)
    encoding: str
    original: str = Field("", repr=False)
    origin: list[int] = Field(default_factory=list, repr=False)
    script: Literal["simplified", "traditional"] = "simplified"
    normalized: dict[str, int] = Field(default_factory=dict, description="normalisation rule → characters it touched")
    # a web page's tags and character references (&ldquo;) at their offsets in ``original``: the character each stands for
    decoded: dict[int, str] = Field(default_factory=dict, repr=False)
    notes: list[str] = Field(default_factory=list, description="what the reader noticed: an excerpt, a missing title …")
    title: str = ""
    genre: Genre = "unknown"
    jurisdiction: str = ""
    session: str = ""
    date: str = ""
    speaker: str = ""
    post: str = ""
    year: int | None = None
    body_start: int = 0
    body_end: int = 0
    plan_start: int | None = None
    sections: list[Section] = []
    paragraphs: list[Paragraph] = []

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Offsets of ``text[start:end]`` in the file's own text (noise inside the span included)."""
        if not self.origin:
            return start, end
        if end <= start:
            o = self.origin[start] if start < len(self.origin) else len(self.original)
            return o, o
        return self.origin[start], self.origin[end - 1] + 1

    def as_written(self, start: int, end: int) -> str:
        """The file's own characters for ``text[start:end]`` (its script), without the noise."""
        if not self.original:
            return self.text[start:end]
        if not self.origin:
            return self.original[start:end]
        # (a page's tag or character reference: the character it stands for)
        return "".join(self.decoded.get(o) or self.original[o] for o in self.origin[start:end])

    def source_text(self) -> str:
        """The file's text as decoded: what evidence offsets point into."""
        return self.original or self.text


# ---------------------------------------------------------------- extraction


class ReportInfo(Strict):
    id: str
    title: str
    jurisdiction: str
    date: str
    genre: Genre = "unknown"
    session: str = ""
    speaker: str = ""
    post: str = ""
    source: str = ""
    year: int | None = None
    script: Literal["simplified", "traditional"] = "simplified"
    notes: list[str] = []


class Body(Strict):
    id: str
    name: str
    canonical: str
    kind: str
    parent: str | None = None
    mentions: list[str] = []


class Law(Strict):
    id: str
    name: str
    title: str
    level: str
    jurisdiction: str = ""
    pair: str | None = None
    mentions: list[str] = []
    rule: str = Field("", description="the extraction rule that made it (see docs/rules.md)")


class _Named(Strict):
    """A thing named as the report writes it (``name``) and in simplified script (``canonical``)."""

    @model_validator(mode="after")
    def _canonical_defaults_to_name(self):  # an extraction written before canonical existed
        if not self.canonical:  # type: ignore[attr-defined]
            self.canonical = self.name  # type: ignore[attr-defined]
        return self


class Decision(_Named):
    id: str
    name: str
    canonical: str = Field("", description="the name in simplified script (name: as the report writes it)")
    mentions: list[str] = []
    rule: str = Field("", description="the extraction rule that made it (see docs/rules.md)")


class Initiative(_Named):
    id: str
    name: str
    canonical: str = Field("", description="the name in simplified script (name: as the report writes it)")
    broader: list[str] = []
    mentions: list[str] = []
    rule: str = Field("", description="the extraction rule that made it (see docs/rules.md)")


class Metric(Strict):
    id: str
    text: str
    value: float
    unit: str
    subject: str
    qualifier: Qualifier = "exact"
    kind: MetricKind = "actual"
    period: Period = "past"
    upper: float | None = None
    year: int | None = None
    years: list[int] = Field(default_factory=list, description="[first, last] year of a multi-year review (过去五年)")
    evidence: str = ""


class Action(Strict):
    id: str
    type: ActionType
    law: str
    actor: str | None = None
    period: Period
    year: int | None = None
    years: list[int] = Field(default_factory=list, description="[first, last] year of a multi-year review (过去五年)")
    verb: str = ""
    evidence: str
    rule: str = Field("", description="the extraction rule that made it (see docs/rules.md)")


class Relation(Strict):
    type: RelationType
    source: str
    target: str
    evidence: str | None = None
    about: str | None = None
    rule: str = Field("", description="the extraction rule that made it (see docs/rules.md)")


class Evidence(Strict):
    id: str
    text: str
    start: int
    end: int


class Extraction(Strict):
    report: ReportInfo
    bodies: list[Body] = []
    laws: list[Law] = []
    decisions: list[Decision] = []
    initiatives: list[Initiative] = []
    metrics: list[Metric] = []
    actions: list[Action] = []
    relations: list[Relation] = []
    evidence: list[Evidence] = []
