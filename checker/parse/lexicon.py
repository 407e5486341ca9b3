"""Known names of publishers, issuing bodies and periodicals: a gazetteer, as AnyStyle and GROBID keep one.

The rules read a publisher where a house style's grammar puts it (`(Place: Publisher, Year)`); a name
standing elsewhere (`…, PEW RES. CTR. (Sept. 27, 2018)`, `…, OpenAI, (February 2019)`) looks to them like
a periodical's, and a site's name in an imprint's place like a publisher's. Which of the two a name is
cannot be read from its shape, so the names are listed (checker/data/lexicon.txt, its sources in
checker/data/SOURCES.md) in three roles: a book `press`, an `organisation` that issues its own reports and
pages, and a `periodical` (newspaper, magazine, journal, news or reference site). A hit is evidence the
field parser weighs with the rest, never a verdict on its own.

Matching is on a key that folds what differs between house styles: case, accents, punctuation, `&`/`and`,
a leading `The`, a trailing `Inc.`/`Ltd`, and the Bluebook's abbreviations of institutional words (`Res.`,
`Ctr.`, `Dep’t`, `Int’l`; T6 of the Bluebook, the same table as the Indigo Book's), so `PEW RES. CTR.`
finds `Pew Research Center`. The keys are one set, loaded once: a look-up is a dictionary probe per
candidate span, never a scan of the names.
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from importlib import resources


class Role(enum.Enum):
    PRESS = "press"
    ORGANISATION = "organisation"
    PERIODICAL = "periodical"


# a dotted acronym is one token (`U.S.`, `D.C.`), else a run of letters and digits with its apostrophes
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[\w’']+")
# the word a name is spelled with, to the stem the Bluebook's T6 abbreviates it to (so both spell one key)
_STEM = {
    "research": "res", "reserve": "res", "center": "ctr", "centre": "ctr", "department": "dept",
    "international": "intl", "national": "natl", "association": "assn", "government": "govt",
    "commission": "commn", "committee": "comm", "society": "socy", "policy": "poly", "university": "univ",
    "institute": "inst", "institution": "inst", "foundation": "found", "relations": "rels",
    "administration": "admin", "administrative": "admin", "america": "am", "american": "am", "board": "bd",
    "federal": "fed", "system": "sys", "systems": "sys", "technology": "tech", "security": "sec",
    "studies": "stud", "economic": "econ", "economics": "econ", "development": "dev",
    "organization": "org", "organisation": "org", "corporation": "corp", "company": "co", "science": "sci",
    "sciences": "sci", "service": "serv", "services": "serv", "statistics": "stat", "library": "libr",
    "office": "off", "affairs": "aff", "management": "mgmt", "education": "educ", "educational": "educ",
    "environment": "env", "environmental": "env", "envt": "env", "envtl": "env", "public": "pub",
    "publishing": "publg", "general": "gen", "central": "cent", "authority": "auth", "business": "bus",
    "program": "prog", "programme": "prog", "political": "pol", "journal": "j", "review": "rev",
    "law": "l", "defence": "defense", "labour": "labor", "programs": "prog", "centers": "ctrs",
    "centres": "ctrs", "publishers": "publ", "publisher": "publ",
    # the Bluebook's T13 abbreviations of the institutions presses and institutes are named after
    "harvard": "harv", "stanford": "stan", "columbia": "colum", "chicago": "chi", "california": "cal",
    "michigan": "mich", "georgetown": "geo", "urban": "urb",
}  # fmt: skip
_LEGAL_FORM = frozenset({"inc", "ltd", "llc", "plc", "gmbh", "lp", "llp", "sa", "bv", "ag"})
# how many tokens the longest name has: no span longer than this is looked up
_MAX_TOKENS = 12


@functools.lru_cache(maxsize=1 << 16)
def _fold(word: str) -> str:
    word = word.replace("’", "").replace("'", "").replace(".", "")
    if not word.isascii():
        word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    word = word.casefold()
    return _STEM.get(word, word)


def _tokens(text: str) -> list[re.Match[str]]:
    return [t for t in _TOKEN.finditer(text) if t.group().lower() != "and"]


def key(text: str) -> str:
    """The folded key of a name: `PEW RES. CTR.` and `Pew Research Center` share `pew res ctr`."""
    words = [_fold(t.group()) for t in _tokens(text)]
    if words and words[0] == "the":
        words = words[1:]
    while words and words[-1] in _LEGAL_FORM:
        words = words[:-1]
    return " ".join(words)


def _acronym(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z&./]{1,6}", name))


@functools.cache
def _entries() -> dict[str, frozenset[Role]]:
    """The lexicon file's names by key, each with every role it is listed under (a name in two roles, as
    `Facebook` could be, is ambiguous and the parser leaves it to the rules)."""
    roles: dict[str, set[Role]] = {}
    role: Role | None = None
    text = resources.files("checker").joinpath("data/lexicon.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            role = Role(line[1:-1])
            continue
        if role is None:
            raise ValueError(f"lexicon.txt: {line!r} stands before any [section]")
        # a short acronym is kept in capitals: `CRS` is the Congressional Research Service, `crs` nothing
        name_key = line if _acronym(line) else key(line)
        roles.setdefault(name_key, set()).add(role)
    return {k: frozenset(v) for k, v in roles.items()}


# a university's press is one by its name's shape, listed or not: `Air University Press`, `University of Iowa Press`,
# `Presses Universitaires de Louvain`
_UNIVERSITY_PRESS = re.compile(
    r"(?:[A-Z][\w.’'-]*\s+){1,4}University\s+Press|University\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+Press"
    r"|Presses\s+[Uu]niversitaires\s+(?:de\s+|d['’])?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
)


@functools.lru_cache(maxsize=1 << 14)
def roles(text: str) -> frozenset[Role]:
    """Every role a whole name is listed in (empty if it is not listed)."""
    stripped = text.strip(" ,.;:")
    entries = _entries()
    if _acronym(stripped) and stripped in entries:
        return entries[stripped]
    listed = entries.get(key(text), frozenset())
    if not listed and _UNIVERSITY_PRESS.fullmatch(stripped):
        return frozenset({Role.PRESS})
    return listed


def role(text: str) -> Role | None:
    """The one role a whole name is listed in; None if it is not listed or listed in two."""
    found = roles(text)
    return next(iter(found)) if len(found) == 1 else None


def leading_name(text: str, wanted: Role) -> str | None:
    """The longest listed name of the wanted role that `text` starts with, as the text spells it:
    `Oxford University Press New York` -> `Oxford University Press`."""
    tokens = _tokens(text)[:_MAX_TOKENS]
    entries = _entries()
    for n in range(len(tokens), 0, -1):
        span = text[: tokens[n - 1].end()]
        if entries.get(key(span)) == frozenset({wanted}):
            return span.rstrip(" ,")
    return None


@functools.cache
def _first_tokens() -> dict[str, int]:
    """Each listed name's first folded token, with the most tokens a name starting so has: the spans worth
    a probe (a token no name starts with costs one set look-up)."""
    longest: dict[str, int] = {}
    for name_key in _entries():
        words = name_key.split()
        if words:
            longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return longest


# what may stand either side of a name that is a field of its own: a comma, a colon, a parenthesis, a full stop
_OPENS = frozenset("(,:;.[")
_CLOSES = frozenset("),.;:]")


def find_names(text: str, wanted: Role) -> list[tuple[int, int]]:
    """The spans of `text` that are whole listed names of the wanted role, set off as a field is (by
    punctuation or the text's ends): `… Cambridge: Cambridge University Press, 2011` -> the press."""
    tokens = _tokens(text)
    folded = [_fold(t.group()) for t in tokens]
    starts, entries, only = _first_tokens(), _entries(), frozenset({wanted})
    found: list[tuple[int, int]] = []
    resume = 0
    for i, token in enumerate(tokens):
        # a key drops a leading `The` (`The New Press`, `The Stationery Office`): the name is probed from the word
        # after it, and the span found starts at the `The` the text prints
        first = i + 1 if folded[i] == "the" and i + 1 < len(tokens) else i
        longest = starts.get(folded[first], 0)
        if not longest or i < resume or not _set_off(text, token.start(), -1, _OPENS):
            continue
        for n in range(min(longest, len(tokens) - first), 0, -1):
            words = folded[first : first + n]
            while words and words[-1] in _LEGAL_FORM:
                words = words[:-1]
            if _set_off(text, tokens[first + n - 1].end(), 1, _CLOSES) and entries.get(" ".join(words)) == only:
                found.append((token.start(), tokens[first + n - 1].end()))
                resume = first + n
                break
    return found


def _set_off(text: str, at: int, step: int, marks: frozenset[str]) -> bool:
    """Whether the text's end or one of the marks is the first thing but spaces from `at` on, going
    back (step -1, from the character before `at`) or on (step 1)."""
    j = at - 1 if step < 0 else at
    while 0 <= j < len(text) and text[j].isspace():
        j += step
    return not 0 <= j < len(text) or text[j] in marks
