"""rdkg: knowledge graphs from Chinese legislative work reports.

The library in three calls (the CLI is a thin wrapper over them)::

    import kg
    ext = kg.extract("report.txt")               # read + extract: an Extraction (kg.model)
    with kg.open_store("rdf:.rdkg") as store:    # or "memory:", "bolt://127.0.0.1:7687", "sparql+http://…"
        store.load(ext)
        print(store.query("laws_serving_strategies", strategy="金融").rows)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["read", "read_all", "extract", "open_store", "__version__"]

if TYPE_CHECKING:
    from .model import Document, Extraction
    from .stores.base import Store


def read_all(path: str | Path, *, force: bool = False) -> list[Document]:
    """Every report in a file (``-`` for stdin), read into Documents: one for a report file, one per
    report for a file that holds several. A file larger than any report, or one that does not look like
    a work report, raises kg.errors.ReportError unless ``force``."""
    from .loaders.read.split import read_reports

    return read_reports(path, force=force)


def read(path: str | Path, *, force: bool = False) -> Document:
    """The one report in a file, read into a Document (title, genre, jurisdiction, sections, sentences)."""
    from .errors import ReportError

    docs = read_all(path, force=force)
    if len(docs) != 1:
        raise ReportError(str(path), f"holds {len(docs)} reports", "kg.read_all(path) gives each of them")
    return docs[0]


def extract(source: str | Path | Document, *, force: bool = False) -> Extraction:
    """Bodies, laws, decisions, initiatives, metrics, actions and relations, each with its evidence, from a
    report file (read with :func:`read`) or a Document."""
    from .loaders.extract import extract as run
    from .model import Document

    return run(source if isinstance(source, Document) else read(source, force=force))


def open_store(spec: str | Path | None = None, *, read_only: bool = False, **options: object) -> Store:
    """Open a store from a spec: a folder or ``rdf:PATH`` (embedded Oxigraph; default $RDKG_STORE or
    ``rdf:.rdkg``), ``memory:``, ``bolt://HOST:PORT`` or ``neo4j://…`` (Neo4j; ``user=``, ``password=``,
    ``database=``), ``sparql+http(s)://…`` (a SPARQL 1.1 store). Every store keeps
    :class:`kg.stores.base.Store`: load, remove, reports, stats, query, close."""
    from .stores import open_store as run

    return run(spec, read_only=read_only, **options)  # type: ignore[arg-type]
