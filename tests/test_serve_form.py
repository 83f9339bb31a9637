"""kg serve's reading of form parameters (kg.serve.protocol.form): percent-escapes decoded in C must give
what ``urllib.parse.parse_qsl`` gives, and what it cannot read must be refused with a 400 as before.
(Pure functions: no server is involved; the protocol tests run them over real HTTP.)
"""

from __future__ import annotations

import random
import urllib.parse

import pytest

from kg.serve.protocol import Reply, check_text, form


def expected(data: bytes) -> list[tuple[str, str]]:
    return urllib.parse.parse_qsl(data.decode("utf-8"), keep_blank_values=True, max_num_fields=1000, errors="strict")


CASES = [
    b"", b"&", b"&&a=1&", b"query=SELECT+*+WHERE+%7B%7D", b"a=%41%42%43&b=%e4%b8%ad", b"a", b"a=&=b&=",
    b"%24x=%22v%22%40zh", b"a=%2B+%2b", b"a=back\\slash%5C", b"a=\\x41", b"a=%zz", b"a=%4", b"a=%",
    b"a=%%41", b"q=\xe4\xb8\xad\xe6\x96\x87", b"a=1;b=2", b"a==b", b"x=%0A%09%0D",
    urllib.parse.urlencode({"query": "PREFIX eli: <http://data.europa.eu/eli/ontology#>\nSELECT ?t WHERE { ?l eli:title ?t } # 中文 + & = %"}).encode(),
]


@pytest.mark.parametrize("data", CASES)
def test_form_reads_as_parse_qsl_does(data):
    assert form(data) == expected(data)


def test_form_on_random_texts():
    rng = random.Random(11)
    alphabet = "ab=&+%2F4Fz\\xé中 \n"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        data = text.encode("utf-8")
        try:
            want = expected(data)
        except (ValueError, UnicodeDecodeError):
            with pytest.raises(Reply) as refused:
                form(data)
            assert refused.value.status == 400
            continue
        assert form(data) == want, data


@pytest.mark.parametrize("data", [b"a=%ff", b"a=\xff", b"&".join([b"a=1"] * 1001)])
def test_what_form_cannot_read_is_400(data):
    with pytest.raises(Reply) as refused:
        form(data)
    assert refused.value.status == 400


@pytest.mark.parametrize("text, deepest", [
    ("SELECT * WHERE { ?s ?p ?o }", 1), ("ASK { { ( [ ] ) } }", 4), ('ASK { FILTER("{{{{" = <urn:x>) } # {{{{', 2),
])
def test_nesting_counts_brackets_outside_strings_iris_and_comments(text, deepest):
    from kg.serve.protocol import TextLimits

    check_text(text, TextLimits(nesting=deepest))
    with pytest.raises(Reply) as refused:
        check_text(text, TextLimits(nesting=deepest - 1))
    assert f"nested {deepest} levels" in refused.value.body.decode()


def _outcome(check, text, limits):
    try:
        check(text, limits)
    except Reply as refused:
        return refused.status, refused.body
    return None


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { ?s ?p ?o }", "ASK { { ( [ ] ) } }", 'ASK { FILTER("{{{{" = <urn:x>) } # {{{{',
    "SELECT * WHERE { SERVICE <urn:x> { ?s ?p ?o } }", "select * where { service <urn:x> {} }",
    'ASK { FILTER("SERVICE" = "x") } # SERVICE', "ASK { ?s <urn:a/b/c/d> ?o } # ////", "ASK { ?s ?p ſervice }",
    "ASK { ?s a/b/c|d/^e/!f ?o }", "ASK { ?s ?p ?o } # " + "{" * 50, "ASK " + "{ " * 6 + "}" * 6,
])
@pytest.mark.parametrize("limits", [(100, 500, 200_000), (3, 4, 60), (5, 2, 1000)])
def test_check_query_decides_as_check_text(text, limits):
    """check_query's short way (the raw text's counts) passes only what check_text passes, and refuses
    with check_text's own answer."""
    from kg.serve.protocol import TextLimits, check_query

    lim = TextLimits(*limits)
    assert _outcome(check_query, text, lim) == _outcome(check_text, text, lim)


def test_check_query_on_random_texts():
    from kg.serve.protocol import TextLimits, check_query

    rng = random.Random(12)
    pieces = ["{", "}", "(", ")", "[", "]", "/", "|", "^", "!", "<urn:a/b>", '"{/"', "'[|'", "# {/\n", "\n",
              " ", "SERVICE", "service", "Service", "?s", "ASK", "中", "ß", "ſ", "'''{'''", '"x\\"{"']
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        lim = TextLimits(rng.randint(0, 6), rng.randint(0, 6), rng.randint(10, 200))
        assert _outcome(check_query, text, lim) == _outcome(check_text, text, lim), (text, lim)
