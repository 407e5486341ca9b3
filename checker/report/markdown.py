"""A Markdown summary fit for a CI job summary ($GITHUB_STEP_SUMMARY): counts, then problems.

Kept short on purpose: a job summary is read at a glance, the HTML report has the detail.
GitHub caps a step summary at 1 MiB, so the problem list is capped too.
"""

from __future__ import annotations

import heapq
from typing import TextIO

from checker.article_date import describe_inferred
from checker.models import CitationResult, Run
from checker.report import summary
from checker.report.streaming import render_alone
from checker.report.text import md, md_link

MAX_PROBLEMS = 200


def render(run: Run) -> str:
    return render_alone(Writer(run), run)


class Writer:
    """`render`, fed one result at a time (checker.report.streaming). Only the most urgent
    MAX_PROBLEMS are held, as sorted(problems, key=severity_order)[:MAX_PROBLEMS] would give
    them: not every problem of a long run at once."""

    def __init__(self, run: Run) -> None:
        self._run = run
        # The worst kept problem at the root: the order turned around, ties broken by arrival
        # (a later one of equal severity is the one dropped, as a stable sort would).
        self._kept: list[tuple[int, int, int, int, CitationResult, summary.Facts]] = []
        self._seen = 0

    def add(self, r: CitationResult, facts: summary.Facts) -> None:
        if not facts.problem:
            return
        self._seen += 1
        entry = (facts.rank, -r.note.number, -r.citation.index, -self._seen, r, facts)
        if len(self._kept) < MAX_PROBLEMS:
            heapq.heappush(self._kept, entry)
        elif entry[:4] > self._kept[0][:4]:
            heapq.heapreplace(self._kept, entry)

    def finish(self, c: summary.Counts, out: TextIO) -> None:
        out.write("\n".join(self._lines(c)))

    def _lines(self, c: summary.Counts) -> list[str]:
        run = self._run
        a = run.article
        out: list[str] = [f"# Citation check: {md(a.title or a.source or 'article')}", ""]
        meta = [x for x in (", ".join(a.authors), a.publication, a.date or describe_inferred(a)) if x]
        if meta:
            out += [md(" · ".join(meta)), ""]
        out += [f"Checked {run.started_at} to {run.finished_at} with cite-checker {md(run.tool_version)}.", ""]
        for notice in run.notices:
            out += [f"> **Notice:** {md(notice)}", ""]
        out += [
            f"**{c.citations}** citations, **{c.with_url}** with a URL: "
            f"**{c.problems}** to look at, **{c.dead}** dead, **{c.unarchived}** dead with no archived copy.",
            "",
            "| Verdict | Count |",
            "| --- | ---: |",
            *(f"| {md(k)} | {n} |" for k, n in c.verdicts if n),
            "",
            "| Change since cited | Count |",
            "| --- | ---: |",
            *(f"| {md(k)} | {n} |" for k, n in c.drift if n),
            "",
        ]
        if c.findings:
            out += ["| Citation finding | Count |", "| --- | ---: |", *(f"| {md(k)} | {n} |" for k, n in c.findings),
                    ""]
        if not self._kept:
            out += ["No problems found.", ""]
            return out
        out += ["## Problems", "", "| Note | Source | Verdict | Change | Archived copy | Reason |",
                "| ---: | --- | --- | --- | --- | --- |"]
        for *_, r, facts in sorted(self._kept, reverse=True):
            best = facts.best
            archive = md_link(best.date_iso, best.archive_url) if best else md(summary.archive_label(r))
            change = r.comparison.drift.value if r.comparison else ""
            out.append(
                f"| {r.note.number}.{r.citation.index + 1} | {md_link(summary.source_label(r, 80), r.citation.url)} "
                f"| {md(summary.verdict_label(r))} | {md(change)} | {archive} | {md(facts.reason, 160)} |"
            )
        if c.problems > MAX_PROBLEMS:
            out.append(f"\n…and {c.problems - MAX_PROBLEMS} more: see the HTML or JSON report.")
        out.append("")
        return out
