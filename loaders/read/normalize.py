"""The text as found → the text the reader and extractor work on, with a map back.

Reports reach users as Hong Kong and Macau reposts in traditional characters, big5 gateways that
gloss every other character with pinyin (會(huì)議), pages with watermark lines and injected spam,
and forum copies that censor characters or space out digits. Each rule below is a named unit that
either deletes characters (noise) or replaces one character by one character (script, censoring);
:func:`normalize_source` applies them all and keeps, for every character of the working text, the
offset of the character of the original it came from. Evidence offsets are mapped back through
that map, so ``original[start:end]`` is always the sentence as the file has it.

The width and punctuation folding of :func:`kg.text.normalize` (one character to one character)
runs after this, on the working text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from ..lexicon import alternation_in_order as _alt
from ..lexicon import words

_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"


@dataclass(frozen=True)
class DeleteRule:
    """Characters to drop: every match of ``pattern`` (or of its group ``group``)."""

    name: str
    pattern: re.Pattern[str]
    example: str  # what the rule removes, for the docs and the rule tests
    group: int = 0
    needs: str = ""  # a string every match contains: a text without it is not scanned


# The patterns below open with the characters they delete and check the character before them with
# a look-behind placed after the first one (``[(（](?<=[Han][(（])`` rather than ``(?<=[Han])[(（]``):
# Python's engine scans for a pattern's first characters at C speed but tries a pattern that opens
# with a look-behind at every position of the text. Same matches.


# pinyin glossing a character in big5 reposts: 會(huì )議, 報(bào)告 (a toned syllable in brackets after a Han character)
PINYIN_GLOSS = DeleteRule(
    "pinyin_gloss",
    re.compile(rf"[(（](?<=[{_HAN}][(（])\s*(?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,8}}\s*[)）]"),
    "會(huì )議 → 會議",
)
# a watermark glued to lines: 文章源自英文巴士-https://www.example.com/1.html
WATERMARK = DeleteRule(
    "watermark",
    re.compile(rf"(?:(?:文章|本文|内容|資料|资料)?(?:{_alt('watermark_sources.txt')})[^\s，。,\n]{{0,24}}?[-—–:：]?\s*)?"
               r"https?://[\x21-\x7e]+"),
    "…上文章源自某网-https://www.example.com/1.html → …上",
    needs="http",
)
# a space inside Chinese running text (PDF line joins, forum copies: 2023 年 2 月, 审议 法规)
SPACE_IN_HAN = DeleteRule(
    "space_in_han",
    re.compile(rf"[ \t\u3000\xa0](?<=[{_HAN}\d%][ \t\u3000\xa0])[ \t\u3000\xa0]*(?=[{_HAN}])"
               rf"|[ \t\u3000\xa0](?<=[{_HAN}][ \t\u3000\xa0])[ \t\u3000\xa0]*(?=\d)"),
    "2023 年 2 月 → 2023年2月",
)
# zero-width characters some sites sprinkle through text
ZERO_WIDTH = DeleteRule("zero_width", re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]"), "法\u200b律 → 法律")

# a line of zero-width characters only that some pages put inside a sentence (a page-break marker):
# …国内生产总值达到74.4 / \u200b / 万亿元，增长6.7% — the sentence goes on across it (a sentence's end before it
# keeps the paragraph break)
BREAK_MARKER = DeleteRule(
    "break_marker",
    re.compile(rf"\n(?<=[^\s。！？；：”」』）)!?;:]\n)[ \t]*[\u200b\u200c\u200d\u2060\ufeff]+[ \t]*\n(?=[{_HAN}\d，、。；%“”（])"),
    "国内生产总值达到74.4\n\u200b\n万亿元 → 国内生产总值达到74.4万亿元",
    needs="\u200b",
)

# a title a page links on a line of its own (a wiki copy: 制定《\n突发公共卫生事件应急条例\n》，将…): the line
# breaks inside the book-title marks are no paragraph breaks
TITLE_LINK_BREAK = DeleteRule(
    "title_link_break",
    # (the spaces a page leaves around the break go with it: 《　\n　条例　\n　》)
    re.compile(r"《([ \t\u3000]*\r?\n[ \t\u3000]*)(?=[^《》\n]{1,60}?(?:[ \t\u3000]*\r?\n[ \t\u3000]*)?》)"),
    "制定《\n突发公共卫生事件应急条例\n》 → 制定《突发公共卫生事件应急条例》",
    group=1,
    needs="《",
)
TITLE_LINK_CLOSE = DeleteRule(
    "title_link_close",
    re.compile(r"[ \t\u3000]*\r?\n[ \t\u3000]*(?=》)"),
    "突发公共卫生事件应急条例\n》 → 突发公共卫生事件应急条例》",
    needs="》",
)

# a word a page links, on a line of its own inside a sentence (a wiki copy: …持续提升。新建\n高速铁路\n投产里程超过
# 1900公里; 广义货币M\n2\n增长11.3%): the line before runs on (8 characters at least, ending in a word, not a
# sentence's end or a date: 时间：2026-02-24\n毛伟明\n2月3日 is a byline) and the
# line after goes on with the sentence, so both breaks are inside it. A short line after a sentence's end
# stays (a heading such as 各位代表 may stand there), and so does the label of a page's list of other
# articles (…政务公开 > 政府工作报告\n相关阅读\n省人大常委会审议通过…: page_list_labels.txt)
_LINK_LINE = (rf"(\n)(?<=[^\n]{{7}}[{_HAN}A-Za-z]\n)(?!(?:{_alt('page_list_labels.txt')})\r?\n)[{_HAN}\dA-Za-z.]{{1,8}}(\r?\n)"
              rf"(?=[{_HAN}\d，、%])")
LINK_LINE_BEFORE = DeleteRule("link_line_before", re.compile(_LINK_LINE), "持续提升。新建\n高速铁路\n投产里程 → 新建高速铁路\n投产里程", group=1)
LINK_LINE_AFTER = DeleteRule("link_line_after", re.compile(_LINK_LINE), "新建\n高速铁路\n投产里程 → 新建\n高速铁路投产里程", group=2)

DELETE_RULES: tuple[DeleteRule, ...] = (PINYIN_GLOSS, WATERMARK, SPACE_IN_HAN, BREAK_MARKER, TITLE_LINK_BREAK, TITLE_LINK_CLOSE, ZERO_WIDTH,
                                        LINK_LINE_BEFORE, LINK_LINE_AFTER)


# a line of a wrapped text that ends its sentence: the sentence's mark, then closing quotes or brackets
# (…的决定。” ends one; …“万企兴万村” and …高速（一级） stop mid-sentence, at a name's closing mark)
_SENTENCE_END = re.compile(r"[。！？；：!?;:][”」』’）)]*$")
# what a wrapped line's continuation may open with (after its leading spaces): text and its marks, full- or
# half-width (no bullet and no dash: those open a paragraph of their own)
_CONTINUATION = re.compile(rf"[{_HAN}\dA-Za-z，、。；：！？“”’%（）《》〈〉【】‘,.;:!?()]")
_NUMBERED_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分)")
# a run a layout keeps on one line: a number (with its point and per cent), a Latin word
_UNBROKEN = re.compile(r"[0-9A-Za-z.%‰]+")
# a PDF's page number, on a line of its own where a page ended: — 12 —, - 12 -, 第3页, 第3页 共20页, 12
_PAGE_NUMBER = re.compile(r"\s*(?:[—－–-]\s*\d{1,3}\s*[—－–-]|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?|\d{1,3})\s*")


def hard_wraps(text: str) -> list[int]:
    """The line breaks of a text wrapped at a fixed width (a PDF or a print view copied as is): most
    long lines have the same length W, and a line of about W characters that does not end a sentence
    continues on the next line (…审议大数据发展应用促进条例，为企业成长、人才聚集打 / 造良好环境). Where a
    page ended inside the sentence, the page number the copy keeps on a line of its own (— 5 —) goes
    with the breaks around it. Returns the offsets of those breaks and page numbers; none when the text
    is not wrapped."""
    lines = text.split("\n")
    long_ = [_columns(x.rstrip("\r")) for x in lines if len(x.strip()) >= 20]
    if len(long_) < 8:
        return []
    width = max(set(long_), key=long_.count)
    if width > 200 or sum(1 for n in long_ if abs(n - width) <= 3) < 0.5 * len(long_):
        return []
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    out = []
    for i, line in enumerate(lines[:-1]):
        body = line.rstrip("\r")
        columns = _columns(body)
        if columns > width + 3 or _SENTENCE_END.search(body):
            continue
        after = i + 1
        if _PAGE_NUMBER.fullmatch(lines[after].rstrip("\r")) and after + 1 < len(lines):
            after += 1  # (the page number's line and its break go too)
        nxt = lines[after].lstrip()
        # a full line, or one a number or a Latin word did not fit on: a layout breaks no 1006.6 or GDP
        unbroken = _UNBROKEN.match(nxt)
        full = columns >= width - 3 or (unbroken is not None and columns + _columns(unbroken.group(0)) > width)
        # a numbered heading as wide as a line goes on only into its own short tail, no sentence
        # (四、坚持立良法促发展保善治，…展现新作为 / 坚持科学立法、民主立法… is a heading, then its section's first paragraph)
        if _NUMBERED_HEADING.match(body) and ("。" in nxt or _columns(nxt.rstrip("\r")) >= width - 3):
            continue
        if full and _CONTINUATION.match(nxt):
            out.extend(range(starts[i] + len(line), starts[after]))  # (the break, or the break, page number and break)
    return out


def _columns(line: str) -> int:
    """A line's width as a terminal or a PDF lays it out: wide (CJK) characters take two columns."""
    wide_bmp, astral = _wide_rx()
    n = len(line) * 2 - len(wide_bmp.sub("", line))  # every character once, the wide ones twice
    for ch in astral.findall(line):
        if unicodedata.east_asian_width(ch) in "WF":
            n += 1
    return n


@cache
def _wide_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A character class of the wide and full-width characters of the Basic Multilingual Plane (from
    the running Python's unicodedata), and one of the characters beyond it, looked up one by one."""
    ranges: list[tuple[int, int]] = []
    for cp in range(0x10000):
        if unicodedata.east_asian_width(chr(cp)) in "WF":
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    cls = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return re.compile(f"[{cls}]+"), re.compile("[\U00010000-\U0010ffff]")


HARD_WRAP_EXAMPLE = "为企业成长、人才聚集打\n造良好环境 → 为企业成长、人才聚集打造良好环境 (in a text wrapped at a fixed width)"


@cache
def _spam() -> re.Pattern[str] | None:
    """Words hijacked pages inject into report text (gambling brands), from ontology/lexicon/web_spam.txt."""
    ws = words("web_spam.txt")
    return re.compile("(?:" + "|".join(map(re.escape, ws)) + r")[:：]?") if ws else None


@dataclass(frozen=True)
class ReplaceRule:
    """One character for one character: offsets do not move."""

    name: str
    apply: Callable[[str], str]
    example: str


# a character censored on forum copies: X中央, *中央, X的二十大 → 党 (the one word these sites mask)
_CENSORED = re.compile(r"[X＊*](?<![A-Za-z][X＊*])(?=中央|的(?:十|二十)|和国家|组书记|组成员|委(?:书记|常委)|的领导)")
# and 毒 of 病毒 on copies from the years of the epidemic (新型冠状病*肺炎)
_CENSORED_DU = re.compile(r"[X＊*](?<=病[X＊*])(?=肺炎|感染|疫情|性|防控)")


def _uncensor(text: str) -> str:
    return _CENSORED_DU.sub("毒", _CENSORED.sub("党", text))


UNCENSOR = ReplaceRule("uncensor", _uncensor, "X中央 → 党中央")

# a text copied as one line (a page's text without its breaks, a field of a feed): longer than any paragraph
# of a report (the longest of the shared reports has 1,386 characters), with the spaces it kept where its
# paragraphs met — a run of two or more, or one after a sentence's end
_RUN_ON = 3000
_PARAGRAPH_GAP = re.compile(r"(?<=\S)(?:[ \t\u3000\xa0]{2,}|(?<=[。！？])[ \t\u3000\xa0])(?=\S)")


def _run_on_paragraphs(text: str) -> str:
    """``text`` itself where no line is longer than _RUN_ON."""
    if max(map(len, text.split("\n"))) <= _RUN_ON:
        return text
    chars = list(text)
    pos = 0
    for line in text.split("\n"):
        if len(line) > _RUN_ON:
            for m in _PARAGRAPH_GAP.finditer(line):
                chars[pos + m.start() : pos + m.end()] = "\n" * (m.end() - m.start())  # (empty lines after the first)
        pos += len(line) + 1
    return "".join(chars)


RUN_ON = ReplaceRule("run_on_paragraphs", _run_on_paragraphs, "…予以审议。  一、过去一年… (one line) → …予以审议。\n\n一、过去一年…")


@cache
def _t2s() -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC("t2s").convert  # type: ignore[no-any-return]


_HAN_RUN = re.compile(rf"[{_HAN}]+")


def traditional_share(text: str) -> float:
    """The share of Han characters that OpenCC's t2s would change (about 0.3 in traditional text, 0 in simplified)."""
    han = len(text) - len(_HAN_RUN.sub("", text))
    if not han:
        return 0.0
    return (len(text) - len(_t2s_changes().sub("", text))) / han


@cache
def _t2s_changes() -> re.Pattern[str]:
    """The Han characters t2s changes, each converted alone (3,761 of the 27,584; found once, in 15 ms):
    a report's are counted by deleting their runs, where a set of its characters cost a tenth of
    the reading time."""
    han = {chr(c) for a, b in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF)) for c in range(a, b + 1)}
    return re.compile("[" + "".join(map(re.escape, sorted(_changed_by_t2s(han)))) + "]+")


def _changed_by_t2s(chars: set[str]) -> list[str]:
    """The characters t2s changes, each converted alone. One call converts them all, one a line: a
    phrase never spans a line break, so each line is converted as the character alone would be (a
    call per character cost a third of the reading time); one by one if the lines do not come back."""
    convert = _t2s()
    ordered = sorted(chars)
    out = convert("\n".join(ordered)).split("\n")
    if len(out) != len(ordered):
        out = [convert(ch) for ch in ordered]
    return [ch for ch, c in zip(ordered, out, strict=True) if c != ch]


def to_simplified(text: str) -> str:
    """Traditional → simplified with OpenCC (t2s), one character for one character.

    OpenCC converts phrases as well as characters; where a line comes out with another length
    (rare), that line is converted character by character instead, so offsets never move.
    """
    convert = _t2s()
    out = convert(text)
    if len(out) == len(text):
        return out
    lines = []
    for line in text.split("\n"):
        c = convert(line)
        if len(c) != len(line):
            c = "".join(x if len(x := convert(ch)) == 1 else ch for ch in line)
        lines.append(c)
    return "\n".join(lines)


TO_SIMPLIFIED = ReplaceRule("to_simplified", to_simplified, "全國人大常委會 → 全国人大常委会")

# a text is converted when this share of its Han characters is traditional-only
TRADITIONAL_THRESHOLD = 0.02


@dataclass
class Normalized:
    """The working text and, per character, the offset of the original character it came from."""

    text: str
    original: str
    origin: list[int] = field(default_factory=list)  # empty when nothing was deleted (identity)
    traditional: bool = False
    applied: dict[str, int] = field(default_factory=dict)  # rule name → characters it touched


_KEPT = re.compile(rb"\x00+")


# rules for a copy of a page's text, where each link stood on a line of its own: in a page's own source
# (kg.loaders.read.html) a link is inline, and a line ends where the page's author ended a block; in a
# text wrapped at a fixed width, a short line is the end of a paragraph
_LINKS_ON_LINES = frozenset({"title_link_break", "title_link_close", "link_line_before", "link_line_after"})


def normalize_source(original: str, page: bool = False, laid_out: bool = False) -> Normalized:
    """Apply every rule: a text copied as one line cut into its paragraphs (one character for one), then
    deletions, then one-for-one replacements. ``page``: the text of a web page's source, whose lines are
    its blocks (no rule for links on lines of their own). ``laid_out``: the text of a PDF or a Word
    file, whose lines are its paragraphs already (no rule for links on lines of their own, no hard
    wraps)."""
    drop = bytearray(len(original))
    applied: dict[str, int] = {}
    # (before the deletions: the spaces between two paragraphs are spaces between Han characters too)
    source = RUN_ON.apply(original)
    cut = 0 if source is original else sum(1 for x, y in zip(original, source, strict=True) if x != y)
    if cut:
        applied[RUN_ON.name] = cut
    spam = _spam()
    # (a text wrapped at a fixed width has a paragraph's short last line where a wiki copy has a link)
    wraps = [] if laid_out else hard_wraps(source)
    rules: list[tuple[str, re.Pattern[str], int]] = [(r.name, r.pattern, r.group) for r in DELETE_RULES
                                                     if not ((page or laid_out or wraps) and r.name in _LINKS_ON_LINES)]
    if spam is not None:
        rules.append(("web_spam", spam, 0))
    needs = {r.name: r.needs for r in DELETE_RULES}
    for name, pattern, group in rules:
        n = 0
        if needs.get(name) and needs[name] not in source:
            continue
        for m in pattern.finditer(source):
            a, b = m.span(group)
            for i in range(a, b):
                if not drop[i]:
                    drop[i] = 1
                    n += 1
        if n:
            applied[name] = n
    for i in wraps:
        drop[i] = 1
        if i and source[i - 1] == "\r":
            drop[i - 1] = 1
    if wraps:
        applied["hard_wrap"] = len(wraps)
    if any(drop):
        # the runs of characters kept, each copied whole
        origin, pieces = [], []
        for run in _KEPT.finditer(drop):
            origin.extend(range(run.start(), run.end()))
            pieces.append(source[run.start() : run.end()])
        text = "".join(pieces)
    else:
        origin, text = [], source
    traditional = traditional_share(text) > TRADITIONAL_THRESHOLD
    replace = [UNCENSOR] + ([TO_SIMPLIFIED] if traditional else [])
    for rule in replace:
        new = rule.apply(text)
        assert len(new) == len(text), rule.name
        n = 0 if new == text else sum(1 for a, b in zip(text, new, strict=True) if a != b)
        if n:
            applied[rule.name] = n
        text = new
    return Normalized(text=text, original=original, origin=origin, traditional=traditional, applied=applied)
