"""`--max-age DURATION`: a URL checked OK recently is not fetched again (opt-in).

As lychee's `--max-cache-age`: a URL whose last stored verdict was `ok` or `redirected`
less than `max_age` ago keeps that verdict without a request; the report says it was
carried over and from when (the reason, `checked_at`, a run notice). Failures are never
carried over (lychee never caches them either): a dead, blocked or unchecked URL is
always asked again, so a fixed link is noticed at once, and a death is never declared
from old evidence. A carried-over verdict keeps its original `checked_at`, so the age
keeps growing and the URL is fetched again once it passes `max_age`. Without the flag,
every run checks every URL.
"""

from __future__ import annotations

import datetime as dt
import re

from checker.models import LinkCheck, Verdict
from checker.store import Store

CARRIED_VERDICTS = frozenset({Verdict.OK, Verdict.REDIRECTED})
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$", re.IGNORECASE)


def parse_duration(text: str) -> float:
    """'1d', '12h', '30m', '90s', '2w' -> seconds; ValueError otherwise."""
    m = _DURATION.match(text)
    if not m:
        raise ValueError(f"not a duration like 1d, 12h, 30m, 90s or 2w: {text!r}")
    return float(m.group(1)) * _UNITS[m.group(2).lower()]


def describe(seconds: float) -> str:
    for unit in ("w", "d", "h", "m"):
        if seconds >= _UNITS[unit] and seconds % _UNITS[unit] == 0:
            return f"{seconds / _UNITS[unit]:g}{unit}"
    return f"{seconds:g}s"


def carried_over(store: Store, url: str, max_age: float, now: dt.datetime) -> LinkCheck | None:
    """The stored OK verdict of `url` when it is younger than `max_age` seconds, else None."""
    last = store.last_check(url)
    if last is None:
        return None
    verdict_text, status, final_url, checked_at = last
    try:
        verdict = Verdict(verdict_text)
        when = dt.datetime.fromisoformat(checked_at.replace("Z", "+00:00"))
    except ValueError:
        return None
    when = when if when.tzinfo else when.replace(tzinfo=dt.UTC)
    age = (now - when).total_seconds()
    if verdict not in CARRIED_VERDICTS or not 0 <= age < max_age:
        return None
    return LinkCheck(
        url=url,
        verdict=verdict,
        reason=f"carried over from the check of {checked_at} (--max-age {describe(max_age)}): not fetched again",
        status=status,
        final_url=final_url,
        checked_at=checked_at,
    )
