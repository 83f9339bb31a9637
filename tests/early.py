"""What the session will need and takes long to make ready, begun in the background as the session starts.

The suite runs in one process, and most of it keeps one core busy; installing and starting Neo4j, Fuseki
and Virtuoso and building and installing the wheel mostly wait on other programs (Maven, the JVMs, pip).
So the session fixtures that do that work (``neo4j_server``, ``fuseki``, ``virtuoso``, test_wheel's
``installed``) name a *recipe* here, and conftest.py's ``_early`` fixture, set up before the first test,
begins in a background thread the recipe of every such fixture a collected test asks for. The fixture
then waits for its recipe's result (at once if it was not begun); the work is the same, done once, and
an error it raises is raised in the fixture, in the test that asked for it, as before.

At the end of the session ``finish`` waits for every recipe begun and runs its clean-up (stopping a
server), so nothing begun for a test that never ran (``-x``, a failed fixture) is left running.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import pytest

# fixture name → the function that makes it ready: called with the session's tmp_path_factory, it returns
# (value, clean-up); the clean-up may be called more than once
Recipe = Callable[[pytest.TempPathFactory], tuple[Any, Callable[[], None]]]
RECIPES: dict[str, Recipe] = {}
# fixture name → what to do in the main thread before its recipe begins (such as clearing an environment
# variable the recipe must not see); it returns what undoes it at the end of the session
PREPARE: dict[str, Callable[[], Callable[[], None]]] = {}

_jobs: dict[str, Future] = {}
_undo: list[Callable[[], None]] = []
_lock = threading.Lock()
_pool: ThreadPoolExecutor | None = None


def recipe(name: str, prepare: Callable[[], Callable[[], None]] | None = None) -> Callable[[Recipe], Recipe]:
    """Register ``fn`` as the recipe of the session fixture ``name`` (``prepare``: see PREPARE)."""

    def register(fn: Recipe) -> Recipe:
        RECIPES[name] = fn
        if prepare is not None:
            PREPARE[name] = prepare
        return fn

    return register


def begin(name: str, factory: pytest.TempPathFactory) -> Future:
    """Begin ``name``'s recipe in the background, once a session."""
    global _pool
    with _lock:
        if name not in _jobs:
            if name in PREPARE:
                _undo.append(PREPARE[name]())
            if _pool is None:
                _pool = ThreadPoolExecutor(max_workers=len(RECIPES) or 1, thread_name_prefix="early")
            # the session's base temporary directory is made here, in this thread, before any recipe's
            # thread asks for a directory in it: pytest's factory is not safe to set up from two threads
            # at once (a recipe then failed with "neo4j-home is not a normalized and relative path")
            factory.getbasetemp()
            _jobs[name] = _pool.submit(RECIPES[name], factory)
        return _jobs[name]


def wait(name: str, factory: pytest.TempPathFactory) -> Any:
    """The value of ``name``'s recipe (begun now if it was not); raises what the recipe raised."""
    return begin(name, factory).result()[0]


def needed(items: list[pytest.Item]) -> list[str]:
    """The recipes the collected tests ask for (through any fixture they use), in RECIPES' order."""
    asked = set().union(*(getattr(item, "fixturenames", ()) for item in items)) if items else set()
    return [name for name in RECIPES if name in asked]


def finish() -> None:
    """Wait for every recipe begun and run its clean-up (a recipe that failed has nothing to clean),
    then undo what was prepared."""
    global _pool
    for job in list(_jobs.values()):
        try:
            _value, clean = job.result()
        except BaseException:  # noqa: BLE001 - raised in the fixture that asked; nothing was started
            continue
        clean()
    _jobs.clear()
    while _undo:
        _undo.pop()()
    if _pool is not None:
        _pool.shutdown()
        _pool = None
