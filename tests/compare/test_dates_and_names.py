"""The small helpers behind the findings: date parsing at its precision, publication names vs hosts."""

from __future__ import annotations

import pytest

from checker.compare.dates import agree, to_iso, url_date
from checker.compare.publications import host_labels, name_matches_host, names_match, registrable_domain, typo_of


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2015-09-04T04:20:51-04:00", "2015-09-04"),
        ("2015/09/01", "2015-09-01"),
        ("September 4, 2015", "2015-09-04"),
        ("updated March 27, 2013", "2013-03-27"),
        ("Spring/Summer 1993", None),
        ("August 2015", "2015-08"),
        ("2015", "2015"),
        ("Updated 5 minutes ago", None),
        ("", None),
        ("2015-02-30", None),
    ],
)
def test_to_iso(value, iso):
    assert to_iso(value) == iso


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("http://www.theguardian.com/world/2015/oct/15/story", "2015-10-15"),
        ("http://thediplomat.com/2015/09/japan-wary/", "2015-09"),
        ("http://sputniknews.com/world/20150904/1026582575/x.html", "2015-09-04"),
        ("http://archive.defensenews.com/article/20130525/DEFREG/305270012/x", "2013-05-25"),
        ("http://blogs.wsj.com/japanrealtime/2015/10/06/x/", "2015-10-06"),
        ("http://www.wsj.com/articles/putin-pitches-1441354851", None),  # epoch ids are not dates
        ("http://tass.ru/en/opinions/823188", None),
        ("http://example.org/2015/13/40/", None),
    ],
)
def test_url_date(url, iso):
    assert url_date(url) == iso


def test_agree_at_the_coarser_precision():
    assert agree("2015-09-10", "2015-09")
    assert agree("2015-09-30", "2015-10")  # one day's tolerance crosses the month end
    assert not agree("2015-09-11", "2015-06-09")
    assert agree("2015-09-03", "2015-09-04") and not agree("2015-09-03", "2015-09-05")
    assert agree("2015", "2015-06-09") and not agree("2014", "2015-06")


def test_hosts_and_names():
    assert registrable_domain("www.japantimes.co.jp") == "japantimes.co.jp"
    assert registrable_domain("ajw.asahi.com") == "asahi.com"
    assert host_labels("blogs.wsj.com") == ["wsj"]
    assert name_matches_host("The Moscow Times", "www.themoscowtimes.com")
    assert not name_matches_host("The Guardian", "www.nytimes.com")
    assert names_match("WSJ", "The Wall Street Journal")
    assert names_match("Nikkei", "Nikkei Asian Review")
    assert not names_match("The Asan Forum", "The Asahi Shimbun")
    assert typo_of("The Asan Shimbun", ["The Asahi Shimbun"]) == "The Asahi Shimbun"
    assert typo_of("The Hindu", ["The Asahi Shimbun"]) is None
