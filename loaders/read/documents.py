"""A report saved as a PDF, a Word file (.docx) or a web archive (.mhtml) → its text.

Reports are published as PDFs (a congress's gazette, a government's download) and passed around as
Word files as often as they are posted as pages. Neither is text: this module gives the text a
reader sees, and that text is the report's from then on (evidence offsets point into it, as they
point into a text file; ``kg extract``'s evidence holds each sentence as it reads there).

**PDF** (PDFium, through ``pypdfium2``): the text layer of each page, line by line, with each line's
left and right ends on the page. A PDF breaks every line of a paragraph at the page's right margin,
so a line is joined to the next where it reaches that margin (within a character and a half) and the
next starts at the left margin (not indented by the two characters that open a paragraph in the
genre) and close below it; a line short of the margin, or before an indented line, a wide gap or a
heading set apart, ends its paragraph. The same holds across a page break. A page number (— 3 —,
第3页, 3) at a page's top or bottom is dropped, and so is a running header or footer, a line that
comes back at the top or bottom of most pages. Han characters on the two sides of a join are joined
with nothing between, Latin words with a space. A PDF without a text layer (a scan) or with a
password is refused with the fix.

**Web archive** (``.mht``/``.mhtml``, a browser's "save as a single file"): the archived page's HTML,
taken out of its MIME envelope (the standard library's ``email``), read as a web page is
(kg.loaders.read.html); offsets point into that HTML.

**Word** (``python-docx``): the document's paragraphs and its tables' rows in the document's order,
a paragraph a line (a manual line break inside one starts a new line), a row's cells apart by a
space, with tracked changes as accepted (an insertion's text in, a deletion's and a move's origin out) and the text of
content controls (w:sdt). A paragraph that Word numbers itself (a list or a
heading style with numbering: 一、 （一） 1.) gets its number written before it, as Word shows it, since
the report's parts are told by those numbers.
"""

from __future__ import annotations

import io
import re
import statistics
import zipfile
from collections import Counter
from itertools import pairwise

from kg.errors import ReportError

_PAGE_NUMBER = re.compile(r"\s*(?:[—－–-]\s*\d{1,4}\s*[—－–-]|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}(?:\s*/\s*\d{1,4})?)\s*")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
_LATIN_END = re.compile(r"[A-Za-z0-9]$")
_LATIN_START = re.compile(r"^[A-Za-z0-9]")
# what a layout does not break: a run of digits and Latin letters with its marks, or a character with
# the closing marks after it
_UNBREAKABLE = re.compile(r"[(（]?[0-9A-Za-z\u00c0-\u024f.%‰+\-]+[)）]?[，。、；：！？”’）》%]*|.[，。、；：！？”’）》]*")
# what a browser prints around each page: a date and time at the top (12/1/26, 7:49 AM), the address and
# the page's number at the bottom (file:///…/report.html 3/13)
_PRINTED_STAMP = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\b.*|.*\s\d{1,4}\s*/\s*\d{1,4}", re.IGNORECASE)


def document_text(data: bytes, name: str) -> tuple[str, str] | None:
    """``(text, kind)`` for a PDF, a Word file or a web archive, ``kind`` being ``pdf``, ``docx`` or
    ``mhtml``; None for any other file (text, a page, or a format ``decode`` refuses)."""
    if data.startswith(b"%PDF"):
        return pdf_text(data, name), "pdf"
    if data.startswith(b"PK\x03\x04") and _is_docx(data):
        return docx_text(data, name), "docx"
    if is_mhtml(data[:4096]):
        return mhtml_page(data, name), "mhtml"
    return None


# a MIME envelope around a page: the file opens with headers (Name: value lines, up to the first empty
# line) that hold MIME-Version and a multipart/related Content-Type, in either order
_HEADER_LINE = re.compile(rb"[!-9;-~]+:")


def is_mhtml(head: bytes) -> bool:
    """True for the first bytes of a web archive (.mht/.mhtml)."""
    block = re.split(rb"\r?\n\r?\n", head, maxsplit=1)[0]
    if not _HEADER_LINE.match(block):
        return False
    lower = block.lower()
    return b"mime-version:" in lower and re.search(rb"content-type:\s*multipart/related", lower) is not None


def mhtml_page(data: bytes, name: str) -> str:
    """The HTML of the page a web archive holds: its first text/html part, decoded."""
    import email
    import email.policy

    from .decode import decode

    message = email.message_from_bytes(data, policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            raw = part.get_payload(decode=True)
            # (a browser names no charset on the part: the page's own <meta> does; the bytes are read as
            # a file's are, UTF-8, GB18030 or Big5)
            return decode(raw if isinstance(raw, bytes) else b"", name)[0]
    raise ReportError(name, "is a web archive (MHTML) without a page in it", "open it in a browser and save the page as .html")


def is_document(head: bytes) -> bool:
    """True for the first bytes (4 KB will do) of a file this module may read: a PDF, a ZIP (a Word file
    or another Office file) or a web archive; its size is not that of its text."""
    return head.startswith((b"%PDF", b"PK\x03\x04")) or is_mhtml(head)


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except zipfile.BadZipFile:
        return False


# ---------------------------------------------------------------- PDF


class _Line:
    __slots__ = ("text", "left", "right", "bottom", "top")

    def __init__(self, text: str, left: float, right: float, bottom: float, top: float) -> None:
        self.text, self.left, self.right, self.bottom, self.top = text, left, right, bottom, top


def _page_lines(page) -> list[_Line]:  # type: ignore[no-untyped-def]
    """The page's lines as PDFium orders its characters (it puts \\r\\n between lines), with the boxes
    of their first and last characters. Read character by character: a glyph without a Unicode value
    has an index but no text, so the text's offsets are not the characters' indexes."""
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        out: list[_Line] = []
        chars: list[str] = []
        first = last = -1
        count = textpage.count_chars()

        def close() -> None:
            text = "".join(chars).strip()
            if text and first >= 0:
                left, bottom, _, top = textpage.get_charbox(first)
                _, bottom2, right, top2 = textpage.get_charbox(last)
                out.append(_Line(text, left, right, min(bottom, bottom2), max(top, top2)))

        i = 0
        while i < count:
            code = raw.FPDFText_GetUnicode(textpage.raw, i)
            if 0xD800 <= code < 0xDC00 and i + 1 < count:  # (a character beyond the BMP in two halves)
                low = raw.FPDFText_GetUnicode(textpage.raw, i + 1)
                if 0xDC00 <= low < 0xE000:
                    chars.append(chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)))
                    last = i + 1 if not chars[-1].isspace() else last
                    first = i if first < 0 else first
                    i += 2
                    continue
            if code in (10, 13):
                if code == 10 or (i + 1 < count and raw.FPDFText_GetUnicode(textpage.raw, i + 1) != 10):
                    close()
                    chars, first, last = [], -1, -1
            elif code and not 0xD800 <= code < 0xE000:
                ch = chr(code)
                chars.append(ch)
                if not ch.isspace():
                    first = i if first < 0 else first
                    last = i
            i += 1
        close()
        return out
    finally:
        textpage.close()


def pdf_text(data: bytes, name: str) -> str:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        if "password" in str(err).lower():
            raise ReportError(name, "is a password-protected PDF", "open it and save a copy without the password") from None
        raise ReportError(name, f"is a PDF that cannot be read ({err})", "save the report's text as a .txt file") from None
    try:
        pages: list[list[_Line]] = []
        for i in range(len(pdf)):
            try:
                page = pdf[i]
            except pdfium.PdfiumError as err:
                raise ReportError(name, f"is a PDF whose page {i + 1} cannot be read ({err})",
                                  "save the report's text as a .txt file") from None
            try:
                pages.append(_page_lines(page))
            finally:
                page.close()
    finally:
        pdf.close()
    if not any(_HAN.search(line.text) for lines in pages for line in lines):
        raise ReportError(name, "is a PDF without Chinese text (a scan has only images of its pages)",
                          "run OCR on it first, or save the report's text as a .txt file")
    _drop_page_furniture(pages)
    return _paragraphs(pages)


def _drop_page_furniture(pages: list[list[_Line]]) -> None:
    """Page numbers and running headers and footers: lines at a page's top or bottom that are a page
    number or a browser's print stamp, or that come back (digits aside) at the top or bottom of most
    pages."""
    def key(line: _Line) -> str:
        return re.sub(r"\d+", "#", line.text)

    edges: Counter[str] = Counter()
    for lines in pages:
        for line in {id(x): x for x in lines[:2] + lines[-2:]}.values():
            edges[key(line)] += 1
    running = {k for k, n in edges.items() if len(pages) >= 3 and n >= max(3, len(pages) // 2)}
    for lines in pages:
        ends = {id(x) for x in lines[:2] + lines[-2:]}
        lines[:] = [x for x in lines if not (id(x) in ends and (_PAGE_NUMBER.fullmatch(x.text) or _PRINTED_STAMP.fullmatch(x.text)
                                                                or key(x) in running))]


def _paragraphs(pages: list[list[_Line]]) -> str:
    body = [line for lines in pages for line in lines if len(line.text) >= 8]
    if not body:
        return "\n".join(line.text for lines in pages for line in lines)
    # the width of a character: the median of the long lines' widths over their characters, wide ones
    # counted twice
    widths = [(x.right - x.left) / max(1, _columns(x.text)) * 2 for x in body if x.right > x.left]
    char = statistics.median(widths) if widths else 10.0
    left = _margin([x.left for x in body], char, low=True)
    right = _margin([x.right for x in body], char, low=False)
    pitches = [a.bottom - b.bottom for lines in pages for a, b in pairwise(lines) if 0 < a.bottom - b.bottom < 4 * char]
    pitch = statistics.median(pitches) if pitches else 2 * char
    out: list[str] = []
    flat = [(p, line) for p, lines in enumerate(pages) for line in lines]
    for k, (page, line) in enumerate(flat):
        if k and _joins(flat[k - 1], (page, line), left, right, char, pitch):
            prev = out[-1]
            out[-1] = prev + (" " if _LATIN_END.search(prev) and _LATIN_START.match(line.text) else "") + line.text
        else:
            out.append(line.text)
    return "\n".join(out)


def _margin(xs: list[float], char: float, low: bool) -> float:
    """The page's left (or right) margin: the end most long lines share, to within half a character
    (justified lines end on it; a short last line or an indented first line does not)."""
    rounded = Counter(round(x / (char / 2)) for x in xs)
    best = max(rounded.items(), key=lambda kv: (kv[1], -kv[0] if low else kv[0]))[0]
    near = [x for x in xs if abs(x / (char / 2) - best) <= 1]
    return min(near) if low else max(near)


def _joins(a: tuple[int, _Line], b: tuple[int, _Line], left: float, right: float, char: float, pitch: float) -> bool:
    (page_a, x), (page_b, y) = a, b
    # a line short of the margin ends its paragraph, unless what opens the next line would not have fit
    # in the gap: a number or a Latin word (1006.6亿元, GDP), or a character with the marks a layout
    # keeps with it (人以上，: no line opens on a comma)
    first = _UNBREAKABLE.match(y.text)
    fits = (_columns(first.group(0)) / 2 * char) if first else char
    if x.right < right - max(1.5 * char, fits + 0.5 * char):
        return False
    if y.left > left + 0.9 * char:  # (an indented line opens one)
        return False
    if page_a == page_b and not (0 < x.bottom - y.bottom <= 1.6 * pitch):  # (a gap sets a heading or a block apart)
        return False
    return page_b - page_a <= 1


def _columns(text: str) -> int:
    """A line's width in half characters as a CJK font sets it: Han, CJK marks, full-width forms and the
    quotes and dashes CJK fonts draw wide take two (normalize._columns, by Unicode's East Asian width,
    counts “”‘’—… as one: the PDF's lines are measured by this one)."""
    return sum(2 if _HAN.match(c) or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef" or c in "“”‘’—…" else 1 for c in text)


# ---------------------------------------------------------------- Word

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default



MAX_DOCX_UNPACKED = 256 * 1024 * 1024  # (a report's document.xml is a few MB; pictures make up the rest)


def docx_text(data: bytes, name: str) -> str:
    import docx

    # (a ZIP says how large its files are unpacked: a Word file that would unpack to more than any report's
    # is refused before it is, so a crafted one cannot take the memory)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        unpacked = sum(info.file_size for info in z.infolist())
    if unpacked > MAX_DOCX_UNPACKED:
        raise ReportError(name, f"is a Word file that unpacks to {unpacked / 1024 / 1024:.0f} MB, more than any work report's "
                          f"(the limit is {MAX_DOCX_UNPACKED // 1024 // 1024} MB)", "save the report's text as a .txt file")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as err:  # (python-docx raises several kinds for a broken package)
        raise ReportError(name, f"is a Word file that cannot be read ({type(err).__name__})",
                          "open it in Word or LibreOffice and save it again, or save the report's text as a .txt file") from None
    lines: list[str] = []
    numbers = _Numbering(document)
    for block in _blocks(document.element.body):
        if block.tag == f"{_W}p":
            text = _paragraph_text(block)
            lines.append(numbers.label(block) + text if text else "")
        else:
            lines.extend(_table_rows(block))
    return "\n".join(x for x in lines if x)


_WRAPPERS = (f"{_W}sdt", f"{_W}sdtContent", f"{_W}ins", f"{_W}customXml", f"{_W}smartTag")


def _table_rows(table) -> list[str]:  # type: ignore[no-untyped-def]
    """A table's rows, read from its XML (each row's cells as written: a cell merged down the rows below
    is text once, in its first row; content controls around rows and cells are looked through)."""
    def children(parent, tag: str):  # type: ignore[no-untyped-def]
        for child in parent:
            if child.tag == tag:
                yield child
            elif child.tag in _WRAPPERS:
                yield from children(child, tag)

    out = []
    for row in children(table, f"{_W}tr"):
        cells = []
        for cell in children(row, f"{_W}tc"):
            t = " ".join(" ".join(_paragraph_text(p) for p in cell.iter(f"{_W}p")).split())
            if t:
                cells.append(t)
        out.append(" ".join(cells))
    return out


def _blocks(parent):  # type: ignore[no-untyped-def]
    """The paragraphs and tables of the body in order, those inside content controls (w:sdt: a cover
    page, a form field around the text) and inserted tracked changes (w:ins) included."""
    for child in parent:
        if child.tag in (f"{_W}p", f"{_W}tbl"):
            yield child
        elif child.tag in _WRAPPERS:
            yield from _blocks(child)


def _paragraph_text(p) -> str:  # type: ignore[no-untyped-def]
    """A paragraph's text as Word shows it with its tracked changes accepted: its runs' text, those of an
    insertion (w:ins) too, not a deletion's (w:delText) or a field's code (w:instrText); a tab a space,
    a line break a new line."""
    out: list[str] = []
    for el in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen"):
        if next(el.iterancestors(f"{_W}moveFrom", _MC_FALLBACK), None) is not None:
            continue  # (text moved elsewhere, shown again where it was moved to; a text box's copy for old readers)
        if el.tag == f"{_W}t":
            out.append(el.text or "")
        elif el.tag == f"{_W}tab":
            out.append(" ")
        elif el.tag == f"{_W}noBreakHyphen":
            out.append("-")
        else:
            out.append("\n")
    return "\n".join(line.strip() for line in "".join(out).split("\n") if line.strip())


_CN_DIGITS = "零一二三四五六七八九"


def _chinese(n: int, digits: str = _CN_DIGITS, ten: str = "十") -> str:
    """1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (as Word counts in Chinese)."""
    if n < 10:
        return digits[n]
    if n < 20:
        return ten + (digits[n - 10] if n > 10 else "")
    if n < 100:
        return digits[n // 10] + ten + (digits[n % 10] if n % 10 else "")
    rest = n % 100
    return digits[n // 100] + "百" + ("" if not rest else (digits[0] + digits[rest] if rest < 10 else _chinese(rest, digits, ten) if rest >= 20 else digits[1] + _chinese(rest, digits, ten)))


def _roman(n: int) -> str:
    out = ""
    for value, mark in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                        (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + mark, n - value
    return out


def _letters(n: int) -> str:
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


_FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"}),
    "decimalEnclosedCircle": lambda n: chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n),
    "decimalEnclosedCircleChinese": lambda n: chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n),
    "chineseCounting": _chinese,
    "chineseCountingThousand": _chinese,
    "taiwaneseCounting": _chinese,
    "taiwaneseCountingThousand": _chinese,
    "ideographTraditional": lambda n: "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10],
    "chineseLegalSimplified": lambda n: _chinese(n, "零壹贰叁肆伍陆柒捌玖", "拾"),
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperLetter": _letters,
    "lowerLetter": lambda n: _letters(n).lower(),
}


class _Numbering:
    """Word's automatic numbers (numbering.xml): each list's levels (their start, format and text such as
    %1、 or （%1）), followed through the paragraphs in order, a level's count restarting under a new
    number of the level above."""

    def __init__(self, document) -> None:  # type: ignore[no-untyped-def]
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}  # numId → level → (start, format, text)
        # the paragraph styles by id, and the default one (read once: a style's numbering is looked up
        # for every paragraph)
        self.styles: dict[str, object] = {}
        self.default_style: str | None = None
        for style in document.styles.element.iter(f"{_W}style"):
            if style.get(f"{_W}type") == "paragraph":
                self.styles[style.get(f"{_W}styleId", "")] = style
                if style.get(f"{_W}default") in ("1", "true", "on"):
                    self.default_style = style.get(f"{_W}styleId")
        self.counts: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            root = None
        abstract: dict[str, dict[int, tuple[int, str, str]]] = {}
        for a in root.iter(f"{_W}abstractNum") if root is not None else ():
            levels = {}
            for lvl in a.iter(f"{_W}lvl"):
                start, fmt, text = lvl.find(f"{_W}start"), lvl.find(f"{_W}numFmt"), lvl.find(f"{_W}lvlText")
                levels[_int(lvl.get(f"{_W}ilvl"), 0)] = (
                    _int(start.get(f"{_W}val"), 1) if start is not None else 1,
                    fmt.get(f"{_W}val", "decimal") if fmt is not None else "decimal",
                    text.get(f"{_W}val", "") if text is not None else "",
                )
            abstract[a.get(f"{_W}abstractNumId", "")] = levels
        for num in root.iter(f"{_W}num") if root is not None else ():
            ref = num.find(f"{_W}abstractNumId")
            levels = dict(abstract.get(ref.get(f"{_W}val", "") if ref is not None else "", {}))
            for over in num.iter(f"{_W}lvlOverride"):
                start = over.find(f"{_W}startOverride")
                k = _int(over.get(f"{_W}ilvl"), 0)
                if start is not None and k in levels:
                    levels[k] = (_int(start.get(f"{_W}val"), 1), *levels[k][1:])
            self.levels[num.get(f"{_W}numId", "")] = levels

    def _num(self, p) -> tuple[str, int] | None:  # type: ignore[no-untyped-def]
        """The paragraph's list and level: its own, or its style's (and the styles that style is based on)."""
        elements = [p]
        ppr = p.find(f"{_W}pPr")
        ref = ppr.find(f"{_W}pStyle") if ppr is not None else None
        style_id = ref.get(f"{_W}val") if ref is not None else self.default_style
        seen: set[str] = set()
        while style_id and style_id in self.styles and style_id not in seen:  # (a cycle of basedOn ends)
            seen.add(style_id)
            style = self.styles[style_id]
            elements.append(style)
            based = style.find(f"{_W}basedOn")
            style_id = based.get(f"{_W}val") if based is not None else None
        num_id, level = None, None
        for element in elements:
            ppr = element.find(f"{_W}pPr")
            numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
            if numpr is None:
                continue
            n, k = numpr.find(f"{_W}numId"), numpr.find(f"{_W}ilvl")
            if num_id is None and n is not None:
                num_id = n.get(f"{_W}val")
            if level is None and k is not None:
                level = _int(k.get(f"{_W}val"), 0)
            if num_id is not None and level is not None:
                break
        if num_id is None or num_id == "0" or num_id not in self.levels:
            return None
        return num_id, level or 0

    def label(self, p) -> str:  # type: ignore[no-untyped-def]
        """The number Word shows before the paragraph ``p`` (a w:p element: 一、, （二）, 3.), or ""."""
        if not self.levels:
            return ""
        found = self._num(p)
        if found is None:
            return ""
        num_id, level = found
        levels = self.levels[num_id]
        if level not in levels:
            return ""
        counts = self.counts.setdefault(num_id, {})
        counts[level] = counts.get(level, levels[level][0] - 1) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]
        start, fmt, text = levels[level]
        if fmt == "none":
            return ""
        if fmt == "bullet":
            return ""  # (a bullet is no number the reader uses)

        def number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            n = counts.get(k, levels.get(k, (1, "", ""))[0])
            return _FORMATS.get(levels.get(k, (1, fmt, ""))[1], str)(n)

        return re.sub(r"%([1-9])", number, text)
