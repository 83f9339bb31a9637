from __future__ import annotations

import fcntl
import os
import shutil
import warnings
from pathlib import Path

import pytest

# One Neo4j, one Fuseki and one Virtuoso for the whole session: fixtures defined (imported) here are
# shared by every test module; a module that assigned them itself got servers of its own
from . import early, lanes
from .neo4j_fixture import neo4j_server  # noqa: F401
from .triplestore_fixture import fuseki, no_credentials, virtuoso  # noqa: F401

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


@pytest.fixture(scope="session", autouse=True)
def _early(request, tmp_path_factory):
    """Begin in the background what the collected tests will need and takes long to make ready (the
    servers, the installed wheel: tests/early.py); at the end, stop whatever was begun."""
    for name in early.needed(request.session.items):
        if lanes.mine(name, request.config):  # under xdist, only the worker that runs the lane (tests/lanes.py)
            early.begin(name, tmp_path_factory)
    yield
    early.finish()


@pytest.fixture(scope="session")
def store_dir(tmp_path_factory) -> Path:
    """The two reports of tests.test_server.REPORTS loaded by a real `kg load` into a store folder, once a
    session, for every `kg serve` that only reads it (copy it to write: test_server's ``writable``)."""
    from .ci import unavailable
    from .test_server import KG, load_store

    if not KG.exists():
        unavailable(f"{KG} is missing; run `pip install -e .` in the venv")
    if "PYTEST_XDIST_WORKER" not in os.environ:
        return load_store(tmp_path_factory.mktemp("served"))
    # under xdist, once a run for both workers: the first to ask loads it into the run's folder (above each
    # worker's own), the other waits for it; every server only reads it
    shared = tmp_path_factory.getbasetemp().parent / "served"
    with open(f"{shared}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (shared / "loaded").exists():
            shutil.rmtree(shared, ignore_errors=True)
            shared.mkdir()
            store = load_store(shared)
            (shared / "loaded").write_text(str(store), encoding="utf-8")
    return Path((shared / "loaded").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def sample_extraction():
    from kg.loaders.extract import extract_file

    return extract_file(str(SAMPLE))


@pytest.fixture(scope="session")
def extracted(sample_extraction):
    """``extracted(path)``: the report file's extraction, made once a session and shared by every module
    that asks (a test copies it with ``model_copy(deep=True)`` before changing it)."""
    from kg.loaders.extract import extract_file

    cache = {str(SAMPLE): sample_extraction}

    def get(path) -> object:  # noqa: ANN001
        key = str(path)
        if key not in cache:
            cache[key] = extract_file(key)
        return cache[key]

    return get


def later_report(folder: Path) -> Path:
    """The sample moved one year on: it reports as done in 2026 what the sample planned for 2026."""
    text = SAMPLE.read_text(encoding="utf-8").replace("2026", "2027").replace("2025", "2026")
    path = folder / "chongqing-2027-rd-standing-committee.txt"
    path.write_text(text, encoding="utf-8")
    return path


# the four reports of tests/data the parity cases were written for (more annotated texts live there too)
PARITY = ("beijing-2026-government", "hebei-2026-government", "heldout-guangzhou-2023-rd-standing-committee",
          "heldout-sichuan-2024-rd-standing-committee")


@pytest.fixture(scope="session")
def parity_extractions(extracted, tmp_path_factory) -> list:
    """The reports both parity suites (Neo4j, and Fuseki and Virtuoso) load: the sample, its sequel, two
    more standing-committee reports and two government reports (four jurisdictions share national laws
    and initiatives)."""
    later = later_report(tmp_path_factory.mktemp("later"))
    return [extracted(p) for p in (SAMPLE, later, *(DATA / f"{n}.txt" for n in PARITY))]


def pytest_configure(config):
    config.addinivalue_line("markers", "stops_neo4j: stops the session's Neo4j server; run after every other test")


@pytest.hookimpl(wrapper=True)  # around xdist's hook: the groups set before it, the ids named after (tests/lanes.py)
def pytest_collection_modifyitems(config, items):
    """Tests that stop the session's Neo4j run last, so no later test waits for it to start again; each
    module that needs one of the session's servers joins its lane (tests/lanes.py)."""
    items.sort(key=lambda item: item.get_closest_marker("stops_neo4j") is not None)
    lanes.mark(items)
    result = yield
    lanes.name_groups(config, items)
    return result


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """``--dist loadgroup`` (pyproject's addopts; `make test` adds ``-n 2``): each lane in one worker."""
    if config.getvalue("dist") == "loadgroup":
        return lanes.scheduler(config, log)
    return None
