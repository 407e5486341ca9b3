"""Compare the cited version with today's page, and the citation with its source.

Pure functions over bytes and records, no I/O:
- extract(page) -> PageMetadata: main text and metadata of a page or raw capture;
- compare_versions(cited, today) -> Comparison: intact / edited / replaced / unknown;
- check_citation(citation, source, url=...) -> Findings: title, date, author, publication;
- check_fragment(url, page) -> Findings: a cited #anchor missing from the page (INFO);
- fingerprint(text) / fingerprint_distance(a, b) / change_since(...): "changed since last check".
"""

from checker.compare.drift import DEFAULT_THRESHOLDS, DriftThresholds, compare_versions, diff_paragraphs, measure
from checker.compare.extract import extract
from checker.compare.findings import check_citation, slug_words, title_score
from checker.compare.fingerprint import SAME_PAGE_BITS, change_since, fingerprint, fingerprint_distance
from checker.compare.fragment import check_fragment, is_tracking_fragment

__all__ = [
    "DEFAULT_THRESHOLDS",
    "SAME_PAGE_BITS",
    "DriftThresholds",
    "change_since",
    "check_citation",
    "check_fragment",
    "compare_versions",
    "diff_paragraphs",
    "extract",
    "fingerprint",
    "fingerprint_distance",
    "is_tracking_fragment",
    "measure",
    "slug_words",
    "title_score",
]
