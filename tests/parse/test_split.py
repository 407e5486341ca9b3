"""Splitting a note into citations without cutting inside titles or parentheses."""

from __future__ import annotations

from checker.parse.split import split_note


def texts(note: str) -> list[str]:
    return [p.text for p in split_note(note)]


def test_semicolons_between_citations() -> None:
    assert texts("Interfax, May 19, 2010; FBIS SOV, May 19, 2010.") == [
        "Interfax, May 19, 2010",
        "FBIS SOV, May 19, 2010.",
    ]


def test_semicolon_inside_a_quoted_title_does_not_split() -> None:
    assert len(texts("A B, “War; Peace,” The Times, May 1, 2015.")) == 1


def test_semicolon_inside_parentheses_does_not_split() -> None:
    assert len(texts("A B, Title (London: Press; reprint, 2015), 4.")) == 1


def test_see_also_after_a_full_stop() -> None:
    assert texts("A B, “T,” C, May 1, 2015. See also D E, “U,” F, 2016.") == [
        "A B, “T,” C, May 1, 2015",
        "See also D E, “U,” F, 2016.",
    ]


def test_joint_titles_share_an_imprint() -> None:
    pieces = split_note("Ann Lee, “One,” and Bo Kim, “Two” (remarks given at X, Paris, May 1, 2015).")
    assert [p.text for p in pieces] == ["Ann Lee, “One,”", "Bo Kim, “Two” (remarks given at X, Paris, May 1, 2015)."]
    assert [p.joint for p in pieces] == [True, False]


def test_unbalanced_quote_falls_back_to_parentheses_only() -> None:
    assert texts("A B, “Open title, C, 2015; D E, “Closed,” F, 2016.") == [
        "A B, “Open title, C, 2015",
        "D E, “Closed,” F, 2016.",
    ]


def test_semicolon_inside_a_url_does_not_split() -> None:
    assert len(texts("“T,” C, 2015, http://e.example/a;jsessionid=1.")) == 1
