"""Plain text plus the links it held -> Extracted, through the text parser's notes finder.

For HTML pages without marker links and Markdown without footnote syntax: the notes
are numbered paragraphs at the end, exactly what checker/parse/notes.py finds in a
.txt file. The links (anchor text, address) are put back into each note by finding the
anchor text in it, in order, so a linked title still gives its citation a URL.
"""

from __future__ import annotations

from checker.errors import ParseError
from checker.parse.extracted import MAX_NOTES, Extracted, ExtractedNote, Link
from checker.parse.notes import find_contexts, find_notes

_MAX_LINKS = 100_000


def from_text(text: str, links: list[tuple[int, str, str]], *, source: str | None = None) -> Extracted:
    """links: (offset of the anchor's block in `text`, anchor text, address), in document order."""
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
        notes.append(ExtractedNote(raw.number, raw.text, tuple(found), context=contexts.get(k)))
    return Extracted(body=section.body, notes=tuple(notes), warnings=section.warnings)
