"""README.md is true: its parameter table is the one the saved queries' headers give
(scripts/readme.py), and every block it marks runnable runs, from a copy of the repository, with the
output it shows: `make demo` with this venv, `make serve` in the background and curl against it, the
Fuseki and Virtuoso commands and the Python lines against them (real servers, on free ports), and every
command of the listing answers --help with the options it names. Under CI=true nothing here skips."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from kg import neo4j_server as n4
from tests.ci import unavailable
from tests.test_server import ROOT
from tests.triplestore_fixture import share_fuseki

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
    assert all(e.script.strip() for e in EXAMPLES) and any(e.output for e in EXAMPLES)
    scripts = [e.script for e in EXAMPLES]
    for command in ("make demo", "make serve", "curl", "kg fuseki start", "kg virtuoso start", "SparqlStore(",
                    "kg.open_store("):
        assert any(command in s for s in scripts), f"no runnable block runs {command}"
    assert [e.how for e in EXAMPLES if "make serve" in e.script] == ["background"]
    # every sh block of the README is run, except the first (`make test` is this suite) and the Neo4j one
    # (the Neo4j tests run its steps against their own server)
    sh = re.findall(r"^```sh\n(.*?)^```$", TEXT, re.S | re.M)
    unrun = [b for b in sh if b not in scripts]
    assert all("make test" in b or "make neo4j" in b for b in unrun), unrun


def test_make_demo_installs_only_the_runtime(tmp_path):
    """`make demo` installs rdkg alone; the test tools come with `make test` (a dry run, no venv made)."""
    def dry(target: str) -> str:
        env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}
        return subprocess.run(["make", "-n", target, f"VENV={tmp_path / 'venv'}"], cwd=ROOT, env=env,
                              capture_output=True, text=True, check=True).stdout
    demo, test = dry("demo"), dry("test")
    assert "pip install --quiet -e .\n" in demo and "[test]" not in demo, demo
    assert "pip install --quiet -e '.[test]'" in test


@pytest.fixture(scope="module")
def copy(tmp_path_factory) -> Path:
    """The repository as a fresh clone has it (no venv, no store), sharing this test run's venv."""
    if not (VENV / ".installed").exists() or not (VENV / "bin" / "kg").exists():
        unavailable(f"{VENV} was not set up by `make setup`")
    dst = tmp_path_factory.mktemp("readme") / "rdkg"
    shutil.copytree(ROOT, dst, ignore=shutil.ignore_patterns(
        ".git", ".venv", ".neo4j", ".triplestores", ".rdkg", "build", "*.egg-info", "__pycache__", ".pytest_cache", ".ruff_cache"))
    # make must see the venv as set up for this tree (it reinstalls when pyproject.toml is newer)
    stamp = (VENV / ".installed").stat().st_mtime
    os.utime(dst / "pyproject.toml", (stamp - 1, stamp - 1))
    return dst


def _env(ports: dict[int, int]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RDKG_", "MAKE"))}
    env.update(PATH=f"{VENV / 'bin'}{os.pathsep}{env.get('PATH', '')}", VENV=str(VENV), SERVE_PORT=str(ports[8000]))
    return env


def _script(ex, ports: dict[int, int]) -> list[str]:  # noqa: ANN001
    """The block as a command, its servers' ports replaced by this run's free ones."""
    text = ex.script
    for readme_port, port in ports.items():
        text = text.replace(f"127.0.0.1:{readme_port}", f"127.0.0.1:{port}")
    text = text.replace("kg fuseki start", f"kg fuseki start --port {ports[3030]}")
    text = text.replace("kg virtuoso start", f"kg virtuoso start --port {ports[8890]} --sql-port {ports[1111]}")
    if ex.lang == "python":
        return [str(VENV / "bin" / "python"), "-c", text]
    return ["bash", "-e", "-o", "pipefail", "-c", text]


def _answers(url: str, proc: subprocess.Popen, wait: float = 120.0) -> None:
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"{url}: the background block exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except (OSError, urllib.error.URLError):
            time.sleep(0.3)
    pytest.fail(f"{url}: no answer within {wait:.0f} s")


@pytest.fixture(scope="module")
def servers_shared(copy) -> Path:
    """The copy shares the Fuseki jars and the bearer-token module this checkout assembled (`make
    triplestores`), as a clone that ran it would have them; `kg fuseki install` in the README then finds
    them in place."""
    share_fuseki(ROOT / ".triplestores" / "fuseki", copy / ".triplestores" / "fuseki")
    return copy


def test_runnable_examples_run_and_print_what_the_readme_shows(copy, servers_shared):
    ports = dict(zip((8000, 3030, 8890, 1111), n4.free_ports(4), strict=True))
    env = _env(ports)
    background: list[subprocess.Popen] = []
    try:
        for ex in EXAMPLES:  # in order: a later block may use the store or the server an earlier one made
            where = f"README.md:{ex.line}"
            if ex.how == "commands":
                named: dict[tuple[str, ...], list[str]] = {}  # each command's --help once, for every line naming it
                for cmd, options in ex.commands():
                    known = named.setdefault(tuple(cmd), [])
                    known += [o for o in options if o not in known]
                for cmd, options in ((list(c), o) for c, o in named.items()):
                    done = subprocess.run([str(VENV / "bin" / cmd[0]), *cmd[1:], "--help"], cwd=copy, env=env,
                                          capture_output=True, text=True, timeout=120)
                    assert done.returncode == 0, f"{where}: {' '.join(cmd)} --help: exit {done.returncode}"
                    missing = [o for o in options if o not in done.stdout]
                    assert not missing, f"{where}: {' '.join(cmd)} --help does not list {missing}"
                continue
            if ex.how == "background":
                log = (copy / f"background-{ex.line}.log").open("wb")
                background.append(subprocess.Popen(_script(ex, ports), cwd=copy, env=env, stdout=log,
                                                   stderr=subprocess.STDOUT, start_new_session=True))
                _answers(f"http://127.0.0.1:{ports[8000]}/queries", background[-1])
                continue
            done = subprocess.run(_script(ex, ports), cwd=copy, env=env, capture_output=True, text=True, timeout=600)
            assert done.returncode == 0, f"{where}: exit {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
            if ex.output is not None:
                assert readme.shows(done.stdout, ex.output), f"{where}: the output differs from the README's:\n{done.stdout[-3000:]}"
    finally:
        for proc in background:  # the server the block started, and what it started (its process group)
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
        for server in ("fuseki", "virtuoso"):
            subprocess.run([str(VENV / "bin" / "kg"), server, "stop"], cwd=copy, env=env, capture_output=True, timeout=120)
