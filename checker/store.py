"""SQLite history of runs: what each URL looked like last time, and archive answers.

Why a store at all: a nightly job must report *news* (a link that died since the
last run, a page whose text changed since it was last seen), not the same dead
link every night; `report` re-renders the last run without touching the network;
and the Wayback Machine's CDX API allows ~30 calls a minute, so its answers are
cached here.

Policy, written where it is enforced:
- Link verdicts are history, never a cache: every run re-checks every URL, so a
  fixed link is noticed at once (lychee never caches failures for the same reason).
- CDX answers are cached here; how long each stays true is the archive's policy
  (checker/archive/knowledge.py: a day for recent citation windows, `archive_refresh_days`
  for settled ones, the cited version for good, newly dead URLs refreshed at once).
- A run is resumable: each URL's results are written (`save_progress`) as soon as they
  are complete, one transaction each, so a run killed half-way (kill -9, a CI timeout,
  Ctrl-C) and started again with the same inputs and settings checks only what is left.
  Commits are not flushed to the disk one by one (WAL, synchronous=NORMAL): a killed
  process loses none; a power cut may lose the last few, which a rerun checks again.
  Each result is written once, as the stored run keeps it (`staged_results`, migration
  0005): resuming reads it back, and recording the run copies it (`record_run(staged=)`)
  instead of making every row again at the end. Once every URL is done the run is no
  longer resumable (`forget_progress`); its staged rows stay until the run is recorded.
  Progress older than `PROGRESS_MAX_AGE_DAYS` is dropped when any run starts.
- Schema changes are named, ordered migrations applied in one transaction each
  and recorded in `schema_migrations`, as sqlite-utils does.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from checker.errors import StoreError

CDX_MAX_AGE = 24 * 3600.0
PROGRESS_MAX_AGE_DAYS = 7  # an unfinished run older than this is not resumed: its checks are stale

# Each migration: (name, SQL). Append only; never edit one that has shipped.
MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "0001_initial",
        """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            article_key TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            tool_version TEXT NOT NULL,
            network_down INTEGER NOT NULL,
            run_json TEXT NOT NULL
        );
        CREATE INDEX runs_article ON runs(article_key, id);
        CREATE TABLE url_checks (
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            verdict TEXT NOT NULL,
            status INTEGER,
            final_url TEXT,
            fingerprint TEXT,
            checked_at TEXT NOT NULL
        );
        CREATE INDEX url_checks_url ON url_checks(url, run_id);
        CREATE TABLE cdx_cache (
            key TEXT PRIMARY KEY,
            fetched_at REAL NOT NULL,
            body TEXT NOT NULL
        );
        """,
    ),
    (
        "0002_resumable_runs",
        """
        CREATE TABLE run_progress (
            run_key TEXT PRIMARY KEY,
            started_at TEXT NOT NULL,
            total INTEGER NOT NULL,
            created REAL NOT NULL
        );
        CREATE TABLE url_progress (
            run_key TEXT NOT NULL REFERENCES run_progress(run_key) ON DELETE CASCADE,
            url TEXT NOT NULL,
            results_json TEXT NOT NULL,
            PRIMARY KEY (run_key, url)
        );
        """,
    ),
    (
        # The cited version's extracted text, keyed by the capture it came from. Captures never
        # change, so a row is kept forever; `extractor` names the extraction code that made it,
        # and a row made by other code is re-extracted once (CITED_TEXT_EXTRACTOR in pipeline).
        "0003_cited_version_texts",
        """
        CREATE TABLE capture_texts (
            original TEXT NOT NULL,
            timestamp TEXT NOT NULL,
            extractor TEXT NOT NULL,
            metadata_json TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            extracted_at REAL NOT NULL,
            PRIMARY KEY (original, timestamp)
        );
        """,
    ),
    (
        # A run's notes and results a row each, written as the run is recorded: the run as one
        # JSON text in `runs.run_json` was the peak of a large run (20,000 URLs: +140 MB).
        # `run_json` then holds the run without them; runs stored before keep their one text.
        "0004_run_rows",
        """
        ALTER TABLE runs ADD COLUMN results_in_rows INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE run_notes (
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            note_json TEXT NOT NULL,
            PRIMARY KEY (run_id, position)
        );
        CREATE TABLE run_results (
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            result_json TEXT NOT NULL,
            PRIMARY KEY (run_id, position)
        );
        """,
    ),
    (
        # Each finished result of a run in progress, written once as `run_results` keeps it,
        # with its URL's `url_checks` columns: resuming reads these back, recording the run
        # copies them. Replaces `url_progress` (which held each result in another shape, made
        # again when the run was recorded); runs interrupted before 0005 are checked afresh.
        # Not tied to `run_progress`: a run that is done is no longer resumed, but its rows
        # wait for `record_run`.
        "0005_staged_results",
        """
        DELETE FROM url_progress;
        CREATE TABLE staged_results (
            run_key TEXT NOT NULL,
            started_at TEXT NOT NULL,
            article INTEGER NOT NULL,
            position INTEGER NOT NULL,
            url TEXT NOT NULL,
            result_json TEXT NOT NULL,
            verdict TEXT,
            status INTEGER,
            final_url TEXT,
            fingerprint TEXT,
            checked_at TEXT,
            created REAL NOT NULL,
            PRIMARY KEY (run_key, started_at, article, position)
        );
        """,
    ),
)


@dataclass(frozen=True)
class UrlHistory:
    """What earlier runs saw of one URL (most recent first in `verdicts`)."""

    url: str
    last_verdict: str
    last_checked_at: str
    last_fingerprint: str | None
    fingerprint_seen_at: str | None  # when the last fingerprint was recorded
    checks: int  # how many runs have checked it
    dead_streak: int  # consecutive dead results, most recent first
    dead_since: str | None  # checked_at of the first result in that streak


@dataclass(frozen=True)
class CaptureText:
    """The cited version as extracted once from its capture (see migration 0003)."""

    original: str
    timestamp: str
    metadata: dict[str, object]  # PageMetadata's fields, JSON-ready
    fingerprint: str
    extracted_at: float


@dataclass(frozen=True)
class RunProgress:
    """An unfinished run: when it started and the results saved so far, by URL: for each,
    every citation's result as `run_results` keeps it, by (article, position)."""

    run_key: str
    started_at: str
    total: int
    done: dict[str, dict[tuple[int, int], dict[str, object]]]


@dataclass(frozen=True)
class StagedResult:
    """One citation's result, complete, as `run_results` keeps it (`result_json`), with its
    URL's `url_checks` columns (`verdict` None: no row, as for a citation not checked)."""

    article: int
    position: int
    result_json: str
    verdict: str | None = None
    status: int | None = None
    final_url: str | None = None
    fingerprint: str | None = None
    checked_at: str | None = None


@dataclass(frozen=True)
class Staged:
    """Where one article's staged results are: the run's key, when it started, the article."""

    run_key: str
    started_at: str
    article: int


# (article_key, started_at, finished_at, tool_version, network_down, run_json): a `runs` row
RunRow = tuple[str, str, str, str, bool, dict[str, object] | str]
# (url, verdict, status, final_url, fingerprint, checked_at): a `url_checks` row
UrlRow = tuple[str, str, int | None, str | None, str | None, str]
# given the positions already staged, (position, result JSON, URL row or None) for every other one
Unstaged = Callable[[set[int]], Iterable[tuple[int, str, UrlRow | None]]]
_INSERT_RESULT = "INSERT INTO run_results (run_id, position, result_json) VALUES (?, ?, ?)"
_INSERT_URL_CHECK = ("INSERT INTO url_checks (run_id, url, verdict, status, final_url, fingerprint, checked_at)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?)")


def _insert_run(db: sqlite3.Connection, run: RunRow, *,
                in_rows: bool, notes: Iterable[str] | None) -> int:
    """The `runs` row (article_key, started_at, finished_at, tool_version, network_down, run_json) and,
    for a run kept in rows, its `run_notes`; the new run's id."""
    article_key, started_at, finished_at, tool_version, network_down, run_json = run
    cur = db.execute(
        "INSERT INTO runs (article_key, started_at, finished_at, tool_version, network_down, run_json,"
        " results_in_rows) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (article_key, started_at, finished_at, tool_version, int(network_down),
         run_json if isinstance(run_json, str) else json.dumps(run_json), int(in_rows)),
    )
    run_id = int(cur.lastrowid or 0)
    if notes is not None:
        db.executemany("INSERT INTO run_notes (run_id, position, note_json) VALUES (?, ?, ?)",
                       ((run_id, i, text) for i, text in enumerate(notes)))
    return run_id


class Store:
    """One SQLite file. Thread-safe: one connection behind a lock."""

    def __init__(self, path: str | Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path)
        self._clock = clock  # seconds since the epoch; tests and benchmarks move it to "the next day"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            # In WAL mode NORMAL loses no commit when the process dies (kill -9, a CI timeout):
            # only a power cut or OS crash may undo the last few, and the file stays sound
            # either way. FULL waited for the disk at each URL's commit: measured 2026-12-04,
            # 3 ms against 0.08 ms, i.e. 6 s of a 2,000-URL run in one lock.
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._lock = threading.Lock()
            self._migrate()
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"{self.path}: cannot open the history database: {exc}") from exc

    # ------------------------------------------------------------------ plumbing

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            else:
                self._db.execute("COMMIT")

    def _migrate(self) -> None:
        with self._tx() as db:
            db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
            done = {row[0] for row in db.execute("SELECT name FROM schema_migrations")}
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            with self._tx() as db:
                for statement in filter(None, (s.strip() for s in sql.split(";"))):
                    db.execute(statement)
                db.execute(
                    "INSERT INTO schema_migrations VALUES (?, datetime('now'))",
                    (name,),
                )

    def applied_migrations(self) -> list[str]:
        with self._lock:
            return [r[0] for r in self._db.execute("SELECT name FROM schema_migrations ORDER BY name")]

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ runs

    def record_run(
        self,
        *,
        article_key: str,
        started_at: str,
        finished_at: str,
        tool_version: str,
        network_down: bool,
        run_json: dict[str, object] | str,
        url_rows: Iterable[UrlRow],
        notes: Iterable[str] | None = None,
        results: Iterable[str] | None = None,
        staged: Staged | None = None,
        unstaged: Unstaged | None = None,
    ) -> int:
        """Store one run (as data, or as its JSON text) and its per-URL rows (url, verdict, status,
        final_url, fingerprint, checked_at).

        With `notes` and `results` (JSON texts, in order, read one at a time), `run_json` is the
        run without those two lists and each is stored a row (migration 0004), so that a run of
        any size is never one text in memory. `last_runs` puts them back.

        With `staged` (and `notes`), the results are the rows `save_progress` wrote as each URL
        was done, copied, and their URL rows made from them; `unstaged(positions staged)` gives
        (position, result JSON, URL row or None) for every other position. The staged rows are
        then let go, in the same transaction.

        A run whose network was down is kept (it can be re-rendered) but its URL
        rows are not: "not checked" says nothing about a URL's history.
        """
        if staged is not None:
            return self._record_staged((article_key, started_at, finished_at, tool_version, network_down, run_json),
                                       notes=notes or (), staged=staged, unstaged=unstaged or (lambda _: ()))
        in_rows = notes is not None and results is not None
        with self._tx() as db:
            run_id = _insert_run(db, (article_key, started_at, finished_at, tool_version, network_down, run_json),
                                 in_rows=in_rows, notes=notes if in_rows else None)
            if in_rows:
                db.executemany(_INSERT_RESULT, ((run_id, i, text) for i, text in enumerate(results or ())))
            if not network_down:
                db.executemany(_INSERT_URL_CHECK, ((run_id, *row) for row in url_rows))
        return run_id

    def _record_staged(self, run: RunRow, *, notes: Iterable[str], staged: Staged, unstaged: Unstaged) -> int:
        finished_at, network_down = run[2], run[4]
        where = (staged.run_key, staged.started_at, staged.article)
        selected = "FROM staged_results WHERE run_key = ? AND started_at = ? AND article = ?"
        with self._tx() as db:
            run_id = _insert_run(db, run, in_rows=True, notes=notes)
            db.execute(f"INSERT INTO run_results (run_id, position, result_json) SELECT ?, position, result_json "
                       f"{selected}", (run_id, *where))
            done = {int(p) for (p,) in db.execute(f"SELECT position {selected}", where)}
            url_rows = []
            for position, text, url_row in unstaged(done):
                db.execute(_INSERT_RESULT, (run_id, position, text))
                if url_row is not None:
                    url_rows.append((position, url_row))
            if not network_down:
                # A URL's row once, from its first citation (as `url_rows` of a run walked in order).
                db.execute(
                    "INSERT INTO url_checks (run_id, url, verdict, status, final_url, fingerprint, checked_at)"
                    " SELECT ?, url, verdict, status, final_url, fingerprint, COALESCE(NULLIF(checked_at, ''), ?)"
                    f" FROM (SELECT *, MIN(position) {selected} AND verdict IS NOT NULL AND verdict != 'not_checked'"
                    " GROUP BY url) ORDER BY position",
                    (run_id, finished_at, *where),
                )
                have = {u for (u,) in db.execute("SELECT url FROM url_checks WHERE run_id = ?", (run_id,))}
                for _, row in sorted(url_rows):
                    if row[0] not in have:
                        have.add(row[0])
                        db.execute(_INSERT_URL_CHECK, (run_id, *row))
            db.execute(f"DELETE {selected}", where)
        return run_id

    def last_runs(self) -> list[dict[str, object]]:
        """The most recent run of every article, oldest article first, as one dict each."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, run_json, results_in_rows FROM runs"
                " WHERE id IN (SELECT MAX(id) FROM runs GROUP BY article_key) ORDER BY id"
            ).fetchall()
            runs = []
            for run_id, text, in_rows in rows:
                run = json.loads(text)
                if in_rows:
                    run["notes"] = [json.loads(t) for (t,) in self._db.execute(
                        "SELECT note_json FROM run_notes WHERE run_id = ? ORDER BY position", (run_id,))]
                    run["results"] = [json.loads(t) for (t,) in self._db.execute(
                        "SELECT result_json FROM run_results WHERE run_id = ? ORDER BY position", (run_id,))]
                runs.append(run)
        return runs

    def last_check(self, url: str) -> tuple[str, int | None, str | None, str] | None:
        """(verdict, status, final_url, checked_at) of the URL's latest stored check (checker/carry.py)."""
        with self._lock:
            row = self._db.execute(
                "SELECT verdict, status, final_url, checked_at FROM url_checks WHERE url = ?"
                " AND verdict != 'not_checked' ORDER BY run_id DESC LIMIT 1",
                (url,),
            ).fetchone()
        return (str(row[0]), row[1], row[2], str(row[3])) if row else None

    def url_history(self, url: str, *, dead_verdicts: frozenset[str]) -> UrlHistory | None:
        with self._lock:
            rows = self._db.execute(
                "SELECT verdict, checked_at, fingerprint FROM url_checks WHERE url = ?"
                " AND verdict != 'not_checked' ORDER BY run_id DESC LIMIT 200",
                (url,),
            ).fetchall()
        if not rows:
            return None
        streak = 0
        dead_since = None
        for verdict, checked_at, _ in rows:
            if verdict not in dead_verdicts:
                break
            streak += 1
            dead_since = checked_at
        fp_row = next((r for r in rows if r[2]), None)
        return UrlHistory(
            url=url,
            last_verdict=rows[0][0],
            last_checked_at=rows[0][1],
            last_fingerprint=fp_row[2] if fp_row else None,
            fingerprint_seen_at=fp_row[1] if fp_row else None,
            checks=len(rows),
            dead_streak=streak,
            dead_since=dead_since,
        )

    # ------------------------------------------------------------------ resumable runs

    def start_progress(self, run_key: str, *, started_at: str, total: int, fresh: bool = False) -> RunProgress:
        """Begin (or, unless `fresh`, resume) the run identified by `run_key`."""
        with self._tx() as db:
            cutoff = time.time() - PROGRESS_MAX_AGE_DAYS * 86400
            db.execute("DELETE FROM run_progress WHERE created < ?", (cutoff,))
            db.execute("DELETE FROM staged_results WHERE created < ?", (cutoff,))
            if fresh:
                db.execute("DELETE FROM run_progress WHERE run_key = ?", (run_key,))
            row = db.execute("SELECT started_at FROM run_progress WHERE run_key = ?", (run_key,)).fetchone()
            if row is None:
                # A run of this command that was done but never recorded is not this one.
                db.execute("DELETE FROM staged_results WHERE run_key = ?", (run_key,))
                db.execute("INSERT INTO run_progress (run_key, started_at, total, created) VALUES (?, ?, ?, ?)",
                           (run_key, started_at, total, time.time()))
                return RunProgress(run_key, started_at, total, {})
            done: dict[str, dict[tuple[int, int], dict[str, object]]] = {}
            for url, article, position, text in db.execute(
                    "SELECT url, article, position, result_json FROM staged_results WHERE run_key = ? AND"
                    " started_at = ?", (run_key, row[0])):
                try:
                    done.setdefault(url, {})[(int(article), int(position))] = json.loads(text)
                except ValueError:
                    continue  # a damaged row: its URL is checked again
            return RunProgress(run_key, str(row[0]), total, done)

    def save_progress(self, run_key: str, started_at: str, url: str, results: Iterable[StagedResult]) -> None:
        """One URL's results, complete (every citation of it): a resumed run will not check it again."""
        now = time.time()
        with self._tx() as db:
            db.executemany(
                "INSERT OR REPLACE INTO staged_results (run_key, started_at, article, position, url, result_json,"
                " verdict, status, final_url, fingerprint, checked_at, created)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ((run_key, started_at, r.article, r.position, url, r.result_json, r.verdict, r.status, r.final_url,
                  r.fingerprint, r.checked_at, now) for r in results))

    def forget_progress(self, run_key: str) -> None:
        """Every URL is done: the next run with the same inputs starts afresh. What was staged
        stays for `record_run` (and is dropped when the next run of this command starts)."""
        with self._tx() as db:
            db.execute("DELETE FROM run_progress WHERE run_key = ?", (run_key,))

    # ------------------------------------------------------------------ cited-version texts

    def capture_text(self, original: str, timestamp: str, *, extractor: str) -> CaptureText | None:
        """What was extracted from one capture by this extractor, or None (never seen, or older code)."""
        with self._lock:
            row = self._db.execute(
                "SELECT metadata_json, fingerprint, extracted_at FROM capture_texts "
                "WHERE original = ? AND timestamp = ? AND extractor = ?",
                (original, timestamp, extractor),
            ).fetchone()
        if row is None:
            return None
        try:
            metadata = json.loads(row[0])
        except ValueError:
            return None  # a damaged row is re-extracted, not trusted
        if not isinstance(metadata, dict):
            return None
        return CaptureText(original, timestamp, metadata, str(row[1]), float(row[2]))

    def put_capture_text(
        self, original: str, timestamp: str, *, extractor: str, metadata: dict[str, object], fingerprint: str
    ) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO capture_texts VALUES (?, ?, ?, ?, ?, ?)",
                (original, timestamp, extractor, json.dumps(metadata, ensure_ascii=False), fingerprint, time.time()),
            )

    # ------------------------------------------------------------------ CDX cache (archive.CdxCache)

    def get(self, key: str, max_age_seconds: float = CDX_MAX_AGE) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT fetched_at, body FROM cdx_cache WHERE key = ?", (key,)).fetchone()
        if row is None or self._clock() - row[0] > max_age_seconds:
            return None
        return str(row[1])

    def put(self, key: str, value: str) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO cdx_cache (key, fetched_at, body) VALUES (?, ?, ?)",
                (key, self._clock(), value),
            )
