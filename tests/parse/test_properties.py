"""Property-based tests: the parser never fails on any text except with ParseError,
and whatever it produces survives references.yaml (dump -> load is the identity)."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from checker import references
from checker.errors import ParseError
from checker.models import References
from checker.parse import parse_text

# Pieces real notes are made of, so that generated text often *is* a notes list.
FRAGMENTS = st.sampled_from(
    [
        "1. ", "2. ", "3. ", "12. ", "[4] ", "\n", "\n\n", " ", "Ibid.", "Ibid., 12.", "Id.", "; ", ", ",
        "“", "”", '"', "(", ")", "See also ", "For one example, see ", "Jane Doe", "Ko Hirano", " and ",
        "“Abe Quandary,”", "The Diplomat", "May 1, 2015", "Spring/Summer 1993", "3, no. 4 (2015): 5-9",
        "(London: Press, 2015)", "http://e.example/a/b#.Vnczn_krKM8", "www.x.example/r.pdf", "http://",
        "accessed March 3, 2015", "?", ".", "1", "2017),42", "S-400", "EMAIL", "Now Reading X", "\t",
        "¹", "\u2028", "\x85", "é", "’", "…",
    ]
)  # fmt: skip
NOTE_LIKE = st.lists(FRAGMENTS, max_size=60).map("".join)
ANY_TEXT = st.one_of(
    st.text(max_size=400), NOTE_LIKE, st.lists(st.one_of(FRAGMENTS, st.text(max_size=5)), max_size=80).map("".join)
)

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# found by these tests: an address whose host is a bracket urlsplit cannot read (`HTTP:/0[]`)
BRACKETED_HOST = "0.:0,:HTTP:/0[]"


@SETTINGS
@given(ANY_TEXT)
@example(BRACKETED_HOST)
def test_parse_text_raises_nothing_but_parse_error(text: str) -> None:
    try:
        refs = parse_text(text)
    except ParseError as exc:
        assert "\n" not in str(exc)  # one clear line
        return
    assert isinstance(refs, References)
    assert refs.notes
    for note in refs.notes:
        for k, c in enumerate(note.citations):
            assert c.index == k
            assert not (c.url and c.url[-1] in ".,;")


@SETTINGS
@given(ANY_TEXT)
@example(BRACKETED_HOST)
def test_dump_then_load_round_trips(text: str) -> None:
    try:
        refs = parse_text(text, source="generated.txt")
    except ParseError:
        return
    assert references.loads(references.dumps(refs)) == refs
