"""jieba, once: the user dictionary of the genre (ontology/userdict.txt) and word boundaries."""

from __future__ import annotations

import logging
from functools import cache, lru_cache

import jieba

from ..lexicon import ONTOLOGY
from . import regex as re  # re's functions over a larger cache of compiled patterns


@cache
def tokenizer() -> jieba.Tokenizer:
    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.initialize()
    with (ONTOLOGY / "userdict.txt").open("rb") as f:
        tk.load_userdict(f)
    return tk


def boundaries(text: str, start: int = 0) -> set[int]:
    """Offsets (shifted by ``start``) where a jieba word begins or ends in ``text``."""
    out = {start}
    pos = start
    for word in tokenizer().cut(text, HMM=False):
        pos += len(word)
        out.add(pos)
    return out


@cache
def _longest() -> int:
    return max(len(w) for w, f in tokenizer().FREQ.items() if f)


def may_split(text: str, i: int) -> bool:
    """Whether a dictionary word could run across offset ``i`` of ``text`` (some text[k:i+1], k < i, is a
    word or a word's beginning in jieba's dictionary). Where none can, every jieba segmentation of any
    window around ``i`` has a word boundary at ``i``, and the caller need not segment to know it."""
    freq = tokenizer().FREQ
    return any(text[k : i + 1] in freq for k in range(max(0, i - _longest() + 1), i))


@cache
def _stops_rx(stops_file: str) -> re.Pattern[str]:
    from ..lexicon import alternation

    # a lookahead finds every start position, overlapping ones included; longest word first
    return re.compile(rf"(?=({alternation(stops_file)}))")


def stop_ends(s: str, a: int, b: int, bounds: set[int], base: int, stops_file: str = "law_left_stops.txt") -> set[int]:
    """Offsets in ``s[a:b]`` where a stop word ends, the word sitting on jieba boundaries."""
    out = set()
    for m in _stops_rx(stops_file).finditer(s, a, b):
        i, w = m.start(), m.group(1)
        end = i + len(w)
        if end <= b and (i + base) in bounds and (end + base) in bounds:
            out.add(end)
    return out


def trim_left(s: str, a: int, b: int, bounds: set[int], base: int, stops_file: str = "law_left_stops.txt") -> str:
    """The tail of ``s[a:b]`` after the last stop word (a verb or function word of the genre) that
    sits on jieba word boundaries: 指导彭水自治县 → 彭水自治县, 开展长江保护 → 长江保护."""
    ends = stop_ends(s, a, b, bounds, base, stops_file)
    return s[max(ends, default=a) : b]


@cache
def _pos_tokenizer():  # type: ignore[no-untyped-def]
    import jieba.posseg

    return jieba.posseg.POSTokenizer(tokenizer())


@lru_cache(maxsize=4096)
def pos_tags(text: str) -> tuple[tuple[str, str], ...]:
    """jieba's words of ``text`` with their part-of-speech flags (v verb, n noun, vn verbal noun …)."""
    return tuple((p.word, p.flag) for p in _pos_tokenizer().cut(text, HMM=False))
