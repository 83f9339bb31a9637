"""``kg serve``: a SPARQL 1.1 Protocol endpoint over the embedded store, and a page to query it.

Routes::

    GET  /                  the query page (YASGUI, served from kg/static/, no internet needed)
    GET|POST /sparql        SPARQL 1.1 Protocol: ?query=, form-encoded, application/sparql-query;
                            default-graph-uri, named-graph-uri; with no query: the service description
    POST /sparql, /update   SPARQL Update (application/sparql-update or form update=), only when the
                            server was started with allow_update, and with ``Authorization: Bearer TOKEN``
    GET  /queries           the saved queries (JSON: name, zh, en, params, sparql)
    GET  /queries/NAME      runs one, parameters as ?param=value, the same content negotiation

Results: SELECT and ASK as SPARQL JSON, XML, CSV or TSV; CONSTRUCT and DESCRIBE as Turtle,
N-Triples, JSON-LD or RDF/XML; chosen by ``Accept`` or a ``format`` parameter (json, xml, csv, tsv,
ttl, nt, jsonld, rdfxml). The default graph is the store's default graph (the entity catalogue);
each report is a named graph (``GRAPH ?r { … }``); ``union-default-graph=true`` queries their union.
The prefixes of the ontology (rdkg:, eli:, skos: …) are predefined. Like RDF4J, GraphDB and Stardog,
``/sparql`` accepts variable bindings as ``$name=VALUE`` (an N-Triples term, or plain text for a
string); the page binds saved queries' parameters that way, never by editing the query text.

Why these libraries: Starlette and uvicorn (the encode projects, both widely used and maintained)
give HTTP/1.1, streaming request bodies, CORS and static files in a few lines, so this module holds
only the protocol. rdflib-endpoint was considered and not taken: it runs queries through rdflib in
the server process, which cannot be timed out, and we already have Oxigraph, which parses,
evaluates and serialises SPARQL results itself (pyoxigraph ``QuerySolutions.serialize``,
``pyoxigraph.serialize``).

How a query is run: pyoxigraph has no query timeout and a query cannot be interrupted from another
thread, so queries run in a small pool of worker *processes*, each with its own read-only handle on
the store. A query that exceeds the time limit gets a 504 and its worker is killed and replaced; a
worker that dies (a pathological query) gives a 500 and is replaced; the server itself keeps
serving. With ``allow_update`` one worker opens the store read-write (Oxigraph locks the folder
for one writer) and serves queries and updates in turn.

Limits: a time limit per query (default 30 s), a cap on result rows or triples (default 10,000; a
capped answer carries ``X-Rows-Truncated: true``), a cap on request bodies and query strings
(default 1 MiB, else 413). SERVICE (federated query) is refused: it would let any client make the
server fetch URLs.
"""

from __future__ import annotations

import asyncio
import hmac
import itertools
import json
import logging
import multiprocessing as mp
import os
import re
import signal
import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pyoxigraph as ox

from . import vocab as V
from .errors import KGError

STATIC = Path(__file__).resolve().parent / "static"
log = logging.getLogger("kg.server")

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_ROWS = 10_000
DEFAULT_MAX_BODY = 1 << 20


class ServerError(KGError):
    pass


# ---------------------------------------------------------------- formats and content negotiation

# name: (canonical media type, other media types)
RESULT_TYPES = {
    "json": ("application/sparql-results+json", ("application/json",)),
    "xml": ("application/sparql-results+xml", ("application/xml", "text/xml")),
    "csv": ("text/csv", ()),
    "tsv": ("text/tab-separated-values", ()),
}
GRAPH_TYPES = {
    "turtle": ("text/turtle", ("application/x-turtle",)),
    "ntriples": ("application/n-triples", ("text/plain",)),
    "jsonld": ("application/ld+json", ("application/json",)),
    "rdfxml": ("application/rdf+xml", ("application/xml", "text/xml")),
}
_RESULT_OX = {"json": "JSON", "xml": "XML", "csv": "CSV", "tsv": "TSV"}
_GRAPH_OX = {"turtle": "TURTLE", "ntriples": "N_TRIPLES", "jsonld": "JSON_LD", "rdfxml": "RDF_XML"}
# the `format` parameter: short names, file extensions and media types
_ALIASES = {
    "json": ("json", "jsonld"), "srj": ("json", None), "xml": ("xml", "rdfxml"), "srx": ("xml", None),
    "csv": ("csv", None), "tsv": ("tsv", None), "ttl": (None, "turtle"), "turtle": (None, "turtle"),
    "nt": (None, "ntriples"), "ntriples": (None, "ntriples"), "n-triples": (None, "ntriples"),
    "jsonld": (None, "jsonld"), "json-ld": (None, "jsonld"), "rdfxml": (None, "rdfxml"), "rdf": (None, "rdfxml"),
}


def parse_accept(header: str | None) -> list[str]:
    """Media ranges of an Accept header, best first (q=0 dropped, order kept among equals)."""
    if not header:
        return []
    ranked = []
    for i, part in enumerate(header.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for p in params:
            if p.lower().startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranked.append((-q, i, media.lower()))
    return [m for _, _, m in sorted(ranked)]


def choose_format(kind: str, fmt: str | None, accept: list[str]) -> str:
    """The format name for a result of ``kind`` ('results' or 'graph'); raises Reply 406."""
    table = RESULT_TYPES if kind == "results" else GRAPH_TYPES
    if fmt:
        f = fmt.strip().lower()
        if f in _ALIASES:
            name = _ALIASES[f][0 if kind == "results" else 1]
            if name:
                return name
        else:
            for name, (canon, others) in table.items():
                if f == canon or f in others:
                    return name
        raise Reply.error(406, f"format={fmt} does not fit a {_KIND_WORD[kind]}; use one of {', '.join(table)}")
    if not accept:
        return next(iter(table))
    for media in accept:
        if media in ("*/*", "application/*", "text/*"):
            return next((n for n, (c, _) in table.items() if media == "*/*" or c.startswith(media[:-1])), next(iter(table)))
        for name, (canon, others) in table.items():
            if media == canon or media in others:
                return name
    offered = ", ".join(c for c, _ in table.values())
    raise Reply.error(406, f"none of the accepted types fits a {_KIND_WORD[kind]}; this endpoint offers {offered}")


_KIND_WORD = {"results": "SELECT/ASK result", "graph": "CONSTRUCT/DESCRIBE result"}


def content_type(kind: str, name: str) -> str:
    media = (RESULT_TYPES if kind == "results" else GRAPH_TYPES)[name][0]
    return media + "; charset=utf-8"


# ---------------------------------------------------------------- replies (pickled between processes)


@dataclass
class Reply(Exception):
    status: int
    body: bytes = b""
    media: str = "text/plain; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def error(cls, status: int, message: str, headers: dict[str, str] | None = None) -> Reply:
        return cls(status, (message.rstrip() + "\n").encode(), "text/plain; charset=utf-8", headers or {})


# ---------------------------------------------------------------- query evaluation (in a worker)


def _term_json(t: Any) -> dict[str, Any]:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype.value != V.XSD + "string":
            out["datatype"] = t.datatype.value
        return out
    if isinstance(t, ox.Triple):
        return {"type": "triple", "value": {k: _term_json(getattr(t, k)) for k in ("subject", "predicate", "object")}}
    return {"type": "literal", "value": str(t)}


def _take(items: Any, limit: int) -> tuple[list[Any], bool]:
    """At most ``limit`` items of an iterator, and whether there were more."""
    out = list(itertools.islice(items, limit + 1))
    return out[:limit], len(out) > limit


def render_solutions(result: ox.QuerySolutions, fmt: str, max_rows: int, hidden: set[str] = frozenset()) -> Reply:  # type: ignore[assignment]
    """SELECT results, at most ``max_rows`` of them, as SPARQL JSON, then Oxigraph's serialisers."""
    names = [v.value for v in result.variables if v.value not in hidden]
    solutions, truncated = _take(result, max_rows)
    rows = [{n: _term_json(sol[n]) for n in names if sol[n] is not None} for sol in solutions]
    body = json.dumps({"head": {"vars": names}, "results": {"bindings": rows}}, ensure_ascii=False, separators=(",", ":")).encode()
    if fmt != "json":
        parsed = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        body = parsed.serialize(format=getattr(ox.QueryResultsFormat, _RESULT_OX[fmt]))
    headers = {"X-Rows-Truncated": "true", "X-Max-Rows": str(max_rows)} if truncated else {}
    return Reply(200, body, content_type("results", fmt), headers)


def render(result: Any, fmt: str | None, accept: list[str], max_rows: int, hidden: set[str] = frozenset()) -> Reply:  # type: ignore[assignment]
    if isinstance(result, ox.QuerySolutions):
        return render_solutions(result, choose_format("results", fmt, accept), max_rows, hidden)
    if isinstance(result, ox.QueryBoolean):
        name = choose_format("results", fmt, accept)
        return Reply(200, result.serialize(format=getattr(ox.QueryResultsFormat, _RESULT_OX[name])), content_type("results", name))
    name = choose_format("graph", fmt, accept)
    triples, truncated = _take(result, max_rows)
    kwargs: dict[str, Any] = {"format": getattr(ox.RdfFormat, _GRAPH_OX[name])}
    if name in ("turtle", "rdfxml"):
        kwargs["prefixes"] = V.PREFIXES
    headers = {"X-Rows-Truncated": "true", "X-Max-Rows": str(max_rows)} if truncated else {}
    return Reply(200, ox.serialize(triples, **kwargs) or b"", content_type("graph", name), headers)


_STRIP = re.compile(r"""#[^\n]*|<[^<>"{}|^`\\\s]*>|'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*\"""", re.S)
_SERVICE = re.compile(r"(?<![\w:$?])SERVICE(?![\w:-])", re.I)


def uses_service(query: str) -> bool:
    """Whether a query has a SERVICE clause (comments, IRIs and strings are not looked into)."""
    return bool(_SERVICE.search(_STRIP.sub(" ", query)))


MAX_NESTING = 200


def nesting(query: str) -> int:
    """The deepest nesting of braces and parentheses (comments, IRIs and strings are skipped)."""
    depth = deepest = 0
    for ch in _STRIP.sub(" ", query):
        if ch in "{(":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "})":
            depth -= 1
    return deepest


def check_text(text: str) -> None:
    """Refuse what Oxigraph should not see: SERVICE, and nesting deep enough to overflow its parser."""
    if uses_service(text):
        raise Reply.error(400, "SERVICE (federated query) is not allowed on this endpoint")
    if nesting(text) > MAX_NESTING:
        raise Reply.error(400, f"the query is nested more than {MAX_NESTING} levels deep")


def parse_binding(name: str, value: str) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """``$name=VALUE``: an N-Triples term (<iri>, "text"@zh, "5"^^<…#integer>), or plain text."""
    if value[:1] not in ('<', '"', "_"):
        return ox.Literal(value)
    try:
        triples = list(ox.parse(f"<urn:x:s> <urn:x:p> {value} .".encode(), format=ox.RdfFormat.N_TRIPLES))
    except (SyntaxError, ValueError) as err:
        raise Reply.error(400, f"${name}: not an N-Triples term ({err})") from None
    if len(triples) != 1:
        raise Reply.error(400, f"${name}: give one N-Triples term")
    return triples[0].object


def _graphs(iris: list[str], what: str) -> list[ox.NamedNode]:
    try:
        return [ox.NamedNode(i) for i in iris]
    except ValueError as err:
        raise Reply.error(400, f"{what}: {err}") from None


def execute(store: Any, job: dict[str, Any]) -> Reply:
    """Run one job on an open RDFStore; every outcome is a Reply."""
    from .saved import QueryError, bind_defaults, get, lateral

    op = job["op"]
    try:
        if op == "query":
            check_text(job["query"])
            kwargs: dict[str, Any] = {"prefixes": V.PREFIXES, "use_default_graph_as_union": job.get("union", False)}
            if job.get("default"):
                kwargs["default_graph"] = _graphs(job["default"], "default-graph-uri")
                kwargs["use_default_graph_as_union"] = False
            if job.get("named"):
                kwargs["named_graphs"] = _graphs(job["named"], "named-graph-uri")
            query = job["query"]
            if job.get("bindings"):
                # a variable with a one-row VALUES block (a saved query's parameter) gets its value there;
                # any other is substituted by Oxigraph (SEP-0007)
                terms = {k: parse_binding(k, v) for k, v in job["bindings"].items()}
                query, rest = bind_defaults(query, terms)
                kwargs["substitutions"] = {ox.Variable(k): v for k, v in rest.items()}
            result = store.ox.query(query, **kwargs)
            return render(result, job.get("format"), job.get("accept", []), job["max_rows"])
        if op == "saved":
            q = get(job["name"])
            result = store.ox.query(lateral(q.bound_text(job["params"])), prefixes=V.PREFIXES)
            return render(result, job.get("format"), job.get("accept", []), job["max_rows"])
        if op == "update":
            check_text(job["update"])
            store.ox.update(job["update"], prefixes=V.PREFIXES)
            store.ox.flush()
            return Reply(204)
        if op == "graphs":
            body = json.dumps(sorted(g.value for g in store.ox.named_graphs() if isinstance(g, ox.NamedNode)))
            return Reply(200, body.encode(), "application/json")
        raise Reply.error(400, f"unknown operation {op}")
    except Reply as reply:
        return reply
    except SyntaxError as err:
        return Reply.error(400, f"SPARQL syntax error: {err}")
    except QueryError as err:
        return Reply.error(404 if "no saved query" in str(err) else 400, str(err))
    except (ValueError, RuntimeError, TypeError) as err:  # bad bindings, SEP-0007 misuse, bad IRIs
        return Reply.error(400, f"{type(err).__name__}: {err}")
    except OSError as err:
        return Reply.error(500, f"the store failed: {err}")


def _worker_main(conn: Any, path: str, read_only: bool) -> None:
    """A worker process: open the store, then answer jobs until told to stop (None) or killed."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the parent stops us
    from .stores.rdf import RDFStore

    try:
        store = RDFStore(path, read_only=read_only)
    except Exception as err:  # noqa: BLE001 - reported to the parent as text
        conn.send(("fail", str(err)))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            break
        if job is None:
            break
        try:
            reply = execute(store, job)
        except Exception as err:  # noqa: BLE001 - nothing a client sends may end the worker
            reply = Reply.error(500, f"internal error: {type(err).__name__}: {err}")
        conn.send(reply)
    store.close()


# ---------------------------------------------------------------- the worker pool (in the server)


class QueryTimeout(Exception):
    pass


class Worker:
    _ctx = mp.get_context("spawn")

    def __init__(self, path: str, read_only: bool, start_timeout: float = 60.0) -> None:
        parent, child = self._ctx.Pipe()
        self.proc = self._ctx.Process(target=_worker_main, args=(child, path, read_only), daemon=True)
        self.proc.start()
        child.close()
        self.conn = parent
        if not parent.poll(start_timeout):
            self.kill()
            raise ServerError(f"{path}: a query worker did not start within {start_timeout:.0f} s")
        try:
            status, info = parent.recv()
        except EOFError:
            self.kill()
            raise ServerError(f"{path}: a query worker died while opening the store") from None
        if status != "ready":
            self.kill()
            raise ServerError(str(info))

    def call(self, job: dict[str, Any], timeout: float) -> Reply:
        self.conn.send(job)
        if not self.conn.poll(timeout):
            raise QueryTimeout
        return self.conn.recv()

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
            self.proc.join(5)
        except OSError:
            pass
        self.kill()


class Pool:
    """Worker processes handed out one request at a time; a stuck or dead one is replaced."""

    def __init__(self, path: str, read_only: bool, size: int, timeout: float) -> None:
        self.path, self.read_only, self.size, self.timeout = path, read_only, size, timeout
        self.idle: asyncio.Queue[Worker] = asyncio.Queue()
        self.workers: set[Worker] = set()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.closed = False

    async def start(self) -> None:
        self.loop = asyncio.get_running_loop()
        workers = await asyncio.gather(
            *(asyncio.to_thread(Worker, self.path, self.read_only) for _ in range(self.size)), return_exceptions=True
        )
        errors = [w for w in workers if isinstance(w, BaseException)]
        for w in workers:
            if isinstance(w, Worker):
                self.workers.add(w)
                self.idle.put_nowait(w)
        if errors:
            await self.close()
            raise errors[0]

    async def run(self, job: dict[str, Any]) -> Reply:
        try:
            worker = await asyncio.wait_for(self.idle.get(), max(self.timeout, 10.0))
        except TimeoutError:
            return Reply.error(503, "all query workers are busy; try again shortly", {"Retry-After": "5"})
        try:
            reply = await asyncio.to_thread(worker.call, job, self.timeout)
        except QueryTimeout:
            self._replace(worker)
            return Reply.error(504, f"the query ran longer than the time limit ({self.timeout:g} s) and was stopped")
        except (EOFError, OSError):
            self._replace(worker)
            return Reply.error(500, "the query stopped its worker process (it was replaced); the query may be too complex")
        except BaseException:  # the request was cancelled (client gone): the worker may still be busy
            self._replace(worker)
            raise
        self.idle.put_nowait(worker)
        return reply

    def _replace(self, worker: Worker) -> None:
        self.workers.discard(worker)
        threading.Thread(target=self._respawn, args=(worker,), daemon=True).start()

    def _respawn(self, old: Worker) -> None:
        old.kill()
        for attempt in range(5):
            if self.closed:
                return
            try:
                new = Worker(self.path, self.read_only)
            except KGError as err:
                log.error("cannot restart a query worker (attempt %d): %s", attempt + 1, err)
                time.sleep(1 + attempt)
                continue
            self.workers.add(new)
            assert self.loop is not None
            self.loop.call_soon_threadsafe(self.idle.put_nowait, new)
            return

    async def close(self) -> None:
        self.closed = True
        await asyncio.gather(*(asyncio.to_thread(w.stop) for w in list(self.workers)))
        self.workers.clear()


# ---------------------------------------------------------------- the HTTP app


def _service_description(endpoint: str, graphs: list[str], allow_update: bool) -> list[ox.Triple]:
    SD = "http://www.w3.org/ns/sparql-service-description#"
    FMT = "http://www.w3.org/ns/formats/"

    def n(iri: str) -> ox.NamedNode:
        return ox.NamedNode(iri)

    a = n(V.RDF + "type")
    svc, ds, dg = ox.BlankNode(), ox.BlankNode(), ox.BlankNode()
    out = [
        ox.Triple(svc, a, n(SD + "Service")),
        ox.Triple(svc, n(SD + "endpoint"), n(endpoint)),
        ox.Triple(svc, n(V.DCT + "title"), ox.Literal("rdkg: knowledge graph of legislative work reports")),
        ox.Triple(svc, n(SD + "supportedLanguage"), n(SD + "SPARQL11Query")),
        ox.Triple(svc, n(SD + "defaultDataset"), ds),
        ox.Triple(ds, a, n(SD + "Dataset")),
        ox.Triple(ds, n(SD + "defaultGraph"), dg),
        ox.Triple(dg, a, n(SD + "Graph")),
    ]
    if allow_update:
        out.append(ox.Triple(svc, n(SD + "supportedLanguage"), n(SD + "SPARQL11Update")))
    for f in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
              "Turtle", "N-Triples", "JSON-LD", "RDF_XML"):
        out.append(ox.Triple(svc, n(SD + "resultFormat"), n(FMT + f)))
    for g in graphs:
        ng = ox.BlankNode()
        out += [ox.Triple(ds, n(SD + "namedGraph"), ng), ox.Triple(ng, a, n(SD + "NamedGraph")),
                ox.Triple(ng, n(SD + "name"), n(g))]
    return out


_NAME = re.compile(r"^[A-Za-z0-9_]+$")

def _check_options(allow_update: bool, token: str | None, timeout: float, max_rows: int, max_body: int) -> None:
    if allow_update and not token:
        raise ServerError("--allow-update needs a token: give --token or set RDKG_TOKEN")
    if timeout <= 0 or max_rows <= 0 or max_body <= 0:
        raise ServerError("--timeout, --max-rows and --max-body must be positive")


def create_app(
    store_path: str | Path,
    *,
    allow_update: bool = False,
    token: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_rows: int = DEFAULT_MAX_ROWS,
    max_body: int = DEFAULT_MAX_BODY,
    workers: int | None = None,
) -> Any:
    """The Starlette app; its worker processes start with the app (lifespan) and stop with it."""
    from contextlib import asynccontextmanager

    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.cors import CORSMiddleware
    from starlette.requests import Request
    from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response
    from starlette.routing import Mount, Route
    from starlette.staticfiles import StaticFiles

    _check_options(allow_update, token, timeout, max_rows, max_body)
    size = 1 if allow_update else (workers or max(2, min(4, os.cpu_count() or 2)))
    pool = Pool(str(store_path), not allow_update, size, timeout)

    @asynccontextmanager
    async def lifespan(_app: Any) -> Any:
        await pool.start()
        try:
            yield
        finally:
            await pool.close()

    def respond(reply: Reply) -> Response:
        return Response(reply.body, reply.status, reply.headers, media_type=reply.media)

    async def read_body(request: Request) -> bytes:
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_body:
            raise Reply.error(413, f"the request body is larger than the limit ({max_body} bytes)")
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > max_body:
                raise Reply.error(413, f"the request body is larger than the limit ({max_body} bytes)")
            chunks.append(chunk)
        return b"".join(chunks)

    def form(data: str) -> list[tuple[str, str]]:
        try:
            return parse_qsl(data, keep_blank_values=True, strict_parsing=False, max_num_fields=1000, errors="strict")
        except (ValueError, UnicodeDecodeError) as err:
            raise Reply.error(400, f"cannot read the parameters: {err}") from None

    async def protocol_params(request: Request) -> tuple[list[tuple[str, str]], str | None, str | None]:
        """(parameters, query, update) from the URL and, for POST, the body."""
        raw_qs = request.scope.get("query_string", b"")
        if len(raw_qs) > max_body:
            raise Reply.error(413, f"the query string is longer than the limit ({max_body} bytes)")
        try:
            params = form(raw_qs.decode("utf-8"))
        except UnicodeDecodeError:
            raise Reply.error(400, "the query string is not UTF-8") from None
        query = update = None
        if request.method == "POST":
            body = await read_body(request)
            ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                raise Reply.error(400, "the request body is not UTF-8") from None
            if ctype == "application/sparql-query":
                query = text
            elif ctype == "application/sparql-update":
                update = text
            elif ctype == "application/x-www-form-urlencoded":
                params += form(text)
            elif body:
                raise Reply.error(415, f"unsupported Content-Type {ctype or '(none)'}; send application/sparql-query, "
                                  "application/sparql-update or application/x-www-form-urlencoded")
        for k, v in params:
            if k == "query":
                if query is not None:
                    raise Reply.error(400, "give one query")
                query = v
            elif k == "update":
                if update is not None:
                    raise Reply.error(400, "give one update")
                update = v
        if query is not None and update is not None:
            raise Reply.error(400, "give a query or an update, not both")
        return params, query, update

    def authorised(request: Request) -> Reply | None:
        if not allow_update:
            return Reply.error(403, "this endpoint is read-only (start it with --allow-update and a token to allow updates)")
        auth = request.headers.get("authorization", "")
        given = auth[7:].strip() if auth[:7].lower() == "bearer " else ""
        if not given or not hmac.compare_digest(given.encode(), (token or "").encode()):
            return Reply.error(401, "updates need Authorization: Bearer TOKEN", {"WWW-Authenticate": 'Bearer realm="rdkg"'})
        return None

    async def run_update(request: Request, update: str, params: list[tuple[str, str]]) -> Response:
        if request.method != "POST":
            return respond(Reply.error(405, "send updates with POST", {"Allow": "POST"}))
        refused = authorised(request)
        if refused:
            return respond(refused)
        if any(k in ("using-graph-uri", "using-named-graph-uri") for k, _ in params):
            return respond(Reply.error(400, "using-graph-uri and using-named-graph-uri are not supported; use USING in the update"))
        return respond(await pool.run({"op": "update", "update": update}))

    async def describe(request: Request) -> Response:
        accept = parse_accept(request.headers.get("accept"))
        if accept and accept[0] in ("text/html", "application/xhtml+xml"):
            return RedirectResponse(str(request.url_for("page")), 303)
        reply = await pool.run({"op": "graphs"})
        if reply.status != 200:
            return respond(reply)
        endpoint = str(request.url.replace(query=""))
        fmt = dict(url_params(request)).get("format")
        name = choose_format("graph", fmt, accept)
        kwargs: dict[str, Any] = {"format": getattr(ox.RdfFormat, _GRAPH_OX[name])}
        if name == "turtle":
            kwargs["prefixes"] = {"sd": "http://www.w3.org/ns/sparql-service-description#", "dcterms": V.DCT}
        body = ox.serialize(_service_description(endpoint, json.loads(reply.body), allow_update), **kwargs) or b""
        return Response(body, 200, media_type=content_type("graph", name))

    def url_params(request: Request) -> list[tuple[str, str]]:
        return form(request.scope.get("query_string", b"").decode("utf-8", "replace"))

    async def sparql(request: Request) -> Response:
        try:
            params, query, update = await protocol_params(request)
            if update is not None:
                return await run_update(request, update, params)
            if query is None:
                return await describe(request)
            fmt = None
            default, named, bindings = [], [], {}
            union = False
            for k, v in params:
                if k == "format":
                    fmt = v
                elif k == "default-graph-uri":
                    default.append(v)
                elif k == "named-graph-uri":
                    named.append(v)
                elif k == "union-default-graph":
                    union = v.lower() in ("", "true", "1", "yes")
                elif k.startswith("$") and len(k) > 1:
                    bindings[k[1:]] = v
            job = {"op": "query", "query": query, "format": fmt, "accept": parse_accept(request.headers.get("accept")),
                   "default": default, "named": named, "union": union, "bindings": bindings, "max_rows": max_rows}
            return respond(await pool.run(job))
        except Reply as reply:
            return respond(reply)

    async def update_route(request: Request) -> Response:
        try:
            params, query, update = await protocol_params(request)
            if update is None:
                return respond(Reply.error(400, "no update given (POST application/sparql-update, or form update=…)"))
            return await run_update(request, update, params)
        except Reply as reply:
            return respond(reply)

    async def list_queries(_request: Request) -> Response:
        from .saved import catalogue

        out = []
        for q in catalogue().values():
            out.append({
                "name": q.name, "zh": q.zh, "en": q.en,
                "params": [{"name": p.name, "type": p.type, "optional": p.optional, "help": p.help} for p in q.params],
                "sparql": q.sparql, "url": f"queries/{q.name}",
            })
        return JSONResponse(out)

    async def saved(request: Request) -> Response:
        name = request.path_params["name"]
        if not _NAME.match(name):
            return respond(Reply.error(404, f"no saved query {name!r} (see /queries)"))
        try:
            raw = request.scope.get("query_string", b"")
            if len(raw) > max_body:
                raise Reply.error(413, f"the query string is longer than the limit ({max_body} bytes)")
            fmt = None
            values: dict[str, str] = {}
            for k, v in url_params(request):
                if k == "format":
                    fmt = v
                else:
                    values[k] = v
            job = {"op": "saved", "name": name, "params": values, "format": fmt,
                   "accept": parse_accept(request.headers.get("accept")), "max_rows": max_rows}
            return respond(await pool.run(job))
        except Reply as reply:
            return respond(reply)

    async def page(_request: Request) -> Response:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    async def on_error(_request: Request, exc: Exception) -> Response:
        log.exception("unexpected error", exc_info=exc)
        return respond(Reply.error(500, f"internal error: {type(exc).__name__}"))

    app = Starlette(
        routes=[
            Route("/", page, name="page"),
            Route("/favicon.ico", lambda _r: Response(status_code=204)),
            Route("/sparql", sparql, methods=["GET", "POST"]),
            Route("/update", update_route, methods=["POST"]),
            Route("/queries", list_queries),
            Route("/queries/{name}", saved),
            Mount("/static", StaticFiles(directory=STATIC), name="static"),
        ],
        middleware=[
            Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST", "OPTIONS"],
                       allow_headers=["*"], expose_headers=["X-Rows-Truncated", "X-Max-Rows"], max_age=3600),
        ],
        exception_handlers={Exception: on_error},
        lifespan=lifespan,
    )
    app.state.pool = pool
    return app


# ---------------------------------------------------------------- running it


def _listen(host: str, port: int) -> socket.socket:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as err:
        raise ServerError(f"--host {host}: cannot resolve it ({err.strerror}); use an address such as 127.0.0.1") from None
    family, _type, _proto, _name, address = infos[0]
    # proto=IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on sockets that say they are TCP, and
    # without it a kept-alive client waits ~40 ms (Nagle and delayed ACK) for every answer
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind(address)
        sock.listen(2048)
        return sock
    except PermissionError:
        sock.close()
        raise ServerError(f"port {port}: not allowed for this user; use --port 8000 or another above 1023") from None
    except OSError as err:
        sock.close()
        if err.errno in (98, 48, 10048):  # EADDRINUSE (Linux, macOS, Windows)
            raise ServerError(f"port {port} on {host} is in use; stop what uses it or choose another with --port") from None
        raise ServerError(f"cannot listen on {host}:{port}: {err.strerror}") from None


def check_store(store_path: str | Path, allow_update: bool) -> None:
    """Open and close the store once, so that a missing or locked store is a one-line error."""
    from .stores.rdf import RDFStore

    st = RDFStore(store_path, read_only=not allow_update)
    st.close()


def serve(
    store_path: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    allow_update: bool = False,
    token: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    max_rows: int = DEFAULT_MAX_ROWS,
    max_body: int = DEFAULT_MAX_BODY,
    workers: int | None = None,
    access_log: bool = False,
) -> None:
    """Run the endpoint until interrupted; problems before it listens raise ServerError (one line)."""
    import uvicorn

    _check_options(allow_update, token, timeout, max_rows, max_body)
    check_store(store_path, allow_update)
    app = create_app(store_path, allow_update=allow_update, token=token, timeout=timeout,
                     max_rows=max_rows, max_body=max_body, workers=workers)
    sock = _listen(host, port)
    shown = f"[{host}]" if ":" in host else host
    mode = "read-write (updates need the token)" if allow_update else "read-only"
    print(f"kg serve: SPARQL endpoint http://{shown}:{port}/sparql, query page http://{shown}:{port}/ "
          f"({mode}; time limit {timeout:g} s, at most {max_rows} rows); Ctrl-C stops it", flush=True)
    config = uvicorn.Config(app, log_level="warning", access_log=access_log, lifespan="on",
                            timeout_graceful_shutdown=5, limit_concurrency=1000)
    server = uvicorn.Server(config)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
    if not server.started:
        raise ServerError("the server did not start (see the message above)")
