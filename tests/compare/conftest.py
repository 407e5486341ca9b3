"""Helpers for the compare tests: fixture pages become Page records directly.

Extraction and comparison are pure functions over bytes, so these tests need no
server; the lead's end-to-end tests serve the same files through the link zoo
and pywb.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checker.models import Page

FIXTURES = Path(__file__).parent / "fixtures"
DIPLOMAT_URL = "https://thediplomat.com/2015/09/japan-wary-of-rising-russia-threat-ex-defense-minister/"


def make_page(body: bytes, url: str = "https://example.org/a", content_type: str | None = "text/html",
              **kw: object) -> Page:
    return Page(url=url, status=200, content_type=content_type, body=body, **kw)  # type: ignore[arg-type]


@pytest.fixture
def fixture_page() -> Callable[..., Page]:
    def load(name: str, url: str = DIPLOMAT_URL, content_type: str | None = "text/html; charset=utf-8") -> Page:
        return make_page((FIXTURES / name).read_bytes(), url=url, content_type=content_type)

    return load
