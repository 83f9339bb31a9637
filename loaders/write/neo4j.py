"""Extraction → Neo4j property graph (rows for ``UNWIND``): the rendering of loaders/write/mapping.py in
Neo4j (which field becomes which property or relationship is the mapping's), labels and relationship
types from kg.vocab.

The same ids as the RDF graph (ext ids such as ``law/重庆市地方金融条例``) and ``name`` as the caption.
Entities shared by reports (Body, Law, Decision, Initiative) carry a sorted ``reports`` list and a
MENTIONS relationship from each Report that names them; their properties come from the report first
by id among those that name them (so they do not depend on load order, and removing that report
hands them to the next) except ``labels``, the sorted names the loaded reports give (the RDF
catalogue's rdfs:label). Each report's own description (what its RDF
graph says) is on its MENTIONS relationship: ``name`` (its wording), ``label`` (its rdfs:label: the
canonical name or title), ``labels``, and a law's ``level`` and ``jurisdiction``; the saved Cypher queries read it there. Report-scoped nodes (Action, Metric, Evidence) and every
relationship carry ``report``. Loading a report is ONE transaction: delete the report's own facts,
then write its nodes and relationships with ``UNWIND $rows …`` statements (see write_statements). An error or interrupt
rolls the whole report back. Label and type names come only from kg.vocab through ``quote``; data
always travels as parameters.
"""

from __future__ import annotations

import json
from typing import Any

from kg import vocab as V
from kg.model import Extraction
from kg.neo4j_browser import caption

from . import mapping as M

FULLTEXT = "rdkg_names"
SHARED = tuple(k.cls for k in M.SHARED)  # entities several reports may mention
SCOPED = tuple(k.cls for k in M.NODES if k.scoped)  # nodes that belong to one report
REL_TYPES = tuple(dict.fromkeys(rel.neo4j for rel, _a, _b in M.relationship_kinds()))
_LABELS = {c.label for c in V.CLASSES}


def quote(name: str) -> str:
    """The one quoting helper: a label or relationship type from kg.vocab, in backticks."""
    if name not in _LABELS and name not in REL_TYPES and not name.startswith("rdkg_"):
        raise ValueError(f"{name!r} is not a term of kg.vocab")
    return "`" + name.replace("`", "``") + "`"



# every (type, source label, target label) the writer produces; the write statements name each one, so
# their text is the same for every report and Neo4j plans them once
REL_KINDS = tuple(dict.fromkeys((rel.neo4j, a.label, b.label) for rel, a, b in M.relationship_kinds()))


def _node_write(label: str, shared: bool) -> str:
    if shared:  # the report first by id sets its properties, whatever the load order; reports stay sorted
        return (f"MERGE (n:{quote(label)} {{id: row.id}}) "
                "WITH n, row, coalesce(n.reports, []) AS before, n.labels AS names "
                "FOREACH (_ IN CASE WHEN all(x IN before WHERE $rid <= x) THEN [1] ELSE [] END | "
                "SET n = row.props SET n.labels = names) "
                "SET n.reports = [x IN before WHERE x < $rid] + [$rid] + [x IN before WHERE x > $rid]")
    if label == V.REPORT.label:
        return f"MERGE (n:{quote(label)} {{id: row.id}}) SET n = row.props"
    return f"CREATE (n:{quote(label)}) SET n = row.props"


def _rel_write(rtype: str, src: str, dst: str) -> str:
    # the index hints keep the plan on the unique ids even when it is made on an empty database
    return (f"MATCH (a:{quote(src)} {{id: row.src}}) USING INDEX a:{quote(src)}(id) "
            f"MATCH (b:{quote(dst)} {{id: row.dst}}) USING INDEX b:{quote(dst)}(id) "
            f"CREATE (a)-[r:{quote(rtype)}]->(b) SET r = row.props")


def _chain(parts: list[str]) -> str:
    """One statement that chains ``CALL () { UNWIND $data.pN AS row … }``, one per label or relationship
    kind. The rows travel inside one map parameter: Neo4j caches a plan per query text and parameter
    types, list sizes included, so lists of varying sizes as separate parameters would have it plan
    again for many reports (~0.5 s each), while one map keeps every report on one cached plan.
    replan=skip stops a growing graph from replanning it (its plan, seeks on the unique ids, does not
    depend on the graph's statistics)."""
    return "CYPHER replan=skip\n" + "\n".join(
        f"CALL () {{ UNWIND $data.p{i} AS row {body} }}" for i, body in enumerate(parts))


_NODE_ORDER = tuple(k.cls for k in M.NODES)
_NODES_STATEMENT = _chain([_node_write(c.label, c in SHARED) for c in _NODE_ORDER])
_RELS_STATEMENT = _chain([_rel_write(*k) for k in REL_KINDS])
_LABELS_STATEMENT = (f"MATCH (:{quote(V.REPORT.label)} {{id: $rid}})-[m:{quote(V.MENTIONS.neo4j)}]->(e) "
                     "SET e.labels = COLLECT { UNWIND coalesce(e.labels, []) + m.labels AS x RETURN DISTINCT x ORDER BY x }")
# after a report goes: each entity it shared gets the properties the first remaining report (by id)
# gives (kept as JSON on that report's MENTIONS) and the sorted names all remaining reports give
RESET_STATEMENT = (
    f"UNWIND $kept AS eid MATCH (e) WHERE elementId(e) = eid "
    f"CALL (e) {{ MATCH (r:{quote(V.REPORT.label)})-[m:{quote(V.MENTIONS.neo4j)}]->(e) WHERE r.id IN e.reports "
    "RETURN m.entity AS entity ORDER BY r.id LIMIT 1 } "
    f"WITH e, entity, COLLECT {{ MATCH (:{quote(V.REPORT.label)})-[m:{quote(V.MENTIONS.neo4j)}]->(e) "
    "UNWIND m.labels AS x RETURN DISTINCT x ORDER BY x } AS labels, e.reports AS reports "
    "RETURN elementId(e) AS eid, entity, labels, reports")


def write_statements(nodes: list[tuple[str, bool, list[dict]]],
                      rels: dict[tuple[str, str, str], list[dict]]) -> list[tuple[str, dict[str, Any]]]:
    """The statements that write one report: its nodes, its relationships, then the entities' labels.
    The first two take their rows in one map of lists, one list per label or relationship kind, so
    their text and parameter types are the same for every report (planned once) and a report costs
    three round trips. The report's own nodes and relationships are created outright (a reload has
    deleted them first); shared entities and the Report node are merged."""
    by_label = {label: kind_rows for label, _shared, kind_rows in nodes}
    out = [(_NODES_STATEMENT, {"data": {f"p{i}": by_label.get(c.label, []) for i, c in enumerate(_NODE_ORDER)}}),
           (_RELS_STATEMENT, {"data": {f"p{i}": rels.get(k, []) for i, k in enumerate(REL_KINDS)}})]
    # a kind of relationship outside REL_KINDS (an extractor that learnt a new one) gets its own statement
    out += [(_chain([_rel_write(*k)]), {"data": {"p0": kind_rows}}) for k, kind_rows in rels.items()
            if k not in REL_KINDS and kind_rows]
    out.append((_LABELS_STATEMENT, {}))
    return out


def _clean(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if not M.absent(v)}


def rows(ext: Extraction) -> tuple[list[tuple[str, bool, list[dict]]], dict[tuple[str, str, str], list[dict]]]:
    """(label, shared, node rows) in write order, and relationship rows by (type, source label, target label),
    both as loaders/write/mapping.py says."""
    r = ext.report
    rid = r.id
    ev = {e.id: e for e in ext.evidence}
    label: dict[str, str] = {}
    names: dict[str, str] = {}
    props_of: dict[str, dict[str, Any]] = {}

    nodes: list[tuple[str, bool, list[dict]]] = []
    for kind in M.NODES:
        kind_rows = []
        for x in M.items(ext, kind):
            props = {v.neo4j: val for v, val in M.values(kind, x, "neo4j")}
            name = props.pop("name", None)
            if name is None and kind.caption:
                name = kind.caption(x, names)
            if kind.scoped:
                props["report"] = rid
            label[x.id] = kind.cls.label
            names[x.id] = name
            short = caption(kind.cls.label, name, props, r.jurisdiction)  # the Browser's caption (kg/neo4j_browser.py)
            props_of[x.id] = _clean({"id": x.id, "name": name, "caption": short, **props})
            kind_rows.append({"id": x.id, "props": props_of[x.id]})
        nodes.append((kind.cls.label, kind.shared, kind_rows))

    rels: dict[tuple[str, str, str], list[dict]] = {}
    seen: set[tuple[str, str, str]] = set()

    def rel(rtype: V.Rel, src: str, dst: str, evidence_id: str | None = None, **props: Any) -> None:
        if src not in label or dst not in label or (rtype.neo4j, src, dst) in seen:
            return
        seen.add((rtype.neo4j, src, dst))
        e = ev.get(evidence_id or "")
        p = {"report": rid, **props}
        if e is not None:
            p |= {prop: getattr(e, f) for f, prop in M.EVIDENCE_PROPS}
        rels.setdefault((rtype.neo4j, label[src], label[dst]), []).append(
            {"src": src, "dst": dst, "report": rid, "props": _clean(p)})

    # relations first: one the extraction states with its evidence wins over the same link from an
    # entity's own field (a body's parent, an initiative's broader)
    for x in ext.relations:
        about = {v.neo4j: val for v, val in M.values(M.RELATION, x, "neo4j") if v.neo4j}
        rel(V.RELATIONS[x.type], x.source, x.target, x.evidence,
            statement=M.statement_id(rid, x.type, x.source, x.target), **about)  # the RDF graph's rdf:Statement
    for kind in M.NODES:
        for x in M.items(ext, kind):
            for link in kind.links:
                if not link.neo4j:
                    continue
                if link.field is None and link.reverse:
                    rel(link.rel, rid, x.id, **_mentioned(kind, x, props_of))
                    continue
                copied = {f: getattr(x, f) for f in link.copy}
                evidence = getattr(x, link.evidence) if link.evidence else None
                for target in ([rid] if link.field is None else M.targets(link, x)):
                    rel(link.rel, x.id, target, evidence, **copied)
    return nodes, rels


def _mentioned(kind: M.Kind, x: Any, props_of: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """What a MENTIONS relationship carries: the report's own description of a shared entity (what its
    RDF graph says): ``name`` its wording (市人大常委会, 地方金融条例), ``label`` its rdfs:label (canonical
    name, title), ``labels`` every name it gives, the fields reports may differ on (a law's level and
    jurisdiction) and ``entity``, the entity's properties as this report gives them (JSON), which become
    the node's when this report is the first by id that mentions it (also after another report is removed)."""
    labels = M.names(kind, x)
    props = {v.neo4j: val for v, val in M.values(kind, x, "neo4j") if v.field in kind.per_report and v.neo4j}
    return {"name": x.name, "label": labels[0], "labels": labels,
            "entity": json.dumps(props_of.get(x.id, {}), ensure_ascii=False, sort_keys=True), **props}
