"""`kg validate` at scale: time per report of the graph-by-graph check (kg.validate.validate_store)
at growing store sizes, against the whole-store check it replaces (pyshacl over the union of every
graph, as `kg validate` did before), measured in the same run at the small sizes.

Usage: python benchmarks/validate.py REPORTS_FOLDER [--sizes 10,100,1000] [--baseline-sizes 10,30] [--json OUT]

The reports are every report under the folder, extracted once and repeated under other ids,
jurisdictions and years (benchmarks/rdf_store.py's corpus) until there are as many as the largest
size. Each size is a fresh in-memory store holding the first N of them; both checks read the same
store and must find the same violations (none, for reports as the writer writes them).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from pathlib import Path

warnings.filterwarnings("ignore")
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _sizes(text: str) -> list[int]:
    return sorted({int(x) for x in text.split(",") if x.strip()})


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--sizes", type=_sizes, default=[10, 100, 1000], help="store sizes (reports) for the graph-by-graph check")
    ap.add_argument("--baseline-sizes", type=_sizes, default=[10, 30], help="sizes at which the whole-store check is timed too")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()

    from rdf_store import corpus

    from kg.stores.rdf import RDFStore
    from kg.validate import validate_quads, validate_store

    t0 = time.perf_counter()
    largest = max(args.sizes + args.baseline_sizes)
    exts = corpus(args.folder, largest)
    print(f"corpus: {len(exts)} reports ready in {time.perf_counter() - t0:.1f} s", flush=True)

    rows = []
    for n in sorted(set(args.sizes) | set(args.baseline_sizes)):
        store = RDFStore(None)
        for ext in exts[:n]:
            store.load(ext)
        quads = len(store.ox)
        row: dict = {"reports": n, "quads": quads}
        if n in args.sizes:
            reports_done = [0.0]
            t = time.perf_counter()

            def step(p, t=t, reports_done=reports_done, n=n):
                if p.done == p.total - 1:
                    reports_done[0] = time.perf_counter() - t
                if p.done % max(1, p.total // 10) == 0 and p.done < p.total:
                    print(f"    {n} reports: {p.done}/{p.total} graphs in {time.perf_counter() - t:.0f} s", flush=True)

            res = validate_store(store, progress=step)
            total = time.perf_counter() - t
            row |= {
                "graph_by_graph_s": round(total, 2),
                "graph_by_graph_s_per_report": round(total / n, 3),
                "entities_step_s": round(total - reports_done[0], 2),
                "violations": len(res.violations),
            }
            by_graph = res
        if n in args.baseline_sizes:
            t = time.perf_counter()
            old = validate_quads(list(store.ox))
            total = time.perf_counter() - t
            row |= {"whole_store_s": round(total, 2), "whole_store_s_per_report": round(total / n, 3)}
            if n in args.sizes:
                row["same_violations"] = old.violations == by_graph.violations
                row["ratio_whole_to_graph_by_graph"] = round(row["whole_store_s"] / row["graph_by_graph_s"], 2)
        rows.append(row)
        print("  " + ", ".join(f"{k} {v}" for k, v in row.items()), flush=True)
        del store

    print(f"{'reports':>8} {'quads':>10} {'by graph s/report':>18} {'whole store s/report':>21} {'same':>5}")
    for r in rows:
        by = f"{r['graph_by_graph_s_per_report']:.3f}" if "graph_by_graph_s" in r else "-"
        whole = f"{r['whole_store_s_per_report']:.3f}" if "whole_store_s" in r else "-"
        print(f"{r['reports']:>8} {r['quads']:>10,} {by:>18} {whole:>21} {str(r.get('same_violations', '-')):>5}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"rows": rows}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
