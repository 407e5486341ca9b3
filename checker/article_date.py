"""The earliest date an undated article can have, read from its own notes.

An article given as plain text, without a sidecar or --date, still says when it was
written at the latest: it cannot predate the newest date among its notes (a source's
date, an access date, the day a share fragment says the link was copied). That date
ends every citation's window, so the version chosen as "the one cited" is never a
capture made years after the article. It is recorded as `date_inferred` in
references.yaml, with the note it came from and the evidence, and printed by `show`.

A date after today (a misprint such as 2051) is no evidence and is skipped.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from checker.models import Article, References

_FIELDS = (
    ("accessed", "access date"),
    ("accessed_inferred", "share-fragment date"),
    ("date_iso", "source date"),
)


def infer_date(refs: References, *, today: date | None = None) -> tuple[str, int, str] | None:
    """(ISO date, note number, evidence) of the latest date among the notes, or None."""
    from checker.archive.choose import start_of  # the archive's reading of partial ISO dates

    limit = today or date.today()
    best: tuple[date, str, int, str] | None = None
    for note in refs.notes:
        for citation in note.citations:
            if citation.ignore:
                continue
            for field, label in _FIELDS:
                value = getattr(citation, field)
                if not value:
                    continue
                try:
                    day = start_of(value)
                except ValueError:
                    continue
                if day > limit:
                    continue
                if best is None or day > best[0]:
                    best = (day, value, note.number, f"{label}, the latest date among the notes")
    if best is None:
        return None
    return best[1], best[2], best[3]


def with_inferred_date(refs: References, *, today: date | None = None) -> References:
    """refs with article.date_inferred set when the article has no date (unchanged otherwise)."""
    article = refs.article
    if article.date or article.date_inferred:
        return refs
    found = infer_date(refs, today=today)
    if found is None:
        return refs
    iso, note, evidence = found
    inferred = dataclasses.replace(article, date_inferred=iso, date_inferred_note=note,
                                   date_inferred_evidence=evidence)
    return dataclasses.replace(refs, article=inferred)


def describe_inferred(article: Article) -> str | None:
    """ "date inferred from note 13 (2015-12-20: access date)" for report headers, or None."""
    if article.date or not article.date_inferred:
        return None
    where = f"note {article.date_inferred_note}" if article.date_inferred_note is not None else "the notes"
    evidence = article.date_inferred_evidence or "the latest date among the notes"
    return f"date inferred from {where}: {article.date_inferred} ({evidence})"


def effective_date(article: Article) -> str | None:
    """The date that ends citation windows: the article's own, else the inferred one."""
    return article.date or article.date_inferred
