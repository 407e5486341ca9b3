"""The test archive itself: what other stages' tests rely on when they add captures."""

from __future__ import annotations

import requests

from tests.fixtures.wayback import Wayback, article_html


def test_a_capture_added_right_after_a_query_is_seen_by_the_next_one(wayback: Wayback) -> None:
    # pywb caches its list of index files by the directory's stat, in whole seconds; adds made
    # within one second of its last look used to go unseen (found by the proxy end-to-end test).
    cdx = f"{wayback.base_url}/cdx/search/cdx"
    for i in range(4):
        url = f"http://fixture.example/rapid-{i}.html"
        assert requests.get(cdx, params={"url": url, "output": "json"}, timeout=5).json() == []
        wayback.add_capture(url, "20151010000000", article_html(f"Rapid {i}", ["Added mid-test."]))
        rows = requests.get(cdx, params={"url": url, "output": "json"}, timeout=5).json()
        assert rows[0][:3] == ["urlkey", "timestamp", "original"] and rows[1][1:3] == ["20151010000000", url]


def test_added_html_replays_byte_for_byte(wayback: Wayback) -> None:
    url = "http://fixture.example/bytes.html"
    html = article_html("Bytes", ["Ünïcödé survives — as bytes."])
    wayback.add_capture(url, "20151111111111", html, headers=(("Last-Modified", "Wed, 11 Nov 2015 10:00:00 GMT"),))
    resp = requests.get(f"{wayback.base_url}/web/20151111111111id_/{url}", timeout=5)
    assert resp.status_code == 200 and resp.content == html.encode("utf-8")
    assert resp.headers["X-Archive-Orig-Last-Modified"] == "Wed, 11 Nov 2015 10:00:00 GMT"


def test_switches_fail_only_what_they_target(wayback: Wayback) -> None:
    wayback.adapter.fail_next(1, 503, prefix="/cdx")
    assert requests.get(f"{wayback.base_url}/web/cdx", timeout=5).status_code != 503  # not under /cdx
    first = requests.get(f"{wayback.base_url}/cdx/search/cdx", params={"url": "x.example"}, timeout=5)
    second = requests.get(f"{wayback.base_url}/cdx/search/cdx", params={"url": "x.example"}, timeout=5)
    assert (first.status_code, second.status_code) == (503, 200)
