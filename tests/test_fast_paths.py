"""The extractor's fast paths give what the plain forms they stand for give (issue 10, speed).

Each shortcut of the speed work is checked here against the plain definition it replaces: the words a
body rule's matches must contain (a rule is skipped on a text without them), the tree of the central
bodies' names, the count of traditional characters and the width of a line.
"""

from __future__ import annotations

import random
import re
import unicodedata

import opencc
import pytest
from kg.loaders import read_text
from kg.loaders.extract import bodies
from kg.loaders.extract.context import Context
from kg.loaders.read import normalize

from .conftest import SAMPLE, report_path

REPORTS = ["chongqing-2026-rd-standing-committee", "hebei-2026-government", "guangdong-2026-government",
           "beijing-2026-government", "heldout-guangzhou-2023-rd-standing-committee"]


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"全国人民代表大会常务委员会|全国人大常委会", {"全国人民代表大会常务委员会", "全国人大常委会"}),
        (r"中(?<![党共]中)央(?=和省委|关于)", {"中央"}),  # a look-behind takes no characters
        (r"(?P<place>[\u4e00-\u9fff]{2,6}?(?:自治县|县|区))人大(?:常委会)?", {"自治县人大", "县人大", "区人大"}),
        (r"(?P<lw>区|县)(?<![全各][区县])(?=、(?:镇|乡)人大)", {"、镇人大", "、乡人大"}),  # a look-ahead's words
        (r"(?:常委会)?(?:法制|财经)委员会", {"法制委员会", "财经委员会"}),
        (r"[\u4e00-\u9fff]{2,8}", set()),  # nothing fixed
        (r"(?:a|[\u4e00-\u9fff]+)b?", set()),  # a branch without words in one of its arms
    ],
)
def test_the_words_a_rule_needs(pattern, words):
    assert set(bodies._needs(re.compile(pattern))) == words


@pytest.mark.parametrize("report", REPORTS)
def test_every_body_rule_match_contains_a_word_it_needs(report):
    ctx = Context(read_text(report_path(report).read_text(encoding="utf-8"), report))
    level = "" if ctx.level == "国" else ctx.level
    checked = 0
    for rx, _canon, _kind, _parent in bodies._compiled(level, ctx.doc.jurisdiction, ctx.short):
        needs = bodies._needs(rx)
        for m in rx.finditer(ctx.norm):
            # the words may stand in a look-around, next to the match: look a little around it
            near = ctx.norm[max(0, m.start() - 12) : m.end() + 12]
            assert not needs or any(w in near for w in needs), (rx.pattern[:60], m.group(0))
            checked += 1
    assert checked > 20


def test_the_tree_of_names_matches_as_the_alternation_longest_first():
    names = sorted(bodies.central_bodies(), key=lambda n: (-len(n), n))
    plain = re.compile("|".join(f"{re.escape(n)}(?<![省市县区州盟旗]{re.escape(n)})" for n in names))
    tree = re.compile(bodies._trie(names, lambda ch: f"(?<![省市县区州盟旗]{ch})"))
    text = SAMPLE.read_text(encoding="utf-8")
    chars = sorted(set("".join(names)) | set("省市县、和"))
    rng = random.Random(10)
    texts = [text] + ["".join(rng.choice(chars) for _ in range(60)) for _ in range(2000)]
    texts += ["".join(rng.choice([*names, "省", "市", "和"]) for _ in range(12)) for _ in range(500)]
    for t in texts:
        assert [m.span() for m in plain.finditer(t)] == [m.span() for m in tree.finditer(t)]


def _share_one_by_one(text: str) -> float:
    han = re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff]", text)
    convert = opencc.OpenCC("t2s").convert
    changed = {ch for ch in set(han) if convert(ch) != ch}
    return sum(1 for ch in han if ch in changed) / len(han) if han else 0.0


@pytest.mark.parametrize("config", [None, "s2t", "s2hk"])
def test_traditional_share_counts_as_one_character_at_a_time(config):
    text = SAMPLE.read_text(encoding="utf-8")
    if config:
        text = opencc.OpenCC(config).convert(text)
    assert normalize.traditional_share(text) == _share_one_by_one(text)


def test_line_width_counts_wide_characters_twice():
    rng = random.Random(3)
    pool = [chr(c) for c in range(0x20, 0x3000, 7)] + list("审议条例，。“”（）ａｂ１２　") + ["\U00020000", "\U0001F600", "\U00010000"]
    for _ in range(300):
        line = "".join(rng.choice(pool) for _ in range(rng.randint(0, 80)))
        plain = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
        assert normalize._columns(line) == plain


def _sentences(limit: int = 400) -> list[str]:
    out: list[str] = []
    for name in REPORTS:
        text = report_path(name).read_text(encoding="utf-8")
        out += [s for s in re.split(r"[。；\n]", text) if 8 <= len(s) <= 160][: limit // len(REPORTS)]
    return out


def test_word_edges_answer_as_the_segmentation_does():
    # an offset no dictionary word runs across is a boundary without segmenting; the lazy set answers
    # every offset, in and around any window, as the set of the window's segmentation does (letters and
    # digits the segmenter joins, 5G, 2035, included)
    from kg.loaders.extract.segment import Edges, boundaries, may_split

    rng = random.Random(15)
    texts = _sentences() + ["建成5G基站2.3万个，推进IPv6规模部署。", "到2035年基本实现现代化。", "新建AI+车项目12个。"]
    asked = 0
    for text in texts:
        for _ in range(3):
            lo = rng.randrange(0, len(text))
            hi = rng.randrange(lo, len(text) + 1)
            base = rng.randrange(0, 1000)
            lazy, whole = Edges(text, lo, hi, base), boundaries(text[lo:hi], base + lo)
            # the claim itself: where no dictionary word can run across, the segmentation has a boundary
            for j in range(lo + 1, hi):
                if not may_split(text, j) and not (text[j - 1].isascii() and text[j - 1].isalnum()
                                                   and text[j].isascii() and text[j].isalnum()):
                    assert base + j in whole, (text, lo, hi, j)
            for i in range(base - 2, base + len(text) + 3):
                assert (i in lazy) == (i in whole), (text, lo, hi, i - base)
                asked += 1
            assert set(lazy) == whole
    assert asked > 10000
