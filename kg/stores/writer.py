"""The embedded store's loads in a process of their own, so that Ctrl-C can abandon one under way.

A load commits once (kg.stores.rdf.RDFStore.load: one ``extend`` or one SPARQL Update), inside
Oxigraph, where no signal reaches Python until the call returns: seconds for a large report. So while
``kg load`` runs, the store is open in a writer process that takes extractions over a pipe, and the
main process only waits for its answers, which Ctrl-C interrupts at once. On Ctrl-C the main process
tells the writer to stop (it looks right before it commits) and kills it (SIGKILL). A RocksDB transaction
that was not committed leaves nothing on disk (tried: a writer killed at any moment of a 34,000-quad
replacement leaves the report's earlier version, byte for byte, and no other graph). Then the main
process states what became of the report under way: if the store's newest write-ahead log did not
grow since the writer announced its commit, nothing was committed; otherwise it opens the store
read-only and compares the report's graph with the new one.

The writer is started by the ``forkserver`` method (a clean process that never opened a RocksDB
store: RocksDB's background threads do not survive a fork), or ``spawn`` where there is none.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import pickle
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ..model import Extraction
from .base import Interrupted, LoadResult, StoreError

if TYPE_CHECKING:
    from .rdf import RDFStore

_ctx: Any = None


def _context() -> Any:
    global _ctx
    if _ctx is None:
        if "forkserver" in mp.get_all_start_methods():
            _ctx = mp.get_context("forkserver")
            _ctx.set_forkserver_preload(["kg.stores.rdf", "kg.stores.writer", "kg.model"])
        else:
            _ctx = mp.get_context("spawn")
    return _ctx


def wal_mark(path: str) -> tuple[str, int]:
    """The newest write-ahead log of the RocksDB store at ``path`` and its size: a commit appends to it
    (or starts a newer one), so an unchanged mark means nothing was committed since it was taken."""
    logs = [e for e in os.scandir(path) if e.name.endswith(".log") and e.name[:-4].isdigit()]
    if not logs:
        return ("", 0)
    newest = max(logs, key=lambda e: int(e.name[:-4]))
    return newest.name, newest.stat().st_size


BLOCK = 32768  # RocksDB's log format: 32 KiB blocks of records, each a header (CRC, length, type[, log number])
WHOLE_END = {1: 7, 4: 7, 5: 11, 8: 11}  # FULL and LAST records end a write batch (5 and 8: recyclable logs)
HEADER = {1: 7, 2: 7, 3: 7, 4: 7, 5: 11, 6: 11, 7: 11, 8: 11}


def wal_tail(path: str, name: str, start: int) -> bool | None:
    """What was appended to the log ``name`` from byte ``start`` on: True if it ends with a whole
    record (a commit that the next open replays), False if nothing was appended or the last record
    is cut short, None if it cannot be read as RocksDB's log format."""
    try:
        with open(os.path.join(path, name), "rb") as fh:
            fh.seek(start)
            data = fh.read()
        number = int(name.removesuffix(".log"))
    except (OSError, ValueError):
        return None
    pos, whole = 0, False
    while pos < len(data):
        left = BLOCK - (start + pos) % BLOCK
        if left < 11 and not any(data[pos:pos + left]):  # a block's tail too short for a header: padding
            pos += left
            continue
        if pos + 7 > len(data):
            return False
        length = int.from_bytes(data[pos + 4:pos + 6], "little")
        kind = data[pos + 6]
        size = HEADER.get(kind)
        if size is None:
            return None
        if pos + size + length > len(data):
            return False
        if size == 11 and int.from_bytes(data[pos + 7:pos + 11], "little") != number:
            return whole  # a recycled log's older records: ours end here
        pos += size + length
        whole = kind in WHOLE_END
    return whole


class _Cancelled(Exception):
    pass


def _serve(path: str, base: str, conn: Any) -> None:
    """The writer process: open the store, then load each extraction the pipe brings until None."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the main process decides
    from ..loaders.write.rdf import graph_iri
    from .rdf import RDFStore

    try:
        store = RDFStore(path, base=base)
    except Exception as err:  # noqa: BLE001 - told to the main process, which loads in-process instead
        conn.send(("failed", str(err)))
        return
    conn.send(("ready", None))

    def before_commit(replacing: bool) -> None:
        if conn.poll():  # while a load is under way the main process says one thing only: stop
            raise _Cancelled
        conn.send(("commit", (replacing, wal_mark(path))))

    try:
        while True:
            try:
                ext = conn.recv()
            except EOFError:
                return
            if ext is None:
                return
            try:
                conn.send(("replacing", store.ox.contains_named_graph(graph_iri(ext.report.id, base))))
                conn.send(("done", store.load(ext, before_commit)))
            except _Cancelled:
                return
            except Exception as err:  # noqa: BLE001 - the main process raises it
                try:
                    pickle.dumps(err)
                except Exception:  # noqa: BLE001
                    err = StoreError(f"{path}: {type(err).__name__}: {err}")
                conn.send(("error", err))
    finally:
        store.close()


class _Writer:
    def __init__(self, store: RDFStore) -> None:
        ctx = _context()
        self.store = store
        self.path = str(store.path)
        self.conn, theirs = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(self.path, store.base, theirs), daemon=True,
                                name="rdkg-writer")
        self.proc.start()
        theirs.close()
        self.state = "starting"  # then "ready", or "here" (loads made in this process after all)

    def load(self, ext: Extraction) -> LoadResult:
        if self.state == "starting":  # the writer started while the first report was extracted
            try:
                kind, _ = self.conn.recv()
            except EOFError:
                kind = "failed"
            except KeyboardInterrupt:
                self.stop()
                raise Interrupted(ext.report.id, "kept") from None
            if kind != "ready":  # e.g. the store still referenced in this process: write here after all
                self.stop()
                self.state = "here"
            else:
                self.state = "ready"
        if self.state == "here":
            return self.store.load(ext)
        said: dict[str, Any] = {}  # the writer's messages by kind: replacing, commit, done
        try:
            self.conn.send(ext)
            while True:
                kind, value = self.conn.recv()
                if kind == "done":
                    return value
                if kind == "error":
                    raise value
                said[kind] = value
        except KeyboardInterrupt:
            self.stop()
            try:  # what the writer said before it was killed is still in the pipe
                while self.conn.poll():
                    kind, value = self.conn.recv()
                    said[kind] = value
            except (EOFError, OSError):
                pass
            done: LoadResult | None = said.get("done")
            if done is not None:
                raise Interrupted(ext.report.id, "written", done.replaced, done) from None
            if said.get("commit") is None:
                raise Interrupted(ext.report.id, "kept", said.get("replacing")) from None
            replacing, mark = said["commit"]
            raise Interrupted(ext.report.id, self._outcome(ext, mark), replacing) from None
        except EOFError:
            self.stop()
            raise StoreError(f"{self.path}: the writer process ended while loading {ext.report.id}; "
                             "`kg stats` shows what the store holds") from None

    def _outcome(self, ext: Extraction, mark: tuple[str, int]) -> str:
        """After the writer is dead: was the report's new version committed? A commit is one record
        appended to the write-ahead log (then applied in memory, which takes a while longer): the
        log did not grow, nothing was committed; it grew by whole records, the commit will be
        replayed at the next open; a record cut short is dropped then."""
        name, size = mark
        tail = wal_tail(self.path, name, size) if wal_mark(self.path)[0] == name else None
        if tail is not None:
            return "written" if tail else "kept"
        return self._compare(ext)  # the log was switched meanwhile: look at the store itself

    def _compare(self, ext: Extraction) -> str:
        import pyoxigraph as ox

        from ..loaders.write.rdf import graph_iri, quads

        try:
            st = ox.Store.read_only(self.path)
            g = graph_iri(ext.report.id, self.store.base)
            now = set(st.quads_for_pattern(None, None, None, g))
            del st
        except OSError:
            return "unknown"
        canonical = ox.Store()  # the store writes literals in canonical form ("12.0"^^xsd:decimal is "12")
        canonical.extend(quads(ext, self.store.base))
        return "written" if now == set(canonical) else "kept"

    def stop(self) -> None:
        """Kill the writer (SIGKILL: nothing it had not committed survives) and wait for it."""
        if self.conn.closed:
            return
        try:  # checked right before a commit, in case the kill comes late; never waits for a full pipe
            os.set_blocking(self.conn.fileno(), False)
            self.conn.send("stop")
        except OSError:
            pass
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join()
        self.conn.close()

    def close(self) -> None:
        """Let the writer finish (it closes the store, flushing it) and end."""
        if self.conn.closed:
            return
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.proc.join()
        self.conn.close()


@contextmanager
def writing(store: RDFStore) -> Iterator[Callable[[Extraction], LoadResult]]:
    """Loads into ``store`` made by a writer process (in this process for a store in memory or
    read-only, or when the writer cannot open the store). The store is lent to the writer meanwhile
    and opened again here on first use after."""
    if store.path is None or store.read_only or (store._ox is not None and sys.getrefcount(store._ox) > 2):
        yield store.load  # (the last: the Oxigraph store is held elsewhere too, so it cannot be lent)
        return
    store.close()
    writer = _Writer(store)
    try:
        yield writer.load
    except BaseException:
        writer.stop()
        raise
    writer.close()
