"""The shared Fuseki and Virtuoso test servers: each started once a session in a temporary home on free ports.

Under CI=true a test that cannot get its server fails; locally it skips only when the server's program
(java and mvn for Fuseki, virtuoso-t for Virtuoso) is missing. tests/conftest.py imports the fixtures: a
test module asks for ``fuseki`` or ``virtuoso`` and gets the session's one (assigning them in a test module
would give that module servers of its own).
"""

from __future__ import annotations

import shutil
import sys

import pytest

from kg import neo4j_server as n4
from kg import triplestores as ts
from kg.errors import KGError

from .ci import unavailable


def no_server(name: str, programs: tuple[str, ...], reason: str):
    there = all(shutil.which(p) for p in programs)
    unavailable(f"{name} unavailable: {reason}" if there else f"{' or '.join(programs)} missing: {reason}",
                missing=not there)


def _start(name: str, start, programs: tuple[str, ...], ports: int):  # noqa: ANN001, ANN202
    for attempt in (1, 2):  # a port chosen free can be taken before the server binds it: retry once
        try:
            return start(*n4.free_ports(ports))
        except KGError as err:
            if attempt == 2:
                no_server(name, programs, str(err))
            print(f"{name} test server did not start ({err}); trying other ports", file=sys.stderr)
    return None


@pytest.fixture(scope="session")
def fuseki(tmp_path_factory):
    """Yields the Status (``.endpoint``, ``.home``) of an in-memory Fuseki dataset /rdkg (jars shared with the project's Maven cache)."""
    home = tmp_path_factory.mktemp("fuseki-home")
    try:
        project = ts.fuseki_home()  # `make setup` assembled the jars there: share them
        if ts._fuseki_marker(project).exists():
            (home / "lib").symlink_to(project / "lib")
        try:
            ts.fuseki_install(home, m2=n4.default_home() / "m2")
        except KGError as err:
            no_server("Fuseki", ("java", "mvn"), str(err))
        st, _ = _start("Fuseki", lambda port: ts.fuseki_start(home, port=port, memory=True), ("java", "mvn"), 1)
        yield st
    finally:
        ts.fuseki_stop(home)


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    """Yields the Status (``.endpoint`` is /sparql, ``.home``) of a Virtuoso with its own database in a temporary home."""
    home = tmp_path_factory.mktemp("virtuoso-home")
    try:
        try:
            ts.virtuoso_install(home)
        except KGError as err:
            no_server("Virtuoso", ("virtuoso-t",), str(err))
        st, _ = _start("Virtuoso", lambda port, sql: ts.virtuoso_start(home, port=port, sql_port=sql),
                       ("virtuoso-t",), 2)
        yield st
    finally:
        ts.virtuoso_stop(home)
