"""Neo4j Browser with rdkg's style and guide: the generated files, and an end-to-end run in headless
Chromium (Debian's `chromium` driven by Playwright) against the real test server: log in, see the guide
open, run a saved question from it and read its rows. Saves a screenshot (to docs/neo4j-browser.png
when RDKG_SCREENSHOT=1). Under CI=true nothing here skips.
"""

from __future__ import annotations

import html
import json
import os
import re
import tempfile
import time
import warnings
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kg import neo4j_browser as nb
from kg import neo4j_server as n4
from kg import vocab as V
from kg.errors import KGError
from kg.ids import DEFAULT_BASE
from kg.saved import catalogue, run_neo4j
from kg.stores.neo4j import Neo4jStore

from . import neo4j_fixture
from .test_browser import ARGS, CHROMIUM, ROOT, need

# the screenshot in the docs is refreshed on request only, so a test run leaves the tree clean
SHOT = (ROOT / "docs" / "neo4j-browser.png" if os.environ.get("RDKG_SCREENSHOT")
        else Path(tempfile.gettempdir()) / "rdkg-neo4j-browser.png")


TABLE_SHOT = Path(tempfile.gettempdir()) / "rdkg-neo4j-browser-table.png"  # to look at; not in the docs
GUIDE_SHOT = Path(tempfile.gettempdir()) / "rdkg-neo4j-browser-guide.png"  # the same
ANSWER_SHOT = Path(tempfile.gettempdir()) / "rdkg-neo4j-browser-answer.png"  # the same


class _Guide(HTMLParser):
    """The runnable blocks of a guide, as the Browser reads them (entities decoded), and its slides."""

    def __init__(self) -> None:
        super().__init__()
        self.slides: list[str] = []
        self.blocks: list[str] = []
        self._in = False
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        a = dict(attrs)
        if tag == "slide":
            self.slides.append(a.get("id") or "")
        if tag == "pre" and "runnable" in (a.get("class") or ""):
            self._in = True
            self.blocks.append("")

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag, f"unbalanced </{tag}>"
        if tag == "pre":
            self._in = False

    def handle_data(self, data):
        if self._in:
            self.blocks[-1] += data


def _parse(text: str) -> _Guide:
    g = _Guide()
    g.feed(text)
    g.close()
    assert not g.stack, "unclosed tags"
    return g


def _order() -> list[str]:
    """The saved questions that have a Cypher twin, in the guide's order."""
    qs = [q for q in catalogue().values() if q.cypher_path and q.cypher_path.exists()]
    return sorted((q.name for q in qs), key=lambda n: (n != nb.FIRST, n))


def test_guide_has_every_saved_question_with_its_parameters_and_cypher():
    g = _parse(nb.guide(http_port=7999))
    qs = catalogue()
    assert g.slides[:2] == ["questions", "graph"] and g.slides[2:] == _order()
    assert set(g.slides[2:]) == {n for n, q in qs.items() if q.cypher_path.exists()}
    for name in g.slides[2:]:
        q = qs[name]
        params = next(b for b in g.blocks if b.startswith(":params") and b == nb.params_command(q))
        for p in q.params:
            assert re.search(rf"[{{ ]{p.name}: ", params), (q.name, p.name)
        # exactly the parameters the twin reads: no `base` (a twin returns nodes; the runner makes IRIs)
        assert re.findall(r"[{ ](\w+): ", params) == [p.name for p in q.params], params
        # the Cypher arrives intact: `<`, `>`, `&` and quotes survive the HTML; no header comments
        body = nb.cypher_body(q)
        assert body in g.blocks and not body.startswith("//") and "// name:" not in body
        for cmd in nb.data_commands(q):  # a required parameter's example from the data, after :params
            assert cmd in g.blocks and g.blocks.index(cmd) == g.blocks.index(params) + 1
    assert g.blocks[:2] == [nb.GRAPH_QUERY, ":style http://localhost:7999/browser/rdkg/style.grass"]
    assert nb.data_commands(qs["law_serves"]) == [
        ':param law => coalesce(head([(l:Law)-[:SERVES]->(:Initiative) | l.name]), "地方金融条例")']
    assert nb.data_commands(qs["laws_serving_strategies"]) == []  # optional parameters stay empty


def test_the_first_slide_lists_every_question():
    text = nb.guide(http_port=7999)
    first = text[text.index('<slide class="row-fluid" id="questions">'):text.index("</slide>")]
    for name in _order():
        q = catalogue()[name]
        assert f"{html.escape(q.zh)} <code" in first and f">{name}</code>" in first
    assert "runnable" not in first  # no long blocks push the list out of the frame


def test_the_list_numbers_each_question_as_its_slide(tmp_path):
    """The first slide's list numbers each question with its slide's number, as the Browser's carousel
    counts the slides ("3 / 17"): the list and the graph come first."""
    text = nb.guide(http_port=7999)
    slides = _parse(text).slides
    first = text[text.index('<slide class="row-fluid" id="questions">'):text.index("</slide>")]
    numbered = {}
    for start, items in re.findall(r'<ol start="(\d+)"[^>]*>(.*?)</ol>', first):
        for i, name in enumerate(re.findall(r'<code[^>]*>([a-z_]+)</code></li>', items)):
            numbered[name] = int(start) + i
    assert numbered == {name: slides.index(name) + 1 for name in slides[nb.BEFORE_QUESTIONS:]}, numbered
    assert f"({nb.BEFORE_QUESTIONS + 1} / {len(slides)})" in first
    for name in slides[nb.BEFORE_QUESTIONS:]:  # and each question's slide says its number
        own = text[text.index(f'<slide class="row-fluid" id="{name}">'):]
        assert f"问题 {numbered[name]}</p>" in own[:own.index("</slide>")]


def test_the_guide_escapes_what_it_quotes(tmp_path):
    (tmp_path / "odd.rq").write_text(
        "# name: odd\n# zh: 《条例》<b>&amp;</b>\n# en: Tags </pre><script>alert(1)</script>\n"
        "# param: q text -- a <word> & more (金融&<i>, x)\nSELECT ?q WHERE {}\n", encoding="utf-8")
    cypher = ("// name: odd\n// zh: x\n// en: x\n// param: q text -- x\n"
              "MATCH (n) WHERE n.name <> $q AND 1 < 2 AND 'a' + \"&lt;\" = '</pre>'\nRETURN n")
    (tmp_path / "odd.cypher").write_text(cypher, encoding="utf-8")
    (tmp_path / "no_twin.rq").write_text("# name: no_twin\n# zh: 无\n# en: none\nSELECT * WHERE {}\n",
                                         encoding="utf-8")
    qs = catalogue(tmp_path)
    assert set(qs) == {"odd", "no_twin"}
    text = nb.guide(qs)
    assert "<script>" not in text and "</pre><script>" not in text and "<word>" not in text
    g = _parse(text)
    assert g.slides == ["questions", "graph", "odd"]  # a saved query without a twin is left out
    assert nb.cypher_body(qs["odd"]) in g.blocks
    assert nb.cypher_body(qs["odd"]).startswith("MATCH (n) WHERE n.name <> $q")
    # the first example of a required parameter, escaped in the page and intact in the block
    assert ':params {q: "金融&amp;&lt;i&gt;"}' in text
    assert ':params {q: "金融&<i>"}' in g.blocks


def test_required_parameters_get_their_first_example():
    q = catalogue()["law_serves"]
    assert nb.params_command(q) == ':params {law: "地方金融条例"}'
    q = catalogue()["figures_by_subject"]
    assert 'year: 0' in nb.params_command(q) and 'subject_filter: ""' in nb.params_command(q)


def test_style_captions_and_colours_every_label():
    grass = nb.style()
    for c in V.CLASSES:
        rule = re.search(rf"^node\.{c.label} \{{(.*)\}}$", grass, re.M)
        assert rule, c.label
        assert "caption: '{caption}';" in rule.group(1) and re.search(r"color: #[0-9A-F]{6};", rule.group(1))
        assert int(re.search(r"font-size: (\d+)px", rule.group(1)).group(1)) >= 11
    assert re.search(r"^node \{.*caption: '\{name\}';", grass, re.M)
    assert re.search(r"^relationship \{.*caption: '<type>';", grass, re.M)
    assert re.sub(r"'[^']*'", "", grass).count("{") == re.sub(r"'[^']*'", "", grass).count("}")
    # the JSON form that the post-connect command carries: the same rules, and no `;` to split it at
    assert json.loads(nb.style_json()) == nb.rules() and ";" not in nb.style_json()


@pytest.mark.parametrize(("label", "name", "props", "short"), [
    ("Law", "重庆市地方金融条例", {"jurisdiction": "重庆市"}, "地方金融条例"),
    ("Law", "中华人民共和国长江保护法", {"jurisdiction": "中华人民共和国"}, "长江保护法"),
    ("Law", "中华人民共和国长江保护法", {}, "长江保护法"),
    ("Law", "河北省全国统一大市场建设条例", {"jurisdiction": "河北省"}, "全国统一大市场建设条例"),
    ("Report", "重庆市人民代表大会常务委员会工作报告", {"jurisdiction": "重庆市", "year": 2026}, "2026 人大常委会工作报告"),
    ("Action", "制定 重庆市地方金融条例", {"year": 2025}, "制定 地方金融条例"),
    ("Body", "重庆市人民代表大会常务委员会", {}, "重庆市人大常委会"),
    ("Initiative", "西部金融中心", {}, "西部金融中心"),
    ("Law", "重庆市", {"jurisdiction": "重庆市"}, "重庆市"),  # nothing left: the name stays
])
def test_captions_drop_what_the_graph_states(label, name, props, short):
    got = nb.caption(label, name, props, "重庆市")
    assert got == short  # the words people read: no spaces added for the layout (tables and CSV show it)
    assert len(got) <= nb.CAPTION_MAX
    if short != name:
        assert len(got) < len(name)


def test_captions_fit_their_node_in_lines():
    # a long name is laid out over lines by the (patched) Browser, which breaks between Chinese
    # characters and shares them out over the lines, instead of cutting it
    got = nb.caption("Law", "河北省全国统一大市场建设条例", {"jurisdiction": "河北省"})
    assert got == "全国统一大市场建设条例"
    words, glued = nb.pieces(got)
    assert len(words) == len(got) and glued == set(range(1, len(got)))
    lines = nb._browser_lines(words, 40, nb.FONT_PX, glued)
    assert lines is not None and len(lines) >= 2 and max(map(len, lines)) - min(map(len, lines)) <= 1, lines
    assert nb.pieces("2026 人大") == (["2026", "人", "大"], {2})  # a space still separates words
    assert nb.caption("Metric", "1.78万件", {}) == "1.78万件"


def test_a_long_caption_is_cut():
    got = nb.caption("Initiative", "推动成渝地区双城经济圈建设走深走实取得新的更大成效", {})
    assert len(got) <= nb.CAPTION_MAX and got.endswith("…") and "推动成渝地区双城经济圈建设走深走实".startswith(got[:-1])


@pytest.mark.parametrize("served_before", [False, True])
def test_files_go_into_the_browser_jar_once(tmp_path, served_before):
    lib = tmp_path / "lib"
    lib.mkdir()
    jar = lib / "neo4j-browser-0.jar"
    bundle = "x=1;" + "".join(old for old, _ in nb.BROWSER_PATCHES) + ";y=2"
    with zipfile.ZipFile(jar, "w") as z:
        z.writestr("browser/index.html", "<html><head><title>B</title></head></html>")
        z.writestr("browser/app-0.js", bundle)
        if served_before:  # a jar that carries older copies and no pristine one beside it (a shared lib/)
            z.writestr(nb.GUIDE, "old")
            z.writestr(nb.STYLE, "old")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # zipfile warns on a duplicate name
        for port in (7474, 7475):  # installing again replaces the files, it never appends a second copy
            nb.install_files(tmp_path, http_port=port)
    with zipfile.ZipFile(jar) as z:
        names = z.namelist()
        assert sorted(names) == sorted(["browser/index.html", "browser/app-0.js", nb.GUIDE, nb.STYLE, nb.EMPTY_JS])
        # the bundles ask nothing from the web, and lay Chinese captions out between characters
        app = z.read("browser/app-0.js").decode()
        assert app == "x=1;" + "".join(new for _, new in nb.BROWSER_PATCHES) + ";y=2"
        assert not any(host in app for host in nb.OUTSIDE)
        assert "localhost:7475" in z.read(nb.GUIDE).decode()
        # the served page may reach this machine only (no fonts, analytics or feedback widgets from the web)
        index = z.read("browser/index.html").decode()
        assert index.startswith('<html><head><meta http-equiv="Content-Security-Policy"') and index.count("Content-Security") == 1
        assert z.read(nb.STYLE).decode() == nb.style()
    with zipfile.ZipFile(tmp_path / "browser-original" / jar.name) as z:
        assert z.namelist() == ["browser/index.html", "browser/app-0.js"]
        assert z.read("browser/app-0.js").decode() == bundle  # the pristine copy stays as Maven fetched it
        assert z.read("browser/index.html") == b"<html><head><title>B</title></head></html>"
    assert [f.name for f in lib.iterdir()] == [jar.name]  # no temporary file left behind


def test_a_patch_that_finds_no_place_stops_the_install(tmp_path):
    # the patches are pinned to Browser 5.24.0's text: a bundle without one of them (another version)
    # is an error naming it, and the served jar is left as it was
    lib = tmp_path / "lib"
    lib.mkdir()
    jar = lib / "neo4j-browser-0.jar"
    table = next(old for old, _ in nb.BROWSER_PATCHES if old.startswith("function E({cell:e})"))
    with zipfile.ZipFile(jar, "w") as z:
        z.writestr("browser/index.html", "<html><head></head></html>")
        z.writestr("browser/app-0.js", "".join(old for old, _ in nb.BROWSER_PATCHES if old != table))
    before = jar.read_bytes()
    with pytest.raises(KGError, match=r"neo4j-browser-0\.jar: rdkg's change to the Browser at "
                                      r"'function E\(\{cell:e\}\).*applies 0 times.*Browser 5\.24\.0"):
        nb.install_files(tmp_path)
    assert jar.read_bytes() == before and [f.name for f in lib.iterdir()] == [jar.name]
    original = tmp_path / "browser-original" / jar.name  # the pristine copy the install patches from
    with zipfile.ZipFile(original, "a") as z:  # twice is as wrong as never: the text is not the one pinned
        z.writestr("browser/app-1.js", table + nb.BROWSER_PATCHES[0][0])
    with pytest.raises(KGError, match="applies 2 times"):
        nb.install_files(tmp_path)


def test_every_patch_applies_once_to_the_browser_the_project_installs(neo4j_server):
    home, _ = neo4j_fixture.running(neo4j_server)
    (original,) = nb.pristine_folder(home / "lib").glob("neo4j-browser-*.jar")
    assert original.name == f"neo4j-browser-{n4.BROWSER_VERSION}.jar"
    applied: dict[str, int] = {}
    with zipfile.ZipFile(original) as z:
        for name in z.namelist():
            if name.startswith("browser/") and name.endswith(".js"):
                nb.patch_bundle(z.read(name).decode("utf-8"), applied)
    assert applied == {old: 1 for old, _ in nb.BROWSER_PATCHES}, {o[:40]: n for o, n in applied.items() if n != 1}
    with zipfile.ZipFile(home / "lib" / original.name) as z:  # the served copy carries them
        served = "".join(z.read(n).decode("utf-8") for n in z.namelist()
                         if n.startswith("browser/") and n.endswith(".js"))
    assert all(new in served for _, new in nb.BROWSER_PATCHES if new)
    assert not any(old in served for old, _ in nb.BROWSER_PATCHES)


def test_homes_sharing_a_lib_share_its_pristine_jar(tmp_path):
    # a second home whose lib/ is a link to the first's: it patches from the same original, not from
    # the jar the first one served (whose bundles are already changed)
    first = tmp_path / "first"
    (first / "lib").mkdir(parents=True)
    jar = first / "lib" / "neo4j-browser-0.jar"
    bundle = "".join(old for old, _ in nb.BROWSER_PATCHES)
    with zipfile.ZipFile(jar, "w") as z:
        z.writestr("browser/index.html", "<html><head></head></html>")
        z.writestr("browser/app-0.js", bundle)
    nb.install_files(first)
    second = tmp_path / "second"
    second.mkdir()
    (second / "lib").symlink_to(first / "lib")
    nb.install_files(second, http_port=7475)
    assert nb.pristine_folder(second / "lib") == first / "browser-original"
    assert not (second / "browser-original").exists()
    with zipfile.ZipFile(jar) as z:
        assert z.read("browser/app-0.js").decode() == "".join(new for _, new in nb.BROWSER_PATCHES)
        assert "localhost:7475" in z.read(nb.GUIDE).decode()


def test_a_jar_served_before_is_patched_from_its_original(tmp_path):
    # a served jar (rdkg's files in it, its bundles changed) with no original kept beside it: the
    # original comes from Maven's repository beside lib/, or else the error says how to fetch it again
    lib = tmp_path / "lib"
    lib.mkdir()
    jar = lib / "neo4j-browser-9.9.9.jar"
    with zipfile.ZipFile(jar, "w") as z:
        z.writestr("browser/index.html", "<html><head></head></html>")
        z.writestr("browser/app-0.js", "".join(new for _, new in nb.BROWSER_PATCHES))
        z.writestr(nb.GUIDE, "old")
    with pytest.raises(KGError, match=r"changed by rdkg before .* delete .*lib and run `kg neo4j install` again"):
        nb.install_files(tmp_path)
    maven = tmp_path / "m2" / "org" / "neo4j" / "client" / "neo4j-browser" / "9.9.9" / jar.name
    maven.parent.mkdir(parents=True)
    with zipfile.ZipFile(maven, "w") as z:
        z.writestr("browser/index.html", "<html><head></head></html>")
        z.writestr("browser/app-0.js", "".join(old for old, _ in nb.BROWSER_PATCHES))
    nb.install_files(tmp_path)
    assert (tmp_path / "browser-original" / jar.name).read_bytes() == maven.read_bytes()
    with zipfile.ZipFile(jar) as z:
        assert z.read("browser/app-0.js").decode() == "".join(new for _, new in nb.BROWSER_PATCHES)


def test_the_server_is_told_to_open_them(tmp_path):
    conf = n4.write_conf(tmp_path, 7001, 7002).read_text(encoding="utf-8")
    line = next(x for x in conf.splitlines() if x.startswith("browser.post_connect_cmd="))
    style, clear, play = line.split("=", 1)[1].split("; ")
    assert style == f"style {nb.style_json()}" and clear == "clear"
    assert play == "play http://localhost:7001/browser/rdkg/guide.html"
    # no product analytics, and guides only from this machine
    assert "client.allow_telemetry=false" in conf.splitlines()
    assert "browser.remote_content_hostname_whitelist=localhost" in conf.splitlines()


# ------------------------------------------------------------------ end to end


@pytest.fixture(scope="module")
def loaded(neo4j_server, sample_extraction):
    home, st = neo4j_fixture.running(neo4j_server)
    pw = n4.password(home)
    with Neo4jStore(st.bolt_uri, "neo4j", pw) as s:
        s.clear()
        s.ensure_schema()
        s.load(sample_extraction)
        _, rows = run_neo4j(s, nb.FIRST, {})
    return st, pw, rows


@pytest.fixture(scope="module")
def chromium():
    need(CHROMIUM.exists(), f"{CHROMIUM} is missing (apt-get install -y chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        need(False, "the playwright package is missing (pip install -e '.[test]')")
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


def _frames(page) -> list[str]:
    """The commands of the frames in the stream, newest (top) first."""
    return [t.replace("\xa0", " ") for t in page.locator("[data-testid=frameCommand]").all_inner_texts()]


def _run_block(page, block) -> None:
    """Click a guide's runnable block (it goes into the editor), run it and wait for its frame on top."""
    text = block.inner_text()
    frames = page.locator("[data-testid=frame]").count()
    block.click()
    page.wait_for_function("s => document.querySelector('[data-testid=activeEditor]').innerText"
                           ".replace(/\\u00a0/g, ' ').includes(s)", arg=text.splitlines()[0][:20])
    page.click("[data-testid=editor-Run]")
    page.wait_for_function("n => document.querySelectorAll('[data-testid=frame]').length > n", arg=frames)


def _top(page):
    return page.locator("[data-testid=frame]").first


def _table(page) -> list[dict[str, str]]:
    """The rows of the top frame's table view as the page shows them: column name → the cell's text."""
    top = _top(page)
    heads = [h.strip() for h in top.locator(
        ".relatable__table-header-cell:not(.relatable__table-header-actions-cell)").all_inner_texts()]
    out = []
    for row in top.locator(".relatable__table-body-row").all():
        cells = row.locator(".relatable__table-body-cell:not(.relatable__table-row-actions-cell)").all_inner_texts()
        out.append(dict(zip(heads, cells, strict=True)))
    return out


def _as_table(page) -> None:
    """Show the top frame's table view (a frame whose answer holds nodes opens on its graph view)."""
    button = _top(page).locator("[data-testid=cypherFrameSidebarTable]")
    button.click()
    _top(page).locator(".relatable__table-body-row, .relatable__table-header-cell").first.wait_for(timeout=60_000)


def _shown(row: dict) -> dict[str, str]:
    """A row of a saved question as the Browser's table shows it: a node (an X_iri column) as its id, the
    IRI that ``kg query --backend neo4j`` gives without the base."""
    return {k: str(v).removeprefix(DEFAULT_BASE) if k.endswith("_iri") else str(v) for k, v in row.items()}


def _run_typed(page, query: str) -> None:
    """Type a query into the Browser's editor (inserted whole: typed key by key, the editor would close
    quotes and brackets itself) and run it; wait for its frame on top."""
    frames = page.locator("[data-testid=frame]").count()
    page.click("[data-testid=activeEditor]")
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(query)
    page.click("[data-testid=editor-Run]")
    page.wait_for_function("n => document.querySelectorAll('[data-testid=frame]').length > n", arg=frames)


def _slide(page, name: str) -> None:
    """Go to a slide of the guide by its id (the carousel shows one slide at a time)."""
    order = ["questions", "graph", *_order()]
    want = order.index(name)
    while True:
        h3 = page.locator("[data-testid=carousel] h3").first.inner_text()
        at = next(i for i, n in enumerate(order) if _heading(n) == h3)
        if at == want:
            return
        page.click("[data-testid=nextSlide]" if at < want else "[data-testid=previousSlide]")
        page.wait_for_function("h => document.querySelector('[data-testid=carousel] h3').innerText !== h", arg=h3)


def _heading(name: str) -> str:
    if name == "questions":
        return "rdkg: 人大常委会工作报告知识图谱"
    if name == "graph":
        return "The graph · 图"
    return catalogue()[name].zh


def _steady(page, *locators) -> list[dict]:
    """The locators' boxes once the page has stopped laying them out (two readings 150 ms apart agree):
    the guide's frame grows while its slide renders, and a box read in the middle of that is no answer."""
    boxes = [loc.bounding_box() for loc in locators]
    for _ in range(40):
        page.wait_for_timeout(150)
        now = [loc.bounding_box() for loc in locators]
        if now == boxes:
            break
        boxes = now
    return boxes


def test_log_in_see_the_guide_and_run_saved_questions(chromium, loaded):
    st, pw, rows = loaded
    page = chromium.new_page(viewport={"width": 1600, "height": 1170})
    outside, errors = [], []
    local = (f"http://127.0.0.1:{st.http_port}", f"http://localhost:{st.http_port}", "data:", "blob:",
             f"ws://127.0.0.1:{st.bolt_port}", f"ws://localhost:{st.bolt_port}",  # Bolt over WebSocket
             f"http://127.0.0.1:{st.bolt_port}/", f"http://localhost:{st.bolt_port}/")  # its discovery request
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(local) else None)
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("requestfailed", lambda r: errors.append(f"{r.url}: {r.failure}"))
    page.goto(f"http://127.0.0.1:{st.http_port}/browser/")
    page.wait_for_selector("input[data-testid=username]", timeout=90_000)
    page.fill("input[data-testid=username]", "neo4j")
    page.fill("input[data-testid=password]", pw)
    page.click("button[data-testid=connect]")

    # after the login the server's post-connect command applies the style and opens the guide, on top
    page.wait_for_selector("text=rdkg: 人大常委会工作报告知识图谱", timeout=90_000)
    # the guide alone: the style's frame (the whole sheet) was cleared with the login's
    assert _frames(page) == [f":play http://localhost:{st.http_port}/browser/rdkg/guide.html"], _frames(page)

    # the first slide lists every question, readable inside the frame (nothing cut off below it)
    carousel = page.locator("[data-testid=carousel]")
    for name in _order():
        item = carousel.locator("li", has=page.locator("code", has_text=re.compile(f"^{name}$")))
        assert catalogue()[name].zh in item.inner_text()
    box, last = _steady(page, carousel, carousel.locator("li").last)
    assert last["y"] + last["height"] <= box["y"] + box["height"], (last, box)
    assert "To help make Neo4j Browser better" not in page.inner_text("body")  # no usage-data notice
    # the questions are numbered (the Browser's own CSS takes a list's numbers away)
    assert carousel.locator("ol").first.evaluate("o => getComputedStyle(o).listStyleType") == "decimal"
    page.screenshot(path=str(GUIDE_SHOT))
    # the style was applied all the same: `:style` alone shows the sheet in use
    _run_typed(page, ":style")
    assert "node.Law {" in _top(page).inner_text() and "{caption}" in _top(page).inner_text()
    _top(page).locator("[title='Close']").click()

    # a saved question: its :params block, then its query; the rows appear in the table
    _slide(page, nb.FIRST)
    blocks = page.locator("[data-testid=carousel] pre.runnable")
    assert blocks.count() == 2 and blocks.nth(0).inner_text().startswith(":params {strategy:")
    _run_block(page, blocks.nth(0))
    assert _frames(page)[0].startswith(":params {strategy")
    _run_block(page, blocks.nth(1))
    # the answer names its entities by nodes (law_iri, initiative_iri, report_iri): the frame opens on
    # its graph view, which draws them, and a click on one opens it (its properties, its id)
    _top(page).locator("svg .node").first.wait_for(timeout=60_000)
    drawn = _top(page).evaluate("f => [...f.querySelectorAll('svg .node')].map(n => n.textContent.replace(/\\s/g, ''))")
    assert "地方金融条例" in drawn and "西部金融中心" in drawn, drawn
    _top(page).locator("svg .node", has_text="西部金融中心").first.click()
    _top(page).locator("text=initiative/西部金融中心").first.wait_for(timeout=10_000)
    page.screenshot(path=str(ANSWER_SHOT))
    _as_table(page)
    page.wait_for_selector(f"text=Started streaming {len(rows)} records", timeout=60_000)
    assert "重庆市地方金融条例" in _top(page).inner_text()  # a row of the answer
    # the table view shows a string as it is (Browser 5.24 wrote it as a JSON string in double quotes;
    # BROWSER_PATCHES): every cell of the answer, read from the page, is the string the query returned,
    # whole, its own quotes (“智融惠畅”) kept and none added; a node shows its id (it showed the whole
    # node as JSON)
    table = _table(page)
    assert len(table) == len(rows), (len(table), len(rows))
    for got, want in zip(table, rows, strict=True):
        assert got == _shown(want), (got, want)
    assert any("“" in cell for r in table for cell in r.values())  # a sentence quoting a name keeps its quotes
    assert not any(cell.startswith('"') or cell.endswith('"') for r in table for cell in r.values()), table
    # every column in view: sentences wrap inside theirs, names (up to nb.WRAP_AFTER characters) stay
    # on one line
    frame = _top(page).bounding_box()
    last = _top(page).locator(".relatable__table-header-cell").last.bounding_box()
    assert last["x"] + last["width"] <= frame["x"] + frame["width"], (last, frame)
    spans = _top(page).locator(".relatable__table-body-row").first.locator("span.rdkg-string")
    lines = [s["lines"] for s in spans.evaluate_all(
        "ss => ss.map(s => ({lines: s.getClientRects().length}))")]
    first = [v for k, v in table[0].items() if not k.endswith("_iri")]  # the nodes' ids wrap anywhere
    assert [n > 1 for n in lines] == [len(v) > nb.WRAP_AFTER for v in first], (lines, first)
    page.screenshot(path=str(TABLE_SHOT))

    # other values as the Browser shows them: numbers, null, lists (their strings quoted), maps; a string
    # with a quote of its own keeps it, and a URL in a string stays a link
    _run_typed(page, "RETURN 'say \"hi\"' AS quoted, 26 AS n, 1.5 AS f, null AS z, ['重庆市', 'a b'] AS l, "
                     "{k: '金融'} AS m, 'see https://w3id.org/rdkg/' AS url")
    _top(page).locator(".relatable__table-body-row").first.wait_for(timeout=60_000)
    (cells,) = _table(page)
    assert cells["quoted"] == 'say "hi"' and cells["n"] == "26" and cells["f"] == "1.5", cells
    assert cells["z"] == "null" and cells["l"] == '["重庆市", "a b"]', cells
    assert re.fullmatch(r'\{\s*"k":\s*"金融"\s*\}', cells["m"]), cells
    assert cells["url"] == "see https://w3id.org/rdkg/", cells
    assert _top(page).locator(".relatable__table-body-cell a[href='https://w3id.org/rdkg/']").count() == 1

    # a required parameter takes its example from the loaded data
    _slide(page, "law_serves")
    blocks = page.locator("[data-testid=carousel] pre.runnable")
    assert blocks.count() == 3 and blocks.nth(1).inner_text().startswith(":param law => coalesce(")
    for i in range(3):
        _run_block(page, blocks.nth(i))
    _as_table(page)
    _top(page).locator("text=/Started streaming [1-9]\\d* records/").wait_for(timeout=60_000)

    _slide(page, "reports")
    # the carousel counts this slide as the first slide's list numbers the question
    number = _order().index("reports") + nb.BEFORE_QUESTIONS + 1
    assert f"{number} / {nb.BEFORE_QUESTIONS + len(_order())}" in page.locator("[data-testid=carousel]").inner_text()
    blocks = page.locator("[data-testid=carousel] pre.runnable")
    _run_block(page, blocks.nth(0))
    _run_block(page, blocks.nth(1))
    _as_table(page)
    _top(page).locator("text=Started streaming 1 records").wait_for(timeout=60_000)
    assert "重庆市人民代表大会常务委员会工作报告" in _top(page).inner_text()

    # the picture: the guide pinned on top at the graph slide, the graph below it in the rdkg style
    guide = page.locator("[data-testid=frame]").filter(has=page.locator("[data-testid=carousel]"))
    guide.locator("[title='Pin at top']").click()
    _slide(page, "graph")
    blocks = page.locator("[data-testid=carousel] pre.runnable")
    assert blocks.nth(1).inner_text() == f":style {nb.style_url(st.http_port)}"
    _run_block(page, blocks.nth(1))  # the style again, fetched from the server
    assert "node.Law {" in page.locator("[data-testid=frame]").nth(1).inner_text()
    graph = blocks.first
    assert graph.inner_text() == nb.GRAPH_QUERY
    _run_block(page, graph)
    # the Browser opens a frame on the view last chosen (the table, above) where it has one
    # (the questions' frames above hold pictures of their own)
    pictured = page.locator("[data-testid=frame]").filter(
        has=page.locator("[data-testid=frameCommand]", has_text=nb.GRAPH_QUERY.splitlines()[0])).first
    pictured.locator("[data-testid=cypherFrameSidebarVisualization]").click(timeout=60_000)
    pictured.locator("svg .node").first.wait_for(timeout=60_000)
    time.sleep(3)  # let the force layout settle before the picture
    drawn = pictured.evaluate("""f => [...f.querySelectorAll('svg .node')].map(n => {
        const lines = [...n.querySelectorAll('text')].filter(t => t.textContent.trim());
        return {caption: lines.map(t => t.textContent.replace(/\\s/g, '')).join(''), lines: lines.length,
                heights: lines.map(t => t.getBoundingClientRect().height)}; })""")
    captions = [d["caption"] for d in drawn]
    with Neo4jStore(st.bolt_uri, "neo4j", pw) as s:
        laws = s.read("MATCH (l:Law) RETURN l.name AS name, l.caption AS caption")
        every = {r["caption"].replace(" ", "") for r in s.read("MATCH (n) RETURN DISTINCT n.caption AS caption")
                 if r["caption"]}
    # the stored caption is the words people read, with no spaces put in for the layout
    assert all(" " not in r["caption"] for r in laws), [r["caption"] for r in laws if " " in r["caption"]]
    short = {r["caption"]: r["name"] for r in laws if len(r["caption"]) < len(r["name"])}  # a prefix dropped
    assert set(captions) & set(short), (captions, short)  # drawn without the jurisdiction the node states
    assert not any(c.startswith(("重庆市", "中华人民共和国")) for c in captions if c in short.values()), captions
    # whole: the Browser drew every caption as written, cutting none, long ones over several lines
    assert set(captions) <= every, sorted(set(captions) - every)
    assert any(d["lines"] >= 2 for d in drawn), drawn
    # readable: at the Browser's fit-to-frame zoom every caption line is drawn at least 11 px high
    heights = sorted(round(h, 2) for d in drawn for h in d["heights"])  # 10.99988 is 11 px drawn at a zoom
    assert heights and heights[0] >= 11, heights
    assert "To help make Neo4j Browser better" not in page.inner_text("body")  # no usage-data notice
    SHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOT))
    # the Browser never tries the web (fonts, analytics, a feedback widget: taken out of its bundles), so
    # nothing is blocked either, and its console has no error
    assert outside == [], outside
    assert errors == [], errors
    page.close()
