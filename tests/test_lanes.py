"""tests/lanes.py: which modules join a server's lane, and which worker begins a recipe early."""

from __future__ import annotations

import os
from types import SimpleNamespace

import pytest

from . import lanes


class Item:
    def __init__(self, nodeid: str, *fixtures: str) -> None:
        self.nodeid, self.fixturenames, self.marks = nodeid, fixtures, []

    def add_marker(self, mark) -> None:  # noqa: ANN001
        self.marks.append(mark)

    def group(self) -> str | None:
        return next((m.args[0] for m in self.marks if m.name == "xdist_group"), None)


def test_a_module_asking_for_a_server_joins_its_lane_whole():
    items = [Item("tests/a.py::t1", "tmp_path"), Item("tests/a.py::t2", "neo4j_server"),
             Item("tests/b.py::t", "fuseki", "neo4j_server"), Item("tests/c.py::t", "virtuoso"),
             Item("tests/d.py::t[x]", "installed"), Item("tests/e.py::t", "store_dir")]
    lanes.mark(items)
    assert [i.group() for i in items] == ["lane0", "lane0", "lane0", "lane1", "lane1", None]


def _config(worker: bool, loadgroup: bool):  # noqa: ANN202
    config = SimpleNamespace(getvalue=lambda name: loadgroup if name == "loadgroup" else None)
    if worker:
        config.workerinput = {}
    return config


@pytest.mark.parametrize(("worker", "count", "begins"), [
    ("gw0", "2", {"neo4j_server", "other"}), ("gw1", "2", {"fuseki", "virtuoso", "installed", "other"}),
    ("gw0", "1", {"neo4j_server", "fuseki", "virtuoso", "installed", "other"}),
])
def test_a_worker_begins_its_own_lanes_recipes_only(monkeypatch, worker, count, begins):
    monkeypatch.setitem(os.environ, "PYTEST_XDIST_WORKER", worker)
    monkeypatch.setitem(os.environ, "PYTEST_XDIST_WORKER_COUNT", count)
    names = {"neo4j_server", "fuseki", "virtuoso", "installed", "other"}
    assert {n for n in names if lanes.mine(n, _config(True, True))} == begins
    # one process (no xdist, or another --dist): every recipe, as before
    assert all(lanes.mine(n, _config(False, True)) and lanes.mine(n, _config(True, False)) for n in names)


def test_each_lane_item_is_named_for_its_lane_where_the_scheduler_reads_it(request):
    """Under `make test` (xdist workers, ``--dist loadgroup``) the scheduler finds an item's lane at the end
    of its id (``…@lane1``): every item of a lane module must end so, or the lane is never formed (pytest
    9.2 ignored xdist's own renaming). In one process nothing is renamed."""
    grouped = [i for i in request.session.items if i.get_closest_marker("xdist_group")]  # (none: this module alone)
    for item in grouped:
        group = item.get_closest_marker("xdist_group").args[0]
        assert item.nodeid.endswith(f"@{group}") is lanes.active(request.config), item.nodeid
