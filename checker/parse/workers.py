"""The notes of a long article read in worker processes, a chunk at a time, in order.

Reading one note's fields costs ~0.4 ms of pure-Python regex work and no note's fields depend
on another's (back-references are resolved afterwards, in order, in this process), so a
10,000-note article is read by every core instead of one. Short articles stay in this process:
a pool's start costs more than their whole parse. Only a few chunks are ever in flight, so the
article is still let go a note at a time (the parse never holds the notes it has not yet reached
twice over). If processes cannot be started (a sandbox without semaphores, a platform without
fork, a threaded caller), or a worker dies, the notes not yet read are read here: the result is the
same either way.

    CHECKER_PARSE_WORKERS=1   read every article in this process (0 or unset: one per core, up to 4)
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

Job = TypeVar("Job")
Result = TypeVar("Result")

PARALLEL_FROM = 3000  # notes; below this a pool's start and the pickling of results outweigh the gain
CHUNK = 250  # notes per task: large enough that pickling the results is a small share of the work
_MAX_WORKERS = 4  # the pickling of results back to this process is serial; more workers gain little
ENV = "CHECKER_PARSE_WORKERS"


def worker_count(notes: int) -> int:
    """How many processes should read `notes` notes: 1 means this process alone."""
    if notes < PARALLEL_FROM:
        return 1
    chosen = os.environ.get(ENV, "").strip()
    if chosen not in ("", "0"):
        return max(1, int(chosen)) if chosen.isdigit() else 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, _MAX_WORKERS))


def in_order(
    jobs: Iterator[Job], read_chunk: Callable[[list[Job]], list[Result]], workers: int,
) -> Iterator[Result]:
    """`read_chunk` over `jobs`, `CHUNK` at a time, in `workers` processes; results in the jobs' order.

    `read_chunk` must be a module-level function (it is pickled by name). At most two chunks per
    worker are in flight, so `jobs` is drawn on only as fast as results are used. With one worker,
    or where no process can be started, each job is read here as it is drawn, one at a time."""
    context = _fork() if workers > 1 else None
    try:
        pool = None if context is None else ProcessPoolExecutor(workers, context, _ignore_interrupts)
    except (OSError, ValueError, NotImplementedError, ImportError):
        pool = None  # no semaphores (some sandboxes), no processes: read here
    if pool is None:
        yield from _here(jobs, read_chunk)
        return
    pending: deque[tuple[list[Job], Future[list[Result]]]] = deque()
    try:
        while True:
            while len(pending) < 2 * workers and (chunk := _take(jobs)):
                pending.append((chunk, pool.submit(read_chunk, chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except (BrokenProcessPool, OSError):
                # a worker died (killed, out of memory): what it and the others held is read here
                for held in [chunk, *(c for c, _ in pending)]:
                    yield from read_chunk(held)
                pending.clear()
                yield from _here(jobs, read_chunk)
                return
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _take(jobs: Iterator[Job]) -> list[Job]:
    chunk = []
    for job in jobs:
        chunk.append(job)
        if len(chunk) == CHUNK:
            break
    return chunk


def _here(jobs: Iterator[Job], read_chunk: Callable[[list[Job]], list[Result]]) -> Iterator[Result]:
    # one job at a time, as it is drawn: the article is let go a note at a time here too
    for job in jobs:
        yield from read_chunk([job])


def _fork() -> multiprocessing.context.BaseContext | None:
    """The fork start method where it is safe, else None (the notes are then read in this process).

    Fork starts a worker in ~1 ms with the parser already imported and runs none of the caller's
    code again. It is safe only on Linux (macOS's system libraries are not fork-safe) and while
    this process runs a single thread: a forked child inherits the locks other threads hold, not
    the threads. The pipeline checks links on threads while it reads the notes, so there (and in a
    caller's threaded program) the notes are read here. Spawn and forkserver are not used: they
    import the caller's main module again in each worker, which a script without a
    `__main__` guard does not survive."""
    if not sys.platform.startswith("linux") or threading.active_count() > 1:
        return None
    if multiprocessing.current_process().daemon:
        return None  # a daemonic process (itself a pool's worker) may not start processes
    return multiprocessing.get_context("fork")


def _ignore_interrupts() -> None:
    # Ctrl-C reaches the whole process group: the parent stops the pool; a worker stays quiet
    signal.signal(signal.SIGINT, signal.SIG_IGN)
