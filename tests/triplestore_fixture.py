"""The shared Fuseki and Virtuoso test servers: each started once a session in a temporary home on free ports,
in the background from the session's start when a collected test needs it (tests/early.py).

Under CI=true a test that cannot get its server fails; locally it skips only when the server's program
(java and mvn for Fuseki, virtuoso-t for Virtuoso) is missing. tests/conftest.py imports the fixtures: a
test module asks for ``fuseki`` or ``virtuoso`` and gets the session's one (assigning them in a test module
would give that module servers of its own).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from kg import neo4j_server as n4
from kg import triplestores as ts
from kg.errors import KGError

from . import early
from .ci import unavailable


def no_server(name: str, programs: tuple[str, ...], reason: str):
    there = all(shutil.which(p) for p in programs)
    unavailable(f"{name} unavailable: {reason}" if there else f"{' or '.join(programs)} missing: {reason}",
                missing=not there)


def share_fuseki(project: Path, home: Path) -> None:
    """``home`` shares the jars of the Fuseki that `make triplestores` installed in ``project``, and the
    bearer-token module it compiled there (javac took seconds for every home that compiled it again)."""
    if ts._fuseki_marker(project).exists():
        home.mkdir(parents=True, exist_ok=True)
        (home / "lib").symlink_to(project.resolve() / "lib")
        if (project / "modules" / "META-INF" / "services").is_dir():
            (home / "modules").symlink_to(project.resolve() / "modules")


def install_fuseki(home: Path) -> None:
    """Fuseki's jars into ``home``, shared with the project's own where `make setup` assembled them."""
    share_fuseki(ts.fuseki_home(), home)
    try:
        ts.fuseki_install(home, m2=n4.default_home() / "m2")
    except KGError as err:
        no_server("Fuseki", ("java", "mvn"), str(err))


def _start(name: str, start, programs: tuple[str, ...], ports: int):  # noqa: ANN001, ANN202
    for attempt in (1, 2):  # a port chosen free can be taken before the server binds it: retry once
        try:
            return start(*n4.free_ports(ports))
        except KGError as err:
            if attempt == 2:
                no_server(name, programs, str(err))
            print(f"{name} test server did not start ({err}); trying other ports", file=sys.stderr)
    return None


def own_fuseki(home: Path, name: str, programs: tuple[str, ...], **start):  # noqa: ANN003, ANN201
    """A test module's own in-memory Fuseki in ``home`` (jars as install_fuseki gives them) on a free port,
    started with ``start`` (a password or token file): yields its endpoint, stops it after."""
    install_fuseki(home)
    st = _start(name, lambda port: ts.fuseki_start(home, port=port, memory=True, **start)[0], programs, 1)
    try:
        yield st.endpoint
    finally:
        ts.fuseki_stop(home)


CREDENTIALS = ("RDKG_SPARQL_USER", "RDKG_SPARQL_PASSWORD", "RDKG_SPARQL_TOKEN")


@pytest.fixture
def no_credentials(monkeypatch):
    """A monkeypatch with none of the SPARQL store's credential variables set."""
    for name in CREDENTIALS:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@early.recipe("fuseki")
def start_fuseki(factory: pytest.TempPathFactory):  # noqa: ANN201
    """An in-memory Fuseki dataset /rdkg (jars shared with the project's Maven cache): (Status, stop)."""
    home = factory.mktemp("fuseki-home")

    def stop() -> None:
        ts.fuseki_stop(home)

    try:
        install_fuseki(home)
        st, _ = _start("Fuseki", lambda port: ts.fuseki_start(home, port=port, memory=True), ("java", "mvn"), 1)
        return st, stop
    except BaseException:
        stop()
        raise


@early.recipe("virtuoso")
def start_virtuoso(factory: pytest.TempPathFactory):  # noqa: ANN201
    """A Virtuoso with its own database in a temporary home: (Status, stop)."""
    home = factory.mktemp("virtuoso-home")

    def stop() -> None:
        ts.virtuoso_stop(home)

    try:
        try:
            ts.virtuoso_install(home)
        except KGError as err:
            no_server("Virtuoso", ("virtuoso-t",), str(err))
        st, _ = _start("Virtuoso", lambda port, sql: ts.virtuoso_start(home, port=port, sql_port=sql),
                       ("virtuoso-t",), 2)
        return st, stop
    except BaseException:
        stop()
        raise


def _served(name: str, factory: pytest.TempPathFactory, stop):  # noqa: ANN202
    """Yields the Status of the session's server ``name`` (begun early); stops it at the end."""
    st = early.wait(name, factory)
    try:
        yield st
    finally:
        stop(Path(st.home))


@pytest.fixture(scope="session")
def fuseki(tmp_path_factory, _early):
    """Yields the Status (``.endpoint``, ``.home``) of the session's Fuseki; stops it at the end."""
    yield from _served("fuseki", tmp_path_factory, ts.fuseki_stop)


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory, _early):
    """Yields the Status (``.endpoint`` is /sparql, ``.home``) of the session's Virtuoso; stops it at the end."""
    yield from _served("virtuoso", tmp_path_factory, ts.virtuoso_stop)
