"""Read a report as found on the web into a Document.

Stages: decode bytes, mark the web page around the report (share buttons, 来源/作者/标签 lines,
comments, lists of other articles) as junk without dropping any report text, find the metadata
(title, genre, jurisdiction, session, date, speaker), the past and plan parts, numbered sections,
paragraphs, lead sentences and sentences, all with offsets into the decoded text.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path

from kg.errors import ReportError
from kg.model import Document, Genre, Paragraph, Section, Sentence

from ..lexicon import alternation_in_order as _alt
from ..lexicon import jurisdiction, jurisdictions, table
from .decode import decode
from .documents import document_text
from .html import html_text, looks_like_html
from .normalize import normalize_source
from .sentences import normalize, sentences

# ---------------------------------------------------------------- web junk

_JUNK_LINE = re.compile(
    rf"^(?:手机扫码.*|扫一扫.*|分享(?:到)?[：:]?.*|支付宝|微信|微博|QQ空间|"
    # a row of buttons: 打印本页 关闭窗口, 【打印】【关闭】, 返回顶部
    rf"(?:[【\[]?(?:{_alt('page_junk_buttons.txt')})[】\]]?[\s|｜/·]*){{1,8}}|"
    # pages of an article: 共3页 上一页 1 2 3 下一页
    r"(?=.*(?:上一页|下一页))(?:共\s*\d+\s*页\s*)?(?:(?:首页|上一页)\s*)*[\d\s]*(?:(?:下一页|尾页)\s*)*|"
    rf"【?字号[：:]?.*|{_alt('page_junk_font_sizes.txt')}|[【】]|"
    # a byline's or an info table's fields: 来源：…, (责任编辑：李四), 索引号：…, 发文机关：…
    rf"[(\[（【]?(?:{_alt('page_junk_fields.txt')})[：:].{{0,120}}|"
    r"浏览\s*\d+\s*评论\s*\d+|发表评论|评论|相关(?:报道|阅读|新闻|文章)[：:]?.*|上一篇.*|下一篇.*|"
    r"◎?欢迎参与讨论.*|.*版权所有.*|.*ICP备.*|.*公网安备.*|\d{2}\s*\d{2}月|\d{4}-\d{2}-\d{2}(?:\s+\d{2}:\d{2}(?::\d{2})?)?|"
    r".{0,40}记者.{0,12}摄\s*|【纠错】.*|"
    r".*(?:公有领域|许可协议|知识共享|Creative Commons|版权声明).*)$"
)
# a page's breadcrumb trail: 首页 > 要闻, 当前位置：首页 » 新闻中心 » 政务要闻 (its words name the site's
# sections, 政府工作报告 among them, not the report)
_BREADCRUMB = re.compile(
    r"^(?:(?:当前|您(?:现在)?的|所在)位置[：:]\s*)?(?:网站首页|首页|主页)(?:\s*[>＞»›/]\s*[^>＞»›/]{1,20}?){0,6}\s*[>＞»›/]?\s*$"
)
# a menu on one line: two or more short names between bars (网站地图 | 联系我们 | 使用帮助)
_MENU_LINE = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:\s*[|｜]\s*[\u4e00-\u9fff]{2,8})+$")
# a menu down the page: four or more lines in a row, each a short name (首页 / 政务公开 / 办事服务 / 互动交流)
_MENU_ITEM = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
# a page's list of other articles: a label over it (相关阅读, 点击排行), a headline with its date stamp
# (…食品安全条例 2026-01-20, …[01-22], …(2025/01/22)), the articles before and after (上一篇：…)
_LIST_LABEL = re.compile(rf"^(?:{_alt('page_list_labels.txt')})\s*(?:[：:>»›]\s*)?$")
_LIST_LINE = re.compile(
    r"^(?:上一篇|下一篇|上一条|下一条)[：:]|"
    r"^(?=.*[\u4e00-\u9fff]{4}).{4,100}?[\u4e00-\u9fff》”）)\]】A-Za-z]\s*[\[【（(]?(?<![\d.])"
    r"(?:(?:19|20)\d{2}[-/.][01]?\d[-/.][0-3]?\d|[01]?\d[-/][0-3]?\d)(?:\s+[0-2]?\d:[0-5]\d(?::[0-5]\d)?)?[\]】）)]?$"
)
_GLOSSARY = re.compile(r"^(?:名词解释|注释|附[：:]|附件|说明)[：:]?\s*$|^\s*(?:注|附)\s*[：:]")
_TITLE = re.compile(r"(?:工作报告|报告工作)")
_DATELINE = re.compile(
    # (（2023年1月15日在…会议上）; a page that lost the year's digits: (年1月15日在…)
    # (2026年1月27日在陕西省…会议上: a whole date may open the line without a dash)
    # (——二〇二六年一月二十七日在…: a date written in Chinese numerals)
    r"^(?:(?:[—\-－]{1,3}|[(（])\s*(?:(?P<date>\d{4}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)"
    r"|年\d{1,2}月\d{1,2}日)?|(?P<bare>\d{4}年\d{1,2}月\d{1,2}日))\s*在(?P<session>.{4,50}?会议)上"
)
# (我代表国务院，向第十届全国人民代表大会第一次会议报告: the session a report is made to)
_SESSION = re.compile(r"在(?P<session>[^，。\n]{2,20}?第[一二三四五六七八九十]+届[^，。\n]{0,20}?会议)上|向(?P<session2>第[一二三四五六七八九十]+届[^，。\n]{2,20}?会议)报告")
_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_POSTS = _alt("speaker_posts.txt")
_POST_WORD = re.compile(rf"(?:{_POSTS})$")  # (a line that ends in a post is a byline's, no menu item)
# (a name of two to four characters, or a name in two parts joined by · : 艾尔肯·吐尼亚孜)
_NAME = r"(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8})"
_SPEAKER = re.compile(rf"^(?P<post>.{{0,30}}?(?:{_POSTS}))\s*{_NAME}\s*$")
# ——2020年4月23日在钦州市…会议上 市人大常委会党组书记 覃天卫: the byline after the session line, on its line
_SPEAKER_AFTER_SESSION = re.compile(rf"会议上[)）]?\s*(?P<post>.{{0,30}}?(?:{_POSTS}))\s*{_NAME}\s*$")
# 省长赵刚作政府工作报告, 谭志桂作工作报告。 首席记者 袁云 摄: a news page's caption names the speaker
# (not 听取…检察长曹建明作…报告: news of the session, read below)
# (2月3日，…会议在省人民会堂开幕。省长毛伟明作政府工作报告。: the caption may open on the event)
_CAPTION = re.compile(rf"^(?:[^。\n]{{4,60}}。)?(?:(?P<post>(?!听取|受)[^，。；\s]{{0,20}}?(?:{_POSTS})))?{_NAME}作[\u4e00-\u9fff]{{0,16}}?报告(?:[。\s].*)?$")
# 听取最高人民法院院长王胜俊作最高人民法院工作报告, 听取…检察长曹建明关于最高人民检察院工作的报告,
# 受全国人大常委会委托，赵乐际委员长向大会报告…: a news report of the session names who delivered it
_NEWS_SPEAKER = re.compile(
    rf"听取(?P<post>[^，。；\n]{{0,20}}?(?:{_POSTS}))(?P<name>[\u4e00-\u9fff]{{2,3}})(?:作|关于)"
    rf"|受[^，。；\n]{{2,20}}委托[，,]?(?P<name2>[\u4e00-\u9fff]{{2,3}})(?P<post2>副?委员长|副?主任)(?:代表[^，。]{{2,20}})?向大会"
)
# 十一届全国人大三次会议在人民大会堂举行: a news page names the session as it opens


@cache
def _news_session() -> re.Pattern[str]:
    """十一届全国人大三次会议在人民大会堂举行: a news page names the session as it opens; only a place's name (or
    省, 市 …) stands before the term (not 今天上午十二届…, 隆重举行的省十四届…)."""
    names = sorted({n for canon, shorts, _l, _a in jurisdictions() for n in (canon, *shorts) if n}, key=len, reverse=True)
    places = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?P<session>(?:{places}|{_alt('place_level_suffixes.txt')})?第?[一二三四五六七八九十]{{1,3}}届"
                      r"[\u4e00-\u9fff]{2,12}?第?[一二三四五六七八九十]{1,3}次会议)(?:在[^，。；\n]{0,12})?(?:举行|开幕|闭幕)")
# 国务院总理 / 李强: the post on a line of its own, the name on the next
_POST_LINE = re.compile(rf"^(?P<post>.{{0,30}}?(?:{_POSTS}))\s*$")
_NAME_LINE = re.compile(rf"^{_NAME}\s*$")


def _text_line(text: str, lines: list[tuple[int, int]], i: int, step: int, most: int) -> int | None:
    """The nearest line after (``step`` 1) or before (-1) line ``i``, at most ``most`` lines away, that is
    not blank, or None."""
    stop = min(len(lines), i + 1 + most) if step > 0 else max(-1, i - 1 - most)
    return next((k for k in range(i + step, stop, step) if text[lines[k][0] : lines[k][1]].strip()), None)


def _two_line_speaker(text: str, lines: list[tuple[int, int]], i: int) -> tuple[str, str, int] | None:
    """(post, name, the name's line) where line ``i`` holds a post alone and the next line that is not
    blank a name alone (国务院总理 / 李　强), else None."""
    post = _POST_LINE.match(text[lines[i][0] : lines[i][1]].strip())
    if not post:
        return None
    j = _text_line(text, lines, i, 1, 3)
    name = _NAME_LINE.match(text[lines[j][0] : lines[j][1]].strip()) if j is not None else None
    return (post.group("post").strip(), name.group("name"), j) if name and j is not None else None
_SALUTATION = re.compile(r"^各位代表[：:！!，,]?\s*$")
# a page that opens on the speech itself (各位代表，现在，我代表国务院，作政府工作报告…): no title line
_ADDRESS = re.compile(r"各位代表[：:！!，,]")

# ---------------------------------------------------------------- structure

_H1 = re.compile(r"^([一二三四五六七八九十]{1,3})、\s*(.+)$")
_H2 = re.compile(r"^[（(]([一二三四五六七八九十]{1,3})[）)]\s*(.+)$")
_H3 = re.compile(r"^(\d{1,2})[.．、]\s*(\D.+)$")
_PAST_MARK = re.compile(_alt("part_past_marks.txt"))
_PLAN_MARK = re.compile(
    _alt("part_plan_marks.txt")
)
_PART_MARK = re.compile(_alt("part_marks.txt"))
_REVIEW_PART = re.compile(r"工作回顾$|工作总结$")  # a part that is the report's review and nothing else
_PLAN_OPENING = re.compile(
    r"今年(?:的)?(?:经济社会发展|政府工作|工作)?(?:的)?(?:主要预期目标|总体要求|主要任务|总体部署|工作任务)"
)
_LEAD = re.compile(r"^[^。！？]{2,40}[。！？]")


def read_file(path: str | Path, force: bool = False) -> Document:
    """Read one report file (``-`` for stdin); raise ReportError naming it when unreadable."""
    name = str(path)
    if name == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        p = Path(path)
        if not p.exists():
            raise ReportError(name, "no such file")
        if p.is_dir():
            raise ReportError(name, "is a folder, not a report file")
        data = p.read_bytes()
    laid_out = document_text(data, name)
    if laid_out is not None:
        return read_laid_out(*laid_out, name, force=force)
    text, encoding = decode(data, name)
    return read_text(text, name, encoding, force=force)


def read_laid_out(text: str, kind: str, name: str, force: bool = False) -> Document:
    """Read the text of a PDF or a Word file, or the page of a web archive (kg.loaders.read.documents): a PDF's
    or a Word file's lines are its paragraphs, an archive's page is read as a page; evidence offsets point
    into that text, which the report's notes say."""
    doc = read_text(text, name, kind, force=force)
    what = {"pdf": "the PDF's text layer", "docx": "the Word file's paragraphs", "mhtml": "the web archive's page"}[kind]
    doc.notes.append(f"read from {what}: evidence offsets point into that text")
    return doc


def read_text(text: str, path: str = "<text>", encoding: str = "utf-8", force: bool = False) -> Document:
    """Read decoded text: normalise it (kg.loaders.read.normalize, offsets kept), then find the
    report's metadata and structure. ``text`` stays the reference of every evidence offset."""
    page = looks_like_html(text)
    source, origin, decoded = html_text(text) if page else (text, [], {})
    clean = normalize_source(source, page=page, laid_out=encoding in ("pdf", "docx"))
    if page:
        # (the page's text → the working text, composed with the page → its text)
        clean.origin = [origin[i] for i in clean.origin] if clean.origin else origin
        clean.applied = {"html": len(text) - len(source), **clean.applied}
    norm = normalize(clean.text)
    lines = _lines(norm)
    roles = [_line_role(norm[s:e].strip()) for s, e in lines]
    _mark_lists(norm, lines, roles)
    begin, end = _body_bounds(norm, lines, roles)
    doc = Document(
        path=path,
        text=clean.text,
        encoding=encoding,
        original=text if clean.text != text else "",
        origin=clean.origin,
        script="traditional" if clean.traditional else "simplified",
        normalized=clean.applied,
        decoded=decoded,
    )
    _metadata(doc, norm, lines, roles, begin, end)
    if not force:
        _check_is_report(doc, norm, lines, begin, end)
    _structure(doc, norm, lines, roles, begin, end)
    return doc


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _line_role(s: str) -> str:
    if not s:
        return "blank"
    # (a title with its date, 2026年甘肃省政府工作报告 2026-01-28, is no headline of a list: a list's own
    # title-shaped headlines are told by the lines around them, _mark_lists)
    if ((_LIST_LINE.match(s) and not _TITLE.search(s)) or _LIST_LABEL.match(s) or _BREADCRUMB.match(s)
            or _MENU_LINE.match(s)):
        return "list"
    if _JUNK_LINE.match(s):
        return "junk"
    return "text"


def _mark_lists(text: str, lines: list[tuple[int, int]], roles: list[str]) -> None:
    """A page's menus and lists are the page's, not the report's (role ``list``, read as junk and never
    for metadata): four or more short names on lines in a row, none a post (首页 / 政务公开 / 办事服务 /
    互动交流), and the
    headlines under a list's label (相关阅读 / 省人大常委会审议通过X条例 / 国务院关于…的意见): after a
    label, lines of text (at most 20) that are short and no sentence, dateline, salutation, byline or
    numbered heading, up to the first that is one; a title-shaped line (2025年甘肃省政府工作报告) is a
    headline only where another headline follows it, else it is the report's own title."""
    n = len(lines)
    run: list[int] = []  # (a menu down the page: short names on lines in a row)
    for i in range(n + 1):
        s = text[lines[i][0] : lines[i][1]].strip() if i < n else ""
        if i < n and roles[i] in ("text", "junk") and _MENU_ITEM.match(s):
            run.append(i)
            continue
        if i < n and roles[i] == "list" and run:
            run.append(i)  # (首页, a button word, and 相关阅读 sit in such runs too)
            continue
        # (four names at least, none a post: 政府工作报告 / 代省长 / 刘小明 is a title and a byline)
        if sum(roles[k] == "text" for k in run) >= 4 and not any(
                _POST_WORD.search(text[lines[k][0] : lines[k][1]]) for k in run):
            for k in run:
                roles[k] = "list"
        run = []
    def item(j: int) -> bool | None:  # (None: a title-shaped line, an item only if an item follows it)
        s = text[lines[j][0] : lines[j][1]].strip()
        if (len(s) > 60 or _is_prose(s) or s[-1] in "。！？；" or _DATELINE.match(s) or _SALUTATION.match(s)
                or _SECTION_HEADING.match(s) or _SPEAKER.match(s)):
            return False
        return None if _TITLE.search(s) else True

    for i in range(n):
        if roles[i] != "list" or not _LIST_LABEL.match(text[lines[i][0] : lines[i][1]].strip()):
            continue
        taken = 0
        texts = [j for j in range(i + 1, min(n, i + 41)) if roles[j] == "text"]
        for k, j in enumerate(texts):
            kind = item(j)
            if kind is None:  # (2025年甘肃省政府工作报告 in the list, or the report's own title after it)
                kind = k + 1 < len(texts) and item(texts[k + 1]) is True
            if taken >= 20 or not kind:
                break
            roles[j] = "list"
            taken += 1


def _body_bounds(text: str, lines: list[tuple[int, int]], roles: list[str]) -> tuple[int, int]:
    """Indexes of the first and one-past-last line of the report itself."""
    n = len(lines)
    sal = next((i for i in range(n) if _SALUTATION.match(text[lines[i][0] : lines[i][1]].strip())), None)
    begin = 0
    if sal is not None:
        begin = sal
        # the title block (title, dateline, speaker) sits a few lines above the salutation
        byline = True  # (湖北省高级人民法院院长 郑少三 / 各位代表: a byline right above the salutation is the report's,
        # title or no title)
        for i in range(sal - 1, max(-1, sal - 15), -1):
            s = text[lines[i][0] : lines[i][1]].strip()
            if roles[i] == "text" and _is_title(s):
                begin = i
                # 贵州省人民代表大会常务委员会 / 工作报告: a title broken after the body's name starts a line above
                above = _text_line(text, lines, i, -1, 2)
                # (not 省政府工作报告 / 陕西省2026年政府工作报告: a breadcrumb above a whole title)
                first = text[lines[above][0] : lines[above][1]].strip() if above is not None else ""
                if (above is not None and roles[above] == "text" and _REPORT_BODIES_TITLES.match(s)
                        and _TITLE_BODY_LINE.fullmatch(first) and "工作报告" not in first):
                    begin = above
                break
            above = _text_line(text, lines, i, -1, i) if _NAME_LINE.match(s) else None
            post_above = above is not None and _two_line_speaker(text, lines, above)  # (国务院总理 / 李强)
            if byline and roles[i] == "text" and (_SPEAKER.match(s) or _DATELINE.match(s) or _POST_LINE.match(s) or post_above
                                                  or _CAPTION.match(s)):
                begin = i
            elif roles[i] != "blank":
                byline = False
    else:
        begin = next((i for i in range(n) if roles[i] == "text"), 0)
    # the report ends with its last real paragraph; what trails it is the page around it. An excerpt
    # may stop mid-sentence: prose lines right after that paragraph are still the report's.
    end = n
    for i in range(n - 1, begin, -1):
        s = text[lines[i][0] : lines[i][1]].strip()
        if roles[i] == "text" and len(s) >= 30 and s[-1] in "。！？”）" and not _TITLE.search(s[:60]):
            end = i + 1
            break
    j = end
    while j < n:
        s = text[lines[j][0] : lines[j][1]].strip()
        if roles[j] == "blank":
            j += 1
            continue
        # (…。 / 一、立法工作 / 制定优化营商环境条例。: a short whole sentence after the report's prose or a heading
        # of it is the report's too, not the page's)
        if roles[j] == "text" and (_is_prose(s) or _SENTENCE_LINE.fullmatch(s)):
            j += 1
            end = j
            continue
        # a part or section heading between prose paragraphs (一、2018年工作回顾) is the report's too
        if roles[j] == "text" and _SECTION_HEADING.match(s) and len(s) <= 40:
            j += 1
            continue
        break
    # a glossary right after the report is kept (and marked) with it
    for i in range(end, n):
        s = text[lines[i][0] : lines[i][1]].strip()
        if _GLOSSARY.match(s):
            j = i + 1
            while j < n and (roles[j] == "blank" or (roles[j] == "text" and not _TITLE.search(s))):
                j += 1
            end = j
            break
    # a licence or copyright footer ends the page's text: nothing after it is the report's
    footer = next((i for i in range(begin + 1, n) if _FOOTER.match(text[lines[i][0] : lines[i][1]].strip())), n)
    return begin, min(end, footer)


_SECTION_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])")
_FOOTER = re.compile(r"^(?:本作品(?:是|来自|采用|在)|本文(?:版权|来源于)|版权所有|版权声明|免责声明|Copyright|©)")


_SENTENCE_LINE = re.compile(r"[\u4e00-\u9fff“”《》、，0-9.%]{6,}[。！？]")


def _is_prose(s: str) -> bool:
    """A line of running text (not a link title, a menu or a caption): long, with clause punctuation."""
    return len(re.findall(r"[\u4e00-\u9fff]", s)) >= 20 and bool(re.search(r"[，；。：、]", s))


_REPORT_BODIES_TITLES = re.compile(rf"^(?:{_alt('report_bodies_titles.txt')})")
# the first line of a title broken after the name of the body that reports (…人民代表大会常务委员会)
_TITLE_BODY_LINE = re.compile(rf"[\u4e00-\u9fff]{{2,24}}(?:{_alt('report_bodies_titles.txt')})")


def _metadata(
    doc: Document, text: str, lines: list[tuple[int, int]], roles: list[str], begin: int, end: int
) -> None:
    # (a list of other articles names their sessions, places and dates, not the report's: none of it is read)
    if "list" in roles:
        chars = list(text)
        for i, (a, b) in enumerate(lines):
            if roles[i] == "list":
                chars[a:b] = " " * (b - a)
        text = "".join(chars)
    head = [(i, text[lines[i][0] : lines[i][1]].strip()) for i in range(begin, min(end, begin + 15))]
    for i, s in head:
        if not s:
            continue
        if not doc.title and _is_title(s):
            doc.title = re.split(r"\s*[—]{1,2}", s)[0].strip()
            # a title broken over two lines (琼中黎族苗族自治县人民代表大会 / 常务委员会工作报告)
            prev = text[lines[i - 1][0] : lines[i - 1][1]].strip() if i > begin else ""
            if (prev and not re.search(r"[，。：；！？:]", prev) and len(prev) + len(doc.title) <= 40
                    and _REPORT_BODIES_TITLES.match(doc.title)):
                doc.title = prev + doc.title
        m = _DATELINE.match(s)
        if m and not doc.session:
            doc.session = m.group("session")
            if m.group("date") or m.group("bare"):
                doc.date = _iso(m.group("date") or m.group("bare"))
        # ([最高人民法院院长 王胜俊]: a byline in brackets)
        sp = _SPEAKER.match(s.strip("[]【】 ")) or _SPEAKER_AFTER_SESSION.search(s)
        if sp and not doc.speaker and (i > begin or not _is_title(s)):
            doc.post, doc.speaker = sp.group("post").strip(), sp.group("name")
        two = _two_line_speaker(text, lines, i) if not doc.speaker else None
        if two:
            doc.post, doc.speaker = two[0], two[1]
    body = text[lines[begin][0] : lines[end - 1][1]] if end > begin else text
    if not doc.session:
        m = _SESSION.search(text[: lines[min(end, len(lines)) - 1][1]])
        if m:
            doc.session = m.group("session") or m.group("session2")
    head_text = text[: lines[min(begin + 15, len(lines) - 1)][1]]  # the page down to the report's first lines
    if not doc.date:
        m = _DATE.search(head_text)
        if m:
            doc.date = _iso(m.group(0))
    doc.genre = _genre(doc.title, body[:3000])
    # a news page around the report: the session as it opens, the speaker in a caption or in the news
    opening = head_text[:1200]
    if not doc.session:
        m = _news_session().search(opening)
        if m:
            doc.session = m.group("session")
    for m in _NEWS_SPEAKER.finditer(opening) if not doc.speaker else ():
        post, name = m.group("post") or m.group("post2"), m.group("name") or m.group("name2")
        want = _genre_posts().get(doc.genre)  # (a genre without its post, unknown: the first speaker the news names)
        if want is None or re.search(want, post):  # (the court's report, not the procuratorate's)
            doc.post, doc.speaker = post, name
            break
    for i in range(max(0, begin - 15), min(end, begin + 15)) if not doc.speaker else ():
        c = _CAPTION.match(text[lines[i][0] : lines[i][1]].strip())
        if c:
            doc.post, doc.speaker = (c.group("post") or "").strip(), c.group("name")
            break
    doc.jurisdiction = _jurisdiction(doc.title + " " + doc.session + " " + body[:3000], doc.genre)
    doc.year = _year(doc, body)
    if not doc.date and doc.year:
        # a news page or a censored dateline gives the day without the year (3月8日，十四届全国人大二次
        # 会议…举行第二次全体会议; ——年2月4日在…会议上): the day of the session, in the report's year
        day = re.search(r"(?<!\d)(?<!\d年)(\d{1,2})月(\d{1,2})日[^。\n]{0,60}?会议", head_text[:800])  # (not 2024年2月4日)
        if day and 1 <= int(day.group(1)) <= 12 and 1 <= int(day.group(2)) <= 31:
            doc.date = f"{doc.year:04d}-{int(day.group(1)):02d}-{int(day.group(2)):02d}"


@cache
def _genre_posts() -> dict[str, str]:
    """Genre → an alternation of the words of the post that delivers its report (genre_speaker_posts.tsv)."""
    return {g: "|".join(re.escape(w) for w in ws.split(",") if w) for g, ws in table("genre_speaker_posts.tsv").items()}


def _is_title(s: str) -> bool:
    head = re.split(r"\s*[—]{1,2}", s)[0]
    # a long title may carry its session (中华人民共和国第十三届全国人民代表大会第五次会议全国人民代表大会常务委员会工作报告)
    limit = 64 if re.search(r"届.{0,16}会议", head) else 40
    return bool(_TITLE.search(head)) and len(head) <= limit and not re.search(r"[，。：；！《》]|记者|决议|作(?:政府)?工作报告", head)


_CN_DATE = re.compile(r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")


def _iso(date: str) -> str:
    cn = _CN_DATE.match(date)
    if cn:  # 二〇二六年一月二十七日
        year = "".join(str(_NUMERALS.get(c, 0)) for c in cn.group(1))
        return f"{year}-{chinese_number(cn.group(2)) or 0:02d}-{chinese_number(cn.group(3)) or 0:02d}"
    m = _DATE.match(date)
    assert m
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"


def _genre(title: str, opening: str) -> Genre:
    probe = title + "\n" + opening
    if re.search(r"常务委员会工作报告|人大常委会工作报告|受.{0,20}常务委员会(?:的)?委托", probe):
        return "standing_committee"
    if re.search(r"政府工作报告|报告政府工作|代表国务院|代表.{2,12}人民政府", probe):
        return "government"
    if re.search(r"法院工作报告|代表.{0,12}法院", probe):
        return "court"
    if re.search(r"检察院工作报告|代表.{0,12}检察院", probe):
        return "procuratorate"
    # an excerpt without title or byline: the genre whose own words its text uses clearly most
    # (常委会…审议…执法检查; 审结…审判; 检察…起诉…批捕; 政府…我们…稳增长)
    counts = {genre: len(rx.findall(opening)) for genre, rx in _GENRE_VOICE.items()}
    best = max(counts, key=counts.__getitem__)
    ranked = sorted(counts.values(), reverse=True)
    if ranked[0] >= 5 and ranked[0] >= 2 * ranked[1]:
        return best  # type: ignore[return-value]
    return "unknown"


_GENRE_VOICE = {
    "standing_committee": re.compile(_alt("genre_voice_congress.txt")),
    "court": re.compile(_alt("genre_voice_court.txt")),
    "procuratorate": re.compile(r"检察|起诉|批捕|公诉|检察官"),
    "government": re.compile(_alt("genre_voice_government.txt")),
}


_LEVEL_SUFFIXES = re.compile(rf"([\u4e00-\u9fff]{{2,14}}?(?:{_alt('place_level_suffixes.txt')}))"
        rf"(?:{_alt('place_titled_bodies.txt')})?"
        r"(?:工作报告|第[一二三四五六七八九十]+届)")
_BYLINE_STOPS = re.compile(rf"^(?:{_alt('place_byline_stops.txt')})+")


def _jurisdiction(probe: str, genre: Genre) -> str:
    # a place in the title or the session line wins (广东省人民代表大会常务委员会工作报告, 在广东省第十一届…)
    titled = _TITLED_PLACE.search(re.sub(r"\s+", "", probe[:600]))
    place = titled and (titled.group(1) or titled.group(2) or titled.group(3))
    if place and not re.match(r"^(?:全国|中华人民共和国)", place):
        return _canonical_place(_BYLINE_STOPS.sub("", place))
    # (听取最高人民法院院长王胜俊作最高人民法院工作报告: the Supreme People's Court reports to the nation)
    if re.search(r"国务院|全国(?:人民代表大会|人大)常务?委员?会(?:工作报告|的?委托)|中华人民共和国第[一二三四五六七八九十]+届全国"
                 r"|最高人民(?:法院|检察院)工作的?报告", probe[:3000]):
        if not re.search(r"[省市]人民政府|自治区人民政府", probe[:400]):
            return "中华人民共和国"
    m = _LEVEL_SUFFIXES.search(probe,
    )
    if m and not re.match(r"^(?:我|受|本|代表)", m.group(1)):
        return _canonical_place(_BYLINE_STOPS.sub("", m.group(1)))
    # no title: the place the opening names, when it names one place clearly more than any other
    # (an excerpt about 川渝协同立法 names both and is left without a place rather than given the wrong one)
    counts: dict[str, int] = {}
    opening = probe[:600]
    words = _words(opening)
    for canon, shorts, _lvl, _abbr in jurisdictions():
        # a partner (与重庆市人大常委会协同…, 赴浙江考察) is not the report's own place; a short name
        # counts only where it is a word of its own (云南篇章, not 隆重庆祝)
        n = 0
        for x in {canon, *shorts}:
            if not x or x in ("全国", "我国", "中国") or x not in opening:  # (no pattern made for a name not there)
                continue
            hits = [m.start() for m in re.finditer(rf"(?<![与同和跟赴到在])(?<!配合|访问|学习|考察){re.escape(x)}", opening)]
            n += sum(1 for i in hits if x == canon or i in words)
        if n:
            counts[canon] = n
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return ""


_TITLED_PLACE = re.compile(
    rf"([\u4e00-\u9fff]{{2,14}}?(?:{_alt('place_level_suffixes.txt')}))"
    rf"(?:{_alt('place_titled_bodies_full.txt')})(?:工作报告)"
    rf"|在([\u4e00-\u9fff]{{2,14}}?(?:{_alt('place_level_suffixes.txt')}))第[一二三四五六七八九十]+届人民代表大会"
    # 我受绍兴市人民代表大会常务委员会的委托, 我代表河北省人民政府: the speaker names whom they speak for
    rf"|(?:我受|我代表)([\u4e00-\u9fff]{{2,14}}?(?:{_alt('place_level_suffixes.txt')}))(?:第[一二三四五六七八九十]+届)?"
    rf"(?:{_alt('place_titled_bodies_full.txt')})"
)


def _words(text: str) -> set[int]:
    """The offsets where jieba starts a word in ``text``."""
    import jieba

    out, pos = set(), 0
    for w in jieba.lcut(text):
        out.add(pos)
        pos += len(w)
    return out


def _canonical_place(name: str) -> str:
    for canon, _shorts, _lvl, _abbr in jurisdictions():
        if canon in name:
            return canon
    for canon, shorts, _lvl, _abbr in jurisdictions():
        if any(name.startswith(s) and len(name) <= len(s) + 1 for s in shorts):
            return canon
    return name


_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def chinese_number(s: str) -> int | None:
    """一 … 九十九 as an int (the term and session numbers of a congress)."""
    if not s or any(c not in _NUMERALS and c != "十" for c in s):
        return None
    if "十" not in s:
        return _NUMERALS.get(s)
    tens, _, ones = s.partition("十")
    return (_NUMERALS.get(tens, 1) if tens else 1) * 10 + (_NUMERALS.get(ones, 0) if ones else 0)


# 第十四届全国人民代表大会第二次会议, 十四届全国人大三次会议
_NPC_SESSION = re.compile(r"第?([一二三四五六七八九十]{1,3})届全国人(?:民代表)?大(?:会)?(?:常委会)?第?([一二三四五六七八九十]{1,3})次(?:全体)?会议")


def session_year(session: str) -> int | None:
    """The year of a session of the National People's Congress, counted from its term: the fifth
    congress opened in 1978 and each term since lasts five years with one session a year."""
    m = _NPC_SESSION.search(session)
    if not m:
        return None
    term, n = chinese_number(m.group(1)), chinese_number(m.group(2))
    if term is None or n is None or term < 5 or not 1 <= n <= 5:
        return None
    return 1978 + 5 * (term - 5) + n - 1


# 贵州省第十四届人民代表大会第一次会议, 甘肃省十四届人大三次会议
_PROVINCE_SESSION = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,8}?)第?(?P<term>[一二三四五六七八九十]{1,3})届人(?:民代表)?大(?:会)?第?(?P<n>[一二三四五六七八九十]{1,2})次(?:全体)?会议")


def province_session_year(session: str) -> int | None:
    """The year of a province's congress's first session: every province's congress is elected in the
    National People's Congress's years since 1998, and its term in 2023 is in congress_terms.tsv. Only
    the first session's year is certain: a congress may hold an extra session within a year (山东省十三届
    人大五次会议 met in 2021, not 2022), so a later session's year is left to the report's other cues."""
    m = _PROVINCE_SESSION.match(session)
    if not m or chinese_number(m.group("n")) != 1:
        return None
    place = m.group("place")
    row = jurisdiction(place)
    province = row[0] if row is not None else ""
    term, in_2023 = chinese_number(m.group("term")), table("congress_terms.tsv").get(province)
    if term is None or not in_2023:
        return None
    year = 2023 + 5 * (term - int(in_2023))
    return year if year >= 1998 else None


def _body_session_year(body: str) -> int | None:
    """The year of the session a report's text names as its own. A session named as a starting point
    (第十二届全国人民代表大会第一次会议以来的五年) is counted forward by the years it names."""
    for m in _NPC_SESSION.finditer(body):
        y = session_year(m.group(0))
        if y is None:
            continue
        since = re.match(r"(?:召开)?以来(?:的)?([二三四五六七八九十两])?年?", body[m.end() : m.end() + 8])
        if since:
            n = {"二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}.get(since.group(1) or "")
            if n:
                return y + n
            continue
        return y
    return None


def _year(doc: Document, body: str) -> int | None:
    """The year the report is delivered in: its date, its title, its session, or its part headings."""
    if doc.date:
        return int(doc.date[:4])
    m = re.search(r"(\d{4})年", doc.title)
    if m:
        # (2017年福州市人民检察院工作报告 / 2017工作回顾: a title may name the year whose work it reports, and the
        # report is delivered the year after; 2026年甘肃省政府工作报告 / 2025年工作回顾 names the year it is delivered in)
        reviewed = re.search(rf"^(?:[一二三四五六七八九十]{{1,3}}、)?{m.group(1)}年?(?:工作|经济社会发展)?(?:回顾|总结)$", body, re.M)
        return int(m.group(1)) + 1 if reviewed else int(m.group(1))
    y = session_year(doc.session) or province_session_year(doc.session)
    if y:
        return y
    for line in body.split("\n"):
        h = _H1.match(line.strip())
        if not h:
            continue
        years = [int(y) for y in re.findall(r"(\d{4})年", h.group(2))]
        if years and _PAST_MARK.search(h.group(2)):
            return max(years) + 1
        if years and (_PLAN_MARK.search(h.group(2)) or re.search(r"\d{4}年的?工作$", h.group(2))):
            return max(years)
        # “九五”时期…的回顾: the year after the plan period reviewed (from the third plan, 1966–1970,
        # the Nth plan runs from 1966 + 5(N-3); the first two ran 1953–1962)
        plan = re.search(r"“([一二三四五六七八九十]{1,3})五”(?:时期|期间|计划)", h.group(2))
        n = chinese_number(plan.group(1)) if plan else None
        if n and n >= 3 and _PAST_MARK.search(h.group(2)):
            return 1956 + 5 * n
    m = re.search(r"(\d{4})年?(?:工作|经济社会发展)?(?:回顾|总结)", body)  # (2017工作回顾: a page may drop the 年)
    if m:
        return int(m.group(1)) + 1
    # 2008年以来…五年来: a five-year review delivered the year its five years end
    # (only where every year the opening names falls in those five: not 过去五年…2020年以来，面对疫情… of a later report)
    since = re.search(r"(?<!\d)((?:19|20)\d{2})年以来", body[:1500])
    named = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})年", body[:1500])]
    if since and re.search(r"五年来|过去五年|过去的五年", body[:1500]) and all(
            int(since.group(1)) <= y < int(since.group(1)) + 5 for y in named):
        return int(since.group(1)) + 5
    # the session the text names (十届全国人大一次会议以来 counts forward from it)
    y = _body_session_year(body[:3000])
    if y:
        return y
    # the year the review opens on (过去一年的主要工作\n2025年是“十四五”规划收官之年…; a heading
    # 2014年的主要工作): the report is delivered the year after
    m = re.search(r"^(?:[一二三四五六七八九十]{1,3}、)?(\d{4})年(?:的)?主要工作$", body[:3000], re.M)
    if m:
        return int(m.group(1)) + 1
    # (2001年是…第一年。今年的主要任务是…: a year right before the plan's opening is the plan's own)
    planned = _plan_opening_year(body)
    if planned:
        return planned
    review = body[:1500]
    if re.search(r"过去一年|过去的一年|一年来|主要工作|报告工作", review):  # (…向大会报告工作。2023年，是…开局之年)
        m = re.search(r"(?<!\d)(\d{4})年[，,]?是", review)
        if m:
            return int(m.group(1)) + 1
        # (年是…“十三五”规划的收官之年: a page that lost its digits still names the plan's last year)
        closed = re.search(r"年是[^。]{0,30}“十([一二三四五六七八九])五”(?:规划)?(?:的)?收官之年", review)
        if closed:
            return 2006 + 5 * "一二三四五六七八九".index(closed.group(1)) + 5  # 十一五 → 2006–2010
    # 27.04.2017  09:13 under the title: the day the page was published, in the year it was delivered
    m = re.search(r"^\s*\d{1,2}\.\d{1,2}\.((?:19|20)\d{2})(?:\s+\d{1,2}[:：]\d{2})?\s*$", body[:600], re.M)
    if m:
        return int(m.group(1))
    return None


def _plan_opening_year(body: str) -> int | None:
    # 今年…: 2001年是…第一年 in the part about this year
    plan = _PLAN_OPENING.search(body)
    # (or just before it: ２００２年是…非常重要的一年。…今年工作的总体要求是)
    m = re.search(r"(\d{4})年是", body[max(0, plan.start() - 600) :]) if plan else None
    return int(m.group(1)) if m else None


# words of the genre: a text with none of them is not a work report, whatever its form
_GENRE_WORDS = re.compile(
    rf"{_alt('genre_words.txt')}"
)


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _check_is_report(doc: Document, text: str, lines: list[tuple[int, int]], begin: int, end: int) -> None:
    """Refuse only what is clearly not a report; read an excerpt, a repost or a news page that
    quotes one, and note what it lacks."""
    body = text[lines[begin][0] : lines[end - 1][1]] if end > begin else text
    han = len(body) - len(_CJK_RUN.sub("", body))  # Chinese characters, counted without a list of them
    markers = bool(doc.title) + bool(doc.session) + (doc.genre != "unknown") + ("各位代表" in text)
    found = _GENRE_WORDS.findall(body)
    genre_words = len(found)
    if markers >= 2 and han >= 60:
        return
    # an excerpt speaks the genre's language: several of its words, and more than one kind of them
    if han >= 60 and len(set(found)) >= 3 and genre_words >= max(4, han // 150):
        missing = [w for w, ok in (("title", doc.title), ("session line", doc.session), ("genre", doc.genre != "unknown"))
                   if not ok]
        doc.notes.append("read as an excerpt" + (f": no {', no '.join(missing)}" if missing else ""))
        return
    raise ReportError(
        doc.path,
        f"does not look like a work report ({han} Chinese characters, {genre_words} words of the genre "
        "such as 人大, 政府, 审议, 法规; no report title or session line)",
        "use --force to extract anyway",
    )


# the longest line that may be the report's title, web junk glued to it included; a longer line is prose
# (a text copied as one line, its paragraphs glued together, opens with its title)
_TITLE_LINE = 200


def _structure(
    doc: Document, text: str, lines: list[tuple[int, int]], roles: list[str], begin: int, end: int
) -> None:
    period = None
    section_no = ""
    year = doc.year
    seen_title = seen_date = seen_speaker = False
    name_line = -1  # the line of a name whose post the line before holds (国务院总理 / 李强)
    broken_title = False  # the first line of a title broken after the body's name was read
    for i, (ls, le) in enumerate(lines):
        s = text[ls:le]
        st = s.strip()
        if not st:
            continue
        start = ls + (len(s) - len(s.lstrip()))
        stop = start + len(st)
        role: str
        if i < begin or i >= end or roles[i] in ("junk", "list"):
            role = "junk"
        elif _GLOSSARY.match(st) or (doc.paragraphs and doc.paragraphs[-1].role == "glossary"):
            role = "glossary"
        elif not seen_title and i == begin and _TITLE.search(st) and not _ADDRESS.match(st) and len(st) <= _TITLE_LINE:
            role, seen_title = "title", True
        elif not seen_title and i == begin and _TITLE_BODY_LINE.fullmatch(st):
            role, broken_title = "title", True  # 贵州省人民代表大会常务委员会 / 工作报告
        elif broken_title and not seen_title and _TITLE.search(st):
            role, seen_title = "title", True
        elif not seen_date and _DATELINE.match(st):
            role, seen_date = "dateline", True
        elif not seen_speaker and period is None and _SPEAKER.match(st):
            role, seen_speaker = "speaker", True
        elif i == name_line:
            role = "speaker"
        elif not seen_speaker and period is None and (two := _two_line_speaker(text, lines, i)):
            role, seen_speaker, name_line = "speaker", True, two[2]
        elif _SALUTATION.match(st):
            role = "salutation"
        else:
            role = "body"
            head = _heading(st)
            if head is not None:
                number, title, level = head
                p = _heading_period(title, year)
                if level <= 1:
                    # (一、1999年国内工作回顾 / 二、坚持实行扩大内需的方针: in a government report the part after the
                    # review that says nothing of its period is the year's tasks)
                    if (p is None and level == 1 and period == "past" and doc.genre == "government" and doc.sections
                            and _REVIEW_PART.search(doc.sections[-1].title) and doc.sections[-1].level == 1):
                        p = "plan"
                    if p == "plan" or (p is None and period == "plan"):
                        period = "plan"
                    elif p == "past" and period != "plan":
                        period = "past"
                    elif period is None:
                        period = "past"
                    if level == 1:
                        section_no = number
                    doc.sections.append(Section(number=number, title=title, start=start, period=period, level=level))
                    if period == "plan" and doc.plan_start is None:
                        doc.plan_start = start
                role = "heading"
        # an unnumbered plan part: 今年…的主要预期目标/总体要求 opens it (national reports of the 2000s)
        if role == "body" and period != "plan" and _PLAN_OPENING.search(st[:40]):
            period = "plan"
            if doc.plan_start is None:
                doc.plan_start = start
        para = Paragraph(start=start, end=stop, text=doc.text[start:stop], role=role)  # type: ignore[arg-type]
        if role in ("body", "heading", "glossary"):
            if period is None and role == "body" and doc.paragraphs and any(
                p.role == "salutation" for p in doc.paragraphs
            ):
                period = "past"
            para.period = period or "past"
            para.section = section_no or None
            # (offsets and text of the reader's own making: built without validation)
            para.sentences = [Sentence.model_construct(start=a, end=b, text=doc.text[a:b]) for a, b in sentences(text, start, stop)]
            lead = _LEAD.match(st)
            if role == "body" and lead and len(st) > len(lead.group(0)):
                para.lead = lead.group(0)
        doc.paragraphs.append(para)
    body_paras = [p for p in doc.paragraphs if p.role != "junk"]
    if body_paras:
        doc.body_start, doc.body_end = body_paras[0].start, body_paras[-1].end


def _heading(s: str) -> tuple[str, str, int] | None:
    """A heading line: (number, title, level); level 0 for an unnumbered part heading."""
    if len(s) > 80 or s[-1] in "。；！？，" and len(s) > 40:
        return None
    for rx, level in ((_H1, 1), (_H2, 2), (_H3, 3)):
        m = rx.match(s)
        if m and (level == 1 or len(s) <= 40):
            if level == 1 and len(s) > 60 and "。" in s:
                return None
            return m.group(1), m.group(2).strip(), level
    # an unnumbered part heading (过去一年主要工作, 今后一年工作任务) says which part it opens
    if len(s) <= 20 and s[-1] not in "。；！？，：》" and _PART_MARK.search(s):
        return "", s, 0
    return None


def _heading_period(title: str, year: int | None) -> str | None:
    """past or plan for a part or section heading, None when it does not say.

    A heading naming both (十四五时期发展成就和十五五时期主要目标任务) is taken by the last one named.
    """
    years = [int(y) for y in re.findall(r"(\d{4})年", title)]
    # 2018年工作回顾 in a report given in December 2018 reviews that year: the heading's own word wins
    if _PAST_MARK.search(title) and not _PLAN_MARK.search(title):
        return "past"
    if year and years:
        return "plan" if max(years) >= year else "past"
    if re.search(r"今后|今年|下一步|明年", title):
        return "plan"
    past = [m.end() for m in _PAST_MARK.finditer(title)]
    plan = [m.end() for m in _PLAN_MARK.finditer(title)]
    if past and plan:
        return "plan" if max(plan) > max(past) else "past"
    if past:
        return "past"
    if plan:
        return "plan"
    return None
