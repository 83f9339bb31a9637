"""Extraction → RDF quads, one named graph per report, terms from kg.vocab.

Entities (bodies, laws, decisions, initiatives) get IRIs from their canonical names, so the same law
in two reports is one resource described in both graphs. Report-scoped things (actions, metrics,
passages, relation statements) get IRIs under the report's own. Every metric and relation statement
has ``prov:wasDerivedFrom`` its passage and every action ``rdkg:evidence`` (an action is a
prov:Activity, which PROV-O keeps apart from wasDerivedFrom); the passage carries Web Annotation
position and quote selectors into the report's text. Names, titles and sentences are plain strings;
rdfs:label and skos:prefLabel carry ``@zh``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import pyoxigraph as ox

from kg import vocab as V
from kg.ids import DEFAULT_BASE
from kg.model import Extraction

_XSD_INT = ox.NamedNode(V.XSD + "integer")
_XSD_DEC = ox.NamedNode(V.XSD + "decimal")
_XSD_DATE = ox.NamedNode(V.XSD + "date")
_TYPE = ox.NamedNode(V.P["type"])


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


_PROPS = {k: _n(v) for k, v in V.P.items()}


def graph_iri(report_id: str, base: str = DEFAULT_BASE) -> ox.NamedNode:
    return _n(base + report_id)


def statement_id(report_id: str, rtype: str, source: str, target: str) -> str:
    digest = hashlib.sha1(f"{rtype}|{source}|{target}".encode()).hexdigest()[:12]
    return f"{report_id}/statement/{digest}"


def quads(ext: Extraction, base: str = DEFAULT_BASE) -> list[ox.Quad]:
    """The report's quads, each once, in a stable order."""
    return list(dict.fromkeys(_quads(ext, base)))


def _quads(ext: Extraction, base: str) -> Iterator[ox.Quad]:  # noqa: C901 - one flat mapping, kind by kind
    r = ext.report
    g = graph_iri(r.id, base)
    rep = g

    def iri(id_: str) -> ox.NamedNode:
        return _n(base + id_)

    def q(s: ox.NamedNode, p: str, o: ox.NamedNode | ox.Literal) -> ox.Quad:
        return ox.Quad(s, _PROPS[p] if p in _PROPS else _n(p), o, g)

    def lit(v: str, lang: str | None = None) -> ox.Literal:
        return ox.Literal(v, language=lang) if lang else ox.Literal(v)

    def typed(s: ox.NamedNode, cls: V.Cls) -> ox.Quad:
        return ox.Quad(s, _TYPE, _n(cls.iri), g)

    # the report
    yield typed(rep, V.REPORT)
    yield typed(rep, V.DATASET)  # the report's figures are the observations of one data set
    yield q(rep, "dcTitle", lit(r.title))
    yield q(rep, "label", lit(r.title, "zh"))
    if r.date:
        yield q(rep, "date", ox.Literal(r.date, datatype=_XSD_DATE))
    if r.year is not None:
        yield q(rep, "year", ox.Literal(str(r.year), datatype=_XSD_INT))
    for key in ("jurisdiction", "genre", "session", "speaker", "post"):
        val = getattr(r, key)
        if val:
            yield q(rep, key, lit(val))
    if r.source:
        yield q(rep, "sourceFile", lit(r.source))

    # evidence passages with Web Annotation selectors
    for e in ext.evidence:
        ev = iri(e.id)
        pos, quote = _n(ev.value + "#position"), _n(ev.value + "#quote")
        yield typed(ev, V.PASSAGE)
        yield q(ev, "source", rep)
        yield q(ev, V.IN_REPORT.iri, rep)
        yield q(ev, "text", lit(e.text))
        yield q(ev, "selector", pos)
        yield q(ev, "selector", quote)
        yield typed(pos, V.POSITION)
        yield q(pos, "start", ox.Literal(str(e.start), datatype=_XSD_INT))
        yield q(pos, "end", ox.Literal(str(e.end), datatype=_XSD_INT))
        yield typed(quote, V.QUOTE)
        yield q(quote, "exact", lit(e.text))

    def mentions(s: ox.NamedNode, evidence_ids: list[str]) -> Iterator[ox.Quad]:
        yield q(rep, V.MENTIONS.iri, s)
        for eid in evidence_ids[:1]:
            yield q(s, V.DERIVED.iri, iri(eid))

    for b in ext.bodies:
        s = iri(b.id)
        yield typed(s, V.BODY)
        yield q(s, "prefLabel", lit(b.canonical, "zh"))
        yield q(s, "label", lit(b.canonical, "zh"))
        if b.name != b.canonical:
            yield q(s, "altLabel", lit(b.name, "zh"))
        yield q(s, "kind", lit(b.kind))
        if b.parent:
            yield q(s, V.PART_OF.iri, iri(b.parent))
        yield from mentions(s, b.mentions)
    for law in ext.laws:
        s = iri(law.id)
        yield typed(s, V.LAW)
        yield q(s, "title", lit(law.title))
        yield q(s, "label", lit(law.title, "zh"))
        yield q(s, "name", lit(law.name))
        yield q(s, "level", lit(law.level))
        if law.jurisdiction:
            yield q(s, "jurisdiction", lit(law.jurisdiction))
        if law.pair:
            yield q(s, "pair", lit(law.pair))
        yield from mentions(s, law.mentions)
    for d in ext.decisions:
        s = iri(d.id)
        yield typed(s, V.DECISION)
        yield q(s, "title", lit(d.name))
        yield q(s, "label", lit(d.name, "zh"))
        yield q(s, "name", lit(d.name))
        yield from mentions(s, d.mentions)
    for i in ext.initiatives:
        s = iri(i.id)
        yield typed(s, V.INITIATIVE)
        yield q(s, "prefLabel", lit(i.name, "zh"))
        yield q(s, "label", lit(i.name, "zh"))
        for b in i.broader:
            yield q(s, V.BROADER.iri, iri(b))
        yield from mentions(s, i.mentions)

    for a in ext.actions:
        s = iri(a.id)
        yield typed(s, V.ACTION)
        yield q(s, V.ACTION_TYPE_OF.iri, _n(V.RDKG + a.type))
        yield q(s, V.ON_LAW.iri, iri(a.law))
        if a.actor:
            yield q(s, V.ACTOR.iri, iri(a.actor))
        yield q(s, "period", lit(a.period))
        if a.year is not None:
            yield q(s, "year", ox.Literal(str(a.year), datatype=_XSD_INT))
        if a.verb:
            yield q(s, "verb", lit(a.verb))
        yield q(s, V.ACTION_EVIDENCE.iri, iri(a.evidence))
        yield q(s, V.IN_REPORT.iri, rep)

    for m in ext.metrics:
        s = iri(m.id)
        yield typed(s, V.METRIC)
        yield q(s, "value", ox.Literal(_decimal(m.value), datatype=_XSD_DEC))
        if m.upper is not None:
            yield q(s, "upper", ox.Literal(_decimal(m.upper), datatype=_XSD_DEC))
        yield q(s, "unit", lit(m.unit))
        yield q(s, "subject", lit(m.subject))
        yield q(s, "text", lit(m.text))
        yield q(s, "qualifier", lit(m.qualifier))
        yield q(s, "metricKind", lit(m.kind))
        yield q(s, "period", lit(m.period))
        if m.year is not None:
            yield q(s, "year", ox.Literal(str(m.year), datatype=_XSD_INT))
        if m.evidence:
            yield q(s, V.DERIVED.iri, iri(m.evidence))
        yield q(s, "dataSet", rep)
        yield q(s, V.IN_REPORT.iri, rep)

    for rel in ext.relations:
        term = V.RELATIONS[rel.type]
        src, dst = iri(rel.source), iri(rel.target)
        if rel.type != "part_of":  # part_of is stated with the body itself
            yield q(src, term.iri, dst)
        st = iri(statement_id(r.id, rel.type, rel.source, rel.target))
        yield typed(st, V.STATEMENT)
        yield q(st, "rdfSubject", src)
        yield q(st, "rdfPredicate", _n(term.iri))
        yield q(st, "rdfObject", dst)
        if rel.evidence:
            yield q(st, V.DERIVED.iri, iri(rel.evidence))
        if rel.about:
            yield q(st, "about", lit(rel.about))
        yield q(st, V.IN_REPORT.iri, rep)


def index_quads(ext: Extraction, base: str = DEFAULT_BASE) -> list[ox.Quad]:
    """The entity catalogue in the default graph: each entity's class and labels, once.

    Report graphs repeat the description of every entity they mention; the default graph holds it
    once, so a keyword search over names scans each entity once instead of once per report.
    """
    d = ox.DefaultGraph()
    out = []
    rows: list[tuple[str, V.Cls, list[str]]] = []
    rows += [(b.id, V.BODY, [b.canonical, b.name]) for b in ext.bodies]
    for b in ext.bodies:
        out.append(ox.Quad(_n(base + b.id), _PROPS["kind"], ox.Literal(b.kind), d))
        if b.parent:
            out.append(ox.Quad(_n(base + b.id), _n(V.PART_OF.iri), _n(base + b.parent), d))
    rows += [(x.id, V.LAW, [x.title, x.name]) for x in ext.laws]
    rows += [(x.id, V.DECISION, [x.name]) for x in ext.decisions]
    rows += [(x.id, V.INITIATIVE, [x.name]) for x in ext.initiatives]
    for id_, cls, labels in rows:
        s = _n(base + id_)
        out.append(ox.Quad(s, _TYPE, _n(cls.iri), d))
        if cls in (V.BODY, V.LAW):  # canonical names: one per entity
            out.append(ox.Quad(s, _PROPS["prefLabel"], ox.Literal(labels[0], language="zh"), d))
        for label in dict.fromkeys(labels):
            out.append(ox.Quad(s, _PROPS["label"], ox.Literal(label, language="zh"), d))
    return out


def _decimal(v: float) -> str:
    text = repr(float(v))
    if "e" in text or "E" in text:
        text = format(v, "f")
    return text


def catalogue_refresh(affected: str) -> str:
    """The catalogue entry of an entity as a function of the report graphs that mention it: the same
    triples as index_quads gives, read back from what quads wrote. ``affected`` names a graph listing
    the entities to recompute (``?x rdkg:mentions ?x``); their old entries go first. RDFStore runs it in
    the update that removes or replaces a report, so the catalogue never keeps what only that report said."""
    listed = f"GRAPH <{affected}> {{ ?x rdkg:mentions ?x }}"

    def part(template: str, where: str) -> str:
        return f"INSERT {{ {template} }} WHERE {{ {listed} GRAPH ?g {{ ?g a rdkg:Report ; rdkg:mentions ?x . {where} }} }}"

    body, law = f"<{V.BODY.iri}>", f"<{V.LAW.iri}>"
    return " ;\n".join([
        f"DELETE {{ ?x ?p ?o }} WHERE {{ {listed} ?x ?p ?o }}",
        part("?x a ?c", f"?x a ?c VALUES ?c {{ {body} {law} <{V.DECISION.iri}> <{V.INITIATIVE.iri}> }}"),
        part("?x skos:prefLabel ?l ; rdfs:label ?l", f"?x a {body} ; skos:prefLabel ?l"),
        part("?x rdfs:label ?l", f"?x a {body} ; skos:altLabel ?l"),
        part("?x rdkg:kind ?k", f"?x a {body} ; rdkg:kind ?k"),
        part(f"?x <{V.PART_OF.iri}> ?p", f"?x a {body} ; <{V.PART_OF.iri}> ?p"),
        part("?x skos:prefLabel ?l ; rdfs:label ?l", f"?x a {law} ; rdfs:label ?l"),
        part("?x rdfs:label ?l", f'?x a {law} ; <{V.P["name"]}> ?n BIND(STRLANG(?n, "zh") AS ?l)'),
        part("?x rdfs:label ?l", f"?x a ?c ; rdfs:label ?l VALUES ?c {{ <{V.DECISION.iri}> <{V.INITIATIVE.iri}> }}"),
    ])
