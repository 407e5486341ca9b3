"""One citation string -> fields: the messy cases editors and PDF conversions produce."""

from __future__ import annotations

import pytest

from checker.models import CitationKind
from checker.parse import parse_text
from checker.parse.fields import parse_citation


def fields(raw: str):
    return parse_citation(raw).citation


def test_scheme_less_url_gets_http_and_keeps_its_path() -> None:
    c = fields("Jane Doe, “A Report,” Example Org, March 3, 2014, www.example.org/report.pdf.")
    assert c.url == "http://www.example.org/report.pdf"
    # (a body's dated title put out as a PDF is its report: the body its publisher)
    assert c.publisher == "Example Org" and c.date_iso == "2014-03-03"


@pytest.mark.parametrize(
    "raw",
    [
        "Jane Doe, “T,” The Site, May 1, 2015, http://www.example.com/2015/05/ some-long-slug/index.html.",
        "Jane Doe, “T,” The Site, May 1, 2015, http://www.example.com/2015/05/some- long-slug/index.html.",
        "Jane Doe, “T,” The Site, May 1, 2015, http://www.example.com/2015/05/some-long-slug/ index.html.",
    ],
)
def test_url_broken_by_stray_spaces_is_glued(raw: str) -> None:
    assert fields(raw).url == "http://www.example.com/2015/05/some-long-slug/index.html"


def test_url_followed_by_words_is_not_glued() -> None:
    c = fields("Jane Doe, “T,” The Site, May 1, 2015, http://example.com/a/ Accessed May 2, 2015.")
    assert c.url == "http://example.com/a/"
    assert c.accessed == "2015-05-02"


@pytest.mark.parametrize(
    ("raw", "accessed"),
    [
        ("“T,” Site, http://example.com/x, accessed March 3, 2015.", "2015-03-03"),
        ("“T,” Site, http://example.com/x (accessed 3 March 2015).", "2015-03-03"),
        ("“T,” Site, accessed on 2015-03-03, http://example.com/x.", "2015-03-03"),
        ("“T,” Site, http://example.com/x, retrieved Sept. 9, 2016.", "2016-09-09"),
    ],
)
def test_access_dates(raw: str, accessed: str) -> None:
    c = fields(raw)
    assert c.accessed == accessed
    assert c.url == "http://example.com/x"
    assert c.date is None  # the access date is not the publication date


def test_last_modified_is_the_source_date() -> None:
    c = fields("“Policy Page,” Ministry Site, last modified July 14, 2020, https://gov.example/policy.")
    assert c.date_iso == "2020-07-14" and c.url == "https://gov.example/policy"


@pytest.mark.parametrize(
    ("raw", "pages"),
    [("Ibid.", None), ("Ibid., 12.", "12"), ("ibid, 12-14", "12-14"), ("Id. at 5.", "5"), ("Id.", None),
     ("Ibid., pp. 3–5.", "3-5"),
     # `Id. § 12.22` after a code section: another section of it (Huron, St. Mary's L.J. 2021 notes 6 and 19, dev)
     ("Id. § 12.22.", "§ 12.22"), ("See id. § 42.07(a) (“A person commits an offense …”).", "§ 42.07(a)"),
     # the Bluebook's subdivisions of a pinpoint (rules 3.2-3.4), in real law notes outside the corpus (BSafes-Archive
     # copies): an article of a statute (The Year in Review, SMU, Russia-Eurasia, notes 15 and 21), a complaint's
     # paragraph (Citron, A New Compact for Sexual Privacy, note 221; Wash. J.L. Tech. & Arts, Cyber-Silencing the
     # Community, note 66), a footnote after the page, a Restatement's comment
     ("See id. at art. 9.", "art. 9"), ("Id. at art. 44(1).", "art. 44(1)"), ("Id. ¶ 10.", "¶ 10"),
     ("Id. at para. 11.", "para. 11"), ("Id. at paras. 20-29.", "paras. 20-29"), ("Id. at 12 n.4.", "12 n.4"),
     ("Id. at 12–13 & n.4.", "12-13 & n.4"), ("Id. § 202 cmt. a.", "§ 202 cmt. a"), ("Id. at 5 & 9.", "5 & 9"),
     # a page of a report's executive summary (Heritage, Mandate for Leadership 2023, Treasury, note 7, dev), a dash
     # typed twice (CISA, software supply chain 2021, note 34, dev)
     ("Ibid., p. ES 1.", "ES 1"), ("Ibid., 10, 19–-20.", "10, 19-20")],
)  # fmt: skip
def test_ibid_and_id(raw: str, pages: str | None) -> None:
    res = parse_citation(raw)
    assert res.is_ibid and res.citation.ibid
    assert res.citation.pages == pages


def test_identity_is_not_ibid() -> None:
    assert not parse_citation("Idaho Statesman, “T,” May 1, 2015.").is_ibid


def test_id_then_a_sentence_of_comment_is_no_pinpoint() -> None:
    assert not parse_citation("Id. Two-party states also differ in how they treat this.").is_ibid
    assert not parse_citation("Id. and the rest of it.").is_ibid


@pytest.mark.parametrize(
    ("raw", "note", "pages"),
    [("FARNSWORTH, supra note 11, § 7.13.", 11, "§ 7.13"),
     ("PROSSER AND KEETON, supra note 8, § 111, at 771.", 8, "771"),
     ("RESTATEMENT, supra note 1, § 203 cmt. b.", 1, "§ 203 cmt. b"),
     ("Treaty, supra note 12, art. 5(2).", 12, "art. 5(2)"),
     # the word spelled out (uic-2021-digital-dominion n91, dev)
     ("ICCPR, supra note 82, Article 17.", 82, "Article 17"),
     # a stray comma after supra (dltr-2021-cyber-tria n122, dev)
     ("See Dan Burke, supra,  note 107", 107, None),
     # `supra note 1, 381`: the page without `at` (Hastings Int'l & Comp. L. Rev. 2021 note 44, dev), not a second note
     ("Doraev, supra note 1, 381.", 1, "381"), ("Posner, supra note 26, at 541 n.12.", 26, "541 n.12")],
)  # fmt: skip
def test_a_supra_keeps_its_pinpoint_whatever_the_subdivision(raw: str, note: int, pages: str | None) -> None:
    supra = parse_citation(raw).supra
    assert supra is not None and (supra.note, supra.pages) == (note, pages)


def test_lead_in_signal_is_not_an_author() -> None:
    c = fields("For one recent example, see Paul Schwartz, A Book (Washington, DC: CSIS, 2015).")
    assert c.authors == ("Paul Schwartz",) and c.title == "A Book"
    assert (c.place, c.publisher, c.year) == ("Washington, DC", "CSIS", "2015")


def test_journal_without_volume() -> None:
    c = fields("Sergei Lavrov, “Russia-India,” International Affairs, no. 1 (2011): 3-5.")
    assert c.kind is CitationKind.JOURNAL
    assert (c.container, c.volume, c.issue, c.pages, c.date_iso) == ("International Affairs", None, "1", "3-5", "2011")


def test_three_authors() -> None:
    c = fields("Ann Lee, Bo Kim, and Cy Park, “Title,” The Paper, May 1, 2015.")
    assert c.authors == ("Ann Lee", "Bo Kim", "Cy Park")


def test_corporate_author_is_kept_whole() -> None:
    c = fields("Ministry of Economy, Trade and Industry, “White Paper,” METI, June 1, 2016.")
    assert c.kind is CitationKind.OFFICIAL
    assert c.title == "White Paper"


def test_straight_quotes_work_like_curly_ones() -> None:
    c = fields('Jane Doe, "A Title," The Times, May 1, 2015, https://t.example/a.')
    assert (c.title, c.container, c.url) == ("A Title", "The Times", "https://t.example/a")


def test_impossible_date_keeps_only_what_is_certain() -> None:
    assert fields("“T,” Site, February 30, 2015.").date_iso == "2015-02"


def test_a_comma_typed_after_the_month_still_dates_the_day() -> None:
    # Arbel, Payday (washu-2020-payday-n216, dev), note 222, and a DOE Inspector General volume's `April, 26, 2022`
    c = fields("Kelly Dilworth, “Average Credit Card Interest Rates,” Creditcards.com (May, 28, 2020).")
    assert (c.date, c.date_iso) == ("May, 28, 2020", "2020-05-28")


def test_an_articles_or_a_chapters_pages_then_the_pages_cited_in_it() -> None:
    # Murchison, Scholarly Editing 38 (scholed-2017-sevensins-intro and its later range, dev), notes 41, 48 and 64
    c = fields("John C. Hirsh, “The Earliest Known English Ballad: A New Reading of 'Judas',” Modern Language Review "
               "103 (2008): 931–39, at 936.")  # fmt: skip
    assert (c.kind, c.container, c.pages) == (CitationKind.JOURNAL, "Modern Language Review", "931-39, at 936")
    c = fields("Jane Doe, “A Title,” in A Book, ed. John Roe (Oxford: OUP, 1999), 13–31, at 16–19.")
    assert (c.container, c.pages) == ("A Book", "13-31, at 16-19")
    # (in a book named by its editor's surname and short title, cited before: scholed-2017-sevensins-intro n40)
    c = fields("Alan J. Fletcher, “The Lyric in the Sermon,” in Duncan, Companion to the Middle English Lyric, "
               "189–208, at 205.")  # fmt: skip
    assert (c.container, c.pages) == ("Companion to the Middle English Lyric", "189-208, at 205")


def test_addthis_fragment_outside_a_plausible_range_is_ignored() -> None:
    assert fields("“T,” Site, May 1, 2015, http://e.example/a#.AAAAAAAA.").accessed_inferred is None
    assert fields("“T,” Site, May 1, 2015, http://e.example/a#section-2.").accessed_inferred is None


def test_personal_communication() -> None:
    c = fields("Interview with a senior official, Tokyo, May 2015")
    assert c.kind is CitationKind.PERSONAL and c.date_iso == "2015-05"


@pytest.mark.parametrize("raw", ["UNCLOS Article 77(1).", "UNCLOS Article 156.", "UNCLOS Articles 136 and 140."])
def test_a_treaty_article_is_cited_whole_like_a_code_section(raw: str) -> None:
    # CRS Report R47324, notes 10, 14 and 36 (tests/parse/corpus/crs-2026-seabed-mining.txt)
    c = parse_citation(raw).citation
    assert c.kind is CitationKind.OFFICIAL and c.title == raw.rstrip(".") and c.container is None


def test_a_state_bill_is_cited_whole_with_its_year() -> None:
    # CRS Report R47324, note 12 (tests/parse/corpus/crs-2026-seabed-mining.txt), Bluebook's form for a state bill
    c = parse_citation("A.B. 1832, 2021–2022 State Leg., Reg. Sess. (Cal. 2022)").citation
    assert c.kind is CitationKind.OFFICIAL and c.authors == ()
    assert c.title == "A.B. 1832, 2021–2022 State Leg., Reg. Sess" and c.date == c.date_iso == "2022"


def test_a_title_quoting_a_phrase_in_double_quotes_runs_to_its_own_closing_quote() -> None:
    # Law and History Review 2016 note 11 (dev)
    c = fields(
        "Simon Devereaux, “City and the Sessions Paper: “Public Justice” in London, 1770– 1800,” "
        "Journal of British Studies 35 (1996): 500."
    )
    assert c.title == "City and the Sessions Paper: “Public Justice” in London, 1770– 1800"
    assert (c.kind, c.container, c.date, c.pages) == (CitationKind.JOURNAL, "Journal of British Studies", "1996", "500")


@pytest.mark.parametrize(
    ("tail", "pages"),
    [("180–91, 356–62", "180-91, 356-62"), ("19–20, 104", "19-20, 104"), ("ch.8", "ch.8"), ("55–56", "55-56")],
)
def test_the_whole_pinpoint_after_an_imprint_is_pages(tail: str, pages: str) -> None:
    # Law and History Review 2016 notes 6, 9 and 25 (dev)
    c = fields(f"Tim Hitchcock and Robert Shoemaker, London Lives (Cambridge: Cambridge UP, 2015), {tail}.")
    assert c.pages == pages and c.publisher == "Cambridge UP"


def test_a_prefaces_roman_page_after_its_mark_is_the_pinpoint() -> None:
    # Naval War College Review 2022 (corpus: nwcr-2022-trident-strategy-n51, note 83)
    c = fields("Christian Brose, The Kill Chain: Defending America in the Future of High-Tech Warfare (New York: "
               "Hachette, 2020), p. xxix.")  # fmt: skip
    assert (c.publisher, c.pages) == ("Hachette", "xxix")


@pytest.mark.parametrize(("raw", "pages"), [
    # scholed-2016-space-time-continuum note 9 and scholed-2017-scienceart-intro note 9 (dev): a section, a catalogue's
    # item
    ("Richard P. Feynman, Robert B. Leighton, and Matthew Sands, The Feynman Lectures on Physics: Mainly Mechanics, "
     "Radiation, and Heat (New York: Addison-Wesley, 1963), section 16-2.", "section 16-2"),
    ("Helen R. Smith, Jarndyce Antiquarian Booksellers: Bloods and Penny Dreadfuls: Catalogue No. 219 (London: "
     "Jarndyce, 2016), item no. 274.", "item no. 274"),
])  # fmt: skip
def test_a_section_or_a_catalogues_item_after_an_imprint_is_the_pinpoint(raw: str, pages: str) -> None:
    assert fields(raw).pages == pages


def test_a_quoted_passage_of_prose_standing_alone_is_a_quotation_not_a_title() -> None:
    # Heritage 2023 Defense note 25 (dev): the source follows in the next sentence
    res = parse_citation(
        '"The Army\'s internal assessment must be balanced against its own statements that unit training is '
        "focused on company-level operations. Consequently, how these brigade combat teams would perform is an open "
        "question."
    )
    assert res.commentary


def test_a_lower_case_genre_after_a_title_is_no_container() -> None:
    # CRS R48179 note 32 (dev); a lone lower-case brand (`kpler`) stays a container
    c = fields('FTC, "Cartisim Corporation," cases and proceedings, last updated January 22, 2021, https://www.ftc.gov/x.')
    assert c.container is None and c.kind is CitationKind.OFFICIAL and c.date == "January 22, 2021"
    assert fields('Kpler, "Flows," kpler, May 2, 2025, https://www.kpler.com/x.').container == "kpler"


@pytest.mark.parametrize(
    ("raw", "title", "container", "pages"),
    [
        # A Status Theory of Defamation Law notes 20, 26 and 43 (dev)
        ("McKee v. Cosby, cert denied, 139 S. Ct. 675, 682 (2019).", "McKee v. Cosby", "S. Ct.", "675, 682"),
        ("Berisha v. Lawson, cert denied, 594 U. S. ____ (2021).", "Berisha v. Lawson", "U. S.", None),
        ("Eden v. Legare 1 S.C.L. 171 (1791).", "Eden v. Legare", "S.C.L.", "171"),
        (
            "Bruning v. Carroll Cmty. Sch. Dist., No. C04-3091-MWB, 2006 WL 1234822 at *14 (N.D. Iowa 2006).",
            "Bruning v. Carroll Cmty. Sch. Dist.",
            None,
            None,
        ),
    ],
)
def test_a_case_name_stops_before_history_docket_and_database_numbers(
    raw: str, title: str, container: str | None, pages: str | None
) -> None:
    c = fields(raw)
    assert (c.kind, c.title, c.container, c.pages) == (CitationKind.OFFICIAL, title, container, pages)


def test_a_capital_v_between_given_name_and_surname_is_an_initial_not_versus() -> None:
    # Who Owns Bitcoin? notes 10 and 35 (dev): `Kevin V. Tu` is an author; a case's `v.` is lower case
    c = fields("Kevin V. Tu, Perfecting Bitcoin, 52 GA. L. REV. 505, 548 (2017).")
    assert (c.kind, c.authors, c.title, c.container) == (
        CitationKind.JOURNAL, ("Kevin V. Tu",), "Perfecting Bitcoin", "GA. L. REV."
    )
    assert fields("Morse v. Frederick, 551 U.S. 393, 408 (2007).").kind is CitationKind.OFFICIAL


def test_a_court_filing_in_report_notes_is_named_by_its_kind_and_case() -> None:
    # CRS R48179 note 47 (dev)
    c = fields(
        "Complaint, United States of America et al. v. Ticketmaster Entertainment, Inc., and Live Nation, Inc., "
        "no. 1:10-cv-00139, January 25, 2010, pp. 7-8, https://www.justice.gov/atr/case-document/file/513381/dl "
        "(hereinafter United States v. Ticketmaster (2010) complaint)."
    )
    assert c.title == (
        "Complaint, United States of America et al. v. Ticketmaster Entertainment, Inc., and Live Nation, Inc."
    )
    assert (c.kind, c.date, c.pages, c.url) == (
        CitationKind.OFFICIAL, "January 25, 2010", "7-8", "https://www.justice.gov/atr/case-document/file/513381/dl",
    )  # fmt: skip


def test_a_restatement_in_a_law_review_is_official_without_publisher() -> None:
    c = fields("RESTATEMENT (THIRD) OF TORTS: DEFAMATION AND PRIVACY (AM. L. INST. 2019).")
    assert (c.kind, c.publisher, c.date) == (CitationKind.OFFICIAL, None, "2019")


def test_a_generation_suffix_is_part_of_a_name_in_a_long_author_list() -> None:
    # Law and History Review 2016 note 13 (dev)
    c = fields(
        "Daniel J. Cohen, Michael Frisch, Patrick Gallagher, Steven Mintz, Kirsten Sword, Amy Murrell Taylor, "
        "William G. Thomas III, and William J. Turkel, “Interchange: the Promise of Digital History,” Journal of "
        "American History 95 (2008): 442–51."
    )
    assert len(c.authors) == 8 and c.authors[6] == "William G. Thomas III"


def test_report_notes_without_italics_and_designations_in_the_authors_place() -> None:
    # CRS R48179 notes 2, 22, 34 (dev)
    c = fields("IBISWorld, Online Event Ticket Sales in the U.S., September 2025, p. 3.")
    assert (c.kind, c.authors, c.title, c.date, c.pages) == (
        CitationKind.REPORT, ("IBISWorld",), "Online Event Ticket Sales in the U.S.", "September 2025", "3",
    )  # fmt: skip
    c = fields(
        'Eric Budish and Aditya Bhave, "Primary-Market Auctions for Event Tickets: Eliminating the Rents of \'Bob '
        "the Broker?,'\" American Economic Journal: Microeconomics, vol. 15, no. 1 (2023), pp. 142-170."
    )
    assert c.title == "Primary-Market Auctions for Event Tickets: Eliminating the Rents of 'Bob the Broker?'"
    c = fields(
        'Executive Order 14254 of March 31, 2025, "Combating Unfair Practices in the Live Entertainment Market," '
        "90 Federal Register 14699, April 3, 2025."
    )
    assert c.authors == () and c.kind is CitationKind.OFFICIAL


def test_a_rule_in_the_federal_register_with_its_page_range() -> None:
    # CRS R48469 note 3 (dev): the rule's pages are a range
    c = fields(
        'NOAA, NMFS, "Magnuson-Stevens Fishery Conservation and Management Act; Seafood Import Monitoring Program," '
        "81 Federal Register 6212-6215, February 5, 2016."
    )
    assert (c.kind, c.container, c.pages, c.date) == (
        CitationKind.OFFICIAL, "Federal Register", "6212-6215", "February 5, 2016",
    )  # fmt: skip


def test_an_agency_and_its_office_printed_as_acronyms_are_one_author() -> None:
    # CRS R48469 notes 3 and 10 (dev): `NOAA, NMFS` is one body, before a quoted or an unquoted title
    c = fields('NOAA, NMFS, "International Fisheries Trade Permit," https://www.fisheries.noaa.gov/permit/x.')
    assert (c.authors, c.title) == (("NOAA, NMFS",), "International Fisheries Trade Permit")
    c = fields(
        "NOAA, NMFS, Report on the Seafood Import Monitoring Program—FY2023, May 2024, "
        "https://www.fisheries.noaa.gov/s3/2024-05/SIMP-Report-to-Congress-FY2023.pdf."
    )
    assert (c.kind, c.authors, c.title, c.date) == (
        CitationKind.REPORT, ("NOAA, NMFS",), "Report on the Seafood Import Monitoring Program—FY2023", "May 2024",
    )  # fmt: skip


def test_an_agency_report_whose_title_ends_with_a_program_name() -> None:
    # CRS R48469 note 17 (dev): `… Monitoring Program` is the report's title, not a third office
    c = fields(
        "NOAA, NMFS, Report on the Implementation of the U.S. Seafood Import Monitoring Program, April 2021, "
        "pp. 1-17, https://media.fisheries.noaa.gov/2021-05/SIMP%20Implementation%20Report%202021.pdf?null."
    )
    assert (c.kind, c.authors, c.title, c.date, c.pages) == (
        CitationKind.REPORT, ("NOAA, NMFS",),
        "Report on the Implementation of the U.S. Seafood Import Monitoring Program", "April 2021", "1-17",
    )  # fmt: skip


def test_a_code_section_after_and_or_codified_at_is_named_without_them() -> None:
    # CRS R48469 notes 15 and 16 (dev)
    assert fields("Codified at 16 U.S.C. §1855.").title == "16 U.S.C. §1855"
    assert fields("and 16 U.S.C. §1885.").title == "16 U.S.C. §1885"


def test_an_untitled_letter_has_its_senders_as_authors() -> None:
    # CRS R48469 note 6 (dev): offices and committees are not authors, the letter has no title
    c = fields(
        "For example, Letter from Raúl M. Grijalva, Ranking Member, House Committee on Natural Resources, and Jared "
        "Huffman, Ranking Member, House Subcommittee on Water, Wildlife, and Fisheries, to The Honorable Gina M. "
        "Raimondo, Secretary of Commerce, October 20, 2023, https://democrats-naturalresources.house.gov/x.pdf"
    )
    assert (c.kind, c.authors, c.title, c.date) == (
        CitationKind.OFFICIAL, ("Raúl M. Grijalva", "Jared Huffman"), None, "October 20, 2023",
    )  # fmt: skip


def test_as_examples_see_is_a_lead_in_not_part_of_the_author() -> None:
    # CRS R48469 note 11 (dev)
    c = fields('As examples, see Nathan Strout, "U.S. Senators Say SIMP Expansion Is Too Narrow," Seafood Source, '
               "May 25, 2023, https://www.seafoodsource.com/news/x.")
    assert c.authors == ("Nathan Strout",) and c.container == "Seafood Source"


def test_examples_include_is_a_lead_in_not_a_name() -> None:
    # Holocaust denial on the web (gsp-2020-holocaust-denial, dev), note 97
    c = fields("Examples include Marrs, Conspiracy of the Six-Pointed Star, loc. 719, Kindle")
    assert (c.authors, c.title, c.container) == (("Marrs",), "Conspiracy of the Six-Pointed Star", None)


def test_a_congressional_hearing_in_report_notes() -> None:
    # CRS R48179 note 3 (dev)
    c = fields(
        "U.S. Congress, Senate Committee on the Judiciary, That's the Ticket: Promoting Competition and Protecting "
        "Consumers in Live Entertainment, hearing, 118th Cong., 1st sess., January 24, 2023, S.Hrg. 118-31 "
        "(Washington, DC: GPO, 2023), https://www.govinfo.gov/content/pkg/CHRG-118shrg52250/pdf/CHRG-118shrg52250.pdf"
    )
    assert (c.kind, c.authors, c.date, c.publisher) == (
        CitationKind.OFFICIAL, ("U.S. Congress, Senate Committee on the Judiciary",), "January 24, 2023", "GPO",
    )  # fmt: skip
    assert c.title == "That's the Ticket: Promoting Competition and Protecting Consumers in Live Entertainment"


def test_a_book_whose_imprint_lost_its_parentheses_and_one_named_at_the_end_of_a_comment() -> None:
    # Law and History Review 2016 notes 47 and 25 (dev)
    c = fields(
        "Peter King, Crime and Law in England, 1750–1840: Remaking Justice from the Margins, Cambridge: Cambridge "
        "University Press, 2006."
    )
    assert (c.kind, c.authors, c.publisher, c.date) == (
        CitationKind.BOOK, ("Peter King",), "Cambridge University Press", "2006",
    )  # fmt: skip
    c = fields(
        "The best account of the changing volume of Old Bailey trials is David Bentley, English Criminal Justice in "
        "the Nineteenth Century (London: Hambledon Press, 1998), 55–56."
    )
    assert c.authors == ("David Bentley",) and c.pages == "55-56"
    assert c.title == "English Criminal Justice in the Nineteenth Century"


def test_an_imprint_with_a_place_and_no_publisher_names_no_publisher() -> None:
    # Modern Intellectual History 2012 notes 7, 13 and 4 (dev): the older imprint, `(Place, Year)`
    c = fields("C. Furey, Erasmus, Contarini, and the Religious Republic of Letters (Cambridge, 2006)")
    assert (c.kind, c.publisher, c.place, c.date) == (CitationKind.BOOK, None, "Cambridge", "2006")
    c = fields("M. Warner, The Letters of the Republic (Cambridge, MA, 1990)")
    assert (c.kind, c.publisher, c.place) == (CitationKind.BOOK, None, "Cambridge, MA")
    # a publisher without its place is still a publisher (Chicago allows it)
    assert fields("Lev Manovich, Software Takes Command (Bloomsbury, 2013)").publisher == "Bloomsbury"


def test_a_volume_and_page_after_a_books_imprint_is_its_pinpoint() -> None:
    # Modern Intellectual History 2012 notes 22 and 34 (dev); after a journal's name it is volume and pages
    assert fields("R. B. Davis, Intellectual Life in the Colonial South, 3 vols. (Knoxville, 1978), 1: 363.").pages == (
        "1: 363"
    )
    assert fields("C. Lopez, ed., Papers of Benjamin Franklin (New Haven, 1988), 27: 656.").pages == "27: 656"


def test_harvard_references_to_web_sites() -> None:
    # Journal of Cultural Analytics 2017 (O'Leary and Moreton) notes 7, 9, 6 and 10 (dev)
    c = fields(
        "University of Cambridge 2015. Darwin Correspondence Project. Available from: http://www.darwinproject.ac.uk/. "
        "Accessed March 15, 2017."
    )
    assert (c.kind, c.authors, c.title, c.date, c.url, c.accessed) == (
        CitationKind.WEB, ("University of Cambridge",), "Darwin Correspondence Project", "2015",
        "http://www.darwinproject.ac.uk/", "2017-03-15",
    )  # fmt: skip
    c = fields("National University of Ireland Maynooth 2015. Letters of 1916 [Online]. Available from: http://l.ie/.")
    assert (c.authors, c.title, c.url) == (("National University of Ireland Maynooth",), "Letters of 1916", "http://l.ie/")
    c = fields("Mark Twain Project Online. Available from: http://www.marktwainproject.org/.")
    assert (c.kind, c.authors, c.title, c.container) == (CitationKind.WEB, (), "Mark Twain Project Online", None)
    c = fields("Culy, C. 2010. Visualization of Language and Linguistic Data. Available from: http://chrisculy.net/.")
    assert (c.authors, c.title, c.date) == (("Culy, C.",), "Visualization of Language and Linguistic Data", "2010")


def test_a_chapters_book_is_named_without_its_editors() -> None:
    # Modern Intellectual History 2012 notes 16, 21 and 13 (dev)
    c = fields(
        "Trevor Burnard, “The British Atlantic,” in J. Greene and P. Morgan, eds., Atlantic History: A Critical "
        "Appraisal (New York, 2009), 111-36."
    )
    assert (c.kind, c.container, c.pages) == (CitationKind.BOOK, "Atlantic History: A Critical Appraisal", "111-36")
    c = fields("Nicholas Phillipson, “Culture and Society,” in L. Stone, ed., The University in Society Vol. 2: Europe "
               "(Princeton, 1974), 425.")  # fmt: skip
    assert c.container == "The University in Society Vol. 2: Europe"
    c = fields("J. Smith, ed., The Republic of Letters: The Correspondence, 1776-1826, 3 vols. (New York, 1995).")
    assert (c.authors, c.title) == (("J. Smith",), "The Republic of Letters: The Correspondence, 1776-1826")


def test_a_double_issue_and_a_pinpoint_list_in_a_journal_citation() -> None:
    # Journal of Women's History 2011 notes 4, 13 and 19 (dev)
    c = fields("Kat Hagedorn et al., “Enhancing Search,” D-Lib Magazine 13, no. 7/8 (2007), http://www.dlib.org/a.html")
    assert (c.container, c.date, c.issue) == ("D-Lib Magazine", "2007", "7/8")
    c = fields("Kathleen M. Brown, “Brave New World,” William & Mary Quarterly 50, no. 2 (1993), esp. 325-327")
    assert c.pages == "325-327"
    c = fields("Judith Bennett, “Forgetting the Past,” Gender & History 20, no. 3 (2008): 671, 673.")
    assert c.pages == "671, 673"


def test_a_letter_printed_in_an_edition_or_read_online() -> None:
    # Modern Intellectual History 2012 notes 34, 27 and 35 (dev)
    c = fields("Johann Adolf Behrends to B. Franklin, 28 Oct. 1778, in C. Lopez, ed., Papers of Benjamin Franklin "
               "(New Haven, 1988), 27: 656.")  # fmt: skip
    assert (c.kind, c.authors, c.title, c.container, c.date, c.pages, c.publisher) == (
        CitationKind.BOOK, ("Johann Adolf Behrends",), "Johann Adolf Behrends to B. Franklin",
        "Papers of Benjamin Franklin", "28 Oct. 1778", "27: 656", None,
    )  # fmt: skip
    c = fields("See especially Charles Carroll of Carrollton to Charles Carroll of Annapolis, 10 April 1760, in R. "
               "Hoffman, ed., Dear Papa, Dear Charley, 3 vols. (Chapel Hill, 2001), 1: 151-53.")  # fmt: skip
    assert (c.authors, c.container, c.date, c.pages) == (
        ("Charles Carroll of Carrollton",), "Dear Papa, Dear Charley", "10 April 1760", "1: 151-53"
    )
    c = fields("B. Franklin to N. Webster, Jr., 26 Dec. 1789: http://franklinpapers.org/franklin/")
    assert (c.kind, c.title, c.date, c.url) == (
        CitationKind.WEB, "B. Franklin to N. Webster, Jr.", "26 Dec. 1789", "http://franklinpapers.org/franklin/"
    )


def test_a_dated_manuscript_document_is_official_with_no_container() -> None:
    # Journal of Social History 2021 (Barleta) note 17 (dev)
    c = fields('"Report of the governor Antonio Paes de Sande..." Manuscript. Lisbon, January 8, 1693. Arquivo '
               "Histórico Ultramarino (AHU), box 10, doc. 1836.")  # fmt: skip
    assert (c.kind, c.container, c.date) == (CitationKind.OFFICIAL, None, "January 8, 1693")


@pytest.mark.parametrize(
    ("raw", "authors", "title", "publisher", "date", "pages"),
    [
        # Journal of Early American History 2017 (Kane) notes 6, 3, 9 and 13 (dev): a note in Chicago's
        # bibliography form, the imprint a sentence of its own (17th ed. 14.68), an edition statement or a
        # first year between title and imprint, pages after the year
        ("Jane T. Merritt, At the Crossroads: Indians and Empires on a Mid-Atlantic Frontier. Chapel Hill: University "
         "of North Carolina Press, 2003, 31-32",
         ("Jane T. Merritt",), "At the Crossroads: Indians and Empires on a Mid-Atlantic Frontier",
         "University of North Carolina Press", "2003", "31-32"),
        ("Richard Aquila, The Iroquois Restoration: Iroquois Diplomacy on the Colonial Frontier, 1701-1754. Detroit: "
         "Wayne State University Press, 1983, 23-25.",
         ("Richard Aquila",), "The Iroquois Restoration: Iroquois Diplomacy on the Colonial Frontier, 1701-1754",
         "Wayne State University Press", "1983", "23-25"),
        ("Lorenzo Veracini, Settler Colonialism: A Theoretical Overview. 2010. New York: Palgrave Macmillan, 2010",
         ("Lorenzo Veracini",), "Settler Colonialism: A Theoretical Overview", "Palgrave Macmillan", "2010", None),
        ("Gary C. Anderson, Kinsmen of Another Kind: Dakota-White Relations in the Upper Mississippi Valley, "
         "1650-1862. First edition. St. Paul: Minnesota Historical Society Press, 1997",
         ("Gary C. Anderson",), "Kinsmen of Another Kind: Dakota-White Relations in the Upper Mississippi Valley, "
         "1650-1862", "Minnesota Historical Society Press", "1997", None),
        # the same, the first author inverted and ending in an initial (Kane note 16)
        ("Voss, Barbara L. The Archaeology of Ethnogenesis : Race and Sexuality in Colonial San Francisco. Berkeley: "
         "University of California Press, 2008",
         ("Voss, Barbara L",), "The Archaeology of Ethnogenesis : Race and Sexuality in Colonial San Francisco",
         "University of California Press", "2008", None),
    ],
)  # fmt: skip
def test_a_book_in_bibliography_form_reads_as_its_note(raw, authors, title, publisher, date, pages) -> None:
    c = fields(raw)
    assert (c.kind, c.authors, c.title, c.publisher, c.date, c.pages) == (
        CitationKind.BOOK, authors, title, publisher, date, pages
    )  # fmt: skip


def test_a_chapter_in_bibliography_form_reads_as_its_note() -> None:
    # Kane note 7 (dev): `"Title." In Book, edited by …. Place: Publisher, Year`
    c = fields('Robert Grumet, "Sunksquaws, Shamans, and Tradeswomen: Middle Atlantic Coastal Algonkian Women '
               'during the 17th and 18th Centuries." In Women and Colonization: Anthropological Perspectives, '
               "edited by Mona Etienne and Eleanor Burke Leacock. New York: Praeger, 1980")  # fmt: skip
    assert (c.kind, c.title, c.container, c.publisher, c.date) == (
        CitationKind.BOOK,
        "Sunksquaws, Shamans, and Tradeswomen: Middle Atlantic Coastal Algonkian Women during the 17th and 18th "
        "Centuries",
        "Women and Colonization: Anthropological Perspectives", "Praeger", "1980",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "container", "publisher", "date", "pages"),
    [
        # Jurafsky et al., Linguistic Markers of Status in Food Culture (ca-2016-menu-distinction, dev), note 34
        (
            'William Labov, "Hypercorrection by the lower middle class as a factor in linguistic change," In '
            "Sociolinguistics, ed. William Bright. Mouton, 1966.",
            "Sociolinguistics", "Mouton", "1966", None,
        ),
        # Devanny et al., Strategy in an Uncertain Domain (jss-2022-cyber-uncertain-domain, dev), note 17
        (
            'Myriam Dunn Cavelty, "The normalization of cyber-international relations," in Strategic Trends 2015: '
            "81-98. ETH Zurich, Center for Security Studies, 2015. https://css.ethz.ch/en/publications/x.html",
            "Strategic Trends 2015", "ETH Zurich, Center for Security Studies", "2015", "81-98",
        ),
    ],
)
def test_a_chapters_book_then_its_publisher_and_year_without_a_place(raw, container, publisher, date, pages) -> None:
    c = fields(raw)
    assert (c.kind, c.container, c.publisher, c.date, c.pages) == (CitationKind.BOOK, container, publisher, date, pages)


def test_an_inverted_name_list_goes_on_past_initials_and_a_harvard_year_in_parentheses() -> None:
    # Programming Historian lessons (dev): more names after an initial, a hyphen U+2010 in a name
    c = fields("Romein, C. Annemieke, Max Kemman, Julie M. Birkholz, and Albert Meroño‐Peñuela. ‘State of the Field: "
               "Digital History’. History 105, no. 365 (2020): 291–312.")  # fmt: skip
    assert c.authors == ("Romein, C. Annemieke", "Max Kemman", "Julie M. Birkholz", "Albert Meroño‐Peñuela")
    assert (c.title, c.container, c.date) == ("State of the Field: Digital History", "History", "2020")
    c = fields("Ravenstein, E. G., ‘The Laws of Migration’, Journal of the Statistical Society of London, 48 (1885), "
               "167-235.")  # fmt: skip
    assert (c.authors, c.title) == (("Ravenstein, E. G.",), "The Laws of Migration")
    # Law and History Review 2016 note 28 (dev): `Surname, Given I. (2008) Title.`
    c = fields("Shoemaker, Robert B. (2008) The Old Bailey proceedings and the representation of crime and criminal "
               "justice in eighteenth-century London.")  # fmt: skip
    assert (c.authors, c.date) == (("Shoemaker, Robert B",), "2008")
    assert c.title == (
        "The Old Bailey proceedings and the representation of crime and criminal justice in eighteenth-century London"
    )


@pytest.mark.parametrize(
    ("raw", "authors", "year", "pages"),
    [
        # Kane notes 6-8 and 21 (dev): short forms by the authors' surnames, with the work's year
        ("Waterman and Smith, 36n4", ("Waterman", "Smith"), None, "36n4"),
        ("Wendell, Waterman and Michelson, [83] and [100].", ("Wendell", "Waterman", "Michelson"), None,
         "[83] and [100]"),
        ("Merritt 2003, 52", ("Merritt",), "2003", "52"),
        ("Merritt, 2000: 502--31", ("Merritt",), "2000", "502-31"),
        ("Grumet 2009, 11-15, 364-365n4-6", ("Grumet",), "2009", "11-15, 364-365n4-6"),
        ("Fur, 160-198 passim", ("Fur",), None, "160-198 passim"),
    ],
)  # fmt: skip
def test_short_forms_by_surnames_and_year(raw, authors, year, pages) -> None:
    res = parse_citation(raw)
    assert res.maybe_short
    assert (res.citation.authors, res.citation.date, res.citation.pages) == (authors, year, pages)


def test_a_short_title_with_a_number_is_no_author_and_year() -> None:
    # Parameters 2021 (Greater Security Cooperation) note 39 (dev): `NATO 2030, 15` is a report's short title
    assert fields("NATO 2030, 15").date is None


@pytest.mark.parametrize(
    ("raw", "author", "title"),
    [
        # Parameters 52, no. 3 (2022), Borg, notes 1 and 53; Parameters 51, no. 2 (2021), Kim and Simón, note 31
        (
            "President’s Commission on an All-Volunteer Armed Force, The Report of the President’s Commission on an "
            "All-Volunteer Armed Force (Washington, DC: Government Publishing Office, 1970).",
            "President’s Commission on an All-Volunteer Armed Force",
            "The Report of the President’s Commission on an All-Volunteer Armed Force",
        ),
        (
            "Joint Chiefs of Staff (JCS), Developing Today’s Joint Officers for Tomorrow’s Ways of War (Washington, "
            "DC: JCS, May 1, 2020), 2.",
            "Joint Chiefs of Staff (JCS)",
            "Developing Today’s Joint Officers for Tomorrow’s Ways of War",
        ),
        (
            "NATO Reflection Group, NATO 2030: United for a New Era (Brussels: NATO, November 25, 2020), 27–28.",
            "NATO Reflection Group",
            "NATO 2030: United for a New Era",
        ),
    ],
)
def test_a_corporate_author_before_an_untitled_report_is_its_author(raw: str, author: str, title: str) -> None:
    c = fields(raw)
    assert (c.authors, c.title, c.kind) == ((author,), title, CitationKind.REPORT)


def test_a_book_title_with_a_comma_is_not_taken_for_a_corporate_author() -> None:
    c = fields("Samuel Huntington, The Soldier and the State (Cambridge, MA: Belknap Press, 1957).")
    assert (c.authors, c.title, c.kind) == (("Samuel Huntington",), "The Soldier and the State", CitationKind.BOOK)


@pytest.mark.parametrize(
    ("raw", "title", "series"),
    [
        # Parameters 52, no. 3 (2022), Borg, note 15; Parameters 52, no. 2 (2022), Echevarria, note 24
        (
            "Kristy N. Kamarck, Diversity, Inclusion, and Equal Opportunity in the Armed Services: Background and "
            "Issues for Congress, Congressional Research Service (CRS) Report R44321 (Washington, DC: CRS, June 5, "
            "2019), 58.",
            "Diversity, Inclusion, and Equal Opportunity in the Armed Services: Background and Issues for Congress",
            "Congressional Research Service (CRS) Report R44321",
        ),
        (
            "Barbara Salazar Torreon and Sofia Plagakis, Instances of Use of United States Armed Forces Abroad, "
            "1798–2022, Congressional Research Service (CRS) Report R42878, updated March 8, 2022 (Washington, DC: "
            "CRS, March 8, 2022).",
            "Instances of Use of United States Armed Forces Abroad, 1798–2022",
            "Congressional Research Service (CRS) Report R42878",
        ),
        # Parameters 51, no. 2 (2021), Kim and Simón, notes 14 and 30
        (
            "Yogesh Joshi, India-Japan-Australia Minilateral: The Promise and Perils of Balancing Locally, Observer "
            "Research Foundation (ORF) Occasional Paper 114 (New Dehli, India: ORF, May 2017), 1–22.",
            "India-Japan-Australia Minilateral: The Promise and Perils of Balancing Locally",
            "Observer Research Foundation (ORF) Occasional Paper 114",
        ),
        (
            "Tongfi Kim, US Alliance Obligations in the Disputes in the East and South China Seas: Issues of "
            "Applicability and Interpretations, PRIF Report, no. 141 (Frankfurt, Germany: Peace Research Institute "
            "Frankfurt, 2016): 1–34.",
            "US Alliance Obligations in the Disputes in the East and South China Seas: Issues of Applicability and "
            "Interpretations",
            "PRIF Report, no. 141",
        ),
    ],
)
def test_a_numbered_series_between_title_and_imprint_is_the_container(raw: str, title: str, series: str) -> None:
    c = fields(raw)
    assert (c.title, c.container, c.kind) == (title, series, CitationKind.REPORT)


def test_a_papers_number_before_the_imprint_is_not_its_title() -> None:
    # Naval War College Review 75, no. 2 (2022), Kuhara, note 27
    c = fields("Milan Vego, Disputing Sea Control, NWC 1139 (Newport, RI: U.S. Naval War College, June 2015), p. 11.")
    assert (c.title, c.container, c.kind, c.pages) == ("Disputing Sea Control", None, CitationKind.REPORT, "11")


def test_an_annual_reports_year_is_not_a_series_number() -> None:
    c = fields("Jane Doe, Defense Outlook, Annual Report 2019 (London: Example Institute, 2019).")
    assert c.container is None and c.title == "Defense Outlook, Annual Report 2019"


def test_interviews_named_by_a_serial_list_keep_the_whole_list_and_a_place_stays_out() -> None:
    # Parameters 51, no. 2 (2021), Kim and Simón, notes 33 and 38; the seed's note of conversations
    c = fields("Interviews with multiple Japanese, Australian, South Korean, and NATO officials, September 2018.")
    assert (c.kind, c.title, c.date) == (
        CitationKind.PERSONAL, "Interviews with multiple Japanese, Australian, South Korean, and NATO officials",
        "September 2018",
    )
    c = fields("Interviews with multiple US defense officials in Washington, DC, and Brussels, Belgium, May 2019.")
    assert c.title == "Interviews with multiple US defense officials in Washington, DC, and Brussels, Belgium"
    seed = fields("Conversations with US analysts, Washington, DC, March 2011.")
    assert seed.title == "Conversations with US analysts"


def test_a_person_then_discussion_with_author_is_a_personal_communication() -> None:
    # Parameters 52, no. 3 (2022), Borg, notes 56 and 59 (an affiliation in brackets is not the name)
    c = fields("Kate Kuzminski (Center for a New American Security), discussion with author, September 2021.")
    assert (c.kind, c.authors, c.title, c.date) == (
        CitationKind.PERSONAL, ("Kate Kuzminski",), "discussion with author", "September 2021"
    )
    assert fields("Anthony Cordesman, discussion with author, September 2021.").authors == ("Anthony Cordesman",)


def test_a_doi_printed_after_the_pages_leaves_the_journal_and_pages_whole() -> None:
    # Technology and Culture 2019 (Guldi) note 8 (dev): Chicago's `doi:` after the pages (17th ed. 14.175)
    c = fields("Uriel Cohen Priva and Joseph L. Austerweil, “Analyzing the History of Cognition Using Topic Models,” "
               "Cognition 135 (February 2015): 4–9, doi:10.1016/j.cognition.2014.11.006")  # fmt: skip
    assert (c.container, c.date, c.pages, c.url) == ("Cognition", "February 2015", "4-9", None)


def test_a_short_title_with_a_pinpoint_on_a_note() -> None:
    # Journal of Early American History 2017 (Kane) note 26 (dev)
    res = parse_citation("Waterman and Smith, Munsee Indian Trade, 222n289–291.")
    assert res.maybe_short and (res.citation.title, res.citation.pages) == ("Munsee Indian Trade", "222n289-291")


@pytest.mark.parametrize(
    ("raw", "pages"),
    [
        # Naval War College Review 75, no. 2 (2022), Kuhara, notes 11 and 30
        ("Michael Gilday [Adm., USN], “CNO NAVPLAN,” America’s Navy, January 2021, p. 2, navy.mil/.", "2"),
        (
            "Bernard Cole, “Does Mahan Help Us Understand China’s Maritime Strategy?,” review of Red Star over the "
            "Pacific, by Toshi Yoshihara and James R. Holmes, Asia Policy 12 (July 2011), pp. 153–57.",
            "153-57",
        ),
        # CRS R48469 (2026), note 23
        ("GAO, “Combatting Illegal Fishing,” GAO-23-105643, May 2023, p. 11, https://www.gao.gov/assets/d23105643.pdf.",
         "11"),
    ],
)
def test_pages_marked_p_after_the_date_are_the_pinpoint(raw: str, pages: str) -> None:
    assert fields(raw).pages == pages


@pytest.mark.parametrize(
    ("raw", "pages"),
    [
        # Office of the Historian, To The 1991 FRUS Statute (2012), notes 4 and 9 (dev)
        ("Bernard Gwertzman, “U.S. Tells of ’54 Guatemala Invasion,” *New York Times*, January 4, 1984, p. A3.", "A3"),
        ("“History Bleached at State,” *New York Times*, May 16, 1990, p. A26", "A26"),
        ("Helen Dewar, “Senate Panel’s Quest,” Washington Post, June 11, 1990, pp. A1, A13.", "A1, A13"),
    ],
)
def test_a_newspapers_section_page_is_the_pinpoint(raw: str, pages: str) -> None:
    found = fields(raw)
    assert (found.kind, found.pages) == (CitationKind.NEWS, pages)


@pytest.mark.parametrize(
    "raw",
    [
        # Technology and Culture 2019 (Guldi) note 12 and JSS 2022 (cyber) note 24 (dev), and the corpus's convention
        # (SOURCES.md): a paper in a conference's proceedings is cited like a journal article
        "Kira Radinsky et al., “A Word at a Time: Computing Word Relatedness Using Temporal Semantic Analysis,” in "
        "Proceedings of the 20th International Conference on World Wide Web, WWW '11 (New York, NY, USA: ACM, 2011), "
        "337–346",
        "Xuerui Wang and Andrew McCallum, “Topics over Time,” in Proceedings of the 12th ACM SIGKDD International "
        "Conference on Knowledge Discovery and Data Mining (New York: ACM, 2006), 424–433",
    ],
)
def test_a_paper_in_conference_proceedings_is_a_journal_article(raw: str) -> None:
    assert fields(raw).kind is CitationKind.JOURNAL


def test_selected_papers_of_a_congress_stay_a_book() -> None:
    # the shape of Barleta (JSH 2021) note 18 (dev), shortened: no `Proceedings of` nor `Conference`
    c = fields(
        "Jane Doe, “A Paper,” in Men and Cultures: Selected Papers of the Fifth International Congress of "
        "Anthropological and Ethnological Sciences, ed. A. Wallace (Philadelphia: UPP, 1960), 20–30."
    )
    assert c.kind is CitationKind.BOOK


@pytest.mark.parametrize(
    ("raw", "pages"),
    [
        # Mapping the Republic of Letters (2012), note 10; JSS 15, no. 3 (2022), Greco, note 4; JSS 15, no. 2 (2022),
        # Devanny et al., note 30: the dated parenthesis, then a comma or a colon, then the pages
        ("Dena Goodman, “Letters,” Journal of the History of Ideas, 65 (April 2004), 251-276.", "251-276"),
        ("Morgan Mouton, “Worlding Infrastructure,” Urban Studies 58 no. 3, (January 2020): 621-638, "
         "https://doi.org/10.1177/0042098019891011.", "621-638"),
        ('John Markoff, "Before the gunfire, cyberattacks," New York Times, August 13 (2008): 27-28. '
         "https://www.nytimes.com/2008/08/13/technology/13cyber.html.", "27-28"),
    ],
)
def test_pages_after_a_periodicals_dated_parenthesis(raw: str, pages: str) -> None:
    assert fields(raw).pages == pages


@pytest.mark.parametrize(
    ("raw", "pages"),
    [
        # Tatlock et al. (Cultural Analytics 2018), notes 11 and 9 (dev): Chicago's `esp.` before the pinpoint
        ("Christine Pawley, Reading on the Middle Border: The Culture of Print in Late-Nineteenth-Century Osage, "
         "Iowa (Amherst: University of Massachusetts Press, 2001), esp. 34", "34"),
        ('Wadsworth, "Gender-Specific Series Books," esp. 22-26.', "22-26"),
        ("Stanley Fish, Is there a Text in this Class: The Authority of Interpretive Communities (Cambridge, MA: "
         "Harvard University Press, 1982), passim", "passim"),
        # Winterer (MIH 2012), note 39 (dev): after an article's range, `esp.` marks a page inside it
        ('C. Browne, "Scientific Notes," Isis, 11 (Dec. 1928), 325-342, esp. 327.', "325-342"),
        # Broude (Scholarly Editing 2012), notes 8 and 10 (dev): `passim, but esp.`, and a parenthesis closed twice
        ("A Critique of Modern Textual Criticism (Chicago: University of Chicago Press, 1983), passim, but esp. pp. "
         "15-49.", "15-49"),
        ("See Paul Eggert, Securing the Past (Cambridge: Cambridge University Press, 2009), passim, but esp. pp. "
         "214-240).", "214-240"),
        # (a year closing a parenthesis is no page: `(Durham: Duke University Press, 1956, 1928)`)
        ("Henry Nash Smith, Mark Twain of the Enterprise (Berkeley: University of California Press, 1957), 1928).",
         None),
    ],
)
def test_a_pinpoint_after_esp_is_the_pages_without_the_word(raw: str, pages: str) -> None:
    assert fields(raw).pages == pages


@pytest.mark.parametrize(
    ("raw", "container", "publisher"),
    [
        # Tatlock et al. (Cultural Analytics 2018), notes 4 and 36 (dev): Chicago's chapter printed without `in`,
        # the book known by `edited by` after it
        ('Tony Bennett, "Texts in History: The Determinations of Readings and Their Texts," Reception Study: From '
         "Literary Theory to Cultural Studies, edited by James L. Machor and Philip Goldstein (New York: Routledge, "
         "2001), 66.", "Reception Study: From Literary Theory to Cultural Studies", "Routledge"),
        ('Ute Frevert, "Defining Emotions: Concepts and Debates over Three Centuries," ch. 1 of Emotional Lexicons: '
         "Continuity and Change in the Vocabulary of Feeling 1700-2000, edited by Ute Frevert (Oxford: Oxford "
         "University Press, 2014), 5.",
         "Emotional Lexicons: Continuity and Change in the Vocabulary of Feeling 1700-2000", "Oxford University Press"),
        # Chapman (FORCES 2021), note 13 (dev): `In` capitalised, the editors named before `eds.`
        ("“Installation of the Submarine Optical Cable,” In Submarine Optical Cable Engineering, Ye Yincan et. al. "
         "eds. (Cambridge, MA: Academic Press, 2018): 161-162",
         "Submarine Optical Cable Engineering", "Academic Press"),
    ],
)
def test_a_chapter_known_by_its_editors_is_in_a_book(raw: str, container: str, publisher: str) -> None:
    c = fields(raw)
    assert (c.kind, c.container, c.publisher) == (CitationKind.BOOK, container, publisher)


def test_a_short_sentence_naming_the_author_is_not_the_author() -> None:
    # Tatlock et al. (Cultural Analytics 2018), note 6 (dev)
    c = fields('One recent example is Allison Layfield, "Asian American Literature and Reading Formations," '
               "reception 7 (2015): 64-82.")
    assert c.authors == ("Allison Layfield",)


def test_a_sentence_naming_two_authors_before_a_book() -> None:
    # Liddle (Cultural Analytics 2019), note 16 (dev)
    c = fields("An excellent study of how the development of digital and non-digital communication networks were "
               "influenced by the same patterns and forces is Gerard J. Holzmann and Björn Pehrson, The Early "
               "History of Data Networks (Washington and Brussels: IEEE Computer Society Press, 1995).")
    assert (c.authors, c.title) == (("Gerard J. Holzmann", "Björn Pehrson"), "The Early History of Data Networks")


@pytest.mark.parametrize(
    ("raw", "container", "pages"),
    [
        # Midura (JSH 2021), notes 5 and 9 (dev): volume and issue with no `no.`
        ('Shawn Graham, "Networks, Agent-Based Models and the Antonine Itineraries: Implications for Roman '
         'Archaeology," Journal of Mediterranean Archaeology 19 1 (2006): 45-64.',
         "Journal of Mediterranean Archaeology", "45-64"),
        # O'Leary and Moreton (Cultural Analytics 2017), note 1 (dev): `3(1), (2016)`
        ('Martin Grandjean, "A social network analysis of Twitter," Cogent Arts & Humanities 3(1), (2016): 1171458.',
         "Cogent Arts & Humanities", "1171458"),
        # Midura, note 8: a double volume
        ('Armando Serra, "\'Monopolio Naturale\' di autori postali," Archivio per la storia postale 14-15 (2003): '
         "19-80", "Archivio per la storia postale", "19-80"),
        # Winterer (MIH 2012), note 13 (dev): a journal's series before the volume
        ('N. Fiering, "The Transatlantic Republic of Letters: A Note," William and Mary Quarterly 3d ser., 33 '
         "(Oct. 1976), 642-60.", "William and Mary Quarterly", "642-60"),
        # Tatlock et al. (Cultural Analytics 2018), note 2 (dev): a stray full stop after the volume
        ('Hans Robert Jauss, "Literary History as Challenge to Literary Theory," New Literary History 2. no. 1 '
         "(Autumn, 1970): 13", "New Literary History", "13"),
        # Fyfe and Ge (Cultural Analytics 2018), note 6 (dev): a journal whose name starts with a number
        ('James Mussell and Suzanne Paylor, "Mapping the \'Mighty Maze\': Nineteenth-Century Serials Edition," 19: '
         "Interdisciplinary Studies in the Long Nineteenth Century 1 (2005)",
         "19: Interdisciplinary Studies in the Long Nineteenth Century", None),
    ],
)
def test_a_journals_volume_and_issue_are_not_its_name(raw: str, container: str, pages: str | None) -> None:
    c = fields(raw)
    assert (c.kind, c.container, c.pages) == (CitationKind.JOURNAL, container, pages)


@pytest.mark.parametrize(
    ("raw", "container", "pages"),
    [
        # Understanding Uncontested Prosecutor Elections (Am. Crim. L. Rev. 2023), note 6 (dev): words of the
        # journal's name set apart by commas
        ("Janet C. Hoeffel & Stephen I. Singer, Elections, Power, and Local Control: Reining in Chief Prosecutors and "
         "Sheriffs, 15 U. MD. L.J. RACE, RELIGION, GENDER & CLASS 319, 323 (2015).",
         "U. MD. L.J. RACE, RELIGION, GENDER & CLASS", "319, 323"),
        # Nano-contracts (JOLT 2024), note 191 (dev): a pinpoint's range whose dash the text lost, one digit each
        ("Uri Gneezy & Aldo Rustichini, A Fine Is a Price, 29 J. LEG. STUDS. 1, 7 8 (2000).", "J. LEG. STUDS.",
         "1, 7 8"),
        # Consumer activism (DePaul L. Rev. 2020), note 130 (dev): a dash inside the journal's name
        ("See, e.g., Michelle A. Morganosky & Hilda M. Buckley, Complaint Behavior: Analysis by Demographics, "
         "Lifestyle, and Consumer Values, 14 NA – ADVANCESIN CONSUMER RES. 223–26 (1987).",
         "NA – ADVANCESIN CONSUMER RES.", "223-26"),
        # Smart readers (GWU L. Rev. 2022), note 129 (dev): the space after the title's comma lost
        ("Yonathan A. Arbel & Roy Shapira, Consumer Activism: From the Informed Minority to the Crusading "
         "Majority,69 DEPAUL L. REV. 233, 241 (2020).", "DEPAUL L. REV.", "233, 241"),
    ],
)
def test_a_bluebook_journal_printed_unevenly_is_still_a_journal(raw: str, container: str, pages: str) -> None:
    c = fields(raw)
    assert (c.kind, c.container, c.pages) == (CitationKind.JOURNAL, container, pages)


@pytest.mark.parametrize(
    ("raw", "container"),
    [
        # All Caps (SSRN 2020), note 8 (dev): a journal abbreviated by Bluebook's T13, its volume left out
        ("See Sidney DeLong, Jacques of All Trades: Derrida, Lacan, and the Commercial Lawyer, J. LEGAL EDUC. 131 "
         "(1995)", "J. LEGAL EDUC."),
        # Truth Bounties (SSRN 2022), note 31 (dev): a journal's article not yet paginated
        ("See Yonathan A. Arbel & Murat Mungan, Defamation Law and Bayesian Audiences, J. LEG. STUD. (Forthcoming, "
         "2022).", "J. LEG. STUD."),
        # Reputation Failure (SSRN 2019), note 109 (dev): a conference's proceedings
        ("Nan Hu et al., Can Online Reviews Reveal a Product’s True Quality? Empirical Findings and Analytical "
         "Modeling of Online Word-of-Mouth Communication, EC ‘06 PROC. 7TH ACM CONF. ELECTRONIC COM. 324, 327 (2006).",
         "EC ‘06 PROC. 7TH ACM CONF. ELECTRONIC COM."),
    ],
)
def test_a_journal_or_proceedings_without_a_volume_is_a_journal(raw: str, container: str) -> None:
    c = fields(raw)
    assert (c.kind, c.container, c.publisher) == (CitationKind.JOURNAL, container, None)


def test_a_title_in_small_capitals_with_a_subtitle_runs_on_past_its_commas() -> None:
    # Smart Readers (GWU L. Rev. 2022), note 100; Reputation Failure (SSRN 2019) cites it too (dev)
    c = fields("See FTC, THE “SHARING” ECONOMY: ISSUES FACING PLATFORMS, PARTICIPANTS & REGULATORS 32 (2016), "
               "https://www.ftc.gov/system/files/documents/reports/sharing-economy.pdf")  # fmt: skip
    assert (c.authors, c.title, c.publisher) == (
        ("FTC",), "THE “SHARING” ECONOMY: ISSUES FACING PLATFORMS, PARTICIPANTS & REGULATORS", None
    )


def test_an_ampersand_after_the_serial_comma_closes_a_list_of_authors() -> None:
    # Digital Dominion (UIC John Marshall Law School white paper, 2021), note 41 (dev)
    c = fields("See, e.g., Eva Galperin, Morgan Marquis-Boire, & John Scott-Railton, Quantum of Surveillance: Familiar "
               "Actors and Possible False Flags in Syrian Malware Campaigns, Electronic Frontier Foundation, available "
               "at: https://www.eff.org/files/2013/12/28/quantum_of_surveillance4d.pdf")  # fmt: skip
    assert c.authors == ("Eva Galperin", "Morgan Marquis-Boire", "John Scott-Railton")


def test_a_case_reported_in_three_reporters_is_cited_by_the_first() -> None:
    # The Internet as a Speech Machine (U. Chi. Legal F. 2020), note 85 (dev)
    c = fields("Texas v. Johnson, 491 U.S. 397, 406, 109 S.Ct. 2533, 2540, 105 L.Ed.2d 342 (1989)")
    assert (c.title, c.container, c.volume, c.pages) == ("Texas v. Johnson", "U.S.", "491", "397, 406")


def test_a_list_of_authors_cut_short_by_et_al_ends_before_the_title() -> None:
    # Cyber TRIA (Duke L. & Tech. Rev. 2021), note 42 (dev)
    c = fields("Peter Bergen, Albert Ford, et al., Terrorism in America After 9/11, NEW AMERICA (Sep. 18, 2019), "
               "https://www.newamerica.org/in-depth/terrorism-inamerica/part-i-overview-terrorism-cases-2001-today/.")
    assert (c.authors, c.title) == (("Peter Bergen", "Albert Ford"), "Terrorism in America After 9/11")


@pytest.mark.parametrize(
    ("raw", "authors"),
    [
        # Unilateral Sanctions (Hastings Int'l & Comp. L. Rev. 2021), note 61 (dev): `et. al.`, a stray full stop
        ("Alan F. Enslen et. al., Balancing Free Trade with International Security: What Every Alabama Attorney "
         "Should Know about International Trade Controls, 74 Ala Law. 97, 100 (2013).", ("Alan F. Enslen",)),
        # Smart Readers (GWU L. Rev. 2022), note 53 (dev): accents the text layer set apart from their letters
        ("See, e.g., Louis Martin, Angela Fan, E´ric de la Clergerie, Antoine Bordes & Benoıˆt Sagot, Multilingual "
         "Unsupervised Sentence Simplification, ARXIV (May 1, 2020), https://arxiv.org/pdf/2005.00352v1.pdf",
         ("Louis Martin", "Angela Fan", "E´ric de la Clergerie", "Antoine Bordes", "Benoıˆt Sagot")),
        # AI Beyond the Grave (SSRN 2025), note 108 (dev): a double surname's hyphen the text layer spaced
        ("Shelly Kreiczer -Levy, Deliberative Accountability Rules in Inheritance Law, 45 U. MICH. J.L. REFORM 937, "
         "938 (2012).", ("Shelly Kreiczer -Levy",)),
    ],
)
def test_a_name_printed_unevenly_is_still_the_author(raw: str, authors: tuple[str, ...]) -> None:
    assert fields(raw).authors == authors


def test_a_signal_whose_comma_lost_its_space_is_still_a_signal() -> None:
    # Smart Readers (GWU L. Rev. 2022), note 65 (dev)
    c = fields("See, e.g.,Ariel Porat & Lior Jacob Strahilevitz, Personalizing De- fault Rules and Disclosure with Big "
               "Data, 112 MICH. L. REV. 1417 (2013).")  # fmt: skip
    assert c.authors == ("Ariel Porat", "Lior Jacob Strahilevitz")


def test_a_one_digit_page_after_a_title_ending_in_a_number_is_no_lost_range() -> None:
    # Handle with Care (Seattle J. Tech., Env't & Innovation L. 2021), note 34 (dev): `AND 20 1 (2019)`, a title's
    # number
    c = fields("NAT’L NETWORK TO END DOMESTIC VIOLENCE, VAWA AND RELATED PROGRAMS APPROPRIATIONS FOR FISCAL YEARS 18, "
               "19, AND 20 1 (2019), https://nnedv.org/wp-content/uploads/2019/07/Library_Policy_NNEDV-FY20-Approps-"
               "Chart-.pdf.")  # fmt: skip
    assert c.title == "VAWA AND RELATED PROGRAMS APPROPRIATIONS FOR FISCAL YEARS 18, 19, AND 20"


def test_a_generation_after_a_comma_stays_with_the_name() -> None:
    # Tatlock et al. (Cultural Analytics 2018), note 33 (dev)
    c = fields("Horatio Alger, Jr., Ragged Dick (Boston: Loring, 1868).")
    assert (c.authors, c.title) == (("Horatio Alger, Jr.",), "Ragged Dick")


@pytest.mark.parametrize(
    ("raw", "author", "title", "pages"),
    [
        # Lee et al. (Cultural Analytics 2018), notes 25 and 32 (dev): early books in their own spelling, cited by
        # place and year, a signature for a page
        ("Thomas Hariot, A briefe and true report of the new found land of Virginia of the commodities and of the "
         "nature and manners of the naturall inhabitants (Frankfurt, 1590), 31.", "Thomas Hariot",
         "A briefe and true report of the new found land of Virginia of the commodities and of the nature and "
         "manners of the naturall inhabitants", "31"),
        ("Pietro Martire d'Anghiera, The history of travayle in the West and East Indies, trans. Richard Eden "
         "(London, 1577), sig. A4v.", "Pietro Martire d'Anghiera", "The history of travayle in the West and East "
         "Indies", "sig. A4v"),
        # McCarl, introduction to Seyxas's Avisos (Scholarly Editing 2014; scholed-2014-avisos-intro-n41,
        # dev), note 66: two editors, a title in Spanish with a sentence break, the page of a volume of the set
        ("Manuel Moreyra y Paz Soldán and Guillermo Céspedes del Castillo, eds., Virreinato peruano: documentos para "
         "su historia. Colección de cartas de virreyes: Conde de la Monclova (Lima, 1955), 3:13–22.",
         "Manuel Moreyra y Paz Soldán", "Virreinato peruano: documentos para su historia. Colección de cartas de "
         "virreyes: Conde de la Monclova", "3:13-22"),
        # Pierazzo, introduction to Lo Stufaiuolo (Scholarly Editing 2015; scholed-2015-stufaiuolo-intro, dev), note 18:
        # the place in its own language
        ("Salomone Morpurgo, I Manoscritti della Biblioteca Riccardiana di Firenze: Manoscritti Italiani (Roma, "
         "1900), 1:235–39.", "Salomone Morpurgo", "I Manoscritti della Biblioteca Riccardiana di Firenze: "
         "Manoscritti Italiani", "1:235-39"),
    ],
)
def test_an_early_book_cited_by_place_and_year(raw: str, author: str, title: str, pages: str) -> None:
    c = fields(raw)
    assert (c.kind, c.authors[0], c.title, c.pages) == (CitationKind.BOOK, author, title, pages)
    assert c.publisher is None  # (Frankfurt, London, Lima: the place alone)


def test_a_comment_then_a_book_by_two_editors() -> None:
    # the same note: the comment ends where two editors' names begin, however long the names
    (c,) = parse_text(
        "1. These materials are transcribed in Manuel Moreyra y Paz Soldán and Guillermo Céspedes del Castillo, eds., "
        "Virreinato peruano: documentos para su historia (Lima, 1955), 3:13–22.\n"
    ).notes[0].citations
    assert (c.kind, c.authors) == (
        CitationKind.BOOK, ("Manuel Moreyra y Paz Soldán", "Guillermo Céspedes del Castillo"),
    )  # fmt: skip


@pytest.mark.parametrize(
    "raw",
    [
        # Liddle (Cultural Analytics 2019), note 15; Barleta (JSH 2021), note 11 (dev)
        'Franco Moretti, "Literature, Measured," Stanford Literary Lab Pamphlet 12, April 2016, '
        "https://litlab.stanford.edu/LiteraryLabPamphlet12.pdf.",
        'Arguing with Digital History working group, "Digital History and Argument," white paper, Roy Rosenzweig '
        "Center for History and New Media (November 13, 2017): 21-27. https://rrchnm.org/argument-white-paper/.",
    ],
)
def test_a_paper_in_an_institutions_series_is_a_report(raw: str) -> None:
    assert fields(raw).kind is CitationKind.REPORT


def test_a_sentence_naming_the_author_then_in_and_the_book() -> None:
    # Lee et al. (Cultural Analytics 2018), note 6 (dev)
    c = fields("We also draw upon the work of Jane Hwang Degenhardt in Islamic Conversion and Christian Resistance "
               "on the Early Modern Stage (Edinburgh: Edinburgh University Press, 2010).")
    title = "Islamic Conversion and Christian Resistance on the Early Modern Stage"
    assert (c.kind, c.authors, c.title) == (CitationKind.BOOK, ("Jane Hwang Degenhardt",), title)


@pytest.mark.parametrize(
    ("raw", "authors"),
    [
        # Liddle (Cultural Analytics 2019), notes 6 and 19; Winterer (MIH 2012), note 39 (dev): a sentence of comment
        # ends in the authors' names, initials and all, or in the names and `in`
        ("For a brief and readable overview I recommend the background section of M. B. Plenio and V. Vitelli, "
         '"The physics of forgetting," Contemporary Physics 42.1 (2001): 25-60.', ("M. B. Plenio", "V. Vitelli")),
        ('On annotations in Latin, see C. Browne, "Scientific Notes," Isis, 11 (Dec. 1928), 325-342.', ("C. Browne",)),
        ("The compressibility of 21 different translations of the EU Constitution was tested by Markus Sadeniemi, "
         'Kimmo Kettunen, and Timo Honkela in "Complexity of European Union Languages: A Comparative Approach," '
         "Journal of Quantitative Linguistics 15.2 (2008): 185-211.",
         ("Markus Sadeniemi", "Kimmo Kettunen", "Timo Honkela")),
    ],
)
def test_the_names_a_sentence_of_comment_ends_in_are_the_authors(raw: str, authors: tuple[str, ...]) -> None:
    assert fields(raw).authors == authors


@pytest.mark.parametrize(
    ("raw", "publisher"),
    [
        # JSS 15, no. 2 (2022), note 35; Naval War College Review 75, no. 1 (2022), note 35: a paper named with the
        # body that issued it and a year, no site mark: the body is the publisher, the paper a report
        ('Joe Devanny, "UK National Security Decision-Making in Context," Sasakawa Peace Foundation (2018), '
         "https://www.spf.org/projects/upload/UK.pdf.", "Sasakawa Peace Foundation"),
        ("Junichi Abe, “Research for Political Suggestions,” Japan External Trade Organization, 2011, www.ide.go.jp/.",
         "Japan External Trade Organization"),
    ],
)
def test_a_think_tank_named_with_a_year_publishes_the_paper(raw: str, publisher: str) -> None:
    c = fields(raw)
    assert (c.kind, c.publisher, c.container) == (CitationKind.REPORT, publisher, None)


def test_a_think_tanks_site_marked_website_stays_the_container() -> None:
    # Parameters 52, no. 4 (2022), Meeting the US Military's Manpower Challenges, note 43
    c = fields(
        "Mark F. Cancian, “U.S. Military Forces in FY 2020: Army,” Center for Strategic and International Studies "
        "(website), October 15, 2019, 4, https://www.csis.org/analysis/us-military-forces-fy-2020-army."
    )
    assert (c.container, c.publisher) == ("Center for Strategic and International Studies", None)


# ------------------------------------------------------------------ literary history (Gavin and Gidal; Erlin; dev)
@pytest.mark.parametrize(
    ("raw", "publisher", "place"),
    [
        # a British university press printed without its place is a publisher, not `Oxford` in a state `UP`
        ("R.H. Campbell, Scotland Since 1707: The Rise of an Industrial Society (Oxford UP, 1965).", "Oxford UP", None),
        ("J. Smith, A Book about Places (Ithaca NY, 1990).", None, "Ithaca NY"),
    ],
)
def test_a_press_abbreviated_up_is_no_state(raw: str, publisher: str | None, place: str | None) -> None:
    c = fields(raw)
    assert (c.publisher, c.place) == (publisher, place)


def test_a_journal_volume_and_issue_joined_by_a_comma() -> None:
    c = fields('Waldo Tobler, "A Computer Movie," Economic Geography 46, 2 (1970): 234-40.')
    assert (c.kind, c.container, c.volume, c.issue, c.pages) == (CitationKind.JOURNAL, "Economic Geography", "46", "2",
                                                                 "234-40")  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "authors", "title"),
    [
        ("Fiona J. Stafford and Howard Gaskill, eds. From Gaelic to Romantic: Ossianic Translations (Amsterdam: "
         "Rodopi, 1998).", ("Fiona J. Stafford", "Howard Gaskill"), "From Gaelic to Romantic: Ossianic Translations"),
        ("Roland Borgards et al (eds), Literatur und Wissen: Ein interdisziplinäres Handbuch (Stuttgart: Metzler, "
         "2013).", ("Roland Borgards",), "Literatur und Wissen: Ein interdisziplinäres Handbuch"),
        # a sentence of comment whose subject is the author, the work after `in`
        ("Howard Gaskill has edited the most comprehensive study of the poetry's reception in The Reception of "
         "Ossian in Europe (London: Thoemmes Continuum, 2004).", ("Howard Gaskill",),
         "The Reception of Ossian in Europe"),
        ('Angela Schwering reviews various techniques, borrowed from corpus linguistics, for extrapolating geospatial '
         'concepts from texts in "Approaches to Semantic Similarity Measurement for Geo-Spatial Data: A Survey," '
         "Transactions in GIS 12, 1 (2008): 5-29.", ("Angela Schwering",),
         "Approaches to Semantic Similarity Measurement for Geo-Spatial Data: A Survey"),
    ],
)  # fmt: skip
def test_editors_and_authors_named_around_a_literary_history_citation(raw: str, authors: tuple, title: str) -> None:
    c = fields(raw)
    assert (c.authors, c.title) == (authors, title)


@pytest.mark.parametrize(
    ("raw", "title", "publisher"),
    [
        (  # GAO-07-283 note 23: the agency and its department between an unquoted title and the year
            "John H. Wood, Gary R. Long, and David F. Morehouse, Long Term World Oil Supply Scenarios: The Future Is"
            " Neither as Bleak or Rosy as Some Assert, Energy Information Administration, U.S. Department of Energy"
            " (2004).",
            "Long Term World Oil Supply Scenarios: The Future Is Neither as Bleak or Rosy as Some Assert",
            "Energy Information Administration, U.S. Department of Energy",
        ),
        (  # GAO-07-283 note 24: a laboratory; the title's own commas stay in the title
            "David L. Greene, Janet L. Hopson, and Jai Li, Running Out Of and Into Oil: Analyzing Global Oil Depletion"
            " and Transition Through 2050, Oak Ridge National Laboratory, Department of Energy (2003)",
            "Running Out Of and Into Oil: Analyzing Global Oil Depletion and Transition Through 2050",
            "Oak Ridge National Laboratory, Department of Energy",
        ),
        (  # GAO-07-283 note 26: the technical report's number is not the container
            "Donald F. Fournier and Eileen T. Westervelt, Energy Trends and Their Implications for U.S. Army"
            " Installations, U.S. Army Corps of Engineers, Engineer Research and Development Center, ERDC/CERL"
            " TR-05-21 (September 2005).",
            "Energy Trends and Their Implications for U.S. Army Installations",
            "U.S. Army Corps of Engineers, Engineer Research and Development Center",
        ),
    ],
)
def test_bodies_between_an_unquoted_title_and_its_date_issued_the_report(raw: str, title: str, publisher: str) -> None:
    c = fields(raw)
    assert (c.kind, c.title, c.publisher, c.container) == (CitationKind.REPORT, title, publisher, None)


def test_a_title_ending_in_a_forum_with_a_day_date_keeps_it() -> None:
    # a forum's or a blog's dated piece is no report its body issued
    c = fields("Jane Doe, The Case for Rules, Harvard Law School Forum on Corporate Governance (Mar. 1, 2023).")
    assert c.publisher is None


@pytest.mark.parametrize(
    ("raw", "title", "container", "publisher"),
    [
        # Evans and Wilkens (Cultural Analytics 2018), notes 27, 28, 32; Gavin and Gidal, note 29 (dev): an edition is
        # not part of a title or a book's name, nor a year glued to the publisher
        ("Dinah Birch, ed., Oxford Companion to English Literature. 7th ed. Oxford: Oxford UP, 2009, ix.",
         "Oxford Companion to English Literature", None, "Oxford UP"),
        ("Ben Weinreb and John Keay, The London Encyclopaedia. 3rd Ed. (London: Macmillan, 2008), 427.",
         "The London Encyclopaedia", None, "Macmillan"),
        ('Laura C. Mandell, "Gendering Digital Literary History," in A New Companion to Digital Humanities, 2nd ed. '
         "Eds. Susan Schreibman and John Unsworth (Hoboken, NJ: Wiley-Blackwell, 2016), 511-23.",
         "Gendering Digital Literary History", "A New Companion to Digital Humanities", "Wiley-Blackwell"),
        ('Guoray Cai, "GeoVSM," in GIScience 2002, ed. Max J. Egenhofer and David M. Mark (Springer 2002), 65-79.',
         "GeoVSM", "GIScience 2002", "Springer"),
    ],
)  # fmt: skip
def test_an_edition_and_a_glued_year_are_not_names(raw: str, title: str, container: str | None, publisher: str) -> None:
    c = fields(raw)
    assert (c.title, c.container, c.publisher) == (title, container, publisher)


def test_a_comment_listing_works_names_the_first_author() -> None:
    # Evans and Wilkens, note 12 (dev)
    c = fields("edited collections such as Dana Arnold, ed., The Metropolis and its Image: Constructing Identities for "
               "London, c. 1750-1950 (Oxford: Blackwell, 1999)")  # fmt: skip
    assert (c.authors, c.title) == (("Dana Arnold",), "The Metropolis and its Image: Constructing Identities for "
                                                      "London, c. 1750-1950")  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "kind", "title", "publisher", "place"),
    [
        # Gavin and Gidal (Cultural Analytics 2017), note 5 (dev): years before the imprint end the title
        ("R.H. Campbell, The Rise and Fall of Scottish Industry, 1707-1939 (Edinburgh UP, 1980).", CitationKind.BOOK,
         "The Rise and Fall of Scottish Industry, 1707-1939", "Edinburgh UP", None),
        ("T. M. Devine, The Transformation of Scotland: The Economy Since 1700 (Edinburgh UP, 2005).",
         CitationKind.BOOK, "The Transformation of Scotland: The Economy Since 1700", "Edinburgh UP", None),
        # Liddle (Cultural Analytics 2019), note 20 (dev): an imprint with a comma for its colon, two places first
        ("Ming Li and Paul Vitányi, An Introduction to Kolmogorov Complexity and its Applications, 2nd ed. (New York "
         "and Berlin, Springer, 1997).", CitationKind.BOOK,
         "An Introduction to Kolmogorov Complexity and its Applications", "Springer", "New York and Berlin"),
    ],
)  # fmt: skip
def test_a_book_imprint_read_in_the_bluebook_shape(raw: str, kind, title: str, publisher: str, place) -> None:
    c = fields(raw)
    assert (c.kind, c.title, c.pages, c.publisher, c.place) == (kind, title, None, publisher, place)


@pytest.mark.parametrize(
    ("raw", "container", "pages"),
    [
        # Gavin and Gidal (Cultural Analytics 2017), note 11; Winterer (Modern Intellectual History 2012), note 17 (dev)
        ('C. H. Lee, "The Establishment of the Financial Network," in Devine, Lee, and Peden, The Transformation of '
         "Scotland, 100-127.", "The Transformation of Scotland", "100-127"),
        ('H. Amory, "Reinventing the Colonial Book," in Amory and Hall, Colonial Books, 43.', "Colonial Books", "43"),
    ],
)  # fmt: skip
def test_a_chapter_whose_book_is_named_by_its_editors_surnames(raw: str, container: str, pages: str) -> None:
    c = fields(raw)
    assert (c.kind, c.container, c.pages) == (CitationKind.BOOK, container, pages)


def test_a_work_in_volumes_printed_over_years() -> None:
    # Evans and Wilkens (Cultural Analytics 2018), note 8 (dev)
    c = fields("David Kynaston, City of London. 4 Vols. (London: Chatto & Windus, 1994-2001).")
    assert (c.title, c.date, c.publisher) == ("City of London", "1994-2001", "Chatto & Windus")


@pytest.mark.parametrize("raw", ["S.Rept. 119-44.", "H.Rept. 119-272.", "See S. 3755.", "H.R. 5248.", "S.Hrg. 118-31."])
def test_a_bill_or_congressional_report_cited_by_its_designation_alone_is_official(raw: str) -> None:
    c = fields(raw)
    assert (c.kind, c.title) == (CitationKind.OFFICIAL, raw.removeprefix("See ").rstrip("."))


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        (  # CRS R47324 note 19: a company's release on its investor site, not called a press release
            "The Metals Company (TMC), \"The Metals Company and Allseas Announce Successful Deep-Water Test,\" May 5,"
            " 2022, https://investors.metals.co/news-releases/news-release-details/metals-company-and-allseas.",
            CitationKind.OFFICIAL,
        ),
        (  # a newswire's copy of a release is no official document
            "PR Newswire, \"Live Nation Entertainment Acquires Remaining Equity Stake,\" February 7, 2011,"
            " https://www.prnewswire.com/news-releases/live-nation-entertainment-acquires-115474169.html.",
            None,
        ),
        (  # parameters-2022-manpower-challenges n35 (dev): called a press release, on a member's site
            "“Press Release: Waltz Requests Critical Race Theory Materials & Presentations from West Point,” Mike Waltz"
            " (website), April 8, 2021, https://waltz.house.gov/news/documentsingle.aspx?DocumentID=566.",
            CitationKind.OFFICIAL,
        ),
        (  # nejpp-2022-innovation-ecosystem n56 (dev)
            "“Union Election Petitions Increase 57% in the First Half of Fiscal Year 2022,” National Labor Relations"
            " Board, press release, April 6, 2022, https://www.nlrb.gov/news-outreach/news-story/union-election.",
            CitationKind.OFFICIAL,
        ),
        (  # called so, but a newswire's copy all the same
            "“Acme Acquires Widgets,” Acme Corp. press release, May 1, 2020, https://www.businesswire.com/news/home/1.",
            None,
        ),
    ],
)
def test_a_press_release_on_the_bodys_own_site_is_official(raw: str, kind: CitationKind | None) -> None:
    assert (fields(raw).kind is CitationKind.OFFICIAL) == (kind is CitationKind.OFFICIAL)


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        # ho-2011-1980-frus-rereview n1 (dev; Office of the Historian): the order's number after its title
        ("Jimmy Carter, “National Security Information,” Executive Order 12065, June 28, 1978 available at "
         "http://www.fas.org/irp/offdocs/eo/eo-12065.htm (accessed December 2, 2011).", CitationKind.OFFICIAL),
        # heritage-2023-export-import n2 (dev; Heritage Foundation, Mandate for Leadership): the order titled by it
        ('President Franklin D. Roosevelt, "Executive Order 6581 Creating the Export–Import Bank of Washington," '
         "February 2, 1934, https://www.presidency.ucsb.edu/documents/executive-order-6581-creating-the-export-import-"
         "bank-washington (accessed March 21, 2023).", CitationKind.OFFICIAL),
        # forces-2021-undersea-cables-n41 n45 (dev): a proclamation printed in the government's gazette
        ("“Proclamation 8031: Establishment of the Northwestern Hawaiian Islands National Maritime Monument,” Federal "
         "Register, 71 (122)(June 26, 2006): 36441-36475.", CitationKind.OFFICIAL),
        # an article whose title speaks of an order is the periodical's
        ("Jane Doe, “What Executive Order 14110 Means for AI,” Lawfare, November 1, 2023, https://www.lawfaremedia.org/"
         "article/x.", CitationKind.NEWS),
        # … even when its title opens with the order's name
        ("Jane Doe, “Executive Order 12333 and the Fourth Amendment,” Harvard Law Review 10, no. 2 (2020): 1-20.",
         CitationKind.JOURNAL),
        ("Jane Doe, “Executive Order 12333 and Surveillance,” Lawfare, May 1, 2020, https://www.lawfaremedia.org/x.",
         CitationKind.NEWS),
    ],
)  # fmt: skip
def test_an_executive_order_or_the_gazettes_notice_is_official(raw: str, kind: CitationKind) -> None:
    assert fields(raw).kind is kind


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        # ipbrief-2018-blockchain-currencies n33 (dev): a witness's statement, posted on the agency's site
        ("Testimony of CFTC Chairman Timothy Massad before the U.S. Senate Committee on Agriculture, Nutrition and "
         "Forestry, at 12-13 http://www.cftc.gov/PressRoom/SpeechesTestimony/opamassad-6.", CitationKind.OFFICIAL),
        # ncbi-2021-brick-and-mortar-bank n46 (dev): the agency's page of its officials' speeches
        ("See Robert J. Jackson, Jr., Corporate Governance: On the Front Lines of America’s Cyber War (Mar. 15, "
         "2018), https://www.sec.gov/news/speech/speech-jacksoncybersecurity-2018-03-15", CitationKind.REMARKS),
        # crs-2026-defi n29 (dev): on the speeches page, but called a press release
        ("Securities and Exchange Commission, \"Statement on Certain Protocol Staking Activities,\" press release, May "
         "29, 2025, https://www.sec.gov/newsroom/speeches-statements/statement-certain-protocol-staking-activities",
         CitationKind.OFFICIAL),
        # wlulr-2020-defending-democracy n115 (dev): a story about testimony is news
        ("See Li Zhou, Republicans Are Still Blocking Election Security Bills After Mueller’s Testimony, VOX (July "
         "25, 2019, 11:47 AM), https://perma.cc/42S7-UBHC", CitationKind.NEWS),
    ],
)
def test_testimony_is_official_and_a_speech_on_the_bodys_site_a_talk(raw: str, kind: CitationKind) -> None:
    assert fields(raw).kind is kind


@pytest.mark.parametrize(
    ("raw", "title", "publisher"),
    [
        # wlulr-2020-defending-democracy n129 (dev): Bluebook's author, the Service and the product's number
        ("See R. SAM GARRETT, CONG. RSCH. SERV., IF11265, CAMPAIGN AND ELECTION SECURITY POLICY: BRIEF INTRODUCTION "
         "1–2 (2019) https://perma.cc/5QZ7-N2P4 (PDF)", "CAMPAIGN AND ELECTION SECURITY POLICY: BRIEF INTRODUCTION",
         "CONG. RSCH. SERV."),
        # ssrn-2025-tax-levers-safer-ai-n186 n193 (dev): the Service and the number after the title
        ("See Gary Guenther, The Section 179 and Section 168(k) Expensing Allowances, CONG. RSCH. SERV., RL31852, 12 "
         "(Feb. 7, 2024), https://perma.cc/3L8L-NELB", "The Section 179 and Section 168(k) Expensing Allowances",
         "CONG. RSCH. SERV."),
        # dltr-2021-cyber-tria n85 (dev)
        ("Baird Webel, Terrorism Risk Insurance: Issue Analysis and Overview of Current Program, Congressional "
         "Research Service, 2 (July 23, 2014).",
         "Terrorism Risk Insurance: Issue Analysis and Overview of Current Program", "Congressional Research Service"),
    ],
)
def test_a_congressional_research_service_product_is_its_report(raw: str, title: str, publisher: str) -> None:
    c = fields(raw)
    assert (c.kind, c.title, c.container, c.publisher) == (CitationKind.REPORT, title, None, publisher)


@pytest.mark.parametrize(
    "raw",
    [
        # wmlr-2020-sexual-privacy-compact n10 (dev)
        "Neil Richards & Woodrow Hartzog, The Duty of Loyalty (on file with author).",
        # ssrn-2022-truth-bounties-n96 n96 (dev)
        "See generally Yonathan Arbel, A Reputation Theory of Defamation Law (Manuscript, on file with author).",
        # washu-2020-payday-legislation n57 (dev), and what the note says of it
        "Mirit Eyal- Cohen, Path-Dependence in Temporary Legislation (unpublished manuscript) (on file with author) "
        "(discussing the role of path dependence in tax legislation).",
    ],
)
def test_where_an_unpublished_work_is_to_be_had_is_no_part_of_its_title(raw: str) -> None:
    title = fields(raw).title
    assert title in ("The Duty of Loyalty", "A Reputation Theory of Defamation Law", "Path-Dependence in Temporary "
                     "Legislation")  # fmt: skip


def test_a_company_in_small_capitals_keeps_its_inc() -> None:
    # sjteil-2021-safety-planning n26 (dev); the magazine INC. after a title alone stays itself
    # (ssrn-2019-reputation-failure-n146 n156, dev)
    c = fields(
        "John MacDonald, Top 10 States with the Most Domestic Abuse Cases, LAW OFFICE OF JOHN E. MACDONALD, INC. "
        "(Oct. 19, 2017), https://www.aggressivelegalservices.com/domestic-abuse-casesworst-states/"
    )
    assert c.title == "Top 10 States with the Most Domestic Abuse Cases"
    assert c.container == "LAW OFFICE OF JOHN E. MACDONALD, INC."
    magazine = fields(
        "See, e.g., Andrew Thomas, The Secret Ratio That Proves Why Customer Reviews Are So Important, INC., "
        "https://www.inc.com/andrew-thomas/the-hidden-ratio.html (last visited Dec. 3, 2019)"
    )
    assert magazine.title == "The Secret Ratio That Proves Why Customer Reviews Are So Important"


@pytest.mark.parametrize(
    ("raw", "authors", "title", "date", "pages"),
    [
        # jdfsl-2022-ihl-cyberwarfare n9, n7, n21 and n18 (dev)
        ("ICJ, Legality of the Threat or Use of Nuclear Weapons [Advisory Opinion] 1996 para. 84.", ("ICJ",),
         "Legality of the Threat or Use of Nuclear Weapons", "1996", "para. 84"),
        ("For example, ICJ, Case Concerning Military and Paramilitary Activities In and Against Nicaragua (Nicaragua "
         "v USA) Merit Judgment of 1986, para. 218.", ("ICJ",), "Case Concerning Military and Paramilitary Activities "
         "In and Against Nicaragua (Nicaragua v USA)", "1986", "para. 218"),
        ("Prosecutor v Limaj (Judgment) ICTY-03-66-T (November 30, 2005) para 89.", (), "Prosecutor v Limaj",
         "November 30, 2005", "para 89"),
        ("Prosecutor v Lubanga (Decision on Confirmation of Charges) ICC-01/04-01/06 [January 29, 2007], para 211",
         (), "Prosecutor v Lubanga", "January 29, 2007", "para 211"),
    ],
)
def test_an_international_courts_decision(raw: str, authors: tuple, title: str, date: str, pages: str) -> None:
    c = fields(raw)
    assert (c.kind, c.authors, c.title, c.date, c.pages) == (CitationKind.OFFICIAL, authors, title, date, pages)


@pytest.mark.parametrize(
    ("raw", "who", "title", "kind"),
    [
        # niac-2017-securing-cyber-assets n5 and n4 (dev), their emphasis read
        ("DOE. The Second Installment of the QER. January 2017", "DOE", "The Second Installment of the QER",
         CitationKind.REPORT),
        ("NCCIC. ICS-CERT: Year in Review 2016.", "NCCIC", "ICS-CERT: Year in Review", CitationKind.REPORT),
        # niac-2017-securing-cyber-assets n25 and n18 (dev): a public body's name, and an order it issued
        ("HM Government. National Cyber Security Strategy 2016-2022.", "HM Government",
         "National Cyber Security Strategy 2016-2022", CitationKind.REPORT),
        ("The White House. Executive Order—Strengthening the Cybersecurity of Federal Networks and Critical "
         "Infrastructure. 2017.", "The White House",
         "Executive Order—Strengthening the Cybersecurity of Federal Networks and Critical Infrastructure",
         CitationKind.OFFICIAL),
    ],
)
def test_a_bodys_initials_a_full_stop_and_a_title_are_its_report(
    raw: str, who: str, title: str, kind: CitationKind,
) -> None:
    c = fields(raw)
    assert (c.kind, c.authors, c.title, c.container) == (kind, (who,), title, None)


@pytest.mark.parametrize(
    ("raw", "who", "kind"),
    [
        # fincen-2020-covid-cybercrime n2, n1 and n5 (dev)
        ("See FinCEN Advisory, FIN-2016-A005, “Advisory to Financial Institutions on Cyber-Events and Cyber-Enabled "
         "Crime,” (October 25, 2016).", "FinCEN", CitationKind.OFFICIAL),
        ("Department of Justice (DOJ) Press Release, “Department of Justice Announces Disruption of Hundreds of Online "
         "COVID-19 Related Scams,” (April 22, 2020)", "Department of Justice (DOJ)", CitationKind.OFFICIAL),
        ("FinCEN Report, “Identity Theft: Trends, Patterns, and Typologies Reported in Suspicious Activity Reports,” "
         "(October 2010).", "FinCEN", CitationKind.REPORT),
    ],
)
def test_a_body_then_the_genre_of_what_it_issued(raw: str, who: str, kind: CitationKind) -> None:
    c = fields(raw)
    assert (c.authors, c.kind) == ((who,), kind)


def test_a_sentence_of_comment_ending_in_a_book_cites_the_book() -> None:
    # CRS R48902 (2026), note 5 (dev): the book after the comment, its short forms later resolve to it
    found = fields(
        "For the discussion of internet policy issues in this report, CRS uses the five-layer model adopted and "
        "described in Andrew S. Tanenbaum et al., Computer Networks, 6th ed. (Pearson Education, 2020), p. 67"
    )
    assert (found.kind, found.authors) == (CitationKind.BOOK, ("Andrew S. Tanenbaum",))
    assert found.title == "Computer Networks"
    assert (found.publisher, found.date, found.pages) == ("Pearson Education", "2020", "67")
    # a comment whose last words are not a name and an imprint is still comment
    assert fields("This point is made at length in the report of the committee (1999), p. 4").title is None


def test_an_editor_standing_for_the_author_leaves_ed_out_of_the_title() -> None:
    # CRS R48902 (2026), note 1 (dev): `ed.` after the name is no field of its own (CMOS 14.103)
    found = fields(
        "Robert Braden, ed., Requirements for Internet Hosts—Communication Layers, Internet Engineering Task Force "
        "(IETF), Request for Comments (RFC) 1122, October 1989, p. 7, "
        "https://www.rfc-editor.org/rfc/pdfrfc/rfc1122.txt.pdf."
    )
    assert (found.authors, found.title) == (("Robert Braden",), "Requirements for Internet Hosts—Communication Layers")
    assert (found.date, found.pages) == ("October 1989", "7")


@pytest.mark.parametrize(
    ("raw", "container", "date"),
    [
        # Race, Writing, and Computation (Cultural Analytics 2019), notes 8 and 24 (dev)
        ('Henry Louis Gates, "Editor\'s Introduction," Critical Inquiry (Autumn 1985), 15.',
         "Critical Inquiry", "Autumn 1985"),
        (
            'Andrew Goldstone and Ted Underwood, "The Quiet Transformations of Literary Studies: What Thirteen '
            'Thousand Scholars Could Tell Us," New Literary History (Summer 2014)',
            "New Literary History",
            "Summer 2014",
        ),
    ],
)
def test_an_issue_dated_by_its_season_is_a_journal_article(raw: str, container: str, date: str) -> None:
    # a quarterly dates its issues by season as a monthly does by month (CMOS 14.171); newspapers never do
    c = fields(raw)
    assert (c.kind, c.container, c.date) == (CitationKind.JOURNAL, container, date)
    # without a title and a container the season proves nothing
    assert fields("Conveyed in private email correspondence, Spring 2016.").kind is not CitationKind.JOURNAL


@pytest.mark.parametrize(
    ("raw", "title", "publisher", "date", "pages"),
    [
        # The Life Cycles of Genres (Cultural Analytics 2016), note 19 (dev): the closing parenthesis never printed
        (
            "Hadley Wickham, ggplot2: Elegant Graphics for Data Analysis (New York: Springer, 2009.",
            "ggplot2: Elegant Graphics for Data Analysis", "Springer", "2009", None,
        ),
        # Nation, Ethnicity, and the Geography of British Fiction (Cultural Analytics 2018), note 4 (dev): pages inside
        (
            "Jon Hegglund, World Views: Metageographies of Modernist Fiction (Oxford: Oxford UP, 2012, 9-10.",
            "World Views: Metageographies of Modernist Fiction", "Oxford UP", "2012", "9-10",
        ),
    ],
)
def test_an_imprint_left_open_at_the_end_is_read_as_closed(
    raw: str, title: str, publisher: str, date: str, pages: str | None
) -> None:
    c = fields(raw)
    assert (c.kind, c.title, c.publisher, c.date, c.pages) == (CitationKind.BOOK, title, publisher, date, pages)
    assert c.raw == raw  # the text is read as closed, never rewritten


def test_an_access_date_in_brackets_is_no_year_that_ends_a_citation_in_comment() -> None:
    # `(accessed March 1, 2023)` once read as a work's year, so the note was taken for comment ending in a citation
    # and cut after `of`: the office lost its first words and the date became a newspaper
    c = parse_citation(
        "Office of the Director of National Intelligence, Annual Threat Assessment of the U.S. Intelligence "
        "Community, February 6, 2023, https://www.dni.gov/a.pdf (accessed March 1, 2023)."
    ).citation
    assert c.authors == ("Office of the Director of National Intelligence",)
    assert (c.kind, c.container, c.date, c.accessed) == (CitationKind.REPORT, None, "February 6, 2023", "2023-03-01")


@pytest.mark.parametrize(
    ("raw", "title", "pages"),
    [
        ("Foreign Intelligence Surveillance Act of 1978, Public Law 95-511.",
         "Foreign Intelligence Surveillance Act of 1978", None),
        ("The CHIPS and Science Act, P.L. 117-167.", "CHIPS and Science Act", None),
        ("National Defense Authorization Act for Fiscal Year 2024, P.L. 118-31, §1234.",
         "National Defense Authorization Act for Fiscal Year 2024", "§1234"),
        ("National Defense Authorization Act (NDAA) for FY2024 (P.L. 118-31, §6503).",
         "National Defense Authorization Act (NDAA) for FY2024", "§6503"),
        ("Consolidated Appropriations Act, 2018 (P.L. 115-141, Division B, Title V, §539).",
         "Consolidated Appropriations Act, 2018", "Division B, Title V, §539"),
    ],
)  # fmt: skip
def test_a_statute_by_its_name_with_its_public_law_number(raw: str, title: str, pages: str | None) -> None:
    c = fields(raw)
    assert (c.kind, c.title, c.pages, c.date) == (CitationKind.OFFICIAL, title, pages, None)


def test_a_bluebook_statute_with_its_statutes_at_large_is_cited_whole() -> None:
    c = fields("Consumer Review Fairness Act of 2016, Pub. L. No. 114-258, 130 Stat. 1355.")
    assert c.title == "Consumer Review Fairness Act of 2016, Pub. L. No. 114-258, 130 Stat. 1355"


def test_a_letters_senders_without_their_office_or_the_others() -> None:
    c = fields("Letter from Senator Elizabeth Warren et al. to Greenidge Generation Holdings, January 27, 2022, at "
               "https://www.warren.senate.gov/imo/media/doc/letter.pdf.")  # fmt: skip
    assert (c.kind, c.authors, c.title) == (CitationKind.OFFICIAL, ("Elizabeth Warren",), None)
    assert c.date == "January 27, 2022"
    c = fields("Letter from Senators Elizabeth Warren and Sheldon Whitehouse to Michael Regan, May 2, 2022.")
    assert c.authors == ("Elizabeth Warren", "Sheldon Whitehouse")


def test_a_restatements_comment_is_part_of_the_section_cited() -> None:
    # `cmt. b` once made the note read as a sentence of comment (two of its five words in lower case)
    c = fields("Restatement (Second) of Contracts § 201 cmt. b (Am. L. Inst. 1981).")
    assert (c.kind, c.date) == (CitationKind.OFFICIAL, "1981")
    assert c.title == "Restatement (Second) of Contracts § 201 cmt. b"


def test_a_page_after_the_last_part_pins_a_drafts_title_with_its_author_before_it() -> None:
    c = fields("OpenAI, GPT-4 Technical Report 1 (Mar. 27, 2023) (unpublished manuscript), "
               "https://arxiv.org/abs/2303.08774.")  # fmt: skip
    assert (c.kind, c.authors, c.title, c.pages) == (CitationKind.REPORT, ("OpenAI",), "GPT-4 Technical Report", "1")
    assert c.container is None and c.date == "Mar. 27, 2023"
    # a site after a title pins no page: the title and its site
    c = fields("Terms of Use, OpenAI (Mar. 14, 2023), https://openai.com/policies/terms-of-use.")
    assert (c.title, c.container) == ("Terms of Use", "OpenAI")


def test_a_book_title_may_open_with_a_quotation() -> None:
    c = fields("Aleksandr Fursenko and Timothy Naftali, “One Hell of a Gamble”: Khrushchev, Castro, and Kennedy, "
               "1958–1964 (New York: W. W. Norton, 1997), 190.")  # fmt: skip
    assert c.title == "“One Hell of a Gamble”: Khrushchev, Castro, and Kennedy, 1958–1964"
    assert (c.kind, c.container, c.publisher) == (CitationKind.BOOK, None, "W. W. Norton")
    assert (c.date, c.pages) == ("1997", "190")


def test_a_reference_works_entry_a_hosts_episode_and_a_speech() -> None:
    c = fields("Wikipedia, s.v. “Bitcoin,” last modified March 3, 2023, https://en.wikipedia.org/wiki/Bitcoin.")
    assert (c.kind, c.authors, c.title, c.container) == (CitationKind.WEB, (), "Bitcoin", "Wikipedia")
    c = fields("Ezra Klein, host, “Title of Episode,” The Ezra Klein Show, podcast, March 3, 2023.")
    assert (c.authors, c.title, c.container) == (("Ezra Klein",), "Title of Episode", "The Ezra Klein Show")
    c = fields("Barack Obama, “Remarks by the President at the National Defense University,” speech, Washington, DC, "
               "May 23, 2013.")  # fmt: skip
    assert (c.kind, c.container, c.date) == (CitationKind.REMARKS, None, "May 23, 2013")


@pytest.mark.parametrize(
    ("raw", "title", "kind"),
    [
        # Chicago's short imprint: a span of years after a comma ends the title, and a person's title with its year
        # alone is a book (American Historical Review 2018, dev)
        ("G. Edward White, The Marshall Court and Cultural Change, 1815–1835 (1988).",
         "The Marshall Court and Cultural Change, 1815–1835", CitationKind.BOOK),
        ("Edward Purcell, Litigation and Inequality: Federal Diversity Jurisdiction, 1870–1958 (Oxford, 1992).",
         "Litigation and Inequality: Federal Diversity Jurisdiction, 1870–1958", CitationKind.BOOK),
        # a working paper on file stays a report
        ("Yonathan A. Arbel, The Readability of Contracts: Big Data Analysis (2023) (working paper, on file).",
         "The Readability of Contracts: Big Data Analysis", CitationKind.REPORT),
    ],
)  # fmt: skip
def test_a_year_span_ends_a_title_and_a_short_imprint_dates_a_book(raw: str, title: str, kind: CitationKind) -> None:
    c = fields(raw)
    assert (c.title, c.kind, c.pages) == (title, kind, None)


def test_a_quotation_opening_a_book_title_before_a_publisher_and_year() -> None:
    c = fields('Charles Hansford Adams, "The Guardian of the Law": Authority and Identity in James Fenimore Cooper '
               "(Penn State University Press, 1990), 135-48.")  # fmt: skip
    assert c.title == '"The Guardian of the Law": Authority and Identity in James Fenimore Cooper'
    assert (c.publisher, c.date, c.pages) == ("Penn State University Press", "1990", "135-48")


def test_a_paper_printed_in_a_collection_of_documents() -> None:
    # `sess.`, `vol.` and `no.` are no words of a sentence, and the collection is the container
    c = fields("Report of the Commissioners on Practice and Pleadings, in New York Assembly Documents, 70th sess., "
               "vol. 2, no. 202 (1847), 3–4.")  # fmt: skip
    assert (c.title, c.container, c.date, c.pages) == (
        "Report of the Commissioners on Practice and Pleadings", "New York Assembly Documents", "1847", "3-4"
    )  # fmt: skip
    c = fields("Jeremy Bentham, Principles of Judicial Procedure, in John Bowring, ed., Works of Jeremy Bentham, "
               "2nd ed. (1843), 1–189.")  # fmt: skip
    assert (c.authors, c.title, c.container) == (("Jeremy Bentham",), "Principles of Judicial Procedure",
                                                 "Works of Jeremy Bentham")  # fmt: skip


def test_a_report_pinned_in_its_front_matter_is_no_sentence() -> None:
    # `iii-iv` once counted as lower-case words, so the report read as a sentence of comment
    c = fields("See also, First Report of the Commissioners on Practice and Pleadings (New York, 1848), iii-iv.")
    assert c.title == "First Report of the Commissioners on Practice and Pleadings"
    assert (c.date, c.pages) == ("1848", "iii-iv")


def test_editors_before_their_book_and_a_year_span_without_a_comma() -> None:
    c = fields(
        'James W. Ely, "Homestead Exemption and Southern Legal Culture," in Sally Hadden & Patricia Minter eds., '
        "Signposts: New Directions in Southern Legal History (University of Georgia 2013), 289–314."
    )
    assert (c.container, c.pages) == ("Signposts: New Directions in Southern Legal History", "289-314")
    c = fields("Michael Lobban, The Common Law and English Jurisprudence 1760–1850 (Clarendon Press 1991).")
    assert c.title == "The Common Law and English Jurisprudence 1760–1850"
    assert (c.publisher, c.pages) == ("Clarendon Press", None)


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ("Robert B. Holtman, The Napoleonic Revolution (Louisiana State, 1981).", CitationKind.BOOK),
        ("Theodore Plucknett, A Concise History of the Common Law, 5th ed. (Liberty Fund, 2010).", CitationKind.BOOK),
        # a working paper in a body's series stays a report
        ("Adrian Blundell-Wignall, The Bitcoin Question 7 (OECD Working Papers on Finance, No. 37, 2014).",
         CitationKind.REPORT),
    ],
)  # fmt: skip
def test_a_persons_title_with_a_publisher_and_year_is_a_book(raw: str, kind: CitationKind) -> None:
    assert fields(raw).kind is kind


def test_a_working_paper_on_public_law_is_no_public_law_and_a_unicode_hyphen_joins_a_surname() -> None:
    # ssrn-2019-reputation-failure n27; ssrn-2025-tax-levers-safer-ai-n86 n96
    c = fields("Henry Smith, Equity as Second- Order Law: The Problem of Opportunism (Harvard Pub. L. Working Paper "
               "No. 15-13, 2015) (arguing that equity’s goal in private law is to control opportunism).")  # fmt: skip
    assert (c.kind, c.authors, c.date) == (CitationKind.REPORT, ("Henry Smith",), "2015")
    assert c.title == "Equity as Second- Order Law: The Problem of Opportunism"
    assert fields("Pub. L. No. 111-2, 123 Stat. 5.").kind is CitationKind.OFFICIAL
    c = fields("Janine Hiller, Kathryn Kisska\u2010Schulze, and Scott Shackelford, Cybersecurity Carrots and Sticks, "
               "61 AM. BUS. L. J. 5, 7 (2024).")  # fmt: skip
    assert c.authors == ("Janine Hiller", "Kathryn Kisska\u2010Schulze", "Scott Shackelford")
    assert c.title == "Cybersecurity Carrots and Sticks"


def test_a_commissions_report_and_a_dissertation_whose_title_ends_in_years() -> None:
    c = fields("Second Report of the Commissioners on Practice and Pleading (New York, 1849), 3–4.")
    assert (c.kind, c.date, c.pages) == (CitationKind.REPORT, "1849", "3-4")
    c = fields(
        "Farah Peterson, Statutory Interpretation and Judicial Authority, 1776–1860 (Ph.D. dissertation, Princeton "
        "University, September 2015)."
    )
    assert (c.authors, c.title) == (("Farah Peterson",), "Statutory Interpretation and Judicial Authority, 1776–1860")


def test_a_letter_dated_by_its_year_in_an_edition_and_a_manuscript_by_its_shelfmark() -> None:
    c = fields("John Bradford to Joyce Hales, 1555, in Miles Coverdale, ed., Certain Most Godly, Fruitful, and "
               "Comfortable Letters (London, 1564), sig. A2r.")  # fmt: skip
    assert (c.kind, c.authors, c.title, c.date) == (
        CitationKind.BOOK, ("John Bradford",), "John Bradford to Joyce Hales", "1555"
    )  # fmt: skip
    assert (c.container, c.pages) == ("Certain Most Godly, Fruitful, and Comfortable Letters", "sig. A2r")
    c = fields("Emmanuel College, Cambridge, MS 260, fols. 12r–15v.")
    assert (c.kind, c.title, c.pages) == (CitationKind.UNKNOWN, "Emmanuel College, Cambridge, MS 260", "fols. 12r–15v")


@pytest.mark.parametrize("event", ["filed", "signed", "enacted", "adopted", "introduced", "effective"])
def test_a_dated_event_after_a_title_is_no_container(event: str) -> None:
    c = fields(f'Public Utility Commission of Texas, "Rulemaking on Large Loads," {event} March 1, 2023.')
    assert (c.container, c.date) == (None, "March 1, 2023")
    c = fields(f"New York State, Assembly Bill A7389C, {event} November 22, 2022, at https://www.nysenate.gov/a.")
    assert (c.container, c.date) == (None, "November 22, 2022")


def test_a_companys_sec_filing_is_its_report() -> None:
    c = fields("Riot Platforms, Inc., Form 10-K for the fiscal year ended December 31, 2023, p. 45, at "
               "https://www.sec.gov/Archives/edgar/data/1167419/riot-20231231.htm.")  # fmt: skip
    assert (c.kind, c.authors, c.pages) == (CitationKind.REPORT, ("Riot Platforms, Inc.",), "45")
    assert c.title == "Form 10-K for the fiscal year ended December 31, 2023" and c.url.endswith("riot-20231231.htm")
    c = fields("Marathon Digital Holdings, Annual Report (Form 10-K) (Feb. 28, 2024), https://www.sec.gov/a.htm.")
    assert (c.title, c.date) == ("Annual Report (Form 10-K)", "Feb. 28, 2024")


@pytest.mark.parametrize(
    ("raw", "title", "container", "pages"),
    [
        ("See, e.g., Bruni v. Didion, 160 Cal. App. 4th 1272, 1293, 73 Cal. Rptr. 3d 395, 413 (2008), as modified "
         "(Mar. 24, 2008) (finding that an arbitration clause was surprising).",
         "Bruni v. Didion", "Cal. App. 4th", "1272, 1293"),
        ("Armco, Inc. v. New Horizon Dev. Co. of Va., Inc., 229 Va. 561, 331 S.E.2d 456, 460 (1985).",
         "Armco, Inc. v. New Horizon Dev. Co. of Va., Inc.", "Va.", "561"),
    ],
)  # fmt: skip
def test_a_case_with_parallel_reports_is_cited_by_the_first(raw: str, title: str, container: str, pages: str) -> None:
    c = fields(raw)
    assert (c.kind, c.title, c.container, c.pages) == (CitationKind.OFFICIAL, title, container, pages)


def test_a_crs_products_author_before_its_date() -> None:
    c = fields("CRS Insight IN12345, Bitcoin Mining and the Electric Grid, by Ashley J. Lawson, 2023.")
    assert (c.authors, c.publisher, c.date) == (("Ashley J. Lawson",), "CRS Insight IN12345", "2023")
    c = fields("CRS Report R47234, Cryptocurrency: Selected Policy Issues, by Paul Tierno, updated March 3, 2023.")
    assert (c.authors, c.date) == (("Paul Tierno",), "March 3, 2023")


def test_a_page_last_updated_on_a_day_is_a_web_page_not_news() -> None:
    c = fields(
        '"Types of Military Discharges and What they Mean for Veterans," Law for Veterans, last updated June 28, 2024, '
        "https://lawforveterans.org/benefits/497-military-discharge."
    )
    assert (c.kind, c.container, c.date) == (CitationKind.WEB, "Law for Veterans", "June 28, 2024")
    c = fields('Ethereum.org, "Introduction to Smart Contracts," last updated February 12, 2025, https://ethereum.org/a/.')
    assert (c.kind, c.container) == (CitationKind.WEB, None)


def test_statutes_a_sentence_leads_into_and_joins_with_and() -> None:
    (note,) = parse_text(
        "1. As examples, in the Consolidated Appropriations Act, 2018 (P.L. 115-141, Division B, Title V, §539), and "
        "the Don Young Coast Guard Authorization Act of 2022 (P.L. 117-263, Division K, Title CXIII, §§11330-11335).\n"
    ).notes
    assert [(c.kind, c.title) for c in note.citations] == [
        (CitationKind.OFFICIAL, "Consolidated Appropriations Act, 2018"),
        (CitationKind.OFFICIAL, "Don Young Coast Guard Authorization Act of 2022"),
    ]
    assert [c.pages for c in note.citations] == ["Division B, Title V, §539", "Division K, Title CXIII, §§11330-11335"]


def test_a_standards_bodys_numbered_document_is_its_report() -> None:
    c = fields(
        "Robert Braden, ed., Requirements for Internet Hosts—Communication Layers, Internet Engineering Task Force "
        "(IETF), Request for Comments (RFC) 1122, October 1989, p. 7, https://www.rfc-editor.org/a.pdf."
    )
    assert (c.kind, c.authors, c.publisher, c.container) == (
        CitationKind.REPORT, ("Robert Braden",), "Internet Engineering Task Force (IETF)", None
    )  # fmt: skip
    assert (c.title, c.date, c.pages) == ("Requirements for Internet Hosts—Communication Layers", "October 1989", "7")


def test_an_access_date_printed_once_for_two_addresses() -> None:
    (note,) = parse_text("1. Data from https://a.org/x and https://b.org/y (both accessed March 3, 2021).\n").notes
    assert [(c.url, c.accessed) for c in note.citations] == [
        ("https://a.org/x", "2021-03-03"), ("https://b.org/y", "2021-03-03")
    ]  # fmt: skip


def test_a_letter_in_bluebook_form_and_a_witness_testimony_are_official() -> None:
    c = fields("Letter from Donald S. Clark, Sec’y, Fin. Trade Comm’n, to Richard Cordray, Dir., Consumer Fin. Prot. "
               "Bureau (Feb. 21, 2014), https://www.ftc.gov/a.pdf.")  # fmt: skip
    assert (c.kind, c.container, c.date) == (CitationKind.OFFICIAL, None, "Feb. 21, 2014")
    assert c.title.startswith("Letter from Donald S. Clark, Sec’y, Fin. Trade Comm’n, to Richard Cordray, Dir.")
    c = fields('Robert E. Moffit, "Medicare’s Future," testimony before the Special Committee on Aging, U.S. Senate, '
               "November 21, 2022.")  # fmt: skip
    assert (c.kind, c.authors, c.container) == (CitationKind.OFFICIAL, ("Robert E. Moffit",), None)


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # APA 7 (10.1, 10.2): a press after the title is the publisher, and the book is a book
        ("John Smith (2019). The Book of Things. Oxford University Press.",
         {"kind": CitationKind.BOOK, "authors": ("John Smith",), "publisher": "Oxford University Press",
          "container": None}),
        # APA 6's place before the publisher; inverted names kept as printed, one author each
        ("Kahneman, D. (2011). Thinking, fast and slow. New York: Farrar, Straus and Giroux.",
         {"kind": CitationKind.BOOK, "authors": ("Kahneman, D.",), "publisher": "Farrar, Straus and Giroux",
          "place": "New York", "title": "Thinking, fast and slow"}),
        ("Brown, A., & Green, B. C. (2020). Policy and practice. Brookings Institution Press.",
         {"authors": ("Brown, A.", "Green, B. C."), "publisher": "Brookings Institution Press"}),
        # a journal's volume(issue), pages: none of them part of the container
        ("Smith, J. (2019). Trade and war. Journal of Peace Research, 56(2), 123–140.",
         {"kind": CitationKind.JOURNAL, "container": "Journal of Peace Research", "volume": "56", "issue": "2",
          "pages": "123-140", "date": "2019"}),
        # a site stays the container
        ("Site Name (January 15, 2020). A page title. Example Blog.",
         {"container": "Example Blog", "date": "January 15, 2020", "publisher": None}),
    ],
)  # fmt: skip
def test_apa_references_put_the_press_journal_and_place_where_they_belong(note: str, expected: dict) -> None:
    citations = [c for n in parse_text("Notes\n\n1. " + note).notes for c in n.citations]
    assert len(citations) == 1
    for field_name, value in expected.items():
        assert getattr(citations[0], field_name) == value, field_name


def test_words_a_writer_is_quoted_as_saying_are_no_citation() -> None:
    # Journal of Cultural Analytics (2017), note 29 (corpus: ca-2017-scotland-poetics-of-space): the quotation
    # after the source, with its page in parentheses, cites nothing new
    note = (
        'A similar model is developed in Guoray Cai, "GeoVSM: An Integrated Retrieval Model for Geographic '
        'Information," in GIScience 2002, ed. Max J. Egenhofer and David M. Mark (Springer 2002), 65-79. Cai writes, '
        '"For geographic information, the document space can be divided into two kinds of subspaces." (66).'
    )
    citations = [c for n in parse_text("Notes\n\n1. " + note).notes for c in n.citations]
    assert [c.title for c in citations] == ["GeoVSM: An Integrated Retrieval Model for Geographic Information"]


def test_a_book_in_another_language_ending_in_its_imprint_is_no_comment() -> None:
    # Journal of Cultural Analytics (2017), note 8 (corpus: ca-2017-tell-tale-hat): a Danish title's lower-case words
    # read like prose, but an imprint with a span of years and a reprint's year ends a citation
    note = (
        "Evald Tang Kristensen, Danske sagn, som de har lydt i folkemunde, udelukkende efter utrykte kilder, 7 vols. "
        "(Aarhus: Aarhus Folkeblads Bogtrykkeri, 1892-1901; repr. 1980)."
    )
    citation = parse_citation(note, 0).citation
    assert citation.authors == ("Evald Tang Kristensen",)
    assert citation.publisher == "Aarhus Folkeblads Bogtrykkeri"


@pytest.mark.parametrize(
    ("note", "author"),
    [
        # Journal of Cultural Analytics (2016), note 26 (corpus: ca-2016-menu-distinction): a title in sentence case,
        # then an imprint of publisher and year with the small words of a university press's name
        ("Harvey A. Levenstein, Revolution at the table: the transformation of the American diet (University of "
         "California Press, 2003)", "Harvey A. Levenstein"),
        # Journal of Women's History (2011), note 7 (corpus: jowh-2011-women-history-abstracts): the pages most meant
        ("Kathleen Canning, Gender History in Practice: Historical perspectives on bodies, class & citizenship "
         "(Ithaca: Cornell University Press, 2006), esp. 3-121", "Kathleen Canning"),
    ],
)
def test_a_title_in_sentence_case_before_its_imprint_is_no_comment(note: str, author: str) -> None:
    citation = parse_citation(note, 0).citation
    assert citation.authors == (author,)
    assert citation.publisher is not None and citation.publisher.endswith("Press")


def test_what_an_imprints_pages_are_cited_for_is_no_comment() -> None:
    # Scholarly Editing (2016), Mullins's Whitman and Heyde introduction, note 43 (dev)
    note = ("See Joel Munsell, A Chronology of Paper and Paper-Making (Albany: Trubner, 1857), iv–v, for a useful "
            "overview.")  # fmt: skip
    citation = parse_citation(note, 0).citation
    assert (citation.authors, citation.publisher) == (("Joel Munsell",), "Trubner")


def test_the_short_name_a_report_gives_itself_in_a_sentence_after_it_is_no_part_of_it() -> None:
    # Congressional Research Service, seafood imports (2026), note 71 (dev)
    note = ("U.S. Congress, Senate Committee on Appropriations, Departments of Commerce and Justice, Science, and "
            "Related Agencies Appropriations Bill, 2026, to accompany S. 2354, 119th Cong., 1st sess., July 17, 2025, "
            "S.Rept. 119-44, pp. 52-53. Hereinafter U.S. Congress, Departments of Commerce and Justice.")  # fmt: skip
    citation = parse_citation(note, 0).citation
    assert "Hereinafter" not in " ".join(filter(None, (citation.title, citation.container, *citation.authors)))
    assert (citation.date_iso, citation.pages) == ("2025-07-17", "52-53")  # the pages the sentence before ends with


def test_a_congressional_documents_part_is_no_word_of_comment() -> None:
    # Office of the Historian (2012), note 3 (corpus: ho-2012-frus-brush-with-death): `pt. 1`
    note = ("Message of the President of the United States with the Reports of the Postmaster General and of the "
            "Secretary of the Navy, 41st Cong., 2d Sess., H. Ex. Doc. 1, pt. 1 (serial 1445), 7.")  # fmt: skip
    result = parse_citation(note, 0)
    assert not result.commentary
    assert result.citation.title is not None and result.citation.title.startswith("Message of the President")


@pytest.mark.parametrize(
    ("note", "publisher", "date"),
    [
        # Journal of Cultural Analytics (2017), notes 6, 13 and 16 (corpus: ca-2017-tell-tale-hat)
        ("Svend Grundtvig et al., eds., Danmarks gamle Folkeviser, 12 vols. (Copenhagen: Universitets-jubilæets danske "
         "Samfund, 1966-1976; orig. 1853-1976).", "Universitets-jubilæets danske Samfund", "1966-1976"),
        ("Kenneth L. Pike, Language in Relation to a Unified Theory of the Structure of Human Behavior, Part I "
         "(Glendale: Summer Institute of Linguistics: 1954).", "Summer Institute of Linguistics", "1954"),
        ("Alan Dundes, The Morphology of North American Indian Folktales, FF Communications 195 (Helsinki: Suomalainen "
         "Tiedeakatemia 1964; repr. 1980).", "Suomalainen Tiedeakatemia", "1964"),
        # a month's year is no year set off by nothing
        ("GAO, Reexamining Regulations, GAO-07-791 (Washington, D.C.: July 2007).", None, "July 2007"),
    ],
)  # fmt: skip
def test_an_imprints_reprint_year_and_a_year_without_its_comma(note: str, publisher: str | None, date: str) -> None:
    citation = parse_citation(note, 0).citation
    assert (citation.publisher, citation.date) == (publisher, date)


def test_two_publishers_each_with_a_place_keep_both_names_without_the_second_place() -> None:
    # Journal of Cultural Analytics (2017), note 21 (corpus: ca-2017-tell-tale-hat); `Odebrecht; Versal Editores`
    # (corpus: jsh-2021-spatial-genealogies) is labelled the same way
    note = (
        "Timothy R. Tangherlini, Danish Folktales, Legends, and Other Stories (Seattle: Univ. Washington Press; "
        "Copenhagen: Museum Tusculanum, 2013)."
    )
    assert parse_citation(note, 0).citation.publisher == "Univ. Washington Press; Museum Tusculanum"


def test_names_after_what_a_signal_points_to_first_are_the_authors() -> None:
    # Journal of Cultural Analytics (2017), note 29 (corpus: ca-2017-tell-tale-hat): no comma before the title
    note = (
        'See figure 2, and Timothy R. Tangherlini and Peter M. Broadwell "Sites of (re) Collection: Creating the '
        'Danish Folklore Nexus," Journal of Folklore Research 51, no. 2 (2014): 223-247.'
    )
    assert parse_citation(note, 0).citation.authors == ("Timothy R. Tangherlini", "Peter M. Broadwell")


# what kind of source a note names, read from how it prints it (each case from a corpus article, named after it)
KINDS = [
    pytest.param('Arvind Singh, "Is Big Data the New Black Gold?," Wired (2013), https://www.wired.com/2013/x/.',
                 CitationKind.NEWS, id="listed magazine, dated by year (ca-2019-de-agentializing-data 1)"),
    pytest.param('Katrin Erk, "Vector Space Models of Word Meaning and Phrase Meaning: A Survey," Language and '
                 "Linguistics Compass (2012): 635-53", CitationKind.JOURNAL,
                 id="year in parentheses after the periodical (ca-2017-scotland-poetics-of-space 32)"),
    pytest.param('Nick Couldry and Jun Yu, "Deconstructing Datafication\'s Brave New World," New Media & Society '
                 "(2018)", CitationKind.JOURNAL, id="no volume, no pages (ca-2019-de-agentializing-data 10)"),
    pytest.param('Deborah Wynne, "Readers and Reading Practices," in The Oxford History of the Novel in English, '
                 "22-36.", CitationKind.BOOK, id="a chapter in a book (ca-2018-muncie-reading 12)"),
    pytest.param('Elisabeth Tooker, "Women in Iroquois Society," in Extending the Rafters, 1984.', CitationKind.BOOK,
                 id="a chapter in a book, dated (jeah-2017 4)"),
    pytest.param("“The ‘Icefog’ APT: A Tale of Cloak and Three Daggers,” Kaspersky Lab Global Research and Analysis "
                 "Team, 2013, https://media.kaspersky.com/en/icefog-apt-threat.pdf", CitationKind.REPORT,
                 id="a titled PDF from a named body (issr-2020-cyber-mercenaries 30)"),
    pytest.param("Lucas Graves et al, “Confusion Online: Faulty Metrics and the Future of Digital Journalism,” "
                 "September 2010. http://bit.ly/hBPwt7", CitationKind.REPORT,
                 id="by people, dated to its month, online (cjr-2011-story-so-far-ch1 11)"),
    pytest.param('FIFA, "How Does FIFA Determine Ticket Prices?," updated December 2025, https://tickets.fifa.com/hc/10',
                 CitationKind.WEB, id="a body's page, updated (crs-2026-event-tickets 23)"),
    pytest.param("CONSUMER FIN. PROT. BUREAU, THE CONSUMER CREDIT CARD MARKET 46, 48 n.16, 56 (2017), "
                 "https://files.consumerfinance.gov/f/documents/cfpb_consumer-credit-card-market-report_2017.pdf.",
                 CitationKind.REPORT, id="a body as author in small capitals (washu-2020-payday 6)"),
    pytest.param("See WORLD HEALTH ORGANIZATION, INTIMATE PARTNER VIOLENCE: UNDERSTANDING AND ADDRESSING VIOLENCE "
                 "AGAINST WOMEN 1 (2012), https://apps.who.int/iris/bitstream/handle/10665/77432/x.pdf.",
                 CitationKind.REPORT, id="an organization in small capitals (sjteil-2021-safety-planning 20)"),
    pytest.param("Rishi Sunak, Undersea Cables: Indispensable, Insecure, (London: Policy Exchange, 2017): 5-7",
                 CitationKind.REPORT, id="a think tank named otherwise (forces-2021-undersea-cables 1)"),
    pytest.param("Michael Matis, The Protection of Undersea Cables: A Global Security Threat, (Carlisle, PA: U.S. Army "
                 "War College, 2012).", CitationKind.REPORT, id="a war college (forces-2021-undersea-cables 11)"),
    pytest.param("DAN B. DOBBS ET AL., HORNBOOK ON TORTS § 37.1, at 936 (2d ed. 2016).", CitationKind.BOOK,
                 id="people's book in small capitals"),
    pytest.param("“Newspaper Engagement,” submission to Newspaper Association of America Marketing Conference, Feb. "
                 "23, 2006.", CitationKind.JOURNAL, id="a conference paper of the day (cjr-2011-story-so-far-ch2 6)"),
    pytest.param("Tongfi Kim, “U.S. Alliances,” Georgetown Journal of International Affairs, January 6, 2019, "
                 "https://x.org/a", CitationKind.NEWS,
                 id="an online journal's piece of the day (parameters-2021-greater-security-cooperation 15)"),
    pytest.param("Bill: HB 2789, TEX. LEGISLATURE ONLINE (Jun. 10, 2019), https://capitol.texas.gov/BillLookup/a.",
                 CitationKind.OFFICIAL, id="a legislature's page (stmarys-2021-bumble-bill 1)"),
    pytest.param("see also Senate Committee on State Affairs (Part I), TEX. SENATE (May 9, 2019), https://x.org/a",
                 CitationKind.OFFICIAL, id="a chamber's recording (stmarys-2021-bumble-bill 11)"),
    pytest.param("Report Shows Cyber-Enabled Crimes and Costs Rose in 2018, FBI (Apr. 22, 2019), https://www.fbi.gov/a.",
                 CitationKind.OFFICIAL, id="an agency's page (vill-2021-data-breach-standing 11)"),
    pytest.param("FTC Imposes $5 Billion Penalty and Sweeping New Privacy Restrictions on Facebook, FED. TRADE COMM’N "
                 "(July 24, 2019) https://www.ftc.gov/news-events/pressreleases/2019/07/a [https://perma.cc/2YTJ-G684].",
                 CitationKind.OFFICIAL, id="a commission's release (rjolt-2021-protecting-children 35)"),
    pytest.param("Revised Statutes of the State of Indiana (1852), 2:245–320 (wills).", CitationKind.OFFICIAL,
                 id="a state's statutes compiled (ahr-2018-spine-of-american-law 23)"),
]  # fmt: skip


@pytest.mark.parametrize(("note", "kind"), KINDS)
def test_the_kind_of_source_a_note_names(note: str, kind: CitationKind) -> None:
    assert parse_citation(note, 0).citation.kind is kind


def test_what_is_not_a_journal_a_news_item_or_official() -> None:
    # a poem cited by its lines is in a book; a newspaper's headline in small capitals is no agency's page
    assert parse_citation('Turnbull, "Morning," Poetical Essays (1788), ll. 149-152.', 0).citation.kind is not (
        CitationKind.JOURNAL
    )
    note = "Sexting Exposes Louisa Teens, THE CENT. VIRGINIAN (April 2, 2014)."
    assert parse_citation(note, 0).citation.kind is not CitationKind.OFFICIAL
    # a commission's consumer blog is no release of its own (Protecting children, R. J. L. & Tech. 2021, note 12, dev)
    note = ("E.g., Lisa Weintraub Schifferle, Grandparent Scams in the Age of Coronavirus, FED. TRADE COMM’N: CONSUMER "
            "INFO. (Apr. 3, 2020), https://www.consumer.ftc.gov/blog/ 2020/04/grandparent-scams-age-coronavirus "
            "[https://perma.cc/2ACW-5BQX] (describing common coronavirus-related scams used on elderly people).")
    assert parse_citation(note, 0).citation.kind is not CitationKind.OFFICIAL
    # titles named `in` a periodical in a sentence, no comma after them, are no chapters of a book (the seed's note 2)
    note = "See successive postings of “Country Report: Russia” and “Country Report: Japan” in The Asan Forum."
    assert parse_citation(note, 0).citation.kind is not CitationKind.BOOK



def test_a_maker_the_address_is_named_for_then_a_title_is_the_pages_author_and_title() -> None:
    # SSRN (corpus: ssrn-2026-how-to-count-ais, note 24) and GW L. Rev. (gwu-2022-smart-readers, note 1)
    c = parse_citation("Anthropic, Claude’s Constitution, https://www.anthropic.com/constitution (last visited "
                       "Jan. 30, 2026).", 0).citation  # fmt: skip
    assert (c.authors, c.title, c.container) == (("Anthropic",), "Claude’s Constitution", None)
    c = parse_citation("APPLE, SOFTWARE LICENSE AGREEMENTS: SINGLE USE LICENSE ¶ 12, https://www.apple.com/legal/sla/"
                       "docs/iOS112.pdf [https://perma.cc/S7J7-C323].", 0).citation  # fmt: skip
    assert (c.authors, c.title, c.pages) == (("APPLE",), "SOFTWARE LICENSE AGREEMENTS: SINGLE USE LICENSE", "¶ 12")
    # CRS, Election Grants (crs-2026-election-grants, notes 19 and 54): an archived copy is named for its original's
    # host, and a title may open with its year
    c = parse_citation("EAC, Discretionary Grants, https://web.archive.org/web/20200622235023/https://www.eac.gov/"
                       "payments-and-grants/discretionary-grants/.", 0).citation  # fmt: skip
    assert (c.authors, c.title, c.container) == (("EAC",), "Discretionary Grants", None)
    c = parse_citation("EAC, 2024 Annual Report, https://www.eac.gov/sites/default/files/2025-01/"
                       "EAC_2024_Annual_Report_FINAL_508c.pdf.", 0).citation  # fmt: skip
    assert (c.authors, c.title, c.date) == (("EAC",), "2024 Annual Report", None)
    # a name the address is not named for is not read as its maker
    c = parse_citation("Ethereum, Smart Contracts, https://example.org/contracts.", 0).citation
    assert (c.authors, c.container) == ((), "Ethereum")


@pytest.mark.parametrize(("raw", "container", "date", "pages"), [
    # Office of the Historian, Foundation of FRUS, note 2 (ho-2011-foundation-of-frus, dev): the session spelled out,
    # no day
    ("Congressional Globe, 37th Congress, 1st Session, 129.", "Congressional Globe", None, "129"),
    # CRS, Seafood Imports, note 69 (crs-2026-seafood-imports-n41, dev): the number's book after a dash, the year alone
    ("Congressional Record, vol. 172, no. 5—Book II, 2026, p. H257.", "Congressional Record", "2026", "H257"),
    # Office of the Historian, FRUS history ch. 9, note 3 (ho-2015-frus-history-ch9, dev): the day after the pages
    ("Federal Register, Vol. 43, No. 128, pp. 28949–28963 (published July 3, 1978).", "Federal Register",
     "July 3, 1978", "28949-28963"),
])  # fmt: skip
def test_the_record_by_volume_and_page_with_its_book_or_its_session_spelled_out(
    raw: str, container: str, date: str | None, pages: str,
) -> None:
    c = parse_citation(raw, 0).citation
    assert (c.kind, c.container, c.date, c.pages) == (CitationKind.OFFICIAL, container, date, pages)


def test_what_a_note_prints_after_a_periodicals_or_books_name_is_no_part_of_it() -> None:
    # Piper, Fictionality (corpus: ca-2016-fictionality, notes 11, 18, 21, 14, 33)
    def container(note: str) -> str | None:
        return parse_citation(note, 0).citation.container

    assert container('Matthew Erlin, "From the Philosophical to the Epistemic Novel?" CA: Journal of Cultural '
                     "Analytics (forthcoming).") == "CA: Journal of Cultural Analytics"  # fmt: skip
    assert container('Ted Underwood, "The Life Cycles of Genres," CA: Journal of Cultural Analytics May 23, 2016: '
                     "http://culturalanalytics.org/2016/05/the-life-cycles-of-genres/.") == (
        "CA: Journal of Cultural Analytics"
    )  # fmt: skip
    c = parse_citation('Andrew Piper and Eva Portelance, "How Cultural Capital Works," Post-45 05.10.2016: '
                       "http://post45.research.yale.edu/2016/05/how/.", 0).citation  # fmt: skip
    assert (c.container, c.date) == ("Post-45", "05.10.2016")
    # a date in brackets after the site (Technology and Culture 2019, corpus: tc-2019-parliament-infrastructure, 9)
    note = 'Shawn Graham, "Topic Modeling," The Programming Historian (Sep. 2, 2012), http://programminghistorian.org/a.'
    c = parse_citation(note, 0).citation
    assert (c.container, c.date) == ("The Programming Historian", "Sep. 2, 2012")
    assert container('H. A. Schwartz, "Choosing the Right Words." In Proceedings of SEM-2013: Second Joint Conference '
                     "on Lexical and Computational Semantics (2013): 296-305.") == (
        "Proceedings of SEM-2013: Second Joint Conference on Lexical and Computational Semantics"
    )  # fmt: skip
    assert container('Catherine Gallagher, "The Rise of Fictionality," The Novel, vol. 1, ed. Franco Moretti '
                     "(Princeton: Princeton UP, 2006), 336-363.") == "The Novel"  # fmt: skip


@pytest.mark.parametrize(("raw", "book"), [
    # Cultural Analytics 2016 and 2017 (corpus: ca-2016-menu-distinction, 24, and ca-2017-topic-modeling-novel, 10)
    ('Michael Lascarides and Ben Vershbow, "What\'s on the menu? Crowdsourcing at the New York Public Library," In '
     "Crowdsourcing Our Cultural Heritage, ed. Mia Ridge. 2014.", "Crowdsourcing Our Cultural Heritage"),
    ('Allen Beye Riddell, "How to Read 22,198 Journal Articles: Studying the History of German Studies with Topic '
     'Models," also in Distant Readings, 91-113.', "Distant Readings"),
    # `In These Times` is a magazine's name (New England Journal of Public Policy 2022, corpus:
    # nejpp-2022-innovation-ecosystem, 61)
    ("Hamilton Nolan, “The Failure to Unionize the Tech Industry Will Eat the Labor Movement Alive.” In These Times, "
     "August 26, 2020, https://inthesetimes.com/article/union-tech-industry-labor-2020.", "In These Times"),
])  # fmt: skip
def test_in_or_also_in_before_a_books_name_says_the_chapter_is_in_it(raw: str, book: str) -> None:
    assert parse_citation(raw, 0).citation.container == book


def test_an_edition_in_the_older_style_is_no_part_of_a_title() -> None:
    note = "Käthe Hamburger, The Logic of Literature, 2d ed., trans. Marilyn J. Rose (Bloomington: Indiana UP, 1973)."
    assert parse_citation(note, 0).citation.title == "The Logic of Literature"


def test_a_paper_on_a_repository_retrieved_at_a_time_of_day() -> None:
    # Piper, Fictionality (corpus: ca-2016-fictionality, note 4): a reference manager's access time before the date
    c = parse_citation(
        'See Ted Underwood, "Understanding Genre in a Collection of a Million Volumes, Interim Report." Figshare. '
        "https://dx.doi.org/10.6084/m9.figshare.1281251.v1. Retrieved: 16 27, Feb 20, 2016 (GMT).", 0
    ).citation
    assert (c.kind, c.container, c.accessed, c.date) == (CitationKind.REPORT, "Figshare", "2016-02-20", None)


def test_a_chapter_printed_without_in_has_its_books_imprint_after_the_book() -> None:
    # Piper, Fictionality (corpus: ca-2016-fictionality, note 5)
    c = parse_citation(
        'John R. Searle, "The Logical Status of Fictional Discourse," Expression and Meaning: Studies in the Theory '
        "of Speech Acts (Cambridge: Cambridge UP, 1979), 58-76", 0
    ).citation
    assert (c.kind, c.publisher, c.date, c.pages) == (CitationKind.BOOK, "Cambridge UP", "1979", "58-76")
    assert c.container == "Expression and Meaning: Studies in the Theory of Speech Acts"


def test_a_word_in_quotation_marks_the_sentence_runs_on_from_is_no_title() -> None:
    # Piper, Fictionality (corpus: ca-2016-fictionality, note 9)
    c = parse_citation(
        'This new work is driven largely as a response to the "classical" narratological work of Dorrit Cohn, The '
        "Distinction of Fiction (Baltimore: JHU Press, 1999).", 0
    ).citation
    assert (c.authors, c.title, c.publisher) == (("Dorrit Cohn",), "The Distinction of Fiction", "JHU Press")
    # a title followed by `in` and its book is still a title
    c = parse_citation('Jane Doe, "Scales" in The Oxford Companion (Oxford: Oxford UP, 2001), 5.', 0).citation
    assert c.title == "Scales"


def test_and_even_earlier_after_an_imprint_starts_the_next_book() -> None:
    note = (
        "See Dorrit Cohn, The Distinction of Fiction (Baltimore: JHU Press, 1999) and even earlier Käthe Hamburger, "
        "The Logic of Literature (Bloomington: Indiana UP, 1973)."
    )
    assert [c.authors for c in parse_text("1. " + note).notes[0].citations] == [("Dorrit Cohn",), ("Käthe Hamburger",)]


def test_a_dataset_as_its_repository_writes_it_is_a_page_of_the_repository() -> None:
    # Piper, Fictionality (corpus: ca-2016-fictionality, note 16): Dataverse's "Cite" form
    c = parse_citation(
        'Data and code for this project is located here: Piper, Andrew, 2016, "Fictionality", doi:10.7910/DVN/5WKTZV, '
        "Harvard Dataverse, V1, http://dx.doi.org/10.7910/DVN/5WKTZV", 0
    ).citation
    assert (c.kind, c.authors, c.title, c.container, c.date) == (
        CitationKind.WEB, ("Piper, Andrew",), "Fictionality", "Harvard Dataverse", "2016"
    )  # fmt: skip
    # several authors are joined by semicolons, which split no citation
    note = 'Smith, Jane; Doe, John, 2019, "Replication Data", https://doi.org/10.7910/DVN/ABC1, Harvard Dataverse, V2'
    (c,) = parse_text("1. " + note).notes[0].citations
    assert c.authors == ("Smith, Jane", "Doe, John")


def test_mla_elements_closed_by_full_stops_give_the_site_its_publisher_and_date() -> None:
    # Beyond Poet Voice (corpus: ca-2018-beyond-poet-voice, notes 23 and 40)
    c = parse_citation(
        'Mark Liberman, "Martin Luther King\'s Rhetorical Phonetics," Language Log. University of Pennsylvania. Jan. '
        "15, 2007. Accessed August 1, 2017.", 0
    ).citation
    assert (c.container, c.publisher, c.date) == ("Language Log", "University of Pennsylvania", "Jan. 15, 2007")
    c = parse_citation('Lisa Anne Basile, "Poet Voice and Flock Mentality," Huffington Post. September 16, 2014.', 0)
    assert c.citation.container == "Huffington Post"


def test_mla_9_container_then_publisher_and_a_whole_works_publisher_or_date_after_its_title() -> None:
    # olemiss-2021-5g-us-china-race (MLA 9th ed., notes 1, 4, 5 and 16)
    c = fields("Osman, Jim. “Trump's 5G China Security Deadline Will Force Nokia M&A.” Forbes, Forbes Magazine, 24 "
               "Apr. 2020, www.forbes.com/sites/jimosman/2020/04/23/donald-trump-5g.")  # fmt: skip
    assert (c.kind, c.container, c.publisher) == (CitationKind.NEWS, "Forbes", "Forbes Magazine")
    assert c.date == "24 Apr. 2020"
    c = fields("Skorup, Brent. 5G Basics and Public Policy. Mercatus Center at George Mason University, Feb. 2019, "
               "www.thriveed.org/wpcontent/uploads/2019/03/skorup.pdf.")  # fmt: skip
    assert (c.kind, c.title, c.container) == (CitationKind.REPORT, "5G Basics and Public Policy", None)
    assert (c.publisher, c.date) == ("Mercatus Center at George Mason University", "Feb. 2019")
    c = fields("Kaska, Kadri, et al. Huawei, 5G and China as a Security Threat, 28 Mar. 2019, "
               "www.ccdcoe.org/uploads/2019/03/CCDCOEHuawei-2019-03-28-FINAL.pdf.")  # fmt: skip
    assert (c.kind, c.date) == (CitationKind.REPORT, "28 Mar. 2019")
    assert c.title == "Huawei, 5G and China as a Security Threat"
    # (a site and the body that runs it, dated in Chicago's form, stay one container)
    c = fields("Sam Roggeveen, “Title of a Post,” The Interpreter, The Lowy Institute, August 24, 2021.")
    assert (c.container, c.publisher) == ("The Interpreter, The Lowy Institute", None)


def test_a_bibliographys_chapter_pages_before_its_imprint_are_the_pages() -> None:
    # Beyond Poet Voice (corpus: ca-2018-beyond-poet-voice, notes 21 and 48)
    c = parse_citation(
        'Elinor Ochs, "Indexing gender," In Rethinking context: Language as an interactive phenomenon, edited by B. '
        "Miller, 335-358. New York: Cambridge University Press, 1992.", 0
    ).citation
    assert (c.container, c.pages, c.publisher) == (
        "Rethinking context: Language as an interactive phenomenon", "335-358", "Cambridge University Press"
    )  # fmt: skip
    # a span of years in the book's title is no page range
    c = parse_citation(
        'Joel Shrock, "Alger in the Heartland," in Print Culture Histories beyond the Metropolis, 1891-1902, edited by '
        "James J. Connolly (Toronto: University of Toronto Press, 2016), 284-303.", 0
    ).citation
    assert c.pages == "284-303"


def test_a_writers_possessive_and_an_editors_mark_are_no_part_of_names_or_titles() -> None:
    # Beyond Poet Voice (corpus: ca-2018-beyond-poet-voice, notes 12 and 37)
    c = parse_citation(
        "See also Matt Petronzio's somewhat misleadingly titled \"The Linguistics Behind the Insufferably "
        'Annoying Poet Voice" in Mashables, Feb. 7, 2015.', 0
    ).citation
    assert c.authors == ("Matt Petronzio",)
    c = parse_citation("Patrick Grzanka, Ed. Intersectionality: A Reader (New York: Routledge, 2014).", 0).citation
    assert (c.authors, c.title) == (("Patrick Grzanka",), "Intersectionality: A Reader")


def test_a_journals_name_may_end_in_an_accented_letter() -> None:
    # Harvard JOLT (corpus: jolt-2024-nano-contracts, note 4)
    c = parse_citation(
        "Christopher Toumey, Reading Feynman Into Nanotechnology: A Text for a New Science, 12 Techné 133, 142 (Fall "
        "2008).", 0
    ).citation
    assert (c.kind, c.container, c.pages) == (CitationKind.JOURNAL, "Techné", "133, 142")


def test_an_entry_in_a_dictionary_in_small_capitals_is_in_the_book() -> None:
    # Harvard JOLT (corpus: jolt-2024-nano-contracts, note 15), Vanderbilt L. Rev. (vanderbilt-2018, note 37)
    c = parse_citation("Contract, BLACKS LAW DICTIONARY (11th ed. 2019).", 0).citation
    assert (c.kind, c.title, c.container, c.publisher, c.date) == (
        CitationKind.BOOK, "Contract", "BLACKS LAW DICTIONARY", None, "2019"
    )  # fmt: skip


def test_every_author_of_a_book_in_small_capitals_is_an_author() -> None:
    # Indiana L.J. (corpus: ilj-2020-internet-architecture-disability, note 6)
    c = parse_citation(
        "JONATHAN LAZAR, DANIEL GOLDSTEIN & ANNE TAYLOR, ENSURING DIGITAL ACCESSIBILITY THROUGH PROCESS AND POLICY 91 "
        "(2015).", 0
    ).citation
    assert c.authors == ("JONATHAN LAZAR", "DANIEL GOLDSTEIN", "ANNE TAYLOR")
    assert (c.title, c.pages) == ("ENSURING DIGITAL ACCESSIBILITY THROUGH PROCESS AND POLICY", "91")
    # a title with commas of its own after one author stays whole
    c = parse_citation("PETER N. AMPONSAH, LIBEL LAW, POLITICAL CRITICISM, AND DEFAMATION 2 (2004).", 0).citation
    assert (c.authors, c.title) == (("PETER N. AMPONSAH",), "LIBEL LAW, POLITICAL CRITICISM, AND DEFAMATION")


def test_a_work_in_small_capitals_the_note_links_to_is_a_report() -> None:
    # Vanderbilt L. Rev. (corpus: vanderbilt-2020-nudnik-n101, note 141): a paper put out online, not a printed book
    c = fields(
        "See PAM DIXON & ROBERT GELLMAN, THE SCORING OF AMERICA: HOW SECRET CONSUMER SCORES THREATEN YOUR PRIVACY AND "
        "YOUR FUTURE 6–10 (2014), http://www.worldprivacyforum.org/wp-content/uploads/2014/04/WPF_Scoring_of_America_"
        "April2014_fs.pdf [https://perma.cc/KK5H-4DHF]."
    )
    assert (c.kind, c.authors, c.pages) == (CitationKind.REPORT, ("PAM DIXON", "ROBERT GELLMAN"), "6-10")
    # the same shape without a link stays a book
    c = fields("PETER N. AMPONSAH, LIBEL LAW, POLITICAL CRITICISM, AND DEFAMATION 2 (2004).")
    assert c.kind is CitationKind.BOOK


def test_an_appendix_page_and_a_hereinafter_bracket_closed_by_a_parenthesis() -> None:
    # Vanderbilt L. Rev. (corpus: vanderbilt-2018-adminization, note 10): the text layer closes `[hereinafter …` with
    # a parenthesis; the page cited is the appendix's, numbered by its letter
    c = fields(
        "See FED. TRADE COMM’N, THE STRUCTURE AND PRACTICES OF THE DEBT BUYING INDUSTRY T-12 (2013), https://www.ftc."
        "gov/sites/default/files/documents/reports/structure-and-practices-debt-buying-industry/debtbuyingreport.pdf "
        "[hereinafter FTC DEBT INDUSTRY REPORT) (reporting that 9.2 million cases, or 12.1 percent of the debts in "
        "portfolios, were subject to litigation)."
    )
    assert (c.kind, c.authors, c.title, c.pages) == (
        CitationKind.REPORT, ("FED. TRADE COMM’N",), "THE STRUCTURE AND PRACTICES OF THE DEBT BUYING INDUSTRY", "T-12",
    )  # fmt: skip


def test_a_middle_initial_without_its_stop_and_a_users_handle_are_authors() -> None:
    # Duke L. & Tech. Rev. (corpus: duke-2020-meme-copyright, notes 20 and 45)
    c = parse_citation(
        "See Bharathi A Panicker, The Importance of Memes for Twenty Somethings and Teens, HER CAMPUS (Nov. 24, 2018, "
        "10:59 PM), https://www.hercampus.com/school/ashoka/importance-memes-twentysomethings-and-teens.", 0
    ).citation
    assert (c.authors, c.title) == (("Bharathi A Panicker",), "The Importance of Memes for Twenty Somethings and Teens")
    c = parse_citation(
        "DangerNoodle, Thanos Design Suggestion, MARVEL CONTEST OF CHAMPIONS (Apr. 1, 2018, 11:07 PM), "
        "https://forums.playcontestofchampions.com/en/discussion/59931/thanos-designsuggestion.", 0
    ).citation
    assert (c.authors, c.title) == (("DangerNoodle",), "Thanos Design Suggestion")


def test_a_body_before_a_pages_title_and_a_particle_written_into_a_surname_are_authors() -> None:
    # Villanova L. Rev. (corpus: vill-2021-unfriending-tinker, note 6), Indiana L.J. (ilj-2020, note 19)
    c = parse_citation(
        "See American Academy of Child and Adolescent Psychiatry, Social Media and Teens, AACAP (Mar. 2018), "
        "https://www.aacap.org/AACAP/Families_and_Youth/Facts_for_Families/Social-Media-and-Teens-100.aspx.",
        0,
    ).citation
    assert (c.authors, c.title) == (("American Academy of Child and Adolescent Psychiatry",), "Social Media and Teens")
    c = parse_citation(
        "Jacobus tenBroek, The Right to Live in the World: The Disabled in the Law of Torts, 54 CALIF. L. REV. 841 "
        "(1966).", 0
    ).citation
    assert c.authors == ("Jacobus tenBroek",)


def test_a_thousands_separator_in_a_title_cuts_nothing() -> None:
    # JEAH (corpus: jeah-2017-indigenous-women-networks, note 6)
    note = "Herbert C. Kraft, The Lenape-Delaware Indian Heritage: 10,000 BC to AD 2000 (Stanton: Lenape Books, 2001)."
    assert parse_citation(note, 0).citation.title == "The Lenape-Delaware Indian Heritage: 10,000 BC to AD 2000"


def test_a_listed_outlet_named_before_an_unsigned_pieces_title_is_where_it_appeared() -> None:
    # the policy style's unsigned piece (corpus: crs-2026-strait-of-hormuz, note 5, prints `Maritime Executive, "…"`;
    # a name the lexicon lists reads the same way)
    c = parse_citation('Politico, "Iran Confirms Two-Week Ceasefire," April 7, 2026, https://www.politico.com/a.', 0)
    assert (c.citation.kind, c.citation.authors, c.citation.container) == (CitationKind.NEWS, (), "Politico")


def test_a_bodys_database_then_a_table_in_it_is_the_table_in_the_database() -> None:
    # CRS, Strait of Hormuz (corpus: crs-2026-strait-of-hormuz, note 16)
    c = parse_citation("U.S. Census Bureau, USA Trade Online, HS Port-Level Data, https://usatrade.census.gov/.", 0)
    assert (c.citation.authors, c.citation.container, c.citation.title) == (
        ("U.S. Census Bureau",), "USA Trade Online", "HS Port-Level Data"
    )  # fmt: skip
    # a title with a comma of its own stays one title (crs-2026-military-discharges, note 40)
    note = "U.S. Department of Defense, Don't Ask, Don't Tell Resources, at https://www.defense.gov/Spotlights/a/."
    assert parse_citation(note, 0).citation.container is None


def test_a_state_reports_nominative_reporter_in_brackets_names_the_same_volume() -> None:
    # UGA J. Intell. Prop. L. (corpus: ugajipl-2021-defend-trade-secrets, note 15)
    c = parse_citation("E.g., Vickery v. Welch, 36 Mass. (19 Pick.) 523, 527 (1837) (granting damages).", 0).citation
    assert (c.title, c.container, c.pages, c.date) == ("Vickery v. Welch", "Mass.", "523, 527", "1837")


def test_a_pinpoint_at_a_page_after_the_site_is_the_pages() -> None:
    # Harvard JOLT (corpus: jolt-2024-nano-contracts, note 34)
    c = parse_citation(
        "See e.g., Jeffrey W. Buckholz, Introduction to Traffic Signal Timing, CED Engineering at 8, "
        "https://www.cedengineering.com/userfiles/Introduction%20to%20Traffic%20Signal%20Timing-R1.pdf.", 0
    ).citation
    assert (c.container, c.pages) == ("CED Engineering", "8")


def test_a_phrase_quoted_inside_a_law_review_articles_title_is_part_of_the_title() -> None:
    # Seattle J. for Soc. Just. (corpus: sjteil-2021-safety-planning, note 22), DePaul L. Rev. (depaul-2020, note 37)
    c = parse_citation(
        'Clare Fitzpatrick, Breaking Barriers to "Breaking the Cycle," 13 SEATTLE J. SOC. JUST. 603, 604 n.9 (2014).', 0
    ).citation
    assert (c.kind, c.authors, c.container) == (CitationKind.JOURNAL, ("Clare Fitzpatrick",), "SEATTLE J. SOC. JUST.")
    assert c.title == 'Breaking Barriers to "Breaking the Cycle"'
    c = parse_citation(
        "Adam Thierer et al., How the Internet, the Sharing Economy, and Reputational Feedback Mechanisms Solve the "
        "“Lemons Problem,” 70 UNIV. MIAMI L. REV. 830, 830 (2016).", 0
    ).citation
    assert c.title is not None and c.title.endswith("Solve the “Lemons Problem”")
    assert (c.authors, c.container) == (("Adam Thierer",), "UNIV. MIAMI L. REV.")
    # the quoted phrase may open the title, more of it after (Indiana L.J., ilj-2020, note 14)
    c = parse_citation(
        "See, e.g., Samuel R. Bagenstos, “Rational Discrimination,” Accommodation, and the Politics of (Disability) "
        "Civil Rights, 89 VA. L.REV. 825, 826–27 (2003).", 0
    ).citation
    assert (c.kind, c.container) == (CitationKind.JOURNAL, "VA. L.REV.")
    assert c.title == "“Rational Discrimination,” Accommodation, and the Politics of (Disability) Civil Rights"


def test_a_short_imprint_without_its_comma_is_the_publisher_and_year() -> None:
    # Funk and Mullen, AHR 2018 (corpus: ahr-2018-spine-of-american-law, note 24)
    c = parse_citation("Hendrik Hartog, Man and Wife in America: A History (Harvard 2000), 111–113, 187–192.", 0)
    assert (c.citation.kind, c.citation.title, c.citation.publisher, c.citation.date) == (
        CitationKind.BOOK, "Man and Wife in America: A History", "Harvard", "2000"
    )  # fmt: skip
    c = parse_citation('Jessica Berman, "Title," ELH (Fall 2004): 813-838.', 0)  # a season's issue is no imprint
    assert (c.citation.date, c.citation.publisher) == ("Fall 2004", None)


def test_a_law_journal_whose_abbreviated_name_holds_a_comma() -> None:
    # `YALE J. HEALTH POL’Y, L. & ETHICS` is one journal: the comma inside its name is no field boundary, even after a
    # title ending in a quoted phrase (Arbel & Kaplan, Tort Reform through the Backdoor, note 45)
    c = fields("Geoff Boehm, Debunking Medical Malpractice Myths : Unraveling the False Premises Behind “Tort Reform”, "
               "5 YALE J. HEAL. POL’Y, L. ETHICS 357, 358 (2005).")  # fmt: skip
    assert (c.kind, c.authors, c.container, c.volume) == (
        CitationKind.JOURNAL, ("Geoff Boehm",), "YALE J. HEAL. POL’Y, L. ETHICS", "5")
    assert c.title.endswith("Behind “Tort Reform”") and (c.pages, c.date) == ("357, 358", "2005")


def test_a_printed_newspapers_piece_whose_title_holds_a_number_with_a_comma() -> None:
    # Bluebook 16.6 (Arbel & Kaplan, note 25); the parenthetical after it quotes the piece and is no field
    c = fields("Piper Fogg, Minnesota System Agrees to Pay $ 500,000 to Settle Pay-Bias Dispute, "
               "CHRON. HIGHER EDUC., Feb. 14, 2003, at A12 (describing class-action plaintiff's disappointed "
               "reaction to the settlement: \"I want an apology,\" she said, \"and I am never going to get it\") "
               "(internal quotes omitted).")  # fmt: skip
    assert (c.kind, c.authors, c.container, c.date, c.pages) == (
        CitationKind.NEWS, ("Piper Fogg",), "CHRON. HIGHER EDUC.", "Feb. 14, 2003", "A12")
    assert c.title == "Minnesota System Agrees to Pay $ 500,000 to Settle Pay-Bias Dispute"


def test_a_page_range_whose_dash_the_pdf_lost_is_kept_as_printed() -> None:
    # Arbel, Nano Contracts (a lossy PDF text): `2452 54` is the range 2452–54, its en dash dropped
    c = fields("See Maram Bani Younes & Azzedine Boukerche, An Efficient Dynamic Traffic Light Scheduling Algorithm, "
               "24 WIRELESS NETWORKS 2451, 2452 54 (2018) (reviewing solutions).")  # fmt: skip
    assert (c.kind, c.container, c.volume) == (CitationKind.JOURNAL, "WIRELESS NETWORKS", "24")
    assert c.pages == "2451, 2452 54"
    c = fields("See Meyer v. Uber Techs., Inc., 868 F.3d 66, 70 71 (2d Cir. 2017).")
    assert (c.kind, c.title, c.pages) == (CitationKind.OFFICIAL, "Meyer v. Uber Techs., Inc.", "66, 70 71")


def test_a_surname_with_a_lower_case_particle_names_an_author() -> None:
    c = fields("Roger Van den Bergh & Louis Visscher, The Preventive Function of Collective Actions for Damages in "
               "Consumer Law, 1 ERASMUS L. REV. 5 (2008).")  # fmt: skip
    assert c.authors == ("Roger Van den Bergh", "Louis Visscher")
    assert c.title == "The Preventive Function of Collective Actions for Damages in Consumer Law"


@pytest.mark.parametrize(
    ("raw", "title", "pages"),
    [
        # Bluebook 13.3: a hearing's Congress and pages follow its title
        ("See Applicability of the Americans with Disabilities Act (ADA) to Private Internet Sites: Hearing Before the "
         "Subcomm. on the Constitution of the H. Comm. on the Judiciary, 106th Cong. 1–2 (2000) (testimony of Chairman "
         "Charles Canady).",
         "Applicability of the Americans with Disabilities Act (ADA) to Private Internet Sites: Hearing Before the "
         "Subcomm. on the Constitution of the H. Comm. on the Judiciary", "1–2"),
        # Bluebook 13.4: a committee report by its number and part, pinned by `at`, reprinted elsewhere
        ("H.R. REP. NO. 101-485, pt. 2, at 381 (1990), as reprinted in 1990 U.S.C.C.A.N. 303, 391.",
         "H.R. REP. NO. 101-485, pt. 2", "381"),
        # a bill keeps its Congress: it is part of how the bill is named
        ("S. 872, 119th Cong. (2025).", "S. 872, 119th Cong.", None),
        # Bluebook 5.2: what a parenthetical says of the quotation is no part of the source
        ("42 U.S.C. § 12182(a) (emphasis added).", "42 U.S.C. § 12182(a)", None),
    ],
)  # fmt: skip
def test_a_congressional_document_cited_whole_keeps_its_pinpoint_out_of_its_title(raw, title, pages) -> None:
    c = fields(raw)
    assert (c.kind, c.title, c.pages) == (CitationKind.OFFICIAL, title, pages)


def test_a_collection_named_in_capitals_may_hold_commas_and_its_first_page_a_range() -> None:
    c = fields("Kelvin F. K. Low & Ernie G. S. Teo, Legal Risks of Owning Cryptocurrencies, 1 HANDBOOK OF BLOCKCHAIN, "
               "DIGITAL FINANCE, AND INCLUSION 225–47 (2018).")  # fmt: skip
    assert (c.title, c.container, c.volume) == (
        "Legal Risks of Owning Cryptocurrencies", "HANDBOOK OF BLOCKCHAIN, DIGITAL FINANCE, AND INCLUSION", "1")
    assert c.pages.replace("–", "-") == "225-47"


def test_a_title_with_a_serial_comma_and_and_is_not_a_list_of_authors() -> None:
    # `A, B, and C, …` lists authors only where B and C read as names: five full words make a headline
    c = fields("See Zachary McAuliffe, Google Gemini Beat Pokémon Blue, and I Have Questions, CNET (May 20, 2025), "
               "https://www.cnet.com/tech/gaming/google-gemini-beat-pokemon-blue-and-i-have-questions/.")  # fmt: skip
    assert (c.authors, c.title, c.container) == (
        ("Zachary McAuliffe",), "Google Gemini Beat Pokémon Blue, and I Have Questions", "CNET")


def test_a_signal_glued_to_the_small_capitals_after_it_is_still_a_signal() -> None:
    c = fields("SeeOMRI BEN-SHAHAR & CARL E. SCHNEIDER, MORE THAN YOU WANTED TO KNOW: THE FAILURE OF MANDATED "
               "DISCLOSURE 94–101 (2014).")  # fmt: skip
    assert c.authors == ("OMRI BEN-SHAHAR", "CARL E. SCHNEIDER") and c.kind == CitationKind.BOOK


def test_a_clause_saying_where_something_is_reported_leads_into_the_citation() -> None:
    c = fields("The ADP data comes from a private payroll company, ADP, as reported in Tomaz Cajner et al., Using "
               "Payroll Processor Microdata to Measure Aggregate Labor Market Activity, 44 (2018).")  # fmt: skip
    assert c.authors == ("Tomaz Cajner",)
    assert c.title == "Using Payroll Processor Microdata to Measure Aggregate Labor Market Activity"


@pytest.mark.parametrize(
    ("raw", "title", "container"),
    [
        ("See John Halkias & Michael Schauer, Red Light, Green Light, PUB. ROADS, Nov./Dec. 2004, "
         "https://highways.dot.gov/public-roads/novemberdecember-2004/red-light-green-light.",
         "Red Light, Green Light", "PUB. ROADS"),
        ("Mallory Acheson et al., California Passes Leading AI Safety Bill, Awaits Governor Approval, Nat’l L. Rev., "
         "Sept. 24, 2024, https://perma.cc/U674-WMN5.",
         "California Passes Leading AI Safety Bill, Awaits Governor Approval", "Nat’l L. Rev."),
    ],
)  # fmt: skip
def test_an_unquoted_title_keeps_its_commas_up_to_the_periodical(raw: str, title: str, container: str) -> None:
    c = fields(raw)
    assert (c.title, c.container) == (title, container)


def test_a_bodys_report_dated_by_its_year_alone() -> None:
    # Ramseur, CRS R48906, note 3: a body, its report's unquoted title (a year in it), the report's year
    c = fields("See also Intergovernmental Panel on Climate Change (IPCC), Climate Change 2021—The Physical Science "
               "Basis, 2021.")  # fmt: skip
    assert (c.kind, c.authors, c.title, c.date) == (
        CitationKind.REPORT, ("Intergovernmental Panel on Climate Change (IPCC)",),
        "Climate Change 2021—The Physical Science Basis", "2021")


@pytest.mark.parametrize(
    ("raw", "authors", "pages"),
    [
        ("See, for example, Sen. Whitehouse, Senate debate, \"Providing for Congressional Disapproval of the Rule,\" "
         "Congressional Record, daily edition, vol. 171 (February 27, 2025), p. S1413.", ("Whitehouse",), "S1413"),
        ("For the House debate on this resolution, see House of Representatives, Congressional Record, \"Providing "
         "for Congressional Disapproval of the Rule,\" daily edition, February 26, 2025, p. H845, "
         "https://www.congress.gov/119/crec/2025/02/26/171/38/CREC-2025-02-26-pt1-PgH845-5.pdf.",
         ("House of Representatives",), "H845"),
    ],
)  # fmt: skip
def test_floor_debate_in_the_congressional_record(raw: str, authors: tuple[str, ...], pages: str) -> None:
    # Ramseur, CRS R48906, notes 3 and 11: the speaker (his title not his name) or the chamber, the debate's
    # heading, the Record and its page
    c = fields(raw)
    assert (c.kind, c.authors, c.container, c.pages) == (CitationKind.OFFICIAL, authors, "Congressional Record", pages)
    assert c.title.startswith("Providing for Congressional Disapproval")


def test_a_think_tanks_piece_on_its_site_dated_by_month_is_news_not_a_journal_issue() -> None:
    c = fields("Eweline Czapla, \"Methane Fees for Petroleum and Natural Gas Systems,\" American Action Forum, "
               "November 2021, https://www.americanactionforum.org/insight/methane-fees/.")
    assert (c.kind, c.container) == (CitationKind.NEWS, "American Action Forum")
    c = fields("George F. Kennan, “The Sources of Soviet Conduct,” Foreign Affairs, July 1947.")
    assert c.kind == CitationKind.JOURNAL


def test_a_phrase_quoted_in_a_subtitle_is_no_title_of_its_own() -> None:
    # after a colon, a quoted phrase opens the subtitle of a title printed without quotation marks
    c = fields("see also Mike Wendling, Sandy Hook to Trump: ‘Help Us Stop Conspiracy Theorists,’ BBC (Apr. 2, 2017), "
               "https://www.bbc.com/news/blogs-trending-39194035.")  # fmt: skip
    assert (c.title, c.container) == ("Sandy Hook to Trump: ‘Help Us Stop Conspiracy Theorists’", "BBC")


@pytest.mark.parametrize(
    ("raw", "kind", "title", "pages"),
    [
        # Arbel, Reputation Failure (54 Wake Forest L. Rev. 1239), notes 15, 24 and 36
        ("See Georgios Zervas et al., A First Look at Online Reputation on Airbnb, Where Every Stay is Above Average "
         "10 (Jan. 28, 2015) (unpublished manuscript), https://papers.ssrn.com/sol3/papers2.cfm?abstract_id=2554500.",
         CitationKind.REPORT, "A First Look at Online Reputation on Airbnb, Where Every Stay is Above Average", "10"),
        ("See, e.g., David S. Ardia, Reputation in a Networked World: Revisiting the Social Foundations of Defamation "
         "Law, 45 HARV. C.R.-C.L. L. REV. 261, 267―68 (2010).",  # (a horizontal bar, U+2015, for the range's dash)
         CitationKind.JOURNAL, "Reputation in a Networked World: Revisiting the Social Foundations of Defamation Law",
         "261, 267―68"),
        ("See, e.g., 815 ILL. COMP. STAT. ANN. 505/2, 7 (West 2016) (imposing criminal and civil liability).",
         CitationKind.OFFICIAL, "815 ILL. COMP. STAT. ANN. 505/2, 7", None),
    ],
)  # fmt: skip
def test_bluebook_forms_of_a_law_review_faculty_article(raw, kind, title, pages) -> None:
    c = fields(raw)
    assert (c.kind, c.title, c.pages) == (kind, title, pages)


def test_a_supra_pinpoint_whose_space_after_at_was_lost() -> None:
    refs = parse_text("Notes\n\n1. Lisa Bernstein, Opting Out of the Legal System, 21 J. LEGAL STUD. 115, 152 (1992).\n"
                      "2. See Bernstein, Opting Out, supra note 1, at115, 130, 139–40 (analyzing the behavior).\n")
    again = refs.notes[1].citations[0]
    assert (again.refers_to, again.pages) == (1, "115, 130, 139-40")


def test_a_television_broadcast_is_its_networks_item() -> None:
    c = fields("Milton Friedman’s Free to Choose: Who Protects the Consumers? (PBS television broadcast Jan. 11, "
               "1980).")
    assert (c.kind, c.container, c.date) == (CitationKind.NEWS, "PBS", "Jan. 11, 1980")
    assert c.title == "Milton Friedman’s Free to Choose: Who Protects the Consumers?"


def test_a_body_whose_name_joins_words_with_and_is_one_author() -> None:
    c = fields("Securities and Exchange Commission, \"Statement on Certain Protocol Staking Activities,\" press "
               "release, May 29, 2025, https://www.sec.gov/newsroom/speeches-statements/statement-staking.")
    assert c.authors == ("Securities and Exchange Commission",)


def test_what_a_parenthetical_explains_after_a_bill_is_no_part_of_its_title() -> None:
    c = fields("H.R. 3633, 119th Cong. § 302(b) (amendment in the nature of a substitute intended to be offered by "
               "Sen. Tim Scott).")  # fmt: skip
    assert (c.kind, c.title) == (CitationKind.OFFICIAL, "H.R. 3633, 119th Cong. § 302(b)")


def test_a_paper_of_a_body_named_by_its_acronym_and_cited_by_page_is_its_report() -> None:
    c = fields("Abdeljalil Beniiche, \"A Study of Blockchain Oracles,\" INRS, July 14, 2020, p. 1, "
               "https://arxiv.org/pdf/2004.07140.")  # fmt: skip
    assert (c.kind, c.publisher, c.container, c.pages) == (CitationKind.REPORT, "INRS", None, "1")


def test_a_writers_office_in_parentheses_is_no_part_of_the_name() -> None:
    c = fields("Dilawar Syed (State Department Special Representative for Commercial and Business Affairs), "
               "\"Commercial Diplomacy: How U.S. Foreign Policy Creates Jobs,\" DipNote, June 6, 2023.")  # fmt: skip
    assert c.authors == ("Dilawar Syed",) and c.title.startswith("Commercial Diplomacy")


@pytest.mark.parametrize(
    ("raw", "title", "pages", "date"),
    [
        # GAO-07-791 (2007), note 1: codified where, after the date, is no pinpoint of the citation
        ("Pub. L. No. 96-354, 94 Stat. 1164, 1169 (Sept. 16, 1980) codified at 5 U.S.C. § 610.",
         "Pub. L. No. 96-354, 94 Stat. 1164", "1169", "Sept. 16, 1980"),
        # Abreu & Arbel, Tax Levers (2025), note 7: a section between the public law and the Statutes at Large
        ("Taxpayer Relief Act of 1997, Pub. L. 105-34, § 604, 111 Stat. 788, 863 (1997) (allowing carryback).",
         "Taxpayer Relief Act of 1997, Pub. L. 105-34, § 604, 111 Stat. 788", "863", "1997"),
    ],
)  # fmt: skip
def test_a_session_law_is_named_to_its_first_page_and_pinned_after_it(raw, title, pages, date) -> None:
    c = fields(raw)
    assert (c.kind, c.title, c.pages, c.date) == (CitationKind.OFFICIAL, title, pages, date)


def test_an_articles_pages_after_its_year_as_gao_prints_them() -> None:
    c = fields("See, for example: Neil R. Eisner and Judith S. Kaleta, Federal Agency Reviews of Existing Regulations, "
               "48 Admin. L. Rev. (1996) pp. 139-174.")  # fmt: skip
    assert (c.kind, c.container, c.date, c.pages) == (CitationKind.JOURNAL, "Admin. L. Rev.", "1996", "139-174")


@pytest.mark.parametrize(
    ("raw", "kind", "title", "pages"),
    [
        # Kafka & Shen, CRS R48915 (2026), a CRS legal report in Bluebook form: notes 3, 5, 22, 1
        ("See CRS Report R45323, Federalism-Based Limitations on Congressional Power: An Overview, coordinated by "
         "Kevin J. Hickey, at 1 (2023).",
         CitationKind.REPORT, "Federalism-Based Limitations on Congressional Power: An Overview", "1"),
        ("Ch. 3915, 34 Stat. 768 (1906).", CitationKind.OFFICIAL, "Ch. 3915, 34 Stat. 768", None),
        ("U.S. Const., art. VI, Cl. 2.", CitationKind.OFFICIAL, "U.S. Const., art. VI, Cl. 2", None),
        # a case whose explanation quotes at length (and whose author left a parenthesis open) is still a case
        ("See Jacobson v. Massachusetts, 197 U.S. 11, 25, 39 (1905) (upholding a state law authorizing local public "
         "health officials to require vaccination against smallpox, observing that \"[a]lthough this court has "
         "refrained [] from any attempt to define the limits of [states' police] power, . . . it has distinctly "
         "recognized the authority of a State to enact quarantine laws\" (quoting Gibbons v. Ogden, 22 U.S. (9 Wheat.) "
         "1, 203 (1824))",
         CitationKind.OFFICIAL, "Jacobson v. Massachusetts", "11, 25, 39"),
    ],
)  # fmt: skip
def test_a_crs_legal_reports_bluebook_forms(raw, kind, title, pages) -> None:
    c = fields(raw)
    assert (c.kind, c.title, c.pages) == (kind, title, pages)


def test_the_crs_authors_listed_with_a_serial_comma_and_the_year_in_parentheses() -> None:
    c = fields("For more information about federal preemption, see CRS Report R45825, Federal Preemption: A Legal "
               "Primer, by Bryan L. Adkins, Alexander H. Pepper, and Jay B. Sykes (2023).")  # fmt: skip
    assert (c.authors, c.publisher, c.date) == (
        ("Bryan L. Adkins", "Alexander H. Pepper", "Jay B. Sykes"), "CRS Report R45825", "2023")


def test_a_librarys_page_is_not_congress_and_an_access_date_glued_to_its_address_is_not_part_of_it() -> None:
    c = fields("Libr. of Cong., Intrastate Activities Having a Substantial Relation to Interstate Commerce, "
               "Constitution Annotated, https://constitution.congress.gov/browse/essay/artI-S8-C3-6-4/ALDE_00013421/"
               "(last visited Mar. 30, 2026) (same).")  # fmt: skip
    assert c.kind != CitationKind.OFFICIAL
    assert (c.url, c.accessed) == ("https://constitution.congress.gov/browse/essay/artI-S8-C3-6-4/ALDE_00013421/",
                                   "2026-03-30")  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "title", "pages"),
    [
        ("See Drug Amendments of 1962, Pub. L. No. 87-781, § 102, 76 Stat. 780, 781 (codified as amended at 21 U.S.C. "
         "§§ 321, 355).", "Drug Amendments of 1962, Pub. L. No. 87-781, § 102, 76 Stat. 780", "781"),
        ("See Medical Device Amendments of 1976, Pub. L. No. 94-295, § 2, sec. 513(a)(1)(C), 90 Stat. 539, 541 "
         "(codified as amended at 21 U.S.C. § 360e).",
         "Medical Device Amendments of 1976, Pub. L. No. 94-295, § 2, sec. 513(a)(1)(C), 90 Stat. 539", "541"),
    ],
)  # fmt: skip
def test_a_session_law_with_no_year_printed_and_where_it_is_codified_as_amended(raw, title, pages) -> None:
    c = fields(raw)
    assert (c.kind, c.title, c.pages) == (CitationKind.OFFICIAL, title, pages)


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        # parentheticals three deep after the date: the quoted case's court and year inside the quoting
        ("See, e.g., Lefaivre v. KV Pharm. Co., 636 F.3d 935, 941 (8th Cir. 2010) (concluding that the federal scheme "
         "\"is not 'so pervasive in scope that it occupies the field.'\" (quoting In re Aurora Dairy Corp. Organic "
         "Milk Mktg. & Sales Pracs. Litig., 621 F.3d 781, 792 (8th Cir. 2010))).", "Lefaivre v. KV Pharm. Co."),
        # a party named with its comma (`Medtronic, Inc.`), the explanation a long quotation
        ("See, e.g., Medtronic, Inc. v. Lohr, 518 U.S. 470, 486 (1996) (explaining that relevant to the analysis of an "
         "express preemption provision is the \"'structure and purpose of the statute as a whole,' as revealed not "
         "only in the text, but through the reviewing court's reasoned understanding of the way in which Congress "
         "intended the statute to affect business\" (citation omitted) (quoting Gade v. Nat'l Solid Wastes Mgmt. "
         "Ass'n, 505 U.S. 88, 98 (1992)).", "Medtronic, Inc. v. Lohr"),
    ],
)  # fmt: skip
def test_a_case_whose_parentheticals_nest_and_quote_at_length(raw: str, title: str) -> None:
    c = fields(raw)
    assert (c.kind, c.title) == (CitationKind.OFFICIAL, title)


def test_two_issues_of_a_paper_are_dated_by_the_first() -> None:
    # chapter 3 of the FRUS history (ho-2015-frus-history-ch3, dev), note 13
    (note,) = parse_text("1. New York Herald, December 17 and 19, 1869.\n").notes
    (c,) = note.citations
    assert c.date == "December 17 and 19, 1869"  # (its paper is still misread: authors `New York Herald`)


def test_a_committees_report_to_accompany_a_bill() -> None:
    # CRS R48694 (crs-2026-rd-funding, dev), note 39: the committee the author, the bill's title its title
    c = fields(
        "U.S. Congress, House Appropriations Committee, Departments of Labor, Health and Human Services, and "
        "Education, and Related Agencies Appropriations Bill, 2026, report to accompany H.R. 5304, 119th Cong., 1st "
        "sess., H.Rept. 119-271, September 11, 2025, p. 91"
    )
    assert (c.kind, c.authors, c.date, c.pages) == (
        CitationKind.OFFICIAL, ("U.S. Congress, House Appropriations Committee",), "September 11, 2025", "91",
    )  # fmt: skip
    assert c.title == (
        "Departments of Labor, Health and Human Services, and Education, and Related Agencies Appropriations Bill, 2026"
    )
    # Marshak, CRS R48469 (crs-2026-seafood-imports-n41, dev), note 65: `report` left out, the report's number
    # after the day and the page after it
    c = fields(
        "U.S. Congress, House Appropriations Committee, Commerce, Justice, Science, and Related Agencies "
        "Appropriations Bill, 2023, to accompany H.R. 8256, 117th Cong., 2nd sess., June 30, 2022, H.Rept. 117-395, "
        "p. 38."
    )
    assert (c.title, c.date, c.pages) == (
        "Commerce, Justice, Science, and Related Agencies Appropriations Bill, 2023", "June 30, 2022", "38",
    )  # fmt: skip
    # ibid., note 70: the Committee on Appropriations lists no fields after its name (the Committee on Banking,
    # Housing, and Urban Affairs does), so the bill's title keeps its own list
    c = fields(
        "U.S. Congress, House Committee on Appropriations, Commerce, Justice, Science, and Related Agencies "
        "Appropriations Bill, 2026, to accompany H.R. 5342, 119th Cong., 1st sess., September 12, 2025, H.Rept. "
        "119-272, p. 24."
    )
    assert (c.authors, c.title) == (
        ("U.S. Congress, House Committee on Appropriations",),
        "Commerce, Justice, Science, and Related Agencies Appropriations Bill, 2026",
    )
    # CRS R48694 (crs-2026-rd-funding, dev), note 35: the committee named by its chamber alone, after a semicolon
    (*_, c) = parse_text(
        "1. U.S. Congress, House Appropriations Committee, Department of the Interior, Environment, and Related "
        "Agencies Appropriations Bill, 2026, report to accompany H.R. 4754, 119th Cong., 1st sess., H.Rept. 119-215, "
        "July 24, 2025, p. 89; and Senate Committee on Appropriations, Department of Labor, Health and Human "
        "Services, and Education, and Related Agencies Appropriations Bills, 2026, report to accompany S. 2587, 119th "
        "Cong., 1st sess., S.Rept. 119-55, July 31, 2025, p. 105.\n"
    ).notes[0].citations
    assert (c.kind, c.authors, c.date, c.pages) == (
        CitationKind.OFFICIAL, ("Senate Committee on Appropriations",), "July 31, 2025", "105",
    )  # fmt: skip


def test_a_book_named_by_its_authors_possessive_and_its_kind_inside_a_sentence() -> None:
    # Fierst, Scholarly Editing 33 (scholed-2012-tanner-narrative, dev), note 3; and a possessive inside a subtitle
    # stays the title's (Liddle, Cultural Analytics 2019, note 40)
    c = fields("The evolution of the captivity tradition is the focus of Joe Snader's book, Caught between Worlds: "
               "British Captivity Narratives in Fact and Fiction (Lexington: The University Press of Kentucky, 2000).")
    assert (c.authors, c.title, c.date) == (
        ("Joe Snader",), "Caught between Worlds: British Captivity Narratives in Fact and Fiction", "2000",
    )  # fmt: skip
    # Broude, Scholarly Editing 33 (scholed-2012-musical-editions, dev), note 7: what the writer thinks of the study
    c = fields("On the work concept, see Lydia Goehr's important and influential study The Imaginary Museum of Musical "
               "Works: An Essay in the Philosophy of Music (Oxford: Oxford University Press, 1992).")
    assert (c.authors, c.title) == (
        ("Lydia Goehr",), "The Imaginary Museum of Musical Works: An Essay in the Philosophy of Music",
    )  # fmt: skip
    c = fields("This analysis was pioneered by J. F. Burrows, Computation into Criticism: A Study in Jane Austen's "
               "Novels and an Experiment in Method (Oxford: Oxford University Press, 1987).")
    assert c.authors != ("Jane Austen",)


def test_a_source_the_author_is_indebted_to_is_a_citation() -> None:
    # Alpert-Abrams, Scholarly Editing 37 (scholed-2016-primeros-libros, dev), note 17
    c = fields("For the language of excavation—among other things—I am indebted to Bonnie Mak, “Archaeology of a "
               "Digitization,” Journal of the Association for Information Science and Technology 65, no. 8 (2014): "
               "1515–26.")  # fmt: skip
    assert (c.authors, c.title, c.date) == (("Bonnie Mak",), "Archaeology of a Digitization", "2014")


def test_a_bibliography_entry_with_names_in_reading_order_then_the_title() -> None:
    # Journal of Early American History 2017, note 2 (jeah-2017-indigenous-women-networks, dev)
    c = fields("Kees-Jan Waterman, and J. Michael Smith. Munsee Indian Trade in Ulster County, New York, 1712-1732. "
               "Syracuse, N.Y.: Syracuse University Press, 2013.")  # fmt: skip
    assert (c.authors, c.title, c.publisher, c.date) == (
        ("Kees-Jan Waterman", "J. Michael Smith"), "Munsee Indian Trade in Ulster County, New York, 1712-1732",
        "Syracuse University Press", "2013",
    )  # fmt: skip


def test_a_book_in_full_under_its_authors_surname_alone() -> None:
    # Pierazzo, Scholarly Editing 35 (scholed-2014-digital-documentary-editions, dev), note 22; an inverted name in a
    # bibliography entry is not a surname alone (Underwood, Cultural Analytics 2016, note 11)
    c = fields("Shillingsburg, From Gutenberg to Google (Cambridge: Cambridge University Press, 2006), p. 153.")
    assert (c.authors, c.title, c.pages) == (("Shillingsburg",), "From Gutenberg to Google", "153")
    c = fields("Reprinted in Haycraft, Howard, Murder for Pleasure: The Life and Times of the Detective Story (New "
               "York: Biblio and Tannen, 1976).")  # fmt: skip
    assert c.authors != ("Haycraft",)


def test_a_hearing_by_its_title_alone_and_a_report_with_its_number_after_the_day() -> None:
    # CRS R46646 (crs-2026-election-grants, dev), notes 7 and 9
    c = fields("U.S. Congress, Committee on House Administration, Federal Election Reform, 107th Cong., 1st sess., May "
               "10, 2001 (GPO, 2003)")  # fmt: skip
    assert (c.kind, c.authors, c.title, c.date, c.publisher) == (
        CitationKind.OFFICIAL, ("U.S. Congress, Committee on House Administration",), "Federal Election Reform",
        "May 10, 2001", "GPO",
    )  # fmt: skip
    c = fields("U.S. Congress, Committee on House Administration, Help America Vote Act of 2001, report to accompany "
               "H.R. 3295, 107th Cong., 1st sess., December 10, 2001, H.Rept. 107-329 (GPO, 2001), p. 34.")  # fmt: skip
    assert (c.title, c.date, c.pages) == ("Help America Vote Act of 2001", "December 10, 2001", "34")


def test_words_quoted_in_a_sentence_of_comment_name_no_work() -> None:
    # Safety Planning (sjteil-2021-safety-planning, dev), note 39; a body's name keeps its small words
    r = parse_citation("With domestic violence, “municipal court can issue antiharassment protection orders upon "
                       "adoption of a local court rule establishing that process.”")  # fmt: skip
    assert r.commentary
    c = fields("U.S. Department of the Treasury, “Fact Sheet,” March 3, 2023.")
    assert c.authors == ("U.S. Department of the Treasury",)


def test_a_university_press_publishes_and_the_year_after_it_dates_the_work() -> None:
    # International Security Studies Review 2020 (issr-2020-cyber-mercenaries, dev), notes 32 and 35: a press named by
    # its shape alone, listed or not, and `please see` before the citation
    c = fields("Timothy Mckenzie, “Is Cyber Deterrence Possible?” Air University Press, 2017.")
    assert (c.kind, c.container, c.publisher, c.date) == (CitationKind.REPORT, None, "Air University Press", "2017")
    c = fields("To learn more about the concept of just war, please see A.J. Coates, The Ethics of War: Second "
               "Edition, Manchester University Press, 2016.")  # fmt: skip
    assert (c.kind, c.authors, c.publisher, c.date, c.pages) == (
        CitationKind.BOOK, ("A.J. Coates",), "Manchester University Press", "2016", None,
    )  # fmt: skip


def test_a_page_after_a_days_date_is_the_pinpoint() -> None:
    # Crackel (scholed-2017-washington-boyhood-book, dev) note 22; VHA Directive 1003 (heritage-2023-veterans-affairs,
    # dev) note 1
    c = fields("New-York Daily Tribune, January 19, 1866, p. 8.")
    assert (c.container, c.date, c.pages) == ("New-York Daily Tribune", "January 19, 1866", "8")
    c = fields('U.S. Department of Veterans Affairs, VHA Directive 1003, "VHA Veteran Patient Experience," April 14, '
               "2020, pp. 1 and B-1.")  # fmt: skip
    assert (c.date, c.pages) == ("April 14, 2020", "1 and B-1")
    # the page printed bare after the day's or month's issue (scholed-2016-mullinswhitmanheyde-intro-n41 note 49 and
    # scholed-2015-lowelledition-intro-n41, dev); a year after a date is no page
    c = fields("Abby Ellin, “The Drama of Deception,” Psychology Today, August 2015, 55–60.")
    assert (c.container, c.date, c.pages) == ("Psychology Today", "August 2015", "55-60")
    c = fields("Untitled news item, The Record, June 15, 1911, 2.")
    assert (c.date, c.pages) == ("June 15, 1911", "2")
    assert fields("“Title of a Talk,” The Record, June 15, 1911, 1912.").pages is None


def test_a_letter_in_an_edition_without_in_keeps_its_page_and_the_address_it_is_read_at() -> None:
    # FRUS history ch. 1 (ho-2015-frus-history-ch1, dev), note 5
    refs = parse_text(
        "1. Knox to Washington, March 30, 1792, The Papers of George Washington, Presidential Series, Vol. 10 "
        "(Charlottesville, Virginia: University Press of Virginia, 2002), p. 168 and accompanying notes on pages "
        "168–169. Available at the NARA, Founders Online website, http://founders.archives.gov/documents/Washington/"
        "05-10-02-0104."
    )
    (c,) = refs.notes[0].citations
    assert (c.kind, c.authors, c.title, c.container, c.date, c.pages, c.publisher) == (
        CitationKind.BOOK, ("Knox",), "Knox to Washington", "The Papers of George Washington, Presidential Series",
        "March 30, 1792", "168", "University Press of Virginia",
    )  # fmt: skip
    assert c.url == "http://founders.archives.gov/documents/Washington/05-10-02-0104"


def test_a_video_on_a_platform_is_a_web_page_by_its_uploaders_handle() -> None:
    # Consumer Activism (depaul-2020-consumer-activism-n101, dev), note 136; the corpus labels YouTube and TikTok
    # videos web, posts on a social network news
    c = fields("Tsg600, Taylor Chapman Dunkin Donuts Rant, YOUTUBE (June 10, 2013), https://www.youtube.com/watch?v="
               "juLHmG76P4Q [hereinafter Dunkin Donuts Rant].")  # fmt: skip
    assert (c.kind, c.authors, c.title, c.container) == (
        CitationKind.WEB, ("Tsg600",), "Taylor Chapman Dunkin Donuts Rant", "YOUTUBE",
    )  # fmt: skip


def test_a_law_reviews_short_name_in_brackets_after_the_year_is_no_field() -> None:
    # Consumer Activism (depaul-2020-consumer-activism-n101, dev), note 123: `[Short Name]` without `hereinafter`
    c = fields("See generally Amy J. Schmitz, Access to Consumer Remedies in the Squeaky Wheel System, 39 PEPP. L. "
               "REV. 279 (2012) [Schmitz, Access to Consumer Remedies].")  # fmt: skip
    assert (c.kind, c.title, c.container, c.pages, c.date) == (
        CitationKind.JOURNAL, "Access to Consumer Remedies in the Squeaky Wheel System", "PEPP. L. REV.", "279", "2012",
    )  # fmt: skip


def test_a_clause_of_comment_then_a_signal_leaves_the_source_after_it() -> None:
    # AI Beyond the Grave (ssrn-2025-ai-beyond-the-grave-n96, dev), notes 98 and 127
    c = fields("A will’s language might be ambiguous even if a testator thought it precise, see, e.g., Mahoney v. "
               "Grainger, 186 N.E. 86 (Mass. 1933).")  # fmt: skip
    assert (c.kind, c.title, c.container, c.pages, c.date) == (
        CitationKind.OFFICIAL, "Mahoney v. Grainger", "N.E.", "86", "1933",
    )  # fmt: skip
    c = fields("See, generally, e.g., Kim A. Feigenbaum, The Changing Family Structure, 88 BROOK. L. REV. 167 (2000).")
    assert (c.authors, c.title) == (("Kim A. Feigenbaum",), "The Changing Family Structure")


def test_a_law_reviews_pinpoint_to_a_run_of_footnotes_and_a_posters_user_name() -> None:
    # Theory of the Nudnik (vanderbilt-2020-nudnik-n151, dev), notes 169 and 165
    c = fields("See Jon Bauer, Buying Witness Silence, 87 OR. L. REV. 481, 491 nn.16–19 (2008) (compiling references).")
    assert (c.kind, c.title, c.container, c.pages) == (
        CitationKind.JOURNAL, "Buying Witness Silence", "OR. L. REV.", "481, 491 nn.16-19",
    )  # fmt: skip
    c = fields("u/IamWoe, Best Hosts, What Would You Love to See in a Message?, REDDIT (Mar. 30, 2019), "
               "https://www.reddit.com/r/AirBnB/comments/b7e37i/ejr6p1l/")  # fmt: skip
    assert (c.authors, c.title) == (("u/IamWoe",), "Best Hosts, What Would You Love to See in a Message?")


def test_a_quotation_alone_before_its_source_is_no_citation() -> None:
    # Tanner's Narrative, Scholarly Editing 33 (scholed-2012-tanner-narrative, dev), notes 29 and 41
    refs = parse_text(
        '1. "When considered collectively and individually, these early captivity narratives are more myth than they '
        "are history if we apply the more commonly accepted definition of the latter as a factually substantiated "
        'human event authenticated by written sources subject to scholarly scrutiny." Benjamin Mark Allen, Naked and '
        "Alone in a Strange New World: Early Modern Captivity and its Mythos (New Castle: Cambridge Scholars "
        "Publishing, 2009), 3."
    )
    assert [c.title for c in refs.notes[0].citations] == [
        "Naked and Alone in a Strange New World: Early Modern Captivity and its Mythos"
    ]
    assert fields("“The Long and Brutal History of Fake News,” POLITICO Magazine, December 18, 2016.").title


def test_a_short_quoted_sentence_before_its_writers_name_is_no_citation() -> None:
    # The Archaeology of a Book, Scholarly Editing 37 (scholed-2016-primeros-libros, dev), note 10; Digital Documentary
    # Editions and the Others, Scholarly Editing 35 (scholed-2014-digital-documentary-editions, dev), note 23
    refs = parse_text(
        "1. “It is a book that among bibliophiles has been feared like the plague.” Francisco Guerra, “La portada de "
        "la ‘Opera Medicinalia,’ Mexico, 1570,” Revista de Indias 52.194 (1992): 159.\n"
        "2. “The smoothness of the clear reading text, a hall mark of critical editing, in effect denies us an "
        "immediate awareness of the actual roughness of the textual record, and textuality itself.” John Bryant, The "
        "Fluid Text: A Theory of Revision and Editing for Book and Screen (Ann Arbor: University of Michigan Press, "
        "2002), 27."
    )
    first, second = (note.citations for note in refs.notes)
    assert [(c.authors, c.title) for c in first] == [
        (("Francisco Guerra",), "La portada de la ‘Opera Medicinalia,’ Mexico, 1570")
    ]
    assert [c.authors for c in second] == [("John Bryant",)]
    # a quoted title's full stop, with no writer named after it, is still the title
    assert fields("“Why the Archive Matters.” New York Times, May 2, 2010.").title == "Why the Archive Matters"


def test_what_the_pages_after_an_imprint_are_cited_for_is_no_part_of_the_citation() -> None:
    # Ohge, Cranch's "Journal. 1839" (scholed-2014-cranchjournal-intro, dev), note 28; Pierazzo, Digital Documentary
    # Editions (scholed-2014-digital-documentary-editions, dev), note 38; Mullins, Hannah Whitman Heyde
    # (scholed-2016-mullinswhitmanheyde-intro-n41, dev), note 43
    c = fields("See F. DeWolfe Miller, *Christopher Pearse Cranch and His Caricatures of New England "
               "Transcendentalism* (Cambridge: Harvard University Press, 1951), 51–54, for a more detailed account "
               "of Cranch’s involvement in this controversy after he returned to Boston in July 1839.")  # fmt: skip
    assert (c.authors, c.publisher, c.pages) == (("F. DeWolfe Miller",), "Harvard University Press", "51-54")
    c = fields("See Michael Hunter, Editing Early Modern Texts: An Introduction to Principles and Practice (New York: "
               "Palgrave Macmillan, 2007), 118–20, for complaints about similar issues in documentary editions of "
               "early modern texts.")  # fmt: skip
    assert (c.title, c.pages) == ("Editing Early Modern Texts: An Introduction to Principles and Practice", "118-20")
    c = fields("Joel Munsell, A Chronology of Paper and Paper-Making (Albany: Trubner, 1857), iv–v, for a useful "
               "overview.")  # fmt: skip
    assert c.pages == "iv-v"


def test_a_short_name_given_in_bluebooks_brackets_is_no_part_of_the_title() -> None:
    # U.S. Cyberspace Solarium Commission, 2021 Annual Report on Implementation (csc-2021-solarium-implementation, dev),
    # note 6; Arbel, Contract Remedies in Action (wvlr-2015-contract-remedies-n86, dev), note 96
    c = fields("United States Innovation and Competition Act of 2021 [hereafter USICA], S. 1260, § 4251-4252, 117th "
               "Cong. (2021), https://www.congress.gov/bill/117th-congress/senate-bill/1260/text/es.")  # fmt: skip
    assert c.title == "United States Innovation and Competition Act of 2021, S. 1260, § 4251-4252, 117th Cong."
    interview = fields("Interview with Omri Negev (Dec. 24, 2008) [hereinafter Negev, Interview].")
    assert "hereinafter" not in (interview.title or "")


def test_a_pages_title_then_the_site_it_is_on_before_the_address() -> None:
    # Arbel & Gilbert, Truth Bounties (ssrn-2022-truth-bounties, dev), note 6; Arbel & Shapira, Consumer Activism
    # (depaul-2020-consumer-activism-n51, dev), note 93
    c = fields("Fighting Fake News Workshop, Yale Law School Information Society Project, https://law.yale.edu/isp/"
               "initiatives/fighting-fake-news-workshop (last visited June 19, 2022).")  # fmt: skip
    assert (c.title, c.container) == ("Fighting Fake News Workshop", "Yale Law School Information Society Project")
    c = fields("ANGRY TRAVELER PAYS BIG BUCKS FOR TWEETS, CNN MONEY, https://money.cnn.com/video/news/2013/09/04/"
               "n-british-air-twitter-war-mclaughlin.cnnmoney/index.html.")  # fmt: skip
    assert (c.title, c.container) == ("ANGRY TRAVELER PAYS BIG BUCKS FOR TWEETS", "CNN MONEY")
    # (a site the address is named for, then its page, is no page then its site: Maurer, Cyber-Silencing the
    # Community, wjlta-2022-cyber-silencing, dev, note 19; Shanton, Election Administration: Federal Grant Programs,
    # crs-2026-election-grants, dev, note 19, through the Wayback Machine)
    c = fields("GOOGLE SUPPORT, YOUTUBE CHANNEL MONETIZATION POLICIES, https://support.google.com/youtube/answer/"
               "1311392 (last visited Oct. 16, 2021).")  # fmt: skip
    assert c.title != "GOOGLE SUPPORT"
    c = fields("EAC, Discretionary Grants, https://web.archive.org/web/20200622235023/https://www.eac.gov/payments-and-"
               "grants/discretionary-grants/.")  # fmt: skip
    assert c.title != "EAC"


def test_a_journals_double_issue_in_brackets_and_a_page_cited_after_the_articles_range() -> None:
    # Pierazzo, Digital Documentary Editions (scholed-2014-digital-documentary-editions, dev), note 3; Clement and
    # McLaughlin, Measured Applause (ca-2016-measured-applause, dev), note 10
    c = fields("Franz Fischer, “All texts are equal, but . . . Textual Plurality and the Critical Text in Digital "
               "Scholarly Editions,” Variants 10 (2013): 77–92, p. 90.")  # fmt: skip
    assert (c.kind, c.container, c.volume, c.pages) == (CitationKind.JOURNAL, "Variants", "10", "77-92")
    c = fields('J. Oggins, "Underrepresentation of Women Writers in Best American Anthologies: The Role of Writing '
               'Genre and Editor Gender," Sex Roles 71(3-4), (2014): 182-195')  # fmt: skip
    assert (c.kind, c.container, c.volume, c.issue) == (CitationKind.JOURNAL, "Sex Roles", "71", "3-4")


def test_a_site_whose_name_ends_in_a_number_dated_by_the_day_is_no_journals_volume() -> None:
    # Blitt, Religious Soft Power in Russian Foreign Policy (berkley-2021-religious-soft-power, dev), note 3
    c = fields("AFP, “Putin Proposes to Enshrine God, Heterosexual Marriage in Constitution,” France 24 (March 2, "
               "2020).")  # fmt: skip
    assert (c.container, c.volume, c.date) == ("France 24", None, "March 2, 2020")
    assert fields("Jane Doe, “Title,” Journal of Things 24 (March 2020): 5–9.").volume == "24"


def test_a_law_review_authors_generation_after_a_comma_is_part_of_the_name() -> None:
    # Patel, Cyber and TRIA (dltr-2021-cyber-tria, dev), note 26
    c = fields("See Robert H. Jerry, II, Insurance, Terrorism, and 9/11: Reflections on Three Threshold Questions, 9 "
               "CONN. INS. L.J. 95, 105 (2002).")  # fmt: skip
    assert c.authors == ("Robert H. Jerry, II",)


def test_three_names_or_more_without_and_are_the_authors() -> None:
    # Manovich, Cultural Analytics 2016 (ca-2016-science-of-culture, dev), note 24; `Red Light, Green Light` after two
    # authors joined by `&` is a title (jolt-2024-nano-contracts, dev, note 42)
    c = fields("Nadav Hochman, Lev Manovich, Jay Chow, Phototrails, 2013, http://phototrails.net/.")
    assert (c.authors, c.title) == (("Nadav Hochman", "Lev Manovich", "Jay Chow"), "Phototrails")
    c = fields("See John Halkias & Michael Schauer, Red Light, Green Light, PUB. ROADS, Nov./Dec. 2004, "
               "https://highways.dot.gov/public-roads/novemberdecember-2004/red-light-green-light.")  # fmt: skip
    assert (c.authors, c.title) == (("John Halkias", "Michael Schauer"), "Red Light, Green Light")


def test_a_code_host_or_web_archive_page_is_web_by_its_owner() -> None:
    # The Vine-Tweets dataset, Cultural Analytics 2019 (ca-2019-vine-tweets-dataset, dev), notes 12 and 19; AI Beyond
    # the Grave (ssrn-2025-ai-beyond-the-grave, dev), note 44
    c = fields('"vine-grab," GitHub, Archive Team, updated January 15, 2017, https://github.com/ArchiveTeam/vine-grab')
    assert (c.kind, c.authors, c.title, c.container) == (CitationKind.WEB, ("Archive Team",), "vine-grab", "GitHub")
    c = fields('"Vine," Internet Archive, archived January 9, 2018, https://web.archive.org/web/20180109/https://vine.co/')
    assert (c.kind, c.container) == (CitationKind.WEB, "Internet Archive")
    c = fields("A helpful list of all the 100,00 tokens used by GPT -4 can be found here: s-macke, All 100k GPT -4 "
               "Tokens, GitHub Gist (Feb. 23, 2024), https://gist.github.com/s-macke/ae83f6.")  # fmt: skip
    assert (c.authors, c.title) == (("s-macke",), "All 100k GPT -4 Tokens")
    assert fields('"information, n." OED Online. June 2017. Oxford University Press.').authors == ()


def test_a_town_by_its_states_code_is_a_place_not_a_publisher() -> None:
    # Data Is the New What?, Cultural Analytics 2019 (ca-2019-data-is-the-new-what, dev), notes 41, 43 and 4
    c = fields('Jeff Hammerbacher, "Information Platforms and the Rise of the Data Scientist," in Beautiful Data, ed. '
               "Toby Segaran and Jeff Hammerbacher, (Sebastopol, CA, 2009), 73-84.")  # fmt: skip
    assert (c.container, c.publisher, c.date, c.pages) == ("Beautiful Data", None, "2009", "73-84")
    c = fields('Kate Crawford, "Asking the Oracle," in Astro Noise, (New York/New Haven, CT, 2016), 138-53.')
    assert (c.publisher, c.date) == (None, "2016")
    c = fields('See Daniel Greene, Anna Lauren Hoffmann, and Luke Stark (forthcoming), "Better, nicer, clearer, '
               'fairer," Proceedings of HICSS 52, http://dmgreene.net/x.pdf.')  # fmt: skip
    assert c.authors == ("Daniel Greene", "Anna Lauren Hoffmann", "Luke Stark")


def test_a_volume_or_an_issue_marker_left_on_a_journals_name_is_cut_from_it() -> None:
    # Reputation Failure n. 26, Judicial Economy n. 103, Brick-and-Mortar Bank n. 3, Defamation n. 42 (dev)
    c = fields("See Gary T. Ford et al., An Empirical Test of the Search, Experience and Credence Attributes "
               "Framework, in 15 ADVANCES IN CONSUMER RESEARCH 239, 241 (Micheal J. Houston ed., 1988).")  # fmt: skip
    assert (c.container, c.volume) == ("ADVANCES IN CONSUMER RESEARCH", "15")
    c = fields("David A. Hoffman & Anton Strezhnev, Longer Trips to Court Cause Evictions, 120 PROC. NAT’L. ACAD. SCI. "
               "NO. 2 (2023), https://doi.org/10.1073/pnas.2210467120.")  # fmt: skip
    assert c.container == "PROC. NAT’L. ACAD. SCI."
    c = fields("Mert Topcu & Omer Serkan Gulal, The Impact of Covid-19, 36 FIN.RES. LETTERS at 1, 1 (July 10, 2020).")
    assert c.container == "FIN.RES. LETTERS"
    c = fields("Christian Hahn et al., Social Reputation, 10 J. ARTIFICIAL SOCIETIES & SOC. SIMULATION ¶ 3.1 (Jan. 31, "
               "2007), http://jasss.soc.surrey.ac.uk/10/1/2/2.pdf.")  # fmt: skip
    assert c.container == "J. ARTIFICIAL SOCIETIES & SOC. SIMULATION"
    # a conference's year before its name is no volume (Jack Voltaic, dev, note 67)
    c = fields("Gabriel A. Weaver, “Cyber-Physical Models,” in 2016 IEEE International Conference on Smart Grid "
               "Communications (SmartGridComm) (New York City: IEEE, 2016).")  # fmt: skip
    assert c.volume is None


def test_a_clause_said_of_a_chapter_after_its_pages_is_no_part_of_it() -> None:
    # Women and Gender History Abstracts (jowh-2011-women-history-abstracts, dev), note 7
    refs = parse_text(
        '1. Joan Wallach Scott, "Gender: A Useful Category of Historical Analysis," Gender and the Politics of History '
        "(New York, Columbia University Press, 1988), 28-50, was foundational, and the 1989 inception of Gender & "
        "History also reflected the increasing focus on gender."
    )
    c = refs.notes[0].citations[0]
    assert (c.container, c.publisher, c.pages) == (
        "Gender and the Politics of History", "Columbia University Press", "28-50",
    )  # fmt: skip


def test_a_sentence_of_comment_then_a_colon_then_the_source_it_names() -> None:
    # Itinerating Europe (jsh-2021-itinerating-europe-n21, dev), notes 25 and 35; people thanked after a colon are no
    # source (Republic of Letters, mih-2012-republic-of-letters, dev, note 1)
    c = fields("Katharina Piechocki similarly advocates the deeper consideration of humanist literary genres but does "
               "not address itinerary publication: Katharina N. Piechocki, Cartographic Humanism (Chicago: "
               "University of Chicago Press, 2019).")  # fmt: skip
    assert (c.authors, c.title) == (("Katharina N. Piechocki",), "Cartographic Humanism")
    r = parse_citation("I am also grateful to my colleagues on the project at Stanford for many productive "
                       "conversations: Giovanna Ceserani, Nicole Coleman, Dan Edelstein, and Paula Findlen.")
    assert r.citation.authors != ("Giovanna Ceserani", "Nicole Coleman", "Dan Edelstein", "Paula Findlen")
    c = fields("Paula Findlen and Suzanne Sutherland ed.s, The Renaissance of Letters (London: Routledge, 2019).")
    assert c.title == "The Renaissance of Letters"


def test_a_misspelt_month_and_a_reports_genre_before_its_issuer() -> None:
    # International Security Studies Review 2020 (issr-2020-cyber-mercenaries-n41, dev), notes 51, 55 and 66
    c = fields("“Equation Group: The Crown Creator of Cyber Espionage,” Kaspersky, Febrary 16, 2015, "
               "https://www.kaspersky.com/about/press-releases/2015_equation-group.")  # fmt: skip
    assert (c.date, c.date_iso) == ("Febrary 16, 2015", "2015-02-16")
    c = fields("Adam Segal, “Using Incentives to Shape the Zero-Day Market,” Report: Council on Foreign Relations, "
               "Septemeber 2016, www.jstor.org/stable/resrep05674.")  # fmt: skip
    assert (c.kind, c.publisher, c.container, c.date_iso) == (
        CitationKind.REPORT, "Council on Foreign Relations", None, "2016-09",
    )  # fmt: skip


def test_what_a_book_is_cited_for_after_its_imprint_and_what_it_is_on() -> None:
    # British Fiction's Geography, Cultural Analytics 2018 (ca-2018-british-fiction-geography-n41, dev), note 55
    for note in (
        "See Judith Walkowitz's book on Soho, Nights Out: Life in Cosmopolitan London (New Haven: Yale UP, 2012) for "
        "more on both these aspects.",
        "See Judith Walkowitz, Nights Out: Life in Cosmopolitan London (New Haven: Yale UP, 2012) for more on both "
        "these aspects.",
    ):
        (c,) = parse_text("1. " + note).notes[0].citations
        assert (c.authors, c.title, c.publisher) == (
            ("Judith Walkowitz",), "Nights Out: Life in Cosmopolitan London", "Yale UP",
        )  # fmt: skip


def test_where_an_idea_was_put_forward_leads_into_the_source() -> None:
    # Self-Repetition, Cultural Analytics 2018 (ca-2018-self-repetition-n31, dev), note 41
    c = fields("The thesis was originally formulated in George Zipf, The Psycho-Biology of Language: An Introduction "
               "to Dynamic Philology (Boston: Houghton Mifflin, 1935).")  # fmt: skip
    assert (c.authors, c.title) == (
        ("George Zipf",), "The Psycho-Biology of Language: An Introduction to Dynamic Philology",
    )  # fmt: skip
    # (`developed at` a university names no source: Beyond Poet Voice, dev, note 46)
    c = fields("Gentle is built on a toolkit developed at Johns Hopkins University, Kaldi, http://kaldi.example/")
    assert c.authors != ("Johns Hopkins University",)


def test_a_thesis_outside_brackets_is_published_by_its_university() -> None:
    # Self-Repetition (ca-2018-self-repetition-n31, dev), note 51; Undersea Cables (forces-2021-…-n41, dev), note 60
    c = fields('Pau Pitarch-Fernandez, "Cultivated Madness: Aesthetics, Psychology and the Value of the Author in '
               'Early 20th-Century Japan." PhD dissertation, Columbia University, 2015.')  # fmt: skip
    assert (c.kind, c.container, c.publisher, c.date_iso) == (
        CitationKind.REPORT, None, "Columbia University", "2015",
    )  # fmt: skip
    c = fields("Isaac Benjamin Kardon, “Rising Power, Creeping Jurisdiction: China’s Law of the Sea,” Ph.D. "
               "Dissertation, Cornell University, 2017")  # fmt: skip
    assert (c.kind, c.container, c.publisher) == (CitationKind.REPORT, None, "Cornell University")


def test_an_imprint_with_commas_for_its_colon_after_a_place_and_its_state() -> None:
    # Solarium implementation report (csc-2021-solarium-implementation, dev), note 24
    c = fields("United States Office of Management and Budget, Analytical Perspectives: Budget of the U.S. "
               "Government, Fiscal Year 2022, (Washington, DC, U.S. Government Publishing Office, 2021), 168, "
               "https://www.whitehouse.gov/wp-content/uploads/2021/05/ap_full_fy22.pdf")  # fmt: skip
    assert (c.authors, c.title, c.place, c.publisher, c.date, c.pages) == (
        ("United States Office of Management and Budget",),
        "Analytical Perspectives: Budget of the U.S. Government, Fiscal Year 2022",
        "Washington, DC", "U.S. Government Publishing Office", "2021", "168",
    )  # fmt: skip


def test_a_sites_publisher_in_brackets_before_the_date() -> None:
    # Great-power disinformation (cmc-2021-great-power-disinformation, dev), notes 9 and 28: Zotero's Chicago
    c = fields("Jacob Soll, “The Long and Brutal History of Fake News,” POLITICO Magazine (POLITICO LLC, December "
               "18, 2016), https://www.politico.com/magazine/story/2016/12/fake-news-history-long-violent-214535.")
    assert (c.kind, c.container, c.publisher, c.date_iso) == (
        CitationKind.NEWS, "POLITICO Magazine", "POLITICO LLC", "2016-12-18",
    )  # fmt: skip
    # (a place there is the paper's city, not its publisher)
    c = fields("Jane Roe, “A Title,” Financial Times (London, March 3, 2019).")
    assert (c.container, c.publisher) == ("Financial Times", None)


def test_an_essays_translator_before_the_book_it_is_in() -> None:
    # Queer Futurity (ca-2019-queer-futurity-n41, dev), note 41; Self-Repetition (dev), note 68
    c = fields('Louis Althusser, "Ideology and Ideological State Apparatuses," trans. Ben Brewster, in Lenin and '
               "Philosophy and Other Essays, 121-76 (New York: Monthly Review Press, 1971).")  # fmt: skip
    assert (c.kind, c.container, c.publisher, c.pages) == (
        CitationKind.BOOK, "Lenin and Philosophy and Other Essays", "Monthly Review Press", "121-76",
    )  # fmt: skip


def test_a_research_reports_series_and_number_without_no() -> None:
    # EDA programs (crs-2026-eda-programs, dev), notes 5-15
    c = fields('Robert W. Lake et al., "EDA and U.S. Economic Distress 1965–2000," EDA Research Report, '
               "99-07-13812, July 2004, p. 5.")  # fmt: skip
    assert (c.kind, c.container, c.publisher, c.pages) == (
        CitationKind.REPORT, None, "EDA Research Report, 99-07-13812", "5",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "publisher", "pages"),
    [
        # cisa-2021-software-supply-chain n12, n13, n15 and n19 (dev)
        ("Ron Ross, et al., “Systems Security Engineering: Considerations for a Multidisciplinary Approach,” NIST SP "
         "800-160 Vol. 1 (November 2016), https://doi.org/10.6028/NIST.SP.800-160v1.", "NIST SP 800-160 Vol. 1", None),
        ("Jon Boyens, et al., “Supply Chain Risk Management Practices for Federal Information Systems and "
         "Organizations”, NIST SP 800-161 (April 2015), http://dx.doi.org/10.6028/NIST.SP.800-161.",
         "NIST SP 800-161", None),
        ("NIST, “Security and Privacy Controls for Information Systems and Organizations,” NIST SP 800-53 rev 5, "
         "SA-11, SR-6, https://csrc.nist.gov/publications/detail/sp/800-53/rev-5/final.", "NIST SP 800-53 rev 5",
         "SA-11, SR-6"),
        ("Joint Task Force, “Security and Privacy Controls for Information Systems and Organizations”, NIST SP 800-53 "
         "rev 5 (September 2020), RA-5, https://doi.org/10.6028/NIST.SP.800-53r5", "NIST SP 800-53 rev 5", "RA-5"),
        ("Murugiah Souppaya, et al., “Improving Enterprise Patching for General IT Systems,” NIST SP1800-31a "
         "(Preliminary Draft, September 2020), https://www.nccoe.nist.gov/sp1800-31a.pdf", "NIST SP1800-31a", None),
    ],
)
def test_a_technical_reports_series_and_number_after_its_title_is_its_publisher(raw, publisher, pages) -> None:
    c = fields(raw)
    assert (c.kind, c.container, c.publisher, c.pages) == (CitationKind.REPORT, None, publisher, pages)


def test_a_standard_named_before_its_title() -> None:
    # nhtsa-2020-vehicle-cybersecurity n6 (dev), its emphasis read: the year after the colon is the edition's
    c = fields("ISO/SAE 21434:2020 Road vehicles – Cybersecurity engineering, available at: "
               "https://www.iso.org/standard/70918.html.")  # fmt: skip
    assert (c.kind, c.title, c.container, c.date) == (
        CitationKind.REPORT, "Road vehicles – Cybersecurity engineering", None, None
    )


def test_a_dissertation_dated_by_month_keeps_its_university() -> None:
    # The Spine of American Law (ahr-2018-spine-of-american-law, dev), note 9: `Ph.D.` is no district court's `D.`
    c = fields("Farah Peterson, Statutory Interpretation and Judicial Authority, 1776–1860 (Ph.D. dissertation, "
               "Princeton University, September 2015).")  # fmt: skip
    assert (c.kind, c.publisher, c.date_iso) == (CitationKind.REPORT, "Princeton University", "2015-09")


def test_a_crs_product_after_a_clause_of_comment_with_its_pinpoint_and_an_old_number() -> None:
    # CRS: senate-budget-resolution n20, highway-funding n29 and n44, fdca-preemption-n41 n64 (dev)
    cases = {
        "For more information on the cloture process, see CRS Report 98-425, Invoking Cloture in the Senate, by "
        "Christopher M. Davis.": ("Christopher M. Davis", "CRS Report 98-425", None, None),
        "CRS Report R48648, Electric Vehicle Technologies and Selected Policy Issues for the 119th Congress, by "
        "Melissa N. Diaz, figure 6": ("Melissa N. Diaz", "CRS Report R48648", "figure 6", None),
        "CRS Report R44540, Mileage-Based Road User Charges, by William J. Mallett, p. 12.": (
            "William J. Mallett", "CRS Report R44540", "12", None,
        ),
        "See CRS Report R43609, Enforcement of the Food, Drug, and Cosmetic Act: Select Legal Issues, by Jennifer A. "
        "Staman (2018), at 10–20.": ("Jennifer A. Staman", "CRS Report R43609", "10-20", "2018"),
    }  # fmt: skip
    for raw, (who, series, pages, year) in cases.items():
        c = fields(raw)
        assert (c.kind, c.authors, c.publisher, c.pages, c.date) == (CitationKind.REPORT, (who,), series, pages, year)


def test_a_research_body_issuing_a_paper_with_the_page_before_the_date_or_its_acronym_after_it() -> None:
    # CRS: defi-n31 n62, internet-architecture n2 (dev)
    c = fields('Igor Makarov and Antoinette Schoarr, "Cryptocurrencies and Decentralized Finance," Bank for '
               "International Settlements, p. 3, December 2022, https://www.bis.org/publ/work1061.pdf.")  # fmt: skip
    assert (c.kind, c.container, c.publisher, c.pages) == (
        CitationKind.REPORT, None, "Bank for International Settlements", "3",
    )  # fmt: skip
    c = fields('David D. Clark, "The Design Philosophy of the DARPA Internet Protocols," Massachusetts Institute of '
               "Technology (MIT), March 14, 2013, https://web.mit.edu/6.033/www/papers/darpa.pdf.")  # fmt: skip
    assert (c.container, c.publisher) == (None, "Massachusetts Institute of Technology (MIT)")


def test_a_members_remarks_printed_in_the_congressional_record() -> None:
    # CRS: election-grants notes 12 and 46 (dev)
    c = fields('Ernest Istook, "Help America Vote Act of 2001," remarks in the House, Congressional Record, daily '
               "edition, vol. 147, part 172 (December 12, 2001), p. H9293.")  # fmt: skip
    assert (c.kind, c.container, c.date_iso, c.pages) == (
        CitationKind.OFFICIAL, "Congressional Record", "2001-12-12", "H9293",
    )  # fmt: skip


def test_a_body_by_its_acronym_then_an_unquoted_title_a_date_and_an_address() -> None:
    # CRS: rd-funding note 5, election-grants note 20 (dev)
    c = fields("OMB, The President's FY 2026 Discretionary Budget Request, May 2, 2025, "
               "https://www.whitehouse.gov/omb/information-resources/budget/.")  # fmt: skip
    assert (c.authors, c.title, c.container, c.date_iso) == (
        ("OMB",), "The President's FY 2026 Discretionary Budget Request", None, "2025-05-02",
    )  # fmt: skip


def test_a_sites_publisher_after_its_place_or_dated_by_year_after_its_address() -> None:
    # Great-power disinformation (cmc-2021, dev), notes 27, 114 and 160: Zotero's Chicago for web pages
    c = fields("Robert Mueller III, “Report On The Investigation Into Russian Interference In The 2016 Presidential "
               "Election (Vol. 1),” U.S. Department of Justice Storage (Washington D.C.: U.S. Department of Justice, "
               "March 2019), https://www.justice.gov/archives/sco/file/1373816/download.")  # fmt: skip
    assert (c.container, c.publisher, c.date_iso) == (
        "U.S. Department of Justice Storage", "U.S. Department of Justice", "2019-03",
    )  # fmt: skip
    c = fields("Facebook: Help Center, “What Kinds of Posts Will I See in News Feed on Facebook?,” www.facebook.com "
               "(Facebook, 2020), https://www.facebook.com/help/166738576721085.")  # fmt: skip
    assert (c.container, c.publisher, c.date) == ("www.facebook.com", "Facebook", "2020")
    c = fields("Jamie P. Horsley, “Let’s End the COVID-19 Blame Game,” ed. James Haynes,  Brookings (Brookings, "
               "August 19, 2020), https://www.brookings.edu/blog/order-from-chaos/2020/08/19/x/.")  # fmt: skip
    assert (c.container, c.publisher) == ("Brookings", "Brookings")
    # (not a series dated by month, nor a book's editors: Bluebook's `(Editor ed., 2001)`)
    c = fields("Seth G. Jones, Catrina Doxsee and Nicholas Harrington, “The Tactics and Targets of Domestic "
               "Terrorists,” Center for Strategic & International Studies (CSIS Brief, July 2020): 7-9.")  # fmt: skip
    assert c.publisher != "CSIS Brief"
    c = fields("Peter Benson, Introduction, in THE THEORY OF CONTRACT LAW 1 (Peter Benson ed., 2001).")
    assert c.publisher is None


def test_a_chapters_book_with_its_edition_volumes_and_editors_without_a_full_stop() -> None:
    # Identity issue (ca-2018-identity-issue, dev) note 4; Arguing with digital history (jsh-2021, dev) note 1
    c = fields('T. David Mason, "Ethnicity and Politics," in Encyclopedia of Government and Politics, 2nd ed., 2 '
               "vols., ed. Mary E. Hawkesworth and Maurice Kogan (New York: Rutledge, 2004): 568-586.")  # fmt: skip
    assert (c.container, c.pages) == ("Encyclopedia of Government and Politics", "568-586")
    c = fields('Tim Hitchcock, "Digital Searching and the Re-formulation of Historical Knowledge," in The Virtual '
               "Representation of the Past, eds Mark Greengrass and Lorna hughes (Farnham: Ashgate, 2008), 81-90.")
    assert c.container == "The Virtual Representation of the Past"


def test_a_poem_cited_by_its_lines() -> None:
    # Gavin Turnbull (cdhsc-2019-gavin-turnbull, dev), notes 12 and 14: `ll` is no Roman page
    c = fields('Turnbull, "Morning," Poetical Essays (1788), ll. 149-152.')
    assert (c.container, c.date, c.pages) == ("Poetical Essays", "1788", "ll. 149-152")
    c = fields('Turnbull, "The Cottage," Poetical Essays (1788), ll.22-27, but revised and extended for Poems (1794).')
    assert c.pages == "ll.22-27"


def test_a_periodical_by_its_volume_and_issue_then_the_year_in_brackets() -> None:
    # Gavin Turnbull (cdhsc-2019-gavin-turnbull, dev), note 21
    c = fields('Corey E. Andrews, "\'Almost the same but not quite\': English Poetry by Eighteenth-Century Scots," '
               "Eighteenth Century: Theory and Interpretation, 47:1 (2006): 59-79")  # fmt: skip
    assert (c.kind, c.container, c.pages) == (
        CitationKind.JOURNAL, "Eighteenth Century: Theory and Interpretation", "59-79",
    )  # fmt: skip


def test_a_code_section_with_a_long_explanation_after_it() -> None:
    # Tax levers for safer AI (ssrn-2025-tax-levers-safer-ai-n86, dev), note 130
    c = fields("26 U.S.C. § 4081(a)(2)(A) (outlining the specific tax rates imposed on various types of taxable fuels, "
               "including gasoline, diesel fuel, and kerosene, detailing the cents-per-gallon rates applicable to each "
               "fuel type.)")  # fmt: skip
    assert (c.kind, c.title) == (CitationKind.OFFICIAL, "26 U.S.C. § 4081(a)(2)(A)")


def test_a_rule_of_court_by_its_number() -> None:
    # vanderbilt-2018-adminization-n51 notes 66 and 77, ssrn-2016-tort-reform-backdoor-n46 note 60 (dev)
    for raw, title in {
        "FED. R. CIV. P. 4(c)(1) (“The plaintiff is responsible for having the summons and complaint served …”).": (
            "FED. R. CIV. P. 4(c)(1)"
        ),
        "FED. R. CIV. P. 12(a)(1) (twenty-one days)": "FED. R. CIV. P. 12(a)(1)",
        "FED. R. EVID. 409 advisory committee's note.": "FED. R. EVID. 409 advisory committee's note",
        "Fed. R. Civ. P. 11.": "Fed. R. Civ. P. 11",
    }.items():
        c = fields(raw)
        assert (c.kind, c.title, c.container) == (CitationKind.OFFICIAL, title, None)


def test_a_bluebook_headline_ending_in_a_quoted_phrase_before_the_papers_name_and_day() -> None:
    # llalr-2022-gig-worker-parity notes 17 and 46 (dev); ssrn-2025-tax-levers-safer-ai note 12 (dev)
    c = fields("Alex Collinson, The Toxic Fantasy of the “Side Hustle,” PROSPECT (Aug. 19, 2019), "
               "https://www.prospectmagazine.co.uk/politics/side-hustle-meaning-work-second-jobs.")  # fmt: skip
    assert (c.authors, c.title, c.container) == (
        ("Alex Collinson",), "The Toxic Fantasy of the “Side Hustle”", "PROSPECT",
    )  # fmt: skip
    c = fields("Kai Xiang Teo, OpenAI is so worried about AI causing human extinction, it’s putting together a team to "
               "control “superintelligence”, Business Insider (July 7, 2023), https://perma.cc/ABCD-1234.")
    assert (c.authors, c.container, c.date_iso) == (("Kai Xiang Teo",), "Business Insider", "2023-07-07")


def test_a_law_review_citation_of_a_journal_by_supplement_pages_or_without_its_volume() -> None:
    # jolt-2024-nano-contracts-n83 note 98, alabama-2022-status-defamation-n91 note 94 (dev)
    c = fields("Seth Oranburg & Liya Palagashvili, Transaction Cost Economics, Labor Law, and the Gig Economy, 50 J. "
               "LEGAL STUD. S219, S227 (2021).")  # fmt: skip
    assert (c.kind, c.container, c.pages, c.publisher) == (CitationKind.JOURNAL, "J. LEGAL STUD.", "S219, S227", None)
    c = fields("Joseph Berger, Bernard P. Cohen & Morris Zelditch, Jr., Status Characteristics and Social "
               "Interaction, AM. SOCIO. REV. 241, 243 (1972).")  # fmt: skip
    assert (c.kind, c.container, c.pages, c.publisher) == (CitationKind.JOURNAL, "AM. SOCIO. REV.", "241, 243", None)
    # llalr-2022-gig-worker-parity note 78 (dev): a forum, its pages after `at`
    c = fields("Deepa Das Acevedo, Invisible Bosses for Invisible Workers, or Why the Sharing Economy is Actually "
               "Minimally Disruptive, U. CHI. LEGAL F. at 35, 42 (2017).")  # fmt: skip
    assert (c.kind, c.container, c.pages) == (CitationKind.JOURNAL, "U. CHI. LEGAL F.", "35, 42")


@pytest.mark.parametrize(
    ("raw", "title", "journal"),
    [
        # uclf-2020-speech-machine note 29 (dev): the journal's name in plain type
        ("Mary Anne Franks, How the Internet Unmakes the Law, Ohio S. Tech. L. J. (forthcoming 2020).",
         "How the Internet Unmakes the Law", "Ohio S. Tech. L. J."),
        # pennlaw-2022-selling-antitrust note 4 (dev): blanks where the volume and first page will go
        ("See Herbert Hovenkamp, Antitrust Error Costs, __ PENN. J. BUS. L. __ (forthcoming, 2022), available at "
         "https://papers.ssrn.com/sol3/papers.cfm?abstract_id=3853282.", "Antitrust Error Costs", "PENN. J. BUS. L."),
    ],
)
def test_an_article_not_yet_out_is_in_its_journal(raw: str, title: str, journal: str) -> None:
    c = fields(raw)
    assert (c.kind, c.title, c.container, c.publisher) == (CitationKind.JOURNAL, title, journal, None)


def test_the_congressional_record_by_volume_and_page_in_bluebook_form() -> None:
    # colorado-2025-judicial-economy-n101 note 119 (dev): Bluebook 13.5
    c = fields("141 CONG. REC. S26553 (daily ed. Sept. 27, 1995) (statement of Sen. Orrin Hatch).")
    assert (c.kind, c.title, c.container, c.volume, c.pages, c.date_iso, c.publisher) == (
        CitationKind.OFFICIAL, None, "CONG. REC.", "141", "S26553", "1995-09-27", None,
    )  # fmt: skip


def test_a_day_and_year_with_no_space_after_the_comma() -> None:
    # yir-2016-anti-money-laundering note 24, crs-2026-defi note 30 (dev)
    c = fields("See Jose Paliery, Bitcoin Fallacy Led to Silk Road Founders Conviction, CNN MONEY (Feb. 5,2015), "
               "http://money.cnn.com/2015/02/05/technology/security/Bitcoin-silk-road/.")  # fmt: skip
    assert (c.kind, c.container, c.date_iso, c.publisher) == (CitationKind.NEWS, "CNN MONEY", "2015-02-05", None)


def test_a_review_or_an_interview_then_where_it_was_printed_or_aired() -> None:
    # nwcr-2022-trident-strategy note 30 (dev); CMOS 14.102 and 14.214's examples
    c = fields("Bernard Cole, “Does Mahan Help Us Understand China’s Maritime Strategy?,” review of Red Star over the "
               "Pacific: China’s Rise and the Challenge to U.S. Maritime Strategy, by Toshi Yoshihara and James R. "
               "Holmes, Asia Policy 12 (July 2011): 132-34.")  # fmt: skip
    assert (c.kind, c.container, c.pages) == (CitationKind.JOURNAL, "Asia Policy", "132-34")
    c = fields('Jack Rakove, "Fighting for the Future," review of Why the Constitution Matters, by Mark Tushnet, '
               "Washington Post, January 2, 2011.")  # fmt: skip
    assert (c.title, c.container, c.date_iso) == ("Fighting for the Future", "Washington Post", "2011-01-02")
    c = fields('Kory Stamper, "From ‘F-Bomb’ to ‘Photobomb,’ How the Dictionary Keeps Up with English," interview by '
               "Terry Gross, Fresh Air, NPR, April 19, 2017, audio, 35:25, http://www.npr.org/.")  # fmt: skip
    assert c.container is not None and c.container.startswith("Fresh Air")
    # (an interviewer then the day names no container: gsp-2020-holocaust-denial note 1, dev)
    c = fields("USA Today, “Pastor Defends His Anti-homosexual Sermon,” interview by Mark Curtis, December 6, 2014, "
               "YouTube video, 5:33, accessed July 30, 2019, https://www.youtube.com/watch?v=UbSM_kxpObc.")
    assert c.authors == ("USA Today",)


def test_an_e_books_format_after_its_pinpoint() -> None:
    # CMOS 14.56's example
    c = fields("Yuval Noah Harari, Homo Deus: A Brief History of Tomorrow (New York: Harper, 2017), chap. 2, iBooks.")
    assert (c.publisher, c.pages) == ("Harper", "chap. 2")


def test_a_congressional_documents_title_ends_before_its_congress_and_session() -> None:
    # ho-2015-frus-history-ch5 note 22, ch6 note 14, csc-2021-solarium-implementation note 14 (dev); CMOS 14.289
    c = fields("See Hearings on expenditures in the State Department, 61st Cong., 2nd Sess., House, Committee on "
               "Expenditures in the State Department, February 09, 1910, p. 2.")  # fmt: skip
    assert (c.kind, c.title, c.date_iso, c.pages) == (
        CitationKind.OFFICIAL, "Hearings on expenditures in the State Department", "1910-02-09", "2",
    )  # fmt: skip
    c = fields("Hearing Before the Subcommittee of House Committee on Appropriations: Sundry Civil Appropriation Bill, "
               "1921, Pt. 2, H.R.-13870, 66th Cong., 2nd Sess. (Washington: Government Printing Office, 1920), pp. "
               "2257–2259")  # fmt: skip
    assert (c.title, c.pages) == (
        "Hearing Before the Subcommittee of House Committee on Appropriations: Sundry Civil Appropriation Bill, 1921",
        "2257-2259",
    )  # fmt: skip
    c = fields("U.S. Congress, Joint Explanatory Statement, Division F (to Accompany the Consolidated Appropriations "
               "Act, 2021), 116th Cong., 2nd sess. (2020), 51, https://docs.house.gov/billsthisweek/20201221/x.pdf.")
    assert (c.authors, c.date, c.pages) == (("U.S. Congress",), "2020", "51")


def test_a_hearing_cited_after_its_chamber_and_committee() -> None:
    # CMOS 14.289's form
    c = fields("U.S. Congress, House, Committee on Foreign Affairs, Hearing on the Situation in Syria, 113th Cong., "
               "1st sess., 2013, 24.")  # fmt: skip
    assert (c.kind, c.authors, c.title, c.date, c.pages) == (
        CitationKind.OFFICIAL, ("U.S. Congress, House, Committee on Foreign Affairs",),
        "Hearing on the Situation in Syria", "2013", "24",
    )  # fmt: skip


def test_a_code_section_last_in_a_list_after_and_is_a_citation() -> None:
    # Heritage Foundation, Mandate for Leadership, Department of the Interior (heritage-2023-interior, dev), note 17
    assert parse_citation("and 30 U.S.C. § 21 et seq.").citation.title == "30 U.S.C. § 21 et seq"


def test_a_town_by_its_state_spelt_out_is_a_place_after_the_publisher() -> None:
    # GAO, Crude Oil (gao-2007-crude-oil, dev), note 15: the publisher before the colon, the place after it
    c = fields("Thomas S. Ahlbrandt, Global Resource Estimates from Total Petroleum Systems (The American "
               "Association of Petroleum Geologists: Tulsa, Oklahoma, 2005).")  # fmt: skip
    assert (c.publisher, c.place) == ("The American Association of Petroleum Geologists", "Tulsa, Oklahoma")


@pytest.mark.parametrize(
    ("raw", "publisher"),
    [
        # Lowell edition introduction (scholed-2015-lowelledition-intro-n41, dev), note 41
        ("Herbert C. Bell, History of Northumberland County, Pennsylvania (Chicago: Brown, Runk and Company, 1891), "
         "282, 807.", "Brown, Runk and Company"),
        # Whitman correspondence (scholed-2016-whitman-correspondence, dev), note 15
        ("Calamus, ed. Richard Maurice Bucke (Boston: Small, Maynard, 1897).", "Small, Maynard"),
        # Medievalists and digital editions (scholed-2013-medievalists-digital-editions, dev), note 18
        ('Marie Lebert, "1971: Project Gutenberg," in A Short History of eBooks (Toronto: NEF, University of Toronto, '
         "2009), 5–13.", "NEF, University of Toronto"),
        # Latinas on the Line (aq-2022-latina-information-worker, dev), note 53: the book not yet out
        ("Melissa Villa-Nicholas, Latinas on the Line (New Brunswick, NJ: Rutgers University Press, Forthcoming).",
         "Rutgers University Press"),
        ("Ann Roe, A Title (Philadelphia: University of Pennsylvania Press, First Pennsylvania Paperback Edition, "
         "1990).", "University of Pennsylvania Press"),
    ],
)  # fmt: skip
def test_a_publisher_with_commas_of_its_own_is_kept_whole(raw: str, publisher: str) -> None:
    assert fields(raw).publisher == publisher


def test_a_press_after_its_city_with_a_comma_for_the_colon() -> None:
    # Mark on the Wall introduction (scholed-2014-markonthewall-intro, dev), note 30
    c = fields("Louise DeSalvo, ed., Melymbrosia by Virginia Woolf (San Francisco, Cleis Books, 1982).")
    assert (c.place, c.publisher) == ("San Francisco", "Cleis Books")


def test_a_publisher_before_the_colon_with_no_place_after_it() -> None:
    # Russia in the cyber domain (jss-2022-cyber-uncertain-domain, dev), note 21
    c = fields("John Arquilla et al. Russian Strategic Intentions (Naval Postgraduate School: 2019), "
               "https://calhoun.nps.edu/handle/10945/62")  # fmt: skip
    assert (c.place, c.publisher, c.date) == (None, "Naval Postgraduate School", "2019")
    assert fields("Roe, A Title (Oxford: 1990).").place == "Oxford"  # a city before the colon is a place


def test_an_imprint_in_square_brackets_is_read_as_the_round_one() -> None:
    # Seven Planets introduction (scholed-2013-sevenplanets-intro, dev), note 18 (CMOS 6.101: brackets in parentheses)
    c = fields("J. D. North, Cosmos: An Illustrated History [Chicago: University of Chicago Press, 2008], 6–13")
    assert (c.title, c.place, c.publisher, c.date, c.pages) == (
        "Cosmos: An Illustrated History", "Chicago", "University of Chicago Press", "2008", "6-13")  # fmt: skip


def test_a_volume_in_roman_numerals_and_pages_without_commas_are_a_short_forms_pinpoint() -> None:
    # Gavin Turnbull (cdhsc-2019-gavin-turnbull, dev), notes 8 and 15; Mark on the Wall (scholed-2014-markonthewall-
    # intro, dev), note 16
    c = fields("Roy, Letters, I: 399, 413-414.")
    assert (c.authors, c.title, c.pages) == (("Roy",), "Letters", "I: 399, 413-414")
    c = fields("G. Ross Roy, ed., Letters of Robert Burns, 2 vols. (Oxford: Clarendon Press, 1985), II: 256-258.")
    assert c.pages == "II: 256-258"
    c = fields("Nicolson, Letters, 2:148–49 151–52 167.")
    assert (c.authors, c.title) == (("Nicolson",), "Letters")


_LONG_RUSSIAN_NAME = (
    "Federal'nyi Zakon RF 0 Vnesenii Izmeneniy v Otdel'nyye Zakonodatel'nyye akty Rossiyskoy Federatsii i Priznanii "
    "Utrativshim silu Punkta 3 Chasti 1 stat'i 6 Federal'nogo Aakona \"0 Samoreguliruyemykh Organizatsiyakh\" v Svyazi "
    "s Prinyatiyem Federal'nogo Zakona \"Ob Arbitrazhe (Treteyskom Tazbiratel'stve) v Rossiyskoy Federatsii\" [Federal "
    "Law of the Russian Federation on Amendments to Certain Legislative Acts of the Russian Federation and Annulment "
    "of Paragraph 3 of Part 1 of Article 6 of the Federal Law on Self-Regulatory Organizations in Connection with the "
    "Adoption of the Federal Law on Arbitration in the Russian Confederation]"
)


@pytest.mark.parametrize(
    ("raw", "title", "container", "date", "pages"),
    [
        # Year in Review: Russia and Eurasia (yir-2017-russia-eurasia, dev), notes 4, 40, 13, 61: a name with commas
        # and quotes; a code, its year after its name; the gazette alone; a law's number after its translated name
        ('Federal\'nyi Zakon RF "Ob Aktsionernykh Obshchestvakh" i Sdelok, v Sovershenii Kotorykh [Federal Law of the '
         "Russian Federation on Joint Stock Companies], SOBRANIE ZAKONODATEL'STVA ROSSIISKOI FEDERATSII [SZ RF] "
         "[Russian Federation Collection of Legislation] 2016, No. 343-FZ.",
         'Federal\'nyi Zakon RF "Ob Aktsionernykh Obshchestvakh" i Sdelok, v Sovershenii Kotorykh [Federal Law of the '
         "Russian Federation on Joint Stock Companies]",
         "SOBRANIE ZAKONODATEL'STVA ROSSIISKOI FEDERATSII [SZ RF] [Russian Federation Collection of Legislation]",
         "2016", None),
        ("See GRAZHDANSKIY PROTSESSUALNYI KODEKS RESPUBLIKI KAZAKHSTAN [Civil Procedure Code of the Republic of "
         "Kazakhstan] 1999, No. 411-II, art. 40; 42(2); 43; 44.",
         "GRAZHDANSKIY PROTSESSUALNYI KODEKS RESPUBLIKI KAZAKHSTAN [Civil Procedure Code of the Republic of "
         "Kazakhstan]", None, "1999", "art. 40; 42(2); 43; 44"),
        ("SOBRANIE ZAKONODATEL'STVA ROSSIISKOI FEDERATSII [SZ RF] [Russian Federation Collection of Legislation] 2015, "
         "No. 382-FZ, art. 53, available at http://pravo.gov.ru/proxy/ips/?docbody=&nd=102386393.",
         None, "SOBRANIE ZAKONODATEL'STVA ROSSIISKOI FEDERATSII [SZ RF] [Russian Federation Collection of "
         "Legislation]", "2015", "art. 53"),
        ("Zakon o Nalogah (Nalogovyj Kodeks) [Law on Taxes and Other Obligatory Payments Into the Budget (Tax Code)] "
         "No. 99-IV, art. 535(7).",
         "Zakon o Nalogah (Nalogovyj Kodeks) [Law on Taxes and Other Obligatory Payments Into the Budget (Tax Code)]",
         None, None, "art. 535(7)"),
        # notes 41 and 65: the scan misread a bracket, inside the name or opening the translation
        ("GRAZHDANSKIY PROTSESSUALNY1 Kooixs RESPUBL]KI KAZAKHSTAN [Civil Procedure Code of the Republic of "
         "Kazakhstan] 2015, No. 377-V ZRK, chapters 18, 52, 54, available at http://online.zakon.kz/document/?docid=34329053.",
         "GRAZHDANSKIY PROTSESSUALNY1 Kooixs RESPUBL]KI KAZAKHSTAN [Civil Procedure Code of the Republic of "
         "Kazakhstan]", None, "2015", "chapters 18, 52, 54"),
        ("GRAzi-iDANSElY PROTSESSUALNyi KoDEKs RisPUl3LIKI KAZAKIISTAN (Civil Procedure Code of the Republic of "
         "Kazakhstan] 2015, No. 377-V ZRK, art. 240(1), 403(3), available at http://online.zakon.kz/document/?docid="
         "34329053.",
         "GRAzi-iDANSElY PROTSESSUALNyi KoDEKs RisPUl3LIKI KAZAKIISTAN (Civil Procedure Code of the Republic of "
         "Kazakhstan]", None, "2015", "art. 240(1), 403(3)"),
        # note 12: a translation of some fifty words
        (_LONG_RUSSIAN_NAME + ", SOBRANIE ZAKONODATEL'STVA RossusKoI FEDERATSi [SZ RF] [Russian Federation "
         "Collection of Legislation] 2015, No. 409-FZ, available at http://pravo.gov.ru/proxy/ips/?docbody=&nd=102387173.",
         _LONG_RUSSIAN_NAME, "SOBRANIE ZAKONODATEL'STVA RossusKoI FEDERATSi [SZ RF] [Russian Federation Collection of "
         "Legislation]", "2015", None),
    ],
)  # fmt: skip
def test_a_foreign_law_with_its_name_translated_in_brackets(raw, title, container, date, pages) -> None:
    c = fields(raw)
    assert (c.kind, c.title, c.container, c.date, c.pages) == (CitationKind.OFFICIAL, title, container, date, pages)


def test_an_acronym_in_brackets_after_a_sites_name_is_no_foreign_law() -> None:
    # Migrant letter (ca-2017-migrant-letter, dev), note 14
    c = fields("Women's Early Modern Letters Online [WEMLO] 2016, http://emlo-portal.bodleian.ox.ac.uk/collections/")
    assert c.kind is not CitationKind.OFFICIAL


@pytest.mark.parametrize(
    ("raw", "place", "publisher", "date", "pages"),
    [
        # Republic of Letters (mih-2012-republic-of-letters-n41, dev), note 70: a place with its state, then a pinpoint
        ("P. Miller, The New England Mind: The Seventeenth Century (Cambridge, MA, 1939), ix.",
         "Cambridge, MA", None, "1939", "ix"),
        # Transformation of gender (ca-2018-transformation-of-gender, dev), note 21; Fado (scholed-2017-fado-
        # intermedia-revision, dev), note 18: a book not yet out, or undated
        ("Andrew Piper, Enumerations: Data and the Elements of Literature (University of Chicago Press, forthcoming).",
         None, "University of Chicago Press", None, None),
        ("Fernando Gomes, Fernando Gomes Canta Fados de Pedro Homem de Melo (Ofir AM, n.d.).",
         None, "Ofir AM", None, None),
    ],
)  # fmt: skip
def test_a_books_imprint_by_place_and_state_or_without_a_year(raw, place, publisher, date, pages) -> None:
    c = fields(raw)
    assert (c.kind, c.place, c.publisher, c.date, c.pages) == (CitationKind.BOOK, place, publisher, date, pages)


def test_a_journals_double_issue_with_a_dash() -> None:
    # Ongoing genocides (gsp-2021-ongoing-genocides, dev), note 45
    c = fields("Julie A. Gameon and Monica C. Skewes, “A Systematic Review of Trauma Interventions in Native "
               "Communities,” American Journal of Community Psychology 65, no. 1–2 (2019), 223–241.")  # fmt: skip
    assert (c.container, c.volume, c.issue, c.date, c.pages) == (
        "American Journal of Community Psychology", "65", "1–2", "2019", "223-241")  # fmt: skip


@pytest.mark.parametrize(
    "raw",
    [
        # Itinerating Europe (jsh-2021-itinerating-europe-n21, dev), note 55; Musical editions (scholed-2012-musical-
        # editions, dev), note 9; Itinerating Europe (jsh-2021-itinerating-europe, dev), note 7
        "Luis Vazquez de Parga, Jose M Lacarra, Juan Uria Riu, eds., Las Peregrinaciones (Pamplona: 1998)",
        "Luis Vazquez de Parga, Jose M Lacarra and Juan Uria Riu, eds., Las Peregrinaciones (Pamplona: 1998)",
        "Luis Vazquez de Parga, Jose M Lacarra, and Juan Uria Riu, eds., Las Peregrinaciones (Pamplona: 1998)",
    ],
)
def test_editors_listed_with_or_without_the_serial_comma_are_all_authors(raw: str) -> None:
    c = fields(raw)
    assert (c.authors, c.title) == (("Luis Vazquez de Parga", "Jose M Lacarra", "Juan Uria Riu"), "Las Peregrinaciones")


@pytest.mark.parametrize(
    ("raw", "title", "series"),
    [
        # Dunning introduction (scholed-2016-dunning-intro, dev), note 6: a series and its subseries (CMOS 14.123)
        ("Patrice Sicard, ed., Hugonis de Sancto Victore De archa Noe. Libellus de formatione arche, Corpus "
         "Christianorum, continuatio mediaevalis 176 (Turnhout: Brepols, 2001)",
         "Hugonis de Sancto Victore De archa Noe. Libellus de formatione arche",
         "Corpus Christianorum, continuatio mediaevalis 176"),
        ("Reidar Christiansen, The Migratory Legends, FF Communications 175 (Helsinki: Suomalainen Tiedeakatemia, "
         "1958), 12.", "The Migratory Legends", "FF Communications 175"),
    ],
)  # fmt: skip
def test_a_numbered_series_after_a_books_title_is_not_the_title(raw: str, title: str, series: str) -> None:
    c = fields(raw)
    assert (c.title, c.container) == (title, series)


def test_a_sentence_that_depends_upon_a_book_names_the_book_after_its_verb() -> None:
    # Swayze's drama introduction (scholed-2015-swayzedrama-intro, dev), note 14
    c = fields("Our account of Charles Augustus Lafayette Lamar and the Wanderer depends upon Erik Calonius, The "
               "Wanderer: The Last American Slave Ship and the Conspiracy That Set Its Sails (New York: St. Martin’s "
               "Press, 2006).")  # fmt: skip
    assert (c.authors, c.title) == (
        ("Erik Calonius",), "The Wanderer: The Last American Slave Ship and the Conspiracy That Set Its Sails")


def test_a_page_titled_before_the_site_its_address_is_named_for() -> None:
    # llalr-2022-gig-worker-parity n83
    c = fields("Become a Driver-Partner, Uber, https://help.uber.com/h/3362f824-b3de-4cc3-979d6bafcbc24290.")
    assert (c.authors, c.title, c.container) == ((), "Become a Driver-Partner", "Uber")
    # (the maker first is the author: `Anthropic, Claude’s Constitution, <url>`)
    c = fields("Anthropic, Claude’s Constitution, https://www.anthropic.com/constitution.")
    assert (c.authors, c.title) == (("Anthropic",), "Claude’s Constitution")


def test_westlaws_issue_number_is_no_part_of_the_journals_name() -> None:
    # dltr-2021-cyber-tria n73
    c = fields("See Michael Plachta, Council of Europe Adopts Resolution and Recommendation on Cyberterrorism, 31 "
               "NO. 7 INT’L ENF’T L. REP. 279 (Jul. 2015).")  # fmt: skip
    assert (c.container, c.volume, c.pages) == ("INT’L ENF’T L. REP.", "31", "279")


@pytest.mark.parametrize(
    ("raw", "title", "container"),
    [
        # llalr-2022-gig-worker-parity n48 and n18, wjlta-2022-cyber-silencing n46
        ("Isabella Rosario, When the “Hustle” Isn’t Enough, CODE SWITCH, NPR, April 3, 2020, "
         "https://www.npr.org/sections/codeswitch/2020/04/03/826015780/when-the-hustle-isnt-enough.",
         "When the “Hustle” Isn’t Enough", "CODE SWITCH"),
        ("Michelle Cheng, How the Pandemic Made Instacart “Essential,” QUARTZ (Dec. 5 2020), https://qz.com/1940943/x.",
         "How the Pandemic Made Instacart “Essential”", "QUARTZ"),
        ("Aja Romano, The Controversy Over YouTube Star PewDiePie and His Anti-Semitic “Jokes,” Explained, VOX (Feb. "
         "17, 2017), https://www.vox.com/culture/2017/2/17/14613234/pewdiepie-nazi-satire-alt-right.",
         "The Controversy Over YouTube Star PewDiePie and His Anti-Semitic “Jokes,” Explained", "VOX"),
    ],
)  # fmt: skip
def test_a_quote_after_words_of_a_title_is_inside_the_title(raw: str, title: str, container: str) -> None:
    c = fields(raw)
    assert (len(c.authors), c.title, c.container) == (1, title, container)


def test_a_quote_ending_a_title_in_small_capitals_is_inside_it() -> None:
    # Seattle U. L. Rev. (corpus: sulr-2020-internet-never-forgets, note 1): the authors in small capitals and et al.,
    # a number inside the title
    c = fields(
        "See AMANDA LENHART ET AL., NONCONSENSUAL IMAGE SHARING: ONE IN 25 AMERICANS HAS BEEN A VICTIM OF “REVENGE "
        "PORN” 4 (2016), https://datasociety.net/pubs/oh/Nonconsensual_Image_Sharing_2016.pdf."
    )
    assert (c.authors, c.pages) == (("AMANDA LENHART",), "4")
    assert c.title == "NONCONSENSUAL IMAGE SHARING: ONE IN 25 AMERICANS HAS BEEN A VICTIM OF “REVENGE PORN”"


def test_a_book_title_with_commas_of_its_own_holds_the_quote_inside_it() -> None:
    # scholed-2014-cranchjournal-intro n40 (Scholarly Editing 35, 2014): the title's commas are not the author's
    c = fields('Patrick J. Keane, Emerson, Romanticism, and Intuitive Reason: The Transatlantic "Light of All Our Day" '
               "(Columbia: University of Missouri Press, 2005), 3.")  # fmt: skip
    assert (c.authors, c.title) == (
        ("Patrick J. Keane",), 'Emerson, Romanticism, and Intuitive Reason: The Transatlantic "Light of All Our Day"'
    )


def test_names_after_the_authors_comma_are_more_authors_not_a_title() -> None:
    # scholed-2014-markonthewall-intro n25 (Scholarly Editing 35, 2014): the quote ends the site's title, after
    # three editors
    c = fields("Julia Briggs, Marilyn Deegan, and Peter Shillingsburg. Woolf Online: An Electronic Edition and "
               "Commentary of Virginia Woolf’s “Time Passes.” http://www.woolfonline.com")  # fmt: skip
    assert "Marilyn Deegan" not in (c.title or "") + (c.container or "")


@pytest.mark.parametrize(
    ("raw", "title", "container"),
    [
        # ca-2018-self-repetition n13 and n23 (Cultural Analytics, 2018)
        ("Walter Ong, Orality and Literacy: The Technologizing of the Word [1982] (1991): 35-40.",
         "Orality and Literacy: The Technologizing of the Word", None),
        ("See George Yule, The Statistical Study of Literary Vocabulary [1944] (Hamden, CT: Archon Books, 1968).",
         "The Statistical Study of Literary Vocabulary", None),
        # ca-2018-self-repetition-n31 n39
        ('Freud, "Remembering, Repeating, and Working-Through"[1914], in Standard Edition vol. 12, 145-157.',
         "Remembering, Repeating, and Working-Through", "Standard Edition"),
    ],
)  # fmt: skip
def test_the_year_a_work_first_appeared_in_brackets_is_no_part_of_its_title(
    raw: str, title: str, container: str | None
) -> None:
    c = fields(raw)
    assert (c.title, c.container) == (title, container)


def test_co_authors_joined_by_an_ampersand_are_no_title() -> None:
    # ssrn-2025-ai-beyond-the-grave-n96 n124 (dev)
    c = fields("Juliana Menasce Horowitz, Nikki Graf & Gretchen Livingston, The Landscape of Marriage and Cohabitation "
               "in the U.S. (Nov. 6, 2019), Pew Research Center, https://www.pewresearch.org/social-trends/2019/11/06/"
               "the-landscape-of-marriage-and-cohabitation-in-the-u-s/.")  # fmt: skip
    assert (c.authors, c.title) == (
        ("Juliana Menasce Horowitz", "Nikki Graf", "Gretchen Livingston"),
        "The Landscape of Marriage and Cohabitation in the U.S.",
    )
    # a title holding an ampersand between words that are no names is the title (Lidsky, cited across the corpus)
    c = fields("Lyrissa Barnett Lidsky, Silencing John Doe: Defamation & Discourse in Cyberspace, 49 DUKE L.J. 855 "
               "(2000).")  # fmt: skip
    assert (c.authors, c.title) == (
        ("Lyrissa Barnett Lidsky",), "Silencing John Doe: Defamation & Discourse in Cyberspace"
    )


@pytest.mark.parametrize(
    ("raw", "container", "pages"),
    [
        # washu-2020-payday-n136 n138 (dev): the pinpoint marked `pp.`, as a Chicago note marks it
        ("See William Adams, Liran Einav & Jonathan Levin, Liquidity Constraints and Imperfect Information in Subprime "
         "Lending, 99 AM. EC. REV. 49, pp. 49-50 (2009).", "AM. EC. REV.", "49, 49-50"),
        # ssrn-2025-tax-levers-safer-ai-n36 n72 (dev): an online journal's six-digit article number, then the page
        ("See Amitai Y. Bin-Nun et al., What Do Surrogate Safety Metrics Measure? Understanding Driving Safety as a "
         "Continuum, 195 ACCID. ANALYSIS & PREVENTION 107245, 107250 (2024).", "ACCID. ANALYSIS & PREVENTION",
         "107245, 107250"),
    ],
)  # fmt: skip
def test_a_law_review_style_article_with_a_marked_or_long_pinpoint(raw: str, container: str, pages: str) -> None:
    c = fields(raw)
    assert (c.kind, c.container, c.pages) == (CitationKind.JOURNAL, container, pages)


def test_a_quoted_title_after_a_comma_is_chicagos_whole_title() -> None:
    c = fields("Jane Doe, Senior Fellow, “A Study of Things,” Example Review, March 3, 2020.")
    assert c.title == "A Study of Things"


@pytest.mark.parametrize(
    ("raw", "author"),
    [
        # ilj-2020-internet-architecture-disability-n51 n59, hastings-2021-unilateral-sanctions n45,
        # cmc-2021-great-power-disinformation n116, scholed-2017-sevensins-intro-n41 n78
        ("Senator Tom Harkin, The Americans with Disabilities Act Ten Years Later: A Framework for the Future, 85 IOWA "
         "L. REV. 1575, 1578–79 (2000).", "Tom Harkin"),
        ("See Secretary of State Hillary Rodham Clinton, Remarks on Economic Statecraft, Speech at Economic Club of "
         "New York (Oct. 14, 2011).", "Hillary Rodham Clinton"),
        ("Lt. Col. (res.) Dr. Dany Shoham, “Where Did COVID-19 Really Come From?,” Begin-Sadat Center for Strategic "
         "Studies, July 28, 2020, https://besacenter.org/perspectives-papers/covid.", "Dany Shoham"),
        ("Printed in Anne Walters Robertson, “The Seven Deadly Sins in Medieval Music,” in Sin in Medieval and Early "
         "Modern Culture, ed. Richard G. Newhauser (Woodbridge: York Medieval Press, 2012), 12.",
         "Anne Walters Robertson"),
        # (an office with no name after it is the author as printed)
        ("Secretary of State, “Annual Report,” Department of State, 1905.", "Secretary of State"),
    ],
)  # fmt: skip
def test_an_office_or_rank_before_a_writers_name_is_not_part_of_it(raw: str, author: str) -> None:
    assert fields(raw).authors == (author,)


@pytest.mark.parametrize(
    ("raw", "date"),
    [
        # hastings-2021-unilateral-sanctions n5, scholed-2016-whitman-correspondence n1, scholed-2013-dickinson n15
        ("Hale E. Sheppard, Revamping the Export-Import Bank In 2002, 6 N.Y.U.J. LEGIS. & PUB. Pol’y 89, 122 "
         "(2002-2003).", "2002-2003"),
        ("Horace Traubel, With Walt Whitman in Camden, 9 vols. (various publishers, 1906–96), 1:42–43.", "1906–96"),
        ('Michael L. Stevens, "Why Documentary Editing Matters," Documentary Editing 30, nos. 3–4 (2008–9): 6–11.',
         "2008–9"),
        # (a span after a comma outside brackets ends a title; pages are no date)
        ("G. Edward White, The Marshall Court and Cultural Change, 1815–1835 (1988).", "1988"),
        ("Jane Doe, A Study (Boston: Example Press, 2001), 1900–1910.", "2001"),
    ],
)  # fmt: skip
def test_a_volume_or_set_printed_over_years_is_dated_by_the_span(raw: str, date: str) -> None:
    assert fields(raw).date == date


def test_a_campaigning_bodys_page_dated_by_the_day_is_its_report() -> None:
    # alabama-2022-status-defamation-n211 n223 (Bluebook 15.1: the institution as publisher)
    c = fields("Michael Leachman & Samantha Waxman, State “Mansion Taxes” on Very Expensive Homes, CENTER ON BUDGET "
               "AND POLICY PRIORITIES (Oct. 1, 2019) https://www.cbpp.org/research/x.")  # fmt: skip
    assert (c.kind, c.container, c.publisher) == (CitationKind.REPORT, None, "CENTER ON BUDGET AND POLICY PRIORITIES")
    # (a paper's site is still a container)
    c = fields("Jane Doe, A Story of the Day, N.Y. TIMES (Oct. 1, 2019), https://www.nytimes.com/x.")
    assert (c.kind, c.container) == (CitationKind.NEWS, "N.Y. TIMES")


def test_a_title_whose_list_closes_with_and_has_no_container_after_it() -> None:
    # uclf-2020-speech-machine n59
    c = fields("Deeptrace Labs, The State of Deepfakes: Landscape, Threats, and Impact 6 (September 2019), available "
               "at https://storage.googleapis.com/deeptrace-public/Deeptrace-2019.pdf.")  # fmt: skip
    assert (c.kind, c.authors, c.container) == (CitationKind.REPORT, ("Deeptrace Labs",), None)
    assert (c.title, c.pages) == ("The State of Deepfakes: Landscape, Threats, and Impact", "6")


def test_a_title_in_small_capitals_whose_list_closes_with_and_after_the_body_that_wrote_it() -> None:
    # sjteil-2021-safety-planning n34
    c = fields("NAT’L NETWORK TO END DOMESTIC VIOLENCE, VAWA AND RELATED PROGRAMS APPROPRIATIONS FOR FISCAL YEARS 18, "
               "19, AND 20 1 (2019), https://nnedv.org/wp-content/uploads/2019/07/Library.pdf.")  # fmt: skip
    assert c.authors == ("NAT’L NETWORK TO END DOMESTIC VIOLENCE",)
    assert c.title == "VAWA AND RELATED PROGRAMS APPROPRIATIONS FOR FISCAL YEARS 18, 19, AND 20"


@pytest.mark.parametrize(
    ("raw", "book"),
    [
        # scholed-2015-swayzedrama-intro n5, scholed-2016-human-sciences-stem n28 (CMOS 14.110)
        ("Frank Felsenstein, introduction to English Trader, Indian Maid: Representing Gender, Race, and Slavery in "
         "the New World, An Inkle and Yarico Reader, ed. Felsenstein (Baltimore: Johns Hopkins University Press, "
         "1999), 1–2.",
         "English Trader, Indian Maid: Representing Gender, Race, and Slavery in the New World, An Inkle and Yarico "
         "Reader"),
        ("Roger Shattuck, introduction to Exploits and Opinions of Dr. Faustroll, Pataphysician by Alfred Jarry, "
         "trans. Simon Watson Taylor (Boston: Exact Change, 1996), xi.",
         "Exploits and Opinions of Dr. Faustroll, Pataphysician"),
    ],
)  # fmt: skip
def test_the_book_an_introduction_is_to_runs_up_to_its_author_editor_or_imprint(raw: str, book: str) -> None:
    c = fields(raw)
    assert (c.title, c.container) == ("introduction", book)


@pytest.mark.parametrize(
    ("raw", "name", "court", "pages", "date"),
    [
        # uic-2021-digital-dominion n95, n93, n122 (Bluebook's rule 21)
        ("Uzan v. Germany, (Judgment), App. No. 35623/05, Eur. Ct. H.R. para. 12-13 (2010).",
         "Uzan v. Germany", "Eur. Ct. H.R.", "para. 12-13", "2010"),
        ("Malone v. United Kingdom, (Judgment), App. No. 8691/79, 82 Eur. Ct. H.R. (ser. A), para. 84 (1984).",
         "Malone v. United Kingdom", "Eur. Ct. H.R. (ser. A)", "para. 84", "1984"),
        ("Roman Zakharov v. Russia, Eu. Ct. H. R., Grand Chamber (Judgement), App. No. 47143/06 (Dec. 4, 2015).",
         "Roman Zakharov v. Russia", "Eu. Ct. H. R.", None, "Dec. 4, 2015"),
    ],
)  # fmt: skip
def test_a_judgment_of_the_european_court_of_human_rights(
    raw: str, name: str, court: str, pages: str | None, date: str
) -> None:
    c = fields(raw)
    assert (c.kind, c.title, c.container, c.pages, c.date) == (CitationKind.OFFICIAL, name, court, pages, date)


def test_a_un_treaty_bodys_views_on_a_complaint() -> None:
    # uic-2021-digital-dominion n97
    c = fields("E.g., Human Rights Committee, Communication No. 2326/2013, N.K. v. Netherlands,  views adopted July "
               "18, 2017, para. 9.3 (No specific legislation has been adopted to regulate surveillance).")  # fmt: skip
    assert (c.kind, c.authors, c.title) == (CitationKind.OFFICIAL, ("Human Rights Committee",), "N.K. v. Netherlands")
    assert (c.date, c.pages) == ("July 18, 2017", "para. 9.3")


@pytest.mark.parametrize(
    ("raw", "author", "title", "pages"),
    [
        # ssrn-2025-tax-levers-safer-ai-n86 n131, crs-2026-rd-funding n38
        ("See Congressional Budget Office, The Status of the Highway Trust Fund: 2023 Update (2023), "
         "https://perma.cc/75WH-4B3P.", "Congressional Budget Office", "The Status of the Highway Trust Fund: 2023 "
         "Update", None),
        ("HHS, Fiscal Year 2026 Budget in Brief, p. 49, https://www.hhs.gov/sites/default/files/fy-2026-budget.pdf.",
         "HHS", "Fiscal Year 2026 Budget in Brief", "49"),
    ],
)  # fmt: skip
def test_a_government_bodys_own_report_names_the_body_its_author(
    raw: str, author: str, title: str, pages: str | None
) -> None:
    c = fields(raw)
    assert (c.kind, c.authors, c.title, c.pages) == (CitationKind.REPORT, (author,), title, pages)


def test_the_maker_an_address_is_named_for_then_its_pages_title_and_the_day() -> None:
    # ssrn-2026-how-to-count-ais-n76 n110
    c = fields("Anthropic, Commitments on model deprecation and preservation, (Nov 4, 2025) "
               "https://www.anthropic.com/research/deprecation-commitments")  # fmt: skip
    assert (c.kind, c.authors, c.title, c.container) == (
        CitationKind.REPORT, ("Anthropic",), "Commitments on model deprecation and preservation", None
    )  # fmt: skip
    # (a site in capitals after a title is the site: `…, OPENAI BLOG (July 6, 2023)`)
    c = fields("Jan Leike, Introducing Superalignment, OPENAI BLOG (July 6, 2023), https://openai.com/blog/x.")
    assert c.container == "OPENAI BLOG"


def test_the_hour_a_post_went_up_is_no_imprint() -> None:
    # Healy & Christiansen, Anti-Money Laundering … Year-in-Review 2015 (yir-2016-anti-money-laundering, dev), note 1:
    # text after the address sent the note down the imprint's path, where `9:00 AM` read as `Place: Publisher`
    c = fields(
        "See Cade Metz, Coinbase Just Debuted the First Bitcoin Debit Card in the US, WIRED (Nov. 20, 2015, 9:00 AM), "
        "http://www.wired.com/2015/11/coinbase-unveils-countrys-first-Bitcoin-debit-card/?mbid=soci al-twitter."
    )
    assert (c.publisher, c.place, c.date) == (None, None, "Nov. 20, 2015")


@pytest.mark.parametrize(
    ("raw", "title", "container"),
    [
        # Arbel, Nano Contracts (jolt-2024-nano-contracts-n123, dev), note 162: a line of the article's text run in
        (
            "Taylor Lyles, Bots Are Ruining Your Chance of Buying a PS5 and Xbox Series This Holiday, IGN (Nov. 15, "
            "2021, 4:18 PM), https://www.ign.com/articles/bots [https://perma.cc/ETZ6-LYM6]also taken the "
            "opportunity to use bots to tr",
            "Bots Are Ruining Your Chance of Buying a PS5 and Xbox Series This Holiday", "IGN",
        ),
        # Healy & Christiansen (yir-2016-anti-money-laundering, dev), note 1: the address's rest, broken off
        (
            "See Cade Metz, Coinbase Just Debuted the First Bitcoin Debit Card in the US, WIRED (Nov. 20, 2015, 9:00 "
            "AM), http://www.wired.com/2015/11/coinbase-unveils-countrys-first-Bitcoin-debit-card/?mbid=soci "
            "al-twitter.",
            "Coinbase Just Debuted the First Bitcoin Debit Card in the US", "WIRED",
        ),
    ],
)
def test_text_run_in_after_a_dated_citations_address_is_no_part_of_it(raw, title, container) -> None:
    c = fields(raw)
    assert (c.title, c.container) == (title, container)


def test_what_the_author_says_a_work_does_closing_the_citation_holds_no_imprint_year() -> None:
    # Telehealth regulation, TAMU 2021, note 1 (dev): the year in the explanatory parenthetical is no imprint's
    c = fields(
        "Rahm Emanuel, Opinion, Let’s Make Sure This Crisis Doesn’t Go to Waste, WASH.POST, Mar. 25, 2020, "
        "https://www.washingtonpost.com/opinions/2020/03/25/lets-make-sure-this-crisis-doesnt-go-waste/ (quoting "
        "himself from 2008 and stating “[n]ever allow a good crisis to go to waste”)"
    )
    assert (c.kind, c.title, c.container, c.date_iso, c.publisher) == (
        CitationKind.NEWS, "Let’s Make Sure This Crisis Doesn’t Go to Waste", "WASH.POST", "2020-03-25", None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "kind", "date"),
    [
        # Consumer activism, DePaul 2020, note 43, and Smart readers, SSRN 2023, note 20 (dev): words ending in `ing`
        # that say when or what the work is, not what it says
        ("ROY SHAPIRA, LAWAND REPUTATION (forthcoming 2020).", CitationKind.BOOK, "2020"),
        (
            "Yonathan A. Arbel, The Readability of Contracts: Big Data Analysis (2023) (working paper, on file).",
            CitationKind.REPORT, "2023",
        ),
    ],
)
def test_a_parenthetical_of_forthcoming_or_working_paper_is_no_comment(raw: str, kind: CitationKind, date: str) -> None:
    c = fields(raw)
    assert (c.kind, c.date_iso) == (kind, date)


@pytest.mark.parametrize(
    ("raw", "container", "pages"),
    [
        # Obscure Destinies, Scholarly Editing 2017, note 12, and Dickinson, Scholarly Editing 2013, note 15 (dev): a
        # volume spanning two years, and two issues bound as one (`nos.`)
        (
            "Charles W. Mignon, “Willa Cather’s Process of Composing,” Resources for American Literary Study 29 "
            "(2003–4): 165–84.",
            "Resources for American Literary Study", "165-84",
        ),
        (
            'Michael L. Stevens, "Why Documentary Editing Matters," Documentary Editing 30, nos. 3–4 (2008–9): 6–11.',
            "Documentary Editing", "6-11",
        ),
    ],
)
def test_a_journal_volume_dated_by_two_years(raw: str, container: str, pages: str) -> None:
    c = fields(raw)
    assert (c.kind, c.container, c.pages) == (CitationKind.JOURNAL, container, pages)


def test_an_imprint_without_a_place_spanning_years_ends_a_book() -> None:
    # Whitman correspondence, Scholarly Editing 2016, note 1 (dev): a set's volumes, published over ninety years
    c = fields("Horace Traubel, With Walt Whitman in Camden, 9 vols. (various publishers, 1906–96), 1:42–43.")
    assert (c.kind, c.title, c.publisher, c.date, c.pages) == (
        CitationKind.BOOK, "With Walt Whitman in Camden", "various publishers", "1906–96", "1:42-43",
    )  # fmt: skip


def test_a_part_in_a_book_named_after_its_author_takes_that_author() -> None:
    # Fado intermedia revision, Scholarly Editing 2017, notes 23 and 47 (dev): a song on an album, the singer first;
    # after a named author the words after `in` stay the book's (Race writing, CA 2019, note 13)
    c = fields("“Bailado,” in Tereza Tarouca, Ora bate, bate (RCA Victor, 1971)")
    assert (c.authors, c.title, c.container, c.publisher) == (
        ("Tereza Tarouca",), "Bailado", "Ora bate, bate", "RCA Victor",
    )  # fmt: skip
    kept = fields(
        'and Angela James, "Making Sense of Race and Racial Classification," in White Logic, White Methods (2008), 43.'
    )
    assert (kept.authors, kept.container) == (("Angela James",), "White Logic, White Methods")


@pytest.mark.parametrize(
    ("raw", "author", "title"),
    [
        # Fado intermedia revision, Scholarly Editing 2017, note 4 (dev): a phrase of reference before `see`
        (
            "In this regard, see Rui Vieira Nery, Para Uma História do Fado, 2nd ed. (Lisboa: IN-CM, 2012)",
            "Rui Vieira Nery", "Para Uma História do Fado",
        ),
        # Binyon and Destrée, Scholarly Editing 2016, note 2 (dev): the kind of work named in the plural
        (
            "See the biographies by John Hatcher, Laurence Binyon: Poet, Scholar of East and West (Oxford: Clarendon "
            "Press; Oxford University Press, 1995)",
            "John Hatcher", "Laurence Binyon: Poet, Scholar of East and West",
        ),
    ],
)
def test_a_lead_in_before_the_source_is_no_part_of_its_title(raw: str, author: str, title: str) -> None:
    c = fields(raw)
    assert (c.authors, c.title) == ((author,), title)


def test_a_piece_in_a_journal_led_in_by_in_with_a_comma_before_its_pages() -> None:
    # "Live Oak, with Moss", Scholarly Editing 2012, note 2 (dev); a book's imprint in the brackets stays a book's
    # (Binyon and Destrée, Scholarly Editing 2016, note 17)
    c = fields(
        'Alan Helms and Hershel Parker, "Commentary" in Nineteenth-Century Literature 52 (December 1997), 413-16.'
    )
    assert (c.kind, c.container, c.date, c.pages) == (
        CitationKind.JOURNAL, "Nineteenth-Century Literature", "December 1997", "413-16",
    )  # fmt: skip
    book = fields(
        "Laurence Brogniez, \"Georges-Olivier Destrée et la religion de l'art: De l'esthète au converti,\" in "
        "Dimensions du sacré dans les littératures profanes, ed. Alain Dierkens, Problèmes d’histoire des religions 10 "
        "(Editions de l’Université de Bruxelles, 1999), 36–37."
    )
    assert (book.kind, book.publisher) == (CitationKind.BOOK, "Editions de l’Université de Bruxelles")


def test_a_news_headline_about_a_hearing_is_no_congressional_hearing() -> None:
    # Protecting children, Rutgers JOLT 2021, note 32 (dev): `Hearing` in a headline; a hearing's own title says
    # `Hearing Before` (Bluebook 13.3)
    c = fields(
        "See Ryan Tracy, Big Tech's Power Comes Under Fire at Congressional Antitrust Hearing, WALL ST. J. (July 29, "
        "2020, 7:29 PM), "
        "https://www.wsj.com/articles/tech-ceosdefend-operations-ahead-of-congressional-hearing-11596027626 "
        "[https://perma.cc/WB48-4GB3]."
    )
    assert (c.kind, c.authors, c.container) == (CitationKind.NEWS, ("Ryan Tracy",), "WALL ST. J.")


@pytest.mark.parametrize(
    ("raw", "title", "reporter", "year", "pages"),
    [
        # Contract remedies, WVLR 2015, note 58, and Defamation, Alabama 2019, note 112 (dev): English reports, the year
        # in square brackets naming the volume, or in round ones before a numbered volume
        ("Carlill v. Carbolic Smoke Ball Co. [1893] Q.B. 256 (C.A.)", "Carlill v. Carbolic Smoke Ball Co.", "Q.B.",
         "1893", "256"),
        ("Hadley v. Baxendale (1854) 156 Eng. Rep. 145.", "Hadley v. Baxendale", "Eng. Rep.", "1854", "145"),
        ("Compare Sim v. Stretch [1936] 2 All E.R. 1237", "Sim v. Stretch", "All E.R.", "1936", "1237"),
    ],
)
def test_an_english_case_by_its_report(raw: str, title: str, reporter: str, year: str, pages: str) -> None:
    c = fields(raw)
    assert (c.kind, c.title, c.container, c.date, c.pages) == (CitationKind.OFFICIAL, title, reporter, year, pages)



def test_a_case_whose_year_is_left_to_its_later_history_takes_that_year() -> None:
    # New Jersey wiretapping (Seton Hall L. Rev. 1972), note 55 (dev): Bluebook 10.5(a) omits the first decision's
    # year when the later one is of the same year
    c = fields("State v. Cox, 114 N.J. Super. 556, 277 A.2d 551 (App. Div.), cert. denied, 58 N.J. 93, 275 A.2d 149 "
               "(1971).")  # fmt: skip
    assert (c.kind, c.title, c.date, c.pages) == (CitationKind.OFFICIAL, "State v. Cox", "1971", "556")


def test_what_no_form_reads_but_a_name_is_the_works_title_not_a_container_of_nothing() -> None:
    # Whitman's correspondence (Scholarly Editing 2016), note 18 (dev); Heritage Foundation, Mandate for Leadership
    # (2023), Education, note 17 (dev)
    assert fields("See The Complete Writings of Walt Whitman, 5:31.").title == "The Complete Writings of Walt Whitman"
    c = fields("H.J.Res. 99, Public Law 115-30.")
    assert (c.title, c.container) == ("H.J.Res. 99", None)


def test_see_as_the_verb_of_a_clause_of_comment_is_no_signal() -> None:
    # colorado-2025-judicial-economy note 76 (University of Colorado Law Review, 2025): `see it as` is what people do,
    # so the words after it are no source (a quoted word read as a title, which the note's `Id.` then repeated)
    res = parse_citation(
        "For example, the United States Institute of Peace emphasizes that access to justice is absent when people "
        "“fear” the system or see it as “alien.”"
    )
    assert res.commentary
    # a signal after a clause still leads to the source: `For the debate, see Smith, …`
    signalled = parse_citation("For an account of the debate, see Jane Smith, The Long Argument 12 (2001).")
    assert signalled.citation.title == "The Long Argument"


def test_a_pointer_to_the_discussion_at_an_earlier_note_cites_no_work() -> None:
    # vanderbilt-2020-nudnik note 114 (Vanderbilt Law Review, 2020): where in the article the point was made
    assert parse_citation("See discussion supra note 74 and accompanying text.").commentary
    assert parse_citation("See text accompanying supra note 12.").commentary
    # a work whose name opens so is still cited (`Discussion Paper`, in capitals)
    assert parse_citation("See Discussion Paper, supra note 74.").supra is not None


def test_ibid_with_the_pages_that_matter_most_after_its_pinpoint() -> None:
    # gsp-2020-holocaust-denial note 38 (Genocide Studies and Prevention, 2020): `especially see` marks the
    # pages within the range cited (Chicago 14.146), no part of the pinpoint
    res = parse_citation("Ibid., 37-53, especially see 44-46.")
    assert res.is_ibid and res.citation.pages == "37-53"
    assert parse_citation("Ibid., 37-53, esp. 44-46.").citation.pages == "37-53"


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        # ssrn-2022-truth-bounties note 83 and ssrn-2019-reputation-failure note 81 (SSRN, 2022 and 2019): a sentence
        # of comment running into the case it names
        ("The metaphor dates to Abrams v. United States, 250 U.S. 616 (1919).", "Abrams v. United States"),
        (
            "Moreover, many disagreed with the Supreme Court’s decision in Paul v. Davis, 424 U.S. 693, 694 (1976).",
            "Paul v. Davis",
        ),
        # washu-2020-payday note 192 (Washington University Law Review, 2020): the space before `See` lost
        ("The standard norm, however, is double damages.See Kinney v. D.C., 994 F.2d 6, 12 (D.C. Cir. 1993).",
         "Kinney v. D.C."),
        # stmarys-2021-bumble-bill note 110 and alabama-2022-status-defamation note 65: two words after the signal,
        # and `e.g.` with a full stop typed twice
        ("see also generally Reno v. Am. C.L. Union, 521 U.S. 844 (1997).", "Reno v. Am. C.L. Union"),
        ("See, e..g., W.J.A. v. D.A., 43 A.3d 1148, 1159 (N.J. 2012).", "W.J.A. v. D.A."),
        # a party's own small words and small letters stay (ugajipl-2021-defend-trade-secrets note 27)
        ("Citizens to Preserve Overton Park v. Volpe, 401 U.S. 402 (1971).",
         "Citizens to Preserve Overton Park v. Volpe"),
        ("E.I. duPont deNemours & Co. v. Christopher, 431 F.2d 1012 (5th Cir. 1970).",
         "E.I. duPont deNemours & Co. v. Christopher"),
    ],
)  # fmt: skip
def test_a_cases_name_is_its_parties_not_the_words_before_them(raw: str, title: str) -> None:
    assert parse_citation(raw).citation.title == title


def test_a_court_named_before_the_case_is_its_author() -> None:
    # cmc-2021-great-power-disinformation note 40 (CMC Senior Thesis, 2021)
    c = parse_citation(
        "United States District Court for the Eastern District of Virginia, United States of America v. ELENA "
        "ALEKSEEVNA KHUSYAYN0VA (United States District Court for the Eastern District of Virginia September 28, 2018)."
    ).citation
    assert c.authors == ("United States District Court for the Eastern District of Virginia",)
    assert c.title == "United States of America v. ELENA ALEKSEEVNA KHUSYAYN0VA"


def test_a_crs_infographic_is_a_crs_product() -> None:
    # crs-2026-eda-programs note 44 (Congressional Research Service, 2026)
    c = parse_citation(
        "CRS Infographic IG10045, Economic Development Administration (EDA) Disaster Recovery Funding, by Julie M. "
        "Lawhorn."
    ).citation
    assert (c.title, c.authors, c.publisher) == (
        "Economic Development Administration (EDA) Disaster Recovery Funding", ("Julie M. Lawhorn",),
        "CRS Infographic IG10045",
    )  # fmt: skip


@pytest.mark.parametrize(
    "detail", ["commodity 020714", "commodities 151529 and 151521"],
)
def test_what_a_database_was_asked_for_is_no_part_of_the_page(detail: str) -> None:
    # CRS, Strait of Hormuz (corpus: crs-2026-strait-of-hormuz, notes 19 and 20): the body, its site, the page that
    # serves the data, then the item looked up
    c = fields(f"U.S. Census Bureau, USA Trade Online, HS Port-Level Data, {detail}, https://usatrade.census.gov/.")
    assert (c.kind, c.authors, c.title, c.container) == (
        CitationKind.WEB, ("U.S. Census Bureau",), "HS Port-Level Data", "USA Trade Online",
    )  # fmt: skip


def test_a_table_after_a_bodys_page_is_not_set_aside_as_a_query() -> None:
    # the guard: a part of the work cited (`table 3`) is no item looked up, so the note is not read as if it were
    # printed without it
    tabled = fields("U.S. Census Bureau, USA Trade Online, HS Port-Level Data, table 3, https://usatrade.census.gov/.")
    bare = fields("U.S. Census Bureau, USA Trade Online, HS Port-Level Data, https://usatrade.census.gov/.")
    assert (tabled.title, tabled.container, tabled.pages) != (bare.title, bare.container, bare.pages)


def test_a_chambers_roll_call_vote_is_its_official_record() -> None:
    # CRS, the Senate budget resolution (corpus: crs-2026-senate-budget-resolution, note 6)
    c = fields(
        "Senate roll call vote 87 (119th Congress, 2nd Session), "
        "https://www.senate.gov/legislative/LIS/roll_call_votes/vote1192/vote_119_2_00087.htm."
    )
    assert (c.kind, c.title, c.date) == (CitationKind.OFFICIAL, "Senate roll call vote 87", None)
    assert c.url == "https://www.senate.gov/legislative/LIS/roll_call_votes/vote1192/vote_119_2_00087.htm"


def test_a_dated_title_under_a_bodys_name_put_out_as_a_pdf_is_its_report() -> None:
    # George Washington L. Rev. (corpus: gwu-2022-smart-readers, note 39): OpenAI's paper, not a story on its site
    c = fields(
        "Alec Radford, Jeffrey Wu, Rewon Child, David Luan, Dario Amodei & Ilya Sutskever, Language Models are "
        "Unsupervised Multitask Learners, OPENAI (Feb. 14, 2019) https://d4mucfpksywv.cloudfront.net/better-language-"
        "models/language_models_are_unsupervised_multitask_learners.pdf"
    )
    assert (c.kind, c.container, c.publisher) == (CitationKind.REPORT, None, "OPENAI")
    # the same with a text fragment after the PDF's address, as Heritage prints one (corpus: heritage-2023-export-
    # import, note 27: `…Risk-20120928-1.pdf#:~:text=Date%3A…`)
    c = fields(
        "Alec Radford, Jeffrey Wu, Rewon Child, David Luan, Dario Amodei & Ilya Sutskever, Language Models are "
        "Unsupervised Multitask Learners, OPENAI (Feb. 14, 2019) https://d4mucfpksywv.cloudfront.net/better-language-"
        "models/language_models_are_unsupervised_multitask_learners.pdf#:~:text=Date%3A%20February"
    )
    assert (c.kind, c.publisher) == (CitationKind.REPORT, "OPENAI")
    # Villanova L. Rev. (corpus: vill-2021-data-breach-standing, note 7): a periodical's PDF is still its story
    c = fields(
        "Jon R. Knight, The New Normal: Easier Data Breach Standing Is Here to Stay, CYBERSECURITY L. REP. 1 (Feb. 6, "
        "2019), https://www.bsfllp.com/images/content/3/4/v4/3403/2019-02-06-The-New-Normal-Easier-Data-Breach-"
        "Standing-Is-Here-to.pdf"
    )
    assert (c.kind, c.container) == (CitationKind.NEWS, "CYBERSECURITY L. REP.")


def test_what_a_body_posts_to_its_blog_is_a_story_on_its_site() -> None:
    # NC Banking Institute (corpus: ncbi-2021-brick-and-mortar-bank, note 7)
    c = fields(
        "See Adam Triggs & Homi Kharas, The Triple Economic Shock of COVID-19 and Priorities for an Emergency G-20 "
        "Leaders Meeting, BROOKINGS INST. (Mar. 17, 2020), https://www.brookings.edu/blog/future-development/2020/03/"
        "17/the-triple-economic-shockof-covid-19-and-priorities-for-an-emergency-g-20-leaders-meeting/"
    )
    assert (c.kind, c.container, c.publisher) == (CitationKind.NEWS, "BROOKINGS INST.", None)


def test_a_body_in_plain_type_before_a_title_in_small_capitals_wrote_it() -> None:
    # IP Brief (corpus: ipbrief-2018-blockchain-currencies, note 19): Bluebook 15.1's institutional author, not a
    # title and the site it is on
    c = fields(
        "But see FBI Directorate of Intelligence, BITCOIN VIRTUAL CURRENCY: UNIQUE FEATURES PRESENT DISTINCT "
        "CHALLENGES FOR DETERRING ILLICIT ACTIVITY 1 (2012) [hereinafter FBI Directorate of Intelligence] (indicating "
        "that an FBI investigation found “with low confidence” that Bitcoin will be used increasingly to launder "
        "money)."
    )
    assert (c.kind, c.authors, c.publisher, c.pages) == (
        CitationKind.REPORT, ("FBI Directorate of Intelligence",), None, "1",
    )  # fmt: skip
    assert c.title == (
        "BITCOIN VIRTUAL CURRENCY: UNIQUE FEATURES PRESENT DISTINCT CHALLENGES FOR DETERRING ILLICIT ACTIVITY"
    )


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        # IP Brief (corpus: ipbrief-2018-blockchain-currencies, note 68): an agency's adjudication by its docket
        ("In the Matter of Coinflip, Inc., CFTC No. 15-29 (Sept. 17, 2015).", "In the Matter of Coinflip, Inc."),
        # Washington University L. Rev. (corpus: washu-2020-payday-n176, note 184): a patent by its number
        ("U.S. Patent No. 452,894 (issued May 26, 1891).", "U.S. Patent No. 452,894"),
    ],
)
def test_a_number_after_no_is_no_page(raw: str, title: str) -> None:
    c = fields(raw)
    assert (c.kind, c.title, c.pages) == (CitationKind.OFFICIAL, title, None)


@pytest.mark.parametrize(
    ("raw", "title", "pages"),
    [
        # IP Brief (corpus: ipbrief-2018-blockchain-currencies, notes 46 and 53): Bluebook 14.3, an agency's
        # adjudication by its parties' name, the order's long description no part of it
        ("In the Matter of Erik T. Voorhees, Order Instituting Cease-And-Desist Proceedings Pursuant to Section 8A of "
         "the Securities Act of 1933, Making Findings, and Imposing a Cease-And-Desist Order, Admin. Pro. File No. "
         "3-15902, Release No. 9592 (June 3, 2014) at https://www.sec.gov/litigation/admin/2014/33-9592.pdf..",
         "In the Matter of Erik T. Voorhees", None),
        ("In re BTC Trading, Corp. and Ethan Burnside, Order Instituting Administrative and Cease-And-Desist "
         "Proceedings Pursuant to Section 8A of the Securities Act of 1933, Making Findings, and Imposing a "
         "Cease-And-Desist Order, Admin. Pro. File No. 3-16307, Release No. 9685, at 3 (Dec. 8, 2014).",
         "In re BTC Trading, Corp. and Ethan Burnside", "3"),
    ],
)
def test_an_agencys_order_in_a_matter_is_named_by_the_matter(raw: str, title: str, pages: str | None) -> None:
    c = fields(raw)
    assert (c.kind, c.title, c.pages) == (CitationKind.OFFICIAL, title, pages)


def test_a_page_under_a_press_office_address_is_an_official_release() -> None:
    # Year in Review: anti-money laundering (corpus: yir-2016-anti-money-laundering, note 26)
    c = fields(
        'See U.S. DEPT OF JUSTICE, Ross ULBRICHT, A/K/A "DREAD PIRATE ROBERTS," SENTENCED IN MANHATTAN FEDERAL COURT '
        "To LIFE IN PRISON (May 29, 2015), http://www.justice.gov/usao-sdny/pr/ross-ulbricht-aka-dread-pirate-roberts-"
        "sentenced-manhattan-federal-court-life-prison."
    )
    assert c.kind is CitationKind.OFFICIAL
    # the guard: a speech filed under the newsroom is still a talk (CRS, DeFi, corpus: crs-2026-defi-n31, note 58)
    c = fields(
        'Paul S. Atkins, "American Leadership in the Digital Finance Revolution," SEC, June 9, 2025, '
        "https://www.sec.gov/newsroom/speeches-statements/atkins-digital-finance-revolution-073125."
    )
    assert c.kind is CitationKind.REMARKS


@pytest.mark.parametrize(
    "raw",
    [
        # Alabama L. Rev. (corpus: alabama-2019-defamation-n151, note 172): by its Westlaw number
        "Complaint at 14, Unsworth v. Musk, No. 2:18-cv-8048, 2018 WL 4403350 (C.D. Cal. Sept. 17, 2018).",
        # the same by its docket alone
        "Complaint at 14, Unsworth v. Musk, No. 2:18-cv-8048 (C.D. Cal. Sept. 17, 2018).",
    ],
)
def test_a_document_filed_in_a_case_has_the_case_as_its_container(raw: str) -> None:
    c = fields(raw)
    assert (c.kind, c.title, c.container, c.pages, c.date_iso) == (
        CitationKind.OFFICIAL, "Complaint", "Unsworth v. Musk", "14", "2018-09-17",
    )  # fmt: skip


def test_a_commissioners_statement_in_an_agency_matter_has_the_matter_as_its_container() -> None:
    # Michigan L. Rev. (corpus: mich-2020-cyber-mobs-n51, note 74)
    c = fields(
        "Dissenting Statement of Commissioner Rohit Chopra, In re Facebook, Inc., Commission File No. 1823109, at 8 "
        "(July 24, 2019), https://www.ftc.gov/system/files/documents/public_statements/1536911/chopra_dissenting_"
        "statement_on_facebook_7-24-19.pdf"
    )
    assert (c.kind, c.title, c.container, c.pages) == (
        CitationKind.OFFICIAL, "Dissenting Statement of Commissioner Rohit Chopra", "In re Facebook, Inc.", "8",
    )  # fmt: skip


def test_an_article_in_a_law_review_named_in_plain_type_without_its_pages() -> None:
    # Citron & Franks, U. Chi. Legal F. 2020, the BU working-paper copy (corpus: uclf-2020-speech-machine, notes 56
    # and 78)
    c = fields("See Mary Anne Franks, Revenge Porn Reform: A View from the Front Lines, Fla. L. Rev. (2017).")
    assert (c.kind, c.title, c.container) == (
        CitationKind.JOURNAL, "Revenge Porn Reform: A View from the Front Lines", "Fla. L. Rev.",
    )  # fmt: skip
    c = fields("Eric Goldman, Why Section 230 Is Better than the First Amendment, 95 Notre Dame L. Rev. Reflections "
               "(2019).")  # fmt: skip
    assert (c.kind, c.container) == (CitationKind.JOURNAL, "Notre Dame L. Rev. Reflections")
