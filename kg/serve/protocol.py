"""The SPARQL 1.1 Protocol without HTTP: replies, content negotiation, the checks a query or update
passes before Oxigraph sees it, the RDF dataset a request asks for, and the LOAD allow-list.

Nothing here touches the store or the network; the routes (``routes.py``) call it on the event loop
and the workers (``worker.py``) call it again on the text they run.
"""

from __future__ import annotations

import codecs
import ipaddress
import re
import socket
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

import pyoxigraph as ox

from ..errors import KGError


class ServerError(KGError):
    pass


# ---------------------------------------------------------------- replies (pickled between processes)


@dataclass
class Reply(Exception):
    status: int
    body: bytes = b""
    media: str = "text/plain; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    rows: int | None = None  # result rows or triples, for the access log

    @classmethod
    def error(cls, status: int, message: str, headers: dict[str, str] | None = None) -> Reply:
        return cls(status, (message.rstrip() + "\n").encode(), "text/plain; charset=utf-8", headers or {})


# ---------------------------------------------------------------- form parameters

MAX_FIELDS = 1000


def form(data: bytes) -> list[tuple[str, str]]:
    """The pairs of a query string or an ``application/x-www-form-urlencoded`` body, as
    ``urllib.parse.parse_qsl`` gives them (blank values kept, ``+`` a space, UTF-8, strictly).

    Percent-escapes are decoded in C (``%XX`` rewritten as ``\\xXX`` for the codec that reads
    escapes): ``parse_qsl`` decodes them in a Python loop, ~150 µs for a 1 KB query with its PREFIX
    lines, the largest cost of a request in the server process after the socket. Whatever that cannot
    decode (a ``%`` without two hex digits, bytes that are not UTF-8, too many fields) goes through
    ``parse_qsl``, which raises the 400 with its own message or gives its lenient reading.
    """
    parts = data.split(b"&")
    if len(parts) <= MAX_FIELDS:
        try:
            return [(_unquote(k), _unquote(v)) for k, _, v in (p.partition(b"=") for p in parts if p)]
        except (ValueError, UnicodeDecodeError):
            pass
    return _form_slow(data)


def _unquote(raw: bytes) -> str:
    if b"%" not in raw and b"+" not in raw:
        return raw.decode("utf-8")
    escaped = raw.replace(b"\\", b"\\\\").replace(b"%", b"\\x").replace(b"+", b" ")
    return codecs.escape_decode(escaped)[0].decode("utf-8")  # type: ignore[attr-defined]


def _form_slow(data: bytes) -> list[tuple[str, str]]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise Reply.error(400, "the parameters are not UTF-8") from None
    try:
        return parse_qsl(text, keep_blank_values=True, strict_parsing=False, max_num_fields=MAX_FIELDS, errors="strict")
    except (ValueError, UnicodeDecodeError) as err:
        raise Reply.error(400, f"cannot read the parameters: {err}") from None


# ---------------------------------------------------------------- formats and content negotiation

# name: (canonical media type, other media types)
RESULT_TYPES = {
    "json": ("application/sparql-results+json", ("application/json",)),
    "xml": ("application/sparql-results+xml", ("application/xml", "text/xml")),
    "csv": ("text/csv", ()),
    "tsv": ("text/tab-separated-values", ()),
}
GRAPH_TYPES = {
    "turtle": ("text/turtle", ("application/x-turtle", "text/n3", "text/rdf+n3", "application/n3")),
    "ntriples": ("application/n-triples", ("text/plain",)),
    "jsonld": ("application/ld+json", ("application/json",)),
    "rdfxml": ("application/rdf+xml", ("application/xml", "text/xml")),
}
RESULT_OX = {"json": "JSON", "xml": "XML", "csv": "CSV", "tsv": "TSV"}
GRAPH_OX = {"turtle": "TURTLE", "ntriples": "N_TRIPLES", "jsonld": "JSON_LD", "rdfxml": "RDF_XML"}
# names the `format` parameter may give (what SPARQLWrapper, YASGUI, Virtuoso and Fuseki clients send):
# name -> (for SELECT/ASK, for CONSTRUCT/DESCRIBE)
FORMAT_NAMES = {
    "json": ("json", "jsonld"), "srj": ("json", None), "xml": ("xml", "rdfxml"), "srx": ("xml", None),
    "csv": ("csv", None), "tsv": ("tsv", None), "ttl": (None, "turtle"), "turtle": (None, "turtle"),
    "n3": (None, "turtle"), "nt": (None, "ntriples"), "ntriples": (None, "ntriples"), "n-triples": (None, "ntriples"),
    "jsonld": (None, "jsonld"), "json-ld": (None, "jsonld"), "rdfxml": (None, "rdfxml"), "rdf": (None, "rdfxml"),
    "rdf+xml": (None, "rdfxml"),
}
KIND_WORD = {"results": "SELECT/ASK result", "graph": "CONSTRUCT/DESCRIBE result"}


def parse_accept(header: str | None) -> list[str]:
    """Media ranges of an Accept header, best first (q=0 dropped, order kept among equals)."""
    if not header:
        return []
    ranked = []
    for i, part in enumerate(header.split(",")[:64]):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for p in params:
            if p.lower().startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranked.append((-q, i, media.lower()))
    return [m for _, _, m in sorted(ranked)]


def _by_media(table: dict, media: str) -> str | None:
    for name, (canon, others) in table.items():
        if media == canon or media in others:
            return name
    return None


def _by_format(table: dict, kind: str, fmt: str) -> str | None:
    """The first name in a ``format`` value (a name, an extension, a media type, or a comma list) that fits."""
    for part in fmt.split(","):
        f = part.strip().lower()
        if f in FORMAT_NAMES:
            name = FORMAT_NAMES[f][0 if kind == "results" else 1]
            if name:
                return name
        elif found := _by_media(table, f.split(";")[0].strip()):
            return found
    return None


def choose_format(kind: str, fmt: str | None, accept: list[str]) -> str:
    """The format of a result of ``kind`` ('results' or 'graph').

    ``Accept`` wins when it names a type this endpoint has; then ``format=`` (names clients send:
    json, xml, csv, tsv, ttl, n3, nt, json-ld, rdfxml, media types, comma lists); then wildcards;
    then the default (SPARQL JSON, Turtle). Raises a 406 Reply only when Accept excludes everything
    and no ``format`` fits either.
    """
    table = RESULT_TYPES if kind == "results" else GRAPH_TYPES
    for media in accept:
        if found := _by_media(table, media):
            return found
    if fmt and (found := _by_format(table, kind, fmt)):
        return found
    if not accept or any(m in ("*/*", "application/*", "text/*") for m in accept):
        for media in accept:
            if media.endswith("/*") and media != "*/*":
                found = next((n for n, (c, _) in table.items() if c.startswith(media[:-1])), None)
                if found:
                    return found
        return next(iter(table))
    offered = ", ".join(c for c, _ in table.values())
    raise Reply.error(406, f"none of the accepted types fits a {KIND_WORD[kind]}; this endpoint offers {offered}")


def content_type(kind: str, name: str) -> str:
    media = (RESULT_TYPES if kind == "results" else GRAPH_TYPES)[name][0]
    return media + "; charset=utf-8"


# ---------------------------------------------------------------- checks before parsing

# comments, IRIs and strings: what the keyword and nesting checks do not look into
_STRIP = re.compile(r"""#[^\n]*|<[^<>"{}|^`\\\s]*>|'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*\"""", re.S)
_SERVICE = re.compile(r"(?<![\w:$?])SERVICE(?![\w:-])", re.I)
_PATH_OPS = re.compile(r"[/|^!]")
_BRACKETS = re.compile(r"[{}()\[\]]")


@dataclass(frozen=True)
class TextLimits:
    """Limits checked on the text before Oxigraph parses it (its parser recurses: no query may crash a worker)."""

    nesting: int = 100  # braces, parentheses and brackets
    path_ops: int = 500  # / | ^ ! outside IRIs, strings and comments
    length: int = 200_000  # characters of query or update text


def strip(text: str) -> str:
    """The text with comments, IRIs and strings blanked (same length)."""
    return _STRIP.sub(lambda m: " " * len(m.group()), text)


def check_text(text: str, limits: TextLimits = TextLimits()) -> str:
    """Refuse what Oxigraph should not see; returns the text with its comments, IRIs and strings each
    blanked to one space."""
    if len(text) > limits.length:
        raise Reply.error(413, f"the query is {len(text)} characters long; the limit is {limits.length}")
    bare = _STRIP.sub(" ", text)  # not strip(): no position is read here (a replacement per match cost ~10 µs)
    if "SERVICE" in bare.upper() and _SERVICE.search(bare):  # the search alone was ~35 µs on a 1 KB text
        raise Reply.error(400, "SERVICE (federated query) is not allowed on this endpoint")
    depth = deepest = 0
    for ch in _BRACKETS.findall(bare):  # the brackets alone: a loop over every character was ~40 µs a text
        if ch in "{([":
            depth += 1
            if depth > deepest:
                deepest = depth
        elif ch in "})]":
            depth -= 1
    if deepest > limits.nesting:
        raise Reply.error(400, f"the query is nested {deepest} levels deep; the limit is {limits.nesting}")
    ops = len(_PATH_OPS.findall(bare))
    if ops > limits.path_ops:
        raise Reply.error(400, f"the query has {ops} path operators (/ | ^ !); the limit is {limits.path_ops}")
    return bare


def check_query(text: str, limits: TextLimits = TextLimits()) -> None:
    """``check_text`` for a query, whose blanked text nobody reads: a text whose raw counts are within
    the limits passes without the blanking regular expression, which cost a distinct query ~5-11 µs
    of the worker's CPU in a quiet loop (7 → 2.6 µs for a 700-character query with its PREFIX lines,
    20 → 9 for a 1,600-character one with Chinese strings) and about twice that in a busy worker.

    Exact, not a guess: blanking turns comments, IRIs and strings into spaces, so the blanked text
    has at most the brackets (and so at most that depth) and the path operators of the raw text, and
    holds SERVICE, upper-cased, only where the raw text does. A text the raw counts do not clear goes
    through ``check_text``, which refuses it or lets it pass as before."""
    if (len(text) <= limits.length and text.count("{") + text.count("(") + text.count("[") <= limits.nesting
            and text.count("/") + text.count("|") + text.count("^") + text.count("!") <= limits.path_ops
            and "SERVICE" not in text.upper()):
        return
    check_text(text, limits)


def parse_binding(name: str, value: str) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """``$name=VALUE``: an N-Triples term (<iri>, "text"@zh, "5"^^<…#integer>), or plain text."""
    if value[:1] not in ('<', '"', "_"):
        return ox.Literal(value)
    try:
        triples = list(ox.parse(f"<urn:x:s> <urn:x:p> {value} .".encode(), format=ox.RdfFormat.N_TRIPLES))
    except (SyntaxError, ValueError) as err:
        raise Reply.error(400, f"${name}: not an N-Triples term ({err})") from None
    if len(triples) != 1:
        raise Reply.error(400, f"${name}: give one N-Triples term")
    return triples[0].object


def iris(values: list[str], what: str) -> list[ox.NamedNode]:
    try:
        return [ox.NamedNode(v) for v in values]
    except ValueError as err:
        raise Reply.error(400, f"{what}: {err}") from None


# ---------------------------------------------------------------- the RDF dataset of a request


@dataclass
class Dataset:
    """What ``default-graph-uri``, ``named-graph-uri`` and ``union-default-graph`` ask for.

    The rule (SPARQL 1.1 Protocol §2.1.4): given either parameter, the dataset is exactly what the
    parameters name: default-graph-uri alone leaves no named graphs, named-graph-uri alone leaves an
    empty default graph. Given neither, the query's FROM / FROM NAMED apply, else this endpoint's
    default: the default graph is the union of every graph (the entity catalogue and all reports,
    the rule ``kg sparql`` follows) and every report is a named graph. ``union-default-graph=false``
    makes the default graph the catalogue alone (the rule saved queries are written for).
    """

    default: list[str] = field(default_factory=list)
    named: list[str] = field(default_factory=list)
    union: bool | None = None

    def given(self) -> bool:
        return bool(self.default or self.named)

    def query_kwargs(self) -> dict:
        if self.given():
            return {"default_graph": iris(self.default, "default-graph-uri"), "named_graphs": iris(self.named, "named-graph-uri")}
        return {"use_default_graph_as_union": True if self.union is None else self.union}


_KEYWORD = re.compile(r"[A-Za-z_][\w-]*|[{}]")


def with_using(update: str, using: list[str], using_named: list[str]) -> str:
    """An update with ``using-graph-uri``/``using-named-graph-uri`` applied (Protocol §2.2.3).

    The protocol defines them as USING / USING NAMED on every operation with a WHERE clause; they
    are written there as IRIs checked by Oxigraph's IRI parser (``NamedNode``), so nothing else of
    the parameter reaches the text. An update that has its own USING or WITH is refused (400).
    """
    if not using and not using_named:
        return update
    bare = strip(update)
    clause = " ".join([f"USING {n}" for n in iris(using, "using-graph-uri")] +
                      [f"USING NAMED {n}" for n in iris(using_named, "using-named-graph-uri")])
    depth, previous, cuts = 0, "", []
    for m in _KEYWORD.finditer(bare):
        word = m.group()
        if word == "{":
            depth += 1
        elif word == "}":
            depth -= 1
        elif depth == 0:
            upper = word.upper()
            if upper in ("USING", "WITH"):
                raise Reply.error(400, "the update has its own USING or WITH; give either those or "
                                  "using-graph-uri/using-named-graph-uri, not both")
            if upper == "WHERE" and previous != "DELETE":
                cuts.append(m.start())
            previous = upper
    for at in reversed(cuts):
        update = update[:at] + clause + " " + update[at:]
    return update


# ---------------------------------------------------------------- LOAD: off unless allowed

_LOAD = re.compile(r"(?<![\w:$?])LOAD(?![\w:-])\s*(?:SILENT\s*)?(<[^<>\"{}|^`\\\s]*>)?", re.I)


@dataclass(frozen=True)
class LoadPolicy:
    """``--allow-load``: the hosts (http(s) URL prefixes) and folders LOAD may read; nothing else.

    A host name is checked as named; an address the name resolves to in a loopback, private,
    link-local or reserved range is refused unless the entry names that host literally.
    ``file:`` IRIs are read only inside a named folder (symbolic links resolved first).
    """

    urls: tuple[str, ...] = ()
    folders: tuple[Path, ...] = ()

    @classmethod
    def parse(cls, entries: list[str] | tuple[str, ...] | None) -> LoadPolicy:
        urls, folders = [], []
        for e in entries or ():
            if re.match(r"^https?://", e, re.I):
                parts = urlsplit(e)
                if not parts.hostname:
                    raise ServerError(f"--allow-load {e}: no host in it; give e.g. https://data.example.org/")
                urls.append(e if e.endswith("/") or parts.path else e + "/")
            else:
                folder = Path(e).expanduser().resolve()
                if not folder.is_dir():
                    raise ServerError(f"--allow-load {e}: not a folder or an http(s) URL; give e.g. /srv/rdf or https://host/")
                folders.append(folder)
        return cls(tuple(urls), tuple(folders))

    def check(self, update: str) -> list[tuple[str, Path | None]]:
        """The LOAD sources of an update, each with its local path for file: ones; raises a 403 Reply."""
        bare = strip(update)
        found = []
        for m in re.finditer(r"(?<![\w:$?])LOAD(?![\w:-])", bare, re.I):
            got = _LOAD.match(update, m.start())
            if not got or not got.group(1):
                raise Reply.error(400, "LOAD needs a full IRI in <…> on this endpoint")
            iri = got.group(1)[1:-1]
            found.append((iri, self.allowed(iri)))
        return found

    def allowed(self, iri: str) -> Path | None:
        refuse = Reply.error(403, f"LOAD <{iri}> is not allowed here; the server must be started with "
                             f"--allow-load naming that host or folder")
        parts = urlsplit(iri)
        scheme = parts.scheme.lower()
        if scheme == "file":
            path = Path(unquote(parts.path)).resolve()
            if any(path.is_relative_to(f) for f in self.folders) and path.is_file():
                return path
            raise refuse
        if scheme not in ("http", "https") or not parts.hostname:
            raise refuse
        entry = next((u for u in self.urls if _same_origin(u, iri) and iri.startswith(u)), None)
        if entry is None:
            raise refuse
        host = parts.hostname
        try:
            literal = ipaddress.ip_address(host)
        except ValueError:
            literal = None
        if literal is None:  # a name: every address it resolves to must be public
            try:
                addresses = {ipaddress.ip_address(i[4][0]) for i in socket.getaddrinfo(host, parts.port or 443)}
            except (socket.gaierror, ValueError):
                raise Reply.error(400, f"LOAD <{iri}>: cannot resolve {host}") from None
            if any(not a.is_global for a in addresses):
                raise Reply.error(403, f"LOAD <{iri}>: {host} resolves to a private or loopback address; "
                                  f"name that address in --allow-load to allow it")
        return None


def _same_origin(a: str, b: str) -> bool:
    pa, pb = urlsplit(a), urlsplit(b)
    return (pa.scheme.lower(), pa.hostname, pa.port) == (pb.scheme.lower(), pb.hostname, pb.port)
