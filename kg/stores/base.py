"""The one contract every store keeps, its typed results, and the rule that finds a report.

A store holds reports, each replaceable whole: ``load`` puts an extraction in (replacing the report's
earlier version atomically), ``remove`` takes one out with what only it mentioned, ``reports`` and
``stats`` describe the store, ``query`` runs a saved query (queries/NAME.rq or its NAME.cypher twin)
with bound parameters, ``clear`` empties it, ``close`` releases it. The CLI, the library API and the
tests use only this contract (and a backend's documented extras, such as ``Neo4jStore.read`` for
Cypher that only reads); :func:`kg.stores.open_store` picks the class from a URL-like spec.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol, runtime_checkable

import pyoxigraph as ox

from ..errors import KGError
from ..model import Extraction


class StoreError(KGError):
    """A store that cannot be opened, a report that cannot be found, a write that failed."""


class Interrupted(KeyboardInterrupt):
    """Ctrl-C while a store wrote one report, with what truly became of that report.

    ``outcome`` is ``"kept"`` (the store holds what it held of the report before: its earlier version,
    or nothing), ``"written"`` (the new version went in before the stop; ``result`` says how) or
    ``"unknown"`` (a server got the commit and its answer was cut off). ``replacing`` says whether the
    report had an earlier version (None when the store had not looked yet); ``undone`` that its commit
    had landed and was taken back (kg.stores.writer).
    """

    def __init__(self, report: str, outcome: str, replacing: bool | None = None,
                 result: LoadResult | None = None, undone: bool = False) -> None:
        super().__init__(report, outcome)
        self.report = report
        self.outcome = outcome
        self.replacing = replacing
        self.result = result
        self.undone = undone


@dataclass(frozen=True)
class ReportRef:
    """One report in a store: its id (``重庆市-2026-…``), its IRI (the RDF graph's name) and what it says of itself."""

    id: str
    iri: str
    title: str = ""
    jurisdiction: str = ""
    date: str = ""
    genre: str = ""
    size: int = 0  # the triples of its graph (RDF) or its nodes (Neo4j)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class LoadResult:
    """What one load did: the report, whether it replaced an earlier version, and how much it wrote."""

    report: str
    iri: str
    replaced: bool
    triples: int = 0  # RDF: the triples of its graph
    nodes: int = 0  # Neo4j: nodes and relationships written
    relationships: int = 0

    @property
    def graph(self) -> str:
        return self.iri

    def summary(self) -> str:
        size = f"{self.triples} triples" if self.triples else f"{self.nodes} nodes, {self.relationships} relationships"
        return f"{size} as <{self.iri}>"


@dataclass(frozen=True)
class Stats:
    """The store at a glance: where it is, how many reports, entities by class, and its size.

    ``size`` counts quads in an RDF store and nodes + relationships in Neo4j; ``relationships``
    (by type) is filled by stores that count them.
    """

    location: str
    reports: int
    size: int
    unit: str  # "quads" or "nodes and relationships"
    entities: dict[str, int] = field(default_factory=dict)
    relationships: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class QueryResult:
    """The answer of a saved query: its columns and its rows (plain Python values, None when unbound)."""

    columns: list[str]
    rows: list[dict[str, Any]]

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    @classmethod
    def from_solutions(cls, solutions: ox.QuerySolutions) -> QueryResult:
        """A SPARQL SELECT's answer (what ``sparql()`` of an RDF store gives) with plain values (:func:`plain_value`)."""
        columns = [v.value for v in solutions.variables]
        return cls(columns, [{c: plain_value(sol[c]) for c in columns} for sol in solutions])


def plain_value(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> Any:
    """An RDF term as the rows of a :class:`QueryResult` give it: an xsd:integer an int, an xsd:decimal
    or xsd:double a float (an int when whole), any other literal its text, an IRI its string, None for
    an unbound variable, anything else its N-Triples form."""
    if term is None:
        return None
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


@runtime_checkable
class Store(Protocol):
    """What the CLI and the library ask of a store (RDFStore, Neo4jStore, SparqlStore)."""

    location: str
    base: str

    def load(self, ext: Extraction) -> LoadResult: ...

    def remove(self, ref: str) -> ReportRef: ...

    def find_report(self, ref: str) -> ReportRef: ...

    def reports(self) -> list[ReportRef]: ...

    def stats(self) -> Stats: ...

    def query(self, saved_name: str, /, **params: str) -> QueryResult: ...

    def clear(self) -> None:
        """Empty the store: every report and what they mention (it stays open and usable)."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None: ...


@runtime_checkable
class SparqlCapable(Protocol):
    """A store that answers SPARQL text too (``kg sparql``): the embedded store and a SPARQL endpoint."""

    def sparql(self, query: str, bindings: dict[str, Any] | None = None, union: bool = True) -> Any: ...


@runtime_checkable
class WritesApart(Protocol):
    """A store that writes in a process of its own while a batch loads (``kg load``), so that Ctrl-C
    can abandon a write under way: ``with store.writing() as load: load(ext)``. Its ``load`` raises
    :class:`Interrupted` on Ctrl-C, saying what became of the report being written."""

    def writing(self) -> AbstractContextManager[Callable[[Extraction], LoadResult]]: ...


@runtime_checkable
class Exportable(Protocol):
    """A store that serialises itself (``kg export``)."""

    def export(self, fmt: str, out: Any = None, report: str | None = None) -> bytes | None: ...


@runtime_checkable
class EmbeddedEngine(Protocol):
    """A store whose SPARQL engine runs inside the process that opened it, and which several processes
    can open at once (read-only): what ``kg serve`` needs. The server runs each query in a worker
    process that opens the store itself (so that killing the worker stops the query), hands the
    engine what the SPARQL 1.1 Protocol asks for (the request's RDF dataset, a base IRI, substituted
    variables, updates, LOAD) and writes its answers with Oxigraph's serialisers. The embedded store
    (:class:`kg.stores.rdf.RDFStore`) has it; a Neo4j server or a remote SPARQL store has its own
    endpoint instead.
    """

    location: str

    def engine(self) -> Any:
        """The pyoxigraph.Store: ``query`` with a dataset, ``base_iri`` and ``substitutions``, ``update``,
        ``load``, ``named_graphs``, ``quads_for_pattern``."""
        ...

    def saved_result(self, saved_name: str, /, **params: str) -> Any:
        """A saved query's answer as the engine gives it (RDF terms, not Python values), parameters bound."""
        ...

    def flush(self) -> None: ...

    def commits(self) -> Callable[[], Any]:
        """A function, usable after ``close`` and in another process, whose value changes whenever some
        process commits to the store (how a long-running reader sees loads it did not make)."""
        ...


def find_report(ref: str, reports: list[ReportRef], where: str) -> ReportRef:
    """The one rule for naming a report, the same in every store: its id or its IRI exactly, else the
    one report whose id or title contains ``ref``. ``where`` names the store in the error."""
    ref = ref.strip()
    if not ref:
        raise StoreError(f"an empty report name; give a report id from `kg stats` ({where})")
    for r in reports:
        if ref in (r.id, r.iri):
            return r
    hits = [r for r in reports if ref in r.id or ref in r.title or ref in r.iri]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise StoreError(f"{ref}: no such report in {where} (`kg stats` lists them)")
    ids = ", ".join(sorted(r.id for r in hits)[:5]) + (" …" if len(hits) > 5 else "")
    raise StoreError(f"{ref}: matches {len(hits)} reports in {where}; give one id: {ids}")
