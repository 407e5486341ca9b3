"""The HTML audit report: one self-contained file (no CDN, no fonts, no network), readable
offline, on paper and on a phone.

Safety: every fetched or cited string is hostile. Jinja2 autoescape is on for the whole
template and no data is ever marked safe; URLs become href only when their scheme is
http(s) (`summary.is_http_url`), otherwise they are plain text; row data for the script
lives in data- attributes (escaped like any attribute), never inside <script>. The table's
rows are rendered by their own template (templates/row.html.j2, the same environment and
autoescape) as the run's results are walked, and put in the page as that template wrote them.
The only other markup marked safe is the CSS and JS shipped with the package, and the Content-Security-
Policy allows exactly those two blocks by their SHA-256 hashes: an injected script would
not run even if escaping failed.
"""

from __future__ import annotations

import base64
import hashlib
import io
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, TextIO

import jinja2
from markupsafe import Markup

from checker.models import Capture, CitationResult, Drift, Run, Severity, Verdict
from checker.report import summary
from checker.report.streaming import Scratch

# Verdict -> colour class (also used by the chart legend).
_VERDICT_CLASS = {
    Verdict.OK: "c-ok", Verdict.REDIRECTED: "c-info", Verdict.MOVED_TO_HOMEPAGE: "c-dead",
    Verdict.SOFT_404: "c-dead", Verdict.GONE: "c-dead", Verdict.SERVER_ERROR: "c-dead",
    Verdict.UNREACHABLE: "c-dead", Verdict.BLOCKED: "c-blocked", Verdict.INVALID: "c-warn",
    Verdict.NOT_CHECKED: "c-none",
}


@cache
def _asset(name: str) -> str:
    return resources.files("checker.report").joinpath("templates", name).read_text(encoding="utf-8")


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("checker.report", "templates"),
        autoescape=True,  # every {{ }} is escaped, whatever the file name
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.tests["http"] = summary.is_http_url
    env.filters["short"] = lambda text, limit=70: summary.one_line(text, limit)
    return env


@dataclass(frozen=True)
class ArchiveLink:
    label: str  # "cited version", "first", "latest", "saved"
    capture: Capture
    note: str = ""  # "12 days outside the window", "status 301"


@dataclass(frozen=True)
class Row:
    r: CitationResult
    anchor: str
    sort_note: int
    verdict: str
    verdict_class: str
    rank: int
    problem: bool
    drift: str
    finding_codes: str
    archive_links: tuple[ArchiveLink, ...]
    back_reference: str
    reason: str


def _row(r: CitationResult, facts: summary.Facts) -> Row:
    n, i = r.note.number, r.citation.index
    links: list[ArchiveLink] = []
    a = r.archive
    if a is not None:
        if a.cited is not None:
            extra = []
            if a.distance_days:
                extra.append(f"{a.distance_days} days outside the window")
            if a.cited.status is not None and not 200 <= a.cited.status < 300:
                extra.append(f"status {a.cited.status}")
            links.append(ArchiveLink("cited version", a.cited, ", ".join(extra)))
        for label, cap in (("first", a.first), ("latest", a.latest), ("last seen alive", a.last_ok),
                           ("saved", a.saved.capture if a.saved else None)):
            if cap is not None and all(cap != x.capture for x in links):
                links.append(ArchiveLink(label, cap))
    verdict = r.link.verdict.value if r.link is not None else "no_url"
    back = ""
    if r.citation.ibid or r.citation.short_form:
        target = "?" if r.citation.unresolved or r.citation.refers_to is None else str(r.citation.refers_to)
        back = f"{'Ibid.' if r.citation.ibid else 'short form'} → note {target}"
    return Row(
        r=r, anchor=f"note-{n}-{i + 1}", sort_note=n * 1000 + i, verdict=verdict,
        verdict_class=_VERDICT_CLASS.get(r.link.verdict, "c-none") if r.link else "c-none",
        rank=int(facts.rank), problem=facts.problem,
        drift=r.comparison.drift.value if r.comparison else "not_compared",
        finding_codes=" ".join(sorted({f.code for f in r.findings})),
        archive_links=tuple(links), back_reference=back, reason=facts.reason,
    )


class _Rows:
    """The table's rows as the page template writes them: rendered (`Writer.add`) as the results
    were walked, read back from their scratch file 64 KiB at a time. They are the row
    template's own output, escaped there, so they are marked safe as they are."""

    def __init__(self, rows: Scratch, count: int) -> None:
        self._rows = rows
        self._count = count

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Markup]:
        return (Markup(chunk) for chunk in self._rows.chunks())


def context(run: Run, c: summary.Counts, rows: _Rows) -> dict[str, Any]:
    # Cited year -> counts by status group, for the sources-by-age chart (URLs only).
    age = [(year, {f"c-{group}": n for group, n in groups}) for year, groups in c.by_year]
    css, js = _asset("report.css"), _asset("report.js")
    verdict_bars = [(k, n, _VERDICT_CLASS.get(Verdict(k), "c-none") if k != "no_url" else "c-none")
                    for k, n in c.verdicts if n]
    warn = sum(n for k, n in c.severities if k in (Severity.WARNING, Severity.ERROR))
    drifted = sum(n for k, n in c.drift if k in (Drift.EDITED, Drift.REPLACED))
    return {
        "run": run,
        "article": run.article,
        "counts": c,
        "rows": rows,
        "cards": [
            ("citations", c.citations, ""), ("with a URL", c.with_url, ""),
            ("to look at", c.problems, "warn" if c.problems else "good"),
            ("dead", c.dead, "bad" if c.dead else "good"),
            ("dead, no archived copy", c.unarchived, "bad" if c.unarchived else "good"),
            ("changed since cited", drifted, "warn" if drifted else "good"),
            ("citation findings", warn, "warn" if warn else "good"),
        ],
        "verdict_bars": verdict_bars,
        "verdict_max": max([n for _, n, _ in verdict_bars] or [1]),
        "age": age,
        "note_count": c.notes,
        "age_max": max([sum(g.values()) for _, g in age] or [1]),
        "verdicts_present": [k for k, n in c.verdicts if n],
        "drift_present": [k for k, n in c.drift if n],
        "finding_codes": [k for k, _ in c.findings],
        "css": Markup(css),  # shipped with the package, not data
        "js": Markup(js),  # shipped with the package, not data
        "csp": f"default-src 'none'; style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; img-src data:; "
               "base-uri 'none'; form-action 'none'",
        "Severity": Severity,
    }


_template_lock = threading.Lock()
_templates: list[jinja2.Template] = []


def template() -> jinja2.Template:
    """The report's template, compiled once per process (~30 ms: `prepare` does it during a run)."""
    with _template_lock:
        if not _templates:
            env = _environment()
            _templates.extend((env.get_template("report.html.j2"), env.get_template("row.html.j2")))
        return _templates[0]


def _row_macro() -> Any:
    template()
    return _templates[1].module.table_row  # type: ignore[attr-defined]


def prepare() -> None:
    """Compile the templates and read the assets now, so that writing the report later does not wait for them."""
    template()
    _asset("report.css")
    _asset("report.js")


def render(run: Run) -> str:
    out = io.StringIO()
    write(run, out)
    return out.getvalue()


def write(run: Run, out: TextIO) -> None:
    writer = Writer(run)
    for r in run.results:
        writer.add(r, summary.facts(r))
    writer.finish(summary.counts(run), out)


WRITE_CHUNKS = 512  # the page template yields many small pieces: written a few hundred at a time


class Writer:
    """The report, fed one result at a time (checker.report.streaming): each row rendered as its
    result is met, the page (whose head shows the counts) around them at the end."""

    def __init__(self, run: Run) -> None:
        self._run = run
        self._rows = Scratch()
        self._count = 0
        self._table_row = _row_macro()

    def add(self, r: CitationResult, facts: summary.Facts) -> None:
        self._rows.write(self._table_row(_row(r, facts)))
        self._count += 1

    def finish(self, counts: summary.Counts, out: TextIO) -> None:
        pieces: list[str] = []
        for chunk in template().generate(**context(self._run, counts, _Rows(self._rows, self._count))):
            pieces.append(chunk)
            if len(pieces) >= WRITE_CHUNKS:
                out.write("".join(pieces))
                pieces.clear()
        out.write("".join(pieces))
        self._rows.close()
