"""Query workers: processes that each hold a read-only handle on the store and run one job at a time.

pyoxigraph cannot interrupt a running query, so a query runs in a worker process that the server
kills when the client leaves, the time limit passes or the slow lane is full. Each worker has an
OS memory limit (``RLIMIT_DATA``): a query that needs more makes the allocator fail, the worker
aborts, and the server answers 507 and starts another.

The store is opened by its spec through the registry (``kg.stores.open_store``) and must have the
``EmbeddedEngine`` capability (``kg.stores.base``): the worker runs the Protocol's queries, updates
and LOAD on ``store.engine()``, saved queries through ``store.saved_result``, the page's header line
through the contract (``stats``).

Live data: every job carries the store's generation (``store.commits()``, for the embedded store the
names and sizes of its write-ahead logs and manifests, which every commit of another process
changes). A worker whose handle is older reopens the store read-only before it runs the job, so
after ``kg load`` or ``kg remove`` the next request sees the new state, whichever worker takes it. A
reader whose files were compacted away under it (RocksDB's "No such file" IO error) reopens and
runs the job again once.
"""

from __future__ import annotations

import asyncio
import collections
import functools
import itertools
import json
import os
import pickle
import re
import resource
import signal
import socket
import struct
import time
import urllib.request
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .. import vocab as V
from ..saved import QueryError, bind_defaults
from .protocol import (
    GRAPH_OX,
    RESULT_OX,
    Dataset,
    LoadPolicy,
    Reply,
    ServerError,
    TextLimits,
    check_query,
    check_text,
    choose_format,
    content_type,
    parse_binding,
    with_using,
)

TRUNCATED = "X-Rows-Truncated"


# ---------------------------------------------------------------- rendering


class _Enough(Exception):
    """Raised inside Oxigraph's serialiser to stop a query once the row cap is passed."""


class _RowCap:
    """Where Oxigraph writes a SELECT result: keeps the chunks, counts the rows by the bytes that begin
    one (``mark``), and stops the query (by raising) once row ``limit`` + 1 has begun. Oxigraph hands
    over 8 KiB at a time; a mark split between two chunks is found in the last bytes kept."""

    def __init__(self, mark: bytes, limit: int) -> None:
        self.mark, self.limit = mark, limit
        self.parts: list[bytes] = []
        self.count = 0
        self._tail = b""

    def write(self, chunk: bytes) -> int:
        chunk = bytes(chunk)
        self.parts.append(chunk)
        seen = self._tail + chunk
        self.count += seen.count(self.mark)
        self._tail = seen[len(seen) - len(self.mark) + 1:]
        if self.count > self.limit:
            raise _Enough
        return len(chunk)

    def flush(self) -> None:
        pass


def _take(items: Any, limit: int) -> tuple[list[Any], bool]:
    out = list(itertools.islice(items, limit + 1))
    return out[:limit], len(out) > limit


def _cut(max_rows: int) -> dict[str, str]:
    return {TRUNCATED: "true", "X-Max-Rows": str(max_rows)}


_JSON_HEAD = b'{"head":{'
_JSON_ROWS = b'"results":{"bindings":['
# SPARQL JSON as Oxigraph writes it: a row with a binding begins ',{"' (the first one '[{"'), which no
# string holds (a quote inside one is escaped); an empty row is '{}', and then the rows are found by
# skipping the strings
_JSON_TOKEN = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[,]\{')


def _json_row_starts(body: bytes, limit: int) -> list[int]:
    """Where the rows of a SPARQL JSON answer begin (the offset of each row's ``{``), at most limit + 1."""
    out: list[int] = []
    at = body.find(_JSON_ROWS)
    if at < 0:
        return out
    for m in _JSON_TOKEN.finditer(body, at + len(_JSON_ROWS) - 1):
        if m.group()[:1] != b'"':
            out.append(m.start() + 1)
            if len(out) > limit:
                break
    return out


def _direct(result: ox.QuerySolutions, fmt: str, max_rows: int) -> tuple[bytes, int, bool]:
    """SELECT results written by Oxigraph straight in SPARQL JSON or XML: (body, rows, cut)."""
    if fmt == "xml":  # every row, empty or not, begins "<result>", which no text holds ("<" is escaped)
        cap = _RowCap(b"<result>", max_rows)
    else:
        cap = _RowCap(b',{"', max_rows - 1)  # the first row begins '[{"': row max_rows + 1 is mark max_rows
    try:
        result.serialize(cap, format=getattr(ox.QueryResultsFormat, RESULT_OX[fmt]))
        stopped = False
    except _Enough:
        stopped = True
    body = b"".join(cap.parts)
    if fmt == "xml":
        if not stopped:
            return body, cap.count, False
        at = -1
        for _ in range(max_rows + 1):
            at = body.index(b"<result>", at + 1)
        return body[:at] + b"</results></sparql>", max_rows, True
    if not stopped and b"{}" not in body:
        empty = body.endswith(b"[]}}")
        return body, 0 if empty else cap.count + 1, False
    starts = _json_row_starts(body, max_rows)  # an empty row (or "{}" in a value), or the cap passed
    if len(starts) <= max_rows and not stopped:
        return body, len(starts), False
    return body[:starts[max_rows] - 1] + b"]}}", max_rows, True


def render_solutions(result: ox.QuerySolutions, fmt: str, job: dict[str, Any]) -> Reply:
    """SELECT results, at most max_rows of them; a cut answer says so in its head (a ``link``) too.

    Oxigraph serialises, into a writer that counts the rows and stops the query past the cap: JSON and
    XML straight in that format, TSV as it is, CSV through TSV (lossless: every term in N-Triples
    syntax, one row a line) and Oxigraph's parser. No term passes through Python objects, which is
    what made rendering cost as much as the query itself on answers of a few dozen rows.
    """
    max_rows = job["max_rows"]
    if fmt in ("json", "xml") and max_rows > 0:
        body, rows, truncated = _direct(result, fmt, max_rows)
    else:
        cap = _RowCap(b"\n", max_rows + 1)  # the header line, then a line per row
        try:
            result.serialize(cap, format=ox.QueryResultsFormat.TSV)
        except _Enough:
            pass
        tsv = b"".join(cap.parts)
        if not tsv.endswith(b"\n"):
            tsv += b"\n"
        lines = tsv.split(b"\n", max_rows + 1)
        truncated = len(lines) > max_rows + 1 and lines[max_rows + 1] != b""
        if truncated:
            tsv = b"\n".join(lines[: max_rows + 1]) + b"\n"
        rows = min(tsv.count(b"\n") - 1, max_rows)
        if fmt == "tsv":
            body = tsv
        else:
            parsed = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
            body = parsed.serialize(format=getattr(ox.QueryResultsFormat, RESULT_OX[fmt]))
    if truncated and fmt == "json":
        link = json.dumps([job["truncated_link"]]).encode()
        if body.startswith(_JSON_HEAD):
            body = _JSON_HEAD + b'"link":' + link + b"," + body[len(_JSON_HEAD):]
        else:  # not Oxigraph's usual layout: through Python
            doc = json.loads(body)
            doc["head"]["link"] = [job["truncated_link"]]
            body = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()
    elif truncated and fmt == "xml":
        link_attr = job["truncated_link"].replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
        body = body.replace(b"</head>", f'<link href="{link_attr}"/></head>'.encode(), 1)
    return Reply(200, body, content_type("results", fmt), _cut(max_rows) if truncated else {}, rows)


def render(result: Any, job: dict[str, Any]) -> Reply:
    fmt, accept = job.get("format"), job.get("accept", [])
    if isinstance(result, ox.QuerySolutions):
        return render_solutions(result, choose_format("results", fmt, accept), job)
    if isinstance(result, ox.QueryBoolean):
        name = choose_format("results", fmt, accept)
        return Reply(200, result.serialize(format=getattr(ox.QueryResultsFormat, RESULT_OX[name])), content_type("results", name), {}, 1)
    name = choose_format("graph", fmt, accept)
    triples, truncated = _take(result, job["max_rows"])
    kwargs: dict[str, Any] = {"format": getattr(ox.RdfFormat, GRAPH_OX[name])}
    if name in ("turtle", "rdfxml"):
        kwargs["prefixes"] = V.PREFIXES
    body = ox.serialize(triples, **kwargs) or b""
    if truncated and name == "turtle":
        body = f"# truncated at {job['max_rows']} triples: {job['truncated_link']}\n".encode() + body
    return Reply(200, body, content_type("graph", name), _cut(job["max_rows"]) if truncated else {}, len(triples))


# ---------------------------------------------------------------- running one job


_LOAD_OP = re.compile(r"^\s*LOAD\s+(SILENT\s+)?<([^<>\"{}|^`\\\s]*)>\s*(?:INTO\s+GRAPH\s+<([^<>\"{}|^`\\\s]*)>)?\s*;?\s*$", re.I)
_RDF_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
              "text/plain": ox.RdfFormat.N_TRIPLES, "application/rdf+xml": ox.RdfFormat.RDF_XML,
              "application/ld+json": ox.RdfFormat.JSON_LD, "application/n-quads": ox.RdfFormat.N_QUADS,
              "application/trig": ox.RdfFormat.TRIG}


def run_load(store: Any, update: str, policy: LoadPolicy, max_bytes: int, timeout: float) -> Reply:
    """LOAD, done here rather than by Oxigraph's HTTP client: allow-listed sources only, no redirects,
    a size and time limit, parsed by the served media type (or the file extension), one transaction."""
    m = _LOAD_OP.match(update)
    if not m:
        raise Reply.error(400, "send LOAD as an update of its own: LOAD <source> [INTO GRAPH <g>]")
    silent, source, target = bool(m.group(1)), m.group(2), m.group(3)
    local = policy.allowed(source)
    try:
        if local is not None:
            data = local.read_bytes()[: max_bytes + 1]
            fmt = ox.RdfFormat.from_extension(local.suffix.lstrip(".")) if local.suffix else None
        else:
            opener = urllib.request.build_opener(_NoRedirect)
            req = urllib.request.Request(source, headers={"Accept": "text/turtle, application/n-triples;q=0.9, application/rdf+xml;q=0.8"})
            with opener.open(req, timeout=timeout) as r:
                data = r.read(max_bytes + 1)
                media = (r.headers.get("content-type") or "").split(";")[0].strip().lower()
            fmt = _RDF_TYPES.get(media) or ox.RdfFormat.from_extension(Path(source).suffix.lstrip(".") or "ttl")
        if len(data) > max_bytes:
            raise Reply.error(413, f"LOAD <{source}>: larger than the limit ({max_bytes} bytes)")
        if fmt is None:
            raise Reply.error(415, f"LOAD <{source}>: cannot tell its RDF format")
        kwargs: dict[str, Any] = {"format": fmt, "base_iri": source}
        if target:
            kwargs["to_graph"] = ox.NamedNode(target)
        store.engine().load(data, **kwargs)
        store.flush()
        return Reply(204)
    except Reply:
        raise
    except (OSError, SyntaxError, ValueError) as err:
        if silent:
            return Reply(204)
        raise Reply.error(400, f"LOAD <{source}> failed: {err}") from None


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        raise OSError("it redirects; give the final URL")


@functools.lru_cache(maxsize=256)
def _passed(text: str, limits: TextLimits) -> None:
    check_query(text, limits)


def _checked(text: str, limits: TextLimits) -> None:
    """``check_query`` once per text a worker sees again and again (a page's or a client's repeated
    query); a refused text raises every time."""
    if len(text) <= 20_000:
        _passed(text, limits)
    else:
        check_query(text, limits)


def execute(store: Any, job: dict[str, Any], limits: TextLimits, policy: LoadPolicy) -> Reply:
    """Run one job on an open store with the EmbeddedEngine capability; every outcome is a Reply."""
    op = job["op"]
    try:
        if op == "query":
            _checked(job["query"], limits)
            kwargs: dict[str, Any] = {"prefixes": V.PREFIXES, "base_iri": job.get("base")}
            kwargs |= Dataset(job.get("default", []), job.get("named", []), job.get("union")).query_kwargs()
            query = job["query"]
            if job.get("bindings"):
                # a variable with a one-row VALUES block (a saved query's parameter) gets its value there;
                # any other is substituted by Oxigraph (SEP-0007)
                terms = {k: parse_binding(k, v) for k, v in job["bindings"].items()}
                query, rest = bind_defaults(query, terms)
                kwargs["substitutions"] = {ox.Variable(k): v for k, v in rest.items()}
            return render(store.engine().query(query, **kwargs), job)
        if op == "saved":
            return render(store.saved_result(job["name"], **job["params"]), job)
        if op == "update":
            bare = check_text(job["update"], limits)
            if re.search(r"(?<![\w:$?])LOAD(?![\w:-])", bare, re.I):
                if not policy.urls and not policy.folders:
                    raise Reply.error(403, "LOAD is off on this endpoint (start it with --allow-load HOST-OR-FOLDER to allow it)")
                return run_load(store, job["update"], policy, job["max_load"], job["timeout"])
            text = with_using(job["update"], job.get("using", []), job.get("using_named", []))
            store.engine().update(text, prefixes=V.PREFIXES, base_iri=job.get("base"))
            store.flush()
            return Reply(204)
        if op in ("entity", "about"):  # the entity page and the page's header line (kg/entity.py)
            from ..entity import handle

            status, body, media = handle(store, job)
            return Reply(status, body, media, {"Vary": "Accept"} if op == "entity" else {})
        if op in ("reports", "stats"):  # through the Store contract, as `kg stats` gives them
            data: Any = [r.as_dict() for r in store.reports()] if op == "reports" else store.stats().as_dict()
            return Reply(200, json.dumps(data, ensure_ascii=False).encode(), "application/json")
        if op == "graphs":
            body = json.dumps(sorted(g.value for g in store.engine().named_graphs() if isinstance(g, ox.NamedNode)))
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
    except MemoryError:
        return Reply.error(507, "the query needed more memory than a query worker may use (--max-memory)")


def _vanished(err: BaseException) -> bool:
    return isinstance(err, OSError) and ("No such file" in str(err) or "IO error" in str(err))


def _open(spec: str, read_only: bool) -> Any:
    from ..stores import open_store

    return open_store(spec, read_only=read_only, create=not read_only)


class _Handle:
    """The worker's read-only (or read-write) handle on the store and the generation it shows."""

    def __init__(self, spec: str, read_only: bool, limits: TextLimits, policy: LoadPolicy) -> None:
        self.spec, self.read_only, self.limits, self.policy = spec, read_only, limits, policy
        self.store = _open(spec, read_only)
        self.commits = self.store.commits()
        self.generation: Any = None  # the pool's stamp of the last job from the pipe
        self.seen: Any = self.commits()  # the store's generation at the last request read from a connection

    def run(self, job: dict[str, Any], stale: bool) -> Reply:
        """Run a job, reopening the store first when ``stale``; a reader whose files were compacted away
        under it reopens and runs the job again once."""
        for attempt in (1, 2):
            try:
                if self.read_only and (stale or attempt == 2):
                    self.store.close()
                    self.store = _open(self.spec, True)
                    stale = False
                return execute(self.store, job, self.limits, self.policy)
            except OSError as err:
                if attempt == 1 and self.read_only and _vanished(err):
                    continue
                return Reply.error(503, f"the store could not be read ({err}); try again")
            except Exception as err:  # noqa: BLE001 - nothing a client sends may end the worker
                return Reply.error(500, f"internal error: {type(err).__name__}: {err}")
        raise AssertionError("unreachable")

    def run_job(self, job: dict[str, Any]) -> Reply:
        """A job from the pool, stamped with the pool's generation."""
        stale = job.get("gen") != self.generation
        self.generation = job.get("gen")
        return self.run(job, stale)

    def look(self) -> tuple[Any, bool]:
        """The store's generation now, and whether the handle is older (for a request read from a
        connection: no pool stamps it)."""
        key = self.commits()
        stale = key != self.seen
        self.seen = key
        return key, stale


def worker_main(conn: Any, spec: str, read_only: bool, memory: int, limits: TextLimits, policy: LoadPolicy,
                direct: dict[str, Any] | None = None, board: tuple[Any, Any] | None = None) -> None:
    """A worker process: open the store, then answer jobs (and, given ``direct``, connections) until
    told to stop (None) or killed. Given ``board`` (a lock and three shared numbers: the job taken
    back, the job started, when it started), jobs may wait in the pipe behind the one running
    (kg/serve/pool.py): a job is started only if the pool has not taken it back, and the board says
    which job started and when, under the lock, so that a job is either run here or taken back, never
    both, never neither."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the parent stops us
    try:
        handle = _Handle(spec, read_only, limits, policy)
    except Exception as err:  # noqa: BLE001 - reported to the parent as text
        conn.send(("fail", str(err)))
        return
    if memory:
        used = _data_size()
        resource.setrlimit(resource.RLIMIT_DATA, (used + memory, used + memory))
    conn.send(("ready", handle.commits))
    fd = conn.fileno()  # jobs and replies go as frames of their own from here (read_frame, write_frame)
    if direct is not None:
        from .cache import SharedAnswers
        from .direct import ConnectionLoop
        from .routes import QueryPath

        answers = SharedAnswers(direct["cache_dir"], direct["cache_bytes"]) if direct["cache_dir"] else None
        loop = ConnectionLoop(fd, direct["hand"], direct["slot"], handle, QueryPath(direct["settings"], None), answers,
                              direct["settings"].timeout)
        try:
            loop.run()
        except (SystemExit, OSError):
            pass
        handle.store.close()
        return
    frames = Frames(fd)
    while True:
        try:
            frame = frames.read()
        except OSError:
            break
        if frame is None:
            break
        job = pickle.loads(frame)
        if job is None:
            break
        if board is not None and not _start(board, job.get("seq", 0)):
            out = b""  # taken back: an empty frame keeps the replies in the order of the jobs
        else:
            out = pickle.dumps(handle.run_job(job), pickle.HIGHEST_PROTOCOL)
        try:
            write_frame(fd, out)
        except OSError:
            break
    handle.store.close()


TAKEN, STARTED, STARTED_AT = 0, 1, 2  # the board's numbers


def _start(board: tuple[Any, Any], seq: int) -> bool:
    """Whether to run job ``seq`` (False: the pool took it back); when it runs, the board says so."""
    lock, shared = board
    with lock:
        if shared[TAKEN] == seq:
            return False
        shared[STARTED_AT] = time.monotonic_ns()  # before STARTED: a reader that sees the job sees its time
        shared[STARTED] = seq
    return True


def _data_size() -> int:
    """The worker's data segment now (VmData), so that --max-memory is what a query may add."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmData:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


# ---------------------------------------------------------------- the pipe between them

_HEAD = struct.Struct("!I")


def read_frame(fd: int) -> bytes | None:
    """One message (a 4-byte length, then that many bytes) from a blocking descriptor; None at its end.

    One read system call for a message under 64 KiB (multiprocessing's Connection makes two: the
    length, then the rest). Only one message is ever in flight each way, so nothing is read past it.
    """
    buf = os.read(fd, 65536)
    while 0 < len(buf) < 4:
        more = os.read(fd, 65536)
        if not more:
            return None
        buf += more
    if not buf:
        return None
    need = 4 + _HEAD.unpack_from(buf)[0]
    if len(buf) >= need:
        return buf[4:need]
    parts, have = [buf], len(buf)
    while have < need:
        chunk = os.read(fd, min(need - have, 1 << 22))
        if not chunk:
            return None
        parts.append(chunk)
        have += len(chunk)
    return b"".join(parts)[4:need]


class Frames:
    """Messages from a blocking descriptor that may hold more than one (jobs queued in the pipe)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buf = bytearray()

    def read(self) -> bytes | None:
        buf = self.buf
        while True:
            want = 65536
            if len(buf) >= 4:
                need = 4 + _HEAD.unpack_from(buf)[0]
                if len(buf) >= need:
                    frame = bytes(buf[4:need])
                    del buf[:need]
                    return frame
                want = max(want, need - len(buf))
            chunk = os.read(self.fd, want)
            if not chunk:
                return None
            buf += chunk


def write_frame(fd: int, data: bytes) -> None:
    """One message, its length and bytes in one write system call (more only for a reply over the
    socket's buffer)."""
    view = memoryview(_HEAD.pack(len(data)) + data)
    while view:
        view = view[os.write(fd, view):]


# ---------------------------------------------------------------- the handle the server holds


class WorkerDied(Exception):
    def __init__(self, exitcode: int | None) -> None:
        super().__init__(exitcode)
        self.exitcode = exitcode


class Worker:
    """One worker process and the pipe to it; ``run`` waits on the pipe without a thread."""

    _ctx: Any = None

    @classmethod
    def context(cls) -> Any:
        """Workers fork from a server process that has imported pyoxigraph and kg already (forkserver),
        so that a replacement is ready in milliseconds even when the CPUs are busy; spawn elsewhere."""
        if cls._ctx is None:
            import multiprocessing as mp

            if "forkserver" in mp.get_all_start_methods():
                cls._ctx = mp.get_context("forkserver")
                cls._ctx.set_forkserver_preload(["kg.serve.worker", "kg.stores", "kg.stores.rdf", "kg.saved"])
            else:
                cls._ctx = mp.get_context("spawn")
        return cls._ctx

    def __init__(self, spec: str, read_only: bool, memory: int, limits: TextLimits, policy: LoadPolicy,
                 start_timeout: float = 60.0, direct: dict[str, Any] | None = None, queue: bool = False) -> None:
        ctx = self.context()
        # given ``queue``, a job may wait in the pipe behind the running one (kg/serve/pool.py): the jobs in
        # the pipe in order (the pool's turns, with the number each was sent under), and the board
        self.jobs: collections.deque[tuple[Any, int]] = collections.deque()
        self.board: tuple[Any, Any] | None = (ctx.Lock(), ctx.RawArray("q", 3)) if queue else None
        self._frames: Any = None
        self._buf = bytearray()
        parent, child = ctx.Pipe()
        self.hand: socket.socket | None = None  # connections go to it, orders and hand-backs come from it
        self.slot: Any = None  # what it does with them (kg/serve/direct.py)
        self.conns: set[int] | None = None  # the ids of the connections it holds (Handoff.attach)
        self.dead = self.piped = False  # dropped; running a job from the pipe
        args: tuple = (child, spec, read_only, memory, limits, policy)
        if direct is not None:
            from .direct import SLOT

            self.hand, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
            self.slot = ctx.RawArray("q", SLOT)
            args += ({**direct, "hand": theirs, "slot": self.slot},)
        elif self.board is not None:
            args += (None, self.board)
        self.proc = ctx.Process(target=worker_main, args=args, daemon=True)
        self.proc.start()
        child.close()
        if direct is not None:
            theirs.close()
            self.hand.setblocking(False)
        self.conn = parent
        self.fd = parent.fileno()
        self.slow = False
        self._watch: tuple[Any, int] | None = None
        self._ready: asyncio.Future | None = None
        self._reply: Reply | None = None
        if not parent.poll(start_timeout):
            self.kill()
            raise ServerError(f"{spec}: a query worker did not start within {start_timeout:.0f} s")
        try:
            status, info = parent.recv()
        except EOFError:
            self.kill()
            raise ServerError(f"{spec}: a query worker died while opening the store") from None
        if status != "ready":
            self.kill()
            raise ServerError(str(info))
        self.commits = info  # the store's CommitWatch: the pool stamps jobs with its value

    def send(self, job: dict[str, Any]) -> asyncio.Future:
        """Send a job; the future is done when its reply has been read (``receive`` gives it).

        The pipe stays registered with the event loop for the worker's life (no epoll_ctl per job), and
        its reply is read in the loop's callback, so a readable pipe is drained at once.
        """
        loop = asyncio.get_running_loop()
        self._ready = ready = loop.create_future()
        self._reply = None
        write_frame(self.fd, pickle.dumps(job, pickle.HIGHEST_PROTOCOL))
        if self._watch is None:
            self._watch = (loop, self.fd)
            loop.add_reader(self.fd, self._readable)
            os.set_blocking(self.fd, True)  # uvloop makes it non-blocking; a reply is read whole, as it comes
        return ready

    # ---- jobs queued in the pipe (the pool's turns; kg/serve/pool.py)

    def push(self, frame: bytes, on_frame: Any) -> None:
        """Send a pickled job; each reply (or None when the worker ends) goes to ``on_frame(worker, bytes)``,
        read in the loop's callback, in the order the jobs were sent. A frame is read whole only when it has
        all come (one read a callback: the loop is never held up by a worker that writes slowly)."""
        write_frame(self.fd, frame)
        if self._watch is None:
            loop = asyncio.get_running_loop()
            self._frames = on_frame
            self._watch = (loop, self.fd)
            loop.add_reader(self.fd, self._drain)
            os.set_blocking(self.fd, True)  # a job is written whole; a read never waits (the pipe is readable)

    def _drain(self) -> None:
        buf = self._buf
        want = 262144
        if len(buf) >= 4:
            want = max(want, 4 + _HEAD.unpack_from(buf)[0] - len(buf))
        try:
            data = os.read(self.fd, want)
        except OSError:
            data = b""
        if not data:  # the worker ended (killed, out of memory, or died)
            self.unwatch()
            self._frames(self, None)
            return
        buf += data
        while len(buf) >= 4:
            need = 4 + _HEAD.unpack_from(buf)[0]
            if len(buf) < need:
                return
            frame = bytes(buf[4:need])
            del buf[:need]
            self._frames(self, frame)
            if self._watch is None:
                return

    def take_back(self, seq: int) -> bool:
        """Take job ``seq`` back before the worker starts it; False if it has started (or is starting)."""
        assert self.board is not None
        lock, shared = self.board
        if not lock.acquire(False):  # the worker is between two jobs: it is starting this one
            return False
        try:
            if shared[STARTED] == seq:
                return False
            shared[TAKEN] = seq
            return True
        finally:
            lock.release()

    def started_at(self, seq: int) -> float | None:
        """When the worker started job ``seq`` (time.monotonic), if it has."""
        if self.board is None:
            return None
        shared = self.board[1]
        if shared[STARTED] != seq:  # read before the time: the worker writes the time first
            return None
        return shared[STARTED_AT] / 1e9

    def _readable(self) -> None:
        ready, self._ready = self._ready, None
        try:
            frame = read_frame(self.fd)
        except OSError:
            frame = None
        if frame is None:  # the worker ended (killed, out of memory, or died while idle)
            self.unwatch()
            self._reply = None
        else:
            self._reply = pickle.loads(frame)
        if ready is not None and not ready.done():
            ready.set_result(None)

    def unwatch(self) -> None:
        if self._watch is not None:
            loop, fd = self._watch
            self._watch = None
            loop.remove_reader(fd)

    def demote(self) -> None:
        """Lower the worker's CPU priority (slow lane): cheap queries in the fast lane get the CPUs first."""
        try:
            os.setpriority(os.PRIO_PROCESS, self.proc.pid, 10)
        except (OSError, AttributeError):
            pass

    def receive(self) -> Reply:
        reply, self._reply = self._reply, None
        if reply is None:
            self.proc.join(2)
            raise WorkerDied(self.proc.exitcode)
        return reply

    def kill(self) -> None:
        self.unwatch()
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            write_frame(self.fd, pickle.dumps(None))
            self.proc.join(5)
        except OSError:
            pass
        self.kill()
