"""Check a graph against the SHACL shapes of ``ontology/shapes.ttl``.

``validate`` takes an rdflib Graph or a Dataset (whose named graphs, one per report, are checked as
their union, the way a query over the store sees them) and returns a small :class:`Report` of
:class:`Violation` s that a person can read, one line each. The ontology ``ontology/rdkg.ttl`` is
mixed into the graph checked, since it says which individuals are action types; no inference is
run, because kg/rdf.py asserts every class directly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import BNode, ConjunctiveGraph, Dataset, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH, XSD

from . import vocab as V

if TYPE_CHECKING:
    import pyoxigraph as ox

# package data (ontology/ in the source tree, kg/ontology/ once installed)
ONTOLOGY_DIR = Path(str(files("kg.ontology")))
ONTOLOGY = ONTOLOGY_DIR / "rdkg.ttl"
SHAPES = ONTOLOGY_DIR / "shapes.ttl"

_PREFIXES = sorted(V.PREFIXES.items(), key=lambda kv: -len(kv[1]))


@dataclass(frozen=True)
class Violation:
    """One result of the check: the node at fault, the property, what is wrong."""

    focus: str  # the focus node's IRI (or "_:id" for a blank node)
    path: str | None  # the property's IRI (a SPARQL property path for a complex path); None for a node
    message: str
    severity: str = "Violation"  # Violation, Warning or Info
    value: str | None = None  # the offending value, when there is one
    constraint: str = ""  # the SHACL constraint component, e.g. MinCountConstraintComponent

    def __str__(self) -> str:
        where = _short(self.focus)
        if self.path:
            where += " " + _short(self.path)
        line = f"{self.severity}: {where}: {self.message}"
        if self.value is not None and self.value != _short(self.focus):
            line += f" (value: {self.value})"
        return line


@dataclass
class Report:
    """The outcome of a check: whether the graph conforms, and every violation found."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)

    def __bool__(self) -> bool:
        return self.conforms

    def __str__(self) -> str:
        if self.conforms:
            return "conforms"
        lines = [f"{len(self.violations)} violation(s)"]
        lines += [str(v) for v in self.violations]
        return "\n".join(lines)


@cache
def ontology_graph() -> Graph:
    g = Graph()
    g.parse(ONTOLOGY, format="turtle")
    return g


@cache
def shapes_graph() -> Graph:
    g = Graph()
    g.parse(SHAPES, format="turtle")
    return g


def validate(data_graph: Graph) -> Report:
    """Validate an rdflib Graph, or a Dataset/ConjunctiveGraph as the union of its graphs."""
    from pyshacl import validate as shacl_validate

    union = Graph()
    for prefix, ns in V.PREFIXES.items():
        union.bind(prefix, ns)
    for triple in _triples(data_graph):
        union.add(triple)
    for triple in ontology_graph():
        union.add(triple)
    conforms, results, _text = shacl_validate(
        union,
        shacl_graph=shapes_graph(),
        inference="none",
        advanced=False,
        allow_warnings=False,
        inplace=True,  # ``union`` is our own copy
    )
    violations = sorted(_violations(results), key=lambda v: (v.focus, v.path or "", v.message, v.value or ""))
    return Report(conforms=bool(conforms), violations=violations)


def validate_quads(quads: Iterable[ox.Quad]) -> Report:
    """Validate pyoxigraph quads (as kg.rdf.quads writes them) as one rdflib Dataset."""
    return validate(quads_to_dataset(quads))


def quads_to_dataset(quads: Iterable[ox.Quad]) -> Dataset:
    import pyoxigraph as ox

    data = ox.serialize(list(quads), format=ox.RdfFormat.N_QUADS) or b""
    ds = Dataset()
    ds.parse(data=data.decode("utf-8"), format="nquads")
    return ds


def _triples(data_graph: Graph) -> Iterable[tuple[Any, Any, Any]]:
    if isinstance(data_graph, ConjunctiveGraph):  # a Dataset is one too
        triples: Iterable[tuple[Any, ...]] = (q[:3] for q in data_graph.quads((None, None, None, None)))
    else:
        triples = data_graph.triples((None, None, None))
    for s, p, o in triples:
        yield s, p, _plain(o)


def _plain(o: Any) -> Any:
    """``"x"^^xsd:string`` as the simple literal ``"x"``: one term in RDF 1.1, two in rdflib (and
    oxrdflib hands out the typed form), so that sh:in and sh:hasValue compare them as equal."""
    if isinstance(o, Literal) and o.datatype == XSD.string:
        return Literal(str(o))
    return o


def _violations(results: Graph) -> Iterable[Violation]:
    for r in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        severity = results.value(r, SH.resultSeverity)
        value = results.value(r, SH.value)
        component = results.value(r, SH.sourceConstraintComponent)
        messages = sorted(str(m) for m in results.objects(r, SH.resultMessage))
        yield Violation(
            focus=_node(focus),
            path=_path(results, path) if path is not None else None,
            message="; ".join(messages) or "does not conform",
            severity=_local(severity) if severity is not None else "Violation",
            value=_value(value) if value is not None else None,
            constraint=_local(component) if component is not None else "",
        )


def _node(term: Any) -> str:
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _value(term: Any) -> str:
    if isinstance(term, Literal):
        if term.datatype is not None:
            return f"{Literal(str(term)).n3()}^^{_short(str(term.datatype))}"
        return term.n3()
    return _short(_node(term))


def _path(g: Graph, path: Any) -> str:
    """A SHACL path as a string: the IRI of a predicate, or a SPARQL property path."""
    if isinstance(path, URIRef):
        return str(path)
    inverse = g.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + _short(_path(g, inverse))
    for op, suffix in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
        inner = g.value(path, op)
        if inner is not None:
            return f"({_short(_path(g, inner))}){suffix}"
    alt = g.value(path, SH.alternativePath)
    if alt is not None:
        return "(" + "|".join(_short(_path(g, p)) for p in Collection(g, alt)) + ")"
    if (path, RDF.first, None) in g:
        return "/".join(_short(_path(g, p)) for p in Collection(g, path))
    return _node(path)


def _short(iri: str) -> str:
    """``rdkg:period`` for a known namespace, ``<iri>`` otherwise (and paths as they are)."""
    if not iri.startswith(("http://", "https://", "urn:")):
        return iri
    for prefix, ns in _PREFIXES:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


def _local(iri: Any) -> str:
    s = str(iri)
    return s.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
