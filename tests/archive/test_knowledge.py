"""Archive knowledge kept for good (checker/archive/knowledge.py), counted on the local
archive's request log: the next night asks the CDX API only for what may have changed."""

from __future__ import annotations

import dataclasses
import datetime
import itertools

import pytest

from bench.archive_nights import Nights
from checker.archive import knowledge
from checker.config import Config
from checker.models import ArchiveStatus
from tests.fixtures.wayback import ArchivedResponse

_batch = itertools.count()
N = 30


@pytest.fixture
def nights(wayback, tmp_path):
    host = f"knowledge{next(_batch)}.example"
    urls = [f"http://{host}/story/{i}.html" for i in range(N)]
    wayback.add_captures([ArchivedResponse(u, "20150611090000", f"<title>Story {i}</title>")
                          for i, u in enumerate(urls[: N // 2])])  # half archived, half never  # fmt: skip
    config = dataclasses.replace(wayback.config(), archive_breaker_threshold=1000)
    return urls, Nights(config, tmp_path / "history.sqlite", lambda: wayback.adapter.count("/cdx"))


def test_the_next_night_asks_only_about_the_newly_dead(nights):
    urls, n = nights
    first, results = n.night(urls, day=0)
    assert first == N
    assert sum(r.status is ArchiveStatus.FOUND for r in results) == N // 2
    newly_dead = frozenset({urls[0], urls[-1]})
    second, again = n.night(urls, newly_dead, day=1)
    assert second == 2  # one CDX query per newly dead URL, none for the others
    assert [r.status for r in again] == [r.status for r in results]
    third, _ = n.night(urls, newly_dead, day=2)
    assert third == 0  # dead since yesterday is not news to the archive


def test_answers_past_the_refresh_age_are_asked_again(nights):
    urls, n = nights
    n.night(urls, day=0)
    assert n.night(urls, day=29)[0] == 0
    assert n.night(urls, day=30.5)[0] == N


def test_a_recent_citation_window_is_asked_again_every_day(nights):
    urls, n = nights
    recent = {urls[1]: ("2026-11-20", "2026-12-04")}  # captures inside it may still be added
    assert n.night(urls, day=0, windows=recent)[0] == N
    assert n.night(urls, day=1, windows=recent)[0] == 1


def test_the_cited_version_is_kept_when_the_archive_cannot_be_asked(nights, wayback):
    urls, n = nights
    pair = [urls[0], urls[-1]]  # archived, never archived
    _, results = n.night(pair, day=0)
    assert results[0].status is ArchiveStatus.FOUND
    wayback.adapter.fail_next(100, 503, prefix="/cdx")
    _, later = n.night(pair, day=40)
    assert later[0].status is ArchiveStatus.FOUND and later[0].cited == results[0].cited
    assert "kept since 2026-12-04; today's lookup failed: " in later[0].reason
    assert later[1].status is ArchiveStatus.LOOKUP_FAILED  # never archived: nothing to keep


def test_the_policy_in_numbers():
    config = Config()
    today = datetime.date(2026, 12, 4)
    settled, recent = today.replace(year=2015), today
    assert knowledge.cdx_max_age(config, today, settled, newly_dead=False) == 30 * 86400
    assert knowledge.cdx_max_age(config, today, recent, newly_dead=False) == 20 * 3600  # each night
    assert knowledge.cdx_max_age(config, today, None, newly_dead=False) == 20 * 3600
    assert knowledge.cdx_max_age(config, today, settled, newly_dead=True) == 0
    assert knowledge.pinned("{not json") is None
