"""The Markdown summary: counts, then problems, safe to paste into a CI job summary."""

from __future__ import annotations

from dataclasses import replace

from checker.report import markdown
from checker.report.text import fence, md, md_link
from tests.report.sample_run import clean_run, sample_run


def problem_rows(text: str) -> list[str]:
    body = text.split("## Problems", 1)[1]
    return [line for line in body.splitlines() if line.startswith("| ") and not line.startswith(("| Note", "| ---"))]


def test_problems_sorted_most_urgent_first() -> None:
    rows = problem_rows(markdown.render(sample_run()))
    notes = [r.split("|")[1].strip() for r in rows]
    assert notes[:3] == ["9.1", "13.2", "43.1"]  # dead, nothing to point readers to
    assert notes[3:5] == ["5.1", "10.1"]  # dead, archived
    assert notes[5] == "11.1"  # replaced
    assert notes[-1] == "7.1"  # blocked
    assert "1.1" not in notes and "62.2" not in notes  # fine ones are not problems


def test_each_problem_row_has_six_cells_despite_hostile_pipes() -> None:
    for row in problem_rows(markdown.render(sample_run())):
        cells = [c for c in row.replace("\\|", "").split("|")[1:-1]]
        assert len(cells) == 6, row


def test_archive_links_and_no_script_links() -> None:
    text = markdown.render(sample_run())
    assert "[2012-03-02](<https://web.archive.org/web/20120302101500/http://ajw.asahi.com/" in text
    assert "](<javascript" not in text and "(javascript" not in text
    assert "lookup failed" in text and "never archived" in text


def test_clean_and_network_down() -> None:
    assert "No problems found." in markdown.render(clean_run())
    down = markdown.render(sample_run(network_down=True))
    assert "Network unavailable: no URL was declared dead" in down
    assert "dead" in down and "## Problems" not in down.split("Network unavailable")[0]


def test_notice_text_is_escaped() -> None:
    text = markdown.render(replace(clean_run(), notices=("<b>x</b> [a](javascript:x)",)))
    assert "&lt;b&gt;x&lt;/b&gt; \\[a\\]\\(javascript:x\\)" in text


def test_text_helpers() -> None:
    assert md("a|b\nc <i>") == "a\\|b c &lt;i&gt;"
    assert md_link("x", "javascript:alert(1)") == "x"
    assert md_link("x", "https://e.org/a b>") == "[x](<https://e.org/a%20b%3E>)"
    assert fence("a ```` b").startswith("`````\n")
