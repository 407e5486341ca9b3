"""The one session factory: every request the resolver sends uses a session made here.

- Connection pooling: one pool per host, as large as the per-host limit, so
  politeness and pooling agree and no connection is thrown away under load.
- `trust_env` stays on, so HTTP_PROXY / HTTPS_PROXY / NO_PROXY and
  REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE work as users expect. requests does not read
  SSL_CERT_FILE (the OpenSSL convention many CI images set), so it is mapped here.
- urllib3's own retries and redirects are off: retries and hops are the
  resolver's, so each one is recorded and bounded.
- TLS is always verified; a bad certificate becomes a verdict, never a warning.
- No cookie is shared between URLs: the session's own jar refuses them all, and each
  redirect chain carries a jar of its own (one URL's consent cookie must not change
  what another URL shows, and threads must not race on one jar).
"""

from __future__ import annotations

import os
from http.cookiejar import Cookie, DefaultCookiePolicy
from urllib.request import Request

import requests
from requests.cookies import RequestsCookieJar

from checker.config import Config
from checker.resolve.watchdog import WatchedAdapter

# Browsers send these; some servers answer 406 or a bot wall without an Accept.
DEFAULT_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "en;q=0.9, *;q=0.5",
    "Accept-Encoding": "gzip, deflate",
}


def ca_bundle_from_env(environ: os._Environ[str] | dict[str, str] | None = None) -> str | None:
    """The CA bundle the environment asks for, in requests' order, then SSL_CERT_FILE."""
    env = os.environ if environ is None else environ
    for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_FILE"):
        value = env.get(name)
        if value:
            return value
    return None


class _NoCookies(DefaultCookiePolicy):
    """The session keeps no cookies: each URL's chain has its own jar (fetch.follow)."""

    def set_ok(self, cookie: Cookie, request: Request) -> bool:
        return False


def make_session(config: Config) -> requests.Session:
    session = requests.Session()
    session.trust_env = True
    session.max_redirects = config.max_redirects
    session.cookies = RequestsCookieJar(policy=_NoCookies())
    session.headers.update(DEFAULT_HEADERS)
    session.headers["User-Agent"] = config.user_agent
    bundle = ca_bundle_from_env()
    # requests itself re-reads REQUESTS_CA_BUNDLE/CURL_CA_BUNDLE per request; setting
    # session.verify covers SSL_CERT_FILE, which requests would otherwise ignore.
    session.verify = bundle if bundle else True
    pool = max(1, config.per_host_concurrency, *(r.concurrency or 0 for r in config.host_rules))
    # The watched adapter lets the watchdog cut requests that outlive their deadline.
    adapter = WatchedAdapter(pool_connections=max(10, config.concurrency), pool_maxsize=pool, max_retries=0)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
