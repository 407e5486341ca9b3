"""Bytes -> text, honestly: BOM, then what the bytes prove, then what the page declares, then a sniff.

Order and why:
1. A byte-order mark wins (the HTML standard says so, and it cannot be accidental).
2. Bytes that decode as strict UTF-8 and hold non-ASCII are UTF-8, whatever the
   page declares: legacy single-byte text is almost never valid UTF-8, while
   pages served as ISO-8859-1 but written in UTF-8 are common.
3. A declared charset (HTTP header first, then <meta>/XML declaration in the
   first bytes, as browsers do) that decodes strictly is used.
4. A declared charset (or UTF-8) that decodes with only a few bad bytes is used
   with U+FFFD replacements: one stray byte must not turn a page into mojibake.
5. Otherwise charset-normalizer guesses; failing all, UTF-8 with replacements.
WHATWG maps the labels latin1/iso-8859-1/ascii to windows-1252; so do we.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

_PRESCAN_BYTES = 4096  # browsers scan 1024; some CMSs put 3 KB of comments first
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""",
    re.IGNORECASE,
)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-:.]+)", re.IGNORECASE)
_WHATWG_ALIASES = {"latin1": "cp1252", "latin-1": "cp1252", "iso-8859-1": "cp1252", "iso8859-1": "cp1252",
                   "ascii": "cp1252", "us-ascii": "cp1252", "x-sjis": "shift_jis", "windows-31j": "cp932"}
# Up to this share of replaced characters, a declared charset is still believed.
_TOLERATED_ERRORS = 0.002
_SNIFF_BYTES = 256 * 1024  # charset-normalizer reads samples; cap what we hand it


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python codec name used
    how: str  # "bom", "utf-8", "declared", "declared-with-errors", "sniffed", "fallback"
    declared: str | None = None


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _WHATWG_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charsets(body: bytes, content_type: str | None, encoding: str | None) -> list[str]:
    """Codec names the page declares, HTTP first, then <meta> / XML declaration; duplicates removed."""
    labels: list[str | None] = [encoding]
    if content_type:
        m = _HEADER_CHARSET.search(content_type)
        labels.append(m.group(1) if m else None)
    m2 = _META_CHARSET.search(body[:_PRESCAN_BYTES])
    if m2:
        raw = m2.group(1) or m2.group(2)
        labels.append(raw.decode("ascii", "replace"))
    out: list[str] = []
    for label in labels:
        name = _codec(label)
        # A page cannot really be UTF-16 if its meta tag was readable as ASCII.
        if name and name not in out and not name.startswith("utf-16"):
            out.append(name)
    return out


def _strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode(body: bytes, content_type: str | None = None, encoding: str | None = None,
           *, truncated: bool = False) -> Decoded:
    """Decode a page body; never raises."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if body.startswith(bom):
            return Decoded(body[len(bom):].decode(codec, "replace"), codec, "bom")
    declared = declared_charsets(body, content_type, encoding)
    first = declared[0] if declared else None
    if not body.isascii():
        # A body cut at the byte limit may end inside a multi-byte character.
        for cut in range(4 if truncated else 1):
            text = _strict(body[: len(body) - cut], "utf-8")
            if text is not None:
                return Decoded(text, "utf-8", "utf-8", first)
    else:
        return Decoded(body.decode("ascii"), first or "ascii", "declared" if first else "utf-8", first)
    for codec in declared:
        text = _strict(body, codec)
        if text is not None:
            return Decoded(text, codec, "declared", first)
    for codec in [*declared, "utf-8"]:
        text = body.decode(codec, "replace")
        bad = text.count("\ufffd")
        if bad <= max(2, int(len(text) * _TOLERATED_ERRORS)):
            return Decoded(text, codec, "declared-with-errors" if codec in declared else "utf-8", first)
    try:
        best = from_bytes(body[:_SNIFF_BYTES]).best()
    except Exception:  # charset-normalizer on hostile bytes: a guess is optional
        best = None
    if best is not None and best.encoding:
        codec = _codec(best.encoding) or "utf-8"
        return Decoded(body.decode(codec, "replace"), codec, "sniffed", first)
    return Decoded(body.decode("utf-8", "replace"), "utf-8", "fallback", first)
