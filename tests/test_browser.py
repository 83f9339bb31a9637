"""The query page and the entity page in headless Chromium (Debian's `chromium`, driven by Playwright;
Playwright never downloads a browser): pick a saved question, bind its parameter, run it and read
plain values without the parameters echoed; type a query after a saved one; follow a result to an
entity page with its evidence and its picture; read the page at a phone's width. Also the entity
page over plain HTTP (HTML for browsers, Turtle for clients). Screenshots go to docs/ when
RDKG_SCREENSHOT=1, else to the temporary folder.

Without /usr/bin/chromium the browser tests skip, except under CI=true, where they fail.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import urllib.parse
from pathlib import Path

import pyoxigraph as ox
import pytest

from tests.ci import unavailable
from tests.test_server import LAW, ROOT, Server, get

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
# the screenshots in the docs are refreshed on request only, so a test run leaves the tree clean
SHOTS = ROOT / "docs" if os.environ.get("RDKG_SCREENSHOT") else Path(tempfile.gettempdir())
LAW_IRI = "https://w3id.org/rdkg/law/" + LAW
STRATEGY_IRI = "https://w3id.org/rdkg/initiative/西部金融中心"


def need(ok: bool, reason: str) -> None:
    if not ok:
        unavailable(reason)


@pytest.fixture(scope="module")
def browser():
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


@pytest.fixture(scope="module")
def site(store_dir):
    s = Server(store_dir).start()
    yield s
    s.stop()


def open_page(browser, site, width=1400, height=1000):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.outside = []
    page.on("request", lambda r: page.outside.append(r.url) if not r.url.startswith(site.base) else None)
    page.goto(site.base + "/")
    page.wait_for_selector("#saved-list button[data-name]")
    return page


def run_typed(page, query: str) -> None:
    page.click(".CodeMirror")
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.type(query)
    page.click(".yasqe .yasqe_queryButton")


def header(page) -> list[str]:
    return [t.strip() for t in page.locator(".rdkg-table thead th").all_inner_texts()]


def set_query(page, query: str) -> None:
    """Put a query into the editor (as typing does, without the editor's auto-closed brackets)."""
    page.evaluate("q => rdkgYasgui.getTab().getYasqe().setValue(q)", query)


def marks(page) -> dict:
    """What the editor marks as a syntax error: its own verdict, the gutter icons, red or dotted text."""
    return page.evaluate("""() => ({
        valid: rdkgYasgui.getTab().getYasqe().queryValid,
        icons: document.querySelectorAll('.yasqe .parseErrorIcon').length,
        red: [...document.querySelectorAll('.CodeMirror span')].filter(s => {
            const c = getComputedStyle(s); return c.borderBottomStyle === 'dotted' || c.color === 'rgb(255, 0, 0)' }).length})""")


CLEAN = {"valid": True, "icons": 0, "red": 0}


def test_pick_a_saved_question_and_see_plain_rows(browser, site):
    page = open_page(browser, site)
    page.wait_for_selector("#loaded:has-text('份报告')")  # /about answers after the saved list on a busy machine
    assert "2 份报告" in page.inner_text("#loaded") and "default graph" in page.inner_text("#loaded")
    page.click("#saved-list button[data-name=laws_serving_strategies]")
    assert "laws_serving_strategies" in page.evaluate("rdkgYasgui.getTab().getQuery()")
    page.fill("#params-fields input[name=strategy]", "西部金融中心")
    page.click("#run-saved")
    page.wait_for_selector(".rdkg-table tbody tr td", timeout=20000)
    table = page.inner_text(".rdkg-table tbody")
    assert LAW in table
    cols = header(page)
    assert "strategy" not in cols and "law" in cols, cols  # the bound parameter is not echoed
    assert "^^" not in table and "@zh" not in table and "XMLSchema" not in table
    rows = page.locator(".rdkg-table tbody tr").count()
    assert page.inner_text("#rdkg-status").startswith(f"{rows} 行")
    assert marks(page) == CLEAN  # no syntax marks on a saved query (the editor's check is on: see below)
    page.screenshot(path=str(SHOTS / "sparql-page.png"))
    assert page.outside == [], f"the page fetched from elsewhere: {page.outside}"
    page.close()


def test_the_default_graph_is_what_the_header_says(browser, site):
    """The header names the default graph of a typed query with its size: a COUNT of every triple typed
    on the page gives that figure (the union of the catalogue and the reports, as /sparql's rule is),
    and the catalogue's figure is what the catalogue alone holds."""
    page = open_page(browser, site)
    page.wait_for_selector("#default-graph")
    said = page.inner_text("#default-graph")
    assert "union of every graph" in said and "并集" in said, said
    catalogue, reports = (int(n) for n in re.search(r"catalogue \((\d+) triples\) \+ the reports \((\d+) triples\)", said).groups())
    run_typed(page, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    page.wait_for_selector(".rdkg-table tbody td.num", timeout=20000)
    assert int(page.inner_text(".rdkg-table tbody td.num")) == catalogue + reports
    alone = get(site, "/sparql", {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "union-default-graph": "false"},
                headers={"Accept": "application/sparql-results+json"})
    assert int(json.loads(alone.body)["results"]["bindings"][0]["n"]["value"]) == catalogue
    # the starter query says the same and asks for each law once
    page.goto(site.base + "/")
    page.wait_for_selector("#saved-list button[data-name]")
    start = page.evaluate("rdkgYasgui.getTab().getQuery()")
    assert "union of every graph" in start and "DISTINCT" in start and "entity catalogue (the default graph)" not in start
    assert marks(page) == CLEAN
    page.close()


def test_the_editor_marks_real_errors_only(browser, site):
    """The editor's syntax check is on and knows the server's predefined prefixes: every saved question,
    and a typed query that uses the prefixes with no PREFIX line, is clean; a real error is marked."""
    page = open_page(browser, site)
    names = page.evaluate("[...document.querySelectorAll('#saved-list button')].map(b => b.dataset.name)")
    assert len(names) >= 10, names
    for name in names:
        page.click(f"#saved-list button[data-name={name}]")
        assert marks(page) == CLEAN, name
    set_query(page, "SELECT ?law ?t WHERE { ?law a rdkg:Law ; eli:title ?t ; skos:prefLabel ?l . ?e oa:hasSource ?law ;"
                    " prov:wasDerivedFrom ?x ; dcterms:title ?d }")
    assert marks(page) == CLEAN
    set_query(page, "SELECT ?x WHERE { ?x rdkg:nosuch }}")
    bad = marks(page)
    assert not bad["valid"] and bad["icons"] == 1, bad
    set_query(page, "SELECT ?x WHERE { ?x nosuch:p ?y }")  # a prefix the server does not know either
    assert not marks(page)["valid"]
    page.close()


@pytest.fixture(scope="module")
def capped(store_dir):
    s = Server(store_dir, ["--max-rows", "5"]).start()
    yield s
    s.stop()


def test_an_answer_cut_at_the_row_limit_says_so(browser, capped):
    page = open_page(browser, capped)
    page.click("#saved-list button[data-name=laws_serving_strategies]")  # 113 rows on the sample
    page.click("#run-saved")
    page.wait_for_selector(".rdkg-table tbody tr td", timeout=20000)
    page.wait_for_selector("#rdkg-status:has-text('截断')", timeout=5000)
    assert page.locator(".rdkg-table tbody tr").count() == 5
    assert page.inner_text("#rdkg-status") == "5 行 · rows · 已截断 · cut at the server's row limit"
    run_typed(page, "SELECT ?title WHERE { GRAPH ?r { ?r dcterms:title ?title } }")  # 2 rows: not cut
    page.wait_for_function("document.querySelector('#rdkg-status') && "
                           "document.querySelector('#rdkg-status').textContent.startsWith('2 行')", timeout=20000)
    assert page.inner_text("#rdkg-status") == "2 行 · rows"
    page.close()


def test_text_columns_show_six_chinese_characters(browser, site):
    """On a desktop a text column is wide enough for six Chinese characters (measured in the table's own
    font), unless its whole value is shorter and shown on one line."""
    page = open_page(browser, site)
    for name in ("laws_serving_strategies", "laws_by_action", "figures_by_subject"):
        page.click(f"#saved-list button[data-name={name}]")
        if name == "laws_by_action":
            page.fill("#params-fields input[name=year]", "2025")
        page.click("#run-saved")
        page.wait_for_selector(".rdkg-table tbody tr td", timeout=20000)
        six, cells = page.evaluate("""() => {
            const td = document.querySelector('.rdkg-table tbody td');
            const s = document.createElement('span');
            s.textContent = '国国国国国国';
            s.style.font = getComputedStyle(td).font;
            s.style.whiteSpace = 'nowrap';
            document.body.appendChild(s);
            const six = s.getBoundingClientRect().width;
            s.remove();
            return [six, [...document.querySelectorAll('.rdkg-table tbody td:not(.num)')].map(td => {
                const c = getComputedStyle(td);
                return {text: td.textContent, width: td.clientWidth - parseFloat(c.paddingLeft) - parseFloat(c.paddingRight),
                        whole: td.scrollWidth <= td.clientWidth && td.getClientRects()[0].height < 2.2 * parseFloat(c.lineHeight)};
            })];
        }""")
        assert six > 60, six  # six characters of a CJK font, not six Latin ones
        narrow = [c for c in cells if c["width"] < six - 1 and not (c["whole"] and len(c["text"]) < 6)]
        assert not narrow, (name, six, narrow[:5])
    page.close()


def test_numbers_plain_and_right_aligned(browser, site):
    page = open_page(browser, site)
    page.click("#saved-list button[data-name=laws_by_action]")
    page.fill("#params-fields input[name=year]", "2025")
    page.click("#run-saved")
    page.wait_for_selector(".rdkg-table tbody tr td", timeout=20000)
    cols = header(page)
    assert not {"jurisdiction", "action", "period", "year"} & set(cols), cols
    nums = page.locator(".rdkg-table td.num").all_inner_texts()
    assert nums and all(n.strip() == "2025" for n in nums[:5]), nums[:5]
    page.close()


def test_type_a_query_after_a_saved_one(browser, site):
    page = open_page(browser, site)
    page.click("#saved-list button[data-name=figures_by_subject]")
    page.fill("#params-fields input[name=subject_filter]", "立法")
    page.click("#run-saved")
    page.wait_for_selector(".rdkg-table tbody tr td", timeout=20000)
    run_typed(page, "SELECT ?title WHERE { GRAPH ?r { ?r dcterms:title ?title } } ORDER BY ?title")
    page.wait_for_function("document.querySelector('.rdkg-table th') && "
                           "document.querySelector('.rdkg-table th').textContent === 'title'", timeout=20000)
    table = page.inner_text(".rdkg-table tbody")
    assert "重庆市人民代表大会常务委员会工作报告" in table and page.locator(".rdkg-table tbody tr").count() == 2
    assert page.is_hidden("#params")  # the old question's parameters are gone, and were not sent
    assert page.evaluate("rdkgYasgui.getTab().getRequestConfig().args") in ([], None)
    # choosing a question clears the previous answer
    page.click("#saved-list button[data-name=reports]")
    assert page.locator(".rdkg-table").count() == 0
    assert page.outside == [], f"the page fetched from elsewhere: {page.outside}"
    page.close()


def overlapping_labels(page) -> list[tuple[str, str]]:
    """The pairs of nodes whose labels overlap in the entity page's picture."""
    boxes = page.evaluate("""rdkgPicture.nodes().map(n => [n.data('label'),
        n.boundingBox({includeNodes: false, includeEdges: false, includeLabels: true})])""")
    return [(a, b) for i, (a, p) in enumerate(boxes) for b, q in boxes[i + 1:]
            if p["x1"] < q["x2"] and q["x1"] < p["x2"] and p["y1"] < q["y2"] and q["y1"] < p["y2"]]


def test_entity_page_from_a_result_with_its_picture(browser, site):
    page = open_page(browser, site)
    run_typed(page, f"SELECT ?law WHERE {{ ?law a rdkg:Law ; rdfs:label \"{LAW}\"@zh }}")
    page.wait_for_selector(".rdkg-table tbody td.iri a", timeout=20000)
    link = page.locator(".rdkg-table tbody td.iri a").first
    assert link.inner_text() == LAW  # the IRI shown as the law's name, its kind above it
    link.click()
    page.wait_for_selector("#entity-name")
    assert page.inner_text("#entity-name") == LAW
    assert "地方性法规" in page.inner_text(".facts")
    marks = page.locator("blockquote mark").all_inner_texts()
    assert any("地方金融条例" in m for m in marks), marks
    assert "西部金融中心" in page.inner_text("main")
    page.wait_for_function("window.rdkgPicture && window.rdkgPicture.nodes().length > 2", timeout=10000)
    assert page.locator("#picture canvas").count() > 0
    labels = page.evaluate("rdkgPicture.nodes().map(n => n.data('label'))")
    assert "西部金融中心" in labels and any("制定" in (x or "") for x in labels), labels
    assert overlapping_labels(page) == []  # long Chinese names wrap, and the layout makes room for them
    # the sentence is shown inside its paragraph, and links to the report's text at its offset
    para = page.locator("blockquote.para").first
    assert len(para.inner_text()) > len(para.locator("mark").inner_text())
    page.screenshot(path=str(SHOTS / "entity-page.png"), full_page=True)
    with page.expect_navigation():
        para.locator("a").click()
    assert "地方金融条例" in page.inner_text("mark#at") and page.locator("main p").count() > 20
    page.go_back()
    page.wait_for_selector("#entity-name")
    # a related entity is one click away: the strategy, with the laws that serve it
    page.click("a.other:has-text('西部金融中心')")
    page.wait_for_selector("#entity-name")
    assert page.inner_text("#entity-name") == "西部金融中心" and LAW in page.inner_text("main")
    page.wait_for_function("window.rdkgPicture && window.rdkgPicture.nodes().length > 2", timeout=10000)
    assert overlapping_labels(page) == []
    # the strategy on top, alone in its row; the laws that serve it below; the reports below them
    rows = page.evaluate("""Object.fromEntries(['self', 'entity', 'report'].map(k => [k,
        rdkgPicture.nodes('.' + k).map(n => n.position('y'))]))""")
    assert len(rows["self"]) == 1 and rows["entity"] and rows["report"], rows
    assert rows["self"][0] < min(rows["entity"]) and max(rows["entity"]) < min(rows["report"]), rows
    assert page.outside == [], f"the page fetched from elsewhere: {page.outside}"
    page.close()


def test_readable_at_a_phones_width(browser, site):
    page = open_page(browser, site, width=420, height=900)
    page.click("#saved-list button[data-name=laws_serving_strategies]")
    page.click("#run-saved")
    page.wait_for_selector(".rdkg-table tbody tr td", timeout=20000)
    editor = page.locator(".CodeMirror").bounding_box()
    assert editor["width"] > 300, editor
    assert page.evaluate("document.documentElement.scrollWidth") <= 420 + 1  # only the table box scrolls
    widths = page.evaluate("[...document.querySelectorAll('.rdkg-table tbody tr:first-child td')].map(td => td.clientWidth)")
    assert min(widths) >= 40, widths  # Chinese columns are not squeezed to a character or two
    # below 768 px the result tabs show their icons alone (YASR hides the labels): each icon is drawn
    # (ours had been a span, hidden with the labels, leaving its tab an empty underline)
    tabs = page.evaluate("""[...document.querySelectorAll('.yasr .yasr_btnGroup .yasr_btn')].map(b => {
        const i = b.querySelector('.plugin_icon'), r = i ? i.getBoundingClientRect() : {width: 0, height: 0};
        return {tab: b.className, w: r.width, h: r.height,
                shown: !!i && getComputedStyle(i).display !== 'none' && getComputedStyle(i).visibility !== 'hidden'}})""")
    assert any("select_rdkg" in t["tab"] for t in tabs), tabs
    assert all(t["shown"] and t["w"] >= 10 and t["h"] >= 10 for t in tabs), tabs
    page.locator("#params").scroll_into_view_if_needed()  # the question, its parameters and its answer
    page.evaluate("document.getElementById('params').scrollIntoView()")
    page.screenshot(path=str(SHOTS / "sparql-page-narrow.png"))
    # the entity page at the same width: no page-wide scrolling, the picture's labels apart
    page.goto(site.base + "/entity?iri=" + urllib.parse.quote(STRATEGY_IRI, safe=""))
    page.wait_for_function("window.rdkgPicture && window.rdkgPicture.nodes().length > 2", timeout=10000)
    assert page.evaluate("document.documentElement.scrollWidth") <= 420 + 1
    assert overlapping_labels(page) == []
    # turned a quarter and grown downwards, the picture is drawn at about its own size, not zoomed out
    # until the names are specks (a law serving six strategies was drawn at 0.47, its row of names too wide)
    wide = "https://w3id.org/rdkg/law/重庆市推进科技创新中心建设条例"
    page.goto(site.base + "/entity?iri=" + urllib.parse.quote(wide, safe=""))
    page.wait_for_function("window.rdkgPicture && window.rdkgPicture.nodes().length > 6", timeout=10000)
    assert page.evaluate("rdkgPicture.zoom()") >= 0.8, page.evaluate("rdkgPicture.zoom()")
    assert page.evaluate("document.documentElement.scrollWidth") <= 420 + 1
    assert overlapping_labels(page) == []
    page.close()


# ------------------------------------------------------------ the entity page over HTTP (no browser)


def _example(help_text: str) -> str:
    """A parameter's first example, in the parentheses that end its help: "… (地方金融条例, 金融)" → 地方金融条例."""
    m = re.search(r"\(([^()]*)\)\s*$", help_text)
    return m.group(1).split(",")[0].strip() if m else ""


def test_every_saved_answer_links_the_entities_it_names(browser, site):
    """In every saved question, a column that names an entity (X, with its IRI in X_iri) shows the name as
    a link to the entity's page, and no X_iri column of its own; the rows are those /queries/NAME gives."""
    page = open_page(browser, site)
    questions = get(site, "/queries", headers={"Accept": "application/json"}).json()
    linked = set()
    for q in questions:
        params = {p["name"]: _example(p["help"]) for p in q["params"] if not p["optional"]}
        answer = get(site, f"/queries/{q['name']}", params, headers={"Accept": "application/sparql-results+json"}).json()
        columns = answer["head"]["vars"]
        pairs = [c for c in columns if c + "_iri" in columns]
        assert pairs, (q["name"], columns)  # every question names some entity
        page.click(f"#saved-list button[data-name={q['name']}]")
        for name, value in params.items():
            page.fill(f"#params-fields input[name={name}]", value)
        page.click("#run-saved")
        page.wait_for_selector("#rdkg-status", timeout=20000)
        rows = answer["results"]["bindings"]
        assert page.inner_text("#rdkg-status").startswith(f"{len(rows)} 行"), q["name"]
        shown = header(page)
        assert not [c for c in shown if c.endswith("_iri")], (q["name"], shown)
        for c in pairs:
            i = shown.index(c)
            cells = page.locator(f".rdkg-table tbody tr td:nth-child({i + 1})")
            got = cells.evaluate_all("""tds => tds.slice(0, 30).map(td => {
                const a = td.querySelector('a');
                return a ? [a.textContent, a.getAttribute('href'), a.title] : [td.textContent, null, null]; })""")
            for row, (text, href, title) in zip(rows, got, strict=False):
                name, iri = row.get(c, {}).get("value", ""), row.get(c + "_iri", {}).get("value")
                if name and iri:
                    assert (text, href, title) == (name, "entity?iri=" + urllib.parse.quote(iri, safe="!*'()"), iri), (
                        q["name"], c, text, href, title, name, iri)
                    linked.add(c)
                else:
                    assert text == name and href is None, (q["name"], c, text, name)
    # the kinds of column that name an entity, each seen as a link at least once on the two reports
    assert {"law", "initiative", "report", "reporter", "to", "parent", "sub", "name", "other", "title",
            "broad", "narrow", "body", "planned_in"} <= linked, sorted(linked)
    # one of them followed: the entity's page
    page.click("#saved-list button[data-name=laws_serving_strategies]")
    page.fill("#params-fields input[name=strategy]", "西部金融中心")
    page.click("#run-saved")
    page.locator(".rdkg-table tbody td.iri a", has_text=re.compile(f"^{LAW}$")).first.click()
    page.wait_for_selector("#entity-name")
    assert page.inner_text("#entity-name") == LAW
    assert page.outside == [], f"the page fetched from elsewhere: {page.outside}"
    page.close()


def test_ids_in_a_saved_answer_link_to_their_entity_page(browser, site):
    # search names each entity it finds (name, with its IRI in name_iri): the name is a link to the
    # entity's page, and no IRI is left in the table
    page = open_page(browser, site)
    page.click("#saved-list button[data-name=search]")
    page.fill("#params-fields input[name=q]", "金融")
    page.click("#run-saved")
    page.wait_for_selector(".rdkg-table tbody tr td", timeout=20000)
    link = page.locator(".rdkg-table tbody td.iri a", has_text=re.compile(f"^{LAW}$"))
    assert link.count() == 1 and link.get_attribute("title") == LAW_IRI
    assert "https://" not in page.inner_text(".rdkg-table tbody")  # no raw ids left
    link.click()
    page.wait_for_selector("#entity-name")
    assert page.inner_text("#entity-name") == LAW
    page.close()


def test_iris_dereference_by_content_negotiation(site):
    path = "/law/" + urllib.parse.quote(LAW)
    html = get(site, path, headers={"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"})
    assert html.status == 200 and html.ctype == "text/html" and LAW in html.text
    assert "accept" in html.headers.get("vary", "").lower()
    ttl = get(site, path, headers={"Accept": "text/turtle"})
    assert ttl.status == 200 and ttl.ctype == "text/turtle"
    triples = {(q.subject, q.predicate, q.object) for q in ox.parse(ttl.body, format=ox.RdfFormat.TURTLE)}
    assert (ox.NamedNode(LAW_IRI), ox.NamedNode("http://data.europa.eu/eli/ontology#title"), ox.Literal(LAW)) in triples
    by_param = get(site, "/entity", {"iri": LAW_IRI, "format": "ttl"})
    assert by_param.status == 200 and by_param.body == ttl.body


def test_entity_page_refuses_what_it_does_not_know(site):
    assert get(site, "/law/" + urllib.parse.quote("没有这部法"), headers={"Accept": "text/html"}).status == 404
    bad = get(site, "/entity", {"iri": "not an iri <>"})
    assert bad.status == 400 and "iri" in bad.text
    # markup in an IRI is only ever text on the page
    odd = get(site, "/entity", {"iri": STRATEGY_IRI, "format": "html"})
    assert odd.status == 200 and "<script>alert" not in odd.text


def test_a_reports_page_lists_what_it_names_and_opens_its_text(browser, site):
    """Every answer links its report: the report's page leads on, to the report's text and to each law,
    decision, initiative and body it names (it had been a page of four facts and nothing to follow)."""
    page = open_page(browser, site)
    page.click("#saved-list button[data-name=laws_serving_strategies]")
    page.fill("#params-fields input[name=strategy]", "西部金融中心")
    page.click("#run-saved")
    page.wait_for_selector(".rdkg-table tbody tr td", timeout=20000)
    report = page.locator(".rdkg-table tbody td a[title*='/report/']").first
    title = report.inner_text()
    report.click()
    page.wait_for_selector("#entity-name")
    assert page.inner_text("#entity-name") == title.split(" (")[0]
    named = page.locator("section.named a.other")
    assert named.count() > 50, named.count()
    assert LAW in named.all_inner_texts() and "西部金融中心" in named.all_inner_texts()
    heads = page.locator("section.named h4").all_inner_texts()
    assert [h.split(" ·")[0] for h in heads] == ["法规", "决定", "战略/举措", "机关"], heads
    with page.expect_navigation():
        page.click("p.text-link a")
    assert page.locator("main p").count() > 20 and LAW.removeprefix("重庆市") in page.inner_text("main")
    page.go_back()
    page.wait_for_selector("#entity-name")
    with page.expect_navigation():
        page.locator("section.named a.other", has_text=LAW).first.click()
    assert page.inner_text("#entity-name") == LAW
    page.close()


def test_vocabulary_iris_show_in_their_prefixed_form(browser, site):
    """An IRI outside the base is shown by its prefixed name (rdkg:Law, oa:TextQuoteSelector), linked to itself."""
    page = open_page(browser, site)
    page.wait_for_selector("#loaded:has-text('份报告')")  # the prefixes come from /about
    run_typed(page, "SELECT DISTINCT ?class WHERE { ?x a ?class } ORDER BY ?class")
    page.wait_for_selector(".rdkg-table tbody td.iri a", timeout=20000)
    links = page.evaluate("[...document.querySelectorAll('.rdkg-table tbody td.iri a')].map(a => [a.textContent, a.href])")
    shown = dict(links)
    assert shown.get("rdkg:Law") == "https://w3id.org/rdkg/ontology#Law", links
    assert shown.get("oa:TextQuoteSelector") == "http://www.w3.org/ns/oa#TextQuoteSelector", links
    assert not [t for t, _ in links if t.startswith("http")], links  # every one has a prefix the server knows
    page.close()
