"""`kg validate` at scale: time per report and peak memory of the graph-by-graph check
(kg.validate.validate_store) at growing store sizes, against the whole-store check it replaces
(pyshacl over the union of every graph, as `kg validate` did before), measured in the same run.

Usage: python benchmarks/validate.py REPORTS_FOLDER [--sizes 10,100,1000] [--baseline-sizes 10,30] [--json OUT]

The reports are every report under the folder, extracted once and repeated under other ids,
jurisdictions and years (benchmarks/rdf_store.py's corpus) until there are as many as the largest
size. Each measurement runs in a process of its own (so that its peak memory is its own): it loads
the first N reports into an in-memory store, then times one check. Both checks must find the same
violations (none, for reports as the writer writes them).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

warnings.filterwarnings("ignore")
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _sizes(text: str) -> list[int]:
    return sorted({int(x) for x in text.split(",") if x.strip()})


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(method: str, n: int, corpus_file: Path) -> dict:
    """Load the first ``n`` reports of the corpus file into a store and time one check."""
    from kg.model import Extraction
    from kg.stores.rdf import RDFStore
    from kg.validate import validate_quads, validate_store

    store = RDFStore(None)
    with corpus_file.open(encoding="utf-8") as fh:
        for _i, line in zip(range(n), fh, strict=False):
            store.load(Extraction.model_validate_json(line))
    import pyshacl  # noqa: F401 - imported before the clock starts, as in a warm `kg validate`

    rss_before = _rss_mb()
    t, cpu = time.perf_counter(), time.process_time()
    if method == "graph":
        res = validate_store(store)
    else:
        res = validate_quads(list(store.ox))
    seconds, cpu_seconds = time.perf_counter() - t, time.process_time() - cpu
    return {
        "quads": len(store.ox),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu_seconds, 2),
        "per_report_s": round(seconds / n, 3),
        "cpu_per_report_s": round(cpu_seconds / n, 3),
        "cpu_per_1000_quads_s": round(cpu_seconds / len(store.ox) * 1000, 3),
        "peak_rss_mb": round(_rss_mb()),
        "rss_growth_mb": round(_rss_mb() - rss_before),
        "violations": [str(v) for v in res.violations],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path, nargs="?")
    ap.add_argument("--sizes", type=_sizes, default=[10, 100, 1000], help="store sizes (reports) for the graph-by-graph check")
    ap.add_argument("--baseline-sizes", type=_sizes, default=[10, 30], help="sizes at which the whole-store check is timed too")
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--make-corpus", nargs=3, metavar=("FOLDER", "N", "OUT"), help=argparse.SUPPRESS)
    ap.add_argument("--child", nargs=3, metavar=("METHOD", "N", "CORPUS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.make_corpus:
        from rdf_store import corpus

        folder, n, path = args.make_corpus
        exts = corpus(Path(folder), int(n))
        Path(path).write_text("".join(e.model_dump_json() + "\n" for e in exts), encoding="utf-8")
        return 0
    if args.child:
        method, n, path = args.child
        print(json.dumps(child(method, int(n), Path(path))))
        return 0
    if args.folder is None:
        ap.error("give the folder of reports")

    t0 = time.perf_counter()
    n_max = max(args.sizes + args.baseline_sizes)
    with tempfile.TemporaryDirectory(prefix="rdkg-validate-bench-") as tmp:
        corpus_file = Path(tmp) / "corpus.jsonl"
        # built in a process of its own: a child forked from a parent holding the corpus would inherit
        # its resident size as its own peak (ru_maxrss), and the memory figures would be the corpus's
        made = subprocess.run([sys.executable, __file__, "--make-corpus", str(args.folder), str(n_max), str(corpus_file)],
                              capture_output=True, text=True)
        if made.returncode != 0:
            sys.exit(f"building the corpus failed:\n{made.stderr[-2000:]}")
        print(f"corpus: {n_max} reports ready in {time.perf_counter() - t0:.1f} s", flush=True)
        rows = []
        for n in sorted(set(args.sizes) | set(args.baseline_sizes)):
            row: dict = {"reports": n}
            for method, sizes in (("graph", args.sizes), ("whole", args.baseline_sizes)):
                if n not in sizes:
                    continue
                out = subprocess.run(
                    [sys.executable, __file__, "--child", method, str(n), str(corpus_file)],
                    capture_output=True, text=True,
                )
                if out.returncode != 0:
                    sys.exit(f"the {method} check of {n} reports failed:\n{out.stderr[-2000:]}")
                row[method] = json.loads(out.stdout.strip().splitlines()[-1])
                row["quads"] = row[method].pop("quads")
                print(f"  {n} reports, {'graph by graph' if method == 'graph' else 'whole store'}: "
                      + ", ".join(f"{k} {v}" for k, v in row[method].items() if k != "violations"), flush=True)
            if "graph" in row and "whole" in row:
                row["same_violations"] = row["graph"]["violations"] == row["whole"]["violations"]
                row["cpu_ratio_whole_to_graph_by_graph"] = round(row["whole"]["cpu_seconds"] / row["graph"]["cpu_seconds"], 2)
            rows.append(row)

    print("CPU seconds per report (wall seconds in the JSON; this machine is shared), peak memory of the process")
    print(f"{'reports':>8} {'quads':>10} {'by graph':>9} {'MB':>6} {'whole store':>12} {'MB':>6} {'same':>5}")
    for r in rows:
        g, w = r.get("graph", {}), r.get("whole", {})
        print(
            f"{r['reports']:>8} {r['quads']:>10,} {g.get('cpu_per_report_s', '-'):>9} {g.get('peak_rss_mb', '-'):>6}"
            f" {w.get('cpu_per_report_s', '-'):>12} {w.get('peak_rss_mb', '-'):>6} {str(r.get('same_violations', '-')):>5}"
        )
    if args.json:
        for r in rows:
            for m in ("graph", "whole"):
                if m in r:
                    r[m]["violations"] = len(r[m]["violations"])
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"rows": rows}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
