"""Draw random metric subjects from the shared reports for a reader to judge (issue 10, property d).

    python scripts/sample_metrics.py ../shared/reports 100 [SEED [EARLIER.tsv ...]] > docs/accuracy/metric-subjects-sample-N.tsv

Each row: number, file, subject, value, unit, the evidence sentence, the kind (actual, target, or baseline:
the starting point A of a change 从A提高到B). The draw is seeded, so the same
extractor gives the same sample; metrics already in the EARLIER samples (same file, value and
sentence) are left out, so a new sample holds only figures no reader has judged yet.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

from kg.loaders import extract, read_file


def main(root: str, n: int, seed: int = 20261129, earlier: list[str] | None = None) -> None:
    seen = set()
    for name in earlier or []:
        with open(name, encoding="utf-8") as f:
            seen |= {(r["file"], r["value"], r["sentence"]) for r in csv.DictReader(f, delimiter="\t")}
    rows = []
    for path in sorted(Path(root).rglob("*.txt")):
        ext = extract(read_file(path, force=True))
        ev = {e.id: e.text for e in ext.evidence}
        for m in ext.metrics:
            sentence = " ".join(ev.get(m.evidence, "").split())
            rows.append((path.relative_to(root).as_posix(), m.subject, m.value, m.unit, sentence, m.kind))
    random.Random(seed).shuffle(rows)
    rows = [r for r in rows if (r[0], f"{r[2]:g}", r[4]) not in seen]
    print("n\tfile\tsubject\tvalue\tunit\tsentence\tkind")  # kind: actual, target, or baseline (the A of 从A到B)
    for i, (f, subject, value, unit, sentence, kind) in enumerate(rows[:n], 1):
        print(f"{i}\t{f}\t{subject}\t{value:g}\t{unit}\t{sentence}\t{kind}")


if __name__ == "__main__":
    args = sys.argv[1:]
    main(args[0], int(args[1]) if len(args) > 1 else 100, int(args[2]) if len(args) > 2 else 20261129, args[3:])
