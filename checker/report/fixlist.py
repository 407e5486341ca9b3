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
import itertools
from collections.abc import Iterable, Iterator
from typing import TextIO

from checker.models import ArchiveStatus, Capture, CitationResult, Note, Run, Verdict
from checker.report import summary
from checker.report.streaming import Scratch, render_alone, write_alone
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


def _grouped(run: Run) -> Iterator[tuple[Note, list[tuple[CitationResult, summary.Facts]]]]:
    """Each note with a source to fix and those of its results, whether or not they come one after another."""
    order: dict[Note, list[tuple[CitationResult, summary.Facts]]] = {}
    for r in run.results:
        if needs_fix(r):
            order.setdefault(r.note, []).append((r, summary.facts(r)))
    yield from order.items()


_HEAD = ("Notes to republish. Each keeps the URL as cited and adds the archived copy of the cited "
         "version; where none exists, the source needs a replacement.")


def render(run: Run) -> str:
    return render_alone(Writer(run), run)


def write(run: Run, out: TextIO) -> None:
    write_alone(Writer(run), run, out)


class Writer:
    """The fix list, fed one result at a time (checker.report.streaming). Each note's entry is
    written once its last result is met, so one note's results are held at a time, when a note's
    results come one after another (as a checked article's do). When they do not (a run put
    together by hand), the notes are grouped in a walk of their own at the end."""

    def __init__(self, run: Run) -> None:
        self._run = run
        self._entries = Scratch()
        self._any_entry = False
        self._invalid: list[CitationResult] = []
        self._note: Note | None = None  # the note being held, and its results to fix
        self._held: list[tuple[CitationResult, summary.Facts]] = []
        self._closed: set[Note] = set()
        self._contiguous = True

    def add(self, r: CitationResult, facts: summary.Facts) -> None:
        if r.link is not None and r.link.verdict is Verdict.INVALID:
            self._invalid.append(r)
        if not needs_fix(r):
            return
        self._any_entry = True
        if not self._contiguous:
            return
        note = r.note
        if self._note is not None and note is not self._note and note != self._note:
            self._closed.add(self._note)
            self._write_held()
        if note in self._closed:
            self._contiguous = False
            self._held = []
            return
        self._note = note
        self._held.append((r, facts))

    def _write_held(self) -> None:
        assert self._note is not None
        for line in _entry(self._note, self._held):
            self._entries.write("\n" + line)
        self._held = []

    def finish(self, counts: summary.Counts, out: TextIO) -> None:
        run = self._run
        a = run.article
        out.write("\n".join([f"# Fix list: {md(a.title or a.source or 'article')}", "", _HEAD, ""]))
        lines: Iterable[str]
        if run.network_down:
            lines = ["> **The network was unavailable: nothing was verified, so nothing is listed.**", ""]
        elif not self._any_entry and not self._invalid:
            lines = ["Nothing to fix: no cited source is dead or replaced.", ""]
        elif not self._any_entry:
            lines = _invalid_section(self._invalid)
        else:
            if self._contiguous:
                self._write_held()
                self._entries.copy_to(out)
                lines = []
            else:
                lines = (line for note, results in _grouped(run) for line in _entry(note, results))
            lines = itertools.chain(lines, _invalid_section(self._invalid))
        for line in lines:
            out.write("\n" + line)
        self._entries.close()


def _entry(note: Note, results: list[tuple[CitationResult, summary.Facts]]) -> list[str]:
    """One note's entry: the note as it should be republished, and what was found."""
    out = [f"## Note {note.number}", ""]
    new_text = note.text
    details: list[str] = []
    for r, facts in results:
        url = r.citation.url or (r.link.url if r.link else "")
        what = (r.link.verdict.value if summary.is_dead(r) and r.link else "replaced")
        details.append(
            f"- Citation {r.citation.index + 1}, {md_link(url, url)}: **{md(what)}**: {md(facts.reason)}"
        )
        best = facts.best
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
    return out


def _invalid_section(invalid: list[CitationResult]) -> list[str]:
    if not invalid:
        return []
    lines = ["## URLs that cannot be checked", ""]
    for r in invalid:
        url = r.link.url if r.link else (r.citation.url or "")
        lines.append(f"- Note {r.note.number}, citation {r.citation.index + 1}, {md(summary.one_line(url))}: "
                     f"**invalid**: {md(summary.reason(r))}; correct or remove the URL")
    return [*lines, ""]
