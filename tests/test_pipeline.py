"""The whole pipeline on real local servers: the link zoo is "today's web", pywb is the archive.

Each citation below tells one story a reader cares about; the assertions are the verdicts
the report will show for it.
"""

from __future__ import annotations

import dataclasses
import itertools

import pytest

from checker import pipeline
from checker.models import (
    ArchiveStatus,
    Article,
    Citation,
    CitationKind,
    Drift,
    Note,
    References,
    Verdict,
)
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
