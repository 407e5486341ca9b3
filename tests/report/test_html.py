"""The HTML report without a browser: escaping, self-containment, CSP, structure.
(test_html_browser.py proves the same things in Chromium.)"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import re
from enum import Enum
from html.parser import HTMLParser
from urllib.parse import urlsplit

import markupsafe
from hypothesis import given
from hypothesis import strategies as st

from checker.report import html, summary
from tests.report.sample_run import HOSTILE_RAW, HOSTILE_TITLE, sample_run


class Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.blocks: dict[str, str] = {}
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._in = tag
            self.blocks[tag] = ""

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in:
            self.blocks[self._in] += data


def parsed() -> tuple[str, Collect]:
    text = html.render(sample_run())
    p = Collect()
    p.feed(text)
    return text, p


def test_hostile_text_is_escaped_everywhere() -> None:
    text, p = parsed()
    assert HOSTILE_TITLE not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "<img" not in text and "onerror=" not in text.replace("onerror=&#34;", "")
    assert [t for t, _ in p.tags].count("script") == 1
    assert HOSTILE_RAW not in text


_PAYLOAD = "<x-injected>'\"&amp; "


def _poisoned(value: object) -> object:
    """Every string inside a record (however deep) with markup and quotes put in front of it."""
    if isinstance(value, Enum):
        return value
    if isinstance(value, str):
        return _PAYLOAD + value
    if isinstance(value, tuple):
        return tuple(_poisoned(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: _poisoned(getattr(value, f.name))  # type: ignore[misc]
                                             for f in dataclasses.fields(value) if f.init})
    return value


def test_every_string_of_every_row_is_escaped() -> None:
    """Rows are written by html.row_html, not by the autoescaping template: whatever string of a
    result holds markup (each one here, in every result of the sample), none reaches the page as markup."""
    run = sample_run()
    poisoned = dataclasses.replace(run, results=tuple(_poisoned(r) for r in run.results))  # type: ignore[misc]
    text = html.render(poisoned)
    p = Collect()
    p.feed(text)
    assert "x-injected" not in [t for t, _ in p.tags]
    assert "&lt;x-injected&gt;&#39;&#34;&amp;amp; " in text
    assert "<x-injected>" not in text


@given(st.text())
def test_rows_escape_as_autoescape_does(text: str) -> None:
    assert html._e(text) == str(markupsafe.escape(text))


def test_links_only_for_http_urls() -> None:
    _, p = parsed()
    hrefs = [a.get("href") or "" for t, a in p.tags if t == "a"]
    assert hrefs and all(h.startswith(("http://", "https://", "#note-")) for h in hrefs)
    assert all(a.get("rel") == "noopener noreferrer nofollow" for t, a in p.tags
               if t == "a" and not (a.get("href") or "").startswith("#"))


def test_self_contained_no_external_resources() -> None:
    _, p = parsed()
    for tag, attrs in p.tags:
        assert "src" not in attrs, tag
        if tag == "link":
            raise AssertionError("no <link> elements: styles are inline")


def test_csp_allows_exactly_the_shipped_blocks() -> None:
    _, p = parsed()
    csp = next(a["content"] for t, a in p.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert csp is not None and "default-src 'none'" in csp and "unsafe-inline" not in csp

    def h(s: str) -> str:
        return "sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()

    assert f"script-src '{h(p.blocks['script'])}'" in csp
    assert f"style-src '{h(p.blocks['style'])}'" in csp


def test_the_mark_where_the_rows_go_is_in_no_shipped_block_and_not_left_in_the_page() -> None:
    text, p = parsed()
    assert html.ROWS_HERE not in text
    assert all(html.ROWS_HERE not in block for block in p.blocks.values())
    assert html.ROWS_HERE.startswith("<")  # escaped data has no "<"


def test_one_row_per_citation_with_anchor_and_filters_data() -> None:
    _text, p = parsed()
    rows = [a for t, a in p.tags if t == "tr" and (a.get("id") or "").startswith("note-")]
    run = sample_run()
    assert [r["id"] for r in rows] == [f"note-{r.note.number}-{r.citation.index + 1}" for r in run.results]
    by_id = {r["id"]: r for r in rows}
    assert by_id["note-13-1"]["data-findings"] == "author_format date_mismatch"
    assert by_id["note-11-1"]["data-drift"] == "replaced"
    assert by_id["note-12-1"]["data-verdict"] == "no_url"


def test_accessible_structure() -> None:
    text, p = parsed()
    assert re.search(r"<table id=\"results\">\s*<caption>", text)
    ths = [a for t, a in p.tags if t == "th"]
    assert ths and all(a.get("scope") == "col" for a in ths)
    ids = {a.get("id") for t, a in p.tags}
    labels = [a.get("for") for t, a in p.tags if t == "label"]
    assert labels == ["f-verdict", "f-finding", "f-drift", "f-search"] and all(x in ids for x in labels)
    assert ("html", {"lang": "en"}) in p.tags
    svgs = [a for t, a in p.tags if t == "svg"]
    assert len(svgs) == 2 and all(a.get("role") == "img" and a.get("aria-labelledby") for a in svgs)


def test_header_shows_article_and_settings() -> None:
    text, _ = parsed()
    assert "Sino-Russian Relations and the Failure of Russo-Japanese Relations" in text
    assert "The Asan Forum" in text and "published 2015-12" in text
    assert "<dt>date window</dt><dd>-7/+30 days</dd>" in text
    assert "cite-checker 0.1.0" in text


def test_network_down_banner() -> None:
    assert "The network was unavailable" in html.render(sample_run(network_down=True))
    assert "The network was unavailable" not in html.render(sample_run())


def test_archive_redirects_and_replay_errors_are_shown_and_escaped() -> None:
    import dataclasses

    run = sample_run()
    first = next(i for i, r in enumerate(run.results) if r.archive is not None)
    hostile = dataclasses.replace(run.results[first].archive, redirected_to="javascript:alert(1)",
                                  replay_error="<b>capture 2015-10-01 did not replay</b>")
    safe_target = "https://www.example.org/moved/story.html"
    results = list(run.results)
    results[first] = dataclasses.replace(results[first], archive=hostile)
    text = html.render(dataclasses.replace(run, results=tuple(results)))
    assert "redirected when cited to" in text
    assert 'href="javascript:' not in text  # shown as text, never a link
    assert "&lt;b&gt;capture 2015-10-01 did not replay&lt;/b&gt;" in text

    moved = dataclasses.replace(hostile, redirected_to=safe_target)
    results[first] = dataclasses.replace(results[first], archive=moved)
    assert f'href="{safe_target}"' in html.render(dataclasses.replace(run, results=tuple(results)))


def test_lines_not_counted_as_article_text_are_shown_greyed_with_why() -> None:
    import dataclasses

    run = sample_run()
    first = next(i for i, r in enumerate(run.results) if r.comparison is not None and r.comparison.added)
    comparison = dataclasses.replace(run.results[first].comparison, ignored=(
        ("today", "Copyright 2023 <Diplomat> Media Inc. All rights reserved.", "rights"),
        ("cited", "By Brian Padden", "byline"),
    ))
    results = list(run.results)
    results[first] = dataclasses.replace(results[first], comparison=comparison)
    text = html.render(dataclasses.replace(run, results=tuple(results)))
    assert ", 2 not counted)" in text
    assert '<span class="why">today, rights:</span> Copyright 2023 &lt;Diplomat&gt; Media Inc.' in text
    assert '<span class="why">cited, byline:</span> By Brian Padden' in text
    assert ".diff .ignored{color:" in text  # greyed by the shipped stylesheet


def test_prepare_compiles_the_template_in_the_background_once_for_the_whole_process() -> None:
    from checker.report import ReportFormat, prepare

    assert prepare([ReportFormat.JUNIT]) is None  # nothing to prepare for JUnit
    thread = prepare([ReportFormat.HTML, ReportFormat.JSON])
    assert thread is not None and thread.daemon
    thread.join(timeout=30)
    assert not thread.is_alive()
    assert html.template() is html.template()  # compiled once, then shared


@given(st.one_of(st.text(), st.from_regex(r"\A(?i:https?)://[\x21-\x7e]{0,12}\Z"),
                 st.builds(lambda a, b: a + b, st.sampled_from(["http://", "HTTPS://", "http:", "https://["]),
                           st.text(max_size=12))))
def test_the_quick_http_url_test_agrees_with_urlsplit(url: str) -> None:
    """summary.is_http_url answers most URLs without urlsplit: never differently."""
    try:
        parts = urlsplit(url.strip())
        expected = parts.scheme.lower() in ("http", "https") and bool(parts.netloc)
    except ValueError:
        expected = False
    assert summary.is_http_url(url) == expected
