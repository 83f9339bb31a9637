"""The built wheel, installed into a fresh virtual environment, runs the main job outside the source
tree: extract → load → query → validate, with its data (lexicons, ontology, saved queries) read from
the installed package."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from . import early
from .conftest import SAMPLE

ROOT = Path(__file__).resolve().parent.parent


@early.recipe("installed")
def build_and_install(factory: pytest.TempPathFactory):  # noqa: ANN201
    """A fresh venv with the wheel built from this checkout: (its bin folder, nothing to clean). Run in the
    background from the session's start (tests/early.py)."""
    where = factory.mktemp("wheel")
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(where), str(ROOT)],
                           capture_output=True, text=True)
    assert built.returncode == 0, f"pip wheel failed: {built.stderr[-3000:]}"
    # every folder that installs (static/, java/, ontology/lexicon/ too) is in pyproject.toml's packages
    assert "BuildBackendWarning" not in built.stderr, built.stderr[-3000:]
    wheel = next(where.glob("rdkg-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "kg/ontology/lexicon/national_laws.tsv" in names and "kg/queries/reports.rq" in names
    # the query page and the entity page, with the vendored drawing library, work from the wheel
    assert {"kg/static/page.js", "kg/static/entity.js", "kg/static/vendor/cytoscape.min.js", "kg/entity.py"} <= set(names)
    assert not any(n.startswith(("loaders/", "ontology/", "queries/")) for n in names), "a generic top-level package"
    venv = where / "venv"
    # installed into the fresh venv by this one's pip (--python), without byte-compiling every dependency
    # before its first use: the same files land in site-packages; a venv of its own pip (ensurepip) and the
    # compiling took 14 s of CPU, 3.5 s this way, at the session's start where both cores are busiest
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "-q", "--no-compile",
                    str(wheel)], check=True, capture_output=True)
    return venv / "bin", lambda: None


@pytest.fixture(scope="module")
def installed(tmp_path_factory, _early) -> Path:
    """The bin folder of a fresh venv with the wheel built from this checkout."""
    return early.wait("installed", tmp_path_factory)


def _kg(bin_: Path, cwd: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "RDKG_STORE", "VIRTUAL_ENV")}
    res = subprocess.run([str(bin_ / "kg"), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    return res.stdout


def test_the_wheel_runs_the_main_job_outside_the_tree(installed, tmp_path):
    report = tmp_path / "report.txt"
    report.write_bytes(SAMPLE.read_bytes())
    out = json.loads(_kg(installed, tmp_path, "extract", str(report)))
    assert out["report"]["jurisdiction"] == "重庆市" and len(out["laws"]) > 50
    _kg(installed, tmp_path, "load", str(report))
    assert (tmp_path / ".rdkg").is_dir()  # the store is in the working directory, not the package
    rows = json.loads(_kg(installed, tmp_path, "query", "laws_serving_strategies", "-f", "json"))
    assert len(rows) > 50
    assert "laws_serving_strategies" in _kg(installed, tmp_path, "queries")
    assert "conforms" in _kg(installed, tmp_path, "validate")
    # the package imports from site-packages, not from this checkout
    where = subprocess.run([str(installed / "python"), "-c", "import kg.loaders; print(kg.loaders.__file__)"],
                           cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    assert "site-packages" in where and str(ROOT) not in where
