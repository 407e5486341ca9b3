"""Refuse private, loopback and link-local destinations (SSRF safety for CI runners).

A URL found in an article must not make a CI runner talk to its own metadata
service (169.254.169.254), its loopback services or the private network.

Policy (DOMAIN.md, "behind an HTTP proxy"): literal IP addresses are always
screened. Host *names* are resolved and screened only when no proxy applies to
the URL: behind a proxy the proxy resolves names, and local DNS may not know
external names at all. A name that does not resolve is not refused here; the
request then fails with a DNS error of its own, which is the honest verdict.

Known gap: a name is resolved twice (here and by the connection), so a DNS
rebinding attack could pass the screen; acceptable for checking citations.
"""

from __future__ import annotations

import functools
import ipaddress
import socket
from urllib.parse import urlsplit

import requests.utils

LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})


def proxy_for(url: str) -> str | None:
    """The proxy the environment gives for this URL (honouring NO_PROXY), or None."""
    proxies = requests.utils.get_environ_proxies(url)
    return requests.utils.select_proxy(url, proxies)


def _is_forbidden(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_unspecified
        or address.is_reserved
    )


@functools.lru_cache(maxsize=4096)
def _resolve(host: str) -> tuple[str, ...]:
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return ()
    return tuple(sorted({str(info[4][0]) for info in infos}))


def refusal(url: str, *, proxied: bool | None = None) -> str | None:
    """Why this URL must not be opened, or None if it may be.

    `proxied` says whether a proxy applies (None: ask the environment).
    """
    host = (urlsplit(url).hostname or "").rstrip(".").lower()
    if not host:
        return None
    try:
        literal = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        literal = None
    if literal is not None:
        if _is_forbidden(literal):
            return f"private address {host} refused (use --allow-private to check it)"
        return None
    if host in LOCAL_NAMES or host.endswith(".localhost"):
        return f"local host name {host} refused (use --allow-private to check it)"
    if proxied is None:
        proxied = proxy_for(url) is not None
    if proxied:
        return None  # the proxy resolves names; local DNS must not be consulted
    for addr in _resolve(host):
        try:
            ip = ipaddress.ip_address(addr.split("%", 1)[0])
        except ValueError:
            continue
        if _is_forbidden(ip):
            return f"{host} resolves to private address {addr}, refused (use --allow-private to check it)"
    return None
