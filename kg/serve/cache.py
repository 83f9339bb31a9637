"""Answers kept in the server process, so that a question asked again skips the hop to a worker.

An answer is kept under everything that shapes it: the store's generation (``Pool._stamp``, the value
that changes with every commit by any process), the operation, the query text or saved query and its
parameters, the bindings, the RDF dataset, ``format`` and ``Accept``, the base IRI and the row cap. A
load or remove therefore never returns an old answer: the next request stamps a new generation, which
misses, and the first such request empties the cache.

Only what a store answers the same way every time is kept: successful (200) answers of read-only
queries (``op`` query or saved) whose text calls none of SPARQL's non-deterministic functions (RAND,
NOW, UUID, STRUUID, BNODE); errors, updates, pages and timeouts never are. A request with
``Cache-Control: no-cache`` (or ``no-store``, or ``Pragma: no-cache``) is answered by a worker and its
answer not kept. The cache holds at most
``max_bytes`` of answers (bodies, and a fixed cost per entry) and at most 4,096 of them, least recently
used out first, and no one answer over an eighth of it.
"""

from __future__ import annotations

import collections
import functools
import hashlib
import os
import pickle
import re
from typing import Any

from .protocol import Reply

_CHANGING = re.compile(r"(?<![\w:$?])(?:RAND|NOW|UUID|STRUUID|BNODE)\s*\(", re.I)
_FIELDS = ("op", "query", "name", "params", "bindings", "default", "named", "union", "format", "accept", "base",
           "max_rows", "truncated_link")


@functools.lru_cache(maxsize=64)
def _saved_text(name: str) -> str:
    from ..saved import catalogue

    q = catalogue().get(name)
    return q.sparql if q is not None else "RAND()"  # an unknown name: an error, never kept


def deterministic(job: dict[str, Any]) -> bool:
    """Whether the job's answer depends on the store alone (no RAND(), NOW() … in its text)."""
    if job.get("op") == "query":
        text = job.get("query") or ""
    elif job.get("op") == "saved":
        text = _saved_text(str(job.get("name")))
    else:
        return False
    upper = text.upper()  # the regular expression only where a name could be (it cost ~10 µs a text)
    if "RAND" not in upper and "NOW" not in upper and "UUID" not in upper and "BNODE" not in upper:
        return True
    return not _CHANGING.search(text)


class Answers:
    """A bounded LRU map from (generation, a digest of the job) to the answer a worker gave.

    Entries are small and free of objects the garbage collector must walk: the key is a 16-byte
    BLAKE2 digest of everything that shapes the answer (not the text itself, which may be 200,000
    characters), the value a tuple of bytes and strings. Kept as Reply objects under the full text,
    the entries of a busy server on distinct texts cost ~250 µs of CPU per request (memory and the
    collector), more than they saved.
    """

    MAX_ENTRIES = 4096
    OVERHEAD = 256  # bytes an entry costs besides its body (key, tuple, the map's slot), roughly

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.entries: collections.OrderedDict[tuple, tuple] = collections.OrderedDict()
        self.size = 0
        self.generation: Any = None
        self.hits = self.misses = 0

    def key(self, job: dict[str, Any]) -> tuple | None:
        """The key a job's answer is kept under, or None when it is never kept."""
        if not self.max_bytes or job.get("op") not in ("query", "saved") or "gen" not in job or job.get("fresh"):
            return None
        shape = repr(tuple(job.get(f) for f in _FIELDS)).encode("utf-8", "surrogatepass")
        return (job["gen"], hashlib.blake2b(shape, digest_size=16).digest())

    def get(self, key: tuple) -> Reply | None:
        if key[0] != self.generation:  # the store changed: nothing kept is current
            self.clear()
            self.generation = key[0]
        entry = self.entries.get(key)
        if entry is None:
            self.misses += 1
            return None
        self.entries.move_to_end(key)
        self.hits += 1
        status, body, media, headers, rows, _cost = entry
        return Reply(status, body, media, dict(headers), rows)

    def put(self, key: tuple, job: dict[str, Any], reply: Reply) -> None:
        """Keep a worker's answer to ``job`` if it is one that every run gives alike (never kept,
        a job with RAND() … never gets one back)."""
        cost = len(reply.body) + self.OVERHEAD
        if key[0] != self.generation or reply.status != 200 or cost > self.max_bytes // 8:
            return
        if not deterministic(job):
            return
        old = self.entries.pop(key, None)
        if old is not None:
            self.size -= old[-1]
        self.entries[key] = (reply.status, reply.body, reply.media, tuple(reply.headers.items()), reply.rows, cost)
        self.size += cost
        while self.size > self.max_bytes or len(self.entries) > self.MAX_ENTRIES:
            _key, dropped = self.entries.popitem(last=False)
            self.size -= dropped[-1]

    def clear(self) -> None:
        self.entries.clear()
        self.size = 0


def _tag(generation: Any) -> str:
    return hashlib.blake2b(repr(generation).encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


class SharedAnswers:
    """Answers kept as files in one folder on tmpfs, which every query worker reads and writes.

    The workers answer connections themselves (kg/serve/direct.py), so a question asked again may
    reach any of them: a file per answer, named by the store's generation and the digest of the job
    (the same fields as ``Answers``), is found by whichever worker gets it, with one ``open``. A worker
    writes its answers whole under a name of its own and renames them into place, so a reader never
    sees half of one. Each worker keeps its share of the limit (--cache divided by the workers) over
    the files it wrote, oldest out first; the server process sweeps the files of older generations
    and those a killed worker left (``sweep``).
    """

    def __init__(self, folder: str, max_bytes: int) -> None:
        self.folder, self.max_bytes = folder, max_bytes
        self.mine: collections.OrderedDict[str, int] = collections.OrderedDict()  # file name -> bytes
        self.size = 0
        self._generation: Any = object()
        self._tag = ""
        self._tmp = os.path.join(folder, f".{os.getpid()}")

    def key(self, job: dict[str, Any], generation: Any) -> str | None:
        if not self.max_bytes or job.get("op") not in ("query", "saved") or job.get("fresh"):
            return None
        if generation != self._generation:
            self._generation, self._tag = generation, _tag(generation)
        shape = repr(tuple(job.get(f) for f in _FIELDS)).encode("utf-8", "surrogatepass")
        return self._tag + hashlib.blake2b(shape, digest_size=16).hexdigest()

    def get(self, name: str) -> Reply | None:
        # os.open and os.read, not open(): a file object costs an fstat, an ioctl and an lseek more
        try:
            fd = os.open(self.folder + "/" + name, os.O_RDONLY)
        except OSError:
            return None
        try:
            parts = [os.read(fd, 65536)]
            while len(parts[-1]) == 65536:  # a short read is the end of a file on tmpfs
                parts.append(os.read(fd, 1 << 20))
            status, body, media, headers, rows = pickle.loads(b"".join(parts))
        except (OSError, EOFError, pickle.UnpicklingError, ValueError):
            return None
        finally:
            os.close(fd)
        return Reply(status, body, media, dict(headers), rows)

    def put(self, name: str, job: dict[str, Any], reply: Reply) -> None:
        cost = len(reply.body) + Answers.OVERHEAD
        if reply.status != 200 or cost > self.max_bytes // 8 or not deterministic(job):
            return
        data = memoryview(pickle.dumps((reply.status, reply.body, reply.media, tuple(reply.headers.items()), reply.rows)))
        try:
            fd = os.open(self._tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                while data:
                    data = data[os.write(fd, data):]
            finally:
                os.close(fd)
            os.rename(self._tmp, self.folder + "/" + name)
        except OSError:
            return
        self.size += cost - self.mine.pop(name, 0)
        self.mine[name] = cost
        while self.size > self.max_bytes or len(self.mine) > Answers.MAX_ENTRIES:
            old, dropped = self.mine.popitem(last=False)
            self.size -= dropped
            try:
                os.unlink(os.path.join(self.folder, old))
            except OSError:
                pass


def sweep(folder: str, generation: Any, max_bytes: int) -> None:
    """Remove the kept answers of older generations, and the oldest ones past ``max_bytes`` (left by
    workers that were killed before they could forget their own)."""
    tag = _tag(generation)
    kept: list[tuple[float, int, str]] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for e in entries:
        try:
            if not e.name.startswith(tag):
                if not e.name.startswith("."):
                    os.unlink(e.path)
                continue
            st = e.stat()
            kept.append((st.st_mtime, st.st_size, e.path))
        except OSError:
            continue
    total = sum(size for _, size, _ in kept)
    kept.sort()
    while kept and (total > max_bytes or len(kept) > Answers.MAX_ENTRIES):
        _, size, path = kept.pop(0)
        total -= size
        try:
            os.unlink(path)
        except OSError:
            pass
