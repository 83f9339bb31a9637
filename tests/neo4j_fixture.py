"""The shared Neo4j test server: installed into a temporary home and started on free ports, once a session,
in the background from the session's start when a collected test needs it (tests/early.py).

Under CI=true a test that cannot get the server fails; locally it skips only when java or mvn is missing.
tests/conftest.py imports the fixture, so every test module asks for ``neo4j_server`` and they all get
the same server. Do not assign the fixture in a test module (``server = neo4j_fixture.server``): pytest
then makes a fixture of that module's own, and each such module installed and started a Neo4j of its own.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable

import pytest

from kg import neo4j_server as n4
from kg.errors import KGError

from . import early
from .ci import unavailable


def no_server(reason: str):
    programs = bool(shutil.which("java") and shutil.which("mvn"))
    unavailable(f"Neo4j server unavailable: {reason}" if programs else f"java or mvn missing: {reason}", missing=not programs)


def _generated_password() -> Callable[[], None]:
    """The test server gets a generated, stored password: $NEO4J_PASSWORD is set aside until the end."""
    saved = os.environ.pop("NEO4J_PASSWORD", None)

    def restore() -> None:
        if saved is not None:
            os.environ["NEO4J_PASSWORD"] = saved

    return restore


@early.recipe("neo4j_server", prepare=_generated_password)
def install_and_start(factory: pytest.TempPathFactory):  # noqa: ANN201
    """Install into a temporary home (sharing the project's installed jars, or else its Maven cache) and
    start on free ports; returns ((home, status), stop). Run in the background from the session's start
    (tests/early.py)."""
    home = factory.mktemp("neo4j-home")

    def stop() -> None:
        if n4.server_pid(home):
            n4.stop(home, timeout=60)

    try:
        project = n4.default_home()  # `make test` installed the jars there (`kg neo4j install`): share them
        if n4.is_installed(project):
            (home / "lib").symlink_to(project.resolve() / "lib")
        try:
            n4.install(home, m2=project / "m2")
        except KGError as err:
            no_server(str(err))
        for attempt in (1, 2):  # a port chosen free can be taken before the server binds it: retry once
            http, bolt = n4.free_ports(2)
            try:
                st, _started = n4.start(home, http_port=http, bolt_port=bolt, timeout=180)
                return (home, st), stop
            except KGError as err:
                if attempt == 2:
                    no_server(str(err))
                print(f"Neo4j test server did not start ({err}); trying other ports", file=sys.stderr)
        raise AssertionError("unreachable")
    except BaseException:
        stop()
        raise


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory, _early):
    """The session's Neo4j: yields (home, status); stops it at the end.

    A test may stop it (test_neo4j_server's test_stop_stops_it, which conftest.py runs last); ``running``
    starts it again.
    """
    home = None
    try:
        home, st = early.wait("neo4j_server", tmp_path_factory)
        yield home, st
    finally:
        if home is not None and n4.server_pid(home):
            n4.stop(home, timeout=60)


def running(server) -> tuple:
    """The session's server, started again on its ports if a test stopped it; returns (home, status)."""
    home, st = server
    if n4.server_pid(home) is None:
        try:
            st, _ = n4.start(home, http_port=st.http_port, bolt_port=st.bolt_port, timeout=180)
        except KGError as err:
            no_server(str(err))
    return home, st
