"""What Neo4j Browser shows for rdkg: a graph style (GraSS) and a guide with the saved questions.

Both are generated: the style from kg.vocab's labels and relationship types, the guide from the saved
queries' Cypher twins (queries/NAME.cypher), so a new question appears in the Browser on the next
``kg neo4j start``. Neo4j serves Browser files only from the Browser's own jar, so ``install_files``
writes them into a copy of that jar (``browser/rdkg/guide.html`` and ``browser/rdkg/style.grass``,
served at ``/browser/rdkg/…``), keeping the jar Maven fetched as the pristine original.
``browser.post_connect_cmd`` then applies the style and opens the guide after each login.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import zipfile
from pathlib import Path

from . import vocab as V
from .ids import DEFAULT_BASE
from .saved import QUERIES, SavedQuery, catalogue

PREFIX = "browser/rdkg/"
GUIDE = PREFIX + "guide.html"
STYLE = PREFIX + "style.grass"

# colour, border colour, diameter per label: entities people ask about are large, the machinery small
_NODE_STYLE = {
    V.REPORT.label: ("#57C7E3", "#23B3D7", 80),
    V.LAW.label: ("#F16667", "#EB2728", 65),
    V.DECISION.label: ("#F79767", "#F36924", 60),
    V.INITIATIVE.label: ("#8DCC93", "#5DB665", 65),
    V.BODY.label: ("#4C8EDA", "#2870C2", 60),
    V.ACTION.label: ("#FFC454", "#D7A013", 40),
    V.METRIC.label: ("#D9C8AE", "#C0A378", 35),
    V.PASSAGE.label: ("#C990C0", "#B261A5", 30),
}
_REL_COLOUR = {
    V.SERVES.neo4j: "#5DB665",
    V.INSPECTED.neo4j: "#EB2728",
    V.REPORTED_TO.neo4j: "#2870C2",
    V.PART_OF.neo4j: "#2870C2",
    V.BROADER.neo4j: "#5DB665",
    V.ON_LAW.neo4j: "#D7A013",
    V.ACTOR.neo4j: "#D7A013",
}


def rules() -> dict[str, dict[str, str]]:
    """The style as selector → properties: every node captioned by ``name``, a colour and size per label;
    every relationship captioned by its type, a colour for the ones between entities."""
    out = {
        "node": {"diameter": "50px", "color": "#A5ABB6", "border-color": "#9AA1AC", "border-width": "2px",
                 "text-color-internal": "#FFFFFF", "font-size": "10px", "caption": "{name}"},
        "relationship": {"color": "#A5ABB6", "shaft-width": "1px", "font-size": "8px", "padding": "3px",
                         "text-color-external": "#000000", "text-color-internal": "#FFFFFF", "caption": "<type>"},
    }
    for c in V.CLASSES:
        colour, border, size = _NODE_STYLE[c.label]
        out[f"node.{c.label}"] = {"color": colour, "border-color": border, "diameter": f"{size}px",
                                  "text-color-internal": "#FFFFFF", "caption": "{name}"}
    for rtype, colour in _REL_COLOUR.items():
        out[f"relationship.{rtype}"] = {"color": colour, "shaft-width": "2px", "caption": "<type>"}
    return out


def style() -> str:
    """The Graph Style Sheet (GraSS, served as style.grass), one rule a line."""
    def value(k: str, v: str) -> str:
        return f"'{v}'" if k == "caption" else v
    return "".join(selector + " {" + " ".join(f"{k}: {value(k, v)};" for k, v in props.items()) + "}\n"
                   for selector, props in rules().items())


def style_command() -> str:
    """``:style`` with the sheet itself, for the guide: Browser 5.24 takes GraSS (or its JSON form) after
    ``:style`` and replaces its whole style with it; nothing is fetched, so it works whatever host and
    port the Browser is reached on."""
    return ":style\n" + style().rstrip("\n")


def style_json() -> str:
    """The sheet in the JSON form ``:style`` also takes, on one line and without ``;`` (the Browser splits
    ``browser.post_connect_cmd`` at ``;``, which GraSS is full of)."""
    return json.dumps(rules(), ensure_ascii=False, separators=(",", ":"))


def _example(help_text: str) -> str:
    """The first example in a parameter's help, the part in parentheses: "… (地方金融条例, 金融)" → 地方金融条例."""
    m = re.search(r"\(([^()]*)\)\s*$", help_text)
    return m.group(1).split(",")[0].strip() if m else ""


def params_command(q: SavedQuery, base: str = DEFAULT_BASE) -> str:
    """A ``:params`` command that sets every parameter the query reads: optional ones empty (no filter),
    required ones to their first example, and ``base``."""
    values: dict[str, str | int] = {}
    for p in q.params:
        if p.optional:
            values[p.name] = 0 if p.type == "integer" else ""
        else:
            ex = _example(p.help)
            values[p.name] = int(ex) if p.type == "integer" and ex.isdigit() else ex
    values["base"] = base
    body = ", ".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in values.items())
    return f":params {{{body}}}"


def cypher_body(q: SavedQuery) -> str:
    """The twin's text without its header comments."""
    lines = q.cypher.splitlines()
    while lines and (lines[0].startswith("//") or not lines[0].strip()):
        lines.pop(0)
    return "\n".join(lines).strip()


def _runnable(code: str) -> str:
    return f'<pre class="pre-scrollable code runnable">{html.escape(code, quote=False)}</pre>'


def _halves(items: list[str]) -> list[list[str]]:
    mid = (len(items) + 1) // 2
    return [items[:mid], items[mid:]]


FIRST = "laws_serving_strategies"  # the question the guide opens with (the demo's)
GRAPH_QUERY = "MATCH p = (:Report)-[:MENTIONS]->(l)-[:SERVES]->(i:Initiative)\nRETURN p LIMIT 40"


def guide(queries: dict[str, SavedQuery] | None = None, base: str = DEFAULT_BASE,
          http_port: int = 7474) -> str:
    """The Browser guide: a first slide on the graph and the style, then one slide per saved question."""
    qs = [q for q in (queries if queries is not None else catalogue(QUERIES)).values()
          if q.cypher_path is not None and q.cypher_path.exists()]
    qs.sort(key=lambda q: (q.name != FIRST, q.name))
    e = html.escape
    labels = ", ".join(f"<code>{e(c.label)}</code>" for c in V.CLASSES)
    first = [  # fits the Browser's guide frame (about 420 px) without scrolling at 1600 px wide
        '<slide class="row-fluid" id="start">', '<div class="col-sm-12">',
        "<h3>rdkg: 人大常委会工作报告知识图谱</h3>",
        "<p>The reports loaded with <code>kg load --backend neo4j</code>, as nodes labelled "
        f"{labels}, every one captioned by its <code>name</code>. The rdkg style (a colour and size per "
        "label) is applied after each login; to apply it again (after <code>:style reset</code>), click "
        "the block and run it:</p>",
        _runnable(style_command()),
        f"<p>The same sheet is at <code>{e(style_url(http_port))}</code>. <b>Parameters</b>: each "
        "question's slide has a <code>:params {…}</code> block setting every parameter its query reads "
        "(optional ones empty, meaning no filter, and <code>base</code>, the IRI base); run it, then the "
        "query. Change one with <code>:param name =&gt; 'value'</code>; <code>:params</code> lists them.</p>",
        "</div>", "</slide>",
    ]
    second = [
        '<slide class="row-fluid" id="questions">', '<div class="col-sm-12">',
        "<h3>The graph and the saved questions</h3>",
        "<p>Which laws and decisions serve which strategies, and the reports that say so:</p>",
        _runnable(GRAPH_QUERY),
        "<p>The saved questions, one a slide (the same ones run from the shell with "
        "<code>kg query NAME --backend neo4j -p name=value</code>):</p>",
        '<div class="row-fluid">',
        *(f'<div class="col-sm-6"><ul>{"".join(items)}</ul></div>'
          for items in _halves([f"<li><code>{e(q.name)}</code>: {e(q.zh)}</li>" for q in qs])),
        "</div>",
        "</div>", "</slide>",
    ]
    slides = ["\n".join(first), "\n".join(second)]
    for q in qs:
        params = "".join(
            f"<li><code>{e(p.name)}</code> ({e(p.type)}{', optional' if p.optional else ''}): {e(p.help)}</li>"
            for p in q.params)
        slides.append("\n".join([
            f'<slide class="row-fluid" id="{e(q.name)}">', '<div class="col-sm-12">',
            f"<h3>{e(q.zh)}</h3>",
            f"<p>{e(q.en)} <code>{e(q.name)}</code></p>",
            f"<ul>{params}</ul>" if params else "<p>No parameters.</p>",
            _runnable(params_command(q, base)),
            _runnable(cypher_body(q)),
            "</div>", "</slide>",
        ]))
    return ('<article class="guide">\n<carousel class="deck container-fluid">\n'
            + "\n".join(slides) + "\n</carousel>\n</article>\n")


def _pristine(lib: Path) -> Path:
    """The Browser jar without rdkg's files, kept once in ``browser-original/`` beside lib/ (the served
    copy in lib/ is rebuilt from it on every start). A jar that already carries them (one served before,
    e.g. a lib/ shared with another home) is copied without them."""
    jars = sorted(lib.glob("neo4j-browser-*.jar"))
    if not jars:
        raise FileNotFoundError(f"no neo4j-browser jar in {lib}")
    jar = jars[0]
    folder = lib.parent / "browser-original"
    keep = folder / jar.name
    if keep.exists():
        return keep
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.jar"):  # another Browser version's
        old.unlink()
    tmp = keep.with_suffix(".tmp")
    with zipfile.ZipFile(jar) as src:
        if not any(name.startswith(PREFIX) for name in src.namelist()):
            shutil.copy2(jar, tmp)
        else:
            with zipfile.ZipFile(tmp, "w") as dst:
                for info in src.infolist():
                    if not info.filename.startswith(PREFIX):
                        dst.writestr(info, src.read(info))
    tmp.replace(keep)
    return keep


def install_files(home: Path, http_port: int = 7474, base: str = DEFAULT_BASE) -> Path:
    """Write the guide and the style into the served Browser jar (from the pristine copy, so files
    are replaced, never appended twice). Call it while the server is stopped. Returns the jar."""
    lib = home / "lib"
    original = _pristine(lib)
    jar = lib / original.name
    tmp = jar.with_suffix(".tmp")
    shutil.copy2(original, tmp)
    with zipfile.ZipFile(tmp, "a", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr(GUIDE, guide(base=base, http_port=http_port))
        z.writestr(STYLE, style())
    tmp.replace(jar)
    return jar


def style_url(http_port: int) -> str:
    # localhost: the host Neo4j Browser's default allowlist lets it fetch guides and styles from
    return f"http://localhost:{http_port}/{STYLE}"


def guide_url(http_port: int) -> str:
    return f"http://localhost:{http_port}/{GUIDE}"


def post_connect_cmd(http_port: int) -> str:
    """What the Browser runs after a login: apply the style, then open the guide. The style goes inline
    (nothing to fetch, so its frame is made at once) and the guide, fetched, lands above it: with both
    fetched, whichever answered last came out on top."""
    return f"style {style_json()}; play {guide_url(http_port)}"
