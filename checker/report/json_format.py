"""The JSON report: the serialized run (checker.serialize) plus a summary and, per result,
the derived fields every report shows (problem, reason, best archive link).

Versioned by `schema_version`; the schema is checker/report/schema.json. Readers must
ignore keys they do not know: fields are added without a version bump, and the version
changes only when a key is renamed, removed or changes meaning.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
from array import array
from importlib import resources
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any, TextIO

from checker.models import Citation, CitationResult, LinkCheck, Note, Run
from checker.report import summary
from checker.report.json_records import Unusual, fields_text, fields_text_given, prepare_fields, value_text
from checker.report.streaming import Scratch, render_alone, write_alone
from checker.serialize import SCHEMA_VERSION, result_fields_to_dict, run_to_dict, to_plain, written_fields


def to_data(run: Run) -> dict[str, Any]:
    data = run_to_dict(run)
    for item, r in zip(data["results"], run.results, strict=True):
        best = summary.best_capture(r)
        item["problem"] = summary.is_problem(r)
        item["rank"] = summary.rank(r).name.lower()
        item["reason"] = summary.reason(r)
        item["best_archive_url"] = best.archive_url if best else None
    data["urls"] = _urls(data, run)
    data["summary"] = _summary(run)
    return data


def _summary(run: Run, c: summary.Counts | None = None) -> dict[str, Any]:
    c = c or summary.counts(run)
    return {
        "citations": c.citations,
        "with_url": c.with_url,
        "problems": c.problems,
        "dead": c.dead,
        "unarchived": c.unarchived,
        "verdicts": dict(c.verdicts),
        "drift": dict(c.drift),
        "archive": dict(c.archive),
        "severities": dict(c.severities),
        "findings": dict(c.findings),
    }


def _urls(data: dict[str, Any], run: Run) -> list[dict[str, Any]]:
    """Per distinct URL, as a link checker reports it: the verdict and evidence, and who cites it."""
    urls: dict[str, dict[str, Any]] = {}
    for item, r in zip(data["results"], run.results, strict=True):
        if r.link is None:
            continue
        entry = urls.setdefault(r.link.url, {"url": r.link.url, "notes": [], **item["link"]})
        if r.note.number not in entry["notes"]:
            entry["notes"].append(r.note.number)
    return list(urls.values())


def prepare() -> None:
    """Make the functions that write a run's records (json_records), as `Writer` will ask for them."""
    prepare_fields(Note, given=("citations",))
    prepare_fields(CitationResult, _NOT_NOTE, ("citation",))
    prepare_fields(CitationResult, _NOT_NOTE, ("citation", "link"))


def render(run: Run) -> str:
    return render_alone(Writer(run), run)


def write(run: Run, out: TextIO) -> None:
    """The report as `json.dumps(to_data(run), ensure_ascii=False, indent=2)` writes it, byte for byte."""
    write_alone(Writer(run), run, out)


class Writer:
    """`write`, fed one result at a time (checker.report.streaming): byte for byte the whole
    document dumped, but never held as dicts or as one string (that was the peak of a 2,000-URL
    run, +47 MB over the checks themselves). The notes, results and URLs are rendered as they
    are met, onto scratch files, and put together at the end."""

    def __init__(self, run: Run) -> None:
        self._run = run
        self._notes, self._results, self._urls = Scratch(), Scratch(), Scratch()
        # Each note met so far, by number and a digest of its text, and its index in `notes`.
        self._note_refs: dict[int, list[tuple[bytes, int]]] = {}
        self._note_count = 0
        self._note: Note | None = None  # the last result's note and its index: most results share it
        self._note_ref = -1
        # The last note's citations as a result shows them: a note and its results show the same citations.
        self._citations: list[tuple[Citation, str]] = []
        self._url_notes: dict[str, list[int]] = {}  # each URL in the order first cited, and its notes
        self._url_lengths = array("q")  # the length of each URL's entry (but its notes) in `_urls`
        self._result_count = 0

    def add(self, r: CitationResult, facts: summary.Facts) -> None:
        note = r.note
        if note is not self._note:
            self._note = note
            self._note_ref = self._ref(note)
        link = r.link
        try:
            citation = self._citation_text(r.citation)
            link_fields = "" if link is None else fields_text(link, _IN_ITEM)
            given = {"citation": citation}
            if link is not None:
                given["link"] = ("{" + _IN_ITEM + "  " + link_fields.replace("\n", "\n  ") + _IN_ITEM + "}"
                                 if link_fields else "{}")
            text = _result_text(r, self._note_ref, facts, given)
        except Unusual:  # a value json itself must write
            link_fields = None
            text = _dumps_at(_result_item(r, self._note_ref, facts), 2)
        self._results.write(_LIST_SEPARATORS[self._result_count > 0] + text)
        self._result_count += 1
        if link is None:
            return
        numbers = self._url_notes.get(link.url)
        if numbers is None:
            # The entry is {"url", "notes", **the link}: written now but for its notes, which
            # are known only at the end. The link's own "url" keeps the first place.
            self._url_notes[link.url] = [note.number]
            rest = _link_rest_text(link, link_fields)
            self._urls.write(rest)
            self._url_lengths.append(len(rest))
        elif note.number not in numbers:
            numbers.append(note.number)

    def _ref(self, note: Note) -> int:
        """The note's index in `notes`; a note met for the first time is written there.

        Notes are told apart by number, then by a digest of their text: equal notes recur under
        one number only when an article numbers two alike, and keeping the notes themselves to
        compare held every note of the article for the whole walk (~30 MB at 20,000 notes)."""
        try:
            citations = [(c, value_text(c, _IN_ITEM)) for c in note.citations]
            shown = ("[" + _IN_ITEM + "  " + ("," + _IN_ITEM + "  ").join(text.replace("\n", "\n  ")
                                                                          for _, text in citations)
                     + _IN_ITEM + "]") if citations else "[]"
            text = "{" + _IN_ITEM + fields_text_given(note, _IN_ITEM, {"citations": shown}) + _ITEM + "}"
        except Unusual:
            citations = []
            text = _dumps_at(to_plain(note), 2)
        self._citations = citations
        digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        same_number = self._note_refs.setdefault(note.number, [])
        for known, ref in same_number:
            if known == digest:
                return ref
        ref = self._note_count
        self._note_count += 1
        same_number.append((digest, ref))
        self._notes.write(_LIST_SEPARATORS[ref > 0] + text)
        return ref

    def _citation_text(self, citation: Citation) -> str:
        for known, text in self._citations:
            if known is citation:
                return text
        return value_text(citation, _IN_ITEM)

    def finish(self, counts: summary.Counts, out: TextIO) -> None:
        run = self._run
        out.write(f'{{\n  "schema_version": {SCHEMA_VERSION}')
        for f in dataclasses.fields(Run):
            if f.name == "results":
                out.write(',\n  "notes": ')
                _copy_list(self._notes, self._note_count > 0, out)
                out.write(',\n  "results": ')
                _copy_list(self._results, self._result_count > 0, out)
            else:
                out.write(f",\n  {encode_basestring(f.name)}: {_dumps_at(to_plain(getattr(run, f.name)), 1)}")
        out.write(',\n  "urls": ')
        self._write_urls(out)
        out.write(f',\n  "summary": {_dumps_at(_summary(run, counts), 1)}\n}}\n')
        for scratch in (self._notes, self._results, self._urls):
            scratch.close()

    def _write_urls(self, out: TextIO) -> None:
        if not self._url_notes:
            out.write("[]")
            return
        self._urls.rewind()
        pieces: list[str] = []
        for i, (url, numbers) in enumerate(self._url_notes.items()):
            rest = self._urls.read(self._url_lengths[i])
            head = f'{{{_IN_ITEM}"url": {encode_basestring(url)},{_IN_ITEM}"notes": {value_text(numbers, _IN_ITEM)}'
            pieces.append(_LIST_SEPARATORS[i > 0] + head + rest)
            if len(pieces) >= 256:
                out.write("".join(pieces))
                pieces.clear()
        out.write("".join(pieces) + "\n  ]")


_LIST_SEPARATORS = ("[\n    ", ",\n    ")  # before the first item of a list at depth 1, before the others
_ITEM = "\n    "  # the line an item of a list at depth 1 starts and ends on
_IN_ITEM = "\n      "  # the lines of its fields
_NOT_NOTE = frozenset({"note"})


def _result_text(r: CitationResult, note_ref: int, facts: summary.Facts, given: dict[str, str]) -> str:
    """One item of `results` as `_dumps_at(_result_item(...), 2)` writes it; `given`: fields rendered already."""
    fields = fields_text_given(r, _IN_ITEM, given, _NOT_NOTE)
    tail = (f'"problem": {"true" if facts.problem else "false"},{_IN_ITEM}'
            f'"rank": {encode_basestring(facts.rank.name.lower())},{_IN_ITEM}'
            f'"reason": {value_text(facts.reason, _IN_ITEM)},{_IN_ITEM}'
            f'"best_archive_url": {"null" if facts.best is None else value_text(facts.best.archive_url, _IN_ITEM)}')
    return (f'{{{_IN_ITEM}"note_number": {value_text(r.note.number, _IN_ITEM)},{_IN_ITEM}'
            f'"note_ref": {note_ref},{_IN_ITEM}{fields + "," + _IN_ITEM if fields else ""}{tail}{_ITEM}}}')


def _result_item(r: CitationResult, note_ref: int, facts: summary.Facts) -> dict[str, Any]:
    return {"note_number": r.note.number, "note_ref": note_ref, **result_fields_to_dict(r),
            "problem": facts.problem, "rank": facts.rank.name.lower(), "reason": facts.reason,
            "best_archive_url": facts.best.archive_url if facts.best else None}


_LINK_URL_FIRST = written_fields(LinkCheck)[:1] == ("url",)


def _link_rest_text(link: LinkCheck, fields: str | None) -> str:
    """What follows the "notes" of the link's entry in `urls`: its other fields and the closing
    brace. `fields`: all of the link's fields at this depth, when rendered already."""
    if fields is not None and _LINK_URL_FIRST:
        # The url's line is the first; a JSON string has no line break, so the first ",\n" ends it.
        _, _, others = fields.partition("," + _IN_ITEM)
        return ("," + _IN_ITEM + others if others else "") + _ITEM + "}"
    rest = _dumps_at({k: v for k, v in to_plain(link).items() if k != "url"}, 2)
    return "," + rest[1:] if rest != "{}" else _ITEM + "}"


def _copy_list(items: Scratch, any_item: bool, out: TextIO) -> None:
    if any_item:
        items.copy_to(out)
        out.write("\n  ]")
    else:
        out.write("[]")


def _dumps_at(value: Any, depth: int) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)` with every line after the first
    indented `depth` levels more, byte for byte. json's indenting encoder is its slow pure
    Python one (a generator per token); this one writes each value straight into a list
    of parts: measured 2026-12-04, the 2,000-URL report 0.53 s -> 0.2 s."""
    parts: list[str] = []
    try:
        _emit(value, "\n" + "  " * depth, parts)
    except _Unusual:  # a key or value JSON's own rules must decide: let json write it
        return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * depth)
    return "".join(parts)


class _Unusual(Exception):
    pass


def _emit(value: Any, newline: str, parts: list[str]) -> None:
    if isinstance(value, str):
        parts.append(encode_basestring(value))
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif isinstance(value, int):
        parts.append(int.__repr__(value))
    elif isinstance(value, float):
        if value != value or value in (math.inf, -math.inf):
            raise _Unusual
        parts.append(float.__repr__(value))
    elif isinstance(value, dict):
        if not value:
            parts.append("{}")
            return
        inner = newline + "  "
        separator = "{" + inner
        for key, item in value.items():
            if not isinstance(key, str):
                raise _Unusual
            # Most values are strings, null or integers: written here, without a call each.
            kind = type(item)
            if kind is str:
                parts.append(f"{separator}{encode_basestring(key)}: {encode_basestring(item)}")
            elif item is None:
                parts.append(f"{separator}{encode_basestring(key)}: null")
            elif kind is int:
                parts.append(f"{separator}{encode_basestring(key)}: {int.__repr__(item)}")
            else:
                parts.append(f"{separator}{encode_basestring(key)}: ")
                _emit(item, inner, parts)
            separator = "," + inner
        parts.append(newline + "}")
    elif isinstance(value, list | tuple):
        if not value:
            parts.append("[]")
            return
        inner = newline + "  "
        separator = "[" + inner
        for item in value:
            if type(item) is str:
                parts.append(separator + encode_basestring(item))
            else:
                parts.append(separator)
                _emit(item, inner, parts)
            separator = "," + inner
        parts.append(newline + "]")
    else:
        raise _Unusual


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) the output follows."""
    text = resources.files("checker.report").joinpath("schema.json").read_text(encoding="utf-8")
    return json.loads(text)
