"""The harness itself: the proxy plays what the truth table says, in the shapes the real web uses.

When an end-to-end verdict differs from the truth table, these tests tell whether the
simulated web or the product is wrong. They talk to the proxy with plain requests (no
checker code), trusting the proxy's fresh CA.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
import requests

from tests.e2e import simweb_truth as truth
from tests.fixtures.simweb import SimWeb

TIMEOUT = (3.0, 5.0)


@pytest.fixture
def web(simweb: SimWeb) -> Iterator[requests.Session]:
    simweb.set_state("web")  # a fresh epoch: the 429-once source answers 429 again
    session = requests.Session()
    session.trust_env = False
    session.proxies = {"http": simweb.proxy_url, "https": simweb.proxy_url}
    session.verify = str(simweb.ca_cert)
    yield session
    session.close()


def source(scenario: str) -> truth.Source:
    return next(s for s in truth.SOURCES if s.scenario == scenario)


def get(web: requests.Session, url: str, **kw: object) -> requests.Response:
    return web.get(url, allow_redirects=False, timeout=TIMEOUT, **kw)  # type: ignore[arg-type]


def test_a_healthy_page_carries_the_cited_metadata_in_its_redesigned_page(web: requests.Session) -> None:
    s = source("ok")
    r = get(web, s.url)
    assert r.status_code == 200
    assert f'<meta property="og:title" content="{s.title}">'.replace("'", "&#x27;") in r.text
    assert all(a in r.text for a in s.authors) and s.date_iso in r.text
    assert "All rights reserved." in r.text and "Facebook Twitter LinkedIn Email Print" in r.text


def test_http_redirects_to_https_through_the_intercepting_proxy(web: requests.Session) -> None:
    s = source("https")
    first = get(web, s.url)
    assert first.status_code == 301 and first.headers["Location"].startswith("https://")
    second = get(web, first.headers["Location"])  # TLS to the proxy, verified against its CA
    assert second.status_code == 200


def test_each_failure_scenario_answers_as_the_real_web_does(web: requests.Session) -> None:
    assert get(web, source("homepage").url).headers["Location"] == f"https://{source('homepage').host}/"
    assert get(web, source("not_found").url).status_code == 404
    assert get(web, source("gone_410").url).status_code == 410
    challenge = get(web, source("challenge").url)
    assert challenge.status_code == 403 and challenge.headers["cf-mitigated"] == "challenge"
    assert get(web, source("server_error").url).status_code == 503
    dead = get(web, source("dead_host").url)
    assert dead.status_code == 502 and "mitmproxy" in dead.headers.get("Server", "")  # the proxy's own answer


def test_retry_after_then_success(web: requests.Session) -> None:
    s = source("retry_after")
    first = get(web, s.url)
    assert (first.status_code, first.headers.get("Retry-After")) == (429, "1")
    assert get(web, s.url).status_code == 200


def test_the_soft_404_site_answers_200_for_anything(web: requests.Session) -> None:
    s = source("soft404_site")
    probe = s.url.rsplit("/", 1)[0] + "/qwertyuiopasdfghjklzxcvbnm"
    assert get(web, s.url).status_code == get(web, probe).status_code == 200
    assert "Page not found" in get(web, probe).text
    # An ordinary site answers a real 404 for the same kind of probe.
    ok = source("ok")
    assert get(web, ok.url.rsplit("/", 2)[0] + "/qwertyuiopasdfghjklzxcvbnm").status_code == 404


def test_the_replaced_page_is_a_different_article(web: requests.Session) -> None:
    s = source("replaced")
    assert s.title not in get(web, s.url).text


def test_table_archive_speaks_the_wayback_cdx_and_replay_shapes(web: requests.Session) -> None:
    """The addon's own archive (used when no local pywb is forwarded to)."""
    s = next(x for x in truth.SOURCES if x.cited_capture is not None and x.scenario == "not_found")
    cdx = web.get(f"https://{truth.WAYBACK_HOST}/cdx/search/cdx", params={"url": s.url, "output": "json"},
                  timeout=TIMEOUT)
    rows = cdx.json()
    assert rows[0] == ["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"]
    assert [r[1] for r in rows[1:]] == [c.timestamp for c in s.captures]
    empty = web.get(f"https://{truth.WAYBACK_HOST}/cdx/search/cdx",
                    params={"url": "http://thediplomat.com/never/archived/", "output": "json"}, timeout=TIMEOUT)
    assert json.loads(empty.text) == []
    ts = s.captures[0].timestamp
    near = get(web, f"https://{truth.WAYBACK_HOST}/web/{ts[:8]}id_/{s.url}")
    assert near.status_code == 302 and f"/web/{ts}id_/" in near.headers["Location"]
    raw = get(web, near.headers["Location"])
    assert raw.status_code == 200 and s.title.split("'")[0] in raw.text
    assert raw.headers["X-Archive-Orig-Content-Type"].startswith("text/html")


def test_network_down_fails_every_tunnel_and_request(simweb: SimWeb, web: requests.Session) -> None:
    simweb.set_state("down")
    try:
        assert get(web, source("ok").url).status_code == 502
        with pytest.raises(requests.exceptions.ProxyError):
            get(web, f"https://{truth.WAYBACK_HOST}/cdx/search/cdx?url=x&output=json")
    finally:
        simweb.set_state("web")


def test_every_exchange_is_logged(simweb: SimWeb, web: requests.Session) -> None:
    simweb.clear_log()
    get(web, source("ok").url)
    seen = simweb.exchanges()
    assert [(e["method"], e["host"], e["status"]) for e in seen] == [("GET", source("ok").host, 200)]


def test_nothing_leaves_the_machine(simweb: SimWeb, web: requests.Session) -> None:
    """Whatever ran before in this session: mitmproxy only ever connected to loopback."""
    get(web, source("dead_host").url)  # at least one real upstream attempt to look at
    connections = simweb.upstream_connections()
    assert connections, "mitmproxy's log no longer shows its connections: update upstream_connections()"
    assert all(c.startswith("127.0.0.1:") for c in connections), sorted(set(connections))
