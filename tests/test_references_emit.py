"""references.yaml: written by a small emitter that gives ruamel's bytes, read from parser events a note at a time."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from checker import references
from checker.models import Article, Citation, CitationKind, Note, References

ROOT = Path(__file__).resolve().parents[1]
# The committed seed file and every expected file of the parse corpus (tests/parse/corpus/SOURCES.md).
FILES = [ROOT / "references.yaml", *sorted((ROOT / "tests" / "parse" / "corpus").glob("*.yaml"))]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_real_files_are_written_byte_for_byte_as_before(path: Path) -> None:
    assert references.dumps(references.load(path)) == path.read_text(encoding="utf-8")


def test_the_emitter_writes_every_real_note_as_ruamel_does() -> None:
    yaml, scalars = references._yaml(), references._Scalars()
    for path in FILES:
        refs = references.load(path)
        assert references._header_text(refs, scalars) == references._dump_one(yaml, references._header_map(refs))
        for note in refs.notes:
            assert references._note_text(note, scalars) == references._ruamel_note(yaml, note), (path.name, note.number)


# Text that trips YAML: indicators, numbers, dates, booleans and nulls of YAML 1.1 and 1.2, quotes,
# ': ' and ' #', leading and trailing space, control and non-BMP characters.
TRICKY = st.sampled_from([
    "", " ", "-", "- x", "-x", "?", "? x", "?x", ":", ":x", "x:", "a: b", "a:b", "a #b", "a#b", "#x", "...", "...x",
    "---", "yes", "No", "null", "Null", "~", "true", "False", "on", "0", "012", "0x1F", "0o17", "1_000", "+1", "-1",
    "1.5", ".5", ".inf", "-.Inf", ".nan", "1e3", "2019", "2019-03-02", "2019-03", "2001-12-14t21:59:43.10-05:00",
    "12:30", "1:20:30", "=", "<<", "'", "''", '"', "it's", "'q'", '"q"', "[a]", "{a}", "a, b", "&a", "*a", "!x",
    "|", ">", "%x", "@x", "`x", "a\tb", "a\nb", "a\r\nb", "\x85", "\u2028", "\ufeff", "\xa0x", "\x00", "\x7f", "é",
    "日本", "😀", "\ud7ff", "\ue000", " x", "x ",
])  # fmt: skip
TEXT = st.one_of(TRICKY, st.text(max_size=30), st.lists(TRICKY, max_size=4).map(" ".join),
                 st.text(alphabet=st.sampled_from("ab 0-:#?'\".,[]{}\n\t~"), max_size=12))  # fmt: skip
NONEMPTY = TEXT.filter(lambda s: s.strip() != "")


def reference_with(text: str, title: str | None, authors: tuple[str, ...], pages: str | None) -> References:
    citation = Citation(index=0, raw=text + " cited", kind=CitationKind.NEWS, authors=authors, title=title,
                        container=title, date=pages, url=title, pages=pages, year=pages)  # fmt: skip
    note = Note(7, text, title, (citation,))
    return References(
        article=Article(title=title, authors=authors, publication=pages, date="2015-12", source="a.txt"),
        notes=(note, dataclasses.replace(note, number=8, citations=())),
    )


# ruamel single-quotes text whose only line breaks are \x85, \u2028 or \u2029, and reads it back
# with spaces; the emitter double-quotes and escapes them (test_any_text_reads_back_as_written).
RUAMEL_MISREADS = re.compile("[\x85\u2028\u2029]")


@settings(max_examples=300, deadline=None)
@given(text=NONEMPTY, title=st.none() | TEXT, authors=st.lists(TEXT, max_size=3).map(tuple), pages=st.none() | TEXT)
def test_the_emitter_writes_what_ruamel_writes(text, title, authors, pages) -> None:
    refs = reference_with(text, title, authors, pages)
    assume(not any(RUAMEL_MISREADS.search(v) for v in (text, title or "", pages or "", *authors)))
    # and quotes a name starting with '?' or ':' singly over several lines; the emitter escapes it.
    assume(not any(a[:1] in ("?", ":") and not references._SAFE.fullmatch(a) for a in authors))
    yaml, scalars = references._yaml(), references._Scalars()
    assert references._header_text(refs, scalars) == references._dump_one(yaml, references._header_map(refs))
    for note in refs.notes:
        assert references._note_text(note, scalars) == references._ruamel_note(yaml, note)


@settings(max_examples=300, deadline=None)
@given(text=NONEMPTY, title=st.none() | TEXT, authors=st.lists(TEXT, max_size=3).map(tuple), pages=st.none() | TEXT)
def test_any_text_reads_back_as_written(text, title, authors, pages) -> None:
    refs = reference_with(text, title, authors, pages)
    back = references.loads(references.dumps(refs))
    if pages == "":  # an empty optional field (year) is not written: it reads back unset
        refs = dataclasses.replace(refs, notes=tuple(
            dataclasses.replace(n, citations=tuple(dataclasses.replace(c, year=None) for c in n.citations))
            for n in refs.notes))  # fmt: skip
    assert back == refs


# ----------------------------------------------------------------------------- read


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_the_event_reader_reads_real_files_as_the_whole_tree_did(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert references._EventReader(text, None).document() == references._tree_loads(text, source=None)


def outcome(read, text: str) -> object:
    try:
        return read(text, source=None)
    except Exception as exc:  # the error itself is what is compared
        return f"{type(exc).__name__}: {exc}"


SMALL = references.dumps(reference_with("Text.", "A title", ("Jane Doe",), "12"))
# YAML the event reader leaves to the tree loaders, and errors: the result or message is the same.
ODD = [
    SMALL.replace("schema: 1", "%YAML 1.1\n---\nschema: 1"),
    SMALL.replace("  title: A title", "  title: &t A title", 1).replace("container: A title", "container: *t"),
    SMALL.replace("  publication: '12'", "  publication: !!str 12"),
    SMALL.replace("    text: Text.", "    text: Text.\n    text: Again."),
    SMALL.replace("    context: A title", "    <<: {context: A title}"),
    SMALL + "---\nschema: 1\n",
    SMALL + "notes: []\n",
    SMALL.replace("schema: 1", "schema: 1\nschema: 1"),
    SMALL.replace("number: 8", "number: eight"),
    SMALL.replace("  - number: 8", "  - ? [a]\n    : b\n    number: 8"),
    SMALL.replace("notes:", "notes: &n").replace("warnings", "w"),
    SMALL.replace("notes:\n", "notes: 3\nx:\n"),
    SMALL.replace("ibid: false", "ibid: yes", 1),
    SMALL.replace("schema: 1\n", ""),
    "notes: [",
    "[" * 5000,
    "",
]


@pytest.mark.parametrize("text", ODD)
def test_odd_yaml_reads_as_the_whole_tree_read_it(text: str) -> None:
    assert text != SMALL  # each edit took
    assert outcome(references.loads, text) == outcome(references._tree_loads, text)


EDITABLE = ["number: 7", "    text: Text.", "ibid: false", "refers_to:", "  date: 2015-12", "        year: '12'",
            "        authors: [Jane Doe]", "    citations: []", "schema: 1"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(line=st.sampled_from(EDITABLE), value=TEXT)
def test_any_hand_edit_reads_as_the_whole_tree_read_it(line: str, value: str) -> None:
    """An editor's value, valid or not, YAML or not: the same References or the same message."""
    key = line.split(":")[0]
    text = SMALL.replace(line, f"{key}: {value}", 1)
    assert outcome(references.loads, text) == outcome(references._tree_loads, text)
