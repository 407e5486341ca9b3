"""URL -> link verdict: session, politeness, retries, guard, bounded fetches, classification.

Public API:
    Resolver(config).check_all(urls, on_result=None, *, ignored=()) -> ResolveOutcome
    ResolveOutcome(checks, network_down, notice)
"""

from checker.resolve.resolver import NETWORK_UNAVAILABLE, ResolveOutcome, Resolver, invalid_reason

__all__ = ["NETWORK_UNAVAILABLE", "ResolveOutcome", "Resolver", "invalid_reason"]
