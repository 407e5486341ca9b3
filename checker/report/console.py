"""The console: progress bars during a run, then a summary a person can act on.

Rich honours NO_COLOR and non-terminals when the Console is built with defaults; the CLI
builds it (quiet → PhaseProgress(enabled=False) and no summary beyond the essentials).
"""

from __future__ import annotations

import heapq
import threading
from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.style import Style
from rich.table import Table
from rich.text import Text

from checker.article_date import describe_inferred
from checker.models import CitationResult, References, Run
from checker.report import summary

_RANK_STYLE = {
    summary.Rank.DEAD_UNARCHIVED: "bold red",
    summary.Rank.DEAD_ARCHIVED: "red",
    summary.Rank.REPLACED: "magenta",
    summary.Rank.ERROR: "magenta",
    summary.Rank.INVALID: "yellow",
    summary.Rank.WARNING: "yellow",
    summary.Rank.EDITED: "cyan",
    summary.Rank.BLOCKED: "blue",
    summary.Rank.INFO: "dim",
    summary.Rank.NONE: "green",
}


class PhaseProgress:
    """One progress bar per phase (resolve, archive, compare) with counts and ETA.

    `advance` is called from worker threads; rich's Progress has its own lock, but the
    phase -> task map is ours, so it is guarded too. Disabled (enabled=False, or the
    console is not a terminal) it prints nothing at all and every call is a no-op, so the
    pipeline never has to ask."""

    def __init__(self, console: Console, *, enabled: bool = True) -> None:
        self.enabled = enabled and console.is_terminal
        self._lock = threading.Lock()
        self._tasks: dict[str, TaskID] = {}
        self._progress: Progress | None = None
        if self.enabled:
            self._progress = Progress(
                TextColumn("[bold]{task.description:<8}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=console,
                transient=False,
            )

    def __enter__(self) -> PhaseProgress:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._progress is not None:
            self._progress.stop()

    def start(self, phase: str, total: int) -> None:
        if self._progress is None:
            return
        with self._lock:
            if phase in self._tasks:  # counted before its total was known (notes still being read)
                self._progress.update(self._tasks[phase], total=total)
            else:
                self._tasks[phase] = self._progress.add_task(phase, total=total)

    def advance(self, phase: str, n: int = 1) -> None:
        if self._progress is None:
            return
        with self._lock:
            task = self._tasks.get(phase)
            if task is None:  # advance before start: count it rather than lose it
                task = self._tasks[phase] = self._progress.add_task(phase, total=None)
            self._progress.advance(task, n)

    def finish(self, phase: str) -> None:
        """The phase is over: the bar ends full at the count actually done (items may be skipped)."""
        if self._progress is None:
            return
        with self._lock:
            task = self._tasks.get(phase)
            if task is not None:
                done = self._progress.tasks[task].completed
                self._progress.update(task, total=done, completed=done)

    def completed(self, phase: str) -> int:
        """How many items were counted for a phase (0 when disabled)."""
        if self._progress is None:
            return 0
        with self._lock:
            task = self._tasks.get(phase)
            return 0 if task is None else int(self._progress.tasks[task].completed)


MAX_CONSOLE_PROBLEMS = 50


def print_summary(run: Run, console: Console, *, show_all: bool = False) -> None:
    """Counts by verdict, drift and findings; then the problem references (all with show_all),
    most urgent first; then run notices, in plain words."""
    c = summary.counts(run)
    title = run.article.title or run.article.source or "article"
    console.print(Text(f"Citation check: {summary.one_line(title)}", style="bold"))
    console.print(f"{c.citations} citations, {c.with_url} with a URL, {c.problems} to look at, "
                  f"{c.dead} dead, {c.unarchived} dead with no archived copy")
    console.print(_counts_line("verdicts", c.verdicts))
    console.print(_counts_line("changes", c.drift))
    if c.findings:
        console.print(_counts_line("findings", c.findings))
    if show_all:
        rows, more = summary.by_severity(list(run.results)), 0
    else:
        # A console is read, not searched: the most urgent screenful, and the rest in the reports.
        rows = heapq.nsmallest(MAX_CONSOLE_PROBLEMS, (r for r in run.results if summary.is_problem(r)),
                               key=summary.severity_order)
        more = max(0, c.problems - len(rows))
    if rows:
        console.print(_table(rows, "All references" if show_all else "References to look at", console.width))
    if more:
        console.print(Text(f"… and {more} more to look at: every one is in the HTML and JSON "
                           "reports (or list them here with --all)", style="bold"))
    elif run.network_down:
        console.print(Text("Nothing could be verified: the network was unavailable.", style="bold yellow"))
    elif not show_all:
        console.print(Text("Nothing to act on.", style="green"))
    for notice in run.notices:
        console.print(Text(summary.one_line(notice), style="bold yellow"))


def _counts_line(label: str, pairs: tuple[tuple[str, int], ...]) -> Text:
    shown = ", ".join(f"{k} {n}" for k, n in pairs if n)
    return Text(f"  {label}: {shown or 'none'}")


def _table(rows: list[CitationResult], title: str, width: int) -> Table:
    # Narrow consoles (80 columns, CI logs) get truncated cells, one or two lines per row; the
    # archive link stays clickable through OSC 8 and is written in full in every report file.
    wide = width >= 150
    t = Table(title=title, title_justify="left", show_lines=False, expand=False)
    t.add_column("Note", justify="right", no_wrap=True)
    t.add_column("Cited source", overflow="fold", max_width=48 if wide else 24)
    t.add_column("Verdict", no_wrap=True)
    t.add_column("Archived copy", overflow="fold", max_width=40 if wide else 26)
    t.add_column("Reason", overflow="fold", max_width=60)
    for r in rows:
        best = summary.best_capture(r)
        verdict = summary.verdict_label(r)
        if r.comparison is not None and r.comparison.drift.value in ("edited", "replaced"):
            verdict += f" / {r.comparison.drift.value}"
        if best is not None:
            shown = best.archive_url if wide else summary.one_line(best.archive_url, 44)
            # Style(link=...) is clickable in terminals that support OSC 8 and plain text elsewhere.
            archive = Text(shown, style=Style(link=best.archive_url))
        else:
            archive = Text(summary.archive_label(r))
        # Text objects, never markup strings: cited and fetched text is hostile ("[bold]" etc.).
        t.add_row(
            f"{r.note.number}.{r.citation.index + 1}",
            Text(summary.source_label(r, 60 if wide else 40)),
            Text(verdict, style=_RANK_STYLE[summary.rank(r)]),
            archive,
            Text(summary.one_line(summary.reason(r), 120 if wide else 70)),
        )
    return t


def print_references(refs: References, console: Console) -> None:
    """The `show` command: one row per citation with its parsed fields and back-reference.
    Wide consoles get one column per field; narrow ones (under 140 columns) a compact table
    whose URL cell is the host and path, truncated, so it is never folded mid-host."""
    title = Text(summary.one_line(refs.article.title or refs.article.source or "references"), style="bold")
    console.print(title)
    inferred = describe_inferred(refs.article)
    if inferred:
        console.print(Text(summary.one_line(inferred)))
    wide = console.width >= 140
    t = Table(title_justify="left")
    t.add_column("Note", justify="right", no_wrap=True, min_width=4)
    t.add_column("Kind", no_wrap=True, min_width=7)
    if wide:
        for name, width in (("Authors", 24), ("Title", 40), ("Container", 24)):
            t.add_column(name, max_width=width)
        t.add_column("Date", no_wrap=True)
        t.add_column("URL", overflow="fold", max_width=40)
    else:
        t.add_column("Source", overflow="fold", min_width=20)
        t.add_column("URL", no_wrap=True, overflow="ellipsis", max_width=max(16, console.width // 4))
    t.add_column("Refers to", no_wrap=True, min_width=10)
    for note, c in refs.citations():
        number = f"{note.number}.{c.index + 1}" if len(note.citations) > 1 else str(note.number)
        if wide:
            fields = [Text(summary.one_line("; ".join(c.authors))), Text(summary.one_line(c.title, 80)),
                      Text(summary.one_line(c.container, 40)), Text(summary.one_line(c.date_iso or c.date)),
                      Text(summary.one_line(c.url))]
        else:
            parts = ["; ".join(c.authors), f"“{c.title}”" if c.title else "", c.container or "",
                     c.date_iso or c.date or ""]
            source = ", ".join(p for p in parts if p) or ("" if c.ibid else c.raw)
            fields = [Text(summary.one_line(source, 120)), Text(_short_url(c.url))]
        t.add_row(number, c.kind.value, *fields, Text(back_reference(c)))
    console.print(t)
    for w in refs.warnings:
        console.print(Text(f"warning: {summary.one_line(w)}", style="yellow"))


def _short_url(url: str | None) -> str:
    """'http://www.theguardian.com/world/…' -> 'theguardian.com/world/…' (display only)."""
    s = summary.one_line(url)
    for prefix in ("https://", "http://"):
        if s.lower().startswith(prefix):
            s = s[len(prefix):]
            break
    return s[4:] if s.lower().startswith("www.") else s


def back_reference(c: object) -> str:
    """'Ibid. → 14', 'short → 13', 'Ibid. → ?' when unresolved, '' otherwise."""
    from checker.models import Citation

    assert isinstance(c, Citation)
    target = "?" if c.unresolved or c.refers_to is None else str(c.refers_to)
    if c.ibid:
        return f"Ibid. → {target}"
    if c.short_form:
        return f"short → {target}"
    return ""
