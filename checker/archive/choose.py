"""Choosing the cited version among an archive's captures. Pure functions, no I/O.

The policy follows InternetArchiveBot: the version a reader needs is a capture that
answered 2xx inside the citation's window (from the source's own date to the citing
article's date, or around the access date), preferring the one closest *before* the
article's date, because that is the page the author could have seen. When there is
none we say why, plainly:

- never_archived: the archive holds no capture at all;
- archived_only_after_death: captures exist but none answered 2xx (only redirects,
  or errors; a revisit record counts as the capture it repeats, see
  archivist.resolve_revisits);
- no_capture_in_window: 2xx captures exist, all outside the window; the nearest one
  is offered with its distance in days.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from checker.models import ArchiveResult, ArchiveStatus, Capture

# When a note gives an access date, the author saw the page around then. IABot looks
# for the capture closest before the access date; we accept captures 30 days either
# side, because crawls of a given page are often weeks apart (archivist.citation_window).
ACCESS_WINDOW_DAYS = 30

_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def _parts(iso: str) -> tuple[int, int | None, int | None]:
    m = _ISO.match(iso)
    if not m:
        raise ValueError(f"not an ISO date: {iso!r}")
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"bad month in {iso!r}")
    if day is not None and month is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise ValueError(f"bad day in {iso!r}")
    return year, month, day


def start_of(iso: str) -> date:
    """First day of a possibly partial ISO date: "2015" -> 2015-01-01, "2015-12" -> 2015-12-01."""
    year, month, day = _parts(iso)
    return date(year, month or 1, day or 1)


def end_of(iso: str) -> date:
    """Last day of a possibly partial ISO date: "2015" -> 2015-12-31, "2015-02" -> 2015-02-28."""
    year, month, day = _parts(iso)
    month = month or 12
    return date(year, month, day or calendar.monthrange(year, month)[1])


def to_timestamp(d: date, *, end: bool = False) -> str:
    return d.strftime("%Y%m%d") + ("235959" if end else "000000")


def capture_date(capture: Capture) -> date:
    t = capture.timestamp
    return date(int(t[0:4]), int(t[4:6]), int(t[6:8]))


def is_ok(capture: Capture) -> bool:
    """A capture a reader can use: 2xx. IABot accepts 200/203/206; any 2xx carries a page."""
    return capture.status is not None and 200 <= capture.status < 300


@dataclass(frozen=True)
class Window:
    """A closed range of days; either end may be open (None)."""

    start: date | None
    end: date | None

    @classmethod
    def parse(cls, window: tuple[str | None, str | None] | None) -> Window:
        """A partial "from" means the start of its period; a partial "to" the end of it."""
        if window is None:
            return cls(None, None)
        lo, hi = window
        start = start_of(lo) if lo else None
        end = end_of(hi) if hi else None
        if start and end and start > end:
            # A source dated after the citing article (reprints, updated pages): the article's
            # date is the better bound, so the window collapses onto it rather than vanishing.
            start = end
        return cls(start, end)

    def contains(self, d: date) -> bool:
        return (self.start is None or d >= self.start) and (self.end is None or d <= self.end)

    def distance_days(self, d: date) -> int:
        """Days from the window to `d`: negative before it, positive after, 0 inside."""
        if self.start is not None and d < self.start:
            return (d - self.start).days
        if self.end is not None and d > self.end:
            return (d - self.end).days
        return 0

    def as_iso(self) -> tuple[str, str] | None:
        """(from, to) as ISO dates, "" for an open end; None when wholly open."""
        if self.start is None and self.end is None:
            return None
        return (self.start.isoformat() if self.start else "", self.end.isoformat() if self.end else "")

    def describe(self) -> str:
        if self.start and self.end:
            return f"between {self.start.isoformat()} and {self.end.isoformat()}"
        if self.start:
            return f"since {self.start.isoformat()}"
        if self.end:
            return f"up to {self.end.isoformat()}"
        return "at any date"


def pick_cited(
    captures: Sequence[Capture], window: Window, prefer_before: date | None = None
) -> Capture | None:
    """The 2xx capture in the window closest before `prefer_before` (else the earliest after it).

    Without `prefer_before` the window's end plays its part (the latest capture in it);
    with an open end too (no article date, nothing to infer one from), the earliest 2xx
    capture in the window: the closest to when the source appeared, never a page rebuilt
    years later.
    """
    inside = [c for c in captures if is_ok(c) and window.contains(capture_date(c))]
    if not inside:
        return None
    pivot = prefer_before or window.end
    ordered = sorted(inside, key=lambda c: c.timestamp)
    if pivot is None:
        return ordered[0]
    pivot_ts = to_timestamp(pivot, end=True)
    before = [c for c in ordered if c.timestamp <= pivot_ts]
    return before[-1] if before else ordered[0]


def nearest_outside(captures: Sequence[Capture], window: Window) -> tuple[Capture, int] | None:
    """The 2xx capture nearest the window from outside it, with its signed distance in days."""
    best: tuple[Capture, int] | None = None
    for c in captures:
        if not is_ok(c):
            continue
        d = window.distance_days(capture_date(c))
        if d == 0:
            continue
        # Ties go to the capture before the window: closer to what the author saw.
        if best is None or abs(d) < abs(best[1]) or (abs(d) == abs(best[1]) and d < 0 < best[1]):
            best = (c, d)
    return best


def ranked_in_window(
    captures: Sequence[Capture], window: Window, prefer_before: date | None = None
) -> list[Capture]:
    """All 2xx captures in the window, best first (the order replay falls back in)."""
    remaining = [c for c in captures if is_ok(c) and window.contains(capture_date(c))]
    ranked: list[Capture] = []
    for _ in range(len(remaining)):
        best = pick_cited(remaining, window, prefer_before)
        if best is None:
            break
        ranked.append(best)
        remaining = [c for c in remaining if c is not best]
    return ranked


# A capture this long after the source's own date, chosen because the window has no end (no
# article date, nothing to infer one from), may show a page edited since it was cited.
LATE_CAPTURE_DAYS = 365


def days_after_source(result: ArchiveResult) -> int | None:
    """Days from the source's date to the chosen capture, when the window has no end and the
    capture is more than LATE_CAPTURE_DAYS after it; None otherwise (the capture is trusted)."""
    if result.cited is None or result.window is None:
        return None
    start, end = result.window
    if end or not start:
        return None
    try:
        days = (capture_date(result.cited) - start_of(start)).days
    except ValueError:
        return None
    return days if days > LATE_CAPTURE_DAYS else None


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def choose(
    url: str,
    captures: Sequence[Capture],
    window: Window,
    prefer_before: date | None = None,
) -> ArchiveResult:
    """Turn a URL's captures (any order) into an ArchiveResult for one citation."""
    ordered = sorted(captures, key=lambda c: c.timestamp)
    base = ArchiveResult(
        url=url,
        status=ArchiveStatus.NEVER_ARCHIVED,
        reason="the archive holds no capture of this URL",
        window=window.as_iso(),
        capture_count=len(ordered),
        first=ordered[0] if ordered else None,
        latest=ordered[-1] if ordered else None,
    )
    if not ordered:
        return base
    ok = [c for c in ordered if is_ok(c)]
    if not ok:
        statuses = sorted({str(c.status) if c.status is not None else "no status" for c in ordered})
        kinds = "redirects" if all(c.status is not None and 300 <= c.status < 400 for c in ordered) else "errors"
        first = ordered[0]
        reason = (
            f"{_plural(len(ordered), 'capture')}, none with a 2xx status (only {kinds}: "
            f"{', '.join(statuses)}; first {first.date_iso} HTTP {first.status if first.status else '-'})"
        )
        return replace(base, status=ArchiveStatus.ARCHIVED_ONLY_AFTER_DEATH, reason=reason)
    last_ok = ok[-1]
    cited = pick_cited(ok, window, prefer_before)
    if cited is not None:
        in_window = sum(1 for c in ok if window.contains(capture_date(c)))
        reason = (
            f"captured {cited.date_iso} (HTTP {cited.status}) {window.describe()}; "
            f"{_plural(in_window, '2xx capture')} in the window"
        )
        if window.end is None and prefer_before is None and in_window > 1:
            reason += "; no article date to end the window, so the earliest was taken"
        return replace(base, status=ArchiveStatus.FOUND, reason=reason, cited=cited, distance_days=0,
                       last_ok=last_ok)
    near = nearest_outside(ok, window)
    assert near is not None  # ok captures exist and none is inside the window
    capture, signed = near
    side = "after" if signed > 0 else "before"
    reason = (
        f"no capture {window.describe()}; nearest {capture.date_iso} "
        f"({_plural(abs(signed), 'day')} {side})"
    )
    return replace(base, status=ArchiveStatus.NO_CAPTURE_IN_WINDOW, reason=reason, cited=capture,
                   distance_days=abs(signed), last_ok=last_ok)
