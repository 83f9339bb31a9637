"""Where a replacement's time goes, and from when on a kill no longer stops its commit.

Usage: python benchmarks/commit_window.py [FOLDER] [--repeats N] [--json OUT]

The embedded store commits a load in one call into Oxigraph (RDFStore.load): an update evaluated into
a write batch in memory, then written to RocksDB's write-ahead log as one record, then applied to the
memtables; the call returns after that. A process killed before the record is whole leaves nothing
(the next open drops a record cut short); once it is whole, the next open replays it, so from then on
a kill no longer stops the commit (kg.stores.writer then cuts the log back). This measures, in a fresh
process per case and method, the time of the whole load, of the update call, when the log record
starts and ends (the log's size polled every 0.2 ms from another thread: pyoxigraph releases the GIL
inside the call), and what follows the record until the call returns: the window in which only
cutting the log back keeps the earlier version.

Two methods of the same replacement, in the same run: the difference only (RDFStore.load today: the
quads the new version lacks deleted, its others inserted, the catalogue of the touched entities
recomputed; when most of the old graph goes, the graph dropped and the new one inserted) and the baseline, the former whole replacement (drop the graph, insert the new one,
recompute the catalogue of every entity either version mentions, in one SPARQL Update). Three cases,
from the reports under FOLDER (default ../shared/reports/gov-2026): the largest report grown to
96,473 and 156,612 characters by the bodies of others (the earlier version is a prefix of the new
one, as in benchmarks/ctrl_c.py); a report of ~73,000 characters replaced by another text of the same
report id (almost nothing in common: the worst case); the largest real report re-extracted with every
sentence changed.
"""

from __future__ import annotations

import argparse
import os
import pickle
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

from grown_report import SALUTATION, grow, reports, scratch

CHILD = r'''
import os, pickle, sys, threading, time
from kg.stores.rdf import RDFStore, AFFECTED, _recover
from kg.stores.writer import newest_log
from kg.loaders.write.rdf import quads, graph_iri, catalogue_refresh
from kg import vocab as V
store, new_pkl, method = sys.argv[1:4]
new = pickle.load(open(new_pkl, "rb"))
s = RDFStore(store)
samples, stop, marks = [], [False], {}
def poll():
    while not stop[0]:
        name = newest_log(store)
        samples.append((time.perf_counter(), name, os.path.getsize(os.path.join(store, name))))
        time.sleep(0.0002)
th = threading.Thread(target=poll); th.start()
time.sleep(0.01)
t0 = time.perf_counter()
if method == "difference":
    s.load(new, lambda replacing: marks.setdefault("call", time.perf_counter()))
else:  # the former whole replacement, as RDFStore.load made it before
    g = graph_iri(new.report.id, s.base)
    data = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads(new, s.base))
    mentioned = f"INSERT {{ GRAPH <{AFFECTED}> {{ ?x rdkg:mentions ?x }} }} WHERE {{ GRAPH {g} {{ {g} rdkg:mentions ?x }} }}"
    update = (f"{mentioned} ; DROP SILENT GRAPH {g} ; INSERT DATA {{ GRAPH {g} {{ {data} }} }} ; {mentioned} ; "
              + catalogue_refresh(AFFECTED) + f" ; DROP SILENT GRAPH <{AFFECTED}>")
    marks["call"] = time.perf_counter()
    s.ox.update(update, prefixes=V.PREFIXES)
t1 = time.perf_counter()
stop[0] = True; th.join()
call = marks["call"]
before = [x for x in samples if x[0] <= call][-1]
grown = [x for x in samples if x[0] > call and (x[1], x[2]) != (before[1], before[2])]
start = grown[0][0] if grown else t1
end = next(x[0] for x in samples if (x[1], x[2]) == (samples[-1][1], samples[-1][2])) if grown else t1
print(pickle.dumps({"load_s": t1 - t0, "update_s": t1 - call, "record_start_s": start - call,
                    "record_end_s": end - call, "after_record_s": t1 - end,
                    "record_mb": (samples[-1][2] - (before[2] if samples[-1][1] == before[1] else 0)) / 1e6}).hex())
'''


def texts(folder: Path) -> dict[str, tuple[str, str]]:
    big, bodies = reports(folder)
    head = big.split(SALUTATION, 1)[0]
    return {
        "grown 96k -> 157k (ctrl_c.py)": (grow(big, bodies, 95_000), grow(big, bodies, 145_000)),
        "73k replaced by another text": (grow(big, bodies, 60_000), grow(head + SALUTATION + bodies[-1], bodies[-2::-1], 60_000)),
        "largest real report, every sentence changed": (big, big),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path, nargs="?", default=Path("../shared/reports/gov-2026"))
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--only", default="", help="Run the cases whose name holds this text only.")
    args = ap.parse_args()

    from kg.batch import extract_path
    from kg.stores.rdf import RDFStore

    with scratch("rdkg-window-", args.json) as (work, out):
        out.update({"cores": os.cpu_count(), "load_average_start": os.getloadavg()[0], "cases": {}})
        for case, (old_text, new_text) in texts(args.folder).items():
            if args.only not in case:
                continue
            (work / "old.txt").write_text(old_text, encoding="utf-8")
            (work / "new.txt").write_text(new_text, encoding="utf-8")
            old = extract_path(work / "old.txt")[0]
            new = extract_path(work / "new.txt")[0]
            if old_text == new_text:
                for e in new.evidence:
                    e.text += "。"
            (work / "new.pkl").write_bytes(pickle.dumps(new))
            base = work / "base"
            shutil.rmtree(base, ignore_errors=True)
            with RDFStore(base) as st:
                st.load(old)
            rows: dict[str, list[dict[str, float]]] = {"difference": [], "whole (before)": []}
            for _ in range(args.repeats):
                for method in rows:  # alternated, so that both see the same load
                    shutil.rmtree(work / "t", ignore_errors=True)
                    shutil.copytree(base, work / "t")
                    res = subprocess.run([sys.executable, "-c", CHILD, str(work / "t"), str(work / "new.pkl"),
                                          method.split()[0]], capture_output=True, text=True, check=True)
                    rows[method].append(pickle.loads(bytes.fromhex(res.stdout.strip().splitlines()[-1])))
            med = {m: {k: round(statistics.median(r[k] for r in rs), 3) for k in rs[0]} for m, rs in rows.items()}
            out["cases"][case] = {"characters": [len(old_text), len(new_text)], **med}  # type: ignore[index]
            print(f"{case} ({len(old_text):,} -> {len(new_text):,} characters), medians of {args.repeats}, "
                  f"load average {os.getloadavg()[0]:.1f}:")
            for m, r in med.items():
                print(f"  {m:15} load {r['load_s']:.2f} s, update call {r['update_s']:.2f} s: log record "
                      f"{r['record_mb']:.1f} MB written {r['record_start_s']:.3f}-{r['record_end_s']:.3f} s into "
                      f"the call, then {r['after_record_s']:.3f} s until it returns "
                      f"({100 * r['after_record_s'] / r['update_s']:.0f}% of the call, "
                      f"{100 * r['after_record_s'] / r['load_s']:.0f}% of the load)")
        out["load_average_end"] = os.getloadavg()[0]
    return 0


if __name__ == "__main__":
    sys.exit(main())
