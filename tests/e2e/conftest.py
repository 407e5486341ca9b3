"""End-to-end tests: the unmodified CLI, as a subprocess, against a simulated web behind mitmproxy.

The ``simweb`` fixture is the pytest plugin tests/fixtures/simweb.py (listed in tests/conftest.py).
"""
