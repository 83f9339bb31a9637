"""The entity page of ``kg serve``: one law, decision, body, initiative or report, as HTML for people
and as Turtle for programs, so that the graph's IRIs are dereferenceable.

Everything here reads the store through quad patterns (``quads_for_pattern``), never through query
text, so an IRI from a URL is only ever a term, never part of a query. The functions run in the
server's query workers (see ``handle``), under the same time limit as any query.

- ``describe(store, iri)``  the facts about one entity, gathered from the catalogue and every report
- ``entity_html(store, iri)`` / ``entity_turtle(store, iri)``  the page and the Turtle description
- ``about(store)``  the header line of the query page: reports loaded, the default graph, prefixes
- ``handle(store, job)``  the worker's entry: ``{"op": "entity", "iri", "format"}`` or ``{"op": "about"}``
  → ``(status, body, media type)``
"""

from __future__ import annotations

import html
import json
import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pyoxigraph as ox

from . import vocab as V
from .errors import KGError
from .ids import DEFAULT_BASE

_DG = ox.DefaultGraph()
_TYPE = ox.NamedNode(V.P["type"])
NAME_PROPS = ("label", "prefLabel", "altLabel", "title", "name")
CLASS_ZH = {
    V.LAW.iri: "法规", V.DECISION.iri: "决定", V.BODY.iri: "机关", V.INITIATIVE.iri: "战略/举措", V.REPORT.iri: "报告",
    V.ACTION.iri: "行为", V.METRIC.iri: "数字", V.PASSAGE.iri: "出处",
}
REL_ZH = {
    V.SERVES.iri: ("服务于", "serves"), V.REPORTED_TO.iri: ("报告工作", "reported to"),
    V.INSPECTED.iri: ("执法检查", "inspected"), V.PART_OF.iri: ("隶属于", "part of"),
    V.BROADER.iri: ("属于", "under"),
}
INVERSE_ZH = {
    V.SERVES.iri: "服务于它的 · served by", V.REPORTED_TO.iri: "向其报告工作 · reported to it by",
    V.INSPECTED.iri: "被执法检查 · inspected by", V.PART_OF.iri: "下属机构 · has part", V.BROADER.iri: "下属举措 · has under it",
}
PERIOD_ZH = {"past": "当年", "plan": "计划"}
MAX_TRIPLES = 5000  # an entity page is about one thing; a runaway description is cut


def base() -> str:
    return os.environ.get("RDKG_BASE") or DEFAULT_BASE


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _one(store: Any, s: Any, p: str, g: Any = None) -> str | None:
    for q in store.engine().quads_for_pattern(s, _n(p), None, g):
        return q.object.value
    return None


@dataclass
class Statement:
    """One thing a report says about the entity."""

    kind: str  # relation | action | mention
    what: str  # 服务于 / 制定 / …
    other: str | None = None  # the other entity's IRI
    other_name: str | None = None
    year: int | None = None
    period: str | None = None
    evidence: str | None = None
    start: int | None = None
    end: int | None = None
    about: str | None = None
    outgoing: bool = True  # the entity is the statement's subject (else its object)


@dataclass
class Entity:
    iri: str
    classes: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)  # level, jurisdiction, kind …
    reports: dict[str, dict[str, Any]] = field(default_factory=dict)  # report IRI → title, date, statements

    @property
    def name(self) -> str:
        return self.names[0] if self.names else self.iri.rsplit("/", 1)[-1]

    @property
    def found(self) -> bool:
        return bool(self.classes or self.names or self.reports)


def _name(store: Any, iri: str) -> str:
    node = _n(iri)
    for g in (_DG, None):
        for p in ("prefLabel", "title", "label", "dcTitle"):
            v = _one(store, node, V.P[p], g)
            if v:
                return v
    return iri.rsplit("/", 1)[-1]


def _passage(store: Any, passage: ox.NamedNode, g: Any) -> tuple[str | None, int | None, int | None]:
    text = _one(store, passage, V.P["text"], g)
    start = end = None
    for q in store.engine().quads_for_pattern(passage, _n(V.P["selector"]), None, g):
        s = _one(store, q.object, V.P["start"], g)
        e = _one(store, q.object, V.P["end"], g)
        if s is not None and e is not None:
            start, end = int(s), int(e)
    return text, start, end


def _report(store: Any, ent: Entity, g: ox.NamedNode) -> dict[str, Any]:
    if g.value not in ent.reports:
        ent.reports[g.value] = {
            "title": _one(store, g, V.P["dcTitle"], g) or g.value, "date": _one(store, g, V.P["date"], g),
            "statements": [],
        }
    return ent.reports[g.value]


def describe(store: Any, iri: str) -> Entity:
    """Gather what the store holds about one IRI: catalogue entry, names, and per report what it states."""
    node = _n(iri)
    ent = Entity(iri)
    for q in store.engine().quads_for_pattern(node, None, None, None):
        p, o = q.predicate.value, q.object
        if p == V.P["type"] and o.value not in ent.classes:
            ent.classes.append(o.value)
        elif any(p == V.P[k] for k in NAME_PROPS) and isinstance(o, ox.Literal) and o.value not in ent.names:
            ent.names.append(o.value)
        elif p in (V.P["level"], V.P["jurisdiction"], V.P["kind"], V.P["pair"], V.P["genre"], V.P["date"],
                   V.P["session"]):
            ent.facts.setdefault(p.rsplit("#", 1)[-1].rsplit("/", 1)[-1], o.value)
        elif p == V.DERIVED.iri and isinstance(q.graph_name, ox.NamedNode):  # the first mention in a report
            text, start, end = _passage(store, o, q.graph_name)
            _report(store, ent, q.graph_name)["statements"].append(
                Statement("mention", "提及 · mentioned", evidence=text, start=start, end=end))
    if V.REPORT.iri in ent.classes:
        ent.names = [n for n in ent.names if n]
    # relations stated about it (rdf:Statement with its evidence), in either direction
    for role, other_role in (("rdfSubject", "rdfObject"), ("rdfObject", "rdfSubject")):
        for q in store.engine().quads_for_pattern(None, _n(V.P[role]), node, None):
            st, g = q.subject, q.graph_name
            if not isinstance(g, ox.NamedNode):
                continue
            pred = _one(store, st, V.P["rdfPredicate"], g) or ""
            other = _one(store, st, V.P[other_role], g)
            zh, en = REL_ZH.get(pred, (pred.rsplit("#", 1)[-1], ""))
            what = f"{zh} · {en}" if role == "rdfSubject" else INVERSE_ZH.get(pred, f"{zh}（被） · {en} (by)")
            ev = _one(store, st, V.DERIVED.iri, g)
            text, start, end = _passage(store, _n(ev), g) if ev else (None, None, None)
            _report(store, ent, g)["statements"].append(Statement(
                "relation", what, other=other, other_name=_name(store, other) if other else None, evidence=text,
                start=start, end=end, about=_one(store, st, V.P["about"], g), outgoing=role == "rdfSubject"))
    # actions on it (a law or decision) or by it (a body)
    for rel in (V.ON_LAW.iri, V.ACTOR.iri):
        for q in store.engine().quads_for_pattern(None, _n(rel), node, None):
            a, g = q.subject, q.graph_name
            if not isinstance(g, ox.NamedNode):
                continue
            atype = (_one(store, a, V.ACTION_TYPE_OF.iri, g) or "").rsplit("#", 1)[-1]
            zh, en = V.ACTION_TYPES.get(atype, (atype, atype))
            other_rel = V.ACTOR.iri if rel == V.ON_LAW.iri else V.ON_LAW.iri
            other = _one(store, a, other_rel, g)
            year = _one(store, a, V.P["year"], g)
            ev = _one(store, a, V.ACTION_EVIDENCE.iri, g)
            text, start, end = _passage(store, _n(ev), g) if ev else (None, None, None)
            _report(store, ent, g)["statements"].append(Statement(
                "action", f"{zh} · {en}", other=other, other_name=_name(store, other) if other else None,
                year=int(year) if year else None, period=_one(store, a, V.P["period"], g), evidence=text,
                start=start, end=end))
    return ent


# ---------------------------------------------------------------- the report's own text

MAX_TEXT = 8 << 20  # a report file larger than this is not read for the page


def report_text(store: Any, report: str) -> str | None:
    """The text of a report's file, as ``kg load`` read it (offsets index into it), when the file
    the store names is still at hand (an absolute path, or relative to the current folder); the path
    comes from the store (its operator loaded it), never from the request."""
    from kg.loaders.read.decode import decode

    src = _one(store, _n(report), V.P["sourceFile"])
    if not src:
        return None
    path = Path(src)
    try:
        if not path.is_file() or path.stat().st_size > MAX_TEXT:
            return None
        return decode(path.read_bytes(), str(path))[0]
    except (OSError, KGError):
        return None


def paragraph(text: str | None, start: int | None, end: int | None, sentence: str | None) -> tuple[str, str, str] | None:
    """(before, sentence, after) within the sentence's paragraph, when the file still holds it there."""
    if text is None or start is None or end is None or text[start:end] != sentence:
        return None
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    return text[a:start], text[start:end], text[end:b]


def text_html(store: Any, report: str, at: int | None, root: str = "/") -> str | None:
    """A report's text as a page, each paragraph with its offset as anchor; the passage at ``at`` marked."""
    text = report_text(store, report)
    if text is None:
        return None
    title = _one(store, _n(report), V.P["dcTitle"]) or report
    out = ['<!doctype html><html lang="zh"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">', f"<title>{_e(title)} · rdkg</title>",
           f'<base href="{_e(root)}"><link rel="stylesheet" href="static/page.css"></head><body class="entity-page">',
           '<header><h1><a href="./">rdkg</a> <span>报告原文 · report text</span></h1></header><main class="entity report-text">',
           f'<h2><a href="{_e(entity_href(report))}">{_e(title)}</a></h2>']
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        if not line.strip():
            continue
        if at is not None and s <= at <= e:
            stop = next((i + 1 for i in range(at, e) if line[i - s] in "。；！？"), e)
            body = f'{_e(line[:at - s])}<mark id="at">{_e(line[at - s:stop - s])}</mark>{_e(line[stop - s:])}'
        else:
            body = _e(line)
        out.append(f'<p id="c{s}">{body}</p>')
    out.append("</main></body></html>")
    return "\n".join(out)


# ---------------------------------------------------------------- HTML


def entity_href(iri: str) -> str:
    return "entity?iri=" + quote(iri, safe="")


def _e(s: Any) -> str:
    return html.escape("" if s is None else str(s))


def short(iri: str) -> str:
    """An IRI as people read it: a prefixed name, or its path under the base."""
    for p, ns in V.PREFIXES.items():
        if iri.startswith(ns) and iri[len(ns):]:
            return f"{p}:{iri[len(ns):]}"
    b = base()
    return iri[len(b):] if iri.startswith(b) else iri


def picture(ent: Entity) -> dict[str, Any]:
    """The picture's nodes and edges (cytoscape elements): for an initiative, the laws that serve it
    and the reports that say so; for a law or decision, its actions over the years and their reports."""
    nodes: dict[str, dict[str, Any]] = {ent.iri: {"id": ent.iri, "label": ent.name, "kind": "self"}}
    edges: list[dict[str, Any]] = []
    for r_iri, rep in ent.reports.items():
        rlabel = (rep["date"] or "")[:4] + " " + rep["title"][:14]
        for st in rep["statements"]:
            if st.kind == "relation" and st.other:
                nodes.setdefault(st.other, {"id": st.other, "label": st.other_name or short(st.other), "kind": "entity"})
                nodes.setdefault(r_iri, {"id": r_iri, "label": rlabel.strip(), "kind": "report"})
                src, dst = (ent.iri, st.other) if st.outgoing else (st.other, ent.iri)
                edges.append({"id": f"e{len(edges)}", "source": src, "target": dst, "label": st.what.split(" ·")[0]})
                edges.append({"id": f"e{len(edges)}", "source": r_iri, "target": st.other, "label": "称 · says"})
            elif st.kind == "action":
                aid = f"{r_iri}#{st.what}{st.year}{st.period}"
                label = f"{st.year or ''} {st.what.split(' ·')[0]}{'（计划）' if st.period == 'plan' else ''}".strip()
                nodes.setdefault(aid, {"id": aid, "label": label, "kind": "action", "year": st.year or 0})
                nodes.setdefault(r_iri, {"id": r_iri, "label": rlabel.strip(), "kind": "report"})
                edges.append({"id": f"e{len(edges)}", "source": ent.iri, "target": aid, "label": ""})
                edges.append({"id": f"e{len(edges)}", "source": aid, "target": r_iri, "label": ""})
    unique = {(e["source"], e["target"], e["label"]): e for e in edges}
    return {"nodes": list(nodes.values()), "edges": list(unique.values())}


NAMED_CLASSES = (V.LAW, V.DECISION, V.INITIATIVE, V.BODY)  # what a report's page lists, in this order


def named_in(store: Any, report: str) -> dict[str, list[tuple[str, str]]]:
    """The laws, decisions, initiatives and bodies a report's graph names: class IRI → [(name, IRI)], by name."""
    g = _n(report)
    out: dict[str, list[tuple[str, str]]] = {}
    for cls in NAMED_CLASSES:
        iris = {q.subject.value for q in store.engine().quads_for_pattern(None, _TYPE, _n(cls.iri), g)
                if isinstance(q.subject, ox.NamedNode)}
        if iris:
            out[cls.iri] = sorted((_name(store, i), i) for i in iris)
    return out


def _report_part(store: Any, iri: str) -> list[str]:
    """A report's page: a link to its text (when its file is at hand) and what it names, each linked."""
    parts = []
    if report_text(store, iri) is not None:
        parts.append(f'<p class="text-link"><a href="{_e(entity_href(iri))}&amp;view=text">原文 · the report\'s text</a></p>')
    named = named_in(store, iri)
    total = sum(len(v) for v in named.values())
    parts.append(f'<h3 id="named">本报告提及 · named in this report ({total})</h3>')
    for cls, items in named.items():
        links = "、".join(f'<a class="other" href="{_e(entity_href(i))}">{_e(n)}</a>' for n, i in items)
        parts.append(f'<section class="named"><h4>{_e(CLASS_ZH.get(cls, short(cls)))} · {_e(short(cls))}'
                     f' ({len(items)})</h4><p>{links}</p></section>')
    return parts


def entity_html(store: Any, iri: str, root: str = "/") -> str | None:
    """The entity page, or None when the store knows nothing about the IRI."""
    ent = describe(store, iri)
    if not ent.found:
        return None
    classes = " · ".join(f"{CLASS_ZH[c]} ({short(c)})" if c in CLASS_ZH else short(c) for c in ent.classes)
    facts = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in ent.facts.items())
    other_names = "、".join(_e(n) for n in ent.names[1:])
    parts = [
        "<!doctype html>", '<html lang="zh"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(ent.name)} · rdkg</title>",
        f'<base href="{_e(root)}">',
        '<link rel="stylesheet" href="static/page.css">',
        f'<link rel="alternate" type="text/turtle" href="{_e(entity_href(iri))}&amp;format=ttl">',
        '</head><body class="entity-page">',
        '<header><h1><a href="./">rdkg</a> <span>实体 · entity</span></h1></header>',
        '<main class="entity">',
        f'<h2 id="entity-name">{_e(ent.name)}</h2>',
        f'<p class="iri"><code>{_e(iri)}</code> · <a href="{_e(entity_href(iri))}&amp;format=ttl">Turtle</a></p>',
        f'<p class="classes">{_e(classes)}</p>',
    ]
    if other_names:
        parts.append(f'<p class="names">又名 · also named: {other_names}</p>')
    if facts:
        parts.append(f'<dl class="facts">{facts}</dl>')
    pic = picture(ent)
    if len(pic["nodes"]) > 1:
        parts.append('<h3>图 · picture</h3><div id="picture" aria-label="picture"></div>')
        data = json.dumps(pic, ensure_ascii=False).replace("</", "<\\/")
        parts.append(f'<script type="application/json" id="picture-data">{data}</script>')
    if V.REPORT.iri in ent.classes:
        parts.extend(_report_part(store, iri))
    if ent.reports or V.REPORT.iri not in ent.classes:
        parts.append(f"<h3>各报告中的陈述 · what each report says ({len(ent.reports)})</h3>")
    for r_iri, rep in sorted(ent.reports.items(), key=lambda kv: kv[1]["date"] or "", reverse=True):
        parts.append(f'<section class="report"><h4><a href="{_e(entity_href(r_iri))}">{_e(rep["title"])}</a>'
                     f' <span class="date">{_e(rep["date"] or "")}</span></h4><ul>')
        order = {"relation": 0, "action": 1, "mention": 2}
        text = report_text(store, r_iri)
        shown = {st.start for st in rep["statements"] if st.kind != "mention"}
        for st in sorted(rep["statements"], key=lambda s: (order[s.kind], s.year or 0, s.start or 0)):
            if st.kind == "mention" and st.start in shown:
                continue  # the first mention is the sentence of a statement already shown
            other = (f' <a class="other" href="{_e(entity_href(st.other))}">{_e(st.other_name or short(st.other))}</a>'
                     if st.other else "")
            when = f' <span class="when">{_e(st.year or "")} {_e(PERIOD_ZH.get(st.period or "", ""))}</span>' if st.year or st.period else ""
            about = f' <span class="about">（{_e(st.about)}）</span>' if st.about else ""
            ev = ""
            if st.evidence:
                where = f' <span class="offset">字符 {st.start}–{st.end}</span>' if st.start is not None else ""
                para = paragraph(text, st.start, st.end, st.evidence)
                if para:
                    link = f"{entity_href(r_iri)}&view=text&at={st.start}#at"
                    where = (f' <span class="offset"><a href="{_e(link)}">原文 · in the report\'s text</a>,'
                             f' 字符 {st.start}–{st.end}</span>')
                    ev = (f'<blockquote class="para">{_e(para[0])}<mark>{_e(para[1])}</mark>{_e(para[2])}{where}</blockquote>')
                else:
                    ev = f'<blockquote><mark>{_e(st.evidence)}</mark>{where}</blockquote>'
            parts.append(f'<li class="{st.kind}"><b>{_e(st.what)}</b>{other}{when}{about}{ev}</li>')
        parts.append("</ul></section>")
    parts.append("</main>")
    if len(pic["nodes"]) > 1:
        parts.append('<script src="static/vendor/cytoscape.min.js"></script><script src="static/entity.js"></script>')
    parts.append("</body></html>")
    return "\n".join(parts)


def entity_turtle(store: Any, iri: str) -> bytes | None:
    """Every triple with the IRI as subject or object, from the catalogue and every report (as Turtle;
    named graphs folded into one description), or None when there is none."""
    node = _n(iri)
    triples: dict[ox.Triple, None] = {}
    for pattern in ((node, None, None), (None, None, node)):
        for q in store.engine().quads_for_pattern(*pattern, None):
            triples[ox.Triple(q.subject, q.predicate, q.object)] = None
            if len(triples) >= MAX_TRIPLES:
                break
    if not triples:
        return None
    return ox.serialize(list(triples), format=ox.RdfFormat.TURTLE, prefixes=V.PREFIXES)


# ---------------------------------------------------------------- the query page's header line


def about(store: Any) -> dict[str, Any]:
    reports = sorted({q.subject.value for q in store.engine().quads_for_pattern(None, _TYPE, _n(V.REPORT.iri), None)
                      if isinstance(q.graph_name, ox.NamedNode)})
    counts: dict[str, int] = defaultdict(int)
    for cls in (V.LAW, V.DECISION, V.BODY, V.INITIATIVE):
        counts[cls.label] = sum(1 for _ in store.engine().quads_for_pattern(None, _TYPE, _n(cls.iri), _DG))
    # the rule of /sparql and `kg sparql` (README, "The default graph"): the union of every graph, in
    # which a triple counts once per graph that holds it, so a typed COUNT(*) gives the sum of the two
    catalogue = sum(1 for _ in store.engine().quads_for_pattern(None, None, None, _DG))
    in_reports = len(store.engine()) - catalogue
    return {
        "reports": len(reports),
        "default_graph": (f"the union of every graph, the catalogue ({catalogue} triples) + the reports "
                          f"({in_reports} triples), a triple once per graph; each report is also a named graph; "
                          "saved questions read the catalogue alone"),
        "default_graph_zh": f"默认图：所有图的并集，实体目录（{catalogue}）+ 各份报告（{in_reports}）",
        "triples": {"catalogue": catalogue, "reports": in_reports},
        "catalogue": counts,
        "prefixes": V.PREFIXES,
        "base": base(),
    }


def handle(store: Any, job: dict[str, Any]) -> tuple[int, bytes, str]:
    """A worker's answer to {"op": "about"} or {"op": "entity", "iri": …, "format": "html"|"ttl"}."""
    if job["op"] == "about":
        return 200, json.dumps(about(store), ensure_ascii=False).encode(), "application/json"
    iri = job.get("iri") or ""
    try:
        _n(iri)
    except ValueError as err:
        return 400, f"iri: not an IRI ({err}); give ?iri=https://…\n".encode(), "text/plain; charset=utf-8"
    if job.get("view") == "text":
        page = text_html(store, iri, job.get("at"), job.get("root") or "/")
        if page is None:
            return 404, f"the text of {iri} is not at hand (its file was moved, or it is no report)\n".encode(), \
                "text/plain; charset=utf-8"
        return 200, page.encode(), "text/html; charset=utf-8"
    if job.get("format") == "ttl":
        body = entity_turtle(store, iri)
        media = "text/turtle; charset=utf-8"
    else:
        page = entity_html(store, iri, job.get("root") or "/")
        body = page.encode() if page is not None else None
        media = "text/html; charset=utf-8"
    if body is None:
        return 404, f"nothing is known about {iri} in this store\n".encode(), "text/plain; charset=utf-8"
    return 200, body, media


# ---------------------------------------------------------------- the HTTP side (in the server process)


def iri_for_path(raw_path: bytes) -> str:
    """The IRI a request path under the server stands for: the base + the path, with percent-escapes
    of non-ASCII bytes decoded (a browser sends 重 as %E9%87%8D) and ASCII escapes kept as the ids have them."""
    import re
    from urllib.parse import unquote_to_bytes

    path = raw_path.decode("ascii", "replace").lstrip("/")
    text = re.sub(r"(?:%[89A-Fa-f][0-9A-Fa-f])+", lambda m: unquote_to_bytes(m.group(0)).decode("utf-8", "replace"), path)
    return base() + text


def entity_job(params: dict[str, str], accept: list[str], raw_path: bytes, root: str) -> dict[str, Any]:
    """The worker job for ``GET /entity?iri=…`` (or any path under the server, read as base + path):
    HTML when the client prefers it (a browser), Turtle otherwise; ``format=html|ttl`` decides."""
    iri = params.get("iri") or iri_for_path(raw_path)
    fmt = params.get("format")
    if fmt not in ("html", "ttl"):
        best = accept[0] if accept else "*/*"
        fmt = "html" if best in ("text/html", "application/xhtml+xml") else "ttl"
    job: dict[str, Any] = {"op": "entity", "iri": iri, "format": fmt, "root": root}
    if params.get("view") == "text":
        at = params.get("at", "")
        job.update(view="text", at=int(at) if at.isdigit() and len(at) < 10 else None)
    return job
