"""Credentials against a real server: a Fuseki started with a password file (Fuseki main's ``--passwd`` and
``--auth=basic``) refuses every request without HTTP Basic credentials. With ``RDKG_SPARQL_USER`` and
``RDKG_SPARQL_PASSWORD`` set, loading, querying and the CLI work; without them, or with a wrong password,
each fails with one line that names the store, the HTTP status and the variables to set.

The server is this module's own (in memory, on a free port, the project's Fuseki jars); like the shared
one it fails rather than skips under CI=true when it cannot be had.
"""

from __future__ import annotations

import pytest

from kg.saved import run
from kg.stores.base import StoreError
from kg.stores.sparql import SparqlStore

from .conftest import SAMPLE
from .triplestore_fixture import own_fuseki

USER, PASSWORD = "rdkg-editor", "s3cret:with colon"


@pytest.fixture(scope="module")
def locked(tmp_path_factory):
    """The endpoint of a Fuseki that asks every request for HTTP Basic credentials."""
    home = tmp_path_factory.mktemp("fuseki-auth")
    passwd = home / "passwd"
    passwd.write_text(f"{USER}: {PASSWORD}\n", encoding="utf-8")
    yield from own_fuseki(home, "Fuseki", ("java", "mvn"), passwd=passwd)


def test_load_and_query_with_basic_credentials(locked, no_credentials, sample_extraction):
    no_credentials.setenv("RDKG_SPARQL_USER", USER)
    no_credentials.setenv("RDKG_SPARQL_PASSWORD", PASSWORD)
    store = SparqlStore(locked)
    res = store.load(sample_extraction)
    assert res.triples > 0
    assert len(store.reports()) == 1
    assert run(store, "laws_serving_strategies", {"strategy": "西部金融中心"})[1]
    assert store.stats().reports == 1


@pytest.mark.parametrize("password", [None, "wrong"], ids=["none", "wrong-password"])
def test_without_credentials_one_clear_line(locked, no_credentials, sample_extraction, password):
    if password:
        no_credentials.setenv("RDKG_SPARQL_USER", USER)
        no_credentials.setenv("RDKG_SPARQL_PASSWORD", password)
    store = SparqlStore(locked)
    for attempt in (lambda: store.load(sample_extraction), store.reports, lambda: run(store, "reports")):
        with pytest.raises(StoreError) as err:
            attempt()
        msg = str(err.value)
        assert len(msg.splitlines()) == 1, msg
        assert "HTTP 401" in msg and "RDKG_SPARQL_USER" in msg and locked in msg, msg


def test_bearer_token_is_not_basic(locked, no_credentials):
    """A token is sent as ``Authorization: Bearer``; Fuseki's Basic realm refuses it, in the same one line
    (a store behind a proxy that takes tokens accepts it: the header itself is checked in
    test_sparql_store.test_credentials_from_the_environment)."""
    no_credentials.setenv("RDKG_SPARQL_TOKEN", "t0k")
    with pytest.raises(StoreError, match="HTTP 401.*RDKG_SPARQL_TOKEN"):
        SparqlStore(locked).reports()


def test_the_cli_with_and_without_credentials(locked, no_credentials):
    from typer.testing import CliRunner

    from kg.cli import app

    spec = "sparql+" + locked
    runner = CliRunner()
    res = runner.invoke(app, ["load", "--store", spec, str(SAMPLE)])
    assert res.exit_code == 1, res.output
    assert len(res.stderr.strip().splitlines()) == 1 and "HTTP 401" in res.stderr, res.stderr
    env = {"RDKG_SPARQL_USER": USER, "RDKG_SPARQL_PASSWORD": PASSWORD}
    res = runner.invoke(app, ["load", "--store", spec, str(SAMPLE)], env=env)
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["query", "reports", "-f", "json", "--store", spec], env=env)
    assert res.exit_code == 0 and "重庆市" in res.output, res.output
    res = runner.invoke(app, ["query", "reports", "--store", spec])
    assert res.exit_code == 1 and len(res.stderr.strip().splitlines()) == 1, res.stderr
