"""The intermediate every article format becomes: body text, marker positions, note texts.

A reader for a structured format (HTML, Markdown, .docx) knows exactly where each
note's marker sits in the body and which links a note holds, so it hands over an
`Extracted` instead of text for the text parser to search. From there on, splitting,
fields, Ibid./short forms and the citing sentence are the text parser's own code.

Links: editors often link a title instead of printing its URL. A link inside a note is
kept with its span in the note text; a citation whose text covers that span and prints
no URL gets the link's address (`attach_links`). Only absolute http(s) addresses count:
an in-page anchor, a `mailto:` or a relative path is no source address.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from checker.parse.fields import FieldResult, parse_citation
from checker.parse.notes import _sentence_before  # the text parser's own sentence finder: identical contexts
from checker.parse.split import Piece

# A usable link target: absolute http(s), nothing the citation URL pattern would cut.
_HREF = re.compile(r"^https?://[^\s<>“”\"]+$", re.IGNORECASE)
# C0/C1 controls carry no text and could drive the terminal a report is printed on.
_CONTROLS = str.maketrans({c: None for c in map(chr, [*range(0x20), 0x7F, *range(0x80, 0xA0)]) if c not in "\t\n\r"})
_SPACE = re.compile(r"\s+")
MAX_NOTES = 20_000  # more "notes" than this is not an article; bounds the work per file


@dataclass(frozen=True)
class Link:
    start: int  # span of the link's text in the note text
    end: int
    url: str


@dataclass(frozen=True)
class ExtractedNote:
    number: int
    text: str  # whitespace collapsed, controls removed
    links: tuple[Link, ...] = ()
    marker: tuple[int, int] | None = None  # span of its first marker in the body
    context: str | None = None  # the citing sentence, when the reader found it by searching (no marker span)
    emphasis: tuple[tuple[int, int], ...] = ()  # spans set in italics (book and journal titles), where the format says


@dataclass(frozen=True)
class Extracted:
    body: str  # paragraphs separated by blank lines, markers rendered as [n]
    notes: tuple[ExtractedNote, ...]
    warnings: tuple[str, ...] = ()


# Copy-paste debris in link targets (Journal of Cultural Analytics, 2019): an invisible character
# pasted after the address (`….html%EF%BB%BF`, a byte-order mark; zero-width spaces), and a scheme
# typed in front of a pasted address (`http://%20https://lifehacker.com/…`). Neither is part of it.
_INVISIBLE_TAIL = re.compile(r"(?:%EF%BB%BF|%E2%80%8[B-D]|\ufeff|\u200b)+$", re.IGNORECASE)
_DOUBLED_SCHEME = re.compile(r"^https?://(?:%20|\s)*(?=https?://)", re.IGNORECASE)
# the sentence's full stop copied into the target after a file name (Journal of Cultural Analytics, 2017:
# `…/intro.shtml.`, `…/products.html.`, `…/geodl01.pdf.`): no address ends in a dot after its extension
_STOP_AFTER_FILE = re.compile(r"(?<=/)([^/?#]+\.[A-Za-z]{2,5})\.$")


def usable_href(href: str | None) -> str | None:
    """The href as a source address, or None (anchors, mailto:, relative paths, junk)."""
    if not href:
        return None
    href = _STOP_AFTER_FILE.sub(r"\1", _INVISIBLE_TAIL.sub("", _DOUBLED_SCHEME.sub("", href.strip())))
    return href if len(href) <= 4096 and _HREF.match(href) else None


def clean_inline(text: str) -> str:
    """Controls removed, every run of whitespace one space (no strip: spans stay joinable)."""
    return _SPACE.sub(" ", text.translate(_CONTROLS))


class NoteBuilder:
    """Accumulates a note's text piece by piece, recording link spans as it goes."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self._links: list[Link] = []
        self._open: list[tuple[int, str]] = []
        self._emphasis: list[tuple[int, int]] = []
        self._emphasis_open: list[int] = []
        self.emphasis: tuple[tuple[int, int], ...] = ()  # set by build(), shifted as the links are

    def add(self, text: str) -> None:
        text = clean_inline(text)
        if not text:
            return
        if text.startswith(" ") and (not self._parts or self._parts[-1].endswith(" ")):
            text = text[1:]  # never two spaces in a row
        if text:
            self._parts.append(text)
            self._len += len(text)

    def open_link(self, url: str | None) -> None:
        self._open.append((self._len, url or ""))

    def close_link(self) -> None:
        if self._open:
            start, url = self._open.pop()
            if url and self._len > start:
                self._links.append(Link(start, self._len, url))

    def open_emphasis(self) -> None:
        self._emphasis_open.append(self._len)

    def close_emphasis(self) -> None:
        if self._emphasis_open:
            start = self._emphasis_open.pop()
            if self._len > start:
                self._emphasis.append((start, self._len))

    def build(self) -> tuple[str, tuple[Link, ...]]:
        """The note text stripped, link spans shifted by what the strip removed."""
        while self._open:
            self.close_link()
        raw = "".join(self._parts)
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        links = []
        for link in self._links:
            start, end = max(0, link.start - lead), min(len(text), link.end - lead)
            if end > start:
                links.append(Link(start, end, link.url))
        shifted = sorted((max(0, a - lead), min(len(text), b - lead)) for a, b in self._emphasis)
        merged: list[tuple[int, int]] = []
        for a, b in shifted:
            if b <= a:
                continue
            if merged and a <= merged[-1][1] + 1:  # a title split over runs (Word) or tags, a space apart at most
                merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
            else:
                merged.append((a, b))
        self.emphasis = tuple(merged)
        return text, tuple(links)


def contexts_at(body: str, notes: tuple[ExtractedNote, ...]) -> tuple[dict[int, str], list[str]]:
    """Note index -> citing sentence, from known marker positions (no searching needed)."""
    contexts: dict[int, str] = {}
    missing: list[int] = []
    previous_end = -1
    for k, note in enumerate(notes):
        if note.marker is None:
            if note.context:
                contexts[k] = note.context
            else:
                missing.append(note.number)
            continue
        start, end = note.marker
        # A marker placed earlier than the previous one (notes out of order) gets its own paragraph's start.
        sentence = _sentence_before(body, start, previous_end if previous_end <= start else -1)
        if sentence:
            contexts[k] = sentence
        previous_end = end
    warnings: list[str] = []
    if missing:
        shown = ", ".join(str(n) for n in missing[:10]) + (" …" if len(missing) > 10 else "")
        warnings.append(f"no marker found in the text for {len(missing)} note(s): {shown}")
    return contexts, warnings


def attach_links(head: str, pieces: list[Piece], results: list[FieldResult], links: tuple[Link, ...]) -> None:
    """Give a citation that prints no URL the address of a link inside its text (in place).

    The citation is re-read with the address appended, so everything that follows from
    having a URL (kind, short-form candidacy, an AddThis access date) follows here too;
    `raw` stays the text as written.
    """
    if not links:
        return
    used = {r.citation.url for r in results if r.citation.url}
    cursor = 0
    for k, piece in enumerate(pieces):
        at = head.find(piece.text, cursor)
        if at < 0:
            continue
        end = at + len(piece.text)
        cursor = end
        res = results[k]
        if res.is_ibid or res.citation.url:
            continue
        for link in links:
            if link.start < end and link.end > at and link.url not in used:
                again = parse_citation(f"{piece.text}, {link.url}", k)
                if again.citation.url != link.url:
                    break  # the field parser would not take it whole: keep the note as written
                citation = dataclasses.replace(again.citation, raw=res.citation.raw)
                # `Zuckerberg, "[Building Global Community.](https://…)"`: a short form whose short
                # title is linked is still a short form, resolved to its full citation
                results[k] = dataclasses.replace(
                    again, citation=citation, warnings=res.warnings, maybe_short=again.maybe_short or res.maybe_short
                )
                used.add(link.url)
                break
