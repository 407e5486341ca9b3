"""Reading a user's input file: bounded, and every failure one line naming the file.

Articles and references.yaml are both read this way; each stage passes its own error
class so the CLI can tell which kind of input was wrong.
"""

from __future__ import annotations

import os

from checker.errors import InputError


def megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def read_bounded(path: str | os.PathLike[str], *, limit: int, error: type[InputError], what: str) -> bytes:
    """At most `limit` bytes of the file; bigger files are refused before they are read."""
    name = os.fspath(path)
    try:
        size = os.path.getsize(name)
        if size > limit:
            raise error(f"file is {megabytes(size)}, over the {megabytes(limit)} limit for {what}", path=name)
        with open(name, "rb") as fh:
            data = fh.read(limit + 1)  # +1: the file may have grown since stat
    except InputError:
        raise
    except IsADirectoryError:
        raise error(f"is a directory, not {what}", path=name) from None
    except FileNotFoundError:
        raise error("no such file", path=name) from None
    except OSError as exc:
        raise error(f"cannot read file: {exc.strerror or exc}", path=name) from None
    if len(data) > limit:
        raise error(f"file is over the {megabytes(limit)} limit for {what}", path=name)
    return data
