"""False "no archived copy" answers: captures the archive holds that a lookup must not miss.

A wrong never_archived or archived_only_after_death sends an editor hunting for a
replacement source that is not needed; each test here is a miss found in an audit,
written (failing) before its fix.
"""

from __future__ import annotations

import pytest

from checker.archive import Archivist
from checker.models import ArchiveStatus
from tests.fixtures.wayback import ArchivedResponse, Wayback, article_html

WINDOW = ("2015-09-04", "2015-12-31")
ARTICLE_DATE = "2015-12-28"


# ------------------------------------------------------------------ URL normalisation

# The crawler wrote the URL one way, the author cited it another; the archive's key (the
# IA canonicaliser: lower case, www stripped, default port, sorted query, no trailing
# slash) makes them one resource, so the archive answers the query with the capture.
ARCHIVED_AS = "http://Norm.Example:80/A%7eb/Story.html?b=2&a=1"


@pytest.fixture(scope="module")
def normalised(wayback_server: Wayback) -> str:
    wayback_server.add_capture(ARCHIVED_AS, "20151001000000", article_html("Story", ["Archived once."]))
    return ARCHIVED_AS


@pytest.mark.parametrize(
    "cited",
    [
        "http://norm.example/A~b/Story.html?a=1&b=2",  # query order, %7e decoded
        "https://www.norm.example/A%7Eb/Story.html?b=2&a=1",  # upper-case percent-encoding, www, https
        "http://NORM.example:80/A%7eb/Story.html?b=2&a=1#section-2",  # host case, port, fragment
    ],
)
def test_a_differently_written_url_finds_the_capture(wayback: Wayback, normalised: str, cited: str) -> None:
    r = Archivist(wayback.config()).lookup(cited, window=WINDOW, prefer_before=ARTICLE_DATE)
    assert r.status is ArchiveStatus.FOUND, r.reason
    assert r.cited is not None and r.cited.original == normalised
    assert r.url == cited


def test_a_trailing_question_mark_finds_the_capture(wayback: Wayback) -> None:
    wayback.add_capture("http://norm.example/plain.html", "20151002000000", article_html("Plain", ["No query."]))
    r = Archivist(wayback.config()).lookup("http://norm.example/plain.html?", window=WINDOW)
    assert r.status is ArchiveStatus.FOUND, r.reason


# ------------------------------------------------------------------ revisit records

REVISITED_URL = "http://revisit.example/statement.html"
REVISITED_BODY = article_html("Statement", ["Unchanged since the first crawl."])


@pytest.fixture(scope="module")
def revisited(wayback_server: Wayback) -> str:
    # One real 200 before the window, then the crawler found the same bytes again in the
    # window and wrote revisit records (status "-", mimetype warc/revisit), as Heritrix does.
    wayback_server.add_captures([
        ArchivedResponse(REVISITED_URL, "20150301000000", REVISITED_BODY),
        ArchivedResponse(REVISITED_URL, "20151015000000", REVISITED_BODY, revisit_of="20150301000000"),
        ArchivedResponse(REVISITED_URL, "20151210000000", REVISITED_BODY, revisit_of="20150301000000"),
    ])
    return REVISITED_URL


def test_the_cdx_lists_revisits_without_a_status(wayback: Wayback, revisited: str) -> None:
    from checker.archive.client import WaybackClient

    rows = WaybackClient(wayback.base_url, user_agent="t").search(revisited)
    assert [(r.statuscode, r.mimetype) for r in rows] == [(200, "text/html"), (None, "warc/revisit"),
                                                          (None, "warc/revisit")]


def test_a_revisit_in_the_window_is_the_cited_version(wayback: Wayback, revisited: str) -> None:
    a = Archivist(wayback.config())
    r = a.lookup(revisited, window=WINDOW, prefer_before=ARTICLE_DATE)
    assert r.status is ArchiveStatus.FOUND, r.reason
    assert r.cited is not None and r.cited.timestamp == "20151210000000"
    assert r.cited.status == 200  # the status of the capture it repeats
    assert r.last_ok is not None and r.last_ok.timestamp == "20151210000000"
    page, replayed = a.replay(r)
    assert page is not None and page.body == REVISITED_BODY.encode()
    assert replayed.cited == r.cited and replayed.replay_error is None


def test_a_revisit_of_an_error_page_is_not_a_working_copy(wayback: Wayback) -> None:
    url = "http://revisit.example/removed.html"
    gone = "<h1>Not Found</h1>"
    wayback.add_captures([
        ArchivedResponse(url, "20150301000000", gone, status=404),
        ArchivedResponse(url, "20151015000000", gone, status=404, revisit_of="20150301000000"),
    ])
    r = Archivist(wayback.config()).lookup(url, window=WINDOW)
    assert r.status is ArchiveStatus.ARCHIVED_ONLY_AFTER_DEATH, r.reason


# ------------------------------------------------------------------ a CDX answer cut at cdx_limit

POPULAR_URL = "http://popular.example/front.html"
POPULAR = ("20130101000000", "20140101000000", "20150101000000", "20150601000000", "20151101000000",
           "20190101000000")


@pytest.fixture(scope="module")
def popular(wayback_server: Wayback) -> str:
    # More captures than one CDX answer holds (cdx_limit=3 below stands for 10,000): the
    # archive lists oldest first, so the cut falls on the newest, the citation window among them.
    wayback_server.add_captures([
        ArchivedResponse(POPULAR_URL, ts, article_html("Front", [f"Edition {ts[:8]}."]),
                         status=404 if ts.startswith("2019") else 200)
        for ts in POPULAR
    ])
    return POPULAR_URL


def test_a_cut_answer_still_finds_the_cited_version_and_the_latest(wayback: Wayback, popular: str) -> None:
    r = Archivist(wayback.config(cdx_limit=3)).lookup(popular, window=WINDOW, prefer_before=ARTICLE_DATE)
    assert r.status is ArchiveStatus.FOUND, r.reason
    assert r.cited is not None and r.cited.timestamp == "20151101000000"
    assert r.first is not None and r.first.timestamp == "20130101000000"
    assert r.latest is not None and (r.latest.timestamp, r.latest.status) == ("20190101000000", 404)
    assert r.last_ok is not None and r.last_ok.timestamp == "20151101000000"


def test_an_uncut_answer_costs_one_query_and_a_cut_one_three(wayback: Wayback, popular: str) -> None:
    Archivist(wayback.config()).lookup(popular, window=WINDOW, prefer_before=ARTICLE_DATE)
    assert wayback.adapter.count("/cdx") == 1
    Archivist(wayback.config(cdx_limit=3)).lookup(popular, window=WINDOW, prefer_before=ARTICLE_DATE)
    # Oldest first, then nearest the citation's date, then nearest today (the latest capture).
    assert wayback.adapter.count("/cdx") == 1 + 3


def test_a_cut_answer_finds_the_nearest_capture_after_the_window(wayback: Wayback, popular: str) -> None:
    r = Archivist(wayback.config(cdx_limit=2)).lookup(popular, window=("2014-06-01", "2014-12-31"),
                                                       prefer_before="2014-12-31")
    assert r.status is ArchiveStatus.NO_CAPTURE_IN_WINDOW, r.reason
    assert r.cited is not None and r.cited.timestamp == "20150101000000"
    assert r.distance_days == 1


# ------------------------------------------------------------------ index pages


def test_an_index_page_is_found_under_its_directory(wayback: Wayback) -> None:
    # ".../index.html" and ".../" are one page on nearly every server, but two keys in the
    # archive; crawlers mostly follow links to the directory.
    wayback.add_capture("http://index.example/reports/", "20151005000000", article_html("Reports", ["List."]))
    a = Archivist(wayback.config())
    r = a.lookup("http://index.example/reports/index.html", window=WINDOW)
    assert r.status is ArchiveStatus.FOUND, r.reason
    assert r.cited is not None and r.cited.original == "http://index.example/reports/"
    assert "archived as http://index.example/reports/" in r.reason
    assert wayback.adapter.count("/cdx") == 2
    assert a.lookup("http://index.example/never/index.html", window=WINDOW).status is ArchiveStatus.NEVER_ARCHIVED
    assert wayback.adapter.count("/cdx") == 4


# ------------------------------------------------------------------ internationalised names and paths


@pytest.mark.parametrize(
    ("archived_as", "cited"),
    [
        ("http://xn--e1afmkfd.xn--p1ai/novosti/1", "http://пример.рф/novosti/1"),  # crawlers write punycode
        ("http://mid.example/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8", "http://mid.example/новости"),
    ],
)
def test_unicode_spellings_find_the_capture(wayback: Wayback, archived_as: str, cited: str) -> None:
    wayback.add_capture(archived_as, "20151003000000", article_html("Новости", ["Текст."]))
    r = Archivist(wayback.config()).lookup(cited, window=WINDOW)
    assert r.status is ArchiveStatus.FOUND, r.reason
    assert r.cited is not None and r.cited.original == archived_as


# ------------------------------------------------------------------ what only the archive's key knows


def test_rows_the_archive_files_under_the_cited_urls_key_are_kept(wayback: Wayback) -> None:
    # The IA canonicaliser also drops session ids; our own spelling rules do not try to
    # copy every such rule, so an exact-match answer filed under one key is trusted.
    # Crawled with one session id, cited with another: one key, two spellings.
    archived_as = "http://session.example/page.jsp?id=5&jsessionid=0123456789abcdef0123456789abcdef"
    cited = "http://session.example/page.jsp?id=5&jsessionid=fedcba9876543210fedcba9876543210"
    wayback.add_capture(archived_as, "20151004000000", article_html("Page", ["Session."]))
    r = Archivist(wayback.config()).lookup(cited, window=WINDOW)
    assert r.status is ArchiveStatus.FOUND, r.reason
    assert r.cited is not None and r.cited.original == archived_as


def test_rows_under_another_key_are_dropped() -> None:
    from checker.archive.archivist import _rows_for
    from checker.archive.client import CdxRecord

    own = CdxRecord("20151004000000", "http://a.example/p?id=5&sid=1", 200, urlkey="example,a)/p?&id=5")
    fuzzy = CdxRecord("20151005000000", "http://a.example/p?id=6", 200, urlkey="example,a)/p?id=6")
    spelled = CdxRecord("20151006000000", "https://www.a.example/p?id=5", 200, urlkey="example,a)/p?id=5")
    assert _rows_for([own, fuzzy], "http://a.example/p?id=5&sid=2") == []  # two keys: no unanimous answer
    assert _rows_for([own], "http://a.example/p?id=5&sid=2") == [own]
    assert _rows_for([spelled, fuzzy], "http://a.example/p?id=5") == [spelled]
