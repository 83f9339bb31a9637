"""The functions of :mod:`re` the rules call, over a larger cache of compiled patterns.

The rules are written as pattern strings, many of them built from the word lists in ``ontology/lexicon/``,
and called as ``re.search(pattern, text)``. A pass over the shared reports goes through well over the 512
patterns that :mod:`re` keeps compiled, so the same patterns were compiled again and again (857 compiles
in a warm pass over the 99 shared reports, about 0.25 of its 5 CPU seconds; none now). The modules of
``loaders/extract`` import this module as ``re``: the same calls, with 4,096 compiled patterns kept (the
patterns come from the code and the word lists, plus a few that quote a name of the text being read).
"""

from __future__ import annotations

import re as _re
from collections.abc import Callable, Iterator
from re import IGNORECASE, M, Match, Pattern, error, escape

__all__ = ["IGNORECASE", "M", "Match", "Pattern", "compile", "error", "escape", "findall", "finditer",
           "fullmatch", "match", "search", "split", "sub", "subn"]


_KEPT = 4096
_cache: dict[str | Pattern[str], Pattern[str]] = {}  # flags 0, the rules' only flags but for a few


def _compiled(pattern: str | Pattern[str], flags: int = 0) -> Pattern[str]:
    if isinstance(pattern, Pattern):
        return pattern
    if flags:
        return _re.compile(pattern, flags)  # (re keeps its own 512)
    if len(_cache) >= _KEPT:
        _cache.clear()
    compiled = _cache[pattern] = _re.compile(pattern)
    return compiled


# each function looks the pattern up in one dict (a compiled pattern stands for itself): the rules call
# these about a million times in a pass over the shared reports
def compile(pattern: str | Pattern[str], flags: int = 0) -> Pattern[str]:  # noqa: A001 (re's own name)
    return (_cache.get(pattern) if not flags else None) or _compiled(pattern, flags)


def search(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    return ((_cache.get(pattern) if not flags else None) or _compiled(pattern, flags)).search(string)


def match(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    return ((_cache.get(pattern) if not flags else None) or _compiled(pattern, flags)).match(string)


def fullmatch(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    return ((_cache.get(pattern) if not flags else None) or _compiled(pattern, flags)).fullmatch(string)


def sub(pattern: str | Pattern[str], repl: str | Callable[[Match[str]], str], string: str, count: int = 0, flags: int = 0) -> str:
    return ((_cache.get(pattern) if not flags else None) or _compiled(pattern, flags)).sub(repl, string, count)


def subn(pattern: str | Pattern[str], repl: str | Callable[[Match[str]], str], string: str, count: int = 0,
         flags: int = 0) -> tuple[str, int]:
    return ((_cache.get(pattern) if not flags else None) or _compiled(pattern, flags)).subn(repl, string, count)


def split(pattern: str | Pattern[str], string: str, maxsplit: int = 0, flags: int = 0) -> list[str | None]:
    return ((_cache.get(pattern) if not flags else None) or _compiled(pattern, flags)).split(string, maxsplit)


def findall(pattern: str | Pattern[str], string: str, flags: int = 0) -> list:
    return ((_cache.get(pattern) if not flags else None) or _compiled(pattern, flags)).findall(string)


def finditer(pattern: str | Pattern[str], string: str, flags: int = 0) -> Iterator[Match[str]]:
    return ((_cache.get(pattern) if not flags else None) or _compiled(pattern, flags)).finditer(string)
