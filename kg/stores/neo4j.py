"""Extraction → Neo4j property graph, labels and relationship types from kg.vocab.

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
import os
from typing import Any

from .. import vocab as V
from ..errors import KGError
from ..ids import DEFAULT_BASE
from ..loaders.write.rdf import statement_id
from ..model import Body, Extraction, Law
from .base import LoadResult, QueryResult, ReportRef, Stats, StoreError, find_report

DEFAULT_URI = "bolt://127.0.0.1:7687"
DEFAULT_USER = "neo4j"
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


def _first_line(msg: object) -> str:
    return (str(msg or "").strip().splitlines() or [""])[0]


def _default_password() -> str | None:
    from .. import neo4j_server

    f = neo4j_server.password_file(neo4j_server.default_home())
    return f.read_text(encoding="utf-8").strip() if f.exists() else None


def _check_uri(uri: str) -> None:
    from urllib.parse import urlsplit

    fix = "use bolt://HOST:PORT or neo4j://HOST:PORT"
    try:
        parts = urlsplit(uri)
        parts.port  # noqa: B018 - raises ValueError for a port that is no number
    except ValueError as err:
        raise StoreError(f"bad Neo4j URI {uri!r}: {err}; {fix}") from None
    if parts.scheme not in ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"):
        raise StoreError(f"bad Neo4j URI {uri!r}: the scheme {parts.scheme or '(none)'!r} is not Neo4j's; {fix}")
    if not parts.hostname:
        raise StoreError(f"bad Neo4j URI {uri!r}: no host; {fix}")


def _plain(v: Any) -> Any:
    """Numbers as the RDF side gives them: a whole float is an int."""
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


class Neo4jStore:
    """A Neo4j database holding reports; arguments win over NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE."""

    def __init__(self, uri: str | None = None, user: str | None = None, password: str | None = None,
                 database: str | None = None, base: str = DEFAULT_BASE) -> None:
        from neo4j import GraphDatabase
        from neo4j.exceptions import ConfigurationError

        self.uri = uri or os.environ.get("NEO4J_URI") or DEFAULT_URI
        self.user = user or os.environ.get("NEO4J_USER") or DEFAULT_USER
        self.database = database or os.environ.get("NEO4J_DATABASE") or None
        self.base = base
        self.location = self.uri + (f" (database {self.database})" if self.database else "")
        self._schema_ready = False
        _check_uri(self.uri)
        pw = password or os.environ.get("NEO4J_PASSWORD") or _default_password()
        if not pw:
            raise StoreError("no Neo4j password: pass --password or set NEO4J_PASSWORD "
                          "(or run `kg neo4j start`, which stores the local server's password in .neo4j/password)")
        try:
            # notifications off: the server's hints (an unknown label in an empty database) would be
            # logged to stderr under every command's answer
            self._driver = GraphDatabase.driver(self.uri, auth=(self.user, pw), connection_timeout=5,
                                                connection_acquisition_timeout=10, notifications_min_severity="OFF")
        except (ValueError, ConfigurationError) as err:  # a malformed URI
            raise StoreError(f"bad Neo4j URI {self.uri!r}: {_first_line(err)}; use bolt://HOST:PORT or neo4j://HOST:PORT") from None
        self._check()

    @classmethod
    def from_spec(cls, target: str, *, base: str = DEFAULT_BASE, read_only: bool = False, create: bool = True,
                  user: str | None = None, password: str | None = None, database: str | None = None) -> Neo4jStore:
        """The registry's way in: ``target`` is the server's URI ("" for NEO4J_URI or the local server)."""
        return cls(target or None, user, password, database, base=base)

    # ------------------------------------------------------------ connection

    def _check(self) -> None:
        from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable

        try:
            self._driver.verify_connectivity()
        except AuthError:
            self.close()
            raise KGError(f"Neo4j at {self.uri} rejected user {self.user!r} and this password; pass --password or set "
                          f"NEO4J_PASSWORD (the local server's is in .neo4j/password)") from None
        except (ServiceUnavailable, OSError) as err:
            self.close()
            raise KGError(f"cannot reach Neo4j at {self.uri} ({_first_line(err)}); start it with `kg neo4j start` "
                          f"or pass --uri") from None
        except (DriverError, Neo4jError) as err:
            self.close()
            raise KGError(f"Neo4j at {self.uri}: {_first_line(err)}") from None

    def close(self) -> None:
        self._driver.close()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _session(self) -> Any:
        from neo4j import WRITE_ACCESS

        return self._driver.session(database=self.database, default_access_mode=WRITE_ACCESS)

    def _read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        from neo4j.exceptions import Neo4jError

        try:
            with self._session() as s:
                return [r.data() for r in s.run(query, params)]
        except Neo4jError as err:
            raise KGError(f"Neo4j at {self.uri}: {_first_line(err.message)}") from None

    def cypher(self, query: str, params: dict[str, Any]) -> tuple[list[str], list[list[Any]]]:
        """Run a read query with bound parameters; (column names, rows as lists)."""
        from neo4j import READ_ACCESS
        from neo4j.exceptions import Neo4jError

        try:
            with self._driver.session(database=self.database, default_access_mode=READ_ACCESS) as s:
                result = s.run(query, params)
                keys = list(result.keys())
                return keys, [list(r.values()) for r in result]
        except Neo4jError as err:
            raise KGError(f"Neo4j at {self.uri}: {_first_line(err.message)}") from None

    # ------------------------------------------------------------ schema

    def ensure_schema(self) -> None:
        """A unique ``id`` per label, a ``report`` index per report-scoped label and relationship type,
        and a full-text index (CJK analyzer) over the names of laws, decisions, initiatives and bodies."""
        stmts = [f"CREATE CONSTRAINT {_q('rdkg_' + c.label + '_id')} IF NOT EXISTS "
                 f"FOR (n:{_q(c.label)}) REQUIRE n.id IS UNIQUE" for c in V.CLASSES]
        stmts += [f"CREATE INDEX {_q('rdkg_' + c.label + '_report')} IF NOT EXISTS FOR (n:{_q(c.label)}) ON (n.report)"
                  for c in SCOPED]
        stmts += [f"CREATE INDEX {_q('rdkg_' + t + '_report')} IF NOT EXISTS FOR ()-[r:{_q(t)}]-() ON (r.report)"
                  for t in REL_TYPES]
        labels = "|".join(_q(c.label) for c in (V.LAW, V.DECISION, V.INITIATIVE, V.BODY))
        stmts.append(f"CREATE FULLTEXT INDEX {_q(FULLTEXT)} IF NOT EXISTS FOR (n:{labels}) ON EACH [n.name] "
                     "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}")
        for stmt in stmts:
            self._read(stmt)
        self._read("CALL db.awaitIndexes(300)")
        self._schema_ready = True

    # ------------------------------------------------------------ load and remove

    def load(self, ext: Extraction) -> LoadResult:
        """Replace the report's facts in one transaction."""
        from neo4j.exceptions import DriverError, IncompleteCommit, Neo4jError

        rid = ext.report.id
        nodes, rels = _rows(ext)
        if not self._schema_ready:
            self.ensure_schema()
        try:
            with self._session() as s, s.begin_transaction() as tx:
                replaced = bool(tx.run(f"MATCH (r:{_q(V.REPORT.label)} {{id: $rid}}) RETURN count(r) AS n",
                                       rid=rid).single()["n"])
                if replaced:
                    self._delete(tx, rid)
                for query, params in _write_statements(nodes, rels):
                    self._batch(tx, query, params, rid)
                self._commit(tx)
        except IncompleteCommit as err:
            raise StoreError(f"loading {rid} into Neo4j at {self.uri}: the connection broke during the commit "
                             f"({_first_line(err)}), so it may have been committed; `kg stats --store {self.uri}` "
                             f"shows whether {rid} is there (load it again to be sure)") from None
        except (Neo4jError, DriverError) as err:
            raise StoreError(f"loading {rid} into Neo4j at {self.uri} failed, nothing was changed: "
                             f"{_first_line(getattr(err, 'message', None) or err)}") from None
        return LoadResult(rid, self.base + rid, replaced, nodes=sum(len(r) for _, _, r in nodes),
                          relationships=sum(len(r) for r in rels.values()))

    def _commit(self, tx: Any) -> None:
        """Commit one load (a seam the tests use to break the connection during the commit)."""
        tx.commit()

    def _batch(self, tx: Any, query: str, params: dict[str, Any], rid: str) -> None:
        """One statement of one load (a seam the tests use to fail a load midway)."""
        tx.run(query, params, rid=rid).consume()

    def _delete(self, tx: Any, rid: str) -> None:
        """The report's own facts, and the entities only it mentioned (the Report node stays)."""
        kept = tx.run(f"MATCH (:{_q(V.REPORT.label)} {{id: $rid}})-[:{_q(V.MENTIONS.neo4j)}]->(e) "
                      "SET e.reports = [x IN coalesce(e.reports, []) WHERE x <> $rid] "
                      "WITH e, size(e.reports) = 0 AS orphan, elementId(e) AS eid "
                      "FOREACH (_ IN CASE WHEN orphan THEN [1] ELSE [] END | DETACH DELETE e) "
                      "WITH eid, orphan WHERE NOT orphan RETURN collect(eid) AS kept", rid=rid).single()["kept"]
        for t in REL_TYPES:
            tx.run(f"MATCH ()-[r:{_q(t)} {{report: $rid}}]->() DELETE r", rid=rid).consume()
        # what the other reports still say: the properties from the first of them by id, the names
        # all of them give (the catalogue's labels), sorted, so that nothing depends on load order
        rows = [{"eid": r["eid"], "props": json.loads(r["entity"]) if r["entity"] else None, "labels": r["labels"],
                 "reports": r["reports"]} for r in tx.run(_RESET_STATEMENT, kept=kept)]
        tx.run("UNWIND $rows AS row MATCH (e) WHERE elementId(e) = row.eid "
               "FOREACH (_ IN CASE WHEN row.props IS NULL THEN [] ELSE [1] END | SET e = row.props) "
               "SET e.labels = row.labels, e.reports = row.reports", rows=rows).consume()
        for c in SCOPED:
            tx.run(f"MATCH (n:{_q(c.label)} {{report: $rid}}) DETACH DELETE n", rid=rid).consume()

    def find_report(self, ref: str) -> ReportRef:
        """A report by its id, IRI, or a unique part of its id or title (kg.stores.base.find_report)."""
        return find_report(ref, self.reports(), f"Neo4j at {self.location}")

    def remove(self, ref: str) -> ReportRef:
        """Delete the report, its facts and the entities only it mentioned, in one transaction."""
        from neo4j.exceptions import DriverError, IncompleteCommit, Neo4jError

        report = self.find_report(ref)
        rid = report.id
        try:
            with self._session() as s, s.begin_transaction() as tx:
                self._delete(tx, rid)
                tx.run(f"MATCH (r:{_q(V.REPORT.label)} {{id: $rid}}) DETACH DELETE r", rid=rid).consume()
                self._commit(tx)
        except IncompleteCommit as err:
            raise StoreError(f"removing {rid} from Neo4j at {self.uri}: the connection broke during the commit "
                             f"({_first_line(err)}), so it may have been committed; `kg stats --store {self.uri}` "
                             "shows whether it is gone") from None
        except (Neo4jError, DriverError) as err:
            raise StoreError(f"removing {rid} from Neo4j at {self.uri} failed, nothing was changed: "
                             f"{_first_line(getattr(err, 'message', None) or err)}") from None
        return report

    # ------------------------------------------------------------ reading

    def reports(self) -> list[ReportRef]:
        rows = self._read(f"MATCH (r:{_q(V.REPORT.label)}) "
                          f"RETURN r.id AS id, r.title AS title, r.jurisdiction AS jurisdiction, r.date AS date, "
                          f"r.genre AS genre, COUNT {{ (r)<-[:{_q(V.IN_REPORT.neo4j)}]-() }} AS size "
                          "ORDER BY r.jurisdiction, r.date, r.id")
        return [ReportRef(r["id"], self.base + r["id"], r["title"] or "", r["jurisdiction"] or "", str(r["date"] or ""),
                          r["genre"] or "", int(r["size"])) for r in rows]

    def stats(self) -> Stats:
        nodes = {c.label: self._read(f"MATCH (n:{_q(c.label)}) RETURN count(n) AS n")[0]["n"] for c in V.CLASSES}
        rels = {t: self._read(f"MATCH ()-[r:{_q(t)}]->() RETURN count(r) AS n")[0]["n"] for t in REL_TYPES}
        return Stats(self.location, nodes[V.REPORT.label], sum(nodes.values()) + sum(rels.values()),
                     "nodes and relationships", nodes, rels)

    def query(self, saved_name: str, /, **params: str) -> QueryResult:
        """Run a saved query's Cypher twin (queries/NAME.cypher) with ``$name`` parameters (and ``$base``)."""
        from ..saved import get

        q = get(saved_name)
        values = q.values({k: str(v) for k, v in params.items()})
        keys, records = self.cypher(q.cypher, {**values, "base": self.base})
        return QueryResult(keys, [{k: _plain(v) for k, v in zip(keys, rec, strict=True)} for rec in records])

    def export(self, fmt: str = "jsonl", out: Any = None, report: str | None = None) -> bytes | None:
        """Every node and relationship (or one report's) as JSON lines, sorted: the same graph gives
        the same bytes whatever the order it was loaded in. Element ids are left out."""
        if fmt != "jsonl":
            raise StoreError(f"Neo4j exports jsonl, not {fmt!r}; RDF formats come from an RDF store "
                             "(load the reports with --store rdf:PATH)")
        rid = self.find_report(report).id if report is not None else None
        nodes = self._read("MATCH (n) WHERE $rid IS NULL OR n.report = $rid OR n.id = $rid OR $rid IN n.reports "
                           "RETURN labels(n) AS labels, properties(n) AS props", rid=rid)
        rels = self._read("MATCH (a)-[r]->(b) WHERE $rid IS NULL OR r.report = $rid "
                          "RETURN type(r) AS type, a.id AS src, b.id AS dst, properties(r) AS props", rid=rid)
        lines = sorted(json.dumps({"node": sorted(n["labels"]), **n["props"]}, ensure_ascii=False, sort_keys=True,
                                  default=str) for n in nodes)
        lines += sorted(json.dumps({"rel": r["type"], "src": r["src"], "dst": r["dst"], **r["props"]},
                                   ensure_ascii=False, sort_keys=True, default=str) for r in rels)
        data = "".join(line + "\n" for line in lines).encode("utf-8")
        if out is None:
            return data
        out.write(data)
        return None

    def search(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        """Entities whose name matches a Lucene query (CJK-aware), best first."""
        return self._read("CALL db.index.fulltext.queryNodes($index, $text) YIELD node, score "
                          "RETURN node.id AS id, node.name AS name, labels(node)[0] AS label, score LIMIT $limit",
                          index=FULLTEXT, text=text, limit=limit)


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
                "SET n.reports = COLLECT { UNWIND before + [$rid] AS x RETURN DISTINCT x ORDER BY x }")
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
        props_of[id_] = _clean({"id": id_, "name": name, **props})
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
