"""Bytes to text: UTF-8 (with or without BOM), GB18030/GBK or Big5; binary and undecodable input refused.

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
# (PDF and Word .docx files are read before this, by kg.loaders.read.documents)
_MAGIC = {
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a ZIP file or an Office file other than Word's .docx (.xlsx, .pptx …)",
    b"\xd0\xcf\x11\xe0": "an old Office file (.doc, .xls)",
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
            raise ReportError(path, f"this is {what}, not text", "save the report as .docx, .pdf or plain text first")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _newlines(data.decode("utf-16")), "utf-16"
    if b"\x00" in data[:4096]:
        raise ReportError(path, "binary data, not text")
    text: str | None = None
    encoding = ""
    try:
        text = data.decode("utf-8")
        encoding = "utf-8-sig" if text.startswith("\ufeff") else "utf-8"
    except UnicodeDecodeError:
        # GB18030/GBK or Big5 (Hong Kong and Taiwan pages; big5hkscs is Big5 with Hong Kong's characters):
        # the bytes of either often decode as the other too, into rare characters, so the one whose
        # characters are the common ones of its own script wins
        readings = []
        for enc in ("gb18030", "big5hkscs"):
            try:
                decoded = data.decode(enc)
            except UnicodeDecodeError:
                continue
            readings.append((_common_share(decoded), enc, decoded))
        if readings:
            _, encoding, text = max(readings, key=lambda r: r[0])  # (the first, GB18030, on a tie)
    if text is None:
        raise ReportError(path, "cannot be decoded as UTF-8, GB18030/GBK or Big5", "convert it to UTF-8")
    sample = text[:20000]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 200):
        raise ReportError(path, "binary data, not text")
    if not _CJK.search(sample):
        raise ReportError(path, f"decoded as {encoding} but holds no Chinese text")
    return _newlines(text), encoding


def _common_share(text: str) -> float:
    """The share of the first 5,000 Chinese characters that are common ones of their script: GB2312's
    first level (its 3,755 most used characters, lead bytes B0–D7) or Big5's frequent characters (its
    5,401, lead bytes A4–C6). A text in the right encoding scores near 1; the bytes of one encoding
    read as the other score about a third."""
    han = _CJK.findall(text[:20000])[:5000]
    if not han:
        return 0.0
    common = 0
    for char in han:
        for enc, low, high in (("gb2312", 0xB0, 0xD7), ("big5", 0xA4, 0xC6)):
            try:
                if low <= char.encode(enc)[0] <= high:
                    common += 1
                    break
            except UnicodeEncodeError:
                continue
    return common / len(han)


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
