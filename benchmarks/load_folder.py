"""`kg load DIR`: extraction on all cores against one process, and peak memory per report, same run.

Usage: python benchmarks/load_folder.py FOLDER [--copies N] [--jobs J] [--json OUT]

Every report file under FOLDER (N copies of each, so that there is work for every core) is loaded into
an in-memory store by kg.batch.load_files twice: with one process (the baseline) and with J worker
processes extracting (default: one per core). The ratio baseline / parallel is the speed-up. Then, in
fresh processes, the peak resident memory of `kg load` of the largest report alone, and of a file of
every report concatenated (split into its reports), against the report's size; and that of the writer
process the store is written by (kg.stores.writer), for the largest report loaded and then replaced.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

warnings.filterwarnings("ignore")


def _hwm_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            return int(re.search(r"VmHWM:\s+(\d+)", fh.read()).group(1))  # type: ignore[union-attr]
    except (OSError, AttributeError):
        return 0


def _descendants(root: int) -> list[tuple[int, int]]:
    """(pid, generation) of every process below ``root``: 1 its children, 2 theirs."""
    parents = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as fh:
                    parents[int(d)] = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                pass
    out: list[tuple[int, int]] = []
    todo = [(root, 0)]
    while todo:
        pid, gen = todo.pop()
        kids = [(p, gen + 1) for p, pp in parents.items() if pp == pid]
        out += kids
        todo += kids
    return out


def _peak_rss_mb(args: list[str]) -> float:
    return _peak_rss_all_mb(args)[0]


def _peak_rss_all_mb(args: list[str]) -> tuple[float, float, float]:
    """Peak resident memory of `kg ARGS`, of its children (the forkserver) and of theirs (the writer
    process): VmHWM, a process's own peak, reset by exec (ru_maxrss would carry the
    parent's over a fork); the descendants' read every 20 ms while they live."""
    code = ("import re, sys\nfrom kg.cli import app\nsys.argv = ['kg', *sys.argv[1:]]\n"
            "try:\n    app()\nexcept SystemExit:\n    pass\n"
            "hwm = re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)\n"
            "print(hwm, file=sys.stderr)\n")
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    seen: dict[tuple[int, int], int] = {}
    while proc.poll() is None:
        for key in _descendants(proc.pid):
            seen[key] = max(seen.get(key, 0), _hwm_kb(key[0]))
        time.sleep(0.02)
    err = proc.stderr.read() if proc.stderr else ""
    peak = [max((v for (_, gen), v in seen.items() if gen == g), default=0) / 1024 for g in (1, 2)]
    return int(err.strip().splitlines()[-1]) / 1024, peak[0], peak[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--copies", type=int, default=2)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()

    from kg.batch import load_files, report_files
    from kg.stores import open_store

    files = report_files([args.folder]) * args.copies
    out: dict[str, object] = {"python": platform.python_version(), "cores": os.cpu_count(), "files": len(files)}
    times = {}
    for jobs in (1, args.jobs):
        with open_store("memory:") as st:
            t = time.perf_counter()
            summary = load_files(st, files, jobs=jobs)
            times[jobs] = time.perf_counter() - t
        print(f"jobs={jobs}: {summary.line()}")
    out["seconds_one_process"] = round(times[1], 2)
    out[f"seconds_{args.jobs}_processes"] = round(times[args.jobs], 2)
    out["speed_up"] = round(times[1] / times[args.jobs], 2)
    print(f"speed-up with {args.jobs} processes: {out['speed_up']}x ({times[1]:.1f} s → {times[args.jobs]:.1f} s)")

    largest = max(report_files([args.folder]), key=lambda f: Path(f).stat().st_size)
    chars = len(Path(largest).read_text(encoding="utf-8", errors="replace"))
    tmp = Path(tempfile.mkdtemp())
    try:
        base = _peak_rss_mb(["--version"])
        one, forkserver, writer = _peak_rss_all_mb(["load", largest, "--store", str(tmp / "a")])
        _, _, writer_again = _peak_rss_all_mb(["load", largest, "--store", str(tmp / "a")])  # a replacement
        together = tmp / "all.txt"
        together.write_text("\n".join(Path(f).read_text(encoding="utf-8", errors="replace")
                                      for f in report_files([args.folder])), encoding="utf-8")
        many = _peak_rss_mb(["load", str(together), "--force", "--store", str(tmp / "b")])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    out |= {"largest_report_chars": chars, "rss_mb_interpreter": round(base, 1), "rss_mb_largest_report": round(one, 1),
            "rss_mb_all_reports_in_one_file": round(many, 1), "rss_mb_writer_largest_report": round(writer, 1), "rss_mb_forkserver": round(forkserver, 1),
            "rss_mb_writer_largest_report_replaced": round(writer_again, 1)}
    print(f"peak RSS: interpreter {base:.0f} MB; kg load of the largest report ({chars:,} characters) {one:.0f} MB; "
          f"of every report in one file {many:.0f} MB; its writer process {writer:.0f} MB for the largest report, "
          f"{writer_again:.0f} MB when it replaces it, and the forkserver it is started from {forkserver:.0f} MB")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
