"""Soft-404 detection: a 2xx answer whose content is an error page.

The standard test (Bar-Yossef et al. 2004; IABot): request a sibling URL that
cannot exist (the parent path plus 25 random letters). If the cited URL ends
where the probe ends (same final URL after redirects), or its text is at least
0.95 similar to the probe's, the server answers every address alike: soft 404.
One probe per host and parent path, cached for the run (and shared by threads:
concurrent askers wait for the one probe in flight).

A second, weaker signal is the page's own title and first heading ("Page not
found", "404"). Used alone it only fires on strong phrases, since an article
*about* error pages must not be declared dead; and it is overruled when the server
answers a random sibling with an honest 404 and this page is long and unlike that
error page (`article_despite_cue`).
"""

from __future__ import annotations

import html
import random
import re
import string
import threading
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

SIMILARITY_THRESHOLD = 0.95
PROBE_LETTERS = 25
TEXT_LIMIT = 20_000  # characters compared; error templates are short
MIN_TEXT = 80  # below this much visible text, similarity says nothing
# A 404 counts as the page itself only with this much text of its own (an article, not
# a notice) and less than DIFFERENT_PAGE similarity to the site's real error page.
FULL_PAGE_TEXT = 1000
DIFFERENT_PAGE = 0.5

_TITLE_RE = re.compile(r"<title[^>]{0,200}>(.{0,2000}?)</title", re.I | re.S)
_H1_RE = re.compile(r"<h1[^>]{0,500}>(.{0,2000}?)</h1", re.I | re.S)
_DROP_RE = re.compile(r"<(script|style|noscript|template)\b.{0,200000}?</\1\s*>", re.I | re.S)
_TAG_RE = re.compile(r"<[^>]{0,5000}>", re.S)
_WS_RE = re.compile(r"\s+")

# Strong phrases: each says outright that the requested page does not exist.
ERROR_CUES = re.compile(
    r"\b(?:page|article|file|content|story|document|resource|url)s?\s+(?:was\s+|is\s+)?not\s+(?:be\s+)?found\b"
    r"|^\s*(?:error\s*)?404\b|\b404\s*(?:error|-|–|:|\|)?\s*(?:page\s+)?not\s+found\b|\berror\s+404\b"
    r"|\bpage\s+(?:you\s+requested\s+)?(?:does\s+not|doesn.t)\s+exist\b"
    r"|\b(?:page|article|content|story)\s+(?:is\s+)?no\s+longer\s+(?:available|exists)\b"
    r"|\b(?:page|article|content|story|document)\s+(?:you\s+\w+\s+)?could\s+not\s+be\s+found\b"
    r"|(?:^|[|\-–—:]\s*)not\s+found\s*(?:$|[|\-–—:])",
    re.I,
)
BOT_WALL_CUES = re.compile(
    r"just a moment\.\.\.|attention required!? \| cloudflare|are you a (?:robot|human)|"
    r"access denied|verify you are (?:a )?human|captcha|pardon our interruption|request unsuccessful\. incapsula",
    re.I,
)


@dataclass(frozen=True)
class PageText:
    title: str
    heading: str
    text: str


def _clean(fragment: str) -> str:
    return _WS_RE.sub(" ", html.unescape(_TAG_RE.sub(" ", fragment))).strip()


def page_text(body: bytes, encoding: str | None) -> PageText:
    """Title, first h1 and visible text of an HTML body (regexes on bounded input)."""
    try:
        doc = body.decode(encoding or "utf-8", "replace")
    except LookupError:
        doc = body.decode("utf-8", "replace")
    t = _TITLE_RE.search(doc)
    h = _H1_RE.search(doc)
    text = _clean(_DROP_RE.sub(" ", doc))[:TEXT_LIMIT]
    return PageText(_clean(t.group(1)) if t else "", _clean(h.group(1)) if h else "", text)


def error_cue(pt: PageText) -> str | None:
    """The title or heading text if it says "not found", else None."""
    for label, value in (("title", pt.title), ("heading", pt.heading)):
        if value and len(value) <= 200 and ERROR_CUES.search(value):
            return f'{label} "{value[:80]}"'
    return None


def bot_wall_cue(pt: PageText) -> str | None:
    for label, value in (("title", pt.title), ("heading", pt.heading)):
        if value and len(value) <= 200 and BOT_WALL_CUES.search(value):
            return f'{label} "{value[:80]}"'
    return None


def similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    # Imported when first needed (~15 ms): a run whose servers answer missing pages honestly
    # compares no texts at all.
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b) / 100.0


def probe_key(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    path = parts.path or "/"
    stem = path.rstrip("/")
    parent = stem[: stem.rfind("/") + 1] if "/" in stem else "/"
    return (f"{parts.scheme}://{parts.netloc}".lower(), parent or "/")


def probe_url(url: str, rng: random.Random | None = None) -> str:
    """A sibling of `url` that cannot exist: parent path + 25 random letters.

    The last segment's extension and a trailing slash are kept, since servers often
    route by them (`/news/x.html` is probed as `/news/<random>.html`).
    """
    r = rng or random.SystemRandom()
    parts = urlsplit(url)
    path = parts.path or "/"
    trailing = path.endswith("/") and path != "/"
    _, parent = probe_key(url)
    last = path.rstrip("/").rsplit("/", 1)[-1]
    ext = ""
    if "." in last and not trailing:
        ext = "." + last.rsplit(".", 1)[1]
        if not re.fullmatch(r"\.[A-Za-z0-9]{1,6}", ext):
            ext = ""
    name = "".join(r.choice(string.ascii_lowercase) for _ in range(PROBE_LETTERS))
    return urlunsplit((parts.scheme, parts.netloc, parent + name + ext + ("/" if trailing else ""), "", ""))


@dataclass(frozen=True)
class ProbeResult:
    url: str
    status: int | None
    final_url: str | None
    text: PageText | None  # only for 2xx answers


class ProbeCache:
    """One probe per (origin, parent path) per run; concurrent callers share it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._results: dict[tuple[str, str], ProbeResult | None] = {}
        self._pending: dict[tuple[str, str], threading.Event] = {}
        self.probes_sent = 0

    def get(self, url: str, run_probe: Callable[[str], ProbeResult | None]) -> ProbeResult | None:
        key = probe_key(url)
        while True:
            with self._lock:
                if key in self._results:
                    return self._results[key]
                event = self._pending.get(key)
                if event is None:
                    event = threading.Event()
                    self._pending[key] = event
                    owner = True
                else:
                    owner = False
            if not owner:
                event.wait(timeout=120)
                continue
            result: ProbeResult | None = None
            try:
                self.probes_sent += 1
                result = run_probe(probe_url(url))
            finally:
                with self._lock:
                    self._results[key] = result
                    del self._pending[key]
                event.set()
            return result


def _without_slug(text: str, url: str) -> str:
    path = urlsplit(url).path
    slug = path.rstrip("/").rsplit("/", 1)[-1]
    for token in {path, slug}:
        if len(token) >= 4:
            text = text.replace(token, "")
    return text


def judge(final_url: str, text: PageText, probe: ProbeResult | None, *, requested: str | None = None) -> str | None:
    """Why this 2xx page is a soft 404 (compared with the probe), or None.

    `requested` is the URL asked for; "ends where the probe ends" only counts when
    the request was redirected (a cited home page that probes land on is alive).
    """
    if probe is None or probe.status is None or not (200 <= probe.status < 300):
        return None  # the server answers missing pages honestly (or the probe failed)
    redirected = requested is not None and requested != final_url
    if redirected and probe.final_url and probe.final_url == final_url:
        return f"a random sibling URL ends at the same address ({final_url})"
    if probe.text is not None:
        # Too little text to compare (a JavaScript shell: every route serves the same
        # empty page) is inconclusive, and inconclusive counts as alive.
        if len(text.text) < MIN_TEXT:
            return None
        # Different titles mean different pages (an SPA or CMS titles each route), unless
        # the title is itself an error message.
        if (text.title and probe.text.title and similarity(text.title, probe.text.title) < 0.9
                and not error_cue(text)):
            return None
        # Template-heavy sites title every page with the site's name and wrap a short
        # article in so much boilerplate that whole texts are >= 0.95 alike; the heading
        # still tells an article from the error notice. Slugs echoed in headings are dropped.
        mine_h = _without_slug(text.heading, requested or final_url)
        probe_h = _without_slug(probe.text.heading, probe.url)
        if mine_h and probe_h and similarity(mine_h, probe_h) < 0.9 and not error_cue(text):
            return None
        if error_cue(probe.text) and not error_cue(text):
            return None  # the error page says so; this page does not: not the same page
        # Error templates often echo the requested address; drop each page's own slug
        # so that the echo does not make two copies of one template look different.
        mine = _without_slug(text.text, final_url)
        if requested:
            mine = _without_slug(mine, requested)
        score = similarity(mine, _without_slug(probe.text.text, probe.url))
        if score >= SIMILARITY_THRESHOLD:
            return f"content is {score:.0%} similar to a random non-existent sibling URL"
    return None


def probe_can_matter(text: PageText, *, requested: str, final_url: str) -> bool:
    """Whether a probe's answer can change the verdict on this 2xx page. Not when the page was
    not redirected and has too little text to compare: `judge` then finds nothing whatever the
    probe says, and `article_despite_cue` wants a full page. A JavaScript shell asked for at its
    own address costs its site no request."""
    return requested != final_url or len(text.text) >= MIN_TEXT


def article_despite_cue(text: PageText, probe: ProbeResult | None) -> bool:
    """True if a 2xx page whose title says "not found" is nonetheless an article.

    Only with evidence: the server answers a random sibling with an honest 404/410
    (so it knows how to say "missing"), and this page is long and unlike that error
    page, as an article *about* broken links is. A short removal notice left at the
    cited address stays a soft 404.
    """
    if probe is None or probe.status not in (404, 410) or probe.text is None:
        return False
    if len(text.text) < FULL_PAGE_TEXT:
        return False
    return similarity(text.text, probe.text.text) < DIFFERENT_PAGE
