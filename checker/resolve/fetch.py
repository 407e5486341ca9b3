"""Bounded, streamed GETs followed hop by hop.

Every fetched page is hostile, so every read is bounded three ways:
- bytes: at most `max_bytes` *decoded* bytes are kept (urllib3 >= 2.6 decodes
  gzip/deflate incrementally with a length cap, so a gzip bomb cannot inflate
  in memory; we count what comes out of the decoder, not what came off the wire);
- time per read: connect/read timeouts, shortened to what is left of the deadline;
- time overall: a per-URL deadline checked between reads, so a server that drips
  one byte a second (never tripping a read timeout) cannot hold a worker.

Only GET is sent. HEAD is cheaper but servers answer it 405/403/501, or 200 for a
page that GET shows missing, and later stages need the body anyway (soft-404
test, comparison with the archived version).

Redirects are followed here, not by requests, so each hop is recorded, screened
by the private-address guard, counted against the hop limit and checked for loops.
A `<meta http-equiv="refresh">` with a short delay and a different URL is a hop too.
"""

from __future__ import annotations

import re
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from urllib.parse import urljoin, urlsplit, urlunsplit

import requests
import urllib3.exceptions
from requests.cookies import RequestsCookieJar, extract_cookies_to_jar
from requests.utils import requote_uri
from urllib3.util.request import ACCEPT_ENCODING

from checker.config import Config
from checker.models import Hop, Page
from checker.resolve import guard, policy
from checker.resolve.limits import Limits, SlotTimeout, rule_for
from checker.resolve.watchdog import Watch, Watchdog

CHUNK = 64 * 1024
# A 2xx whose body breaks off after this much is kept as it is, not retried: the title,
# the metadata and the start of the text are in hand, and the page is plainly alive.
ENOUGH_BODY = 4096
SNIFF_BYTES = 64 * 1024  # error pages, redirects and non-HTML bodies: enough for a title
META_REFRESH_MAX_DELAY = 10.0  # longer refreshes are page reloads, not redirects
MAX_META_HOPS = 3
MAX_VISITS_PER_URL = 2
# Waiting for a politeness slot is not the URL's fault, so it does not count against
# the URL's deadline (a host rule of one request a second for 200 URLs means minutes of
# queueing); it is bounded on its own so that nothing waits forever.
QUEUE_LIMIT = 900.0  # A -> B (sets a cookie) -> A is legitimate; a third visit is a loop

# Errors that mean "could not talk to the server at all": the network-down guard
# looks at these, since a run where every URL fails this way says more about the
# network than about the cited sources.
CONNECTION_LEVEL_ERRORS = frozenset(
    {"dns_error", "connection_refused", "connect_timeout", "proxy_error", "network_unreachable"}
)

_HTMLISH = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")


# What urllib3 can decode here (brotli and zstd only when their modules are installed).
DECODABLE = frozenset({"identity", "x-gzip", *(e.strip() for e in ACCEPT_ENCODING.split(","))})


def _undecodable(content_encoding: str | None) -> str | None:
    """The codings of a Content-Encoding header we cannot decode (a server may send br
    although we only offered gzip and deflate), or None."""
    if not content_encoding:
        return None
    codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
    unknown = [c for c in codings if c not in DECODABLE]
    return ", ".join(unknown)[:40] if unknown else None


def is_htmlish(content_type: str | None) -> bool:
    if not content_type:
        return True  # undeclared: sniffing is later stages' job; keep the bytes
    return content_type.split(";", 1)[0].strip().lower() in _HTMLISH


def host_key(url: str) -> str:
    """The politeness key of a URL: the host lower-cased and without its root dot
    (`Example.ORG.` is example.org to DNS and to the server), plus the port if given."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:  # malformed: such URLs are never sent, any key will do
        return ""
    if host.endswith(".") and host.strip("."):
        host = host[:-1]
    return f"{host}:{port}" if port else host


def same_url_key(url: str) -> str:
    """One key for the spellings of a URL that are one request: the fragment (never sent),
    the case of the scheme and host, and a trailing root dot do not make another URL."""
    base = url.split("#", 1)[0]
    try:
        parts = urlsplit(base)
        host = parts.hostname
        port = parts.port
    except ValueError:
        return base
    if not host:
        return base
    if host.endswith(".") and host.strip("."):
        host = host[:-1]
    userinfo = parts.netloc.rpartition("@")[0]
    netloc = (f"{userinfo}@" if userinfo else "") + (f"[{host}]" if ":" in host else host) + (
        f":{port}" if port is not None else "")
    return urlunsplit((parts.scheme.lower(), netloc, parts.path, parts.query, ""))


@dataclass(frozen=True)
class Exchange:
    """One request and its (bounded) answer, or the error that stopped it."""

    url: str
    status: int | None = None
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    truncated: bool = False  # stopped at max_bytes or the deadline
    cut_by_deadline: bool = False  # the body was still arriving when the deadline came
    bytes_read: int = 0
    error: str | None = None  # code: dns_error, connection_refused, tls_error, ...
    detail: str | None = None  # human text for the error
    location: str | None = None  # absolute next URL of a 3xx
    encoding: str | None = None
    proxied: bool = False
    undecodable: str | None = None  # a Content-Encoding we cannot decode: the body is not text

    def page(self) -> Page:
        """The answer as the record later stages read (body already bounded)."""
        return Page(self.url, self.status or 0, self.content_type, self.body, self.truncated, self.headers,
                    self.encoding)

    def header(self, name: str) -> str | None:
        lname = name.lower()
        for k, v in self.headers:
            if k.lower() == lname:
                return v
        return None

    @property
    def content_type(self) -> str | None:
        return self.header("content-type")


@dataclass(frozen=True)
class Chain:
    """Everything that happened while following one URL to its end."""

    url: str
    hops: tuple[Hop, ...] = ()
    final: Exchange | None = None
    error: str | None = None  # chain-level error (too_many_redirects, redirect_loop, private_address)
    detail: str | None = None
    attempts: int = 0
    elapsed: float = 0.0
    bytes_read: int = 0
    retry_after: float | None = None
    rate_limited: bool = False  # Retry-After beyond the cap (not waited out)
    retries_exhausted: bool = False

    @property
    def status(self) -> int | None:
        return self.final.status if self.final else None

    @property
    def final_url(self) -> str | None:
        return self.final.url if self.final else (self.hops[-1].url if self.hops else None)

    @property
    def error_code(self) -> str | None:
        if self.error:
            return self.error
        return self.final.error if self.final else None


def _causes(exc: BaseException) -> list[BaseException]:
    """The exception and what caused it, flattened (requests wraps urllib3 wraps OSError)."""
    seen: list[BaseException] = []
    stack: list[BaseException] = [exc]
    while stack and len(seen) < 20:
        e = stack.pop()
        if any(e is s for s in seen):
            continue
        seen.append(e)
        for nxt in (getattr(e, "reason", None), e.__cause__, e.__context__, *getattr(e, "args", ())):
            if isinstance(nxt, BaseException):
                stack.append(nxt)
    return seen


def translate_error(exc: BaseException) -> tuple[str, str]:
    """Map a requests/urllib3/socket exception to (code, one-line detail)."""
    chain = _causes(exc)
    text = str(exc).replace("\n", " ")[:300]

    def has(*types: type[BaseException]) -> bool:
        return any(isinstance(e, types) for e in chain)

    for e in chain:  # the guard's refusals say which rule refused which address
        if isinstance(e, guard.PrivateAddressRefused):
            return "private_address", e.reason_text
    if has(requests.exceptions.SSLError, ssl.SSLError, urllib3.exceptions.SSLError):
        why = "TLS handshake failed"
        for e in chain:
            if isinstance(e, ssl.SSLCertVerificationError):
                why = f"TLS certificate verification failed: {e.verify_message or e}"
                break
        else:
            if "CERTIFICATE_VERIFY_FAILED" in text or "certificate verify failed" in text:
                why = "TLS certificate verification failed"
            elif "match" in text and "hostname" in text.lower():
                why = "TLS certificate does not match the host name"
        return "tls_error", why
    if has(requests.exceptions.ProxyError, urllib3.exceptions.ProxyError):
        return "proxy_error", f"proxy refused or failed the connection: {text}"
    if has(urllib3.exceptions.NameResolutionError, socket.gaierror):
        return "dns_error", "host name could not be resolved (DNS)"
    # Before timeouts: urllib3 2.x makes NewConnectionError a subclass of ConnectTimeoutError.
    if has(ConnectionRefusedError) or "Connection refused" in text:
        return "connection_refused", "connection refused"
    if has(requests.exceptions.ConnectTimeout, socket.timeout, TimeoutError) and not has(
        requests.exceptions.ReadTimeout, urllib3.exceptions.ReadTimeoutError
    ) and not has(urllib3.exceptions.NewConnectionError):
        return "connect_timeout", "connection timed out"
    if has(urllib3.exceptions.NewConnectionError):
        for e in chain:
            if isinstance(e, OSError) and e.errno in (101, 113):  # ENETUNREACH, EHOSTUNREACH
                return "network_unreachable", "network or host unreachable"
        if "timed out" in text:
            return "connect_timeout", "connection timed out"
    if has(requests.exceptions.ReadTimeout, urllib3.exceptions.ReadTimeoutError, TimeoutError, socket.timeout):
        return "read_timeout", "server stopped answering (read timeout)"
    if has(urllib3.exceptions.DecodeError, requests.exceptions.ContentDecodingError):
        return "decode_error", "body could not be decoded (bad content-encoding)"
    if has(ConnectionResetError, BrokenPipeError, urllib3.exceptions.ProtocolError,
           requests.exceptions.ChunkedEncodingError):
        return "connection_reset", "connection reset or closed by the server"
    for e in chain:
        if isinstance(e, OSError) and e.errno in (101, 113):  # ENETUNREACH, EHOSTUNREACH
            return "network_unreachable", "network or host unreachable"
    if has(requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema,
           requests.exceptions.MissingSchema, urllib3.exceptions.LocationParseError):
        return "invalid_url", f"malformed URL: {text}"
    if has(requests.exceptions.ConnectionError):
        return "connection_error", f"connection failed: {text}"
    return "error", f"{type(exc).__name__}: {text}"


_META_RE = re.compile(rb"<meta\b[^>]{0,500}?http-equiv\s*=\s*[\"']?refresh[\"']?[^>]{0,1000}>", re.I)
_CONTENT_RE = re.compile(rb"content\s*=\s*(\"([^\"]*)\"|'([^']*)'|([^\s>]+))", re.I)
_REFRESH_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:[;,]\s*(?:url\s*=\s*)?['\"]?([^'\"]*)['\"]?)?\s*$", re.I)


def meta_refresh_target(body: bytes, base_url: str) -> str | None:
    """The absolute URL of a short meta refresh in the page head, or None."""
    head = body[:SNIFF_BYTES]
    m = _META_RE.search(head)
    if not m:
        return None
    c = _CONTENT_RE.search(m.group(0))
    if not c:
        return None
    raw = (c.group(2) or c.group(3) or c.group(4) or b"").decode("utf-8", "replace")
    r = _REFRESH_RE.match(raw)
    if not r or not r.group(2) or not r.group(2).strip():
        return None
    if float(r.group(1)) > META_REFRESH_MAX_DELAY:
        return None
    try:
        target = absolute_location(base_url, r.group(2).strip())
    except ValueError:
        return None
    return target if target.lower().startswith(("http://", "https://")) else None


def absolute_location(base: str, location: str) -> str:
    """Resolve a Location (relative, scheme-relative, with spaces or raw UTF-8) against base."""
    location = location.strip()
    target = urljoin(base, location)
    return without_root_dot(requote_uri(target).split("#", 1)[0])


def without_root_dot(url: str) -> str:
    """`http://example.org./x` -> `http://example.org/x`.

    The trailing dot only says "fully qualified" to DNS, which finds the same host
    without it; sent on, it ends up in the Host header and the TLS server name, where
    many servers match no site (a 400, 404 or certificate error for a live page), and
    some resolvers here do not know the dotted name at all.
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    if not host.endswith(".") or not host.strip("."):
        return url
    userinfo, sep, hostport = parts.netloc.rpartition("@")
    i = hostport.lower().rfind(host)
    if i < 0:
        return url
    fixed = hostport[:i] + hostport[i:i + len(host)].rstrip(".") + hostport[i + len(host):]
    return urlunsplit(parts._replace(netloc=userinfo + sep + fixed))


def _set_socket_timeout(resp: requests.Response, seconds: float) -> None:
    """Shorten the socket timeout mid-body so one read cannot overrun the deadline."""
    try:
        conn = resp.raw.connection  # urllib3 2.x
        sock = getattr(conn, "sock", None)
        if sock is not None:
            sock.settimeout(max(0.01, seconds))
    except Exception:  # best effort: the deadline check between reads still holds
        pass


@dataclass(frozen=True)
class BodyRead:
    body: bytes
    truncated: bool = False  # more was available than we kept
    cut_by_deadline: bool = False  # still arriving when the deadline came
    error: str | None = None
    detail: str | None = None


def read_bounded(resp: requests.Response, limit: int, deadline: float,
                 before_release: Callable[[], None] | None = None) -> BodyRead:
    """Read at most `limit` decoded bytes before `deadline`.

    read1 returns whatever has arrived, so a slow drip yields often and the deadline
    is checked between reads.
    """
    buf = bytearray()
    truncated = cut = False
    raw = resp.raw
    error: tuple[str, str] | None = None
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                truncated = cut = True
                break
            _set_socket_timeout(resp, remaining)
            want = min(CHUNK, limit - len(buf) + 1)
            chunk = raw.read1(want, decode_content=True)
            if not chunk:
                break
            buf += chunk
            if len(buf) > limit:
                del buf[limit:]
                truncated = True
                break
    except Exception as exc:
        code, detail = translate_error(exc)
        truncated = True
        if code == "read_timeout" and time.monotonic() >= deadline - 0.05:
            cut = True  # our deadline, not the server's failure
        else:
            error = (code, detail)
    finally:
        if before_release is not None:
            before_release()
        if truncated or raw.closed:
            resp.close()  # unread data: the connection cannot go back to the pool
        else:
            raw.release_conn()
    return BodyRead(bytes(buf), truncated, cut, *(error or (None, None)))


# 2xx statuses that carry no body by definition.
_BODILESS = frozenset({204, 205})


def broken_answer(ex: Exchange) -> str | None:
    """Why a 2xx answer is not a page at all, or None.

    A 200 with no body where one was promised (a Content-Length or chunked framing that
    broke off before the first byte), or with no body and no framing at all (the headers
    themselves were cut off: http.client takes end-of-file for the end of the headers,
    and a close-delimited body that never came reads as an empty page). Such answers
    say nothing about the page, so they are neither `ok` nor `dead` evidence until
    retried. An explicit `Content-Length: 0` is an honest empty answer, not this.
    """
    if ex.status is None or not 200 <= ex.status < 300 or ex.status in _BODILESS:
        return None
    if ex.error == "broken_answer":  # headers cut off after the status line (Fetcher._send)
        return ex.detail
    if ex.bytes_read or ex.cut_by_deadline or ex.undecodable:
        return None
    length = ex.header("content-length")
    chunked = "chunked" in (ex.header("transfer-encoding") or "").lower()
    if ex.error:
        promised = ("a chunked body" if chunked else f"a body of {length} bytes (Content-Length)" if length
                    else "a body")
        return f"the answer promised {promised} and broke off before any of it arrived ({ex.detail or ex.error})"
    if length is None and not chunked:
        return "no body and no framing (neither Content-Length nor chunked): the answer was cut off"
    return None


class Budget:
    """One URL's time budget. Network time counts; time queued for a slot does not."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds

    def remaining(self) -> float:
        return self.deadline - time.monotonic()


class Fetcher:
    """Sends every request of a run: politeness, retries, guard, bounds, hops."""

    def __init__(self, config: Config, session: requests.Session, limits: Limits) -> None:
        self.config = config
        self.session = session
        self.limits = limits
        self.watchdog = Watchdog()

    # ----------------------------------------------------------------- one request
    def exchange(self, url: str, budget: Budget, *, max_bytes: int | None = None,
                 user_agent: str | None = None, cookies: RequestsCookieJar | None = None) -> Exchange:
        cfg = self.config
        limit = cfg.max_bytes if max_bytes is None else max_bytes
        if budget.remaining() <= 0:
            return Exchange(url, error="deadline_exceeded", detail=f"no time left (deadline {cfg.url_deadline:g} s)")
        hkey = host_key(url)
        hostname = urlsplit(url).hostname or ""
        rule = rule_for(hostname, cfg.host_rules)
        headers = {"User-Agent": user_agent} if user_agent else {}
        headers.update(rule.headers if rule else ())  # only ever sent to hosts the rule names
        # A session that does not read the environment uses no proxy (session.trusts_env), and
        # asking requests which proxy applies walks all of os.environ twice per request.
        proxied = self.session.trust_env and guard.proxy_for(url) is not None
        queued_from = time.monotonic()
        try:
            with self.limits.slot(hkey, queued_from + QUEUE_LIMIT, name=hostname) as started:
                budget.deadline += time.monotonic() - queued_from
                deadline = budget.deadline
                remaining = deadline - time.monotonic()
                timeout = (max(0.01, min(cfg.connect_timeout, remaining)), max(0.01, min(cfg.read_timeout, remaining)))
                watch = self.watchdog.start(deadline)
                try:
                    ex = self._send(url, headers, timeout, deadline, limit, proxied, watch, cookies)
                finally:
                    self.watchdog.stop(watch)
        except SlotTimeout:
            return Exchange(url, error="host_busy",
                            detail=f"not checked: no politeness slot for this host within {QUEUE_LIMIT:g} s")
        # The host-wide 429 backoff (limits.py): one URL's 429 pauses the whole host.
        if ex.status == 429:
            ra = policy.parse_retry_after(ex.header("retry-after"))
            self.limits.rate_limited(hkey, ra, started=started, name=hostname)
        elif ex.status is not None:
            self.limits.succeeded(hkey, started=started, name=hostname)
        if watch.fired:  # the watchdog cut the connection at the deadline
            if ex.status is None or watch.fired_before_headers:  # what headers came are not to be trusted
                cut = f"no complete answer within the {budget.seconds:g} s deadline"
                return Exchange(url, error="deadline_exceeded", detail=cut, proxied=proxied)
            return replace(ex, error=None, detail=None, truncated=True, cut_by_deadline=True)
        return ex

    def _send(self, url: str, headers: dict[str, str], timeout: tuple[float, float], deadline: float,
              limit: int, proxied: bool, watch: Watch, cookies: RequestsCookieJar | None = None) -> Exchange:
        try:
            resp = self.session.get(url, headers=headers, stream=True, allow_redirects=False, timeout=timeout,
                                    cookies=cookies)
        except Exception as exc:
            code, detail = translate_error(exc)
            status = watch.status_line
            if status is not None and 200 <= status < 300 and code == "connection_reset" and not watch.fired:
                # The status line came, then the connection broke inside the headers: an answer
                # that never arrived (broken_answer), not a 200 and not a plain reset.
                detail = "the headers were cut off by a reset after the status line"
                return Exchange(url, status=status, error="broken_answer", detail=detail, proxied=proxied)
            return Exchange(url, error=code, detail=detail, proxied=proxied)
        if cookies is not None:
            extract_cookies_to_jar(cookies, resp.request, resp.raw)
        with watch.lock:
            watch.headers_done = True
        status = resp.status_code
        hdrs = tuple((str(k), str(v)) for k, v in resp.headers.items())
        location = None
        if 300 <= status < 400:
            target = self.session.get_redirect_target(resp)
            if target:
                try:
                    location = absolute_location(url, target)
                except ValueError:  # e.g. a broken IPv6 literal: no usable Location
                    location = None
        ctype = resp.headers.get("content-type")
        undecodable = _undecodable(resp.headers.get("content-encoding"))
        cap = limit if 200 <= status < 300 and is_htmlish(ctype) else min(limit, SNIFF_BYTES)
        # The watch ends before the connection can go back to the pool: the watchdog must
        # never cut a connection another request is already using.
        got = read_bounded(resp, cap, deadline, before_release=lambda: self.watchdog.stop(watch))
        enc = requests.utils.get_encoding_from_headers(resp.headers) if ctype else None
        if enc == "ISO-8859-1" and "charset" not in (ctype or "").lower():
            enc = None  # requests' RFC 2616 default, not a declaration
        return Exchange(url, status=status, headers=hdrs, body=got.body, truncated=got.truncated,
                        bytes_read=len(got.body), error=got.error, detail=got.detail, location=location,
                        encoding=enc, proxied=proxied, cut_by_deadline=got.cut_by_deadline,
                        undecodable=undecodable)

    # ----------------------------------------------------------------- retries
    def exchange_with_retries(
        self, url: str, budget: Budget, *, retries: int | None = None, user_agent: str | None = None,
        cookies: RequestsCookieJar | None = None,
    ) -> tuple[Exchange, int, float | None, bool, bool]:
        """One hop with retries. Returns (exchange, attempts, retry_after, rate_limited, exhausted)."""
        cfg = self.config
        max_retries = cfg.retries if retries is None else retries
        attempts = 0
        retry_after: float | None = None
        served: Exchange | None = None  # the last 2xx whose body broke off: a live page in hand

        def best(ex: Exchange) -> Exchange:
            # A retry that got no answer at all must not undo an earlier 2xx: the page was
            # there (a server closing abruptly under load is not a dead source).
            return served if served is not None and ex.status is None else ex

        while True:
            attempts += 1
            ex = self.exchange(url, budget, user_agent=user_agent, cookies=cookies)
            broken = broken_answer(ex)
            if broken is not None:
                # Asked once more (a server restarting, a connection dropped in a proxy);
                # broken twice, it is an answer that never arrives: unreachable, not ok.
                ex = replace(ex, error="broken_answer", detail=broken)
                pause = policy.backoff_delay(attempts, cfg.backoff_base)
                if attempts > min(1, max_retries) or pause >= budget.remaining():
                    return served or ex, attempts, retry_after, False, True
                time.sleep(pause)
                continue
            if ex.status is not None and 200 <= ex.status < 300 and ex.error:
                if ex.bytes_read >= ENOUGH_BODY:
                    return ex, attempts, retry_after, False, False  # enough of the page: keep it
                served = ex
            if not policy.should_retry(ex.status, ex.error):
                return best(ex), attempts, retry_after, False, False
            ra = policy.parse_retry_after(ex.header("retry-after")) if ex.status in (429, 503) else None
            if ra is not None:
                retry_after = ra
            if attempts > policy.retries_for(ex.status, max_retries):
                return best(ex), attempts, retry_after, False, True
            delay = policy.retry_delay(attempts, cfg.backoff_base, ra, cfg.retry_after_cap, ex.status)
            if delay is None:
                return ex, attempts, retry_after, True, False  # Retry-After beyond the cap
            if delay >= budget.remaining():
                return best(ex), attempts, retry_after, ra is not None and ex.status == 429, True
            time.sleep(delay)

    # ----------------------------------------------------------------- hops
    def follow(self, url: str, *, budget: Budget | None = None, retries: int | None = None,
               user_agent: str | None = None) -> Chain:
        """Follow `url` hop by hop to its end. `retries` overrides config.retries (probes use 0);
        `user_agent` overrides the session's for every hop."""
        cfg = self.config
        start = time.monotonic()
        if budget is None:
            budget = Budget(cfg.url_deadline)
        hops: list[Hop] = []
        visits: dict[str, int] = {}
        attempts = 0
        total = 0
        retry_after: float | None = None
        meta_hops = 0
        current = url
        # Cookies live for one chain: news sites that set a cookie and redirect to the same
        # address get it back (else a "redirect loop"), and no cookie outlives its chain.
        jar = RequestsCookieJar()

        def done(**kw: object) -> Chain:
            return Chain(url, hops=tuple(hops), attempts=attempts, elapsed=time.monotonic() - start,
                         bytes_read=total, retry_after=retry_after, **kw)  # type: ignore[arg-type]

        while True:
            # Screened here as well as in the adapter, so a refusal takes no politeness slot
            # and names the hop; the adapter's screen stands behind it for every request.
            why = None if cfg.allow_private else guard.refusal(current, trusted=cfg.allow_private_hosts)
            if why:
                return done(error="private_address", detail=f"{'redirect target ' if hops else ''}{why}")
            visits[current] = visits.get(current, 0) + 1
            ex, n, ra, limited, exhausted = self.exchange_with_retries(current, budget, retries=retries,
                                                                       user_agent=user_agent, cookies=jar)
            attempts += n
            total += ex.bytes_read
            if ra is not None:
                retry_after = ra
            if ex.error == "private_address":  # a name that resolved to a refused address
                return done(error="private_address", detail=f"{'redirect target ' if hops else ''}{ex.detail}")
            if ex.error and ex.status is None:
                return done(final=ex, rate_limited=limited, retries_exhausted=exhausted)
            nxt: str | None = None
            if ex.status is not None and 300 <= ex.status < 400 and ex.location:
                nxt = ex.location
            elif ex.status is not None and 200 <= ex.status < 300 and meta_hops < MAX_META_HOPS:
                target = meta_refresh_target(ex.body, current)
                if target and target != current:
                    nxt = target
                    meta_hops += 1
            hops.append(Hop(current, ex.status, nxt))
            if nxt is None:
                return done(final=ex, rate_limited=limited, retries_exhausted=exhausted)
            if not nxt.lower().startswith(("http://", "https://")):
                scheme = nxt.split(":", 1)[0][:20]
                return done(final=ex, error="unsupported_redirect",
                            detail=f"redirects to an unsupported address ({scheme}:)")
            if visits.get(nxt, 0) >= MAX_VISITS_PER_URL:
                return done(final=ex, error="redirect_loop", detail=f"redirect loop: {nxt} visited again")
            if len(hops) > cfg.max_redirects:
                return done(final=ex, error="too_many_redirects",
                            detail=f"more than {cfg.max_redirects} redirects")
            current = nxt
