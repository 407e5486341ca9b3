#!/usr/bin/env bash
# Set up everything the tests need on a fresh machine, then run them.
set -euo pipefail
cd "$(dirname "$0")"
python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check -e '.[test]'
scripts/setup_test_env.sh
exec .venv/bin/python -m pytest "$@"
