"""The republication-ready fix list (fixes.md): for editors, not for CI.

For every citation whose source is dead (Verdict.is_dead) or replaced (drift "replaced"),
the note as it should be republished: the original URL is KEPT (it is what the author
cited, and it may come back) and an archive link is added after it, "archived at <URL> on
<date>", pointing at the cited version (the capture closest to when it was cited). A Robust
Links snippet (Memento project) carries both addresses for HTML publishing. Where the
archive holds no usable copy, the note says so: "no archived copy: find a replacement".
Citation URLs that were never opened because they are malformed or use a scheme that
cannot be checked (`javascript:`, `file:`, `mailto:`...) are listed last: a reader cannot
follow them either.

The archived copy is the cited version when it is a 2xx capture, else the last capture
seen alive (summary.best_capture); when that is outside the citation's date window the
entry says how far, because the copy may differ from what was cited.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from typing import TextIO

from checker.models import ArchiveStatus, Capture, CitationResult, Note, Run, Verdict
from checker.report import summary
from checker.report.text import fence, md, md_link


def needs_fix(r: CitationResult) -> bool:
    return summary.is_dead(r) or summary.is_replaced(r)


def archived_citation(raw: str, capture: Capture) -> str:
    """The citation with ", archived at <URL> on <Month D, YYYY>" added before its final period."""
    text = raw.rstrip()
    end = ""
    while text and text[-1] in ".;,":
        end = end or (text[-1] if text[-1] != "," else ".")
        text = text[:-1].rstrip()
    return f"{text}, archived at {capture.archive_url} on {summary.long_date(capture.date_iso)}{end or '.'}"


def robust_link(original: str, capture: Capture, label: str) -> str:
    """<a href=ORIGINAL data-originalurl=ORIGINAL data-versionurl=ARCHIVE data-versiondate=YYYY-MM-DD>."""
    q = lambda s: html.escape(s, quote=True)  # noqa: E731
    return (f'<a href="{q(original)}" data-originalurl="{q(original)}" data-versionurl="{q(capture.archive_url)}" '
            f'data-versiondate="{capture.date_iso}">{html.escape(label)}</a>')


def _indent(block: str) -> str:
    return "\n".join("    " + line for line in block.split("\n"))


def _survey(run: Run) -> tuple[bool, list[CitationResult], bool]:
    """In one walk over the results: whether any needs a fix, the invalid ones, and whether each
    note's results that need a fix come one after another (so `_by_note` holds one note's at a time)."""
    any_entry, contiguous = False, True
    invalid: list[CitationResult] = []
    closed: set[Note] = set()
    current: Note | None = None
    for r in run.results:
        if r.link is not None and r.link.verdict is Verdict.INVALID:
            invalid.append(r)
        if needs_fix(r):
            any_entry = True
            if r.note in closed:
                contiguous = False
            if current is not None and r.note != current:
                closed.add(current)
            current = r.note
    return any_entry, invalid, contiguous


def _by_note(run: Run, *, contiguous: bool) -> Iterator[tuple[Note, list[CitationResult]]]:
    """Each note with a source to fix, and those of its results, in the article's order. When a
    note's results come one after another, one note's are held at a time (a run's results may be
    read back one at a time: pipeline.PackedResults); a note whose results do not (a run put
    together by hand) is grouped as a whole instead."""
    if not contiguous:
        yield from _grouped(run)
        return
    note: Note | None = None
    held: list[CitationResult] = []
    for r in run.results:
        if not needs_fix(r):
            continue
        if note is not None and r.note != note:
            yield note, held
            held = []
        note = r.note
        held.append(r)
    if note is not None:
        yield note, held


def _grouped(run: Run) -> Iterator[tuple[Note, list[CitationResult]]]:
    order: dict[Note, list[CitationResult]] = {}
    for r in run.results:
        if needs_fix(r):
            order.setdefault(r.note, []).append(r)
    yield from order.items()


def render(run: Run) -> str:
    return "\n".join(_lines(run))


def write(run: Run, out: TextIO) -> None:
    """`render(run)` onto `out`, a note at a time."""
    for i, line in enumerate(_lines(run)):
        out.write("\n" + line if i else line)


def _lines(run: Run) -> Iterator[str]:
    a = run.article
    yield from [f"# Fix list: {md(a.title or a.source or 'article')}", "",
                "Notes to republish. Each keeps the URL as cited and adds the archived copy of the cited "
                "version; where none exists, the source needs a replacement.", ""]
    if run.network_down:
        yield from ["> **The network was unavailable: nothing was verified, so nothing is listed.**", ""]
        return
    any_entry, invalid, contiguous = _survey(run)
    if not any_entry and not invalid:
        yield from ["Nothing to fix: no cited source is dead or replaced.", ""]
        return
    if not any_entry:
        yield from _invalid_section(invalid)
        return
    for note, results in _by_note(run, contiguous=contiguous):
        out = [f"## Note {note.number}", ""]
        new_text = note.text
        details: list[str] = []
        for r in results:
            url = r.citation.url or (r.link.url if r.link else "")
            what = (r.link.verdict.value if summary.is_dead(r) and r.link else "replaced")
            details.append(
                f"- Citation {r.citation.index + 1}, {md_link(url, url)}: **{md(what)}**: {md(summary.reason(r))}"
            )
            best = summary.best_capture(r)
            if best is None:
                if r.archive is not None and r.archive.status is ArchiveStatus.LOOKUP_FAILED:
                    details.append("  - the archive could not be asked: re-run the check before republishing")
                else:
                    details.append("  - **no archived copy: find a replacement**")
                continue
            if r.citation.raw and r.citation.raw in new_text:
                new_text = new_text.replace(r.citation.raw, archived_citation(r.citation.raw, best), 1)
            else:  # the note text was edited apart from the citation: give the citation alone
                details.append("  - republish the citation as:")
                details.append(_indent(fence(summary.one_line(archived_citation(r.citation.raw, best)), "text")))
            arc = r.archive
            if arc is not None and arc.cited is not best:
                details.append(f"  - note: the archived copy is from {best.date_iso}, the last capture seen "
                               "alive, not the cited version; check it says what was cited")
            elif arc is not None and arc.status is ArchiveStatus.NO_CAPTURE_IN_WINDOW and arc.distance_days:
                details.append(f"  - note: the nearest capture is {arc.distance_days} days outside the cited "
                               "window; check it says what was cited")
            label = summary.one_line(r.citation.title or url)
            details.append("  - Robust Link:")
            details.append(_indent(fence(robust_link(url, best, label), "html")))
        if new_text != note.text:
            # A code block: copied as is, nothing escaped, nothing rendered.
            out += ["Republish as:", "", fence(f"{note.number}. {summary.one_line(new_text)}", "text"), ""]
        out += [*details, ""]
        yield from out
    yield from _invalid_section(invalid)


def _invalid_section(invalid: list[CitationResult]) -> list[str]:
    if not invalid:
        return []
    lines = ["## URLs that cannot be checked", ""]
    for r in invalid:
        url = r.link.url if r.link else (r.citation.url or "")
        lines.append(f"- Note {r.note.number}, citation {r.citation.index + 1}, {md(summary.one_line(url))}: "
                     f"**invalid**: {md(summary.reason(r))}; correct or remove the URL")
    return [*lines, ""]
