"""Extraction speed against a bare jieba pass over the same text, measured in the same run.

Usage: python benchmarks/extract_speed.py FOLDER [--repeat N] [--json OUT]

Every *.txt under FOLDER is read and extracted (read + extract, the whole `kg extract` work but
printing). The baseline is ``jieba.lcut`` over each file's decoded text. Both are timed after jieba
has loaded its dictionary; the best of N repeats is reported for each, with characters per second and
the ratio extraction / jieba (the goal is <= 2.0). Each side is timed twice: wall clock
(``time.perf_counter``) and this process's CPU time (``time.process_time``). On a machine shared with
other jobs the wall ratio moves with the load (a busy machine slows the bare jieba pass more than the
extractor), the CPU ratio much less; the load average at the start and the end is printed with both.

Each file's jieba pass and its extraction are timed back to back (the sums over the files make one pass), so a
slow spell of a shared machine falls on both sides of the ratio alike; ``--whole-passes`` times a whole jieba
pass and then a whole extraction pass instead, as the benchmark did before session 15 (on this machine two runs
of the same code that way gave 1.92 and 2.21).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

warnings.filterwarnings("ignore")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--whole-passes", action="store_true",
                    help="time a whole jieba pass, then a whole extraction pass (before session 15: the default)")
    args = ap.parse_args()

    import jieba
    from kg.loaders.extract import extract
    from kg.loaders.extract.segment import tokenizer
    from kg.loaders.read import read_text
    from kg.loaders.read.decode import decode

    from kg.errors import ReportError

    files = sorted(p for p in args.folder.rglob("*.txt"))
    if not files:
        print(f"no .txt files under {args.folder}", file=sys.stderr)
        return 1
    texts = []
    for f in files:
        try:
            texts.append((f, *decode(f.read_bytes(), str(f))))
        except ReportError as err:
            print(f"skipped: {err}", file=sys.stderr)
    chars = sum(len(t) for _, t, _ in texts)
    jieba.setLogLevel(60)
    jieba.initialize()
    tokenizer()  # our own jieba instance with the genre's user dictionary

    def run_jieba() -> None:
        for _, text, _ in texts:
            jieba.lcut(text)

    counts = {"laws": 0, "metrics": 0, "actions": 0, "relations": 0}
    refused: list[str] = []

    def run_extract() -> None:
        refused.clear()
        for k in counts:
            counts[k] = 0
        for f, text, enc in texts:
            try:
                ext = extract(read_text(text, str(f), enc))
            except ReportError as err:
                refused.append(str(err))
                continue
            counts["laws"] += len(ext.laws)
            counts["metrics"] += len(ext.metrics)
            counts["actions"] += len(ext.actions)
            counts["relations"] += len(ext.relations)

    def timed(run: Callable[[], None], walls: list[float], cpus: list[float]) -> None:
        w, c = time.perf_counter(), time.process_time()
        run()
        cpus.append(time.process_time() - c)
        walls.append(time.perf_counter() - w)

    def one_pass_interleaved() -> tuple[float, float, float, float]:
        """Each file's jieba pass and its extraction timed back to back (wall and CPU of each side)."""
        jw = jc = ew = ec = 0.0
        refused.clear()
        for k in counts:
            counts[k] = 0
        for f, text, enc in texts:
            w0, c0 = time.perf_counter(), time.process_time()
            jieba.lcut(text)
            w1, c1 = time.perf_counter(), time.process_time()
            try:
                ext = extract(read_text(text, str(f), enc))
                counts["laws"] += len(ext.laws)
                counts["metrics"] += len(ext.metrics)
                counts["actions"] += len(ext.actions)
                counts["relations"] += len(ext.relations)
            except ReportError as err:
                refused.append(str(err))
            w2, c2 = time.perf_counter(), time.process_time()
            jw, jc, ew, ec = jw + w1 - w0, jc + c1 - c0, ew + w2 - w1, ec + c2 - c1
        return jw, jc, ew, ec

    load_before = os.getloadavg()
    jieba_times: list[float] = []
    extract_times: list[float] = []
    jieba_cpu: list[float] = []
    extract_cpu: list[float] = []
    for _ in range(args.repeat):
        if args.whole_passes:
            timed(run_jieba, jieba_times, jieba_cpu)
            timed(run_extract, extract_times, extract_cpu)
        else:
            jw, jc, ew, ec = one_pass_interleaved()
            jieba_times.append(jw)
            jieba_cpu.append(jc)
            extract_times.append(ew)
            extract_cpu.append(ec)
    load_after = os.getloadavg()
    jb, ex = min(jieba_times), min(extract_times)
    jbc, exc = min(jieba_cpu), min(extract_cpu)
    result = {
        "files": len(texts),
        "refused": len(refused),
        "characters": chars,
        "repeat": args.repeat,
        "timing": "whole passes" if args.whole_passes else "each file's two sides back to back",
        "jieba_seconds_best": round(jb, 3),
        "extract_seconds_best": round(ex, 3),
        "jieba_seconds_median": round(statistics.median(jieba_times), 3),
        "extract_seconds_median": round(statistics.median(extract_times), 3),
        "jieba_chars_per_second": round(chars / jb),
        "extract_chars_per_second": round(chars / ex),
        "ratio_extract_to_jieba": round(ex / jb, 2),
        "jieba_cpu_seconds_best": round(jbc, 3),
        "extract_cpu_seconds_best": round(exc, 3),
        "cpu_ratio_extract_to_jieba": round(exc / jbc, 2),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in load_after],
        "found": counts,
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    print(f"{result['files']} reports, {chars:,} characters, best of {args.repeat}")
    print("                  wall               CPU")
    print(
        f"  jieba.lcut      {jb:7.3f} s  {jbc:7.3f} s  {result['jieba_chars_per_second']:>10,} chars/s (wall)"
    )
    print(
        f"  kg extract      {ex:7.3f} s  {exc:7.3f} s  {result['extract_chars_per_second']:>10,} chars/s (wall)"
    )
    print(
        f"  ratio extract/jieba: wall {ex / jb:.2f}, CPU {exc / jbc:.2f} (goal <= 2.0)"
        f"; load average {load_before[0]:.2f} before, {load_after[0]:.2f} after"
    )
    print(f"  found: {counts}; refused: {len(refused)}")
    for r in refused:
        print(f"    {r}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
