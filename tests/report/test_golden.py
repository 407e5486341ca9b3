"""Golden files: every format of the sample run, and of a clean and a network-down run.

The HTML and JSON writers are tuned for speed (one walk over a run's results for every
report): their golden files pin that a faster writer does not change a byte.

The golden files are the sample run rendered and reviewed by a person. When a change to a
format is intended, regenerate them and review the diff before committing:

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/report/test_golden.py
    git diff tests/report/golden/
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from checker.models import Run
from checker.report import ReportFormat, render
from tests.report.sample_run import clean_run, sample_run

GOLDEN = Path(__file__).parent / "golden"
CASES = [
    (ReportFormat.MARKDOWN, "report.md"),
    (ReportFormat.JUNIT, "report.junit.xml"),
    (ReportFormat.FIXLIST, "fixes.md"),
    (ReportFormat.HTML, "report.html"),
    (ReportFormat.JSON, "report.json"),
]
# "repeated": the sample's results three times over, so a note's results are not one after
# another (fixes.md groups them), problems tie on severity and URLs are cited by many notes.
RUNS = {"": sample_run, "clean/": clean_run, "network-down/": lambda: sample_run(network_down=True),
        "repeated/": lambda: replace(sample_run(), results=sample_run().results * 3)}


def _case(variant: str, fmt: ReportFormat, name: str) -> tuple[Run, ReportFormat, str]:
    return RUNS[variant](), fmt, variant + name


@pytest.mark.parametrize("run, fmt, name", [_case(v, fmt, name) for v in RUNS for fmt, name in CASES],
                         ids=[v + name for v in RUNS for _, name in CASES])
def test_matches_golden(run: Run, fmt: ReportFormat, name: str) -> None:
    text = render(run, fmt)
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}; run with UPDATE_GOLDEN=1 and review it"
    assert text == path.read_text(encoding="utf-8"), f"{name} changed; if intended: UPDATE_GOLDEN=1, review the diff"
