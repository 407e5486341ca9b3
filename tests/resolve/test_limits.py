"""Politeness: per-host and global concurrency, minimum delay between starts, host rules."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from typing import Any

from checker.config import Config, HostRule
from checker.models import Verdict
from checker.resolve import Resolver
from checker.resolve.limits import Limits


def slow_urls(zoo: Any, n: int, host: int = 0, tag: str = "") -> list[str]:
    return [zoo.url(f"/slow/0.3?n={tag}{i}", host=host) for i in range(n)]


def test_per_host_limit_holds_and_hosts_run_in_parallel(zoo: Any, cfg: Callable[..., Config]) -> None:
    urls = [u for h in range(3) for u in slow_urls(zoo, 6, host=h, tag="a")]
    start = time.monotonic()
    with Resolver(cfg(per_host_concurrency=2, soft404_probe=False)) as r:
        outcome = r.check_all(urls)
        peaks = dict(r.limits.peak_in_flight)
    elapsed = time.monotonic() - start
    assert {c.verdict for c in outcome.checks.values()} == {Verdict.OK}
    assert set(peaks.values()) == {2}  # never more than 2 at once on any of the 3 hosts
    assert 0.85 <= elapsed < 1.8  # 6 URLs / 2 slots * 0.3 s, hosts side by side


def test_host_rule_overrides_the_default(zoo: Any, cfg: Callable[..., Config]) -> None:
    rule = HostRule(pattern=r"^127\.0\.0\.3$", concurrency=1)
    urls = slow_urls(zoo, 3, host=2, tag="b") + slow_urls(zoo, 3, host=0, tag="b")
    with Resolver(cfg(per_host_concurrency=3, host_rules=(rule,), soft404_probe=False)) as r:
        r.check_all(urls)
        peaks = dict(r.limits.peak_in_flight)
    assert peaks[zoo.netloc(2)] == 1 and peaks[zoo.netloc(0)] == 3


def test_global_limit(zoo: Any, cfg: Callable[..., Config]) -> None:
    urls = [u for h in range(3) for u in slow_urls(zoo, 1, host=h, tag="c")]
    start = time.monotonic()
    with Resolver(cfg(concurrency=1, soft404_probe=False)) as r:
        r.check_all(urls)
    assert time.monotonic() - start >= 0.85  # three 0.3 s pages, one at a time


def test_minimum_delay_between_starts_to_one_host() -> None:
    limits = Limits(Config(per_host_concurrency=10, per_host_delay=0.1))
    starts: list[float] = []
    lock = threading.Lock()

    def take() -> None:
        with limits.slot("example.org", time.monotonic() + 5), lock:
            starts.append(time.monotonic())

    threads = [threading.Thread(target=take) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(5)
    starts.sort()
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert len(gaps) == 4 and min(gaps) >= 0.09  # 10 ms for the test's own bookkeeping


def test_slot_wait_is_bounded_by_the_deadline() -> None:
    limits = Limits(Config(per_host_concurrency=1, per_host_delay=0.0))
    with limits.slot("busy.example", time.monotonic() + 5):
        start = time.monotonic()
        try:
            with limits.slot("busy.example", time.monotonic() + 0.2):
                raise AssertionError("a second slot must not be granted")
        except Exception as exc:
            assert type(exc).__name__ == "SlotTimeout"
        assert time.monotonic() - start < 0.5


def test_queueing_for_a_polite_host_does_not_count_against_the_deadline(
    zoo: Any, cfg: Callable[..., Config]
) -> None:
    # 6 URLs, one start every 0.3 s: the last one queues for 1.5 s, longer than its 1 s
    # deadline. Waiting our turn is not the source's fault, so none may fail for it.
    rule = HostRule(pattern=r"^127\.0\.0\.2$", concurrency=1, delay=0.3)
    urls = [zoo.url(f"/page/queued-{i}", host=1) for i in range(6)]
    start = time.monotonic()
    with Resolver(cfg(host_rules=(rule,), url_deadline=1.0, soft404_probe=False)) as r:
        outcome = r.check_all(urls)
    assert [c.verdict for c in outcome.checks.values()] == [Verdict.OK] * 6
    assert time.monotonic() - start >= 1.5  # and the delay was really kept
