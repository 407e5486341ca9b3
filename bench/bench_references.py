"""Benchmark: writing and reading references.yaml for articles of 2,000 and 20,000 notes.

    .venv/bin/python bench/bench_references.py [--notes 2000 20000]

For each size it writes a generated article (lines like `N. Jane Roe, "A Report on Item N,"
Example News, March 2, 2019, https://h1.example.org/path/N/page.`), then, each step in its own
process so that wall time and peak RSS (/usr/bin/time) are that step's alone:
- `run_check.py parse article.txt -o references.yaml`, as a user runs it;
- dump: the parsed References written by the emitter (references.dumps), beside the peer,
  ruamel's round-trip dumper once per note (what `parse` and `check` did before);
- load: references.load as it is, beside the peer, ruamel's safe loader (C) building the whole
  tree before validation (what load did before; `_FAST.load` + `_Reader`).
The machine may be shared: compare the columns of one run, not runs of different days.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Each step prints the seconds of its operation alone (dump steps read the file first, untimed).
STEPS = {
    "dump (emitter)": "refs = r.load(f); t = now(); r.dumps(refs)",
    "dump (ruamel round-trip, peer)": (
        "refs = r.load(f); y = r._yaml(); t = now(); "
        "r._dump_one(y, r._header_map(refs)); [r._ruamel_note(y, n) for n in refs.notes]"
    ),
    "load": "t = now(); r.load(f)",
    "load (whole tree, peer)": "t = now(); r._Reader(None).document(r._FAST.load(open(f, encoding='utf-8').read()))",
}
PRELUDE = "import sys; from time import perf_counter as now; from checker import references as r; f = sys.argv[1]; "


def article(n: int) -> str:
    return "Notes\n" + "".join(
        f'{i}. Jane Roe, "A Report on Item {i}," Example News, March 2, 2019, https://h1.example.org/path/{i}/page.\n'
        for i in range(1, n + 1)
    )


def timed(argv: list[str]) -> tuple[float, float, str]:
    """(wall seconds, peak RSS MiB, standard output) of one command."""
    out = subprocess.run(["/usr/bin/time", "-f", "%e %M", *argv], capture_output=True, text=True, timeout=1800,
                         cwd=ROOT)  # fmt: skip
    if out.returncode != 0:
        raise SystemExit(f"failed: {' '.join(argv)}\n{out.stderr[-2000:]}")
    wall, kib = out.stderr.strip().splitlines()[-1].split()
    return float(wall), int(kib) / 1024, out.stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", type=int, nargs="+", default=[2000, 20000])
    args = ap.parse_args()
    py = sys.executable
    print(f"{'notes':>7}  {'step':<32} {'time s':>7} {'peak RSS MiB':>13}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.notes:
            src, refs = Path(tmp, f"article{n}.txt"), Path(tmp, f"references{n}.yaml")
            src.write_text(article(n), encoding="utf-8")
            wall, rss, _ = timed([py, str(ROOT / "run_check.py"), "parse", str(src), "-o", str(refs), "--force"])
            size = f"({refs.stat().st_size / 1e6:.1f} MB file, wall time of the command)"
            print(f"{n:>7}  {'run_check.py parse':<32} {wall:>7.2f} {rss:>13.0f}   {size}")
            for name, code in STEPS.items():
                _, rss, out = timed([py, "-c", PRELUDE + code + "; print(now() - t)", str(refs)])
                print(f"{n:>7}  {name:<32} {float(out.split()[-1]):>7.2f} {rss:>13.0f}")


if __name__ == "__main__":
    main()
