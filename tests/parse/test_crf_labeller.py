"""The CRF field labeller that bench/crf_fields.py weighs against the rules (README, "A trained
field labeller"): its training labels come from the hand labels, and a model trained on some dev
articles reads a citation of another."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from bench import crf_fields, crf_labeller
from bench.crf_labeller import Labeller, decode, features, locate, tokens, values_of
from checker.models import Citation
from checker.parse import parse_text
from checker.parse.fields import FieldResult
from tests.parse.corpus.score import gold

# ca-2018-image-analytics, note 2, and its hand labels
NOTE = (
    'Graham Law and Robert L Patten, "The Serial Revolution," in The Cambridge History of the Book in Britain: '
    "Volume VI, 1830-1914, ed. David McKitterick, vol. VI (Cambridge: Cambridge University Press, 2009), 156-57."
)


def labelled() -> Citation:
    (note,) = [n for n in gold("ca-2018-image-analytics").notes if n.number == 2]
    assert note.text == NOTE
    return note.citations[0]


def test_hand_labels_land_on_whole_tokens_and_read_back() -> None:
    toks = tokens(NOTE)
    labels, missing = locate(NOTE, toks, values_of(labelled()))
    assert missing == set()
    assert labels[:6] == ["author-B", "author", "O", "author-B", "author", "author"]
    assert decode(NOTE, toks, labels) == {
        "authors": ["Graham Law", "Robert L Patten"],
        "title": ["The Serial Revolution"],
        "container": ["The Cambridge History of the Book in Britain: Volume VI, 1830-1914"],
        "publisher": ["Cambridge University Press"],
        "date": ["2009"],
        "pages": ["156-57"],
    }


def test_a_model_trained_on_other_articles_reads_a_chicago_note(tmp_path: Path) -> None:
    data = [e for slug in ("ca-2018-historiography-odnb", "ca-2019-queer-futurity")
            for e in crf_fields.examples(slug)[0]]  # fmt: skip
    model = tmp_path / "fields.crfsuite"
    crf_labeller.train(crf_fields.sequences(data, rule_feature=False), model, iterations=40)
    crf = Labeller(model, rule_feature=False)
    raw = "Patrick Leary, “Googling the Victorians,” Journal of Victorian Culture 10, no. 1 (2005): 15."
    read = crf.label(Citation(index=0, raw=raw))
    assert read == {
        "authors": ["Patrick Leary"],
        "title": ["Googling the Victorians"],
        "container": ["Journal of Victorian Culture"],
        "date": ["2005"],
        "pages": ["15"],
    }
    assert len(features(tokens(raw))) == len(tokens(raw))


class _Shouting:
    """Reads every full citation's title in capitals: shows where an evaluated labeller acts."""

    def relabel_one(self, res: FieldResult) -> FieldResult:
        c = res.citation
        return dataclasses.replace(res, citation=dataclasses.replace(c, title=(c.title or "").upper()))


def test_an_evaluated_labeller_reads_the_parsers_citations_and_then_hands_back_to_the_rules() -> None:
    text = "Body.1\n\n1. Patrick Leary, “Googling the Victorians,” Journal 10 (2005): 15.\n"
    crf_labeller.use(_Shouting())  # type: ignore[arg-type]
    try:
        assert parse_text(text).notes[0].citations[0].title == "GOOGLING THE VICTORIANS"
    finally:
        crf_labeller.use(None)
    assert parse_text(text).notes[0].citations[0].title == "Googling the Victorians"
