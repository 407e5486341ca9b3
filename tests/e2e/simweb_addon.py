"""mitmproxy addon that plays a simulated web for the end-to-end tests.

Run by tests/fixtures/simweb.py as ``mitmdump -s simweb_addon.py`` inside .venv-mitm.
It answers for the real host names the seed article cites, from the truth table in
simweb_truth.py, and for https://web.archive.org: either from its own table (CDX JSON and
``id_`` replay, the shapes web.archive.org uses) or by forwarding to a local Wayback
implementation (the pywb adapter), chosen in the state file.

No request ever leaves the machine: every host is answered here, forwarded to 127.0.0.1,
or (a host that "does not exist") sent to a closed loopback port so that mitmproxy itself
fails to connect and answers 502, exactly as it would for a dead host on the real web.

The state file (JSON, re-read when it changes) lets one proxy serve several test cases:
``{"mode": "web" | "down", "epoch": n, "overrides": {url: scenario}, "archive": {...}}``.
Every exchange is appended to the log file as one JSON line, so tests can prove the
traffic went through the proxy.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import sys
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from mitmproxy import ctx, http

sys.path.insert(0, str(Path(__file__).resolve().parent))

# mitmproxy loads this file as a script, not as part of the tests package: import the table by path.
import simweb_truth as truth

# Nothing listens on port 1 of the loopback interface, so mitmproxy's own connection attempt
# fails and it answers 502 Bad Gateway itself: the real behaviour of a proxy for a dead host.
DEAD_END = ("127.0.0.1", 1)
HTML = {"Content-Type": "text/html; charset=utf-8"}
REPLAY_RE = re.compile(r"^/web/(\d{1,14})([a-z]{2}_)?/(.+)$")
CDX_FIELDS = ("urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length")


class SimWeb:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state: dict[str, Any] = {"mode": "web"}
        self._state_mtime: float | None = None
        self._hits: dict[str, int] = {}

    # ------------------------------------------------------------------ options and state

    def load(self, loader: Any) -> None:
        loader.add_option("simweb_state", str, "", "JSON state file (mode, overrides, archive)")
        loader.add_option("simweb_log", str, "", "append one JSON line per exchange here")

    def state(self) -> dict[str, Any]:
        path = ctx.options.simweb_state
        if not path:
            return self._state
        try:
            mtime = os.stat(path).st_mtime_ns
        except OSError:
            return self._state
        with self._lock:
            if mtime != self._state_mtime:
                try:
                    new = json.loads(Path(path).read_text(encoding="utf-8"))
                except (OSError, ValueError):
                    return self._state  # half-written: keep the previous state
                if new.get("epoch") != self._state.get("epoch"):
                    self._hits.clear()  # a new case starts: "429 once" counts again
                self._state, self._state_mtime = new, mtime
            return self._state

    def _hit(self, key: str) -> int:
        with self._lock:
            self._hits[key] = self._hits.get(key, 0) + 1
            return self._hits[key]

    def _log(self, flow: http.HTTPFlow, status: int | None, note: str = "") -> None:
        path = ctx.options.simweb_log
        if not path:
            return
        line = json.dumps({
            "t": round(time.time(), 3),
            "method": flow.request.method,
            "scheme": flow.metadata.get("simweb_scheme", flow.request.scheme),
            "host": flow.metadata.get("simweb_host", flow.request.pretty_host),
            "path": flow.metadata.get("simweb_path", flow.request.path),
            "status": status,
            "user_agent": flow.request.headers.get("User-Agent", ""),
            "note": note or flow.metadata.get("simweb_note", ""),
        })
        with self._lock, open(path, "a", encoding="utf-8") as f:
            f.write(line + "\n")

    # ------------------------------------------------------------------ hooks

    def http_connect(self, flow: http.HTTPFlow) -> None:
        """CONNECT host:443. With the network down the tunnel itself fails, as at a real proxy."""
        host = flow.request.host.lower()
        flow.metadata["simweb_host"] = host
        state = self.state()
        overrides = state.get("overrides") or {}
        refused = any(s.host == host and overrides.get(s.url) == "tunnel_refused" for s in truth.SOURCES)
        if state.get("mode") == "down" or refused:
            flow.response = http.Response.make(502, b"Bad Gateway: cannot reach the host", HTML)
            self._log(flow, 502, "tunnel refused: " + ("network down" if state.get("mode") == "down" else host))
        else:
            self._log(flow, 200, "tunnel")

    def request(self, flow: http.HTTPFlow) -> None:
        req = flow.request
        host = req.pretty_host.lower()
        flow.metadata.update(simweb_host=host, simweb_scheme=req.scheme, simweb_path=req.path)
        state = self.state()
        if state.get("mode") == "down":
            self._dead_end(flow, "network down")
            return
        if host == truth.WAYBACK_HOST:
            self._wayback(flow, state.get("archive") or {"mode": "table"})
            return
        self._site(flow, host, state)

    def response(self, flow: http.HTTPFlow) -> None:
        if flow.request.method == "CONNECT" or flow.response is None:
            return
        if flow.metadata.get("simweb_forwarded"):
            # The local archive speaks plain http; its links must point back at https://web.archive.org.
            for name in ("Location", "Content-Location", "Link"):
                if name in flow.response.headers:
                    flow.response.headers[name] = flow.response.headers[name].replace(
                        f"http://{truth.WAYBACK_HOST}/", f"https://{truth.WAYBACK_HOST}/")
        self._log(flow, flow.response.status_code)

    def error(self, flow: http.HTTPFlow) -> None:
        # mitmproxy answers the client 502 itself when it cannot reach the upstream.
        self._log(flow, 502, f"proxy error: {flow.error.msg if flow.error else 'unknown'}")

    # ------------------------------------------------------------------ the sites

    def _dead_end(self, flow: http.HTTPFlow, why: str) -> None:
        flow.metadata["simweb_note"] = why
        flow.request.scheme = "http"
        flow.request.host, flow.request.port = DEAD_END

    def _site(self, flow: http.HTTPFlow, host: str, state: dict[str, Any]) -> None:
        req = flow.request
        if host in truth.DEAD_HOSTS or not any(s.host == host for s in truth.SOURCES):
            self._dead_end(flow, "no such host")
            return
        path = req.path
        if path == "/" or path.startswith("/?"):
            self._answer(flow, 200, truth.homepage_html(host), HTML)
            return
        source = truth.find(host, path)
        if source is None:
            if host in truth.SOFT404_HOSTS:
                self._answer(flow, 200, truth.not_found_html(host), HTML)
            else:
                self._answer(flow, 404, truth.not_found_html(host), HTML)
            return
        scenario = (state.get("overrides") or {}).get(source.url, source.scenario)
        self._play(flow, source, scenario)

    def _play(self, flow: http.HTTPFlow, source: truth.Source, scenario: str) -> None:
        req = flow.request
        https_url = f"https://{source.host}{req.path}"
        if source.moved_to and req.path == source.moved_to:
            self._answer(flow, 200, truth.redesigned_html(source, url=https_url), HTML)
        elif scenario == "ok":
            self._answer(flow, 200, truth.redesigned_html(source, url=f"{req.scheme}://{source.host}{req.path}"), HTML)
        elif scenario == "retry_after":
            if self._hit(source.url) == 1:
                self._answer(flow, 429, "<h1>Too Many Requests</h1>", {**HTML, "Retry-After": "1"})
            else:
                self._answer(flow, 200, truth.redesigned_html(source), HTML)
        elif scenario in ("https", "tunnel_refused"):  # the CONNECT of tunnel_refused fails in http_connect
            if req.scheme == "http":
                self._answer(flow, 301, "", {**HTML, "Location": https_url})
            else:
                self._answer(flow, 200, truth.redesigned_html(source, url=https_url), HTML)
        elif scenario == "moved":
            self._answer(flow, 301, "", {**HTML, "Location": f"https://{source.host}{source.moved_to}"})
        elif scenario == "homepage":
            self._answer(flow, 301, "", {**HTML, "Location": f"https://{source.host}/"})
        elif scenario == "not_found":
            self._answer(flow, 404, truth.not_found_html(source.host), HTML)
        elif scenario == "gone_410":
            self._answer(flow, 410, truth.not_found_html(source.host), HTML)
        elif scenario == "challenge":
            self._answer(flow, 403, truth.CHALLENGE_HTML, {**HTML, "cf-mitigated": "challenge", "Server": "cloudflare"})
        elif scenario == "server_error":
            self._answer(flow, 503, "<h1>503 Service Unavailable</h1>", HTML)
        elif scenario == "soft404_site":
            self._answer(flow, 200, truth.not_found_html(source.host), HTML)
        elif scenario == "edited":
            self._answer(flow, 200, truth.redesigned_html(source, version="edited"), HTML)
        elif scenario == "replaced":
            self._answer(flow, 200, truth.redesigned_html(source, version="replaced"), HTML)
        elif scenario == "dead_host":
            self._dead_end(flow, "no such host")
        elif scenario.startswith("redirect:"):  # a hostile Location, e.g. a private address spelled oddly
            self._answer(flow, 302, "", {**HTML, "Location": scenario.removeprefix("redirect:")})
        else:
            self._answer(flow, 500, f"simweb: unknown scenario {scenario!r}", HTML)

    def _answer(self, flow: http.HTTPFlow, status: int, body: str | bytes, headers: dict[str, str]) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        if flow.request.method == "HEAD":
            flow.response = http.Response.make(status, b"", headers)
            flow.response.headers["Content-Length"] = str(len(data))
        else:
            flow.response = http.Response.make(status, data, headers)

    # ------------------------------------------------------------------ the Wayback Machine

    def _wayback(self, flow: http.HTTPFlow, archive: dict[str, Any]) -> None:
        if archive.get("mode") == "forward":
            # Hand the request to a real Wayback implementation (pywb behind its adapter).
            req = flow.request
            req.scheme = archive.get("scheme", "http")
            req.host, req.port = archive["host"], int(archive["port"])
            req.host_header = truth.WAYBACK_HOST  # pywb builds its links from Host
            flow.metadata["simweb_forwarded"] = True
            return
        req = flow.request
        path = urlsplit(req.path).path
        if path == "/cdx/search/cdx":
            self._cdx(flow)
        elif path.startswith("/web/timemap/"):
            self._timemap(flow)
        elif path.startswith("/save"):
            body = json.dumps({"status": "error", "status_ext": "error:not-implemented",
                               "message": "the simulated archive does not save pages"})
            self._answer(flow, 200, body, {"Content-Type": "application/json"})
        elif path.startswith("/web/"):
            self._replay(flow)
        else:
            self._answer(flow, 404, "<h1>Not Found</h1>", HTML)

    def _cdx(self, flow: http.HTTPFlow) -> None:
        q = parse_qs(urlsplit(flow.request.path).query, keep_blank_values=True)
        url = (q.get("url") or [""])[0]
        if not url:
            self._answer(flow, 400, "missing url", {"Content-Type": "text/plain"})
            return
        prefix = url.endswith("*") or (q.get("matchType") or [""])[0] == "prefix"
        key = truth.urlkey(url.rstrip("*"))
        rows = []
        for copy in truth.archived_copies():
            ck = truth.urlkey(copy.original)
            if ck == key or (prefix and ck.startswith(key)):
                rows.append(_cdx_row(copy))
        lo, hi = (q.get("from") or [""])[0], (q.get("to") or [""])[0]
        rows = [r for r in rows if (not lo or r["timestamp"][: len(lo)] >= lo)
                and (not hi or r["timestamp"][: len(hi)] <= hi)]
        for f in q.get("filter", []):
            neg = f.startswith("!")
            name, _, pattern = f.lstrip("!").partition(":")
            if name in CDX_FIELDS:
                rows = [r for r in rows if bool(re.fullmatch(pattern, r[name])) != neg]
        rows.sort(key=lambda r: r["timestamp"])
        closest = (q.get("closest") or [""])[0]
        if closest and (q.get("sort") or [""])[0] == "closest":
            target = int(closest.ljust(14, "0")[:14])
            rows.sort(key=lambda r: abs(int(r["timestamp"]) - target))
        limit = (q.get("limit") or [""])[0]
        if limit.lstrip("-").isdigit():
            n = int(limit)
            rows = rows[n:] if n < 0 else rows[:n]
        fields = [f for f in ",".join(q.get("fl", [])).split(",") if f] or list(CDX_FIELDS)
        if (q.get("output") or [""])[0] == "json":
            table = [fields, *([r[f] for f in fields] for r in rows)] if rows else []
            self._answer(flow, 200, json.dumps(table), {"Content-Type": "application/json"})
        else:
            text = "".join(" ".join(r[f] for f in fields) + "\n" for r in rows)
            self._answer(flow, 200, text, {"Content-Type": "text/plain"})

    def _copies_for(self, url: str) -> list[truth.ArchivedCopy]:
        key = truth.urlkey(url)
        return sorted((c for c in truth.archived_copies() if truth.urlkey(c.original) == key),
                      key=lambda c: c.capture.timestamp)

    def _replay(self, flow: http.HTTPFlow) -> None:
        m = REPLAY_RE.match(flow.request.path)
        if m is None:  # TimeGate: /web/<url> -> the latest capture
            url = flow.request.path[len("/web/"):]
            copies = self._copies_for(url)
            if not copies:
                self._answer(flow, 404, _wayback_missing(url), HTML)
                return
            latest = copies[-1]
            self._answer(flow, 302, "", {"Location": _replay_url(latest.capture.timestamp, "", latest.original)})
            return
        ts, flags, url = m.group(1), m.group(2) or "", m.group(3)
        copies = self._copies_for(url)
        if not copies:
            self._answer(flow, 404, _wayback_missing(url), HTML)
            return
        exact = next((c for c in copies if c.capture.timestamp == ts), None)
        if exact is None:
            # As web.archive.org does: a non-exact timestamp redirects to the nearest capture.
            target = int(ts.ljust(14, "0"))
            near = min(copies, key=lambda c: abs(int(c.capture.timestamp) - target))
            self._answer(flow, 302, "", {"Location": _replay_url(near.capture.timestamp, flags, near.original)})
            return
        status = exact.capture.status
        body = truth.capture_html(exact)
        stamp = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.strptime(exact.capture.timestamp, "%Y%m%d%H%M%S"))
        headers = {
            **HTML,
            "Memento-Datetime": stamp,
            "X-Archive-Orig-Content-Type": "text/html; charset=utf-8",
            "X-Archive-Orig-Date": stamp,
            "X-Archive-Src": "simweb.warc.gz",
            "Link": f'<{exact.original}>; rel="original"',
        }
        self._answer(flow, status, body, headers)

    def _timemap(self, flow: http.HTTPFlow) -> None:
        url = re.sub(r"^/web/timemap/(link/)?", "", flow.request.path)
        copies = self._copies_for(url)
        if not copies:
            self._answer(flow, 404, "", {"Content-Type": "application/link-format"})
            return
        lines = [f'<{copies[0].original}>; rel="original"']
        for c in copies:
            stamp = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.strptime(c.capture.timestamp, "%Y%m%d%H%M%S"))
            lines.append(f'<{_replay_url(c.capture.timestamp, "", c.original)}>; rel="memento"; datetime="{stamp}"')
        self._answer(flow, 200, ",\n".join(lines) + "\n", {"Content-Type": "application/link-format"})


def _replay_url(ts: str, flags: str, original: str) -> str:
    return f"https://{truth.WAYBACK_HOST}/web/{ts}{flags}/{original}"


def _wayback_missing(url: str) -> str:
    return f"<h1>Hrm.</h1><p>The Wayback Machine has not archived that URL.</p><p>{url[:200]}</p>"


def _cdx_row(copy: truth.ArchivedCopy) -> dict[str, str]:
    status = copy.capture.status
    body = truth.capture_html(copy).encode()
    digest = base64.b32encode(hashlib.sha1(body).digest()).decode()
    return {
        "urlkey": truth.urlkey(copy.original),
        "timestamp": copy.capture.timestamp,
        "original": copy.original,
        "mimetype": copy.mimetype,
        "statuscode": str(status),
        "digest": digest,
        "length": str(len(body) // 3),  # stored (gzipped) size: smaller than the page
    }


addons = [SimWeb()]
