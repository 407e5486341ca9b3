"""Every ReportFormat renders the sample run, and write_reports writes them atomically."""

from __future__ import annotations

import dataclasses
import os
import tracemalloc
from pathlib import Path

import pytest

from checker.errors import ReportError
from checker.report import ReportFormat, parse_formats, render, write_reports
from tests.report.sample_run import HOSTILE_TITLE, clean_run, sample_run

EXPECTED_NAMES = {
    ReportFormat.JSON: "report.json",
    ReportFormat.HTML: "report.html",
    ReportFormat.JUNIT: "report.junit.xml",
    ReportFormat.MARKDOWN: "report.md",
    ReportFormat.FIXLIST: "fixes.md",
}


@pytest.mark.parametrize("fmt", list(ReportFormat))
def test_every_format_renders_the_sample(fmt: ReportFormat) -> None:
    for run in (sample_run(), sample_run(network_down=True), clean_run()):
        text = render(run, fmt)
        assert text.endswith("\n") or text.endswith("</html>\n") or text.endswith(">")
        assert len(text) > 100
    # the hostile title is never emitted raw by a format a browser or renderer may open
    if fmt is not ReportFormat.JSON:
        assert HOSTILE_TITLE not in render(sample_run(), fmt)


def test_every_format_has_a_file_name() -> None:
    assert {f: f.filename() for f in ReportFormat} == EXPECTED_NAMES
    assert ReportFormat.JUNIT.filename("article") == "article.junit.xml"
    assert ReportFormat.FIXLIST.filename("article") == "article.fixes.md"


def test_parse_formats() -> None:
    assert parse_formats("html, json,html") == [ReportFormat.HTML, ReportFormat.JSON]
    with pytest.raises(ValueError, match="choose from json, html, junit, markdown, fixlist"):
        parse_formats("html,pdf")


def test_write_reports_writes_each_file(tmp_path: Path) -> None:
    out = tmp_path / "reports" / "nested"
    paths = write_reports(sample_run(), list(ReportFormat), out)
    assert [p.name for p in paths] == [EXPECTED_NAMES[f] for f in ReportFormat]
    for fmt, p in zip(ReportFormat, paths, strict=True):
        assert p.read_text(encoding="utf-8") == render(sample_run(), fmt)
    assert sorted(os.listdir(out)) == sorted(EXPECTED_NAMES.values())  # no temp files left


def test_write_reports_replaces_old_reports(tmp_path: Path) -> None:
    write_reports(sample_run(), [ReportFormat.MARKDOWN], tmp_path)
    (p,) = write_reports(clean_run(), [ReportFormat.MARKDOWN], tmp_path)
    assert p.read_text(encoding="utf-8") == render(clean_run(), ReportFormat.MARKDOWN)


def test_write_reports_failure_is_a_report_error_and_leaves_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(ReportError, match="cannot create"):
        write_reports(sample_run(), [ReportFormat.JSON], blocker / "reports")
    # a directory where the file should go: the rename fails (even as root); the temp file is removed
    out = tmp_path / "out"
    (out / "report.json").mkdir(parents=True)
    with pytest.raises(ReportError, match="cannot write"):
        write_reports(sample_run(), [ReportFormat.JSON], out)
    assert os.listdir(out) == ["report.json"]


def test_a_long_report_is_written_as_it_is_rendered_not_held_whole(tmp_path: Path) -> None:
    sample = sample_run()
    run = dataclasses.replace(sample, results=sample.results * 40)
    write_reports(sample, [ReportFormat.JSON], tmp_path)  # imports and caches, not what is measured
    tracemalloc.start()
    try:
        (path,) = write_reports(run, [ReportFormat.JSON], tmp_path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    size = path.stat().st_size
    assert size > 2_000_000  # long enough that holding it shows
    # Held whole, the report as dicts and as one string took several times its size; written
    # result by result, what is held beside the run is one result's data and a file buffer.
    assert peak < size / 2, (peak, size)


class _CountedWalks(tuple):  # type: ignore[type-arg]
    """A run's results that count how often they are walked (a long run's are read back from
    disk each time: pipeline.PackedResults)."""

    walks = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        type(self).walks += 1
        return super().__iter__()


def test_the_default_reports_are_written_in_one_walk_over_a_runs_results(tmp_path: Path) -> None:
    """Every default report (and the counts their heads show) is fed by one walk: a long run's
    results are read back from disk each time they are walked (pipeline.PackedResults)."""
    run = sample_run()
    _CountedWalks.walks = 0
    counted = dataclasses.replace(run, results=_CountedWalks(run.results))
    formats = [ReportFormat.HTML, ReportFormat.JSON, ReportFormat.MARKDOWN, ReportFormat.FIXLIST]
    write_reports(counted, formats, tmp_path / "counted")
    write_reports(run, formats, tmp_path / "plain")
    assert _CountedWalks.walks == 1
    for fmt in formats:
        name = fmt.filename()
        assert (tmp_path / "counted" / name).read_bytes() == (tmp_path / "plain" / name).read_bytes()
