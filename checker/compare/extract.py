"""Page -> PageMetadata: main text and the metadata a citation is checked against.

Precedence for each field follows what the field has measured to be reliable
(DOMAIN.md, "Comparing the cited version"): Highwire `citation_*` meta, then
JSON-LD (NewsArticle and kin), then OpenGraph/Twitter, then Dublin Core, then
the `<title>` minus its site suffix; dates last from htmldate and the URL path.
Main text comes from trafilatura (F1 0.909 on its benchmark), with a plain
<article>/<main>/<p> text as a fallback when it finds nothing.

Every page is hostile: the HTML handed to parsers is capped, JSON-LD blocks and
meta tags are counted and size-limited, and any failure yields empty fields,
never an exception.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from checker.compare.charset import decode
from checker.compare.dates import to_iso, url_date
from checker.compare.publications import host_labels, names_match
from checker.models import Page, PageMetadata

log = logging.getLogger(__name__)

MAX_PARSE_BYTES = 2 * 1024 * 1024  # matches Config.max_bytes; the fetcher already stops there
_MAX_META = 600  # meta tags read
_MAX_JSONLD_BLOCKS = 20
_MAX_SCRIPTS = 3000  # typed <script> elements looked at while finding JSON-LD (ad-heavy pages have hundreds)
_MAX_JSONLD_CHARS = 200_000  # per block
_MAX_JSONLD_NODES = 500  # objects visited across all blocks
_MAX_FIELD = 500  # characters kept of a title or name
_MAX_AUTHORS = 10
_MAX_TEXT_CHARS = 500_000  # main text kept; the comparison needs no more
# Names this extraction code in the store's cited-version texts: change it whenever extract()
# would give a different result for the same bytes, so stored texts are re-extracted once.
EXTRACTOR_VERSION = "2026-12-04.trafilatura-2"  # -1 ran without trafilatura (broken import)

ARTICLE_TYPES = frozenset(
    {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
     "blogposting", "scholarlyarticle", "report", "backgroundnewsarticle", "liveblogposting", "techarticle"}
)
# Content types read as HTML; a missing type is sniffed as HTML too (old servers omit it).
_HTML_TYPES = re.compile(r"^(text/html|application/xhtml\+xml|text/xml|application/xml|text/x-server-parsed-html)$")
_TITLE_SEPARATORS = re.compile(r"\s+[|–—•·»]\s+|\s+-\s+|\s+::\s+")
_ROLE_WORDS = re.compile(
    r"\b(staff writer|staff reporter|correspondent|reporter|editor|contributor|columnist|special to|"
    r"for the|updated|published)\b.*$",
    re.IGNORECASE,
)
_BY_LINE = re.compile(r"^by\s+[A-Z\u00C0-\u024F]", re.IGNORECASE)
_MAX_BYLINE_SCAN = 400  # elements looked at for a bare "By Name" line
_NOT_A_NAME = re.compile(r"https?://|www\.|@|\d{3,}")


def extract(page: Page, *, max_bytes: int = MAX_PARSE_BYTES) -> PageMetadata:
    """Extract main text and metadata from a fetched page or raw capture. Never raises."""
    try:
        return _extract(page, max_bytes)
    except ImportError:  # a broken install, not hostile bytes: see `_main_text`
        raise
    except Exception:  # hostile bytes must not stop a run; an empty record says "nothing found"
        log.debug("extraction failed for %s", page.url, exc_info=True)
        return PageMetadata()


def extractor_id() -> str:
    """EXTRACTOR_VERSION plus the trafilatura release that read the main text."""
    try:
        from importlib.metadata import version

        return f"{EXTRACTOR_VERSION}+trafilatura-{version('trafilatura')}"
    except Exception:  # metadata missing in an odd install: the code version alone still keys
        return EXTRACTOR_VERSION


def metadata_to_dict(m: PageMetadata) -> dict[str, object]:
    return {"title": m.title, "authors": list(m.authors), "date": m.date, "updated": m.updated,
            "site_name": m.site_name, "canonical_url": m.canonical_url, "text": m.text}


def metadata_from_dict(d: dict[str, object]) -> PageMetadata | None:
    """The inverse of metadata_to_dict; None for anything else (a stored row is not trusted blindly)."""
    fields = ("title", "date", "updated", "site_name", "canonical_url")
    if not all(d.get(k) is None or isinstance(d.get(k), str) for k in fields):
        return None
    authors, text = d.get("authors", []), d.get("text", "")
    if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors) or not isinstance(text, str):
        return None
    values = {k: d.get(k) for k in fields}
    return PageMetadata(authors=tuple(authors), text=text, **values)  # type: ignore[arg-type]


def html_text(page: Page, max_bytes: int = MAX_PARSE_BYTES) -> str:
    """The decoded HTML of a page, capped at `max_bytes` of input."""
    body = page.body[:max_bytes]
    return decode(body, page.content_type, page.encoding, truncated=page.truncated or len(page.body) > max_bytes).text


def _extract(page: Page, max_bytes: int) -> PageMetadata:
    if not page.body:
        return PageMetadata()
    kind = (page.content_type or "").split(";")[0].strip().lower()
    if kind == "text/plain":
        return PageMetadata(text=html_text(page, max_bytes)[:_MAX_TEXT_CHARS])
    if kind and not _HTML_TYPES.match(kind):
        # PDF, images, JSON...: not HTML, so no main text and no metadata to read here.
        return PageMetadata()
    html = html_text(page, max_bytes)
    # lxml refuses str input that carries an XML encoding declaration.
    html = re.sub(r"^\s*<\?xml[^>]*>", "", html[:200]) + html[200:]
    if not html.strip():
        return PageMetadata()
    try:
        tree = lxml.html.document_fromstring(html, parser=lxml.html.HTMLParser(recover=True, no_network=True))
    except (etree.ParserError, ValueError, TypeError):
        return PageMetadata(text=fallback_text(html))
    meta, meta_authors = _meta(tree)
    ld = _jsonld_article(tree)
    host = _host(page.url)

    site_name = _first(
        meta.get("citation_journal_title"), meta.get("citation_conference_title"), _ld_name(ld.get("publisher")),
        meta.get("og:site_name"), meta.get("citation_publisher"), meta.get("application-name"),
        meta.get("dc.publisher"), meta.get("dcterms.publisher"), meta.get("twitter:site", "").lstrip("@") or None,
    )
    title = _first(
        meta.get("citation_title"), _ld_str(ld.get("headline")), _ld_str(ld.get("name")), meta.get("og:title"),
        meta.get("twitter:title"), meta.get("dc.title"), meta.get("dcterms.title"),
    )
    html_title = _text_of(tree.find(".//title"))
    if title is None and html_title:
        title = html_title
    if title:
        title = strip_site_suffix(title, site_name, host)

    authors = _authors(meta_authors, ld, tree)
    published = _first_date(
        meta.get("citation_publication_date"), meta.get("citation_date"), meta.get("citation_online_date"),
        _ld_str(ld.get("datePublished")), meta.get("article:published_time"), meta.get("og:published_time"),
        meta.get("datepublished"), meta.get("dc.date.issued"), meta.get("dcterms.issued"),
        meta.get("dc.date"), meta.get("dcterms.created"), meta.get("pubdate"), meta.get("publishdate"),
        meta.get("date"), meta.get("sailthru.date"), meta.get("parsely-pub-date"),
    )
    updated = _first_date(
        _ld_str(ld.get("dateModified")), meta.get("article:modified_time"), meta.get("og:updated_time"),
        meta.get("datemodified"), meta.get("dcterms.modified"), meta.get("last-modified"),
    )
    if published is None:
        published = _htmldate(tree, page.url) or url_date(page.url)
    if updated == published:
        updated = None

    canonical = None
    for link in tree.iterfind(".//link[@rel]"):
        if "canonical" in (link.get("rel") or "").lower().split():
            canonical = link.get("href")
            break
    canonical = _absolute(page.url, canonical or meta.get("og:url"))

    drop_furniture_elements(tree)  # after the metadata: bylines and dates were read from these
    text = _main_text(tree) or fallback_text(lxml.html.tostring(tree, encoding="unicode"))
    return PageMetadata(
        title=_clip(title), authors=authors, date=published, updated=updated, site_name=_clip(site_name),
        canonical_url=canonical, text=text[:_MAX_TEXT_CHARS],
    )


# --------------------------------------------------------------------------- meta and JSON-LD


_AUTHOR_META = frozenset({"citation_author", "dc.creator", "dcterms.creator", "author", "article:author",
                          "sailthru.author"})


def _meta(tree: Any) -> tuple[dict[str, str], dict[str, list[str]]]:
    """First content per lower-cased meta name/property/itemprop, and every value of the author-like keys."""
    first: dict[str, str] = {}
    authors: dict[str, list[str]] = {}
    for i, el in enumerate(tree.iter("meta")):
        if i >= _MAX_META:
            break
        key = (el.get("name") or el.get("property") or el.get("itemprop") or el.get("http-equiv") or "")
        key = key.strip().lower()
        content = (el.get("content") or "").strip()
        if not key or not content:
            continue
        if key in _AUTHOR_META and len(authors.get(key, ())) < _MAX_AUTHORS:
            authors.setdefault(key, []).append(content[:_MAX_FIELD])
        first.setdefault(key, content[: _MAX_FIELD * 4])
    return first, authors


def _jsonld_article(tree: Any) -> dict[str, Any]:
    """The first article-like JSON-LD object (NewsArticle, Article, BlogPosting...), else the first WebPage, else {}."""
    fallback: dict[str, Any] = {}
    visited = 0
    blocks = 0
    for i, script in enumerate(tree.iterfind(".//script[@type]")):
        if i >= _MAX_SCRIPTS or blocks >= _MAX_JSONLD_BLOCKS:
            break
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        blocks += 1
        raw = (script.text or "")[:_MAX_JSONLD_CHARS]
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        for node in _walk(data):
            visited += 1
            if visited > _MAX_JSONLD_NODES:
                return fallback
            types = node.get("@type")
            names = {str(t).lower() for t in (types if isinstance(types, list) else [types]) if t}
            if names & ARTICLE_TYPES:
                return node
            if not fallback and "webpage" in names:
                fallback = node
    return fallback


def _walk(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data[:100]:
            yield from _walk(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if key in data:
                yield from _walk(data[key], depth + 1)


def _ld_str(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _ld_name(value: Any) -> str | None:
    return _ld_str(value)


def _ld_authors(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items[:_MAX_AUTHORS]:
        name = _ld_str(item)
        if name:
            out.append(name)
    return out


# --------------------------------------------------------------------------- fields


def _first(*values: str | None) -> str | None:
    for v in values:
        if v and v.strip():
            return " ".join(v.split())
    return None


def _first_date(*values: str | None) -> str | None:
    for v in values:
        iso = to_iso(v)
        if iso:
            return iso
    return None


def _clip(value: str | None) -> str | None:
    return value[:_MAX_FIELD] if value else value


def _text_of(el: Any) -> str | None:
    if el is None:
        return None
    text = " ".join("".join(el.itertext()).split())
    return text or None


def _host(url: str) -> str:
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


def _absolute(base: str, href: str | None) -> str | None:
    if not href:
        return None
    try:
        url = urljoin(base, href.strip())
    except ValueError:
        return None
    return url if url.startswith(("http://", "https://")) else None


def strip_site_suffix(title: str, site_name: str | None, host: str) -> str:
    """ "Title | The Japan Times" -> "Title"; keeps titles whose parts are all content."""
    title = " ".join(title.split())
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) > 1:

        def is_site(part: str) -> bool:
            if site_name and names_match(part, site_name):
                return True
            squashed = re.sub(r"[^a-z0-9]", "", part.lower())
            return any(squashed == lab.replace("-", "") or squashed == f"the{lab}" for lab in host_labels(host))

        if is_site(parts[-1]):
            return " - ".join(parts[:-1]).strip() or title
        if is_site(parts[0]):
            return " - ".join(parts[1:]).strip() or title
        # No site name known: "Headline words here | Short Site" drops a short tail.
        if not site_name and len(parts[-1].split()) <= 3 and len(" ".join(parts[:-1]).split()) >= 3:
            return " - ".join(parts[:-1]).strip()
    if site_name and ":" in title:
        head, _, tail = title.rpartition(":")
        if head.strip() and names_match(tail, site_name):
            return head.strip()
    return title


def clean_author(raw: str, *, inverted: bool = False) -> list[str]:
    """One byline string -> names: "By TAKUYA SUZUKI/ Staff Writer" -> ["Takuya Suzuki"].

    `inverted`: the value is one "Surname, Given" name (Highwire citation_author,
    Dublin Core creator), turned into "Given Surname".
    """
    raw = " ".join(raw.split())[:_MAX_FIELD]
    if re.match(r"(https?://|www\.)", raw.strip(), re.IGNORECASE):
        return []  # article:author often holds a profile URL, not a name
    raw = re.sub(r"^\s*(written\s+)?by[:\s]+", "", raw, flags=re.IGNORECASE)
    if inverted and raw.count(",") == 1 and " and " not in raw:
        surname, given = (x.strip() for x in raw.split(","))
        if surname and given and len(surname.split()) <= 3 and len(given.split()) <= 3:
            raw = f"{given} {surname}"
    names = []
    for part in re.split(r"\s+and\s+|\s*[,;&/|]\s*|\s+und\s+", raw):
        part = _ROLE_WORDS.sub("", part).strip(" .-–—:")
        part = re.sub(r"\s+in\s+[A-Z][\w\s]*$", "", part)  # "Justin McCurry in Tokyo"
        if not part or _NOT_A_NAME.search(part) or len(part) > 80 or len(part.split()) > 6:
            continue
        if part.isupper():
            part = part.title()
        names.append(part)
    return names


def _authors(by_key: dict[str, list[str]], ld: dict[str, Any], tree: Any) -> tuple[str, ...]:
    """Names from the first source that has any, in the precedence of the module docstring."""
    candidates: list[tuple[list[str], bool]] = [
        (by_key.get("citation_author", []), True),
        (_ld_authors(ld.get("author")) if ld else [], False),
        (by_key.get("author", []) + by_key.get("sailthru.author", []), False),
        ([a for a in by_key.get("article:author", []) if not a.startswith("http")], False),
        (by_key.get("dc.creator", []) + by_key.get("dcterms.creator", []), True),
        (_byline(tree), False),
    ]
    for raw_names, inverted in candidates:
        names: list[str] = []
        for raw in raw_names:
            for name in clean_author(raw, inverted=inverted):
                if name.casefold() not in {n.casefold() for n in names}:
                    names.append(name)
        if names:
            return tuple(names[:_MAX_AUTHORS])
    return ()


def _byline(tree: Any) -> list[str]:
    """Visible bylines: rel=author links, itemprop=author, elements whose class says byline/author."""
    found: list[str] = []
    xpaths = (
        ".//*[@rel='author']",
        ".//*[@itemprop='author']",
        ".//*[contains(concat(' ', normalize-space(@class), ' '), ' byline ')]",
        ".//*[contains(translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), 'byline')]",
        ".//*[contains(@class, 'author-name')]",
    )
    for xp in xpaths:
        try:
            els = tree.xpath(xp)
        except etree.XPathError:
            continue
        for el in els[:_MAX_AUTHORS]:
            name_el = el.find(".//*[@itemprop='name']") if hasattr(el, "find") else None
            text = _text_of(name_el if name_el is not None else el)
            if text and len(text) <= 200:
                found.append(text)
        if found:
            return found
    # Last resort: a short "By Name" line near the top of the page (no class to go by).
    for i, el in enumerate(tree.iter("p", "div", "span")):
        if i >= _MAX_BYLINE_SCAN:
            break
        text = _text_of(el) if len(el) <= 3 else None
        if text and len(text) <= 80 and _BY_LINE.match(text):
            return [text]
    return found


def _htmldate(tree: Any, url: str) -> str | None:
    """htmldate's original (publication) date: only when no metadata gave one, as it costs more."""
    try:
        from htmldate import find_date

        found = find_date(tree, extensive_search=False, original_date=True, url=url)
    except Exception:  # htmldate on hostile input: a missing date is an outcome
        return None
    return to_iso(found) if found else None


# --------------------------------------------------------------------------- main text

# Class or id words that name page furniture, as separate words of the attribute
# ("share-bar", "newsletter_signup", "byline"). An element so named is dropped before the
# main text is read, unless it holds more text than any widget does (then it may wrap the
# article: a "post-share-wrapper" around everything).
_FURNITURE_NAME = re.compile(
    r"(?<![a-z0-9])(newsletter|newsletters|signup|subscribe|subscription|share|sharing|social|sharebar|"
    r"related|recommended|byline|bylines|author|authors|copyright|promo|cookie|cookies|consent|advert|"
    r"advertisement|ad|ads|sponsored|readmore|tags|breadcrumb|breadcrumbs|credit|credits|print|comments?|"
    r"most-read|mostread|trending)(?![a-z0-9])"
)
_MAX_FURNITURE_TEXT = 400  # characters: a byline, share bar or prompt is shorter; an article is not
_MAX_ELEMENTS_SCANNED = 20_000


def drop_furniture_elements(tree: Any) -> int:
    """Remove small elements whose class or id names them furniture; return how many went."""
    doomed = []
    for i, el in enumerate(tree.iter()):
        if i >= _MAX_ELEMENTS_SCANNED:
            break
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "article", "main"):
            continue
        names = f"{el.get('class') or ''} {el.get('id') or ''}".lower().replace("_", "-")
        if not names.strip() or not _FURNITURE_NAME.search(names):
            continue
        if len(el.text_content()) <= _MAX_FURNITURE_TEXT:
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()  # keeps the tail text, which belongs to the parent
    return len(doomed)



def _main_text(tree: Any) -> str:
    # Imported here, not at the top, to keep `parse`/`show` start-up fast. An ImportError is
    # not an extractor crash: it means a broken install (lxml 6 moved lxml.html.clean, which
    # jusText needs, into lxml_html_clean), and swallowing it made every page silently use
    # the fallback. It propagates.
    import trafilatura

    try:
        text = trafilatura.extract(
            tree, include_comments=False, include_tables=True, include_images=False, include_links=False,
            deduplicate=False, with_metadata=False, output_format="txt",
        )
    except Exception:  # an extractor crash on odd markup falls back to the plain text
        log.debug("trafilatura failed", exc_info=True)
        return ""
    return (text or "").strip()


def fallback_text(html: str) -> str:
    """Text of <article> or <main> paragraphs, else all <p>, via BeautifulSoup: used when trafilatura finds nothing."""
    try:
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(html, "lxml")
    except Exception:  # bs4 never should, but a fallback must not raise
        return ""
    for tag in soup(["script", "style", "nav", "header", "footer", "aside", "form", "noscript"]):
        tag.decompose()
    container = soup.find("article") or soup.find("main") or soup
    paras = [" ".join(p.get_text(" ").split()) for p in container.find_all("p")[:2000]]
    paras = [p for p in paras if p]
    if not paras:
        text = " ".join(container.get_text(" ").split())
        return text[:_MAX_TEXT_CHARS]
    return "\n".join(paras)[:_MAX_TEXT_CHARS]
