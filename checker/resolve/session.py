"""The one session factory: every request the resolver sends uses a session made here.

- Connection pooling: one pool per host, as large as the per-host limit, so
  politeness and pooling agree and no connection is thrown away under load.
- HTTP_PROXY / HTTPS_PROXY / NO_PROXY and REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE work
  as users expect. requests does not read SSL_CERT_FILE (the OpenSSL convention many
  CI images set), so it is mapped here. The CA bundle is read once, when the session is
  made; so are the proxy variables and ~/.netrc when there are none (`trusts_env`).
- urllib3's own retries and redirects are off: retries and hops are the
  resolver's, so each one is recorded and bounded.
- TLS is always verified; a bad certificate becomes a verdict, never a warning.
- No cookie is shared between URLs: the session's own jar refuses them all, and each
  redirect chain carries a jar of its own (one URL's consent cookie must not change
  what another URL shows, and threads must not race on one jar).
- The private-address guard (guard.py) sits in the adapter, so no request of any
  session made here can bypass it: every request's URL is screened for private literals
  (every hop, proxy or not), and a direct connection resolves its host once, screens
  every address and connects to a screened one (pinned: DNS rebinding cannot swap the
  address between check and connection). The Host header and TLS server name stay the
  URL's host, since only the socket's destination is chosen here.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from http.cookiejar import Cookie, DefaultCookiePolicy
from typing import Any, ClassVar
from urllib.parse import urlsplit
from urllib.request import Request, getproxies

import requests
from requests.cookies import RequestsCookieJar
from urllib3.connectionpool import HTTPConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError
from urllib3.util.connection import allowed_gai_family
from urllib3.util.timeout import _DEFAULT_TIMEOUT

from checker.config import Config
from checker.resolve import guard
from checker.resolve.watchdog import (
    TrackedHTTPConnection,
    TrackedHTTPPool,
    TrackedHTTPSConnection,
    TrackedHTTPSPool,
    WatchedAdapter,
)

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


@dataclass(frozen=True)
class AddressPolicy:
    """What a session may connect to. `trusted`: "host[:port]" entries exempt from the guard
    (the user's allow_private_hosts, and the configured archive for the sessions that use it)."""

    allow_private: bool = False
    trusted: tuple[str, ...] = ()

    def refusal(self, url: str) -> str | None:
        return None if self.allow_private else guard.refusal(url, trusted=self.trusted)

    def screens(self, host: str, port: int | None) -> bool:
        return not self.allow_private and not guard.is_trusted(host, port, self.trusted)


class _Pinned:
    """Resolve once, screen every address, connect to a screened address."""

    policy: ClassVar[AddressPolicy] = AddressPolicy()
    # Attributes of urllib3's HTTPConnection that this mixin reads.
    proxy: Any
    port: int
    host: str
    _dns_host: str
    timeout: Any
    source_address: Any
    socket_options: Any

    def _new_conn(self) -> socket.socket:
        # A connection to the proxy is configuration, not the cited host: not screened.
        if self.proxy is not None:
            return super()._new_conn()  # type: ignore[misc, no-any-return]
        try:
            infos = socket.getaddrinfo(self._dns_host.strip("[]"), self.port, allowed_gai_family(),
                                       socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise NameResolutionError(self.host, self, exc) from exc  # type: ignore[arg-type]
        why = None
        if self.policy.screens(self.host, self.port):
            why = guard.screen_addresses(self.host, [str(info[4][0]) for info in infos])
        if why:
            raise guard.PrivateAddressRefused(self, why)
        error: OSError | None = None
        for family, socktype, proto, _, address in infos:
            sock = socket.socket(family, socktype, proto)
            try:
                for option in self.socket_options or ():
                    sock.setsockopt(*option)
                if self.timeout is not _DEFAULT_TIMEOUT:
                    sock.settimeout(self.timeout)
                if self.source_address:
                    sock.bind(self.source_address)
                sock.connect(address)
            except TimeoutError as exc:
                sock.close()
                raise ConnectTimeoutError(
                    self, f"Connection to {self.host} timed out. (connect timeout={self.timeout})") from exc
            except OSError as exc:
                sock.close()
                error = exc
                continue
            sys.audit("http.client.connect", self, self.host, self.port)
            return sock
        raise NewConnectionError(self, f"Failed to establish a new connection: {error}")  # type: ignore[arg-type]


def _pool_classes(policy: AddressPolicy) -> dict[str, type[HTTPConnectionPool]]:
    http_conn = type("PinnedHTTPConnection", (_Pinned, TrackedHTTPConnection), {"policy": policy})
    https_conn = type("PinnedHTTPSConnection", (_Pinned, TrackedHTTPSConnection), {"policy": policy})
    return {
        "http": type("PinnedHTTPPool", (TrackedHTTPPool,), {"ConnectionCls": http_conn}),
        "https": type("PinnedHTTPSPool", (TrackedHTTPSPool,), {"ConnectionCls": https_conn}),
    }


class GuardedAdapter(WatchedAdapter):
    """The watched adapter, with the private-address guard on every request and connection."""

    def __init__(self, policy: AddressPolicy, **kwargs: Any) -> None:
        self.policy = policy
        self.pool_classes = _pool_classes(policy)
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = self.pool_classes  # type: ignore[assignment]

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **kwargs)
        if not proxy.lower().startswith("socks"):  # SOCKS managers bring their own connections
            manager.pool_classes_by_scheme = self.pool_classes
        return manager

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        why = self.policy.refusal(request.url or "")
        if why:
            # The refusal rides as a connection error, as the connection-level one does, so
            # every caller (the archive client too) reads it as "no connection was made".
            raise guard.PrivateAddressError(guard.PrivateAddressRefused(None, why), request=request)
        return super().send(request, *args, **kwargs)


def origin(url: str) -> str:
    """`host:port` of a URL, the form `AddressPolicy.trusted` takes."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    host = parts.hostname or ""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def archive_trust(config: Config) -> tuple[str, ...]:
    """The configured archive's origin when the user named it by a private address
    (`--wayback-url http://127.0.0.1:8080`: their own pywb), else nothing: an archive
    named by a host name is screened like any other host."""
    return (origin(config.wayback_url),) if guard.refusal(config.wayback_url) else ()


def archive_session(config: Config) -> requests.Session:
    """A session for the Wayback client and Save Page Now: the same guarded, pinned
    connections, with requests' own default headers (the archive is not a web page)."""
    return make_session(config, trusted=archive_trust(config), headers=requests.utils.default_headers())


def trusts_env() -> bool:
    """Whether requests must read the environment on each request: only when a proxy variable
    or a .netrc file is there. requests otherwise walks the whole of os.environ four times
    per request to find no proxy (measured 2026-12-04: a fifth of a 2,000-URL link check's
    CPU time) and stats ~/.netrc twice; a run's environment does not change while it runs,
    and the CA bundle it names is set on the session (`session.verify`) either way."""
    netrc = os.environ.get("NETRC")
    netrc_files = [netrc] if netrc is not None else ["~/.netrc", "~/_netrc"]
    return bool(getproxies()) or any(os.path.exists(os.path.expanduser(f)) for f in netrc_files)


def address_policy(config: Config, *, trusted: Collection[str] = ()) -> AddressPolicy:
    return AddressPolicy(config.allow_private, (*config.allow_private_hosts, *trusted))


def make_session(config: Config, *, trusted: Collection[str] = (),
                 headers: Mapping[str, str] | None = None) -> requests.Session:
    """The session for one run. `trusted`: origins exempt from the private-address guard
    because the user configured them (the archive); cited URLs never are."""
    session = requests.Session()
    session.trust_env = trusts_env()
    session.max_redirects = config.max_redirects
    session.cookies = RequestsCookieJar(policy=_NoCookies())
    session.headers.update(DEFAULT_HEADERS if headers is None else headers)
    session.headers["User-Agent"] = config.user_agent
    bundle = ca_bundle_from_env()
    # requests itself re-reads REQUESTS_CA_BUNDLE/CURL_CA_BUNDLE per request; setting
    # session.verify covers SSL_CERT_FILE, which requests would otherwise ignore.
    session.verify = bundle if bundle else True
    pool = max(1, config.per_host_concurrency, *(r.concurrency or 0 for r in config.host_rules))
    # The watched adapter lets the watchdog cut requests that outlive their deadline.
    adapter = GuardedAdapter(address_policy(config, trusted=trusted), pool_connections=max(10, config.concurrency),
                             pool_maxsize=pool, max_retries=0)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
