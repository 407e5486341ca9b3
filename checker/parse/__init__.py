"""Article text -> notes -> citations -> References.

    refs = parse_article("articles/seed.txt")          # reads the file and its .meta.yaml
    refs = parse_text(text, source="pasted")          # text already in memory

Stages, one module each: decode (bytes -> text), notes (the notes list, numbering,
citing sentences), split (a note -> citation strings), fields (a string -> fields),
backrefs (Ibid./Id. and short forms -> their antecedents). HTML, Markdown and .docx
articles (formats picks the reader: html, markdown, docx) become an `Extracted` (body
text, marker positions, note texts with their links) and join the same stages from
split on (parse_extracted); docs/input-formats.md. Only unusable input raises
(ParseError: empty, binary, too big, no notes); everything odd but usable becomes a
one-line warning in References.warnings.
"""

from __future__ import annotations

import dataclasses
import itertools
import os
import re
from collections import deque
from collections.abc import Callable, Iterator
from urllib.parse import unquote

from checker.errors import ParseError
from checker.models import Article, CitationKind, Note, References
from checker.parse.backrefs import resolve_each
from checker.parse.coverage import cover_urls, cover_works, fold_url_pieces
from checker.parse.decode import MAX_ARTICLE_BYTES, decode_bytes, read_article_bytes
from checker.parse.extracted import Extracted, Link, attach_links, contexts_at
from checker.parse.fields import FieldResult, parse_citation, retitle_by_emphasis, shared_access_date, writer_opening
from checker.parse.formats import extract, max_bytes_for
from checker.parse.meta import load_sidecar, sidecar_path
from checker.parse.notes import RawNote, find_contexts, find_notes
from checker.parse.split import Piece, split_note
from checker.parse.urls import FoundUrl, find_urls, host_of
from checker.parse.workers import in_order, worker_count
from checker.spill import SpilledNotes

__all__ = ["MAX_ARTICLE_BYTES", "parse_article", "parse_extracted", "parse_text", "sidecar_path"]

# Every Unicode line break becomes "\n": YAML (and readers) treat NEL, LS and PS as
# line breaks too, so leaving them inside a note would change it on the way to YAML.
# Other control characters (ESC, BEL, DEL, C1) carry no text and could drive the
# terminal a report is printed on: they are removed. Tab stays.
_BREAKS = {c: "\n" for c in "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"}
_CONTROLS = {
    c: None for c in map(chr, [*range(0x20), 0x7F, *range(0x80, 0xA0)]) if c not in "\t\n" and c not in _BREAKS
}
_CLEAN = str.maketrans({**_BREAKS, **_CONTROLS})
# Most articles have nothing to clean: they are then not copied (a 20,000-note article is ~5 MB of text).
_UNCLEAN = re.compile("[" + re.escape("".join([*_BREAKS, *_CONTROLS])) + "]")
# A real note is at most a few thousand characters; anything longer is a conversion
# accident (a page glued into a note). Its text is kept whole, but citations are read
# from the start only, so one monster line cannot make parsing crawl.
MAX_NOTE_CHARS = 20_000
# `”The Ocean Telegraph,” Frank Leslie’s Weekly`: a title opened with the closing quote (a PDF's or a
# word processor's slip) where a citation starts, closed further on; read as the opening quote (same length,
# so every offset into the note stays right)
_CLOSE_AS_OPEN = re.compile(r"(?=”)(?:^|(?<=[;(]\s)|(?<=\band\s)|(?<=\bSee\s))”(?=[\w‘'][^“”]{0,300}[,.?!]”)")
_BORROWED = ("container", "date", "date_iso", "place", "publisher", "year")


def parse_article(path: str | os.PathLike[str], *, article: Article | None = None,
                  on_note: Callable[[Note], None] | None = None) -> References:
    """Read an article file (bounded, any common encoding) and parse its notes.

    Plain text, HTML, Markdown and .docx are told apart by suffix and content
    (checker/parse/formats.py); anything else is refused with a one-line ParseError.
    `on_note` sees each note as soon as it is parsed (the pipeline checks its URLs while
    later notes are still being read).
    """
    source = os.fspath(path)
    data = read_article_bytes(source, limit=max_bytes_for(source))
    meta = load_sidecar(source) if article is None else article
    extracted = extract(data, source=source)
    if extracted is not None:
        return parse_extracted(extracted, source=source, article=dataclasses.replace(meta, source=source),
                               on_note=on_note)
    decoded = decode_bytes(data, source=source)
    del data  # not held beside the text while the notes are parsed
    text, decode_warnings = [decoded.text], decoded.warnings
    del decoded
    refs = _parse_owned(text, source=source, article=dataclasses.replace(meta, source=source), on_note=on_note)
    if decode_warnings:
        refs = dataclasses.replace(refs, warnings=decode_warnings + refs.warnings)
    return refs


def parse_text(text: str, *, source: str | None = None, article: Article | None = None,
               on_note: Callable[[Note], None] | None = None) -> References:
    """Parse article text already in memory. Raises ParseError only when no notes exist."""
    return _parse_owned([text], source=source, article=article, on_note=on_note)


def _parse_owned(box: list[str], *, source: str | None, article: Article | None,
                 on_note: Callable[[Note], None] | None) -> References:
    """`parse_text` of the text in `box`, which it empties: the text, and then each raw note
    once it is parsed, are let go while the rest is parsed (20,000 notes: ~13 MB less at the
    end of the parse, which the checks now overlap)."""
    text = box.pop()
    if _UNCLEAN.search(text):
        text = text.translate(_CLEAN)
    if not text.strip():
        raise ParseError("file is empty", path=source)
    section = find_notes(text)
    del text
    if section is None:
        raise ParseError("no numbered notes found (expected lines like '1. Author, “Title,” …')", path=source)
    contexts, marker_warnings = find_contexts(section.body, section.notes)
    raw, warnings = deque(section.notes), [*section.warnings, *marker_warnings]
    del section
    return _assemble(raw, contexts, warnings, source=source, article=article, on_note=on_note)


def parse_extracted(extracted: Extracted, *, source: str | None = None, article: Article | None = None,
                    on_note: Callable[[Note], None] | None = None) -> References:
    """Parse an article another format's reader (HTML, Markdown, .docx) has taken apart."""
    if not extracted.notes:
        raise ParseError("no notes found", path=source)
    raw = deque(RawNote(number=n.number, printed=n.number, text=n.text, line=0) for n in extracted.notes)
    contexts, marker_warnings = contexts_at(extracted.body, extracted.notes)
    links = {k: n.links for k, n in enumerate(extracted.notes) if n.links}
    emphasis = {k: n.emphasis for k, n in enumerate(extracted.notes) if n.emphasis}
    return _assemble(
        raw, contexts, [*extracted.warnings, *marker_warnings], source=source, article=article, links=links,
        emphasis=emphasis, on_note=on_note,
    )


def _assemble(
    raw_notes: deque[RawNote],
    contexts: dict[int, str],
    warnings: list[str],
    *,
    source: str | None,
    article: Article | None,
    links: dict[int, tuple[Link, ...]] | None = None,
    emphasis: dict[int, tuple[tuple[int, int], ...]] | None = None,
    on_note: Callable[[Note], None] | None = None,
) -> References:
    # Each note goes to disk as soon as it is parsed and resolved: the parsed article is
    # never held whole (checker/spill.py). Each raw note and its context are taken out as
    # the note is parsed (`raw_notes` and `contexts` are emptied): the article's text is let
    # go a note at a time. Back-reference warnings follow the others, as they always have.
    backref_warnings: list[str] = []
    taken: deque[RawNote] = deque()  # the raw note being parsed: resolve_each yields a note before reading the next

    def jobs() -> Iterator[_NoteJob]:
        for k in range(len(raw_notes)):
            raw = raw_notes.popleft()
            taken.append(raw)
            yield raw, (links or {}).get(k, ()), (emphasis or {}).get(k, ())

    def parsed() -> Iterator[tuple[int, list[FieldResult], bool]]:
        for number, results, joint, note_warnings in in_order(jobs(), _parse_chunk, worker_count(len(raw_notes))):
            warnings.extend(note_warnings)
            yield number, results, joint

    def notes() -> Iterator[Note]:
        for k, citations in enumerate(resolve_each(parsed(), backref_warnings)):
            raw = taken.popleft()
            note = Note(number=raw.number, text=raw.text, context=contexts.pop(k, None), citations=citations)
            if on_note is not None:
                on_note(note)
            yield note

    spilled = SpilledNotes(notes())
    warnings.extend(backref_warnings)
    return References(article=article or Article(source=source), notes=spilled, warnings=tuple(warnings))


# a note to read: the raw note, its links and its italic spans
_NoteJob = tuple[RawNote, tuple[Link, ...], tuple[tuple[int, int], ...]]


def _parse_chunk(jobs: list[_NoteJob]) -> list[tuple[int, list[FieldResult], bool, list[str]]]:
    """Notes read one after another (in a worker process for a long article: checker/parse/workers.py),
    each with the warnings its reading gave."""
    read = []
    for raw, links, emphasis in jobs:
        warnings: list[str] = []
        read.append((*_parse_note(raw, warnings, links, emphasis), warnings))
    return read


def _parse_note(
    raw: RawNote, warnings: list[str], links: tuple[Link, ...] = (), emphasis: tuple[tuple[int, int], ...] = (),
) -> tuple[int, list[FieldResult], bool]:
    """One note's citations, fields read, before back-references are resolved."""
    head = raw.text
    if len(head) > MAX_NOTE_CHARS:
        head = head[:MAX_NOTE_CHARS]
        warnings.append(
            f"note {raw.number} is {len(raw.text):,} characters long; "
            f"citations were read from its first {MAX_NOTE_CHARS:,} only"
        )
    if "”" in head:
        head = _CLOSE_AS_OPEN.sub("“", head)
    pieces = split_note(head, emphasis)
    results = [parse_citation(p.text, i) for i, p in enumerate(pieces)]
    results = [dataclasses.replace(r, within=True) if p.within else r for p, r in zip(pieces, results, strict=True)]
    if emphasis:
        results = retitle_by_emphasis(head, pieces, results, emphasis)  # an italic title ends where its italics do
    if links:
        attach_links(head, pieces, results, links)  # a linked title gives its citation a URL
    joint = any(p.joint for p in pieces)
    for j, piece in enumerate(pieces):
        if piece.joint and j + 1 < len(results):
            results[j] = _borrow_imprint(results[j], results[j + 1])
    pieces, results = fold_url_pieces(pieces, results)
    pieces, results = _fold_date_pieces(pieces, results)
    results = _authors_named_before(pieces, results)
    # a link no citation took (a second link in one sentence: `the Python library [Gensim](…), and … Google's
    # [TensorFlow](…)`) is checked too, as a printed address would be; a link on a printed address is that address
    # (a link whose target escapes the printed address's slash as `%2F` is that address: `https://doi.org/[10.2307/
    # 1864376](…10.2307%2F1864376)`)
    held = {unquote(r.citation.url) for r in results if r.citation.url}
    linked = tuple(
        FoundUrl(link.start, link.end, head[link.start : link.end], link.url)
        for link in links
        if link.end <= len(head)
        and (
            _elsewhere(head[link.start : link.end], link.url)
            or (unquote(link.url) not in held and not find_urls(head[link.start : link.end]))
        )
    )
    pieces, results = cover_works(pieces, results)  # a work a sentence names, by its imprint or issue
    results = cover_urls(head, pieces, results, linked)  # every URL in the note is checked
    if (read_on := shared_access_date(head)) is not None:
        # `(both accessed March 3, 2021)`: every address of the note that prints no day of its own was read then
        results = [
            dataclasses.replace(r, citation=dataclasses.replace(r.citation, accessed=read_on))
            if r.citation.url and not r.citation.accessed else r
            for r in results
        ]  # fmt: skip
    for res in results:
        warnings.extend(f"note {raw.number}: {w}" for w in res.warnings)
    # a sentence of comment goes on to the resolver, which keeps it only where it starts with a short
    # name a full citation gave itself (`(hereinafter United States v. Ticketmaster (2010) complaint)`)
    return raw.number, results, joint


# a citation that opens with its title, after `See` or nothing: `See *Map of a Nation* (London: Granta, 2010)`
_OPENS_WITH_TITLE = re.compile(
    r"^(?:(?:see|cf\.)(?:\s+(?:also|especially|generally))?,?\s+)?(?-i:(?:his|her|their)\s+)?[\"“*_]?(?=[A-Z0-9])",
    re.IGNORECASE,
)  # (`see her The Pen and the People`: the pronoun names the writer again)


def _authors_named_before(pieces: list[Piece], results: list[FieldResult]) -> list[FieldResult]:
    """`Hsia suggests that … . See *A History of Modern Chinese Fiction* (…), 95.`: a citation that prints no author,
    after sentences of comment whose first names its writer as the subject of a reporting verb, is that writer's."""
    out = list(results)
    for j in range(1, len(out)):
        res, c = out[j], out[j].citation
        if c.authors or not c.title or res.commentary or res.is_ibid or res.maybe_short or c.short_form:
            continue
        if c.kind is CitationKind.OFFICIAL:
            continue  # `Field argued … such as Ex Parte Milligan, …, Cummings v. Missouri, …`: a case has no writer
        opening = _OPENS_WITH_TITLE.match(pieces[j].text)
        if opening is None or not pieces[j].text[opening.end() :].startswith(c.title[:12]):
            continue
        # the sentence naming the writer may stand before a quotation split off it: up to three pieces of comment back
        run = itertools.takewhile(lambda k: out[k].commentary, range(j - 1, max(-1, j - 4), -1))
        who = next((w for k in run if (w := writer_opening(pieces[k].text))), None)
        if who is None:
            continue
        out[j] = dataclasses.replace(res, citation=dataclasses.replace(c, authors=(who,)))
    return out


def _fold_date_pieces(pieces: list[Piece], results: list[FieldResult]) -> tuple[list[Piece], list[FieldResult]]:
    """`"Canon/Archive: …," *Stanford Literary Lab Pamphlet 11*. Jan. 2016.`, `"Petition of …" Manuscript. January 13,
    1720.`: a date standing alone after a full stop is the date of the citation before it, not a citation."""
    out_p: list[Piece] = []
    out_r: list[FieldResult] = []
    for piece, res in zip(pieces, results, strict=True):
        c = res.citation
        alone = bool(c.date) and not (
            c.title or c.authors or c.container or c.publisher or c.url or c.pages or res.is_ibid
        ) and " ".join(piece.text.split()).strip(" .;,") == (c.date or "").strip(" .;,")
        if alone and out_r and out_r[-1].citation.title and not out_r[-1].citation.date and not out_r[-1].is_ibid:
            prev = out_r[-1]
            out_r[-1] = dataclasses.replace(
                prev, citation=dataclasses.replace(prev.citation, date=c.date, date_iso=c.date_iso, year=c.year)
            )
            out_p[-1] = Piece(out_p[-1].text + " " + piece.text, joint=out_p[-1].joint)
            continue
        out_p.append(piece)
        out_r.append(res)
    return out_p, out_r


def _elsewhere(anchor: str, target: str) -> bool:
    """A link printed as an address that points at another site (`[https://cdn.openai.com/….pdf]
    (https://perma.cc/7HCZ-DX87)`): the archived copy it points to is a source to check as well."""
    printed = find_urls(anchor)
    return len(printed) == 1 and host_of(printed[0].url).removeprefix("www.") != host_of(target).removeprefix("www.")


def _borrow_imprint(first: FieldResult, shared: FieldResult) -> FieldResult:
    """`Togo, “A,” and Streltsov, “B” (remarks …, November 16, 2015)`: A shares B's imprint."""
    c, s = first.citation, shared.citation
    values = {name: getattr(s, name) for name in _BORROWED if getattr(c, name) is None}
    kind = s.kind if c.kind is CitationKind.UNKNOWN else c.kind
    return dataclasses.replace(
        first, citation=dataclasses.replace(c, kind=kind, **values), maybe_short=False, commentary=False
    )
