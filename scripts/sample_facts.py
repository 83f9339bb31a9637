"""Draw random facts from `kg extract` on a folder of reports for a reader to judge (issue 10).

    python scripts/sample_facts.py ../shared/reports/excerpts 50 [SEED [EARLIER.tsv ...]] > docs/accuracy/excerpt-facts-sample-N.tsv

Each row: number, file, kind, the fact in words, the evidence sentence. Seeded; facts already in the
EARLIER samples (same file, kind and fact) are left out, so a new sample holds only unjudged facts.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

from kg.loaders import extract, read_file


def facts(path: Path) -> list[tuple[str, str, str]]:
    ext = extract(read_file(path, force=True))
    ev = {e.id: " ".join(e.text.split()) for e in ext.evidence}
    names = {x.id: getattr(x, "title", "") or x.name for x in ext.laws + ext.decisions + ext.initiatives + ext.bodies}
    out = []
    for law in ext.laws:
        out.append(("law", f"{law.title} ({law.level}, {law.jurisdiction})", ev.get(law.mentions[0], "")))
    children = {b.parent: b for b in ext.bodies if b.parent}
    for b in ext.bodies:
        if b.mentions:
            out.append(("body", f"{b.canonical} ({b.kind})", ev.get(b.mentions[0], "")))
        elif b.id in children and children[b.id].mentions:  # a parent the text implies: show its child's sentence
            child = children[b.id]
            out.append(("body", f"{b.canonical} ({b.kind}; parent of {child.canonical})", ev.get(child.mentions[0], "")))
        else:
            out.append(("body", f"{b.canonical} ({b.kind})", ""))
    for a in ext.actions:
        # `other` is anything done to a law outside the eight named types (rdkg:other), or the law only
        # invoked: the fact shows the verb it was read from, so a reader can judge it
        kind = a.type
        if a.type == "other":
            kind = f"other (verb {a.verb})" if a.verb else "other (no verb: the law is only invoked or mentioned)"
        out.append(("action", f"{kind} {names.get(a.law, a.law)} [period {a.period}, year {a.year}]", ev.get(a.evidence, "")))
        law = names.get(a.law, a.law)
        LEGACY[out[-1][1]] = [f"{a.type} {law} [period {a.period}, year {a.year}]"]
        if a.type == "other":  # as samples 14–35 wrote it
            LEGACY[out[-1][1]].append(f"other (invoked or mentioned, nothing done to it) {law} [period {a.period}, year {a.year}]")
    for r in ext.relations:
        if r.type in ("serves", "inspected", "reported_to"):
            out.append((r.type, f"{names.get(r.source, r.source)} → {names.get(r.target, r.target)}", ev.get(r.evidence or "", "")))
    for m in ext.metrics:
        # the value in full (1721506, not 1.72151e+06: a reader checks it against the sentence)
        value = f"{int(m.value)}" if float(m.value).is_integer() else f"{m.value:.15g}"
        out.append(("metric", f"{m.subject}: {value} {m.unit} ({m.qualifier}, {m.kind}, {m.period})", ev.get(m.evidence, "")))
        LEGACY[out[-1][1]] = [f"{m.subject}: {m.value:g} {m.unit} ({m.qualifier}, {m.kind}, {m.period})"]
    for i in ext.initiatives:
        out.append(("initiative", i.name, ev.get(i.mentions[0], "") if i.mentions else ""))
    return out


# a fact as earlier samples wrote it (a metric's value with :g before session 6, an `other` action
# without its verb before session 13), so facts judged then are still left out
LEGACY: dict[str, list[str]] = {}


def main(root: str, n: int, seed: int = 20261129, earlier: list[str] | None = None) -> None:
    seen = set()
    for name in earlier or []:
        with open(name, encoding="utf-8") as f:
            seen |= {(r["file"], r["kind"], r["fact"]) for r in csv.DictReader(f, delimiter="\t")}
    rows = [(p.name, *f) for p in sorted(Path(root).glob("*.txt")) for f in facts(p)]
    random.Random(seed).shuffle(rows)
    rows = [r for r in rows if not any((r[0], r[1], f) in seen for f in [r[2], *LEGACY.get(r[2], [])])]
    print("n\tfile\tkind\tfact\tsentence")
    for i, (f, kind, fact, sentence) in enumerate(rows[:n], 1):
        print(f"{i}\t{f}\t{kind}\t{fact}\t{sentence}")


if __name__ == "__main__":
    args = sys.argv[1:]
    main(args[0], int(args[1]) if len(args) > 1 else 50, int(args[2]) if len(args) > 2 else 20261129, args[3:])
