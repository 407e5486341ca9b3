"""Run <-> plain dict (JSON-ready), so a stored run can be re-rendered without the network.

The conversion is driven by the dataclass type hints in `checker.models`, so a field
added there is serialized without touching this module. Two choices on purpose:

- Page bodies (`LinkCheck.page`) are dropped: they are bounded but still up to
  megabytes of hostile bytes per URL, and no report needs them.
- Notes are written once, in `notes`, and each result points at its note by index
  (`note_ref`), because every citation of a note would otherwise repeat the whole
  note with all its citations. `note_number` is repeated per result for readers.

Everything else round-trips exactly: `run_from_dict(run_to_dict(run)) == run`.
"""

from __future__ import annotations

import dataclasses
import io
import json
import types
import typing
from collections.abc import Iterator
from enum import Enum
from typing import Any

from checker import models
from checker.errors import ReportError
from checker.models import CitationResult, Note, Run

SCHEMA_VERSION = 1

# Fields never written: see the module docstring.
_DROPPED = {(models.LinkCheck, "page")}


def run_to_dict(run: Run) -> dict[str, Any]:
    """The run as JSON-ready data (str, int, float, bool, None, list, dict only)."""
    notes: list[Note] = []
    note_index: dict[Note, int] = {}
    results = []
    for r in run.results:
        if r.note not in note_index:
            note_index[r.note] = len(notes)
            notes.append(r.note)
        results.append({"note_number": r.note.number, "note_ref": note_index[r.note], **result_fields_to_dict(r)})
    out: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    for f in dataclasses.fields(Run):
        if f.name == "results":
            out["notes"] = [_to_plain(n) for n in notes]
            out["results"] = results
        else:
            out[f.name] = _to_plain(getattr(run, f.name))
    return out


def run_to_json(run: Run) -> str:
    """`json.dumps(run_to_dict(run))`, byte for byte, built one result at a time: the whole run
    as nested dicts is several times the size of its JSON text."""
    note_index: dict[Note, int] = {}
    for r in run.results:
        note_index.setdefault(r.note, len(note_index))
    out = io.StringIO()
    out.write(f'{{"schema_version": {SCHEMA_VERSION}')
    for f in dataclasses.fields(Run):
        if f.name == "results":
            _write_json_list(out, "notes", (_to_plain(n) for n in note_index))
            _write_json_list(out, "results", ({"note_number": r.note.number, "note_ref": note_index[r.note],
                                               **result_fields_to_dict(r)} for r in run.results))
        else:
            out.write(f", {json.dumps(f.name)}: {json.dumps(_to_plain(getattr(run, f.name)))}")
    out.write("}")
    return out.getvalue()


def run_in_rows(run: Run) -> tuple[dict[str, Any], Iterator[str], Iterator[str]]:
    """The run as the history store keeps it, a row at a time: `run_to_dict(run)` without its
    `notes` and `results`, then the JSON text of each note and of each result, in order (each
    made only when it is read). Putting the two lists back gives `run_to_dict(run)`."""
    note_index: dict[Note, int] = {}
    for r in run.results:
        note_index.setdefault(r.note, len(note_index))
    notes = (note_row(n) for n in note_index)
    results = (result_row(r, note_index[r.note]) for r in run.results)
    return run_header(run), notes, results


def run_header(run: Run) -> dict[str, Any]:
    """`run_to_dict(run)` without its `notes` and `results` (which the store keeps a row each)."""
    header: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    for f in dataclasses.fields(Run):
        if f.name != "results":
            header[f.name] = _to_plain(getattr(run, f.name))
    return header


def note_row(note: Note) -> str:
    """One entry of `notes` as the store keeps it."""
    return json.dumps(_to_plain(note))


def result_row(result: CitationResult, note_ref: int) -> str:
    """One entry of `results` as the store keeps it (its note referred to as `note_ref`)."""
    return json.dumps({"note_number": result.note.number, "note_ref": note_ref, **result_fields_to_dict(result)})


def _write_json_list(out: io.StringIO, key: str, items: Iterator[Any]) -> None:
    out.write(f", {json.dumps(key)}: [")
    for i, item in enumerate(items):
        out.write(", " if i else "")
        out.write(json.dumps(item))
    out.write("]")


def result_fields_to_dict(result: CitationResult) -> dict[str, Any]:
    """One result's fields as `run_to_dict` writes them (its note is referred to, not repeated)."""
    return {f.name: _to_plain(getattr(result, f.name)) for f in dataclasses.fields(CitationResult) if f.name != "note"}


def to_plain(value: Any) -> Any:
    """A record (dataclass, enum, tuple, scalar) as JSON-ready data, as `run_to_dict` writes it."""
    return _to_plain(value)


def written_fields(kind: type) -> tuple[str, ...]:
    """The fields of a record type that `to_plain` writes, in its order."""
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(kind) if (kind, f.name) not in _DROPPED)
    return names


def run_from_dict(d: dict[str, Any]) -> Run:
    """Inverse of `run_to_dict`; raises ReportError when the data is not a run we wrote."""
    if not isinstance(d, dict):
        raise ReportError("stored run is not a JSON object")
    version = d.get("schema_version")
    if version != SCHEMA_VERSION:
        raise ReportError(f"stored run has schema_version {version!r}; this version reads {SCHEMA_VERSION}")
    try:
        notes = [_from_plain(Note, n) for n in d["notes"]]
        results = []
        for item in d["results"]:
            kwargs = {
                f.name: _from_plain(_hints(CitationResult)[f.name], item.get(f.name))
                for f in dataclasses.fields(CitationResult)
                if f.name != "note" and f.name in item
            }
            results.append(CitationResult(note=notes[item["note_ref"]], **kwargs))
        kwargs = {
            f.name: _from_plain(_hints(Run)[f.name], d[f.name])
            for f in dataclasses.fields(Run)
            if f.name != "results" and f.name in d
        }
        return Run(results=tuple(results), **kwargs)
    except (KeyError, IndexError, TypeError, ValueError) as e:
        raise ReportError(f"stored run is malformed: {type(e).__name__}: {e}") from e


def result_to_dict(result: CitationResult) -> dict[str, Any]:
    """What was found for one citation (its note and citation left out: the input has them)."""
    return {f.name: _to_plain(getattr(result, f.name)) for f in dataclasses.fields(CitationResult)
            if f.name not in ("note", "citation")}


def result_from_row(note: Note, citation: models.Citation, row: dict[str, Any]) -> CitationResult:
    """Inverse of `result_row` given the note and citation (the input has them); raises
    ReportError when the row is not a result we wrote."""
    return result_from_dict(note, citation, {k: v for k, v in row.items()
                                             if k not in ("note_number", "note_ref", "citation")})


def result_from_dict(note: Note, citation: models.Citation, d: dict[str, Any]) -> CitationResult:
    """Inverse of `result_to_dict`; raises ReportError when the data is not a result we wrote."""
    try:
        kwargs = {name: _from_plain(_hints(CitationResult)[name], d[name]) for name in d}
        return CitationResult(note=note, citation=citation, **kwargs)
    except (KeyError, IndexError, TypeError, ValueError) as e:
        raise ReportError(f"stored result is malformed: {type(e).__name__}: {e}") from e


# --------------------------------------------------------------------------- generic


_SCALARS = (str, int, float, bool)
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}  # per dataclass, the fields written


def _to_plain(value: Any) -> Any:
    # Called for every field of every result several times a run (history, progress, report):
    # exact types first, and each dataclass's field names looked up once.
    kind = type(value)
    if value is None or kind in _SCALARS:
        return value
    if isinstance(value, Enum):
        return value.value
    names = _FIELD_NAMES.get(kind)
    if names is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = written_fields(kind)
    if names is not None:
        plain = {}
        for name in names:  # most fields are scalars or None: kept without a call each
            field = getattr(value, name)
            plain[name] = field if field is None or type(field) in _SCALARS else _to_plain(field)
        return plain
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, tuple | list):
        return [_to_plain(v) for v in value]
    raise TypeError(f"cannot serialize {type(value).__name__}")


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls, vars(models))
    return _HINTS[cls]


def _from_plain(tp: Any, value: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        if value is None:
            if type(None) in args:
                return None
            raise ValueError(f"null where {tp} is required")
        non_none = [a for a in args if a is not type(None)]
        return _from_plain(non_none[0], value)
    if origin is tuple:
        args = typing.get_args(tp)
        if not isinstance(value, list):
            raise TypeError(f"expected a list for {tp}, got {type(value).__name__}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_from_plain(args[0], v) for v in value)
        if len(args) != len(value):
            raise ValueError(f"expected {len(args)} items for {tp}, got {len(value)}")
        return tuple(_from_plain(a, v) for a, v in zip(args, value, strict=True))
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(value)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if not isinstance(value, dict):
            raise TypeError(f"expected an object for {tp.__name__}, got {type(value).__name__}")
        hints = _hints(tp)
        return tp(
            **{
                f.name: _from_plain(hints[f.name], value[f.name])
                for f in dataclasses.fields(tp)
                if f.name in value and (tp, f.name) not in _DROPPED
            }
        )
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"expected a number, got {type(value).__name__}")
        return float(value)
    if tp in (int, str, bool):
        if not isinstance(value, tp) or (tp is int and isinstance(value, bool)):
            raise TypeError(f"expected {tp.__name__}, got {type(value).__name__}")
        return value
    raise TypeError(f"cannot deserialize into {tp}")
