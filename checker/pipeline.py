"""The only place that knows the stage order: references -> resolve -> archive -> compare -> run.

Each stage is a small module with its own records; this module wires them,
deduplicates work (a URL cited by several notes or articles is fetched once) and
records history. It prints nothing: progress goes through a `Progress` sink.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Protocol

from checker import __version__
from checker.config import Config
from checker.models import (
    DEAD_VERDICTS,
    ArchiveResult,
    ArchiveStatus,
    Citation,
    CitationResult,
    Comparison,
    Drift,
    Finding,
    LinkCheck,
    Note,
    Page,
    PageMetadata,
    References,
    Run,
    SaveOutcome,
    Severity,
    Verdict,
)
from checker.store import Store

if TYPE_CHECKING:
    from checker.archive import Archivist

ARCHIVE_WORKERS = 4  # the archive's own rate limiter paces them; more threads only wait
COMPARE_WORKERS = 4
EXTRACT_WORKERS = 2  # today's pages, extracted while the resolver fetches the rest


class Progress(Protocol):
    def start(self, phase: str, total: int) -> None: ...
    def advance(self, phase: str) -> None: ...
    def finish(self, phase: str) -> None: ...


class NoProgress:
    def start(self, phase: str, total: int) -> None:
        pass

    def advance(self, phase: str) -> None:
        pass

    def finish(self, phase: str) -> None:
        pass


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def checkable(citation: Citation) -> bool:
    return bool(citation.url) and not citation.ignore


def run_checks(
    articles: Sequence[References],
    config: Config,
    *,
    store: Store | None = None,
    progress: Progress | None = None,
) -> list[Run]:
    """Check every article; URLs shared between articles are resolved once."""
    from checker.resolve import Resolver

    progress = progress or NoProgress()
    started = now_iso()

    urls = _distinct(c.url for refs in articles for _, c in refs.citations() if checkable(c) and c.url)
    pending: dict[str, Future[LivePage]] = {}

    def on_result(check: LinkCheck) -> None:
        # Take what the compare stage needs as each URL finishes and let the body go: a
        # nightly run over thousands of URLs must not hold every page until the end.
        if config.compare and check.page is not None:
            pending[check.url] = extractor.submit(_live_page, check.url, check.page)
        progress.advance("resolve")

    progress.start("resolve", len(urls))
    # A few dedicated threads extract: extraction is CPU work under the GIL, and spread over
    # every resolver thread it multiplied parse trees and malloc arenas. Measured 2026-11-28,
    # 600 loopback pages of 215 KB (15 KB of text): 94 MB peak RSS and 34 s this way, against
    # 202 MB and 40 s when every body was kept for a later compare stage.
    with ThreadPoolExecutor(EXTRACT_WORKERS, thread_name_prefix="extract") as extractor, \
            Resolver(config) as resolver:
        outcome = resolver.check_all(urls, on_result=on_result, keep_pages=False)
    live = {url: future.result() for url, future in pending.items()}
    progress.finish("resolve")
    links: dict[str, LinkCheck] = dict(outcome.checks)

    notices: list[str] = []
    if outcome.notice:
        notices.append(outcome.notice)

    archive_results: dict[CitationKey, ArchiveResult] = {}
    archivist: Archivist | None = None
    if config.archive and not outcome.network_down:
        from checker.archive import Archivist

        archivist = Archivist(config, cache=store)
        archive_results = _archive_stage(articles, links, archivist, config, progress)
        if archivist.breaker.is_open:
            notices.append(f"Wayback Machine unavailable: {archivist.breaker.reason}")

    runs = []
    progress.start("compare", sum(len(refs.citations()) for refs in articles))
    for article_index, refs in enumerate(articles):
        results = _assemble(article_index, refs, links, live, archive_results, archivist, config, store, progress,
                            network_down=outcome.network_down)
        run = Run(
            article=refs.article,
            results=tuple(results),
            started_at=started,
            finished_at=now_iso(),
            tool_version=__version__,
            settings=_settings(config),
            network_down=outcome.network_down,
            notices=tuple(notices) + tuple(refs.warnings),
        )
        runs.append(run)
    progress.finish("compare")
    return runs


def _distinct(urls: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(urls))


# (article's position in the run, citation's position in the article): unique even when an
# article numbers two notes alike or two articles share a title.
CitationKey = tuple[int, int]


def _archive_stage(
    articles: Sequence[References],
    links: dict[str, LinkCheck],
    archivist: Archivist,
    config: Config,
    progress: Progress,
) -> dict[CitationKey, ArchiveResult]:
    from checker.archive import citation_pivot, citation_window

    jobs = [
        ((article_index, citation_index), refs, c)
        for article_index, refs in enumerate(articles)
        for citation_index, (_, c) in enumerate(refs.citations())
        if checkable(c) and links.get(c.url or "") is not None
        and links[c.url or ""].verdict not in (Verdict.INVALID, Verdict.NOT_CHECKED)
    ]
    progress.start("archive", len(jobs))

    def lookup(job: tuple[CitationKey, References, Citation]) -> tuple[CitationKey, ArchiveResult]:
        key, refs, citation = job
        url = citation.url or ""
        window = citation_window(citation, refs.article)
        # IABot: the capture closest before access (else the day the link was copied, else the article's date).
        prefer = citation_pivot(citation, refs.article)
        result = archivist.lookup(url, window=window, prefer_before=prefer, link=links.get(url))
        progress.advance("archive")
        return key, result

    with ThreadPoolExecutor(ARCHIVE_WORKERS) as pool:
        results = dict(pool.map(lookup, jobs))
    progress.finish("archive")

    if config.save:
        saved: dict[str, SaveOutcome] = {}
        for key, result in list(results.items()):
            link = links.get(result.url)
            if result.url not in saved and archivist.should_save(result, link):
                saved[result.url] = archivist.save(result.url)
            if result.url in saved:
                results[key] = dataclasses.replace(result, saved=saved[result.url])
    return results


def _assemble(
    article_index: int,
    refs: References,
    links: dict[str, LinkCheck],
    live: dict[str, LivePage],
    archive_results: dict[CitationKey, ArchiveResult],
    archivist: Archivist | None,
    config: Config,
    store: Store | None,
    progress: Progress,
    *,
    network_down: bool,
) -> list[CitationResult]:
    def one(job: tuple[int, tuple[Note, Citation]]) -> CitationResult:
        citation_index, (note, citation) = job
        try:
            archive = archive_results.get((article_index, citation_index))
            return _citation_result(note, citation, links, live.get(citation.url or ""), archive, archivist,
                                    config, store, network_down=network_down)
        finally:
            progress.advance("compare")

    with ThreadPoolExecutor(COMPARE_WORKERS) as pool:
        return list(pool.map(one, enumerate(refs.citations())))


def _citation_result(
    note: Note,
    citation: Citation,
    links: dict[str, LinkCheck],
    today: LivePage | None,
    archive: ArchiveResult | None,
    archivist: Archivist | None,
    config: Config,
    store: Store | None,
    *,
    network_down: bool,
) -> CitationResult:
    if not citation.url:
        return CitationResult(note=note, citation=citation)
    if citation.ignore:
        link = LinkCheck(url=citation.url, verdict=Verdict.NOT_CHECKED, reason="ignored in references.yaml")
        return CitationResult(note=note, citation=citation, link=link)

    link = links[citation.url]
    if archive is None and config.archive:
        reason = "network unavailable" if network_down else "archive not consulted for this link"
        archive = ArchiveResult(url=citation.url, status=ArchiveStatus.NOT_CHECKED, reason=reason)

    comparison: Comparison | None = None
    findings: tuple[Finding, ...] = ()
    if config.compare and not network_down:
        comparison, findings, archive = _compare(citation, link, today, archive, archivist)
        findings += _history_findings(link, comparison, store, config)
    return CitationResult(
        note=note, citation=citation, link=link, archive=archive, comparison=comparison, findings=findings
    )


@dataclass(frozen=True)
class LivePage:
    """What the compare stage needs of today's page, kept instead of its body."""

    metadata: PageMetadata
    fragment_findings: tuple[Finding, ...]


def _live_page(url: str, page: Page) -> LivePage:
    from checker.compare import check_fragment

    return LivePage(_extract(page), check_fragment(url, page))


@functools.lru_cache(maxsize=32)  # bounded: a page body can be megabytes
def _extract(page: Page) -> PageMetadata:
    """Pages are immutable and often shared (URLs differing by fragment, Ibid.): extract each once."""
    from checker.compare import extract

    return extract(page)


def _compare(
    citation: Citation,
    link: LinkCheck,
    live: LivePage | None,
    archive: ArchiveResult | None,
    archivist: Archivist | None,
) -> tuple[Comparison, tuple[Finding, ...], ArchiveResult | None]:
    from checker.compare import check_citation, compare_versions

    today = live.metadata if live is not None else None
    cited: PageMetadata | None = None
    cited_label = None
    if archivist is not None and archive is not None and archive.status is ArchiveStatus.FOUND:
        # replay() may serve the next-best capture; the result it returns says which, and why.
        page, archive = archivist.replay(archive)
        if page is not None:
            cited = _extract(page)
            cited_label = archive.cited.timestamp if archive.cited else None

    if link.verdict.is_dead and cited is not None and archive is not None and archivist is not None:
        comparison = _compare_before_death(cited, cited_label, archive, archivist)
    else:
        comparison = compare_versions(cited, today, cited_label=cited_label)
    # The citation is checked against what the author saw when there is a copy of it.
    source_label = cited_label if cited is not None else "live"
    findings = check_citation(citation, cited or today, url=citation.url, final_url=link.final_url,
                              source_label=source_label)
    if live is not None:
        findings += live.fragment_findings
    return comparison, tuple(findings), archive


def _compare_before_death(
    cited: PageMetadata, cited_label: str | None, archive: ArchiveResult, archivist: Archivist
) -> Comparison:
    """Today's page is dead: say whether it was still intact when last seen alive."""
    from checker.compare import compare_versions

    last = archive.last_ok
    if last is None or archive.cited is None or last.timestamp <= archive.cited.timestamp:
        return Comparison(drift=Drift.UNKNOWN, reason="the page is dead today; no later capture to compare with")
    page = archivist.fetch_capture(dataclasses.replace(archive, cited=last))
    if page is None:
        return Comparison(drift=Drift.UNKNOWN, reason="the page is dead today; its last capture did not replay")
    comparison = compare_versions(cited, _extract(page), cited_label=cited_label, today_label=last.timestamp)
    return dataclasses.replace(
        comparison,
        reason=f"dead today; last seen {comparison.drift.value} on {last.date_iso}: {comparison.reason}",
    )


def _history_findings(
    link: LinkCheck, comparison: Comparison | None, store: Store | None, config: Config
) -> tuple[Finding, ...]:
    if store is None:
        return ()
    from checker.confirm import ConfirmPolicy, check_time, dead_confirmation

    history = store.url_history(link.url, dead_verdicts=frozenset(v.value for v in DEAD_VERDICTS))
    policy = ConfirmPolicy(checks=config.confirm_checks, days=config.confirm_days)
    confirmation = dead_confirmation(link, history, policy, now=check_time(link, datetime.now(UTC)))
    found: list[Finding] = [confirmation] if confirmation else []
    if history is None:
        return tuple(found)
    if link.verdict.is_dead and history.last_verdict not in {v.value for v in DEAD_VERDICTS}:
        found.append(Finding(
            code="newly_dead",
            severity=Severity.ERROR,
            message=f"dead since the last check on {history.last_checked_at[:10]} (was {history.last_verdict})",
            evidence=(("previous_verdict", history.last_verdict), ("previous_check", history.last_checked_at)),
        ))
    elif link.verdict.is_dead and history.dead_since:
        found.append(Finding(
            code="still_dead",
            severity=Severity.INFO,
            message=f"dead in {history.dead_streak + 1} checks since {history.dead_since[:10]}",
            evidence=(("dead_since", history.dead_since), ("checks", str(history.dead_streak + 1))),
        ))
    if comparison and comparison.fingerprint and history.last_fingerprint:
        from checker.compare import SAME_PAGE_BITS, fingerprint_distance

        try:
            distance = fingerprint_distance(comparison.fingerprint, history.last_fingerprint)
        except ValueError:  # a malformed stored value says nothing about the page
            distance = 0
        # Within SAME_PAGE_BITS (Manku et al. 2007) the text is the same page: no news.
        if distance > SAME_PAGE_BITS:
            found.append(Finding(
                code="changed_since_last_check",
                severity=Severity.WARNING,
                message=f"today's text changed since the last check on {(history.fingerprint_seen_at or '')[:10]}",
                evidence=(("fingerprint_distance", f"{distance}/64"),),
            ))
    return tuple(found)


def record(store: Store, run: Run, run_dict: dict[str, object]) -> int:
    """Write a run and its per-URL history rows."""
    rows: dict[str, tuple[str, str, int | None, str | None, str | None, str]] = {}
    for r in run.results:
        if r.link is None or r.link.verdict is Verdict.NOT_CHECKED:
            continue
        fp = r.comparison.fingerprint if r.comparison else None
        rows[r.link.url] = (
            r.link.url, r.link.verdict.value, r.link.status, r.link.final_url, fp, r.link.checked_at or run.finished_at
        )
    return store.record_run(
        article_key=run.article.source or run.article.title or "article",
        started_at=run.started_at,
        finished_at=run.finished_at,
        tool_version=run.tool_version,
        network_down=run.network_down,
        run_json=run_dict,
        url_rows=list(rows.values()),
    )


def _settings(config: Config) -> tuple[tuple[str, str], ...]:
    from checker.archive import ACCESS_WINDOW_DAYS
    from checker.compare import DEFAULT_THRESHOLDS as T

    return (
        ("date_window", f"the source's publication date to the article's date "
                        f"(±{ACCESS_WINDOW_DAYS} days around an access date when the note gives one)"),
        ("drift_thresholds", f"intact ≥ {T.intact:g}; replaced: term cosine < {T.replaced_cosine:g}, "
                             f"word count {T.replaced_word_change:+.0%}, or survival < {T.replaced_survival:g} "
                             f"with a new title"),
        ("wayback_url", config.wayback_url),
        ("concurrency", f"{config.concurrency} total, {config.per_host_concurrency} per host"),
        ("per_host_delay", f"{config.per_host_delay:g} s"),
        ("timeouts", f"connect {config.connect_timeout:g} s, read {config.read_timeout:g} s, "
                     f"per URL {config.url_deadline:g} s"),
        ("retries", f"{config.retries} (Retry-After honoured up to {config.retry_after_cap:g} s)"),
        ("max_bytes", str(config.max_bytes)),
        ("archive", "on" if config.archive else "off"),
        ("save", "on" if config.save else "off"),
        ("compare", "on" if config.compare else "off"),
    )
