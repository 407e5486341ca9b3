"""Configuration files: where they are found, what wins, and how mistakes are reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.config import Config, HostRule
from checker.configfile import load_config
from checker.errors import ConfigError


def refs(tmp_path: Path) -> Path:
    path = tmp_path / "references.yaml"
    path.write_text("notes: []\n")
    return path


def test_no_file_gives_defaults(tmp_path: Path) -> None:
    assert load_config(refs(tmp_path), {}) == Config()


def test_pyproject_tool_checker_table_is_read(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.checker]\nexcludes = ["example\\\\.com"]\naccept_status = [403]\n'
        "per_host_concurrency = 2\nper_host_delay = 0.5\nread_timeout = 5\n"
        'user_agent = "my-agent/1.0"\n'
    )
    cfg = load_config(refs(tmp_path), {})
    assert cfg.excludes == ("example\\.com",)
    assert cfg.accept_status == (403,)
    assert cfg.per_host_concurrency == 2
    assert cfg.per_host_delay == 0.5
    assert cfg.read_timeout == 5.0 and isinstance(cfg.read_timeout, float)
    assert cfg.user_agent == "my-agent/1.0"


def test_pyproject_without_table_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert load_config(refs(tmp_path), {}) == Config()


def test_checker_toml_wins_over_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.checker]\nretries = 1\n")
    (tmp_path / "checker.toml").write_text("retries = 5\n")
    assert load_config(refs(tmp_path), {}).retries == 5


def test_overrides_win_and_none_means_not_given(tmp_path: Path) -> None:
    (tmp_path / "checker.toml").write_text("retries = 5\nconcurrency = 4\n")
    cfg = load_config(refs(tmp_path), {"retries": 0, "concurrency": None, "allow_private": True})
    assert (cfg.retries, cfg.concurrency, cfg.allow_private) == (0, 4, True)


def test_host_rules_with_env_headers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NYT_COOKIE", "session=abc")
    (tmp_path / "checker.toml").write_text(
        '[[hosts]]\npattern = "nytimes\\\\.com"\nconcurrency = 2\ndelay = 1\n'
        'headers = { Cookie = "${NYT_COOKIE}; lang=en" }\n\n[[hosts]]\npattern = "slow\\\\.org"\ndelay = 2.5\n'
    )
    cfg = load_config(refs(tmp_path), {})
    assert cfg.host_rules == (
        HostRule("nytimes\\.com", 2, 1.0, (("Cookie", "session=abc; lang=en"),)),
        HostRule("slow\\.org", None, 2.5, ()),
    )


def test_missing_env_var_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_SUCH_TOKEN_X", raising=False)
    (tmp_path / "checker.toml").write_text('[[hosts]]\npattern = "a"\nheaders = { X = "${NO_SUCH_TOKEN_X}" }\n')
    with pytest.raises(ConfigError, match="NO_SUCH_TOKEN_X"):
        load_config(refs(tmp_path), {})


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("retrys = 3\n", "retrys: unknown key"),
        ('retries = "three"\n', "retries: expected integer"),
        ("allow_private = 1\n", "allow_private: expected true/false"),
        ('excludes = "x"\n', "excludes: expected list of string"),
        ("accept_status = [200, \"ok\"]\n", "accept_status[1]: expected integer"),
        ("accept_status = [42]\n", "42 is not an HTTP status code"),
        ('excludes = ["(unclosed"]\n', "bad regular expression"),
        ("concurrency = 0\n", "concurrency: must be at least 1"),
        ("[[hosts]]\nconcurrency = 2\n", "missing key 'pattern'"),
        ('[[hosts]]\npattern = "a"\nspeed = 2\n', "unknown key 'speed'"),
        ("retries = [\n", "not valid TOML"),
    ],
)
def test_mistakes_name_the_file_and_key(tmp_path: Path, content: str, fragment: str) -> None:
    (tmp_path / "checker.toml").write_text(content)
    with pytest.raises(ConfigError) as info:
        load_config(refs(tmp_path), {})
    assert fragment in str(info.value)
    assert "checker.toml" in str(info.value)


def test_bad_override_is_named_as_command_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="command line: per_host_delay: must be at least 0"):
        load_config(refs(tmp_path), {"per_host_delay": -1.0})


def test_none_references_path_reads_current_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "checker.toml").write_text("max_redirects = 3\n")
    monkeypatch.chdir(tmp_path)
    assert load_config(None, {}).max_redirects == 3


def test_explicit_pyproject_needs_the_table(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "x"\n')
    with pytest.raises(ConfigError, match=r"pyproject.toml: no \[tool.checker\] table"):
        load_config(None, {}, config_file=pyproject)


def test_explicit_config_file_replaces_the_lookup(tmp_path: Path) -> None:
    (tmp_path / "checker.toml").write_text("retries = 5\n")
    elsewhere = tmp_path / "ci" / "links.toml"
    elsewhere.parent.mkdir()
    elsewhere.write_text("retries = 1\n")
    assert load_config(refs(tmp_path), {}, config_file=elsewhere).retries == 1
