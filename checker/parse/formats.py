"""Which reader an article file needs: by its first bytes first, then its suffix.

Content wins over the name where the content is unmistakable (a PDF renamed .txt is
still a PDF); the suffix decides between text formats that look alike (Markdown and
plain text); a file without a telling suffix is sniffed (an HTML start tag, Markdown
footnote definitions). Formats this tool does not read (PDF, images, old binary Word,
RTF, OpenDocument, archives) are refused with one line naming the file, since guessing
text out of them would produce wrong notes silently.
"""

from __future__ import annotations

import os
import re
import zipfile
from enum import StrEnum
from io import BytesIO
from typing import assert_never

from checker.errors import ParseError
from checker.parse.decode import MAX_ARTICLE_BYTES
from checker.parse.extracted import Extracted


class Format(StrEnum):
    TEXT = "text"
    HTML = "html"
    MARKDOWN = "markdown"
    DOCX = "docx"


# A .docx holds images we never decompress; its text parts are read under their own caps
# (checker/parse/docx.py), so the file itself may be larger than a text article.
MAX_DOCX_BYTES = 50 * 1024 * 1024

_SUFFIXES = {
    ".html": Format.HTML, ".htm": Format.HTML, ".xhtml": Format.HTML,
    ".md": Format.MARKDOWN, ".markdown": Format.MARKDOWN, ".mdown": Format.MARKDOWN, ".mkd": Format.MARKDOWN,
    ".docx": Format.DOCX,
    ".txt": Format.TEXT, ".text": Format.TEXT,
}  # fmt: skip
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\xd0\xcf\x11\xe0", "old Word .doc (or another OLE document)"),
    (b"{\\rtf", "RTF"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf", "7-Zip archive"),
    (b"Rar!", "RAR archive"),
)
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html)", re.I | re.S
)
_MD_FOOTNOTE = re.compile(rb"^\[\^[^\]\s]{1,40}\]:", re.M)


def unsupported(source: str | None, what: str) -> ParseError:
    return ParseError(f"unsupported format ({what}): convert to text first", path=source)


def detect_format(source: str, data: bytes) -> Format:
    """The article's format, or ParseError for formats this tool does not read."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise unsupported(source, what)
    if data[8:12] == b"WEBP" and data.startswith(b"RIFF"):
        raise unsupported(source, "WebP image")
    suffix = os.path.splitext(source)[1].lower()
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        if suffix == ".docx" or _is_docx(data):
            return Format.DOCX
        raise unsupported(source, "zip archive that is not a Word .docx")
    by_suffix = _SUFFIXES.get(suffix)
    if by_suffix is Format.DOCX:
        raise ParseError("is named .docx but is not a .docx (zip) file", path=source)
    if by_suffix is not None:
        return by_suffix
    head = data[:4096]
    if _HTML_START.match(head):
        return Format.HTML
    if _MD_FOOTNOTE.search(data[:MAX_ARTICLE_BYTES]):
        return Format.MARKDOWN
    return Format.TEXT


def max_bytes_for(source: str) -> int:
    return MAX_DOCX_BYTES if source.lower().endswith(".docx") else MAX_ARTICLE_BYTES


def extract(data: bytes, *, source: str) -> Extracted | None:
    """The article taken apart by its format's reader; None for plain text (parse_text reads it)."""
    fmt = detect_format(source, data)
    if fmt is not Format.DOCX and len(data) > MAX_ARTICLE_BYTES:
        raise ParseError(f"file is over the {MAX_ARTICLE_BYTES // (1024 * 1024)} MB limit for an article", path=source)
    if fmt is Format.TEXT:
        return None
    if fmt is Format.HTML:
        from checker.parse.html import read_html

        return read_html(data, source=source)
    if fmt is Format.MARKDOWN:
        from checker.parse.markdown import read_markdown

        return read_markdown(data, source=source)
    if fmt is Format.DOCX:
        from checker.parse.docx import read_docx

        return read_docx(data, source=source)
    assert_never(fmt)


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(BytesIO(data)) as zf:
            return "word/document.xml" in set(zf.namelist()[:10_000])
    except (zipfile.BadZipFile, ValueError, OSError):
        return False
