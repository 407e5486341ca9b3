"""Benchmark: parse synthetic articles of 1,000 and 10,000 notes.

    .venv/bin/python bench/bench_parse.py [--notes 10000] [--check]

Prints, for each size, the wall time read in this process alone (CHECKER_PARSE_WORKERS=1) and
as shipped (an article of 3,000 notes or more is read by one worker process per core, up to 4:
checker/parse/workers.py), the CPU seconds spent by this process and its workers together, notes
per second, and peak memory (tracemalloc: this process's Python allocations; the workers' peak
resident set from getrusage). The 10k/1k time ratio is taken in one process (best of 3 runs
each): parsing is linear when it stays near 10. With --check, exits 1 if 10k notes take over
3 s as shipped (issue 9's budget) or the ratio exceeds 15. Generated notes mix news with URLs,
journals, books, wire items, several citations per note, Ibid. (plain and with pages) and short
forms, and the body cites every note.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checker.models import References
from checker.parse import parse_text
from checker.parse.workers import ENV, worker_count

SURNAMES = ["Hirano", "Gady", "Rozman", "Baev", "Kistanov", "Minnick", "Tiezzi", "Obe", "Akita", "Cole"]
FIRST = ["Ko", "Franz", "Gilbert", "Pavel", "Valery", "Wendell", "Shannon", "Mitsuru", "Hiroyuki", "Michael"]
PAPERS = ["The Diplomat", "The Guardian", "Kyodo News", "The Wall Street Journal", "Nikkei Asian Review"]
MONTHS = ["January", "March", "May", "June", "September", "October", "November", "December"]


def synthetic(n: int, seed: int = 7) -> str:
    rnd = random.Random(seed)
    body: list[str] = []
    notes: list[str] = []
    full: list[tuple[str, str]] = []  # (surname, title) of full citations so far
    for i in range(1, n + 1):
        body.append(f"Claim number {i} is made here, with a detail in {2000 + i % 20}.{i}")
        roll = rnd.random()
        k = rnd.randrange(len(SURNAMES))
        author = f"{FIRST[k]} {SURNAMES[k]}"
        title = f"Topic {i} and the Question of {rnd.choice(['Islands', 'Sanctions', 'Trade', 'Navies'])}"
        date = f"{rnd.choice(MONTHS)} {rnd.randint(1, 28)}, {rnd.randint(2005, 2015)}"
        if roll < 0.12 and i > 1:
            notes.append(rnd.choice(["Ibid.", f"Ibid., {rnd.randint(1, 300)}."]))
            continue
        if roll < 0.22 and full:
            surname, t = rnd.choice(full[-50:])
            notes.append(f"{surname}, “{' '.join(t.split()[:3])}.”")
            continue
        if roll < 0.55:
            url = f"http://news{k}.example/{2000 + i % 20}/{i:05d}/{title.lower().replace(' ', '-')}/"
            notes.append(f"{author}, “{title},” {rnd.choice(PAPERS)}, {date}, {url}.")
        elif roll < 0.70:
            notes.append(
                f"{author}, “{title},” Journal of Studies {rnd.randint(1, 40)}, no. {rnd.randint(1, 6)} "
                f"({rnd.randint(1990, 2015)}): {rnd.randint(1, 200)}-{rnd.randint(201, 400)}."
            )
        elif roll < 0.82:
            year, page = rnd.randint(1990, 2015), rnd.randint(1, 300)
            notes.append(f"{author}, {title} (London: Example Press, {year}), {page}.")
        elif roll < 0.90:
            notes.append(f"Interfax, {date}; FBIS SOV, {date}.")
            continue
        else:
            notes.append(
                f"{author}, “{title},” {rnd.choice(PAPERS)}, {date}; See also {author}, “{title} II,” "
                f"{rnd.choice(PAPERS)}, {date}."
            )
        full.append((SURNAMES[k], title))
    return (
        "Synthetic Article\n\n"
        + " ".join(body)
        + "\n\n"
        + "\n\n".join(f"{i}. {t}" for i, t in enumerate(notes, 1))
        + "\n"
    )


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(text: str, workers: str) -> tuple[float, float, References]:
    """Best wall and CPU seconds of 3 parses (the machine is shared: the minimum is the parser's cost), and the
    last parse."""
    os.environ[ENV] = workers
    wall = cpu = float("inf")
    for _ in range(3):
        c0, t0 = _cpu(), time.perf_counter()
        refs = parse_text(text)
        wall, cpu = min(wall, time.perf_counter() - t0), min(cpu, _cpu() - c0)
    return wall, cpu, refs


def measure(n: int) -> dict[str, float]:
    text = synthetic(n)
    alone, alone_cpu, _ = timed(text, "1")
    shipped, shipped_cpu, refs = timed(text, "0")
    assert len(refs.notes) == n, (len(refs.notes), n)
    unresolved = sum(1 for _, c in refs.citations() if c.unresolved)
    tracemalloc.start()
    parse_text(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"alone": alone, "alone_cpu": alone_cpu, "shipped": shipped, "shipped_cpu": shipped_cpu,
            "peak": peak, "unresolved": unresolved, "workers": worker_count(n)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", type=int, default=10_000)
    ap.add_argument("--check", action="store_true", help="fail if slow or not linear")
    args = ap.parse_args()
    small_n = max(1, args.notes // 10)
    print(f"cores available: {len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else os.cpu_count()}")
    print("  notes | one process: wall   CPU | as shipped: workers  wall   CPU  notes/s | peak (this process)")
    results = {}
    for n in (small_n, args.notes):
        m = results[n] = measure(n)
        print(
            f" {n:>6} |        {m['alone']:6.2f} s {m['alone_cpu']:5.2f} |"
            f"        {m['workers']:>3}  {m['shipped']:6.2f} s {m['shipped_cpu']:5.2f} {n / m['shipped']:8.0f} |"
            f" {m['peak'] / 2**20:6.1f} MiB  unresolved back-refs {m['unresolved']}"
        )
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"largest worker process, resident: {children:.1f} MiB (forked: most of it shared with this process)")
    ratio = results[args.notes]["alone"] / results[small_n]["alone"]
    print(f"time ratio {args.notes}/{small_n} notes, one process: {ratio:.1f} (10 = linear)")
    if args.check and (results[args.notes]["shipped"] > 3.0 or ratio > 15):
        print("FAIL: too slow or not linear", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
