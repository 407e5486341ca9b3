"""The HTML audit report: one self-contained file (no CDN, no fonts, no network), readable
offline, on paper and on a phone.

Safety: every fetched or cited string is hostile. Jinja2 autoescape is on for the whole
template and no data is ever marked safe; URLs become href only when their scheme is
http(s) (`summary.is_http_url`), otherwise they are plain text; row data for the script
lives in data- attributes (escaped like any attribute), never inside <script>. The table's
rows are written by `row_html` as the run's results are walked, every value escaped as
autoescape escapes it, and put in the page as written. The only other markup marked safe
is the CSS and JS shipped with the package, and the Content-Security-Policy allows
exactly those two blocks by their SHA-256 hashes: an injected script would
not run even if escaping failed.
"""

from __future__ import annotations

import base64
import hashlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, TextIO

import jinja2
from markupsafe import Markup

from checker.models import ArchiveResult, Capture, CitationResult, Drift, Run, Severity, Verdict
from checker.report import summary
from checker.report.streaming import Scratch, render_alone, write_alone

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
    return env


@dataclass(frozen=True)
class ArchiveLink:
    label: str  # "cited version", "first", "latest", "saved"
    capture: Capture
    note: str = ""  # "12 days outside the window", "status 301"


def _archive_links(a: ArchiveResult) -> list[ArchiveLink]:
    links: list[ArchiveLink] = []
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
    return links


def _e(value: object) -> str:
    """Escaped as Jinja2's autoescape (markupsafe.escape) escapes it, byte for byte."""
    return (str(value).replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
            .replace("'", "&#39;").replace('"', "&#34;"))


def _url_link(url: str | None, label: str | None = None) -> str:
    """A link only for an http(s) URL; any other URL is muted text; nothing for no URL."""
    if not url:
        return ""
    if summary.is_http_url(url):
        return f'<a href="{_e(url)}" rel="noopener noreferrer nofollow">{_e(label or url)}</a>'
    return f'<span class="muted">{_e(label or url)}</span>'


def row_html(r: CitationResult, facts: summary.Facts) -> str:
    """One row of the table of citations. Every value from the run is hostile: each goes through
    `_e` (what autoescape does to it in the page template), and URLs become links only through
    `_url_link`. Written out here rather than as a template macro: a row is ~70 escaped pieces,
    and the macro spent ~30 µs a row on Jinja2's attribute lookups and calls (2,000 rows: 62 ms ->
    20 ms, measured 2026-12-04). The golden HTML files pin that it writes what the macro wrote."""
    note, citation, link = r.note, r.citation, r.link
    n, i = note.number, citation.index
    anchor = f"note-{n}-{i + 1}"
    verdict = link.verdict.value if link is not None else "no_url"
    drift = r.comparison.drift.value if r.comparison else "not_compared"
    codes = _e(" ".join(sorted({f.code for f in r.findings}))) if r.findings else ""
    # Numbers and enum values (checked when a stored run is read: serialize.run_from_dict) hold
    # nothing to escape: written as they are. Everything else goes through _e.
    o = [f'<tr id="{anchor}" data-verdict="{verdict}" data-drift="{drift}" data-findings="{codes}" '
         f'data-problem="{1 if facts.problem else 0}">\n'
         f'<td class="num" data-label="Note" data-sort="{n * 1000 + i}">{n}'
         f'{f".{i + 1}" if len(note.citations) > 1 else ""}'
         f'<a class="anchor" href="#{anchor}" aria-label="Link to note {n}, citation {i + 1}">#</a>\n']
    if citation.ibid or citation.short_form:
        target = "?" if citation.unresolved or citation.refers_to is None else str(citation.refers_to)
        back = f"{'Ibid.' if citation.ibid else 'short form'} → note {target}"
        o.append(f'<div class="backref">{_e(back)}</div>')
    o.append('</td>\n<td data-label="Citation">\n')
    if note.context:
        o.append(f'<p class="claim">“{_e(note.context)}”</p>')
    o.append(f'<p class="raw">{_e(citation.raw)}</p>\n')
    if citation.url:
        label = "open the cited URL" if summary.is_http_url(citation.url) else citation.url
        o.append(f'<div class="ev">{_url_link(citation.url, label)}</div>')
    verdict_class = _VERDICT_CLASS.get(link.verdict, "c-none") if link else "c-none"
    o.append(f'</td>\n<td data-label="Verdict" data-sort="{int(facts.rank)}"><span class="chip {verdict_class}">'
             f'{verdict}</span>\n<div class="ev">{_e(link.reason if link else facts.reason)}</div></td>\n'
             '<td data-label="HTTP evidence" class="ev">\n')
    if link:
        if link.hops:
            o.append('<ol class="plain">\n')
            for hop in link.hops:
                status = hop.status if hop.status is not None else "—"
                o.append(f'<li><span class="st">{status}</span> {_url_link(hop.url, summary.one_line(hop.url, 60))}'
                         '</li>\n')
            o.append("</ol>")
        if link.final_url and (not link.hops or link.final_url != link.hops[-1].url):
            o.append(f"<div>final: {_url_link(link.final_url, summary.one_line(link.final_url, 60))}</div>")
        if link.error:
            o.append(f"<div>error: <code>{_e(link.error)}</code></div>")
        if not link.hops and not link.error and not link.attempts:
            o.append('<span class="muted">not fetched</span>')
        if link.attempts:
            when = f", {_e(link.checked_at)}" if link.checked_at else ""
            o.append(f'<div class="muted">{link.attempts} attempt{"s" if link.attempts != 1 else ""}, '
                     f'{link.elapsed:.1f} s{when}</div>')
    else:
        o.append('<span class="muted">no URL cited</span>')
    o.append('</td>\n<td data-label="Archived copies" class="ev">\n')
    a = r.archive
    if a:
        count = f" · {_e(a.capture_count)} captures" if a.capture_count else ""
        o.append(f"<div>{_e(a.status.value)}{count}</div>\n")
        if a.redirected_to:
            o.append(f'<div class="muted">redirected when cited to {_url_link(a.redirected_to, a.redirected_to)}</div>')
        if a.replay_error:
            o.append(f'<div class="muted">{_e(a.replay_error)}</div>')
        links = _archive_links(a)
        if links:
            o.append('<ul class="plain">\n')
            for al in links:
                extra = f' <span class="muted">({_e(al.note)})</span>' if al.note else ""
                o.append(f"<li>{_e(al.label)}: {_url_link(al.capture.archive_url, al.capture.date_iso)}{extra}</li>\n")
            o.append("</ul>")
        else:
            o.append(f'<div class="muted">{_e(a.reason)}</div>')
        if a.saved and not a.saved.capture:
            o.append(f'<div class="muted">save: {_e(a.saved.status)}: {_e(a.saved.message)}</div>')
    else:
        o.append('<span class="muted">not looked up</span>')
    cmp = r.comparison
    score = _e(cmp.score) if cmp and cmp.score is not None else ""
    o.append(f'</td>\n<td data-label="Change" data-sort="{score}">\n')
    if cmp:
        o.append(f'<span class="drift-{_e(cmp.drift.value)}">{_e(cmp.drift.value)}</span>')
        if cmp.score is not None:
            o.append(f' <span class="num">{_e(f"{cmp.score:.2f}")}</span>')
        o.append(f'<div class="ev">{_e(cmp.reason)}</div>\n')
        if cmp.added or cmp.removed or cmp.ignored:
            ignored = f", {len(cmp.ignored)} not counted" if cmp.ignored else ""
            o.append(f"<details><summary>Differences ({len(cmp.added)} added, {len(cmp.removed)} removed{ignored})"
                     '</summary>\n<ul class="diff">\n')
            o.extend(f'<li class="del"><span class="muted">− </span>{_e(p)}</li>\n' for p in cmp.removed)
            o.extend(f'<li class="add"><span class="muted">+ </span>{_e(p)}</li>\n' for p in cmp.added)
            o.extend(f'<li class="ignored" title="page furniture, not article text"><span class="why">{_e(side)}, '
                     f"{_e(why)}:</span> {_e(line)}</li>\n" for side, line, why in cmp.ignored)
            o.append("</ul></details>")
    else:
        o.append('<span class="muted">not compared</span>')
    o.append(f'</td>\n<td data-label="Findings" data-sort="{len(r.findings)}">\n')
    if r.findings:
        o.append('<ul class="plain">\n')
        for f in r.findings:
            o.append(f'<li class="f-{_e(f.severity.value)}"><strong>{_e(f.severity.value)}</strong> '
                     f"<code>{_e(f.code)}</code>: {_e(f.message)}\n")
            if f.evidence:
                o.append('<div class="muted">' + "; ".join(f"{_e(k)}: “{_e(v)}”" for k, v in f.evidence) + "</div>")
            o.append("</li>\n")
        o.append("</ul>")
    else:
        o.append('<span class="muted">none</span>')
    o.append("</td>\n</tr>\n")
    return "".join(o)


# Where the rows go in the page. Never in data: escaped text has no "<"; nor in the CSS and JS (a test says so).
ROWS_HERE = "<!--cite-checker: the rows-->"


class _Rows:
    """The table's rows as the page template sees them: how many, and where they go (ROWS_HERE,
    where `Writer.finish` copies them from their scratch file, written there by `row_html`)."""

    def __init__(self, count: int) -> None:
        self._count = count

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Markup]:
        return iter([Markup(ROWS_HERE)] if self._count else [])


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
            _templates.append(_environment().get_template("report.html.j2"))
        return _templates[0]


def prepare() -> None:
    """Compile the templates and read the assets now, so that writing the report later does not wait for them."""
    template()
    _asset("report.css")
    _asset("report.js")


def render(run: Run) -> str:
    return render_alone(Writer(run), run)


def write(run: Run, out: TextIO) -> None:
    write_alone(Writer(run), run, out)


WRITE_CHUNKS = 512  # the page template yields many small pieces: written a few hundred at a time


class Writer:
    """The report, fed one result at a time (checker.report.streaming): each row rendered as its
    result is met, the page (whose head shows the counts) around them at the end."""

    def __init__(self, run: Run) -> None:
        self._run = run
        self._rows = Scratch()
        self._count = 0

    def add(self, r: CitationResult, facts: summary.Facts) -> None:
        self._rows.write(row_html(r, facts))
        self._count += 1

    def finish(self, counts: summary.Counts, out: TextIO) -> None:
        pieces: list[str] = []
        for chunk in template().generate(**context(self._run, counts, _Rows(self._count))):
            if ROWS_HERE in chunk:
                before, after = str(chunk).split(ROWS_HERE)  # plain text: Markup would escape what it is added to
                out.write("".join(pieces) + before)
                pieces.clear()
                self._rows.copy_to(out)
                chunk = after
            pieces.append(chunk)
            if len(pieces) >= WRITE_CHUNKS:
                out.write("".join(pieces))
                pieces.clear()
        out.write("".join(pieces))
        self._rows.close()
