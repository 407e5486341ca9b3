"""The seed given as plain text, without its sidecar, through the simulated web of redesigned sites.

Issue 10's "done when": the article's date is unknown (no .meta.yaml, no flags), so it is
inferred from the notes (2015-12-20, note 11's share fragment); every source's cited
version is the capture closest before that date (never one of the 2017/2023 captures of
the redesigned pages); no redesigned-but-unchanged source is `edited`; the source edited
after citation is `edited`; the replaced one is `replaced`; and the only citation findings
are the seed's real defects (notes 13/17/37 date, 19 publication, 58 title).

The CLI runs unmodified as a subprocess through mitmproxy, as in test_check_through_proxy.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.e2e import simweb_truth as truth
from tests.e2e.test_check_through_proxy import CHECKER_TOML, RUN_TIMEOUT
from tests.fixtures.simweb import SimWeb

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "articles" / "sino-russian-relations-and-the-failure-of-russo-japanese-relations.txt"
INFERRED = "2015-12-20"
CITATION_CODES = frozenset({"title_mismatch", "date_mismatch", "author_mismatch", "publication_mismatch"})
SEED_DEFECTS = {(13, "date_mismatch"), (17, "date_mismatch"), (37, "date_mismatch"),
                (19, "publication_mismatch"), (58, "title_mismatch")}

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def plain_run(simweb: SimWeb, archive: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("plain")
    article = tmp / "article.txt"
    article.write_bytes(SEED.read_bytes())  # the text alone: no .meta.yaml beside it
    config = tmp / "checker.toml"
    config.write_text(CHECKER_TOML, encoding="utf-8")
    simweb.set_state("web", archive=archive)
    proc = subprocess.run(
        [sys.executable, "run_check.py", "check", str(article), "--output-dir", str(tmp / "out"),
         "--state", str(tmp / "h.sqlite"), "--format", "json,html,markdown", "--config", str(config)],
        cwd=ROOT, env=simweb.env(), capture_output=True, text=True, timeout=RUN_TIMEOUT,
    )
    assert proc.returncode in (0, 1), f"exit {proc.returncode}\n{proc.stderr[-4000:]}"
    report = json.loads((tmp / "out" / "report.json").read_text(encoding="utf-8"))
    return {"proc": proc, "report": report, "out": tmp / "out"}


def results_for(run: dict[str, Any], url: str) -> list[dict[str, Any]]:
    return [r for r in run["report"]["results"] if r.get("link") and r["link"]["url"] == url]


def closest_before(source: truth.Source, end: str) -> truth.Capture | None:
    lo = (source.cited_date or source.date_iso).replace("-", "")
    ok = [c for c in source.captures if 200 <= c.status < 300 and lo <= c.timestamp[:8] <= end.replace("-", "")]
    return max(ok, key=lambda c: c.timestamp) if ok else None


def test_the_articles_date_is_inferred_from_its_notes_and_said(plain_run: dict[str, Any]) -> None:
    article = plain_run["report"]["article"]
    assert article["date"] is None
    assert (article["date_inferred"], article["date_inferred_note"]) == (INFERRED, 11)
    assert "date inferred from note 11" in (plain_run["out"] / "report.html").read_text(encoding="utf-8")
    assert "date inferred from note 11" in (plain_run["out"] / "report.md").read_text(encoding="utf-8")


def test_every_cited_version_is_the_capture_closest_before_the_inferred_date(plain_run: dict[str, Any]) -> None:
    wrong = {}
    for source in truth.SOURCES:
        want = closest_before(source, INFERRED)
        for item in results_for(plain_run, source.url):
            archive = item.get("archive") or {}
            got = (archive.get("cited") or {}).get("timestamp")
            if want is not None and got != want.timestamp:
                wrong[(item["note_number"], source.url)] = (got, want.timestamp, archive.get("reason"))
            if got is not None and got[:4] >= "2016":
                late = "a capture from after the article"
                wrong[(item["note_number"], source.url)] = (got, late, archive.get("reason"))
    assert not wrong, f"cited versions (got, expected, reason): {wrong}"


def test_redesigned_pages_are_intact_the_edited_one_edited_the_replaced_one_replaced(
    plain_run: dict[str, Any],
) -> None:
    drift = {}
    for source in truth.SOURCES:
        if closest_before(source, INFERRED) is None or source.is_dead or source.scenario == "challenge":
            continue
        drifts = {(r.get("comparison") or {}).get("drift") for r in results_for(plain_run, source.url)}
        drift[(source.scenario, source.note)] = drifts
    want = {key: {"edited" if key[0] == "edited" else "replaced" if key[0] == "replaced" else "intact"}
            for key in drift}
    assert drift == want
    assert {"edited", "replaced"} <= {scenario for scenario, _ in drift}
    redesigned = sum(1 for scenario, _ in drift if scenario not in ("edited", "replaced"))
    assert redesigned >= 10, "the redesigned-but-unchanged sources are the bulk of the seed"


def test_the_only_citation_findings_are_the_seeds_real_defects(plain_run: dict[str, Any]) -> None:
    found = {(item["note_number"], f["code"]) for item in plain_run["report"]["results"]
             for f in item.get("findings", []) if f["code"] in CITATION_CODES}
    details = {(item["note_number"], f["code"]): f["message"] for item in plain_run["report"]["results"]
               for f in item.get("findings", []) if f["code"] in CITATION_CODES}
    assert found == SEED_DEFECTS, details


def test_the_edit_is_shown_and_the_furniture_greyed(plain_run: dict[str, Any]) -> None:
    edited = next(s for s in truth.SOURCES if s.scenario == "edited")
    comparison = results_for(plain_run, edited.url)[0]["comparison"]
    assert comparison["added"] == [truth.CORRECTION] or truth.CORRECTION in " ".join(comparison["added"])
    reasons = {why for _, _, why in comparison["ignored"]}
    assert {"rights", "widget", "related", "prompt", "photo credit", "site name"} <= reasons
