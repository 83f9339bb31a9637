"""Keep README.md true: the saved questions' parameter table is generated from the queries' headers,
and the README's runnable examples are run (by tests/test_readme.py, or here with --run).

    python scripts/readme.py            # rewrite the parameter table in README.md from queries/*.rq
    python scripts/readme.py --check    # exit 1 if the table in README.md is not the generated one

The table sits between ``<!-- params:begin -->`` and ``<!-- params:end -->``. A fenced block after
``<!-- runnable -->`` is a shell script run from a copy of the repository; ``<!-- runnable: serve -->``
runs it while ``kg serve`` serves the copy's store on a free port (``127.0.0.1:8000`` in the block is
that port). A fenced block after ``<!-- output -->`` is what the runnable block above it prints (its
lines, trailing spaces aside, must appear in that order and together in the output).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BEGIN, END = "<!-- params:begin -->", "<!-- params:end -->"
_FENCE = re.compile(r"^(?P<marker><!-- (?P<kind>runnable(?::\s*\w+)?|output)[^>]*-->)\n```[\w-]*\n(?P<body>.*?)^```$",
                    re.S | re.M)


def params_table(folder: Path | None = None) -> str:
    """The saved questions as a Markdown table: name, question (Chinese, English), parameters (``?`` optional)."""
    sys.path.insert(0, str(ROOT))
    from kg.saved import QUERIES, catalogue

    rows = ["| name | question | parameters |", "| --- | --- | --- |"]
    for q in catalogue(folder or QUERIES).values():
        params = ", ".join(f"`{p.name}`" + ("?" if p.optional else "") for p in q.params) or "—"
        rows.append(f"| `{q.name}` | {q.zh} {q.en} | {params} |")
    return "\n".join(rows)


def with_table(text: str, table: str) -> str:
    if BEGIN not in text or END not in text:
        raise SystemExit(f"README.md: no {BEGIN} … {END} around the parameter table")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{BEGIN}\n{table}\n{END}{tail}"


@dataclass
class Example:
    line: int  # where the block starts in README.md (1-based)
    script: str
    serve: bool = False
    output: str | None = None


def examples(text: str) -> list[Example]:
    """The runnable blocks, in order, each with the output block that follows it (if any)."""
    out: list[Example] = []
    for m in _FENCE.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        kind = m.group("kind")
        if kind.startswith("runnable"):
            out.append(Example(line, m.group("body"), serve=kind.endswith("serve")))
        elif out and out[-1].output is None:
            out[-1].output = m.group("body")
        else:
            raise ValueError(f"README.md:{line}: an output block that follows no runnable block")
    return out


def shows(output: str, expected: str) -> bool:
    """The expected lines appear, in order and together, in the output (trailing spaces aside)."""
    got = [line.rstrip() for line in output.splitlines()]
    want = [line.rstrip() for line in expected.strip("\n").splitlines()]
    return any(got[i:i + len(want)] == want for i in range(len(got) - len(want) + 1))


def main(argv: list[str]) -> int:
    text = README.read_text(encoding="utf-8")
    new = with_table(text, params_table())
    if "--check" in argv:
        if new != text:
            print("README.md: the parameter table is not the one the saved queries give; "
                  "run python scripts/readme.py", file=sys.stderr)
            return 1
        return 0
    if new != text:
        README.write_text(new, encoding="utf-8")
        print("README.md: parameter table rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
