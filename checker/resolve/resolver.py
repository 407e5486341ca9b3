"""Resolver: every distinct cited URL checked once, concurrently and politely.

Threads, because requests is synchronous: `config.concurrency` workers, each
sending one request at a time through `Limits` (global and per-host limits,
minimum per-host delay). URLs are handed out one host at a time in turn, so
workers spread over hosts instead of queueing behind one busy host, and they may
keep coming while the first are checked.
"""

from __future__ import annotations

import re
import threading
from collections import deque
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from types import MappingProxyType
from urllib.parse import urlsplit, urlunsplit

from checker.config import Config
from checker.errors import ConfigError
from checker.models import LinkCheck, Page, Verdict
from checker.resolve import soft404
from checker.resolve.classify import classify, phrase, worth_a_browser_look
from checker.resolve.fetch import (
    CONNECTION_LEVEL_ERRORS,
    Budget,
    Chain,
    Fetcher,
    host_key,
    is_htmlish,
    same_url_key,
    without_root_dot,
)
from checker.resolve.limits import Limits
from checker.resolve.session import archive_trust, make_session

SUPPORTED_SCHEMES = frozenset({"http", "https"})
NETWORK_UNAVAILABLE = "network unavailable"
CANARY_TIMEOUT = 10.0


@dataclass(frozen=True)
class ResolveOutcome:
    checks: Mapping[str, LinkCheck]  # keyed by the URL exactly as given
    network_down: bool = False
    notice: str | None = None


def invalid_reason(url: str) -> str | None:
    """Why this URL cannot be checked at all (malformed or unsupported), or None."""
    if not url or not url.strip():
        return "empty URL"
    if any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        return "malformed URL: contains whitespace or control characters"
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises ValueError on a bad port
    except ValueError as exc:
        return f"malformed URL: {exc}"
    scheme = parts.scheme.lower()
    if not scheme:
        return "malformed URL: no scheme (http:// or https://)"
    if scheme not in SUPPORTED_SCHEMES:
        return f"unsupported scheme {scheme}: (not opened)"
    if not parts.hostname:
        return "malformed URL: no host"
    return None


def https_twin(target: str, chain: Chain) -> str | None:
    """The cited http:// address over https://, when the first redirect went to the root
    of the same site over https:// (else None)."""
    parts = urlsplit(target)
    if parts.scheme.lower() != "http" or not chain.hops or not chain.hops[0].location:
        return None
    loc = urlsplit(chain.hops[0].location)
    same_site = (loc.hostname or "").removeprefix("www.") == (parts.hostname or "").removeprefix("www.")
    if loc.scheme.lower() != "https" or not same_site or loc.path not in ("", "/") or loc.query:
        return None
    if (parts.path or "/") == "/" and not parts.query:
        return None  # the cited page was the home page: nothing was lost
    return urlunsplit(("https", loc.netloc, parts.path, parts.query, ""))


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class _TakeInTurn:
    """URLs waiting to be checked, handed out one host at a time in turn (round robin in
    the order hosts first came), so that workers spread over hosts instead of queueing
    behind one busy host. URLs may keep coming while workers take them; `close` says no
    more will."""

    def __init__(self) -> None:
        self._queues: dict[str, deque[str]] = {}
        self._turns: deque[str] = deque()  # hosts with URLs waiting, whose turn is next first
        self._changed = threading.Condition()
        self._closed = False

    def put(self, host: str, url: str) -> None:
        with self._changed:
            queue = self._queues.get(host)
            if queue is None:
                self._queues[host] = deque([url])
                self._turns.append(host)
            else:
                queue.append(url)
            self._changed.notify()

    def close(self) -> None:
        with self._changed:
            self._closed = True
            self._changed.notify_all()

    def take(self, stop: threading.Event | None) -> str | None:
        """The next URL, waiting for one while more may come; None when all are taken (or `stop` is set)."""
        with self._changed:
            while True:
                if stop is not None and stop.is_set():
                    return None
                if self._turns:
                    host = self._turns.popleft()
                    queue = self._queues[host]
                    url = queue.popleft()
                    if queue:
                        self._turns.append(host)
                    else:
                        del self._queues[host]
                    return url
                if self._closed:
                    return None
                self._changed.wait(_POLL)


_POLL = 0.2  # seconds between looks at the stop flag while waiting for URLs


class Resolver:
    def __init__(self, config: Config) -> None:
        self.config = config
        try:
            self._excludes = tuple(re.compile(p) for p in config.excludes)
        except re.error as exc:
            raise ConfigError(f"excludes: bad regular expression: {exc}") from exc
        # The network-down canary asks the configured archive, which may be the user's own
        # archive on a private address; cited URLs never share that exemption (fetch.follow).
        self.session = make_session(config, trusted=archive_trust(config))
        self.limits = Limits(config)
        self.fetcher = Fetcher(config, self.session, self.limits)
        self.probes = soft404.ProbeCache()

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> Resolver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ one URL
    def _pre_verdict(self, url: str) -> tuple[Verdict, str] | None:
        why = invalid_reason(url)
        if why:
            return Verdict.INVALID, why
        for rx in self._excludes:
            if rx.search(url):
                return Verdict.NOT_CHECKED, f"excluded by pattern {rx.pattern!r}"
        return None

    def _probe(self, probe_url: str) -> soft404.ProbeResult | None:
        # No retries: a probe that fails is inconclusive, and inconclusive counts as alive.
        chain = self.fetcher.follow(probe_url, retries=0)
        final = chain.final
        if final is None or final.status is None:
            return None
        text = None
        if is_htmlish(final.content_type) and not final.undecodable:
            text = soft404.page_text(final.body, final.encoding)
        return soft404.ProbeResult(probe_url, final.status, final.url, text)

    def check(self, url: str) -> tuple[LinkCheck, bool]:
        """Check one URL (fragment stripped before sending). Returns the check and
        whether it failed at the connection level (for the network-down guard)."""
        pre = self._pre_verdict(url)
        if pre:
            return LinkCheck(url, pre[0], pre[1], checked_at=_now_iso()), False
        target = without_root_dot(url.split("#", 1)[0])
        chain = self.fetcher.follow(target)
        check = self._judge(url, target, chain)
        suspect = worth_a_browser_look(check.verdict, chain) if self.config.browser_user_agent else None
        if suspect:
            # Some fronts answer what they take for a bot with a 404 or 5xx. Asked once
            # more as a browser (as InternetArchiveBot always asks), a live page shows it.
            second = self.fetcher.follow(target, retries=0, user_agent=self.config.browser_user_agent)
            as_browser = self._judge(url, target, second)
            if not as_browser.verdict.is_dead:
                if check.status is not None:
                    said = f"{suspect} answered HTTP {check.status} {phrase(check.status)}".rstrip()
                else:
                    said = (chain.final.detail if chain.final and chain.final.detail else None) or str(check.error)
                reason = f"{as_browser.reason} as a browser (to this tool's User-Agent: {said})"
                check = replace(as_browser, reason=reason, attempts=check.attempts + as_browser.attempts,
                                elapsed=round(check.elapsed + as_browser.elapsed, 4),
                                bytes_read=check.bytes_read + as_browser.bytes_read)
                return check, False
        twin = https_twin(target, chain) if check.verdict is Verdict.MOVED_TO_HOMEPAGE else None
        if twin:
            # A lazy HTTPS migration sends every http:// address to the https:// home page,
            # while the page itself lives on at the same path over https://.
            at_https = self._judge(url, twin, self.fetcher.follow(twin, retries=0))
            if at_https.verdict in (Verdict.OK, Verdict.REDIRECTED):
                reason = (f"{at_https.reason.split(' after ', 1)[0]} at {at_https.final_url}: the cited http:// "
                          f"address sends readers to the home page, the page itself moved to https://")
                return replace(at_https, verdict=Verdict.REDIRECTED, reason=reason, hops=check.hops + at_https.hops,
                               attempts=check.attempts + at_https.attempts,
                               elapsed=round(check.elapsed + at_https.elapsed, 4),
                               bytes_read=check.bytes_read + at_https.bytes_read), False
        return check, self._connection_level(chain)

    def _judge(self, url: str, target: str, chain: Chain) -> LinkCheck:
        """The verdict on one followed chain, with its evidence."""
        final = chain.final
        page: Page | None = None
        text: soft404.PageText | None = None
        soft = None
        served: str | None = None
        if final is not None and final.status is not None and not final.undecodable:
            if is_htmlish(final.content_type) and final.body:
                text = soft404.page_text(final.body, final.encoding)
            if 200 <= final.status < 300:
                if is_htmlish(final.content_type):
                    page = final.page()
                if text is not None and not soft404.bot_wall_cue(text):
                    asks = self.config.soft404_probe and soft404.probe_can_matter(text, requested=target,
                                                                                  final_url=final.url)
                    probe = self.probes.get(target, self._probe) if asks else None
                    if probe is not None:
                        soft = soft404.judge(final.url, text, probe, requested=target)
                    if soft is None:
                        cue = soft404.error_cue(text)
                        if cue and not soft404.article_despite_cue(text, probe):
                            soft = f"the page says it is missing ({cue})"
            elif final.status == 404 and text is not None and self.config.soft404_probe:
                served = self._served_anyway(target, text)
                if served:
                    page = final.page()
        verdict, reason = classify(url, chain, self.config, text=text, soft404=soft, served_anyway=served)
        return LinkCheck(
            url=url,
            verdict=verdict,
            reason=reason,
            status=chain.status,
            final_url=chain.final_url,
            hops=chain.hops,
            error=chain.error_code,
            elapsed=round(chain.elapsed, 4),
            bytes_read=chain.bytes_read,
            attempts=chain.attempts,
            checked_at=_now_iso(),
            retry_after=chain.retry_after,
            page=page,
        )

    def _served_anyway(self, target: str, text: soft404.PageText) -> str | None:
        """Why a 404 answer is really the cited page (some CMSes send articles with a 404
        status; readers see them fine), or None. Needs positive evidence: a long page that
        does not call itself missing, unlike what the server sends for a random sibling."""
        if len(text.text) < soft404.FULL_PAGE_TEXT or soft404.error_cue(text) or soft404.bot_wall_cue(text):
            return None
        probe = self.probes.get(target, self._probe)
        if probe is None or probe.status is None or probe.text is None or 200 <= probe.status < 300:
            return None  # no error page to tell it from: the status stands
        score = soft404.similarity(text.text, probe.text.text)
        if score >= soft404.DIFFERENT_PAGE:
            return None
        return f"a full page, {score:.0%} similar to the error page of a random sibling URL"

    @staticmethod
    def _connection_level(chain: Chain) -> bool:
        final = chain.final
        if final is None or chain.error:
            return False
        if final.status is None:
            return final.error in CONNECTION_LEVEL_ERRORS
        # Behind a proxy a dead host shows as the proxy's 502/504 on the first hop.
        return final.proxied and final.status in (502, 504) and len(chain.hops) == 1

    # ------------------------------------------------------------------ many URLs
    def check_all(
        self,
        urls: Iterable[str],
        on_result: Callable[[LinkCheck], None] | None = None,
        *,
        ignored: Collection[str] = (),
        keep_pages: bool = True,
        keep_checks: bool = True,
        stop: threading.Event | None = None,
    ) -> ResolveOutcome:
        """Check every distinct URL once. `on_result` is called once per URL as it
        finishes, from worker threads (progress only: the outcome is authoritative,
        since the network-down guard may rewrite results at the end).

        `urls` may be a stream (any iterable but a sequence): URLs are checked as they come,
        while more are still being found (the pipeline parses notes as the first are checked),
        and the check ends when the stream does. Spellings of one URL that come while the
        first is still queued share its request; one that comes after the first was taken is
        checked again.

        With `keep_pages=False` the outcome holds no page bodies: `on_result` sees each
        page once and must take what it needs, so a run over thousands of URLs holds
        one bounded body per worker, not one per URL.

        With `keep_checks=False` (`on_result` keeps what it needs) the outcome holds only
        the checks whose connection failed: the only ones the network-down guard may
        rewrite. A run then holds per URL a few bytes, not its check, until the end.

        Once `stop` is set no further URL is started (in-flight ones finish) and the
        outcome holds only the URLs that finished, without the network-down guard: an
        interrupted run (Ctrl-C) must stop in seconds, not check what is queued.
        """
        given: dict[str, None] = {}  # every URL, in the order it came
        results: dict[str, LinkCheck] = {}
        conn_failed: dict[str, bool] = {}
        connected: list[bool] = []  # kept instead of every check: some attempt got an answer
        lock = threading.Lock()

        def emit(check: LinkCheck, failed: bool) -> None:
            with lock:
                if keep_checks or failed:
                    results[check.url] = check if keep_pages else replace(check, page=None)
                    conn_failed[check.url] = failed
                elif not connected and check.verdict not in (Verdict.INVALID, Verdict.NOT_CHECKED):
                    connected.append(True)
            if on_result is not None:
                on_result(check)

        for u in ignored:
            if u not in given:
                given[u] = None
                emit(LinkCheck(u, Verdict.NOT_CHECKED, "ignored by the user", checked_at=_now_iso()), False)

        # Group URLs that differ only by fragment, host case or a root dot: one request serves them all.
        groups: dict[str, list[str]] = {}
        waiting = _TakeInTurn()
        # More threads than request slots: a thread sleeping out a Retry-After or waiting
        # for a shared soft-404 probe holds no slot, and must not idle a host meanwhile.
        most_workers = 2 * self.config.concurrency
        workers: list[Future[None]] = []

        def admit(u: str) -> bool:
            """True if `u` is a new group, queued."""
            with lock:
                if u in given:
                    return False
                given[u] = None
                base = same_url_key(u)
                members = groups.get(base)
                if members is not None:
                    members.append(u)
                    return False
                groups[base] = [u]
            waiting.put(host_key(base), base)
            return True

        def work(base: str) -> None:
            with lock:  # let go of each group once taken: a long run holds only those in flight
                members = groups.pop(base)
            try:
                check, failed = self.check(members[0])
            except Exception as exc:  # a bug must not become a dead verdict
                check, failed = LinkCheck(members[0], Verdict.NOT_CHECKED,
                                          f"internal error while checking: {type(exc).__name__}: {exc}",
                                          error="internal_error", checked_at=_now_iso()), False
            for m in members:
                emit(replace(check, url=m), failed)

        def drain() -> None:
            # Each worker takes the next URL when it is free: one future per worker, not a
            # queued future per URL (20,000 URLs queued up front cost ~60 MB).
            while (base := waiting.take(stop)) is not None:
                work(base)

        with ThreadPoolExecutor(max_workers=most_workers, thread_name_prefix="resolve") as pool:
            if isinstance(urls, Sequence):
                for u in urls:  # all known: grouped whole before the first is taken
                    admit(u)
                waiting.close()
                workers.extend(pool.submit(drain) for _ in range(min(most_workers, len(groups))))
            else:
                try:
                    for u in urls:  # a worker more for each new URL, up to the most
                        if admit(u) and len(workers) < most_workers:
                            workers.append(pool.submit(drain))
                finally:
                    waiting.close()
            for f in workers:
                f.result()

        if stop is not None and stop.is_set():
            return ResolveOutcome(MappingProxyType({u: results[u] for u in given if u in results}))
        checks = {u: results[u] for u in given if u in results}
        down, notice = (False, None) if connected else self._network_down(checks, conn_failed)
        if down:
            checks = {
                u: replace(c, verdict=Verdict.NOT_CHECKED, reason=NETWORK_UNAVAILABLE) if conn_failed[u] else c
                for u, c in checks.items()
            }
        return ResolveOutcome(MappingProxyType(checks), down, notice)

    # ------------------------------------------------------------------ network-down guard
    def _network_down(
        self, checks: Mapping[str, LinkCheck], conn_failed: Mapping[str, bool]
    ) -> tuple[bool, str | None]:
        """True when the run's failures say more about our network than about the sources.

        Judged from the run's own results and from the configured archive, never from
        a hard-coded canary host or local DNS (behind a proxy, local DNS may know nothing).
        """
        attempted = [u for u, c in checks.items() if c.verdict not in (Verdict.INVALID, Verdict.NOT_CHECKED)]
        if not attempted or not all(conn_failed[u] for u in attempted):
            return False, None
        hosts = {host_key(u) for u in attempted}
        errors = sorted({checks[u].error or f"HTTP {checks[u].status}" for u in attempted})
        if len(hosts) == 1:
            canary = self.canary()
            if canary is None:
                return False, None  # the archive answers: that one host is really down
            why = (f"the only host tried failed ({', '.join(errors)}) and the archive at "
                   f"{self.config.wayback_url} {canary}")
        else:
            why = f"all {len(hosts)} hosts failed to connect ({', '.join(errors)})"
        return True, (f"Network unavailable: {why}. {len(attempted)} URL(s) marked not_checked; "
                      "no URL was declared dead.")

    def canary(self) -> str | None:
        """None if the configured archive answers over HTTP; otherwise what went wrong."""
        base = self.config.wayback_url.rstrip("/") + "/"
        ex = self.fetcher.exchange(base, Budget(min(CANARY_TIMEOUT, self.config.url_deadline)), max_bytes=1024)
        if ex.status is None:
            return f"did not answer either ({ex.error})"
        if ex.proxied and ex.status in (502, 504):
            return f"did not answer either (proxy said {ex.status})"
        return None
