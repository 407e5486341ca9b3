"""Shared test set-up. Local servers live in tests/fixtures/ as pytest plugins:

- zoo: the HTTP "link zoo" on 127.0.0.1 (plain and TLS), every status and misbehaviour;
- wayback: a real pywb on 127.0.0.1 serving WARC files the tests write;
- browser: headless Debian chromium driven by Playwright;
- simweb: mitmproxy playing a simulated web (and web.archive.org) for the end-to-end tests.
"""

pytest_plugins = [
    "tests.fixtures.zoo",
    "tests.fixtures.wayback",
    "tests.fixtures.browser",
    "tests.fixtures.simweb",
]
