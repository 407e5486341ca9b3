"""CSL-JSON <-> References: the citation managers' exchange format as an input and an output.

CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html) is what
Zotero, Mendeley and Pandoc's citeproc read and write: a JSON array of items with a
`type`, a `title`, `author` names, `issued`/`accessed` as `date-parts`, `URL`.

One item per citation. What CSL has a variable for goes there; what it has none for
(the note a citation sits in, its raw text, Ibid. links, the date as written) goes
into the item's `custom` object (CSL-JSON 1.0.2) under `cite_checker`, so our own
export reads back to the same References. An item from elsewhere (a Zotero export)
has no `custom`: it becomes a note of its own, numbered in file order, with a
citation text composed from its fields.

Names are written as CSL `literal` names: the parser keeps an author as printed, and
splitting "Kyodo News" or "Ministry of Foreign Affairs" into given and family names
would be a guess that a citation manager then shows as fact.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from typing import Any

from checker.errors import ParseError
from checker.files import read_bounded
from checker.models import Article, Citation, CitationKind, Note, References

MAX_CSL_BYTES = 10 * 1024 * 1024
CUSTOM_KEY = "cite_checker"

# Our kinds -> CSL item types. WIRE stories are newspaper articles to a citation
# manager; OFFICIAL statements and UNKNOWN become CSL 1.0.2's generic "document".
CSL_TYPES: Mapping[CitationKind, str] = {
    CitationKind.NEWS: "article-newspaper",
    CitationKind.JOURNAL: "article-journal",
    CitationKind.BOOK: "book",
    CitationKind.REPORT: "report",
    CitationKind.WEB: "webpage",
    CitationKind.WIRE: "article-newspaper",
    CitationKind.REMARKS: "speech",
    CitationKind.PERSONAL: "personal_communication",
    CitationKind.OFFICIAL: "document",
    CitationKind.UNKNOWN: "document",
}
# CSL types from other tools -> our kinds (only used when `custom` does not say).
_KINDS_FROM_CSL: Mapping[str, CitationKind] = {
    "article-newspaper": CitationKind.NEWS,
    "article-magazine": CitationKind.NEWS,
    "article-journal": CitationKind.JOURNAL,
    "book": CitationKind.BOOK,
    "chapter": CitationKind.BOOK,
    "report": CitationKind.REPORT,
    "webpage": CitationKind.WEB,
    "post": CitationKind.WEB,
    "post-weblog": CitationKind.WEB,
    "speech": CitationKind.REMARKS,
    "personal_communication": CitationKind.PERSONAL,
    "interview": CitationKind.PERSONAL,
    "legislation": CitationKind.OFFICIAL,
    "legal_case": CitationKind.OFFICIAL,
    "bill": CitationKind.OFFICIAL,
    "treaty": CitationKind.OFFICIAL,
    "regulation": CitationKind.OFFICIAL,
}
# Citation fields with a CSL variable of their own (plain strings both ways).
STRING_VARIABLES: tuple[tuple[str, str], ...] = (
    ("title", "title"),
    ("container", "container-title"),
    ("url", "URL"),
    ("pages", "page"),
    ("publisher", "publisher"),
    ("place", "publisher-place"),
    ("volume", "volume"),
    ("issue", "issue"),
)
# Citation fields CSL has no variable for; kept in `custom` for a faithful round trip.
_CUSTOM_CITATION_FIELDS = (
    "raw", "kind", "date", "ibid", "refers_to", "short_form", "unresolved", "ignore", "year", "accessed_inferred",
)  # fmt: skip
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


# ----------------------------------------------------------------------------- detect


def looks_like_csl_json(data: bytes) -> bool:
    """A JSON array whose first item is an object with a CSL `type` (or an empty array)."""
    head = data.lstrip()[:1]
    if head != b"[":
        return False
    try:
        items = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        return False
    return isinstance(items, list) and (not items or (isinstance(items[0], dict) and "type" in items[0]))


# ----------------------------------------------------------------------------- write


def to_items(refs: References, archive_links: Mapping[tuple[int, int], tuple[str, str]] | None = None) -> list[dict]:
    """One CSL item per citation. `archive_links` maps (note, citation index) to (capture URL, ISO date)."""
    links = archive_links or {}
    article = _article_dict(refs.article)
    items: list[dict[str, Any]] = []
    for note in refs.notes:
        if not note.citations:
            items.append(
                {
                    "id": f"note{note.number}",
                    "type": "document",
                    "custom": {
                        CUSTOM_KEY: {
                            "note": note.number,
                            "note_text": note.text,
                            "context": note.context,
                            "article": article,
                        }
                    },
                }
            )
            continue
        for c in note.citations:
            items.append(_item(note, c, article, links.get((note.number, c.index))))
    return items


def _item(note: Note, c: Citation, article: dict[str, Any], link: tuple[str, str] | None) -> dict[str, Any]:
    item: dict[str, Any] = {"id": f"note{note.number}-{c.index + 1}", "type": CSL_TYPES[c.kind]}
    if c.authors:
        item["author"] = [{"literal": name} for name in c.authors]
    for field, variable in STRING_VARIABLES:
        value = getattr(c, field)
        if value:
            item[variable] = value
    issued = _date_parts(c.date_iso) or _date_parts(c.year or "")
    if issued:
        item["issued"] = issued
    elif c.date:
        item["issued"] = {"literal": c.date}
    accessed = _date_parts(c.accessed or "")
    if accessed:
        item["accessed"] = accessed
    if link is not None:
        capture_url, date_iso = link
        item["archive"] = "Internet Archive"
        item["archive_location"] = capture_url
        item["note"] = f"Archived at {capture_url} on {date_iso}."
    custom: dict[str, Any] = {"note": note.number, "index": c.index}
    if c.index == 0:  # the note's own fields ride on its first citation
        custom.update(note_text=note.text, context=note.context, article=article)
    for field in _CUSTOM_CITATION_FIELDS:
        value = getattr(c, field)
        if value not in (None, False, ""):
            custom[field] = str(value) if field == "kind" else value
    if c.date_iso and not _date_parts(c.date_iso):
        custom["date_iso"] = c.date_iso  # not an ISO date CSL can hold: kept as written
    elif not c.date_iso and _date_parts(c.year or ""):
        custom["issued_from"] = "year"  # `issued` came from a book's year, not from date_iso
    item["custom"] = {CUSTOM_KEY: custom}
    return item


def _article_dict(a: Article) -> dict[str, Any]:
    return {
        "title": a.title,
        "authors": list(a.authors),
        "publication": a.publication,
        "date": a.date,
        "source": a.source,
    }


def _date_parts(iso: str | None) -> dict[str, Any] | None:
    m = _ISO.match(iso or "")
    if not m:
        return None
    return {"date-parts": [[int(part) for part in m.groups() if part is not None]]}


# ----------------------------------------------------------------------------- read


def load(path: str | os.PathLike[str], *, article: Article | None = None) -> References:
    """Read a CSL-JSON file into References; a malformed file is one ParseError line."""
    name = os.fspath(path)
    data = read_bounded(name, limit=MAX_CSL_BYTES, error=ParseError, what="a CSL-JSON file")
    try:
        items = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ParseError(f"not valid JSON: {exc}", path=name) from None
    return from_items(items, source=name, article=article)


def from_items(items: object, *, source: str, article: Article | None = None) -> References:
    if not isinstance(items, list):
        raise ParseError("CSL-JSON must be an array of items", path=source)
    notes: dict[int, dict[str, Any]] = {}
    found_article: Article | None = None
    next_number = 1
    for position, item in enumerate(items, 1):
        if not isinstance(item, dict) or not isinstance(item.get("type"), str):
            raise ParseError(f"item {position} is not a CSL item (an object with a 'type')", path=source)
        custom = _custom(item)
        number = custom.get("note") if isinstance(custom.get("note"), int) else None
        if number is None:
            number = max(next_number, max(notes, default=0) + 1)
        next_number = number + 1
        slot = notes.setdefault(number, {"text": None, "context": None, "citations": []})
        if "note_text" in custom:
            slot["text"] = _opt_str(custom.get("note_text"))
            slot["context"] = _opt_str(custom.get("context"))
        if isinstance(custom.get("article"), dict) and found_article is None:
            found_article = _article_from(custom["article"])
        if "note_text" in custom and "index" not in custom:
            continue  # a note without citations: only its text travels
        slot["citations"].append(_citation(item, custom, position, source, len(slot["citations"])))
    result_notes = []
    for number in sorted(notes):
        slot = notes[number]
        citations = tuple(slot["citations"])
        text = slot["text"] or "; ".join(c.raw for c in citations)
        result_notes.append(Note(number=number, text=text, context=slot["context"], citations=citations))
    if not result_notes:
        raise ParseError("no citations in this CSL-JSON file", path=source)
    chosen = article or found_article or Article(source=source)
    return References(article=chosen, notes=tuple(result_notes))


def _custom(item: dict[str, Any]) -> dict[str, Any]:
    custom = item.get("custom")
    mine = custom.get(CUSTOM_KEY) if isinstance(custom, dict) else None
    return mine if isinstance(mine, dict) else {}


def _citation(item: dict[str, Any], custom: dict[str, Any], position: int, source: str, default_index: int) -> Citation:
    fields: dict[str, Any] = {}
    for field, variable in STRING_VARIABLES:
        value = item.get(variable)
        if value is not None and value != "":
            fields[field] = str(value)
    fields["authors"] = tuple(_name(n) for n in item.get("author") or () if _name(n))
    issued = _iso_from(item.get("issued"))
    literal_date = item["issued"].get("literal") if isinstance(item.get("issued"), dict) else None
    fields["date_iso"] = None if custom.get("issued_from") == "year" else (_opt_str(custom.get("date_iso")) or issued)
    fields["accessed"] = _iso_from(item.get("accessed"))
    kind = custom.get("kind")
    try:
        fields["kind"] = CitationKind(kind) if kind else _KINDS_FROM_CSL.get(item["type"], CitationKind.UNKNOWN)
    except ValueError:
        raise ParseError(f"item {position}: unknown kind {kind!r}", path=source) from None
    # Our own items carry the date as written; another tool's have only the structured one.
    fields["date"] = _opt_str(custom.get("date")) if custom else (literal_date or issued)
    for flag in ("ibid", "short_form", "unresolved", "ignore"):
        fields[flag] = bool(custom.get(flag, False))
    refers_to = custom.get("refers_to")
    fields["refers_to"] = refers_to if isinstance(refers_to, int) else None
    fields["year"] = _opt_str(custom.get("year"))
    fields["accessed_inferred"] = _opt_str(custom.get("accessed_inferred"))
    if not custom and fields.get("date_iso") and len(fields["date_iso"]) == 4 and item["type"] == "book":
        fields["year"] = fields["date_iso"]
    index: int = custom["index"] if isinstance(custom.get("index"), int) else default_index
    raw = _opt_str(custom.get("raw")) or _compose(fields)
    return Citation(index=index, raw=raw, **fields)


def _name(n: object) -> str:
    if not isinstance(n, dict):
        return ""
    if n.get("literal"):
        return str(n["literal"])
    parts = [n.get("given"), n.get("non-dropping-particle"), n.get("family"), n.get("suffix")]
    return " ".join(str(p) for p in parts if p)


def _iso_from(value: object) -> str | None:
    if not isinstance(value, dict):
        return None
    parts = value.get("date-parts")
    if not isinstance(parts, list) or not parts or not isinstance(parts[0], list) or not parts[0]:
        return None
    try:
        numbers = [int(p) for p in parts[0][:3]]
    except (TypeError, ValueError):
        return None
    return "-".join(f"{p:04d}" if i == 0 else f"{p:02d}" for i, p in enumerate(numbers))


def _compose(fields: Mapping[str, Any]) -> str:
    """A Chicago-like citation text for an item from another tool (it has no raw text)."""
    parts: list[str] = []
    authors: Sequence[str] = fields.get("authors") or ()
    if authors:
        parts.append(" and ".join(authors))
    if fields.get("title"):
        parts.append(f"“{fields['title']}”")
    for key in ("container", "date_iso", "url"):
        if fields.get(key):
            parts.append(str(fields[key]))
    return ", ".join(parts) + "." if parts else "(untitled item)"


def _article_from(d: dict[str, Any]) -> Article:
    authors = d.get("authors")
    return Article(
        title=_opt_str(d.get("title")),
        authors=tuple(str(a) for a in authors) if isinstance(authors, list) else (),
        publication=_opt_str(d.get("publication")),
        date=_opt_str(d.get("date")),
        source=_opt_str(d.get("source")),
    )


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)
