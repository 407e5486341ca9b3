"""Escaping for the text formats (Markdown, XML). Every cited or fetched string is hostile."""

from __future__ import annotations

import html
import re

from checker.report.summary import is_http_url, one_line

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~>])")
# XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF even when escaped.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def md(text: str | None, limit: int = 0) -> str:
    """Inline Markdown text: one line, HTML entities for <>&, backslash before Markdown
    punctuation (so `|` cannot split a table cell and `[x](javascript:..)` is no link)."""
    s = html.escape(one_line(text, limit), quote=False)
    return _MD_SPECIAL.sub(r"\\\1", s)


def md_link(label: str, url: str | None) -> str:
    """A Markdown link only for http(s) URLs; anything else is escaped text."""
    if not url or not is_http_url(url):
        return md(label)
    # Angle-bracket destinations allow any character but <, > and newlines; percent-encode those.
    dest = one_line(url).replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")
    return f"[{md(label)}](<{dest}>)"


def fence(body: str, info: str = "") -> str:
    """A fenced code block whose fence is longer than any backtick run inside it."""
    longest = max((len(m) for m in re.findall(r"`+", body)), default=0)
    bar = "`" * max(3, longest + 1)
    return f"{bar}{info}\n{body}\n{bar}"


def xml_text(text: str | None) -> str:
    """Text safe to put in an XML 1.0 document (ElementTree escapes <>&; this drops the
    characters it cannot escape)."""
    return _XML_BAD.sub("\ufffd", text or "")
