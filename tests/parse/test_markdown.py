"""Markdown articles: pandoc/GitHub footnotes, and numbered notes lists."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.errors import ParseError
from checker.models import CitationKind, References
from checker.parse import parse_article, parse_extracted
from checker.parse.extracted import usable_href
from checker.parse.markdown import read_markdown
from tests.parse.renderings import LINKED_TITLES, SEED, seed, to_markdown
from tests.parse.seedcheck import assert_same_as_text


@pytest.fixture(scope="module")
def text_refs() -> References:
    return parse_article(SEED)


@pytest.fixture(scope="module")
def md_refs(tmp_path_factory: pytest.TempPathFactory) -> References:
    path = tmp_path_factory.mktemp("md") / "seed.md"
    path.write_text(to_markdown(seed()), encoding="utf-8")
    return parse_article(path)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_seed_as_markdown_parses_exactly_as_the_text(text_refs: References, md_refs: References) -> None:
    assert_same_as_text(text_refs, md_refs)


@pytest.mark.parametrize("number", LINKED_TITLES)
def test_a_linked_title_gives_its_citation_the_url(md_refs: References, text_refs: References, number: int) -> None:
    (note,) = [n for n in md_refs.notes if n.number == number]
    (printed,) = [n for n in text_refs.notes if n.number == number]
    assert "http" not in note.text and "](" not in note.text
    assert note.citations[0].url == printed.citations[0].url is not None


def test_named_labels_are_numbered_as_rendered(tmp_path: Path) -> None:
    text = (
        "First claim.[^voa] Second claim.[^g]\n\nThird claim.[^voa]\n\n"
        "[^g]: Justin McCurry, “Visit Postponed,” The Guardian, October 15, 2015.\n"
        "[^voa]: Brian Padden, “Asian Pivot,” Voice of America, October 26, 2015,\n"
        "    http://www.voanews.com/content/x/3022965.html.\n"
    )
    refs = parse_article(write(tmp_path, "a.md", text))
    first, second = refs.notes
    assert (first.number, first.citations[0].authors) == (1, ("Brian Padden",))
    assert first.citations[0].url == "http://www.voanews.com/content/x/3022965.html"  # continuation line joined
    assert (second.number, second.context) == (2, "Second claim.")
    assert first.context == "First claim."


def test_notes_alone_with_numbered_labels_keep_their_numbers_in_any_order(tmp_path: Path) -> None:
    # a lesson's notes copied without its text (Programming Historian, `[^14]: …` written before `[^12]: …`): with
    # no marker to number them by, the labels are the numbers
    text = "[^2]: Jane Doe, “Two,” The Diplomat, 2015.\n[^1]: Jane Doe, “One,” The Diplomat, 2015.\n"
    refs = parse_article(write(tmp_path, "a.md", text))
    assert [(n.number, n.citations[0].title) for n in refs.notes] == [(1, "One"), (2, "Two")]


def test_notes_alone_with_prefixed_labels_are_numbered_by_them(tmp_path: Path) -> None:
    # a chapter's notes as one converter writes them, `[^22_2]: …`, whose `[^22_1]` it never defined: note 2 stays 2
    text = "[^22_2]: Jane Doe, “Two,” The Diplomat, 2015.\n[^22_3]: Jane Doe, “Three,” The Diplomat, 2015.\n"
    refs = parse_article(write(tmp_path, "a.md", text))
    assert [(n.number, n.citations[0].title) for n in refs.notes] == [(2, "Two"), (3, "Three")]


def test_a_definition_never_referenced_is_kept_with_a_warning(tmp_path: Path) -> None:
    text = "Claim.[^1]\n\n[^1]: Jane Doe, “One,” The Diplomat, 2015.\n[^2]: Jane Doe, “Two,” The Diplomat, 2015.\n"
    refs = parse_article(write(tmp_path, "a.md", text))
    assert [n.number for n in refs.notes] == [1, 2]
    assert any("never referenced" in w and "2" in w for w in refs.warnings)
    assert any("no marker" in w for w in refs.warnings)


def test_inline_syntax_is_dropped_but_autolinks_print_their_url(tmp_path: Path) -> None:
    text = "Claim.[^1]\n\n[^1]: Jane Doe, “**Bold** Title,” *The Diplomat*, 2015, <https://thediplomat.com/x>.\n"
    refs = parse_article(write(tmp_path, "a.md", text))
    c = refs.notes[0].citations[0]
    assert c.title == "Bold Title" and c.url == "https://thediplomat.com/x"
    assert "*" not in refs.notes[0].text


def test_an_autolink_ends_at_its_bracket_even_when_a_word_follows_it(tmp_path: Path) -> None:
    # Heritage, Mandate for Leadership ch. 14 notes 6 and 9 (dev): the PDF's `(accessed` or `(` was lost
    text = (
        "Claim.[^1] More.[^2]\n\n[^1]: S. 15, Act of 2023, introduced January 23, 2023, "
        "<https://www.congress.gov/118/bills/s15/BILLS-118s15is.pdf>accessed March 22, 2023).\n"
        '[^2]: HHS, "Page," <https://www.cdc.gov/maso/pdf/cdcmiss.pdf>March 16, 2023).\n'
    )
    refs = parse_article(write(tmp_path, "a.md", text))
    first, second = (n.citations[0] for n in refs.notes)
    assert first.url == "https://www.congress.gov/118/bills/s15/BILLS-118s15is.pdf" and first.accessed == "2023-03-22"
    assert second.url == "https://www.cdc.gov/maso/pdf/cdcmiss.pdf"


def test_underscore_emphasis_is_dropped_but_underscores_inside_words_and_urls_stay(tmp_path: Path) -> None:
    # Programming Historian lessons write journal names `_Like This_`; DOIs hold `_2`, `suppl_2`
    text = (
        "Claim.[^1]\n\n[^1]: Jane Doe, “A Title,” _Computers and the Humanities_, vol. 30, no. 3 (1996), "
        "pp. 257–65, https://doi.org/10.1007/978-3-030-03122-0_2.\n"
    )
    refs = parse_article(write(tmp_path, "a.md", text))
    c = refs.notes[0].citations[0]
    assert c.container == "Computers and the Humanities"
    assert c.url == "https://doi.org/10.1007/978-3-030-03122-0_2"


def test_a_link_with_spaces_inside_its_parentheses_is_a_link(tmp_path: Path) -> None:
    # CommonMark allows `[text]( url)`; the stylometry lesson (dev) writes its first note so
    text = 'Claim.[^1]\n\n[^1]: See Justin Rice, ["What Makes Hemingway Hemingway?"]( https://www.litcharts.com/h) \n'
    refs = parse_article(write(tmp_path, "a.md", text))
    c = refs.notes[0].citations[0]
    assert (c.authors, c.url) == (("Justin Rice",), "https://www.litcharts.com/h")
    assert "](" not in refs.notes[0].text


def test_a_link_target_ends_at_its_title(tmp_path: Path) -> None:
    # Journal of Women's History 2011 note 28 (dev): a page converted to Markdown kept the link's
    # `target="_blank"` as `\ _blank` after the address; CommonMark's titles end it too
    text = (
        "Claim.[^1]\n\n[^1]: Patricia Cohen, \"Title,\" *New York Times,* June 9, 2009,\n"
        "    [http://www.nytimes.com/2009/06/11/books/11hist.html](http://www.nytimes.com/2009/06/11/books/11hist.html"
        " \\ _blank)\n    (accessed April 28, 2010); [Site](https://example.org/a 'a title'); "
        "[Other](https://example.org/b (another)).\n"
    )
    refs = parse_article(write(tmp_path, "a.md", text))
    urls = [c.url for c in refs.notes[0].citations]
    assert urls == [
        "http://www.nytimes.com/2009/06/11/books/11hist.html", "https://example.org/a", "https://example.org/b"
    ]
    assert "_blank" not in refs.notes[0].text and "](" not in refs.notes[0].text


def test_a_printed_url_linked_to_its_archived_copy_checks_both(tmp_path: Path) -> None:
    # the GPT-2 lesson (dev) prints the source's address and links it to its Perma.cc copy
    text = (
        "Claim.[^1]\n\n[^1]: Kari Kraus, \"Conjectural Criticism,\" *Digital Humanities Quarterly* 3, no. 4 (2009). "
        "[http://www.digitalhumanities.org/dhq/vol/3/4/000069/000069.html](https://perma.cc/C7D7-H7WY).\n"
    )
    refs = parse_article(write(tmp_path, "a.md", text))
    urls = [c.url for c in refs.notes[0].citations]
    assert urls == ["http://www.digitalhumanities.org/dhq/vol/3/4/000069/000069.html", "https://perma.cc/C7D7-H7WY"]
    same = "Claim.[^1]\n\n[^1]: Jane Doe, [http//www.example.org](http://www.example.org), 2015.\n"
    assert len(parse_article(write(tmp_path, "b.md", same)).notes[0].citations) == 1  # one site: one address


def test_numbered_notes_list_without_footnote_syntax(tmp_path: Path) -> None:
    text = (
        "# Article\n\nThe summit failed.1 Talks resumed later.2\n\n## Notes\n\n"
        "1. Jane Doe, “[First Article](https://example.org/first),” The Diplomat, May 1, 2015.\n\n"
        "2. Ibid.\n"
    )
    refs = parse_article(write(tmp_path, "a.md", text))
    first, second = refs.notes
    assert first.text == "Jane Doe, “First Article,” The Diplomat, May 1, 2015."
    assert first.citations[0].url == "https://example.org/first"
    assert first.context == "The summit failed."
    assert second.citations[0].ibid and second.citations[0].url == "https://example.org/first"


def test_a_numbered_notes_list_keeps_its_italics_note_by_note(tmp_path: Path) -> None:
    # Army Cyber Institute, Jack Voltaic 3.0 (2021), notes 20 and 70 (corpus: aci-2021-jack-voltaic): the italics
    # end the directive's title before its number; the later note's repeated words are its own italics, not the first's
    text = (
        "20. William J. Lynn III, *Defense Support to Civil Authorities (DSCA)*, DoD Directive 3025.18 (Washington,\n"
        "DC: Office of the Secretary of Defense, December 29, 2010).\n"
        "21. Lynn, *Defense Support to Civil Authorities (DSCA);* and Department of Defense (DoD), *Defense Support"
        " of Civilian Law Enforcement Agencies*, DoD Instruction 3025.21.\n"
    )
    first, second = read_markdown(text.encode()).notes
    assert [first.text[a:b] for a, b in first.emphasis] == ["Defense Support to Civil Authorities (DSCA)"]
    assert [second.text[a:b] for a, b in second.emphasis] == [
        "Defense Support to Civil Authorities (DSCA);", "Defense Support of Civilian Law Enforcement Agencies",
    ]
    c = parse_article(write(tmp_path, "a.md", text)).notes[0].citations[0]
    assert (c.title, c.date) == ("Defense Support to Civil Authorities (DSCA)", "December 29, 2010")


def test_a_numbered_notes_lists_italics_are_the_words_set_in_italics_and_stay_in_their_note() -> None:
    # Global Security Review (2020), note 57 (corpus: gsp-2020-holocaust-denial): the blog's name is printed before
    # as its writer's; Pace Law Review (2021), notes 1 and 4 (corpus: pace-2021-blockchain-discovery): the first
    # note's footnote star opens no italics running into the notes after it
    text = (
        "1. * Ross Keiser is a third-year law student at the Elisabeth Haub School of Law at Pace University.\n"
        "2. Steven L. Anderson, “New Documentary—Marching to Zion,” *Steven L. Anderson* (blog), July 27, 2014.\n"
        "3. *See* Ali Montag, *Why Cameron Winklevoss Drives an “old SUV” Even Though the Twins Are Bitcoin"
        " Billionaires*, CNBC (Jan. 12, 2018, 3:33 PM).\n"
    )
    first, second, third = read_markdown(text.encode()).notes
    assert first.emphasis == ()
    blog = second.text.rindex("Steven L. Anderson")
    assert second.emphasis == ((blog, blog + len("Steven L. Anderson")),)
    assert [third.text[a:b] for a, b in third.emphasis] == [
        "See", "Why Cameron Winklevoss Drives an “old SUV” Even Though the Twins Are Bitcoin Billionaires",
    ]


def test_italics_holding_a_no_break_space_are_read_as_the_field_holds_them(tmp_path: Path) -> None:
    # Global Security Review (2020), note 92 (corpus: gsp-2020-holocaust-denial), with a no-break space inside the
    # italics as a conversion may print it: the field's spaces are all one width, and the italics still end the title
    note = (
        "1. Anderson reveals one of his direct influences when he tells viewers to read Victor L. Thorn, *The Holocaust"
        " Hoax\u00a0Exposed: Debunking the 20th Century’s Biggest Lie* (Independent Publisher, 2012).\n"
    )
    c = parse_article(write(tmp_path, "a.md", note)).notes[0].citations[-1]
    assert (c.authors, c.title) == (
        ("Victor L. Thorn",), "The Holocaust Hoax Exposed: Debunking the 20th Century’s Biggest Lie"
    )


def test_a_numbered_notes_lists_italics_keep_their_no_break_spaces() -> None:
    # Journal of Early American History (2017), note 4 (corpus: jeah-2017-indigenous-women-networks): the conversion
    # printed a narrow no-break space before the subtitle's colon, and the note keeps it
    text = "1. José António Brandão, *Your Fyre Shall Burn No More\u202f: Iroquois Policy toward New France*, 1997.\n"
    note = read_markdown(text.encode()).notes[0]
    assert [note.text[a:b] for a, b in note.emphasis] == [
        "Your Fyre Shall Burn No More\u202f: Iroquois Policy toward New France"
    ]


def test_a_headline_in_italics_with_a_full_stop_of_its_own_is_one_title(tmp_path: Path) -> None:
    # William & Mary Law Review (2020), notes 71 and 72 (corpus: wmlr-2020-sexual-privacy-compact): the headline's
    # full stop is inside its italics, so the citation keeps its writer and the short form after it finds it
    text = (
        "71. The documents included Duportail’s Facebook likes and number of friends, … and where and when each"
        " conversation with a match took place. Judith Duportail, *I asked Tinder for my data. It sent me 800 pages of"
        " my deepest, darkest secrets*, GUARDIAN (Sept. 26, 2017, 2:10 AM), https://www.theguardian.com/technology/"
        "2017/sep/26/tinder-personal-data-datingapp-messages-hacked-sold.\n"
        "72. Duportail, *supra* note.\n"
    )
    full, short = (n.citations[-1] for n in parse_article(write(tmp_path, "a.md", text)).notes)
    assert (full.authors, full.title) == (
        ("Judith Duportail",), "I asked Tinder for my data. It sent me 800 pages of my deepest, darkest secrets"
    )
    assert (short.refers_to, short.url) == (71, full.url)


@pytest.mark.parametrize(
    ("note", "authors", "title"),
    [
        # Global Security Review (2020), note 92 (corpus: gsp-2020-holocaust-denial): a sentence of comment that ends
        # by naming the book's writer
        ("Anderson reveals one of his direct influences when he tells viewers to read Victor L. Thorn, *The Holocaust"
         " Hoax Exposed: Debunking the 20th Century’s Biggest Lie* (Independent Publisher, 2012).",
         ("Victor L. Thorn",), "The Holocaust Hoax Exposed: Debunking the 20th Century’s Biggest Lie"),
        # Villanova Law Review (2021), note 63 (corpus: vill-2021-unfriending-tinker-n51): a case named in a sentence
        ("In 2007, the court applied this test in *Wisniewski v. Board of Education of Weedsport Central School"
         " District,* 494 F.3d 34 (2d Cir. 2007).",
         (), "Wisniewski v. Board of Education of Weedsport Central School District"),
    ],
)  # fmt: skip
def test_italics_ending_what_was_read_as_the_title_are_the_title(
    tmp_path: Path, note: str, authors: tuple[str, ...], title: str
) -> None:
    c = parse_article(write(tmp_path, "a.md", f"1. {note}\n")).notes[0].citations[-1]
    assert (c.authors, c.title) == (authors, title)


@pytest.mark.parametrize(
    "note",
    [
        # Parameters (2022), note 20 (corpus: parameters-2022-ukraine-strategic-studies): the conversion left the
        # title's head upright
        "Nicholas Mulder, The Economic Weapon: *The Rise of Sanctions as a Tool of Modern War* (New Haven, CT: Yale"
        " University Press, 2022).",
        # Loyola of Los Angeles Law Review (2022), note 94 (corpus: llalr-2022-gig-worker-parity): a title with a comma
        "Miriam A. Cherry, A Global System of Work, *A Global System of Regulation?: Crowdwork and Conflicts of Law,*"
        " 94 TUL. L. REV. 183 (2020).",
        # Office of the Historian (2015), chapter 1, note 9 (corpus: ho-2015-frus-history-ch1): a speech in the record
        # of a debate is cited by the speech
        "See, for example, statement of William Smith in *Annals of Congress*, 2nd Cong., 1st Sess., House, March 27,"
        " 1792, p. 491.",
    ],
)
def test_italics_ending_a_title_read_whole_leave_it_whole(tmp_path: Path, note: str) -> None:
    plain = parse_article(write(tmp_path, "a.txt", f"1. {note.replace('*', '')}\n")).notes[0].citations[-1]
    italic = parse_article(write(tmp_path, "a.md", f"1. {note}\n")).notes[0].citations[-1]
    assert italic.title == plain.title and italic.title.endswith(
        ("Modern War", "Conflicts of Law", "Annals of Congress")
    )


@pytest.mark.parametrize(
    ("note", "title"),
    [
        # Office of the Historian (2015), chapter 6, note 8 (corpus: ho-2015-frus-history-ch6)
        ("See *Register of the Department of State*, January 1, 1924 (Washington: Government Printing Office, 1924),"
         " p. 144.", "Register of the Department of State"),
        # Scholarly Editing (2016), "Space-Time Continuum", note 8 (corpus: scholed-2016-space-time-continuum)
        ("*Somewhere in Time*, Rastar Pictures, release date October 3, 1980.", "Somewhere in Time"),
    ],
)  # fmt: skip
def test_italic_words_opening_a_citation_are_the_work_not_its_writer(tmp_path: Path, note: str, title: str) -> None:
    c = parse_article(write(tmp_path, "a.md", f"1. {note}\n")).notes[0].citations[0]
    assert (c.authors, c.title) == ((), title)


def test_people_named_just_before_the_italics_wrote_them(tmp_path: Path) -> None:
    # UIC Law Review (2021), note 72 (corpus: uic-2021-digital-dominion); a Vancouver title before its journal, `Murphy
    # JFA. Pandemic Fatigue. *Ir Med J* …` (corpus: jmms-2022-cyberchondria, note 40), is no one's name
    note = (
        "*See* John Scott Railton, Daniel Regalado, Nart Villeneuve, *Behind the Syrian Conflict’s Digital"
        " Frontlines*, 7-9 (Feb. 2015), available at: https://www.fireeye.com/content/dam/fireeye-www/global/en/"
        "current-threats/pdfs/rpt-behind-the-syria-conflict.pdf."
    )
    c = parse_article(write(tmp_path, "a.md", f"1. {note}\n")).notes[0].citations[0]
    assert (c.authors, c.title, c.container) == (
        ("John Scott Railton", "Daniel Regalado", "Nart Villeneuve"), "Behind the Syrian Conflict’s Digital Frontlines",
        None,
    )
    assert c.kind is CitationKind.REPORT  # (no periodical left for a story: their report)
    vancouver = "Murphy JFA. Pandemic Fatigue. *Ir Med J.* 2020 Jun 11;113(6):90."
    c = parse_article(write(tmp_path, "b.md", f"1. {vancouver}\n")).notes[0].citations[0]
    assert (c.authors, c.title) == (("Murphy JFA",), "Pandemic Fatigue")


def test_an_online_work_known_by_its_italic_name_alone_is_the_work_cited(tmp_path: Path) -> None:
    # Scholarly Editing (2014), "Digital Documentary Editions", note 5 (corpus: scholed-2014-digital-documentary-
    # editions)
    note = (
        "*The Walt Whitman Archive*, edited by Ed Folsom and Kenneth M. Price, Center for Digital Research in the"
        " Humanities at the University of Nebraska–Lincoln, http://whitmanarchive.org/."
    )
    c = parse_article(write(tmp_path, "a.md", f"1. {note}\n")).notes[0].citations[0]
    assert (c.kind, c.title, c.container, c.url) == (
        CitationKind.WEB, "The Walt Whitman Archive", None, "http://whitmanarchive.org/"
    )


@pytest.mark.parametrize(
    ("note", "container"),
    [
        # American Quarterly (2022), note 18 (corpus: aq-2022-latina-information-worker): the editors after the book
        ("Miriam E. Sweeney, “The Ms. Dewey ‘Experience’: Technoculture, Gender, and Race,” in *Digital Sociologies*,"
         " ed Jesse Daniels, Karen Gregory, and Tressie McMillian Cottom (Bristol, United Kingdom: Policy Press, 2016),"
         " 401–20.", "Digital Sociologies"),
        # Journal of Cultural Analytics (2018), note 12 (corpus: ca-2018-self-repetition): the volume and issue after
        # the journal
        ("Marcelo A. Montemurro and Damián H. Zanette, “Universal Entropy of Word Ordering Across Linguistic"
         " Families.” In *PLoS ONE* 6(5): e19875.", "PLoS ONE"),
        # Heritage Foundation (2023), defense chapter, note 10 (corpus: heritage-2023-defense), and Parameters (2021),
        # note 17 (corpus: parameters-2021-broken-nest): what the italics leave out of a name can be its part
        ("Keith Webster, “How to Reform America's Military Sales Process,” *The Hill* Congress Blog, October 6, 2022.",
         "The Hill Congress Blog"),
        ("Xi Jinping, “Speech at a Ceremony Marking the Centenary of the Communist Party of China,” *Qiushi Journal*"
         " (English edition), July 1, 2021, https://en.qstheory.cn/2021-09/08/c_657713.htm.",
         "Qiushi Journal (English edition)"),
    ],
)  # fmt: skip
def test_a_container_read_past_its_italics_ends_with_them_before_editors_or_numbers(
    tmp_path: Path, note: str, container: str
) -> None:
    assert parse_article(write(tmp_path, "a.md", f"1. {note}\n")).notes[0].citations[0].container == container


@pytest.mark.parametrize(
    ("note", "title", "container"),
    [
        # Homeland Security and Governance (2021), note 68 (corpus: hsg-2021-social-media-threat): the edition inside
        # a book's italics is no part of its name
        ("Marion F. Gruber and Valerie B. Marshall, “Regulation and Testing of Vaccines,” *Plotkin’s Vaccines, 7th"
         " ed.*, edited by Stanley A. Plotkin (2018): 1547-1565.",
         "Regulation and Testing of Vaccines", "Plotkin’s Vaccines"),
        # Naval War College Review (2022), note 38 (corpus: nwcr-2022-trident-strategy): a headline translated in
        # brackets, then its paper in italics, is no body's report
        ("南シナ海も核心的利益 [“The South China Sea Is Also a ‘Core Interest’—Director of the National Maritime"
         " Bureau of China”], *Nihon Keizai Shimbun*, 26 October 2012, nikkei .com/.",
         "南シナ海も核心的利益 [“The South China Sea Is Also a ‘Core Interest’—Director of the National Maritime"
         " Bureau of China”]", "Nihon Keizai Shimbun"),
        # Villanova Law Review (2021), note 7 (corpus: vill-2021-data-breach-standing): italics a conversion let run
        # over the paper and the day are no title
        ("Paige Leskin, *The 21 Scariest Data Breaches of 2018, BUS. INSIDER (Dec. 30, 2018),* https://www."
         "businessinsider.com/data-hacks-breaches-biggest-of-2018-2018-12.",
         "The 21 Scariest Data Breaches of 2018", "BUS. INSIDER"),
        # Scholarly Editing (2012), Tanner narrative, note 8 (corpus: scholed-2012-tanner-narrative): the author's
        # ellipsis inside the italics stays with the title
        ("Henry Rowe Schoolcraft, *Personal Memoirs of a Residence of Thirty Years with the Indian Tribes on the"
         " American Frontiers. . . .* (Philadelphia: Lippincott, Grambo and Co., 1851), 601.",
         "Personal Memoirs of a Residence of Thirty Years with the Indian Tribes on the American Frontiers. . . .",
         None),
    ],
)  # fmt: skip
def test_italics_that_are_not_a_whole_title_leave_the_fields_as_read(
    tmp_path: Path, note: str, title: str, container: str | None
) -> None:
    c = parse_article(write(tmp_path, "a.md", f"1. {note}\n")).notes[0].citations[0]
    assert (c.title, c.container) == (title, container)


def test_markdown_is_recognised_by_its_footnotes_without_a_suffix(tmp_path: Path) -> None:
    refs = parse_article(write(tmp_path, "article", "Claim.[^1]\n\n[^1]: Jane Doe, “One,” The Diplomat, 2015.\n"))
    assert refs.notes[0].citations[0].title == "One"


def test_markdown_without_notes_is_one_line_of_error(tmp_path: Path) -> None:
    with pytest.raises(ParseError) as err:
        parse_article(write(tmp_path, "a.md", "# Title\n\nNo notes at all.\n"))
    assert "\n" not in str(err.value) and "a.md" in str(err.value)


MD_PIECES = st.sampled_from(
    ["[^1]", "[^2]", "[^a]", "[^1]: ", "[^2]: ", "\n", "\n\n", "    ", "\t", "Ibid.", "Jane Doe, ", "“Title,”",
     "[t](https://x.example/a)", "[t](", "](", "<https://x.example>", "*", "**", "\\", "`", "1. ", "2. ", "[", "]",
     "(", ")", "The Diplomat, 2015.", "\x00", "\u2028", "é"]
)  # fmt: skip
MD_LIKE = st.lists(st.one_of(MD_PIECES, st.text(max_size=6)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MD_LIKE)
def test_the_markdown_reader_raises_nothing_but_parse_error(text: str) -> None:
    try:
        refs = parse_extracted(read_markdown(text.encode("utf-8", "surrogatepass")), source="gen.md")
    except ParseError as exc:
        assert "\n" not in str(exc)
        return
    assert refs.notes
    for note in refs.notes:
        assert note.text == note.text.strip()
        for c in note.citations:
            assert not (c.url and c.url[-1] in ".,;")


def test_pandoc_escaped_quotes_are_the_quotes_they_stand_for(tmp_path: Path) -> None:
    # pandoc writes `\"` for a straight quote (CommonMark lets any ASCII punctuation be escaped);
    # Beals, Victorian Periodicals Review 2018, note 6 (tests/parse/corpus/vpr-2018-close-readings.md)
    path = write(tmp_path, "a.md", 'Text.[^6]\n\n[^6]: McMinn, \\"A Newspaper Index Report,\\" 70.\n')
    note = parse_article(path).notes[0]
    assert note.text == 'McMinn, "A Newspaper Index Report," 70.'
    assert note.citations[0].title == "A Newspaper Index Report"


def test_underscore_emphasis_is_dropped_but_not_underscores_in_words_or_addresses(tmp_path: Path) -> None:
    # Heritage Foundation, Mandate for Leadership (2023), ch. 4 notes 11 and 41, as the Markdown copy prints them
    text = (
        "Text.[^1] More.[^2]\n\n"
        "[^1]: Thomas W. Spoehr, \"The Administration and Congress Must Act Now,\" Heritage Foundation _Issue Brief_"
        " No. 5283, July 28, 2022, <https://www.heritage.org/sites/default/files/2022-07/IB5283.pdf>\n"
        "[^2]: Patty-Jane Geller, \"Missile Defense,\" in _2023 Index of U.S. Military Strength_, ed. Dakota L. Wood"
        " (Washington: The Heritage Foundation, 2023), pp. 507–508,"
        " http://thf_media.s3.amazonaws.com/2022/Military_Index/2023_IndexOfUSMilitaryStrength.pdf\n"
    )
    notes = read_markdown(text.encode()).notes
    assert "Heritage Foundation Issue Brief No. 5283" in notes[0].text
    assert "in 2023 Index of U.S. Military Strength, ed." in notes[1].text
    assert "http://thf_media.s3.amazonaws.com/2022/Military_Index/2023_IndexOfUSMilitaryStrength.pdf" in notes[1].text


def test_copy_paste_debris_in_a_link_target_is_not_part_of_the_address(tmp_path: Path) -> None:
    # Journal of Cultural Analytics (Zeffiro 2019, dev): a byte-order mark pasted after the address,
    # and a scheme typed in front of a pasted one
    text = (
        "Claim.[^1]\n\n[^1]: Alex Hern, \"[Facebook Admits](https://www.theguardian.com/a%EF%BB%BF),\" "
        "The Guardian, April 17, 2018; Nick Douglas, \"[Selfies](http://%20https://lifehacker.com/s-18251),\" "
        "Lifehacker, April 10, 2018.\n"
    )
    urls = [c.url for c in parse_article(write(tmp_path, "a.md", text)).notes[0].citations]
    assert urls == ["https://www.theguardian.com/a", "https://lifehacker.com/s-18251"]


def test_a_short_form_whose_short_title_is_linked_is_still_resolved(tmp_path: Path) -> None:
    text = (
        "A.[^1] B.[^2]\n\n"
        "[^1]: Mark Zuckerberg, \"[Building Global Community](https://www.facebook.com/notes/b/1),\" Facebook, "
        "February 16, 2017, accessed November 03, 2018.\n"
        "[^2]: Zuckerberg, \"[Building Global Community.](https://www.facebook.com/notes/b/1%EF%BB%BF)\"\n"
    )
    (c,) = parse_article(write(tmp_path, "a.md", text)).notes[1].citations
    assert (c.refers_to, c.short_form, c.container, c.accessed) == (1, True, "Facebook", "2018-11-03")
    assert c.url == "https://www.facebook.com/notes/b/1"


def test_pandoc_dashes_print_as_dashes_but_not_inside_an_address() -> None:
    # Technology and Culture 2019 (Guldi) notes 2 and 7 (dev), as pandoc writes them
    text = (
        '[^1]: John Broich, "Engineering the Empire: British Water Supply Systems and Colonial Societies,\n'
        '    1850--1900," *Journal of British Studies* 46, no. 2 (April 2007): 346--365; John W. Mohr,\n'
        '    "Introduction---Topic Models," *Poetics* 41, no. 6 (December 2013): 545--69, http://example.org/a--b/c.\n'
    )
    (note,) = read_markdown(text.encode()).notes
    assert "1850–1900" in note.text and "346–365" in note.text and "Introduction—Topic" in note.text
    assert "http://example.org/a--b/c" in note.text


def test_pandoc_ordinals_print_as_words_and_a_links_emphasis_is_markup() -> None:
    # Liddle (Cultural Analytics 2019), notes 20 and 32, and Tatlock et al. (2018), note 34 (dev), as pandoc writes them
    text = (
        "[^1]: See Ming Li and Paul Vitányi, *An Introduction to Kolmogorov Complexity*, 2^nd ^ed. (New York:\n"
        "    Springer, 1997); 11^th ^Sinclair Open Lecture; the 18^th^ Century.\n"
        "[^2]: W. Heimburg, [*Gertrude's\n"
        "    Marriage*](http://talus.artsci.wustl.edu/germanromance/books/M022/) (Chicago: Donohue Brothers, n.d.).\n"
    )
    first, second = read_markdown(text.encode()).notes
    assert "2nd ed. (New York" in first.text and "11th Sinclair" in first.text and "18th Century" in first.text
    assert second.text.startswith("W. Heimburg, Gertrude's Marriage (Chicago")
    (link,) = second.links
    assert second.text[link.start : link.end] == "Gertrude's Marriage"


def test_every_link_in_a_note_is_a_checked_url(tmp_path: Path) -> None:
    # Lee et al. (Cultural Analytics 2018), note 20 (dev): two tools linked by name in one sentence of comment
    path = write(tmp_path, "a.md", "Text.[^20]\n\n[^20]: For topic modeling, we adapted the Python library\n"
                 "    [Gensim](https://radimrehurek.com/gensim/), and for word2vec we used\n"
                 "    Google's open source [TensorFlow](https://www.tensorflow.org/)\n    machine learning library.\n")
    urls = [c.url for c in parse_article(path).notes[0].citations]
    assert urls == ["https://radimrehurek.com/gensim/", "https://www.tensorflow.org/"]


def test_a_full_stop_copied_into_a_link_target_after_a_file_name_is_dropped() -> None:
    # Gavin and Gidal (Cultural Analytics 2017), notes 16, 23, 24 (dev)
    assert usable_href("http://edina.ac.uk/stat-acc-scot-reading/intro.shtml.") == (
        "http://edina.ac.uk/stat-acc-scot-reading/intro.shtml"
    )
    assert usable_href("http://example.org/a.b/") == "http://example.org/a.b/"


def test_emphasis_spans_are_kept_beside_the_text() -> None:
    text = "Claim.[^1]\n\n[^1]: Kaarle Krohn, *Die folkloristische\n    Arbeitsmethode*, 5; _Verzeichnis der Typen_.\n"
    note = read_markdown(text.encode()).notes[0]
    assert [note.text[a:b] for a, b in note.emphasis] == ["Die folkloristische Arbeitsmethode", "Verzeichnis der Typen"]


def test_a_series_after_an_italic_title_is_its_container_but_a_year_after_it_stays_in_the_title(tmp_path: Path) -> None:
    # Journal of Cultural Analytics (2017, 2018): corpus ca-2017-tell-tale-hat note 5, ca-2018-british-fiction-geography
    # note 2 (a conversion ended the italics before the title's span of years)
    refs = parse_article(write(tmp_path, "a.md", (
        "Claim.[^1] More.[^2]\n\n"
        "[^1]: Reidar Christiansen, *The Migratory Legends*, FF Communications 175 (Helsinki: Suomalainen\n"
        "    Tiedeakatemia, 1958).\n"
        "[^2]: Janet Wilson, *Modernist Voyages: Colonial Women Writers in London*, 1890-1945 (Cambridge:\n"
        "    Cambridge University Press, 2010).\n"
    )))  # fmt: skip
    first, second = (n.citations[0] for n in refs.notes)
    assert (first.title, first.container) == ("The Migratory Legends", "FF Communications 175")
    assert second.title == "Modernist Voyages: Colonial Women Writers in London, 1890-1945"


def test_italics_closed_against_the_next_word_still_part_it_from_that_word() -> None:
    # Journal of Cultural Analytics (2019), notes 12 and 41 (corpus: ca-2019-de-agentializing-data)
    text = "Claim.[^1]\n\n[^1]: Rowan Wilken, \"Metaphors,\" *Social Semiotics*23, no. 5 (2013); *Datamation*and *Byte*"
    assert read_markdown(text.encode()).notes[0].text == (
        'Rowan Wilken, "Metaphors," Social Semiotics 23, no. 5 (2013); Datamation and Byte'
    )


def test_a_journals_name_with_a_comma_runs_to_the_end_of_its_italics(tmp_path: Path) -> None:
    # Journal of Cultural Analytics (2019), note 36 (corpus: ca-2019-de-agentializing-data)
    refs = parse_article(write(tmp_path, "a.md", (
        "Claim.[^1]\n\n[^1]: Jörg Zinken and Brigitte Nerlich, \"Discourse Metaphors,\" *Body, language\n"
        "    and mind* 2 (2008).\n"
    )))  # fmt: skip
    assert refs.notes[0].citations[0].container == "Body, language and mind"


@pytest.mark.parametrize(
    ("note", "authors", "title"),
    [
        # GAO-07-283 (2007), note 3 (corpus: gao-2007-crude-oil): an italic title with commas of its own, which the
        # PDF's conversion split in two runs, ends where its italics do
        ("Robert L. Hirsch, Roger Bezdek, and Robert Wendling, _Peaking of World Oil Production:_ _Impacts, "
         "Mitigation, and Risk Management_ (February 2005).",
         ("Robert L. Hirsch", "Roger Bezdek", "Robert Wendling"),
         "Peaking of World Oil Production: Impacts, Mitigation, and Risk Management"),
        # the same report, note 20: a body's italic title after its name is its report, the body its author
        ("National Commission on Energy Policy, _Ending the Energy Stalemate: A Bipartisan_ _Strategy to Meet "
         "America’s Energy Challenges_ (December 2004), available at www.energycommission.org.",
         ("National Commission on Energy Policy",),
         "Ending the Energy Stalemate: A Bipartisan Strategy to Meet America’s Energy Challenges"),
    ],
)  # fmt: skip
def test_a_reports_italic_title_runs_to_the_end_of_its_italics(
    tmp_path: Path, note: str, authors: tuple[str, ...], title: str
) -> None:
    c = parse_article(write(tmp_path, "a.md", f"Claim.[^1]\n\n[^1]: {note}\n")).notes[0].citations[0]
    assert (c.kind, c.authors, c.title, c.container) == (CitationKind.REPORT, authors, title, None)


def test_an_empty_footnote_keeps_its_number_and_the_notes_after_it_keep_theirs() -> None:
    # Beyond Poet Voice (J. Cultural Analytics 2018; corpus: ca-2018-beyond-poet-voice) prints `[^17]: ` and nothing
    text = "Body.[^1] More.[^2] Last.[^3]\n\n[^1]: One, A Book (1990).\n\n[^2]: \n\n[^3]: Three, C Book (1992).\n"
    found = read_markdown(text.encode())
    assert [n.number for n in found.notes] == [1, 3]
    assert "footnote [^2] is empty" in found.warnings


def test_an_underscore_emphasis_closes_before_a_dash(tmp_path: Path) -> None:
    # Heritage Mandate, Federal Reserve chapter, note 31 (heritage-2023-federal-reserve, dev): `_k_-Percent`
    page = tmp_path / "notes.md"
    page.write_text(
        "Notes\n\n[^1]: Juha Kilponen, \"A Case for Friedman's _k_-Percent Money Growth Rule?\" _Journal of Money, "
        "Credit and Banking_, Vol. 40.\n",
        encoding="utf-8",
    )
    text = parse_article(page).notes[0].text
    assert "Friedman's k-Percent Money Growth Rule?\" Journal of Money, Credit and Banking," in text


def test_a_link_spelling_the_printed_address_with_an_escaped_slash_is_that_address(tmp_path: Path) -> None:
    # Robertson and Mullen, Arguing with Digital History (jsh-2021-arguing-with-digital-history, dev), note 11: the
    # DOI's link escapes its slash
    text = ("Claim.[^1]\n\n[^1]: Joan Wallach Scott, \"Gender: A Useful Category of Historical Analysis,\" The "
            "American Historical Review, 91 no. 5 (1986): 1053–1075. "
            "https://doi.org/[10.2307/1864376](https://doi.org/10.2307%2F1864376).\n")  # fmt: skip
    refs = parse_article(write(tmp_path, "a.md", text))
    assert [c.url for c in refs.notes[0].citations] == ["https://doi.org/10.2307/1864376"]
