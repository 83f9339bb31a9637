"""Load many report files into a store: extraction on all cores, writes one report at a time.

The store's writes go one report at a time, in the order of the files (each report replaces its
earlier version atomically), while worker processes read and extract the next files. The embedded
store writes in a process of its own (kg.stores.writer), so that Ctrl-C stops everything at once, even
in the middle of a large report's write: the store keeps every report written before the stop, and
the one being written keeps its earlier version unless it was committed before the stop; the summary
says which (``Summary.stop_line``).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from .errors import KGError, ReportError
from .model import Extraction
from .stores.base import Interrupted, LoadResult, Store, WritesApart

REPORT_SUFFIXES = (".txt", ".text", ".htm", ".html", ".mht", ".mhtml", ".pdf", ".docx")


@dataclass
class Summary:
    """What a batch did: counts and the time it took."""

    loaded: int = 0
    replaced: int = 0
    refused: list[str] = field(default_factory=list)  # one line each: the file and why
    seconds: float = 0.0
    interrupted: bool = False
    stopped: Interrupted | None = None  # on Ctrl-C during a write: the report under way and what became of it

    def line(self) -> str:
        text = f"loaded {self.loaded}, replaced {self.replaced}, refused {len(self.refused)} in {self.seconds:.1f} s"
        return text + (" (interrupted)" if self.interrupted else "")

    def stop_line(self) -> str:
        """After Ctrl-C: what the store holds now, truthfully (the reports written are listed above it)."""
        done = f"{self.loaded} loaded and {self.replaced} replaced before the stop"
        s = self.stopped
        if s is None:
            return f"{done}; no report was being written"
        if s.outcome == "written":
            if s.result is not None:  # counted above
                return f"{done} (the last, {s.report}, just before it)"
            verb = "replaced" if s.replacing else "loaded"
            return f"{done}; {s.report}, under way, was {verb} too: its write was committed just before the stop"
        if s.outcome == "kept":
            if s.replacing is None:
                return f"{done}; {s.report}, under way, was not written (the store holds what it held of it)"
            return f"{done}; {s.report}, under way, " + (
                "keeps its earlier version" if s.replacing else "was not loaded") + (
                " (its write, committed just before the stop, was taken back)" if s.undone else "")
        return (f"{done}; {s.report}, under way, may have been written (the commit was sent): "
                "`kg stats` shows whether")


def report_files(paths: Iterable[str | Path]) -> list[str]:
    """The files to load: each file as given, each folder's report files (*.txt, *.html, *.mhtml, *.pdf,
    *.docx …) below it, sorted; not the lock file Word keeps beside a file it has open (~$…), nor hidden files."""
    out: list[str] = []
    for p in paths:
        path = Path(p)
        if str(p) != "-" and path.is_dir():
            # (not an open Word file's lock file, ~$报告.docx, nor a hidden file)
            found = sorted(str(f) for f in path.rglob("*") if f.is_file() and f.suffix.lower() in REPORT_SUFFIXES
                           and not f.name.startswith(("~$", ".")))
            if not found:
                raise KGError(f"{p}: no report files (*.txt, *.html, *.mhtml, *.pdf, *.docx) in this folder")
            out += found
        else:
            out.append(str(p))
    return out


def extract_path(path: str, force: bool = False) -> list[Extraction]:
    """Every report in one file, extracted (a file may hold several; see kg.loaders.read.split)."""
    from kg.loaders.extract import extract
    from kg.loaders.read.split import read_reports

    return [extract(doc) for doc in read_reports(path, force=force)]


def _work(args: tuple[str, bool]) -> tuple[str, list[Extraction] | str]:
    path, force = args
    try:
        return path, extract_path(path, force)
    except KGError as err:
        return path, str(err)


def _quiet_worker() -> None:
    # Ctrl-C goes to the whole process group: the parent decides, the workers just stop when told
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def extractions(files: list[str], force: bool = False, jobs: int | None = None) -> Iterator[tuple[str, list[Extraction] | str]]:
    """(file, its extractions or the one-line reason it was refused), in the order of ``files``;
    with several files, extracted by ``jobs`` worker processes (default: one per core)."""
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(files)))
    if jobs == 1:
        for f in files:
            yield _work((f, force))
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    pool = ctx.Pool(jobs, initializer=_quiet_worker)
    try:
        yield from pool.imap(_work, [(f, force) for f in files])
        pool.close()
    finally:
        pool.terminate()  # at once, on Ctrl-C or an error too: no worker outlives the batch
        pool.join()


def load_files(store: Store, files: list[str], force: bool = False, jobs: int | None = None,
               on_result: Callable[[str, LoadResult | str], None] | None = None) -> Summary:
    """Extract ``files`` and load each report into ``store``; ``on_result`` hears of each report
    (its LoadResult) or refused file (the reason). KeyboardInterrupt propagates after the summary
    is marked interrupted (read it from the exception's ``summary`` attribute; its ``stopped`` says
    what became of a report under way)."""
    summary = Summary()
    start = time.perf_counter()

    def done(path: str, res: LoadResult) -> None:
        summary.replaced += res.replaced
        summary.loaded += not res.replaced
        if on_result:
            on_result(path, res)

    path = ""
    writing: AbstractContextManager[Callable[[Extraction], LoadResult]] = (
        store.writing() if isinstance(store, WritesApart) else nullcontext(store.load))
    try:
        with writing as write:
            for path, got in extractions(files, force, jobs):
                if isinstance(got, str):
                    summary.refused.append(got)
                    if on_result:
                        on_result(path, got)
                    continue
                for ext in got:
                    try:
                        res = write(ext)
                    except ReportError as err:
                        summary.refused.append(str(err))
                        if on_result:
                            on_result(path, str(err))
                        continue
                    except Interrupted:
                        raise
                    except KeyboardInterrupt:  # a store that writes in this process: it cannot tell
                        raise Interrupted(ext.report.id, "unknown") from None
                    done(path, res)
    except KeyboardInterrupt as err:
        summary.interrupted = True
        if isinstance(err, Interrupted):
            summary.stopped = err
            if err.result is not None:
                done(path, err.result)
        summary.seconds = time.perf_counter() - start
        err.summary = summary  # type: ignore[attr-defined]
        raise
    summary.seconds = time.perf_counter() - start
    return summary
