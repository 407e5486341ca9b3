"""Benchmark: where the wall time of a links-only check goes, phase by phase.

Run by hand (not part of the test suite), from the project root:

    .venv/bin/python bench/bench_phases.py                 # N = 2000, three runs
    .venv/bin/python bench/bench_phases.py --n 500 --runs 5

Each run is `run_check.py check article.txt --allow-private --no-archive --no-compare -q` (with
`--pipeline`: the default pipeline, the archive refusing connections, as bench_pipeline.py runs it) on a
fresh link farm (bench/linkfarm.py, in another process), as bench_pipeline.py runs it, but
started through a few lines that note the time (wall and this process's CPU) when each phase
begins and ends, by wrapping the functions that run them (nothing else is changed):

    start     the interpreter, imports, settings, the history database, until the run begins
    checks    pipeline._Flow.run: the article parsed and every URL checked as its note is parsed
              (and handed through the stages)
    record    pipeline.record: the run stored in the history database
    reports   report.write_reports: the four default report files
    exit      from the CLI's return to the process's end (interpreter shutdown)
    total     the whole process, as bench_pipeline.py measures it

The floor (bench/linkfarm.floor_seconds) is printed beside, for the ratio of the checks and
of the whole run to it; on a shared machine compare phases within one run, not across runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_pipeline import DELAY, PER_HOST, article, closed_port  # noqa: E402
from bench.bench_resolve import start_farm, stop_farm  # noqa: E402
from bench.linkfarm import floor_seconds  # noqa: E402

# Runs in the checked process: wraps the phase functions, runs the CLI, prints the marks.
DRIVER = r"""
import sys, time
T0 = float(sys.argv[1])
marks = []
def mark(label):
    marks.append((label, time.time() - T0, time.process_time()))
from checker import cli, pipeline
import checker.report as report
def timed(owner, name):
    inner = getattr(owner, name)
    def wrapper(*args, **kwargs):
        mark(name + " start")
        try:
            return inner(*args, **kwargs)
        finally:
            mark(name + " end")
    setattr(owner, name, wrapper)
timed(pipeline._Flow, "run")
timed(pipeline, "record")
timed(report, "write_reports")
try:
    code = cli.main(sys.argv[2:])
finally:
    mark("main returned")
    for label, wall, cpu in marks:
        print(f"MARK {label}|{wall:.4f}|{cpu:.4f}", file=sys.stderr)
sys.exit(code)
"""

PHASES = ("start", "checks", "record", "reports", "exit", "total")


def one_run(n: int, workdir: Path, pipeline: bool = False) -> dict[str, tuple[float, float]]:
    """{phase: (wall s, CPU s)} for one run (`pipeline`: the default pipeline, the archive refusing)."""
    farm, urls = start_farm(n, workdir)
    try:
        (workdir / "article.txt").write_text(article(urls))
        env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
        refusing = f"http://127.0.0.1:{closed_port()}"
        stages = ["--wayback-url", refusing] if pipeline else ["--no-archive", "--no-compare"]
        cmd = [sys.executable, "-c", DRIVER, "", "check", "article.txt", "--allow-private", *stages,
               "--output-dir", "reports", "-q"]
        started = time.time()
        cmd[3] = repr(started)
        proc = subprocess.run(cmd, cwd=workdir, capture_output=True, text=True, env=env, timeout=600)
        total = time.time() - started
    finally:
        stop_farm(farm)  # type: ignore[arg-type]
    marks: dict[str, tuple[float, float]] = {}
    for line in proc.stderr.splitlines():
        if line.startswith("MARK "):
            label, wall, cpu = line[5:].split("|")
            marks.setdefault(label, (float(wall), float(cpu)))  # the first of each
    if "run start" not in marks or "main returned" not in marks:
        raise RuntimeError(f"the check did not run through (exit {proc.returncode}): {proc.stderr[-500:]}")

    def span(a: str, b: str) -> tuple[float, float]:
        return marks[b][0] - marks[a][0], marks[b][1] - marks[a][1]

    return {
        "start": (marks["run start"][0], marks["run start"][1]),
        "checks": span("run start", "run end"),
        "record": span("record start", "record end"),
        "reports": span("write_reports start", "write_reports end"),
        "exit": (total - marks["main returned"][0], 0.0),
        "total": (total, marks["main returned"][1]),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--pipeline", action="store_true",
                    help="the default pipeline with the archive refusing connections, not link checks only")
    args = ap.parse_args()
    from bench.linkfarm import FarmURL, plan

    floor = floor_seconds([FarmURL("", k, "", h, r, w) for k, _, h, r, w in plan(args.n)], 0.1, PER_HOST,
                          DELAY)["floor"]
    print(f"N = {args.n}: floor {floor:.2f} s; wall (CPU) seconds per phase; load average "
          f"{os.getloadavg()[0]:.1f} at the start")
    print(f"{'run':>4} " + " ".join(f"{p:>15}" for p in PHASES) + "  total x floor")
    runs = []
    for i in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="bench-phases-") as tmp:
            r = one_run(args.n, Path(tmp), args.pipeline)
        runs.append(r)
        print(f"{i + 1:>4} " + " ".join(f"{r[p][0]:7.3f} ({r[p][1]:5.2f})" for p in PHASES)
              + f"  {r['total'][0] / floor:13.2f}", flush=True)
    if len(runs) > 1:
        med = {p: statistics.median(r[p][0] for r in runs) for p in PHASES}
        print(f"{'med':>4} " + " ".join(f"{med[p]:7.3f}        " for p in PHASES)
              + f"  {med['total'] / floor:13.2f}")
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
