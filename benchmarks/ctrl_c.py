"""Ctrl-C during `kg load` of a large report: how long from SIGINT to exit, and what the store holds.

Usage: python benchmarks/ctrl_c.py [FOLDER] [--trials N] [--delay S | --span FROM TO | --fallback WINDOW] [--busy]
                                  [--json OUT]

From the reports under FOLDER (default ../shared/reports/gov-2026) two versions of one large report
are built: the largest report followed by the bodies of the others (their titles, bylines and
salutations cut, so the file stays one report), about 95,000 and 145,000 characters, under the
200,000-character limit. The smaller is loaded into a store once. Each trial copies that store and runs
`kg load` of the larger one in a real process (SIGINT at its default, as from a terminal), with a
hook that prints a line when the extraction is done; SIGINT is sent while the report's graph is being
written: at times spread over the first 80% of an uninterrupted write (the commit comes near its end;
--span 0.5 1.0 spreads them over its second half instead, where the commit's record is written and
applied), or always DELAY seconds after the extraction. Measured: the time from SIGINT to the
process's exit, its exit code, which version the store holds (an N-Quads export compared byte for byte
with the earlier version's and the uninterrupted load's: "kept" when it is the earlier one), whether
the last line on stderr says so, whether the commit had landed and was taken back (the message says
so), and whether a staging graph is left. With --busy
the trials run again beside two processes that keep both cores busy.

--fallback WINDOW times the rare path where the log cannot be cut back (kg.stores.writer: a newer log was
started, or the log does not read as expected), forced in every trial (the cut-back is replaced by one
that cuts nothing): the hook also prints a line when the writer tells its commit, and the SIGINTs are
spread over WINDOW seconds after it, so they land while the commit's record is written and applied. There
the stop may say the report "may have been written" (the look at the store ran out of time): that is
counted true when the store holds one whole version or the other. Run it with the code before a change
from that checkout's folder (the hook imports kg from the working directory first).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

from grown_report import grow, reports, scratch

HOOK = """
import os
import sys
import kg.batch as b
if os.environ.get("RDKG_BENCH_FALLBACK"):  # --fallback: the log is never cut back; a line when the commit is told
    import kg.stores.writer as w
    w._Writer._undo = lambda self, mark: None
    class _Told:
        def __init__(self, conn):
            self.conn = conn
        def __getattr__(self, attr):
            return getattr(self.conn, attr)
        def recv(self):
            got = self.conn.recv()
            if isinstance(got, tuple) and got[0] == "commit":
                print("commit", flush=True)
            return got
    _load = w._Writer.load
    def load(self, ext):
        if not isinstance(self.conn, _Told):
            self.conn = _Told(self.conn)
        return _load(self, ext)
    w._Writer.load = load
_extract = b.extract_path
def extract_path(path, force=False):
    got = _extract(path, force)
    print("extracted", flush=True)
    return got
b.extract_path = extract_path
from kg.cli import app
sys.argv = ["kg", *sys.argv[1:]]
app()
"""


def build(folder: Path, sizes: tuple[int, ...]) -> list[str]:
    """Texts of one report, each about the size asked: the largest report, then other reports' bodies."""
    largest, bodies = reports(folder)
    return [grow(largest, bodies, size) for size in sizes]


def dump(store: Path) -> tuple[bytes, int]:
    from kg.stores.rdf import STAGING, RDFStore

    st = RDFStore(store, read_only=True)
    try:
        staging = sum(1 for g in st.ox.named_graphs() if g.value.startswith(STAGING))
        return st.export("nq") or b"", staging
    finally:
        st.close()


def trial(base: Path, report: Path, work: Path, delay: float, fallback: bool = False) -> dict[str, object]:
    store = work / "trial"
    shutil.rmtree(store, ignore_errors=True)
    shutil.copytree(base, store)
    env = {**os.environ, "PYTHONUNBUFFERED": "1", **({"RDKG_BENCH_FALLBACK": "1"} if fallback else {})}
    proc = subprocess.Popen([sys.executable, "-c", HOOK, "load", "--store", f"rdf:{store}", "-j", "1", str(report)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if line.strip() != "extracted":
        proc.kill()
        raise SystemExit(f"no 'extracted' line: {line!r} {proc.stderr.read() if proc.stderr else ''}")
    if fallback and proc.stdout.readline().strip() != "commit":  # DELAY after the writer told its commit
        proc.kill()
        raise SystemExit(f"no 'commit' line: {proc.stderr.read() if proc.stderr else ''}")
    time.sleep(delay)
    proc.send_signal(signal.SIGINT)
    sent = time.monotonic()
    out, err = proc.communicate(timeout=600)
    took = time.monotonic() - sent
    return {"seconds": round(took, 3), "exit": proc.returncode, "stdout": out.strip(),
            "stderr_last": (err.strip().splitlines() or [""])[-1], "store": store}


def verdict(r: dict[str, object]) -> str:
    """What the last stderr line says the store holds of the report: "earlier", "new" or "?"."""
    line = str(r["stderr_last"])
    if "may have been written" in line:
        return "unknown"
    if "keeps its earlier version" in line or "was not written" in line:
        return "earlier"
    if "was replaced too" in line or ("1 replaced before the stop" in line) or r["exit"] == 0:
        return "new"
    if r["exit"] == -signal.SIGINT and str(r["stdout"]).startswith("replaced "):
        return "new"  # the load had ended and said so; the SIGINT came as the process was exiting
    return "?"


def run(base: Path, report: Path, work: Path, delays: list[float], before: bytes, after: bytes,
        fallback: bool = False) -> dict[str, object]:
    rows = []
    for i, delay in enumerate(delays):
        r = trial(base, report, work, delay, fallback)
        now, staging = dump(r.pop("store"))  # type: ignore[arg-type]
        holds = "earlier" if now == before else "new" if now == after else "neither"
        r.update(delay_s=delay, holds=holds, kept=holds == "earlier", says=verdict(r),
                 taken_back="was taken back" in str(r["stderr_last"]), staging_graphs=staging,
                 load_average=round(os.getloadavg()[0], 1))
        rows.append(r)
        print(f"  trial {i + 1}: SIGINT {delay:.2f} s into the write: exit {r['exit']} {r['seconds']:.2f} s after it; "
              f"store holds the {holds} version{' (its commit taken back)' if r['taken_back'] else ''}, "
              f"the message says {r['says']}; staging graphs {staging}; "
              f"load {r['load_average']}" + (f"; {r['stderr_last']}" if r["says"] == "?" else ""))
    secs = [float(r["seconds"]) for r in rows if r["exit"] == 130]  # type: ignore[arg-type]
    return {"median_s": round(statistics.median(secs), 3) if secs else None, "max_s": round(max(secs), 3) if secs else None,
            "interrupted": len(secs), "earlier_kept": sum(r["holds"] == "earlier" for r in rows),
            "committed_first": sum(r["holds"] == "new" for r in rows),
            "taken_back": sum(bool(r["taken_back"]) for r in rows),
            "ended_before_sigint": sum(r["exit"] != 130 for r in rows),
            "said_unknown": sum(r["says"] == "unknown" for r in rows),
            # true: what the store holds, or "may have been written" over a store holding one whole version
            "message_true": all(r["holds"] == r["says"] or (r["says"] == "unknown" and r["holds"] != "neither")
                                for r in rows),
            "staging_left": sum(int(r["staging_graphs"]) for r in rows), "trials": rows}  # type: ignore[call-overload]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path, nargs="?", default=Path("../shared/reports/gov-2026"))
    ap.add_argument("--trials", type=int, default=10)
    ap.add_argument("--delay", type=float, default=None,
                    help="Seconds from the end of extraction to SIGINT (default: half the uninterrupted write).")
    ap.add_argument("--span", type=float, nargs=2, default=(0.0, 0.8), metavar=("FROM", "TO"),
                    help="SIGINTs spread over this part of the uninterrupted write (fractions; default 0 0.8).")
    ap.add_argument("--busy", action="store_true", help="Run the trials again with both cores kept busy.")
    ap.add_argument("--fallback", type=float, default=None, metavar="WINDOW",
                    help="Force the fallback (the log is never cut back) and spread the SIGINTs over WINDOW "
                         "seconds after the writer tells its commit.")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()

    with scratch("rdkg-ctrlc-", args.json) as (work, out):
        old, new = build(args.folder, (95_000, 145_000))
        (work / "old.txt").write_text(old, encoding="utf-8")
        (work / "new.txt").write_text(new, encoding="utf-8")
        base = work / "base"
        kg = [sys.executable, "-m", "kg.cli"]
        subprocess.run([*kg, "load", "--store", f"rdf:{base}", str(work / "old.txt")], check=True, capture_output=True)
        before, _ = dump(base)
        # the uninterrupted load, for scale: how long the write of the larger version takes
        shutil.copytree(base, work / "whole")
        t = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-c", HOOK, "load", "--store", f"rdf:{work / 'whole'}", "-j", "1",
                                 str(work / "new.txt")], stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        proc.stdout.readline()
        extracted = time.monotonic() - t
        proc.communicate()
        whole = time.monotonic() - t
        after, _ = dump(work / "whole")
        write = whole - extracted
        # SIGINT spread over the write (the commit comes near its end), or always DELAY after the extraction
        delays = [args.delay] * args.trials if args.delay is not None else \
            [round(args.fallback * (i + 0.5) / args.trials, 3) for i in range(args.trials)] if args.fallback else \
            [round(write * (args.span[0] + (args.span[1] - args.span[0]) * (i + 0.5) / args.trials), 2)
             for i in range(args.trials)]
        out.update({
            "characters": {"earlier": len(old), "new": len(new)}, "cores": os.cpu_count(), "span": list(args.span),
            "fallback_window_s": args.fallback,
            "uninterrupted": {"extract_s": round(extracted, 2), "write_s": round(whole - extracted, 2)},
        })
        print(f"report {len(new):,} characters (earlier version {len(old):,}); uninterrupted: extraction "
              f"{extracted:.1f} s, then write and exit {whole - extracted:.1f} s")
        print(f"quiet (load average {os.getloadavg()[0]:.1f}):")
        out["quiet"] = run(base, work / "new.txt", work, delays, before, after, args.fallback is not None)
        if args.busy:
            spin = "import os, sys\nparent = int(sys.argv[1])\nwhile os.getppid() == parent:\n    pass\n"
            burners = [subprocess.Popen([sys.executable, "-c", spin, str(os.getpid())]) for _ in range(2)]
            try:
                time.sleep(2)
                print(f"busy (two processes spinning, load average {os.getloadavg()[0]:.1f}):")
                out["busy"] = run(base, work / "new.txt", work, delays, before, after, args.fallback is not None)
            finally:
                for b in burners:
                    b.kill()
                    b.wait()
        for k in ("quiet", "busy"):
            if k in out:
                r = out[k]
                print(f"{k}: {r['interrupted']} interrupted, median {r['median_s']} s, max {r['max_s']} s from SIGINT to "  # type: ignore[index]
                      f"exit 130; earlier version kept {r['earlier_kept']} (of which the commit had landed and was taken "  # type: ignore[index]
                      f"back: {r['taken_back']}), new version in {r['committed_first']} (load ended before "  # type: ignore[index]
                      f"the SIGINT: {r['ended_before_sigint']}); said 'may have been written' {r['said_unknown']}; the message true every time: {r['message_true']}; "  # type: ignore[index]
                      f"staging graphs left: {r['staging_left']}")  # type: ignore[index]
    return 0


if __name__ == "__main__":
    sys.exit(main())
