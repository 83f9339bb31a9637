"""Keep README.md true: the saved questions' parameter table is generated from the queries' headers,
and the README's runnable examples are run (by tests/test_readme.py, or here with --run).

    python scripts/readme.py            # rewrite the parameter table in README.md from queries/*.rq
    python scripts/readme.py --check    # exit 1 if the table in README.md is not the generated one

The table sits between ``<!-- params:begin -->`` and ``<!-- params:end -->``. A fenced block after
``<!-- runnable -->`` is run from a copy of the repository, in the README's order: a ``sh`` block by
bash, a ``python`` block by the venv's Python. ``<!-- runnable: background -->`` starts its block (a
server: ``make serve``) and leaves it running for the blocks after it, until the end.
``<!-- runnable: commands -->`` is a listing of commands: each line's ``kg`` command (``kg neo4j start``)
must answer ``--help``. The servers' well-known ports in the blocks (8000 for kg serve, 3030 for Fuseki,
8890 for Virtuoso) are replaced by free ones (``PORTS``). A fenced block after ``<!-- output -->`` is
what the runnable block above it prints (its lines, trailing spaces aside, must appear in that order and
together in the output).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BEGIN, END = "<!-- params:begin -->", "<!-- params:end -->"
_FENCE = re.compile(r"^(?P<marker><!-- (?P<kind>runnable(?::\s*\w+)?|output)[^>]*-->)\n```(?P<lang>[\w-]*)\n"
                    r"(?P<body>.*?)^```$", re.S | re.M)
# the servers' ports as the README writes them: each stands for a free port when the blocks run
PORTS = {"kg serve": 8000, "Fuseki": 3030, "Virtuoso": 8890}


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
    how: str = ""  # "", "background" or "commands" (see the module's docstring)
    lang: str = "sh"
    output: str | None = None

    def commands(self) -> list[tuple[list[str], list[str]]]:
        """A listing's commands: each line's ``kg`` command (its words up to the first argument, the first
        of ``a|b`` alternatives) and the options the line names."""
        out = []
        for line in self.script.splitlines():
            text = line.split(" # ", 1)[0]
            words = text.split()
            if words[:1] == ["kg"]:
                cmd = ["kg"]
                for w in words[1:]:
                    if not re.fullmatch(r"[a-z0-9]+(\|[a-z0-9]+)*", w):
                        break
                    cmd.append(w.split("|")[0])
                out.append((cmd, re.findall(r"(?<![\w-])--[a-z][a-z-]*", text)))
        return out


def examples(text: str) -> list[Example]:
    """The runnable blocks, in order, each with the output block that follows it (if any)."""
    out: list[Example] = []
    for m in _FENCE.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        kind = m.group("kind")
        if kind.startswith("runnable"):
            how = kind.split(":", 1)[1].strip() if ":" in kind else ""
            if how not in ("", "background", "commands"):
                raise ValueError(f"README.md:{line}: runnable: {how}? (background or commands)")
            out.append(Example(line, m.group("body"), how=how, lang=m.group("lang") or "sh"))
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
