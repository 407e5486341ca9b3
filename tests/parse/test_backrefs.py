"""Ibid./Id. and short forms: what resolves, to what, and what is flagged."""

from __future__ import annotations

import gc

from checker.models import Citation, CitationKind
from checker.parse import backrefs, parse_article, parse_text
from checker.parse.fields import FieldResult


def cits(text: str):
    refs = parse_text(text)
    return {n.number: n.citations for n in refs.notes}, refs.warnings


def test_id_works_like_ibid_with_pinpoint() -> None:
    notes, warnings = cits("1. Jane Doe, “Law,” Law Review 3, no. 2 (2010): 5-9.\n2. Id. at 7.\n")
    (c,) = notes[2]
    assert c.ibid and c.refers_to == 1 and c.pages == "7" and c.title == "Law"
    assert warnings == ()


def test_ibid_without_pinpoint_keeps_the_antecedents_pages() -> None:
    notes, _ = cits("1. Jane Doe, A Book (London: Example Press, 2010), 44.\n2. Ibid.\n")
    assert notes[2][0].pages == "44"


def test_ibid_after_two_unrelated_sources_takes_the_last_and_warns() -> None:
    # Bluebook 4.1's `id.` is the authority cited just before; every such note in the corpus is labelled so
    notes, warnings = cits("1. A B, “One,” The Times, May 1, 2015; C D, “Two,” The Post, May 2, 2015.\n2. Ibid.\n")
    assert [c.title for c in notes[2]] == ["Two"]
    assert warnings == ("note 2: Ibid. follows note 1, which cites 2 sources; taken as the last of them",)
    notes, _ = cits("1. See 18 U.S.C. § 1030(a)(2); Van Buren v. United States, 593 U.S. 374, 375 (2021).\n2. Id.\n")
    assert [(c.title, c.refers_to, c.ibid) for c in notes[2]] == [("Van Buren v. United States", 1, True)]


def test_ibid_as_the_first_note_is_kept_and_flagged() -> None:
    notes, warnings = cits("1. Ibid., 3.\n")
    (c,) = notes[1]
    assert c.ibid and c.unresolved and c.pages == "3"
    assert warnings == ("note 1: “Ibid., 3.” has nothing to refer to (it is the first note)",)


def test_unresolved_short_form_is_kept_and_flagged() -> None:
    notes, warnings = cits("1. Jane Doe, “Law,” The Times, May 1, 2015.\n2. Smith, “Unknown Work,” 4.\n")
    (c,) = notes[2]
    assert c.short_form and c.unresolved and c.refers_to is None and c.pages == "4"
    assert c.title == "Unknown Work"
    assert warnings == ("note 2: short form “Smith, “Unknown Work,” 4.” matches no earlier citation",)


def test_short_form_needs_the_same_author() -> None:
    notes, _ = cits("1. Jane Doe, “Law and Order,” The Times, May 1, 2015, http://t.example/a.\n2. Roe, “Law.”\n")
    assert notes[2][0].unresolved and notes[2][0].url is None


def test_short_form_picks_the_title_that_matches() -> None:
    text = (
        "1. Jane Doe, “Law and Order,” The Times, May 1, 2015, http://t.example/law.\n"
        "2. Jane Doe, “Order and Chaos,” The Times, May 2, 2015, http://t.example/order.\n"
        "3. Doe, “Law and Order.”\n4. Doe, “Order.”\n"
    )
    notes, _ = cits(text)
    assert (notes[3][0].refers_to, notes[3][0].url) == (1, "http://t.example/law")
    assert (notes[4][0].refers_to, notes[4][0].url) == (2, "http://t.example/order")


def test_ibid_after_a_short_form_resolves_to_the_full_citation() -> None:
    text = "1. Jane Doe, “Law,” The Times, May 1, 2015, http://t.example/a.\n2. Doe, “Law,” 5.\n3. Ibid., 6.\n"
    notes, _ = cits(text)
    c = notes[3][0]
    assert c.ibid and c.refers_to == 1 and c.pages == "6" and c.url == "http://t.example/a"


def test_a_page_span_after_a_quoted_short_title_is_pages_not_years() -> None:
    # CRS Report R47324, notes 18 and 26 (tests/parse/corpus/crs-2026-seabed-mining.txt): `pp. 1100-1102`
    # reads like a span of years, but after a closing quote and `pp.` it is the pages cited
    notes, warnings = cits(
        '1. Zenghui Liu et al., "Deep-Sea Rock Mechanics and Mining Technology: State of the Art and Perspectives,"'
        " International Journal of Mining Science and Technology, vol. 33, no. 9 (September 2023), pp. 1083-1115.\n"
        '2. Liu et al., "Deep-Sea Rock Mechanics and Mining Technology," pp. 1100-1102.\n'
    )
    (c,) = notes[2]
    assert c.short_form and c.refers_to == 1 and c.pages == "1100-1102"
    assert c.title == "Deep-Sea Rock Mechanics and Mining Technology: State of the Art and Perspectives"
    assert warnings == ()


def test_a_short_title_may_drop_the_full_titles_leading_article() -> None:
    # CRS Report R47324, notes 4 and 7: `(hereinafter IEA, Role of Critical Minerals)`, then the short form
    notes, warnings = cits(
        "1. International Energy Agency (IEA), The Role of Critical Minerals in Clean Energy Transition, 2022, p. 156"
        " (hereinafter IEA, Role of Critical Minerals).\n"
        "2. IEA, Role of Critical Minerals, p. 5.\n"
    )
    assert notes[1][0].pages == "156"  # the hereinafter parenthesis is not part of the pages
    (c,) = notes[2]
    assert c.short_form and c.refers_to == 1 and c.pages == "5"
    assert not any(w.startswith("note 2:") for w in warnings)


def test_a_hereinafter_name_finds_later_citations_that_start_with_it() -> None:
    # CRS R48179 notes 3, 5 and 28 (dev): the later notes print the name, however their fields read
    notes, _ = cits(
        "1. U.S. Congress, Senate Committee on the Judiciary, That's the Ticket: Promoting Competition, hearing, "
        "January 24, 2023, https://www.govinfo.gov/x.pdf (hereinafter Senate Judiciary hearing, That's the Ticket).\n"
        "2. Senate Judiciary hearing, That's the Ticket.\n"
        "3. Senate Judiciary hearing, That's the Ticket, p. 92.\n"
    )
    for n, pages in ((2, None), (3, "92")):
        (c,) = notes[n]
        assert c.short_form and c.refers_to == 1 and c.url == "https://www.govinfo.gov/x.pdf" and c.pages == pages


def test_a_name_given_mid_citation_abbreviates_the_publication_not_the_work() -> None:
    # Law and History Review 2016 notes 1, 10 and 12 (dev): later trials are items of the Proceedings
    notes, _ = cits(
        "1. See Old Bailey Proceedings Online (hereafter Proceedings) February 1685, trial of Elizabeth Draper "
        "(t16850225-31), http://www.oldbaileyonline.org.\n"
        "2. See Proceedings, September 1785, t17850914-163.\n"
        "3. Proceedings, March 1895, John Sholto Douglas (t18950325_336); April 1895, Oscar Wilde, (t18950422-397).\n"
    )
    (c,) = notes[2]
    assert (c.container, c.date, c.pages, c.url, c.refers_to) == (
        "Old Bailey Proceedings Online", "September 1785", "t17850914-163", "http://www.oldbaileyonline.org", 1,
    )  # fmt: skip
    assert [(c.title, c.date, c.pages, c.refers_to) for c in notes[3]] == [
        ("John Sholto Douglas", "March 1895", "t18950325_336", 1),
        ("Oscar Wilde", "April 1895", "t18950422-397", 1),
    ]


def test_a_citation_that_only_shares_a_word_with_a_name_is_not_its_short_form() -> None:
    notes, _ = cits(
        "1. Old Bailey Proceedings Online (hereafter Proceedings) 1685, http://www.oldbaileyonline.org.\n"
        "2. Proceedings of the National Academy of Sciences 111 (2014): 9419–24.\n"
    )
    assert not notes[2][0].short_form


def test_supra_finds_the_source_by_the_hereinafter_name_it_gave_itself() -> None:
    # A Status Theory of Defamation Law notes 9 and 12 (dev): not the treatise cited first in note 9
    notes, _ = cits(
        "1. DAN B. DOBBS ET AL., HORNBOOK ON TORTS § 37.1, at 936 (2d ed. 2015); RESTATEMENT (SECOND) OF TORTS "
        "§ 558 (AM. L. INST. 1977) [hereinafter RESTATEMENT OF TORTS].\n"
        "2. RESTATEMENT OF TORTS, supra note 1, at § 559.\n"
    )
    (c,) = notes[2]
    assert c.title == "RESTATEMENT (SECOND) OF TORTS § 558" and c.refers_to == 1


def test_supra_to_a_note_that_cites_another_work_finds_the_one_its_hereinafter_name_names() -> None:
    # Brookes, U.S. Regulation of Blockchain Currencies (ipbrief-2018-blockchain-currencies, dev), notes 18, 19 and
    # 22: the number printed is one note early, and note 18 is an `Id.` of another work
    notes, _ = cits(
        "1. Jerry Brito and Andrea Castillo, Bitcoin: A Primer for Policymakers 1 (2016).\n"
        "2. Id. at 12 (indicating that the agents were discovered).\n"
        "3. See id. at 1; But see FBI Directorate of Intelligence, BITCOIN VIRTUAL CURRENCY: UNIQUE FEATURES PRESENT "
        "DISTINCT CHALLENGES FOR DETERRING ILLICIT ACTIVITY 1 (2012) [hereinafter FBI Directorate of Intelligence] "
        "(indicating that an FBI report found).\n"
        "4. See FBI Directorate of Intelligence, supra note 2, at 7 (providing that a tracking system may help).\n"
    )
    (c,) = notes[4]
    assert c.refers_to == 3 and c.date == "2012" and c.url is None
    # Arbel, Contract Remedies in Action (wvlr-2015-contract-remedies-n86, dev), notes 96 and 109: the second of two
    # interviews one note names, by the name it gave itself
    notes, _ = cits(
        "1. Interview with Mike York-Reed, Esq., (Dec. 25, 2008) [hereinafter York-Reed, Interview]; Interview with "
        "Omri Negev (Dec. 24, 2008) [hereinafter Negev, Interview].\n"
        "2. Negev, Interview, supra note 1.\n"
    )
    (c,) = notes[2]
    assert c.refers_to == 1 and c.date == "Dec. 24, 2008"


def test_et_al_typed_with_a_stop_after_et_is_still_et_al() -> None:
    # Jurafsky et al., Linguistic Markers of Status in Food Culture (ca-2016-menu-distinction, dev), notes 14 and 31
    notes, _ = cits(
        '1. Nick Feltovich, Rick Harbaugh and Ted To, "Too cool for school? Signalling and countersignalling," RAND '
        "Journal of Economics 33, no. 4, (2002): 630-649.\n"
        '2. Feltovich et.al., "Too cool for school?".\n'
    )
    (c,) = notes[2]
    assert c.refers_to == 1 and c.authors == ("Nick Feltovich", "Rick Harbaugh", "Ted To")
    # Dever & Dever, Information Age Imperialism (umialr-2021-information-age-imperialism, dev), note 46
    notes, _ = cits("1. Nectar Gan, et. al., What’s Been Happening in China’s Xinjiang, Home to 11 Million Uyghurs?, "
                    "CNN (June 19, 2020), https://www.cnn.com/2020/06/19/asia/xinjiang-explainer-intl-hnkscli/index.html.")
    assert notes[1][0].title == "What’s Been Happening in China’s Xinjiang, Home to 11 Million Uyghurs?"


def test_a_chicago_short_form_followed_by_a_comment_still_resolves() -> None:
    # Law and History Review 2016 notes 6-8 (dev)
    notes, _ = cits(
        "1. John H. Langbein, The Origins of Adversary Criminal Trial (Oxford: Oxford University Press, 2005), 12.\n"
        "2. Langbein, Origins, 190––reiterating, without revision, his judgement on the Proceedings made in 1978.\n"
        "3. Most historians have accepted Langbein’s observation that “if the report ‘says something happened, it "
        "did.’” Langbein, Origins, 185, again quoting himself circa 1983.\n"
    )
    for n, page in ((2, "190"), (3, "185")):
        (c,) = notes[n]
        assert c.short_form and c.refers_to == 1 and c.pages == page


def test_a_hereinafter_name_that_reads_like_a_sentence_is_still_a_short_form() -> None:
    # CRS R48179 notes 47-49 (dev)
    notes, _ = cits(
        "1. Complaint, United States of America et al. v. Ticketmaster Entertainment, Inc., and Live Nation, Inc., "
        "no. 1:10-cv-00139, January 25, 2010, pp. 7-8, https://www.justice.gov/x (hereinafter United States v. "
        "Ticketmaster (2010) complaint).\n"
        "2. United States v. Ticketmaster (2010) complaint, pp. 10, 13.\n"
        "3. The term is defined in the complaint. See United States v. Ticketmaster (2010) complaint, p. 10.\n"
    )
    for n, pages in ((2, "10, 13"), (3, "10")):
        (c,) = notes[n]
        assert c.short_form and c.refers_to == 1 and c.pages == pages and c.url == "https://www.justice.gov/x"


def test_a_short_title_of_key_words_resolves_when_no_title_of_the_author_begins_with_it() -> None:
    # Law and History Review 2016 notes 21/32 and Modern Intellectual History 2012 notes 36/37 (dev)
    notes, warnings = cits(
        "1. Robert B. Shoemaker, “The Old Bailey Proceedings and the Representation of Crime and Criminal Justice "
        "in Eighteenth-Century London,” Journal of British Studies 47 (2008): 559–80.\n"
        "2. W. Woodward, Prospero's America: John Winthrop, Jr., Alchemy, and the Creation of New England Culture, "
        "1606-1676 (Chapel Hill, 2010), 65.\n"
        "3. Emily Goldman, “Cyber Diplomacy for Strategic Competition,” Foreign Service Journal, June 2021.\n"
        "4. Emily Goldman, “From Reaction to Action: A Posture in Cyber Diplomacy,” Texas National Security "
        "Review 3, no. 4 (Fall 2020).\n"
        "5. Shoemaker, “Representation of Crime,” 578–80; Woodward, Prospero, 3, 54; Goldman, “Cyber Diplomacy.”\n"
    )
    assert [(c.refers_to, c.pages) for c in notes[5]] == [(1, "578-80"), (2, "3, 54"), (3, None)]
    assert warnings == ()


def test_a_short_title_of_three_key_words_or_more_in_order_resolves() -> None:
    # Lillie, Protecting Violent Free Speech (Helms School of Government 2022), notes 49 and 52
    # (hsg-2022-violent-free-speech, dev)
    notes, warnings = cits(
        "1. Konstantinos Domdouzis et al., “A Social Media and Crowdsourcing Data Mining System for Crime Prevention "
        "During and Post-Crisis Situations,” Journal of Systems and Information Technology 18, no. 4 (2016): 379.\n"
        "2. Domdouzis et al., “Data Mining for Crime Prevention,” 368-370.\n"
        "3. Domdouzis et al., “Crime Prevention Data Mining,” 371.\n"
    )
    (c,) = notes[2]
    assert (c.refers_to, c.pages) == (1, "368-370")
    (c,) = notes[3]  # (the same words out of order name no work of theirs)
    assert c.refers_to is None and c.unresolved
    assert len(warnings) == 1


def test_a_work_named_again_by_surname_with_part_of_its_imprint_is_a_repeat() -> None:
    # Davies, Method and Judgment in the Theodore Dreiser Edition (scholed-2016-dreiser-edition, dev), notes 9 and 31
    notes, warnings = cits(
        "1. See Thomas P. Riggio, “Introduction,” in Sister Carrie by Theodore Dreiser (Philadelphia: University of "
        "Pennsylvania Press, 1998), vi–xvi.\n"
        "2. Riggio, “Introduction,” in Sister Carrie (1998), xi.\n"
        "3. Haiyan Lee, Revolution of the Heart: A Genealogy of Love in China, 1900-1950 (Stanford: Stanford "
        "University Press, 2007), 5.\n"
        "4. Lee, Revolution of the Heart: A Genealogy of Love in China, 1900-1950 (Stanford: SUP, 2007), 7.\n"
    )
    (c,) = notes[2]
    assert (c.refers_to, c.authors, c.publisher, c.pages) == (
        1, ("Thomas P. Riggio",), "University of Pennsylvania Press", "xi"
    )  # fmt: skip
    (c,) = notes[4]  # (its whole imprint printed again: cited in full again, as the labels read it)
    assert c.refers_to is None and c.authors == ("Lee",)
    assert warnings == ()


def test_a_short_title_of_one_key_word_of_the_authors_title() -> None:
    # McCarl, the Avisos edition's introduction, Scholarly Editing 35, notes 10, 11, 13 and 14 (dev)
    notes, _ = cits(
        "1. John Lynch, Spain under the Habsburgs, 2nd ed. (1969; reprint, New York: New York University Press, "
        "1981), 2:249, 269.\n"
        "2. John Lynch, Bourbon Spain, 1700–1808 (Oxford: Blackwell, 1989), 12.\n"
        "3. Mark A. Burkholder and D. S. Chandler, From Impotence to Authority: The Spanish Crown and the American "
        "Audiencias, 1687–1808 (Columbia: University of Missouri Press, 1977), 9–10.\n"
        "4. Lynch, Habsburgs, 290–91; Burkholder and Chandler, Impotence, 18.\n"
    )
    assert [(c.refers_to, c.pages) for c in notes[4]] == [(1, "290-91"), (3, "18")]


def test_a_short_form_printing_its_page_without_a_comma_resolves() -> None:
    # Mullins, the Hannah Whitman Heyde letters' introduction, Scholarly Editing 37, notes 155 and 158
    # (scholed-2016-mullinswhitmanheyde-intro-n121, dev)
    notes, warnings = cits(
        "1. Vivian Pollak, The Erotic Whitman (Berkeley: University of California Press, 2000), 116.\n"
        "2. Pollak, Erotic Whitman 117.\n"
        "3. Vivian Pollak, “Whitman 1855,” Walt Whitman Quarterly Review 20 (2003): 1–20.\n"
        "4. Pollak, Whitman 1855.\n"
    )
    (c,) = notes[2]
    assert (c.refers_to, c.title, c.pages) == (1, "The Erotic Whitman", "117")
    # (a title that ends in a number is that title when it names a work whole)
    (c,) = notes[4]
    assert (c.refers_to, c.pages) == (3, None)
    assert warnings == ()


def test_a_short_form_printing_a_roman_page_without_a_comma_resolves() -> None:
    # ca-2018-beyond-poet-voice notes 3 and 55 (Cultural Analytics, 2018): the preface's pages
    notes, _ = cits(
        "3. Raphael Allison, Bodies on the Line: Performance and the Sixties Poetry Reading (Iowa City: Iowa "
        "University Press, 2014), 7.\n"
        "55. Allison, Bodies on the Line xi-xiii.\n"
    )
    (c,) = notes[55]
    assert (c.refers_to, c.pages) == (3, "xi-xiii")


def test_a_short_form_pinpointing_a_volume_resolves() -> None:
    # Modern Intellectual History 2012 notes 22 and 26 (dev)
    notes, _ = cits(
        "1. R. B. Davis, Intellectual Life in the Colonial South, 1585-1763, 3 vols. (Knoxville, 1978), 1: 363.\n"
        "2. Davis, Intellectual Life, 1: 371.\n"
    )
    (c,) = notes[2]
    assert (c.refers_to, c.pages, c.title) == (1, "1: 371", "Intellectual Life in the Colonial South, 1585-1763")


def test_a_short_form_with_the_item_on_its_page_in_brackets_resolves() -> None:
    # Scholarly Editing 37, the Dunning introduction (scholed-2016-dunning-intro-n41, dev), notes 47 and 48
    notes, _ = cits(
        "1. C. W. Foster and Kathleen Major, eds., The Registrum Antiquissimum of the Cathedral Church of Lincoln, "
        "10 vols. (Hereford: Lincoln Record Society, 1931–73), 1:12.\n"
        "2. Foster and Major, Registrum Antiquissimum, 4:31 (no. 1138).\n"
    )
    (c,) = notes[2]
    assert (c.refers_to, c.pages, c.authors) == (1, "4:31", ("C. W. Foster", "Kathleen Major"))


def test_short_forms_as_humanities_notes_print_them_resolve() -> None:
    # Scholarly Editing 35-38 (dev): scholed-2014-markonthewall-intro n11-12 (`Qtd. in`), scholed-2015-second-story
    # n2 and n6 (a page's unnumbered note), eleu-2021-john-of-damascus n4 and n24 (a translator for the author),
    # scholed-2015-stufaiuolo-intro n4 and n6 (the words quoted from the page after a colon)
    notes, _ = cits(
        "1. Julia Briggs, Virginia Woolf: An Inner Life (Orlando: Harcourt, 2005), 12.\n"
        "2. Qtd. in Briggs, An Inner Life, 67.\n"
        "3. George P. Hammond and Agapito Rey, Narratives of the Coronado Expedition, 1540–1542 (Albuquerque: "
        "University of New Mexico Press, 1940), 12.\n"
        "4. Hammond and Rey, Narratives, 191n.\n"
        "5. Frederic H. Chase, trans., Saint John of Damascus Writings (New York: Fathers of the Church, 1958), 23.\n"
        "6. Chase, trans., Saint John of Damascus Writings, 165.\n"
        "7. A. F. Doni, Le Novelle, Tomo II: La Zucca (Lucca: Fontana, 1852), 12.\n"
        "8. Doni, La Zucca, 192: “L’autorità del Carafulla, strione della mia comedia.”\n"
    )
    assert [(c.refers_to, c.pages) for n in (2, 4, 6, 8) for c in notes[n]] == [
        (1, "67"), (3, "191n"), (5, "165"), (7, "192")
    ]
    assert [c.title for c in notes[5]] == ["Saint John of Damascus Writings"]


def test_a_surname_after_an_elided_particle_and_a_document_named_hereafter_resolve() -> None:
    # scholed-2017-sevensins-intro-n41 n47 (dev); ho-2015-frus-history-ch1 n25 (dev): a government document's
    # title in headline style, its imprint, `(hereafter …)` and a marked page
    notes, _ = cits(
        "1. David d’Avray, Medieval Marriage Sermons: Mass Communication in a Culture without Print (Oxford: Oxford "
        "University Press, 2001), 12.\n"
        "2. See d’Avray, Medieval Marriage, 156–57.\n"
        "3. Message of the President of the United States to the Two Houses of Congress (Washington: Government "
        "Printing Office, 1861) (hereafter Message, 1861), p. 4.\n"
    )
    (c,) = notes[2]
    assert (c.refers_to, c.pages, c.authors) == (1, "156-57", ("David d’Avray",))
    (c,) = notes[3]
    assert (c.title, c.publisher, c.date, c.pages) == (
        "Message of the President of the United States to the Two Houses of Congress", "Government Printing Office",
        "1861", "4",
    )


def test_a_short_form_in_brackets_inside_a_sentence_of_comment_is_a_source_only_if_cited_before() -> None:
    # scholed-2013-sevenplanets-intro n5 and n6 (dev): the address the next sentence gives is the list's, not the
    # book's; scholed-2012-musical-editions n16 (dev): a book's imprint in brackets is no short form
    notes, _ = cits(
        "1. Steven A. Epstein, An Economic and Social History of Later Medieval Europe, 1000–1500 (Cambridge: "
        "Cambridge University Press, 2009), 169.\n"
        "2. The common name “Black Death” is anachronistic and not found in contemporary sources (Epstein, An "
        "Economic and Social History of Later Medieval Europe, 171). On the later epidemics, see the list compiled by "
        "Brian Williams, available at http://urbanrim.org.uk/plague%20list.htm.\n"
        "3. The name is not found in the sources of that age (Smith, A Work Never Cited, 12).\n"
        "4. The collected works were printed much later (Neptune, NJ: Paganiana Publications, 1972-86).\n"
    )
    book, site = notes[2]
    assert (book.refers_to, book.pages, book.url) == (1, "171", None)
    assert site.url == "http://urbanrim.org.uk/plague%20list.htm"
    assert notes[3] == ()
    assert not any(c.short_form for c in notes[4])


def test_a_short_form_after_a_word_of_transition_and_see_is_a_source() -> None:
    # gsp-2020-holocaust-denial n56 (dev): `Again, see …` after a sentence of comment
    notes, _ = cits(
        "1. Matt Westbrook, Broadcasting Jesus’ Return: Televangelism (New York: Palgrave, 2019), 12.\n"
        "2. It is important to note that replacement theology is not necessarily opposed to Christian Zionism. "
        "Again, see Westbrook, Broadcasting Jesus’ Return, 79-82.\n"
    )
    (c,) = notes[2]
    assert (c.refers_to, c.pages) == (1, "79-82")


def test_a_writers_introduction_to_a_book_is_that_part_in_the_book() -> None:
    # CMOS 14.110. scholed-2017-sevensins-intro n26 and its later range n68 (dev): named by a possessive in a
    # sentence of comment, then cited again by surname and the book's short title
    notes, _ = cits(
        "1. See the account of Giffard in John Fox’s introduction to An Anglo-Norman Rhymed Apocalypse with "
        "Commentary, ed. Olwen Rhys (Oxford: ANTS, 1946): v–xlix, at xii–xv.\n"
        "2. Fox, introduction to Anglo-Norman Rhymed Apocalypse, xiii–xiv, xi.\n"
        "3. Roger Shattuck, introduction to Exploits and Opinions of Dr. Faustroll, Pataphysician by Alfred Jarry, "
        "trans. Simon Watson Taylor (Boston: Exact Change, 1996), xi.\n"
    )
    (full,) = notes[1]
    assert (full.authors, full.title, full.container, full.publisher) == (
        ("John Fox",), "introduction", "An Anglo-Norman Rhymed Apocalypse with Commentary", "ANTS"
    )
    (again,) = notes[2]
    assert (again.refers_to, again.title, again.pages) == (1, "introduction", "xiii-xiv, xi")
    (c,) = notes[3]
    assert (c.authors, c.title, c.date, c.pages) == (("Roger Shattuck",), "introduction", "1996", "xi")


def test_a_standard_cited_again_by_its_number_and_a_control_in_it() -> None:
    # cisa-2021-software-supply-chain n13 and n17 (dev); a number no earlier note printed stays as it is
    notes, _ = cits(
        "1. Jon Boyens, et al., “Supply Chain Risk Management Practices for Federal Information Systems and "
        "Organizations”, NIST SP 800-161 (April 2015), http://dx.doi.org/10.6028/NIST.SP.800-161.\n"
        "2. NIST SP 800-161, SI-7.\n"
        "3. NIST SP 800-53 rev 5, SI-7, SR-9.\n"
    )
    (again,) = notes[2]
    assert (again.refers_to, again.pages, again.authors) == (1, "SI-7", ("Jon Boyens",))
    assert again.url == "http://dx.doi.org/10.6028/NIST.SP.800-161"
    assert all(c.refers_to is None for c in notes[3])


def test_a_standard_printed_again_in_full_is_the_one_its_number_means_later() -> None:
    # cisa-2021-software-supply-chain n15, n19 and n22 (dev): the same report printed in full twice
    notes, _ = cits(
        "1. NIST, “Security and Privacy Controls for Information Systems and Organizations,” NIST SP 800-53 rev 5, "
        "SA-11, SR-6, https://csrc.nist.gov/publications/detail/sp/800-53/rev-5/final.\n"
        "2. Joint Task Force, “Security and Privacy Controls for Information Systems and Organizations”, NIST SP "
        "800-53 rev 5 (September 2020), RA-5, https://doi.org/10.6028/NIST.SP.800-53r5.\n"
        "3. NIST SP 800-53 rev 5, CM-2, CM-3, CM-6, CM-8, CM-14, SA-10, SI-2, SI-7, SR-9, SR-10.\n"
    )
    (again,) = notes[3]
    assert (again.refers_to, again.authors, again.pages) == (
        2, ("Joint Task Force",), "CM-2, CM-3, CM-6, CM-8, CM-14, SA-10, SI-2, SI-7, SR-9, SR-10"
    )


def test_a_sentence_of_comment_naming_a_standard_cited_earlier_cites_it_again_once() -> None:
    # nhtsa-2020-vehicle-cybersecurity n6, n10, n11 and n18 (dev), n6's emphasis read
    notes, _ = cits(
        "1. ISO/SAE 21434:2020 Road vehicles – Cybersecurity engineering, available at: "
        "https://www.iso.org/standard/70918.html.\n"
        "2. ISO/SAE 21434 [RQ-05-01] requires that “The organization shall define a cybersecurity policy.” Further "
        "ISO/SAE 21434 annexes provide further guidance on nurturing a strong cybersecurity culture.\n"
        "3. A risk assessment process is described in clause 8 of ISO/SAE 21434.\n"
        "4. ISO/SAE 21434 Clause 15 discusses customer- supplier relationships.\n"
        "5. ISO 29147 says much the same.\n"
    )
    assert [(c.refers_to, c.title, c.pages) for n in (2, 3, 4) for c in notes[n]] == [
        (1, "Road vehicles – Cybersecurity engineering", "RQ-05-01"),
        (1, "Road vehicles – Cybersecurity engineering", "clause 8"),
        (1, "Road vehicles – Cybersecurity engineering", "Clause 15"),
    ]
    assert notes[2][0].url == "https://www.iso.org/standard/70918.html"
    assert notes[5] == ()  # a standard no note cited is only named


def test_a_statute_named_again_with_the_section_cited_now() -> None:
    # dltr-2021-cyber-tria n99, n104, n110 and n112 (dev): the latest full citation, after its signal, is meant
    notes, _ = cits(
        "1. Terrorism Risk Insurance Act of 2002, Pub. L. No. 107-297, § 201, 116 Stat. 2337.\n"
        "2. See generally, Terrorism Risk Insurance Act of 2002, Pub. L. No. 107-297, 116 Stat. 2322.\n"
        "3. See Terrorism Risk Insurance Act at § 101(b) (stating the purpose of the Act).\n"
        "4. See Terrorism Risk Insurance Act of 2002 at passium.\n"
        "5. See Clean Air Act § 112.\n"
    )
    assert [(c.refers_to, c.pages) for n in (3, 4) for c in notes[n]] == [(2, "§ 101(b)"), (2, "passium")]
    assert notes[3][0].title == "Terrorism Risk Insurance Act of 2002, Pub. L. No. 107-297, 116 Stat. 2322"
    assert notes[5][0].refers_to is None  # no earlier note cites that Act


def test_a_statute_printed_again_in_full_is_cited_in_full_and_its_report_pinpoint_finds_it() -> None:
    # vanderbilt-2020-nudnik notes 12, 163 (n151), 211, 212 and 213 (n201) (dev)
    notes, _ = cits(
        "1. Consumer Review Fairness Act of 2016, Pub. L. No. 114-258, 130 Stat. 1355 (to be codified at 15 U.S.C. "
        "§ 45b).\n"
        "2. Consumer Review Fairness Act of 2016, Pub. L. No. 114-258, 130 Stat. 1355 (to be codified at 15 U.S.C. "
        "§ 45b). We come back to the Act, and point out an important loophole in it, infra Part III.\n"
        "3. § 2, 130 Stat. at 1357 (to be codified at 15 U.S.C. § 45b(d)(1)).\n"
    )
    assert notes[2][0].refers_to is None
    (pinned,) = notes[3]
    assert (pinned.refers_to, pinned.pages) == (2, "1357")
    assert pinned.title == "Consumer Review Fairness Act of 2016, Pub. L. No. 114-258, 130 Stat. 1355"


def test_a_short_form_by_the_part_alone_or_with_a_page_the_edition_supplies_resolves() -> None:
    # scholed-2015-swayzedrama-intro n5 and n6 (dev); scholed-2017-cather-obscure-destinies n4 and n19 (dev)
    notes, _ = cits(
        "1. Frank Felsenstein, introduction to English Trader (Baltimore: Johns Hopkins University Press, 1999), 1.\n"
        "2. Felsenstein, introduction, 2.\n"
        "3. Willa Cather, Obscure Destinies (New York: Knopf, 1932), 12.\n"
        "4. Cather, Obscure Destinies, [260], 330.\n"
    )
    assert [(c.refers_to, c.title, c.pages) for n in (2, 4) for c in notes[n]] == [
        (1, "introduction", "2"), (3, "Obscure Destinies", "330")
    ]


def test_a_short_form_naming_the_book_an_introduction_was_cited_in_cites_the_book() -> None:
    # scholed-2012-tanner-narrative notes 1 and 12 (dev)
    notes, _ = cits(
        "1. Edwin James, introduction to A Narrative of the Captivity and Adventures of John Tanner (New York: G. & "
        "C. & H. Carvill, 1830), 5. Hereafter John Tanner's Narrative will be cited as Tanner, Narrative.\n"
        "2. Tanner, Narrative, 27.\n"
    )
    (c,) = notes[2]
    assert (c.refers_to, c.title, c.container, c.date, c.pages) == (
        1, "A Narrative of the Captivity and Adventures of John Tanner", None, "1830", "27"
    )


def test_short_forms_with_a_slip_an_ellipsis_or_a_front_matter_page_resolve() -> None:
    # crs-2026-military-discharges-n41 n69 and n74 (a full stop after the reporter's series), ca-2019-fiction-
    # information-history n20 and n21 (a roman page), scholed-2017-sevensins-intro-n41 n48 and n50 (words left out)
    notes, _ = cits(
        "1. Jenkins v. Speer, 258 F. Supp. 3d 120 (D.D.C. 2017).\n"
        "2. Jenkins, 258 F. Supp. 3d. at 126–127.\n"
        "3. Ming Li and Paul Vitányi, An Introduction to Kolmogorov Complexity and its Applications (New York: "
        "Springer, 1993).\n"
        "4. Li and Vitányi, v.\n"
        "5. M. R. James, The Western Manuscripts in the Library of Emmanuel College: A Descriptive Catalogue "
        "(Cambridge: Cambridge University Press, 1904), 12.\n"
        "6. James, Western Manuscripts . . . of Emmanuel College, 74.\n"
    )
    assert [(c.refers_to, c.pages) for n in (2, 4, 6) for c in notes[n]] == [(1, "126-127"), (3, "v"), (5, "74")]


def test_supra_to_a_note_citing_several_works_by_one_author_takes_the_one_its_short_title_names() -> None:
    # Citron, Michigan Law Review 2020, notes 11, 25 and 28 (dev): note 25 repeats a short form of note 11,
    # then cites three articles by the same author, each with its `[hereinafter …]`
    notes, _ = cits(
        "1. DANIELLE KEATS CITRON, HATE CRIMES IN CYBERSPACE 53 (2014).\n"
        "2. CITRON, supra note 1, at 13–19; Danielle Keats Citron, Cyber Civil Rights, 89 B.U. L. REV. 61, 65–66 "
        "(2009) [hereinafter Citron, Cyber Civil Rights]; Danielle Keats Citron, Sexual Privacy, 128 YALE L.J. 1870, "
        "1924–28 (2019) [hereinafter Citron, Sexual Privacy].\n"
        "3. Citron, Sexual Privacy, supra note 2, at 1930; Citron, supra note 2.\n"
    )
    by_title, bare = notes[3]
    assert (by_title.title, by_title.refers_to, by_title.pages) == ("Sexual Privacy", 2, "1930")
    # `supra note 2` names what note 2 cites in full, not the short form of note 1 it begins with
    assert (bare.title, bare.refers_to) == ("Cyber Civil Rights", 2)


def test_an_id_after_a_quoted_sentence_of_comment_is_a_citation_of_its_own() -> None:
    # Citron, Michigan Law Review 2020 note 33 (dev): three back-references, two of them `Id.` after quotations
    notes, _ = cits(
        "1. D.T. Max, The Bleak Brilliance, NEW YORKER (Jan. 14, 2019), https://www.newyorker.com/x.\n"
        "2. He watched beheading videos. Max, supra note 1. He felt “compelled to watch.” Id. He said: “It "
        "sounds really sick, but you’d feel something visceral. The feeling is something.” Id.\n"
    )
    assert [(c.refers_to, c.ibid) for c in notes[2]] == [(1, False), (1, True), (1, True)]


def test_an_id_whose_parenthetical_the_journal_left_open_is_still_an_id() -> None:
    # Borgolini, Villanova Law Review 2021 note 50 (dev): `(1982).` closes only the inner parenthesis
    notes, _ = cits(
        "1. Miles L. Galbraith, Identity Crisis, 62 AM. U.L. REV. 1365, 1374 (2013).\n"
        "2. See id. at 1385–86. “[T]he Court has said so.” Id. (quoting Valley Forge Christian Coll. v. Ams. "
        "United, 454 U.S. 464, 473 (1982).\n"
    )
    assert [(c.refers_to, c.ibid, c.pages) for c in notes[2]] == [(1, True, "1385-86"), (1, True, "1385-86")]


def test_a_cases_short_form_resolves_to_the_report_it_repeats() -> None:
    # Harding, Villanova Law Review 2021 notes 20, 21, 27 and 38 (dev); Bluebook 10.9: `Name, vol REPORTER at pin`
    notes, warnings = cits(
        "1. 393 U.S. 503 (1969).\n"
        "2. See Morse v. Frederick, 551 U.S. 393, 403 (2007); Scott v. Harris, 550 U.S. 372, 380 (2007).\n"
        "3. See Tinker, 393 U.S. at 511.\n"
        "4. Morse, 551 U.S. at 410 (“The First Amendment does not …”).\n"
        "5. Id. at 412.\n"
        "6. 550 U.S. at 381; Twombly, 550 U.S. at 570.\n"
    )
    (tinker,) = notes[3]
    assert (tinker.refers_to, tinker.short_form, tinker.container, tinker.pages) == (1, True, "U.S.", "511")
    assert [(c.refers_to, c.title, c.pages) for c in notes[4] + notes[5]] == [
        (2, "Morse v. Frederick", "410"), (2, "Morse v. Frederick", "412"),
    ]  # fmt: skip
    # a volume holds many cases: without a name, the one starting on the closest page before the pinpoint;
    # a name no earlier case of that volume bears is left unresolved, and said so
    scott, twombly = notes[6]
    assert (scott.refers_to, scott.title) == (2, "Scott v. Harris")
    assert twombly.unresolved and twombly.refers_to is None
    assert any("Twombly" in w for w in warnings)


def test_id_after_a_note_citing_one_work_twice_refers_to_it_once() -> None:
    # Harding, Villanova Law Review 2021 notes 39-41 (dev)
    notes, warnings = cits(
        "1. 478 U.S. 675 (1986).\n2. Id. at 677–78. Fraser’s purpose was to nominate a peer. Id. at 677.\n"
        "3. Id. at 679.\n"
    )
    assert [(c.refers_to, c.pages) for c in notes[3]] == [(1, "679")]
    assert warnings == ()


def test_a_case_short_form_or_id_keeps_its_meaning_when_the_copy_cut_or_bulleted_it() -> None:
    # Harding, Villanova Law Review 2021 notes 37-38 (a page break cut the parenthetical) and 45-46 (dev)
    notes, _ = cits(
        "1. See Morse v. Frederick, 551 U.S. 393, 408 (2007).\n"
        "2. See Morse, 551 U.S. at 410 (“The First Amendment does not require schools to tolerate . . . dan\n"
        "3. 484 U.S. 260 (1988).\n"
        "4. - Id. at 270–71 (distinguishing from Tinker).\n"
    )
    assert [(c.refers_to, c.pages) for n in (2, 4) for c in notes[n]] == [(1, "410"), (3, "270-71")]


def test_a_named_supra_with_its_accompanying_text_is_a_short_form_an_unnamed_one_a_cross_reference() -> None:
    # Miller, Journal of Intellectual Property Law 2021 note 46; Alabama 2019 note 26 (dev)
    notes, _ = cits(
        "1. Mark A. Lemley, The Surprising Virtues, 61 STAN. L. REV. 311, 316-17 (2008).\n"
        "2. See Lemley, supra note 1 and accompanying text.\n"
        "3. See supra note 1 and accompanying text.\n"
        "4. See infra, Section III(b).\n"
    )
    assert [(c.refers_to, c.short_form) for c in notes[2]] == [(1, True)]
    assert notes[3] == ()
    assert not any(c.short_form for c in notes[4])


def test_a_supra_with_the_accompanying_text_is_a_short_form_and_an_id_after_it_repeats_it() -> None:
    # Minnesota Journal of Law, Science & Technology 2020 notes 2, 49 and 50 (dev): `and the accompanying text`
    notes, _ = cits(
        "1. PRIMAVERA DE FILIPPI & AARON WRIGHT, BLOCKCHAIN AND THE LAW: THE RULE OF CODE 2 (2018).\n"
        "2. See DE FILIPPI & WRIGHT, supra note 1 and the accompanying text.\n"
        "3. Id.\n"
    )
    assert [(c.refers_to, c.short_form, c.pages) for c in notes[2]] == [(1, True, None)]
    assert [(c.refers_to, c.ibid, c.pages) for c in notes[3]] == [(1, True, None)]


def test_a_surname_with_a_section_pinpoint_resolves_to_the_authors_work() -> None:
    # Law and History Review 2016 notes 4 and 9 (dev): `Huber, section 3.2.2.2` reads like a document's
    # short title and its section; no title begins `Huber`, so it is the author's latest work, with its URL
    notes, warnings = cits(
        "1. Magnus Huber, “The Old Bailey Proceedings, 1674-1834,” Annotating Variation and Change (2007), "
        "http://www.helsinki.fi/varieng/journal/volumes/01/huber.\n"
        "2. Quoted in Huber, section 3.2.2.2.\n"
    )
    (c,) = notes[2]
    assert (c.refers_to, c.pages) == (1, "section 3.2.2.2")
    assert c.url == "http://www.helsinki.fi/varieng/journal/volumes/01/huber"
    assert warnings == ()


def test_a_book_reviews_page_of_the_reviewed_book_is_a_pinpoint_not_a_container() -> None:
    # Citron, Michigan Law Review 2020 notes 9 and 24 (dev): the book under review is named in the heading
    notes, _ = cits("1. P. 88. Drnaso explained that his research included “listening to podcasts.”\n2. Pp. 107–08.\n")
    pinpoints = [(c.pages, c.container, c.title) for n in (1, 2) for c in notes[n]]
    assert pinpoints == [("88", None, None), ("107-08", None, None)]


def test_short_forms_by_surnames_pick_the_work_all_wrote_and_of_that_year() -> None:
    # Journal of Early American History 2017 (Kane) notes 1-8 (dev), shortened
    notes, _ = cits(
        "1. Evert Wendell, Kees-Jan Waterman, and Gunther Michelson, To Do Justice (Philadelphia: APS, 2008), 36.\n"
        "2. Kees-Jan Waterman and J. Michael Smith, Munsee Indian Trade (Syracuse: Syracuse University Press, 2013).\n"
        "3. Robert S. Grumet, First Manhattans (Norman: University of Oklahoma Press, 2011); Robert S. Grumet, The "
        "Munsee Indians (Norman: University of Oklahoma Press, 2009).\n"
        "4. Waterman and Smith, 36n4; Wendell, Waterman and Michelson, 17-18; Grumet 2009, 11-15.\n"
        "5. Clive Emsley, Crime and Society (Harlow: Longman, 2010); Clive Emsley and Robert D. Storch, "
        "“Prosecution and the Police,” Bulletin 18 (1993): 45–57.\n"
        "6. Emsley, Crime and Society, 216.\n"
    )
    waterman, wendell, grumet = notes[4]
    assert (waterman.refers_to, waterman.title, waterman.pages) == (2, "Munsee Indian Trade", "36n4")
    assert (wendell.refers_to, wendell.title) == (1, "To Do Justice")
    assert (grumet.refers_to, grumet.title, grumet.pages) == (3, "The Munsee Indians", "11-15")
    # three capitalised words after a surname may be a short title: it is tried first
    assert notes[6][0].title == "Crime and Society"


def _live_citations(site: str) -> int:
    return sum(1 for o in gc.get_objects() if type(o) is Citation and (o.url or "").startswith(site))


def test_the_index_of_earlier_citations_does_not_hold_every_citation(tmp_path, monkeypatch) -> None:
    # While a long article is parsed, its first URLs are already being checked: the back-reference
    # index must not keep every citation read so far, yet a `supra note` may name any earlier note.
    monkeypatch.setattr(backrefs, "_LIVE_NOTES", 20)
    monkeypatch.setattr(backrefs, "_RECENT", 10)
    n = 300
    note = "{i}. Farm Writer, “Farm page {i},” Farm News, May 1, 2015, http://farm.example/{i}."
    lines = [note.format(i=i) for i in range(1, n)]
    lines.append(f"{n}. Writer, supra note 3, at 7.")
    path = tmp_path / "article.txt"
    path.write_text("An Article\n\nA claim.1\n\nNotes\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    alive: list[int] = []
    last: list[Citation] = []

    def on_note(note) -> None:
        if note.number == n:
            gc.collect()
            alive.append(_live_citations("http://farm.example/"))
            last.extend(note.citations)

    parse_article(path, on_note=on_note)
    # held whole, all 299 full citations would be alive at the last note (measured: 300)
    assert alive[0] < 100, alive
    (supra,) = last
    assert (supra.short_form, supra.refers_to, supra.title, supra.pages) == (True, 3, "Farm page 3", "7")
    assert supra.url == "http://farm.example/3"


def test_a_short_form_finds_the_latest_work_of_its_author_however_many_came_before(monkeypatch) -> None:
    monkeypatch.setattr(backrefs, "_RECENT", 5)
    works = [f"{i}. Jane Doe, “Work {i},” The Times, May 1, 2015, http://t.example/{i}." for i in range(1, 40)]
    notes, warnings = cits("\n".join([*works, "40. Doe, 12.", "41. Doe, “Work 38,” 3."]) + "\n")
    assert notes[40][0].refers_to == 39 and notes[41][0].refers_to == 38
    assert warnings == ()


def test_a_short_title_that_drops_an_article_inside_resolves() -> None:
    # Parameters 52, no. 3 (2022), Borg, notes 40 and 52 (Chicago's short title keeps the key words)
    notes, warnings = cits(
        "1. James N. Mattis, Summary of the 2018 National Defense Strategy of the United States of America "
        "(Washington, DC: DoD, 2018), 1.\n2. Mattis, Summary of 2018 National Defense Strategy, 1.\n"
    )
    (c,) = notes[2]
    assert c.refers_to == 1 and c.short_form and c.pages == "1" and warnings == ()


def test_a_discussion_cited_again_by_surname_is_that_discussion_not_the_persons_latest_work() -> None:
    # Parameters 52, no. 3 (2022), Borg, notes 42, 46 and 58
    notes, _ = cits(
        "1. Mark F. Cancian, discussion with author, September 2021.\n"
        "2. Mark F. Cancian, “U.S. Military Forces in FY 2021: The Last Year of Growth?,” Center for Strategic and "
        "International Studies (website), March 18, 2021, vii, https://www.csis.org/analysis/x.\n"
        "3. Cancian, discussion with the author.\n"
    )
    (talk,) = notes[1]
    assert (talk.kind.value, talk.authors, talk.title, talk.date) == (
        "personal", ("Mark F. Cancian",), "discussion with author", "September 2021"
    )
    (again,) = notes[3]
    assert again.refers_to == 1 and again.kind.value == "personal"


def test_a_comment_ending_in_a_short_form_resolves_and_a_comment_alone_stays_one() -> None:
    # Parameters 52, no. 3 (2022), Borg, notes 15 and 26
    notes, _ = cits(
        "1. Kristy N. Kamarck, Diversity, Inclusion, and Equal Opportunity in the Armed Services (Washington, DC: "
        "CRS, June 5, 2019), 58.\n2. Numbers are taken from Kamarck, Diversity, Inclusion, and Equal Opportunity.\n"
        "3. Numbers are taken from Smith, Unknown Work.\n"
    )
    (c,) = notes[2]
    assert c.refers_to == 1 and c.short_form and c.pages is None
    assert notes[3] == ()


def test_a_comment_is_not_confirmed_by_an_earlier_unresolved_short_form() -> None:
    # Kane, Journal of Early American History 7:2 (2017), notes 8 and 15: a short form nothing resolves, then a
    # comment naming it
    notes, _ = cits(
        "1. Wendell, Waterman and Michelson, 17–18.\n"
        "2. See the notes on individual entries in Wendell, Waterman, and Michelson.\n"
    )
    assert notes[1][0].unresolved and notes[2] == ()


def test_a_generational_suffix_is_not_the_surname_a_short_form_uses() -> None:
    # Chicago's short form gives the surname alone (CMOS 14.29): `Schlesinger`, not `Jr.`
    notes, warnings = cits(
        "1. Arthur M. Schlesinger Jr., A Thousand Days: John F. Kennedy in the White House (Boston: Houghton "
        "Mifflin, 1965), 811.\n2. Schlesinger, Thousand Days, 820.\n3. Leo Shane III, “Troops See Rising Political "
        "Tension in the Ranks,” Military Times, October 17, 2018.\n4. Shane, “Troops See Rising Political Tension.”\n"
    )
    assert (notes[2][0].refers_to, notes[2][0].pages) == (1, "820")
    assert notes[4][0].refers_to == 3 and warnings == ()


def test_an_interview_cited_again_by_surname_and_genre_is_that_interview() -> None:
    # Turdush and Fiskesjö, Genocide Studies and Prevention 15:1 (2021), notes 8, 11, 12, 23, 36 and 39-41
    # (tests/parse/corpus/gsp-2021-uyghur-women): the person cited in between for a Facebook post
    notes, warnings = cits(
        "8. Qelbinur Sidik (victim and witness), phone interview with author, September 3, 2020; Zumret Dawut "
        "(Chinese concentration camp survivor), phone interview with author, September 3, 2021; Ayda† (Chinese "
        "concentration camp survivor), phone interview with author, September 3, 2020.\n"
        "11. Sidik, interview. First mentioned in note 8.\n"
        "12. Dawut, interview, March 24, 2021.\n"
        "23. Zumrat Dawut, “Conversation of Uyghur Women,” Facebook, November 13, 2020, https://www.facebook.com/1/.\n"
        "36. Tursunay Ziyawudun (Chinese concentration camp survivor), phone interview with author, March 25, 2021.\n"
        "39. Dawut, interview; Ayda†, interview.\n"
        "40. Ziyawudun, interview, March 25, 2021. First mentioned in note 36.\n"
        "41. Ibid.\n"
    )
    assert [c.authors for c in notes[8]] == [("Qelbinur Sidik",), ("Zumret Dawut",), ("Ayda",)]
    (sidik,) = notes[11]
    assert sidik.short_form and sidik.refers_to == 8 and sidik.authors == ("Qelbinur Sidik",)
    assert sidik.date == "September 3, 2020" and sidik.title == "phone interview with author"
    (dawut,) = notes[12]
    assert dawut.refers_to == 8 and dawut.authors == ("Zumret Dawut",) and dawut.date == "March 24, 2021"
    assert [(c.refers_to, c.authors) for c in notes[39]] == [(8, ("Zumret Dawut",)), (8, ("Ayda",))]
    assert notes[40][0].refers_to == 36 and notes[41][0].ibid and notes[41][0].refers_to == 36
    assert all("numbering gap" in w or "starts at note" in w for w in warnings), warnings  # the excerpt's gaps


def test_an_organisation_named_short_or_by_its_initials_finds_its_page_or_order() -> None:
    # Sweeney and Villa-Nicholas, American Quarterly (2022), notes 10, 27, 37; GAO-26-107820, notes 14, 31
    notes, warnings = cits(
        "10. “FAQ,” Airus Media, accessed July 8, 2020, https://airusmedia.com/ava-faq-s.html.\n"
        "14. Department of Energy, Implementation of Department of Energy Oversight Policy, Order 226.1 (Change 1) "
        "(Washington, D.C.: May 3, 2022).\n"
        "31. DOE, Implementation of Department of Energy Oversight Policy, Order 226.1.\n"
        "37. Airus Media, “FAQ.”\n"
    )
    (order,) = notes[31]
    assert order.short_form and order.refers_to == 14 and order.authors == ("Department of Energy",)
    (faq,) = notes[37]
    assert faq.short_form and faq.refers_to == 10 and faq.url == "https://airusmedia.com/ava-faq-s.html"
    assert all("numbering gap" in w or "starts at note" in w for w in warnings), warnings  # the excerpt's gaps


def test_a_short_title_holding_a_comma_is_not_read_as_a_second_author() -> None:
    # Sweeney and Villa-Nicholas, American Quarterly (2022), notes 57, 66, 70
    notes, _ = cits(
        "57. Arlene Dávila, Latinos, Inc. The Marketing and Making of a People. (Berkeley: University of "
        "California Press, 2012), 112\n"
        "66. Arlene Dávila, Latino Spin. (New York: New York University Press, 2008), 2.\n"
        "70. Dávila, Latinos, Inc\n"
    )
    (c,) = notes[70]
    assert c.short_form and c.refers_to == 57 and c.authors == ("Arlene Dávila",)


def test_a_surname_and_a_genre_word_with_no_interview_before_is_flagged_not_matched() -> None:
    notes, warnings = cits(
        "1. Qelbinur Sidik, “Testimony,” Radio Free Asia, May 1, 2020, https://www.rfa.org/1.\n2. Sidik, interview.\n"
    )
    (c,) = notes[2]
    assert c.unresolved and c.refers_to is None
    assert warnings == ("note 2: short form “Sidik, interview.” matches no earlier citation",)


def test_a_documents_short_title_read_as_a_name_and_a_page_resolves_to_the_document() -> None:
    # Chicago's short form of an authorless-looking document (CMOS 14.29): its short title and the page
    notes, _ = cits(
        "1. The White House, National Security Strategy of the United States of America (Washington, DC: The White "
        "House, December 2017), 2.\n"
        "2. Jane Doe, “Strategy,” Foreign Affairs 96, no. 1 (2017): 1-9.\n"
        "3. National Security Strategy, 4.\n"
        "4. Nobody Named So, 7.\n"
    )
    (c,) = notes[3]
    assert c.short_form and c.refers_to == 1 and c.pages == "4"
    assert c.title == "National Security Strategy of the United States of America"
    assert not notes[4][0].short_form and notes[4][0].refers_to is None


def test_a_short_form_whose_title_opens_with_a_closing_quote_still_resolves() -> None:
    # Röhle, communication +1 8:1 (2021), notes 22 and 29 (tests/parse/corpus/cplusone-2021-ddos-crisis)
    notes, _ = cits(
        "22. Marco Romagna, “Evolution of Hacktivism: From Origins to Now”, in From Sit-Ins to #revolutions, ed. "
        "Olivia Guntarik (New York: Bloomsbury Academic, 2020), 65-76.\n"
        "29. Romagna, ”Evolution of Hacktivism: From Origins to Now”, 75.\n"
    )
    (c,) = notes[29]
    assert c.short_form and c.refers_to == 22 and c.pages == "75"


def test_a_second_work_the_note_printed_without_its_authors_name_is_found_by_that_name() -> None:
    # Lee, Greteman, Lee and Eichmann, Cultural Analytics (2018), notes 8 and 14-15
    # (tests/parse/corpus/ca-2018-linked-reading-othello): Blei's second work in note 8, cited short by his name
    notes, _ = cits(
        '8. David M. Blei, "Probabilistic Topic Models," Communications of the ACA 55 (2012), 77-84; and "Topic '
        'Modeling and Digital Humanities," Journal of Digital Humanities 2 (2012).\n'
        '9. Jane Doe, "Kernel Methods," Journal of Examples 1 (2010): 1-9.\n'
        '14. Blei, "Topic Modeling," 2.\n15. Blei, "Kernel Methods," 3.\n'
    )
    (c,) = notes[14]
    assert c.refers_to == 8 and c.title == "Topic Modeling and Digital Humanities" and c.authors == ("David M. Blei",)
    assert notes[15][0].unresolved  # Doe's title, not a work of Blei's


# --- short forms whose full citation's fields were read wrong: what it printed decides (backrefs._RawText) ---


def _full(raw: str, **fields: object) -> FieldResult:
    return FieldResult(Citation(index=0, raw=raw, **fields))  # type: ignore[arg-type]


def _short_form(raw: str, **fields: object) -> FieldResult:
    return FieldResult(Citation(index=0, raw=raw, **fields), maybe_short=True)  # type: ignore[arg-type]


def _comment(raw: str) -> FieldResult:
    return FieldResult(Citation(index=0, raw=raw), commentary=True)


def _resolve(notes: list[tuple[int, list[FieldResult]]]) -> tuple[list[tuple[Citation, ...]], list[str]]:
    """The resolver alone, given each note's citations with their fields as read."""
    return backrefs.resolve([(number, results, False) for number, results in notes])


def test_a_short_form_finds_a_full_citation_whose_author_was_not_read() -> None:
    # Fyfe and Ge, Journal of Cultural Analytics (2018), notes 25 and 31 (corpus: ca-2018-image-analytics):
    # the author is named in the sentence before the citation, so no author was read for it
    resolved, warnings = _resolve([
        (25, [_comment("Joshua Brown describes this in similar terms: “rather than …” over time;"),
              _full("see Beyond the Lines: Pictorial Reporting, Everyday Life, and the Crisis of Gilded Age America "
                    "(Berkeley: University of California Press, 2002), 4.",
                    title="Beyond the Lines: Pictorial Reporting, Everyday Life, and the Crisis of Gilded Age America",
                    publisher="University of California Press", date="2002", pages="4")]),
        (31, [_short_form("Brown, Beyond the Lines, 78, 167.", authors=("Brown",), title="Beyond the Lines",
                          pages="78, 167")]),
    ])  # fmt: skip
    (brown,) = resolved[1]
    assert (brown.refers_to, brown.short_form, brown.unresolved) == (25, True, False)
    # the full title and imprint are the antecedent's; the name is the short form's, as none was read
    assert (brown.title, brown.publisher, brown.authors, brown.pages) == (
        "Beyond the Lines: Pictorial Reporting, Everyday Life, and the Crisis of Gilded Age America",
        "University of California Press", ("Brown",), "78, 167",
    )  # fmt: skip
    assert warnings == []


def test_a_short_form_finds_a_full_citation_whose_title_was_cut_and_keeps_its_own_fields() -> None:
    # Tatlock et al., Journal of Cultural Analytics (2018), notes 8 and 35 (corpus: ca-2018-muncie-reading): the
    # title's closing quotation mark is missing, so the title was read as `Alger` and the rest as a container
    resolved, _ = _resolve([
        (8, [_full("Anne Scott MacLeod, American Childhood (Athens, GA: University of Georgia Press, 1994);",
                   authors=("Anne Scott MacLeod",), title="American Childhood"),
             _full("and Joel Shrock, “Alger, Fosdick, and Stratemeyer in the Heartland: Crossover Reading in Muncie, "
                   "Indiana, 1891-1902, in Print Culture Histories beyond the Metropolis, edited by James J. Connolly "
                   "(Toronto: University of Toronto Press, 2016), 284-303.", authors=("Joel Shrock",), title="Alger",
                   container="Fosdick, and Stratemeyer in the Heartland")]),
        (35, [_short_form("Joel Shrock, “Alger, Fosdick, and Stratemeyer.”", authors=("Joel Shrock",),
                          title="Alger, Fosdick, and Stratemeyer")]),
    ])  # fmt: skip
    (shrock,) = resolved[1]
    assert (shrock.refers_to, shrock.unresolved) == (8, False)
    # the title read for the antecedent does not bear the short form out: a cut title and a wrong container
    # would be reported as the source's, so the short form keeps its own
    assert (shrock.title, shrock.container) == ("Alger, Fosdick, and Stratemeyer", None)


def test_an_organisation_cited_short_by_its_initials() -> None:
    # Tierno, CRS Report R48883 (2026), notes 2 and 22 (corpus: crs-2026-defi)
    notes, warnings = cits(
        "2. Commodity Futures Trading Commission, Subcommittee on Digital Assets and Blockchain Technology Advisory "
        "Committee, Decentralized Finance, January 8, 2024, p. 6, "
        "https://www.cftc.gov/media/10106/TAC_DeFiReport010824/download.\n"
        "22. CFTC, Decentralized Finance, p. 26.\n"
    )
    (cftc,) = notes[22]
    assert (cftc.refers_to, cftc.title, cftc.pages) == (2, "Decentralized Finance", "26")
    assert cftc.url == "https://www.cftc.gov/media/10106/TAC_DeFiReport010824/download"
    assert not any("matches no earlier citation" in w for w in warnings)


def test_two_names_go_to_the_work_both_wrote_though_one_name_was_read_into_the_title() -> None:
    # Kane, Journal of Early American History 7:2 (2017), notes 2, 6 and 8 (corpus: jeah-2017-indigenous-women-
    # networks): `Kees-Jan Waterman, and J. Michael Smith. Munsee Indian Trade …` was read as Waterman's alone,
    # and J. Michael Smith wrote another work cited in between
    resolved, _ = _resolve([
        (2, [_full("Kees-Jan Waterman, and J. Michael Smith. Munsee Indian Trade in Ulster County, New York, "
                   "1712-1732. Syracuse, N.Y.: Syracuse University Press, 2013.", authors=("Kees-Jan Waterman",),
                   title="and J. Michael Smith. Munsee Indian Trade in Ulster County, New York, 1712-1732")]),
        (6, [_full("J. Michael Smith, “The Seventeenth Century Sachems of the Wapping Country,” in The Journey, "
                   "ed. Shirley W. Dunn (Albany: 2009)", authors=("J. Michael Smith",),
                   title="The Seventeenth Century Sachems of the Wapping Country")]),
        (8, [_short_form("Waterman and Smith, 12, 19 and 47", authors=("Waterman", "Smith"), pages="12, 19 and 47")]),
    ])  # fmt: skip
    assert resolved[2][0].refers_to == 2


def test_what_no_earlier_note_prints_stays_unresolved() -> None:
    # never a link by a guess: the name only in a comment, with no title to tie it to a citation, and a name
    # printed nowhere, stay flagged
    resolved, warnings = _resolve([
        (1, [_comment("Joshua Brown describes this in similar terms;"),
             _full("see Beyond the Lines (Berkeley: University of California Press, 2002), 4.",
                   title="Beyond the Lines", publisher="University of California Press", date="2002")]),
        (2, [_short_form("Brown, 78.", authors=("Brown",), pages="78")]),
        (3, [_short_form("Kaplan, Beyond the Lines, 5.", authors=("Kaplan",), title="Beyond the Lines", pages="5")]),
    ])  # fmt: skip
    assert resolved[1][0].refers_to is None and not resolved[1][0].short_form
    assert resolved[2][0].unresolved and resolved[2][0].refers_to is None
    assert warnings == ["note 3: short form “Kaplan, Beyond the Lines, 5.” matches no earlier citation"]


def test_the_raw_text_fallback_takes_the_latest_earlier_note_that_prints_the_work() -> None:
    # one work cited in full twice (fields read wrong both times): the short form goes to the latest
    full = "Ko Hirano, “Abe Quandary: Japan’s Pivot to Russia,” The Diplomat, May 5, 2016."
    resolved, _ = _resolve([
        (1, [_full(full, title="Ko Hirano")]),
        (2, [_full(full, title="Ko Hirano")]),
        (3, [_short_form("Hirano, “Abe Quandary,” 4.", authors=("Hirano",), title="Abe Quandary", pages="4")]),
    ])  # fmt: skip
    assert resolved[2][0].refers_to == 2


def test_a_note_named_in_brackets_or_by_n_above() -> None:
    # OSCOLA (4th ed., 1.3) and AGLC (4th ed., 1.4.2) cite an earlier note as `Surname (n 1) 45`; older AGLC as
    # `Surname, above n 1, 45`; some journals as `Surname (note 1), 45`
    notes, warnings = cits(
        "1. Paul Kennedy, The Rise and Fall of the Great Powers (New York: Random House, 1987), 45.\n"
        "2. Other Person, Some Book (London: Verso, 2001), 3.\n"
        "3. Kennedy (note 1), 50.\n4. Kennedy (n 1) 52.\n5. Person, above n 2, 12.\n6. Kennedy, op. cit., p. 9.\n"
    )
    assert [(n, notes[n][0].refers_to, notes[n][0].pages) for n in (3, 4, 5, 6)] == [
        (3, 1, "50"), (4, 1, "52"), (5, 2, "12"), (6, 1, "9"),
    ]  # fmt: skip
    assert notes[5][0].title == "Some Book"
    assert warnings == ()


def test_a_bare_op_cit_is_the_work_just_cited_and_a_page_may_follow_cit_without_a_comma() -> None:
    # older British and Continental notes: `Op. cit., 14.` alone names no work, so it is the one just cited
    # (as `Ibid.`); `Jones, op. cit. p. 9.` prints the page straight after the abbreviation
    notes, warnings = cits(
        "1. Gerald Jones, The Long Peace (London: Verso, 2011), 5.\n"
        "2. Op. cit., 14.\n3. Jones, op. cit. p. 9.\n4. Loc. cit.\n"
    )
    found = [(n, notes[n][0].refers_to, notes[n][0].pages) for n in (2, 3, 4)]
    assert found == [(2, 1, "14"), (3, 1, "9"), (4, 1, "9")]
    assert notes[2][0].ibid and not notes[3][0].ibid
    assert warnings == ()


def test_a_restatement_named_by_its_hereinafter_is_cited_again_by_another_section() -> None:
    # Bluebook 4.2(b): `[hereinafter RESTATEMENT]`, then `RESTATEMENT § 203.` with no `supra` and no comma
    notes, warnings = cits(
        "1. RESTATEMENT (SECOND) OF CONTRACTS § 202 (AM. L. INST. 1981) [hereinafter RESTATEMENT].\n"
        "2. RESTATEMENT § 203.\n3. RESTATEMENT § 201 cmt. b.\n"
    )
    assert [(notes[n][0].refers_to, notes[n][0].pages) for n in (2, 3)] == [(1, "§ 203"), (1, "§ 201 cmt. b")]
    assert warnings == ()


def test_a_short_form_in_use_keeps_its_work_when_a_later_title_opens_with_the_same_words() -> None:
    # Journal of Cultural Analytics (2017), notes 8, 18, 23 and 25 (corpus: ca-2017-tell-tale-hat): the new series of
    # 1928-1939 is cited in full with its own title; `Tang Kristensen, Danske sagn` still names the first series
    notes, _ = cits(
        "1. Evald Tang Kristensen, Danske sagn, som de har lydt i folkemunde, udelukkende efter utrykte kilder, 7 vols."
        " (Aarhus: Aarhus Folkeblads Bogtrykkeri, 1892-1901).\n"
        "2. Tang Kristensen, Danske sagn, 493.\n"
        "3. Evald Tang Kristensen, Danske sagn, som de har lydt i folkemunde, samlede og for størstedelen optegnede af"
        " Evald Tang Kristensen, 7 vols. (Copenhagen: Woels Forlag, 1928-1939).\n"
        "4. Tang Kristensen, Danske sagn, 14.\n"
    )
    assert [notes[n][0].refers_to for n in (2, 4)] == [1, 1]


def test_a_surname_opening_with_its_particle_in_lower_case_is_a_short_form() -> None:
    # Journal of Cultural Analytics (2019), notes 8 and 34 (corpus: ca-2019-de-agentializing-data)
    notes, warnings = cits(
        "1. Marianne van den Boomen, Transcoding the Digital: How Metaphors Matter in New Media (Amsterdam: Institute"
        " of Network Cultures, 2014), 23.\n2. van den Boomen, Transcoding the Digital, 187.\n"
    )
    assert (notes[2][0].refers_to, notes[2][0].pages) == (1, "187")
    assert warnings == ()


def test_ibid_in_the_place_of_a_journal_is_the_journal_just_cited_for_a_new_article() -> None:
    # Journal of Cultural Analytics (2019), notes 17 and 18 (corpus: ca-2019-de-agentializing-data)
    notes, _ = cits(
        '1. Daniel A McFarland, "Big Data and the Danger of Being Precisely Inaccurate," Big Data & Society 2, no. 2'
        " (2015).\n"
        '2. Julia Adams and Hannah Brückner, "Wikipedia, Sociology, and the Promise and Pitfalls of Big Data," ibid.\n'
    )
    article = notes[2][0]
    assert (article.container, article.date) == ("Big Data & Society", "2015")
    assert not article.ibid and article.refers_to is None


def test_a_surname_alone_in_a_list_of_citations_is_that_authors_work_cited_before() -> None:
    # Journal of Cultural Analytics (2019), notes 10 and 14 (corpus: ca-2019-de-agentializing-data); a capitalised
    # word no earlier note names cites nothing
    notes, _ = cits(
        "1. Rob Kitchin, The Data Revolution (Sage, 2014).\n"
        '2. Kitchin; David Beer, "How Should We Do the History of Big Data?," Big Data & Society 3, no. 1 (2016).\n'
        '3. Nowhere; David Beer, "The Social Power of Algorithms," Information, Communication & Society 20 (2017).\n'
    )
    assert [(c.refers_to, c.title) for c in notes[2]] == [
        (1, "The Data Revolution"), (None, "How Should We Do the History of Big Data?")
    ]
    assert [c.title for c in notes[3]] == ["The Social Power of Algorithms"]


def test_a_case_short_form_finds_a_case_whose_report_was_not_read() -> None:
    # Heumann et al., Privacy in the Public Eye, Seton Hall Law Review (2022), notes 23 and 29 (corpus:
    # shlr-2022-privacy-public-eye), the full citation's fields as if its reporter had been read into the title
    resolved, warnings = _resolve([
        (23, [_full("Riley v. California, 573 U.S. 373, 378 (2014).", title="Riley v. California, 573 U.S. 373",
                    date="2014")]),
        (24, [_full("Carpenter v. United States, 138 S. Ct. 2206, 2217 (2018).", title="Carpenter v. United States",
                    container="S. Ct.", volume="138", pages="2206, 2217", date="2018")]),
        (29, [FieldResult(Citation(index=0, raw="Riley, 573 U.S. at 393.", title="Riley", container="U.S.",
                                   volume="573", pages="393"), reporter=("573", "us"))]),
        (30, [FieldResult(Citation(index=0, raw="573 U.S. at 401.", container="U.S.", volume="573", pages="401"),
                          reporter=("573", "us"))]),
        (31, [FieldResult(Citation(index=0, raw="573 U.S. at 300.", container="U.S.", volume="573", pages="300"),
                          reporter=("573", "us"))]),
    ])  # fmt: skip
    riley = resolved[2][0]
    assert (riley.refers_to, riley.pages, riley.container, riley.volume) == (23, "393", "U.S.", "573")
    assert resolved[3][0].refers_to == 23  # by its report alone, the first page before the pinpoint
    # a pinpoint before the only first page printed in that volume: no case of it, no link
    assert resolved[4][0].unresolved and resolved[4][0].refers_to is None
    assert warnings == ["note 31: case short form “573 U.S. at 300.” matches no earlier citation"]


def test_names_read_as_one_and_a_name_given_earlier_in_the_note() -> None:
    # da Cruz and Pedron, Cyber Mercenaries, ISSR (2020), notes 22 and 33 (corpus: issr-2020-cyber-mercenaries):
    # four names read as one; Brier, Linked Reading (2018), notes 8 and 14 (corpus: ca-2018-linked-reading-othello):
    # a second work whose author the note gave with the first. The antecedents' authors as if none had been read.
    resolved, _ = _resolve([
        (8, [_full('David M. Blei, "Probabilistic Topic Models," Communications of the ACM 55 (2012), 77-84;',
                   title="Probabilistic Topic Models"),
             _full('and "Topic Modeling and Digital Humanities," Journal of Digital Humanities 2, no. 1 (2012).',
                   title="Topic Modeling and Digital Humanities", container="Journal of Digital Humanities")]),
        (22, [_full("Mark Mazzetti, Adam Goldman, Ronen Bergman and Nicole Perlroth, “A new Age of Warfare: How "
                    "Internet Mercenaries Do Battle for Authoritarian Governments,” New York Times, March 21, 2019.",
                    title="A new Age of Warfare: How Internet Mercenaries Do Battle for Authoritarian Governments",
                    container="New York Times")]),
        (14, [_short_form('Blei, "Topic Modeling," 2.', authors=("Blei",), title="Topic Modeling", pages="2")]),
        (33, [_short_form("Mazzetti, Goldman, Bergman, & Perlroth, “A new Age of Warfare.”",
                          authors=("Mazzetti, Goldman, Bergman, & Perlroth",), title="A new Age of Warfare")]),
    ])  # fmt: skip
    blei, mazzetti = resolved[2][0], resolved[3][0]
    assert (blei.refers_to, blei.container) == (8, "Journal of Digital Humanities")
    assert (mazzetti.refers_to, mazzetti.container) == (22, "New York Times")


def test_op_cit_loc_cit_and_art_cit_after_a_name_or_a_short_title() -> None:
    # the Latin (and French/Italian `art. cit.`) forms older notes use for an author's work already cited
    notes, warnings = cits(
        "1. Paul Kennedy, The Rise and Fall of the Great Powers (New York: Random House, 1987), 45.\n"
        "2. Other Person, Some Book (London: Verso, 2001), 3.\n"
        "3. Kennedy, loc. cit.\n4. Person, art. cit., 5.\n5. Kennedy, The Rise and Fall, op. cit., p. 45.\n"
        "6. P. Kennedy, op. cit., 9.\n"
    )
    assert [(n, notes[n][0].refers_to, notes[n][0].pages) for n in (3, 4, 5, 6)] == [
        (3, 1, None), (4, 2, "5"), (5, 1, "45"), (6, 1, "9"),
    ]  # fmt: skip
    assert notes[5][0].title == "The Rise and Fall of the Great Powers"
    assert warnings == ()


def test_an_agencys_document_named_by_body_and_title_is_cited_in_full_each_time() -> None:
    # CRS R48908 notes 9, 11 and 12: the budget justification by the agency's acronym and its title, with a page
    # numbered by section; the first is no unresolved short form, the second no short form of the first
    notes, warnings = cits(
        "1. ITA, Budget Estimates Fiscal Year 2026, p. ITA-5.\n"
        "2. ITA, Budget Estimates Fiscal Year 2026, pp. ITA-37 – ITA-38.\n"
        "3. Jane Doe, A Book (London: Example Press, 2010), 44.\n4. Doe, A Book, 45.\n"
    )
    first, again = notes[1][0], notes[2][0]
    assert (first.kind.value, first.pages, first.short_form, first.unresolved) == ("report", "ITA-5", False, False)
    assert (again.pages, again.refers_to, again.short_form) == ("ITA-37 – ITA-38", None, False)
    assert notes[4][0].refers_to == 3  # a person's short form still refers to the full citation
    assert warnings == ()


def test_a_citation_that_is_only_the_opening_of_an_earlier_full_one_is_its_short_form() -> None:
    # CRS commercial service notes 30 and 32, and "British Fiction" (Cultural Analytics 2018) notes 21 and 36 (dev)
    notes, _ = cits(
        '1. Executive Order 13577 of June 15, 2011, "Establishment of the SelectUSA Initiative," 76 Federal '
        "Register 35715, June 20, 2011.\n"
        "2. Barbara Bush, Imperialism, Race and Resistance: Africa and Britain 1919-1945 (London: Routledge, 1999).\n"
        "3. Executive Order 13577 of June 15, 2011.\n"
        "4. Antoinette Burton, At the Heart of the Empire: Indians and the Colonial Encounter in Late-Victorian "
        "Britain (Berkeley: University of California Press, 1998); Barbara Bush, Imperialism, Race and Resistance: "
        "Africa and Britain 1919-1945.\n"
    )
    (order,) = notes[3]
    assert (order.short_form, order.refers_to, order.title) == (True, 1, "Establishment of the SelectUSA Initiative")
    bush = notes[4][-1]
    assert (bush.short_form, bush.refers_to, bush.date, bush.publisher) == (True, 2, "1999", "Routledge")
    assert not notes[4][0].short_form


def test_an_opening_then_the_page_cited_now_is_a_short_form_however_its_fields_read() -> None:
    # Cyberspace Solarium Commission, "Implementation" (2021), notes 47 and 85 (dev): an organisation as author reads
    # as no name, but the note repeats the full citation's opening and gives a page; a repeat of an opening that is
    # itself unresolved is not taken for one (the shape of the Remarque edition's notes 46-47, `Wheen, All Quiet
    # (London), 5.`, with a parenthesis naming no edition's place: with a place they are short forms, test above)
    notes, _ = cits(
        "1. CSC Staff, Legislative Proposals (2020), 53, https://drive.google.com/file/d/1S5N7KvjFfxow19kCnPl0nx7Mah8pK0uG"
        "/view.\n"
        "2. CSC Staff, Legislative Proposals, 232.\n"
        "3. Wheen, All Quiet (trans.), 288–92.\n"
        "4. Wheen, All Quiet (trans.), 5.\n"
    )
    (again,) = notes[2]
    assert (again.refers_to, again.pages, again.title, again.authors, again.date) == (
        1, "232", "Legislative Proposals", ("CSC Staff",), "2020",
    )  # fmt: skip
    assert notes[4][0].refers_to is None


def test_a_code_section_or_a_work_only_sharing_an_opening_is_no_short_form() -> None:
    # CRS military discharges notes 13 and 18 (dev): a section of the U.S. Code cited again is cited in full;
    # and a wire item of another day only shares the opening words
    notes, _ = cits(
        "1. 10 U.S.C. §1553(a), as amended by P.L. 110-181.\n"
        "2. 10 U.S.C. §1553.\n"
        "3. FBIS SOV, October 22, 2014, Daily Report, p. 4.\n"
        "4. FBIS SOV, October 22, 2008.\n"
    )
    assert [c.refers_to for n in (2, 4) for c in notes[n]] == [None, None]


def test_a_full_citation_printed_after_its_short_form_is_no_back_reference() -> None:
    # "British Fiction" (Cultural Analytics 2018) notes 2 and 4 (dev): the short form came first, and the full
    # citation's imprint was left open by the journal
    notes, _ = cits(
        "1. Key studies include books such as Jon Hegglund, World Views: Metageographies of Modernist Fiction; "
        "Andrew Thacker, Moving through Modernity.\n"
        "2. Jon Hegglund, World Views: Metageographies of Modernist Fiction (Oxford: Oxford UP, 2012, 9-10.\n"
    )
    (full,) = notes[2]
    assert (full.refers_to, full.short_form, full.title, full.publisher, full.date, full.pages) == (
        None, False, "World Views: Metageographies of Modernist Fiction", "Oxford UP", "2012", "9-10",
    )  # fmt: skip


def test_a_short_form_takes_the_full_citation_over_an_earlier_unresolved_repeat() -> None:
    # note 3 runs two short forms together with `and`, so its title is garbled and it matches nothing;
    # note 4 names the same book again: the full citation in note 1 is its source, not note 3's guess
    notes, _ = cits(
        "1. Harold Dicken-Garcia, Journalistic Standards in Nineteenth-Century America (Madison: University of"
        " Wisconsin Press, 1989).\n"
        "2. James Curran and Jean Seaton, Power Without Responsibility (London: Routledge, 2003).\n"
        "3. Dicken-Garcia, Journalistic Standards, 66-7 and Curran and Seaton, Power Without Responsibility, 43.\n"
        "4. Dicken-Garcia, Journalistic Standards, 70.\n"
    )
    (c,) = notes[4]
    assert c.refers_to == 1 and c.publisher == "University of Wisconsin Press" and c.pages == "70"


def test_notes_citing_a_bibliography_chain_repeats_to_the_first_short_form() -> None:
    notes, _ = cits("1. Doe, Law and Order, 4.\n2. Roe, Other Things, 9.\n3. Doe, Law and Order, 7.\n")
    assert notes[1][0].unresolved and notes[1][0].refers_to is None
    assert notes[3][0].refers_to == 1 and notes[3][0].pages == "7"


def test_an_interview_cited_again_by_the_surname_alone() -> None:
    notes, _ = cits(
        "1. Robert S. McNamara, interview by the author, May 3, 1987.\n2. McNamara interview.\n"
        "3. Telephone interview.\n"
    )
    assert notes[2][0].refers_to == 1 and notes[2][0].date == "May 3, 1987"
    assert notes[3][0].refers_to is None and notes[3][0].authors == ()


def test_a_case_cited_again_by_the_words_its_full_name_abbreviated() -> None:
    notes, _ = cits(
        "1. Pac. Gas & Elec. Co. v. G.W. Thomas Drayage & Rigging Co., 442 P.2d 641, 644 (Cal. 1968).\n"
        "2. Pacific Gas, 442 P.2d at 645.\n3. Int’l Shoe Co. v. Washington, 326 U.S. 310, 316 (1945).\n"
        "4. International Shoe, 326 U.S. at 317.\n5. Twombly, 326 U.S. at 317.\n"
    )
    assert notes[2][0].refers_to == 1 and notes[2][0].pages == "645"
    assert notes[4][0].refers_to == 3
    assert notes[5][0].refers_to is None  # a name no case of that volume abbreviates


def test_an_edition_of_letters_cited_again_by_its_short_title_keeps_volume_and_page() -> None:
    # `Correspondence` capitalised after a surname is a short title, not the personal correspondence `Sidik,
    # correspondence` names
    notes, _ = cits(
        "1. The Correspondence of Alexander Pope, ed. George Sherburn, 5 vols. (Oxford: Clarendon Press, 1956), 2:45.\n"
        "2. Pope, Correspondence, 2:47.\n"
    )
    (c,) = notes[2]
    assert c.refers_to == 1 and c.pages == "2:47" and c.title == "The Correspondence of Alexander Pope"


def test_a_comment_ending_in_a_short_form_with_a_quoted_title_cites_it_when_an_earlier_note_does() -> None:
    notes, _ = cits(
        '1. M. H. Beals, "Scissors and Paste: The Georgian Reprints, 1800-1837," Journal of Open Humanities Data 3 '
        "(2017): 1.\n"
        '2. A detailed discussion can be found in Beals, "Scissors and Paste," 4.\n'
        '3. This point is made in Jones, "Unknown Work," 4.\n'
    )
    assert notes[2][0].refers_to == 1 and notes[2][0].pages == "4"
    assert notes[3] == ()  # no earlier work so named: a sentence of comment


def test_an_early_supreme_court_case_with_its_nominative_reporter() -> None:
    notes, _ = cits(
        "1. Marbury v. Madison, 5 U.S. (1 Cranch) 137, 177 (1803).\n2. Marbury, 5 U.S. (1 Cranch) at 178.\n"
        "3. Ex Parte Milligan, 71 U.S. (4 Wall.) 2 (1866).\n"
    )
    assert [(c.title, c.container, c.pages, c.date) for c in (*notes[1], *notes[3])] == [
        ("Marbury v. Madison", "U.S.", "137, 177", "1803"), ("Ex Parte Milligan", "U.S.", "2", "1866")
    ]
    assert notes[2][0].refers_to == 1 and notes[2][0].pages == "178"


def test_a_report_printed_in_assembly_documents_and_cited_again_by_its_short_title() -> None:
    notes, _ = cits(
        "1. Final Report of the Commissioners on Practice and Pleadings, in Documents of the Assembly of the State of "
        "New York, 73d sess., vol. 2, no. 16 (New York, 1850), viii.\n"
        "2. Final Report of the Commissioners, 368–378, tit. 10.\n"
        "3. Final Report of the Commissioners, 353–354, § 839.\n"
    )
    (full,), (again,), (third,) = notes[1], notes[2], notes[3]
    assert full.title == "Final Report of the Commissioners on Practice and Pleadings"
    assert (full.date, full.pages) == ("1850", "viii")
    assert full.container == "Documents of the Assembly of the State of New York"
    assert (again.refers_to, again.pages, third.refers_to, third.pages) == (1, "368–378, tit. 10", 1, "353–354, § 839")


def test_an_unreported_case_by_its_westlaw_number_and_cited_again() -> None:
    notes, _ = cits(
        "1. See also Bluewater Trading LLC v. Fountaine Pajot, S.A., No. 07-61284-CIV, 2008 WL 895705, at 5 (S.D. Fla. "
        "Apr. 2, 2008).\n"
        "2. Ouellette v. Viacom, No. CV 10-133-M-DWM-JCL, 2011 WL 1882780, at 1, 4–5 (D. Mont. Mar. 31, 2011) "
        "(concluding that …).\n"
        "3. Bluewater Trading, 2008 WL 895705, at 7.\n"
    )
    (first,), (second,), (again,) = notes[1], notes[2], notes[3]
    assert (first.kind, first.title, first.date) == (
        CitationKind.OFFICIAL, "Bluewater Trading LLC v. Fountaine Pajot, S.A.", "Apr. 2, 2008"
    )  # fmt: skip
    assert (second.title, second.date) == ("Ouellette v. Viacom", "Mar. 31, 2011")
    assert again.refers_to == 1


def test_an_id_pinpointing_a_chapter_a_subdivision_or_a_spaced_subsection_and_a_mistyped_supra() -> None:
    # Year in Review 2017 note 48, Southwestern L. Rev. 2020 note 114, Penn Law 2022 note 50, Hastings 2021 note 121
    # (dev)
    notes, _ = cits(
        "1. Criminal Code of the Russian Federation, Federal Law No. 63-FZ (1996).\n"
        "2. Id. at chapter 13.\n"
        "3. Id. at Subdivision 2(b).\n"
        "4. 15 U.S.C. § 45 (2018).\n"
        "5. Id. at §2 (b)(3).\n"
        "6. Herbert Lin, Cyber Conflict and National Security, 80 U. CHI. L. REV. 1385 (2013).\n"
        "7. Lin, supa note 6, at 1402.\n"
    )
    got = [(c.refers_to, c.pages) for n in (2, 3, 5, 7) for c in notes[n]]
    assert got == [(1, "chapter 13"), (1, "Subdivision 2(b)"), (4, "§2 (b)(3)"), (6, "1402")]


def test_an_ibid_pinpointing_a_law_s_article_section_or_paragraph_spelled_out() -> None:
    # Online gender-based violence victims, notes 38-40 (ijsls-2022-online-gbv-victims, dev); Nanosatellite IoT,
    # note 17 (sjteil-2022-nanosatellite-iot, dev)
    notes, _ = cits(
        "1. Elimination of Sexual Violence Bill, Article 48, in meeting of 8 December 2021.\n"
        "2. Ibid, Article 18 paragraph (3).\n"
        "3. Ibid, Article 45.\n"
        "4. Id. at Section 2(3).\n"
    )
    got = [(c.ibid, c.refers_to, c.pages) for n in (2, 3, 4) for c in notes[n]]
    assert got == [(True, 1, "Article 18 paragraph (3)"), (True, 1, "Article 45"), (True, 1, "Section 2(3)")]


def test_a_table_or_section_quoted_by_its_title_in_ibid_is_the_work_just_cited_at_its_page() -> None:
    # Heritage, Mandate for Leadership, Homeland Security note 8 and Health note 2 (heritage-2023-homeland-security,
    # heritage-2023-health, dev)
    notes, _ = cits(
        "1. U.S. Department of Homeland Security, Budget Overview, Fiscal Year 2023 Congressional Justification, p. "
        "CIS-4, https://www.uscis.gov/budget.pdf (accessed March 14, 2023), and Table, \"United States Citizenship and "
        "Immigration Services Comparison of Budget Authority and Request,\" in ibid., p. CIS-5.\n"
        "2. \"Strategic Goal 1: Protect and Strengthen Equitable Access to High Quality and Affordable Healthcare\" in "
        "ibid.\n"
    )
    table, goal = notes[1][-1], notes[2][0]
    assert (table.ibid, table.refers_to, table.pages) == (True, 1, "CIS-5")
    assert (goal.ibid, goal.refers_to) == (True, 1)
    assert goal.title == "Budget Overview, Fiscal Year 2023 Congressional Justification"


def test_an_id_whose_page_range_lost_its_dash_in_the_pdf_text() -> None:
    # Arbel, Nano Contracts, notes 83 and 90 (jolt-2024-nano-contracts-n83, dev): `at 77 78` printed `at 77–78`
    notes, _ = cits(
        "1. Gregory Klass, How to Interpret a Vending Machine: Smart Contracts and Contract Law, 7 GEO. L. TECH. REV. "
        "69, 70 (2023). For other definitions, see id. at 77 78.\n"
        "2. Id. at 71 107.\n"
    )
    again = notes[1][1:] + notes[2]
    assert [(c.refers_to, c.ibid, c.pages) for c in again] == [(1, True, "77 78"), (1, True, "71 107")]


def test_an_id_with_a_line_of_the_articles_text_run_into_it_and_a_dashless_range_after_a_comma() -> None:
    # Arbel, Nano Contracts (jolt-2024-nano-contracts-n43, -n83 and -n123, dev), notes 79, 121 and 144: the PDF's
    # text ran a line of the article's body into the note after the Id.'s page
    notes, _ = cits(
        "1. Gregory Klass, How to Interpret a Vending Machine, 7 GEO. L. TECH. REV. 69, 70 (2023).\n"
        "2. Id. at 559 umers' ease of access to the\n"
        "3. Id. at 3 -mediated transactions will often fail to achieve what their promisors intend.\n"
        "4. See id. at 5, 14 17.\n"
    )
    assert [(c.refers_to, c.ibid, c.pages) for n in (2, 3, 4) for c in notes[n]] == [
        (1, True, "559"), (1, True, "3"), (1, True, "5, 14 17")]  # fmt: skip


def test_a_case_cited_by_docket_and_westlaw_number_alone_is_found_again_by_that_number() -> None:
    # Ribot, Revenge Porn and the First Amendment, notes 92 and 94 (uclf-2019-revenge-porn-n91, dev): the body
    # names the case, the note prints only its docket; the short form's name is not in it
    notes, _ = cits(
        "1. No. 16-253, 2018 WL 4177776 (Vt. Aug. 31, 2018).\n"
        "2. Ex Parte Jones, No. 12-17-00346-CR, 2018 WL 2228888, at 4 (Tex. App. May 16, 2018).\n"
        "3. VanBuren, 2018 WL 4177776, at 2.\n"
    )
    (full,), (_,), (again,) = notes[1], notes[2], notes[3]
    assert (full.title, full.date) == (None, "Aug. 31, 2018")
    assert (again.refers_to, again.date) == (1, "Aug. 31, 2018")


def test_a_short_title_of_some_of_the_titles_words_with_supra_and_a_signal_without_its_full_stop() -> None:
    notes, _ = cits(
        "1. Cf, e.g., Maarten Herbosch, Liability for AI Agents, 26 N.C. J. L. & TECH. 391 (2025).\n"
        "2. See, e.g., METR, Measuring AI Ability to Complete Long Tasks (Mar. 19, 2025), https://metr.org/a.\n"
        "3. See Herbosch, supra.\n4. See METR, Measuring Long Tasks, supra.\n"
    )
    assert notes[1][0].authors == ("Maarten Herbosch",) and notes[1][0].title == "Liability for AI Agents"
    assert (notes[3][0].refers_to, notes[3][0].title) == (1, "Liability for AI Agents")
    assert (notes[4][0].refers_to, notes[4][0].url) == (2, "https://metr.org/a")


def test_a_surname_misspelt_by_one_letter_names_the_one_author_so_spelt() -> None:
    notes, _ = cits(
        "1. Maarten Herbosch, Liability for AI Agents, 26 N.C. J. L. & TECH. 391 (2025); Ian Ayres & Jack M. Balkin, "
        "The Law of AI Is the Law of Risky Agents Without Intentions, 91 U. CHI. L. REV. 1 (2024).\n"
        "2. See Herbosh, supra; Ayers & Balkan, supra.\n3. Smith, supra.\n"
    )
    assert [c.refers_to for c in notes[2]] == [1, 1]
    assert [c.title[:20] for c in notes[2]] == ["Liability for AI Age", "The Law of AI Is the"]
    assert notes[3][0].refers_to is None  # no one within one letter of Smith


def test_the_same_author_and_title_with_the_same_address_and_nothing_more_is_a_short_form() -> None:
    # Piper, Fictionality (corpus: ca-2016-fictionality, notes 11 and 30)
    text = (
        "1. Ted Underwood, \"The Life Cycles of Genres,\" CA: Journal of Cultural Analytics May 23, 2016: "
        "http://culturalanalytics.org/2016/05/the-life-cycles-of-genres/.\n"
        "2. Ted Underwood, \"The Life Cycles of Genres,\" http://culturalanalytics.org/2016/05/the-life-cycles-of-genres/.\n"
    )
    (first,), (again,) = (n.citations for n in parse_text(text).notes)
    assert (again.refers_to, again.short_form, again.container) == (1, True, first.container)
    # a different address is a different page
    text = text.rsplit("http", 1)[0] + "http://example.org/other.\n"
    (_,), (other,) = (n.citations for n in parse_text(text).notes)
    assert other.refers_to is None


def test_a_documents_short_title_with_several_pinpoints_and_comments_between_them_is_a_short_form() -> None:
    # Funk and Mullen, AHR 2018 (corpus: ahr-2018-spine-of-american-law, notes 16 and 21)
    text = (
        "1. Final Report of the Commissioners on Practice and Pleadings, in Documents of the Assembly of the State of "
        "New York, 73d sess., vol. 2, no. 16 (New York, 1850), viii.\n"
        "2. Final Report of the Commissioners, 202–203, § 506 (restricting admission as an attorney to male citizens), "
        "110, § 251 (restricting jury service to white male citizens), 714–715, § 1708 (permitting witnesses).\n"
    )
    (first,), (again,) = (n.citations for n in parse_text(text).notes)
    assert (again.refers_to, again.title, again.date) == (1, first.title, "1850")
    assert again.pages == "202–203, § 506, 110, § 251, 714–715, § 1708"


def test_a_hereinafter_short_name_cites_a_reports_part_and_closes_a_quotation() -> None:
    # Ramseur, CRS R48906 (notes 1, 23, 29, 38): the full citation names its figure, the short forms an annex and a
    # table, and a quotation in a sentence of comment gives its source in parentheses after it
    refs = parse_text(
        "Notes\n\n"
        "1. U.S. Environmental Protection Agency (EPA), Inventory of U.S. Greenhouse Gas Emissions and Sinks: "
        "1990–2022, 2024, Figure ES-4, https://www.epa.gov/ghgemissions/inventory (hereinafter EPA Inventory).\n"
        "2. EPA Inventory, Annex 6, Table A-233, https://www.epa.gov/ghgemissions/inventory.\n"
        "3. EPA Inventory, Table ES-2.\n"
        "4. According to EPA, \"Gathering and boosting stations receive natural gas from production sites\" "
        "(EPA Inventory, p. 3-95).\n"
    )
    full, annex, table, quoted = (n.citations for n in refs.notes)
    assert full[0].pages == "Figure ES-4" and full[0].kind == CitationKind.REPORT
    assert [(c.refers_to, c.pages) for c in (*annex, *table, *quoted)] == [
        (1, "Annex 6, Table A-233"), (1, "Table ES-2"), (1, "3-95")]


def test_a_citation_that_names_its_own_short_form_is_full_and_an_agencys_report_by_year_is_a_report() -> None:
    # Ramseur, CRS R48906, notes 17 and 40: the same report twice, the second time giving its short name
    refs = parse_text(
        "Notes\n\n"
        "1. See EPA, Regulatory Impact Analysis of the Waste Emissions Charge, 2024.\n"
        "2. EPA, Regulatory Impact Analysis of the Waste Emissions Charge, 2024 (hereinafter EPA RIA).\n"
    )
    first, again = (n.citations[0] for n in refs.notes)
    assert (first.kind, first.date, first.refers_to) == (CitationKind.REPORT, "2024", None)
    assert (again.kind, again.refers_to, again.short_form) == (CitationKind.REPORT, None, False)


def test_a_reports_table_named_before_its_short_name_and_an_agencys_dated_page_quoted_in_comment() -> None:
    # Ramseur, CRS R48906 (crs-2026-methane-charge and its later range, dev), notes 40, 43 and 44; Cho, CRS R48179
    # (crs-2026-highway-funding, dev), note 8: an agency's acronym its own .gov address is named for, then a title
    refs = parse_text(
        "Notes\n\n"
        "1. EPA, Regulatory Impact Analysis of the Waste Emissions Charge, 2024 (hereinafter EPA RIA).\n"
        "2. Table 4-1 of EPA RIA.\n"
        "3. According to EPA, \"gathering and boosting facilities\" refers to \"pipelines and other equipment that "
        "collect petroleum/natural gas\" (EPA, 2011-2023 Greenhouse Gas Reporting Program Industrial Profile: "
        "Petroleum and Natural Gas Systems, 2023, https://www.epa.gov/ghgreporting/ghgrp-petroleum-and-natural-gas-"
        "systems-sector-profile).\n"
        "4. FHWA, 2025 FHWA Forecasts of Vehicle Miles Traveled (VMT), September 2025, "
        "https://www.fhwa.dot.gov/policyinformation/tables/vmt/vmt_forecast_sum.cfm.\n"
    )
    table = refs.notes[1].citations[0]
    assert (table.refers_to, table.pages, table.title) == (1, "Table 4-1", "Regulatory Impact Analysis of the Waste "
                                                           "Emissions Charge")  # fmt: skip
    (profile,) = refs.notes[2].citations
    assert (profile.kind, profile.authors, profile.date) == (CitationKind.REPORT, ("EPA",), "2023")
    assert profile.title.startswith("2011-2023 Greenhouse Gas Reporting Program Industrial Profile: Petroleum")
    forecast = refs.notes[3].citations[0]
    assert (forecast.kind, forecast.authors, forecast.container) == (CitationKind.REPORT, ("FHWA",), None)
    # a news outlet's acronym before its own address stays a news outlet's
    (news,) = parse_text("Notes\n\n1. BBC, Storm Hits Coast, May 3, 2023, https://www.bbc.com/news/x.\n").notes
    assert news.citations[0].authors == ()


def test_id_with_several_sections_and_the_articles_own_heading_after_infra() -> None:
    refs = parse_text(
        "Notes\n\n"
        "1. 21 U.S.C. § 331.\n"
        "2. See, e.g., id. §§ 342–343, 351–352, 361–362, 387b–387c.\n"
        "3. See, e.g., infra \"Case Law on the Preemptive Scope of FD&C Act Section 521 on State Tort Law Claims.\"\n"
    )
    again = refs.notes[1].citations[0]
    assert (again.ibid, again.refers_to, again.title) == (True, 1, "21 U.S.C. § 331")
    assert again.pages.startswith("§§ 342") and again.pages.endswith("387b-387c")
    assert refs.notes[2].citations == ()


def test_a_short_form_after_also_see_is_a_citation_of_its_own() -> None:
    # Genocide Studies and Prevention 14.1 (dev), note 46: `also see` reads like `see also`
    notes, _ = cits(
        "1. Michael Barkun, A Culture of Conspiracy (Berkeley: University of California Press, 2013), 3.\n"
        "2. Jovan Byford, Conspiracy Theories (New York: Palgrave Macmillan, 2011), 89; also see Barkun, A Culture "
        "of Conspiracy, 187.\n"
    )
    assert [(c.title, c.refers_to, c.pages) for c in notes[2]] == [
        ("Conspiracy Theories", None, "89"), ("A Culture of Conspiracy", 1, "187"),
    ]  # fmt: skip


def test_sources_cited_supra_note_n_cites_each_source_of_that_note_again() -> None:
    # Reputation Failure notes 49 and 58 (ssrn-2019-reputation-failure-n46, dev), Expanding Defamation Law note 94
    notes, _ = cits(
        "1. A B, “One,” The Times, May 1, 2015; C D, “Two,” The Post, May 2, 2015.\n"
        "2. See sources cited supra note 1.\n3. See supra sources cited note 1.\n"
    )
    for again in (notes[2], notes[3]):
        assert [(c.title, c.refers_to, c.short_form) for c in again] == [("One", 1, True), ("Two", 1, True)]


def test_a_sentence_naming_how_later_notes_abbreviate_a_work_gives_it_that_name() -> None:
    # Gray and Price, Scholarly Editing 37 (scholed-2016-whitman-correspondence, dev), notes 1 and 31
    notes, _ = cits(
        "1. Horace Traubel, With Walt Whitman in Camden (Boston: Small, Maynard, 1906), 1:42–43. Subsequent references "
        "will be abbreviated WWWC.\n2. WWWC, 4:42.\n"
    )
    (c,) = notes[2]
    assert (c.title, c.refers_to, c.pages) == ("With Walt Whitman in Camden", 1, "4:42")


def test_a_work_printed_again_in_full_under_its_short_name_is_a_full_citation() -> None:
    # CRS R48694 (crs-2026-rd-funding, dev), notes 3 and 10: the short name, then the date and address again
    notes, _ = cits(
        "1. Office of Management and Budget (OMB), Technical Supplement to the 2026 Budget: Appendix, May 30, 2025, "
        "p. 4, https://omb.example/appendix.pdf (hereinafter OMB, Technical Supplement to the 2026 Budget: Appendix).\n"
        "2. OMB, Technical Supplement to the 2026 Budget: Appendix, May 30, 2025, p. 4, https://omb.example/appendix.pdf.\n"
        "3. OMB, Technical Supplement to the 2026 Budget: Appendix, p. 398.\n"
    )
    assert (notes[2][0].refers_to, notes[2][0].short_form) == (None, False)
    assert notes[3][0].refers_to in (1, 2) and notes[3][0].pages == "398"


def test_a_short_form_after_a_quotation_opened_inside_what_is_said_of_it() -> None:
    # Lupton, Scholarly Editing 37 (scholed-2016-space-time-continuum, dev), notes 13 and 15
    notes, _ = cits(
        "1. Stephen Hawking, The Universe in a Nutshell (New York: Bantam, 2001), 12.\n"
        "2. Hawking notes that the “idea that the universe has multiple histories may sound like science fiction, but "
        "it is now accepted as science fact.” Hawking, Universe in a Nutshell, 80.\n"
    )
    assert [(c.title, c.refers_to, c.pages) for c in notes[2]] == [("The Universe in a Nutshell", 1, "80")]


def test_a_bare_see_supra_note_is_the_article_pointing_to_itself() -> None:
    # Tort Reform through the Backdoor notes 77 and 85, Adminization notes 94-95 (dev): every such note is labelled
    # with no citation, as `supra note N and accompanying text` is
    notes, _ = cits("1. A B, “One,” The Times, May 1, 2015.\n2. See supra note 1.\n3. B, supra note 1, at 4.\n")
    assert notes[2] == ()
    assert [(c.title, c.refers_to) for c in notes[3]] == [("One", 1)]
    # AI Beyond the Grave note 115 (dev): a clause of comment before it, the signal's letters parted by the PDF
    notes, _ = cits("1. A B, “One,” The Times, May 1, 2015.\n2. This is due to the high rates, s ee supra note 1.\n")
    assert notes[2] == ()


def test_a_supra_whose_name_is_spelt_as_a_later_reprint_spells_it_follows_the_number() -> None:
    # Washington Journal of Law, Technology & Arts 2022 notes 4, 45, 46 (wjlta-2022-cyber-silencing, dev)
    notes, _ = cits(
        "1. Piper Thompson, Understanding YouTube Demonetization, G2 LEARN HUB (June 14, 2019), https://g2.example/a.\n"
        "2. Piper Thomson, Understanding YouTube Demonetization, G2.COM (June 14, 2019), https://g2.example/a.\n"
        "3. Thomson, supra note 1.\n"
    )
    assert notes[3][0].refers_to == 1


def test_id_at_a_section_after_a_note_ending_in_a_web_page_is_the_statutes() -> None:
    # Duke Law & Technology Review 2021 notes 75-78 (dltr-2021-cyber-tria, dev)
    notes, _ = cits(
        "1. Terrorism Risk Ins. Act of 2002, Pub. L. No. 107-297, § 102(1)(C).\n"
        "2. Id. at § 102(1)(A). Congress last declared a war in 1942. United States Senate, Official Declarations of "
        "War by Congress (2010) https://www.senate.gov/wars.html.\n"
        "3. Id. at § 102(1)(A)(i).\n"
    )
    (c,) = notes[3]
    assert (c.refers_to, c.pages, c.url) == (1, "§ 102(1)(A)(i)", None)


def test_ibid_in_brackets_inside_a_sentence_repeats_the_work_just_cited() -> None:
    # chapter 2 of the FRUS history (ho-2015-frus-history-ch2, dev), note 15
    notes, _ = cits(
        "1. Roy Basler, ed., Collected Works of Abraham Lincoln (New Brunswick, NJ: Rutgers University Press, 1953), "
        "p. 459. That same day, Lincoln and Seward also declined to provide correspondence (ibid., pp. 459–460).\n"
    )
    assert [(c.ibid, c.refers_to, c.pages) for c in notes[1]] == [(False, None, "459"), (True, 1, "459-460")]


def test_a_letter_named_again_by_writer_recipient_and_day_repeats_the_edition_that_printed_it() -> None:
    # Crackel, Scholarly Editing 38 (scholed-2017-washington-boyhood-book, dev), notes 19 and 21; a letter an
    # earlier note placed in an archive is cited in full each time (FRUS history, dev)
    notes, _ = cits(
        "1. Jean [Jane] Washington to Ulysses S. Grant, January 17, 1866, in John Y. Simon, ed., The Papers of Ulysses "
        "S. Grant, 32 vols. (Carbondale: Southern Illinois University Press, 1988), 16:442–43.\n"
        "2. Jean [Jane] Washington to Ulysses S. Grant, January 17, 1866.\n"
        "3. Slany to High, September 30, 1986, NARA, RG 59, Box 4.\n4. Slany to High, September 30, 1986.\n"
    )
    (letter,) = notes[1]
    assert (letter.authors, letter.title, letter.container, letter.date) == (
        ("Jean [Jane] Washington",), "Jean [Jane] Washington to Ulysses S. Grant", "The Papers of Ulysses S. Grant",
        "January 17, 1866",
    )  # fmt: skip
    assert [(c.container, c.refers_to) for c in notes[2]] == [("The Papers of Ulysses S. Grant", 1)]
    assert [c.refers_to for c in notes[4]] == [None]


def test_a_short_form_by_names_and_title_pointing_to_its_note_without_supra() -> None:
    # Tax Levers for a Safer AI Future notes 108 and 184 (ssrn-2025-tax-levers-safer-ai-n86/-n136, dev): the work named
    # is the manuscript note 1 cites after a journal article, though nothing earlier matched it
    notes, _ = cits(
        "1. See, e.g., Shelley Welton, The Bounds of Energy Law, 62 B.C. L. REV. 2339, 2362 (2021). On safety culture, "
        "see Matthew Tokson and Yonathan A. Arbel, AI X-Risk: A Legal Perspective, manuscript (on file with authors).\n"
        "2. See e.g., Tokson & Arbel, AI X-Risk, note 1.\n3. Id.\n4. Smith, The Book 12, note 5.\n"
    )
    assert [(c.title, c.refers_to) for c in notes[2]] == [("AI X-Risk: A Legal Perspective", 1)]
    assert [(c.title, c.refers_to) for c in notes[3]] == [("AI X-Risk: A Legal Perspective", 1)]
    assert [c.refers_to for c in notes[4]] == [None]  # (a page's footnote after a number is no note of the article)


def test_a_westlaw_case_cited_again_by_its_number_and_page_without_a_court() -> None:
    # sulr-2020-internet-never-forgets notes 89 and 92 (dev): Bluebook 10.9's short form of an unreported case
    notes, _ = cits(
        "1. Ex Parte Jones, No. 12-17-00346-CR, 2018 WL 2228888, at *4 (Tex. App. May 16, 2018).\n"
        "2. Ex Parte Jones, 2018 WL 2228888, at 8.\n"
    )
    (again,) = notes[2]
    assert (again.refers_to, again.title, again.pages, again.date) == (1, "Ex Parte Jones", "8", "May 16, 2018")


def test_a_supra_whose_number_a_draft_left_blank_or_typed_a_comma_twice() -> None:
    # llalr-2022-gig-worker-parity note 93, washu-2020-payday-n216 note 242 (dev)
    notes, _ = cits(
        "1. Jay Hawkins, The Payday Lending Market, 2 J. FIN. 45 (2019).\n"
        "2. Mark Berg, A Book About Things (2011).\n"
        "3. Hawkins, supra note 1,, at 36–40.\n"
        "4. Berg, supra note [ ] at 24.\n"
    )
    assert [(c.refers_to, c.pages) for n in (3, 4) for c in notes[n]] == [(1, "36-40"), (2, "24")]


def test_a_short_form_by_section_and_a_title_that_only_another_title_takes_from() -> None:
    # scholed-2015-hejinian-intro notes 1-3 and 15 (dev): `My Life` is not `What's Missing from My Life`; the short
    # forms of the book never cited in full chain to the first of them
    notes, _ = cits(
        "1. Lyn Hejinian, \"What's Missing from My Life,\" in The Grand Piano, vol. 9 (Detroit: This Press, 2009).\n"
        "2. Hejinian, My Life, section 14.\n"
        "3. Hejinian, My Life, sections 12, 14, 18, and 37.\n"
    )
    assert [(c.refers_to, c.title, c.pages) for n in (2, 3) for c in notes[n]] == [
        (None, "My Life", "section 14"), (2, "My Life", "sections 12, 14, 18, and 37"),
    ]  # fmt: skip


def test_a_short_form_with_a_comma_before_et_al() -> None:
    # cisa-2021-software-supply-chain note 37 (dev)
    notes, _ = cits(
        "1. Jane Dodson, Mark Smith, and Al Roe, “Secure Software,” NIST, 2020.\n2. Dodson, et al., 20–21.\n"
    )
    assert [(c.refers_to, c.pages) for c in notes[2]] == [(1, "20-21")]


def test_a_short_forms_pages_joined_by_and_without_a_comma() -> None:
    # scholed-2014-cranchjournal-intro-n81 note 91 (dev)
    notes, _ = cits(
        '1. G. Thomas Tanselle, "Textual Scholarship," in Introduction to Scholarship (New York: MLA, 1992), 29-52.\n'
        '2. See Tanselle, "Textual Scholarship," 32 and 47\n'
    )
    assert [(c.refers_to, c.pages) for c in notes[2]] == [(1, "32 and 47")]


def test_supra_forms_a_draft_prints_unevenly_still_point_to_their_note() -> None:
    # Tax Levers for a Safer AI (SSRN 2025), note 94; Status Defamation (Ala. L. Rev. 2022), notes 78 and 80 (dev):
    # the page typed again after the parenthetical, the page's own footnote, two notes before the `at` page
    notes, _ = cits(
        "1. Jason Wei et al., Emergent Abilities of Large Language Models, TRANSACTIONS ON MACHINE LEARNING RESEARCH "
        "(2022).\n"
        "2. James Q. Whitman, Enforcing Civility and Respect: Three Societies, 109 YALE L.J. 1279 (2000).\n"
        "3. Robert C. Post, The Social Foundations of Defamation Law, 74 CALIF. L. REV. 691 (1986).\n"
        "4. See Jason Wei et al., supra note 1 at 11 (finding that emergent “abilities are a recently discovered "
        "outcome of scaling up language Models”) at 11.\n"
        "5. Whitman, supra note 2, 1383- 1384, note 353.\n"
        "6. Post, supra note 3, 2, at 638\n"
    )
    assert [(c.refers_to, c.title) for n in (4, 5, 6) for c in notes[n]] == [
        (1, "Emergent Abilities of Large Language Models"),
        (2, "Enforcing Civility and Respect: Three Societies"),
        (3, "The Social Foundations of Defamation Law"),
    ]


def test_a_name_in_small_capitals_split_after_each_tall_letter_is_found_by_its_surname() -> None:
    # How to Count AIs (SSRN 2026), notes 118 and 122 (dev): the draft's `supra note 135` is a slip; the name is not
    notes, _ = cits(
        "1. Cf. D EREK P ARFIT, Reasons and Persons (Oxford Univ. Press 1984).\n"
        "2. See Parfit, supra note 9, at 200–03.\n"
    )
    (c,) = notes[2]
    assert (c.refers_to, c.title, c.pages) == (1, "Reasons and Persons", "200-03")


def test_what_a_supra_forms_pages_are_cited_for_is_no_part_of_the_pinpoint() -> None:
    # Adminization (Vand. L. Rev. 2018), note 82 (dev); `at 375 and n. 43` (Tort Reform, SSRN 2016, note 68) stays
    notes, _ = cits(
        "1. Owen M. Fiss, Against Settlement, 93 YALE L.J. 1073 (1984).\n"
        "2. See also Fiss, supra note 1, at 1078–82, for a criticism of settlements in civil trials generally.\n"
        "3. Fiss, supra note 1, at 1075 and n. 43.\n"
    )
    assert [c.pages for n in (2, 3) for c in notes[n]] == ["1078-82", "1075 and n. 43"]


def test_a_supra_pinpoint_naming_two_pages_each_with_at_keeps_both() -> None:
    # Truth bounties, SSRN 2022, note 113 (dev): `at 226, at 229`; a page typed again after a parenthetical is still
    # read (`supra note 92 at 11 (finding …) at 11`)
    notes, _ = cits(
        "3. Brendan Nyhan, Facts and Myths about Misperceptions, 34 J. ECON. PERSP. 220 (2020).\n"
        "4. See also Nyhan, supra note 3, at 226, at 229 (providing evidence that on many issues individuals learn).\n"
        "5. Nyhan, supra note 3 at 221 (finding it) at 221.\n"
        "6. Nyhan, supra note 3, at 226, at 229.\n"
    )
    assert [notes[n][0].pages for n in (4, 5, 6)] == ["226, at 229", "221", "226, at 229"]


def test_a_short_form_naming_the_place_of_one_of_two_editions_finds_that_edition() -> None:
    # "All Quiet on the Western Front" in translation (Scholarly Editing 2017), notes 44-50 (dev): the London and the
    # Boston edition of Wheen's translation, each cited again by its place
    notes, _ = cits(
        "1. A. W. Wheen, trans., All Quiet on the Western Front, by Erich Maria Remarque (London: G. P. Putnam’s Sons,"
        " 1929), 13.\n"
        "2. A. W. Wheen, trans., All Quiet on the Western Front, by Erich Maria Remarque (Boston: Little, Brown, and"
        " Company, 1930), 9.\n"
        "3. Wheen, All Quiet (London), 288–92.\n"
        "4. Wheen, All Quiet (Boston), 179.\n"
        "5. Wheen, All Quiet (Paris), 5.\n"
    )
    assert [(notes[n][0].refers_to, notes[n][0].pages) for n in (3, 4, 5)] == [(1, "288-92"), (2, "179"), (2, "5")]


def test_a_sentence_saying_how_the_work_is_cited_hereafter_names_its_short_form() -> None:
    # Cranch's Journal (Scholarly Editing 2014), notes 16, 34 and 37 (dev): `Cited hereafter as CW.` after it
    notes, _ = cits(
        '1. "Literary Ethics," in Nature, Addresses, and Lectures: Collected Works of Ralph Waldo Emerson, ed.'
        " Alfred R. Ferguson et al. (Cambridge: Harvard University Press, 1971), 1:100. Cited hereafter as CW.\n"
        '2. CW, 1:13. See also Barry Wood, "The Growth of the Soul," PMLA 91, no. 3 (May 1976): 387.\n'
        "3. CW, 1:19, 20–21.\n"
    )
    assert [(notes[n][0].refers_to, notes[n][0].pages) for n in (2, 3)] == [(1, "1:13"), (1, "1:19, 20–21")]


def test_a_parenthesis_saying_the_work_is_cited_hereafter_as_a_name_and_date_names_its_short_form() -> None:
    # Heritage Foundation, Mandate for Leadership (2023), Department of Justice, notes 8 and 38 (dev)
    notes, _ = cits(
        "8. Memorandum from Attorney General Merrick Garland to Director, Federal Bureau of Investigation, October 4,"
        " 2021, https://www.justice.gov/ag/page/file/1438986/download (accessed February 3, 2023)"
        " (cited hereafter as Garland Memorandum, October 4, 2021).\n"
        "9. Garland Memorandum, October 4, 2021; press release,"
        " \"America First Legal Seeks Two Federal Investigations,\" America First Legal Foundation, March 14, 2022,"
        " https://aflegal.org/a/ (accessed February 3, 2023).\n"
    )
    first = notes[9][0]
    assert (first.refers_to, first.url) == (8, "https://www.justice.gov/ag/page/file/1438986/download")


def test_id_after_a_note_of_comment_only_repeats_the_authority_before_it() -> None:
    # Sexual Privacy compact (Wm. & Mary L. Rev. 2020), notes 13-15 (dev): Bluebook 4.1's "immediately preceding
    # authority" is note 13's, a note of comment cites none
    notes, _ = cits(
        "13. Danielle Keats Citron, Sexual Privacy, 128 YALE L.J. 1871 (2019).\n"
        "14. I will use the terms “intimate information” and “intimate data” interchangeably to refer to any and all"
        " information implicating sexual privacy.\n"
        "15. Id.\n"
    )
    assert (notes[15][0].refers_to, notes[15][0].title) == (13, "Sexual Privacy")


def test_id_after_a_note_pointing_to_other_notes_or_citing_unread_works_stays_unresolved() -> None:
    # Consumer activism (DePaul L. Rev. 2020), notes 27-29 (dev): the Id. repeats the cross-reference; Anti-money
    # laundering year in review (Int'l Law. 2016), notes 96-97 (dev): a case's short form the parser does not read
    notes, _ = cits(
        "27. See, e.g., Omri Ben-Shahar, The Myth of the ‘Opportunity to Read’ in Contract Law (Coase-Sander Working"
        " Paper Series in L. & ECON. No. 415, 2008).\n"
        "28. See supra notes 15–18 and accompanying text.\n"
        "29. Id.\n"
        "30. Luis, 578 U.S. at-, slip op. at 1 (Breyer, J.).\n"
        "31. Id. at 1-2.\n"
    )
    assert notes[30] == ()
    assert (notes[29][0].refers_to, notes[31][0].refers_to) == (None, None)


def test_a_sentence_of_comment_that_names_an_earlier_work_by_surname_and_short_title_cites_it() -> None:
    # scholed-2013-sevenplanets-intro notes 7 and 20 (Scholarly Editing 34, 2013, "The Seven Planets"): the short
    # forms sit in parentheses inside the comment, the comma of the title inside its quotes
    notes, _ = cits(
        '7. Danielle Jacquart, "Medical Scholasticism," ed. Mirko D. Grmek (Cambridge, MA: Harvard University Press, '
        "1998), 234.\n"
        "20. The universe was seen as consisting of spherical shells, some of which carried planets, built layer upon "
        "layer. It was in slow but constant rotation, which was transmitted to the lower layers, composed of the four "
        'elements (cf. Jacquart, "Medical Scholasticism," 233). As opposed to Plato, the movement was thought of as '
        "actual physical movement.\n"
    )
    (c,) = [c for c in notes[20] if c.refers_to == 7]
    assert (c.authors, c.title, c.pages, c.short_form) == (("Danielle Jacquart",), "Medical Scholasticism", "233", True)


def test_a_name_and_words_in_comment_are_no_short_form_unless_they_name_an_earlier_work_as_one() -> None:
    notes, _ = cits(
        # ssrn-2025-ai-beyond-the-grave-n46 notes 68 and 69: a chapter cited in full (`, in` its book) whose title
        # opens as the author's article of note 68 does is another work
        "68. See Oliver Hart & John Moore, Incomplete Contracts and Renegotiation, 56 ECONOMETRICA 755 (1988).\n"
        "69. Economists, for whom the incompleteness of contracts has been a bedrock theoretical principle, put the "
        "point thus: “incompleteness arises because states of the world are observable but not verifiable.” "
        "Oliver Hart, Incomplete Contracts, in Allocation, Information and Markets 163, 167 (John Eatwell et al. eds., "
        "1989).\n"
        # ho-2015-frus-history-ch5 notes 7 and 12 (Office of the Historian): a record group's number is no title
        "70. See also records concerning printing in NARA, RG 59, Numerical and Minor Files of the Department of "
        "State, 1906–1910, M862, Roll 211, Case 2000, Files 2000/1 through 2000/23.\n"
        "71. Unless otherwise noted, for all documents cited between March 1907 and May 1909 see NARA, RG 59, "
        "Numerical and Minor Files of the Department of State, 1906–1910, M862, Roll 466, Case 5690.\n"
    )
    assert not [c for c in notes[69] if c.refers_to == 68]
    assert not [c for c in notes[71] if c.refers_to == 70]


def test_a_name_and_words_in_comment_never_name_a_work_of_the_same_note() -> None:
    # ca-2018-beyond-poet-voice note 1 (Cultural Analytics, 2018): the note's own acknowledgement, read as a site
    # "by" the University of California, names `California, Davis` again in its next sentence
    notes, _ = cits(
        "1. This research was supported by a 2015-16 ACLS Digital Innovations Fellowship at the University of "
        "California, Davis, and a grant from the Research Council of the University at California State University, "
        "Bakersfield in 2017, and it continues in 2018 with a NEH Digital Humanities Advancement grant (see "
        "http://textinperformance.soc.northwestern.edu/). Thanks to Hideki Kawahara for generously sharing "
        "TANDEM-STRAIGHT, to the ModLab and the Digital Scholarship Lab at the University of California, Davis, and to "
        "undergraduate research assistants Pavel Kuzkin and Richard Kim at UC Davis.\n"
    )
    assert not [c for c in notes[1] if c.refers_to == 1]


def test_a_short_form_read_as_names_that_match_nothing_is_the_work_its_words_name() -> None:
    # scholed-2016-dunning-intro-n41 notes 43 and 44 (Scholarly Editing 37, 2016): the title's own full stop made
    # `Baron, Hugues de Saint-Victor` read as two names, whose title names no work
    notes, _ = cits(
        "43. Roger Baron, Hugues de Saint-Victor. Six opuscules spirituels, Sources chrétiennes 155 (Paris: Cerf, "
        "1969), 100–118, introduction 30–37.\n"
        "44. Baron, Hugues de Saint-Victor. Six opuscules spirituels, 41.\n"
    )
    (c,) = notes[44]
    assert (c.refers_to, c.authors, c.raw) == (43, ("Roger Baron",), "Baron, Hugues de Saint-Victor. Six opuscules "
                                               "spirituels, 41.")  # fmt: skip


def test_a_chapter_by_a_named_author_keeps_its_own_reading_over_the_book_its_words_name() -> None:
    # ca-2017-scotland-poetics-of-space notes 10 and 11 (Cultural Analytics, 2017): a chapter in the book note 10
    # cites, by one of its editors
    notes, _ = cits(
        "10. See also C.A. Whatley, The Industrial Revolution in Scotland (Cambridge UP, 1997) and T. M. Devine, C. H. "
        "Lee and G. C. Peden, The Transformation of Scotland: The Economy Since 1700 (Edinburgh UP, 2005).\n"
        '11. C. H. Lee, "The Establishment of the Financial Network," in Devine, Lee, and Peden, The Transformation '
        "of Scotland, 100-127.\n"
    )
    (c,) = notes[11]
    assert (c.authors, c.title) == (("C. H. Lee",), "The Establishment of the Financial Network")


def test_a_note_that_is_one_parenthesis_is_the_source_it_holds() -> None:
    # uclf-2020-speech-machine notes 78 and 88 (University of Chicago Legal Forum, 2020)
    notes, _ = cits(
        "78. Eric Goldman, Why Section 230 Is Better than the First Amendment, 95 Notre Dame L. Rev. Reflections "
        "(2019).\n"
        "88. (Goldman, supra, at 6)\n"
        # ohlj-2020-industry-of-anonymity note 1 (Ohio State Law Journal, 2020): an imprint alone is read as one
        "89. (Harvard University Press, 2018).\n"
    )
    (c,) = notes[88]
    assert (c.refers_to, c.authors, c.pages) == (78, ("Eric Goldman",), "6")
    (imprint,) = notes[89]
    assert (imprint.publisher, imprint.date) == ("Harvard University Press", "2018")


def test_a_misspelt_name_printed_with_a_works_whole_title_names_that_work() -> None:
    # ca-2018-beyond-poet-voice notes 56 and 57 (Cultural Analytics, 2018): `Somers- Willett` (a line break's hyphen)
    # is spelt `Somers-Willit` in the short form, two letters off
    notes, _ = cits(
        "56. Susan B.A. Somers- Willett, The Cultural Politics of Slam Poetry: Race, Identity, and the Performance of "
        "Popular Verse in America, (Ann Arbor: University of Michigan Press, 2009).\n"
        "57. quoted in Somers-Willit, The Cultural Politics of Slam Poetry.\n"
        # a name beginning otherwise is someone else's work of that title
        "58. Jones, The Cultural Politics of Slam Poetry.\n"
    )
    (c,) = notes[57]
    assert (c.refers_to, c.publisher) == (56, "University of Michigan Press")
    (other,) = notes[58]
    assert other.refers_to is None


def test_a_sentence_of_comment_citing_an_earlier_notes_work_by_author_and_supra_cites_it() -> None:
    # washu-2020-payday-legislation notes 61 and 66 (Washington University Law Review, 2020)
    notes, _ = cits(
        "61. E. P. Thompson, Time, Work-Discipline, and Industrial Capitalism, 38 PAST & PRESENT 56, 78–79 (1967).\n"
        "66. I turn to the technological issues infra Part I.F. In addition, wage work requires time technology—a "
        "watch—as emphasized by Thompson, supra note 61, and more conceptually, “the abstraction of a man's labour "
        "from both his person and the product of his work.”\n"
        # a number the comment cites without a name (Parsons, washu-2020-payday, note 28) is a figure from that
        # note, and a name that note does not cite is someone else's
        "67. Based on the product of 130 million full time employees, supra note 61, working 52 weeks per year.\n"
        "68. As argued by Keynes, supra note 61, and by others, wages are sticky.\n"
    )
    (c,) = notes[66]
    assert (c.refers_to, c.authors, c.container) == (61, ("E. P. Thompson",), "PAST & PRESENT")
    assert notes[67] == () and notes[68] == ()


def test_id_repeats_the_citing_work_not_the_one_its_parenthetical_cites() -> None:
    # colorado-2025-judicial-economy notes 155 and 168 (University of Colorado Law Review, 2025): the article the case
    # cites is a source of the note, which `supra note 155` names; an `Id.` repeats the case (Bluebook 4.1)
    notes, _ = cits(
        "155. Snell v. United Specialty Ins. Co., 102 F.4th 1208, 1221 (11th Cir. 2024) (citing Yonathan A. Arbel & "
        "David A. Hoffman, Generative Interpretation, 99 N.Y.U. L. REV. 451 (2024), https://www.nyulawreview.org/wp-"
        "content/uploads/2024/05/99-NYU-L-Rev-451-1.pdf). Id. at 1222.\n"
        "156. Id. at 1223.\n"
        "168. Arbel & Hoffman, supra note 155.\n"
    )
    case, article, again = notes[155]
    assert article.url == "https://www.nyulawreview.org/wp-content/uploads/2024/05/99-NYU-L-Rev-451-1.pdf"
    assert case.url is None and again.title == case.title
    (next_id,) = notes[156]
    assert (next_id.title, next_id.refers_to, next_id.pages) == ("Snell v. United Specialty Ins. Co.", 155, "1223")
    (supra,) = notes[168]
    assert (supra.title, supra.refers_to) == ("Generative Interpretation", 155)


def test_whose_words_in_an_earlier_works_short_form_cite_that_work() -> None:
    # gsp-2020-holocaust-denial notes 29 and 73 (Genocide Studies and Prevention, 2020): Shermer and Grobman as
    # Allington reports them
    notes, _ = cits(
        "29. William Allington, “Holocaust Denial Online: The Rise of Pseudo-Academic Antisemitism on the Early "
        "Internet,” Journal of Contemporary Antisemitism 1, no. 1 (2017): 35-54.\n"
        "73. Shermer and Grobman in Allington, Holocaust Denial Online, 35.\n"
    )
    (c,) = notes[73]
    assert (c.refers_to, c.authors, c.pages) == (29, ("William Allington",), "35")


def test_a_case_short_form_may_abbreviate_the_name_the_full_citation_spelled_out() -> None:
    # Built from the Bluebook, not from a corpus note: a full citation with the parties spelled out (Pacific Gas &
    # Electric Co. v. G.W. Thomas Drayage & Rigging Co., 442 P.2d 641 (Cal. 1968), as court opinions print it), then
    # its short form with the names abbreviated by table T6 and rule 10.9; a short form naming another party of
    # that volume finds nothing
    notes, _ = cits(
        "1. Pacific Gas & Electric Co. v. G.W. Thomas Drayage & Rigging Co., 442 P.2d 641, 644 (Cal. 1968).\n"
        "2. See Pac. Gas & Elec. Co., 442 P.2d at 645.\n"
        "3. Gen. Motors Corp., 442 P.2d at 646.\n"
    )
    (short,) = notes[2]
    assert (short.refers_to, short.title, short.pages) == (
        1, "Pacific Gas & Electric Co. v. G.W. Thomas Drayage & Rigging Co.", "645"
    )
    (other,) = notes[3]
    assert other.refers_to is None


def test_a_supra_by_one_surname_takes_that_authors_own_work_over_a_co_authored_one() -> None:
    # ilj-2020-internet-architecture-disability notes 109 and 115 (Indiana Law Journal, 2020; note 109 cut to two of
    # its citations, note 115 to its second): Lessig alone wrote the second
    notes, _ = cits(
        "109. Mark A. Lemley & Lawrence Lessig, The End of End-toEnd: Preserving the Architecture of the Internet in "
        "the Broadband Era, 48 UCLA L. REV. 925 (2001); Lawrence Lessig, The Law of the Horse: What Cyberlaw Might "
        "Teach, 113 HARV. L. REV. 501, 519 (1999).\n"
        "115. See also Lessig, supra note 109, at 519.\n"
    )
    (c,) = notes[115]
    assert (c.refers_to, c.title) == (109, "The Law of the Horse: What Cyberlaw Might Teach")


def test_a_supra_with_et_al_takes_the_work_printed_with_et_al() -> None:
    # ssrn-2016-tort-reform-backdoor notes 147 and 148 (Arbel & Kaplan, 2016): Kachalia's first work was printed
    # `Allen Kachalia et al.`, the second names all three of its authors
    notes, _ = cits(
        "147. See Allen Kachalia et al., Liability Claims and Costs Before and After Implementation of a Medical Error "
        "Disclosure Program, 153 ANN. INTERN. MED. 213, 215 (2010). See also Michelle M Mello, David M Studdert & "
        "Allen Kachalia, The Medical Liability Climate and Prospects for Reform, 312 JAMA 2146, 2149 (2014).\n"
        "148. Kachalia et al., supra note 147, at 215.\n"
    )
    (c,) = notes[148]
    assert (c.refers_to, c.title) == (
        147, "Liability Claims and Costs Before and After Implementation of a Medical Error Disclosure Program"
    )


def test_a_short_title_printed_as_its_full_one_was_takes_the_book_or_the_article_of_that_name() -> None:
    # scholed-2017-littlewars-intro notes 3, 6, 18 and 19 (Scholarly Editing, 2017; note 6 cut to its citation):
    # Wells's book Little Wars and his magazine article "Little Wars"; each short form prints its title as the full
    # citation it repeats did
    notes, _ = cits(
        "3. H. G. Wells, Little Wars (London: Frank Palmer, 1913), 63–64.\n"
        "6. Wells, “Little Wars,” Windsor Magazine, December 1912, 39–50.\n"
        "18. Wells, Little Wars, 99–100.\n"
        "19. Wells, “Little Wars,” 252.\n"
    )
    (book,) = notes[18]
    (article,) = notes[19]
    assert (book.refers_to, book.kind, article.refers_to) == (3, CitationKind.BOOK, 6)


def test_an_article_cited_in_quotation_marks_and_again_in_plain_type_is_one_work() -> None:
    # lhr-2016-old-bailey notes 5, 28 and 37 (Law and History Review, 2016; cut to Feeley's article): Chicago's
    # quotation marks in note 5, Bluebook's plain type in note 28; the short form takes the latest
    notes, _ = cits(
        "5. Malcolm Feeley, “Legal Complexity and the Transformation of the Criminal Process: The Origins of Plea "
        "Bargaining,” Israeli Law Review 31 (1997): 183– 222.\n"
        "28. Malcolm M. Feeley, Legal Complexity and the Transformation of the Criminal Process: The Origins of Plea "
        "Bargaining, 31 Isr. L. Rev. 183 (1997).\n"
        "37. Feeley, “Legal Complexity,” 194.\n"
    )
    (c,) = notes[37]
    assert c.refers_to == 28


def test_a_case_short_form_takes_the_latest_citation_of_the_case_by_its_report_alone() -> None:
    # alabama-2019-defamation notes 64, 194 and 196 (Alabama Law School working paper, 2019; note 64 cut to its case):
    # note 194 cites the case its text names by its report alone
    notes, _ = cits(
        "64. New York Times Co. v. Sullivan, 376 U.S. 254, 283 (1964).\n"
        "194. 376 U.S. 254 (1964).\n"
        "196. E.g., New York Times Co., 376 U.S. at 256.\n"
    )
    (c,) = notes[196]
    assert (c.refers_to, c.pages) == (194, "256")
