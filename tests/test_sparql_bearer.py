"""A bearer token against a real server: a Fuseki started with ``token_file`` (rdkg's module installs Fuseki
main's ``AuthBearerFilter``, kg/java/RdkgBearerModule.java, compiled by ``kg fuseki install``) refuses every
request without ``Authorization: Bearer`` that token. With ``RDKG_SPARQL_TOKEN`` set, loading, querying,
removing and the CLI work; without it, with another token, or with HTTP Basic credentials instead, each
fails with one line that names the store, the HTTP status and the variables to set.

The server is this module's own (in memory, on a free port, the project's Fuseki jars); like the shared
one it fails rather than skips under CI=true when it cannot be had. The module is compiled by the Java
runtime's own compiler (Debian's JRE, which its maven package brings, has one but no javac program), so a
machine with Java 17 and Maven alone runs these tests: one test hides javac to show it.
"""

from __future__ import annotations

import shutil
import urllib.error
import urllib.request

import pytest

from kg import neo4j_server as n4
from kg import triplestores as ts
from kg.errors import KGError
from kg.saved import run
from kg.stores.base import StoreError
from kg.stores.sparql import SparqlStore

from .conftest import SAMPLE
from .triplestore_fixture import install_fuseki, own_fuseki

TOKEN = "rdkg-t0ken/with+base64=chars"


@pytest.fixture(scope="module")
def guarded(tmp_path_factory):
    """The endpoint of a Fuseki that asks every request for the bearer token."""
    home = tmp_path_factory.mktemp("fuseki-bearer")
    token_file = home / "token"
    token_file.write_text(TOKEN + "\n", encoding="utf-8")
    yield from own_fuseki(home, "Fuseki with its bearer module", ("java", "mvn"), token_file=token_file)


def test_load_query_and_remove_with_the_token(guarded, no_credentials, sample_extraction):
    no_credentials.setenv("RDKG_SPARQL_TOKEN", TOKEN)
    store = SparqlStore(guarded)
    assert store.load(sample_extraction).triples > 0
    assert len(store.reports()) == 1
    assert run(store, "laws_serving_strategies", {"strategy": "西部金融中心"})[1]
    assert store.stats().reports == 1
    store.remove(sample_extraction.report.id)
    assert store.reports() == []


@pytest.mark.parametrize("credentials, status", [
    ({}, 401),
    ({"RDKG_SPARQL_TOKEN": TOKEN + "x"}, 403),
    ({"RDKG_SPARQL_TOKEN": TOKEN[:-1]}, 403),
    ({"RDKG_SPARQL_USER": "rdkg", "RDKG_SPARQL_PASSWORD": TOKEN}, 403),
], ids=["none", "longer-token", "shorter-token", "basic"])
def test_without_the_token_one_clear_line(guarded, no_credentials, sample_extraction, credentials, status):
    for name, value in credentials.items():
        no_credentials.setenv(name, value)
    store = SparqlStore(guarded)
    for attempt in (lambda: store.load(sample_extraction), store.reports, lambda: run(store, "reports")):
        with pytest.raises(StoreError) as err:
            attempt()
        msg = str(err.value)
        assert len(msg.splitlines()) == 1, msg
        assert f"HTTP {status}" in msg and "RDKG_SPARQL_TOKEN" in msg and guarded in msg, msg


def test_the_cli_with_and_without_the_token(guarded, no_credentials):
    from typer.testing import CliRunner

    from kg.cli import app

    spec = "sparql+" + guarded
    runner = CliRunner()
    res = runner.invoke(app, ["load", "--store", spec, str(SAMPLE)])
    assert res.exit_code == 1, res.output
    assert len(res.stderr.strip().splitlines()) == 1 and "HTTP 401" in res.stderr, res.stderr
    env = {"RDKG_SPARQL_TOKEN": TOKEN}
    res = runner.invoke(app, ["load", "--store", spec, str(SAMPLE)], env=env)
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["query", "reports", "-f", "json", "--store", spec], env=env)
    assert res.exit_code == 0 and "重庆市" in res.output, res.output
    res = runner.invoke(app, ["query", "reports", "--store", spec], env={"RDKG_SPARQL_TOKEN": "other"})
    assert res.exit_code == 1 and len(res.stderr.strip().splitlines()) == 1 and "HTTP 403" in res.stderr, res.stderr


def test_a_token_file_without_a_token_is_one_line(tmp_path):
    empty = tmp_path / "token"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(KGError, match="no token in it; write the token on its first line"):
        ts.fuseki_start(tmp_path, port=n4.free_ports(1)[0], token_file=empty)


def test_the_module_compiles_with_java_and_maven_alone(tmp_path, monkeypatch):
    """On a machine with Java 17 and Maven only (Debian's `maven` brings openjdk-17-jre-headless: no javac
    program), `kg fuseki start --token-file` compiles the module with the runtime's own compiler and the
    server asks for the token. javac is hidden here: PATH holds java and mvn alone."""
    home = tmp_path / "fuseki"
    install_fuseki(home)  # the project's jars (shared when `make triplestores` fetched them), no module yet
    if (home / "modules").is_symlink():
        (home / "modules").unlink()
    shutil.rmtree(home / "modules", ignore_errors=True)  # compiled by the install, with javac on PATH
    jre = tmp_path / "bin"
    jre.mkdir()
    for program in ("java", "mvn"):
        (jre / program).symlink_to(shutil.which(program))
    monkeypatch.setenv("PATH", str(jre))
    assert shutil.which("javac") is None
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n", encoding="utf-8")
    st, _ = ts.fuseki_start(home, port=n4.free_ports(1)[0], memory=True, token_file=token_file)
    try:
        assert (home / "modules" / "rdkg" / "fuseki" / "RdkgBearerModule.class").is_file()
        url = st.endpoint + "/query?query=ASK%7B%7D"
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(url, timeout=30)
        assert err.value.code == 401
        req = urllib.request.Request(url, headers={"Authorization": "Bearer " + TOKEN,
                                                   "Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=30) as resp:
            assert resp.status == 200
    finally:
        ts.fuseki_stop(home)
