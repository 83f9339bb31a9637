"""The word lists of the genre live in ``ontology/lexicon/``, not in the extractor's code.

Every lexicon file is read by some code and opens with a header that says what it holds, which
rules read it, how it is matched and how to add a word. The code of ``loaders/extract/`` and
``loaders/read/`` holds no word list of its own: a string with a long alternation of Chinese words,
or a tuple, list or set of many Chinese words, fails here with the place it stands.
"""

from __future__ import annotations

import ast
import importlib
import re
from fnmatch import fnmatch
from pathlib import Path

import pytest
from kg.loaders import lexicon

ROOT = Path(__file__).resolve().parent.parent
LEXICON = ROOT / "ontology" / "lexicon"
CODE = [ROOT / "loaders", ROOT / "kg"]
HAN = r"[\u3400-\u9fff]+"
# more than five alternatives made only of Han characters: a word list, not a pattern
LONG_ALTERNATION = re.compile(rf"{HAN}(?:\|{HAN}){{5,}}")
MAX_WORDS = 5
# files a script builds: their header names the script and the source instead (see scripts/)
BUILT = re.compile(r"(?:built|rebuilt|generated) by scripts/")
MODULES = {
    "bodies": "kg.loaders.extract.bodies", "context": "kg.loaders.extract.context", "initiatives": "kg.loaders.extract.initiatives",
    "laws": "kg.loaders.extract.laws", "metrics": "kg.loaders.extract.metrics", "pipeline": "kg.loaders.extract.pipeline",
    "segment": "kg.loaders.extract.segment", "document": "kg.loaders.read.document", "normalize": "kg.loaders.read.normalize",
    "lexicon": "kg.loaders.lexicon",
}


def han_word_lists(root: Path) -> list[str]:
    """Places in ``root``'s loaders/extract and loaders/read that hold a word list: a string literal with
    more than five |-separated alternatives of Han characters only, or a tuple, list or set literal of
    more than five Han words."""
    found = []
    for path in sorted([*root.glob("loaders/extract/*.py"), *root.glob("loaders/read/*.py")]):
        where, here = path.relative_to(root), []
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for m in LONG_ALTERNATION.finditer(node.value):
                    here.append((node.lineno, f"{where}:{node.lineno}: {m.group(0)[:40]}…"))
            elif isinstance(node, (ast.Tuple, ast.List, ast.Set)) and len(node.elts) > MAX_WORDS:
                items = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
                if len(items) == len(node.elts) and all(re.fullmatch(HAN, w) for w in items):
                    here.append((node.lineno, f"{where}:{node.lineno}: {'、'.join(items[:6])}…"))
        found += [text for _, text in sorted(here)]
    return found


def test_no_word_list_in_the_code():
    found = han_word_lists(ROOT)
    assert not found, (
        "word lists in the code; move each to a file of ontology/lexicon/ (with a header) and read it with "
        "loaders.lexicon (alternation_in_order keeps a regex's order):\n" + "\n".join(found))


def test_the_guard_finds_a_word_list(tmp_path):
    # the guard itself: a module with a long alternation and a tuple of words is caught, a short one is not
    (tmp_path / "loaders" / "extract").mkdir(parents=True)
    (tmp_path / "loaders" / "extract" / "x.py").write_text(
        'import re\n'
        'A = re.compile(r"(?:制定|修改|修订|废止|批准|通过|审议)$")\n'
        'B = ("省", "市", "县", "区", "乡", "镇")\n'
        'C = re.compile(r"(?:制定|修改|修订|废止|批准)$|\\d{4}年")\n', encoding="utf-8")
    found = han_word_lists(tmp_path)
    assert [f.split(":")[1] for f in found] == ["2", "3"], found


def _strings_in_code() -> set[str]:
    out = set()
    for folder in CODE:
        for path in folder.rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    out.add(node.value)
    return out


def test_every_lexicon_file_is_read_by_the_code():
    named = _strings_in_code()
    orphans = sorted(p.name for p in LEXICON.iterdir() if p.is_file() and p.name not in named)
    assert not orphans, f"lexicon files no code reads (remove them or read them through loaders.lexicon): {orphans}"


def _header(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    head = []
    for line in lines:
        if not line.startswith("#"):
            break
        head.append(line[1:].strip())
    return " ".join(head)


@pytest.mark.parametrize("name", sorted(p.name for p in LEXICON.iterdir() if p.is_file()))
def test_every_lexicon_file_has_a_header(name):
    path = LEXICON / name
    header = _header(path)
    assert header, f"ontology/lexicon/{name}: no header; open it with # lines saying what the list holds"
    if BUILT.search(header):
        return
    for part in ("Read by:", "Matched:", "To add"):
        assert part in header, f"ontology/lexicon/{name}: the header says nothing of {part!r}"
    readers = header.split("Read by:", 1)[1].split("Matched:", 1)[0]
    named = [(m, a) for m, a in re.findall(r"\b(" + "|".join(MODULES) + r")\.(\w+)", readers) if a != "py"]
    assert named, f"ontology/lexicon/{name}: 'Read by:' names no function (module.function)"
    for module, attr in named:
        assert hasattr(importlib.import_module(MODULES[module]), attr), (
            f"ontology/lexicon/{name}: the header names {module}.{attr}, which does not exist")


def test_every_lexicon_file_has_words():
    empty = [p.name for p in LEXICON.iterdir() if p.is_file() and not lexicon.rows(p.name)]
    assert not empty, f"lexicon files without a row: {empty}"


def test_a_list_in_file_order_keeps_its_order_and_each_word_once():
    # law_suffixes.txt is matched in its order: the longer 法实施办法 before 实施办法 and 法
    ordered = lexicon.words_in_order("law_suffixes.txt")
    assert ordered[0] == "法实施办法" and ordered[-1] == "法"
    assert len(ordered) == len(set(ordered))
    assert lexicon.alternation_in_order("law_suffixes.txt") == "|".join(ordered)
    # the file order is not the longest-first order of words()
    assert lexicon.words_in_order("metric_target_cues.txt") != lexicon.words("metric_target_cues.txt")


def test_docs_name_every_lexicon_file():
    # docs/rules.md's tables say which rule reads which list: a new list is named there (a glob such as
    # `body_*.txt` may name a family)
    named = set(re.findall(r"`([\w*.-]+\.(?:txt|tsv))`", (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")))
    missing = [p.name for p in sorted(LEXICON.iterdir()) if p.is_file() and not any(fnmatch(p.name, n) for n in named)]
    assert not missing, f"lexicon files docs/rules.md does not name (add them to the rule's row): {missing}"
