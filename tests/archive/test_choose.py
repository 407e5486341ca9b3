"""Choosing the cited version: pure functions, no archive needed.

The cited version is the 2xx capture inside the citation's window closest before the
article's date; otherwise the result says plainly why there is none.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.archive.archivist import ACCESS_WINDOW_DAYS, citation_pivot, citation_window
from checker.archive.choose import Window, choose, end_of, nearest_outside, pick_cited, ranked_in_window, start_of
from checker.models import ArchiveStatus, Article, Capture, Citation

URL = "http://example.org/story.html"


def cap(ts: str, status: int | None = 200, original: str = URL) -> Capture:
    ts = ts.ljust(14, "0")
    return Capture(timestamp=ts, original=original, status=status, archive_url=f"https://web.archive.org/web/{ts}/{original}")


ARTICLE_WINDOW = Window.parse(("2015-09-04", "2015-12-28"))


# ------------------------------------------------------------------ windows


@pytest.mark.parametrize(
    ("iso", "start", "end"),
    [
        ("2015", date(2015, 1, 1), date(2015, 12, 31)),
        ("2015-12", date(2015, 12, 1), date(2015, 12, 31)),
        ("2016-02", date(2016, 2, 1), date(2016, 2, 29)),  # leap year
        ("2015-02", date(2015, 2, 1), date(2015, 2, 28)),
        ("2015-09-04", date(2015, 9, 4), date(2015, 9, 4)),
        ("2015-09-04T10:00:00Z", date(2015, 9, 4), date(2015, 9, 4)),
    ],
)
def test_partial_dates_mean_the_start_or_end_of_their_period(iso: str, start: date, end: date) -> None:
    assert start_of(iso) == start
    assert end_of(iso) == end


@pytest.mark.parametrize("bad", ["", "September 2015", "2015-13", "2015-02-30"])
def test_unreadable_dates_are_rejected(bad: str) -> None:
    with pytest.raises(ValueError):
        start_of(bad)


def test_partial_window_from_start_of_year_to_end_of_month() -> None:
    w = Window.parse(("2015", "2015-12"))
    assert (w.start, w.end) == (date(2015, 1, 1), date(2015, 12, 31))
    assert w.as_iso() == ("2015-01-01", "2015-12-31")


def test_a_source_dated_after_the_article_collapses_the_window_onto_the_article_date() -> None:
    w = Window.parse(("2016-03-01", "2015-12-28"))
    assert w.start == w.end == date(2015, 12, 28)


def test_open_windows() -> None:
    assert Window.parse((None, None)).as_iso() is None
    assert Window.parse((None, "2015-12-28")).as_iso() == ("", "2015-12-28")
    assert Window.parse(("2015", None)).describe() == "since 2015-01-01"


def test_distance_is_signed_days_from_the_nearest_edge() -> None:
    assert ARTICLE_WINDOW.distance_days(date(2016, 1, 3)) == 6
    assert ARTICLE_WINDOW.distance_days(date(2015, 9, 1)) == -3
    assert ARTICLE_WINDOW.distance_days(date(2015, 10, 1)) == 0


# ------------------------------------------------------------------ the cited version


def test_in_window_prefers_the_closest_capture_before_the_article_date() -> None:
    caps = [cap("20150905"), cap("20151120"), cap("20151227"), cap("20160105")]
    chosen = pick_cited(caps, ARTICLE_WINDOW, prefer_before=date(2015, 12, 20))
    assert chosen is not None and chosen.timestamp.startswith("20151120")


def test_in_window_without_a_capture_before_the_preference_takes_the_earliest_after_it() -> None:
    caps = [cap("20151222"), cap("20151226")]
    chosen = pick_cited(caps, ARTICLE_WINDOW, prefer_before=date(2015, 12, 1))
    assert chosen is not None and chosen.timestamp.startswith("20151222")


def test_without_a_preference_the_window_end_is_the_pivot() -> None:
    caps = [cap("20150905"), cap("20151227"), cap("20160105")]
    chosen = pick_cited(caps, ARTICLE_WINDOW)
    assert chosen is not None and chosen.timestamp.startswith("20151227")


def test_a_capture_on_the_article_date_itself_counts_as_before_it() -> None:
    caps = [cap("20151101"), cap("20151228235900")]
    chosen = pick_cited(caps, ARTICLE_WINDOW, prefer_before=date(2015, 12, 28))
    assert chosen is not None and chosen.timestamp == "20151228235900"


@pytest.mark.parametrize("status", [200, 203, 206])
def test_any_2xx_capture_is_a_readable_version(status: int) -> None:
    assert pick_cited([cap("20151101", status)], ARTICLE_WINDOW) is not None


@pytest.mark.parametrize("status", [301, 302, 404, 410, 500, None])
def test_redirects_errors_and_statusless_captures_are_not_a_cited_version(status: int | None) -> None:
    assert pick_cited([cap("20151101", status)], ARTICLE_WINDOW) is None


def test_found_result_carries_first_latest_last_ok_and_count() -> None:
    caps = [cap("20200101", 404), cap("20150905"), cap("20151120"), cap("20160315"), cap("20180101", 301)]
    r = choose(URL, caps, ARTICLE_WINDOW, prefer_before=date(2015, 12, 28))
    assert r.status is ArchiveStatus.FOUND
    assert r.cited is not None and r.cited.timestamp.startswith("20151120")
    assert r.first is not None and r.first.timestamp.startswith("20150905")
    assert r.latest is not None and r.latest.timestamp.startswith("20200101")
    assert r.last_ok is not None and r.last_ok.timestamp.startswith("20160315")
    assert r.capture_count == 5
    assert r.distance_days == 0
    assert r.window == ("2015-09-04", "2015-12-28")
    assert "2015-11-20" in r.reason and "2 2xx captures in the window" in r.reason


def test_never_archived() -> None:
    r = choose(URL, [], ARTICLE_WINDOW)
    assert r.status is ArchiveStatus.NEVER_ARCHIVED
    assert (r.cited, r.first, r.latest, r.capture_count) == (None, None, None, 0)


def test_archived_only_after_death_names_what_the_archive_saw() -> None:
    r = choose(URL, [cap("20170101", 404), cap("20180601", 410)], ARTICLE_WINDOW)
    assert r.status is ArchiveStatus.ARCHIVED_ONLY_AFTER_DEATH
    assert r.cited is None and r.last_ok is None
    assert "404" in r.reason and "410" in r.reason and "2017-01-01" in r.reason


def test_only_redirect_captures_are_called_redirects() -> None:
    r = choose(URL, [cap("20151101", 301)], ARTICLE_WINDOW)
    assert r.status is ArchiveStatus.ARCHIVED_ONLY_AFTER_DEATH
    assert "only redirects" in r.reason


def test_no_capture_in_window_offers_the_nearest_outside_with_its_distance() -> None:
    r = choose(URL, [cap("20150101"), cap("20160103120000")], Window.parse(("2015-09-04", "2015-12-31")))
    assert r.status is ArchiveStatus.NO_CAPTURE_IN_WINDOW
    assert r.cited is not None and r.cited.timestamp == "20160103120000"
    assert r.distance_days == 3
    assert r.reason == "no capture between 2015-09-04 and 2015-12-31; nearest 2016-01-03 (3 days after)"


def test_nearest_outside_before_the_window() -> None:
    r = choose(URL, [cap("20150901"), cap("20170101")], ARTICLE_WINDOW)
    assert r.status is ArchiveStatus.NO_CAPTURE_IN_WINDOW
    assert r.distance_days == 3 and "(3 days before)" in r.reason


def test_equal_distances_favour_the_capture_before_the_window() -> None:
    w = Window.parse(("2015-09-04", "2015-12-28"))
    near = nearest_outside([cap("20160102"), cap("20150830")], w)
    assert near is not None and near[0].timestamp.startswith("20150830") and near[1] == -5


def test_a_2xx_capture_in_the_window_wins_over_errors_in_it() -> None:
    r = choose(URL, [cap("20151101", 404), cap("20151105", 200), cap("20151110", 500)], ARTICLE_WINDOW,
               prefer_before=date(2015, 12, 28))
    assert r.status is ArchiveStatus.FOUND and r.cited is not None and r.cited.timestamp.startswith("20151105")


def test_ranked_in_window_orders_fallbacks_by_the_same_preference() -> None:
    caps = [cap("20150905"), cap("20151120"), cap("20151201"), cap("20160105")]
    ranked = ranked_in_window(caps, ARTICLE_WINDOW, prefer_before=date(2015, 11, 25))
    assert [c.timestamp[:8] for c in ranked] == ["20151120", "20150905", "20151201"]


# ------------------------------------------------------------------ the citation's window


ARTICLE = Article(title="Sino-Russian Relations", date="2015-12-28")


def test_window_runs_from_the_sources_date_to_the_articles() -> None:
    c = Citation(index=0, raw="...", date_iso="2015-09", url=URL)
    assert citation_window(c, ARTICLE) == ("2015-09", "2015-12-28")


def test_window_is_open_where_a_date_is_unknown() -> None:
    assert citation_window(Citation(index=0, raw="..."), Article()) == (None, None)


def test_access_date_gives_a_window_around_it() -> None:
    c = Citation(index=0, raw="...", date_iso="2010", accessed="2015-06-15", url=URL)
    lo, hi = citation_window(c, ARTICLE)
    assert (lo, hi) == ("2015-05-16", "2015-07-15")
    assert lo is not None and hi is not None
    assert (date.fromisoformat(hi) - date.fromisoformat(lo)).days == 2 * ACCESS_WINDOW_DAYS


def test_access_window_never_runs_past_the_article_date() -> None:
    c = Citation(index=0, raw="...", accessed="2015-12-20", url=URL)
    assert citation_window(c, ARTICLE) == ("2015-11-20", "2015-12-28")


def test_unreadable_access_date_falls_back_to_the_publication_window() -> None:
    c = Citation(index=0, raw="...", date_iso="2015-09-11", accessed="last week", url=URL)
    assert citation_window(c, ARTICLE) == ("2015-09-11", "2015-12-28")


# ------------------------------------------------------------------ properties

_days = st.dates(min_value=date(1996, 1, 1), max_value=date(2030, 12, 31))
_captures = st.lists(
    st.tuples(_days, st.sampled_from([200, 200, 206, 301, 302, 404, 410, 500, None])).map(
        lambda t: cap(t[0].strftime("%Y%m%d") + "120000", t[1])),
    max_size=30,
)
_windows = st.tuples(st.none() | _days, st.none() | _days).map(
    lambda t: Window.parse((t[0].isoformat() if t[0] else None, t[1].isoformat() if t[1] else None)))


@given(_captures, _windows, st.none() | _days)
def test_the_status_always_matches_what_the_captures_allow(caps: list[Capture], window: Window,
                                                           prefer: date | None) -> None:
    r = choose(URL, caps, window, prefer)
    ok = [c for c in caps if c.status is not None and 200 <= c.status < 300]
    in_window = [c for c in ok if window.contains(date.fromisoformat(c.date_iso))]
    assert r.capture_count == len(caps)
    if not caps:
        assert r.status is ArchiveStatus.NEVER_ARCHIVED
    elif not ok:
        assert r.status is ArchiveStatus.ARCHIVED_ONLY_AFTER_DEATH and r.cited is None
    elif in_window:
        assert r.status is ArchiveStatus.FOUND and r.cited in in_window and r.distance_days == 0
    else:
        assert r.status is ArchiveStatus.NO_CAPTURE_IN_WINDOW and r.cited in ok
        nearest = min(abs(window.distance_days(date.fromisoformat(c.date_iso))) for c in ok)
        assert r.distance_days == nearest > 0
    if caps:
        assert r.first is not None and r.latest is not None and r.first.timestamp <= r.latest.timestamp
        assert (r.last_ok.timestamp if r.last_ok else None) == (max(c.timestamp for c in ok) if ok else None)


@pytest.mark.parametrize(
    ("accessed", "inferred", "pivot"),
    [
        ("2015-06-15", "2015-12-20", "2015-06-15"),  # what the note says wins
        (None, "2015-12-20", "2015-12-20"),  # the day the share link was copied
        (None, "2016-02-01", "2015-12-28"),  # a guess past the article's date is not used
        (None, None, "2015-12-28"),
    ],
)
def test_the_pivot_is_the_access_date_then_the_copy_date_then_the_article_date(
    accessed: str | None, inferred: str | None, pivot: str
) -> None:
    c = Citation(index=0, raw="...", url=URL, accessed=accessed, accessed_inferred=inferred)
    assert citation_pivot(c, ARTICLE) == pivot


# ------------------------------------------------------------------ no end to the window


def test_with_no_article_date_the_earliest_capture_since_the_source_is_taken_and_said():
    """No article date and nothing to infer one from: the page nearest the source's own date,
    never the latest (a capture of 2023 is the page after years of redesigns and edits)."""
    captures = [cap("20230105"), cap("20151002"), cap("20170611"), cap("20150930", 404)]
    result = choose(URL, captures, Window.parse(("2015-09-29", None)))
    assert result.status is ArchiveStatus.FOUND
    assert result.cited is not None and result.cited.timestamp.startswith("20151002")
    assert "no article date to end the window, so the earliest was taken" in result.reason


def test_an_inferred_article_date_ends_the_window():
    from checker.article_date import effective_date

    article = Article(date_inferred="2015-12-20", date_inferred_note=11)
    citation = Citation(index=0, raw="x", date_iso="2015-09-29", url=URL)
    assert citation_window(citation, article) == ("2015-09-29", "2015-12-20")
    assert citation_pivot(citation, article) == "2015-12-20" == effective_date(article)
    # the article's own date, when known, wins
    assert citation_window(citation, Article(date="2015-12", date_inferred="2015-12-20")) == ("2015-09-29", "2015-12")


def test_a_capture_long_after_the_source_in_an_endless_window_is_flagged_as_late():
    from checker.archive.choose import days_after_source

    late = choose(URL, [cap("20190301")], Window.parse(("2013-03-08", None)))
    assert late.status is ArchiveStatus.FOUND and days_after_source(late) == 2184
    soon = choose(URL, [cap("20130401")], Window.parse(("2013-03-08", None)))
    assert days_after_source(soon) is None  # within a year of the source: trusted
    bounded = choose(URL, [cap("20151201")], Window.parse(("2013-03-08", "2015-12")))
    assert days_after_source(bounded) is None  # a window with an end: the capture is in it


def test_the_archives_pure_parts_load_without_its_network_client():
    """A links-only run reads dates with choose.py (article_date) and the settings' window; it
    must not pay for importing the Wayback client and requests (they load when first used)."""
    code = ("import sys; import checker.article_date, checker.archive.choose; from checker.archive import "
            "ACCESS_WINDOW_DAYS, choose; assert callable(choose); "
            "print(sorted(m for m in sys.modules if m.startswith(('checker.archive.', 'requests'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['checker.archive.choose']"
    code = ("import checker.archive.choose; from checker.archive import Archivist, choose; "
            "import checker.archive.archivist as a; assert Archivist is a.Archivist and callable(choose)")
    subprocess.run([sys.executable, "-c", code], check=True)
