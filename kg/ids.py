"""Stable identifiers derived from canonical names.

An id is ``<kind>/<canonical name>`` with characters that are unsafe in an IRI percent-encoded, so
the same entity from two reports gets the same id, and an IRI is ``base + id``.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

from .text import normalize

DEFAULT_BASE = "https://w3id.org/rdkg/"

_UNSAFE = re.compile(r'[\x00-\x20<>"{}|\\^`%#?/\[\]]')
_QUOTES = str.maketrans({"“": "", "”": "", '"': "", "《": "", "》": "", "‘": "", "’": "", "'": ""})


def key(name: str) -> str:
    """The comparison key of a name: no quotes or title marks, no spaces, half-width brackets."""
    s = normalize(name).translate(_QUOTES).replace("（", "(").replace("）", ")")
    return re.sub(r"\s+", "", s)


def slug(name: str) -> str:
    return _UNSAFE.sub(lambda m: quote(m.group(0), safe=""), key(name))


def make_id(kind: str, name: str) -> str:
    return f"{kind}/{slug(name)}"


def report_id(jurisdiction: str, year: int | None, genre: str, text: str) -> str:
    """jurisdiction-year-genre; a report without a place or a year is named by what is known and a
    digest of its text (never by the file's path, which differs between machines)."""
    if jurisdiction and year:
        return make_id("report", f"{jurisdiction}-{year}-{genre}")
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    known = [p for p in (jurisdiction, str(year) if year else "", genre if genre != "unknown" else "") if p]
    return make_id("report", "-".join(known + [digest]))
