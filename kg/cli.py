"""The ``kg`` command. Thin: parse options, call one library function, print; one error handler turns
every user error into one line naming the thing and the fix (``kg --debug …`` shows tracebacks)."""

from __future__ import annotations

import functools
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

try:  # typer 0.2x vendors click; its exceptions are the ones raised
    from typer._click import exceptions as click_errors
except ImportError:  # pragma: no cover - a typer that uses click itself
    from click import exceptions as click_errors

from . import __version__
from .errors import KGError
from .ids import DEFAULT_BASE


class _OneLineErrors(TyperGroup):
    """Usage errors (an unknown option, a choice not offered) as one line too, naming the fix."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            rv = super().main(args, prog_name, complete_var, False, **extra)
        except click_errors.NoArgsIsHelpError as err:
            typer.echo(err.ctx.get_help() if err.ctx else "", err=True)
            sys.exit(err.exit_code)
        except click_errors.UsageError as err:
            cmd = err.ctx.command_path if err.ctx else "kg"
            msg = err.format_message().replace("Value error, ", "")
            typer.echo(f"kg: {msg} (see `{cmd} --help`)", err=True)
            sys.exit(err.exit_code)
        except click_errors.ClickException as err:
            typer.echo(f"kg: {err.format_message()}", err=True)
            sys.exit(err.exit_code)
        except typer.Abort:
            typer.echo("kg: interrupted", err=True)
            sys.exit(130)
        sys.exit(rv if isinstance(rv, int) else 0)


app = typer.Typer(
    cls=_OneLineErrors,
    help="rdkg: knowledge graphs from Chinese legislative work reports (人大常委会工作报告, 政府工作报告).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

_debug = False


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg (rdkg) {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks instead of one-line errors.")] = False,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    global _debug
    _debug = debug
    _quiet_jieba()


def _quiet_jieba() -> None:
    """jieba reports its dictionary loading ("Building prefix dict …", four lines) on its logger at
    DEBUG: not for people who asked for one answer or one error line. A filter, because importing
    jieba sets its logger's level to DEBUG again (and the import waits until a text is extracted)."""
    import logging

    log = logging.getLogger("jieba")
    if _jieba_filter not in log.filters:
        log.addFilter(_jieba_filter)


def _jieba_filter(record: Any) -> bool:
    import logging

    return bool(record.levelno >= logging.WARNING)


def _fail(err: BaseException) -> None:
    """One line on stderr (the traceback with --debug)."""
    if _debug:
        raise err
    typer.echo(f"kg: {_one_line(err)}", err=True)


def _one_line(err: BaseException) -> str:
    if isinstance(err, KGError):
        return str(err)
    if isinstance(err, ModuleNotFoundError):
        pkg = (err.name or "?").split(".")[0]
        return (f"this needs the Python package {pkg!r}, which is not installed; install it with "
                f"`pip install {pkg}` (or reinstall rdkg)")
    if isinstance(err, OSError):
        where = err.filename or ""
        return f"{where}: {err.strerror or err}" if where else f"{err.strerror or err}"
    return (f"internal error {type(err).__name__}: {(str(err).splitlines() or [''])[0]} "
            "(run `kg --debug …` for the traceback and report it)")


def _handled(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The one error handler: a user error is one line and exit 1 (the traceback with --debug), Ctrl-C exits 130."""

    @functools.wraps(fn)
    def run(*a: Any, **k: Any) -> Any:
        try:
            return fn(*a, **k)
        except (typer.Exit, typer.Abort, typer.BadParameter):
            raise
        except BrokenPipeError:  # the reader went (`kg queries | head -1`): nothing went wrong, say nothing
            try:  # and let nothing still buffered for stdout fail again at exit
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            except (OSError, ValueError):
                pass
            raise typer.Exit(141) from None  # as a command killed by SIGPIPE
        except KeyboardInterrupt as err:
            summary = getattr(err, "summary", None)  # kg load's: what the store holds now
            typer.echo("kg: interrupted (Ctrl-C)" + (f"; {summary.stop_line()}" if summary else ""), err=True)
            _exit_now(130)
            raise typer.Exit(130) from None
        except Exception as err:  # noqa: BLE001 - the one handler: a line, or the traceback with --debug
            _fail(err)
            raise typer.Exit(1) from None

    return run


def _exit_now(code: int) -> None:
    """End the program at once when it is the process (not a test's in-process runner): after Ctrl-C,
    freeing a large extraction and jieba's dictionary object by object takes seconds on a busy machine.
    Every store was closed or its writer killed before; only stdout and stderr need flushing, and the
    helper processes the writer came from must not outlive the program holding them open."""
    if sys.stdout is sys.__stdout__ and sys.stderr is sys.__stderr__:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        writer = sys.modules.get("kg.stores.writer")  # imported only if a writer was started
        if writer is not None:
            writer.end_helpers()
        os._exit(code)


def command(*args: Any, **kwargs: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``app.command`` with the one error handler."""
    return lambda fn: app.command(*args, **kwargs)(_handled(fn))


class Out(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class ExtractFormat(StrEnum):
    json = "json"
    table = "table"


class ExportFormat(StrEnum):
    trig = "trig"
    ttl = "ttl"
    nt = "nt"
    nq = "nq"
    jsonld = "jsonld"
    jsonl = "jsonl"


class Backend(StrEnum):
    rdf = "rdf"
    neo4j = "neo4j"


@command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Report files (UTF-8 or GBK text); '-' reads stdin.")],
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="json (the extraction contract) or table.")] = ExtractFormat.json,
    force: Annotated[bool, typer.Option("--force", help="Extract files that do not look like a work report, or are larger than any, too.")] = False,
) -> None:
    """Extract bodies, laws, decisions, initiatives, metrics, actions and relations with evidence.

    A file that holds several reports gives one extraction for each (named FILE#1, FILE#2 …).

    Example: kg extract report.txt --format table
    """
    from .batch import extract_path
    from .render import extraction_table

    results = []
    failed = 0
    for f in files:
        try:
            results += extract_path(f, force)
        except KGError as err:
            _fail(err)
            failed += 1
    if format is ExtractFormat.json:
        payload = [json.loads(r.model_dump_json()) for r in results]
        out = payload[0] if len(files) == 1 and len(payload) == 1 else payload
        if results:
            sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    else:
        for r in results:
            typer.echo(extraction_table(r))
    if failed:
        raise typer.Exit(1)


def _read_gold(path: Path) -> dict[str, Any]:
    from .evaluate import KINDS

    hint = "a gold file is JSON as tests/gold/README.md describes"
    if not path.is_file():
        raise KGError(f"{path}: no such gold file ({hint})")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise KGError(f"{path}: binary data, not a JSON gold file ({hint})") from None
    except json.JSONDecodeError as err:
        raise KGError(f"{path}: not JSON ({err.msg} at line {err.lineno}); {hint}") from None
    if not isinstance(data, dict):
        raise KGError(f"{path}: a gold file is a JSON object with lists {', '.join(KINDS)} ({hint})")
    if not any(data.get(k) for k in KINDS):
        raise KGError(f"{path}: annotates nothing (its lists {', '.join(KINDS)} are empty or missing), "
                      "so every score would be meaningless; annotate the report first")
    return data


@command()
def evaluate(
    report: Annotated[Path, typer.Argument(help="A report file.")],
    gold: Annotated[Path, typer.Argument(help="Its hand annotation (see tests/gold/README.md).")],
) -> None:
    """Score the extractor on an annotated report: precision, recall and F1 per kind.

    Example: kg evaluate tests/data/hebei-2026-government.txt tests/gold/hebei-2026-government.json
    """
    from .batch import extract_path
    from .evaluate import score, table

    data = _read_gold(gold)
    exts = extract_path(str(report))
    if len(exts) != 1:
        raise KGError(f"{report}: holds {len(exts)} reports; a gold file annotates one, so split the file first")
    typer.echo(table([(report.stem, score(exts[0], data))]))


# ------------------------------------------------------------------ stores

StoreOpt = Annotated[
    str | None,
    typer.Option("--store", envvar="RDKG_STORE", show_default=False,
                 help="The store: a folder or rdf:PATH (the embedded store, default ./.rdkg), memory:, "
                      "bolt://HOST:PORT or neo4j://HOST:PORT (Neo4j), sparql+http(s)://HOST/PATH (a SPARQL 1.1 store); "
                      "or $RDKG_STORE."),
]
BackendOpt = Annotated[Backend | None, typer.Option("--backend", help="rdf or neo4j: the older spelling of --store "
                                                                      "(--backend neo4j is --store $NEO4J_URI).")]
BaseOpt = Annotated[str, typer.Option("--base", envvar="RDKG_BASE", help=f"Base of the IRIs (default {DEFAULT_BASE}).")]
Neo4jUri = Annotated[str | None, typer.Option("--uri", help="With --backend neo4j: the server "
                                                             "(default $NEO4J_URI or bolt://127.0.0.1:7687).")]
Neo4jUser = Annotated[str | None, typer.Option("--user", envvar="NEO4J_USER", help="Neo4j user (default neo4j).")]
Neo4jPassword = Annotated[str | None, typer.Option("--password", envvar="NEO4J_PASSWORD", show_default=False,
                                                   help="Neo4j password (default: the local server's, .neo4j/password).")]
Neo4jDatabase = Annotated[str | None, typer.Option("--database", envvar="NEO4J_DATABASE",
                                                   help="Neo4j database (default: the server's default).")]
FormatOpt = Annotated[Out, typer.Option("--format", "-f", help="table, json or csv.")]


@contextmanager
def _open(store: str | None, backend: Backend | None = None, *, read_only: bool = False, create: bool = True,
          base: str = DEFAULT_BASE,
          uri: str | None = None, user: str | None = None, password: str | None = None,
          database: str | None = None) -> Iterator[Any]:
    """Open the store the options name (kg.stores.open_store) for one command, and close it after."""
    from .stores import open_store, spec_for

    spec = spec_for(store, backend.value if backend else None, uri)
    options = {k: v for k, v in {"user": user, "password": password, "database": database}.items() if v is not None}
    st = open_store(spec, read_only=read_only, create=create, base=base, **options)
    try:
        yield st
    finally:
        st.close()


@command()
def load(
    paths: Annotated[list[str], typer.Argument(help="Report files or folders of them to extract and load ('-' reads stdin).")],
    store: StoreOpt = None,
    backend: BackendOpt = None,
    force: Annotated[bool, typer.Option("--force", help="Load files that do not look like work reports, or are larger than any, too.")] = False,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="Processes that extract (default: one per core).")] = None,
    base: BaseOpt = DEFAULT_BASE,
    uri: Neo4jUri = None,
    user: Neo4jUser = None,
    password: Neo4jPassword = None,
    database: Neo4jDatabase = None,
) -> None:
    """Extract reports and load them, each as its own named graph; loading again replaces a report whole.

    A folder loads every report file below it, extracting on all cores; a file holding several reports
    loads each. The last line sums up: loaded, replaced, refused, time. Ctrl-C stops at once and the
    store keeps every report whole (the one being written keeps its earlier version).

    Example: kg load samples/chongqing-2026-rd-standing-committee.txt

    Example: kg load --store bolt://127.0.0.1:7687 samples/

    Example: kg load --backend neo4j samples/*.txt
    """
    from rich.progress import Progress

    from .batch import load_files, report_files
    from .stores.base import LoadResult

    files = report_files(paths)
    with _open(store, backend, base=base, uri=uri, user=user, password=password, database=database) as st:
        with Progress(transient=True, disable=len(files) < 3 or not sys.stderr.isatty()) as progress:
            task = progress.add_task("loading", total=len(files))
            seen: set[str] = set()

            def said(path: str, res: LoadResult | str) -> None:
                if path not in seen:
                    seen.add(path)
                    progress.advance(task)
                if isinstance(res, str):
                    typer.echo(f"kg: {res}", err=True)
                else:
                    verb = "replaced" if res.replaced else "loaded"
                    typer.echo(f"{verb} {path}: {res.summary()}")

            summary = load_files(st, files, force=force, jobs=jobs, on_result=said)
    # the sum-up under a batch: several files, a folder (even of one file), or a file of several reports
    folder = any(p != "-" and Path(p).is_dir() for p in paths)
    if len(files) > 1 or folder or summary.loaded + summary.replaced > 1:
        typer.echo(summary.line(), err=True)
    if summary.refused:
        raise typer.Exit(1)


@command()
def remove(
    report: Annotated[str, typer.Argument(help="The report's id, IRI, or a unique part of its id or title.")],
    store: StoreOpt = None,
    backend: BackendOpt = None,
    base: BaseOpt = DEFAULT_BASE,
    uri: Neo4jUri = None,
    user: Neo4jUser = None,
    password: Neo4jPassword = None,
    database: Neo4jDatabase = None,
) -> None:
    """Drop a report from the store with everything only it said (the same reference rules in every store).

    Example: kg remove 重庆市-2026

    Example: kg remove --backend neo4j 重庆市-2026
    """
    with _open(store, backend, create=False, base=base, uri=uri, user=user, password=password,
               database=database) as st:
        ref = st.remove(report)
    typer.echo(f"removed {ref.id} <{ref.iri}>")


@command()
def stats(
    store: StoreOpt = None,
    format: FormatOpt = Out.table,
    backend: BackendOpt = None,
    uri: Neo4jUri = None,
    user: Neo4jUser = None,
    password: Neo4jPassword = None,
    database: Neo4jDatabase = None,
) -> None:
    """Reports and entities in the store, and its size (quads; with Neo4j nodes and relationships by type).

    --format csv prints the reports only, as CSV.

    Example: kg stats --format json

    Example: kg stats --backend neo4j
    """
    from .render import print_rows

    with _open(store, backend, read_only=True, uri=uri, user=user, password=password, database=database) as st:
        info, reports = st.stats(), st.reports()
    rows = [{"report": r.title, "jurisdiction": r.jurisdiction, "date": r.date, "size": r.size, "id": r.id}
            for r in reports]
    if format is Out.json:
        typer.echo(json.dumps(info.as_dict() | {"report_list": [r.as_dict() for r in reports]}, ensure_ascii=False,
                              indent=2))
        return
    if format is Out.csv:
        print_rows(["report", "jurisdiction", "date", "size", "id"], rows, "csv")
        return
    typer.echo(f"{info.location}: {info.reports} reports, {info.size} {info.unit}")
    print_rows(["kind", "count"], [{"kind": k, "count": v} for k, v in info.entities.items()], "table")
    if info.relationships:
        print_rows(["type", "count"], [{"type": k, "count": v} for k, v in info.relationships.items()], "table")
    print_rows(["report", "jurisdiction", "date", "size", "id"], rows, "table")


def _writable_output(output: Path) -> None:
    if output.is_dir():
        raise KGError(f"{output}: is a folder; give a file name (-o {output / 'graph.trig'})")
    if not output.parent.is_dir():
        raise KGError(f"{output.parent}: no such folder; create it first or write elsewhere with -o")


@command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="ttl, nt, nq, trig or jsonld (RDF stores); jsonl (Neo4j).")] = ExportFormat.trig,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default stdout).")] = None,
    report: Annotated[str | None, typer.Option("--report", help="Only this report.")] = None,
    store: StoreOpt = None,
    backend: BackendOpt = None,
    uri: Neo4jUri = None,
    user: Neo4jUser = None,
    password: Neo4jPassword = None,
    database: Neo4jDatabase = None,
) -> None:
    """Serialise the store in a stable order: Turtle, N-Triples, N-Quads, TriG (named graphs), JSON-LD; a Neo4j store as JSON lines.

    Example: kg export --format ttl -o graph.ttl
    """
    from .stores.base import Exportable

    if output is not None:
        _writable_output(output)
    with _open(store, backend, read_only=True, uri=uri, user=user, password=password, database=database) as st:
        if not isinstance(st, Exportable):
            raise KGError(f"{st.location}: kg export writes an embedded or Neo4j store; ask this store itself, e.g. "
                          f"`kg sparql --store {store} 'CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}'` "
                          "(Turtle), or GET its Graph Store Protocol URL for TriG")
        if output is None:
            sys.stdout.buffer.write(st.export(format.value, None, report) or b"")
            return
        part = output.with_name(output.name + ".part")
        try:
            with part.open("wb") as fh:
                st.export(format.value, fh, report)
            part.replace(output)  # whole or not at all
        finally:
            part.unlink(missing_ok=True)
    typer.echo(f"wrote {output}", err=True)


@command()
def validate(
    store: StoreOpt = None,
    report: Annotated[str | None, typer.Option("--report", help="Only this report's graph.")] = None,
) -> None:
    """Check the store against the SHACL shapes in ontology/shapes.ttl; list violations readably.

    Example: kg validate
    """
    from .stores.base import EmbeddedEngine
    from .validate import validate_store

    with _open(store, read_only=True) as st:
        if not isinstance(st, EmbeddedEngine):
            raise KGError(f"{st.location}: kg validate checks the quads of an RDF store; use --store rdf:PATH")
        graph = st.find_report(report).iri if report else None
        result = validate_store(st, graph, _validate_progress(sys.stderr.isatty()))
    if result.conforms:
        typer.echo(f"conforms: {result.triples} quads checked against ontology/shapes.ttl")
        return
    for v in result.violations:
        typer.echo(str(v))
    typer.echo(f"{len(result.violations)} violations", err=True)
    raise typer.Exit(1)


def _validate_progress(tty: bool) -> Callable[[Any], None]:
    """How `kg validate` shows how far it has got, on stderr: one line rewritten after every graph on a
    terminal; elsewhere (a log, a pipe) a line at every tenth of the graphs, with the time so far."""
    import time

    start = time.monotonic()
    shown = 0

    def show(p: Any) -> None:
        nonlocal shown
        line = f"checked {p.done}/{p.total} graphs, {p.violations} violations, {time.monotonic() - start:.0f} s"
        if tty:
            typer.echo("\r" + line, err=True, nl=p.done == p.total)
        elif p.done == p.total or p.done * 10 // p.total > shown:
            shown = p.done * 10 // p.total
            typer.echo(line, err=True)

    return show


# an update's first keyword, after comments and PREFIX/BASE declarations
_UPDATE = re.compile(r"\s*(?:(?:#[^\n]*(?:\n|$)|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
                     r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)


@command()
def sparql(
    query: Annotated[str, typer.Argument(help="A SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE); '-' reads stdin.")],
    store: StoreOpt = None,
    format: FormatOpt = Out.table,
) -> None:
    """Run an ad-hoc SPARQL query over the union of the report graphs (prefixes rdkg:, eli:, skos: … predefined).

    Example: kg sparql 'SELECT ?law WHERE { ?l a rdkg:Law ; eli:title ?law } LIMIT 5'
    """
    import pyoxigraph as ox

    from .render import print_rows
    from .stores.base import QueryResult, SparqlCapable

    text = sys.stdin.read() if query == "-" else query
    if _UPDATE.match(text):
        raise KGError("kg sparql runs queries only (SELECT, ASK, CONSTRUCT, DESCRIBE); a store changes by reports: "
                      "`kg load REPORT`, `kg remove REPORT`; SPARQL Update goes to `kg serve --allow-update --token T` "
                      "(POST /sparql) or to a SPARQL store's own update endpoint")
    with _open(store, read_only=True) as st:
        if not isinstance(st, SparqlCapable):
            raise KGError(f"{st.location} does not answer SPARQL; use an RDF store (--store rdf:PATH or "
                          "sparql+http://…), or a saved query with `kg query`")
        result = st.sparql(text)
        if isinstance(result, ox.QueryBoolean):
            typer.echo("true" if bool(result) else "false")
        elif isinstance(result, ox.QuerySolutions):
            answer = QueryResult.from_solutions(result)
            print_rows(answer.columns, answer.rows, format.value)
        else:
            sys.stdout.buffer.write(ox.serialize(list(result), format=ox.RdfFormat.TURTLE) or b"")


@command("queries")
def list_queries() -> None:
    """List the saved queries with their questions and parameters.

    Example: kg queries
    """
    from .saved import catalogue

    for q in catalogue().values():
        typer.echo(f"{q.name}\n    {q.zh}\n    {q.en}")
        for p in q.params:
            opt = "optional" if p.optional else "required"
            typer.echo(f"    --param {p.name}=…  ({p.type}, {opt}) {p.help}")


@command()
def query(
    name: Annotated[str, typer.Argument(help="A saved query's name (see `kg queries`).")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="A parameter as name=value; repeat for several.")] = None,
    store: StoreOpt = None,
    format: FormatOpt = Out.table,
    backend: BackendOpt = None,
    base: BaseOpt = DEFAULT_BASE,
    uri: Neo4jUri = None,
    user: Neo4jUser = None,
    password: Neo4jPassword = None,
    database: Neo4jDatabase = None,
) -> None:
    """Run a saved query (its SPARQL, or on Neo4j its Cypher twin); parameters are bound, never pasted.

    Example: kg query laws_serving_strategies --param strategy=西部金融中心

    Example: kg query inspected_laws --backend neo4j --param jurisdiction=重庆市
    """
    from .render import print_rows
    from .saved import get, parse_params

    values = parse_params(param or [])
    get(name).bind(values)  # an unknown query or parameter is refused before the store is opened
    with _open(store, backend, read_only=True, base=base, uri=uri, user=user, password=password,
               database=database) as st:
        result = st.query(name, **values)
    print_rows(result.columns, result.rows, format.value)


@command()
def serve(
    store: StoreOpt = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    allow_update: Annotated[bool, typer.Option("--allow-update", help="Accept SPARQL Update (needs --token).")] = False,
    token: Annotated[
        str | None, typer.Option("--token", envvar="RDKG_TOKEN", help="Bearer token that updates must carry (or $RDKG_TOKEN).")
    ] = None,
    timeout: Annotated[float, typer.Option("--timeout", help="Time limit of one query, in seconds.")] = 30.0,
    max_rows: Annotated[int, typer.Option("--max-rows", help="Most result rows (or triples) one answer carries.")] = 10_000,
    max_body: Annotated[int, typer.Option("--max-body", help="Largest request body or query string, in bytes.")] = 1 << 20,
    workers: Annotated[int | None, typer.Option("--workers", help="Query worker processes (default: 2 to 4).")] = None,
    public_url: Annotated[str | None, typer.Option("--public-url", help="The root URL clients use (base IRI, service description).")] = None,
    max_memory: Annotated[int, typer.Option("--max-memory", help="MiB a query may add to its worker process (0: no limit).")] = 1024,
    slow_after: Annotated[float, typer.Option("--slow-after", help="Seconds after which a query moves to the slow lane.")] = 2.0,
    allow_load: Annotated[list[str] | None, typer.Option("--allow-load", help="A host URL or folder LOAD may read (repeat).")] = None,
    cache: Annotated[int, typer.Option("--cache", help="MiB of answers kept for repeated queries (0: none; never across a load).")] = 64,
    direct: Annotated[bool, typer.Option("--direct", help="Query workers answer /sparql queries on the connections "
                                         "themselves (read-only servers; README: kg serve).")] = False,
    queue_behind: Annotated[float, typer.Option("--queue-behind", help="Seconds a running query may have the next one "
                                                "queued in its worker (0: never; README: kg serve).")] = 0.05,
) -> None:
    """Serve the store as a SPARQL 1.1 endpoint (/sparql) with a query page (/) and the saved queries (/queries).

    Example: kg serve --port 8000   (then open http://127.0.0.1:8000/)
    """
    from .server import serve as run
    from .stores import spec_for

    run(spec_for(store), host=host, port=port, allow_update=allow_update, token=token, timeout=timeout,
        max_rows=max_rows, max_body=max_body, workers=workers, public_url=public_url, max_memory_mib=max_memory,
        slow_after=slow_after, allow_load=allow_load, cache_mib=cache, direct=direct, queue_behind=queue_behind)


# ------------------------------------------------------------------ a local Neo4j server

neo4j_app = typer.Typer(help="A local Neo4j Community server (from Maven Central) in .neo4j/ or $RDKG_NEO4J_HOME.",
                        no_args_is_help=True)
app.add_typer(neo4j_app, name="neo4j")


def _triplestore_apps() -> None:
    """kg fuseki … and kg virtuoso …: local Apache Jena Fuseki and OpenLink Virtuoso (kg.triplestores)."""
    from .triplestores import fuseki_app, virtuoso_app

    app.add_typer(fuseki_app, name="fuseki")
    app.add_typer(virtuoso_app, name="virtuoso")


_triplestore_apps()


def _neo4j_command(*args: Any, **kwargs: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``neo4j_app.command`` with the one error handler."""
    return lambda fn: neo4j_app.command(*args, **kwargs)(_handled(fn))


HomeOpt = Annotated[
    Path | None,
    typer.Option("--home", envvar="RDKG_NEO4J_HOME", help="The server's folder (default .neo4j/ at the project root)."),
]


def _neo4j_status_lines(st) -> None:
    state = "running" if st.ready else ("starting (not answering yet)" if st.running else "stopped")
    typer.echo(f"neo4j: {state}" + (f" (pid {st.pid})" if st.pid else ""))
    typer.echo(f"version: {st.version or 'not installed'}" + (f" {st.edition}" if st.edition else ""))
    typer.echo(f"bolt: {st.bolt_uri}")
    typer.echo(f"browser: {st.browser_url}")
    typer.echo(f"user: neo4j, password in {st.password_file}")
    typer.echo(f"store: {st.store}")


@_neo4j_command("install")
def neo4j_install(home: HomeOpt = None) -> None:
    """Fetch Neo4j Community 5.26 and Neo4j Browser with Maven (needs Java 17+ and mvn; about 140 MB).

    Example: kg neo4j install
    """
    from . import neo4j_server as n4

    done = n4.install(home)
    typer.echo(f"neo4j: {'installed' if done else 'already installed'} {n4.NEO4J_VERSION} in {home or n4.default_home()}")


@_neo4j_command("start")
def neo4j_start(
    home: HomeOpt = None,
    http_port: Annotated[int, typer.Option("--http-port", help="HTTP port (Neo4j Browser), on 127.0.0.1.")] = 7474,
    bolt_port: Annotated[int, typer.Option("--bolt-port", help="Bolt port, on 127.0.0.1.")] = 7687,
    heap: Annotated[str, typer.Option("--heap", help="Java heap size, e.g. 256m or 1g.")] = "256m",
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds to wait until it answers.")] = 120.0,
) -> None:
    """Start the server in the background (loopback only, auth on) and wait until it answers.

    Example: kg neo4j start --http-port 7474 --bolt-port 7687
    """
    from . import neo4j_server as n4

    st, started = n4.start(home, http_port=http_port, bolt_port=bolt_port, heap=heap, timeout=timeout)
    if not started:
        typer.echo("neo4j: already running")
    _neo4j_status_lines(st)


@_neo4j_command("stop")
def neo4j_stop(
    home: HomeOpt = None,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds to wait before killing it.")] = 60.0,
) -> None:
    """Stop the server started from this folder (SIGTERM, then SIGKILL after --timeout).

    Example: kg neo4j stop
    """
    from . import neo4j_server as n4

    pid = n4.stop(home, timeout=timeout)
    typer.echo(f"neo4j: stopped (pid {pid})" if pid else "neo4j: not running")


@_neo4j_command("status")
def neo4j_status(
    home: HomeOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Say whether the server runs, on which ports, its pid, version and store folder (never the password).

    Example: kg neo4j status --json
    """
    from . import neo4j_server as n4

    st = n4.status(home)
    if as_json:
        typer.echo(json.dumps(st.as_dict(), indent=2))
    else:
        _neo4j_status_lines(st)


if __name__ == "__main__":  # pragma: no cover
    app()
