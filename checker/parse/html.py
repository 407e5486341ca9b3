"""An article as an HTML page -> body text with marker positions + numbered notes.

How notes are found (what journal pages, pandoc, WordPress footnote plugins and Word's
"save as web page" produce):
- a *marker* is an in-page link (`<a href="#fn3">`) whose text is a note number
  (`3`, `[3]`) and which sits in `<sup>` or says it is one (`class="footnote-ref"`,
  `role="doc-noteref"`); the element it points to is the note, or the note's `<li>`,
  `<p>` or `<aside>` when it points to an anchor inside one;
- every `<li>` of a list holding such a note is a note too (a note whose marker link
  broke is still a note), numbered as the list shows it;
- no marker links at all: the page's text goes through the plain-text notes finder
  (numbered paragraphs at the end), links kept.

Inside a note, a backlink (`↩`, `href="#fnref3"`, `class="footnote-back"`) is dropped
and every other absolute http(s) link is kept with its span, so a linked title gives
its citation the URL (extracted.attach_links).

The page is hostile: the file is already capped at 10 MB; a page with more tags than
any article has is refused before parsing (a million nested divs would take BeautifulSoup
seconds); scripts, styles and templates are dropped unread; the tree is walked without
recursion, so nesting depth costs nothing; lxml's HTML parser expands no custom
entities and fetches nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from checker.errors import ParseError
from checker.parse.extracted import MAX_NOTES, Extracted, ExtractedNote, NoteBuilder, clean_inline, usable_href
from checker.parse.textlinks import from_text

MAX_TAGS = 200_000  # a long article page has a few thousand; 200k parse in about 2 s
_TAG = re.compile(rb"<[A-Za-z]")
_DROPPED = frozenset(
    {"script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object", "embed", "button", "select"}
)
_ITALIC = frozenset({"i", "em", "cite"})
_BLOCKS = frozenset(
    {
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article",
        "header", "footer", "nav", "aside", "table", "tr", "td", "th", "pre", "figure", "figcaption", "dl",
        "dt", "dd", "hr", "main", "form", "br", "address", "details", "summary", "caption", "tbody", "thead",
    }
)  # fmt: skip
_NOTE_HOLDERS = frozenset({"li", "p", "aside", "dd", "div", "section"})
_NUMBER = re.compile(r"^\s*[\[(]?\s*(\d{1,5})\s*[\])]?\s*$")
_BACK_TEXT = frozenset({"↩", "↩\ufe0e", "↩\ufe0f", "↑", "^", "⤴", "back", "return"})
_REF_CLASSES = frozenset({"footnote-ref", "footnote-reference", "noteref", "fn-ref", "footnoteref", "endnote-ref"})
_BACK_CLASSES = frozenset({"footnote-back", "footnote-backref", "reversefootnote", "fn-back", "backlink"})
_SKIPPED_TYPES = (Comment, Declaration, Doctype, ProcessingInstruction)


@dataclass
class _Note:
    element: Tag
    number: int
    builder: NoteBuilder
    marker: tuple[int, int] | None = None


def read_html(data: bytes, *, source: str | None = None) -> Extracted:
    tags = sum(1 for _ in _TAG.finditer(data))
    if tags > MAX_TAGS:
        raise ParseError(f"HTML page has {tags:,} tags, over the {MAX_TAGS:,} an article page could have", path=source)
    try:
        soup = BeautifulSoup(data, "lxml")
    except Exception as exc:  # a parser crash on hostile bytes is still just unreadable input
        raise ParseError(f"HTML cannot be read: {type(exc).__name__}", path=source) from None
    for tag in list(soup.find_all(_DROPPED)):
        tag.extract()  # not decompose(): dropping the reference is enough and does not recurse
    ids: dict[str, Tag] = {}
    for tag in soup.find_all(True):
        for key in ("id", "name"):
            value = tag.get(key)
            if isinstance(value, str) and value not in ids:
                ids[value] = tag
    markers = _markers(soup, ids)
    if not markers:
        return _as_text(soup, source)
    notes = _notes(markers, ids)
    if notes is None:  # markers with different numbers all point at one element ("#notes"): read as text
        return _as_text(soup, source)
    if len(notes) > MAX_NOTES:
        raise ParseError(f"HTML page has over {MAX_NOTES:,} notes", path=source)
    body = _walk(soup, markers, notes, ids)
    ordered = sorted(notes.values(), key=lambda n: n.number)
    out: list[ExtractedNote] = []
    warnings: list[str] = []
    seen: set[int] = set()
    for n in ordered:
        text, links = n.builder.build()
        if n.number in seen:
            warnings.append(f"duplicate note number {n.number} in the page's notes")
        seen.add(n.number)
        if text:
            emphasis = n.builder.emphasis
            out.append(ExtractedNote(number=n.number, text=text, links=links, marker=n.marker, emphasis=emphasis))
        else:
            warnings.append(f"note {n.number} is empty in the page")
    return Extracted(body=body, notes=tuple(out), warnings=tuple(warnings))


def _classes(tag: Tag) -> set[str]:
    value = tag.get("class")
    if isinstance(value, str):
        return set(value.lower().split())
    return {c.lower() for c in value} if value else set()


def _markers(soup: BeautifulSoup, ids: dict[str, Tag]) -> dict[int, tuple[int, Tag]]:
    """id(marker <a>) -> (printed number, the element it points to)."""
    found: dict[int, tuple[int, Tag]] = {}
    for a in soup.find_all("a", href=True):
        href = a.get("href")
        if not isinstance(href, str) or not href.startswith("#"):
            continue
        target = ids.get(href[1:])
        m = _NUMBER.match(a.get_text())
        if target is None or m is None or target is a:
            continue
        sup = a.parent is not None and a.parent.name == "sup"
        role = a.get("role") == "doc-noteref" or bool(_classes(a) & _REF_CLASSES)
        if sup or role or a.find("sup") is not None:
            found[id(a)] = (int(m.group(1)), target)
    return found


def _holder(target: Tag) -> Tag:
    """The element holding the whole note the marker points to."""
    node: Tag | None = target
    for _ in range(50):  # bounded climb: a note holder is never deeper than this
        if node is None or node.name in ("body", "html", "[document]"):
            break
        # a <div>/<section> holds a note only when the marker points at it itself
        if node.name in _NOTE_HOLDERS and (node.name not in ("div", "section") or node is target):
            return node
        node = node.parent
    return target


def _notes(markers: dict[int, tuple[int, Tag]], ids: dict[str, Tag]) -> dict[int, _Note] | None:
    """id(holder element) -> note; siblings <li> of a notes list count too. None: markers are not note links."""
    notes: dict[int, _Note] = {}
    lists: dict[int, Tag] = {}
    for number, target in markers.values():
        holder = _holder(target)
        if id(holder) not in notes:
            notes[id(holder)] = _Note(holder, number, NoteBuilder())
        elif notes[id(holder)].number != number:
            return None
        if holder.name == "li" and holder.parent is not None and holder.parent.name == "ol":
            lists[id(holder.parent)] = holder.parent
    for ol in lists.values():
        start = ol.get("start")
        first = int(start) if isinstance(start, str) and start.strip().isdigit() else 1
        for k, li in enumerate(ol.find_all("li", recursive=False)):
            note = notes.get(id(li))
            if note is None:
                notes[id(li)] = _Note(li, first + k, NoteBuilder())
            else:
                note.number = first + k  # the number the list shows
    return notes


def _is_backlink(a: Tag, ids: dict[str, Tag], markers: dict[int, tuple[int, Tag]]) -> bool:
    """A link from a note back to its marker: said so, an arrow, or pointing at a marker (or its <sup>)."""
    if a.get("role") == "doc-backlink" or _classes(a) & _BACK_CLASSES:
        return True
    href = a.get("href")
    if not isinstance(href, str) or not href.startswith("#"):
        return False
    text = a.get_text(strip=True)
    if text in _BACK_TEXT or not text:
        return True
    target = ids.get(href[1:])
    if target is None:
        return bool(_NUMBER.match(text))  # "[12]" pointing nowhere: Word's number, not prose
    if id(target) in markers:
        return True
    inner = target.find("a") if target.name != "a" else None
    return inner is not None and id(inner) in markers


def _walk(
    soup: BeautifulSoup, markers: dict[int, tuple[int, Tag]], notes: dict[int, _Note], ids: dict[str, Tag]
) -> str:
    """Body text (notes left out, markers as [n]); fills each note's builder on the way."""
    body: list[str] = []
    length = 0
    # stack items: a node to enter, or a callable closing something on the way out
    stack: list[object] = [soup]
    current: list[_Note] = []  # the note being read, if any (one level; nested notes join the outer)
    while stack:
        item = stack.pop()
        if not isinstance(item, Tag | NavigableString):
            if callable(item):  # (checked after Tag: a bs4 Tag is callable too, as find_all)
                item()
            continue
        if isinstance(item, _SKIPPED_TYPES):
            continue
        if isinstance(item, NavigableString):
            if current:
                current[-1].builder.add(str(item))
            else:
                text = clean_inline(str(item))
                body.append(text)
                length += len(text)
            continue
        if not isinstance(item, Tag):
            continue
        tag = item
        if not current and id(tag) in markers:
            number, target = markers[id(tag)]
            note = notes.get(id(_holder(target)))
            label = f"[{note.number if note else number}]"
            if note is not None and note.marker is None:
                note.marker = (length, length + len(label))
            body.append(label)
            length += len(label)
            continue
        children = list(tag.children)
        if not current and id(tag) in notes:
            note = notes[id(tag)]
            current.append(note)
            stack.append(current.pop)
            stack.extend(reversed(children))
            continue
        if current:
            builder = current[-1].builder
            if tag.name == "a":
                if _is_backlink(tag, ids, markers):
                    continue
                builder.open_link(usable_href(_str(tag.get("href"))))
                stack.append(builder.close_link)
            elif tag.name in _ITALIC:
                builder.open_emphasis()  # a book's or journal's title, as Chicago and the Bluebook set it
                stack.append(builder.close_emphasis)
            elif tag.name in _BLOCKS:
                builder.add(" ")
                stack.append(lambda b=builder: b.add(" "))
            stack.extend(reversed(children))
            continue
        if tag.name in _BLOCKS:
            body.append("\n\n")
            length += 2

            def close() -> None:
                nonlocal length
                body.append("\n\n")
                length += 2

            stack.append(close)
        stack.extend(reversed(children))
    return "".join(body)


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _as_text(soup: BeautifulSoup, source: str | None) -> Extracted:
    """No marker links: the page's text, paragraph by paragraph, for the plain-text notes finder."""
    lines: list[str] = []
    links: list[tuple[int, str, str]] = []
    emphasis: list[tuple[int, int]] = []
    offset = 0
    for block, anchors, italics in _paragraphs(soup):
        links.extend((offset, text, url) for text, url in anchors)
        lines.append(block.strip())
        lead = len(block) - len(block.lstrip())
        emphasis.extend(
            (offset + max(0, a - lead), offset + min(len(lines[-1]), b - lead)) for a, b in italics if b - lead > 0
        )
        offset += len(lines[-1]) + 2
    return from_text("\n\n".join(lines), links, source=source, emphasis=emphasis)


_END = object()  # sentinel: a block ends here


@dataclass(frozen=True)
class _ItalicEnd:
    block: int  # the block the italics began in (italics holding a block of their own mark no title)
    start: int  # where they began in its text


def _paragraphs(soup: BeautifulSoup) -> Iterator[tuple[str, list[tuple[str, str]], list[tuple[int, int]]]]:
    """Text of each block, with the (text, href) of its links and the (start, end) of its italics; no recursion."""
    parts: list[str] = []
    anchors: list[tuple[str, str]] = []
    italics: list[tuple[int, int]] = []
    length = 0  # of the block's text so far
    blocks = 0  # blocks ended so far
    numbers: dict[int, int] = {}  # id(<li>) -> the number its <ol> shows
    stack: list[object] = [soup]
    while stack:
        item = stack.pop()
        if isinstance(item, _SKIPPED_TYPES):
            continue
        if isinstance(item, NavigableString):
            parts.append(clean_inline(str(item)))
            length += len(parts[-1])
            continue
        if isinstance(item, _ItalicEnd):
            if item.block == blocks and item.start < length:
                italics.append((item.start, length))
            continue
        if item is _END or (isinstance(item, Tag) and item.name in _BLOCKS):
            if "".join(parts).strip():
                yield "".join(parts), anchors, italics
            parts, anchors, italics, length, blocks = [], [], [], 0, blocks + 1
        if not isinstance(item, Tag):
            continue
        if item.name == "a":
            url = usable_href(_str(item.get("href")))
            text = clean_inline(item.get_text()).strip()
            if url and text:
                anchors.append((text, url))
        elif item.name == "ol":
            start = item.get("start")
            first = int(start) if isinstance(start, str) and start.strip().isdigit() else 1
            for k, li in enumerate(item.find_all("li", recursive=False)):
                numbers[id(li)] = first + k
        elif item.name == "li" and id(item) in numbers:
            parts.append(f"{numbers[id(item)]}. ")
            length += len(parts[-1])
        elif item.name in _ITALIC:
            stack.append(_ItalicEnd(blocks, length))  # (a book's or journal's title, as the notes set it)
        if item.name in _BLOCKS:
            stack.append(_END)
        stack.extend(reversed(list(item.children)))
    if "".join(parts).strip():
        yield "".join(parts), anchors, italics
