"""What published notes do that the seed does not (issue 9), one phenomenon per test.

Law-review examples are quoted from tests/parse/corpus (sources in its SOURCES.md); the
Chicago, APA and report forms are the forms the issue lists, each seen in published notes.
"""

from __future__ import annotations

import pytest

from checker.models import Citation, CitationKind
from checker.parse import parse_text
from checker.parse.fields import parse_citation


def notes(text: str) -> dict[int, tuple[Citation, ...]]:
    return {n.number: n.citations for n in parse_text(text).notes}


def one(note: str) -> Citation:
    (c,) = notes("1. " + note)[1]
    return c


# ------------------------------------------------------------------ access dates and URLs


@pytest.mark.parametrize(
    ("note", "accessed"),
    [
        ("“Title,” Site, May 1, 2019, https://example.org/a Accessed February 26, 2021.", "2021-02-26"),
        ("“Title,” Site, May 1, 2019, https://example.org/a, accessed 3 March 2020.", "2020-03-03"),
        ("“Title,” Site, https://example.org/a (accessed March 3, 2020).", "2020-03-03"),
        ("Statement on AI Risk, CTR. FOR AI SAFETY, https://example.org/a (last visited Oct. 8, 2019).", "2019-10-08"),
        ("Doe, J. (2019). Title. Site. Retrieved 20 Jul 2025, from https://example.org/a", "2025-07-20"),
        ("Doe, Title, RAND, 2025. As of May 14, 2026: https://example.org/a", "2026-05-14"),
        ("Jane Doe, “Title,” The Diplomat, May 1, 2015, https://example.org/a. Accessed June 2, 2016.", "2016-06-02"),
        ("“Title.” Hover Blog. December 24, 2020. Accessed February 26, 2021. https://example.org/a", "2021-02-26"),
        # numeric, when one part cannot be a month (Programming Historian computer-vision lesson, dev)
        ("Crawford, K., Paglen, T., 2019. Excavating AI. https://example.org/a (accessed 2.17.20).", "2020-02-17"),
        ("“Title,” Site, https://example.org/a (accessed 17.2.2020).", "2020-02-17"),
    ],
)
def test_access_dates_in_every_form(note: str, accessed: str) -> None:
    c = one(note)
    assert (c.url, c.accessed) == ("https://example.org/a", accessed)


# ------------------------------------------------------------------ dates and journal issues


@pytest.mark.parametrize(
    ("note", "date_iso"),
    [
        ("Jane Doe, “A Title,” The Site, 1 October 2018.", "2018-10-01"),
        ("Jane Doe, “A Title,” Foreign Affairs 98, no. 2 (Spring 2019): 5-9.", "2019"),
        ("Jane Doe, “A Title,” Foreign Affairs 50, no. 1 (October 1971): 7.", "1971-10"),
        ("Noam Scheiber, Stiffing Workers, N.Y. TIMES (Sept. 3, 2020), https://example.org/a.", "2020-09-03"),
    ],
)
def test_dates_as_notes_print_them(note: str, date_iso: str) -> None:
    assert one(note).date_iso == date_iso


def test_no_date_is_no_date() -> None:
    c = one("Jane Doe, “A Title,” The Site, n.d., https://example.org/a.")
    assert c.date_iso is None and c.url == "https://example.org/a"


@pytest.mark.parametrize(
    ("note", "volume", "issue", "pages"),
    [
        ("Jane Doe, “A Title,” Political Science Quarterly 86 (4)(October 1971): 728-752.", "86", "4", "728-752"),
        ("Jane Doe, “A Title,” Parameters, vol. 12, no. 3 (2019): 45-60.", "12", "3", "45-60"),
        ("Jane Doe, “A Title,” Military Review no. 4 (2019): 33.", None, "4", "33"),
        # Programming Historian (stylometry lesson, dev): comma and `pp.` before the pages
        ("Jane Doe, “A Title,” Computers and the Humanities, vol. 30, no. 3 (1996), pp. 257–65.", "30", "3", "257-65"),
        ("Jane Doe, “A Title,” Digital Scholarship in the Humanities, vol. 32, no. suppl_2 (2017), pp. ii4-ii16.",
         "32", "suppl_2", "ii4-ii16"),
    ],
)
def test_journal_issue_forms(note: str, volume: str | None, issue: str, pages: str) -> None:
    c = one(note)
    assert (c.kind, c.volume, c.issue, c.pages) == (CitationKind.JOURNAL, volume, issue, pages)
    assert c.container is not None and c.title == "A Title"


def test_a_law_review_article() -> None:
    c = one("Rebecca L. Sandefur, What We Know and Need to Know about the Legal Needs of the Public, "
            "67 S. C. L. REV. 443, 446 (2016).")  # fmt: skip
    assert (c.kind, c.authors, c.container, c.pages, c.date) == (
        CitationKind.JOURNAL, ("Rebecca L. Sandefur",), "S. C. L. REV.", "443, 446", "2016",
    )  # fmt: skip


@pytest.mark.parametrize(
    "note, title",
    [
        # Borgolini, Villanova Law Review 2021, notes 13 and 25 (dev); Citron, Michigan Law Review 2020, note 25
        ("Patrick J. Lorio, Note, Access Denied: Data Breach Litigation, 51 COLUM. J.L. & SOC. PROBS. 79, 103 (2017).",
         "Access Denied: Data Breach Litigation"),
        ("Clara Kim, Note, Granting Standing in Data Breach Cases, 2016 COLUM. BUS. L. REV. 544, 575- 76, 581.",
         "Granting Standing in Data Breach Cases"),
        ("Danielle Keats Citron, Essay, Law’s Expressive Value, 108 MICH. L. REV. 373, 374–75 (2009).",
         "Law’s Expressive Value"),
    ],
)
def test_a_law_review_designation_is_not_part_of_the_title(note: str, title: str) -> None:
    # Bluebook 16.7.1: `Note`, `Comment`, `Essay` between author and title say what the piece is
    c = one(note)
    assert (c.kind, c.title) == (CitationKind.JOURNAL, title)


@pytest.mark.parametrize(
    "note, title",
    [
        # Ribot, U. Chi. Legal Forum 2019 note 8, Payday note 21 (dev)
        ("U.S. CONST. amend. I.", "U.S. CONST. amend. I"),
        ("U.S. CONST. art. II § 1(7) (“The President shall … receive …”).", "U.S. CONST. art. II § 1(7)"),
        ("CAL. CONST. art. I, § 1.", "CAL. CONST. art. I, § 1"),
    ],
)
def test_a_constitution_is_cited_whole_in_bluebooks_form(note: str, title: str) -> None:
    c = one(note)
    assert (c.kind, c.title) == (CitationKind.OFFICIAL, title)


def test_a_dated_headline_before_a_papers_name_is_the_title_not_an_author() -> None:
    # Ribot, U. Chi. Legal Forum 2019 note 29 (dev)
    c = one("Sexting Exposes Louisa Teens, THE CENT. VIRGINIAN (April 2, 2014), http://www.thecentralvirginian.com/x/.")
    assert (c.kind, c.authors, c.title, c.container) == (
        CitationKind.NEWS, (), "Sexting Exposes Louisa Teens", "THE CENT. VIRGINIAN",
    )  # fmt: skip


def test_compare_with_joins_two_citations_and_a_nested_parenthetical_is_no_sentence_of_comment() -> None:
    # Harding, Villanova Law Review 2021 notes 19, 20 and 27 (dev)
    refs = parse_text(
        "1. Compare Kowalski v. Berkeley Cty. Sch., 652 F.3d 565, 577 (4th Cir. 2011) (finding school could suspend "
        "student), with Layshock ex rel. Layshock v. Hermitage Sch. Dist., 650 F.3d 205, 216 (3d Cir. 2011).\n"
        "2. 393 U.S. 503 (1969). For a discussion of Tinker and Supreme Court precedent, see Section II.A.\n"
        "3. See Morse v. Frederick, 551 U.S. 393, 403 (2007) (finding “special characteristic of the school "
        "environment” enables schools to regulate student speech (quoting Tinker, 393 U.S. at 506)).\n"
    )
    one_, two, three = (n.citations for n in refs.notes)
    assert [(c.title, c.pages) for c in one_] == [
        ("Kowalski v. Berkeley Cty. Sch.", "565, 577"),
        ("Layshock ex rel. Layshock v. Hermitage Sch. Dist.", "205, 216"),
    ]
    assert [(c.container, c.pages) for c in two] == [("U.S.", "503")]  # the article's own section is no source
    assert [(c.title, c.pages) for c in three] == [("Morse v. Frederick", "393, 403")]


def test_a_news_agency_is_the_author_and_a_speech_is_remarks_by_the_speaker() -> None:
    # Miller, Journal of Intellectual Property Law 2021 notes 1 and 6 (dev)
    wire = one("Reuters, Dispute over Coca-Cola’s Secret Formula, N.Y. TIMES (May 3, 1993), https://www.nytimes.com/x.html.")
    assert (wire.kind, wire.authors, wire.title, wire.container) == (
        CitationKind.NEWS, ("Reuters",), "Dispute over Coca-Cola’s Secret Formula", "N.Y. TIMES",
    )  # fmt: skip
    talk = one("Eric H. Holder, Jr., U.S. Att’y Gen., U.S. Dep’t of Just., Address at the Administration Trade Secret "
               "Strategy Rollout (Feb. 20, 2013), https://www.justice.gov/opa/speech/x.")  # fmt: skip
    assert (talk.kind, talk.authors, talk.title, talk.date) == (
        CitationKind.REMARKS, ("Eric H. Holder, Jr.",), "Address at the Administration Trade Secret Strategy Rollout",
        "Feb. 20, 2013",
    )  # fmt: skip


# ------------------------------------------------------------------ APA-like and publishers


def test_apa_like_site_and_date() -> None:
    c = one("Policy Exchange (January 15, 2020). The Extremism Report. https://example.org/r")
    assert c.date_iso == "2020-01-15" and c.url == "https://example.org/r"
    assert c.container is None or "2020" not in c.container  # the date is a date, not part of the container


def test_publishers_go_to_publisher_journals_to_container() -> None:
    book = one("Gilbert Rozman, The Sino-Russian Challenge to the World Order (Stanford: Stanford University "
               "Press, 2014), 228-230.")  # fmt: skip
    assert (book.publisher, book.container, book.kind) == ("Stanford University Press", None, CitationKind.BOOK)
    report = one("Jane Doe, Extremism (London: Policy Exchange, 2017): 5-7.")
    assert report.publisher == "Policy Exchange" and report.container is None
    news = one("Jane Doe, “A Title,” The Diplomat, May 1, 2015.")
    assert news.container == "The Diplomat" and news.publisher is None


# ------------------------------------------------------------------ back-references


def test_ibid_idem_and_id_with_pages() -> None:
    found = notes("1. Jane Doe, A Book (London: Example Press, 2010), 44.\n2. Ibid., 12.\n3. Idem.\n4. Id. at 7.\n")
    assert [(c.ibid, c.refers_to, c.pages) for n in (2, 3, 4) for c in found[n]] == [
        (True, 1, "12"), (True, 1, "12"), (True, 1, "7"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "back",
    ["Doe, supra note 1, at 12.", "See note 1 above.", "Doe, op. cit., p. 12.", "Doe, 12.", "See Doe, supra note 1."],
)
def test_short_forms_by_note_number_or_author(back: str) -> None:
    found = notes(f"1. Jane Doe, A Book (London: Example Press, 2010), 44.\n2. Other Person, “Else,” Site, 2011.\n"
                  f"3. {back}\n")  # fmt: skip
    (c,) = found[3]
    assert (c.refers_to, c.title, c.unresolved) == (1, "A Book", False)


def test_short_forms_by_two_authors_and_et_al() -> None:
    found = notes(
        "1. Jane Doe and John Roe, A Book (London: Example Press, 2010).\n"
        "2. Ann Poe et al., “Paper,” Journal 3, no. 1 (2012): 1-9.\n"
        "3. Doe & Roe, 7.\n4. Poe et al., 12.\n"
    )
    assert [(c.refers_to, c.pages) for n in (3, 4) for c in found[n]] == [(1, "7"), (2, "12")]


def test_a_short_form_by_full_name_and_et_al() -> None:
    # Programming Historian (GPT-2 lesson, dev): `Jeffrey Wu et al., 7.` after the full citation
    found = notes(
        "1. Jeffrey Wu et al., “Language Models Are Unsupervised Multitask Learners,” OpenAI, (February 2019): 7.\n"
        "2. Ann Poe, “Paper,” Journal 3, no. 1 (2012): 1-9.\n3. Jeffrey Wu et al., 7.\n"
    )
    (c,) = found[3]
    assert (c.refers_to, c.pages, c.short_form, c.authors) == (1, "7", True, ("Jeffrey Wu",))


@pytest.mark.parametrize(
    ("note", "authors"),
    [
        # a bibliography's inverted first author (GPT-2 lesson, dev)
        ("Biderman, Stella, Kieran Bicheno, and Leo Gao, “Datasheet for the Pile.” arXiv preprint (2022)",
         ("Biderman, Stella", "Kieran Bicheno", "Leo Gao")),
        # Oxford-like `Surname, Initials`
        ("Flowerdew, R. and Aitkin, M., “A method,” Journal of Regional Science 22 (1982): 191–202.",
         ("Flowerdew, R.", "Aitkin, M.")),
        # several authors before an unquoted (italic in print) title (GPT-2 lesson, dev)
        ("Alexandra Borchardt, Felix M. Simon, and Diego Bironzo, Interested but not Engaged (Oxford: Reuters "
         "Institute for the Study of Journalism, 2018), 23.",
         ("Alexandra Borchardt", "Felix M. Simon", "Diego Bironzo")),
    ],
)
def test_names_inverted_or_listed_before_the_title(note: str, authors: tuple[str, ...]) -> None:
    assert one(note).authors == authors


def test_a_year_ending_a_citation_is_its_date_not_its_page() -> None:
    c = one("Sean G. Weidman, “The Limits of Distinctive Words,” Digital Scholarship in the Humanities, 2017, "
            "https://doi.org/10.1093/llc/fqx017.")  # fmt: skip
    assert (c.date, c.pages) == ("2017", None)
    assert one("Jane Doe, “A Title,” Some Journal, pp. 1999-2004.").pages == "1999-2004"


def test_supra_picks_the_named_source_of_a_note_with_several() -> None:
    found = notes(
        "1. Yannis Bakos et al., Does Anyone Read the Fine Print?, 43 J. LEGAL STUD. 1, 2 (2014); Clayton P. "
        "Gillette, Rolling Contracts as an Agency Problem, 2004 WIS. L. REV. 679, 680 (2004).\n"
        "2. Gillette, supra note 1, at 690.\n"
    )
    (c,) = found[2]
    assert (c.refers_to, c.title, c.pages, c.short_form) == (1, "Rolling Contracts as an Agency Problem", "690", True)


def test_id_inside_a_note_means_the_source_just_cited() -> None:
    found = notes(
        "1. Jane Doe, “A Title,” The Site, May 1, 2015.\n"
        "2. John Roe, Law, 12 YALE L.J. 5 (2020). Importantly, the design is new. Id.\n"
    )
    assert [(c.title, c.ibid, c.refers_to) for c in found[2]] == [("Law", False, None), ("Law", True, 2)]


def test_a_short_form_by_title_for_documents() -> None:
    found = notes("1. Federal Law No. 1-FKZ, On the Government (Moscow: Kremlin, 1997).\n"
                  "2. Federal Law No. 1-FKZ, article 12.\n")  # fmt: skip
    (c,) = found[2]
    assert c.refers_to == 1 and not c.unresolved


# ------------------------------------------------------------------ commentary and lead-ins


@pytest.mark.parametrize(
    "note",
    [
        "See infra Part II.",
        "See infra notes 176–77 and accompanying text.",
        "I discuss legal consciousness as a barrier to justice. See discussion infra Section I.C.",
        "The IRS audits only 0.8 percent of all individual filings. See infra note 112.",
    ],
)
def test_commentary_has_no_citation(note: str) -> None:
    assert notes("1. " + note)[1] == ()


@pytest.mark.parametrize("lead", ["See ", "See also ", "Cf. ", "For example, ", "See See ", "See, e.g., ", "But see "])
def test_lead_ins_are_not_part_of_the_citation(lead: str) -> None:
    c = one(f"{lead}Orin S. Kerr, An Equilibrium-Adjustment Theory of the Fourth Amendment, 125 HARV. L. REV. 476 "
            "(2011).")  # fmt: skip
    assert c.authors == ("Orin S. Kerr",) and c.title == "An Equilibrium-Adjustment Theory of the Fourth Amendment"


def test_a_sentence_of_comment_then_a_citation() -> None:
    c = one("Most litigants rely on the Internet and other digital tools to amass information. See, e.g., "
            "Margaret Hagan, Data on People’s Reliance on the Internet for Legal Problems, A BETTER LEGAL "
            "INTERNET (Nov. 2, 2022), http://example.org/data.")  # fmt: skip
    assert (c.authors, c.container, c.date_iso) == (("Margaret Hagan",), "A BETTER LEGAL INTERNET", "2022-11-02")


def test_a_url_after_a_colon_stays_with_its_citation() -> None:
    c = parse_citation("Jane Doe, Extremism (London: Policy Exchange, 2017): 5-7: https://example.org/x.pdf.").citation
    assert c.url == "https://example.org/x.pdf" and c.publisher == "Policy Exchange"


def test_supra_without_a_note_number_finds_the_author_or_short_title() -> None:
    # Vanderbilt L. Rev. 2018 note 42: `… [hereinafter DEBT WEIGHT] …. DEBT WEIGHT, supra, at 1`
    found = notes(
        "1. URBAN JUSTICE CTR., DEBT WEIGHT: THE CONSUMER CREDIT CRISIS IN NEW YORK CITY 8 (2007) "
        "[hereinafter DEBT WEIGHT]; Jane Doe, Law, 12 YALE L.J. 5 (2020).\n"
        "2. DEBT WEIGHT, supra, at 1; Doe, supra, at 9.\n"
    )
    assert [(c.refers_to, c.pages, c.short_form) for c in found[2]] == [(1, "1", True), (1, "9", True)]
    assert [c.title for c in found[2]] == [
        "DEBT WEIGHT: THE CONSUMER CREDIT CRISIS IN NEW YORK CITY", "Law",
    ]  # fmt: skip


def test_a_drafts_supra_note_left_without_its_number_or_page() -> None:
    # Citron & Franks's draft of 2020 (uclf-2020-speech-machine, dev): `Citron & Wittes, supra note, at 404-06.`,
    # `…, supra note, at.`, `…, supra __ at __.`: the editors were to fill in the numbers
    found = notes(
        "1. Danielle Keats Citron & Benjamin Wittes, The Internet Will Not Break, 86 FORDHAM L. REV. 401 (2017).\n"
        "2. Citron & Wittes, supra note, at 404-06; Citron & Wittes, supra note, at.\n"
        "3. Citron & Wittes, The Internet Will Not Break, supra __ at __.\n"
    )
    assert [(c.refers_to, c.pages) for c in found[2] + found[3]] == [(1, "404-06"), (1, None), (1, None)]


def test_words_quoted_in_a_comment_are_not_the_title_of_the_source_the_signal_names() -> None:
    # Genocide Studies and Prevention 2020, note 13 (gsp-2020-holocaust-denial, dev)
    c = one("Michael Barkun defines conspiracy as “the belief that an organization … malevolent end,” see Michael "
            "Barkun, A Culture of Conspiracy: Apocalyptic Visions in Contemporary America, 2nd ed. (Berkeley: "
            "University of California Press, 2013), 3.")  # fmt: skip
    assert (c.authors, c.title, c.publisher, c.pages) == (
        ("Michael Barkun",), "A Culture of Conspiracy: Apocalyptic Visions in Contemporary America",
        "University of California Press", "3",
    )  # fmt: skip


def test_an_executive_order_by_its_register_cite_and_again_by_its_number() -> None:
    # Cyberspace Solarium Commission, 2021 implementation report, notes 15 and 22 (csc-2021-solarium-implementation)
    found = notes(
        "1. Exec. Order No. 14017, “America’s Supply Chains,” 86 Fed. Reg. 11849 (2021), "
        "https://www.federalregister.gov/documents/2021/03/01/2021-04280/americas-supply-chains.\n"
        "2. Exec. Order No. 14017.\n"
    )
    full, again = found[1][0], found[2][0]
    assert (full.kind.value, full.title, full.container, full.volume, full.pages, full.date) == (
        "official", "America’s Supply Chains", "Fed. Reg.", "86", "11849", "2021",
    )  # fmt: skip
    assert (again.refers_to, again.url) == (1, full.url)


def test_supra_slips_a_student_note_makes() -> None:
    # Duke L. & Tech. Rev. Note (dltr-2021-cyber-tria, dev): notes 20 (`supra 5`, the word `note` left out) and
    # 125 (the author's name misspelt, the article printed in full in notes 45 and 52: the number says which)
    found = notes(
        "1. Howard Kunreuther & Mark Pauly, Terrorism Losses and All Perils Insurance, 23 J. INS. REG. 3, 5 (2005).\n"
        "2. Andy Greenberg, The Untold Story of NotPetya, WIRED (Aug. 22, 2018), https://www.wired.com/story/x/.\n"
        "3. Andy Greenberg, The Untold Story of NotPetya, WIRED (Aug. 22, 2018), https://www.wired.com/story/x/.\n"
        "4. See also, Kunreuther & Pauly, supra 1, at 4 (estimating losses).\n"
        "5. See Greenburg, supra note 2 (detailing the creation of NotPetya).\n"
    )
    assert [(c.refers_to, c.pages) for c in found[4] + found[5]] == [(1, "4"), (2, None)]


def test_a_title_whose_opening_quotation_mark_was_lost() -> None:
    # Jack Voltaic 3.0 (Army Cyber Institute 2021), note 27 (aci-2021-jack-voltaic, dev)
    c = one("City and Town Population Totals: 2010–2019,” United States Census Bureau (website), last updated May 7, "
            "2020, https://www.census.gov/data/tables/time-series/demo/popest/2010s-total-cities-and-towns.html.")
    assert (c.title, c.container) == ("City and Town Population Totals: 2010–2019", "United States Census Bureau")


def test_a_case_by_its_parallel_reports_and_again_by_both_pages() -> None:
    # Seton Hall L. Rev. case note on State v. Molinaro, notes 8, 10 and 12 (shlr-1972-nj-wiretapping, dev): the
    # case the sentence names cited by its two reports, then by the page in each, and `Id.` so too
    found = notes(
        "1. 117 N.J. Super. 276, 284 A.2d 385 (Essex County Ct. 1971).\n"
        "2. 117 N.J. Super. at 279-80, 284 A.2d at 387.\n"
        "3. Id. at 281, 284 A.2d at 388 (emphasis added).\n"
    )
    full = found[1][0]
    assert (full.kind.value, full.container, full.volume, full.pages, full.date) == (
        "official", "N.J. Super", "117", "276", "1971",
    )  # fmt: skip
    assert [(c.refers_to, c.pages) for c in found[2] + found[3]] == [(1, "279-80"), (1, "281")]


def test_a_sentence_about_people_it_names_then_see_the_source() -> None:
    # Fierst, Tanner's Narrative, Scholarly Editing 33, note 40 (scholed-2012-tanner-narrative, dev): most of the
    # sentence's words are names, yet its verb makes it comment; the editor named after the title without a comma
    (c,) = notes("1. Like Henry, Daniel Harmon was a trader for the Northwest Company. See Sixteen Years In The Indian "
                 "Country: The Journal of Daniel Williams Harmon 1800-1816 edited by William Kay Lamb (Toronto: "
                 "Macmillan of Canada, 1957).")[1]  # fmt: skip
    assert (c.title, c.publisher, c.authors) == (
        "Sixteen Years In The Indian Country: The Journal of Daniel Williams Harmon 1800-1816", "Macmillan of Canada",
        (),
    )  # fmt: skip


def test_a_letter_quoted_in_a_book_cites_the_book() -> None:
    # Ohge, the Cranch journal edition's introduction, Scholarly Editing 35, notes 5 and 20 (dev)
    found = notes(
        "1. From an April 11, 1842, letter to Miss Julia Myers. Quoted in Lenora Cranch Scott, The Life and Letters "
        "of Christopher Pearse Cranch (Boston: Houghton Mifflin, 1917), 66.\n"
        "2. Letter to Edward P. Cranch, January 1, 1839, quoted in Scott, Life and Letters, 41.\n"
    )
    (book,), (again,) = found[1], found[2]
    assert (book.authors, book.title, book.pages) == (
        ("Lenora Cranch Scott",), "The Life and Letters of Christopher Pearse Cranch", "66",
    )  # fmt: skip
    assert (again.refers_to, again.pages) == (1, "41")


def test_an_issues_day_after_the_periodicals_name_without_a_comma() -> None:
    # Kraicer and Piper, Social Characters, Cultural Analytics 2019, notes 2 and 5 (ca-2019-social-characters, dev)
    c = one('Andrew Piper and Richard Jean So, "Women Write About Family, Men Write About War," The New Republic '
            "April 8, 2016.")  # fmt: skip
    assert (c.container, c.date) == ("The New Republic", "April 8, 2016")
    # (a year alone may be the name's: a conference's proceedings)
    c = one('Guoray Cai, "GeoVSM: An Integrated Retrieval Model for Geographic Information," in GIScience 2002, ed. '
            "Max J. Egenhofer and David M. Mark (Springer 2002), 65-79.")  # fmt: skip
    assert c.container == "GIScience 2002"


def test_a_passive_cited_in_inside_the_lead_in_is_no_signal() -> None:
    # McCarl, the Avisos edition's introduction, Scholarly Editing 35, note 3 (scholed-2014-avisos-intro, dev)
    c = one("For examples of how Seyxas is cited in this context, see José Vargas Ponce, Relación del último viage al "
            "estrecho de Magallanes (Madrid: Por la viuda de Ibarra, 1788), 270–71.")  # fmt: skip
    assert (c.authors, c.title) == (("José Vargas Ponce",), "Relación del último viage al estrecho de Magallanes")


def test_a_work_in_parentheses_after_the_words_a_sentence_quotes_from_it() -> None:
    # Mullins, the Hannah Whitman Heyde letters' introduction, Scholarly Editing 37, note 2 (dev): the writers the
    # sentence opens with are the authors
    c = one("Clarence Gohdes and Rollo G. Silver note that Hannah was “undoubtedly the favorite sister of the Whitman "
            "boys” (Faint Clews & Indirections: Manuscripts of Walt Whitman and His Family ([Durham, North Carolina: "
            "Duke University Press, 1949]), 209.")  # fmt: skip
    assert (c.authors, c.title, c.date, c.pages) == (
        ("Clarence Gohdes", "Rollo G. Silver"),
        "Faint Clews & Indirections: Manuscripts of Walt Whitman and His Family", "1949", "209",
    )  # fmt: skip
    # Calvert, Scholarly Editing 34, note 8 (scholed-2013-dickinson-democracy, dev): the imprint in brackets
    c = one('The other is an account by Benjamin Rush of meeting with Barbeu-Dubourg, who exclaimed that "the Roman '
            'orator Cicero, was less eloquent than the Pennsylvania Farmer" (The Selected Writings of Benjamin Rush, '
            "ed. Dagobert D. Runes [New York: Philosophical Library, 1947], 393).")  # fmt: skip
    assert (c.title, c.publisher, c.date, c.pages) == (
        "The Selected Writings of Benjamin Rush", "Philosophical Library", "1947", "393",
    )  # fmt: skip


def test_a_numbered_series_after_a_books_title_holds_the_book() -> None:
    # Dunning, the De oratione dominica edition's introduction, Scholarly Editing 37, notes 2 and 20 (dev)
    c = one("Rudolf Goy, Die Überlieferung der Werke Hugos von St. Viktor: Ein Beitrag zur Kommunikationsgeschichte "
            "des Mittelalters, Monographien zur Geschichte des Mittelalters 14 (Stuttgart: Anton Hiersemann, "
            "1976).")  # fmt: skip
    assert (c.title, c.container) == (
        "Die Überlieferung der Werke Hugos von St. Viktor: Ein Beitrag zur Kommunikationsgeschichte des Mittelalters",
        "Monographien zur Geschichte des Mittelalters 14",
    )
    c = one("Mary Carruthers, The Book of Memory: A Study of Memory in Medieval Culture, 2nd ed., Cambridge Studies in "
            "Medieval Literature 10 (Cambridge: Cambridge University Press, 2008).")  # fmt: skip
    assert (c.title, c.container) == (
        "The Book of Memory: A Study of Memory in Medieval Culture", "Cambridge Studies in Medieval Literature 10"
    )
    # (a year or a date in the title is no series's number)
    c = one("David McKitterick, Old Books, New Technologies: The Representation, Conservation and Transformation of "
            "Books Since 1700 (Cambridge: Cambridge University Press, 2013), 4.")  # fmt: skip
    assert c.container is None


def test_a_writers_possessive_before_a_quoted_title_names_the_author() -> None:
    # Ohge, the Cranch journal edition's introduction, Scholarly Editing 35, note 11 (dev)
    c = one("The most effective critical work on the significance of the journal is Julie M. Norko’s \"Christopher "
            "Pearse Cranch’s Struggles with the Muses,\" Studies in the American Renaissance 1992, ed. Joel Myerson "
            "(Charlottesville: University Press of Virginia, 1992), 209–27.")  # fmt: skip
    assert (c.authors, c.title) == (("Julie M. Norko",), "Christopher Pearse Cranch’s Struggles with the Muses")
    # (not a rule an administration is said to have made: no container follows its name)
    found = notes("1. The Biden Administration has issued a proposed rule to replace the Trump Administration's "
                  "\"Preserving Community and Neighborhood Choice\" rule that had repealed rules.\n")  # fmt: skip
    assert all(c.authors != ("Trump Administration",) for c in found[1])


def test_a_short_title_of_two_words_joined_by_and_and_a_journals_new_series() -> None:
    # Nesvet, the Science and Art edition's introduction, Scholarly Editing 38, notes 5, 10 and 11 (dev)
    found = notes(
        "5. “Science and Art,” The Queen’s Magazine 1, no. 5 (August, 1820): 190–207.\n"
        "10. Science and Art, 190.\n"
        '11. Alfred Jones, "Malcolm Rymer," Notes and Queries n.s. 5 (1858): 215.\n'
    )
    (again,), (jones,) = found[10], found[11]
    assert (again.refers_to, again.title, again.authors, again.container, again.pages) == (
        5, "Science and Art", (), "The Queen’s Magazine", "190",
    )  # fmt: skip
    assert jones.container == "Notes and Queries"


@pytest.mark.parametrize("date", ["Spring 1856", "July 19 or 20, 1855", "December 15-19, 1868", "pre-May 1856"])
def test_a_letter_dated_as_its_editor_could(date: str) -> None:
    # Mullins, the Hannah Whitman Heyde letters' introduction, Scholarly Editing 37, notes 47, 53, 60 and 63 (dev)
    c = one(f"Hannah Whitman Heyde to Louisa Van Velsor Whitman, {date}, Library of Congress.")
    assert (c.authors, c.title, c.date) == (
        ("Hannah Whitman Heyde",), "Hannah Whitman Heyde to Louisa Van Velsor Whitman", date,
    )  # fmt: skip


def test_a_letter_whose_day_follows_its_addressee_without_a_comma() -> None:
    # Mullins, the Hannah Whitman Heyde letters' introduction, Scholarly Editing 37, note 45 (dev)
    c = one("Walt Whitman to Louisa Van Velsor Whitman April 28, 1863, Walt Whitman Archive.")
    assert (c.authors, c.title, c.date) == (
        ("Walt Whitman",), "Walt Whitman to Louisa Van Velsor Whitman", "April 28, 1863",
    )  # fmt: skip


def test_a_volume_with_its_own_title_in_a_set_of_papers() -> None:
    # Gordon, Editing Death, Scholarly Editing 36, notes 1 and 5 (scholed-2015-editing-death, dev)
    c = one("Ann D. Gordon et al., eds., Selected Papers of Elizabeth Cady Stanton and Susan B. Anthony, vol. 6, An "
            "Awful Hush, 1895 to 1906 (New Brunswick, NJ: Rutgers University Press, 2013).")  # fmt: skip
    assert (c.title, c.container, c.publisher) == (
        "An Awful Hush, 1895 to 1906", "Selected Papers of Elizabeth Cady Stanton and Susan B. Anthony",
        "Rutgers University Press",
    )  # fmt: skip
    c = one("J. Robert Constantine, ed., Letters of Eugene V. Debs, vol. 3, 1919–1926 (Urbana: University of Illinois "
            "Press, 1990), 581–82, 601.")  # fmt: skip
    assert (c.title, c.container, c.date) == ("1919–1926", "Letters of Eugene V. Debs", "1990")


def test_two_letters_joined_by_and_after_the_first_ones_year() -> None:
    # Homestead, Scholarly Editing 38, note 37 (scholed-2017-cather-obscure-destinies, dev)
    found = notes("1. Manley Aaron to Willa Cather, August 24 and 26, 1931, and Willa Cather to Alfred Knopf, August "
                  "30, [1931], DFCF.\n")  # fmt: skip
    assert [(c.title, c.date) for c in found[1]] == [
        ("Manley Aaron to Willa Cather", "August 24 and 26, 1931"),
        ("Willa Cather to Alfred Knopf", "August 30, [1931]"),
    ]


def test_a_cedilla_typed_for_a_comma_before_in() -> None:
    # Bagherzadeh, Unilateral Economic Sanctions, notes 50 and 78 (hastings-2021-unilateral-sanctions, dev)
    c = one("17.03 Statutory Bases For Sanctions Regulations¸ in INTERNATIONAL TRADE LAWS OF THE UNITED STATES (Mark "
            "K. Neville Jr. ed. 2020) (WL 5356752) [hereinafter Statutory Bases].")  # fmt: skip
    assert (c.kind.value, c.title, c.container) == (
        "book", "17.03 Statutory Bases For Sanctions Regulations", "INTERNATIONAL TRADE LAWS OF THE UNITED STATES"
    )


def test_a_headlines_own_semicolon_does_not_cut_the_citation() -> None:
    # Citron, A New Compact for Sexual Privacy, note 77 (wmlr-2020-sexual-privacy-compact, dev)
    c = one("Zak Doffman, Ashley Madison Hack Returns To ‘Haunt’ Its Victims; 32 Million Users Now Watch and Wait, "
            "MEDIUM (Feb. 1, 2020) (explaining that victims of Ashley Madison hack are receiving emails).")  # fmt: skip
    assert (c.title, c.container) == (
        "Ashley Madison Hack Returns To ‘Haunt’ Its Victims; 32 Million Users Now Watch and Wait", "MEDIUM"
    )


def test_a_supra_whose_note_holds_nothing_is_resolved_by_its_name() -> None:
    # IP Brief 2018 (ipbrief-2018-blockchain-currencies, dev): the copy's notes start at 2, so the author's
    # `Brito, supra note 1` names a note that holds nothing; the name still finds the work
    found = notes(
        "1. This Article owes thanks to many.\n"
        "2. JERRY BRITO & ANDREA CASTILLO, BITCOIN: A PRIMER FOR POLICYMAKERS 5 (2016).\n"
        "3. See Brito, supra note 1, at 8-9.\n"
    )
    assert [(c.refers_to, c.pages) for c in found[3]] == [(2, "8-9")]


def test_a_book_reviews_supra_note_1_is_the_book_its_first_note_prints_the_imprint_of() -> None:
    # Van de Mark, review of Lusthaus, Industry of Anonymity, notes 1, 16 and 17 (ohlj-2020-industry-of-anonymity,
    # dev): the review's note 1 holds the reviewed book's imprint alone, so `Lusthaus, supra note 1` is that book,
    # not the article by Lusthaus and Varese the name also finds
    found = notes(
        "1. (Harvard University Press, 2018).\n"
        "16. For a rare example, see Jonathan Lusthaus & Federico Varese, “Offline and Local: The Hidden Face of "
        "Cybercrime” Policing: J Pol’y & Prac, online: <https://doi.org/10.1093/police/pax042>.\n"
        "17. See e.g. Lusthaus, supra note 1 at 158-64.\n"
    )
    assert [(c.refers_to, c.publisher, c.pages) for c in found[17]] == [(1, "Harvard University Press", "158-64")]


def test_a_slipped_supra_number_finds_the_authors_work_cited_nearest_it() -> None:
    # Arbel & Gilbert, Truth Bounties, notes 43, 60 and 61 (ssrn-2022-truth-bounties-n46, dev): a draft's
    # `Leiter, supra note 30` when note 30 cites no Leiter, and notes 43 and 60 cite two of his works: the number
    # drifted when notes were added, so the work cited nearest it, not Leiter's latest
    found = notes(
        "30. Daniel Funke, Fact Check, USA TODAY (Mar. 30, 2022).\n"
        "43. Brian Leiter, The Epistemology of the Internet and the Regulation of Speech in America, 20 GEO. J.L. & "
        "PUB. POL'Y 903 (2022).\n"
        "60. Brian Leiter, Cleaning Cyber-Cesspools: Google and Free Speech, in THE OFFENSIVE INTERNET 155 (Saul "
        "Levmore & Martha C. Nussbaum eds., 2010).\n"
        "61. Leiter, supra note 30, at 25.\n"
        "62. Leiter, supra note 55, at 160.\n"
    )
    assert [(c.refers_to, c.pages) for c in found[61] + found[62]] == [(43, "25"), (60, "160")]


def test_a_treatys_article_before_the_treaty() -> None:
    # Journal of Digital Forensics, Security and Law 2022, notes 5 and 6 (jdfsl-2022-ihl-cyberwarfare, dev)
    found = notes("1. Article 63 para 4 of GC I; Article 62 para 4 of GC II.\n"
                  "2. Preamble of the 1907 Hague Convention (IV).\n")  # fmt: skip
    assert [(c.kind.value, c.title, c.pages, c.date) for c in found[1] + found[2]] == [
        ("official", "GC I", "Article 63 para 4", None),
        ("official", "GC II", "Article 62 para 4", None),
        ("official", "Hague Convention (IV)", "Preamble", "1907"),
    ]


def test_a_foreign_law_with_its_translations_in_brackets() -> None:
    # ABA Year in Review 2017, Russia/Eurasia, note 9 (yir-2017-russia-eurasia, dev): Bluebook 20.2's form
    c = one("Postanovienie Plenuma Verkhovnogo Suda Rossiiskoi Federatsii [Russian Federation Supreme Court Plenary "
            "Ruling on Economic Disputes], VERKH1OVNoGo SUDA RossIISKOI FiDERATsII [VF RKH. Sun RF], Oct. 3, 2016, "
            "No. 304-??16-11978, p. 2-3.")  # fmt: skip
    assert (c.kind.value, c.container, c.date, c.pages) == (
        "official", "VERKH1OVNoGo SUDA RossIISKOI FiDERATsII [VF RKH. Sun RF]", "Oct. 3, 2016", "2-3",
    )  # fmt: skip
    assert c.title and c.title.endswith("[Russian Federation Supreme Court Plenary Ruling on Economic Disputes]")


def test_biblatex_verbose_note() -> None:
    # Greyscail Blockchain Review 2020, note 3 (gbr-2020-blockchain-licensing, dev): LaTeX's biblatex note, its
    # language tag, ISSN and DOI fields, `In:` before the journal, `url:` and `(visited on MM/DD/YYYY)`
    c = one('Ledgerback Co-operative. "A Preliminary Review of Blockchain in the Music Industry". en. In: SSRN '
            "Electronic Journal (2018). issn: 1556-5068. doi: 10.2139/ssrn.3280838. url: "
            "https://www.ssrn.com/abstract=3280838 (visited on 12/17/2019).")  # fmt: skip
    assert (c.authors, c.title, c.container, c.date, c.url, c.accessed) == (
        ("Ledgerback Co-operative",), "A Preliminary Review of Blockchain in the Music Industry",
        "SSRN Electronic Journal", "2018", "https://www.ssrn.com/abstract=3280838", "2019-12-17",
    )  # fmt: skip



def test_biblatex_technical_report_and_its_short_form_by_surnames_with_a_particle() -> None:
    # Greyscail Blockchain Review 2020, notes 20-21 (gbr-2020-blockchain-licensing, dev): a @techreport, its number
    # ending no sentence, and `De León and Gupta, Title.` repeating it
    refs = parse_text(
        "1. Ignacio L. De León and Ravi Gupta. The Impact of Digital Innovation and Blockchain on the Music Industry. "
        "Tech. rep. IDB-DP5 49. Inter-American Development Bank (IDB), Nov. 2017. url: https://publications.iadb.org/"
        "x.pdf (visited on 12/17/2019).\n"
        "2. De León and Gupta, The Impact of Digital Innovation and Blockchain on the Music Industry.\n"
    )
    full, again = (n.citations for n in refs.notes)
    (c,) = full
    assert (c.kind.value, c.authors, c.title, c.publisher, c.date, c.accessed) == (
        "report", ("Ignacio L. De León", "Ravi Gupta"), "The Impact of Digital Innovation and Blockchain on the Music "
        "Industry", "Inter-American Development Bank (IDB)", "Nov. 2017", "2019-12-17",
    )  # fmt: skip
    assert [(r.refers_to, r.url) for r in again] == [(1, "https://publications.iadb.org/x.pdf")]

def test_a_bodys_report_by_its_unquoted_title_and_pages() -> None:
    # Heritage Mandate, Export-Import Bank chapter, note 4 (heritage-2023-export-import, dev)
    c = one("Export–Import Bank of the United States, Annual Report 2014, pp. 84 and 86, "
            "https://img.exim.gov/s3fs-public/reports/annual/EXIM-2014-AR.pdf (accessed March 21, 2023).")  # fmt: skip
    assert (c.kind.value, c.authors, c.title, c.date, c.pages) == (
        "report", ("Export–Import Bank of the United States",), "Annual Report 2014", None, "84 and 86",
    )  # fmt: skip


@pytest.mark.parametrize(("raw", "kind", "body", "title", "date", "pages"), [
    # Heritage Mandate, Export-Import Bank chapter, notes 27 and 30 (heritage-2023-export-import, dev; the italics
    # the Markdown copy marks with `_` are lost in plain text)
    ("Export–Import Bank of the United States, Office of Inspector General, Report on Portfolio Risk and Loss Reserve "
     "Allocation Policies, OIG-INS-12-02, September 28, 2012, https://img.exim.gov/s3fs-public/oig/Final-20Report-"
     "20Complete-20Portfolio-20Risk-20120928-1.pdf", "report",
     "Export–Import Bank of the United States, Office of Inspector General",
     "Report on Portfolio Risk and Loss Reserve Allocation Policies", "September 28, 2012", None),
    ("Export–Import Bank of the United States, Building a Better America: Export–Import Bank of the United States 2021 "
     "Annual Report, pp. 19, 44, and 47.", "report", "Export–Import Bank of the United States",
     "Building a Better America: Export–Import Bank of the United States 2021 Annual Report", None, "19, 44, and 47"),
    # CRS, Seafood Imports, note 58 (crs-2026-seafood-imports-n41, dev): a task force's report
    ("Task Force on Human Trafficking in Fishing in International Waters, Report to Congress, January 2021, pp. 1-51, "
     "https://www.state.gov/report-on-human-trafficking-in-fishing-in-international-waters/.", "report",
     "Task Force on Human Trafficking in Fishing in International Waters", "Report to Congress", "January 2021",
     "1-51"),
    # CRS, Seabed Mining, note 56 (crs-2026-seabed-mining-n41, dev): an instrument the body issued, a day in its title
    ("United Nations, Agreement Relating to the Implementation of Part XI of the United Nations Convention on the Law "
     "of the Sea of 10 December 1982, July 28, 1994, https://www.un.org/depts/los/convention_agreements/texts/"
     "agreement_part_xi/agreement_part_xi.htm", "official", "United Nations",
     "Agreement Relating to the Implementation of Part XI of the United Nations Convention on the Law of the Sea of 10 "
     "December 1982", "July 28, 1994", None),
])  # fmt: skip
def test_a_public_bodys_document_by_its_unquoted_title_then_its_number_day_and_pages(
    raw: str, kind: str, body: str, title: str, date: str | None, pages: str | None,
) -> None:
    c = one(raw)
    assert (c.kind.value, c.authors, c.title, c.date, c.pages) == (kind, (body,), title, date, pages)


def test_testimony_in_a_hearing_by_the_witness_and_the_hearings_title() -> None:
    # Heritage Mandate, Small Business Administration chapter, note 22 (heritage-2023-sba, dev)
    c = one("Testimony and prepared statement of Tad DeHaven, Budget Analyst, Cato Institute, in hearing, An "
            "Examination of SBA Programs: Eliminating Inefficiencies, Duplications, Fraud, and Abuse, Committee on "
            "Small Business and Entrepreneurship, U.S. Senate, 112th Congress, 1st Session, May 18, 2011.")  # fmt: skip
    assert (c.kind.value, c.authors, c.title, c.date) == (
        "official", ("Tad DeHaven",),
        "An Examination of SBA Programs: Eliminating Inefficiencies, Duplications, Fraud, and Abuse", "May 18, 2011",
    )  # fmt: skip


@pytest.mark.parametrize(("raw", "witness", "hearing", "pages"), [
    # CRS, Election Grants, notes 52, 59 and 40 (crs-2026-election-grants, dev)
    ("Testimony of the Honorable Gregorio Kilili Camacho Sablan, in U.S. Congress, Committee on House Administration, "
     "Subcommittee on Elections, Voting Rights and Election Administration in the U.S. Virgin Islands and Other "
     "Territories, 116th Cong., 2nd sess., July 28, 2020, p. 2.", "Gregorio Kilili Camacho Sablan",
     "Voting Rights and Election Administration in the U.S. Virgin Islands and Other Territories", "2"),
    ("See, for example, Testimony of Minnesota Secretary of State Steve Simon, in U.S. Congress, Senate Committee on "
     "Rules and Administration, Election Security Preparations: A State and Local Perspective, 115th Cong., 2nd "
     "sess., June 20, 2018, pp. 1, 3.", "Steve Simon", "Election Security Preparations: A State and Local Perspective",
     "1, 3"),
    ("Statement from the Honorable Tre Hargett, Tennessee Secretary of State, in U.S. Congress, Senate Committee on "
     "Rules and Administration, 2020 General Election Preparations, p. 2.", "Tre Hargett",
     "2020 General Election Preparations", "2"),
    # CRS, EDA Programs, notes 24 and 2 (crs-2026-eda-programs, dev): a subcommittee whose name is a list
    ("See Testimony of Mr. Ben Page, Deputy Assistant Secretary of Commerce for Economic Development, in U.S. "
     "Congress, House Committee on Transportation and Infrastructure (T&I), Subcommittee on Economic Development, "
     "Public Buildings, and Emergency Management, Smarter Spending, Stronger Results: Reducing Duplication and "
     "Ensuring Effectiveness Through Economic Development Reforms, 119th Cong., 2nd sess. January 22, 2026.",
     "Ben Page",
     "Smarter Spending, Stronger Results: Reducing Duplication and Ensuring Effectiveness Through Economic "
     "Development Reforms", None),
    ("Testimony by Mr. Dennis Alvord, Acting Assistant Secretary of Commerce for EDA, U.S. House of Representatives, "
     "Committee on Transportation and Infrastructure, Subcommittee on Economic Development, Public Buildings and "
     "Emergency Management, Investing in America: Reauthorization of the Economic Development Administration, 117th "
     "Cong., 1st sess., April 28, 2021.", "Dennis Alvord",
     "Investing in America: Reauthorization of the Economic Development Administration", None),
])  # fmt: skip
def test_testimony_before_congress_in_crs_form_by_the_witness_and_the_hearings_title(
    raw: str, witness: str, hearing: str, pages: str | None,
) -> None:
    c = one(raw)
    assert (c.kind.value, c.authors, c.title, c.pages) == ("official", (witness,), hearing, pages)


def test_thanks_and_funding_are_no_source_but_a_citation_after_them_is() -> None:
    # Journal of Women's History 2011, notes 1 and 5 (jowh-2011-women-history-abstracts); Journal of Social History
    # 2021, note 1 (jsh-2021-itinerating-europe), all dev
    found = notes(
        "1. This work has been supported by the Stanford Center for Spatial and Textual Analysis.\n"
        "2. Thanks to Kirsten Fischer, Vicki L. Ruiz, and anonymous JWH reviewers. Nancy Cott et al, \"Considering "
        "the State of U.S. Women's History,\" Journal of Women's History 15, no.1 (2003): 146.\n"
    )
    assert found[1] == ()
    assert [c.title for c in found[2]] == ["Considering the State of U.S. Women's History"]


def test_a_sentence_of_comment_that_ends_in_a_citation() -> None:
    # GWU L. Rev. note 21 (tests/parse/corpus): the citation is the end of a sentence of prose
    c = one("The development of assistants and their market implications were analyzed at depth in Rory Van Loo, "
            "Digital Market Perfection, 117 MICH. L. REV. 815 (2019).")  # fmt: skip
    assert (c.authors, c.title, c.container, c.pages) == (
        ("Rory Van Loo",), "Digital Market Perfection", "MICH. L. REV.", "815",
    )  # fmt: skip


# ------------------------------------------------------------------ Chicago notes of history journals
# quoted from tests/parse/corpus (dev split): Fyfe and Ge, Journal of Cultural Analytics 2018 (CA);
# Barleta, Journal of Social History 2021 (JSH); Beals, Victorian Periodicals Review 2018 (VPR)


def test_a_chicago_short_form_by_surname_and_short_title_resolves_to_the_full_note() -> None:
    # CA notes 12 and 32 (an unquoted book title), notes 28 and 37 (a quoted chapter, pages after the quote)
    got = notes(
        "1. Julia Thomas, Nineteenth Century Illustration and the Digital: Studies in Word and Image "
        "(Palgrave Macmillan, 2017), 17.\n"
        "2. Lev Manovich, “How to Compare One Million Images?,” in Understanding Digital Humanities, "
        "ed. David M Berry (Basingstoke: Palgrave, 2012), 276.\n"
        "3. Thomas, Nineteenth Century Illustration and the Digital, 40.\n"
        "4. Manovich, “How to Compare One Million Images?,” 251, 259.\n"
    )
    (book,), (chapter,), (short_book,), (short_chapter,) = got[1], got[2], got[3], got[4]
    assert (book.kind, book.publisher, book.date, book.pages) == (CitationKind.BOOK, "Palgrave Macmillan", "2017", "17")
    assert (chapter.kind, chapter.container, chapter.publisher, chapter.pages) == (
        CitationKind.BOOK, "Understanding Digital Humanities", "Palgrave", "276",
    )  # fmt: skip
    assert (short_book.short_form, short_book.refers_to, short_book.title, short_book.pages) == (
        True, 1, book.title, "40",
    )  # fmt: skip
    assert (short_chapter.refers_to, short_chapter.pages, short_chapter.publisher) == (2, "251, 259", "Palgrave")


def test_a_span_of_years_in_a_short_title_is_title_not_pages() -> None:
    # CA note 25: `Maidment, Reading Popular Prints, 1790-1870, 15.`
    c = parse_citation("Maidment, Reading Popular Prints, 1790-1870, 15.").citation
    assert (c.authors, c.title, c.pages) == (("Maidment",), "Reading Popular Prints, 1790-1870", "15")


def test_short_forms_against_a_bibliography_refer_to_their_first_appearance() -> None:
    # VPR notes 11, 24, 25, 33: no full note exists; a repeat and an Ibid. point at the first mention
    got = notes(
        "11. Beals, “Sydney Gazette,” 152-4.\n"
        "24. Clark and Wetherell, “Measure of Maturity,” 279-303.\n"
        "25. Ibid., 295.\n"
        "33. Beals, “Sydney Gazette,” 153.\n"
    )
    assert got[24][0].authors == ("Clark", "Wetherell") and got[24][0].short_form
    assert (got[25][0].ibid, got[25][0].refers_to, got[25][0].pages) == (True, 24, "295")
    assert (got[33][0].refers_to, got[33][0].pages) == (11, "153")


@pytest.mark.parametrize(
    ("note", "container", "date", "pages"),
    [
        ("W.L. Thomas, “The Making of the ‘Graphic,’” Universal Review 2 (December 1888): 80-93.", "Universal Review",
         "December 1888", "80-93"),  # CA note 15
        ("Harry W. Taylor, “São Paulo's Hollow Frontier,” Revista Geográfica 79 (December 1973): 149--66.",
         "Revista Geográfica", "December 1973", "149-66"),  # JSH note 19, pandoc's `--` for an en dash
    ],
)  # fmt: skip
def test_a_journal_volume_with_a_dated_parenthesis_and_no_issue(
    note: str, container: str, date: str, pages: str
) -> None:
    c = parse_citation(note).citation
    assert (c.kind, c.container, c.date, c.pages) == (CitationKind.JOURNAL, container, date, pages)


@pytest.mark.parametrize(
    ("note", "title"),
    [
        ("Luis Gonzaga Silva Leme, Genealogia Paulistana, 9 vols. (São Paulo: Duprat & Comp., 1903).",
         "Genealogia Paulistana"),  # JSH note 9
        ("Preston E. James, Latin America, 4th ed. (New York: Odyssey Press, 1969).", "Latin America"),  # JSH 19
        ("John M. Monteiro, Blacks of the Land: Indian Slavery, trans. Barbara Weinstein and James P. Woodard "
         "(Cambridge; New York: Cambridge University Press, 2018).", "Blacks of the Land: Indian Slavery"),  # JSH 6
        ("Simon Cooke and Paul Goldman, eds., Reading Victorian Illustration, 1855-1875: Spoils of the Lumber "
         "Room (Farnham, Surrey, England: Ashgate, 2012).",
         "Reading Victorian Illustration, 1855-1875: Spoils of the Lumber Room"),  # CA note 16
    ],
)  # fmt: skip
def test_editors_translators_volumes_and_editions_are_not_the_book_title(note: str, title: str) -> None:
    assert parse_citation(note).citation.title == title


def test_et_al_is_not_part_of_an_author() -> None:
    # CA note 6
    c = parse_citation(
        "Elizabeth Lorang et al., “Developing an Image-Based Classifier for Detecting Poetic Content in Historic "
        "Newspaper Collections,” D-Lib Magazine 21, no. 7/8 (August 2015)."
    ).citation
    assert c.authors == ("Elizabeth Lorang",)


def test_a_newspaper_item_dated_in_parentheses() -> None:
    # VPR note 32
    c = parse_citation('"The Deputies", Caledonian Mercury (June 15, 1835): 3.').citation
    assert (c.kind, c.title, c.container, c.date, c.pages) == (
        CitationKind.NEWS, "The Deputies", "Caledonian Mercury", "June 15, 1835", "3",
    )  # fmt: skip


def test_a_year_after_a_title_is_its_date() -> None:
    # CA note 6: a project page cited by its year, not a page
    c = parse_citation(
        "Ryan Cordell and David Smith, “The Viral Texts Project: Mapping Networks of Reprinting in 19th-Century "
        "Newspapers and Magazines,” 2012"
    ).citation
    assert (c.date, c.pages) == ("2012", None)


def test_a_thesis_names_its_university_as_publisher() -> None:
    # JSH note 23
    c = parse_citation(
        "John M. Monteiro, São Paulo in the Seventeenth Century: Economy and Society (Ph.D. Dissertation, "
        "University of Chicago, 1985), 419--20."
    ).citation
    assert (c.kind, c.title, c.publisher, c.date, c.pages) == (
        CitationKind.REPORT, "São Paulo in the Seventeenth Century: Economy and Society", "University of Chicago",
        "1985", "419-20",
    )  # fmt: skip


def test_portuguese_name_particles_keep_the_author() -> None:
    # JSH note 22
    c = parse_citation(
        "Laura de Mello e Souza and Maria Fernanda Bicalho, 1680-1720: O Império Deste Mundo (São Paulo: "
        "Companhia das Letras, 2000), 23--24."
    ).citation
    assert c.authors == ("Laura de Mello e Souza", "Maria Fernanda Bicalho")
    assert (c.title, c.publisher) == ("1680-1720: O Império Deste Mundo", "Companhia das Letras")


def test_a_book_with_a_lowercase_title_is_a_citation_not_a_comment() -> None:
    # JSH note 4: Portuguese titles capitalise only their first word; the imprint says it is a book
    c = parse_citation(
        "Laura de Mello e Souza, Desclassificados do ouro: A pobreza mineira no século XVIII (Rio de Janeiro: "
        "Graal, 2004)"
    ).citation
    assert (c.kind, c.authors, c.publisher, c.date) == (CitationKind.BOOK, ("Laura de Mello e Souza",), "Graal", "2004")
    assert c.title == "Desclassificados do ouro: A pobreza mineira no século XVIII"


def test_a_url_in_a_sentence_of_comment_has_no_container() -> None:
    # VPR note 14
    c = parse_citation("Data used in this study can be obtained from http://www.github.com/mhbeals/sap_reprints.").citation
    assert (c.url, c.container) == ("http://www.github.com/mhbeals/sap_reprints", None)


# ------------------------------------------------------------------ bibliography-form and British notes
# (Programming Historian lessons, dev: linear regression, computer vision parts 1 and 2)


@pytest.mark.parametrize(
    ("note", "title", "container"),
    [
        ("Wevers, Melvin, and Thomas Smits. ‘The Visual Digital Turn: Using Neural Networks to Study Historical "
         "Images’. Digital Scholarship in the Humanities 35, no. 1 (1 April 2020): 194–207.",
         "The Visual Digital Turn: Using Neural Networks to Study Historical Images",
         "Digital Scholarship in the Humanities"),
        ("Ravenstein, R.G., 'The Laws of Migration', Journal of the Statistical Society of London, 48 (1885), 167-235.",
         "The Laws of Migration", "Journal of the Statistical Society of London"),
        # an apostrophe is not a closing quote
        ("Jane Doe, ‘Literature’s Gender Marker Debate’, Digital Humanities Quarterly 3, no. 4 (2009).",
         "Literature’s Gender Marker Debate", "Digital Humanities Quarterly"),
    ],
)
def test_single_quoted_titles(note: str, title: str, container: str) -> None:
    c = one(note)
    assert (c.title, c.container) == (title, container)


def test_a_single_quoted_phrase_in_a_comment_is_not_a_title() -> None:
    found = notes("1. Using 'star imports' is generally discouraged in Python. However, fastai uses them.\n")
    assert found[1] == ()


def test_a_bibliography_entry_as_a_note() -> None:
    c = one('Atack, Jeremy, Fred Bateman, Michael Haines, and Robert A. Margo. "Did railroads induce or follow '
            'economic growth?: Urbanization and population growth in the American Midwest, 1850–1860." Social '
            "Science History 34, no. 2 (2010): 171-197.")  # fmt: skip
    assert c.authors == ("Atack, Jeremy", "Fred Bateman", "Michael Haines", "Robert A. Margo")
    assert (c.kind, c.container, c.date, c.pages) == (CitationKind.JOURNAL, "Social Science History", "2010", "171-197")
    assert c.title is not None and c.title.endswith("1850–1860")


@pytest.mark.parametrize(
    ("note", "authors", "title", "publisher", "date", "pages"),
    [
        ("Moretti, Franco. Distant Reading. Illustrated Edition. London ; New York: Verso Books, 2013.",
         ("Moretti, Franco",), "Distant Reading", "Verso Books", "2013", None),
        ("Jarausch, Konrad H., and Kenneth A. Hardy. Quantitative Methods for Historians: A Guide to Research, Data, "
         "and Statistics. 1991. UNC Press Books, 2016: 122.", ("Jarausch, Konrad H.", "Kenneth A. Hardy"),
         "Quantitative Methods for Historians: A Guide to Research, Data, and Statistics", "UNC Press Books", "2016",
         "122"),
    ],
)
def test_a_bibliography_book_with_its_imprint_unbracketed(
    note: str, authors: tuple[str, ...], title: str, publisher: str, date: str, pages: str | None
) -> None:
    c = one(note)
    assert (c.kind, c.authors, c.title, c.publisher, c.date, c.pages) == (
        CitationKind.BOOK, authors, title, publisher, date, pages,
    )  # fmt: skip


def test_a_harvard_head_gives_authors_and_year() -> None:
    c = one("Crawford, K., Paglen, T., 2019. Excavating AI: The Politics of Training Sets for Machine Learning. "
            "https://www.excavating.ai")  # fmt: skip
    assert (c.authors, c.date, c.url) == (("Crawford, K.", "Paglen, T."), "2019", "https://www.excavating.ai")
    assert c.title == "Excavating AI: The Politics of Training Sets for Machine Learning"


def test_a_case_name_is_not_an_inverted_author() -> None:
    c = one("See Hustler Magazine, Inc. v. Falwell, 485 U.S. 46, 52–57 (1988).")
    assert c.authors == () and c.title == "Hustler Magazine, Inc. v. Falwell"


@pytest.mark.parametrize(
    "note",
    [
        "The Scikit-Learn Development Team. 7.1 Toy datasets, https://scikit-learn.org/stable/datasets/toy.html.",
        "See also The Scikit-Learn Development Team, 7.1 Toy datasets, https://scikit-learn.org/stable/datasets/toy.html.",
    ],
)
def test_an_organisations_page_has_the_organisation_as_author(note: str) -> None:
    c = one(note)
    assert (c.authors, c.title, c.container) == (("The Scikit-Learn Development Team",), "7.1 Toy datasets", None)


@pytest.mark.parametrize(
    ("journal", "date", "pages"),
    [("Education Research and Perspectives 38.1 (2011): 105-123.", "2011", "105-123"),
     ("Annals of Statistics 32 (2) April 2004: 407-499.", "April 2004", "407-499")],
)
def test_more_journal_issue_forms(journal: str, date: str, pages: str) -> None:
    c = one(f"Jane Doe, “A Title,” {journal}")
    assert (c.kind, c.date, c.pages) == (CitationKind.JOURNAL, date, pages)
    assert c.container is not None and c.container[-1].isalpha()


def test_et_al_with_a_stray_full_stop_is_still_a_short_form() -> None:
    found = notes("1. Robert Nisbet, John Elder, and Gary Miner, Handbook (Amsterdam: Academic Press, 2009), 8.\n"
                  "2. Nisbet et. al., 74.\n")  # fmt: skip
    (c,) = found[2]
    assert (c.refers_to, c.pages, c.title) == (1, "74", "Handbook")


# ------------------------------------------------------------------ Chicago notes in a Cultural Analytics article
# (Warren, Historiography's Two Voices, dev)


def test_a_short_form_by_title_alone() -> None:
    found = notes("1. New Dictionary of National Biography: Notes for Contributors, Repr. (Oxford: Oxford University "
                  "Press, 1998), 23.\n2. New Dictionary of National Biography, 29.\n")  # fmt: skip
    assert found[1][0].title == "New Dictionary of National Biography: Notes for Contributors"  # `Repr.` is no title
    (c,) = found[2]
    assert (c.refers_to, c.pages, c.publisher) == (1, "29", "Oxford University Press")


def test_the_author_a_comment_ends_with() -> None:
    c = one("Emphasis in original. For a thoughtful discussion of fillable paper forms in relation to structured "
            "knowledge, see Lisa Gitelman, “A Short History of _______,” in Paper Knowledge: Toward a Media History "
            "of Documents (Durham: Duke University Press, 2014), 21-52.")  # fmt: skip
    assert (c.authors, c.title, c.pages) == (("Lisa Gitelman",), "A Short History of _______", "21-52")


@pytest.mark.parametrize(
    ("note", "authors", "kind"),
    [
        ("See further Franco Moretti, Distant Reading (London: Verso, 2013).", ("Franco Moretti",), CitationKind.BOOK),
        ("Shawn Graham, Ian Milligan, and Scott Weingart, Exploring Big Historical Data: The Historian's Macroscope "
         "(Imperial College Press, 2015).", ("Shawn Graham", "Ian Milligan", "Scott Weingart"), CitationKind.BOOK),
    ],
)
def test_books_with_a_serial_comma_and_a_see_further(note: str, authors: tuple[str, ...], kind: CitationKind) -> None:
    c = one(note)
    assert (c.authors, c.kind) == (authors, kind)


def test_a_forthcoming_chapter_and_a_roman_pinpoint() -> None:
    c = one("Philip Carter, “What Is National Biography for?,” in True Biographies of Nations?, ed. Karen Knox "
            "(ANU Press, forthcoming), 82-103.")  # fmt: skip
    assert (c.kind, c.publisher, c.pages, c.date) == (CitationKind.BOOK, "ANU Press", "82-103", None)
    c = one("Brian Harrison, “Introduction,” in The Oxford Dictionary of National Biography, ed. H. C. G. Matthew "
            "(Oxford: Oxford University Press, 2004), xv.")  # fmt: skip
    assert c.pages == "xv"


# ------------------------------------------------------------------ policy reports (Heritage Foundation, CRS)
# Quoted from tests/parse/corpus: Mandate for Leadership (Heritage Foundation, 2023), ch. 4, and CRS
# Report R48903 (2026); both dev articles.


def test_us_legislation_has_the_acts_name_its_date_and_its_pinpoint() -> None:
    c = one(
        "S. 1605, National Defense Authorization Act for Fiscal Year 2022, Public Law No. 117-81, 117th Congress,"
        " December 27, 2021, Division A, Title X, § 1004, https://www.congress.gov/117/plaws/publ81/PLAW-117publ81.pdf"
        " (accessed February 16, 2023)."
    )
    assert (c.kind, c.title) == (CitationKind.OFFICIAL, "National Defense Authorization Act for Fiscal Year 2022")
    assert (c.date_iso, c.pages, c.accessed) == ("2021-12-27", "Division A, Title X, § 1004", "2023-02-16")


def test_a_crs_report_cited_by_its_number() -> None:
    c = one("CRS Report R45281, Iran Conflict and the Strait of Hormuz: Impacts on Oil, Gas, and Other Commodities,"
            " coordinated by Michael Ratner.")  # fmt: skip
    assert (c.kind, c.publisher, c.authors) == (CitationKind.REPORT, "CRS Report R45281", ("Michael Ratner",))
    assert c.title == "Iran Conflict and the Strait of Hormuz: Impacts on Oil, Gas, and Other Commodities"


def test_a_report_series_and_number_is_the_publisher() -> None:
    c = one(
        "Paul K. Kerr, “Arms Sales: Congressional Review Process,” Congressional Research Service Report for Members"
        " and Committees of Congress No. RL31675, updated June 10, 2022, p. 1, https://sgp.fas.org/crs/weapons/RL31675.pdf"
    )
    assert c.kind is CitationKind.REPORT and c.container is None
    assert c.publisher == "Congressional Research Service Report for Members and Committees of Congress No. RL31675"
    assert c.date_iso == "2022-06-10"


def test_an_organisation_then_an_unquoted_title_is_a_report() -> None:
    c = one(
        "U.S. Government Accountability Office, DOD Cybersecurity: Enhanced Attention Needed, GAO-23-105084,"
        " November 2022, p. 36, https://www.gao.gov/assets/gao-23-105084.pdf (accessed February 17, 2023)."
    )
    assert (c.kind, c.authors) == (CitationKind.REPORT, ("U.S. Government Accountability Office",))
    assert (c.title, c.date_iso, c.pages) == ("DOD Cybersecurity: Enhanced Attention Needed", "2022-11", "36")
    c = one(
        "U.S. Department of Defense, Defense Security Cooperation Agency, Historical Sales Book, Fiscal Years"
        " 1950–2021, p. 7, https://www.dsca.mil/sites/default/files/dsca_historical_sales_book_FY21.pdf"
    )
    assert c.authors == ("U.S. Department of Defense, Defense Security Cooperation Agency",)
    assert (c.title, c.pages, c.date) == ("Historical Sales Book, Fiscal Years 1950–2021", "7", None)
    # Solarium Commission implementation report, note 8 (csc-2021-solarium-implementation, dev): the date in brackets
    # after the title, then the page
    c = one("U.S. Cyberspace Solarium Commission, Report of the United States of America Cyberspace Solarium "
            "Commission (March 2020), 96, https://www.solarium.gov/home.")  # fmt: skip
    assert (c.kind, c.authors) == (CitationKind.REPORT, ("U.S. Cyberspace Solarium Commission",))
    assert (c.title, c.date, c.pages) == (
        "Report of the United States of America Cyberspace Solarium Commission", "March 2020", "96"
    )  # fmt: skip


def test_ranks_offices_and_document_numbers_are_not_authors() -> None:
    c = one("General David H. Berger, Commandant of the Marine Corps, “Force Design 2030,” March 2020.")
    assert c.authors == ("David H. Berger",)
    c = one(
        "See James Mattis, Secretary of Defense, Summary of the 2018 National Defense Strategy, U.S. Department"
        " of Defense, https://oldcc.gov/resource/2022-national-defense-strategy (accessed February 17, 2023)."
    )
    assert (c.authors, c.title) == (("James Mattis",), "Summary of the 2018 National Defense Strategy")
    assert (c.kind, c.publisher) == (CitationKind.REPORT, "U.S. Department of Defense")
    c = one("U.S. Department of Defense, Directive No. 3025.18, “Defense Support of Civil Authorities (DSCA),”"
            " December 29, 2010, p. 16.")  # fmt: skip
    assert c.authors == ("U.S. Department of Defense",)


def test_every_author_of_a_list_closed_by_and() -> None:
    c = one(
        "Tom Karako, Matt Strohmeyer, Ian Williams, Wes Rumbaugh, and Ken Harmon, North America Is a Region, Too: An"
        " Integrated, Phased, and Affordable Approach, Center for Strategic and International Studies, Missile"
        " Defense Project, July 2022, https://csis-website-prod.s3.amazonaws.com/x.pdf"
    )
    assert c.authors == ("Tom Karako", "Matt Strohmeyer", "Ian Williams", "Wes Rumbaugh", "Ken Harmon")
    assert c.title == "North America Is a Region, Too: An Integrated, Phased, and Affordable Approach"
    assert c.publisher == "Center for Strategic and International Studies, Missile Defense Project"


def test_a_url_then_and_starts_the_next_citation() -> None:
    (first, second) = notes(
        "1. See Brent D. Sadler, “Rebuilding America’s Military,” Heritage Foundation Special Report No. 242,"
        " February 18, 2021, https://www.heritage.org/sites/default/files/2021-02/SR242.pdf and Ronald O’Rourke,"
        " “Navy Force Structure and Shipbuilding Plans,” Congressional Research Service Report No. RL32665,"
        " December 21, 2022,https://crsreports.congress.gov/product/pdf/RL/RL32665(accessed February 15, 2023)."
    )[1]
    assert (first.authors, first.accessed) == (("Brent D. Sadler",), None)
    assert (second.authors, second.url) == (("Ronald O’Rourke",), "https://crsreports.congress.gov/product/pdf/RL/RL32665")
    assert second.accessed == "2023-02-15"


def test_the_constitution_and_a_dated_verb_and_a_chapter_cross_reference() -> None:
    c = one("U.S. Constitution, Article I, § 8, https://constitution.congress.gov/constitution/article-1/.")
    assert (c.kind, c.title, c.authors) == (CitationKind.OFFICIAL, "U.S. Constitution, Article I, § 8", ())
    c = one("Ronald Reagan Institute, “Reagan National Defense Survey,” conducted November 2021, p. 4.")
    assert (c.container, c.date_iso) == (None, "2021-11")
    assert notes("1. See Chapter 7, “The Intelligence Community,” infra.")[1] == ()


def test_a_public_law_with_its_section_is_a_statute_not_a_short_form() -> None:
    (law, code) = notes("1. P.L. 116-283, §3511; 46 U.S.C. §53403(c).")[1]  # CRS R48903 note 36
    assert (law.kind, law.title, law.pages) == (CitationKind.OFFICIAL, "P.L. 116-283, §3511", None)
    assert not law.short_form
    assert code.kind is CitationKind.OFFICIAL


def test_a_press_release_and_a_us_agency_named_with_and() -> None:
    c = one("Crowley, “Crowley-Managed CS Anthem Joins Tanker Security Program,” press release, August 28, 2025.")
    assert (c.kind, c.container, c.authors) == (CitationKind.OFFICIAL, None, ("Crowley",))
    c = one("U.S. Customs and Border Protection, “Updated Guidance: Jones Act Waiver,” March 17, 2026.")
    assert c.authors == ("U.S. Customs and Border Protection",)
    c = one("Keith Webster, “How to Reform America’s Military Sales Process,” The Hill Congress Blog, October 6, 2022.")
    assert (c.kind, c.container) == (CitationKind.NEWS, "The Hill Congress Blog")  # a blog about Congress


def test_an_authors_short_form_keeps_the_address_it_prints() -> None:
    found = notes(
        "1. United Nations Conference on Trade and Development (UNCTAD), “Strait of Hormuz Disruptions,” March 10,"
        " 2026, https://unctad.org/publication/strait-hormuz-disruptions.\n"
        "2. UNCTAD, p. 7, https://unctad.org/system/files/official-document/osgttinf2026d1_en.pdf.\n"
    )
    (c,) = found[2]
    assert (c.short_form, c.refers_to, c.pages, c.title) == (True, 1, "7", "Strait of Hormuz Disruptions")
    assert c.url == "https://unctad.org/system/files/official-document/osgttinf2026d1_en.pdf"
# ------------------------------------------------------------------ a ninth law review (Arbel, Payday, dev)


def test_a_note_line_starting_with_a_decimal_is_not_a_new_note() -> None:
    found = parse_text("1. On average, each payment is delayed by 15 days at a rate of\n"
                       "0.014%. Overall, the value is small.\n2. Id.\n").notes  # fmt: skip
    assert [n.number for n in found] == [1, 2]


def test_a_surname_with_et_al_is_an_author_and_a_supra_names_the_right_source() -> None:
    found = notes(
        "1. Bricker et al., Changes in U.S. Family Finances from 2013 to 2016, 103 FED. RES. BULL. 1, 8 (2017).\n"
        "2. Rob Levy & Joshua Sledge, A Complex Portrait, CTR. FOR FIN. SERVS. INNOVATION, 12 (Aug. 2012); "
        "Nicholas Bianchi & Rob Levy, Know Your Borrower, CTR. FOR FIN. SERVS. INNOVATION, 12 (2013).\n"
        "3. Bianchi & Levy, supra note 2, at 12.\n"
    )
    bricker = found[1][0]
    assert bricker.authors == ("Bricker",) and bricker.title == "Changes in U.S. Family Finances from 2013 to 2016"
    portrait = found[2][0]
    assert (portrait.kind, portrait.publisher, portrait.container) == (
        CitationKind.REPORT, "CTR. FOR FIN. SERVS. INNOVATION", None,
    )  # fmt: skip
    (back,) = found[3]
    assert (back.refers_to, back.title) == (2, "Know Your Borrower")


def test_but_cf_a_telephone_interview_and_a_footnote_pinpoint() -> None:
    c = one("But cf. JOHN R. COMMONS & JOHN B. ANDREWS, PRINCIPLES OF LABOR LEGISLATION 50–52 (1916).")
    assert c.authors == ("JOHN R. COMMONS", "JOHN B. ANDREWS")
    c = one("Telephone Interview with Payroll Department, Federal Reserve (Feb. 5, 2020).")
    assert (c.kind, c.title, c.date) == (
        CitationKind.PERSONAL, "Telephone Interview with Payroll Department", "Feb. 5, 2020",
    )  # fmt: skip
    c = one("Matthew T. Bodie, Employment As Fiduciary Relationship, 105 GEO. L.J. 819, 840, n. 133 (2017).")
    assert (c.kind, c.title, c.container, c.pages) == (
        CitationKind.JOURNAL, "Employment As Fiduciary Relationship", "GEO. L.J.", "819, 840, n. 133",
    )  # fmt: skip




# CRS Report R48907 (Military Discharges, 2026), a dev article


def test_a_code_section_is_never_a_short_form_of_another() -> None:
    found = notes("1. 10 U.S.C. §1552(a)(1).\n2. 10 U.S.C. §1552.\n3. 10 U.S.C. §1553(b) (“A board … may excuse …”).\n"
                  "4. 32 C.F.R. §73.5.\n5. 32 C.F.R. §73.4.\n")  # fmt: skip
    assert [c.title for n in (1, 2, 3, 4, 5) for c in found[n]] == [
        "10 U.S.C. §1552(a)(1)", "10 U.S.C. §1552", "10 U.S.C. §1553(b)", "32 C.F.R. §73.5", "32 C.F.R. §73.4",
    ]  # fmt: skip
    assert not any(c.short_form or c.refers_to for n in found for c in found[n])


def test_an_issuance_a_memorandum_and_the_federal_register() -> None:
    c = one("For example, see DOD Instruction 1332.14, Enlisted Administrative Separations, p. 34–38, at"
            " https://www.esd.whs.mil/Portals/54/Documents/DD/issuances/dodi/133214p.pdf.")  # fmt: skip
    assert (c.kind, c.title, c.pages) == (CitationKind.OFFICIAL, "Enlisted Administrative Separations", "34-38")
    c = one(
        "Memorandum from the Under Secretary of Defense to Secretaries of the military departments, “Clarifying"
        " Guidance to Military Discharge Review Boards,” August 25, 2017, at https://www.secnav.navy.mil/x.pdf."
    )
    assert (c.kind, c.authors, c.date_iso) == (CitationKind.OFFICIAL, ("Under Secretary of Defense",), "2017-08-25")
    c = one(
        "U.S. Department of Veterans Affairs (VA), “Update and Clarify Regulatory Bars to Benefits,” 38 C.F.R."
        " Part 3, 89 Federal Register 32361, April 26, 2024, https://www.federalregister.gov/documents/x."
    )
    assert (c.container, c.pages, c.date_iso) == ("Federal Register", "32361", "2024-04-26")
# ------------------------------------------------------------------ Zeffiro, Towards a Queer Futurity of Data (dev)


def test_an_access_date_ends_a_citation_in_a_list_run_on_with_commas() -> None:
    (note,) = parse_text(
        "1. Brian X. Chen, “I Downloaded the Information,” The New York Times, April 11, 2018, accessed November 03, "
        "2018, Keith Collins and Larry Buchanan, “How Facebook Lets Brands Target You,” The New York Times, April 11, "
        "2018, accessed November 03, 2018.\n"
    ).notes
    assert [(c.authors, c.accessed) for c in note.citations] == [
        (("Brian X. Chen",), "2018-11-03"), (("Keith Collins", "Larry Buchanan"), "2018-11-03"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "note",
    [
        "For instance, see: Chris Anderson, “The End of Theory,” Wired, January 26, 2008.",
        "Trudeau quoted in, Chris Anderson, “The End of Theory,” Wired, January 26, 2008.",
    ],
)
def test_who_said_it_and_a_see_colon_are_not_authors(note: str) -> None:
    assert one(note).authors == ("Chris Anderson",)


def test_a_year_after_a_quoted_short_title_is_not_a_page() -> None:
    found = notes("1. Chris Anderson, “The End of Theory,” Wired, January 26, 2008.\n"
                  "2. Anderson, “The End of Theory”, 2008.\n")  # fmt: skip
    (c,) = found[2]
    assert (c.refers_to, c.pages) == (1, None)




def test_a_title_naming_a_board_is_not_part_of_the_organisation() -> None:
    c = one(
        "U.S. Department of Defense, DOD Announces New Discharge Appeal Review Board Option, April 7, 2021, at"
        " https://www.defense.gov/News/Releases/Release/Article/2564345/dod-announces-new-discharge-appeal/."
    )
    assert c.authors == ("U.S. Department of Defense",)
    assert c.title == "DOD Announces New Discharge Appeal Review Board Option"
    c = one("Defense Department, “DOD Discharge Appeal Review Board,” 32 C.F.R. Part 73, RIN 0790-AL57 Federal"
            " Register, November 29, 2024.")  # fmt: skip
    assert (c.kind, c.container, c.date_iso) == (CitationKind.OFFICIAL, "Federal Register", "2024-11-29")


def test_a_url_then_comma_and_an_issuance_starts_the_next_citation() -> None:
    (first, second) = notes(
        "1. For overarching policies, see DOD Directive 1332.41, Boards for Correction of Military Records (BCMRs),"
        " at https://www.esd.whs.mil/dodd/133241p.pdf, and DOD Instruction 1332.28, Discharge Review Board (DRB)"
        " Procedures and Standards, at https://www.esd.whs.mil/dodi/133228p.pdf."
    )[1]
    assert (first.kind, first.title) == (CitationKind.OFFICIAL, "Boards for Correction of Military Records (BCMRs)")
    assert second.kind is CitationKind.OFFICIAL
    assert second.title == "Discharge Review Board (DRB) Procedures and Standards"
    assert second.url == "https://www.esd.whs.mil/dodi/133228p.pdf"


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        # Programming Historian GPT-2 lesson (dev): proceedings and preprints printed without a volume
        ("Samuel Gehman et al., “RealToxicityPrompts,” Findings of the Association for Computational Linguistics "
         "(January 2020): 3362, https://aclanthology.org/2020.findings-emnlp.301.pdf.", CitationKind.JOURNAL),
        ("Biderman, Stella, Kieran Bicheno, and Leo Gao, “Datasheet for the Pile.” arXiv preprint arXiv:2201.07311 "
         "(2022)", CitationKind.REPORT),
        # a newspaper with a full date stays news, whatever its name
        ("Stefan Collini, “Our Island Story,” London Review of Books, January 20, 2005.", CitationKind.NEWS),
    ],
)
def test_a_papers_kind_from_its_container(note: str, kind: CitationKind) -> None:
    assert one(note).kind is kind


# Mandate for Leadership (Heritage Foundation, 2023), ch. 6 (Department of State), a dev article


def test_policy_journal_articles_and_a_comment_before_see() -> None:
    c = one(
        "The Article X for China would follow George Kennan’s Article X for U.S.–Soviet competition. See George F."
        " Kennan, “The Sources of Soviet Conduct,” Foreign Affairs, July 1947, https://www.foreignaffairs.com/x"
    )
    assert (c.authors, c.kind, c.container) == (("George F. Kennan",), CitationKind.JOURNAL, "Foreign Affairs")
    c = one("Emily Goldman, “From Reaction to Action,” Texas National Security Review, Vol. 3, No. 4 (Fall 2020),"
            " https://tnsr.org/x.pdf (accessed March 9, 2023).")  # fmt: skip
    assert (c.kind, c.volume, c.issue, c.date) == (CitationKind.JOURNAL, "3", "4", "Fall 2020")
    c = one("Dean Cheng et al., “Assessing Beijing’s Power,” Heritage Foundation Special Report No. 221, February 20,"
            " 2010, https://www.heritage.org/x")  # fmt: skip
    assert (c.kind, c.container) == (CitationKind.REPORT, None)
    assert c.publisher == "Heritage Foundation Special Report No. 221"


def test_a_news_release_a_un_symbol_and_the_constitution() -> None:
    c = one("News release, “Secretary Blinken Launches the Office of China Coordination,” U.S. Department of State,"
            " December 16, 2022,https://www.state.gov/x/ (accessed March 9, 2023).")  # fmt: skip
    assert (c.kind, c.authors, c.container) == (CitationKind.OFFICIAL, (), "U.S. Department of State")
    c = one("United Nations General Assembly, “Group of Government Experts,” A/76/135, July 14, 2021.")
    assert (c.container, c.date_iso) == (None, "2021-07-14")
    c = one("U.S. Constitution, art. 2, sec. 2, cl. 2.")
    assert (c.kind, c.title) == (CitationKind.OFFICIAL, "U.S. Constitution, art. 2, sec. 2, cl. 2")
    c = one("U.S. Department of Defense, Indo–Pacific Strategy Report: Preparedness, Partnerships, and Promoting a"
            " Networked Region, June 1, 2019, https://media.defense.gov/x.PDF (accessed July 28, 2022).")  # fmt: skip
    assert c.title == "Indo–Pacific Strategy Report: Preparedness, Partnerships, and Promoting a Networked Region"


def test_a_list_of_bodies_with_their_acronyms_is_comment() -> None:
    # Mandate for Leadership (2023), ch. 4 note 18: which agencies make up a group, no source cited
    assert notes("1. The Office of the Director of National Intelligence (ODNI) and the Central Intelligence"
                 " Agency (CIA).")[1] == ()  # fmt: skip
@pytest.mark.parametrize(
    ("note", "title", "container"),
    [
        # a book's series between its title and imprint (Cultural Analytics, Programming Historian, dev)
        ("Johanna Drucker, Graphesis: Visual Forms of Knowledge Production, MetaLABprojects (Cambridge: Harvard "
         "University Press, 2014), 51.", "Graphesis: Visual Forms of Knowledge Production", "MetaLABprojects"),
        ("Keith Thomas, Changing Conceptions of National Biography, The Leslie Stephen Lecture (Cambridge: Cambridge "
         "University Press, 2005), 35.", "Changing Conceptions of National Biography", "The Leslie Stephen Lecture"),
        # Chicago's `(blog)` mark is not part of the blog's name
        ("Alec Radford et al., “Better Language Models,” OpenAI (blog), February 14, 2019.", "Better Language Models",
         "OpenAI"),
    ],
)
def test_series_and_blog_marks(note: str, title: str, container: str) -> None:
    c = one(note)
    assert (c.title, c.container) == (title, container)




def test_a_short_title_with_its_register_page_is_a_short_form() -> None:
    found = notes(  # CRS R48907 notes 6 and 7
        "1. U.S. Department of Veterans Affairs (VA), “Update and Clarify Regulatory Bars to Benefits Based on"
        " Character of Discharge,” 38 C.F.R. Part 3, 89 Federal Register 32361, April 26, 2024,"
        " https://www.federalregister.gov/documents/2024/04/26/2024-09012/x.\n"
        "2. VA, “Update and Clarify Regulatory Bars to Benefits Based on Character of Discharge,” 89 Federal"
        " Register 32361.\n"
    )
    (c,) = found[2]
    assert (c.short_form, c.refers_to, c.date_iso) == (True, 1, "2024-04-26")
    assert c.authors == ("U.S. Department of Veterans Affairs (VA)",)
def test_a_numeric_access_date_that_could_be_either_is_not_guessed() -> None:
    c = one("“Title,” Site, https://example.org/a (accessed 3.4.20).")
    assert c.accessed is None and c.url == "https://example.org/a"


def test_a_paper_presented_at_published_proceedings_and_pages_after_the_parenthesis() -> None:
    # Programming Historian GPT-2 lesson (dev) notes 4 and 18
    c = one("Emily M. Bender and Alexander Koller, “Climbing towards NLU,” (paper presented at Proceedings of the 58th "
            "Annual Meeting of the Association for Computational Linguistics, Online, July 5 2020): 5187.")  # fmt: skip
    assert (c.kind, c.pages) == (CitationKind.JOURNAL, "5187")
    assert c.container == "Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics"
    talk = one("Thomas Smits, “Illustrations to Photographs” (paper presented at DH 2017, Montréal, 2017).")
    assert talk.kind is CitationKind.REMARKS  # a talk stays a talk
    preprint = one("Maud Ehrmann et al., “Named Entity Recognition,” (Preprint, submitted in 2021): 12-13.")
    assert preprint.pages == "12-13"


@pytest.mark.parametrize(
    ("note", "title"),
    [
        # law reviews (Vanderbilt 2018 and Payday, dev): the author's comment in parentheses, a genre label
        ("See 12 U.S.C. § 5565 (outlining the CFPB’s statutory powers).", "12 U.S.C. § 5565"),
        ("U.S. CONST. art. II § 1(7) (“The President shall, at stated Times, receive for his Services, a "
         "Compensation…”).", "U.S. CONST. art. II § 1(7)"),
        ("Martha Minow, Opinion, We Must Ensure Everyone Has Access to Equal Justice, BOS. GLOBE (Oct. 23, 2014).",
         "We Must Ensure Everyone Has Access to Equal Justice"),
    ],
)
def test_explanatory_parentheticals_and_genre_labels_are_not_the_title(note: str, title: str) -> None:
    assert one(note).title == title


# ------------------------------------------------------------------ a military journal (Parameters, dev)


@pytest.mark.parametrize(
    ("note", "date", "date_iso"),
    [
        ("Oriana Skylar Mastro, “Title,” Foreign Affairs 100, no. 4 (July/August 2021): 58–67.",
         "July/August 2021", "2021-07"),
        ("Rachel Esplin Odell et al., “Title,” Foreign Affairs, September/October 2021, https://example.org/a.",
         "September/October 2021", "2021-09"),
    ],
)  # fmt: skip
def test_a_bimonthly_issue_is_dated_whole_by_its_first_month(note: str, date: str, date_iso: str) -> None:
    c = one(note)
    assert (c.date, c.date_iso) == (date, date_iso)


def test_hereafter_cited_as_names_the_short_form_later_notes_use() -> None:
    # Parameters 51:4 notes 11 and 15: the short form's title is the one `hereafter` gives, not the full one
    cited = notes(
        "1. Shou Xiaosong, ed., 战略学 [Science of Military Strategy] (Beijing: Military Science Press, 2013), "
        "translated by the China Aerospace Studies Institute (Montgomery, AL: Air University, 2021), hereafter "
        "cited as Science of Military Strategy, 143.\n"
        "2. Xiaosong, Science of Military Strategy, 123.\n"
    )
    (short,) = cited[2]
    assert (short.refers_to, short.short_form, short.title, short.publisher, short.pages) == (
        1, True, "战略学 [Science of Military Strategy]", "Military Science Press", "123",
    )  # fmt: skip


@pytest.mark.parametrize(
    "imprint",
    ["graduate thesis, Missouri State University, 2021", "PhD diss., Missouri State University, 2021"],
)
def test_a_quoted_thesis_is_a_report_of_its_university(imprint: str) -> None:
    c = one(f"Kayse Jansen, “How Competition Undermines Deterrence” ({imprint}), https://example.org/theses/3666.")
    assert (c.kind, c.publisher, c.date) == (CitationKind.REPORT, "Missouri State University", "2021")


def test_a_news_agency_where_an_author_stands_is_the_wire() -> None:
    c = one("Xinhua News Agency, “Xi Jinping’s Speech on the CCP’s 100th Anniversary,” 1 July 2021.")
    assert (c.kind, c.authors, c.container, c.date) == (CitationKind.WIRE, (), "Xinhua News Agency", "1 July 2021")


def test_correspondence_names_its_sender_as_author() -> None:
    c = one(
        "Mao Zedong to Henry A Kissinger, memorandum, “Memorandum of Conversation between Mao Zedong and Henry A. "
        "Kissinger,” October 21, 1975, Gerald R. Ford Presidential Library, accessed at Wilson Center Digital "
        "Archive, https://digitalarchive.wilsoncenter.org/document/118072."
    )
    assert (c.kind, c.authors, c.date) == (CitationKind.OFFICIAL, ("Mao Zedong",), "October 21, 1975")


def test_a_numbered_report_series_after_the_title_is_its_container() -> None:
    c = one(
        "Robert D. Blackwill and Philip Zelikow, The United States, China, and Taiwan: A Strategy to Prevent War, "
        "Council Special Report no. 90 (New York: Council on Foreign Relations, 2021), 45."
    )
    assert (c.kind, c.title, c.container, c.publisher, c.pages) == (
        CitationKind.REPORT, "The United States, China, and Taiwan: A Strategy to Prevent War",
        "Council Special Report no. 90", "Council on Foreign Relations", "45",
    )  # fmt: skip


# ------------------------------------------------------- a security journal (Journal of Strategic Security, dev)


def test_a_podcast_episode_is_remarks_in_its_show() -> None:
    c = one(
        "Jack Watling and Erica Gaston, “Partnerships or Proxies? The Risk of Arming and Training Others,” January "
        "16, 2021, in WarPod, produced by Abigail Watson and Delina Goxho, podcast, https://example.org/a."
    )
    assert (c.kind, c.container, c.date) == (CitationKind.REMARKS, "WarPod", "January 16, 2021")


def test_a_body_publishing_its_own_document_is_its_author() -> None:
    c = one(
        "Joint Chiefs of Staff, Joint Concept for Integrated Campaigning (Washington, DC: Joint Chiefs of Staff, "
        "2018), 8, https://example.org/a.pdf."
    )
    assert (c.kind, c.authors, c.title, c.publisher) == (
        CitationKind.REPORT, ("Joint Chiefs of Staff",), "Joint Concept for Integrated Campaigning",
        "Joint Chiefs of Staff",
    )  # fmt: skip


def test_an_imprint_with_a_comma_for_its_colon() -> None:
    c = one("Sehii Plokhy, The Gates of Europe: A History of Ukraine (New York, Basic Books, 2015), 125-128.")
    assert (c.kind, c.title, c.publisher, c.date, c.pages) == (
        CitationKind.BOOK, "The Gates of Europe: A History of Ukraine", "Basic Books", "2015", "125-128",
    )  # fmt: skip


def test_a_report_number_before_the_imprint_is_not_the_title() -> None:
    c = one(
        "Kenneth Katzman and Clayton Thomas, Afghanistan: Post-Taliban Governance, Security, and US Policy, "
        "RL30588 (Washington, DC: Congressional Research Service, 2017), 33-36."
    )
    assert (c.kind, c.title) == (CitationKind.REPORT, "Afghanistan: Post-Taliban Governance, Security, and US Policy")


def test_an_article_with_a_doi_is_a_journal_article_whatever_its_date() -> None:
    c = one(
        "Vladimir Rauta, “Proxy Warfare and the Future of Conflict: Take Two,” The RUSI Journal, April 2, 2020, "
        "https://doi.org/10.1080/03071847.2020.1736437."
    )
    assert (c.kind, c.container) == (CitationKind.JOURNAL, "The RUSI Journal")


def test_a_word_in_a_news_title_does_not_make_a_report() -> None:
    c = one("Ruby Mellen, “A Brief History of the Syrian Democratic Forces,” Washington Post, October 7, 2019, "
            "https://example.org/a.")
    assert c.kind is CitationKind.NEWS


def test_author_interviews_after_a_citation_are_a_personal_source_over_a_span() -> None:
    _, interviews = notes(
        "1. Marc Bennetts, “Rebel Leader Killed,” The Guardian, August 13, 2018, https://example.org/a; author "
        "interviews with multiple Ukrainian army officers, October 2017-December 2019.\n"
    )[1]
    assert (interviews.kind, interviews.date, interviews.date_iso) == (
        CitationKind.PERSONAL, "October 2017-December 2019", "2017-10",
    )  # fmt: skip


def test_a_pinpoint_then_and_then_a_second_short_form() -> None:
    cited = notes(
        "1. Kathleen Eisenhardt, “Agency Theory: An Assessment and Review,” The Academy of Management Review 14, "
        "no. 1 (January 1989).\n"
        "2. Joel Watson, Strategy: An Introduction to Game Theory (London: W.W. Norton and Company, 2015) 303-308.\n"
        "3. Eisenhardt, “Agency Theory,” 58-59 and Watson, “Strategy,” 303-308.\n"
    )
    assert [(c.refers_to, c.pages) for c in cited[3]] == [(1, "58-59"), (2, "303-308")]


# ------------------------------------------------------------------ a policy paper's run-on notes
# (Chapman, Undersea Cables, Purdue FORCES Initiative 2021: tests/parse/corpus/forces-2021-undersea-cables)


def test_the_issue_quoted_form_a_pinpoint_after_the_imprint_then_the_url_and_its_access_date() -> None:
    cited = notes(
        "1. See Rishi Sunak, Undersea Cables: Indispensable, Insecure, (London: Policy Exchange, 2017): 5-7; "
        "https://policyexchange.org.uk/wp-content/uploads/2017/11/Undersea-Cables.pdf Accessed February 26, 2021; "
        "and Blair Shephard, “Cutting Submarine Cables,” Duke Journal of International and Comparative Law, "
        "31 (1)(2020): 199-220."
    )[1]
    assert len(cited) == 2
    sunak = cited[0]
    assert (sunak.authors, sunak.title, sunak.publisher, sunak.date) == (
        ("Rishi Sunak",), "Undersea Cables: Indispensable, Insecure", "Policy Exchange", "2017"
    )
    assert sunak.pages == "5-7"
    assert sunak.url == "https://policyexchange.org.uk/wp-content/uploads/2017/11/Undersea-Cables.pdf"
    assert sunak.accessed == "2021-02-26"
    assert (cited[1].container, cited[1].pages) == ("Duke Journal of International and Comparative Law", "199-220")


def test_an_access_date_after_a_semicolon_is_the_access_date_of_the_url_before_it() -> None:
    c = one("Merriam-Webster Dictionary, (New York: Merriam-Webster, 2021): https://www.merriamwebster.com/"
            "dictionary/choke%20point; Accessed October 28, 2021")  # fmt: skip
    assert (c.url, c.accessed) == ("https://www.merriamwebster.com/dictionary/choke%20point", "2021-10-28")


def test_a_code_section_without_its_dots_is_an_official_document_named_by_the_section() -> None:
    c = one("3 USC 301, https://www.govinfo.gov/content/pkg/USCODE-2018-title3/pdf/USCODE-2018-title3.pdf; "
            "Accessed March 9, 2021.")  # fmt: skip
    assert (c.kind, c.title, c.accessed) == (CitationKind.OFFICIAL, "3 USC 301", "2021-03-09")


@pytest.mark.parametrize(
    ("printed", "url"),
    [
        ("https://stratcomcoe.org/ publications/the-next-phase-of-russian-information-warfare/176; Accessed October 25,"
         " 2021", "https://stratcomcoe.org/publications/the-next-phase-of-russian-information-warfare/176"),
        ("https:// www.defensenews.com/opinion/a/#:~:text=Undersea%20cables%20make%20instant%20 communications,via%20"
         "these%20cables Accessed March 11, 2021",
         "https://www.defensenews.com/opinion/a/#:~:text=Undersea%20cables%20make%20instant%20communications,via%20"
         "these%20cables"),
        ("https://www.msc.usff.navy.mil/Ships/Ship-Inventory/ Cable-Laying-Repair-Ship/ ; Accessed March 10, 2021",
         "https://www.msc.usff.navy.mil/Ships/Ship-Inventory/Cable-Laying-Repair-Ship/"),
        ("https://www.aph.gov.au/ Parliamentary_Business/Bills_Legislation/bd/bd1314a/14bd046 Accessed March 8, 2021",
         "https://www.aph.gov.au/Parliamentary_Business/Bills_Legislation/bd/bd1314a/14bd046"),
        ("https://www.un.org/Depts/los/convention_agreements/texts/unclos/unclos_e. pdf; Accessed March 4, 2021",
         "https://www.un.org/Depts/los/convention_agreements/texts/unclos/unclos_e.pdf"),
        # a capitalised word after the slash is prose unless it is itself a path
        ("https://example.org/ Accessed May 2, 2020", "https://example.org/"),
    ],
)  # fmt: skip
def test_a_url_broken_after_a_slash_or_inside_a_highlight_link_is_rejoined(printed: str, url: str) -> None:
    c = one(f"Keir Giles, The Next Phase, (Riga: NATO StratCom COE, 2016): 11-13; {printed}.")
    assert c.url == url


def test_a_title_opened_with_the_closing_quote_is_still_the_title() -> None:
    c = one("”The Ocean Telegraph: So Striking an Instance of Steady Resolve,” Frank Leslie’s Weekly, "
            "(August 21, 1858): 3; https://atlantic-cable.com/Article/1858Leslies/0821f.jpg; "
            "Accessed October 28, 2021.")  # fmt: skip
    assert (c.title, c.container, c.pages) == (
        "The Ocean Telegraph: So Striking an Instance of Steady Resolve", "Frank Leslie’s Weekly", "3"
    )


def test_author_only_short_forms_in_a_list_find_their_sources() -> None:
    cited = notes(
        "1. Rishi Sunak, Undersea Cables, (London: Policy Exchange, 2017): 5-7; and Nadia Schadlow and Brayden "
        "Helwig, “Protecting Undersea Cables,” Defense News, (July 1, 2020): 1-3.\n"
        "2. See Sunak, 12, 16; and Schadlow and Helwig; and John Gordon, A Thread (New York: Harper, 2003).\n"
    )[2]
    assert [(c.refers_to, c.pages) for c in cited] == [(1, "12, 16"), (1, None), (None, None)]
    assert cited[1].title == "Protecting Undersea Cables"


# ------------------------------------------------------------------ a medical journal's Vancouver (NLM) references
# (Mento et al., Journal of Mind and Medical Sciences 2022: tests/parse/corpus/jmms-2022-cyberchondria)


@pytest.mark.parametrize(
    ("note", "authors", "title", "journal", "date", "pages"),
    [  # as the Markdown reader gives them, italics taken off
        ("Maftei A, Holman AC. Cyberchondria During the Coronavirus Pandemic: The Effects of Neuroticism and "
         "Optimism. Front Psychol. 2020 Oct 30;11:567345. doi: 10.3389/fpsyg.2020.567345",
         ("Maftei A", "Holman AC"), "Cyberchondria During the Coronavirus Pandemic: The Effects of Neuroticism and "
         "Optimism", "Front Psychol", "2020 Oct 30", "567345"),
        ("Seyed Hashemi SG, Dini S, Lin CY. The mediating effect of the cyberchondria. Heliyon. 2020 "
         "Oct;6(10):e05135.",
         ("Seyed Hashemi SG", "Dini S", "Lin CY"), "The mediating effect of the cyberchondria", "Heliyon", "2020 Oct",
         "e05135"),
        ("White RW, Horvitz E. Cyberchondria: studies of the escalation of medical concerns in web search. ACM "
         "Transactions on Information Systems. 2009; 27(4):1- 37. doi: 10.1145/1629096.1629101",
         ("White RW", "Horvitz E"), "Cyberchondria: studies of the escalation of medical concerns in web search",
         "ACM Transactions on Information Systems", "2009", "1-37"),
        ("Lewis T. Seeking health information on the internet: lifestyle choice or bad attack of cyberchondria?. "
         "Media, Culture & Society. 2006;28(4):521-539.", ("Lewis T",),
         "Seeking health information on the internet: lifestyle choice or bad attack of cyberchondria?",
         "Media, Culture & Society", "2006", "521-539"),
    ],
)  # fmt: skip
def test_a_vancouver_reference_is_read_whole(
    note: str, authors: tuple[str, ...], title: str, journal: str, date: str, pages: str
) -> None:
    c = one(note)
    assert (c.kind, c.authors, c.title, c.container, c.date, c.pages) == (
        CitationKind.JOURNAL, authors, title, journal, date, pages
    )
    assert c.url is None  # a bare `doi: 10.…` is no address


def test_a_vancouver_reference_keeps_volume_issue_and_a_doi_link() -> None:
    c = one("Fergus TA, Spada MM. Cyberchondria. Clin Psychol Psychother. 2017 Nov;24(6):1322-1330. "
            "https://doi.org/10.1002/cpp.2102")  # fmt: skip
    assert (c.volume, c.issue, c.date_iso, c.url) == ("24", "6", "2017-11", "https://doi.org/10.1002/cpp.2102")


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        ("NOAA Office of General Counsel, “Submarine Cables-Domestic Regulation,” (Washington, DC: National Oceanic "
         "and Atmospheric Administration, 2019): 1-2.", CitationKind.OFFICIAL),
        ("Convention on the High Seas 1958, (Washington, DC: National Oceanic and Atmospheric Administration, 2005): "
         "2, 8.", CitationKind.OFFICIAL),
        # a person's book from a government printer stays a book
        ("Charles I. Bevans, Treaties and Other International Agreements of the United States, (Washington, DC: U.S. "
         "Department of State, 1968): 92.", CitationKind.BOOK),
        ("APEC Policy Support Unit, Economic Impact of Submarine Cable Disruptions, (Singapore: Asia-Pacific Economic "
         "Cooperation Secretariat, 2013).", CitationKind.REPORT),
    ],
)  # fmt: skip
def test_a_government_body_publishing_its_own_document_makes_it_official(note: str, kind: CitationKind) -> None:
    assert one(note).kind is kind


def test_a_day_after_a_url_that_follows_a_pinpoint_is_its_access_date() -> None:
    c = notes("1. Michael S. Mati, The Protection of Undersea Cables, (Carlisle, PA: U.S. Army War College, 2012): 1; "
              "https://purl.fdlp.gov/GPO/gpo148831 October 25, 2021; Rob Verger, “A 10 Million Pound Undersea "
              "Cable,” Popular Science, (March 5, 2019): 1-5.")[1][0]  # fmt: skip
    assert (c.pages, c.url, c.accessed, c.date) == ("1", "https://purl.fdlp.gov/GPO/gpo148831", "2021-10-25", "2012")


@pytest.mark.parametrize(
    ("note", "title", "site"),
    [
        # Cooke, N.C. Banking Inst. 2021 notes 30, 11 and 15 (dev): Bluebook drops the comma after a title that
        # ends in its own mark, so the capitalised site follows the mark
        ("See Nicole Martin, What Is a Data Breach? FORBES (Feb. 25, 2019, 12:27 PM), https://www.forbes.com/x.",
         "What Is a Data Breach?", "FORBES"),
        ("See Jacob Manoukian, COVID-19 Almost Broke the Bond Market. Then the Fed Stepped In. JPMORGAN "
         "(Mar. 30, 2020), https://www.jpmorgan.com/x.",
         "COVID-19 Almost Broke the Bond Market. Then the Fed Stepped In.", "JPMORGAN"),
        ("See Lisa Rowan, How the Banking Experience Is Adapting to the COVID-19 ‘New Normal,’ FORBES "
         "(Sept. 3, 2020), https://www.forbes.com/y.",
         "How the Banking Experience Is Adapting to the COVID-19 ‘New Normal’", "FORBES"),
    ],
)  # fmt: skip
def test_a_title_ending_in_its_own_mark_is_followed_by_its_site(note: str, title: str, site: str) -> None:
    c = one(note)
    assert (c.kind, c.title, c.container) == (CitationKind.NEWS, title, site)


def test_a_capitalised_word_after_a_sentence_in_a_title_is_not_a_site() -> None:
    c = one("Jane Roe, Why It Matters. A Reply, 12 YALE L.J. 3, 5 (2019).")
    assert (c.title, c.container) == ("Why It Matters. A Reply", "YALE L.J.")


def test_an_author_name_a_line_break_hyphenated_is_still_a_name() -> None:
    # Alabama L. Rev. 2019 note 32, DePaul L. Rev. 2020 note 31 (dev): the PDF text keeps `Ache- son`
    c = one("David J. Ache- son & Ansgar Wohlschlegel, The Economics of Weaponized Defamation Lawsuits, "
            "47 SW. L. REV. 335, 340 (2018).")  # fmt: skip
    assert c.authors == ("David J. Ache- son", "Ansgar Wohlschlegel")
    assert c.title == "The Economics of Weaponized Defamation Lawsuits"


@pytest.mark.parametrize(
    ("note", "date"),
    [
        # Liddle (Cultural Analytics 2019), note 4; Barleta (JSH 2021), note 39 (dev): a date alone after a full stop
        ('Mark Algee-Hewitt, Sarah Allison, and Hannah Walser, "Canon/Archive: Large-scale Dynamics in the Literary '
         'Field," Stanford Literary Lab Pamphlet 11. Jan. 2016.', "Jan. 2016"),
        ('"Petition of captain Bartolomeu Bueno da Silva and others to the king." Manuscript. January 13, 1720.',
         "January 13, 1720"),
    ],
)
def test_a_date_standing_alone_after_a_full_stop_is_the_citations(note: str, date: str) -> None:
    assert one(note).date == date


def test_available_and_an_address_after_a_work_is_where_it_is_to_be_had() -> None:
    # Liddle (Cultural Analytics 2019), note 19 (dev), shortened
    (c,) = notes(
        '1. Max Bane, "Quantifying and Measuring Morphological Complexity," in Proceedings of the 26th West Coast '
        "Conference on Formal Linguistics, ed. Charles B. Chang (Somerville, MA: Cascadilla Proceedings Project, "
        "2008), 69-76. Available:www.lingref.com, document #1657."
    )[1]
    assert (c.title, c.url, c.pages) == ("Quantifying and Measuring Morphological Complexity", "http://www.lingref.com",
                                         "69-76")


# ------------------------------------------------------------------ security papers (issr, gsis; dev, session 8)


def test_an_ampersand_joins_citations_as_and_does() -> None:
    # Cyber Mercenaries (International Social Science Review) joins works with `&` after `;`, after a full
    # stop, after a URL and after `Ibid.`
    (a, b) = notes("1. Anthony Mockler, The New Mercenaries (London: Sidgwick & Jackson, 1985); & Janice Thomson, "
                   "Mercenaries, Pirates, and Sovereigns (Princeton, NJ: Princeton University Press, 1994).")[1]
    assert (a.publisher, b.authors) == ("Sidgwick & Jackson", ("Janice Thomson",))
    assert b.title == "Mercenaries, Pirates, and Sovereigns"
    (c, d) = notes("1. Jim Finkle, “Cyber Security Firm,” Reuters, April 3, 2017, https://www.reuters.com/article/"
                   "heist-idUSKBN1752I4. & Joshua Hammer, “The Billion-Dollar Bank Job,” New York Times, May 2018.")[1]
    assert c.url == "https://www.reuters.com/article/heist-idUSKBN1752I4"  # the `&` is no query's next parameter
    assert (d.authors, d.container) == (("Joshua Hammer",), "New York Times")
    (e, f) = notes("1. Jane Doe, “Title,” Site, May 1, 2019.\n2. Ibid. & Lulu Garcia-Navarro, “Reuters Investigation "
                   "Finds …,” NPR, February 3, 2019.")[2]
    assert (e.ibid, e.refers_to, f.authors) == (True, 1, ("Lulu Garcia-Navarro",))
    (g, h) = notes("1. Hammer, “The Billion-Dollar Bank Job.” & “Swift: About Us” Swift, https://www.swift.com/about-us.")[1]
    assert (g.title, h.title, h.url) == ("The Billion-Dollar Bank Job", "Swift: About Us", "https://www.swift.com/about-us")


def test_an_ampersand_after_an_abbreviation_is_part_of_a_name() -> None:
    (c,) = notes("1. Note, Fed. & State Power, 12 Yale L. & Pol'y Rev. 34 (1994).")[1]
    assert c.raw.startswith("Note, Fed. & State Power")


@pytest.mark.parametrize(
    ("note", "authors", "container"),
    [
        # an agency where an author stands, before the outlet that printed its item (Global Security, GSIS, dev)
        ("Associated Press, “Ukraine Aims for a Peace Summit,” NBC News, December 26, 2022, https://www.nbcnews.com/a.",
         ("Associated Press",), "NBC News"),
        ("Reuters, “Explainer: What Is Zelenskiy’s 10-Point Peace Plan?,” Reuters, December 28, 2022, sec. Europe, "
         "https://www.reuters.com/a.", ("Reuters",), "Reuters"),
        # with no outlet after its item, the agency is the wire (Broken Nest, Parameters)
        ("Xinhua News Agency, “Title of the Item,” 1 July 2021.", (), "Xinhua News Agency"),
    ],
)
def test_a_wire_agency_before_an_outlet_is_the_items_author(note: str,
    authors: tuple[str, ...], container: str
) -> None:
    c = one(note)
    assert (c.kind, c.authors, c.container) == (CitationKind.WIRE, authors, container)


def test_the_outlet_after_its_reporters_is_not_one_of_them() -> None:
    c = one("Aditi Sangal, Meg Wagner and Fernando Alfonso III, CNN, “February 24, 2022 Russia-Ukraine News,” CNN, "
            "February 25, 2022, https://www.cnn.com/a.")
    assert (c.authors, c.container) == (("Aditi Sangal", "Meg Wagner", "Fernando Alfonso III"), "CNN")


@pytest.mark.parametrize(
    "note",
    [
        "Jens Stoltenberg, “Remarks by NATO Secretary General Jens Stoltenberg at the CHEY Institute,” NATO, accessed "
        "February 5, 2023, https://www.nato.int/cps/en/natohq/opinions_211296.htm.",
        "Volodymyr Zelenskyy, “We Continue to Fight - Address by the President of Ukraine,” Official website of the "
        "President of Ukraine, March 4, 2022, https://www.president.gov.ua/en/news/a",
    ],
)
def test_a_speech_titled_as_one_is_remarks(note: str) -> None:
    assert one(note).kind is CitationKind.REMARKS


def test_a_speech_printed_in_a_journal_is_the_journals_item() -> None:
    c = one("Xi Jinping, “Speech at a Ceremony Marking the Centenary,” Qiushi Journal, July 1, 2021, https://example.org/a.")
    assert c.kind is not CitationKind.REMARKS


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        # Harding, Unfriending Tinker, note 3; Cooke, Brick-and-Mortar Bank, note 22 (dev)
        ("See Monica Anderson, A Majority of Teens Have Experienced Some Form of Cyberbullying, PEW RES. CTR. (Sept. "
         "27, 2018), https://www.pewresearch.org/internet/2018/09/27/a-majority-of-teens/.", "PEW RES. CTR."),
        ("See Nuala O’Connor, Reforming the U.S. Approach to Data Protection and Privacy, COUNCIL ON FOREIGN RELS. "
         "(Jan. 30, 2018), https://www.cfr.org/report/reforming-us-approach.", "COUNCIL ON FOREIGN RELS."),
    ],
)  # fmt: skip
def test_a_research_centres_paper_dated_by_the_day_is_its_report(note: str, publisher: str) -> None:
    c = one(note)
    assert (c.kind, c.publisher, c.container) == (CitationKind.REPORT, publisher, None)


def test_a_universitys_dated_page_stays_a_sites_item() -> None:
    # Bennett, Status Defamation (dev), note 29: a university institute's page is no research centre's report
    c = one("See Maria Krysan & Sarah Patton Moberg, Trends in Racial Attitudes, UNIV. ILL SYS.: INST. GOV’T & PUB. "
            "AFFS. (Aug. 25, 2016), https://igpa.uillinois.edu/programs/racial-attitudes.")  # fmt: skip
    assert (c.kind, c.container) == (CitationKind.NEWS, "UNIV. ILL SYS.: INST. GOV’T & PUB. AFFS.")


def test_a_case_with_subsequent_history_and_a_doubled_closing_parenthesis_is_a_citation() -> None:
    # Mungan and Arbel, Expanding Defamation Law, note 12; Reid, Internet Architecture and Disability, note 47 (dev)
    found = notes(
        "1. See, e.g., Ventura v. Kyle, 63 F. Supp. 3d 1001, 1011 (D. Minn. 2014), rev’d in part, vacated in part, "
        "825 F.3d 876, 885–86 (8th Cir. 2016) (vacating the jury verdict); Blake v. Ann-Marie Giustibelli, P.A., 182 "
        "So. 3d 881, 883–84 (Fla. Dist. Ct. App. 2016).\n"
        "2. Compare Earll v. eBay, Inc., 599 F. App’x 695, 696 (9th Cir. 2015) (concluding that eBay’s website was not "
        "connected to any “actual physical place”) (quoting Weyer, 198 F.3d at 1114)), Cullen v. Netflix, Inc., 880 F. "
        "Supp. 2d 1017, 1024 (N.D. Cal. 2012), with Robles v. Domino’s Pizza, LLC, 913 F.3d 898, 905 (9th Cir. 2019).\n"
    )
    assert [(c.title, c.container, c.pages) for c in found[1]] == [
        ("Ventura v. Kyle", "F. Supp. 3d", "1001, 1011"),
        ("Blake v. Ann-Marie Giustibelli, P.A.", "So. 3d", "881, 883-84"),
    ]
    assert [c.title for c in found[2]] == [
        "Earll v. eBay, Inc.", "Cullen v. Netflix, Inc.", "Robles v. Domino’s Pizza, LLC",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("note", "authors", "title"),
    [
        # Arbel and Becher, Contracts in the Age of Smart Readers (dev), notes 38 and 39
        ("The example is based on MARK FORSYTH, THE ELEMENTSOF ELOQUENCE (2013).", ("MARK FORSYTH",),
         "THE ELEMENTSOF ELOQUENCE"),
        ("The technical approach is described in Alec Radford, Jeffrey Wu & Ilya Sutskever, Language Models are "
         "Unsupervised Multitask Learners, OPENAI (Feb. 14, 2019).", ("Alec Radford", "Jeffrey Wu", "Ilya Sutskever"),
         "Language Models are Unsupervised Multitask Learners"),
    ],
)  # fmt: skip
def test_a_sentence_of_comment_that_leads_into_a_citation_gives_the_citation(
    note: str, authors: tuple[str, ...], title: str
) -> None:
    c = one(note)
    assert (c.authors, c.title) == (authors, title)


def test_a_think_tank_paper_cited_by_its_page_is_a_report() -> None:
    c = one("Mark F. Cancian, “U.S. Military Forces in FY 2020: Army,” Center for Strategic and International Studies "
            "(website), October 15, 2019, 4, https://www.csis.org/analysis/us-military-forces-fy-2020-army.")
    assert (c.kind, c.pages) == (CitationKind.REPORT, "4")


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        ("“U.S. Department of Defense Cyberspace Policy Report,” November 2011, https://nsarchive2.gwu.edu/a.pdf.",
         CitationKind.REPORT),
        ("James N. Mattis, Summary of the 2018 National Defense Strategy of the United States of America (Washington, "
         "DC: Department of Defense, 2018), 1.", CitationKind.REPORT),
        # a news headline's `…: Report` and Reuters' `Special Report: …` are news
        ("Wei Sheng, “China Made 6% of Chips It Used in 2020: Report,” technode, February 19, 2021, https://technode.com/a.",
         CitationKind.NEWS),
        ("Christopher Bing and Joel Schectman, “Special Report: Inside the UAE’s Secret Hacking Team of US "
         "Mercenaries,” Reuters, January 30, 2019, https://www.reuters.com/investigates/special-report/usa-spying-raven/.",
         CitationKind.WIRE),
    ],
)
def test_a_report_or_strategy_named_by_its_genre_is_a_report(note: str, kind: CitationKind) -> None:
    assert one(note).kind is kind


def test_a_journals_range_and_the_pinpoint_in_it_follow_a_volume_without_an_issue() -> None:
    # `Journal (2012): 15-24, 17` (Cyber Mercenaries, International Social Science Review)
    c = one("Jane Roe, “Cyber Operations,” Georgetown Journal of International Affairs 12 (2012): 15-24, 17.")
    assert (c.container, c.pages, c.date) == ("Georgetown Journal of International Affairs", "15-24, 17", "2012")


def test_retrieved_from_before_an_address_is_not_the_sites_name() -> None:
    c = one("“Swift: About Us” Swift, Retrieved from https://www.swift.com/about-us.")
    assert (c.title, c.container, c.url) == ("Swift: About Us", "Swift", "https://www.swift.com/about-us")


@pytest.mark.parametrize(
    ("note", "title", "date"),
    [
        ("Personal correspondence with one of the authors on July 31, 2019.",
         "Personal correspondence with one of the authors", "July 31, 2019"),
        ("Email correspondence with a NATO official, March 3, 2020.", "Email correspondence with a NATO official",
         "March 3, 2020"),
    ],
)
def test_correspondence_is_personal_and_its_date_is_no_part_of_its_words(note: str, title: str, date: str) -> None:
    c = one(note)
    assert (c.kind, c.title, c.date) == (CitationKind.PERSONAL, title, date)


def test_a_book_a_sentence_of_comment_runs_into_and_out_of_is_one_source() -> None:
    # Technology and Culture 2019 (parliament infrastructure), note 25 (dev)
    c = one(
        "Scholarly discussions of the P&O Company and Crawford report include Freda Harcourt, Flagships of "
        "Imperialism (Manchester: Manchester University Press, 2006), but these events are missing from most "
        "histories of the post office."
    )
    assert (c.authors, c.title, c.publisher, c.date) == (
        ("Freda Harcourt",), "Flagships of Imperialism", "Manchester University Press", "2006"
    )
    # Scholarly Editing 37 (scholed-2016-space-time-continuum, dev), note 2: the clause opens with a preposition
    c = one(
        "For example, see Daniel W. Stowell, ed., In Tender Consideration: Women, Families, and the Law in Abraham "
        "Lincoln’s Illinois (Urbana: University of Illinois Press, 2002), in which editors of the Papers of Abraham "
        "Lincoln contributed chapters on various legal topics that were prominent in antebellum Illinois."
    )
    assert (c.authors, c.publisher, c.date) == (("Daniel W. Stowell",), "University of Illinois Press", "2002")


def test_an_alternative_title_and_a_quoted_title_ending_in_a_full_stop_stay_with_their_citation() -> None:
    # scholed-2017-scienceart-intro-n41 n58 (dev): `; or,` opens a Victorian novel's second title
    c = one("James Malcolm Rymer, The Lady in Black; or, The Widow and the Wife (London: Lloyd, 1847), 1.")
    assert (c.authors, c.title, c.publisher) == (
        ("James Malcolm Rymer",), "The Lady in Black; or, The Widow and the Wife", "Lloyd"
    )
    # ca-2019-queer-futurity-n41 n43 (dev): the periodical and the day of its issue after the quoted title's full stop
    first, second = notes(
        '1. Rachel Metz, "Facebook\'s app for kids should freak parents out." MIT Technology Review, February 7, '
        '2018, accessed November 3, 2018; Dani. Deahl, "Facebook\'s controversial Messenger Kids is rolling out to '
        'Canada and Peru." The Verge, June 22, 2018, accessed November 3, 2018.'
    )[1]
    assert (first.authors, first.container, first.date_iso) == (("Rachel Metz",), "MIT Technology Review", "2018-02-07")
    assert (second.container, second.date_iso) == ("The Verge", "2018-06-22")


def test_a_letter_named_after_the_archival_holding_that_keeps_it() -> None:
    # scholed-2014-avisos-intro-n41 n41 and n51 (dev): Spanish archives cited holding first; a folio ends a sentence
    c = one(
        "AGI México 627, letter from Seyxas to Baltasar de Tovar/Lobera (2), Veracruz, March 11, 1696, fol. 4r–4v. "
        "According to Seyxas, his jailors freed him three weeks after the date of May 8."
    )
    assert (c.authors, c.title, c.container, c.date_iso, c.pages) == (
        ("Seyxas",), "letter from Seyxas to Baltasar de Tovar/Lobera (2)", "AGI México 627", "1696-03-11", "4r–4v"
    )


def test_a_rule_found_in_a_source_in_small_capitals_is_cited() -> None:
    # Arbel (WVLR 2015, wvlr-2015-contract-remedies-n86, dev), note 95
    c = one("The cy-pres doctrine is found in RESTATEMENT (SECOND) OF CONTRACTS § 358 (AM. LAW INST. 1981).")
    assert (c.title, c.date) == ("RESTATEMENT (SECOND) OF CONTRACTS § 358", "1981")
    # found in an archive's holding is no lead-in (scholed-2014-avisos-intro-n41, dev)
    assert notes("1. The second letter is found in AGI México 627, as the first is.")[1] == ()


def test_a_source_after_the_words_a_sentence_of_comment_quotes_from_it() -> None:
    # gwu-2022-smart-readers-n101 n112 (dev): `As … puts it: “…”` opens a sentence of comment; the source follows
    c = one(
        "As Professor Epstein puts it: “[I]t seems clear that most consumers—of whom I am proudly one—never bother to "
        "read these terms anyhow.” Richard A. Epstein, Contract, Not Regulation: UCITA and High-Tech Consumers Meet "
        "Their Consumer Protection Critics, in CONSUMER PROTECTION IN THE AGE OF THE INFORMATION ECONOMY 205, 211 "
        "(Jane K. Winn ed., 2006)."
    )
    assert (c.authors, c.container, c.date) == (
        ("Richard A. Epstein",), "CONSUMER PROTECTION IN THE AGE OF THE INFORMATION ECONOMY", "2006"
    )
    # ssrn-2016-tort-reform-backdoor-n96 n127 (dev): the source after the quotation's closing mark and a comma
    c = one(
        "Apologies are sometimes coupled with some remedial action. As William Benoit noted: “It may be possible to "
        "limit damage by firing one or more employees, but Hugh Grant cannot fire himself”, WILLIAM L. BENIOT, "
        "ACCOUNTS, EXCUSES, AND APOLOGIES: A THEORY OF IMAGE RESTORATION STRATEGIES 48 (2015)."
    )
    assert (c.authors, c.pages, c.date) == (("WILLIAM L. BENIOT",), "48", "2015")


def test_a_journal_issue_with_its_full_stop_typed_after_the_number() -> None:
    # ahr-2018-spine-of-american-law n14 (dev)
    c = one(
        'Maxwell Bloomfield, "William Sampson and the Codifiers: The Roots of American Legal Reform," American '
        "Journal of Legal History 11, no 3. (1967): 234–252"
    )
    assert (c.container, c.volume, c.issue, c.date, c.pages) == (
        "American Journal of Legal History", "11", "3", "1967", "234-252"
    )


def test_a_students_unsigned_note_is_named_by_its_title_alone() -> None:
    # aclr-2023-uncontested-prosecutor-elections n6, rjolt-2021-protecting-children n16 (dev): Bluebook 16.7.1
    c = one("See Note, The Paradox of “Progressive Prosecution”, 132 HARV. L. REV. 748, 758–68 (2018).")
    assert (c.title, c.authors, c.container) == ("The Paradox of “Progressive Prosecution”", (), "HARV. L. REV.")
    c = one("Comment, Translating Sympathy for Deceived Consumers, 114 U. PA. L. REV. 395, 395–96 (1966).")
    assert c.title == "Translating Sympathy for Deceived Consumers"


def test_a_law_review_article_in_a_sentence_of_comment_ends_at_its_year() -> None:
    # Arbel (WVLR 2015, wvlr-2015-contract-remedies, dev), note 9: the article's title asks a question, and a
    # clause of comment follows its year
    c = one(
        "An important source of inspiration is the study conducted by Ward Farnsworth, Do Parties to Nuisance Cases "
        "Bargain After Judgment? A Glimpse Inside the Cathedral, 66 U. CHI. L. REV. 373 (1999), in which he "
        "interviewed lawyers involved in nuisance litigation and inquired regarding post-judgment renegotiations."
    )
    assert (c.authors, c.container, c.volume, c.pages, c.date) == (
        ("Ward Farnsworth",), "U. CHI. L. REV.", "66", "373", "1999"
    )
    assert c.title == "Do Parties to Nuisance Cases Bargain After Judgment? A Glimpse Inside the Cathedral"
    # Arbel (JOLT 2024, jolt-2024-nano-contracts, dev), note 29: a working paper's question, its page, its series
    c = one(
        "For a thorough, mostly skeptical view of the sharing economy, see Ronit Levine-Schnur & Moran Ofir, Who "
        "Shares the Sharing Economy? 51 (LSE L. Working Paper Series, Paper No. 19/2023, 2023), "
        "https://papers.ssrn.com/sol3/papers.cfm?abstract_id=4415934."
    )
    assert (c.authors, c.title, c.pages, c.date) == (
        ("Ronit Levine-Schnur", "Moran Ofir"), "Who Shares the Sharing Economy?", "51", "2023"
    )


def test_a_book_whose_imprint_leaves_out_the_publisher_is_a_source_however_its_title_reads() -> None:
    # Midura (JSH 2021), note 3 (dev): an Italian title in lower case reads like prose; `(Milano: 1993)` ends it
    (_, second) = notes(
        "1. Wolfgang Behringer, Im Zeichen des Merkur: Reichspost und Kommunikationsrevolution in der Frühen Neuzeit "
        "(Gottingen: 2003); Bruno Caizzi, Dalla posta dei re alla posta di tutti: territorio e comunicazioni in "
        "Italia dal XVI secolo all'Unità (Milano: 1993)."
    )[1]
    assert (second.authors, second.date) == (("Bruno Caizzi",), "1993")
    assert second.title is not None and second.title.startswith("Dalla posta dei re")


def test_a_book_named_by_its_authors_possessive_is_by_that_author() -> None:
    # Evans and Wilkens (Cultural Analytics 2018), note 10 (dev), the second of three books
    c = one("Franco Moretti's Atlas of the European Novel and Graphs, Maps, Trees (London: Verso, 2005).")
    assert (c.authors, c.publisher, c.date) == (("Franco Moretti",), "Verso", "2005")
    assert c.title is not None and c.title.startswith("Atlas of the European Novel")
    # Midura (JSH 2021), note 6 (dev): at the end of a sentence of comment, the imprint's publisher left out
    c = one(
        "For an example of a New World itinerary see Jan Huygen's Itinerario, voyage of te schipvaert naer Oost ofte "
        "Portugaels Indien (Antwerp: 1596)."
    )
    assert (c.authors, c.date) == (("Jan Huygen",), "1596")
    # one capitalised word is no person's name: `Amazon's Mechanical Turk` names no author
    assert "Amazon" not in one("Amazon's Mechanical Turk (Seattle: Amazon, 2005).").authors
    # Scholarly Editing 37 (scholed-2016-human-sciences-stem, dev), note 4: a lead-in too short to read as prose
    c = one("I am recalling Paul Connerton’s How Modernity Forgets (Cambridge, UK: Cambridge UP, 2009), 32.")
    assert (c.authors, c.title, c.pages) == (("Paul Connerton",), "How Modernity Forgets", "32")
    # a possessive inside a title, after its author, is the title's (scholed-2012-utctopsy-intro, dev, note 7)
    c = one("Claire Parfait, The Publishing History of Uncle Tom’s Cabin, 1852–2002 (Burlington, VT: Ashgate, 2007).")
    assert (c.authors, c.title) == (("Claire Parfait",), "The Publishing History of Uncle Tom’s Cabin, 1852–2002")


# ------------------------------------------------------------------ long comment notes of literary history (session 9)


def test_a_citation_opening_with_its_title_is_by_the_writer_the_comment_before_names() -> None:
    # Long, Detwyler and Zhu (Cultural Analytics 2018), note 3 (dev): the writer is the subject of a reporting verb
    first, second = notes(
        "1. Hsia suggests that Romanticism's only distinguishing quality is a \"maudlin sentimentality.\" See A "
        "History of Modern Chinese Fiction, Second Ed. (New Haven and London: Yale University Press, 1971), 95. "
        "Likewise, Lee concludes that Romanticism was definable largely by way of group libraries. See The "
        "Romantic Generation of Modern Chinese Writers (Cambridge, MA: Harvard University Press, 1973), 22."
    )[1]
    assert (first.authors, first.pages, second.authors, second.pages) == (("Hsia",), "95", ("Lee",), "22")
    # Gavin and Gidal (Cultural Analytics 2017), note 22 (dev)
    (c,) = notes(
        "1. Rachel Hewitt traces the Ordnance Survey's origins back to the eighteenth century. See Map of a Nation: "
        "A Biography of the Ordnance Survey (London: Granta, 2010), especially 8-37."
    )[1]
    assert (c.authors, c.publisher) == (("Rachel Hewitt",), "Granta")
    # a comment that opens with no writer gives none: `This argument …`
    (c,) = notes("1. This argument suggests a change of method. See Map of a Nation (London: Granta, 2010).")[1]
    assert c.authors == ()


def test_a_list_a_comment_introduces_with_a_colon_starts_after_the_colon() -> None:
    # Erlin (Cultural Analytics 2017), note 9 (dev): the first work of the list, and a book by its year alone
    first, second = notes(
        "1. The twelve authors and works (often excerpts thereof) include the following: René Descartes, "
        "Meditations on a First Philosophy (1641); John Locke, Essay Concerning Human Understanding (1690)."
    )[1]
    assert (first.authors, first.title, first.date, first.kind) == (
        ("René Descartes",), "Meditations on a First Philosophy", "1641", CitationKind.BOOK
    )
    assert (second.authors, second.kind) == (("John Locke",), CitationKind.BOOK)


def test_a_short_comment_or_an_editor_before_the_work_is_not_part_of_it() -> None:
    # Winterer (Modern Intellectual History 2012), note 13, and Erlin, note 9 (dev)
    c = one("The two books are G. Ostrander, Republic of Letters: The American Intellectual Community (Madison, 1999)")
    assert (c.authors, c.title) == (("G. Ostrander",), "Republic of Letters: The American Intellectual Community")
    c = one("The selection was based on David Cooper, ed., Epistemology: The Classic Readings (London: Blackwell, "
            "1999).")
    assert (c.authors, c.title, c.publisher) == (("David Cooper",), "Epistemology: The Classic Readings", "Blackwell")


def test_a_journal_led_into_with_in_is_a_journal_when_a_date_alone_and_pages_follow() -> None:
    # Long, Detwyler and Zhu (Cultural Analytics 2018), notes 15 and 19, and Liddle (2019), note 25 (dev)
    c = one('John Carroll, "Analysis of Verbal Behavior," in Psychological Review 51 (March, 1944): 102-119.')
    assert (c.kind, c.container, c.date, c.pages, c.publisher) == (
        CitationKind.JOURNAL, "Psychological Review", "March, 1944", "102-119", None
    )
    c = one('P. Thoiron, "Diversity Index," in Computers and the Humanities 20, no. 3 (1986): 197-202.')
    assert (c.kind, c.container, c.volume, c.issue) == (CitationKind.JOURNAL, "Computers and the Humanities", "20", "3")
    c = one('Katharina Ehret, "Compressing learner language," in Second Language Research (2016): 10.')
    assert (c.kind, c.container, c.pages) == (CitationKind.JOURNAL, "Second Language Research", "10")
    # a numbered series of papers is no journal; a chapter's book has its place and publisher in the parenthesis
    assert one('I. Kontoyiannis, "The Complexity," in NSF Technical Report, no. 97 (June 1996): 1-15.').kind is not (
        CitationKind.JOURNAL
    )
    c = one('Jane Doe, "A Chapter," in The Book of Essays (London: Verso, 2001), 10-20.')
    assert (c.kind, c.container, c.publisher) == (CitationKind.BOOK, "The Book of Essays", "Verso")


def test_cited_in_and_e_g_lead_into_a_citation_and_a_dissertation_without_its_comma_is_one() -> None:
    # Long, Detwyler and Zhu (Cultural Analytics 2018), notes 4 and 7; Röhle (communication +1 2021), note 16 (dev)
    (_, cited) = notes(
        "1. Edward Fowler, The Rhetoric of Confession (Berkeley: University of California Press, 1988), 3.\n"
        '2. Shimamura Hōgetsu, "Jo ni kaete jinseikanjō no shizenshugi o ronzu". Cited in Fowler, 100.'
    )[2]
    assert (cited.refers_to, cited.pages, cited.title) == (1, "100", "The Rhetoric of Confession")
    c = one(
        "Some authors seek to identify causal historical trajectories from hacktivism to other forms of DDoS, e.g., "
        "Tracey Caldwell, “Hacktivism Goes Hardcore”, Network Security 2015, no. 5 (1 May 2015): 12-17."
    )
    assert (c.authors, c.title) == (("Tracey Caldwell",), "Hacktivism Goes Hardcore")
    c = one('Barbara Mito Reed, "Language, Narrative Structure, and the Shōsetsu" (diss. Princeton University, 1988).')
    assert (c.kind, c.publisher, c.date) == (CitationKind.REPORT, "Princeton University", "1988")


def test_a_sentence_that_opens_by_pointing_to_a_source_starts_a_citation() -> None:
    # Long, Detwyler and Zhu (Cultural Analytics 2018), note 9 (dev): the sentence before ends in a name, not a page
    cited = notes(
        "1. For China, see Liu and Gunn. For Japan, see Kisaka Motoi, Kindai bunshō seiritsu no shosō (Osaka: Wazumi "
        "shoin, 1988), Chapter 3."
    )[1]
    # (surnames a comment points to with no page and no title cite nothing: Kane's note 20 convention, SOURCES.md)
    (c,) = cited
    assert (c.authors, c.title, c.publisher) == (("Kisaka Motoi",), "Kindai bunshō seiritsu no shosō", "Wazumi shoin")
    # a sentence of comment before `See` is cut off it (Office of the Historian, FRUS history ch. 8, note 4, dev)
    (c,) = notes(
        "1. Later, in 1962, Dexter Perkins proposed abandoning coverage of Paraguay. See Jane Doe, The Book of "
        "Records (London: Verso, 2001), 12."
    )[1]
    assert (c.authors, c.title) == (("Jane Doe",), "The Book of Records")


# ------------------------------------------------------------------ GAO's own form, before 2000 and in lists


def test_a_gao_report_numbered_with_its_division_keeps_the_number_out_of_the_title() -> None:
    # GAO-07-791 (dev, gao-2007-regulatory-reviews), note 23: reports before 2000 carry the division (`GAO/GGD-…`)
    c = one(
        "GAO, Managing for Results: Regulatory Agencies Identified Significant Barriers to Focusing on Results, "
        "GAO/GGD-97-83 (Washington, D.C.: June 24, 1997)."
    )
    assert (c.kind, c.authors, c.date_iso) == (CitationKind.REPORT, ("GAO",), "1997-06-24")
    assert c.title == "Managing for Results: Regulatory Agencies Identified Significant Barriers to Focusing on Results"


def test_the_second_report_of_a_gao_list_is_gaos_and_its_number_repeats_the_latest_full_citation() -> None:
    # GAO-07-791, notes 3, 21 and 25: the list leaves the body out of its second report; `GAO/RCED-99-250` alone
    # repeats the report printed in full most recently (note 2 here, not note 1)
    first = (
        "GAO, Regulatory Reform: Prior Reviews, GAO-05-939T (Washington, D.C.: July 27, 2005), and Environmental "
        "Protection: Assessing the Impacts of EPA’s Regulations, GAO/RCED-99-250 (Washington, D.C.: Sept. 14, 1999)."
    )
    again = (
        "See GAO, Environmental Protection: Assessing the Impacts of EPA’s Regulations, GAO/RCED-99-250 "
        "(Washington, D.C.: Sept. 14, 1999)."
    )
    got = notes(f"1. {first}\n2. {again}\n3. See GAO-05-939T; and GAO/RCED-99-250.")
    second = got[1][1]
    assert (second.kind, second.authors, second.title) == (
        CitationKind.REPORT, ("GAO",), "Environmental Protection: Assessing the Impacts of EPA’s Regulations"
    )  # fmt: skip
    assert [(c.short_form, c.refers_to) for c in got[3]] == [(True, 1), (True, 2)]


def test_a_comment_before_a_gao_citation_is_not_a_list_entry_without_its_body() -> None:
    # GAO-26-107820 (dev), note 4: the body stands after the comment, so the comment is no report's title
    c = notes(
        "1. In 2009, this area was narrowed to focus on DOE. GAO, High-Risk Series: An Update, GAO-09-271 "
        "(Washington, D.C.: Jan. 22, 2009)."
    )[1][-1]
    assert (c.authors, c.title) == (("GAO",), "High-Risk Series: An Update")


def test_a_university_centre_publishes_under_its_university_and_a_chapter_is_a_pinpoint() -> None:
    # Long, Detwyler and Zhu (Cultural Analytics 2018), notes 5 and 7; Warren (2018), note 35 (dev)
    c = one(
        "Irmela Hijiya-Kirschnereit, Rituals of Self-Revelation: Shishōsetsu as Literary Genre (Cambridge, MA: "
        "Council on East Asian Studies, Harvard University, 1996), chapter 9."
    )
    assert (c.publisher, c.pages) == ("Council on East Asian Studies, Harvard University", "chapter 9")
    c = one("Raymond Hsu, Lu Hsun (Hong Kong: Centre of Asian Studies, University of Hong Kong Press, 1979).")
    assert (c.kind, c.publisher) == (CitationKind.BOOK, "Centre of Asian Studies, University of Hong Kong Press")
    # a publisher and its place after it stay apart (`Penguin, London`: no university)
    assert one("Jane Doe, The Title (Harmondsworth: Penguin, London, 1990).").publisher == "Penguin"


def test_a_gao_lists_second_title_may_open_with_an_ordinal_and_name_a_body() -> None:
    # GAO-07-791 (dev), note 13: `…, and 21st Century Challenges: Reexamining the Base of the Federal Government,
    # GAO-05-325SP (…)` is a second report of GAO's, though its title opens with a number and ends with a body
    got = notes(
        "1. See, for example, GAO, Supporting the Congress through Oversight, GAO-07-644T (Washington, D.C.: Mar. 21, "
        "2007), and 21st Century Challenges: Reexamining the Base of the Federal Government, GAO-05-325SP (Washington, "
        "D.C.: February 2005)."
    )[1]
    assert [(c.kind, c.authors, c.title, c.date) for c in got] == [
        (CitationKind.REPORT, ("GAO",), "Supporting the Congress through Oversight", "Mar. 21, 2007"),
        (
            CitationKind.REPORT, ("GAO",), "21st Century Challenges: Reexamining the Base of the Federal Government",
            "February 2005",
        ),
    ]  # fmt: skip


def test_a_poems_lines_after_its_collection_are_its_pinpoint() -> None:
    # About Gavin Turnbull (CDH-SC edition essay), notes 9 and 17 (dev): `ll.` is no roman page ending the citation
    c = one('Turnbull, "Ode to David Sillar," in Poetical Essays (1788), ll. 15-20.')
    assert (c.title, c.container, c.date, c.pages) == ("Ode to David Sillar", "Poetical Essays", "1788", "ll. 15-20")
    assert one('Turnbull, "Prologue," in Poems (1794), ll. 7-18, 24-25.').pages == "ll. 7-18, 24-25"
    # a roman pinpoint still ends its citation (`…, 1998), xiii. The anthology …`)
    (first, *_) = notes("1. Jane Doe, The Title (New York: Vintage, 1997), xiii. The anthology includes many.")[1]
    assert first.pages == "xiii"


def test_a_journal_name_runs_up_to_its_volume_commas_and_colon_included() -> None:
    # Latina information worker (aq-2022, dev) notes 16 and 19; Old Bailey (lhr-2016, dev) note 35
    c = one(
        "Eva Gustavsson, “Virtual Servants: Stereotyping Female Front-Office Employees on the Internet,” Gender, "
        "Work & Organization 12.4 (2005): 400–419."
    )
    assert (c.kind, c.container, c.date, c.pages) == (CitationKind.JOURNAL, "Gender, Work & Organization", "2005",
                                                     "400-419")  # fmt: skip
    c = one("Thao Phan, “Amazon Echo and the Aesthetics of Whiteness,” Catalyst: Feminism, Theory, Technoscience "
            "5.1 (2019): 0–0.")  # fmt: skip
    assert (c.kind, c.container) == (CitationKind.JOURNAL, "Catalyst: Feminism, Theory, Technoscience")
    c = one(
        "Simon Devereaux, “The Fall of the Sessions Paper: Criminal Trial and the Popular Press in Late "
        "Eighteenth-Century London,” Criminal Justice History, 18 (2002): 58, 71"
    )
    assert (c.kind, c.container, c.pages) == (CitationKind.JOURNAL, "Criminal Justice History", "58, 71")


def test_a_day_of_the_month_or_a_title_before_the_volume_is_no_part_of_a_journals_name() -> None:
    # Cyber uncertain domain (jss-2022, dev) note 23: a newspaper's day in front of a parenthesised year
    c = one('Mark Landler and John Markoff, "Digital fears emerge after data siege in Estonia," The New York Times, '
            "May 29 (2007).")  # fmt: skip
    assert c.container == "The New York Times"
    # Parliament infrastructure (tc-2019, dev) note 7: a special issue's title between the journal and its volume
    c = one('John W. Mohr and Petko Bogdanov, "Introduction---Topic Models: What They Are and Why They Matter," '
            "Poetics, Topic Models and the Cultural Sciences, 41, no. 6 (December 2013): 545--69.")  # fmt: skip
    assert c.container == "Poetics"


@pytest.mark.parametrize(
    ("note", "kind", "authors", "title", "container", "date", "pages"),
    [
        # Nano Contracts (dev) note 30: a printed paper's piece, dated by its issue and pinned `at` its page
        ("Flying Machines Which Do Not Fly, N.Y. TIMES, Oct. 9, 1903, at 6.", CitationKind.NEWS, (),
         "Flying Machines Which Do Not Fly", "N.Y. TIMES", "Oct. 9, 1903", "6"),
        # note 24: a reporter of the law dated by its issue is a journal, its first page and pinpoint `at`
        ("See Lea Diestelmeier & Job Swens, Energy Communities in the Netherlands, EUR. ENERGY L. REP., Nov. 26, "
         "2021, at 239, 252.", CitationKind.JOURNAL, ("Lea Diestelmeier", "Job Swens"),
         "Energy Communities in the Netherlands", "EUR. ENERGY L. REP.", "Nov. 26, 2021", "239, 252"),
    ],
)  # fmt: skip
def test_a_printed_periodical_in_bluebooks_form(
    note: str, kind: CitationKind, authors: tuple[str, ...], title: str, container: str, date: str, pages: str
) -> None:
    (c,) = parse_text(f"1. {note}").notes[0].citations
    assert (c.kind, c.authors, c.title, c.container, c.date, c.pages) == (kind, authors, title, container, date, pages)


def test_a_book_named_after_a_pronoun_or_a_relative_clause_is_its_writers() -> None:
    # Chicago comment notes point to a book by a writer they have just named: `see her …`, `…, who uses it in …`
    (note,) = parse_text(
        "1. As Susan Whyman has shown, letter writing spread well beyond the elite; see her The Pen and the People "
        "(Oxford: Oxford University Press, 2009), 3–11.\n"
    ).notes
    (c,) = [c for c in note.citations if c.title]
    assert (c.authors, c.title, c.pages) == (("Susan Whyman",), "The Pen and the People", "3-11")
    (note,) = parse_text(
        "1. I borrow the term from Franco Moretti, who uses it in Distant Reading (London: Verso, 2013), 48.\n"
    ).notes
    (c,) = note.citations
    assert (c.authors, c.title, c.publisher) == (("Franco Moretti",), "Distant Reading", "Verso")


def test_doctrine_publications_by_their_headquarters_with_chapter_numbered_pages() -> None:
    # military journals cite doctrine so: the body, the title, the series and number, the imprint, `III-12` pages
    notes = {n.number: n.citations for n in parse_text(
        "1. Headquarters, Department of the Army (HQDA), Operations, Field Manual (FM) 3-0 (Washington, DC: HQDA, "
        "October 2022), 1-2.\n"
        "2. Joint Chiefs of Staff (JCS), Joint Planning, Joint Publication (JP) 5-0 (Washington, DC: JCS, December "
        "2020), III-12.\n"
        "3. JCS, Joint Planning, IV-3.\n"
    ).notes}  # fmt: skip
    (hq,), (jcs,), (again,) = notes[1], notes[2], notes[3]
    assert (hq.kind, hq.authors, hq.title) == (
        CitationKind.REPORT, ("Headquarters, Department of the Army (HQDA)",), "Operations"
    )  # fmt: skip
    assert (jcs.authors, jcs.title, jcs.publisher, jcs.pages) == (
        ("Joint Chiefs of Staff (JCS)",), "Joint Planning", "JCS", "III-12"
    )  # fmt: skip
    assert (again.refers_to, again.pages) == (2, "IV-3")


def test_cases_in_a_comment_about_a_lawyer_are_not_his() -> None:
    (note,) = parse_text(
        "1. Field became renown for his trial advocacy. Field argued the winning side in major Reconstruction cases "
        "such as Cummings v. Missouri, 71 U.S. (4 Wall.) 277 (1867) (striking a loyalty oath as unconstitutional).\n"
    ).notes
    (case,) = [c for c in note.citations if c.title]
    assert (case.title, case.authors, case.container) == ("Cummings v. Missouri", (), "U.S.")


def test_towns_with_their_states_in_a_list_of_comment_are_no_sources() -> None:
    # crs-2026-seafood-imports-n41 n45
    refs = parse_text(
        "1. In FY2023, NMFS reported that inspections also occurred in Oakland, CA; Miami, FL; Savannah, GA; Newark, "
        "NJ; the U.S.-Mexico border; and other major U.S. ports. NOAA, NMFS, Report on the Seafood Import Monitoring "
        "Program—FY2023.\n"
    )
    (c,) = refs.notes[0].citations
    assert c.title == "Report on the Seafood Import Monitoring Program—FY2023"


def test_an_edition_typed_unevenly_and_a_series_volume_or_accented_name_are_not_the_title() -> None:
    # Underwood et al., Genre Theory and Historicism, note 2; Clement and McLaughlin, Measured Applause, note 26;
    # Honkapohja, The Trinity Seven Planets, note 16; Dunning, Hugh of Saint Victor's De quinque septenis, note 43
    # (all dev)
    assert one("John Frow, Genre, 2nd. Ed. (London: Routledge, 2015), 10.").title == "Genre"
    assert one("T. D. Rossing and F. R. Moore, The Science of Sound (3rd edition.) (San Francisco: Addison-Wesley, "
               "2001).").title == "The Science of Sound"  # fmt: skip
    c = one("Cf. Irma Taavitsainen, Middle English Lunaries: A Study of the Genre, Memoires de la Societe "
            "Neophilologique de Helsinki, vol. 47 (Helsinki: Societe Neophilologique, 1988), 5, 45–60")  # fmt: skip
    assert (c.title, c.container) == (
        "Middle English Lunaries: A Study of the Genre", "Memoires de la Societe Neophilologique de Helsinki"
    )
    c = one("Roger Baron, Hugues de Saint-Victor. Six opuscules spirituels, Sources chrétiennes 155 (Paris: Cerf, "
            "1969), 100–118, introduction 30–37.")  # fmt: skip
    assert (c.title, c.container) == ("Hugues de Saint-Victor. Six opuscules spirituels", "Sources chrétiennes 155")


def test_a_journal_after_in_with_a_subtitle_and_issues_bound_as_one_is_a_journal() -> None:
    # Earhart, Alex Haley's "The Malcolm X I Knew" (introduction), note 13; Brown and Mandell, The Identity Issue,
    # note 18 (both dev)
    c = one("Manning Marable, \"Rediscovering Malcolm's Life: A Historian's Adventures in Living History,\" in Souls: "
            "A Critical Journal of Black Politics, Culture, and Society 7, no. 1 (2005): 20–35, 27.")  # fmt: skip
    assert (c.kind.value, c.container, c.volume, c.issue) == (
        "journal", "Souls: A Critical Journal of Black Politics, Culture, and Society", "7", "1"
    )
    c = one('See also David M. Halperin, "The Normalization of Queer Theory," Journal of Homosexuality 45.2-4 '
            "(2003): 339-343.")  # fmt: skip
    assert (c.container, c.volume, c.issue, c.pages) == ("Journal of Homosexuality", "45", "2-4", "339-343")


def test_a_videos_channel_before_its_title_is_its_author() -> None:
    # Arbel & Shapira, Consumer Activism, note 86; Arbel, Adminization, note 21 (both dev)
    c = one("Sonsofmaxwell, United Breaks Guitars, YOUTUBE (July 6, 2009), https://www.youtube.com/watch?v=5YGc4zOqozo.")
    assert (c.authors, c.title, c.container) == (("Sonsofmaxwell",), "United Breaks Guitars", "YOUTUBE")
    c = one("The Obama White House, The White House Forum on Increasing Access to Justice, YOUTUBE (Apr. 19, 2016), "
            "https://www.youtube.com/watch?v=162foSVT2Uk.")  # fmt: skip
    assert (c.authors, c.title) == (("The Obama White House",), "The White House Forum on Increasing Access to Justice")


def test_a_student_notes_genre_after_its_title_is_no_part_of_it() -> None:
    # Lopez & Arbel, Governing Generative AI Beyond the Grave, note 32 (dev)
    c = one("Rebecca J. Roberts, You’re Only Mostly Dead: Protecting Your Digital Ghost from Unauthorized "
            "Resurrection, Note, 75 FED. COMM. L. J. 273 (2023).")  # fmt: skip
    assert (c.kind.value, c.title) == (
        "journal", "You’re Only Mostly Dead: Protecting Your Digital Ghost from Unauthorized Resurrection"
    )


def test_the_body_or_desk_that_wrote_a_page_before_its_title_is_its_author() -> None:
    # Dever & Dever, Information Age Imperialism, note 3; Patel, Cyber and TRIA, note 38 (both dev)
    c = one("See AT Editor, Is China the Neocolonial Power in Africa?, AFRICA TIMES (Oct. 27, 2019, 7:01 PM), "
            "https://africatimes.com/2019/10/27/is-china-theneocolonial-power-in-africa/.")  # fmt: skip
    assert (c.authors, c.title) == (("AT Editor",), "Is China the Neocolonial Power in Africa?")
    c = one("Federal Insurance Office, Report on the Effectiveness of the Terrorism Risk Insurance Program,  U.S. "
            "DEPARTMENT OF THE TREASURY, 25 (June 2018).")  # fmt: skip
    assert (c.authors, c.title) == (
        ("Federal Insurance Office",), "Report on the Effectiveness of the Terrorism Risk Insurance Program"
    )
    # a quoted headline with a comma of its own keeps it (Ballantyne et al., Crafting an Innovation Ecosystem That
    # Works for Working People, note 65, dev)
    c = one("“Workers United, Communication Workers of America Join Forces on Apple Retail,” Communication Workers of "
            "America, press release, June 8, 2022, https://cwa-union.org/news/releases/workersunited-communications-"
            "workers-of-america-join-forces-on-apple-retail.")  # fmt: skip
    assert (c.authors, c.title) == ((), "Workers United, Communication Workers of America Join Forces on Apple Retail")


def test_a_case_short_form_after_the_words_it_is_quoted_for_and_with_a_footnote_pinpoint() -> None:
    # Hovenkamp, Selling Antitrust, notes 17 and 18; Healy & Christiansen, Anti-Money Laundering and Counter-Terrorist
    # Finance: Year-in-Review 2015, note 91 (both dev)
    found = notes(
        "17. E.g., Liggett Co. v. Lee, 288 U.S. 517 (1933).\n"
        "18. “The statute seeks to do this by subjecting the latter to financial handicaps which may conceivably "
        "compel their withdrawal from the state.” Liggett, 288 U.S. at 541 (Brandeis, j., dissenting).\n"
        "19. See United States v. Nichols, 841 F.2d 1485, 1499 (10th Cir. 1985).\n"
        "20. see also Nichols, 841 F.2d at 1488-89 & n.2 (\"Section 853(c) was enacted in response to decisions "
        "holding that the relation back concept did not apply in criminal forfeiture proceedings.\")\n"
    )
    assert [(c.title, c.refers_to, c.pages) for c in found[18] + found[20]] == [
        ("Liggett Co. v. Lee", 17, "541"),
        ("United States v. Nichols", 19, "1488-89 & n.2"),
    ]


def test_a_title_in_its_own_language_then_an_imprint_and_a_volumes_page_is_a_citation() -> None:
    # Dunning, Hugh of Saint Victor's De quinque septenis, note 39 (dev): Latin words in lower case read like a
    # sentence, but the imprint and `1:303`, a page of the set's first volume, make it a book
    c = one("Opera omnia tribus tomis digesta (Rouen: Berthelin, 1648), 1:303.")
    assert (c.kind.value, c.title, c.publisher, c.pages) == ("book", "Opera omnia tribus tomis digesta", "Berthelin",
                                                             "1:303")  # fmt: skip


def test_a_titles_alternative_after_a_semicolon_and_or_is_the_same_title() -> None:
    # Nesvet, Introduction to Rymer's Science and Art, note 60 (scholed-2017-scienceart-intro-n41, dev)
    c = one("James Malcolm Rymer, The String of Pearls; or, the Barber of Fleet–Street, A Domestic Romance (London: "
            "Edward Lloyd, 1850), 616.")  # fmt: skip
    assert (c.title, c.publisher, c.pages) == (
        "The String of Pearls; or, the Barber of Fleet–Street, A Domestic Romance", "Edward Lloyd", "616"
    )


def test_a_memorandum_to_a_list_of_addressees_is_one_citation_by_its_sender() -> None:
    # Hamilton, Department of Justice, note 8; Gunasekara, Environmental Protection Agency, note 28 (both chapters of
    # Mandate for Leadership, dev)
    c = one("Memorandum from Attorney General Merrick Garland to Director, Federal Bureau of Investigation; "
            "Director of the Executive Office for U.S. Attorneys; Assistant Attorney General, Criminal Division; and "
            'United States Attorneys, "Subject: Partnership Among Federal, State, Local, Tribal, and Territorial Law '
            'Enforcement to Address Threats Against School Administrators, Board Members, Teachers, and Staff," '
            "October 4, 2021, https://www.justice.gov/ag/page/file/1438986/download (accessed February 3, "
            "2023).")  # fmt: skip
    assert (c.kind.value, c.authors, c.date) == ("official", ("Merrick Garland",), "October 4, 2021")
    assert c.title and c.title.startswith("Partnership Among Federal, State, Local")
    c = one("Memorandum from David P. Ross, Assistant Administrator, Environmental Protection Agency, to Office of "
            'Water Program Directors, "Subject: Office of Water Policy for Draft Documents," August 6, '
            "2019.")  # fmt: skip
    assert (c.authors, c.title) == (("David P. Ross",), "Office of Water Policy for Draft Documents")


def test_a_journals_pages_after_its_dated_parenthesis_with_no_colon() -> None:
    # Bowser, Word and Shaw, Ongoing Genocides and the Need for Healing, note 46 (dev)
    c = one("Farzana T. Saleem et al., “Addressing the ‘Myth’ of Racial Trauma: Developmental and Ecological "
            "Considerations for Youth of Color,” Clinical Child and Family Psychology Review 23, no. 1 (Mar 2020) "
            "1–14")  # fmt: skip
    assert (c.container, c.volume, c.issue, c.pages) == (
        "Clinical Child and Family Psychology Review", "23", "1", "1-14"
    )


def test_the_place_cited_after_a_works_quoted_title_is_its_pinpoint_not_its_container() -> None:
    # McAllister et al., Toward "Thorough, Accurate, and Reliable", chapter 6, note 2 (dev)
    (c,) = notes("2. See Richard Leopold, “The Foreign Relations Series,” especially p. 598\n")[2]
    assert (c.title, c.container, c.pages) == ("The Foreign Relations Series", None, "598")


def test_a_weeks_issue_dated_by_a_span_of_days_is_dated_by_the_first() -> None:
    # Davies, Method and Judgment in the Theodore Dreiser Edition, note 9 (dev)
    c = one("Richard Lingeman, “Sister Carrie’s Chaperones,” Nation, July 11–18, 1981, 53–57")
    assert (c.container, c.date, c.date_iso, c.pages) == ("Nation", "July 11–18, 1981", "1981-07-11", "53-57")


@pytest.mark.parametrize(
    ("text", "number", "refers_to", "author"),
    [
        # Cooke, The Brick-and-Mortar Bank is Dead (ncbi-2021-brick-and-mortar-bank, dev), notes 35-50: note 39 is an
        # `Id.` for Peters; the Ponemon Institute's report, named by its abbreviation, is note 41
        (
            "35. See Rachael M. Peters, Note, So You’ve Been Notified, Now What? The Problem with Current Data-Breach "
            "Notification Laws, 56 ARIZ. L. REV. 1171, 1174 (2014).\n"
            "39. See id. (discussing huge data breaches that occurred within Target, Home Depot, and JP Morgan "
            "Chase).\n"
            "41. See PONEMON INST., 2020 Cost of a Data Breach Report, 54 (2020), https://www.ibm.com/security/x/#/pdf.\n"
            "50. See PONEMON INST., supra note 39, at 8 (“Customers’ personally identifiable information …”).\n",
            50, 41, "PONEMON INST.",
        ),
        # Brookes, U.S. Regulation of Blockchain Currencies (ipbrief-2018-blockchain-currencies, dev), notes 92-97:
        # note 93 is an `Id.` for a case; the bureau, named in full, is note 94
        (
            "92. United States v. Coinbase Inc., et al., No. 3:17-cv-01431-JSC, 2017 WL 5890052 (N.D. Cal. Nov. 28, "
            "2017).\n"
            "93. id.\n"
            "94. Consumer Financial Protection Bureau, What are virtual currencies and what should I know if I'm "
            "interested in using one?, Ask CFB (April 15, 2016) https://www.consumerfinance.gov/ask-cfpb/x/.\n"
            "97. See Consumer Financial Protection Bureau, supra note 93 (New CFPB rules creating mandatory "
            "disclosures).\n",
            97, 94, "Consumer Financial Protection Bureau",
        ),
    ],
)
def test_a_supra_naming_a_body_follows_the_name_past_a_slipped_number(text, number, refers_to, author) -> None:
    (c,) = notes(text)[number]
    assert (c.refers_to, c.authors) == (refers_to, (author,))


# ------------------------------------------------------------------ treaties (Bluebook 21.4)


@pytest.mark.parametrize(
    ("note", "title", "date", "pages"),
    [
        # Schmitt & Biller, Israel's Cyber Operations (ils-2021-israel-cyber-operations, dev), note 10: the article
        # cited is the pinpoint, the day the treaty was signed its date
        (
            "See Geneva Convention for the Amelioration of the Condition of Wounded and Sick in Armed Forces in the "
            "Field art. 19, Aug. 12, 1949, 75 U.N.T.S. 31.",
            "Geneva Convention for the Amelioration of the Condition of Wounded and Sick in Armed Forces in the Field",
            "Aug. 12, 1949", "art. 19",
        ),
        # Internet Architecture and Disability (ilj-2020-internet-architecture-disability, dev), note 63: the day's
        # abbreviated month ends no sentence, however much the parenthetical after says
        (
            "Convention on the Rights of Persons with Disabilities art. 21, Dec. 13, 2006, 2515 U.N.T.S. 44910 "
            "(requiring member states to “take all appropriate measures to ensure that persons with disabilities can "
            "exercise the right to freedom of expression and opinion”).",
            "Convention on the Rights of Persons with Disabilities", "Dec. 13, 2006", "art. 21",
        ),
        # Digital Dominion (uic-2021-digital-dominion, dev), note 82: a comma inside the treaty's name, its day after
        # the series; no article cited, so the first page is the pinpoint
        (
            "Convention Against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment, 1465 U.N.T.S. "
            "85 (Dec. 10, 1984).",
            "Convention Against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
            "Dec. 10, 1984", "85",
        ),
    ],
)
def test_a_treaty_is_its_name_its_day_and_the_series_that_prints_it(note, title, date, pages) -> None:
    c = one(note)
    assert (c.kind, c.authors, c.title, c.container, c.date, c.pages) == (
        CitationKind.OFFICIAL, (), title, "U.N.T.S.", date, pages
    )
    assert c.volume is not None


def test_a_list_of_treaties_is_one_citation_each() -> None:
    # ils-2021-israel-cyber-operations (dev), note 9
    cited = notes(
        "9. E.g., Convention for the Protection of Cultural Property in the Event of Armed Conflict, May 14, 1954, 249 "
        "U.N.T.S. 215; Protocol on Blinding Laser Weapons (Protocol IV), Oct. 13, 1995, 2024 U.N.T.S. 163.\n"
    )[9]
    assert [(c.title, c.date_iso, c.pages) for c in cited] == [
        ("Convention for the Protection of Cultural Property in the Event of Armed Conflict", "1954-05-14", "215"),
        ("Protocol on Blinding Laser Weapons (Protocol IV)", "1995-10-13", "163"),
    ]


def test_a_numbered_list_inside_a_quoted_parenthetical_closes_no_parenthesis() -> None:
    # Memes and copyright (duke-2020-meme-copyright, dev), note 14: the statute's `2)` is inside the words quoted
    c = one(
        "See 17 U.S.C. § 106 (2018) (“Subject to sections 107 through 122, the owner of copyright under this title has "
        "the exclusive rights to do and to authorize any of the following: . . . 2) to prepare derivative works based "
        "upon the copyrighted work.”)."
    )
    assert (c.kind, c.title, c.date) == (CitationKind.OFFICIAL, "17 U.S.C. § 106", "2018")


@pytest.mark.parametrize(
    ("note", "title"),
    [
        # Terrorism and anti-money laundering (yir-2016-anti-money-laundering, dev), note 73: `Rep.` ends no sentence,
        # even where a sentence of comment before makes the words before it read as prose
        (
            'The ATA "initially was apparently enacted in error in 1990, repealed in 1991, and reenacted in 1992." '
            "In re Terrorist Attacks on Sept. 11, 2001, 714 F.3d 118, 122 n.2 (2d. Cir. 2013), citing S. Rep. No. "
            "102-342, at 22 (1992). The hijackers were members of the Palestinian Liberation Front.",
            "S. Rep. No. 102-342",
        ),
        # Gig worker parity (llalr-2022-gig-worker-parity, dev), note 96: nor does `civ.` in a French reporter
        (
            "Cour de cassation [Cass.] [supreme court for judicial matters] soc., Mar. 4, 2020, Bull. civ. V, No. 374 "
            "(Fr.); Italy Court Rules Uber Food Delivery Riders Were Exploited, ASSOCIATED PRESS (May 30, 2020).",
            "Italy Court Rules Uber Food Delivery Riders Were Exploited",
        ),
    ],
)
def test_a_bluebook_abbreviation_in_lower_case_ends_no_sentence(note, title) -> None:
    assert [c.title for c in notes("1. " + note)[1]][-1] == title
    assert not any(c.raw.startswith(("No. ", "V, ")) for c in notes("1. " + note)[1])


# ------------------------------------------------------------------ treatises in volumes (Bluebook 3.1(a), 15.1)


@pytest.mark.parametrize(
    ("note", "volume", "authors", "title", "pages", "date"),
    [
        # Smart readers (gwu-2022-smart-readers, dev), note 231: the space after the author's comma lost in the PDF
        ("26 RICHARD A. LORD,WILLISTONON CONTRACTS §69:14 (4th ed. 2021).",
         "26", ("RICHARD A. LORD",), "WILLISTONON CONTRACTS", "§69:14", "2021"),
        # Status defamation (alabama-2022-status-defamation, dev), note 137: the first edition's star page, no year
        ("For an early statement of the truth defense, see 3 WILLIAM BLACKSTONE, COMMENTARIES *433-34.",
         "3", ("WILLIAM BLACKSTONE",), "COMMENTARIES", "*433-34", None),
        # the same article, note 221: a chapter and part as the pinpoint, commas nowhere else
        ("5 JOHN S. MILL, PRINCIPLES OF POLITICAL ECONOMY WITH SOME OF THEIR APPLICATIONS TO SOCIAL PHILOSOPHY, ch. 6, "
         "pt. 7 (1848).",
         "5", ("JOHN S. MILL",),
         "PRINCIPLES OF POLITICAL ECONOMY WITH SOME OF THEIR APPLICATIONS TO SOCIAL PHILOSOPHY",
         "ch. 6, pt. 7", "1848"),
        # Adminization (vanderbilt-2018-adminization, dev), note 63: the body the authors wrote for is the publisher,
        # and the volume's year is the date, not its supplement's
        ("See 1 ROBERT J. HOBBS ET AL., NAT’L CONSUMER LAW CTR., FAIR DEBT COLLECTION § 5.5.2.13.4 (7th ed. 2011 & "
         "Supp. 2013) (noting that courts are split on whether robo-signing violates the FDCPA).",
         "1", ("ROBERT J. HOBBS",), "FAIR DEBT COLLECTION", "§ 5.5.2.13.4", "2011"),
        # Bluebook 15's own example, in plain text (its small capitals lost), as court opinions print it
        ("See 5B Charles Alan Wright & Arthur R. Miller, Federal Practice and Procedure § 1357 (3d ed. 2004).",
         "5B", ("Charles Alan Wright", "Arthur R. Miller"), "Federal Practice and Procedure", "§ 1357", "2004"),
    ],
)
def test_a_treatise_in_volumes_is_its_volume_authors_title_and_section(note, volume, authors, title, pages, date):
    c = one(note)
    assert (c.kind, c.volume, c.authors, c.title, c.pages, c.date) == (
        CitationKind.BOOK, volume, authors, title, pages, date
    )


def test_a_hobbs_treatise_names_its_body_as_publisher() -> None:
    c = one("1 ROBERT J. HOBBS ET AL., NAT’L CONSUMER LAW CTR., FAIR DEBT COLLECTION § 5.5.2.13.4 (7th ed. 2011).")
    assert c.publisher == "NAT’L CONSUMER LAW CTR."


def test_a_headline_that_opens_with_a_number_is_no_treatise() -> None:
    # built to break the rule: in plain text only a section or paragraph and a year say a number opens a treatise
    # (headlines like `10 Lessons From US Indictments of State-Sponsored Hackers, Law360`, Digital Dominion note 42)
    c = one("5 Things Apple Announced, WIRED (June 5, 2023), https://www.wired.com/story/apple-wwdc-2023/.")
    assert (c.kind, c.title, c.container, c.volume) == (CitationKind.NEWS, "5 Things Apple Announced", "WIRED", None)


@pytest.mark.parametrize(
    ("note", "authors", "title"),
    [
        # Defending democracy (wlulr-2020-defending-democracy, dev), note 73
        ("See DARIUS REJALI,TORTURE AND DEMOCRACY 1–3 (2007) (arguing that there are physical forms of torture but "
         "also silent torture tactics that generally go unnoticed).", ("DARIUS REJALI",), "TORTURE AND DEMOCRACY"),
        # Speech machine (uclf-2020-speech-machine, dev), note 4
        ("For a superb history of Section 230 and the cases leading to its passage, see JEFF KOSSEFF,THE TWENTYSIX "
         "WORDS THAT CREATED THE INTERNET (2019).", ("JEFF KOSSEFF",), "THE TWENTYSIX WORDS THAT CREATED THE INTERNET"),
        # Cyber silencing (wjlta-2022-cyber-silencing, dev), note 99: a comma glued inside a title is the title's
        ("See CONG. RSCH.SERV., LSB10141, UPDATE:SIDEWALKS,STREETS, AND TWEETS: IS TWITTER A PUBLIC FORUM? (2019).",
         ("CONG. RSCH.SERV.",), None),
    ],
)
def test_an_authors_name_in_capitals_ends_at_a_comma_the_pdf_glued_to_the_title(note, authors, title) -> None:
    c = one(note)
    assert c.authors == authors
    if title:
        assert c.title == title
    else:
        assert "SIDEWALKS,STREETS" in (c.title or "")


def test_a_case_cited_again_by_one_name_and_its_whole_report_is_the_case_cited_before() -> None:
    # Truth bounties (ssrn-2022-truth-bounties, dev), notes 12 and 129 (Bluebook 10.9)
    cited = notes(
        "12. See, e.g., United States v. Alvarez, 567 U.S. 709 (2012) (“When content-based speech regulation is in "
        "question, however, exacting scrutiny is required.”).\n"
        "129. See Alvarez, 567 U.S. 709 (2012).\n"
    )
    (again,) = cited[129]
    assert (again.refers_to, again.title, again.kind) == (12, "United States v. Alvarez", CitationKind.OFFICIAL)


@pytest.mark.parametrize(
    "earlier",
    [
        "12. See, e.g., United States v. Alvarez, 567 U.S. 800 (2012).\n",  # another case of that volume
        "12. See, e.g., United States v. Stevens, 567 U.S. 709 (2012).\n",  # another name on that page
    ],
)
def test_a_case_named_by_one_name_is_a_repeat_only_of_the_same_report_and_name(earlier) -> None:
    (again,) = notes(earlier + "129. See Alvarez, 567 U.S. 709 (2012).\n")[129]
    assert again.refers_to is None


def test_a_law_review_article_without_its_volume_keeps_its_pages() -> None:
    # Status and defamation (alabama-2022-status-defamation-n211, dev), note 249: the volume left out, the journal's
    # name and the pages as printed (Bluebook 16.4 without the volume)
    c = one("David Han, The Mechanics of First Amendment Audience Analysis, WM. & MARY L. REV. 1647, 1653 (2014).")
    assert (c.kind, c.container, c.pages, c.date) == (CitationKind.JOURNAL, "WM. & MARY L. REV.", "1647, 1653", "2014")


def test_a_law_review_article_still_forthcoming_has_no_pages() -> None:
    # Judicial economy (colorado-2025-judicial-economy-n51, dev), note 65: no page is read from the date
    c = one("Frank Fagan, A View of How Language Models Will Transform Law, TENN. L. REV. (forthcoming 2025).")
    assert (c.kind, c.container, c.pages, c.date) == (CitationKind.JOURNAL, "TENN. L. REV.", None, "2025")


def test_a_slipped_supra_number_finds_the_nearest_work_of_its_author_however_the_name_is_cased() -> None:
    # Truth bounties (ssrn-2022-truth-bounties, dev), notes 4, 42 and 75: the draft's `supra note 3` is a slip for
    # note 4, which prints the author in small capitals; note 42 cites another work of his in mixed case (notes 3 and
    # 42 cut to their first citations)
    cited = notes(
        "3. Brendan Nyhan, Facts and Myths about Misperceptions, 34 J. ECON. PERSP. 232-33 (2020).\n"
        "4. MARTHA MINOW, SAVING THE NEWS (2021); RICHARD L. HASEN, CHEAP SPEECH: HOW DISINFORMATION POISONS OUR "
        "POLITICS―AND HOW TO CURE IT (2022).\n"
        "42. HASEN, supra note 4, at 28, 153-54; Richard L. Hasen, How to Keep the Tide of Fake News from Drowning Our "
        "Democracy, N.Y. TIMES (Mar. 7, 2022), https://www.nytimes.com/2022/03/07/opinion/cheap-speech-fake-news-"
        "democracy.html.\n"
        "75. Hasen, supra note 3, at 144.\n"
    )
    (again,) = cited[75]
    assert (again.refers_to, again.pages) == (4, "144")
    assert again.title is not None and again.title.startswith("CHEAP SPEECH")


@pytest.mark.parametrize(
    ("earlier", "again", "expected"),
    [
        # Truth bounties (ssrn-2022-truth-bounties-n96, dev), notes 124, 125 and 144: the name is in the next note's
        # title (note 144 cut before its parenthetical)
        (
            "124. Yonathan A. Arbel, The Credibility Effect (Manuscript on file with authors).\n"
            "125. PROSSER ET AL., PROSSER AND KEETON ON THE LAW OF TORTS, 771 (1988) (“the law of defamation is full "
            "of absurdities and anomalies for which no legal writer has haver had a kind word.”).\n",
            "144. KEETON ET AL., supra note 124, at 842.\n",
            (125, "PROSSER AND KEETON ON THE LAW OF TORTS"),
        ),
        # Tax levers (ssrn-2025-tax-levers-safer-ai-n86, dev), notes 122, 123 and 125: a short title all of whose words
        # but the agency's initials the next note's title prints (notes 122 and 125 cut to their first citations)
        (
            "122. See Nichola Groom, Soaring U.S. Tax Credit Deals Boost Solar, Storage Build, Reuters (Sept. 6, "
            "2024), https://perma.cc/8MUM-J4EX.\n"
            "123. The Inflation Reduction Act indirectly encourages the purchase of newer, safer vehicles through its "
            "Clean Vehicle Credit. See generally Internal Revenue Serv., Credits for New Clean Vehicles Purchased in "
            "2023 or After (Aug. 8, 2024), https://perma.cc/D2VC-YUGL.\n",
            "125. IRS Credits for New Clean Vehicles Purchased, supra note 122.\n",
            (123, "Credits for New Clean Vehicles Purchased in 2023 or After"),
        ),
    ],
)
def test_a_supra_number_one_note_off_finds_the_work_the_next_or_previous_note_cites_by_that_name(
    earlier, again, expected
) -> None:
    (short,) = notes(earlier + again)[int(again.split(".")[0])]
    assert (short.refers_to, short.title) == expected


def test_a_supra_name_the_neighbouring_notes_do_not_print_keeps_the_number_printed() -> None:
    # the notes of Truth bounties above, the name changed to one neither note 124 nor note 125 prints
    (short,) = notes(
        "124. Yonathan A. Arbel, The Credibility Effect (Manuscript on file with authors).\n"
        "125. PROSSER ET AL., PROSSER AND KEETON ON THE LAW OF TORTS, 771 (1988).\n"
        "144. DOBBS ET AL., supra note 124, at 842.\n"
    )[144]
    assert short.refers_to == 124


def test_a_short_title_with_another_word_in_it_is_another_work_of_that_author() -> None:
    # NIAC, Securing Cyber Assets (niac-2017-securing-cyber-assets, dev), notes 25-28: the government's centre is not
    # its strategy, whatever the three words their titles open with
    cited = notes(
        "25. HM Government. National Cyber Security Strategy 2016-2022. 2016.\n"
        "26. Ibid.\n"
        "27. HM Government, “National Cyber Security Centre.”\n"
        "28. Ibid.\n"
    )
    assert [(c.title, c.refers_to) for c in cited[27]] == [("National Cyber Security Centre", None)]
    assert [c.refers_to for c in cited[28]] == [27]


def test_a_short_title_with_a_word_misspelt_is_still_the_work() -> None:
    # Old Bailey (lhr-2016-old-bailey, dev), notes 11 and 41: `Papers` for the title's `Paper`
    cited = notes(
        "11. Simon Devereaux, “City and the Sessions Paper: “Public Justice” in London, 1770– 1800,” Journal of "
        "British Studies 35 (1996): 500.\n"
        "41. Devereaux, “City and the Sessions Papers,” 468.\n"
    )
    assert [(c.refers_to, c.pages) for c in cited[41]] == [(11, "468")]


def test_a_short_title_may_print_a_bodys_initials_for_its_name() -> None:
    # Cyberspace Solarium Commission (csc-2021-solarium-implementation, dev), notes 41 and 42
    cited = notes(
        "41. Department of Commerce, National Institute of Standards and Technology, National Technical Information "
        "Service: Fiscal Year 2022 Budget Submission to Congress (June 2021), 80, https://www.commerce.gov/sites/"
        "default/files/2021-06/fy2022_nist_congressional_budget_justification.pdf.\n"
        "42. Department of Commerce, NIST Fiscal Year 2022 Budget Submission to Congress, 81–84, 90–92.\n"
    )
    assert [c.refers_to for c in cited[42]] == [41]
    # initials no run of the title's words has name another body: another report of the department
    cited = notes(
        "41. Department of Commerce, National Institute of Standards and Technology, National Technical Information "
        "Service: Fiscal Year 2022 Budget Submission to Congress (June 2021), 80.\n"
        "42. Department of Commerce, NOAA Fiscal Year 2022 Budget Submission to Congress, 81–84.\n"
    )
    assert [c.refers_to for c in cited[42]] == [None]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # Digital dominion (uic-2021-digital-dominion, dev), note 113: an office as author, the paragraph after the
        # symbol
        (
            "Special Rapporteur, Promotion and Protection of Human Rights and Fundamental Freedoms While Countering "
            "Terrorism, U.N. Doc. A/69/397, para. 51 (Sept. 23, 2014).",
            (CitationKind.REPORT, ("Special Rapporteur",), "Promotion and Protection of Human Rights and Fundamental "
             "Freedoms While Countering Terrorism", "para. 51", "Sept. 23, 2014"),
        ),
        # the same, note 116: a person with the office in parentheses, no title
        (
            "David Kaye (Special Rapporteur on the promotion and protection of the right to freedom of opinion and "
            "expression), U.N. Doc. A/HRC/38/35 para. 21 (Apr. 6, 2018).",
            (CitationKind.REPORT, ("David Kaye",), None, "para. 21", "Apr. 6, 2018"),
        ),
        # the same, note 129 (its first citation): a resolution, the paragraph after the date
        (
            "See U.N. General Assembly, Resolution on the Right to Privacy in the Digital Age, U.N. Doc. A/RES/73/179 "
            "(Dec. 17, 2018) at para. 7.",
            (CitationKind.OFFICIAL, ("U.N. General Assembly",), "Resolution on the Right to Privacy in the Digital "
             "Age", "para. 7", "Dec. 17, 2018"),
        ),
        # Israel's cyber operations (ils-2021-israel-cyber-operations, dev), note 13: a report by its title, what
        # describes it after a comma, the paragraph before the symbol
        (
            "Rep. of the Group of Governmental Experts on Developments in the Field of Information and "
            "Telecommunications in the Context of International Security (2015), transmitted by Letter dated 26 June "
            "2015 from the Chair of the Group of Governmental Experts on Developments in the Field of Information and "
            "Telecommunications in the Context of International Security Established Pursuant to Resolution 68/243 "
            "(2014), ¶ 13(c), U.N. Doc. A/70/174 (July 22, 2015).",
            (CitationKind.REPORT, (), "Rep. of the Group of Governmental Experts on Developments in the Field of "
             "Information and Telecommunications in the Context of International Security", "¶ 13(c)", "July 22, 2015"),
        ),
    ],
)
def test_a_united_nations_document_has_its_author_title_paragraph_and_date(note, expected) -> None:
    # Bluebook 21.7: the document's symbol is neither its title nor a periodical
    c = one(note)
    assert (c.kind, c.authors, c.title, c.pages, c.date) == expected
    assert c.container is None


def test_a_pinpoints_subdivisions_in_parentheses_are_the_pinpoints() -> None:
    # Russia and Eurasia (yir-2017-russia-eurasia, dev), notes 12, 22 and 28 (note 12 with its Russian title and
    # its address left out): Bluebook 3.3's subsections, after `at` and after commas, are no explanatory parenthetical
    cited = notes(
        "12. [Federal Law of the Russian Federation on Amendments to Certain Legislative Acts of the Russian "
        "Federation and Annulment of Paragraph 3 of Part 1 of Article 6 of the Federal Law on Self-Regulatory "
        "Organizations in Connection with the Adoption of the Federal Law on Arbitration in the Russian "
        "Confederation], SOBRANIE ZAKONODATEL'STVA RossusKoI FEDERATSi [SZ RF] [Russian Federation Collection of "
        "Legislation] 2015, No. 409-FZ.\n"
        "22. Id. at art. 52(13), (15), (16).\n"
        "28. SOBRANIF ZAKONODATEL'STVA RosSIISKOI FEDFRATS11 [SZ RF] [Russian Federation Collection of Legislation] "
        "2015, No. 409-FZ, supra note 12, at art. 9(9).\n"
    )
    assert [c.pages for c in cited[22]] == ["art. 52(13), (15), (16)"]
    assert [c.pages for c in cited[28]] == ["art. 9(9)"]
    # (what explains a pinpoint in parentheses, after a space, is still no part of it)
    assert [c.pages for c in notes("1. Id. at 5 (quoting Smith).\n")[1]] == ["5"]


@pytest.mark.parametrize(
    ("note", "container"),
    [
        # Cyber mercenaries (issr-2020-cyber-mercenaries, dev), note 29
        (
            "“North Korean Regime-Backed Programmer Charged With Conspiracy to Conduct Multiple Cyber Attacks and "
            "Intrusions,” Department of Justice: Office of Public Affairs Press Release, September 6, 2018, "
            "https://www.justice.gov/opa/pr/north-korean-regime-backed-programmercharged-conspiracy-conduct-multiple-"
            "cyber-attacks-and.",
            "Department of Justice: Office of Public Affairs",
        ),
        # the same, note 39 (its second citation)
        (
            "Lulu Garcia-Navarro, “Reuters Investigation Finds UAE Employed Former NSA Hackers As Spies,” NPR, Radio "
            "Broadcast Episode, February 3, 2019, https://www.npr.org/2019/02/03/691058267/reuters-investigation-finds-"
            "uae-employed-formernsa-hackers-as-spies.",
            "NPR",
        ),
        # Cyberspace Solarium Commission (csc-2021-solarium-implementation, dev), note 10
        (
            "“FACT SHEET: Imposing Costs for Harmful Foreign Activities by the Russian Government,” White House "
            "Briefing Room, Press Release, April 15, 2021, https://www.whitehouse.gov/briefing-room/statements-"
            "releases/2021/04/15/fact-sheet-imposing-costs-for-harmful-foreign-activities-by-the-russian-government/.",
            "White House Briefing Room",
        ),
        # Blockchain currencies (ipbrief-2018-blockchain-currencies, dev), note 72: a release's number is no container
        (
            "U.S. COMMODITY FuTURES TRADING COMM'N,, CFTC Statement on Self-Certification of Bitcoin Products by CME, "
            "CFE, and Cantor Exchange, Press Release No. pr7654-17 (Dec. 1, 2017).",
            None,
        ),
        # Cyberspace Solarium Commission, note 39: a site's page of releases is where it appeared
        (
            "“Meeks, McCaul, Gallagher, Langevin, Kinzinger, Keating Reintroduce the Cyber Diplomacy Act,” U.S. House "
            "of Representatives Committee on Foreign Affairs – Press Releases, February 23, 2021, "
            "https://foreignaffairs.house.gov/2021/2/meeks-mccaul-gallagher-langevin-kinzinger-keating-reintroduce-"
            "thecyber-diplomacy-act.",
            "U.S. House of Representatives Committee on Foreign Affairs – Press Releases",
        ),
    ],
)
def test_what_kind_of_item_a_release_or_broadcast_is_is_not_where_it_appeared(note, container) -> None:
    assert one(note).container == container


@pytest.mark.parametrize(
    ("note", "date"),
    [
        # Reading in Muncie (ca-2018-muncie-reading, dev), note 2 (its second citation): a comma after the season
        ('Hans Robert Jauss, "Literary History as Challenge to Literary Theory," New Literary History 2. no. 1 '
         "(Autumn, 1970): 13.", "Autumn, 1970"),
        # Heritage on the Federal Reserve (heritage-2023-federal-reserve, dev), note 30: a double issue, its stroke
        # spaced
        ('Lawrence H. White, "Making the Transition to a New Gold Standard," Cato Journal, Vol. 32, No. 2 (Spring/ '
         "Summer 2012), pp. 411–421, https://www.cato.org/sites/cato.org/files/serials/files/cato-journal/2012/7/v32n2-"
         "14.pdf (accessed January 24, 2023).", "Spring/ Summer 2012"),
    ],
)
def test_a_journal_issue_dated_by_its_season_keeps_the_date_as_printed(note, date) -> None:
    c = one(note)
    assert (c.date, c.date_iso) == (date, date[-4:])


def test_a_date_whose_space_after_the_months_abbreviation_was_lost_is_a_date() -> None:
    # Meme copyright (duke-2020-meme-copyright, dev), note 12 (its parenthetical of comment left out)
    c = one(
        "See Paul Gil, Why Would You Ever Create an Internet Meme?, LIFEWIRE, https://www.liveabout.com/why-would-you-"
        "ever-create-an-internet-meme2483710 (last updated Apr.12, 2018)."
    )
    assert (c.date, c.date_iso) == ("Apr.12, 2018", "2018-04-12")


@pytest.mark.parametrize(
    ("note", "title", "pages"),
    [
        # Payday (washu-2020-payday-n136, dev), note 162 (its second citation; the URL and comment after it cut)
        (
            "See also U.S. BUREAU OF THE CENSUS, STATISTICAL ABSTRACT OF THE UNITED STATES 1986, 302 (1986).",
            "STATISTICAL ABSTRACT OF THE UNITED STATES 1986",
            "302",
        ),
        # Payday legislation (washu-2020-payday-legislation, dev), note 65 (its second citation, comment cut)
        (
            "See also FRANCES PERKINS & ISADOR LUBIN, BUREAU OF LABOR STATISTICS, HISTORY OF WAGES IN THE UNITED "
            "STATES FROM COLONIAL TIMES TO 1928, 93 (1934).",
            "HISTORY OF WAGES IN THE UNITED STATES FROM COLONIAL TIMES TO 1928",
            "93",
        ),
    ],
)
def test_a_year_ending_a_title_before_its_page_is_the_titles(note, title, pages) -> None:
    c = one(note)
    assert (c.title, c.pages) == (title, pages)


def test_pages_a_pinpoint_lists_upwards_from_a_years_number_stay_pages() -> None:
    # Reputation failure (ssrn-2019-reputation-failure-n146, dev), note 149 (its first citation, the comment before
    # it cut): a chapter's first page and the page cited
    c = one(
        "Kyle Bagwell, The Economic Analysis of Advertising, in 3 HANDBOOK OF INDUSTRIAL ORGANIZATION 1701, 1703 "
        "(Mark Armstrong ed., 2007)."
    )
    assert (c.container, c.pages) == ("HANDBOOK OF INDUSTRIAL ORGANIZATION", "1701, 1703")


@pytest.mark.parametrize(
    ("note", "pages"),
    [
        # The FRUS history, chapter 3 (ho-2015-frus-history-ch3, dev), note 12: the page after the date
        (
            "Fish to Grant, December 14, 1869, p. 208 in NARA, RG 59, Reports of the Secretary of State to the "
            "President and Congress, 1790–1906, Vol. 10, Report Book 10.",
            "208",
        ),
        # FRUS and the war in the Pacific (ho-2011-frus-war-in-the-pacific, dev), note 16 (the comment after the
        # citation cut): the page after the decimal file
        (
            "Joseph Grew instruction to Secretary of State, March 31, 1938, 026 Foreign Relations/1357, p. 2, DoS CDF "
            "1930-1939.",
            "2",
        ),
        # The FRUS history, chapter 4 (ho-2015-frus-history-ch4, dev), note 7 (the comment before the citation cut):
        # the page of the bound volume in a box where the letter lies locates the volume, not the letter
        ("See, for example, Root to Roosevelt, July 2, 1906, LCM, Root Papers, Box 186, Part 2, p. 405.", None),
    ],
)
def test_an_archival_papers_page_printed_after_it_is_its_pinpoint(note, pages) -> None:
    c = one(note)
    assert (c.kind, c.pages) == (CitationKind.OFFICIAL, pages)


@pytest.mark.parametrize(
    ("note", "title"),
    [
        # Adminization (vanderbilt-2018-adminization-n101, dev), note 126 (the URLs and comment after it cut): the
        # year an annual report covers, its publication year
        ("See VISA, ANNUAL REPORT 2013 (2013).", "ANNUAL REPORT 2013"),
        # Payday (washu-2020-payday-n96, dev), note 119 (the same cut): no title ends with `IN`
        ("BUREAU OF LAB. STATS., EMPLOYEE TENURE IN 2018 (2018).", "EMPLOYEE TENURE IN 2018"),
        # Cyber TRIA (dltr-2021-cyber-tria, dev), note 88: nor with `OF`, whatever year the report came out
        (
            "U.S. DEPARTMENT OF THE TREASURY, THE PROCESS FOR CERTIFYING AN “ACT OF TERRORISM” UNDER THE TERRORISM "
            "RISK INSURANCE ACT OF 2002, (Oct. 2015).",
            "THE PROCESS FOR CERTIFYING AN “ACT OF TERRORISM” UNDER THE TERRORISM RISK INSURANCE ACT OF 2002",
        ),
        # Payday (washu-2020-payday, dev), note 50 (its URLs cut): the month the title covers, after a comma
        (
            "See BD. OF GOVERNORS OF THE FED. RES. SYS., CONSUMER CREDIT, DECEMBER 2019,\n(Feb. 7, 2020).",
            "CONSUMER CREDIT, DECEMBER 2019",
        ),
    ],
)
def test_the_year_a_reports_title_ends_with_is_no_page(note, title) -> None:
    c = one(note)
    assert (c.kind, c.title, c.pages) == (CitationKind.REPORT, title, None)


def test_a_reports_year_in_mixed_case_keeps_it_a_report_by_its_body() -> None:
    # Tax levers (ssrn-2025-tax-levers-safer-ai-n36, dev), note 69
    c = one(
        "See Stanford Institute for Human-Centered Artificial Intelligence (HAI), AI Index Report 2024 (May 2024) "
        "https://perma.cc/3C86-Q7PP."
    )
    assert (c.kind, c.authors, c.title, c.container, c.pages) == (
        CitationKind.REPORT, ("Stanford Institute for Human-Centered Artificial Intelligence (HAI)",),
        "AI Index Report 2024", None, None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("note", "title", "pages"),
    [
        # Adminization (vanderbilt-2018-adminization-n191, dev), note 217 (its second citation, the URLs cut)
        (
            "On the structure of funding, see RON MALEGA & THOMAS H. COHEN, DEP’T OF JUSTICE, STATE COURT "
            "ORGANIZATION, 2011, at 8 (2013).",
            "STATE COURT ORGANIZATION, 2011",
            "8",
        ),
        # Telehealth regulation (tamu-2021-telehealth-regulation, dev), note 23 (its citation, the comment around it
        # and the URLs cut): a table on the page cited
        (
            "KATHERINE KEISLERSTARKEY & LISA N. BUNCH, U.S. CENSUS BUREAU, HEALTH INSURANCE COVERAGE IN THE UNITED "
            "STATES: 2020, at 4 tbl.1 (2020).",
            "HEALTH INSURANCE COVERAGE IN THE UNITED STATES: 2020",
            "4 tbl.1",
        ),
    ],
)
def test_a_year_after_a_comma_ends_a_small_capitals_title_before_its_pinpoint(note, title, pages) -> None:
    c = one(note)
    assert (c.title, c.pages) == (title, pages)


def test_a_table_on_a_page_is_part_of_a_chapters_pinpoint() -> None:
    # Telehealth regulation (tamu-2021-telehealth-regulation, dev), note 9
    c = one(
        "Jonathan Abrams, Physical Examination of the Heart and Circulation, in ESSENTIAL CARDIOLOGY:PRINCIPLES AND "
        "PRACTICE 99, 102 tbl.3, 112 (Clive Rosendorff ed., 2d ed. 2006)."
    )
    assert (c.container, c.pages) == ("ESSENTIAL CARDIOLOGY:PRINCIPLES AND PRACTICE", "99, 102 tbl.3, 112")


def test_an_entrys_section_in_a_reference_work_is_its_pinpoint_not_the_books() -> None:
    # Contract remedies (wvlr-2015-contract-remedies, dev), note 15 (its third citation)
    c = one(
        "Paul G. Mahoney, Contract Remedies: General, in 3 ENCYCLOPEDIA OF LAW AND ECONOMICS § 4600, at 117 "
        "(Boudewijn Bouckaert & Gerrit De Geest eds., 2000) (economic theories)."
    )
    assert (c.container, c.pages) == ("ENCYCLOPEDIA OF LAW AND ECONOMICS", "§ 4600, at 117")


@pytest.mark.parametrize(
    ("note", "container"),
    [
        # Industry of anonymity (ohlj-2020-industry-of-anonymity, dev; McGill Guide notes), note 4
        (
            "“Cyber-attack: US and UK blame North Korea for WannaCry” (19 December 2017), online: BBC "
            "<www.bbc.com/news/world-us-canada-42407488> [perma.cc/T8G6-S3C4] [BBC].",
            "BBC",
        ),
        # the same, note 5
        (
            "See Glenn Fleishman, “Equifax Data Breach, One Year Later: Obvious Errors and No Real Changes, New Report "
            "Says” (7 September 2018), online: Fortune Finance <www.fortune.com/2018/09/07/equifax-data-breach-one-"
            "year-anniversary/> [perma.cc/9DX5-KSGS].",
            "Fortune Finance",
        ),
    ],
)
def test_the_site_a_mcgill_guide_note_was_read_online_at_is_its_container(note, container) -> None:
    c = notes("1. " + note)[1][0]
    assert (c.kind, c.container) == (CitationKind.NEWS, container)


def test_a_mcgill_guide_report_read_online_has_its_page_and_issuing_body() -> None:
    # Industry of anonymity (ohlj-2020-industry-of-anonymity, dev), note 6: the page after the date (`at 4`), and a
    # research centre that puts out reports is the report's publisher, not a site
    c = one(
        "See James Lewis, “Economic Impact of Cybercrime—No Slowing Down” (February 2018) at 4, online (pdf): Center "
        "for Strategic and International Studies <www.csis.org/analysis/economic-impact-cybercrime>."
    )
    assert (c.kind, c.pages, c.publisher, c.container) == (
        CitationKind.REPORT, "4", "Center for Strategic and International Studies", None
    )


# ------------------------------------------------------------------ the McGill Guide (Canadian law reviews)


def test_a_mcgill_guide_article_is_its_year_volume_issue_journal_and_first_page() -> None:
    # The McGill Guide (9th ed.) citation HeinOnline prints for John Kleefeld's review in the McGill Law Journal
    # (docslib.org/doc/5326277): the year in parentheses, then `volume:issue`, the journal and the first page
    c = one(
        'John Kleefeld, "Review of Edward Berry, Writing Reasons: A Handbook for Judges, 4th ed." (2017) 63:1 '
        "McGill LJ 191."
    )
    assert (c.kind, c.container, c.volume, c.issue, c.pages, c.date) == (
        CitationKind.JOURNAL, "McGill LJ", "63", "1", "191", "2017"
    )


@pytest.mark.parametrize(
    ("note", "pages"),
    [
        # Sheridan College's McGill Guide (10th ed.) examples of books (sheridancollege.libguides.com/mcgillstyle)
        ("Patricia S. Knight, Ethics and Professional Practice for Paralegals, 5th ed (Toronto: Emond, 2020) at 10.",
         "10"),
        ("John Fairlie & James Philip Sworden, Introduction to Law in Canada (Toronto: Emond Montgomery Publishers, "
         "2014) at 5.", "5"),
    ],
)
def test_a_mcgill_guide_books_pinpoint_follows_its_imprint_after_at(note, pages) -> None:
    c = one(note)
    assert (c.kind, c.pages) == (CitationKind.BOOK, pages)


@pytest.mark.parametrize(
    ("note", "title", "where", "pages", "date"),
    [
        # Durham College's quick guide to the McGill Guide (7th ed.): a neutral citation, then parallel reports
        ("R v Sharpe, 2001 SCC 2, [2001] 1 SCR 45 at para 25, 194 DLR (4th) 1.", "R v Sharpe", "SCC", "2", "2001"),
        # Ontario Tech University's academic integrity module, its McGill Guide footnote (the first of its two cases)
        ("See Lawson v Wellesley Hospital (1975), 9 OR (2d) 677, 61 DLR (3d) 445, aff'd [1978] 1 SCR 893, 76 DLR "
         "(3d) 688 [Lawson] (duty of hospital to protect patient).", "Lawson v Wellesley Hospital", "OR (2d)", "677",
         "1975"),
        # OSCOLA (4th ed.), its example of a case with its court and a pinpoint
        ("Donoghue v Stevenson [1932] AC 562 (HL) 580.", "Donoghue v Stevenson", "AC", "562 at 580", "1932"),
    ],
)
def test_a_commonwealth_case_is_its_name_year_court_or_report_and_page(note, title, where, pages, date) -> None:
    c = one(note)
    assert (c.kind, c.title, c.container, c.pages, c.date) == (CitationKind.OFFICIAL, title, where, pages, date)


# ------------------------------------------------------------------ OSCOLA (UK law reviews)


@pytest.mark.parametrize(
    ("note", "title", "journal", "volume", "pages", "date"),
    [
        # OSCOLA (4th ed.) 3.2.1's examples: the year in parentheses before the volume, or in brackets as the volume
        ("Andrew Ashworth, 'Testing Fidelity to Legal Values: Official Involvement and Criminal Justice' (2000) 63 MLR "
         "633.", "Testing Fidelity to Legal Values: Official Involvement and Criminal Justice", "MLR", "63", "633",
         "2000"),
        ("Paul Craig, 'Theory, \"Pure Theory\" and Values in Public Law' [2005] PL 440.",
         'Theory, "Pure Theory" and Values in Public Law', "PL", None, "440", "2005"),
    ],
)
def test_an_oscola_article_is_its_single_quoted_title_year_volume_journal_and_page(
    note, title, journal, volume, pages, date
) -> None:
    c = one(note)
    assert (c.kind, c.title, c.container, c.volume, c.pages, c.date) == (
        CitationKind.JOURNAL, title, journal, volume, pages, date
    )


@pytest.mark.parametrize(
    ("note", "authors", "title", "publisher", "pages"),
    [
        # OSCOLA (4th ed.) 3.1's examples of books: edition and publisher before the year, the pinpoint after (the
        # first was read so before the OSCOLA rule too; the second needs it)
        ("Timothy Endicott, Administrative Law (OUP 2009).", ("Timothy Endicott",), "Administrative Law", "OUP", None),
        ("Richard Clayton and Hugh Tomlinson, The Law of Human Rights (2nd edn, OUP 2009) para 6.06.",
         ("Richard Clayton", "Hugh Tomlinson"), "The Law of Human Rights", "OUP", "para 6.06"),
    ],
)
def test_an_oscola_book_is_its_authors_title_publisher_year_and_pinpoint(
    note, authors, title, publisher, pages
) -> None:
    c = one(note)
    assert (c.kind, c.authors, c.title, c.publisher, c.date, c.pages) == (
        CitationKind.BOOK, authors, title, publisher, "2009", pages
    )


def test_a_bluebook_books_pinpoint_before_its_publisher_and_year_stays_bluebooks() -> None:
    # Smart readers (ssrn-2023-how-smart-are-smart-readers, dev), note 12 (cut to its citation): Bluebook prints the
    # pinpoint before the parenthetical, OSCOLA after it
    c = one("NANCY KIM, WRAP CONTRACTS: FOUNDATIONS AND RAMIFICATIONS 76-87 (Oxford Univ. Press 2013).")
    assert (c.title, c.pages) == ("WRAP CONTRACTS: FOUNDATIONS AND RAMIFICATIONS", "76-87")


# ------------------------------------------------------------------ APA 7 and MLA 9


@pytest.mark.parametrize(
    ("note", "authors", "title", "container", "date_iso"),
    [
        # Lynn University Library's APA 7 guide (lynn-library.libguides.com/apa/web): a body's page dated to the day
        ("Centers for Disease Control and Prevention. (2019, March 28). Measles vaccinations. "
         "https://www.cdc.gov/vaccines/vpd/measles/index.html", ("Centers for Disease Control and Prevention",),
         "Measles vaccinations", None, "2019-03-28"),
        # the same guide: a body's page dated to the month
        ("World Health Organization. (2020, January). Global vaccine safety. https://www.who.int/vaccine_safety/en/",
         ("World Health Organization",), "Global vaccine safety", None, "2020-01"),
        # Langara College Library's APA 7 guide (langara.libguides.com/apa7-nurs/web): a page on a body's site
        ("Rosen, A. (2023, January 20). Caregivers need care, too. Johns Hopkins Bloomberg School of Public Health. "
         "https://publichealth.jhu.edu/2023/caring-for-caregivers-of-people-with-alzheimers-disease", ("Rosen, A.",),
         "Caregivers need care, too", "Johns Hopkins Bloomberg School of Public Health", "2023-01-20"),
        # the same guide: a title of two sentences, a site known by its initials
        ("Clifton, M. (2019, February 19). Your inbox is a mess, and it's slowing you down. Here's how to fix it. CBC. "
         "https://www.cbc.ca/life/wellness/your-inbox-is-a-mess-and-it-s-slowing-you-down-here-s-how-to-fix-it-"
         "1.5037999", ("Clifton, M.",), "Your inbox is a mess, and it's slowing you down. Here's how to fix it", "CBC",
         "2019-02-19"),
    ],
)
def test_an_apa_7_page_dated_year_first_is_one_citation_with_its_date(
    note, authors, title, container, date_iso
) -> None:
    c = one(note)
    assert (c.authors, c.title, c.container, c.date_iso) == (authors, title, container, date_iso)


def test_an_mla_article_has_its_volume_issue_date_and_pages_each_after_a_comma() -> None:
    # CRS on highway funding (crs-2026-highway-funding, dev), note 26 (its second citation): MLA's order
    c = one(
        'See also M. Madowitz and K. Novan, "Gasoline Taxes and Revenue Volatility: An Application to California," '
        "Energy Policy, vol. 59, 2013, pp. 663-673, http://www.sciencedirect.com/science/article/pii/"
        "S0301421513002577."
    )
    assert (c.kind, c.container, c.volume, c.date, c.pages) == (CitationKind.JOURNAL, "Energy Policy", "59", "2013",
                                                                "663-673")


def test_a_harvard_book_keeps_its_place_and_publisher_after_a_title_with_no_full_stop_after_the_year() -> None:
    # Lincoln College's Harvard (Cite Them Right) quick guide, its example of a book
    c = one(
        "Hedley, C. and Shaw, N. (2023) Plant medicine: a collection of the teachings of herbalists Christopher "
        "Hedley & Non Shaw. London: Aeon Books."
    )
    assert (c.kind, c.publisher, c.date) == (CitationKind.BOOK, "Aeon Books", "2023")


@pytest.mark.parametrize(
    ("note", "author", "title"),
    [
        # Uncontested prosecutor elections (aclr-2023-uncontested-prosecutor-elections, dev), note 29 (its first
        # citation, the comment after it cut): a bureau, then the department it is part of (Bluebook 15.1.3)
        ("See, e.g., BUREAU OF JUSTICE STATISTICS, DEPARTMENT OF JUSTICE, ARREST IN THE UNITED STATES, 1980–2009 15 "
         "tbl.2 (2011).", "BUREAU OF JUSTICE STATISTICS, DEPARTMENT OF JUSTICE",
         "ARREST IN THE UNITED STATES, 1980–2009"),
        # Defending democracy (wlulr-2020-defending-democracy, dev), note 108 (its citation, the hereinafter name and
        # URL cut): a department, then its office
        ("U.S. DEP’T OF JUST., OFF. OF SPECIAL COUNS., REPORT ON THE INVESTIGATION INTO RUSSIAN INTERFERENCE IN THE "
         "2016 PRESIDENTIAL ELECTION 1 (2019).", "U.S. DEP’T OF JUST., OFF. OF SPECIAL COUNS.",
         "REPORT ON THE INVESTIGATION INTO RUSSIAN INTERFERENCE IN THE 2016 PRESIDENTIAL ELECTION"),
        # the same, note 22 (its citation): a body whose name lists its fields, closed by `&`
        ("THE NAT’L. ACADS. OF SCIS., ENG’G., & MED., SECURING THE VOTE: PROTECTING AMERICAN DEMOCRACY, xi–xiii (2018) "
         "(ebook).", "THE NAT’L. ACADS. OF SCIS., ENG’G., & MED.", "SECURING THE VOTE: PROTECTING AMERICAN DEMOCRACY, "
         "xi–xiii"),
    ],
)
def test_an_institutional_authors_parts_are_one_author(note, author, title) -> None:
    c = one(note)
    assert (c.authors, c.title, c.publisher) == ((author,), title, None)


def test_people_then_a_department_keep_the_department_as_publisher() -> None:
    # Adminization (vanderbilt-2018-adminization-n191, dev), note 217 (its second citation, the URLs cut)
    c = one(
        "On the structure of funding, see RON MALEGA & THOMAS H. COHEN, DEP’T OF JUSTICE, STATE COURT "
        "ORGANIZATION, 2011, at 8 (2013)."
    )
    assert (c.authors, c.publisher) == (("RON MALEGA", "THOMAS H. COHEN"), "DEP’T OF JUSTICE")


def test_a_table_printed_after_the_page_is_part_of_the_pinpoint() -> None:
    # Payday (washu-2020-payday, dev), note 46 (its URLs cut)
    c = one(
        "JULIE SIEBENS, U.S. CENSUS BUREAU, EXTENDED MEASURES OF WELL-BEING: LIVING CONDITIONS IN THE UNITED STATES: "
        "2011 11, Table 3 (2013)."
    )
    assert (c.title, c.publisher, c.pages) == (
        "EXTENDED MEASURES OF WELL-BEING: LIVING CONDITIONS IN THE UNITED STATES: 2011", "U.S. CENSUS BUREAU",
        "11, Table 3",
    )  # fmt: skip


def test_a_harvard_edited_books_editors_are_its_names_and_the_year_follows_their_role() -> None:
    # Brunel University London's Harvard examples (brunel.ac.uk/services/library/learning/referencing), an edited work
    c = one("Jeffs, T. and Smith, M. (eds) (1987) Youth work. Basingstoke: Palgrave Macmillan")
    assert (c.kind, c.title, c.date, c.publisher) == (CitationKind.BOOK, "Youth work", "1987", "Palgrave Macmillan")


def test_a_harvard_chapter_is_in_its_editors_book_with_its_imprint_and_pages() -> None:
    # Brunel University London's Harvard examples, a chapter in a book
    c = one(
        "Smith, P.H. (1951) ‘The overall allocation of resources’, in: Chester, D.N. (ed) Lessons of the British war "
        "economy. Westport: Greenwood Press, pp.34-57."
    )
    assert (c.kind, c.title, c.container, c.publisher, c.pages, c.date) == (
        CitationKind.BOOK, "The overall allocation of resources", "Lessons of the British war economy",
        "Greenwood Press", "34-57", "1951",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("note", "authors", "title", "publisher", "date"),
    [
        # The Chicago Manual of Style's author-date sample citations (17th ed., the Quick Guide): books
        ("Smith, Zadie. 2016. Swing Time. New York: Penguin Press.", ("Smith, Zadie",), "Swing Time", "Penguin Press",
         "2016"),
        ("Grazer, Brian, and Charles Fishman. 2015. A Curious Mind: The Secret to a Bigger Life. New York: Simon & "
         "Schuster.", ("Grazer, Brian", "Charles Fishman"), "A Curious Mind: The Secret to a Bigger Life",
         "Simon & Schuster", "2015"),
    ],
)
def test_a_chicago_author_date_reference_has_its_year_as_a_sentence_after_the_names(
    note, authors, title, publisher, date
) -> None:
    c = one(note)
    assert (c.kind, c.authors, c.title, c.publisher, c.date) == (CitationKind.BOOK, authors, title, publisher, date)


@pytest.mark.parametrize(
    ("note", "authors", "title"),
    [
        # How to Count AIs (SSRN 6273198, dev), notes 117, 138 and 46 as its PDF's text layer prints them: each small
        # capital word's tall first letter set apart (`L O P UCKI` is LoPucki), the names kept as printed
        ("See A LAN C HAN et al., IDs for AI Systems, arXiv:2406.12137 (June 2024)", ("A LAN C HAN",),
         "IDs for AI Systems"),
        ("See also L YNN M. L O P UCKI, Algorithmic Entities, 95 W ASH. U. L. R EV. 887 (2018)",
         ("L YNN M. L O P UCKI",), "Algorithmic Entities"),
        ("See also D EVEN R. D ESAI & M ARK R IEDL, Responsible AI Agents (Feb. 20, 2025), available at SSRN: "
         "https://ssrn.com/abstract=5147666.", ("D EVEN R. D ESAI", "M ARK R IEDL"), "Responsible AI Agents"),
    ],
)
def test_a_name_in_small_capitals_a_pdf_split_is_still_the_authors(note, authors, title) -> None:
    c = one(note)
    assert (c.authors, c.title) == (authors, title)


def test_a_body_in_capitals_is_not_a_split_name() -> None:
    # Washington University Law Review, payday lending (dev), note 169: `DEP’T OF` is no split small-capital word
    c = one(
        "See also DEP’T OF LABOR, FIELD OPERATIONS HANDBOOK CHAPTER 30, RECORDS, MINIMUM WAGE, AND PAYMENT OF WAGES "
        "30b01(b)(1) (2016), https://www.dol.gov/whd/FOH/FOH_Ch30.pdf"
    )
    assert (c.authors, c.publisher) == (("DEP’T OF LABOR",), None)


def test_available_at_a_named_repository_only_introduces_the_address() -> None:
    # Washington University Law Review, payday lending (dev), note 158 (its pinpoint, `At 2`, left out)
    c = one(
        "See e.g., Zhiyao Chen and Ran Duchin, Do Nonfinancial Firms Use Financial Assets to Take Risk? (May 1, "
        "2019). Available at SSRN: https://ssrn.com/abstract=3284205"
    )
    assert (c.authors, c.title, c.url) == (
        ("Zhiyao Chen", "Ran Duchin"), "Do Nonfinancial Firms Use Financial Assets to Take Risk?",
        "https://ssrn.com/abstract=3284205",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("note", "title"),
    [
        # Scholarly Editing's Uncle Tom's Cabin introduction (2012, dev), notes 4 and 5: a possessive in a title that
        # opens the citation, its editor or director after it, names no author
        ("Uncle Tom’s Cabin: or, Life among the Lowly, ed. Christopher G. Diller (Peterborough, ON: Broadview Press, "
         "2009).", "Uncle Tom’s Cabin: or, Life among the Lowly"),
        ("Uncle Tom’s Cabin, directed by Harry A. Pollard (Hollywood, CA: Universal, 1927).", "Uncle Tom’s Cabin"),
        ("Uncle Tom’s Cabin, or, Life among the Lowly, ed. Stephen Railton (Boston: Bedford/St. Martins, 2008).",
         "Uncle Tom’s Cabin, or, Life among the Lowly"),
        # Scholarly Editing's Cranch journal introduction (2014, dev), note 10: what the editors added, before them
        ("See Three Children’s Novels by Christopher Pearse Cranch, edited, with an introduction, by Greta D. Little "
         "and Joel Myerson (Athens: University of Georgia Press, 1993).",
         "Three Children’s Novels by Christopher Pearse Cranch"),
    ],
)
def test_a_title_opening_a_note_with_a_possessive_in_it_is_no_authors_book(note: str, title: str) -> None:
    c = one(note)
    assert (c.kind, c.authors, c.title) == (CitationKind.BOOK, (), title)


def test_an_editor_before_ed_and_a_title_is_still_the_author() -> None:
    # Cultural Analytics, Scotland and the poetics of space (2017, dev), note 3, its first citation: Chicago's `Name,
    # ed. Title` without the comma after `ed.`
    c = one("Howard Gaskill, ed. Ossian Revisited (Edinburgh: Edinburgh UP, 1991).")
    assert (c.authors, c.title) == (("Howard Gaskill",), "Ossian Revisited")


@pytest.mark.parametrize(
    ("note", "title", "publisher", "date"),
    [
        # Scholarly Editing's avisos introduction (2014, dev), notes 16 and 8: the book's imprint is the parenthesis
        # of place, publisher and year; the span of years before it belongs to the title, a single year is when the
        # work was first printed
        ("Francisco Tomás y Valiente, La venta de oficios en Indias (1492–1606) (Madrid: Instituto de Estudios "
         "Administrativos, 1972).", "La venta de oficios en Indias (1492–1606)",
         "Instituto de Estudios Administrativos", "1972"),
        ("See Francisco de Seyxas y Lovera, Piratas y contrabandistas de ambas Indias, y estado presente de ellas "
         "(1693), ed. Clayton McCarl ([La Coruña]: Fundación Pedro Barrié de la Maza, 2011).",
         "Piratas y contrabandistas de ambas Indias, y estado presente de ellas", "Fundación Pedro Barrié de la Maza",
         "2011"),
    ],
)
def test_years_in_parentheses_before_a_books_imprint_are_not_its_date(note, title, publisher, date) -> None:
    c = one(note)
    assert (c.kind, c.title, c.publisher, c.date) == (CitationKind.BOOK, title, publisher, date)


def test_where_a_book_was_read_after_its_pages_is_no_page() -> None:
    # Scholarly Editing's Lowell edition introduction (2015, dev), note 41: the database the book was read in
    c = one(
        "Herbert C. Bell, History of Northumberland County, Pennsylvania (Chicago: Brown, Runk and Company, 1891), "
        "282, 807 (HathiTrust)."
    )
    assert (c.publisher, c.date, c.pages) == ("Brown, Runk and Company", "1891", "282, 807")


@pytest.mark.parametrize(
    ("note", "title", "container", "volume", "pages"),
    [
        # Vanderbilt Law Review, adminization (2018, dev), note 134, and UCLA Law Review Discourse, the speech machine
        # (2020, dev), note 70 (their parentheticals left out): a journal cited by volume and issue date, its page
        # after `at` (Bluebook 16.5)
        ("see also Pedro Domingos, A Few Useful Things to Know About Machine Learning, 55 COMM. ACM, Oct. 2012, at 78.",
         "A Few Useful Things to Know About Machine Learning", "COMM. ACM", "55", "78"),
        ("see also Jonathon W. Penney, Internet Surveillance, Regulation, and Chilling Effects Online: A Comparative "
         "Case Study, 6 INTERNET POL’Y REV., May 26, 2017, at 1, 3.",
         "Internet Surveillance, Regulation, and Chilling Effects Online: A Comparative Case Study",
         "INTERNET POL’Y REV.", "6", "1, 3"),
    ],
)
def test_a_journal_by_volume_and_issue_date_has_its_page_after_at(note, title, container, volume, pages) -> None:
    c = one(note)
    assert (c.kind, c.title, c.container, c.volume, c.pages) == (CitationKind.JOURNAL, title, container, volume, pages)


@pytest.mark.parametrize(
    ("note", "authors", "title", "publisher", "pages"),
    [
        # Washington University Law Review, payday lending (2020, dev), note 138, and Tax Levers for a Safer AI Future
        # (SSRN 5181207, dev), notes 177 and 204, their parentheticals left out: a paper in a numbered series, after
        # its title, is a report the series publishes
        ("Brian Baug et al., Disentangling Financial Constraints, Precautionary Savings, And Myopia: Household "
         "Behavior Surronding Federal Tax Returns, NBER Working Paper 19783, 2 (2014).", ("Brian Baug",),
         "Disentangling Financial Constraints, Precautionary Savings, And Myopia: Household Behavior Surronding "
         "Federal Tax Returns", "NBER Working Paper 19783", "2"),
        ("See, e.g., Mariarosaria Comunale and Andrea Manera, Fiscal Policies for Managing AI’s Economic Impacts, IMF "
         "Working Paper No. 24/065 (2024), https://perma.cc/7GS7-9968.", ("Mariarosaria Comunale", "Andrea Manera"),
         "Fiscal Policies for Managing AI’s Economic Impacts", "IMF Working Paper No. 24/065", None),
        ("See International Monetary Fund, Effectiveness of Fiscal Incentives for R&D: Quasi-Experimental Evidence, "
         "IMF Working Paper No. 17/84 (2017).", ("International Monetary Fund",),
         "Effectiveness of Fiscal Incentives for R&D: Quasi-Experimental Evidence", "IMF Working Paper No. 17/84",
         None),
    ],
)
def test_a_paper_in_a_numbered_series_after_its_title_is_the_series_report(
    note, authors, title, publisher, pages
) -> None:
    c = one(note)
    assert (c.kind, c.authors, c.title, c.publisher, c.pages) == (CitationKind.REPORT, authors, title, publisher, pages)


def test_a_drafts_at_before_a_pinpoint_without_its_comma_is_no_part_of_the_title() -> None:
    # Tax Levers for a Safer AI Future (SSRN 5181207, dev), note 65
    c = one("See OpenAI, o1 System Card at 16-17 (Sept. 12, 2024) https://cdn.openai.com/o1-system-card-20241205.pdf")
    assert (c.authors, c.title, c.pages) == (("OpenAI",), "o1 System Card", "16-17")


def test_a_titled_pdf_by_people_is_a_paper_and_a_bodys_pdf_a_page() -> None:
    # Cultural Analytics, fiction and history (2016, dev), note 21 (its Markdown link written as the address after
    # the title), and CRS, EDA programs (2026, dev), note 4
    paper = one(
        'Sarah Allison et al., "Quantitative Formalism: An Experiment," http://litlab.stanford.edu/Literary/'
        "LabPamphlet1.pdf, accessed March 24, 2014, 10."
    )
    brochure = one(
        'EDA, "EDA Informational Brochure," https://www.eda.gov/archives/2021/files/programs/disaster-recovery/'
        "EDA-Disaster-Brochure.pdf."
    )
    assert (paper.kind, paper.title, brochure.kind) == (
        CitationKind.REPORT, "Quantitative Formalism: An Experiment", CitationKind.WEB
    )


def test_a_page_filed_under_its_sites_reports_is_a_report() -> None:
    # New England Journal of Public Policy, innovation ecosystem (2022, dev), note 23
    c = one(
        "Simon Kemp, “Digital 2022: Global Overview Report,” DataReportal, January 26, 2022, "
        "https://datareportal.com/reports/digital-2022-global-overview-report."
    )
    assert (c.kind, c.title) == (CitationKind.REPORT, "Digital 2022: Global Overview Report")


@pytest.mark.parametrize(
    ("note", "authors", "title", "publisher"),
    [
        # Vanderbilt Law Review, adminization (2018, dev), note 202, and American Criminal Law Review, uncontested
        # prosecutor elections (2023, dev), note 34, their addresses left out: the people, the institution they
        # wrote for (a listed body), then the title, all in small capitals (Bluebook 15.1)
        ("See JOHN O’DONNELL, PUB. CITIZEN, THE ARBITRATION TRAP: HOW CREDIT CARD COMPANIES ENSNARE CONSUMERS 43 "
         "(2007).", ("JOHN O’DONNELL",), "THE ARBITRATION TRAP: HOW CREDIT CARD COMPANIES ENSNARE CONSUMERS",
         "PUB. CITIZEN"),
        ("See, e.g., JOHN-MICHAEL SEIBLER & JONATHAN ZALEWSKI, HERITAGE FOUNDATION, OVERCRIMINALIZATION IN THE 115TH "
         "CONGRESS (Mar. 1, 2019).", ("JOHN-MICHAEL SEIBLER", "JONATHAN ZALEWSKI"),
         "OVERCRIMINALIZATION IN THE 115TH CONGRESS", "HERITAGE FOUNDATION"),
    ],
)
def test_people_then_a_listed_body_in_small_capitals_write_the_bodys_report(note, authors, title, publisher) -> None:
    c = one(note)
    assert (c.kind, c.authors, c.title, c.publisher) == (CitationKind.REPORT, authors, title, publisher)


def test_an_older_law_review_article_by_two_surnames_alone() -> None:
    # Seton Hall Law Review, New Jersey wiretapping (1972, dev), note 28
    c = one("Blakey & Hancock, A Proposed Electronic Surveillance Control Act, 43 NOTRE DAME LAW. 657 (1968).")
    assert (c.kind, c.authors, c.title) == (
        CitationKind.JOURNAL, ("Blakey", "Hancock"), "A Proposed Electronic Surveillance Control Act"
    )


def test_a_drafts_pinpoint_after_the_year_is_the_articles_page() -> None:
    # AI Beyond the Grave (SSRN, dev), note 17
    c = one("Mark Bartholomew, A Right to be Left Dead, 113 CAL. L. REV 1591 (2024), at 1638.")
    assert (c.kind, c.title, c.pages) == (CitationKind.JOURNAL, "A Right to be Left Dead", "1591, 1638")
