"""A long article's notes are read by worker processes: the same result, in order, never more
of the article drawn than a few chunks ahead, and read here whenever workers cannot be used.

Workers are forked only while the process has one thread; a test session has its local servers'
threads, so the cases that fork run in a fresh interpreter (tests/parse/worker_probe.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from checker.parse import workers

ROOT = Path(__file__).resolve().parents[2]
PARENT = os.getpid()
LINUX = sys.platform.startswith("linux")


def probe(case: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "tests.parse.worker_probe", case], cwd=ROOT, capture_output=True, text=True,
        timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result.pop("fork") is LINUX  # a fresh interpreter has one thread: on Linux it forks
    return result


def with_pid(chunk: list[int]) -> list[tuple[int, int]]:
    return [(job, os.getpid()) for job in chunk]


@pytest.mark.skipif(not LINUX, reason="worker processes are forked on Linux only")
def test_a_long_article_read_by_workers_is_the_article_read_in_one_process():
    result = probe("same_article")
    assert result["notes"] > 150 and result["workers"] == 2
    assert result["same_notes"] and result["same_warnings"] and result["note_warnings"] > 0


@pytest.mark.skipif(not LINUX, reason="worker processes are forked on Linux only")
def test_chunks_are_read_in_other_processes_and_come_back_in_order():
    assert probe("pids") == {"order": True, "here": False}


@pytest.mark.skipif(not LINUX, reason="worker processes are forked on Linux only")
def test_the_article_is_drawn_on_only_a_few_chunks_ahead():
    result = probe("drawn_ahead")
    assert result["first"] == 0
    assert result["drawn"] <= 2 * 2 * result["chunk"]  # two chunks per worker in flight, not the article


@pytest.mark.skipif(not LINUX, reason="worker processes are forked on Linux only")
def test_notes_a_dead_worker_held_are_read_here():
    assert probe("dead_worker") == {"read": True}


def test_a_threaded_caller_reads_the_notes_in_its_own_process(monkeypatch):
    # a forked child would inherit the other thread's held locks: no worker is started
    monkeypatch.setattr(workers, "CHUNK", 30)
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
