"""What the report writers share: one walk over a run's results feeds every report at once.

A long run's results are read back from disk each time they are walked (pipeline.PackedResults:
~27 ms per walk of 2,000 results, measured 2026-12-04), and the four default reports walked them
eight times between them. Now each format is a `Writer`: it is handed each result in turn with its
`summary.Facts` (worked out once for all of them), puts what it renders on a `Scratch` file, and
writes its document once the walk is over and the counts its head needs are known.
"""

from __future__ import annotations

import io
import shutil
import tempfile
from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol, TextIO

if TYPE_CHECKING:
    from checker.models import CitationResult, Run
    from checker.report.summary import Counts, Facts

COPY_CHUNK = 1 << 16  # read back and copied 64 KiB at a time
BUFFER = 1 << 16  # each scratch file's buffers: 64 KiB (a report holds at most three scratch files)


class Writer(Protocol):
    def add(self, r: CitationResult, facts: Facts) -> None:
        """One result, in the run's order."""

    def finish(self, counts: Counts, out: TextIO) -> None:
        """The whole document onto `out`, every result having been added."""


def write_alone(writer: Writer, run: Run, out: TextIO) -> None:
    """One format's document on its own (`render`/`write` of each format): its writer fed every
    result, then finished onto `out`."""
    from checker.report import summary

    for r in run.results:
        writer.add(r, summary.facts(r))
    writer.finish(summary.counts(run), out)


def render_alone(writer: Writer, run: Run) -> str:
    """`write_alone` into a string."""
    out = io.StringIO()
    write_alone(writer, run, out)
    return out.getvalue()


class Scratch:
    """Text rendered during the walk, kept in an unlinked temporary file (not in memory) until the
    document it belongs in is written."""

    def __init__(self) -> None:
        # Large buffers: written 8 KiB at a time, the scratch files of a 2,000-URL run (~9 MB)
        # took ~1,100 write calls, ~0.1 s in cProfile of the reports (2026-12-04).
        self._bytes = tempfile.TemporaryFile(prefix="cite-checker-report-", buffering=BUFFER)  # noqa: SIM115
        self._file = io.TextIOWrapper(self._bytes, encoding="utf-8", newline="\n")
        self._file._CHUNK_SIZE = BUFFER  # type: ignore[attr-defined]  # what it encodes before handing on
        self.write = self._file.write

    def copy_to(self, out: TextIO) -> None:
        """Everything written so far, appended to `out` (as bytes when `out` is a file: no decoding)."""
        self._file.flush()
        target = getattr(out, "buffer", None)
        if target is not None:
            out.flush()
            self._bytes.seek(0)
            shutil.copyfileobj(self._bytes, target, COPY_CHUNK)
        else:
            self._file.seek(0)
            shutil.copyfileobj(self._file, out, COPY_CHUNK)

    def rewind(self) -> None:
        """Read from the start from now on (`read`)."""
        self._file.flush()
        self._file.seek(0)

    def read(self, characters: int) -> str:
        return self._file.read(characters)

    def chunks(self) -> Iterator[str]:
        """Everything written so far, read back 64 KiB at a time."""
        self._file.flush()
        self._file.seek(0)
        while chunk := self._file.read(COPY_CHUNK):
            yield chunk

    def close(self) -> None:
        self._file.close()

    def __del__(self) -> None:
        file = getattr(self, "_file", None)
        if file is not None:
            file.close()
