"""`export`: the references as CSL-JSON and BibTeX, read back by the libraries citation
managers and LaTeX users rely on, with the archive link of each cited version a `check`
found."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import bibtexparser
import pytest
from citeproc import Citation as CslCitation
from citeproc import CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from pylatexenc.latex2text import LatexNodes2Text

from checker import pipeline, references
from checker.cli import main
from checker.export import ExportFormat, archive_links, export, latex_escape, to_bibtex, to_csl_json
from checker.models import (
    ArchiveResult,
    ArchiveStatus,
    Article,
    Capture,
    Citation,
    CitationKind,
    CitationResult,
    Note,
    References,
    Run,
)
from checker.serialize import run_to_dict
from checker.store import Store
from tests.fixtures.wayback import article_html

ROOT = Path(__file__).resolve().parent.parent
SEED = references.load(ROOT / "references.yaml")
CAPTURE = ("https://web.archive.org/web/20151015120000/http://www.theguardian.com/x_1%2C2#top", "2015-10-15")


def test_every_export_format_renders_the_seed():
    for fmt in ExportFormat:
        assert export(SEED, fmt).strip()


def test_citeproc_renders_a_bibliography_entry_for_every_citation():
    items = json.loads(to_csl_json(SEED, {(1, 0): CAPTURE}))
    for item in items:
        # citeproc-py implements CSL 1.0.1, which predates the `custom` object (CSL-JSON 1.0.2);
        # every other variable must be one it knows, or CiteProcJSON raises.
        item.pop("custom")
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    for item in items:
        bibliography.register(CslCitation([CitationItem(item["id"])]))
    entries = [str(e) for e in bibliography.bibliography()]
    assert len(entries) == len(list(SEED.citations()))
    guardian = next(e for e in entries if "Justin McCurry" in e)
    assert "Vladimir Putin’s Visit to Japan Postponed Indefinitely" in guardian
    assert "Available at: http://www.theguardian.com/world/2015/oct/15/" in guardian
    first = items[0]
    assert first["archive"] == "Internet Archive" and first["archive_location"] == CAPTURE[0]


def test_bibtex_reads_back_with_every_field_and_one_entry_per_source():
    text = to_bibtex(SEED, {(1, 0): CAPTURE})
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    sources = [(n, c) for n, c in SEED.citations() if not (c.ibid or c.short_form)]
    assert len(library.entries) == len(sources)
    decode = LatexNodes2Text().latex_to_text
    for entry, (note, c) in zip(library.entries, sources, strict=True):
        fields = {f.key: f.value for f in entry.fields}
        assert fields["addendum"] == f"Note {note.number}"
        if c.title:
            assert decode(fields["title"]) == c.title
        if c.url:
            assert fields["url"] == c.url
    mccurry = library.entries[0]
    assert mccurry.entry_type == "article" and mccurry.key == "mccurry2015vladimir"
    assert mccurry.fields_dict["note"].value == (
        r"Archived at \url{https://web.archive.org/web/20151015120000/http://www.theguardian.com/x_1\%2C2\#top}"
        " on 2015-10-15"
    )


def test_bibtex_escapes_what_latex_would_read_as_markup():
    c = Citation(
        index=0,
        raw="x",
        kind=CitationKind.WEB,
        title="50% of {Abe}'s & #1 C_2 ~ ^ \\ $",
        authors=("Smith, Jones and Co.", "Ann Lee"),
        url="http://ex.org/a_b?q=1%202#f",
        accessed="2015-12-20",
    )
    refs = References(article=Article(), notes=(Note(number=3, text="x", citations=(c,)),))
    [entry] = bibtexparser.parse_string(to_bibtex(refs)).entries
    f = entry.fields_dict
    assert entry.entry_type == "online"
    assert f["title"].value == latex_escape(c.title)
    # pylatexenc prints \textasciicircum{} as the modifier letter U+02C6, LaTeX as a caret.
    assert LatexNodes2Text().latex_to_text(f["title"].value) == c.title.replace("^", "\u02c6")
    assert f["author"].value == r"{Smith, Jones and Co.} and Ann Lee"
    assert (f["url"].value, f["urldate"].value) == (c.url, "2015-12-20")


def test_keys_stay_unique_when_sources_look_alike():
    c = Citation(
        index=0,
        raw="x",
        kind=CitationKind.NEWS,
        title="Putin Visits Tokyo",
        authors=("Ann Lee",),
        date_iso="2015-10-01",
    )
    notes = tuple(Note(number=i, text="x", citations=(c,)) for i in (1, 2, 3))
    keys = [e.key for e in bibtexparser.parse_string(to_bibtex(References(Article(), notes))).entries]
    assert keys == ["lee2015putin", "lee2015putina", "lee2015putinb"]


def test_export_after_a_check_carries_the_cited_versions_archive_link(zoo, wayback, tmp_path, capsys):
    url = zoo.add_page(f"/page/export-{tmp_path.name}", article_html("Talks Resume", ["Diplomats met in Moscow."] * 3))
    wayback.add_capture(url, "20150911090000", article_html("Talks Resume", ["Diplomats met in Moscow."] * 3))
    c = Citation(
        index=0,
        raw=f"“Talks Resume,” News Example, 2015-09-11, {url}.",
        kind=CitationKind.NEWS,
        title="Talks Resume",
        container="News Example",
        date="2015-09-11",
        date_iso="2015-09-11",
        url=url,
    )
    refs = References(
        article=Article(title="Export test", date="2015-12", source="export.txt"),
        notes=(Note(number=1, text=c.raw, citations=(c,)),),
    )
    refs_path = tmp_path / "references.yaml"
    references.save(refs, refs_path, force=True)
    refs = references.load(refs_path)
    config = dataclasses.replace(wayback.config(), per_host_delay=0.0, compare=False)
    state = tmp_path / "history.sqlite"
    with Store(state) as store:
        [run] = pipeline.run_checks([refs], config, store=store)
        pipeline.record(store, run, run_to_dict(run))
    [(capture_url, date)] = archive_links([run], refs).values()
    assert date == "2015-09-11" and "/web/20150911090000/" in capture_url

    assert main(["export", str(refs_path), "--to", "csl-json", "--state", str(state)]) == 0
    [item] = json.loads(capsys.readouterr().out)
    assert item["archive_location"] == capture_url
    assert item["note"] == f"Archived at {capture_url} on 2015-09-11."

    out = tmp_path / "refs.bib"
    assert main(["export", str(refs_path), "--to", "bibtex", "--state", str(state), "-o", str(out)]) == 0
    assert "/web/20150911090000/" in out.read_text(encoding="utf-8")


def test_an_edited_citation_does_not_inherit_an_old_runs_archive_link():
    url_then, url_now = "http://ex.org/old", "http://ex.org/new"
    c = Citation(index=0, raw="x", url=url_now)
    refs = References(article=Article(), notes=(Note(number=1, text="x", citations=(c,)),))
    capture = Capture(timestamp="20150101000000", original=url_then, status=200, archive_url="http://a/x")
    old = CitationResult(
        note=refs.notes[0],
        citation=dataclasses.replace(c, url=url_then),
        archive=ArchiveResult(url=url_then, status=ArchiveStatus.FOUND, reason="", cited=capture),
    )
    run = Run(article=Article(), results=(old,), started_at="", finished_at="", tool_version="0")
    assert archive_links([run], refs) == {}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--to", "ris"], "unknown --to 'ris'; choose from csl-json, bibtex"),
        (["--to", "bibtex", "--state", "missing.sqlite"], "missing.sqlite: no such history database"),
    ],
)
def test_export_usage_errors_are_one_line_and_exit_2(capsys, argv, message):
    assert main(["export", str(ROOT / "references.yaml"), *argv]) == 2
    err = capsys.readouterr().err
    assert err == f"run_check.py: error: {message}\n"


def test_export_then_parse_gives_back_the_same_references_file(tmp_path, capsys):
    csl_path = tmp_path / "seed.json"
    assert main(["export", str(ROOT / "references.yaml"), "--to", "csl-json", "-o", str(csl_path)]) == 0
    back = tmp_path / "back.yaml"
    assert main(["parse", str(csl_path), "-o", str(back)]) == 0
    assert references.load(back) == dataclasses.replace(SEED, warnings=())
