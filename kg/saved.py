"""Saved queries: ``queries/NAME.rq`` for the RDF store and its twin ``queries/NAME.cypher`` for Neo4j.

Each file starts with a comment header (``#`` in SPARQL, ``//`` in Cypher; a twin's is the same)::

    # name: laws_serving_strategies
    # zh: 哪些法规服务于哪些战略？
    # en: Which laws serve which strategy?
    # param: strategy text optional -- a word of the strategy's name (西部金融中心, 金融)

Each ``.rq`` file is a complete standard SPARQL 1.1 query (its own ``PREFIX`` lines, no extensions), so
it can be pasted into any store's query form. Each parameter has its default in a one-row ``VALUES``
block in the scope that reads it (``VALUES ?strategy { "" }``; a parameter read in two subqueries has
a block in each). A parameter is bound as a term, never pasted into the query as text: ``bound_text`` lexes the
query (SPARQL 1.1's terminals: IRIs, prefixed names, variables, strings, numbers, comments), finds
each ``VALUES`` block that names a parameter, and replaces that block's default term by the value
as one RDF term written by Oxigraph's serializer (a string comes out escaped; the result is lexed
again to check it is still one term). The same bound text goes to the embedded store and to a
remote SPARQL 1.1 store. An optional parameter left out keeps its empty default ("" for text, 0 for
a number), which the query reads as "no filter" (``FILTER(?p = "" || …)``). A required parameter's
default is an example value, so the pasted query answers something. On the embedded store ``run``
also wraps the report-graph patterns that follow a subquery in Oxigraph's ``LATERAL`` (``lateral``),
for speed only; the answers are the standard query's.
Cypher gets them as ``$name`` parameters with the same values (and nothing else: a twin returns an
entity's node, and the runner turns it into the IRI).
"""

from __future__ import annotations

import re
from collections.abc import Callable
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

    def bound_text(self, values: dict[str, str] | None = None) -> str:
        """The query with each parameter's ``VALUES`` default replaced by its bound value."""
        self.check_defaults()
        return bind_values(self.sparql, self.bind(values or {}), self.name)

    def check_defaults(self) -> None:
        """Each parameter has a one-row ``VALUES`` block (its default) where the query reads it."""
        blocks = values_blocks(self.sparql)
        found = {v for b in blocks for v in b.variables}
        for p in self.params:
            if p.name not in found:
                raise QueryError(f"{self.path or self.name}: parameter {p.name} has no default; "
                                 f"write `VALUES ?{p.name} {{ … }}` where the query reads it")
        names = {p.name for p in self.params}
        for b in blocks:
            if len(b.rows) != 1 and names & set(b.variables):
                raise QueryError(f"{self.path or self.name}: the VALUES block of "
                                 f"{', '.join('?' + v for v in b.variables)} must have one row (the default)")

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
            # query reads as "no filter"
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


# ------------------------------------------------------------------ lexing and binding VALUES blocks

# SPARQL 1.1's terminals, as far as finding VALUES blocks needs them (grammar section 19.8); the long
# strings come before the short ones, comments are skipped, anything else is one punctuation mark
_TOKEN = re.compile(
    r"""(?P<ws>\s+)
    |(?P<comment>\#[^\n\r]*)
    |(?P<string>(?:'\'\'(?:(?:'|'')?(?:[^'\\]|\\.))*'\'\'|\"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
        |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")(?:@[A-Za-z]+(?:-[A-Za-z0-9]+)*|\^\^(?:<[^<>"{}|^`\\\x00-\x20]*>|[\w.\-]*:[\w.\-:%]*))?)
    |(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    |(?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
    |(?P<number>[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?))
    |(?P<word>[\w\-.:%\\]*[\w:%\\])
    |(?P<punct>\^\^|\|\||&&|!=|<=|>=|[^\s])""",
    re.VERBOSE,
)


@dataclass
class Token:
    kind: str
    text: str
    start: int
    end: int


@dataclass
class ValuesBlock:
    variables: list[str]
    rows: list[list[Token]]


def tokens(text: str) -> list[Token]:
    """The query's tokens without white space and comments."""
    out = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:  # cannot happen: the last alternative takes any character
            raise QueryError(f"cannot read the query at {text[pos:pos + 20]!r}")
        if m.lastgroup not in ("ws", "comment"):
            out.append(Token(m.lastgroup or "punct", m.group(), m.start(), m.end()))
        pos = m.end()
    return out


def values_blocks(text: str) -> list[ValuesBlock]:
    """Every inline ``VALUES`` block: its variables and its rows of terms (``UNDEF`` is a term here)."""
    toks = tokens(text)
    out = []
    i = 0
    while i < len(toks):
        if toks[i].kind == "word" and toks[i].text.upper() == "VALUES":
            block, i = _values_block(toks, i + 1)
            out.append(block)
        else:
            i += 1
    return out


def _values_block(toks: list[Token], i: int) -> tuple[ValuesBlock, int]:
    def at(j: int) -> Token:
        if j >= len(toks):
            raise QueryError("the query ends inside a VALUES block")
        return toks[j]

    if at(i).kind == "var":  # VALUES ?x { t1 t2 }
        var = at(i).text[1:]
        if at(i + 1).text != "{":
            raise QueryError(f"VALUES ?{var}: expected {{ after the variable")
        rows, j = [], i + 2
        while at(j).text != "}":
            rows.append([at(j)])
            j += 1
        return ValuesBlock([var], rows), j + 1
    if at(i).text != "(":
        raise QueryError("VALUES: expected a variable or ( after VALUES")
    names, j = [], i + 1
    while at(j).text != ")":
        if at(j).kind != "var":
            raise QueryError(f"VALUES: expected a variable, not {at(j).text!r}")
        names.append(at(j).text[1:])
        j += 1
    if at(j + 1).text != "{":
        raise QueryError("VALUES (…): expected { after the variables")
    rows, j = [], j + 2
    while at(j).text != "}":
        if at(j).text != "(":
            raise QueryError(f"VALUES (…): expected ( to start a row, not {at(j).text!r}")
        row, j = [], j + 1
        while at(j).text != ")":
            row.append(at(j))
            j += 1
        if len(row) != len(names):
            raise QueryError(f"VALUES ({' '.join('?' + n for n in names)}): a row has {len(row)} terms")
        rows.append(row)
        j += 1
    return ValuesBlock(names, rows), j + 1


def term_text(term: ox.NamedNode | ox.Literal) -> str:
    """One RDF term in SPARQL syntax, written by Oxigraph's serializer and checked to lex as one token."""
    text = str(term)
    toks = tokens(text)
    if len(toks) != 1 or toks[0].kind not in ("string", "iri"):
        raise QueryError(f"cannot write {text!r} as one SPARQL term")
    return text


def bind_values(text: str, bindings: dict[str, ox.NamedNode | ox.Literal], name: str = "query") -> str:
    """``text`` with the default of every bound variable's one-row VALUES block replaced by its value."""
    text, rest = bind_defaults(text, bindings, name)
    if rest:
        raise QueryError(f"{name}: no VALUES block for {', '.join(sorted(rest))}")
    return text


def bind_defaults(
    text: str, bindings: dict[str, Any], name: str = "query"
) -> tuple[str, dict[str, Any]]:
    """Bind what has a one-row VALUES block in ``text``; returns the new text and the bindings left over."""
    edits: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    for block in values_blocks(text):
        for col, var in enumerate(block.variables):
            if var not in bindings:
                continue
            if len(block.rows) != 1:
                raise QueryError(f"{name}: the VALUES block of ?{var} must have one row (the default)")
            tok = block.rows[0][col]
            edits.append((tok.start, tok.end, term_text(bindings[var])))
            seen.add(var)
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text, {k: v for k, v in bindings.items() if k not in seen}


def lateral(text: str) -> str:
    """Oxigraph's speed-up of a saved query: in any group, each ``GRAPH`` or ``OPTIONAL`` pattern that
    comes after a subquery of that group is evaluated once per row found so far (``LATERAL``, Oxigraph's
    SEP-0006), so a report's graph is read only for the reports and entities the subqueries chose
    (without it Oxigraph joins the subquery's few rows with every report's matches).

    The saved queries are written so that this changes no answer: the wrapped patterns read only
    variables the subqueries bind (checked by the golden answers and the parity tests against stores
    that run the standard text). Only fixed words are added; nothing of a parameter goes in here.
    """
    toks = tokens(text)
    inserts: list[tuple[int, str]] = []
    after_subquery: list[bool] = []  # one entry per open group: has a subquery come before, in it?
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.text == "{":
            if after_subquery and i + 1 < len(toks) and toks[i + 1].text.upper() == "SELECT":
                after_subquery[-1] = True
            after_subquery.append(False)
        elif t.text == "}":
            if after_subquery:
                after_subquery.pop()
        elif after_subquery and after_subquery[-1] and t.kind == "word" and t.text.upper() in ("GRAPH", "OPTIONAL"):
            end = _group_end(toks, i)
            inserts += [(t.start, "LATERAL { "), (toks[end].end, " }")]
            i = end
        i += 1
    for pos, word in sorted(inserts, reverse=True):
        text = text[:pos] + word + text[pos:]
    return text


def _closing(toks: list[Token], i: int, opener: str, closer: str) -> int | None:
    """The index of the ``closer`` that closes the first ``opener`` from token ``i`` on, or None."""
    depth = 0
    for j in range(i, len(toks)):
        if toks[j].text == opener:
            depth += 1
        elif toks[j].text == closer:
            depth -= 1
            if depth == 0:
                return j
    return None


def _group_end(toks: list[Token], i: int) -> int:
    """The index of the ``}`` that closes the first group opened after token ``i``."""
    end = _closing(toks, i, "{", "}")
    if end is None:
        raise QueryError("unbalanced braces in the query")
    return end


# ------------------------------------------------------------------ narrowing a label scan (Oxigraph only)

# the name predicates a saved query filters with CONTAINS, as the saved files spell them
NAME_PREDICATES = {"rdfs:label": "http://www.w3.org/2000/01/rdf-schema#label",
                   "skos:prefLabel": "http://www.w3.org/2004/02/skos/core#prefLabel"}


def _contains_filter(toks: list[Token], i: int) -> tuple[str, str, int] | None:
    """At ``FILTER`` token ``i``: (?L, ?P, index of the closing parenthesis) if the filter is
    ``FILTER(CONTAINS(STR(?L), STR(?P)))`` or ``FILTER(?P = "" || CONTAINS(STR(?L), STR(?P)))``."""
    end = _paren_end(toks, i + 1)
    if end is None:
        return None
    words = [t.text for t in toks[i + 1:end + 1]]
    tail = ["CONTAINS", "(", "STR", "(", None, ")", ",", "STR", "(", None, ")", ")", ")"]
    for head in (["("], ["(", None, "=", '""', "||"]):
        shape = head + tail
        if len(words) != len(shape):
            continue
        holes = [w for w, s in zip(words, shape, strict=True) if s is None]
        if all(s is None or s.upper() == w.upper() for w, s in zip(words, shape, strict=True)) \
                and all(h.startswith("?") for h in holes):
            label, param = holes[-2], holes[-1]
            if len(holes) == 3 and holes[0] != param:
                continue
            return label[1:], param[1:], end
    return None


def _paren_end(toks: list[Token], i: int) -> int | None:
    if i >= len(toks) or toks[i].text != "(":
        return None
    return _closing(toks, i, "(", ")")


def narrow(text: str, words: dict[str, str], names: Callable[[str], list[tuple[str, str]]]) -> str:
    """Oxigraph's speed-up of a keyword filter over names: before each ``?x rdfs:label ?l`` (or
    ``skos:prefLabel``) whose group then filters ``CONTAINS(STR(?l), STR(?p))`` on a parameter bound to a
    non-empty word, a ``VALUES ?x { … }`` lists the entities that have such a name. The engine then reads
    the names of those entities only, instead of decoding every name in the store (Oxigraph keeps strings
    over 16 bytes, most Chinese names, in a table of their own: one lookup per name scanned).

    ``words``: the bound parameters (name → the word); ``names(predicate IRI)``: every (entity IRI, name)
    of the store's default graph with that predicate (the caller caches it while the store is unchanged).
    The filter stays in place, so the answer is the standard text's as long as ``names`` is the default
    graph's; patterns inside ``GRAPH``, ``EXISTS`` or ``OPTIONAL`` groups, and empty words (which mean no
    filter), are left alone. The entity IRIs are the store's own, written as escaped terms.
    """
    toks = [t for t in tokens(text) if t.kind not in ("ws", "comment")]
    inserts: list[tuple[int, str]] = []
    stack: list[tuple[bool, int]] = []  # per open group: (inside GRAPH/EXISTS/OPTIONAL, index of its "{")
    for i, t in enumerate(toks):
        if t.text == "{":
            prev = [x.text.upper() for x in toks[max(0, i - 2):i]]
            fenced = bool(prev) and (prev[-1] in ("EXISTS", "OPTIONAL", "MINUS")
                                     or (len(prev) == 2 and prev[0] == "GRAPH"))
            stack.append(((stack[-1][0] if stack else False) or fenced, i))
        elif t.text == "}":
            if stack:
                stack.pop()
        elif t.kind == "word" and t.text.upper() == "FILTER" and stack and not stack[-1][0]:
            found = _contains_filter(toks, i)
            if found is None:
                continue
            label, param, _end = found
            word = words.get(param, "")
            if not word:
                continue
            start = stack[-1][1]
            for j in range(i - 3, start, -1):  # the name's triple pattern in the same group, before the filter
                s, p, o = toks[j:j + 3]
                if s.kind == "var" and p.text in NAME_PREDICATES and o.kind == "var" and o.text[1:] == label:
                    iris = sorted({x for x, name in names(NAME_PREDICATES[p.text]) if word in name})
                    terms = " ".join(term_text(ox.NamedNode(x)) for x in iris)
                    inserts.append((s.start, f"VALUES {s.text} {{ {terms} }} "))
                    break
    for pos, add in sorted(inserts, reverse=True):
        text = text[:pos] + add + text[pos:]
    return text


def scope(text: str, terms: dict[str, ox.NamedNode | ox.Literal]) -> str:
    """Oxigraph's speed-up of a question scoped to a jurisdiction or a year: a group that reads each
    report (``GRAPH ?r { ?r a rdkg:Report ; … }``) and keeps those of the scope with
    ``FILTER(?p = "" || EXISTS { GRAPH ?r { ?r PRED ?p } })`` (or ``?p = 0``) reads, when the parameter is
    bound to a word or a year, ``?r PRED value`` first in that graph pattern. Oxigraph then starts from the
    reports of the scope (one index look-up) instead of reading every report's title and filtering after.

    The same answer: a report's graph holds a triple once, so joining it finds each report of the scope
    once, and the filter, left in place, keeps exactly those. The value is the bound term, written as one
    escaped RDF term as ``bind_values`` writes it.
    """
    toks = [t for t in tokens(text) if t.kind not in ("ws", "comment")]
    inserts: list[tuple[int, str]] = []
    stack: list[int] = []  # per open group: index of its "{"
    for i, t in enumerate(toks):
        if t.text == "{":
            stack.append(i)
        elif t.text == "}":
            if stack:
                stack.pop()
        elif t.kind == "word" and t.text.upper() == "FILTER" and stack:
            words = [x.text for x in toks[i + 1:i + 20]]
            shape = ["(", None, "=", None, "||", "EXISTS", "{", "GRAPH", None, "{", None, None, None, "}", "}", ")"]
            got = words[:len(shape)]
            if len(got) != len(shape) or any(s is not None and s != w.upper() and s != w
                                             for w, s in zip(got, shape, strict=True)):
                continue
            param, empty, graph, subj, pred, obj = got[1], got[3], got[8], got[10], got[11], got[12]
            if not (param == obj and graph == subj and param.startswith("?") and graph.startswith("?")
                    and empty in ('""', "0") and pred.startswith("rdkg:")):
                continue
            term = terms.get(param[1:])
            if term is None or (isinstance(term, ox.Literal) and term.value in ("", "0")):
                continue
            start, depth = stack[-1], 0
            for j in range(start + 1, i):  # the report's graph pattern, directly in this group
                if toks[j].text == "{":
                    depth += 1
                elif toks[j].text == "}":
                    depth -= 1
                elif depth == 0 and toks[j].text.upper() == "GRAPH" and toks[j + 1].text == graph \
                        and [x.text for x in toks[j + 2:j + 6]] == ["{", graph, "a", "rdkg:Report"]:
                    inserts.append((toks[j + 3].start, f"{graph} {pred} {term_text(term)} . "))
                    break
    for pos, add in sorted(inserts, reverse=True):
        text = text[:pos] + add + text[pos:]
    return text
