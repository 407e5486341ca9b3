"""The frozen run configuration: every tunable of a run in one place.

Defaults follow what the field has learned (see README "Politeness and policy"):
lychee's per-host limits, IABot's caution before calling a link dead, the Wayback
Machine's published rate limits. Endpoints are configuration, so the same code
runs against the real web and the real archive or against local test servers.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from checker import __version__

PROJECT_URL = "https://github.com/cite-checker/cite-checker"
DEFAULT_USER_AGENT = f"cite-checker/{__version__} (+{PROJECT_URL}; citation link-rot checker)"
DEFAULT_WAYBACK_URL = "https://web.archive.org"
BROWSER_USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"


@dataclass(frozen=True)
class DriftThresholds:
    """How far a page may drift before it counts as edited or replaced (checker/compare/drift.py).
    Here rather than there so that naming the run's settings does not import the compare stage."""

    intact_changed_sentences: int = 0  # at most this many changed article sentences: intact
    replaced_cosine: float = 0.12  # OTMT default
    replaced_word_change: float = -0.70  # OTMT default
    replaced_survival: float = 0.20  # with differing titles
    cut_containment: float = 0.80  # a shrunken page mostly inside the cited one was cut, not replaced
    same_title: float = 85.0  # rapidfuzz token_set_ratio for "titles agree"
    min_words: int = 20  # fewer words on a side: too little text to compare
    max_diff_paragraphs: int = 20  # per side, for the report's diff view
    max_paragraph_chars: int = 600
    max_diff_input: int = 3000  # paragraphs per side handed to difflib (quadratic worst case)


DEFAULT_THRESHOLDS = DriftThresholds()


@dataclass(frozen=True)
class HostRule:
    """Per-host overrides: a regex on the host name and what changes for it."""

    pattern: str
    concurrency: int | None = None
    delay: float | None = None  # seconds between requests to this host
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Config:
    # --- resolve: politeness
    # Requests in flight across all hosts; lychee's default. Measured 2026-12-04 on the link farm
    # (2,000 URLs, 20 hosts, 100 ms; bench/bench_pipeline.py, link checks only): 14.4 s at 32,
    # 13.1 s at 64, 9.5 s at 128, 8.9 s at 256; the per-host limits keep it polite.
    concurrency: int = 128
    per_host_concurrency: int = 10  # lychee's default
    per_host_delay: float = 0.05  # seconds between request starts to one host (lychee: 50 ms)
    # --- resolve: time and size bounds
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    url_deadline: float = 60.0  # whole budget for one URL, retries included
    max_bytes: int = 2 * 1024 * 1024  # read at most this much of any body
    max_redirects: int = 10
    # --- resolve: retries
    retries: int = 3  # transient failures: 1, 2, 4 s (+ jitter), as lychee
    backoff_base: float = 1.0
    retry_after_cap: float = 60.0  # a longer Retry-After is reported as rate-limited
    # A 429 pauses its whole host (lychee): 0.5 s, doubling on each further 429, at most 30 s.
    host_backoff_initial: float = 0.5
    host_backoff_max: float = 30.0
    # --- resolve: what to check and how
    user_agent: str = DEFAULT_USER_AGENT
    # Asked once more, as a browser, before a bot-filtering front's 404/5xx (or any 503)
    # is called dead (InternetArchiveBot sends a browser-like User-Agent). "" = never.
    browser_user_agent: str = BROWSER_USER_AGENT
    allow_private: bool = False  # connect to loopback/private/link-local addresses
    # "host" or "host:port" entries that may be private (an intranet wiki); README "Security".
    allow_private_hosts: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()  # regexes on the URL
    accept_status: tuple[int, ...] = ()  # extra statuses treated as ok
    host_rules: tuple[HostRule, ...] = ()
    soft404_probe: bool = True
    # --- archive
    wayback_url: str = field(default_factory=lambda: os.environ.get("CHECKER_WAYBACK_URL", DEFAULT_WAYBACK_URL))
    archive: bool = True
    cdx_per_minute: float = 24.0  # archive.org allows ~30/min for CDX+TimeMap per IP
    replay_per_second: float = 8.0
    rate_limit_pause: float = 60.0  # after a 429 from the archive, the whole process waits
    save: bool = False
    save_older_than_days: int | None = None
    save_per_minute: float = 6.0  # with keys; anonymous saves use half
    save_deadline: float = 120.0  # seconds to wait for one save job
    archive_breaker_threshold: int = 5  # consecutive archive failures before it counts as down for the run
    cdx_cache_max_age: float = 86400.0  # seconds a CDX answer for a recent citation window is reused
    # days a CDX answer is reused when every window it serves closed before then: the cited
    # version cannot change; first/latest/last-alive captures are at most this old (archive/knowledge.py)
    archive_refresh_days: float = 30.0
    cdx_limit: int = 10000  # rows asked of one CDX query; bounds memory for very popular URLs
    replay_attempts: int = 3  # captures tried (cited, then next-best) before a replay counts as failed
    # --- compare
    compare: bool = True
    # --- history: a dead source is confirmed dead after `confirm_checks` dead runs in a row
    # spanning `confirm_days` days (InternetArchiveBot's rule; checker/confirm.py)
    confirm_checks: int = 3
    confirm_days: float = 3.0
    # --- opt-in: a URL checked ok/redirected less than this many seconds ago keeps that
    # verdict without a request (checker/carry.py; lychee's --max-cache-age). None: check all.
    max_age: float | None = None
    # --- store and output
    state_path: str | None = None  # SQLite history; None = beside references.yaml
    output_dir: str = "reports"

    @property
    def timeout(self) -> tuple[float, float]:
        return (self.connect_timeout, self.read_timeout)
