"""Page furniture: lines of a page's main text that are not the article's own text.

A site redesign moves the byline out of (or into) the article block, adds a rights line,
a share bar, "Related" links and a newsletter prompt; the article is unchanged. Drift
counts the article, so these lines are set aside before comparison, and the report shows
them greyed with the reason, so an editor can see why a line did not count.

What the page itself says comes first: the authors, title and site name the metadata
extractor found (Highwire, JSON-LD, OpenGraph, rel=author, itemprop) are recognised by
value wherever the site put them. Then a small rule list (FURNITURE_RULES) for the rest:

- byline: "By Jane Doe", "JANE DOE, senior staff writer", a short line naming an author;
- author bio: a line that starts with an author's name and "is", "writes", "covers"...;
- rights: "Copyright 2015 ... All rights reserved.", "(c) 2015 ...", "© 2015 ...";
- dateline: a date (or a city and a date) alone on a line, "Updated 5 minutes ago";
- widget: share/print/email/comment buttons, ad labels, cookie banners, "Tags:";
- related: "Related", "Read more", "See also", "Recommended", "More from ...";
- prompt: newsletter and subscription prompts ("Sign up for our newsletter");
- photo credit: "Photo: Reuters", "(AP Photo/...)", "Getty Images";
- site name: the site's name on its own line;
- headline: the page's title on its own line (a headline is compared as the title, by
  the citation check, not as article text).

Every rule reads one line of at most a few dozen words: an article sentence that merely
mentions copyright or a newsletter is longer than any of them and stays article text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from checker.compare.text import is_widget, words


def _split(words_text: str) -> list[str]:
    return words_text.split()


_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE_WORDS = frozenset(_split(
    "jan january feb february mar march apr april may jun june jul july aug august sep sept september oct "
    "october nov november dec december mon monday tue tuesday wed wednesday thu thursday fri friday sat "
    "saturday sun sunday am pm jst gmt utc est edt bst cet updated published posted last modified on at "
    "ago minutes minute hours hour days day min mins hrs read time"
))
_BYLINE_WORDS = frozenset(_split(
    "by and staff writer writers senior reporter reporters correspondent correspondents editor editors "
    "contributor contributing columnist special to for the in from with bureau chief news desk author "
    "authors analyst associate political diplomatic foreign business economics tokyo moscow beijing "
    "washington london hong kong new york seoul"
))
_SHARE_WORDS = frozenset(_split(
    "share shares this article story on facebook twitter x linkedin whatsapp reddit pinterest email e mail "
    "print tweet copy link comment comments save gift listen bookmark flipboard telegram line weibo wechat "
    "messenger more options sms via"
))

_RULES: tuple[tuple[str, re.Pattern[str], int], ...] = (
    # (reason, pattern on the line, most words the line may have)
    ("rights", re.compile(r"copyright\s*(©|\(c\))?\s*\d{4}|©|\(c\)\s*\d{4}|\ball rights reserved\b|"
                          r"\breproduction\b.*\bprohibited\b", re.IGNORECASE), 30),
    ("byline", re.compile(r"^\s*(written\s+)?by[:\s]+\S", re.IGNORECASE), 10),
    ("byline", re.compile(r"^[A-Z][A-Z.'’\- ]{3,40},\s*(senior |chief |staff |special |foreign |political |"
                          r"diplomatic |contributing )*(staff )?(writer|reporter|correspondent|editor|columnist|"
                          r"contributor)", re.IGNORECASE), 12),
    ("related", re.compile(r"^\s*(related( articles| stories| coverage| content| posts)?|read more|read next|"
                           r"see also|recommended( for you)?|more from|more on this|more stories|you may also like|"
                           r"further reading|what to read next|most (read|popular|viewed)|trending( now)?|"
                           r"editors[’']? picks)\b", re.IGNORECASE), 20),
    ("prompt", re.compile(r"\b(newsletter|sign up|subscribe|subscription|subscriber|register now|log in to|"
                          r"already a member|free trial|unlimited access|support (our|independent) journalism)\b",
                          re.IGNORECASE), 18),
    ("photo credit", re.compile(r"^\s*(photo|image|picture|illustration|video|graphic)s?( credit)?\s*[:/]|"
                                r"\b(getty images|ap photo|afp photo|reuters/|photo by|photo courtesy|file photo|"
                                r"epa-efe|shutterstock|kyodo photo)\b|^\s*\((ap|afp|reuters|kyodo|epa|tass)\b|"
                                r"\b(photo|image|picture)( credit)?\s*:\s*[^.:]{1,60}$",
                                re.IGNORECASE), 25),
    ("widget", re.compile(r"^\s*(tags?|topics?|filed under|categories|keywords)\s*:", re.IGNORECASE), 30),
    # An app shell's <noscript> line, which trafilatura reads as the main text of an empty page.
    ("prompt", re.compile(r"\b(enable|turn on|activate) javascript\b|\bjavascript (is )?(required|disabled)\b|"
                          r"\brequires javascript\b", re.IGNORECASE), 20),
    ("dateline", re.compile(rf"^\W*(([A-Z][A-Za-z]+,?\s*){{0,3}}[-–—,]?\s*)?({_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|"
                            rf"\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}})\W*$",
                            re.IGNORECASE), 10),
)


_LONGEST_FURNITURE_WORDS = 60  # the author-bio and cookie rules read the longest lines
_LONGEST_FURNITURE_CHARS = 1000  # a line this long has more than 60 words in any script with spaces


@dataclass(frozen=True)
class Known:
    """What the page's own metadata says, recognised in the text by value (folded words, joined)."""

    authors: tuple[str, ...] = ()
    titles: frozenset[str] = frozenset()
    site_names: frozenset[str] = frozenset()  # with and without a leading "the"
    site_words: frozenset[str] = frozenset()

    @classmethod
    def of(cls, authors: Iterable[str], titles: Iterable[str | None], site_names: Iterable[str | None]) -> Known:
        folded_sites = {" ".join(words(s)) for s in site_names if s} - {""}
        return cls(
            authors=tuple(dict.fromkeys(f for a in authors if a and (f := " ".join(words(a))))),
            titles=frozenset(" ".join(words(t)) for t in titles if t) - {""},
            site_names=frozenset(folded_sites | {f"the {s}" for s in folded_sites}),
            site_words=frozenset(w for s in folded_sites for w in s.split()),
        )


NOTHING_KNOWN = Known()


def furniture_reason(line: str, known: Known = NOTHING_KNOWN) -> str | None:
    """Why `line` is page furniture rather than article text, or None when it is article text."""
    if len(line) > _LONGEST_FURNITURE_CHARS:
        return None  # longer than any rule reads: article text
    tokens = words(line)
    n = len(tokens)
    if n == 0:
        return "widget"
    if n > _LONGEST_FURNITURE_WORDS:
        return None
    folded = " ".join(tokens)
    if folded in known.site_names:
        return "site name"
    if folded in known.titles:
        return "headline"
    if n <= 60 and _is_author_bio(tokens, known):
        return "author bio"
    # A sentence of the story ends like one ("TOKYO (Kyodo) -- Japan protested."); a byline rarely does.
    if n <= 16 and not (n > 4 and line.rstrip().endswith((".", "!", "?"))) and _names_an_author(tokens, known):
        return "byline"
    if n <= 8 and all(t in _SHARE_WORDS or t.isdigit() for t in tokens):
        return "widget"
    for reason, pattern, most in _RULES:
        if n <= most and pattern.search(line):
            return reason
    if n <= 12 and all(t in _DATE_WORDS or t.isdigit() for t in tokens):
        return "dateline"
    if is_widget(line):  # the older list: date widgets, chrome words, cookie banners
        return "widget"
    return None


def _names_an_author(tokens: list[str], known: Known) -> bool:
    """A short line holding an author's name and otherwise only byline, date and site words."""
    if not known.authors:
        return False
    rest = " " + " ".join(tokens) + " "
    found = False
    for name in known.authors:
        if f" {name} " in rest:
            rest = rest.replace(f" {name} ", " ")
            found = True
    if not found:
        return False
    leftover = [t for t in rest.split() if t not in _BYLINE_WORDS and t not in _DATE_WORDS
                and t not in known.site_words and not t.isdigit()]
    return len(leftover) <= 2


def _is_author_bio(tokens: list[str], known: Known) -> bool:
    """ "Jane Doe is a senior editor at ..." / "Jane Doe covers ...": the author introduced, not the story."""
    line = " ".join(tokens) + " "
    for name in known.authors:
        if line.startswith(name + " "):
            verb = line[len(name) + 1 :].split(" ", 1)[0]
            if verb in _BIO_VERBS:
                return True
    return False


_BIO_VERBS = frozenset({"is", "was", "writes", "covers", "reports", "has", "joined", "teaches", "serves"})


def split_article(
    paragraphs: Iterable[str], known: Known = NOTHING_KNOWN
) -> tuple[list[str], list[tuple[str, str]]]:
    """(article paragraphs, [(ignored line, reason)]) in page order."""
    kept: list[str] = []
    ignored: list[tuple[str, str]] = []
    for p in paragraphs:
        reason = furniture_reason(p, known)
        if reason is None:
            kept.append(p)
        else:
            ignored.append((p, reason))
    return kept, ignored
