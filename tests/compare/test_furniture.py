"""Page furniture is not article text: a redesign that only moves it leaves a page intact."""

from __future__ import annotations

import dataclasses

import pytest

from checker.compare import compare_versions, extract
from checker.compare.furniture import Known, furniture_reason
from checker.models import Drift

KNOWN = Known.of(["Prashanth Parameswaran", "Jane Doe", "Kyodo"], ["Japan Wary of Rising Russian Threat"],
                 ["The Diplomat"])


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("By Jane Doe", "byline"),
        ("JANE DOE, senior staff writer", "byline"),
        ("TAKUYA SUZUKI, Staff Writer", "byline"),  # an author the metadata does not name
        ("Prashanth Parameswaran in Washington | September 10, 2015", "byline"),
        ("Prashanth Parameswaran is a senior editor at The Diplomat.", "author bio"),
        ("Copyright 2015 The Asahi Shimbun Company. All rights reserved.", "rights"),
        ("© 2015 The Diplomat", "rights"),
        ("September 10, 2015", "dateline"),
        ("TOKYO, Sept. 10, 2015", "dateline"),
        ("Updated 5 minutes ago", "dateline"),
        ("Facebook Twitter LinkedIn Email Print", "widget"),
        ("Share this article", "widget"),
        ("Related: Japan Russia Island Dispute Heats Up", "related"),
        ("Read more", "related"),
        ("Sign up for our newsletter: the week’s stories, every Friday.", "prompt"),
        ("Shinzo Abe in Tokyo. Photo: Kyodo", "photo credit"),
        ("(AP Photo/Eugene Hoshiko)", "photo credit"),
        ("The Diplomat", "site name"),
        ("Diplomat", None),  # not the site's name as the metadata spells it
        ("Japan Wary of Rising Russian Threat", "headline"),
        ("Tags: Russia, Japan, Kuril Islands", "widget"),
    ],
)
def test_furniture_lines_are_named_with_their_reason(line, reason):
    assert furniture_reason(line, KNOWN) == reason


@pytest.mark.parametrize(
    "line",
    [
        # Article sentences that only mention what a rule looks for.
        "Jane Doe, the ministry's spokeswoman, said the talks would resume in Moscow next week after the holidays.",
        "The newsletter of the Russian embassy claimed that the islands had been Russian since 1945, "
        "a claim that Tokyo has always rejected and that historians dispute.",
        "Critics say the copyright law passed by the Duma in 2015 gives the state broad powers over foreign media.",
        "By the end of the year, Moscow had deployed new air defense systems on two of the islands.",
        "Officials in Tokyo said the talks had produced no agreement on the timing of the visit.",
        # An organisation as author (Kyodo) and a short sentence of the story that names it.
        "TOKYO (Kyodo) -- Japan protested on Friday.",
    ],
)
def test_article_sentences_are_kept(line):
    assert furniture_reason(line, KNOWN) is None


def test_a_redesign_that_moves_furniture_into_the_article_is_intact(fixture_page):
    """article_redesigned.html: article_cited.html's text in a 2023 layout whose byline, date,
    share bar, photo credit, related link, prompts, author bio and rights line are plain lines
    inside the article block."""
    cited = extract(fixture_page("article_cited.html"))
    today = extract(fixture_page("article_redesigned.html"))
    result = compare_versions(cited, today)
    assert result.drift is Drift.INTACT, result.reason
    reasons = {why for side, _, why in result.ignored if side == "today"}
    assert {"byline", "rights", "dateline", "widget", "related", "prompt", "photo credit", "site name",
            "author bio"} <= reasons
    assert "furniture lines not counted" in result.reason


def test_one_changed_word_after_a_redesign_is_edited(fixture_page):
    cited = extract(fixture_page("article_cited.html"))
    today = extract(fixture_page("article_redesigned.html"))
    changed = dataclasses.replace(today, text=today.text.replace("hundreds of times", "dozens of times"))
    result = compare_versions(cited, changed)
    assert result.drift is Drift.EDITED and result.changed_sentences == 1
    (removed,) = result.removed
    assert "hundreds of times" in removed


def test_a_correction_appended_is_edited(fixture_page):
    cited = extract(fixture_page("article_cited.html"))
    today = extract(fixture_page("article_redesigned.html"))
    corrected = dataclasses.replace(
        today, text=today.text + "\nCorrection: An earlier version of this article misstated the year of the sanctions."
    )
    result = compare_versions(cited, corrected)
    assert result.drift is Drift.EDITED
    assert result.added == ("Correction: An earlier version of this article misstated the year of the sanctions.",)


def test_furniture_elements_are_dropped_before_the_main_text_is_read(fixture_page):
    """The Diplomat's newsletter box (class newsletter-signup) carried a sentence trafilatura kept."""
    cited = extract(fixture_page("article_cited.html"))
    assert "Get briefed on the story of the week" not in cited.text
    assert "Japan’s former defense minister warned on Thursday" in cited.text


def test_a_headline_change_alone_is_intact_and_said(fixture_page):
    cited = extract(fixture_page("article_cited.html"))
    retitled = dataclasses.replace(cited, title="Former Defense Minister Warns of Russian Buildup Near Japan")
    result = compare_versions(cited, retitled)
    assert result.drift is Drift.INTACT
    assert "headline changed: “Japan Wary of Rising Russian Threat: Ex-Defense Minister” -> “Former" in result.reason
