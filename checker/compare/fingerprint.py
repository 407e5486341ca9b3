"""A 64-bit simhash of main text, so a scheduled run can say "changed since last check".

Why simhash rather than a plain hash: a sha256 changes on any byte, so it says
"changed" for a fixed typo; a simhash changes a few bits for a small edit and
about half of them for a different text, so the store can report a distance.
Manku, Jain & Das Sarma (2007, "Detecting near-duplicates for web crawling")
found that pages within 3 of 64 bits are near-duplicates; `SAME_PAGE_BITS`
carries that threshold.

Features are word 3-shingles of the normalised text (see text.words), weighted by
their count, so whitespace and markup churn never move the fingerprint.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from checker.compare.furniture import NOTHING_KNOWN, Known, split_article
from checker.compare.text import paragraphs, words

SAME_PAGE_BITS = 3  # Manku et al. 2007: distance <= 3 of 64 bits means the same page
_BITS = 64
_SHINGLE = 3
EMPTY_FINGERPRINT = "0" * 16
# Bounded work: a main text longer than this (a book-length page) is fingerprinted
# on its first 100,000 words, about 600 KB of text and 0.5 s of CPU.
MAX_TOKENS = 100_000
# bytes.translate tables: _BIT_OF_BYTE[k][v] is bit k of byte value v, counted from the top
_BIT_OF_BYTE = tuple(bytes((v >> (7 - k)) & 1 for v in range(256)) for k in range(8))


def _features(tokens: list[str]) -> Counter[str]:
    if len(tokens) < _SHINGLE:
        return Counter(tokens)
    return Counter(" ".join(tokens[i : i + _SHINGLE]) for i in range(len(tokens) - _SHINGLE + 1))


def simhash(tokens: list[str]) -> int:
    """The 64-bit simhash of a token sequence (0 for an empty one); reads at most MAX_TOKENS tokens."""
    features = _features(tokens[:MAX_TOKENS])
    if not features:
        return 0
    # All features' 8-byte hashes, each repeated by its weight, in one bytes
    # object. Bit k of every byte is picked out by one C translate; byte column p
    # is then the slice [p::8], its set bits counted in C. Each of the 64 bits is
    # set when more than half of all weight has it set.
    blob = b"".join(hashlib.blake2b(f.encode("utf-8"), digest_size=8).digest() * w for f, w in features.items())
    total = len(blob) // 8
    result = 0
    for k, bit_k in enumerate(_BIT_OF_BYTE):
        bits = blob.translate(bit_k)
        for p in range(8):
            if 2 * bits[p::8].count(1) > total:
                result |= 1 << (63 - (p * 8 + k))
    return result


def fingerprint(text: str, known: Known = NOTHING_KNOWN) -> str:
    """16 lower-case hex digits: the simhash of `text`'s article words. Empty text -> all zeros.

    Page furniture is dropped first by the same rules drift uses (furniture.split_article,
    with the bylines and names the page's metadata gives in `known`), so "changed since
    last check" means the article changed, not its furniture, and this fingerprint is
    the one a comparison of the same text reports.
    """
    kept, _ = split_article(paragraphs(text), known)
    return fingerprint_tokens(words(chr(10).join(kept)))


def fingerprint_tokens(tokens: list[str]) -> str:
    """The fingerprint of tokens already produced by text.words (see drift, which reuses them)."""
    return f"{simhash(tokens):016x}"


def fingerprint_distance(a: str, b: str) -> int:
    """Bits that differ between two fingerprints (0..64).

    Raises ValueError for a string that is not 1-16 hex digits: a corrupted
    store row is a programming error, not an outcome.
    """
    x, y = _parse(a), _parse(b)
    return (x ^ y).bit_count()


def _parse(value: str) -> int:
    if not 1 <= len(value) <= 16:
        raise ValueError(f"not a 64-bit hex fingerprint: {value!r}")
    return int(value, 16)


def change_since(previous: str | None, current: str | None, *, checked_on: str | None = None) -> str | None:
    """One line for the report when today's main text differs from the last run's, else None.

    `previous` is the fingerprint the store kept from the last check (on `checked_on`,
    an ISO date), `current` today's. Within SAME_PAGE_BITS the change is called minor.
    """
    if not previous or not current or previous == current:
        return None
    try:
        bits = fingerprint_distance(previous, current)
    except ValueError:
        return None  # a malformed stored value says nothing about the page
    if bits == 0:
        return None
    when = f" on {checked_on}" if checked_on else ""
    size = "minor change" if bits <= SAME_PAGE_BITS else "changed"
    return f"{size} since last check{when} ({bits}/64 bits of the text fingerprint differ)"
