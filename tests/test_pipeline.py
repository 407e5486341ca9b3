"""The whole pipeline on real local servers: the link zoo is "today's web", pywb is the archive.

Each citation below tells one story a reader cares about; the assertions are the verdicts
the report will show for it.
"""

from __future__ import annotations

import dataclasses
import gc
import itertools
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import weakref
from collections.abc import Callable
from pathlib import Path

import pytest

from checker import pipeline
from checker.models import (
    ArchiveStatus,
    Article,
    Citation,
    CitationKind,
    CitationResult,
    Drift,
    Note,
    References,
    Verdict,
)
from checker.parse import parse_text
from checker.report import ReportFormat, html, summary, write_reports
from checker.store import Store
from tests.fixtures.wayback import article_html

PARAGRAPHS = [
    "Russian and Japanese diplomats met in Moscow on Friday to resume talks on a peace treaty.",
    "The dispute over the southern Kuril Islands has kept the two countries from signing one since 1945.",
    "Officials said the talks were frank and would continue in Tokyo later this year.",
    "Analysts in both capitals cautioned that sanctions over Ukraine left little room for a deal.",
]
EDITED = [*PARAGRAPHS[:3], "Update: the Tokyo round has been postponed until the spring, a spokesman said."]
OTHER = [
    "The city council approved a new budget for road repairs on Tuesday evening.",
    "Residents complained about potholes on the main avenue for most of the winter.",
]
TITLE = "Russia and Japan Resume Talks"
ROOT = Path(__file__).resolve().parent.parent
_ids = itertools.count()


def cite(index: int, url: str, *, title: str = TITLE, date: str = "2015-09-11", **fields) -> Citation:
    return Citation(index=index, raw=f"“{title},” News Example, {date}, {url}.", kind=CitationKind.NEWS,
                    title=title, container="News Example", date=date, date_iso=date, url=url, **fields)


def refs_of(*citations: Citation, source: str = "article.txt") -> References:
    notes = tuple(
        Note(number=i + 1, text=c.raw, context=f"Claim {i + 1}.", citations=(dataclasses.replace(c, index=0),))
        for i, c in enumerate(citations)
    )
    return References(article=Article(title="A test article", date="2015-12", source=source), notes=notes)


@pytest.fixture
def web(zoo, wayback):
    """A fresh corner of the zoo and the archive per test: unique paths, captured in 2015."""

    class Web:
        config = wayback.configure(dataclasses.replace(
            wayback.config(), per_host_delay=0.0, connect_timeout=2.0, read_timeout=3.0, url_deadline=10.0,
        ))

        def page(self, name: str, paragraphs, *, title: str = TITLE, status: int = 200,
                 captured: list[tuple[str, list[str]]] | None = None) -> str:
            path = f"/page/pipeline-{next(_ids)}-{name}"
            if status == 200:
                url = zoo.add_page(path, article_html(title, paragraphs, site="News Example"))
            else:
                url = zoo.add_page(path, "<h1>Not here</h1>", status=status)
            for timestamp, text in captured or []:  # the cited version, under the cited title
                wayback.add_capture(url, timestamp, article_html(TITLE, text, site="News Example"))
            return url

    return Web()


def only(run, url):
    return next(r for r in run.results if r.citation.url == url)


def test_each_kind_of_source_gets_the_verdict_a_reader_needs(web, zoo):
    intact = web.page("intact", PARAGRAPHS, captured=[("20151001000000", PARAGRAPHS)])
    edited = web.page("edited", EDITED, captured=[("20151001000000", PARAGRAPHS)])
    replaced = web.page("replaced", OTHER, title="Council Approves Road Budget",
                        captured=[("20151001000000", PARAGRAPHS)])
    dead = web.page("dead", [], status=404, captured=[("20151001000000", PARAGRAPHS)])
    unarchived = web.page("unarchived", PARAGRAPHS)
    refs = refs_of(
        cite(0, intact), cite(0, edited), cite(0, replaced), cite(0, dead), cite(0, unarchived),
        cite(0, zoo.url("/cf-challenge")), cite(0, "javascript:alert(1)"),
        cite(0, unarchived, ignore=True),
    )

    [run] = pipeline.run_checks([refs], web.config)

    assert not run.network_down
    assert only(run, intact).link.verdict is Verdict.OK
    assert only(run, intact).archive.status is ArchiveStatus.FOUND
    assert only(run, intact).archive.cited.timestamp == "20151001000000"
    assert only(run, intact).comparison.drift is Drift.INTACT
    assert only(run, edited).comparison.drift is Drift.EDITED
    assert only(run, replaced).comparison.drift is Drift.REPLACED
    assert only(run, dead).link.verdict is Verdict.GONE
    assert only(run, dead).archive.status is ArchiveStatus.FOUND  # the fix list will link it
    assert only(run, unarchived).archive.status is ArchiveStatus.NEVER_ARCHIVED
    assert only(run, zoo.url("/cf-challenge")).link.verdict is Verdict.BLOCKED
    assert only(run, "javascript:alert(1)").link.verdict is Verdict.INVALID
    ignored = run.results[-1]
    assert ignored.citation.ignore and ignored.link.verdict is Verdict.NOT_CHECKED


def test_a_url_cited_by_several_notes_and_articles_is_fetched_once(web, zoo):
    url = web.page("shared", PARAGRAPHS)
    path = url.split(zoo.netloc(), 1)[1]
    first = refs_of(cite(0, url), cite(0, url), source="one.txt")
    second = refs_of(cite(0, url), source="two.txt")

    runs = pipeline.run_checks([first, second], dataclasses.replace(web.config, archive=False))

    assert zoo.hits(path) == 1
    assert [len(r.results) for r in runs] == [2, 1]
    assert all(r.link.verdict is Verdict.OK for run in runs for r in run.results)


def _read_slowly(refs: References, *, until: Callable[[int], bool]) -> pipeline.ArticleSource:
    """`refs` as an input being parsed: before handing on note k + 1, wait (at most 10 s)
    until `until(k)` holds."""

    def load(on_note):
        for k, note in enumerate(refs.notes):
            if k:
                deadline = time.monotonic() + 10
                while not until(k) and time.monotonic() < deadline:
                    time.sleep(0.01)
            on_note(note)
        return refs

    return pipeline.ArticleSource(f"slowly-{next(_ids)}", load)


def test_the_first_urls_are_checked_while_later_notes_are_still_being_read(web, zoo):
    urls = [web.page(f"streamed-{i}", PARAGRAPHS) for i in range(3)]
    paths = [u.split(zoo.netloc(), 1)[1] for u in urls]
    fetched_before_next_note = []

    def fetched(k: int) -> bool:
        if zoo.hits(paths[k - 1]):
            fetched_before_next_note.append(k)
            return True
        return False

    source = _read_slowly(refs_of(*(cite(0, u) for u in urls)), until=fetched)
    [run] = pipeline.run_checks([source], dataclasses.replace(web.config, archive=False))

    # Checked only once the whole article was read, no page would be fetched before the next note.
    assert fetched_before_next_note == [1, 2]
    assert [r.link.verdict for r in run.results] == [Verdict.OK] * 3


def test_the_parse_hands_the_gil_to_the_resolver_often_and_the_interpreter_is_left_as_it_was(web):
    url = web.page("switch", PARAGRAPHS)
    seen = []

    def watched(k: int) -> bool:
        seen.append(sys.getswitchinterval())
        return True

    before = sys.getswitchinterval()
    pipeline.run_checks([_read_slowly(refs_of(cite(0, url), cite(0, url)), until=watched)],
                        dataclasses.replace(web.config, archive=False))

    assert seen and set(seen) == {pipeline.PARSE_SWITCH_INTERVAL}
    assert sys.getswitchinterval() == before


def test_a_url_cited_again_after_its_check_is_done_is_fetched_once_for_both(web, zoo, tmp_path):
    url = web.page("cited-again", PARAGRAPHS)
    path = url.split(zoo.netloc(), 1)[1]
    other = web.page("in-between", PARAGRAPHS)
    started = time.monotonic()

    def checked_a_while_ago(k: int) -> bool:  # the first check is done (and waiting) before note 3 is read
        return k < 2 or (zoo.hits(path) > 0 and time.monotonic() - started > 1.0)

    source = _read_slowly(refs_of(cite(0, url), cite(0, other), cite(0, url)), until=checked_a_while_ago)
    with Store(tmp_path / "history.sqlite") as store:
        [run] = pipeline.run_checks([source], dataclasses.replace(web.config, archive=False), store=store)
    with sqlite3.connect(tmp_path / "history.sqlite") as db:
        saved = sorted(row[0] for row in db.execute("SELECT position FROM staged_results WHERE url = ?", (url,)))

    assert zoo.hits(path) == 1
    assert [r.link.verdict for r in run.results] == [Verdict.OK] * 3
    assert saved == [0, 2]  # saved for both citations, as a resumed run would read them


def test_citation_checks_compare_with_the_cited_version(web):
    url = web.page("mismatch", PARAGRAPHS, captured=[("20151001000000", PARAGRAPHS)])
    refs = refs_of(cite(0, url, title="Something Else Entirely About Budgets"))

    [run] = pipeline.run_checks([refs], web.config)

    codes = {f.code for f in run.results[0].findings}
    assert "title_mismatch" in codes


def two_runs(web, zoo, tmp_path, name, change):
    """Check one page, let `change(path)` happen to it, check again with the same history."""
    url = web.page(name, PARAGRAPHS)
    refs = refs_of(cite(0, url))
    config = dataclasses.replace(web.config, archive=False)
    with Store(tmp_path / "history.sqlite") as store:
        [first] = pipeline.run_checks([refs], config, store=store)
        pipeline.record(store, first, {"run": 1})
        change(url.split(zoo.netloc(), 1)[1])
        [second] = pipeline.run_checks([refs], config, store=store)
    return first.results[0], second.results[0]


def test_history_turns_a_death_into_news(web, zoo, tmp_path):
    first, second = two_runs(web, zoo, tmp_path, "dies",
                             lambda path: zoo.add_page(path, "<h1>Not here</h1>", status=404))

    assert first.link.verdict is Verdict.OK
    assert not {f.code for f in first.findings} & {"newly_dead", "changed_since_last_check"}
    assert second.link.verdict is Verdict.GONE
    assert "newly_dead" in {f.code for f in second.findings}


def test_history_notices_a_page_that_changed_since_the_last_check(web, zoo, tmp_path):
    _, second = two_runs(web, zoo, tmp_path, "drifts",
                         lambda path: zoo.add_page(path, article_html(TITLE, OTHER, site="News Example")))

    assert "changed_since_last_check" in {f.code for f in second.findings}


def test_network_down_declares_nothing_dead(zoo, wayback):
    dead_port_urls = [zoo.dead_url("/a"), zoo.dead_url("/b")]
    config = wayback.config(wayback_url=zoo.dead_url(""), retries=0, connect_timeout=0.5)
    refs = refs_of(*(cite(0, u) for u in dead_port_urls))

    [run] = pipeline.run_checks([refs], config)

    assert run.network_down
    assert {r.link.verdict for r in run.results} == {Verdict.NOT_CHECKED}
    assert any("network" in n.lower() for n in run.notices)


def test_notes_numbered_alike_keep_their_own_archive_results(web):
    captured = web.page("twin-captured", PARAGRAPHS, captured=[("20151001000000", PARAGRAPHS)])
    never = web.page("twin-never", PARAGRAPHS)
    twins = tuple(Note(number=7, text=c.raw, citations=(c,)) for c in (cite(0, captured), cite(0, never)))
    refs = References(article=Article(title="Misnumbered", date="2015-12", source="twins.txt"), notes=twins)

    [run] = pipeline.run_checks([refs], web.config)

    assert [r.archive.status for r in run.results] == [ArchiveStatus.FOUND, ArchiveStatus.NEVER_ARCHIVED]


def test_a_cited_anchor_missing_from_todays_page_is_noted(web):
    url = web.page("anchors", PARAGRAPHS)
    refs = refs_of(cite(0, url + "#no-such-section"), cite(0, url + "#.Vnczn_krKM8"))

    [run] = pipeline.run_checks([refs], dataclasses.replace(web.config, archive=False))

    missing, tracking = ({f.code for f in r.findings} for r in run.results)
    assert "fragment_missing" in missing
    assert "fragment_missing" not in tracking  # an AddThis share fragment is not an anchor
    assert all(r.link.page is None for r in run.results)  # bodies were let go after extraction


def test_the_cited_version_is_extracted_once_and_kept_with_its_capture(web, wayback, tmp_path):
    """Captures never change: a second run reads the cited version's text from the history
    database instead of replaying and extracting the same capture again."""
    timestamp = "20151002123457"
    url = web.page("kept", EDITED, captured=[(timestamp, PARAGRAPHS)])
    refs = refs_of(cite(0, url))
    replays = f"/web/{timestamp}"
    with Store(tmp_path / "history.sqlite") as store:
        [first] = pipeline.run_checks([refs], web.config, store=store)
        after_first = wayback.adapter.count(replays)
        [second] = pipeline.run_checks([refs], web.config, store=store, fresh=True)
        kept = store.capture_text(only(first, url).archive.cited.original, timestamp,
                                  extractor=pipeline_extractor())

    assert after_first >= 1
    assert wayback.adapter.count(replays) == after_first  # not replayed again
    assert kept is not None and "resume talks on a peace treaty" in str(kept.metadata["text"])
    assert only(first, url).comparison.drift is only(second, url).comparison.drift is Drift.EDITED
    assert only(second, url).comparison.removed == only(first, url).comparison.removed


def pipeline_extractor() -> str:
    from checker.compare.extract import extractor_id

    return extractor_id()


# --------------------------------------------------------------------------- streaming, resuming, a down archive


def test_an_archive_refusing_connections_fails_every_lookup_as_unreachable_never_as_missing(web):
    urls = [web.page(f"archive-down-{i}", PARAGRAPHS) for i in range(6)]
    with socket.socket() as s:  # a port where nothing listens: the archive refuses connections
        s.bind(("127.0.0.1", 0))
        refusing = f"http://127.0.0.1:{s.getsockname()[1]}"
    config = dataclasses.replace(web.config, wayback_url=refusing, retries=3)

    [run] = pipeline.run_checks([refs_of(*(cite(0, u) for u in urls))], config)

    assert {r.link.verdict for r in run.results} == {Verdict.OK}
    assert {r.archive.status for r in run.results} == {ArchiveStatus.LOOKUP_FAILED}
    assert all("Wayback Machine unreachable: cannot reach the archive" in r.archive.reason for r in run.results)
    assert all("(connection refused)" in r.archive.reason for r in run.results)
    assert not any(r.archive.status in (ArchiveStatus.NEVER_ARCHIVED, ArchiveStatus.NO_CAPTURE_IN_WINDOW)
                   for r in run.results)
    assert any(n.startswith("Wayback Machine unavailable: Wayback Machine unreachable") for n in run.notices)


class Census:
    """How many of some objects are alive at once (counted as they are made, until they are freed)."""

    def __init__(self) -> None:
        self.alive = 0
        self.most = 0
        self._lock = threading.Lock()

    def track(self, obj: object) -> None:
        with self._lock:
            self.alive += 1
            self.most = max(self.most, self.alive)
        weakref.finalize(obj, self._freed)

    def _freed(self) -> None:
        with self._lock:
            self.alive -= 1


def test_memory_is_bounded_by_the_urls_in_flight_not_by_the_urls(web, monkeypatch):
    monkeypatch.setattr(pipeline, "IN_FLIGHT", 6)  # URLs between the resolver and their saved result
    bodies, texts = Census(), Census()
    extract_today = pipeline._live_page

    def observed(url, page):  # every page body that reaches the compare stage, and its extracted text
        bodies.track(page)
        live = extract_today(url, page)
        texts.track(live)
        return live

    monkeypatch.setattr(pipeline, "_live_page", observed)
    urls = [web.page(f"memory-{i}", [f"Paragraph {i}.", *PARAGRAPHS]) for i in range(120)]
    config = dataclasses.replace(web.config, archive=False, concurrency=4, per_host_concurrency=4)

    [run] = pipeline.run_checks([refs_of(*(cite(0, u) for u in urls))], config)

    assert {r.link.verdict for r in run.results} == {Verdict.OK}
    # Held for the whole run, all 120 would be alive at the end. In flight: 6 URLs, each
    # extractor's page, and the few recent pages the extraction cache keeps.
    assert texts.most <= 6 + pipeline.EXTRACT_WORKERS, texts.most
    assert bodies.most <= 6 + pipeline.EXTRACT_WORKERS + 8, bodies.most
    assert texts.alive == 0 and bodies.alive <= 8  # what is left: the extraction cache's last pages



def _results_alive() -> int:
    return sum(1 for o in gc.get_objects() if isinstance(o, CitationResult))


def _most_results_alive_while_writing(web, tmp_path, monkeypatch, n: int) -> int:
    """The most CitationResult records alive at once while a run of `n` URLs writes every report."""
    urls = [web.page(f"census-{n}-{i}", PARAGRAPHS[:1]) for i in range(n)]
    config = dataclasses.replace(web.config, archive=False, compare=False, concurrency=8, per_host_concurrency=8)
    [run] = pipeline.run_checks([refs_of(*(cite(0, u) for u in urls))], config)
    assert [r.link.verdict for r in run.results] == [Verdict.OK] * n
    gc.collect()
    before = _results_alive()  # other tests' runs may still be alive: only this run's count
    most = [before]
    calls = itertools.count()

    def counted(make):
        def census(r, *args):
            if next(calls) % 5 == 0:  # a census walks every object: often enough, not each time
                most[0] = max(most[0], _results_alive())
            return make(r, *args)
        return census

    with monkeypatch.context() as patch:
        patch.setattr(summary, "facts", counted(summary.facts))  # once per result, for every report
        patch.setattr(html, "row_html", counted(html.row_html))
        write_reports(run, list(ReportFormat), tmp_path / f"reports-{n}")
    return most[0] - before


def test_a_run_is_stored_from_the_rows_written_as_each_url_was_done(web, zoo, tmp_path, monkeypatch):
    """The stored run is the one `run_in_rows` would write (same notes, results and URL rows), but its
    results are the rows staged as each URL was done: only the results nothing was staged for (a
    citation without a URL, an ignored one) are read back and made again when the run is recorded."""
    ok, gone = web.page("stored-ok", PARAGRAPHS), web.page("stored-gone", PARAGRAPHS, status=404)
    citations = [cite(0, ok), cite(0, gone), cite(0, ok + "#again"), cite(0, ok), cite(0, None),
                 cite(0, zoo.url("/page/ignored"), ignore=True)]
    refs = refs_of(*citations)
    refs = dataclasses.replace(refs, notes=(*refs.notes, Note(number=7, text="No citation.", context="")))
    config = dataclasses.replace(web.config, archive=False)
    with Store(tmp_path / "staged.sqlite") as store:
        [run] = pipeline.run_checks([refs], config, store=store)
        read_back = []
        packed_result = pipeline.PackedResults._result

        def counted(self, index, note, citation):
            read_back.append(index)
            return packed_result(self, index, note, citation)

        monkeypatch.setattr(pipeline.PackedResults, "_result", counted)
        pipeline.record(store, run)
        monkeypatch.undo()
        staged_run = store.last_runs()
        staged_urls = store._db.execute("SELECT url, verdict, status, final_url, fingerprint, checked_at"
                                        " FROM url_checks ORDER BY url").fetchall()
        left = store._db.execute("SELECT COUNT(*) FROM staged_results").fetchone()[0]
    with Store(tmp_path / "rows.sqlite") as store:  # the same run, recorded from its results
        pipeline.record(store, dataclasses.replace(run, results=tuple(run.results)))
        made_run = store.last_runs()
        made_urls = store._db.execute("SELECT url, verdict, status, final_url, fingerprint, checked_at"
                                      " FROM url_checks ORDER BY url").fetchall()

    assert read_back == [4, 5]  # no URL; ignored
    assert staged_run == made_run
    assert {u for u, *_ in staged_urls} == {ok, gone, ok + "#again"}
    assert staged_urls == made_urls
    assert left == 0


def test_results_are_not_held_for_the_whole_run_while_the_reports_are_written(web, tmp_path, monkeypatch):
    small = _most_results_alive_while_writing(web, tmp_path, monkeypatch, 10)
    large = _most_results_alive_while_writing(web, tmp_path, monkeypatch, 60)
    # Held as records (a tuple of results, a list of rows), all 60 would be alive while each
    # report is written; read back one at a time, a few are, however long the run.
    assert large <= small + 2, (small, large)
    assert large < 10, large


def _notes_alive(urls: set[str]) -> int:
    """Note records alive that cite one of `urls` (other tests' notes may be alive too), counted
    in one instant: no other thread runs mid-walk (the walk's list of every object would keep
    alive the notes they let go, and a second census would count them)."""
    interval = sys.getswitchinterval()
    sys.setswitchinterval(30.0)
    try:
        return sum(1 for o in gc.get_objects() if isinstance(o, Note) and any(c.url in urls for c in o.citations))
    finally:
        sys.setswitchinterval(interval)


def _most_notes_alive_while_checking(web, monkeypatch, n: int) -> int:
    """The most Note records alive at once while a run checks an article of `n` notes, parsed as a user's is."""
    urls = [web.page(f"notes-{n}-{i}", PARAGRAPHS[:1]) for i in range(n)]
    text = "\n\n".join(ARTICLE_NOTE.format(i=i, url=url) for i, url in enumerate(urls, 1))
    config = dataclasses.replace(web.config, archive=False, compare=False, concurrency=8, per_host_concurrency=8)
    refs = parse_text(f"Held\n\nA claim.1\n\nNotes\n\n{text}\n")
    most = [0]
    calls = [0]
    make = pipeline._citation_result

    def census(note, *args, **kwargs):
        calls[0] += 1
        most[0] = max(most[0], _notes_alive(set(urls)))
        return make(note, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "_citation_result", census)
        [run] = pipeline.run_checks([refs], config)
    assert calls[0] == n  # the census ran for every URL, while its note was in use
    assert [r.link.verdict for r in run.results] == [Verdict.OK] * n
    return most[0]


def _most_notes_alive_while_writing(web, tmp_path, monkeypatch, n: int) -> int:
    """The most Note records alive at once while a run of an article of `n` notes, parsed as a
    user's is, writes every report."""
    urls = [web.page(f"written-{n}-{i}", PARAGRAPHS[:1]) for i in range(n)]
    text = "\n\n".join(ARTICLE_NOTE.format(i=i, url=url) for i, url in enumerate(urls, 1))
    config = dataclasses.replace(web.config, archive=False, compare=False, concurrency=8, per_host_concurrency=8)
    [run] = pipeline.run_checks([parse_text(f"Written\n\nA claim.1\n\nNotes\n\n{text}\n")], config)
    assert [r.link.verdict for r in run.results] == [Verdict.OK] * n
    most = [0]
    facts = summary.facts

    def census(r, *args):
        most[0] = max(most[0], _notes_alive(set(urls)))
        return facts(r, *args)

    with monkeypatch.context() as patch:
        patch.setattr(summary, "facts", census)  # once per result, for every report
        write_reports(run, list(ReportFormat), tmp_path / f"notes-{n}")
    return most[0]


def test_notes_are_not_held_for_the_whole_run_while_the_reports_are_written(web, tmp_path, monkeypatch):
    small = _most_notes_alive_while_writing(web, tmp_path, monkeypatch, 10)
    large = _most_notes_alive_while_writing(web, tmp_path, monkeypatch, 40)
    # Kept to tell equal notes apart (the JSON report's note index), all 40 would be alive by
    # the last result; read back from disk one at a time, a few are.
    assert large <= small + 1 and large < 5, (small, large)


def test_the_parsed_article_is_not_held_for_the_whole_run(web, monkeypatch):
    small = _most_notes_alive_while_checking(web, monkeypatch, 10)
    large = _most_notes_alive_while_checking(web, monkeypatch, 60)
    # Held whole (the References' tuple, or each URL's jobs holding their notes), all 60 notes
    # would be alive while the last URLs are checked; read back from disk as each URL is
    # done, only those of the URLs in the downstream workers' hands are, however long the article.
    assert small >= 1, small
    assert large <= pipeline.DOWNSTREAM_WORKERS + 2, (small, large)


ARTICLE_NOTE = "{i}. Staff Writer, “Resume page {i},” News Example, September 11, 2015, {url}."


class CheckCommand:
    """`run_check.py check article.txt` in a subprocess, over pages of the zoo, one host at a time."""

    def __init__(self, zoo, tmp_path, name: str, count: int, hang_at: int) -> None:
        self.zoo = zoo
        self.tmp = tmp_path
        self.paths = [f"/page/{name}-{next(_ids)}-{i}" for i in range(count)]
        self.hang_path = self.paths[hang_at]
        for path in self.paths:  # one page answers only after 60 s: the run is stopped while it waits
            zoo.add_page(path, article_html(TITLE, PARAGRAPHS), delay=60.0 if path == self.hang_path else 0.0)
        notes = "\n\n".join(ARTICLE_NOTE.format(i=i, url=zoo.url(p)) for i, p in enumerate(self.paths, 1))
        (tmp_path / "article.txt").write_text(f"Resumable\n\nA claim.1\n\nNotes\n\n{notes}\n", encoding="utf-8")
        self.db = tmp_path / "history.sqlite"

    def argv(self, *extra: str) -> list[str]:
        return [sys.executable, str(ROOT / "run_check.py"), "check", str(self.tmp / "article.txt"),
                "--allow-private", "--no-archive", "--concurrency", "1", "--per-host-concurrency", "1",
                "--per-host-delay", "0", "--state", str(self.db), "--output-dir", str(self.tmp / "out"),
                "--format", "json", *extra]

    def start(self) -> subprocess.Popen[str]:
        return subprocess.Popen(self.argv(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=_local_env())

    def run(self, *extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self.argv(*extra), capture_output=True, text=True, timeout=120, env=_local_env())

    def saved_urls(self) -> set[str]:
        with sqlite3.connect(self.db) as db:
            return {row[0] for row in db.execute("SELECT DISTINCT url FROM staged_results")}

    def wait_for_the_hang(self, proc: subprocess.Popen[str]) -> set[str]:
        """Wait (at most 60 s) until the run is stuck on the hanging page; the URLs saved by then."""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if self.zoo.hits(self.hang_path) and self.db.exists():
                time.sleep(1.0)  # what was finished before the hang has time to be saved
                return self.saved_urls()
            time.sleep(0.05)
        raise AssertionError(f"the run never reached the hanging page (exit {proc.poll()})")

    def unhang(self) -> None:
        self.zoo.add_page(self.hang_path, article_html(TITLE, PARAGRAPHS))

    def hits(self) -> dict[str, int]:
        return {p: self.zoo.hits(p) for p in self.paths}


def _local_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}


def test_a_run_killed_half_way_resumes_and_checks_each_url_once_overall(zoo, tmp_path):
    command = CheckCommand(zoo, tmp_path, "killed", count=10, hang_at=6)
    first = command.start()
    saved_before_kill = command.wait_for_the_hang(first)
    first.kill()  # SIGKILL: no chance to clean up
    first.wait(timeout=10)
    with sqlite3.connect(command.db) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert len(saved_before_kill) >= 5
    command.unhang()

    second = command.run()

    assert second.returncode == 0, second.stderr
    assert f"({len(saved_before_kill)} of 10 URLs done)" in second.stdout
    assert "resuming the run of 20" in second.stdout
    hits = command.hits()
    # Each URL answered once over both runs; the hanging one also got the request the kill cut short.
    assert hits == {p: 2 if p == command.hang_path else 1 for p in command.paths}
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert sorted(u["url"] for u in report["urls"]) == sorted(zoo.url(p) for p in command.paths)
    assert {u["verdict"] for u in report["urls"]} == {"ok"}

    third = command.run()  # a finished run is not resumed: the same command checks again
    assert "resuming" not in third.stdout
    assert command.hits() == {p: hits[p] + 1 for p in command.paths}


def test_ctrl_c_saves_what_is_done_and_exits_130_in_one_line(zoo, tmp_path):
    command = CheckCommand(zoo, tmp_path, "interrupted", count=8, hang_at=4)
    proc = command.start()
    saved = command.wait_for_the_hang(proc)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=20)  # well before the hanging page would answer

    assert proc.returncode == 130
    assert stderr.strip().splitlines() == [
        f"run_check.py: error: interrupted: {len(saved)} of 8 URLs done, saved; run the same command again to resume"
    ]
    command.unhang()
    again = command.run()
    assert again.returncode == 0, again.stderr
    assert f"({len(saved)} of 8 URLs done)" in again.stdout
    assert all(n == 1 for p, n in command.hits().items() if p != command.hang_path)


def test_fresh_starts_over_instead_of_resuming(zoo, tmp_path):
    command = CheckCommand(zoo, tmp_path, "fresh", count=6, hang_at=3)
    first = command.start()
    command.wait_for_the_hang(first)
    first.kill()
    first.wait(timeout=10)
    command.unhang()
    before = command.hits()

    again = command.run("--fresh")

    assert again.returncode == 0, again.stderr
    assert "resuming" not in again.stdout
    assert command.hits() == {p: before[p] + 1 for p in command.paths}


def test_with_no_article_date_a_capture_years_after_the_source_only_informs(web):
    """References without an article date (the CLI would infer one from the notes; this is the
    case where there is none to infer): the window has no end, the only copy is six years after
    the source, and what it says against the citation is info."""
    url = web.page("late", PARAGRAPHS, captured=[("20190301101010", PARAGRAPHS)])
    citation = cite(0, url, title="Something Else Entirely About Budgets", date="2013-03-08")
    undated = dataclasses.replace(refs_of(citation), article=Article(title="Undated", source="a.txt"))

    [run] = pipeline.run_checks([undated], web.config)

    result = run.results[0]
    assert result.archive.cited.timestamp == "20190301101010"
    title = next(f for f in result.findings if f.code == "title_mismatch")
    assert title.severity.value == "info" and "2184 days after the source's date" in title.message
    assert "capture 2184 days after the source's date" in result.comparison.reason
