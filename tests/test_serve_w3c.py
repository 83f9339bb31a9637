"""The W3C SPARQL 1.1 Protocol test cases (tests/w3c/protocol/manifest.ttl) against the real `kg serve`.

Each case is read from the manifest, not written out here: its requests (method, path, headers, body
in its declared encoding) are sent in order over HTTP and each answer is checked for the expected
status class, result format and boolean. Query cases run on a read-only server whose store holds the
manifest's data graphs; update cases on a server with --allow-update and a token.
"""

from __future__ import annotations

import http.client
import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest

from tests.test_server import TOKEN, Server

HERE = Path(__file__).resolve().parent / "w3c" / "protocol"
MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
HT = "http://www.w3.org/2011/http#"
CNT = "http://www.w3.org/2011/content#"
UT = "http://www.w3.org/2009/sparql/tests/test-update#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
HTS = "http://www.w3.org/2011/http-statusCodes#StatusCode"
RESULTS = {"application/sparql-results+json", "application/sparql-results+xml"}
TABULAR = RESULTS | {"text/csv", "text/tab-separated-values"}
RDF_TYPES = {"application/rdf+xml", "text/turtle", "application/n-triples", "text/html", "application/xhtml+xml"}


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    statuses: set[str]
    fmt: str | None
    boolean: bool | None


@dataclass
class Case:
    name: str
    title: str
    graphs: dict[str, Path]
    requests: list[Request]

    @property
    def update(self) -> bool:
        return "update" in self.name


def _list(g: ox.Store, head) -> list:
    out = []
    nil = ox.NamedNode(RDF + "nil")
    while head != nil:
        out.append(_one(g, head, RDF + "first"))
        head = _one(g, head, RDF + "rest")
    return out


def _one(g: ox.Store, s, p: str):
    objs = [q.object for q in g.quads_for_pattern(s, ox.NamedNode(p), None)]
    assert len(objs) == 1, (s, p, objs)
    return objs[0]


def _opt(g: ox.Store, s, p: str):
    objs = [q.object for q in g.quads_for_pattern(s, ox.NamedNode(p), None)]
    return objs[0] if objs else None


def read_manifest() -> list[Case]:
    g = ox.Store()
    base = HERE.as_uri() + "/manifest.ttl"
    g.load(path=str(HERE / "manifest.ttl"), format=ox.RdfFormat.TURTLE, base_iri=base)
    manifest = ox.NamedNode(base)
    cases = []
    for node in _list(g, _one(g, manifest, MF + "entries")):
        graphs = {}
        for gd in (q.object for q in g.quads_for_pattern(node, ox.NamedNode(UT + "graphData"), None)):
            graphs[_one(g, gd, RDFS + "label").value] = Path(ox.NamedNode(_one(g, gd, UT + "graph").value).value.removeprefix("file://"))
        requests = []
        for r in _list(g, _one(g, _one(g, node, MF + "action"), HT + "requests")):
            headers = {}
            hs = _opt(g, r, HT + "headers")
            for h in _list(g, hs) if hs is not None else []:
                headers[_one(g, h, HT + "fieldName").value] = _one(g, h, HT + "fieldValue").value
            body = None
            b = _opt(g, r, HT + "body")
            if b is not None:
                body = _one(g, b, CNT + "chars").value.encode(_one(g, b, CNT + "characterEncoding").value)
            resp = _one(g, r, HT + "resp")
            statuses = {q.object.value.removeprefix(HTS) for q in g.quads_for_pattern(resp, ox.NamedNode(MF + "expectedStatus"), None)}
            fmt = _opt(g, resp, MF + "expectedFormat")
            boolean = _opt(g, resp, MF + "expectedBoolean")
            requests.append(Request(_one(g, r, HT + "methodName").value, _one(g, r, HT + "absolutePath").value,
                                    headers, body, statuses, fmt.value if fmt else None,
                                    None if boolean is None else boolean.value == "true"))
        cases.append(Case(node.value.rsplit("#", 1)[1], _one(g, node, MF + "name").value, graphs, requests))
    return cases


CASES = read_manifest()


def data_store(folder: Path) -> Path:
    """A store holding every data graph the manifest names, in the graph its label gives."""
    store = folder / "store"
    st = ox.Store(str(store))
    for case in CASES:
        for label, path in case.graphs.items():
            st.load(path=str(path), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(label))
    st.flush()
    del st
    return store


@pytest.fixture(scope="module")
def query_server(tmp_path_factory):
    s = Server(data_store(tmp_path_factory.mktemp("w3c-query"))).start()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def update_server(tmp_path_factory):
    s = Server(data_store(tmp_path_factory.mktemp("w3c-update")), ["--allow-update", "--token", TOKEN]).start()
    yield s
    s.stop()


def send(server: Server, req: Request, auth: bool) -> tuple[int, str, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    path = "/sparql" + req.path.removeprefix("/sparql/")  # the manifest's /sparql/ is this endpoint's /sparql
    headers = dict(req.headers)
    if auth:
        headers["Authorization"] = f"Bearer {TOKEN}"
    try:
        conn.request(req.method, path, body=req.body, headers=headers)
        r = conn.getresponse()
        return r.status, (r.getheader("content-type") or "").split(";")[0].strip(), r.read()
    except OSError as err:
        pytest.fail(f"kg serve did not answer: {err}")
    finally:
        conn.close()


def boolean_of(ctype: str, body: bytes) -> bool:
    if ctype == "application/sparql-results+json":
        return json.loads(body)["boolean"]
    root = ET.fromstring(body)
    return root.find("{http://www.w3.org/2005/sparql-results#}boolean").text.strip() == "true"


def test_the_manifest_has_34_cases():
    assert len(CASES) == 34
    assert sum(c.update for c in CASES) == 14


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_w3c_protocol(case: Case, query_server, update_server):
    server = update_server if case.update else query_server
    if case.update and case.graphs:  # the case's data, as its ut:graphData says
        st = ox.Store()
        for label, path in case.graphs.items():
            st.load(path=str(path), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(label))
        data = " ".join(f"GRAPH <{q.graph_name.value}> {{ {q.subject} {q.predicate} {q.object} }}" for q in st)
        status, _, body = send(server, Request("POST", "/sparql/", {"Content-Type": "application/sparql-update"},
                                               f"DROP ALL ; INSERT DATA {{ {data} }}".encode(), set(), None, None), True)
        assert status == 204, body
    for req in case.requests:
        status, ctype, body = send(server, req, case.update)
        assert f"{status // 100}xx" in req.statuses, (case.title, status, body[:500])
        if req.fmt == "boolean":
            assert ctype in RESULTS, ctype
        elif req.fmt == "tabular":
            assert ctype in TABULAR, ctype
        elif req.fmt == "RDF":
            assert ctype in RDF_TYPES, ctype
        if req.boolean is not None:
            assert boolean_of(ctype, body) is req.boolean, (case.title, body[:500])
