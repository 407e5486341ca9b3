"""Politeness: a global limit, a per-host limit and a minimum delay between request
starts to one host. Thread-safe; every request the resolver sends passes through
`Limits.slot(host)`.

Defaults (Config): 10 requests in flight per host, 50 ms between starts, as lychee
does; `HostRule`s override both for hosts matching a regex (searched in the host name).
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from checker.config import Config, HostRule


class SlotTimeout(Exception):
    """No slot became free before the caller's deadline (internal; becomes a verdict)."""


@dataclass
class _HostState:
    semaphore: threading.BoundedSemaphore
    delay: float
    lock: threading.Lock
    next_start: float = 0.0


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
        self.peak_in_flight: dict[str, int] = {}  # for tests and benchmarks
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

    @contextmanager
    def slot(self, host: str, deadline: float, *, name: str | None = None) -> Iterator[None]:
        """Hold one request slot for `host` (lower-cased host[:port]) until the block ends.

        `name` is the bare host name that host rules are matched against (default: `host`).

        Blocks until the host has a free slot, the global limit allows it and the
        host's minimum delay since the previous start has passed. Raises SlotTimeout
        if that cannot happen before `deadline` (time.monotonic()).
        """
        state = self._state(host, name if name is not None else host)
        if not state.semaphore.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise SlotTimeout(host)
        try:
            if not self._global.acquire(timeout=max(0.0, deadline - time.monotonic())):
                raise SlotTimeout(host)
            try:
                # Starts to one host are serialised: each waits for the previous start plus
                # the delay, measured from when it really happened (not when it was booked),
                # so a late wake-up can never squeeze two starts closer than the delay.
                if not state.lock.acquire(timeout=max(0.0, deadline - time.monotonic())):
                    raise SlotTimeout(host)
                try:
                    wait = state.next_start - time.monotonic()
                    if wait > 0:
                        time.sleep(wait)
                    state.next_start = time.monotonic() + state.delay
                finally:
                    state.lock.release()
                with self._lock:
                    n = self._in_flight.get(host, 0) + 1
                    self._in_flight[host] = n
                    self.peak_in_flight[host] = max(n, self.peak_in_flight.get(host, 0))
                try:
                    yield
                finally:
                    with self._lock:
                        self._in_flight[host] -= 1
            finally:
                self._global.release()
        finally:
            state.semaphore.release()
