"""Configuration files: `[tool.checker]` in pyproject.toml or a `checker.toml`, then flags.

Lookup (lychee's `lychee.toml` is the model): in the directory of the references
file (the current directory when none is given), `checker.toml` (top-level keys)
wins over `[tool.checker]` in `pyproject.toml`; only one file is read. Flags given
on the command line (`overrides`, keys whose value is not None) win over both.

Keys are the `Config` field names, plus `hosts`, an array of tables:

    [[tool.checker.hosts]]
    pattern = "nytimes\\.com"         # regex searched in the host name
    concurrency = 2
    delay = 1.0                        # seconds between requests to the host
    headers = { Cookie = "${NYT_COOKIE}" }   # ${NAME} is read from the environment

Unknown keys and wrong types are errors naming the file and the key.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
import types
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from checker.config import Config, HostRule
from checker.errors import ConfigError

CONFIG_FILE = "checker.toml"
PYPROJECT = "pyproject.toml"
_ENV_RE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_HOST_KEYS = {"pattern": str, "concurrency": int, "delay": float, "headers": dict}
# Bounds a value must respect, so a typo cannot make a run hammer a host or hang.
_MIN: dict[str, float] = {
    "concurrency": 1, "per_host_concurrency": 1, "per_host_delay": 0, "connect_timeout": 0.001,
    "read_timeout": 0.001, "url_deadline": 0.001, "max_bytes": 1, "max_redirects": 0, "retries": 0,
    "backoff_base": 0, "retry_after_cap": 0,
}


def find_config_file(references_path: Path | None) -> Path | None:
    """checker.toml beside the references, else a pyproject.toml with [tool.checker]."""
    directory = references_path.parent if references_path is not None else Path.cwd()
    candidate = directory / CONFIG_FILE
    if candidate.is_file():
        return candidate
    pyproject = directory / PYPROJECT
    if pyproject.is_file():
        table = _read_toml(pyproject)
        if isinstance(table.get("tool"), dict) and "checker" in table["tool"]:
            return pyproject
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror or exc}", path=str(path)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", path=str(path)) from exc


def _field_types() -> dict[str, Any]:
    hints = typing.get_type_hints(Config)
    return {f.name: hints[f.name] for f in dataclasses.fields(Config)}


def _type_name(tp: Any) -> str:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_type_name(a) for a in typing.get_args(tp) if a is not type(None)) + " (or omitted)"
    if origin is tuple:
        return f"list of {_type_name(typing.get_args(tp)[0])}"
    return {int: "integer", float: "number", str: "string", bool: "true/false"}.get(tp, str(tp))


def _coerce(value: Any, tp: Any, where: str) -> Any:
    """Check `value` against the Config field type `tp`; return it in Config's shape."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        for a in args:
            try:
                return _coerce(value, a, where)
            except ConfigError:
                continue
        raise ConfigError(f"{where}: expected {_type_name(tp)}, got {type(value).__name__}")
    if origin is tuple:
        if not isinstance(value, list | tuple):
            raise ConfigError(f"{where}: expected {_type_name(tp)}, got {type(value).__name__}")
        item = typing.get_args(tp)[0]
        return tuple(_coerce(v, item, f"{where}[{i}]") for i, v in enumerate(value))
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    if (tp is bool and isinstance(value, bool)) or (tp is str and isinstance(value, str)):
        return value
    if tp is int and is_number and isinstance(value, int):
        return value
    if tp is float and is_number:
        return float(value)
    raise ConfigError(f"{where}: expected {_type_name(tp)}, got {type(value).__name__} {value!r}")


def _expand_env(value: str, where: str) -> str:
    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in os.environ:
            raise ConfigError(f"{where}: environment variable {name} is not set")
        return os.environ[name]

    return _ENV_RE.sub(sub, value)


def _host_rules(value: Any, where: str) -> tuple[HostRule, ...]:
    if not isinstance(value, list):
        raise ConfigError(f"{where}: expected an array of tables ([[hosts]])")
    rules = []
    for i, item in enumerate(value):
        at = f"{where}[{i}]"
        if not isinstance(item, dict):
            raise ConfigError(f"{at}: expected a table")
        unknown = sorted(set(item) - set(_HOST_KEYS))
        if unknown:
            raise ConfigError(f"{at}: unknown key {unknown[0]!r} (known: {', '.join(sorted(_HOST_KEYS))})")
        if "pattern" not in item:
            raise ConfigError(f"{at}: missing key 'pattern'")
        pattern = _coerce(item["pattern"], str, f"{at}.pattern")
        _check_regex(pattern, f"{at}.pattern")
        concurrency = _coerce(item["concurrency"], int, f"{at}.concurrency") if "concurrency" in item else None
        if concurrency is not None and concurrency < 1:
            raise ConfigError(f"{at}.concurrency: must be at least 1")
        delay = _coerce(item["delay"], float, f"{at}.delay") if "delay" in item else None
        if delay is not None and delay < 0:
            raise ConfigError(f"{at}.delay: must not be negative")
        headers = item.get("headers", {})
        if not isinstance(headers, dict):
            raise ConfigError(f"{at}.headers: expected a table of strings")
        pairs = []
        for k, v in headers.items():
            if not isinstance(v, str):
                raise ConfigError(f"{at}.headers.{k}: expected string, got {type(v).__name__}")
            pairs.append((str(k), _expand_env(v, f"{at}.headers.{k}")))
        rules.append(HostRule(pattern, concurrency, delay, tuple(pairs)))
    return tuple(rules)


def _check_regex(pattern: str, where: str) -> None:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ConfigError(f"{where}: bad regular expression {pattern!r}: {exc}") from exc


def apply_settings(config: Config, settings: Mapping[str, Any], *, source: str) -> Config:
    """Validate `settings` (Config field names, plus `hosts`) and return a new Config."""
    types_ = _field_types()
    changes: dict[str, Any] = {}
    for key, value in settings.items():
        where = f"{source}: {key}"
        if key in ("hosts", "host_rules"):
            changes["host_rules"] = (
                value if key == "host_rules" and isinstance(value, tuple) else _host_rules(value, where)
            )
            continue
        if key not in types_:
            raise ConfigError(f"{where}: unknown key (see README 'Configuration' for the known keys)")
        coerced = _coerce(value, types_[key], where)
        if key in _MIN and coerced is not None and coerced < _MIN[key]:
            raise ConfigError(f"{where}: must be at least {_MIN[key]:g}")
        if key == "excludes":
            for i, pattern in enumerate(coerced):
                _check_regex(pattern, f"{where}[{i}]")
        if key == "accept_status":
            for code in coerced:
                if not 100 <= code <= 999:
                    raise ConfigError(f"{where}: {code} is not an HTTP status code")
        changes[key] = coerced
    return dataclasses.replace(config, **changes)


def load_config(references_path: Path | None, overrides: Mapping[str, object] | None = None,
                *, base: Config | None = None, config_file: Path | None = None) -> Config:
    """The run's Config: defaults, then the config file, then `overrides` (not-None values).

    `config_file` (the `--config` flag) replaces the lookup beside the references.
    """
    config = base or Config()
    path = config_file if config_file is not None else find_config_file(references_path)
    if path is not None:
        data = _read_toml(path)
        if path.name == PYPROJECT:
            tool = data.get("tool")
            if not isinstance(tool, dict) or "checker" not in tool:
                raise ConfigError("no [tool.checker] table", path=str(path))
            table = tool["checker"]
            if not isinstance(table, dict):
                raise ConfigError("[tool.checker] must be a table", path=str(path))
            source = f"{path} [tool.checker]"
        else:
            table = data
            source = str(path)
        config = apply_settings(config, table, source=source)
    given = {k: v for k, v in (overrides or {}).items() if v is not None}
    if given:
        config = apply_settings(config, given, source="command line")
    return config
