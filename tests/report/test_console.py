"""The console: summary tables and progress bars (rich), tested on recorded consoles."""

from __future__ import annotations

import io
import re
import threading
from dataclasses import replace

from rich.console import Console

from checker.models import Article, References
from checker.report.console import PhaseProgress, back_reference, print_references, print_summary
from tests.report.sample_run import HOSTILE_TITLE, clean_run, sample_run


def has_colour(text: str) -> bool:
    """Any SGR sequence setting a foreground colour (30-38, 90-97)?"""
    for params in re.findall(r"\x1b\[([\d;]*)m", text):
        codes = [int(x) for x in params.split(";") if x]
        if any(30 <= c <= 38 or 90 <= c <= 97 for c in codes):
            return True
    return False


def console(**kw) -> tuple[Console, io.StringIO]:  # type: ignore[no-untyped-def]
    buf = io.StringIO()
    return Console(file=buf, width=200, **kw), buf


def test_summary_lists_problems_only_most_urgent_first() -> None:
    c, buf = console()
    print_summary(sample_run(), c)
    out = buf.getvalue()
    assert "17 citations, 13 with a URL, 10 to look at, 5 dead, 2 dead with no archived copy" in out
    assert "verdicts: ok 4, redirected 1, moved_to_homepage 1" in out
    lines = [line for line in out.splitlines() if line.startswith("│")]
    notes = [line.split("│")[1].strip() for line in lines if line.split("│")[1].strip()]
    assert notes[:3] == ["9.1", "13.2", "43.1"] and "1.1" not in notes and notes[-1] == "7.1"
    assert "https://web.archive.org/web/201203021015" in out  # the cell folds long URLs
    assert "2 URLs were rate-limited" in out


def test_show_all_lists_everything() -> None:
    c, buf = console()
    print_summary(sample_run(), c, show_all=True)
    rows = [line for line in buf.getvalue().splitlines() if line.startswith("│") and line.split("│")[1].strip()]
    assert len(rows) == 17


def test_hostile_text_is_printed_not_interpreted() -> None:
    run = sample_run()
    r = run.results[0]
    run = replace(run, results=(replace(r, link=replace(r.link, verdict=r.link.verdict.__class__("gone"),  # type: ignore[union-attr]
                                                         reason="[bold red]x[/] [link=http://evil]y")),),
                  notices=("[blink]notice",))
    c, buf = console()
    print_summary(run, c)
    out = buf.getvalue()
    assert "[bold red]x[/] [link=http://evil]y" in out and "[blink]notice" in out
    c, buf = console()
    print_summary(sample_run(), c)
    assert HOSTILE_TITLE in buf.getvalue()


def test_clean_run_and_network_down() -> None:
    c, buf = console()
    print_summary(clean_run(), c)
    assert "Nothing to act on." in buf.getvalue()
    c, buf = console()
    print_summary(sample_run(network_down=True), c)
    assert "Network unavailable: no URL was declared dead" in buf.getvalue()


def test_no_color_means_no_escape_codes(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NO_COLOR", "1")
    c, buf = console(force_terminal=True)
    print_summary(sample_run(), c)
    assert not has_colour(buf.getvalue())  # bold and italic may remain
    monkeypatch.delenv("NO_COLOR")
    c, buf = console(force_terminal=True)
    print_summary(sample_run(), c)
    assert has_colour(buf.getvalue())


def test_progress_disabled_prints_nothing() -> None:
    for kw, enabled in (({"force_terminal": False}, True), ({"force_terminal": True}, False)):
        c, buf = console(**kw)
        with PhaseProgress(c, enabled=enabled) as p:
            p.start("resolve", 3)
            p.advance("resolve")
            p.finish("resolve")
        assert buf.getvalue() == ""
        assert p.completed("resolve") == 0


def test_progress_counts_from_many_threads() -> None:
    c, buf = console(force_terminal=True)
    with PhaseProgress(c, enabled=True) as p:
        p.start("resolve", 8 * 250)
        p.start("archive", 10)
        workers = [threading.Thread(target=lambda: [p.advance("resolve") for _ in range(250)]) for _ in range(8)]
        for w in workers:
            w.start()
        for w in workers:
            w.join(timeout=10)
        p.advance("compare")  # before start: counted, not lost
        p.finish("resolve")
        p.finish("archive")
        assert p.completed("resolve") == 2000
        assert p.completed("compare") == 1
    out = buf.getvalue()
    assert "resolve" in out and "2000/2000" in out and "archive" in out and "0/0" in out


def test_print_references_shows_back_references() -> None:
    run = sample_run()
    notes = tuple(dict.fromkeys(r.note for r in run.results))
    refs = References(article=run.article, notes=notes, warnings=("note 16 is missing",))
    c, buf = console()
    print_references(refs, c)
    out = buf.getvalue()
    assert "Ibid. → 14" in out and "short → 56" in out and "warning: note 16 is missing" in out
    assert "13.2" in out and "news" in out
    c, buf = console()
    print_references(References(article=Article(title="[bold]x"), notes=()), c)
    assert "[bold]x" in buf.getvalue()


def test_back_reference_unresolved() -> None:
    from checker.models import Citation

    assert back_reference(Citation(index=0, raw="Ibid.", ibid=True, unresolved=True)) == "Ibid. → ?"
    assert back_reference(Citation(index=0, raw="x")) == ""


def test_print_references_narrow_console_keeps_hosts_whole() -> None:
    run = sample_run()
    refs = References(article=run.article, notes=tuple(dict.fromkeys(r.note for r in run.results)))
    buf = io.StringIO()
    print_references(refs, Console(file=buf, width=80))
    out = buf.getvalue()
    assert all(len(line) <= 80 for line in out.splitlines())
    assert "theguardian.com/" in out and "thediplomat.com/" in out  # scheme and www. dropped, host unbroken
    assert "Ibid. → 14" in out and "short → 56" in out


def test_a_long_run_shows_the_most_urgent_screenful_and_says_how_many_more(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import checker.report.console as console_module

    monkeypatch.setattr(console_module, "MAX_CONSOLE_PROBLEMS", 3)
    c, buf = console()
    print_summary(sample_run(), c)
    out = buf.getvalue()
    notes = [line.split("│")[1].strip() for line in out.splitlines() if line.startswith("│")]
    assert [n for n in notes if n] == ["9.1", "13.2", "43.1"]  # the three most urgent, in order
    assert "… and 7 more to look at" in out and "--all" in out
    c, buf = console()
    print_summary(sample_run(), c, show_all=True)  # --all still lists every reference
    assert "more to look at" not in buf.getvalue()
