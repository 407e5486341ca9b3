"""The whole product, end to end: `run_check.py check` as a user runs it, behind a proxy.

The CLI runs unmodified as a subprocess. Its only way out is the HTTPS-intercepting
proxy named in HTTPS_PROXY/HTTP_PROXY (mitmproxy, playing the simulated web of
tests/e2e/simweb_truth.py), and it trusts that proxy's fresh CA through
REQUESTS_CA_BUNDLE or SSL_CERT_FILE, as on a company or CI network. No --allow-private
(the proxy resolves the real host names, so the private-address guard must stay quiet)
and no --wayback-url (the default https://web.archive.org is reached through the proxy).

Speed comes from configuration only: small timeouts, one retry and generous archive rate
limits in a checker.toml the run is pointed at with --config.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest

from tests.e2e import simweb_truth as truth
from tests.fixtures.simweb import SimWeb

ROOT = Path(__file__).resolve().parents[2]
FORMATS = "json,html,markdown,fixlist,junit"
ARTIFACTS = ROOT / "test-artifacts" / "e2e"
RUN_TIMEOUT = 120.0  # seconds before a hung CLI run is killed
RUN_BUDGET = 45.0  # seconds a healthy run must stay under (measured: about 3-9 s on a busy machine)

# Configuration, not a test-only code path: every key is a documented Config field.
CHECKER_TOML = """\
connect_timeout = 3.0
read_timeout = 5.0
url_deadline = 20.0
retries = 1
backoff_base = 0.05
per_host_delay = 0.0
cdx_per_minute = 6000.0
replay_per_second = 200.0
rate_limit_pause = 1.0
"""

pytestmark = pytest.mark.timeout(300)


@dataclass(frozen=True)
class CliRun:
    proc: subprocess.CompletedProcess[str]
    out_dir: Path
    state: Path
    exchanges: list[dict[str, Any]]
    elapsed: float  # seconds of wall time for the CLI run

    @property
    def report(self) -> dict[str, Any]:
        return json.loads((self.out_dir / "report.json").read_text(encoding="utf-8"))

    def verdicts(self) -> dict[str, str]:
        """URL as cited -> the verdict in report.json (every citation of a URL must agree)."""
        seen: dict[str, set[str]] = {}
        for item in self.report["results"]:
            link = item.get("link")
            if link:
                seen.setdefault(link["url"], set()).add(link["verdict"])
        disagree = {u: v for u, v in seen.items() if len(v) != 1}
        assert not disagree, f"one URL, several verdicts: {disagree}"
        return {u: v.pop() for u, v in seen.items()}

    def results_for(self, url: str) -> list[dict[str, Any]]:
        return [r for r in self.report["results"] if r.get("link") and r["link"]["url"] == url]


def run_check(web: SimWeb, tmp: Path, *, state: Path | None = None, ca_var: str = "REQUESTS_CA_BUNDLE") -> CliRun:
    tmp.mkdir(parents=True, exist_ok=True)
    env = web.env(ca_var=ca_var)
    config = tmp / "checker.toml"
    config.write_text(CHECKER_TOML, encoding="utf-8")
    out_dir, state = tmp / "reports", state or tmp / "h.sqlite"
    web.clear_log()
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "run_check.py", "check", "references.yaml", "--output-dir", str(out_dir),
         "--state", str(state), "--format", FORMATS, "--config", str(config)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT,
    )
    return CliRun(proc=proc, out_dir=out_dir, state=state, exchanges=web.exchanges(),
                  elapsed=time.monotonic() - started)


def describe(run: CliRun) -> str:
    """What a failing assertion should show: the exit code and the CLI's own words."""
    return f"exit {run.proc.returncode}\n--- stderr\n{run.proc.stderr[-4000:]}\n--- stdout\n{run.proc.stdout[-4000:]}"


def fix_entries(fixes_md: str) -> dict[str, str]:
    """fixes.md -> {cited URL: its entry}. An entry starts at "- Citation n, [..](URL)" (or
    "(<URL>)", Markdown's form for URLs with odd characters) and runs to the next entry or note heading."""
    entries: dict[str, str] = {}
    url, lines = None, []
    for line in [*fixes_md.splitlines(), "## end"]:
        starts = re.match(r"^- Citation \d+, \[.*?\]\(<?([^)\s>]+)>?\)", line)
        if starts or line.startswith("## "):
            if url is not None:
                entries[url] = "\n".join(lines)
            url, lines = (starts.group(1), [line]) if starts else (None, [])
        elif url is not None:
            lines.append(line)
    return entries


@pytest.fixture(scope="module")
def first_run(simweb: SimWeb, archive: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> CliRun:
    """One full check of the seed article through the proxy (REQUESTS_CA_BUNDLE); several tests read it."""
    simweb.set_state("web", archive=archive)
    run = run_check(simweb, tmp_path_factory.mktemp("first"))
    # Kept for people and CI to look at (test-artifacts/ is gitignored).
    if run.out_dir.is_dir():
        shutil.copytree(run.out_dir, ARTIFACTS, dirs_exist_ok=True)
        (ARTIFACTS / "proxy-log.jsonl").write_text(
            "".join(json.dumps(e) + "\n" for e in run.exchanges), encoding="utf-8")
    return run


# --------------------------------------------------------------------------- the main run


def test_exit_code_says_dead_links_were_found(first_run: CliRun) -> None:
    assert first_run.proc.returncode == 1, describe(first_run)


def test_the_run_keeps_to_its_configured_limits(first_run: CliRun) -> None:
    """26 archive lookups at the default 24 CDX calls/min would take over a minute; the
    configured limits (checker.toml) must be what paces the run, and retries stay bounded."""
    assert first_run.elapsed < RUN_BUDGET, f"{first_run.elapsed:.1f} s"


def test_no_traceback_on_stderr(first_run: CliRun) -> None:
    assert "Traceback" not in first_run.proc.stderr, describe(first_run)
    assert "internal error" not in first_run.proc.stderr, describe(first_run)


def test_every_verdict_matches_the_truth_table(first_run: CliRun) -> None:
    assert (first_run.out_dir / "report.json").exists(), describe(first_run)
    got = first_run.verdicts()
    assert set(got) == {s.url for s in truth.SOURCES}, "the cited URLs are exactly the seed's 26"
    wrong = {s.url: (got[s.url], s.scenario, sorted(s.expected)) for s in truth.SOURCES
             if got[s.url] not in s.expected}
    reasons = {u: next(r["link"]["reason"] for r in first_run.results_for(u)) for u in wrong}
    assert not wrong, f"verdicts differ from the truth table (got, scenario, expected): {wrong}\nreasons: {reasons}"


def test_fix_list_gives_an_archive_link_or_says_there_is_none(first_run: CliRun) -> None:
    fixes = (first_run.out_dir / "fixes.md").read_text(encoding="utf-8")
    entries = fix_entries(fixes)
    for source in (s for s in truth.SOURCES if s.is_dead):
        assert source.url in entries, f"dead source missing from fixes.md: {source.url}\n{fixes[:3000]}"
        entry = entries[source.url]
        cited = source.cited_capture
        if cited is None:
            assert "no archived copy" in entry, entry
            assert "web.archive.org/web/" not in entry, entry
        else:
            assert f"https://web.archive.org/web/{cited.timestamp}/" in entry, entry
    live = [s.url for s in truth.SOURCES if not s.is_dead and s.scenario != "replaced"]
    assert not [u for u in live if u in entries], "a live, unchanged source is in the fix list"


def test_archive_results_name_the_cited_version(first_run: CliRun) -> None:
    wrong = {}
    for source in truth.SOURCES:
        for item in first_run.results_for(source.url):
            archive = item.get("archive") or {}
            cited = source.cited_capture
            got = (archive.get("status"), (archive.get("cited") or {}).get("timestamp") if cited else None)
            want = (source.archive_status, cited.timestamp if cited else None)
            if got != want:
                wrong[(item["note_number"], source.url)] = (got, want, archive.get("reason"))
    assert not wrong, f"archive results (got, expected, reason): {wrong}"


def test_html_report_is_written(first_run: CliRun) -> None:
    page = (first_run.out_dir / "report.html").read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html"), page[:200]
    assert "Sino-Russian Relations" in page
    for name in ("report.json", "report.md", "fixes.md", "report.junit.xml"):
        assert (first_run.out_dir / name).stat().st_size > 0, name


def test_junit_fails_dead_links_and_passes_live_ones(first_run: CliRun) -> None:
    tree = ElementTree.parse(first_run.out_dir / "report.junit.xml")
    cases = tree.getroot().iter("testcase")
    outcome: dict[str, set[str]] = {}
    for case in cases:
        kind = next((child.tag for child in case if child.tag in ("failure", "error", "skipped")), "passed")
        outcome.setdefault(case.get("name", ""), set()).add(kind)
    assert set(outcome) == {s.url for s in truth.SOURCES}, "one testcase per cited URL, named by it"
    for s in truth.SOURCES:
        if s.is_dead or s.scenario == "replaced":
            assert outcome[s.url] == {"failure"}, (s.url, outcome[s.url])
        elif s.scenario == "challenge":
            assert "failure" not in outcome[s.url], "blocked is never dead"
        elif s.cited_capture is not None:  # live and intact
            assert outcome[s.url] == {"passed"}, (s.url, outcome[s.url])


def test_the_proxy_saw_every_host_and_the_archive(first_run: CliRun) -> None:
    hosts = {e["host"] for e in first_run.exchanges}
    cited = {s.host for s in truth.SOURCES}
    assert cited <= hosts, f"hosts never asked through the proxy: {sorted(cited - hosts)}"
    # No hard-coded canary or other host: only what was cited, and the configured archive.
    assert hosts <= cited | {truth.WAYBACK_HOST}, sorted(hosts - cited)
    archive = [e for e in first_run.exchanges if e["host"] == truth.WAYBACK_HOST]
    assert any(e["method"] == "CONNECT" for e in archive), "web.archive.org must be reached by CONNECT (https)"
    assert any(e["path"].startswith("/cdx/search/cdx") for e in archive), "no CDX query reached the proxy"
    assert any(re.match(r"^/web/\d{14}id_/", e["path"]) for e in archive), "no raw (id_) replay reached the proxy"
    # The archive asks every client to say who it is; the tool's User-Agent names it and its project.
    assert {e["user_agent"].split("/")[0] for e in archive if e["method"] != "CONNECT"} == {"cite-checker"}
    # Pages behind an http -> https redirect were fetched over the intercepted TLS tunnel.
    https_hosts = {s.host for s in truth.SOURCES if s.scenario == "https"}
    assert https_hosts <= {e["host"] for e in first_run.exchanges if e["scheme"] == "https"}


def test_the_retry_after_source_was_asked_again(first_run: CliRun) -> None:
    source = next(s for s in truth.SOURCES if s.scenario == "retry_after")
    statuses = [e["status"] for e in first_run.exchanges if e["host"] == source.host and e["path"] == source.path]
    assert statuses[:2] == [429, 200], statuses


def test_drift_is_graded_against_the_cited_version(first_run: CliRun) -> None:
    replaced = next(s for s in truth.SOURCES if s.scenario == "replaced")
    # Intact: live, unchanged, and with a cited version to compare with (no capture, no verdict).
    intact = [s for s in truth.SOURCES if s.scenario in ("ok", "https", "moved") and s.cited_capture]
    drift = {s.url: (first_run.results_for(s.url)[0].get("comparison") or {}).get("drift")
             for s in [replaced, *intact]}
    assert drift[replaced.url] == "replaced", drift
    assert {u: d for u, d in drift.items() if u != replaced.url and d != "intact"} == {}, drift


def test_no_false_alarms_on_healthy_correct_citations(first_run: CliRun) -> None:
    healthy = [s for s in truth.SOURCES if s.scenario in ("ok", "https", "moved", "retry_after")]
    watched = ("title_mismatch", "author_mismatch")
    alarms = {
        s.url: codes
        for s in healthy
        for item in first_run.results_for(s.url)
        if (codes := [f["code"] for f in item.get("findings", []) if f["code"] in watched])
    }
    assert alarms == {}, alarms


# --------------------------------------------------------------------------- history


def test_second_run_reports_newly_dead_links_with_ssl_cert_file(
    simweb: SimWeb, archive: dict[str, Any], first_run: CliRun, tmp_path: Path
) -> None:
    """Same --state, two sources died since (a 404; an https host the proxy can no longer
    reach): the run says so. This run trusts the proxy's CA through SSL_CERT_FILE instead of
    REQUESTS_CA_BUNDLE, so the https pages must still verify."""
    assert first_run.proc.returncode == 1, describe(first_run)
    simweb.set_state("web", overrides=truth.NEWLY_DEAD, archive=archive)
    try:
        second = run_check(simweb, tmp_path / "second", state=first_run.state, ca_var="SSL_CERT_FILE")
    finally:
        simweb.set_state("web", archive=archive)
    assert second.proc.returncode == 1, describe(second)
    assert "Traceback" not in second.proc.stderr, describe(second)
    verdicts = second.verdicts()
    for url, scenario in truth.NEWLY_DEAD.items():
        assert verdicts[url] in truth.SCENARIO_VERDICTS[scenario], (url, second.results_for(url)[0]["link"])
        codes = [f["code"] for r in second.results_for(url) for f in r.get("findings", [])]
        assert "newly_dead" in codes, (url, codes)
    for source in (s for s in truth.SOURCES if s.scenario == "https" and s.url not in truth.NEWLY_DEAD):
        assert verdicts[source.url] == "redirected", (source.url, second.results_for(source.url)[0]["link"]["reason"])
    still = [f["code"] for s in truth.SOURCES if s.is_dead for r in second.results_for(s.url)
             for f in r.get("findings", [])]
    assert "still_dead" in still, "sources dead in both runs are reported as still dead"
    assert "newly_dead" not in still, "a source dead in both runs is not newly dead"


# --------------------------------------------------------------------------- network down


def test_proxy_down_for_every_host_means_network_unavailable(
    simweb: SimWeb, archive: dict[str, Any], tmp_path: Path
) -> None:
    """Every host, web.archive.org included, gets the proxy's 502: nothing may be called dead."""
    simweb.set_state("down", archive=archive)
    try:
        run = run_check(simweb, tmp_path)
    finally:
        simweb.set_state("web", archive=archive)
    assert run.proc.returncode == 3, describe(run)
    assert "Traceback" not in run.proc.stderr, describe(run)
    verdicts = run.verdicts()
    assert set(verdicts) == {s.url for s in truth.SOURCES}
    assert set(verdicts.values()) == {"not_checked"}, verdicts
    assert run.report.get("network_down") is True
    assert "network" in (run.proc.stdout + run.proc.stderr).lower(), "the console must say the network was down"
    assert run.exchanges and all(e["status"] == 502 for e in run.exchanges), run.exchanges[:5]
    fixes = (run.out_dir / "fixes.md").read_text(encoding="utf-8")
    assert fix_entries(fixes) == {}, "nothing may be listed for fixing when nothing was verified"
