"""The HTTP side: settings, the route table (one list, ``routes``), request parsing, the access log.

To add a page or an API, write an ``async def handler(request) -> Response`` (use ``ctx.pool.run`` to
query the store in a worker) and add one ``Route`` line to the list in ``routes()``.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import os
import re
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from uvicorn.protocols.http.httptools_impl import STATUS_LINE

from .. import vocab as V
from .pool import Pool, PoolConfig
from .protocol import (
    GRAPH_OX,
    LoadPolicy,
    Reply,
    ServerError,
    TextLimits,
    choose_format,
    content_type,
    form,
    parse_accept,
)

STATIC = Path(__file__).resolve().parent.parent / "static"
log = logging.getLogger("kg.serve")
access = logging.getLogger("kg.serve.access")

MiB = 1 << 20
_NO_CACHE = re.compile(r"(?:^|,)\s*no-(?:cache|store)\b", re.I)


@dataclass
class Settings:
    """Everything ``kg serve`` can be told; the defaults are the documented limits."""

    store: str  # the store's spec (kg.stores.open_store): rdf:PATH or a folder
    public_url: str = "http://127.0.0.1:8000"  # the endpoint's root as clients see it: base IRI, service description
    allow_update: bool = False
    token: str | None = None
    timeout: float = 30.0  # seconds one query may run
    max_rows: int = 10_000  # rows or triples one answer carries
    max_body: int = MiB  # bytes of a request body
    max_url: int = 64 * 1024  # bytes of a request's path and query string (414 past it)
    workers: int | None = None  # fast-lane worker processes (default 2 to 4)
    slow_after: float = 2.0  # seconds after which a query moves to the slow lane
    max_slow: int | None = None  # queries the slow lane holds (default: as many as workers)
    max_queue: int | None = None  # requests that may wait for a worker (default 16 per worker)
    max_memory: int = 1024 * MiB  # bytes a query may add to its worker (0: no limit)
    allow_load: list[str] = field(default_factory=list)  # hosts (URL prefixes) and folders LOAD may read
    cache: int = 64 * MiB  # bytes of answers kept for repeated queries (kg/serve/cache.py; 0: none)
    direct: bool = False  # query workers answer queries on the connections themselves (kg/serve/direct.py)
    queue_behind: float = 0.05  # seconds a running query may have a second one queued behind it (0: never)
    limits: TextLimits = TextLimits()

    def check(self) -> None:
        if self.allow_update and not self.token:
            raise ServerError("--allow-update needs a token: give --token or set RDKG_TOKEN")
        if self.allow_update and self.direct:
            raise ServerError("--direct works on a read-only server (one worker holds a writable store); drop --direct or --allow-update")
        if self.timeout <= 0 or self.max_rows <= 0 or self.max_body <= 0 or self.slow_after <= 0:
            raise ServerError("--timeout, --max-rows, --max-body and --slow-after must be positive")
        if self.queue_behind < 0:
            raise ServerError("--queue-behind must be 0 (one query a worker at a time) or a number of seconds")
        if self.max_memory < 0:
            raise ServerError("--max-memory must be 0 (no limit) or a number of MiB")
        if self.cache < 0:
            raise ServerError("--cache must be 0 (keep no answers) or a number of MiB")
        if not re.match(r"^https?://[^/?#\s]+(/[^?#\s]*)?$", self.public_url):
            raise ServerError(f"--public-url {self.public_url}: give the server's root URL, e.g. https://kg.example.org/")
        try:
            ox.NamedNode(self.public_url)
        except ValueError as err:
            raise ServerError(f"--public-url {self.public_url}: {err}") from None

    @property
    def root(self) -> str:
        return self.public_url.rstrip("/")

    def pool_config(self) -> PoolConfig:
        size = 1 if self.allow_update else (self.workers or max(2, min(4, os.cpu_count() or 2)))
        return PoolConfig(
            spec=self.store, read_only=not self.allow_update, size=size, timeout=self.timeout,
            # one read-write worker holds the store's lock: no second lane next to it
            slow_after=self.slow_after if not self.allow_update else self.timeout,
            max_slow=self.max_slow if self.max_slow is not None else size,
            max_queue=self.max_queue if self.max_queue is not None else 16 * size,
            memory=self.max_memory, limits=self.limits, policy=LoadPolicy.parse(self.allow_load), cache=self.cache,
            direct=self if self.direct and not self.allow_update else None, queue_behind=self.queue_behind,
        )

    def limits_doc(self) -> dict[str, Any]:
        return {
            "time_limit_seconds": self.timeout, "max_rows": self.max_rows, "max_body_bytes": self.max_body,
            "max_url_bytes": self.max_url, "slow_after_seconds": self.slow_after,
            "queue_behind_seconds": 0.0 if self.allow_update or self.direct else self.queue_behind,
            "max_memory_per_query_bytes": self.max_memory, "answer_cache_bytes": 0 if self.allow_update else self.cache,
            "max_nesting": self.limits.nesting,
            "max_path_operators": self.limits.path_ops, "max_query_characters": self.limits.length,
            "rows": f"An answer carries at most {self.max_rows} rows (or triples). A longer one is cut: the "
                    f"X-Rows-Truncated header is true and the results head has a link to this page. Add LIMIT "
                    f"and OFFSET to page through the rest.",
        }


# ---------------------------------------------------------------- reading a protocol request


def read_params(method: str, query_string: bytes, ctype_header: str, body: bytes) -> tuple[list[tuple[str, str]], str | None, str | None]:
    """(parameters, query, update) of a /sparql or /update request from its URL and, for POST, its body
    (the Starlette routes and the lean path in kg/serve/http.py read requests with this one function)."""
    params = form(query_string)
    query = update = None
    if method == "POST":
        ctype, _, rest = ctype_header.partition(";")
        ctype = ctype.strip().lower()
        charset = re.search(r"charset\s*=\s*\"?([\w-]+)", rest, re.I) if rest else None
        if charset and charset.group(1).lower() not in ("utf-8", "utf8", "us-ascii"):
            raise Reply.error(415, f"charset={charset.group(1)}: send the body as UTF-8")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise Reply.error(400, "the request body is not UTF-8") from None
        if ctype == "application/sparql-query":
            query = text
        elif ctype == "application/sparql-update":
            update = text
        elif ctype == "application/x-www-form-urlencoded":
            params += form(body)
        else:
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


def no_cache(cache_control: str, pragma: str) -> bool:
    """Whether the client asks for an answer from the store, not a kept one."""
    return bool((cache_control or pragma) and _NO_CACHE.search(cache_control + "," + pragma))


# ---------------------------------------------------------------- the access log


class AccessLog:
    """One line per request: method, path, status, milliseconds, rows, ``kept`` for an answer from the
    cache (kg/serve/cache.py); a dropped client is one line too."""

    def __init__(self, app: Any, max_url: int) -> None:
        self.app, self.max_url = app, max_url

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        status = [0]
        scope.setdefault("state", {})

        async def sending(message: Any) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        url_size = scope["state"].get("url_size") or len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"")
        try:
            if url_size > self.max_url:
                reply = Reply.error(414, f"the URL is {url_size} bytes long; the limit is {self.max_url} "
                                    "(send long queries with POST)")
                await Response(reply.body, 414, media_type=reply.media)(scope, receive, sending)
            else:
                await self.app(scope, receive, sending)
        except (ClientDisconnect, OSError) as err:
            status[0] = status[0] or 499
            log.info("client %s left: %s %s (%s)", _client(scope), scope["method"], scope["path"], type(err).__name__)
        finally:
            rows = scope["state"].get("rows")
            access.info("%s %s %s %d %.1fms rows=%s%s", _client(scope), scope["method"], scope["path"], status[0],
                        (time.perf_counter() - started) * 1000, "-" if rows is None else rows,
                        " " + scope["state"]["note"] if scope["state"].get("note") else "")


def _client(scope: Any) -> str:
    c = scope.get("client")
    return c[0] if c else "-"


def make_query_job(s: Settings, params: list[tuple[str, str]], query: str, accept: str | None) -> dict[str, Any]:
    """The worker's job for a SPARQL query and the protocol parameters that shape it."""
    job: dict[str, Any] = {"op": "query", "query": query, "format": None, "default": [], "named": [], "union": None,
                           "bindings": {}, "accept": parse_accept(accept), "base": s.root + "/sparql",
                           "max_rows": s.max_rows, "truncated_link": s.root + "/limits#rows"}
    for k, v in params:
        if k == "format":
            job["format"] = v
        elif k == "default-graph-uri":
            job["default"].append(v)
        elif k == "named-graph-uri":
            job["named"].append(v)
        elif k == "union-default-graph":
            job["union"] = v.lower() in ("", "true", "1", "yes")
        elif k.startswith("$") and len(k) > 1:
            job["bindings"][k[1:]] = v
    return job


# ---------------------------------------------------------------- queries without Starlette


class QueryPath:
    """SPARQL queries on /sparql (GET, or POST with a form or a query as its body), answered by the
    HTTP protocol itself (``kg/serve/http.py``) without Starlette's routing, middleware and Response
    objects, or uvicorn's ASGI messages: the common request of an endpoint, read with the same
    ``read_params`` and ``make_query_job`` as the routes, run by the same pool, answered with the same
    headers (``Vary``, CORS) and logged with the same access line. Anything else on /sparql (an
    update, no query: the service description) goes to the app.

    Starlette's path cost ~200 µs of the server process's CPU per request (a task, the middleware
    stack, the route table, the Request and Response objects, the ASGI messages).
    """

    CORS = (b"access-control-allow-origin: *\r\naccess-control-expose-headers: X-Rows-Truncated, X-Max-Rows\r\n"
            b"vary: Accept, Origin\r\n")  # what CORSMiddleware adds to an answer to a request with Origin

    def __init__(self, s: Settings, pool: Pool) -> None:
        self.s, self.pool = s, pool

    def prepare(self, method: str, query_string: bytes, headers: dict[bytes, bytes], body: bytes) -> dict[str, Any] | Reply | None:
        """The job of a query request; a Reply to send back at once (a 4xx); None: the app answers it."""
        try:
            params, query, update = read_params(method, query_string, headers.get(b"content-type", b"").decode("latin-1"), body)
        except Reply as reply:
            return reply
        if query is None or update is not None:
            return None
        accept = headers.get(b"accept")
        job = make_query_job(self.s, params, query, accept.decode("latin-1") if accept is not None else None)
        if no_cache(headers.get(b"cache-control", b"").decode("latin-1"), headers.get(b"pragma", b"").decode("latin-1")):
            job["fresh"] = True
        return job

    @staticmethod
    def encode(reply: Reply, origin: bool, keep_alive: bool, default_headers: list[tuple[bytes, bytes]]) -> bytes:
        """The HTTP/1.1 answer, with the headers Starlette and the CORS middleware would give it."""
        head = [STATUS_LINE[reply.status]]
        for name, value in default_headers:  # uvicorn's date and server
            head += [name, b": ", value, b"\r\n"]
        for name, value in reply.headers.items():
            head.append(f"{name.lower()}: {value}\r\n".encode("latin-1"))
        head.append(b"content-length: %d\r\ncontent-type: %s\r\n" % (len(reply.body), reply.media.encode("latin-1")))
        head.append(QueryPath.CORS if origin else b"vary: Accept, Origin\r\n")
        if not keep_alive:
            head.append(b"connection: close\r\n")
        head += [b"\r\n", reply.body]
        return b"".join(head)

    @staticmethod
    def log(client: Any, method: str, status: int, started: float, reply: Reply | None, note: str) -> None:
        rows = reply.rows if reply is not None else None
        line = (f"{client[0] if client else '-'} {method} /sparql {status} {(time.perf_counter() - started) * 1000:.1f}ms "
                f"rows={'-' if rows is None else rows}{' ' + note if note else ''}")
        if not ACCESS_LINES.write(line):
            access.info("%s", line)


class AccessLines:
    """The access line of a query on the short path, written with one ``os.write`` in the layout of
    kg serve's own log handler (``kg.serve._quiet_logs``) while that handler alone takes the lines;
    through ``logging`` otherwise. A record, its formatting and the handler's lock and flush cost
    about a tenth of the server process's CPU per request."""

    def __init__(self) -> None:
        self.handler: logging.Handler | None = None
        self.fd = -1
        self.second = -1
        self.stamp = ""

    def use(self, handler: logging.StreamHandler) -> None:
        """Write as ``handler`` (on ``kg.serve``, formatting "%(asctime)s %(name)s %(message)s") would."""
        self.handler, self.fd = handler, handler.stream.fileno()

    def write(self, line: str) -> bool:
        h = self.handler
        if (h is None or log.handlers != [h] or access.handlers or not access.propagate or h.level > logging.INFO
                or h.filters or not access.isEnabledFor(logging.INFO)):
            return False
        now = int(time.time())
        if now != self.second:
            self.second, self.stamp = now, time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(now))
        try:
            os.write(self.fd, f"{self.stamp} kg.serve.access {line}\n".encode("utf-8", "replace"))
        except OSError:
            return False
        return True


ACCESS_LINES = AccessLines()


# ---------------------------------------------------------------- the app


def create_app(settings: Settings) -> Starlette:
    """The Starlette app; its worker processes start with the app (lifespan) and stop with it."""
    settings.check()
    pool = Pool(settings.pool_config())
    s = settings
    endpoint = s.root + "/sparql"
    limits_url = s.root + "/limits"

    @asynccontextmanager
    async def lifespan(_app: Any) -> Any:
        await pool.start()
        try:
            yield
        finally:
            await pool.close()

    def respond(request: Request, reply: Reply, vary: bool = True) -> Response:
        if reply.rows is not None:
            request.state.rows = reply.rows
        headers = dict(reply.headers)
        if vary:
            headers["Vary"] = "Accept"
        return Response(reply.body, reply.status, headers, media_type=reply.media)

    async def read_body(request: Request) -> bytes:
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > s.max_body:
            raise Reply.error(413, f"the request body is larger than the limit ({s.max_body} bytes)")
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > s.max_body:
                raise Reply.error(413, f"the request body is larger than the limit ({s.max_body} bytes)")
            chunks.append(chunk)
        return b"".join(chunks)

    def url_params(request: Request) -> list[tuple[str, str]]:
        return form(request.scope.get("query_string", b""))

    async def protocol_params(request: Request) -> tuple[list[tuple[str, str]], str | None, str | None]:
        """(parameters, query, update) from the URL and, for POST, the body."""
        body = await read_body(request) if request.method == "POST" else b""
        return read_params(request.method, request.scope.get("query_string", b""),
                           request.headers.get("content-type", ""), body)

    def refused(request: Request) -> Reply | None:
        if not s.allow_update:
            return Reply.error(403, "this endpoint is read-only (start it with --allow-update and a token to allow updates)")
        auth = request.headers.get("authorization", "")
        given = auth[7:].strip() if auth[:7].lower() == "bearer " else ""
        if not given or not hmac.compare_digest(given.encode(), (s.token or "").encode()):
            return Reply.error(401, "updates need Authorization: Bearer TOKEN", {"WWW-Authenticate": 'Bearer realm="rdkg"'})
        return None

    async def gone(request: Request) -> None:
        """Returns when the client hangs up (the body has been read by then)."""
        while True:
            message = await request.receive()
            if message["type"] == "http.disconnect":
                return

    async def run(request: Request, job: dict[str, Any]) -> Reply:
        if no_cache(request.headers.get("cache-control", ""), request.headers.get("pragma", "")):
            job["fresh"] = True  # the client asks for an answer from the store, not a kept one
        watch = asyncio.ensure_future(gone(request))
        try:
            reply = await pool.run(job, watch)
        finally:
            watch.cancel()
        if job.get("note"):
            request.state.note = job["note"]
        return reply

    async def run_update(request: Request, update: str, params: list[tuple[str, str]]) -> Response:
        if request.method != "POST":
            return respond(request, Reply.error(405, "send updates with POST", {"Allow": "POST"}))
        no = refused(request)
        if no:
            return respond(request, no)
        job = {"op": "update", "update": update, "base": endpoint, "max_load": s.max_body * 16, "timeout": s.timeout,
               "using": [v for k, v in params if k == "using-graph-uri"],
               "using_named": [v for k, v in params if k == "using-named-graph-uri"]}
        return respond(request, await run(request, job))

    async def describe(request: Request) -> Response:
        accept = parse_accept(request.headers.get("accept"))
        if accept and accept[0] in ("text/html", "application/xhtml+xml"):
            return RedirectResponse(s.root + "/", 303, headers={"Vary": "Accept"})
        reply = await run(request, {"op": "graphs"})
        if reply.status != 200:
            return respond(request, reply)
        fmt = dict(url_params(request)).get("format")
        name = choose_format("graph", fmt, accept)
        kwargs: dict[str, Any] = {"format": getattr(ox.RdfFormat, GRAPH_OX[name])}
        if name == "turtle":
            kwargs["prefixes"] = {"sd": SD, "dcterms": V.DCT, "rdkg": V.RDKG}
        body = ox.serialize(service_description(json.loads(reply.body)), **kwargs) or b""
        return Response(body, 200, {"Vary": "Accept"}, media_type=content_type("graph", name))

    def service_description(graphs: list[str]) -> list[ox.Triple]:
        n, a = ox.NamedNode, ox.NamedNode(V.RDF + "type")
        svc, ds, dg = ox.BlankNode(), ox.BlankNode(), ox.BlankNode()
        out = [
            ox.Triple(svc, a, n(SD + "Service")),
            ox.Triple(svc, n(SD + "endpoint"), n(endpoint)),
            ox.Triple(svc, n(V.DCT + "title"), ox.Literal("rdkg: knowledge graph of legislative work reports")),
            ox.Triple(svc, n(SD + "supportedLanguage"), n(SD + "SPARQL11Query")),
            ox.Triple(svc, n(SD + "feature"), n(SD + "UnionDefaultGraph")),
            ox.Triple(svc, n(SD + "defaultDataset"), ds),
            ox.Triple(ds, a, n(SD + "Dataset")),
            ox.Triple(ds, n(SD + "defaultGraph"), dg),
            ox.Triple(dg, a, n(SD + "Graph")),
            ox.Triple(svc, n(V.RDFS + "seeAlso"), n(limits_url)),
            ox.Triple(svc, n(V.RDKG + "maxRows"), ox.Literal(str(s.max_rows), datatype=n(V.XSD + "integer"))),
            ox.Triple(svc, n(V.RDKG + "timeLimit"), ox.Literal(str(s.timeout), datatype=n(V.XSD + "decimal"))),
            ox.Triple(svc, n(V.RDFS + "comment"), ox.Literal(s.limits_doc()["rows"], language="en")),
        ]
        if s.allow_update:
            out.append(ox.Triple(svc, n(SD + "supportedLanguage"), n(SD + "SPARQL11Update")))
        for f in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                  "Turtle", "N-Triples", "JSON-LD", "RDF_XML"):
            out.append(ox.Triple(svc, n(SD + "resultFormat"), n(FMT + f)))
        for g in graphs:
            ng = ox.BlankNode()
            out += [ox.Triple(ds, n(SD + "namedGraph"), ng), ox.Triple(ng, a, n(SD + "NamedGraph")),
                    ox.Triple(ng, n(SD + "name"), n(g))]
        return out

    def query_job(params: list[tuple[str, str]], query: str, request: Request) -> dict[str, Any]:
        return make_query_job(s, params, query, request.headers.get("accept"))

    async def sparql(request: Request) -> Response:
        try:
            params, query, update = await protocol_params(request)
            if update is not None:
                return await run_update(request, update, params)
            if query is None:
                return await describe(request)
            return respond(request, await run(request, query_job(params, query, request)))
        except Reply as reply:
            return respond(request, reply)

    async def update_route(request: Request) -> Response:
        try:
            params, _query, update = await protocol_params(request)
            if update is None:
                return respond(request, Reply.error(400, "no update given (POST application/sparql-update, or form update=…)"))
            return await run_update(request, update, params)
        except Reply as reply:
            return respond(request, reply)

    async def list_queries(_request: Request) -> Response:
        from ..saved import catalogue

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
        if not re.match(r"^[A-Za-z0-9_]+$", name):
            return respond(request, Reply.error(404, f"no saved query {name!r} (see /queries)"))
        try:
            fmt = None
            values: dict[str, str] = {}
            for k, v in url_params(request):
                if k == "format":
                    fmt = v
                else:
                    values[k] = v
            job = {"op": "saved", "name": name, "params": values, "format": fmt, "base": endpoint,
                   "accept": parse_accept(request.headers.get("accept")), "max_rows": s.max_rows,
                   "truncated_link": limits_url + "#rows"}
            return respond(request, await run(request, job))
        except Reply as reply:
            return respond(request, reply)

    async def reports(request: Request) -> Response:  # the Store contract's reports(), as JSON
        return respond(request, await run(request, {"op": "reports"}), vary=False)

    async def stats(request: Request) -> Response:  # the Store contract's stats(), as JSON
        return respond(request, await run(request, {"op": "stats"}), vary=False)

    async def limits(_request: Request) -> Response:
        return JSONResponse(s.limits_doc())

    async def page(_request: Request) -> Response:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    async def about(request: Request) -> Response:  # the query page's header line (kg/entity.py)
        return respond(request, await run(request, {"op": "about"}))

    async def entity(request: Request) -> Response:  # /entity?iri=…, and any other path as base + path
        from ..entity import entity_job

        job = entity_job(dict(url_params(request)), parse_accept(request.headers.get("accept")),
                         request.scope.get("raw_path") or b"", request.scope.get("root_path", "") + "/")
        return respond(request, await run(request, job))

    async def on_error(request: Request, exc: Exception) -> Response:
        log.error("unexpected error on %s %s: %s: %s", request.method, request.url.path, type(exc).__name__, exc)
        return respond(request, Reply.error(500, f"internal error: {type(exc).__name__}"), vary=False)

    def routes() -> list[Any]:
        """The route table: one line per route."""
        return [
            Route("/", page, name="page"),
            Route("/favicon.ico", lambda _r: Response(status_code=204)),
            Route("/sparql", sparql, methods=["GET", "POST"]),
            Route("/update", update_route, methods=["POST"]),
            Route("/queries", list_queries),
            Route("/queries/{name}", saved),
            Route("/limits", limits),
            Route("/reports", reports),
            Route("/stats", stats),
            Mount("/static", StaticFiles(directory=STATIC), name="static"),
            Route("/about", about),
            Route("/entity", entity),
            Route("/{path:path}", entity),  # the graph's IRIs under the base, dereferenced
        ]

    app = Starlette(
        routes=routes(),
        middleware=[
            Middleware(AccessLog, max_url=s.max_url),
            Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST", "OPTIONS"],
                       allow_headers=["*"], expose_headers=["X-Rows-Truncated", "X-Max-Rows"], max_age=3600),
        ],
        exception_handlers={Exception: on_error},
        lifespan=lifespan,
    )
    app.state.pool = pool
    app.state.settings = s
    app.state.queries = QueryPath(s, pool)
    return app


SD = "http://www.w3.org/ns/sparql-service-description#"
FMT = "http://www.w3.org/ns/formats/"


