"""Archival and government documents as a diplomatic history cites them (checker/parse/archival.py).

The notes are quoted from the Office of the Historian's history of *FRUS*, chapter 7 (tests/parse/corpus,
`ho-2015-frus-history-ch7`, SOURCES.md), where the conventions they are labelled by are written down.
"""

from __future__ import annotations

from checker.models import Citation, CitationKind
from checker.parse import archival, parse_text


def cited(note: str) -> tuple[Citation, ...]:
    (parsed,) = parse_text("1. " + note).notes
    return parsed.citations


def test_a_letter_is_an_official_paper_by_its_writer_and_the_archive_is_no_field() -> None:
    (c,) = cited(
        "Harry Truman to Samuel Eliot Morison, December 22, 1950, LCM, AHA Papers, Box 170, Committee on "
        "Historians and the Federal Government 1950–1951."
    )
    assert (c.kind, c.authors) == (CitationKind.OFFICIAL, ("Harry Truman",))
    assert c.title == "Harry Truman to Samuel Eliot Morison"
    assert (c.date, c.date_iso) == ("December 22, 1950", "1950-12-22")
    assert c.container is None and c.publisher is None and c.pages is None


def test_a_private_letter_in_a_librarys_collection_has_it_as_container_and_no_kind() -> None:
    # Twain's letters (scholed-2015-twain-ashcroft-lyon, dev) and the Whitman family's (scholed-2016-
    # mullinswhitmanheyde-intro, dev): a letter of literary history, as the labels of Scholarly Editing's pieces read it
    (c,) = cited("Twain to Howells, May 2, 1880, Houghton Library, Harvard University.")
    assert (c.kind, c.authors, c.title) == (CitationKind.UNKNOWN, ("Twain",), "Twain to Howells")
    assert (c.container, c.date) == ("Houghton Library, Harvard University", "May 2, 1880")
    (c,) = cited("Louisa Van Velsor Whitman to Walt Whitman, September 21, 1865, Walt Whitman Archive.")
    assert (c.kind, c.container) == (CitationKind.WEB, "Walt Whitman Archive")
    # a government's archive, with its boxes and containers, keeps the official reading above
    (c,) = cited("Fish to Sumner, May 2, 1870, LCM, Fish Papers, Container 86.")
    assert (c.kind, c.container) == (CitationKind.OFFICIAL, None)


def test_a_run_of_letters_in_one_file_is_one_citation_a_letter() -> None:
    found = cited(
        "See also Wilder Spaulding to Breckinridge Long, March 15, 1940, NARA, RG 59, CDF 1940–1944, 026 Foreign "
        "Relations/1456 1/2 and Long to Spaulding, March 16, 1940, NARA, RG 59, CDF 1940–1944, 026 Foreign "
        "Relations/1458 1/4."
    )
    assert [(c.authors, c.title, c.date) for c in found] == [
        (("Wilder Spaulding",), "Wilder Spaulding to Breckinridge Long", "March 15, 1940"),
        (("Long",), "Long to Spaulding", "March 16, 1940"),
    ]
    # the file printed once for the run: the earlier letters are the same kind of paper
    found = cited(
        "Robert Barnes to Noble, March 1, 1950 and Noble to Dean Acheson, March 3, 1950 in NARA, RG 59, WTC Lot "
        "File 83D222, Box 5, 1949–1950."
    )
    assert [(c.kind, c.authors) for c in found] == [
        (CitationKind.OFFICIAL, ("Robert Barnes",)),
        (CitationKind.OFFICIAL, ("Noble",)),
    ]


def test_two_writers_are_two_authors() -> None:
    (c, _) = cited(
        "Dane Orwick and Harris Huston to McCardle and Robinson McIlvaine, November 25, 1953 and passim, Reed "
        "College, Noble Papers, Box 16, 11."
    )
    assert c.authors == ("Dane Orwick", "Harris Huston")
    assert c.title == "Dane Orwick and Harris Huston to McCardle and Robinson McIlvaine"


def test_a_file_cited_whole_keeps_its_folders_as_one_citation() -> None:
    (c,) = cited("See passim, NARA, RG 59, WTC Lot File 83D222, Box 5, 1947–1948; 1949–1950; and 1951–1952.")
    assert c.title == "NARA, RG 59, WTC Lot File 83D222, Box 5, 1947–1948; 1949–1950; and 1951–1952"
    assert c.kind is CitationKind.UNKNOWN and c.date is None


def test_a_memorandum_of_conversation_and_a_paper_named_by_its_writer() -> None:
    (c,) = cited("Memorandum of conversation between Noble and Winnacker, August 26, 1954, NARA, RG 59, CDF.")
    assert (c.kind, c.title, c.date) == (
        CitationKind.OFFICIAL, "Memorandum of conversation between Noble and Winnacker", "August 26, 1954"
    )  # fmt: skip
    paper, letter = cited(
        "Spaulding paper, May 15, 1945 attached to Spaulding to Archibald MacLeish, May 16, 1945, NARA, RG 59, "
        "CDF 1944–1949, 811.00/5–1645."
    )
    assert (paper.authors, paper.title, paper.date) == (("Spaulding",), "Spaulding paper", "May 15, 1945")
    assert (letter.title, letter.date) == ("Spaulding to Archibald MacLeish", "May 16, 1945")


def test_a_paper_inside_a_compiled_file() -> None:
    (c,) = cited(
        "“Clearance with the Department of Defense” in “Briefing Papers prepared for the Secretary’s discussion "
        "with the Senate Foreign Relations Committee on April [19],” [April 14, 1955?], NARA, RG 59, WTC Lot "
        "File 83D222, Box 3, Malta and Yalta Conferences 1955."
    )
    assert (c.kind, c.title) == (CitationKind.OFFICIAL, "Clearance with the Department of Defense")
    assert c.date == "April 14, 1955"
    assert c.container is not None and c.container.startswith("Briefing Papers prepared for the Secretary’s")


def test_a_frus_volume_is_a_book_titled_by_its_years_volume_and_subject() -> None:
    volume = "Papers Relating to the Foreign Relations of the United States, 1919, The Paris Peace Conference, vol. I"
    (c,) = cited(f"{volume}, p. IV.")
    assert (c.kind, c.title, c.pages, c.date) == (CitationKind.BOOK, volume, "IV", None)


def test_what_is_no_archival_paper_is_left_to_the_other_rules() -> None:
    # a letter printed in an edition (Winterer, Modern Intellectual History, dev) stays the edition's
    (c,) = cited(
        "Johann Adolf Behrends to B. Franklin, 28 Oct. 1778, in C. Lopez, ed., Papers of Benjamin Franklin "
        "(New Haven, 1988), 27: 656."
    )
    assert (c.kind, c.container, c.pages) == (CitationKind.BOOK, "Papers of Benjamin Franklin", "27: 656")
    # a title's words are no addressee
    (c,) = cited("Introduction to Stylometry with Python, March 3, 2019.")
    assert c.kind is not CitationKind.OFFICIAL
    # a box's folders are rejoined only where `;` listed them, not after a sentence (`Pamphlet 11. Jan. 2016`)
    (c,) = cited(
        "Mark Algee-Hewitt et al., “Canon/Archive: Large-scale Dynamics in the Literary Field,” Stanford Literary "
        "Lab Pamphlet 11. Jan. 2016."
    )
    assert c.date == "Jan. 2016" and "2016" not in (c.container or "")


def test_the_records_of_a_meeting_and_a_file_named_by_its_record_group() -> None:
    # chapter 8 of the same history (ho-2015-frus-history-ch8)
    (c,) = cited(
        "Minutes of 1957 HAC meeting, pp. 33–61 (quote on p. 47), Department of State, HAC Lot File 03D130, "
        "1957–HAC–Annual Meeting."
    )
    assert (c.kind, c.title, c.pages) == (CitationKind.OFFICIAL, "Minutes of 1957 HAC meeting", "33–61")
    first, second = cited("passim, in NARA, RG 59, CDF 1945–1949, 026 China and NARA, RG 59, CDF 1950–1954, 023.1 X")
    assert first.title == "NARA, RG 59, CDF 1945–1949, 026 China"
    assert (second.title, second.authors) == ("NARA, RG 59, CDF 1950–1954, 023.1 X", ())


def test_a_run_goes_on_after_a_box_s_last_folder() -> None:
    found = cited(
        "See passim, NARA, RG 59, WTC Lot File 83D222, Box 5, January–October 1953; November–December 1953; and "
        "March–April 1954 and Noble to Thruston Morton, April 5, 1954, NARA, RG 59, CDF 1950–1954, 023.1/4–554."
    )
    assert [c.title for c in found] == [
        "NARA, RG 59, WTC Lot File 83D222, Box 5, January–October 1953; November–December 1953; and March–April 1954",
        "Noble to Thruston Morton",
    ]


def test_where_a_quotation_is_and_pages_joined_by_and_are_no_part_of_the_source() -> None:
    (c,) = cited(
        "Thomas Bailey and Dexter Perkins, “Report of the Advisory Committee on Foreign Relations,” American "
        "Political Science Review (June 1958), pp. 603–606 (quote from p. 605)."
    )
    assert (c.container, c.date, c.pages) == ("American Political Science Review", "June 1958", "603-606")
    # `Quote from` leads into the source, as `Quoted in` does (Winterer, Modern Intellectual History, dev)
    (c,) = cited("Quote from Dulles to U.S. Embassy London, January 10, 1955, NARA, RG 59, CDF 1955–1959.")
    assert c.authors == ("Dulles",)
    (c,) = cited(
        "See Mark Stoler, Allies and Adversaries: The Joint Chiefs of Staff, the Grand Alliance, and U.S. Strategy in "
        "World War II (Chapel Hill: University of North Carolina Press, 2000), pp. x and 146."
    )
    assert c.pages == "x and 146"


def test_a_letter_printed_in_an_edition_cited_by_its_short_title() -> None:
    # Marrs, The Foundation of the FRUS Series (ho-2011-foundation-of-frus): the 1861 Message, then its short title
    (c,) = cited("Letter from Seward to Wood, May 1, 1861, Message, 311.")
    assert (c.kind, c.authors, c.title) == (CitationKind.BOOK, ("Seward",), "Letter from Seward to Wood")
    assert (c.container, c.date, c.pages) == ("Message", "May 1, 1861", "311")
    (c,) = cited(
        "Letter from Seward to Schurz, April 27, 1861, Message of the President of the United States to the Two "
        "Houses of Congress (Washington: Government Printing Office, 1861) [hereafter Message], 257."
    )
    assert (c.publisher, c.pages) == ("Government Printing Office", "257")
    assert c.container == "Message of the President of the United States to the Two Houses of Congress"

    # chapter 2 of the FRUS history (ho-2015-frus-history-ch2, dev), notes 24 and 5: no `Letter from`, the short
    # title with its volume's year; a letter in a series whose years the archive prints in parentheses
    (c,) = cited("Seward to Schurz, April 27, 1861, Message, 1861, p. 257.")
    assert (c.kind, c.authors, c.title, c.container, c.pages) == (
        CitationKind.BOOK, ("Seward",), "Seward to Schurz", "Message, 1861", "257",
    )  # fmt: skip
    (c,) = cited("Seward to Adams, March 2, 1864, NARA, RG 59, Diplomatic Correspondence (1785–1906), Instructions to "
                 "Diplomatic Officers, Great Britain, Vol. 98.")  # fmt: skip
    assert (c.kind, c.title, c.date, c.container) == (CitationKind.OFFICIAL, "Seward to Adams", "March 2, 1864", None)


def test_an_office_before_the_writer_and_letters_run_on_with_commas() -> None:
    # Langbart, Special FRUS Volumes (ho-2011-special-frus-volumes), an archivist's hand
    (c,) = cited("Secretary of State Frank Kellogg to Mrs. Robert Lansing, January 16, 1929, File 116/174A, RG 59.")
    assert (c.authors, c.title) == (("Frank Kellogg",), "Secretary of State Frank Kellogg to Mrs. Robert Lansing")
    found = cited(
        "Fred Morris Dearing to David A. Salmon, September 23, 1921, David A. Salmon to Fred Morris Dearing, "
        "September 24, 1921, File 116/121, Central Decimal File, RG 59: General Records of the Department of State, "
        "National Archives (hereafter CDF, RG 59, NA)."
    )
    assert [(c.authors, c.date) for c in found] == [
        (("Fred Morris Dearing",), "September 23, 1921"),
        (("David A. Salmon",), "September 24, 1921"),
    ]
    (c,) = cited("David A. Salmon, Memorandum, January 11, 1936, Records of the Executive Secretary, RG 59, NA.")
    assert (c.kind, c.authors, c.title) == (CitationKind.OFFICIAL, ("David A. Salmon",), "Memorandum")


def test_the_papers_kind_between_its_writer_and_whom_it_went_to() -> None:
    # Office of the Historian, To The 1991 FRUS Statute (2012), notes 3 and 7 (dev); the history of FRUS in the
    # Pacific war, note 6
    for note, writer, title in [
        ("Ronald Reagan memorandum for Secretary of State, et al., November 12, 1985, P860009-1020, DoS P-Reels.",
         "Ronald Reagan", "Ronald Reagan memorandum for Secretary of State, et al."),
        ("Ronald Spiers memorandum to Charles Redman, November 10, 1988, P890058-1591, DoS P-Reels.",
         "Ronald Spiers", "Ronald Spiers memorandum to Charles Redman"),
        ("Joseph Grew despatch to Secretary of State, September 5, 1934, 026 Foreign Relations/761, DoS CDF "
         "1930-1939, p. 2.", "Joseph Grew", "Joseph Grew despatch to Secretary of State"),
        # (Botts, FRUS at War, note 9)
        ("Cordell Hull airgram to John Winant, August 6, 1943, 026 Foreign Relations (P.C. 1919)/87, DoS CDF "
         "1940-1944.", "Cordell Hull", "Cordell Hull airgram to John Winant"),
    ]:
        (c,) = cited(note)
        assert (c.kind, c.authors, c.title) == (CitationKind.OFFICIAL, (writer,), title)
        assert c.container is None


def test_a_publication_after_where_a_paper_lies_is_a_citation_of_its_own() -> None:
    # Office of the Historian, To The 1991 FRUS Statute (2012), note 8 (dev)
    letter, article = cited(
        "Warren Cohen letter to James Baker, February 15, 1990, P900159-0985, DoS P-Reels and Warren Cohen, “Gaps in "
        "the Record: How State has allowed history to be incomplete,” *Foreign Service Journal* (August 1990), "
        "pp. 27-29."
    )
    assert (letter.kind, letter.title) == (CitationKind.OFFICIAL, "Warren Cohen letter to James Baker")
    assert article.authors == ("Warren Cohen",) and article.pages == "27-29"
    assert article.title == "Gaps in the Record: How State has allowed history to be incomplete"


def test_a_paper_located_by_its_folders_quoted_short_name_is_no_titled_item() -> None:
    # the 1980 re-review (`ho-2011-1980-frus-rereview`): a folder named once `(henceforth “Dissent Channel
    # Package”)`, then by that name alone after each paper's date
    (c,) = cited("David Trask memorandum to William Dyess, April 28, 1980, “Documents Relating to the Re-Review.”")
    assert (c.kind, c.authors, c.title) == (
        CitationKind.OFFICIAL, ("David Trask",), "David Trask memorandum to William Dyess",
    )  # fmt: skip
    assert (c.date, c.container) == ("April 28, 1980", None)
    (memoranda,) = cited("David Trask memoranda to Anthony Lake, June 11, 1980, “Dissent Channel Package.”")
    assert memoranda.title == "David Trask memoranda to Anthony Lake" and memoranda.authors == ("David Trask",)
    (draft,) = cited("Hodding Carter draft memorandum to Ben Read, May 2, 1980, “Documents Relating to the Re-Review.”")
    assert draft.title == "Hodding Carter draft memorandum to Ben Read"


def test_a_letter_with_no_paper_word_before_a_quoted_title_is_not_read_as_archival() -> None:
    # only a paper named as one (`memorandum to`, `letter to`) takes a bare quoted name as where it lies; `X to Y,
    # date, “…”` may be a published letter's title
    (c,) = cited("Seward to Adams, May 21, 1861, “Instructions to the Minister in London.”")
    assert c.title == "Instructions to the Minister in London" and c.kind is not CitationKind.OFFICIAL


def test_a_paper_to_all_of_an_office_is_addressed_and_ends_a_run() -> None:
    # `to all Assistant Secretaries`, `to members of the Advisory Committee …`: addressees, though lower case
    first, second = cited(
        "George Vest memorandum to Ben Read, April 11, 1980 and Ben Read memorandum to all Assistant Secretaries, "
        "April 11, 1980 in “Dissent Channel Package.”"
    )
    assert (first.title, first.date) == ("George Vest memorandum to Ben Read", "April 11, 1980")
    assert (second.kind, second.authors) == (CitationKind.OFFICIAL, ("Ben Read",))
    assert second.title == "Ben Read memorandum to all Assistant Secretaries"


# Papers cited by the heading a documentary edition gives them (FRUS prints `Memorandum From the President's Special
# Assistant for National Security Affairs (Bundy) to President Kennedy`, `Telegram From the Embassy in the Soviet
# Union to the Department of State`): the heading is the title, the writer the author, the edition the container.
# These headings are the edition's own; the notes around them are written for the test.


def test_a_paper_printed_in_frus_is_official_by_its_writer_with_the_volume_as_container() -> None:
    (c,) = cited(
        "Memorandum from McGeorge Bundy to President Kennedy, October 22, 1962, in Foreign Relations of the United "
        "States, 1961–1963, vol. XI, Cuban Missile Crisis and Aftermath, ed. Edward C. Keefer et al. (Washington, "
        "DC: Government Printing Office, 1996), doc. 45."
    )
    assert (c.kind, c.authors, c.title) == (
        CitationKind.OFFICIAL, ("McGeorge Bundy",), "Memorandum from McGeorge Bundy to President Kennedy"
    )  # fmt: skip
    assert (c.date, c.date_iso) == ("October 22, 1962", "1962-10-22")
    assert c.container == (
        "Foreign Relations of the United States, 1961–1963, vol. XI, Cuban Missile Crisis and Aftermath"
    )
    assert (c.publisher, c.pages) == ("Government Printing Office", "doc. 45")


def test_the_person_an_office_names_in_brackets_is_the_writer() -> None:
    (c,) = cited(
        "Memorandum From the President’s Special Assistant for National Security Affairs (Bundy) to President "
        "Kennedy, Washington, October 22, 1962, FRUS, 1961–1963, vol. XI, Document 45."
    )
    assert c.authors == ("Bundy",) and c.date == "October 22, 1962"
    assert (c.container, c.pages) == ("FRUS, 1961–1963, vol. XI", "Document 45")


def test_a_telegram_from_an_embassy_keeps_its_document_number_after_doc() -> None:
    # `doc.` is an abbreviation: the note is not cut after it
    (c,) = cited(
        "Telegram from the Embassy in the Soviet Union to the Department of State, October 27, 1962, FRUS, "
        "1961–1963, vol. VI, doc. 68."
    )
    assert c.title == "Telegram from the Embassy in the Soviet Union to the Department of State"
    assert c.authors == ("Embassy in the Soviet Union",)
    assert (c.container, c.pages) == ("FRUS, 1961–1963, vol. VI", "doc. 68")


def test_by_names_the_writer_and_for_the_addressee() -> None:
    (c,) = cited("Memorandum by the Secretary of State for the President, March 3, 1955, FRUS, 1955–1957, vol. II, "
                 "pp. 12–14.")  # fmt: skip
    assert c.authors == ("Secretary of State",) and c.pages == "12–14"


def test_the_record_of_a_meeting_and_a_paper_in_an_archive() -> None:
    (c,) = cited(
        "Minutes of the 506th Meeting of the National Security Council, October 21, 1962, FRUS 1961-1963, vol. XI, "
        "doc. 38."
    )
    assert (c.kind, c.authors, c.title) == (
        CitationKind.OFFICIAL, (), "Minutes of the 506th Meeting of the National Security Council"
    )  # fmt: skip
    (c,) = cited("Memorandum for the Record, October 23, 1962, National Security Files, box 36, John F. Kennedy "
                 "Library, Boston, MA.")  # fmt: skip
    assert (c.kind, c.title, c.date, c.container) == (
        CitationKind.OFFICIAL, "Memorandum for the Record", "October 23, 1962", None
    )  # fmt: skip


def test_a_paper_heading_with_nothing_archival_or_printed_after_it_is_left_to_the_other_readers() -> None:
    assert archival.paper_by_heading("Letter from the Editor to Our Readers, May 5, 2020, The Atlantic", "", 0) is None
    assert archival.paper_by_heading("Letter from the Editor, May 5, 2020, in “Letters,” The Atlantic", "", 0) is None


def test_the_kind_of_paper_may_follow_its_writer_after_a_comma() -> None:
    (c,) = cited("McGeorge Bundy, memorandum to President Kennedy, October 22, 1962, National Security Files, box "
                 "36, John F. Kennedy Library.")  # fmt: skip
    assert (c.kind, c.authors, c.date) == (CitationKind.OFFICIAL, ("McGeorge Bundy",), "October 22, 1962")


def test_a_letter_among_a_museums_manuscripts_lies_in_an_archive() -> None:
    (c,) = cited("Richardson to Bradshaigh, 9 October 1756, Forster MSS, Victoria and Albert Museum, XI, fol. 210.")
    assert (c.kind, c.authors, c.title) == (CitationKind.OFFICIAL, ("Richardson",), "Richardson to Bradshaigh")
    assert (c.date, c.date_iso, c.container) == ("9 October 1756", "1756-10-09", None)


def test_a_decimal_file_number_or_a_quoted_folder_says_where_a_memorandum_lies() -> None:
    # the Department's decimal file by number alone (`023.1/1-362`) or by number and subject, and a folder named
    # in quotation marks: where the paper lies, not a title (history of the 1980 FRUS re-review, note 3)
    found = cited(
        "See Morrison Giffen memorandum to Wilder Spaulding, June 4, 1935, 026 Foreign Relations/866; Roger Tubby "
        "memorandum to Alexis Johnson, January 3, 1962, 023.1/1-362; and Richardson Dougall memorandum to Bernard "
        "Noble, December 4, 1956 in Folder “November-December 1956,” in Box 6."
    )
    assert [(c.kind, c.authors, c.title, c.date) for c in found] == [
        (CitationKind.OFFICIAL, ("Morrison Giffen",), "Morrison Giffen memorandum to Wilder Spaulding", "June 4, 1935"),
        (CitationKind.OFFICIAL, ("Roger Tubby",), "Roger Tubby memorandum to Alexis Johnson", "January 3, 1962"),
        (CitationKind.OFFICIAL, ("Richardson Dougall",), "Richardson Dougall memorandum to Bernard Noble",
         "December 4, 1956"),
    ]  # fmt: skip


def test_a_paper_dated_by_the_archivist_in_brackets() -> None:
    # the history of FRUS, chapter 9 (corpus: ho-2015-frus-history-ch9, note 21)
    (c,) = cited("See Trask memorandum, [April 11, 1980], NARA, RG 59, Kogan Papers Lot File 83D230, Box 2, Foreign "
                 "Relations 2.")  # fmt: skip
    assert (c.kind, c.authors, c.title) == (CitationKind.OFFICIAL, ("Trask",), "Trask memorandum")
    assert c.date == "April 11, 1980"


def test_decimal_files_named_with_a_parenthesised_subject_and_enclosures_with_the_paper_that_carried_them() -> None:
    # Botts, FRUS at War (Office of the Historian, 2011), notes 3 and 5
    refs = parse_text(
        "Notes\n\n"
        "1. Note verbale, June 24, 1938 enclosed with Edward Reed despatch to Secretary of State, June 27, 1938, 026 "
        "Foreign relations (P.C. 1919)/8 in DoS CDF 1930-1939.\n"
        "2. Edwin Wilson letter to Pierrepont Moffat, November 30, 1938, 026 Foreign Relations (P.C. 1919)/18.5, DoS "
        "CDF 1930-1939.\n"
    )
    enclosed, carrier = refs.notes[0].citations
    assert (enclosed.title, carrier.title) == ("Note verbale", "Edward Reed despatch to Secretary of State")
    letter = refs.notes[1].citations[0]
    assert (letter.kind, letter.authors, letter.container) == (CitationKind.OFFICIAL, ("Edwin Wilson",), None)
    assert letter.title == "Edwin Wilson letter to Pierrepont Moffat" and letter.date == "November 30, 1938"


def test_a_private_letter_by_its_editor_supplied_year_or_its_collections_abbreviation() -> None:
    # Homestead, Willa Cather's Obscure Destinies, Scholarly Editing 38 (scholed-2017-cather-obscure-destinies, dev),
    # notes 14, 15 and 32
    (c,) = cited("Willa Cather to Manley Aaron, July 30, 1929, DFCF.")
    assert (c.authors, c.title, c.date) == (("Willa Cather",), "Willa Cather to Manley Aaron", "July 30, 1929")
    (c,) = cited("Edith Lewis to Mabel Dodge Luhan, [1929], Mabel Dodge Luhan Papers, Beinecke Library, Yale "
                 "University.")  # fmt: skip
    assert (c.authors, c.title, c.date) == (("Edith Lewis",), "Edith Lewis to Mabel Dodge Luhan", "[1929]")
    (c,) = cited("Willa Cather to Blanche Knopf, July 10, [1931], Alfred A. Knopf, Inc., Archive, Box 689, Folder 4, "
                 "Harry Ransom Center, University of Texas at Austin.")  # fmt: skip
    assert (c.title, c.date) == ("Willa Cather to Blanche Knopf", "July 10, [1931]")


def test_a_series_volume_by_its_short_title_and_year() -> None:
    # chapter 4 of the FRUS history (ho-2015-frus-history-ch4, dev), notes 12 and 2
    (c,) = cited("Foreign Relations, 1871, pp. 97–111.")
    assert (c.kind, c.title, c.pages) == (CitationKind.BOOK, "Foreign Relations, 1871", "97-111")
    (c,) = cited("Foreign Relations, 1887, p. xv.")
    assert (c.title, c.pages) == ("Foreign Relations, 1887", "xv")


def test_a_memo_named_by_its_writer_and_dated_after_of() -> None:
    # chapter 4 of the FRUS history (ho-2015-frus-history-ch4, dev), note 10
    c = cited("Hanna memo of April 3, 1907 and covering note to Adee, April 4, 1907, NARA, RG 59, Numerical and Minor "
              "Files of the Department of State, 1906–1910, M862, Roll 466, Case 5690.")[0]  # fmt: skip
    assert (c.kind, c.authors, c.title, c.date) == (CitationKind.OFFICIAL, ("Hanna",), "Hanna memo", "April 3, 1907")


def test_a_committee_chair_a_circular_a_series_span_and_a_comma_after_the_month_still_make_a_letter() -> None:
    # McAllister et al., Toward "Thorough, Accurate, and Reliable", chapter 5, notes 29 and 33; Marrs, Publicizing
    # Foreign Relations in Time of War, note 21; Botts, FRUS at War, note 14; Homestead, The Composing, Editing, and
    # Publication of Willa Cather's Obscure Destinies Stories, note 29 (all dev)
    for note, writer, title in [
        ("Senate Committee on Printing Chair William E. Chilton to Lansing, December 22, 1916.",
         "William E. Chilton", "Senate Committee on Printing Chair William E. Chilton to Lansing"),
        ("William McNeir to all Bureau and Division heads, January 23, 1913, NARA, RG 59, CDF 1910–1929, 119.4/38.",
         "William McNeir", "William McNeir to all Bureau and Division heads"),
        ("letter from Frederic Seward to John D. Defrees, December 12, 1861, page 22, volume 56, reel 53, microfilm "
         "publication M40 (Domestic Letters, 1784-1906), RG 59, National Archives.",
         "Frederic Seward", "letter from Frederic Seward to John D. Defrees"),
        ("Ernest Perkins memorandum to Wilder Spaulding, November 6, 1945, 026 Foreign Relations (P.C. 1919)/ "
         "11-645, DoS CDF 1945-1949.", "Ernest Perkins", "Ernest Perkins memorandum to Wilder Spaulding"),
    ]:
        (c,) = cited(note)
        assert (c.kind, c.authors, c.title, c.container) == (CitationKind.OFFICIAL, (writer,), title, None)
    (c,) = cited("Willa Cather to Paul R. Reynolds, March, 25, [1930], Paul Reynolds Collection, Butler Library, "
                 "Columbia University.")  # fmt: skip
    assert (c.title, c.date) == ("Willa Cather to Paul R. Reynolds", "March, 25, [1930]")
    assert c.container == "Paul Reynolds Collection, Butler Library, Columbia University"


def test_a_private_letter_in_a_collection_named_by_one_word_has_it_as_container() -> None:
    # Mullins, The Selected Letters of Hannah Whitman Heyde (introduction), note 107; Homestead, The Composing,
    # Editing, and Publication of Willa Cather's Obscure Destinies Stories, note 42 (both dev): the editions' notes
    # name the collections `Trent`, `DFCF`
    (c,) = cited("Charles Heyde to Louisa Van Velsor Whitman, June 1865, Trent.")
    assert (c.kind, c.authors, c.container) == (CitationKind.UNKNOWN, ("Charles Heyde",), "Trent")
    (c,) = cited("Alfred Knopf to Willa Cather, September 14, 1931, DFCF.")
    assert (c.kind, c.title, c.container) == (CitationKind.UNKNOWN, "Alfred Knopf to Willa Cather", "DFCF")
    # a government's archive by its letters is no collection of letters: still an official paper
    (c,) = cited("Fish to Sumner, May 2, 1870, NARA.")
    assert (c.kind, c.container) == (CitationKind.OFFICIAL, None)
