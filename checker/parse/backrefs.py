"""Resolve back-references: Ibid./Id. and short forms, to their full citations.

- `Ibid.`/`Id.` means the previous note's source(s). A chain (16 -> 15 -> 14) ends at
  the first note with full citations; `refers_to` names that note. If the previous note
  holds several citations, Ibid. takes all of them (the seed's note 15 -> note 14, two
  talks at one conference) and, unless they share one imprint, says so in a warning.
- A short form ("Ko Hirano, “Abe Quandary.”", "Baev and Toenesson, “Can Russia …,” 317")
  is a citation with authors and a title but no container, date or URL. It resolves
  to an earlier full citation whose author surnames include one of its surnames and
  whose title starts with its title (case, accents and punctuation ignored); on a tie
  the closest earlier one wins. A full citation that names its own short form
  (`…, hereafter cited as Science of Military Strategy, 143`, `(hereinafter Short Title)`)
  is found by that name too, whatever its full title says (`战略学 [Science of …]`), and so is a
  later citation that starts with that name however its fields were read (`Senate Judiciary
  hearing, That's the Ticket, p. 92.`). A name given in the middle of a citation, before the rest
  of it (`Old Bailey Proceedings Online (hereafter Proceedings) February 1685, trial of …`),
  abbreviates the publication, not the work: a later `Proceedings, December 3, 1729, 17291203-1`
  is another item of it, keeping its own date, name and number and taking the publication's name
  and URL. A citation read as full that is only the opening of an earlier full citation's text
  (`Executive Order 13577 of June 15, 2011.`, `Barbara Bush, Imperialism, Race and Resistance: …`)
  is its short form too, whatever its fields were read as (a code's section excepted).
- A resolved back-reference carries its antecedent's fields (kind, authors, full title,
  container, date, URL, access date) so later stages check what was really cited; `raw`
  keeps what the note says, `pages` keeps its own pinpoint, `ibid`/`short_form` and
  `refers_to` record the link. An unresolvable one is kept, flagged `unresolved`, and
  warned about: never dropped.

Lookups go through a surname index, so resolution stays linear in the number of notes. The index
is held while the run checks the first URLs, so it is kept small: each key keeps the works a lookup
reads (the latest `_RECENT`), and the sources of notes long past are kept pickled (`_NoteSources`).
"""

from __future__ import annotations

import dataclasses
import difflib
import itertools
import pickle
import re
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

from checker.models import Citation, CitationKind
from checker.parse.dates import DATE
from checker.parse.fields import (
    _LEAD_IN,
    DOC_NUMBER_IN,
    ET_AL_END,
    FRONT_MATTER_PARTS,
    LAW_DESIGNATION,
    STANDARD,
    STANDARD_SERIES,
    FieldResult,
    _name_like,
    fold,
    reporter_key,
)
from checker.parse.legal import SUPRA_NAMES, unsplit_small_capitals

_INHERITED = (
    "kind", "authors", "title", "container", "date", "date_iso", "url", "accessed", "publisher",
    "place", "year", "volume", "issue", "accessed_inferred",
)  # fmt: skip


_RECENT = 200  # a lookup reads the latest works by an author or a title word, no more
_LIVE_NOTES = 1000  # the latest notes' sources kept as they are for `supra note N`; older ones pickled


_T = TypeVar("_T")


class _NoteSources(Generic[_T]):
    """The sources of each note so far, for `supra note N`, which may name any earlier note.

    The latest `live` notes' are kept as they are; older ones are pickled a block at a time (a
    block pickles in ~2 µs a note, into ~300 bytes: a tenth of the objects), so a 20,000-note
    input does not hold every citation while its first URLs are checked. The last block read
    back is kept, as `supra` notes tend to name the same few notes."""

    def __init__(self) -> None:
        self._live = _LIVE_NOTES
        self._recent: dict[int, tuple[_T, ...]] = {}
        self._blocks: list[tuple[int, int, bytes]] = []  # (first note, last note, pickled {note: sources})
        self._read: tuple[int, dict[int, tuple[_T, ...]]] | None = None  # (block, its notes)

    def __setitem__(self, number: int, sources: tuple[_T, ...]) -> None:
        self._recent[number] = sources
        if len(self._recent) >= 2 * self._live:
            numbers = sorted(self._recent)[: self._live]
            block = {n: self._recent.pop(n) for n in numbers}
            self._blocks.append((numbers[0], numbers[-1], pickle.dumps(block, protocol=pickle.HIGHEST_PROTOCOL)))

    def get(self, number: int) -> tuple[_T, ...]:
        if number in self._recent:
            return self._recent[number]
        for i, (first, last, data) in enumerate(self._blocks):
            if first <= number <= last:
                if self._read is None or self._read[0] != i:
                    self._read = (i, pickle.loads(data))
                return self._read[1].get(number, ())
        return ()


# capitalised words: the names and title words a short form repeats from the full citation's text
_CAPITALISED = re.compile(r"[A-ZÀ-Þ][\w'’-]*")
_SLOTS = 64  # citations of a note a raw-text look-up can name (a posting is note * _SLOTS + position)
_RAW_SCAN = 60  # a raw-text look-up checks the latest works holding its rarest word, no more
_OPENING_WORDS = 4  # a full citation's opening repeated as its short form: at least so many words
_OPENING_CHARS = 120  # of a full citation's text, enough to hold its first `_OPENING_WORDS` words
_MINOR_WORDS = frozenset({"the", "a", "an", "of", "and", "for", "on", "in", "to", "at", "by", "with"})


class _RawText:
    """Earlier full citations by the words of their raw text: the fallback for a short form whose
    antecedent's fields were read wrong (authors missed, a title cut short or read as a container).

    `Brown, Beyond the Lines, 78` cannot find `Joshua Brown describes this …; see Beyond the Lines: …
    (Berkeley: …, 2002)` by its fields (no author was read), but the name and the title words are in
    what the note printed. A citation is indexed under the capitalised words of its raw text and of the
    comment before it in its note (where a name may stand: `Joshua Brown describes this …`); postings
    are note/position numbers, so the index holds no citations (those are kept, pickled when old, in a
    `_NoteSources`); each word keeps its latest `_RECENT` postings, and a look-up checks at most
    `_RAW_SCAN` of the rarest word's: linear in the number of notes. Most articles never need it (every
    short form's fields match), so notes are indexed only when a look-up comes, those not yet indexed."""

    def __init__(self, sources: _NoteSources[Citation]) -> None:
        self._sources = sources  # each note's sources, as `supra note N` reads them
        self._postings: dict[str, array[int]] = {}
        # each note's full citations: (position among the note's sources, the comment printed before it)
        self._printed: dict[int, tuple[tuple[int, str], ...]] = {}
        self._pending: list[int] = []  # notes kept but not yet indexed
        self._shapes: dict[tuple[tuple[int, str], ...], tuple[tuple[int, str], ...]] = {}
        self._openings: dict[str, array[int]] = {}  # full citations by their first words, for `opening`

    def add(self, number: int, cited: tuple[Citation, ...], printed: list[tuple[int, str]]) -> None:
        """`printed`: the note's full citations (their places in `cited`, the note's citations), each with the
        comment printed before it in the note."""
        sources = self._sources.get(number)
        at = {id(c): i for i, c in enumerate(sources[:_SLOTS])}
        kept = tuple((at[id(cited[k])], before) for k, before in printed if id(cited[k]) in at)
        for position, _ in kept:
            # (`See generally, Terrorism Risk Insurance Act of 2002, …`: its opening is the work's, after the signal)
            words = fold(_LEAD_IN.sub("", sources[position].raw[:_OPENING_CHARS])).split()
            if len(words) <= _OPENING_WORDS:
                continue  # too short to open with a short form's words and go on
            postings = self._openings.setdefault(" ".join(words[:_OPENING_WORDS]), array("q"))
            # with its length, so a look-up passes over a citation no longer than the short form unread
            postings.append((number * _SLOTS + position) << 10 | min(len(sources[position].raw.rstrip(" .,;")), 1023))
            if len(postings) >= 2 * _RECENT:
                del postings[:-_RECENT]
        if kept:
            # most notes print no comment before their citations: one shared tuple stands for each such shape
            self._printed[number] = self._shapes.setdefault(kept, kept) if not any(b for _, b in kept) else kept
            self._pending.append(number)

    def _index_pending(self) -> None:
        for number in self._pending:
            self._index(number, self._read(number))
        self._pending.clear()

    def _read(self, number: int) -> list[tuple[int, Citation, str]]:
        sources = self._sources.get(number)
        return [(i, sources[i], before) for i, before in self._printed.get(number, ()) if i < len(sources)]

    def _index(self, number: int, printed: list[tuple[int, Citation, str]]) -> None:
        for position, c, before in printed:
            posting = number * _SLOTS + position
            for word in set(fold(" ".join(_CAPITALISED.findall(f"{before} {c.raw}"))).split()):
                postings = self._postings.get(word)
                if postings is None:
                    self._postings[word] = array("q", (posting,))
                    continue
                postings.append(posting)
                if len(postings) >= 2 * _RECENT:
                    del postings[:-_RECENT]

    def find(self, names: Iterable[str], title: str, before: int) -> tuple[int, Citation] | None:
        """The latest citation before note `before` whose note names every one of `names` (surnames, or an
        organisation's initials) and whose own text holds `title`'s words in order (when a title is given)."""
        self._index_pending()
        # `Mazzetti, Goldman, Bergman, & Perlroth` read as one name: each of them
        names = [n for name in names for n in _NAME_LIST.split(name) if n and fold(n) not in _NAME_SUFFIXES]
        surnames = [_surname(n) for n in names]
        title_words = fold(_POSSESSIVE.sub("", title)).split()
        if not surnames and len(title_words) < 2:
            return None  # a single word alone is too weak a clue
        keys: list[array[int]] = []
        for name, surname in zip(names, surnames, strict=True):
            postings = self._postings.get(surname)
            if postings is None and not _ACRONYM.fullmatch(name):
                return None  # no earlier note prints that name
            if postings is not None:
                keys.append(postings)
        if not keys:
            # by the title's first word, which any style capitalises (a sentence-case title leaves the rest small)
            first = next((w for w in title_words if w not in _MINOR_WORDS), "")
            keys = [postings] if (postings := self._postings.get(first)) is not None else []
        if not keys:
            return None
        for note in _latest_notes(min(keys, key=len), before):
            found = _printed_in(self._read(note), names, surnames, title_words)
            if found is not None:
                return note, found
        return None

    def opening(self, text: str, before: int) -> tuple[int, Citation] | None:
        """The latest full citation before note `before` whose text opens with all of `text` and goes on:
        `Barbara Bush, Imperialism, Race and Resistance: Africa and Britain 1919-1945` for `Barbara Bush,
        Imperialism, … 1919-1945 (London: Routledge, 1999)`, `Executive Order 13577 of June 15, 2011.` for
        `Executive Order 13577 of June 15, 2011, "Establishment of …," 76 Fed. Reg. …`: Chicago's short form,
        the full citation's opening (author and title, or a document's name and number) without the rest."""
        text = _LEAD_IN.sub("", text).rstrip(" .,;")
        short = fold(text).split()
        postings = self._openings.get(" ".join(short[:_OPENING_WORDS])) if len(short) >= _OPENING_WORDS else None
        if postings is None:
            return None
        opening = " ".join(short)
        longer = array("q", (p >> 10 for p in postings if (p & 1023) > len(text)))
        for note in _latest_notes(longer, before):
            for _, c, _comment in reversed(self._read(note)):
                own = fold(_LEAD_IN.sub("", c.raw))
                if not own.startswith(opening + " "):
                    continue
                goes_on = own[len(opening) + 1 :].split(" ", 1)[0]
                if not (short[-1].isdigit() and goes_on.isdigit()):  # `§ 21` is not `§ 21.19`
                    return note, c
        return None

    def find_case(
        self, name: str, volume: str, reporter: str, pin: int | None, before: int
    ) -> tuple[int, Citation] | None:
        """The latest citation before note `before` that prints the report `volume reporter first-page` (the
        first page at or before the pinpoint) and, when the short form names the case, its name's first words:
        `Riley, 573 U.S. at 393` for a `Riley v. California, 573 U.S. 373 (2014)` whose reporter was not read."""
        self._index_pending()
        # (a section names no case: `§ 2, 130 Stat. at 1355` finds the act by its report alone)
        words = [w for w in fold(name).split() if w not in ("in", "re", "ex", "rel", "v") and not w.isdigit()][:2]
        keys = [self._postings.get(w) for w in words] if words else [self._postings.get(fold(reporter).split()[0])]
        if not keys or any(k is None for k in keys):
            return None
        spaced = r"\s*".join(map(re.escape, reporter.replace(" ", "")))
        report = re.compile(rf"(?<!\d){re.escape(volume)}\s+{spaced}\s+(?P<first>\d+)")
        for note in _latest_notes(min((k for k in keys if k is not None), key=len), before):
            for _, c, _comment in reversed(self._read(note)):
                own = f" {fold(c.raw)} "
                if words and not all(f" {w} " in own for w in words):
                    continue
                firsts = [int(m.group("first")) for m in report.finditer(c.raw)]
                if firsts and (pin is None or min(firsts) <= pin):
                    return note, c
        return None


_STANDARD_IN = re.compile(rf"\b{STANDARD}\b")
# (`sup> NIST SP 800-161, SI-7.`: what a page's markup left before it)
_STANDARD_OPENING = re.compile(
    rf"^(?:\W*sup>\s*|See\s+)?(?P<id>{STANDARD})\b(?P<pin>(?:,\s*[^,;]{{1,40}}){{0,12}}\.?)$"
)


def _standard_key(identifier: str) -> str:
    return " ".join(identifier.upper().replace("REV.", "REV").split())


# where in a standard a sentence cites: `clause 8`, `Clause 15`, `section 7.3`, `requirement 11 clause 5`, `work product
# 4 clause 7`, or a requirement's or work product's identifier in brackets, `[RQ-05-01]`
_STANDARD_PIN = re.compile(
    r"\b(?:(?:requirement|work\s+product)\s+\d{1,2}\s+)?(?:clause|section)(?:\s+section)?\s+\d{1,2}(?:\.\d{1,2})*\b"
    r"|\[(?P<item>[A-Z]{2}-?\d{2}-\d{2})\]",
    re.IGNORECASE,
)


def _standard_named(
    c: Citation, by_doc_number: dict[str, tuple[int, Citation]], cited: list[Citation]
) -> Citation | None:
    """A sentence of comment that names a standard an earlier note cited in full cites it again: `ISO/SAE 21434 Clause
    15 discusses customer-supplier relationships …` after `ISO/SAE 21434:2020 *Road vehicles – Cybersecurity
    engineering,* available at: <url>`, once a note, with the clause or requirement it names."""
    for named_standard in _STANDARD_IN.findall(c.raw):
        found = by_doc_number.get(_standard_key(named_standard))
        if found is None or any(t.refers_to == found[0] and t.title == found[1].title for t in cited):
            continue
        pin = _STANDARD_PIN.search(c.raw)
        pages = (pin.group("item") or pin.group(0)) if pin else None
        return _inherit(dataclasses.replace(c, pages=pages), found[1], found[0], ibid=False)
    return None


def _latest_notes(postings: array[int], before: int) -> Iterator[int]:
    """The notes before note `before` that hold a posting, latest first, at most `_RAW_SCAN` of them."""
    seen: set[int] = set()
    for posting in reversed(postings):
        note = posting // _SLOTS
        if note >= before or note in seen:
            continue
        seen.add(note)
        if len(seen) > _RAW_SCAN:
            return
        yield note


_ACRONYM = re.compile(r"[A-Z]{2,8}")
_NAME_LIST = re.compile(r",\s*(?:&\s*|and\s+)?|\s+(?:&|and)\s+")
_POSSESSIVE = re.compile(r"['’]s\b")


def _printed_in(
    cited: list[tuple[int, Citation, str]], names: list[str], surnames: list[str], title_words: list[str]
) -> Citation | None:
    """The citation of a note (`cited`: position, citation, the comment before it) that prints the short form's
    names and title. The names must be in the citation itself, or, with a title in the citation, in the comment
    before it (`Joshua Brown describes this …; see Beyond the Lines: …`), or failing that anywhere earlier in the
    note (`David M. Blei, "Probabilistic Topic Models," …; and "Topic Modeling and Digital Humanities," …`)."""
    texts = [(c, fold(comment), f" {fold(_POSSESSIVE.sub('', c.raw))} ") for _, c, comment in cited]
    for loose in (False, True):
        earlier = ""
        for c, comment, own in texts:
            around = f" {earlier} {comment}{own}" if loose else f" {comment}{own}"
            earlier = f"{earlier} {comment}{own}"
            if not title_words:
                around = own
            if _names_printed(c, around, names, surnames) and _title_printed(own, title_words):
                return c
        if not title_words:
            break
    return None


def _names_printed(c: Citation, text: str, names: list[str], surnames: list[str]) -> bool:
    for name, surname in zip(names, surnames, strict=True):
        # the name as the short form prints it: `Brown`, `Joel Shrock`, `U.S. Census Bureau`
        printed = fold(re.sub(r",?\s+et\s+al\.?$", "", name)) if " " in name.strip() else surname
        if f" {printed} " not in text and not (_ACRONYM.fullmatch(name) and _initials_in(name, c.raw)):
            return False
    return True


def _title_printed(own: str, title_words: list[str]) -> bool:
    if not title_words:
        return True
    if _run_in(" ".join(title_words), own):
        return True
    # `Beyond the Lines` for `Beyond the Lines: Pictorial Reporting …`, `Role of Critical Minerals` for `The Role
    # of the Critical Minerals …`: the key words in order, an article added or dropped
    bare = [w for w in title_words if w not in ("the", "a", "an")]
    words = [w for w in own.split() if w not in ("the", "a", "an")]
    if len(bare) >= 2 and _run_in(" ".join(bare), " ".join(words)):
        return True
    if len(bare) < 4:
        return False
    if _run_in(" ".join(bare[1:]), " ".join(words)) and _initials_run(bare[0], words):
        # `NIST Fiscal Year 2022 Budget Submission to Congress` for `National Institute of Standards and Technology,
        # …: Fiscal Year 2022 Budget Submission to Congress`: a body's initials for its name, the title's end whole
        return True
    # a slip in a long short title (`City and the Sessions Papers` for `City and the Sessions Paper: …`): all its
    # key words in order, one of them perhaps misspelt
    for start in range(len(words) - len(bare) + 1):
        if _at_most_a_slip(list(zip(bare, words[start : start + len(bare)], strict=True))):
            return True
    return False


def _run_in(words: str, text: str) -> bool:
    """The words run in the text, and not after `from`: `Hejinian, My Life` is not her `What's Missing from My
    Life`, whose words name the other work, the one that title takes from."""
    return f" {words} " in f" {text} " and f" from {words} " not in f" {text} "


def _initials_in(acronym: str, raw: str) -> bool:
    """`CFTC` in `Commodity Futures Trading Commission, Subcommittee …`: a run of the text's capitalised words
    (`of`, `and`, `the` skipped) whose initials spell it."""
    words = re.findall(r"[A-Za-z]+", raw)
    for start, word in enumerate(words):
        if word[0] != acronym[0]:
            continue
        k = 0
        for w in words[start:]:
            if k == len(acronym):
                break
            if w.lower() in _MINOR_WORDS:
                continue
            if w[0] != acronym[k]:
                break
            k += 1
        if k == len(acronym):
            return True
    return False


@dataclasses.dataclass(frozen=True)
class _Entry:
    note: int
    citation: Citation
    title: str  # folded
    aliases: tuple[str, ...] = ()  # folded short names the citation gives itself
    translation: str = ""  # folded: `刘华清回忆录 [Memories of Liu Huaqing]` is cited short by its translation


# `…, 2013), hereafter cited as *Science of Military Strategy*, 143.`, `(hereinafter IEA, Role of
# Critical Minerals)`, `[hereinafter JUSTICE NEEDS]`: the short name later notes cite the work by
_HEREAFTER = re.compile(
    r"\b(?:hereafter|hereinafter)(?:\s+(?:(?:cited|referred\s+to)\s+)?as)?[:\s]+[“\"]?"
    r"(?P<alias>[^,;()\[\]“”\"]{2,150}?)[”\"]?\s*(?=[,;)\]]|\.?\s*$)",
    re.IGNORECASE,
)


@dataclasses.dataclass(frozen=True)
class _Alias:
    note: int
    source: Citation
    pattern: re.Pattern[str]  # the name at the start of a citation, then its end or a comma
    publication: str | None = None  # the name abbreviates this publication, not the work


# `… 2026, pp. 35, 37`, `p. 19`, `pp. 10, 13`: the pinpoint after a short name
# (`WWWC, 4:42`: a volume and its page)
_ALIAS_PAGES = re.compile(r"^(?:pp?\.|at)?\s*(?P<pages>[\dxivlc][\dxivlc\s,:–-]*?)\s*\.?$", re.IGNORECASE)
_ALIAS_SECTION = re.compile(r"^(?P<pages>§§?\s*[\w.:\-–]+(?:\([\w.]+\))*(?:\s+(?:cmt\.|illus\.)\s*[\w.]+)?)\.?$")
# `EPA Inventory, Annex 6, Table A-233`, `…, Table ES-2`, `…, Figure 3`: a report's part, table or figure
_PART_WORD = r"(?:Annex|Appendix|App\.|Chapter|Ch\.|Table|Figure|Fig\.|Box|Section|Sec\.|Part)"
_ALIAS_PART = re.compile(
    rf"(?P<pages>{_PART_WORD}\s+[\w.\-–]+(?:,\s+(?:{_PART_WORD}|pp?\.)\s+[\w.\-–]+)*)"
)
# `Table 4-1 of EPA RIA.`: the part named before the short name, not after it
_PART_OF = re.compile(rf"^(?P<pages>{_PART_WORD}\s+[A-Z]?\d[\w.\-–]*)\s+of\s+(?:the\s+)?")
_URL_IN_REST = re.compile(r",?\s*(?:https?://|www\.)\S+")
# an item of an abbreviated publication: `December 3, 1729`, `March 1895`, `February 1682`
_ITEM_DATE = re.compile(
    r"^(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2})?,?\s+\d{4}$"
)
_ITEM_NUMBER = re.compile(r"^\(?[a-z]?\d[\w-]*\d\)?$")


_PARENTHETICAL = re.compile(r"\((?:[^()]|\([^()]*\))*\)")  # one level of parentheses inside
# `(hereinafter United States v. Ticketmaster (2010) complaint)`: the whole name, commas and all
_HEREAFTER_PAREN = re.compile(
    r"[(\[](?:hereafter|hereinafter)(?:\s+(?:cited|referred\s+to)\s+as)?[:\s]+"
    r"(?P<alias>[^()\[\]]{2,200}?(?:\([^()]*\)[^()\[\]]*?)*)[)\]]",
    re.IGNORECASE,
)


def _aliases(number: int, c: Citation, note_url: str | None) -> list[_Alias]:
    out: list[_Alias] = []
    raw = " ".join(c.raw.split())
    for m in list(_HEREAFTER_PAREN.finditer(raw)) or list(_HEREAFTER.finditer(raw)):
        words = re.findall(r"\w+", m.group("alias"))
        if not words:
            continue
        # (`RESTATEMENT § 203.` after `[hereinafter RESTATEMENT]`: a restatement or code cited again by its name
        # and another section, no comma between)
        pattern = _alias_pattern(words)
        rest = raw[m.end():]
        publication = None
        # (a parenthetical after the name, `[hereinafter FBI Directorate of Intelligence] (indicating that …)`, is
        # what the work is cited for, no item of it)
        if m.re is _HEREAFTER_PAREN and re.search(r"[A-Za-z]{3,}", _PARENTHETICAL.sub("", rest)):
            # `Old Bailey Proceedings Online (hereafter Proceedings) February 1685, trial of …`
            head = _LEAD_IN.sub("", raw[: m.start()].rstrip(" ([,")).strip(" ,*_")
            if head:
                publication = head
        source = dataclasses.replace(c, url=c.url or note_url) if publication else c
        out.append(_Alias(number, source, pattern, publication))
    return out


def _comment_only(said: str) -> bool:
    """A sentence that names no work: no digit (year, page, volume, section) and no cross-reference to notes."""
    return not any(ch.isdigit() for ch in said) and "supra" not in said and "infra" not in said


def _alias_pattern(words: list[str]) -> re.Pattern[str]:
    # (`RESTATEMENT § 203.` after `[hereinafter RESTATEMENT]`: a restatement or code cited again by its name and another
    # section, no comma between)
    return re.compile(r"^\W*" + r"\W+".join(map(re.escape, words)) + r"\W*?(?:,|\s+(?=§)|\.?$)", re.IGNORECASE)


# `Subsequent references will be abbreviated WWWC.`, `Further citations are given as Letters.`: a sentence after a
# full citation naming how later notes cite it
_ABBREVIATED_AS = re.compile(
    r"(?:\b(?:[Ss]ubsequent|[Ff]urther|[Ff]uture|[Ll]ater)\s+(?:references|citations|quotations)(?:\s+to\s+[^.;]{1,120}?)?"
    r"\s+(?:will\s+be|are|shall\s+be)\s+(?:abbreviated|cited|given)(?:\s+(?:as|by))?"
    r"|^(?:Cited\s+hereafter|Hereafter\s+cited)\s+as)\s+[“\"]?"
    r"(?P<alias>[A-Z][^,.;:()“”\"]{0,60}?)[”\"]?\s*(?:[,;.]|$)"
)


def _by_alias(c: Citation, aliases: list[_Alias], item_of: _Alias | None) -> Citation | None:
    body = _LEAD_IN.sub("", " ".join(c.raw.split()), count=1)
    if not body or re.search(r"\b(?:hereafter|hereinafter)\b", body, re.IGNORECASE):
        return None
    if item_of is not None and _ITEM_DATE.match(re.split(r",\s+(?!\d{4}\b)", body, maxsplit=1)[0]):
        # `Proceedings, March 1895, …; April 1895, Oscar Wilde …`: the same publication's next item
        return _item_of(c, item_of, body.strip(" ,.;"))
    part = _PART_OF.match(body)
    named = body[part.end():] if part else body
    for a in reversed(aliases):  # the latest name given wins
        m = a.pattern.match(named)
        if not m:
            continue
        rest = part.group("pages") if part else named[m.end():].strip(" ,.\"”’'*_")
        if a.publication is not None:
            return _item_of(c, a, rest)
        if _URL_IN_REST.search(rest) and DATE.search(rest):
            return None  # `OMB, Technical Supplement …, May 30, 2025, p. 4, https://…`: printed again in full, dated
        bare = _URL_IN_REST.sub("", rest).strip(" ,.")  # (the short form's own address is no pinpoint)
        pages = _ALIAS_PAGES.match(rest) or _ALIAS_SECTION.match(rest) or _ALIAS_PART.fullmatch(bare)
        own = c.url if c.url and c.url != a.source.url else None
        found = _inherit(dataclasses.replace(c, url=own, pages=pages.group("pages").strip() if pages else c.pages),
                         a.source, a.note, ibid=False)  # fmt: skip
        return found
    return None


def _item_of(c: Citation, a: _Alias, rest: str) -> Citation:
    """`Proceedings, March 1895, John Sholto Douglas (t18950325_336)`: an item of the abbreviated publication."""
    date = number = None
    names: list[str] = []
    for part in (p.strip() for p in re.split(r",\s+(?!\d{4}\b)|\s+(?=\()", rest) if p.strip()):
        if date is None and _ITEM_DATE.match(part):
            date = part
        elif _ITEM_NUMBER.match(part):
            number = part.strip("()")
        else:
            names.append(part)
    return dataclasses.replace(
        c, kind=a.source.kind if c.kind is not CitationKind.WEB else c.kind, authors=c.authors if not names else (),
        title=", ".join(names) or c.title if names else c.title, container=a.publication, date=date or c.date,
        url=a.source.url, pages=number or c.pages, short_form=True, refers_to=a.note, unresolved=False,
    )  # fmt: skip


def resolve(
    notes: list[tuple[int, list[FieldResult], bool]],
) -> tuple[list[tuple[Citation, ...]], list[str]]:
    """notes: (number, parsed citations, joint?) in order -> resolved citations per note."""
    warnings: list[str] = []
    return list(resolve_each(notes, warnings)), warnings


def resolve_each(
    notes: Iterable[tuple[int, list[FieldResult], bool]], warnings: list[str]
) -> Iterator[tuple[Citation, ...]]:
    """`resolve` one note at a time, as they are parsed: a note's citations are yielded before
    the next note is read (a back-reference only looks back), and warnings go to `warnings`."""
    by_surname: dict[str, list[_Entry]] = defaultdict(list)
    by_title: dict[str, list[_Entry]] = defaultdict(list)  # authorless works, by first word
    # by the first word of a name: `Xiao, Selected Military Writings` for Xiao Jinguang, whose
    # surname comes first (Chinese, Japanese, Korean, Hungarian names)
    by_first_name: dict[str, list[_Entry]] = defaultdict(list)
    previous: tuple[Citation, ...] = ()
    previous_number: int | None = None
    joint_notes: set[int] = set()  # notes whose citations share one imprint
    by_number: _NoteSources[Citation] = _NoteSources()
    aliases: list[_Alias] = []  # the short names full citations gave themselves, in order
    by_report: dict[tuple[str, str], list[tuple[int, Citation]]] = defaultdict(list)  # (volume, reporter) -> cases
    by_doc_number: dict[str, tuple[int, Citation]] = {}  # `GAO-22-104662` -> the full citation that printed it
    raw_text = _RawText(by_number)
    # a short form already used for a work (`Tang Kristensen, Danske sagn`, notes 18-19 -> note 8) keeps meaning it when
    # a later full citation's title also opens with those words (note 23's new series, given its full title): the
    # notes name the new work by a form of its own (Chicago 14.29)
    short_meant: dict[str, _Entry] = {}
    for number, results, joint in notes:
        resolved: list[Citation] = []
        printed: list[tuple[int, str]] = []  # the note's full citations (places in `resolved`), the comment before each
        comment: list[str] = []
        item_of: _Alias | None = None  # the abbreviated publication the last citation was an item of
        url_only: list[bool] = []  # an extra URL of the note (coverage.py) is no source for a later Ibid.
        within: set[int] = set()  # places in `resolved` of works cited in a `(citing …)` parenthetical: nor is one
        for res in results:
            c = res.citation
            if res.within:
                within.add(len(resolved))
            if res.commentary:
                comment.append(c.raw)
                # `United States v. Ticketmaster (2010) complaint, pp. 10, 13.` reads as a sentence, but it
                # is the name a full citation gave itself: kept only then
                named = _by_alias(c, aliases, None) if aliases else None
                if named is None and by_doc_number and any(series in c.raw for series in STANDARD_SERIES):
                    named = _standard_named(c, by_doc_number, resolved)
                if named is not None:
                    resolved.append(named)
                    url_only.append(False)
                    continue
                for mention in (*_works_mentioned(c, number, by_surname), *_supras_mentioned(c, number, by_number)):
                    resolved.append(mention)
                    url_only.append(False)
                continue
            own = _repeatable(resolved, url_only, within)
            if c.container and _IBID_CONTAINER.fullmatch(c.container) and (own or previous):
                # `Julia Adams and Hannah Brückner, "Wikipedia, Sociology, …," ibid.`: a new article in the journal
                # (or book) just cited, whose name, issue and year `ibid.` stands for
                held = (own or list(previous))[-1]
                c = dataclasses.replace(
                    c, container=held.container, date=c.date or held.date, date_iso=c.date_iso or held.date_iso,
                    kind=held.kind if c.kind is CitationKind.UNKNOWN else c.kind,
                )  # fmt: skip
                res = dataclasses.replace(res, citation=c)
            if res.is_ibid and own:
                # `…, 382 PHIL. TRANS. 12 (2023). Importantly, … Id.`: Id. inside a note means the
                # source just cited in that note, not the previous note's
                target = own[-1]
                origin = target.refers_to if (target.ibid or target.short_form) else number
                resolved.append(_inherit(c, target, origin, ibid=True))
                url_only.append(False)
                continue
            url_only.extend([res.url_only] * (len(previous) if res.is_ibid and previous else 1))
            if res.is_ibid:
                if not previous:
                    why = (
                        "it is the first note" if previous_number is None else f"note {previous_number} has no citation"
                    )
                    warnings.append(f"note {number}: “{_short(c.raw)}” has nothing to refer to ({why})")
                    resolved.append(dataclasses.replace(c, unresolved=True))
                    continue
                origins = {_origin(t, previous_number) for t in previous}
                targets = previous
                if len(previous) > 1 and not (len(origins) == 1 and origins <= joint_notes):
                    # `See 18 U.S.C. § 1030; Van Buren v. United States, 593 U.S. 374 (2021).` then `Id.`: the
                    # authority cited last, as Bluebook 4.1 reads it and every labelled note in the corpus does
                    warnings.append(
                        f"note {number}: Ibid. follows note {previous_number}, which cites "
                        f"{len(previous)} sources; taken as the last of them"
                    )
                    # (the last that names a work: a case a sentence mentions without its report, or a quotation
                    # read as a citation, is no authority an Id. repeats)
                    naming = [t for t in previous if t.kind is not CitationKind.UNKNOWN and (t.title or t.authors)]
                    if c.pages and c.pages.startswith("§"):
                        # `Id. at § 102(1)(A)(i).` after a note citing the Act and then a web page: a section is the
                        # statute's, the last source that is cited by section
                        naming = [t for t in naming if "§" in (t.title or "") + (t.pages or "")] or naming
                    targets = tuple(naming or previous)[-1:]
                    url_only[-len(previous) :] = [res.url_only]
                for target in targets:
                    resolved.append(_inherit(c, target, _origin(target, previous_number), ibid=True))
                continue
            if res.reporter is not None:
                here = [(number, t) for t in resolved if _report_key(t) == res.reporter and not t.refers_to]
                cases = by_report.get(res.reporter, []) + here
                # (a Westlaw number names one case, whatever name the short form gives it: `VanBuren, 2018 WL
                # 4177776, at 2` after `No. 16-253, 2018 WL 4177776 (Vt. Aug. 31, 2018)`, cited by docket alone)
                found = cases[-1] if cases and res.reporter[1] == "wl" else _case_named(c, cases)
                entry = _find(c, by_surname, by_title, by_first_name) if found is None and c.title else None
                if found is None and entry is not None:
                    found = (entry.note, entry.citation)  # the earlier citation named the case, its report unread
                if found is None and c.volume and c.container:
                    # the earlier citation's report was not read: what it printed may still name it
                    printed_case = raw_text.find_case(c.title or "", c.volume, c.container, _first_page(c), number)
                    if printed_case is not None:
                        found = printed_case
                if found is not None:
                    resolved.append(_inherit(c, _case_fields(c, found[1]), found[0], ibid=False))
                else:
                    warnings.append(f"note {number}: case short form “{_short(c.raw)}” matches no earlier citation")
                    resolved.append(dataclasses.replace(c, short_form=True, unresolved=True))
                continue
            if (reported := _case_reported_again(c, by_report)) is not None:
                resolved.append(_inherit(c, reported[1], reported[0], ibid=False))
                continue
            if res.supra is not None and res.supra.every and (again := _full(by_number.get(res.supra.note))):
                # `See sources cited supra note 5`: each work note 5 cites, again
                for target in again:
                    resolved.append(_inherit(c, target, res.supra.note, ibid=False))
                url_only.extend([False] * (len(again) - 1))
                continue
            if res.supra is not None:
                named = _supra_target(res.supra.who, by_number.get(res.supra.note))
                # the number printed names a note that cites no work by the name printed with it ...
                misnamed = bool(res.supra.who) and (named is None or not _names(res.supra.who, named))
                given = misnamed and next((a for a in reversed(aliases) if a.pattern.match(res.supra.who)), None)
                if given:
                    # ... and a work gave itself that name: `FBI Directorate of Intelligence, supra note 18` when note
                    # 18 is `Id.` and note 19 cites the report `[hereinafter FBI Directorate of Intelligence]`
                    resolved.append(_inherit(c, given.source, given.note, ibid=False))
                    continue
                # `MINOW, supra note 3, at 4` when note 3 cites no Minow and note 4 does, `Brito, supra note 1` when
                # note 1 holds nothing (a copy that lost the author's note): the number is the author's slip, the
                # name is not (a careful reader follows the name, as the labels do) ...
                # ... or, the name matching no author elsewhere, the work the next or the previous note cites by
                # that name: `KEETON ET AL., supra note 124` for note 125's `PROSSER ET AL., PROSSER AND KEETON ON THE
                # LAW OF TORTS`, a draft's cross-reference one note off
                slip = None
                if misnamed:
                    slip = _named_elsewhere(res.supra.who, res.supra.note, by_surname, by_title, by_first_name)
                    slip = slip or _named_nearby(res.supra.who, res.supra.note, number, by_number)
                # ... unless the name's slip finds the same work the number names, printed again (`Greenburg, supra
                # note 45` when notes 45 and 52 both print Greenberg's article in full: the number says which)
                # (`Thomson, supra note 4` when note 4 spells the author `Thompson` and note 45 prints the same article
                # again as `Thomson`: one work, whatever the spelling; the number says which note)
                if slip and named and (
                    not (named.title or named.authors)  # a book review's first note, its imprint alone
                    or (slip.citation.title, slip.citation.authors) == (named.title, named.authors)
                    or (named.title and fold(slip.citation.title or "") == fold(named.title))
                ):
                    slip = None
                if slip is not None:
                    origin = slip.citation.refers_to if (slip.citation.ibid or slip.citation.short_form) else slip.note
                    resolved.append(_inherit(c, slip.citation, origin, ibid=False))
                    continue
                if named is None:
                    n = res.supra.note
                    why = "a later note" if n >= number else f"note {n}, which has no citation"
                    warnings.append(f"note {number}: “{_short(c.raw)}” points to {why}")
                    resolved.append(dataclasses.replace(c, short_form=True, unresolved=True))
                    continue
                repeat = (named.ibid or named.short_form) and not named.unresolved
                origin = named.refers_to if repeat else res.supra.note
                resolved.append(_inherit(c, named, origin, ibid=False))
                continue
            named = _by_alias(c, aliases, item_of) if aliases else None
            if named is not None:
                resolved.append(named)
                item_of = next((a for a in aliases if a.note == named.refers_to and a.publication
                                and a.publication == named.container), None)  # fmt: skip
                continue
            item_of = None
            if res.doc_number is not None and (cited := by_doc_number.get(res.doc_number)) is not None:
                resolved.append(_inherit(c, cited[1], cited[0], ibid=False))  # `GAO-25-107743.`: that report again
                continue
            standard = _STANDARD_OPENING.match(c.raw) if not (c.authors or c.url or c.date) else None
            if standard is not None and (cited := by_doc_number.get(_standard_key(standard.group("id")))) is not None:
                # `NIST SP 800-161, SI-7.` after `Jon Boyens, et al., “Supply Chain Risk Management Practices …”, NIST
                # SP 800-161 (April 2015), …`: a standard or a technical report cited again by its number, then
                # the control or section cited in it
                pin = standard.group("pin").strip(" .,;") or None
                resolved.append(_inherit(dataclasses.replace(c, pages=pin), cited[1], cited[0], ibid=False))
                continue
            if res.maybe_short and c.title and (cited_work := _CITED_WORK.search(c.title)):
                # `Kennedy, The Rise and Fall, op. cit., p. 45`: the short title, then `op. cit.` saying it was cited
                c = dataclasses.replace(c, title=c.title[: cited_work.start()].strip(" ,") or None)
            if res.maybe_short and c.title and (imprint := _IMPRINT.search(c.title)):
                # `Jon Hegglund, World Views: … (Oxford: Oxford UP, 2012, 9-10.` after `Jon Hegglund, World Views: …`
                # (British Fiction, Cultural Analytics 2018, notes 2 and 4): an imprint left open was read into the
                # title; the short form came first, this is the full citation
                c = dataclasses.replace(
                    c, title=c.title[: imprint.start()].strip(" ,") or c.title, publisher=imprint.group("publisher"),
                    date=imprint.group("year"), date_iso=imprint.group("year"), kind=CitationKind.BOOK,
                    pages=c.pages or imprint.group("pages"),
                )  # fmt: skip
            elif res.maybe_short and (c.authors or c.title) and not _IMPRINT.search(c.raw) and not (
                c.title and _ENACTED.search(c.title)
            ):  # (`Consumer Review Fairness Act of 2016, Pub. L. No. 114-258, 130 Stat. 1355` again is cited in full)
                meant_key = fold(" ".join((*c.authors, c.title or "")))
                entry = _find(c, by_surname, by_title, by_first_name)
                if entry is None and c.title and not c.pages and (pin := _PAGE_WITHOUT_COMMA.search(c.title)):
                    # `Pollak, Erotic Whitman 117.` for Vivian Pollak's *The Erotic Whitman*: the page printed after
                    # the short title without its comma, read only when the title alone names an earlier work
                    pinned = dataclasses.replace(c, title=c.title[: pin.start()], pages=pin.group("page"))
                    if (entry := _find(pinned, by_surname, by_title, by_first_name)) is not None:
                        c = pinned
                meant = short_meant.get(meant_key)
                if meant is not None and entry is not None and fold(meant.citation.title or "") != fold(
                    entry.citation.title or ""
                ):
                    entry = meant  # (the same work cited in full again is the latest citation of it, as before)
                if entry is not None and res.antecedent_required and entry.citation.unresolved:
                    entry = None  # a comment is a source only if a full citation confirms it, not another guess
                if entry is None or _names_missing(c, entry.citation):
                    # the fields of the full citation may have been read wrong: what it printed decides
                    found_raw = raw_text.find(c.authors, c.title or "", number)
                    if found_raw is not None:
                        resolved.append(_inherit_printed(c, found_raw[1], found_raw[0]))
                        continue
                if entry is not None and not _printed_no_more(entry.citation, c):
                    resolved.append(_inherit(c, entry.citation, entry.note, ibid=False))
                    if len(short_meant) < _MAX_SHORT_MEANT:
                        short_meant.setdefault(meant_key, entry)
                    continue
                if entry is not None or (_looks_short(c) and all(map(_ACRONYM.fullmatch, c.authors))):
                    # `ITA, Budget Estimates Fiscal Year 2026, p. ITA-5.` (first) and `…, pp. ITA-37 – ITA-38.`
                    # (again): an agency's document its notes name by body and title alone is cited in full
                    # each time, a repeat of a citation that printed no more than itself is that citation again
                    # (cited by its page, it is the body's report; an archive's box and document is not)
                    paged = c.kind is CitationKind.UNKNOWN and c.pages is not None
                    full = dataclasses.replace(c, kind=CitationKind.REPORT) if paged else c
                    printed.append((len(resolved), " ".join(comment)))
                    resolved.append(full)
                    comment.clear()
                    _index(number, full, by_surname, by_title, by_first_name)
                    continue
                if res.antecedent_required:
                    url_only.pop()  # no earlier work by that name: a sentence of comment, not a source
                    continue
                if (
                    _looks_short(c) and not all(map(_name_like, c.authors))
                    and (mentioned := _works_mentioned(c, number, by_surname))
                ):  # fmt: skip
                    # `Baron, Hugues de Saint-Victor. Six opuscules spirituels, 41.` read as two names and a title
                    # that name nothing: the work the words name, `Baron, … Six opuscules spirituels`, is cited
                    if len(mentioned) == 1:  # (the citation as printed, and the page its fields found)
                        mentioned = [dataclasses.replace(mentioned[0], raw=c.raw, pages=mentioned[0].pages or c.pages)]
                    resolved.extend(mentioned)
                    url_only.extend([False] * (len(mentioned) - 1))
                    continue
                if _looks_short(c):
                    warnings.append(f"note {number}: short form “{_short(c.raw)}” matches no earlier citation")
                    flagged = dataclasses.replace(c, short_form=True, unresolved=True)
                    resolved.append(flagged)
                    # notes that cite a bibliography give only short forms: a repeat refers to the
                    # note of the first, and so does an Ibid. after it
                    _index(number, flagged, by_surname, by_title, by_first_name)
                    continue
            web = _find(c, by_surname, by_title, by_first_name) if _web_short(c) else None
            if web is not None and _same_address(web.citation.url, c.url) and _shortened(c, web.citation):
                # `Potter, "History of Policing," <url>` after `Gary Potter, "The History of Policing in the
                # United States," *Police Studies Online*, …, <url>`: a short form that prints its page's address
                resolved.append(_inherit(c, web.citation, web.note, ibid=False))
                continue
            if _by_surname_again(c) and (repeated := _find(c, by_surname, by_title, by_first_name)) is not None and (
                _repeats(c, repeated.citation)
            ):
                # `Riggio, “Introduction,” in Sister Carrie (1998), xi.` after `Thomas P. Riggio, “Introduction,” in
                # Sister Carrie by Theodore Dreiser (Philadelphia: …, 1998), vi–xvi`: the same work by the same
                # author, named by surname now, with as much of its imprint as tells it apart
                resolved.append(_inherit(c, repeated.citation, repeated.note, ibid=False))
                continue
            act = _ACT_AGAIN.match(c.raw) if " Act" in c.raw and not (c.url or c.authors) else None
            if act and (enacted := raw_text.opening(act.group("name"), number)) is not None:
                # `See Terrorism Risk Ins. Act of 2002 § 102(1)(C).`, `U.S. Innovation and Competition Act of 2021 at
                # §10308(c)(3) and (9).`: a statute cited in full before, named again with the section cited now
                pin = act.group("pin")
                resolved.append(_inherit(dataclasses.replace(c, pages=pin), enacted[1], enacted[0], ibid=False))
                continue
            letter = _dated_letter(c)
            if (
                (letter or _may_repeat_opening(c)) and (opened := raw_text.opening(c.raw, number)) is not None
                and (not letter or opened[1].container)
            ):  # fmt: skip
                resolved.append(_inherit(c, opened[1], opened[0], ibid=False))
                continue
            # (what `_may_repeat_opening` asks, the page aside, and no date)
            bare = not (letter or c.date or c.url or c.publisher or c.volume or "§" in c.raw) and len(c.raw) < 160
            pinned_opening = _OPENING_THEN_PAGE.match(c.raw) if bare and c.raw[-1:] in ".0123456789" else None
            if (
                pinned_opening
                and (opened := raw_text.opening(pinned_opening.group("opening"), number)) is not None
                and (opened[1].url or opened[1].date or opened[1].publisher)  # (no other short form, unresolved)
            ):  # fmt: skip
                # `CSC Staff, Legislative Proposals, 232.` after `CSC Staff, *Legislative Proposals* (2020), 53, https://…`:
                # the full citation's opening again, then the page cited now, however the fields were read
                page = pinned_opening.group("page")
                resolved.append(_inherit(dataclasses.replace(c, pages=page), opened[1], opened[0], ibid=False))
                continue
            printed.append((len(resolved), " ".join(comment)))
            resolved.append(c)
            comment.clear()
            _index(number, c, by_surname, by_title, by_first_name)
            # a report printed in full again is the one a later repeat of its number refers to (the latest)
            for doc_number in DOC_NUMBER_IN.findall(c.raw) if "-" in c.raw else ():
                by_doc_number[doc_number] = (number, c)
            # (a standard's number, by the first full citation that printed it: a later one may name it in passing; but
            # the report itself printed in full again, its number as its publisher, is the one meant from then on)
            standardised = c.title and not c.short_form and any(series in c.raw for series in STANDARD_SERIES)
            for named_standard in _STANDARD_IN.findall(c.raw) if standardised else ():
                standard_key = _standard_key(named_standard)
                if _standard_key(c.publisher or "").startswith(standard_key):
                    by_doc_number[standard_key] = (number, c)
                else:
                    by_doc_number.setdefault(standard_key, (number, c))
            if "No." in c.raw and not c.short_form and (law := LAW_DESIGNATION.search(c.raw)):
                by_doc_number[f"No. {law.group('number')}"] = (number, c)  # `Law No. 1-FKZ, article 12.` finds it
        final = tuple(c if c.index == i else dataclasses.replace(c, index=i) for i, c in enumerate(resolved))
        yield final
        note_url = next((c.url for c in final if c.url), None)
        for c in final:
            if (key := _report_key(c)) is not None and not (c.ibid or c.short_form):
                by_report[key].append((number, c))
        for c in final:
            if not (c.ibid or c.short_form) and ("here" in c.raw):
                aliases.extend(_aliases(number, c, note_url))
        named_as = next((m for said in comment if (m := _ABBREVIATED_AS.search(said))), None) if comment else None
        if named_as and (cited_in_full := _full(final)):
            abbreviation = _alias_pattern(re.findall(r"\w+", named_as.group("alias")))
            aliases.append(_Alias(number, cited_in_full[-1], abbreviation))
        sources = tuple(c for c, extra in zip(final, url_only, strict=True) if not extra)
        # `Id. at 677–78 … Id. at 677.` then `Id. at 679.`: one work cited twice in a note is one source of it
        cited_here = _distinct(sources or final, number)
        by_number[number] = cited_here
        # (a note of comment only cites no authority, so an `Id.` after it repeats the one before it, Bluebook 4.1:
        # `Citron, Sexual Privacy, 128 YALE L.J. 1871 (2019).`, a sentence on the terms used, then `Id.`; a note
        # pointing to other notes, `See supra notes 15–18 and accompanying text.`, is what the `Id.` repeats)
        if final or not previous or not all(map(_comment_only, comment)):
            previous, previous_number = cited_here, number
            if within:
                previous = _distinct(tuple(_repeatable(final, url_only, within)), number) or cited_here
        raw_text.add(number, final, printed)
        if joint:
            joint_notes.add(number)


# a statute by its name (and year), then the section cited, or `passim` (`passium`, the slip, printed once)
_ACT_AGAIN = re.compile(
    r"^(?:See\s+)?(?P<name>(?:[A-Z][\w.’'-]*\s+|(?:of|and|the|for|on|to)\s+){1,12}Act(?:\s+of\s+(?:19|20)\d\d)?)"
    r"\s*(?:at\s+)?(?P<pin>§§?\s*[\w.]+(?:\([\w]+\))*(?:\s+and\s+\([\w]+\))?|passim|passium)"
    r"(?:\s*\([^()]*\))?\.?$"  # (what the section is cited for: `(stating the purpose of the Act …)`
)
# a short form as the opening of a full citation (a name, a title) and a page: `CSC Staff, Legislative Proposals, 232.`
_OPENING_THEN_PAGE = re.compile(
    r"^(?P<opening>[^,]{3,80},\s[^,]{3,120}?),\s*(?:pp?\.\s*)?(?P<page>\d{1,4}(?:\s*[–-]\s*\d{1,4})?)\.?$"
)
_IBID_CONTAINER = re.compile(r"ibid(?:em)?\.?", re.IGNORECASE)
_MAX_SHORT_MEANT = 50_000  # bounds the memory of a long run of notes
_ROMAN_PAGE = r"(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
# (`Allison, Bodies on the Line xi-xiii.`: a preface's page, in small roman numerals, so printed too)
_PAGE_WITHOUT_COMMA = re.compile(
    rf"(?<=[A-Za-z])\s+(?P<page>\d{{1,4}}(?:[–-]\d{{1,4}})?|{_ROMAN_PAGE}(?:[–-]{_ROMAN_PAGE})?)$"
)
_CITED_WORK = re.compile(r",?\s*\b(?:op|loc|art)\.\s*cit\.?$", re.IGNORECASE)
# `(Oxford: Oxford UP, 2012`: a book's imprint, which only a full citation prints, however its fields were read
_IMPRINT = re.compile(
    r"\([A-Z][^():]{1,60}:\s*(?P<publisher>[^():]{2,120}?),\s*(?P<year>(?:1[5-9]|20)\d\d)\b"
    r"(?:\)?,\s*(?P<pages>\d+(?:[–-]\d+)?)\b)?"
)


# `See the collation in Poirel, Livre de la nature, 40.`, `van den Boomen, Transcoding the Digital.`: a sentence of
# comment naming a work by its author's surname and its short title, then perhaps a page (Chicago 14.29)
_MENTION = re.compile(
    r"(?<![\w’'.-])(?P<who>(?:(?:van|von|de|den|der|da|di|du|la|le)\s+){0,2}[A-Z][\w’'-]+"
    r"(?:\s+(?:and|&)\s+[A-Z][\w’'-]+)?),\s+(?P<title>[“\"*]?[A-Z][^,;.()“”\"*]{2,120}?(?:,?[”\"*])?)"
    r"(?:(?:,\s*|(?<=,[”\"])\s+)(?P<pages>(?:\d+:)?\d+(?:[–-]\d+)?|[ivxlc]+(?:[–-][ivxlc]+)?)(?![\w–-])"
    # (or no page, then the sentence goes on; not `, in` a book, an editor or a translator: a work cited in full)
    r"|(?=\s*[.;)]|\s*$|,\s+(?!in\b|ed\.|eds\.|trans\.|edited\b|translated\b)))"
)
# (a short title says what the work is in words: `RG 59` after `NARA` is a record group's number, no title)
_WORDED = re.compile(r"\b[A-Z]?[a-z]{2,}|\b[A-Z]{3,}\s+(?:\w+\s+)*[A-Z]{3,}")
_MAX_MENTIONS = 8  # `Surname, Title` shapes read in one sentence of comment, at most


def _works_mentioned(c: Citation, number: int, by_surname: dict) -> list[Citation]:
    """The works of earlier notes a sentence of comment names by surname and short title: a work only counts
    when its author's surname and the opening (or key words) of one of that author's titles both match."""
    found: list[Citation] = []
    for m in itertools.islice(_MENTION.finditer(c.raw), _MAX_MENTIONS):
        who = re.split(r"\s+(?:and|&)\s+", m.group("who"))
        title = m.group("title").strip("“”\"*, ")
        if not _WORDED.search(title) or not all(by_surname.get(_surname(a)) for a in who):
            continue
        mention = Citation(index=c.index, raw=m.group(0), authors=tuple(who), title=title, pages=m.group("pages"))
        entry = _best(mention, fold(title), [e for a in who for e in by_surname.get(_surname(a), [])])
        if entry is not None and entry.note != number and not entry.citation.unresolved:
            found.append(_inherit(mention, entry.citation, entry.note, ibid=False))
    return found


# `In Arbel & Mungan, supra note 27, we explain …`, `… as emphasized by Thompson, supra note 61, and more
# conceptually …`: a law review's sentence of comment citing an earlier note's work by its author and number
_SUPRA_MENTION = re.compile(
    rf"(?<![\w’'.-])(?P<who>{SUPRA_NAMES}),\s+supra\s+note\s+"
    r"(?P<note>\d{1,4})(?![\d–-])(?:,\s+at\s+(?P<pages>\d+(?:[–-]\d+)?)(?![\w–-]))?"
)


def _supras_mentioned(c: Citation, number: int, by_number: _NoteSources[Citation]) -> list[Citation]:
    """The works of earlier notes a sentence of comment cites as `Surname, supra note N`: only when note N
    cites a work by that surname (a number alone, `130 million full time employees, supra note 25`, is a figure
    the note gives, not a work the sentence cites)."""
    found: list[Citation] = []
    if "supra" not in c.raw:
        return found
    for m in itertools.islice(_SUPRA_MENTION.finditer(c.raw), _MAX_MENTIONS):
        cited = int(m.group("note"))
        named = _supra_target(m.group("who"), by_number.get(cited)) if cited < number else None
        if named is None or not {_surname(a) for a in named.authors} & set(fold(m.group("who")).split()):
            continue
        mention = Citation(index=c.index, raw=m.group(0), pages=m.group("pages"))
        repeat = (named.ibid or named.short_form) and not named.unresolved
        found.append(_inherit(mention, named, named.refers_to if repeat else cited, ibid=False))
    return found


def _repeatable(cited: Iterable[Citation], url_only: list[bool], within: set[int]) -> list[Citation]:
    """A note's citations an `Id.` may repeat: no extra URL of the note, no work a parenthetical cites."""
    return [t for i, (t, extra) in enumerate(zip(cited, url_only, strict=True)) if not (extra or i in within)]


def _names_missing(c: Citation, found: Citation) -> bool:
    """`Waterman and Smith, 12` matched to a work by Smith alone: a name of the short form's is not among the
    found work's authors (a work by all of them may have had its authors read wrong)."""
    if c.title or len(c.authors) < 2:
        return False  # (`Emsley, Crime and Society, 216` reads as three names: the title decides)
    return not {_surname(a) for a in c.authors} <= {_surname(a) for a in found.authors}


def _distinct(sources: tuple[Citation, ...], note: int | None) -> tuple[Citation, ...]:
    seen: set[tuple[object, ...]] = set()
    out: list[Citation] = []
    for c in sources:
        key = (_origin(c, note), c.kind, c.authors, c.title, c.container, c.url, c.volume)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return tuple(out)


def _report_key(c: Citation) -> tuple[str, str] | None:
    if c.volume and not c.container and c.kind is CitationKind.OFFICIAL and f"WL {c.volume}" in c.raw:
        return (c.volume, "wl")  # `2018 WL 4177776`: an unreported case, by its Westlaw number
    return (c.volume, reporter_key(c.container)) if c.volume and c.container else None


def _first_page(c: Citation) -> int | None:
    m = re.match(r"\d+", c.pages or "")
    return int(m.group()) if m else None


def _case_named(c: Citation, cases: list[tuple[int, Citation]]) -> tuple[int, Citation] | None:
    """The case a short form `Name, 550 U.S. at 570` repeats, among the earlier cases reported in that
    volume (one volume holds many): the latest whose name holds the short name, else the one starting
    on the closest page before the pinpoint."""
    if not cases:
        return None
    name = fold(c.title or "")
    if name:
        words = [w for w in name.split() if w not in _CASE_NAME_SMALL_WORDS]
        named = [e for e in cases if e[1].title and words and _names_case(words[:2], fold(e[1].title).split())]
        if named:
            # (`376 U.S. 254 (1964).` after `N.Y. Times Co. v. Sullivan, 376 U.S. 254 (1964)`: the case cited again
            # by its report alone, the body naming it, is the latest citation of it)
            latest, first = named[-1], _first_page(named[-1][1])
            if first is not None and (
                again := [e for e in cases if e[0] > latest[0] and not e[1].title and _first_page(e[1]) == first]
            ):
                return again[-1]
            return latest
        # `Twombly, 550 U.S. at 570` when only Scott v. Harris of that volume was cited: not Scott; a case the
        # body named and the note cited by reporter alone (`964 F.3d 170 (2020).`) may still be it
        cases = [e for e in cases if not e[1].title]
    pin = _first_page(c)
    before = [e for e in cases if (first := _first_page(e[1])) is not None and pin is not None and first <= pin]
    if before:
        return max(before, key=lambda e: (_first_page(e[1]) or 0, e[0]))
    return cases[-1] if len(cases) == 1 and pin is None else None


def _case_reported_again(c: Citation, by_report: dict[tuple[str, str], list[tuple[int, Citation]]]) -> (
    tuple[int, Citation] | None
):
    """`See Alvarez, 567 U.S. 709 (2012).` after `United States v. Alvarez, 567 U.S. 709, 718 (2012)`: a case cited
    again by one party's name and its report in full, first page and all, is the case cited before (Bluebook 10.9
    lets the name be shortened once the case was cited in full)."""
    # (read as an article of a journal, its title one word and no `v.`: the earlier case decides what it is)
    if not (c.title and c.volume and c.container) or " v. " in c.title or c.authors:
        return None
    if (key := _report_key(c)) is None or not (cases := by_report.get(key)) or (first := _first_page(c)) is None:
        return None
    words = [w for w in fold(c.title).split() if w not in _CASE_NAME_SMALL_WORDS]
    same = [e for e in cases if _first_page(e[1]) == first and e[1].title and " v. " in e[1].title]
    named = [e for e in same if words and _names_case(words[:2], fold(e[1].title).split())]
    return named[-1] if named else None


# the words of a case's name that name no party: `In re`, `ex rel.`, `Ex parte`, `v.`
_CASE_NAME_SMALL_WORDS = frozenset({"in", "re", "ex", "rel", "parte", "v"})


def _names_case(short: list[str], title: list[str]) -> bool:
    """Every word of a case's short name is a word of its title, or is what the title abbreviates, or abbreviates
    a word of it (Bluebook T6: `Pacific Gas, 442 P.2d at 645` for `Pac. Gas & Elec. Co. v. …`, `International Shoe`
    for `Int’l Shoe Co.`, and `Pac. Gas & Elec. Co., 442 P.2d at 645` for `Pacific Gas & Electric Co. v. …`)."""
    return all(any(w == t or _abbreviates(t, w) or _abbreviates(w, t) for t in title) for w in short)


def _abbreviates(abbr: str, word: str) -> bool:
    """`pac` for `pacific`, `intl` for `international`, `commn` for `commission`: the abbreviation's letters, the
    first one first, in order in the word (three letters at least, so `co` stands for nothing by itself)."""
    if len(abbr) < 3 or len(abbr) >= len(word) or abbr[0] != word[0]:
        return False
    at = 0
    for ch in abbr:
        at = word.find(ch, at) + 1
        if not at:
            return False
    return True


def _case_fields(c: Citation, found: Citation) -> Citation:
    """The case a short form found, with the report the short form names where its own was not read."""
    same = found.volume == c.volume and reporter_key(found.container or "") == reporter_key(c.container or "")
    if same and found.container:
        return found
    return dataclasses.replace(found, container=c.container, volume=c.volume)


def _origin(target: Citation, note: int | None) -> int | None:
    """The note a back-reference to `target` (cited in `note`) refers to: its full citation's."""
    if (target.ibid or target.short_form) and not target.unresolved:
        return target.refers_to
    return note


def _full(sources: tuple[Citation, ...]) -> tuple[Citation, ...]:
    """The works a note cites in full (its short forms and Ibid. repeat older notes')."""
    return tuple(c for c in sources if not (c.ibid or c.short_form))


def _supra_target(who: str, sources: tuple[Citation, ...]) -> Citation | None:
    """The source in the named note that `who` (a surname, `Surname & Surname`, a short title) names."""
    if not sources:
        return None
    # `supra note 25` names the work note 25 cites in full, not a short form of an older note it repeats (but a
    # work read as a short form that matched nothing, `Matthew Tokson and Yonathan A. Arbel, AI X-Risk: A Legal
    # Perspective, manuscript (on file with authors)`, is cited there in full all the same)
    every = sources
    sources = _full(sources) or sources
    key = fold(re.sub(r"\bet al\.?", "", who))
    if key:
        words = set(key.split())
        unmatched = [
            c for c in every
            if c.unresolved and (c.container or c.publisher or c.date or c.url)
            and {_surname(a) for a in c.authors} & words
        ]  # fmt: skip
        if unmatched and not any({_surname(a) for a in c.authors} & words for c in sources):
            return unmatched[0]
        # `Bianchi & Levy, supra note 4` when note 4 cites Levy & Sledge and then Bianchi & Levy: the
        # source sharing the most surnames with the name given
        shared = [len({_surname(a) for a in c.authors} & words) for c in sources]
        most = max(shared)
        if most:
            tied = [c for c, n in zip(sources, shared, strict=True) if n == most]
            # `Arbel, supra note 9` when note 9 cites Arbel & Hoffman and then Arbel alone: the work whose authors
            # the name lists all of (`et al.` saying there are more)
            more = bool(_ET_AL.search(who))
            tied = [c for c in tied if _more_authors(c, most) == more] or tied
            # `Citron, Sexual Privacy, supra note 25` when note 25 cites three works by Citron: the one
            # whose title, or the short name it gave itself, follows the surname
            return _by_short_title(who, tied) or tied[0]
        for c in sources:
            if c.title and fold(c.title).startswith(key):
                return c
        for c in sources:  # `[hereinafter JUSTICE NEEDS]`: a short title anywhere in the full one
            if c.title and key in fold(c.title):
                return c
        for c in sources:
            # `RESTATEMENT OF TORTS, supra note 9` for `RESTATEMENT (SECOND) OF TORTS § 558 (…) [hereinafter
            # RESTATEMENT OF TORTS]`: the name the full citation gave itself
            if any(fold(m.group("alias")) == key for m in _HEREAFTER.finditer(c.raw)):
                return c
    return sources[0]


_ET_AL = re.compile(r"\bet\.?\s+al\b")


def _more_authors(c: Citation, named: int) -> bool:
    """Whether `c` has more authors than the `named` a short form gives: more listed, or `et al.` printed after
    them (`Allen Kachalia et al., Liability Claims …`, its authors labelled without it)."""
    if len(c.authors) > named:
        return True
    before_title = c.raw.split(c.title, 1)[0] if c.title and c.title in c.raw else ""
    return bool(_ET_AL.search(before_title))


def _names(who: str, c: Citation) -> bool:
    """Whether `who` (a surname, `Surname & Surname`, a short title) names `c` by an author or its title."""
    key = fold(re.sub(r"\bet al\.?", "", who.split(",", 1)[0]))
    if not key:
        return True  # nothing to go by but the number
    words = set(key.split())
    if {_surname(a) for a in c.authors} & words or any(w in fold(a) for a in c.authors for w in words):
        return True
    title = fold(c.title or "")
    return bool(title) and (key in title or any(fold(m.group("alias")) == key for m in _HEREAFTER.finditer(c.raw)))


def _named_nearby(
    who: str, printed: int, number: int, by_number: _NoteSources[Citation]
) -> _Entry | None:
    """The one work the note after or before the number printed cites in full whose authors and title hold the
    words of `who`, its minor words aside: all of them, or of four words or more all but about one in three (`IRS
    Credits for New Clean Vehicles Purchased` for `Internal Revenue Serv., Credits for New Clean Vehicles Purchased
    in 2023 or After`, the agency's initials the word missing)."""
    words = set(fold(who).split()) - _MINOR_WORDS - {"et", "al"}
    if not words:
        return None
    found = [
        _Entry(n, c, fold(c.title or "")) for n in (printed + 1, printed - 1) if 0 < n < number
        for c in _full(by_number.get(n))
        if len(words - set(fold(" ".join((*c.authors, c.title or ""))).split())) <= (len(words) - 1) // 3
    ]  # fmt: skip
    return found[0] if len(found) == 1 else None


def _named_elsewhere(who: str, printed: int, by_surname: dict, by_title: dict, by_first_name: dict) -> _Entry | None:
    """The earlier full citation whose author `who` names (`MINOW`, `Haneman`, `Bernstein, Opting Out`), when
    the number printed with it is a slip: the latest, or of several works by that name alone, the one cited
    nearest the number printed (`Leiter, supra note 30` when notes 43 and 60 cite Leiter: a draft's notes were
    renumbered around the number, which drifted a few places, not to the last work by that name)."""
    name, _, short = who.partition(",")
    if not name.strip() or not _AUTHOR_WORDS.fullmatch(name.strip()):
        return None
    probe = Citation(index=0, raw=who, authors=(name.strip(),), title=short.strip() or None)
    found = _find(probe, by_surname, by_title, by_first_name)
    if found is None or found.citation.ibid or found.citation.short_form:
        return None
    if short.strip() or not found.citation.authors:
        return found
    # (`RICHARD L. HASEN` in one note's small capitals, `Richard L. Hasen` in another's mixed case: one author)
    authors = [fold(a) for a in found.citation.authors]
    same = [
        e for e in by_surname.get(_surname(found.citation.authors[0]), [])[-_RECENT:]
        if not (e.citation.ibid or e.citation.short_form) and [fold(a) for a in e.citation.authors] == authors
    ]  # fmt: skip
    return min(same, key=lambda e: (abs(e.note - printed), -e.note), default=found)


# a surname or two as a `supra` prints them: `MINOW`, `Van Alstyne`, `Bianchi & Levy`, `Smith et al.`
# (`PONEMON INST.`, `Consumer Financial Protection Bureau`: a body's name, abbreviated or whole)
_AUTHOR_WORDS = re.compile(
    r"[A-Z][\w’'\-]+(?:\s+(?:[A-Z][\w’'\-]+\.?|of|the|for|on)){0,5}(?:\s+(?:&|and)\s+[A-Z][\w’'\-]+)*"
    r"(?:\s+et\s+al\.?)?"
)


def _by_short_title(who: str, sources: list[Citation]) -> Citation | None:
    if len(sources) < 2 or "," not in who:
        return None
    name = fold(who)
    short = fold(who.split(",", 1)[1])
    for c in sources:
        if any(fold(m.group("alias")) in (name, short) for m in _HEREAFTER.finditer(c.raw)):
            return c
    return next((c for c in sources if short and c.title and _title_matches(short, fold(c.title))), None)


_FRONT_PARTS = frozenset(FRONT_MATTER_PARTS)


def _book_of_part(c: Citation, target: Citation) -> Citation:
    """`Tanner, Narrative, 27.` after `Edwin James, introduction to A Narrative of the Captivity and Adventures of
    John Tanner … (New York: …, 1830), 5.`: a short form naming the book a part was cited in cites the book, by its
    own author, not the part."""
    if not (target.container and c.title and fold(target.title or "") in _FRONT_PARTS):
        return target
    short, book = fold(c.title), fold(target.container)
    if short in _FRONT_PARTS or not (_title_matches(short, book) or _key_words_of(short, book)):
        return target
    return dataclasses.replace(target, title=target.container, container=None, authors=c.authors or target.authors)


def _inherit(c: Citation, target: Citation, origin: int | None, *, ibid: bool) -> Citation:
    target = _book_of_part(c, target)
    values = {name: getattr(target, name) for name in _INHERITED}
    if c.url and c.url != target.url:  # `UNCTAD, p. 7, https://…pdf`: a short form keeps the address it prints
        values.update(url=c.url, accessed=c.accessed, accessed_inferred=c.accessed_inferred)
    if c.date and target.kind is CitationKind.PERSONAL and not ibid:
        values.update(date=c.date, date_iso=c.date_iso)  # `Dawut, interview, March 24, 2021.`: that conversation
    return dataclasses.replace(
        c, **values, pages=c.pages or (target.pages if ibid else None), ibid=ibid, short_form=not ibid,
        refers_to=origin, unresolved=False,
    )  # fmt: skip


def _inherit_printed(c: Citation, target: Citation, origin: int) -> Citation:
    """A short form found by what its full citation printed, whose fields were read wrong. The full citation's
    fields are taken only where they bear the short form out (one of its names among the authors read, or its
    title matching the title read): `CFTC, Decentralized Finance` takes `Commodity Futures Trading Commission …,
    Decentralized Finance, January 8, 2…`. Where they do not (`GAO, Combatting Illegal Fishing` for a note whose
    two citations were read as one), the link is kept and the short form keeps its own fields, as a wrong title
    or journal inherited would be reported as the source's; where only the name does (`Shrock, "Alger, Fosdick,
    and Stratemeyer"` for a title read as `Alger` and the rest taken for a container), the title and container
    are the short form's."""
    target = _book_of_part(c, target)
    names = {_surname(a) for a in c.authors}
    short = fold(c.title or "")
    full = fold(target.title or "")
    named = bool(names & {_surname(a) for a in target.authors})
    titled = bool(short and full and (_title_matches(short, full) or _key_words_of(short, full)))
    if not (named or titled or short) and full and _title_matches(fold(" and ".join(c.authors)), full):
        # `*Science and Art*, 190.` for `“Science and Art,” The Queen’s Magazine 1, no. 5 (…)`: a short title of
        # two words joined by `and` was read as two authors' names
        return _inherit(c, target, origin, ibid=False)
    if not (named or titled):
        return dataclasses.replace(c, short_form=True, refers_to=origin, unresolved=False)
    found = _inherit(c, target, origin, ibid=False)
    if c.authors and not named:
        found = dataclasses.replace(found, authors=c.authors)  # `Brown, Beyond the Lines`: no author was read
    if short and not titled:
        # the title read is not the one printed (cut short, the rest taken for a journal): neither is kept
        found = dataclasses.replace(found, title=c.title, container=c.container)
    return found


def _surname(author: str) -> str:
    author = ET_AL_END.sub("", author)
    if " " in author and _SPLIT_SMALL_CAPITALS.fullmatch(author):
        author = unsplit_small_capitals(author)  # `D EREK P ARFIT` is Derek Parfit, cited as `Parfit`
    if "," in author:
        author = author.split(",", 1)[0]  # `Flowerdew, R.`, `Biderman, Stella`: the surname comes first
    parts = fold(author).split()
    while len(parts) > 1 and parts[-1] in _NAME_SUFFIXES:
        parts.pop()  # `Arthur M. Schlesinger Jr.` is cited short as `Schlesinger`
    return parts[-1] if parts else ""


_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# a name in small capitals whose text layer split each word after its tall first letter: `S TUART R USSELL`
_SPLIT_SMALL_CAPITALS = re.compile(r"(?:[A-Z] [A-Z’'\-]{2,}(?:\s+|$))+")


# `胡锦涛在… [“Report to the 18th National Congress …”]`: a title in another script, then its translation
_TRANSLATION = re.compile(r"\[[“\"‘']?(?P<english>[^\[\]]{3,300}?)[”\"’']?\]")


# a title's own short name in parentheses at its end, as `[hereinafter …]` gives one
_TITLE_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&-]{1,9})\)$")


def _index(number: int, c: Citation, by_surname: dict, by_title: dict, by_first_name: dict) -> None:
    if not c.title:
        return
    aliases = tuple(a for m in _HEREAFTER.finditer(c.raw) if (a := fold(m.group("alias"))))
    if acronym := _TITLE_ACRONYM.search(c.title):
        aliases = (*aliases, fold(acronym.group(1)))  # `International Transactions (ITA)`: `BEA, ITA, Table 1.2`
    translated = _TRANSLATION.search(c.title)
    entry = _Entry(number, c, fold(c.title), aliases, fold(translated.group("english")) if translated else "")
    if c.authors:
        for a in c.authors:
            key = _surname(a)
            if key:
                _add(by_surname[key], entry)
            if "," not in a and " " in a:
                first = fold(a.split(None, 1)[0])
                if first and first != key:
                    _add(by_first_name[first], entry)
    if entry.title:
        # by title too, authored or not: `DEBT WEIGHT, supra, at 1` names a report by the short
        # title its `[hereinafter DEBT WEIGHT]` gave it
        words = entry.title.split()
        _add(by_title[words[0]], entry)
        if len(words) > 1 and entry.title.startswith(_LEADING_ARTICLES):
            _add(by_title[words[1]], entry)  # `Diplomatic Year, 12-13` for `The Diplomatic Year: Being a Review …`
    for alias in aliases:
        _add(by_title[alias.split()[0]], entry)


def _add(entries: list[_Entry], entry: _Entry) -> None:
    """Index `entry`, letting go of works older than the latest `_RECENT` (no lookup reads them)."""
    entries.append(entry)
    if len(entries) >= 2 * _RECENT:
        del entries[:-_RECENT]


def _find(c: Citation, by_surname: dict, by_title: dict, by_first_name: dict) -> _Entry | None:
    short_title = fold(c.title or "")
    if c.kind is CitationKind.PERSONAL and c.authors:
        # `Sidik, interview.`: that person's latest interview or conversation, however its genre was worded
        # (`phone interview with author`), and not a work they published in between (a post, an article)
        talks = [e for a in c.authors for e in by_surname.get(_surname(a), [])[-_RECENT:]
                 if e.citation.kind is CitationKind.PERSONAL]  # fmt: skip
        return max(talks, key=lambda e: e.note, default=None)
    candidates: list[_Entry] = []
    if c.authors:
        for a in c.authors:
            candidates.extend(by_surname.get(_surname(a), [])[-_RECENT:])
    elif short_title:
        candidates = by_title.get(short_title.split()[0], [])[-_RECENT:]
    best = _best(c, short_title, candidates)
    if best is None and c.authors and c.title and _ELLIPSIS.search(c.title):
        # `James, Western Manuscripts . . . of Emmanuel College` for `The Western Manuscripts in the Library of
        # Emmanuel College: …`: the title's words with some left out, each run of them in order
        runs = [run for part in _ELLIPSIS.split(c.title) if (run := fold(part))]
        for e in candidates:
            if len(runs) >= 2 and _runs_in_order(runs, e.title) and (best is None or _outranks(e, best)):
                best = e
    if best is None and len(c.authors) > 2 and short_title:
        # `Wendell, Waterman and Michelson, 17-18`: no work of Wendell's so titled, so three authors' names
        best = _best(dataclasses.replace(c, title=None), "", candidates)
    if best is None and c.authors and short_title:
        # a name whose surname is printed first is matched by its first word, and only with a short
        # title, so `Thomas, 12` never reaches Thomas Schelling
        first_named = [e for a in c.authors for e in by_first_name.get(_surname(a), [])[-_RECENT:]]
        best = _best(c, short_title, first_named)
    if best is None and c.authors and short_title:
        # `Blei, "Topic Modeling," 2.` for `David M. Blei, "Probabilistic Topic Models," …; and "Topic Modeling and
        # Digital Humanities," …`: a second work the note gave its author's earlier one, printed without the name
        best = _second_work(c, short_title, by_surname, by_title)
    if best is None and c.authors and short_title:
        # `Airus Media, “FAQ.”` for `“FAQ,” Airus Media, …`, `DOE, Implementation of … Policy, Order 226.1.` for
        # `Department of Energy, Implementation of … Policy, Order 226.1 (…)`: an organisation named short
        best = _by_organisation(c.authors[0], short_title, by_title)
    if best is None and len(c.authors) >= 2:
        # `Dávila, *Latinos, Inc*`: a title holding a comma, read as a second author
        title = ", ".join((*c.authors[1:], *([c.title] if c.title else [])))
        best = _find(dataclasses.replace(c, authors=c.authors[:1], title=title), by_surname, by_title, by_first_name)
    if best is None and len(c.authors) == 1 and not short_title and " " in c.authors[0].strip():
        # `National Security Strategy, 4.`: read as a name and a page, but no one so named: a document's short title
        name = fold(c.authors[0])
        best = _best(dataclasses.replace(c, authors=()), name, by_title.get(name.split()[0], [])[-_RECENT:])
    if best is None and short_title and not c.authors and " " not in short_title:
        # `Huber, section 3.2.2.2`: read as a document's title and its section, but no title begins so: a
        # surname, and the author's latest work
        for e in by_surname.get(short_title, [])[-_RECENT:]:
            if best is None or _outranks(e, best):
                best = e
    if best is None and c.authors and all(len(_surname(a)) >= 5 for a in c.authors):
        # `Herbosh, supra` for Maarten Herbosch, `Ayers & Balkan, supra` for Ian Ayres & Jack M. Balkin: a surname
        # misspelt by one letter (a slip, a swap) names the one author so spelt, when no one is spelt as printed
        near = [e for a in c.authors for e in _near_surname(_surname(a), by_surname)]
        best = _best(c, short_title, near)
    if best is None and c.authors and len(short_title.split()) >= _WHOLE_TITLE_WORDS:
        # `quoted in Somers-Willit, The Cultural Politics of Slam Poetry.` for Susan B.A. Somers- Willett's book:
        # a name misspelt past one slip, printed with the work's title whole, which names it when the surnames
        # begin alike
        initials = {_surname(a)[:2] for a in c.authors}
        for e in by_title.get(short_title.split()[0], [])[-_RECENT:]:
            if _title_matches(short_title, e.title) and initials & {_surname(a)[:2] for a in e.citation.authors}:
                best = e if best is None or _outranks(e, best) else best
    return best


_WHOLE_TITLE_WORDS = 4  # a title printed with a misspelt name names the work when it has at least so many words


_NEAR_SCAN = 2_000  # surnames compared with a misspelt one, at most


def _near_surname(name: str, by_surname: dict) -> list[_Entry]:
    """The latest works of the one surname within one slip of `name` (none when several are)."""
    close = [key for key in itertools.islice(by_surname, _NEAR_SCAN) if key != name and _one_slip(name, key)]
    return by_surname[close[0]][-_RECENT:] if len(close) == 1 else []


def _one_slip(a: str, b: str) -> bool:
    """`herbosh` and `herbosch`, `ayers` and `ayres`, `balkan` and `balkin`: one letter added, dropped, changed, or
    two neighbours swapped."""
    if abs(len(a) - len(b)) > 1 or a[:1] != b[:1]:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])  # fmt: skip
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[i:] == long[i + 1 :]


def _second_work(c: Citation, short_title: str, by_surname: dict, by_title: dict) -> _Entry | None:
    """The latest authorless work so titled in a note that also cites a work by one of `c`'s authors, given
    that author."""
    by_note = {e.note: e for a in c.authors for e in by_surname.get(_surname(a), [])[-_RECENT:]}
    best: _Entry | None = None
    for e in by_title.get(short_title.split()[0], [])[-_RECENT:]:
        later = best is None or e.note >= best.note
        if later and not e.citation.authors and e.note in by_note and _title_matches(short_title, e.title):
            authored = dataclasses.replace(e.citation, authors=by_note[e.note].citation.authors)
            best = dataclasses.replace(e, citation=authored)
    return best


def _by_organisation(name: str, short_title: str, by_title: dict) -> _Entry | None:
    """The latest work titled so whose author, site or publisher `name` is, or stands for by its initials."""
    best: _Entry | None = None
    for e in by_title.get(short_title.split()[0], [])[-_RECENT:]:
        full = e.title
        titled = _title_matches(short_title, full) or (
            len(full.split()) >= 3 and short_title.startswith(full) and short_title[len(full) : len(full) + 1] == " "
        )  # the title, then the order's or report's number the full citation printed after it
        issuers = (*e.citation.authors, e.citation.container or "", e.citation.publisher or "")
        if titled and any(_stands_for(name, issuer) for issuer in issuers if issuer):
            best = e if best is None or e.note >= best.note else best
    return best


def _stands_for(name: str, issuer: str) -> bool:
    """`Airus Media` for `Airus Media`, `GAO` for `U.S. Government Accountability Office (GAO)`, `DOE` for
    `Department of Energy`: the same name, or an acronym that is printed beside it or is its initials."""
    if fold(name) == fold(issuer):
        return True
    if not re.fullmatch(r"[A-Z]{2,8}", name):
        return False
    if f"({name})" in issuer:
        return True
    words = re.findall(r"[A-Za-z]+", re.sub(r"\([^()]*\)", "", issuer))
    initials = "".join(w[0] for w in words).upper()
    significant = "".join(w[0] for w in words if w.lower() not in ("of", "and", "the", "for", "on")).upper()
    return name in (initials, significant)


def _best(c: Citation, short_title: str, candidates: list[_Entry]) -> _Entry | None:
    if not short_title and c.authors and (c.date or len(c.authors) > 1):
        # `Waterman and Smith, 36n4`, `Merritt 2003, 52`: by their authors alone, the work all of them wrote,
        # of that year; the latest by any of them only when none is
        names = {_surname(a) for a in c.authors}
        fitting = [
            e for e in candidates[-_RECENT:]
            if names <= {_surname(a) for a in e.citation.authors} and (not c.date or c.date in (e.citation.date or ""))
        ]  # fmt: skip
        if fitting:
            candidates = fitting
    if not short_title and not c.authors:
        return None
    recent = candidates[-_RECENT:]  # bounded: the most recent works by that author

    def titled(e: _Entry) -> bool:
        return not short_title or short_title in e.aliases or _title_matches(short_title, e.title) or bool(
            e.translation and _title_matches(short_title, e.translation)
        )

    if c.place and (editions := [e for e in recent if e.citation.place == c.place and titled(e)]):
        # `Wheen, All Quiet (London), 5` when the notes cite the London and the Boston edition: the one so printed
        recent = editions

    if len(c.authors) <= 1:
        # one author's works, or one title word's: a list in the order of their notes, so read from its end the
        # first that fits is the latest (most short forms name a work cited a few notes before)
        fitting = [e for e in reversed(recent) if titled(e)]
        if short_title and len(fitting) > 1 and (quoted := _quoted(c)) is not None:
            # `Wells, Little Wars, 99` is his book (`H. G. Wells, Little Wars (London: …)`), `Wells, “Little Wars,”
            # 252` his article of that name (`Wells, “Little Wars,” Windsor Magazine, …`): a short title is printed
            # as its full one was, in quotation marks or not (unless the two are the same kind of work: one article,
            # cited in Chicago's quotation marks and again in Bluebook's plain type)
            same = [e for e in fitting if _quoted(e.citation) is quoted]
            if same and not {e.citation.kind for e in same} & {e.citation.kind for e in fitting if e not in same}:
                fitting = same
        best = _latest(fitting)
    else:
        best = None
        for e in filter(titled, recent):
            if best is None or _outranks(e, best):
                best = e
    if best is None and short_title and c.authors:
        # only when no title of the author's begins with it: the latest whose key words it is
        for e in candidates[-_RECENT:]:
            if _key_words_of(short_title, e.title) and (best is None or _outranks(e, best)):
                best = e
    return best


def _quoted(c: Citation) -> bool | None:
    """Whether the citation printed its title in quotation marks; None when its title is not found as printed."""
    if not c.title or not c.raw:
        return None
    at = c.raw.find(c.title)
    if at < 0:
        return None
    return c.raw[at - 1 : at] in ("“", '"', "‘")


def _latest(latest_first: Iterable[_Entry]) -> _Entry | None:
    """What `_outranks` picks among works given latest first: the first the notes confirm, else the first."""
    fallback = None
    for e in latest_first:
        if not e.citation.unresolved:
            return e
        fallback = fallback or e
    return fallback


def _outranks(e: _Entry, best: _Entry) -> bool:
    """The later of two matching works, except that a citation the notes confirm outranks a short form that
    matched nothing: `Dicken-Garcia, Journalistic Standards, 66-7` is the book note 1 cited in full, not a
    garbled repeat of it in note 3 that found no antecedent (a bibliography's notes, with no full citation at
    all, still chain their repeats to the first)."""
    if e.citation.unresolved != best.citation.unresolved:
        return best.citation.unresolved
    return e.note >= best.note


def _key_words_of(short: str, full: str) -> bool:
    """`Shoemaker, “Representation of Crime”` for `The Old Bailey Proceedings and the Representation of Crime
    …`, `Woodward, Prospero` for `Prospero's America: …`: a Chicago short title is the title's key words,
    which need not open it, and may drop a possessive (read only once the author's surname matched)."""
    if full.startswith(short + "s") and full[len(short) + 1 : len(short) + 2] in ("", " "):
        return True
    bare_short, bare_full = (" ".join(_ARTICLES.sub(" ", f" {x} ").split()) for x in (short, full))
    if len(short.split()) >= 2 and (bare_short, bare_full) != (short, full) and _title_matches(bare_short, bare_full):
        # `Mattis, Summary of 2018 National Defense Strategy` for `Summary of the 2018 National Defense
        # Strategy of …`, `Cancian, discussion with the author` for `discussion with author`: the key words
        # with an article dropped or added
        return True
    if len(short.split()) >= 2 and _run_in(short, full):
        return True
    if " " not in short and len(short) >= 5 and short in full.split():
        # `Lynch, Habsburgs` for `Spain under the Habsburgs`, `Burkholder and Chandler, Impotence` for `From
        # Impotence to Authority: …`: one word of the author's title, the one that names it
        return True
    # `METR, Measuring Long Tasks` for `Measuring AI Ability to Complete Long Tasks`: the title's first word, then
    # some of its later ones in order; `Domdouzis et al., “Data Mining for Crime Prevention”` for `A Social Media
    # and Crowdsourcing Data Mining System for Crime Prevention …`: three words or more of it, in order
    words, full_words = short.split(), full.split()
    if len(words) < 2 or not full_words or (words[0] != full_words[0] and len(words) < 3):
        return False
    rest = iter(full_words)
    return all(w in rest for w in words)


_ARTICLES = re.compile(r"(?<= )(?:the|a|an) ")
_ELLIPSIS = re.compile(r"\s*(?:…|\.\s\.\s\.)\s*")


def _runs_in_order(runs: list[str], full: str) -> bool:
    at = 0
    for run in runs:
        at = f" {full} ".find(f" {run} ", at)
        if at < 0:
            return False
        at += len(run) + 1
    return True


_LEADING_ARTICLES = ("the ", "a ", "an ")


def _title_matches(short: str, full: str) -> bool:
    if not short.startswith(_LEADING_ARTICLES) and full.startswith(_LEADING_ARTICLES):
        # `IEA, Role of Critical Minerals` for `The Role of Critical Minerals in …`: a short title drops the article
        full = full.split(" ", 1)[1]
    if full.startswith(short) and (len(full) == len(short) or full[len(short)] == " "):
        return True
    # tolerate a slip in a long short form: at least 4 words, all but one equal in order
    sw = short.split()
    if len(sw) < 4:
        return False
    fw = full.split()
    if len(fw) >= len(sw):
        return _at_most_a_slip(list(zip(sw, fw, strict=False)))
    return False


def _initials_run(acronym: str, words: list[str]) -> bool:
    """Some run of the words, its minor words aside, has the acronym's letters for its initials."""
    if not 2 <= len(acronym) <= 6:
        return False
    initials = [(w[0], k) for k, w in enumerate(words) if w not in _MINOR_WORDS]
    return any("".join(i for i, _ in initials[k : k + len(acronym)]) == acronym for k in range(len(initials)))


def _at_most_a_slip(pairs: list[tuple[str, str]]) -> bool:
    """The words printed and the title's, side by side, differ in one word at most, misspelt: a slip in a word,
    never in a number (`10 U.S.C. §1553` is not `10 U.S.C. §1552`), and not another word (`Papers` for `Paper`,
    `ineficiencies`, but not `Letter from Angel to Seward` for `Letter from Dallas to Seward`, or `National Cyber
    Security Centre` for `National Cyber Security Strategy`)."""
    differ = [(a, b) for a, b in pairs if a != b]
    if len(differ) > 1 or any(ch.isdigit() for pair in differ for ch in "".join(pair)):
        return False
    return not differ or _misspelt(*differ[0])


def _misspelt(printed: str, word: str) -> bool:
    """One word printed for another as a slip: an ending added or cut (`Programs`, `Flex`), or a letter or two."""
    if printed.startswith(word) or word.startswith(printed):
        return min(len(printed), len(word)) >= 3
    return difflib.SequenceMatcher(None, printed, word).ratio() >= 0.8


# a statute's public law number or its report: only its full citation prints them (Bluebook 12.10's short forms are
# `§ 2, 130 Stat. at 1357` and the act's name with its section)
_ENACTED = re.compile(r"\bPub\.\s?L\.\s?No\.|\b\d{1,3}\s+Stat\.\s+\d")


def _printed_no_more(full: Citation, c: Citation) -> bool:
    """The earlier citation names the work as this one does and prints nothing else: no date, address,
    container or publisher, and the author is a body's acronym (not a short form's flag: a bibliography's short
    forms repeat the first)."""
    bare = not (full.url or full.date or full.container or full.publisher or full.volume or full.short_form)
    by_body = bool(c.authors) and all(map(_ACRONYM.fullmatch, c.authors))  # (a person's is a short form's)
    return bare and by_body and full.authors == c.authors and fold(full.title or "") == fold(c.title or "")


def _may_repeat_opening(c: Citation) -> bool:
    """A citation read as full that prints no address, publisher, volume or pinpoint and is short: it may be
    only the opening of an earlier full citation (looked up in what earlier notes printed)."""
    # (a code's section cited again is cited in full, as the corpus labels it: `10 U.S.C. §1553.` after
    # `10 U.S.C. §1553(a).` is no short form)
    # (a letter read as an archive's, `X to Y, date` in a run whose holding is printed once, is cited in full each
    # time, as the corpus labels archival papers: `Slany to High, September 30, 1986; and …` again is no short form)
    if _dated_letter(c):
        return False
    return not (c.url or c.publisher or c.volume or c.pages or "§" in c.raw) and len(c.raw) < 160


def _dated_letter(c: Citation) -> bool:
    """`X to Y, January 17, 1866.`: a letter by its writer, recipient and day. Cited again so, it repeats a letter
    an earlier note printed in an edition (`…, in John Y. Simon, ed., The Papers of Ulysses S. Grant (…)`); a
    letter an earlier note placed in an archive is cited in full each time, as the corpus labels archival papers."""
    return c.kind is CitationKind.OFFICIAL and bool(c.date_iso) and len(c.date_iso or "") == 10 and " to " in (
        c.title or ""
    )


def _web_short(c: Citation) -> bool:
    """An author's name, a title and an address, nothing else: a web page's short form, if an earlier full
    citation by that author so titled has that address."""
    extra = (c.date, c.container, c.publisher, c.volume, c.issue, c.year, c.ibid, c.short_form)
    return bool(c.url and c.authors and c.title and len(c.title) < 120 and not any(extra))


def _by_surname_again(c: Citation) -> bool:
    """A work named by its author's surname and its title, with no address: a repeat, if an earlier citation gave
    the author's whole name and the same title."""
    return bool(c.authors and c.title and not c.url and not c.short_form and not c.ibid) and all(
        " " not in a.strip() and a[:1].isupper() for a in c.authors
    )


def _repeats(c: Citation, full: Citation) -> bool:
    """The same title, each date and container printed again found in `full`'s, its publisher left out, and the full
    citation named its authors in full (a work cited again with its whole imprint is cited in full again)."""
    same_title = fold(c.title or "") == fold(full.title or "")
    dated = not c.date or c.date in (full.date or "")
    contained = not c.container or fold(full.container or "").startswith(fold(c.container))
    shorter = bool(full.publisher) and not c.publisher
    return same_title and dated and contained and shorter and _by_surname_only(c, full)


def _shortened(c: Citation, full: Citation) -> bool:
    """A short form of `full`: its author by surname, or the same people's names with the periodical and date
    the full citation printed left out (`Ted Underwood, "The Life Cycles of Genres," <url>` after `…," CA: Journal of
    Cultural Analytics May 23, 2016: <url>`)."""
    if _by_surname_only(c, full):
        return True
    dropped = bool(full.container or full.date) and c.title == full.title
    return dropped and c.authors == full.authors and all(map(_name_like, c.authors))


def _by_surname_only(c: Citation, full: Citation) -> bool:
    """`Potter` for `Gary Potter`: a short form names its author by surname; a body's database cited again
    under its whole name with its address (`U.S. Census Bureau, USA Trade Online, …, <url>`) is cited in full."""
    return all(" " not in a.strip() for a in c.authors) and any(" " in a.strip() for a in full.authors)


def _same_address(a: str | None, b: str | None) -> bool:
    def bare(u: str) -> str:
        return re.sub(r"^[a-z]+://(?:www\.)?", "", u.strip().lower()).rstrip("/.")

    return bool(a and b) and bare(a or "") == bare(b or "")


def _looks_short(c: Citation) -> bool:
    return bool(c.authors and c.title and len(c.title) < 200)


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
