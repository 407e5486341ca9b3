"""Find the notes list, number the notes, and find the sentence citing each note.

How the notes section is found: numbered lines (`12. …`, `12) …`, `[12] …`, `12<TAB>…`)
form *runs*. Inside a run, a line right under a note (no blank line between) continues
it (a URL or sentence broken by a PDF conversion); a short line after a blank line is
page furniture ("EMAIL", "Now Reading …", a running head) and is dropped; a long
paragraph continues the note above only when the next numbered line goes on with the
next number, otherwise it is body text and ends the run. The notes section is the run
with most notes (the last one on a tie), so a numbered list in the body does not
count, and a file holding only the notes list works too.

Numbering is checked, never enforced: gaps and duplicates are warnings; a note whose
printed number breaks an otherwise straight sequence (…, 6, 9, 8, …) is taken as
misprinted and renumbered, with a warning.

Markers: the seed glues note numbers to words and punctuation (`Islands?1`,
`bases3`, `2017),42`), so a marker is the note's number right after a non-space
character that is not a digit, a hyphen or a slash (not `Su-35`, `S-400`, `2+2`) and
not followed by a digit or letter (not `40N6`). `[12]` and superscript digits count
too. Markers are searched in note order from the previous marker on, which is what
keeps `2015.13` (marker 13) apart from years and model numbers elsewhere.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

# `12. Text`, `12) Text`, `[12] Text`, `12<TAB>Text`; not a decimal (`0.014%. Overall, …`, a line of a
# note that wraps at a number)
_NOTE_LINE = re.compile(r"^[ \t]*(?:\[(\d{1,5})\]|(\d{1,5})[.)](?!\d)|(\d{1,5})\t)[ \t]*(\S.*)$")
# `12 Text`: the number a PDF set as a superscript, copied as plain text with a space after it; read only when no
# line has the forms above, and only in sequence (1, then 2, …), as a line may open with any number (`45 (2019).`)
# (its groups numbered as `_NOTE_LINE`'s: the number first, two empty, the text fourth)
_BARE_NUMBER_LINE = re.compile(r"^[ \t]*(\d{1,4})()()[ \t]+(\S.*)$")
# Web-page chrome that copy-pasting an article drags along.
_FURNITURE = re.compile(
    r"^\s*(?:email|e-mail|print|share|tweet|facebook|twitter|linkedin|whatsapp|reddit|"
    r"share this(?: article)?|now reading\b.*|related articles?|comments?|advertisement|"
    r"\d{1,4}|page \d{1,4}(?: of \d{1,4})?)\s*$",
    re.IGNORECASE,
)
_LONG_LINE = 120  # an unnumbered paragraph this long is text, not furniture
_URL_TAIL = re.compile(r"(?:https?://|www\.)\S*$", re.IGNORECASE)
_URL_PIECE = re.compile(r"^[\w\-.~%/?#=&+:;@!$'*,]+")
_WORD_BREAK = re.compile(r"[a-z]{2,}-$")
_WORD = re.compile(r"[A-Za-z]{4,}")
_LAST_LETTERS = re.compile(r"(?:^|[^A-Za-z])([A-Za-z]{2,})-$")
_FIRST_LETTERS = re.compile(r"[a-z]{2,}")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")
# A sentence ends at . ? ! (maybe closed by quotes/brackets, maybe followed by a glued
# marker) followed by space and a capital, a digit or an opening quote.
_SENTENCE_END = re.compile(r"[.?!…][”’\"')\]]*\d{0,4}\s+(?=[“\"‘'(\[A-Z0-9])")
_LAST_WORD = re.compile(r"([\w.]+)[.?!…]$")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "prof",
        "gen",
        "lt",
        "col",
        "sen",
        "rep",
        "gov",
        "no",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "u.n",
        "cf",
        "al",
        "approx",
    ]
)


@dataclass(frozen=True)
class RawNote:
    number: int  # as numbered after the misprint check
    printed: int  # as printed
    text: str  # the note without its number; broken lines joined
    line: int  # 1-based line of the note in the file


@dataclass(frozen=True)
class NotesSection:
    body: str  # everything before the notes list
    notes: tuple[RawNote, ...]
    warnings: tuple[str, ...]


@dataclass
class _Run:
    start_line: int
    notes: list[list]  # [printed, line, pieces]


def find_notes(text: str) -> NotesSection | None:
    """The notes list of `text`, or None when there is no numbered line at all."""
    lines = text.split("\n")
    runs = _runs(lines) or _runs(lines, _BARE_NUMBER_LINE)
    if not runs:
        return None
    best = max(runs, key=lambda r: len(r.notes))  # max() keeps the first; prefer the last:
    best = [r for r in runs if len(r.notes) == len(best.notes)][-1]
    body = "\n".join(lines[: best.start_line])
    lines_of_notes = [p for _, _, pieces in best.notes for p in pieces]
    hyphenates = _hyphenates_words(lines_of_notes, len(best.notes))
    words = _vocabulary(lines_of_notes)
    raw = [(printed, line, _join(pieces, hyphenates=hyphenates, words=words)) for printed, line, pieces in best.notes]
    notes, warnings = _number(raw)
    return NotesSection(body=body, notes=tuple(notes), warnings=tuple(warnings))


def _runs(lines: list[str], note_line: re.Pattern[str] = _NOTE_LINE) -> list[_Run]:
    runs: list[_Run] = []
    run: _Run | None = None
    attached = False  # the previous non-blank line belongs to the current note, no blank between
    pending: list[str] = []  # long paragraphs after a blank line: continuation or body?
    in_sequence = note_line is _BARE_NUMBER_LINE
    for i, line in enumerate(lines):
        m = note_line.match(line)
        if m and in_sequence and int(m.group(1)) != (run.notes[-1][0] + 1 if run is not None else 1):
            m = None  # (a bare number out of sequence opens a line of the note, or of the body)
        if m:
            printed = int(m.group(1) or m.group(2) or m.group(3))
            if run is not None and attached and _year_not_note(printed, run.notes[-1][0]):
                # `… Business Insider, Dec. 2,` / `2010. http://…`: a date broken before its year, the year opening
                # the next line of the same note, is not note 2010
                run.notes[-1][2].append(line.strip())
                continue
            if run is not None and printed == 1 and not pending:
                runs.append(run)  # numbering restarts: a new list (the body's list, then the notes)
                run = None
            if run is not None and pending:
                if printed == run.notes[-1][0] + 1:
                    run.notes[-1][2].extend(pending)
                else:
                    runs.append(run)
                    run = None
                pending = []
            if run is None:
                run = _Run(start_line=i, notes=[])
            run.notes.append([printed, i + 1, [m.group(4)]])
            attached = True
            continue
        stripped = line.strip()
        if not stripped:
            attached = False
            continue
        if run is None:
            continue
        if attached:
            run.notes[-1][2].append(stripped)
        elif _FURNITURE.match(stripped):
            continue
        elif len(stripped) >= _LONG_LINE or pending:
            pending.append(stripped)
        elif stripped[0].islower() or (_URL_PIECE.fullmatch(stripped) and "/" in stripped):
            run.notes[-1][2].append(stripped)
        # else: a short line after a blank line inside the notes: furniture, dropped
    if run is not None:
        runs.append(run)
    return runs


def _year_not_note(printed: int, last: int) -> bool:
    """A number opening a line inside a note that is a year, far past the next note's number, not a note's."""
    return 1000 <= printed <= 2999 and printed - last > 25


def _hyphenates_words(lines: list[str], notes: int) -> bool:
    """Does this notes list hyphenate words at line ends (`socie-` / `ties`)? Then a hyphen ending
    a line inside a URL was added by the typesetter too (`https://papers.ssrn.com/sol3/pa-` /
    `pers.cfm`). Journals that do not hyphenate break URLs after their own hyphens
    (`…-in-the-united-` / `states-…`), which must stay. Measured on tests/parse/corpus: 15-29
    hyphenated words per 50 notes in the journals that hyphenate, 0-2 in those that do not."""
    count = 0
    for a, b in itertools.pairwise(lines):
        a, b = a.rstrip(), b.lstrip()
        last = a.rsplit(None, 1)[-1] if a.strip() else ""
        if _WORD_BREAK.search(a) and b[:2].isalpha() and b[:2].islower() and "/" not in last and "." not in last:
            count += 1
    return count >= max(5, notes // 10)


def _added_hyphen(url: str) -> bool:
    """In a hyphenating notes list, is the hyphen ending this URL piece the typesetter's?
    In the host (`https://con-` / `tracts.jotwell.com`) or in a path segment with no hyphen of
    its own (`…_ftc_pro-` / `motes_confidence….pdf`) it is; inside a hyphenated slug
    (`…/donald-trump-maintains-` / `attacks-bob-…`) the break is most likely at a real one."""
    rest = re.sub(r"^(?:https?://|www\.)", "", url, flags=re.IGNORECASE)
    if "/" not in rest:
        return True
    segment = rest.rsplit("/", 1)[-1]
    return "-" not in segment[:-1]


def _vocabulary(lines: list[str]) -> frozenset[str]:
    """The words the notes print outside URLs, lower-cased (`Reddit`, `Quantitative`, `consumers`)."""
    return frozenset(
        w.lower() for line in lines for token in line.split() if "/" not in token for w in _WORD.findall(token)
    )


def _word_across(out: str, piece: str, words: frozenset[str]) -> bool:
    """`…-through-con-` / `sumers-rights-…`: the hyphen splits a word the notes print elsewhere
    (`consumers`), so the typesetter added it, even inside a hyphenated slug."""
    before, after = _LAST_LETTERS.search(out), _FIRST_LETTERS.match(piece)
    if before is None or after is None:
        return False
    return (before.group(1) + after.group(0)).lower() in words


def _in_top_level_domain(url: str, piece: str) -> bool:
    """`https://chicagounbound.uchicago.e-` / `du/law_and_economics/549/`: a top-level domain
    holds no hyphen, so one breaking it was added at the line end."""
    host = re.sub(r"^(?:https?://|www\.)", "", url, flags=re.IGNORECASE)
    tld_broken = re.search(r"\.[a-z]+-$", host) is not None and re.match(r"[a-z]+(?:[/:?#]|$)", piece) is not None
    return "/" not in host and tld_broken


def _join(pieces: list[str], *, hyphenates: bool = False, words: frozenset[str] = frozenset()) -> str:
    """Join a note's lines; a URL broken at a line end is glued back without a space (and
    without the hyphen the typesetter added, in a notes list that hyphenates words or where
    the two halves make a word the notes print)."""
    out = pieces[0].strip()
    for piece in pieces[1:]:
        piece = piece.strip()
        tail = _URL_TAIL.search(out)
        broken_word = bool(re.search(r"[a-z]-$", out)) and piece[:1].islower()
        typesetters = tail and ((hyphenates and _added_hyphen(tail.group(0))) or _word_across(out, piece, words))
        if tail and broken_word and (typesetters or _in_top_level_domain(tail.group(0), piece)):
            out = out[:-1] + piece
        elif tail and not out.endswith((".", ",", ";", ")")) and _URL_PIECE.match(piece):
            out += piece
        elif tail and out.endswith((".", "-", "/", "_")) and piece[:1].islower() and " " not in piece[:20]:
            out += piece  # "…/russias-asian-pivot-seen-in-kuril-military-\nexpansion/…"
        else:
            out += " " + piece
    return out


def _number(raw: list[tuple[int, int, str]]) -> tuple[list[RawNote], list[str]]:
    notes: list[RawNote] = []
    warnings: list[str] = []
    expected = raw[0][0]
    if expected != 1:
        warnings.append(f"the notes list starts at note {expected}, not 1")
    seen: set[int] = set()
    for k, (printed, line, text) in enumerate(raw):
        number = printed
        nxt = raw[k + 1][0] if k + 1 < len(raw) else None
        if printed != expected:
            if k > 0 and nxt == expected + 1:
                number = expected
                warnings.append(
                    f"note printed as {printed} (line {line}) sits between notes {expected - 1} and "
                    f"{expected + 1}; taken as note {expected}"
                )
            elif printed > expected:
                gap = f"{expected}" if printed == expected + 1 else f"{expected}-{printed - 1}"
                warnings.append(f"numbering gap: note(s) {gap} missing before note {printed} (line {line})")
            elif printed in seen:
                warnings.append(f"duplicate note number {printed} (line {line})")
            else:
                warnings.append(f"note {printed} (line {line}) is out of order after note {expected - 1}")
        seen.add(number)
        notes.append(RawNote(number=number, printed=printed, text=text, line=line))
        expected = max(expected, number + 1)
    return notes, warnings


# Every candidate marker in one pass: a number glued after a non-space character that
# is not a digit, hyphen, slash or currency/operator sign, and not followed by a digit,
# letter or %; or [n]; or superscript digits.
_MARKER = re.compile(
    r"(?<=\S)(?<![\d\-–/$#+=(<\[£€%^_@&*])(\d{1,5})(?![\d%])(?![^\W\d_])"
    r"|\[(\d{1,5})\]"
    r"|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,5})"
)
_FROM_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def find_contexts(body: str, notes: tuple[RawNote, ...]) -> tuple[dict[int, str], list[str]]:
    """Map note index -> the citing sentence (up to the marker); warn about missing markers.

    One regex pass collects candidate markers; each note then takes the first candidate
    with its number after the previous note's marker (a bisect): linear overall.
    """
    contexts: dict[int, str] = {}
    warnings: list[str] = []
    if not body.strip():
        return contexts, warnings
    starts: dict[int, list[int]] = {}
    spans: dict[int, list[int]] = {}
    for m in _MARKER.finditer(body):
        value = int((m.group(1) or m.group(2) or m.group(3)).translate(_FROM_SUPERSCRIPT))
        starts.setdefault(value, []).append(m.start())
        spans.setdefault(value, []).append(m.end())
    cursor = 0
    last_marker_end = -1
    missing: list[int] = []
    for k, note in enumerate(notes):
        found: tuple[int, int] | None = None
        for n in dict.fromkeys((note.number, note.printed)):
            positions = starts.get(n)
            if positions:
                i = bisect.bisect_left(positions, cursor)
                if i < len(positions):
                    found = (positions[i], spans[n][i])
                    break
        if found is None:
            missing.append(note.number)
            continue
        contexts[k] = _sentence_before(body, found[0], last_marker_end)
        cursor = last_marker_end = found[1]
    if missing:
        shown = ", ".join(str(n) for n in missing[:10]) + (" …" if len(missing) > 10 else "")
        warnings.append(f"no marker found in the text for {len(missing)} note(s): {shown}")
    return contexts, warnings


def _sentence_before(body: str, marker: int, previous_marker_end: int) -> str:
    # Look back at most one paragraph and at most 3000 characters: bounded work per note.
    window_start = max(0, marker - 3000, previous_marker_end)
    window = body[window_start:marker]
    breaks = list(_PARAGRAPH_BREAK.finditer(window))
    start = breaks[-1].end() if breaks else 0
    for m in _SENTENCE_END.finditer(window, start):
        word = _LAST_WORD.search(window[max(0, m.start() - 40) : m.start() + 1])  # bounded look-back
        if word and m.group(0)[0] == "." and _is_abbreviation(word.group(1)):
            continue
        start = m.end()
    sentence = window[start:]
    sentence = " ".join(sentence.split())
    return sentence.lstrip(" ,;:)]”’").strip()


def _is_abbreviation(word: str) -> bool:
    w = word.lower().rstrip(".")
    return w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()) or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", w))
