"""Word .docx articles, built in the test with zipfile: footnotes, endnotes, links, hostile zips."""

from __future__ import annotations

import time
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.errors import ParseError
from checker.models import References
from checker.parse import parse_article, parse_extracted
from checker.parse.docx import MAX_MEMBERS, MAX_PART_BYTES, read_docx
from tests.parse.renderings import LINKED_TITLES, SEED, docx_parts, seed, write_docx
from tests.parse.seedcheck import assert_same_as_text

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@pytest.fixture(scope="module")
def text_refs() -> References:
    return parse_article(SEED)


@pytest.fixture(scope="module")
def docx_refs(tmp_path_factory: pytest.TempPathFactory) -> References:
    path = tmp_path_factory.mktemp("docx") / "seed.docx"
    return parse_article(write_docx(path, dict(docx_parts(seed()))))


def small(body: str, notes: str, *, kind: str = "footnote") -> dict[str, str | bytes]:
    return {
        "word/document.xml": f"<w:document {W}><w:body>{body}</w:body></w:document>",
        f"word/{kind}s.xml": f"<w:{kind}s {W}>{notes}</w:{kind}s>",
    }


def run(text: str) -> str:
    return f"<w:r><w:t>{text}</w:t></w:r>"


def test_seed_as_docx_footnotes_parses_exactly_as_the_text(text_refs: References, docx_refs: References) -> None:
    assert_same_as_text(text_refs, docx_refs)


def test_seed_as_docx_endnotes_too(text_refs: References, tmp_path: Path) -> None:
    refs = parse_article(write_docx(tmp_path / "end.docx", dict(docx_parts(seed(), endnotes=True))))
    assert_same_as_text(text_refs, refs)


@pytest.mark.parametrize("number", LINKED_TITLES)  # odd: w:hyperlink + rels; even: HYPERLINK field
def test_linked_titles_give_their_citation_the_url(text_refs: References, docx_refs: References, number: int) -> None:
    (note,) = [n for n in docx_refs.notes if n.number == number]
    (printed,) = [n for n in text_refs.notes if n.number == number]
    assert "http" not in note.text and "HYPERLINK" not in note.text
    assert note.citations[0].url == printed.citations[0].url is not None


def test_notes_are_numbered_by_reference_order_not_by_id(tmp_path: Path) -> None:
    body = (
        f'<w:p>{run("First.")}<w:r><w:footnoteReference w:id="7"/></w:r>'
        f'{run(" Second.")}<w:r><w:footnoteReference w:id="3"/></w:r></w:p>'
    )
    notes = (
        f'<w:footnote w:id="3"><w:p>{run("Jane Doe, “Three,” The Diplomat, 2015.")}</w:p></w:footnote>'
        f'<w:footnote w:id="7"><w:p>{run("Jane Doe, “Seven,” The Diplomat, 2015.")}</w:p></w:footnote>'
    )
    refs = parse_article(write_docx(tmp_path / "a.docx", small(body, notes)))
    assert [(n.number, n.citations[0].title, n.context) for n in refs.notes] == [
        (1, "Seven", "First."),
        (2, "Three", "Second."),
    ]


def test_deleted_text_of_tracked_changes_is_left_out(tmp_path: Path) -> None:
    body = f'<w:p>{run("Claim.")}<w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
    notes = (
        f'<w:footnote w:id="1"><w:p>{run("Jane Doe, “")}'
        f'<w:del w:id="9" w:author="Ed"><w:r><w:delText>Old</w:delText></w:r></w:del>'
        f'<w:ins w:id="10" w:author="Ed">{run("New")}</w:ins>{run(",” The Diplomat, 2015.")}</w:p></w:footnote>'
    )
    refs = parse_article(write_docx(tmp_path / "a.docx", small(body, notes)))
    assert refs.notes[0].citations[0].title == "New"


def test_a_note_never_referenced_is_reported(tmp_path: Path) -> None:
    body = f'<w:p>{run("Claim.")}<w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
    notes = (
        f'<w:footnote w:id="1"><w:p>{run("Jane Doe, “One,” The Diplomat, 2015.")}</w:p></w:footnote>'
        f'<w:footnote w:id="2"><w:p>{run("Jane Doe, “Two,” The Diplomat, 2015.")}</w:p></w:footnote>'
    )
    refs = parse_article(write_docx(tmp_path / "a.docx", small(body, notes)))
    assert len(refs.notes) == 1
    assert any("never referenced" in w for w in refs.warnings)


# ------------------------------------------------------------------ hostile files


def one_line(err: pytest.ExceptionInfo[ParseError], path: Path) -> None:
    assert "\n" not in str(err.value) and str(path) in str(err.value)


def test_a_zip_bomb_is_refused_by_its_declared_size(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", f"<w:document {W}><w:body/></w:document>")
        with zf.open("word/media/image1.png", "w") as fh:  # 250 MB of zeros: about 250 kB zipped
            chunk = bytes(1 << 20)
            for _ in range(250):
                fh.write(chunk)
    assert path.stat().st_size < 1_000_000
    started = time.monotonic()
    with pytest.raises(ParseError, match="zip bomb") as err:
        parse_article(path)
    assert time.monotonic() - started < 2
    one_line(err, path)


def test_an_oversized_text_part_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf, zf.open("word/document.xml", "w") as fh:
        fh.write(f"<w:document {W}><w:body>".encode())
        chunk = b" " * (1 << 20)
        for _ in range(MAX_PART_BYTES // len(chunk) + 1):
            fh.write(chunk)
        fh.write(b"</w:body></w:document>")
    with pytest.raises(ParseError, match="zip bomb") as err:
        parse_article(path)
    one_line(err, path)


def test_too_many_members_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "many.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", f"<w:document {W}><w:body/></w:document>")
        for k in range(MAX_MEMBERS + 1):
            zf.writestr(f"junk/{k}", b"")
    with pytest.raises(ParseError, match="parts") as err:
        parse_article(path)
    one_line(err, path)


def test_a_corrupt_zip_is_one_line_of_error(tmp_path: Path) -> None:
    good = write_docx(tmp_path / "good.docx", dict(docx_parts(seed())))
    path = tmp_path / "corrupt.docx"
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(ParseError, match=r"damaged|not a valid") as err:
        parse_article(path)
    one_line(err, path)


def test_a_damaged_member_is_one_line_of_error(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "a.docx", small(f"<w:p>{run('x' * 5000)}</w:p>", ""))
    data = bytearray(path.read_bytes())
    at = data.find(b"word/document.xml") + len("word/document.xml") + 20  # inside the compressed data
    data[at : at + 40] = b"\xff" * 40
    path.write_bytes(bytes(data))
    with pytest.raises(ParseError) as err:
        parse_article(path)
    one_line(err, path)


def test_a_named_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    path.write_text("1. Jane Doe, “One,” 2015.\n", encoding="utf-8")
    with pytest.raises(ParseError, match=r"not a \.docx") as err:
        parse_article(path)
    one_line(err, path)


def test_xml_with_entities_is_refused_without_expanding_them(tmp_path: Path) -> None:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
        + "".join(f'<!ENTITY {chr(98 + k)} "{("&" + chr(97 + k) + ";") * 10}">' for k in range(8))
        + f"]><w:document {W}><w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body></w:document>"
    )
    path = write_docx(tmp_path / "laughs.docx", {"word/document.xml": laughs})
    started = time.monotonic()
    with pytest.raises(ParseError, match="DTD") as err:
        parse_article(path)
    assert time.monotonic() - started < 2
    one_line(err, path)


def test_malformed_xml_is_one_line_of_error(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "a.docx", {"word/document.xml": "<w:document><w:body>"})
    with pytest.raises(ParseError, match="well-formed") as err:
        parse_article(path)
    one_line(err, path)


def test_a_docx_without_notes(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "a.docx", small(f"<w:p>{run('Just text.')}</w:p>", ""))
    with pytest.raises(ParseError, match="no footnotes") as err:
        parse_article(path)
    one_line(err, path)


XML_PIECES = st.sampled_from(
    ["<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", '<w:footnoteReference w:id="1"/>',
     '<w:footnoteReference w:id="2"/>', '<w:endnoteReference w:id="1"/>', "<w:footnoteRef/>", "<w:tab/>",
     '<w:fldChar w:fldCharType="begin"/>', '<w:fldChar w:fldCharType="separate"/>',
     '<w:fldChar w:fldCharType="end"/>', '<w:instrText> HYPERLINK "http://x.example/a" </w:instrText>',
     '<w:hyperlink r:id="rId1">', "</w:hyperlink>", "<w:del>", "</w:del>", "Jane Doe, ", "“Title,”", "Ibid.",
     "&amp;", "&#x1;", "<!DOCTYPE x>", "]]>", "<"]
)  # fmt: skip
XML_LIKE = st.lists(st.one_of(XML_PIECES, st.text(max_size=5)), max_size=40).map("".join)
_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(XML_LIKE, XML_LIKE, st.booleans())
def test_the_docx_reader_raises_nothing_but_parse_error(body: str, note: str, endnote: bool) -> None:
    kind = "endnote" if endnote else "footnote"
    data = BytesIO()
    with zipfile.ZipFile(data, "w") as zf:
        zf.writestr("word/document.xml", f"<w:document {W} {_R}><w:body>{body}</w:body></w:document>")
        zf.writestr(f"word/{kind}s.xml", f'<w:{kind}s {W} {_R}><w:{kind} w:id="1">{note}</w:{kind}></w:{kind}s>')
    try:
        refs = parse_extracted(read_docx(data.getvalue(), source="gen.docx"), source="gen.docx")
    except ParseError as exc:
        assert "\n" not in str(exc)
        return
    assert refs.notes and all(n.text == n.text.strip() and "\x00" not in n.text for n in refs.notes)


def test_a_title_in_italic_runs_ends_where_the_italics_do(tmp_path: Path) -> None:
    # Word splits a title over runs; the series after the italics is the book's container (Journal of Cultural
    # Analytics, 2017, note 5: corpus ca-2017-tell-tale-hat)
    italic = '<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r>'
    body = f'<w:p>{run("Claim.")}<w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
    notes = (
        f'<w:footnote w:id="1"><w:p>{run("Reidar Christiansen, ")}{italic.format("The Migratory ")}'
        f'{italic.format("Legends")}{run(", FF Communications 175 (Helsinki: Suomalainen Tiedeakatemia, 1958).")}'
        "</w:p></w:footnote>"
    )
    citation = parse_article(write_docx(tmp_path / "a.docx", small(body, notes))).notes[0].citations[0]
    assert (citation.title, citation.container) == ("The Migratory Legends", "FF Communications 175")
