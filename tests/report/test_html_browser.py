"""The HTML report in a real browser (headless Debian chromium): it loads cleanly offline,
its filters, search and sort work, hostile text runs nothing, and it is screenshotted at
laptop and phone widths into test-artifacts/ for people to look at."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from checker.report import ReportFormat, write_reports
from tests.report.sample_run import HOSTILE_TITLE, sample_run

pytestmark = pytest.mark.browser

# Injected before any page script: a hostile payload that ran would trip one of these.
TRAPS = """
window.__pwned = 0;
window.__alerts = [];
window.alert = function (m) { window.__alerts.push(String(m)); };
"""


@pytest.fixture(scope="module")
def report_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("html")
    (path,) = write_reports(sample_run(), [ReportFormat.HTML], out)
    return path.as_uri()


def visible_rows(page: Any) -> int:
    return page.locator("#results tbody tr:visible").count()


def open_report(page: Any, url: str) -> None:
    dialogs: list[str] = []
    page.dialogs = dialogs
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.add_init_script(TRAPS)
    requests: list[str] = []
    page.requests = requests
    page.on("request", lambda r: requests.append(r.url))
    page.goto(url)
    page.wait_for_load_state("load")


def test_loads_without_errors_or_network(page: Any, report_url: str) -> None:
    open_report(page, report_url)
    assert page.console_errors == []  # a CSP violation (wrong script/style hash) would show here
    assert page.page_errors == []
    assert page.requests == [report_url]  # self-contained: no CDN, fonts or images fetched
    assert page.locator("h1").inner_text() == sample_run().article.title
    assert visible_rows(page) == len(sample_run().results)
    assert page.locator("#shown").inner_text() == "Showing 17 of 17"
    # the shipped script ran: CSP allowed it by hash
    assert page.evaluate("document.querySelectorAll('#results th[aria-sort]').length") == 4


def test_hostile_text_is_shown_and_runs_nothing(page: Any, report_url: str) -> None:
    open_report(page, report_url)
    assert page.evaluate("window.__pwned") == 0
    assert page.evaluate("window.__alerts") == []
    assert page.dialogs == []
    row11 = page.locator("#note-11-1")
    assert HOSTILE_TITLE in row11.inner_text()
    assert page.get_by_text(HOSTILE_TITLE).first.is_visible()
    # the only <script> in the document is ours; the only <img> is none
    assert page.locator("script").count() == 1
    assert page.locator("img").count() == 0
    # a javascript: URL is never a link
    assert page.locator("a[href^='javascript']").count() == 0
    assert "javascript:alert(document.cookie)" in page.locator("#note-63-1").inner_text()


def test_filters_and_search_change_visible_rows(page: Any, report_url: str) -> None:
    open_report(page, report_url)
    total = visible_rows(page)
    page.select_option("#f-verdict", "gone")
    assert visible_rows(page) == 1
    assert page.locator("#results tbody tr:visible").first.get_attribute("id") == "note-5-1"
    page.select_option("#f-verdict", "@problems")
    problems = visible_rows(page)
    assert 0 < problems < total
    page.select_option("#f-verdict", "")
    page.select_option("#f-finding", "date_mismatch")
    assert sorted(r.get_attribute("id") for r in page.locator("#results tbody tr:visible").all()) == [
        "note-13-1", "note-13-2"]
    page.select_option("#f-finding", "")
    page.fill("#f-search", "sputnik")
    assert visible_rows(page) == 1
    assert page.locator("#shown").inner_text() == f"Showing 1 of {total}"
    page.fill("#f-search", "no such text anywhere")
    assert visible_rows(page) == 0
    page.fill("#f-search", "")
    page.select_option("#f-drift", "edited")
    assert visible_rows(page) == 1
    page.select_option("#f-drift", "")
    assert visible_rows(page) == total


def test_sort_by_verdict_and_back_by_note(page: Any, report_url: str) -> None:
    open_report(page, report_url)

    def ids() -> list[str]:
        return [r.get_attribute("id") or "" for r in page.locator("#results tbody tr").all()]

    in_note_order = ids()
    verdict = page.get_by_role("button", name="Verdict")
    verdict.focus()
    page.keyboard.press("Enter")  # keyboard-usable: a real <button>
    assert page.locator("th:has(button:text-is('Verdict'))").get_attribute("aria-sort") == "ascending"
    verdict.click()
    assert page.locator("th:has(button:text-is('Verdict'))").get_attribute("aria-sort") == "descending"
    worst_first = ids()
    assert worst_first[0] in ("note-9-1", "note-13-2", "note-43-1")  # dead with no archived copy
    assert worst_first[-1] in ("note-1-1", "note-12-1", "note-14-1", "note-15-1", "note-62-1", "note-62-2")
    page.get_by_role("button", name="Note").click()
    page.get_by_role("button", name="Note").click()
    assert ids() == in_note_order[::-1] or ids() == in_note_order


def test_row_anchor_and_diff_details(page: Any, report_url: str) -> None:
    open_report(page, report_url + "#note-3-1")
    row = page.locator("#note-3-1")
    assert row.locator("a.anchor").get_attribute("href") == "#note-3-1"
    details = row.locator("details")
    assert not details.locator(".diff").is_visible()
    details.locator("summary").click()
    assert details.locator(".diff li.add").count() == 2
    assert details.locator(".diff li.del").count() == 1


@pytest.mark.parametrize("name, width, height", [("laptop", 1366, 900), ("tablet", 900, 1100), ("phone", 390, 844)])
def test_screenshots(browser: Any, report_url: str, artifacts_dir: Path, name: str, width: int, height: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=1)
    try:
        pg = context.new_page()
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.goto(report_url)
        # readable at this width: nothing wider than the viewport
        scroll_width = pg.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= width + 1, f"page is {scroll_width}px wide at a {width}px viewport"
        path = artifacts_dir / f"report-{name}.png"
        pg.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 10_000
        assert errors == []
    finally:
        context.close()


def test_print_hides_controls_and_opens_diffs(page: Any, report_url: str) -> None:
    open_report(page, report_url)
    page.emulate_media(media="print")
    assert not page.locator(".controls").is_visible()
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.locator("#note-3-1 details").get_attribute("open") is not None
    assert page.locator("#note-3-1 .diff li.add").first.is_visible()
