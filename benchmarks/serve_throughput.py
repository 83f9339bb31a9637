"""Throughput of `kg serve` against `oxigraph serve-read-only` on the same store, same queries, same run.

Usage: python benchmarks/serve_throughput.py [--seconds 4] [--rounds 3] [--concurrency 8] [--json OUT]
                                              [--earlier DIR] [--also "KG SERVE OPTIONS"]
                                              [--mode both|repeated|distinct] [--direct] [--no-engine]

Loads the sample and the Hebei report into a temporary store; starts `kg serve` and Oxigraph's own
server (the `oxigraph` package on PyPI, the same version as pyoxigraph; with --union-default-graph,
the rule /sparql follows) on that very folder; sends three realistic SELECTs (a saved question with
its value inlined, laws by title across reports, figures counted per report), each with full PREFIX
lines, and `ASK {}` (no work in the engine: what a request costs by itself), from --concurrency
client threads in two client processes on kept-alive connections.

The two servers take turns, --rounds times per query (ours, theirs, ours, theirs …, --seconds each),
so that a machine whose load drifts during the run (2 cores, shared) weighs on both alike. Prints per
query the requests per second of each, the ratio (Oxigraph's throughput over ours; 1.0 = equal), and
the CPU time each server spent per request (from /proc: every thread of the server and of its worker
processes, in clock ticks, so a turn of a few hundred requests reads to some tens of µs), ours split into
the HTTP process and the query workers: that is where the difference goes.

``--earlier DIR`` also serves the store with the `kg` of another source tree (e.g. an older commit
unpacked with `git archive COMMIT | tar -x -C DIR`, run with this venv and PYTHONPATH=DIR), as a third
server in the same turns: a before/after on the same machine at the same time.

``--also "OPTIONS"`` serves this tree a second time with those options added (e.g. ``--also "--queue-behind 0"``),
in the same turns: one option on and off, with nothing else different.

Each query is measured with repeated texts (every request the same, which kg serve answers from its
cache of answers) and distinct ones (--mode; every request's text made unique by a comment, so no answer
can come from a cache: what a new question costs); the totals are given for each.

With distinct texts, each round ends with a turn of the engine alone (--no-engine leaves it out): in a
process of its own, on the same store and the same kind of texts, pyoxigraph's query + serialize to SPARQL
JSON bytes in a loop (what Oxigraph's server does for a request, less HTTP) and the query worker's own code
for the same job (kg.serve.worker.execute: text checks, dataset, row cap, rendering), thread CPU per call.
Set beside the servers' CPU per request, it says where the difference goes: the worker's code (its figure
less pyoxigraph's), being a process behind a pipe under load (the workers' CPU per request less the
worker's code alone), the HTTP process.

Last runs (branch throughput4, a busy worker takes the next query queued behind the one it runs, against main
at 72d4685 in the same turns, and in runs 6-7 this tree with --also "--queue-behind 0"; results/serve_throughput.json
is run 1, serve_throughput_distinct.json run 6; load average 1.4 to 13 over the seven runs): Oxigraph's throughput
over ours on the three SELECTs, distinct texts, 1.12 / 1.44 / 1.24 / 1.21 / 1.28 / 1.35 / 1.60 (main 1.31 / 1.42 /
1.18 / 1.26 / 1.46 / 1.47 / 1.49; --queue-behind 0 in runs 6-7: 1.51 / 1.59), repeated 0.10 in runs 1-3 (main
0.10 / 0.10 / 0.09). CPU per distinct request, laws by title, run 6: ours 1,795 (347 + 1,448) µs, --queue-behind 0
1,912, main 1,892, Oxigraph 1,251; the engine alone: pyoxigraph 1,163, the worker's code 1,238. The 1.2x is met
in one run of seven. See the README's kg serve section for the on/off comparison at a lighter load (+11-12%).

The runs before (branch throughput2 against main at f9a00a2, same turns; their JSON files were replaced by the
runs above; load average 3.1 rising to 5.5, then 1.9 rising to 5.9): Oxigraph's
throughput over ours on the three SELECTs, distinct texts, 1.19 / 1.39 (main 1.35 / 1.38), repeated 0.10
(main 0.11). CPU per distinct request, laws by title: ours 2,283 (507 + 1,775) / 1,866 (378 + 1,488) µs,
main 2,272 / 1,887, Oxigraph 1,360 / 1,153; the engine alone: pyoxigraph 1,273 / 1,127, the worker's code
1,374 / 1,204. So (second run) Oxigraph's server costs 26 µs more than pyoxigraph alone, and ours 739 more:
the worker's code +77, the worker being a process behind a pipe under load +284 (cold caches after each
sleep on the pipe, the pipe's system calls and wake-ups, pickling), the HTTP process +378. The saved
question: 6,843 / 5,922 µs against Oxigraph 5,435 / 4,906 and pyoxigraph alone 5,505 / 4,871; triples per
report 3,897 / 3,742 against 3,053 / 2,916 and 3,047 / 2,874. The CPU ratio (1.2-1.3x, laws by title
1.6-1.7x) is the figure to go by; this round's cuts (~20 µs of a worker's request) are within the runs'
spread. See the README's kg serve section for the steps timed inside the workers and for a prototype
that sends a busy worker its next job before the current one is done (~120 µs off a request, median).

The runs before (branch throughput against main at 8180ecb, same turns; their JSON files were replaced
by the runs above): Oxigraph's throughput over ours on the three SELECTs, distinct texts,
1.46 / 1.06 / 1.23 (main 1.73 / 1.40 / 1.49; load average 7-18), repeated 0.13 (main 0.15); CPU per
distinct request laws by title 2,101 / 2,012 / 2,118 µs (main 2,241 / 2,171 / 2,321; Oxigraph 1,186 /
1,175 / 1,228), the HTTP process's share 431 / 403 / 453 (main 517 / 507 / 523). The throughput ratio
swung with the machine's load (one turn 0.70 while Oxigraph spent 28% less CPU a request); the CPU
ratio, ~1.7 for laws by title, is the figure to go by.

The runs before (2 cores shared with other jobs, load average 9-13; before = main at 3921456, after = the
short path for queries (serve3); Oxigraph's throughput over ours over the three SELECTs, two runs):

    repeated   before 0.18 / 0.14   after 0.11 / 0.09
    distinct   before 1.71 / 1.55   after 1.47 / 1.41
    CPU per request, distinct, after (HTTP process + workers): saved question 4,766 / 4,920 µs
    (Oxigraph 3,645 / 3,883), laws by title 1,675 / 1,654 (355 + 1,320 / 340 + 1,313; Oxigraph
    1,011 / 1,023), triples per report 3,417 / 3,309 (2,666 / 2,624), ASK {} 381 / 372 (38 / 40);
    a repeated text 89-110 µs (before 179-254).

``--direct`` serves ours with `kg serve --direct` (the workers answer the connections; the --earlier
tree is served as it is). Its run (load average 8 rising to 12; after = --direct at serve4, before =
main at e924053), Oxigraph's throughput over ours:

    repeated   before 0.12   after 0.10   (CPU per request 104-122 µs before, 193-230 after)
    distinct   before 1.39   after 1.47
    CPU per request, distinct, after (HTTP process + workers) against before: saved question 5,683
    (194 + 5,489) / 5,709 (634 + 5,075), Oxigraph 4,144; laws by title 1,876 (111 + 1,765) / 1,872
    (410 + 1,462), Oxigraph 1,144; triples per report 3,636 (152 + 3,485) / 3,528 (438 + 3,090),
    Oxigraph 2,750; ASK {} 420 (74 + 345) / 398 (245 + 154), Oxigraph 44.
    A second run on the final commit (distinct, --rounds 2, load 7-8): 1.31 after, 1.35 before; laws by
    title 1,905 (113 + 1,792) / 1,999 (440 + 1,559) µs, Oxigraph 1,203.

The throughput ratios swing with the machine's other load from turn to turn; CPU per request is the
steadier figure (see the README's kg serve section for where the difference goes).
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sparql_load import BIN, REPORTS, bound_text, fetch, free_port, load, wait_ready  # noqa: E402

from kg import vocab as V  # noqa: E402

PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in V.PREFIXES.items())
QUERIES = {
    "laws by title": PREFIXES + "SELECT DISTINCT ?law ?title WHERE { GRAPH ?r { ?law eli:title ?title } } "
                     "ORDER BY ?title LIMIT 50",
    "triples per report": PREFIXES + "SELECT ?r (COUNT(*) AS ?n) WHERE { GRAPH ?r { ?s ?p ?o } } GROUP BY ?r ORDER BY ?r",
}


TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def cpu_seconds(pid: int) -> float:
    """CPU time of a process, every thread in it included, also threads that have ended (Oxigraph's
    server runs each connection in a thread of its own): user + system time from /proc/PID/stat."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICK


def descendants(pid: int) -> set[int]:
    """The process's children, grandchildren … (kg serve's forkserver and query workers)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, todo = set(), [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            out.add(c)
            todo.append(c)
    return out


def engine_loop(store: str, text: str, seconds: float, out: Any) -> None:
    """The engine alone, in a process of its own, on the same store and distinct texts as the servers
    get: pyoxigraph's ``query`` + ``serialize`` to SPARQL JSON bytes (what Oxigraph's server does for a
    request, less HTTP), and the query worker's own code for the same job (``kg.serve.worker.execute``:
    the text checks, the dataset, the row cap and rendering; no pipe, no HTTP process), taking turns in
    batches of 10; thread CPU per call."""
    import pyoxigraph as ox

    from kg.serve.protocol import LoadPolicy, TextLimits
    from kg.serve.routes import Settings, make_query_job
    from kg.serve.worker import execute
    from kg.stores import open_store

    raw = ox.Store.read_only(store)
    ours = open_store(store, read_only=True, create=False)
    settings, limits, policy = Settings(store=store), TextLimits(), LoadPolicy()
    fmt = ox.QueryResultsFormat.JSON
    n = 0

    def pyoxigraph() -> None:
        raw.query(f"{text}\n# e-{n}", use_default_graph_as_union=True).serialize(format=fmt)

    def worker_code() -> None:
        job = make_query_job(settings, [], f"{text}\n# w-{n}", "application/sparql-results+json")
        if execute(ours, job, limits, policy).status != 200:
            raise SystemExit(f"the worker's code failed on {text[-60:]!r}")

    spent = {"pyoxigraph": 0, "worker_code": 0}
    calls = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline or calls < 20:
        for name, f in (("pyoxigraph", pyoxigraph), ("worker_code", worker_code)):
            t0 = time.thread_time_ns()
            for _ in range(10):
                n += 1
                f()
            spent[name] += time.thread_time_ns() - t0
        calls += 10
    out.put({k: round(v / calls / 1000) for k, v in spent.items()} | {"calls": calls})


def engine(store: str, text: str, seconds: float) -> dict:
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=engine_loop, args=(store, text, seconds, q))
    p.start()
    try:
        while True:
            try:
                return q.get(timeout=1)
            except queue.Empty:
                if not p.is_alive():
                    raise SystemExit(f"the engine-alone loop ended with {p.exitcode}") from None
    finally:
        p.join(10)


class Meter:
    """CPU seconds spent by a server process (``main``) and by its descendants (``workers``), also
    those that ended meanwhile (a replaced worker's time is lost: none are replaced in this benchmark)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid

    def read(self) -> dict[str, float]:
        return {"main": cpu_seconds(self.pid), "workers": sum(cpu_seconds(p) for p in descendants(self.pid))}


def measure(label: str, text: str, distinct: bool, ours: int, theirs: int, earlier: int | None,
            meters: dict[str, Meter], args: argparse.Namespace, store: str | None = None, also: int | None = None) -> dict:
    """One query on every server, taking turns; prints and returns the figures."""
    q = urllib.parse.urlencode({"query": text})
    targets = {"kg serve": (ours, "/sparql?" + q), "oxigraph": (theirs, "/query?" + q)}
    if earlier:
        targets["kg serve (earlier)"] = (earlier, "/sparql?" + q)
    if also:
        targets["kg serve (also)"] = (also, "/sparql?" + q)
    if text.startswith("ASK"):
        rows = {k: 1 for k in targets}
    else:
        rows = {k: len(json.loads(fetch(f"http://127.0.0.1:{p}{path}"))["results"]["bindings"])
                for k, (p, path) in targets.items()}
        if rows["kg serve"] != rows["oxigraph"] or not rows["oxigraph"]:
            raise SystemExit(f"{label}: the servers disagree on the rows: {rows}")
    sums = {k: {"requests": 0, "errors": 0, "seconds": 0.0, "main": 0.0, "workers": 0.0, "p50_ms": [], "rps": []}
            for k in targets}
    engines: list[dict] = []  # the engine alone, a turn per round (distinct texts only)
    for _ in range(args.rounds):
        for k, (p, path) in targets.items():
            before = meters[k].read()
            fig = load(p, path, args.requests, args.seconds, args.concurrency, distinct)
            after = meters[k].read()
            s = sums[k]
            s["requests"] += fig["requests"] + 50  # load() warms up with 50 requests first
            s["errors"] += fig["errors"]
            s["seconds"] += fig["seconds"]
            s["rps_requests"] = s.get("rps_requests", 0) + fig["requests"]
            s["main"] += after["main"] - before["main"]
            s["workers"] += after["workers"] - before["workers"]
            s["p50_ms"].append(fig["p50_ms"])
            s["rps"].append(fig["rps"])
        if distinct and store and not args.no_engine:
            engines.append(engine(store, text, args.seconds / 2))
    out: dict = {}
    for k, s in sums.items():
        cpu_main = s["main"] / s["requests"] * 1e6
        cpu_workers = s["workers"] / s["requests"] * 1e6
        out[k] = {"rows": rows[k], "rps": round(s["rps_requests"] / s["seconds"], 1), "rps_per_turn": s["rps"],
                  "errors": s["errors"], "p50_ms": sorted(s["p50_ms"])[len(s["p50_ms"]) // 2],
                  "cpu_us_per_request": round(cpu_main + cpu_workers),
                  "cpu_us_http_process": round(cpu_main), "cpu_us_workers": round(cpu_workers)}
    out["ratio"] = round(out["oxigraph"]["rps"] / out["kg serve"]["rps"], 2)
    if earlier:
        out["ratio_earlier"] = round(out["oxigraph"]["rps"] / out["kg serve (earlier)"]["rps"], 2)
    if also:
        out["ratio_also"] = round(out["oxigraph"]["rps"] / out["kg serve (also)"]["rps"], 2)
    out["cpu_ratio"] = round(out["kg serve"]["cpu_us_per_request"] / max(1, out["oxigraph"]["cpu_us_per_request"]), 2)
    o, t = out["kg serve"], out["oxigraph"]
    print(f"{label:30} rows={rows['kg serve']:<3} kg serve {o['rps']:7.1f}/s cpu {o['cpu_us_per_request']:5} µs/request "
          f"(http {o['cpu_us_http_process']}, workers {o['cpu_us_workers']}) | oxigraph {t['rps']:7.1f}/s cpu "
          f"{t['cpu_us_per_request']:5} µs/request | ratio {out['ratio']}", flush=True)
    if earlier:
        e = out["kg serve (earlier)"]
        print(f"{'':30} {'':7} earlier  {e['rps']:7.1f}/s cpu {e['cpu_us_per_request']:5} µs/request "
              f"(http {e['cpu_us_http_process']}, workers {e['cpu_us_workers']}) | ratio {out['ratio_earlier']}", flush=True)
    if also:
        e = out["kg serve (also)"]
        print(f"{'':30} {'':7} also     {e['rps']:7.1f}/s cpu {e['cpu_us_per_request']:5} µs/request "
              f"(http {e['cpu_us_http_process']}, workers {e['cpu_us_workers']}) | ratio {out['ratio_also']}", flush=True)
    if engines:
        out["engine alone"] = {k: sorted(e[k] for e in engines)[len(engines) // 2] for k in ("pyoxigraph", "worker_code")}
        out["engine alone"]["per_round"] = engines
        a = out["engine alone"]
        print(f"{'':30} {'':7} alone    pyoxigraph query + serialize {a['pyoxigraph']} µs, the worker's code for the job "
              f"{a['worker_code']} µs (thread CPU, a loop in a process of its own)", flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--requests", type=int, default=100_000, help="most requests per turn")
    ap.add_argument("--seconds", type=float, default=4, help="seconds per turn")
    ap.add_argument("--rounds", type=int, default=3, help="turns of each server per query")
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--direct", action="store_true", help="serve with kg serve --direct (not the --earlier tree)")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--no-engine", action="store_true",
                    help="leave out the engine-alone turn of each round (distinct texts: pyoxigraph and the worker's code in a loop)")
    ap.add_argument("--earlier", type=Path, help="a source tree whose kg serve is measured too (before/after)")
    ap.add_argument("--also", help="kg serve options for a second server of this tree in the same turns, e.g. "
                    "\"--queue-behind 0\" (an option on and off)")
    ap.add_argument("--mode", choices=["both", "repeated", "distinct"], default="both",
                    help="repeated: every request the same text; distinct: every text differs (no answer kept applies)")
    args = ap.parse_args()
    if not (BIN / "oxigraph").exists():
        raise SystemExit("the oxigraph server is missing: pip install oxigraph==0.5.13 (in the project's venv)")
    tmp = Path(tempfile.mkdtemp(prefix="rdkg-serve-bench-"))
    procs: list[subprocess.Popen] = []
    try:
        store = tmp / "store"
        subprocess.run([str(BIN / "kg"), "load", "--store", str(store), *map(str, REPORTS)], check=True, capture_output=True)
        ours, theirs = free_port(), free_port()
        cmd = [str(BIN / "kg"), "serve", "--store", str(store), "--port", str(ours)]
        if args.workers:
            cmd += ["--workers", str(args.workers)]
        procs.append(subprocess.Popen(cmd + (["--direct"] if args.direct else []), stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL))
        procs.append(subprocess.Popen([str(BIN / "oxigraph"), "serve-read-only", "--location", str(store), "--union-default-graph",
                                       "--bind", f"127.0.0.1:{theirs}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        wait_ready(f"http://127.0.0.1:{ours}/queries", procs[0])
        wait_ready(f"http://127.0.0.1:{theirs}/query?query=ASK%7B%7D", procs[1])
        meters = {"kg serve": Meter(procs[0].pid), "oxigraph": Meter(procs[1].pid)}
        earlier = None
        if args.earlier:
            earlier = free_port()
            env = dict(os.environ, PYTHONPATH=str(args.earlier.resolve()))
            procs.append(subprocess.Popen([str(p) if p != str(ours) else str(earlier) for p in cmd], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                          env=env, cwd=args.earlier))
            wait_ready(f"http://127.0.0.1:{earlier}/queries", procs[2])
            meters["kg serve (earlier)"] = Meter(procs[2].pid)
        also = None
        if args.also:
            also = free_port()
            procs.append(subprocess.Popen([str(p) if p != str(ours) else str(also) for p in cmd] + args.also.split(),
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            wait_ready(f"http://127.0.0.1:{also}/queries", procs[-1])
            meters["kg serve (also)"] = Meter(procs[-1].pid)
        queries = {"saved question": bound_text(), **QUERIES, "ASK {}": "ASK {}"}
        modes = ["repeated", "distinct"] if args.mode == "both" else [args.mode]
        report: dict[str, dict] = {}
        for mode in modes:
            for name, text in queries.items():
                label = f"{name}, {mode}"
                report[label] = measure(label, text, mode == "distinct", ours, theirs, earlier, meters, args, str(store), also)
        totals: dict[str, dict[str, float | None]] = {}
        work = [n for n in queries if n != "ASK {}"]
        for mode in modes:
            labels = [f"{n}, {mode}" for n in work]
            total = round(sum(report[n]["oxigraph"]["rps"] for n in labels) / sum(report[n]["kg serve"]["rps"] for n in labels), 2)
            each = ", ".join(f"{n}: {report[n]['ratio']}" for n in labels)
            print(f"oxigraph throughput / kg serve over the three SELECTs, {mode}: {total} ({each})")
            totals[mode] = {"oxigraph_over_ours": total, "oxigraph_over_earlier": None}
            if earlier:
                totals[mode]["oxigraph_over_earlier"] = round(sum(report[n]["oxigraph"]["rps"] for n in labels) /
                                                              sum(report[n]["kg serve (earlier)"]["rps"] for n in labels), 2)
                print(f"oxigraph throughput / the earlier kg serve, {mode}: {totals[mode]['oxigraph_over_earlier']}")
            if also:
                totals[mode]["oxigraph_over_also"] = round(sum(report[n]["oxigraph"]["rps"] for n in labels) /
                                                           sum(report[n]["kg serve (also)"]["rps"] for n in labels), 2)
                print(f"oxigraph throughput / kg serve {args.also}, {mode}: {totals[mode]['oxigraph_over_also']}")
        if args.json:
            args.json.write_text(json.dumps({"concurrency": args.concurrency, "seconds_per_turn": args.seconds,
                                             "rounds": args.rounds, "cores": os.cpu_count(), "queries": report,
                                             "totals": totals},
                                            ensure_ascii=False, indent=2) + "\n")
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
