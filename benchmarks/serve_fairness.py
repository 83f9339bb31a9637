"""A cheap query's wait while slow queries run: `kg serve`'s fast and slow lanes, measured.

Usage: python benchmarks/serve_fairness.py [--slow 0 2 8] [--samples 20] [--json OUT]

Loads the sample and the Hebei report, starts `kg serve --workers 2 --slow-after 1 --timeout 20`,
and for each number of slow clients (each sending, again and again, a query that runs until it is
stopped) measures the latency of `ASK {}` from one more client: p50 and max over --samples requests,
and the ratio to the same figure with no slow client (the baseline, measured in the same run).
Before the lanes, two slow queries made `ASK {}` wait up to the whole time limit (28.6 s).
"""

from __future__ import annotations

import argparse
import http.client
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sparql_load import BIN, REPORTS, free_port, wait_ready  # noqa: E402

HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?s2 ?p2 ?o2 } GRAPH ?c { ?s3 ?p3 ?o3 } }"


def ask(port: int) -> float:
    t = time.perf_counter()
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    c.request("GET", "/sparql?query=ASK%7B%7D", headers={"Cache-Control": "no-cache"})  # a worker answers, not the cache
    r = c.getresponse()
    r.read()
    c.close()
    if r.status != 200:
        raise SystemExit(f"ASK answered {r.status}")
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--slow", type=int, nargs="+", default=[0, 2, 8])
    ap.add_argument("--samples", type=int, default=20)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="rdkg-fair-"))
    proc = None
    try:
        store = tmp / "store"
        subprocess.run([str(BIN / "kg"), "load", "--store", str(store), *map(str, REPORTS)], check=True, capture_output=True)
        port = free_port()
        proc = subprocess.Popen([str(BIN / "kg"), "serve", "--store", str(store), "--port", str(port), "--workers", "2",
                                 "--slow-after", "1", "--timeout", "20"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_ready(f"http://127.0.0.1:{port}/queries", proc)
        for _ in range(5):
            ask(port)
        figures = {}
        for n in args.slow:
            stop = threading.Event()
            statuses: list[int] = []

            def slow_client(stop: threading.Event = stop, statuses: list[int] = statuses) -> None:
                while not stop.is_set():
                    c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                    c.request("GET", "/sparql?" + urllib.parse.urlencode({"query": HEAVY}))
                    r = c.getresponse()
                    r.read()
                    statuses.append(r.status)
                    c.close()

            threads = [threading.Thread(target=slow_client, daemon=True) for _ in range(n)]
            for t in threads:
                t.start()
            time.sleep(2 if n else 0)  # the slow queries are in the slow lane by now
            lat = [ask(port) for _ in range(args.samples)]
            stop.set()
            figures[n] = {"p50_ms": round(statistics.median(lat) * 1000, 1), "max_ms": round(max(lat) * 1000, 1),
                          "slow_answers": {s: statuses.count(s) for s in sorted(set(statuses))}}
            for t in threads:
                t.join(30)
            print(f"{n} slow clients: ASK {{}} {figures[n]}", flush=True)
            time.sleep(1)
        base = figures[args.slow[0]]["p50_ms"] or 0.1
        for f in figures.values():
            f["p50_over_baseline"] = round(f["p50_ms"] / base, 1)
        print("p50 over the baseline:", {n: f["p50_over_baseline"] for n, f in figures.items()})
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2) + "\n")
    finally:
        if proc:
            proc.terminate()
            proc.wait(15)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
