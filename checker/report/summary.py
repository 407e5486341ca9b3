"""What every report agrees on: counts, which results are problems, their order, the best archive link.

Kept in one place so the console, HTML, Markdown, JSON and the exit code never disagree
about what "a problem" is.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections import Counter
from dataclasses import dataclass
from enum import IntEnum
from typing import NamedTuple
from urllib.parse import urlsplit

from checker.models import ArchiveStatus, Capture, CitationResult, Drift, Run, Severity, Verdict


class Rank(IntEnum):
    """How urgently a person should look at a result; higher first."""

    NONE = 0
    INFO = 1  # redirected, not checked, info findings
    BLOCKED = 2  # we could not tell: the site refused us
    EDITED = 3  # drift: edited since cited
    WARNING = 4  # a citation finding of severity warning
    INVALID = 5  # the URL as written cannot be followed
    ERROR = 6  # a citation finding of severity error
    REPLACED = 7  # the page now holds something else
    DEAD_ARCHIVED = 8  # dead, but an archived copy can stand in
    DEAD_UNARCHIVED = 9  # dead and nothing to fall back on: the worst case


# An http(s) URL that urlsplit would take apart without a doubt: printable ASCII, no brackets in
# its host part (urlsplit checks bracketed IPv6 hosts), a host part at all. Every report asks this
# of each URL it shows; urlsplit took ~2 µs a URL, this ~0.3 µs. Anything else asks urlsplit.
_PLAIN_HTTP_URL = re.compile(r"[hH][tT][tT][pP][sS]?://[\x21\x22\x24-\x2e\x30-\x3e\x40-\x5a\x5c\x5e-\x7e]+"
                             r"(?:[/?#][\x21-\x7e]*)?")


def is_http_url(url: str | None) -> bool:
    """Only http(s) URLs become links in any report; anything else stays plain text."""
    if not url:
        return False
    if _PLAIN_HTTP_URL.fullmatch(url):
        return True
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def best_capture(r: CitationResult) -> Capture | None:
    """The archived copy a reader should be sent to: the cited version when it is a 2xx
    capture, else the last capture seen alive. None when the archive holds nothing usable."""
    a = r.archive
    if a is None:
        return None
    if a.cited is not None and (a.cited.status is None or 200 <= a.cited.status < 300):
        return a.cited
    return a.last_ok


def archive_label(r: CitationResult) -> str:
    """Why there is no archive link to show (used only when best_capture is None)."""
    a = r.archive
    if a is None:
        return "not looked up"
    return {
        ArchiveStatus.LOOKUP_FAILED: "lookup failed",
        ArchiveStatus.NOT_CHECKED: "not looked up",
        ArchiveStatus.ARCHIVED_ONLY_AFTER_DEATH: "only after death",
        ArchiveStatus.NEVER_ARCHIVED: "never archived",
    }.get(a.status, "none")


def is_dead(r: CitationResult) -> bool:
    return r.link is not None and r.link.verdict.is_dead


def is_replaced(r: CitationResult) -> bool:
    return r.comparison is not None and r.comparison.drift is Drift.REPLACED


def is_changed(r: CitationResult) -> bool:
    return r.comparison is not None and r.comparison.drift in (Drift.EDITED, Drift.REPLACED)


# Findings the pipeline derives from the run history (checker.pipeline._history_findings):
# they are news about the URL, not a mismatch between the citation and its source.
NEWLY_DEAD = "newly_dead"
CHANGED_SINCE_LAST_CHECK = "changed_since_last_check"
CONFIRMED_DEAD = "confirmed_dead"  # checker.confirm: dead in N checks over D days
HISTORY_CODES = frozenset({NEWLY_DEAD, "still_dead", CHANGED_SINCE_LAST_CHECK, CONFIRMED_DEAD, "dead_unconfirmed"})


def has_mismatch(r: CitationResult) -> bool:
    """A citation finding (title, author, date, publication...) of severity warning or error."""
    return any(f.severity in (Severity.WARNING, Severity.ERROR) and f.code not in HISTORY_CODES for f in r.findings)


def is_new(r: CitationResult) -> bool:
    """News since the previous stored check: the URL died, or today's text changed.
    What a nightly job should shout about (old, known rot is in "dead")."""
    return any(f.code in (NEWLY_DEAD, CHANGED_SINCE_LAST_CHECK) for f in r.findings)


def is_confirmed_dead(r: CitationResult) -> bool:
    """Dead in enough checks over enough days (InternetArchiveBot's rule, checker/confirm.py)."""
    return is_dead(r) and any(f.code == CONFIRMED_DEAD for f in r.findings)


def is_unarchived(r: CitationResult) -> bool:
    """Dead with no archived copy to send readers to (a lookup that failed is not "none")."""
    if not is_dead(r) or best_capture(r) is not None:
        return False
    return r.archive is None or r.archive.status is not ArchiveStatus.LOOKUP_FAILED


def rank(r: CitationResult) -> Rank:
    if is_dead(r):
        return Rank.DEAD_UNARCHIVED if best_capture(r) is None else Rank.DEAD_ARCHIVED
    if is_replaced(r):
        return Rank.REPLACED
    severities = {f.severity for f in r.findings}
    if Severity.ERROR in severities:
        return Rank.ERROR
    if r.link is not None and r.link.verdict is Verdict.INVALID:
        return Rank.INVALID
    if Severity.WARNING in severities:
        return Rank.WARNING
    if r.comparison is not None and r.comparison.drift is Drift.EDITED:
        return Rank.EDITED
    if r.link is not None and r.link.verdict is Verdict.BLOCKED:
        return Rank.BLOCKED
    if severities or (r.link is not None and r.link.verdict in (Verdict.REDIRECTED, Verdict.NOT_CHECKED)):
        return Rank.INFO
    return Rank.NONE


def is_problem(r: CitationResult) -> bool:
    """Something a person should act on or at least look at (info alone is not)."""
    return rank(r) > Rank.INFO


def reason(r: CitationResult) -> str:
    """The one line that explains the rank, from the stage that caused it."""
    return _reason(r, rank(r))


def _reason(r: CitationResult, k: Rank) -> str:
    worst = max(r.findings, key=lambda f: _SEVERITY_ORDER[f.severity], default=None)
    if k in (Rank.REPLACED, Rank.EDITED) and r.comparison is not None:
        return r.comparison.reason
    if k in (Rank.ERROR, Rank.WARNING) and worst is not None:
        return worst.message
    if r.link is not None and (k in (Rank.DEAD_ARCHIVED, Rank.DEAD_UNARCHIVED, Rank.INVALID, Rank.BLOCKED)
                               or worst is None):
        return r.link.reason
    if worst is not None:
        return worst.message
    return "no URL: not checked online"


class Facts(NamedTuple):
    """What every report asks of one result, worked out once (rank, best_capture, reason)."""

    rank: Rank
    best: Capture | None
    reason: str

    @property
    def problem(self) -> bool:
        return self.rank > Rank.INFO


def facts(r: CitationResult) -> Facts:
    k = rank(r)
    return Facts(k, best_capture(r), _reason(r, k))


_SEVERITY_ORDER = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


def by_severity(results: tuple[CitationResult, ...] | list[CitationResult]) -> list[CitationResult]:
    """Most urgent first; ties keep the article's order (note, then citation)."""
    return sorted(results, key=severity_order)


def severity_order(r: CitationResult) -> tuple[int, int, int]:
    return (-rank(r), r.note.number, r.citation.index)


def verdict_label(r: CitationResult) -> str:
    return r.link.verdict.value if r.link is not None else "no_url"


@dataclass(frozen=True)
class Counts:
    citations: int
    with_url: int
    problems: int
    verdicts: tuple[tuple[str, int], ...]  # every Verdict, in enum order, plus "no_url"
    drift: tuple[tuple[str, int], ...]  # every Drift, plus "not_compared"
    archive: tuple[tuple[str, int], ...]  # every ArchiveStatus, plus "not_looked_up"
    findings: tuple[tuple[str, int], ...]  # finding code -> count, sorted by code
    severities: tuple[tuple[str, int], ...]  # every Severity
    dead: int
    unarchived: int
    notes: int = 0  # distinct note numbers among the results
    # Cited URLs by the year their source is dated ("n.d." last) and status: dead, ok (or
    # redirected) and blocked (the rest); each year's groups in the order first met.
    by_year: tuple[tuple[str, tuple[tuple[str, int], ...]], ...] = ()


# The last run counted and its counts: the console and every report ask for the counts of one
# run, and each walk of a long run's results reads every one back (pipeline.PackedResults).
# A run is immutable, so its counts never change; kept by weak reference, never keeping a run.
_last_counted: list[tuple[weakref.ref[Run], Counts]] = []
_last_lock = threading.Lock()


def counts(run: Run) -> Counts:
    """How many results of each kind; counted once per run (the last run's counts are kept)."""
    with _last_lock:
        if _last_counted and _last_counted[0][0]() is run:
            return _last_counted[0][1]
    tally = Tally()
    for r in run.results:  # one walk (they may be read back one at a time: pipeline.PackedResults)
        tally.add(r, facts(r))
    return remember(run, tally.counts())


def remember(run: Run, c: Counts) -> Counts:
    """Keep `c` as the counts of `run` (counted by a walk made for something else as well)."""
    with _last_lock:
        _last_counted[:] = [(weakref.ref(run), c)]
    return c


class Tally:
    """Counts, added up one result at a time."""

    def __init__(self) -> None:
        self._verdicts: Counter[str] = Counter()
        self._drift: Counter[str] = Counter()
        self._archive: Counter[str] = Counter()
        self._findings: Counter[str] = Counter()
        self._severities: Counter[str] = Counter()
        self._citations = self._with_url = self._problems = self._dead = self._unarchived = 0
        self._note_numbers: set[int] = set()
        self._years: dict[str, Counter[str]] = {}

    def add(self, r: CitationResult, known: Facts) -> None:
        self._citations += 1
        self._note_numbers.add(r.note.number)
        link = r.link
        if link is not None:
            self._with_url += 1
            year = (r.citation.date_iso or r.citation.year or "")[:4]
            dead = link.verdict.is_dead
            group = ("dead" if dead else
                     "ok" if link.verdict in (Verdict.OK, Verdict.REDIRECTED) else "blocked")
            self._years.setdefault(year if year.isdigit() else "n.d.", Counter())[group] += 1
            if dead:
                self._dead += 1
                # is_unarchived: dead with no copy to send readers to (a failed lookup is not "none")
                if known.best is None and (r.archive is None or r.archive.status is not ArchiveStatus.LOOKUP_FAILED):
                    self._unarchived += 1
            self._verdicts[link.verdict.value] += 1
        else:
            self._verdicts["no_url"] += 1
        self._problems += known.rank > Rank.INFO
        self._drift[r.comparison.drift.value if r.comparison else "not_compared"] += 1
        self._archive[r.archive.status.value if r.archive else "not_looked_up"] += 1
        for finding in r.findings:
            self._findings[finding.code] += 1
            self._severities[finding.severity.value] += 1

    def counts(self) -> Counts:
        v, d, a, s, years = self._verdicts, self._drift, self._archive, self._severities, self._years
        return Counts(
            citations=self._citations,
            with_url=self._with_url,
            problems=self._problems,
            verdicts=tuple((k, v[k]) for k in [*(x.value for x in Verdict), "no_url"]),
            drift=tuple((k, d[k]) for k in [*(x.value for x in Drift), "not_compared"]),
            archive=tuple((k, a[k]) for k in [*(x.value for x in ArchiveStatus), "not_looked_up"]),
            findings=tuple(sorted(self._findings.items())),
            severities=tuple((x.value, s[x.value]) for x in Severity),
            dead=self._dead,
            unarchived=self._unarchived,
            notes=len(self._note_numbers),
            by_year=tuple((y, tuple(years[y].items())) for y in sorted(years, key=lambda y: (y == "n.d.", y))),
        )


def one_line(text: str | None, limit: int = 0) -> str:
    """Collapse whitespace (hostile text may carry newlines and controls); truncate with an ellipsis."""
    text = text or ""
    if not text.isprintable():  # checked whole first: most text is, and the walk is per character
        text = "".join(ch if ch.isprintable() else " " for ch in text)
    s = " ".join(text.split())
    if limit and len(s) > limit:
        return s[: limit - 1].rstrip() + "…"
    return s


def source_label(r: CitationResult, limit: int = 0) -> str:
    """Title when parsed, else the URL, else the raw citation."""
    return one_line(r.citation.title or r.citation.url or r.citation.raw, limit)


def long_date(iso: str) -> str:
    """2015-09-11 -> September 11, 2015 (Chicago style, locale-independent)."""
    months = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")
    y, m, d = iso[0:4], int(iso[5:7]), int(iso[8:10])
    return f"{months[m - 1]} {d}, {y}"
