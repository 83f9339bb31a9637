"""The embedded store at scale: load speed against rdflib's in-memory graph, size on disk, and the
latency of every saved query at 1, 100 and 1,000 reports.

Usage: python benchmarks/rdf_store.py REPORTS_FOLDER [--reports 1000] [--repeat 7] [--json OUT]

The saved queries' parameters are asked of the data (``draw_params``): the first 100 reports are loaded
into an in-memory store and each question's candidate parameters, taken from those reports' facts, are
run on it until one returns rows. A question none returns rows for is printed as having no rows on this
corpus, with no time. The row counts, each query's growth factor from 100 reports to the last size (both
measured in the same run) and the load average are printed.

The corpus is every report under the folder, extracted once, then repeated with another
jurisdiction and year until it holds --reports reports (each repeat is a different report: its own
id, its own local laws and bodies, the national laws shared). Loading is timed per report through
``RDFStore.load`` (extract excluded: benchmarks/extract_speed.py measures that); the baseline adds
the same quads, as rdflib terms, to an in-memory ``rdflib.Dataset`` in the same run.
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

def candidates(exts: list) -> dict[str, list[dict[str, str]]]:
    """Parameter sets to try for every saved query, most specific first, taken from the given reports'
    own facts: every jurisdiction (the most frequent first, the nation last), every strategy a law serves, every law that
    serves one, every broader initiative, every body with sub-bodies, every past figure and target.
    A question that takes no parameter has one candidate, no parameters."""
    from collections import Counter

    def names_of(e) -> dict[str, str]:
        return {x.id: getattr(x, "canonical", None) or getattr(x, "title", None) or x.name
                for x in [*e.bodies, *e.laws, *e.decisions, *e.initiatives]}

    # the provinces' and cities' first, the most frequent first; the national reports last: the corpus does
    # not repeat them, so a question about the nation grows with every repeated report that names a
    # national law, which measures the answer's growth, not the query's
    counts = Counter(e.report.jurisdiction for e in exts if e.report.jurisdiction).most_common()
    juris = [j for j, _ in counts if j != "中华人民共和国"] + [j for j, _ in counts if j == "中华人民共和国"]
    strategies, laws, broader, parents, figures, targets = [], [], [], [], [], []
    for e in exts:
        names = names_of(e)
        law_ids = {x.id for x in e.laws}
        j, year = e.report.jurisdiction, str(e.report.year or "")
        for r in e.relations:
            if r.type == "serves" and r.source in names and r.target in names:
                strategies.append(names[r.target])
                if r.source in law_ids:
                    laws.append((names[r.source], j))
            if r.type == "broader" and r.target in names:
                broader.append(names[r.target])
        parents += [b.canonical for b in e.bodies if any(c.parent == b.id for c in e.bodies)]
        figures += [(j, year, m.subject[:2]) for m in e.metrics
                    if m.kind == "actual" and m.period == "past" and m.subject and j]
        targets += [(j, year) for m in e.metrics if m.kind == "target" and j]
    laws += [(x.title, e.report.jurisdiction) for e in exts for x in e.laws]

    def uniq(items: list) -> list:
        return list(dict.fromkeys(items))[:40]

    by_j = [{"jurisdiction": j} for j in juris[:40]]
    return {
        "laws_serving_strategies": [{"strategy": s} for s in uniq(strategies)],
        "law_serves": [{"law": t} for t, _ in uniq(laws)],
        "laws_by_action": [{**p, "period": period} for period in ("past", "plan") for p in by_j],
        "planned_laws": by_j,
        "inspected_laws": by_j,
        "bodies_reported": by_j,
        "figures_by_subject": [{"jurisdiction": j, "year": y, "subject_filter": s} for j, y, s in uniq(figures)],
        "targets": [{"jurisdiction": j, "year": y} for j, y in uniq(targets)],
        "initiatives_under": [{"broader": b} for b in uniq(broader)],
        "evidence": [{"about": t, "jurisdiction": j} for t, j in uniq(laws) if j],
        "body_subbodies": [{"body": b} for b in uniq(parents)],
        "search": [{"q": t[-4:]} for t, _ in uniq(laws)],
        "across_reports": [{"q": t, "min_reports": "2"} for t, _ in uniq(laws)],
        "plan_vs_delivery": by_j,
        "reports": [{}],
    }


def draw_params(exts: list, first: int = 100) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """Parameters for every saved query that give rows, asked of the data: the first ``first`` reports
    are loaded into an in-memory store and each question's candidates (``candidates``) are run on it in
    turn; the first that returns rows is kept. Every later size holds these reports, so the question has
    rows at every size from ``first`` on. Returns (params, empty): a question no candidate gives rows for
    keeps its first candidate and is named in ``empty`` with the reason, so that a benchmark can say it
    has no rows on this corpus instead of printing the time of an empty answer."""
    from kg.saved import catalogue, run
    from kg.stores.rdf import RDFStore

    head = exts[:first]
    store = RDFStore(None)
    for ext in head:
        store.load(ext)
    params: dict[str, dict[str, str]] = {}
    empty: dict[str, str] = {}
    cands = candidates(head)
    for name in catalogue():
        tried = cands.get(name, [{}])
        for p in tried:
            if run(store, name, p)[1]:
                params[name] = p
                break
        else:
            # the question unfiltered: if even that has no rows, the corpus holds nothing it asks about
            if tried and run(store, name, {})[1]:
                params[name] = {}
            else:
                params[name] = tried[0] if tried else {}
                empty[name] = (f"no rows in the first {len(head)} reports for any of {len(tried)} candidates "
                               "nor unfiltered: the corpus holds nothing this question asks about")
    store.close()
    return params, empty


def corpus(folder: Path, n: int) -> list:
    from kg.loaders.extract import extract_file
    from kg.loaders.lexicon import jurisdictions

    from kg.errors import ReportError
    from kg.model import Extraction

    base = []
    for f in sorted(folder.rglob("*.txt")):
        try:
            base.append(extract_file(str(f)))
        except ReportError as err:
            print(f"skipped: {err}", file=sys.stderr)
    places = [c for c, *_ in jurisdictions() if c != "中华人民共和国"]
    out = []
    k = 0
    while len(out) < n:
        for ext in base:
            if len(out) >= n:
                break
            if k == 0:
                out.append(ext)
                continue
            j = ext.report.jurisdiction
            new_j = places[(places.index(j) + k) % len(places)] if j in places else f"{j}{k}"
            shift = k // len(places) + 1
            text = ext.model_dump_json()
            if j and j != "中华人民共和国":
                text = text.replace(j, new_j)
            data = json.loads(text)
            r = data["report"]
            year = (r.get("year") or 2020) - shift
            r["year"] = year
            r["date"] = f"{year}{r['date'][4:]}" if r.get("date") else ""
            old_id, r["id"] = r["id"], f"report/{new_j}-{year}-{r['genre']}-{k}"
            for a in data["actions"]:
                a["year"] = a["year"] - shift if a.get("year") else a.get("year")
            # the report's own things (actions, metrics, passages) get ids under the new report's
            text = json.dumps(data, ensure_ascii=False).replace(f'"{old_id}/', f'"{r["id"]}/')
            out.append(Extraction.model_validate_json(text))
        k += 1
    return out


def timed(fn, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return times


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--reports", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--baseline-reports", type=int, default=200, help="reports loaded into rdflib's in-memory graph")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()

    import rdflib
    from kg.loaders.write.rdf import quads
    from oxrdflib._converter import from_ox

    from kg.saved import run
    from kg.stores.rdf import RDFStore

    t0 = time.perf_counter()
    exts = corpus(args.folder, args.reports)
    print(f"corpus: {len(exts)} reports ready in {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    query_params, empty = draw_params(exts)
    print(f"parameters (asked of the first 100 reports, {time.perf_counter() - t0:.0f} s: the first candidate with rows):")
    for name, params in query_params.items():
        print(f"  {name}: {json.dumps(params, ensure_ascii=False)}{'   NO ROWS on this corpus' if name in empty else ''}")

    tmp = Path(tempfile.mkdtemp(prefix="rdkg-bench-"))
    store = RDFStore(tmp / "store")
    checkpoints = {1, 100, args.reports}
    latency: dict[int, dict[str, dict[str, float]]] = {}
    rows: dict[int, dict[str, int]] = {}
    batch_rates = []
    loaded_quads = 0
    load_seconds = 0.0
    batch_t, batch_q = 0.0, 0
    for i, ext in enumerate(exts, 1):
        t = time.perf_counter()
        res = store.load(ext)
        dt = time.perf_counter() - t
        load_seconds += dt
        loaded_quads += res.triples
        batch_t += dt
        batch_q += res.triples
        if i % 100 == 0:
            batch_rates.append(batch_q / batch_t)
            batch_t, batch_q = 0.0, 0
        if i in checkpoints:
            store.flush()
            latency[i] = {}
            rows[i] = {}
            for name, params in query_params.items():
                rows[i][name] = len(run(store, name, params)[1])
                times = timed(lambda name=name, params=params: run(store, name, params), args.repeat)
                latency[i][name] = {"median_ms": round(statistics.median(times), 2), "p95_ms": round(pct(times, 95), 2)}
            worst = max(latency[i].items(), key=lambda kv: kv[1]["median_ms"])
            print(f"  {i:5d} reports: slowest saved query {worst[0]} median {worst[1]['median_ms']} ms")
    store.flush()
    disk_before = store.size_on_disk()  # write-ahead logs included
    # at rest: closing and reopening folds the write-ahead logs into the tables
    store.close()
    store = RDFStore(tmp / "store")
    store.close()
    store = RDFStore(tmp / "store", read_only=True)
    disk = store.size_on_disk()

    # baseline: the same quads into rdflib's in-memory Dataset
    base_exts = exts[: args.baseline_reports]
    rd = rdflib.Dataset()
    base_quads = 0
    t = time.perf_counter()
    for ext in base_exts:
        qs = quads(ext, store.base)
        g = rd.graph(rdflib.URIRef(qs[0].graph_name.value))
        for q in qs:
            g.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
        base_quads += len(qs)
    rdflib_seconds = time.perf_counter() - t
    # the same number of reports into Oxigraph, for a like-for-like rate
    ox_small = RDFStore(None)
    t = time.perf_counter()
    for ext in base_exts:
        ox_small.load(ext)
    ox_small_seconds = time.perf_counter() - t

    result = {
        "reports": len(exts),
        "quads": loaded_quads,
        "oxigraph_load_quads_per_second": round(loaded_quads / load_seconds),
        "oxigraph_per_100_reports_quads_per_second": [round(r) for r in batch_rates],
        "baseline_reports": len(base_exts),
        "rdflib_memory_quads_per_second": round(base_quads / rdflib_seconds),
        "oxigraph_same_reports_quads_per_second": round(base_quads / ox_small_seconds),
        "ratio_oxigraph_to_rdflib": round((base_quads / ox_small_seconds) / (base_quads / rdflib_seconds), 2),
        "disk_bytes_while_loading": disk_before,
        "disk_bytes": disk,
        "params": query_params,
        "no_rows_on_this_corpus": empty,
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        "rows": rows,
        "latency_ms": latency,
        "growth_100_to_last": {name: round(latency[len(exts)][name]["median_ms"] / max(latency[100][name]["median_ms"], 0.01), 1)
                               for name in query_params if name not in empty} if 100 in latency and len(exts) > 100 else {},
        "repeat": args.repeat,
    }
    print(f"load: {result['oxigraph_load_quads_per_second']:,} quads/s into Oxigraph on disk ({loaded_quads:,} quads, {len(exts)} reports)")
    print(f"  per 100 reports: {', '.join(f'{r:,.0f}' for r in batch_rates)} quads/s")
    print(
        f"baseline ({len(base_exts)} reports): rdflib in-memory {result['rdflib_memory_quads_per_second']:,} quads/s, "
        f"Oxigraph {result['oxigraph_same_reports_quads_per_second']:,} quads/s, ratio {result['ratio_oxigraph_to_rdflib']}"
    )
    print(f"size on disk: {disk / 1e6:.1f} MB at rest ({disk_before / 1e6:.1f} MB with the write-ahead logs)")
    print(f"{'query':26} " + " ".join(f"{n:>7}r med/p95 (rows)" for n in sorted(latency)) + "   growth 100→last")
    for name in query_params:
        if name in empty:
            print(f"{name:26} no rows on this corpus ({empty[name]}): no time is given")
            continue
        cells = " ".join(f"{latency[n][name]['median_ms']:>7.1f}/{latency[n][name]['p95_ms']:<7.1f}({rows[n][name]:>5})"
                         for n in sorted(latency))
        print(f"{name:26} {cells}   {result['growth_100_to_last'].get(name, '')}")
    slow = [q for q in query_params if q not in empty and latency[len(exts)][q]["median_ms"] >= 100]
    print(f"at {len(exts)} reports: " + ("every median under 100 ms" if not slow else f"over 100 ms: {', '.join(slow)}")
          + f"; load average {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
