"""The Wayback layer: find the cited version of every source, say what the archive holds, save what it lacks.

- client.py: a standalone Wayback Machine client (CDX, id_ replay, TimeGate/TimeMap, Save Page Now 2);
- ratelimit.py: process-wide token buckets, the 429 pause, the circuit breaker;
- choose.py: pure functions choosing the cited version and naming what is missing;
- redirects.py: redirects recorded at citation time (reading Location, soft-404 targets);
- archivist.py: the stage the pipeline calls (Archivist, citation_window, CdxCache).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# choose.py is pure and cheap, and `choose` names both it and its function: bound here, once,
# so that importing the submodule later does not leave the package's `choose` the module.
from checker.archive.choose import ACCESS_WINDOW_DAYS, Window, choose, nearest_outside, pick_cited

if TYPE_CHECKING:
    from checker.archive.archivist import (
        Archivist,
        CdxCache,
        citation_pivot,
        citation_window,
        resolve_revisits,
    )
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

# Imported when first asked for (PEP 562): a run that never uses a part does not pay for
# importing it, and importing one submodule does not import its siblings.
_WHERE = {
    "Archivist": "checker.archive.archivist",
    "CdxCache": "checker.archive.archivist",
    "citation_pivot": "checker.archive.archivist",
    "citation_window": "checker.archive.archivist",
    "resolve_revisits": "checker.archive.archivist",
    "ArchiveTimeoutError": "checker.archive.client",
    "ArchiveUnavailableError": "checker.archive.client",
    "ArchiveUnreachableError": "checker.archive.client",
    "CdxRecord": "checker.archive.client",
    "ExcludedError": "checker.archive.client",
    "Memento": "checker.archive.client",
    "RateLimitError": "checker.archive.client",
    "ReplayError": "checker.archive.client",
    "ResponseFormatError": "checker.archive.client",
    "SaveError": "checker.archive.client",
    "SaveStatus": "checker.archive.client",
    "WaybackClient": "checker.archive.client",
    "WaybackError": "checker.archive.client",
    "ArchiveLimits": "checker.archive.ratelimit",
    "CircuitBreaker": "checker.archive.ratelimit",
    "TokenBucket": "checker.archive.ratelimit",
    "limits_for": "checker.archive.ratelimit",
    "reset_limits": "checker.archive.ratelimit",
    "MAX_HOPS": "checker.archive.redirects",
    "not_the_page": "checker.archive.redirects",
    "redirect_target": "checker.archive.redirects",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


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
