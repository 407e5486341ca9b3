"""Retry policy: what is retried, Retry-After parsing, the cap, backoff with jitter."""

from __future__ import annotations

import random
from email.utils import formatdate

import pytest

from checker.resolve import policy


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_transient_statuses_are_retried(status: int) -> None:
    assert policy.should_retry(status, None)


@pytest.mark.parametrize("status", [200, 301, 404, 410, 403, 501])
def test_other_statuses_are_not(status: int) -> None:
    assert not policy.should_retry(status, None)


def test_500_is_retried_once_only() -> None:
    # "server_error" means a persistent 5xx: one 500 must not decide it, two do.
    assert policy.retries_for(500, 3) == 1 and policy.retries_for(500, 0) == 0
    assert policy.retries_for(503, 3) == 3
    assert 0.4 <= (policy.retry_delay(1, 1.0, None, 60.0, 500) or 0) <= 0.6  # a momentary fault


@pytest.mark.parametrize(("error", "expected"), [
    ("read_timeout", True), ("connect_timeout", True), ("connection_reset", True),
    ("dns_error", False), ("connection_refused", False), ("tls_error", False),
])
def test_errors(error: str, expected: bool) -> None:
    assert policy.should_retry(None, error) is expected


def test_retry_after_seconds_and_dates() -> None:
    now = 1_700_000_000.0
    assert policy.parse_retry_after("120") == 120.0
    assert policy.parse_retry_after(formatdate(now + 30, usegmt=True), now=now) == pytest.approx(30, abs=1)
    assert policy.parse_retry_after(formatdate(now - 30, usegmt=True), now=now) == 0.0
    for junk in (None, "", "soon", "-5", "1.5e9x", "²", "١٢"):  # unicode digits found by hypothesis
        assert policy.parse_retry_after(junk) is None


def test_retry_after_beyond_cap_is_not_waited() -> None:
    assert policy.retry_delay(1, 1.0, 3600, cap=60) is None
    assert policy.retry_delay(1, 1.0, 2, cap=60) == pytest.approx(2.05)


def test_backoff_doubles_with_bounded_jitter() -> None:
    rng = random.Random(1)
    for attempt, nominal in ((1, 1.0), (2, 2.0), (3, 4.0)):
        for _ in range(50):
            d = policy.backoff_delay(attempt, 1.0, rng=rng)
            assert nominal * (1 - policy.JITTER) <= d <= nominal * (1 + policy.JITTER)
    assert policy.retry_delay(2, 0.5, None, cap=60) == pytest.approx(1.0, rel=policy.JITTER)
