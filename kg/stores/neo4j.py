"""A Neo4j database as a store (kg.stores.base.Store): connection, schema, load, remove, reading.

What a report becomes in the graph (nodes, relationships, the statements that write them) is
kg.loaders.write.neo4j. Loading a report is ONE transaction: delete the report's own facts, then
write its nodes and relationships; an error or interrupt rolls the whole report back, and an error
during the commit that is not the server's refusal (a lost answer, a broken connection) says the
report may have been committed (``_failed``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any, TypeVar

from .. import vocab as V
from ..errors import KGError
from ..ids import DEFAULT_BASE
from ..loaders.write import neo4j as writer
from ..loaders.write.neo4j import FULLTEXT, REL_TYPES, RESET_STATEMENT, SCOPED, quote
from ..model import Extraction
from .base import Interrupted, LoadResult, QueryResult, ReportRef, Stats, StoreError, find_report

_T = TypeVar("_T")

DEFAULT_URI = "bolt://127.0.0.1:7687"
DEFAULT_USER = "neo4j"
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


def _plain(v: Any, base: str = DEFAULT_BASE) -> Any:
    """Values as the RDF side gives them: a whole float is an int, and a node (a twin's ``X_iri`` column,
    which the Browser draws and opens) is the entity's IRI, ``base`` + its ``id``."""
    from neo4j.graph import Node

    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, Node):
        return base + v["id"]
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

    def _session(self, write: bool = False) -> Any:
        """A session in read or write access mode: the server refuses a write in a read session."""
        from neo4j import READ_ACCESS, WRITE_ACCESS

        return self._driver.session(database=self.database, default_access_mode=WRITE_ACCESS if write else READ_ACCESS)

    def read(self, query: str, /, **params: Any) -> list[dict[str, Any]]:
        """Run a Cypher query that only reads, with bound parameters, in a read session; the rows as
        dicts (a node or relationship as its properties). A query that writes is refused (one-line
        KGError): writes go through ``load``, ``remove`` and ``clear``.
        ``store.read("MATCH (l:Law {id: $id}) RETURN l.name AS name", id="law/…")``"""
        return self._reading(query, params, lambda result: [r.data() for r in result])

    def cypher(self, query: str, params: dict[str, Any]) -> tuple[list[str], list[list[Any]]]:
        """Run a Cypher query that only reads, with bound parameters, in a read session; (column names,
        rows as lists of the driver's values)."""
        return self._reading(query, params, lambda result: (list(result.keys()), [list(r.values()) for r in result]))

    def _reading(self, query: str, params: dict[str, Any], take: Callable[[Any], _T]) -> _T:
        from neo4j.exceptions import Neo4jError

        try:
            with self._session() as s:
                return take(s.run(query, params))
        except Neo4jError as err:
            raise KGError(f"Neo4j at {self.uri}: {_first_line(err.message)}") from None

    def _write(self, query: str, **params: Any) -> None:
        """One statement that writes (the schema, clearing), in a write session of its own."""
        from neo4j.exceptions import Neo4jError

        try:
            with self._session(write=True) as s:
                s.run(query, params).consume()
        except Neo4jError as err:
            raise KGError(f"Neo4j at {self.uri}: {_first_line(err.message)}") from None

    # ------------------------------------------------------------ schema

    def ensure_schema(self) -> None:
        """A unique ``id`` per label, a ``report`` index per report-scoped label and relationship type,
        and a full-text index (CJK analyzer) over the names of laws, decisions, initiatives and bodies."""
        stmts = [f"CREATE CONSTRAINT {quote('rdkg_' + c.label + '_id')} IF NOT EXISTS "
                 f"FOR (n:{quote(c.label)}) REQUIRE n.id IS UNIQUE" for c in V.CLASSES]
        stmts += [f"CREATE INDEX {quote('rdkg_' + c.label + '_report')} IF NOT EXISTS FOR (n:{quote(c.label)}) ON (n.report)"
                  for c in SCOPED]
        stmts += [f"CREATE INDEX {quote('rdkg_' + t + '_report')} IF NOT EXISTS FOR ()-[r:{quote(t)}]-() ON (r.report)"
                  for t in REL_TYPES]
        labels = "|".join(quote(c.label) for c in (V.LAW, V.DECISION, V.INITIATIVE, V.BODY))
        stmts.append(f"CREATE FULLTEXT INDEX {quote(FULLTEXT)} IF NOT EXISTS FOR (n:{labels}) ON EACH [n.name] "
                     "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}")
        for stmt in stmts:
            self._write(stmt)
        self._write("CALL db.awaitIndexes(300)")
        self._schema_ready = True

    # ------------------------------------------------------------ load and remove

    def load(self, ext: Extraction) -> LoadResult:
        """Replace the report's facts in one transaction."""
        from neo4j.exceptions import DriverError, Neo4jError

        rid = ext.report.id
        nodes, rels = writer.rows(ext)
        if not self._schema_ready:
            self.ensure_schema()
        replaced: bool | None = None
        committing = False
        try:
            with self._session(write=True) as s, s.begin_transaction() as tx:
                replaced = bool(tx.run(f"MATCH (r:{quote(V.REPORT.label)} {{id: $rid}}) RETURN count(r) AS n",
                                       rid=rid).single()["n"])
                if replaced:
                    self._delete(tx, rid)
                for query, params in writer.write_statements(nodes, rels):
                    self._batch(tx, query, params, rid)
                committing = True
                self._commit(tx)
        except KeyboardInterrupt:
            # before the commit the server rolls the transaction back (the driver's rollback, or the
            # connection closing when this process exits); during it, only the server knows
            raise Interrupted(rid, "unknown" if committing else "kept", replaced) from None
        except (Neo4jError, DriverError) as err:
            raise self._failed(f"loading {rid} into", err, committing,
                               f"whether {rid} is there (load it again to be sure)") from None
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
        kept = tx.run(f"MATCH (:{quote(V.REPORT.label)} {{id: $rid}})-[:{quote(V.MENTIONS.neo4j)}]->(e) "
                      "SET e.reports = [x IN coalesce(e.reports, []) WHERE x <> $rid] "
                      "WITH e, size(e.reports) = 0 AS orphan, elementId(e) AS eid "
                      "FOREACH (_ IN CASE WHEN orphan THEN [1] ELSE [] END | DETACH DELETE e) "
                      "WITH eid, orphan WHERE NOT orphan RETURN collect(eid) AS kept", rid=rid).single()["kept"]
        for t in REL_TYPES:
            tx.run(f"MATCH ()-[r:{quote(t)} {{report: $rid}}]->() DELETE r", rid=rid).consume()
        # what the other reports still say: the properties from the first of them by id, the names
        # all of them give (the catalogue's labels), sorted, so that nothing depends on load order
        rows = [{"eid": r["eid"], "props": json.loads(r["entity"]) if r["entity"] else None, "labels": r["labels"],
                 "reports": r["reports"]} for r in tx.run(RESET_STATEMENT, kept=kept)]
        tx.run("UNWIND $rows AS row MATCH (e) WHERE elementId(e) = row.eid "
               "FOREACH (_ IN CASE WHEN row.props IS NULL THEN [] ELSE [1] END | SET e = row.props) "
               "SET e.labels = row.labels, e.reports = row.reports", rows=rows).consume()
        for c in SCOPED:
            tx.run(f"MATCH (n:{quote(c.label)} {{report: $rid}}) DETACH DELETE n", rid=rid).consume()

    def clear(self) -> None:
        """Empty the database: every node and relationship, reports or not (deleted in batches, so a big
        database needs no huge transaction; an error midway leaves it partly emptied). The schema stays."""
        self._write("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")

    def find_report(self, ref: str) -> ReportRef:
        """A report by its id, IRI, or a unique part of its id or title (kg.stores.base.find_report)."""
        return find_report(ref, self.reports(), f"Neo4j at {self.location}")

    def remove(self, ref: str) -> ReportRef:
        """Delete the report, its facts and the entities only it mentioned, in one transaction."""
        from neo4j.exceptions import DriverError, Neo4jError

        report = self.find_report(ref)
        rid = report.id
        committing = False
        try:
            with self._session(write=True) as s, s.begin_transaction() as tx:
                self._delete(tx, rid)
                tx.run(f"MATCH (r:{quote(V.REPORT.label)} {{id: $rid}}) DETACH DELETE r", rid=rid).consume()
                committing = True
                self._commit(tx)
        except (Neo4jError, DriverError) as err:
            raise self._failed(f"removing {rid} from", err, committing, "whether it is gone") from None
        return report

    def _failed(self, doing: str, err: Exception, committing: bool, check: str) -> StoreError:
        """The one line for a load or removal that failed. Before the commit nothing was changed (the
        transaction is rolled back); at the commit only the server's refusal (a client or transient
        error: the server rolled it back) says so for sure, while a broken connection or any other
        error there leaves the outcome unknown, and the line says how to find out."""
        from neo4j.exceptions import ClientError, ServiceUnavailable, SessionExpired, TransientError

        why = _first_line(getattr(err, "message", None) or err)
        if committing and not isinstance(err, ClientError | TransientError):
            # IncompleteCommit (the driver's word for an answer lost) is a ServiceUnavailable
            what = "the connection broke" if isinstance(err, ServiceUnavailable | SessionExpired) else "an error came"
            return StoreError(f"{doing} Neo4j at {self.uri}: {what} during the commit ({why}), so it may have been "
                              f"committed; `kg stats --store {self.uri}` shows {check}")
        refused = " (the server refused the commit)" if committing else ""
        return StoreError(f"{doing} Neo4j at {self.uri} failed{refused}, nothing was changed: {why}")

    # ------------------------------------------------------------ reading

    def reports(self) -> list[ReportRef]:
        rows = self.read(f"MATCH (r:{quote(V.REPORT.label)}) "
                         f"RETURN r.id AS id, r.title AS title, r.jurisdiction AS jurisdiction, r.date AS date, "
                         f"r.genre AS genre, COUNT {{ (r)<-[:{quote(V.IN_REPORT.neo4j)}]-() }} AS size "
                         "ORDER BY r.jurisdiction, r.date, r.id")
        return [ReportRef(r["id"], self.base + r["id"], r["title"] or "", r["jurisdiction"] or "", str(r["date"] or ""),
                          r["genre"] or "", int(r["size"])) for r in rows]

    def stats(self) -> Stats:
        nodes = {c.label: self.read(f"MATCH (n:{quote(c.label)}) RETURN count(n) AS n")[0]["n"] for c in V.CLASSES}
        rels = {t: self.read(f"MATCH ()-[r:{quote(t)}]->() RETURN count(r) AS n")[0]["n"] for t in REL_TYPES}
        return Stats(self.location, nodes[V.REPORT.label], sum(nodes.values()) + sum(rels.values()),
                     "nodes and relationships", nodes, rels)

    def query(self, saved_name: str, /, **params: str) -> QueryResult:
        """Run a saved query's Cypher twin (queries/NAME.cypher) with ``$name`` parameters; an
        ``X_iri`` column's node comes back as its IRI (the base + its id), made here, not in Cypher."""
        from ..saved import get

        q = get(saved_name)
        values = q.values({k: str(v) for k, v in params.items()})
        keys, records = self.cypher(q.cypher, values)
        return QueryResult(keys, [{k: _plain(v, self.base) for k, v in zip(keys, rec, strict=True)}
                                  for rec in records])

    def export(self, fmt: str = "jsonl", out: Any = None, report: str | None = None) -> bytes | None:
        """Every node and relationship (or one report's) as JSON lines, sorted: the same graph gives
        the same bytes whatever the order it was loaded in. Element ids are left out."""
        if fmt != "jsonl":
            raise StoreError(f"Neo4j exports jsonl, not {fmt!r}; RDF formats come from an RDF store "
                             "(load the reports with --store rdf:PATH)")
        rid = self.find_report(report).id if report is not None else None
        nodes = self.read("MATCH (n) WHERE $rid IS NULL OR n.report = $rid OR n.id = $rid OR $rid IN n.reports "
                          "RETURN labels(n) AS labels, properties(n) AS props", rid=rid)
        rels = self.read("MATCH (a)-[r]->(b) WHERE $rid IS NULL OR r.report = $rid "
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
        return self.read("CALL db.index.fulltext.queryNodes($index, $text) YIELD node, score "
                         "RETURN node.id AS id, node.name AS name, labels(node)[0] AS label, score LIMIT $limit",
                         index=FULLTEXT, text=text, limit=limit)
