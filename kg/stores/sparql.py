"""Any SPARQL 1.1 store as rdkg's RDF store, over the SPARQL 1.1 Protocol and Graph Store Protocol.

``SparqlStore("http://127.0.0.1:3030/rdkg")`` (Fuseki's dataset URL: ``/query``, ``/update`` and
``/data`` under it) or ``SparqlStore("http://127.0.0.1:8890/sparql")`` (Virtuoso: query and update at
``/sparql``, the Graph Store Protocol at ``/sparql-graph-crud``); any other layout gives its three URLs.
A ``sparql+`` in front of the URL (``sparql+http://…``, as ``kg load --store`` takes it) is dropped.

Authentication comes from the environment: ``RDKG_SPARQL_TOKEN`` (``Authorization: Bearer …``), or
``RDKG_SPARQL_USER`` and ``RDKG_SPARQL_PASSWORD`` (HTTP Basic).

Each report is one named graph, written with one Graph Store Protocol ``PUT``, which replaces the graph
whole. Fuseki runs a PUT as one transaction (readers see the old graph or the new one); Virtuoso's
``/sparql-graph-crud`` clears the graph and then inserts, so a reader can briefly see it empty and a
failure half-way leaves it partial (run the load again). The entity catalogue (``index_quads``) is
added with SPARQL Update ``INSERT DATA`` before the graph is written, and pruned after a removal with
the embedded store's own update; it lives in the store's default graph (Fuseki) or, where the default
graph is the union of all graphs (Virtuoso), in the named graph ``urn:rdkg:catalogue``.
"""

from __future__ import annotations

import base64
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

from .. import vocab as V
from ..ids import DEFAULT_BASE
from ..loaders.write.rdf import graph_iri, index_quads, quads
from ..model import Extraction
from ..saved import bind_defaults, get, term_text
from .base import Interrupted, LoadResult, QueryResult, ReportRef, Stats, StoreError, find_report, plain_value
from .rdf import STAGING, RDFStore

CATALOGUE = "urn:rdkg:catalogue"
_PROLOGUE = "".join(f"PREFIX {k}: <{v}>\n" for k, v in V.PREFIXES.items())
_PRUNE = ("DELETE { ?x ?p ?o } WHERE { ?x ?p ?o . FILTER NOT EXISTS { GRAPH ?g { ?r rdkg:mentions ?x } } }")


class SparqlStore:
    """A remote store; the methods mirror ``RDFStore``'s."""

    def __init__(self, endpoint: str, *, query_url: str | None = None, update_url: str | None = None,
                 gsp_url: str | None = None, catalogue: str | None = "auto", base: str = DEFAULT_BASE,
                 timeout: float = 120.0):
        endpoint = endpoint.removeprefix("sparql+").rstrip("/")
        if not endpoint.startswith(("http://", "https://")):
            raise StoreError(f"{endpoint}: a SPARQL store is an http:// or https:// URL (e.g. sparql+http://host:3030/ds)")
        self.endpoint = endpoint
        self.base = base
        self.timeout = timeout
        self.path = endpoint
        self.location = "sparql+" + endpoint  # what `kg stats` shows as the store's place
        virtuoso = endpoint.endswith("/sparql")
        if virtuoso:
            root = endpoint.removesuffix("/sparql")
            self.query_url = query_url or endpoint
            self.update_url = update_url or endpoint
            self.gsp_url = gsp_url or root + "/sparql-graph-crud"
        else:
            self.query_url = query_url or endpoint + "/query"
            self.update_url = update_url or endpoint + "/update"
            self.gsp_url = gsp_url or endpoint + "/data"
        self.catalogue = (CATALOGUE if virtuoso else None) if catalogue == "auto" else catalogue
        self._auth = _auth_header()

    # -------------------------------------------------------------- HTTP

    def _request(self, method: str, url: str, body: bytes | None, ctype: str | None, accept: str | None = None) -> bytes:
        headers = {}
        if ctype:
            headers["Content-Type"] = ctype
        if accept:
            headers["Accept"] = accept
        if self._auth:
            headers["Authorization"] = self._auth
        req = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                state = resp.headers.get("X-SQL-State")
                if state:  # Virtuoso's "anytime" answer: what it found before its time limit, cut short
                    raise StoreError(f"{url}: the store cut the answer short ({state}: "
                                     f"{resp.headers.get('X-SQL-Message', 'time limit')}); raise its query time limit")
                return resp.read()
        except urllib.error.HTTPError as err:
            detail = err.read()[:300].decode("utf-8", "replace").strip().replace("\n", " ")
            hint = " (set RDKG_SPARQL_USER/RDKG_SPARQL_PASSWORD or RDKG_SPARQL_TOKEN)" if err.code in (401, 403) else ""
            raise StoreError(f"{url}: HTTP {err.code} {err.reason}{hint}: {detail}") from None
        except (urllib.error.URLError, OSError) as err:
            raise StoreError(f"{url}: cannot reach the SPARQL store ({getattr(err, 'reason', err)}); is it running?") from None

    def update(self, text: str) -> None:
        body = urllib.parse.urlencode({"update": _PROLOGUE + text}).encode()
        self._request("POST", self.update_url, body, "application/x-www-form-urlencoded")

    @classmethod
    def from_spec(cls, target: str, *, base: str = DEFAULT_BASE, read_only: bool = False, create: bool = True,
                  **options: Any) -> SparqlStore:
        """The registry's way in (kg.stores.open_store): ``target`` is the endpoint URL without ``sparql+``."""
        return cls(target, base=base, **options)

    def query(self, saved_name: str, /, **params: str) -> QueryResult:
        """Run a saved query (queries/NAME.rq), its parameters bound into its VALUES defaults as single
        terms; the standard text runs as saved (no Oxigraph extension)."""
        return QueryResult.from_solutions(self.sparql(get(saved_name).bound_text({k: str(v) for k, v in params.items()})))

    def sparql(self, query: str, bindings: dict[str, Any] | None = None, union: bool = False) -> Any:
        """A SELECT's ``QuerySolutions`` or an ASK's ``QueryBoolean``, parsed by Oxigraph from SPARQL XML results.

        ``bindings`` fill the query's one-row VALUES blocks (the saved queries' parameters); a stored
        default graph is never the union of the graphs here (``union`` is accepted for RDFStore's signature).
        """
        if bindings:
            query, rest = bind_defaults(query, bindings)
            if rest:
                raise StoreError(f"no VALUES block to bind {', '.join(sorted(rest))} in the query")
        body = urllib.parse.urlencode({"query": _PROLOGUE + query}).encode()
        data = self._request("POST", self.query_url, body, "application/x-www-form-urlencoded",
                             "application/sparql-results+xml")
        try:
            return ox.parse_query_results(data, ox.QueryResultsFormat.XML)
        except (SyntaxError, ValueError) as err:
            raise StoreError(f"{self.query_url}: the store's answer is not SPARQL XML results ({err})") from None

    def select(self, query: str, bindings: dict[str, Any] | None = None, union: bool = False,
               timeout: float | None = None) -> list[dict[str, Any]]:
        result = self.sparql(query, bindings, union)
        if not isinstance(result, ox.QuerySolutions):
            raise StoreError("not a SELECT query")
        names = [v.value for v in result.variables]
        return [{n: plain_value(sol[n]) for n in names if sol[n] is not None} for sol in result]

    def _ask(self, query: str) -> bool:
        return bool(self.sparql(query))

    # -------------------------------------------------------------- writing

    def load(self, ext: Extraction) -> LoadResult:
        """Put one report's graph in the store, replacing its earlier version whole (one GSP PUT)."""
        g = graph_iri(ext.report.id, self.base)
        qs = quads(ext, self.base)
        replaced: bool | None = None
        putting = False
        try:
            replaced = self._ask(f"ASK {{ GRAPH {g} {{ ?s ?p ?o }} }}")
            # the catalogue first: an entry no graph mentions yet is invisible to every query and pruned later
            self.update(self._insert_data(index_quads(ext, self.base)))
            body = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in qs).encode()
            url = self.gsp_url + "?" + urllib.parse.urlencode({"graph": g.value})
            putting = True
            self._request("PUT", url, body, "text/turtle")
        except KeyboardInterrupt:  # once the PUT is under way the server may have had all of it: only it knows
            raise Interrupted(ext.report.id, "unknown" if putting else "kept", replaced) from None
        return LoadResult(ext.report.id, g.value, bool(replaced), triples=len(qs))

    def _insert_data(self, qs: Iterable[ox.Quad]) -> str:
        triples = " ".join(f"{term_text(q.subject)} {term_text(q.predicate)} {term_text(q.object)} ." for q in qs)
        if self.catalogue:
            return f"INSERT DATA {{ GRAPH <{self.catalogue}> {{ {triples} }} }}"
        return f"INSERT DATA {{ {triples} }}"

    def remove(self, ref: str) -> ReportRef:
        """Drop a report's graph; ``ref`` is its id, graph IRI, or a unique part of its id or title."""
        report = self.find_report(ref)
        g = f"<{report.iri}>"
        # Virtuoso drops only graphs made with CREATE GRAPH; CLEAR empties any (and an empty graph is none)
        self.update(f"CLEAR GRAPH {g}" if self.catalogue else f"DROP GRAPH {g}")
        self.prune_index()
        return report

    def prune_index(self) -> None:
        """Drop from the entity catalogue what no report mentions any more."""
        self.update(f"WITH <{self.catalogue}> {_PRUNE}" if self.catalogue else _PRUNE)

    def clear(self) -> None:
        """Empty the store: every report graph and the catalogue (the graphs rdkg writes)."""
        self.update("DROP SILENT ALL" if not self.catalogue else
                    "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }")

    def flush(self) -> None:
        pass

    # -------------------------------------------------------------- reading

    def graphs(self) -> list[ox.NamedNode]:
        rows = self.sparql("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a rdkg:Report } }")
        return [s["g"] for s in rows if not s["g"].value.startswith(STAGING)]

    def reports(self) -> list[ReportRef]:
        return RDFStore.reports(self)  # type: ignore[arg-type] - the same query, through the protocol

    def find_report(self, ref: str) -> ReportRef:
        """A report by its id, graph IRI, or a unique part of its id or title (kg.stores.base.find_report)."""
        return find_report(ref, self.reports(), self.location)

    def stats(self) -> Stats:
        """As ``RDFStore.stats``: entities of each class in any report graph, quads in the report graphs."""
        classes = " ".join(f"<{cls.iri}>" for cls in V.CLASSES)
        not_catalogue = f"FILTER(?g != <{self.catalogue}>)" if self.catalogue else ""
        rows = self.select(f"SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {{ VALUES ?c {{ {classes} }} "
                           f"GRAPH ?g {{ ?s a ?c }} {not_catalogue} }} GROUP BY ?c")
        found = {r["c"]: int(r["n"]) for r in rows}
        counts = {cls.label: found.get(cls.iri, 0) for cls in V.CLASSES}
        # report graphs only: a store may keep graphs of its own (Virtuoso's virtrdf#)
        quads = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?g a rdkg:Report . ?s ?p ?o } }")
        return Stats(self.location, len(self.reports()), int(quads[0]["n"]), "quads", counts)

    def quads(self) -> list[ox.Quad]:
        """Every quad of the report graphs and the catalogue (in the default graph, as the embedded store has it)."""
        out = []
        for g in self.graphs():
            out += [ox.Quad(s["s"], s["p"], s["o"], g) for s in self.sparql(f"SELECT ?s ?p ?o WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}")]
        catalogue = (f"SELECT ?s ?p ?o WHERE {{ GRAPH <{self.catalogue}> {{ ?s ?p ?o }} }}" if self.catalogue
                     else "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
        out += [ox.Quad(s["s"], s["p"], s["o"], ox.DefaultGraph()) for s in self.sparql(catalogue)]
        return out

    def close(self) -> None:
        pass

    def __enter__(self) -> SparqlStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _auth_header() -> str | None:
    token = os.environ.get("RDKG_SPARQL_TOKEN")
    if token:
        return f"Bearer {token}"
    user = os.environ.get("RDKG_SPARQL_USER")
    if user:
        pw = os.environ.get("RDKG_SPARQL_PASSWORD", "")
        return "Basic " + base64.b64encode(f"{user}:{pw}".encode()).decode()
    return None
