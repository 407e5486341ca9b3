"""fingerprint / fingerprint_distance: "changed since last check" with a distance."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.compare import SAME_PAGE_BITS, change_since, extract, fingerprint, fingerprint_distance
from checker.compare.fingerprint import _features, simhash

ARTICLE = " ".join(
    f"Sentence {i} reports that the delegations met in Tokyo to discuss the islands and the treaty." for i in range(60)
)


def test_fingerprint_is_16_hex_digits_and_stable():
    fp = fingerprint(ARTICLE)
    assert len(fp) == 16 and int(fp, 16) >= 0
    assert fingerprint(ARTICLE) == fp
    assert fingerprint("") == "0" * 16


def test_fingerprints_stay_what_earlier_versions_stored():
    # The history database compares today's fingerprint with one stored by an earlier run (maybe an
    # earlier version): a faster simhash must give the same bits, or every page reads "changed".
    assert fingerprint(ARTICLE) == "70e07d89daef174d"
    assert fingerprint("one two") == "34e2552809420501"
    assert fingerprint("Fixed words in a row here") == "287b02474620fa92"


def _simhash_by_definition(tokens: list[str]) -> int:
    """Charikar's simhash spelt out: each bit is set when features having it outweigh those that do not."""
    weights = [0] * 64
    for feature, weight in _features(tokens).items():
        value = int.from_bytes(hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += weight if value >> (63 - bit) & 1 else -weight
    return sum(1 << (63 - bit) for bit in range(64) if weights[bit] > 0)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "c", "treaty", "islands", "Tokyo", "é"]), max_size=40))
def test_simhash_is_the_definition(tokens):
    assert simhash(tokens) == _simhash_by_definition(tokens)


def test_whitespace_case_and_widget_lines_do_not_move_it():
    churned = "  ".join(ARTICLE.upper().split(" "))
    assert fingerprint(churned) == fingerprint(ARTICLE)
    assert fingerprint("Updated 5 minutes ago\n" + ARTICLE) == fingerprint(ARTICLE)


def test_small_edit_is_near_a_larger_one_moves_and_different_text_is_far():
    small = ARTICLE.replace("Sentence 30 reports", "Sentence 30 denies")
    larger = ARTICLE.replace("reports that the delegations met in Tokyo", "says talks collapsed in Moscow", 20)
    other = " ".join(f"Line {i}: the central bank left interest rates unchanged at its meeting." for i in range(60))
    # Simhash is a similarity hash: a one-word edit may move no bit at all (that is its point).
    assert fingerprint_distance(fingerprint(ARTICLE), fingerprint(small)) <= SAME_PAGE_BITS
    assert fingerprint_distance(fingerprint(ARTICLE), fingerprint(larger)) > 0
    assert fingerprint_distance(fingerprint(ARTICLE), fingerprint(other)) > 16


def test_fixture_pages_chrome_change_is_distance_zero(fixture_page):
    a = extract(fixture_page("article_cited.html")).text
    b = extract(fixture_page("article_chrome_changed.html")).text
    c = extract(fixture_page("article_replaced.html")).text
    assert fingerprint_distance(fingerprint(a), fingerprint(b)) == 0
    assert fingerprint_distance(fingerprint(a), fingerprint(c)) > 16


def test_distance_rejects_what_is_not_a_fingerprint():
    with pytest.raises(ValueError):
        fingerprint_distance("nothex", "0" * 16)
    with pytest.raises(ValueError):
        fingerprint_distance("", "0" * 16)


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=400), st.text(max_size=400))
def test_distance_is_a_metric_on_examples(a, b):
    fa, fb = fingerprint(a), fingerprint(b)
    assert fingerprint_distance(fa, fa) == 0
    assert fingerprint_distance(fa, fb) == fingerprint_distance(fb, fa)
    assert 0 <= fingerprint_distance(fa, fb) <= 64


def test_change_since_last_check_message():
    before = fingerprint(ARTICLE)
    after = fingerprint(ARTICLE.replace("reports that the delegations met in Tokyo", "says talks collapsed", 30))
    message = change_since(before, after, checked_on="2026-11-01")
    assert message is not None and message.startswith("changed since last check on 2026-11-01")
    assert change_since(before, before) is None
    assert change_since(None, after) is None  # first run: nothing to compare with
    assert change_since("garbage!", after) is None
