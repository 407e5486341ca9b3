"""A parsed article's notes live on disk: a tuple to whoever reads them, never the whole article in memory."""

from __future__ import annotations

import copy
import gc
import pickle
import threading

import pytest

import checker.parse as parse
from checker.models import Citation, Note
from checker.parse import parse_text
from checker.spill import SpilledNotes

NOTE = "{i}. Staff Writer, “Spilled page {i},” News Example, September 11, 2015, https://news.example/{i}."


def article(n: int) -> str:
    notes = "\n\n".join(NOTE.format(i=i) for i in range(1, n + 1))
    return f"Spilled\n\n{' '.join(f'Claim {i}.{i}' for i in range(1, n + 1))}\n\nNotes\n\n{notes}\n"


def notes(n: int) -> tuple[Note, ...]:
    return tuple(Note(number=i, text=f"note {i}", context=f"Claim {i}.",
                      citations=(Citation(index=0, raw=f"note {i}", url=f"https://example.org/{i}"),))
                 for i in range(1, n + 1))


def _notes_alive() -> int:
    return sum(1 for o in gc.get_objects() if isinstance(o, Note))


def test_spilled_notes_read_back_as_the_tuple_they_were():
    written = notes(300)  # more than one write to the file
    spilled = SpilledNotes(written)

    assert len(spilled) == 300
    assert spilled == written and written == spilled
    assert tuple(spilled) == written
    assert spilled[0] == written[0] and spilled[-1] == written[-1]
    assert spilled[10:13] == written[10:13] and spilled[::100] == written[::100]
    with pytest.raises(IndexError):
        spilled[300]
    assert spilled != written[:-1]
    assert SpilledNotes(()) == ()


def test_spilled_notes_are_read_by_many_threads_at_once():
    written = notes(200)
    spilled = SpilledNotes(written)
    wrong: list[int] = []

    def read(offset: int) -> None:
        for k in range(200):
            position = (k + offset) % 200
            if spilled[position] != written[position]:
                wrong.append(position)

    threads = [threading.Thread(target=read, args=(offset,)) for offset in range(0, 200, 25)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not wrong


def test_spilled_notes_pickle_and_copy_as_their_notes():
    spilled = SpilledNotes(notes(5))
    assert pickle.loads(pickle.dumps(spilled)) == notes(5)
    assert copy.deepcopy(spilled) == notes(5)


def test_a_parsed_article_is_not_held_in_memory_while_it_is_parsed_or_after():
    def most_alive(n: int) -> tuple[int, int]:
        """The most notes alive while one of `n` is parsed, and those alive after, with the References kept."""
        gc.collect()
        before = _notes_alive()
        most = [0]
        calls = [0]
        parse_note = parse._parse_note

        def census(*args):
            calls[0] += 1
            most[0] = max(most[0], _notes_alive() - before)
            return parse_note(*args)

        parse._parse_note = census
        try:
            refs = parse_text(article(n))
        finally:
            parse._parse_note = parse_note
        assert calls[0] == n  # the census ran for every note
        assert len(refs.notes) == n and refs.notes[-1].citations[0].url == f"https://news.example/{n}"
        gc.collect()
        return most[0], _notes_alive() - before

    small, small_after = most_alive(10)
    large, large_after = most_alive(60)
    # Held as a tuple, all 60 notes would be alive by the last one parsed and after it.
    assert large <= small + 1 and large < 5, (small, large)
    assert small_after == large_after == 0, (small_after, large_after)


def test_each_raw_note_is_let_go_once_it_is_parsed():
    """The notes' text as read from the file is not held while the rest is parsed: at the
    last note, only it (and none of those parsed before) is alive."""
    from checker.parse.notes import RawNote

    alive_at: dict[int, int] = {}

    def census(note: Note) -> None:
        if note.number in (30, 60):
            gc.collect()
            alive_at[note.number] = sum(1 for o in gc.get_objects() if isinstance(o, RawNote))

    parse_text(article(60), on_note=census)

    # Held as a tuple for the whole parse, all 60 would be alive at both marks.
    assert alive_at[30] <= 31 and alive_at[60] <= 1, alive_at


def test_a_references_file_is_kept_on_disk_too(tmp_path):
    from checker import cli, references

    path = tmp_path / "references.yaml"
    path.write_text(references.dumps(parse_text(article(40))), encoding="utf-8")
    gc.collect()
    before = _notes_alive()

    refs = cli.load_input(path)

    gc.collect()
    # Read whole, its 40 notes would stay alive with the References, for the whole run.
    assert _notes_alive() - before == 0
    assert len(refs.notes) == 40 and refs.notes[-1].citations[0].url == "https://news.example/40"
