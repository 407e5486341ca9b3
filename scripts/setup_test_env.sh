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

# tests/fixtures/wayback.py runs `wayback` (the server) and pywb's indexer with
# .venv-pywb/bin/python. A half-made venv (interrupted install) fails the import
# check below and is rebuilt rather than left to fail every archive test.
if ! .venv-pywb/bin/python -c 'import pywb.apps.cli, pywb.indexer.cdxindexer' >/dev/null 2>&1 \
        || [ ! -x .venv-pywb/bin/wayback ]; then
    echo "setup: installing pywb into .venv-pywb"
    python3 -m venv .venv-pywb
    .venv-pywb/bin/pip install -q --disable-pip-version-check "pywb==2.10.*"
fi

# mitmproxy for the end-to-end tests (tests/e2e): its own virtualenv (.venv-mitm)
# so its pinned dependencies never meet the project's. mitmproxy 12 needs
# Python >= 3.12 (checked 2026-11-28: 12.0.0 onwards declare Requires-Python >=3.12);
# a machine with only 3.11 gets 11.0.x, the last series for 3.11, whose addon API
# (request/http_connect hooks, Response.make) the e2e addon sticks to.
if [ ! -x .venv-mitm/bin/mitmdump ]; then
    MITM_PY=""
    for candidate in python3.13 python3.12 "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.1[2-9]*/bin/python3; do
        if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then
            MITM_PY="$candidate"
            break
        fi
    done
    if [ -n "$MITM_PY" ]; then
        echo "setup: installing mitmproxy 12 into .venv-mitm (with $MITM_PY)"
        "$MITM_PY" -m venv .venv-mitm
        .venv-mitm/bin/pip install -q --disable-pip-version-check "mitmproxy==12.*"
    else
        echo "setup: no Python >= 3.12 found; installing mitmproxy 11.0 into .venv-mitm"
        python3 -m venv .venv-mitm
        .venv-mitm/bin/pip install -q --disable-pip-version-check "mitmproxy==11.0.*"
    fi
fi
