"""TLS verification, proxies and the network-down guard, against real local servers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from checker.config import Config
from checker.models import Verdict
from checker.resolve import NETWORK_UNAVAILABLE, Resolver

CA_VARS = ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_FILE")


def only_ca(monkeypatch: pytest.MonkeyPatch, name: str | None, path: str | None) -> None:
    for var in CA_VARS:
        monkeypatch.delenv(var, raising=False)
    if name and path:
        monkeypatch.setenv(name, path)


# ---------------------------------------------------------------------------- TLS


@pytest.mark.parametrize("var", ["REQUESTS_CA_BUNDLE", "SSL_CERT_FILE"])
def test_tls_ok_with_ca_bundle_from_env(var: str, zoo_tls: Any, cfg: Callable[..., Config],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    only_ca(monkeypatch, var, zoo_tls.ca_path)
    url = zoo_tls.url("/page/secure-article")
    with Resolver(cfg()) as r:
        check = r.check_all([url]).checks[url]
    assert check.verdict is Verdict.OK, check.reason


def test_tls_unknown_issuer_is_unreachable_with_reason(zoo_tls: Any, cfg: Callable[..., Config],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    only_ca(monkeypatch, None, None)  # requests falls back to certifi, which does not know the test CA
    url = zoo_tls.url("/page/secure-article")
    with Resolver(cfg()) as r:
        outcome = r.check_all([url])
    check = outcome.checks[url]
    assert check.verdict is Verdict.UNREACHABLE and check.error == "tls_error"
    assert "certificate verification failed" in check.reason
    assert check.attempts == 1  # a bad certificate is not retried


def test_tls_wrong_host_and_self_signed(zoo_bad_tls: Any, cfg: Callable[..., Config],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    only_ca(monkeypatch, "REQUESTS_CA_BUNDLE", zoo_bad_tls.ca_path)
    wrong, selfsigned = zoo_bad_tls.url("/page/x"), zoo_bad_tls.self_signed_url("/page/y")
    with Resolver(cfg()) as r:
        outcome = r.check_all([wrong, selfsigned])
    assert not outcome.network_down
    assert outcome.checks[wrong].verdict is Verdict.UNREACHABLE
    assert "mismatch" in outcome.checks[wrong].reason.lower()
    assert outcome.checks[selfsigned].verdict is Verdict.UNREACHABLE
    assert outcome.checks[selfsigned].error == "tls_error"


# ---------------------------------------------------------------------------- proxies


def test_http_through_proxy_without_local_name_resolution(zoo: Any, zoo_proxy: Any,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # "zoo.test" exists only in the proxy's DNS. The guard is ON (allow_private=False):
    # it must not resolve the name itself when a proxy applies.
    monkeypatch.setenv("HTTP_PROXY", zoo_proxy.url)
    port = zoo.servers[0].server_address[1]
    url = f"http://zoo.test:{port}/page/via-proxy"
    with Resolver(Config(retries=0, connect_timeout=2, read_timeout=2, url_deadline=5)) as r:
        check = r.check_all([url]).checks[url]
    assert check.verdict is Verdict.OK, check.reason
    assert ("GET", url) in zoo_proxy.seen()


def test_https_through_connect_proxy(zoo_tls: Any, zoo_proxy: Any, cfg: Callable[..., Config],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    only_ca(monkeypatch, "REQUESTS_CA_BUNDLE", zoo_tls.ca_path)
    monkeypatch.setenv("HTTPS_PROXY", zoo_proxy.url)
    url = zoo_tls.url("/page/tunnelled")
    with Resolver(cfg()) as r:
        check = r.check_all([url]).checks[url]
    assert check.verdict is Verdict.OK, check.reason
    assert ("CONNECT", zoo_tls.good.netloc(0)) in zoo_proxy.seen()


def test_no_proxy_is_honoured(zoo: Any, zoo_proxy: Any, cfg: Callable[..., Config],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", zoo_proxy.url)
    monkeypatch.setenv("NO_PROXY", "127.0.0.2")
    url = zoo.url("/page/direct", host=1)
    with Resolver(cfg()) as r:
        assert r.check_all([url]).checks[url].verdict is Verdict.OK
    assert all(target != url for _, target in zoo_proxy.seen())


def test_dead_hosts_behind_proxy_mean_network_down(zoo: Any, zoo_proxy: Any,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", zoo_proxy.url)
    urls = ["http://dead-one.nowhere.test/a", "http://dead-two.nowhere.test/b"]
    with Resolver(Config(retries=0, connect_timeout=2, read_timeout=6, url_deadline=8)) as r:
        outcome = r.check_all(urls)
    assert outcome.network_down
    assert {(c.verdict, c.reason) for c in outcome.checks.values()} == {(Verdict.NOT_CHECKED, NETWORK_UNAVAILABLE)}


def test_unreachable_proxy_means_network_down(zoo: Any, monkeypatch: pytest.MonkeyPatch,
                                              cfg: Callable[..., Config]) -> None:
    dead_proxy = zoo.dead_url("").rstrip("/")
    monkeypatch.setenv("HTTP_PROXY", dead_proxy)
    urls = [zoo.url("/page/p1"), zoo.url("/page/p2", host=1)]
    with Resolver(cfg(retries=0)) as r:
        outcome = r.check_all(urls)
    assert outcome.network_down
    assert all(c.error == "proxy_error" for c in outcome.checks.values())


# ---------------------------------------------------------------------------- network-down guard


def test_all_hosts_refusing_means_network_down(zoo: Any, cfg: Callable[..., Config]) -> None:
    urls = [zoo.dead_url("/a"), zoo.dead_url("/b"), "ftp://example.org/x"]
    with Resolver(cfg()) as r:
        outcome = r.check_all(urls)
    assert outcome.network_down
    assert outcome.notice and "no URL was declared dead" in outcome.notice
    assert [outcome.checks[u].verdict for u in urls] == [Verdict.NOT_CHECKED, Verdict.NOT_CHECKED, Verdict.INVALID]
    assert outcome.checks[urls[0]].reason == NETWORK_UNAVAILABLE
    assert outcome.checks[urls[0]].error == "connection_refused"  # the evidence is kept


def test_one_dead_host_with_dead_archive_is_network_down(zoo: Any, cfg: Callable[..., Config]) -> None:
    url = zoo.dead_url("/only")
    with Resolver(cfg(wayback_url=zoo.dead_url(""))) as r:
        outcome = r.check_all([url])
    assert outcome.network_down and outcome.checks[url].verdict is Verdict.NOT_CHECKED
    assert "archive" in (outcome.notice or "")


def test_one_dead_host_with_live_archive_is_just_unreachable(zoo: Any, cfg: Callable[..., Config]) -> None:
    url = zoo.dead_url("/only")
    with Resolver(cfg()) as r:  # cfg's archive is the live zoo
        outcome = r.check_all([url])
    assert not outcome.network_down and outcome.notice is None
    assert outcome.checks[url].verdict is Verdict.UNREACHABLE
    assert outcome.checks[url].reason == "connection refused"


def test_a_live_host_means_the_network_is_up(zoo: Any, cfg: Callable[..., Config]) -> None:
    urls = [zoo.dead_url("/a"), zoo.dead_url("/b"), zoo.url("/page/alive")]
    with Resolver(cfg()) as r:
        outcome = r.check_all(urls)
    assert not outcome.network_down
    assert [outcome.checks[u].verdict for u in urls] == [Verdict.UNREACHABLE, Verdict.UNREACHABLE, Verdict.OK]


def test_a_proxys_own_gateway_error_is_unreachable_not_a_server_error(zoo: Any,
                                                                     cfg: Callable[..., Config]) -> None:
    # What a proxy sends for a host it cannot reach: marked as its own (RFC 9209, Squid).
    rfc = zoo.add_page("/page/proxy-status-502", "<h1>Bad Gateway</h1>", status=502,
                       headers={"Proxy-Status": 'proxy.example; error=dns_error; details="no such host"'})
    squid = zoo.add_page("/page/squid-503", "<h1>ERROR</h1>", status=503,
                         headers={"X-Squid-Error": "ERR_DNS_FAIL 0"})
    origin = zoo.add_page("/page/origin-502", "<h1>Bad Gateway</h1>", status=502)
    with Resolver(cfg(retries=0)) as r:
        checks = r.check_all([rfc, squid, origin]).checks
    assert checks[rfc].verdict is Verdict.UNREACHABLE and "dns_error" in checks[rfc].reason
    assert checks[squid].verdict is Verdict.UNREACHABLE and "ERR_DNS_FAIL" in checks[squid].reason
    assert checks[origin].verdict is Verdict.SERVER_ERROR  # unmarked: the origin's own 5xx


def test_without_kept_checks_the_outcome_holds_only_what_the_guard_may_rewrite(zoo: Any,
                                                                              cfg: Callable[..., Config]) -> None:
    live, dead = zoo.url("/page/kept-1"), zoo.dead_url("/kept")
    seen = []
    with Resolver(cfg()) as r:
        outcome = r.check_all([live, dead], on_result=seen.append, keep_checks=False)
        down = r.check_all([zoo.dead_url("/a"), zoo.dead_url("/b")], keep_checks=False)
    assert {c.url for c in seen} == {live, dead}  # every check is handed on as it finishes
    assert set(outcome.checks) == {dead} and not outcome.network_down  # the live page is not held
    assert down.network_down and {c.verdict for c in down.checks.values()} == {Verdict.NOT_CHECKED}


def test_the_environment_is_read_per_request_only_when_it_names_a_proxy_or_a_netrc(
        zoo_tls: Any, cfg: Callable[..., Config], monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    from checker.resolve.session import make_session, trusts_env

    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "NETRC"):
        monkeypatch.delenv(var, raising=False)
        monkeypatch.delenv(var.lower(), raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    only_ca(monkeypatch, "REQUESTS_CA_BUNDLE", zoo_tls.ca_path)
    session = make_session(cfg())
    # Nothing for requests to find per request; the CA bundle is still the one the variable names.
    assert not session.trust_env and session.verify == zoo_tls.ca_path
    url = zoo_tls.url("/page/secure-article")
    import urllib.request

    walks = []
    walk_environment = urllib.request.getproxies_environment
    monkeypatch.setattr(urllib.request, "getproxies_environment", lambda: walks.append(1) or walk_environment())
    with Resolver(cfg()) as r:
        assert r.check_all([url]).checks[url].verdict is Verdict.OK
    assert walks == []  # proxies are not looked for per request (requests would walk os.environ)
    (tmp_path / ".netrc").write_text("machine example.org login a password b\n")
    assert trusts_env()
    (tmp_path / ".netrc").unlink()
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    assert trusts_env() and make_session(cfg()).trust_env
