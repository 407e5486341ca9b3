"""Content drift: does today's page still say what the cited version said?

Inputs are the main texts of two versions (boilerplate already removed by
extract); the measures are word based, because sentence embeddings hide real
edits (a 25% rewrite scores 0.98) while word overlap and containment do not.

Measures (all over folded words, so whitespace, case and markup churn vanish;
date widgets, share bars and cookie lines are dropped first, see text.is_widget):
- survival: share of the cited version's word 3-shingles still present today;
- addition: share of today's 3-shingles that were already in the cited version;
- score = min(survival, addition), 0..1, the number the report shows;
- cosine: cosine of sublinear term frequencies over content words (stop words
  out, standing in for IDF, which two documents cannot estimate);
- word-count change: (today - cited) / cited.

Before any measure, page furniture is set aside (compare/furniture.py): bylines, rights
lines, datelines, share widgets, "Related" links, prompts, photo credits, the site's name
and the headline, recognised by the values the page's metadata gives and by a small rule
list. The report lists them greyed.

Thresholds (DriftThresholds, documented in README "Content drift"):
- replaced: cosine < 0.12 or word count change < -70% (the Off-Topic Memento
  Toolkit defaults for "a different document"), or survival < 0.20 unless the
  two titles agree (a different article on the same subject shares vocabulary,
  so cosine alone misses it; few 3-word sequences survive; with agreeing
  titles it is the same article rewritten: edited);
  exception: a word-count drop where today's text is >= 80% inside the cited one
  is a cut (paywall, truncation), reported as edited;
- intact: every article sentence of each version is in the other (compared on folded
  words: case, punctuation, quotes and whitespace do not count; a changed word does);
- edited: at least one changed sentence: a word changed, a sentence added or cut.
- unknown: no cited version, or no main text (< 20 words) on either side, said why.
Simhash distance (<= 3 of 64 bits: Manku et al. 2007's near-duplicate bar) is
reported as evidence, not used for intact: a near-duplicate for a crawler can
still be an edited article for a reader.
"""

from __future__ import annotations

import difflib
import math
import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from checker.compare.fingerprint import fingerprint_distance, fingerprint_tokens
from checker.compare.furniture import NOTHING_KNOWN, Known, split_article
from checker.compare.text import fold, is_content, paragraphs, words
from checker.config import DEFAULT_THRESHOLDS, DriftThresholds
from checker.models import Comparison, Drift, PageMetadata

_SHINGLE = 3


@dataclass(frozen=True)
class Measures:
    score: float
    survival: float
    addition: float
    cosine: float
    word_change: float
    cited_words: int
    today_words: int
    simhash_bits: int


@dataclass(frozen=True)
class _Prepared:
    """One version's text, tokenised once: every measure, the diff and the fingerprint reuse it."""

    paragraphs: list[str]  # furniture removed, as displayed
    keys: list[str]  # each paragraph's folded words, for the diff
    tokens: list[str]  # all folded words in order
    fingerprint: str
    sentences: frozenset[str]  # each article sentence's folded words
    ignored: list[tuple[str, str]]  # (line, reason) set aside as furniture

    @classmethod
    def of(cls, text: str, known: Known = NOTHING_KNOWN) -> _Prepared:
        paras, ignored = split_article(paragraphs(text), known)
        # Words once per sentence; a paragraph's words are its sentences' words in order.
        per_sentence = [[words(s) for s in _SENTENCE_END.split(p)] for p in paras]
        per = [[w for sentence in p for w in sentence] for p in per_sentence]
        tokens = [w for t in per for w in t]
        sentences = frozenset(k for p in per_sentence for s in p if (k := " ".join(s)))
        return cls(paras, [" ".join(t) for t in per], tokens, fingerprint_tokens(tokens), sentences, ignored)


# A sentence ends at . ! ? (or their CJK forms) followed by space, closing quotes or brackets allowed.
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])[\"”’'»)\]]*\s+")


def known_of(*versions: PageMetadata | None) -> Known:
    """Authors, titles and site names any version's metadata gives, to be recognised in both texts."""
    present = [v for v in versions if v is not None]
    return Known.of(
        (a for v in present for a in v.authors), (v.title for v in present), (v.site_name for v in present)
    )


def measure(cited_text: str, today_text: str) -> Measures:
    """The measures above for two main texts (each must have words)."""
    return _measure(_Prepared.of(cited_text), _Prepared.of(today_text))


def _measure(pa: _Prepared, pb: _Prepared) -> Measures:
    a, b = pa.tokens, pb.tokens
    sa, sb = _shingles(a), _shingles(b)
    common = len(sa & sb)
    survival = common / len(sa) if sa else 0.0
    addition = common / len(sb) if sb else 0.0
    return Measures(
        score=round(min(survival, addition), 4),
        survival=round(survival, 4),
        addition=round(addition, 4),
        cosine=round(_cosine(a, b), 4),
        word_change=round((len(b) - len(a)) / len(a), 4) if a else 0.0,
        cited_words=len(a),
        today_words=len(b),
        simhash_bits=fingerprint_distance(pa.fingerprint, pb.fingerprint),
    )


def compare_versions(
    cited: PageMetadata | None,
    today: PageMetadata | None,
    *,
    cited_label: str | None = None,
    today_label: str = "live",
    thresholds: DriftThresholds = DEFAULT_THRESHOLDS,
) -> Comparison:
    """Grade the drift between the cited version and today's page (or the last capture before death).

    `cited_label` names the cited version (a capture timestamp); `today_label` is
    "live" or the timestamp of the latest capture compared instead of a dead page.
    """
    known = known_of(cited, today)
    pb = _Prepared.of(today.text if today else "", known)
    fp = pb.fingerprint if pb.tokens else None
    now = _describe(today_label)
    then = f"the cited version ({_describe(cited_label)})" if cited_label else "the cited version"

    def unknown(reason: str) -> Comparison:
        return Comparison(drift=Drift.UNKNOWN, reason=reason, fingerprint=fp, compared_with=today_label)

    if cited is None:
        return unknown("no capture of the cited version")
    if today is None:
        return unknown(f"{now} could not be read")
    pa = _Prepared.of(cited.text, known)
    ignored = tuple(("cited", line, why) for line, why in pa.ignored) + tuple(
        ("today", line, why) for line, why in pb.ignored
    )
    cited_words, today_words = len(pa.tokens), len(pb.tokens)
    if cited_words == 0:
        return unknown(f"{then} has no main text")
    if today_words == 0:
        return unknown(f"{now} has no main text")
    if min(cited_words, today_words) < thresholds.min_words:
        side = then if cited_words < thresholds.min_words else now
        return unknown(f"{side} has too little main text to compare ({min(cited_words, today_words)} words)")

    m = _measure(pa, pb)
    added, removed = _diff(pa, pb, thresholds)
    changed = max(len(pa.sentences - pb.sentences), len(pb.sentences - pa.sentences))
    drift, why = _grade(m, changed, cited, today, thresholds)
    evidence = (
        f"similarity {m.score:.2f}, {m.survival:.0%} of the cited text still present, "
        f"term cosine {m.cosine:.2f}, words {m.cited_words} -> {m.today_words}, simhash distance {m.simhash_bits}/64"
    )
    lead = {
        Drift.INTACT: f"{now} matches {then}",
        Drift.EDITED: f"{now} is an edited form of {then}",
        Drift.REPLACED: f"{now} is a different document from {then}",
    }[drift]
    if ignored:
        evidence += f"; {_plural(len(ignored), 'furniture line')} not counted"
    if cited.title and today.title and not _titles_agree(cited.title, today.title, thresholds):
        evidence += f"; headline changed: “{cited.title[:120]}” -> “{today.title[:120]}”"
    reason = f"{lead}: {why} ({evidence})" if why else f"{lead} ({evidence})"
    return Comparison(
        drift=drift, reason=reason, score=m.score, added=added, removed=removed, fingerprint=fp,
        compared_with=today_label, ignored=ignored[: 2 * thresholds.max_diff_paragraphs], changed_sentences=changed,
    )


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _grade(
    m: Measures, changed: int, cited: PageMetadata, today: PageMetadata, t: DriftThresholds
) -> tuple[Drift, str]:
    if m.cosine < t.replaced_cosine:
        return Drift.REPLACED, f"term cosine {m.cosine:.2f} < {t.replaced_cosine}"
    if m.word_change < t.replaced_word_change:
        if m.addition >= t.cut_containment:
            return Drift.EDITED, f"only {1 + m.word_change:.0%} of the cited length remains (cut or paywalled?)"
        return Drift.REPLACED, f"word count fell {-m.word_change:.0%}"
    if m.survival < t.replaced_survival:
        if _titles_agree(cited.title, today.title, t):
            return Drift.EDITED, "same title, but the text was rewritten"
        return Drift.REPLACED, f"only {m.survival:.0%} of the cited text survives and the title differs"
    if changed <= t.intact_changed_sentences:
        return Drift.INTACT, ""
    return Drift.EDITED, f"{_plural(changed, 'sentence')} changed"


def _titles_agree(a: str | None, b: str | None, t: DriftThresholds) -> bool:
    if not a or not b:
        return False
    return fuzz.token_set_ratio(fold(a), fold(b)) >= t.same_title


def _describe(label: str | None) -> str:
    if label is None or label == "live":
        return "today's page"
    if re.fullmatch(r"\d{14}|\d{8}", label):
        return f"the capture of {label[0:4]}-{label[4:6]}-{label[6:8]}"
    return f"the capture of {label}"


def _shingles(tokens: list[str]) -> set[str]:
    if len(tokens) < _SHINGLE:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + _SHINGLE]) for i in range(len(tokens) - _SHINGLE + 1)}


def _cosine(a: list[str], b: list[str]) -> float:
    ca, cb = Counter(w for w in a if is_content(w)), Counter(w for w in b if is_content(w))
    if not ca or not cb:
        return 0.0
    wa = {k: 1 + math.log(v) for k, v in ca.items()}
    wb = {k: 1 + math.log(v) for k, v in cb.items()}
    dot = sum(w * wb[k] for k, w in wa.items() if k in wb)
    norm = math.sqrt(sum(w * w for w in wa.values())) * math.sqrt(sum(w * w for w in wb.values()))
    return dot / norm if norm else 0.0


def diff_paragraphs(
    cited_text: str, today_text: str, t: DriftThresholds = DEFAULT_THRESHOLDS
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(added, removed) paragraphs, compared on folded words, bounded in count and length."""
    return _diff(_Prepared.of(cited_text), _Prepared.of(today_text), t)


def _diff(pa: _Prepared, pb: _Prepared, t: DriftThresholds) -> tuple[tuple[str, ...], tuple[str, ...]]:
    n = t.max_diff_input
    added: list[str] = []
    removed: list[str] = []
    matcher = difflib.SequenceMatcher(None, pa.keys[:n], pb.keys[:n], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op in ("replace", "delete"):
            removed.extend(pa.paragraphs[i1:i2])
        if op in ("replace", "insert"):
            added.extend(pb.paragraphs[j1:j2])
    return _bound(added, t), _bound(removed, t)


def _bound(items: list[str], t: DriftThresholds) -> tuple[str, ...]:
    out = [p if len(p) <= t.max_paragraph_chars else p[: t.max_paragraph_chars - 1] + "…" for p in items]
    if len(out) > t.max_diff_paragraphs:
        extra = len(out) - t.max_diff_paragraphs
        out = [*out[: t.max_diff_paragraphs], f"… and {extra} more paragraph(s)"]
    return tuple(out)
