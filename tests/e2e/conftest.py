"""End-to-end tests: the unmodified CLI, as a subprocess, against a simulated web behind mitmproxy.

The ``simweb`` fixture is the pytest plugin tests/fixtures/simweb.py (listed in tests/conftest.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.e2e import simweb_truth as truth
from tests.fixtures.wayback import ArchivedResponse, Wayback


@pytest.fixture(scope="session")
def archive(wayback_server: Wayback) -> dict[str, Any]:
    """The Wayback Machine behind https://web.archive.org: a real pywb (tests/fixtures/wayback.py)
    holding the truth table's captures, which the proxy forwards archive requests to."""
    wayback_server.add_captures([
        ArchivedResponse(copy.original, copy.capture.timestamp, truth.capture_html(copy), copy.capture.status)
        for copy in truth.archived_copies()
    ])
    parts = urlsplit(wayback_server.base_url)
    return {"mode": "forward", "scheme": parts.scheme, "host": parts.hostname, "port": parts.port}
