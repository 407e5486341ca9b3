"""Every URL in a note is found and checked, however it was printed (issue 9).

Examples are taken from the real notes in tests/parse/corpus (sources in its SOURCES.md);
the property tests build URLs, print them the ways PDFs and editors break them, and
require that each one reaches a citation exactly.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.parse import parse_text
from checker.parse.urls import find_urls


def urls_of(note: str) -> list[str]:
    refs = parse_text("1. " + note)
    return [c.url for c in refs.notes[0].citations if c.url]


@pytest.mark.parametrize(
    ("printed", "url"),
    [
        # the note's last word is the rest of the address: an extension cut (CMC thesis 2021 note 142, dev), a slug
        # cut inside a word (notes 148, 150), a query's value after its `=` (note 39)
        (
            "New York Times, February 9, 2020, https://www.nytimes.com/interactive/2020/us/foreign-policy.htm l.",
            "https://www.nytimes.com/interactive/2020/us/foreign-policy.html",
        ),
        (
            "August 24, 2020), https://carnegieendowment.org/2020/08/24/whole-of-society-app roach-pub-82549.",
            "https://carnegieendowment.org/2020/08/24/whole-of-society-approach-pub-82549",
        ),
        (
            "June 11, 2020), https://www.latimes.com/story/2020-06-11/biden-on-handling-of-disinfor mation.",
            "https://www.latimes.com/story/2020-06-11/biden-on-handling-of-disinformation",
        ),
        (
            "sec. U.S., https://www.nytimes.com/interactive/2018/09/20/us/politics/russia.html?mtrref= www.google.com.",
            "https://www.nytimes.com/interactive/2018/09/20/us/politics/russia.html?mtrref=www.google.com",
        ),
        # a reference manager's site name printed as the bare host of the page's own address (note 81)
        (
            "NCSC, “Statement,” www.dni.gov (Office of the DNI, August 7, 2020), https://www.dni.gov/index.php/item/2139.",
            "https://www.dni.gov/index.php/item/2139",
        ),
        # a scheme-relative address, as biblatex prints it (Greyscail Blockchain Review 2020, note 10, dev)
        (
            "url: //csulb.libguides.com/c.php?g=39129&p=249422 (visited on 09/14/2019)",
            "http://csulb.libguides.com/c.php?g=39129&p=249422",
        ),
        # a DOI's number cut by the PDF's line break (Parameters 51:4 note 17, dev)
        (
            "Pacific Review, September 1, 2020, https://doi.org/10.1080/09512748.2020.18 12699.",
            "https://doi.org/10.1080/09512748.2020.1812699",
        ),
        # a PDF line break inside the path, joined with a space (Colorado L. Rev. note 2)
        (
            "https://iaals.du.edu/sites/default/files /documents/publications/justice-needs-and-satisfaction-us.pdf",
            "https://iaals.du.edu/sites/default/files/documents/publications/justice-needs-and-satisfaction-us.pdf",
        ),
        # broken before an underscore (note 2) and after the scheme (note 8)
        (
            "https://www.ncsc.org/__data/assets/pdf_file/0019/85204/SSC_2022 _Presentation.pdf",
            "https://www.ncsc.org/__data/assets/pdf_file/0019/85204/SSC_2022_Presentation.pdf",
        ),
        (
            "https:// www.uscourts.gov/sites/default/files/litigation_cost_survey_of_major_companies _0.pdf",
            "https://www.uscourts.gov/sites/default/files/litigation_cost_survey_of_major_companies_0.pdf",
        ),
        # a slug cut after its own hyphens (note 13)
        (
            "https://qz.com/681971/for-every-10000-poor-people-in-the-united- states-theres-less-than-1-lawyer",
            "https://qz.com/681971/for-every-10000-poor-people-in-the-united-states-theres-less-than-1-lawyer",
        ),
        ("https://www. example.com/a/b", "https://www.example.com/a/b"),
        ("https://example.com/ukpga/48-49/49/ contents", "https://example.com/ukpga/48-49/49/contents"),
        ("www.example.gov/report.pdf", "http://www.example.gov/report.pdf"),
        ("news.example.org/2019/story", "http://news.example.org/2019/story"),
        ("news .example.org/", "http://news.example.org/"),
        # a host cut after a dot (Law and History Review 2016 note 15, dev)
        (
            "http://reference.wolfram. com/mathematica/guide/Mathematica.html",
            "http://reference.wolfram.com/mathematica/guide/Mathematica.html",
        ),
        # a space printed inside a query value (note 17): the browser sends it as %20
        (
            "https://www.sussex.ac.uk/webteam/gateway/file.php?name=essay what-is-a-word.pdf&site=1",
            "https://www.sussex.ac.uk/webteam/gateway/file.php?name=essay%20what-is-a-word.pdf&site=1",
        ),
        # Lopez & Arbel, AI Beyond the Grave, notes 175 and 179 (ssrn-2025-ai-beyond-the-grave-n146, dev): a word's
        # hyphen set apart by a PDF, and a line break after a hyphen inside a query value, which is no space in it
        (
            "https://www.uniformlaws.org/committees/community - home?CommunityKey=f7237fc4-74c2",
            "https://www.uniformlaws.org/committees/community-home?CommunityKey=f7237fc4-74c2",
        ),
        (
            "https://www.uniformlaws.org/viewdocument/x?CommunityKey=f7237fc4-74c2-4728-81c6- b39a91ecdf22&tab=docs",
            "https://www.uniformlaws.org/viewdocument/x?CommunityKey=f7237fc4-74c2-4728-81c6-b39a91ecdf22&tab=docs",
        ),
        # a word glued to the host by a comma (note 1) and a Markdown escape in the path (note 3)
        ("www.oldbaileyonline.org,version 6.0", "http://www.oldbaileyonline.org"),
        ("http://people.ischool.berkeley.edu/\\~hearst/text-mining.html", "http://people.ischool.berkeley.edu/~hearst/text-mining.html"),
        # a scheme mistyped: the colon dropped, a slash dropped, a space typed after the colon
        ("http//www.johnfoxe.org", "http://www.johnfoxe.org"),
        ("https//example.com/x/y", "https://example.com/x/y"),
        ("http:/www.example.org/a/b", "http://www.example.org/a/b"),
        ("http: //www.example.org/a", "http://www.example.org/a"),
    ],
)
def test_broken_and_scheme_less_urls_are_rejoined(printed: str, url: str) -> None:
    assert urls_of(f"Jane Doe, “A Title,” Site, May 1, 2019, {printed}.") == [url]


def test_a_query_is_joined_across_a_space_only_when_another_parameter_follows() -> None:
    assert urls_of("Site, https://example.org/file.php?name=essay Accessed May 2, 2019") == [
        "https://example.org/file.php?name=essay"
    ]


def test_the_original_spelling_stays_in_raw() -> None:
    (found,) = find_urls("see news .example.org/ today")
    assert (found.raw, found.url) == ("news .example.org/", "http://news.example.org/")


def test_prose_after_a_url_is_never_glued_on() -> None:
    assert urls_of("“T,” Site, https://example.com/a/ Accessed May 2, 2020.") == ["https://example.com/a/"]
    assert urls_of("“T,” Site, https://example.com/a - a page since taken down.") == ["https://example.com/a"]
    assert urls_of("“T,” Site, https://example.com/a/ and see also “U.”") == ["https://example.com/a/"]


def test_a_url_after_a_semicolon_belongs_to_the_citation_before_it() -> None:
    refs = parse_text(
        "1. Jane Doe, Extremism (London: Policy Exchange, 2017): 5-7; https://policyexchange.org.uk/x.pdf "
        "Accessed February 26, 2021."
    )
    (c,) = refs.notes[0].citations
    assert c.url == "https://policyexchange.org.uk/x.pdf"
    assert c.accessed == "2021-02-26"
    assert c.publisher == "Policy Exchange"


def test_an_archived_copy_is_a_checked_url_of_its_own() -> None:
    # law reviews print a Perma.cc copy after the URL (Colorado L. Rev. note 9)
    note = (
        "Noam Scheiber, Stiffing Workers on Wages Grows Worse with Recession, N.Y. TIMES (Sept. 3, 2020), "
        "https://www.nytimes.com/2020/09/03/business/economy /wage-theft-recession.html "
        "[https://perma.cc/2AMX-M3Q3]."
    )
    assert urls_of(note) == [
        "https://www.nytimes.com/2020/09/03/business/economy/wage-theft-recession.html",
        "https://perma.cc/2AMX-M3Q3",
    ]


def test_a_note_of_pure_commentary_still_has_its_urls_checked() -> None:
    assert urls_of("the figures are at http://example.org/data.csv and nowhere else.") == [
        "http://example.org/data.csv"
    ]


@pytest.mark.parametrize(
    "url",
    [
        "ftp://ftp.example.org/pub/report.txt",
        "mailto:editor@example.org",
        "javascript:void(0)",
        "data:text/html;base64,PGgxPkhpPC9oMT4=",
        "file:///C:/Users/me/report.pdf",
    ],
)
def test_unsupported_schemes_are_citations_too(url: str) -> None:
    # the resolver reports them `invalid` ("unsupported scheme"); they are never dropped here
    assert urls_of(f"Jane Doe, “A Title,” {url}.") == [url]


@pytest.mark.parametrize(
    "url",
    [
        "http://2852039166/latest/meta-data/iam/security-credentials/",
        "http://0xa9fea9fe/latest/",
        "http://localhost:8080/admin",
        "http://intranet/wiki/Policy",
        "http://[::ffff:a9fe:a9fe]/x",
    ],
)
def test_a_schemed_url_without_a_dotted_host_is_found(url: str) -> None:
    # Found so that the address guard can refuse it by name in every report (issue 13);
    # dropping it hid the citation, and its metadata-service address, from the editor.
    assert urls_of(f"Jane Doe, “A Title,” {url}, accessed March 3, 2020.") == [url]


def test_an_access_date_glued_to_the_address_is_not_part_of_it() -> None:
    # Heritage Foundation, Mandate for Leadership (2023), ch. 4 note 24, as its Markdown copy prints it
    note = "U.S. Army, “Who We Are,”https://www.army.mil/about/(accessed February 17, 2023)."
    assert urls_of(note) == ["https://www.army.mil/about/"]
    # nor the short name a citation gives itself (Keating-Bitonti, CRS R47324, note 52)
    note = ('ISA, "Protection of the Marine Environment," https://www.isa.org.jm/protection-of-the-marine-environment/'
            '(hereinafter ISA, "Protection of the Marine Environment").')  # fmt: skip
    assert urls_of(note) == ["https://www.isa.org.jm/protection-of-the-marine-environment/"]
    # a parenthesis that is the address's own stays
    assert urls_of("See https://en.wikipedia.org/wiki/Ship_(disambiguation) (accessed May 2, 2020).") == [
        "https://en.wikipedia.org/wiki/Ship_(disambiguation)"
    ]


# ---------------------------------------------------------------------------- properties

WORDS = st.sampled_from(["report", "news", "2019", "policy", "x7", "data_set", "files", "a-b", "notes", "v2"])
HOSTS = st.lists(st.sampled_from(["www", "news", "cdn", "example", "policy-lab", "gov2"]), min_size=1, max_size=3).map(
    lambda parts: ".".join([*parts, "example"])
)
TLDS = st.sampled_from(["org", "com", "gov", "net", "edu"])
PATHS = st.lists(WORDS, min_size=1, max_size=5)
PROSE = st.sampled_from(
    ["Jane Doe, “A Title,” The Site, May 1, 2019, ", "See ", "Ibid.; ", "Commentary, then ", "(London: P, 2017): 5; "]
)
AFTER = st.sampled_from([".", ". Accessed March 3, 2020.", " [archived].", ", 12.", ";", " (accessed 3 March 2020)."])


@st.composite
def printed_urls(draw: st.DrawFn) -> tuple[str, str]:
    """(the URL as printed, the URL to check)."""
    host = f"{draw(HOSTS)}.{draw(TLDS)}"
    path = draw(PATHS)
    suffix = draw(st.sampled_from(["", "/", ".html", ".pdf", "?id=3"]))
    printed_scheme, scheme = draw(
        st.sampled_from(
            [("https://",) * 2, ("http://",) * 2, ("", ""), ("ftp://",) * 2, ("http//", "http://"), ("https:/", "https://")]
        )
    )
    if not scheme and not host.startswith("www."):
        path = path or ["x"]
    url = f"{scheme or 'http://'}{host}/{'/'.join(path)}{suffix}"
    printed = f"{printed_scheme}{host}/{'/'.join(path)}{suffix}"
    breaks = draw(st.lists(st.integers(min_value=1, max_value=len(path)), max_size=2, unique=True))
    for k in sorted(breaks, reverse=True):  # a line break before a "/" (PDF wrapping), joined as a space
        parts = printed.split("/")
        j = printed_scheme.count("/") + 1 + k
        if j < len(parts):
            printed = "/".join(parts[:j]) + " /" + "/".join(parts[j:])
    return printed, url


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PROSE, printed_urls(), AFTER, st.booleans(), printed_urls())
def test_no_url_like_token_is_lost(
    before: str, first: tuple[str, str], after: str, two: bool, second: tuple[str, str]
) -> None:
    note = f"{before}{first[0]}{after}"
    expected = [first[1]]
    if two and second[1] != first[1]:
        note += f" Also {second[0]}."
        expected.append(second[1])
    assert urls_of(note) == expected


def test_a_hyphen_the_typesetter_added_inside_a_url_is_dropped_in_a_list_that_hyphenates_words() -> None:
    # GWU and Alabama (tests/parse/corpus) hyphenate words at line ends, and URLs with them
    prose = "".join(f"{k}. A long explana-\ntion of the mat-\nter, with consider-\nation.\n" for k in range(1, 4))
    refs = parse_text(
        prose + "4. Ben-Shahar, Data Driven, JOTWELL (June 13, 2018), https://con-\ntracts.jotwell.com/data-driven-\n"
        "interpretation/ [https://perma.cc/32CF-ZXT7].\n"
    )
    assert [c.url for c in refs.notes[3].citations] == [
        "https://contracts.jotwell.com/data-driven-interpretation/",  # host: added; slug: its own hyphen
        "https://perma.cc/32CF-ZXT7",
    ]


def test_a_list_that_does_not_hyphenate_keeps_a_urls_own_hyphen_at_a_line_end() -> None:
    # Colorado L. Rev. note 13 breaks its URLs after their own hyphens and hyphenates no words
    refs = parse_text(
        "1. Hanna Kozlowska, There’s a Devastating Shortage, QUARTZ (May 12, 2016), https://qz.com/681971/for-every-\n"
        "10000-poor-people-in-the-united-\nstates-theres-less [https://perma.cc/U3UC-VKXH].\n"
    )
    assert refs.notes[0].citations[0].url == "https://qz.com/681971/for-every-10000-poor-people-in-the-united-states-theres-less"


def test_a_line_end_hyphen_that_splits_a_word_the_notes_print_is_the_typesetters() -> None:
    # GWU (dev) note 36: `…-through-quan-` / `titative-methods/`, in a citation titled `… Quantitative Methods`
    refs = parse_text(
        "1. Omri Ben-Shahar, Discovering “Plain Meaning” Through Quantitative Methods, JOTWELL (June 13, 2018),\n"
        "https://contracts.jotwell.com/data-driven-interpretation-through-quan-\ntitative-methods/.\n"
        "2. Hanna Kozlowska, Shortage, QUARTZ (May 12, 2016), https://qz.com/681971/poor-people-in-the-united-\n"
        "states-theres-less.\n"
    )
    assert [n.citations[0].url for n in refs.notes] == [
        "https://contracts.jotwell.com/data-driven-interpretation-through-quantitative-methods/",
        "https://qz.com/681971/poor-people-in-the-united-states-theres-less",  # `unitedstates` is no word
    ]


@pytest.mark.parametrize(
    "text", ["https://chicagounbound.uchicago.e-du/law_and_economics/549/", "https://chicagounbound.uchicago.e-\ndu/law_and_economics/549/"]
)
def test_a_hyphen_inside_a_top_level_domain_is_not_the_addresss(text: str) -> None:
    # DePaul (dev) note 27: the PDF text prints `uchicago.e-du`; no top-level domain has a hyphen
    refs = parse_text(f"1. Working Paper No. 415 (2008), {text}.\n")
    assert refs.notes[0].citations[0].url == "https://chicagounbound.uchicago.edu/law_and_economics/549/"


def test_a_hyphen_ending_a_host_or_inside_a_posts_number_is_the_pdfs() -> None:
    # Consumer Activism, notes 90-91 (depaul-2020-consumer-activism-n51, dev): no host ends in a hyphen, and a
    # post's number is all digits, whatever the line break did to it
    assert urls_of("@Kforesti, TWITTER (Sept. 4, 2013), https://twitter.com-/Kforesti/status/375289284276006912.") == [
        "https://twitter.com/Kforesti/status/375289284276006912"
    ]
    note = "@HVSVN, TWITTER (Sept. 3, 2013, 3:46 PM), https://twitter.com/HVSVN/status/375026 96-3347304449."
    assert urls_of(note) == ["https://twitter.com/HVSVN/status/375026963347304449"]

def test_a_law_reviews_archive_link_in_brackets_is_its_own_url_and_keeps_its_broken_end() -> None:
    # Borgolini, Villanova Law Review 2021 note 7; Ribot, U. Chi. Legal Forum 2019 note 1 (dev)
    assert urls_of("BUS. INSIDER (Dec. 30, 2018), https://www.businessinsider.com/data-2018-12[https://perma.cc/67TG-BVZJ]"
                   " (listing breaches).") == ["https://www.businessinsider.com/data-2018-12", "https://perma.cc/67TG-BVZJ"]
    assert urls_of("CNN (Jan. 16, 2014), https://www.cnn.com/a/index.html [https://perma.cc/65P5-5 RDQ].") == [
        "https://www.cnn.com/a/index.html", "https://perma.cc/65P5-5RDQ",
    ]  # fmt: skip
    # outside a bracket, a capitalised word after a hyphen is prose, as before
    assert urls_of("See https://example.org/a- The report says so.") == ["https://example.org/a-"]


def test_a_slug_cut_before_its_hyphen_is_rejoined() -> None:
    # Parameters 52, no. 3 (2022), Borg, note 6: the PDF's line break fell before the slug's hyphen
    note = "Dennis Laich, “Commentary: Recruiting’s Slippery Slope,” Army Times (website), July 27, 2018, " \
        "https://www.armytimes.com/opinion/commentary/2018/07/28/recruitings-slippery -slope/."
    assert [u.url for u in find_urls(note)] == [
        "https://www.armytimes.com/opinion/commentary/2018/07/28/recruitings-slippery-slope/"
    ]
    # a hyphen-led word after a bare host is no slug
    assert [u.url for u in find_urls("https://example.org -led by")] == ["https://example.org"]


@pytest.mark.parametrize(
    ("text", "url"),
    [
        # Huron, St. Mary's L.J. 2021 (dev), notes 8 and 29: the host cut before it has a top-level domain
        ("https://hro. house.texas.gov/pdf/ba86R/HB2789.PDF", "https://hro.house.texas.gov/pdf/ba86R/HB2789.PDF"),
        ("https://www.dallas news.com/news/politics/2018/12/19/send-a-pic/", "https://www.dallasnews.com/news/politics/2018/12/19/send-a-pic/"),
        # notes 1 and 24: a capitalised path with a page's extension and a query; a file name cut inside a word
        ("https://capitol.texas.gov/ BillLookup/Text.aspx?LegSess=86R&Bill=HB2789", "https://capitol.texas.gov/BillLookup/Text.aspx?LegSess=86R&Bill=HB2789"),
        ("http://sbot.org/wp-content/uploads/2016/01/Authen tication-of-Cell-Phone-Text-Messages.pdf", "http://sbot.org/wp-content/uploads/2016/01/Authentication-of-Cell-Phone-Text-Messages.pdf"),
    ],
)  # fmt: skip
def test_a_url_a_line_break_cut_in_its_host_or_file_name_is_rejoined(text: str, url: str) -> None:
    assert urls_of(f"See Title, SITE (2019), {text} [https://perma.cc/ABCD-1234].") == [url, "https://perma.cc/ABCD-1234"]


@pytest.mark.parametrize(
    ("text", "urls"),
    [
        # the host is whole: a second address follows
        ("See https://example.com. News from www.other.org/x said so.", ["https://example.com", "http://www.other.org/x"]),
        ("See https://example.com/report See report.pdf for more.", ["https://example.com/report"]),  # no path: prose
        ("See https://example.com/a/ Accessed May 2, 2020.", ["https://example.com/a/"]),
        ("Compare http://localhost other.org/x.", ["http://localhost", "http://other.org/x"]),
    ],
)  # fmt: skip
def test_a_whole_host_or_a_finished_path_takes_no_more_words(text: str, urls: list[str]) -> None:
    assert urls_of(text) == urls


def test_a_number_in_a_path_cut_by_a_line_break_is_rejoined() -> None:
    text = "Brief, No. 22-123, https://www.supremecourt.gov/DocketPDF/22/22-123/25 7000/20230303.pdf."
    assert [f.url for f in find_urls(text)] == ["https://www.supremecourt.gov/DocketPDF/22/22-123/257000/20230303.pdf"]
    # a number after a path that prose follows is not glued
    assert [f.url for f in find_urls("See https://example.org/a/25 7000 people marched.")] == ["https://example.org/a/25"]


def test_a_slug_cut_inside_a_word_or_before_a_highlight_is_rejoined() -> None:
    # Consumer Activism note 118, AI Beyond the Grave note 128 (dev)
    text = "CNN (Apr. 10, 2018), https://www.cnn.com/2017/04/10/travel/passen ger-removed-united-flight/index.html"
    assert urls_of(text) == ["https://www.cnn.com/2017/04/10/travel/passenger-removed-united-flight/index.html"]
    text = "2015, https://www.pewresearch.org/2015/12/17/1-the-family- today/#:~:text=According%20to,reliable."
    assert urls_of(text) == ["https://www.pewresearch.org/2015/12/17/1-the-family-today/#:~:text=According%20to,reliable"]
    # Judicial Economy note 154 (colorado-2025-judicial-economy-n151, dev): a file's name going on in capitals
    text = "(2024), https://www.gwlr.org/wp-content/uploads/2024/12/92-Geo.- Wash.-L.-Rev.-1558.pdf [https://perma.cc/U]."
    assert urls_of(text)[0] == "https://www.gwlr.org/wp-content/uploads/2024/12/92-Geo.-Wash.-L.-Rev.-1558.pdf"
    assert urls_of("See https://example.org/the-report- Smith said so.") == ["https://example.org/the-report-"]
    # a word with a slash but no slug or page after an address is prose's
    assert urls_of("See https://example.org/travel/stories and/or the book.") == ["https://example.org/travel/stories"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (  # Model Articles introduction (jsh-2021-arguing-with-digital-history, dev), note 14: the article cited has no
            # address; the sentence after it points to the annotated copy, a source of its own
            '1. Edward Ayers and Scott Nesbit, "Seeing Emancipation: Scale and Freedom in the American South," Journal '
            "of the Civil War Era 1, 1 (2011), 3, 10. An annotated version of this article appears on Models of "
            "argument-driven digital history, https://model-articles.rrchnm.org/.",
            "https://model-articles.rrchnm.org/",
        ),
        (  # Methane charge (crs-2026-methane-charge, dev), note 24: a sentence broken by commas; the IPCC's address is
            # not the Federal Register rule's
            '1. See, for example, EPA, "Standards of Performance for New, Reconstructed, and Modified Sources," 86 '
            "Federal Register 63110, November 15, 2021. To support this argument, EPA cites statements from the IPCC, "
            "Sixth Assessment Report, 2021, https://www.ipcc.ch/report/ar6/wg1/#SPM.",
            "https://www.ipcc.ch/report/ar6/wg1/#SPM",
        ),
    ],
)
def test_a_sentence_of_comment_after_a_citation_gives_its_own_address(text: str, address: str) -> None:
    cited, source = parse_text(text).notes[0].citations
    assert cited.url is None and cited.title and cited.title.startswith(("Seeing Emancipation", "Standards of"))
    assert source.url == address


def test_an_archive_key_cut_after_its_hyphen_is_rejoined() -> None:
    # Breach notification (wlulr-2022-breach-notification, dev), note 38; Tax levers (ssrn-2025-tax-levers-safer-ai)
    note = "See Maria Korolov, Pressure Grows, DATA CTR. KNOWLEDGE (June 22, 2021), https://perma.cc/YDU4- WBES."
    assert [f.url for f in find_urls(note)] == ["https://perma.cc/YDU4-WBES"]
    # a key already whole takes no word after it
    assert [f.url for f in find_urls("https://perma.cc/YDU4-WBES ABCD.")] == ["https://perma.cc/YDU4-WBES"]


def test_a_path_cut_before_its_query_or_before_a_file_with_brackets_is_rejoined() -> None:
    # Payday (washu-2020-payday-n136, dev), note 162; Adminization (vanderbilt-2018-adminization-n151, dev), note 168
    note = ("STATISTICAL ABSTRACT 302 (1986), https://www.google.com/books/edition/Statistical_Abstract/R7M_0H "
            "XXZ48C?hl=en&gbpv=1&pg=PA302.")  # fmt: skip
    assert [f.url for f in find_urls(note)] == [
        "https://www.google.com/books/edition/Statistical_Abstract/R7M_0HXXZ48C?hl=en&gbpv=1&pg=PA302"]  # fmt: skip
    note = ("ANNUAL REPORT 2014, at 2 (2014), https://www.iola.org/board/Grantee%20Annual%20Report%202014- "
            "15/Annual%20Report%202014(final).pdf [https://perma.cc/F8GZ-TYUH].")  # fmt: skip
    assert [f.url for f in find_urls(note)] == [
        "https://www.iola.org/board/Grantee%20Annual%20Report%202014-15/Annual%20Report%202014(final).pdf",
        "https://perma.cc/F8GZ-TYUH"]  # fmt: skip


@pytest.mark.parametrize(
    ("note", "url"),
    [
        # gwu-2022-smart-readers-n51 n61 and n79: the typesetter's hyphen in a word the note prints whole elsewhere
        ("Anna Gat (@TheAnnaGat), TWITTER (July 4, 2020, 7:33 PM), https://twit- ter.com/TheAnnaGat/status/12795590.",
         "https://twitter.com/TheAnnaGat/status/12795590"),
        ("Emily A. Vogels, Digital Divide Persists, PEW RSCH. CTR., (June 22, 2021), https://www.pewresearch.org/fact-"
         "tank/2019/05/07/digital-di- vide-persists/.",
         "https://www.pewresearch.org/fact-tank/2019/05/07/digital-divide-persists/"),
        # depaul-2020-consumer-activism-n51 n86: no path's part opens with a hyphen
        ("United Breaks Guitars, YOUTUBE (July 6, 2009), https://www.youtube.com/- watch?v=5YGc4zOqozo.",
         "https://www.youtube.com/watch?v=5YGc4zOqozo"),
        # (a slug's own hyphen joins whole words the prose does not run together)
        ("Sarah Foster, Average Rates, CREDITCARDS.COM (May 27, 2020), https://www.creditcards.com/credit-card-news/"
         "rate- report.php.", "https://www.creditcards.com/credit-card-news/rate-report.php"),
    ],
)  # fmt: skip
def test_a_hyphen_the_line_break_added_inside_a_word_is_dropped(note: str, url: str) -> None:
    assert [f.url for f in find_urls(note)] == [url]


@pytest.mark.parametrize(
    ("note", "url"),
    [
        # Arbel & Gilbert, Truth Bounties (ssrn-2022-truth-bounties-n96, dev), note 116: the next citation's name
        (
            "Timo Koch et. al., The Effects of Warning Labels, (June 13, 2021), https://psyarxiv.com/fw3zq/;Megan "
            "Duncan, What’s in a Label?",
            "https://psyarxiv.com/fw3zq/",
        ),
        # Arbel, Nano Contracts (jolt-2024-nano-contracts-n123, dev), note 162: a bracket closed, the next word glued
        ("…-nintendo-switch-oled [https://perma.cc/ETZ6-LYM6]also Unwrapped, …", "https://perma.cc/ETZ6-LYM6"),
    ],
)
def test_a_word_glued_after_an_address_is_not_part_of_it(note: str, url: str) -> None:
    assert [f.url for f in find_urls(note)][-1] == url


@pytest.mark.parametrize(
    ("note", "url"),
    [
        # Arbel & Kaplan, Tort Reform through the Backdoor (ssrn-2016-tort-reform-backdoor-n46, dev), note 58
        (
            "Massachusetts Medical Society, Disclosure, Apology and Offer (June, 2012) "
            "http://www.massmed.org/News-and- Publications/Vital-Signs/Back-Issues/Disclosure,-Apology-and-Offer--A-"
            "New-Approach- to-Medical-Liability/.",
            "http://www.massmed.org/News-and-Publications/Vital-Signs/Back-Issues/Disclosure,-Apology-and-Offer--A-"
            "New-Approach-to-Medical-Liability/",
        ),
        # Arbel, Adminization (vanderbilt-2018-adminization-n231, dev), note 231
        (
            "Consumer Interest Division, ST. ALA. OFF. ATT’Y GEN., http://www.ago.state.al.us/Page-Consumer- "
            "Protection (last visited Oct. 23, 2017) [https://perma.cc/AYZ3-7U8J].",
            "http://www.ago.state.al.us/Page-Consumer-Protection",
        ),
        # Arbel, Adminization (vanderbilt-2018-adminization-n51, dev), note 82: an article's key after the slash
        (
            "WALL ST. J. (July 18, 2011), https://www.wsj.com/articles/ SB10001424052702303365804576433763597389214 "
            "[https://perma.cc/6FXR-295D] (describing …)",
            "https://www.wsj.com/articles/SB10001424052702303365804576433763597389214",
        ),
        # Arbel, Payday (washu-2020-payday-n136, dev), note 164: a path whose file name holds `+`
        (
            "App. B (2019), http://www.cityofchesapeake.net/Assets/documents/departments/aud "
            "it/department-audits/Payroll+Cycle+Full+Report.pdf [https://perma.cc/NVH4-4XMR].",
            "http://www.cityofchesapeake.net/Assets/documents/departments/audit/department-audits/"
            "Payroll+Cycle+Full+Report.pdf",
        ),
        # Arbel, Adminization (vanderbilt-2018-adminization-n151, dev), note 181: an ASP.NET handler's file, `.ashx`
        (
            "http://www.ncsc.org/~/media/Files/PDF/Information%20and%20Resources/Judicial%20Salary/jud "
            "icialsalaries.ashx [https://perma.cc/9AHV-WZMV]. The median salary …",
            "http://www.ncsc.org/~/media/Files/PDF/Information%20and%20Resources/Judicial%20Salary/judicialsalaries.ashx",
        ),
    ],
)
def test_a_path_cut_by_the_line_break_goes_on_in_capitals_digits_or_a_file_name(note: str, url: str) -> None:
    assert next(f.url for f in find_urls(note)) == url


def test_prose_after_an_address_ending_in_a_slash_or_a_hyphen_stays_prose() -> None:
    assert [f.url for f in find_urls("See https://example.org/a/ 2019 report (on file).")] == [
        "https://example.org/a/"
    ]
    assert [f.url for f in find_urls("At https://example.org/a- Smith said (twice).")] == ["https://example.org/a-"]


def test_a_query_value_cut_by_the_line_break_at_the_notes_end_is_rejoined() -> None:
    # Healy & Christiansen (yir-2016-anti-money-laundering, dev), note 1
    note = "WIRED (Nov. 20, 2015, 9:00 AM), http://www.wired.com/2015/11/coinbase/?mbid=soci al-twitter."
    assert [f.url for f in find_urls(note)] == ["http://www.wired.com/2015/11/coinbase/?mbid=social-twitter"]
    # (prose after the note's address goes on past it: not its rest)
    assert [f.url for f in find_urls("See http://x.org/a?b=c and more.")] == ["http://x.org/a?b=c"]


def test_two_addresses_run_together_are_two_and_an_archives_wrapped_address_is_one() -> None:
    # Dever & Dever, Information Age Imperialism (umialr-2021-information-age-imperialism, dev), note 56
    note = (
        "See https://foreignpolicy.com/2020/07/15/Uyghur-genocide-xinjiang-chinasurveillance-sterilization/"
        "https://apnews.com/269b3de1af34e17c1941a514f78d764c."
    )
    assert [f.url for f in find_urls(note)] == [
        "https://foreignpolicy.com/2020/07/15/Uyghur-genocide-xinjiang-chinasurveillance-sterilization/",
        "https://apnews.com/269b3de1af34e17c1941a514f78d764c",
    ]
    wrappers = ("https://web.archive.org/web/20200101id_/https://example.org/a", "https://archive.ph/a/https://x.org/")
    for wrapped in wrappers:
        assert [f.url for f in find_urls(f"See {wrapped} (archived).")] == [wrapped]

