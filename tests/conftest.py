from __future__ import annotations

import warnings
from pathlib import Path

import pytest

# One Neo4j, one Fuseki and one Virtuoso for the whole session: fixtures defined (imported) here are
# shared by every test module; a module that assigned them itself got servers of its own
from .neo4j_fixture import neo4j_server  # noqa: F401
from .triplestore_fixture import fuseki, virtuoso  # noqa: F401

warnings.filterwarnings("ignore", message="pkg_resources is deprecated")
warnings.filterwarnings("ignore", category=UserWarning, module="jieba")

DATA = Path(__file__).parent / "data"
GOLD = Path(__file__).parent / "gold"
SAMPLES = Path(__file__).parent.parent / "samples"
SAMPLE = SAMPLES / "chongqing-2026-rd-standing-committee.txt"


def report_path(name: str) -> Path:
    """A report of tests/data or samples/ by its stem."""
    for folder in (DATA, SAMPLES):
        if (folder / f"{name}.txt").exists():
            return folder / f"{name}.txt"
    raise FileNotFoundError(name)


@pytest.fixture(scope="session")
def sample_extraction():
    from kg.loaders.extract import extract_file

    return extract_file(str(SAMPLE))


def pytest_configure(config):
    config.addinivalue_line("markers", "stops_neo4j: stops the session's Neo4j server; run after every other test")


def pytest_collection_modifyitems(config, items):
    """Tests that stop the session's Neo4j run last, so no later test waits for it to start again."""
    items.sort(key=lambda item: item.get_closest_marker("stops_neo4j") is not None)
