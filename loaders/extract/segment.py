"""jieba, once: the user dictionary of the genre (ontology/userdict.txt) and word boundaries."""

from __future__ import annotations

import logging
from collections.abc import Container, Iterator
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


class Edges:
    """The jieba word boundaries of ``text[lo:hi]`` (absolute offsets ``base + i``), segmented only when a
    question needs it: an offset where no dictionary word can run across (``may_split``) is a boundary
    in every segmentation, and so is answered without one. The same answers as the set ``boundaries``
    gives for that window, offsets outside it included (none of them is in it)."""

    __slots__ = ("_set", "base", "hi", "lo", "text")

    def __init__(self, text: str, lo: int, hi: int, base: int) -> None:
        self.text, self.lo, self.hi, self.base = text, lo, hi, base
        self._set: set[int] | None = None

    @property
    def segmented(self) -> bool:
        return self._set is not None

    def whole(self) -> set[int]:
        if self._set is None:
            self._set = boundaries(self.text[self.lo : self.hi], self.base + self.lo)
        return self._set

    def __contains__(self, i: object) -> bool:
        if self._set is not None or not isinstance(i, int):
            return i in self.whole()
        j = i - self.base
        if j == self.lo or j == self.hi:
            return True
        if j < self.lo or j > self.hi:
            return False
        # (two letters or digits the segmenter joins into one word although no word of the dictionary does)
        if not (_ASCII_ALNUM(self.text[j - 1]) and _ASCII_ALNUM(self.text[j])) and not may_split(self.text, j):
            return True
        return i in self.whole()

    def __iter__(self) -> Iterator[int]:
        return iter(self.whole())

    def __bool__(self) -> bool:
        return True  # (the window's start is always a boundary)


def _ASCII_ALNUM(c: str) -> bool:  # noqa: N802
    return c.isascii() and c.isalnum()


@cache
def _stops_rx(stops_file: str) -> re.Pattern[str]:
    from ..lexicon import alternation

    # a lookahead finds every start position, overlapping ones included; longest word first
    return re.compile(rf"(?=({alternation(stops_file)}))")


def stop_ends(s: str, a: int, b: int, bounds: Container[int], base: int, stops_file: str = "law_left_stops.txt") -> set[int]:
    """Offsets in ``s[a:b]`` where a stop word ends, the word sitting on jieba boundaries."""
    out = set()
    for m in _stops_rx(stops_file).finditer(s, a, b):
        i, w = m.start(), m.group(1)
        end = i + len(w)
        if end <= b and (i + base) in bounds and (end + base) in bounds:
            out.add(end)
    return out


def trim_left(s: str, a: int, b: int, bounds: Container[int], base: int, stops_file: str = "law_left_stops.txt") -> str:
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
