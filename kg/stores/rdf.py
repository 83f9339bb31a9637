"""The embedded RDF store: Oxigraph (pyoxigraph) on disk, one named graph per report.

Loading a report replaces its graph whole and atomically: one SPARQL Update, which is one
transaction, drops the old graph, inserts the new one and recomputes the catalogue entries it touches.
Nothing is committed before that one step, so a process killed during a load leaves the report's
earlier version and no trace (stores written by older versions may hold a staging graph, which the
next open removes). ``kg load`` writes in a process of its own (kg.stores.writer) so that Ctrl-C can
abandon a write under way. ``dataset`` gives the same store as an rdflib Dataset (oxrdflib), for
people who work in rdflib.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .. import vocab as V
from ..ids import DEFAULT_BASE
from ..loaders.write.rdf import catalogue_refresh, graph_iri, index_quads, quads
from ..model import Extraction
from .base import LoadResult, QueryResult, ReportRef, Stats, StoreError, find_report, plain_value

DEFAULT_STORE = Path(".rdkg")
STAGING = "urn:rdkg:staging:"  # graphs that live inside one update only (and old versions' staging graphs)
AFFECTED = STAGING + "affected"  # the entities whose catalogue entry one update recomputes

FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
}
GRAPH_FORMATS = {"nq", "trig", "jsonld"}  # formats that keep the named graphs


__all__ = ["RDFStore", "StoreError", "LoadResult", "DEFAULT_STORE", "FORMATS"]


class RDFStore:
    """A persistent store at ``path`` (``None`` keeps it in memory, for tests and benchmarks)."""

    def __init__(self, path: str | Path | None = DEFAULT_STORE, base: str = DEFAULT_BASE, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        self.location = str(self.path) if self.path is not None else "memory:"
        self.base = base
        self.read_only = read_only
        self._ox: ox.Store | None = None
        self._loading = threading.Lock()  # loads and removals take turns (a load diffs against the stored graph)
        if self.path is not None and self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path}: not a folder; a store is a folder (--store rdf:PATH names one, "
                             "made on the first `kg load`)")
        self._ox = self._open()

    def _open(self) -> ox.Store:
        try:
            if self.path is None:
                return ox.Store()
            if self.read_only:
                if not self.path.exists():
                    raise StoreError(f"{self.path}: no store here (run `kg load REPORT` first)")
                return ox.Store.read_only(str(self.path))
            self.path.mkdir(parents=True, exist_ok=True)
            store = ox.Store(str(self.path))
        except OSError as err:
            if "lock" in str(err).lower():
                raise StoreError(
                    f"{self.path}: the store is open in another process (a running `kg serve`?); stop it or use --store"
                ) from None
            raise StoreError(f"{self.path}: cannot open the store: {err}") from None
        _recover(store)
        return store

    @property
    def ox(self) -> ox.Store:
        """The Oxigraph store (opened again on first use after ``writing`` lent it to a writer process)."""
        if self._ox is None:
            self._ox = self._open()
        return self._ox

    @classmethod
    def from_spec(cls, target: str, *, base: str = DEFAULT_BASE, read_only: bool = False, create: bool = True,
                  **options: object) -> RDFStore:
        """The registry's way in: ``target`` is the folder ("" keeps the store in memory); ``create=False``
        refuses a folder that holds no store yet."""
        if target and Path(target).exists() and not Path(target).is_dir():
            raise StoreError(f"{target}: not a folder; a store is a folder (--store rdf:PATH names one, "
                             "made on the first `kg load`)")
        if target and not create and not (Path(target).exists() and any(Path(target).iterdir())):
            raise StoreError(f"{target}: no store here (run `kg load REPORT --store {target}` first)")
        if options:
            raise StoreError(f"{target or 'memory'}: an embedded store takes no {', '.join(sorted(options))} "
                             "(those are for a server: --store bolt://HOST:PORT)")
        return cls(Path(target) if target else None, base=base, read_only=read_only)

    # -------------------------------------------------------------- writing

    def load(self, ext: Extraction, before_commit: Callable[[bool], None] | None = None) -> LoadResult:
        """Put one report's graph in the store, replacing its earlier version whole.

        A new report is one transactional ``extend`` of its graph and its catalogue entries. A report
        already there is replaced by one SPARQL Update (one transaction) that carries the difference
        only: the quads of the old version that the new one lacks go, the new one's other quads arrive
        (when most of the old graph goes, it is dropped whole and the new one inserted), and the
        catalogue entries of the entities whose description changed are recomputed. Readers see
        the old graph or the new one, never a mix; nothing is committed before that one step, so an
        interruption leaves the old one. ``before_commit(replacing)`` is called right before the one
        call that commits (kg.stores.writer checks for Ctrl-C there). The difference is taken from the
        graph as stored right before that call: a store has one writing process (RocksDB's lock), and
        loads within it take turns.
        """
        self._writable()
        g = graph_iri(ext.report.id, self.base)
        qs = quads(ext, self.base)
        with self._loading:
            stored = list(self.ox.quads_for_pattern(None, None, None, g))
            if not stored:
                batch = qs + index_quads(ext, self.base)
                if before_commit:
                    before_commit(False)
                self.ox.extend(batch)
                return LoadResult(ext.report.id, g.value, False, triples=len(qs))
            old, new = set(stored), set(qs)
            # in the order they were stored and written (hash order cost up to twice the update's time)
            gone = [q for q in stored if q not in new]
            # most of the old graph goes: dropping it whole and inserting the new one costs less (measured:
            # 73,000 characters replaced by another text)
            drop = len(gone) * 2 > len(old)
            came = qs if drop else [q for q in qs if q not in old]
            update = _replacement(g, old | new, stored if drop else gone, came, drop) if gone or came else ""
            if before_commit:
                before_commit(True)
            if update:
                self.ox.update(update, prefixes=V.PREFIXES)
        return LoadResult(ext.report.id, g.value, True, triples=len(qs))

    def writing(self) -> AbstractContextManager[Callable[[Extraction], LoadResult]]:
        """``with store.writing() as load: load(ext) …``: loads made by a process of its own, which
        Ctrl-C abandons at once (kg.stores.writer); a store in memory or read-only loads in this process."""
        from .writer import writing

        return writing(self)

    def remove(self, ref: str) -> ReportRef:
        """Drop a report's graph (``ref``: its id, IRI, or a unique part of its id or title) and its traces
        in the catalogue: afterwards the store equals one that never had the report."""
        self._writable()
        report = self.find_report(ref)
        with self._loading:
            self.ox.update(_removal(ox.NamedNode(report.iri)), prefixes=V.PREFIXES)
        return report

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.location}: opened read-only; open it without read_only to change it")

    def refresh_catalogue(self) -> None:
        """Recompute the whole entity catalogue (the default graph) from the report graphs."""
        self.ox.update(
            f"INSERT {{ GRAPH <{AFFECTED}> {{ ?x rdkg:mentions ?x }} }} WHERE {{ GRAPH ?g {{ ?g rdkg:mentions ?x }} }} ;"
            "DELETE { ?x ?p ?o } WHERE { ?x ?p ?o } ;"
            + catalogue_refresh(AFFECTED) + f" ; DROP SILENT GRAPH <{AFFECTED}>",
            prefixes=V.PREFIXES,
        )

    def clear(self) -> None:
        """Empty the store: every report graph and the catalogue."""
        self._writable()
        self.ox.clear()

    def flush(self) -> None:
        if self.path is not None and not self.read_only and self._ox is not None:
            self._ox.flush()

    # -------------------------------------------------------------- reading

    def reports(self) -> list[ReportRef]:
        rows = self.select(
            """SELECT ?g ?title ?jurisdiction ?date ?genre (COUNT(*) AS ?triples) WHERE {
                 GRAPH ?g { ?g a rdkg:Report ; dcterms:title ?title .
                            OPTIONAL { ?g rdkg:jurisdiction ?jurisdiction } OPTIONAL { ?g dcterms:date ?date }
                            OPTIONAL { ?g rdkg:genre ?genre } ?s ?p ?o } }
               GROUP BY ?g ?title ?jurisdiction ?date ?genre ORDER BY ?jurisdiction ?date ?g""",
            union=False,
        )
        return [ReportRef(r["g"].removeprefix(self.base), r["g"], r.get("title", ""), r.get("jurisdiction", ""),
                          str(r.get("date", "")), r.get("genre", ""), int(r.get("triples", 0)))
                for r in rows if not r["g"].startswith(STAGING)]

    def find_report(self, ref: str) -> ReportRef:
        """A report by its id, graph IRI, or a unique part of its id or title (kg.stores.base.find_report)."""
        return find_report(ref, self.reports(), self.location)

    def quads(self, report: str | None = None) -> Iterator[ox.Quad]:
        """The quads of one report's graph (``report`` names it), or of the whole store but staging graphs."""
        if report is not None:
            return self.ox.quads_for_pattern(None, None, None, self.graph_of(report))
        return (q for q in self.ox if not _is_staging(q.graph_name))

    def graph_of(self, ref: str) -> ox.NamedNode:
        """The named graph of the report ``ref`` names."""
        return ox.NamedNode(self.find_report(ref).iri)

    def stats(self) -> Stats:
        counts = {}
        for cls in V.CLASSES:
            row = self.select(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a <{cls.iri}> }}")
            counts[cls.label] = int(row[0]["n"])
        triples = int(self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", union=False)[0]["n"])
        return Stats(self.location, len(self.reports()), triples, "quads", counts)

    def query(self, saved_name: str, /, **params: str) -> QueryResult:
        """Run a saved query (queries/NAME.rq); parameters are bound as SPARQL substitutions, never pasted."""
        return QueryResult.from_solutions(self.saved_result(saved_name, **params))

    # -------------------------------------------------------------- the engine (EmbeddedEngine, for kg serve)

    def engine(self) -> ox.Store:
        """The Oxigraph store itself, for the SPARQL 1.1 Protocol (kg serve): datasets, base IRI, updates."""
        return self.ox

    def saved_result(self, saved_name: str, /, **params: str) -> ox.QuerySolutions:
        """A saved query's answer as Oxigraph gives it (terms), parameters bound; ``query`` makes Python
        values of it."""
        from ..saved import get, lateral, narrow, scope

        q = get(saved_name)
        values = {k: str(v) for k, v in params.items()}
        # the parameters fill the query's VALUES defaults as single terms (kg.saved.bound_text); saved
        # queries read report facts with GRAPH ?r { … } and the entity catalogue from the default graph,
        # so they run without the union of graphs (which repeats shared triples), evaluated LATERAL on
        # the embedded store where that makes them fast, a question scoped to a jurisdiction or year
        # starting from the reports of the scope (kg.saved.scope), and a keyword filter over names
        # narrowed to the entities whose names hold the word (kg.saved.narrow; a store on disk only)
        terms = q.bind(values)
        text = lateral(scope(q.bound_text(values), terms))
        if self.path is not None:
            words = {k: v.value for k, v in terms.items() if isinstance(v, ox.Literal)}
            text = narrow(text, words, self._names)
        return self.sparql(text, None, union=False)

    def _names(self, predicate: str) -> list[tuple[str, str]]:
        """Every (entity IRI, name) of the default graph with ``predicate``, kept while the store is
        unchanged: the commit watch (any process's commit, this one's too) tells when to read them again.
        A store in memory is not narrowed: SPARQL updates through ``engine()`` would leave no mark."""
        watch = self.__dict__.setdefault("_names_watch", self.commits())
        cache: dict[str, tuple[tuple, list[tuple[str, str]]]] = self.__dict__.setdefault("_names_cache", {})
        key = watch()  # before reading: a commit while reading makes the next call read again
        hit = cache.get(predicate)
        if hit is not None and hit[0] == key:
            return hit[1]
        pairs = [(q.subject.value, q.object.value)
                 for q in self.ox.quads_for_pattern(None, ox.NamedNode(predicate), None, ox.DefaultGraph())
                 if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, ox.Literal)]
        cache[predicate] = (key, pairs)
        return pairs

    def commits(self) -> CommitWatch:
        """A function whose value changes whenever some process commits to this store (see CommitWatch)."""
        return CommitWatch(self.location)

    def select(
        self, query: str, bindings: dict[str, ox.NamedNode | ox.Literal] | None = None, union: bool = True, timeout: float | None = None
    ) -> list[dict[str, Any]]:
        result = self.sparql(query, bindings, union)
        if not isinstance(result, ox.QuerySolutions):
            raise StoreError("not a SELECT query")
        names = [v.value for v in result.variables]
        return [{n: plain_value(sol[n]) for n in names if sol[n] is not None} for sol in result]

    def sparql(self, query: str, bindings: dict[str, Any] | None = None, union: bool = True) -> Any:
        """Run SPARQL text (SELECT, ASK, CONSTRUCT, DESCRIBE); ``bindings`` are substitutions of variables."""
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
        """Serialise the store (or one report's graph) in a stable order: two stores with the same
        quads give the same bytes, whatever order they were loaded in."""
        if fmt not in FORMATS:
            raise StoreError(f"unknown format {fmt!r}; use one of {', '.join(sorted(FORMATS))}")
        graph = self.graph_of(report) if report is not None else None
        if fmt in GRAPH_FORMATS:
            qs = self.ox.quads_for_pattern(None, None, None, graph) if graph is not None else \
                (q for q in self.ox if not _is_staging(q.graph_name))
            return self._export_quads(sorted(qs, key=_quad_key), fmt, out)
        # a triple format gets one graph or the union of the report graphs, each triple once
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in self.ox.quads_for_pattern(None, None, None, graph)
                   if _is_report_graph(q.graph_name)}
        return ox.serialize(sorted(triples, key=str), out, format=FORMATS[fmt], prefixes=V.PREFIXES)

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
        if self._ox is not None:
            self.flush()
            self._ox = None

    def __enter__(self) -> RDFStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def destroy(self) -> None:
        if self.path is not None:
            self._ox = None
            shutil.rmtree(self.path, ignore_errors=True)


def _removal(g: ox.NamedNode) -> str:
    """The SPARQL Update that drops report graph ``g`` and its traces in the catalogue."""
    return (f"INSERT {{ GRAPH <{AFFECTED}> {{ ?x rdkg:mentions ?x }} }} WHERE {{ GRAPH {g} {{ {g} rdkg:mentions ?x }} }} ;"
            f"DROP SILENT GRAPH {g} ;" + catalogue_refresh(AFFECTED) + f" ; DROP SILENT GRAPH <{AFFECTED}>")


_MENTIONS = ox.NamedNode(V.MENTIONS.iri)


def _replacement(g: ox.NamedNode, both: set[ox.Quad], gone: list[ox.Quad], came: list[ox.Quad], drop: bool) -> str:
    """The SPARQL Update that takes ``gone`` out of report graph ``g`` (``drop``: the whole graph, which
    ``gone`` then is) and puts ``came`` in, then recomputes the catalogue entries of the entities it
    mentions (in ``both`` versions) that the change touches: an entry is read from the statements about
    the entity in the graphs that mention it."""
    mentioned = {q.object for q in both if q.predicate == _MENTIONS}
    changed = [*gone, *came]
    touched = {q.subject for q in changed} | {q.object for q in changed if q.predicate == _MENTIONS}
    # our quads hold IRIs and literals only, whose N-Triples form is SPARQL's
    listed = " ".join(f"{x} rdkg:mentions {x} ." for x in mentioned & touched)
    parts = [f"INSERT DATA {{ GRAPH <{AFFECTED}> {{ {listed} }} }}"] if listed else []
    if drop:
        parts.append(f"DROP SILENT GRAPH {g}")
    elif gone:
        parts.append(f"DELETE DATA {{ GRAPH {g} {{ " + "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in gone) + " } }")
    if came:
        parts.append(f"INSERT DATA {{ GRAPH {g} {{ " + "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in came) + " } }")
    if listed:
        parts += [catalogue_refresh(AFFECTED), f"DROP SILENT GRAPH <{AFFECTED}>"]
    return " ;\n".join(parts)


def _recover(store: ox.Store) -> None:
    """Drop the staging graphs an interrupted load of an older version of rdkg left."""
    for g in list(store.named_graphs()):
        if isinstance(g, ox.NamedNode) and g.value.startswith(STAGING):
            store.remove_graph(g)


def _tracked(name: str) -> bool:
    return name.endswith(".log") and name != "LOG" or name.startswith("MANIFEST") or name == "CURRENT"


def store_generation(path: str) -> tuple:
    """A value that changes whenever a process commits to the store at ``path``: the names and sizes
    of RocksDB's write-ahead logs and manifests (a commit appends to one; a flush or compaction makes
    new ones)."""
    try:
        with os.scandir(path) as entries:
            return tuple(sorted((e.name, e.stat().st_size) for e in entries if _tracked(e.name)))
    except OSError:
        return ()


class CommitWatch:
    """``store_generation`` without listing the folder on every call.

    The folder is listed again only when its own modification time changed (a file was made,
    removed or renamed), or when the last listing was made too soon after that change to trust
    (timestamps are coarse: two changes in one tick leave one mark); otherwise the files found last
    time are looked up by name, a stat each.
    A store in memory has no other writers: its value never changes.
    """

    RECENT_NS = 200_000_000  # 0.2 s, far above the kernel's timestamp granularity

    def __init__(self, path: str) -> None:
        self.path = path
        self._mtime = -1
        self._names: list[tuple[str, str]] = []  # (name, path) of the files listed last

    def __call__(self) -> tuple:
        if self.path == "memory:":
            return ()
        try:
            mtime = os.stat(self.path).st_mtime_ns
        except OSError:
            return ()
        if mtime != self._mtime:
            listed = time.time_ns()
            key = store_generation(self.path)
            # the list is trusted later only if it was made well after the folder's last change
            self._mtime = mtime if listed - mtime >= self.RECENT_NS else -1
            self._names = [(name, os.path.join(self.path, name)) for name, _ in key]
            return key
        try:  # the paths joined once, when listed (a join per file per request cost as much as the stat)
            return tuple([(name, os.stat(full).st_size) for name, full in self._names])
        except OSError:  # removed between two looks: list again
            self._mtime = -1
            return self()


def _is_staging(g: Any) -> bool:
    return isinstance(g, ox.NamedNode) and g.value.startswith(STAGING)


def _quad_key(q: ox.Quad) -> tuple[str, str, str, str]:
    return (str(q.graph_name) if not isinstance(q.graph_name, ox.DefaultGraph) else "", str(q.subject),
            str(q.predicate), str(q.object))


def _is_report_graph(g: Any) -> bool:
    return isinstance(g, ox.NamedNode) and not g.value.startswith(STAGING)
