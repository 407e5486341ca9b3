"""An article's notes kept on disk instead of the heap, pickled one at a time as they are parsed.

A run reads its notes many times over (its jobs, each report, the history) but never needs
them all at once. As records, a note with its citations is ~1.3 KB of heap, so a
20,000-note article held ~27 MB for the whole run and parsing it peaked ~50 MB above the
interpreter (measured 2026-12-04). Pickled into an unlinked temporary file a note costs 8
bytes of memory (where it is) and is made again when it is read; the file is 0600 until it
is unlinked at once, and only this process reads back what it wrote.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

from checker.errors import StoreError
from checker.models import Note

_FLUSH = 1 << 16  # bytes written to the file at a time


class SpilledNotes(Sequence[Note]):
    """A tuple of notes in use; on disk underneath. Safe to read from several threads at once."""

    def __init__(self, notes: Iterable[Note]) -> None:
        # Open for the notes' lifetime, not one block: closed when the notes are let go.
        try:
            self._file = tempfile.TemporaryFile(prefix="cite-checker-notes-", buffering=0)  # noqa: SIM115
        except OSError as exc:
            raise StoreError(f"cannot keep the notes in a temporary file: {exc}") from exc
        self._starts = array("q", [0])  # note k is bytes _starts[k] to _starts[k + 1]
        written, pending = 0, bytearray()
        for note in notes:
            pending += pickle.dumps(note, protocol=pickle.HIGHEST_PROTOCOL)
            self._starts.append(written + len(pending))
            if len(pending) >= _FLUSH:
                self._write(pending)
                written += len(pending)
                pending.clear()
        self._write(pending)

    def _write(self, data: bytearray) -> None:
        try:
            self._file.write(data)
        except OSError as exc:
            raise StoreError(f"cannot keep the notes in a temporary file: {exc}") from exc

    def __len__(self) -> int:
        return len(self._starts) - 1

    def _read(self, k: int) -> Note:
        start, end = self._starts[k], self._starts[k + 1]
        # pread: no shared file position, so threads and interleaved walks do not disturb each other
        note: Note = pickle.loads(os.pread(self._file.fileno(), end - start, start))  # what __init__ wrote
        return note

    def __iter__(self) -> Iterator[Note]:
        for k in range(len(self)):
            yield self._read(k)

    @overload
    def __getitem__(self, index: int) -> Note: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Note, ...]: ...

    def __getitem__(self, index: int | slice) -> Note | tuple[Note, ...]:
        if isinstance(index, slice):
            return tuple(self._read(k) for k in range(len(self))[index])
        return self._read(range(len(self))[index])  # IndexError and negative indices as a tuple has them

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"SpilledNotes({tuple(self)!r})"

    def __reduce__(self) -> tuple[type[SpilledNotes], tuple[tuple[Note, ...]]]:
        # pickle and copy carry the notes, not the file
        return SpilledNotes, (tuple(self),)

    def __del__(self) -> None:
        file = getattr(self, "_file", None)
        if file is not None:
            file.close()
