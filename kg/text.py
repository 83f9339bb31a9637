"""Length-preserving normalisation for matching (shared by the reader, the extractor and ids).

Reports mix half-width and full-width punctuation (``,`` beside ``：``). Every pattern in the
extractor runs on ``normalize(text)``, which maps one character to one character, so an offset into
the normalised text is the same offset into the original.
"""

from __future__ import annotations

_TABLE = {
    ",": "，",
    ":": "：",
    ";": "；",
    "(": "（",
    ")": "）",
    "!": "！",
    "?": "？",
    "\u3000": " ",
    "\xa0": " ",
    "\ufeff": " ",
    "\u200b": " ",
    "\u200c": " ",
    "\u200d": " ",
    "\u2060": " ",
    "％": "%",
    "．": ".",
    "＋": "+",
    "﹢": "+",
    "－": "—",
    "–": "—",
    "―": "—",
    "〈": "《",
    "〉": "》",
    "「": "“",
    "」": "”",
    "『": "“",
    "』": "”",
    "‘": "“",
    "’": "”",
}
_ALNUM = {chr(0xFF10 + i): str(i) for i in range(10)}
for _i in range(26):
    _ALNUM[chr(0xFF21 + _i)] = chr(0x41 + _i)
    _ALNUM[chr(0xFF41 + _i)] = chr(0x61 + _i)
_TABLE.update(_ALNUM)
_TRANS = str.maketrans(_TABLE)
_ALNUM_TRANS = str.maketrans(_ALNUM)


def half_width(text: str) -> str:
    """Full-width digits and Latin letters as ASCII (“８６３计划” → “863计划”), nothing else; same length."""
    return text.translate(_ALNUM_TRANS)


def normalize(text: str) -> str:
    """Full-width commas, colons, brackets; half-width digits; curly quotes; same length."""
    out = text.translate(_TRANS)
    if '"' in out:
        # straight double quotes alternate open/close, starting afresh on every line
        chars = list(out)
        opened = False
        for i, ch in enumerate(out):
            if ch == "\n":
                opened = False
            elif ch == '"':
                chars[i] = "”" if opened else "“"
                opened = not opened
        out = "".join(chars)
    assert len(out) == len(text)
    return out
