"""What benchmarks/ctrl_c.py and benchmarks/commit_window.py share: a large report grown from the
reports of a folder, and a scratch folder whose figures are written as JSON at the end and which is
removed after, whatever happened."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SALUTATION = "各位代表："


def reports(folder: Path) -> tuple[str, list[str]]:
    """The largest report under ``folder`` and the bodies of the others (each after its salutation:
    titles, bylines and salutations cut, so that text added to a report leaves it one report)."""
    texts = {p: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
    largest = max(texts, key=lambda p: len(texts[p]))
    bodies = [t.split(SALUTATION, 1)[1] for p, t in texts.items() if p != largest and SALUTATION in t]
    return texts[largest], bodies


def grow(text: str, bodies: list[str], size: int) -> str:
    """``text`` followed by as many of ``bodies`` as it takes to reach ``size`` characters."""
    for body in bodies:
        if len(text) >= size:
            break
        text += "\n" + body
    return text


@contextmanager
def scratch(prefix: str, json_out: Path | None) -> Iterator[tuple[Path, dict[str, object]]]:
    """A temporary folder and the dict of figures to fill; the figures go to ``json_out`` (if given)
    when the run ends without an error, and the folder is removed in any case."""
    work = Path(tempfile.mkdtemp(prefix=prefix))
    out: dict[str, object] = {}
    try:
        yield work, out
        if json_out:
            json_out.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)
