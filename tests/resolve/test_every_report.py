"""What the resolver refuses to open shows in every report, with its reason, as a user runs `check`.

Unsupported schemes (the parser keeps them as citation URLs) are `invalid` with
"unsupported scheme", never opened; private addresses are `not_checked` naming the rule
that refused them. Neither is dead, so neither fails the run.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from checker.cli import main
from tests.test_cli import _write_refs

UNSUPPORTED = {
    1: "javascript:alert(document.cookie)",
    2: "file:///etc/passwd",
    3: "ftp://ftp.example.org/pub/report.pdf",
    4: "mailto:editor@example.org",
    5: "data:text/html,<script>alert(1)</script>",
}
PRIVATE = {6: "http://2852039166/latest/meta-data/iam/security-credentials/",
           7: "http://127\u30020\u30020\u30021/admin"}


def test_unsupported_and_private_urls_in_every_report(tmp_path: Path, capsys: Any, canary: Any) -> None:
    refs = _write_refs(tmp_path / "refs.yaml", {**UNSUPPORTED, **PRIVATE, 8: canary.url("0x7f.1")})
    out = tmp_path / "reports"
    code = main(["check", str(refs), "--no-archive", "--state", "none", "--retries", "0", "--output-dir", str(out),
                 "--format", "html,json,junit,markdown,fixlist", "--all"])
    console = capsys.readouterr().out
    assert code == 0, console  # nothing here is dead

    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    by_url = {u["url"]: u for u in report["urls"]}
    for url in UNSUPPORTED.values():
        scheme = url.split(":", 1)[0]
        assert by_url[url]["verdict"] == "invalid"
        assert by_url[url]["reason"] == f"unsupported scheme {scheme}: (not opened)"
        assert by_url[url]["status"] is None
    for url in [*PRIVATE.values(), canary.url("0x7f.1")]:
        assert by_url[url]["verdict"] == "not_checked"
        assert "refused: " in by_url[url]["reason"]
    assert "refused: link-local" in by_url[PRIVATE[6]]["reason"]
    assert "(= 169.254.169.254)" in by_url[PRIVATE[6]]["reason"]

    junit = (out / "report.junit.xml").read_text(encoding="utf-8")
    markdown = (out / "report.md").read_text(encoding="utf-8")
    page = html.unescape((out / "report.html").read_text(encoding="utf-8"))
    assert "<failure" not in junit
    for url in UNSUPPORTED.values():
        scheme = url.split(":", 1)[0]
        assert html.unescape(junit).count(f"unsupported scheme {scheme}:") >= 1, scheme
        assert f"unsupported scheme {scheme}:" in page, scheme
    fixes = (out / "fixes.md").read_text(encoding="utf-8")
    for url in UNSUPPORTED.values():
        scheme = url.split(":", 1)[0]
        assert f"| invalid | unknown | not looked up | unsupported scheme {scheme}: \\(not opened\\) |" in markdown
        assert f"**invalid**: unsupported scheme {scheme}: \\(not opened\\)" in fixes
    assert "| not\\_checked | 3 |" in markdown
    assert console.count("unsupported scheme") >= len(UNSUPPORTED)
