"""CSL-JSON as an input: our own export reads back to the same references, and an item
from a citation manager (Zotero's CSL-JSON export) becomes a note of its own."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from checker import references
from checker.errors import ParseError
from checker.export import to_csl_json
from checker.models import CitationKind
from checker.parse import csl

ROOT = Path(__file__).resolve().parents[2]
SEED = references.load(ROOT / "references.yaml")

# The seed's note 1 source as Zotero 7 exports it to CSL-JSON ("Export Item… → CSL JSON"):
# split names, a newspaper article, `issued`/`accessed` as date-parts, no `custom`.
ZOTERO_ITEMS = [
    {
        "id": "http://zotero.org/users/local/abcd/items/7XQ3K2NB",
        "type": "article-newspaper",
        "title": "Vladimir Putin's visit to Japan postponed indefinitely",
        "container-title": "The Guardian",
        "URL": "http://www.theguardian.com/world/2015/oct/15/vladimir-putins-visit-to-japan-postponed-indefinitely",
        "author": [{"family": "McCurry", "given": "Justin"}],
        "issued": {"date-parts": [["2015", 10, 15]]},
        "accessed": {"date-parts": [[2015, 12, 20]]},
        "language": "en-GB",
    },
    {
        "id": "hill2013",
        "type": "book",
        "title": "Mr. Putin: Operative in the Kremlin",
        "author": [{"family": "Hill", "given": "Fiona"}, {"family": "Gaddy", "given": "Clifford G."}],
        "publisher": "Brookings Institution Press",
        "publisher-place": "Washington, DC",
        "issued": {"date-parts": [[2013]]},
    },
]


def test_the_seed_round_trips_through_csl_json_to_the_same_references():
    items = json.loads(to_csl_json(SEED))
    back = csl.from_items(items, source="seed.json")
    assert back == dataclasses.replace(SEED, warnings=())


def test_every_kind_and_odd_field_round_trips():
    base = SEED.notes[0]
    odd = []
    for i, kind in enumerate(CitationKind):
        c = dataclasses.replace(
            base.citations[0],
            index=0,
            kind=kind,
            date_iso=None,
            date="Spring 2015",
            year="2014" if i % 2 else None,
            accessed="2015-12" if i % 3 else None,
            ibid=i == 2,
            refers_to=1 if i == 2 else None,
            ignore=i == 4,
            volume="3",
            issue="2",
            place="Seoul",
            publisher="Asan",
            pages="12-14",
        )
        odd.append(dataclasses.replace(base, number=100 + i, citations=(c,)))
    empty = dataclasses.replace(base, number=200, citations=())
    refs = dataclasses.replace(SEED, notes=(*odd, empty), warnings=())
    assert csl.from_items(json.loads(to_csl_json(refs)), source="x.json") == refs


def test_a_zotero_export_becomes_one_note_per_item():
    refs = csl.from_items(ZOTERO_ITEMS, source="library.json")
    first, second = refs.notes
    assert (first.number, second.number) == (1, 2)
    [c] = first.citations
    assert c.kind is CitationKind.NEWS
    assert c.authors == ("Justin McCurry",)
    assert (c.date_iso, c.accessed, c.container) == ("2015-10-15", "2015-12-20", "The Guardian")
    assert c.url == ZOTERO_ITEMS[0]["URL"]
    assert c.raw.startswith("Justin McCurry, “Vladimir Putin's visit")
    [book] = second.citations
    assert book.kind is CitationKind.BOOK and book.year == "2013" and book.place == "Washington, DC"
    assert book.authors == ("Fiona Hill", "Clifford G. Gaddy")
    assert refs.article.source == "library.json"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"type": "book"}, "CSL-JSON must be an array of items"),
        ([{"title": "no type"}], "item 1 is not a CSL item (an object with a 'type')"),
        ([], "no citations in this CSL-JSON file"),
        ([{"type": "book", "custom": {"cite_checker": {"kind": "novel"}}}], "item 1: unknown kind 'novel'"),
    ],
)
def test_malformed_csl_json_is_one_parse_error_naming_the_file(data, message):
    with pytest.raises(ParseError) as err:
        csl.from_items(data, source="bad.json")
    assert str(err.value) == f"bad.json: {message}"


def test_csl_json_is_told_apart_from_other_json_and_text():
    assert csl.looks_like_csl_json(json.dumps(ZOTERO_ITEMS).encode())
    assert csl.looks_like_csl_json(b"  []")
    assert not csl.looks_like_csl_json(b'{"type": "book"}')
    assert not csl.looks_like_csl_json(b"[1] Justin McCurry, The Guardian.")
    assert not csl.looks_like_csl_json(b"\xff\xfe[")
