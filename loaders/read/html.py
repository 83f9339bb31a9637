"""A saved web page → its text, with a map back to the page's own characters.

Reports are published as web pages, and a user saves the page (``.html``) or pastes its source. The
page's markup is not the report: tags, scripts, styles and the ``<head>`` are dropped, a block
element (``<p>``, ``<div>``, ``<br>``, ``<li>``, ``<h1>``, a table's ``<tr>`` …) ends a line and a
table's cells are apart by a space (empty lines are dropped: a paragraph is a line, as in the text
files reports are saved as), a line break inside a paragraph of the source is a space (as a browser
shows it), and character references
(``&ldquo;``, ``&nbsp;``, ``&#36825;``) are the characters they stand for. The parsing is the
standard library's :class:`html.parser.HTMLParser`; this module only records, for every character
of the text it gives, the offset in the page of the character (or the tag, or the reference) it
came from, so evidence offsets still point into the file as saved.

A page's own chrome that is made of links is no report text: a line whose Han characters are
(four in five or more) the text of ``<a href>`` links, and whose text outside the links holds no
mark of a sentence (。，、；！？: a date, a label such as 上一篇：, a separator is all there is), is
dropped — a menu, a headline list of related articles (相关阅读), 上一篇/下一篇, a footer's site
links. A report's sentence keeps its marks outside the names it links (制定<a>《X条例》</a>。); a
heading (``<h1>`` … ``<h6>``), and a report's title (…工作报告) outside a list item, are kept even
when they are links, since a report's title often links to its own page. An ``<a>`` opened inside
another that was never closed closes it, as a browser's parser does.
"""

from __future__ import annotations

import re
from html.entities import name2codepoint
from html.parser import HTMLParser

# elements whose content is no text of the page
_SKIPPED = frozenset({"script", "style", "head", "title", "noscript", "template", "svg", "iframe", "object", "select", "textarea"})
# elements that start and end a line of text
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "center", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "table", "tbody", "tfoot", "thead", "tr", "ul", "body", "html",
})
# a table's cells: a row is a line, its cells apart by a space (an info table's 发布机构： | 甘肃省人民政府办公厅
# is one line, as a browser shows it and a copy gives it)
_CELLS = frozenset({"td", "th"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LINK_SHARE = 0.8  # (a line whose Han characters are this share or more link text is a page's link list)
_SENTENCE_MARKS = frozenset("。，、；！？")
# a report's title (…政府工作报告) as a link outside a list: kept, as a title that links to its own page is
_REPORT_TITLE = re.compile(r"工作报告|报告工作")
# a page, not a text that happens to hold an angle bracket: a doctype, an <html>/<body> tag, or
# several paragraph, line-break or division tags
_DOCTYPE = re.compile(r"\A\s*(?:\ufeff)?\s*<!doctype\s+html|<html[\s>]|<body[\s>]", re.IGNORECASE)
_BLOCK_TAG = re.compile(r"<(?:p|br|div)(?:\s[^<>]{0,400})?/?>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True for a web page's source: a doctype or an <html>/<body> tag in its first 4,000
    characters, or at least three <p>, <br> or <div> tags in its first 20,000."""
    if _DOCTYPE.search(text[:4000]):
        return True
    return len(_BLOCK_TAG.findall(text[:20000])) >= 3


class _Text(HTMLParser):
    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=False)
        self.page = page
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", page)]
        self.chars: list[str] = []
        self.origin: list[int] = []
        self.decoded: dict[int, str] = {}  # offset in the page → the character a tag or a reference there gives
        self.skipping: list[str] = []
        self.link: bool | None = None  # the <a> open around the text: one with an href (True), without (False), none
        self.headings = 0  # heading elements open
        self.line_start = 0  # index in chars where the current line starts
        self.han = self.linked = 0  # Han characters of the current line, and those inside links
        self.marked = False  # the current line has a mark of a sentence outside its links
        self.heading_line = False  # part of the current line is inside a heading
        self.items = 0  # <li> elements open
        self.item_line = False  # part of the current line is inside a list item

    def _at(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _end_line(self) -> None:
        """Drop the current line when it is a list of links (see the module's text)."""
        if (self.linked and self.linked >= _LINK_SHARE * self.han and not self.marked and not self.heading_line
                and (self.item_line or not _REPORT_TITLE.search("".join(self.chars[self.line_start :])))):
            del self.chars[self.line_start :]
            del self.origin[self.line_start :]
        self.han = self.linked = 0
        self.marked = False
        self.heading_line = self.headings > 0
        self.item_line = self.items > 0

    def _emit(self, char: str, at: int, decoded: bool = False) -> None:
        if char == "\n":
            self._end_line()
        if char == " " and (not self.chars or self.chars[-1] in " \n"):
            return  # (runs of white space are one space; none at a line's start)
        if char == "\n" and self.chars and self.chars[-1] == " ":
            self.chars.pop()
            self.origin.pop()
        if char == "\n" and (not self.chars or self.chars[-1] == "\n"):
            return  # (blocks one after another, or empty ones, end one line: a paragraph is a line, as in a text file)
        self.chars.append(char)
        self.origin.append(at)
        if decoded:
            self.decoded[at] = char
        if char == "\n":
            self.line_start = len(self.chars)
        elif "\u4e00" <= char <= "\u9fff":
            self.han += 1
            self.linked += self.link is True
            self.heading_line = self.heading_line or self.headings > 0
            self.item_line = self.item_line or self.items > 0
        elif char in _SENTENCE_MARKS and not self.link:
            self.marked = True

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIPPED:
            self.skipping.append(tag)
            return
        if not self.skipping and tag in _BLOCKS:
            self._emit("\n", self._at(), decoded=True)
        elif not self.skipping and tag in _CELLS:
            self._emit(" ", self._at(), decoded=True)
        if tag == "li":
            self.items += 1
        if tag == "a":
            # (an <a> inside an <a> that was never closed: a browser closes the first, and so does this)
            self.link = any(name == "href" for name, _ in attrs)
        elif tag in _HEADINGS:
            self.headings += 1

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if not self.skipping and tag in _BLOCKS:
            self._emit("\n", self._at(), decoded=True)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            if tag in self.skipping:
                while self.skipping and self.skipping.pop() != tag:
                    pass
            return
        if not self.skipping and tag in _BLOCKS:
            self._emit("\n", self._at(), decoded=True)
        if tag == "li" and self.items:
            self.items -= 1
        if tag == "a":
            self.link = None
        elif tag in _HEADINGS and self.headings:
            self.headings -= 1

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        at = self._at()
        for i, char in enumerate(data):
            if char in "\n\t\r\f\v ":
                self._emit(" ", at + i)
            else:
                self._emit(char, at + i)

    def _reference(self, char: str | None, raw: str) -> None:
        if self.skipping:
            return
        at = self._at()
        if char is None:  # (an unknown name: the characters as written, its ; included)
            if self.page.startswith(raw + ";", at):
                raw += ";"
            for i, c in enumerate(raw):
                self._emit(c, at + i)
        elif char in "\u00a0\u3000 ":
            self._emit(" ", at, decoded=True)
        else:
            self._emit(char, at, decoded=True)

    def handle_entityref(self, name: str) -> None:
        code = name2codepoint.get(name)
        self._reference(chr(code) if code is not None else None, f"&{name}")

    def handle_charref(self, name: str) -> None:
        try:
            code = int(name[1:], 16) if name[:1] in ("x", "X") else int(name)
            char = chr(code) if 0 < code < 0x110000 else None
        except ValueError:
            char = None
        self._reference(char, f"&#{name}")


def html_text(page: str) -> tuple[str, list[int], dict[int, str]]:
    """(the page's text, the page offset of each of its characters, the characters that tags and
    references at page offsets stand for)."""
    parser = _Text(page)
    parser.feed(page)
    parser.close()
    parser._end_line()
    chars, origin = parser.chars, parser.origin
    while chars and chars[-1] in " \n":
        chars.pop()
        origin.pop()
    return "".join(chars), origin, parser.decoded
