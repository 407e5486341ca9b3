"""Refuse private, loopback, link-local and other non-public destinations (SSRF safety).

A URL found in an article, or a Location header sent by a hostile page, must not make
a CI runner talk to its cloud metadata service (169.254.169.254), its loopback
services or its private network.

Two screens, both here:
- Literal addresses, at every hop, with or without a proxy, before any connection
  (`refusal`). A host is read the way the network stack and browsers read it (WHATWG
  URL host parsing, which follows inet_aton): one decimal integer (`2852039166`), octal
  and hex parts (`0251.0376.0251.0376`, `0xa9.0xfe.0xa9.0xfe`), short forms (`127.1`),
  IPv6 literals with zone ids and embedded IPv4 (`[::ffff:a9fe:a9fe]`), trailing dots,
  percent-encoding and Unicode dots and digits (`127。0。0。1`). Where readers disagree
  (`0127.0.0.1` is octal to inet_aton, decimal to some proxies), every reading is checked.
- Resolved names, only without a proxy, on the addresses the connection will use
  (`screen_addresses`, called by the pinned connection in session.py): the name is
  resolved once, every address is checked, and the socket connects to a checked
  address, so a DNS answer that changes between check and connection (rebinding)
  cannot get through. Behind a proxy, names are the proxy's to resolve: local DNS
  may not even know them.

`--allow-private` lifts both screens; `allow_private_hosts` lifts them for named
hosts (an intranet wiki). The proxy and the configured archive are configuration,
not hostile input, and are trusted by the sessions that need them (session.py).
"""

from __future__ import annotations

import ipaddress
import unicodedata
from collections.abc import Collection, Iterable
from typing import Any
from urllib.parse import unquote, urlsplit

import requests.exceptions
import requests.utils
from idna import uts46_remap
from urllib3.exceptions import NewConnectionError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})
ADVICE = "use --allow-private to check it"

# Dots that IDNA (UTS #46) maps to "." in host names: ideographic, fullwidth, halfwidth.
_UNICODE_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})

_SHARED = ipaddress.IPv4Network("100.64.0.0/10")  # carrier-grade NAT (RFC 6598)
_THIS_NETWORK = ipaddress.IPv4Network("0.0.0.0/8")  # Linux connects 0.x.x.x to this host
_NAT64 = (ipaddress.IPv6Network("64:ff9b::/96"), ipaddress.IPv6Network("64:ff9b:1::/48"))


class PrivateAddressError(requests.exceptions.ConnectionError):
    """A request refused by the private-address guard before any connection was made."""


class PrivateAddressRefused(NewConnectionError):
    """A refused destination (a literal, or the addresses a name resolved to): no socket was
    opened. Its text is the reason alone, so callers that quote connection errors quote it."""

    def __init__(self, conn: Any, reason: str) -> None:
        super().__init__(conn, reason)
        self.reason_text = reason


def proxy_for(url: str) -> str | None:
    """The proxy the environment gives for this URL (honouring NO_PROXY), or None."""
    proxies = requests.utils.get_environ_proxies(url)
    return requests.utils.select_proxy(url, proxies)


# ----------------------------------------------------------------------------- rules


def _embedded_ipv4(address: ipaddress.IPv6Address) -> tuple[ipaddress.IPv4Address, str] | None:
    """The IPv4 address an IPv6 address carries and reaches, and how it carries it."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped, "IPv4-mapped"
    value = int(address)
    if value >> 32 == 0 and value > 1:  # ::a.b.c.d, deprecated but still routed by some stacks
        return ipaddress.IPv4Address(value), "IPv4-compatible"
    if any(address in net for net in _NAT64):
        return ipaddress.IPv4Address(value & 0xFFFFFFFF), "NAT64"
    if address.sixtofour is not None:
        return address.sixtofour, "6to4"
    if address.teredo is not None:
        return address.teredo[1], "Teredo"
    return None


def _special_rule(address: IPAddress) -> str | None:
    """The rules both families name alike."""
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_multicast:
        return "multicast"
    return None


def forbidden_rule(address: IPAddress) -> str | None:
    """Which rule forbids connecting to this address, or None for a public address."""
    if isinstance(address, ipaddress.IPv6Address):
        address = address.__class__(str(address).split("%", 1)[0])  # the zone does not change the rule
        embedded = _embedded_ipv4(address)
        if embedded is not None:
            rule = forbidden_rule(embedded[0])
            return f"{rule}, as {embedded[1]} IPv6 for {embedded[0]}" if rule else None
        if address.is_unspecified:
            return "unspecified"
        if (rule := _special_rule(address)) is not None:
            return rule
        if address.is_site_local or address in ipaddress.IPv6Network("fc00::/7"):
            return "private"
        if address.is_reserved or not address.is_global:
            return "reserved"
        return None
    if address in _THIS_NETWORK:
        return "unspecified"
    if (rule := _special_rule(address)) is not None:
        return rule
    if address in _SHARED:
        return "shared (100.64.0.0/10)"
    if any(address in ipaddress.IPv4Network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")):
        return "private"
    if address.is_reserved or not address.is_global:  # 240/4, broadcast, documentation, benchmarking
        return "reserved"
    return None


# ----------------------------------------------------------------------------- host parsing


def normalize_host(host: str) -> str:
    """The host as a connection would use it: percent-decoded, IDNA-mapped (Unicode dots and
    fullwidth digits to ASCII), lower-cased, without brackets or a trailing root dot."""
    text = unquote(host.strip().strip("[]"), errors="replace")
    if ":" in text:
        return text.lower()  # IPv6: IDNA mapping does not apply
    try:
        text = uts46_remap(text, std3_rules=False, transitional=False)
    except (ValueError, UnicodeError):  # idna.InvalidCodepoint and kin: map what we can
        text = unicodedata.normalize("NFKC", text).translate(_UNICODE_DOTS)
    text = text.lower()
    if text.endswith(".") and text.strip("."):
        text = text[:-1]
    return text


def _ipv4_part(part: str) -> list[int] | None:
    """The values one dotted part can have (inet_aton/WHATWG reading first), or None if
    it is not a number at all."""
    if part[:2] in ("0x", "0X"):
        digits = part[2:]
        if digits and not all(c in "0123456789abcdefABCDEF" for c in digits):
            return None
        return [int(digits, 16) if digits else 0]
    if not part.isascii() or not part.isdigit():
        return None
    if len(part) > 1 and part.startswith("0"):
        readings = [int(part, 10)]  # what some proxies and parsers read
        if all(c in "01234567" for c in part):
            readings.insert(0, int(part, 8))  # what inet_aton and browsers read
        return readings
    return [int(part, 10)]


def ipv4_readings(host: str) -> list[ipaddress.IPv4Address]:
    """Every IPv4 address this (normalized) host can be read as; [] for a name."""
    parts = host.split(".")
    if len(parts) > 1 and parts[-1] == "":
        parts.pop()
    if not 1 <= len(parts) <= 4 or any(p == "" for p in parts):
        return []
    values = [_ipv4_part(p) for p in parts]
    if any(v is None for v in values):
        return []
    combos: list[list[int]] = [[]]
    for options in values:
        assert options is not None
        combos = [[*c, o] for c in combos for o in options][:16]
    found: list[ipaddress.IPv4Address] = []
    for combo in combos:
        *head, last = combo
        if any(v > 255 for v in head) or last >= 256 ** (4 - len(head)):
            continue
        value = last
        for i, v in enumerate(head):
            value += v << (8 * (3 - i))
        address = ipaddress.IPv4Address(value)
        if address not in found:
            found.append(address)
    return found


def literal_addresses(host: str) -> list[IPAddress]:
    """The addresses a URL host denotes by itself (no DNS): [] when it is a name."""
    normal = normalize_host(host)
    if ":" in normal:
        try:
            return [ipaddress.IPv6Address(normal.split("%", 1)[0])]  # zone id ("%25eth0") dropped
        except ValueError:
            return []
    return list(ipv4_readings(normal))


def is_local_name(host: str) -> bool:
    normal = normalize_host(host)
    return normal in LOCAL_NAMES or normal.endswith(".localhost")


# ----------------------------------------------------------------------------- screens


def host_port(url: str) -> tuple[str, int | None]:
    """The host as written in the URL (for the message: `2852039166`, not its address) and the port."""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = parts.netloc.rpartition("@")[2]
    if netloc.startswith("["):
        host = netloc[: netloc.find("]") + 1]
    else:
        host = netloc.rsplit(":", 1)[0] if port is not None or netloc.endswith(":") else netloc
    return host, port


def is_trusted(host: str, port: int | None, trusted: Collection[str]) -> bool:
    """True if `host[:port]` is one of the `trusted` entries ("host" or "host:port";
    a port-less entry trusts every port)."""
    normal = normalize_host(host)
    for entry in trusted:
        parts = urlsplit("//" + entry.strip())
        try:
            entry_port = parts.port
        except ValueError:
            continue
        if normalize_host(parts.hostname or "") == normal and entry_port in (None, port):
            return True
    return False


def _describe(host: str, address: IPAddress, rule: str) -> str:
    shown = host.strip("[]")
    same = shown.lower() == str(address)
    return (f"private address {shown} refused: {rule}" if same
            else f"private address {shown} (= {address}) refused: {rule}")


def refusal(url: str, *, trusted: Collection[str] = ()) -> str | None:
    """Why this URL's host must not be contacted, from the URL alone (no DNS), or None.

    Screens literal addresses in every spelling and local names; names are screened on
    the addresses the connection resolves (session.py), never by a second lookup here.
    """
    host, port = host_port(url)
    if not host or is_trusted(host, port, trusted):
        return None
    if is_local_name(host):
        return f"local host name {normalize_host(host)} refused ({ADVICE})"
    for address in literal_addresses(host):
        rule = forbidden_rule(address)
        if rule:
            return f"{_describe(host, address, rule)} ({ADVICE})"
    return None


def screen_addresses(host: str, addresses: Iterable[str]) -> str | None:
    """Why a connection to `host` must not use these resolved addresses, or None.

    Every address is checked, not just the one tried first: a name that answers a
    public and a private address is refused (the private one could be used on a retry).
    """
    for text in addresses:
        try:
            address = ipaddress.ip_address(text.split("%", 1)[0])
        except ValueError:
            continue
        rule = forbidden_rule(address)
        if rule:
            if normalize_host(host) == str(address):
                return f"{_describe(host, address, rule)} ({ADVICE})"
            return f"private address: {host} resolves to {address}, refused: {rule} ({ADVICE})"
    return None
