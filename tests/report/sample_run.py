"""A realistic sample Run for the report tests, built from the seed article's notes.

It covers every Verdict, every Drift, every ArchiveStatus, every Severity, notes
without URLs, an Ibid. and a short-form back-reference, a note with two citations,
a saved capture, and hostile text: a page whose title is `<script>alert(1)</script>`
(note 11) and a synthetic note 63 whose citation text and URL try to break out of
HTML, Markdown and XML. The values are what the checker's stages would plausibly
produce for these URLs; they are inputs, not expected outputs.
"""

from __future__ import annotations

from dataclasses import replace

from checker.models import (
    ArchiveResult,
    ArchiveStatus,
    Article,
    Capture,
    Citation,
    CitationKind,
    CitationResult,
    Comparison,
    Drift,
    Finding,
    Hop,
    LinkCheck,
    Note,
    Page,
    Run,
    SaveOutcome,
    Severity,
    Verdict,
)

HOSTILE_TITLE = "<script>alert(1)</script>"
HOSTILE_RAW = (
    '<img src=x onerror="window.__pwned=1"> “</td><script>window.__pwned=2</script>|**bold**|,” '
    "]]></failure><x> Evil Site ``` `code`, January 1, 2015, javascript:alert(document.cookie)"
)
WAYBACK = "https://web.archive.org"

ARTICLE = Article(
    title="Sino-Russian Relations and the Failure of Russo-Japanese Relations",
    authors=(),  # the seed text does not name its author
    publication="The Asan Forum",
    date="2015-12",
    source="articles/sino-russian-relations-and-the-failure-of-russo-japanese-relations.txt",
)


def cap(ts: str, url: str, status: int | None = 200) -> Capture:
    return Capture(
        timestamp=ts,
        original=url,
        status=status,
        mimetype="text/html",
        digest="SHA1" + ts,
        length=20000 + int(ts[8:12]),
        archive_url=f"{WAYBACK}/web/{ts}/{url}",
    )


def _note(number: int, text: str, context: str | None, *cits: Citation) -> Note:
    return Note(number=number, text=text, context=context, citations=cits)


def _news(index: int, raw: str, authors: tuple[str, ...], title: str, container: str, date: str,
          date_iso: str, url: str | None) -> Citation:
    return Citation(index=index, raw=raw, kind=CitationKind.NEWS, authors=authors, title=title,
                    container=container, date=date, date_iso=date_iso, url=url)


def _window(date_iso: str) -> tuple[str, str]:
    # a ±30-day window around the cited date; the real window comes from the archive stage
    y, m, d = (int(x) for x in date_iso.split("-"))
    return (f"{y}-{m:02d}-{max(d - 5, 1):02d}", f"{y}-{m:02d}-{min(d + 20, 28):02d}")


def _found(url: str, cited_ts: str, date_iso: str, *, saved: SaveOutcome | None = None) -> ArchiveResult:
    return ArchiveResult(
        url=url, status=ArchiveStatus.FOUND,
        reason=f"captured {cited_ts[:4]}-{cited_ts[4:6]}-{cited_ts[6:8]}, inside the cited window",
        cited=cap(cited_ts, url), window=_window(date_iso),
        first=cap(cited_ts, url), latest=cap("20240301120000", url), last_ok=cap("20240301120000", url),
        capture_count=57, saved=saved,
    )


def sample_run(*, network_down: bool = False) -> Run:
    """The sample: 17 citations in 15 notes; see the module docstring."""
    res: list[CitationResult] = []

    # note 1: ok, found, intact
    u1 = "http://www.theguardian.com/world/2015/oct/15/vladimir-putins-visit-to-japan-postponed-indefinitely"
    c1 = _news(0, "Justin McCurry, “Vladimir Putin’s Visit to Japan Postponed Indefinitely,” The Guardian, "
               f"October 15, 2015, {u1}.", ("Justin McCurry",),
               "Vladimir Putin’s Visit to Japan Postponed Indefinitely", "The Guardian", "October 15, 2015",
               "2015-10-15", u1)
    n1 = _note(1, c1.raw, "Was failure nearly inevitable due to Putin’s cultivation of Russian nationalism, "
               "leaving his negotiators intransigent over the disputed southern Kuril Islands?", c1)
    https1 = u1.replace("http://", "https://")
    res.append(CitationResult(
        note=n1, citation=c1,
        link=LinkCheck(url=u1, verdict=Verdict.OK, reason="200 OK after an http→https redirect", status=200,
                       final_url=https1, hops=(Hop(u1, 301, https1), Hop(https1, 200)), elapsed=0.42,
                       bytes_read=181_204, attempts=1, checked_at="2026-11-28T10:00:01Z",
                       page=Page(url=https1, status=200, content_type="text/html", body=b"<html>dropped</html>")),
        archive=_found(u1, "20151015183012", "2015-10-15"),
        comparison=Comparison(drift=Drift.INTACT, reason="main text unchanged (similarity 0.97)", score=0.97,
                              fingerprint="a1b2c3d4e5f60718", compared_with="20151015183012"),
    ))

    # note 3: redirected, found, edited
    u3 = "http://www.voanews.com/content/russias-asian-pivot-seen-in-kuril-military-expansion/3022965.html"
    f3 = "https://www.voanews.com/a/russias-asian-pivot-seen-in-kuril-military-expansion/3022965.html"
    c3 = _news(0, f"Brian Padden, “Russia’s ‘Asian Pivot’ Seen in Kuril Military Expansion,” Voice of America, "
               f"October 26, 2015, {u3}.", ("Brian Padden",), "Russia’s ‘Asian Pivot’ Seen in Kuril Military "
               "Expansion", "Voice of America", "October 26, 2015", "2015-10-26", u3)
    n3 = _note(3, c3.raw, "This includes Moscow announcing a military buildup at its Kuril base along with "
               "four Arctic bases", c3)
    res.append(CitationResult(
        note=n3, citation=c3,
        link=LinkCheck(url=u3, verdict=Verdict.REDIRECTED, reason="permanently moved to a new article URL",
                       status=200, final_url=f3, hops=(Hop(u3, 301, f3), Hop(f3, 200)), elapsed=0.9,
                       bytes_read=95_000, attempts=1, checked_at="2026-11-28T10:00:02Z"),
        archive=_found(u3, "20151027020102", "2015-10-26"),
        comparison=Comparison(
            drift=Drift.EDITED, reason="main text edited: 2 paragraphs added, 1 removed (similarity 0.78)",
            score=0.78,
            added=("Editor's note: this story was updated to correct the number of Arctic bases.",
                   "VOA's Steve Herman contributed to this report."),
            removed=("Russia says it will build four bases in the Arctic and one on the Kurils.",),
            fingerprint="0f0e0d0c0b0a0908", compared_with="20151027020102"),
    ))

    # note 5: gone, found (archive rescues it)
    u5 = "http://ajw.asahi.com/article/behind_news/politics/AJ201203020054"
    c5 = _news(0, "Hideki Soejima and Akiyoshi Komaki, “Putin Proposes Starting Over in Negotiations Over "
               f"Northern Territories,” The Asahi Shimbun, March 2, 2012, {u5}.",
               ("Hideki Soejima", "Akiyoshi Komaki"),
               "Putin Proposes Starting Over in Negotiations Over Northern Territories", "The Asahi Shimbun",
               "March 2, 2012", "2012-03-02", u5)
    n5 = _note(5, c5.raw, "Putin spoke of a “hikiwake” (draw) on the territorial question.", c5)
    res.append(CitationResult(
        note=n5, citation=c5,
        link=LinkCheck(url=u5, verdict=Verdict.GONE, reason="404 Not Found (3 attempts)", status=404,
                       final_url=u5, hops=(Hop(u5, 404),), elapsed=0.3, bytes_read=1200, attempts=3,
                       checked_at="2026-11-28T10:00:03Z", error=None),
        archive=_found(u5, "20120302101500", "2012-03-02"),
        comparison=Comparison(drift=Drift.UNKNOWN, reason="today's page is gone: nothing to compare"),
    ))

    # note 7: blocked (paywall), found, not compared
    u7 = "http://www.wsj.com/articles/putin-pitches-for-foreign-investment-in-russias-far-east-1441354851"
    c7 = _news(0, "Nathan Hodge, “Putin Pitches Foreign Investments in Russia’s Far East,” The Wall Street "
               f"Journal, September 4, 2015, {u7}.", ("Nathan Hodge",),
               "Putin Pitches Foreign Investments in Russia’s Far East", "The Wall Street Journal",
               "September 4, 2015", "2015-09-04", u7)
    n7 = _note(7, c7.raw, None, c7)
    res.append(CitationResult(
        note=n7, citation=c7,
        link=LinkCheck(url=u7, verdict=Verdict.BLOCKED, reason="403 from a paywalled site (not counted as dead)",
                       status=403, final_url=u7.replace("http:", "https:"),
                       hops=(Hop(u7, 301, u7.replace("http:", "https:")), Hop(u7.replace("http:", "https:"), 403)),
                       elapsed=0.5, attempts=1, checked_at="2026-11-28T10:00:04Z"),
        archive=_found(u7, "20150904220000", "2015-09-04"),
    ))

    # note 9: moved to homepage, archived only after death
    u9 = "http://valdaiclub.com/news/russia-japan-peace-treaty-and-territorial-dispute/"
    c9 = _news(0, "Valery Kistanov, “Russia-Japan Peace Treaty and Territorial Dispute: Two Sides of the Same "
               f"Coin?” Valdai Club, October 8, 2015, {u9}.", ("Valery Kistanov",),
               "Russia-Japan Peace Treaty and Territorial Dispute: Two Sides of the Same Coin?", "Valdai Club",
               "October 8, 2015", "2015-10-08", u9)
    n9 = _note(9, c9.raw, None, c9)
    res.append(CitationResult(
        note=n9, citation=c9,
        link=LinkCheck(url=u9, verdict=Verdict.MOVED_TO_HOMEPAGE, reason="redirects to the site's home page",
                       status=200, final_url="https://valdaiclub.com/",
                       hops=(Hop(u9, 301, "https://valdaiclub.com/"), Hop("https://valdaiclub.com/", 200)),
                       elapsed=0.7, attempts=1, checked_at="2026-11-28T10:00:05Z"),
        archive=ArchiveResult(url=u9, status=ArchiveStatus.ARCHIVED_ONLY_AFTER_DEATH,
                              reason="only 301 captures, from 2019 on", cited=cap("20190412000000", u9, 301),
                              distance_days=1282, window=_window("2015-10-08"),
                              first=cap("20190412000000", u9, 301), latest=cap("20230101000000", u9, 301),
                              capture_count=3),
        comparison=Comparison(drift=Drift.UNKNOWN, reason="no cited version to compare with"),
    ))

    # note 10: soft 404, a capture outside the window only
    u10 = "http://sputniknews.com/world/20150904/1026582575/russia-japan-protest-kuril-islands.html"
    c10 = _news(0, "“No Problem! Moscow Says Kuril Islands Not an Issue, Tokyo Furious,” Sputnik, September 4, "
                f"2015, {u10}.", (), "No Problem! Moscow Says Kuril Islands Not an Issue, Tokyo Furious",
                "Sputnik", "September 4, 2015", "2015-09-04", u10)
    n10 = _note(10, c10.raw, None, c10)
    res.append(CitationResult(
        note=n10, citation=c10,
        link=LinkCheck(url=u10, verdict=Verdict.SOFT_404,
                       reason="200, but the page matches a random sibling URL (similarity 0.98)", status=200,
                       final_url=u10, hops=(Hop(u10, 200),), elapsed=1.2, attempts=1,
                       checked_at="2026-11-28T10:00:06Z"),
        archive=ArchiveResult(url=u10, status=ArchiveStatus.NO_CAPTURE_IN_WINDOW,
                              reason="nearest 2xx capture is 128 days after the window",
                              cited=cap("20160120093000", u10), distance_days=128, window=_window("2015-09-04"),
                              first=cap("20160120093000", u10), latest=cap("20200601000000", u10),
                              last_ok=cap("20160120093000", u10), capture_count=4),
    ))

    # note 11: ok today, but replaced; the live title is hostile
    u11 = ("http://www.japantimes.co.jp/news/2015/08/25/national/politics-diplomacy/"
           "japan-says-russian-officials-suicide-remark-unproductive/#.Vnczn_krKM8")
    c11 = _news(0, "“Japan Says Russian Official’s Suicide Remark ‘Unproductive,’” Kyodo News, August 25, 2015, "
                f"{u11}.", (), "Japan Says Russian Official’s Suicide Remark ‘Unproductive,’", "Kyodo News",
                "August 25, 2015", "2015-08-25", u11)
    n11 = _note(11, c11.raw, "Insults directed toward Japan in the wake of Japanese protests", c11)
    res.append(CitationResult(
        note=n11, citation=c11,
        link=LinkCheck(url=u11, verdict=Verdict.OK, reason="200 OK", status=200, final_url=u11.split("#")[0],
                       hops=(Hop(u11.split("#")[0], 200),), elapsed=0.6, attempts=1,
                       checked_at="2026-11-28T10:00:07Z"),
        archive=_found(u11.split("#")[0], "20150826044500", "2015-08-25"),
        comparison=Comparison(drift=Drift.REPLACED, reason=f"a different page: title now “{HOSTILE_TITLE}”, "
                              "similarity 0.04", score=0.04, added=(HOSTILE_TITLE,),
                              removed=("Japan on Tuesday called a Russian official’s remark unproductive.",),
                              fingerprint="ffffeeee", compared_with="20150826044500"),
        findings=(Finding(code="title_mismatch", severity=Severity.ERROR,
                          message=f"page title “{HOSTILE_TITLE}” does not match the cited title",
                          evidence=(("cited", c11.title or ""), ("page", HOSTILE_TITLE))),),
    ))

    # note 12: a wire story, no URL
    c12 = Citation(index=0, raw="“Japan Protests After ‘Russian’ Plane Enters Airspace,” Agence France Presse, "
                   "September 16, 2015.", kind=CitationKind.WIRE,
                   title="Japan Protests After ‘Russian’ Plane Enters Airspace", container="Agence France Presse",
                   date="September 16, 2015", date_iso="2015-09-16")
    n12 = _note(12, c12.raw, None, c12)
    res.append(CitationResult(note=n12, citation=c12))

    # note 13: two citations; ok with a date warning and a fresh save; server error with lookup failed
    u13a = "http://thediplomat.com/2015/09/japan-wary-of-rising-russia-threat-ex-defense-minister/"
    u13b = ("http://www.japantimes.co.jp/news/2015/06/09/national/politics-diplomacy/abe-quandary-ensure-putin-"
            "visits-russia-sanctions-doesnt-get-close-assertive-china/#.Vnc1XPkrKM8")
    s13a = u13a.replace("http:", "https:")
    c13a = _news(0, "Prashanth Parameswaran, “Japan Wary of Rising Russian Threat: Ex-Defense Minister,” The "
                 f"Diplomat, September 10, 2015, {u13a}", ("Prashanth Parameswaran",),
                 "Japan Wary of Rising Russian Threat: Ex-Defense Minister", "The Diplomat", "September 10, 2015",
                 "2015-09-10", u13a)
    c13b = _news(1, "Ko Hirano, “Abe Quandary: How to Court Putin and Still Maintain Sanctions Over Crimea,” "
                 f"Kyodo News, September 11, 2015, {u13b}.", ("Ko Hirano",),
                 "Abe Quandary: How to Court Putin and Still Maintain Sanctions Over Crimea", "Kyodo News",
                 "September 11, 2015", "2015-09-11", u13b)
    n13 = _note(13, f"{c13a.raw}; {c13b.raw}", "Japanese officials warned of a rising Russian threat", c13a, c13b)
    saved = SaveOutcome(status="saved", message="saved by Save Page Now", job_id="spn2-abc123",
                        capture=cap("20261128100100", u13a))
    res.append(CitationResult(
        note=n13, citation=c13a,
        link=LinkCheck(url=u13a, verdict=Verdict.OK, reason="200 OK", status=200,
                       final_url=s13a, hops=(Hop(u13a, 301, s13a), Hop(s13a, 200)),
                       elapsed=0.3, attempts=1, checked_at="2026-11-28T10:00:08Z"),
        archive=_found(u13a, "20150910150000", "2015-09-10", saved=saved),
        comparison=Comparison(drift=Drift.INTACT, reason="main text unchanged (similarity 1.00)", score=1.0,
                              compared_with="20150910150000"),
        findings=(Finding(code="date_mismatch", severity=Severity.WARNING,
                          message="page says published 2015-09-09, cited September 10, 2015 (±1 day allowed: "
                          "time zones)", evidence=(("cited", "2015-09-10"), ("page", "2015-09-08"))),
                  Finding(code="author_format", severity=Severity.INFO, message="author listed as “Prashanth "
                          "Parameswaran, The Diplomat”")),
    ))
    res.append(CitationResult(
        note=n13, citation=c13b,
        link=LinkCheck(url=u13b, verdict=Verdict.SERVER_ERROR, reason="503 Service Unavailable after 3 retries",
                       status=503, final_url=u13b.split("#")[0], hops=(Hop(u13b.split("#")[0], 503),),
                       elapsed=7.5, attempts=4, retry_after=None, checked_at="2026-11-28T10:00:09Z"),
        archive=ArchiveResult(url=u13b.split("#")[0], status=ArchiveStatus.LOOKUP_FAILED,
                              reason="the archive answered 429 (rate limited) three times"),
        findings=(Finding(code="date_mismatch", severity=Severity.WARNING,
                          message="URL path says 2015-06-09, cited September 11, 2015",
                          evidence=(("cited", "2015-09-11"), ("url", "2015-06-09"))),),
    ))

    # notes 14-15: remarks without URL, then Ibid.
    c14 = Citation(index=0, raw="Kazuhiko Togo, “Historical Background and Outstanding Issues in Japan-Russia "
                   "Relations: Views from Moscow and Tokyo” (remarks given at the conference, Carnegie Endowment "
                   "for International Peace, Washington, DC, November 16, 2015).", kind=CitationKind.REMARKS,
                   authors=("Kazuhiko Togo",), title="Historical Background and Outstanding Issues in "
                   "Japan-Russia Relations: Views from Moscow and Tokyo",
                   container="Carnegie Endowment for International Peace", date="November 16, 2015",
                   date_iso="2015-11-16", place="Washington, DC")
    n14 = _note(14, c14.raw, None, c14)
    res.append(CitationResult(note=n14, citation=c14))
    c15 = Citation(index=0, raw="Ibid.", ibid=True, refers_to=14)
    n15 = _note(15, "Ibid.", None, c15)
    res.append(CitationResult(note=n15, citation=c15))

    # note 27: not checked (excluded by the user), archive not checked
    u27 = "http://carnegie.ru/eurasiaoutlook/?fa=61433"
    c27 = Citation(index=0, raw="Alexander Gabuev, “A Reality Check for Russia’s China Pivot” (Moscow: Carnegie "
                   f"Moscow Center, September 29, 2015), {u27}.", kind=CitationKind.REPORT,
                   authors=("Alexander Gabuev",), title="A Reality Check for Russia’s China Pivot",
                   publisher="Carnegie Moscow Center", place="Moscow", date="September 29, 2015",
                   date_iso="2015-09-29", url=u27)
    n27 = _note(27, c27.raw, None, c27)
    res.append(CitationResult(
        note=n27, citation=c27,
        link=LinkCheck(url=u27, verdict=Verdict.NOT_CHECKED, reason="excluded by --exclude 'carnegie\\.ru'"),
        archive=ArchiveResult(url=u27, status=ArchiveStatus.NOT_CHECKED, reason="link not checked"),
    ))

    # note 43: unreachable, never archived
    u43 = ("http://archive.defensenews.com/article/20130525/DEFREG/305270012/"
           "Time-Running-Out-Taiwan-Russia-Releases-S-400-SAM")
    c43 = _news(0, "Wendell Minnick, “Time Running Out for Taiwan If Russia Releases S-400M,” DefenseNews, May 25, "
                f"2013, {u43}.", ("Wendell Minnick",), "Time Running Out for Taiwan If Russia Releases S-400M",
                "DefenseNews", "May 25, 2013", "2013-05-25", u43)
    n43 = _note(43, c43.raw, None, c43)
    res.append(CitationResult(
        note=n43, citation=c43,
        link=LinkCheck(url=u43, verdict=Verdict.UNREACHABLE, reason="DNS: name not known (archive.defensenews.com)",
                       error="NameResolutionError", elapsed=0.05, attempts=3, checked_at="2026-11-28T10:00:10Z"),
        archive=ArchiveResult(url=u43, status=ArchiveStatus.NEVER_ARCHIVED, reason="no capture at all",
                              window=_window("2013-05-25")),
    ))

    # note 62: a short form back-reference, then an ok source
    u62 = "http://thediplomat.com/2015/10/japan-to-offer-australia-its-top-secret-submarine-technology/"
    c62a = Citation(index=0, raw="Rozman, “Japan’s Approach to Southeast Asia in the Context of Sino-Japanese "
                    "Relations;”", short_form=True, refers_to=56, authors=("Rozman",),
                    title="Japan’s Approach to Southeast Asia in the Context of Sino-Japanese Relations")
    c62b = _news(1, "Franz-Stefan Gady, “Japan to Offer Australia Its Top-Secret Submarine Technology,” The "
                 f"Diplomat, October 7, 2015, {u62}.", ("Franz-Stefan Gady",),
                 "Japan to Offer Australia Its Top-Secret Submarine Technology", "The Diplomat", "October 7, 2015",
                 "2015-10-07", u62)
    n62 = _note(62, f"{c62a.raw} {c62b.raw}", None, c62a, c62b)
    res.append(CitationResult(note=n62, citation=c62a))
    res.append(CitationResult(
        note=n62, citation=c62b,
        link=LinkCheck(url=u62, verdict=Verdict.OK, reason="200 OK", status=200, final_url=u62, hops=(Hop(u62, 200),),
                       elapsed=0.2, attempts=1, checked_at="2026-11-28T10:00:11Z"),
        archive=_found(u62, "20151008000000", "2015-10-07"),
        comparison=Comparison(drift=Drift.INTACT, reason="main text unchanged (similarity 0.99)", score=0.99),
    ))

    # note 63 (synthetic): hostile citation text and an invalid, script-scheme URL
    c63 = Citation(index=0, raw=HOSTILE_RAW, kind=CitationKind.WEB, title=HOSTILE_TITLE,
                   container="Evil Site ``` `code`", date="January 1, 2015", date_iso="2015-01-01",
                   url="javascript:alert(document.cookie)")
    n63 = _note(63, HOSTILE_RAW, f"A claim with {HOSTILE_TITLE} and a | pipe", c63)
    res.append(CitationResult(
        note=n63, citation=c63,
        link=LinkCheck(url=c63.url or "", verdict=Verdict.INVALID, reason="unsupported URL scheme 'javascript'"),
        findings=(Finding(code="unparsed_field", severity=Severity.INFO, message=f"odd text: {HOSTILE_RAW}"),),
    ))

    notices: tuple[str, ...] = ("2 URLs were rate-limited by the archive; re-run later to complete them",)
    results = tuple(res)
    if network_down:
        notices = ("Network unavailable: no URL was declared dead",)
        results = tuple(
            replace(r, link=replace(r.link, verdict=Verdict.NOT_CHECKED, reason="network unavailable"))
            if r.link is not None else r
            for r in results
        )
    return Run(
        article=ARTICLE,
        results=results,
        started_at="2026-11-28T10:00:00Z",
        finished_at="2026-11-28T10:02:13Z",
        tool_version="0.1.0",
        settings=(("date window", "-7/+30 days"), ("replaced below similarity", "0.12"),
                  ("edited below similarity", "0.95"), ("concurrency", "32"), ("fail on", "dead")),
        network_down=network_down,
        notices=notices,
    )


def clean_run() -> Run:
    """A run with nothing to act on: only the ok, intact results of the sample."""
    run = sample_run()
    keep = tuple(r for r in run.results
                 if r.link is not None and r.link.verdict is Verdict.OK and not r.findings
                 and (r.comparison is None or r.comparison.drift is Drift.INTACT))
    return replace(run, results=keep, notices=())
