"""False "dead" verdicts: live sources that a careless checker would call dead.

Calling a live source dead is the worst mistake this tool can make (an editor then
replaces a good citation), so each trap the audit found has a route in the zoo and
a test here. Each test names the trap and the verdict a reader would agree with.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import Any

import pytest

from checker.config import Config
from checker.models import LinkCheck, Verdict
from checker.resolve import Resolver
from checker.resolve.fetch import without_root_dot
from tests.fixtures.zoo import article, template_page

RUN = uuid.uuid4().hex[:8]


def TODO(trap: str) -> pytest.MarkDecorator:
    """A trap found by the audit and not fixed yet: the test must fail until it is."""
    return pytest.mark.xfail(strict=True, reason=f"false-dead audit: {trap} not fixed yet")


def check(cfg: Config, url: str) -> LinkCheck:
    with Resolver(cfg) as r:
        return r.check_all([url]).checks[url]


# ---------------------------------------------------------------------------- bot filters


@pytest.mark.parametrize(("code", "front"), [(503, "plain"), (404, "front"), (503, "front"), (500, "front")])
def test_a_front_that_refuses_bots_but_serves_browsers_is_alive(
    code: int, front: str, zoo: Any, cfg: Callable[..., Config]
) -> None:
    url = zoo.url(f"/ua-filter/{code}/{front}/story-{RUN}")
    result = check(cfg(), url)
    assert result.verdict is Verdict.OK, result
    assert "browser" in result.reason and str(code) in result.reason
    agents = [h["User-Agent"] for h in zoo.requests_to(f"/ua-filter/{code}/{front}/story-{RUN}")]
    assert agents[0].startswith("cite-checker/") and agents[-1].startswith("Mozilla/")


def test_a_front_that_hangs_up_on_bots_is_alive(zoo: Any, cfg: Callable[..., Config]) -> None:
    result = check(cfg(retries=0), zoo.url(f"/ua-tarpit/story-{RUN}"))
    assert result.verdict is Verdict.OK, result
    assert "as a browser" in result.reason and "connection reset" in result.reason


def test_a_refused_connection_is_not_retried_as_a_browser(zoo: Any, cfg: Callable[..., Config]) -> None:
    result = check(cfg(retries=0), zoo.dead_url("/story"))
    assert result.verdict is Verdict.UNREACHABLE and result.attempts == 1


def test_a_plain_404_is_not_retried_as_a_browser(zoo: Any, cfg: Callable[..., Config]) -> None:
    # An origin's own 404 (no bot-filtering front in front of it) does not depend on the
    # User-Agent: asking again would only double the requests to dead links.
    path = f"/ua-filter/404/plain/story-{RUN}"
    result = check(cfg(), zoo.url(path))
    assert result.verdict is Verdict.GONE
    assert len(zoo.requests_to(path)) == 1


def test_a_403_stays_blocked_without_a_browser_attempt(zoo: Any, cfg: Callable[..., Config]) -> None:
    path = f"/ua-filter/403/front/story-{RUN}"
    result = check(cfg(), zoo.url(path))
    assert result.verdict is Verdict.BLOCKED  # not dead anyway: no need to pose as a browser
    assert len(zoo.requests_to(path)) == 1


def test_browser_attempt_can_be_switched_off(zoo: Any, cfg: Callable[..., Config]) -> None:
    result = check(cfg(browser_user_agent=""), zoo.url(f"/ua-filter/503/plain/off-{RUN}"))
    assert result.verdict is Verdict.SERVER_ERROR


# ---------------------------------------------------------------------------- odd answers


def test_a_404_that_serves_the_full_article_is_not_gone(zoo: Any, cfg: Callable[..., Config]) -> None:
    path = f"/404-article/world/a-full-story-{RUN}"
    zoo.add_page(path, article("a full story"), status=404)
    result = check(cfg(), zoo.url(path))
    assert result.verdict is Verdict.OK, result
    assert "HTTP 404" in result.reason and result.page is not None and result.page.status == 404


def test_a_404_with_a_long_error_page_is_still_gone(zoo: Any, cfg: Callable[..., Config]) -> None:
    # The same CMS's error page, however long, is the error page: the probe gets it too.
    assert check(cfg(), zoo.url(f"/long-404/world/gone-{RUN}")).verdict is Verdict.GONE


def test_a_404_error_page_is_still_gone(zoo: Any, cfg: Callable[..., Config]) -> None:
    assert check(cfg(), zoo.url(f"/world/missing-{RUN}")).verdict is Verdict.GONE


def test_cookie_gated_redirect_to_itself(zoo: Any, cfg: Callable[..., Config]) -> None:
    result = check(cfg(), zoo.url(f"/cookie-gate/story-{RUN}"))
    assert result.verdict is Verdict.OK, result


def test_cookies_stay_with_their_own_url(zoo: Any, cfg: Callable[..., Config]) -> None:
    # One URL's cookie gate must not open (or taint) the next URL's chain.
    first, second = f"/cookie-gate/one-{RUN}", f"/echo-headers?{RUN}"
    with Resolver(cfg(concurrency=1)) as r:
        r.check_all([zoo.url(first)])
        r.check_all([zoo.url(second)])
    assert "Cookie" not in zoo.requests_to("/echo-headers")[-1]


def test_chunked_body_broken_after_enough_text_is_alive(zoo: Any, cfg: Callable[..., Config]) -> None:
    path = f"/chunked-break/story-{RUN}"
    result = check(cfg(), zoo.url(path))
    assert result.verdict is Verdict.OK, result
    assert result.page is not None and b"<title>Story" in result.page.body
    assert len(zoo.requests_to(path)) == 1  # a 200 with the page in hand is not retried


def test_a_retry_that_gets_no_answer_does_not_undo_a_200(zoo: Any, cfg: Callable[..., Config]) -> None:
    result = check(cfg(), zoo.url(f"/break-then-reset?id={RUN}"))
    assert result.verdict is Verdict.OK, result
    assert result.attempts == 3 and "broke off" in result.reason


def test_a_single_500_is_not_a_persistent_server_error(zoo: Any, cfg: Callable[..., Config]) -> None:
    result = check(cfg(), zoo.url(f"/once/500?id={RUN}"))
    assert result.verdict is Verdict.OK, result
    assert result.attempts == 2


def test_a_persistent_500_is_asked_twice_only(zoo: Any, cfg: Callable[..., Config]) -> None:
    result = check(cfg(retries=3), zoo.url(f"/status/500?persistent={RUN}"))
    assert result.verdict is Verdict.SERVER_ERROR and result.attempts == 2


def test_http10_without_content_length(zoo: Any, cfg: Callable[..., Config]) -> None:
    result = check(cfg(), zoo.url(f"/http10/story-{RUN}"))
    assert result.verdict is Verdict.OK, result
    assert result.page is not None and b"</html>" in result.page.body


@pytest.mark.parametrize("encoding", ["br", "zstd"])
def test_undecodable_content_encoding_is_not_dead(encoding: str, zoo: Any, cfg: Callable[..., Config]) -> None:
    # The zoo sends the same compressed-looking bytes for every page, so read as text the
    # page and the soft-404 probe look alike: such a body must not be judged at all.
    result = check(cfg(), zoo.url(f"/encoded/{encoding}/story-{RUN}"))
    assert result.verdict is Verdict.OK, result
    assert "cannot decode" in result.reason and result.page is None


def test_slower_than_read_timeout_once_then_fine(zoo: Any, cfg: Callable[..., Config]) -> None:
    result = check(cfg(read_timeout=0.5), zoo.url(f"/slow-once/1?id={RUN}"))
    assert result.verdict is Verdict.OK, result
    assert result.attempts == 2


# ---------------------------------------------------------------------------- addresses


@pytest.mark.parametrize(("url", "sent"), [
    ("http://example.org./a.", "http://example.org/a."),
    ("https://User:pw@News.Example.ORG.:8443/x?q=1", "https://User:pw@News.Example.ORG:8443/x?q=1"),
    ("http://example.org/x", "http://example.org/x"),
    ("http://[::1]:80/x", "http://[::1]:80/x"),
])
def test_the_root_dot_is_dropped_and_nothing_else(url: str, sent: str) -> None:
    assert without_root_dot(url) == sent


def test_a_cited_url_with_a_root_dot(zoo: Any, cfg: Callable[..., Config]) -> None:
    url = f"http://localhost.:{zoo.netloc(0).rsplit(':', 1)[1]}/page/dotted-{RUN}"
    assert check(cfg(), url).verdict is Verdict.OK


@pytest.mark.parametrize("variant", ["upper", "dot"])
def test_redirect_to_an_odd_spelling_of_the_same_host(variant: str, zoo: Any, cfg: Callable[..., Config]) -> None:
    result = check(cfg(), zoo.url(f"/redirect-host/{variant}/page/odd-host-{RUN}"))
    assert result.verdict in (Verdict.OK, Verdict.REDIRECTED), result
    assert not result.verdict.is_dead


@pytest.mark.parametrize(("cited", "sent"), [
    ("/echo-path/caf%C3%A9-story", "/echo-path/caf%C3%A9-story"),
    ("/echo-path/a%2Fb%20c", "/echo-path/a%2Fb%20c"),
    ("/echo-path/café-story", "/echo-path/caf%C3%A9-story"),
    ("/echo-path/q?x=1%2B1&y=%E2%80%99", "/echo-path/q?x=1%2B1&y=%E2%80%99"),
])
def test_paths_are_sent_as_cited_never_double_encoded(
    cited: str, sent: str, zoo: Any, cfg: Callable[..., Config]
) -> None:
    result = check(cfg(), zoo.url(cited))
    assert result.verdict is Verdict.OK and result.page is not None
    assert f"<title>{sent.replace('&', '&amp;')}</title>".encode() in result.page.body


def test_an_idn_host_is_sent_as_punycode_and_its_path_as_cited(
    zoo: Any, zoo_proxy: Any, cfg: Callable[..., Config], monkeypatch: pytest.MonkeyPatch
) -> None:
    # bücher.zoo.test exists only in the proxy's DNS, as an external name behind a proxy.
    monkeypatch.setenv("HTTP_PROXY", zoo_proxy.url)
    port = zoo.netloc(0).rsplit(":", 1)[1]
    result = check(cfg(allow_private=False), f"http://bücher.zoo.test:{port}/echo-path/caf%C3%A9")
    assert result.verdict is Verdict.OK, result
    assert ("GET", f"http://xn--bcher-kva.zoo.test:{port}/echo-path/caf%C3%A9") in zoo_proxy.seen()


def test_http_forced_to_https_is_alive(zoo: Any, zoo_tls: Any, cfg: Callable[..., Config],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", zoo_tls.ca_path)
    target = zoo_tls.url(f"/page/hsts-{RUN}")
    path = f"/hsts-{RUN}"
    zoo.add_page(path, "", status=301, headers={"Location": target, "Strict-Transport-Security": "max-age=1"})
    result = check(cfg(), zoo.url(path))
    assert result.verdict in (Verdict.OK, Verdict.REDIRECTED), result


def test_http_sent_to_the_https_home_page_but_the_page_lives_at_https(
    zoo: Any, zoo_tls: Any, cfg: Callable[..., Config], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A lazy HTTPS migration: every http:// address answers 301 to the https:// home page,
    # while the same path over https:// serves the article.
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", zoo_tls.ca_path)
    path = f"/page/moved-to-https-{RUN}"
    zoo.add_page(path, "", status=301, headers={"Location": zoo_tls.url("/")})
    result = check(cfg(), zoo.url(path))
    assert result.verdict is Verdict.REDIRECTED, result
    assert result.final_url == zoo_tls.url(path) and "home page" in result.reason


def test_http_sent_to_the_https_home_page_and_gone_there_too(
    zoo: Any, zoo_tls: Any, cfg: Callable[..., Config], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", zoo_tls.ca_path)
    path = f"/world/gone-from-both-{RUN}"
    zoo.add_page(path, "", status=301, headers={"Location": zoo_tls.url("/")})
    assert check(cfg(), zoo.url(path)).verdict is Verdict.MOVED_TO_HOMEPAGE


def test_a_long_chain_within_the_limit(zoo: Any, cfg: Callable[..., Config]) -> None:
    start = time.monotonic()
    result = check(cfg(max_redirects=10), zoo.url("/redirect/10"))
    assert result.verdict is Verdict.REDIRECTED and len(result.hops) == 11
    assert time.monotonic() - start < 3.0


# ---------------------------------------------------------------------------- soft 404 on template sites


@pytest.mark.parametrize("title", ["Short Story | The Template Times", "The Template Times"])
def test_short_article_on_a_template_heavy_site_is_not_a_soft_404(
    title: str, zoo: Any, cfg: Callable[..., Config]
) -> None:
    # 95 % of the page is the site's template, so its text is >= 0.95 similar to the
    # site's "no longer available" page; only the title or the heading tells them apart.
    path = f"/template/news/short-story-{RUN}-{len(title)}"
    zoo.add_page(path, template_page("Envoy visits Tokyo", "The envoy arrived on Monday for talks.", title))
    result = check(cfg(), zoo.url(path))
    assert result.verdict is Verdict.OK, result


def test_the_template_sites_missing_pages_are_still_soft_404s(zoo: Any, cfg: Callable[..., Config]) -> None:
    result = check(cfg(), zoo.url(f"/template/news/gone-story-{RUN}"))
    assert result.verdict is Verdict.SOFT_404, result


# ---------------------------------------------------------------------------- error words in live pages


@pytest.mark.parametrize("title", ["Page Not Found: How Government Websites Forget",
                                   "404 Error: The Web Is Rotting Faster Than We Thought"])
def test_an_article_about_error_pages_on_an_honest_server(title: str, zoo: Any, cfg: Callable[..., Config]) -> None:
    # This server answers missing pages with a real 404 (the probe shows it), so a long
    # 200 page whose title merely mentions "not found" is an article, not an error page.
    path = f"/link-rot/{len(title)}-{RUN}"
    zoo.add_page(path, article("x").replace("<title>X</title>", f"<title>{title}</title>")
                 .replace("<h1>X</h1>", f"<h1>{title}</h1>"))
    result = check(cfg(), zoo.url(path))
    assert result.verdict is Verdict.OK, result


def test_a_short_removal_notice_at_the_cited_address_is_still_a_soft_404(
    zoo: Any, cfg: Callable[..., Config]
) -> None:
    path = f"/removed/story-{RUN}"
    zoo.add_page(path, "<html><head><title>Page not found | The Zoo Gazette</title></head>"
                       "<body><h1>Sorry, this page is not available</h1><p>It was removed.</p></body></html>")
    assert check(cfg(), zoo.url(path)).verdict is Verdict.SOFT_404


# ---------------------------------------------------------------------------- ids that look like error pages


@pytest.mark.parametrize("number", ["404", "410"])
def test_a_redirect_that_keeps_an_id_like_404_is_a_move(number: str, zoo: Any, cfg: Callable[..., Config]) -> None:
    # GitHub sends /issues/404 to /pull/404 when number 404 is a pull request; the link
    # farm's redirect 404 ends at /final/404. The number is the document's own id, carried
    # over from the cited address, not the name of an error page.
    cited, moved = f"/tracker-{RUN}/issues/{number}", f"/tracker-{RUN}/pull/{number}"
    zoo.add_page(cited, "", status=301, headers={"Location": moved})
    zoo.add_page(moved, article(f"pull request {number}"))
    result = check(cfg(), zoo.url(cited))
    assert result.verdict is Verdict.REDIRECTED, result
    assert result.final_url == zoo.url(moved)


def test_a_redirect_that_keeps_an_id_in_the_query_is_a_move(zoo: Any, cfg: Callable[..., Config]) -> None:
    cited, moved = f"/node-{RUN}", f"/story-{RUN}/410"
    zoo.add_page(cited, "", status=301, headers={"Location": moved})
    zoo.add_page(moved, article("story 410"))
    result = check(cfg(), zoo.url(cited) + "?id=410")
    assert result.verdict is Verdict.REDIRECTED, result


@pytest.mark.parametrize("error_path", ["/404", "/errors/404.html", "/page-not-found"])
def test_a_redirect_from_a_story_to_the_sites_error_page_is_still_a_soft_404(
    error_path: str, zoo: Any, cfg: Callable[..., Config]
) -> None:
    # The error page here has no "not found" title and the probe gets an honest 404:
    # only the address the redirect ends at says it.
    cited, landing = f"/story-{RUN}/404-reasons-to-archive", f"/site-{RUN}{error_path}"
    zoo.add_page(cited, "", status=301, headers={"Location": landing})
    zoo.add_page(landing, article("the zoo gazette"))
    result = check(cfg(), zoo.url(cited))
    assert result.verdict is Verdict.SOFT_404, result
    assert "error page" in result.reason


def test_a_dead_story_whose_id_is_404_sent_to_the_error_page_is_still_a_soft_404(
    zoo: Any, cfg: Callable[..., Config]
) -> None:
    # The cited /news/404 ends at /to-404/404: "404" is carried over, so the address alone
    # proves nothing; the random sibling ends at the same address, which does.
    result = check(cfg(), zoo.url(f"/to-404/news-{RUN}/404"))
    assert result.verdict is Verdict.SOFT_404, result
    assert "random sibling" in result.reason
