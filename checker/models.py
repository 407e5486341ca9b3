"""Typed, immutable records that cross pipeline stages. No I/O here.

Each stage takes records from the one before and returns new ones; a change is
`dataclasses.replace`, never mutation. Closed vocabularies are `StrEnum`s so the
values written to YAML/JSON are the same strings users read in the docs.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

# --------------------------------------------------------------------------- parse


class CitationKind(StrEnum):
    NEWS = "news"
    JOURNAL = "journal"
    BOOK = "book"
    REPORT = "report"
    WEB = "web"
    WIRE = "wire"  # wire and monitoring services: Interfax, FBIS, BBC Monitoring
    REMARKS = "remarks"  # conference remarks, speeches
    PERSONAL = "personal"  # conversations, interviews, personal communication
    OFFICIAL = "official"  # statements and documents of governments and bodies
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Citation:
    """One cited source inside a note, as parsed (and possibly edited by a person)."""

    index: int  # 0-based position inside its note
    raw: str  # the citation text exactly as written
    kind: CitationKind = CitationKind.UNKNOWN
    authors: tuple[str, ...] = ()
    title: str | None = None
    container: str | None = None  # newspaper, site, journal, publisher series
    date: str | None = None  # as written: "September 11, 2015"
    date_iso: str | None = None  # "2015-09-11", "2015-09" or "2015" where known
    url: str | None = None  # exactly as cited, fragment included
    pages: str | None = None  # pinpoint or range: "12", "228-230"
    accessed: str | None = None  # ISO date the author accessed the source
    ibid: bool = False  # written as Ibid./Id.
    refers_to: int | None = None  # note number a back-reference resolves to
    short_form: bool = False  # "Surname, “Short Title.”" back-reference
    unresolved: bool = False  # a back-reference whose antecedent was not found
    ignore: bool = False  # set by an editor: skip checking
    publisher: str | None = None
    place: str | None = None
    year: str | None = None
    volume: str | None = None
    issue: str | None = None
    # Inferred, never written by the author: e.g. the day an AddThis share fragment
    # (#.Vnczn_krKM8) says the link was copied. `accessed` stays what the note says.
    accessed_inferred: str | None = None

    @property
    def url_without_fragment(self) -> str | None:
        return self.url.split("#", 1)[0] if self.url else None

    @property
    def fragment(self) -> str | None:
        if self.url and "#" in self.url:
            return self.url.split("#", 1)[1]
        return None


@dataclass(frozen=True)
class Note:
    number: int
    text: str  # the raw note, always kept
    context: str | None = None  # the sentence in the body that cites this note
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Article:
    title: str | None = None
    authors: tuple[str, ...] = ()
    publication: str | None = None
    date: str | None = None  # ISO date the article was published
    source: str | None = None  # path of the article file it was parsed from
    # Without a date: the latest date among the notes, the earliest the article can have
    # (checker/article_date.py), with the note it came from and why.
    date_inferred: str | None = None
    date_inferred_note: int | None = None
    date_inferred_evidence: str | None = None


@dataclass(frozen=True)
class References:
    """The content of references.yaml."""

    article: Article
    # A tuple, or a parsed article's notes on disk (checker/spill.py): walked, never held whole.
    notes: Sequence[Note]
    schema: int = 1
    warnings: tuple[str, ...] = ()  # parse warnings: gaps, duplicates, odd notes

    def citations(self) -> Iterator[tuple[Note, Citation]]:
        return ((n, c) for n in self.notes for c in n.citations)


# --------------------------------------------------------------------------- resolve


class Verdict(StrEnum):
    """One word per cited URL. See README "Verdicts" for the policy behind each."""

    OK = "ok"
    REDIRECTED = "redirected"
    MOVED_TO_HOMEPAGE = "moved_to_homepage"
    SOFT_404 = "soft_404"
    GONE = "gone"
    SERVER_ERROR = "server_error"
    UNREACHABLE = "unreachable"
    BLOCKED = "blocked"
    INVALID = "invalid"
    NOT_CHECKED = "not_checked"

    @property
    def is_dead(self) -> bool:
        """Dead means the reader cannot reach what was cited. Blocked is never dead."""
        return self in DEAD_VERDICTS


DEAD_VERDICTS = frozenset(
    {Verdict.MOVED_TO_HOMEPAGE, Verdict.SOFT_404, Verdict.GONE, Verdict.SERVER_ERROR, Verdict.UNREACHABLE}
)


@dataclass(frozen=True)
class Hop:
    """One HTTP exchange in a redirect chain."""

    url: str
    status: int | None
    location: str | None = None  # the next URL (Location or meta refresh), absolute
    method: str = "GET"


@dataclass(frozen=True)
class Page:
    """What a bounded GET brought back; later stages extract text from it."""

    url: str  # final URL
    status: int
    content_type: str | None
    body: bytes  # at most the configured byte limit
    truncated: bool = False
    headers: tuple[tuple[str, str], ...] = ()
    encoding: str | None = None  # declared charset, if any


@dataclass(frozen=True)
class LinkCheck:
    """The verdict on one distinct cited URL, with the evidence behind it."""

    url: str  # as cited (fragment included)
    verdict: Verdict
    reason: str  # one line a person can read
    status: int | None = None  # final HTTP status
    final_url: str | None = None
    hops: tuple[Hop, ...] = ()
    error: str | None = None  # exception class / curl-like error name
    elapsed: float = 0.0  # seconds, all attempts
    bytes_read: int = 0
    attempts: int = 0
    checked_at: str | None = None  # ISO 8601 UTC
    retry_after: float | None = None  # seconds the server asked us to wait, if any
    page: Page | None = field(default=None, compare=False, repr=False)


# --------------------------------------------------------------------------- archive


class ArchiveStatus(StrEnum):
    FOUND = "found"  # a cited-version capture inside the citation's window
    NO_CAPTURE_IN_WINDOW = "no_capture_in_window"  # 2xx captures, none in the window
    ARCHIVED_ONLY_AFTER_DEATH = "archived_only_after_death"  # only 3xx/4xx/5xx captures
    NEVER_ARCHIVED = "never_archived"
    LOOKUP_FAILED = "lookup_failed"  # the archive could not be asked (down, limited)
    NOT_CHECKED = "not_checked"


@dataclass(frozen=True)
class Capture:
    timestamp: str  # 14 digits, UTC
    original: str  # the URL as the archive holds it
    status: int | None
    mimetype: str | None = None
    digest: str | None = None
    length: int | None = None
    archive_url: str = ""  # human replay URL: {base}/web/{ts}/{original}

    @property
    def date_iso(self) -> str:
        t = self.timestamp
        return f"{t[0:4]}-{t[4:6]}-{t[6:8]}"


@dataclass(frozen=True)
class SaveOutcome:
    status: str  # "saved", "rate_limited", "blocked", "error", "skipped"
    message: str
    capture: Capture | None = None
    job_id: str | None = None


@dataclass(frozen=True)
class ArchiveResult:
    """What the archive holds for one citation of a URL."""

    url: str
    status: ArchiveStatus
    reason: str
    cited: Capture | None = None  # the cited version, or the nearest outside the window
    distance_days: int | None = None  # from the window, when cited is outside it
    window: tuple[str, str] | None = None  # ISO dates (from, to)
    first: Capture | None = None
    latest: Capture | None = None
    last_ok: Capture | None = None  # latest 2xx capture (last seen alive)
    capture_count: int = 0
    saved: SaveOutcome | None = None
    replay_error: str | None = None  # why the chosen capture did not replay (next-best may be in cited)
    # The URL the cited one already redirected to when it was cited (as the archive recorded
    # it); `cited` is then a capture of this URL, not of `url`.
    redirected_to: str | None = None


# --------------------------------------------------------------------------- compare


class Drift(StrEnum):
    INTACT = "intact"
    EDITED = "edited"
    REPLACED = "replaced"
    UNKNOWN = "unknown"


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class PageMetadata:
    title: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None  # ISO publication date
    updated: str | None = None  # ISO last-modified date, if told apart
    site_name: str | None = None
    canonical_url: str | None = None
    text: str = ""  # main text, boilerplate removed


@dataclass(frozen=True)
class Comparison:
    drift: Drift
    reason: str
    score: float | None = None  # 0..1 similarity of main texts
    added: tuple[str, ...] = ()  # paragraphs only in today's page
    removed: tuple[str, ...] = ()  # paragraphs only in the cited version
    fingerprint: str | None = None  # of today's main text, stored per run
    compared_with: str | None = None  # capture timestamp or "live"
    # Lines set aside as page furniture (byline, rights line, share bar...), with why: (side, line, reason),
    # side "cited" or "today". Shown greyed in the diff view; see compare/furniture.py.
    ignored: tuple[tuple[str, str, str], ...] = ()
    changed_sentences: int | None = None  # article sentences only in one version


@dataclass(frozen=True)
class Finding:
    code: str  # title_mismatch, date_mismatch, author_mismatch, publication_mismatch, ...
    severity: Severity
    message: str
    evidence: tuple[tuple[str, str], ...] = ()


# --------------------------------------------------------------------------- run


@dataclass(frozen=True)
class CitationResult:
    note: Note
    citation: Citation
    link: LinkCheck | None = None  # None when the citation has no URL
    archive: ArchiveResult | None = None
    comparison: Comparison | None = None
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class Run:
    article: Article
    results: Sequence[CitationResult]  # a tuple, or read back one at a time (pipeline.PackedResults)
    started_at: str
    finished_at: str
    tool_version: str
    settings: tuple[tuple[str, str], ...] = ()
    network_down: bool = False
    notices: tuple[str, ...] = ()  # run-level messages: warnings, "network down", ...
