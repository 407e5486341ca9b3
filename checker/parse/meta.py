"""Article metadata from a sidecar file: `<article without extension>.meta.yaml`.

    title: Sino-Russian Relations and the Failure of Russo-Japanese Relations
    authors: [Stephen Blank]
    publication: The Asan Forum
    date: "2015-12"        # ISO; may be partial ("2015-12", "2015")

A missing sidecar is not an error (the metadata stays empty); a malformed one is,
with its line number, because silently ignoring it would hide the typo.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from checker.errors import ParseError
from checker.models import Article

_ISO_PARTIAL = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_FIELDS = ("title", "authors", "publication", "date")
_MAX_SIDECAR_BYTES = 64 * 1024


def sidecar_path(article_path: str | os.PathLike[str]) -> Path:
    p = Path(article_path)
    return p.with_name(p.stem + ".meta.yaml") if p.suffix else p.with_name(p.name + ".meta.yaml")


def load_sidecar(article_path: str | os.PathLike[str]) -> Article:
    path = sidecar_path(article_path)
    source = os.fspath(article_path)
    if not path.is_file():
        return Article(source=source)
    name = os.fspath(path)
    if path.stat().st_size > _MAX_SIDECAR_BYTES:
        raise ParseError("article metadata file is too large", path=name)
    try:
        data = YAML(typ="rt").load(path.read_text(encoding="utf-8"))
    except (YAMLError, UnicodeDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise ParseError(f"article metadata: {problem}", path=name, line=line) from None
    if data is None:
        return Article(source=source)
    if not hasattr(data, "get"):
        raise ParseError("article metadata must be a mapping of title, authors, publication, date", path=name)

    def line_of(key: str) -> int | None:
        try:
            return int(data.lc.key(key)[0]) + 1
        except (AttributeError, KeyError, TypeError):
            return None

    for key in data:
        if key not in _FIELDS:
            raise ParseError(
                f"article metadata: unknown field {key!r} (expected one of {', '.join(_FIELDS)})",
                path=name,
                line=line_of(key),
            )
    authors = data.get("authors") or ()
    if isinstance(authors, str):
        authors = (authors,)
    if not all(isinstance(a, str) for a in authors):
        raise ParseError("article metadata: authors must be a list of names", path=name, line=line_of("authors"))
    date = data.get("date")
    if isinstance(date, dt.date):
        date = date.isoformat()
    elif date is not None:
        date = str(date)
        if not _ISO_PARTIAL.match(date):
            raise ParseError(
                f"article metadata: date {date!r} is not ISO (YYYY, YYYY-MM or YYYY-MM-DD)",
                path=name,
                line=line_of("date"),
            )
    for key in ("title", "publication"):
        if data.get(key) is not None and not isinstance(data.get(key), str):
            raise ParseError(f"article metadata: {key} must be text", path=name, line=line_of(key))
    return Article(
        title=data.get("title"), authors=tuple(str(a) for a in authors), publication=data.get("publication"),
        date=date, source=source,
    )  # fmt: skip
