"""Every book a note names by its imprint, and every article by its journal issue, ends up a citation, whatever
the sentence around it (coverage.py).

The notes are real (dev split of the corpus, tests/parse/corpus/SOURCES.md), each a sentence of comment that names
a work in passing, except where a test says it prints a real note's form with other works in it."""

from __future__ import annotations

from checker.models import Citation, CitationKind
from checker.parse import parse_text


def citations(note: str) -> tuple[Citation, ...]:
    (parsed,) = parse_text(f"1. {note}\n").notes
    return parsed.citations


def books(note: str) -> list[tuple[tuple[str, ...], str | None, str | None, str | None]]:
    return [(c.authors, c.title, c.publisher, c.date) for c in citations(note) if c.kind is CitationKind.BOOK]


def articles(note: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.title, c.container, c.date) for c in citations(note) if c.kind is CitationKind.JOURNAL]


def test_a_book_named_in_passing_by_its_authors_possessive_is_a_citation() -> None:
    # British fiction's geography (Cultural Analytics 2018), note 5
    note = ("See, for example, treatments of the London of Charles Dickens and of Arthur Conan Doyle in two otherwise "
            "disparate sources, Franco Moretti's Atlas of the European Novel 1800-1900 (London: Verso, 1998) and the "
            "online magazine the Londonist.")  # fmt: skip
    assert (("Franco Moretti",), "Atlas of the European Novel 1800-1900", "Verso", "1998") in books(note)


def test_books_named_in_a_list_inside_a_sentence_are_each_a_citation() -> None:
    # Whitman's correspondence (Scholarly Editing 2016), note 30
    note = ("Whitman’s literary executors (Traubel, Bucke, and Thomas Harned) were the first to publish selections of "
            "his correspondence in volumes like In Re Walt Whitman (Philadelphia: David McKay, 1893), The Wound "
            "Dresser (Boston: Small, Maynard & Company, 1898), and Calamus.")  # fmt: skip
    assert [(b[2], b[3]) for b in books(note)] == [("David McKay", "1893"), ("Small, Maynard & Company", "1898")]


def test_an_imprint_a_citation_already_holds_makes_no_second_citation() -> None:
    # a book in the seed's form, and The New Jim Crow's imprint printed publisher first (Carceral archive, Cultural
    # Analytics 2019, note 1); a translation's two imprints are one book's (Parameters 2021, Broken nest, note 11)
    assert len(citations("Jane Doe, A Book About Things (London: Verso, 1998), 12.")) == 1
    note = ("Michelle Alexander, The New Jim Crow: Mass Incarceration in the Age of Colorblindness (The New Press: New "
            "York, 2011).")  # fmt: skip
    assert len(citations(note)) == 1
    note = ("Shou Xiaosong, ed., 战略学 [Science of Military Strategy] (Beijing: Military Science Press, 2013), "
            "translated by the China Aerospace Studies Institute (Montgomery, AL: Air University, 2021), hereafter "
            "cited as *Science of Military Strategy,* 143.")  # fmt: skip
    assert len(citations(note)) == 1


def test_an_editors_name_before_an_imprint_is_no_book() -> None:
    # Human sciences and STEM (Scholarly Editing 2016), note 2: the last of a book's editors
    note = ("For an important context, see Application of Big Data for National Security: A Practitioner’s Guide to "
            "Emerging Technologies, ed. Babak Akhgar, Gregory Saathoff, Hamid Arabnia, Richard Hill, Andrew "
            "Staniforth, and Petra Saskia Bayerl (Oxford, UK: Butterworth-Heinemann, 2015), and in particular "
            "chapter 6, Bethany Nowviskie and Gregory Saathoff, “Interpretation and Insider Threat: Rereading the "
            "Anthrax Mailings of 2001 through a ‘Big Data’ Lens,” 55–67. Preprint version available at "
            "http://libra.virginia.edu/catalog/libra-oa:8347.")  # fmt: skip
    assert all("Bayerl" not in (b[1] or "") for b in books(note))


def test_two_books_printed_in_one_city_are_two_books() -> None:
    # the form of British fiction's geography, note 10 (Cultural Analytics 2018), with two books printed in London
    note = ("See especially Franco Moretti's Atlas of the European Novel (London: Verso, 1998), and Raymond "
            "Williams's The Country and the City (London: Chatto & Windus, 1973), for two maps of it.")  # fmt: skip
    assert [b[2] for b in books(note)] == ["Verso", "Chatto & Windus"]


def test_an_article_named_in_passing_by_its_quoted_title_and_journal_issue_is_a_citation() -> None:
    # "Live Oak, with Moss" (Scholarly Editing 2012), note 22: the article after a quotation from it
    note = ("See also Richard Tayson, who emphasizes \"that the natural world approves of Whitman's homosexual union "
            "with his friend, his lover, and of their 'manly love'\" in \"The Casualties of Walt Whitman,\" Virginia "
            "Quarterly Review 81 (Spring 2005): 79-95. While observing the paste-over revision to Poem III in their "
            "editions of \"Live Oak, with Moss\" (see note 1), Fone and Erkkila each reprint Bowers's transcription.")
    assert ("The Casualties of Walt Whitman", "Virginia Quarterly Review", "Spring 2005") in articles(note)


def test_an_article_the_citation_around_it_already_is_makes_no_second_citation() -> None:
    # The Young Idea (Scholarly Editing 2016), note 1: the title's full stop inside the quotes
    note = "Lionel Hunt, “Publishing and Printing on board ships.” The Mariner’s Mirror. 74 (1988): 329-34."
    assert len(citations(note)) == 1


def test_a_book_whose_imprint_is_in_brackets_inside_a_parenthesis_is_a_citation() -> None:
    # Cranch's Journal (Scholarly Editing 2014), note 92: CMOS 14.35's brackets for an imprint inside parentheses
    note = ("Cranch's \"Journal\" consists of the author's private papers, which were not originally meant to be "
            "transmitted and consumed, so my purpose is primarily documentary (D. F. McKenzie, Bibliography and the "
            "Sociology of Texts [Cambridge: Cambridge University Press, 1999], 15).")  # fmt: skip
    assert (("D. F. McKenzie",), "Bibliography and the Sociology of Texts", "Cambridge University Press", "1999") in (
        books(note)
    )


def test_a_books_writers_are_read_whole_not_from_the_last_name_of_their_list() -> None:
    # Ongoing genocides (Genocide Studies and Prevention 2021), note 64: a stray `;.` runs two citations together,
    # and the book inside is found with both its editors
    note = ("Louk Hagendoorn and Shervin Nekuee, eds., Education and Racism: A Cross National Inventory of Positive "
            "Effects of Education on Ethnic Tolerance (New York: Routledge, 2018);. Elizabeth Vera et al., “Education "
            "Interventions for Reducing Racism,” in The Cost of Racism for People of Color: Contextualizing "
            "Experiences of Discrimination, ed. Alvin N. Alvarez et al. (American Psychological Association, 2016), "
            "295–316.")  # fmt: skip
    assert [b[0] for b in books(note) if b[2] == "Routledge"] == [("Louk Hagendoorn", "Shervin Nekuee")]


def test_a_law_review_article_named_in_a_sentence_is_a_citation_but_not_one_an_explanation_quotes() -> None:
    # Contract remedies (W. Va. L. Rev. 2015), note 28; Uncontested prosecutor elections (Am. Crim. L. Rev. 2023),
    # note 6, whose source quoted in a parenthetical is no citation of the note's (Bluebook 1.5)
    note = ("See FRIED, supra note 22 (arguing for expectation damages), and the intermediate approach taken by Thomas "
            "Scanlon, Promises and Practices, 19 PHIL. & PUB. AFF. 199, 205 (1990) (contending that if compensation "
            "and performance are of equal value to the promisee then moral principles will be neutral between the "
            "two).")  # fmt: skip
    assert ("Promises and Practices", "PHIL. & PUB. AFF.", "1990") in articles(note)
    note = ("Note, Prosecutorial Accountability, 135 HARV. L. REV. 1 (2022) (“incumbents win so often that ‘retention "
            "rates . . . would make a candidate for the Supreme Soviet blush.’” (footnotes omitted) (quoting Ronald F. "
            "Wright & Marc L. Miller, The Worldwide Accountability Deficit for Prosecutors, 67 WASH. & LEE L. REV. "
            "1587, 1606 (2010))).")  # fmt: skip
    assert all(a[1] != "WASH. & LEE L. REV." for a in articles(note))


def test_a_cases_report_is_no_law_review_article() -> None:
    # Consumer activism (DePaul L. Rev. 2020), note 113: a case and its later history, `580 B.R. 536, 556 (…)`
    note = ("See, e.g., Sundquist v. Bank of Am., N.A., 566 B.R. 563, 620 (Bankr. E.D. Cal. 2017), va- cated in part "
            "sub nom. In re Sundquist, 580 B.R. 536, 556 (Bankr. E.D. Cal. 2018) (ordering $45 million in punitive "
            "damages against bank). Punitive damages can lure consumers into action— especially sophisticates—but the "
            "point is that for nudniks, the financial payment is not the pri- mary motive.")  # fmt: skip
    assert articles(note) == []
