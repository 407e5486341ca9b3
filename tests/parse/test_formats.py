"""Which reader a file gets: content first where it is unmistakable, then the suffix."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from checker.errors import ParseError
from checker.parse import parse_article
from checker.parse.formats import Format, detect_format, extract


@pytest.mark.parametrize(
    ("name", "data", "what"),
    [
        ("paper.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        ("paper.txt", b"%PDF-1.4\n1 0 obj", "PDF"),  # renamed: still a PDF
        ("scan.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        ("scan.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 32, "old Word"),
        ("notes.rtf", b"{\\rtf1\\ansi Hello}", "RTF"),
        ("pic.webp", b"RIFF\x00\x00\x00\x00WEBPVP8 ", "WebP"),
    ],
)
def test_binary_formats_are_refused_naming_the_file(tmp_path: Path, name: str, data: bytes, what: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ParseError, match="convert to text first") as err:
        parse_article(path)
    message = str(err.value)
    assert what in message and str(path) in message and "\n" not in message


def test_a_zip_that_is_not_a_docx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "article.odt"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(ParseError, match="convert to text first"):
        parse_article(path)


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("a.txt", b"<html><body>x</body></html>", Format.TEXT),  # the suffix decides between text formats
        ("a.html", b"1. Jane Doe.", Format.HTML),
        ("a.HTM", b"x", Format.HTML),
        ("a.md", b"1. Jane Doe.", Format.MARKDOWN),
        ("a", b"\xef\xbb\xbf  <!-- saved --> <!DOCTYPE html><html>", Format.HTML),
        ("a", b"<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'>", Format.HTML),
        ("a.text", b"Claim.[^1]\n\n[^1]: Note.", Format.TEXT),
        ("a.article", b"Claim.[^1]\n\n[^1]: Note.", Format.MARKDOWN),
        ("a.article", b"Claim.1\n\n1. Note.", Format.TEXT),
    ],
)
def test_detect_format(name: str, data: bytes, expected: Format) -> None:
    assert detect_format(name, data) is expected


def test_plain_text_is_left_to_the_text_parser() -> None:
    assert extract(b"Claim.1\n\n1. Jane Doe, \xe2\x80\x9cOne,\xe2\x80\x9d 2015.\n", source="a.txt") is None


def test_every_format_has_a_reader(tmp_path: Path) -> None:
    samples = {
        Format.TEXT: ("a.txt", b"Claim.1\n\n1. Jane Doe, \xe2\x80\x9cOne,\xe2\x80\x9d The Diplomat, 2015.\n"),
        Format.HTML: ("a.html", b'<p>Claim.<sup><a href="#f1">1</a></sup></p><ol><li id="f1">Jane Doe.</li></ol>'),
        Format.MARKDOWN: ("a.md", b"Claim.[^1]\n\n[^1]: Jane Doe.\n"),
        Format.DOCX: ("a.docx", None),
    }
    assert set(samples) == set(Format)
    for fmt, (name, data) in samples.items():
        path = tmp_path / name
        if data is None:
            w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
            with zipfile.ZipFile(path, "w") as zf:
                zf.writestr("word/document.xml", f'<w:document {w}><w:body><w:p><w:r><w:t>Claim.</w:t></w:r>'
                            f'<w:r><w:footnoteReference w:id="2"/></w:r></w:p></w:body></w:document>')  # fmt: skip
                zf.writestr("word/footnotes.xml", f'<w:footnotes {w}><w:footnote w:id="2"><w:p><w:r>'
                            f"<w:t>Jane Doe.</w:t></w:r></w:p></w:footnote></w:footnotes>")  # fmt: skip
        else:
            path.write_bytes(data)
        refs = parse_article(path)
        assert refs.notes[0].context == "Claim.", fmt
        assert refs.notes[0].text.startswith("Jane Doe"), fmt
