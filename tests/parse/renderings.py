"""The seed article rendered into other formats, the way editors receive it.

Built from the .txt at test time (no binary fixtures): the body's glued note numbers
become real markers, the notes a real notes list; a few notes link their title
instead of printing the URL, as journal pages and Word files often do.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "articles" / "sino-russian-relations-and-the-failure-of-russo-japanese-relations.txt"
_NOTE = re.compile(r"^(\d{1,3})\. (.*)$")
_URL = re.compile(r",? ?(https?://\S+?)[.,]?$")
_TITLE = re.compile(r"“([^”]+?),?”")
# Notes whose URL the renderings move from the text into a link on the title.
LINKED_TITLES = (1, 3, 11, 20)


@dataclass(frozen=True)
class Piece:
    text: str
    note: int | None = None  # a marker for this note


@dataclass(frozen=True)
class Seed:
    paragraphs: tuple[tuple[Piece, ...], ...]  # body paragraphs, text and markers
    notes: tuple[str, ...]  # note texts, note 1 first


def seed() -> Seed:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    first = next(i for i, line in enumerate(lines) if line.startswith("1. "))
    notes = [_NOTE.match(line).group(2) for line in lines[first:] if _NOTE.match(line)]  # type: ignore[union-attr]
    body = [line.strip() for line in lines[:first] if line.strip()]
    paragraphs: list[tuple[Piece, ...]] = []
    wanted = 1
    for para in body:
        pieces: list[Piece] = []
        at = 0
        while wanted <= len(notes):
            m = re.compile(rf"(?<=[^\s\d\-–/$#+=(<\[£€%^_@&*]){wanted}(?![\d%])(?![^\W\d_])").search(para, at)
            if m is None:
                break
            pieces.append(Piece(para[at : m.start()]))
            pieces.append(Piece("", note=wanted))
            at = m.end()
            wanted += 1
        pieces.append(Piece(para[at:]))
        paragraphs.append(tuple(pieces))
    assert wanted == len(notes) + 1, f"marker {wanted} not found"
    return Seed(tuple(paragraphs), tuple(notes))


def linked_title(number: int, text: str) -> tuple[str, str, str, str] | None:
    """(before title, title, after title without the URL, url) for a note to render with a linked title."""
    if number not in LINKED_TITLES:
        return None
    url_match = _URL.search(text)
    title = _TITLE.search(text)
    assert url_match and title, number
    rest = text[: url_match.start()]
    return rest[: title.start(1)], title.group(1), rest[title.end(1) :] + ".", url_match.group(1)


def to_html(s: Seed, *, heading: str = "Notes") -> str:
    out = ["<!DOCTYPE html><html><head><title>Seed</title><script>var x = '<sup>99</sup>';</script>",
           "<style>sup{color:red}</style></head><body><article>"]  # fmt: skip
    for para in s.paragraphs:
        parts = []
        for p in para:
            if p.note is None:
                parts.append(html.escape(p.text))
            else:
                n = p.note
                parts.append(f'<sup id="fnref{n}"><a href="#fn{n}" class="footnote-ref">{n}</a></sup>')
        out.append("<p>" + "".join(parts) + "</p>")
    out.append(f'<section class="footnotes"><h2>{heading}</h2><ol>')
    for n, text in enumerate(s.notes, 1):
        linked = linked_title(n, text)
        if linked:
            before, title, after, url = (html.escape(x) for x in linked)
            inner = f'{before}<a href="{url}">{title}</a>{after}'
        else:
            inner = html.escape(text)
        out.append(f'<li id="fn{n}"><p>{inner} <a href="#fnref{n}" class="footnote-back">↩</a></p></li>')
    out.append("</ol></section></article></body></html>")
    return "\n".join(out)


def to_markdown(s: Seed) -> str:
    out = []
    for para in s.paragraphs:
        out.append("".join(p.text if p.note is None else f"[^{p.note}]" for p in para))
        out.append("")
    for n, text in enumerate(s.notes, 1):
        linked = linked_title(n, text)
        if linked:
            before, title, after, url = linked
            text = f"{before}[{title}]({url}){after}"
        out.append(f"[^{n}]: {text}")
    return "\n".join(out) + "\n"
