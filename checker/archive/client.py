"""A small Wayback Machine client on requests: CDX search, raw replay, Memento, Save Page Now 2.

Standalone on purpose (it imports only the root ArchiveError), so it could be
published on its own. Why not waybackpy 3.0.6 (2022): it sets no request timeouts
(a stalled archive hangs a nightly job), hard-codes web.archive.org in helpers and
URL patterns (so it cannot be pointed at a local pywb for tests), and speaks only
the old anonymous save endpoint.

Every endpoint derives from one base URL (default https://web.archive.org):

- CDX search      {base}/cdx/search/cdx?url=...&output=json   (array of arrays, header row first)
- raw replay      {base}/web/{14-digit timestamp}id_/{url}    (original bytes; 302/307 to the exact capture)
- TimeGate        {base}/web/{url} with Accept-Datetime        (RFC 7089)
- TimeMap         {base}/web/timemap/link/{url}                (application/link-format)
- Save Page Now 2 POST {base}/save, GET {base}/save/status/{job_id}

Not used: the availability API (archive.org/wayback/available). It answers empty for
URLs that are archived and returns HTML 429s (lychee dropped it in 2026).

Retry policy lives here, in one place: RETRYABLE_STATUSES, retry_delay(). A 429 is not
retried blindly: it starts the process-wide pause in the limiter, and the request is
retried once only if that pause fits in the request's time budget. As of 2025 the
Wayback Machine rarely sends Retry-After with its 429s; when it does, we honour it.
"""

from __future__ import annotations

import contextlib
import email.utils
import json
import random
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol
from urllib.parse import unquote, urljoin, urlsplit

import requests
import urllib3

from checker.errors import ArchiveError

DEFAULT_BASE_URL = "https://web.archive.org"
CDX_FIELDS = ("urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length")
# 5xx that are worth another try; 520-524 are Cloudflare-style upstream failures.
RETRYABLE_STATUSES = frozenset({500, 502, 503, 504, 520, 521, 522, 523, 524})
CDX_MAX_BYTES = 32 * 1024 * 1024  # a 10,000-row CDX answer is about 2 MB
JSON_MAX_BYTES = 1024 * 1024  # save/status answers are tiny
_CHUNK = 64 * 1024
_ARCHIVE_PATH = re.compile(r"^/web/(\d{1,14})(?:[a-z]{2}_)?/(.+)$", re.S)


# --------------------------------------------------------------------------- errors


class WaybackError(ArchiveError):
    """Root of this client's errors. `url` is the request that failed."""

    def __init__(self, message: str, *, url: str | None = None) -> None:
        super().__init__(message)
        self.url = url


class RateLimitError(WaybackError):
    """HTTP 429. `retry_after`: seconds the archive asked for (usually None on archive.org)."""

    def __init__(self, message: str, *, url: str | None = None, retry_after: float | None = None) -> None:
        super().__init__(message, url=url)
        self.retry_after = retry_after


class ArchiveUnavailableError(WaybackError):
    """The archive did not answer usefully: connection failure or 5xx after retries."""

    def __init__(self, message: str, *, url: str | None = None, status: int | None = None,
                 attempts: int = 0) -> None:
        super().__init__(message, url=url)
        self.status = status
        self.attempts = attempts


class ArchiveUnreachableError(ArchiveUnavailableError):
    """No connection at all: refused, DNS failure, TLS failure. Not retried: unlike a 5xx or a
    timeout, asking again a second later gets the same answer (and a run of retries with
    backoff per lookup made a down archive cost minutes)."""


class ArchiveDownError(ArchiveUnavailableError):
    """Not sent: while the request waited its turn, the run found the archive down (its circuit
    breaker opened). The message is the breaker's reason, as for the lookups after it."""


class ArchiveTimeoutError(ArchiveUnavailableError):
    """A connect or read timeout, or the request's whole time budget, ran out."""


class ResponseFormatError(WaybackError):
    """The archive answered something this client cannot parse (HTML instead of JSON, ...)."""

    def __init__(self, message: str, *, url: str | None = None, status: int | None = None) -> None:
        super().__init__(message, url=url)
        self.status = status


class ExcludedError(WaybackError):
    """The archive refuses to show this URL (HTTP 403: excluded by the site owner or the archive)."""


class ReplayError(WaybackError):
    """A capture could not be replayed (the archive answered, but not with it)."""

    def __init__(self, message: str, *, url: str | None = None, status: int | None = None) -> None:
        super().__init__(message, url=url)
        self.status = status


class SaveError(WaybackError):
    """Save Page Now refused or failed a capture. `status_ext` is SPN2's code, e.g. "error:blocked-url"."""

    def __init__(self, message: str, *, url: str | None = None, status_ext: str | None = None,
                 job_id: str | None = None) -> None:
        super().__init__(message, url=url)
        self.status_ext = status_ext
        self.job_id = job_id


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class CdxRecord:
    timestamp: str
    original: str
    statuscode: int | None  # None for "-" (revisit records, some redirects)
    mimetype: str | None = None
    digest: str | None = None  # hashes the stored body: never use it to compare content
    length: int | None = None
    urlkey: str | None = None


@dataclass(frozen=True)
class Memento:
    """One replayed capture: the original response as the archive holds it."""

    requested_url: str
    final_url: str  # the archive URL that answered, after its redirects
    timestamp: str | None  # the capture that was actually served (may differ from the one asked)
    status: int
    headers: tuple[tuple[str, str], ...]  # original headers (X-Archive-Orig-* unprefixed, Content-Type)
    content_type: str | None
    body: bytes
    truncated: bool = False
    encoding: str | None = None
    location: str | None = None  # the capture's own redirect target, when it is a redirect


@dataclass(frozen=True)
class MementoLink:
    url: str
    timestamp: str  # 14 digits
    rel: str


@dataclass(frozen=True)
class SaveJob:
    job_id: str
    url: str


@dataclass(frozen=True)
class SaveStatus:
    status: str  # "pending", "success", "error"
    job_id: str
    timestamp: str | None = None  # the new capture's, on success
    original_url: str | None = None
    message: str | None = None
    status_ext: str | None = None  # e.g. "error:blocked-url"
    http_status: int | None = None  # the target's status as SPN saw it, when reported


class Limiter(Protocol):
    """Pacing hooks (see checker.archive.ratelimit.ArchiveLimits); kinds: "cdx", "replay", "save"."""

    def acquire(self, kind: str) -> float: ...

    def note_rate_limited(self, retry_after: float | None = None) -> float: ...

    def pause_remaining(self) -> float: ...


# --------------------------------------------------------------------------- helpers


def strip_fragment(url: str) -> str:
    return url.split("#", 1)[0]


def _ascii_host(host: str) -> str:
    """A host name as crawlers record it: IDNA (punycode) for non-ASCII labels."""
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:  # not encodable (empty label, too long): leave it to the archive
        return host


def archive_spelling(url: str) -> str:
    """`url` without its fragment and with an ASCII host, as the archive's index holds URLs.

    Authors cite internationalised names as readers see them (http://пример.рф/); crawlers
    record them in punycode, and a CDX query in Unicode finds nothing.
    """
    url = strip_fragment(url)
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return url
    if host.isascii():
        return url
    netloc = parts.netloc if host in parts.netloc else parts.netloc.lower()
    netloc = netloc.replace(host, _ascii_host(host))
    return parts._replace(netloc=netloc).geturl()


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def unreachable_reason(exc: requests.RequestException) -> str | None:
    """Why no connection was made at all ("connection refused", "DNS failure", "TLS failure",
    or the connection layer's own words), else None: a timeout or a reset is worth another try,
    these get the same answer a second later."""
    if isinstance(exc, requests.exceptions.SSLError):
        return "TLS failure"
    if isinstance(exc, requests.Timeout) or not isinstance(exc, requests.ConnectionError):
        return None
    cause: object = exc.args[0] if exc.args else None
    # requests wraps urllib3's MaxRetryError, whose `reason` is the underlying error (a
    # ProxyError's own `original_error` when a proxy is in the way).
    for _ in range(4):  # bounded: a few wrappers at most
        if isinstance(cause, urllib3.exceptions.NameResolutionError):
            return "DNS failure"
        if isinstance(cause, urllib3.exceptions.NewConnectionError):
            words = str(cause).split(": ", 1)[-1]  # without "<HTTPConnection object at 0x…>: "
            if type(cause) is urllib3.exceptions.NewConnectionError and "refused" in words.lower():
                return "connection refused"
            return words
        cause = getattr(cause, "reason", None) or getattr(cause, "original_error", None)
    return None


def retry_delay(attempt: int, base: float) -> float:
    """Exponential backoff with jitter: base, 2*base, 4*base ... (+ up to 10%)."""
    delay = base * (2**attempt)
    return delay + random.uniform(0, delay / 10) if delay > 0 else 0.0


def parse_cdx_json(text: str) -> list[CdxRecord]:
    """archive.org CDX JSON: an array of arrays, the first row naming the fields; [] when empty.

    Parsed by header names, never by position: `fl=` can reorder or drop fields.
    """
    text = text.strip()
    if not text:
        return []
    try:
        rows = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ResponseFormatError(f"CDX answer is not JSON: {exc}") from exc
    if not isinstance(rows, list):
        raise ResponseFormatError("CDX answer is not a JSON array")
    if not rows:
        return []
    header = rows[0]
    if not isinstance(header, list) or "timestamp" not in header or "original" not in header:
        raise ResponseFormatError(f"CDX header row lacks timestamp/original: {header!r:.200}")
    index = {name: i for i, name in enumerate(header)}

    def field(row: list[Any], name: str) -> str | None:
        i = index.get(name)
        if i is None or i >= len(row):
            return None
        value = row[i]
        return None if value in (None, "", "-") else str(value)

    def integer(value: str | None) -> int | None:
        return int(value) if value is not None and value.isdigit() else None

    records = []
    for row in rows[1:]:
        if not isinstance(row, list):
            continue
        ts = field(row, "timestamp")
        original = field(row, "original")
        if ts is None or original is None or not ts.isdigit():
            continue
        records.append(CdxRecord(
            timestamp=ts.ljust(14, "0")[:14],
            original=original,
            statuscode=integer(field(row, "statuscode")),
            mimetype=field(row, "mimetype"),
            digest=field(row, "digest"),
            length=integer(field(row, "length")),
            urlkey=field(row, "urlkey"),
        ))
    return records


_LINK_ENTRY = re.compile(r"<([^>]*)>\s*((?:;\s*[\w-]+\s*=\s*(?:\"[^\"]*\"|[^;,\s]*)\s*)*)")
_LINK_PARAM = re.compile(r";\s*([\w-]+)\s*=\s*(?:\"([^\"]*)\"|([^;,\s]*))")


def parse_timemap(text: str) -> list[MementoLink]:
    """Mementos from an application/link-format TimeMap (RFC 7089), in document order."""
    out = []
    for m in _LINK_ENTRY.finditer(text):
        params = {k.lower(): (q if q else u) for k, q, u in _LINK_PARAM.findall(m.group(2))}
        rel = params.get("rel", "")
        if "memento" not in rel.split() or "datetime" not in params:
            continue
        try:
            when = email.utils.parsedate_to_datetime(params["datetime"])
        except (TypeError, ValueError):
            continue
        out.append(MementoLink(url=m.group(1), timestamp=when.strftime("%Y%m%d%H%M%S"), rel=rel))
    return out


_WWW = re.compile(r"^www\d*\.")


def _unquote_lower(text: str) -> str:
    # Percent-encoding is spelling, not identity: %7e, %7E and ~ are one character.
    return unquote(text).lower()


def _canonical(url: str) -> str:
    """The archive's idea of one resource, close to the IA canonicaliser (surt) behind its urlkey.

    Scheme, www (www2, ...), default ports, case, percent-encoding, the query's order and
    empty parts, and a trailing slash do not tell captures apart: the archive files them
    under one key, so a CDX query for one spelling answers rows written in another. A
    stricter comparison here throws away captures the archive holds (a false "never archived").
    """
    parts = urlsplit(url.strip())
    host = _WWW.sub("", _ascii_host((parts.hostname or "").lower().rstrip(".")))
    port = parts.port
    if port and port not in (80, 443):
        host = f"{host}:{port}"
    path = _unquote_lower(parts.path).rstrip("/")
    query = "&".join(sorted(_unquote_lower(p) for p in parts.query.split("&") if p))
    return f"{host}{path}" + (f"?{query}" if query else "")


def same_resource(a: str, b: str) -> bool:
    """True when two URLs are spellings the archive files as one page (see _canonical)."""
    try:
        return _canonical(a) == _canonical(b)
    except ValueError:
        return False


# --------------------------------------------------------------------------- client


class WaybackClient:
    """Talks to one Wayback Machine (or pywb). Raises WaybackError subclasses; never hangs."""

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        user_agent: str,
        timeout: tuple[float, float] = (10.0, 20.0),
        retries: int = 3,
        backoff_base: float = 1.0,
        deadline: float = 60.0,
        max_bytes: int = 2 * 1024 * 1024,
        max_redirects: int = 10,
        max_pause_wait: float = 60.0,
        limiter: Limiter | None = None,
        access_key: str | None = None,
        secret_key: str | None = None,
        session: requests.Session | None = None,
        session_factory: Callable[[], requests.Session] = requests.Session,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.retries = max(0, retries)
        self.backoff_base = backoff_base
        self.deadline = deadline
        self.max_pause_wait = max_pause_wait
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.limiter = limiter
        self._sleep = sleep
        self.user_agent = user_agent
        self._shared_session = session
        self._session_factory = session_factory  # one session per thread when none is shared
        self._local = threading.local()
        self._auth = f"LOW {access_key}:{secret_key}" if access_key and secret_key else None

    @property
    def session(self) -> requests.Session:
        """The caller's session if given, else one per thread (the pipeline looks up from a few threads)."""
        session: requests.Session | None = self._shared_session or getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = self._session_factory()
        session.headers["User-Agent"] = self.user_agent
        return session

    @property
    def authenticated(self) -> bool:
        return self._auth is not None

    # ------------------------------------------------------------------ endpoints

    def cdx_url(self) -> str:
        return f"{self.base_url}/cdx/search/cdx"

    def replay_url(self, timestamp: str, url: str, *, raw: bool = True) -> str:
        return f"{self.base_url}/web/{timestamp}{'id_' if raw else ''}/{url}"

    # ------------------------------------------------------------------ transport

    def _request(self, kind: str, method: str, url: str, **kwargs: Any) -> requests.Response:
        """One logical request with pacing, retries on 5xx/timeouts, and the 429 policy.

        The time budget (`deadline`) counts the archive's time, not time spent queueing
        for a rate-limit token: waiting our turn is not the archive failing.
        """
        spent = 0.0
        last: WaybackError | None = None
        rate_limited = False
        failures = 0
        attempts = 0
        # Bounded: retries + 1 ordinary attempts, plus the single retry after a 429.
        for _ in range(self.retries + 2):
            remaining = self.deadline - spent
            if remaining <= 0:
                break
            if self.limiter is not None:
                self.limiter.acquire(kind)
            attempts += 1
            started = time.monotonic()
            timeout = (min(self.timeout[0], remaining), min(self.timeout[1], remaining))
            try:
                resp = self.session.request(method, url, timeout=timeout, allow_redirects=False, stream=True,
                                            **kwargs)
            except requests.Timeout as exc:
                last = ArchiveTimeoutError(f"timed out after {timeout[1]:g} s ({type(exc).__name__})", url=url)
            except requests.RequestException as exc:
                why = unreachable_reason(exc)
                if why is not None:
                    raise ArchiveUnreachableError(
                        f"Wayback Machine unreachable: cannot reach the archive at {self.base_url} ({why})",
                        url=url, attempts=attempts) from exc
                last = ArchiveUnavailableError(f"cannot reach the archive ({type(exc).__name__})", url=url)
            else:
                status = resp.status_code
                if status == 429:
                    retry_after = parse_retry_after(resp.headers.get("Retry-After"))
                    resp.close()
                    spent += time.monotonic() - started
                    pause = self.limiter.note_rate_limited(retry_after) if self.limiter else (retry_after or 0.0)
                    err = RateLimitError(
                        f"rate limited by the archive (HTTP 429); archive requests paused {pause:g} s",
                        url=url, retry_after=retry_after)
                    # One retry, and only if the pause is one we are willing to sit out
                    # (max_pause_wait); the limiter makes the retry, and every other request
                    # in the process, wait it out. Waiting our turn is not counted in `deadline`.
                    if rate_limited or pause > self.max_pause_wait:
                        raise err
                    rate_limited = True
                    if self.limiter is None:
                        self._sleep(pause)
                        spent += pause
                    continue
                if status not in RETRYABLE_STATUSES:
                    return resp
                resp.close()
                last = ArchiveUnavailableError(f"archive answered HTTP {status}", url=url, status=status)
            spent += time.monotonic() - started
            failures += 1
            if failures > self.retries:
                break
            delay = retry_delay(failures - 1, self.backoff_base)
            if spent + delay >= self.deadline:
                break
            self._sleep(delay)
            spent += delay
        if isinstance(last, ArchiveUnavailableError):
            last.attempts = attempts
            last.args = (f"{last.args[0]} ({attempts} attempt{'s' if attempts != 1 else ''})",)
            raise last
        raise ArchiveTimeoutError(f"no answer within the {self.deadline:g} s budget", url=url, attempts=attempts)

    def _read(self, resp: requests.Response, limit: int) -> tuple[bytes, bool]:
        """Read at most `limit` bytes, within the time budget; (body, truncated)."""
        started = time.monotonic()
        chunks: list[bytes] = []
        size = 0
        truncated = False
        try:
            iterator: Iterator[bytes] = resp.iter_content(_CHUNK)
            for chunk in iterator:
                chunks.append(chunk)
                size += len(chunk)
                if size >= limit:
                    truncated = size > limit
                    break
                if time.monotonic() - started > self.deadline:
                    raise ArchiveTimeoutError(f"body not read within {self.deadline:g} s", url=resp.url)
        except requests.Timeout as exc:
            raise ArchiveTimeoutError(f"read timed out ({type(exc).__name__})", url=resp.url) from exc
        except requests.RequestException as exc:
            raise ArchiveUnavailableError(f"body could not be read ({type(exc).__name__})", url=resp.url) from exc
        finally:
            resp.close()
        body = b"".join(chunks)
        return body[:limit], truncated

    def _json(self, resp: requests.Response) -> dict[str, Any]:
        body, _ = self._read(resp, JSON_MAX_BYTES)
        try:
            data = json.loads(body.decode("utf-8", "replace"))
        except json.JSONDecodeError:
            snippet = re.sub(r"\s+", " ", body[:120].decode("utf-8", "replace"))
            raise ResponseFormatError(f"expected JSON, got HTTP {resp.status_code}: {snippet!r}", url=resp.url,
                                      status=resp.status_code) from None
        if not isinstance(data, dict):
            raise ResponseFormatError("expected a JSON object", url=resp.url, status=resp.status_code)
        return data

    # ------------------------------------------------------------------ CDX

    def cdx_params(
        self,
        url: str,
        *,
        match_type: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        closest: str | None = None,
        limit: int | None = None,
        filters: Sequence[str] = (),
        fields: Sequence[str] = CDX_FIELDS,
    ) -> list[tuple[str, str]]:
        params = [("url", archive_spelling(url)), ("output", "json"), ("fl", ",".join(fields))]
        if match_type:
            params.append(("matchType", match_type))
        if from_:
            params.append(("from", from_))
        if to:
            params.append(("to", to))
        if closest:
            # Distance sorting needs both; `closest` alone is ignored by archive.org.
            params += [("closest", closest), ("sort", "closest")]
        if limit:
            params.append(("limit", str(limit)))
        params += [("filter", f) for f in filters]
        return params

    def cdx_raw(self, url: str, **query: Any) -> str:
        """The CDX answer's text (for caching); see cdx_params for the query options."""
        params = self.cdx_params(url, **query)
        resp = self._request("cdx", "GET", self.cdx_url(), params=params)
        if resp.status_code == 403:
            # archive.org answers 403 ("Blocked Site Error") for URLs excluded from the Wayback Machine.
            resp.close()
            raise ExcludedError("the archive excludes this URL (HTTP 403)", url=resp.url)
        if resp.status_code != 200:
            body, _ = self._read(resp, 4096)
            # archive.org answers 400 for malformed URLs.
            raise ResponseFormatError(
                f"CDX search answered HTTP {resp.status_code}: {body[:100].decode('utf-8', 'replace')!r}",
                url=resp.url, status=resp.status_code)
        body, truncated = self._read(resp, CDX_MAX_BYTES)
        if truncated:
            raise ResponseFormatError(f"CDX answer exceeds {CDX_MAX_BYTES} bytes; narrow the query", url=resp.url)
        return body.decode("utf-8", "replace")

    def search(self, url: str, **query: Any) -> list[CdxRecord]:
        return parse_cdx_json(self.cdx_raw(url, **query))

    # ------------------------------------------------------------------ replay

    def replay(self, timestamp: str, url: str) -> Memento:
        """The raw bytes of a capture (`id_`), following the archive's redirects to the exact capture.

        archive.org answers 302 and pywb 307 when the timestamp is not exact or the
        capture was replaced by a neighbour; a redirect *to another URL* is the capture's
        own (an archived 3xx) and is returned as such, not followed.
        """
        requested = self.replay_url(timestamp, url)
        current = requested
        for _ in range(self.max_redirects + 1):
            resp = self._request("replay", "GET", current)
            location = resp.headers.get("Location")
            if resp.is_redirect and location:
                target = urljoin(current, location)
                m = _ARCHIVE_PATH.match(urlsplit(target).path + (
                    f"?{urlsplit(target).query}" if urlsplit(target).query else ""))
                if target.startswith(self.base_url + "/web/") and m and same_resource(m.group(2), url):
                    resp.close()
                    current = target
                    continue
            return self._memento(requested, current, resp)
        raise ReplayError(f"more than {self.max_redirects} archive redirects", url=requested)

    def _memento(self, requested: str, final: str, resp: requests.Response) -> Memento:
        body, truncated = self._read(resp, self.max_bytes)
        headers: list[tuple[str, str]] = []
        prefix = "x-archive-orig-"
        for key, value in resp.headers.items():
            if key.lower().startswith(prefix):
                headers.append((key[len(prefix):], value))
        content_type = resp.headers.get("Content-Type")
        if content_type and not any(k.lower() == "content-type" for k, _ in headers):
            headers.append(("Content-Type", content_type))
        m = _ARCHIVE_PATH.match(urlsplit(final).path)
        served = m.group(1) if m else None
        memento_dt = resp.headers.get("Memento-Datetime")
        if memento_dt:
            with contextlib.suppress(TypeError, ValueError):
                served = email.utils.parsedate_to_datetime(memento_dt).strftime("%Y%m%d%H%M%S")
        encoding = None
        if content_type and "charset=" in content_type.lower():
            encoding = content_type.lower().split("charset=", 1)[1].split(";")[0].strip().strip("\"'") or None
        return Memento(
            requested_url=requested,
            final_url=final,
            timestamp=served,
            status=resp.status_code,
            headers=tuple(headers),
            content_type=content_type,
            body=body,
            truncated=truncated,
            encoding=encoding,
            location=resp.headers.get("Location") if resp.is_redirect else None,
        )

    # ------------------------------------------------------------------ Memento

    def timegate(self, url: str, when: datetime) -> str | None:
        """The archive URL of the capture nearest `when` (RFC 7089 TimeGate), or None if none."""
        target = f"{self.base_url}/web/{archive_spelling(url)}"
        headers = {"Accept-Datetime": email.utils.format_datetime(when.astimezone(UTC), usegmt=True)}
        resp = self._request("replay", "GET", target, headers=headers)
        try:
            if resp.is_redirect and resp.headers.get("Location"):
                return urljoin(target, resp.headers["Location"])
            if resp.status_code == 200:
                return resp.headers.get("Content-Location") or None
            return None
        finally:
            resp.close()

    def timemap(self, url: str) -> list[MementoLink]:
        """Every memento the archive lists for `url` (shares the CDX rate limit on archive.org)."""
        resp = self._request("cdx", "GET", f"{self.base_url}/web/timemap/link/{archive_spelling(url)}")
        if resp.status_code == 404:
            resp.close()
            return []
        if resp.status_code != 200:
            resp.close()
            raise ResponseFormatError(f"TimeMap answered HTTP {resp.status_code}", url=resp.url,
                                      status=resp.status_code)
        body, _ = self._read(resp, CDX_MAX_BYTES)
        return parse_timemap(body.decode("utf-8", "replace"))

    # ------------------------------------------------------------------ Save Page Now 2

    def _save_headers(self) -> dict[str, str]:
        headers = {"Accept": "application/json"}
        if self._auth:
            headers["Authorization"] = self._auth
        return headers

    def save(self, url: str) -> SaveJob:
        """Submit a capture job. SPN2 may refuse with HTTP 200 and {"status": "error"}: that raises SaveError."""
        url = strip_fragment(url)
        resp = self._request("save", "POST", f"{self.base_url}/save", data={"url": url},
                             headers=self._save_headers())
        data = self._json(resp)
        if data.get("job_id"):
            return SaveJob(job_id=str(data["job_id"]), url=str(data.get("url") or url))
        raise SaveError(
            str(data.get("message") or f"save refused (HTTP {resp.status_code})"),
            url=url, status_ext=str(data.get("status_ext") or "") or None)

    def save_status(self, job_id: str) -> SaveStatus:
        resp = self._request("replay", "GET", f"{self.base_url}/save/status/{job_id}",
                             headers=self._save_headers())
        data = self._json(resp)
        status = str(data.get("status") or "error")
        http_status = data.get("http_status")
        return SaveStatus(
            status=status,
            job_id=str(data.get("job_id") or job_id),
            timestamp=str(data["timestamp"]) if data.get("timestamp") else None,
            original_url=str(data["original_url"]) if data.get("original_url") else None,
            message=str(data["message"]) if data.get("message") else None,
            status_ext=str(data["status_ext"]) if data.get("status_ext") else None,
            http_status=int(http_status) if isinstance(http_status, int | str) and str(http_status).isdigit()
            else None,
        )

    def save_and_wait(self, url: str, *, deadline: float, poll_interval: float = 5.0) -> SaveStatus:
        """Submit, then poll until the job leaves "pending" or `deadline` seconds pass.

        A job still pending at the deadline is returned as such (status "pending").
        """
        job = self.save(url)
        give_up = time.monotonic() + deadline
        status = SaveStatus(status="pending", job_id=job.job_id, original_url=job.url)
        # Bounded in count as well as time, whatever the clock does.
        for _ in range(max(1, int(deadline / max(poll_interval, 0.01)) + 2)):
            status = self.save_status(job.job_id)
            if status.status != "pending":
                return status
            left = give_up - time.monotonic()
            if left <= 0:
                break
            self._sleep(min(poll_interval, left))
        return status
