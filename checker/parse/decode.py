"""Read an article file into text: bounded, encoding-aware, refusing binaries.

Policy (why each rule exists):
- Files over MAX_ARTICLE_BYTES are refused before reading: an article's notes are a
  few hundred kilobytes at most, and a 20 MB file is a mistake (a PDF dump, a log)
  that must neither hang the parser nor fill memory.
- A byte-order mark wins (UTF-8, UTF-16, UTF-32); then strict UTF-8, which almost
  never decodes non-UTF-8 text by accident; only then charset-normalizer guesses,
  and the guess is reported as a warning naming the encoding, because a wrong guess
  garbles names and titles.
- NUL bytes or many control characters mean binary data, not text.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass

from checker.errors import ParseError
from checker.files import read_bounded

MAX_ARTICLE_BYTES = 10 * 1024 * 1024  # documented limit: 10 MB

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Share of control characters (other than tab/newline/CR/FF) above which text is binary.
_MAX_CONTROL_SHARE = 0.02


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def read_article_bytes(path: str | os.PathLike[str], *, limit: int = MAX_ARTICLE_BYTES) -> bytes:
    """Read at most `limit` bytes; refuse bigger files with a one-line ParseError."""
    return read_bounded(path, limit=limit, error=ParseError, what="an article file")


def decode_bytes(data: bytes, *, source: str | None = None) -> Decoded:
    """Bytes -> text, or ParseError for empty or binary input."""
    if not data.strip():
        raise ParseError("file is empty", path=source)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise ParseError(
                    f"file starts with a {codec} byte-order mark but is not valid {codec}", path=source
                ) from None
            return Decoded(_check_text(text, source), codec)
    if b"\x00" in data:
        raise ParseError("file looks binary (NUL bytes), not text", path=source)
    try:
        return Decoded(_check_text(data.decode("utf-8"), source), "utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # imported late: only odd files need it

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ParseError("file is neither UTF-8 nor text in any encoding that could be detected", path=source)
    text = _check_text(str(best), source)
    warning = f"file is not UTF-8; decoded as {best.encoding} (a guess: check names and titles)"
    return Decoded(text, best.encoding, (warning,))


def _check_text(text: str, source: str | None) -> str:
    if not text.strip():
        raise ParseError("file is empty", path=source)
    sample = text[:200_000]
    controls = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f") or 0x7F <= ord(ch) < 0xA0)
    if controls > _MAX_CONTROL_SHARE * len(sample):
        raise ParseError("file looks binary (control characters), not text", path=source)
    return text.replace("\r\n", "\n").replace("\r", "\n")


