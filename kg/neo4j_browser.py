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
from .queries import QUERIES, SavedQuery, catalogue

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


def style() -> str:
    """The Graph Style Sheet: every node captioned by ``name``, a colour and size per label."""
    out = [
        "node {\n  diameter: 50px;\n  color: #A5ABB6;\n  border-color: #9AA1AC;\n  border-width: 2px;\n"
        "  text-color-internal: #FFFFFF;\n  font-size: 10px;\n  caption: '{name}';\n}",
        "relationship {\n  color: #A5ABB6;\n  shaft-width: 1px;\n  font-size: 8px;\n  padding: 3px;\n"
        "  text-color-external: #000000;\n  text-color-internal: #FFFFFF;\n  caption: '<type>';\n}",
    ]
    for c in V.CLASSES:
        colour, border, size = _NODE_STYLE[c.label]
        out.append(f"node.{c.label} {{\n  color: {colour};\n  border-color: {border};\n  diameter: {size}px;\n"
                   "  text-color-internal: #FFFFFF;\n  caption: '{name}';\n}")
    for rtype, colour in _REL_COLOUR.items():
        out.append(f"relationship.{rtype} {{\n  color: {colour};\n  shaft-width: 2px;\n  caption: '<type>';\n}}")
    return "\n".join(out) + "\n"


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
    first = [
        '<slide class="row-fluid">', '<div class="col-sm-12">',
        "<h3>rdkg: 人大常委会工作报告知识图谱</h3>",
        "<p>The reports loaded with <code>kg load --backend neo4j</code>: "
        f"{labels}. Every node's caption is its <code>name</code>; relationships carry the report, "
        "the period and year, and the evidence sentence with its offsets.</p>",
        "<p>The rdkg style (a colour and size per label) is applied after each login; to apply it again:</p>",
        _runnable(f":style {style_url(http_port)}"),
        "<p>Each following slide is one saved question. Click its <code>:params</code> block and run it "
        "(optional parameters are empty, meaning no filter; change a value to narrow the answer), then click "
        "and run the query. The same questions run from the shell with "
        "<code>kg query NAME --backend neo4j --param name=value</code>.</p>",
        "<ul>" + "".join(f"<li><code>{e(q.name)}</code>: {e(q.zh)}</li>" for q in qs) + "</ul>",
        "<p>The graph itself: which laws and decisions serve which strategies, and the reports that say so:</p>",
        _runnable(GRAPH_QUERY),
        "</div>", "</slide>",
    ]
    slides = ["\n".join(first)]
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
    """The Browser jar as Maven fetched it, kept once beside lib/ (the served copy is rewritten)."""
    jars = sorted(lib.glob("neo4j-browser-*.jar"))
    if not jars:
        raise FileNotFoundError(f"no neo4j-browser jar in {lib}")
    jar = jars[0]
    keep = lib.parent / "browser-original" / jar.name
    if not keep.exists():
        keep.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(jar, keep)
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
    """What the Browser runs after a login: apply the style, open the guide (the newest frame is on top)."""
    return f"style {style_url(http_port)}; play {guide_url(http_port)}"
