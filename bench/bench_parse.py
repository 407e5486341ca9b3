"""Benchmark: parse synthetic articles of 1,000 and 10,000 notes.

    .venv/bin/python bench/bench_parse.py [--notes 10000] [--check]

Prints notes/second and peak memory (tracemalloc, Python allocations) for each size,
and the 10k/1k time ratio (best of 3 runs each): parsing is linear when the ratio stays
near 10. With
--check, exits 1 if 10k notes take over 3 s (issue 9's budget) or the ratio exceeds 15.
Generated notes mix news with URLs, journals, books, wire items, several citations per
note, Ibid. (plain and with pages) and short forms, and the body cites every note.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checker.parse import parse_text

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


def measure(n: int) -> tuple[float, int, int]:
    text = synthetic(n)
    elapsed = float("inf")
    for _ in range(3):  # best of 3: the machine is shared, the minimum is the parser's cost
        t0 = time.perf_counter()
        refs = parse_text(text)
        elapsed = min(elapsed, time.perf_counter() - t0)
    assert len(refs.notes) == n, (len(refs.notes), n)
    unresolved = sum(1 for _, c in refs.citations() if c.unresolved)
    tracemalloc.start()
    parse_text(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return elapsed, peak, unresolved


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", type=int, default=10_000)
    ap.add_argument("--check", action="store_true", help="fail if slow or not linear")
    args = ap.parse_args()
    small_n = max(1, args.notes // 10)
    results = {}
    for n in (small_n, args.notes):
        elapsed, peak, unresolved = measure(n)
        results[n] = elapsed
        print(
            f"{n:>6} notes: {elapsed:6.2f} s  {n / elapsed:8.0f} notes/s  peak {peak / 2**20:6.1f} MiB"
            f"  unresolved back-refs {unresolved}"
        )
    ratio = results[args.notes] / results[small_n]
    print(f"time ratio {args.notes}/{small_n} notes: {ratio:.1f} (10 = linear)")
    if args.check and (results[args.notes] > 3.0 or ratio > 15):
        print("FAIL: too slow or not linear", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
