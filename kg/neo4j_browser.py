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
from typing import Any

from . import vocab as V
from .errors import KGError
from .saved import QUERIES, SavedQuery, catalogue

PREFIX = "browser/rdkg/"
GUIDE = PREFIX + "guide.html"
STYLE = PREFIX + "style.grass"

# colour, border colour, diameter per label: entities people ask about are large, the machinery small
_NODE_STYLE = {
    V.REPORT.label: ("#57C7E3", "#23B3D7", 90),
    V.LAW.label: ("#F16667", "#EB2728", 80),
    V.DECISION.label: ("#F79767", "#F36924", 75),
    V.INITIATIVE.label: ("#8DCC93", "#5DB665", 75),
    V.BODY.label: ("#4C8EDA", "#2870C2", 70),
    V.ACTION.label: ("#FFC454", "#D7A013", 72),
    V.METRIC.label: ("#D9C8AE", "#C0A378", 50),
    V.PASSAGE.label: ("#C990C0", "#B261A5", 45),
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


# the long official forms of bodies, as the reports themselves shorten them
_ABBREVIATIONS = (("人民代表大会常务委员会", "人大常委会"), ("人民代表大会", "人大"), ("人民政府", "政府"),
                  ("人民法院", "法院"), ("人民检察院", "检察院"), ("政治协商会议", "政协"))
NATIONAL = "中华人民共和国"
CAPTION_MAX = 14


def caption(label: str, name: str, props: dict[str, Any] | None = None, jurisdiction: str | None = None) -> str:
    """A node's short caption for the Browser: its name without a prefix the graph states elsewhere
    (a law's or report's ``jurisdiction``, 中华人民共和国 on a national law, the law's jurisdiction in an
    action's name), official long forms shortened (人民代表大会常务委员会 → 人大常委会), a report led by
    its year; cut to CAPTION_MAX characters with an ellipsis, and further where it would not fit the
    node (see ``fit``). No layout is stored: the served Browser breaks Chinese between characters
    (``BROWSER_PATCHES``), so the value is the words people read, in tables and CSV too. The full name
    stays in ``name``."""
    props = props or {}
    text = name or ""
    where = props.get("jurisdiction") or (jurisdiction if label in (V.ACTION.label,) else None)
    if label in (V.LAW.label, V.DECISION.label, V.REPORT.label, V.ACTION.label):
        if label == V.ACTION.label and " " in text:  # "制定 重庆市地方金融条例"
            verb, _, law = text.partition(" ")
            text = verb + " " + _strip(law, where)
        else:
            text = _strip(text, where)
    for long, short in _ABBREVIATIONS:
        text = text.replace(long, short)
    if label == V.REPORT.label and props.get("year") and not text.startswith(str(props["year"])):
        text = f"{props['year']} {text}"
    text = text if len(text) <= CAPTION_MAX else text[:CAPTION_MAX - 1] + "…"
    if label in (V.METRIC.label, V.PASSAGE.label):  # small nodes of figures and sentences: the words cut
        return text
    size = _NODE_STYLE.get(label, (None, None, 50))[2]
    return fit(text, size / 2, FONT_PX if size >= 60 else FONT_PX - 1)


# the caption size: the Browser zooms the graph out to fit its frame, so the style sets more than the
# size wanted on screen (the test measures what is drawn: at least 11 px at the guide's graph query)
FONT_PX = 14


def _width(word: str, font: float) -> float:
    """About what the Browser's canvas measures: CJK a full em, other characters a little over half."""
    return sum(font if ord(ch) >= 0x2E80 else 0.6 * font for ch in word)


_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_PIECES = re.compile(f"[{_CJK}]|[^{_CJK}]+")


def pieces(text: str) -> tuple[list[str], set[int]]:
    """A caption as the patched Browser splits it (``BROWSER_PATCHES``): at spaces, and between Chinese
    characters; the second value holds the pieces that continue the one before (no space between)."""
    out: list[str] = []
    glued: set[int] = set()
    for word in text.split(" "):
        for i, piece in enumerate(_PIECES.findall(word) or [word]):
            if i:
                glued.add(len(out))
            out.append(piece)
    return out, glued


def _browser_lines(words: list[str], radius: float, font: float, glued: set[int] = frozenset()) -> list[list[int]] | None:
    """The lines (word indices) Neo4j Browser 5.24 lays a caption out in inside a circle (its
    ``fitCaptionIntoCircle``: as many lines as it takes, each line as wide as the circle at its height,
    a space between words except before a glued piece); None when it has to cut the caption."""
    widths = [_width(w, font) for w in words]
    space = _width(" ", font) * 0.5

    def attempt(n: int) -> tuple[list[list[int]], int]:
        lines, r = [], 0
        for i in range(n):
            quota = r + -(-(len(words) - r) // (n - i))  # the pieces left, shared out over the lines left
            base = (1 + i - n / 2) * font
            off = base - font / 2 if i < n / 2 else base + font / 2
            room = 2 * (max(radius ** 2 - off ** 2, 0)) ** 0.5
            line: list[int] = []
            while r < quota and r < len(words) and widths[r] < room - space:
                line.append(r)
                room -= widths[r] + (0 if r in glued else space)
                r += 1
            lines.append(line)
        return lines, r

    for n in range(1, int(2 * radius / font) + 1):
        lines, placed = attempt(n)
        if all(lines) and placed >= len(words):
            return lines
    return None


def fit(text: str, radius: float, font: float) -> str:
    """The caption as it fits the node when the Browser breaks it between Chinese characters: whole, or
    cut with an ellipsis to what fits."""
    while text:
        words, glued = pieces(text)
        # a small margin: the canvas's glyph widths differ a little from _width's estimate
        if _browser_lines(words, radius * 0.97, font, glued) is not None:
            return text
        text = text.rstrip("…")[:-1].rstrip() + "…" if len(text.rstrip("…")) > 1 else ""
    return ""


def _strip(text: str, where: str | None) -> str:
    for prefix in (where, NATIONAL):
        if prefix and text.startswith(prefix) and len(text) > len(prefix) + 1:
            return text[len(prefix):]
    return text


def rules() -> dict[str, dict[str, str]]:
    """The style as selector → properties: every node of rdkg's labels captioned by its short ``caption``
    (written by the loader; see ``caption``) in a readable size, a colour and size per label; every
    relationship captioned by its type, a colour for the ones between entities."""
    out = {
        "node": {"diameter": "50px", "color": "#A5ABB6", "border-color": "#9AA1AC", "border-width": "2px",
                 "text-color-internal": "#FFFFFF", "font-size": "12px", "caption": "{name}"},
        "relationship": {"color": "#A5ABB6", "shaft-width": "1px", "font-size": "11px", "padding": "3px",
                         "text-color-external": "#000000", "text-color-internal": "#FFFFFF", "caption": "<type>"},
    }
    for c in V.CLASSES:
        colour, border, size = _NODE_STYLE[c.label]
        out[f"node.{c.label}"] = {"color": colour, "border-color": border, "diameter": f"{size}px",
                                  "text-color-internal": "#FFFFFF",
                                  "font-size": f"{FONT_PX}px" if size >= 60 else f"{FONT_PX - 1}px",
                                  "caption": "{caption}"}
    for rtype, colour in _REL_COLOUR.items():
        out[f"relationship.{rtype}"] = {"color": colour, "shaft-width": "2px", "font-size": "11px", "caption": "<type>"}
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


# a required parameter's example, taken from the loaded data when the block runs (the Browser evaluates
# a :params map as Cypher): an entity that has what the question asks about
DATA_EXAMPLES = {
    "law": "head([(l:Law)-[:SERVES]->(:Initiative) | l.name])",
    "about": "head([(l:Law)-[:SERVES]->(:Initiative) | l.name])",
    "body": "head([(b:Body)<-[:PART_OF]-(:Body) | b.name])",
    "q": "head([(i:Initiative)<-[:SERVES]-() | i.name])",
}


def params_command(q: SavedQuery) -> str:
    """A ``:params`` command that sets every parameter the query reads: optional ones empty (no filter),
    required ones to their first example. Nothing else: a twin returns nodes, whose IRIs (base + id) are
    made by the runner in Python, so no Cypher reads the IRI base."""
    values: dict[str, str | int] = {}
    for p in q.params:
        if p.optional:
            values[p.name] = 0 if p.type == "integer" else ""
        else:
            ex = _example(p.help)
            values[p.name] = int(ex) if p.type == "integer" and ex.isdigit() else ex
    body = ", ".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in values.items())
    return f":params {{{body}}}"


def data_commands(q: SavedQuery) -> list[str]:
    """``:param name => …`` for each required parameter with a ``DATA_EXAMPLES`` expression: the Browser
    evaluates it against the loaded graph (its first example when the graph has none). ``:params {…}``
    takes only literals, so these come after it."""
    out = []
    for p in q.params:
        if not p.optional and p.name in DATA_EXAMPLES:
            fallback = json.dumps(_example(p.help), ensure_ascii=False)
            out.append(f":param {p.name} => coalesce({DATA_EXAMPLES[p.name]}, {fallback})")
    return out


def cypher_body(q: SavedQuery) -> str:
    """The twin's text without its header comments."""
    lines = q.cypher.splitlines()
    while lines and (lines[0].startswith("//") or not lines[0].strip()):
        lines.pop(0)
    return "\n".join(lines).strip()


def _runnable(code: str) -> str:
    return f'<pre class="pre-scrollable code runnable">{html.escape(code, quote=False)}</pre>'


def _numbered(items: list[str], first: int = 1) -> list[tuple[int, list[str]]]:
    """Two columns of a list numbered from ``first``: (first number, items) each."""
    mid = (len(items) + 1) // 2
    return [(first, items[:mid]), (first + mid, items[mid:])]


FIRST = "laws_serving_strategies"  # the question the guide opens with (the demo's)
# the slides before the questions' (the list, the graph): a question's number in the list is its slide's,
# as the carousel counts them ("3 / 17")
BEFORE_QUESTIONS = 2
# few enough paths that the Browser's fit-to-frame zoom leaves the captions readable
GRAPH_QUERY = "MATCH p = (:Report)-[:MENTIONS]->(l)-[:SERVES]->(i:Initiative)\nRETURN p LIMIT 12"


def guide(queries: dict[str, SavedQuery] | None = None, http_port: int = 7474) -> str:
    """The Browser guide: a first slide on the graph and the style, then one slide per saved question."""
    qs = [q for q in (queries if queries is not None else catalogue(QUERIES)).values()
          if q.cypher_path is not None and q.cypher_path.exists()]
    qs.sort(key=lambda q: (q.name != FIRST, q.name))
    e = html.escape
    labels = ", ".join(f"<code>{e(c.label)}</code>" for c in V.CLASSES)
    first = [  # fits the Browser's guide frame (about 420 px high) at 1600 px wide, without scrolling
        '<slide class="row-fluid" id="questions">', '<div class="col-sm-12">',
        "<h3>rdkg: 人大常委会工作报告知识图谱</h3>",
        "<p>常用问题 · the saved questions, one a slide (→), numbered as the slides are "
        f"({BEFORE_QUESTIONS + 1} / {BEFORE_QUESTIONS + len(qs)}): run its <code>:params</code> block, then its "
        "query. 同样的问题 · the same from the shell: <code>kg query NAME --backend neo4j</code>.</p>",
        '<div class="row-fluid">',
        *(f'<div class="col-sm-6"><ol start="{start}" style="list-style:decimal;padding-left:1.6em;margin:0">{"".join(items)}</ol></div>'
          for start, items in _numbered(first=BEFORE_QUESTIONS + 1, items=[f'<li style="margin:0 0 2px;line-height:1.35">{e(q.zh)}'
                                         f' <code style="font-size:11px">{e(q.name)}</code></li>' for q in qs])),
        "</div>",
        "</div>", "</slide>",
    ]
    second = [
        '<slide class="row-fluid" id="graph">', '<div class="col-sm-12">',
        "<h3>The graph · 图</h3>",
        "<p>Which laws and decisions serve which strategies, and the reports that say so:</p>",
        _runnable(GRAPH_QUERY),
        f"<p>Nodes are labelled {labels}; each shows a short <code>caption</code> (its name without the "
        "jurisdiction the node states, 人大常委会 for 人民代表大会常务委员会); the full <code>name</code> is in "
        "its properties. The rdkg style is applied after each login; to apply it again (after "
        "<code>:style reset</code>) run:</p>",
        _runnable(":style " + style_url(http_port)),
        "<p><b>Parameters</b>: "
        "a question's <code>:params</code> block sets every parameter its query reads (optional ones "
        "empty, meaning no filter); a <code>:param</code> block after it takes a required one's example from "
        "the loaded data. Change one with <code>:param name =&gt; 'value'</code>.</p>",
        "</div>", "</slide>",
    ]
    slides = ["\n".join(first), "\n".join(second)]
    assert len(slides) == BEFORE_QUESTIONS
    for number, q in enumerate(qs, BEFORE_QUESTIONS + 1):
        params = "".join(
            f"<li><code>{e(p.name)}</code> ({e(p.type)}{', optional' if p.optional else ''}): {e(p.help)}</li>"
            for p in q.params)
        slides.append("\n".join([
            f'<slide class="row-fluid" id="{e(q.name)}">', '<div class="col-sm-12">',
            f"<h3>{e(q.zh)}</h3>",
            f"<p>{e(q.en)} <code>{e(q.name)}</code> · 问题 {number}</p>",
            f"<ul>{params}</ul>" if params else "<p>No parameters.</p>",
            _runnable(params_command(q)),
            *(_runnable(c) for c in data_commands(q)),
            _runnable(cypher_body(q)),
            "</div>", "</slide>",
        ]))
    return ('<article class="guide">\n<carousel class="deck container-fluid">\n'
            + "\n".join(slides) + "\n</carousel>\n</article>\n")


def pristine_folder(lib: Path) -> Path:
    """Where the pristine jar is kept: beside the real lib/ folder, so homes that share one lib/ (a
    symbolic link, as the tests' servers share the project's) share it too. Kept beside the link, a
    second home copied the first one's served jar, its bundles already changed, as its original."""
    return lib.resolve().parent / "browser-original"


def _pristine(lib: Path) -> Path:
    """The Browser jar without rdkg's files, kept once in ``browser-original/`` beside lib/ (the served
    copy in lib/ is rebuilt from it on every start). A jar that already carries them (one served before
    the original was kept there) is taken from Maven's repository (``m2/`` beside lib/, where ``kg neo4j
    install`` fetched it), or else copied without them when its bundles are still unchanged; a changed
    one with no original left is a KGError that says how to fetch it again."""
    jars = sorted(lib.glob("neo4j-browser-*.jar"))
    if not jars:
        raise FileNotFoundError(f"no neo4j-browser jar in {lib}")
    jar = jars[0]
    folder = pristine_folder(lib)
    keep = folder / jar.name
    if keep.exists():
        return keep
    version = jar.name.removeprefix("neo4j-browser-").removesuffix(".jar")
    maven = lib.resolve().parent / "m2" / "org" / "neo4j" / "client" / "neo4j-browser" / version / jar.name
    with zipfile.ZipFile(jar) as src:
        served = any(name.startswith(PREFIX) for name in src.namelist())
        changed = served and any(new and new.encode("utf-8") in src.read(name)
                                 for name in src.namelist() if name.startswith("browser/") and name.endswith(".js")
                                 for _, new in BROWSER_PATCHES)
    if changed and not maven.exists():
        raise KGError(f"{jar}: this Browser jar was changed by rdkg before and its original is not kept; "
                      f"delete {lib.resolve()} and run `kg neo4j install` again")
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.jar"):  # another Browser version's
        old.unlink()
    tmp = keep.with_suffix(".tmp")
    if not served or changed:
        shutil.copy2(maven if served else jar, tmp)
    else:
        with zipfile.ZipFile(jar) as src, zipfile.ZipFile(tmp, "w") as dst:
            for info in src.infolist():
                if not info.filename.startswith(PREFIX):
                    dst.writestr(info, src.read(info))
    tmp.replace(keep)
    return keep


INDEX = "browser/index.html"
# the Browser asks fonts.googleapis.com, cdn.segment.com (usage analytics) and canny.io at start, before
# it has read the server's settings; Neo4j 5.26 has no setting that stops it (browser.allow_outgoing_
# connections is not one of its settings). A Content-Security-Policy in the served page lets it reach
# this machine only: its own files, Bolt over WebSocket and guides on localhost.
LOCAL_ONLY = ("default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob: "
              "http://localhost:* http://127.0.0.1:* ws://localhost:* ws://127.0.0.1:*")


# Changes to the Browser's own bundles (5.24.0), each (what is there, what it becomes), applied where found:
# - what it would send to or fetch from the web whatever its settings (Neo4j 5.26 has no setting that
#   stops it), taken out where it asks, so it is never attempted: the web fonts' @import (the page falls
#   back to its other fonts); the analytics and feedback-widget loaders' scripts, which get an empty
#   script of ours (EMPTY_JS: the server's own policy allows scripts from the Browser's origin only;
#   their stubs stay, queueing calls nobody sends); the crash reporter's address (Sentry without one
#   sends nothing);
# - its caption layout, which splits a caption only at spaces and so cut an unbroken Chinese name to a
#   few characters: it also splits between Chinese characters, joins those pieces without a space, and
#   shares the pieces out evenly over the lines it tries (filling the top lines first left the last one
#   empty, and it then cut the caption).
#   The caption stored in the graph is plain text; line breaks are the renderer's business;
# - its table view, which writes a string cell as a JSON string (in double quotes, `"` escaped): a
#   string cell shows the string itself, URLs still clickable; a node with an rdkg ``id`` (a saved
#   question's X_iri column, which names the entity of column X: the node itself, so the frame's graph
#   view draws it and opens it) shows that id (law/重庆市地方金融条例), where the Browser wrote the whole
#   node (identity, labels, every property) as JSON, wrapped anywhere (an id has few places to break:
#   kept whole, the ids' columns squeezed the sentences' to a few characters); numbers, lists (their strings quoted, so the items
#   stay apart), other nodes and maps as the Browser shows them. A string longer than WRAP_AFTER
#   characters (a sentence, a report's title) wraps inside its column, where every cell kept to one
#   line and the evidence column pushed the report's off the screen; a shorter one (a name) stays whole
#   on one line.
WRAP_AFTER = 24
_FONTS = ("@import url(https://fonts.googleapis.com/css2?family=Fira+Code:wght@500"
          "&family=Nunito+Sans:wght@300;400;500;600;700&display=swap);")
BROWSER_PATCHES = (
    (_FONTS, ""),
    ('"https://cdn.segment.com/analytics.js/v1/"+e+"/analytics.min.js"', '"./rdkg/empty.js"'),
    ('"https://canny.io/sdk.js"', '"./rdkg/empty.js"'),
    ('dsn:"https://1ea9f7ebd51441cc95906afb2d31d841@o110884.ingest.sentry.io/1232865"', 'dsn:""'),
    ('c=u(" "),d=l.split(" "),h=(t,n)=>',
     'c=u(" "),[d,G]=(()=>{const d=[],G=new Set;for(const w of l.split(" "))'
     f'(w.match(/[{_CJK}]|[^{_CJK}]+/g)||[w]).forEach((p,i)=>{{i&&G.add(d.length);d.push(p)}});'
     'return[d,G]})(),h=(t,n)=>'),
    ('const o=h(e,i);for(;r<d.length&&n[r]<o.remainingWidth-c;)o.text=`${o.text} ${d[r]}`,o.remainingWidth-=n[r]+c,r++',
     'const o=h(e,i),q=r+Math.ceil((d.length-r)/(e-i));for(;r<q&&r<d.length&&n[r]<o.remainingWidth-c;)'
     'o.text=o.text+(G.has(r)?"":" ")+d[r],o.remainingWidth-=n[r]+(G.has(r)?0:c),r++'),
    ("function E({cell:e}){const{value:t}=e;return S(t)}",
     'function E({cell:e}){const{value:t}=e;return"string"==typeof t?u.default.createElement("span",'
     f'{{className:"rdkg-string",style:{{whiteSpace:t.length>{WRAP_AFTER}?"pre-wrap":"pre"}}}},'
     "u.default.createElement(d.ClickableUrls,{text:t})):t&&\"object\"==typeof t&&Array.isArray(t.labels)&&"
     't.properties&&"string"==typeof t.properties.id?u.default.createElement("span",{className:"rdkg-node",'
     'title:t.properties.name,'
     'style:{whiteSpace:"pre-wrap",overflowWrap:"anywhere"}},t.properties.id):S(t)}'),
)
# the CSS string literal that held the fonts' @import, and the URLs, must be gone from every bundle
OUTSIDE = ("fonts.googleapis.com/css", "cdn.segment.com", "canny.io", "ingest.sentry.io")
EMPTY_JS = PREFIX + "empty.js"


def patch_bundle(text: str, applied: dict[str, int] | None = None) -> str:
    """A Browser bundle with ``BROWSER_PATCHES`` applied (those it contains); ``applied`` counts, per
    patch (its text before), the places it was applied."""
    for old, new in BROWSER_PATCHES:
        if applied is not None:
            applied[old] = applied.get(old, 0) + text.count(old)
        text = text.replace(old, new)
    return text


def check_applied(applied: dict[str, int], jar: Path) -> None:
    """Every patch in ``BROWSER_PATCHES`` applied exactly once over the jar's bundles, else a KGError
    naming it: the patches are pinned to Browser 5.24.0's text, and one that no longer applies would
    leave the Browser fetching from the web or quoting table cells without a word."""
    for old, _ in BROWSER_PATCHES:
        n = applied.get(old, 0)
        if n != 1:
            raise KGError(f"{jar.name}: rdkg's change to the Browser at {old[:48]!r}… applies {n} times, not once; "
                          "rdkg patches Neo4j Browser 5.24.0 (run `kg neo4j install` for that version)")


def local_only(index_html: str) -> str:
    """The Browser's index.html with the CSP meta element as the first thing in <head>."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{LOCAL_ONLY}"/>'
    if meta in index_html:
        return index_html
    head = re.search(r"<head[^>]*>", index_html)
    if not head:
        raise ValueError("the Browser's index.html has no <head>")
    return index_html[:head.end()] + meta + index_html[head.end():]


def install_files(home: Path, http_port: int = 7474) -> Path:
    """Write the guide and the style into the served Browser jar, its bundles with ``BROWSER_PATCHES``
    and its index.html with the local-only policy (from the pristine copy, so files are replaced, never appended twice). Call it
    while the server is stopped. Returns the jar."""
    lib = home / "lib"
    original = _pristine(lib)
    jar = lib / original.name
    tmp = jar.with_suffix(".tmp")
    applied: dict[str, int] = {}
    with zipfile.ZipFile(original) as src, zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == INDEX:
                data = local_only(data.decode("utf-8")).encode("utf-8")
            elif info.filename.startswith("browser/") and info.filename.endswith(".js"):
                text = data.decode("utf-8")
                patched = patch_bundle(text, applied)
                if patched != text:
                    data = patched.encode("utf-8")
            dst.writestr(info, data)
        dst.writestr(GUIDE, guide(http_port=http_port))
        dst.writestr(STYLE, style())
        dst.writestr(EMPTY_JS, "// rdkg: stands for the analytics and feedback scripts the Browser would fetch\n")
    try:
        check_applied(applied, original)
    except KGError:
        tmp.unlink()
        raise
    tmp.replace(jar)
    return jar


def style_url(http_port: int) -> str:
    # localhost: the host Neo4j Browser's default allowlist lets it fetch guides and styles from
    return f"http://localhost:{http_port}/{STYLE}"


def guide_url(http_port: int) -> str:
    return f"http://localhost:{http_port}/{GUIDE}"


def post_connect_cmd(http_port: int) -> str:
    """What the Browser runs after a login: apply the style, clear the stream, then open the guide. The
    style goes inline (nothing to fetch, so it is applied at once; with both fetched, whichever answered
    last came out on top); its frame, which lists the whole sheet and filled the space below the guide,
    is cleared with the login's, so the guide stands alone."""
    return f"style {style_json()}; clear; play {guide_url(http_port)}"
