"""Lexicons of the genre, kept as plain files under ``ontology/lexicon/`` and loaded once."""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

ONTOLOGY = files("kg.ontology")
LEXICON = ONTOLOGY / "lexicon"


def rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a lexicon file, comments and blank lines left out."""
    return _rows(name)


@cache
def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (LEXICON / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.rstrip("\n").split("\t"))
    return rows


@cache
def words(name: str) -> tuple[str, ...]:
    """A one-column list (first column of each row), longest first so alternations match greedily."""
    return tuple(sorted({r[0].strip() for r in _rows(name) if r[0].strip()}, key=lambda w: (-len(w), w)))


@cache
def table(name: str) -> dict[str, str]:
    """A two-column mapping."""
    return {r[0].strip(): r[1].strip() for r in _rows(name) if len(r) >= 2}


@cache
def jurisdictions() -> tuple[tuple[str, tuple[str, ...], str, str], ...]:
    out = []
    for r in _rows("jurisdictions.tsv"):
        canon, shorts, level, abbr = (r + ["", "", ""])[:4]
        out.append((canon, tuple(s for s in shorts.split(",") if s), level, abbr))
    return tuple(out)


@cache
def _jurisdiction_names() -> dict[str, tuple[str, tuple[str, ...], str, str]]:
    out: dict[str, tuple[str, tuple[str, ...], str, str]] = {}
    for row in jurisdictions():
        for name in (row[0], *row[1]):
            out.setdefault(name, row)  # (a name two rows share belongs to the first, as a scan in order finds it)
    return out


def jurisdiction(name: str) -> tuple[str, tuple[str, ...], str, str] | None:
    """The row of jurisdictions.tsv (canonical, short names, level word, abbreviation) a canonical or short
    name names (广西 → 广西壮族自治区's), None for a name the table does not hold."""
    return _jurisdiction_names().get(name)


def level_word(name: str) -> str:
    """The word a report uses for its own jurisdiction: 市 in 重庆市, 省 in 河北省, 自治区 …"""
    row = jurisdiction(name)
    if row is not None and row[0] == name:
        return row[2]
    for suffix in words_in_order("place_level_suffixes.txt"):
        if name.endswith(suffix):
            return suffix
    return ""


@cache
def alternation(name: str) -> str:
    """A regex alternation of a word list, longest words first."""
    return "|".join(re.escape(w) for w in words(name))


@cache
def words_in_order(name: str) -> tuple[str, ...]:
    """A one-column list in the file's own order (a repeated row kept once, where it first stands)."""
    return tuple(dict.fromkeys(r[0].strip() for r in _rows(name) if r[0].strip()))


@cache
def alternation_in_order(name: str) -> str:
    """A regex alternation of a word list in the file's own order. Python's ``re`` takes the first
    alternative that matches, so the file's order is the pattern's order: a list moved out of a regex
    keeps the matches it had (a row repeated later could never match anything the first did not)."""
    return "|".join(re.escape(w) for w in words_in_order(name))


def division_province(place: str) -> str:
    """The province of a prefecture or county (绍兴市 → 浙江省), '' when the division codes do not
    say (a name two provinces share) or the place is a province itself."""
    return table("divisions.tsv").get(place, "")
