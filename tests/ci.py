"""What a test does when it cannot get what it needs: one rule for the whole suite; and the ports the
tests' own servers listen on (``free_port``, the library's, so every test takes ports one way).

Under CI (CI=true, also 1 or yes) it fails: a server or browser that cannot be had is a broken build.
Elsewhere it skips only when a program the project's set-up installs is missing (java, mvn, virtuoso-t,
chromium, the venv's ``kg``); anything else, such as the project's own server not starting or not
answering, fails everywhere: that is a bug, never a reason to skip.
"""

from __future__ import annotations

import os
from typing import NoReturn

import pytest

from kg.neo4j_server import free_port, free_ports  # noqa: F401 (the tests' one source of ports)

CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def unavailable(reason: str, *, missing: bool = True) -> NoReturn:
    """Skip (locally, when ``missing`` says a program is absent) or fail (under CI, or when nothing is missing)."""
    if CI:
        pytest.fail(f"{reason} (under CI nothing skips)")
    if not missing:
        pytest.fail(reason)
    pytest.skip(reason)
