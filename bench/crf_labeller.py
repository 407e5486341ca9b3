"""A trained sequence labeller for a citation's fields (a CRF, python-crfsuite), beside the rules.

The design of AnyStyle's parser: a citation is cut into whitespace tokens (a token keeps the
punctuation glued to it, `Press,` `(2019):` `“Title`), each token gets a few cheap features
(its lower-cased word, shape, the punctuation around it, a keyword class, whether it sits
inside quotes or parentheses, its comma segment, its place in the citation, its neighbours),
and a linear-chain CRF labels every token with a field: `author` (`author-B` opens each name),
`title`, `container`, `publisher`, `date`, `pages`, `url`, `accessed` or `O`.

The rules' own reading of the citation (checker/parse/fields.py) is a feature too: the
rules' field values are located in the text the same way the hand labels are, and each token
carries the rules' label. Rules stay in charge of everything they do exactly (splitting a
note, URLs, access dates, Ibid./supra/short forms); the CRF relabels only the authors, title,
container, publisher, date and pages of a full citation. A second, one-item CRF (a maximum
entropy classifier) may give the kind, from the rules' kind, the fields they found and the
citation's keywords (`kind_features`).

Nothing here is used by the parser: bench/crf_fields.py measures it against the rules by
cross-validation on the dev corpus (README, "Parser accuracy on real notes"), putting a
`Labeller` in charge with `use` for the length of a measurement.

Training labels come from the hand-labelled corpus: each labelled value is found in the
citation's text as a run of whole tokens (`locate`), the way bench/crf_fields.py builds them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import pycrfsuite

import checker.parse as _parse
from checker.models import Citation, CitationKind
from checker.parse.dates import DATE, MONTHS, iso_of
from checker.parse.fields import _ACCESSED, FieldResult

FIELDS = ("authors", "title", "container", "publisher", "date", "pages")
# fields searched for in this order: long, distinctive values first, so a year inside a title
# is not taken for the date; dates and pages are looked for from the end of the citation
_ORDER = ("title", "container", "publisher", "authors", "url", "accessed", "date", "pages")
_FROM_END = frozenset({"date", "pages", "accessed"})
_LABEL = {
    "authors": "author", "title": "title", "container": "container", "publisher": "publisher",
    "date": "date", "pages": "pages", "url": "url", "accessed": "accessed",
}  # fmt: skip

_TOKEN = re.compile(r"\S+")
_OPENERS = "“\"‘'([«"
_CLOSERS = ",.;:”\"’')]»"
_CLOSE = {"(": ")", "[": "]"}
_OPEN = {")": "(", "]": "["}
_DASHES = re.compile(r"[-‐‑‒–—−]+")
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d[a-z]?")
_RANGE = re.compile(r"[a-z]{0,3}\d+[-–‑−]{1,2}[a-z]{0,3}\d+")
_ROMAN = re.compile(r"[ivxlc]{1,6}|[IVXLC]{2,6}")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_URLISH = re.compile(r"(?:https?://|www\.)|\.(?:com|org|gov|edu|net|int|pdf|html?)\b", re.IGNORECASE)
_KEYWORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("editor", re.compile(r"eds?|editors?|edited")),
    ("trans", re.compile(r"trans|translated|translators?")),
    ("in", re.compile(r"in")),
    ("and", re.compile(r"and|&")),
    ("etal", re.compile(r"et|al")),
    ("page", re.compile(r"pp?|pages?|at")),
    ("volume", re.compile(r"vols?|volume|no|nos|issue|iss|number|suppl")),
    ("month", re.compile("|".join(MONTHS))),
    ("season", re.compile(r"spring|summer|fall|autumn|winter")),
    ("nodate", re.compile(r"n\.d|nd|forthcoming")),
    ("accessed", re.compile(r"accessed|retrieved|visited|viewed|available|online")),
    ("see", re.compile(r"see|cf|also|e\.g|generally")),
    ("publisher", re.compile(r"press|books|publishers?|publishing|verlag|editions?|routledge|palgrave|wiley|sage")),
    ("university", re.compile(r"university|universit[àéy]|college")),
    ("journal", re.compile(r"journal|review|quarterly|proceedings|bulletin|magazine|times|post|news|gazette|blog"
                           r"|transactions|annals|letters|l\.|rev\.?|j\.")),
    ("org", re.compile(r"department|office|agency|administration|bureau|commission|committee|council|institute"
                       r"|foundation|center|centre|corporation|service|ministry|government|project|program|forum"
                       r"|association|organi[sz]ation|conference|board|authority|congress|senate|research")),
    ("report", re.compile(r"report|brief|paper|papers|working|series|memorandum|study|backgrounder")),
    ("thesis", re.compile(r"dissertation|thesis|ph\.d")),
    ("place", re.compile(r"london|york|oxford|cambridge|chicago|washington|boston|paris|berlin|princeton|berkeley"
                         r"|haven|ny|ca|ma|dc|d\.c")),
)  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str


def tokens(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]


def clean_span(text: str) -> str:
    """A run of tokens as a field value: quotes and punctuation at its edges dropped, and brackets
    that wrap it or do not close inside it (`(July 31, 2006),` -> `July 31, 2006`; `Title (2nd ed.)` keeps its own)."""
    t = text.strip()
    for _ in range(4):
        before = t
        t = t.lstrip("“\"‘'«").rstrip(",.;:”\"’'»")
        if t and t[0] in "([" and t.count(t[0]) > t.count(_CLOSE[t[0]]):
            t = t[1:]
        if t and t[-1] in ")]" and t.count(t[-1]) > t.count(_OPEN[t[-1]]):
            t = t[:-1]
        if t[:1] == "(" and t[-1:] == ")" and t[1:-1].find(")") == -1:
            t = t[1:-1]
        if t == before:
            break
    return t.strip()


def norm(value: str) -> str:
    """The scorer's comparison form (tests/parse/corpus/score.py): spaces collapsed, dashes unified."""
    return _DASHES.sub("-", " ".join(value.split())).strip().rstrip(".,;:").strip()


def values_of(c: Citation) -> dict[str, list[str]]:
    """The fields a labeller places, as lists of values (`authors` has one per name)."""
    out: dict[str, list[str]] = {"authors": [a for a in c.authors if a]}
    for name in ("title", "container", "publisher", "date", "pages", "url", "accessed"):
        v = getattr(c, name)
        if v:
            out[name] = [str(v)]
    return out


def locate(
    text: str, toks: Sequence[Token], values: dict[str, list[str]], slack: tuple[int, ...] = ()
) -> tuple[list[str], set[str]]:
    """Token labels placing each value on a run of whole tokens of `text`; and the fields
    (of FIELDS) with a value that could not be placed. `slack`: other run lengths to try (a
    hand label may space `325– 26` as `325-26`)."""
    labels = ["O"] * len(toks)
    missing: set[str] = set()
    for name in _ORDER:
        for value in values.get(name, ()):
            want = norm(value)
            if name == "accessed":
                # kept as an ISO date, not as printed: the tokens of the note's access phrase
                for m in _ACCESSED.finditer(text):
                    for k, tok in enumerate(toks):
                        if tok.start < m.end() and tok.end > m.start("date") and labels[k] == "O":
                            labels[k] = "accessed"
                continue
            words = len(value.split())
            if not want or words == 0:
                continue
            placed = False
            for width in (words, *(words + d for d in slack)):
                if width < 1 or placed:
                    continue
                starts = range(len(toks) - width, -1, -1) if name in _FROM_END else range(len(toks) - width + 1)
                for i in starts:
                    j = i + width
                    if any(lab != "O" for lab in labels[i:j]):
                        continue
                    got = norm(clean_span(text[toks[i].start : toks[j - 1].end]))
                    if got == want or (name == "url" and want in got):
                        labels[i:j] = [_LABEL[name]] * width
                        if name == "authors":
                            labels[i] = "author-B"
                        placed = True
                        break
            if not placed and name in FIELDS:
                missing.add(name)
    return labels, missing


@lru_cache(maxsize=65536)
def _word_features(token: str) -> tuple[str, ...]:
    core = clean_span(token)
    low = core.lower()
    lead = token[: len(token) - len(token.lstrip(_OPENERS))]
    trail = token[len(token.rstrip(_CLOSERS)) :]
    shape = re.sub(r"(.)\1+", r"\1", re.sub(r"[A-Z]", "X", re.sub(r"[a-z]", "x", re.sub(r"\d", "d", core))))[:6]
    if not core:
        number = "punct"
    elif _YEAR.fullmatch(core):
        number = "year"
    elif core.isdigit():
        number = f"digits{min(len(core), 4)}"
    elif _RANGE.fullmatch(core):
        number = "range"
    elif _ORDINAL.fullmatch(core):
        number = "ordinal"
    elif _ROMAN.fullmatch(core):
        number = "roman"
    elif any(ch.isdigit() for ch in core):
        number = "hasdigit"
    else:
        number = "none"
    bare = low.rstrip(".")
    keyword = next((name for name, pattern in _KEYWORDS if pattern.fullmatch(bare) or pattern.fullmatch(low)), "none")
    if _URLISH.search(token):
        keyword = "url"
    if core[:1].isupper():
        case = "upper" if core.isupper() and len(core) > 1 else "title"
    elif core[:1].islower():
        case = "lower"
    else:
        case = "other"
    word = low if len(low) <= 24 else "LONG"
    return (
        f"w={word}",
        f"sh={shape}",
        f"num={number}",
        f"kw={keyword}",
        f"case={case}",
        f"lp={trail[-3:]}",
        f"fp={lead[:2]}",
        f"s3={low[-3:]}",
    )


@lru_cache(maxsize=65536)
def _context(token: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The features a token lends its neighbours: (as the previous token, as the next)."""
    own = _word_features(token)
    word, kw, case, lp, fp = own[0], own[3], own[4], own[5], own[6]
    return ("-1" + word, "-1" + kw, "-1" + case, "-1" + lp), ("+1" + word, "+1" + kw, "+1" + case, "+1" + fp)


def features(toks: Sequence[Token], rule_labels: Sequence[str] | None = None) -> list[list[str]]:
    n = len(toks)
    out: list[list[str]] = []
    in_quote = False
    depth = 0
    segment = 0
    quoted_before = False
    for i, tok in enumerate(toks):
        text = tok.text
        opens = text[:1] in '“"' or text[:2] in ("(“", '("')
        row = list(_word_features(text))
        row.append(f"pos={(i * 10) // n}")
        row.append(f"seg={min(segment, 5)}")
        row.append(f"q={'in' if in_quote or opens else 'after' if quoted_before else 'before'}")
        row.append(f"par={'in' if depth > 0 or text[:1] == '(' else 'out'}")
        if i == 0:
            row.append("first")
        else:
            row.extend(_context(toks[i - 1].text)[0])
        if i == n - 1:
            row.append("last")
        else:
            row.extend(_context(toks[i + 1].text)[1])
        if i > 1:
            row.append("-2" + _word_features(toks[i - 2].text)[0])
        if i + 2 < n:
            row.append("+2" + _word_features(toks[i + 2].text)[0])
        if rule_labels is not None:
            row.append("r=" + rule_labels[i])
            row.append("r-1=" + (rule_labels[i - 1] if i else "^"))
            row.append("r+1=" + (rule_labels[i + 1] if i + 1 < n else "$"))
        out.append(row)
        # state after this token
        for ch in text:
            if ch in "“":
                in_quote = True
            elif ch in "”":
                in_quote, quoted_before = False, True
            elif ch == '"':
                in_quote = not in_quote
                quoted_before = quoted_before or not in_quote
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth = max(0, depth - 1)
        if text.endswith((",", ",”", ',"')) and depth == 0 and not in_quote:
            segment += 1
    return out


def kind_features(c: Citation) -> list[str]:
    """One citation's features for its kind: the rules' kind, which fields the rules found, and
    the words that tell a report, a newspaper, a journal, a book or a government document apart."""
    row = [f"rk={c.kind.value}"]
    for name in ("authors", "title", "container", "publisher", "url", "pages", "volume", "issue"):
        if getattr(c, name):
            row.append(f"has={name}")
    if c.date_iso:
        row.append(f"dlen={len(c.date_iso)}")
    if c.url:
        host = re.sub(r"^[a-z]+://", "", c.url.lower()).split("/", 1)[0]
        row.append("tld=" + host.rsplit(".", 1)[-1][:6])
        if c.url.lower().split("?", 1)[0].endswith(".pdf"):
            row.append("pdf")
    for name in ("container", "publisher"):
        for word in str(getattr(c, name) or "").split()[:8]:
            row.append(f"{name[0]}w={clean_span(word).lower()}")
    for tok in tokens(c.raw):
        kw = _word_features(tok.text)[3]
        if kw != "kw=none":
            row.append("r" + kw)
    return row


def decode(text: str, toks: Sequence[Token], labels: Sequence[str]) -> dict[str, list[str]]:
    """Token labels -> field values (one per author; the first run of every other field)."""
    out: dict[str, list[str]] = {}
    i = 0
    n = len(toks)
    while i < n:
        lab = labels[i]
        if lab == "O":
            i += 1
            continue
        field = "authors" if lab.startswith("author") else lab
        j = i + 1
        while j < n and labels[j] == ("author" if field == "authors" else lab):
            j += 1
        value = clean_span(text[toks[i].start : toks[j - 1].end])
        if value and (field == "authors" or field not in out):
            out.setdefault(field, []).append(value)
        i = j
    return out


class Labeller:
    """A trained model and how to read a citation with it."""

    def __init__(
        self,
        model: str | Path | None,
        *,
        rule_feature: bool = True,
        keep_rules: frozenset[str] = frozenset(),
        margin: float | None = None,
        kinds: str | Path | None = None,
    ):
        self._tagger = None
        if model is not None:
            self._tagger = pycrfsuite.Tagger()
            self._tagger.open(str(model))
        self.rule_feature = rule_feature
        self.keep_rules = keep_rules  # fields the rules keep whenever they give a value
        # when set, the CRF's reading replaces the rules' only when it is this much more probable
        self.margin = margin
        self._kinds = None
        if kinds is not None:  # a second model: one item per citation, its label the kind
            self._kinds = pycrfsuite.Tagger()
            self._kinds.open(str(kinds))

    def label(self, c: Citation) -> dict[str, list[str]] | None:
        """The CRF's fields for `c`, or None when it defers to the rules."""
        toks = tokens(c.raw)
        if not toks:
            return None
        rule_labels = locate(c.raw, toks, values_of(c))[0]
        best = self._tagger.tag(features(toks, rule_labels if self.rule_feature else None))
        if best == rule_labels:
            return None
        if self.margin is not None:
            ours = self._tagger.probability(best)
            theirs = self._tagger.probability(rule_labels)
            if ours - theirs < self.margin:
                return None
        return decode(c.raw, toks, best)

    def relabel_one(self, res: FieldResult) -> FieldResult:
        if not relabelable(res):
            return res
        c = res.citation
        values: dict[str, object] = {}
        if self._kinds is not None:
            values["kind"] = CitationKind(self._kinds.tag([kind_features(c)])[0])
        found = self.label(c) if self._tagger is not None else None
        if found is None:
            return dataclasses.replace(res, citation=dataclasses.replace(c, **values)) if values else res
        for name in FIELDS:
            if name in self.keep_rules and getattr(c, name):
                continue
            got = found.get(name)
            if name == "authors":
                values["authors"] = tuple(got or ())
            else:
                values[name] = got[0] if got else None
        if values.get("pages"):
            values["pages"] = _DASHES.sub("-", re.sub(r"\s*([-‐‑‒–—−]+)\s*", r"\1", str(values["pages"])))
        if "date" in values and values["date"] != c.date:
            m = DATE.search(str(values["date"] or ""))
            year = _YEAR.search(str(values["date"] or ""))
            values["date_iso"] = iso_of(m) if m else (year.group(0)[:4] if year else None)
        return dataclasses.replace(res, citation=dataclasses.replace(c, **values))


def relabelable(res: FieldResult) -> bool:
    """A full citation the rules read: not Ibid., supra, a short form, a comment or a lone URL."""
    return not (res.is_ibid or res.supra is not None or res.maybe_short or res.commentary or res.url_only)


_RULES = _parse.parse_citation


def use(labeller: Labeller | None) -> None:
    """Put `labeller` in charge of the parser's full citations (None: the rules alone). The parser
    (checker/parse/__init__.py) is left as it is: its `parse_citation` is wrapped."""
    if labeller is None:
        _parse.parse_citation = _RULES
    else:
        _parse.parse_citation = lambda text, index=0: labeller.relabel_one(_RULES(text, index))


def train(
    sequences: Iterable[tuple[list[list[str]], list[str]]],
    model: str | Path,
    *,
    iterations: int = 60,
    c1: float = 0.05,
    c2: float = 0.1,
) -> None:
    """Train a CRF (L-BFGS, elastic net) on (features, labels) sequences; deterministic for fixed input."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in sequences:
        trainer.append(xseq, yseq)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    trainer.train(str(model))
