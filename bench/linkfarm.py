"""A local link farm for benchmarks: 20 loopback "hosts", fixed latency, a realistic mix.

Each host is its own server on 127.0.0.<h> (h = 1..20 by default, `hosts` for more, up to
250; ephemeral port). Every
answer waits `latency` seconds first (100 ms by default), as a distant server
would. The mix (fractions of N, assigned round-robin over hosts):

    ok        200 article pages                            -> ok
    redirect  chains of 1-3 301s ending at a 200 page      -> redirected
    gone      404 or 410                                   -> gone
    error     persistent 500                               -> server_error
    flaky     503 once, then 200                           -> ok
    ra429     429 + Retry-After: 1 once, then 200          -> ok
    head405   HEAD answers 405, GET 200                    -> ok
    forbidden 403                                          -> blocked
    limited   one URL: 429 + Retry-After: 3600, always     -> blocked
    slow      one URL: 200 after 3 s                       -> ok

Unknown paths answer 404 (so a soft-404 probe finds an honest server).
`python bench/linkfarm.py --n 500` serves until interrupted and prints the manifest.
The truth and the minimal request plan of each URL are in the manifest, from
which `floor_seconds` derives the theoretical floor of a polite checker.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import threading
import time
from dataclasses import asdict, dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

HOSTS = 20
LATENCY = 0.1
SLOW_SECONDS = 3.0
RETRY_AFTER = 1
MIX = (  # kind, fraction of N
    ("redirect", 0.08), ("gone", 0.07), ("error", 0.03), ("flaky", 0.02), ("ra429", 0.02),
    ("head405", 0.03), ("forbidden", 0.01),
)
TRUTH = {
    "ok": "ok", "redirect": "redirected", "gone": "gone", "error": "server_error", "flaky": "ok",
    "ra429": "ok", "head405": "ok", "forbidden": "blocked", "limited": "blocked", "slow": "ok",
}
WORDS = (
    "treaty", "pipeline", "summit", "ministry", "tariff", "reactor", "island", "border", "frontier", "envoy",
    "sanction", "rouble", "yuan", "delegation", "communique", "railway", "harbour", "fishery", "garrison",
    "parliament", "election", "reform", "archive",
)


@dataclass(frozen=True)
class FarmURL:
    url: str
    kind: str
    truth: str
    host: int  # 0-based host index
    requests: int  # GETs a careful checker needs (hops + retries)
    wait: float  # seconds of waiting the server mandates (Retry-After, slowness)


class FarmState:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.seen: set[str] = set()
        self.count = 0

    def first(self, key: str) -> bool:
        with self.lock:
            if key in self.seen:
                return False
            self.seen.add(key)
            return True


def page(title: str) -> bytes:
    rng = random.Random(title)
    words = " ".join(rng.choice(WORDS) for _ in range(150))
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><article><h1>{title}</h1><p>{words}</p></article></body></html>").encode()


class FarmHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: FarmServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_HEAD(self) -> None:
        self._answer(head=True)

    def do_GET(self) -> None:
        self._answer(head=False)

    def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _answer(self, head: bool) -> None:
        state = self.server.state
        with state.lock:
            state.count += 1
        time.sleep(self.server.latency)
        parts = self.path.split("?", 1)[0].strip("/").split("/")
        kind = parts[0]
        if len(parts) < 2 or not parts[1].isdigit():
            return self._send(404, b"<title>Not Found</title>")  # honest 404s, also for soft-404 probes
        key = f"{self.server.server_address}{self.path}"
        if kind == "ok" or kind == "final":
            return self._send(200, page(self.path))
        if kind == "redirect":  # /redirect/<id>?left=<hops left>: one section, as on real sites
            query = self.path.partition("?")[2]
            left = int(query[5:]) if query.startswith("left=") and query[5:].isdigit() else 1
            target = f"/redirect/{parts[1]}?left={left - 1}" if left > 1 else f"/final/{parts[1]}"
            return self._send(301, b"", {"Location": target})
        if kind == "gone":
            return self._send(410 if int(parts[1]) % 2 else 404, b"<title>Not Found</title>")
        if kind == "error":
            return self._send(500, b"<title>Internal Server Error</title>")
        if kind == "flaky":
            if not head and state.first(key):
                return self._send(503, b"<title>Service Unavailable</title>")
            return self._send(200, page(self.path))
        if kind == "ra429":
            if not head and state.first(key):
                return self._send(429, b"<title>Too Many Requests</title>", {"Retry-After": str(RETRY_AFTER)})
            return self._send(200, page(self.path))
        if kind == "head405":
            return self._send(405, b"") if head else self._send(200, page(self.path))
        if kind == "forbidden":
            return self._send(403, b"<title>Forbidden</title>")
        if kind == "limited":
            return self._send(429, b"<title>Too Many Requests</title>", {"Retry-After": "3600"})
        if kind == "slow":
            time.sleep(SLOW_SECONDS)
            return self._send(200, page(self.path))
        return self._send(404, b"<title>Not Found</title>")


class FarmServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512

    def __init__(self, address: tuple[str, int], latency: float) -> None:
        self.state = FarmState()
        self.latency = latency
        super().__init__(address, FarmHandler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients closing kept-alive connections at exit is normal, not news


def plan(n: int, seed: int = 7, hosts: int = HOSTS) -> list[tuple[str, str, int, int, float]]:
    """(kind, path, host, requests, wait) for N URLs over `hosts` hosts."""
    rng = random.Random(seed)
    kinds: list[str] = []
    for kind, frac in MIX:
        kinds += [kind] * max(1, round(n * frac))
    kinds += ["limited", "slow"]
    kinds += ["ok"] * max(0, n - len(kinds))
    kinds = kinds[:n]
    rng.shuffle(kinds)
    out = []
    for i, kind in enumerate(kinds):
        host = i % hosts
        requests, wait = 1, 0.0
        if kind == "redirect":
            hops = 1 + i % 3
            path, requests = f"/redirect/{i}?left={hops}", hops + 1
        else:
            path = f"/{kind}/{i}"
        if kind in ("flaky", "ra429"):
            requests = 2
            wait = float(RETRY_AFTER) if kind == "ra429" else 0.0
        if kind == "slow":
            wait = SLOW_SECONDS
        out.append((kind, path, host, requests, wait))
    return out


class Farm:
    """The running farm (in this process). Use from a child process for benchmarks."""

    def __init__(self, n: int, latency: float = LATENCY, seed: int = 7, hosts: int = HOSTS) -> None:
        if not 1 <= hosts <= 250:
            raise ValueError("hosts: 1 to 250 (127.0.0.1 to 127.0.0.250)")
        self.servers = [FarmServer((f"127.0.0.{h + 1}", 0), latency) for h in range(hosts)]
        self.threads = [threading.Thread(target=s.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
                        for s in self.servers]
        for t in self.threads:
            t.start()
        self.latency = latency
        self.urls = [
            FarmURL(f"http://{self.netloc(host)}{path}", kind, TRUTH[kind], host, requests, wait)
            for kind, path, host, requests, wait in plan(n, seed, hosts)
        ]

    def netloc(self, host: int) -> str:
        addr = self.servers[host].server_address
        name = addr[0].decode() if isinstance(addr[0], bytes) else str(addr[0])  # typeshed allows bytes
        return f"{name}:{addr[1]}"

    def requests_served(self) -> int:
        return sum(s.state.count for s in self.servers)

    def close(self) -> None:
        for s in self.servers:
            s.shutdown()
            s.server_close()


def floor_seconds(urls: list[FarmURL], latency: float, per_host: int, delay: float) -> dict[str, float]:
    """The least wall time any checker needs at this politeness.

    Per host: its requests start at least `delay` apart and at most `per_host` run at
    once, each taking `latency`. Per URL: its requests run one after another, plus
    the waits the server mandates. The floor is the larger of the two maxima.
    """
    by_host: dict[int, int] = {}
    for u in urls:
        by_host[u.host] = by_host.get(u.host, 0) + u.requests
    host_floor = max(max((r - 1) * delay, r * latency / per_host) + latency for r in by_host.values())
    url_floor = max(u.requests * latency + u.wait for u in urls)
    return {"floor": max(host_floor, url_floor), "host_floor": host_floor, "url_floor": url_floor}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--latency", type=float, default=LATENCY)
    ap.add_argument("--hosts", type=int, default=HOSTS, help=f"loopback hosts to serve (default {HOSTS})")
    ap.add_argument("--manifest", help="write the manifest (JSON) here; default: stdout")
    args = ap.parse_args()
    farm = Farm(args.n, args.latency, hosts=args.hosts)
    manifest = json.dumps({"latency": args.latency, "urls": [asdict(u) for u in farm.urls]})
    if args.manifest:
        with open(args.manifest, "w") as fh:
            fh.write(manifest)
        print(f"ready {args.manifest}", flush=True)
    else:
        print(manifest, flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    finally:
        print(f"served {farm.requests_served()}", flush=True)
        farm.close()


if __name__ == "__main__":
    main()
