"""The tools that keep the code honest run with the tests, so CI fails when they would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_ruff_finds_nothing():
    proc = _run("ruff", "check", ".")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_type_hints_check_with_mypy():
    proc = _run("mypy")  # settings and the package list live in pyproject.toml
    assert proc.returncode == 0, proc.stdout + proc.stderr
