"""The suite on two cores: `make test` runs it in two pytest-xdist workers (``-n 2``, ``--dist loadgroup``),
each server in one worker only.

One process left a core idle whenever the suite waited on a program (a `kg serve`, a JVM, Chromium, pip)
or ran a single-threaded one; two workers keep both busy. What must not be doubled is what a worker
makes once a session: a Neo4j (installing one patches the jar in the project's shared lib), a Fuseki, a
Virtuoso, the built wheel. So every test module that asks for one of those fixtures joins that fixture's
*lane* (an ``xdist_group``, set at collection, the same in every worker), and ``LaneScheduling`` hands a
lane to one worker only, lane k to worker k modulo the number of workers, as the second thing it runs
(the first, a module, runs while the lane's servers start). A worker begins in the background
(tests/early.py) only the recipes of its own lanes. Other modules are
handed out whole, one at a time, to whichever worker is free, the slow ones first, so module fixtures
(a `kg serve`, a browser) are made once.

Without xdist (``pytest`` alone, ``-p no:xdist``) nothing of this applies and the suite runs as one
process, every server started once as before.
"""

from __future__ import annotations

import os

import pytest

# session fixture → its lane; a module asking for several takes the lowest
LANES: dict[str, int] = {"neo4j_server": 0, "fuseki": 1, "virtuoso": 1, "installed": 1}

# modules handed out first when a worker is free (the slowest on 2026-11-30's measure, slowest first): a
# slow module handed out last would leave the other worker idle at the end. Order only, never which tests
# run: a module not named here comes after them in collection order.
SLOW_FIRST = ("test_browser", "test_readme", "test_load_input", "test_accuracy", "test_documents", "test_serve_limits",
              "test_serve_cache", "test_serve_live", "test_properties", "test_server", "test_ontology",
              "test_sparql_bearer", "test_store", "test_serve_direct", "test_sparql_auth", "test_queries")


def _group(lane: int) -> str:
    return f"lane{lane}"


def mark(items: list[pytest.Item]) -> None:
    """Give every item of a module that asks for a lane's fixture that lane's ``xdist_group``."""
    lane_of: dict[str, int] = {}
    for item in items:
        used = [LANES[name] for name in getattr(item, "fixturenames", ()) if name in LANES]
        if used:
            module = item.nodeid.split("::", 1)[0]
            lane_of[module] = min(lane_of.get(module, min(used)), min(used))
    for item in items:
        lane = lane_of.get(item.nodeid.split("::", 1)[0])
        if lane is not None:
            item.add_marker(pytest.mark.xdist_group(_group(lane)))


def name_groups(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In a worker under lane scheduling, end each lane item's id with ``@laneK``, as pytest-xdist's
    ``loadgroup`` means to (the scheduler below reads the lane from there). xdist 3.8 writes the suffix to
    ``item._nodeid``, which pytest 9.2 no longer reads (the id is ``item._id``): the lanes were never
    formed, each lane module went to whichever worker was free, and a worker that had not begun a lane's
    servers started its own (a second Neo4j, a second wheel built). Run after xdist's hook (trylast);
    an id that already has the suffix is left alone."""
    if not active(config):
        return
    for item in items:
        group = next((m.args[0] for m in item.iter_markers("xdist_group") if m.args), None)
        if group is None or item.nodeid.endswith(f"@{group}"):
            continue
        nodeid = f"{item.nodeid}@{group}"
        if hasattr(item, "_id"):
            from _pytest.nodeid import NodeId

            item._id = NodeId.parse(nodeid)
        else:
            item._nodeid = nodeid


def active(config: pytest.Config) -> bool:
    """This process is an xdist worker under lane scheduling."""
    return hasattr(config, "workerinput") and bool(config.getvalue("loadgroup"))  # a worker's dist is "no"


def mine(recipe: str, config: pytest.Config) -> bool:
    """Whether this process begins ``recipe`` early: always without lanes, else only in the worker that
    runs the recipe's lane (a worker that still asks for it starts it then, as tests/early.py does)."""
    if recipe not in LANES or not active(config):
        return True
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    count = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    return worker == f"gw{LANES[recipe] % count}"


def scheduler(config: pytest.Config, log):  # noqa: ANN001, ANN201
    """The scheduler for ``--dist loadgroup`` (conftest.py's ``pytest_xdist_make_scheduler``)."""
    from xdist.scheduler import LoadScopeScheduling

    class LaneScheduling(LoadScopeScheduling):
        """xdist's scope scheduling with two changes: a scope is a lane (``…@laneK``) or else a module,
        and lane K goes only to the K-th worker (modulo their number), before anything else it gets."""

        def _split_scope(self, nodeid: str) -> str:
            if nodeid.rfind("@") > nodeid.rfind("]"):
                return nodeid.rsplit("@", 1)[1]
            return nodeid.split("::", 1)[0]

        def _owner(self, scope: str):  # noqa: ANN202
            if not scope.startswith("lane"):
                return None
            nodes = sorted(self.nodes, key=lambda n: n.gateway.id)
            return nodes[int(scope[4:]) % len(nodes)] if nodes else None

        def _order(self) -> None:
            """The lanes first, then the slow modules, then the rest in collection order."""
            def rank(scope: str) -> tuple[int, int]:
                if scope.startswith("lane"):
                    return (0, int(scope[4:]))
                stem = scope.rsplit("/", 1)[-1].removesuffix(".py")
                return (1, SLOW_FIRST.index(stem)) if stem in SLOW_FIRST else (2, 0)
            ordered = sorted(self.workqueue.items(), key=lambda kv: rank(kv[0]))  # stable: collection order kept
            self.workqueue.clear()
            self.workqueue.update(ordered)

        def schedule(self) -> None:
            if self.collection is not None:  # the first distribution is done: more work for every worker
                for node in self.nodes:
                    self._reschedule(node)
                return
            if not self._check_nodes_have_same_collection():
                self.log("**Different tests collected, aborting run**")
                return
            self.collection = list(next(iter(self.registered_collections.values())))
            for nodeid in self.collection:
                self.workqueue.setdefault(self._split_scope(nodeid), {})[nodeid] = False
            self._order()
            for node in self.nodes:
                self._assign_work_unit(node)
            for node in self.nodes:
                self._reschedule(node)

        def _assign_work_unit(self, node) -> None:  # noqa: ANN001
            """Hand ``node`` its own lane if it is still queued, else the first module no other worker owns;
            but the first thing a worker gets is a module, to run while its lane's servers start."""
            own = next((s for s in self.workqueue if self._owner(s) is node), None)
            free = next((s for s in self.workqueue if self._owner(s) is None), None)
            chosen = free if (self.assigned_work.get(node) == {} and free is not None) else (own or free)
            if chosen is None:
                return
            work_unit = self.workqueue.pop(chosen)
            self.assigned_work.setdefault(node, {})[chosen] = work_unit
            collection = self.registered_collections[node]
            node.send_runtest_some([collection.index(nodeid) for nodeid, done in work_unit.items() if not done])

        def _reschedule(self, node) -> None:  # noqa: ANN001
            if node.shutting_down:
                return
            if self.workqueue and self._pending_of(self.assigned_work[node]) <= 2:
                self._assign_work_unit(node)
            self._shutdown_idle()

        def _shutdown_idle(self) -> None:
            """Once nothing is queued, every worker is told to finish what it holds (a worker runs its
            last test only then, or when more come)."""
            if self.workqueue:
                return
            for node in self.nodes:
                if not node.shutting_down:
                    node.shutdown()

    return LaneScheduling(config, log)

