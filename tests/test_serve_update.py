"""The update side of `kg serve`: LOAD off unless --allow-load names the host or folder, never file:,
loopback or private addresses unless named, and errors are 4xx with a message, never 500."""

from __future__ import annotations

import functools
import http.server as httpserver
import threading
import urllib.parse

import pytest

from tests.ci import free_port
from tests.test_server import TOKEN, Server, get, http

AUTH = {"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"}
TTL = "<urn:test:s> <urn:test:p> \"加载\"@zh .\n"


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("allowed")
    (folder / "x.ttl").write_text(TTL, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def web(files):
    """A plain HTTP server on loopback serving the allowed folder (the source LOAD may read)."""
    handler = functools.partial(httpserver.SimpleHTTPRequestHandler, directory=str(files))
    handler.log_message = lambda *a, **k: None  # type: ignore[attr-defined]
    httpd = httpserver.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def plain(tmp_path_factory, store_dir):
    import shutil

    copy = tmp_path_factory.mktemp("upd-plain") / "store"
    shutil.copytree(store_dir, copy, ignore=shutil.ignore_patterns("LOCK"))
    s = Server(copy, ["--allow-update", "--token", TOKEN]).start()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def loader(tmp_path_factory, files, web):
    store = tmp_path_factory.mktemp("upd-load") / "store"
    import pyoxigraph as ox

    st = ox.Store(str(store))
    st.flush()
    del st
    s = Server(store, ["--allow-update", "--token", TOKEN, "--allow-load", str(files), "--allow-load", web + "/"]).start()
    yield s
    s.stop()


def update(server: Server, text: str, query: str = ""):
    return http(server.base + "/update" + query, data=text.encode(), headers=AUTH)


def ask(server: Server, graph: str) -> bool:
    q = f"ASK {{ GRAPH <{graph}> {{ <urn:test:s> <urn:test:p> ?o }} }}"
    return get(server, "/sparql", {"query": q}).json()["boolean"]


def test_load_is_off_by_default(plain, web):
    for source in (web + "/x.ttl", "file:///etc/passwd", "http://169.254.169.254/latest/meta-data/"):
        a = update(plain, f"LOAD <{source}> INTO GRAPH <urn:g:off>")
        assert a.status == 403 and "--allow-load" in a.text, a.text
    assert not ask(plain, "urn:g:off")


def test_load_reads_only_what_is_named(loader, files, web):
    a = update(loader, f"LOAD <{(files / 'x.ttl').as_uri()}> INTO GRAPH <urn:g:file>")
    assert a.status == 204, a.text
    assert ask(loader, "urn:g:file")
    a = update(loader, f"LOAD <{web}/x.ttl> INTO GRAPH <urn:g:web>")
    assert a.status == 204, a.text
    assert ask(loader, "urn:g:web")
    refused = [
        "file:///etc/passwd",  # a file outside the named folder
        (files / ".." / "x.ttl").as_uri(),
        f"http://localhost:{web.rsplit(':', 1)[1]}/x.ttl",  # the same place by a name that is not named
        "http://10.0.0.1/x.ttl", "http://[::1]/x.ttl", "gopher://example.org/x",
    ]
    for source in refused:
        a = update(loader, f"LOAD <{source}> INTO GRAPH <urn:g:no>")
        assert a.status == 403, (source, a.status, a.text)
    assert not ask(loader, "urn:g:no")


def test_update_errors_are_4xx(loader, files):
    cases = [
        f"LOAD <{(files / 'x.ttl').as_uri()}> ; INSERT DATA {{ <urn:a> <urn:b> <urn:c> }}",  # LOAD with other operations
        f"LOAD <{(files / 'missing.ttl').as_uri()}>",
        "LOAD rdkg:x",
        "INSERT DATA { oops",
        "CLEAR GRAPH <not an iri>",
    ]
    for text in cases:
        a = update(loader, text)
        assert 400 <= a.status < 500, (text, a.status, a.text)
        assert a.text.strip()
    assert get(loader, "/sparql", {"query": "ASK {}"}).status == 200


def test_using_graph_uri(loader):
    a = update(loader, "INSERT DATA { GRAPH <urn:u:src> { <urn:test:s> <urn:test:p> 'u' } }")
    assert a.status == 204
    q = "?" + urllib.parse.urlencode({"using-graph-uri": "urn:u:src"})
    a = update(loader, "INSERT { GRAPH <urn:u:dst> { ?s ?p ?o } } WHERE { ?s ?p ?o }", q)
    assert a.status == 204, a.text
    assert ask(loader, "urn:u:dst")
    a = update(loader, "WITH <urn:u:src> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", q)
    assert a.status == 400 and "USING" in a.text
