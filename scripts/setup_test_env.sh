#!/usr/bin/env bash
# Installs what the test suite needs beyond the Python package itself:
#   - Debian's chromium, for the HTML report's browser tests;
#   - pywb in its own virtualenv (.venv-pywb): it pins werkzeug and redis
#     versions that must not leak into the project's environment.
# Idempotent: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
    echo "setup: installing chromium (Debian package)"
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

if [ ! -x .venv-pywb/bin/wayback ]; then
    echo "setup: installing pywb into .venv-pywb"
    python3 -m venv .venv-pywb
    .venv-pywb/bin/pip install -q --disable-pip-version-check "pywb==2.10.*"
fi
