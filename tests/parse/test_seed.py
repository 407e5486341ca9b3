"""The seed article, pinned: what the parser must get right on real Chicago notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.models import Citation, CitationKind, Note, References
from checker.parse import parse_article

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "articles" / "sino-russian-relations-and-the-failure-of-russo-japanese-relations.txt"


@pytest.fixture(scope="module")
def refs() -> References:
    return parse_article(SEED)


def note(refs: References, number: int) -> Note:
    (found,) = [n for n in refs.notes if n.number == number]
    return found


def cit(refs: References, number: int, index: int = 0) -> Citation:
    return note(refs, number).citations[index]


def test_sixty_two_notes_in_order(refs: References) -> None:
    assert [n.number for n in refs.notes] == list(range(1, 63))


def test_article_metadata_comes_from_the_sidecar(refs: References) -> None:
    assert refs.article.title == "Sino-Russian Relations and the Failure of Russo-Japanese Relations"
    assert refs.article.publication == "The Asan Forum"
    assert refs.article.date == "2015-12"
    assert refs.article.source == str(SEED)


def test_twenty_six_distinct_urls_each_exactly_as_cited(refs: References) -> None:
    urls = {c.url for _, c in refs.citations() if c.url}
    assert len(urls) == 26
    text = SEED.read_text(encoding="utf-8")
    for url in urls:
        assert url in text, url  # verbatim: nothing added, nothing normalised
        assert not url.endswith((".", ",", ";"))


def test_fragment_kept_in_the_url_and_known_separately(refs: References) -> None:
    c = cit(refs, 11)
    assert c.url is not None and c.url.endswith("/#.Vnczn_krKM8")
    assert c.fragment == ".Vnczn_krKM8"
    assert c.url_without_fragment == (
        "http://www.japantimes.co.jp/news/2015/08/25/national/politics-diplomacy/"
        "japan-says-russian-officials-suicide-remark-unproductive/"
    )


def test_addthis_fragment_gives_an_inferred_access_date_never_accessed(refs: References) -> None:
    c = cit(refs, 11)
    assert c.accessed_inferred == "2015-12-20"  # 0x5677339f
    assert c.accessed is None


@pytest.mark.parametrize(
    ("number", "count"),
    [(4, 2), (6, 2), (13, 2), (14, 2), (30, 2), (31, 4), (32, 3), (35, 2), (37, 2), (41, 2), (56, 2),
     (58, 2), (61, 2), (62, 2)],
)  # fmt: skip
def test_notes_with_several_citations_are_split(refs: References, number: int, count: int) -> None:
    assert len(note(refs, number).citations) == count


def test_single_citation_notes_are_not_split(refs: References) -> None:
    multi = {4, 6, 13, 14, 15, 16, 30, 31, 32, 35, 37, 41, 56, 58, 61, 62}
    for n in refs.notes:
        if n.number not in multi:
            assert len(n.citations) == 1, (n.number, n.citations)


def test_semicolon_inside_closing_quote_splits_without_cutting_the_title(refs: References) -> None:
    first, second = note(refs, 37).citations
    assert first.raw == "Parameswaran, “Japan Wary of Rising Russian Threat;”"
    assert second.raw == "Ko Hirano, “Abe Quandary.”"


@pytest.mark.parametrize("number", [15, 16])
def test_ibid_chain_resolves_to_note_14s_citations(refs: References, number: int) -> None:
    n14 = note(refs, 14)
    cits = note(refs, number).citations
    assert [c.title for c in cits] == [c.title for c in n14.citations]
    assert all(c.ibid and c.refers_to == 14 and c.raw == "Ibid." for c in cits)


@pytest.mark.parametrize(("number", "target"), [(21, 20), (22, 20), (55, 54)])
def test_ibid_resolves_and_inherits_the_url(refs: References, number: int, target: int) -> None:
    c = cit(refs, number)
    assert c.ibid and c.refers_to == target
    assert c.url == cit(refs, target).url and c.url is not None


def test_ibid_with_pinpoint_page(refs: References) -> None:
    c = cit(refs, 40)
    assert c.ibid and c.refers_to == 39 and c.pages == "12"
    assert c.title == cit(refs, 39).title


def test_ibid_then_see_also(refs: References) -> None:
    ibid, other = note(refs, 41).citations
    assert ibid.ibid and ibid.refers_to == 39
    assert other.authors == ("Mikhail Barabanov",)
    assert other.title == "China’s Military Modernization: The Russian Factor"
    assert other.container == "Moscow Defense Brief" and other.volume == "18" and other.issue == "4"
    assert not other.ibid and other.refers_to is None


def test_ibid_then_a_new_citation(refs: References) -> None:
    ibid, rozman = note(refs, 56).citations
    assert ibid.ibid and ibid.refers_to == 54 and ibid.url == cit(refs, 54).url
    assert rozman.authors == ("Gilbert Rozman",) and rozman.issue == "5"


@pytest.mark.parametrize(
    ("number", "index", "target", "target_index"),
    [(17, 0, 13, 1), (24, 0, 20, 0), (28, 0, 26, 0), (37, 0, 13, 0), (37, 1, 13, 1), (44, 0, 39, 0),
     (50, 0, 42, 0), (51, 0, 43, 0), (62, 0, 56, 1)],
)  # fmt: skip
def test_short_forms_resolve_to_the_full_citation(
    refs: References, number: int, index: int, target: int, target_index: int
) -> None:
    c = cit(refs, number, index)
    full = cit(refs, target, target_index)
    assert c.short_form and not c.ibid and not c.unresolved
    assert c.refers_to == target
    assert c.title == full.title and c.url == full.url and c.authors == full.authors


def test_short_form_inherits_url_and_keeps_what_was_written(refs: References) -> None:
    c = cit(refs, 17)
    assert c.raw == "Ko Hirano, “Abe Quandary.”"
    assert c.url is not None and "abe-quandary" in c.url


def test_short_form_keeps_its_own_pinpoint(refs: References) -> None:
    assert cit(refs, 28).pages == "317"
    assert cit(refs, 26).pages == "318"
    assert cit(refs, 44).pages == "38"


def test_nothing_is_left_unresolved_in_the_seed(refs: References) -> None:
    assert not [(n.number, c.raw) for n, c in refs.citations() if c.unresolved]


def test_note_13_keeps_its_date_and_its_url_that_disagree(refs: References) -> None:
    c = cit(refs, 13, 1)
    assert c.date == "September 11, 2015" and c.date_iso == "2015-09-11"
    assert c.url is not None and "/2015/06/09/" in c.url


def test_note_19_keeps_the_asan_shimbun_as_written(refs: References) -> None:
    assert cit(refs, 19).container == "The Asan Shimbun"


def test_note_49_title_without_closing_quote(refs: References) -> None:
    c = cit(refs, 49)
    assert c.title == "Alarm over China’s S-400 Acquisition is Premature"
    assert c.container == "The Diplomat" and c.date_iso == "2015-04-22"
    assert c.url == "http://thediplomat.com/2015/04/alarm-over-chinas-s-400-acquisition-is-premature/"
    assert any(w.startswith("note 49:") and "closing quote" in w for w in refs.warnings)


def test_news_fields(refs: References) -> None:
    c = cit(refs, 1)
    assert c.kind is CitationKind.NEWS
    assert c.authors == ("Justin McCurry",)
    assert c.title == "Vladimir Putin’s Visit to Japan Postponed Indefinitely"
    assert c.container == "The Guardian"
    assert (c.date, c.date_iso) == ("October 15, 2015", "2015-10-15")


def test_and_joined_authors(refs: References) -> None:
    assert cit(refs, 5).authors == ("Hideki Soejima", "Akiyoshi Komaki")
    assert cit(refs, 26).authors == ("Pavel K. Baev", "Stein Toenesson")


def test_journal_fields(refs: References) -> None:
    c = cit(refs, 35, 1)
    assert c.kind is CitationKind.JOURNAL
    assert (c.container, c.volume, c.issue, c.pages) == ("Korean Journal of Defense Analysis", "5", "1", "141-164")
    assert c.date == "Spring/Summer 1993" and c.date_iso == "1993"


def test_book_fields(refs: References) -> None:
    c = cit(refs, 29)
    assert c.kind is CitationKind.BOOK
    assert c.authors == ("Stylianos A. Sotiriou",)
    assert c.title == "Russian Energy Strategy in the European Union, the Former Soviet Union Region, and China"
    assert (c.place, c.publisher, c.year, c.pages) == ("Lanham, MD", "Lexington Books", "2015", "4")


def test_remarks_share_one_imprint(refs: References) -> None:
    togo, streltsov = note(refs, 14).citations
    for c in (togo, streltsov):
        assert c.kind is CitationKind.REMARKS and c.date_iso == "2015-11-16"
    assert togo.authors == ("Kazuhiko Togo",) and streltsov.authors == ("Dmitri Streltsov",)


@pytest.mark.parametrize(
    ("number", "index", "kind"),
    [(6, 0, CitationKind.WIRE), (6, 1, CitationKind.WIRE), (27, 0, CitationKind.REPORT),
     (32, 0, CitationKind.PERSONAL), (34, 0, CitationKind.OFFICIAL), (38, 0, CitationKind.OFFICIAL),
     (57, 0, CitationKind.OFFICIAL), (61, 0, CitationKind.REMARKS), (61, 1, CitationKind.JOURNAL)],
)  # fmt: skip
def test_kinds(refs: References, number: int, index: int, kind: CitationKind) -> None:
    assert cit(refs, number, index).kind is kind


def test_context_is_the_citing_sentence(refs: References) -> None:
    assert note(refs, 1).context is not None
    assert note(refs, 1).context.startswith("Was failure nearly inevitable")  # type: ignore[union-attr]
    assert note(refs, 1).context.endswith("southern Kuril Islands?")  # type: ignore[union-attr]
    assert note(refs, 3).context.endswith("four Arctic bases")  # type: ignore[union-attr]
    # marker after a closing parenthesis and comma: "(… in 2017),42"
    assert note(refs, 42).context.endswith("possession of it in 2017),")  # type: ignore[union-attr]
    # two markers in one sentence: the second context starts after the first marker
    assert note(refs, 13).context.startswith("Japan’s scrambling of its jets")  # type: ignore[union-attr]


def test_every_note_has_a_context_without_markers_or_furniture(refs: References) -> None:
    for n in refs.notes:
        assert n.context, n.number
        assert "EMAIL" not in n.context and "Now Reading" not in n.context


def test_page_furniture_is_not_a_note(refs: References) -> None:
    assert "Now Reading" not in note(refs, 62).text
    assert all("EMAIL" not in n.text for n in refs.notes)


def test_only_expected_warnings(refs: References) -> None:
    assert refs.warnings == ("note 49: title has no closing quote",)
