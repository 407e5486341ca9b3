"""Splitting a note into citations without cutting inside titles or parentheses."""

from __future__ import annotations

import pytest

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


# CRS R48179 (dev): notes 14, 25, 31, 12 and 17
def test_a_citation_in_a_see_parenthesis_inside_a_comment_is_split_out() -> None:
    note = (
        'Ticketmaster acquired TicketWeb in 2000 (see Bruce Orwall, "Ticketmaster Buys TicketWeb," '
        "Wall Street Journal, May 30, 2000, https://www.wsj.com/articles/SB959636314630051866)."
    )
    assert texts(note)[-1] == (
        'Bruce Orwall, "Ticketmaster Buys TicketWeb," Wall Street Journal, May 30, 2000, '
        "https://www.wsj.com/articles/SB959636314630051866"
    )


def test_a_question_mark_inside_a_straight_quoted_title_ends_no_sentence() -> None:
    note = 'Marco della Cava, "Springsteen Tickets for $4,000? How Dynamic Pricing Works," USA Today, August 17, 2022.'
    assert texts(note) == [note]


def test_a_code_section_ends_a_citation_before_a_sentence_of_comment() -> None:
    assert texts("P.L. 114-274; 15 U.S.C. §45c. The law allows the circumvention of controls.")[:2] == [
        "P.L. 114-274",
        "15 U.S.C. §45c.",
    ]


def test_and_after_a_url_or_a_page_starts_the_next_citation_even_for_a_one_word_author() -> None:
    assert texts('See X, "A," Help Center, https://a.example/x, and AXS, "B?," AXS Help Center, https://b.example/y.')[
        1
    ].startswith('AXS, "B?,"')
    assert texts('GAO, Event Ticket Sales, pp. 42-45, and Hannah Karp, "StubHub," Wall Street Journal, 2014.') == [
        "GAO, Event Ticket Sales, pp. 42-45",
        'Hannah Karp, "StubHub," Wall Street Journal, 2014.',
    ]


def test_a_harvard_head_and_available_from_stay_with_their_citation() -> None:
    # Journal of Cultural Analytics 2017 (O'Leary and Moreton) notes 7 and 9 (dev)
    one = "University of Cambridge 2015. Darwin Correspondence Project. Available from: http://www.d.ac.uk/."
    assert [p.text for p in split_note(one)] == [one]
    two = "Maynooth University 2015. Letters of 1916 [Online]. Available from: http://l.ie/. Accessed March 15, 2017."
    assert [p.text for p in split_note(two)] == [two]
    # a sentence of prose ending in a year still ends there
    assert len(split_note("The war ended in 1945. Jane Doe, A Book (London: Example Press, 2010).")) == 2


def test_a_manuscripts_mark_place_date_and_archive_are_one_citation() -> None:
    # Journal of Social History 2021 (Barleta) note 17 (dev)
    note = (
        '"Report of the governor Antonio Paes de Sande..." Manuscript. Lisbon, January 8, 1693. Arquivo Histórico '
        "Ultramarino (AHU), São Paulo-Mendes Gouveia (SP-MG), box 10, doc. 1836."
    )
    assert texts(note) == [note]
    # an archive's name after an ordinary citation still starts a new one
    two = "Jane Doe, A Book (London: Example Press, 2010), 4. Library of Congress, Annual Report, 2011."
    assert len(texts(two)) == 2


def test_an_access_date_or_a_url_then_and_ends_a_citation() -> None:
    # Heritage, Mandate for Leadership ch. 14 notes 16 and 31 (dev)
    assert texts(
        "18 U.S.C. 1461, https://www.law.cornell.edu/uscode/text/18/1461 (accessed March 16, 2023), and 18 U.S.C. "
        "1462, https://www.law.cornell.edu/uscode/text/18/1462 (accessed March 16, 2023)."
    ) == [
        "18 U.S.C. 1461, https://www.law.cornell.edu/uscode/text/18/1461 (accessed March 16, 2023)",
        "18 U.S.C. 1462, https://www.law.cornell.edu/uscode/text/18/1462 (accessed March 16, 2023).",
    ]
    parts = texts(
        'Nina Owcharenko Schaefer, "Medicaid at 55," Heritage Foundation Backgrounder No. 3604, April 14, 2021, '
        'https://www.heritage.org/sites/default/files/2021-04/BG3604_0.pdf , and Brian C. Blase, "Punishing '
        'Conservative States," Paragon Health Institute, December 2021, https://paragoninstitute.org/x.html.'
    )
    assert len(parts) == 2 and parts[1].startswith("Brian C. Blase")


def test_an_access_date_whose_parenthesis_was_lost_then_and_ends_a_citation() -> None:
    # Heritage, Mandate for Leadership ch. 14 note 9 (dev): `<url>accessed March 22, 2023), and H.R. 632, …`
    parts = texts(
        "S. 15, Act of 2023, introduced January 23, 2023, https://www.congress.gov/118/bills/s15/BILLS-118s15is.pdf "
        "accessed March 22, 2023), and H.R. 632, Act of 2023, introduced January 30, 2023 "
        "https://www.congress.gov/118/bills/hr632/BILLS-118hr632ih.pdf (accessed March 22, 2023)."
    )
    assert len(parts) == 2 and parts[1].startswith("H.R. 632")


def test_a_bibliography_imprint_stays_with_its_book() -> None:
    # Journal of Early American History 2017 (Kane) notes 2 and 11 (dev): `Title. Place: Publisher, Year.`
    note = (
        "Kees-Jan Waterman, and J. Michael Smith. Munsee Indian Trade in Ulster County, New York, 1712-1732. "
        "Syracuse, N.Y.: Syracuse University Press, 2013."
    )
    assert texts(note) == [note]
    note = (
        "Graham, Shawn, Ian Milligan, and Scott Weingart. Exploring Big Historical Data: The Historian's "
        "Macroscope. Reprint edition. London: Imperial College Press, 2015 1-36 and 195-264."
    )
    assert texts(note) == [note]
    # a citation that ends in a year and a sentence of comment after it still split
    assert len(texts("Jane Doe, A Book (London: Example Press, 2010). Boston was the capital of the trade.")) == 2


def test_an_articles_title_in_bibliography_form_stays_with_its_journal_and_a_comment_after_it_splits() -> None:
    # Journal of Early American History 2017 (Kane) note 16 (dev): `"Title." Journal 3, no. 1 (2002). <url>`
    note = (
        'For an overview, see Christopher McCarty, "Structure in Personal Networks." Journal of Social Structure '
        "3, no. 1 (2002). https://www.cmu.edu/joss/content/articles/volume3/McCarty.html."
    )
    assert texts(note) == [note]
    note = (
        'Robert Michael, "Kaskaskia Social Network." For discussion of the spatial extent of colonial '
        "influence, see the works below. They are many."
    )
    assert texts(note) == [
        'Robert Michael, "Kaskaskia Social Network.',  # (the split leaves the closing quote behind)
        "For discussion of the spatial extent of colonial influence, see the works below.",
        "They are many.",
    ]
    # a Bluebook book after a quotation is no journal (Vanderbilt 2020, Nudnik, note 1, dev)
    note = (
        "The word nudnik derives from Yiddish. It can be roughly translated to “busybody” or “nag.” "
        "LION KOPPMAN & STEVE KOPPMAN, A TREASURY OF AMERICAN-JEWISH FOLKLORE 232 (1998)."
    )
    assert len(texts(note)) == 3


def test_esp_before_a_pinpoint_ends_no_citation() -> None:
    # Tatlock et al. (Cultural Analytics 2018), note 11 (dev), shortened
    assert texts(
        "On the social roles of the public library, see Christine Pawley, Reading on the Middle Border "
        "(Amherst: University of Massachusetts Press, 2001), esp. 34; Dee Garrison, Apostles of Culture "
        "(New York: The Free Press, 1979), esp. 36."
    )[1] == "Dee Garrison, Apostles of Culture (New York: The Free Press, 1979), esp. 36."


def test_a_second_chapter_after_an_imprint_and_its_pages() -> None:
    # Tatlock et al. (Cultural Analytics 2018), note 23 (dev), shortened
    assert len(texts(
        'See Lynne Tatlock, "Romance in the Province," in Print Culture Beyond the Metropolis, edited by James J. '
        "Connolly (Toronto: Toronto University Press, 2016), 304-330 and \"The One and the Many,\" in Distant "
        "Readings, edited by Matt Erlin and Lynne Tatlock (Rochester, NY: Camden House, 2014), 229-56."
    )) == 2


# ------------------------------------------------------------------ Gavin and Gidal, Scotland's Poetics of Space (dev)
@pytest.mark.parametrize(
    "note",
    [
        # note 5: a second book by the same author, then another author's
        "R.H. Campbell, Scotland Since 1707 (Oxford UP, 1965) and The Rise and Fall of Scottish Industry, 1707-1939 "
        "(Edinburgh UP, 1980)",
        # note 38: two journal articles, the first ended by its dated parenthesis
        'A. Getis and J. K. Ord, "The Analysis of Spatial Association," Geographical Analysis 24, 3 (1992) and J. K. '
        'Ord and A. Getis, "Local Spatial Autocorrelation Statistics," Geographical Analysis 27, 4 (1995)',
    ],
)
def test_a_dated_parenthesis_then_and_starts_a_second_citation(note: str) -> None:
    assert len(texts(note)) == 2


def test_two_years_in_a_sentence_of_comment_split_nothing() -> None:
    assert len(texts("Jones (2003) and Smith (2005) argue the opposite.")) == 1


def test_a_string_of_cases_splits_before_each_case_name() -> None:
    # Reid, Internet Architecture and Disability, 95 Ind. L.J. (dev), note 46, shortened
    note = (
        "Compare Pallozzi v. Allstate Life Ins., 198 F.3d 28, 32 (2d Cir. 1999) (subsequent history omitted) "
        "(extending Title III to insurance policies), and Carparts Distribution Ctr., Inc. v. Auto. Wholesaler’s "
        "Ass’n, 37 F.3d 12, 20 (1st Cir. 1994) (extending Title III), with McNeil v. Time Ins., 205 F.3d 179, 186 "
        "(5th Cir. 2000) (same), "
        "Weyer v. Twentieth Century Fox Film Corp., 198 F.3d 1104, 1115 (9th Cir. 2000) (same), and Parker v. Metro. "
        "Life Ins., 121 F.3d 1006, 1014 (6th Cir. 1997) (same)."
    )
    heads = [t.split(",")[0] for t in texts(note)]
    assert heads == [
        "Compare Pallozzi v. Allstate Life Ins.", "Carparts Distribution Ctr.", "McNeil v. Time Ins.",
        "Weyer v. Twentieth Century Fox Film Corp.", "Parker v. Metro. Life Ins.",
    ]  # fmt: skip


def test_subsequent_history_and_a_quoting_parenthetical_stay_with_their_case() -> None:
    note = (
        "Access Now, Inc. v. Sw. Airlines Co., 227 F. Supp. 2d 1312, 1318 (S.D. Fla. 2002) (quoting Weyer, 198 F.3d at "
        "1114)), aff’d on other grounds, 385 F.3d 1324 (11th Cir. 2004), with Robles v. Domino’s Pizza, LLC, 913 F.3d "
        "898, 905 (9th Cir. 2019)."
    )
    assert len(texts(note)) == 1  # `with` starts a second case only after `Compare`
    assert len(texts("Compare " + note)) == 2


def test_a_case_name_with_v_is_no_sentence_of_comment() -> None:
    note = "see also Peoples v. Discover Fin. Servs., Inc., 387 F. App’x 179, 183–84 (3d Cir. 2010) (rejecting it)."
    assert len(texts(note)) == 1


def test_code_sections_cited_inside_a_sentence_of_comment_are_citations() -> None:
    # Reid note 16 and Wu, Handle with Care (dev), note 49
    assert texts(
        "Place-centrism is uncommon in disability laws outside of Title III of the ADA; Title I focuses on "
        "employment, 42 U.S.C. ch. 126, subch. I (2012); and Title IV focuses on telecommunications relay services, "
        "47 U.S.C. § 225 (2012)."
    )[-2:] == ["42 U.S.C. ch. 126, subch. I (2012)", "47 U.S.C. § 225 (2012)"]
    assert texts(
        "Other states that limit relief to spouses include Florida (FLA. STAT. § 741.28 (2003)), Georgia (GA. CODE "
        "ANN. § 19-13-10 (2015)), and Kentucky (KY. REV. STAT. ANN. § 403.720 (West 2019))."
    ) == ["FLA. STAT. § 741.28 (2003)", "GA. CODE ANN. § 19-13-10 (2015)", "KY. REV. STAT. ANN. § 403.720 (West 2019)"]


def test_a_section_a_statute_is_codified_at_and_one_a_citation_starts_with_stay_whole() -> None:
    assert len(texts("as the Lilly Ledbetter Fair Pay Act of 2009, Pub. L. No. 111-2, 123 Stat. 5 (codified at 42 "
                     "U.S.C. § 2000e-5 (2009)) holds, pay matters")) == 1  # fmt: skip
    assert len(texts("See 17 U.S.C. § 106 (2018) (“Subject to sections 107 through 122, the owner has rights”).")) == 1


def test_books_listed_with_commas_split_after_each_imprint() -> None:
    # Evans and Wilkens (Cultural Analytics 2018), note 8 (dev)
    assert texts(
        "Peter Ackroyd, London: The Biography (New York: Doubleday, 2000), David Kynaston, City of London. 4 Vols. "
        "(London: Chatto & Windus, 1994-2001), and Roy Porter, London: A Social History (Cambridge, MA: Harvard UP, "
        "1995)."
    )[1].startswith("David Kynaston")


def test_an_old_title_running_on_after_a_semicolon_is_one_citation() -> None:
    # Gavin and Gidal (Cultural Analytics 2017), note 15 (dev)
    assert len(texts(
        "John Sinclair, Analysis of the Statistical Account of Scotland; with a General View of the History of That "
        "Country, 2 vols. (Edinburgh, 1825-26)."
    )) == 1  # fmt: skip


def test_compare_id_with_a_supra_is_two_citations() -> None:
    assert texts("Compare id. at 405, with Lemley & Casey, supra note 1, at 1330.") == [
        "Compare id. at 405",
        "Lemley & Casey, supra note 1, at 1330.",
    ]


def test_an_editor_named_after_a_full_stop_goes_on_with_the_book() -> None:
    # Evans and Wilkens (Cultural Analytics 2018), note 6 (dev)
    assert len(texts(
        'See Virginia Woolf, "Literary Geography," [1905] The Essays of Virginia Woolf. Vol 1. Ed. Andrew McNeillie '
        "(London: Hogarth Press, 1986)."
    )) == 1  # fmt: skip


def test_an_article_after_its_journals_dated_volume_and_pages_ends_before_and_a_name() -> None:
    # Evans and Wilkens (Cultural Analytics 2018), note 32 (dev)
    assert texts(
        'Regarding the recurring neglect of women writers in modernist studies, see Anne Fernald, "Women\'s Fiction, '
        'New Modernist Studies, and Feminism," Modern Fiction Studies 59.2 (2013): 229-40, and Jane Garrity, "Found '
        'and Lost: The Politics of Modernist Recovery," Modernism/modernity 15.4 (2008): 803-12.'
    )[1].startswith("Jane Garrity")
    # Cultural Analytics 2018, linked reading of Othello, note 10 (dev): no comma before `and`
    assert texts(
        'David McKitterick, Not in STC", The Library 6 (2005): 178-94 and Stephen Tabor, "ESTC and the '
        'Bibliographical Community," The Library 8 (2007): 367-86.'
    )[1].startswith("Stephen Tabor")
    # `and` joining two names of one citation stays: no dated volume and pages before it
    assert len(texts('Jane Doe and John Roe, "A Title," Journal 3 (2001): 4-9.')) == 1


def test_a_clause_of_comment_after_a_books_imprint_is_no_part_of_the_citation() -> None:
    # Technology and Culture 2019 (parliament infrastructure), note 25 (dev)
    assert texts(
        "Scholarly discussions of the P&O Company and Crawford report include Freda Harcourt, Flagships of "
        "Imperialism (Manchester: Manchester University Press, 2006), but these events are missing from most "
        "histories of the post office."
    ) == [
        "Scholarly discussions of the P&O Company and Crawford report include Freda Harcourt, Flagships of "
        "Imperialism (Manchester: Manchester University Press, 2006)",
        "but these events are missing from most histories of the post office.",
    ]

    # So, Long and Zhu (Cultural Analytics 2019), note 15, and Vierthaler (2016), note 19 (dev): `, who …`, `is …`
    assert texts(
        "Also see Mustafa Emirbayer and Matthew Desmond, The Racial Order (Chicago: University of Chicago Press, "
        "2015), who argue that race is central."
    )[0].endswith("2015)")
    assert texts(
        "Frederick Mosteller and David Wallace, Applied Bayesian and Classical Inference: The Case of the Federalist "
        "Papers (New York: Springer-Verlag, 1984) is considered a classic of this type of study."
    )[1] == "is considered a classic of this type of study."


def test_a_book_named_by_its_authors_possessive_after_an_imprint_starts_a_citation() -> None:
    # Evans and Wilkens (Cultural Analytics 2018), note 10 (dev)
    assert [t[:22] for t in texts(
        "See especially Susan Stanford Friedman, Mappings: Feminism and the Cultural Geographies of Encounter "
        "(Princeton and Oxford: Princeton, 1998), Franco Moretti's Atlas of the European Novel and Graphs, Maps, Trees "
        "(London: Verso, 2005), and Mikhail Bakhtin, The Dialogic Imagination: Four Essays, ed. Michael Holquist, "
        "trans. Caryl Emerson and Michael Holquist (Austin: University of Texas Press, 1982)."
    )] == ["See especially Susan S", "Franco Moretti's Atlas", "Mikhail Bakhtin, The D"]  # fmt: skip


def test_a_roman_numeral_pinpoint_after_an_imprint_ends_the_citation() -> None:
    # Winterer (MIH 2012), note 39 (dev)
    assert texts(
        "On his languages, see M. Freiberg, ed., Winthrop Papers, Vol. 6: 1650-1654 (Boston, MA, 1992), x. On "
        'annotations in Latin, see C. Browne, "Scientific Notes from the Books and Letters of John Winthrop, Jr. '
        '(1606-1676)," Isis, 11 (Dec. 1928), 325-342, esp. 327.'
    )[0].endswith("(Boston, MA, 1992), x.")


def test_a_short_form_then_a_sentence_of_comment_are_two_pieces() -> None:
    # Kane (Journal of Early American History 2017), note 24 (dev)
    assert texts(
        "Waterman and Smith, Munsee Indian Trade. For differences in purchasing patterns between the Wendell and "
        "Ulster account books, see Ibid., 13--15 and 35."
    )[0] == "Waterman and Smith, Munsee Indian Trade."
    # a title with a full stop in it, then more title, stays whole
    assert len(texts("Doe, Fake Cases. A Judge Is Fooled by Machines, 12.")) == 1


def test_a_reprint_or_translation_named_after_a_full_stop_is_a_citation_of_its_own() -> None:
    # The Life Cycles of Genres (Cultural Analytics 2016), note 11, and Barleta (JSH 2021), note 15 (dev):
    # where a work was reprinted or translated is a second source (CMOS 14.111)
    assert texts(
        'Ronald Knox, "Introduction," The Best Detective Stories of 1928-29, ed. Ronald Knox. Reprinted in Haycraft, '
        "Howard, Murder for Pleasure (New York: Biblio and Tannen, 1976)."
    ) == [
        'Ronald Knox, "Introduction," The Best Detective Stories of 1928-29, ed. Ronald Knox',
        "Reprinted in Haycraft, Howard, Murder for Pleasure (New York: Biblio and Tannen, 1976).",
    ]
    translated = (
        "Frei Vicente do Salvador, Historia do Brazil (Rio de Janeiro: Odebrecht, 2008), fl. 6v. "
        "Translated in Richard M. Morse, ed., The Bandeirantes (New York: Alfred A. Knopf, 1965), 8-9."
    )
    assert len(texts(translated)) == 2
    # `reprinted in` inside a sentence is no split point
    assert len(texts("A B, Title (London: Verso, 1990), first reprinted in 1995.")) == 1


def test_short_forms_with_unquoted_titles_joined_by_and_are_two() -> None:
    # Victorian Periodicals Review 2018 (dev), note 4: a pinpoint ends one short form, `and` and names start the next
    texts = [p.text for p in split_note(
        "A comparison can be seen in Dicken-Garcia, Journalistic Standards, 66-7 and Curran and Seaton, Power "
        "Without Responsibility, 43, 52."
    )]  # fmt: skip
    assert texts[-1] == "Curran and Seaton, Power Without Responsibility, 43, 52."
    assert texts[-2].endswith("Journalistic Standards, 66-7")


def test_two_titles_in_straight_quotes_sharing_a_journal_are_joint() -> None:
    pieces = split_note(
        'Susan Kingsley Kent, "Mistrials and Diatribulations: A Reply to Joan Hoff," and Joan Hoff, "A Reply to My '
        "Critics,\" Women's History Review 5, no. 1 (1996): 9-18."
    )
    assert len(pieces) == 2 and pieces[0].joint


def test_see_also_after_a_code_section_whose_full_stop_the_pdf_lost_or_set_apart() -> None:
    assert texts(
        "LA. REV. STAT. ANN. § 9:1131.2 See also FLA. STAT. ANN. § 718.103 . Sometimes, legislators set language "
        "requirements that employ all-caps."
    ) == [
        "LA. REV. STAT. ANN. § 9:1131.2", "See also FLA. STAT. ANN. § 718.103 .",
        "Sometimes, legislators set language requirements that employ all-caps.",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "note",
    [
        # Journal of Cultural Analytics (2019), notes 27 and 13 (corpus: ca-2019-fiction-information-history)
        "Andrew Piper, txtlab Multilingual Novels, 2016. Figshare.",
        '"information, n." OED Online. June 2017. Oxford University Press. (accessed December 21, 2017).',
        # a signature after `sig.` ends the citation it pins (corpus: ca-2018-linked-reading-othello)
        "Peter Martyr, The history of travayle in the West and East Indies, trans. Richard Eden (London, 1577), "
        "sig. A4v.",
    ],
)
def test_a_short_name_ending_the_note_is_its_publisher_or_platform_not_a_citation(note: str) -> None:
    assert len(split_note(note)) == 1


def test_ibid_ending_the_note_is_still_a_citation_of_its_own() -> None:
    assert len(split_note("Andrew Piper, Enumerations (Chicago: University of Chicago Press, 2018), 12. Ibid.")) == 2


@pytest.mark.parametrize(
    "note",
    [
        # Tc (2019), notes 17 and 19 (corpus: tc-2019-parliament-infrastructure): an old book's subtitle after `;`
        "Ranajit Guha, A Rule of Property for Bengal; an Essay on the Idea of Permanent Settlement. "
        "(Paris: Mouton, 1963)",
        "Daniel Thorner, Investment in Empire; British Railway and Steam Shipping Enterprise in India, 1825-1849 "
        "(Philadelphia: University of Pennsylvania Press, 1950)",
    ],
)
def test_a_semicolon_between_an_old_title_and_its_subtitle_does_not_split(note: str) -> None:
    assert len(split_note(note)) == 1


def test_a_semicolon_before_another_authors_book_still_splits() -> None:
    note = "Guha, Rule of Property; Eric Stokes, The English Utilitarians (Oxford: Clarendon, 1959)"
    assert len(split_note(note)) == 2


@pytest.mark.parametrize(
    ("note", "code"),
    [
        # CRS reports (corpus: crs-2026-commercial-service n8, crs-2026-seafood-imports n27): a law by its public
        # law number, then where the U.S. Code holds it, as a citation of its own
        ("Omnibus Trade and Competitiveness Act of 1988 (P.L. 100-418, Title II §2301, as amended; 15 U.S.C. §4721).",
         "15 U.S.C. §4721"),
        ("As stipulated in the Don Young Coast Guard Authorization Act of 2022 (P.L. 117-263, Division K, Title CXII) "
         "and 16 U.S.C. §1885a.", "16 U.S.C. §1885a"),
    ],
)  # fmt: skip
def test_the_code_section_after_a_public_law_is_a_citation_of_its_own(note: str, code: str) -> None:
    pieces = [p.text for p in split_note(note)]
    assert len(pieces) == 2 and pieces[1].rstrip(".") == code
    assert pieces[0].count("(") == pieces[0].count(")")


def test_and_after_a_books_pinpoint_starts_the_next_book_with_its_translator_or_edition() -> None:
    # Piper, Fictionality (corpus: ca-2016-fictionality, note 2)
    note = (
        "For a thorough discussion see Käthe Hamburger, The Logic of Literature, 2d ed., trans. Marilyn J. Rose "
        "(Bloomington: Indiana UP, 1973), 233 and Gérard Genette, Fiction and Diction, trans. Catherine Porter "
        "(Ithaca: Cornell UP, 1993), 1-29."
    )
    assert len(texts(note)) == 2
    assert texts(note)[1].startswith("Gérard Genette, Fiction and Diction")


def test_a_citation_after_a_quotation_in_straight_quotes_that_ends_a_sentence_is_its_own() -> None:
    # Piper, Fictionality (corpus: ca-2016-fictionality, note 12): `."` then a space was never read as a sentence's end
    note = (
        'This argument picks-up on Dorrit Cohn\'s earlier belief that "fiction is recognizable as fiction only if '
        'and when it actualizes its focalizing potential." Dorrit Cohn, The Distinction of Fiction, 25.'
    )
    assert texts(note)[-1] == "Dorrit Cohn, The Distinction of Fiction, 25."
    # a title in straight quotes ending in an ellipsis goes on with its site (Journal of Women's History 2011, n. 28)
    note = (
        '"Let\'s Run away from the Girls!..." Tenured Radical Blog, posted June 11, 2009, '
        "http://tenured-radical.blogspot.com/2009/06/lets-run-away-from-girls-and-other.html."
    )
    assert len(texts("See " + note)) == 1


def test_what_a_book_is_cited_for_told_after_its_imprint_without_a_comma_is_no_part_of_it() -> None:
    # The Office of the Historian's history of FRUS, chapter 8 (corpus: ho-2015-frus-history-ch8, note 2)
    note = (
        "See, for example, Melvyn P. Leffler, A Preponderance of Power (Stanford: Stanford University Press, 1992) for "
        "how the evolving national security bureaucracy developed and implemented national strategy."
    )
    assert texts(note)[0].endswith("(Stanford: Stanford University Press, 1992)")


def test_a_short_form_in_brackets_after_a_quotation_is_its_source() -> None:
    # Cultural Analytics (corpus: ca-2017-scotland-poetics-of-space, note 27; ca-2018-beyond-poet-voice, note 59)
    note = (
        'Turney and Pantel say that "frequencies of words in a document tend to indicate the relevance of the '
        'document to a query" ("From Frequency to Meaning," 153). When applied to toponyms, it suggests more.'
    )
    assert '"From Frequency to Meaning," 153' in texts(note)
    note = "He remembered: \"we both inherited the same twang.\" (Ashbery, Selected Prose, 171-172.) It is so."
    assert "Ashbery, Selected Prose, 171-172" in texts(note)
    # a quoted writer's name and page is no short form of a work (Self-Repetition, 2018, note 10)
    note = 'I-novels have been called "tedious" accounts of "one\'s life and nothing else" (Yasuoka Shōtarō, 25).'
    assert len(texts(note)) == 1


def test_a_front_matter_page_after_a_short_title_ends_the_citation() -> None:
    # Funk and Mullen, AHR 2018 (corpus: ahr-2018-spine-of-american-law, note 25)
    note = (
        "First Report of the Commissioners, iv. For legislative debates on the Code, see \"Legislative Acts and "
        'Proceedings," Albany Evening Journal, Mar. 31, 1848.'
    )
    assert texts(note)[0] == "First Report of the Commissioners, iv."


def test_a_straight_quote_closed_by_a_curly_one_inside_a_parenthetical_keeps_it_closed() -> None:
    # Arbel & Kaplan, note 25: `"desired … of an error.” And that …` opens straight and closes curly; the sentence
    # after it is still inside the explanatory parenthetical, no citation of its own
    note = ("Amy B. Witman et al., How Do Patients Want Physicians to Handle Mistakes? A Survey, 156 ARCHIVES OF "
            "INTERNAL MED. 2565, 2566 (1996) (finding that 98% of respondents \"desired or expected the physician's "
            "active acknowledgement of an error.” And that \"patients were significantly more likely to sue.\"). "
            "See also Piper Fogg, Minnesota System Agrees to Pay, CHRON. HIGHER EDUC., Feb. 14, 2003, at A12.")
    pieces = texts(note)
    assert len(pieces) == 2
    assert pieces[0].endswith("more likely to sue.\")") and pieces[1].startswith("See also Piper Fogg")


def test_a_parenthesis_never_closed_holds_no_sentence_after_it() -> None:
    # Kafka & Shen, CRS R48915, note 34: the explanation opens `(analyzing` and never closes
    note = ("See, e.g., Riegel v. Medtronic, 552 U.S. 312, 330 (2008) (analyzing the scope of the express preemption "
            "provision, which preempts state requirements that are \"'different from, or in addition to' the "
            "requirements imposed by federal law\" (quoting 21 U.S.C. § 360k(a)(1)). For more information about "
            "federal preemption, see CRS Report R45825, Federal Preemption: A Legal Primer, by Bryan L. Adkins (2023).")
    pieces = texts(note)
    assert len(pieces) == 2 and pieces[1].startswith("For more information")


def test_sections_of_one_code_title_listed_with_semicolons_are_one_citation() -> None:
    # Kafka & Shen, CRS R48915, note 29: `§§` then sections a semicolon apart
    pieces = texts("See 21 U.S.C. §§ 343(s), 355h, 360b; 42 U.S.C. §§ 262(a)(2)(B); 262(a)(2)(D); 262(h); 262(j).")
    assert len(pieces) == 2 and pieces[1].startswith("42 U.S.C. §§ 262(a)(2)(B); 262(a)(2)(D); 262(h)")


def test_a_quotation_closed_with_an_opening_mark_does_not_hide_the_letter_after_it() -> None:
    # chapter 3 of the FRUS history (ho-2015-frus-history-ch3, dev), note 9: `furnish,“` closes the quotation
    assert texts(
        "Although Fish added that “The correspondence will however, be reviewed if practicable, during the recess of "
        "Congress, with a view to the selection of such as may be proper to furnish,“ the Department never produced "
        "an 1869 volume. Fish to Nathaniel P. Banks, May 18, 1872, NARA, RG 59, Reports of the Secretary of State to "
        "the President and Congress, 1790–1906, Report Book 11."
    )[-1].startswith("Fish to Nathaniel P. Banks, May 18, 1872")


def test_a_dated_source_in_brackets_inside_a_sentence_of_comment_is_split_out() -> None:
    # Gagel, Scholarly Editing 36 (scholed-2015-twain-ashcroft-lyon, dev), notes 4 and 27
    assert texts(
        "Usually his complaints involved a need to censor himself depending on to whom he dictated (Twain to Jean "
        "Clemens, February 8, 1909, Detroit Public Library; Twain to William Dean Howells, April 17, 1909, Houghton "
        "Library, Harvard University)."
    )[1:] == [
        "Twain to Jean Clemens, February 8, 1909, Detroit Public Library",
        "Twain to William Dean Howells, April 17, 1909, Houghton Library, Harvard University",
    ]
    assert "“Newly Found Mark Twain Letter Accuses Business Aide of Theft,” New York Times, June 25, 1970, 1" in texts(
        "It was often titled as such (“Newly Found Mark Twain Letter Accuses Business Aide of Theft,” New York Times, "
        "June 25, 1970, 1). That stopped being a common title."
    )
    # Myrick and Ohge, Scholarly Editing 38 (scholed-2017-aprilfools-intro, dev), notes 5, 9 and 18: the day before its
    # month, the paper in italics, `n.p.` for its page
    assert texts("Cable explicitly names “Holmes” (\"The Joke on Mark Twain,\" *New York World*, 10 April 1884, 8).")[
        -1
    ] == '"The Joke on Mark Twain," *New York World*, 10 April 1884, 8'
    assert texts("But I see that the idea was absurd (SLC to OC, 15 October 1881).")[-1] == "SLC to OC, 15 October 1881"
    assert texts('Irving made the suggestion ("Correspondence," *Washington, DC, Republic*, 11 December 1850, n.p.).')[
        -1
    ] == '"Correspondence," *Washington, DC, Republic*, 11 December 1850, n.p.'


def test_a_short_form_by_two_surnames_in_brackets_after_a_quotation_is_its_source() -> None:
    # Pierazzo, Scholarly Editing 35 (scholed-2014-digital-documentary-editions, dev), note 31
    assert texts(
        "“For the sake of convenience, they came to be known as historical and literary editing, a division many "
        "regarded as unrealistic and unfortunate” (Kline and Perdue, A Guide to Documentary Editing, 11)."
    )[-1] == "Kline and Perdue, A Guide to Documentary Editing, 11"


def test_two_sections_of_the_codes_joined_by_and_are_two_citations() -> None:
    # Keating-Bitonti, CRS R47324 (crs-2026-seabed-mining-n41, dev), note 70; Tierno, CRS R48883 (crs-2026-defi-n31,
    # dev), note 34: the bracket the second was cut from does not close it
    assert texts("30 U.S.C. §1412. 15 C.F.R. §970 and 15 C.F.R. §971.") == [
        "30 U.S.C. §1412.", "15 C.F.R. §970", "15 C.F.R. §971."]  # fmt: skip
    assert texts("FinCEN has authority (see 31 U.S.C. §310 and 31 C.F.R. §1010.810(a)).")[-1] == (
        "31 C.F.R. §1010.810(a).")  # fmt: skip
    # one section with its subsections is one
    assert texts("42 U.S.C. §§ 262(a) and 262(h).") == ["42 U.S.C. §§ 262(a) and 262(h)."]


def test_a_semicolon_typed_inside_a_straight_quotation_mark_still_ends_the_citation() -> None:
    # Keating-Bitonti, CRS R47324 (crs-2026-seabed-mining-n41, dev), note 53
    pieces = texts('ISA, "Protection of the Marine Environment;" and Helen Scales, The Brilliant Abyss, (New York: '
                   "Atlantic Monthly Press, 2021), p. 187.")  # fmt: skip
    assert pieces[0] == 'ISA, "Protection of the Marine Environment;"'
    # but not before the journal the quoted title appeared in (ca-2016-menu-distinction, dev)
    assert len(texts('Brian Wansink, "How Descriptive Food Names Bias Sensory Perceptions in Restaurants;" Food '
                     "Quality and Preference 16, no. 5 (2005): 393-400.")) == 1  # fmt: skip


def test_a_law_review_article_ends_at_its_year_when_a_pdfs_stray_text_follows() -> None:
    # Arbel, Nano Contracts (jolt-2024-nano-contracts and its later ranges, dev), notes 10, 104, 121 and 170: the PDF's
    # text ran the article's body into the note, a parenthetical's quotation marks and closing bracket lost
    article = ("See Gianluca Piero Maria Virgilio, High-Frequency Trading: A Literature Review, 33 FIN. MKT. & "
               "PORTFOLIO MGMT. 183, 183 (2019)")  # fmt: skip
    assert texts(article + " - frequency trading has had a profound impact on the micro- .")[0] == article
    assert texts("See Rory Van Loo, The Corporation as Courthouse, 33 YALE J. REG. 547, 552 (2016) (noting that the "
                 'corporation plays a "key dispute resolution role as a reputation-based') == [
        "See Rory Van Loo, The Corporation as Courthouse, 33 YALE J. REG. 547, 552 (2016)"]  # fmt: skip
    assert texts("See, e.g., Amy J. Schmitz & Colin Rule, Online Dispute Resolution for Smart Contracts, 2019 J. "
                 "DISP. RESOL. 103, 105 ( t also may be difficult to fit square concepts of offer, acceptance") == [
        "See, e.g., Amy J. Schmitz & Colin Rule, Online Dispute Resolution for Smart Contracts, 2019 J. DISP. RESOL. "
        "103, 105"]  # fmt: skip
    # a parenthetical that closes, an address, a pinpoint or the case's history after the year are the citation's own
    closed = "Wyeth v. Levine, 555 U.S. 555, 565 (2009) (quoting Medtronic, Inc. v. Lohr, 518 U.S. 470, 485 (1996))."
    assert texts(closed) == [closed]
    assert len(texts("Jane Roe, A Title, 5 J. L. 1, 2 (2015) https://perma.cc/AB12-CD34.")) == 1


def test_a_short_forms_parenthetical_never_closed_is_dropped() -> None:
    # Arbel, Nano Contracts (jolt-2024-nano-contracts-n123, dev), note 147; Arbel & Kaplan, Tort Reform through the
    # Backdoor (ssrn-2016-tort-reform-backdoor, dev)
    assert texts("See Cohney & Hoffman, supra note 85, at 324 27 (explaining that judges may not be") == [
        "See Cohney & Hoffman, supra note 85, at 324 27"]  # fmt: skip
    closed = "See Cohney & Hoffman, supra note 85, at 324 (explaining that judges may not be able to)."
    assert texts(closed) == [closed]


def test_words_message_for_a_lost_cross_reference_is_no_part_of_the_note() -> None:
    # Arbel, Payday (washu-2020-payday-legislation, dev), note 74: Word printed its error where the field stood
    assert texts("See MURPHY, supra note 67Error! Bookmark not defined., at 17–20.") == [
        "See MURPHY, supra note 67, at 17–20."]  # fmt: skip


def test_and_after_an_address_starts_a_citation_by_two_authors() -> None:
    # Office of the Historian, Toward "Thorough, Accurate, and Reliable" (ho-2015-frus-history-ch10, dev), note 1
    kuniholm = ("Bruce Kuniholm, “Foreign Relations, Public Relations, Accountability, and Understanding,” "
                "Perspectives (May–June 1990), "
                "http://www.historians.org/perspectives/issues/1990/9005/9005NOTE1.cfm")  # fmt: skip
    pell = ("Claiborne Pell and David Boren, “Why US foreign-policy records are ‘a fraud’,” Boston Globe, May 27, "
            "1990, p. A22.")  # fmt: skip
    assert texts(f"{kuniholm} and {pell}") == [kuniholm, pell]


def test_and_after_an_imprint_starts_the_same_authors_next_book() -> None:
    # Gavin Turnbull (cdhsc-2019-gavin-turnbull, dev), note 21
    assert texts("See, e.g., Carol McGuirk, Robert Burns & the Sentimental Era (Athens, GA: University of Georgia P, "
                 "1985) and Reading Robert Burns (London: Pickering & Chatto, 2014), esp. ch. 1.") == [
        "See, e.g., Carol McGuirk, Robert Burns & the Sentimental Era (Athens, GA: University of Georgia P, 1985)",
        "Reading Robert Burns (London: Pickering & Chatto, 2014), esp. ch. 1."]  # fmt: skip
    # two authors' years told in a sentence are no imprint
    assert len(texts("Jones (2003) and Smith (2005) argue the point at length.")) == 1
    # Itinerating Europe (jsh-2021-itinerating-europe-n21, dev), note 43: an ampersand for `and`
    assert texts("Daniel Wintzenberger, Ein Naw Reyse Büchlein (Dresden: Matthes Stockell,1577) & Der Kramer und "
                 "Kauffleute Reyse Büchlein (Dresden: Gimel Bergen, 1578).") == [
        "Daniel Wintzenberger, Ein Naw Reyse Büchlein (Dresden: Matthes Stockell,1577)",
        "Der Kramer und Kauffleute Reyse Büchlein (Dresden: Gimel Bergen, 1578)."]  # fmt: skip


def test_a_book_cited_in_brackets_after_see_for_example_is_a_citation() -> None:
    # Seven Planets introduction (scholed-2013-sevenplanets-intro, dev), note 18: the imprint in square brackets
    note = ("Neolithic monuments like Stonehenge prove that prehistoric people were able to calculate the position of "
            "the sun (see, for example, J. D. North, Cosmos: An Illustrated History of Astronomy and Cosmology "
            "[Chicago: University of Chicago Press, 2008], 6–13).")  # fmt: skip
    assert texts(note)[-1] == ("J. D. North, Cosmos: An Illustrated History of Astronomy and Cosmology [Chicago: "
                               "University of Chicago Press, 2008], 6–13")  # fmt: skip


def test_a_source_quoted_in_another_is_two_citations_when_cited_in_full() -> None:
    # Character and agency (ca-2016-character-agency, dev), note 16; Science and Art (scholed-2017-scienceart-intro,
    # dev), note 38; Identity issue (ca-2018-identity-issue, dev), note 21
    assert texts("De Sade, Idee sur les romans (Paris, 1800), quoted in E.J. Clery, The Rise of Supernatural Fiction "
                 "(Cambridge: Cambridge University Press, 1999), 156.") == [
        "De Sade, Idee sur les romans (Paris, 1800)",
        "E.J. Clery, The Rise of Supernatural Fiction (Cambridge: Cambridge University Press, 1999), 156."]  # fmt: skip
    assert len(texts("Northern Star, March 16, 1839, quoted in Gareth Stedman Jones, Languages of Class (Cambridge: "
                     "Cambridge University Press, 1983), 151.")) == 2  # fmt: skip
    assert len(texts("Wendy Brown, States of Injury (Princeton: Princeton UP, 1995), 66-76, cited in Moya, "
                     "Introduction, 8.")) == 2  # fmt: skip
    # a person quoted, or a letter, is what the second work holds; a reprint is the same work
    assert len(texts("Frédéric Leschot, quoted in Roger Smith, “The Swiss Connection,” Journal of Design History 17, "
                     "no. 2 (2004): 132.")) == 1  # fmt: skip
    assert len(texts("Alexander Hamilton to Edward Stevens, November 11, 1769, quoted in Ron Chernow, ALEXANDER "
                     "HAMILTON 31 (2004).")) == 1  # fmt: skip
    assert len(texts('Charles C. Cutter, "The Public Library," Boston Advertiser (February 12, 1878), reprinted in '
                     "Alger, Ragged Dick, 157.")) == 1  # fmt: skip


def test_an_address_without_its_scheme_is_no_sentence_of_comment_after_inverted_names() -> None:
    # olemiss-2021-5g-us-china-race n31 (MLA): `Collela, Paolo.` is the author, not a short form before a comment
    note = "Collela, Paolo. 5G And IoT: Ushering in a New Era, 2021, www.ericsson.com/en/about-us/5g-and-iot."
    assert [p.text for p in split_note(note)] == [note]


def test_a_date_and_an_address_after_a_page_go_on_with_the_citation() -> None:
    # heritage-2023-education n9
    note = ("Ambassador Susan Rice, Gene Sperling, and Clarence Wardell III, Advancing Equity through the American "
            "Rescue Plan, pg. 26. May 2022, at https://www.whitehouse.gov/wp-content/uploads/2022/05/ADVANCING.pdf "
            "(accessed February 28, 2023).")  # fmt: skip
    assert len(split_note(note)) == 1


def test_an_address_a_line_break_cut_is_no_sentence_of_comment_after_a_short_title() -> None:
    # gwu-2022-smart-readers-n101 n143: the address is found as the URL finder rejoins it, not word by word
    note = ("OpenBookQA, ALLEN INST. FOR AI: LEADERBOARD, https://leaderboard.allenai.org/ "
            "open_book_qa/submissions/public [https://perma.cc/779D-XFRY].")  # fmt: skip
    assert len(split_note(note)) == 1


@pytest.mark.parametrize(
    "note",
    [
        # Scholarly Editing (2017), Cather's Obscure Destinies, note 29: an archive's place ends the letter
        "Willa Cather to Paul R. Reynolds, March, 25, [1930], Paul Reynolds Collection, Butler Library, Columbia "
        "University. The letter itself strongly implies that Cather and Reynolds had no previous correspondence about "
        "the story.",
        # William & Mary Law Review (2020), Sexual Privacy compact, note 74: a short form with no number
        "Zimmer, supra note. The researchers argued that the information was already “publicly available,” though "
        "Zimmer notes that this is not entirely accurate.",
    ],
)
def test_a_sentence_of_comment_opening_with_a_pronoun_or_article_starts_after_a_citation(note: str) -> None:
    first, comment = texts(note)
    assert comment.startswith("The ")
    assert first.endswith(("University.", "supra note."))


def test_a_sentence_saying_what_people_did_is_no_citation_before_a_comment() -> None:
    # Journal of Social History (2021), arguing with digital history, note 10: names, and what they did
    note = ("Genevieve Carpio and Andrzej Rutkowski, Mariola Espinosa, and Nathan Tye also participated in the "
            "workshops. We thank them all for their willingness to take the time to share their work.")  # fmt: skip
    assert texts(note) == [note]


@pytest.mark.parametrize(
    ("note", "second"),
    [
        # Office of the Historian, FRUS history ch. 6, note 2 (dev): a page marked `p.`, then `and` and a quoted title
        ("See Richard Leopold, “The Foreign Relations Series,” especially p. 598 and “State Publications Delayed,” "
         "Washington Post, August 10, 1919, p. ES4.", "“State Publications Delayed,”"),
        # Scholarly Editing (2014), Haley introduction, note 9 (dev): an imprint, the page cited, then `, and` a name
        ("See Marable, Black Routes to Islam, ed. Aidi Hishaam (New York: Palgrave Macmillan, 2009), 312, and Garrett "
         "A. Felber, \"'A Writer Is What I Want, Not an Interpreter',\" Souls 12 no. 1 (2010): 33–53, 46.",
         "Garrett A. Felber,"),
    ],
)
def test_and_after_a_cited_page_starts_the_next_citation(note: str, second: str) -> None:
    first, then = texts(note)
    assert first.startswith("See ")
    assert then.startswith(second)


@pytest.mark.parametrize(
    "note",
    [
        # Congressional Research Service, seafood imports (2026), note 71 (dev): the short name a report gives itself,
        # a sentence of its own after it
        "U.S. Congress, Senate Committee on Appropriations, Departments of Commerce and Justice, Science, and Related "
        "Agencies Appropriations Bill, 2026, to accompany S. 2354, 119th Cong., 1st sess., July 17, 2025, S.Rept. "
        "119-44, pp. 52-53. Hereinafter U.S. Congress, Departments of Commerce and Justice, Science, and Related "
        "Agencies Appropriations Bill, 2026, S.Rept. 119-44.",
        # Cultural Analytics (2018), Muncie reading, note 52 (dev): where the article was printed again
        'Glenn Hendler, "Pandering in the Public Sphere: Masculinity and the Market in Horatio Alger," American '
        "Quarterly 48, no. 3 (1996): 415-38; reprinted in Alger, Ragged Dick, 233-54, here 247.",
        # Scholarly Editing (2015), Lo Stufaiuolo introduction, note 2 (dev): a journal's new series, `n.s.`
        "G. Masi, “‘Quelle Discordanze sì Perfette’. Anton Francesco Doni 1551–1553,” in Atti e Memorie dell’Accademia "
        "Toscana di Scienze e Lettere, 53, n.s. 39 (1988), 9–112.",
    ],
)
def test_what_names_prints_or_numbers_the_work_again_is_no_citation_of_its_own(note: str) -> None:
    assert texts(note) == [note]


@pytest.mark.parametrize(
    "note",
    [
        # Vanderbilt L. Rev. (2020), Theory of the Nudnik, note 62 (dev): a quoted question opening a Bluebook title
        "See, e.g., T. Randolph Beard et al., “Can You Hear Me Now?” Exit, Voice, and Loyalty Under Increasing "
        "Competition, 58 J.L. & ECON. 717, 718 (2015).",
        # Cultural Analytics (2018), Muncie reading, note 41 (dev): a title's own semicolon before a small word
        "The Best Reading: Hints on the Selection of Books; on the Formation of Libraries, Public and Private, on "
        "Courses of Reading, etc. (New York: Putnam and Sons, 1872), 84-85.",
    ],
)
def test_a_titles_own_question_mark_or_semicolon_ends_no_citation(note: str) -> None:
    assert texts(note) == [note]


def test_a_bluebook_book_dated_by_its_year_alone_ends_before_a_sentence_of_comment() -> None:
    # Vanderbilt L. Rev. (2020), Theory of the Nudnik, note 56 (dev): no author-date head of APA's (`Doe, J.
    # (2019).`), whose name ends in an initial or a given name
    note = ("See ALBERT O. HIRSCHMAN, EXIT, VOICE, AND LOYALTY (1970). Other models are less familiar to us but even "
            "more influential in the CCB literature.")  # fmt: skip
    assert texts(note)[0] == "See ALBERT O. HIRSCHMAN, EXIT, VOICE, AND LOYALTY (1970)."
    # (Programming Historian (2025), note 7 (dev): an APA head goes on with its title)
    apa = "McCarty, Willard (2019). Modeling the Actual, Simulating the Possible. In The Shape of Data."
    assert len(texts(apa)) == 1


def test_a_law_reviews_margin_mark_beside_a_cross_reference_is_no_part_of_the_note() -> None:
    # Smart Readers (GWU L. Rev. 2022), notes 50 and 127 (dev): the typesetter's `R`, set into the line
    assert texts("Hillman & Rachlinski, supra note 3, at 446, R 448, 479 (noting the difficulty posed by legal "
                 "jargon).") == ["Hillman & Rachlinski, supra note 3, at 446, 448, 479 (noting the difficulty posed by "
                                 "legal jargon)."]  # fmt: skip
    assert texts("See, e.g.,Schmitz, supra note 118, at 319; Meirav R Furth-Matzkin & Roseanna Sommers, Consumer "
                 "Psychology and the Problem of Fine-Print Fraud, 72 STAN. L. REV. 503 (2020).")[1].startswith(
        "Meirav Furth-Matzkin"
    )  # fmt: skip
    # (How to Count AIs (SSRN 2026), note 80: a name in small capitals split after its tall letters keeps them)
    assert texts("S TUART R USSELL, supra note 38.") == ["S TUART R USSELL, supra note 38."]


def test_a_bluebook_signal_after_a_short_title_starts_a_citation() -> None:
    # Citron & Franks, The Internet as a Speech Machine (uclf-2020-speech-machine, dev), note 32: `See generally`
    # after a short form whose title keeps its small words in lower case
    assert texts("Citron, Section 230’s Challenge to Civil Rights and Civil Liberties. See generally Olivier Sylvain, "
                 "Intermediary Design Duties, 50 CONN. L. REV. 1 (2017).") == [
        "Citron, Section 230’s Challenge to Civil Rights and Civil Liberties.",
        "See generally Olivier Sylvain, Intermediary Design Duties, 50 CONN. L. REV. 1 (2017).",
    ]  # fmt: skip


def test_a_publisher_and_year_ending_the_note_are_no_citation_of_their_own() -> None:
    # Jurafsky et al., Linguistic Markers of Status in Food Culture (ca-2016-menu-distinction, dev), note 34
    note = (
        'William Labov, "Hypercorrection by the lower middle class as a factor in linguistic change," In '
        "Sociolinguistics, ed. William Bright. Mouton, 1966."
    )
    assert texts(note) == [note]
    # (a second work after the first's full stop is still cut off)
    assert len(texts('William Labov, "Hypercorrection," In Sociolinguistics (Mouton, 1966). Labov, Sociolinguistic '
                     "Patterns, 1972.")) == 2


def test_an_author_date_head_of_several_names_goes_on_to_the_title() -> None:
    # Schmitz et al., Simulating Historical Communication Networks in Python (ph-2025-communication-networks, dev),
    # note 26: more names than a short head holds, joined by German `und`
    note = (
        "Mehdizadeh, Milad, Trond Nordfjaern, und Christian A. Klöckner. (2022). “A systematic review of the "
        "Agent-Based Modelling/simulation paradigm in mobility transition“. Technological Forecasting and Social "
        "Change 184:122011, p.8-9. https://doi.org/10.1016/j.techfore.2022.122011."
    )
    assert texts(note) == [note]
    # (a Bluebook sentence in small capitals that ends in its year is no such head: Arbel, Nudnik, note 56)
    two = (
        "See ALBERT O. HIRSCHMAN, EXIT, VOICE, AND LOYALTY (1970). See, e.g., Ralph L. Day & E. Laird Landon, Jr., "
        "Toward a Theory of Consumer Complaining Behavior, in CONSUMER BEHAVIOR 425 (1977)."
    )
    assert len(texts(two)) == 2


def test_a_case_renamed_on_appeal_sub_nom_stays_with_its_history() -> None:
    # Arbel & Shapira, Consumer Activism (depaul-2020-consumer-activism-n101, dev), note 113: the PDF hyphenated
    # `vacated`, so only `sub nom.` says the new name is the same case's history (Bluebook 10.7)
    note = (
        "See, e.g., Sundquist v. Bank of Am., N.A., 566 B.R. 563, 620 (Bankr. E.D. Cal. 2017), va- cated in part sub "
        "nom. In re Sundquist, 580 B.R. 536, 556 (Bankr. E.D. Cal. 2018) (ordering $45 million in punitive damages "
        "against bank)."
    )
    assert texts(note) == [note]


def test_an_editions_editors_listed_between_semicolons_are_one_citation() -> None:
    # Davies, Method and Judgment in the Theodore Dreiser Edition (scholed-2016-dreiser-edition, dev), note 3
    note = (
        "West, “Editorial Principles,” in Sister Carrie by Theodore Dreiser, Pennsylvania Edition, John C. Berkey and "
        "Alice M. Winters, historical editors; James L. W. West III, textual editor; Neda M. Westlake, general editor "
        "(Philadelphia: University of Pennsylvania Press, 1981), 580, 581, 582."
    )
    assert texts(note) == [note]


def test_biblatex_in_mark_after_a_quoted_title_starts_no_citation() -> None:
    # Blockchain licensing, GBR 2020, notes 84 and 99 (dev)
    for note in (
        'I. Dunham. "Music information: the need for a central music licensing database". In: 2016.',
        "Mark Giancaspro. \"Is a smart contract' really a smart idea? Insights from a legal perspective\". In: "
        "Computer Law & Security Review 33 (June 2017). doi: 10.1016/j.clsr.2017.05.007.",
    ):
        assert len(split_note(note)) == 1


def test_a_full_stop_inside_an_italic_title_ends_no_sentence() -> None:
    # William & Mary Law Review (2020), note 71 (corpus: wmlr-2020-sexual-privacy-compact), the title's italics as
    # its Markdown set them: the comment ends at `took place.`, the headline's own full stop ends nothing
    note = (
        "The documents included Duportail’s Facebook likes and number of friends, links to her Instagram photos, "
        "her education, the age-range of men she was interested in, the number of times she opened the app, the "
        "number of people she matched with, and where and when each conversation with a match took place. Judith "
        "Duportail, I asked Tinder for my data. It sent me 800 pages of my deepest, darkest secrets, GUARDIAN "
        "(Sept. 26, 2017, 2:10 AM), https://www.theguardian.com/technology/2017/sep/26/tinder-personal-data-"
        "datingapp-messages-hacked-sold."
    )
    title = "I asked Tinder for my data. It sent me 800 pages of my deepest, darkest secrets"
    italics = ((note.index(title), note.index(title) + len(title)),)
    cited = note[note.index("Judith") :]
    assert [p.text for p in split_note(note, italics)][-1] == cited
    assert cited not in texts(note)  # (plain text cannot tell the title's full stop from a sentence's)


def test_italics_holding_a_signal_hold_no_full_stop() -> None:
    # Loyola of Los Angeles Law Review (2022), note 4 (corpus: llalr-2022-gig-worker-parity): the journal's italics
    # run from `Id.` over the next citation's names and title; `Id.` is still a sentence of its own
    note = (
        "Id. See also Kate Conger et al., Pandemic Erodes Gig Economy Work, N.Y. TIMES (Mar. 18, 2020), "
        "https://www.nytimes.com/2020/03/18/technology/gig-economy-pandemic.html (noting difficulty faced by "
        "rideshare drivers due to a lack of tourism and airplane flights)."
    )
    italics = ((0, note.index(" N.Y.")),)
    assert [p.text for p in split_note(note, italics)] == texts(note) == ["Id", note[4:]]


def test_italics_running_past_the_end_of_a_cut_note_hold_its_stops_as_far_as_it_goes() -> None:
    # a note cut to the parser's limit keeps the italic spans its reader found in the whole of it
    note = "Jane Doe, A Book. Second Part, London, 2010"
    start = note.index("A Book")
    assert split_note(note, ((start, len(note) + 500),)) == split_note(note, ((start, len(note)),))


def test_a_supra_printed_without_its_notes_number_ends_the_short_form() -> None:
    # Citron, A New Compact for Sexual Privacy (corpus: wmlr-2020-sexual-privacy-compact, dev), note 107: a draft's
    # `supra note` whose number the editors were to fill in, then a sentence of comment and the next source
    note = (
        "Ghorayshi & Ray, supra note. In late 2019, Norwegian researchers found that Grindr uses various advertising "
        "networks. Norwegian Consumer Council, Out of Control—A Review of Data Sharing By Popular Mobile Apps 30, "
        "available at https://fil.forbrukerradet.no/wp-content/uploads/2020/01/mnemonic-security-testreport-v1.0.pdf"
    )
    pieces = texts(note)
    assert pieces[0] == "Ghorayshi & Ray, supra note."
    assert pieces[-1].startswith("Norwegian Consumer Council, Out of Control")


def test_a_quotation_then_its_source_cited_again_by_surname_are_two_pieces() -> None:
    # the same article, notes 80 and 73: the words quoted, then where they come from (`Gibbs, supra note`), a
    # quotation inside the quotation closing with it (`secure.’”`)
    assert texts(
        "“This is not the first time Adult Friend Network has been hacked. In May 2015 the personal details of almost "
        "four million users were leaked by hackers.” Gibbs, supra note."
    )[-1] == "Gibbs, supra note."
    assert texts(
        "“Tinder’s privacy policy clearly states: ‘you should not expect that your personal information, chats, or "
        "other communications will always remain secure.’” Duportail, supra note; see also Privacy Policy, TINDER, "
        "https://www.gotinder.com/privacy (last updated May 2, 2018)."
    )[1] == "Duportail, supra note"


def test_id_run_into_the_quotation_before_it_is_a_citation_of_its_own() -> None:
    # the same article, note 108: the PDF's text lost the space between a quotation's close and `Id.`
    note = (
        "Id. Grindr’s privacy policy states that if subscribers “choose to include information in your profile, and "
        "make your profile public, that information will also become public.”Id."
    )
    assert texts(note)[-1] == "Id."
    assert len(texts(note)) == 3


def test_a_work_a_citing_parenthetical_cites_in_full_with_its_address_is_a_piece_of_its_own() -> None:
    # colorado-2025-judicial-economy note 155 (University of Colorado Law Review, 2025): the address is the article's,
    # not the case's
    note = (
        "Snell v. United Specialty Ins. Co., 102 F.4th 1208, 1221 (11th Cir. 2024) (Newsom, J., concurring) (citing "
        "Yonathan A. Arbel & David A. Hoffman, Generative Interpretation, 99 N.Y.U. L. REV. 451 (2024), https:// "
        "www.nyulawreview.org/wp-content/uploads/2024/05/99-NYU-L-Rev-451-1.pdf)."
    )
    case, article = split_note(note)
    assert case.text == (
        "Snell v. United Specialty Ins. Co., 102 F.4th 1208, 1221 (11th Cir. 2024) (Newsom, J., concurring)."
    )
    assert article.text.startswith("Yonathan A. Arbel & David A. Hoffman") and article.within and not case.within
    # a work cited there without an address stays in the parenthetical, as the corpus labels it (a case quoted)
    quoting = "Smith v. Jones, 12 F.3d 100, 104 (2d Cir. 1999) (quoting Schaffer v. Weast, 546 U.S. 49, 56 (2005))."
    assert texts(quoting) == [quoting]


def test_a_short_form_without_a_page_then_and_and_another_by_two_authors_are_two_pieces() -> None:
    # Gagel, Letters as Critical Texts (scholed-2015-twain-ashcroft-lyon, dev), note 16
    assert texts("See How, Epistolary Spaces, and Jolly and Stanley, “Letters as/not a Genre,” 91–118.") == [
        "See How, Epistolary Spaces",
        "Jolly and Stanley, “Letters as/not a Genre,” 91–118.",
    ]
    # three authors of one work (ca-2019-social-characters note 9, Cultural Analytics) stay one short form
    three = "Bamman, Underwood, and Smith, “A Bayesian Mixed Effects Model of Literary Character,” 372."
    assert texts(three) == [three]


def test_and_before_another_crs_product_starts_it() -> None:
    # crs-2026-eda-programs note 44 (Congressional Research Service, 2026)
    note = (
        "For additional information, see CRS In Focus IF12576, EDA's Disaster Economic Recovery and Resiliency Roles, "
        "by Julie M. Lawhorn and CRS Infographic IG10045, Economic Development Administration (EDA) Disaster Recovery "
        "Funding, by Julie M. Lawhorn."
    )
    assert texts(note)[-1].startswith("CRS Infographic IG10045, Economic Development Administration")
    assert len(texts(note)) == 2
