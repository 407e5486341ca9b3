"""A long article's notes are read by worker processes: the same result, in order, never more
of the article drawn than a few chunks ahead, and read here whenever workers cannot be used."""

from __future__ import annotations

import os
import threading

import pytest

from checker.parse import parse_text, workers
from tests.parse.corpus import score

PARENT = os.getpid()  # a forked worker inherits this value, not its own pid


def with_pid(chunk: list[int]) -> list[tuple[int, int]]:
    return [(job, os.getpid()) for job in chunk]


def dies_in_a_worker(chunk: list[int]) -> list[int]:
    if os.getpid() != PARENT:
        os._exit(1)  # killed, out of memory: the pool breaks
    return [job * 10 for job in chunk]


def real_article() -> str:
    """The notes of four real articles of different house styles, one after another (~190 notes)."""
    slugs = ["alabama-2019-defamation", "jss-2021-proxy-war", "ca-2018-muncie-reading", "crs-2026-defi"]
    texts = [" ".join(n.text.split()) for slug in slugs for n in score.gold(slug).notes]
    return "An Article\n\nBody text.\n\n" + "\n\n".join(f"{i}. {t}" for i, t in enumerate(texts, 1)) + "\n"


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    # the thresholds are sized for 10,000-note articles; lowered, a real article of ~190 notes
    # is read by two workers in several chunks
    monkeypatch.setattr(workers, "PARALLEL_FROM", 50)
    monkeypatch.setattr(workers, "CHUNK", 30)


@pytest.mark.skipif(workers._fork() is None, reason="worker processes are forked on Linux only")
def test_a_long_article_read_by_workers_is_the_article_read_in_one_process(small_chunks, monkeypatch):
    text = real_article()
    monkeypatch.setenv(workers.ENV, "1")
    alone = parse_text(text)
    monkeypatch.setenv(workers.ENV, "2")
    assert workers.worker_count(len(alone.notes)) == 2 and workers._fork() is not None
    shared = parse_text(text)
    assert len(alone.notes) > 150
    assert list(shared.notes) == list(alone.notes)
    assert shared.warnings == alone.warnings


@pytest.mark.skipif(workers._fork() is None, reason="worker processes are forked on Linux only")
def test_chunks_are_read_in_other_processes_and_come_back_in_order(small_chunks):
    read = list(workers.in_order(iter(range(200)), with_pid, 2))
    assert [job for job, _ in read] == list(range(200))
    assert PARENT not in {pid for _, pid in read}


@pytest.mark.skipif(workers._fork() is None, reason="worker processes are forked on Linux only")
def test_the_article_is_drawn_on_only_a_few_chunks_ahead(small_chunks):
    drawn = []

    def jobs():
        for k in range(1000):
            drawn.append(k)
            yield k

    first = next(workers.in_order(jobs(), with_pid, 2))
    assert first[0] == 0
    assert len(drawn) <= 2 * 2 * workers.CHUNK  # two chunks per worker in flight, not the article


@pytest.mark.skipif(workers._fork() is None, reason="worker processes are forked on Linux only")
def test_notes_a_dead_worker_held_are_read_here(small_chunks):
    assert list(workers.in_order(iter(range(100)), dies_in_a_worker, 2)) == [k * 10 for k in range(100)]


def test_a_threaded_caller_reads_the_notes_in_its_own_process(small_chunks):
    # a forked child would inherit the other thread's held locks: no worker is started
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, args=(10,))
    thread.start()
    try:
        read = list(workers.in_order(iter(range(100)), with_pid, 2))
    finally:
        stop.set()
        thread.join()
    assert read == [(k, PARENT) for k in range(100)]


def test_one_worker_reads_each_job_as_it_is_drawn():
    drawn = []

    def jobs():
        for k in range(5):
            drawn.append(k)
            yield k

    read = workers.in_order(jobs(), with_pid, 1)
    assert next(read) == (0, PARENT) and drawn == [0]


@pytest.mark.parametrize(
    ("notes", "chosen", "expected"),
    [
        (100, "", 1),  # a short article: a pool would cost more than it saves
        (10_000, "1", 1),
        (10_000, "3", 3),
        (10_000, "many", 1),  # not a number: read here
        (10_000, "-2", 1),
    ],
)
def test_how_many_workers_read_an_article(notes, chosen, expected, monkeypatch):
    monkeypatch.setenv(workers.ENV, chosen)
    assert workers.worker_count(notes) == expected


def test_a_long_article_gets_one_worker_per_core_up_to_four(monkeypatch):
    monkeypatch.delenv(workers.ENV, raising=False)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    assert workers.worker_count(10_000) == min(cores, 4)
