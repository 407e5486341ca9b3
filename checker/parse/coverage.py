"""Every URL in a note ends up on a citation, whatever splitting and field parsing made of it; so does every
book a sentence of comment names by its imprint, and every article by its journal issue (Chicago's or Bluebook's).

URL recall must not hang on the field parser (issue 9): after a note's pieces are parsed,
the note's own text is searched for URL-like tokens (checker/parse/urls.py) and each one
no citation holds is attached to the citation whose text it sits in (when that citation
has no URL yet) or becomes a citation of its own right after it: an archived copy
(`[https://perma.cc/…]`), a second address, a URL in a commentary sentence. Before that,
a piece that is only a URL (and an access date) is folded into the citation before it:
`…(London: Policy Exchange, 2017): 5-7; https://… Accessed February 26, 2021.` is one
citation, not two.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator

from checker.models import Citation, CitationKind
from checker.parse.dates import MONTH
from checker.parse.fields import _SMALL_WORDS, FieldResult, _name_like, fold, parse_citation
from checker.parse.legal import REPORTER
from checker.parse.split import Piece
from checker.parse.urls import FoundUrl, find_urls


def fold_url_pieces(pieces: list[Piece], results: list[FieldResult]) -> tuple[list[Piece], list[FieldResult]]:
    """A piece holding only a URL (and an access date) belongs to the citation before it."""
    out_p: list[Piece] = []
    out_r: list[FieldResult] = []
    for piece, res in zip(pieces, results, strict=True):
        dated = _url_then_day(res, piece.text)
        url_only = _url_only(res) and not _SENTENCE_BEFORE_URL.match(piece.text)
        if out_r and (url_only or dated or _available(piece.text, res)) and _takes_url(out_r[-1]):
            prev = out_r[-1]
            c = prev.citation
            merged = dataclasses.replace(
                c, url=res.citation.url, accessed=c.accessed or res.citation.accessed or dated,
                accessed_inferred=c.accessed_inferred or res.citation.accessed_inferred,
                kind=CitationKind.WEB if c.kind is CitationKind.UNKNOWN else c.kind,
            )  # fmt: skip
            out_r[-1] = dataclasses.replace(prev, citation=merged, maybe_short=False, commentary=False)
            out_p[-1] = Piece(out_p[-1].text + "; " + piece.text, joint=out_p[-1].joint)
            continue
        out_p.append(piece)
        out_r.append(res)
    return out_p, out_r


def cover_urls(
    text: str, pieces: list[Piece], results: list[FieldResult], linked: tuple[FoundUrl, ...] = ()
) -> list[FieldResult]:
    """Attach every URL found in the note `text`, or `linked` from it, that no citation holds yet.

    `linked`: the targets of the note's links (Markdown, HTML). A link whose text is itself an
    address may point elsewhere (`[https://cdn.openai.com/….pdf](https://perma.cc/7HCZ-DX87)`,
    a Programming Historian lesson): the archived copy it points to is checked too.
    """
    found = sorted([*find_urls(text), *linked], key=lambda f: f.start)
    if not found:
        return results
    held = {r.citation.url for r in results if r.citation.url}
    missing = [f for f in found if f.url not in held]
    if not missing:
        return results
    starts = _offsets(text, pieces)
    out = list(results)
    extra_after: dict[int, list[FieldResult]] = {}
    for f in missing:
        if f.url in held:
            continue  # printed twice in one note: checked once
        held.add(f.url)
        k = max((i for i, s in enumerate(starts) if s <= f.start), default=0)
        if k < len(out) and _takes_url(out[k]):
            res = out[k]
            out[k] = dataclasses.replace(
                res, citation=dataclasses.replace(res.citation, url=f.url), maybe_short=False, commentary=False
            )
            continue
        own = dataclasses.replace(
            out[k].citation if k < len(out) else results[0].citation,
            raw=f.raw, kind=CitationKind.WEB, authors=(), title=None, container=None, date=None, date_iso=None,
            url=f.url, pages=None, accessed=None, ibid=False, refers_to=None, short_form=False, unresolved=False,
            publisher=None, place=None, year=None, volume=None, issue=None, accessed_inferred=None,
        )  # fmt: skip
        extra_after.setdefault(k, []).append(FieldResult(own, url_only=True))
    merged: list[FieldResult] = []
    for i, res in enumerate(out):
        merged.append(res)
        merged.extend(extra_after.get(i, ()))
    if not out:
        merged.extend(r for rs in extra_after.values() for r in rs)
    return merged


# `…, 2008), 69-76. Available:www.lingref.com, document #1657.`, `Available at <url>.`: where the work before it is to
# be had; what follows the address (a document number) is no citation
_AVAILABLE = re.compile(
    r"^(?:it\s+is\s+)?available(?:\s+(?:at|from|online))?\s*:?\s*(?:https?://|www\.)", re.IGNORECASE
)


def _available(text: str, res: FieldResult) -> bool:
    c = res.citation
    return bool(c.url and _AVAILABLE.match(text.strip())) and not (c.title or c.authors or res.is_ibid)


# `An annotated version of this article appears on Models of argument-driven digital history, https://…`: a sentence
# of comment gives the address, a source of its own, not the rest of the citation before it (RAND's `As of May 14, 2026:
# <url>` is the access date of the citation before)
_SENTENCE_BEFORE_URL = re.compile(r"\s*(?!As\s+of\b)[A-Z][a-z]*(?:,?\s+[\w’'-]+){4,}[^/]*?(?:https?://|www\.)")


def _url_only(res: FieldResult) -> bool:
    c = res.citation
    return bool(c.url) and not (c.title or c.authors or c.container or c.publisher or c.date or res.is_ibid)


def _url_then_day(res: FieldResult, text: str) -> str | None:
    """`…: 1; https://purl.fdlp.gov/GPO/gpo148831 October 25, 2021;`: a URL and then a day alone, the
    access date without its word; the day is returned as the access date."""
    c = res.citation
    if not (c.url and c.date_iso and len(c.date_iso) == 10) or c.title or c.authors or c.container or c.publisher:
        return None
    return c.date_iso if text.lstrip().startswith(("http", "www")) else None


def _takes_url(res: FieldResult) -> bool:
    # (a short form read out of a sentence of comment, `… (Epstein, An Economic and Social History …, 171). On the
    # later epidemics, see the list …, available at http://…`, takes no address the next sentence gives)
    return not res.citation.url and not res.is_ibid and not res.url_only and not res.antecedent_required


def _offsets(text: str, pieces: list[Piece]) -> list[int]:
    """Where each piece starts in the note (pieces are stripped slices of it, in order)."""
    starts: list[int] = []
    at = 0
    for p in pieces:
        probe = p.text[:40]
        i = text.find(probe, at)
        if i < 0:
            i = at
        starts.append(i)
        at = i + 1
    return starts


# `(London: Verso, 1998)`: Chicago's imprint of a book, the surest sign of one however a sentence holds it
# (`(D. F. McKenzie, Bibliography and the Sociology of Texts [Cambridge: Cambridge University Press, 1999], 12)`:
# in brackets inside a parenthesis, CMOS 14.35)
_BOOK_IMPRINT = re.compile(
    r"[(\[](?P<place>[A-Z][\w.’'-]*(?:[ ,]+[A-Z][\w.’'-]*){0,3}):\s*(?P<publisher>[A-Z][^():;\[\]]{1,100}?),\s*"
    r"(?P<year>(?:1[5-9]|20)\d\d)[)\]]"
)
# `"Title," Journal 25, no. 4 (2013): 512--37`, `"Title," MLN 91 (1976): 1267-1275`: an article by its quoted title,
# its journal's volume (and issue) and year, as surely an article as an imprint is a book
_ARTICLE_ISSUE = re.compile(
    r"[“\"](?P<title>[^“”\"]{3,200}?),?[”\"],?\s+(?:in\s+)?(?P<journal>[A-Z][^,;()“”\"]{1,80}?)\s+\d{1,4}"
    r"(?:[.,]\s*(?:no\.\s*)?\d{1,4})?\s*\([^()]{0,30}\d{4}\)(?::\s*\d+(?:\s*[-–]{1,2}\s*\d+)?)?"
)
# `…, Promises and Practices, 19 PHIL. & PUB. AFF. 199, 205 (1990)`: a law review's article by its volume, its
# journal's abbreviated name (Bluebook T13), its first page and year
_LAW_ARTICLE = re.compile(
    r",\s+\d{1,4}\s+(?P<journal>[A-Z][A-Za-z.&’' ]{0,60}?[A-Z]\.(?:\s?[A-Z][A-Za-z.&’']*)*)\s+\d{1,5}"
    r"(?:,\s*\d{1,5}(?:\s*[-–−]\s*\d{1,5})?)?\s*\((?:[^()]{0,30}\s)?(?:1[89]|20)\d\d\)"
)
# where a book named inside a sentence may start: after a signal, `in`, `by`, `like`, a clause's comma or a
# parenthesis (`…, see Audra Simpson, Mohawk Interruptus …`, `… in volumes like In Re Walt Whitman (…)`)
_CITATION_START = re.compile(r"(?:\b(?:[Ss]ee|[Ii]n|by|like|and|also|cf\.)\s+|[;(]\s*|,\s+)(?=[A-Z])")
# a title's small words, the field parser's and the particles of titles in other languages (`Éloge de la variante`)
_TITLE_SMALL_WORDS = _SMALL_WORDS | {"as", "de", "del", "der", "des", "di", "du", "et", "la", "le", "les", "von"}
_PAGES_AFTER = re.compile(r",\s*(?:pp?\.\s*)?[\dxivlc]+(?:\s*[-–]\s*[\dxivlc]+)?(?=[\s.,;)]|$)")  # the pinpoint
_DATED = re.compile(rf"{MONTH}(?:\s|$)")  # (`(Washington, D.C.: Mar. 11, 2025)`: GAO's place and day, no publisher)
_LOOK_BACK = 240  # characters before an imprint a book's author and title may take
# (bounds for a hostile note: each start tried is a parse of up to _LOOK_BACK characters)
_MAX_IMPRINTS = 12  # imprints read for books in one piece
_MAX_STARTS = 8  # starts tried for one imprint, nearest first


def cover_works(pieces: list[Piece], results: list[FieldResult]) -> tuple[list[Piece], list[FieldResult]]:
    """A work a sentence of comment names in passing, that no citation took, is a citation, its piece after the one
    it sits in, when it carries a signature no prose does: a book its imprint (`… Franco Moretti's Atlas of the
    European Novel 1800-1900 (London: Verso, 1998) and the online magazine …`), an article its quoted title and its
    journal's issue (`… in "The Casualties of Walt Whitman," Virginia Quarterly Review 81 (Spring 2005): 79-95.`) or
    its law review's volume, name, page and year (`… Promises and Practices, 19 PHIL. & PUB. AFF. 199, 205 (1990)`)."""
    out_p: list[Piece] = []
    out_r: list[FieldResult] = []
    for piece, res in zip(pieces, results, strict=True):
        out_p.append(piece)
        out_r.append(res)
        if "(" not in piece.text and "[" not in piece.text:
            continue  # (every signature holds one: most pieces are passed over without a scan)
        # (what the citations around it read: an imprint printed publisher first, `(The New Press: New York,
        # 2011)`, or a book's name read as a container, is theirs still; a place they share is no sign)
        taken = [f for r in out_r[-2:] for f in (r.citation.publisher, r.citation.title, r.citation.container) if f]
        places = [p for r in out_r[-2:] if (p := r.citation.place)]
        for cited, c, name in _signed_works(piece.text, res.citation.index, taken, places):
            out_p.append(Piece(cited))
            out_r.append(FieldResult(c))
            taken.append(name)  # (a book by its publisher, not its place: two books printed in London are two)
    return out_p, out_r


def _signed_works(text: str, index: int, taken: list[str], places: list[str]) -> Iterator[tuple[str, Citation, str]]:
    """Each work `text` names by a signature, as (its text, its fields, the name that marks it taken); `taken`, which
    the caller adds that name to, holds what the citations around it already read."""
    imprints = _BOOK_IMPRINT.finditer(text) if ":" in text else iter(())
    for imprint in itertools.islice(imprints, _MAX_IMPRINTS):
        publisher, place = imprint.group("publisher").strip(), imprint.group("place").strip()
        if _DATED.match(publisher) or _held(publisher, [*taken, *places]) or _held(place, taken):
            continue
        after = _PAGES_AFTER.match(text, imprint.end())
        read = _work_before(text, imprint.start(), after.end() if after else imprint.end(), index, CitationKind.BOOK)
        if read is None or _held(read[1].title or "", taken):
            continue
        if _names_only(read[1].title or "", after_and=read[2]):
            continue  # `…, ed. Babak Akhgar, …, and Petra Saskia Bayerl (Oxford, UK: …)`: the last editors' names
        yield read[0], read[1], publisher
    for article in itertools.islice(_ARTICLE_ISSUE.finditer(text), _MAX_IMPRINTS):
        title, journal = article.group("title").strip(), article.group("journal").strip()
        if _held(title, taken) or _held(journal, taken):
            continue  # (the citation it sits in is that article, or another in the same journal)
        if (read := _work_before(text, article.start(), article.end(), index, CitationKind.JOURNAL)) is not None:
            yield read[0], read[1], title
    for article in itertools.islice(_LAW_ARTICLE.finditer(text), _MAX_IMPRINTS):
        if REPORTER.match(article.group("journal")) or _held(article.group("journal"), taken):
            continue  # (a case's report, `454 U.S. 464`, is no journal)
        if _in_explanation(text, article.start()):
            continue  # (`… (quoting Ronald F. Wright & …, 67 WASH. & LEE L. REV. 1587 (2010))`: Bluebook 1.5)
        read = _work_before(text, article.start(), article.end(), index, CitationKind.JOURNAL)
        if read is not None and not _held(read[1].title or "", taken):
            yield read[0], read[1], read[1].title or ""


def _in_explanation(text: str, at: int) -> bool:
    """Whether `at` lies inside a parenthetical that opens in lower case, `(quoting …`, `(citing …`: a source an
    explanation names is the cited work's, not a citation of its own (Bluebook 1.5)."""
    depth = 0
    for i in range(at - 1, max(-1, at - _LOOK_BACK * 4), -1):
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            if depth == 0:
                return text[i + 1 : i + 2].islower()
            depth -= 1
    return False


def _held(name: str, fields: list[str]) -> bool:
    """Whether a name is one of the fields, or holds one, or is held in one, case and punctuation aside."""
    key = _fold(name)
    return bool(key) and any(key in k or k in key for f in fields if (k := _fold(f)))


def _fold(text: str) -> str:
    return fold(text).replace(" ", "")  # (the field parser's fold, its words run together: `Re Walt` in `InReWalt`)


def _starts(head: str) -> list[int]:
    """Where in `head` a citation may start, nearest its end first, at most _MAX_STARTS of them."""
    return [m.end() for m in _CITATION_START.finditer(head)][: -_MAX_STARTS - 1 : -1]


def _work_before(text: str, at: int, end: int, index: int, kind: CitationKind) -> tuple[str, Citation, bool] | None:
    """The work of `kind` whose citation ends with `text[at:end]` (an imprint, a journal's issue), read from the
    nearest start before it that reads as one, or from one further back that reads the same title (or more of it)
    with its writers (`D. F. McKenzie, Bibliography …` rather than `Bibliography …`; not the last name of a list).
    Also whether the start read follows an `and`."""
    head = text[max(0, at - _LOOK_BACK) : at]
    found: tuple[str, Citation, bool] | None = None
    # (the piece's own start last, when the signature is near enough for it to be in reach; then the text alone)
    for start in [*_starts(head), *([0] if at <= _LOOK_BACK else []), len(head)]:
        cited = head[start:] + text[at:end]
        c = parse_citation(cited, index).citation
        if not (c.kind is kind and c.title and c.date and _complete(c)):
            continue
        after_and = head[:start].endswith("and ")
        if found is None:
            found = cited, c, after_and
            if c.authors:
                break
        elif _fold(c.title).endswith(_fold(found[1].title or "")):
            # (the same title, or the whole of one a nearer start cut: `Promises and Practices`, not `Practices`)
            if c.authors and all(map(_name_like, c.authors)) and not after_and:
                found = cited, c, after_and
                break
        else:
            break
    return found


def _names_only(title: str, *, after_and: bool) -> bool:
    """A title that is a list of people's names (`Andrew Staniforth, and Petra Saskia Bayerl`), or a name after an
    `and`: the editors an imprint closes, read as a book's title (a title that is one name, `Walt Whitman`, is one)."""
    parts = [p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", title) if p]
    return (len(parts) >= 2 or after_and) and all(map(_name_like, parts))


def _complete(c: Citation) -> bool:
    """A book read whole holds its publisher and a title printed as one (a quoted title needs no such proof); an
    article, its journal and writers' names (no words of the sentence)."""
    if c.kind is CitationKind.BOOK:
        return bool(c.publisher) and _title_like(c.title or "")
    return bool(c.container) and all(map(_name_like, c.authors))


def _title_like(title: str) -> bool:
    """Words a title is printed in: capitalised, small words and numbers, no run of lower-case prose."""
    words = re.findall(r"[^\W\d_][\w’'-]*", title)
    plain = [w for w in words if w[0].islower() and w.lower() not in _TITLE_SMALL_WORDS]
    balanced = title.count("(") == title.count(")") and ":" not in title[:20].split(" ", 2)[0]
    return balanced and bool(words) and words[0][0].isupper() and len(plain) <= len(words) // 4
