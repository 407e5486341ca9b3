"""What the archive told us, and how long it stays true: the CDX caching policy.

The Wayback Machine only ever adds captures after the fact: a capture list fetched at
time T holds every capture dated before T, and the ones dated before a citation's window
closed will be the same next year. So (DOMAIN.md; archive.org's own CDX docs):

- **Kept without expiry**: the cited version chosen for a (URL, window, preferred date)
  and its capture metadata, once the window closed before the answer was fetched
  (`pin_key`). A later lookup keeps it (a stable choice), and when the archive cannot
  be asked at all, the report still names the cited version.
- **Kept for `archive_refresh_days` (30)**: the raw CDX answer of a URL whose citation
  windows all closed more than that many days ago: the cited version cannot change, and
  first / latest / last-seen-alive captures are at most that old.
- **Kept until the next night** (`cdx_cache_max_age`, at most 20 hours): the answer for a
  citation whose window is recent or open: captures inside it may still be added.
- **Refreshed at once**: a URL that is dead today but was alive when its answer was
  fetched (newly dead) is looked up again, for the capture from just before it died.
  The URL's last known state is kept under `alive_key`.
- Failures are never cached (Archivist._cdx_text only stores well-formed answers).

A nightly run over N known URLs then asks the CDX API only for new URLs, newly dead ones,
recent windows and entries past their refresh age (bench/bench_archive_knowledge.py).
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta

from checker.config import Config
from checker.models import ArchiveResult, ArchiveStatus, Capture

FOREVER = float("inf")
# A recent window's answer is asked again each night: nightly runs start about 24 hours
# apart, a few minutes either way, so a full day's age would keep it on alternate nights.
NIGHTLY_MAX_AGE = 20 * 3600.0
ALIVE = "alive"
DEAD = "dead"


def cdx_max_age(config: Config, today: date, window_end: date | None, *, newly_dead: bool) -> float:
    """Seconds a cached CDX answer may be reused for one lookup (see the module docstring)."""
    if newly_dead:
        return 0.0
    settled = window_end is not None and window_end < today - timedelta(days=config.archive_refresh_days)
    if settled:
        return config.archive_refresh_days * 86400.0
    return min(config.cdx_cache_max_age, NIGHTLY_MAX_AGE)


def alive_key(base_url: str, url: str) -> str:
    return f"alive|{base_url}|{url}"


def pin_key(base_url: str, url: str, window: tuple[str, str] | None, prefer: date | None) -> str:
    lo, hi = window or ("", "")
    return f"cited|{base_url}|{url}|{lo}|{hi}|{prefer.isoformat() if prefer else ''}"


def can_pin(result: ArchiveResult, window_end: date | None, today: date) -> bool:
    """A cited version is final once its window closed before today's answer (yesterday, to be safe)."""
    return (
        result.status is ArchiveStatus.FOUND
        and result.cited is not None
        and window_end is not None
        and window_end < today - timedelta(days=1)
    )


def pin_text(result: ArchiveResult, today: date) -> str:
    assert result.cited is not None
    return json.dumps({
        "cited": dataclasses.asdict(result.cited),
        "reason": result.reason,
        "redirected_to": result.redirected_to,
        "pinned_on": today.isoformat(),
    })  # fmt: skip


def pinned(text: str | None) -> tuple[Capture, str, str | None, str] | None:
    """(cited capture, reason, redirected_to, pinned_on) from a stored pin; None when absent or unreadable."""
    if not text:
        return None
    try:
        data = json.loads(text)
        return Capture(**data["cited"]), str(data["reason"]), data.get("redirected_to"), str(data["pinned_on"])
    except (ValueError, TypeError, KeyError):
        return None  # a damaged entry is forgotten, not trusted
