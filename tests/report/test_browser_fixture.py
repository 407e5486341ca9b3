"""The browser fixture fails (never skips) when chromium is missing, with advice."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_missing_chromium_fails_with_advice() -> None:
    env = {**os.environ, "CHECKER_CHROMIUM": "/nonexistent/chromium"}
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/report/test_html_browser.py::test_loads_without_errors_or_network"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "1 error" in out and "skipped" not in out
    assert "chromium not found at '/nonexistent/chromium'" in out and "scripts/setup_test_env.sh" in out
