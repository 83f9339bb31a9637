"""`kg serve` over real HTTP: the server process is started on a free loopback port against a store
loaded in a temporary folder, and every test talks to it with urllib.

A `kg serve` that does not start or answer fails the tests; only a venv without `kg` skips them, and not under
CI (tests/ci.py).
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import pytest

from tests.ci import free_port, unavailable

ROOT = Path(__file__).resolve().parent.parent
KG = Path(sys.executable).parent / "kg"
REPORTS = [ROOT / "samples" / "chongqing-2026-rd-standing-committee.txt", ROOT / "tests" / "data" / "hebei-2026-government.txt"]
TOKEN = "s3cret-token"
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?s2 ?p2 ?o2 } GRAPH ?c { ?s3 ?p3 ?o3 } }"
LAW = "重庆市地方金融条例"
SR = "{http://www.w3.org/2005/sparql-results#}"
FRESH = {"Cache-Control": "no-cache"}  # answered by a worker, never from the answers kept (kg/serve/cache.py)


@dataclass
class Server:
    """A `kg serve` process on a free loopback port."""

    store: Path
    args: list[str] = field(default_factory=list)
    port: int = 0
    proc: subprocess.Popen | None = None
    log: Path | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, wait: float = 60.0, tries: int = 2) -> Server:
        if not KG.exists():
            unavailable(f"{KG} is missing; run `pip install -e .` in the venv")
        self.port = free_port()  # free now; another process (the other xdist worker) may bind it first: retried
        self.log = self.store.parent / f"serve-{self.port}.log"
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        env.pop("RDKG_TOKEN", None)
        cmd = [str(KG), "serve", "--store", str(self.store), "--port", str(self.port), *self.args]
        with self.log.open("wb") as out:
            self.proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                if tries > 1 and "is in use" in self.log.read_text(errors="replace"):
                    return self.start(wait, tries - 1)
                pytest.fail(f"`kg serve` exited with {self.proc.returncode}: {self.log.read_text(errors='replace')[-2000:]}")
            try:
                with urllib.request.urlopen(self.base + "/queries", timeout=2) as r:
                    if r.status == 200:
                        return self
            except (OSError, urllib.error.URLError):
                time.sleep(0.2)
        self.stop()
        pytest.fail(f"`kg serve` did not answer within {wait:.0f} s: {self.log.read_text(errors='replace')[-2000:]}")
        return self

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    @property
    def ctype(self) -> str:
        return self.headers.get("content-type", "").split(";")[0]

    def json(self):
        return json.loads(self.body)


def http(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None, method: str | None = None,
         timeout: float = 60) -> Answer:
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return Answer(r.status, {k.lower(): v for k, v in r.headers.items()}, r.read())
    except urllib.error.HTTPError as err:
        return Answer(err.code, {k.lower(): v for k, v in err.headers.items()}, err.read())


def get(server: Server, path: str, params: dict[str, str] | list[tuple[str, str]] | None = None, **kw) -> Answer:
    qs = "?" + urllib.parse.urlencode(params) if params else ""
    return http(server.base + path + qs, **kw)


def load_store(folder: Path) -> Path:
    store = folder / "store"
    done = subprocess.run([str(KG), "load", "--store", str(store), *map(str, REPORTS)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"kg load failed: {done.stderr[-2000:]}")
    return store


@pytest.fixture(scope="module")
def server(store_dir):
    s = Server(store_dir, ["--timeout", "2", "--max-rows", "1000", "--max-body", "20000"]).start()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def writable(store_dir, tmp_path_factory):
    copy = tmp_path_factory.mktemp("writable") / "store"
    shutil.copytree(store_dir, copy, ignore=shutil.ignore_patterns("LOCK"))
    s = Server(copy, ["--allow-update", "--token", TOKEN]).start()
    yield s
    s.stop()


def rows(answer: Answer) -> list[dict[str, str]]:
    return [{k: v["value"] for k, v in b.items()} for b in answer.json()["results"]["bindings"]]


SELECT = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"


# ------------------------------------------------------------------ results in every format


@pytest.mark.parametrize(
    "accept,fmt,ctype",
    [
        ("application/sparql-results+json", None, "application/sparql-results+json"),
        ("application/sparql-results+xml", None, "application/sparql-results+xml"),
        ("text/csv", None, "text/csv"),
        ("text/tab-separated-values", None, "text/tab-separated-values"),
        (None, None, "application/sparql-results+json"),
        ("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8", None, "application/sparql-results+json"),
        ("application/sparql-results+xml;q=0.5, text/csv", None, "text/csv"),
        ("text/csv", "json", "text/csv"),  # Accept wins; format= is the fallback
        ("text/html,*/*;q=0.8", "csv", "text/csv"),
        ("application/json", "xml", "application/sparql-results+json"),
        (None, "json,xml", "application/sparql-results+json"),
        (None, "application/sparql-results+xml", "application/sparql-results+xml"),
        (None, "xml", "application/sparql-results+xml"),
        (None, "csv", "text/csv"),
        (None, "tsv", "text/tab-separated-values"),
    ],
)
def test_select_formats(server, accept, fmt, ctype):
    params = {"query": SELECT} | ({"format": fmt} if fmt else {})
    a = get(server, "/sparql", params, headers={"Accept": accept} if accept else {})
    assert a.status == 200, a.text
    assert a.ctype == ctype
    if ctype.endswith("json"):
        got = rows(a)
        assert len(got) == 2 and all(int(r["n"]) > 100 for r in got)
    elif ctype.endswith("xml"):
        results = ET.fromstring(a.body).findall(f"{SR}results/{SR}result")
        assert len(results) == 2
    elif ctype == "text/csv":
        table = list(csv.reader(io.StringIO(a.text)))
        assert table[0] == ["g", "n"] and len(table) == 3
    else:
        lines = a.text.strip().split("\n")
        assert lines[0].split("\t") == ["?g", "?n"] and lines[1].startswith("<https://w3id.org/rdkg/report/")


@pytest.mark.parametrize("accept,expected", [
    ("application/sparql-results+json", '"boolean":true'), ("application/sparql-results+xml", "<boolean>true</boolean>"),
    ("text/csv", "true"), ("text/tab-separated-values", "true"),
])
def test_ask_formats(server, accept, expected):
    a = get(server, "/sparql", {"query": "ASK { GRAPH ?g { ?s a rdkg:Law } }"}, headers={"Accept": accept})
    assert a.status == 200 and a.ctype == accept and expected in a.text


CONSTRUCT = "CONSTRUCT { ?l rdfs:label ?name } WHERE { ?l a rdkg:Law ; rdfs:label ?name }"


@pytest.mark.parametrize("accept,fmt,ctype,rdf", [
    ("text/turtle", None, "text/turtle", ox.RdfFormat.TURTLE),
    ("application/n-triples", None, "application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/ld+json", None, "application/ld+json", ox.RdfFormat.JSON_LD),
    (None, None, "text/turtle", ox.RdfFormat.TURTLE),
    (None, "nt", "application/n-triples", ox.RdfFormat.N_TRIPLES),
    (None, "jsonld", "application/ld+json", ox.RdfFormat.JSON_LD),
    (None, "json-ld", "application/ld+json", ox.RdfFormat.JSON_LD),
    (None, "n3", "text/turtle", ox.RdfFormat.TURTLE),  # SPARQLWrapper's N3: Turtle is N3
    ("text/n3", None, "text/turtle", ox.RdfFormat.TURTLE),
    ("application/sparql-results+json", "ttl", "text/turtle", ox.RdfFormat.TURTLE),
])
def test_construct_and_describe_formats(server, accept, fmt, ctype, rdf):
    for query in (CONSTRUCT, "DESCRIBE ?l WHERE { ?l a rdkg:Law ; rdfs:label ?name . FILTER(CONTAINS(?name, '地方金融条例')) }"):
        params = {"query": query} | ({"format": fmt} if fmt else {})
        a = get(server, "/sparql", params, headers={"Accept": accept} if accept else {})
        assert a.status == 200, a.text
        assert a.ctype == ctype
        triples = list(ox.parse(a.body, format=rdf))
        assert any(LAW in str(t.object) for t in triples)


def test_format_that_does_not_fit_is_406(server):
    a = get(server, "/sparql", {"query": CONSTRUCT}, headers={"Accept": "text/csv"})
    assert a.status == 406 and "text/turtle" in a.text
    # a format= that does not fit (or that nobody knows) falls back to the default instead of a 406
    for fmt in ("ttl", "nonsense"):
        a = get(server, "/sparql", {"query": SELECT, "format": fmt})
        assert a.status == 200 and a.ctype == "application/sparql-results+json"
    assert "Accept" in a.headers.get("vary", "")


# ------------------------------------------------------------------ the protocol's ways of asking


def test_post_form_and_direct_post(server):
    form = urllib.parse.urlencode({"query": SELECT}).encode()
    a = http(server.base + "/sparql", data=form, headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert a.status == 200 and len(rows(a)) == 2
    a = http(server.base + "/sparql", data=SELECT.encode(),
             headers={"Content-Type": "application/sparql-query; charset=utf-8", "Accept": "text/csv"})
    assert a.status == 200 and a.ctype == "text/csv" and len(a.text.strip().splitlines()) == 3


def test_dataset_parameters(server):
    graphs = [r["g"] for r in rows(get(server, "/sparql", {"query": SELECT}))]
    hebei = next(g for g in graphs if "河北" in g)
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    graphs_q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    count = lambda params: int(rows(get(server, "/sparql", params))[0]["n"])  # noqa: E731
    # default-graph-uri: those reports are the default graph, and no named graph is left
    one = count([("query", q), ("default-graph-uri", hebei)])
    both = count([("query", q), ("default-graph-uri", graphs[0]), ("default-graph-uri", graphs[1])])
    assert 0 < one < both
    assert rows(get(server, "/sparql", [("query", graphs_q), ("default-graph-uri", hebei)])) == []
    # named-graph-uri: only those graphs are visible to GRAPH, and the default graph is empty
    a = get(server, "/sparql", [("query", graphs_q), ("named-graph-uri", hebei)])
    assert [r["g"] for r in rows(a)] == [hebei]
    assert count([("query", q), ("named-graph-uri", hebei)]) == 0
    # with neither, the default graph is the union of all graphs (as in `kg sparql`);
    # union-default-graph=false makes it the entity catalogue alone
    union = count({"query": q})
    catalogue = count({"query": q, "union-default-graph": "false"})
    assert 0 < catalogue < union
    assert union == count({"query": q, "union-default-graph": "true"})
    # the example of `kg sparql --help` gives rows here too
    a = get(server, "/sparql", {"query": "SELECT ?law WHERE { ?l a rdkg:Law ; eli:title ?law } LIMIT 5"})
    assert len(rows(a)) == 5


def test_service_description(server):
    a = get(server, "/sparql", headers={"Accept": "text/turtle"})
    assert a.status == 200 and a.ctype == "text/turtle"
    g = list(ox.parse(a.body, format=ox.RdfFormat.TURTLE))
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert any(t.predicate.value == sd + "endpoint" and t.object.value == server.base + "/sparql" for t in g)
    assert sum(t.predicate.value == sd + "name" for t in g) == 2
    assert not any(t.object == ox.NamedNode(sd + "SPARQL11Update") for t in g)
    # a browser gets the page instead
    a = get(server, "/sparql", headers={"Accept": "text/html"})
    assert a.status == 200 and a.ctype == "text/html" and "yasgui" in a.text


def test_cors(server):
    a = get(server, "/sparql", {"query": SELECT}, headers={"Origin": "https://example.org"})
    assert a.headers.get("access-control-allow-origin") == "*"
    pre = http(server.base + "/sparql", method="OPTIONS", headers={
        "Origin": "https://example.org", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type, authorization"})
    assert pre.status == 200 and "POST" in pre.headers.get("access-control-allow-methods", "")


def test_bindings_as_parameters(server):
    q = "SELECT ?l ?x WHERE { ?l rdfs:label ?x }"
    a = get(server, "/sparql", {"query": q, "$x": f'"{LAW}"@zh'})
    assert a.status == 200, a.text
    assert rows(a) and all(r["x"] == LAW for r in rows(a))
    a = get(server, "/sparql", {"query": q, "$x": '"broken'})
    assert a.status == 400


# ------------------------------------------------------------------ saved queries


def test_saved_query_list(server):
    a = get(server, "/queries")
    assert a.status == 200
    listed = {q["name"]: q for q in a.json()}
    q = listed["laws_serving_strategies"]
    assert q["zh"] and q["en"] and q["params"][0]["name"] == "strategy"
    assert "PREFIX rdkg: <https://w3id.org/rdkg/ontology#>" in q["sparql"]


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                                    "text/tab-separated-values"])
def test_saved_query_with_a_parameter(server, accept):
    a = get(server, "/queries/laws_serving_strategies", {"strategy": "西部金融中心"}, headers={"Accept": accept})
    assert a.status == 200 and a.ctype == accept
    assert LAW in a.text
    assert "西部金融中心" in a.text
    if accept.endswith("json"):
        assert "strategy" not in a.json()["head"]["vars"]  # a parameter is not an answer
        assert all("西部金融中心" in r["initiative"] for r in rows(a))


def test_saved_query_same_as_its_text_with_bindings(server):
    saved = {q["name"]: q for q in get(server, "/queries").json()}["laws_serving_strategies"]
    via_text = get(server, "/sparql", {"query": saved["sparql"], "$strategy": '"西部金融中心"', "union-default-graph": "false"})
    via_name = get(server, "/queries/laws_serving_strategies", {"strategy": "西部金融中心"})
    assert via_text.status == 200
    pick = lambda a: sorted((r["law"], r["evidence"]) for r in rows(a))  # noqa: E731
    assert pick(via_text) == pick(via_name)


def test_saved_query_errors(server):
    assert get(server, "/queries/no_such_query").status == 404
    assert get(server, "/queries/..%2Fpyproject").status == 404
    a = get(server, "/queries/laws_serving_strategies", {"nonsense": "1"})
    assert a.status == 400 and "nonsense" in a.text


# ------------------------------------------------------------------ errors and limits


def test_syntax_error_is_400_with_the_parsers_message(server):
    a = get(server, "/sparql", {"query": "SELECT * WHERE { ?s ?p "})
    assert a.status == 400
    assert "syntax error" in a.text and "1:" in a.text


def test_too_large_is_413(server):
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 30000
    a = http(server.base + "/sparql", data=big.encode(), headers={"Content-Type": "application/sparql-query"})
    assert a.status == 413
    # a URL over the limit (64 KiB) is a 414 that says to POST, not a reset connection
    for size in (70_000, 200_000):
        a = get(server, "/sparql", {"query": "SELECT * WHERE { ?s ?p ?o } #" + "x" * size})
        assert a.status == 414 and "POST" in a.text
    # past 4x the limit the request head is refused before it is all read (kg/serve/http.py), still as 414
    a = get(server, "/sparql", {"query": "SELECT * WHERE { ?s ?p ?o } #" + "x" * 400_000})
    assert a.status == 414 and "POST" in a.text
    a = get(server, "/sparql", {"query": SELECT}, headers={f"X-Pad-{i}": "y" * 1000 for i in range(300)})
    assert a.status == 431
    assert get(server, "/sparql", {"query": SELECT}).status == 200


def test_row_cap(server):
    a = get(server, "/sparql", {"query": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }"})
    assert a.status == 200
    assert len(rows(a)) == 1000 and a.headers.get("x-rows-truncated") == "true"


def test_timeout_then_healthy(server):
    started = time.monotonic()
    a = get(server, "/sparql", {"query": HEAVY})
    assert a.status == 504, a.text
    assert time.monotonic() - started < 10
    for _ in range(3):  # the stuck worker was replaced; the others keep answering
        assert get(server, "/sparql", {"query": SELECT}, headers=FRESH).status == 200
    time.sleep(3)
    assert get(server, "/sparql", {"query": HEAVY}).status == 504
    assert get(server, "/queries/laws_serving_strategies", {"strategy": "西部金融中心"}, headers=FRESH).status == 200


@pytest.mark.parametrize("data,ctype,status", [
    (b"\xff\xfe\x00garbage", "application/sparql-query", 400),
    (b"query=%FF%FE", "application/x-www-form-urlencoded", 400),
    (b"<x/>", "application/xml", 415),
    (b"SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "application/sparql-query", 400),
    (b"SELECT * WHERE " + b"{" * 19000, "application/sparql-query", 400),
    (b"SELECT * WHERE { " + b"OPTIONAL { " * 1500 + b"?s ?p ?o " + b"}" * 1501, "application/sparql-query", 400),
    (b"SELECT * WHERE { " + b"(" * 5000 + b"1" + b")" * 5000 + b" }", "application/sparql-query", 400),
    ("SELECT * WHERE { ?s ?p '" + "{" * 5000 + "' }", "application/sparql-query", 200),
    # checked before parsing: deep [ ] nesting, long property paths, many ! (they crashed workers once)
    ("SELECT * WHERE { ?s " + "<urn:p> [ " * 1200 + "<urn:p> ?o" + " ]" * 1200 + " }", "application/sparql-query", 400),
    ("SELECT * WHERE { ?s " + "/".join(["<urn:p>"] * 1500) + " ?o }", "application/sparql-query", 400),
    ("ASK { ?s " + "!" * 15000 + "<urn:p> ?o }", "application/sparql-query", 400),
    ("ASK { ?s " + "^" * 15000 + "<urn:p> ?o }", "application/sparql-query", 400),
    (b"", "application/sparql-query", 400),
])
def test_nothing_a_client_sends_crashes_it(server, data, ctype, status):
    data = data.encode() if isinstance(data, str) else data
    a = http(server.base + "/sparql", data=data, headers={"Content-Type": ctype})
    if status is not None:
        assert a.status == status, a.text
    else:
        assert 400 <= a.status < 600
    assert get(server, "/sparql", {"query": SELECT}).status == 200


def test_update_refused_on_a_read_only_server(server):
    a = http(server.base + "/update", data=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
             headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
    assert a.status == 403 and "read-only" in a.text
    a = http(server.base + "/sparql", data=urllib.parse.urlencode({"update": "CLEAR ALL"}).encode(),
             headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert a.status == 403
    assert get(server, "/sparql", {"query": SELECT}).status == 200


def test_update_needs_the_token(writable):
    ins = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> rdfs:label '新条例' } }"
    ask = {"query": "ASK { GRAPH <urn:test:g> { <urn:test:s> rdfs:label '新条例' } }"}
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}):
        a = http(writable.base + "/sparql", data=ins.encode(), headers={"Content-Type": "application/sparql-update"} | headers)
        assert a.status == 401 and a.headers.get("www-authenticate", "").startswith("Bearer")
    assert get(writable, "/sparql", ask).json()["boolean"] is False
    ok = http(writable.base + "/update", data=ins.encode(),
              headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
    assert ok.status == 204, ok.text
    assert get(writable, "/sparql", ask).json()["boolean"] is True
    form = urllib.parse.urlencode({"update": "DROP GRAPH <urn:test:g>"}).encode()
    ok = http(writable.base + "/sparql", data=form,
              headers={"Content-Type": "application/x-www-form-urlencoded", "Authorization": f"Bearer {TOKEN}"})
    assert ok.status == 204
    assert get(writable, "/sparql", ask).json()["boolean"] is False
    bad = http(writable.base + "/update", data=b"INSERT DATA { oops",
               headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
    assert bad.status == 400
    desc = get(writable, "/sparql", headers={"Accept": "application/n-triples"})
    assert "SPARQL11Update" in desc.text


# ------------------------------------------------------------------ the store contract over HTTP


def test_reports_and_stats_are_the_contracts(server):
    """/reports and /stats answer what the library's Store contract gives on the same store."""
    from kg.stores import open_store

    with open_store(str(server.store), read_only=True) as st:
        reports = [r.as_dict() for r in st.reports()]
        stats = st.stats().as_dict()
    a = get(server, "/reports")
    assert a.status == 200 and a.ctype == "application/json"
    assert a.json() == reports and len(reports) == 2
    a = get(server, "/stats")
    assert a.status == 200 and a.json() == stats and stats["entities"]["Law"] > 0


# ------------------------------------------------------------------ the command line


@pytest.mark.parametrize("spec,words", [
    ("memory:", "in memory"),
    ("sparql+http://127.0.0.1:9/ds", "embedded store"),
])
def test_a_store_without_an_embedded_engine_is_one_line(spec, words):
    done = subprocess.run([str(KG), "serve", "--store", spec, "--port", str(free_port())],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert words in done.stderr and "rdf:PATH" in done.stderr


def test_port_in_use_is_one_line(server):
    done = subprocess.run([str(KG), "serve", "--store", str(server.store), "--port", str(server.port)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "in use" in lines[0] and "--port" in lines[0], done.stderr


def test_missing_store_and_missing_token_are_one_line(tmp_path):
    done = subprocess.run([str(KG), "serve", "--store", str(tmp_path / "none"), "--port", str(free_port())],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1 and "kg load" in done.stderr
    env = {k: v for k, v in os.environ.items() if k != "RDKG_TOKEN"}
    done = subprocess.run([str(KG), "serve", "--store", str(tmp_path / "new"), "--allow-update", "--port", str(free_port())],
                          capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 1 and "token" in done.stderr and len(done.stderr.strip().splitlines()) == 1
