"""Nights of archive lookups over N cited URLs, counting CDX queries on a local Wayback (pywb).

Shared by tests/archive/test_knowledge.py (small N) and bench/bench_archive_knowledge.py
(N = 2,000). Night 1 looks up every URL; the next night moves the store's clock and the
archivist's "today" one day on, with 1% of the URLs newly dead; then a night past the
refresh age. Each night is a fresh Archivist on the same state store, as a nightly job is.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from checker.archive import Archivist
from checker.config import Config
from checker.models import ArchiveResult, LinkCheck, Verdict
from checker.store import Store

FIRST_NIGHT = dt.datetime(2026, 12, 4, 3, 0, tzinfo=dt.UTC)
WINDOW = ("2015-01-01", "2015-12-31")  # settled: closed long before any night


@dataclasses.dataclass
class Nights:
    """The state store and the clock the nights share."""

    config: Config
    state: Path
    count_cdx: Callable[[], int]
    now: dt.datetime = FIRST_NIGHT

    def night(self, urls: list[str], dead: frozenset[str] = frozenset(), *, day: float,
              windows: dict[str, tuple[str, str]] | None = None) -> tuple[int, list[ArchiveResult]]:
        """Look every URL up `day` days after the first night; (CDX queries made, results)."""
        self.now = FIRST_NIGHT + dt.timedelta(days=day)
        before = self.count_cdx()
        with Store(self.state, clock=self.now.timestamp) as store:
            archivist = Archivist(self.config, cache=store, today=self.now.date())
            results = []
            for url in urls:
                verdict = Verdict.GONE if url in dead else Verdict.OK
                link = LinkCheck(url=url, verdict=verdict, reason="night", status=404 if url in dead else 200)
                window = (windows or {}).get(url, WINDOW)
                results.append(archivist.lookup(url, window=window, link=link))
        return self.count_cdx() - before, results
