"""README.md is true: its parameter table is the one the saved queries' headers give
(scripts/readme.py), and every block it marks runnable runs, from a copy of the repository, with the
output it shows (`make demo` with this venv, `kg serve` and curl against the copy's store)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ci import unavailable
from tests.test_server import ROOT, Server

_spec = importlib.util.spec_from_file_location("readme_script", ROOT / "scripts" / "readme.py")
readme = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = readme  # dataclasses look their module up there
_spec.loader.exec_module(readme)

TEXT = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLES = readme.examples(TEXT)
VENV = Path(sys.prefix)


def test_parameter_table_is_generated_from_the_saved_queries():
    assert readme.with_table(TEXT, readme.params_table()) == TEXT, "run python scripts/readme.py"
    for name in ("laws_by_action", "figures_by_subject", "evidence"):
        assert f"| `{name}` |" in TEXT


def test_the_readme_marks_examples_runnable():
    assert len(EXAMPLES) >= 2 and any(e.serve for e in EXAMPLES) and all(e.script.strip() for e in EXAMPLES)
    assert any("make demo" in e.script for e in EXAMPLES) and any(e.output for e in EXAMPLES)


@pytest.fixture(scope="module")
def copy(tmp_path_factory) -> Path:
    """The repository as a fresh clone has it (no venv, no store), sharing this test run's venv."""
    if not (VENV / ".installed").exists() or not (VENV / "bin" / "kg").exists():
        unavailable(f"{VENV} was not set up by `make setup`")
    dst = tmp_path_factory.mktemp("readme") / "rdkg"
    shutil.copytree(ROOT, dst, ignore=shutil.ignore_patterns(
        ".git", ".venv", ".neo4j", ".rdkg", "build", "*.egg-info", "__pycache__", ".pytest_cache", ".ruff_cache"))
    # make must see the venv as set up for this tree (it reinstalls when pyproject.toml is newer)
    stamp = (VENV / ".installed").stat().st_mtime
    os.utime(dst / "pyproject.toml", (stamp - 1, stamp - 1))
    return dst


def _run(script: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RDKG_", "MAKE"))}
    env.update(PATH=f"{VENV / 'bin'}{os.pathsep}{env.get('PATH', '')}", VENV=str(VENV))
    return subprocess.run(["bash", "-e", "-o", "pipefail", "-c", script], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)


def test_runnable_examples_run_and_print_what_the_readme_shows(copy):
    for ex in EXAMPLES:  # in order: a later block may use the store an earlier one loaded
        server = None
        script = ex.script
        if ex.serve:
            server = Server(copy / ".rdkg").start()
            script = script.replace("127.0.0.1:8000", f"127.0.0.1:{server.port}")
        try:
            done = _run(script, copy)
        finally:
            if server:
                server.stop()
        where = f"README.md:{ex.line}"
        assert done.returncode == 0, f"{where}: exit {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
        if ex.output is not None:
            assert readme.shows(done.stdout, ex.output), f"{where}: the output differs from the README's:\n{done.stdout[-3000:]}"
