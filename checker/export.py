"""references.yaml -> CSL-JSON or BibTeX, with the archive links of the cited versions.

    text = export(refs, ExportFormat.BIBTEX, archive_links(runs))

CSL-JSON is what Zotero, Mendeley and Pandoc's citeproc exchange; BibTeX (biblatex
flavour: `@online`, `urldate`, ISO `date`) is what LaTeX writers keep. The archive
link of a citation is its cited version (the Wayback capture from when it was cited)
found by an earlier `check`: CSL-JSON puts it in `archive`/`archive_location` and a
`note`, BibTeX in `note` (BibTeX and biblatex have no archive-URL field).

bibtexparser writes the entries (field enclosure, entry syntax) and reads them back
in the tests; we escape LaTeX's specials in text fields ourselves, because its
encoding middleware also wraps `url` in `\\url{}`, which biblatex's verbatim `url`
field would then print literally.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import assert_never

from checker.models import ArchiveStatus, Citation, CitationKind, Note, References, Run
from checker.parse.csl import to_items

# (note number, citation index) -> (capture URL, ISO date of the capture)
ArchiveLinks = Mapping[tuple[int, int], tuple[str, str]]


class ExportFormat(StrEnum):
    CSL_JSON = "csl-json"
    BIBTEX = "bibtex"


def archive_links(runs: Iterable[Run], refs: References) -> dict[tuple[int, int], tuple[str, str]]:
    """The cited-version capture of each citation of `refs` that a stored run found one for.

    A stored result counts only for the citation at the same note and position with the
    same URL: the references may have been edited since that run.
    """
    urls = {(n.number, c.index): c.url for n, c in refs.citations() if c.url}
    links: dict[tuple[int, int], tuple[str, str]] = {}
    for run in runs:
        for r in run.results:
            a = r.archive
            key = (r.note.number, r.citation.index)
            if urls.get(key) != r.citation.url or a is None or a.status is not ArchiveStatus.FOUND:
                continue
            if a.cited is not None and a.cited.archive_url:
                links[key] = (a.cited.archive_url, a.cited.date_iso)
    return links


def export(refs: References, fmt: ExportFormat, links: ArchiveLinks | None = None) -> str:
    if fmt is ExportFormat.CSL_JSON:
        return to_csl_json(refs, links)
    if fmt is ExportFormat.BIBTEX:
        return to_bibtex(refs, links)
    assert_never(fmt)


def to_csl_json(refs: References, links: ArchiveLinks | None = None) -> str:
    return json.dumps(to_items(refs, links), ensure_ascii=False, indent=2) + "\n"


# ----------------------------------------------------------------------------- BibTeX

_BIBTEX_TYPES: Mapping[CitationKind, str] = {
    CitationKind.NEWS: "article",
    CitationKind.WIRE: "article",
    CitationKind.JOURNAL: "article",
    CitationKind.BOOK: "book",
    CitationKind.REPORT: "report",
    CitationKind.WEB: "online",
    CitationKind.REMARKS: "misc",
    CitationKind.PERSONAL: "misc",
    CitationKind.OFFICIAL: "misc",
    CitationKind.UNKNOWN: "misc",
}
_LATEX_SPECIALS = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#",
    "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
}  # fmt: skip
_LATEX_RE = re.compile("|".join(re.escape(c) for c in _LATEX_SPECIALS))


def latex_escape(text: str) -> str:
    return _LATEX_RE.sub(lambda m: _LATEX_SPECIALS[m.group(0)], text)


def to_bibtex(refs: References, links: ArchiveLinks | None = None) -> str:
    """One entry per citation; Ibid. and short-form back-references are the entry they point to."""
    import bibtexparser
    from bibtexparser import model

    library = bibtexparser.Library()
    used: set[str] = set()
    for note in refs.notes:
        for c in note.citations:
            if c.ibid or c.short_form:
                continue
            key = _unique_key(_key_stem(note, c), used)
            fields = [model.Field(name, value) for name, value in _bibtex_fields(note, c, (links or {}))]
            library.add(model.Entry(_entry_type(c), key, fields))
    return str(bibtexparser.write_string(library))


def _entry_type(c: Citation) -> str:
    kind = _BIBTEX_TYPES[c.kind]
    if kind == "misc" and c.url:
        return "online"  # biblatex prints url and urldate for @online
    return kind


def _bibtex_fields(note: Note, c: Citation, links: ArchiveLinks) -> list[tuple[str, str]]:
    fields: list[tuple[str, str]] = []

    def text(name: str, value: str | None) -> None:
        if value:
            fields.append((name, latex_escape(value)))

    if c.authors:
        # A name holding " and " or a comma would be split or inverted by BibTeX: braces keep it whole.
        names = [f"{{{latex_escape(n)}}}" if " and " in n or "," in n else latex_escape(n) for n in c.authors]
        fields.append(("author", " and ".join(names)))
    text("title", c.title)
    if c.kind in (CitationKind.NEWS, CitationKind.WIRE, CitationKind.JOURNAL):
        text("journaltitle", c.container)
        if c.kind is not CitationKind.JOURNAL:
            fields.append(("entrysubtype", "newspaper"))
    elif c.kind is CitationKind.BOOK:
        text("series", c.container)
    else:
        text("organization", c.container)
    date = c.date_iso or c.year
    if date:
        fields.append(("date", latex_escape(date)))
    text("pages", c.pages)
    text("volume", c.volume)
    text("number", c.issue)
    text("publisher", c.publisher)
    text("location", c.place)
    if c.url:
        # biblatex reads url verbatim: only braces would break the entry, and URLs percent-encode them.
        fields.append(("url", c.url.replace("{", "%7B").replace("}", "%7D")))
    if c.accessed:
        fields.append(("urldate", c.accessed))
    link = links.get((note.number, c.index))
    if link is not None:
        capture_url, date_iso = link
        # \url inside another field's argument needs % and # escaped, or LaTeX reads a comment.
        safe = capture_url.replace("{", "%7B").replace("}", "%7D").replace("%", r"\%").replace("#", r"\#")
        fields.append(("note", f"Archived at \\url{{{safe}}} on {date_iso}"))
    fields.append(("addendum", f"Note {note.number}"))
    return fields


def _key_stem(note: Note, c: Citation) -> str:
    surname = c.authors[0].split()[-1] if c.authors and c.authors[0].split() else ""
    year = (c.date_iso or c.year or "")[:4]
    word = next((w for w in re.findall(r"[^\W\d_]{4,}", c.title or "") if w.lower() not in _STOPWORDS), "")
    stem = _ascii(surname).lower() + year + _ascii(word).lower()
    return stem if surname or word else f"note{note.number}"


_STOPWORDS = frozenset({"with", "from", "that", "this", "what", "when", "will", "have", "their", "about", "into"})


def _ascii(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode())


def _unique_key(stem: str, used: set[str]) -> str:
    key, n = stem, 0
    while key in used:
        n += 1
        key = f"{stem}{chr(ord('a') + n - 1)}" if n <= 26 else f"{stem}-{n}"
    used.add(key)
    return key
