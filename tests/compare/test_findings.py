"""check_citation: title, date, author and publication findings, each positive and negative."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.compare import check_citation, extract, slug_words, title_score
from checker.models import Citation, CitationKind, PageMetadata, Severity

JT_URL = ("http://www.japantimes.co.jp/news/2015/08/25/national/politics-diplomacy/"
          "japan-says-russian-officials-suicide-remark-unproductive/#.Vnczn_krKM8")
WSJ_URL = "http://www.wsj.com/articles/putin-pitches-for-foreign-investment-in-russias-far-east-1441354851"
ASAHI_URL = "http://ajw.asahi.com/article/behind_news/politics/AJ201509290068"
DIPLOMAT_URL = "http://thediplomat.com/2015/09/japan-wary-of-rising-russia-threat-ex-defense-minister/"


def cite(**kw) -> Citation:
    kw.setdefault("index", 0)
    kw.setdefault("raw", "")
    kw.setdefault("kind", CitationKind.NEWS)
    return Citation(**kw)


def codes(findings) -> list[str]:
    return [f.code for f in findings]


# --------------------------------------------------------------------------- the fixture pages, whole


CORRECT_CITATIONS = [
    ("wsj_article.html", WSJ_URL,
     cite(authors=("Nathan Hodge",), title="Putin Pitches Foreign Investments in Russia’s Far East",
          container="The Wall Street Journal", date="September 4, 2015", date_iso="2015-09-04", url=WSJ_URL)),
    ("japantimes_kyodo.html", JT_URL,
     cite(kind=CitationKind.WIRE, title="Japan Says Russian Official’s Suicide Remark ‘Unproductive,’",
          container="Kyodo News", date_iso="2015-08-25", url=JT_URL)),
    ("asahi_ajw.html", ASAHI_URL,
     cite(authors=("Takuya Suzuki",), title="Abe, Putin Agree to Coordinate Visit by Russian President to Japan",
          container="The Asahi Shimbun", date_iso="2015-09-29", url=ASAHI_URL)),
    ("article_cited.html", DIPLOMAT_URL,
     cite(authors=("Prashanth Parameswaran",), title="Japan Wary of Rising Russian Threat: Ex-Defense Minister",
          container="The Diplomat", date_iso="2015-09-10", url=DIPLOMAT_URL)),
]


@pytest.mark.parametrize(("name", "url", "citation"), CORRECT_CITATIONS, ids=[c[0] for c in CORRECT_CITATIONS])
def test_correct_citations_of_fixture_pages_raise_nothing(fixture_page, name, url, citation):
    source = extract(fixture_page(name, url=url))
    assert check_citation(citation, source, url=url) == ()


# --------------------------------------------------------------------------- title


def test_title_mismatch_against_the_page_title(fixture_page):
    source = extract(fixture_page("article_replaced.html", url=DIPLOMAT_URL))
    c = cite(title="Japan Wary of Rising Russian Threat: Ex-Defense Minister", url=DIPLOMAT_URL)
    (finding,) = [f for f in check_citation(c, source, url=DIPLOMAT_URL) if f.code == "title_mismatch"]
    assert finding.severity is Severity.WARNING
    new_title = "China to Receive Russia’s S-400 Missile Defense Systems Within 18 Months"
    assert ("page title", new_title) in finding.evidence


@pytest.mark.parametrize(
    ("cited", "page"),
    [
        ("Putin Pitches Foreign Investments in Russia’s Far East",
         "Putin Pitches for Foreign Investment in Russia's Far East"),
        ("Japan Says Russian Official’s Suicide Remark ‘Unproductive,’",
         "Japan says Russian official's suicide remark \"unproductive\""),
        ("Russia-Japan Peace Treaty and Territorial Dispute: Two Sides of the Same Coin?",
         "Russia-Japan Peace Treaty and Territorial Dispute"),
        ("The Cold War Redux?", "THE COLD WAR REDUX"),
        ("Abe Quandary: How to Court Putin and Still Maintain Sanctions Over Crimea",
         "Abe quandary: How to ensure Putin visits while Russia sanctions don't get close to assertive China"),
    ],
)
def test_titles_tolerate_subtitles_punctuation_case_and_quotes(cited, page):
    assert check_citation(cite(title=cited), PageMetadata(title=page), url=None) == ()
    assert title_score(cited, page) >= 60


def test_page_without_a_usable_title_is_could_not_verify_never_mismatch():
    c = cite(title="Vladimir Putin’s Visit to Japan Postponed Indefinitely")
    for page_title in (None, "", "404 Not Found", "Just a moment...", "The Guardian"):
        findings = check_citation(c, PageMetadata(title=page_title, site_name="The Guardian"), url=None)
        assert codes(findings) == ["title_unverified"], page_title
        assert findings[0].severity is Severity.INFO


def test_no_page_and_no_slug_says_nothing_about_the_title():
    c = cite(title="Analysts: Russian-Japanese Relations Show Signs of Thawing")
    assert check_citation(c, None, url="http://tass.ru/en/opinions/823188") == ()


# --------------------------------------------------------------------------- slug mode (the seed article)

SEED_SLUG_CASES = {
    1: ("Vladimir Putin’s Visit to Japan Postponed Indefinitely",
        "http://www.theguardian.com/world/2015/oct/15/vladimir-putins-visit-to-japan-postponed-indefinitely"),
    3: ("Russia’s ‘Asian Pivot’ Seen in Kuril Military Expansion",
        "http://www.voanews.com/content/russias-asian-pivot-seen-in-kuril-military-expansion/3022965.html"),
    7: ("Putin Pitches Foreign Investments in Russia’s Far East", WSJ_URL),
    9: ("Russia-Japan Peace Treaty and Territorial Dispute: Two Sides of the Same Coin?",
        "http://valdaiclub.com/news/russia-japan-peace-treaty-and-territorial-dispute/"),
    10: ("No Problem! Moscow Says Kuril Islands Not an Issue, Tokyo Furious",
         "http://sputniknews.com/world/20150904/1026582575/russia-japan-protest-kuril-islands.html"),
    11: ("Japan Says Russian Official’s Suicide Remark ‘Unproductive,’", JT_URL),
    25: ("China Tests Japan’s Resolve Over East China Sea",
         "http://thediplomat.com/2015/10/china-tests-japans-resolve-over-east-china-sea/"),
    42: ("China to Receive Russia’s S-400 Missile Defense Systems in 12-18 Months",
         "http://thediplomat.com/2015/11/china-to-receive-russias-s-400-missile-defense-systems-in-12-18-months/"),
    45: ("The Dragon Gets a Bear Hug", "http://www.thehindu.com/opinion/op-ed/the-dragon-gets-a-bear-hug/article4485335.ece"),
    46: ("After a Decade Long Wait, China and Russia Ink ‘Super Jet’ Military Deal",
         "http://www.forbes.com/sites/kenrapoza/2013/03/25/after-a-decade-long-wait-china-and-russia-ink-super-jet-military-deal/"),
    53: ("The Emerging China-Russia Maritime Nexus in the Eurasian Commons",
         "http://thediplomat.com/2015/09/the-emerging-china-russia-maritime-nexus-in-the-eurasian-commons/"),
    54: ("Japan Ready to Lead in Asia Pacific, Abe Says",
         "http://blogs.wsj.com/japanrealtime/2015/10/06/japan-ready-to-lead-in-asia-pacific-abe-says/"),
    62: ("Japan to Offer Australia Its Top-Secret Submarine Technology",
         "http://thediplomat.com/2015/10/japan-to-offer-australia-its-top-secret-submarine-technology/"),
}
NOTE_58 = ("Going Eastward: Moscow Seeks Full Integration into Asia But What Can It Offer?",
           "http://in.rbth.com/world/2015/09/04/troika-report-negotiations-on-ukraine-are-a-marriage-of-convenience_394561")


@pytest.mark.parametrize("note", sorted(SEED_SLUG_CASES))
def test_seed_healthy_title_and_slug_pairs_raise_no_title_mismatch(note):
    title, url = SEED_SLUG_CASES[note]
    assert "title_mismatch" not in codes(check_citation(cite(title=title, url=url), None, url=url))


def test_seed_note_58_title_does_not_match_its_slug():
    title, url = NOTE_58
    (finding,) = check_citation(cite(title=title, url=url), None, url=url)
    assert finding.code == "title_mismatch" and finding.severity is Severity.WARNING
    assert ("url slug", "troika report negotiations ukraine marriage convenience") in finding.evidence


def test_slug_words_ignore_ids_extensions_and_short_segments():
    assert slug_words(WSJ_URL) == ["putin", "pitches", "foreign", "investment", "russias", "far", "east"]
    assert slug_words("http://www.thehindu.com/opinion/op-ed/the-dragon-gets-a-bear-hug/article4485335.ece") == [
        "dragon", "gets", "bear", "hug"]
    assert slug_words("http://carnegie.ru/eurasiaoutlook/?fa=61433") == []
    assert slug_words(ASAHI_URL) == []


# --------------------------------------------------------------------------- date


def test_note_13_cited_date_against_a_different_date_in_the_url():
    url = ("http://www.japantimes.co.jp/news/2015/06/09/national/politics-diplomacy/"
           "abe-quandary-ensure-putin-visits-russia-sanctions-doesnt-get-close-assertive-china/#.Vnc1XPkrKM8")
    c = cite(title="Abe Quandary: How to Court Putin and Still Maintain Sanctions Over Crimea",
             date="September 11, 2015", date_iso="2015-09-11", url=url)
    (finding,) = check_citation(c, None, url=url)
    assert finding.code == "date_mismatch"
    assert ("url date", "2015-06-09") in finding.evidence


def test_date_tolerates_one_day_and_month_precision_urls():
    # Note 58: cited September 3, URL /2015/09/04/ (one day apart, time zones): fine.
    assert check_citation(cite(date_iso="2015-09-03"), None, url=NOTE_58[1]) == ()
    # Note 13 (first): /2015/09/ gives only a month; September 10 agrees.
    assert check_citation(cite(date_iso="2015-09-10"), None, url=DIPLOMAT_URL) == ()
    # A month-precision URL still catches the wrong month.
    assert codes(check_citation(cite(date_iso="2015-11-10"), None, url=DIPLOMAT_URL)) == ["date_mismatch"]
    # Guardian style /2015/oct/15/.
    assert check_citation(cite(date_iso="2015-10-15"), None, url=SEED_SLUG_CASES[1][1]) == ()


def test_date_against_the_page_publication_and_update_dates():
    page = PageMetadata(date="2013-03-25", updated="2013-03-27")
    assert check_citation(cite(date_iso="2013-03-26"), page, url=None) == ()  # within a day
    assert check_citation(cite(date="updated March 27, 2013"), page, url=None) == ()  # cited the update
    (finding,) = check_citation(cite(date_iso="2013-04-02"), page, url=None)
    assert finding.code == "date_mismatch" and ("page published", "2013-03-25") in finding.evidence


def test_no_page_date_and_no_url_date_says_nothing():
    assert check_citation(cite(date_iso="2015-09-23"), PageMetadata(), url="http://tass.ru/en/opinions/823188") == ()


# --------------------------------------------------------------------------- authors


@pytest.mark.parametrize(
    ("cited", "byline"),
    [
        (("Justin McCurry",), ("Justin McCurry",)),
        (("J. Michael Cole",), ("Michael Cole",)),  # initials
        (("Hyodo Shinji",), ("Shinji Hyodo",)),  # family name first
        (("Stein Toenesson",), ("Stein Tønnesson",)),  # transliteration / diacritics
        (("Vladimir Radyuhin",), ("Vladimir Radyukhin",)),
        (("Sergei Strokan", "Vladimir Mikheev"), ("Sergei Strokan",)),  # one of two is enough
        (("Ko Hirano",), ("Kyodo",)),  # a wire byline is no evidence against a person
        (("Ko Hirano",), ("Staff Writer",)),
    ],
)
def test_authors_that_agree(cited, byline):
    assert check_citation(cite(authors=cited), PageMetadata(authors=byline), url=None) == ()


def test_author_mismatch():
    (finding,) = check_citation(cite(authors=("Michael Klare",)), PageMetadata(authors=("Michael Cole",)), url=None)
    assert finding.code == "author_mismatch" and finding.severity is Severity.WARNING
    assert ("byline", "Michael Cole") in finding.evidence


def test_no_byline_or_no_cited_author_says_nothing():
    assert check_citation(cite(authors=("Justin McCurry",)), PageMetadata(), url=None) == ()
    assert check_citation(cite(), PageMetadata(authors=("Justin McCurry",)), url=None) == ()


# --------------------------------------------------------------------------- publication


@pytest.mark.parametrize(
    ("container", "url", "site"),
    [
        ("Kyodo News", JT_URL, "The Japan Times"),  # syndication: wire story on a paper's site
        ("The Wall Street Journal", WSJ_URL, "WSJ"),
        ("The Wall Street Journal", "http://blogs.wsj.com/japanrealtime/2015/10/06/x/", None),
        ("The Asahi Shimbun", ASAHI_URL, None),
        ("Voice of America", "http://www.voanews.com/content/x/3022965.html", None),
        ("Russia Beyond the Headlines", NOTE_58[1], None),
        ("South China Morning Post", "http://www.scmp.com/news/china/article/1199448/x", None),
        ("Asia Times Online", "http://www.atimes.com/atimes/World/WOR-01-030613.html", None),
        ("Nikkei Asian Review", "http://asia.nikkei.com/Politics-Economy/x", None),
        ("ITAR-TASS", "http://tass.ru/en/opinions/823188", None),
        ("The Diplomat", DIPLOMAT_URL, "The Diplomat"),
        ("DefenseNews", "http://archive.defensenews.com/article/20130525/DEFREG/305270012/x", None),
    ],
)
def test_publications_that_agree(container, url, site):
    page = PageMetadata(site_name=site) if site else None
    assert check_citation(cite(container=container, url=url), page, url=url) == ()


def test_note_19_probable_typo_of_the_asahi_shimbun():
    url = "http://ajw.asahi.com/article/behind_news/politics/AJ201509290068"
    (finding,) = check_citation(cite(container="The Asan Shimbun", url=url), None, url=url)
    assert finding.code == "publication_mismatch"
    assert "probably a typo of “The Asahi Shimbun”" in finding.message


def test_different_publication_on_a_known_site():
    url = "http://www.theguardian.com/world/2015/oct/15/x"
    (finding,) = check_citation(cite(container="The New York Times", url=url), None, url=url)
    assert finding.code == "publication_mismatch" and "The Guardian" in finding.message
    # The page's own site name is evidence too.
    other = "https://news.example.net/story"
    (f2,) = check_citation(cite(container="The Hindu", url=other), PageMetadata(site_name="Daily Planet"), url=other)
    assert f2.code == "publication_mismatch" and f2.severity is Severity.WARNING


def test_unknown_domain_without_site_name_is_only_could_not_verify():
    url = "https://jamestown.org/program/the-crisis-in-ukraine/"
    (finding,) = check_citation(cite(container="Eurasia Daily Monitor", url=url), None, url=url)
    assert finding.code == "publication_unverified" and finding.severity is Severity.INFO


def test_redirected_final_url_still_matches_the_cited_host():
    c = cite(container="The Wall Street Journal", url=WSJ_URL)
    assert check_citation(c, None, url=WSJ_URL, final_url="https://sso.accounts.dowjones.com/login") == ()


def test_tracking_fragments_are_never_flagged():
    c = cite(title="Japan Says Russian Official’s Suicide Remark ‘Unproductive,’", container="Kyodo News",
             date_iso="2015-08-25", url=JT_URL)
    assert check_citation(c, None, url=JT_URL) == ()


def test_ignored_citation_is_not_checked():
    title, url = NOTE_58
    assert check_citation(cite(title=title, url=url, ignore=True), None, url=url) == ()


def test_odd_dates_are_no_evidence():
    assert check_citation(cite(date_iso="2015-09-11/12"), PageMetadata(date="2015-06-09"), url=None) != ()
    assert check_citation(cite(date_iso="n.d."), PageMetadata(date="2015-06-09"), url=None) == ()


@settings(max_examples=80, deadline=None)
@given(
    title=st.one_of(st.none(), st.text(max_size=80)),
    container=st.one_of(st.none(), st.text(max_size=40)),
    date=st.one_of(st.none(), st.text(max_size=30)),
    authors=st.lists(st.text(max_size=30), max_size=3),
    url=st.one_of(st.none(), st.text(max_size=80), st.just("http://[::1/x"), st.just("http://a.b/2015/13/99/x-y-z-w")),
    page_title=st.one_of(st.none(), st.text(max_size=80)),
    page_date=st.one_of(st.none(), st.text(max_size=12)),
)
def test_check_citation_never_raises(title, container, date, authors, url, page_title, page_date):
    c = cite(title=title, container=container, date=date, date_iso=date, authors=tuple(authors), url=url)
    page = PageMetadata(title=page_title, date=page_date, authors=tuple(authors[:1]), site_name=container)
    for source in (None, page):
        findings = check_citation(c, source, url=url, final_url=url)
        assert all(f.severity in (Severity.INFO, Severity.WARNING) for f in findings)


def test_findings_say_which_version_of_the_page_they_used():
    c = cite(title="Japan Wary of Rising Russian Threat: Ex-Defense Minister", authors=("Michael Klare",))
    page = PageMetadata(title="Fishing Quotas Agreed in Sakhalin Talks", authors=("Michael Cole",))
    live = check_citation(c, page, url=None, source_label="live")
    assert {f.code for f in live} == {"title_mismatch", "author_mismatch"}
    assert all("may have changed since it was cited" in f.message for f in live)
    assert all(("page version", "today's page") in f.evidence for f in live)
    captured = check_citation(c, page, url=None, source_label="20150911093000")
    assert all(("page version", "capture of 2015-09-11") in f.evidence for f in captured)
    # A finding from the URL alone names no page version.
    (url_only,) = check_citation(cite(date_iso="2015-11-10"), PageMetadata(), url=DIPLOMAT_URL, source_label="live")
    assert url_only.code == "date_mismatch" and "page version" not in dict(url_only.evidence)


def test_wayback_urls_are_checked_as_the_page_they_archive():
    title, url = NOTE_58
    archived = f"http://web.archive.org/web/20151220000000/{url}"
    assert codes(check_citation(cite(title=title, url=archived), None, url=archived)) == ["title_mismatch"]
    good = f"https://web.archive.org/web/20150905id_/{WSJ_URL}"
    c = cite(title="Putin Pitches Foreign Investments in Russia’s Far East", container="The Wall Street Journal",
             date_iso="2015-09-04", url=good)
    assert check_citation(c, None, url=good) == ()


def test_platforms_are_not_publishers():
    url = "https://www.jstor.org/stable/12345"
    c = cite(kind=CitationKind.JOURNAL, container="Comparative Strategy", url=url)
    assert check_citation(c, PageMetadata(site_name="JSTOR"), url=url) == ()


def test_findings_against_a_capture_years_after_the_source_are_information():
    from checker.compare.findings import from_late_capture
    from checker.models import Finding, Severity

    warning = Finding("title_mismatch", Severity.WARNING, "the page's title differs", (("page title", "X"),))
    (info,) = from_late_capture((warning,), 2184)
    assert info.severity is Severity.INFO and info.code == "title_mismatch"
    assert "capture 2184 days after the source's date" in info.message
    assert ("capture delay", "2184 days") in info.evidence
