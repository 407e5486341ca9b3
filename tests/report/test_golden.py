"""Golden files for the text formats a person reads or a CI tool parses.

The golden files are the sample run rendered and reviewed by a person. When a change to a
format is intended, regenerate them and review the diff before committing:

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/report/test_golden.py
    git diff tests/report/golden/
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from checker.report import ReportFormat, render
from tests.report.sample_run import sample_run

GOLDEN = Path(__file__).parent / "golden"
CASES = [
    (ReportFormat.MARKDOWN, "report.md"),
    (ReportFormat.JUNIT, "report.junit.xml"),
    (ReportFormat.FIXLIST, "fixes.md"),
]


@pytest.mark.parametrize("fmt, name", CASES, ids=[n for _, n in CASES])
def test_matches_golden(fmt: ReportFormat, name: str) -> None:
    text = render(sample_run(), fmt)
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}; run with UPDATE_GOLDEN=1 and review it"
    assert text == path.read_text(encoding="utf-8"), f"{name} changed; if intended: UPDATE_GOLDEN=1, review the diff"
