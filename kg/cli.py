"""The ``kg`` command. Thin: parse options, call one library function, print, turn errors into a line."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .errors import KGError
from .ids import DEFAULT_BASE

if TYPE_CHECKING:
    from .stores.rdf import RDFStore

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
    from kg.loaders.extract import extract as run
    from kg.loaders.read import read_file

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
    from kg.loaders.extract import extract_file

    from .evaluate import load_gold, score, table

    try:
        ext = extract_file(str(report))
        typer.echo(table([(report.stem, score(ext, load_gold(gold)))]))
    except KGError as err:
        _fail(err)
        raise typer.Exit(1) from None


# ------------------------------------------------------------------ the embedded RDF store

StoreOpt = Annotated[
    Path,
    typer.Option("--store", envvar="RDKG_STORE", help="The embedded store's folder (default ./.rdkg, or $RDKG_STORE)."),
]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")]
BaseOpt = Annotated[
    str, typer.Option("--base", envvar="RDKG_BASE", help=f"Base of the IRIs (default {DEFAULT_BASE}).")
]


@contextmanager
def _store(store: Path, read_only: bool = False) -> Iterator[RDFStore]:
    """Open the store for one command and release its lock when the command ends."""
    from .stores.rdf import RDFStore

    try:
        st = RDFStore(store, read_only=read_only)
    except KGError as err:
        _fail(err)
        raise typer.Exit(1) from None
    try:
        yield st
    finally:
        st.close()


Neo4jUri = Annotated[str | None, typer.Option("--uri", envvar="NEO4J_URI",
                                               help="Neo4j URI (default bolt://127.0.0.1:7687; neo4j:// for clusters).")]
Neo4jUser = Annotated[str | None, typer.Option("--user", envvar="NEO4J_USER", help="Neo4j user (default neo4j).")]
Neo4jPassword = Annotated[str | None, typer.Option("--password", envvar="NEO4J_PASSWORD", show_default=False,
                                                   help="Neo4j password (default: the local server's, .neo4j/password).")]
Neo4jDatabase = Annotated[str | None, typer.Option("--database", envvar="NEO4J_DATABASE",
                                                   help="Neo4j database (default: the server's default).")]
BackendOpt = Annotated[str, typer.Option("--backend", help="rdf (the embedded store) or neo4j (a Neo4j server).")]


def _neo4j(uri: str | None, user: str | None, password: str | None, database: str | None, base: str):
    from .stores.neo4j import Neo4jStore

    try:
        return Neo4jStore(uri, user, password, database, base=base)
    except KGError as err:
        _fail(err)
        raise typer.Exit(1) from None


@app.command()
def load(
    files: Annotated[list[str], typer.Argument(help="Report files to extract and load ('-' reads stdin).")],
    store: StoreOpt = Path(".rdkg"),
    backend: BackendOpt = "rdf",
    force: Annotated[bool, typer.Option("--force", help="Load files that do not look like work reports too.")] = False,
    base: BaseOpt = DEFAULT_BASE,
    uri: Neo4jUri = None,
    user: Neo4jUser = None,
    password: Neo4jPassword = None,
    database: Neo4jDatabase = None,
) -> None:
    """Extract reports and load them, each as its own named graph; loading again replaces a report whole.

    Example: kg load samples/chongqing-2026-rd-standing-committee.txt

    Example: kg load --backend neo4j samples/*.txt
    """
    from rich.progress import Progress

    from kg.loaders.extract import extract
    from kg.loaders.read import read_file

    if backend not in ("rdf", "neo4j"):
        raise typer.BadParameter("use rdf or neo4j", param_hint="--backend")
    if backend == "neo4j":
        with _neo4j(uri, user, password, database, base) as n4:
            failed = 0
            try:
                n4.ensure_schema()
            except KGError as err:
                _fail(err)
                raise typer.Exit(1) from None
            for f in files:
                try:
                    res = n4.load(extract(read_file(f, force=force)))
                    verb = "replaced" if res.replaced else "loaded"
                    typer.echo(f"{verb} {f}: {res.nodes} nodes, {res.relationships} relationships as {res.report}")
                except KGError as err:
                    _fail(err)
                    failed += 1
            if failed:
                raise typer.Exit(1)
        return
    with _store(store) as st:
        st.base = base
        failed = 0
        with Progress(transient=True, disable=len(files) < 3 or not sys.stderr.isatty()) as progress:
            task = progress.add_task("loading", total=len(files))
            for f in files:
                try:
                    result = st.load(extract(read_file(f, force=force)))
                    verb = "replaced" if result.replaced else "loaded"
                    typer.echo(f"{verb} {f}: {result.triples} triples in graph <{result.graph}>")
                except KGError as err:
                    _fail(err)
                    failed += 1
                progress.advance(task)
        st.flush()
        if failed:
            raise typer.Exit(1)


@app.command()
def remove(
    report: Annotated[str, typer.Argument(help="The report's id, graph IRI, or a unique part of its title.")],
    store: StoreOpt = Path(".rdkg"),
    backend: BackendOpt = "rdf",
    base: BaseOpt = DEFAULT_BASE,
    uri: Neo4jUri = None,
    user: Neo4jUser = None,
    password: Neo4jPassword = None,
    database: Neo4jDatabase = None,
) -> None:
    """Drop a report's graph from the store (with neo4j: its facts and what only it mentioned).

    Example: kg remove 重庆市-2026

    Example: kg remove --backend neo4j 重庆市-2026
    """
    if backend not in ("rdf", "neo4j"):
        raise typer.BadParameter("use rdf or neo4j", param_hint="--backend")
    if backend == "neo4j":
        with _neo4j(uri, user, password, database, base) as n4:
            try:
                typer.echo(f"removed {n4.remove(report)}")
            except KGError as err:
                _fail(err)
                raise typer.Exit(1) from None
        return
    with _store(store) as st:
        try:
            typer.echo(f"removed <{st.remove(report)}>")
        except KGError as err:
            _fail(err)
            raise typer.Exit(1) from None


@app.command()
def stats(
    store: StoreOpt = Path(".rdkg"),
    format: FormatOpt = "table",
    backend: BackendOpt = "rdf",
    uri: Neo4jUri = None,
    user: Neo4jUser = None,
    password: Neo4jPassword = None,
    database: Neo4jDatabase = None,
) -> None:
    """Reports, quads and entities in the store (with neo4j: nodes and relationships by label and type).

    Example: kg stats --format json

    Example: kg stats --backend neo4j
    """
    from .render import print_rows

    if backend not in ("rdf", "neo4j"):
        raise typer.BadParameter("use rdf or neo4j", param_hint="--backend")
    if backend == "neo4j":
        with _neo4j(uri, user, password, database, DEFAULT_BASE) as n4:
            try:
                info, reports = n4.stats(), n4.reports()
            except KGError as err:
                _fail(err)
                raise typer.Exit(1) from None
        if format == "json":
            typer.echo(json.dumps(info | {"report_list": reports}, ensure_ascii=False, indent=2))
            return
        typer.echo(f"{info['uri']}: {info['reports']} reports, {sum(info['nodes'].values())} nodes, "
                   f"{sum(info['relationships'].values())} relationships")
        print_rows(["label", "count"], [{"label": k, "count": v} for k, v in info["nodes"].items()], "table")
        print_rows(["type", "count"], [{"type": k, "count": v} for k, v in info["relationships"].items()], "table")
        print_rows(["title", "jurisdiction", "date", "id"], reports, format)
        return
    with _store(store, read_only=True) as st:
        info = st.stats()
        if format == "json":
            typer.echo(json.dumps(info | {"report_list": st.reports()}, ensure_ascii=False, indent=2))
            return
        typer.echo(f"{info['path']}: {info['reports']} reports, {info['quads']} quads")
        print_rows(["kind", "count"], [{"kind": k, "count": v} for k, v in info["entities"].items()], "table")
        rows = [{"report": r.get("title"), "jurisdiction": r.get("jurisdiction", ""), "date": r.get("date", ""),
                 "triples": r.get("triples"), "id": r["g"]} for r in st.reports()]
        print_rows(["report", "jurisdiction", "date", "triples", "id"], rows, format)


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="ttl, nt, nq, trig or jsonld.")] = "trig",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default stdout).")] = None,
    report: Annotated[str | None, typer.Option("--report", help="Only this report's graph.")] = None,
    store: StoreOpt = Path(".rdkg"),
) -> None:
    """Serialise the store: Turtle, N-Triples, N-Quads, TriG (named graphs) or JSON-LD.

    Example: kg export --format ttl -o graph.ttl
    """
    with _store(store, read_only=True) as st:
        try:
            if output is None:
                data = st.export(format, None, report)
                sys.stdout.buffer.write(data or b"")
            else:
                with output.open("wb") as fh:
                    st.export(format, fh, report)
                typer.echo(f"wrote {output}")
        except KGError as err:
            _fail(err)
            raise typer.Exit(1) from None


@app.command()
def validate(
    store: StoreOpt = Path(".rdkg"),
    report: Annotated[str | None, typer.Option("--report", help="Only this report's graph.")] = None,
) -> None:
    """Check the store against the SHACL shapes in ontology/shapes.ttl; list violations readably.

    Example: kg validate
    """
    from .validate import validate_store

    with _store(store, read_only=True) as st:
        try:
            graph = st.find_report(report) if report else None
        except KGError as err:
            _fail(err)
            raise typer.Exit(1) from None
        show = sys.stderr.isatty()
        result = validate_store(st, graph, lambda p: show and typer.echo(f"\rchecked {p.done}/{p.total} graphs, {p.violations} violations", err=True, nl=p.done == p.total))
        if result.conforms:
            typer.echo(f"conforms: {result.triples} quads checked against ontology/shapes.ttl")
            return
        for v in result.violations:
            typer.echo(str(v))
        typer.echo(f"{len(result.violations)} violations", err=True)
        raise typer.Exit(1)


@app.command()
def sparql(
    query: Annotated[str, typer.Argument(help="A SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE); '-' reads stdin.")],
    store: StoreOpt = Path(".rdkg"),
    format: FormatOpt = "table",
) -> None:
    """Run an ad-hoc SPARQL query over the union of the report graphs (prefixes rdkg:, eli:, skos: … predefined).

    Example: kg sparql 'SELECT ?law WHERE { ?l a rdkg:Law ; eli:title ?law } LIMIT 5'
    """
    import pyoxigraph as ox

    from .render import print_rows
    from .stores.rdf import _py

    text = sys.stdin.read() if query == "-" else query
    with _store(store, read_only=True) as st:
        try:
            result = st.query(text)
        except KGError as err:
            _fail(err)
            raise typer.Exit(1) from None
        if isinstance(result, ox.QueryBoolean):
            typer.echo("true" if bool(result) else "false")
        elif isinstance(result, ox.QuerySolutions):
            cols = [v.value for v in result.variables]
            rows = [{c: _py(sol[c]) if sol[c] is not None else None for c in cols} for sol in result]
            print_rows(cols, rows, format)
        else:
            sys.stdout.buffer.write(ox.serialize(list(result), format=ox.RdfFormat.TURTLE) or b"")


@app.command("queries")
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


@app.command()
def query(
    name: Annotated[str, typer.Argument(help="A saved query's name (see `kg queries`).")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="A parameter as name=value; repeat for several.")] = None,
    store: StoreOpt = Path(".rdkg"),
    format: FormatOpt = "table",
    backend: BackendOpt = "rdf",
    base: BaseOpt = DEFAULT_BASE,
    uri: Neo4jUri = None,
    user: Neo4jUser = None,
    password: Neo4jPassword = None,
    database: Neo4jDatabase = None,
) -> None:
    """Run a saved query (its SPARQL, or with --backend neo4j its Cypher twin); parameters are bound, never pasted.

    Example: kg query laws_serving_strategies --param strategy=西部金融中心

    Example: kg query inspected_laws --backend neo4j --param jurisdiction=重庆市
    """
    from .render import print_rows
    from .saved import parse_params, run, run_neo4j

    if backend not in ("rdf", "neo4j"):
        raise typer.BadParameter("use rdf or neo4j", param_hint="--backend")
    try:
        values = parse_params(param or [])
    except KGError as err:
        _fail(err)
        raise typer.Exit(1) from None
    if backend == "neo4j":
        with _neo4j(uri, user, password, database, base) as n4:
            try:
                cols, rows = run_neo4j(n4, name, values)
            except KGError as err:
                _fail(err)
                raise typer.Exit(1) from None
            print_rows(cols, rows, format)
        return
    with _store(store, read_only=True) as st:
        try:
            cols, rows = run(st, name, values)
        except KGError as err:
            _fail(err)
            raise typer.Exit(1) from None
        print_rows(cols, rows, format)


@app.command()
def serve(
    store: StoreOpt = Path(".rdkg"),
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
) -> None:
    """Serve the store as a SPARQL 1.1 endpoint (/sparql) with a query page (/) and the saved queries (/queries).

    Example: kg serve --port 8000   (then open http://127.0.0.1:8000/)
    """
    from .server import serve as run

    try:
        run(store, host=host, port=port, allow_update=allow_update, token=token, timeout=timeout,
            max_rows=max_rows, max_body=max_body, workers=workers, public_url=public_url, max_memory_mib=max_memory,
            slow_after=slow_after, allow_load=allow_load)
    except KGError as err:
        _fail(err)
        raise typer.Exit(1) from None


# ------------------------------------------------------------------ a local Neo4j server

neo4j_app = typer.Typer(help="A local Neo4j Community server (from Maven Central) in .neo4j/ or $RDKG_NEO4J_HOME.",
                        no_args_is_help=True)
app.add_typer(neo4j_app, name="neo4j")

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


@neo4j_app.command("install")
def neo4j_install(home: HomeOpt = None) -> None:
    """Fetch Neo4j Community 5.26 and Neo4j Browser with Maven (needs Java 17+ and mvn; about 140 MB).

    Example: kg neo4j install
    """
    from . import neo4j_server as n4

    try:
        done = n4.install(home)
    except KGError as err:
        _fail(err)
        raise typer.Exit(1) from None
    typer.echo(f"neo4j: {'installed' if done else 'already installed'} {n4.NEO4J_VERSION} in {home or n4.default_home()}")


@neo4j_app.command("start")
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

    try:
        st, started = n4.start(home, http_port=http_port, bolt_port=bolt_port, heap=heap, timeout=timeout)
    except KGError as err:
        _fail(err)
        raise typer.Exit(1) from None
    if not started:
        typer.echo("neo4j: already running")
    _neo4j_status_lines(st)


@neo4j_app.command("stop")
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


@neo4j_app.command("status")
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
