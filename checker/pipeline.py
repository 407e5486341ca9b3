"""The only place that knows the stage order: references -> resolve -> archive -> compare -> run.

Each stage is a small module with its own records; this module wires them,
deduplicates work (a URL cited by several notes or articles is fetched once) and
records history. It prints nothing: progress goes through a `Progress` sink.

The stages stream: each distinct URL goes on to the archive and the comparison as soon
as the resolver is done with it, and its results are saved to the history database
when they are complete. So the archive's paced CDX lookups overlap link checking,
memory holds the URLs in flight rather than every URL's page and text, and a run that
is killed resumes where it stopped (`Store.start_progress`). The report is assembled at
the end from the per-citation results, which hold no page bodies or texts.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import pickle
import sys
import tempfile
import threading
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import UTC, datetime
from queue import SimpleQueue
from typing import TYPE_CHECKING, Protocol, overload

from checker import __version__
from checker.config import Config
from checker.errors import StoreError
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
from checker.store import RunProgress, Staged, StagedResult, Store, UrlRow

if TYPE_CHECKING:
    from checker.archive import Archivist

# Workers after the resolver: each takes one URL through the archive lookup (paced by the
# archive's own limiter, so more threads only wait) and the comparison.
DOWNSTREAM_WORKERS = 6
# Extraction of today's page is CPU work under the GIL; spread over every worker thread it
# multiplied parse trees and malloc arenas. Measured 2026-11-28, 600 loopback pages of
# 215 KB (15 KB of text): 94 MB peak RSS and 34 s with two extractors, against 202 MB and
# 40 s when every body was kept for a later compare stage.
EXTRACT_WORKERS = 2
# URLs resolved but not yet saved. When the archive is slower than the resolver (it
# allows ~24 CDX calls a minute) the resolver waits for a slot instead of piling up pages:
# memory is bounded by this, not by the number of URLs.
IN_FLIGHT = 32
# Results finished while notes were still being read wait for the rest (a later note may
# cite the same URL); beyond this many the resolver waits too, so memory stays bounded
# however long the article (a few ms of parsing each: 2,000 notes take ~0.35 s).
PARKED = 256
_POLL = 0.2  # seconds between looks at the stop flag while waiting
# While notes are parsed (pure Python, never waiting) beside the resolver's threads, the
# interpreter hands them the GIL every 0.5 ms instead of every 5: at 5 ms, threads queued
# behind the parse started their hosts' first requests 0.1-0.4 s late (2,000 URLs, 2026-12-04).
PARSE_SWITCH_INTERVAL = 0.0005


class _UrlStream:
    """URLs for the resolver as the notes citing them are read; iterating ends at `close`."""

    def __init__(self) -> None:
        self._queue: SimpleQueue[str | None] = SimpleQueue()
        self._closed = False
        self._lock = threading.Lock()

    def put(self, url: str) -> None:
        self._queue.put(url)

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self._queue.put(None)

    def __iter__(self) -> Iterator[str]:
        while (url := self._queue.get()) is not None:
            yield url


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


# (article's position in the run, citation's position in the article): unique even when an
# article numbers two notes alike or two articles share a title.
CitationKey = tuple[int, int]


@dataclass(frozen=True)
class Job:
    """One citation with a URL to check, and where its result goes."""

    key: CitationKey
    refs: References
    note: Note
    citation: Citation

    @property
    def url(self) -> str:
        return self.citation.url or ""


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during a run: what was finished is saved. `done` of `total` URLs."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__(f"{done} of {total} URLs done")
        self.done = done
        self.total = total


@dataclass(frozen=True)
class ArticleSource:
    """One input of a run, read while the run goes: `load` parses it, handing each note to
    `on_note` as soon as it is made, and returns the whole (its date inferred). `key` names
    the input for resuming: equal keys, equal notes (an input's bytes, or its notes)."""

    key: str
    load: Callable[[Callable[[Note], None]], References]

    @classmethod
    def of(cls, refs: References) -> ArticleSource:
        """An input already read."""
        digest = hashlib.sha256(repr(refs.article).encode())
        for pair in refs.citations():  # one citation at a time: the repr of 20,000 at once was ~20 MB
            digest.update(repr(pair).encode())

        def load(on_note: Callable[[Note], None]) -> References:
            for note in refs.notes:
                on_note(note)
            return refs

        return cls(digest.hexdigest(), load)


def resume_key(articles: Sequence[References | ArticleSource], config: Config) -> str:
    """What makes two runs "the same command": the same inputs, checked the same way."""
    digest = hashlib.sha256(__version__.encode())
    for source in articles:
        digest.update((source if isinstance(source, ArticleSource) else ArticleSource.of(source)).key.encode())
    digest.update(repr(_settings(config)).encode())
    # --shard I/N excludes the other shards' hosts: shard 2's run is not shard 1's resumed.
    digest.update(repr(config.excludes).encode())
    return digest.hexdigest()


def run_checks(
    articles: Sequence[References | ArticleSource],
    config: Config,
    *,
    store: Store | None = None,
    progress: Progress | None = None,
    fresh: bool = False,
    announce: Callable[[str], None] | None = None,
    stop: threading.Event | None = None,
) -> list[Run]:
    """Check every article; URLs shared between articles are resolved once.

    An `ArticleSource` is parsed as the run goes: the first URLs are checked while later
    notes are still being read. With a `store`, a run with the same inputs and settings
    that was interrupted is resumed (unless `fresh`): `announce` hears "resuming the run
    of ..." and only the URLs left are checked. Setting `stop` (or Ctrl-C in the calling
    thread) ends the run early with `Interrupted`, after what was finished has been saved.
    """
    progress = progress or NoProgress()
    stop = stop or threading.Event()
    sources = [a if isinstance(a, ArticleSource) else ArticleSource.of(a) for a in articles]
    flow = _Flow(config, store, progress, stop)
    started = flow.begin(resume_key(sources, config), fresh=fresh)

    def parsed() -> None:
        if flow.resumed and announce is not None:
            announce(f"resuming the run of {started} ({len(flow.finished)} of {flow.total} URLs done)")

    try:
        flow.run(sources, parsed)
    except KeyboardInterrupt as exc:
        if isinstance(exc, Interrupted):
            raise
        raise Interrupted(len(flow.finished), flow.total) from None
    flow.complete()
    give_back_free_memory()  # what the checks' threads let go, before the run is stored and reported

    runs = []
    for article_index, refs in enumerate(flow.articles):
        runs.append(Run(
            article=refs.article,
            results=PackedResults(refs, article_index, flow.kept, config, network_down=flow.network_down,
                                  staged=flow.staged(article_index)),
            started_at=started,
            finished_at=now_iso(),
            tool_version=__version__,
            settings=_settings(config),
            network_down=flow.network_down,
            notices=tuple(flow.notices) + tuple(refs.warnings),
        ))
    return runs


def give_back_free_memory() -> None:
    """Hand the C allocator's free pages back to the system (glibc's malloc_trim; elsewhere nothing).

    glibc keeps what a thread frees in that thread's arena, and the main thread cannot reuse
    it: after 20,000 URLs checked by 256 threads, storing the run and writing the reports
    grew the process by another 18 MB on top of the free pages the checks had left. Measured
    2026-12-04 (20,000-URL link check, shared machine): peak RSS 107 MB without, 91 MB with
    a trim every 2 s; fewer arenas instead (M_ARENA_MAX=2) gave 103 MB, so the arenas stay.
    A trim takes a few milliseconds, so it is done at the ends of stages, not during them."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    import ctypes

    try:
        return ctypes.CDLL("libc.so.6").malloc_trim  # type: ignore[no-any-return]
    except (OSError, AttributeError):  # not glibc (musl, macOS): nothing to give back this way
        return None


class _Places:
    """Where each citation of an article is: its note's position and its own in that note.

    A run names citations by key and reads a note back when one of its URLs is done, so
    the parsed article is not held for the run: 12 bytes a citation here."""

    def __init__(self) -> None:
        self._notes = array("i")
        self._indices = array("i")
        self.note_refs = array("i")  # as the store counts notes: among those with citations

    def add(self, note_position: int, index: int, note_ref: int) -> None:
        self._notes.append(note_position)
        self._indices.append(index)
        self.note_refs.append(note_ref)

    def __len__(self) -> int:
        return len(self._notes)

    def find(self, citation: int) -> tuple[int, int]:
        """(position of the note, index of the citation in it)"""
        return self._notes[citation], self._indices[citation]


class _Flow:
    """One run's URLs on their way through the stages, and the results they leave behind."""

    def __init__(self, config: Config, store: Store | None, progress: Progress, stop: threading.Event) -> None:
        self.articles: list[References] = []  # each once its notes are all read
        self.jobs: dict[str, list[CitationKey]] = {}  # a URL's jobs are let go when it is done
        self.where: list[_Places] = []
        self.total = 0  # distinct URLs, counted as the notes are read
        self.config = config
        self.store = store
        self.progress = progress
        self.stop = stop
        self.kept = KeptResults()
        self.finished: set[str] = set()
        self.notices: list[str] = []
        self.network_down = False
        self.resumed = False
        self._lock = threading.Lock()
        self._slots = threading.Semaphore(IN_FLIGHT)
        self._pending: set[Future[None]] = set()
        self._errors: list[BaseException] = []
        self._progress_key: str | None = None
        self._started: str | None = None
        self._saved: dict[str, dict[CitationKey, dict[str, object]]] = {}  # what a killed run finished, by URL
        self._carried: dict[str, LinkCheck] = {}
        self._to_check = _UrlStream()
        self._read_all = threading.Event()
        self._parked: list[tuple[LinkCheck, LivePage | None]] = []
        self._parking = threading.Semaphore(PARKED)
        self._archivist: Archivist | None = None
        if config.archive:
            from checker.archive import Archivist

            self._archivist = Archivist(config, cache=store)

    def job(self, key: CitationKey) -> Job:
        """One citation with a URL, its note read back (the article is not held for the run)."""
        article, citation = key
        refs = self.articles[article]
        note_position, index = self.where[article].find(citation)
        note = refs.notes[note_position]
        return Job(key, refs, note, note.citations[index])

    def jobs_of(self, url: str) -> list[Job]:
        return [self.job(key) for key in self.jobs[url]]

    # ------------------------------------------------------------------ resuming

    def begin(self, key: str, *, fresh: bool) -> str:
        """Start the run, or resume it from the store; returns when it started."""
        started = now_iso()
        if self.store is None:
            return started
        saved: RunProgress = self.store.start_progress(key, started_at=started, total=0, fresh=fresh)
        self._progress_key = key
        self._started = saved.started_at
        self._saved = saved.done  # restored once the notes are read: a URL is not checked again
        self.resumed = saved.started_at != started
        return saved.started_at

    def _restore(self) -> None:
        """Take back what the killed run finished; a URL whose results do not fit is checked again."""
        from checker.errors import ReportError
        from checker.serialize import result_from_row

        saved, self._saved = self._saved, {}
        for url, stored in saved.items():
            if url not in self.jobs:
                continue
            try:
                restored = {job.key: result_from_row(job.note, job.citation, stored[job.key])
                            for job in self.jobs_of(url)}
            except (KeyError, ReportError):
                self._to_check.put(url)  # not what this version wrote
                continue
            self._keep(restored.items())
            self.finished.add(url)
        self.resumed = self.resumed or bool(self.finished)

    # ------------------------------------------------------------------ reading the inputs

    def _read(self, article: int, source: ArticleSource) -> References:
        """Parse one input, each URL handed to the resolver as soon as its note is read."""
        place = _Places()
        self.where.append(place)
        self.kept.add_article()
        position, note_ref = 0, 0

        def on_note(note: Note) -> None:
            nonlocal position, note_ref
            for index, citation in enumerate(note.citations):
                if checkable(citation):
                    self._cited(citation.url or "", (article, len(place)))
                place.add(position, index, note_ref)
                self.kept.add_citation(article)
            position += 1
            if note.citations:
                note_ref += 1

        return source.load(on_note)

    def _cited(self, url: str, key: CitationKey) -> None:
        jobs = self.jobs.get(url)
        if jobs is not None:
            jobs.append(key)
            return
        self.jobs[url] = [key]
        self.total += 1
        if url in self._saved:
            return  # done before the run was killed (`_restore`)
        carried = self._carry(url)
        if carried is not None:
            self._carried[url] = carried
            return
        self._to_check.put(url)

    def _carry(self, url: str) -> LinkCheck | None:
        if self.config.max_age is None or self.store is None:
            return None
        from checker.carry import carried_over

        return carried_over(self.store, url, self.config.max_age, self._now)

    @functools.cached_property
    def _now(self) -> datetime:
        return datetime.now(UTC)

    def _all_read(self) -> None:
        """Every note is read: what was parked goes on, now that each URL's citations are all known."""
        self._restore()
        self._to_check.close()
        if self._carried:
            from checker.carry import describe

            assert self.config.max_age is not None
            self.notices.append(f"{len(self._carried)} verdict(s) carried over from checks within --max-age "
                                f"{describe(self.config.max_age)}; failures are always checked again")
        citations = sum(len(jobs) for jobs in self.jobs.values())
        self.progress.start("resolve", self.total)
        if self._archivist is not None:
            self.progress.start("archive", citations)
        self.progress.start("compare", citations)
        for url in self.finished:
            self.progress.advance("resolve")
            for _ in self.jobs.pop(url):
                if self._archivist is not None:
                    self.progress.advance("archive")
                self.progress.advance("compare")
        give_back_free_memory()  # what parsing let go
        with self._lock:
            self._read_all.set()
            parked, self._parked = self._parked, []
        for check in self._carried.values():  # --max-age: not fetched; archived and compared as usual
            self.progress.advance("resolve")
            if not self._acquire_slot():
                return
            self._submit(self._downstream.submit, self._finish, check, None)
        self._carried = {}
        for link, live in parked:
            self._parking.release()
            if not self._acquire_slot():
                return
            self._submit(self._downstream.submit, self._finish, link, live)

    def _park(self, link: LinkCheck, live: LivePage | None) -> bool:
        """Hold a result until every note is read (a later note may cite its URL too). False
        when reading ended meanwhile: finish it now. At most PARKED wait; then the resolver does."""
        while not self._parking.acquire(timeout=_POLL):
            if self.stop.is_set() or self._read_all.is_set():
                return self.stop.is_set()
        with self._lock:
            if not self._read_all.is_set():
                self._parked.append((link, live))
                return True
        self._parking.release()
        return False

    def complete(self) -> None:
        """Every URL is done: the next run with the same inputs is a new run, not this one resumed."""
        if self.store is not None and self._progress_key is not None:
            self.store.forget_progress(self._progress_key)

    def staged(self, article: int) -> Staged | None:
        """Where this article's results were staged in the store as they were done (`_save`)."""
        if self.store is None or self._progress_key is None or self._started is None:
            return None
        return Staged(self._progress_key, self._started, article)

    def _save(self, url: str, results: list[tuple[CitationKey, CitationResult]]) -> None:
        with self._lock:
            self._keep(results)
            self.finished.add(url)
        if self.store is not None and self._progress_key is not None and self._started is not None:
            # Written once, as the stored run keeps it: resuming reads it, recording copies it.
            self.store.save_progress(self._progress_key, self._started, url,
                                     [_staged(k, r, self.where[k[0]].note_refs[k[1]]) for k, r in results])

    def _keep(self, results: Iterable[tuple[CitationKey, CitationResult]]) -> None:
        for key, result in results:
            self.kept.put(key, pack(result))

    # ------------------------------------------------------------------ the run

    def run(self, sources: Sequence[ArticleSource], read: Callable[[], None]) -> None:
        """Read the inputs and check their URLs at once, the first while later notes are
        still being parsed; `read` is called when every note is read."""
        from checker.resolve import Resolver

        held: list[LinkCheck] = []  # the network-down guard may still rewrite these

        def on_result(check: LinkCheck) -> None:
            self.progress.advance("resolve")
            if _provisional(check):
                with self._lock:
                    held.append(dataclasses.replace(check, page=None))
                return
            # Backpressure: wait for a slot rather than hold pages for every URL resolved.
            if self._acquire_slot():
                self._submit(self._extractor.submit, self._extract_then_finish, check)

        outcome_box: list[object] = []

        def resolve() -> None:
            try:
                with Resolver(self.config) as resolver:
                    outcome_box.append(resolver.check_all(self._to_check, on_result=on_result, keep_pages=False,
                                                          keep_checks=False, stop=self.stop))
            except BaseException as exc:  # handed to the main thread, which raises it
                outcome_box.append(exc)

        with ThreadPoolExecutor(EXTRACT_WORKERS, thread_name_prefix="extract") as self._extractor, \
                ThreadPoolExecutor(DOWNSTREAM_WORKERS, thread_name_prefix="downstream") as self._downstream:
            try:
                # The resolver runs beside this thread, which only waits: Ctrl-C arrives here
                # and stops the run at once instead of behind the resolver's queue.
                resolver_thread = threading.Thread(target=resolve, name="resolver", daemon=True)
                resolver_thread.start()
                interval = sys.getswitchinterval()
                sys.setswitchinterval(min(interval, PARSE_SWITCH_INTERVAL))
                try:
                    for article, source in enumerate(sources):
                        self.articles.append(self._read(article, source))
                finally:
                    sys.setswitchinterval(interval)
                self._all_read()
                read()
                while resolver_thread.is_alive():
                    resolver_thread.join(_POLL)
                outcome = outcome_box[0]
                if isinstance(outcome, BaseException):
                    raise outcome
                from checker.resolve.resolver import ResolveOutcome

                assert isinstance(outcome, ResolveOutcome)
                if self.stop.is_set():
                    raise Interrupted(len(self.finished), self.total)
                self.network_down = outcome.network_down
                if outcome.notice:
                    self.notices.append(outcome.notice)
                for check in held:
                    final = outcome.checks.get(check.url, check)
                    if not self._acquire_slot():
                        break
                    self._submit(self._downstream.submit, self._finish, final, None)
                self._wait_downstream()
            except BaseException:
                self.stop.set()  # nothing new starts; what is finished is already saved
                self._to_check.close()
                with self._lock:
                    pending = list(self._pending)
                for future in pending:
                    future.cancel()
                raise
        if self._errors:
            raise self._errors[0]  # a bug in a stage is a bug in the run
        if self._archivist is not None and self._archivist.breaker.is_open:
            self.notices.append(f"Wayback Machine unavailable: {self._archivist.breaker.reason}")
        for phase in ("resolve", "archive", "compare"):
            self.progress.finish(phase)

    def _submit(self, submit: Callable[..., Future[None]], fn: Callable[..., None], *args: object) -> None:
        future = submit(fn, *args)
        with self._lock:
            self._pending.add(future)
        future.add_done_callback(self._done)

    def _done(self, future: Future[None]) -> None:
        with self._lock:
            self._pending.discard(future)
            if not future.cancelled() and future.exception() is not None:
                self._errors.append(future.exception())  # type: ignore[arg-type]

    def _wait_downstream(self) -> None:
        # Every URL's work ends (each stage has its own time budgets); waited for in short
        # naps so that Ctrl-C is seen. A finished extraction has queued its URL's next step
        # before it counts as done, so an empty set means all is done.
        while True:
            with self._lock:
                pending = list(self._pending)
            if not pending:
                return
            wait(pending, timeout=_POLL)

    def _acquire_slot(self) -> bool:
        while not self._slots.acquire(timeout=_POLL):
            if self.stop.is_set():
                return False
        return True

    def _extract_then_finish(self, check: LinkCheck) -> None:
        handed_on = False
        try:
            if not self.stop.is_set():
                live = _live_page(check.url, check.page) if self.config.compare and check.page is not None else None
                # The body is let go here: downstream keeps only what the comparison needs.
                self._submit(self._downstream.submit, self._finish, dataclasses.replace(check, page=None), live)
                handed_on = True
        finally:
            if not handed_on:
                self._slots.release()

    def _finish(self, link: LinkCheck, live: LivePage | None) -> None:
        """Archive and compare one URL for every citation of it, then save its results."""
        try:
            if self.stop.is_set() or (not self._read_all.is_set() and self._park(link, live)):
                return
            url = link.url
            jobs = self.jobs_of(url)
            archives = self._archive(jobs, link)
            results = []
            for job in jobs:
                result = _citation_result(job.note, job.citation, {url: link}, live, archives.get(job.key),
                                          self._archivist, self.config, self.store,
                                          network_down=self.network_down)
                results.append((job.key, result))
                self.progress.advance("compare")
            if not (self.network_down and link.verdict is Verdict.NOT_CHECKED):
                self._save(url, results)  # "network unavailable" is no result: a rerun checks again
            else:
                with self._lock:
                    self._keep(results)
            with self._lock:
                del self.jobs[url]
        finally:
            self._slots.release()

    def _archive(self, jobs: list[Job], link: LinkCheck) -> dict[CitationKey, ArchiveResult]:
        archivist = self._archivist
        if archivist is None:
            return {}
        if self.network_down or link.verdict in (Verdict.INVALID, Verdict.NOT_CHECKED):
            for _ in jobs:
                self.progress.advance("archive")
            return {}
        from checker.archive import citation_pivot, citation_window

        results: dict[CitationKey, ArchiveResult] = {}
        for job in jobs:
            window = citation_window(job.citation, job.refs.article)
            # IABot: the capture closest before access (else the day the link was copied, else the article's date).
            prefer = citation_pivot(job.citation, job.refs.article)
            results[job.key] = archivist.lookup(job.url, window=window, prefer_before=prefer, link=link)
            self.progress.advance("archive")
        if self.config.save:
            saved: SaveOutcome | None = None
            for result in results.values():
                if saved is None and archivist.should_save(result, link):
                    saved = archivist.save(result.url)
            if saved is not None:
                results = {k: dataclasses.replace(r, saved=saved) for k, r in results.items()}
        return results


def _staged(key: CitationKey, result: CitationResult, note_ref: int) -> StagedResult:
    from checker.serialize import result_row

    article, position = key
    text = result_row(result, note_ref)
    link = result.link
    if link is None:
        return StagedResult(article, position, text)
    return StagedResult(article, position, text, *_url_row(result)[1:])


def _url_row(r: CitationResult) -> tuple[str, str, int | None, str | None, str | None, str | None]:
    """The `url_checks` row of a result with a link (`checked_at` None: the run's end)."""
    assert r.link is not None
    fp = r.comparison.fingerprint if r.comparison else None
    return (r.link.url, r.link.verdict.value, r.link.status, r.link.final_url, fp, r.link.checked_at or None)


def pack(result: CitationResult) -> bytes:
    """What was found for one citation, pickled (its note and citation are the input's)."""
    return pickle.dumps((result.link, result.archive, result.comparison, result.findings),
                        protocol=pickle.HIGHEST_PROTOCOL)


class KeptResults:
    """A run's finished results, pickled (`pack`) into a temporary file as each URL is done.

    A run's results are read many times over (the summary, each report, the history) but
    never all at once: as records they were ~2.5 KB per citation held from the check to the
    last report, pickled in memory ~0.4 KB (2 KB with archive and comparison); in this
    file, 16 bytes of memory (where each one is). The file is unlinked at once (0600 until
    then) and only this process reads back what it wrote.
    """

    def __init__(self) -> None:
        # Open for the run's lifetime, not one block: closed when the results are let go.
        self._file = tempfile.TemporaryFile(prefix="cite-checker-results-", buffering=0)  # noqa: SIM115
        self._lock = threading.Lock()
        self._end = 0
        self._offsets: list[array[int]] = []  # per article, per citation
        self._lengths: list[array[int]] = []

    def add_article(self) -> None:
        with self._lock:
            self._offsets.append(array("q"))
            self._lengths.append(array("q"))

    def add_citation(self, article: int) -> None:
        """One more citation of `article` (the last added), with no result yet."""
        with self._lock:
            self._offsets[article].append(-1)
            self._lengths[article].append(0)

    def put(self, key: CitationKey, data: bytes) -> None:
        article, citation = key
        with self._lock:
            try:
                self._file.seek(self._end)
                self._file.write(data)
            except OSError as exc:
                raise StoreError(f"cannot keep the run's results in a temporary file: {exc}") from exc
            self._offsets[article][citation] = self._end
            self._lengths[article][citation] = len(data)
            self._end += len(data)

    def get(self, key: CitationKey) -> bytes | None:
        article, citation = key
        with self._lock:
            offset = self._offsets[article][citation]
            if offset < 0:
                return None
            self._file.seek(offset)
            return self._file.read(self._lengths[article][citation])

    def __del__(self) -> None:
        self._file.close()


class PackedResults(Sequence[CitationResult]):
    """One article's results, read back from `KeptResults` and made again each time they are walked."""

    def __init__(self, refs: References, article: int, kept: KeptResults, config: Config, *,
                 network_down: bool, staged: Staged | None = None) -> None:
        self._refs = refs
        self._article = article
        self._kept = kept
        self._config = config
        self._network_down = network_down
        self._len = sum(len(note.citations) for note in refs.notes)
        self.staged = staged  # where the history store holds these results already (pipeline.record)

    def notes_with_citations(self) -> Iterator[Note]:
        """The notes these results come from, in order (as `note_ref` counts them), without reading any result."""
        return (note for note in self._refs.notes if note.citations)

    def rows_except(self, positions: set[int]) -> Iterator[tuple[int, CitationResult, int]]:
        """(position, result, note_ref) of every result not at one of `positions`; only those are read back."""
        index = 0
        for note_ref, note in enumerate(self.notes_with_citations()):
            for citation in note.citations:
                if index not in positions:
                    yield index, self._result(index, note, citation), note_ref
                index += 1

    def __len__(self) -> int:
        return self._len

    def __iter__(self) -> Iterator[CitationResult]:
        index = 0
        for note in self._refs.notes:
            for citation in note.citations:
                yield self._result(index, note, citation)
                index += 1

    @overload
    def __getitem__(self, index: int) -> CitationResult: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[CitationResult, ...]: ...

    def __getitem__(self, index: int | slice) -> CitationResult | tuple[CitationResult, ...]:
        if isinstance(index, slice):
            return tuple(self)[index]
        position = range(self._len)[index]  # IndexError and negative indices as a tuple has them
        for i, result in enumerate(self):
            if i == position:
                return result
        raise IndexError(index)  # pragma: no cover - range() above has checked it

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def _result(self, index: int, note: Note, citation: Citation) -> CitationResult:
        packed = self._kept.get((self._article, index))
        if packed is None:  # no URL to check: nothing was looked up
            return _citation_result(note, citation, {}, None, None, None, self._config, None,
                                    network_down=self._network_down)
        link, archive, comparison, findings = pickle.loads(packed)  # what `pack` wrote, this run
        return CitationResult(note=note, citation=citation, link=link, archive=archive, comparison=comparison,
                              findings=findings)


def _provisional(check: LinkCheck) -> bool:
    """A verdict the network-down guard may still rewrite (or one that needs no archive): held
    until the resolver is done. Connection-level failures show as unreachable, or as a
    proxy's 502/504."""
    return check.verdict in (Verdict.UNREACHABLE, Verdict.INVALID, Verdict.NOT_CHECKED) or check.status in (502, 504)


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
        comparison, findings, archive = _compare(citation, link, today, archive, archivist, store)
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


@functools.lru_cache(maxsize=8)  # bounded: a page body can be megabytes
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
    store: Store | None = None,
) -> tuple[Comparison, tuple[Finding, ...], ArchiveResult | None]:
    from checker.compare import check_citation, compare_versions

    today = live.metadata if live is not None else None
    cited: PageMetadata | None = None
    cited_label = None
    if archivist is not None and archive is not None and archive.status is ArchiveStatus.FOUND:
        cited, archive = _cited_version(archive, archivist, store)
        if cited is not None:
            cited_label = archive.cited.timestamp if archive.cited else None

    if link.verdict.is_dead and cited is not None and archive is not None and archivist is not None:
        comparison = _compare_before_death(cited, cited_label, archive, archivist)
    else:
        comparison = compare_versions(cited, today, cited_label=cited_label)
    # The citation is checked against what the author saw when there is a copy of it.
    source_label = cited_label if cited is not None else "live"
    findings = check_citation(citation, cited or today, url=citation.url, final_url=link.final_url,
                              source_label=source_label)
    findings, comparison = _marked_if_late(archive if cited is not None else None, findings, comparison)
    if live is not None:
        findings += live.fragment_findings
    return comparison, tuple(findings), archive


def _marked_if_late(
    archive: ArchiveResult | None, findings: tuple[Finding, ...], comparison: Comparison
) -> tuple[tuple[Finding, ...], Comparison]:
    """A cited version taken from a capture long after the source (the window had no end) says so."""
    from checker.archive.choose import days_after_source
    from checker.compare.findings import from_late_capture

    days = days_after_source(archive) if archive is not None else None
    if days is None:
        return findings, comparison
    reason = f"{comparison.reason} (the cited version is a capture {days} days after the source's date)"
    return from_late_capture(findings, days), dataclasses.replace(comparison, reason=reason)


def _cited_version(
    archive: ArchiveResult, archivist: Archivist, store: Store | None
) -> tuple[PageMetadata | None, ArchiveResult]:
    """The cited version's text: from the store when its capture was extracted before (captures
    never change, so it is never downloaded or extracted twice), else replayed, extracted, stored."""
    from checker.compare.drift import known_of
    from checker.compare.extract import extractor_id, metadata_from_dict, metadata_to_dict
    from checker.compare.fingerprint import fingerprint

    capture = archive.cited
    if store is not None and capture is not None:
        known = store.capture_text(capture.original, capture.timestamp, extractor=extractor_id())
        stored = metadata_from_dict(known.metadata) if known is not None else None
        if stored is not None:
            return stored, archive
    # replay() may serve the next-best capture; the result it returns says which, and why.
    page, archive = archivist.replay(archive)
    if page is None:
        return None, archive
    cited = _extract(page)
    if store is not None and archive.cited is not None:
        store.put_capture_text(archive.cited.original, archive.cited.timestamp, extractor=extractor_id(),
                               metadata=metadata_to_dict(cited), fingerprint=fingerprint(cited.text, known_of(cited)))
    return cited, archive


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


def record(store: Store, run: Run, run_dict: dict[str, object] | None = None) -> int:
    """Write a run and its per-URL history rows: the run as `run_dict` if given, else a note and
    a result a row at a time (`serialize.run_in_rows`), never as one text. A run just checked
    with this store copies the result rows written as each URL was done (`_Flow._save`), and
    makes only the others (citations without a URL, results the network-down guard held)."""
    from checker.serialize import note_row, result_row, run_header, run_in_rows

    article_key = run.article.source or run.article.title or "article"
    results = run.results
    if run_dict is None and isinstance(results, PackedResults) and results.staged is not None:
        def unstaged(staged: set[int]) -> Iterator[tuple[int, str, UrlRow | None]]:
            for position, r, note_ref in results.rows_except(staged):
                url_row = None
                if r.link is not None and r.link.verdict is not Verdict.NOT_CHECKED:
                    url, verdict, status, final_url, fp, checked_at = _url_row(r)
                    url_row = (url, verdict, status, final_url, fp, checked_at or run.finished_at)
                yield position, result_row(r, note_ref), url_row

        return store.record_run(
            article_key=article_key, started_at=run.started_at, finished_at=run.finished_at,
            tool_version=run.tool_version, network_down=run.network_down, run_json=run_header(run),
            url_rows=(), notes=(note_row(n) for n in results.notes_with_citations()),
            staged=results.staged, unstaged=unstaged,
        )

    def url_rows() -> Iterator[UrlRow]:
        seen: set[str] = set()  # every citation of a URL carries the same check
        for r in run.results:
            if r.link is None or r.link.verdict is Verdict.NOT_CHECKED or r.link.url in seen:
                continue
            seen.add(r.link.url)
            url, verdict, status, final_url, fp, checked_at = _url_row(r)
            yield url, verdict, status, final_url, fp, checked_at or run.finished_at

    header, notes, rows = run_in_rows(run)
    in_rows = run_dict is None
    return store.record_run(
        article_key=article_key,
        started_at=run.started_at,
        finished_at=run.finished_at,
        tool_version=run.tool_version,
        network_down=run.network_down,
        run_json=header if run_dict is None else run_dict,
        url_rows=url_rows(),
        notes=notes if in_rows else None,
        results=rows if in_rows else None,
    )


def _settings(config: Config) -> tuple[tuple[str, str], ...]:
    from checker.archive import ACCESS_WINDOW_DAYS
    from checker.config import DEFAULT_THRESHOLDS as T

    return (
        ("date_window", f"the source's publication date to the article's date "
                        f"(±{ACCESS_WINDOW_DAYS} days around an access date when the note gives one)"),
        ("drift_thresholds", f"intact: ≤ {T.intact_changed_sentences} changed sentence(s); "
                             f"replaced: term cosine < {T.replaced_cosine:g}, "
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
