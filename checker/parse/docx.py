"""An article as a Word .docx -> body text with marker positions + numbered notes.

A .docx is a zip of XML parts: the text in word/document.xml, footnotes in
word/footnotes.xml and endnotes in word/endnotes.xml, each `<w:footnote w:id="N">`
referenced from the text by `<w:footnoteReference w:id="N"/>`. Word numbers notes by
the order of their references, so do we; a document with both footnotes and endnotes
gets one sequence in reading order, with a warning (Word would number them apart).
python-docx is not used: it does not read footnotes.

Links in notes: `<w:hyperlink r:id="…">` (address in the part's .rels file) and
HYPERLINK field codes (`<w:fldSimple>` or `<w:instrText>` between field chars), so a
linked title gives its citation the URL. Deleted text of tracked changes is left out.

The file is hostile: at most MAX_MEMBERS zip members and MAX_UNCOMPRESSED bytes
declared in all, each part read with a hard cap (a zip can lie about sizes), XML
parsed without DTDs, entity expansion or network access. Any zip or XML failure is
one ParseError line.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, field
from io import BytesIO

from lxml import etree

from checker.errors import ParseError
from checker.parse.extracted import MAX_NOTES, Extracted, ExtractedNote, NoteBuilder, clean_inline, usable_href

MAX_MEMBERS = 5_000  # a long article with figures has a few hundred parts
MAX_UNCOMPRESSED = 200 * 1024 * 1024  # declared total; images count, and we never open them
MAX_PART_BYTES = 32 * 1024 * 1024  # read cap for each XML part we do open

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PR = "http://schemas.openxmlformats.org/package/2006/relationships"
_HYPERLINK_FIELD = re.compile(r'HYPERLINK\s+"([^"]+)"')
_PARSER_OPTIONS = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "huge_tree": False,
    "remove_comments": True,
    "remove_pis": True,
}


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


@dataclass
class _Part:
    """Text of one part (the body, or one note), link spans and note markers included."""

    builder: NoteBuilder = field(default_factory=NoteBuilder)
    body: list[str] = field(default_factory=list)
    length: int = 0
    markers: list[tuple[str, str, int, int]] = field(default_factory=list)  # (kind, id, start, end)


def read_docx(data: bytes, *, source: str | None = None) -> Extracted:
    try:
        with zipfile.ZipFile(BytesIO(data)) as zf:
            parts = _read_parts(zf, source)
    except zipfile.BadZipFile:
        raise ParseError("not a valid .docx: the zip file is damaged", path=source) from None
    except (zipfile.LargeZipFile, zlib.error, NotImplementedError, EOFError, ValueError, OSError, RuntimeError) as exc:
        # zlib.error: a damaged member; RuntimeError: encrypted; NotImplementedError: unknown compression
        raise ParseError(f"not a valid .docx: {type(exc).__name__}", path=source) from None
    document = _xml(parts["word/document.xml"], "word/document.xml", source)
    body_root = document.find(_w("body"))
    if body_root is None:
        raise ParseError("not a valid .docx: word/document.xml has no body", path=source)
    notes_text: dict[tuple[str, str], tuple[str, tuple, tuple]] = {}
    for kind, tag in (("footnotes", "footnote"), ("endnotes", "endnote")):
        name = f"word/{kind}.xml"
        if name not in parts:
            continue
        rels = _rels(parts.get(f"word/_rels/{kind}.xml.rels"), source)
        root = _xml(parts[name], name, source)
        for k, note in enumerate(root.iter(_w(tag))):
            if k > MAX_NOTES:
                raise ParseError(f"over {MAX_NOTES:,} {kind}", path=source)
            if note.get(_w("type")) not in (None, "normal"):
                continue  # separators and continuation notices, not notes
            part = _Part()
            _text(note, part, rels, in_note=True)
            text, links = part.builder.build()
            notes_text[(tag, note.get(_w("id")) or "")] = (text, links, part.builder.emphasis)
    body = _Part()
    _text(body_root, body, _rels(parts.get("word/_rels/document.xml.rels"), source), in_note=False)
    body_text = "".join(body.body)

    out: list[ExtractedNote] = []
    warnings: list[str] = []
    numbered: dict[tuple[str, str], int] = {}
    kinds = set()
    for kind, note_id, start, end in body.markers:
        key = (kind, note_id)
        if key in numbered or key not in notes_text:
            continue
        numbered[key] = len(numbered) + 1
        kinds.add(kind)
        text, links, emphasis = notes_text[key]
        if text:
            out.append(ExtractedNote(numbered[key], text, links, marker=(start, end), emphasis=emphasis))
        else:
            warnings.append(f"{kind} {numbered[key]} is empty")
    if len(kinds) > 1:
        warnings.append("the document has both footnotes and endnotes; numbered together in reading order")
    unreferenced = len(notes_text) - len(numbered)
    if unreferenced > 0:
        warnings.append(f"{unreferenced} note(s) in the document are never referenced in its text; left out")
    if not out:
        raise ParseError("the .docx has no footnotes or endnotes referenced from its text", path=source)
    return Extracted(body=_renumber(body_text, body.markers, numbered), notes=tuple(out), warnings=tuple(warnings))


def _read_parts(zf: zipfile.ZipFile, source: str | None) -> dict[str, bytes]:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ParseError(f"the .docx has {len(infos):,} parts, over {MAX_MEMBERS:,}: not a document", path=source)
    declared = sum(i.file_size for i in infos)
    if declared > MAX_UNCOMPRESSED:
        raise ParseError(f"the .docx would unpack to {declared / 2**20:,.0f} MB: refused (zip bomb?)", path=source)
    names = {i.filename for i in infos}
    if "word/document.xml" not in names:
        raise ParseError("not a .docx: no word/document.xml inside", path=source)
    wanted = (
        "word/document.xml", "word/footnotes.xml", "word/endnotes.xml", "word/_rels/document.xml.rels",
        "word/_rels/footnotes.xml.rels", "word/_rels/endnotes.xml.rels",
    )  # fmt: skip
    parts: dict[str, bytes] = {}
    for name in wanted:
        if name in names:
            with zf.open(name) as fh:
                data = fh.read(MAX_PART_BYTES + 1)  # the declared size may lie: cap the read itself
            if len(data) > MAX_PART_BYTES:
                raise ParseError(
                    f"{name} unpacks to over {MAX_PART_BYTES // 2**20} MB: refused (zip bomb?)", path=source
                )
            parts[name] = data
    return parts


def _xml(data: bytes, name: str, source: str | None) -> etree._Element:
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data[:65536]:
        raise ParseError(f"not a valid .docx: {name} declares a DTD (Word never does)", path=source)
    parser = etree.XMLParser(**_PARSER_OPTIONS)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        why = " ".join(str(exc.msg).split())[:200]  # libxml2 messages can hold line breaks: one line
        raise ParseError(f"not a valid .docx: {name} is not well-formed XML ({why})", path=source) from None
    if root is None:
        raise ParseError(f"not a valid .docx: {name} is empty", path=source)
    if root.getroottree().docinfo.doctype:  # a DTD the byte check missed (UTF-16 XML)
        raise ParseError(f"not a valid .docx: {name} declares a DTD (Word never does)", path=source)
    return root


def _rels(data: bytes | None, source: str | None) -> dict[str, str]:
    if not data:
        return {}
    root = _xml(data, "relationships", source)
    out: dict[str, str] = {}
    for rel in root.iter(f"{{{_PR}}}Relationship"):
        rid, target = rel.get("Id"), rel.get("Target")
        if rid and target and rel.get("TargetMode") == "External":
            out[rid] = target
    return out


def _text(root: etree._Element, part: _Part, rels: dict[str, str], *, in_note: bool) -> None:
    """Walk a part in document order without recursion; fill `part`."""
    fields: list[list] = []  # complex fields: [instruction text, link opened?]

    def add(text: str, *, structure: bool = False) -> None:
        if in_note:
            part.builder.add(text)
        else:
            text = text if structure else clean_inline(text)
            part.body.append(text)
            part.length += len(text)

    def open_link(url: str | None) -> None:
        if in_note:
            part.builder.open_link(url)

    def close_link() -> None:
        if in_note:
            part.builder.close_link()

    def italic(run: etree._Element) -> bool:
        flag = run.find(f"{_w('rPr')}/{_w('i')}")
        return flag is not None and (flag.get(_w("val")) or "true").lower() not in ("0", "false", "off")

    # stack of (element, entering?)
    stack: list[tuple[etree._Element, bool]] = [(root, True)]
    while stack:
        el, entering = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else ""
        if not entering:
            if tag in (_w("hyperlink"), _w("fldSimple")):
                close_link()
            elif tag == _w("r") and in_note and italic(el):
                part.builder.close_emphasis()
            elif tag == _w("p"):
                add(" " if in_note else "\n\n", structure=True)
            continue
        if tag in (_w("del"), _w("delText"), _w("footnoteRef"), _w("endnoteRef"), _w("instrText")):
            if tag == _w("instrText") and fields:
                fields[-1][0] += el.text or ""
            continue
        if tag == _w("r") and in_note and italic(el):
            part.builder.open_emphasis()  # a run set in italics: a title, as the notes style sets it
        if tag == _w("t"):
            add(el.text or "")
        elif tag in (_w("tab"), _w("br"), _w("cr")):
            add(" " if in_note or tag == _w("tab") else "\n", structure=True)
        elif tag in (_w("footnoteReference"), _w("endnoteReference")) and not in_note:
            kind = "footnote" if tag == _w("footnoteReference") else "endnote"
            placeholder = "\x00" * 8  # [n] once the numbering is known (n < 10**6 fits)
            part.markers.append((kind, el.get(_w("id")) or "", part.length, part.length + len(placeholder)))
            part.body.append(placeholder)
            part.length += len(placeholder)
        elif tag == _w("hyperlink"):
            rid = el.get(f"{{{R}}}id")
            open_link(usable_href(rels.get(rid or "")))
        elif tag == _w("fldSimple"):
            m = _HYPERLINK_FIELD.search(el.get(_w("instr")) or "")
            open_link(usable_href(m.group(1)) if m else None)
        elif tag == _w("fldChar"):
            kind = el.get(_w("fldCharType"))
            if kind == "begin":
                fields.append(["", False])
            elif kind == "separate" and fields:
                m = _HYPERLINK_FIELD.search(fields[-1][0])
                if m:
                    open_link(usable_href(m.group(1)))
                    fields[-1][1] = True
            elif kind == "end" and fields and fields.pop()[1]:
                close_link()
        stack.append((el, False))
        stack.extend((child, True) for child in reversed(el))


def _renumber(body: str, markers: list[tuple[str, str, int, int]], numbered: dict[tuple[str, str], int]) -> str:
    """Placeholders -> [n]; keeps lengths equal, so marker spans stay right."""
    # Each placeholder is 8 NULs; its label [n] is padded to the same length with spaces
    # after, which the citing-sentence reader ignores.
    out = []
    at = 0
    for kind, note_id, start, end in markers:
        out.append(body[at:start])
        label = f"[{numbered.get((kind, note_id), 0)}]"
        out.append(label[: end - start].ljust(end - start))
        at = end
    out.append(body[at:])
    return "".join(out)
