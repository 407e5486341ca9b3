"""Records (the frozen dataclasses of checker.models) written straight as indented JSON text.

`fields_text(record, indent)` is, byte for byte, the lines between the braces of
`json.dumps(to_plain(record), ensure_ascii=False, indent=2)` indented by `indent`: the same
keys in the same order (checker.serialize decides which: every field but the dropped ones),
the same values. The JSON report writes every note, result and URL this way: building each
record as dicts (`to_plain`) and then walking the dicts (`json_format._dumps_at`) cost twice as
much as writing the text (measured 2026-12-04: 2,000 results, 86 ms -> 35 ms). Each record
type gets a function made from its fields on first use; a value it does not expect (a float
that is not finite) raises `Unusual`, and the caller lets json write that record instead.
"""

from __future__ import annotations

import dataclasses
import math
import typing
from collections.abc import Callable
from enum import Enum, StrEnum
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any

from checker.serialize import written_fields

FieldsText = Callable[[Any, str, dict[str, str] | None], str]

_FIELDS_TEXT: dict[tuple[type, frozenset[str], tuple[str, ...]], FieldsText] = {}  # by type, skipped, given


class Unusual(Exception):
    """A value whose JSON json itself must decide (NaN, infinities)."""


_ALL: frozenset[str] = frozenset()


def fields_text(record: Any, indent: str, skip: frozenset[str] = _ALL) -> str:
    """`record`'s fields (but `skip`) as `"name": value` lines joined by "," and `indent`
    (a newline and the lines' indentation); "" when it has no such field."""
    return fields_text_given(record, indent, {}, skip)


def fields_text_given(record: Any, indent: str, given: dict[str, str], skip: frozenset[str] = _ALL) -> str:
    """`fields_text(record, indent, skip)`, but the fields named in `given` written as the text
    given (already rendered for this indent: a record shown in several places is rendered once)."""
    names = tuple(given)
    writer = _FIELDS_TEXT.get((type(record), skip, names))
    if writer is None:
        writer = _writer(type(record), skip, names)
    return writer(record, indent, given)


def prepare_fields(kind: type, skip: frozenset[str] = _ALL, given: tuple[str, ...] = ()) -> None:
    """Make now the functions that write `kind` (as fields_text_given(skip, given) asks) and
    every record type its fields may hold (from its type hints), rather than when first asked."""
    if (kind, skip, given) not in _FIELDS_TEXT:
        _writer(kind, skip, given)
    seen: set[type] = set()
    todo = [kind]
    while todo:
        record = todo.pop()
        if record in seen:
            continue
        seen.add(record)
        if (record, _ALL, ()) not in _FIELDS_TEXT:
            _writer(record, _ALL, ())
        hints = typing.get_type_hints(record)
        for name in written_fields(record):
            todo.extend(t for t in _types_in(hints.get(name)) if dataclasses.is_dataclass(t))


def _types_in(hint: Any) -> list[type]:
    """The classes a type hint names (through unions, tuples and the like)."""
    if isinstance(hint, type):
        return [hint]
    return [t for arg in typing.get_args(hint) for t in _types_in(arg)]


def _writer(kind: type, skip: frozenset[str], given: tuple[str, ...]) -> FieldsText:
    writer = _FIELDS_TEXT[(kind, skip, given)] = _make_fields_writer(kind, skip, given)
    return writer


def value_text(value: Any, indent: str) -> str:
    """`value` (a field's value) as JSON, its inner lines indented one level more than `indent`,
    which is the newline and indentation of the line the value starts on."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)  # type: ignore[no-any-return]
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        if value != value or value in (math.inf, -math.inf):
            raise Unusual
        return float.__repr__(value)
    if kind is tuple:
        return _list_text(value, indent)
    writer = _FIELDS_TEXT.get((kind, _ALL, ()))
    if writer is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        writer = _writer(kind, _ALL, ())
    if writer is not None:
        inner = indent + "  "
        text = writer(value, inner, None)
        return "{" + inner + text + indent + "}" if text else "{}"
    if isinstance(value, Enum):  # to_plain writes an enum as its value
        return value_text(value.value, indent)
    if isinstance(value, str):
        return encode_basestring(value)  # type: ignore[no-any-return]
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return value_text(float(value), indent)
    if isinstance(value, tuple | list):
        return _list_text(value, indent)
    raise TypeError(f"cannot serialize {kind.__name__}")


def _list_text(items: tuple[Any, ...] | list[Any], indent: str) -> str:
    if not items:
        return "[]"
    inner = indent + "  "
    return "[" + inner + ("," + inner).join([encode_basestring(item) if type(item) is str else value_text(item, inner)
                                             for item in items]) + indent + "]"


def _make_fields_writer(kind: type, skip: frozenset[str], given: tuple[str, ...]) -> FieldsText:
    names = [name for name in written_fields(kind) if name not in skip]
    if not names:
        return lambda record, indent, given: ""
    # One f-string per record type: strings, None, booleans, integers, empty tuples, finite floats
    # and string enums, most fields' values, are written inline; anything else by value_text. The keys are
    # constants of the function, never spliced into its code.
    namespace: dict[str, Any] = {"_enc": encode_basestring, "_value": value_text, "_int": int.__repr__,
                                 "_float": float.__repr__, "_StrEnum": StrEnum}
    lines = []
    for k, name in enumerate(names):
        namespace[f"_key{k}"] = encode_basestring(name) + ": "
        if name in given:
            namespace[f"_name{k}"] = name
            lines.append(f"    v{k} = given[_name{k}]\n")
            continue
        lines.append(f"    x = record.{name}\n"
                     f"    v{k} = (_enc(x) if type(x) is str else 'null' if x is None else 'true' if x is True\n"
                     f"          else 'false' if x is False else _int(x) if type(x) is int else '[]' if x == ()\n"
                     f"          else _float(x) if type(x) is float and x - x == 0.0\n"  # not NaN nor infinite
                     f"          else _enc(x._value_) if isinstance(x, _StrEnum) else _value(x, indent))\n")
    text = ",{indent}".join(f"{{_key{k}}}{{v{k}}}" for k in range(len(names)))
    source = f"def fields_text(record, indent, given):\n{''.join(lines)}    return f'{text}'\n"
    exec(compile(source, f"<JSON fields of {kind.__name__}>", "exec"), namespace)  # source made above
    writer: FieldsText = namespace["fields_text"]
    return writer
