"""Your own triple store at scale: reports loaded into Fuseki (TDB2) and Virtuoso through the SPARQL 1.1
protocols (kg.stores.sparql.SparqlStore), time per report, and every saved query's median at each size,
next to the embedded store loaded with the same reports in the same run.

Usage: python benchmarks/triplestores.py REPORTS_FOLDER [--reports 1000] [--sizes 100,1000] [--repeat 5]
                                         [--stores fuseki,virtuoso] [--no-embedded] [--keep] [--json OUT]

The corpus is benchmarks/rdf_store.py's (the folder's reports repeated with other jurisdictions and
years). The servers are kg.triplestores' own, started in a temporary folder on free ports (Fuseki with a
TDB2 dataset on disk and a 1 GB heap; Virtuoso with its default buffers). The parameters are asked of
the first 100 reports (rdf_store.draw_params: each question's candidates are run until one returns
rows; a question none does for is printed as having no rows on this corpus, with no time); the row
counts and the load average are printed, and a store whose rows differ from the embedded store's is
reported. Virtuoso keeps the plan it compiled for a query text, so at each size after the first its
queries are timed twice: with the plans made at the size before (``virtuoso_kept_plans`` in the JSON),
then restarted on its database (the table's figures). --no-embedded
leaves the embedded store
out (its figures then come from benchmarks/rdf_store.py on the same folder; the rows are not compared).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

warnings.filterwarnings("ignore")
sys.path.insert(0, str(Path(__file__).resolve().parent))


def timed(fn, repeat: int) -> list[float]:  # noqa: ANN001
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--reports", type=int, default=1000)
    ap.add_argument("--sizes", default="100,1000", help="sizes at which the saved queries are timed")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--stores", default="fuseki,virtuoso")
    ap.add_argument("--no-embedded", action="store_true", help="load only the remote stores")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder with the three stores")
    ap.add_argument("--json", type=Path, default=Path(__file__).parent / "results" / "triplestores.json")
    args = ap.parse_args()

    from rdf_store import corpus, draw_params

    from kg import triplestores as ts
    from kg.neo4j_server import free_ports
    from kg.saved import catalogue, run
    from kg.stores.rdf import RDFStore
    from kg.stores.sparql import SparqlStore

    sizes = sorted({int(s) for s in args.sizes.split(",") if int(s) <= args.reports} | {args.reports})
    t = time.perf_counter()
    exts = corpus(args.folder, args.reports)
    quads_total = 0
    print(f"corpus: {len(exts)} reports extracted in {time.perf_counter() - t:.0f} s")
    params, empty = draw_params(exts)
    for name, p in params.items():
        print(f"  {name}: {json.dumps(p, ensure_ascii=False)}{'   NO ROWS on this corpus' if name in empty else ''}")
    missing = set(catalogue()) - set(params)
    if missing:
        raise SystemExit(f"no parameters for {', '.join(sorted(missing))}")

    root = Path(tempfile.mkdtemp(prefix="rdkg-triplestores-"))
    stores: dict[str, object] = {}
    homes = {}
    embedded = None
    try:
        wanted = args.stores.split(",")
        if "fuseki" in wanted:
            homes["fuseki"] = root / "fuseki"
            ts.fuseki_install(homes["fuseki"], m2=Path(__file__).resolve().parent.parent / ".neo4j" / "m2")
            st, _ = ts.fuseki_start(homes["fuseki"], port=free_ports(1)[0], heap="1g")
            stores["fuseki"] = SparqlStore(st.endpoint, timeout=300)
        if "virtuoso" in wanted:
            homes["virtuoso"] = root / "virtuoso"
            vports = free_ports(2)
            st, _ = ts.virtuoso_start(homes["virtuoso"], port=vports[0], sql_port=vports[1])
            stores["virtuoso"] = SparqlStore(st.endpoint, timeout=300)
        embedded = None if args.no_embedded else RDFStore(root / "oxigraph")
        all_stores = {**({"embedded": embedded} if embedded is not None else {}), **stores}
        results: dict = {"reports": args.reports, "corpus": str(args.folder), "params": params,
                          "no_rows_on_this_corpus": empty, "load": {}, "queries": {}, "load_average": {}}
        loaded = 0
        load_times: dict[str, list[float]] = {k: [] for k in all_stores}
        for size in sizes:
            batch = exts[loaded:size]
            for name, store in all_stores.items():
                for ext in batch:
                    t = time.perf_counter()
                    res = store.load(ext)
                    load_times[name].append(time.perf_counter() - t)
                    if name == next(iter(all_stores)):
                        quads_total += res.triples
                print(f"{size:5d} reports: {name} loaded {len(batch)} reports, "
                      f"{statistics.median(load_times[name][loaded:]) * 1000:.0f} ms median per report")
            loaded = size
            if embedded is not None:
                embedded.flush()
            if "virtuoso" in stores and size != sizes[0]:
                # Virtuoso keeps the plan it compiled for a query text, here at the smaller size: timed so
                # first (kept in the JSON as virtuoso_kept_plans), then restarted on its database, so that
                # it plans this size's queries on this size's data (as a server started after the load)
                kept = {}
                for q, qp in params.items():
                    try:
                        run(stores["virtuoso"], q, qp)
                        kept[q] = round(statistics.median(
                            timed(lambda q=q, qp=qp: run(stores["virtuoso"], q, qp), args.repeat)), 1)
                    except Exception as err:  # noqa: BLE001 - a store's failure is a figure too
                        kept[q] = str(err)[:200]
                    print(f"{size:5d} reports, virtuoso with the plans of {sizes[sizes.index(size) - 1]}: {q} {kept[q]}")
                results.setdefault("virtuoso_kept_plans", {})[size] = kept
                ts.virtuoso_stop(homes["virtuoso"])
                ts.virtuoso_start(homes["virtuoso"], port=vports[0], sql_port=vports[1])
            table: dict = {}
            want_rows = {}
            for name, store in all_stores.items():
                for q, p in params.items():
                    try:
                        _c, rows = run(store, q, p)
                        times = timed(lambda store=store, q=q, p=p: run(store, q, p), args.repeat)
                        cell = {"median_ms": round(statistics.median(times), 1), "rows": len(rows)}
                    except Exception as err:  # noqa: BLE001 - a store's failure is a figure too
                        cell = {"error": str(err)[:200]}
                        rows = None
                    if name == "embedded":
                        want_rows[q] = rows
                    elif rows is not None and want_rows.get(q) is not None and rows != want_rows[q]:
                        cell["differs"] = True
                    table.setdefault(q, {})[name] = cell
            results["queries"][size] = table
            results["load_average"][size] = [round(x, 2) for x in os.getloadavg()]
            print(f"\nsaved queries at {size} reports, median ms (rows):")
            print(f"{'query':26s}" + "".join(f"{n:>22s}" for n in all_stores))
            for q, row in table.items():
                if q in empty:
                    print(f"{q:26s}  no rows on this corpus: no time is given")
                    continue
                cells = []
                for n in all_stores:
                    c = row[n]
                    cells.append("error" if "error" in c else f"{c['median_ms']:.1f} ({c['rows']}){' ≠' if c.get('differs') else ''}")
                print(f"{q:26s}" + "".join(f"{c:>22s}" for c in cells))
            print(f"load average {', '.join(f'{x:.1f}' for x in os.getloadavg())}\n")
        for name, times in load_times.items():
            results["load"][name] = {
                "reports": len(times), "total_s": round(sum(times), 1), "median_ms_per_report": round(statistics.median(times) * 1000, 1),
                "quads_per_s": round(quads_total / sum(times)),
            }
            print(f"load {name}: {len(times)} reports in {sum(times):.0f} s, median {statistics.median(times) * 1000:.0f} ms "
                  f"per report, {quads_total / sum(times):,.0f} quads/s")
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"figures in {args.json}")
    finally:
        for name, home in homes.items():
            (ts.fuseki_stop if name == "fuseki" else ts.virtuoso_stop)(home)
        if embedded is not None:
            embedded.close()
        # the stores of 1,000 reports take ~11 GB; keep them only when asked
        if args.keep:
            print(f"stores kept in {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
