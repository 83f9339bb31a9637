"""The ``kg`` command. Thin: parse options, call one library function, print, turn errors into a line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from .errors import KGError

app = typer.Typer(
    help="rdkg: knowledge graphs from Chinese legislative work reports (人大常委会工作报告, 政府工作报告).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

_debug = False


@app.callback()
def main(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks instead of one-line errors.")] = False) -> None:
    global _debug
    _debug = debug


def _fail(err: Exception) -> None:
    if _debug:
        raise err
    typer.echo(f"kg: {err}", err=True)


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Report files (UTF-8 or GBK text); '-' reads stdin.")],
    format: Annotated[str, typer.Option("--format", "-f", help="json (the extraction contract) or table.")] = "json",
    force: Annotated[bool, typer.Option("--force", help="Extract even when a file does not look like a work report.")] = False,
) -> None:
    """Extract bodies, laws, decisions, initiatives, metrics, actions and relations with evidence.

    Example: kg extract report.txt --format table
    """
    from loaders.extract import extract as run
    from loaders.read import read_file

    from .render import extraction_table

    if format not in ("json", "table"):
        raise typer.BadParameter("use json or table", param_hint="--format")
    results = []
    failed = 0
    for f in files:
        try:
            results.append(run(read_file(f, force=force)))
        except KGError as err:
            _fail(err)
            failed += 1
    if format == "json":
        payload = [json.loads(r.model_dump_json()) for r in results]
        out = payload[0] if len(files) == 1 and payload else payload
        if results:
            sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    else:
        for r in results:
            typer.echo(extraction_table(r))
    if failed:
        raise typer.Exit(1)


@app.command()
def evaluate(
    report: Annotated[Path, typer.Argument(help="A report file.")],
    gold: Annotated[Path, typer.Argument(help="Its hand annotation (see tests/gold/README.md).")],
) -> None:
    """Score the extractor on an annotated report: precision, recall and F1 per kind.

    Example: kg evaluate tests/data/hebei-2026-government.txt tests/gold/hebei-2026-government.json
    """
    from loaders.extract import extract_file

    from .evaluate import load_gold, score, table

    try:
        ext = extract_file(str(report))
        typer.echo(table([(report.stem, score(ext, load_gold(gold)))]))
    except KGError as err:
        _fail(err)
        raise typer.Exit(1) from None


if __name__ == "__main__":  # pragma: no cover
    app()
