"""The private-address guard: literal addresses always, names only without a proxy."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from checker.config import Config
from checker.models import Verdict
from checker.resolve import Resolver, guard


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://10.1.2.3/x", "http://192.168.0.1/", "http://172.16.5.4/",
    "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://[fe80::1]/", "http://0.0.0.0/",
    "http://[::ffff:127.0.0.1]/", "http://localhost:8080/", "http://app.localhost/",
])
def test_private_literals_and_local_names_are_refused(url: str) -> None:
    assert guard.refusal(url, proxied=False) is not None
    assert guard.refusal(url, proxied=True) is not None  # literals are screened even behind a proxy


def test_public_literal_passes() -> None:
    assert guard.refusal("http://93.184.216.34/", proxied=False) is None


def test_names_resolved_only_without_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    # A DNS answer pointing a public-looking name at a private address is exactly what
    # no local server can produce on demand, so getaddrinfo is replaced here.
    calls: list[str] = []

    def fake_getaddrinfo(host: str, *args: Any, **kw: Any) -> list[Any]:
        calls.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", 0))]

    guard._resolve.cache_clear()
    monkeypatch.setattr(guard.socket, "getaddrinfo", fake_getaddrinfo)
    assert "10.0.0.7" in (guard.refusal("http://intranet.example.com/", proxied=False) or "")
    assert calls == ["intranet.example.com"]
    assert guard.refusal("http://other.example.com/", proxied=True) is None
    assert calls == ["intranet.example.com"]  # behind a proxy: no local lookup at all
    guard._resolve.cache_clear()


def test_unresolvable_name_is_left_to_the_request() -> None:
    assert guard.refusal("http://no-such-host.invalid/", proxied=False) is None


def test_resolver_refuses_loopback_by_default(zoo: Any) -> None:
    url = zoo.url("/page/guarded")
    before = zoo.hits("/page/guarded")
    with Resolver(Config(retries=0)) as r:
        check = r.check_all([url]).checks[url]
    assert check.verdict is Verdict.NOT_CHECKED
    assert "--allow-private" in check.reason
    assert zoo.hits("/page/guarded") == before  # never opened


def test_redirect_to_private_target_is_refused(zoo: Any, zoo_proxy: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # Through the proxy, "zoo.test" is a public-looking name the proxy resolves;
    # its redirect to a literal loopback address must still be refused.
    monkeypatch.setenv("HTTP_PROXY", zoo_proxy.url)
    port = zoo.servers[0].server_address[1]
    url = f"http://zoo.test:{port}/redirect-to/1/page/secret"
    with Resolver(Config(retries=0, connect_timeout=2, read_timeout=2)) as r:
        check = r.check_all([url]).checks[url]
    assert check.verdict is Verdict.NOT_CHECKED
    assert check.reason.startswith("redirect target private address 127.0.0.2")
    assert check.hops[0].status == 302
    assert zoo.hits("/page/secret") == 0
