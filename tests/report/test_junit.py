"""JUnit XML: one testcase per cited URL; failures for dead and replaced; skipped when unverified."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace

from checker.models import Drift
from checker.report import junit
from tests.report.sample_run import HOSTILE_TITLE, sample_run


def cases(run=None):  # type: ignore[no-untyped-def]
    root = ET.fromstring(junit.render(run or sample_run()))
    return root, {(c.get("classname", "").rsplit(" ", 1)[-1], c.get("name")): c for c in root.iter("testcase")}


def test_counts_match_testcases() -> None:
    root, by_key = cases()
    suite = root.find("testsuite")
    assert suite is not None
    assert len(by_key) == 13 == int(suite.get("tests", "0")) == int(root.get("tests", "0"))
    assert int(suite.get("failures", "0")) == sum(1 for c in by_key.values() if c.find("failure") is not None) == 6
    assert int(suite.get("skipped", "0")) == sum(1 for c in by_key.values() if c.find("skipped") is not None) == 3


def test_dead_and_replaced_fail_edited_does_not() -> None:
    run = sample_run()
    _, by_key = cases(run)
    failed = {k[0] for k, c in by_key.items() if c.find("failure") is not None}
    assert failed == {"5", "9", "10", "11", "13", "43"}
    types = {c.find("failure").get("type") for c in by_key.values() if c.find("failure") is not None}  # type: ignore[union-attr]
    assert types == {"gone", "moved_to_homepage", "soft_404", "replaced", "server_error", "unreachable"}
    edited = next(c for k, c in by_key.items() if k[0] == "3")
    assert edited.find("failure") is None
    assert "edited (0.78)" in (edited.findtext("system-out") or "")
    # the same page with replaced drift does fail
    run2 = replace(run, results=tuple(
        replace(r, comparison=replace(r.comparison, drift=Drift.REPLACED))
        if r.note.number == 3 and r.comparison else r for r in run.results))
    _, by_key2 = cases(run2)
    assert next(c for k, c in by_key2.items() if k[0] == "3").find("failure") is not None


def test_skipped_for_unverified() -> None:
    _, by_key = cases()
    skipped = {k[0]: c.find("skipped").get("message", "") for k, c in by_key.items()  # type: ignore[union-attr]
               if c.find("skipped") is not None}
    assert set(skipped) == {"7", "27", "63"}
    assert skipped["7"].startswith("blocked:") and skipped["27"].startswith("not_checked:")


def test_failure_names_the_archived_copy() -> None:
    _, by_key = cases()
    gone = next(c for k, c in by_key.items() if k[0] == "5")
    assert "Archived copy: https://web.archive.org/web/20120302101500/" in (gone.findtext("failure") or "")


def test_hostile_text_stays_text_and_the_xml_stays_well_formed() -> None:
    run = sample_run()
    evil = run.results[-1]
    evil = replace(evil, findings=(replace(evil.findings[0], message="bad \x00\x07 bytes \ud800 ]]> </testcase>"),))
    run = replace(run, results=(*run.results[:-1], evil))
    _root, by_key = cases(run)  # parses: controls and lone surrogates were replaced
    out = next(c for k, c in by_key.items() if k[0] == "63").findtext("system-out") or ""
    assert "]]> </testcase>" in out and "\x00" not in out
    replaced = next(c for k, c in by_key.items() if k[0] == "11")
    assert HOSTILE_TITLE in (replaced.find("failure").get("message") or "")  # type: ignore[union-attr]
