"""From what happened on the wire to one verdict and one readable reason.

Policy, in order of precedence (README "Verdicts"):
- refused by the private-address guard: not_checked (the URL was never opened);
- no HTTP answer at all (DNS, refused, reset, timeout, TLS, loop), or a 2xx whose body
  never arrived where one was promised or whose headers were cut off (fetch.broken_answer,
  after one retry): unreachable, naming why;
- a challenge or bot wall (Cloudflare `cf-mitigated: challenge`, 401/402/403/407/
  451/999, 405/406 refusing our client, 429 after retries or beyond the
  Retry-After cap): blocked — the source may be fine; never dead;
- statuses the user accepts (config.accept_status): ok;
- 404/410: gone; other 4xx: gone (the server refuses the address itself); except a
  404 that carries a full page unlike the site's error page for a random sibling URL
  (some CMSes send live articles with a 404 status): ok, the status named in the reason;
- 5xx after retries: server_error;
- 2xx: soft_404 if the random-sibling probe or a strong title/heading cue says
  so; moved_to_homepage if a redirect ended at the site root or a parent section;
  redirected if it ended anywhere else; ok otherwise.

Missing evidence never makes a URL dead: an inconclusive probe counts as alive.
"""

from __future__ import annotations

import re
from http import HTTPStatus
from urllib.parse import parse_qsl, urlsplit

from checker.config import Config
from checker.models import Verdict
from checker.resolve.fetch import Chain, Exchange
from checker.resolve.soft404 import PageText, bot_wall_cue

BLOCKED_STATUSES = frozenset({401, 402, 403, 405, 406, 407, 429, 451, 999})
GONE_STATUSES = frozenset({404, 410})
_HOME_RE = re.compile(
    r"^/?(?:[a-z]{2}(?:[-_][a-z]{2})?/?)?(?:(?:index|default|home|start|main)(?:\.[a-z0-9]{1,5})?)?/?$", re.I
)
# Where paywalls, logins and consent walls send readers: the source may be fine behind it.
_WALL_URL_RE = re.compile(
    r"^(?:consent\.|login\.|accounts?\.|auth\.|sso\.)"
    r"|/(?:log-?in|sign-?in|sign-?on|subscribe|subscription|paywall|register|auth|consent|captcha|gdpr)\b",
    re.I,
)
_ERROR_PATH_RE = re.compile(
    r"(?:^|/)(?:404|410|not[-_]?found|page[-_]?not[-_]?found|error(?:[-_]?404)?|errors?/\d{3})(?:\.[a-z0-9]{1,5})?/?$",
    re.I,
)


def error_page_path(final_url: str, original_url: str) -> bool:
    """True if a redirect from `original_url` ended at an address named like an error page
    ("/404", "/errors/404.html", "/page-not-found").

    Not when that name was carried over from the cited address: "/issues/404" moved to
    "/pull/404" (GitHub, when number 404 is a pull request) keeps the document's own id,
    which happens to be 404, and a live page must not be called dead for its number.
    """
    final_path = urlsplit(final_url).path
    if not _ERROR_PATH_RE.search(final_path):
        return False
    last = final_path.rstrip("/").rsplit("/", 1)[-1].lower()
    stem = last.rsplit(".", 1)[0] if "." in last else last
    orig = urlsplit(_strip(original_url))
    cited = {seg.lower() for seg in orig.path.split("/") if seg}
    cited |= {seg.rsplit(".", 1)[0] for seg in cited if "." in seg}
    cited |= {value.lower() for _, value in parse_qsl(orig.query)}
    return stem not in cited and last not in cited


def phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return {999: "Request denied (bot protection)"}.get(status, "")


def status_chain(chain: Chain) -> str:
    parts = [str(h.status) if h.status is not None else "-" for h in chain.hops]
    if chain.final is not None and chain.final.status is None:
        parts.append(chain.final.error or "error")
    return " → ".join(parts)


def _strip(url: str) -> str:
    return url.split("#", 1)[0]


def is_homepage(final_url: str, original_url: str) -> str | None:
    """'site root' / 'section page' if a redirect to `final_url` lost the cited document."""
    orig = urlsplit(_strip(original_url))
    fin = urlsplit(final_url)
    if _HOME_RE.match(orig.path or "/") and not orig.query:
        return None  # the citation was of a home page: landing on one is not a loss
    if _HOME_RE.match(fin.path or "/") and not fin.query:
        return "the site's home page"
    o_segs = [s for s in orig.path.split("/") if s]
    f_segs = [s for s in fin.path.split("/") if s]
    same_site = (fin.hostname or "").removeprefix("www.") == (orig.hostname or "").removeprefix("www.")
    if not (same_site and f_segs and len(f_segs) < len(o_segs) and o_segs[: len(f_segs)] == f_segs) or fin.query:
        return None
    # "/article/12345/slug" -> "/article/12345" is a canonical address of the same
    # document, not a section: only a top-level section ("/news/"), or a parent two or
    # more levels up with no id in it, counts as losing the cited page.
    if len(f_segs) == 1 or (len(o_segs) - len(f_segs) >= 2 and not any(any(c.isdigit() for c in seg)
                                                                       for seg in f_segs)):
        return "a parent section page"
    return None


def classify(url: str, chain: Chain, config: Config, *, text: PageText | None = None,
             soft404: str | None = None, served_anyway: str | None = None) -> tuple[Verdict, str]:
    final = chain.final
    n_redirects = sum(1 for h in chain.hops if h.location)
    via = f" after {n_redirects} redirect{'s' if n_redirects != 1 else ''}" if n_redirects else ""
    tries = f" ({chain.attempts} attempts)" if chain.attempts > 1 else ""

    if chain.error == "private_address":
        return Verdict.NOT_CHECKED, chain.detail or "private address refused"
    if chain.error in ("redirect_loop", "too_many_redirects", "unsupported_redirect"):
        return Verdict.UNREACHABLE, f"{chain.detail}{tries}"
    if final is None or final.status is None:
        code = final.error if final else chain.error
        detail = (final.detail if final else chain.detail) or code or "no answer"
        if code == "invalid_url":
            return Verdict.INVALID, detail
        if code == "host_busy":
            return Verdict.NOT_CHECKED, detail  # our own queue, not the source, ran out of time
        return Verdict.UNREACHABLE, f"{detail}{via}{tries}"

    status = final.status
    label = f"HTTP {status} {phrase(status)}".rstrip()
    if final.error == "broken_answer":
        return Verdict.UNREACHABLE, f"{label} but {final.detail}{via}{tries}"
    if (final.header("cf-mitigated") or "").lower() == "challenge":
        return Verdict.BLOCKED, f"{label}: Cloudflare challenge (a bot wall; the source may be fine){via}"
    if status in config.accept_status:
        return Verdict.OK, f"{label} (accepted by configuration){via}"
    wall = bot_wall_cue(text) if text is not None else None

    if 200 <= status < 300:
        final_url = final.url
        if wall:
            return Verdict.BLOCKED, f"{label} but the page is a bot wall ({wall}){via}"
        if n_redirects:
            fparts = urlsplit(final_url)
            if _WALL_URL_RE.search((fparts.hostname or "") + fparts.path) and not _WALL_URL_RE.search(
                (urlsplit(url).hostname or "") + urlsplit(url).path
            ):
                return Verdict.BLOCKED, f"redirected to a login, subscription or consent page {final_url}"
        home = is_homepage(final_url, url) if n_redirects else None
        if soft404:
            if home:
                return Verdict.MOVED_TO_HOMEPAGE, f"redirected to {home} {final_url} ({soft404})"
            return Verdict.SOFT_404, f"{label}{via} but {soft404}"
        if home:
            return Verdict.MOVED_TO_HOMEPAGE, f"redirected to {home} {final_url}: the cited page is gone"
        if n_redirects and error_page_path(final_url, url):
            return Verdict.SOFT_404, f"redirected to an error page {final_url}"
        slow = f" (body cut after {final.bytes_read} bytes at the deadline)" if final.cut_by_deadline else ""
        if final.undecodable:
            # Compressed bytes read as text look alike on every page: never judge them.
            slow = f" (body sent as {final.undecodable}, which this tool cannot decode: not examined)"
        elif final.error and not slow:
            slow = f" (body broke off after {final.bytes_read} bytes: {final.detail or final.error})"
        if n_redirects and _strip(final_url) != _strip(url):
            return Verdict.REDIRECTED, f"{label}{via} to {final_url}{slow}"
        return Verdict.OK, f"{label}{via}{slow}"

    if status == 429:
        if chain.rate_limited and chain.retry_after is not None:
            return Verdict.BLOCKED, (f"rate limited: Retry-After {chain.retry_after:g} s exceeds the "
                                     f"{config.retry_after_cap:g} s cap (not waited out){via}")
        return Verdict.BLOCKED, f"rate limited: {label}{via}{tries}"
    if status in BLOCKED_STATUSES:
        return Verdict.BLOCKED, f"{label}: access refused to this client (the source may be fine){via}"
    if status == 404 and served_anyway:
        return Verdict.OK, f"{label} but the server sends the cited page anyway ({served_anyway}){via}"
    if status in GONE_STATUSES:
        return Verdict.GONE, f"{label}{via}"
    if status == 408:
        return Verdict.UNREACHABLE, f"{label}: the server timed out waiting{tries}"
    if 400 <= status < 500:
        return Verdict.GONE, f"{label}: the server rejects this address{via}"
    if 500 <= status < 600 or status > 599:
        proxy_error = _proxy_error(final)
        if proxy_error:
            # A proxy's own 502/504 for a host it could not reach: the same fact as a DNS
            # failure or a refused connection without a proxy, so the same verdict.
            return Verdict.UNREACHABLE, f"{label} from the proxy: {proxy_error}{tries}"
        if wall:
            return Verdict.BLOCKED, f"{label} with a bot wall ({wall}){via}"
        return Verdict.SERVER_ERROR, f"{label}{via}{tries}"
    if 300 <= status < 400:
        return Verdict.SERVER_ERROR, f"{label} without a usable Location header{via}"
    return Verdict.SERVER_ERROR, f"unexpected {label}{via}"


# Proxies say when an error is their own: RFC 9209's Proxy-Status (`proxy; error=dns_error`)
# and Squid's X-Squid-Error (`ERR_DNS_FAIL 0`). Without such a mark a 5xx may be the origin's.
_PROXY_STATUS_ERROR = re.compile(r"error\s*=\s*\"?([a-z_]+)", re.IGNORECASE)


def _proxy_error(final: Exchange) -> str | None:
    proxy_status = final.header("proxy-status") or ""
    match = _PROXY_STATUS_ERROR.search(proxy_status)
    if match:
        return f"it could not reach the host ({match.group(1)})"
    squid = (final.header("x-squid-error") or "").split()
    if squid and squid[0].upper() in {"ERR_DNS_FAIL", "ERR_CONNECT_FAIL", "ERR_READ_TIMEOUT", "ERR_CONNECT_TIMEOUT"}:
        return f"it could not reach the host ({squid[0]})"
    return None


# Bot filtering is mostly done by fronts (CDNs and WAFs), and some of them answer a
# client they take for a bot with a 404 or a 5xx instead of a 403. An origin's own 404
# does not depend on the User-Agent, so only these fronts (and 503, the bot-throttling
# answer of large sites even without a known front) earn a second look as a browser.
_FRONT_HEADERS: tuple[tuple[str, str, str], ...] = (  # header, value prefix ("" = present), front
    ("server", "cloudflare", "Cloudflare"), ("cf-ray", "", "Cloudflare"),
    ("server", "akamaighost", "Akamai"), ("akamai-grn", "", "Akamai"), ("x-akamai-transformed", "", "Akamai"),
    ("x-iinfo", "", "Imperva"), ("x-cdn", "incapsula", "Imperva"),
    ("x-sucuri-id", "", "Sucuri"), ("server", "sucuri", "Sucuri"),
    ("x-datadome", "", "DataDome"), ("server", "ddos-guard", "DDoS-Guard"),
    ("x-amz-cf-id", "", "CloudFront"), ("server", "cloudfront", "CloudFront"),
    ("x-fastly-request-id", "", "Fastly"), ("x-served-by", "cache-", "Fastly"),
)


def bot_front(final: Exchange) -> str | None:
    """The bot-filtering front (CDN/WAF) that answered, if its headers name one."""
    for header, prefix, front in _FRONT_HEADERS:
        value = final.header(header)
        if value is not None and value.strip().lower().startswith(prefix):
            return front
    return None


# Fronts that take a client for a bot may also hang up on it (a reset) or go silent (a
# read timeout) after accepting the connection. Refused connections, DNS and TLS
# failures happen before any User-Agent is sent, so asking again as a browser is futile.
_TARPIT_ERRORS = frozenset({"connection_reset", "read_timeout"})


def worth_a_browser_look(verdict: Verdict, chain: Chain) -> str | None:
    """Why a dead-looking answer may be a bot filter (then ask again as a browser), or None.

    gone and server_error from a bot-filtering front (or any 503); unreachable when the
    server accepted the connection and then hung up or went silent. Never blocked: it
    is not dead anyway.
    """
    final = chain.final
    if final is None or chain.error is not None:
        return None
    if verdict is Verdict.UNREACHABLE and final.status is None and final.error in _TARPIT_ERRORS:
        return "the server"
    if verdict not in (Verdict.GONE, Verdict.SERVER_ERROR) or final.status is None:
        return None
    if _proxy_error(final):
        return None
    front = bot_front(final)
    if front:
        return f"the {front} front"
    if final.status == 503:
        return "the server"
    return None
