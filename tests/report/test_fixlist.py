"""The fix list: what an editor pastes back into the article."""

from __future__ import annotations

from html.parser import HTMLParser

from checker.report import fixlist
from tests.report.sample_run import cap, clean_run, sample_run


def section(text: str, note: int) -> str:
    return text.split(f"## Note {note}\n", 1)[1].split("\n## Note", 1)[0]


def test_archived_citation_keeps_url_and_adds_archive() -> None:
    c = cap("20150911120000", "http://e.org/a")
    assert fixlist.archived_citation("A, “T,” X, September 11, 2015, http://e.org/a.", c) == (
        "A, “T,” X, September 11, 2015, http://e.org/a, archived at "
        "https://web.archive.org/web/20150911120000/http://e.org/a on September 11, 2015."
    )
    assert fixlist.archived_citation("no final period", c).endswith("on September 11, 2015.")


def test_robust_link_attributes() -> None:
    attrs: dict[str, str | None] = {}

    class P(HTMLParser):
        def handle_starttag(self, tag: str, a: list[tuple[str, str | None]]) -> None:
            attrs.update(a)

    evil = 'http://e.org/"><script>x</script>'
    P().feed(fixlist.robust_link(evil, cap("20150911120000", "http://e.org/a"), "<b>t</b>"))
    assert attrs == {"href": evil, "data-originalurl": evil,
                     "data-versionurl": "https://web.archive.org/web/20150911120000/http://e.org/a",
                     "data-versiondate": "2015-09-11"}


def test_lists_dead_and_replaced_only() -> None:
    text = fixlist.render(sample_run())
    listed = [int(line.split()[2]) for line in text.splitlines() if line.startswith("## Note ")]
    assert listed == [5, 9, 10, 11, 13, 43]


def test_each_case_says_what_to_do() -> None:
    text = fixlist.render(sample_run())
    assert "archived at https://web.archive.org/web/20120302101500/" in section(text, 5)
    assert 'data-versiondate="2012-03-02"' in section(text, 5)
    assert "no archived copy: find a replacement" in section(text, 9)  # only 301 captures
    assert "no archived copy: find a replacement" in section(text, 43)  # never archived
    assert "128 days outside the cited window" in section(text, 10)
    assert "re-run the check" in section(text, 13)  # lookup failed is not "none"
    assert "archived at" not in section(text, 13)
    assert "archived at https://web.archive.org/web/20150826044500/" in section(text, 11)  # replaced


def test_nothing_to_fix_and_network_down() -> None:
    assert "Nothing to fix" in fixlist.render(clean_run())
    assert "nothing is listed" in fixlist.render(sample_run(network_down=True))


def test_written_a_note_at_a_time_it_is_the_rendered_list_even_when_a_notes_results_are_apart() -> None:
    import dataclasses
    import io

    sample = sample_run()
    apart = dataclasses.replace(sample, results=tuple(sample.results) * 2)  # every note twice, far apart
    for run in (sample, clean_run(), sample_run(network_down=True), apart):
        out = io.StringIO()
        fixlist.write(run, out)
        assert out.getvalue() == fixlist.render(run)
    # A note's results far apart are still listed under that note once, as grouped before.
    assert fixlist.render(apart).count("## Note ") == fixlist.render(sample).count("## Note ")
