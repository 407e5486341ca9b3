"""The citation against its source: title, date, author and publication checks -> Findings.

Policy (README "Citation checks"):
- A finding needs evidence on both sides. A page without a usable title gives
  an INFO `title_unverified`, never `title_mismatch`; a byline naming only a wire
  service or "Staff" is not compared with a person's name.
- Severities: WARNING for a probable citation error a person should look at;
  INFO for "could not verify". Nothing here is an ERROR: a citation can be
  right while the page changed its headline.
- Tracking fragments (AddThis `#.Vnczn_krKM8`) are never checked.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from rapidfuzz import fuzz

from checker.compare.dates import agree, precision, to_iso, url_date
from checker.compare.publications import (
    KNOWN_PUBLICATIONS,
    PLATFORMS,
    is_wire_service,
    name_matches_host,
    names_match,
    normalize_name,
    registrable_domain,
    typo_of,
)
from checker.compare.text import content_words, same_stem, words
from checker.models import Citation, CitationKind, Finding, PageMetadata, Severity
from checker.parse.urls import original_url

TITLE_MATCH = 80.0  # best fuzzy score (0..100) at or above which titles agree
TITLE_MISMATCH = 60.0  # below this, titles disagree; between the two, say nothing (thin evidence)
SLUG_MIN_WORDS = 3  # a slug with fewer content words is an id, not a headline
SLUG_MAX_OVERLAP = 0.20  # flag when fewer than this share of slug words appear in the title
NAME_TOKEN_MATCH = 85.0  # rapidfuzz ratio for two surname spellings (Radyuhin ~ Radyukhin)
DATE_TOLERANCE_DAYS = 1  # htmldate is right on the day 86.5% of the time; time zones shift a day

_GENERIC_TITLES = re.compile(
    r"^(home|homepage|index|untitled|page not found|not found|404|error|access denied|forbidden|"
    r"just a moment|attention required|subscribe to read|sign in|log in|login|redirecting|"
    r"site maintenance|service unavailable|loading)\b",
    re.IGNORECASE,
)
_SUBTITLE = re.compile(r"[:?!]\s+|\s+[-–—|]\s+")
_SLUG_NOISE = re.compile(r"\.(s?html?|ece|php|aspx?|jsp|cms)$|(^|[-_])(article)?\d{3,}($|[-_])", re.IGNORECASE)
_ORG_BYLINE = re.compile(
    r"\b(staff|editorial|editors|news|agency|press|wire|service|desk|bureau|correspondents?|reuters|"
    r"kyodo|associated|afp|xinhua|tass|interfax|bloomberg|team)\b",
    re.IGNORECASE,
)


_PAGE_EVIDENCE = frozenset({"page title", "page published", "page updated", "byline", "site name"})
def check_citation(
    citation: Citation,
    source: PageMetadata | None,
    *,
    url: str | None,
    final_url: str | None = None,
    source_label: str | None = None,
) -> tuple[Finding, ...]:
    """All citation findings for one citation against its source page (None when no page was read).

    `url` is the URL as cited (defaults to citation.url; a Wayback URL is read as
    the page it archives), `final_url` where it ended after redirects.
    `source_label` says which version `source` is: "live" (today's page, which
    may have changed since it was cited: messages say so) or a capture timestamp.
    With no page, the title is checked against the URL slug and the date
    against the URL path only.
    """
    if citation.ignore:
        return ()  # an editor said: do not check this one
    url = original_url(url or citation.url)
    final_url = original_url(final_url)
    out: list[Finding] = []
    out.extend(_title(citation, source, url))
    out.extend(_date(citation, source, url))
    out.extend(_authors(citation, source))
    out.extend(_publication(citation, source, url, final_url))
    if source is not None and source_label:
        out = [_with_version(f, source_label) for f in out]
    return tuple(out)


def from_late_capture(findings: tuple[Finding, ...], days: int) -> tuple[Finding, ...]:
    """Findings checked against a capture made `days` after the source's date are information:
    the page may have changed before the archive saw it, so they accuse the citation of nothing."""
    note = f" (the only copy is a capture {days} days after the source's date: the page may have changed)"
    return tuple(
        f if f.severity is Severity.INFO else
        Finding(f.code, Severity.INFO, f.message + note, (*f.evidence, ("capture delay", f"{days} days")))
        for f in findings
    )


def _with_version(finding: Finding, label: str) -> Finding:
    """Say which version of the page a finding was checked against."""
    if finding.severity is Severity.INFO or not any(k in _PAGE_EVIDENCE for k, _ in finding.evidence):
        return finding
    if label == "live":
        version, note = "today's page", " (checked against today's page, which may have changed since it was cited)"
    else:
        ts = label if not re.fullmatch(r"\d{8,14}", label) else f"{label[0:4]}-{label[4:6]}-{label[6:8]}"
        version, note = f"capture of {ts}", f" (checked against the capture of {ts})"
    return Finding(finding.code, finding.severity, finding.message + note,
                   (*finding.evidence, ("page version", version)))


# --------------------------------------------------------------------------- title


def usable_title(title: str | None, site_name: str | None = None) -> bool:
    if not title or len(words(title)) == 0:
        return False
    if _GENERIC_TITLES.match(title.strip()):
        return False
    return not (site_name and normalize_name(title) == normalize_name(site_name))


def title_score(cited: str, page: str) -> float:
    """0..100: how well a cited title matches a page title, tolerant of subtitles, case, quotes, punctuation."""
    a, b = " ".join(words(cited)), " ".join(words(page))
    if not a or not b:
        return 0.0
    if a == b:
        return 100.0
    scores = [fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b)]
    main_a = " ".join(words(_SUBTITLE.split(cited, maxsplit=1)[0]))
    main_b = " ".join(words(_SUBTITLE.split(page, maxsplit=1)[0]))
    for x, y in ((main_a, b), (a, main_b), (main_a, main_b)):
        if len(x.split()) >= 3 and len(y.split()) >= 3:
            scores.append(fuzz.ratio(x, y))
    # One title contains the other whole (a subtitle added or dropped): needs 3+ words.
    shorter, longer = sorted((a, b), key=len)
    if len(shorter.split()) >= 3 and f" {shorter} " in f" {longer} ":
        scores.append(100.0)
    # Share of the cited title's content words found in the page title (stemmed).
    ca, cb = content_words(cited), content_words(page)
    if len(ca) >= 3:
        hit = sum(1 for w in ca if any(same_stem(w, v) for v in cb))
        scores.append(100.0 * hit / len(ca) * 0.95)  # never quite a perfect match on words alone
    return max(scores)


def slug_words(url: str | None) -> list[str]:
    """Content words of the URL's headline slug (the path segment with the most words), else []."""
    if not url:
        return []
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        return []
    best: list[str] = []
    for segment in path.split("/")[-4:]:
        segment = _SLUG_NOISE.sub(" ", segment)
        if "-" not in segment and "_" not in segment:
            continue
        tokens = content_words(re.sub(r"[-_+]", " ", segment))
        tokens = [t for t in tokens if not t.isdigit()]
        if len(tokens) > len(best):
            best = tokens
    return best if len(best) >= SLUG_MIN_WORDS else []


def _title(c: Citation, source: PageMetadata | None, url: str | None) -> list[Finding]:
    if not c.title:
        return []
    if source is not None and usable_title(source.title, source.site_name):
        assert source.title is not None
        score = title_score(c.title, source.title)
        if score < TITLE_MISMATCH:
            return [Finding(
                "title_mismatch", Severity.WARNING,
                f"cited title “{c.title}” does not match the page title “{source.title}”",
                (("cited title", c.title), ("page title", source.title), ("similarity", f"{score:.0f}/100")),
            )]
        return []
    found: list[Finding] = []
    if source is not None:
        found.append(Finding(
            "title_unverified", Severity.INFO, "could not verify the title: the page has no usable title",
            (("cited title", c.title), ("page title", source.title or "(none)")),
        ))
    slug = slug_words(url)
    if slug:
        title_words = content_words(c.title)
        hits = sum(1 for s in slug if any(same_stem(s, t) for t in title_words))
        if hits / len(slug) < SLUG_MAX_OVERLAP:
            found.append(Finding(
                "title_mismatch", Severity.WARNING,
                f"cited title “{c.title}” shares almost no words with the URL's slug "
                f"“{' '.join(slug)}”: the URL may point to a different story",
                (("cited title", c.title), ("url slug", " ".join(slug)), ("words shared", f"{hits}/{len(slug)}")),
            ))
    return found


# --------------------------------------------------------------------------- date


def _date(c: Citation, source: PageMetadata | None, url: str | None) -> list[Finding]:
    cited = to_iso(c.date_iso) or to_iso(c.date)
    if not cited:
        return []
    evidence: list[tuple[str, str]] = [("cited date", cited)]
    disagreements: list[str] = []
    if source is not None and source.date:
        page_dates = [d for d in (source.date, source.updated) if d]
        if not any(agree(cited, d, tolerance_days=DATE_TOLERANCE_DAYS) for d in page_dates):
            disagreements.append(f"the page's publication date {source.date}")
            evidence.append(("page published", source.date))
            if source.updated:
                evidence.append(("page updated", source.updated))
    in_url = url_date(url)
    if in_url and not agree(cited, in_url, tolerance_days=DATE_TOLERANCE_DAYS):
        disagreements.append(f"the date in the URL {in_url} ({precision(in_url)} precision)")
        evidence.append(("url date", in_url))
    if not disagreements:
        return []
    return [Finding(
        "date_mismatch", Severity.WARNING,
        f"cited date {cited} differs from " + " and ".join(disagreements), tuple(evidence),
    )]


# --------------------------------------------------------------------------- authors


def _name_tokens(name: str) -> list[str]:
    return [t for t in words(name) if len(t) > 1 and t not in {"jr", "sr", "ii", "iii", "dr", "prof"}]


def _same_token(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= NAME_TOKEN_MATCH)


def same_person(cited: str, byline: str) -> bool:
    """Surname match, tolerant of initials, diacritics, transliteration and name order."""
    a, b = _name_tokens(cited), _name_tokens(byline)
    if not a or not b:
        return False
    if _same_token(a[-1], b[-1]):
        return True
    # Family name first (Hyodo Shinji / Shinji Hyodo): both ends must cross-match.
    return len(a) >= 2 and len(b) >= 2 and _same_token(a[-1], b[0]) and _same_token(a[0], b[-1])


def _authors(c: Citation, source: PageMetadata | None) -> list[Finding]:
    if not c.authors or source is None or not source.authors:
        return []
    people = [b for b in source.authors if not _ORG_BYLINE.search(b) and not is_wire_service(b)]
    if not people:
        return []
    if any(same_person(a, b) for a in c.authors for b in people):
        return []
    return [Finding(
        "author_mismatch", Severity.WARNING,
        f"cited author(s) {', '.join(c.authors)} not in the page's byline ({', '.join(people)})",
        (("cited authors", "; ".join(c.authors)), ("byline", "; ".join(people))),
    )]


# --------------------------------------------------------------------------- publication


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def _publication(c: Citation, source: PageMetadata | None, url: str | None, final_url: str | None) -> list[Finding]:
    container = c.container
    if not container or c.kind in (CitationKind.BOOK, CitationKind.PERSONAL):
        return []
    hosts = [h for h in dict.fromkeys((_host(url), _host(final_url))) if h]
    site = source.site_name if source is not None else None
    if not hosts and not site:
        return []
    if any(registrable_domain(h) in PLATFORMS for h in hosts):
        return []  # a journal on JSTOR, a paper on a news aggregator: the platform is not the publisher
    if is_wire_service(container):
        return []  # syndication: a wire story runs on any paper's site
    if any(name_matches_host(container, h) for h in hosts) or (site and names_match(container, site)):
        return []
    expected = [n for n in (site, *(KNOWN_PUBLICATIONS.get(registrable_domain(h)) for h in hosts)) if n]
    where = ", ".join(hosts) or "the page"
    evidence: list[tuple[str, str]] = [("cited publication", container), ("host", where)]
    if site:
        evidence.append(("site name", site))
    typo = typo_of(container, expected)
    if typo:
        return [Finding(
            "publication_mismatch", Severity.WARNING,
            f"cited publication “{container}” is probably a typo of “{typo}” ({where})",
            (*evidence, ("probable intended", typo)),
        )]
    if expected:
        return [Finding(
            "publication_mismatch", Severity.WARNING,
            f"cited publication “{container}” but the page is published by “{expected[0]}” ({where})",
            tuple(evidence),
        )]
    return [Finding(
        "publication_unverified", Severity.INFO,
        f"could not confirm that “{container}” publishes on {where}", tuple(evidence),
    )]
