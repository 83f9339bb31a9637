"""jieba, once: the user dictionary of the genre (ontology/userdict.txt) and word boundaries."""

from __future__ import annotations

import logging
from functools import cache

import jieba

from .lexicon import ONTOLOGY


@cache
def tokenizer() -> jieba.Tokenizer:
    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.initialize()
    tk.load_userdict(str(ONTOLOGY / "userdict.txt"))
    return tk


def boundaries(text: str, start: int = 0) -> set[int]:
    """Offsets (shifted by ``start``) where a jieba word begins or ends in ``text``."""
    out = {start}
    pos = start
    for word in tokenizer().cut(text, HMM=True):
        pos += len(word)
        out.add(pos)
    return out


def trim_left(s: str, a: int, b: int, bounds: set[int], base: int, stops_file: str = "law_left_stops.txt") -> str:
    """The tail of ``s[a:b]`` after the last stop word (a verb or function word of the genre) that
    sits on jieba word boundaries: 指导彭水自治县 → 彭水自治县, 开展长江保护 → 长江保护."""
    from .lexicon import words

    stops = words(stops_file)
    best = a
    for i in range(a, b):
        if i + base not in bounds:
            continue
        for w in stops:
            end = i + len(w)
            if end <= b and s.startswith(w, i) and (end + base) in bounds:
                best = max(best, end)
    return s[best:b]
