"""Properties of the extractor that need no annotation (issue 10: b and c).

(b) A window of 2–6 paragraphs cut from a report, read as a text of its own (no title, no date, no
    headings above it), gives only facts the whole report gives, and finds at least 90% of the whole
    report's facts whose evidence lies inside the window. Facts are compared by their names as
    written (a window has no title, so it cannot know the jurisdiction that canonical titles add).
(c) Every law title extracted from every shared report has a law's shape.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from kg.loaders.extract import extract
from kg.loaders.extract.laws import national_laws
from kg.loaders.read import read_file, read_text

from .conftest import DATA, SAMPLES, report_path

# the project's shared reports when the checkout sits beside them (as in development); the copies of
# real reports in tests/data and samples/ otherwise
SHARED = Path(__file__).resolve().parents[2] / "shared" / "reports"

WINDOW_REPORTS = [
    "chongqing-2026-rd-standing-committee",
    "hebei-2026-government",
    "guangdong-2026-government",
    "heldout-sichuan-2024-rd-standing-committee",
]


def _facts(ext, place: str) -> dict[str, set]:
    """Laws by title without the report's place (a window has no title to learn the place from)."""
    names = {x.id: x.title.removeprefix(place) for x in ext.laws} | {x.id: x.name for x in ext.decisions}
    return {
        "laws": {names[x.id] for x in ext.laws},
        "actions": {(names[a.law], a.type) for a in ext.actions},
        "metrics": {(m.value, m.unit) for m in ext.metrics},
    }


@pytest.mark.parametrize("name", WINDOW_REPORTS)
def test_windows_give_the_whole_reports_facts(name):
    doc = read_file(report_path(name), force=True)
    whole = extract(doc)
    place = whole.report.jurisdiction
    everything = _facts(whole, place)
    spans = {e.id: (e.start, e.end) for e in whole.evidence}
    law_names = {x.id: x.title.removeprefix(place) for x in whole.laws} | {x.id: x.name for x in whole.decisions}
    text = doc.source_text()
    paras = [p for p in doc.paragraphs if p.role in ("body", "heading")]
    rnd = random.Random(name)
    found = inside = 0
    for _ in range(25):
        k = rnd.randint(2, 6)
        i = rnd.randint(0, max(0, len(paras) - k))
        a = doc.to_original(paras[i].start, paras[i].end)[0]
        b = doc.to_original(paras[i + k - 1].start, paras[i + k - 1].end)[1] if i + k - 1 < len(paras) else len(text)
        window = _facts(extract(read_text(text[a:b], "window.txt", force=True)), place)

        def within(eid: str, a: int = a, b: int = b) -> bool:
            s, e = spans[eid]
            return a <= s and e <= b

        expected = {
            "laws": {law_names[x.id] for x in whole.laws if any(within(m) for m in x.mentions)},
            "actions": {(law_names[x.law], x.type) for x in whole.actions if within(x.evidence)},
            "metrics": {(m.value, m.unit) for m in whole.metrics if within(m.evidence)},
        }
        for kind, facts in window.items():
            extra = facts - everything[kind]
            assert not extra, f"{name} window {i}+{k}: {kind} not in the whole report: {sorted(extra)[:5]}"
            inside += len(expected[kind])
            found += len(expected[kind] & facts)
    print(f"{name}: {found}/{inside} of the whole report's facts inside the windows found")
    assert inside and found / inside >= 0.9, f"{name}: {found}/{inside} of the whole report's facts found in windows"


_SUFFIX = re.compile(r"(?:法|条例|规定|办法|细则|规则)$")
# words that end in 法 and name a method or an act, never a law (算法, 政法, 工作法, 遵纪守法)
_METHOD = re.compile(r"(?:^|[^预])(?:算法)$|(?:减法|加法|乘法|除法|政法|工作法|方法|做法|想法|看法|说法|司法|执法|守法|普法|立法|违法)$")


def _shape_ok(title: str) -> bool:
    if title in set(national_laws().values()):
        return True
    if not _SUFFIX.search(title) or re.search(r"\d|[，。；：！？、]", title):
        return False
    if title.endswith("法") and not title.endswith("办法"):
        # a 法 is made by the national congress: its title carries the country's name
        return title.startswith("中华人民共和国") and not _METHOD.search(title[len("中华人民共和国") :])
    return len(title) >= 5


def _shared_reports() -> list[Path]:
    if SHARED.is_dir():
        return sorted(SHARED.rglob("*.txt"))
    return sorted(DATA.rglob("*.txt")) + sorted(SAMPLES.glob("*.txt"))


def test_every_law_title_from_the_shared_reports_has_a_law_shape():
    bad = []
    for path in _shared_reports():
        for law in extract(read_file(path, force=True)).laws:
            if not _shape_ok(law.title):
                bad.append(f"{path.name}: {law.title}")
    assert not bad, bad[:20]
