"""JUnit XML: one testcase per citation with a URL, so CI dashboards show link rot as tests.

- classname "<article title>/note <n>", name the URL as cited;
- <failure> for a dead link (Verdict.is_dead) and for a replaced page (drift "replaced");
- <skipped> for not_checked, blocked and invalid: nothing was verified, so not a pass;
- "edited" is NOT a failure: most live pages change somewhat (only ~13% of drifted news
  links drifted materially, Bowers, Stanton & Zittrain 2021), so failing every edit would
  train people to ignore the job. It is reported in <system-out>, with findings. Use the
  exit code (--fail-on changed,mismatch) to gate a build on those.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from checker.models import CitationResult, Run, Verdict
from checker.report import summary
from checker.report.text import xml_text

_SKIPPED = (Verdict.NOT_CHECKED, Verdict.BLOCKED, Verdict.INVALID)


def render(run: Run) -> str:
    suite_name = run.article.title or run.article.source or "article"
    root = ET.Element("testsuites", name="cite-checker")
    suite = ET.SubElement(root, "testsuite", name=xml_text(suite_name), timestamp=run.started_at)
    tests = failures = skipped = 0
    total_time = 0.0
    for r in run.results:
        link = r.link
        if link is None:
            continue
        tests += 1
        total_time += link.elapsed
        case = ET.SubElement(suite, "testcase", classname=xml_text(f"{suite_name}/note {r.note.number}"),
                             name=xml_text(r.citation.url or link.url), time=f"{link.elapsed:.3f}")
        best = summary.best_capture(r)
        archived = f"Archived copy: {best.archive_url}" if best else f"Archived copy: {summary.archive_label(r)}."
        if link.verdict.is_dead:
            failures += 1
            f = ET.SubElement(case, "failure", type=link.verdict.value,
                              message=xml_text(f"{link.verdict.value}: {summary.one_line(link.reason)}"))
            f.text = xml_text(_evidence(r) + archived)
        elif summary.is_replaced(r):
            failures += 1
            assert r.comparison is not None
            f = ET.SubElement(case, "failure", type="replaced",
                              message=xml_text(f"replaced: {summary.one_line(r.comparison.reason)}"))
            f.text = xml_text(_evidence(r) + archived)
        elif link.verdict in _SKIPPED:
            skipped += 1
            ET.SubElement(case, "skipped", message=xml_text(f"{link.verdict.value}: {summary.one_line(link.reason)}"))
        lines = []
        if r.comparison is not None:
            score = "" if r.comparison.score is None else f" ({r.comparison.score:.2f})"
            lines.append(f"change: {r.comparison.drift.value}{score}: {summary.one_line(r.comparison.reason)}")
        lines += [f"{f.severity.value} {f.code}: {summary.one_line(f.message)}" for f in r.findings]
        if lines:
            ET.SubElement(case, "system-out").text = xml_text("\n".join(lines))
    for el in (root, suite):
        el.set("tests", str(tests))
        el.set("failures", str(failures))
        el.set("skipped", str(skipped))
        el.set("errors", "0")
        el.set("time", f"{total_time:.3f}")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _evidence(r: CitationResult) -> str:
    link = r.link
    assert link is not None
    chain = " -> ".join(f"{h.status if h.status is not None else 'no answer'} {h.url}" for h in link.hops)
    parts = [f"Cited: {r.citation.url}"]
    if chain:
        parts.append(f"Chain: {chain}")
    if link.error:
        parts.append(f"Error: {link.error}")
    return "\n".join(parts) + "\n"
