"""The CLI as a user meets it: exit codes and the exact first line of every error.

Each test runs the real entry point (`checker.cli.main`, which `run_check.py` calls); the
subprocess test at the end proves `python run_check.py` itself works from a checkout.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from checker.cli import EPILOG, build_parser, main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "articles" / "sino-russian-relations-and-the-failure-of-russo-japanese-relations.txt"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_help_documents_every_exit_code(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for line in ("0  nothing to act on", "1  findings per --fail-on", "2  usage or input error",
                 "3  the network was unavailable", "4  internal error"):
        assert line in out


def test_every_subcommand_and_flag_has_help_text():
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    for name, sub in subparsers.choices.items():
        for action in sub._actions:
            if action.dest != "help":
                assert action.help, f"{name} {action.option_strings or action.dest} has no help"
        assert sub.epilog == EPILOG


def test_readme_documents_every_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    subparsers = next(a for a in build_parser()._actions if a.dest == "command")
    for name in subparsers.choices:
        assert f"run_check.py {name}" in readme


def test_an_unknown_flag_is_a_usage_error_in_one_line(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["check", "--no-such-flag"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unrecognized arguments: --no-such-flag" in err


@pytest.mark.parametrize(
    ("flag", "value", "message"),
    [
        ("--concurrency", "0", "must be at least 1"),
        ("--concurrency", "many", "not a whole number"),
        ("--timeout", "-1", "must be a finite number, not negative"),
        ("--accept", "abc", "not a comma-separated list of status codes"),
        ("--accept", "1000", "status codes are 100-999"),
    ],
)
def test_bad_flag_values_are_usage_errors(capsys, flag, value, message):
    with pytest.raises(SystemExit) as exit_:
        main(["check", flag, value])
    assert exit_.value.code == 2
    assert message in capsys.readouterr().err


def test_a_missing_input_file_names_the_file(capsys, tmp_path):
    missing = tmp_path / "nope.yaml"
    code, _, err = run(capsys, "check", str(missing))
    assert code == 2
    assert err == f"run_check.py: error: {missing}: no such file\n"


def test_a_directory_is_not_an_input(capsys, tmp_path):
    code, _, err = run(capsys, "show", str(tmp_path))
    assert code == 2 and "is a directory" in err


def test_bad_yaml_is_one_line_with_the_line_number(capsys, tmp_path):
    bad = tmp_path / "references.yaml"
    bad.write_text("schema: 1\narticle:\n  title: [unclosed\nnotes: []\n", encoding="utf-8")
    code, _, err = run(capsys, "show", str(bad))
    assert code == 2
    assert err.startswith(f"run_check.py: error: {bad}:")
    assert err.count("\n") == 1 and "Traceback" not in err


def test_unknown_format_and_fail_on_are_usage_errors(capsys, tmp_path):
    refs = tmp_path / "r.yaml"
    code, _, err = run(capsys, "check", str(refs), "--format", "pdf")
    assert code == 2 and "unknown --format 'pdf'" in err
    code, _, err = run(capsys, "check", str(refs), "--fail-on", "everything")
    assert code == 2 and "--fail-on: unknown everything" in err


def test_report_without_stored_runs_says_so(capsys, tmp_path):
    code, _, err = run(capsys, "report", "--output-dir", str(tmp_path))
    assert code == 2 and "no stored runs yet" in err


def test_parse_then_show_the_seed(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")  # a wide terminal: URLs are not folded
    out_file = tmp_path / "references.yaml"
    code, _, err = run(capsys, "parse", str(SEED), "-o", str(out_file))
    assert code == 0, err
    assert "62 notes" in err and "26 distinct URLs" in err
    code, out, _ = run(capsys, "show", str(out_file))
    assert code == 0
    assert "theguardian.com" in out and "Ibid." in out


def test_reparse_keeps_an_editors_change(capsys, tmp_path):
    out_file = tmp_path / "references.yaml"
    assert run(capsys, "parse", str(SEED), "-o", str(out_file))[0] == 0
    text = out_file.read_text(encoding="utf-8")
    edited = text.replace("The Asan Shimbun", "The Asahi Shimbun", 1)
    assert edited != text
    out_file.write_text(edited, encoding="utf-8")
    assert run(capsys, "parse", str(SEED), "-o", str(out_file))[0] == 0
    assert "The Asahi Shimbun" in out_file.read_text(encoding="utf-8")


def test_binary_garbage_is_an_input_error(capsys, tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 64)
    code, _, err = run(capsys, "parse", str(junk), "-o", str(tmp_path / "r.yaml"))
    assert code == 2 and err.count("\n") == 1 and str(junk) in err


def test_run_check_py_runs_from_a_checkout(tmp_path):
    proc = subprocess.run(
        [sys.executable, str(ROOT / "run_check.py"), "show", str(ROOT / "references.yaml")],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert "theguardian.com" in proc.stdout


def test_flags_reach_the_configuration(tmp_path):
    from checker.cli import _config

    args = build_parser().parse_args([
        "check", "--concurrency", "5", "--per-host-concurrency", "2", "--per-host-delay", "0.5",
        "--timeout", "7", "--connect-timeout", "3", "--url-deadline", "30", "--max-bytes", "1000",
        "--retries", "0", "--retry-after-cap", "5", "--max-redirects", "4", "--no-soft404-probe",
        "--user-agent", "ua/1", "--exclude", "example\\.org", "--accept", "403,999", "--allow-private",
        "--wayback-url", "http://127.0.0.1:9", "--no-archive", "--save", "--save-older-than", "30",
        "--no-compare", "--output-dir", str(tmp_path), "--no-browser-retry", "--host-backoff-max", "12",
    ])
    config = _config(args, tmp_path / "references.yaml")
    assert (config.concurrency, config.per_host_concurrency, config.per_host_delay) == (5, 2, 0.5)
    assert (config.read_timeout, config.connect_timeout, config.url_deadline) == (7, 3, 30)
    assert (config.max_bytes, config.retries, config.retry_after_cap, config.max_redirects) == (1000, 0, 5, 4)
    assert config.soft404_probe is False and config.user_agent == "ua/1"
    assert config.excludes == ("example\\.org",) and config.accept_status == (403, 999)
    assert config.allow_private and config.wayback_url == "http://127.0.0.1:9"
    assert not config.archive and config.save and config.save_older_than_days == 30 and not config.compare
    assert config.output_dir == str(tmp_path)
    assert config.browser_user_agent == "" and config.host_backoff_max == 12
    browser = build_parser().parse_args(["check", "--browser-user-agent", "Mozilla/5.0 test"])
    assert _config(browser, tmp_path / "references.yaml").browser_user_agent == "Mozilla/5.0 test"


def test_defaults_are_untouched_without_flags(tmp_path):
    from checker.cli import _config
    from checker.config import Config

    config = _config(build_parser().parse_args(["check"]), tmp_path / "references.yaml")
    assert config == Config()


def test_a_config_file_beside_the_references_is_read_and_flags_win(tmp_path):
    from checker.cli import _config

    (tmp_path / "checker.toml").write_text("retries = 1\nper_host_delay = 2.0\n", encoding="utf-8")
    config = _config(build_parser().parse_args(["check", "--retries", "4"]), tmp_path / "references.yaml")
    assert config.retries == 4 and config.per_host_delay == 2.0


def test_a_bad_config_file_is_one_line_naming_file_and_key(capsys, tmp_path):
    refs = tmp_path / "references.yaml"
    refs.write_text((ROOT / "references.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "checker.toml").write_text("retrys = 1\n", encoding="utf-8")
    code, _, err = run(capsys, "check", str(refs), "--output-dir", str(tmp_path / "out"))
    assert code == 2 and err.count("\n") == 1
    assert "checker.toml" in err and "retrys" in err


def test_report_to_stdout_keeps_the_summary_off_stdout(capsys, tmp_path):
    from checker.models import Article, Run
    from checker.pipeline import record
    from checker.serialize import run_to_dict
    from checker.store import Store

    run_ = Run(article=Article(title="T", source="a.txt"), results=(), started_at="s", finished_at="f",
               tool_version="t")
    with Store(tmp_path / "history.sqlite") as store:
        record(store, run_, run_to_dict(run_))
    code, out, err = run(capsys, "report", "--output-dir", str(tmp_path), "--format", "json", "-o", "-")
    assert code == 0
    assert out.lstrip().startswith("{") and "Citation check" in err


@pytest.mark.parametrize("suffix", [".html", ".md", ".docx"])
def test_parse_reads_every_article_format(capsys, tmp_path, suffix):
    from tests.parse.renderings import docx_parts, seed, to_html, to_markdown, write_docx

    article = tmp_path / f"article{suffix}"
    if suffix == ".docx":
        write_docx(article, docx_parts(seed()))
    else:
        article.write_text(to_html(seed()) if suffix == ".html" else to_markdown(seed()), encoding="utf-8")
    code, _, err = run(capsys, "parse", str(article), "-o", str(tmp_path / "references.yaml"))
    assert code == 0, err
    assert "62 notes" in err and "26 distinct URLs" in err


def test_a_pdf_is_refused_with_advice(capsys, tmp_path):
    pdf = tmp_path / "article.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    code, _, err = run(capsys, "parse", str(pdf), "-o", str(tmp_path / "r.yaml"))
    assert code == 2 and err.count("\n") == 1 and "convert to text first" in err


def _write_refs(path, url_by_note):
    from checker import references
    from checker.models import Article, Citation, CitationKind, Note, References

    notes = tuple(
        Note(number=n, text=f"“Story {n},” News Example, 2015-09-11, {url}.",
             citations=(Citation(index=0, raw=f"“Story {n},” {url}", kind=CitationKind.NEWS, title=f"Story {n}",
                                 url=url, date="2015-09-11", date_iso="2015-09-11"),))
        for n, url in url_by_note.items()
    )
    path.write_text(references.dumps(References(article=Article(title=path.stem, date="2015-12"), notes=notes)),
                    encoding="utf-8")
    return path


def test_check_several_articles_writes_reports_per_article_and_fails_on_dead(capsys, tmp_path, zoo, wayback):
    alive = zoo.add_page("/page/cli-alive", "<html><title>Story 1</title><p>Hello</p></html>")
    dead = zoo.url("/status/410")
    first = _write_refs(tmp_path / "first.yaml", {1: alive})
    second = _write_refs(tmp_path / "second.yaml", {1: alive, 2: dead})
    # The archive's politeness, relaxed for a local pywb: configuration, as a user would set it.
    (tmp_path / "checker.toml").write_text(
        "".join(f"{key} = {value!r}\n" for key, value in wayback.TEST_SETTINGS.items()), encoding="utf-8")
    out = tmp_path / "reports"
    common = ["--allow-private", "--wayback-url", wayback.base_url, "--retries", "0", "--output-dir", str(out),
              "--format", "json,junit", "-q"]

    code, _, err = run(capsys, "check", str(first), str(second), *common)

    assert code == 1, err  # a dead link, and --fail-on defaults to dead
    assert sorted(p.name for p in out.iterdir()) == ["first", "history.sqlite", "second"]
    assert (out / "second" / "report.junit.xml").read_text(encoding="utf-8").count("<failure") == 1
    assert run(capsys, "check", str(first), *common)[0] == 0  # nothing dead there
    assert run(capsys, "check", str(second), *common, "--fail-on", "none")[0] == 0


def test_a_links_only_check_does_not_import_the_archive_or_compare_stages(tmp_path, zoo):
    """--no-archive --no-compare pays for neither stage's imports (the Wayback client, requests'
    twin in the archive, lxml and trafilatura for extraction, rapidfuzz for drift)."""
    alive = zoo.add_page("/page/cli-links-only", "<html><title>Story 1</title><p>Hello</p></html>")
    refs = _write_refs(tmp_path / "refs.yaml", {1: alive})
    code = ("import sys; from checker.cli import main; "
            f"rc = main(['check', {str(refs)!r}, '--allow-private', '--no-archive', '--no-compare', "
            f"'--output-dir', {str(tmp_path / 'out')!r}, '-q']); "
            "print(rc, sorted({m if m.startswith('checker') else m.split('.')[0] for m in sys.modules "
            "if m.startswith(('checker.archive.', 'checker.compare', 'rapidfuzz', 'trafilatura', 'lxml'))}))")
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "0 ['checker.archive.choose']", proc.stdout  # dates only
