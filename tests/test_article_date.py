"""An undated article's earliest possible date, read from its notes (checker/article_date.py)."""

from __future__ import annotations

from datetime import date

from checker import references
from checker.article_date import describe_inferred, infer_date, with_inferred_date
from checker.models import Article, Citation, Note, References


def refs(*notes: Note, article: Article | None = None) -> References:
    return References(article=article or Article(source="a.txt"), notes=notes)


def note(number: int, **fields: str) -> Note:
    return Note(number=number, text=f"note {number}", citations=(Citation(index=0, raw="x", **fields),))


def test_the_latest_date_among_the_notes_is_inferred_with_its_note_and_evidence():
    r = refs(note(3, date_iso="2015-10-26"), note(11, date_iso="2015-08-25", accessed_inferred="2015-12-20"),
             note(42, date_iso="2015-11-17"))
    inferred = with_inferred_date(r, today=date(2026, 12, 4)).article
    assert (inferred.date_inferred, inferred.date_inferred_note) == ("2015-12-20", 11)
    assert inferred.date_inferred_evidence == "share-fragment date, the latest date among the notes"
    assert describe_inferred(inferred) == (
        "date inferred from note 11: 2015-12-20 (share-fragment date, the latest date among the notes)")


def test_a_date_after_today_is_no_evidence_and_an_ignored_citation_none_either():
    r = refs(note(1, date_iso="2051-03-01"), note(2, date_iso="2015-03"),
             Note(number=3, text="n", citations=(Citation(index=0, raw="x", date_iso="2016-01-01", ignore=True),)))
    assert infer_date(r, today=date(2026, 12, 4)) == ("2015-03", 2, "source date, the latest date among the notes")


def test_an_article_with_a_date_is_left_alone_and_notes_without_dates_infer_nothing():
    dated = refs(note(1, date_iso="2015-03-01"), article=Article(date="2015-12"))
    assert with_inferred_date(dated) is dated
    assert with_inferred_date(refs(note(1))).article.date_inferred is None


def test_the_inferred_date_round_trips_through_references_yaml():
    r = with_inferred_date(refs(note(7, accessed="2015-12-01")), today=date(2026, 12, 4))
    text = references.dumps(r)
    assert "date_inferred: '2015-12-01'" in text or "date_inferred: 2015-12-01" in text
    assert references.loads(text).article == r.article


def test_the_seed_as_plain_text_without_its_sidecar_infers_december_20_2015(tmp_path):
    from pathlib import Path

    from checker.parse import parse_article

    seed = Path(__file__).resolve().parents[1] / "articles" / (
        "sino-russian-relations-and-the-failure-of-russo-japanese-relations.txt")
    plain = tmp_path / "seed.txt"
    plain.write_bytes(seed.read_bytes())  # no .meta.yaml beside it
    article = with_inferred_date(parse_article(plain)).article
    assert article.date is None
    assert (article.date_inferred, article.date_inferred_note) == ("2015-12-20", 11)


def test_show_prints_the_inferred_date_for_an_undated_article(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    seed = root / "articles" / "sino-russian-relations-and-the-failure-of-russo-japanese-relations.txt"
    plain = tmp_path / "seed.txt"
    plain.write_bytes(seed.read_bytes())
    proc = subprocess.run([sys.executable, "run_check.py", "show", str(plain)], cwd=root, capture_output=True,
                          text=True, timeout=120, env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    assert "date inferred from note 11: 2015-12-20 (share-fragment date, the latest date among the notes)" in (
        " ".join(proc.stdout.split()))
