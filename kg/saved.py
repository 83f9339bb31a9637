"""Saved queries: ``queries/NAME.rq`` for the RDF store and its twin ``queries/NAME.cypher`` for Neo4j.

Each file starts with a comment header (``#`` in SPARQL, ``//`` in Cypher; a twin's is the same)::

    # name: laws_serving_strategies
    # zh: 哪些法规服务于哪些战略？
    # en: Which laws serve which strategy?
    # param: strategy text optional -- a word of the strategy's name (西部金融中心, 金融)

Parameters are bound, never pasted into the query text: SPARQL gets them as substitutions of the
variables of the same name (SEP-0007 in Oxigraph, which wants them in the SELECT projection; `run`
leaves them out of the answer). An optional parameter left out is bound to its empty value ("" for
text, 0 for a number), which the query treats as "no filter" (``FILTER(?p = "" || …)``).
Cypher gets them as ``$name`` parameters with the same values, and ``$base`` (the IRI base) too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .errors import KGError

# the saved queries are package data (queries/ in the source tree, kg/queries/ once installed)
QUERIES = Path(str(files("kg.queries")))
_TYPES = {"text", "integer", "iri"}


class QueryError(KGError):
    pass


@dataclass
class Param:
    name: str
    type: str
    optional: bool
    help: str


@dataclass
class SavedQuery:
    name: str
    zh: str
    en: str
    params: list[Param] = field(default_factory=list)
    sparql: str = ""
    path: Path | None = None

    @property
    def cypher_path(self) -> Path | None:
        return self.path.with_suffix(".cypher") if self.path else None

    @property
    def cypher(self) -> str:
        """The Neo4j twin's text."""
        p = self.cypher_path
        if p is None or not p.exists():
            raise QueryError(f"{self.name} has no Cypher twin ({p})")
        return p.read_text(encoding="utf-8")

    def values(self, values: dict[str, str]) -> dict[str, str | int]:
        """The parameters as plain values for Cypher: checked like ``bind``, left-out optional ones empty."""
        self.bind(values)
        out: dict[str, str | int] = {}
        for p in self.params:
            raw = values.get(p.name, "0" if p.type == "integer" else "")
            out[p.name] = int(raw) if p.type == "integer" else raw
        return out

    def bind(self, values: dict[str, str]) -> dict[str, ox.NamedNode | ox.Literal]:
        known = {p.name: p for p in self.params}
        unknown = set(values) - set(known)
        if unknown:
            raise QueryError(
                f"{self.name}: unknown parameter {', '.join(sorted(unknown))}; it takes "
                + (", ".join(p.name for p in self.params) or "none")
            )
        out: dict[str, ox.NamedNode | ox.Literal] = {}
        for p in self.params:
            if p.name not in values:
                if not p.optional:
                    raise QueryError(f"{self.name}: parameter {p.name} is required ({p.help})")
            # an optional parameter left out is bound to its empty value ("" or 0), which the
            # query reads as "no filter": Oxigraph's substitutions cannot leave a variable unbound
            raw = values.get(p.name, "0" if p.type == "integer" else "")
            if p.type == "integer":
                try:
                    out[p.name] = ox.Literal(str(int(raw)), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
                except ValueError:
                    raise QueryError(f"{self.name}: parameter {p.name} must be a whole number, not {raw!r}") from None
            elif p.type == "iri" and raw:
                try:
                    out[p.name] = ox.NamedNode(raw)
                except ValueError:
                    raise QueryError(f"{self.name}: parameter {p.name} must be an IRI, not {raw!r}") from None
            else:
                out[p.name] = ox.Literal(raw)
        return out


def header(path: Path) -> list[str]:
    """The comment lines the file starts with, without their comment marks (``#`` or ``//``)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"(#|//)(.*)$", line)
        if not m:
            if line.strip():
                break
            continue
        out.append(m.group(2))
    return out


def parse(path: Path) -> SavedQuery:
    text = path.read_text(encoding="utf-8")
    head: dict[str, str] = {}
    params: list[Param] = []
    for line in header(path):
        m = re.match(r"\s*(name|zh|en|param):\s*(.*)$", line)
        if not m:
            continue
        k, v = m.groups()
        if k == "param":
            pm = re.match(r"(\w+)\s+(\w+)(\s+optional)?\s*(?:--\s*(.*))?$", v.strip())
            if not pm or pm.group(2) not in _TYPES:
                raise QueryError(f"{path}: bad param line {v!r} (want: NAME TYPE [optional] -- help)")
            params.append(Param(pm.group(1), pm.group(2), bool(pm.group(3)), (pm.group(4) or "").strip()))
        else:
            head[k] = v.strip()
    for k in ("name", "zh", "en"):
        if k not in head:
            raise QueryError(f"{path}: the header lacks '# {k}:'")
    if head["name"] != path.stem:
        raise QueryError(f"{path}: header name {head['name']!r} differs from the file name")
    return SavedQuery(head["name"], head["zh"], head["en"], params, text, path)


def catalogue(folder: Path = QUERIES) -> dict[str, SavedQuery]:
    return {p.stem: parse(p) for p in sorted(folder.glob("*.rq"))}


def get(name: str, folder: Path = QUERIES) -> SavedQuery:
    path = folder / f"{name}.rq"
    if not path.exists():
        names = ", ".join(catalogue(folder)) or "none"
        raise QueryError(f"no saved query {name!r}; the saved queries are: {names}")
    return parse(path)


def parse_params(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        if "=" not in pair:
            raise QueryError(f"--param {pair!r}: write it as name=value")
        k, v = pair.split("=", 1)
        out[k.strip()] = v
    return out


def run(store: Any, name: str, values: dict[str, str] | None = None) -> tuple[list[str], list[dict[str, Any]]]:
    """Run a saved query on any store (kg.stores.base.Store.query); returns (columns, rows)."""
    result = store.query(name, **(values or {}))
    return result.columns, result.rows


run_neo4j = run  # the Cypher twin runs through the same contract
