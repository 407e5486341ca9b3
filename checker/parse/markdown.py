"""An article in Markdown -> body text with marker positions + numbered notes.

Footnotes as pandoc, GitHub and most static-site generators write them: a marker
`[^label]` in the text, a definition `[^label]: text` anywhere (usually at the end),
continued by indented lines. Notes are numbered the way every renderer shows them: by
the order of their first marker; a definition no marker uses follows, with a warning (a file of
notes alone, with no marker, numbered labels (`14`, `22_2`: one prefix) keeps the labels' numbers).
Without footnote syntax the notes are a numbered list at the end, as in plain text
(checker/parse/textlinks.py).

Only the inline syntax that matters to citations is read: links `[title](url)` keep
their address (a linked title gives its citation the URL), autolinks `<https://…>`
print theirs, `*`/`**` emphasis and backslash escapes are dropped. A hand-written
reader: a Markdown library would render to HTML only for us to take it apart again,
and none of them keeps footnote labels and link spans together.
"""

from __future__ import annotations

import re

from checker.errors import ParseError
from checker.parse.decode import decode_bytes
from checker.parse.extracted import MAX_NOTES, Extracted, ExtractedNote, NoteBuilder, usable_href
from checker.parse.textlinks import from_text

_DEFINITION = re.compile(r"^ {0,3}\[\^([^\]\s]{1,100})\]:[ \t]?(.*)$")
_MARKER = re.compile(r"\[\^([^\]\s]{1,100})\]")
# [text](url "title") (CommonMark allows spaces inside the parentheses: `[title]( https://…)`, and a
# title in "", '' or (); a converted page's link target, `(https://… \ _blank)`, is no title either) ;
# <https://…> ; emphasis stars ; `_emphasis_` (paired, at word boundaries only, so `a_b` and
# `https://…/10.1007/978-3_2` keep theirs, and `_sklearn.metrics.r2_score_` is one span; a dash may follow the
# closing one: `Friedman's _k_-Percent Rule`) ;
# backslash escapes ; inline code ticks
_INLINE = re.compile(
    r"\[(?P<text>[^\[\]\n]{0,1000})\]\(\s*(?P<url>[^\s()]{1,4096})(?:\s+(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}'|\([^()\n]{0,300}\)|\\?\s?_(?:blank|self|parent|top)))?\s*\)"
    r"|<(?P<auto>https?://[^>\s]{1,4096})>"
    r"|(?P<stars>\*{1,3})"
    r"|(?<![^\s(\[“\"‘'])_(?P<under>[^\s_](?:[^\n]{0,1000}?[^\s_])??)_(?![^\s,.;:)\]”\"’'!?\-–])"
    r"|\\(?P<escaped>[!-/:-@\[-`{-~])"
    r"|(?P<tick>`)"
    # pandoc's smart punctuation: `238--62`, `1850--1900` print an en dash, `Introduction---Topic` an em dash
    r"|(?<=[\w\s.,;:)”\"’'])(?P<dashes>-{2,3})(?=[\w\s(“\"‘'])"
    # pandoc's superscript after a number, an ordinal: `18^th^`, `2^nd ^ed.` (a space slipped in) print `18th`, `2nd`
    r"|(?<=\d)\^(?P<ordinal>st|nd|rd|th|d|e|er|re|o|a)(?P<gap>\s?)\^"
)
_IN_ADDRESS = re.compile(r"(?:://|www\.)\S*$")


def read_markdown(data: bytes, *, source: str | None = None) -> Extracted:
    decoded = decode_bytes(data, source=source)
    lines = decoded.text.split("\n")
    body_lines, definitions = _definitions(lines)
    if not definitions:
        spans: list[tuple[int, int]] = []
        text, links = _plain_by_block("\n".join(lines), spans)
        found = from_text(
            text, [(start, text[start:end], url) for start, end, url in links], source=source, emphasis=spans
        )
        return Extracted(found.body, found.notes, decoded.warnings + found.warnings)
    if len(definitions) > MAX_NOTES:
        raise ParseError(f"over {MAX_NOTES:,} footnotes", path=source)
    body_text = "\n".join(body_lines)
    order: dict[str, int] = {}
    body: list[str] = []
    length = 0
    markers: dict[str, tuple[int, int]] = {}
    at = 0
    for m in _MARKER.finditer(body_text):
        label = m.group(1)
        if label not in definitions:
            continue
        plain, _ = _plain(body_text[at : m.start()])
        body.append(plain)
        length += len(plain)
        number = order.setdefault(label, len(order) + 1)
        shown = f"[{number}]"
        markers.setdefault(label, (length, length + len(shown)))
        body.append(shown)
        length += len(shown)
        at = m.end()
    body.append(_plain(body_text[at:])[0])
    warnings = list(decoded.warnings)
    unused = [label for label in definitions if label not in order]
    if not order and unused and (numbers := _label_numbers(unused)):
        # only the notes, no text marking them (an extract of a lesson's `[^14]: …` … `[^12]: …`, a chapter's `[^22_2]:
        # …` whose `[^22_1]` was never defined): numbered labels are the note numbers, whatever order they come in
        order.update(numbers)
        unused = []
    for label in unused:
        order[label] = len(order) + 1
    if unused:
        shown_labels = ", ".join(unused[:10]) + (" …" if len(unused) > 10 else "")
        warnings.append(f"footnote(s) defined but never referenced in the text: {shown_labels}")
    numeric = [label for label in order if label.isdigit()]
    if len(numeric) == len(order) and any(int(label) != n for label, n in order.items()):
        warnings.append("footnote labels are numbers out of order; notes are numbered as rendered (by first marker)")
    notes = []
    for label, number in sorted(order.items(), key=lambda item: item[1]):
        builder = NoteBuilder()
        emphasis: list[tuple[int, int]] = []
        text, links = _plain(definitions[label], emphasis)
        # links and emphasis spans as events in text order (a span's end before the next one's start at one place)
        events = sorted(
            [(start, 1, url) for start, _, url in links] + [(end, 0, None) for _, end, _ in links]
            + [(start, 1, "") for start, _ in emphasis] + [(end, 0, "") for _, end in emphasis],
            key=lambda event: (event[0], event[1]),
        )  # fmt: skip
        cursor = 0
        for at, opens, url in events:
            builder.add(text[cursor:at])
            cursor = at
            if url == "":
                (builder.open_emphasis if opens else builder.close_emphasis)()
            elif opens:
                builder.open_link(url)
            else:
                builder.close_link()
        builder.add(text[cursor:])
        note_text, note_links = builder.build()
        if note_text:
            notes.append(
                ExtractedNote(number, note_text, note_links, marker=markers.get(label), emphasis=builder.emphasis)
            )
        else:
            warnings.append(f"footnote [^{label}] is empty")
    return Extracted(body="".join(body), notes=tuple(notes), warnings=tuple(warnings))


_NUMBERED_LABEL = re.compile(r"(?P<prefix>.*?)(?P<number>\d{1,5})")


def _label_numbers(labels: list[str]) -> dict[str, int] | None:
    """Each label's number when all are numbered alike (`14`, `22_2`, `fn3`: one prefix, distinct numbers)."""
    matches = [_NUMBERED_LABEL.fullmatch(label) for label in labels]
    if not all(matches) or len({m.group("prefix") for m in matches if m}) != 1:
        return None
    numbers = {label: int(m.group("number")) for label, m in zip(labels, matches, strict=True) if m}
    return numbers if len(set(numbers.values())) == len(numbers) and min(numbers.values()) > 0 else None


def _definitions(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    """Body lines (definitions removed) and label -> definition text (the first definition wins)."""
    body: list[str] = []
    found: list[tuple[str, list[str]]] = []
    current: list[str] | None = None
    blank = False
    for line in lines:
        m = _DEFINITION.match(line)
        if m:
            current = [m.group(2)]
            found.append((m.group(1), current))
            blank = False
            continue
        if current is not None:
            if not line.strip():
                blank = True
                continue
            if line.startswith(("    ", "\t")) or not blank:
                current.append(line.strip())  # indented, or a lazy continuation right under it
                blank = False
                continue
            current = None
        body.append(line)
    definitions: dict[str, str] = {}
    for label, parts in found:
        # an empty definition (`[^17]: ` and nothing after) still holds its number: the notes after it keep theirs
        text = " ".join(p for p in parts if p)
        if not definitions.get(label):
            definitions[label] = text
    return body, definitions


def _plain_by_block(text: str, emphasis: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int, str]]]:
    """`_plain` block by block, a block being a line and the indented lines continuing it: italics never run from
    one note into the next (`1. * Ross Keiser is a third-year law student …`: a footnote's star pairs with nothing)."""
    out: list[str] = []
    links: list[tuple[int, int, str]] = []
    length = 0
    for block in _BLOCK_START.split(text):
        spans: list[tuple[int, int]] = []
        plain, block_links = _plain(block, spans)
        links.extend((a + length, b + length, url) for a, b, url in block_links)
        emphasis.extend((a + length, b + length) for a, b in spans)
        out.append(plain)
        length += len(plain)
    return "".join(out), links


_BLOCK_START = re.compile(r"(?<=\n)(?=\S)")


def _plain(text: str, emphasis: list[tuple[int, int]] | None = None) -> tuple[str, list[tuple[int, int, str]]]:
    """Markdown inline syntax -> plain text and the (start, end, address) of its links; the (start, end) of its
    emphasised spans (`*Title*`, `_Title_`: in a note, the titles of books and journals) go to `emphasis`."""
    out: list[str] = []
    links: list[tuple[int, int, str]] = []
    length = 0
    at = 0
    opened: list[tuple[str, int]] = []  # star runs open: (run, where its span starts)
    for m in _INLINE.finditer(text):
        out.append(text[at : m.start()])
        length += m.start() - at
        at = m.end()
        if m.group("stars") is not None:
            if opened and opened[-1][0] == m.group("stars"):
                start = opened.pop()[1]
                if emphasis is not None:
                    emphasis.append((start, length))
                if text[m.end() : m.end() + 1].isalnum():
                    # `*Social Semiotics*23, no. 5`, `*Datamation*and`: italics set the words apart, the text a space
                    out.append(" ")
                    length += 1
            elif len(opened) < 8:
                opened.append((m.group("stars"), length))
        elif m.group("text") is not None:
            # the anchor's own emphasis and escapes are markup too: `[*Gertrude's Marriage*](url)`
            anchor = _plain(m.group("text"))[0]
            url = usable_href(m.group("url"))
            if url and anchor:
                links.append((length, length + len(anchor), url))
            out.append(anchor)
            length += len(anchor)
        elif m.group("under") is not None:
            inner, inner_links = _plain(m.group("under"))
            links.extend((length + a, length + b, url) for a, b, url in inner_links)
            if emphasis is not None:
                emphasis.append((length, length + len(inner)))
            out.append(inner)
            length += len(inner)
        elif m.group("auto") is not None:
            # the brackets end the address: `<https://…pdf>accessed March 22, 2023)` (a converted
            # PDF's lost parenthesis) must not print as one address `https://…pdfaccessed`
            shown = m.group("auto") + (" " if text[m.end() : m.end() + 1].isalnum() else "")
            out.append(shown)
            length += len(shown)
        elif m.group("ordinal") is not None:
            shown = m.group("ordinal") + m.group("gap")
            out.append(shown)
            length += len(shown)
        elif m.group("escaped") is not None:
            out.append(m.group("escaped"))
            length += 1
        elif m.group("dashes") is not None:
            # not inside an address printed bare: `…/a--b` stays as it is
            dash = m.group("dashes") if _IN_ADDRESS.search(text, 0, m.start()) else "–—"[len(m.group("dashes")) - 2]
            out.append(dash)
            length += len(dash)
    out.append(text[at:])
    return "".join(out), links
