"""URL -> link verdict: session, politeness, retries, guard, bounded fetches, classification.

Public API:
    Resolver(config).check_all(urls, on_result=None, *, ignored=()) -> ResolveOutcome
    ResolveOutcome(checks, network_down, notice)
    make_session(config): the one session factory (proxies, CA bundles, pooling)
"""

from checker.resolve.resolver import NETWORK_UNAVAILABLE, ResolveOutcome, Resolver, invalid_reason
from checker.resolve.session import make_session

__all__ = ["NETWORK_UNAVAILABLE", "ResolveOutcome", "Resolver", "invalid_reason", "make_session"]
