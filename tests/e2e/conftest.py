"""End-to-end tests: the unmodified CLI, as a subprocess, against a simulated web behind mitmproxy.

The ``simweb`` fixture comes from tests/fixtures/simweb.py. Until that plugin is listed in
tests/conftest.py's ``pytest_plugins`` it is imported here (pytest only accepts
``pytest_plugins`` in the root conftest); once it is listed, drop this import.
"""

from tests.fixtures.simweb import simweb  # noqa: F401  (a fixture: registered by being imported)
