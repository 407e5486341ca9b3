"""One root error, one base per stage.

Only conditions that stop the whole run are exceptions. A dead, blocked or odd
URL is a verdict (see models.Verdict), never an exception. The CLI catches these
bases and turns each into one line of advice and a documented exit code.
"""

from __future__ import annotations


class CheckerError(Exception):
    """Root of every error this package raises on purpose."""

    exit_code = 2


class InputError(CheckerError):
    """A file the user gave cannot be read or understood (exit 2)."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = path or ""
        if path and line is not None:
            where = f"{path}:{line}"
        super().__init__(f"{where}: {message}" if where else message)


class ParseError(InputError):
    """An article cannot be parsed into notes."""


class ReferencesError(InputError):
    """references.yaml is malformed (bad YAML, schema, field types)."""


class ConfigError(InputError):
    """A configuration file or flag value is wrong."""


class ResolveError(CheckerError):
    """The resolver cannot run at all (not: a URL failed)."""


class NetworkDownError(ResolveError):
    """The network itself is unavailable: nothing could be verified (exit 3)."""

    exit_code = 3


class ArchiveError(CheckerError):
    """Base for Wayback client errors; per-URL ones become ArchiveResult values."""


class StoreError(CheckerError):
    """The state store (SQLite history) cannot be opened or migrated."""


class ReportError(CheckerError):
    """A report cannot be rendered or written."""
