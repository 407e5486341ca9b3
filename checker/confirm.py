"""When a dead source counts as *confirmed* dead, from the run history.

InternetArchiveBot (wikimedia/DeadlinkChecker, internetarchive/internetarchivebot)
calls a link dead only after it failed on several checks days apart, and any success
resets the count: one bad night (a server down for maintenance, a CDN hiccup, a
network fault the guard did not catch) is not rot. We follow it:

    confirmed dead  <=>  dead in at least `checks` runs in a row (today's included),
                         and the first of them at least `days` days before today's.

Until then the report says "dead (2 of 3 checks)". `--fail-on confirmed` fails a
nightly job only on confirmed-dead sources; the default `--fail-on dead` still fails
on any dead verdict, so a one-off run with no history behaves as before.

The decision is a pure function of the stored history and the time of today's check,
so tests move the clock by writing history rows dated in the past.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from checker.models import Finding, LinkCheck, Severity
from checker.store import UrlHistory

CONFIRMED_DEAD = "confirmed_dead"
DEAD_UNCONFIRMED = "dead_unconfirmed"


@dataclass(frozen=True)
class ConfirmPolicy:
    checks: int = 3  # dead results in a row, today's included
    days: float = 3.0  # from the first of them to today's


def dead_confirmation(
    link: LinkCheck, history: UrlHistory | None, policy: ConfirmPolicy, *, now: dt.datetime
) -> Finding | None:
    """A `confirmed_dead` (error) or `dead_unconfirmed` (info) finding for a dead link; None for a live one."""
    if not link.verdict.is_dead:
        return None
    streak = 1 + (history.dead_streak if history else 0)
    since_text = history.dead_since if history and history.dead_since else _iso(now)
    span_days = max(0.0, (now - _parse(since_text, default=now)).total_seconds() / 86400)
    evidence = (
        ("dead_checks", str(streak)),
        ("dead_since", since_text),
        ("span_days", f"{span_days:.1f}"),
        ("policy", f"{policy.checks} checks over {policy.days:g} days"),
    )
    if streak >= policy.checks and span_days >= policy.days:
        return Finding(
            code=CONFIRMED_DEAD,
            severity=Severity.ERROR,
            message=f"confirmed dead: dead in {streak} checks over {span_days:.0f} days since {since_text[:10]}",
            evidence=evidence,
        )
    shown = min(streak, policy.checks)
    wait = "" if streak < policy.checks else f", over {span_days:.1f} of {policy.days:g} days"
    return Finding(
        code=DEAD_UNCONFIRMED,
        severity=Severity.INFO,
        message=f"dead ({shown} of {policy.checks} checks{wait}): confirmed after {policy.checks} dead checks "
        f"over {policy.days:g} days",
        evidence=evidence,
    )


def check_time(link: LinkCheck, fallback: dt.datetime) -> dt.datetime:
    """When today's verdict was reached (the resolver's `checked_at`), as an aware UTC datetime."""
    return _parse(link.checked_at, default=fallback) if link.checked_at else fallback


def _parse(text: str, *, default: dt.datetime) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return default
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
