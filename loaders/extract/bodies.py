"""Bodies: congresses, standing committees and their committees, governments, supervision
commissions, courts, procuratorates, party committees, lower congresses and foreign parliaments.

Patterns are written with ``{L}`` for the word a report uses for its own jurisdiction (市, 省,
自治区) and give canonical names with ``{J}``, the jurisdiction's full name, so 市监委 in a
Chongqing report is 重庆市监察委员会 and 省监委 in a Hebei report is 河北省监察委员会.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from kg import ids
from kg.model import Body

from ..lexicon import alternation, division_province, jurisdiction, jurisdictions, rows, table, words
from ..lexicon import alternation_in_order as _alt
from . import regex as re  # re's functions over a larger cache of compiled patterns
from .context import Context, Span
from .segment import trim_left

try:  # the parser of Python's re (3.11 and later), to read what words a rule's matches contain
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - then every rule runs on every text
    _parser = None  # type: ignore[assignment]

_CN_NUM = "一二三四五六七八九十"

# rules whose kind is decided when they match (not a body kind of the ontology):
COMMITTEE = "committee of a congress"  # special committee or working body, from committees.tsv
OTHER_STANDING_COMMITTEES = "standing committees of named places"  # 云南省、贵州省人大常委会
NAMED_COURT = "named court or procuratorate"  # 成渝金融法院, 两江地区（重庆铁路）检察院
LOCAL_DEPARTMENT = "a place's own department"  # 省教育厅, 自治区人社厅, 市住建局 (local_departments.tsv)
TASK_LIST = "the departments a task list names"  # （牵头单位：农牧厅、林草局、人社厅）

# (pattern, canonical, kind, parent canonical); order matters: earlier patterns win overlaps. A check
# of the characters before a match is written after the match's first characters (中(?<![党共]中)央,
# not (?<![党共])中央): Python's engine scans for a pattern's first characters at C speed but tries
# one that opens with a look-behind at every position of the text (same matches).
_RULES: list[tuple[str, str, str, str]] = [
    (r"全国人民代表大会常务委员会(?P<c>{COMM})|全国人大常委会(?P<c2>{COMM})", "全国人民代表大会常务委员会{c}", COMMITTEE, "全国人民代表大会常务委员会"),
    (r"全国人民代表大会(?P<c>{COMM})|全国人大(?P<c2>{COMM})", "全国人民代表大会{c}", COMMITTEE, "全国人民代表大会"),
    (r"全国人民代表大会常务委员会|全国人大常委会|全国人民代表大会常委会", "全国人民代表大会常务委员会", "standing_committee", "全国人民代表大会"),
    # 在全国人民代表大会及其常委会有力监督下: the congress and, by 其, its standing committee
    (r"全国人(?:民代表大会|大)及其常(?:委会|务委员会)", "全国人民代表大会常务委员会", "standing_committee", "全国人民代表大会"),
    (r"(?P<oj>(?:(?:{PLACES})[、和])*(?:{PLACES}))(?:人民代表大会常务委员会|人大常委会)", "{oj}人民代表大会常务委员会", OTHER_STANDING_COMMITTEES, ""),
    (r"全国人民代表大会|全国人大(?!代表)|全国人代会", "全国人民代表大会", "congress", ""),
    (r"国务院", "中华人民共和国国务院", "government", ""),
    # (中央政治局常委会会议, 中共中央政治局: the Party centre's organs)
    (r"(?:中共)?中央政治局常(?:委会|务委员会)", "中国共产党中央委员会政治局常务委员会", "party", "中国共产党中央委员会"),
    (r"(?:中共)?中央政治局(?!常)", "中国共产党中央委员会政治局", "party", "中国共产党中央委员会"),
    (r"党中央|中共中央", "中国共产党中央委员会", "party", ""),
    # 中央 alone where the genre means the Party centre: 中央和省委重大决策部署, 贯彻落实中央关于…
    (rf"中(?<![党共]中)央(?={_alt('body_party_centre_cues.txt')})", "中国共产党中央委员会", "party", ""),
    (r"全国政协", "中国人民政治协商会议全国委员会", "other", ""),
    # 支持香港特别行政区政府依法施政: the governments of the special administrative regions
    # (支持香港、澳门特别行政区政府, 香港、澳门两个特别行政区行政长官和政府: both, named once)
    (r"香港(?:特别行政区|特区)(?:行政长官和)?政府|香港(?=、澳门(?:两个)?(?:特别行政区|特区)(?:行政长官和)?政府)", "中华人民共和国香港特别行政区政府", "government", ""),
    (r"澳门(?:两个(?<=、澳门两个))?(?:特别行政区|特区)(?:行政长官和)?政府", "中华人民共和国澳门特别行政区政府", "government", ""),
    # (听取最高人民检察院党组工作汇报: the party group that leads the court or procuratorate)
    (r"最高人民法院党组", "中共最高人民法院党组", "party", "最高人民法院"),
    (r"最高人民检察院党组", "中共最高人民检察院党组", "party", "最高人民检察院"),
    (r"最高人民法院", "最高人民法院", "court", ""),
    (r"最高人民检察院", "最高人民检察院", "procuratorate", ""),
    (r"中央(?:生态环境保护|生态环保)督察组", "中央生态环境保护督察组", "other", ""),
    # the report's own congress and its organs
    (r"{L}人大常委会机关|{L}人民代表大会常务委员会机关", "{J}人民代表大会常务委员会机关", "working_body", "{J}人民代表大会常务委员会"),
    (r"专门委员会分党组", "中共{J}人民代表大会专门委员会分党组", "party", "{J}人民代表大会"),
    (r"(?:{L}人民代表大会常务委员会|{L}人大常委会|常委会)党组", "中共{J}人民代表大会常务委员会党组", "party", "{J}人民代表大会常务委员会"),
    (r"(?:{L}人大(?:常委会)?|常委会)?(?P<c>{COMM})", "{J}人民代表大会{c}", COMMITTEE, "{J}人民代表大会"),
    (r"{L}人民代表大会常务委员会|{L}人大常委会", "{J}人民代表大会常务委员会", "standing_committee", "{J}人民代表大会"),
    (rf"{{L}}人民代表大会(?!第)|{{L}}人大(?!{_alt('body_congress_compounds.txt')})", "{J}人民代表大会", "congress", ""),
    # a congress by its term: 省十一届人大, 市第八届人民代表大会 (its standing committee is another body)
    (r"{L}第?[一二三四五六七八九十]{1,3}届人(?:民代表)?大(?:会)?(?!会|常委会|常务委员会|代表)", "{J}人民代表大会", "congress", ""),
    (r"{L}人大及其常委会", "{J}人民代表大会常务委员会", "standing_committee", "{J}人民代表大会"),
    # a government report's own congress, unqualified: 自觉接受人大、政协监督; 接受人大及其常委会监督
    (r"人(?:(?<=接受人)|(?<=向人))大及其常委会", "{J}人民代表大会常务委员会", "standing_committee", "{J}人民代表大会"),
    (r"人(?:(?<=接受人)|(?<=向人))大(?=、|监督|依法|法定|法律|和)", "{J}人民代表大会", "congress", ""),
    # the government a congress's supervision moves, unqualified: 督促政府…, 推动政府加大民生投入, 促进政府和有关部门…
    (rf"政(?:(?<=督促政)|(?<=促进政)|(?<=推动政)|(?<=支持政))府(?=[\u4e00-\u9fff])(?!规章|职能|{_alt('body_government_compounds.txt')})", "{J}人民政府", "government", ""),
    # the region's reports call the Xinjiang Production and Construction Corps 兵团 (支持兵团改革发展)
    (r"兵(?<!建设兵)团", "新疆生产建设兵团", "other", ""),
    # the congress a report is delivered to, as the report addresses it: 向大会报告, 向大会作政府工作报告, 提交大会审查
    (r"大(?:(?<=向大)|(?<=请大)|(?<=交大))会(?=报告|审议|审查|批准|作)", "{J}人民代表大会", "congress", ""),
    # …人大、政协和社会各界有效监督; 政协民主监督: the place's own political consultative conference
    (r"政(?<=人大、政)协(?!委员)|政协(?=民主监督|的民主监督)", "中国人民政治协商会议{J}委员会", "other", ""),
    # 自治区政府国资委, 省国资委: the place's own state-assets commission, not the State Council's
    (r"{L}(?:人民)?(?:政府)?国资委", "{J}人民政府国有资产监督管理委员会", "department", "{J}人民政府"),
    (rf"{{L}}人民政府|{{L}}政府(?!{_alt('body_government_compounds.txt')})", "{J}人民政府", "government", ""),
    # a place's own department (省教育厅, 自治区人社厅, 市政府住建局), and in a city's report its province's (省财政厅)
    (r"{L}(?:人民)?(?:政府)?(?P<d>{LOCAL})", "{J}{d}", LOCAL_DEPARTMENT, "{J}人民政府"),
    (r"省(?:人民)?(?:政府)?(?P<d>{LOCAL})", "{P}{d}", LOCAL_DEPARTMENT, "{P}人民政府"),
    # the departments a task list of a government's report names bare: （牵头单位：农牧厅、林草局、人社厅）
    (r"(?:牵头|责任|配合|协办|主办)(?:单位|部门)[：:](?P<items>[^）)。；\n]{2,160})", "{J}", TASK_LIST, "{J}人民政府"),
    (r"{L}监察委员会|{L}监委", "{J}监察委员会", "supervision", ""),
    (r"{L}高级人民法院|{L}高法院|{L}高院", "{J}高级人民法院", "court", ""),
    (r"{L}第?(?P<n>[一二三四五六七八九])中(?:级人民)?法院", "{J}第{n}中级人民法院", "court", ""),
    (r"{L}中级(?:人民)?法院", "{J}中级人民法院", "court", ""),
    # a county's or district's own court (县人民法院, 区法院): neither high nor intermediate
    (r"{CL}人民法院|{CL}法院", "{J}人民法院", "court", ""),
    (r"{L}(?:人民)?检察院第?(?P<n>[一二三四五六七八九])分院", "{J}人民检察院第{n}分院", "procuratorate", "{J}人民检察院"),
    (r"{L}人民检察院|{L}检察院(?!各?分院)", "{J}人民检察院", "procuratorate", ""),
    (r"{L}委(?:全面)?深改委|{L}委全面深化改革委员会", "中共{J}委员会全面深化改革委员会", "party", "中共{J}委员会"),
    (r"{L}委改革办", "中共{J}委员会全面深化改革委员会办公室", "party", "中共{J}委员会"),
    # (自治区党委: an autonomous region's party committee is written with 党)
    (r"中共{J}委员会|中共{S}{L}委|{L}党?委(?![员托会])", "中共{J}委员会", "party", ""),
    (r"{L}政协", "中国人民政治协商会议{J}委员会", "other", ""),
    # in a city's report, 省委 and 省人大常委会 are those of its province
    (r"省委(?![员托会])", "中共{P}委员会", "party", ""),
    (r"省人民代表大会常务委员会|省人大常委会", "{P}人民代表大会常务委员会", "standing_committee", "{P}人民代表大会"),
    (r"省人民政府|省政府", "{P}人民政府", "government", ""),
    (rf"省人民代表大会(?!常务委员会)|省人大(?!{_alt('body_congress_compounds.txt')})", "{P}人民代表大会", "congress", ""),
    (r"省人民检察院|省检察院", "{P}人民检察院", "procuratorate", ""),
    (r"省高级人民法院|省高院|省法院", "{P}高级人民法院", "court", ""),
    (r"省政协", "中国人民政治协商会议{P}委员会", "other", ""),
    (r"自治区党委|区党委", "中共{P}委员会", "party", ""),
    (r"自治区人大常委会|自治区人民代表大会常务委员会", "{P}人民代表大会常务委员会", "standing_committee", "{P}人民代表大会"),
    (r"自治区人民政府|自治区政府", "{P}人民政府", "government", ""),
    (r"{L}人大机关", "{J}人民代表大会常务委员会机关", "working_body", "{J}人民代表大会常务委员会"),
    (r"(?:{L}人大(?:常委会)?)?机关党组", "中共{J}人民代表大会常务委员会机关党组", "party", "{J}人民代表大会常务委员会"),
    (r"{L}各中级(?:人民)?法院", "{J}各中级人民法院", "court", ""),
    (r"{L}(?:人民)?检察院各分院", "{J}人民检察院各分院", "procuratorate", "{J}人民检察院"),
    # lower congresses: a named one first, then the generic ones; a lower congress is elected on its
    # own and is no organ of the congress above it, so it has no parent
    (r"(?P<place>[\u4e00-\u9fff]{2,6}?(?:自治县|自治州|县|区))人大(?:常委会)?(?!代表|工作)", "{place}人民代表大会", "lower_congress", ""),
    # (修改乡镇人大工作条例: inside a law's title the words name no body)
    (rf"(?P<lw>{_alt('body_lower_levels.txt')})人大(?:及其)?(?P<sc>常委会)?(?![\u4e00-\u9fff]{{0,4}}(?:条例|办法|规定))", "{J}{lw}人民代表大会{sc}", "lower_congress", ""),
    (r"(?P<lw>区|县|镇|乡)(?<![全各本该治乡][区县镇乡])人大(?:及其)?(?P<sc>常委会)?(?!代表|[\u4e00-\u9fff]{0,4}(?:条例|办法|规定))", "{J}{lw}人民代表大会{sc}", "lower_congress", ""),
    # 区、镇人大: the first of two levels named before one 人大
    (r"(?P<lw>区|县|市)(?<![全各本该治][区县市])(?=、(?:镇|乡|县|区)人大)", "{J}{lw}人民代表大会", "lower_congress", ""),
    (r"自治县人大(?P<sc>常委会)?", "{J}自治县人民代表大会{sc}", "lower_congress", ""),
    # named courts and procuratorates (成渝金融法院, 两江新区（自贸区）法院, 两江地区（重庆铁路）检察院)
    (r"(?P<court>[\u4e00-\u9fff]{2,8}(?:（[\u4e00-\u9fff]{2,8}）)?(?:金融|知识产权|海事|铁路运输|互联网)?(?:法院|检察院))", "{court}", NAMED_COURT, ""),
]
_BAD_COURT_HEAD = re.compile(rf"^(?:{_alt('body_court_bad_heads.txt')})")


@dataclass
class Mention:
    id: str
    start: int
    end: int


@cache
def _compiled(level: str, jur: str, short: str) -> list[tuple[re.Pattern[str], str, str, str]]:
    comm = f"(?={_first_chars(words('committees.tsv'))})(?:{alternation('committees.tsv')})"
    place_names = [n for canon, shorts, _l, _a in jurisdictions() if canon != "中华人民共和国" for n in (canon, *shorts)]
    places = f"(?={_first_chars(place_names)})(?:" + "|".join(re.escape(n) for n in place_names) + ")"
    # an autonomous county's or prefecture's report calls itself 县 and 州 in running text (县人大常委会, 州委)
    spoken = {"自治县": "自治县|县", "自治州": "自治州|州", "自治旗": "自治旗|旗"}.get(level, re.escape(level))
    # each spoken form first, then the check of the character before it: a pattern that opens with its
    # literal words is scanned for them at C speed, one that opens with a look-behind is tried at every
    # position (same matches)
    L = "(?:" + "|".join(f"{w}(?<![全城都各本超该本外]{w})" for w in spoken.split("|")) + ")" if level else "(?!x)x"
    county = level in ("县", "自治县", "区", "旗", "自治旗")
    out = []
    for rx, canon, kind, parent in _RULES:
        if "{CL}" in rx:
            if not county:
                continue
            rx = rx.replace("{CL}", "{L}")
        pat = rx.replace("{LOCAL}", _local_alternation()).replace("{COMM}", comm).replace("{PLACES}", places).replace("{L}", L).replace("{J}", re.escape(jur)).replace("{S}", re.escape(short))
        out.append((re.compile(pat), canon, kind, parent))
    return out + _place_free_rules()


@cache
def _local_departments() -> dict[str, dict[str, str]]:
    """level (province, city) → name as written → full name, of local_departments.tsv (the place's own
    国资委 is left to its own rule, which names it as the government's)."""
    out: dict[str, dict[str, str]] = {"province": {}, "city": {}}
    for name, full, level, _central in rows("local_departments.tsv"):
        if "国有资产" not in full:
            out[level].setdefault(name, full)
    return out


@cache
def _local_alternation() -> str:
    names = {n for table in _local_departments().values() for n in table}
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


def _local_full(written: str, provincial: bool) -> str:
    """The full name of a department as written, in a province's form or a city's."""
    first, second = ("province", "city") if provincial else ("city", "province")
    tables = _local_departments()
    return tables[first].get(written) or tables[second].get(written) or written


def _local_known(written: str) -> bool:
    return any(written in table for table in _local_departments().values())


_TASK_UNIT = re.compile(r"[\u4e00-\u9fff]{1,10}(?:厅|局|委|办)")


@cache
def _place_free_rules() -> list[tuple[re.Pattern[str], str, str, str]]:
    """The rules that do not depend on the report's place, compiled once."""
    # a name right after a place word is that place's own department (省卫健委, 市发改委): the first
    # character is matched first and the one before it checked after, so the engine scans for the names'
    # first characters instead of trying every name at every position (a sixth of the extractor's time);
    # the names are one tree of characters (_trie), so at 中 or 国 (230 of the 314 names) the engine
    # follows the text's next characters instead of trying each name in turn
    central = _trie(central_bodies(), lambda ch: f"(?<![省市县区州盟旗府]{ch})")  # (not 自治区政府国资委)
    countries = "|".join(re.escape(c) for c in words("countries.txt"))
    return [
        (re.compile(central), "", "central", ""),
        (re.compile(rf"(?P<countries>(?:(?={_first_chars(words('countries.txt'))})(?:{countries})、?)+)等?(?:国家|国)?(?:的)?(?P<house>议会|国会)"),
         "", "foreign_parliament", ""),
    ]


def _trie(names: Iterable[str], after_first: Callable[[str], str] = lambda ch: "") -> str:
    """One pattern for a set of names that matches, where any of them starts, the longest one (as an
    alternation of the names longest first would), written as a tree: the names that share their first
    characters share their branch. ``after_first(ch)`` is put after each first character (a check of
    the character before it)."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for n in names:
        node = tree
        for ch in n:
            node = node.setdefault(ch, {})
        node[""] = {}  # a name ends here

    def branch(node: dict, first: bool) -> str:  # type: ignore[type-arg]
        alts = [re.escape(ch) + (after_first(re.escape(ch)) if first else "") + branch(child, False)
                for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        # where a name ends here the longer ones are tried first, then the end (a greedy ?)
        if "" in node:
            return "(?:" + "|".join(alts) + ")?"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return branch(tree, True)


def _first_chars(names) -> str:
    """A character class of the names' first characters, to try a long alternation only where it can match."""
    return "[" + "".join(sorted({re.escape(n[0]) for n in names if n})) + "]"


# rules that end in one of these words are run only in windows before the word: a rule that
# starts with a long alternation or a free run of characters is slow over a whole report
_ANCHORS = {OTHER_STANDING_COMMITTEES: ("人大常委会", "人民代表大会常务委员会"), NAMED_COURT: ("法院", "检察院"), "foreign_parliament": ("议会", "国会")}


def _anchored(rx: re.Pattern[str], text: str, anchors: tuple[str, ...], before: int = 60) -> list[re.Match[str]]:
    found: dict[tuple[int, int], re.Match[str]] = {}
    for word in anchors:
        i = text.find(word)
        while i >= 0:
            for m in rx.finditer(text, max(0, i - before), i + len(word) + 2):
                found.setdefault(m.span(), m)
            i = text.find(word, i + 1)
    # keep what a scan of the whole text would: leftmost matches, no overlaps
    out: list[re.Match[str]] = []
    for m in sorted(found.values(), key=lambda m: (m.start(), -m.end())):
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return out


def _doc_matches(ctx: Context) -> tuple[list[int], list[tuple[int, int, re.Match[str]]]]:
    """Every rule's matches over the whole normalised text, found once per document, in one list sorted
    by start: (start, rule index, match), with the starts alone for bisecting. A rule is not run over
    a text that lacks all the words its every match must contain (_needs): most rules find nothing in
    most reports, and a scan of the text costs more than looking for a word in it."""
    cached = getattr(ctx, "_body_matches", None)
    if cached is None:
        level = "" if ctx.level == "国" else ctx.level
        merged = []
        present: dict[str, bool] = {}
        for ri, (rx, _canon, kind, _parent) in enumerate(_compiled(level, ctx.doc.jurisdiction, ctx.short)):
            needs = _needs(rx)
            if needs and not any(present[w] if w in present else present.setdefault(w, w in ctx.norm) for w in needs):
                continue
            found = _anchored(rx, ctx.norm, _ANCHORS[kind]) if kind in _ANCHORS else rx.finditer(ctx.norm)
            merged += [(m.start(), ri, m) for m in found]
        merged.sort(key=lambda x: (x[0], x[1]))
        cached = ([x[0] for x in merged], merged)
        ctx._body_matches = cached  # type: ignore[attr-defined]
    return cached


@cache
def _needs(rx: re.Pattern[str]) -> tuple[str, ...]:
    """Words one of which every match of ``rx`` contains, read off its parsed form (empty when none
    can be told): 人民代表大会常务委员会 or 人大常委会 for the standing committee's rule."""
    if _parser is None or rx.flags & re.IGNORECASE:
        return ()
    try:
        best = _seq_needs(list(_parser.parse(rx.pattern, rx.flags)))
    except Exception:  # a form this reading does not know: the rule runs on every text
        return ()
    # many words cost more to look for one by one than the rule's own scan (the central bodies' 232,
    # the national committees' 64; the committees' 32 pay: 0.15 → 0.11 s over the shared reports)
    return tuple(sorted(best)) if best and len(best) <= 40 else ()


def _exact(op: object, av: object) -> set[str] | None:
    """The strings an item of a parsed pattern matches, where it matches only a few fixed ones."""
    if op is _c.LITERAL:
        return {chr(av)}  # type: ignore[arg-type]
    if op is _c.IN and all(o is _c.LITERAL for o, _ in av) and len(av) <= 8:  # type: ignore[attr-defined]
        return {chr(v) for _, v in av}  # type: ignore[attr-defined]
    if op is _c.SUBPATTERN:
        return _seq_exact(list(av[3]))  # type: ignore[index]
    if op is _c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:  # type: ignore[index]
            e = _seq_exact(list(alt))
            if e is None:
                return None
            out |= e
        return out if len(out) <= 64 else None
    return None


def _seq_exact(items: list) -> set[str] | None:  # type: ignore[type-arg]
    out = {""}
    for op, av in items:
        if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue  # takes no characters
        e = _exact(op, av)
        if e is None or len(out) * len(e) > 64:
            return None
        out = {a + b for a in out for b in e}
    return out


def _seq_needs(items: list) -> set[str] | None:  # type: ignore[type-arg]
    """The best words for a sequence: a run of fixed items read as one word (a look-around between
    them takes no characters), or what an item of its own needs (a group, a branch, a repeat)."""
    candidates: list[set[str]] = []
    run: set[str] = {""}
    for op, av in items:
        if op is _c.ASSERT:  # a look-around's words are in the text too, not next to the run
            inner = _seq_needs(list(av[1]))  # type: ignore[index]
            if inner:
                candidates.append(inner)
            continue
        if op in (_c.ASSERT_NOT, _c.AT):
            continue
        e = _exact(op, av)
        if e is not None and len(run) * len(e) <= 64:
            run = {a + b for a in run for b in e}
            continue
        if run != {""}:
            candidates.append(run)
        if e is not None:
            run = e
            continue
        inner = _item_needs(op, av)
        if inner:
            candidates.append(inner)
        # an item that ends in fixed words starts the next run with them (…(?:自治县|县|区))人大 → 县人大)
        run = _ends(op, av) or {""}
    if run != {""}:
        candidates.append(run)
    candidates = [c for c in candidates if "" not in c]
    # the words that are rarest in text: the longest shortest word, then the fewest words
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def _ends(op: object, av: object) -> set[str] | None:
    """The fixed words an item's every match ends with (a group whose last item is fixed), if any."""
    if op is not _c.SUBPATTERN:
        return None
    out = {""}
    for iop, iav in reversed(list(av[3])):  # type: ignore[index]
        if iop in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue
        e = _exact(iop, iav)
        if e is None or len(out) * len(e) > 64:
            break
        out = {b + a for a in out for b in e}
    return out if out != {""} else None


def _item_needs(op: object, av: object) -> set[str] | None:
    if op is _c.SUBPATTERN:
        return _seq_needs(list(av[3]))  # type: ignore[index]
    if op is _c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:  # type: ignore[index]
            n = _seq_needs(list(alt))
            if not n:
                return None
            out |= n
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:  # type: ignore[index]
        return _seq_needs(list(av[2]))  # type: ignore[index]
    return None


def province(ctx: Context) -> str:
    """For a city's or county's report, the province it is in: the one the text names most."""
    cached = getattr(ctx, "_province", None)
    if cached is None:
        cached = ""
        known = division_province(ctx.doc.jurisdiction)
        if known and known != ctx.doc.jurisdiction:
            cached = known  # the national statistics' division codes say it (ontology/lexicon/divisions.tsv)
        elif ctx.level not in ("省", "国", "自治区", "特别行政区") and ctx.doc.jurisdiction:
            counts = {}
            for canon, shorts, level, _a in jurisdictions():
                if level in ("省", "自治区") and canon != ctx.doc.jurisdiction:
                    n = sum(ctx.norm.count(x) for x in (canon, *shorts))
                    if n:
                        counts[canon] = n
            cached = max(counts, key=counts.__getitem__) if counts else ""
        ctx._province = cached  # type: ignore[attr-defined]
    return cached


# (…部门: 教育部门 is the education departments of every level, not 教育部)
_INSIDE_A_NAME = re.compile(r"直属|院士|(?<=部)[长门]|(?:(?!共建|合作|联合)[\u4e00-\u9fff]){0,8}?(?:研究所|研究院)")
_COURT_LEFT_TRIMS = re.compile(rf"^(?:{_alt('body_court_left_trims.txt')})+")
_PLACE_BAD_HEADS = re.compile(rf"^(?:{_alt('body_place_bad_heads.txt')})")


def find(ctx: Context, span: Span) -> list[Mention]:
    level = "" if ctx.level == "国" else ctx.level
    rules = _compiled(level, ctx.doc.jurisdiction, ctx.short)
    s = ctx.norm  # offsets below are absolute
    lo, hi = span.start, span.sentence.end
    taken: list[tuple[int, int]] = []
    out: list[Mention] = []
    comm = table("committees.tsv")
    # the sentence's matches of every rule, found with one search in the document's merged list, then
    # taken rule by rule in the rules' order (earlier rules win overlaps), each rule's in text order
    starts, merged = _doc_matches(ctx)
    here = sorted(merged[bisect_left(starts, lo) : bisect_left(starts, hi)], key=lambda x: (x[1], x[0]))
    # a State Council body's whole name holds no other body's (国务院办公厅 is neither 国务院 nor an office of the
    # congress; 国务院安委会 no 国务院): its match wins over the rules' (人民政协 stays the rules', the place's own)
    central = [m.span() for _s, ri, m in here
               if rules[ri][2] == "central" and m.group(0).startswith("国务院") and not _INSIDE_A_NAME.match(s, m.end())]
    for _start, ri, m in here:
        _rx, canon, kind, parent = rules[ri]
        a, b = m.span()
        if b > hi or any(not (b <= x or a >= y) for x, y in taken):
            continue
        if kind != "central" and any(x <= a and b <= y and y - x > b - a for x, y in central):
            continue
        if kind == "central":
            if _INSIDE_A_NAME.match(s, b):
                continue  # 中国科学院工业人工智能研究所, 教育部直属师范大学: a body named inside another's name
            full, k, par = central_bodies()[m.group(0)]
            out.append(_add(ctx, span, m.group(0), full, k, par, a - lo, b - lo))
            taken.append((a, b))
            continue
        if kind == TASK_LIST:
            # each item a department of the report's own government: a known name written out, another name
            # that ends as a department's does (厅, 局, 委, 办) as written; mass organisations are not departments
            if not ctx.doc.jurisdiction or ctx.doc.jurisdiction == "中华人民共和国":
                continue
            provincial = ctx.level in ("省", "自治区") or ctx.doc.jurisdiction.endswith(("省", "自治区"))
            pos = m.start("items")
            # (和 and 及 join two items, or stand inside one name: 住房和城乡建设厅, 人力资源和社会保障厅)
            items = [x for piece in re.split(r"[、，,及]", m.group("items"))
                     for x in ([piece] if _local_known(piece) else piece.split("和"))]
            for item in items:
                at = s.find(item, pos)
                pos = at + len(item)
                full = _local_full(item, provincial)
                if not item or "国有资产" in full or not (full != item or _TASK_UNIT.fullmatch(item)):
                    continue
                j = ctx.doc.jurisdiction
                out.append(_add(ctx, span, item, j + full, "department", j + "人民政府", at - lo, at + len(item) - lo))
            taken.append((a, b))
            continue
        if kind == "foreign_parliament":
            for c in re.split(r"、", m.group("countries")):
                if c:
                    house = c + m.group("house")
                    out.append(_add(ctx, span, house, house, "foreign_parliament", "", a - lo, b - lo))
            taken.append((a, b))
            continue
        g = {k: v for k, v in m.groupdict().items() if v}
        name = m.group(0)
        c = g.get("c") or g.get("c2") or ""
        k = kind
        par_t = parent
        if kind == OTHER_STANDING_COMMITTEES:
            # 云南省、贵州省人大常委会: one standing committee per place named
            places = re.split(r"[、和]", g["oj"])
            for place in places[:-1]:
                oj = _canonical_jurisdiction(place)
                out.append(_add(ctx, span, place + "人大常委会", f"{oj}人民代表大会常务委员会", "standing_committee", f"{oj}人民代表大会", a - lo, b - lo))
            k = "standing_committee"
            oj = _canonical_jurisdiction(places[-1])
            name = name[len(g["oj"]) - len(places[-1]) :]
            canon_name = f"{oj}人民代表大会常务委员会"
            par_t = f"{oj}人民代表大会"
        elif kind == COMMITTEE:
            k = _committee_kind(c)
            full = comm.get(c, c)
            canon_name = canon.replace("{c}", full)
            if k == "working_body" and "常务委员会" not in canon_name:
                canon_name = canon_name.replace("人民代表大会", "人民代表大会常务委员会")
                par_t = parent + "常务委员会" if not parent.endswith("常务委员会") else parent
        elif kind == LOCAL_DEPARTMENT:
            k = "department"
            provincial = canon.startswith("{P}") or ctx.level in ("省", "自治区")
            canon_name = canon.replace("{d}", _local_full(g["d"], provincial))
        elif kind == NAMED_COURT:
            court = trim_left(s, m.start("court"), m.end("court"), span.bounds, 0)
            court = _COURT_LEFT_TRIMS.sub("", court)
            # 最高法院 and 最高检察院 are the central ones (central_bodies.tsv), never a local court
            if _BAD_COURT_HEAD.match(court) or len(court) < 4 or re.search(r"人大|常委会|对|最高", court):
                continue
            k = "court" if court.endswith("法院") else "procuratorate"
            name = court
            # (a national report's 地方各级人民法院 is named without the country, as 最高人民法院 is)
            national = ctx.doc.jurisdiction == "中华人民共和国"
            canon_name = court if national or court.startswith(ctx.short or "\0") else (ctx.doc.jurisdiction + court)
            a = m.end() - len(court)
        else:
            canon_name = canon
            for key, val in g.items():
                canon_name = canon_name.replace("{" + key + "}", "常务委员会" if key == "sc" else val)
            canon_name = re.sub(r"\{(?!J\}|S\}|P\})\w+\}", "", canon_name)  # groups that did not match
            if kind == "lower_congress" and "place" in g:
                place = trim_left(s, m.start("place"), m.end("place"), span.bounds, 0)
                # a place is at least two characters before its 区/县 (渝中区, 和平区); in 同区人大 and
                # 与区人大 a preposition stands before the district congresses
                if (_PLACE_BAD_HEADS.match(place)
                        or place in ("区县", "自治县", "乡镇") or len(place) < 3):
                    continue
                a = m.start("place") + len(g["place"]) - len(place)
                if a not in span.bounds:  # 推动江门市江海区人大: the name starts on a word
                    nxt = min((i for i in span.bounds if a < i < m.end("place") - 1), default=a)
                    place, a = place[nxt - a :], nxt
                # 江海区人大常委会 is the district congress's standing committee
                canon_name = place + ("人民代表大会常务委员会" if m.group(0).endswith("常委会") else "人民代表大会")
                name = s[a:b]
        if "{P}" in canon_name:
            prov = province(ctx)
            if not prov:
                continue
            canon_name, par_t = canon_name.replace("{P}", prov), par_t.replace("{P}", prov)
        if kind == "lower_congress" and ctx.doc.jurisdiction == "中华人民共和国":
            canon_name = canon_name.replace("{J}", "")  # the country's 县乡人大: all of them, no 中华人民共和国县乡…
        canon_name = canon_name.replace("{J}", ctx.doc.jurisdiction).replace("{S}", ctx.short)
        canon_name = _NATIONAL_NAMES.get(canon_name, canon_name)
        par = par_t.replace("{J}", ctx.doc.jurisdiction)
        par = _NATIONAL_NAMES.get(par, par)
        if name == "大会":
            name = canon_name  # (向大会报告: the congress addressed; its name is not 大会)
        if canon_name.endswith("特别行政区政府") and (not name.endswith("特别行政区政府") or "两个" in name):
            # 香港、澳门特别行政区政府, 两个特别行政区行政长官和政府, 香港特区政府: the government's whole name (in a
            # list, the name the list shares, as an elided law's)
            name = canon_name.removeprefix("中华人民共和国")
        out.append(_add(ctx, span, name, canon_name, k, par, a - lo, b - lo))
        taken.append((a, b))
    return out


# a national report's 人大, 政协 unqualified are the national ones, not "{J}…" with the country's name
_NATIONAL_NAMES = {"中国人民政治协商会议中华人民共和国委员会": "中国人民政治协商会议全国委员会",
                   "中华人民共和国人民代表大会": "全国人民代表大会",
                   "中华人民共和国人民代表大会常务委员会": "全国人民代表大会常务委员会"}

_AMBIGUOUS_ALIASES = re.compile(rf"(?:{_alt('body_ambiguous_aliases.txt')})")


@cache
def central_bodies() -> dict[str, tuple[str, str, str]]:
    """Name or alias → (canonical, kind, parent canonical) of the central state, party and mass bodies
    (ontology/lexicon/central_bodies.tsv, built from public sources by scripts/build_lexicons.py). The
    congress's own committees are left to the rules above, which know whose congress a report means."""
    table_rows = [r + [""] * (5 - len(r)) for r in rows("central_bodies.tsv")]
    canon = {r[0]: r[1] for r in table_rows}
    out: dict[str, tuple[str, str, str]] = {}
    for name, full, kind, parent, aliases in table_rows:
        if parent.startswith("全国人民代表大会") or kind in ("special_committee", "congress", "standing_committee"):
            continue
        entry = (full, kind, canon.get(parent, parent))
        for n in [name, full, *[a for a in aliases.split(",") if a]]:
            # short aliases that name a local body as often as the central one are left out
            # and 新华社 stands in the dateline of a reposted report (新华社北京3月5日电), which is no mention
            if len(n) >= 3 and n not in out and not _AMBIGUOUS_ALIASES.fullmatch(n):
                out[n] = entry
    return out


def _canonical_jurisdiction(name: str) -> str:
    row = jurisdiction(name)
    return row[0] if row is not None else name


def _committee_kind(c: str) -> str:
    """special_committee or working_body, from the third column of committees.tsv."""
    for r in rows("committees.tsv"):
        if r[0] == c and len(r) > 2:
            return r[2].strip()
    return "special_committee"


def _add(ctx: Context, span: Span, name: str, canonical: str, kind: str, parent: str, a: int, b: int) -> Mention:
    name = span.original(name, a)
    bid = ids.make_id("body", canonical)
    if bid not in ctx.bodies:
        pid = ids.make_id("body", parent) if parent else None
        ctx.bodies[bid] = Body(id=bid, name=name, canonical=canonical, kind=kind, parent=pid)
    body = ctx.bodies[bid]
    if body.name == body.canonical and name != canonical:
        body.name = name  # the name as the report writes it, once it does
    eid = ctx.evidence_for(span)
    if eid not in body.mentions:
        body.mentions.append(eid)
    return Mention(bid, a, b)


def main_body(ctx: Context) -> str | None:
    """The body the report speaks for: its standing committee, government, court or procuratorate."""
    j = ctx.doc.jurisdiction
    if not j:
        return None  # no place, no body: 高级人民法院 of nowhere is no body
    national = j == "中华人民共和国"
    genre = ctx.doc.genre
    if genre == "standing_committee":
        canon, kind, parent = (
            ("全国人民代表大会常务委员会", "standing_committee", "全国人民代表大会")
            if national
            else (f"{j}人民代表大会常务委员会", "standing_committee", f"{j}人民代表大会")
        )
    elif genre == "government":
        canon, kind, parent = ("中华人民共和国国务院", "government", "") if national else (f"{j}人民政府", "government", "")
    elif genre == "court":
        canon, kind, parent = ("最高人民法院", "court", "") if national else (f"{j}高级人民法院", "court", "")
    elif genre == "procuratorate":
        canon, kind, parent = ("最高人民检察院", "procuratorate", "") if national else (f"{j}人民检察院", "procuratorate", "")
    else:
        return None
    bid = ids.make_id("body", canon)
    if bid not in ctx.bodies:
        ctx.bodies[bid] = Body(
            id=bid, name=canon, canonical=canon, kind=kind, parent=ids.make_id("body", parent) if parent else None
        )
    return bid


def kind_of(canonical: str) -> str:
    """The kind of a body known only as another's parent (教育部's 中华人民共和国国务院): the central
    bodies' table where it lists the name, else what the name's ending says."""
    for full, kind, _parent in central_bodies().values():
        if full == canonical:
            return kind
    for ending, kind in (("常务委员会", "standing_committee"), ("人民代表大会", "congress"), ("人民政府", "government"),
                         ("人民法院", "court"), ("人民检察院", "procuratorate"), ("监察委员会", "supervision")):
        if canonical.endswith(ending):
            return kind
    return "party" if re.match(r"中(?:国)?共(?:产党)?", canonical) else "other"
