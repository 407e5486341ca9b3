"""Text normalisation shared by drift, fingerprint and citation checks.

Everything here is pure and bounded: inputs are capped before regexes run, and
every function returns a value for any string (garbage in, empty out).
"""

from __future__ import annotations

import re
import unicodedata

# Words are Unicode letters/digits runs; apostrophes inside words are dropped so
# "Russia’s" and "Russia's" and "Russias" meet at "russias".
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_APOSTROPHES = re.compile(r"(?<=\w)['’‘`´](?=\w)")

# Small English stop list: enough to keep function words from inflating word
# overlap between two unrelated texts (the reason OTMT weights terms by IDF).
_STOP_TEXT = """a an and are as at be been but by can could did do does for from had has have he her his how i if in
    into is it its may might more most no not of on or our over she should so than that the their them then
    there these they this those to too under up was we were what when where which while who whom why will
    with would you your after before about also just all any both each few other some such only own same
    very s t says said"""
STOPWORDS = frozenset(_STOP_TEXT.split())


# Combining marks left by NFKD (Latin/Cyrillic accents, kana voicing marks).
_COMBINING = re.compile("[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\u3099\u309a\ufe20-\ufe2f]")

# Letters NFKD does not decompose, spelled as English-language bylines spell them.
_LATIN_EXTRA = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "đ": "d", "Đ": "D",
                              "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "ı": "i", "œ": "oe", "Œ": "OE"})


def fold(text: str) -> str:
    """Lower-case, NFKD and strip combining marks: "Tōkyō’s" -> "tokyo’s", "Tønnesson" -> "tonnesson"."""
    if text.isascii():
        return text.lower()  # fast path: most text needs no Unicode work
    decomposed = unicodedata.normalize("NFKD", text.translate(_LATIN_EXTRA))
    return _COMBINING.sub("", decomposed).casefold()


def words(text: str) -> list[str]:
    """Folded word tokens of `text`, apostrophes inside words removed."""
    return _WORD.findall(_APOSTROPHES.sub("", fold(text)))


def is_content(word: str) -> bool:
    """Not a stop word, and not a single letter (digits count)."""
    return word not in STOPWORDS and (len(word) > 1 or word.isdigit())


def content_words(text: str) -> list[str]:
    """Words minus stop words and one-letter tokens."""
    return [w for w in words(text) if is_content(w)]


def same_stem(a: str, b: str) -> bool:
    """Crude stemming good enough for headlines: russia/russian, fight/fighters.

    Two words match when equal, or when both have at least 4 letters and they
    share a prefix that stops at most 2 letters short of the shorter word.
    """
    if a == b:
        return True
    shorter = min(len(a), len(b))
    if shorter < 4:
        return False
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= max(4, shorter - 2)


def paragraphs(text: str) -> list[str]:
    """Non-empty lines with whitespace collapsed (trafilatura's txt output is one paragraph a line)."""
    out = []
    for line in text.splitlines():
        clean = " ".join(line.split())
        if clean:
            out.append(clean)
    return out


# Lines a page changes on every visit without its article changing: date widgets
# ("Updated 5 minutes ago", "28 November 2026 09:14"), share bars, ad labels and
# cookie banners. trafilatura removes most; these catch what slips through.
_DATEISH = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,2}:\d{2}|\b\d{4}-\d{2}-\d{2}\b|\bago\b|"
    r"\b(updated|published|posted|last modified|today|yesterday)\b",
    re.IGNORECASE,
)
_CHROME = re.compile(
    r"^(advertisement|sponsored|share|share this|tweet|email|print|subscribe|sign up|log in|read more|"
    r"related|related articles|more from|comments?|follow us|most read|most popular|trending|"
    r"skip to (main )?content|back to top)\b",
    re.IGNORECASE,
)


def is_widget(paragraph: str) -> bool:
    """A line that is page furniture rather than article text (see the comment above)."""
    n = len(paragraph.split())
    if n <= 12 and _DATEISH.search(paragraph):
        return True
    if n <= 6 and _CHROME.search(paragraph):
        return True
    return n <= 60 and "cookie" in paragraph.casefold()

