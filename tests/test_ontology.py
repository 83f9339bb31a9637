"""The ontology (ontology/rdkg.ttl) agrees with kg/vocab.py, and the graphs loaders/write/rdf.py writes conform to
the SHACL shapes (ontology/shapes.ttl), which in turn catch broken graphs."""

from __future__ import annotations

from collections.abc import Callable

import pyoxigraph as ox
import pytest
from kg.loaders.write import rdf
from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

from kg import vocab as V
from kg.stores.rdf import RDFStore
from kg.validate import (
    ENTITIES,
    ONTOLOGY,
    SHAPES,
    Progress,
    Report,
    Violation,
    validate,
    validate_quads,
    validate_store,
)

from .conftest import DATA

RDKG = Namespace(V.RDKG)
PROV = Namespace(V.PROV)
OA = Namespace(V.OA)
ORG = Namespace(V.ORG)
ELI = Namespace(V.ELI)
QB = Namespace(V.QB)
SCHEMA = Namespace(V.SCHEMA)
SH = Namespace("http://www.w3.org/ns/shacl#")
ONTOLOGY_IRI = URIRef("https://w3id.org/rdkg/ontology")
SCHEME = RDKG.ActionTypeScheme  # the one rdkg: term of the ontology that the code never writes

DECLARED_AS = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def vocab_terms() -> list[str]:
    """Every IRI kg/vocab.py defines under the rdkg namespace."""
    iris = {c.iri for c in V.CLASSES}
    iris |= {x.iri for x in vars(V).values() if isinstance(x, V.Cls | V.Rel)}
    iris |= {r.iri for r in V.RELATIONS.values()}
    iris |= set(V.P.values())
    iris |= {V.RDKG + key for key in V.ACTION_TYPES}
    return sorted(i for i in iris if i.startswith(V.RDKG))


# ---------------------------------------------------------------- the ontology


def test_ontology_and_shapes_parse(onto, shapes):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert len(onto) > 200
    assert any(True for _ in shapes.subjects(RDF.type, SH.NodeShape))
    assert set(shapes.objects(None, SH.targetClass)) >= {URIRef(c.iri) for c in V.CLASSES}


def test_ontology_says_which_vocabularies_it_reuses(onto):
    comment = " ".join(str(c) for c in onto.objects(ONTOLOGY_IRI, RDFS.comment) if c.language == "en")
    for name in ("ORG", "ELI", "SKOS", "Data Cube", "PROV-O", "Web Annotation", "schema.org", "Dublin Core"):
        assert name in comment, name
    assert "rdf:Statement" in comment and "prov:wasDerivedFrom" in comment
    assert "rdkg:evidence" in comment and "prov:wasInfluencedBy" in comment
    assert "qb:DataSet" in comment and "qb:dataSet" in comment and "oa:hasSelector" in comment
    assert {c.language for c in onto.objects(ONTOLOGY_IRI, RDFS.comment)} == {"en", "zh"}


def test_vocab_has_terms_to_check():
    terms = vocab_terms()
    assert V.SERVES.iri in terms and V.P["upper"] in terms and V.RDKG + "cleaned" in terms
    assert len(terms) >= 9 + 7 + 21 + 8


@pytest.mark.parametrize("iri", vocab_terms())
def test_every_vocab_term_is_declared_with_zh_and_en_labels(onto, iri):
    term = URIRef(iri)
    types = set(onto.objects(term, RDF.type))
    assert types & DECLARED_AS, f"{iri} is not declared in {ONTOLOGY.name}"
    labels = {lab.language for lab in onto.objects(term, RDFS.label) if isinstance(lab, Literal)}
    assert {"zh", "en"} <= labels, f"{iri} lacks an rdfs:label in zh or en"
    notes = [n for p in (SKOS.definition, RDFS.comment) for n in onto.objects(term, p)]
    assert {"zh", "en"} <= {n.language for n in notes}, f"{iri} lacks a definition or comment in zh or en"


def test_ontology_declares_nothing_vocab_does_not_know(onto):
    declared = {s for s in onto.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(V.RDKG)}
    assert declared - {SCHEME} == {URIRef(i) for i in vocab_terms()}


def test_classes_and_properties_are_declared_as_such(onto):
    for c in V.CLASSES + (V.ACTION_TYPE,):
        assert (URIRef(c.iri), RDF.type, OWL.Class) in onto, c.iri
    for r in (V.SERVES, V.REPORTED_TO, V.INSPECTED, V.ON_LAW, V.ACTION_EVIDENCE, V.IN_REPORT, V.MENTIONS, V.ACTION_TYPE_OF):
        assert (URIRef(r.iri), RDF.type, OWL.ObjectProperty) in onto, r.iri
    for key in ("name", "level", "period", "year", "value", "upper", "unit", "subject", "text", "about"):
        assert (URIRef(V.P[key]), RDF.type, OWL.DatatypeProperty) in onto, key
    assert (RDKG.actionType, RDFS.range, RDKG.ActionType) in onto
    assert (RDKG.serves, RDFS.range, RDKG.Initiative) in onto
    assert (RDKG.value, RDFS.range, XSD.decimal) in onto
    assert (RDKG.evidence, RDFS.domain, RDKG.Action) in onto
    assert (RDKG.evidence, RDFS.range, RDKG.Passage) in onto
    assert (RDKG.inspectedLaw, RDFS.domain, RDKG.Body) in onto


def test_inspected_is_only_an_action_type_and_inspected_law_the_relation(onto):
    assert V.INSPECTED.iri == str(RDKG.inspectedLaw)
    assert set(onto.objects(RDKG.inspected, RDF.type)) == {OWL.NamedIndividual, RDKG.ActionType, SKOS.Concept}
    assert set(onto.objects(RDKG.inspectedLaw, RDF.type)) == {OWL.ObjectProperty}
    law_or_decision = onto.value(RDKG.inspectedLaw, RDFS.range)
    members = set(Collection(onto, onto.value(law_or_decision, OWL.unionOf)))
    assert members == {RDKG.Law, RDKG.Decision}


def test_actions_cite_passages_with_evidence_and_not_derivation(onto):
    """PROV-O keeps prov:Activity (an action) apart from the entities of prov:wasDerivedFrom."""
    assert V.ACTION_EVIDENCE.iri == str(RDKG.evidence)
    assert V.DERIVED.iri == str(PROV.wasDerivedFrom)
    assert (RDKG.evidence, RDFS.subPropertyOf, PROV.wasInfluencedBy) in onto
    assert (RDKG.Action, RDFS.subClassOf, PROV.Activity) in onto
    assert (RDKG.Report, RDFS.subClassOf, QB.DataSet) not in onto  # typed so by loaders/write/rdf.py, not by the ontology


@pytest.mark.parametrize(
    ("term", "prop", "target"),
    [
        (RDKG.Report, RDFS.subClassOf, PROV.Entity),
        (RDKG.Report, RDFS.subClassOf, SCHEMA.Report),
        (RDKG.Passage, RDFS.subClassOf, OA.SpecificResource),
        (RDKG.Passage, RDFS.subClassOf, PROV.Entity),
        (RDKG.Body, RDFS.subClassOf, ORG.Organization),
        (RDKG.Law, RDFS.subClassOf, ELI.LegalResource),
        (RDKG.Law, RDFS.subClassOf, SCHEMA.Legislation),
        (RDKG.Decision, RDFS.subClassOf, ELI.LegalResource),
        (RDKG.Action, RDFS.subClassOf, PROV.Activity),
        (RDKG.Initiative, RDFS.subClassOf, SKOS.Concept),
        (RDKG.Initiative, RDFS.subClassOf, PROV.Plan),
        (RDKG.Metric, RDFS.subClassOf, QB.Observation),
        (RDKG.ActionType, RDFS.subClassOf, SKOS.Concept),
        (RDKG.onLaw, RDFS.subPropertyOf, PROV.used),
        (RDKG.evidence, RDFS.subPropertyOf, PROV.wasInfluencedBy),
    ],
)
def test_alignments_to_standard_vocabularies(onto, term, prop, target):
    assert (term, prop, target) in onto


@pytest.mark.parametrize("key", sorted(V.ACTION_TYPES))
def test_action_types_are_concepts_of_one_scheme_with_vocab_labels(onto, key):
    zh, en = V.ACTION_TYPES[key]
    term = RDKG[key]
    assert (term, RDF.type, RDKG.ActionType) in onto
    assert (term, SKOS.inScheme, SCHEME) in onto
    assert (SCHEME, RDF.type, SKOS.ConceptScheme) in onto
    assert set(onto.objects(term, SKOS.prefLabel)) == {Literal(zh, lang="zh"), Literal(en, lang="en")}
    assert {Literal(zh, lang="zh"), Literal(en, lang="en")} <= set(onto.objects(term, RDFS.label))


# ---------------------------------------------------------------- real graphs conform


@pytest.fixture(scope="module")
def government_extractions(extracted):
    return {name: extracted(DATA / f"{name}.txt") for name in ("hebei-2026-government", "beijing-2026-government")}


def _assert_conforms(report: Report) -> None:
    assert report.conforms, "\n" + "\n".join(str(v) for v in report.violations[:20])
    assert report.violations == []


@pytest.fixture(scope="module")
def real_store(sample_extraction, government_extractions):
    """The sample and two government reports in one store (they share national laws and bodies),
    validated once, graph by graph; with the progress it reported."""
    st = RDFStore(None)
    for ext in (sample_extraction, *government_extractions.values()):
        st.load(ext)
    steps: list[Progress] = []
    return st, validate_store(st, progress=steps.append), steps


def test_real_reports_in_one_store_conform(real_store):
    st, report, _steps = real_store
    _assert_conforms(report)
    assert report.graphs == 3 and report.triples == len(list(st))


def test_progress_names_every_graph_then_the_entities(real_store):
    st, report, steps = real_store
    graphs = sorted(g.value for g in st.ox.named_graphs())
    assert [(p.done, p.total) for p in steps] == [(i, 4) for i in range(1, 5)]
    assert [p.graph for p in steps] == [*graphs, ENTITIES]
    assert all(p.violations == 0 for p in steps)


def test_validate_store_takes_an_embedded_engine_or_an_oxigraph_store(real_store):
    """The store contract's capability decides what can be checked graph by graph: the RDFStore (an
    EmbeddedEngine) and its pyoxigraph.Store are checked; anything else is refused."""
    st, report, _steps = real_store
    again = validate_store(st.engine(), str(sorted(g.value for g in st.engine().named_graphs())[0]))
    assert again.graphs == 1 and again.conforms and again.triples > 0
    with pytest.raises(TypeError, match="EmbeddedEngine"):
        validate_store(object())  # type: ignore[arg-type]


# ---------------------------------------------------------------- broken graphs do not


def _graph(quads) -> Graph:
    from kg.validate import quads_to_dataset

    g = Graph()
    for s, p, o, _c in quads_to_dataset(quads).quads((None, None, None, None)):
        g.add((s, p, o))
    return g


@pytest.fixture(scope="module")
def sample_graph(sample_extraction) -> Graph:
    return _graph(rdf.quads(sample_extraction))


@pytest.fixture(scope="module")
def small_graph(government_extractions) -> Graph:
    """A part of a real report, closed under its links: the report, a few of its actions and metrics,
    and everything they lead to (passages, selectors, laws, bodies, initiatives), each node with all
    the report says of it. It is a sound graph small enough to validate again and again."""
    g = _graph(rdf.quads(government_extractions["beijing-2026-government"]))
    seeds = _of(RDKG.Report)(g) + _of(RDKG.Action)(g)[:3] + _of(RDKG.Metric)(g)[:3]
    out, todo, done = Graph(), list(seeds), set()
    while todo:
        node = todo.pop()
        if node in done:
            continue
        done.add(node)
        for p, o in g.predicate_objects(node):
            if p == RDKG.mentions:  # the report mentions every entity: not followed, not kept
                continue
            out.add((node, p, o))
            if isinstance(o, URIRef) and (o, None, None) in g:
                todo.append(o)
    assert len(out) < len(g) / 4
    return out


def test_the_small_graph_is_sound_and_holds_what_the_breakages_need(small_graph):
    for cls in (RDKG.Report, RDKG.Action, RDKG.Metric, RDKG.Passage, RDKG.Law, RDKG.Body):
        assert _of(cls)(small_graph), cls
    _assert_conforms(validate(small_graph))


def _copy(g: Graph) -> Graph:
    out = Graph()
    for t in g:
        out.add(t)
    return out


def _of(cls: URIRef) -> Callable[[Graph], list[URIRef]]:
    return lambda g: sorted(s for s in g.subjects(RDF.type, cls) if isinstance(s, URIRef))


def _replace(g: Graph, s: URIRef, p: URIRef, o) -> None:
    g.remove((s, p, None))
    g.add((s, p, o))


def _selector(g: Graph, passage: URIRef, cls: URIRef) -> URIRef:
    return next(sel for sel in g.objects(passage, OA.hasSelector) if (sel, RDF.type, cls) in g)


def _passage_of(g: Graph, selector: URIRef) -> URIRef:
    return next(p for p in g.subjects(OA.hasSelector, selector) if (p, RDF.type, RDKG.Passage) in g)


def _misfit_text(g: Graph, s: URIRef) -> None:
    """Make the passage's position selector one character longer than its text."""
    pos = _selector(g, s, OA.TextPositionSelector)
    _replace(g, pos, OA.end, Literal(int(g.value(pos, OA.end)) + 1))


def _end_before_start(g: Graph, s: URIRef) -> list[URIRef]:
    """Break a position selector; its passage's text then no longer fits the offsets either."""
    _replace(g, s, OA.end, Literal(0))
    return [_passage_of(g, s)]


def _derived_not_evidence(g: Graph, s: URIRef) -> None:
    passage = g.value(s, RDKG.evidence)
    g.remove((s, RDKG.evidence, None))
    g.add((s, PROV.wasDerivedFrom, passage))


def _statement_of(predicate: URIRef) -> Callable[[Graph], list[URIRef]]:
    return lambda g: sorted(s for s in g.subjects(RDF.predicate, predicate) if (s, RDF.type, RDF.Statement) in g)


DCT_TITLE = URIRef(V.DCT + "title")
# How to break a node; it may return the other nodes it breaks as well (which then fail too).
Breakage = Callable[[Graph, URIRef], object]
# (what is broken, which nodes may be broken, the property the violation must name, how to break one)
BROKEN: list[tuple[str, Callable[[Graph], list[URIRef]], URIRef | None, Breakage]] = [
    ("action without period", _of(RDKG.Action), RDKG.period, lambda g, s: g.remove((s, RDKG.period, None))),
    ("action with a bad period", _of(RDKG.Action), RDKG.period, lambda g, s: _replace(g, s, RDKG.period, Literal("now"))),
    ("action with two periods", _of(RDKG.Action), RDKG.period, lambda g, s: g.add((s, RDKG.period, Literal("plan")))),
    (
        "action with an unknown action type",
        _of(RDKG.Action),
        RDKG.actionType,
        lambda g, s: _replace(g, s, RDKG.actionType, RDKG.invented),
    ),
    (
        "action on a passage, not a law",
        _of(RDKG.Action),
        RDKG.onLaw,
        lambda g, s: _replace(g, s, RDKG.onLaw, g.value(s, RDKG.evidence)),
    ),
    ("action without evidence", _of(RDKG.Action), RDKG.evidence, lambda g, s: g.remove((s, RDKG.evidence, None))),
    (
        "action whose evidence is a law, not a passage",
        _of(RDKG.Action),
        RDKG.evidence,
        lambda g, s: _replace(g, s, RDKG.evidence, g.value(s, RDKG.onLaw)),
    ),
    ("action derived from its passage (an entity's property)", _of(RDKG.Action), PROV.wasDerivedFrom, _derived_not_evidence),
    ("action without report", _of(RDKG.Action), RDKG.inReport, lambda g, s: g.remove((s, RDKG.inReport, None))),
    ("action with a string year", _of(RDKG.Action), RDKG.year, lambda g, s: _replace(g, s, RDKG.year, Literal("2025"))),
    ("metric whose value is a string", _of(RDKG.Metric), RDKG.value, lambda g, s: _replace(g, s, RDKG.value, Literal("26"))),
    ("metric without unit", _of(RDKG.Metric), RDKG.unit, lambda g, s: g.remove((s, RDKG.unit, None))),
    (
        "metric with a bad qualifier",
        _of(RDKG.Metric),
        RDKG.qualifier,
        lambda g, s: _replace(g, s, RDKG.qualifier, Literal("roughly")),
    ),
    ("metric of a bad kind", _of(RDKG.Metric), RDKG.metricKind, lambda g, s: _replace(g, s, RDKG.metricKind, Literal("wish"))),
    ("metric without evidence", _of(RDKG.Metric), PROV.wasDerivedFrom, lambda g, s: g.remove((s, PROV.wasDerivedFrom, None))),
    ("metric without data set", _of(RDKG.Metric), QB.dataSet, lambda g, s: g.remove((s, QB.dataSet, None))),
    (
        "metric whose data set is a passage, not its report",
        _of(RDKG.Metric),
        QB.dataSet,
        lambda g, s: _replace(g, s, QB.dataSet, g.value(s, PROV.wasDerivedFrom)),
    ),
    (
        "metric upper bound below its value",
        _of(RDKG.Metric),
        RDKG.value,
        lambda g, s: g.add((s, RDKG.upperValue, Literal("-1", datatype=XSD.decimal))),
    ),
    # first of the passage breakages: it breaks a passage besides the selector
    ("position selector that ends before it starts", _of(OA.TextPositionSelector), OA.start, _end_before_start),
    ("passage whose text does not fit its offsets", _of(RDKG.Passage), RDKG.text, _misfit_text),
    (
        "passage whose text is not its quote",
        _of(RDKG.Passage),
        RDKG.text,
        lambda g, s: _replace(g, _selector(g, s, OA.TextQuoteSelector), OA.exact, Literal("别的话")),
    ),
    (
        "passage without position selector",
        _of(RDKG.Passage),
        OA.hasSelector,
        lambda g, s: g.remove((s, OA.hasSelector, _selector(g, s, OA.TextPositionSelector))),
    ),
    ("passage with offsets of its own", _of(RDKG.Passage), OA.start, lambda g, s: g.add((s, OA.start, Literal(0)))),
    ("passage without source", _of(RDKG.Passage), OA.hasSource, lambda g, s: g.remove((s, OA.hasSource, None))),
    ("passage without text", _of(RDKG.Passage), RDKG.text, lambda g, s: g.remove((s, RDKG.text, None))),
    ("law without title", _of(RDKG.Law), ELI.title, lambda g, s: g.remove((s, ELI.title, None))),
    ("law of an unknown level", _of(RDKG.Law), RDKG.level, lambda g, s: _replace(g, s, RDKG.level, Literal("红头文件"))),
    (
        "law that serves a body",
        _of(RDKG.Law),
        RDKG.serves,
        lambda g, s: g.add((s, RDKG.serves, _of(RDKG.Body)(g)[0])),
    ),
    (
        "passage that serves an initiative",
        _of(RDKG.Passage),
        None,  # a node constraint: the subject of serves is wrong
        lambda g, s: g.add((s, RDKG.serves, _of(RDKG.Initiative)(g)[0])),
    ),
    ("body of an unknown kind", _of(RDKG.Body), RDKG.kind, lambda g, s: _replace(g, s, RDKG.kind, Literal("club"))),
    ("body without label", _of(RDKG.Body), SKOS.prefLabel, lambda g, s: g.remove((s, SKOS.prefLabel, None))),
    (
        "body that inspected an initiative",
        _of(RDKG.Body),
        RDKG.inspectedLaw,
        lambda g, s: g.add((s, RDKG.inspectedLaw, _of(RDKG.Initiative)(g)[0])),
    ),
    (
        "body that inspected a law by the action type",
        _of(RDKG.Body),
        RDKG.inspected,
        lambda g, s: g.add((s, RDKG.inspected, _of(RDKG.Law)(g)[0])),
    ),
    (
        "initiative that inspected a law",
        _of(RDKG.Initiative),
        None,  # a node constraint: the subject of inspectedLaw is wrong
        lambda g, s: g.add((s, RDKG.inspectedLaw, _of(RDKG.Law)(g)[0])),
    ),
    ("initiative without label", _of(RDKG.Initiative), SKOS.prefLabel, lambda g, s: g.remove((s, SKOS.prefLabel, None))),
    ("report without title", _of(RDKG.Report), DCT_TITLE, lambda g, s: g.remove((s, DCT_TITLE, None))),
    (
        "serves statement without evidence",
        _statement_of(RDKG.serves),
        PROV.wasDerivedFrom,
        lambda g, s: g.remove((s, PROV.wasDerivedFrom, None)),
    ),
    (
        "inspection statement with the action type as predicate",
        _statement_of(RDKG.inspectedLaw),
        RDF.predicate,
        lambda g, s: _replace(g, s, RDF.predicate, RDKG.inspected),
    ),
    ("statement without object", _of(RDF.Statement), RDF.object, lambda g, s: g.remove((s, RDF.object, None))),
]
# breakages of the one report, each checked on a graph of its own
BROKEN_REPORT: list[tuple[str, Callable[[Graph], list[URIRef]], URIRef | None, Breakage]] = [
    ("report that is no data set", _of(RDKG.Report), RDF.type, lambda g, s: g.remove((s, RDF.type, QB.DataSet))),
    ("report with a string year", _of(RDKG.Report), RDKG.year, lambda g, s: _replace(g, s, RDKG.year, Literal("2026"))),
]


@pytest.fixture(scope="module")
def broken(sample_graph) -> tuple[dict[str, URIRef], set[URIRef], Report]:
    """The sample graph with every breakage of BROKEN, each at a node of its own, validated once;
    also the nodes broken along with them."""
    g = _copy(sample_graph)
    taken: set[URIRef] = set()
    focus: dict[str, URIRef] = {}
    collateral: set[URIRef] = set()
    for what, candidates, _path, breakage in BROKEN:
        focus[what] = next(n for n in candidates(g) if n not in taken)
        taken.add(focus[what])
        also = breakage(g, focus[what])
        if isinstance(also, list):
            assert not taken & set(also), f"{what} breaks a node already broken"
            collateral |= set(also)
            taken |= set(also)
    return focus, collateral, validate(g)


def _compact(iri: URIRef) -> str:
    ns, prefix = max((ns, p) for p, ns in V.PREFIXES.items() if str(iri).startswith(ns))
    return f"{prefix}:{str(iri)[len(ns):]}"


@pytest.mark.parametrize(("what", "path"), [(b[0], b[2]) for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_broken_graph_does_not_conform_and_names_node_and_path(broken, what, path):
    focus, _collateral, report = broken
    node = focus[what]
    assert not report.conforms
    want = str(path) if path is not None else None
    hits = [v for v in report.violations if v.focus == str(node) and v.path == want]
    assert hits, f"{what}: no violation at {node} {path}; got:\n" + "\n".join(map(str, report.violations))
    line = str(hits[0])
    assert "\n" not in line and str(node) in line
    assert path is None or _compact(path) in line
    assert hits[0].severity == "Violation" and hits[0].message


def test_broken_graph_has_no_violation_elsewhere(broken):
    """Every violation found sits at a node that was broken (or at one a breakage says it breaks too)."""
    focus, collateral, report = broken
    assert {v.focus for v in report.violations} <= {str(n) for n in set(focus.values()) | collateral}


def test_collateral_damage_is_named(broken):
    """A position selector that ends before it starts makes its passage's text misfit too."""
    _focus, collateral, report = broken
    assert collateral
    for passage in collateral:
        assert any(v.focus == str(passage) and v.path == str(RDKG.text) for v in report.violations), passage


ALONE = [
    "action without period",
    "metric whose value is a string",
    "action without evidence",
    "action derived from its passage (an entity's property)",
    "metric without data set",
    "passage with offsets of its own",
    "report that is no data set",
    "report with a string year",
]


@pytest.mark.parametrize("what", ALONE)
def test_one_breakage_alone_fails(small_graph, what):
    """One breakage in an otherwise sound graph: every violation is at the node and property broken
    (save that moving an action's passage to prov:wasDerivedFrom also leaves rdkg:evidence missing)."""
    _what, candidates, path, breakage = next(b for b in BROKEN + BROKEN_REPORT if b[0] == what)
    g = _copy(small_graph)
    node = candidates(g)[0]
    breakage(g, node)
    report = validate(g)
    assert not report.conforms
    want = {(str(node), str(path))}
    if path == PROV.wasDerivedFrom and (node, RDF.type, RDKG.Action) in g:
        want.add((str(node), str(RDKG.evidence)))
    assert {(v.focus, v.path) for v in report.violations} == want


# ---------------------------------------------------------------- a store, graph by graph


def _ox(term) -> ox.NamedNode | ox.Literal:
    return ox.NamedNode(str(term)) if isinstance(term, URIRef) else ox.Literal(str(term))


def _one(st: RDFStore, query: str) -> dict:
    rows = st.select(query, union=False)
    assert rows, query
    return rows[0]


@pytest.fixture(scope="module")
def broken_store(government_extractions):
    """Two reports in one store, broken inside one report graph and across graphs; validated graph
    by graph and as the union of all graphs (the way ``kg validate`` did it before), and the one
    report's graph alone. Returns (store, what broke where, graph by graph, union, one report)."""
    st = RDFStore(None)
    for ext in government_extractions.values():
        st.load(ext)
    bj, hb = (rdf.graph_iri(government_extractions[f"{p}-2026-government"].report.id) for p in ("beijing", "hebei"))
    at: dict[str, str] = {}
    # inside the Beijing graph
    at["action without period"] = _one(st, f"SELECT ?a WHERE {{ GRAPH {bj} {{ ?a a rdkg:Action }} }} ORDER BY ?a LIMIT 1")["a"]
    st.ox.update(f"DELETE WHERE {{ GRAPH {bj} {{ <{at['action without period']}> rdkg:period ?p }} }}", prefixes=V.PREFIXES)
    at["metric whose value is a string"] = _one(st, f"SELECT ?m WHERE {{ GRAPH {bj} {{ ?m a rdkg:Metric }} }} ORDER BY ?m LIMIT 1")["m"]
    m = ox.NamedNode(at["metric whose value is a string"])
    st.ox.update(
        f"DELETE {{ GRAPH {bj} {{ {m} rdkg:value ?v }} }} INSERT {{ GRAPH {bj} {{ {m} rdkg:value \"26\" }} }}"
        f" WHERE {{ GRAPH {bj} {{ {m} rdkg:value ?v }} }}",
        prefixes=V.PREFIXES,
    )
    # a body both reports describe, of another kind in the Hebei graph: two kinds in the union only
    at["body of two kinds"] = _one(
        st, f"SELECT ?b WHERE {{ GRAPH {bj} {{ ?b a rdkg:Body }} GRAPH {hb} {{ ?b a rdkg:Body }} }} ORDER BY ?b LIMIT 1"
    )["b"]
    st.ox.add(ox.Quad(ox.NamedNode(at["body of two kinds"]), _ox(RDKG.kind), ox.Literal("club"), hb))
    # a body only the Beijing report names (judged with its graph), of an unknown kind
    at["body only one report names"] = _one(
        st, f"SELECT ?b WHERE {{ GRAPH {bj} {{ ?b a rdkg:Body }} FILTER NOT EXISTS {{ GRAPH {hb} {{ ?b ?p ?o }} }} }} ORDER BY ?b LIMIT 1"
    )["b"]
    b = ox.NamedNode(at["body only one report names"])
    st.ox.update(
        f"DELETE {{ GRAPH {bj} {{ {b} rdkg:kind ?k }} }} INSERT {{ GRAPH {bj} {{ {b} rdkg:kind \"club\" }} }}"
        f" WHERE {{ GRAPH {bj} {{ {b} rdkg:kind ?k }} }}",
        prefixes=V.PREFIXES,
    )
    # a Beijing action that the Hebei graph gives a second period
    at["action with a second period elsewhere"] = _one(
        st, f"SELECT ?a WHERE {{ GRAPH {bj} {{ ?a a rdkg:Action ; rdkg:period ?p }} }} ORDER BY DESC(?a) LIMIT 1"
    )["a"]
    st.ox.add(ox.Quad(ox.NamedNode(at["action with a second period elsewhere"]), _ox(RDKG.period), ox.Literal("now"), hb))
    # a law in the catalogue only, which no report describes
    at["law only in the catalogue"] = "https://w3id.org/rdkg/law/not-in-any-report"
    st.ox.add(ox.Quad(ox.NamedNode(at["law only in the catalogue"]), _ox(RDF.type), _ox(RDKG.Law), ox.DefaultGraph()))
    # a Beijing statement whose triple only the Hebei graph asserts (it holds in the union) ...
    moved = _one(
        st,
        f"SELECT ?st ?s ?p ?o WHERE {{ GRAPH {bj} {{ ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . ?s ?p ?o }} }}"
        " ORDER BY ?st LIMIT 1",
    )
    triple = [ox.NamedNode(moved[k]) for k in ("s", "p", "o")]
    st.ox.remove(ox.Quad(*triple, bj))
    st.ox.add(ox.Quad(*triple, hb))
    at["statement whose triple another graph asserts"] = moved["st"]
    # ... and one whose triple no graph asserts (nor the catalogue) once the Beijing graph drops it
    gone = _one(
        st,
        f"SELECT ?st ?s ?p ?o WHERE {{ GRAPH {bj} {{ ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . ?s ?p ?o }}"
        f" FILTER NOT EXISTS {{ ?s ?p ?o }} FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (?g != {bj}) }} }}"
        " ORDER BY DESC(?st) LIMIT 1",
    )
    assert gone["st"] != moved["st"]
    st.ox.update(f"DELETE DATA {{ GRAPH {bj} {{ <{gone['s']}> <{gone['p']}> <{gone['o']}> }} }}")
    at["statement whose triple is gone"] = gone["st"]
    steps: list[Progress] = []
    return st, at, validate_store(st, progress=steps.append), validate_quads(list(st)), validate_store(st, bj)


def test_graph_by_graph_finds_what_the_union_finds(broken_store):
    _st, _at, by_graph, union, _one_report = broken_store
    assert not union.conforms and union.violations
    assert by_graph.violations == union.violations
    assert by_graph.conforms is union.conforms


@pytest.mark.parametrize(
    ("what", "path"),
    [
        ("action without period", RDKG.period),
        ("metric whose value is a string", RDKG.value),
        ("body of two kinds", RDKG.kind),
        ("body only one report names", RDKG.kind),
        ("action with a second period elsewhere", RDKG.period),
        ("law only in the catalogue", ELI.title),
        ("statement whose triple is gone", None),
    ],
)
def test_graph_by_graph_finds_breakages_inside_and_across_graphs(broken_store, what, path):
    _st, at, by_graph, _union, _one_report = broken_store
    want = str(path) if path is not None else None
    assert any(v.focus == at[what] and v.path == want for v in by_graph.violations), f"{what}: {at[what]}"


def test_a_triple_another_graph_asserts_is_no_violation(broken_store):
    _st, at, by_graph, _union, _one_report = broken_store
    assert not any(v.focus == at["statement whose triple another graph asserts"] for v in by_graph.violations)


def test_one_report_graph_is_judged_on_what_that_report_says(broken_store):
    """Checked alone, the Beijing graph shows its own breakages; the second period and kind the Hebei
    graph adds are not part of it, and the catalogue-only law is no node of it."""
    _st, at, _by_graph, _union, one = broken_store
    focus = {v.focus for v in one.violations}
    assert {at["action without period"], at["metric whose value is a string"], at["statement whose triple is gone"]} <= focus
    assert not {at["body of two kinds"], at["action with a second period elsewhere"], at["law only in the catalogue"]} & focus
    assert one.graphs == 1


# ---------------------------------------------------------------- how graphs are given


def test_a_dataset_is_validated_as_the_union_of_its_graphs(small_graph):
    """The passages sit in one named graph, everything else in another: the one alone fails, the union holds."""
    ds = Dataset()
    facts, evidence = ds.graph(URIRef("urn:x-test:facts")), ds.graph(URIRef("urn:x-test:evidence"))
    passages = set(small_graph.subjects(RDF.type, RDKG.Passage))
    for s, p, o in small_graph:
        (evidence if s in passages else facts).add((s, p, o))
    assert not validate(facts).conforms  # the actions' evidence is no Passage there
    _assert_conforms(validate(ds))


def test_typed_string_literals_count_as_plain_ones(small_graph):
    """oxrdflib gives "x"^^xsd:string where N-Quads gives "x"; both are the same RDF term."""
    g = Graph()
    for s, p, o in small_graph:
        if isinstance(o, Literal) and o.datatype is None and o.language is None:
            o = Literal(str(o), datatype=XSD.string)
        g.add((s, p, o))
    _assert_conforms(validate(g))


def test_violation_reads_as_one_line():
    v = Violation(
        focus="https://w3id.org/rdkg/report/x/action/1",
        path=V.P["period"],
        message="An Action must have exactly one rdkg:period.",
    )
    assert str(v) == "Violation: <https://w3id.org/rdkg/report/x/action/1> rdkg:period: An Action must have exactly one rdkg:period."
    assert str(Report(conforms=False, violations=[v])).splitlines()[1] == str(v)
