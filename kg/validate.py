"""Check a graph against the SHACL shapes of ``ontology/shapes.ttl``.

``validate`` takes an rdflib Graph or a Dataset (whose named graphs, one per report, are checked as
their union, the way a query over the store sees them) and returns a small :class:`Report` of
:class:`Violation` s that a person can read, one line each. The ontology ``ontology/rdkg.ttl`` is
mixed into the graph checked, since it says which individuals are action types; no inference is
run, because the writer asserts every class directly.

``validate_store`` gives the same violations for an Oxigraph store without building the union: it
checks one report graph at a time (with the catalogue's entries for the entities it mentions) and
the entities once at the end, so its time grows with the store, and it reports progress as it goes.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import BNode, ConjunctiveGraph, Dataset, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH, XSD

from . import vocab as V

if TYPE_CHECKING:
    import pyoxigraph as ox

    from .stores.base import EmbeddedEngine

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
    triples: int = 0  # how many triples (quads) of data were checked, when known
    graphs: int = 0  # how many report graphs, when a store was checked

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
    union = _new_graph()
    n = 0
    for triple in _triples(data_graph):
        union.add(triple)
        n += 1
    report = _check(union)
    report.triples = n
    return report


class _Graph(Graph):
    """An rdflib Graph that parses each SPARQL text once: pyshacl runs a SHACL-SPARQL constraint
    once per focus node with the same text (``$this`` bound), and rdflib would parse it every time,
    which took most of the time of a check."""

    def query(self, query_object: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(query_object, str):
            query_object = _prepared(query_object)
        return super().query(query_object, *args, **kwargs)


@lru_cache(maxsize=256)
def _prepared(text: str) -> Any:
    from rdflib.plugins.sparql import prepareQuery
    from rdflib.plugins.sparql.algebra import traverse

    query = prepareQuery(text)
    traverse(query.algebra, visitPre=_this_first)
    return query


def _this_first(node: Any) -> None:
    """Order a basic graph pattern's triples so that each has as many terms known as can be, with
    ``$this`` known (pyshacl binds it): rdflib orders them as if ``$this`` were free and then
    starts from, say, every ``?selector a oa:TextPositionSelector`` of the graph for each focus node,
    which made a check grow with the square of a report's passages. The order changes no answer."""
    from rdflib.plugins.sparql.parserutils import CompValue
    from rdflib.term import Variable

    if not (isinstance(node, CompValue) and node.name == "BGP" and len(node.get("triples") or ()) > 1):
        return
    todo = list(node["triples"])
    known = {Variable("this")}

    def bound(x: Any) -> bool:
        return not isinstance(x, Variable | BNode) or x in known

    ordered = []
    while todo:
        # a known subject first (an index lookup from one node), then the most terms known
        best = max(todo, key=lambda t: (bound(t[0]), sum(map(bound, t))))
        todo.remove(best)
        ordered.append(best)
        known.update(x for x in best if isinstance(x, Variable | BNode))
    node["triples"] = ordered


def _new_graph() -> Graph:
    g = _Graph()
    for prefix, ns in V.PREFIXES.items():
        g.bind(prefix, ns)
    return g


def _check(union: Graph) -> Report:
    """Run pyshacl over ``union`` (which it may change) with the ontology mixed in."""
    from pyshacl import validate as shacl_validate

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
    violations = sorted(set(_violations(results)), key=_order)
    return Report(conforms=bool(conforms), violations=violations)


def _order(v: Violation) -> tuple[str, ...]:
    return (v.focus, v.path or "", v.message, v.value or "", v.severity, v.constraint)


def validate_quads(quads: Iterable[ox.Quad]) -> Report:
    """Validate pyoxigraph quads (as kg.rdf.quads writes them) as one rdflib Dataset."""
    return validate(quads_to_dataset(quads))


def quads_to_dataset(quads: Iterable[ox.Quad]) -> Dataset:
    import pyoxigraph as ox

    data = ox.serialize(list(quads), format=ox.RdfFormat.N_QUADS) or b""
    ds = Dataset()
    ds.parse(data=data.decode("utf-8"), format="nquads")
    return ds


# ------------------------------------------------------------------ a store, graph by graph


@dataclass(frozen=True)
class Progress:
    """How far :func:`validate_store` has got: ``done`` of ``total`` graphs checked (the entities,
    checked last, count as one more), the graph just checked and the violations found so far."""

    done: int
    total: int
    graph: str  # a report graph's IRI, or ENTITIES
    violations: int


ENTITIES = "entities"  # Progress.graph of the last step: the nodes described in more than one graph
_STAGING = "urn:rdkg:staging:"  # kg.stores.rdf.STAGING: half-loaded graphs, not part of the store
_RDF_TYPE = str(RDF.type)
_STATEMENT = str(RDF.Statement)


def validate_store(
    store: EmbeddedEngine | ox.Store,
    graph: str | ox.NamedNode | None = None,
    progress: Callable[[Progress], None] | None = None,
) -> Report:
    """Validate an embedded store (one with the :class:`kg.stores.base.EmbeddedEngine` capability, such
    as :class:`kg.stores.rdf.RDFStore`, or a ``pyoxigraph.Store`` itself) one report graph at a time; the violations are those :func:`validate` finds in the union of all its
    graphs, but time grows in step with the store.

    Each report graph is checked together with the catalogue's entries (the default graph) for the
    entities it mentions, and the nodes only it describes (the report, its passages, actions,
    metrics and statements, the entities no other report names) are judged there. The nodes that
    more than one graph describes (the entities several reports name, and anything a broken store
    describes twice) and the catalogue's entities no report describes are judged once, at the end,
    on all that every graph says of them.

    ``graph``, a report graph's IRI, checks that graph alone (with the catalogue's entries for its
    entities), every node in it judged on what that report says. ``progress`` is called after each
    graph with a :class:`Progress`.
    """
    import pyoxigraph as ox

    from .stores.base import EmbeddedEngine

    if isinstance(store, EmbeddedEngine):
        st = store.engine()
    elif isinstance(store, ox.Store):
        st = store
    else:
        raise TypeError(f"{store!r}: validate_store checks an embedded store (EmbeddedEngine) or a pyoxigraph.Store")
    catalogue, triples = _catalogue(st)
    if graph is not None:
        g = graph if isinstance(graph, ox.NamedNode) else ox.NamedNode(graph)
        data, subjects, n = _report_data(st, g, catalogue)
        report = _check(data)
        report.violations = [v for v in report.violations if _judged_in(v, subjects)]
        report.conforms = not report.violations
        report.triples, report.graphs = n, 1
        if progress is not None:
            progress(Progress(1, 1, g.value, len(report.violations)))
        return report

    graphs = sorted(
        (g for g in st.named_graphs() if isinstance(g, ox.NamedNode) and not g.value.startswith(_STAGING)),
        key=lambda g: g.value,
    )
    total = len(graphs) + 1
    found: set[Violation] = set()
    # the subjects each graph describes, hashed, to find those that two graphs describe
    seen, owner = array("q"), array("q")
    in_a_report: set[str] = set()  # the catalogue's entities some report graph describes
    for i, g in enumerate(graphs):
        data, subjects, n = _report_data(st, g, catalogue)
        triples += n
        seen.extend(hashes := {hash(s) for s in subjects})
        owner.extend([i] * len(hashes))
        in_a_report.update(s for s in subjects if s in catalogue)
        found.update(v for v in _check(data).violations if _judged_in(v, subjects))
        if progress is not None:
            progress(Progress(i + 1, total, g.value, len(found)))

    # judged again below, on all every graph says of them: the nodes two graphs describe, and the
    # catalogue's entities that no report graph describes; what one graph describes was judged there
    shared = catalogue - in_a_report
    entities = {hash(s): s for s in catalogue}
    for i, hashes in _described_twice(seen, owner).items():
        shared.update(entities[h] for h in hashes if h in entities)
        if rest := {h for h in hashes if h not in entities}:  # none in a store the writer wrote
            shared.update(s for s in _subjects(st, graphs[i]) if hash(s) in rest)
    del seen, owner
    found = {v for v in found if v.focus not in shared}
    data = _shared_data(st, shared)
    found.update(v for v in _check(data).violations if v.focus in shared)
    if progress is not None:
        progress(Progress(total, total, ENTITIES, len(found)))
    violations = sorted(found, key=_order)
    return Report(conforms=not violations, violations=violations, triples=triples, graphs=len(graphs))


def _judged_in(v: Violation, subjects: set[str]) -> bool:
    """Whether a violation found in a report's check is at a node that report describes (or one of
    the ontology's); a node it only points to is judged where it is described."""
    return v.focus in subjects or v.focus in _ontology_subjects()


@cache
def _ontology_subjects() -> frozenset[str]:
    return frozenset(_node(s) for s in ontology_graph().subjects())


def _catalogue(st: ox.Store) -> tuple[set[str], int]:
    """The subjects of the entity catalogue (the default graph), and its size."""
    import pyoxigraph as ox

    subjects, n = set(), 0
    for q in st.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        subjects.add(_key(q.subject))
        n += 1
    return subjects, n


def _subjects(st: ox.Store, g: ox.NamedNode) -> set[str]:
    return {_key(q.subject) for q in st.quads_for_pattern(None, None, None, g)}


def _described_twice(seen: array, owner: array) -> dict[int, set[int]]:
    """Graph index → the subject hashes it shares with another graph (each graph lists a hash once)."""
    twice, last = set(), None
    for h in sorted(seen):
        if h == last:
            twice.add(h)
        last = h
    out: dict[int, set[int]] = defaultdict(set)
    for h, i in zip(seen, owner, strict=True):
        if h in twice:
            out[i].add(h)
    return out


def _report_data(st: ox.Store, g: ox.NamedNode, catalogue: set[str]) -> tuple[Graph, set[str], int]:
    """A report graph, the catalogue's entries for the entities it mentions, the classes of the other
    nodes it points to (as the whole store has them), and the triples its statements restate when
    another graph asserts them; with the graph's subjects and size."""
    import pyoxigraph as ox

    conv = _Converter()
    data = _new_graph()
    subjects: set[str] = set()
    objects: dict[str, Any] = {}
    statements = []
    n = 0
    for q in st.quads_for_pattern(None, None, None, g):
        n += 1
        s, p, o = q.subject, q.predicate, q.object
        subjects.add(_key(s))
        if not isinstance(o, ox.Literal):
            objects[_key(o)] = o
        if p.value == _RDF_TYPE and o.value == _STATEMENT:
            statements.append(s)
        data.add((conv(s), conv(p), conv(o)))
    default = ox.DefaultGraph()
    for key, node in list(objects.items()) + [(k, None) for k in subjects]:
        if key in catalogue:
            term = node if node is not None else _node_of(key)
            for q in st.quads_for_pattern(term, None, None, default):
                data.add((conv(q.subject), conv(q.predicate), conv(q.object)))
        elif key not in subjects and node is not None:  # a node described elsewhere: its classes
            for q in st.quads_for_pattern(node, ox.NamedNode(_RDF_TYPE), None, None):
                data.add((conv(q.subject), conv(q.predicate), conv(q.object)))
    for stmt in statements:
        triple = [data.value(conv(stmt), RDF[x]) for x in ("subject", "predicate", "object")]
        if None in triple or tuple(triple) in data:
            continue
        terms = [_ox(t) for t in triple]
        if None not in terms and next(iter(st.quads_for_pattern(*terms, None)), None) is not None:
            data.add(tuple(triple))
    return data, subjects, n


def _shared_data(st: ox.Store, shared: set[str]) -> Graph:
    """All every graph says of the shared nodes, and the classes of the nodes they point to where a
    shape checks the class."""
    import pyoxigraph as ox

    conv = _Converter()
    data = _new_graph()
    pointed: dict[str, Any] = {}
    by_class, by_subject_of = _class_checked_paths()
    out: dict[str, list[tuple[Any, Any]]] = defaultdict(list)
    for key in shared:
        for q in st.quads_for_pattern(_node_of(key), None, None, None):
            data.add((conv(q.subject), conv(q.predicate), conv(q.object)))
            out[key].append((q.predicate, q.object))
    for pos in out.values():
        classes = {o.value for p, o in pos if p.value == _RDF_TYPE and isinstance(o, ox.NamedNode)}
        checked = set().union(
            *(by_class.get(c, ()) for c in classes), *(by_subject_of.get(p.value, ()) for p, _o in pos)
        )
        for p, o in pos:
            if p.value in checked and not isinstance(o, ox.Literal) and _key(o) not in shared:
                pointed[_key(o)] = o
    rdf_type = ox.NamedNode(_RDF_TYPE)
    for node in pointed.values():
        for q in st.quads_for_pattern(node, rdf_type, None, None):
            data.add((conv(q.subject), conv(q.predicate), conv(q.object)))
    return data


@cache
def _class_checked_paths() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The properties whose values a shape checks the class of, by the class the shape targets and by
    the property whose subjects it targets."""
    sg = shapes_graph()
    by_class: dict[str, set[str]] = defaultdict(set)
    by_subject_of: dict[str, set[str]] = defaultdict(set)
    for shape in set(sg.subjects(SH.targetClass, None)) | set(sg.subjects(SH.targetSubjectsOf, None)):
        paths = {str(sg.value(ps, SH.path)) for ps in sg.objects(shape, SH.property) if _checks_class(sg, ps)}
        for c in sg.objects(shape, SH.targetClass):
            by_class[str(c)] |= paths
        for p in sg.objects(shape, SH.targetSubjectsOf):
            by_subject_of[str(p)] |= paths
    return dict(by_class), dict(by_subject_of)


def _checks_class(sg: Graph, node: Any, depth: int = 0) -> bool:
    """Whether a property shape (or a shape nested in it: sh:or lists, qualified shapes) uses sh:class."""
    if depth > 8:
        return False
    for p, o in sg.predicate_objects(node):
        if p == SH["class"]:
            return True
        if isinstance(o, BNode) and _checks_class(sg, o, depth + 1):
            return True
    return False


class _Converter:
    """pyoxigraph terms as rdflib terms, each IRI converted once; ``"x"^^xsd:string`` as ``"x"``."""

    def __init__(self) -> None:
        self.iris: dict[str, URIRef] = {}

    def __call__(self, t: Any) -> Any:
        import pyoxigraph as ox

        if isinstance(t, ox.NamedNode):
            iri = self.iris.get(t.value)
            if iri is None:
                iri = self.iris[t.value] = URIRef(t.value)
            return iri
        if isinstance(t, ox.BlankNode):
            return BNode(t.value)
        if isinstance(t, ox.Literal):
            if t.language:
                return Literal(t.value, lang=t.language)
            dt = t.datatype.value
            return Literal(t.value) if dt == _XSD_STRING else Literal(t.value, datatype=self(t.datatype))
        raise TypeError(f"not an RDF term: {t!r}")


_XSD_STRING = str(XSD.string)


def _key(t: Any) -> str:
    """A node as Violation.focus names it: its IRI, or ``_:id`` for a blank node."""
    import pyoxigraph as ox

    return f"_:{t.value}" if isinstance(t, ox.BlankNode) else t.value


def _node_of(key: str) -> Any:
    import pyoxigraph as ox

    return ox.BlankNode(key[2:]) if key.startswith("_:") else ox.NamedNode(key)


def _ox(t: Any) -> Any:
    import pyoxigraph as ox

    if isinstance(t, URIRef):
        return ox.NamedNode(str(t))
    if isinstance(t, BNode):
        return ox.BlankNode(str(t))
    return None  # a literal: no statement restates one as a subject or predicate, and lookups skip it


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
