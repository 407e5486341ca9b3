"""A Markdown summary fit for a CI job summary ($GITHUB_STEP_SUMMARY): counts, then problems.

Kept short on purpose: a job summary is read at a glance, the HTML report has the detail.
GitHub caps a step summary at 1 MiB, so the problem list is capped too.
"""

from __future__ import annotations

import heapq

from checker.article_date import describe_inferred
from checker.models import Run
from checker.report import summary
from checker.report.text import md, md_link

MAX_PROBLEMS = 200


def render(run: Run) -> str:
    c = summary.counts(run)
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
        out += ["| Citation finding | Count |", "| --- | ---: |", *(f"| {md(k)} | {n} |" for k, n in c.findings), ""]
    # The most urgent MAX_PROBLEMS only, as sorted(...)[:MAX_PROBLEMS] would give them, and a
    # count of the rest: not every problem of a long run held at once.
    problems = heapq.nsmallest(MAX_PROBLEMS, (r for r in run.results if summary.is_problem(r)),
                               key=summary.severity_order)
    if not problems:
        out += ["No problems found.", ""]
        return "\n".join(out)
    out += ["## Problems", "", "| Note | Source | Verdict | Change | Archived copy | Reason |",
            "| ---: | --- | --- | --- | --- | --- |"]
    for r in problems[:MAX_PROBLEMS]:
        best = summary.best_capture(r)
        archive = md_link(best.date_iso, best.archive_url) if best else md(summary.archive_label(r))
        change = r.comparison.drift.value if r.comparison else ""
        out.append(
            f"| {r.note.number}.{r.citation.index + 1} | {md_link(summary.source_label(r, 80), r.citation.url)} "
            f"| {md(summary.verdict_label(r))} | {md(change)} | {archive} | {md(summary.reason(r), 160)} |"
        )
    if c.problems > MAX_PROBLEMS:
        out.append(f"\n…and {c.problems - MAX_PROBLEMS} more: see the HTML or JSON report.")
    out.append("")
    return "\n".join(out)
