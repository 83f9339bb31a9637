"""Extraction → Neo4j property graph (rows for ``UNWIND``), labels and relationship types from kg.vocab.

The same ids as the RDF graph (ext ids such as ``law/重庆市地方金融条例``) and ``name`` as the caption.
Entities shared by reports (Body, Law, Decision, Initiative) carry a sorted ``reports`` list and a
MENTIONS relationship from each Report that names them; their properties come from the report first
by id among those that name them (so they do not depend on load order, and removing that report
hands them to the next) except ``labels``, the sorted names the loaded reports give (the RDF
catalogue's rdfs:label). Each report's own description (what its RDF
graph says) is on its MENTIONS relationship: ``name`` (its wording), ``label`` (its rdfs:label: the
canonical name or title), ``labels``, and a law's ``level`` and ``jurisdiction``; the saved Cypher queries read it there. Report-scoped nodes (Action, Metric, Evidence) and every
relationship carry ``report``. Loading a report is ONE transaction: delete the report's own facts,
then write its nodes and relationships with ``UNWIND $rows …`` statements (see _write_statements). An error or interrupt
rolls the whole report back. Label and type names come only from kg.vocab through ``_q``; data
always travels as parameters.
"""

from __future__ import annotations

import json
from typing import Any

from kg import vocab as V
from kg.model import Body, Extraction, Law
from kg.neo4j_browser import caption

from .rdf import statement_id

FULLTEXT = "rdkg_names"
SHARED = (V.BODY, V.LAW, V.DECISION, V.INITIATIVE)  # entities several reports may mention
SCOPED = (V.ACTION, V.METRIC, V.PASSAGE)  # nodes that belong to one report
REL_TYPES = tuple(dict.fromkeys(
    [r.neo4j for r in V.RELATIONS.values()]
    + [V.ON_LAW.neo4j, V.ACTOR.neo4j, V.DERIVED.neo4j, V.ACTION_EVIDENCE.neo4j, V.IN_REPORT.neo4j, V.MENTIONS.neo4j]
))
_LABELS = {c.label for c in V.CLASSES}


def _q(name: str) -> str:
    """The one quoting helper: a label or relationship type from kg.vocab, in backticks."""
    if name not in _LABELS and name not in REL_TYPES and not name.startswith("rdkg_"):
        raise ValueError(f"{name!r} is not a term of kg.vocab")
    return "`" + name.replace("`", "``") + "`"



def _kinds(rtype: V.Rel, sources: tuple[V.Cls, ...], targets: tuple[V.Cls, ...]) -> list[tuple[str, str, str]]:
    return [(rtype.neo4j, a.label, b.label) for a in sources for b in targets]


# every (type, source label, target label) the writer produces; the write statements name each one, so
# their text is the same for every report and Neo4j plans them once
REL_KINDS = tuple(
    _kinds(V.IN_REPORT, (V.PASSAGE, V.ACTION, V.METRIC), (V.REPORT,))
    + _kinds(V.MENTIONS, (V.REPORT,), SHARED)
    + _kinds(V.DERIVED, (*SHARED, V.METRIC, V.ACTION), (V.PASSAGE,))
    + _kinds(V.SERVES, (V.LAW, V.DECISION, V.BODY), (V.INITIATIVE,))
    + _kinds(V.INSPECTED, (V.BODY,), (V.LAW, V.DECISION))
    + _kinds(V.REPORTED_TO, (V.BODY,), (V.BODY,))
    + _kinds(V.PART_OF, (V.BODY,), (V.BODY,))
    + _kinds(V.BROADER, (V.INITIATIVE,), (V.INITIATIVE,))
    + _kinds(V.ON_LAW, (V.ACTION,), (V.LAW, V.DECISION))
    + _kinds(V.ACTOR, (V.ACTION,), (V.BODY,))
)


def _node_write(label: str, shared: bool) -> str:
    if shared:  # the report first by id sets its properties, whatever the load order; reports stay sorted
        return (f"MERGE (n:{_q(label)} {{id: row.id}}) "
                "WITH n, row, coalesce(n.reports, []) AS before, n.labels AS names "
                "FOREACH (_ IN CASE WHEN all(x IN before WHERE $rid <= x) THEN [1] ELSE [] END | "
                "SET n = row.props SET n.labels = names) "
                "SET n.reports = [x IN before WHERE x < $rid] + [$rid] + [x IN before WHERE x > $rid]")
    if label == V.REPORT.label:
        return f"MERGE (n:{_q(label)} {{id: row.id}}) SET n = row.props"
    return f"CREATE (n:{_q(label)}) SET n = row.props"


def _rel_write(rtype: str, src: str, dst: str) -> str:
    # the index hints keep the plan on the unique ids even when it is made on an empty database
    return (f"MATCH (a:{_q(src)} {{id: row.src}}) USING INDEX a:{_q(src)}(id) "
            f"MATCH (b:{_q(dst)} {{id: row.dst}}) USING INDEX b:{_q(dst)}(id) "
            f"CREATE (a)-[r:{_q(rtype)}]->(b) SET r = row.props")


def _chain(parts: list[str]) -> str:
    """One statement that chains ``CALL () { UNWIND $data.pN AS row … }``, one per label or relationship
    kind. The rows travel inside one map parameter: Neo4j caches a plan per query text and parameter
    types, list sizes included, so lists of varying sizes as separate parameters would have it plan
    again for many reports (~0.5 s each), while one map keeps every report on one cached plan.
    replan=skip stops a growing graph from replanning it (its plan, seeks on the unique ids, does not
    depend on the graph's statistics)."""
    return "CYPHER replan=skip\n" + "\n".join(
        f"CALL () {{ UNWIND $data.p{i} AS row {body} }}" for i, body in enumerate(parts))


_NODE_ORDER = (V.REPORT, V.PASSAGE, *SHARED, V.ACTION, V.METRIC)
_NODES_STATEMENT = _chain([_node_write(c.label, c in SHARED) for c in _NODE_ORDER])
_RELS_STATEMENT = _chain([_rel_write(*k) for k in REL_KINDS])
_LABELS_STATEMENT = (f"MATCH (:{_q(V.REPORT.label)} {{id: $rid}})-[m:{_q(V.MENTIONS.neo4j)}]->(e) "
                     "SET e.labels = COLLECT { UNWIND coalesce(e.labels, []) + m.labels AS x RETURN DISTINCT x ORDER BY x }")
# after a report goes: each entity it shared gets the properties the first remaining report (by id)
# gives (kept as JSON on that report's MENTIONS) and the sorted names all remaining reports give
_RESET_STATEMENT = (
    f"UNWIND $kept AS eid MATCH (e) WHERE elementId(e) = eid "
    f"CALL (e) {{ MATCH (r:{_q(V.REPORT.label)})-[m:{_q(V.MENTIONS.neo4j)}]->(e) WHERE r.id IN e.reports "
    "RETURN m.entity AS entity ORDER BY r.id LIMIT 1 } "
    f"WITH e, entity, COLLECT {{ MATCH (:{_q(V.REPORT.label)})-[m:{_q(V.MENTIONS.neo4j)}]->(e) "
    "UNWIND m.labels AS x RETURN DISTINCT x ORDER BY x } AS labels, e.reports AS reports "
    "RETURN elementId(e) AS eid, entity, labels, reports")


def _write_statements(nodes: list[tuple[str, bool, list[dict]]],
                      rels: dict[tuple[str, str, str], list[dict]]) -> list[tuple[str, dict[str, Any]]]:
    """The statements that write one report: its nodes, its relationships, then the entities' labels.
    The first two take their rows in one map of lists, one list per label or relationship kind, so
    their text and parameter types are the same for every report (planned once) and a report costs
    three round trips. The report's own nodes and relationships are created outright (a reload has
    deleted them first); shared entities and the Report node are merged."""
    by_label = {label: rows for label, _shared, rows in nodes}
    out = [(_NODES_STATEMENT, {"data": {f"p{i}": by_label.get(c.label, []) for i, c in enumerate(_NODE_ORDER)}}),
           (_RELS_STATEMENT, {"data": {f"p{i}": rels.get(k, []) for i, k in enumerate(REL_KINDS)}})]
    # a kind of relationship outside REL_KINDS (an extractor that learnt a new one) gets its own statement
    out += [(_chain([_rel_write(*k)]), {"data": {"p0": rows}}) for k, rows in rels.items() if k not in REL_KINDS and rows]
    out.append((_LABELS_STATEMENT, {}))
    return out


def _clean(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None and v != ""}


def _clip(text: str, n: int = 24) -> str:
    return text if len(text) <= n else text[:n] + "…"


def _rows(ext: Extraction) -> tuple[list[tuple[str, bool, list[dict]]], dict[tuple[str, str, str], list[dict]]]:
    """(label, shared, node rows) in write order, and relationship rows by (type, source label, target label)."""
    r = ext.report
    rid = r.id
    ev = {e.id: e for e in ext.evidence}
    label: dict[str, str] = {rid: V.REPORT.label}
    names: dict[str, str] = {}
    props_of: dict[str, dict[str, Any]] = {}

    def node(id_: str, cls: V.Cls, props: dict[str, Any], name: str) -> dict[str, Any]:
        label[id_] = cls.label
        names[id_] = name
        short = caption(cls.label, name, props, r.jurisdiction)  # the Browser's caption (kg/neo4j_browser.py)
        props_of[id_] = _clean({"id": id_, "name": name, "caption": short, **props})
        return {"id": id_, "props": props_of[id_]}

    report = [node(rid, V.REPORT, {"title": r.title, "date": r.date, "year": r.year, "jurisdiction": r.jurisdiction,
                                   "genre": r.genre, "session": r.session, "speaker": r.speaker, "post": r.post,
                                   "source": r.source}, r.title)]
    evidence = [node(e.id, V.PASSAGE, {"text": e.text, "start": e.start, "end": e.end, "report": rid}, _clip(e.text))
                for e in ext.evidence]
    bodies = [node(b.id, V.BODY, {"canonical": b.canonical, "alias": b.name if b.name != b.canonical else None,
                                  "kind": b.kind}, b.canonical) for b in ext.bodies]
    laws = [node(x.id, V.LAW, {"title": x.title, "short": x.name, "level": x.level, "jurisdiction": x.jurisdiction,
                               "pair": x.pair}, x.title) for x in ext.laws]
    decisions = [node(x.id, V.DECISION, {"title": x.name}, x.name) for x in ext.decisions]
    initiatives = [node(x.id, V.INITIATIVE, {}, x.name) for x in ext.initiatives]
    actions = [node(a.id, V.ACTION, {"type": a.type, "verb": a.verb, "period": a.period, "year": a.year, "report": rid},
                    f"{V.ACTION_TYPES[a.type][0]} {names.get(a.law, a.law)}") for a in ext.actions]
    metrics = [node(m.id, V.METRIC, {"text": m.text, "value": m.value, "upper": m.upper, "unit": m.unit,
                                     "subject": m.subject, "qualifier": m.qualifier, "kind": m.kind,
                                     "period": m.period, "year": m.year, "report": rid}, m.text) for m in ext.metrics]
    nodes = [(V.REPORT.label, False, report), (V.PASSAGE.label, False, evidence), (V.BODY.label, True, bodies),
             (V.LAW.label, True, laws), (V.DECISION.label, True, decisions), (V.INITIATIVE.label, True, initiatives),
             (V.ACTION.label, False, actions), (V.METRIC.label, False, metrics)]

    rels: dict[tuple[str, str, str], list[dict]] = {}
    seen: set[tuple[str, str, str]] = set()

    def rel(rtype: V.Rel, src: str, dst: str, evidence_id: str | None = None, **props: Any) -> None:
        if src not in label or dst not in label or (rtype.neo4j, src, dst) in seen:
            return
        seen.add((rtype.neo4j, src, dst))
        e = ev.get(evidence_id or "")
        p = {"report": rid, **props}
        if e is not None:
            p |= {"evidence": e.id, "sentence": e.text, "start": e.start, "end": e.end}
        rels.setdefault((rtype.neo4j, label[src], label[dst]), []).append(
            {"src": src, "dst": dst, "report": rid, "props": _clean(p)})

    for e in ext.evidence:
        rel(V.IN_REPORT, e.id, rid)
    # MENTIONS carries the report's own description of a shared entity (what its RDF graph says):
    # ``name`` its wording (市人大常委会, 地方金融条例), ``label`` its rdfs:label (canonical name, title),
    # ``labels`` every name it gives, and for a law its level and jurisdiction
    for x in [*ext.bodies, *ext.laws, *ext.decisions, *ext.initiatives]:
        own = x.canonical if isinstance(x, Body) else x.title if isinstance(x, Law) else x.name
        extra = {"level": x.level, "jurisdiction": x.jurisdiction} if isinstance(x, Law) else {}
        # ``entity``: the entity's properties as this report gives them (JSON), which become the node's
        # when this report is the first by id that mentions it (also after another report is removed)
        rel(V.MENTIONS, rid, x.id, name=x.name, label=own, labels=list(dict.fromkeys([own, x.name])),
            entity=json.dumps(props_of.get(x.id, {}), ensure_ascii=False, sort_keys=True), **extra)
        if x.mentions:
            rel(V.DERIVED, x.id, x.mentions[0])
    for x in ext.relations:  # before the bodies' parents, so a stated part_of keeps its evidence
        rel(V.RELATIONS[x.type], x.source, x.target, x.evidence, about=x.about,
            statement=statement_id(rid, x.type, x.source, x.target))  # the RDF graph's rdf:Statement
    for b in ext.bodies:
        if b.parent:
            rel(V.PART_OF, b.id, b.parent)
    for i in ext.initiatives:
        for parent in i.broader:
            rel(V.BROADER, i.id, parent)
    for a in ext.actions:
        common = {"period": a.period, "year": a.year, "type": a.type, "verb": a.verb}
        rel(V.ON_LAW, a.id, a.law, a.evidence, **common)
        if a.actor:
            rel(V.ACTOR, a.id, a.actor, a.evidence, **common)
        rel(V.ACTION_EVIDENCE, a.id, a.evidence)
        rel(V.IN_REPORT, a.id, rid)
    for m in ext.metrics:
        if m.evidence:
            rel(V.DERIVED, m.id, m.evidence, period=m.period, year=m.year)
        rel(V.IN_REPORT, m.id, rid)
    return nodes, rels
