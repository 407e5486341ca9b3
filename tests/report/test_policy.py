"""checker.report.policy: the exit code and the --fail-on vocabulary."""

from __future__ import annotations

from dataclasses import replace

import pytest

from checker.errors import ConfigError
from checker.models import Verdict
from checker.report.policy import DEFAULT_FAIL_ON, FAIL_ON, exit_code, fail_on_help, failing, parse_fail_on
from tests.report.sample_run import clean_run, sample_run


def notes_failing(word: str) -> list[str]:
    return [f"{r.note.number}.{r.citation.index + 1}" for r in failing(sample_run(), frozenset({word}))]


def test_default_fails_on_dead_links() -> None:
    assert frozenset({"dead"}) == DEFAULT_FAIL_ON
    assert exit_code(sample_run(), DEFAULT_FAIL_ON) == 1
    assert notes_failing("dead") == ["5.1", "9.1", "10.1", "13.2", "43.1"]


def test_each_word_selects_its_results() -> None:
    assert notes_failing("changed") == ["3.1", "11.1"]
    assert notes_failing("replaced") == ["11.1"]
    assert notes_failing("mismatch") == ["11.1", "13.1", "13.2"]  # info findings (63.1) do not count
    assert notes_failing("blocked") == ["7.1"]
    # 13.2 is dead but its archive lookup failed: unknown is not "no copy"
    assert notes_failing("unarchived") == ["9.1", "43.1"]
    assert notes_failing("none") == []


def test_clean_run_exits_zero_under_every_policy() -> None:
    for word in FAIL_ON:
        assert exit_code(clean_run(), frozenset({word})) == 0, word


def test_none_silences_findings() -> None:
    assert exit_code(sample_run(), frozenset({"none"})) == 0


def test_network_down_is_3_whatever_the_policy() -> None:
    run = sample_run(network_down=True)
    assert all(r.link is None or r.link.verdict is Verdict.NOT_CHECKED for r in run.results)
    for word in FAIL_ON:
        assert exit_code(run, frozenset({word})) == 3
    assert exit_code(replace(clean_run(), network_down=True), DEFAULT_FAIL_ON) == 3


def test_parse_fail_on() -> None:
    assert parse_fail_on("dead, Changed") == {"dead", "changed"}
    for bad in ("dead,bogus", "", " , ", "none,dead"):
        with pytest.raises(ConfigError):
            parse_fail_on(bad)


def test_help_lists_every_word() -> None:
    text = fail_on_help()
    assert [line.split(":")[0] for line in text.splitlines()] == list(FAIL_ON)


def with_history_findings():  # type: ignore[no-untyped-def]
    from checker.models import Finding, Severity

    run = sample_run()
    newly = Finding(code="newly_dead", severity=Severity.ERROR, message="dead since the last check on 2026-11-27")
    changed = Finding(code="changed_since_last_check", severity=Severity.WARNING, message="text changed")
    return replace(run, results=tuple(
        replace(r, findings=(*r.findings, newly)) if r.note.number == 5
        else replace(r, findings=(*r.findings, changed)) if r.note.number == 1 else r
        for r in run.results))


def test_new_means_died_or_changed_since_the_last_check() -> None:
    run = with_history_findings()
    assert [r.note.number for r in failing(run, frozenset({"new"}))] == [1, 5]
    assert failing(sample_run(), frozenset({"new"})) == []  # without history nothing is new
    assert exit_code(clean_run(), frozenset({"new"})) == 0


def test_history_findings_are_not_citation_mismatches() -> None:
    run = with_history_findings()
    assert [f"{r.note.number}.{r.citation.index + 1}" for r in failing(run, frozenset({"mismatch"}))] == [
        "11.1", "13.1", "13.2"]
