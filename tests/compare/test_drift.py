"""compare_versions: intact / edited / replaced / unknown, with the evidence the report shows."""

from __future__ import annotations

import dataclasses

import pytest

from checker.compare import DriftThresholds, compare_versions, diff_paragraphs, extract, fingerprint, measure
from checker.compare.drift import known_of
from checker.models import Drift, PageMetadata

PARAS = [
    f"Paragraph {i}: Tokyo and Moscow discussed the islands, the treaty and the visit in meeting number {i}, "
    f"officials said, adding that talks would continue next month in a different capital city {i}."
    for i in range(12)
]


def meta(paragraphs: list[str], title: str = "Japan and Russia Talk") -> PageMetadata:
    return PageMetadata(title=title, text="\n".join(paragraphs))


@pytest.fixture
def cited(fixture_page):
    return extract(fixture_page("article_cited.html"))


# --------------------------------------------------------------------------- the four fixture pages


def test_only_navigation_ads_date_widget_and_markup_changed_is_intact(cited, fixture_page):
    today = extract(fixture_page("article_chrome_changed.html"))
    result = compare_versions(cited, today, cited_label="20150911093000")
    assert result.drift is Drift.INTACT
    assert result.score is not None and result.score >= 0.97
    assert (result.added, result.removed) == ((), ())
    assert result.compared_with == "live"
    known = known_of(cited, today)
    assert result.fingerprint == fingerprint(today.text, known) == fingerprint(cited.text, known)
    assert "2015-09-11" in result.reason


def test_lightly_edited_article_is_edited_with_the_changed_paragraphs(cited, fixture_page):
    today = extract(fixture_page("article_edited.html"))
    result = compare_versions(cited, today)
    assert result.drift is Drift.EDITED
    assert result.score is not None and 0.5 < result.score < 0.97
    assert any("seized by Soviet forces" in p for p in result.removed)
    assert any("at least two of the four islands" in p for p in result.added)
    assert any(p.startswith("Correction:") for p in result.added)
    # Unchanged paragraphs stay out of the diff view.
    assert not any("Sea of Okhotsk" in p for p in result.added + result.removed)


def test_different_article_at_the_same_url_is_replaced(cited, fixture_page):
    today = extract(fixture_page("article_replaced.html"))
    result = compare_versions(cited, today)
    assert result.drift is Drift.REPLACED
    assert result.score is not None and result.score < 0.2
    assert "title differs" in result.reason


def test_no_capture_of_the_cited_version_is_unknown_and_says_why(fixture_page):
    today = extract(fixture_page("article_cited.html"))
    result = compare_versions(None, today)
    assert result.drift is Drift.UNKNOWN
    assert result.reason == "no capture of the cited version"
    assert result.score is None
    assert result.fingerprint == fingerprint(today.text, known_of(today))  # still stored, for the next run


def test_todays_page_without_main_text_is_unknown(cited, fixture_page):
    shell = extract(fixture_page("app_shell.html"))
    result = compare_versions(cited, shell)
    assert result.drift is Drift.UNKNOWN
    assert "today's page has no main text" in result.reason  # its only line, "Loading…", is its title
    assert compare_versions(cited, PageMetadata()).reason == "today's page has no main text"
    assert compare_versions(cited, None).reason == "today's page could not be read"
    assert compare_versions(PageMetadata(), cited).reason == "the cited version has no main text"


# --------------------------------------------------------------------------- dead pages, labels


def test_dead_page_compared_with_the_last_capture_before_death(cited, fixture_page):
    last = extract(fixture_page("article_chrome_changed.html"))
    result = compare_versions(cited, last, cited_label="20150911093000", today_label="20230501120000")
    assert result.drift is Drift.INTACT
    # The pipeline prefixes "dead today; last seen intact on …"; the reason names both versions.
    assert result.reason.startswith("the capture of 2023-05-01 matches the cited version (the capture of 2015-09-11)")
    assert result.compared_with == "20230501120000"


# --------------------------------------------------------------------------- thresholds


def test_whitespace_case_and_punctuation_churn_is_intact():
    churned = [p.upper().replace(",", " ,").replace(" ", "  ") for p in PARAS]
    assert compare_versions(meta(PARAS), meta(churned)).drift is Drift.INTACT


def test_one_changed_word_is_edited(cited):
    fixed = dataclasses.replace(cited, text=cited.text.replace("corvettes", "corvetes"))
    result = compare_versions(cited, fixed)
    assert result.drift is Drift.EDITED and result.changed_sentences == 1
    assert "1 sentence changed" in result.reason
    (changed,) = result.removed  # the diff view shows the changed paragraph
    assert "corvettes" in changed


def test_one_changed_sentence_in_twelve_paragraphs_is_edited():
    edited = list(PARAS)
    edited[5] = "Paragraph 5: the ministry denied that any meeting took place, contradicting earlier reports."
    result = compare_versions(meta(PARAS), meta(edited))
    assert result.drift is Drift.EDITED
    assert result.removed == (PARAS[5],) and result.added == (edited[5],)


def test_word_count_collapse_is_replaced_but_a_cut_is_edited():
    error_page = ["Sorry, the page you requested could not be found on this server. Try the search box or "
                  "return to the home page to continue browsing our latest news and analysis."]
    assert compare_versions(meta(PARAS), meta(error_page, title="Not found")).drift is Drift.REPLACED
    paywalled = PARAS[:2]  # today's page shows only the first paragraphs
    result = compare_versions(meta(PARAS), meta(paywalled))
    assert result.drift is Drift.EDITED
    assert "cut or paywalled" in result.reason


def test_same_title_with_rewritten_text_is_edited_not_replaced():
    rewritten = [f"In session {i} the two delegations reviewed fishing quotas, visa rules and cultural exchanges "
                 f"before adjourning without any statement on sovereignty or a summit date {i}." for i in range(12)]
    same_title = compare_versions(meta(PARAS), meta(rewritten))
    other_title = compare_versions(meta(PARAS), meta(rewritten, title="Fishing Quotas Agreed"))
    assert same_title.drift is Drift.EDITED and "rewritten" in same_title.reason
    assert other_title.drift is Drift.REPLACED


def test_thresholds_are_configurable():
    edited = list(PARAS)
    edited[5] = "Paragraph 5: the ministry denied that any meeting took place, contradicting earlier reports."
    lax = DriftThresholds(intact_changed_sentences=1)
    assert compare_versions(meta(PARAS), meta(edited), thresholds=lax).drift is Drift.INTACT


def test_measures_are_symmetric_in_score_and_bounded():
    m1 = measure("\n".join(PARAS), "\n".join(PARAS[:6]))
    m2 = measure("\n".join(PARAS[:6]), "\n".join(PARAS))
    assert m1.score == m2.score
    assert 0.0 <= m1.score <= 1.0 and 0.0 <= m1.cosine <= 1.0 + 1e-9
    assert m1.survival < 1.0 and m1.addition == 1.0


def test_diff_view_is_bounded_in_count_and_length():
    t = DriftThresholds(max_diff_paragraphs=3, max_paragraph_chars=50)
    added, removed = diff_paragraphs("\n".join(PARAS), "\n".join(p[::-1] for p in PARAS), t)
    assert len(added) == 4 and added[-1] == "… and 9 more paragraph(s)"
    assert all(len(p) <= 50 for p in added[:3]) and added[0].endswith("…")
    assert len(removed) == 4


def test_comparison_is_a_frozen_record():
    result = compare_versions(meta(PARAS), meta(PARAS))
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.drift = Drift.EDITED  # type: ignore[misc]
