"""The shared Neo4j test server: installed into a temporary home and started on free ports, once a session.

Under CI=true a test that cannot get the server fails; locally it skips only when java or mvn is missing.
tests/conftest.py imports the fixture, so every test module asks for ``neo4j_server`` and they all get
the same server. Do not assign the fixture in a test module (``server = neo4j_fixture.server``): pytest
then makes a fixture of that module's own, and each such module installed and started a Neo4j of its own.
"""

from __future__ import annotations

import os
import shutil
import sys

import pytest

from kg import neo4j_server as n4
from kg.errors import KGError

from .ci import unavailable


def no_server(reason: str):
    programs = bool(shutil.which("java") and shutil.which("mvn"))
    unavailable(f"Neo4j server unavailable: {reason}" if programs else f"java or mvn missing: {reason}", missing=not programs)


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory):
    """Install into a temporary home (sharing the project's Maven cache) and start on free ports; stop at the end.

    Yields (home, status). A test may stop it (test_neo4j_server's test_stop_stops_it, which conftest.py runs
    last); ``running`` starts it again.
    """
    home = tmp_path_factory.mktemp("neo4j-home")
    saved = os.environ.pop("NEO4J_PASSWORD", None)  # the test server gets a generated, stored password
    started = False
    try:
        try:
            n4.install(home, m2=n4.default_home() / "m2")
        except KGError as err:
            no_server(str(err))
        for attempt in (1, 2):  # a port chosen free can be taken before the server binds it: retry once
            http, bolt = n4.free_ports(2)
            try:
                st, started = n4.start(home, http_port=http, bolt_port=bolt, timeout=180)
                break
            except KGError as err:
                if attempt == 2:
                    no_server(str(err))
                print(f"Neo4j test server did not start ({err}); trying other ports", file=sys.stderr)
        yield home, st
    finally:
        if started or n4.server_pid(home):
            n4.stop(home, timeout=60)
        if saved is not None:
            os.environ["NEO4J_PASSWORD"] = saved


def running(server) -> tuple:
    """The session's server, started again on its ports if a test stopped it; returns (home, status)."""
    home, st = server
    if n4.server_pid(home) is None:
        try:
            st, _ = n4.start(home, http_port=st.http_port, bolt_port=st.bolt_port, timeout=180)
        except KGError as err:
            no_server(str(err))
    return home, st
