"""Behind mitmproxy, as a user on a company or CI network runs `check`: no private address,
however it is spelled, is ever sent to the proxy, whether cited or a redirect target.

The run is the unmodified CLI with only HTTP(S)_PROXY and the proxy's CA in its environment
(no --allow-private). The proxy logs every request it receives, and the canary on loopback
aliases (tests/fixtures/zoo.py) fails the test if anything reached it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import pytest

from tests.e2e import simweb_truth as truth
from tests.fixtures.simweb import SimWeb
from tests.fixtures.zoo import Canary
from tests.resolve.test_guard import ALL_SPELLINGS
from tests.test_cli import _write_refs

ROOT = Path(__file__).resolve().parents[2]
CHECKER_TOML = "connect_timeout = 3.0\nread_timeout = 5.0\nurl_deadline = 20.0\nretries = 0\nper_host_delay = 0.0\n"

pytestmark = pytest.mark.timeout(300)


def ascii_location(host: str) -> str:
    """A Location header must be latin-1 for mitmproxy: non-ASCII hosts go percent-encoded."""
    return host if host.isascii() else quote(host, safe="[]:%")


def test_no_spelling_of_a_private_address_reaches_the_proxy(simweb: SimWeb, canary: Canary,
                                                           tmp_path: Path) -> None:
    live = [s for s in truth.SOURCES if s.host not in truth.DEAD_HOSTS and s.scenario not in ("tunnel_refused",)]
    redirect_spellings = ALL_SPELLINGS[: len(live)]
    redirects = {s.url: f"redirect:http://{ascii_location(host)}:{canary.port}/latest/meta-data/"
                 for s, (host, _, _) in zip(live, redirect_spellings, strict=False)}
    cited = [canary.url(host, "/latest/meta-data/") for host, _, _ in ALL_SPELLINGS]
    refs = _write_refs(tmp_path / "refs.yaml", dict(enumerate([*cited, *redirects], start=1)))
    (tmp_path / "checker.toml").write_text(CHECKER_TOML, encoding="utf-8")
    simweb.set_state("web", overrides=redirects)
    simweb.clear_log()
    out = tmp_path / "reports"
    proc = subprocess.run(
        [sys.executable, "run_check.py", "check", str(refs), "--no-archive", "--state", "none", "--format", "json",
         "--output-dir", str(out), "--config", str(tmp_path / "checker.toml"), "-q"],
        cwd=ROOT, env=simweb.env(), capture_output=True, text=True, timeout=240)
    try:
        assert proc.returncode == 0, proc.stderr[-3000:]  # refused is not dead
        report: dict[str, Any] = json.loads((out / "report.json").read_text(encoding="utf-8"))
        by_url = {u["url"]: u for u in report["urls"]}
        for url, (_, _, rule) in zip(cited, ALL_SPELLINGS, strict=True):
            assert by_url[url]["verdict"] == "not_checked", by_url[url]
            assert f"refused: {rule}" in by_url[url]["reason"], by_url[url]
        for (url, _), (_, _, rule) in zip(redirects.items(), redirect_spellings, strict=False):
            assert by_url[url]["verdict"] == "not_checked", by_url[url]
            assert by_url[url]["reason"].startswith("redirect target "), by_url[url]
            assert f"refused: {rule}" in by_url[url]["reason"], by_url[url]
        sent = {e["host"] for e in simweb.exchanges()}
        assert sent <= {urlsplit(u).hostname for u in redirects}, sent  # only the cited public hosts
        assert not [c for c in simweb.upstream_connections() if c.endswith(f":{canary.port}")]
    finally:
        simweb.set_state("web")
