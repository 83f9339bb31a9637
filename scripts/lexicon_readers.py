"""Print, as a Markdown table, which functions read which files of ontology/lexicon/ (from each file's
``Read by:`` header line), for docs/rules.md.

Usage: python scripts/lexicon_readers.py [MODULE ...]   (default: every module named in a header)
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

LEXICON = Path(__file__).resolve().parent.parent / "ontology" / "lexicon"
MODULES = ("bodies", "context", "initiatives", "laws", "metrics", "pipeline", "segment", "document", "normalize", "lexicon")


def readers() -> dict[str, set[str]]:
    """function (module.name) → the lexicon files whose header names it."""
    out: dict[str, set[str]] = defaultdict(set)
    for path in sorted(LEXICON.iterdir()):
        head = " ".join(line[1:].strip() for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#"))
        if "Read by:" not in head:
            continue
        named = head.split("Read by:", 1)[1].split("Matched:", 1)[0]
        for module, name in re.findall(r"\b(" + "|".join(MODULES) + r")\.(\w+)", named):
            if name != "py":
                out[f"{module}.{name}"].add(path.name)
    return out


def main(argv: list[str]) -> int:
    wanted = set(argv) or set(MODULES)
    print("| function | word lists |\n| --- | --- |")
    for function, names in sorted(readers().items()):
        if function.split(".")[0] in wanted:
            print(f"| `{function}` | {', '.join(f'`{n}`' for n in sorted(names))} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
