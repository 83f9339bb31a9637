"""Draw random metric subjects from the shared reports for a reader to judge (issue 10, property d).

    python scripts/sample_metrics.py ../shared/reports 100 > docs/accuracy/metric-subjects-sample.tsv

Each row: number, file, subject, value, unit, the evidence sentence. The draw is seeded, so the same
extractor gives the same sample.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from kg.loaders import extract, read_file


def main(root: str, n: int, seed: int = 20261129) -> None:
    rows = []
    for path in sorted(Path(root).rglob("*.txt")):
        ext = extract(read_file(path, force=True))
        ev = {e.id: e.text for e in ext.evidence}
        for m in ext.metrics:
            sentence = " ".join(ev.get(m.evidence, "").split())
            rows.append((path.relative_to(root).as_posix(), m.subject, m.value, m.unit, sentence))
    random.Random(seed).shuffle(rows)
    print("n\tfile\tsubject\tvalue\tunit\tsentence")
    for i, (f, subject, value, unit, sentence) in enumerate(rows[:n], 1):
        print(f"{i}\t{f}\t{subject}\t{value:g}\t{unit}\t{sentence}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 100)
