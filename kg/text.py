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
for _i in range(10):
    _TABLE[chr(0xFF10 + _i)] = str(_i)
for _i in range(26):
    _TABLE[chr(0xFF21 + _i)] = chr(0x41 + _i)
    _TABLE[chr(0xFF41 + _i)] = chr(0x61 + _i)
_TRANS = str.maketrans(_TABLE)


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
