"""The history store: migrations, per-URL history, the CDX cache."""

from __future__ import annotations

import sqlite3

import pytest

from checker.errors import StoreError
from checker.store import MIGRATIONS, Staged, StagedResult, Store

DEAD = frozenset({"gone", "unreachable"})


def _record(store: Store, n: int, verdict: str, fingerprint: str | None = None, *, network_down: bool = False) -> int:
    return store.record_run(
        article_key="a.txt",
        started_at=f"2026-01-0{n}T00:00:00+00:00",
        finished_at=f"2026-01-0{n}T00:01:00+00:00",
        tool_version="test",
        network_down=network_down,
        run_json={"run": n},
        url_rows=[("http://x.test/a", verdict, 200, None, fingerprint, f"2026-01-0{n}T00:00:30+00:00")],
    )


def test_a_new_store_applies_every_migration_once(tmp_path):
    path = tmp_path / "h.sqlite"
    Store(path).close()
    with Store(path) as store:  # reopening must not re-apply
        assert store.applied_migrations() == [name for name, _ in MIGRATIONS]


def test_history_counts_the_dead_streak_from_the_most_recent_run(tmp_path):
    with Store(tmp_path / "h.sqlite") as store:
        _record(store, 1, "ok", "fp1")
        _record(store, 2, "gone")
        _record(store, 3, "gone")
        history = store.url_history("http://x.test/a", dead_verdicts=DEAD)
    assert history is not None
    assert history.last_verdict == "gone"
    assert history.dead_streak == 2
    assert history.dead_since == "2026-01-02T00:00:30+00:00"
    assert history.last_fingerprint == "fp1"
    assert history.checks == 3


def test_a_run_without_network_keeps_the_run_but_not_url_history(tmp_path):
    with Store(tmp_path / "h.sqlite") as store:
        _record(store, 1, "ok")
        _record(store, 2, "not_checked", network_down=True)
        history = store.url_history("http://x.test/a", dead_verdicts=DEAD)
        assert history is not None and history.last_verdict == "ok" and history.checks == 1
        assert store.last_runs() == [{"run": 2}]


def test_unknown_url_has_no_history(tmp_path):
    with Store(tmp_path / "h.sqlite") as store:
        assert store.url_history("http://never.test/", dead_verdicts=DEAD) is None


def test_cdx_cache_honours_max_age(tmp_path):
    with Store(tmp_path / "h.sqlite") as store:
        store.put("cdx:http://x.test/a", "[]")
        assert store.get("cdx:http://x.test/a", 60) == "[]"
        assert store.get("cdx:http://x.test/a", -1) is None
        assert store.get("cdx:missing", 60) is None


def test_a_corrupt_database_is_a_store_error(tmp_path):
    path = tmp_path / "h.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot open the history database"):
        Store(path)


def test_last_runs_returns_the_latest_run_of_each_article(tmp_path):
    with Store(tmp_path / "h.sqlite") as store:
        for key, n in (("a", 1), ("b", 2), ("a", 3)):
            store.record_run(
                article_key=key, started_at="s", finished_at="f", tool_version="t", network_down=False,
                run_json={"key": key, "n": n}, url_rows=[],
            )
        assert store.last_runs() == [{"key": "b", "n": 2}, {"key": "a", "n": 3}]


def test_store_file_is_plain_sqlite(tmp_path):
    path = tmp_path / "h.sqlite"
    Store(path).close()
    tables = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"runs", "url_checks", "cdx_cache", "schema_migrations"} <= tables


def test_a_captures_extracted_text_is_kept_per_extractor(tmp_path):
    from checker.store import Store

    with Store(tmp_path / "h.sqlite") as store:
        assert "0003_cited_version_texts" in store.applied_migrations()
        store.put_capture_text("http://example.org/a", "20151001000000", extractor="x-1",
                               metadata={"title": "T", "authors": ["A B"], "text": "words"}, fingerprint="00ff")
        kept = store.capture_text("http://example.org/a", "20151001000000", extractor="x-1")
        assert kept is not None and kept.metadata["authors"] == ["A B"] and kept.fingerprint == "00ff"
        # newer extraction code re-extracts once: the old row is not served
        assert store.capture_text("http://example.org/a", "20151001000000", extractor="x-2") is None
    with Store(tmp_path / "h.sqlite") as reopened:  # kept across runs
        assert reopened.capture_text("http://example.org/a", "20151001000000", extractor="x-1") is not None


def test_a_run_in_progress_is_resumed_with_what_it_saved_until_it_is_forgotten(tmp_path):
    started = "2026-01-01T00:00:00+00:00"
    with Store(tmp_path / "h.sqlite") as store:
        first = store.start_progress("run-a", started_at=started, total=3)
        store.save_progress("run-a", started, "http://x.test/a",
                            [StagedResult(0, 0, '{"note_ref": 0, "link": null}'), StagedResult(0, 2, '{"n": 2}')])
    with Store(tmp_path / "h.sqlite") as store:  # the process was killed; a new one starts
        again = store.start_progress("run-a", started_at="2026-01-02T00:00:00+00:00", total=3)
        other = store.start_progress("run-b", started_at="2026-01-02T00:00:00+00:00", total=1)
        store.forget_progress("run-a")
        after = store.start_progress("run-a", started_at="2026-01-03T00:00:00+00:00", total=3)
    assert first.done == {}
    assert again.started_at == started
    assert again.done == {"http://x.test/a": {(0, 0): {"note_ref": 0, "link": None}, (0, 2): {"n": 2}}}
    assert other.done == {}  # another command's run is another run
    assert after.started_at == "2026-01-03T00:00:00+00:00" and after.done == {}


def test_fresh_drops_what_a_run_in_progress_saved(tmp_path):
    with Store(tmp_path / "h.sqlite") as store:
        store.start_progress("run-a", started_at="2026-01-01T00:00:00+00:00", total=1)
        store.save_progress("run-a", "2026-01-01T00:00:00+00:00", "http://x.test/a", [StagedResult(0, 0, "{}")])
        fresh = store.start_progress("run-a", started_at="2026-01-02T00:00:00+00:00", total=1, fresh=True)
        left = store._db.execute("SELECT COUNT(*) FROM staged_results").fetchone()[0]
    assert fresh.done == {} and fresh.started_at == "2026-01-02T00:00:00+00:00"
    assert left == 0


def test_a_finished_run_is_recorded_from_the_rows_staged_as_each_url_was_done(tmp_path):
    """Recording copies the staged rows (and makes the URL rows from them) instead of making
    every row again; positions nothing was staged for are asked of `unstaged`."""
    started = "2026-01-01T00:00:00+00:00"
    with Store(tmp_path / "h.sqlite") as store:
        store.start_progress("run-a", started_at=started, total=2)
        store.save_progress("run-a", started, "http://x.test/a", [
            StagedResult(0, 0, '{"r": 0}', "gone", 404, None, None, "2026-01-01T00:00:05Z"),
            StagedResult(0, 2, '{"r": 2}', "gone", 404, None, None, "2026-01-01T00:00:05Z"),
        ])
        store.save_progress("run-a", started, "http://x.test/b", [StagedResult(0, 3, '{"r": 3}', "ok", 200, None,
                                                                               "00ff", None)])
        store.save_progress("run-a", started, "http://x.test/c", [StagedResult(0, 4, '{"r": 4}', "not_checked")])
        store.forget_progress("run-a")  # every URL is done: not resumable, still staged
        asked: list[set[int]] = []

        def unstaged(done: set[int]):
            asked.append(done)
            yield 1, '{"r": 1}', None  # a citation without a URL

        run_id = store.record_run(
            article_key="a.txt", started_at=started, finished_at="2026-01-01T00:01:00+00:00", tool_version="t",
            network_down=False, run_json={"run": 1}, url_rows=(), notes=['{"n": 1}'],
            staged=Staged("run-a", started, 0), unstaged=unstaged)
        [stored] = store.last_runs()
        url_rows = store._db.execute("SELECT url, verdict, status, fingerprint, checked_at FROM url_checks"
                                     " WHERE run_id = ? ORDER BY url", (run_id,)).fetchall()
        left = store._db.execute("SELECT COUNT(*) FROM staged_results").fetchone()[0]
    assert asked == [{0, 2, 3, 4}]
    assert stored == {"run": 1, "notes": [{"n": 1}], "results": [{"r": r} for r in range(5)]}
    assert url_rows == [("http://x.test/a", "gone", 404, None, "2026-01-01T00:00:05Z"),
                        ("http://x.test/b", "ok", 200, "00ff", "2026-01-01T00:01:00+00:00")]  # no row: not checked
    assert left == 0


def test_a_run_recorded_a_row_per_note_and_result_reads_back_whole(tmp_path):
    from checker.pipeline import record
    from checker.serialize import run_from_dict, run_to_dict
    from tests.report.sample_run import sample_run

    run = sample_run()
    with Store(tmp_path / "h.sqlite") as store:
        record(store, run)
        [stored] = store.last_runs()
        rows = store._db.execute("SELECT COUNT(*) FROM run_results").fetchone()[0]
        (run_json,) = store._db.execute("SELECT run_json FROM runs").fetchone()
    assert rows == len(run.results) and '"results"' not in run_json  # not one text as well
    assert stored == run_to_dict(run)
    assert run_from_dict(stored) == run


def test_a_run_stored_as_one_text_before_migration_0004_still_reads(tmp_path, monkeypatch):
    import checker.store

    path = tmp_path / "h.sqlite"
    monkeypatch.setattr(checker.store, "MIGRATIONS", MIGRATIONS[:3])
    Store(path).close()
    with sqlite3.connect(path) as db:  # as the code before 0004 wrote it
        db.execute("INSERT INTO runs (article_key, started_at, finished_at, tool_version, network_down, run_json)"
                   " VALUES ('a', 's', 'f', 't', 0, ?)", ('{"notes": [{"n": 1}], "results": [{"r": 1}]}',))
    monkeypatch.setattr(checker.store, "MIGRATIONS", MIGRATIONS)
    with Store(path) as store:
        assert "0004_run_rows" in store.applied_migrations()
        assert store.last_runs() == [{"notes": [{"n": 1}], "results": [{"r": 1}]}]
