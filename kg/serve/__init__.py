"""``kg serve``: a SPARQL 1.1 Protocol endpoint over the embedded store, and a page to query it.

The package is split the way a request travels:

- ``http``: HTTP/1.1 parsing (uvicorn's httptools protocol with the URL and request-head limits);
- ``protocol``: replies, content negotiation, the checks a text passes before Oxigraph parses it,
  the RDF dataset of a request, ``using-graph-uri``, the LOAD allow-list (no HTTP, no store);
- ``worker``: the worker processes (one read-only store handle each, a memory limit, live data by
  store generation) and what they run;
- ``pool``: the fast and slow lanes, the bounded queue, cancellation when a client hangs up;
- ``direct``: on a read-only server, connections lent to the workers, which answer SPARQL queries on
  them themselves (the server accepts, parks idle kept-alive connections and watches);
- ``routes``: settings, the route table, request parsing, the access log.

The store is named by its spec and opened through the registry (``kg.stores.open_store``); it must
have the ``EmbeddedEngine`` capability (``kg.stores.base``), which the embedded store has.

Why these libraries: Starlette and uvicorn give HTTP/1.1, streaming bodies, CORS and static files in
a few lines (httptools parses in C); Oxigraph parses, evaluates and serialises SPARQL. rdflib-endpoint was not taken: it
runs queries in the server process, where they cannot be stopped.
"""

from __future__ import annotations

import logging
import socket
import sys
from pathlib import Path
from typing import Any

from .http import http_protocol
from .protocol import Reply, ServerError
from .routes import MiB, Settings, create_app

__all__ = ["Reply", "ServerError", "Settings", "create_app", "serve", "check_store"]


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


def check_store(spec: str | Path, allow_update: bool) -> str:
    """Open and close the store once, so that a missing, locked or unservable store is a one-line
    error before the server listens; returns the store's location."""
    from ..stores import open_store
    from ..stores.base import EmbeddedEngine, StoreError

    try:
        st = open_store(str(spec), read_only=not allow_update, create=allow_update)
    except StoreError as err:
        raise ServerError(str(err)) from None
    try:
        if not isinstance(st, EmbeddedEngine):
            raise ServerError(f"{spec}: kg serve runs SPARQL on the embedded store's own engine, in worker processes; "
                              "give --store rdf:PATH (a Neo4j server has its Browser, a SPARQL store its own endpoint)")
        if st.location == "memory:":
            raise ServerError("memory: a store in memory cannot be shared with the query workers; give --store rdf:PATH")
        return st.location
    finally:
        st.close()


def _event_loop() -> str:
    """uvloop (libuv, in C) where it installs: asyncio's own loop in Python was a fifth of the server
    process's CPU per request (sockets, the workers' pipes, timers); asyncio's elsewhere (Windows)."""
    try:
        import uvloop  # noqa: F401
    except ImportError:
        return "asyncio"
    return "uvloop"


def _quiet_logs() -> None:
    """kg.serve logs at info to stderr, one line each (the access log, dropped clients); uvicorn's
    own error log is kept at warning and never carries a client's traceback."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(message)s", "%Y-%m-%dT%H:%M:%S"))
    root = logging.getLogger("kg.serve")
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    root.propagate = False
    from .routes import ACCESS_LINES

    ACCESS_LINES.use(handler)
    # a line per request: no caller's file and line (a walk up the stack), thread or process names,
    # which the lines do not show (the logging HOWTO's "Optimization" switches; this process only)
    logging._srcfile = None  # type: ignore[attr-defined]
    logging.logThreads = logging.logProcesses = logging.logMultiprocessing = False


def _server_class() -> type:
    """uvicorn's Server, accepting through the pool's ``Handoff`` (kg/serve/direct.py) when it has one:
    connections go to the query workers, and to uvicorn's HTTP stack when a worker hands one back."""
    import asyncio

    import uvicorn

    class Server(uvicorn.Server):
        listener: socket.socket
        pool: Any
        _handoff: Any = None

        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            handoff = self.pool.handoff
            if handoff is None:
                return await super().startup(sockets=sockets)
            await super().startup(sockets=[])
            if self.should_exit:
                return
            loop = asyncio.get_running_loop()
            config, state, tasks = self.config, self.server_state, set()

            def to_app(sock: socket.socket, data: bytes) -> None:
                def protocol() -> Any:
                    p = config.http_protocol_class(config=config, server_state=state,  # type: ignore[call-arg]
                                                   app_state=self.lifespan.state, _loop=loop)
                    p.replay = data  # read by a worker before it handed the connection back
                    return p

                task = loop.create_task(loop.connect_accepted_socket(protocol, sock))
                tasks.add(task)
                task.add_done_callback(_quietly(tasks))

            handoff.listen(self.listener, to_app)
            self._handoff = handoff

        async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
            if self._handoff is not None:
                self._handoff.stop_listening()
            await super().shutdown(sockets=sockets)

    return Server


def _quietly(tasks: set) -> Any:
    def done(task: Any) -> None:
        tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:  # the client left before it was set up
            logging.getLogger("kg.serve").info("a connection handed back could not be set up: %s", task.exception())

    return done


def serve(
    store: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    public_url: str | None = None,
    max_memory_mib: int | None = None,
    allow_load: list[str] | None = None,
    slow_after: float | None = None,
    cache_mib: int | None = None,
    **options: object,
) -> None:
    """Run the endpoint on the store ``store`` names (a spec, kg.stores.open_store: rdf:PATH or a folder)
    until interrupted; problems before it listens raise ServerError (one line).

    ``options`` are ``Settings`` fields (timeout, max_rows, max_body, workers, allow_update, token …).
    """
    import uvicorn

    options.pop("access_log", None)
    shown = f"[{host}]" if ":" in host else host
    settings = Settings(store=str(store), public_url=public_url or f"http://{shown}:{port}", **options)  # type: ignore[arg-type]
    if max_memory_mib is not None:
        settings.max_memory = max_memory_mib * MiB
    if allow_load:
        settings.allow_load = list(allow_load)
    if slow_after is not None:
        settings.slow_after = slow_after
    if cache_mib is not None:
        settings.cache = cache_mib * MiB
    settings.check()
    settings.pool_config()  # --allow-load is checked here
    check_store(store, settings.allow_update)
    app = create_app(settings)
    sock = _listen(host, port)
    _quiet_logs()
    mode = "read-write (updates need the token)" if settings.allow_update else "read-only"
    print(f"kg serve: SPARQL endpoint {settings.root}/sparql, query page {settings.root}/ "
          f"({mode}; time limit {settings.timeout:g} s, at most {settings.max_rows} rows; limits at {settings.root}/limits); "
          "Ctrl-C stops it", flush=True)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on", loop=_event_loop(),
                            timeout_graceful_shutdown=5, limit_concurrency=1000,
                            # httptools; URLs up to 4x the limit get the app's 414 that says to POST, longer
                            # request heads a 414 or 431 from the protocol (kg/serve/http.py)
                            http=http_protocol(4 * settings.max_url, app.state.queries, settings.max_url))
    server = _server_class()(config)
    server.listener, server.pool = sock, app.state.pool
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
    if not server.started:
        raise ServerError("the server did not start (see the message above)")
