"""Shared set-up for resolver tests: a clean proxy/CA environment and small bounds."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pytest

from checker.config import Config

PROXY_VARS = (
    "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY",
    "http_proxy", "https_proxy", "all_proxy", "no_proxy")

# Small bounds so that every misbehaving route costs well under a second or two.
FAST = Config(
    allow_private=True,  # the zoo lives on loopback; the guard is tested on its own
    connect_timeout=1.0,
    read_timeout=1.0,
    url_deadline=4.0,
    max_bytes=256 * 1024,
    retries=2,
    backoff_base=0.05,
    retry_after_cap=5.0,
    per_host_delay=0.0,
    concurrency=16,
)


@pytest.fixture(autouse=True)
def _no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tests must not depend on the runner's proxy settings (nor send zoo traffic to them)."""
    for name in PROXY_VARS:
        monkeypatch.delenv(name, raising=False)
    yield


@pytest.fixture
def cfg(zoo: Any) -> Callable[..., Config]:
    """Config factory: FAST bounds, the zoo as the 'archive' for the network canary."""

    def make(**changes: Any) -> Config:
        return replace(FAST, **{"wayback_url": zoo.url("/"), **changes})

    return make
