"""Retry policy: the one named place that decides what is retried and how long to wait.

Modelled on lychee and EDGI's `wayback` client: transient failures (timeouts,
resets, 408/429/502/503/504) are retried with exponential backoff and jitter;
a `Retry-After` header (seconds or an HTTP date, RFC 9110 §10.2.3) is honoured
up to a cap. A server asking for more than the cap is reported as rate-limited
rather than waited out: one slow host must not hold the whole run hostage.

500 is retried once only (`RETRY_ONCE_STATUSES`): usually a deterministic
application error, but an overloaded application says 500 too, and `server_error`
means *persistent* 5xx, a dead verdict that one answer must not decide.

Deliberately *not* retried: DNS failures, refused connections and TLS errors
(retrying them only delays a verdict that will not change within one run; IABot
rechecks across days instead).
"""

from __future__ import annotations

import random
import time
from email.utils import parsedate_to_datetime

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
RETRY_ONCE_STATUSES = frozenset({500})
RETRYABLE_ERRORS = frozenset({"connect_timeout", "read_timeout", "connection_reset"})
# Jitter spreads retries so that many workers hit by the same outage do not come
# back in lock-step; +/-20 % keeps the documented 1, 2, 4 s schedule recognisable.
JITTER = 0.2


def should_retry(status: int | None, error: str | None) -> bool:
    """True if this outcome of one request is worth another attempt."""
    if error is not None:
        return error in RETRYABLE_ERRORS
    return status in RETRYABLE_STATUSES


def retries_for(status: int | None, configured: int) -> int:
    """How many retries an answer with this status gets (of the configured number)."""
    return min(1, configured) if status in RETRY_ONCE_STATUSES else configured


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header value, or None if absent/unreadable.

    Accepts delta-seconds ("120") and HTTP dates ("Wed, 21 Oct 2015 07:28:00 GMT").
    A date in the past means "now" (0 s).
    """
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if value.isascii() and value.isdigit():  # str.isdigit() alone accepts "²"
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None or when.tzinfo is None:  # RFC 9110 dates are always GMT
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


def backoff_delay(attempt: int, base: float, *, rng: random.Random | None = None) -> float:
    """Exponential backoff for the n-th retry (1-based): base, 2*base, 4*base, ... with jitter."""
    r = rng or random
    delay = base * (2 ** max(0, attempt - 1))
    return max(0.0, delay * (1.0 + r.uniform(-JITTER, JITTER)))


def retry_delay(attempt: int, base: float, retry_after: float | None, cap: float,
                status: int | None = None) -> float | None:
    """How long to wait before retry number `attempt`, or None if the server asks for
    longer than `cap` (the caller then reports the URL as rate-limited, without waiting)."""
    if status in RETRY_ONCE_STATUSES and retry_after is None:
        # The second ask after a 500 is to catch a momentary fault (one bad worker, a
        # restart), not to wait out an overload (that is 503's job): half the base wait.
        return backoff_delay(1, base / 2)
    if retry_after is not None:
        if retry_after > cap:
            return None
        # A server that names a time gets exactly that (plus a hair, since HTTP dates
        # have one-second resolution and arriving early earns another 429).
        return retry_after + 0.05
    return backoff_delay(attempt, base)
