"""Dead means confirmed: InternetArchiveBot's rule (dead in 3 checks spanning 3 days, reset by
any success) decided from the stored history, with the clock moved by dating history rows."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from checker import pipeline
from checker.config import Config
from checker.confirm import CONFIRMED_DEAD, DEAD_UNCONFIRMED, ConfirmPolicy, dead_confirmation
from checker.models import Article, Citation, CitationKind, LinkCheck, Note, References, Verdict
from checker.report.policy import exit_code, parse_fail_on
from checker.store import Store, UrlHistory

NOW = dt.datetime(2026, 12, 4, 3, 0, tzinfo=dt.UTC)
DEAD = LinkCheck(url="http://ex.org/a", verdict=Verdict.GONE, reason="404", status=404)
POLICY = ConfirmPolicy()


def history(streak: int, since_days_ago: float) -> UrlHistory:
    since = (NOW - dt.timedelta(days=since_days_ago)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return UrlHistory(url=DEAD.url, last_verdict="gone" if streak else "ok", last_checked_at=since,
                      last_fingerprint=None, fingerprint_seen_at=None, checks=streak + 1, dead_streak=streak,
                      dead_since=since if streak else None)  # fmt: skip


def test_a_first_dead_check_is_one_of_three():
    finding = dead_confirmation(DEAD, None, POLICY, now=NOW)
    assert finding is not None and finding.code == DEAD_UNCONFIRMED
    assert finding.message.startswith("dead (1 of 3 checks)")


def test_three_dead_checks_over_three_days_confirm():
    finding = dead_confirmation(DEAD, history(2, 3.0), POLICY, now=NOW)
    assert finding is not None and finding.code == CONFIRMED_DEAD
    assert finding.message == "confirmed dead: dead in 3 checks over 3 days since 2026-12-01"


def test_three_dead_checks_in_one_night_are_not_enough():
    finding = dead_confirmation(DEAD, history(5, 0.5), POLICY, now=NOW)
    assert finding is not None and finding.code == DEAD_UNCONFIRMED
    assert finding.message.startswith("dead (3 of 3 checks, over 0.5 of 3 days)")


def test_two_checks_a_week_apart_are_not_enough():
    finding = dead_confirmation(DEAD, history(1, 7), POLICY, now=NOW)
    assert finding is not None and finding.code == DEAD_UNCONFIRMED and "(2 of 3 checks)" in finding.message


def test_a_live_link_needs_no_confirmation():
    assert dead_confirmation(dataclasses.replace(DEAD, verdict=Verdict.OK), history(4, 9), POLICY, now=NOW) is None
    assert dead_confirmation(dataclasses.replace(DEAD, verdict=Verdict.BLOCKED), None, POLICY, now=NOW) is None


@pytest.fixture
def gone(zoo, tmp_path):
    url = zoo.add_page(f"/page/confirm-{tmp_path.name}", "<h1>Not here</h1>", status=404)
    c = Citation(index=0, raw=f"“Gone,” Ex, {url}.", kind=CitationKind.NEWS, title="Gone", url=url)
    refs = References(article=Article(title="Confirm", source="confirm.txt"), notes=(Note(1, c.raw, None, (c,)),))
    return url, refs


def nightly(store: Store, url: str, days_ago: float, verdict: str = "gone") -> None:
    """A stored run of an earlier night: the injectable clock of the history."""
    when = (dt.datetime.now(dt.UTC) - dt.timedelta(days=days_ago)).strftime("%Y-%m-%dT%H:%M:%SZ")
    store.record_run(article_key="confirm.txt", started_at=when, finished_at=when, tool_version="test",
                     network_down=False, run_json={}, url_rows=[(url, verdict, 404, url, None, when)])  # fmt: skip


# The zoo lives on loopback; the private-address guard is tested on its own.
ZOO = Config(allow_private=True, archive=False, soft404_probe=False, per_host_delay=0.0, retries=0,
             connect_timeout=2.0, read_timeout=3.0, url_deadline=10.0)  # fmt: skip


def check(refs, zoo_config, store):
    [run] = pipeline.run_checks([refs], zoo_config, store=store)
    return run


@pytest.mark.parametrize(
    ("earlier", "code", "fails_confirmed"),
    [
        ([], DEAD_UNCONFIRMED, False),  # the first night
        ([(4, "gone"), (2, "gone")], CONFIRMED_DEAD, True),  # the third night, four days on
        ([(1.0, "gone"), (0.5, "gone")], DEAD_UNCONFIRMED, False),  # three checks, one day
        ([(6, "gone"), (4, "gone"), (2, "ok")], DEAD_UNCONFIRMED, False),  # a success in between resets
    ],
)
def test_fail_on_confirmed_waits_for_the_third_dead_night(gone, zoo, tmp_path, earlier, code, fails_confirmed):
    url, refs = gone
    config = ZOO
    with Store(tmp_path / "history.sqlite") as store:
        for days_ago, verdict in earlier:
            nightly(store, url, days_ago, verdict)
        run = check(refs, config, store)
    [result] = run.results
    assert result.link.verdict is Verdict.GONE
    assert [f.code for f in result.findings if f.code in (CONFIRMED_DEAD, DEAD_UNCONFIRMED)] == [code]
    assert exit_code(run, parse_fail_on("confirmed")) == (1 if fails_confirmed else 0)
    assert exit_code(run, parse_fail_on("dead")) == 1  # the default is unchanged


def test_without_history_nothing_is_said_about_confirmation(gone, zoo):
    _, refs = gone
    run = check(refs, ZOO, None)
    assert not [f for f in run.results[0].findings if "dead" in f.code]
