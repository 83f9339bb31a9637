"""Readable tables for the terminal (rich handles the width of Chinese characters)."""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table

from .model import Extraction

_ACTION_ZH = {
    "enacted": "制定",
    "revised": "修订",
    "amended": "修改",
    "approved": "审查批准",
    "reviewing": "审议",
    "inspected": "执法检查",
    "repealed": "废止",
    "cleaned": "清理",
    "other": "其他",
}


def render(tables: Sequence[Table], width: int = 140) -> str:
    buf = io.StringIO()
    console = Console(file=buf, width=width, force_terminal=False, color_system=None)
    for t in tables:
        console.print(t)
    return buf.getvalue()


def rows_table(title: str, columns: Sequence[str], rows: Sequence[Sequence[object]]) -> Table:
    t = Table(title=title, title_justify="left", show_lines=False)
    for c in columns:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*["" if v is None else str(v) for v in r])
    return t


def extraction_table(ext: Extraction) -> str:
    r = ext.report
    names = {x.id: x.title for x in ext.laws} | {x.id: x.name for x in ext.decisions}
    names |= {x.id: x.name for x in ext.initiatives} | {x.id: x.canonical for x in ext.bodies}
    evidence = {e.id: e for e in ext.evidence}
    head = rows_table(
        f"{r.title} ({r.jurisdiction}, {r.date or r.year or '?'})",
        ["kind", "count"],
        [
            ("bodies", len(ext.bodies)),
            ("laws", len(ext.laws)),
            ("decisions", len(ext.decisions)),
            ("initiatives", len(ext.initiatives)),
            ("metrics", len(ext.metrics)),
            ("actions", len(ext.actions)),
            ("relations", len(ext.relations)),
        ],
    )
    actions = rows_table(
        "Laws and decisions: what was done",
        ["law or decision", "action", "period", "year"],
        [(names.get(a.law, a.law), _ACTION_ZH[a.type], a.period, a.year) for a in ext.actions],
    )
    serves = rows_table(
        "Which laws serve which strategy",
        ["law or decision", "serves", "evidence"],
        [
            (names.get(x.source, x.source), names.get(x.target, x.target), _short(evidence[x.evidence].text) if x.evidence else "")
            for x in ext.relations
            if x.type == "serves"
        ],
    )
    metrics = rows_table(
        "Metrics",
        ["figure", "value", "unit", "subject", "qualifier", "kind", "period"],
        [(_short(m.text, 30), f"{m.value:g}", m.unit, m.subject, m.qualifier, m.kind, m.period) for m in ext.metrics],
    )
    bodies = rows_table("Bodies", ["name", "canonical", "kind"], [(b.name, b.canonical, b.kind) for b in ext.bodies])
    return render([head, actions, serves, metrics, bodies])


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def readable_columns(columns: Sequence[str]) -> list[str]:
    """The columns a person reads: a saved question names an entity by two columns, ``X`` (its name) and
    ``X_iri`` (the entity's IRI); a table shows the name, JSON and CSV both."""
    return [c for c in columns if not (c.endswith("_iri") and c[: -len("_iri")] in columns)]


def print_rows(columns: Sequence[str], rows: Sequence[dict[str, object]], fmt: str = "table") -> None:
    """Print query rows as a table, JSON (a list of objects) or CSV."""
    import csv
    import json
    import sys

    if fmt == "json":
        sys.stdout.write(json.dumps(list(rows), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=list(columns), extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow(r)
    elif fmt == "table":
        shown = readable_columns(columns)
        sys.stdout.write(render([rows_table(f"{len(rows)} rows", shown, [[r.get(c) for c in shown] for r in rows])]))
    else:
        raise ValueError(f"unknown format {fmt!r}: use table, json or csv")
