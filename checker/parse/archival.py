"""Archival and government documents as diplomatic and military history cites them.

Histories written from the archives cite letters, telegrams and memoranda by who wrote to whom and when, then
where the paper lies (`Wilder Spaulding to Breckinridge Long, March 15, 1940, NARA, RG 59, CDF 1940–1944, …`,
`Harry Truman to Samuel Eliot Morison, December 22, 1950, LCM, AHA Papers, Box 170, …`), a file as a whole
(`See passim, NARA, RG 59, WTC Lot File 83D222, Box 5, 1947–1948; 1949–1950; and 1951–1952`), memoranda of
conversation, a paper inside a compiled file, and *Foreign Relations of the United States* volumes by year,
volume and subject. The corpus labels them so (tests/parse/corpus/SOURCES.md, the history of *FRUS*): the
letter is `official` by its writer, `X to Y` its title, its date; the archive holding it is not a field; a
file cited whole has its reference as `title` and no kind. This module reads those shapes and says where a
run of them is cut into citations; fields.py and split.py call it.
"""

from __future__ import annotations

import dataclasses
import re

from checker.models import Citation, CitationKind
from checker.parse.dates import DATE, MONTH, iso_of

# where a paper lies: a record group, a box or folder, a lot or decimal file, papers, an archive or library, the
# Department's electronic telegram archive (`Department of State, SAS, 1979 STATE 287775`)
_ARCHIVE_MARK = re.compile(
    r"\b(?:NARA|National\s+Archives|RG\s+\d+|Record\s+Group|[Bb]ox\s+\d+|[Ff]older\s+\d+|Lot\s+File|CDF|CFPF|"
    r"CREST|Papers|Archives?|Library|Manuscript\s+Division|Collection|Entry\s+[A-Z\d]|P-Reels|Central\s+Files|"
    r"MSS?|Museum|Record\s+Office|fols?\.|State\s+Archiving\s+System|SAS|"
    # the National Archives' microfilm: a roll of a numbered publication (`Roll 115, M77, NA`), and the State
    # Department series filmed on it (`Despatches from U.S. Ministers to Germany`, `Instructions of the Department of
    # State – Argentine Republic`)
    r"Roll\s+T?\d+|[MT]\d{2,4}|NA|Despatches\s+from|Instructions\s+of\s+the\s+Department)(?:\b|(?<=\.))"
    # the Department's decimal file, by number and subject then document (`023.1/12–461`, `026 Foreign Relations/866`,
    # `026 Foreign Relations (P.C. 1919)/1A`)
    r"|(?<![\w/])\d{3}(?:\.\d{1,4})?(?:\s+[A-Z][A-Za-z]*){0,3}(?:\s+\([^()]{1,20}\))?/\d"
)
# a name or an office as archives file them: `E.R. Perkins`, `[John] Foster [Dulles]`, `U.S. Embassy Tokyo`,
# `Walter Bedell Smith`, `Douglas MacArthur II`
_WORD = r"\[?[A-Z][\w.’'\-\[\]]*"
# (`Senate Committee on Printing Chair William E. Chilton`: a committee's chair, by its name and office)
_PERSON = rf"{_WORD}(?:\s+(?:{_WORD}|of|de|van|von|der|la|(?<=Committee\s)on))*"
_WRITERS = rf"{_PERSON}(?:(?:,\s+|,?\s+and\s+){_PERSON}){{0,6}}"
# a writer whose name is withheld, in the archivist's brackets (`[name not declassified] to Don [Wortman]`,
# `[Name not declassified—Chief, Information Services Staff] to Trask`): the paper has no author
_WITHHELD = r"\[[^\[\]]{1,100}\]"
# a letter is dated to the day: `March 15, 1940`, `15 March 1940`
_DAY_DATE = rf"(?:{MONTH}\s+\d{{1,2}},\s+\d{{4}}|\d{{1,2}}\s+{MONTH}\s+\d{{4}})"
# `Noble through Edwin Kretzmann to Murphy`: routed through an official, written by the first
# `Letter from Seward to Schurz, April 27, 1861`: the paper's kind may stand before its writer, or between the writer
# and whom it went to (`Ronald Spiers memorandum to Charles Redman`, `Ronald Reagan memorandum for Secretary of State`,
# `William Slany memorandum for the record`, `Joseph Grew despatch to Secretary of State`)
# a letter's date as an editor gives it: the year supplied in brackets (`July 10, [1931]`, `[1929]`), two letters of
# one designation (`August 24 and 26, 1931`)
_SUPPLIED_DATE = (
    rf"(?:{MONTH}\s+\d{{1,2}},\s+\[\d{{4}}\]|\[\d{{4}}\]|{MONTH}\s+\d{{1,2}}\s+(?:and|or)\s+\d{{1,2}},\s+\d{{4}}"
    # (a letter dated as its editor could: `December 15-19, 1868`, `Spring 1856`, `pre-May 1856`, `May 1856`)
    rf"|{MONTH}\s+\d{{1,2}}\s?[-–]\s?\d{{1,2}},\s+\d{{4}}|(?:[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)\s+\d{{4}}"
    rf"|(?:(?:pre|post)-|c(?:a)?\.\s?)?{MONTH}\s+\d{{4}}"
    # (`March, 25, [1930]`: a comma typed after the month)
    rf"|{MONTH},\s+\d{{1,2}},\s+\[?\d{{4}}\]?)"
)
_PAPER_KIND = r"(?:memorand(?:um|a)|letter|cable|telegram|despatch|dispatch|airgram|instruction|note|message|e-?mail)"
_HEAD = (
    rf"(?P<from>(?:[Ll]etter|[Mm]emorandum|[Tt]elegram|[Dd]espatch|[Dd]ispatch|[Cc]able|[Nn]ote)\s+from\s+)?"
    rf"(?P<writers>{_WRITERS}|{_WITHHELD})(?:\s+through\s+{_PERSON})?(?:,?\s+(?:(?:personal|draft)\s+)?(?P<kind>{_PAPER_KIND})\s+(?:to|for)|\s+to)\s+"
    rf"(?P<recipient>the\s+record|(?:(?:all|members\s+of(?:\s+the)?)\s+)?[A-Z\[][^;“”\"]{{0,160}}?)"
    # (`Walt Whitman to Louisa Van Velsor Whitman April 28, 1863, …`: the comma before the day left out)
    rf"(?:\s+\([^()]*\))?(?:,\s+|\s+(?={MONTH}\s+\d{{1,2}},\s+\d{{4}}))(?P<date>{_DAY_DATE}|{_SUPPLIED_DATE})"
)
_LETTER = re.compile(rf"^{_HEAD}(?P<rest>.*)$")
# a library's or a university's collection after a letter's date, no box, file or record group of a government's
# archive in it (those letters are officials', `official` as FRUS cites them)
_PRIVATE_HOLDING = re.compile(
    r",\s+(?:photocopy\s+in\s+)?(?P<holding>(?![^.]*\b(?:Box|Container|Folder|RG|NARA|LCM|National\s+Archives|Reel|File)\b)"
    r"[A-Z][^.;()“”\"]{2,200}?(?:Library|University(?:\s+of\s+[A-Z][\w ]+)?|Library\s+of\s+Congress|Archive"
    r"|UC\s+[A-Z]\w+)"
    # (`…, June 1865, Trent.`, `…, July 30, 1929, DFCF.`: a collection by the one word the edition's notes named it)
    r"|(?!(?:NARA|LCM|NA|RG|CDF|CFPF|CREST|SAS|MSS?)\b)[A-Z][A-Za-z]{2,8}(?=\.?$))\.?"
)
_ONLINE_ARCHIVE = re.compile(r"(?:[A-Z][\w’'\-]*\s+){1,4}Archive")
_LETTER_NEXT = re.compile(_HEAD)
# `memorandum of conversation between William Franklin and Michael Gannett, March 21, 1952, NARA, …`
_CONVERSATION = re.compile(
    rf"^(?P<title>[Mm]emorandum\s+of\s+(?:a\s+)?(?:conversation|[Cc]onference|meeting)\b[^“”\"]{{0,200}}?),\s+"
    rf"(?P<date>{_DAY_DATE})"
    r"(?P<rest>(?:,|\s+in\s).*)?$"
)
# `memorandum by Cyril Wynne, Division of Research and Publication, April 24, 1936, File …`: by its writer, whose
# division (and what the memorandum is of) is no field
_MEMO_BY = re.compile(
    rf"^(?P<title>[Mm]emorandum\s+by\s+(?P<who>{_PERSON}))(?:,\s+[^,;“”\"]{{1,160}}?)?,\s+(?P<date>{_DAY_DATE})"
    r"(?P<rest>(?:,|\s+in\s).*)?$"
)
# `David A. Salmon, Memorandum, January 11, 1936, Records of …`: a writer, the paper's kind as its title, the date
# `Slany, HO status report, October 15, 1986, …`, `Ambach, classified appendix to minutes of 1986 HAC meeting, …`: or
# what the paper is, in words ending in its kind
_DESCRIBED = (
    r"[A-Za-z][^,;“”\"()]{0,80}?\b(?:report|memorandum|appendix|notes?|minutes|paper|chronology|study)\b"
    r"(?:\s+(?:to|of|on)\s[^,;“”\"()]{0,60})?"
)
_WRITER_MEMO = re.compile(
    rf"^(?P<who>{_PERSON}),\s+(?P<title>Memorandum|Telegram|Letter|Despatch|Minute|Note|{_DESCRIBED}),\s+"
    rf"(?P<date>{_DAY_DATE})"
    r"(?P<rest>(?:,|\s+in\s).*)?$"
)
# the office before a writer's name (`Secretary of State Frank Kellogg`), no part of the name
_OFFICE = re.compile(
    # (`Joint Committee on Printing Chair Senator Reed Smoot`: the committee a chair speaks for, then the office)
    r"^(?:(?:Senate|House|Joint)\s+Committee\s+on\s+(?:[A-Z]\w+\s+){1,3}Chair(?:man)?\s+(?=[A-Z]))?"
    r"(?:(?:(?:Acting|Deputy|Under|Assistant)\s+)*(?:Secretary(?:\s+of\s+(?:State|Defense|War|the\s+\w+))?|President|"
    r"Ambassador|Minister|Senators?|Representatives?|Counselor|General|Admiral|Colonel|Col\.|Gen\.|Adm\.)\s+(?=[A-Z]))?"
)
# `, Message, 311`, `, Message of the President … (Washington: Government Printing Office, 1861) [hereafter
# Message], 257`: the edition a letter is printed in, its imprint, then the page
_EDITION = re.compile(
    # (`, Message, 1861, p. 257`: the short title holds the year of the volume)
    r"^,\s+(?:in\s+)?(?P<book>[A-Z][^,()\[\]“”\"]{0,300}?(?:,\s+1[5-9]\d\d)?)(?:\s+\([^():]*:\s*(?P<publisher>[^(),]+),\s*\d{4}\))?"
    r"(?:\s+\[(?:hereafter|hereinafter)[^\]]*\])?,\s+(?:pp?\.\s*)?(?P<pages>(?:\d{1,2}:\s?)?\d{1,5}(?:[-–]\d{1,5})?)\.?$"
)
# `Spaulding paper, May 15, 1945`, `H[enry] B[ardach] note, February 28, 1986`, `Ambach meeting notes, May 19, 1987
# and August 19, 1987` (two dates, one citation), `Winnacker memorandum (with attached commentary …), August 9, 1954,
# NARA, …`
_NAMED_PAPER = re.compile(
    # (`Hanna memo of April 3, 1907 and covering note to Adee, …, NARA, …`: the day after `of`)
    rf"^(?P<title>(?P<who>{_PERSON})\s+(?:paper|memorandum|memo|testimony|(?:meeting\s+)?notes?))(?:\s+\([^()]*\))?"
    r"(?:,\s+|\s+of\s+(?=[A-Z\d]))"
    # (`Trask memorandum, [April 11, 1980], NARA, …`: a date the archivist supplied, in brackets)
    rf"\[?(?P<date>{_DAY_DATE}(?:\s+and\s+{_DAY_DATE})?)\]?(?:,\s+pp?\.\s*(?P<pages>[\w–-]+(?:\s+and\s+[\w–-]+)?))?"
    r"(?P<rest>(?:,|\s+in\s|\s+and\s).*)?$"
)
# `“Development of the Malta-Yalta Documentation Project,” p. 1 in “Briefing Papers prepared for …,” [April
# 14, 1955?], NARA, …`: a paper inside a compiled file, dated (in brackets where the archivist guessed)
_IN_COMPILATION = re.compile(
    r"^[“\"](?P<title>[^“”\"]+?),?[”\"],?(?:\s+pp?\.\s*(?P<pages>[\w–-]+))?\s+in\s+[“\"](?P<container>[^“”\"]+?),?"
    r"[”\"],?(?:\s+\[?(?P<date>[^\[\],]+?,\s+\d{4})\??\]?)?(?P<rest>,.*)?$"
)
# `Charles Stuart Kennedy interview with Henry Bardach, March 12, 1996, Library of Congress, ADST Oral History, …`:
# an oral history held by a library, by its interviewer
_INTERVIEW = re.compile(
    rf"^(?P<title>(?P<who>{_PERSON})\s+interview\s+with\s+{_PERSON}),\s+(?P<date>{_DAY_DATE})(?P<rest>,.*)?$"
)
# `Draft Director of Central Intelligence to Committees of Congress attached to …`: a draft letter with no date of its
# own (or the day it was drafted, in brackets), attached to the paper that carried it
_DRAFT = re.compile(
    rf"^(?P<title>[Dd]raft\s+(?P<writers>{_PERSON})\s+to\s+(?P<recipient>[A-Z][^,;“”\"\[\]]{{0,160}}?))"
    rf"(?:,\s+\[[^\[\]]*?(?P<date>{_DAY_DATE})\])?$"
)
_ATTACHMENTS_TO = re.compile(r"^(?:and\s+)?(?:the\s+)?(?:attachments|enclosures)\s+to\s+(?=[A-Z])")
_MEMO_WORD = re.compile(
    r", (?:Memorandum|Telegram|Letter|Despatch|Minute|Note|[^,;]{0,80}?\b(?:report|memorandum|appendix|notes?|minutes|"
    r"paper|chronology|study)\b(?:\s+(?:to|of|on)\s[^,;]{0,60})?), "
)
_PAPER_WORD = re.compile(r"\s(?:paper|memo|testimony|notes?,)")
# `See passim, NARA, RG 59, CDF 1945–1949, 811.414`: the file itself is the source
_PASSIM = re.compile(r"^passim,\s+(?:in\s+)?(?P<where>\S.*)$")
# `NARA, RG 59, CDF 1950–1954, 023.1 China`: a file named by its archive and record group, cited whole
_RECORD_GROUP = re.compile(
    r"^(?:NARA|National\s+Archives(?:\s+and\s+Records\s+Administration)?),\s+(?:RG|Record\s+Group)\s+\d"
)
# `Minutes of 1957 HAC meeting, pp. 33–61, Department of State, HAC Lot File 03D130, …`, `report of 1963 HAC
# meeting, p. 3, …`: the record of a meeting, by its words and pages, where it lies
_MEETING = re.compile(
    r"^(?P<title>(?:[Dd]raft\s+)?(?:[Mm]inutes|[Rr]eport|[Tt]ranscript|[Aa]genda|[Rr]ecord|[Ss]ummary)\s+of\s+"
    r"[^,“”\"]{0,80}?\b(?:meeting|conference|session|hearing)s?\b[^,“”\"]{0,40}?)"
    r"(?:,\s+pp?\.\s*(?P<pages>[\w–-]+(?:,\s*[\w–-]+)*))?(?P<rest>,.*|\s+in\s.*)$"
)
# a paper named as one (`David Trask memorandum to William Dyess, April 28, 1980, “Documents Relating to …”`)
# with only a quoted name after its date: the folder named in full once and `henceforth` by that name, not a title
_WITH_PAREN = re.compile(r"\s+\((?:with|and|copied)\b[^()]*\)$")
_QUOTED_HOLDING = re.compile(r"(?:,\s*|in\s+)[“\"][^“”\"]{1,160}[”\"]\.?")
_HENCEFORTH = re.compile(r"\s*\((?:henceforth|hereafter|hereinafter)\b[^()]*\)", re.IGNORECASE)
# `Foreign Relations of the United States, 1949, vol. IX, The Far East; China, pp. 1365–1409`: the series'
# volume by the years it covers (not a date), its volume and subject, then the pinpoint
_FRUS = re.compile(
    r"^(?P<title>(?:Papers\s+Relating\s+to\s+(?:the\s+)?)?Foreign\s+Relations\s+of\s+the\s+United\s+States\b"
    r"[^“”\"()]*?)(?:,\s+pp?\.\s*(?P<pages>[\dIVXLCivxlc][\w–-]*(?:(?:,\s*|\s+and\s+)[\dIVXLCivxlc][\w–-]*)*))?$"
)
# `in C. Lopez, ed., Papers of Benjamin Franklin (New Haven, 1988), 27: 656`: a letter printed in an edition
_IMPRINT = re.compile(r"\([^()]*\d{4}\)|\beds?\.,")
_FOLDER_YEAR = re.compile(rf"\s\((?:{MONTH}\s+)?\d{{4}}\)")
# a folder listed after its box, cut off by the `;` that lists it (`…, Box 5, 1947–1948; 1949–1950; and 1951–1952`)
_BOXED = re.compile(r"\b(?:[Bb]ox|[Ff]older|[Ff]ile)\b")
_NAMED_FOLDER = re.compile(r"\b[Ff]older\s+[“\"][^“”\"]{1,160}[”\"]")
_FOLDER_YEARS = re.compile(r"\s\(\d{4}(?:\s?[–-]\s?\d{2,4})?\)")
_ALSO_AT = re.compile(r"\s*\(and\s[^()]*\)")
_FRUS_SUBJECTS = re.compile(
    r"Foreign\s+Relations\s+of\s+the\s+United\s+States,\s+\d{4}(?:[–-]\d{2,4})?,\s+vol\.\s+[\dIVXLC]+(?:,\s+[A-Z][^,;“”\"()]*)+$"
)
_NEXT_SUBJECT = re.compile(r"[A-Z][^,;“”\"()]{0,80}(?:,\s+pp?\.\s*[\dIVXLCivxlc][\w–-]*)?(?:\.|$)")
_FOLDER_ONLY = re.compile(rf"^(?:and\s+)?(?:{MONTH}(?:\s?[–-]\s?{MONTH})?\s+)?\d{{4}}(?:\s?[–-]\s?\d{{2,4}})?\.?$")
# where a run of archival citations is cut: `… 1456 1/2 and Long to Spaulding, March 16, 1940, …`, `… 023.1/2–1754
# and passim, NARA, …`, `Spaulding paper, May 15, 1945 attached to Spaulding to …`, `… 026 China and NARA, RG 59, …`
# (`Note verbale, June 24, 1938 enclosed with Edward Reed despatch to …`: an enclosure and the paper that carried it)
_JOINER = re.compile(r"\s(?:and|attached\s+to|enclosed\s+(?:with|in))\s+")
_RUN_NEXT = re.compile(
    rf"passim,|[Mm]emorandum\s+of\s+conversation\b|[“\"]|{_PERSON}\s+interview\s+with\s+[A-Z]|"
    rf"{_PERSON}(?:,?\s+and\s+{_PERSON})?(?:\s+through\s+{_PERSON})?"
    rf"(?:\s+(?:personal\s+)?{_PAPER_KIND}\s+(?:to|for)|\s+to)\s+(?:(?:all|members\s+of(?:\s+the)?)\s+)?[A-Z\[]"
)
_PUBLICATION_NEXT = re.compile(rf"{_PERSON},\s+[“\"]")
_ENDS_IN_HOLDING = re.compile(rf"(?:{_ARCHIVE_MARK.pattern})$")
_PINPOINT = r",\s+pp?\.\s*[\w–-]+(?:(?:,\s*|\s+and\s+)[\w–-]+)*"
_DATED_END = re.compile(rf"\b{_DAY_DATE}(?:{_PINPOINT})?$")  # `Spaulding paper, May 15, 1945 attached to …`
_COMMA = re.compile(r",\s+")
_LETTER_AT = re.compile(rf"{_HEAD}(?:,|\s+in\s|\s*$)")
_FILE_NEXT = re.compile(r"(?:NARA|National\s+Archives),")
# the page of the paper cited, wherever among its holding's parts it is printed (`Fish to Grant, December 14, 1869,
# p. 208 in NARA, RG 59, …`, `Wynne to Acting Secretary, November 12, 1936, pp. 2–3, NARA, …`, `…, 026 Foreign
# Relations/1357, p. 2, DoS CDF 1930-1939`)
_BOUND_VOLUME = re.compile(r"\b(?:[Bb]ox|[Vv]ol\.|[Vv]olume|[Pp]art|[Ll]etterbook)\b")
_HELD_PIN = re.compile(r"(?:^|,)\s*pp?\.\s*(?P<pages>\d{1,5}(?:\s*[–-]\s*\d{1,5})?)(?=,|\s+in\s|\.?$)")


def letter(body: str, raw: str, index: int, *, linked: bool = False) -> Citation | None:
    """An archival paper, when `body` is one: a letter, memorandum or telegram `X to Y, date` with where it lies
    (or `in` the file a run of them shares), a memorandum of conversation, a paper named by its writer, a
    paper inside a compiled file, a file cited whole, a FRUS volume; None otherwise. A letter with nothing
    after its date is one of a run whose holding is printed once (`Bernard Noble to George Reinhardt, December
    14, 1950; Perkins to Noble, March 23, 1951; and … in NARA, RG 59, …`), unless it was read online (`linked`:
    the address is where it lies)."""
    official = CitationKind.OFFICIAL
    if (attached := _ATTACHMENTS_TO.match(body)) is not None:
        # `and attachments to McDonald to Slany, May 6, 1985, Department of State, …`: the letter that carried them
        body = body[attached.end() :]
    m = _LETTER.match(body) if " to " in body or " for " in body else None
    if m and _addressee(m.group("recipient")):
        # `Noble through Edwin Kretzmann to Murphy`, `Secretary of State Frank Kellogg to …`: the designation as
        # printed is the title, the writers without their offices the authors
        writers = tuple(_unbracket(_OFFICE.sub("", w)) for w in re.split(r",?\s+and\s+|,\s+", m.group("writers")))
        if re.fullmatch(_WITHHELD, m.group("writers")):
            writers = ()
        title = body[: m.end("recipient")]
        date, iso = _dated(m.group("date"))
        rest = m.group("rest")
        if not m.group("kind") and (library := _PRIVATE_HOLDING.fullmatch(rest.strip())):
            # `Hannah Whitman Heyde to Louisa Van Velsor Whitman, July 19 or 20, 1855, Library of Congress.`, `…,
            # Boyd Papers, Princeton University Library.`: a private letter of literary history lies in a library's
            # collection, its `container` (no kind, as manuscripts have none); one in an online archive (`…, Walt
            # Whitman Archive.`) is read on the web
            holding = library.group("holding")
            online = _ONLINE_ARCHIVE.fullmatch(holding) is not None
            return Citation(
                index=index, raw=raw, kind=CitationKind.WEB if online else CitationKind.UNKNOWN, authors=writers,
                title=title, date=date, date_iso=iso, container=holding,
            )  # fmt: skip
        if _held(rest, bare=not linked) or (m.group("kind") and _QUOTED_HOLDING.fullmatch(rest.strip())):
            pin = _HELD_PIN.search(rest)
            if pin and _BOUND_VOLUME.search(rest, 0, pin.start()):
                pin = None  # (`LCM, Root Papers, Box 186, Part 2, p. 405`: the page of a bound volume it lies in)
            return Citation(
                index=index, raw=raw, kind=official, authors=writers, title=title, date=date, date_iso=iso,
                pages=pin.group("pages") if pin else None,
            )  # fmt: skip
        if edition := _EDITION.match(m.group("rest")):
            # `Letter from Seward to Wood, May 1, 1861, Message, 311`: printed in an edition, named in full or by
            # its short title (a letter without `Letter from` is read by fields.py, which knows imprints)
            return Citation(
                index=index, raw=raw, kind=CitationKind.BOOK, authors=writers, title=title, date=date, date_iso=iso,
                container=edition.group("book").strip(), publisher=edition.group("publisher"),
                pages=edition.group("pages"),
            )  # fmt: skip
    if " interview with " in body[:120] and (m := _INTERVIEW.match(body)) and _held(m.group("rest") or ""):
        date, iso = _dated(m.group("date"))
        return Citation(
            index=index, raw=raw, kind=CitationKind.PERSONAL, authors=(m.group("who"),), title=m.group("title"),
            date=date, date_iso=iso,
        )  # fmt: skip
    draft = _DRAFT.match(body.strip().rstrip(".")) if body[:6].lower() == "draft " else None
    if draft and _addressee(draft.group("recipient")):
        date, iso = _dated(draft.group("date"))
        writers = (_unbracket(_OFFICE.sub("", draft.group("writers"))),)
        return Citation(
            index=index, raw=raw, kind=official, authors=writers, title=draft.group("title"), date=date, date_iso=iso
        )
    head = body[:12].lower()
    if head.startswith("memorandum b") and (m := _MEMO_BY.match(body)) and _held(m.group("rest") or "", bare=True):
        return _by_writer(m, raw, index)
    memo = _WRITER_MEMO.match(body) if _MEMO_WORD.search(body, 0, 120) else None
    if memo and _held(memo.group("rest") or "", bare=True):
        return _by_writer(memo, raw, index)
    if head.startswith("memorandum o") and (m := _CONVERSATION.match(body)) and _held(m.group("rest") or "", bare=True):
        date, iso = _dated(m.group("date"))
        return Citation(index=index, raw=raw, kind=official, title=m.group("title"), date=date, date_iso=iso)
    if _PAPER_WORD.search(body, 0, 80) and (m := _NAMED_PAPER.match(body)) and _held(m.group("rest") or "", bare=True):
        return _by_writer(m, raw, index)
    compiled = (" in “" in body or ' in "' in body) and _IN_COMPILATION.match(body)
    if compiled and _ARCHIVE_MARK.search(compiled.group("rest") or ""):
        date, iso = _dated(compiled.group("date"))
        return Citation(
            index=index, raw=raw, kind=official, title=compiled.group("title"), container=compiled.group("container"),
            pages=compiled.group("pages"), date=date, date_iso=iso,
        )  # fmt: skip
    if head.startswith("passim") and (m := _PASSIM.match(body)) and _ARCHIVE_MARK.search(m.group("where")):
        where = _HENCEFORTH.sub("", m.group("where")).strip().rstrip(".")
        return Citation(index=index, raw=raw, title=where)
    if (m := _MEETING.match(body)) and _ARCHIVE_MARK.search(m.group("rest")):
        # `Draft minutes of 1986 HAC meeting (with Ambach comments), pp. 10–12`: what came with it is no title
        title = _WITH_PAREN.sub("", m.group("title"))
        return Citation(index=index, raw=raw, kind=official, title=title, pages=m.group("pages"))
    if (m := _BARE_PAPER.match(body.strip().rstrip("."))) is not None:
        # `Note verbale, June 24, 1938` (enclosed with the despatch that carried it): a paper named by its kind alone
        date, iso = _dated(m.group("date"))
        return Citation(index=index, raw=raw, kind=official, title=m.group("title"), date=date, date_iso=iso)
    if "Foreign Relations of" in body[:60] and (m := _FRUS.match(body)):
        return Citation(index=index, raw=raw, kind=CitationKind.BOOK, title=m.group("title"), pages=m.group("pages"))
    return None


# a government paper named by its heading, as documentary editions print it and histories cite it
# (`Memorandum from McGeorge Bundy to President Kennedy`, `Telegram from the Embassy in the Soviet Union to the
# Department of State`, `Minutes of the 506th Meeting of the National Security Council`, `Memorandum for the
# Record`), perhaps where it was written (`, Washington,`), dated to the day
_PAPER_HEADING = re.compile(
    r"^(?P<title>(?:(?:Personal|Draft|Circular|Summary|Special|Top\s+Secret)\s+)?"
    r"(?:[Mm]emorand(?:um|a)|[Ll]etter|[Tt]elegram|[Cc]able|[Dd]espatch|[Dd]ispatch|[Aa]irgram|[Mm]essage|[Nn]ote|"
    r"[Ii]nstruction|[Mm]inutes|[Rr]ecord|[Nn]otes|[Tt]ranscript|[Pp]aper|[Rr]eport)"
    r"\s+(?:[Ff]rom|[Bb]y|[Oo]f|[Ff]or|[Tt]o)\s+(?:the\s+)?[A-Z\d][^,;“”\"()]{0,200}?(?:\s+\([^()]{1,60}\)[^,;“”\"()]{0,120}?)*)"
    rf"(?:,\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)){{0,2}},\s+(?P<date>{_DAY_DATE})(?P<rest>[,.].*)?$"
)
# where the paper is printed: the series by its volume (`FRUS, 1961–1963, vol. XI, Cuban Missile Crisis and
# Aftermath`, `Foreign Relations of the United States, 1952–1954, vol. II`), perhaps its imprint, then the document
# or page (`doc. 45`, `Document 45`, `pp. 12–14`, `273`)
_PRINTED_IN_SERIES = re.compile(
    r"^,\s+(?:in\s+)?(?:U\.S\.\s+Department\s+of\s+State,\s+)?"
    r"(?P<series>(?:FRUS|(?:Papers\s+Relating\s+to\s+(?:the\s+)?)?Foreign\s+Relations\s+of\s+the\s+United\s+States)\b"
    r"[^()“”\"]*?)(?:,?\s+(?:ed\.|eds\.|edited\s+by)\s+[^()]{1,200}?)?(?:\s+\((?P<imprint>[^()]*)\))?"
    r"(?:,\s+(?P<pin>(?:(?:[Dd]oc(?:ument)?\.?|[Nn]o\.|pp?\.)\s*)?(?:\d[\w–-]*|[IVXLC]+\b)(?:(?:,\s*|\s*[–-]\s*)\d+)*))?\.?$"
)
# the writer: `from X to Y` (an office may hold `for`: `Special Assistant for National Security Affairs`), `by X
# for Y` (the addressee after `for`)
_HEADING_PARTIES = re.compile(
    r"\b(?:[Ff]rom\s+(?:the\s+)?(?P<sender>.+?)(?=\s+to\s+(?:the\s+)?[A-Z]|$)|"
    r"[Bb]y\s+(?:the\s+)?(?P<writer>.+?)(?=\s+(?:to|for)\s+(?:the\s+)?[A-Z]|$))"
)


def paper_by_heading(body: str, raw: str, index: int) -> Citation | None:
    """A government paper cited by the heading a documentary edition gives it, its date, and where it is printed
    or where it lies: `Memorandum from McGeorge Bundy to President Kennedy, October 22, 1962, in FRUS, 1961–1963,
    vol. XI, doc. 45` is `official`, by Bundy, that heading its title, the edition its container and the document
    its pinpoint; `…, National Security Files, box 36, John F. Kennedy Library` lies in an archive (no field)."""
    m = _PAPER_HEADING.match(body) if body[:1].isupper() else None
    if m is None:
        return None
    rest = m.group("rest") or ""
    printed = _PRINTED_IN_SERIES.match(rest) if rest.startswith(",") else None
    if printed is None and not _held(rest.lstrip(",. ")):
        return None
    title = m.group("title")
    authors: tuple[str, ...] = ()
    if (parties := _HEADING_PARTIES.search(title)) is not None:
        who = (parties.group("sender") or parties.group("writer")).strip()
        # `the President's Special Assistant for National Security Affairs (Bundy)`: the person the office names
        named = re.search(r"\(([A-Z][^()]{1,40})\)\s*$", who)
        authors = (named.group(1) if named else _OFFICE.sub("", who),)
    date, iso = _dated(m.group("date"))
    paper = Citation(index=index, raw=raw, kind=CitationKind.OFFICIAL, authors=authors, title=title, date=date,
                     date_iso=iso)  # fmt: skip
    if printed is None:
        return paper
    imprint = printed.group("imprint") or ""
    publisher = imprint.partition(":")[2].rsplit(",", 1)[0].strip() if ":" in imprint else None
    return dataclasses.replace(
        paper, container=printed.group("series").strip(" ,"), publisher=publisher or None,
        pages=re.sub(r"^pp?\.\s*", "", printed.group("pin") or "") or None,
    )  # fmt: skip


def _by_writer(m: re.Match[str], raw: str, index: int) -> Citation:
    """A paper its writer is named by (`memorandum by X`, `X, Memorandum`, `X paper`): `official`, by the writer."""
    date, iso = _dated(m.group("date"))
    return Citation(
        index=index, raw=raw, kind=CitationKind.OFFICIAL, authors=(_unbracket(m.group("who")),), title=m.group("title"),
        date=date, pages=m.groupdict().get("pages"),
        date_iso=iso,
    )  # fmt: skip


def _unbracket(name: str) -> str:
    """`H[enry] B[ardach]`: a name the archivist completed inside its words is the writer's name, the title keeps
    the brackets as printed (`[PA/HO]` after a word is the body's office, kept)."""
    return _COMPLETED.sub(r"\1", name) if "[" in name else name


_COMPLETED = re.compile(r"(?<=\w)\[(\w+)\]")


# `AGI México 627, letter from Seyxas to Baltasar de Tovar/Lobera (2), Veracruz, March 11, 1696, fol. 4r–4v`: the
# holding first, as Spanish archives are cited, then the paper by who wrote to whom, where and when, and its folios
_HOLDING_THEN_LETTER = re.compile(
    rf"^(?:See\s+|In\s+)?(?P<holding>[A-Z][\w.]*(?:\s+[\w.]+){{0,4}}\s+\d[\w/-]*),\s+"
    rf"(?P<title>{_PAPER_KIND}\s+from\s+(?P<who>{_PERSON})\s+to\s+[^,;]{{2,80}}?),\s+"
    rf"(?:(?P<place>[A-Z][^,;\d]{{1,40}}),\s+)?(?P<date>{_DAY_DATE})"
    r"(?:,\s+(?:fols?\.\s*)?(?P<folios>\d{1,4}[rv]?(?:\s*[–-]\s*\d{0,4}[rv]?)?(?:,\s*\d{1,4}[rv](?:\s*[–-]\s*\d{0,4}[rv]?)?)*))?"
    r"\.?$"
)


def letter_in_holding(body: str, raw: str, index: int) -> Citation | None:
    """`AGI México 627, letter from Seyxas to …, Veracruz, March 11, 1696, fol. 4r–4v`: the letter by its writer,
    its heading the title, the holding its container (tests/parse/corpus/SOURCES.md, the Avisos introduction)."""
    m = _HOLDING_THEN_LETTER.match(body) if " from " in body else None
    if m is None:
        return None
    date, iso = _dated(m.group("date"))
    return Citation(
        index=index, raw=raw, authors=(m.group("who"),), title=m.group("title"), container=m.group("holding"),
        date=date, date_iso=iso, pages=m.group("folios"),
    )  # fmt: skip


def record_file(body: str, raw: str, index: int) -> Citation | None:
    """`NARA, RG 59, CDF 1950–1954, 023.1 China`: a file named by its archive and record group, cited whole (its
    reference the title, as a manuscript's shelfmark), not a short form by an author `NARA`."""
    if not body.startswith(("NARA,", "National Archives")) or not _RECORD_GROUP.match(body):
        return None
    return Citation(index=index, raw=raw, title=_HENCEFORTH.sub("", body).strip().rstrip("."))


def cut_run(piece: str) -> list[str]:
    """`A to B, date, <archive> and C to D, date, <archive>`: each archival paper of a run is a citation."""
    if " and " not in piece and " attached to " not in piece and " enclosed " not in piece and piece.count(" to ") < 2:
        return [piece]
    out: list[str] = []
    start = 0
    for m in _JOINER.finditer(piece):
        # `…, March 23, 1988, pp. 1 and 16, attached to Dillery to Spiers, …`: a comma may stand before `attached to`
        end = m.start() - 1 if piece[m.start() - 1] == "," and m.group().strip() != "and" else m.start()
        after_date = piece[end - 1] in "0123456789)" and _RUN_NEXT.match(piece, m.end())
        if not after_date and m.group().strip() != "and" and _RUN_NEXT.match(piece, m.end()):
            # `Draft Donald Bouchard to Spiers, [no date - drafted May 15, 1987] attached to Ambach to Slany, …`
            after_date = _DRAFT.match(piece[start : m.start()])
        # `…, P870122-1080, DoS P-Reels and Warren Cohen, “…”`: where a paper lies, then a publication
        after_holding = _PUBLICATION_NEXT.match(piece, m.end()) and _ENDS_IN_HOLDING.search(piece, 0, m.start())
        if not (after_date or after_holding or (m.group().strip() == "and" and _FILE_NEXT.match(piece, m.end()))):
            continue
        before = piece[start:end]
        dated = _DATED_END.search(before) or _FOLDER_ONLY.match(before.strip()) or _DRAFT.match(before)
        if _ARCHIVE_MARK.search(before) or _LETTER_NEXT.search(before) or dated:
            out.append(before)
            start = m.end()
    out.append(piece[start:])
    if piece.count(" to ") >= 2:
        out = [part for whole in out for part in _comma_run(whole)]
    return [p for p in out if p.strip()]


def rejoin_folders(text: str, pieces: list[str]) -> list[str]:
    """`…, WTC Lot File 83D222, Box 5, 1947–1948; 1949–1950; and 1951–1952`: the folders a box's reference lists
    after `;` (where the note's `text` was cut into `pieces`) are that reference's, not citations of their own."""
    out: list[str] = []
    for piece in pieces:
        folder = bool(out and _FOLDER_ONLY.match(piece) and _BOXED.search(out[-1]))
        # `Foreign Relations of the United States, 1951, vol. 1, National Security Affairs; Foreign Economic
        # Policy, pp. 802–901`: a volume's subjects are listed with `;`, the pinpoint after the last
        folder = folder or bool(out and _FRUS_SUBJECTS.search(out[-1]) and _NEXT_SUBJECT.match(piece))
        if folder and f"{out[-1]}; {piece}" in text:
            out[-1] = f"{out[-1]}; {piece}"
        else:
            out.append(piece)
    return out


def _comma_run(piece: str) -> list[str]:
    """`Fred Morris Dearing to David A. Salmon, September 23, 1921, David A. Salmon to Fred Morris Dearing, September
    24, 1921, File 116/121, …`: letters run on with commas, each ended by its date."""
    out: list[str] = []
    start = 0
    for m in _COMMA.finditer(piece):
        if _DATED_END.search(piece, start, m.start()) and _LETTER_AT.match(piece, m.end()):
            out.append(piece[start : m.start()])
            start = m.end()
    out.append(piece[start:])
    return out


def _addressee(recipient: str) -> bool:
    """`Secretary of State`, `McCardle and Robinson McIlvaine`, `Assistant Secretary of Defense (Public Affairs)`:
    names and offices, whose only small words join them; not a title's words (`Stylometry with Python`)."""
    words = re.sub(r"\([^()]*\)", " ", recipient).split()
    if words[:1] == ["all"] and len(words) <= 6 and words[-1] in _STAFF:
        return True  # `all Bureau and Division heads`: a circular, to the holders of an office
    return all(w[:1].isupper() or w[:1] in "[" or w in _JOINING for w in words)


_STAFF = frozenset(("heads", "chiefs", "officers", "officials", "employees", "posts", "missions", "consuls", "staff"))
# `Secretary of State, et al.`: a list of addressees cut short; `all Assistant Secretaries`, `members of the …`
_JOINING = frozenset(
    ("all", "members", "of", "the", "and", "for", "de", "van", "von", "der", "la", "du", "on", "et", "al.")
)


def _held(rest: str, *, bare: bool = False) -> bool:
    """What follows a paper's date says it lies in an archive (`, NARA, RG 59, …`, ` in NARA, …`); a run's
    earlier papers, cut from the `in` they share, have nothing after the date (`bare`)."""
    rest = rest.strip().rstrip(".")
    if not rest:
        return bare
    if _FILE_NEXT.match(rest.lstrip(", ")):
        # `NARA, RG 59, Diplomatic Correspondence (1785–1906), Instructions to …`: a series' years, not an imprint
        rest = _FOLDER_YEARS.sub("", rest)
    if (box := _BOXED.search(rest)) is not None:
        # `…, Box 3, Dissent Channel Package (1980)`, `…, Box 3, Clearance/Publication Order … (June 1980)`, `…, Box 5,
        # Advisory Committee Membership (1989–1990)`: a folder's dates after its box, not an imprint
        rest = rest[: box.end()] + _FOLDER_YEARS.sub("", _FOLDER_YEAR.sub("", rest[box.end() :]))
    if _ABBREVIATED_HOLDING.fullmatch(rest.lstrip(", ")):
        return True  # `…, DFCF`, `…, WCCM-UNL, Box 1, Folder 3`: a collection by the abbreviation the notes gave it
    if "(and " in rest and _ARCHIVE_MARK.search(rest):
        # `…, 1987 P-Reels, P870103–1398 through 1404 (and P870122–1080 through 1088)`: where else it lies
        rest = _ALSO_AT.sub("", rest)
    # `in Folder “November–December 1956,” in Box 6`: a folder's name is quoted, and no title
    rest = _NAMED_FOLDER.sub("Folder", rest)
    # (`026 Foreign Relations (P.C. 1919)/18.5`: the decimal file's subject, its year no imprint's)
    rest = _FILE_SUBJECT_YEAR.sub("", rest)
    # (`microfilm publication M40 (Domestic Letters, 1784-1906), RG 59`: a series' span of years, no imprint's year)
    rest = _SERIES_SPAN.sub("", rest)
    if "“" in rest or '"' in rest or _IMPRINT.search(rest):
        return False  # a title, an editor or an imprint: an edition or a publication, not an archive
    return bool(_ARCHIVE_MARK.search(rest))


_ABBREVIATED_HOLDING = re.compile(r"[A-Z]{2,8}(?:-[A-Z]{2,8})?(?:,\s+Box\s+\d+(?:,\s+Folder\s+\d+)?)?")
_BARE_PAPER = re.compile(rf"(?P<title>[Nn]ote\s+verbale|[Aa]ide-m[ée]moire|[Pp]ro\s+memoria),\s+(?P<date>{_DAY_DATE})")
_FILE_SUBJECT_YEAR = re.compile(r"\s*\([^()]{1,20}\)(?=/\s?\d)")
_SERIES_SPAN = re.compile(r"\s*\([^():]{0,80}\b1[6-9]\d\d\s?[–-]\s?(?:1[6-9]|20)\d\d\)")


def _dated(date: str | None) -> tuple[str | None, str | None]:
    dm = DATE.fullmatch(date) if date else None
    return date or None, iso_of(dm) if dm else None
