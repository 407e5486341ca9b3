"""The standalone Wayback client against a real pywb (through the archive.org-shaped adapter)."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from checker.archive.client import (
    ArchiveTimeoutError,
    ArchiveUnavailableError,
    RateLimitError,
    ResponseFormatError,
    SaveError,
    WaybackClient,
    parse_cdx_json,
    parse_retry_after,
    parse_timemap,
    same_resource,
)
from checker.archive.ratelimit import ArchiveLimits, Rates
from tests.fixtures.wayback import ARTICLE_URL, ARTICLE_V1, ARTICLE_V2, NEVER_URL, Wayback

UA = "cite-checker-tests/1 (+https://example.invalid)"


def client(wayback: Wayback, **kw: object) -> WaybackClient:
    options: dict[str, object] = {"user_agent": UA, "timeout": (2.0, 3.0), "retries": 1, "backoff_base": 0.01,
                                  "deadline": 10.0}
    options.update(kw)
    return WaybackClient(wayback.base_url, **options)  # type: ignore[arg-type]


# ------------------------------------------------------------------ CDX


def test_cdx_answers_are_parsed_by_header_names(wayback: Wayback) -> None:
    records = client(wayback).search(ARTICLE_URL)
    assert [r.timestamp for r in records] == [
        "20150911150000", "20151120093000", "20160315000000", "20180101000000", "20200101000000"]
    assert [r.statuscode for r in records] == [200, 200, 200, 301, 404]
    # One query covers the scheme and www variants; `original` says which the archive holds.
    assert records[1].original == "https://news.example/2015/09/11/russia-japan-talks.html"
    assert records[0].mimetype == "text/html" and records[0].length and records[0].digest


def test_reordered_and_reduced_fields_parse_the_same(wayback: Wayback) -> None:
    full = client(wayback).search(ARTICLE_URL)
    reduced = client(wayback).search(ARTICLE_URL, fields=("statuscode", "original", "timestamp"))
    assert [(r.timestamp, r.original, r.statuscode) for r in reduced] == [
        (r.timestamp, r.original, r.statuscode) for r in full]
    assert all(r.digest is None for r in reduced)


def test_raw_answer_has_a_header_row_and_is_empty_list_when_nothing(wayback: Wayback) -> None:
    c = client(wayback)
    assert c.cdx_raw(NEVER_URL).strip() == "[]"
    assert c.cdx_raw(ARTICLE_URL).startswith('[["urlkey", "timestamp", "original"')


def test_from_to_and_closest(wayback: Wayback) -> None:
    c = client(wayback)
    in_2015 = c.search(ARTICLE_URL, from_="2015", to="2015")
    assert [r.timestamp[:4] for r in in_2015] == ["2015", "2015"]
    nearest = c.search(ARTICLE_URL, closest="20151201000000", limit=1)
    assert nearest[0].timestamp == "20151120093000"


def test_the_fragment_is_never_sent(wayback: Wayback) -> None:
    client(wayback).search(ARTICLE_URL + "#comments")
    [(_, path, _)] = wayback.adapter.requests
    assert "comments" not in path and "%23" not in path


def test_a_descriptive_user_agent_is_sent(wayback: Wayback) -> None:
    client(wayback).search(ARTICLE_URL)
    assert wayback.adapter.user_agents == {UA}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[]", []),
        ("", []),
        ('[["timestamp","original","statuscode","length"],["20150101000000","http://a.example/","-","-"]]',
         [("20150101000000", None, None)]),
        ('[["original","timestamp"],["http://a.example/","2015"]]', [("20150000000000", None, None)]),
    ],
)
def test_parse_cdx_json_edge_cases(text: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    assert [(r.timestamp, r.statuscode, r.length) for r in parse_cdx_json(text)] == expected


@pytest.mark.parametrize("text", ["<html>429 Too Many Requests</html>", '{"a": 1}', '[["urlkey","digest"]]'])
def test_parse_cdx_json_rejects_what_is_not_a_cdx_answer(text: str) -> None:
    with pytest.raises(ResponseFormatError):
        parse_cdx_json(text)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("http://www.example.org/a", "https://example.org/a/", True),
        ("http://example.org:80/a?x=1", "https://EXAMPLE.org/a?x=1", True),
        ("http://example.org/a", "http://example.org/b", False),
        ("http://example.org/a?x=1", "http://example.org/a?x=2", False),
        ("http://example.org:8080/a", "http://example.org/a", False),
        # Spellings the archive's key (IA canonicaliser) files as one: a stricter match drops captures.
        ("http://Example.org/A%7eb?b=2&a=1", "http://www2.example.org/a~b?a=1&b=2", True),
        ("http://example.org/a?", "http://example.org/a", True),
        ("http://example.org/a%2Fb", "http://example.org/a%2fb", True),
    ],
)
def test_url_variants(a: str, b: str, same: bool) -> None:
    assert same_resource(a, b) is same


# ------------------------------------------------------------------ replay and Memento


def test_replay_returns_the_original_bytes_and_headers(wayback: Wayback) -> None:
    m = client(wayback).replay("20150911150000", ARTICLE_URL)
    assert m.status == 200
    assert m.body == ARTICLE_V1.encode()
    assert m.timestamp == "20150911150000"
    assert ("Last-Modified", "Fri, 11 Sep 2015 08:00:00 GMT") in m.headers  # from X-Archive-Orig-Last-Modified
    assert m.content_type == "text/html; charset=utf-8" and m.encoding == "utf-8"
    assert m.final_url == f"{wayback.base_url}/web/20150911150000id_/{ARTICLE_URL}"


def test_replay_follows_the_archives_redirect_to_the_exact_capture(wayback: Wayback) -> None:
    m = client(wayback).replay("20151121000000", ARTICLE_URL)
    assert m.timestamp == "20151120093000"
    assert m.body == ARTICLE_V2.encode()
    assert wayback.adapter.count("/web/") == 2  # the 307, then the capture


def test_an_archived_redirect_is_returned_not_followed(wayback: Wayback) -> None:
    m = client(wayback).replay("20180101000000", ARTICLE_URL)
    assert m.status == 301
    assert m.location == "https://www.news.example/archive/"


def test_replay_reads_at_most_max_bytes(wayback: Wayback) -> None:
    m = client(wayback, max_bytes=100).replay("20150911150000", ARTICLE_URL)
    assert len(m.body) == 100 and m.truncated


def test_timemap_and_timegate(wayback: Wayback) -> None:
    c = client(wayback)
    mementos = c.timemap(ARTICLE_URL)
    assert [m.timestamp for m in mementos] == [
        "20150911150000", "20151120093000", "20160315000000", "20180101000000", "20200101000000"]
    gate = c.timegate(ARTICLE_URL, datetime(2015, 11, 19, tzinfo=UTC))
    assert gate is not None and "/web/20151120093000" in gate


def test_parse_timemap_reads_link_format() -> None:
    text = ('<http://a.example/>; rel="original",\n'
            '<https://web.archive.org/web/20150101000000/http://a.example/>; rel="first memento"; '
            'datetime="Thu, 01 Jan 2015 00:00:00 GMT",\n'
            '<https://web.archive.org/web/timemap/link/http://a.example/>; rel="self"')
    [m] = parse_timemap(text)
    assert m.timestamp == "20150101000000" and m.rel == "first memento"


# ------------------------------------------------------------------ failures


def test_5xx_is_retried_with_backoff(wayback: Wayback) -> None:
    wayback.adapter.fail_next(1, 503, prefix="/cdx")
    assert len(client(wayback).search(ARTICLE_URL)) == 5
    assert wayback.adapter.count("/cdx") == 2


def test_persistent_5xx_raises_with_status_and_attempts(wayback: Wayback) -> None:
    wayback.adapter.fail_next(10, 502, prefix="/cdx")
    with pytest.raises(ArchiveUnavailableError) as info:
        client(wayback, retries=2).search(ARTICLE_URL)
    assert info.value.status == 502 and info.value.attempts == 3
    assert wayback.adapter.count("/cdx") == 3


def test_a_429_pauses_then_retries_once(wayback: Wayback) -> None:
    limits = ArchiveLimits(Rates(60_000, 1_000, 60_000, pause=0.3))
    wayback.adapter.fail_next(1, 429, prefix="/cdx")
    assert len(client(wayback, limiter=limits).search(ARTICLE_URL)) == 5
    first, second = wayback.adapter.times("/cdx")
    assert second - first >= 0.3


def test_repeated_429_raises_rate_limit_error_with_retry_after(wayback: Wayback) -> None:
    limits = ArchiveLimits(Rates(60_000, 1_000, 60_000, pause=0.1))
    wayback.adapter.fail_next(5, 429, prefix="/cdx", retry_after="1")
    with pytest.raises(RateLimitError) as info:
        client(wayback, limiter=limits).search(ARTICLE_URL)
    assert info.value.retry_after == 1.0
    assert wayback.adapter.count("/cdx") == 2
    assert limits.pause_remaining() > 0.5  # Retry-After (1 s) outlasts the minimum pause


def test_a_429_pause_longer_than_we_accept_is_not_sat_out(wayback: Wayback) -> None:
    limits = ArchiveLimits(Rates(60_000, 1_000, 60_000, pause=0.1))
    wayback.adapter.fail_next(1, 429, prefix="/cdx", retry_after="3600")
    started = time.monotonic()
    with pytest.raises(RateLimitError):
        client(wayback, limiter=limits, max_pause_wait=60.0).search(ARTICLE_URL)
    assert time.monotonic() - started < 2.0
    assert wayback.adapter.count("/cdx") == 1
    assert limits.pause_remaining() > 3500  # everyone else still honours it


def test_a_stalled_archive_times_out_within_the_budget(wayback: Wayback) -> None:
    wayback.adapter.set_delay(3.0, prefix="/cdx")
    started = time.monotonic()
    with pytest.raises(ArchiveTimeoutError):
        client(wayback, timeout=(1.0, 0.3), retries=1).search(ARTICLE_URL)
    assert time.monotonic() - started < 2.0


def test_nothing_listening_is_unavailable_not_a_crash() -> None:
    c = WaybackClient("http://127.0.0.1:9", user_agent=UA, timeout=(0.5, 0.5), retries=0)
    with pytest.raises(ArchiveUnavailableError):
        c.search(ARTICLE_URL)


@pytest.mark.parametrize(("value", "seconds"), [("120", 120.0), (None, None), ("soon", None)])
def test_retry_after_values(value: str | None, seconds: float | None) -> None:
    assert parse_retry_after(value) == seconds


# ------------------------------------------------------------------ Save Page Now 2


def test_save_submits_and_polls_until_done(wayback: Wayback) -> None:
    wayback.adapter.state.save_pending_polls = 2
    status = client(wayback).save_and_wait("http://save.example/client-1.html", deadline=5, poll_interval=0.01)
    assert status.status == "success" and status.timestamp and len(status.timestamp) == 14
    assert wayback.adapter.count("/save/status/") == 3
    assert wayback.adapter.save_headers[0]["Accept"] == "application/json"
    assert "Authorization" not in wayback.adapter.save_headers[0]  # anonymous without keys


def test_save_sends_low_authorization_with_keys(wayback: Wayback) -> None:
    client(wayback, access_key="AK", secret_key="SK").save("http://save.example/client-2.html")
    assert wayback.adapter.save_headers[0]["Authorization"] == "LOW AK:SK"


def test_a_refusal_with_http_200_is_an_error(wayback: Wayback) -> None:
    wayback.adapter.state.save_refusal = {"status": "error", "status_ext": "error:user-session-limit",
                                          "message": "You already have 5 sessions running."}
    with pytest.raises(SaveError) as info:
        client(wayback).save("http://save.example/client-3.html")
    assert info.value.status_ext == "error:user-session-limit"


def test_a_job_that_fails_reports_its_error(wayback: Wayback) -> None:
    wayback.adapter.state.save_job_error = ("error:blocked-url", "This URL is in the exclusion list.")
    status = client(wayback).save_and_wait("http://save.example/client-4.html", deadline=5, poll_interval=0.01)
    assert (status.status, status.status_ext) == ("error", "error:blocked-url")


def test_polling_stops_at_the_deadline(wayback: Wayback) -> None:
    wayback.adapter.state.save_pending_polls = 10_000
    started = time.monotonic()
    status = client(wayback).save_and_wait("http://save.example/client-5.html", deadline=0.5, poll_interval=0.05)
    assert status.status == "pending"
    assert time.monotonic() - started < 2.0
