"""One check for every rendering of the seed: it must parse exactly as the .txt does."""

from __future__ import annotations

from checker.models import References
from tests.parse.renderings import LINKED_TITLES


def assert_same_as_text(text: References, other: References) -> None:
    """Same notes, citations, URLs, back-references and citing sentences as the text parse.

    Notes whose URL the rendering moved into a title link differ only in their text
    (no printed URL); their citations must still be the same.
    """
    assert [n.number for n in other.notes] == [n.number for n in text.notes] == list(range(1, 63))
    urls = {c.url for _, c in text.citations() if c.url}
    assert len(urls) == 26
    assert {c.url for _, c in other.citations() if c.url} == urls
    for a, b in zip(text.notes, other.notes, strict=True):
        if a.number not in LINKED_TITLES:
            assert b.text == a.text, a.number
        assert b.context == a.context, a.number
        assert len(b.citations) == len(a.citations), a.number
        for ca, cb in zip(a.citations, b.citations, strict=True):
            fields = ("kind", "authors", "title", "container", "date_iso", "url", "pages", "ibid", "short_form",
                      "refers_to", "unresolved", "accessed_inferred")  # fmt: skip
            assert {f: getattr(cb, f) for f in fields} == {f: getattr(ca, f) for f in fields}, (a.number, ca.index)
    assert other.warnings == text.warnings
