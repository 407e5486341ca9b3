"""Run by tests/parse/test_workers.py in a fresh interpreter: worker processes are only forked while the
process has one thread, which a test session (its local servers' threads) cannot promise.

    python -m tests.parse.worker_probe CASE      prints one JSON value
"""

from __future__ import annotations

import json
import os
import sys

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
    """The notes of four real articles of different house styles, one after another (~160 notes)."""
    slugs = ["alabama-2019-defamation", "jss-2021-proxy-war", "ca-2018-muncie-reading", "crs-2026-defi"]
    texts = [" ".join(n.text.split()) for slug in slugs for n in score.gold(slug).notes]
    return "An Article\n\nBody text.\n\n" + "\n\n".join(f"{i}. {t}" for i, t in enumerate(texts, 1)) + "\n"


def same_article() -> dict[str, object]:
    text = real_article()
    os.environ[workers.ENV] = "1"
    alone = parse_text(text)
    os.environ[workers.ENV] = "2"
    shared = parse_text(text)
    return {
        "notes": len(alone.notes),
        "workers": workers.worker_count(len(alone.notes)),
        "same_notes": list(shared.notes) == list(alone.notes),
        "same_warnings": shared.warnings == alone.warnings,
        "note_warnings": sum(w.startswith("note ") for w in alone.warnings),
    }


def pids() -> dict[str, object]:
    read = list(workers.in_order(iter(range(200)), with_pid, 2))
    return {"order": [job for job, _ in read] == list(range(200)), "here": PARENT in {pid for _, pid in read}}


def drawn_ahead() -> dict[str, object]:
    drawn: list[int] = []

    def jobs():
        for k in range(1000):
            drawn.append(k)
            yield k

    first = next(workers.in_order(jobs(), with_pid, 2))
    return {"first": first[0], "drawn": len(drawn), "chunk": workers.CHUNK}


def dead_worker() -> dict[str, object]:
    return {"read": list(workers.in_order(iter(range(100)), dies_in_a_worker, 2)) == [k * 10 for k in range(100)]}


CASES = {"same_article": same_article, "pids": pids, "drawn_ahead": drawn_ahead, "dead_worker": dead_worker}

if __name__ == "__main__":
    # the thresholds are sized for 10,000-note articles; lowered, a real article of ~160 notes is read by two
    # workers in several chunks
    workers.PARALLEL_FROM, workers.CHUNK = 50, 30
    print(json.dumps({"fork": workers._fork() is not None, **CASES[sys.argv[1]]()}))
