"""Bytes to text: UTF-8 (with or without BOM) or GB18030/GBK; binary and undecodable input refused.

Offsets everywhere in rdkg point into the text this module returns. It is the text Python's
``open(path, encoding=...)`` gives: a BOM is kept as U+FEFF and line ends are translated to ``\\n``
the way text mode does, so ``text[start:end]`` in a user's own script agrees with ours.
"""

from __future__ import annotations

import re

from kg.errors import ReportError

_CJK = re.compile(r"[\u4e00-\u9fff]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# magic numbers of formats people save by mistake instead of the report's text
_MAGIC = {
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a ZIP/Office file (.docx, .xlsx)",
    b"\xd0\xcf\x11\xe0": "an old Office file (.doc)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
}


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Return ``(text, encoding)`` or raise ReportError naming ``path`` and why."""
    if not data.strip():
        raise ReportError(path, "the file is empty")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise ReportError(path, f"this is {what}, not text", "save the report as plain text first")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _newlines(data.decode("utf-16")), "utf-16"
    if b"\x00" in data[:4096]:
        raise ReportError(path, "binary data, not text")
    text: str | None = None
    encoding = ""
    for enc in ("utf-8", "gb18030"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        encoding = "utf-8-sig" if enc == "utf-8" and text.startswith("\ufeff") else enc
        break
    if text is None:
        raise ReportError(path, "cannot be decoded as UTF-8 or GB18030/GBK", "convert it to UTF-8")
    sample = text[:20000]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 200):
        raise ReportError(path, "binary data, not text")
    if not _CJK.search(sample):
        raise ReportError(path, f"decoded as {encoding} but holds no Chinese text")
    return _newlines(text), encoding


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
