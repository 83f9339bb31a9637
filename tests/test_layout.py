"""The README's Layout section and docs/architecture.md name every module of kg/ and loaders/: a module
is named when docs/architecture.md gives its dotted name (kg.loaders.lexicon) or the Layout's listing
gives its name (``cache``, ``neo4j_server.py``); a package by its folder (``serve/``) or dotted name."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
LAYOUT = re.search(r"^## Layout\n.*?```\n(.*?)```", README, re.S | re.M).group(1)
ARCHITECTURE = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")


def _tracked() -> list[str]:
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return [f for f in out.split("\0") if f]


def _modules() -> list[tuple[str, str]]:
    """(path, dotted name) of every tracked module and package folder under kg/ and loaders/ (loaders/ is kg.loaders)."""
    out = {}
    for f in _tracked():
        top, _, rest = f.partition("/")
        if top not in ("kg", "loaders") or not rest:
            continue
        package = "kg" if top == "kg" else "kg.loaders"
        parts = rest.split("/")
        for i in range(1, len(parts)):  # the folders on the way
            out[f"{top}/{'/'.join(parts[:i])}"] = ".".join([package, *parts[:i]])
        if f.endswith(".py") and parts[-1] != "__init__.py":
            out[f] = ".".join([package, *parts[:-1], parts[-1].removesuffix(".py")])
    return sorted(out.items())


@pytest.mark.parametrize(("path", "dotted"), _modules(), ids=lambda x: x)
def test_every_module_is_named_in_the_layout_or_the_architecture(path, dotted):
    name = dotted.rsplit(".", 1)[-1]
    in_layout = re.search(rf"(?<![\w.]){re.escape(name)}(/|\.py\b|\b)", LAYOUT)
    assert re.search(rf"\b{re.escape(dotted)}\b", ARCHITECTURE) or in_layout, (
        f"{path} ({dotted}) is named neither in README.md's Layout nor in docs/architecture.md")


def test_every_top_level_folder_is_in_the_layout():
    folders = {f.split("/", 1)[0] for f in _tracked() if "/" in f}
    missing = sorted(f for f in folders if not re.search(rf"^{re.escape(f)}/", LAYOUT, re.M))
    assert missing == [], f"README.md's Layout does not list {missing}"
