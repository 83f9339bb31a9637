"""Concurrent load on a saved query: `kg serve` against Oxigraph's own server, same data, same run.

Usage: python benchmarks/sparql_load.py [--requests 3000] [--seconds 20] [--concurrency 8] [--json OUT]

Loads samples/chongqing-2026-rd-standing-committee.txt and tests/data/hebei-2026-government.txt
into a temporary store, starts `kg serve` on it and `oxigraph serve-read-only` (the `oxigraph`
package on PyPI, the same Oxigraph version as pyoxigraph) on the very same store folder, both on
loopback ports, and sends each target the same question: laws_serving_strategies with
strategy=西部金融中心. Oxigraph's server cannot bind parameters, so it gets the saved text with the
value bound in its VALUES block (kg.saved's bound_text, with the LATERAL the runner adds for
Oxigraph), which gives the same rows; our server is measured both through /queries/NAME (parameters
bound) and through /sparql with that same text.

Load is bounded: at most --requests requests and --seconds seconds per target, after a warm-up,
from --concurrency client threads split over two client processes, each on a kept-alive connection.
Reports requests per second, p50 and p99 latency, and the throughput ratio.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing as mp
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
REPORTS = [ROOT / "samples" / "chongqing-2026-rd-standing-committee.txt", ROOT / "tests" / "data" / "hebei-2026-government.txt"]
NAME, PARAM, VALUE = "laws_serving_strategies", "strategy", "西部金融中心"
ACCEPT = "application/sparql-results+json"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(url: str, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"{proc.args[0]} exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not answer within {seconds:.0f} s")


def fetch(url: str) -> bytes:
    req = urllib.request.Request(url, headers={"Accept": ACCEPT})
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.read()


def bound_text() -> str:
    """The saved text with the parameter bound in its VALUES block, with the LATERAL `kg query` adds for Oxigraph."""
    from kg.saved import get, lateral

    return lateral(get(NAME).bound_text({PARAM: VALUE}))


def _client(port: int, path: str, count: int, deadline: float, threads: int, out: mp.Queue, distinct: bool = False) -> None:
    """One client process: `threads` threads on kept-alive connections until count or deadline.

    ``distinct``: every request's query text differs (a comment with the process, thread and request
    number appended to the path's last parameter, the query), so that no server can answer one from an
    earlier answer; the work is the same."""
    lock = threading.Lock()
    left = [count]
    latencies: list[float] = []
    errors = [0]

    def loop() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine = []
        tag = f"{os.getpid()}-{time.time_ns()}-{threading.get_ident()}"
        n = 0
        while time.time() < deadline:
            with lock:
                if left[0] <= 0:
                    break
                left[0] -= 1
            n += 1
            target = path + urllib.parse.quote(f"\n# {tag}-{n}") if distinct else path
            t0 = time.perf_counter()
            try:
                conn.request("GET", target, headers={"Accept": ACCEPT})
                r = conn.getresponse()
                r.read()
                ok = r.status == 200
            except (OSError, http.client.HTTPException):
                ok = False
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            mine.append(time.perf_counter() - t0)
            if not ok:
                with lock:
                    errors[0] += 1
        conn.close()
        with lock:
            latencies.extend(mine)

    ts = [threading.Thread(target=loop) for _ in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    out.put((latencies, errors[0]))


def load(port: int, path: str, requests: int, seconds: float, concurrency: int, distinct: bool = False) -> dict[str, float]:
    procs = 2 if concurrency >= 2 else 1
    ctx = mp.get_context("spawn")
    # warm-up: the first requests fill caches and start connections
    warm = ctx.Queue()
    _client(port, path, 50, time.time() + 10, 2, warm, distinct)
    warm.get()
    out: mp.Queue = ctx.Queue()
    deadline = time.time() + seconds
    started = time.perf_counter()
    workers = [ctx.Process(target=_client, args=(port, path, requests // procs, deadline, concurrency // procs, out, distinct))
               for _ in range(procs)]
    for w in workers:
        w.start()
    results = [out.get(timeout=seconds + 60) for _ in workers]
    for w in workers:
        w.join()
    elapsed = time.perf_counter() - started
    lat = sorted(x for r in results for x in r[0])
    errors = sum(r[1] for r in results)
    q = statistics.quantiles(lat, n=100) if len(lat) >= 2 else [lat[0]] * 99
    return {"requests": len(lat), "errors": errors, "seconds": round(elapsed, 2), "rps": round(len(lat) / elapsed, 1),
            "p50_ms": round(q[49] * 1000, 2), "p99_ms": round(q[98] * 1000, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--requests", type=int, default=3000, help="most requests per target")
    ap.add_argument("--seconds", type=float, default=20, help="most seconds of load per target")
    ap.add_argument("--concurrency", type=int, default=8, help="client threads in all")
    ap.add_argument("--workers", type=int, default=None, help="kg serve --workers")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    if not (BIN / "oxigraph").exists():
        raise SystemExit("the oxigraph server is missing: pip install oxigraph==0.5.13 (in the project's venv)")

    tmp = Path(tempfile.mkdtemp(prefix="rdkg-bench-"))
    procs: list[subprocess.Popen] = []
    try:
        store = tmp / "store"
        subprocess.run([str(BIN / "kg"), "load", "--store", str(store), *map(str, REPORTS)], check=True, capture_output=True)
        ours, theirs = free_port(), free_port()
        cmd = [str(BIN / "kg"), "serve", "--store", str(store), "--port", str(ours)]
        if args.workers:
            cmd += ["--workers", str(args.workers)]
        procs.append(subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        procs.append(subprocess.Popen([str(BIN / "oxigraph"), "serve-read-only", "--location", str(store),
                                       "--bind", f"127.0.0.1:{theirs}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        wait_ready(f"http://127.0.0.1:{ours}/queries", procs[0])
        wait_ready(f"http://127.0.0.1:{theirs}/query?query=ASK%7B%7D", procs[1])

        text = bound_text()
        paths = {
            "kg serve /queries/NAME": f"/queries/{NAME}?" + urllib.parse.urlencode({PARAM: VALUE}),
            "kg serve /sparql": "/sparql?" + urllib.parse.urlencode({"query": text}),
            "oxigraph serve /query": "/query?" + urllib.parse.urlencode({"query": text}),
        }
        ports = {"kg serve /queries/NAME": ours, "kg serve /sparql": ours, "oxigraph serve /query": theirs}
        counts = {k: len(json.loads(fetch(f"http://127.0.0.1:{ports[k]}{p}"))["results"]["bindings"]) for k, p in paths.items()}
        if len(set(counts.values())) != 1 or not counts["oxigraph serve /query"]:
            raise SystemExit(f"the targets disagree on the rows: {counts}")

        figures = {}
        for name, path in paths.items():
            figures[name] = load(ports[name], path, args.requests, args.seconds, args.concurrency)
            print(f"{name:26} {figures[name]}", flush=True)
        base = figures["oxigraph serve /query"]["rps"]
        ratios = {k: round(base / v["rps"], 2) for k, v in figures.items() if k != "oxigraph serve /query" and v["rps"]}
        print(f"rows per answer: {counts['oxigraph serve /query']}; oxigraph throughput / ours: {ratios}")
        if args.json:
            args.json.write_text(json.dumps({"query": NAME, PARAM: VALUE, "concurrency": args.concurrency,
                                             "rows": counts["oxigraph serve /query"], "figures": figures,
                                             "oxigraph_over_ours": ratios}, ensure_ascii=False, indent=2) + "\n")
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
