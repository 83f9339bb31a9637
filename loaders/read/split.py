"""Input that is not one report: a file holding several reports, and a file far larger than any report.

A work report opens with a title line (…工作报告), a byline (——2026年1月29日在…会议上) and a
salutation (各位代表：). :func:`split_reports` finds where each report opens; a file with several
is split into its reports, and one whose bylines say it holds several reports though their openings
cannot be told apart is refused. :func:`read_reports` is the read path of the CLI and the library:
it refuses a file larger than :data:`MAX_CHARS` (the largest real report is about 60,000
characters) unless forced, then reads each report in it.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from kg.errors import ReportError
from kg.model import Document

from .decode import decode
from .document import read_laid_out, read_text
from .documents import document_text, is_document
from .html import html_text, looks_like_html

MAX_CHARS = 200_000  # about three times the largest real report
MIN_REPORT = 3_000  # characters: less than this between two openings is one report's header said twice
_LOOKAHEAD = 20  # non-empty lines after a title in which its byline or salutation must come

_TITLE = re.compile(r"工作报告")
_BYLINE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在\S{2,30}")
_SALUTATION = re.compile(r"^\s*各位(?:代表|委员)[^。]{0,20}[：:]\s*$")


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            out.append((pos, line.strip()))
        pos += len(line)
    return out


def _is_title(line: str) -> bool:
    head = line.split("——")[0]
    return bool(_TITLE.search(head)) and len(head) <= 60 and "。" not in head


def _headers(text: str) -> tuple[list[int], list[int]]:
    """(strong, weak) openings: a strong one is a title line with a byline and a salutation in the
    lines after it; a weak one a title line with a byline only. Either counts only when at least
    MIN_REPORT characters follow it (a related-links footer that names another report does not) and
    it is MIN_REPORT characters past the previous one (web pages repeat the title in their header)."""
    lines = _lines(text)
    strong: list[int] = []
    weak: list[int] = []
    for i, (pos, line) in enumerate(lines):
        if not _is_title(line) or len(text) - pos < MIN_REPORT:
            continue
        near = [ln for _, ln in lines[i : i + _LOOKAHEAD + 1]]
        if not any(_BYLINE.search(ln) for ln in near[:3]):
            continue
        has_salutation = any(_SALUTATION.match(ln) for ln in near)
        last = max(strong[-1:] + weak[-1:], default=None)
        if last is not None and pos - last < MIN_REPORT:
            continue
        (strong if has_salutation else weak).append(pos)
    return strong, weak


def openings(text: str) -> list[int]:
    """Offsets where the reports in ``text`` open (see _headers)."""
    return _headers(text)[0]


def split_reports(text: str, name: str = "<text>") -> list[tuple[str, str]]:
    """(name, text) of each report in ``text``: one when it holds one report, several named
    ``NAME#1``, ``NAME#2`` … when it holds several. Raises ReportError when its titles and bylines
    show several reports whose openings (title, byline, salutation) cannot all be found."""
    strong, weak = _headers(text)
    lines = _lines(text)
    salutations = [pos for pos, ln in lines if _SALUTATION.match(ln)]
    # a salutation far from every opening found: a report whose title or byline is missing
    stray = [p for p in salutations if all(not (0 <= p - o <= 2 * MIN_REPORT) for o in strong)]
    if len(strong) > 1 and stray:
        raise ReportError(name, f"holds {len(strong) + len(stray)} reports or more, {len(stray)} without "
                          "a title and byline before its salutation", "put each report in a file of its own")
    far = [b for a, b in zip(salutations, salutations[1:], strict=False) if b - a >= MIN_REPORT]
    if len(strong) <= 1 and far:
        raise ReportError(name, f"seems to hold {len(far) + 1} reports (salutations 各位代表： far apart) whose "
                          "openings cannot be told apart", "put each report in a file of its own")
    if weak and len(strong) + len(weak) > 1:
        raise ReportError(name, f"seems to hold {len(strong) + len(weak)} reports (titles with bylines far apart), "
                          "not all of them opening with a salutation", "put each report in a file of its own")
    if len(strong) <= 1:
        return [(name, text)]
    bounds = [0, *strong[1:], len(text)]
    return [(f"{name}#{i + 1}", text[a:b]) for i, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False))]


MAX_BYTES = 4 * MAX_CHARS  # UTF-8 takes three bytes a Chinese character, GBK two
# a PDF, a Word file or a web archive carries its fonts and pictures besides its text (a report's PDF with its fonts
# embedded whole is ~10 MB): its text is held to MAX_CHARS once read
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024


def _too_big(name: str, size: int) -> ReportError:
    return ReportError(name, f"is a PDF, Word file or web archive of {size / 1024 / 1024:.0f} MB, more than any work report's "
                       f"(the limit is {MAX_DOCUMENT_BYTES // 1024 // 1024} MB)", "save the report's text as a .txt file")


def read_bytes(path: str | Path, force: bool = False) -> tuple[str, bytes]:
    """(name, bytes) of a report file, ``-`` for stdin. Unless ``force``, a file of more than MAX_BYTES
    is refused before it is read (memory stays bounded by the limit, not by the file)."""
    name = str(path)
    if name == "-":
        data = sys.stdin.buffer.read() if force else sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES and is_document(data[:4096]):
            data += sys.stdin.buffer.read(MAX_DOCUMENT_BYTES + 1 - len(data))
            if len(data) > MAX_DOCUMENT_BYTES:
                raise _too_big("<stdin>", len(data))
        elif len(data) > MAX_BYTES:
            check_size("<stdin>", MAX_CHARS + 1, force, approximate=True)
        return "<stdin>", data
    p = Path(path)
    if not p.exists():
        raise ReportError(name, "no such file")
    if p.is_dir():
        raise ReportError(name, "is a folder, not a report file", "kg load takes folders; kg extract takes files")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES and not force:
            with p.open("rb") as f:
                head = f.read(4096)
            document = is_document(head)
            if document and size > MAX_DOCUMENT_BYTES:
                raise _too_big(name, size)
            if not document:
                check_size(name, size // 3, force, approximate=True)
        return name, p.read_bytes()
    except OSError as err:
        raise ReportError(name, f"cannot be read ({err.strerror})") from None


def check_size(name: str, n_chars: int, force: bool, approximate: bool = False) -> None:
    if n_chars > MAX_CHARS and not force:
        about = "about " if approximate else ""
        raise ReportError(name, f"has {about}{n_chars:,} characters, more than any work report (the limit is "
                          f"{MAX_CHARS:,})", "pass --force to read it anyway, or split it into one file per report")


def read_reports(path: str | Path, force: bool = False) -> list[Document]:
    """Every report in a file, read (kg.loaders.read.read_text): one Document for a report file,
    several for a file that holds several reports. A file larger than MAX_CHARS characters is
    refused unless ``force``; so is a file that does not look like a report."""
    name, data = read_bytes(path, force)
    laid_out = document_text(data, name)
    if laid_out is not None:
        # a PDF, a Word file or a web archive holds one report; its size is that of its text
        del data
        text, kind = laid_out
        check_size(name, len(html_text(text)[0] if kind == "mhtml" else text), force)
        return [read_laid_out(*laid_out, name, force=force)]
    text, encoding = decode(data, name)
    del data
    if looks_like_html(text):
        # a web page holds one report; its size is that of its text, not of its markup
        check_size(name, len(html_text(text)[0]), force)
        return [read_text(text, name, encoding, force=force)]
    check_size(name, len(text), force)
    return [read_text(part, part_name, encoding, force=force) for part_name, part in split_reports(text, name)]
