"""The archive stage: what the Wayback Machine holds for each citation, as values.

Archivist wraps the standalone WaybackClient with the project's policy:
- the process-wide rate limits and 429 pause (ratelimit.limits_for);
- a circuit breaker per run (Config.archive_breaker_threshold);
- the CDX cache in the state store, kept as long as what it says stays true
  (knowledge.py: settled windows 30 days, recent ones a day, the cited version for
  good, newly dead URLs at once; failures are never cached, so an archive that
  recovers is noticed);
- choosing the cited version (choose.py);
- replaying it, with the next-best capture when it does not replay;
- Save Page Now 2 for live URLs the archive lacks, never twice per URL in a run.

Every failure comes back as a value (ArchiveResult with status lookup_failed, a
SaveOutcome, a replay_error); nothing here raises for one URL's trouble.
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Protocol
from urllib.parse import urlsplit

from checker.archive import knowledge
from checker.archive.choose import ACCESS_WINDOW_DAYS, Window, capture_date, choose, end_of, is_ok, to_timestamp
from checker.archive.client import (
    ArchiveDownError,
    ArchiveUnavailableError,
    ArchiveUnreachableError,
    CdxRecord,
    ExcludedError,
    RateLimitError,
    SaveError,
    WaybackClient,
    WaybackError,
    parse_cdx_json,
    same_resource,
    strip_fragment,
)
from checker.archive.ratelimit import ArchiveLimits, CircuitBreaker, GaveUp, Rates, limits_for
from checker.archive.redirects import MAX_HOPS, not_the_page, redirect_target
from checker.article_date import effective_date
from checker.config import Config
from checker.models import (
    ArchiveResult,
    ArchiveStatus,
    Article,
    Capture,
    Citation,
    LinkCheck,
    Page,
    SaveOutcome,
    Verdict,
)
from checker.resolve.session import archive_session

# Seconds between SPN2 status polls; its own docs suggest a few seconds.
SAVE_POLL_INTERVAL = 5.0
# 3xx captures replayed, per hop, to read where an archived redirect pointed (the next one
# is tried when a capture does not replay or only changes the URL's spelling).
REDIRECT_REPLAYS = 3
# Rows asked of the "latest captures" query made when an answer was cut at cdx_limit:
# enough to hold the latest capture and, usually, the latest 2xx one.
LATEST_ROWS = 100
# Replayed pages kept in memory: the compare stage asks for the same capture more than
# once (cited version, last seen alive), and each replay costs the archive.
PAGE_CACHE_SIZE = 16
# SPN2 status_ext codes that mean "the site or the archive will not allow this capture".
_BLOCKED_EXT = ("error:blocked", "error:blocked-url", "error:blocked-client-ip", "error:robots",
                "error:no-access", "error:forbidden", "error:filesize-limit")
_LIMITED_EXT = ("error:too-many-daily-captures", "error:user-session-limit", "error:too-many-requests",
                "error:capture-location-error", "error:service-unavailable")
_NEVER_SAVE = frozenset({Verdict.BLOCKED, Verdict.INVALID, Verdict.NOT_CHECKED})


class CdxCache(Protocol):
    """Where raw CDX answers are kept between runs (the lead's SQLite store implements it)."""

    def get(self, key: str, max_age_seconds: float) -> str | None: ...

    def put(self, key: str, value: str) -> None: ...


def citation_pivot(citation: Citation, article: Article) -> str | None:
    """The date the cited version should be closest before (Archivist.lookup's prefer_before).

    The access date when the note gives one (IABot's rule); else the day the link was
    copied, when its share fragment tells it (Citation.accessed_inferred, e.g. AddThis
    "#.Vnczn_krKM8"), but never after the article; else the article's date.
    """
    if citation.accessed:
        return citation.accessed
    inferred = citation.accessed_inferred
    article_date = effective_date(article)
    if inferred and article_date:
        with contextlib.suppress(ValueError):
            if end_of(inferred) > end_of(article_date):
                inferred = None
    return inferred or article_date or None


def citation_window(citation: Citation, article: Article) -> tuple[str | None, str | None]:
    """The dates between which the author could have seen the source, as ISO strings.

    With an access date: ACCESS_WINDOW_DAYS either side of it (but not past the article's
    date when that is earlier). Otherwise: from the source's own publication date
    (citation.date_iso, possibly partial) to the citing article's date; either may be None.
    """
    if citation.accessed:
        try:
            accessed = end_of(citation.accessed)
        except ValueError:
            accessed = None
        if accessed is not None:
            lo = accessed - timedelta(days=ACCESS_WINDOW_DAYS)
            hi = accessed + timedelta(days=ACCESS_WINDOW_DAYS)
            article_date = effective_date(article)
            if article_date:
                with contextlib.suppress(ValueError):
                    hi = max(accessed, min(hi, end_of(article_date)))
            return (lo.isoformat(), hi.isoformat())
    return (citation.date_iso or None, effective_date(article))


def _to_capture(record: CdxRecord, base_url: str) -> Capture:
    return Capture(
        timestamp=record.timestamp,
        original=record.original,
        status=record.statuscode,
        mimetype=record.mimetype,
        digest=record.digest,
        length=record.length,
        archive_url=f"{base_url}/web/{record.timestamp}/{record.original}",
    )


REVISIT_MIMETYPE = "warc/revisit"


def resolve_revisits(records: Sequence[CdxRecord]) -> list[CdxRecord]:
    """Give revisit rows the status of the capture they repeat; oldest first.

    A crawler that finds the same bytes again writes a revisit record, and archive.org lists
    it with mimetype warc/revisit and statuscode "-". It is a copy of an earlier capture with
    the same digest, and replays as that capture: a revisit of a 200 is a working copy of the
    page on the revisit's date. Read as "no status", a page crawled unchanged through the
    citation window looked unarchived there (no_capture_in_window, or archived_only_after_death).
    A revisit whose original is not in the answer is taken as 200 (deduplication is of
    payloads, overwhelmingly pages that answered 200); replay still checks the real status.
    """
    ordered = sorted(records, key=lambda r: r.timestamp)
    by_digest: dict[str, int] = {}
    out = []
    for r in ordered:
        if r.statuscode is None and (r.mimetype or "").lower() == REVISIT_MIMETYPE:
            r = replace(r, statuscode=by_digest.get(r.digest or "", 200))
        elif r.statuscode is not None and r.digest:
            by_digest[r.digest] = r.statuscode
        out.append(r)
    return out


class _WhileUp:
    """The archive's pacing for one run's requests. A request still waiting its turn when the run finds
    the archive down (its breaker opens) is not sent: it fails at once, as the lookups after it do,
    instead of sleeping out its turn (a CDX token comes every 2.5 s) to be refused again at the end."""

    def __init__(self, limits: ArchiveLimits, breaker: CircuitBreaker) -> None:
        self.limits = limits
        self.breaker = breaker

    def acquire(self, kind: str) -> float:
        try:
            return self.limits.acquire(kind, give_up=self.breaker.opened)
        except GaveUp:
            raise ArchiveDownError(self.breaker.reason or "archive down") from None

    def note_rate_limited(self, retry_after: float | None = None) -> float:
        return self.limits.note_rate_limited(retry_after)

    def pause_remaining(self) -> float:
        return self.limits.pause_remaining()


class Archivist:
    """One run's view of the Wayback Machine. Thread-safe; rate limits are process-wide."""

    def __init__(
        self,
        config: Config,
        cache: CdxCache | None = None,
        *,
        client: WaybackClient | None = None,
        limits: ArchiveLimits | None = None,
        today: date | None = None,
    ) -> None:
        self.config = config
        self.cache = cache
        self.base_url = config.wayback_url.rstrip("/")
        access, secret = os.environ.get("IA_ACCESS_KEY"), os.environ.get("IA_SECRET_KEY")
        keyed = bool(access and secret)
        # archive.org allows about 6 saves/min with keys and 3 anonymously.
        rates = Rates(
            cdx_per_minute=config.cdx_per_minute,
            replay_per_second=config.replay_per_second,
            save_per_minute=config.save_per_minute if keyed else config.save_per_minute / 2,
            pause=config.rate_limit_pause,
        )
        self.limits = limits or limits_for(self.base_url, rates)
        self.breaker = CircuitBreaker(config.archive_breaker_threshold)
        self.client = client or WaybackClient(
            self.base_url,
            user_agent=config.user_agent,
            timeout=config.timeout,
            retries=config.retries,
            backoff_base=config.backoff_base,
            deadline=config.url_deadline,
            max_bytes=config.max_bytes,
            max_redirects=config.max_redirects,
            # After a 429 a request sits out the pause once, unless the archive asks for longer
            # than we accept from any server (Config.retry_after_cap); then the URL is reported.
            max_pause_wait=max(config.retry_after_cap, config.rate_limit_pause),
            limiter=_WhileUp(self.limits, self.breaker),
            access_key=access if keyed else None,
            secret_key=secret if keyed else None,
            session_factory=lambda: archive_session(config),  # the resolver's private-address guard
        )
        self._today = today
        self._lock = threading.Lock()
        self._url_locks: dict[str, threading.Lock] = {}
        self._captures: dict[str, list[Capture]] = {}  # what each URL's lookups learnt, merged
        # url -> (oldest-first rows, whether the answer was cut, the URL they answer for)
        self._base: dict[str, tuple[list[CdxRecord], bool, str]] = {}
        # url -> {pivot timestamp: closest rows}; each inner dict is used under its URL's lock.
        self._near: dict[str, dict[str, list[CdxRecord]]] = {}
        self._saved: dict[str, SaveOutcome | None] = {}
        self._pages: OrderedDict[tuple[str, str], Page] = OrderedDict()
        self._locations: dict[tuple[str, str], str] = {}  # (original, timestamp) of a 3xx capture -> target

    # ------------------------------------------------------------------ lookups

    def _url_lock(self, key: str) -> threading.Lock:
        with self._lock:
            return self._url_locks.setdefault(key, threading.Lock())

    def _cdx_text(self, query_url: str, limit: int, closest: str | None = None, max_age: float | None = None) -> str:
        key = f"cdx|{self.base_url}|{query_url}|limit={limit}" + (f"|closest={closest}" if closest else "")
        if self.cache is not None:
            cached = self.cache.get(key, self.config.cdx_cache_max_age if max_age is None else max_age)
            if cached is not None:
                return cached
        text = self.client.cdx_raw(query_url, limit=limit, closest=closest)
        parse_cdx_json(text)  # only well-formed answers are cached
        if self.cache is not None:
            self.cache.put(key, text)
        return text

    def _query(
        self, url: str, limit: int, closest: str | None = None, max_age: float | None = None
    ) -> tuple[list[CdxRecord], bool]:
        """One CDX query: the rows for `url`'s spellings, and whether the answer was cut at `limit`."""
        rows = parse_cdx_json(self._cdx_text(url, limit, closest, max_age))
        return _rows_for(rows, url), len(rows) >= limit

    def captures(self, url: str, *, pivot: date | None = None, max_age: float | None = None) -> list[Capture]:
        """Every capture of `url` the lookup needs, oldest first, across its spellings.

        Raises WaybackError; lookup() turns that into a value. One CDX query covers the
        scheme, www, case, percent-encoding, query-order and trailing-slash spellings (the
        archive's key ignores them all); rows are kept when their `original` is one of them.
        An ".../index.html" with no capture at all is asked again as its directory.

        The archive lists oldest first, so an answer cut at Config.cdx_limit (a popular
        page: a news front page has hundreds of thousands) lacks the newest captures, the
        citation window often among them. Only then, two more queries sorted by distance
        (closest=...&sort=closest): one around `pivot` (the citation's date) for the cited
        version and its neighbours, one around today for the latest capture. An uncut answer
        costs one query; a cut one three (two when there is no pivot).
        """
        url = strip_fragment(url)
        lock = self._url_lock(url)
        with lock:
            base = self._base.get(url)  # read once: a save in another thread may drop it meanwhile
            if base is None:
                query_url = url
                records, cut = self._query(url, self.config.cdx_limit, max_age=max_age)
                variant = _index_variant(url)
                if not records and variant is not None:
                    query_url = variant
                    records, cut = self._query(variant, self.config.cdx_limit, max_age=max_age)
                base = self._base[url] = (records, cut, query_url)
            records, cut, query_url = base
            if cut:
                # The end of today, not this second: one "latest" query per URL per day.
                now = to_timestamp(self.today(), end=True)
                pivots = [(now, min(self.config.cdx_limit, LATEST_ROWS))]
                if pivot is not None:
                    pivots.insert(0, (to_timestamp(pivot, end=True), self.config.cdx_limit))
                with self._lock:
                    near = self._near.setdefault(url, {})
                for ts, limit in pivots:
                    if ts not in near:
                        near[ts] = self._query(query_url, limit, closest=ts, max_age=max_age)[0]
                records = records + [r for rows in near.values() for r in rows]
            seen: set[tuple[str, str]] = set()
            out = []
            for r in resolve_revisits(records):
                if (r.timestamp, r.original) not in seen:
                    seen.add((r.timestamp, r.original))
                    out.append(_to_capture(r, self.base_url))
            self._captures[url] = out
            return out

    def lookup(
        self,
        url: str,
        *,
        window: tuple[str | None, str | None],
        prefer_before: str | None = None,
        link: LinkCheck | None = None,
    ) -> ArchiveResult:
        """What the archive holds for one citation of `url`. Never raises for the URL's sake.

        When the URL was already redirecting in the window, the cited version is looked for
        at the redirect's target (see _follow_redirects); `link` (the resolver's check) only
        stands in for the archived Location when no 3xx capture replays.
        """
        clean = strip_fragment(url)
        win = _window(window)
        try:
            parts = urlsplit(clean)
            valid = parts.scheme in ("http", "https") and bool(parts.hostname)
        except ValueError:  # e.g. "http://[not-an-ipv6"
            valid = False
        if not valid:
            return ArchiveResult(url=url, status=ArchiveStatus.NOT_CHECKED, reason="not an http(s) URL",
                                 window=win.as_iso())
        with self._lock:
            known = clean in self._captures
        if self.breaker.is_open and not known:  # what we already know still counts
            return ArchiveResult(url=url, status=ArchiveStatus.LOOKUP_FAILED, reason=self.breaker.reason or "",
                                 window=win.as_iso())
        prefer = _date_or_none(prefer_before)
        settled_end = max((d for d in (win.end, prefer) if d is not None), default=None)
        pin = self._pin_key(clean, win, prefer)
        try:
            max_age = knowledge.cdx_max_age(self.config, self.today(), settled_end,
                                            newly_dead=self._newly_dead(clean, link))
            found = self.captures(clean, pivot=prefer or win.end, max_age=max_age)
        except WaybackError as exc:
            why = self._failed(exc)  # counts towards the circuit breaker: once per lookup
            return self._from_pin(url, pin, win, why) or ArchiveResult(
                url=url, status=ArchiveStatus.LOOKUP_FAILED, reason=why, window=win.as_iso())
        self.breaker.success()
        self._remember_state(clean, link)
        result = replace(choose(url, found, win, prefer), url=url)
        if result.cited is not None and not same_resource(result.cited.original, clean):
            result = replace(result, reason=f"{result.reason} (archived as {result.cited.original})")
        if result.status in (ArchiveStatus.ARCHIVED_ONLY_AFTER_DEATH, ArchiveStatus.NO_CAPTURE_IN_WINDOW):
            result = self._follow_redirects(result, clean, found, win, prefer, link)
        elif result.status is ArchiveStatus.NEVER_ARCHIVED:
            result = self._follow_live_redirect(result, clean, win, prefer, link)
        return self._keep_cited(result, pin, settled_end)

    # ------------------------------------------------------------------ knowledge kept between runs

    def _pin_key(self, url: str, win: Window, prefer: date | None) -> str:
        return knowledge.pin_key(self.base_url, url, win.as_iso(), prefer)

    def _newly_dead(self, url: str, link: LinkCheck | None) -> bool:
        """Dead today, and not already dead when its archive answer was last fetched."""
        if self.cache is None or link is None or not link.verdict.is_dead:
            return False
        return self.cache.get(knowledge.alive_key(self.base_url, url), knowledge.FOREVER) != knowledge.DEAD

    def _remember_state(self, url: str, link: LinkCheck | None) -> None:
        if self.cache is None or link is None or link.verdict in _NEVER_SAVE:
            return
        state = knowledge.DEAD if link.verdict.is_dead else knowledge.ALIVE
        key = knowledge.alive_key(self.base_url, url)
        if self.cache.get(key, knowledge.FOREVER) != state:
            self.cache.put(key, state)

    def _keep_cited(self, result: ArchiveResult, pin: str, settled_end: date | None) -> ArchiveResult:
        """A cited version chosen once its window had closed is kept for good (knowledge.py)."""
        if self.cache is None:
            return result
        kept = knowledge.pinned(self.cache.get(pin, knowledge.FOREVER))
        if kept is not None:
            cited, reason, redirected_to, _ = kept
            if result.cited != cited:
                result = replace(result, status=ArchiveStatus.FOUND, cited=cited, reason=reason,
                                 redirected_to=redirected_to, distance_days=None)
        elif knowledge.can_pin(result, settled_end, self.today()):
            self.cache.put(pin, knowledge.pin_text(result, self.today()))
        return result

    def _from_pin(self, url: str, pin: str, win: Window, why: str) -> ArchiveResult | None:
        """When the archive cannot be asked, the cited version kept from an earlier run still stands."""
        kept = knowledge.pinned(self.cache.get(pin, knowledge.FOREVER)) if self.cache is not None else None
        if kept is None:
            return None
        cited, reason, redirected_to, pinned_on = kept
        return ArchiveResult(url=url, status=ArchiveStatus.FOUND, cited=cited, window=win.as_iso(),
                             redirected_to=redirected_to,
                             reason=f"{reason} (kept since {pinned_on}; today's lookup failed: {why})")

    def _follow_live_redirect(
        self, result: ArchiveResult, url: str, win: Window, prefer: date | None, link: LinkCheck | None
    ) -> ArchiveResult:
        """A URL the archive never captured, redirecting today: look for the cited version at the target.

        Crawlers reach pages by links, and after a site moves its links name the new URL,
        so an old URL can be missing from the archive while its page is there under the new
        one. One CDX query, only for never-archived links that redirect (not to a home,
        section or error page: the resolver calls those dead). The reason says the
        redirect is today's: the archive cannot tell whether it was in place when cited.
        """
        if link is None or link.verdict.is_dead or not link.final_url or not link.hops:
            return result
        target = strip_fragment(link.final_url)
        if same_resource(target, url) or not_the_page(url, target):
            return result
        try:
            captures = self.captures(target, pivot=prefer or win.end)
        except WaybackError as exc:
            return replace(result, reason=f"{result.reason}; it redirects today to {target}, which could not be "
                           f"looked up: {self._failed(exc)}")
        found = choose(target, captures, win, prefer)
        if found.status is not ArchiveStatus.FOUND:
            return result
        return replace(
            result,
            status=ArchiveStatus.FOUND,
            reason=f"never archived under the cited URL, which redirects today to {target}; {found.reason}",
            cited=found.cited,
            distance_days=0,
            last_ok=found.last_ok,
            redirected_to=target,
        )

    # ------------------------------------------------------------------ redirects at citation time

    def _follow_redirects(
        self,
        result: ArchiveResult,
        url: str,
        captures: Sequence[Capture],
        win: Window,
        prefer: date | None,
        link: LinkCheck | None,
    ) -> ArchiveResult:
        """When the URL already redirected in the window, look for the cited version at the target.

        At most MAX_HOPS redirects, each a replay (to read Location) and a CDX query under the
        archive's rate limits. A target that is the site's home page, a section page or an
        error page is a soft 404 at citation time, not the cited version; a loop is named.
        """
        pivot = prefer or win.end
        chain = [url]
        source, source_captures = url, list(captures)
        last_reason = ""
        for hop in range(MAX_HOPS + 1):
            redirects = _redirects_in_window(source_captures, win, pivot)
            if not redirects:
                if hop == 0:
                    return result
                return replace(result, reason=f"{result.reason}; when cited it redirected to {source}: "
                               f"{last_reason}")
            if self.breaker.is_open:
                return replace(result, reason=f"{result.reason}; it redirected when cited, but the archive is "
                               f"down: {self.breaker.reason}")
            if hop == MAX_HOPS:
                return replace(result, reason=f"{result.reason}; when cited it redirected more than {MAX_HOPS} "
                               f"times ({' → '.join(chain)} → …): no cited version followed")
            target, via = self._redirect_location(source, redirects, link if hop == 0 else None)
            if target is None:
                return replace(result, reason=f"{result.reason}; it redirected when cited, but {via}")
            lost = not_the_page(source, target)
            if lost:
                return replace(result, reason=f"{result.reason}; when cited it redirected to {lost}, {target} "
                               f"({via}): a soft 404, not the cited version")
            if any(same_resource(target, seen) for seen in chain):
                return replace(result, reason=f"{result.reason}; its archived redirects loop "
                               f"({' → '.join([*chain, target])}): no cited version")
            chain.append(target)
            try:
                source_captures = self.captures(target, pivot=pivot)
            except WaybackError as exc:
                return replace(result, reason=f"{result.reason}; when cited it redirected to {target}, "
                               f"which could not be looked up: {self._failed(exc)}")
            source = target
            found = choose(target, source_captures, win, prefer)
            if found.status is ArchiveStatus.FOUND:
                hops = f" via {' → '.join(chain[1:-1])}" if len(chain) > 2 else ""
                return replace(
                    result,
                    status=ArchiveStatus.FOUND,
                    reason=f"cited URL redirected to {target}{hops} when cited ({via}); cited version found at "
                           f"{target}: {found.reason}",
                    cited=found.cited,
                    distance_days=0,
                    last_ok=max((c for c in (result.last_ok, found.last_ok) if c is not None),
                                key=lambda c: c.timestamp, default=None),
                    redirected_to=target,
                )
            last_reason = found.reason
        return result  # not reached: the loop returns on its last turn

    def _redirect_location(
        self, source: str, redirects: Sequence[Capture], link: LinkCheck | None
    ) -> tuple[str | None, str]:
        """Where an archived redirect pointed, and how we know (for the reason); (None, why) if unknown.

        The CDX row lacks the Location, so the capture is replayed raw (`id_`), its own
        redirect not followed. If no capture replays, the live site's first redirect (the
        resolver's hops) stands in, and the reason says the target is today's.
        """
        errors = []
        for capture in redirects[:REDIRECT_REPLAYS]:
            key = (capture.original, capture.timestamp)
            with self._lock:
                known = self._locations.get(key)
            if known is not None:
                return known, f"capture {capture.date_iso}, HTTP {capture.status}"
            try:
                memento = self.client.replay(capture.timestamp, capture.original)
            except WaybackError as exc:
                if isinstance(exc, RateLimitError | ArchiveUnavailableError):
                    self.breaker.failure(str(exc), at_once=isinstance(exc, ArchiveUnreachableError))
                errors.append(f"capture {capture.date_iso} did not replay: {exc}")
                continue
            target = redirect_target(memento.location or "", capture.original) if memento.location else None
            if target is None or not 300 <= memento.status < 400:
                errors.append(f"capture {capture.date_iso} replayed without a usable Location")
                continue
            if same_resource(target, source):
                # http -> https, adding a slash, fixing case: one page under the archive's key,
                # whose working captures (if any) choose() already saw. Not a move: try another.
                errors.append(f"capture {capture.date_iso} redirected to another spelling of the URL")
                continue
            with self._lock:
                self._locations[key] = target
            return target, f"capture {capture.date_iso}, HTTP {capture.status}"
        if link is not None and link.hops:
            first = link.hops[0]
            if first.location and first.status and 300 <= first.status < 400 and same_resource(first.url, source):
                target = redirect_target(first.location, first.url)
                if target is not None:
                    return target, f"target read from today's live redirect; {'; '.join(errors)}"
        return None, "; ".join(errors) or "its redirect target is unknown"

    def _failed(self, exc: WaybackError) -> str:
        """One readable line for a failure; archive-side failures feed the circuit breaker."""
        if isinstance(exc, RateLimitError | ArchiveUnavailableError):
            self.breaker.failure(str(exc), at_once=isinstance(exc, ArchiveUnreachableError))
        if isinstance(exc, RateLimitError | ExcludedError | ArchiveUnreachableError | ArchiveDownError):
            return str(exc)
        return f"archive lookup failed: {exc}"

    # ------------------------------------------------------------------ replay

    def fetch_capture(self, result: ArchiveResult) -> Page | None:
        """The cited version's raw bytes (or the next-best capture's); None when none replays."""
        page, _ = self.replay(result)
        return page

    def replay(self, result: ArchiveResult) -> tuple[Page | None, ArchiveResult]:
        """Replay result.cited; on failure try the next-best 2xx captures (Config.replay_attempts in all).

        Returns the page and the result updated to say what was served: `cited` becomes the
        capture actually replayed and `replay_error` says why the first choice was not.
        """
        if result.cited is None:
            return None, replace(result, replay_error="no capture to replay")
        candidates = self._replay_candidates(result)
        errors: list[str] = []
        for capture in candidates[: max(1, self.config.replay_attempts)]:
            if self.breaker.is_open:
                errors.append(self.breaker.reason or "archive down")
                break
            page, served, error = self._replay_one(capture, candidates)
            if page is not None and served is not None:
                note = None
                if served.timestamp != result.cited.timestamp:
                    errors.append(error or f"archive served {served.date_iso} instead")
                    note = "; ".join(errors)
                return page, replace(result, cited=served, replay_error=note)
            errors.append(error or "did not replay")
        return None, replace(result, replay_error="; ".join(errors) or "no capture replayed")

    def _replay_candidates(self, result: ArchiveResult) -> list[Capture]:
        assert result.cited is not None
        cited = result.cited
        with self._lock:
            # After a redirect at citation time, the cited capture is the target's.
            known = list(self._captures.get(strip_fragment(result.redirected_to or result.url), []))
        ok = [c for c in known if is_ok(c) and c.timestamp != cited.timestamp]
        win = _window(result.window)
        if win.contains(capture_date(cited)):
            # The next-best stays inside the window: a capture outside it is not the cited version.
            ok = [c for c in ok if win.contains(capture_date(c))]
        # Nearest in time to the chosen capture first; on a tie, the earlier one (closer to
        # what the author saw).
        return [cited, *sorted(ok, key=lambda c: (abs(int(c.timestamp) - int(cited.timestamp)), c.timestamp))]

    def _replay_one(self, capture: Capture, candidates: Sequence[Capture]) -> tuple[Page | None, Capture | None,
                                                                                      str | None]:
        key = (capture.original, capture.timestamp)
        with self._lock:
            if key in self._pages:
                self._pages.move_to_end(key)
                return self._pages[key], capture, None
        label = f"capture {capture.date_iso} ({capture.timestamp})"
        try:
            memento = self.client.replay(capture.timestamp, capture.original)
        except WaybackError as exc:
            if isinstance(exc, RateLimitError | ArchiveUnavailableError):
                self.breaker.failure(str(exc), at_once=isinstance(exc, ArchiveUnreachableError))
            return None, None, f"{label} did not replay: {exc}"
        self.breaker.success()
        if not 200 <= memento.status < 300:
            return None, None, f"{label} did not replay: the archive answered HTTP {memento.status}"
        served = capture
        error = None
        if memento.timestamp and memento.timestamp != capture.timestamp:
            # The archive substituted a neighbour (archive.org and pywb both do when a record
            # cannot be loaded). Accept it only if it is itself one of our candidates.
            match = next((c for c in candidates if c.timestamp == memento.timestamp), None)
            if match is None:
                return None, None, (f"{label} did not replay: the archive served "
                                    f"{memento.timestamp}, outside the candidates")
            served = match
            error = f"{label} did not replay; the archive served {match.date_iso} ({match.timestamp}) instead"
        page = Page(
            url=memento.final_url,
            status=memento.status,
            content_type=memento.content_type,
            body=memento.body,
            truncated=memento.truncated,
            headers=memento.headers,
            encoding=memento.encoding,
        )
        with self._lock:
            self._pages[(served.original, served.timestamp)] = page
            while len(self._pages) > PAGE_CACHE_SIZE:
                self._pages.popitem(last=False)
        return page, served, error

    # ------------------------------------------------------------------ saving

    def today(self) -> date:
        return self._today or datetime.now(UTC).date()

    def should_save(self, result: ArchiveResult, link: LinkCheck | None) -> bool:
        """Save only live URLs the archive lacks a recent working copy of.

        Never a dead, blocked, invalid or unchecked link (saving a dead URL archives its
        error page); never when the lookup failed (we do not know what the archive holds,
        and it may be down); never a URL already submitted in this run. Otherwise save when
        there is no 2xx capture at all, or (with Config.save_older_than_days) when the
        newest one is older than that.
        """
        if link is None or link.verdict.is_dead or link.verdict in _NEVER_SAVE:
            return False
        if result.status in (ArchiveStatus.LOOKUP_FAILED, ArchiveStatus.NOT_CHECKED):
            return False
        with self._lock:
            if strip_fragment(result.url) in self._saved:
                return False
        newest = result.last_ok
        if newest is None:
            return True
        days = self.config.save_older_than_days
        if days is None:
            return False
        return (self.today() - capture_date(newest)).days > days

    def save(self, url: str) -> SaveOutcome:
        """Ask Save Page Now 2 for a capture and wait (Config.save_deadline) for the job."""
        clean = strip_fragment(url)
        with self._lock:
            if clean in self._saved:
                previous = self._saved[clean]
                return SaveOutcome(
                    status="skipped",
                    message="already submitted in this run" + (f" ({previous.status})" if previous else ""),
                    capture=previous.capture if previous else None,
                    job_id=previous.job_id if previous else None,
                )
            self._saved[clean] = None  # reserve: a concurrent call sees it as in progress
        outcome = self._save(clean)
        with self._lock:
            self._saved[clean] = outcome
        return outcome

    def _save(self, url: str) -> SaveOutcome:
        if self.breaker.is_open:
            return SaveOutcome(status="error", message=self.breaker.reason or "archive down")
        try:
            status = self.client.save_and_wait(url, deadline=self.config.save_deadline,
                                               poll_interval=_poll_interval(self.config.save_deadline))
        except RateLimitError as exc:
            self.breaker.failure(str(exc), at_once=isinstance(exc, ArchiveUnreachableError))
            return SaveOutcome(status="rate_limited", message=str(exc))
        except SaveError as exc:
            return SaveOutcome(status=_save_kind(exc.status_ext), message=_save_message(str(exc), exc.status_ext),
                               job_id=exc.job_id)
        except WaybackError as exc:
            if isinstance(exc, ArchiveUnavailableError):
                self.breaker.failure(str(exc), at_once=isinstance(exc, ArchiveUnreachableError))
            return SaveOutcome(status="error", message=f"save failed: {exc}")
        if status.status == "success" and status.timestamp:
            original = status.original_url or url
            capture = Capture(
                timestamp=status.timestamp,
                original=original,
                status=status.http_status,
                archive_url=f"{self.base_url}/web/{status.timestamp}/{original}",
            )
            with self._lock:
                # The next lookup in this run should see the new capture.
                self._captures.pop(url, None)
                self._base.pop(url, None)
                self._near.pop(url, None)
            return SaveOutcome(status="saved", message=f"saved as {capture.archive_url}", capture=capture,
                               job_id=status.job_id)
        if status.status == "pending":
            return SaveOutcome(status="error", job_id=status.job_id,
                               message=f"save job still pending after {self.config.save_deadline:g} s")
        return SaveOutcome(status=_save_kind(status.status_ext), job_id=status.job_id,
                           message=_save_message(status.message or "save failed", status.status_ext))


def _rows_for(rows: Sequence[CdxRecord], url: str) -> list[CdxRecord]:
    """The rows of an exact-match CDX answer that are captures of `url`.

    Rows whose `original` is a spelling of `url` (same_resource) are kept, with every row
    filed under the same urlkey as one of them. When none matches by spelling but the
    archive filed all rows under one key, they are kept too: the key is the archive's own
    canonicaliser (session ids, escapes and rules we do not copy), and an exact-match query
    answers only that key. Rows under another key (a fuzzy or prefix answer) are dropped.
    """
    keys = {r.urlkey for r in rows if r.urlkey and same_resource(r.original, url)}
    if not keys:
        all_keys = {r.urlkey for r in rows}
        if len(all_keys) == 1 and None not in all_keys:
            keys = {k for k in all_keys if k}
    return [r for r in rows if same_resource(r.original, url) or (r.urlkey is not None and r.urlkey in keys)]


_INDEX_FILE = re.compile(r"^(?:index|default)\.(?:html?|php|aspx?|jsp)$", re.I)


def _index_variant(url: str) -> str | None:
    """".../index.html" -> ".../": one page on nearly every server, two keys in the archive.

    Asked only when the cited spelling has no capture at all (one more CDX query).
    """
    parts = urlsplit(url)
    head, _, last = parts.path.rpartition("/")
    if not _INDEX_FILE.match(last):
        return None
    return parts._replace(path=head + "/").geturl()


def _redirects_in_window(captures: Sequence[Capture], win: Window, pivot: date | None) -> list[Capture]:
    """3xx captures inside the window, closest before `pivot` first, then the earliest after it."""
    inside = sorted((c for c in captures if c.status is not None and 300 <= c.status < 400
                     and win.contains(capture_date(c))), key=lambda c: c.timestamp)
    if pivot is None:
        return inside[::-1]
    cut = to_timestamp(pivot, end=True)
    return [c for c in inside if c.timestamp <= cut][::-1] + [c for c in inside if c.timestamp > cut]


def _poll_interval(deadline: float) -> float:
    """About 20 polls per deadline, never more often than 20/s nor less than every SAVE_POLL_INTERVAL."""
    return min(SAVE_POLL_INTERVAL, max(0.05, deadline / 20))


def _save_kind(status_ext: str | None) -> str:
    ext = (status_ext or "").lower()
    if ext.startswith(_BLOCKED_EXT):
        return "blocked"
    if ext.startswith(_LIMITED_EXT):
        return "rate_limited"
    return "error"


def _save_message(message: str, status_ext: str | None) -> str:
    return f"{message} [{status_ext}]" if status_ext else message


def _date_or_none(iso: str | None) -> date | None:
    if not iso:
        return None
    try:
        return end_of(iso)
    except ValueError:
        return None


def _window(window: tuple[str | None, str | None] | None) -> Window:
    """Parse a window; an unreadable end is treated as open rather than failing the lookup."""
    if window is None:
        return Window(None, None)
    lo, hi = window
    try:
        return Window.parse((lo or None, hi or None))
    except ValueError:
        pass
    try:
        return Window.parse((lo or None, None))
    except ValueError:
        pass
    try:
        return Window.parse((None, hi or None))
    except ValueError:
        return Window(None, None)
