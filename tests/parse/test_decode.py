"""Reading article files: encodings, and the bad files that must fail with one clear line."""

from __future__ import annotations

import codecs
import os
import time
import tracemalloc
from pathlib import Path

import pytest

from checker.errors import ParseError
from checker.models import Article
from checker.parse import MAX_ARTICLE_BYTES, parse_article

NOTES = "Le café est fermé.1\n\n1. Amélie Dupré, “Café society,” Le Monde, 3 mars 2015, http://lemonde.example/a.\n"


def write(tmp_path: Path, data: bytes, name: str = "article.txt") -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (NOTES.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + NOTES.encode("utf-8"), "utf-8-sig"),
        (NOTES.encode("utf-16"), "utf-16"),  # with BOM
        (NOTES.encode("utf-16-be").join([codecs.BOM_UTF16_BE, b""]), "utf-16-be"),
    ],
)
def test_unicode_encodings_need_no_warning(tmp_path: Path, data: bytes, encoding: str) -> None:
    refs = parse_article(write(tmp_path, data))
    assert refs.notes[0].citations[0].authors == ("Amélie Dupré",)
    assert not any("decoded as" in w for w in refs.warnings), encoding


FRENCH = (
    "Le gouvernement a annoncé une réforme très attendue. Les élèves, déçus, ont manifesté "
    "devant le lycée; à Paris, la préfecture a dénombré des milliers de personnes.1 "
    "Selon le ministère, la rentrée sera décalée d'une semaine, et les écoles fermées.2\n\n"
    '1. Amélie Dupré, "Réforme des lycées : la colère des élèves," Le Monde, 3 mars 2015.\n\n'
    '2. Hélène Lefèvre, "Rentrée décalée," Libération, 4 mars 2015.\n'
)


@pytest.mark.parametrize(("codec", "extra"), [("latin-1", ""), ("cp1252", " “guillemets” – €")])
def test_non_utf8_text_is_decoded_with_a_warning_naming_the_encoding(tmp_path: Path, codec: str, extra: str) -> None:
    text = FRENCH.replace("très attendue", "très attendue" + extra)
    refs = parse_article(write(tmp_path, text.encode(codec)))
    (warning,) = [w for w in refs.warnings if "decoded as" in w]
    assert "not UTF-8" in warning
    assert refs.notes[0].citations[0].authors == ("Amélie Dupré",)
    assert refs.notes[1].citations[0].title == "Rentrée décalée"


def test_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path, b"")
    with pytest.raises(ParseError, match=r"article\.txt: file is empty$"):
        parse_article(path)


def test_whitespace_only_file(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="file is empty"):
        parse_article(write(tmp_path, b" \n\t\n"))


def test_binary_garbage(tmp_path: Path) -> None:
    data = bytes(range(256)) * 64 + os.urandom(4096)
    with pytest.raises(ParseError, match="binary"):
        parse_article(write(tmp_path, data))


def test_binary_without_nul_bytes(tmp_path: Path) -> None:
    data = bytes(b for b in os.urandom(20000) if b not in (0, 0xEF, 0xFE, 0xFF))
    with pytest.raises(ParseError) as err:
        parse_article(write(tmp_path, data))
    assert "\n" not in str(err.value)


def test_a_20_mb_file_is_refused_fast_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(20 * 1024 * 1024)  # sparse: the test itself stays cheap
    tracemalloc.start()
    t0 = time.perf_counter()
    with pytest.raises(ParseError, match=r"20\.0 MB, over the 10\.0 MB limit"):
        parse_article(path)
    elapsed = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert elapsed < 1.0 and peak < 1024 * 1024
    assert MAX_ARTICLE_BYTES == 10 * 1024 * 1024


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="no such file"):
        parse_article(tmp_path / "nope.txt")
    with pytest.raises(ParseError, match="directory"):
        parse_article(tmp_path)


def test_file_without_notes(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="no numbered notes found"):
        parse_article(write(tmp_path, b"An essay with no notes.\n"))


def test_sidecar_metadata_and_explicit_article(tmp_path: Path) -> None:
    path = write(tmp_path, NOTES.encode())
    (tmp_path / "article.meta.yaml").write_text(
        "title: Café\nauthors: [A. Writer]\npublication: Le Journal\ndate: 2015-03-04\n", encoding="utf-8"
    )
    refs = parse_article(path)
    assert refs.article == Article("Café", ("A. Writer",), "Le Journal", "2015-03-04", str(path))
    given = parse_article(path, article=Article(title="Given"))
    assert given.article == Article(title="Given", source=str(path))


def test_bad_sidecar_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, NOTES.encode())
    (tmp_path / "article.meta.yaml").write_text("title: X\ndate: last week\n", encoding="utf-8")
    with pytest.raises(ParseError, match=r"article\.meta\.yaml:2: .*not ISO"):
        parse_article(path)


def test_text_is_copied_to_be_cleaned_exactly_when_it_holds_a_character_to_clean():
    import checker.parse as parse

    cleaned = {chr(c) for c in range(0x110000) if chr(c).translate(parse._CLEAN) != chr(c)}
    spotted = {chr(c) for c in range(0x110000) if parse._UNCLEAN.search(chr(c))}
    assert cleaned == spotted and "\r" in spotted and "\u2028" in spotted and "\t" not in spotted
