"""Extraction → RDF quads, one named graph per report: the rendering of loaders/write/mapping.py in RDF.

Entities (bodies, laws, decisions, initiatives) get IRIs from their canonical names, so the same law
in two reports is one resource described in both graphs. Report-scoped things (actions, metrics,
passages, relation statements) get IRIs under the report's own. Every metric and relation statement
has ``prov:wasDerivedFrom`` its passage and every action ``rdkg:evidence`` (an action is a
prov:Activity, which PROV-O keeps apart from wasDerivedFrom); the passage carries Web Annotation
position and quote selectors into the report's text. Names, titles and sentences are plain strings;
rdfs:label and skos:prefLabel carry ``@zh``. Which field becomes which predicate is the mapping's;
this module only writes terms (literals, datatypes, IRIs) and the reified relation statements.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

import pyoxigraph as ox

from kg import vocab as V
from kg.ids import DEFAULT_BASE
from kg.model import Extraction

from . import mapping as M

_XSD_INT = ox.NamedNode(V.XSD + "integer")
_XSD_DEC = ox.NamedNode(V.XSD + "decimal")
_XSD_DATE = ox.NamedNode(V.XSD + "date")
_TYPE = ox.NamedNode(V.P["type"])


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


@functools.cache
def _pred(key: str) -> ox.NamedNode:
    """A predicate or class named in the mapping: a key of kg.vocab.P or a full IRI (made once)."""
    return _n(V.P.get(key, key))


def _term(v: M.Value, val: Any) -> ox.NamedNode | ox.Literal:
    """The RDF term of a value, as its Value's datatype says."""
    if v.datatype == M.ZH:
        return ox.Literal(val, language="zh")
    if v.datatype == M.INTEGER:
        return ox.Literal(str(val), datatype=_XSD_INT)
    if v.datatype == M.DECIMAL:
        return ox.Literal(_decimal(val), datatype=_XSD_DEC)
    if v.datatype == M.DATE:
        return ox.Literal(val, datatype=_XSD_DATE)
    if v.datatype == M.TERM:
        return _n(V.RDKG + val)
    return ox.Literal(val)


def graph_iri(report_id: str, base: str = DEFAULT_BASE) -> ox.NamedNode:
    return _n(M.iri(report_id, base))


def quads(ext: Extraction, base: str = DEFAULT_BASE) -> list[ox.Quad]:
    """The report's quads, each once, in a stable order."""
    return list(dict.fromkeys(_quads(ext, base)))


@functools.cache
def _plan(kind: M.Kind) -> tuple[tuple, tuple, tuple]:
    """A kind's mapping ready to write: its classes; its values as (field, predicate, term maker, required,
    unless, part); its links as (field, predicate, reverse, first). Made once per kind."""
    classes = tuple(_pred(c.iri) for c in (kind.cls, *kind.also))
    vals = tuple((v.field, _pred(v.rdf), functools.partial(_term, v), v.required, v.unless, v.part)
                 for v in kind.values if v.rdf)
    links = tuple((x.field, _pred(x.rel.iri), x.reverse, x.first) for x in kind.links if x.rdf)
    return classes, vals, links


def _quads(ext: Extraction, base: str) -> Iterator[ox.Quad]:
    g = rep = graph_iri(ext.report.id, base)
    for kind in M.NODES:
        classes, vals, links = _plan(kind)
        for x in M.items(ext, kind):
            s = rep if kind is M.REPORT else _n(M.iri(x.id, base))
            yield from (ox.Quad(s, _TYPE, c, g) for c in classes)
            parts = {}
            for part in kind.parts:
                parts[part.suffix] = node = _n(s.value + part.suffix)
                yield ox.Quad(s, _pred(part.via), node, g)
                yield ox.Quad(node, _TYPE, _pred(part.cls.iri), g)
            yield from _values(vals, x, s, parts, g)
            yield from _links(links, x, s, rep, g, base)
    _classes, rel_vals, rel_links = _plan(M.RELATION)
    for rel in ext.relations:
        term = _pred(V.RELATIONS[rel.type].iri)
        src, dst = _n(M.iri(rel.source, base)), _n(M.iri(rel.target, base))
        if rel.type not in M.STATED_WITH_ENTITY:
            yield ox.Quad(src, term, dst, g)
        st = _n(M.iri(M.statement_id(ext.report.id, rel.type, rel.source, rel.target), base))
        yield ox.Quad(st, _TYPE, _classes[0], g)
        yield ox.Quad(st, _pred("rdfSubject"), src, g)
        yield ox.Quad(st, _pred("rdfPredicate"), term, g)
        yield ox.Quad(st, _pred("rdfObject"), dst, g)
        yield from _links(rel_links, rel, st, rep, g, base)
        yield from _values(rel_vals, rel, st, {}, g)


def _values(vals: tuple, x: Any, s: ox.NamedNode, parts: dict[str, ox.NamedNode], g: ox.NamedNode) -> Iterator[ox.Quad]:
    """The values of ``x`` as M.values gives them (absent ones left out, required ones kept when "")."""
    for field, p, make, required, unless, part in vals:
        val = getattr(x, field)
        if val is None or (val == "" and not required) or (unless and val == getattr(x, unless)):
            continue
        yield ox.Quad(parts[part] if part else s, p, make(val), g)


def _links(links: tuple, x: Any, s: ox.NamedNode, rep: ox.NamedNode, g: ox.NamedNode, base: str) -> Iterator[ox.Quad]:
    for field, p, reverse, first in links:
        if field is None:
            yield ox.Quad(rep, p, s, g) if reverse else ox.Quad(s, p, rep, g)
            continue
        val = getattr(x, field)
        ids = [t for t in (val if isinstance(val, list) else [val]) if not M.absent(t)]  # as M.targets
        yield from (ox.Quad(s, p, _n(M.iri(t, base)), g) for t in (ids[:1] if first else ids))


def index_quads(ext: Extraction, base: str = DEFAULT_BASE) -> list[ox.Quad]:
    """The entity catalogue in the default graph: each entity's class and labels, once.

    Report graphs repeat the description of every entity they mention; the default graph holds it
    once, so a keyword search over names scans each entity once instead of once per report.
    """
    d = ox.DefaultGraph()
    out = []
    for kind in M.SHARED:
        for x in M.items(ext, kind):
            s = _n(M.iri(x.id, base))
            out.append(ox.Quad(s, _TYPE, _n(kind.cls.iri), d))
            labels = M.names(kind, x)
            if kind.preferred:  # canonical names: one per entity
                out.append(ox.Quad(s, _pred("prefLabel"), ox.Literal(labels[0], language="zh"), d))
            out += [ox.Quad(s, _pred("label"), ox.Literal(label, language="zh"), d) for label in labels]
            for v, val in M.values(kind, x, "rdf"):
                if v.field in kind.catalogue:
                    out.append(ox.Quad(s, _pred(v.rdf or ""), _term(v, val), d))
            for link in kind.links:
                if link.field in kind.catalogue:
                    out += [ox.Quad(s, _n(link.rel.iri), _n(M.iri(t, base)), d) for t in M.targets(link, x)]
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

    classes = " ".join(f"<{k.cls.iri}>" for k in M.SHARED)
    parts = [f"DELETE {{ ?x ?p ?o }} WHERE {{ {listed} ?x ?p ?o }}", part("?x a ?c", f"?x a ?c VALUES ?c {{ {classes} }}")]
    label, pref = f"<{V.P['label']}>", f"<{V.P['prefLabel']}>"
    for kind in M.SHARED:
        cls = f"<{kind.cls.iri}>"
        for i, name in enumerate(kind.names):
            # the report graph's statement of that name: a @zh value if the mapping has one, else a plain one
            v = min((v for v in kind.values if v.field == name and v.rdf and not v.part),
                    key=lambda v: v.datatype != M.ZH)
            where = f"?x a {cls} ; <{V.P.get(v.rdf or '', v.rdf)}> ?{'l' if v.datatype == M.ZH else 'n'}"
            if v.datatype != M.ZH:
                where += ' BIND(STRLANG(?n, "zh") AS ?l)'
            parts.append(part(f"?x {pref} ?l ; {label} ?l" if i == 0 and kind.preferred else f"?x {label} ?l", where))
        for v in kind.values:
            if v.field in kind.catalogue and v.rdf:
                p = f"<{V.P.get(v.rdf, v.rdf)}>"
                parts.append(part(f"?x {p} ?k", f"?x a {cls} ; {p} ?k"))
        for link in kind.links:
            if link.field in kind.catalogue:
                p = f"<{link.rel.iri}>"
                parts.append(part(f"?x {p} ?k", f"?x a {cls} ; {p} ?k"))
    return " ;\n".join(parts)
