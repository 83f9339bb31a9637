"""The query page in headless Chromium (Debian's `chromium`, driven by Playwright; Playwright never
downloads a browser): pick a saved question, bind its parameter, run it, see the rows; type a query
and run it. Saves a screenshot (to docs/sparql-page.png when RDKG_SCREENSHOT=1).

Without /usr/bin/chromium the test skips, except under CI=true, where it fails.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from tests.test_server import CI, LAW, ROOT, Server, load_store

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
# the screenshot in the docs is refreshed on request only, so a test run leaves the tree clean
SHOT = ROOT / "docs" / "sparql-page.png" if os.environ.get("RDKG_SCREENSHOT") else Path(tempfile.gettempdir()) / "rdkg-sparql-page.png"


def need(ok: bool, reason: str) -> None:
    if not ok:
        if CI:
            pytest.fail(reason)
        pytest.skip(reason)


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
def site(tmp_path_factory):
    s = Server(load_store(tmp_path_factory.mktemp("page"))).start()
    yield s
    s.stop()


def test_pick_a_saved_question_and_see_rows(browser, site):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    offline = []
    page.on("request", lambda r: offline.append(r.url) if not r.url.startswith(site.base) else None)
    page.goto(site.base + "/")
    page.click("#saved-list button[data-name=laws_serving_strategies]")
    assert "laws_serving_strategies" in page.evaluate("rdkgYasgui.getTab().getQuery()")
    page.fill("#params-fields input[name=strategy]", "西部金融中心")
    page.click("#run-saved")
    page.wait_for_selector(".yasr table tbody tr td", timeout=20000)
    table = page.inner_text(".yasr table tbody")
    assert LAW in table
    SHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOT))
    assert offline == [], f"the page fetched from elsewhere: {offline}"
    page.close()


def test_type_a_query_and_run_it(browser, site):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(site.base + "/")
    page.wait_for_selector(".CodeMirror")
    page.click(".CodeMirror")
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.type("SELECT ?title WHERE { GRAPH ?r { ?r dcterms:title ?title } } ORDER BY ?title")
    page.click(".yasqe .yasqe_queryButton")
    page.wait_for_selector(".yasr table tbody tr td", timeout=20000)
    table = page.inner_text(".yasr table tbody")
    assert "重庆市人民代表大会常务委员会工作报告" in table
    assert "2 results" in page.inner_text(".yasr") or table.count("工作报告") >= 2
    page.close()
