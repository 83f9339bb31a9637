"""Throughput of `kg serve` against `oxigraph serve-read-only` on the same store, same queries, same run.

Usage: python benchmarks/serve_throughput.py [--seconds 15] [--concurrency 8] [--json OUT]

Loads the sample and the Hebei report into a temporary store; starts `kg serve` and Oxigraph's own
server (the `oxigraph` package on PyPI, the same version as pyoxigraph; with --union-default-graph,
the rule /sparql follows) on that very folder; sends three realistic SELECTs (a saved question with
its value inlined, laws by title across reports, figures counted per report), each with full PREFIX
lines, from --concurrency client threads in two client processes on kept-alive connections. Prints
requests per second, p50/p99 latency and Oxigraph's throughput over ours per query (1.0 = equal).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sparql_load import BIN, REPORTS, bound_text, fetch, free_port, load, wait_ready  # noqa: E402

from kg import vocab as V  # noqa: E402

PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in V.PREFIXES.items())
QUERIES = {
    "laws by title": PREFIXES + "SELECT DISTINCT ?law ?title WHERE { GRAPH ?r { ?law eli:title ?title } } "
                     "ORDER BY ?title LIMIT 50",
    "triples per report": PREFIXES + "SELECT ?r (COUNT(*) AS ?n) WHERE { GRAPH ?r { ?s ?p ?o } } GROUP BY ?r ORDER BY ?r",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--requests", type=int, default=3000)
    ap.add_argument("--seconds", type=float, default=15)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--json", type=Path)
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
        procs.append(subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        procs.append(subprocess.Popen([str(BIN / "oxigraph"), "serve-read-only", "--location", str(store), "--union-default-graph",
                                       "--bind", f"127.0.0.1:{theirs}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        wait_ready(f"http://127.0.0.1:{ours}/queries", procs[0])
        wait_ready(f"http://127.0.0.1:{theirs}/query?query=ASK%7B%7D", procs[1])
        queries = {"saved question": bound_text(), **QUERIES}
        figures: dict[str, dict] = {}
        ratios = {}
        for name, text in queries.items():
            q = urllib.parse.urlencode({"query": text})
            targets = {"kg serve": (ours, "/sparql?" + q), "oxigraph": (theirs, "/query?" + q)}
            rows = {k: len(json.loads(fetch(f"http://127.0.0.1:{p}{path}"))["results"]["bindings"]) for k, (p, path) in targets.items()}
            if rows["kg serve"] != rows["oxigraph"] or not rows["oxigraph"]:
                raise SystemExit(f"{name}: the servers disagree on the rows: {rows}")
            for k, (p, path) in targets.items():
                figures[f"{name} / {k}"] = fig = load(p, path, args.requests, args.seconds, args.concurrency)
                print(f"{name:20} {k:9} rows={rows[k]:<4} {fig}", flush=True)
            ratios[name] = round(figures[f"{name} / oxigraph"]["rps"] / figures[f"{name} / kg serve"]["rps"], 2)
        total = round(sum(figures[f"{n} / oxigraph"]["rps"] for n in queries) / sum(figures[f"{n} / kg serve"]["rps"] for n in queries), 2)
        print(f"oxigraph throughput / kg serve: {ratios}; all three: {total}")
        if args.json:
            args.json.write_text(json.dumps({"concurrency": args.concurrency, "figures": figures, "oxigraph_over_ours": ratios,
                                             "all": total}, ensure_ascii=False, indent=2) + "\n")
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
