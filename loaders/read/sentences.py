"""Sentence splitting; normalisation lives in kg.text and is re-exported here."""

from __future__ import annotations

import re

from kg.text import normalize

__all__ = ["normalize", "sentences"]

CJK = r"\u4e00-\u9fff"
SENT_END = "。！？"
_SENT = re.compile(r"[^。！？\n]*(?:[。！？]+[”’）]?|\n|$)")


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` (one paragraph) into sentence spans, trimmed of spaces."""
    spans = []
    for m in _SENT.finditer(text, start, end):
        s, e = m.start(), m.end()
        while s < e and text[s] in " \t\n\u3000\xa0":
            s += 1
        while e > s and text[e - 1] in " \t\n\u3000\xa0":
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans
