"""URLs that already redirected when they were cited: the cited version is at the target.

The archive's CDX row of a 3xx capture lacks the Location; the archivist replays the
capture raw to read it, then looks the target up in the same window, at most
MAX_HOPS times, and refuses targets that are a soft 404 (home page, section, error page).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest

from checker.archive import Archivist
from checker.archive.redirects import MAX_HOPS, not_the_page, redirect_target
from checker.models import ArchiveResult, ArchiveStatus, Hop, LinkCheck, Verdict
from tests.fixtures.wayback import DEAD_ONLY_URL, ArchivedResponse, Wayback, article_html

WINDOW = ("2015-09-04", "2015-12-31")
ARTICLE_DATE = "2015-12-28"

MOVED = "http://moved.example/news/2015/kuril-talks.html"
MOVED_TO = "http://moved.example/world/asia/kuril-talks-resume.html"
MOVED_BODY = article_html("Kuril Talks Resume", ["The article as the author read it."])
DOMAIN = "http://old-domain.example/story?id=17"
DOMAIN_MID = "http://old-domain.example/2015/story-17"
DOMAIN_TO = "https://new-domain.example/2015/11/story-17"
ROOTED = "http://rooted.example/reports/annual-2015.html"
LOOP_A = "http://loop.example/a.html"
LOOP_B = "http://loop.example/b.html"
CHAIN = [f"http://chain.example/step-{i}.html" for i in range(MAX_HOPS + 2)]
UNREADABLE = "http://unreadable.example/old-path.html"
UNREADABLE_TO = "http://unreadable.example/new-path.html"
SPELLING = "http://spelling.example/story"
SPELLING_TO = "https://spelling.example/world/story"
LATE_MOVE = "http://latemove.example/story.html"
LATE_MOVE_TO = "http://latemove.example/archive/2015/story.html"


def moved(url: str, ts: str, location: str, status: int = 301) -> ArchivedResponse:
    return ArchivedResponse(url, ts, "Moved", status=status, location=location)


@pytest.fixture(scope="module")
def redirects(wayback_server: Wayback) -> None:
    wayback_server.add_captures([
        # A path move: the cited URL was only ever captured as a 301.
        moved(MOVED, "20151005000000", MOVED_TO),
        moved(MOVED, "20170101000000", MOVED_TO),
        ArchivedResponse(MOVED_TO, "20151020000000", MOVED_BODY),
        ArchivedResponse(MOVED_TO, "20190101000000", article_html("Kuril Talks Resume", ["Later edit."])),
        # A path move (relative Location), then a domain move.
        moved(DOMAIN, "20151101000000", "/2015/story-17", status=302),
        moved(DOMAIN_MID, "20151101000100", DOMAIN_TO),
        ArchivedResponse(DOMAIN_TO, "20151101000200", article_html("Story 17", ["On the new domain."])),
        # A redirect to the site's home page: a soft 404 at citation time.
        moved(ROOTED, "20151110000000", "http://rooted.example/"),
        ArchivedResponse("http://rooted.example/", "20151110000100", article_html("Home", ["Welcome."])),
        # A loop in the archive.
        moved(LOOP_A, "20151001000000", LOOP_B),
        moved(LOOP_B, "20151001000100", LOOP_A),
        # A chain longer than MAX_HOPS.
        *[moved(CHAIN[i], f"2015100200{i:02d}00", CHAIN[i + 1]) for i in range(len(CHAIN) - 1)],
        ArchivedResponse(CHAIN[-1], "20151002005900", article_html("End", ["Too far."])),
        moved("http://spelling.example/story", "20151001000100", "https://spelling.example/story"),
        moved("https://spelling.example/story", "20151001000000", SPELLING_TO),
        ArchivedResponse(SPELLING_TO, "20151001000200", article_html("Story", ["Moved to world."])),
        # The cited URL still had its own 200 before the window and moved during it.
        ArchivedResponse(LATE_MOVE, "20140101000000", article_html("Story", ["First home."])),
        moved(LATE_MOVE, "20151015000000", LATE_MOVE_TO),
        ArchivedResponse(LATE_MOVE_TO, "20151016000000", article_html("Story", ["Second home."])),
        ArchivedResponse(UNREADABLE_TO, "20151016000000", article_html("New path", ["Found anyway."])),
    ])
    # The 3xx capture is indexed but its WARC is gone: its Location cannot be read.
    wayback_server.add_captures([moved(UNREADABLE, "20151015000000", UNREADABLE_TO)], missing=True)


def lookup(wayback: Wayback, url: str, link: LinkCheck | None = None,
           **config: Any) -> tuple[Archivist, ArchiveResult]:
    archivist = Archivist(wayback.config(**config))
    return archivist, archivist.lookup(url, window=WINDOW, prefer_before=ARTICLE_DATE, link=link)


# ------------------------------------------------------------------ following a move


def test_a_url_captured_only_as_a_redirect_finds_the_cited_version_at_its_target(
    wayback: Wayback, redirects: None
) -> None:
    a, r = lookup(wayback, MOVED)
    assert r.status is ArchiveStatus.FOUND, r.reason
    assert r.url == MOVED and r.redirected_to == MOVED_TO
    assert r.cited is not None and (r.cited.timestamp, r.cited.original) == ("20151020000000", MOVED_TO)
    assert r.reason.startswith(f"cited URL redirected to {MOVED_TO} when cited (capture 2015-10-05, HTTP 301); "
                               f"cited version found at {MOVED_TO}: captured 2015-10-20 (HTTP 200)")
    # What the archive holds for the cited URL itself is still told as such...
    assert r.capture_count == 2 and r.first is not None and r.first.status == 301
    # ...while the last copy seen alive is the target's.
    assert r.last_ok is not None and r.last_ok.timestamp == "20190101000000"
    page, replayed = a.replay(r)
    assert page is not None and page.body == MOVED_BODY.encode()
    assert replayed.replay_error is None


def test_following_costs_one_replay_and_one_cdx_query_per_hop(wayback: Wayback, redirects: None) -> None:
    a, _ = lookup(wayback, MOVED)
    assert wayback.adapter.count("/cdx") == 2
    assert wayback.adapter.count("/web/") == 1
    a.lookup(MOVED, window=WINDOW, prefer_before=ARTICLE_DATE)  # another citation of it
    assert wayback.adapter.count("/cdx") == 2 and wayback.adapter.count("/web/") == 1


def test_a_www_move_then_a_domain_move_are_followed(wayback: Wayback, redirects: None) -> None:
    _, r = lookup(wayback, DOMAIN)
    assert r.status is ArchiveStatus.FOUND, r.reason
    assert r.redirected_to == DOMAIN_TO
    assert f"via {DOMAIN_MID}" in r.reason
    assert r.cited is not None and r.cited.original == DOMAIN_TO


def test_a_redirect_to_another_spelling_is_not_a_hop(wayback: Wayback, redirects: None) -> None:
    # The latest redirect is only http -> https of the same page (one key in the archive); the
    # one before it is the real move.
    _, r = lookup(wayback, SPELLING)
    assert r.status is ArchiveStatus.FOUND, r.reason
    assert r.redirected_to == SPELLING_TO
    assert wayback.adapter.count("/web/") == 2  # the spelling redirect, then the move


def test_a_move_inside_the_window_beats_the_old_capture_before_it(wayback: Wayback, redirects: None) -> None:
    _, r = lookup(wayback, LATE_MOVE)
    assert r.status is ArchiveStatus.FOUND, r.reason
    assert r.cited is not None and r.cited.original == LATE_MOVE_TO


# ------------------------------------------------------------------ what is not the cited version


def test_a_redirect_to_the_site_root_is_a_soft_404_not_the_cited_version(wayback: Wayback, redirects: None) -> None:
    _, r = lookup(wayback, ROOTED)
    assert r.status is ArchiveStatus.ARCHIVED_ONLY_AFTER_DEATH
    assert r.redirected_to is None and r.cited is None
    assert ("when cited it redirected to the site's home page, http://rooted.example/ (capture 2015-11-10, "
            "HTTP 301): a soft 404, not the cited version") in r.reason
    assert wayback.adapter.count("/cdx") == 1  # the home page is never looked up


def test_a_redirect_loop_in_the_archive_is_named_and_bounded(wayback: Wayback, redirects: None) -> None:
    _, r = lookup(wayback, LOOP_A)
    assert r.status is ArchiveStatus.ARCHIVED_ONLY_AFTER_DEATH
    assert f"its archived redirects loop ({LOOP_A} → {LOOP_B} → {LOOP_A})" in r.reason
    assert wayback.adapter.count("/cdx") == 2 and wayback.adapter.count("/web/") == 2


def test_a_chain_longer_than_max_hops_is_given_up(wayback: Wayback, redirects: None) -> None:
    _, r = lookup(wayback, CHAIN[0])
    assert r.status is ArchiveStatus.ARCHIVED_ONLY_AFTER_DEATH
    assert f"redirected more than {MAX_HOPS} times" in r.reason
    assert wayback.adapter.count("/cdx") == 1 + MAX_HOPS
    assert wayback.adapter.count("/web/") == MAX_HOPS


def test_when_the_redirect_does_not_replay_todays_live_redirect_stands_in(wayback: Wayback, redirects: None) -> None:
    link = LinkCheck(url=UNREADABLE, verdict=Verdict.REDIRECTED, reason="test", status=200,
                     hops=(Hop(UNREADABLE, 301, location="/new-path.html"), Hop(UNREADABLE_TO, 200)))
    _, r = lookup(wayback, UNREADABLE, link=link, retries=0)
    assert r.status is ArchiveStatus.FOUND, r.reason
    assert r.redirected_to == UNREADABLE_TO
    assert "target read from today's live redirect" in r.reason


def test_without_a_readable_redirect_the_url_stays_unfound_and_says_why(wayback: Wayback, redirects: None) -> None:
    _, r = lookup(wayback, UNREADABLE, retries=0)
    assert r.status is ArchiveStatus.ARCHIVED_ONLY_AFTER_DEATH
    assert "it redirected when cited, but capture 2015-10-15 did not replay" in r.reason


def test_a_target_the_archive_cannot_look_up_is_a_value_and_feeds_the_breaker(
    wayback: Wayback, redirects: None
) -> None:
    wayback.adapter.fail_next(5, 503, prefix="/cdx/search/cdx?url=" + quote(MOVED_TO, safe=""))
    a, r = lookup(wayback, MOVED, retries=0, archive_breaker_threshold=1)
    assert r.status is ArchiveStatus.ARCHIVED_ONLY_AFTER_DEATH and r.redirected_to is None
    assert f"when cited it redirected to {MOVED_TO}, which could not be looked up" in r.reason
    assert a.breaker.is_open


def test_a_target_the_archive_lacks_is_named(wayback: Wayback) -> None:
    url, target = "http://nowhere.example/old.html", "http://nowhere.example/new.html"
    wayback.add_capture(url, "20151007000000", "Moved", status=301, location=target)
    _, r = lookup(wayback, url)
    assert r.status is ArchiveStatus.ARCHIVED_ONLY_AFTER_DEATH and r.redirected_to is None
    assert r.reason.endswith(f"; when cited it redirected to {target}: the archive holds no capture of this URL")


def test_errors_only_are_not_replayed(wayback: Wayback) -> None:
    _, r = lookup(wayback, DEAD_ONLY_URL)
    assert r.status is ArchiveStatus.ARCHIVED_ONLY_AFTER_DEATH
    assert wayback.adapter.count("/web/") == 0


# ------------------------------------------------------------------ the pure parts


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("https://new.example/a", "https://new.example/a"),
        ("/b?x=1", "http://old.example/b?x=1"),
        ("//cdn.example/c", "http://cdn.example/c"),
        ("https://web.archive.org/web/20151005000000id_/https://new.example/a", "https://new.example/a"),
        ("/web/20151005000000/http:/new.example/a", "http://new.example/a"),  # collapsed slashes
        ("https://new.example/a#top", "https://new.example/a"),
        ("mailto:editor@old.example", None),
        ("", None),
        ("http://[broken/", None),
    ],
)
def test_redirect_target_reads_locations_as_archives_write_them(location: str, expected: str | None) -> None:
    assert redirect_target(location, "http://old.example/dir/page.html") == expected


@pytest.mark.parametrize(
    ("target", "lost"),
    [
        ("http://old.example/", "the site's home page"),
        ("https://www.old.example/index.html", "the site's home page"),
        ("http://old.example/news/", "a parent section page"),
        ("http://old.example/errors/404.html", "an error page"),
        ("http://old.example/news/2015/moved-story.html", None),
        ("https://new.example/2015/story", None),
    ],
)
def test_not_the_page_names_soft_404_targets(target: str, lost: str | None) -> None:
    assert not_the_page("http://old.example/news/2015/story.html", target) == lost


def test_an_id_that_reads_like_an_error_page_is_carried_over_not_lost() -> None:
    # GitHub moves /issues/404 to /pull/404 when number 404 is a pull request.
    assert not_the_page("https://github.com/o/r/issues/404", "https://github.com/o/r/pull/404") is None
    assert not_the_page("http://old.example/node?id=410", "http://old.example/story/410") is None
    assert not_the_page("http://old.example/news/404-reasons", "http://old.example/404") == "an error page"


# ------------------------------------------------------------------ never archived, but redirecting today

NEVER_CAPTURED = "http://renamed.example/p?id=88"
RENAMED_TO = "https://renamed.example/2015/10/policy-paper"


def live_redirect(url: str, target: str, verdict: Verdict = Verdict.REDIRECTED) -> LinkCheck:
    return LinkCheck(url=url, verdict=verdict, reason="test", status=200, final_url=target,
                     hops=(Hop(url, 301, location=target), Hop(target, 200)))


def test_a_never_archived_url_that_redirects_today_is_found_at_its_target(wayback: Wayback) -> None:
    wayback.add_capture(RENAMED_TO, "20151012000000", article_html("Policy Paper", ["As cited."]))
    _, r = lookup(wayback, NEVER_CAPTURED, link=live_redirect(NEVER_CAPTURED, RENAMED_TO))
    assert r.status is ArchiveStatus.FOUND, r.reason
    assert r.redirected_to == RENAMED_TO and r.capture_count == 0
    assert r.reason.startswith(f"never archived under the cited URL, which redirects today to {RENAMED_TO}; "
                               "captured 2015-10-12 (HTTP 200)")
    assert wayback.adapter.count("/cdx") == 2


@pytest.mark.parametrize(
    ("target", "verdict"),
    [("http://renamed.example/", Verdict.MOVED_TO_HOMEPAGE), ("http://renamed.example/", Verdict.REDIRECTED),
     (NEVER_CAPTURED.replace("http:", "https:"), Verdict.OK)],
)
def test_a_live_redirect_to_the_home_page_or_another_spelling_is_not_followed(
    wayback: Wayback, target: str, verdict: Verdict
) -> None:
    _, r = lookup(wayback, NEVER_CAPTURED, link=live_redirect(NEVER_CAPTURED, target, verdict))
    assert r.status is ArchiveStatus.NEVER_ARCHIVED and r.redirected_to is None
    assert wayback.adapter.count("/cdx") == 1
