"""The stores a report is loaded into, and the registry that opens one from a URL-like spec.

=======================================  ==========================================================
spec                                     store
=======================================  ==========================================================
``rdf:PATH``, ``PATH`` (default .rdkg)   :class:`kg.stores.rdf.RDFStore`, embedded Oxigraph on disk
``memory:``                              an RDFStore in memory (tests, notebooks)
``bolt://…``, ``neo4j://…`` (``+s``,     :class:`kg.stores.neo4j.Neo4jStore`, a Neo4j server
``+ssc``), or ``neo4j`` (NEO4J_URI or
bolt://127.0.0.1:7687)
``sparql+http://…``, ``sparql+https://…``  :class:`kg.stores.sparql.SparqlStore`, any SPARQL 1.1 store
=======================================  ==========================================================

A new backend is one module with a class that keeps :class:`kg.stores.base.Store` and one line in
``SCHEMES``. Nothing outside this module decides by the kind of store.
"""

from __future__ import annotations

import importlib
import os
import re
from pathlib import Path
from typing import Any

from ..ids import DEFAULT_BASE
from .base import LoadResult, QueryResult, ReportRef, Stats, Store, StoreError, find_report

__all__ = ["LoadResult", "QueryResult", "ReportRef", "Stats", "Store", "StoreError", "find_report",
           "open_store", "spec_for", "local_path", "DEFAULT_SPEC", "SCHEMES"]

DEFAULT_SPEC = "rdf:.rdkg"

# scheme → (module, class, the package beyond the standard library it needs, named when it is missing);
# a SPARQL store talks HTTP with urllib and parses the answers with pyoxigraph
SCHEMES: dict[str, tuple[str, str, str]] = {
    "rdf": ("kg.stores.rdf", "RDFStore", "pyoxigraph"),
    "memory": ("kg.stores.rdf", "RDFStore", "pyoxigraph"),
    "bolt": ("kg.stores.neo4j", "Neo4jStore", "neo4j"),
    "bolt+s": ("kg.stores.neo4j", "Neo4jStore", "neo4j"),
    "bolt+ssc": ("kg.stores.neo4j", "Neo4jStore", "neo4j"),
    "neo4j": ("kg.stores.neo4j", "Neo4jStore", "neo4j"),
    "neo4j+s": ("kg.stores.neo4j", "Neo4jStore", "neo4j"),
    "neo4j+ssc": ("kg.stores.neo4j", "Neo4jStore", "neo4j"),
    "sparql+http": ("kg.stores.sparql", "SparqlStore", "pyoxigraph"),
    "sparql+https": ("kg.stores.sparql", "SparqlStore", "pyoxigraph"),
}
# what --backend NAME means as a spec (kept as an alias of --store)
BACKENDS = {"rdf": None, "neo4j": "neo4j"}

_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):(//)?", re.IGNORECASE)


def spec_for(store: str | Path | None = None, backend: str | None = None, uri: str | None = None) -> str:
    """The spec the CLI's options name: ``--store SPEC`` wins; ``--backend neo4j`` (with ``--uri``) is the
    older spelling of ``--store bolt://…``; nothing means $RDKG_STORE or ``rdf:.rdkg``."""
    if backend is not None and backend not in BACKENDS:
        raise StoreError(f"--backend {backend}: no such backend; use {' or '.join(BACKENDS)} (or --store SPEC)")
    alias = BACKENDS.get(backend or "rdf")
    if alias is not None:  # --backend neo4j: --uri, or a --store that names a server of its kind, or NEO4J_URI
        if uri:
            return uri
        if store and _parse_scheme(str(store)) in _KINDS[alias]:
            return str(store)
        return alias
    if uri:
        raise StoreError("--uri names a Neo4j server; add --backend neo4j or write --store bolt://HOST:PORT")
    if store is None or str(store) == "":
        return os.environ.get("RDKG_STORE") or DEFAULT_SPEC
    return str(store)


# the schemes each --backend alias accepts as its --store
_KINDS = {"neo4j": {"neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc"}}


def _parse_scheme(spec: str) -> str:
    m = _SCHEME.match(spec)
    return m.group(1).lower() if m else ""


def _parse(spec: str) -> tuple[str, str]:
    """(scheme, the rest the class is given): a path or ``rdf:PATH`` → ("rdf", PATH), a URL → (scheme, URL)."""
    m = _SCHEME.match(spec)
    if spec.lower() == "neo4j":
        return "neo4j", os.environ.get("NEO4J_URI") or ""
    if not m or (len(m.group(1)) == 1 and not m.group(2)):  # a plain path (C:\… is a path too)
        return "rdf", spec
    scheme = m.group(1).lower()
    if scheme not in SCHEMES:
        known = "rdf:PATH, memory:, bolt://HOST:PORT, neo4j://HOST:PORT, sparql+http(s)://HOST/PATH"
        hint = " (a SPARQL endpoint is sparql+" + spec + ")" if scheme in ("http", "https") else ""
        raise StoreError(f"{spec}: unknown kind of store {scheme!r}{hint}; use {known}")
    if scheme == "memory":
        return scheme, ""
    if scheme == "rdf":
        return scheme, spec[m.end():] or ".rdkg"
    return scheme, spec


def local_path(spec: str) -> Path | None:
    """The folder of an embedded store's spec (``rdf:PATH`` or a path), None for any other store."""
    scheme, rest = _parse(spec)
    return Path(rest) if scheme == "rdf" else None


def open_store(spec: str | Path | None = None, *, read_only: bool = False, create: bool = True,
               base: str = DEFAULT_BASE, **options: Any) -> Store:
    """Open the store a spec names (see the module's table); ``options`` go to its class
    (``user``, ``password``, ``database`` for Neo4j). Errors are one line (StoreError).

    Each class opens itself from the spec's target with ``from_spec(target, base=…, read_only=…, **options)``
    (a path for the embedded store, "" for one in memory, the URL for a server); a class without it
    is called as ``cls(target, base=…, read_only=…, **options)``."""
    spec = str(spec) if spec is not None else (os.environ.get("RDKG_STORE") or DEFAULT_SPEC)
    scheme, rest = _parse(spec)
    module, cls_name, dependency = SCHEMES[scheme]
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as err:
        if err.name == module:
            raise StoreError(f"{spec}: this installation has no {module} (the {scheme} store); "
                             "update rdkg or use rdf:PATH or bolt://…") from None
        raise StoreError(f"{spec}: the {scheme} store needs the Python package {err.name or dependency!r}; "
                         f"install it with `pip install {err.name or dependency}`") from None
    cls = getattr(mod, cls_name)
    target = rest.removeprefix("sparql+") if scheme.startswith("sparql+") else rest
    if hasattr(cls, "from_spec"):
        return cls.from_spec(target, base=base, read_only=read_only, create=create, **options)
    return cls(target, base=base, read_only=read_only, **options)
