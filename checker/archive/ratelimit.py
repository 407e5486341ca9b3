"""The Wayback Machine's politeness rules, enforced in one place for the whole process.

Why process-wide: archive.org limits per IP, not per object. As of 2025 it allows
about 30 CDX/TimeMap requests a minute and about 10 replays a second; a client that
keeps going after a 429 for over a minute is firewalled for an hour (doubling on
repeat). EDGI's `wayback` client keeps to 24 CDX calls/min and 8 replays/s; so do we
(Config.cdx_per_minute, Config.replay_per_second). Saves: about 6/min with keys and
3/min anonymously (Config.save_per_minute, halved when anonymous).

- TokenBucket: paces one kind of request; clock and sleep are injectable so tests
  can measure pacing on a fake clock instead of sleeping.
- ArchiveLimits: the buckets for one archive plus a shared pause: after any 429
  every request to that archive waits at least Config.rate_limit_pause.
- CircuitBreaker: after N consecutive failures the archive is "down" for the rest
  of the run (one per Archivist, i.e. per run), so a dead archive costs N timeouts,
  not one per citation. A failure to connect at all (refused, DNS, TLS) opens it at
  once: asking again gets the same answer.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

Clock = Callable[[], float]
Sleep = Callable[[float], None]

# Longest single sleep while waiting; keeps waits interruptible and re-checks the pause.
_MAX_NAP = 1.0


class GaveUp(Exception):
    """A wait for a token ended early: what it waited for is no longer worth doing."""


class TokenBucket:
    """`rate` tokens per second, at most `burst` saved up. Thread-safe."""

    def __init__(
        self, rate: float, burst: float = 1.0, *, clock: Clock = time.monotonic, sleep: Sleep = time.sleep
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate
        self.burst = max(1.0, burst)
        self._clock = clock
        self._sleep = sleep
        self._tokens = self.burst
        self._last = clock()
        self._lock = threading.Lock()

    def _refill(self, now: float) -> None:
        self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate)
        self._last = now

    def reserve(self) -> float:
        """Take one token now (possibly going into debt); return seconds to wait before using it.

        Reserving instead of spinning keeps waiting threads in a fair order.
        """
        with self._lock:
            now = self._clock()
            self._refill(now)
            self._tokens -= 1.0
            if self._tokens >= 0:
                return 0.0
            return -self._tokens / self.rate

    def acquire(self, give_up: threading.Event | None = None) -> float:
        """Block until a token is available; return the seconds waited.

        Raises GaveUp, handing the token back, if `give_up` is set while waiting."""
        wait = self.reserve()
        if wait > 0:
            if give_up is None:
                self._sleep(wait)
            elif give_up.wait(wait):
                with self._lock:
                    self._tokens += 1.0
                raise GaveUp
        return wait


@dataclass(frozen=True)
class Rates:
    cdx_per_minute: float
    replay_per_second: float
    save_per_minute: float
    pause: float


class ArchiveLimits:
    """Buckets for CDX/TimeMap, replay and saves, plus the process-wide 429 pause."""

    def __init__(self, rates: Rates, *, clock: Clock = time.monotonic, sleep: Sleep = time.sleep) -> None:
        self.rates = rates
        self._clock = clock
        self._sleep = sleep
        # burst 1 for CDX and saves: the archive counts per minute, bursts are what trip it.
        self.cdx = TokenBucket(rates.cdx_per_minute / 60.0, 1.0, clock=clock, sleep=sleep)
        self.replay = TokenBucket(rates.replay_per_second, max(1.0, rates.replay_per_second), clock=clock,
                                  sleep=sleep)
        self.save = TokenBucket(rates.save_per_minute / 60.0, 1.0, clock=clock, sleep=sleep)
        self._paused_until = 0.0
        self._lock = threading.Lock()

    def note_rate_limited(self, retry_after: float | None = None) -> float:
        """The archive said 429: every request waits at least `pause` (or Retry-After if longer)."""
        pause = max(self.rates.pause, retry_after or 0.0)
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock() + pause)
        return pause

    def pause_remaining(self) -> float:
        with self._lock:
            return max(0.0, self._paused_until - self._clock())

    def wait_pause(self, budget: float | None = None) -> bool:
        """Sleep out the current pause. False (without sleeping) if it exceeds `budget` seconds."""
        remaining = self.pause_remaining()
        if budget is not None and remaining > budget:
            return False
        # Bounded: each nap is at most _MAX_NAP and the pause only ends; a new 429 may
        # extend it, which is the point.
        for _ in range(100_000):
            remaining = self.pause_remaining()
            if remaining <= 0:
                return True
            self._sleep(min(remaining, _MAX_NAP))
        return False

    def acquire(self, kind: str, give_up: threading.Event | None = None) -> float:
        """Wait for the pause, then for a token of `kind` ("cdx", "replay", "save"); GaveUp if
        `give_up` is set while waiting for the token."""
        self.wait_pause()
        bucket = {"cdx": self.cdx, "replay": self.replay, "save": self.save}[kind]
        return bucket.acquire(give_up)


_registry: dict[tuple[str, Rates], ArchiveLimits] = {}
_registry_lock = threading.Lock()


def limits_for(base_url: str, rates: Rates) -> ArchiveLimits:
    """The one ArchiveLimits of this process for this archive and rates."""
    key = (base_url.rstrip("/"), rates)
    with _registry_lock:
        limits = _registry.get(key)
        if limits is None:
            limits = _registry[key] = ArchiveLimits(rates)
        return limits


def reset_limits() -> None:
    """Forget every shared limiter (tests use it to isolate cases)."""
    with _registry_lock:
        _registry.clear()


class CircuitBreaker:
    """Opens after `threshold` consecutive failures and stays open (for one run)."""

    def __init__(self, threshold: int) -> None:
        self.threshold = max(1, threshold)
        self._failures = 0
        self._open_reason: str | None = None
        self._lock = threading.Lock()
        # Set when it opens: a request waiting its turn (CDX pacing: 2.5 s a token) stops waiting.
        self.opened = threading.Event()

    @property
    def is_open(self) -> bool:
        with self._lock:
            return self._open_reason is not None

    @property
    def reason(self) -> str | None:
        with self._lock:
            return self._open_reason

    def success(self) -> None:
        with self._lock:
            if self._open_reason is None:
                self._failures = 0

    def failure(self, why: str, *, at_once: bool = False) -> None:
        """One more failure; `at_once` for one that says the archive cannot be reached at all."""
        with self._lock:
            self._failures += 1
            if self._open_reason is None and at_once:
                self._open_reason = why
            elif self._open_reason is None and self._failures >= self.threshold:
                self._open_reason = f"archive treated as down after {self._failures} consecutive failures ({why})"
            if self._open_reason is not None:
                self.opened.set()
