"""The Wayback layer: find the cited version of every source, say what the archive holds, save what it lacks.

- client.py: a standalone Wayback Machine client (CDX, id_ replay, TimeGate/TimeMap, Save Page Now 2);
- ratelimit.py: process-wide token buckets, the 429 pause, the circuit breaker;
- choose.py: pure functions choosing the cited version and naming what is missing;
- redirects.py: redirects recorded at citation time (reading Location, soft-404 targets);
- archivist.py: the stage the pipeline calls (Archivist, citation_window, CdxCache).
"""

from checker.archive.archivist import (
    ACCESS_WINDOW_DAYS,
    Archivist,
    CdxCache,
    citation_pivot,
    citation_window,
    resolve_revisits,
)
from checker.archive.choose import Window, choose, nearest_outside, pick_cited
from checker.archive.client import (
    ArchiveTimeoutError,
    ArchiveUnavailableError,
    ArchiveUnreachableError,
    CdxRecord,
    ExcludedError,
    Memento,
    RateLimitError,
    ReplayError,
    ResponseFormatError,
    SaveError,
    SaveStatus,
    WaybackClient,
    WaybackError,
)
from checker.archive.ratelimit import ArchiveLimits, CircuitBreaker, TokenBucket, limits_for, reset_limits
from checker.archive.redirects import MAX_HOPS, not_the_page, redirect_target

__all__ = [
    "ACCESS_WINDOW_DAYS",
    "MAX_HOPS",
    "ArchiveLimits",
    "ArchiveTimeoutError",
    "ArchiveUnavailableError",
    "ArchiveUnreachableError",
    "Archivist",
    "CdxCache",
    "CdxRecord",
    "CircuitBreaker",
    "ExcludedError",
    "Memento",
    "RateLimitError",
    "ReplayError",
    "ResponseFormatError",
    "SaveError",
    "SaveStatus",
    "TokenBucket",
    "WaybackClient",
    "WaybackError",
    "Window",
    "choose",
    "citation_pivot",
    "citation_window",
    "limits_for",
    "nearest_outside",
    "not_the_page",
    "pick_cited",
    "redirect_target",
    "reset_limits",
    "resolve_revisits",
]
