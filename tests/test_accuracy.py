"""Precision and recall per kind on the hand-annotated reports in tests/gold/.

The floors are what the extractor reaches today, rounded down; raise them as it improves, never
lower them to make a change pass. The figures are in the README.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from kg.loaders import extract, read_file

from kg.errors import KGError
from kg.evaluate import load_gold, pool, score

from .conftest import DATA, GOLD, report_path

# report → kind → (precision floor, recall floor). These five were annotated in earlier rounds and the
# rules were tuned on them; precision counts one-to-one matches (a duplicate is a false positive).
FLOORS: dict[str, dict[str, tuple[float, float]]] = {
    "chongqing-2026-rd-standing-committee": {
        "laws": (0.97, 0.97),
        "decisions": (0.95, 0.95),
        "bodies": (0.87, 0.94),
        "actions": (0.97, 0.95),
        "initiatives": (0.56, 0.95),
        "metrics": (0.96, 0.97),
        "serves": (0.91, 0.95),
    },
    "heldout-sichuan-2024-rd-standing-committee": {
        "laws": (0.97, 0.95),
        "decisions": (0.95, 0.95),
        "bodies": (0.78, 0.97),
        "actions": (0.97, 0.95),
        "initiatives": (0.65, 0.85),
        "metrics": (0.97, 0.97),
        "serves": (0.9, 0.94),
    },
    "heldout-guangzhou-2023-rd-standing-committee": {
        "laws": (0.94, 0.94),
        "decisions": (0.95, 0.95),
        "bodies": (0.89, 0.97),
        "actions": (0.97, 0.95),
        "initiatives": (0.47, 0.81),
        "metrics": (0.97, 0.97),
        "serves": (0.85, 0.85),
    },
    "hebei-2026-government": {
        "laws": (0.95, 0.95),
        "bodies": (0.95, 0.95),
        "actions": (0.95, 0.95),
        "initiatives": (0.72, 0.66),
        "metrics": (0.97, 0.97),
    },
    "beijing-2026-government": {
        "laws": (0.95, 0.95),
        "bodies": (0.95, 0.95),
        "actions": (0.95, 0.95),
        "initiatives": (0.6, 0.43),
        "metrics": (0.94, 0.95),
    },
}

# Texts annotated blind this round (tests/gold/excerpts/ and four whole government reports), pooled
# per set: set → kind → (precision floor, recall floor). Not floored: decisions (4 gold items in the
# excerpts, none in the whole reports) and serves of the whole reports (4 gold pairs): too few to
# tell a change from noise; they are in the README's table.
NEW_WHOLE = ("guangdong-2026-government", "shaanxi-2026-government", "national-2018-government", "national-2024-government")
# four more whole government reports annotated blind in session 13 (docs/accuracy/blind-first-figures.txt)
WHOLE_13 = ("xizang-2026-government", "henan-2026-government", "national-2004-government", "national-2021-government")
# and four more in session 14 (the same file, its second block)
WHOLE_14 = ("jilin-2026-government", "jiangsu-2026-government", "national-2013-government", "national-2002-government",
            "guangxi-2026-government", "shanghai-2026-government", "national-2008-government", "national-2016-government",
            "hunan-2026-government", "yunnan-2026-government", "national-2000-government", "national-2019-government")
# and four in session 15 (its block of the same file)
WHOLE_15 = ("zhejiang-2026-government", "xinjiang-2026-government", "national-2006-government", "national-2022-government")
# and its second round
WHOLE_15B = ("shandong-2026-government", "gansu-2026-government", "national-2010-government", "national-2017-government")
# and its third
WHOLE_15C = ("hubei-2026-government", "tianjin-2026-government", "national-2003-government", "national-2014-government")
# and its fourth
WHOLE_15D = ("anhui-2026-government", "liaoning-2026-government", "national-2007-government", "national-2023-government")
# and its fifth
WHOLE_15E = ("fujian-2026-government", "ningxia-2026-government", "national-2005-government", "national-2012-government")
# and its sixth
WHOLE_15F = ("heilongjiang-2026-government", "qinghai-2026-government", "national-2009-government", "national-2015-government")
# and its seventh
WHOLE_15G = ("chongqing-2026-government", "jiangxi-2026-government", "national-2001-government", "national-2011-government")
# and its eighth: the last three whole reports of the shared folders
WHOLE_15H = ("guizhou-2026-government", "neimenggu-2026-government", "shanxi-2026-government")
POOLED_FLOORS: dict[str, dict[str, tuple[float, float]]] = {
    # a margin of about 0.03-0.05 under the figures of docs/accuracy/after-tuning.txt
    "excerpts": {
        "laws": (0.95, 0.95),
        "actions": (0.89, 0.89),
        "bodies": (0.93, 0.87),
        "initiatives": (0.72, 0.45),
        "decisions": (0.5, 0.5),
        "metrics": (0.96, 0.95),
        "serves": (0.9, 0.85),
    },
    "whole13": {  # a margin under docs/accuracy/after-tuning.txt (serves: 7 gold pairs, decisions: none; not floored)
        "laws": (0.95, 0.95),
        "actions": (0.95, 0.95),
        "bodies": (0.92, 0.78),
        "initiatives": (0.6, 0.42),
        "metrics": (0.96, 0.92),
    },
    "whole14": {  # 12 texts of three rounds; a margin under docs/accuracy/after-tuning.txt (no serves or decisions)
        "laws": (0.9, 0.9),
        "actions": (0.9, 0.85),
        "bodies": (0.88, 0.8),
        "initiatives": (0.63, 0.46),
        "metrics": (0.97, 0.93),
    },
    "whole15": {  # 4 texts; a margin under docs/accuracy/after-tuning.txt (serves: 1 gold pair, decisions: none; not floored)
        "laws": (0.95, 0.95),
        "actions": (0.95, 0.95),
        "bodies": (0.92, 0.92),
        "initiatives": (0.6, 0.48),
        "metrics": (0.96, 0.92),
    },
    "whole15b": {  # 4 texts; a margin under docs/accuracy/after-tuning.txt (serves: 1 gold pair, decisions: none; not floored)
        "laws": (0.95, 0.8),  # (a 实施办法 the text names only as 我省《实施办法》, a government's own 实施办法)
        "actions": (0.95, 0.8),
        "bodies": (0.95, 0.83),
        "initiatives": (0.66, 0.45),
        "metrics": (0.96, 0.94),
    },
    "whole15c": {  # 4 texts; a margin under docs/accuracy/after-tuning.txt (serves: 5 gold pairs, none found; not floored)
        "laws": (0.88, 0.8),  # (房地产税、环境保护税立法: laws named by their topics; 市民营经济促进条例: 市 for 天津市)
        "actions": (0.95, 0.83),
        "bodies": (0.9, 0.87),
        "initiatives": (0.64, 0.46),
        "metrics": (0.96, 0.94),
    },
    "whole15d": {  # 4 texts; a margin under docs/accuracy/after-tuning.txt (serves: 2 gold pairs; not floored)
        "laws": (0.95, 0.95),
        "actions": (0.95, 0.95),
        "bodies": (0.93, 0.93),
        "initiatives": (0.68, 0.49),
        "metrics": (0.97, 0.95),
    },
    "whole15e": {  # 4 texts; a margin under docs/accuracy/after-tuning.txt (serves: 2 gold pairs, decisions: 2; not floored)
        "laws": (0.95, 0.95),
        # (lowered from 0.92/0.88 when round 9 made 提请…修订/制定 a bill under review, as the guideline's
        # 提请审议 and three annotators of the form have it; the Ningxia annotator coded it revised/enacted)
        "actions": (0.84, 0.8),
        "bodies": (0.83, 0.9),  # (最高法, 海关总署 as owners of data centres, 监察部 the annotators left out)
        "initiatives": (0.63, 0.51),
        "metrics": (0.97, 0.94),
    },
    "whole15f": {  # 4 texts; a margin under docs/accuracy/after-tuning.txt (serves: 1 gold pair; not floored)
        "laws": (0.95, 0.95),
        "actions": (0.84, 0.84),
        "bodies": (0.9, 0.95),
        "initiatives": (0.67, 0.47),
        "metrics": (0.97, 0.94),
    },
    "whole15g": {  # 4 texts; a margin under docs/accuracy/after-tuning.txt (serves: 8 gold pairs, 1 found; not floored)
        "laws": (0.95, 0.95),
        "actions": (0.95, 0.95),
        "bodies": (0.95, 0.7),  # (各级政府, 县级政府, 同级人大: generic bodies two annotators listed)
        "initiatives": (0.67, 0.5),
        "metrics": (0.97, 0.92),
    },
    "whole15h": {  # 3 texts; a margin under docs/accuracy/after-tuning.txt (serves: 1 gold pair; decisions none; not floored)
        "laws": (0.95, 0.95),
        "actions": (0.8, 0.95),
        # (Inner Mongolia's annex names twelve of the region's departments by short names after 牵头单位: no rule
        # reads provincial departments, which no other shared report names)
        "bodies": (0.8, 0.58),
        "initiatives": (0.64, 0.47),
        "metrics": (0.97, 0.94),
    },
    "whole": {
        "laws": (0.95, 0.95),
        "actions": (0.95, 0.95),
        # central departments the reports name (住房和城乡建设部, 中国科学院) that the annotators left out
        "bodies": (0.85, 0.8),
        "initiatives": (0.57, 0.42),
        "metrics": (0.95, 0.91),
    },
}


def _texts(subset: str) -> list[tuple[Path, Path]]:
    if subset == "excerpts":
        return [(DATA / "excerpts" / f"{g.stem}.txt", g) for g in sorted((GOLD / "excerpts").glob("*.json"))]
    names = {"whole13": WHOLE_13, "whole14": WHOLE_14, "whole15": WHOLE_15, "whole15b": WHOLE_15B, "whole15c": WHOLE_15C, "whole15d": WHOLE_15D, "whole15e": WHOLE_15E, "whole15f": WHOLE_15F, "whole15g": WHOLE_15G, "whole15h": WHOLE_15H}.get(subset, NEW_WHOLE)
    return [(report_path(name), GOLD / f"{name}.json") for name in names]


@pytest.mark.parametrize("subset", sorted(POOLED_FLOORS))
def test_pooled_accuracy_floors_on_texts_annotated_blind(subset):
    scores = []
    for text, gold in _texts(subset):
        try:
            ext = extract(read_file(text))
        except KGError as err:  # a refused text found nothing
            pytest.fail(f"{text.name} refused: {err}")
        scores.append(score(ext, load_gold(gold)))
    failures = _below(pool(scores), POOLED_FLOORS[subset])
    assert not failures, f"{subset}: " + "; ".join(failures)


def _below(scores, floors: dict[str, tuple[float, float]]) -> list[str]:
    """The kinds whose precision or recall is under its floor, each as a readable line."""
    return [f"{kind}: P={scores[kind].precision:.3f} (floor {p}) R={scores[kind].recall:.3f} (floor {r})"
            for kind, (p, r) in floors.items() if scores[kind].precision < p or scores[kind].recall < r]


def test_precision_counts_one_to_one_matches():
    from kg.evaluate import _match

    same = lambda p, g: p == g  # noqa: E731
    s = _match(["a", "a", "b"], ["a", "c"], same, "laws")
    assert (s.tp_pred, s.tp_gold, s.predicted, s.gold) == (1, 1, 3, 2)
    assert s.precision == pytest.approx(1 / 3) and s.recall == 0.5
    # the matching is maximal, whatever the order: p1 fits g1 or g2, p2 only g1
    fits = {("p1", "g1"), ("p1", "g2"), ("p2", "g1")}
    s = _match(["p1", "p2"], ["g1", "g2"], lambda p, g: (p, g) in fits, "laws")
    assert s.tp_gold == 2


@pytest.mark.parametrize("report", sorted(FLOORS))
def test_accuracy_floors(report, extracted):
    ext = extracted(report_path(report))  # the session's extraction (these are the parity suites' reports)
    failures = _below(score(ext, load_gold(GOLD / f"{report}.json")), FLOORS[report])
    assert not failures, f"{report}: " + "; ".join(failures)


def test_every_annotated_report_has_floors():
    annotated = {p.stem for p in GOLD.glob("*.json")}
    floored = set(FLOORS) | set(NEW_WHOLE) | set(WHOLE_13) | set(WHOLE_14) | set(WHOLE_15) | set(WHOLE_15B) | set(WHOLE_15C) | set(WHOLE_15D) | set(WHOLE_15E) | set(WHOLE_15F) | set(WHOLE_15G) | set(WHOLE_15H)
    assert annotated <= floored, f"gold files without floors: {annotated - floored}"
    for g in (GOLD / "excerpts").glob("*.json"):
        assert (DATA / "excerpts" / f"{g.stem}.txt").exists()
    for name in annotated:
        assert report_path(name).exists()
