"""CDX queries per night with the archive knowledge kept (checker/archive/knowledge.py), on a local pywb.

    .venv/bin/python bench/bench_archive_knowledge.py [--n 2000] [--dead 0.01]

N cited URLs (half archived in 2015, half never), citation windows in 2015. Night 1 looks
every URL up; night 2 is "the next day" (the store's clock and the archivist's today moved
on by an injectable clock) with 1% of the URLs newly dead; night 3 the day after; night 32
is past the 30-day refresh age. The peer is the previous policy (every answer kept for a day,
so every night asks again), run on the same archive and URLs. Queries are counted on the
local archive's request log; minutes are what the Wayback Machine's pacing (24 CDX a minute
per IP) would make of them.
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.archive_nights import Nights  # noqa: E402
from tests.fixtures.wayback import Adapter, ArchivedResponse, PywbArchive, Wayback  # noqa: E402

CDX_PER_MINUTE = 24


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=2000, help="cited URLs (default 2000)")
    parser.add_argument("--dead", type=float, default=0.01, help="share newly dead on night 2 (default 0.01)")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bench-knowledge-"))
    archive = PywbArchive(root / "pywb")
    archive.launch()
    adapter = None
    try:
        urls = [f"http://bench-knowledge.example/story/{i}.html" for i in range(args.n)]
        archive.add([ArchivedResponse(u, "20150611090000", f"<title>Story {i}</title>")
                     for i, u in enumerate(urls[: args.n // 2])])  # fmt: skip
        archive.wait_ready()
        adapter = Adapter(archive)
        adapter.start()
        wayback = Wayback(archive, adapter)
        config = dataclasses.replace(wayback.config(), archive_breaker_threshold=10**6)
        count = lambda: adapter.count("/cdx")  # noqa: E731
        dead = frozenset(urls[:: max(1, round(1 / args.dead))][: round(args.n * args.dead)])

        kept = Nights(config, root / "kept.sqlite", count)
        peer = Nights(dataclasses.replace(config, archive_refresh_days=0), root / "peer.sqlite", count)
        rows = []
        for label, day, gone in (("night 1", 0, frozenset()), ("night 2: next day, 1% newly dead", 1, dead),
                                 ("night 3", 2, dead), ("night 32: past the 30-day refresh", 31, dead)):
            ours, _ = kept.night(urls, gone, day=day)
            theirs, _ = peer.night(urls, gone, day=day)
            rows.append((label, ours, theirs))
        print(f"{args.n} cited URLs ({args.n // 2} archived), {len(dead)} newly dead on night 2; CDX queries "
              f"counted on the local pywb's request log; minutes at {CDX_PER_MINUTE} CDX/min per IP")
        print(f"{'':38} {'knowledge kept':>20} {'one-day cache (before)':>26}")
        for label, ours, theirs in rows:
            print(f"{label:38} {ours:>8} ({ours / CDX_PER_MINUTE:6.1f} min) {theirs:>12} "
                  f"({theirs / CDX_PER_MINUTE:6.1f} min)")
    finally:
        if adapter is not None:
            adapter.stop()
        archive.stop()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
