"""Politeness toward the archive, measured on a fake clock (no test here sleeps for real)."""

from __future__ import annotations

import threading

import pytest

from checker.archive.ratelimit import ArchiveLimits, CircuitBreaker, Rates, TokenBucket, limits_for, reset_limits


class FakeClock:
    """time.monotonic and time.sleep in one: sleeping advances the clock."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.slept.append(seconds)
            self.now += seconds


def test_cdx_bucket_paces_24_per_minute() -> None:
    clock = FakeClock()
    bucket = TokenBucket(24 / 60, burst=1, clock=clock, sleep=clock.sleep)
    start = clock.now
    for _ in range(25):
        bucket.acquire()
    # The first request goes at once; the other 24 are 2.5 s apart: one minute for 25.
    assert clock.now - start == pytest.approx(60.0)
    assert all(s == pytest.approx(2.5) for s in clock.slept)


def test_replay_bucket_allows_a_burst_then_8_per_second() -> None:
    clock = FakeClock()
    bucket = TokenBucket(8.0, burst=8, clock=clock, sleep=clock.sleep)
    for _ in range(8):
        assert bucket.acquire() == 0.0
    start = clock.now
    for _ in range(16):
        bucket.acquire()
    assert clock.now - start == pytest.approx(2.0)


def test_idle_time_refills_but_never_beyond_the_burst() -> None:
    clock = FakeClock()
    bucket = TokenBucket(1.0, burst=2, clock=clock, sleep=clock.sleep)
    clock.now += 3600
    waits = [bucket.acquire() for _ in range(3)]
    assert waits[:2] == [0.0, 0.0] and waits[2] == pytest.approx(1.0)


def test_reservations_from_threads_are_spaced_and_fair() -> None:
    clock = FakeClock()
    bucket = TokenBucket(2.0, burst=1, clock=clock, sleep=lambda _s: None)  # time stands still
    waits: list[float] = []
    lock = threading.Lock()

    def take() -> None:
        w = bucket.reserve()
        with lock:
            waits.append(w)

    threads = [threading.Thread(target=take) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(5)
    # Six reservations at one instant: 0, 0.5, 1.0 ... 2.5 s, each exactly once.
    assert sorted(waits) == pytest.approx([0.0, 0.5, 1.0, 1.5, 2.0, 2.5])


def test_a_429_pauses_every_kind_of_request_for_at_least_the_configured_time() -> None:
    clock = FakeClock()
    limits = ArchiveLimits(Rates(6000, 1000, 6000, pause=60.0), clock=clock, sleep=clock.sleep)
    assert limits.note_rate_limited(None) == 60.0
    start = clock.now
    limits.acquire("replay")
    assert clock.now - start >= 60.0
    start = clock.now
    limits.acquire("cdx")  # the pause is over: no more waiting
    assert clock.now - start < 0.1


def test_a_longer_retry_after_wins_over_the_minimum_pause() -> None:
    clock = FakeClock()
    limits = ArchiveLimits(Rates(24, 8, 6, pause=60.0), clock=clock, sleep=clock.sleep)
    assert limits.note_rate_limited(90.0) == 90.0
    assert limits.pause_remaining() == pytest.approx(90.0)
    assert limits.wait_pause(budget=30.0) is False  # too long for the caller: it does not wait
    assert limits.pause_remaining() == pytest.approx(90.0)


def test_limits_are_shared_by_the_whole_process() -> None:
    reset_limits()
    rates = Rates(24, 8, 6, 60)
    a = limits_for("https://web.archive.org", rates)
    b = limits_for("https://web.archive.org/", rates)
    assert a is b
    assert limits_for("http://127.0.0.1:9", rates) is not a
    reset_limits()
    assert limits_for("https://web.archive.org", rates) is not a


def test_breaker_opens_after_consecutive_failures_and_stays_open() -> None:
    breaker = CircuitBreaker(3)
    breaker.failure("HTTP 503")
    breaker.failure("HTTP 503")
    breaker.success()  # the streak is broken
    breaker.failure("HTTP 503")
    breaker.failure("HTTP 503")
    assert not breaker.is_open
    breaker.failure("timed out")
    assert breaker.is_open
    assert breaker.reason is not None and "3 consecutive failures" in breaker.reason and "timed out" in breaker.reason
    breaker.success()
    assert breaker.is_open  # down for the rest of the run


def test_breaker_opens_at_once_when_the_archive_cannot_be_reached() -> None:
    breaker = CircuitBreaker(5)
    breaker.failure("Wayback Machine unreachable: connection refused (http://127.0.0.1:9)", at_once=True)
    assert breaker.is_open
    assert breaker.reason == "Wayback Machine unreachable: connection refused (http://127.0.0.1:9)"
