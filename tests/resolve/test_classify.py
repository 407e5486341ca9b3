"""Pure classification rules: home pages, section pages, error-page cues."""

from __future__ import annotations

import pytest

from checker.resolve.classify import is_homepage
from checker.resolve.soft404 import PageText, error_cue, probe_key, probe_url


@pytest.mark.parametrize(("original", "final", "expected"), [
    ("http://a.org/news/2015/12/story", "http://a.org/", "the site's home page"),
    ("http://a.org/news/2015/12/story", "https://www.a.org/index.html", "the site's home page"),
    ("http://a.org/news/2015/12/story", "https://sold-domain.com/", "the site's home page"),
    ("http://a.org/world/story-slug", "http://a.org/world/", "a parent section page"),
    ("http://a.org/news/europe/russia/story", "http://a.org/news/europe/", "a parent section page"),
    ("http://a.org/article/12345/slug", "http://a.org/article/12345", None),  # canonical, same document
    ("http://a.org/2015/12/story.html", "http://a.org/2015/12/story/", None),
    ("http://a.org/", "https://www.a.org/", None),  # a cited home page landing on one is fine
    ("http://a.org/story", "http://b.org/new-home-of/story", None),
])
def test_homepage_and_section_redirects(original: str, final: str, expected: str | None) -> None:
    assert is_homepage(final, original) == expected


@pytest.mark.parametrize(("title", "is_error"), [
    ("Page not found", True),
    ("404 Not Found", True),
    ("Error 404 | The Gazette", True),
    ("Not Found", True),
    ("The Gazette – Not Found", True),
    ("Sorry, the page you requested does not exist", True),
    ("This article is no longer available", True),
    ("Lost and Not Found: a memoir", False),
    ("The 404 page as an art form", False),
    ("Sino-Russian relations and the failure of Russo-Japanese relations", False),
])
def test_error_cues_fire_only_on_strong_phrases(title: str, is_error: bool) -> None:
    assert (error_cue(PageText(title, "", "")) is not None) is is_error


def test_probe_is_a_random_sibling_keeping_extension_and_slash() -> None:
    a, b = probe_url("http://a.org/news/2015/story.html"), probe_url("http://a.org/news/2015/story.html")
    assert a != b and a.startswith("http://a.org/news/2015/") and a.endswith(".html")
    assert len(a.rsplit("/", 1)[1]) == 25 + len(".html")
    assert probe_url("http://a.org/news/story/").endswith("/") and probe_url("http://a.org/news/story/").count("/") == 5
    assert probe_key("http://a.org/news/2015/story.html") == probe_key("http://a.org/news/2015/other?x=1")


def test_different_titles_are_different_pages_even_on_a_templated_site() -> None:
    from checker.resolve.soft404 import ProbeResult, judge

    body = "Header Menu Search " * 20
    real = PageText("Russia and Japan sign a fisheries accord", "", body)
    probe = ProbeResult("http://a.org/news/xyz", 200, "http://a.org/news/xyz",
                        PageText("The Gazette: latest news", "", body))
    assert judge("http://a.org/news/story", real, probe, requested="http://a.org/news/story") is None
    same_title = ProbeResult(probe.url, 200, probe.final_url, PageText(real.title, "", body))
    assert judge("http://a.org/news/story", real, same_title, requested="http://a.org/news/story")
