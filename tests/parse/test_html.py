"""HTML articles: journal pages, pandoc output, Word's "save as web page", hostile pages."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.errors import ParseError
from checker.models import References
from checker.parse import parse_article
from checker.parse.html import MAX_TAGS, read_html
from tests.parse.renderings import LINKED_TITLES, SEED, seed, to_html
from tests.parse.seedcheck import assert_same_as_text


@pytest.fixture(scope="module")
def text_refs() -> References:
    return parse_article(SEED)


@pytest.fixture(scope="module")
def html_refs(tmp_path_factory: pytest.TempPathFactory) -> References:
    path = tmp_path_factory.mktemp("html") / "seed.html"
    path.write_text(to_html(seed()), encoding="utf-8")
    return parse_article(path)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_seed_as_html_parses_exactly_as_the_text(text_refs: References, html_refs: References) -> None:
    assert_same_as_text(text_refs, html_refs)


@pytest.mark.parametrize("number", LINKED_TITLES)
def test_a_linked_title_gives_its_citation_the_url(text_refs: References, html_refs: References, number: int) -> None:
    (note,) = [n for n in html_refs.notes if n.number == number]
    (printed,) = [n for n in text_refs.notes if n.number == number]
    assert "http" not in note.text  # the page shows no URL ...
    assert note.citations[0].url == printed.citations[0].url is not None  # ... but the link holds it
    assert note.citations[0].raw == note.text.rstrip(".") or note.citations[0].raw == note.text


def test_ibid_inherits_a_linked_url(html_refs: References) -> None:
    (n20,) = [n for n in html_refs.notes if n.number == 20]
    for number in (21, 22):
        (n,) = [x for x in html_refs.notes if x.number == number]
        assert n.citations[0].ibid and n.citations[0].url == n20.citations[0].url


def test_backlinks_stay_out_of_the_notes(html_refs: References) -> None:
    assert not any("↩" in n.text for n in html_refs.notes)


PANDOC = """<!DOCTYPE html><html><body>
<p>Moscow announced a buildup.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a>
Tokyo protested at once.<a href="#fn2" class="footnote-ref" id="fnref2" role="doc-noteref"><sup>2</sup></a></p>
<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes"><hr />
<ol>
<li id="fn1"><p>Brian Padden, “<a href="https://www.voanews.com/a/3022965.html">Russia’s Asian Pivot</a>,”
Voice of America, October 26, 2015.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
<li id="fn2"><p>Ibid.<a href="#fnref2" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
</ol></section></body></html>"""


def test_pandoc_footnotes(tmp_path: Path) -> None:
    refs = parse_article(write(tmp_path, "a.html", PANDOC))
    first, second = refs.notes
    assert first.text == "Brian Padden, “Russia’s Asian Pivot,” Voice of America, October 26, 2015."
    assert first.citations[0].url == "https://www.voanews.com/a/3022965.html"
    assert first.context == "Moscow announced a buildup."
    assert second.context == "Tokyo protested at once."
    assert second.citations[0].ibid and second.citations[0].url == first.citations[0].url


WORD_HTML = """<html><body>
<p class=MsoNormal>The islands were disputed.<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1"
title=""><span class=MsoFootnoteReference><sup>[1]</sup></span></a> Nothing moved.</p>
<div style='mso-element:footnote-list'><div style='mso-element:footnote' id=ftn1>
<p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1" name="_ftn1" title="">[1]</a>
Justin McCurry, “Putin’s Visit Postponed,” The Guardian, October 15, 2015,
http://www.theguardian.com/world/2015/oct/15/x.</p></div></div></body></html>"""


def test_word_save_as_web_page(tmp_path: Path) -> None:
    refs = parse_article(write(tmp_path, "word.htm", WORD_HTML))
    (note,) = refs.notes
    assert note.number == 1
    assert note.text.startswith("Justin McCurry")  # the [1] backlink is not part of the note
    assert note.citations[0].url == "http://www.theguardian.com/world/2015/oct/15/x"
    assert note.context == "The islands were disputed."


def test_a_notes_list_with_a_broken_marker_keeps_every_note(tmp_path: Path) -> None:
    page = """<html><body><p>One.<sup><a href="#n1">1</a></sup> Two.<sup>2</sup></p>
    <ol><li id="n1">Jane Doe, “First,” The Diplomat, May 1, 2015.</li>
    <li id="n2">Jane Doe, “Second,” The Diplomat, May 2, 2015.</li></ol></body></html>"""
    refs = parse_article(write(tmp_path, "a.html", page))
    assert [n.number for n in refs.notes] == [1, 2]
    assert refs.notes[1].citations[0].title == "Second"
    assert any("no marker" in w and "2" in w for w in refs.warnings)


def test_page_without_marker_links_falls_back_to_numbered_paragraphs(tmp_path: Path) -> None:
    page = """<html><body><p>The summit failed.1 Talks resumed later.2</p><h2>Notes</h2>
    <p>1. Jane Doe, “<a href="https://example.org/first">First Article</a>,” The Diplomat, May 1, 2015.</p>
    <p>2. Ibid.</p></body></html>"""
    refs = parse_article(write(tmp_path, "page.html", page))
    first, second = refs.notes
    assert first.citations[0].url == "https://example.org/first"
    assert first.context == "The summit failed."
    assert second.citations[0].ibid and second.citations[0].url == "https://example.org/first"


def test_relative_and_mailto_links_are_no_source_address(tmp_path: Path) -> None:
    page = """<html><body><p>Text.<sup><a href="#f1">1</a></sup></p><ol>
    <li id="f1">Jane Doe, “<a href="/local/page">Local</a>,” <a href="mailto:x@example.org">mail</a>.</li>
    </ol></body></html>"""
    refs = parse_article(write(tmp_path, "a.html", page))
    assert refs.notes[0].citations[0].url is None


def test_html_is_recognised_by_content_without_a_suffix(tmp_path: Path) -> None:
    refs = parse_article(write(tmp_path, "article", PANDOC))
    assert len(refs.notes) == 2


# ------------------------------------------------------------------ hostile pages


def test_script_and_style_content_is_never_read(tmp_path: Path) -> None:
    page = """<html><body><script>document.write('<p>1. Fake, “Injected,” http://evil.example/</p>')
    </script><style>p::after{content:"2. also fake"}</style>
    <p>Real.<sup><a href="#f1">1</a></sup></p><ol><li id="f1">Jane Doe, “Real,” The Diplomat, 2015.</li></ol>
    </body></html>"""
    refs = parse_article(write(tmp_path, "a.html", page))
    assert [n.text for n in refs.notes] == ["Jane Doe, “Real,” The Diplomat, 2015."]
    assert "evil" not in repr(refs)


def test_a_million_nested_divs_are_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_bytes(b"<html><body>" + b"<div>" * 1_000_000 + b"<p>x</p></body></html>")
    started = time.monotonic()
    with pytest.raises(ParseError, match="tags") as err:
        parse_article(path)
    assert time.monotonic() - started < 5
    assert "\n" not in str(err.value) and str(path) in str(err.value)


def test_deep_nesting_under_the_tag_cap_is_walked_without_recursion(tmp_path: Path) -> None:
    depth = min(50_000, MAX_TAGS - 100)  # far beyond Python's recursion limit
    page = (
        "<html><body>" + "<div>" * depth + '<p>Deep.<sup><a href="#f1">1</a></sup></p>' + "</div>" * depth
        + '<ol><li id="f1">Jane Doe, “Deep,” The Diplomat, 2015.</li></ol></body></html>'
    )  # fmt: skip
    refs = parse_article(write(tmp_path, "deep.html", page))
    assert refs.notes[0].context == "Deep."


def test_a_huge_attribute_is_harmless(tmp_path: Path) -> None:
    page = (
        '<html><body><p title="' + "x" * 5_000_000 + '">Text.<sup><a href="#f1">1</a></sup></p>'
        '<ol><li id="f1">Jane Doe, “Title,” The Diplomat, 2015.</li></ol></body></html>'
    )
    refs = parse_article(write(tmp_path, "a.html", page))
    assert refs.notes[0].citations[0].title == "Title"


def test_entities_are_not_expanded(tmp_path: Path) -> None:
    page = """<!DOCTYPE html [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
    <html><body><p>Text &b;.<sup><a href="#f1">1</a></sup></p>
    <ol><li id="f1">Jane Doe, “T &b;,” The Diplomat, 2015.</li></ol></body></html>"""
    refs = parse_article(write(tmp_path, "a.html", page))
    assert "AAAA" not in refs.notes[0].text


def test_over_ten_megabytes_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    path.write_bytes(b"<html><body><p>" + b"x" * (10 * 1024 * 1024) + b"</p></body></html>")
    with pytest.raises(ParseError, match="limit"):
        parse_article(path)


def test_a_page_without_notes_is_one_line_of_error(tmp_path: Path) -> None:
    with pytest.raises(ParseError) as err:
        parse_article(write(tmp_path, "a.html", "<html><body><p>No notes here.</p></body></html>"))
    assert "\n" not in str(err.value)


TAGS = st.sampled_from(
    ["<p>", "</p>", "<ol>", "</ol>", "<li>", "</li>", '<li id="f1">', '<li id="f2">', "<sup>", "</sup>",
     '<a href="#f1">', '<a href="#f2">', "</a>", '<a href="http://x.example/a">', "<script>", "</script>",
     "<div>", "</div>", "1", "2", "[1]", "↩", "Ibid.", "“Title,”", "Jane Doe, ", "1. ", "\n\n", "<!--", "-->",
     "<![CDATA[", "]]>", "&amp;", "&#0;", "&#x110000;", "\x00", '<a name="f1">', '<ol start="x">', "<br>"]
)  # fmt: skip
HTML_LIKE = st.lists(st.one_of(TAGS, st.text(max_size=8)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HTML_LIKE)
def test_the_html_reader_raises_nothing_but_parse_error(page: str) -> None:
    from checker.parse import parse_extracted

    try:
        refs = parse_extracted(read_html(page.encode("utf-8", "surrogatepass")), source="gen.html")
    except ParseError as exc:
        assert "\n" not in str(exc)
        return
    assert refs.notes
    for note in refs.notes:
        assert note.text == note.text.strip() and "\x00" not in note.text


def test_markers_all_pointing_at_the_notes_section_are_read_as_text(tmp_path: Path) -> None:
    page = """<html><body><p>One.<sup><a href="#notes">1</a></sup> Two.<sup><a href="#notes">2</a></sup></p>
    <section id="notes"><p>1. Jane Doe, “First,” The Diplomat, 2015.</p><p>2. Ibid.</p></section></body></html>"""
    refs = parse_article(write(tmp_path, "a.html", page))
    assert [(n.number, n.context) for n in refs.notes] == [(1, "One."), (2, "Two.")]
    assert refs.notes[1].citations[0].ibid


def test_a_note_pointing_to_another_note_keeps_its_words(tmp_path: Path) -> None:
    page = """<html><body><p>One.<sup id="r1"><a href="#f1">1</a></sup> Two.<sup id="r2"><a href="#f2">2</a></sup></p>
    <ol><li id="f1">Jane Doe, “First,” The Diplomat, 2015. <a href="#r1">↩</a></li>
    <li id="f2">On this, see note <a href="#f1">1</a>. <a href="#r2">2</a></li></ol></body></html>"""
    refs = parse_article(write(tmp_path, "a.html", page))
    assert refs.notes[1].text == "On this, see note 1."  # the link to note 1 is prose; the one back to "2" is not


def test_a_title_in_italics_ends_where_they_do_and_names_before_it_are_its_editors(tmp_path: Path) -> None:
    # Journal of Cultural Analytics (2017), notes 6 and 17 (corpus: ca-2017-tell-tale-hat); a quoted title is left
    page = (
        "<p>Claim.<sup><a href='#fn1' id='r1'>1</a></sup> More.<sup><a href='#fn2' id='r2'>2</a></sup></p><ol>"
        "<li id='fn1'>Svend Grundtvig, Axel Olrik, and Nils Schiørring, eds., <i>Danmarks gamle Folkeviser</i>,"
        " 12 vols. (Copenhagen: Universitets-jubilæets danske Samfund, 1966-1976).</li>"
        "<li id='fn2'>Walter Anderson: <em>Kaiser und Abt. Die Geschichte eines Schwanks,</em> FF Communications 42 "
        "(Helsinki: Suomalainen Tiedeakatemia, 1923).</li></ol>"
    )
    first, second = (n.citations[0] for n in parse_article(write(tmp_path, "a.html", page)).notes)
    assert (first.title, first.authors) == (
        "Danmarks gamle Folkeviser", ("Svend Grundtvig", "Axel Olrik", "Nils Schiørring")
    )
    assert (second.title, second.authors, second.container) == (
        "Kaiser und Abt. Die Geschichte eines Schwanks", ("Walter Anderson",), "FF Communications 42"
    )


def test_a_page_without_marker_links_keeps_its_notes_italics(tmp_path: Path) -> None:
    # William & Mary Law Review (2020), notes 71 and 72 (corpus: wmlr-2020-sexual-privacy-compact), set as a web page's
    # numbered list: the headline's full stop is inside its italics, so the citation keeps its writer and the short
    # form after it finds it
    page = write(tmp_path, "a.html", (
        "<html><body><p>The app kept everything.</p><h2>Notes</h2><ol>"
        "<li>The documents included Duportail’s Facebook likes and where and when each conversation with a match took"
        " place. Judith Duportail, <i>I asked Tinder for my data. It sent me 800 pages of my deepest, darkest"
        " secrets</i>, GUARDIAN (Sept. 26, 2017, 2:10 AM), https://www.theguardian.com/technology/2017/sep/26/tinder-"
        "personal-data-datingapp-messages-hacked-sold.</li>"
        "<li>Duportail, <em>supra</em> note.</li></ol></body></html>"
    ))  # fmt: skip
    full, short = (n.citations[-1] for n in parse_article(page).notes)
    assert (full.authors, full.title) == (
        ("Judith Duportail",), "I asked Tinder for my data. It sent me 800 pages of my deepest, darkest secrets"
    )
    assert (short.refers_to, short.url) == (1, full.url)
