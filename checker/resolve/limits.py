"""Politeness: a global limit, a per-host limit and a minimum delay between request
starts to one host. Thread-safe; every request the resolver sends passes through
`Limits.slot(host)`.

Defaults (Config): 10 requests in flight per host, 50 ms between starts (less up to
`WAKE_UP_SLACK` when the previous start woke late for its turn), as lychee does;
`HostRule`s override both for hosts matching a regex (searched in the host name).

Adaptive per-host backoff on 429 (as lychee does): a 429 says "this client is sending
too much", and it is usually about the client and the host, not the one URL. So when
a host answers 429, *every* request to that host waits, not only the URL being
retried: without that, ten workers on one host each back off alone and come back in a
stampede that earns ten more 429s (and, at the Wayback Machine and similar sites, a
firewall ban for ignoring them). The host-wide pause:
- starts at `host_backoff_initial` (0.5 s) and doubles on each further 429 from the
  host, up to `host_backoff_max` (30 s). A 429 to a request that was already in flight
  when the pause began is the same episode and does not double it again;
- is the server's `Retry-After` instead when one is given and it is within
  `retry_after_cap` (never more than `host_backoff_max`). A longer Retry-After is
  not honoured for the host either: that URL is reported rate-limited, not waited out,
  and the host gets the adaptive pause like a 429 without a Retry-After;
- relaxes after successes: each answer other than 429 halves the level. And an answer
  to a request *sent after* the refused one ends the pause at once: the host served a
  later request, so the 429 was a per-page limit, not a limit on this client (without
  this rule, every one-off 429 would idle a busy host for a second or more).
Time paused counts as queueing, not against a URL's deadline (the pause is our own
politeness, not the source's failure), and holds no global slot: other hosts go on.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from checker.config import Config, HostRule

# How late a sleeping thread may wake and still have kept its turn: the GIL's switch
# interval, which a thread waking while another computes may wait out.
WAKE_UP_SLACK = 0.005


class SlotTimeout(Exception):
    """No slot became free before the caller's deadline (internal; becomes a verdict)."""


@dataclass
class _HostState:
    semaphore: threading.BoundedSemaphore
    delay: float
    lock: threading.Lock
    next_start: float = 0.0
    pause_until: float = 0.0  # no request to the host starts before this (time.monotonic())
    backoff: float = 0.0  # the current adaptive pause level; 0 = relaxed
    pause_set_at: float = float("-inf")  # when the current 429 episode began
    limited_sent: float = float("inf")  # when the request whose 429 began it was sent


def rule_for(host: str, rules: tuple[HostRule, ...]) -> HostRule | None:
    """The first rule whose pattern is found in the host name (case-insensitive)."""
    for rule in rules:
        if re.search(rule.pattern, host, re.IGNORECASE):
            return rule
    return None


class Limits:
    def __init__(self, config: Config) -> None:
        self._config = config
        self._global = threading.BoundedSemaphore(max(1, config.concurrency))
        self._hosts: dict[str, _HostState] = {}
        self._lock = threading.Lock()
        self._pause_changed = threading.Condition(self._lock)  # a pause was lifted early
        self.peak_in_flight: dict[str, int] = {}  # for tests and benchmarks
        self.pauses: dict[str, list[float]] = {}  # host -> host-wide pauses applied, in order
        self._in_flight: dict[str, int] = {}

    def _state(self, host: str, name: str) -> _HostState:
        with self._lock:
            state = self._hosts.get(host)
            if state is None:
                rule = rule_for(name, self._config.host_rules)
                limit = self._config.per_host_concurrency
                delay = self._config.per_host_delay
                if rule is not None:
                    limit = rule.concurrency if rule.concurrency is not None else limit
                    delay = rule.delay if rule.delay is not None else delay
                state = _HostState(threading.BoundedSemaphore(max(1, limit)), max(0.0, delay), threading.Lock())
                self._hosts[host] = state
            return state

    def rate_limited(self, host: str, retry_after: float | None = None, *, started: float | None = None,
                     name: str | None = None) -> float:
        """Record a 429 from `host` to a request sent at `started` (time.monotonic(); default
        now): pause every request to the host. Returns the pause begun (0 if none)."""
        cfg = self._config
        state = self._state(host, name if name is not None else host)
        now = time.monotonic()
        sent = now if started is None else started
        with self._lock:
            given = retry_after is not None and retry_after <= cfg.retry_after_cap
            if sent < state.pause_set_at:
                # Sent before the current pause began: the same episode, not a further 429
                # (ten requests in flight when a limiter trips must not mean 0.5 s * 2**9).
                if not given:
                    return 0.0
                pause = min(max(0.0, retry_after or 0.0), cfg.host_backoff_max)
            else:
                level = cfg.host_backoff_initial if state.backoff <= 0 else state.backoff * 2
                state.backoff = min(max(0.0, level), cfg.host_backoff_max)
                # The server named its time: that, not our guess (bounded by the host cap).
                pause = min(max(0.0, retry_after or 0.0), cfg.host_backoff_max) if given else state.backoff
                state.pause_set_at = now
                state.limited_sent = sent
            state.pause_until = max(state.pause_until, now + pause)
            self.pauses.setdefault(host, []).append(pause)
            return pause

    def succeeded(self, host: str, *, started: float | None = None, name: str | None = None) -> None:
        """Record an answer other than 429 to a request sent at `started` (default now).

        The adaptive level halves. And if the request was sent after the 429 that began
        the current pause, the pause ends: the host served a later request, so that 429
        was about one URL (a per-page limit), not about this client.
        """
        state = self._state(host, name if name is not None else host)
        sent = time.monotonic() if started is None else started
        with self._lock:
            if state.backoff > 0:
                state.backoff /= 2
                if state.backoff < self._config.host_backoff_initial / 2:
                    state.backoff = 0.0
            if sent > state.limited_sent and state.pause_until > time.monotonic():
                state.pause_until = 0.0
                self._pause_changed.notify_all()

    def paused_for(self, host: str) -> float:
        """Seconds until `host` may be sent a request again (0 when not paused)."""
        with self._lock:
            state = self._hosts.get(host)
            return max(0.0, state.pause_until - time.monotonic()) if state else 0.0

    def _wait_out_pause(self, state: _HostState, deadline: float) -> None:
        """Wait while the host is paused (bounded by `deadline`), holding no global slot.
        Wakes early when a success lifts the pause."""
        with self._pause_changed:
            for _ in range(1000):  # each pass waits out the pause as it stood; bounded anyway
                wait = state.pause_until - time.monotonic()
                if wait <= 0:
                    return
                if time.monotonic() + wait > deadline:
                    raise SlotTimeout("paused")
                self._pause_changed.wait(timeout=wait)

    @contextmanager
    def slot(self, host: str, deadline: float, *, name: str | None = None) -> Iterator[float]:
        """Hold one request slot for `host` (lower-cased host[:port]) until the block ends.

        `name` is the bare host name that host rules are matched against (default: `host`).

        Blocks until the host has a free slot, the global limit allows it and the
        host's minimum delay since the previous start has passed. Raises SlotTimeout
        if that cannot happen before `deadline` (time.monotonic()). Yields the moment the
        request may start (time.monotonic()), which `rate_limited`/`succeeded` take back.
        """
        state = self._state(host, name if name is not None else host)
        if not state.semaphore.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise SlotTimeout(host)
        try:
            for _ in range(100):  # a pause that begins while we queue sends us back (bounded)
                self._wait_out_pause(state, deadline)
                if not self._global.acquire(timeout=max(0.0, deadline - time.monotonic())):
                    raise SlotTimeout(host)
                if self._start(state, deadline):
                    break
                self._global.release()  # paused meanwhile: wait it out without a global slot
            else:
                raise SlotTimeout(host)
            try:
                with self._lock:
                    n = self._in_flight.get(host, 0) + 1
                    self._in_flight[host] = n
                    self.peak_in_flight[host] = max(n, self.peak_in_flight.get(host, 0))
                try:
                    yield time.monotonic()
                finally:
                    with self._lock:
                        self._in_flight[host] -= 1
            finally:
                self._global.release()
        finally:
            state.semaphore.release()

    def _start(self, state: _HostState, deadline: float) -> bool:
        """Book this start after the host's delay; False if the host is paused (by a 429)."""
        # Starts to one host are serialised: each waits for its turn, the previous turn
        # plus the delay.
        if not state.lock.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise SlotTimeout("busy")
        try:
            with self._lock:
                if state.pause_until > time.monotonic():
                    return False
            due = state.next_start
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            with self._lock:  # a 429 may have paused the host while we slept
                if state.pause_until > time.monotonic():
                    return False
            now = time.monotonic()
            # A thread that slept until its turn is booked from when the turn was due, not
            # from when it woke: waking a few ms late (another thread held the GIL) would
            # otherwise push back every later start to the host, ~4% at 50 ms. Lateness
            # beyond the slack is not carried over, so starts are never closer than the
            # delay less the slack.
            on_time = wait > 0 and now - due <= WAKE_UP_SLACK
            state.next_start = (due if on_time else now) + state.delay
            return True
        finally:
            state.lock.release()
