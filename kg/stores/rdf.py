"""The embedded RDF store: Oxigraph (pyoxigraph) on disk, one named graph per report.

Loading a report replaces its graph whole and atomically: the quads go to a staging graph in one
transaction, then one SPARQL Update (itself one transaction) drops the old graph, adds the staging
graph to it and drops the staging graph. An interrupted load leaves at most a staging graph, which
the next open removes. ``dataset`` gives the same store as an rdflib Dataset (oxrdflib), for people
who work in rdflib.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .. import vocab as V
from ..errors import KGError
from ..ids import DEFAULT_BASE
from ..loaders.write.rdf import graph_iri, index_quads, quads
from ..model import Extraction

DEFAULT_STORE = Path(".rdkg")
STAGING = "urn:rdkg:staging:"

FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
}
GRAPH_FORMATS = {"nq", "trig", "jsonld"}  # formats that keep the named graphs


class StoreError(KGError):
    pass


@dataclass
class LoadResult:
    report: str
    graph: str
    triples: int
    replaced: bool


class RDFStore:
    """A persistent store at ``path`` (``None`` keeps it in memory, for tests and benchmarks)."""

    def __init__(self, path: str | Path | None = DEFAULT_STORE, base: str = DEFAULT_BASE, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        self.base = base
        self.read_only = read_only
        try:
            if self.path is None:
                self.ox = ox.Store()
            elif read_only:
                if not self.path.exists():
                    raise StoreError(f"{self.path}: no store here (run `kg load REPORT` first)")
                self.ox = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.ox = ox.Store(str(self.path))
        except OSError as err:
            if "lock" in str(err).lower():
                raise StoreError(
                    f"{self.path}: the store is open in another process (a running `kg serve`?); stop it or use --store"
                ) from None
            raise StoreError(f"{self.path}: cannot open the store: {err}") from None
        if not read_only:
            self._recover()

    # -------------------------------------------------------------- writing

    def _recover(self) -> None:
        for g in list(self.ox.named_graphs()):
            if isinstance(g, ox.NamedNode) and g.value.startswith(STAGING):
                self.ox.remove_graph(g)

    def load(self, ext: Extraction) -> LoadResult:
        """Put one report's graph in the store, replacing its earlier version whole.

        A new report is one transactional ``extend`` into its graph. A report already there is
        staged first and swapped in by one SPARQL Update, so readers see the old graph or the new
        one, never a mix, and an interruption leaves the old one.
        """
        g = graph_iri(ext.report.id, self.base)
        qs = quads(ext, self.base)
        if not self.ox.contains_named_graph(g):
            self.ox.extend(qs + index_quads(ext, self.base))
            return LoadResult(ext.report.id, g.value, len(qs), False)
        self.ox.extend(index_quads(ext, self.base))  # the catalogue only grows; idempotent
        stage = ox.NamedNode(STAGING + ext.report.id.replace("/", ":"))
        if self.ox.contains_named_graph(stage):
            self.ox.remove_graph(stage)
        self.ox.extend(ox.Quad(q.subject, q.predicate, q.object, stage) for q in qs)
        # one update, one transaction: the old graph goes and the new one arrives together
        self.ox.update(f"DROP SILENT GRAPH {g} ; ADD {stage} TO {g} ; DROP SILENT GRAPH {stage}")
        return LoadResult(ext.report.id, g.value, len(qs), True)

    def remove(self, report: str) -> str:
        """Drop a report's graph; ``report`` is its id, graph IRI, or a unique part of its title/id."""
        g = self.find_report(report)
        self.ox.update(f"DROP GRAPH {g}")
        self.prune_index()
        return g.value

    def prune_index(self) -> None:
        """Drop from the entity catalogue (the default graph) what no report mentions any more."""
        self.ox.update(
            "DELETE { ?x ?p ?o } WHERE { ?x ?p ?o . FILTER NOT EXISTS { GRAPH ?g { ?r rdkg:mentions ?x } } }",
            prefixes=V.PREFIXES,
        )

    def clear(self) -> None:
        self.ox.clear()

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self.ox.flush()

    # -------------------------------------------------------------- reading

    def reports(self) -> list[dict[str, Any]]:
        rows = self.select(
            """SELECT ?g ?title ?jurisdiction ?date ?genre (COUNT(*) AS ?triples) WHERE {
                 GRAPH ?g { ?g a rdkg:Report ; dcterms:title ?title .
                            OPTIONAL { ?g rdkg:jurisdiction ?jurisdiction } OPTIONAL { ?g dcterms:date ?date }
                            OPTIONAL { ?g rdkg:genre ?genre } ?s ?p ?o } }
               GROUP BY ?g ?title ?jurisdiction ?date ?genre ORDER BY ?jurisdiction ?date""",
            union=False,
        )
        return rows

    def find_report(self, report: str) -> ox.NamedNode:
        graphs = [g for g in self.ox.named_graphs() if isinstance(g, ox.NamedNode) and not g.value.startswith(STAGING)]
        for g in graphs:
            if report in (g.value, g.value.removeprefix(self.base)):
                return g
        hits = [r for r in self.reports() if report in r["g"] or report in (r.get("title") or "")]
        if len(hits) == 1:
            return ox.NamedNode(hits[0]["g"])
        if not hits:
            raise StoreError(f"{report}: no such report in {self.path or 'the store'} (see `kg stats`)")
        raise StoreError(f"{report}: matches {len(hits)} reports; give the report id (see `kg stats`)")

    def stats(self) -> dict[str, Any]:
        counts = {}
        for cls in V.CLASSES:
            row = self.select(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a <{cls.iri}> }}")
            counts[cls.label] = int(row[0]["n"])
        triples = int(self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", union=False)[0]["n"])
        return {"reports": len(self.reports()), "quads": triples, "entities": counts, "path": str(self.path or ":memory:")}

    def select(
        self, query: str, bindings: dict[str, ox.NamedNode | ox.Literal] | None = None, union: bool = True, timeout: float | None = None
    ) -> list[dict[str, Any]]:
        result = self.query(query, bindings, union)
        if not isinstance(result, ox.QuerySolutions):
            raise StoreError("not a SELECT query")
        names = [v.value for v in result.variables]
        return [{n: _py(sol[n]) for n in names if sol[n] is not None} for sol in result]

    def query(self, query: str, bindings: dict[str, Any] | None = None, union: bool = True) -> Any:
        try:
            return self.ox.query(
                query,
                prefixes=V.PREFIXES,
                use_default_graph_as_union=union,
                substitutions={ox.Variable(k): v for k, v in (bindings or {}).items()},
            )
        except SyntaxError as err:
            raise StoreError(f"SPARQL syntax error: {err}") from None

    def export(self, fmt: str, out: Any = None, report: str | None = None) -> bytes | None:
        if fmt not in FORMATS:
            raise StoreError(f"unknown format {fmt!r}; use one of {', '.join(sorted(FORMATS))}")
        kwargs: dict[str, Any] = {"format": FORMATS[fmt], "prefixes": V.PREFIXES}
        if report is not None:
            g = self.find_report(report)
            if fmt in GRAPH_FORMATS:
                return self._export_quads((q for q in self.ox.quads_for_pattern(None, None, None, g)), fmt, out)
            kwargs["from_graph"] = g
        elif fmt not in GRAPH_FORMATS:
            # a triple format gets the union of the report graphs, each triple once
            triples = {ox.Triple(q.subject, q.predicate, q.object) for q in self.ox if _is_report_graph(q.graph_name)}
            return ox.serialize(sorted(triples, key=str), out, format=FORMATS[fmt], prefixes=V.PREFIXES)
        if fmt == "jsonld":
            kwargs.pop("prefixes")
        return self.ox.dump(out, **kwargs)

    def _export_quads(self, qs: Iterable[ox.Quad], fmt: str, out: Any) -> bytes | None:
        kwargs: dict[str, Any] = {"format": FORMATS[fmt]}
        if fmt != "jsonld":
            kwargs["prefixes"] = V.PREFIXES
        return ox.serialize(list(qs), out, **kwargs)

    def dataset(self) -> Any:
        """The store as an rdflib Dataset (oxrdflib); queries there bind parameters with initBindings."""
        from oxrdflib import OxigraphStore
        from rdflib import Dataset

        return Dataset(store=OxigraphStore(store=self.ox), default_union=True)

    def __iter__(self) -> Iterator[ox.Quad]:
        return iter(self.ox)

    def size_on_disk(self) -> int:
        if self.path is None:
            return 0
        return sum(p.stat().st_size for p in self.path.rglob("*") if p.is_file())

    def close(self) -> None:
        """Release the store (and its lock on the folder)."""
        if hasattr(self, "ox"):
            self.flush()
            del self.ox

    def __enter__(self) -> RDFStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def destroy(self) -> None:
        if self.path is not None:
            del self.ox
            shutil.rmtree(self.path, ignore_errors=True)


def _is_report_graph(g: Any) -> bool:
    return isinstance(g, ox.NamedNode) and not g.value.startswith(STAGING)


def _py(term: Any) -> Any:
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        if dt.endswith("#integer"):
            return int(term.value)
        if dt.endswith("#decimal") or dt.endswith("#double"):
            v = float(term.value)
            return int(v) if v.is_integer() else v
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


_PARAM = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
