"""The simulated web's truth table: what each URL cited by the seed article does today.

One table, read by two sides: the mitmproxy addon (tests/e2e/simweb_addon.py) plays it,
and the end-to-end tests assert the checker's verdicts against it. It must stay pure
standard library: the addon imports it inside mitmproxy's own virtualenv (.venv-mitm).

Every source keeps its real host name and path as cited, so the checker meets the same
names it meets on the real web; only the behaviour is simulated. Scenarios:

- ``ok``: 200 over plain http with realistic article HTML (metadata matching the citation);
- ``https``: http -> 301 -> the same path over https (through the proxy's TLS interception);
- ``moved``: 301 to a new path on the same host that serves the same article;
- ``homepage``: 301 to the site root (a soft 404 by redirect);
- ``not_found`` / ``gone_410``: 404 / 410;
- ``challenge``: 403 with ``cf-mitigated: challenge`` and a "Just a moment..." page;
- ``retry_after``: 429 with ``Retry-After: 1`` on the first request, then 200;
- ``server_error``: 503 on every request;
- ``soft404_site``: the host answers 200 "Page not found" for every unknown path,
  the checker's random sibling probe included;
- ``dead_host``: the host does not exist: the proxy fails to reach it and answers 502,
  as a real proxy does (DOMAIN.md: behind a proxy a dead host is a 502, not a DNS error);
- ``replaced``: 200, but the text is a different article today;
- ``edited``: 200, the article as cited with one sentence added after citation (a correction);
- ``tunnel_refused`` (override only): http -> https, and the proxy answers the CONNECT with 502.

Captures are what the simulated Wayback Machine holds (table mode of the addon). Every site
was redesigned after 2015: today's pages and the captures made after 2016 (``LATER``: 2017
and 2023, as the real archive holds for most pages) show the same article in a rebuilt page
whose byline, dates, rights line, share bar, "Related" link, newsletter prompt and photo
credit sit inside the article block as plain lines (``redesigned_html``). A checker that
takes one of those captures as the cited version, or counts that furniture as text, is wrong.
"""

from __future__ import annotations

import dataclasses
import hashlib
import html
import json
from dataclasses import dataclass, field
from urllib.parse import urlsplit

# references.yaml dates the seed article "2015-12" (late December 2015): a citation's window
# runs from the source's cited date to the end of that month.
WINDOW_END = "20151231"

SCENARIO_VERDICTS: dict[str, frozenset[str]] = {
    "ok": frozenset({"ok"}),
    "https": frozenset({"redirected"}),
    "moved": frozenset({"redirected"}),
    "homepage": frozenset({"moved_to_homepage"}),
    "not_found": frozenset({"gone"}),
    "gone_410": frozenset({"gone"}),
    "challenge": frozenset({"blocked"}),
    "retry_after": frozenset({"ok"}),
    "server_error": frozenset({"server_error"}),
    "soft404_site": frozenset({"soft_404"}),
    # A proxy's 502 for a host it cannot reach cannot be told apart from an origin's
    # persistent 502 by status alone; both verdicts say "dead", which is what matters.
    "dead_host": frozenset({"unreachable", "server_error"}),
    "replaced": frozenset({"ok"}),
    "edited": frozenset({"ok"}),
    # Only used as an override: http -> https, and the proxy refuses the CONNECT to that host
    # (502), as a real proxy does when it cannot reach the host on port 443.
    "tunnel_refused": frozenset({"unreachable"}),
}

DEAD_VERDICTS = frozenset({"moved_to_homepage", "soft_404", "gone", "server_error", "unreachable"})


@dataclass(frozen=True)
class Capture:
    timestamp: str  # 14 digits
    status: int = 200
    scheme: str = "http"  # the archive's `original` keeps the scheme it was captured with

    @property
    def redesigned(self) -> bool:
        """Captured after the site's redesign (2016 on): the page looks as it does today."""
        return self.timestamp[:4] >= "2016"


@dataclass(frozen=True)
class Source:
    note: int
    url: str  # exactly as cited (fragment included)
    scenario: str
    title: str
    site: str
    date_iso: str
    authors: tuple[str, ...] = ()
    captures: tuple[Capture, ...] = ()
    moved_to: str | None = None  # the new path for scenario "moved"
    cited_date: str | None = None  # the date as the citation gives it, when it differs from the page's

    @property
    def expected(self) -> frozenset[str]:
        return SCENARIO_VERDICTS[self.scenario]

    @property
    def is_dead(self) -> bool:
        return bool(self.expected & DEAD_VERDICTS)

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""

    @property
    def path(self) -> str:
        parts = urlsplit(self.url)
        return parts.path + (f"?{parts.query}" if parts.query else "")

    @property
    def window(self) -> tuple[str, str]:
        """From the date the citation gives to the citing article's date, as 8-digit days."""
        return ((self.cited_date or self.date_iso).replace("-", ""), WINDOW_END)

    @property
    def cited_capture(self) -> Capture | None:
        """The 2xx capture a correct archive lookup picks: in the window, the latest before the article."""
        lo, hi = self.window
        ok = [c for c in self.captures if 200 <= c.status < 300 and lo <= c.timestamp[:8] <= hi]
        return max(ok, key=lambda c: c.timestamp) if ok else None

    @property
    def archive_status(self) -> str:
        """The ArchiveStatus a correct lookup reports for this source."""
        if self.cited_capture is not None:
            return "found"
        if any(200 <= c.status < 300 for c in self.captures):
            return "no_capture_in_window"
        return "archived_only_after_death" if self.captures else "never_archived"


# Captures made long after the article, which the archive holds for live pages.
LATER = (Capture("20170611093000"), Capture("20230105120000"))
LATER_SCENARIOS = frozenset({"ok", "https", "retry_after", "replaced", "edited", "challenge"})


def _cap(ts: str, status: int = 200) -> tuple[Capture, ...]:
    return (Capture(ts, status),)


SOURCES: tuple[Source, ...] = (
    Source(1, "http://www.theguardian.com/world/2015/oct/15/vladimir-putins-visit-to-japan-postponed-indefinitely",
           "https", "Vladimir Putin's Visit to Japan Postponed Indefinitely", "The Guardian", "2015-10-15",
           ("Justin McCurry",), _cap("20151015120304")),
    Source(3, "http://www.voanews.com/content/russias-asian-pivot-seen-in-kuril-military-expansion/3022965.html",
           "ok", "Russia's 'Asian Pivot' Seen in Kuril Military Expansion", "Voice of America", "2015-10-26",
           ("Brian Padden",), _cap("20151027081500")),
    # Dead today and only ever captured after its death: no archived copy to offer.
    Source(5, "http://ajw.asahi.com/article/behind_news/politics/AJ201203020054",
           "not_found", "Putin Proposes Starting Over in Negotiations Over Northern Territories",
           "The Asahi Shimbun", "2012-03-02", ("Hideki Soejima", "Akiyoshi Komaki"), _cap("20160412101010", 404)),
    Source(7, "http://www.wsj.com/articles/putin-pitches-for-foreign-investment-in-russias-far-east-1441354851",
           "challenge", "Putin Pitches Foreign Investments in Russia's Far East", "The Wall Street Journal",
           "2015-09-04", ("Nathan Hodge",), _cap("20150905020202")),
    Source(9, "http://valdaiclub.com/news/russia-japan-peace-treaty-and-territorial-dispute/",
           "replaced", "Russia-Japan Peace Treaty and Territorial Dispute: Two Sides of the Same Coin?",
           "Valdai Club", "2015-10-08", ("Valery Kistanov",), _cap("20151009143000")),
    Source(10, "http://sputniknews.com/world/20150904/1026582575/russia-japan-protest-kuril-islands.html",
           "gone_410", "No Problem! Moscow Says Kuril Islands Not an Issue, Tokyo Furious", "Sputnik",
           "2015-09-04", (), _cap("20150905061500")),
    Source(11, "http://www.japantimes.co.jp/news/2015/08/25/national/politics-diplomacy/"
               "japan-says-russian-officials-suicide-remark-unproductive/#.Vnczn_krKM8",
           "https", "Japan Says Russian Official's Suicide Remark 'Unproductive'", "The Japan Times", "2015-08-25",
           (), _cap("20150826044000")),
    Source(13, "http://thediplomat.com/2015/09/japan-wary-of-rising-russia-threat-ex-defense-minister/",
           "ok", "Japan Wary of Rising Russian Threat: Ex-Defense Minister", "The Diplomat", "2015-09-10",
           ("Prashanth Parameswaran",), _cap("20150911093000")),
    Source(13, "http://www.japantimes.co.jp/news/2015/06/09/national/politics-diplomacy/"
               "abe-quandary-ensure-putin-visits-russia-sanctions-doesnt-get-close-assertive-china/#.Vnc1XPkrKM8",
           "https", "Abe Quandary: How to Court Putin and Still Maintain Sanctions Over Crimea", "The Japan Times",
           "2015-06-09", ("Ko Hirano",), _cap("20150610071000"),
           # The note dates it September 11, 2015; the page (and its URL) say June 9. The only
           # capture is from June, outside the window the citation implies.
           cited_date="2015-09-11"),
    Source(18, "http://asia.nikkei.com/Politics-Economy/International-Relations/Russia-playing-to-win-with-Japan-diplomacy",
           "moved", "Russia Playing to Win with Japan Diplomacy", "Nikkei Asian Review", "2015-09-15",
           ("Hiroyuki Akita",), _cap("20150916010101"),
           moved_to="/Politics/International-relations/Russia-playing-to-win-with-Japan-diplomacy"),
    Source(19, "http://ajw.asahi.com/article/behind_news/politics/AJ201509290068",
           "homepage", "Abe, Putin Agree to Coordinate Visit by Russian President to Japan", "The Asahi Shimbun",
           "2015-09-29", ("Takuya Suzuki",), _cap("20150930020000")),
    # Edited after citation: today's text has a correction the cited version lacks.
    Source(20, "http://tass.ru/en/opinions/823188",
           "edited", "Analysts: Russian-Japanese Relations Show Signs of Thawing", "TASS", "2015-09-23",
           ("Lyudmila Aleksandrova",), _cap("20150924110000")),
    Source(25, "http://thediplomat.com/2015/10/china-tests-japans-resolve-over-east-china-sea/",
           "ok", "China Tests Japan's Resolve Over East China Sea", "The Diplomat", "2015-10-21",
           ("Shannon Tiezzi",), _cap("20151022081000")),
    Source(27, "http://carnegie.ru/eurasiaoutlook/?fa=61433",
           "server_error", "A Reality Check for Russia's China Pivot", "Carnegie Moscow Center", "2015-09-29",
           ("Alexander Gabuev",), _cap("20151001120000")),
    Source(42, "http://thediplomat.com/2015/11/china-to-receive-russias-s-400-missile-defense-systems-in-12-18-months/",
           "ok", "China to Receive Russia's S-400 Missile Defense Systems in 12-18 Months", "The Diplomat",
           "2015-11-17", ("Franz-Stefan Gady",), _cap("20151118093000")),
    Source(43, "http://archive.defensenews.com/article/20130525/DEFREG/305270012/"
               "Time-Running-Out-Taiwan-Russia-Releases-S-400-SAM",
           "dead_host", "Time Running Out for Taiwan If Russia Releases S-400M", "Defense News", "2013-05-25",
           ("Wendell Minnick",), _cap("20130526150000")),
    Source(45, "http://www.thehindu.com/opinion/op-ed/the-dragon-gets-a-bear-hug/article4485335.ece",
           "not_found", "The Dragon Gets a Bear Hug", "The Hindu", "2013-03-08", ("Vladimir Radyuhin",),
           _cap("20130309050000")),
    Source(46, "http://www.forbes.com/sites/kenrapoza/2013/03/25/"
               "after-a-decade-long-wait-china-and-russia-ink-super-jet-military-deal/",
           "https", "After a Decade Long Wait, China and Russia Ink 'Super Jet' Military Deal", "Forbes",
           "2013-03-25", ("Kenneth Rapoza",), _cap("20130326101500")),
    Source(47, "http://www.scmp.com/news/china/article/1199448/china-buy-russian-fighters-submarines",
           "ok", "China to Buy Lada-class Subs, Su-35 Fighters from Russia", "South China Morning Post",
           "2013-03-27", ("Choi Chi-yuk",), _cap("20130328070000")),
    Source(48, "http://www.atimes.com/atimes/World/WOR-01-030613.html",
           "homepage", "The Cold War Redux?", "Asia Times Online", "2013-06-03", ("Michael Klare",),
           _cap("20130604120000")),
    Source(49, "http://thediplomat.com/2015/04/alarm-over-chinas-s-400-acquisition-is-premature/",
           "ok", "Alarm over China's S-400 Acquisition is Premature", "The Diplomat", "2015-04-22",
           ("J. Michael Cole",), _cap("20150423090000")),
    Source(53, "http://thediplomat.com/2015/09/the-emerging-china-russia-maritime-nexus-in-the-eurasian-commons/",
           "ok", "The Emerging China-Russia Maritime Nexus in the Eurasian Commons", "The Diplomat", "2015-09-17",
           ("Abhijit Singh",), _cap("20150918090000")),
    Source(54, "http://blogs.wsj.com/japanrealtime/2015/10/06/japan-ready-to-lead-in-asia-pacific-abe-says/",
           "retry_after", "Japan Ready to Lead in Asia Pacific, Abe Says", "The Wall Street Journal", "2015-10-06",
           ("Mitsuru Obe",), _cap("20151007030000")),
    Source(58, "http://in.rbth.com/world/2015/09/04/troika-report-negotiations-on-ukraine-are-a-marriage-of-convenience_394561",
           "soft404_site", "Troika Report: Negotiations on Ukraine Are a Marriage of Convenience",
           "Russia Beyond the Headlines", "2015-09-04", ("Sergei Strokan", "Vladimir Mikheev"),
           _cap("20150905101010")),
    Source(59, "http://www.themoscowtimes.com/business/article/"
               "russian-law-allowing-seizure-of-foreign-owned-assets-passed-by-federation-council/540597.html",
           "ok", "Russian Law Allowing Seizure of Foreign-Owned Assets Passed by Federation Council",
           "The Moscow Times", "2015-10-28", (), _cap("20151029090000")),
    # Dead and never archived: the fix list must say so.
    Source(62, "http://thediplomat.com/2015/10/japan-to-offer-australia-its-top-secret-submarine-technology/",
           "not_found", "Japan to Offer Australia Its Top-Secret Submarine Technology", "The Diplomat", "2015-10-07",
           ("Franz-Stefan Gady",), ()),
)

SOURCES = tuple(
    dataclasses.replace(s, captures=(*s.captures, *LATER)) if s.scenario in LATER_SCENARIOS and s.captures else s
    for s in SOURCES
)

SOFT404_HOSTS = frozenset(s.host for s in SOURCES if s.scenario == "soft404_site")
DEAD_HOSTS = frozenset(s.host for s in SOURCES if s.scenario == "dead_host")
WAYBACK_HOST = "web.archive.org"

# In the history case (a second run against the same state), these live sources die:
# one answers 404, the other's https host can no longer be reached through the proxy.
NEWLY_DEAD = {
    "http://thediplomat.com/2015/10/china-tests-japans-resolve-over-east-china-sea/": "not_found",
    "http://www.forbes.com/sites/kenrapoza/2013/03/25/"
    "after-a-decade-long-wait-china-and-russia-ink-super-jet-military-deal/": "tunnel_refused",
}


def strip_fragment(url: str) -> str:
    return url.split("#", 1)[0]


def by_url() -> dict[str, Source]:
    return {s.url: s for s in SOURCES}


def find(host: str, path: str) -> Source | None:
    """The source whose cited URL has this host and path (scheme ignored)."""
    for s in SOURCES:
        if s.host == host and (s.path == path or (s.moved_to and s.moved_to == path)):
            return s
    return None


# --------------------------------------------------------------------------- HTML

_SENTENCES = (
    "Officials in Tokyo said the talks had produced no agreement on the timing of the visit.",
    "Moscow has stepped up construction of military facilities on the disputed islands this year.",
    "Analysts note that sanctions over Ukraine have limited the room for economic cooperation.",
    "The foreign ministry summoned the ambassador to lodge a formal protest on Friday.",
    "Energy projects in the Russian Far East remain the centrepiece of the economic agenda.",
    "China's growing role in the region shapes how both capitals weigh their options.",
    "Diplomats from both sides insisted that dialogue would continue despite the setback.",
    "The prime minister told parliament that a peace treaty remains a long-term goal.",
    "Trade between the two countries fell sharply in the first half of the year.",
    "Military exercises near the Kuril chain drew criticism from the Japanese defence ministry.",
    "A senior official described the relationship as stable but stuck in place.",
    "Observers in Beijing followed the negotiations closely for signs of a shift.",
    "The agreement covers arms deliveries scheduled to begin within eighteen months.",
    "Experts doubt that the new systems will change the regional balance overnight.",
    "Investors remain cautious about long-term commitments in the Far East.",
    "The statement stressed that the islands were part of the country's territory.",
)

_REPLACED_TEXT = (
    "The Eurasian Economic Union is preparing a common market for digital services by the end of the decade.",
    "Member states disagree about data localisation, payment systems and the role of national regulators.",
    "Kazakhstan and Belarus have proposed a phased approach that starts with electronic signatures.",
    "Armenia wants customs procedures simplified before any wider digital agenda is adopted.",
    "Business associations ask for predictable rules on cross-border e-commerce and logistics platforms.",
    "The commission will publish a roadmap with concrete deadlines after consultations this spring.",
)


def _digest(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:4], "big")


def article_paragraphs(source: Source) -> list[str]:
    """Five deterministic paragraphs of plausible news text, distinct per source."""
    seed = _digest(source.url)
    paragraphs = [f"{source.title}. {source.site} reports on developments in relations between Russia, "
                  f"Japan and China as of {source.date_iso}."]
    for i in range(4):
        picks = [_SENTENCES[(seed + i * 5 + k * 3) % len(_SENTENCES)] for k in range(4)]
        paragraphs.append(" ".join(picks))
    return paragraphs


CORRECTION = ("Correction: an earlier version of this article misstated the date of the foreign "
              "ministers' meeting, which took place on Monday.")


def _content(source: Source, version: str) -> tuple[str, tuple[str, ...], str, list[str]]:
    """(title, authors, date, paragraphs) of a page version: the cited article, the same with a
    correction appended (``edited``), or another article at the address (``replaced``)."""
    if version == "replaced":
        return ("Digital Trade Rules Divide the Eurasian Economic Union", ("Anna Petrova",), "2024-03-14",
                list(_REPLACED_TEXT))
    paragraphs = article_paragraphs(source)
    if version == "edited":
        paragraphs = [*paragraphs, CORRECTION]
    return source.title, source.authors, source.date_iso, paragraphs


def redesigned_html(source: Source, *, version: str = "today", url: str | None = None) -> str:
    """The same article in the site's post-2016 page: furniture as plain lines inside the article.

    ``version`` is ``today`` (the article as cited), ``edited`` (a correction added) or
    ``replaced`` (a different article at the same address, in the same new layout).
    """
    e = html.escape
    url = url or strip_fragment(source.url).replace("http://", "https://", 1)
    title, authors, date, paragraphs = _content(source, version)
    byline = " and ".join(authors)
    ld = json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": title},
        {"@type": "NewsArticle", "headline": title, "datePublished": f"{date}T09:00:00Z",
         "dateModified": "2023-01-05T12:00:00Z", "author": [{"@type": "Person", "name": a} for a in authors],
         "publisher": {"@type": "Organization", "name": source.site}},
    ]}).replace("</", "<\\/")  # JSON inside <script> is not HTML: no entities, and no "</"
    half = len(paragraphs) // 2
    body_top = "\n".join(f"<p>{e(p)}</p>" for p in paragraphs[:half])
    body_rest = "\n".join(f"<p>{e(p)}</p>" for p in paragraphs[half:])
    author_line = f"<p>{e(byline.upper())}, staff writer</p>" if authors else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>{e(title)} – {e(source.site)}</title>
<meta property="og:title" content="{e(title)}">
<meta property="og:site_name" content="{e(source.site)}">
<meta property="og:type" content="article">
<link rel="canonical" href="{e(url)}">
<script type="application/ld+json">{ld}</script>
</head><body>
<div id="app"><div class="top"><a href="/">{e(source.site)}</a> <a href="/subscribe">Subscribe</a></div>
<div class="content"><div class="post">
<p>{e(source.site)}</p>
<h1>{e(title)}</h1>
{author_line}
<p>{e(_long_date(date))}</p>
<p>Facebook Twitter LinkedIn Email Print</p>
<p>A file image from the region. Photo: Reuters</p>
{body_top}
<p>Related: Russia and Japan Agree to Keep Talking</p>
<p>Enjoying this article? Subscribe for full access to our analysis.</p>
{body_rest}
<p>Copyright {e(date[:4])}–2023 {e(source.site)}. All rights reserved.</p>
<p>Read more</p>
<p>Sign up for our newsletter: the week's stories, every Friday.</p>
</div></div>
<div class="bottom"><a href="/about">About</a> <a href="/privacy">Privacy</a></div></div>
</body></html>
"""


def _long_date(iso: str) -> str:
    months = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")
    year, month, day = iso.split("-")
    return f"{months[int(month) - 1]} {int(day)}, {year}"


def capture_html(copy: ArchivedCopy) -> str:
    """What the archive replays for one capture: the 2015 page, the redesigned one, or an error page."""
    source, capture = copy.source, copy.capture
    if not 200 <= capture.status < 300:
        return not_found_html(source.host)
    if not capture.redesigned:
        return article_html(source, version="cited", url=copy.original)
    version = "replaced" if source.scenario == "replaced" else "edited" if source.scenario == "edited" else "today"
    return redesigned_html(source, version=version, url=copy.original)


def article_html(source: Source, *, version: str = "today", url: str | None = None) -> str:
    """Realistic article HTML: nav, ads, metadata (Highwire, OpenGraph, JSON-LD), byline, text.

    ``version`` is ``today`` (live page), ``cited`` (the archived copy: same text, older
    page furniture) or ``replaced`` (a different article at the same address).
    """
    e = html.escape
    url = url or strip_fragment(source.url).replace("http://", "https://", 1)
    title, authors, date, paragraphs = _content(source, version)
    byline = " and ".join(authors)
    meta_authors = "".join(f'<meta name="citation_author" content="{e(a)}">\n' for a in authors)
    ld_authors = ", ".join(f'{{"@type": "Person", "name": "{e(a)}"}}' for a in authors)
    furniture = (
        '<div class="ad" id="ad-top">Advertisement: subscribe for 99 cents</div>'
        if version == "cited" else
        '<div class="ad" id="ad-top">Advertisement: new digital edition, 4 weeks free</div>'
        '<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>'
    )
    most_read = ("Markets close higher", "Typhoon season ends") if version == "cited" else (
        "Election results live", "Weather warning issued")
    body = "\n".join(f"<p>{e(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>{e(title)} | {e(source.site)}</title>
<meta name="citation_title" content="{e(title)}">
{meta_authors}<meta name="citation_date" content="{e(date)}">
<meta name="citation_publisher" content="{e(source.site)}">
<meta property="og:title" content="{e(title)}">
<meta property="og:site_name" content="{e(source.site)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{e(date)}T09:00:00Z">
<link rel="canonical" href="{e(url)}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "{e(title)}", "datePublished": "{e(date)}T09:00:00Z", "author": [{ld_authors}],
"publisher": {{"@type": "Organization", "name": "{e(source.site)}"}}}}</script>
</head><body>
<header><nav><a href="/">{e(source.site)}</a> <a href="/world/">World</a> <a href="/business/">Business</a>
<a href="/opinion/">Opinion</a> <a href="/login">Sign in</a></nav></header>
{furniture}
<main><article>
<h1>{e(title)}</h1>
<p class="byline">By <span class="author">{e(byline)}</span> &middot; <time datetime="{e(date)}">{e(date)}</time></p>
{body}
</article></main>
<aside><h2>Most read</h2><ul>{"".join(f"<li>{e(m)}</li>" for m in most_read)}</ul></aside>
<footer><p>&copy; {e(source.site)}. All rights reserved.
<a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>
</body></html>
"""


def homepage_html(host: str) -> str:
    site = next((s.site for s in SOURCES if s.host == host), host)
    e = html.escape
    items = "".join(f'<li><a href="/news/{i}">{e(_SENTENCES[i])}</a></li>' for i in range(8))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(site)} - News, analysis and opinion</title>
<meta property="og:site_name" content="{e(site)}"><meta property="og:type" content="website"></head>
<body><header><nav><a href="/">{e(site)}</a> <a href="/world/">World</a>
<a href="/business/">Business</a></nav></header>
<main><h1>{e(site)}</h1><h2>Top stories</h2><ul>{items}</ul></main>
<footer>&copy; {e(site)}</footer></body></html>
"""


def not_found_html(host: str) -> str:
    """The site's error page; the soft-404 site sends it with status 200."""
    site = next((s.site for s in SOURCES if s.host == host), host)
    e = html.escape
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Page not found | {e(site)}</title></head>
<body><header><nav><a href="/">{e(site)}</a> <a href="/world/">World</a></nav></header>
<main><h1>Page not found</h1><p>Sorry, the page you are looking for does not exist or has been moved.</p>
<p>Try the search box or go back to the <a href="/">home page</a>.</p></main>
<footer>&copy; {e(site)}</footer></body></html>
"""


CHALLENGE_HTML = """<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>
<meta http-equiv="refresh" content="390"></head><body><div class="main-wrapper" role="main">
<h1>Checking if the site connection is secure</h1><noscript>Enable JavaScript and cookies to continue</noscript>
</div></body></html>
"""


# --------------------------------------------------------------------------- archive

def urlkey(url: str) -> str:
    """A simplified SURT key, as the Wayback CDX canonicalises: no scheme, no www., no fragment,
    lower-case host, no trailing slash. Variants of one URL share a key."""
    parts = urlsplit(strip_fragment(url.strip()))
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    path = parts.path.rstrip("/") or ""
    query = f"?{parts.query}" if parts.query else ""
    return f"{','.join(reversed(host.split('.')))})"f"{path.lower()}{query}"


@dataclass(frozen=True)
class ArchivedCopy:
    source: Source
    capture: Capture
    original: str = field(default="")

    @property
    def mimetype(self) -> str:
        return "text/html"


def archived_copies() -> list[ArchivedCopy]:
    out = []
    for s in SOURCES:
        for c in s.captures:
            original = strip_fragment(s.url)
            if c.scheme != "http":
                original = original.replace("http://", f"{c.scheme}://", 1)
            out.append(ArchivedCopy(s, c, original))
    return out
