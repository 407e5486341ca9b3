"""references.yaml: load (with line numbers on every error), dump, and merge-on-save.

The schema is documented in docs/references-schema.md (schema: 1). The file is meant
to be edited by people: fix a field, add `ignore: true` to skip checking a citation,
add `accessed: 2015-12-20`; later commands use the edit.

Merge policy (`save()` onto an existing file, without `force`):
- Notes are matched by number and raw text (`text`, whitespace-insensitive).
- Same number, same text: the note in the file is kept exactly as it is, edits and
  all (`ignore`, `accessed`, corrected titles …). Re-parsing cannot know an edit from
  an old parser's output, so the file wins; `force=True` regenerates from scratch.
- Same number, changed text: the new parse is taken (the old fields described another
  note), but `ignore: true` and hand-added `accessed` dates are carried over to the
  citation with the same URL, or the same position when there is no URL, and reported.
- Notes only in the file are dropped and reported; notes only in the new parse are added.
- Article metadata: a value set in the file wins over the new parse when they differ
  (people correct it there), and is reported; `source` always comes from the new parse.
- A file that cannot be loaded is never overwritten: the ReferencesError is raised.
Every decision comes back as a one-line message; the write is atomic (temp + rename).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import os
import re
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import SafeConstructor
from ruamel.yaml.cyaml import CParser
from ruamel.yaml.error import YAMLError
from ruamel.yaml.events import (
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)  # fmt: skip
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.scalarstring import SingleQuotedScalarString

from checker.errors import ReferencesError
from checker.files import read_bounded
from checker.models import Article, Citation, CitationKind, Note, References

SCHEMA_VERSION = 1
SCHEMA_DOC = "docs/references-schema.md"
MAX_REFERENCES_BYTES = 10 * 1024 * 1024

# Always written, in this order, even when empty: tools read these names.
REQUIRED_CITATION_FIELDS = (
    "kind", "authors", "title", "container", "date", "url", "pages", "accessed", "ibid", "refers_to",
)  # fmt: skip
# Written only when set (non-empty / true).
OPTIONAL_CITATION_FIELDS = (
    "date_iso", "short_form", "unresolved", "ignore", "publisher", "place", "year", "volume", "issue",
    "accessed_inferred",
)  # fmt: skip
_CITATION_ORDER = ("raw", "kind", "authors", "title", "container", "date", "date_iso", "url", "pages",
                   "accessed", "ibid", "refers_to", "short_form", "unresolved", "ignore", "publisher",
                   "place", "year", "volume", "issue", "accessed_inferred")  # fmt: skip
_BOOL_FIELDS = frozenset({"ibid", "short_form", "unresolved", "ignore"})
_TEXT_FIELDS = frozenset({"raw", "title", "container", "date", "url", "pages", "publisher", "place", "year",
                          "volume", "issue"})  # fmt: skip
_DATE_FIELDS = frozenset({"date_iso", "accessed", "accessed_inferred"})
_ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_INFERRED_FIELDS = ("date_inferred", "date_inferred_note", "date_inferred_evidence")
_ARTICLE_FIELDS = ("title", "authors", "publication", "date", "source", *_INFERRED_FIELDS)
_NOTE_FIELDS = ("number", "text", "context", "citations")

_FAST = YAML(typ="safe")
_STR_TAG = "tag:yaml.org,2002:str"
# ruamel's implicit resolvers for YAML 1.2 by first character (VersionedResolver.resolve without
# its per-call version look-up, which was half of reading a 20,000-note file).
_IMPLICIT: dict[str | None, list[tuple[str, re.Pattern[str]]]] = VersionedResolver().versioned_resolver


def _plain_tag(value: str) -> str:
    """The tag ruamel's resolver gives a plain (unquoted) scalar."""
    for tag, regexp in (*_IMPLICIT.get(value[:1], ()), *_IMPLICIT.get(None, ())):
        if regexp.match(value):
            return str(tag)
    return _STR_TAG
_FAST_LOCK = threading.Lock()

_HEADER = f"""\
cite-checker references (schema {SCHEMA_VERSION}): {SCHEMA_DOC}
Edit freely: correct a field, add `ignore: true` to skip a citation, add
`accessed: YYYY-MM-DD`. Re-parsing keeps edits of notes whose text is unchanged."""


# ----------------------------------------------------------------------------- dump


def _inferred_date_fields(article: Article, art: CommentedMap) -> None:
    """date_inferred and its evidence (checker/article_date.py), only when there is one."""
    if article.date_inferred:
        art["date_inferred"] = article.date_inferred
        art["date_inferred_note"] = article.date_inferred_note
        art["date_inferred_evidence"] = article.date_inferred_evidence


def _load_inferred_date(reader: Any, m: dict) -> dict[str, Any]:
    note = m.get("date_inferred_note")
    if note is not None and (isinstance(note, bool) or not isinstance(note, int)):
        raise reader.fail(f"article: date_inferred_note must be a note number, not {note!r}",
                          reader.line(m, "date_inferred_note"))
    return {"date_inferred": reader.iso(m, "date_inferred", "article"), "date_inferred_note": note,
            "date_inferred_evidence": reader.text(m, "date_inferred_evidence", "article")}


def dumps(refs: References) -> str:
    return "".join(_dump_parts(refs))


def _dump_parts(refs: References) -> Iterator[str]:
    """The file in pieces, one note at a time, that join to what dumping the whole document at
    once gives: ruamel's round-trip tree of every note of a 20,000-note article took 460 MB.
    _Scalars writes the values as ruamel does; ruamel itself writes only a part holding a value
    the emitter leaves to it (see _Unsure)."""
    yaml = _yaml()
    scalars = _Scalars()
    header = _header_text(refs, scalars)
    if header is not None:
        yield header
    else:
        yield _dump_one(yaml, _header_map(refs))
    if not refs.notes:
        yield "notes: []\n"
    for i, note in enumerate(refs.notes):
        text = _note_text(note, scalars)
        if text is None:
            text = _ruamel_note(yaml, note)
        yield "notes:\n" + text if i == 0 else text
    if refs.warnings:
        try:
            yield f"warnings:{scalars.flow(refs.warnings)}\n"
        except _Unsure:
            yield _dump_one(yaml, CommentedMap(warnings=_seq(refs.warnings)))


def _header_map(refs: References) -> CommentedMap:
    root = CommentedMap()
    root["schema"] = refs.schema
    art = CommentedMap()
    art["title"] = refs.article.title
    art["authors"] = _seq(refs.article.authors)
    art["publication"] = refs.article.publication
    art["date"] = refs.article.date
    art["source"] = refs.article.source
    _inferred_date_fields(refs.article, art)
    root["article"] = art
    root.yaml_set_start_comment(_HEADER)
    return root


def _dump_one(yaml: YAML, data: CommentedMap) -> str:
    buf = io.StringIO()
    yaml.dump(data, buf)
    return buf.getvalue()


def _ruamel_note(yaml: YAML, note: Note) -> str:
    """One note's lines as ruamel writes them inside `notes:` (a block sequence's items do not
    depend on each other)."""
    n = CommentedMap()
    n["number"] = note.number
    n["text"] = note.text
    n["context"] = note.context
    n["citations"] = CommentedSeq(CommentedMap(_citation_items(c, note.text)) for c in note.citations)
    return _dump_one(yaml, CommentedMap(notes=CommentedSeq([n]))).removeprefix("notes:\n")


def _citation_items(c: Citation, note_text: str) -> list[tuple[str, Any]]:
    items: list[tuple[str, Any]] = []
    for name in _CITATION_ORDER:
        value = getattr(c, name)
        if name == "raw" and value == note_text:
            continue  # the whole note is this citation: `raw` would repeat `text`
        if name in OPTIONAL_CITATION_FIELDS and value in (None, False, ""):
            continue
        if name == "kind":
            value = str(value)
        elif name == "authors":
            value = _seq(value)
        items.append((name, value))
    return items


class _Unsure(Exception):
    """A value the emitter leaves to ruamel (text longer than _Scalars.MAX, or not text at all)."""


# Characters ruamel writes as they are (Emitter.analyze_scalar with allow_unicode) that are not line breaks.
_SAFE = re.compile(r"[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]*")
_ESCAPES = {"\0": "0", "\x07": "a", "\x08": "b", "\x09": "t", "\x0a": "n", "\x0b": "v", "\x0c": "f", "\x0d": "r",
            "\x1b": "e", '"': '"', "\\": "\\", "\x85": "N", "\u2028": "L", "\u2029": "P"}  # fmt: skip
# What ruamel escapes inside double quotes (Emitter.write_double_quoted).
_UNSAFE = re.compile(r'[^\x20\x21\x23-\x5b\x5d-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd'
                     r'\U00010000-\U0010ffff]')


def _escape(ch: str) -> str:
    code = ord(ch)
    if ch in _ESCAPES:
        return "\\" + _ESCAPES[ch]
    return f"\\x{code:02X}" if code <= 0xFF else f"\\u{code:04X}" if code <= 0xFFFF else f"\\U{code:08X}"


def _double_quoted(value: str) -> str:
    return '"' + _UNSAFE.sub(lambda m: _escape(m.group()), value) + '"'


class _Scalars:
    """Writes a scalar as ruamel (with the settings of _yaml()) does, from its rules.

    Dumping through ruamel's representer, serializer and emitter once per note was ~90% of
    writing a 20,000-note file (~40 s). These are the rules of ruamel's Emitter.analyze_scalar,
    choose_scalar_style and write_double_quoted (ruamel.yaml 0.19) for what this file holds:
    plain when ruamel's own resolver reads the text back as a string and no indicator forbids
    it, else single quotes, else (a quote inside) double quotes. Two deliberate differences,
    where ruamel's output did not read back: text with a line break other than \\n
    (\\x85, \\u2028, \\u2029) is double-quoted and escaped, not single-quoted; and in a flow
    list text starting with '?' or ':' is quoted (_seq does the same for ruamel), in double
    quotes when it holds a line break.
    tests/test_references_emit.py compares the two over the seed, the parse corpus and
    generated text, and reads generated text back.
    """

    MAX = 100_000  # far below the emitter's width (1,000,000): ruamel never folds shorter text

    def block(self, value: Any) -> str:
        """A mapping value as written after `key:` (with its space); nothing for null."""
        if value is None:
            return ""
        if value is True:
            return " true"
        if value is False:
            return " false"
        if type(value) is int:
            return f" {value:d}"
        if type(value) is not str:
            raise _Unsure
        return " " + self._text(value, flow=False)

    def flow(self, items: Any) -> str:
        """A list of text in flow style: ` [A, B]`."""
        if not all(type(x) is str for x in items):
            raise _Unsure
        return " [" + ", ".join(self._text(x, flow=True) for x in items) + "]"

    def _text(self, value: str, *, flow: bool) -> str:
        if len(value) > self.MAX:
            raise _Unsure
        if not _SAFE.fullmatch(value):
            return _double_quoted(value)  # a control character or a line break
        if flow and value[:1] in ("?", ":"):
            return "'" + value.replace("'", "''") + "'"
        if self._plain(value, flow=flow):
            return value
        if "'" in value:
            return _double_quoted(value)
        return f"'{value}'"

    def _plain(self, value: str, *, flow: bool) -> bool:
        if not value or value[0] in "#,[]{}&*!|>'\"%@` " or value[-1] == " " or value.startswith(("---", "...")):
            return False
        if value[0] in "?:-" and (len(value) == 1 or value[1] == " "):
            return False
        if ": " in value or (len(value) > 1 and value[-1] == ":") or " #" in value:
            return False
        if flow and any(ch in value for ch in ",[]{}"):
            return False
        return _plain_tag(value) == _STR_TAG


def _header_text(refs: References, scalars: _Scalars) -> str | None:
    """The comment, schema and article, as ruamel writes them; None when unsure of a value."""
    art = refs.article
    fields: list[tuple[str, Any]] = [("title", art.title), ("authors", art.authors),
                                     ("publication", art.publication), ("date", art.date), ("source", art.source)]
    if art.date_inferred:
        fields += [(name, getattr(art, name)) for name in _INFERRED_FIELDS]
    try:
        lines = [f"# {line}\n" for line in _HEADER.splitlines()]
        lines += [f"schema:{scalars.block(refs.schema)}\n", "article:\n"]
        for name, value in fields:
            text = scalars.flow(value) if name == "authors" else scalars.block(value)
            lines.append(f"  {name}:{text}\n")
        return "".join(lines)
    except _Unsure:
        return None


def _note_text(note: Note, scalars: _Scalars) -> str | None:
    """One note's lines as ruamel writes them inside `notes:`; None when unsure of a value."""
    try:
        lines = [
            f"  - number:{scalars.block(note.number)}\n",
            f"    text:{scalars.block(note.text)}\n",
            f"    context:{scalars.block(note.context)}\n",
        ]
        if not note.citations:
            lines.append("    citations: []\n")
            return "".join(lines)
        lines.append("    citations:\n")
        for c in note.citations:
            prefix = "      - "
            for name, value in _citation_items(c, note.text):
                text = scalars.flow(c.authors) if name == "authors" else scalars.block(value)
                lines.append(f"{prefix}{name}:{text}\n")
                prefix = "        "
            if prefix == "      - ":
                raise _Unsure  # a citation without fields
        return "".join(lines)
    except _Unsure:
        return None


def _seq(items: tuple[str, ...]) -> CommentedSeq:
    # ruamel writes '? x' or ': x' plain in a flow list, where it reads back as a mapping.
    s = CommentedSeq(SingleQuotedScalarString(x) if x[:1] in ("?", ":") else x for x in items)
    s.fa.set_flow_style()  # authors: [A, B] reads better than a block list
    return s


def _yaml() -> YAML:
    y = YAML(typ="rt")
    y.width = 1_000_000  # never fold: a URL split over two lines is a trap for editors
    y.indent(mapping=2, sequence=4, offset=2)
    y.allow_unicode = True
    return y


# ----------------------------------------------------------------------------- load


def load(path: str | os.PathLike[str]) -> References:
    name = os.fspath(path)
    data = read_bounded(name, limit=MAX_REFERENCES_BYTES, error=ReferencesError, what="a references file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ReferencesError("not UTF-8 text", path=name, line=line) from None
    return loads(text, source=name)


def loads(text: str, *, source: str | None = None) -> References:
    # Fast path: ruamel's C parser's events, built into one note at a time (_EventReader): the
    # whole tree of a 20,000-note file took 7 s and ~370 MB. What it does not handle (anchors,
    # tags, directives, duplicate keys …) goes to the safe loader's whole tree; a file that
    # fails validation is read again in round-trip mode, whose nodes carry `.lc.line`, so
    # every error message is the one the round-trip reading gives.
    try:
        return _EventReader(text, source).document()
    except (ReferencesError, YAMLError):
        return _load_with_lines(text, source)  # the tree readers fail on it too
    except Exception:  # _Unsupported, or hostile input upsetting the reader: the tree readers judge it
        return _tree_loads(text, source=source)


def _tree_loads(text: str, *, source: str | None) -> References:
    try:
        with _FAST_LOCK:  # one loader, reused: building a YAML() per call costs more than the load
            fast = _FAST.load(text)
        return _Reader(source).document(fast)
    except (ReferencesError, YAMLError):
        pass
    except Exception:  # hostile input can upset the loader in other ways: the slow path reports it
        pass
    return _load_with_lines(text, source)


class _Unsupported(Exception):
    """YAML the event reader leaves to the tree loaders."""


_SCALAR_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in ("int", "float", "bool", "null", "timestamp"))


class _EventReader:
    """Reads references.yaml from the C parser's events, validating each note as it completes
    and keeping only its record; the values are what ruamel's safe loader gives (its resolver,
    its SafeConstructor), so _Reader sees the same data either way."""

    def __init__(self, text: str, source: str | None) -> None:
        self._events = CParser(text)
        self._resolver = VersionedResolver()
        self._constructor = SafeConstructor(loader=self)  # it asks self._resolver for the YAML version
        self._reader = _Reader(source)

    def document(self) -> References:
        self._expect(StreamStartEvent)
        start = self._expect(DocumentStartEvent)
        if start.version is not None or start.tags:
            raise _Unsupported  # %YAML / %TAG directives change how scalars resolve
        self._collection(self._expect(MappingStartEvent))
        top: dict[str, Any] = {}
        notes: list[Note] | None = None
        while type(event := self._events.get_event()) is not MappingEndEvent:
            key = self._key(event)
            if key in top:
                raise _Unsupported  # the safe loader's duplicate-key error
            event = self._events.get_event()
            if key == "notes" and type(event) is SequenceStartEvent:
                self._collection(event)
                notes = []
                while type(item := self._events.get_event()) is not SequenceEndEvent:
                    notes.append(self._reader.note([self._value(item)], 0))
                top[key] = []  # validated above, note by note
            else:
                top[key] = self._value(event)
        self._expect(DocumentEndEvent)
        self._expect(StreamEndEvent)  # a second document: the safe loader's error
        if notes is None:
            raise _Unsupported
        return dataclasses.replace(self._reader.document(top), notes=tuple(notes))

    def _expect(self, kind: type) -> Any:
        event = self._events.get_event()
        if type(event) is not kind:
            raise _Unsupported
        return event

    @staticmethod
    def _collection(event: Any) -> None:
        if event.anchor is not None or event.tag is not None:
            raise _Unsupported

    def _key(self, event: Any) -> str:
        if type(event) is not ScalarEvent:
            raise _Unsupported
        key = self._scalar(event)
        if type(key) is not str:
            raise _Unsupported
        return key

    def _value(self, event: Any) -> Any:
        kind = type(event)
        if kind is ScalarEvent:
            return self._scalar(event)
        if kind is SequenceStartEvent:
            self._collection(event)
            items = []
            while type(item := self._events.get_event()) is not SequenceEndEvent:
                items.append(self._value(item))
            return items
        if kind is MappingStartEvent:
            self._collection(event)
            mapping: dict[str, Any] = {}
            while type(item := self._events.get_event()) is not MappingEndEvent:
                key = self._key(item)
                if key in mapping:
                    raise _Unsupported  # the safe loader's duplicate-key error
                mapping[key] = self._value(self._events.get_event())
            return mapping
        raise _Unsupported  # an alias

    def _scalar(self, event: Any) -> Any:
        if event.anchor is not None or event.tag is not None:
            raise _Unsupported
        tag = _plain_tag(event.value) if event.implicit[0] else _STR_TAG
        if tag == _STR_TAG:
            return event.value
        if tag not in _SCALAR_TAGS:
            raise _Unsupported  # '<<' merge keys and the like
        node = ScalarNode(tag, event.value, style=event.style)
        return self._constructor.yaml_constructors[tag](self._constructor, node)


def _load_with_lines(text: str, source: str | None) -> References:
    try:
        doc = YAML(typ="rt").load(text)
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ReferencesError(f"bad YAML: {problem}", path=source, line=mark.line + 1 if mark else None) from None
    except Exception as exc:  # ruamel raises a few non-YAMLError types on hostile input
        raise ReferencesError(f"bad YAML: {type(exc).__name__}", path=source) from None
    return _Reader(source).document(doc)


class _Reader:
    """Validates the loaded tree, raising ReferencesError with the offending line."""

    def __init__(self, source: str | None) -> None:
        self.source = source

    def fail(self, message: str, line: int | None) -> ReferencesError:
        return ReferencesError(message, path=self.source, line=line)

    @staticmethod
    def line(node: Any, key: Any = None) -> int | None:
        lc: Any = getattr(node, "lc", None)  # only round-trip nodes know their lines
        if lc is None:
            return None
        try:
            if key is None:
                return int(lc.line) + 1
            if isinstance(node, list):
                return int(lc.item(key)[0]) + 1
            return int(lc.key(key)[0]) + 1
        except (AttributeError, KeyError, IndexError, TypeError):
            return None

    def mapping(self, node: Any, what: str, parent: Any, key: Any) -> dict:
        if not isinstance(node, dict):
            raise self.fail(f"{what} must be a mapping", self.line(parent, key))
        return node

    def document(self, doc: Any) -> References:
        if doc is None:
            raise self.fail("file is empty", 1)
        if not isinstance(doc, dict):
            raise self.fail("top level must be a mapping with schema, article and notes", 1)
        for key in doc:
            if key not in ("schema", "article", "notes", "warnings"):
                raise self.fail(f"unknown top-level field {key!r}", self.line(doc, key))
        if "schema" not in doc:
            raise self.fail(f"missing 'schema: {SCHEMA_VERSION}' (see {SCHEMA_DOC})", self.line(doc))
        if doc["schema"] != SCHEMA_VERSION or isinstance(doc["schema"], bool):
            raise self.fail(
                f"schema {doc['schema']!r} is not supported (this version reads schema {SCHEMA_VERSION})",
                self.line(doc, "schema"),
            )
        for key in ("article", "notes"):
            if key not in doc:
                raise self.fail(f"missing field {key!r}", self.line(doc))
        article = self.article(self.mapping(doc["article"], "article", doc, "article"))
        notes_node = doc["notes"]
        if not isinstance(notes_node, list):
            raise self.fail("notes must be a list", self.line(doc, "notes"))
        notes = tuple(self.note(notes_node, i) for i in range(len(notes_node)))
        warnings: tuple[str, ...] = ()
        if "warnings" in doc:
            w = doc["warnings"]
            if w is not None and (not isinstance(w, list) or not all(isinstance(x, str) for x in w)):
                raise self.fail("warnings must be a list of text", self.line(doc, "warnings"))
            warnings = tuple(w or ())
        return References(article=article, notes=notes, schema=SCHEMA_VERSION, warnings=warnings)

    def article(self, m: dict) -> Article:
        for key in m:
            if key not in _ARTICLE_FIELDS:
                raise self.fail(f"article: unknown field {key!r}", self.line(m, key))
        values: dict[str, Any] = {}
        for key in ("title", "publication", "source"):
            values[key] = self.text(m, key, "article")
        values["authors"] = self.names(m, "authors", "article")
        values["date"] = self.iso(m, "date", "article")
        values.update(_load_inferred_date(self, m))
        return Article(**values)

    def note(self, seq: list, i: int) -> Note:
        m = self.mapping(seq[i], f"notes[{i}]", seq, i)
        for key in m:
            if key not in _NOTE_FIELDS:
                raise self.fail(f"note: unknown field {key!r}", self.line(m, key))
        for key in ("number", "text", "citations"):
            if key not in m:
                raise self.fail(f"note is missing field {key!r}", self.line(m))
        number = m["number"]
        if not isinstance(number, int) or isinstance(number, bool):
            raise self.fail(f"note number must be a whole number, not {number!r}", self.line(m, "number"))
        text = self.text(m, "text", f"note {number}")
        if text is None:
            raise self.fail(f"note {number}: text must not be empty", self.line(m, "text"))
        cits = m["citations"]
        if cits is None:
            cits = []
        if not isinstance(cits, list):
            raise self.fail(f"note {number}: citations must be a list", self.line(m, "citations"))
        citations = tuple(self.citation(cits, k, number, text) for k in range(len(cits)))
        return Note(number=number, text=text, context=self.text(m, "context", f"note {number}"), citations=citations)

    def citation(self, seq: list, k: int, number: int, note_text: str) -> Citation:
        where = f"note {number}, citation {k + 1}"
        m = self.mapping(seq[k], where, seq, k)
        for key in m:
            if key not in _CITATION_ORDER:
                raise self.fail(f"{where}: unknown field {key!r}", self.line(m, key))
        for key in REQUIRED_CITATION_FIELDS:
            if key not in m:
                raise self.fail(f"{where}: missing field {key!r}", self.line(m))
        values: dict[str, Any] = {"index": k}
        kind = m["kind"]
        try:
            values["kind"] = CitationKind(kind if kind is not None else "unknown")
        except ValueError:
            allowed = ", ".join(k.value for k in CitationKind)
            raise self.fail(f"{where}: kind {kind!r} is not one of {allowed}", self.line(m, "kind")) from None
        values["authors"] = self.names(m, "authors", where)
        for key in _TEXT_FIELDS:
            values[key] = self.text(m, key, where)
        if values["raw"] is None:
            values["raw"] = note_text  # omitted when the citation is the whole note
        for key in _DATE_FIELDS:
            values[key] = self.iso(m, key, where)
        for key in _BOOL_FIELDS:
            v = m.get(key, False)
            if v is None:
                v = False
            if not isinstance(v, bool):
                raise self.fail(f"{where}: {key} must be true or false, not {v!r}", self.line(m, key))
            values[key] = v
        ref = m.get("refers_to")
        if ref is not None and (not isinstance(ref, int) or isinstance(ref, bool)):
            raise self.fail(f"{where}: refers_to must be a note number, not {ref!r}", self.line(m, "refers_to"))
        values["refers_to"] = ref
        return Citation(**values)

    def text(self, m: dict, key: str, where: str) -> str | None:
        v = m.get(key)
        if v is None:
            return None
        if isinstance(v, bool) or not isinstance(v, str | int | float | dt.date):
            raise self.fail(f"{where}: {key} must be text, not {type(v).__name__}", self.line(m, key))
        if isinstance(v, dt.date):
            return v.isoformat()
        return str(v)

    def names(self, m: dict, key: str, where: str) -> tuple[str, ...]:
        v = m.get(key)
        if v is None:
            return ()
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            raise self.fail(f"{where}: {key} must be a list of names, e.g. [Jane Doe]", self.line(m, key))
        return tuple(v)

    def iso(self, m: dict, key: str, where: str) -> str | None:
        v = m.get(key)
        if v is None:
            return None
        if isinstance(v, dt.datetime):
            v = v.date()
        if isinstance(v, dt.date):
            return v.isoformat()
        if isinstance(v, int) and not isinstance(v, bool):
            v = str(v)
        if not isinstance(v, str) or not _ISO.match(v):
            raise self.fail(
                f"{where}: {key} must be an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), not {v!r}", self.line(m, key)
            )
        return v


# ----------------------------------------------------------------------------- save / merge


def save(refs: References, path: str | os.PathLike[str], *, force: bool = False) -> list[str]:
    """Write refs to path; onto an existing file, merge (see the module docstring)."""
    target = Path(path)
    existed = target.exists()
    if force or not existed:
        _write_atomic(target, _dump_parts(refs))
        verb = "overwrote" if existed else "wrote"
        count = f"{len(refs.notes)} note" + ("" if len(refs.notes) == 1 else "s")
        return [f"{verb} {count} to {target}"]
    existing = load(target)  # unreadable file: raise, never overwrite it
    merged, messages = merge(existing, refs)
    _write_atomic(target, _dump_parts(merged))
    return messages


def merge(existing: References, new: References) -> tuple[References, list[str]]:
    messages: list[str] = []
    by_key: dict[tuple[int, str], Note] = {}
    by_number: dict[int, list[Note]] = {}
    for note in existing.notes:
        by_key.setdefault((note.number, _norm(note.text)), note)
        by_number.setdefault(note.number, []).append(note)
    used: set[int] = set()  # id() of existing notes taken
    notes: list[Note] = []
    kept = 0
    for note in new.notes:
        old = by_key.get((note.number, _norm(note.text)))
        if old is not None and id(old) not in used:
            used.add(id(old))
            if old != note:
                kept += 1
                messages.append(f"note {note.number}: text unchanged; kept the file's version with its edits")
            notes.append(old)
            continue
        candidates = [n for n in by_number.get(note.number, []) if id(n) not in used]
        if candidates:
            old = candidates[0]
            used.add(id(old))
            merged_note, carried = _carry_edits(old, note)
            extra = f" (kept {', '.join(carried)})" if carried else ""
            messages.append(f"note {note.number}: text changed; took the new parse{extra}")
            notes.append(merged_note)
            continue
        if existing.notes:
            messages.append(f"note {note.number}: new note added")
        notes.append(note)
    for old in existing.notes:
        if id(old) not in used:
            messages.append(f"note {old.number}: no longer in the article; removed from the file")
    article = new.article
    for name in ("title", "authors", "publication", "date"):
        old_value, new_value = getattr(existing.article, name), getattr(new.article, name)
        if old_value and old_value != new_value:
            article = dataclasses.replace(article, **{name: old_value})
            messages.append(f"article {name}: kept the file's value {old_value!r} (parse gave {new_value!r})")
    summary = f"merged {len(new.notes)} notes: {len(new.notes) - kept} as parsed, {kept} with edits kept"
    merged = References(article=article, notes=tuple(notes), schema=SCHEMA_VERSION, warnings=new.warnings)
    return merged, [summary, *messages]


def _carry_edits(old: Note, new: Note) -> tuple[Note, list[str]]:
    carried: list[str] = []
    by_url = {c.url: c for c in old.citations if c.url}
    citations: list[Citation] = []
    for c in new.citations:
        before = by_url.get(c.url) if c.url else (old.citations[c.index] if c.index < len(old.citations) else None)
        if before is None:
            citations.append(c)
            continue
        changes: dict[str, Any] = {}
        if before.ignore and not c.ignore:
            changes["ignore"] = True
            carried.append(f"ignore: true on citation {c.index + 1}")
        if before.accessed and not c.accessed:
            changes["accessed"] = before.accessed
            carried.append(f"accessed: {before.accessed} on citation {c.index + 1}")
        citations.append(dataclasses.replace(c, **changes) if changes else c)
    return dataclasses.replace(new, citations=tuple(citations)), carried


def _norm(text: str) -> str:
    return " ".join(text.split())


def _write_atomic(target: Path, parts: Iterator[str]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.writelines(parts)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
