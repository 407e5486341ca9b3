"""The private-address guard: every spelling of a private address, at every hop, with and
without a proxy, refused before any connection; names screened on the address the
connection uses (README "Security").

The canary (tests/fixtures/zoo.py) listens on loopback aliases; the `canary` fixture fails
any test during which something reached it. Each loopback spelling is first shown to
reach the canary when the guard is lifted, so the refusals below cannot pass by accident.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.config import Config
from checker.models import Verdict
from checker.resolve import Resolver, guard
from tests.fixtures.zoo import Canary, Zoo

# Spellings of the canary's loopback addresses: (host as written, the address it means, rule).
LOOPBACK_SPELLINGS = [
    ("127.0.0.1", "127.0.0.1", "loopback"),
    ("2130706433", "127.0.0.1", "loopback"),  # one decimal integer
    ("0x7f000001", "127.0.0.1", "loopback"),  # one hex integer
    ("0177.0.0.01", "127.0.0.1", "loopback"),  # octal parts
    ("0x7f.0x0.0x0.0x1", "127.0.0.1", "loopback"),  # hex parts
    ("127.1", "127.0.0.1", "loopback"),  # short form: the last part fills the rest
    ("127.0.1", "127.0.0.1", "loopback"),
    ("127.0.0.1.", "127.0.0.1", "loopback"),  # trailing root dot
    ("%31%32%37.0.0.1", "127.0.0.1", "loopback"),  # percent-encoded
    ("127\u30020\u30020\u30021", "127.0.0.1", "loopback"),  # ideographic full stops: 127。0。0。1
    ("\uff11\uff12\uff17\uff0e0\uff0e0\uff0e1", "127.0.0.1", "loopback"),  # fullwidth digits and dots
    ("2130706437", "127.0.0.5", "loopback"),  # another loopback alias
    ("[::1]", "::1", "loopback"),
    ("[::ffff:127.0.0.1]", "127.0.0.1", "loopback, as IPv4-mapped"),
    ("[::ffff:7f00:1]", "127.0.0.1", "loopback, as IPv4-mapped"),
    ("[0:0:0:0:0:ffff:7f00:5]", "127.0.0.5", "loopback, as IPv4-mapped"),
    ("0", "0.0.0.0", "unspecified"),  # Linux connects 0.0.0.0 to this host
    ("0.0.0.0", "0.0.0.0", "unspecified"),
]
# The cloud metadata service and other private networks: no canary can sit there, so these
# prove themselves by the verdict (an attempt would time out, not be refused).
METADATA_SPELLINGS = [
    ("169.254.169.254", "169.254.169.254", "link-local"),
    ("2852039166", "169.254.169.254", "link-local"),
    ("0251.0376.0251.0376", "169.254.169.254", "link-local"),
    ("0xa9.0xfe.0xa9.0xfe", "169.254.169.254", "link-local"),
    ("0xa9fea9fe", "169.254.169.254", "link-local"),
    ("169.16689662", "169.254.169.254", "link-local"),
    ("[::ffff:169.254.169.254]", "169.254.169.254", "link-local, as IPv4-mapped"),
    ("[::ffff:a9fe:a9fe]", "169.254.169.254", "link-local, as IPv4-mapped"),
    ("[::169.254.169.254]", "169.254.169.254", "link-local, as IPv4-compatible"),
    ("[64:ff9b::a9fe:a9fe]", "169.254.169.254", "link-local, as NAT64"),
    ("[fe80::1%25eth0]", "fe80::1", "link-local"),  # zone id
    ("10.1", "10.0.0.1", "private"),
    ("192.168.1.1", "192.168.1.1", "private"),
    ("172.16.5.4", "172.16.5.4", "private"),
    ("[fd12:3456::1]", "fd12:3456::1", "private"),
    ("100.64.0.1", "100.64.0.1", "shared (100.64.0.0/10)"),
    ("224.0.0.251", "224.0.0.251", "multicast"),
    ("[ff02::1]", "ff02::1", "multicast"),
    ("240.0.0.1", "240.0.0.1", "reserved"),
    ("255.255.255.255", "255.255.255.255", "reserved"),
    ("0127.0.0.1", "127.0.0.1", "loopback"),  # octal 87.0.0.1 to inet_aton, 127.0.0.1 to some proxies
]
ALL_SPELLINGS = LOOPBACK_SPELLINGS + METADATA_SPELLINGS
# Hosts that only look like addresses, and public addresses in odd spellings: not refused.
PUBLIC = ["93.184.216.34", "1572395042", "0x5db8d822", "[2606:2800:220:1::]", "[::ffff:93.184.216.34]",
          "1.2.3.4.example.org", "0x7f.example", "example.org", "093.1.2.3"]


def spelled(host: str, port: int | None = None, path: str = "/canary") -> str:
    return f"http://{host}{f':{port}' if port else ''}{path}"


# ---------------------------------------------------------------------------- reading hosts


@pytest.mark.parametrize(("host", "address", "rule"), ALL_SPELLINGS, ids=[s[0] for s in ALL_SPELLINGS])
def test_every_spelling_is_read_as_the_address_it_means(host: str, address: str, rule: str) -> None:
    why = guard.refusal(spelled(host))
    assert why is not None
    assert f"refused: {rule}" in why
    assert address in why
    assert "--allow-private" in why


@pytest.mark.parametrize("host", PUBLIC)
def test_public_addresses_and_names_pass_whatever_their_spelling(host: str) -> None:
    assert guard.refusal(spelled(host)) is None


@pytest.mark.parametrize("host", ["localhost", "LOCALHOST.", "app.localhost", "ip6-localhost", "%6cocalhost"])
def test_local_names_are_refused_without_asking_dns(host: str) -> None:
    assert (guard.refusal(spelled(host)) or "").startswith("local host name ")


def test_trusted_hosts_are_exempt_by_host_and_port() -> None:
    assert guard.refusal("http://127.0.0.1:8080/x", trusted=["127.0.0.1:8080"]) is None
    assert guard.refusal("http://127.0.0.1:8081/x", trusted=["127.0.0.1:8080"]) is not None
    assert guard.refusal("http://127.0.0.1:8081/x", trusted=["127.0.0.1"]) is None
    assert guard.refusal("http://2130706433:8080/x", trusted=["127.0.0.1:9"]) is not None


def test_the_guard_is_on_by_default() -> None:
    assert Config().allow_private is False
    assert Config().allow_private_hosts == ()


# ---------------------------------------------------------------------------- fixtures


def quick(**changes: Any) -> Config:
    return Config(**{"retries": 0, "connect_timeout": 1.0, "read_timeout": 2.0, "url_deadline": 5.0,
                     "soft404_probe": False, "per_host_delay": 0.0, "browser_user_agent": "", **changes})


def check(config: Config, urls: list[str]) -> dict[str, Any]:
    with Resolver(config) as r:
        return dict(r.check_all(urls).checks)


def refused(result: Any, rule: str, *, redirect: bool = False) -> None:
    assert result.verdict is Verdict.NOT_CHECKED, result.reason
    assert not result.verdict.is_dead
    assert f"refused: {rule}" in result.reason, result.reason
    assert result.reason.startswith("redirect target ") is redirect, result.reason


# ---------------------------------------------------------------------------- no proxy


def test_loopback_spellings_reach_the_canary_when_the_guard_is_lifted(canary_server: Canary) -> None:
    # The proof that the refusals below are refusals: these spellings do connect.
    canary_server.clear()
    # (requests itself refuses the Unicode-dotted spellings; a browser or a proxy would not.)
    reachable = ["2130706433", "0x7f000001", "0177.0.0.01", "127.1", "127.0.0.1.", "2130706437", "[::1]",
                 "[::ffff:127.0.0.1]", "0"]
    urls = [canary_server.url(h, f"/reach/{i}") for i, h in enumerate(reachable)]
    results = check(quick(allow_private=True), urls)
    arrived = {line for _, line in canary_server.arrivals()}
    canary_server.clear()
    for i, url in enumerate(urls):
        assert results[url].verdict is Verdict.OK, (url, results[url].reason)
        assert f"GET /reach/{i} HTTP/1.1" in arrived


@pytest.mark.parametrize(("host", "address", "rule"), LOOPBACK_SPELLINGS, ids=[s[0] for s in LOOPBACK_SPELLINGS])
def test_cited_loopback_spelling_is_refused_before_connecting(canary: Canary, host: str, address: str,
                                                               rule: str) -> None:
    url = canary.url(host)
    refused(check(quick(), [url])[url], rule)


def test_cited_metadata_spellings_are_refused_without_a_connection_attempt() -> None:
    urls = [spelled(host, path="/latest/meta-data/iam/security-credentials/") for host, _, _ in METADATA_SPELLINGS]
    results = check(quick(connect_timeout=5.0), urls)
    for (_, _, rule), url in zip(METADATA_SPELLINGS, urls, strict=True):
        refused(results[url], rule)
        assert results[url].elapsed < 1.0  # refused, not timed out
        assert results[url].attempts == 0


def test_redirects_to_every_spelling_are_refused(zoo: Zoo, canary: Canary) -> None:
    # The zoo itself is allowed by host and port (as an intranet site would be), so the
    # first hop is fetched and its Location is what the guard must refuse.
    origin = zoo.netloc(0)
    urls = {host: zoo.url("/redirect-any?to=" + quote(canary.url(host), safe="")) for host, _, _ in ALL_SPELLINGS}
    results = check(quick(allow_private_hosts=(origin,)), list(urls.values()))
    for host, _, rule in ALL_SPELLINGS:
        result = results[urls[host]]
        refused(result, rule, redirect=True)
        assert [h.status for h in result.hops] == [302], host


def test_allowed_host_does_not_open_its_address_to_other_spellings_or_ports(zoo: Zoo, canary: Canary) -> None:
    port = zoo.servers[0].server_address[1]
    url = zoo.url("/redirect-any?to=" + quote(f"http://2130706433:{port}/page/other-spelling", safe=""))
    result = check(quick(allow_private_hosts=(zoo.netloc(0),)), [url])[url]
    refused(result, "loopback", redirect=True)
    assert zoo.hits("/page/other-spelling") == 0


def test_resolver_refuses_loopback_by_default(zoo: Zoo) -> None:
    url = zoo.url("/page/guarded")
    before = zoo.hits("/page/guarded")
    result = check(Config(retries=0), [url])[url]
    refused(result, "loopback")
    assert zoo.hits("/page/guarded") == before  # never opened


# ---------------------------------------------------------------------------- names and rebinding


def test_a_name_resolving_to_a_private_address_is_refused_at_the_connection(
        canary: Canary, monkeypatch: pytest.MonkeyPatch) -> None:
    # A DNS answer pointing a public-looking name at a private address is exactly what no
    # local server can produce on demand, so getaddrinfo is replaced here (and only here).
    real = socket.getaddrinfo
    calls: list[str] = []

    def fake(host: str, port: Any, *args: Any, **kw: Any) -> Any:
        calls.append(host)
        if host == "intranet.example":  # a public and a private answer: the private one is refused
            return real("93.184.216.34", port, *args, **kw) + real("127.0.0.1", port, *args, **kw)
        return real(host, port, *args, **kw)

    monkeypatch.setattr(socket, "getaddrinfo", fake)
    url = f"http://intranet.example:{canary.port}/canary"
    result = check(quick(), [url])[url]
    refused(result, "loopback")
    assert "intranet.example resolves to 127.0.0.1" in result.reason
    assert calls == ["intranet.example"]


def test_dns_rebinding_cannot_swap_the_address_after_the_check(zoo: Zoo, canary: Canary,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # Rebinding: the first answer is public, every later one is the canary's loopback address.
    # A guard that resolves for its check and lets the connection resolve again connects to
    # the canary; a pinned connection uses the one answer it checked.
    real = socket.getaddrinfo
    answers: list[str] = []

    def rebinding(host: str, port: Any, *args: Any, **kw: Any) -> Any:
        if host != "rebind.example":
            return real(host, port, *args, **kw)
        answers.append("public" if not answers else "loopback")
        return real("93.184.216.34" if answers[-1] == "public" else "127.0.0.1", port, *args, **kw)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    url = f"http://rebind.example:{canary.port}/canary"
    # (the zoo stands in for the archive, so the network-down guard sees a working network)
    result = check(quick(connect_timeout=0.5, wayback_url=zoo.url("/")), [url])[url]
    assert answers == ["public"]  # resolved once, for the check and the connection alike
    assert result.verdict is Verdict.UNREACHABLE  # the public address is not reachable from here


def test_pinned_connection_keeps_host_header_and_tls_server_name(zoo_ca: Any, tmp_path: Any) -> None:
    # A certificate for the name only: if the connection to the checked address lost the
    # name, TLS verification (and SNI) would fail; the Host header must be the name too.
    ca_path = tmp_path / "ca.pem"
    zoo_ca.cert_pem.write_to_path(str(ca_path))
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    zoo_ca.issue_cert("localhost").configure_cert(ctx)
    server = Zoo("https", ctx, addresses=("127.0.0.1",))
    try:
        port = server.servers[0].server_address[1]
        url = f"https://localhost:{port}/echo-headers"
        with pytest.MonkeyPatch.context() as mp:
            for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_FILE"):
                mp.delenv(name, raising=False)
            mp.setenv("REQUESTS_CA_BUNDLE", str(ca_path))
            result = check(quick(allow_private_hosts=("localhost",)), [url])[url]
        assert result.verdict is Verdict.OK, result.reason
        assert server.requests_to("/echo-headers")[0]["Host"] == f"localhost:{port}"
    finally:
        server.close()


# ---------------------------------------------------------------------------- behind a proxy


def test_behind_a_proxy_literals_are_refused_and_names_left_to_it(zoo: Zoo, zoo_proxy: Any, canary: Canary,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # "zoo.test" exists only in the proxy's DNS, and the proxy connects wherever it is told:
    # a spelling that slipped through would reach the canary through it.
    monkeypatch.setenv("HTTP_PROXY", zoo_proxy.url)
    looked_up: list[str] = []
    real = socket.getaddrinfo

    def spy(host: str, *args: Any, **kw: Any) -> Any:  # records, answers as the system does
        looked_up.append(host)
        return real(host, *args, **kw)

    port = zoo.servers[0].server_address[1]
    cited = {host: canary.url(host) for host, _, _ in ALL_SPELLINGS}
    redirected = {host: f"http://zoo.test:{port}/redirect-any?to=" + quote(canary.url(host), safe="")
                  for host, _, _ in ALL_SPELLINGS}
    seen_before = len(zoo_proxy.seen())
    monkeypatch.setattr(socket, "getaddrinfo", spy)
    # A few at a time: the little proxy's listen backlog is socketserver's default of 5.
    results = check(quick(concurrency=4), [*cited.values(), *redirected.values()])
    monkeypatch.setattr(socket, "getaddrinfo", real)
    for host, _, rule in ALL_SPELLINGS:
        refused(results[cited[host]], rule)
        refused(results[redirected[host]], rule, redirect=True)
    sent = [target for _, target in zoo_proxy.seen()[seen_before:]]
    assert sorted(sent) == sorted(redirected.values())  # only the first hops went to the proxy
    assert "zoo.test" not in looked_up  # names are the proxy's to resolve


def test_the_configured_archive_on_a_private_address_is_trusted_but_cited_urls_are_not(zoo: Zoo) -> None:
    # --wayback-url http://127.0.0.1:PORT names the user's own archive: the network-down
    # canary may ask it. The same address cited in an article is still refused.
    url = zoo.url("/page/archive-host-cited")
    with Resolver(quick(wayback_url=zoo.url("/"))) as r:
        assert r.canary() is None
        result = r.check_all([url]).checks[url]
    refused(result, "loopback")


def test_archive_requests_use_the_guard(canary: Canary, monkeypatch: pytest.MonkeyPatch) -> None:
    # The Wayback client and Save Page Now connect through the same pinned, screened
    # connections: an archive host name answering a private address is refused (the fake
    # DNS answer is one no local server can give), and nothing reaches the canary.
    from checker.archive.client import WaybackClient, WaybackError
    from checker.resolve.session import archive_session

    real = socket.getaddrinfo

    def fake(host: str, port: Any, *args: Any, **kw: Any) -> Any:
        return real("127.0.0.1" if host == "archive.example" else host, port, *args, **kw)

    monkeypatch.setattr(socket, "getaddrinfo", fake)
    config = quick(wayback_url=f"http://archive.example:{canary.port}")
    client = WaybackClient(config.wayback_url, user_agent="t", retries=0, timeout=(1.0, 1.0),
                           session_factory=lambda: archive_session(config))
    with pytest.raises(WaybackError, match="cannot reach the archive") as refused_archive:
        client.search("http://example.org/")
    assert "archive.example resolves to 127.0.0.1, refused: loopback" in str(refused_archive.value)
    assert getattr(refused_archive.value, "attempts", None) == 1  # a refusal is not retried


def test_an_archive_url_naming_a_private_literal_by_another_spelling_is_refused_at_once(canary: Canary) -> None:
    # Only the archive origin exactly as configured is trusted; its redirects elsewhere are not.
    from checker.archive.client import WaybackClient, WaybackError
    from checker.resolve.session import archive_session

    config = quick(wayback_url="https://web.archive.org")
    client = WaybackClient(canary.url("0x7f.1", ""), user_agent="t", retries=2, timeout=(1.0, 1.0),
                           session_factory=lambda: archive_session(config))
    with pytest.raises(WaybackError, match=r"refused: loopback") as refused_archive:
        client.search("http://example.org/")
    assert getattr(refused_archive.value, "attempts", None) == 1


def test_an_archive_named_by_a_private_address_is_the_users_choice(canary_server: Canary) -> None:
    from checker.archive.client import WaybackClient, WaybackError
    from checker.resolve.session import archive_session

    canary_server.clear()
    config = quick(wayback_url=canary_server.url("127.0.0.5", ""))
    client = WaybackClient(config.wayback_url, user_agent="t", retries=0, timeout=(1.0, 1.0),
                           session_factory=lambda: archive_session(config))
    with pytest.raises(WaybackError):  # the canary is no archive, but it was asked
        client.search("http://example.org/")
    assert [address for address, _ in canary_server.arrivals()] == ["127.0.0.5"]
    canary_server.clear()


def test_a_meta_refresh_to_a_private_address_is_refused(zoo: Zoo, canary: Canary) -> None:
    target = canary.url("0xa9.0xfe.0xa9.0xfe", "/latest/meta-data/")
    refresh = f'<meta http-equiv="refresh" content="0; url={target}">'
    url = zoo.add_page("/page/refresh-to-metadata", f"<html><head>{refresh}<title>x</title></head></html>")
    result = check(quick(allow_private_hosts=(zoo.netloc(0),)), [url])[url]
    refused(result, "link-local", redirect=True)
    assert result.hops[0].status == 200 and result.hops[0].location == target


# ---------------------------------------------------------------------------- properties


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="0123456789abcdefxX.", min_size=1, max_size=16))
def test_every_host_the_system_reads_as_an_address_is_read_as_that_address(host: str) -> None:
    # The OS's own inet_aton (what getaddrinfo, curl and many proxies use for numeric hosts)
    # is the oracle: whatever it connects to, the guard must have seen.
    try:
        packed = socket.inet_aton(host)
    except OSError:
        return
    assert ipaddress.IPv4Address(packed) in guard.ipv4_readings(guard.normalize_host(host))


@settings(max_examples=500, deadline=None)
@given(st.integers(0, 2**32 - 1), st.sampled_from(["int", "hex", "octal-parts", "hex-parts", "short", "dotted."]))
def test_any_address_in_any_spelling_is_read_back(value: int, form: str) -> None:
    a, b, c, d = ipaddress.IPv4Address(value).packed
    host = {"int": str(value), "hex": hex(value), "octal-parts": f"0{a:o}.0{b:o}.0{c:o}.0{d:o}",
            "hex-parts": f"{a:#x}.{b:#x}.{c:#x}.{d:#x}", "short": f"{a}.{value & 0xFFFFFF}",
            "dotted.": f"{a}.{b}.{c}.{d}."}[form]
    assert ipaddress.IPv4Address(value) in guard.literal_addresses(host)
    forbidden = guard.forbidden_rule(ipaddress.IPv4Address(value)) is not None
    refused = guard.refusal(f"http://{host}/") is not None
    assert refused or not forbidden  # never a miss
    if form != "octal-parts":  # leading zeros are also read as decimal, which may be private
        assert refused is forbidden
