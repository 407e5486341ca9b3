"""Hostile or odd input never raises: every string gets a verdict, every header a URL or None."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.resolve import invalid_reason
from checker.resolve.fetch import absolute_location, host_key, meta_refresh_target
from checker.resolve.policy import parse_retry_after

BASE = "http://example.org/a/b.html"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_is_either_checkable_or_has_a_reason(text: str) -> None:
    reason = invalid_reason(text)
    assert reason is None or isinstance(reason, str)
    host_key(text)  # must not raise either


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_location_resolves_without_fragment(location: str) -> None:
    try:
        target = absolute_location(BASE, location)
    except ValueError:
        return  # urljoin rejects some (e.g. broken IPv6 literals); the fetcher reports those
    assert "#" not in target


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_meta_refresh_scanner_never_raises(body: bytes) -> None:
    html = b'<html><head><meta http-equiv="refresh" content="' + body[:40] + b'">' + body
    target = meta_refresh_target(html, BASE)
    assert target is None or target.startswith(("http://", "https://"))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_retry_after_parser_never_raises(value: str) -> None:
    result = parse_retry_after(value)
    assert result is None or result >= 0
