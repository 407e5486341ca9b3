"""Plain text plus the links it held -> Extracted, through the text parser's notes finder.

For HTML pages without marker links and Markdown without footnote syntax: the notes
are numbered paragraphs at the end, exactly what checker/parse/notes.py finds in a
.txt file. The links (anchor text, address) are put back into each note by finding the
anchor text in it, in order, so a linked title still gives its citation a URL; the
italic spans (Markdown's `*Title*`) are put back the same way, so an italic title still
ends where its italics do.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from checker.errors import ParseError
from checker.parse.extracted import MAX_NOTES, Extracted, ExtractedNote, Link
from checker.parse.notes import find_contexts, find_notes

_MAX_LINKS = 100_000


def from_text(
    text: str, links: list[tuple[int, str, str]], *, source: str | None = None,
    emphasis: list[tuple[int, int]] | None = None,
) -> Extracted:
    """links: (offset of the anchor's block in `text`, anchor text, address), in document order; emphasis: the
    (start, end) in `text` of each italic span."""
    if not text.strip():
        raise ParseError("file has no text", path=source)
    section = find_notes(text)
    if section is None:
        raise ParseError("no notes found (no footnote links and no numbered notes list)", path=source)
    if len(section.notes) > MAX_NOTES:
        raise ParseError(f"over {MAX_NOTES:,} notes", path=source)
    contexts, _ = find_contexts(section.body, section.notes)  # contexts_at warns about the missing ones
    body_end = len(section.body)
    pending = [(anchor, url) for offset, anchor, url in links[:_MAX_LINKS] if offset >= body_end]
    cursor = 0  # links are in document order, so are notes: search forward only
    italics = _italics_by_note(text, emphasis or [], [raw.line for raw in section.notes])
    notes: list[ExtractedNote] = []
    for k, raw in enumerate(section.notes):
        found: list[Link] = []
        at = 0
        for j in range(cursor, min(len(pending), cursor + 200)):  # bounded look-ahead per note
            anchor, url = pending[j]
            i = raw.text.find(anchor, at)
            if i < 0:
                continue
            found.append(Link(i, i + len(anchor), url))
            at = i + len(anchor)
            cursor = j + 1
        spans: list[tuple[int, int]] = []
        for phrase, skipped in italics.get(k, ()):
            if span := _nth(raw.text, phrase, skipped, spans[-1][1] if spans else 0):
                spans.append(span)
        notes.append(
            ExtractedNote(raw.number, raw.text, tuple(found), context=contexts.get(k), emphasis=tuple(spans))
        )
    return Extracted(body=section.body, notes=tuple(notes), warnings=section.warnings)


def _italics_by_note(
    text: str, emphasis: list[tuple[int, int]], first_lines: list[int]
) -> dict[int, list[tuple[str, int]]]:
    """Each note's italic phrases, in order, each with how many times its words were printed since the italics
    before it (`Steven L. Anderson, “New Documentary,” *Steven L. Anderson* (blog)`: once): a span belongs to the note
    whose lines hold it, and its words are taken as the note joined them (lines run together, spaces collapsed).
    Each stretch of a note is read once, so a note of many italic spans costs no more than its length."""
    line_starts = [0, *(m.end() for m in re.finditer("\n", text))]
    note_starts = [line_starts[line - 1] for line in first_lines if 0 < line <= len(line_starts)]
    if len(note_starts) != len(first_lines):
        return {}
    found: dict[int, list[tuple[str, int]]] = {}
    since = 0  # where the last span ended
    for a, b in sorted(emphasis)[:_MAX_LINKS]:
        k = bisect_right(note_starts, a) - 1
        if k < 0 or not (phrase := _joined(text[a:b])):
            continue
        if k not in found:
            since = note_starts[k]
        found.setdefault(k, []).append((phrase, _joined(text[since:a]).count(phrase)))
        since = max(since, b)
    return found


def _joined(text: str) -> str:
    """`text` as the notes finder joins a note's lines: its line breaks and runs of spaces one space (a no-break space
    kept, as the note keeps it: `Your Fyre Shall Burn No More\u202f: Iroquois Policy …`)."""
    return _SPACES.sub(" ", text).strip(" ")


_SPACES = re.compile(r"[ \t\r\n]+")


def _nth(text: str, phrase: str, skipped: int, start: int) -> tuple[int, int] | None:
    """Where `phrase` is printed in `text` after `start`, once `skipped` printings of it are passed over."""
    at = start - 1
    for _ in range(skipped + 1):
        at = text.find(phrase, at + 1)
        if at < 0:
            return None
    return at, at + len(phrase)
