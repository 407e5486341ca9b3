"""`--max-age`: a URL checked OK within the age keeps its verdict without a request; failures
are always asked again; the report says what was carried over and from when."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from checker import pipeline
from checker.carry import describe, parse_duration
from checker.cli import main
from checker.config import Config
from checker.models import Article, Citation, CitationKind, Note, References, Verdict
from checker.store import Store

ZOO = Config(allow_private=True, archive=False, soft404_probe=False, per_host_delay=0.0, retries=0,
             connect_timeout=2.0, read_timeout=3.0, url_deadline=10.0)  # fmt: skip


def test_durations_read_as_lychee_writes_them():
    assert [parse_duration(t) for t in ("90s", "30m", "12h", "1d", "2w", "1.5d")] == [
        90, 1800, 43200, 86400, 1209600, 129600]  # fmt: skip
    assert describe(86400) == "1d" and describe(90) == "90s"
    for bad in ("1", "d", "1y", "-1d", ""):
        with pytest.raises(ValueError, match="not a duration"):
            parse_duration(bad)


def earlier_check(store: Store, url: str, verdict: str, hours_ago: float) -> str:
    when = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=hours_ago)).strftime("%Y-%m-%dT%H:%M:%SZ")
    store.record_run(article_key="carry.txt", started_at=when, finished_at=when, tool_version="test",
                     network_down=False, run_json={}, url_rows=[(url, verdict, 200, url, None, when)])  # fmt: skip
    return when


@pytest.fixture
def pages(zoo, tmp_path):
    urls = {}
    for name, status in (("fine", 200), ("now-gone", 404), ("was-dead", 200)):
        path = f"/page/carry-{tmp_path.name}-{name}"
        urls[name] = zoo.add_page(path, f"<title>{name}</title><p>{name} text</p>", status=status)
    notes = tuple(Note(i + 1, u, None, (Citation(0, u, CitationKind.WEB, url=u),)) for i, u in enumerate(urls.values()))
    return urls, References(Article(title="Carry", source="carry.txt"), notes)


def test_recent_ok_verdicts_are_carried_over_and_failures_checked_again(pages, zoo, tmp_path):
    urls, refs = pages
    with Store(tmp_path / "h.sqlite") as store:
        when = earlier_check(store, urls["fine"], "ok", hours_ago=3)
        earlier_check(store, urls["now-gone"], "ok", hours_ago=3)  # died since: carried over, not noticed
        earlier_check(store, urls["was-dead"], "gone", hours_ago=3)  # a failure: always asked again
        hits = {name: zoo.hits(u.split(zoo.netloc(), 1)[1]) for name, u in urls.items()}
        [run] = pipeline.run_checks([refs], dataclasses.replace(ZOO, max_age=86400), store=store)
    after = {name: zoo.hits(u.split(zoo.netloc(), 1)[1]) for name, u in urls.items()}
    links = {r.citation.url: r.link for r in run.results}
    fine = links[urls["fine"]]
    assert after["fine"] == hits["fine"] and fine.verdict is Verdict.OK
    assert fine.reason == f"carried over from the check of {when} (--max-age 1d): not fetched again"
    assert fine.checked_at == when
    assert links[urls["was-dead"]].verdict is Verdict.OK and after["was-dead"] > hits["was-dead"]
    assert "2 verdict(s) carried over from checks within --max-age 1d; failures are always checked again" in (
        run.notices)


def test_a_verdict_older_than_the_age_is_checked_again(pages, zoo, tmp_path):
    urls, refs = pages
    with Store(tmp_path / "h.sqlite") as store:
        earlier_check(store, urls["now-gone"], "ok", hours_ago=30)
        [run] = pipeline.run_checks([refs], dataclasses.replace(ZOO, max_age=86400), store=store)
    assert {r.citation.url: r.link.verdict for r in run.results}[urls["now-gone"]] is Verdict.GONE


def test_without_the_flag_every_url_is_checked(pages, zoo, tmp_path):
    urls, refs = pages
    with Store(tmp_path / "h.sqlite") as store:
        earlier_check(store, urls["now-gone"], "ok", hours_ago=1)
        [run] = pipeline.run_checks([refs], ZOO, store=store)
    assert {r.citation.url: r.link.verdict for r in run.results}[urls["now-gone"]] is Verdict.GONE


def test_a_bad_duration_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["check", "--max-age", "tomorrow"])
    assert exit_.value.code == 2
    assert "not a duration like 1d, 12h, 30m, 90s or 2w: 'tomorrow'" in capsys.readouterr().err
