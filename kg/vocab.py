"""The one definition of the ontology's terms, shared by the RDF writer, the saved queries and the
Neo4j writer. ``ontology/rdkg.ttl`` declares the same terms with labels and alignments; a test checks
that both agree.
"""

from __future__ import annotations

from dataclasses import dataclass

RDKG = "https://w3id.org/rdkg/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
PROV = "http://www.w3.org/ns/prov#"
ORG = "http://www.w3.org/ns/org#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
ELI = "http://data.europa.eu/eli/ontology#"
QB = "http://purl.org/linked-data/cube#"
OA = "http://www.w3.org/ns/oa#"
SCHEMA = "https://schema.org/"
DCT = "http://purl.org/dc/terms/"

PREFIXES = {
    "rdkg": RDKG,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
    "prov": PROV,
    "org": ORG,
    "skos": SKOS,
    "eli": ELI,
    "qb": QB,
    "oa": OA,
    "schema": SCHEMA,
    "dcterms": DCT,
}


@dataclass(frozen=True)
class Cls:
    iri: str
    label: str  # the Neo4j label


@dataclass(frozen=True)
class Rel:
    iri: str
    neo4j: str  # the Neo4j relationship type


# classes (RDF class IRI, Neo4j label)
REPORT = Cls(RDKG + "Report", "Report")
PASSAGE = Cls(RDKG + "Passage", "Evidence")
BODY = Cls(RDKG + "Body", "Body")
LAW = Cls(RDKG + "Law", "Law")
DECISION = Cls(RDKG + "Decision", "Decision")
ACTION = Cls(RDKG + "Action", "Action")
INITIATIVE = Cls(RDKG + "Initiative", "Initiative")
METRIC = Cls(RDKG + "Metric", "Metric")
ACTION_TYPE = Cls(RDKG + "ActionType", "ActionType")
DATASET = Cls(QB + "DataSet", "DataSet")
STATEMENT = Cls(RDF + "Statement", "Statement")
POSITION = Cls(OA + "TextPositionSelector", "Selector")
QUOTE = Cls(OA + "TextQuoteSelector", "Selector")

CLASSES = (REPORT, PASSAGE, BODY, LAW, DECISION, ACTION, INITIATIVE, METRIC)

# relations between entities (the ones people ask about)
SERVES = Rel(RDKG + "serves", "SERVES")
REPORTED_TO = Rel(RDKG + "reportedTo", "REPORTED_TO")
INSPECTED = Rel(RDKG + "inspectedLaw", "INSPECTED")
PART_OF = Rel(ORG + "subOrganizationOf", "PART_OF")
BROADER = Rel(SKOS + "broader", "BROADER")
RELATIONS = {
    "serves": SERVES,
    "reported_to": REPORTED_TO,
    "inspected": INSPECTED,
    "part_of": PART_OF,
    "broader": BROADER,
}
ON_LAW = Rel(RDKG + "onLaw", "ON")  # action → law or decision
ACTOR = Rel(PROV + "wasAssociatedWith", "BY")  # action → body
DERIVED = Rel(PROV + "wasDerivedFrom", "EVIDENCE")  # metric, statement, entity → passage
# an action is a prov:Activity, which PROV-O keeps apart from prov:wasDerivedFrom's entities
ACTION_EVIDENCE = Rel(RDKG + "evidence", "EVIDENCE")  # action → passage; ⊑ prov:wasInfluencedBy
IN_REPORT = Rel(RDKG + "inReport", "IN_REPORT")  # action, metric, passage, statement → report
MENTIONS = Rel(RDKG + "mentions", "MENTIONS")  # report → entity
ACTION_TYPE_OF = Rel(RDKG + "actionType", "TYPE")

# datatype properties
P = {
    "type": RDF + "type",
    "label": RDFS + "label",
    "prefLabel": SKOS + "prefLabel",
    "altLabel": SKOS + "altLabel",
    "title": ELI + "title",
    "name": RDKG + "name",
    "level": RDKG + "level",
    "jurisdiction": RDKG + "jurisdiction",
    "pair": RDKG + "pair",
    "kind": RDKG + "kind",
    "genre": RDKG + "genre",
    "session": RDKG + "session",
    "speaker": RDKG + "speaker",
    "post": RDKG + "post",
    "sourceFile": RDKG + "sourceFile",
    "date": DCT + "date",
    "dcTitle": DCT + "title",
    "period": RDKG + "period",
    "year": RDKG + "year",
    "verb": RDKG + "verb",
    "value": RDKG + "value",
    "upper": RDKG + "upperValue",
    "unit": RDKG + "unit",
    "subject": RDKG + "measures",
    "qualifier": RDKG + "qualifier",
    "metricKind": RDKG + "metricKind",
    "text": RDKG + "text",
    "about": RDKG + "about",
    "source": OA + "hasSource",
    "selector": OA + "hasSelector",
    "dataSet": QB + "dataSet",
    "start": OA + "start",
    "end": OA + "end",
    "exact": OA + "exact",
    "rdfSubject": RDF + "subject",
    "rdfPredicate": RDF + "predicate",
    "rdfObject": RDF + "object",
}

ACTION_TYPES = {
    "enacted": ("制定", "enacted"),
    "revised": ("修订", "revised"),
    "amended": ("修改", "amended"),
    "approved": ("审查批准", "approved"),
    "reviewing": ("审议", "under review"),
    "inspected": ("执法检查", "inspected"),
    "repealed": ("废止", "repealed"),
    "cleaned": ("清理", "cleaned up"),
    "other": ("其他", "other"),
}
