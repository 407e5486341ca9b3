"""Finding the notes list, numbering it, and finding each note's citing sentence."""

from __future__ import annotations

import pytest

from checker.errors import ParseError
from checker.parse import parse_text

BODY = (
    "Title of the Article\n\nEMAIL\n\n"
    "The first claim is made here.1 A second claim follows, with a marker after a comma,2 and more "
    "text. Mr. Smith said that the S-400 and Su-35 systems matter in 2015.3\n\n"
    "A numbered list in the body does not count:\n\n1. first point\n2. second point\n\n"
)


def test_a_notes_only_file_works() -> None:
    refs = parse_text("1. Jane Doe, “One,” The Times, May 1, 2015.\n\n2. Ibid.\n")
    assert [n.number for n in refs.notes] == [1, 2]
    assert refs.notes[1].citations[0].refers_to == 1
    assert all(n.context is None for n in refs.notes)
    assert refs.warnings == ()


def test_the_largest_numbered_run_is_the_notes_list_not_a_list_in_the_body() -> None:
    notes = "1. Jane Doe, “One,” The Times, May 1, 2015.\n\n2. Ibid., 4.\n\n3. Ibid.\n\nNow Reading Title\n"
    refs = parse_text(BODY + notes)
    assert refs.notes[0].text.startswith("Jane Doe")
    assert len(refs.notes) == 3
    assert refs.notes[0].context == "The first claim is made here."
    assert refs.notes[1].context == "A second claim follows, with a marker after a comma,"
    # "Mr." is not a sentence end; "S-400"/"Su-35" are not markers
    assert refs.notes[2].context == "Mr. Smith said that the S-400 and Su-35 systems matter in 2015."


def test_context_after_abbreviation_starts_at_the_real_sentence() -> None:
    refs = parse_text(BODY + "1. A, “B,” C, May 1, 2015.\n2. A, “D,” C, May 2, 2015.\n3. A, “E,” C, May 3, 2015.\n")
    assert refs.notes[2].context == "Mr. Smith said that the S-400 and Su-35 systems matter in 2015."


def test_bracket_and_superscript_markers() -> None:
    text = "One claim.[1] Another claim.² Third.\n\n1. A, “B,” C, May 1, 2015.\n2. A, “D,” C, May 2, 2015.\n"
    refs = parse_text(text)
    assert refs.notes[0].context == "One claim."
    assert refs.notes[1].context == "Another claim."


def test_numbering_gap_and_duplicate_are_warnings_not_errors() -> None:
    text = "1. A, “B,” C, May 1, 2015.\n2. A, “D,” C, May 2, 2015.\n5. A, “E,” C, May 3, 2015.\n5. A, “F,” C, 2015.\n"
    refs = parse_text(text)
    assert [n.number for n in refs.notes] == [1, 2, 5, 5]
    assert any("gap" in w and "3-4" in w for w in refs.warnings)
    assert any("duplicate note number 5" in w for w in refs.warnings)


def test_a_misnumbered_note_is_renumbered_with_a_warning() -> None:
    text = "1. A, “B,” C, May 1, 2015.\n2. A, “D,” C, May 2, 2015.\n7. A, “E,” C, May 3, 2015.\n4. A, “F,” C, 2015.\n"
    refs = parse_text(text)
    assert [n.number for n in refs.notes] == [1, 2, 3, 4]
    assert any("printed as 7" in w and "taken as note 3" in w for w in refs.warnings)


def test_a_year_opening_a_line_of_a_note_is_not_a_note_number() -> None:
    # The Story So Far (CJR 2011), chapter 4, note 1: a date broken before its year in the PDF's text
    text = (
        "1. Bryan Chaffin, “Analyst Ups Q4 iPad Shipments to 6.3 Million,” The Mac Observer, Dec. 2,\n"
        "2010. http://bit.ly/fVdrQD; Anna Johnson, “iPad Sales To Grow By 127 Percent in 2011,”\n"
        "Kikabink News, Dec. 15, 2010. http://bit.ly/fQXWNy\n"
        "2. Mobile DTV and ITV presentation by Pearl consortium at Borrell conference, March 3, 2011.\n"
    )
    refs = parse_text(text)
    assert [n.number for n in refs.notes] == [1, 2]
    assert refs.warnings == ()
    first = refs.notes[0].citations[0]
    assert (first.date, first.url) == ("Dec. 2, 2010", "http://bit.ly/fVdrQD")
    assert [c.url for c in refs.notes[0].citations] == ["http://bit.ly/fVdrQD", "http://bit.ly/fQXWNy"]


def test_a_url_broken_across_lines_is_joined() -> None:
    text = (
        "1. Brian Padden, “Pivot,” Voice of America, October 26, 2015, http://www.voanews.com/content/russias-\n"
        "asian-pivot/3022965.html.\n\n"
        "2. X Y, “Z,” The Diplomat, May 1, 2015, http://thediplomat.com/2015/09/\n"
        "japan-wary/.\n"
    )
    refs = parse_text(text)
    assert refs.notes[0].citations[0].url == "http://www.voanews.com/content/russias-asian-pivot/3022965.html"
    assert refs.notes[1].citations[0].url == "http://thediplomat.com/2015/09/japan-wary/"


def test_a_long_second_paragraph_continues_its_note() -> None:
    long = "This note goes on with commentary that is long enough to be a paragraph of its own. " * 2
    text = f"1. A, “B,” C, May 1, 2015.\n\n{long}\n\n2. A, “D,” C, May 2, 2015.\n"
    refs = parse_text(text)
    assert len(refs.notes) == 2
    assert refs.notes[0].text.endswith(long.strip())


def test_commentary_only_note_has_no_citation() -> None:
    refs = parse_text("1. This point is disputed by many analysts.\n2. A, “D,” C, May 2, 2015.\n")
    assert refs.notes[0].citations == ()
    assert refs.notes[0].text == "This point is disputed by many analysts."


def test_ibid_after_a_commentary_note_is_kept_and_flagged() -> None:
    refs = parse_text("1. This point is disputed.\n2. Ibid.\n")
    (c,) = refs.notes[1].citations
    assert c.ibid and c.unresolved and c.refers_to is None
    assert any(w.startswith("note 2:") for w in refs.warnings)


def test_missing_markers_are_reported_once() -> None:
    refs = parse_text("Body without markers.\n\n1. A, “B,” C, May 1, 2015.\n2. A, “D,” C, May 2, 2015.\n")
    assert [w for w in refs.warnings if "no marker" in w] == ["no marker found in the text for 2 note(s): 1, 2"]


@pytest.mark.parametrize("text", ["", "   \n\n", "Just prose, no notes at all.\nAnother line."])
def test_no_notes_is_a_parse_error(text: str) -> None:
    with pytest.raises(ParseError) as err:
        parse_text(text, source="article.txt")
    assert str(err.value).startswith("article.txt:")
    assert "\n" not in str(err.value)


def test_a_monster_note_is_kept_but_read_from_its_start_only() -> None:
    import time

    text = "1. Jane Doe, “T,” The Times, May 1, 2015, http://t.example/a; " + "(a; “b, 1" * 300_000 + "\n"
    t0 = time.perf_counter()
    refs = parse_text(text)
    assert time.perf_counter() - t0 < 5
    assert refs.notes[0].text == text[3:].strip()
    assert refs.notes[0].citations[0].url == "http://t.example/a"
    assert any("characters long; citations were read from its first 20,000 only" in w for w in refs.warnings)


def test_control_characters_are_removed_and_unicode_line_breaks_are_line_breaks() -> None:
    refs = parse_text("1. Jane \x1b[31mDoe, “T,” The Times, May 1, 2015.\u20282. Ibid.\x07\n")
    assert [n.text for n in refs.notes] == ["Jane [31mDoe, “T,” The Times, May 1, 2015.", "Ibid."]


def test_notes_heading_and_running_heads_between_notes() -> None:
    text = (
        "Body text cites this.1 And this.2\n\nNotes\n\n1. Jane Doe, “One,” The Times, May 1, 2015.\n\n"
        "Journal of Examples 12\n\n2. Ibid., 4.\n"
    )
    refs = parse_text(text)
    assert [n.text for n in refs.notes] == ["Jane Doe, “One,” The Times, May 1, 2015.", "Ibid., 4."]
    assert [n.context for n in refs.notes] == ["Body text cites this.", "And this."]


def test_notes_numbered_with_a_bare_number_and_a_space_are_read_in_sequence() -> None:
    # a law review's footnotes copied from its PDF as plain text: the superscript number, then a space
    refs = parse_text(
        "1 Yonathan A. Arbel & David A. Hoffman, Generative Interpretation, 99 N.Y.U. L. REV. 451 (2024).\n"
        "2 Id. at 455. The court\n"
        "45 times declined to read it so.\n"  # a line of note 2 opening with a number out of sequence
        "3 See Arbel & Hoffman, supra note 1, at 460.\n"
    )
    assert [n.number for n in refs.notes] == [1, 2, 3]
    assert refs.notes[1].text.endswith("The court 45 times declined to read it so.")
    assert (refs.notes[2].citations[0].refers_to, refs.notes[2].citations[0].pages) == (1, "460")
    # with one line in a usual form (`1.`), bare numbers are lines of text, as before
    mixed = parse_text("1. Jane Doe, “One,” The Times, May 1, 2015.\n2 Ibid.\n")
    assert [n.number for n in mixed.notes] == [1]
