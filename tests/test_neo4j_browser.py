"""Neo4j Browser with rdkg's style and guide: the generated files, and an end-to-end run in headless
Chromium (Debian's `chromium` driven by Playwright) against the real test server: log in, see the guide
open, run a saved question from it and read its rows. Saves a screenshot (to docs/neo4j-browser.png
when RDKG_SCREENSHOT=1). Under CI=true nothing here skips.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
import zipfile
from html.parser import HTMLParser

import pytest

from kg import neo4j_browser as nb
from kg import neo4j_server as n4
from kg import vocab as V
from kg.neo4j_store import Neo4jStore
from kg.queries import catalogue, run_neo4j

from . import neo4j_fixture
from .conftest import SAMPLE
from .test_browser import ARGS, CHROMIUM, ROOT, need

server = neo4j_fixture.server
SHOT = (ROOT / "docs" / "neo4j-browser.png" if os.environ.get("RDKG_SCREENSHOT")
        else tempfile.gettempdir() + "/rdkg-neo4j-browser.png")


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


def test_guide_has_every_saved_question_with_its_parameters_and_cypher():
    g = _Guide()
    g.feed(nb.guide(http_port=7999))
    g.close()
    assert not g.stack, "unclosed tags"
    qs = catalogue()
    assert g.slides[0] == "" and g.slides[1] == nb.FIRST
    assert sorted(g.slides[1:]) == sorted(qs)
    for q in qs.values():
        params = next(b for b in g.blocks if b.startswith(":params") and b == nb.params_command(q))
        for p in q.params:
            assert re.search(rf"\b{p.name}: ", params), (q.name, p.name)
        assert "base: " in params
        # the Cypher arrives intact: `<`, `>`, `&` and quotes survive the HTML
        assert nb.cypher_body(q) in g.blocks
    assert any("localhost:7999/browser/rdkg/style.grass" in b for b in g.blocks)
    assert any(b == nb.GRAPH_QUERY for b in g.blocks)


def test_required_parameters_get_their_first_example():
    q = catalogue()["law_serves"]
    assert nb.params_command(q) == ':params {law: "地方金融条例", base: "https://w3id.org/rdkg/"}'
    q = catalogue()["figures_by_subject"]
    assert 'year: 0' in nb.params_command(q) and 'subject_filter: ""' in nb.params_command(q)


def test_style_captions_and_colours_every_label():
    grass = nb.style()
    for c in V.CLASSES:
        block = re.search(rf"^node\.{c.label} \{{\n(.*?)\n\}}$", grass, re.S | re.M)
        assert block, c.label
        assert "caption: '{name}'" in block.group(1) and re.search(r"color: #[0-9A-F]{6}", block.group(1))
    assert re.sub(r"'[^']*'", "", grass).count("{") == re.sub(r"'[^']*'", "", grass).count("}")


def test_files_go_into_the_browser_jar_once(tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()
    jar = lib / "neo4j-browser-0.jar"
    with zipfile.ZipFile(jar, "w") as z:
        z.writestr("browser/index.html", "<html></html>")
    for port in (7474, 7475):  # installing again replaces the files, it never appends a second copy
        nb.install_files(tmp_path, http_port=port)
    with zipfile.ZipFile(jar) as z:
        names = z.namelist()
        assert names.count(nb.GUIDE) == 1 and names.count(nb.STYLE) == 1 and "browser/index.html" in names
        assert "localhost:7475" in z.read(nb.GUIDE).decode()
    assert (tmp_path / "browser-original" / jar.name).exists()


def test_the_server_is_told_to_open_them(tmp_path):
    conf = n4.write_conf(tmp_path, 7001, 7002).read_text(encoding="utf-8")
    assert ("browser.post_connect_cmd=style http://localhost:7001/browser/rdkg/style.grass; "
            "play http://localhost:7001/browser/rdkg/guide.html") in conf


# ------------------------------------------------------------------ end to end


@pytest.fixture(scope="module")
def loaded(server):
    from loaders.extract import extract_file

    home, st = neo4j_fixture.running(server)
    pw = n4.password(home)
    with Neo4jStore(st.bolt_uri, "neo4j", pw) as s:
        s._read("MATCH (n) DETACH DELETE n")
        s.ensure_schema()
        s.load(extract_file(str(SAMPLE)))
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


def _run_block(page, block) -> None:
    """Click a guide's runnable block (it goes into the editor) and run it."""
    block.click()
    page.wait_for_function("() => document.querySelector('[data-testid=activeEditor]').innerText.length > 10")
    page.click("[data-testid=editor-Run]")


def test_log_in_see_the_guide_and_run_a_saved_question(chromium, loaded):
    st, pw, rows = loaded
    page = chromium.new_page(viewport={"width": 1600, "height": 1000})
    page.goto(f"http://127.0.0.1:{st.http_port}/browser/")
    page.wait_for_selector("input[data-testid=username]", timeout=90_000)
    page.fill("input[data-testid=username]", "neo4j")
    page.fill("input[data-testid=password]", pw)
    page.click("button[data-testid=connect]")
    # after the login the server's post-connect command applies the style and opens the guide
    page.wait_for_selector("text=rdkg: 人大常委会工作报告知识图谱", timeout=90_000)
    commands = page.locator("[data-testid=frameCommand]").all_inner_texts()
    assert any(f":style http://localhost:{st.http_port}/browser/rdkg/style.grass" in c for c in commands)
    assert page.locator("text=node.Law").count() >= 1  # the style frame shows the sheet it applied

    page.click("[data-testid=nextSlide]")  # the first question: which laws serve which strategy
    blocks = page.locator("[data-testid=carousel] pre.runnable")
    assert blocks.count() == 2 and blocks.nth(0).inner_text().startswith(":params {strategy:")
    _run_block(page, blocks.nth(0))
    page.wait_for_function("() => Array.from(document.querySelectorAll('[data-testid=frameCommand]'))"
                           ".some(e => e.innerText.includes(':params {strategy'))", timeout=30_000)
    _run_block(page, blocks.nth(1))
    status = page.wait_for_selector(f"text=Started streaming {len(rows)} records", timeout=60_000)
    assert status is not None
    assert page.locator("text=重庆市地方金融条例").count() >= 1  # a row of the answer, in the table

    # the graph picture on the first slide, in the rdkg style
    page.click("[data-testid=previousSlide]")
    graph = page.locator("[data-testid=carousel] pre.runnable").nth(1)
    assert graph.inner_text() == nb.GRAPH_QUERY
    _run_block(page, graph)
    page.wait_for_selector("svg .node", timeout=60_000)
    time.sleep(3)  # let the force layout settle before the picture
    page.screenshot(path=str(SHOT))
    page.close()
