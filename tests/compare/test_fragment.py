"""check_fragment: cited #anchors that vanished, never tracking fragments."""

from __future__ import annotations

import pytest

from checker.compare import check_fragment, is_tracking_fragment
from checker.models import Severity
from tests.compare.conftest import make_page

PAGE = make_page(b'<html><body><h2 id="section-3">Three</h2><a name="notes"></a><p>text</p></body></html>')


@pytest.mark.parametrize(
    "fragment",
    [".Vnczn_krKM8", ".Vnc1XPkrKM8", "!/story/12", "/route", ":~:text=Putin", "utm_source=x", "xtor=RSS-1", ""],
)
def test_tracking_and_routing_fragments_are_never_checked(fragment):
    assert is_tracking_fragment(fragment)
    assert check_fragment(f"https://example.org/a#{fragment}", PAGE) == ()


def test_present_anchor_by_id_or_name():
    assert check_fragment("https://example.org/a#section-3", PAGE) == ()
    assert check_fragment("https://example.org/a#notes", PAGE) == ()


def test_missing_anchor_is_info_only():
    (finding,) = check_fragment("https://example.org/a#section-9", PAGE)
    assert finding.code == "fragment_missing" and finding.severity is Severity.INFO
    assert ("fragment", "section-9") in finding.evidence


def test_no_fragment_or_no_page_says_nothing():
    assert check_fragment("https://example.org/a", PAGE) == ()
    assert check_fragment("https://example.org/a#x", None) == ()
    assert check_fragment(None, PAGE) == ()
