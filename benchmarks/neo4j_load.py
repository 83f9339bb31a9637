"""The Neo4j backend at scale: load speed of our loader against two baselines, and the latency of every
saved Cypher query at 100 and 1,000 reports.

Usage: python benchmarks/neo4j_load.py REPORTS_FOLDER [--reports 1000] [--baseline-reports 100]
                                      [--warmup 20] [--repeat 7] [--json OUT] [--heap 1g] [--queries-only]

It starts its own Neo4j (the project's `kg neo4j` server, installed into a temporary home that shares
the Maven cache in .neo4j/m2, on free ports) and stops it at the end. The corpus is rdf_store.py's: the
shared reports extracted once, then repeated under other jurisdictions and years. Three loaders write
the same reports in the same run, each into a fresh store (the server restarted on an empty database):
each first loads the first --warmup reports untimed (the server's JIT, its query plans), then the next
--baseline-reports are timed:

- ours: ``Neo4jStore.load`` (one transaction per report, batched ``UNWIND $rows … MERGE``);
- naive: the same node and relationship rows, one parameterised ``MERGE`` statement per row, one
  transaction per report, with the same constraints in place;
- rdflib-neo4j (PyPI, neo4j-labs): our RDF export of each report (its named graph as N-Triples)
  parsed into an rdflib Graph backed by its Neo4jStore (batching on, its default batch size).

Rates are nodes + relationships written per second, as each loader counts what it wrote (for
rdflib-neo4j: what the database holds after it); ``db_added`` is what the database holds more after
each loader (the same measure for all three) and ``reports_per_s`` the rate on the same reports, which
is the fair comparison with rdflib-neo4j (its graph of the same facts is ~1.8x bigger: every IRI object
a relationship, every resource a node). Extraction and RDF serialisation are outside the timings;
rdflib-neo4j's parse of the N-Triples is inside (it is how it loads an export); ``client_side`` times
the Python share of each alone (our rows and statements; rdflib's parse). rdflib-neo4j batches across
reports (a write every 5,000 nodes or relationships), ours and naive commit each report. Then ours loads
all --reports and every saved Cypher query is timed at 100 reports and at the last size (median and p95
of --repeat runs after one warm-up), with parameters asked of the first 100 reports (rdf_store.draw_params,
the same as the RDF benchmark's: the first candidate that returns rows; a question none does for is
printed as having no rows on this corpus; the row counts and each query's
growth factor from 100 reports to the last size are printed). --queries-only skips the three loaders'
comparison. JSON goes to benchmarks/results/neo4j_load.json unless --json says.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from rdf_store import corpus, draw_params, pct, timed

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def fresh(home: Path, st, heap: str):
    """Restart the server on an empty database (a bulk delete would leave the store fragmented and
    make whichever loader comes next pay for it). Returns (status, store)."""
    from kg import neo4j_server as n4
    from kg.stores.neo4j import Neo4jStore

    n4.stop(home)
    for d in ("databases", "transactions"):
        shutil.rmtree(home / "data" / d / "neo4j", ignore_errors=True)
    st, _ = n4.start(home, http_port=st.http_port, bolt_port=st.bolt_port, heap=heap, pagecache=heap, timeout=300)
    store = Neo4jStore(st.bolt_uri, "neo4j", n4.password(home))
    store.ensure_schema()
    return st, store


def counted(store) -> int:
    rows = store.read("MATCH (n) RETURN count(n) AS n")[0]["n"]
    return rows + store.read("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]


def load_ours(store, exts, times: list[float] | None = None) -> tuple[int, float]:
    written, t0 = 0, time.perf_counter()
    for ext in exts:
        t = time.perf_counter()
        res = store.load(ext)
        if times is not None:
            times.append((time.perf_counter() - t) * 1000)
        written += res.nodes + res.relationships
    return written, time.perf_counter() - t0


def per_report(times: list[float]) -> dict[str, float]:
    """Per-report load times (ms): the spikes (a GC pause, a plan compiled, a checkpoint) show as the
    max and as the seconds spent in reports over 500 ms."""
    return {"median_ms": round(statistics.median(times), 1), "p95_ms": round(pct(times, 95), 1),
            "max_ms": round(max(times), 1), "seconds_over_500ms": round(sum(t for t in times if t > 500) / 1000, 2)}


def load_naive(store, password: str, exts) -> tuple[int, float]:
    """One MERGE per node and per relationship, parameters bound, one transaction per report (through a
    driver of its own, as rdflib-neo4j has, on the store's server)."""
    from kg.loaders.write.neo4j import quote
    from kg.loaders.write.neo4j import rows as node_and_rel_rows
    from neo4j import GraphDatabase

    written, t0 = 0, time.perf_counter()
    with GraphDatabase.driver(store.uri, auth=(store.user, password)) as driver, \
            driver.session(database=store.database) as s:
        for ext in exts:
            nodes, rels = node_and_rel_rows(ext)
            with s.begin_transaction() as tx:
                for label, _shared, rows in nodes:
                    q = f"MERGE (n:{quote(label)} {{id: $id}}) SET n += $props"
                    for row in rows:
                        tx.run(q, id=row["id"], props=row["props"]).consume()
                        written += 1
                for (rtype, src, dst), rows in rels.items():
                    q = (f"MATCH (a:{quote(src)} {{id: $src}}) MATCH (b:{quote(dst)} {{id: $dst}}) "
                         f"MERGE (a)-[r:{quote(rtype)} {{report: $report}}]->(b) SET r += $props")
                    for row in rows:
                        tx.run(q, src=row["src"], dst=row["dst"], report=row["report"], props=row["props"]).consume()
                        written += 1
                tx.commit()
    return written, time.perf_counter() - t0


def ntriples(ext) -> str:
    """A report's named graph as N-Triples (our RDF export of it)."""
    from kg.loaders.write.rdf import quads

    return "".join(f"{q.triple} .\n" for q in quads(ext))


def load_rdflib_neo4j(store, uri: str, password: str, docs: list[str]) -> tuple[int, float]:
    from rdflib import Graph
    from rdflib_neo4j import HANDLE_VOCAB_URI_STRATEGY, Neo4jStoreConfig
    from rdflib_neo4j import Neo4jStore as RdflibNeo4jStore

    config = Neo4jStoreConfig(auth_data={"uri": uri, "database": "neo4j", "user": "neo4j", "pwd": password},
                              handle_vocab_uri_strategy=HANDLE_VOCAB_URI_STRATEGY.IGNORE, batching=True)
    before = counted(store)
    t0 = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):  # it prints a line per commit
        g = Graph(store=RdflibNeo4jStore(config=config))
        for doc in docs:
            g.parse(data=doc, format="nt")
        g.close(True)
    seconds = time.perf_counter() - t0
    return counted(store) - before, seconds


def client_side(exts, docs: list[str]) -> dict[str, float]:
    """Seconds spent in Python alone for the same reports: our rows and statements (inside ours' timing),
    and rdflib's parse of the N-Triples into an in-memory Graph (inside rdflib-neo4j's)."""
    from kg.loaders.write.neo4j import rows as node_and_rel_rows
    from kg.loaders.write.neo4j import write_statements
    from rdflib import Graph

    t = time.perf_counter()
    for ext in exts:
        write_statements(*node_and_rel_rows(ext))
    rows = time.perf_counter() - t
    t = time.perf_counter()
    for doc in docs:
        Graph().parse(data=doc, format="nt")
    return {"ours_rows_seconds": round(rows, 2), "rdflib_parse_seconds": round(time.perf_counter() - t, 2)}


def compare_loaders(home: Path, st, heap: str, warm: list, subset: list, pw: str) -> tuple[dict, dict]:
    """Ours, naive and rdflib-neo4j on the same reports, each into a fresh store after a warm-up."""
    loaders = {
        "ours": lambda s, part: load_ours(s, part),
        "naive MERGE per row": lambda s, part: load_naive(s, pw, part),
        "rdflib-neo4j": lambda s, part: load_rdflib_neo4j(s, st.bolt_uri, pw, [ntriples(e) for e in part]),
    }
    rates = {}
    ours_times: list[float] = []
    for name, fn in loaders.items():
        st, store = fresh(home, st, heap)
        fn(store, warm)
        before = counted(store)
        written, seconds = (load_ours(store, subset, ours_times) if name == "ours" else fn(store, subset))
        added = counted(store) - before  # what the database holds more: the same measure for all three
        store.close()
        rates[name] = {"written": written, "db_added": added, "seconds": round(seconds, 2),
                       "per_s": round(written / seconds), "reports_per_s": round(len(subset) / seconds, 1)}
        print(f"{name:22} {len(subset)} reports: {written:>9,} nodes+rels in {seconds:7.1f} s = "
              f"{written / seconds:>9,.0f}/s ({added:,} more in the database, "
              f"{len(subset) / seconds:.1f} reports/s)")
    ours = rates["ours"]
    ours["per_report"] = per_report(ours_times)
    print(f"ours per report (ms): {ours['per_report']}")
    for name in ("naive MERGE per row", "rdflib-neo4j"):
        rates[name]["ours_ratio"] = round(ours["per_s"] / rates[name]["per_s"], 1)
        rates[name]["ours_wall_ratio"] = round(rates[name]["seconds"] / ours["seconds"], 1)
        print(f"ours / {name}: {rates[name]['ours_ratio']}x nodes+rels/s, "
              f"{rates[name]['ours_wall_ratio']}x less wall time for the same reports")
    side = client_side(subset, [ntriples(e) for e in subset])
    print(f"Python alone, same reports: our rows and statements {side['ours_rows_seconds']} s, "
          f"rdflib's N-Triples parse {side['rdflib_parse_seconds']} s")
    return rates, side


def time_queries(store, params: dict[str, dict[str, str]], repeat: int) -> dict[str, dict]:
    """Every saved Cypher query: rows (one warm-up run), then median and p95 of ``repeat`` runs."""
    from kg.saved import catalogue, run_neo4j

    out = {}
    for q in catalogue().values():
        if not q.cypher_path.exists():
            print(f"  {q.name}: no Cypher twin")
            continue
        p = params.get(q.name, {})
        rows = len(run_neo4j(store, q.name, p)[1])
        times = timed(lambda q=q, p=p: run_neo4j(store, q.name, p), repeat)
        out[q.name] = {"median_ms": round(statistics.median(times), 1), "p95_ms": round(pct(times, 95), 1), "rows": rows}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--reports", type=int, default=1000)
    ap.add_argument("--baseline-reports", type=int, default=100)
    ap.add_argument("--warmup", type=int, default=20, help="reports each loader writes untimed first")
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--heap", default="1g", help="the server's heap and page cache")
    ap.add_argument("--queries-only", action="store_true", help="skip the three loaders' comparison")
    ap.add_argument("--keep-home", action="store_true", help="keep the server's temporary home (its logs, its store)")
    ap.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "results" / "neo4j_load.json")
    args = ap.parse_args()

    from kg import neo4j_server as n4

    t0 = time.perf_counter()
    exts = corpus(args.folder, args.reports)
    warm, subset = exts[: args.warmup], exts[args.warmup: args.warmup + args.baseline_reports]
    print(f"corpus: {len(exts)} reports ready in {time.perf_counter() - t0:.1f} s")
    params, empty = draw_params(exts)
    for name, p in params.items():
        print(f"  {name}: {json.dumps(p, ensure_ascii=False)}{'   NO ROWS on this corpus' if name in empty else ''}")

    home = Path(tempfile.mkdtemp(prefix="rdkg-neo4j-bench-"))
    out: dict = {"reports": len(exts), "baseline_reports": len(subset), "warmup": len(warm), "heap": args.heap}
    store = None
    try:
        n4.install(home, m2=ROOT / ".neo4j" / "m2")  # the shared Maven cache, wherever this runs from
        http, bolt = n4.free_ports(2)
        st, _ = n4.start(home, http_port=http, bolt_port=bolt, heap=args.heap,
                         pagecache=args.heap, timeout=300)
        pw = n4.password(home)
        if not args.queries_only:
            out["baselines"], out["client_side"] = compare_loaders(home, st, args.heap, warm, subset, pw)

        st, store = fresh(home, st, args.heap)
        written, seconds, per100 = 0, 0.0, []
        batch_w, batch_t = 0, 0.0
        full_times: list[float] = []
        checkpoints = sorted({100, len(exts)} & set(range(1, len(exts) + 1)))
        latency: dict[int, dict[str, dict]] = {}
        for i, ext in enumerate(exts, 1):
            t = time.perf_counter()
            res = store.load(ext)
            dt = time.perf_counter() - t
            full_times.append(dt * 1000)
            seconds += dt
            written += res.nodes + res.relationships
            batch_t += dt
            batch_w += res.nodes + res.relationships
            if i % 100 == 0:
                per100.append(round(batch_w / batch_t))
                batch_w, batch_t = 0, 0.0
            if i in checkpoints:
                latency[i] = time_queries(store, params, args.repeat)
                print(f"  {i:5d} reports loaded; saved Cypher queries timed")
        out["full_load"] = {"written": written, "seconds": round(seconds, 1), "per_s": round(written / seconds),
                            "per_100_reports": per100, "in_db": counted(store), "per_report": per_report(full_times)}
        print(f"ours, all {len(exts)} reports from empty: {written:,} nodes+rels in {seconds:.1f} s = "
              f"{written / seconds:,.0f}/s; per 100 reports: {per100}")
        print(f"  per report (ms): {out['full_load']['per_report']}")

        last = len(exts)
        growth = ({name: round(latency[last][name]["median_ms"] / max(latency[100][name]["median_ms"], 0.01), 1)
                   for name in latency[last]} if 100 in latency and last > 100 else {})
        print(f"\nsaved Cypher queries, median / p95 of {args.repeat} in ms (rows), growth {checkpoints[0]}→{last}:")
        for name in latency[last]:
            if name in empty:
                print(f"  {name:26} no rows on this corpus: no time is given")
                continue
            cells = "  ".join(f"{latency[n][name]['median_ms']:7.1f} / {latency[n][name]['p95_ms']:7.1f} "
                              f"({latency[n][name]['rows']:>5})" for n in checkpoints)
            print(f"  {name:26} {cells}   {growth.get(name, '')}")
        out["params"] = params
        out["no_rows_on_this_corpus"] = empty
        out["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
        out["latency"] = {str(n): v for n, v in latency.items()}
        out["growth_100_to_last"] = growth
        slow = [k for k, v in latency[last].items() if v["median_ms"] >= 100 and k not in empty]
        print("every saved query under 100 ms" if not slow else f"over 100 ms: {', '.join(slow)}")
        print(f"load average {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
        if empty:
            print(f"no rows on this corpus (no time is given): {', '.join(empty)}")
    finally:
        if store is not None:
            store.close()
        n4.stop(home)
        if not args.keep_home:
            shutil.rmtree(home, ignore_errors=True)  # ~0.7 GB of jars plus the store (~1.3 GB at 1,000 reports)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
