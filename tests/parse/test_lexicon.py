"""The gazetteer of publishers, issuing bodies and periodicals, and what the field parser does with a hit."""

from __future__ import annotations

import pytest

from checker.models import CitationKind
from checker.parse import lexicon
from checker.parse.fields import parse_citation
from checker.parse.lexicon import Role


@pytest.mark.parametrize(
    ("spelling", "name"),
    [
        ("PEW RES. CTR.", "Pew Research Center"),  # the Bluebook's small capitals and T6 abbreviations
        ("COUNCIL ON FOREIGN RELS.", "Council on Foreign Relations"),
        ("U.S. DEP’T OF JUSTICE", "U.S. Department of Justice"),
        ("Harv. Univ. Press", "Harvard University Press"),  # T13's abbreviation of the institution
        ("Simon and Schuster", "Simon & Schuster"),
        ("The Brookings Institution", "Brookings Institution"),
        ("Presses Universitaires de Louvain", "Presses universitaires de louvain"),
        ("Éditions du Seuil", "Editions du Seuil"),
    ],
)
def test_house_styles_spellings_of_one_name_share_a_key(spelling: str, name: str) -> None:
    assert lexicon.key(spelling) == lexicon.key(name)


def test_roles_of_listed_names() -> None:
    assert lexicon.role("Oxford University Press") is Role.PRESS
    assert lexicon.role("RAND Corporation") is Role.ORGANISATION
    assert lexicon.role("N.Y. TIMES") is Role.PERIODICAL
    assert lexicon.role("Example Institute of Nothing") is None


def test_a_university_press_is_a_press_by_its_shape_listed_or_not() -> None:
    # (none of these is in lexicon.txt: the shape alone decides)
    for name in ("Utah State University Press", "University of Nevada Press", "Presses Universitaires de Louvain"):
        assert lexicon.roles(name) == frozenset({Role.PRESS})
    assert lexicon.role("University Press Week") is None  # (the shape is the whole name)


def test_a_short_acronym_matches_only_in_capitals() -> None:
    assert lexicon.role("CRS") is Role.ORGANISATION
    assert lexicon.role("crs") is None


def test_every_listed_name_is_under_a_section_and_has_a_key() -> None:
    entries = lexicon._entries()
    assert len(entries) > 900 and all(entries)
    assert all(roles for roles in entries.values())


def test_a_name_is_found_only_where_it_stands_as_a_field() -> None:
    text = "Jane Doe, The Oxford University Press Story (London, 1990); Oxford University Press, 2002."
    assert [text[a:b] for a, b in lexicon.find_names(text, Role.PRESS)] == ["Oxford University Press"]
    assert text.index("Oxford University Press,") == lexicon.find_names(text, Role.PRESS)[0][0]
    assert lexicon.find_names("Routledge Monthly, 2009", Role.PRESS) == []


def test_a_name_printed_with_its_leading_the_is_found_whole() -> None:
    # the key drops `The`, so the probe starts after it; the span is the name as printed
    text = "Jane Doe, Title of the Book. The New Press, 2005."
    assert [text[a:b] for a, b in lexicon.find_names(text, Role.PRESS)] == ["The New Press"]
    assert lexicon.find_names("Jane Doe, The New Press Story (London, 1990)", Role.PRESS) == []


def test_leading_name_is_the_longest_listed_press() -> None:
    assert lexicon.leading_name("Oxford University Press New York", Role.PRESS) == "Oxford University Press"
    assert lexicon.leading_name("Example Press New York", Role.PRESS) is None


def fields(raw: str):
    return parse_citation(raw).citation


def test_a_press_standing_after_the_title_without_an_imprint_is_the_publisher() -> None:
    c = fields("Jane Doe, “Chapter Four,” in The Reader, ed. John Roe, 45–67. Blackwell, 2001.")
    assert c.container == "The Reader" and c.publisher == "Blackwell"
    c = fields("“usage, n.” OED Online. March 2021. Oxford University Press.")
    assert c.publisher == "Oxford University Press"


def test_a_bibliographys_title_then_press_is_cut_at_the_press() -> None:
    c = fields("Jane Doe, Essays on Method. Wiley-Blackwell, 2004.")
    assert c.title == "Essays on Method" and c.publisher == "Wiley-Blackwell"


def test_a_press_closing_what_was_read_as_the_container_is_cut_from_it() -> None:
    c = fields("Jane Doe, “A Study,” Example Society Working Paper, Springer, 2009.")
    assert c.publisher == "Springer" and c.container == "Example Society Working Paper"


def test_a_press_with_its_place_glued_on_is_the_press() -> None:
    c = fields("John Smith, A History of Ports (Yale University Press New Haven, 1951), 12.")
    assert c.publisher == "Yale University Press"


def test_a_press_named_in_the_title_is_not_the_publisher() -> None:
    c = fields("Jane Doe, “Working at Oxford University Press,” Example Review, 2004.")
    assert c.publisher is None


def test_a_newspaper_read_as_an_imprint_is_the_container() -> None:
    c = fields("Jane Doe, Budget Talks Stall, WASH. POST (2014).")
    assert c.container == "WASH. POST" and c.publisher is None


def test_an_imprint_with_a_comma_for_its_colon_names_a_listed_press() -> None:
    c = fields("Jane Doe, The Long Argument (New York, Knopf, 1998), 12.")
    assert (c.title, c.place, c.publisher, c.date) == ("The Long Argument", "New York", "Knopf", "1998")


def test_a_listed_press_whose_name_has_a_comma_is_not_cut_at_it() -> None:
    c = fields("Jane Doe, The Long Argument (Boston: Little, Brown and Company, 1998).")
    assert c.publisher == "Little, Brown and Company" and c.place == "Boston"


def test_places_before_a_listed_press_are_the_place() -> None:
    c = fields("Jane Doe, The Long Argument (New York and Berlin, Springer, 2008).")
    assert (c.kind, c.place, c.publisher) == (CitationKind.BOOK, "New York and Berlin", "Springer")
