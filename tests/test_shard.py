"""`check --shard I/N` + `merge`: N machines' shares joined into the reports one machine would
have written, on the benchmark link farm (20 loopback hosts) and the local pywb archive."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.linkfarm import Farm
from checker import references
from checker.cli import main
from checker.errors import InputError
from checker.models import Article, Citation, CitationKind, Note, References
from checker.shard import Shard, exclude_pattern, host_key, merge_shard_runs, owner

SHARDS = 4
# Kinds whose answer does not depend on what the farm saw before (flaky/ra429 answer
# differently the second time; slow/limited only cost time).
STEADY = ("ok", "redirect", "gone", "error", "head405", "forbidden")


def test_a_shard_is_written_i_slash_n():
    assert Shard.parse(" 2/4 ") == Shard(2, 4) and str(Shard(2, 4)) == "2/4"
    for bad in ("0/4", "5/4", "2", "a/b", "2/0", "-1/4"):
        with pytest.raises(ValueError, match="1 <= I <= N"):
            Shard.parse(bad)


def test_a_host_belongs_to_one_shard_whatever_the_spelling():
    spellings = ("http://www.Example.org/a", "https://example.org:443/b?x#y", "http://user@example.org./c")
    assert {host_key(u) for u in spellings} == {"example.org"}
    assert len({owner(u, SHARDS) for u in spellings}) == 1
    assert owner(None, SHARDS) == owner("javascript:alert(1)", SHARDS) == 1


def test_hosts_spread_over_every_shard():
    counts = [0] * SHARDS
    for i in range(400):
        counts[owner(f"http://host{i}.example/x", SHARDS) - 1] += 1
    assert min(counts) > 60  # 100 each on average


def test_the_exclude_pattern_names_exactly_the_other_shards_urls():
    import re

    urls = [f"http://h{i}.example:8{i}/p/{i}" for i in range(40)]
    refs = References(Article(), tuple(Note(i + 1, u, None, (Citation(0, u, url=u),)) for i, u in enumerate(urls)))
    for index in range(1, SHARDS + 1):
        rx = re.compile(exclude_pattern([refs], Shard(index, SHARDS)) or "(?!)")
        for u in (*urls, *(u.replace("http://", "HTTPS://www.") for u in urls)):
            assert bool(rx.search(u)) is (owner(u, SHARDS) != index), u
    assert not re.search(exclude_pattern([refs], Shard(1, SHARDS)) or "(?!)", "http://h1.example.evil.org/")


@pytest.fixture(scope="module")
def farm():
    farm = Farm(n=120, latency=0.01)
    yield farm
    farm.close()


def farm_references(farm, tmp_path: Path, wayback) -> Path:
    steady = [u for u in farm.urls if u.kind in STEADY]
    urls = [u.url for u in steady[:40]] + [u.url for u in steady[40:] if u.kind != "ok"]
    notes = [Note(i + 1, f"Source {i + 1}, {u}.", None,
                  (Citation(0, f"“Farm page {i},” Farm News, 2015-09-11, {u}.", CitationKind.NEWS,
                            title=f"Farm page {i}", container="Farm News", date="2015-09-11",
                            date_iso="2015-09-11", url=u),))
             for i, u in enumerate(urls)]  # fmt: skip
    notes.append(Note(len(notes) + 1, "Conversation with an official, May 2015.", None,
                      (Citation(0, "Conversation with an official, May 2015.", CitationKind.PERSONAL),)))
    notes.append(Note(len(notes) + 1, "See javascript:void(0).", None,
                      (Citation(0, "See javascript:void(0).", url="javascript:void(0)"),)))
    notes.append(Note(len(notes) + 1, f"Ibid., {urls[0]}.", None,
                      (Citation(0, f"Ibid., {urls[0]}.", ibid=True, refers_to=1, url=urls[0]),)))
    wayback.add_capture(urls[0], "20150911090000", "<html><title>Farm page 0</title><p>words</p></html>")
    refs = References(Article(title="Farm article", date="2015-12", source="farm.txt"), tuple(notes))
    path = tmp_path / "references.yaml"
    references.save(refs, path, force=True)
    (tmp_path / "checker.toml").write_text(
        "cdx_per_minute = 60000.0\nreplay_per_second = 1000.0\nper_host_delay = 0.0\nretries = 1\n"
        "backoff_base = 0.01\nconnect_timeout = 2.0\nread_timeout = 3.0\nurl_deadline = 10.0\n", encoding="utf-8")
    return path


def comparable(report: dict) -> dict:
    """What a reader acts on: verdicts, reasons, archive outcomes, findings, counts (not timings)."""
    results = [
        (r["note_number"], r["citation"]["index"],
         r["link"] and (r["link"]["verdict"], r["link"]["reason"], r["link"]["status"], r["link"]["final_url"]),
         r["archive"] and (r["archive"]["status"], r["archive"]["reason"]),
         [(f["code"], f["message"]) for f in r["findings"]])
        for r in report["results"]
    ]  # fmt: skip
    urls = [(u["url"], u["verdict"], u["reason"], u.get("notes")) for u in report["urls"]]
    return {"results": results, "urls": urls, "summary": report["summary"]}


def test_shards_merged_report_what_one_machine_reports(farm, wayback, tmp_path, capsys):
    refs = farm_references(farm, tmp_path, wayback)
    common = ["--allow-private", "--wayback-url", wayback.base_url, "--no-compare", "-q", "--fail-on", "none"]
    single = tmp_path / "single"
    assert main(["check", str(refs), *common, "--output-dir", str(single), "--format", "json,markdown"]) == 0

    states = []
    for i in range(1, SHARDS + 1):
        out = tmp_path / f"shard{i}"
        assert main(["check", str(refs), *common, "--output-dir", str(out), "--shard", f"{i}/{SHARDS}",
                     "--format", "json"]) == 0  # fmt: skip
        states.append(out / f"history.shard-{i}-of-{SHARDS}.sqlite")
        assert states[-1].is_file()
    merged = tmp_path / "merged"
    assert main(["merge", *map(str, reversed(states)), "--output-dir", str(merged), "--format", "json,markdown",
                 "-q", "--fail-on", "none", "--state", str(tmp_path / "merged.sqlite")]) == 0  # fmt: skip
    capsys.readouterr()

    want = json.loads((single / "report.json").read_text(encoding="utf-8"))
    got = json.loads((merged / "report.json").read_text(encoding="utf-8"))
    assert comparable(got) == comparable(want)
    verdicts = {r[2][0] for r in comparable(got)["results"] if r[2]}
    assert {"ok", "redirected", "gone", "server_error", "blocked", "invalid"} <= verdicts
    assert any(r[3] and r[3][0] == "found" for r in comparable(got)["results"])
    # Every shard checked a share, not everything.
    shard_one = json.loads((tmp_path / "shard1" / "report.json").read_text(encoding="utf-8"))
    assert 0 < shard_one["summary"]["verdicts"].get("not_checked", 0) < len(shard_one["urls"])
    # `report` re-renders the merged run from the merged state.
    report = ["report", "--state", str(tmp_path / "merged.sqlite"), "--format", "json", "-o", "-", "-q"]
    assert main([*report, "--fail-on", "none"]) == 0
    assert comparable(json.loads(capsys.readouterr().out)) == comparable(want)


def test_merge_refuses_an_incomplete_fan_out(farm, wayback, tmp_path, capsys):
    refs = farm_references(farm, tmp_path, wayback)
    common = ["--allow-private", "--no-archive", "--no-compare", "-q", "--fail-on", "none", "--format", "json"]
    for i in (1, 2):
        assert main(["check", str(refs), *common, "--output-dir", str(tmp_path / "s"), "--shard", f"{i}/3"]) == 0
    s1, s2 = (str(tmp_path / "s" / f"history.shard-{i}-of-3.sqlite") for i in (1, 2))
    assert main(["merge", s1, s2, "--output-dir", str(tmp_path / "m")]) == 2
    assert capsys.readouterr().err == "run_check.py: error: missing shard state(s): 3/3\n"
    assert main(["merge", s1, s1, "--output-dir", str(tmp_path / "m")]) == 2
    assert capsys.readouterr().err == "run_check.py: error: shard 1/3 given twice\n"
    assert main(["merge", str(tmp_path / "nope.sqlite")]) == 2
    assert "no such shard state" in capsys.readouterr().err
    with pytest.raises(InputError, match="no run"):
        merge_shard_runs([[]])


def test_a_shards_interrupted_run_is_not_resumed_as_another_shards():
    from checker.config import Config
    from checker.pipeline import resume_key

    url = "http://a.example/x"
    refs = References(Article(), (Note(1, url, None, (Citation(0, url, url=url),)),))
    keys = {resume_key([refs], Config(excludes=(exclude_pattern([refs], Shard(i, 2)) or "",))) for i in (1, 2)}
    assert len(keys) == 2
