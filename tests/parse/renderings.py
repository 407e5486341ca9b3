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


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t></w:r>'


def _runs(text: str) -> str:
    """Text as Word stores it: cut into several runs (formatting changes split runs)."""
    cut = len(text) // 2
    return _run(text[:cut]) + _run(text[cut:]) if cut else _run(text)


def docx_parts(s: Seed, *, endnotes: bool = False) -> dict[str, str]:
    """The parts of a .docx holding the seed: notes as footnotes (or endnotes)."""
    kind = "endnote" if endnotes else "footnote"
    paragraphs = []
    for para in s.paragraphs:
        runs = []
        for p in para:
            if p.note is None:
                runs.append(_runs(p.text))
            else:  # Word's note ids are not the note numbers: offset them on purpose
                runs.append(f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                            f'<w:{kind}Reference w:id="{p.note + 100}"/></w:r>')  # fmt: skip
        paragraphs.append("<w:p>" + "".join(runs) + "</w:p>")
    document = f"<w:document {_W} {_R}><w:body>{''.join(paragraphs)}<w:sectPr/></w:body></w:document>"
    rels = []
    notes = [  # Word's own separator "notes" come first; they are not notes
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>',
        f'<w:{kind} w:type="continuationSeparator" w:id="0">'
        f"<w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>",
    ]
    for n, text in enumerate(s.notes, 1):
        ref = f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:{kind}Ref/></w:r>{_run(" ")}'
        linked = linked_title(n, text)
        if linked is None:
            inner = _runs(text)
        elif n % 2:  # a hyperlink element, its address in the part's relationships
            before, title, after, url = linked
            rels.append(f'<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                        f'relationships/hyperlink" Target="{html.escape(url)}" TargetMode="External"/>')  # fmt: skip
            inner = f'{_run(before)}<w:hyperlink r:id="rId{n}">{_runs(title)}</w:hyperlink>{_run(after)}'
        else:  # a HYPERLINK field code, as older Word versions write links
            before, title, after, url = linked
            inner = (
                f'{_run(before)}<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r><w:instrText xml:space="preserve"> HYPERLINK "{html.escape(url)}" </w:instrText></w:r>'
                f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{_runs(title)}'
                f'<w:r><w:fldChar w:fldCharType="end"/></w:r>{_run(after)}'
            )
        notes.append(f'<w:{kind} w:id="{n + 100}"><w:p>{ref}{inner}</w:p></w:{kind}>')
    parts = {
        "[Content_Types].xml": _CONTENT_TYPES,
        "word/document.xml": document,
        f"word/{kind}s.xml": f"<w:{kind}s {_W} {_R}>{''.join(notes)}</w:{kind}s>",
        f"word/_rels/{kind}s.xml.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(rels)
            + "</Relationships>"
        ),
    }
    prolog = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    return {name: text if text.startswith("<?xml") else prolog + text for name, text in parts.items()}


def write_docx(path: Path, parts: dict[str, str | bytes]) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path
