"""The archive stage end to end: Archivist against a real pywb through the archive.org-shaped adapter.

Every outcome is a value: lookups fail as `lookup_failed` with a reason, saves as a
SaveOutcome, replays as None plus `replay_error`.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from checker.archive import Archivist
from checker.archive.ratelimit import ArchiveLimits, Rates
from checker.models import ArchiveResult, ArchiveStatus, Capture, LinkCheck, Verdict
from tests.fixtures.wayback import (
    ARTICLE_URL,
    ARTICLE_V2,
    BROKEN_URL,
    DEAD_ONLY_URL,
    LATE_URL,
    NEVER_URL,
    SLASH_URL,
    UNREPLAYABLE_URL,
    Wayback,
    article_html,
)

WINDOW = ("2015-09-04", "2015-12-31")
ARTICLE_DATE = "2015-12-28"


class DictCache:
    """The CdxCache protocol over a dict (the state store implements it on SQLite)."""

    def __init__(self) -> None:
        self.data: dict[str, str] = {}

    def get(self, key: str, max_age_seconds: float) -> str | None:
        return self.data.get(key)

    def put(self, key: str, value: str) -> None:
        self.data[key] = value


def live(url: str, verdict: Verdict = Verdict.OK) -> LinkCheck:
    return LinkCheck(url=url, verdict=verdict, reason="test", status=200)


# ------------------------------------------------------------------ lookups


@pytest.mark.parametrize(
    ("url", "status", "cited", "distance"),
    [
        (ARTICLE_URL, ArchiveStatus.FOUND, "20151120093000", 0),
        (NEVER_URL, ArchiveStatus.NEVER_ARCHIVED, None, None),
        (DEAD_ONLY_URL, ArchiveStatus.ARCHIVED_ONLY_AFTER_DEATH, None, None),
        (LATE_URL, ArchiveStatus.NO_CAPTURE_IN_WINDOW, "20160103120000", 3),
        (SLASH_URL, ArchiveStatus.FOUND, "20151010000000", 0),  # archived as http://www./section/
    ],
)
def test_lookup_names_what_the_archive_holds(
    wayback: Wayback, url: str, status: ArchiveStatus, cited: str | None, distance: int | None
) -> None:
    r = Archivist(wayback.config()).lookup(url, window=WINDOW, prefer_before=ARTICLE_DATE)
    assert r.status is status, r.reason
    assert (r.cited.timestamp if r.cited else None) == cited
    assert r.distance_days == distance
    assert r.url == url and r.window == WINDOW


def test_found_result_has_first_latest_last_ok_and_archive_urls(wayback: Wayback) -> None:
    r = Archivist(wayback.config()).lookup(ARTICLE_URL, window=WINDOW, prefer_before=ARTICLE_DATE)
    assert r.capture_count == 5
    assert r.first is not None and r.first.timestamp == "20150911150000"
    assert r.latest is not None and (r.latest.timestamp, r.latest.status) == ("20200101000000", 404)
    assert r.last_ok is not None and r.last_ok.timestamp == "20160315000000"
    assert r.cited is not None
    assert r.cited.archive_url == f"{wayback.base_url}/web/20151120093000/{r.cited.original}"
    assert r.reason.startswith("captured 2015-11-20 (HTTP 200) between 2015-09-04 and 2015-12-31")


def test_no_capture_in_window_reason_reads_as_a_sentence(wayback: Wayback) -> None:
    r = Archivist(wayback.config()).lookup(LATE_URL, window=("2015-09-04", "2015-12"), prefer_before=ARTICLE_DATE)
    assert r.reason == "no capture between 2015-09-04 and 2015-12-31; nearest 2016-01-03 (3 days after)"


def test_the_fragment_is_stripped_but_the_cited_url_kept(wayback: Wayback) -> None:
    cited = ARTICLE_URL + "#para-3"
    r = Archivist(wayback.config()).lookup(cited, window=WINDOW)
    assert r.status is ArchiveStatus.FOUND and r.url == cited
    assert all("para-3" not in path for _, path, _ in wayback.adapter.requests)


def test_an_https_citation_finds_the_http_captures(wayback: Wayback) -> None:
    https = ARTICLE_URL.replace("http://www.", "https://")
    r = Archivist(wayback.config()).lookup(https, window=(None, None))
    assert r.capture_count == 5


def test_one_query_covers_the_trailing_slash_spelling(wayback: Wayback) -> None:
    # The archive's key drops a trailing slash (IA canonicaliser), so `section` finds
    # `section/`; a second query for the other spelling only costs the archive.
    a = Archivist(wayback.config())
    assert a.lookup(SLASH_URL, window=WINDOW).status is ArchiveStatus.FOUND
    assert a.lookup(NEVER_URL, window=WINDOW).status is ArchiveStatus.NEVER_ARCHIVED
    assert wayback.adapter.count("/cdx") == 2


@pytest.mark.parametrize("url", ["ftp://files.example/report.pdf", "http://[not-an-ipv6/x", "https:///path"])
def test_what_is_not_an_http_url_is_not_checked_without_asking(wayback: Wayback, url: str) -> None:
    r = Archivist(wayback.config()).lookup(url, window=WINDOW)
    assert r.status is ArchiveStatus.NOT_CHECKED
    assert wayback.adapter.requests == []


def test_one_cdx_query_per_url_per_run(wayback: Wayback) -> None:
    a = Archivist(wayback.config())
    first = a.lookup(ARTICLE_URL, window=WINDOW, prefer_before=ARTICLE_DATE)
    later = a.lookup(ARTICLE_URL, window=("2016", "2016"))  # another citation of the same URL
    assert wayback.adapter.count("/cdx") == 1
    assert first.cited is not None and first.cited.timestamp == "20151120093000"
    assert later.cited is not None and later.cited.timestamp == "20160315000000"


def test_cdx_answers_are_cached_and_reused_by_the_next_run(wayback: Wayback) -> None:
    cache = DictCache()
    first = Archivist(wayback.config(), cache=cache).lookup(ARTICLE_URL, window=WINDOW)
    answers = [k for k in cache.data if k.startswith("cdx|")]  # the cited version is kept too (knowledge.py)
    assert wayback.adapter.count("/cdx") == 1 and len(answers) == 1
    [key] = answers
    assert wayback.base_url in key and ARTICLE_URL in key
    again = Archivist(wayback.config(), cache=cache).lookup(ARTICLE_URL, window=WINDOW)
    assert wayback.adapter.count("/cdx") == 1  # answered from the cache
    assert again == first


def test_the_state_store_is_a_cdx_cache(wayback: Wayback, tmp_path: Path) -> None:
    from checker.store import Store

    with Store(tmp_path / "state.sqlite") as store:
        first = Archivist(wayback.config(), cache=store).lookup(ARTICLE_URL, window=WINDOW)
        again = Archivist(wayback.config(), cache=store).lookup(ARTICLE_URL, window=WINDOW)
    assert again == first and again.status is ArchiveStatus.FOUND
    assert wayback.adapter.count("/cdx") == 1


def test_an_excluded_url_is_a_failed_lookup_that_says_so(wayback: Wayback) -> None:
    wayback.adapter.fail_next(1, 403, prefix="/cdx")
    a = Archivist(wayback.config(archive_breaker_threshold=1))
    r = a.lookup(ARTICLE_URL, window=WINDOW)
    assert r.status is ArchiveStatus.LOOKUP_FAILED
    assert r.reason == "the archive excludes this URL (HTTP 403)"
    assert not a.breaker.is_open  # the archive is fine; this URL is not shown


def test_failures_are_never_cached(wayback: Wayback) -> None:
    cache = DictCache()
    wayback.adapter.fail_next(10, 503, prefix="/cdx")
    r = Archivist(wayback.config(retries=0), cache=cache).lookup(ARTICLE_URL, window=WINDOW)
    assert r.status is ArchiveStatus.LOOKUP_FAILED
    assert cache.data == {}


# ------------------------------------------------------------------ politeness and failure


def test_a_429_pauses_the_whole_process_and_fails_the_lookup_as_a_value(wayback: Wayback) -> None:
    config = wayback.config(rate_limit_pause=0.5)
    wayback.adapter.fail_next(2, 429, prefix="/cdx")
    r = Archivist(config).lookup(ARTICLE_URL, window=WINDOW)
    assert r.status is ArchiveStatus.LOOKUP_FAILED
    assert r.reason.startswith("rate limited by the archive (HTTP 429)")
    # Another Archivist in the same process (another thread, another article) waits too.
    other = Archivist(config).lookup(NEVER_URL, window=WINDOW)
    assert other.status is ArchiveStatus.NEVER_ARCHIVED
    times = wayback.adapter.times("/cdx")
    assert times[2] - times[1] >= 0.5


def test_a_single_429_is_waited_out_and_the_lookup_succeeds(wayback: Wayback) -> None:
    wayback.adapter.fail_next(1, 429, prefix="/cdx")
    r = Archivist(wayback.config(rate_limit_pause=0.3)).lookup(ARTICLE_URL, window=WINDOW)
    assert r.status is ArchiveStatus.FOUND
    first, second = wayback.adapter.times("/cdx")
    assert second - first >= 0.3


def test_circuit_breaker_stops_asking_a_down_archive(wayback: Wayback) -> None:
    wayback.adapter.fail_next(1000, 503, prefix="/cdx")
    a = Archivist(wayback.config(retries=1, archive_breaker_threshold=2))
    results = [a.lookup(u, window=WINDOW) for u in (ARTICLE_URL, LATE_URL, NEVER_URL, DEAD_ONLY_URL)]
    assert all(r.status is ArchiveStatus.LOOKUP_FAILED for r in results)
    assert "HTTP 503 (2 attempts)" in results[0].reason
    assert "treated as down after 2 consecutive failures" in results[2].reason
    assert wayback.adapter.count("/cdx") == 4  # two lookups x two attempts, then nothing
    assert a.fetch_capture(replace(results[0], cited=Capture("20151120093000", ARTICLE_URL, 200))) is None
    assert wayback.adapter.count("/web/") == 0


def test_a_stalled_archive_fails_the_lookup_within_bounds(wayback: Wayback) -> None:
    wayback.adapter.set_delay(3.0, prefix="/cdx")
    started = time.monotonic()
    r = Archivist(wayback.config(read_timeout=0.3, retries=1)).lookup(ARTICLE_URL, window=WINDOW)
    assert time.monotonic() - started < 2.0
    assert r.status is ArchiveStatus.LOOKUP_FAILED and "timed out" in r.reason


def test_cdx_requests_are_paced_across_threads(wayback: Wayback) -> None:
    a = Archivist(wayback.config(cdx_per_minute=600.0))  # one every 0.1 s
    urls = [ARTICLE_URL, LATE_URL, DEAD_ONLY_URL, SLASH_URL, BROKEN_URL]
    results: dict[str, ArchiveResult] = {}

    def work(u: str) -> None:
        results[u] = a.lookup(u, window=WINDOW, prefer_before=ARTICLE_DATE)

    threads = [threading.Thread(target=work, args=(u,)) for u in urls]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert results[ARTICLE_URL].status is ArchiveStatus.FOUND
    assert results[LATE_URL].status is ArchiveStatus.NO_CAPTURE_IN_WINDOW
    times = sorted(wayback.adapter.times("/cdx"))
    assert len(times) == 5
    # Paced, the 5 calls span 0.4 s; unpaced, 5 threads send them within milliseconds. The
    # span, not each gap, is asserted: pywb notes a call when it is served, and on a busy
    # machine one call served 30 ms late makes the next gap look short (seen at load 8).
    assert times[-1] - times[0] >= 0.3


# ------------------------------------------------------------------ replay


def test_fetch_capture_returns_the_cited_versions_raw_bytes(wayback: Wayback) -> None:
    a = Archivist(wayback.config())
    page = a.fetch_capture(a.lookup(ARTICLE_URL, window=WINDOW, prefer_before=ARTICLE_DATE))
    assert page is not None
    assert page.body == ARTICLE_V2.encode() and page.status == 200
    assert ("Last-Modified", "Thu, 19 Nov 2015 17:00:00 GMT") in page.headers
    assert page.content_type == "text/html; charset=utf-8" and page.encoding == "utf-8"
    assert "/web/20151120093000id_/" in page.url


def test_a_replayed_capture_is_not_fetched_twice(wayback: Wayback) -> None:
    a = Archivist(wayback.config())
    r = a.lookup(ARTICLE_URL, window=WINDOW)
    assert a.fetch_capture(r) == a.fetch_capture(r)
    assert wayback.adapter.count("/web/") == 1


def test_a_capture_that_fails_to_replay_is_reported_and_the_next_best_served(wayback: Wayback) -> None:
    a = Archivist(wayback.config())
    r = a.lookup(BROKEN_URL, window=WINDOW, prefer_before=ARTICLE_DATE)
    assert r.cited is not None and r.cited.timestamp == "20151201000000"  # its WARC is missing
    page, replayed = a.replay(r)
    assert page is not None and b"The good copy." in page.body
    assert replayed.cited is not None and replayed.cited.timestamp == "20151101000000"
    assert replayed.replay_error is not None and "2015-12-01" in replayed.replay_error


def test_next_best_is_tried_when_the_archive_answers_an_error(wayback: Wayback) -> None:
    url = "http://nextbest.example/story.html"
    wayback.add_capture(url, "20151001000000", article_html("Story", ["October copy."]))
    wayback.add_capture(url, "20151201000000", article_html("Story", ["December copy."]))
    a = Archivist(wayback.config(retries=0))
    r = a.lookup(url, window=WINDOW, prefer_before=ARTICLE_DATE)
    assert r.cited is not None and r.cited.timestamp == "20151201000000"
    wayback.adapter.fail_next(1, 404, prefix="/web/20151201000000id_/")
    page, replayed = a.replay(r)
    assert page is not None and b"October copy." in page.body
    assert replayed.replay_error is not None and "HTTP 404" in replayed.replay_error


def test_when_nothing_replays_the_page_is_none_and_the_reason_kept(wayback: Wayback) -> None:
    a = Archivist(wayback.config(retries=0))
    r = a.lookup(UNREPLAYABLE_URL, window=WINDOW)
    assert r.status is ArchiveStatus.FOUND
    page, replayed = a.replay(r)
    assert page is None
    assert replayed.replay_error is not None and "did not replay" in replayed.replay_error
    assert a.fetch_capture(r) is None


def test_nothing_to_replay_without_a_cited_capture(wayback: Wayback) -> None:
    a = Archivist(wayback.config())
    page, r = a.replay(a.lookup(NEVER_URL, window=WINDOW))
    assert page is None and r.replay_error == "no capture to replay"


# ------------------------------------------------------------------ saving


def test_save_polls_the_job_records_the_capture_and_the_archive_then_holds_it(wayback: Wayback) -> None:
    url = "http://save.example/archivist-1.html"
    wayback.adapter.state.save_pending_polls = 2
    a = Archivist(wayback.config())
    before = a.lookup(url, window=(None, None))
    assert before.status is ArchiveStatus.NEVER_ARCHIVED
    assert a.should_save(before, live(url))
    outcome = a.save(url)
    assert outcome.status == "saved", outcome.message
    assert outcome.capture is not None and outcome.capture.timestamp[:8] == date.today().strftime("%Y%m%d")
    assert outcome.capture.archive_url == f"{wayback.base_url}/web/{outcome.capture.timestamp}/{url}"
    assert outcome.job_id and wayback.adapter.count("/save/status/") == 3
    after = a.lookup(url, window=(None, None))
    assert after.status is ArchiveStatus.FOUND
    assert after.cited is not None and after.cited.timestamp == outcome.capture.timestamp


def test_the_same_url_is_never_saved_twice_in_a_run(wayback: Wayback) -> None:
    url = "http://save.example/archivist-2.html"
    a = Archivist(wayback.config())
    result = a.lookup(url, window=(None, None))
    first = a.save(url + "#top")
    second = a.save(url)
    assert first.status == "saved" and second.status == "skipped"
    assert second.capture == first.capture
    assert wayback.adapter.count("/save", method="POST") == 1
    assert not a.should_save(result, live(url))


def test_an_error_that_arrives_with_http_200_is_an_outcome(wayback: Wayback) -> None:
    wayback.adapter.state.save_job_error = ("error:blocked-url", "This URL is in the Wayback Machine's exclusions.")
    outcome = Archivist(wayback.config()).save("http://save.example/archivist-3.html")
    assert outcome.status == "blocked"
    assert "error:blocked-url" in outcome.message and outcome.job_id


def test_a_refused_submission_is_rate_limited(wayback: Wayback) -> None:
    wayback.adapter.state.save_refusal = {"status": "error", "status_ext": "error:user-session-limit",
                                          "message": "You already have 3 sessions running."}
    outcome = Archivist(wayback.config()).save("http://save.example/archivist-4.html")
    assert outcome.status == "rate_limited" and "3 sessions" in outcome.message


def test_a_429_on_save_is_rate_limited(wayback: Wayback) -> None:
    wayback.adapter.fail_next(5, 429, prefix="/save")
    outcome = Archivist(wayback.config()).save("http://save.example/archivist-5.html")
    assert outcome.status == "rate_limited"


def test_a_job_still_pending_at_the_deadline_is_an_error_outcome(wayback: Wayback) -> None:
    wayback.adapter.state.save_pending_polls = 10_000
    started = time.monotonic()
    outcome = Archivist(wayback.config(save_deadline=0.5)).save("http://save.example/archivist-6.html")
    assert time.monotonic() - started < 2.5
    assert outcome.status == "error" and "still pending" in outcome.message


def test_keys_from_the_environment_authorize_saves(wayback: Wayback, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IA_ACCESS_KEY", "access")
    monkeypatch.setenv("IA_SECRET_KEY", "secret")
    a = Archivist(wayback.config(save_per_minute=6.0))
    assert a.limits.rates.save_per_minute == 6.0
    a.save("http://save.example/archivist-7.html")
    assert wayback.adapter.save_headers[0]["Authorization"] == "LOW access:secret"


def test_anonymous_saves_get_half_the_rate(wayback: Wayback, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IA_ACCESS_KEY", raising=False)
    monkeypatch.delenv("IA_SECRET_KEY", raising=False)
    assert Archivist(wayback.config(save_per_minute=6.0)).limits.rates.save_per_minute == 3.0


# ------------------------------------------------------------------ what to save


def _result(status: ArchiveStatus, last_ok: str | None = None) -> ArchiveResult:
    capture = Capture(last_ok, "http://a.example/", 200) if last_ok else None
    return ArchiveResult(url="http://a.example/", status=status, reason="", last_ok=capture, cited=capture)


@pytest.mark.parametrize("verdict", [Verdict.GONE, Verdict.SOFT_404, Verdict.MOVED_TO_HOMEPAGE, Verdict.SERVER_ERROR,
                                     Verdict.UNREACHABLE, Verdict.BLOCKED, Verdict.INVALID, Verdict.NOT_CHECKED])
def test_never_save_dead_blocked_invalid_or_unchecked_links(wayback: Wayback, verdict: Verdict) -> None:
    a = Archivist(wayback.config())
    assert not a.should_save(_result(ArchiveStatus.NEVER_ARCHIVED), live("http://a.example/", verdict))


@pytest.mark.parametrize(
    ("status", "last_ok", "older_than", "expected"),
    [
        (ArchiveStatus.NEVER_ARCHIVED, None, None, True),
        (ArchiveStatus.ARCHIVED_ONLY_AFTER_DEATH, None, None, True),  # live now, no working copy
        (ArchiveStatus.FOUND, "20260101000000", None, False),
        (ArchiveStatus.FOUND, "20200101000000", 365, True),
        (ArchiveStatus.FOUND, "20260101000000", 365, False),
        (ArchiveStatus.NO_CAPTURE_IN_WINDOW, "20160103000000", 365, True),
        (ArchiveStatus.LOOKUP_FAILED, None, None, False),  # we do not know what it holds
        (ArchiveStatus.NOT_CHECKED, None, None, False),
    ],
)
def test_save_when_there_is_no_recent_working_copy(
    wayback: Wayback, status: ArchiveStatus, last_ok: str | None, older_than: int | None, expected: bool
) -> None:
    a = Archivist(wayback.config(save_older_than_days=older_than), today=date(2026, 6, 1))
    assert a.should_save(_result(status, last_ok), live("http://a.example/")) is expected


def test_without_a_link_check_nothing_is_saved(wayback: Wayback) -> None:
    assert not Archivist(wayback.config()).should_save(_result(ArchiveStatus.NEVER_ARCHIVED), None)


def test_another_stages_config_can_be_pointed_at_the_test_archive(wayback: Wayback) -> None:
    from checker.config import Config

    config = wayback.configure(Config(read_timeout=1.5))
    assert config.wayback_url == wayback.base_url and config.read_timeout == 1.5
    assert Archivist(config).lookup(ARTICLE_URL, window=WINDOW).status is ArchiveStatus.FOUND


def test_threads_citing_one_url_share_one_cdx_query(wayback: Wayback) -> None:
    a = Archivist(wayback.config())
    results: list[ArchiveResult] = []
    threads = [threading.Thread(target=lambda: results.append(a.lookup(ARTICLE_URL, window=WINDOW)))
               for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert len(results) == 6 and all(r.status is ArchiveStatus.FOUND for r in results)
    assert wayback.adapter.count("/cdx") == 1


def test_concurrent_saves_of_one_url_submit_once(wayback: Wayback) -> None:
    a = Archivist(wayback.config())
    url = "http://save.example/archivist-concurrent.html"
    outcomes: list[str] = []
    threads = [threading.Thread(target=lambda: outcomes.append(a.save(url).status)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert sorted(outcomes) == ["saved", "skipped", "skipped", "skipped"]
    assert wayback.adapter.count("/save", method="POST") == 1


def test_a_stalled_replay_gives_no_page_within_bounds(wayback: Wayback) -> None:
    a = Archivist(wayback.config(read_timeout=0.3, retries=0, replay_attempts=2))
    r = a.lookup(ARTICLE_URL, window=WINDOW, prefer_before=ARTICLE_DATE)
    wayback.adapter.set_delay(3.0, prefix="/web/")
    started = time.monotonic()
    page, replayed = a.replay(r)
    assert time.monotonic() - started < 2.0
    assert page is None
    assert replayed.replay_error is not None and replayed.replay_error.count("timed out") == 2


def test_what_was_learnt_before_the_archive_went_down_still_counts(wayback: Wayback) -> None:
    a = Archivist(wayback.config(retries=0, archive_breaker_threshold=1))
    assert a.lookup(ARTICLE_URL, window=WINDOW).status is ArchiveStatus.FOUND
    wayback.adapter.fail_next(1000, 503, prefix="/cdx")
    assert a.lookup(LATE_URL, window=WINDOW).status is ArchiveStatus.LOOKUP_FAILED
    assert a.breaker.is_open
    assert a.lookup(ARTICLE_URL, window=("2016", "2016")).status is ArchiveStatus.FOUND


class CountingLimits(ArchiveLimits):
    """The archive's pacing, counting every request it lets through (one per attempt)."""

    def __init__(self) -> None:
        super().__init__(Rates(cdx_per_minute=6000.0, replay_per_second=100.0, save_per_minute=600.0, pause=1.0))
        self.let_through = 0

    def acquire(self, kind: str, give_up: threading.Event | None = None) -> float:
        self.let_through += 1
        return super().acquire(kind, give_up)


def test_an_archive_refusing_connections_is_asked_once_and_never_reported_as_missing(wayback: Wayback) -> None:
    limits = CountingLimits()
    config = wayback.config(wayback_url=_refusing_url(),
                            retries=3, archive_breaker_threshold=5)
    a = Archivist(config, limits=limits)

    results = [a.lookup(u, window=WINDOW) for u in (ARTICLE_URL, LATE_URL, NEVER_URL, DEAD_ONLY_URL, SLASH_URL)]

    assert limits.let_through == 1  # no retries with backoff, no confirming the obvious four more times
    assert a.breaker.is_open
    assert {r.status for r in results} == {ArchiveStatus.LOOKUP_FAILED}
    assert all("Wayback Machine unreachable: cannot reach the archive" in r.reason for r in results)
    assert all("(connection refused)" in r.reason for r in results)
    assert not any("never archived" in r.reason or "no archived copy" in r.reason for r in results)


def test_a_lookup_waiting_its_turn_when_the_archive_is_found_unreachable_fails_at_once(wayback: Wayback) -> None:
    # CDX pacing gives a token every 2.5 s by default (here 10 s): the second of two lookups begun
    # together waits its turn. When the first finds the archive refusing connections, the second
    # must not sleep out its turn to be refused too (a 500-URL run ended 2 s late for it).
    limits = ArchiveLimits(Rates(cdx_per_minute=6.0, replay_per_second=100.0, save_per_minute=600.0, pause=1.0))
    a = Archivist(wayback.config(wayback_url=_refusing_url(), retries=3, archive_breaker_threshold=5),
                  limits=limits)
    results: dict[str, ArchiveResult] = {}

    def look(url: str) -> None:
        results[url] = a.lookup(url, window=WINDOW)

    started = time.monotonic()
    threads = [threading.Thread(target=look, args=(u,)) for u in (ARTICLE_URL, LATE_URL)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    took = time.monotonic() - started

    assert took < 5.0, took  # not the 10 s turn of the second lookup
    assert {r.status for r in results.values()} == {ArchiveStatus.LOOKUP_FAILED}
    assert all("Wayback Machine unreachable: cannot reach the archive" in r.reason for r in results.values())
    assert all("(connection refused)" in r.reason for r in results.values())
    assert 0 < limits.cdx.reserve() <= 10.5  # the token given back: the next request waits one turn, not two


def _refusing_url() -> str:
    """An archive address where nothing listens: every connection is refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"
