"""The one mapping from the Extraction to graph terms; the RDF and the Neo4j writer both render it.

Each kind of thing an extraction lists (the report, its passages, bodies, laws, decisions, initiatives,
actions, metrics, relations) is a :class:`Kind`: its class (an RDF class and a Neo4j label, from
kg.vocab), the fields stored as values (:class:`Value`: the RDF predicate and the Neo4j property),
the fields that point at other nodes (:class:`Link`: the RDF predicate and the Neo4j relationship
type), the fields that only form ids, and the fields deliberately not stored, each with the reason.
A field added to the extraction model is stored in both backends by adding one Value or Link here;
tests/test_mapping.py fails while a field of kg.model is neither mapped nor listed as not stored.

Ids: every node's id is the extraction's ``id`` (``law/重庆市地方金融条例``); its IRI is the base plus
that id (:func:`iri`), the report's IRI also names its graph, and a relation statement's id is
:func:`statement_id`. Neo4j keeps the same id in the unique ``id`` property.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kg import vocab as V
from kg.ids import DEFAULT_BASE
from kg.model import Extraction

# how a value is written in RDF; Neo4j stores the Python value itself
STRING, ZH, INTEGER, DECIMAL, DATE, TERM = "string", "zh", "integer", "decimal", "date", "term"


@dataclass(frozen=True)
class Value:
    """A field stored as a value: RDF ``rdf`` (a key of kg.vocab.P or a full IRI; None: not in RDF)
    written as ``datatype`` (ZH: a @zh literal, TERM: the IRI rdkg:VALUE), Neo4j node property
    ``neo4j`` (None: not on the node). Absent (None, or "") values are left out, except that RDF
    states a ``required`` one even when "" (the SHACL shapes ask for the predicate). ``unless``: left
    out when equal to that other field (an alias equal to the canonical name). ``part``: in RDF the
    value is on that part of the node (a passage's selectors), not on the node itself."""

    field: str
    rdf: str | None = None
    neo4j: str | None = None
    datatype: str = STRING
    required: bool = False
    unless: str | None = None
    part: str | None = None


@dataclass(frozen=True)
class Link:
    """A field holding another node's id (or a list of ids): in RDF the triple ``node rel.iri other``,
    in Neo4j the relationship ``(node)-[rel.neo4j]->(other)``; ``to``: the classes the other node may
    have (Neo4j writes one statement per type and labels). ``field`` None links the report itself
    (``reverse``: from the report to the node). ``first``: only the first id of the list (an
    entity's first mention is its evidence). On the Neo4j relationship: ``evidence`` names the field
    whose passage it repeats (EVIDENCE_PROPS), ``copy`` the node's fields it repeats (the saved Cypher
    queries read them there). ``rdf``/``neo4j`` False: that backend does not state it."""

    field: str | None
    rel: V.Rel
    to: tuple[V.Cls, ...] = ()
    first: bool = False
    reverse: bool = False
    evidence: str | None = None
    copy: tuple[str, ...] = ()
    rdf: bool = True
    neo4j: bool = True


@dataclass(frozen=True)
class Part:
    """A node of its own that RDF hangs off a node (a passage's text selectors): IRI ``node + suffix``,
    class ``cls``, reached by the predicate ``via`` (a key of kg.vocab.P)."""

    suffix: str
    cls: V.Cls
    via: str


@dataclass(frozen=True, eq=False)
class Kind:
    """One kind of thing in the extraction. ``key``: ``report`` or the Extraction's list. ``scoped``:
    it belongs to one report (Neo4j: a ``report`` property; removed with the report). ``shared``:
    several reports may describe it (an entity): the report MENTIONS it, and ``names`` are the fields
    holding its names, the first its own (canonical) one, which the catalogue gives as skos:prefLabel
    when ``preferred``; ``catalogue`` its other fields the catalogue repeats, ``per_report`` the fields
    each report's MENTIONS keeps in Neo4j (reports may differ on them). ``caption``: the Neo4j
    ``name`` when no Value gives one. ``ids``: fields that only form ids; ``not_stored``: field → why."""

    key: str
    cls: V.Cls
    values: tuple[Value, ...] = ()
    links: tuple[Link, ...] = ()
    also: tuple[V.Cls, ...] = ()
    parts: tuple[Part, ...] = ()
    scoped: bool = False
    shared: bool = False
    names: tuple[str, ...] = ()
    preferred: bool = False
    catalogue: tuple[str, ...] = ()
    per_report: tuple[str, ...] = ()
    caption: Callable[[Any, dict[str, str]], str] | None = None
    ids: tuple[str, ...] = ("id",)
    not_stored: dict[str, str] = field(default_factory=dict)

    def rdf_fields(self) -> set[str]:
        return ({v.field for v in self.values if v.rdf} | {x.field for x in self.links if x.rdf and x.field}
                | set(self.ids))

    def neo4j_fields(self) -> set[str]:
        return ({v.field for v in self.values if v.neo4j} | {x.field for x in self.links if x.neo4j and x.field}
                | set(self.ids))


def _clip(text: str, n: int = 24) -> str:
    return text if len(text) <= n else text[:n] + "…"


RULE = "the extraction rule that made it: a debugging aid of `kg extract`, not a fact about the report"
YEARS = "the [first, last] year of a multi-year review: `year` holds the year stored"
_SOURCE = V.Rel(V.P["source"], "")  # oa:hasSource: RDF only (Neo4j has IN_REPORT)
_DATASET = V.Rel(V.P["dataSet"], "")  # qb:dataSet: RDF only
_MENTIONED = (Link(None, V.MENTIONS, reverse=True), Link("mentions", V.DERIVED, (V.PASSAGE,), first=True))

REPORT = Kind(
    "report", V.REPORT, also=(V.DATASET,),  # the report's figures are the observations of one data set
    values=(Value("title", "dcTitle", "title", required=True), Value("title", "label", "name", ZH, required=True),
            Value("date", "date", "date", DATE), Value("year", "year", "year", INTEGER),
            Value("jurisdiction", "jurisdiction", "jurisdiction"), Value("genre", "genre", "genre"),
            Value("session", "session", "session"), Value("speaker", "speaker", "speaker"),
            Value("post", "post", "post"), Value("source", "sourceFile", "source")),
    not_stored={"script": "the reader's note that the file was in traditional script; the text stored is as written",
                "notes": "what the reader noticed while reading (an excerpt, a missing title): shown by `kg extract`"})
PASSAGE = Kind(
    "evidence", V.PASSAGE, scoped=True,
    parts=(Part("#position", V.POSITION, "selector"), Part("#quote", V.QUOTE, "selector")),
    links=(Link(None, _SOURCE, neo4j=False), Link(None, V.IN_REPORT)),
    values=(Value("text", "text", "text", required=True),
            Value("start", "start", "start", INTEGER, required=True, part="#position"),
            Value("end", "end", "end", INTEGER, required=True, part="#position"),
            Value("text", "exact", None, required=True, part="#quote")),
    caption=lambda e, _names: _clip(e.text))
BODY = Kind(
    "bodies", V.BODY, shared=True, names=("canonical", "name"), preferred=True, catalogue=("kind", "parent"),
    values=(Value("canonical", "prefLabel", "canonical", ZH, required=True),
            Value("canonical", "label", "name", ZH, required=True),
            Value("name", "altLabel", "alias", ZH, unless="canonical"),
            Value("kind", "kind", "kind", required=True)),
    links=(Link("parent", V.PART_OF, (V.BODY,)), *_MENTIONED))
LAW = Kind(
    "laws", V.LAW, shared=True, names=("title", "name"), preferred=True, per_report=("level", "jurisdiction"),
    values=(Value("title", "title", "title", required=True), Value("title", "label", "name", ZH, required=True),
            Value("name", "name", "short", required=True), Value("level", "level", "level", required=True),
            Value("jurisdiction", "jurisdiction", "jurisdiction"), Value("pair", "pair", "pair")),
    links=_MENTIONED, not_stored={"rule": RULE})
DECISION = Kind(
    "decisions", V.DECISION, shared=True, names=("canonical", "name"),
    values=(Value("canonical", "title", "title", required=True), Value("canonical", "label", "name", ZH, required=True),
            Value("name", "name", "written", required=True)),
    links=_MENTIONED, not_stored={"rule": RULE})
# an initiative's canonical name (simplified script) is its label; a traditional report's own
# spelling is an alternative label, so a query in either script finds it
INITIATIVE = Kind(
    "initiatives", V.INITIATIVE, shared=True, names=("canonical", "name"),
    values=(Value("canonical", "prefLabel", None, ZH, required=True), Value("canonical", "label", "name", ZH, required=True),
            Value("name", "altLabel", "written", ZH, unless="canonical")),
    links=(Link("broader", V.BROADER, (V.INITIATIVE,)), *_MENTIONED), not_stored={"rule": RULE})
_ACTION_COPY = ("period", "year", "type", "verb")
ACTION = Kind(
    "actions", V.ACTION, scoped=True,
    values=(Value("type", V.ACTION_TYPE_OF.iri, "type", TERM, required=True),
            Value("period", "period", "period", required=True), Value("year", "year", "year", INTEGER),
            Value("verb", "verb", "verb")),
    links=(Link("law", V.ON_LAW, (V.LAW, V.DECISION), evidence="evidence", copy=_ACTION_COPY),
           Link("actor", V.ACTOR, (V.BODY,), evidence="evidence", copy=_ACTION_COPY),
           Link("evidence", V.ACTION_EVIDENCE, (V.PASSAGE,)), Link(None, V.IN_REPORT)),
    caption=lambda a, names: f"{V.ACTION_TYPES[a.type][0]} {names.get(a.law, a.law)}",
    not_stored={"years": YEARS, "rule": RULE})
METRIC = Kind(
    "metrics", V.METRIC, scoped=True,
    values=(Value("value", "value", "value", DECIMAL, required=True), Value("upper", "upper", "upper", DECIMAL),
            Value("unit", "unit", "unit", required=True), Value("subject", "subject", "subject", required=True),
            Value("text", "text", "text", required=True), Value("text", None, "name"),
            Value("qualifier", "qualifier", "qualifier", required=True),
            Value("kind", "metricKind", "kind", required=True), Value("period", "period", "period", required=True),
            Value("year", "year", "year", INTEGER)),
    links=(Link("evidence", V.DERIVED, (V.PASSAGE,), copy=("period", "year")), Link(None, _DATASET, neo4j=False),
           Link(None, V.IN_REPORT)),
    not_stored={"years": YEARS})
# a relation: in RDF the triple source → target and an rdf:Statement (its id from statement_id) that
# carries the evidence and ``about``; in Neo4j one relationship carrying them (and the statement's id)
RELATION = Kind(
    "relations", V.STATEMENT, scoped=True,
    values=(Value("about", "about", "about"),),
    links=(Link("evidence", V.DERIVED, (V.PASSAGE,), evidence="evidence"), Link(None, V.IN_REPORT, neo4j=False)),
    ids=("type", "source", "target"), not_stored={"rule": RULE})
STATED_WITH_ENTITY = frozenset({"part_of"})  # RDF states these with the entity (Body.parent), not again
# the classes a relation of each type joins (source, target), as the extraction makes them
RELATION_ENDS: dict[str, tuple[tuple[V.Cls, ...], tuple[V.Cls, ...]]] = {
    "serves": ((V.LAW, V.DECISION, V.BODY), (V.INITIATIVE,)),
    "reported_to": ((V.BODY,), (V.BODY,)),
    "inspected": ((V.BODY,), (V.LAW, V.DECISION)),
    "part_of": ((V.BODY,), (V.BODY,)),
    "broader": ((V.INITIATIVE,), (V.INITIATIVE,)),
}

NODES = (REPORT, PASSAGE, BODY, LAW, DECISION, INITIATIVE, ACTION, METRIC)  # in write order
KINDS = (*NODES, RELATION)
SHARED = tuple(k for k in NODES if k.shared)

# the passage's fields a Neo4j relationship repeats (field → relationship property)
EVIDENCE_PROPS = (("id", "evidence"), ("text", "sentence"), ("start", "start"), ("end", "end"))


def iri(id_: str, base: str = DEFAULT_BASE) -> str:
    return base + id_


def statement_id(report_id: str, rtype: str, source: str, target: str) -> str:
    digest = hashlib.sha1(f"{rtype}|{source}|{target}".encode()).hexdigest()[:12]
    return f"{report_id}/statement/{digest}"


def items(ext: Extraction, kind: Kind) -> list[Any]:
    return [ext.report] if kind is REPORT else list(getattr(ext, kind.key))


def absent(value: Any) -> bool:
    return value is None or value == ""


# whether a rendering states a ``required`` value that is "": RDF does (the SHACL shapes ask for the
# predicate), Neo4j leaves the property out (Cypher reads a missing property as null)
KEEPS_REQUIRED_EMPTY = {"rdf": True, "neo4j": False}


def values(kind: Kind, x: Any, rendering: str) -> Iterator[tuple[Value, Any]]:
    """(Value, value) of ``x`` that a rendering ("rdf" or "neo4j", a field of :class:`Value`) stores,
    in the mapping's order."""
    keep_empty = KEEPS_REQUIRED_EMPTY[rendering]
    for v in kind.values:
        if getattr(v, rendering) is None:
            continue
        val = getattr(x, v.field)
        if val is None or (val == "" and not (keep_empty and v.required)):
            continue
        if v.unless and val == getattr(x, v.unless):
            continue
        yield v, val


def targets(link: Link, x: Any) -> list[str]:
    """The ids a link of ``x`` points at (none for the report link, which the writers resolve)."""
    val = getattr(x, link.field) if link.field else None
    ids = val if isinstance(val, list) else [val]
    ids = [i for i in ids if not absent(i)]
    return ids[:1] if link.first else ids


def names(kind: Kind, x: Any) -> list[str]:
    """An entity's names, its own first, each once: the catalogue's rdfs:label values."""
    return list(dict.fromkeys(getattr(x, f) for f in kind.names))


def relationship_kinds() -> list[tuple[V.Rel, V.Cls, V.Cls]]:
    """Every (relationship, source class, target class) the mapping makes in Neo4j, each once: the
    relations people ask about first, then the links in write order."""
    out: list[tuple[V.Rel, V.Cls, V.Cls]] = []
    for rtype, (sources, targets) in RELATION_ENDS.items():
        out += [(V.RELATIONS[rtype], a, b) for a in sources for b in targets]
    for kind in NODES:
        for link in kind.links:
            if not link.neo4j:
                continue
            if link.field is None:
                out.append((link.rel, V.REPORT, kind.cls) if link.reverse else (link.rel, kind.cls, V.REPORT))
            else:
                out += [(link.rel, kind.cls, to) for to in link.to]
    return list(dict.fromkeys(out))
