"""The JSON report: the serialized run (checker.serialize) plus a summary and, per result,
the derived fields every report shows (problem, reason, best archive link).

Versioned by `schema_version`; the schema is checker/report/schema.json. Readers must
ignore keys they do not know: fields are added without a version bump, and the version
changes only when a key is renamed, removed or changes meaning.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from checker.models import Run
from checker.report import summary
from checker.serialize import run_to_dict


def to_data(run: Run) -> dict[str, Any]:
    data = run_to_dict(run)
    for item, r in zip(data["results"], run.results, strict=True):
        best = summary.best_capture(r)
        item["problem"] = summary.is_problem(r)
        item["rank"] = summary.rank(r).name.lower()
        item["reason"] = summary.reason(r)
        item["best_archive_url"] = best.archive_url if best else None
    data["urls"] = _urls(data, run)
    c = summary.counts(run)
    data["summary"] = {
        "citations": c.citations,
        "with_url": c.with_url,
        "problems": c.problems,
        "dead": c.dead,
        "unarchived": c.unarchived,
        "verdicts": dict(c.verdicts),
        "drift": dict(c.drift),
        "archive": dict(c.archive),
        "severities": dict(c.severities),
        "findings": dict(c.findings),
    }
    return data


def _urls(data: dict[str, Any], run: Run) -> list[dict[str, Any]]:
    """Per distinct URL, as a link checker reports it: the verdict and evidence, and who cites it."""
    urls: dict[str, dict[str, Any]] = {}
    for item, r in zip(data["results"], run.results, strict=True):
        if r.link is None:
            continue
        entry = urls.setdefault(r.link.url, {"url": r.link.url, "notes": [], **item["link"]})
        if r.note.number not in entry["notes"]:
            entry["notes"].append(r.note.number)
    return list(urls.values())


def render(run: Run) -> str:
    return json.dumps(to_data(run), ensure_ascii=False, indent=2) + "\n"


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) the output follows."""
    text = resources.files("checker.report").joinpath("schema.json").read_text(encoding="utf-8")
    return json.loads(text)
