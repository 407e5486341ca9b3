"""Parse one citation (Chicago notes style) into fields.

The parser is a cascade of small, bounded rules, most specific first:
Ibid./Id. -> URL and access date -> quoted title (authors before it, container,
journal volume/issue/pages or a parenthesised imprint after it) -> unquoted book title
before a parenthesised imprint -> comma-separated segments (wire items, short forms,
official documents). Every field keeps the text as written; dates also get an ISO form.
A rule that does not apply leaves the field empty: nothing here raises.

Known limits (plain text loses italics): an unquoted book title is recognised only
before an imprint `(Place: Publisher, Year)`/`(Year)` or after a name-like author.
"""

from __future__ import annotations

import base64
import dataclasses
import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime

from checker.models import Citation, CitationKind
from checker.parse import archival, lexicon
from checker.parse.dates import DATE as _DATE
from checker.parse.dates import MONTH as _MONTH
from checker.parse.dates import YEAR_ONLY as _YEAR_ONLY
from checker.parse.dates import iso_of
from checker.parse.legal import (
    COMMA_IN_JOURNAL,
    ET_AL,
    FILED_IN_CASE,
    PLACE_DATE,
    Supra,
    find_supra,
    parse_legal,
    printed_periodical,
)
from checker.parse.places import is_place
from checker.parse.split import (
    BIB_IMPRINT,
    EDITION,
    PUBLISHER_WORDS,
    SEE_TRANSITIONS,
    VANCOUVER,
    Piece,
    is_prose,
    is_statement,
)  # fmt: skip
from checker.parse.urls import find_urls, host_of, original_url

_YEAR_IN = re.compile(r"\b(?:1[5-9]|20)\d\d\b")

# the words an access date follows (`_take_accessed` looks for them before the slower _ACCESSED scan)
_ACCESS_WORDS = ("accessed", "retrieved", "viewed", "consulted", "visited", "downloaded")
# `Accessed February 26, 2021`, `accessed 3 March 2020`, `(accessed …)`, `(last visited Jan. 23,
# 2026)`, `Retrieved 20 Jul 2025, from`, RAND's `As of May 14, 2026:`
_ACCESSED = re.compile(
    rf"[,(.]?\s*\(?(?:last\s+)?(?:{'|'.join(_ACCESS_WORDS)}|as\s+of)(?:\s+on)?:?\s+"
    # (the time of day a reference manager prints first: `Retrieved: 16 27, Feb 20, 2016 (GMT)`)
    rf"(?:\d{{1,2}}[:\s]\d{{2}},\s+)?"
    rf"(?P<date>(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}})"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}[./]\d{{1,2}}[./](?:\d{{4}}|\d{{2}})(?!\d))"
    rf"(?:\s*\((?:GMT|UTC)\))?\)?(?:,?\s*from\b|:)?",
    re.IGNORECASE,
)
_BARE_DATE_AFTER_URL = re.compile(r"\s+(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})\s*\)?\s*[.;]?\s*$")
_RETRIEVED_FROM = re.compile(r"[,.]?\s*\bRetrieved\s+from\s*:?\s*$", re.IGNORECASE)
# `Ibid., p. 105, fig. I-2-3-4.`, `Ibid., 12, n. 4`, `Ibid., bk. 1, chap. 2`: a figure, table, note or
# division after (or instead of) the page is part of the pinpoint; and the Bluebook's subdivisions (rules 3.2-3.4:
# `at 12 n.4`, `at 12–13 & n.4`, `¶ 10`, `at paras. 20-29`, `at art. 44(1)`, `§ 202 cmt. a`, `illus. 3`, `tbl. 2`)
_PIN_PART = (
    # (`Id. at chapter 13.`, `Id. at Subdivision 2(b).`; `Ibid, Article 18 paragraph (3).`: a law's parts spelled out)
    r"(?:(?:articles?|sections?|paragraphs?|fig|figs|figure|table|tab|tbl|tbls|n|nn|note|notes|chap|ch|chapter|sec|para"
    r"|paras|art|arts|cmt|cmts|illus|cl|cls|bk|book|pt|part|vol|subd|subdivision)\.?|¶¶?)"
    # (`Id. at art. 52(13), (15), (16).`: more subdivisions of that part, after commas)
    r"\s*(?:[\w.]+|\([\w.]+\))(?:[-–−][\w.]+)*(?:\([\w.]+\))*(?:,\s*\([\w.]+\))*"
    # `Id. § 12.22`, `id. §§ 26.50.010(3)–(7)`: another section of the code just cited (Bluebook 4.1, 12.10)
    # (`Id. at §2 (b)(3).`: a space before the subsection)
    r"|§§?\s*[\w.:\-–]+(?:\([\w.]+\)|\s\((?:[a-zA-Z]{1,4}|\d{1,2})\))*(?:\s*[-–]\s*[\w.:]*(?:\([\w.]+\))*)?"
    # (`id. §§ 342–343, 351–352, 387b–387c`: several sections after one mark)
    r"(?:,\s*\d[\w.:]*(?:\([\w.]+\))*(?:\s*[-–]\s*[\w.:]*(?:\([\w.]+\))*)?)*"
)
# a bare `Op. cit., 14.` or `Loc. cit.` names no work: like `Ibid.`, it is the one just cited
# `Id. (quoting …`: what follows in a parenthetical explains the Id., even a parenthetical the journal left
# open (Villanova Law Review 2021 note 50, dev)
_IBID = re.compile(
    # (`Id. at 71 107.`: a range whose dash a PDF's text lost, the last of the pinpoint)
    # (`Ibid., p. ES 1.`: a report's page numbered in its executive summary; `Ibid., 10, 19–-20.`: a dash typed twice)
    r"^(?P<word>ibid|ibidem|id|idem|op\.\s*cit|loc\.\s*cit)\.?(?:,?\s*(?:(?:pp?|at)\.?\s*)?(?P<pages>(?:"
    r"(?:[\dxivlc]+|(?-i:[A-Z]{1,3})[\s-]?\d+)(?:\s*[-–−]{1,2}\s*[\dxivlc]+|\s\d+(?=\s*\.?\s*$))?"
    rf"(?:,\s*\d+(?:\s*[-–−]{{1,2}}\s*\d+|\s\d+(?=\s*\.?\s*$))?)*|{_PIN_PART})(?:(?:,\s*|\s+(?:(?:&|and)\s+)?){_PIN_PART}"
    r"|\s*(?:&|and)\s+\d+(?:\s*[-–−]\s*\d+)?)*))?"
    # (`Id. at 281, 284 A.2d at 388`: the same page in the case's parallel report, Bluebook 10.3.1)
    r"(?:,\s*\d{1,4}\s+[A-Z][\w.]*(?:\s[A-Z0-9][\w.]*){0,3}\s+at\s+\d+(?:\s*[-–−]\s*\d+)?)?"
    # (`Ibid., 37-53, especially see 44-46.`, Holocaust denial, GSP 2020, note 11: the pages that matter most, Chicago
    # 14.146; no part of the pinpoint)
    r"(?:(?<=\d),\s*(?:esp\.|especially)(?:\s+see)?\s+\d+(?:\s*[-–−]{1,2}\s*\d+)?)?"
    # (`Id. at 559 umers' ease of access to the`: a line of the article's text a PDF's extraction ran into the note)
    r"(?:(?<=\d)\s+-?[a-z][a-z’']*\b(?!\.)[^()]*)?"
    r"\s*\.?(?:\s*\(.*)?$",
    re.IGNORECASE,
)
# `Table, "USCIS Comparison of Budget Authority and Request," in ibid., p. CIS-5.`, `"Strategic Goal 1: Protect …" in
# ibid. "In the context of …"`: a table's or a section's title, in the work just cited (and the page)
_PART_IN_IBID = re.compile(
    r"(?:(?:Table|Figure|Chart|Box|Appendix|Exhibit|Map)(?:\s+[\dA-Z][\w.-]*)?,\s+)?[“\"][^“”\"]{2,300}[”\"],?\s+in\s+"
    r"(?i:ibid)\.(?:,\s*(?:pp?\.\s*)?(?P<pages>[A-Z]{0,6}-?\d[\d–-]*))?(?=[\s.,;]|$)"
)
# Signals and lead-ins before a citation: `See`, `See also`, `See, e.g.,`, `See generally`,
# `But see`, `See further`, `Cf.` (`Cf,` its full stop lost), `E.g.,`, `For a review of the debate, see`,
# `For instance, see:`,
# `As examples, see`, a doubled `See See`; and who said it, before the source that reports it:
# `Zuckerberg in, Josh Constine, …`.
_LEAD_IN = re.compile(
    # `the critical review in Robert E. Scott & Alan Schwartz, …`, `(a critical) review in Brian H. Bix, …`, `the work
    # of Guido Calabresi & …`: a lower-case phrase naming what kind of work the source is
    r"^(?-i:(?:(?:[Ss]ee|[Cc]f\.)(?:\s+also|\s+generally|,?\s+e\.g\.,?)?\s+)?"
    r"(?:\((?:a|an|the)\b[^()]{0,40}\)|(?:the|a|an|his|her|their|this|that|its)\b[^;.,“”\"()]{0,60}?)\s*"
    # (`See the biographies by John Hatcher, Laurence Binyon: …`: more than one such work, by one author)
    r"(?:(?:review|discussion|account|overview|critique|treatment|survey|summary|work|argument|essay|article|"
    r"edition|translation|monograph)s?|analys[ie]s|stud(?:y|ies)|biograph(?:y|ies))\s+"
    r"(?:in|of|by)\s+(?=[A-Z]))|"
    # (`To learn more about the concept of just war, please see A.J. Coates, …`)
    # (`In this regard, see Rui Vieira Nery, …`: a phrase of reference, not a case's `In re`)
    r"^(?:and\s+)?(?:(?:for|on|about|regarding|as|to\s+(?:learn|read|find\s+out)\b"
    r"|in\s+(?:this|that|these|general|addition)\b)[^;]{0,160}?(?:[,—–]\s*|\s+))?"
    r"(?:please\s+(?=see\b))?"
    # (`Again, see Westbrook, …`: a word of transition before the signal)
    rf"(?:(?:{'|'.join(SEE_TRANSITIONS)}),?\s+(?=see\b))?"
    # (`Cf, e.g., …`: the signal's full stop lost; `Compare to …`)
    # (`But c.f. Interview by …`: the signal misspelt)
    # (`See, generally, e.g., …`: commas between the signal's words)
    # (`see also generally Reno v. …`: two words after the signal; `See, e..g., W.J.A. v. D.A., …`: a full stop typed
    # twice)
    r"(?:(?:(?:but\s+|also\s+)?see(?:\s+see)?(?:,?\s+(?:also|generally|further|especially)){0,2}(?:,?\s+e\.\.?g\.)?"
    r"|(?:but\s+)?c\.?f\.?(?=[\s,])|compare(?:\s+to(?=\s))?|"
    r"contra|accord|"
    # (not a passive verb of the clause: `For examples of how Seyxas is cited in this context, see …`)
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?:quoted in|qtd\.?\s+in|(?:as\s+|all\s+)?cited in)"
    r"|(?:reprinted|printed|translated) in|quotes?\s+from|from(?=\s+[“\"])|e\.g\."
    r"|for example|for instance"
    # (`Examples include Marrs, Conspiracy of the Six-Pointed Star, loc. 719, Kindle; …`)
    r"|(?:other\s+)?examples\s+include"
    # (`See, e.g.,Ariel Porat & …`: the space after the signal's comma lost)
    r"|see,\s+e\.g\.)\s*[,:]?(?:\s+|(?<=,)(?=[A-Z])))+"
    # (not `see` the verb of a clause of comment: `For example, the … Institute of Peace emphasizes that … people
    # “fear” the system or see it as “alien.”`)
    r"(?!(?-i:(?:it|them|him|us|me|you|what|how|why|whether|if)\b))"
    r"|^[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?\s+(?:quoted\s+|cited\s+)?in,\s+(?=[A-Z])"
    # (`Shermer and Grobman in Allington, Holocaust Denial Online, 35.`, gsp-2020-holocaust-denial note 73: whose
    # words, then the short form of the work that reports them)
    r"|^(?-i:[A-Z][\w’'\-]+(?:\s+(?:and|&)\s+[A-Z][\w’'\-]+)?\s+in\s+(?=[A-Z][\w’'\-]+,\s+[A-Z][^,;()]{2,120},\s+\d+"
    r"(?:[-–]\d+)?\.?$))"
    # `The technical approach is described in Alec Radford, …`, `…, ADP, as reported in Tomaz Cajner et al., …`: a
    # clause of comment naming where it is reported
    r"|^[^;.“”\"()]{0,200}?\b(?-i:(?:described|reported|discussed|documented|summari[sz]ed|reviewed|detailed|"
    # (`The cy-pres doctrine is found in RESTATEMENT (SECOND) OF CONTRACTS § 358 (…)`: where a rule is laid down)
    r"explained|outlined|included|printed|published|reproduced|articulated|introduced|compiled|contained|"
    r"codified|embodied|enshrined)\s+(?:in|at)"
    # (`… can be found in Beals, “Scissors and Paste.”`: found in a work by its author, or a source in small capitals,
    # not in an archive's holding, `found in AGI México 627`)
    r"|found\s+in(?=\s+(?-i:[A-Z]{5,}|[A-Z][a-z’'\-]+(?:\s+[A-Z][a-z.’'\-]*){0,3},\s))"
    # (`The thesis was originally formulated in The Psycho-Biology of Language …`: where an idea was put forward)
    r"|(?:formulated|proposed|developed|advanced|presented|elaborated|examined|explored|analy[sz]ed|surveyed|traced|"
    r"addressed|expressed)\s+in)\s+"
    r"(?-i:(?=[A-Z]))"
    # `CRS analysis of Office of the Under Secretary of Defense (Comptroller), …`, `CRS calculation based on DOL, …`,
    # `Data compiled by the Congressional Research Service (CRS) from the U.S. Census Bureau's "…"`: what the
    # figures were drawn from is the source
    r"|^(?-i:(?:CRS|CBO|GAO|JCT)\s+)?(?:analysis|calculations?|estimates?|tabulations?)\s+(?:of|based\s+on|using|from)"
    r"\s+(?-i:(?=[A-Z]))"
    r"|^(?:data|figures)\s+(?:compiled|derived|taken)\s+(?:by\s+[^,;“”\"]{0,80}?\s+)?from\s+(?:the\s+)?(?-i:(?=[A-Z]))"
    # `SeeOMRI BEN-SHAHAR & …`: a PDF's text lost the space between the signal and the small capitals after it
    r"|^(?-i:(?:But\s+s|S)ee(?:\s+also)?(?=[A-Z]{2}))",
    re.IGNORECASE,
)
# `Surname, 42.`, `Surname & Surname, 7.`, `Surname et al., 12.`, `Surname, op. cit., p. 12`,
# `Forename Surname et al., 7.`, and the slip `Nisbet et. al., 74.`
# a pinpoint as history notes print it: `36n4`, `39n24-25`, `364-365n4-6` (a page and its note), `[83]` (a page
# the edition supplies), several joined by `,` or `and`, `passim` after them
# `…, esp. 34`, `…, especially 22-26`: Chicago's pinpoint to the pages that matter most, the word not part of it
_ESP = r"(?:(?:esp\.|especially)\s*)?"
_PIN = r"\[?\d{1,5}\]?(?:\s*[-–−]{1,2}\s*\d{1,5})?(?:\s?nn?\.?\s?\d{1,4}(?:\s*[-–−]{1,2}\s*\d{1,4})?)?"
_AUTHOR_SHORT = re.compile(
    # `Waterman and Smith, 36n4`, `Wendell, Waterman and Michelson, 17-18`: the authors' surnames alone
    r"^(?P<names>[A-Z][\w’'\-]+(?:(?:,\s+[A-Z][\w’'\-]+){0,3},?\s+(?:&|and)\s+[A-Z][\w’'\-]+)?(?:,?\s+et\.?\s+al\.?)?"
    r"|(?:[A-Z][\w’'\-]*\.?\s+){1,2}[A-Z][\w’'\-]+\s+et\.?\s+al\.?)"  # `Jeffrey Wu et al., 7.`, `et. al.`
    # `Merritt 2003, 52`, `Merritt, 2000: 502--31`: a surname and the year of the work (author-date)
    r"(?:(?<=[a-z’'])(?:,?\s+(?P<year>(?:1[5-9]|20)\d\d)[a-z]?(?=[,:])))?"
    rf"(?:,\s*(?:op|loc|art)\.\s*cit\.?)?(?:(?:[,:]|(?<=cit\.))\s*{_ESP}(?:p{{1,2}}\.\s*)?(?P<pages>{_PIN}(?:(?:,\s*|\s+and\s+){_PIN})*(?:\s+passim)?"
    # `Huber, section 3.2.2.2`, `Bennett, ch. 3`, `Hoff, passim`: a pinpoint that is no page
    r"|(?:section|sec\.|ch\.|chap\.|chapter|table|fig\.)\s*\d+(?:\.\d+)*|passim"
    # (`Li and Vitányi, v.`: a page of the front matter)
    r"|[ivxlc]{1,7}(?:\s*[-–]\s*[ivxlc]{1,7})?(?=\.?$)))?\s*\.?$"
)
_SURNAME_ALONE = re.compile(r"(?P<name>(?:(?:van|von|de|der|den|du|da|di|la|le)\s+){0,3}[A-Z][a-z][\w’'\-]+)\.?")
_TWO_NAMES = re.compile(r"[A-Z][\w’'\-]+\s+(?:&|and)\s+[A-Z][\w’'\-]+\.?")
# `See infra Part II.`, `See discussion infra Section I.C.`, `supra notes 12–14 and accompanying text`:
# the article pointing at itself, not a source.
# `Tinker, 393 U.S. at 511 (“…”)`, `Morse, 551 U.S. at 410`, `964 F.3d at 191`: a case's short form, the name
# optional, then volume, reporter (`U.S.`, `S. Ct.`, `F.3d`, `F. Supp. 2d`, `So. 3d`, `N.E.2d`) and `at` a pinpoint
_CASE_SHORT = re.compile(
    # (`“The statute seeks to do this …” Liggett, 288 U.S. at 541`: the words quoted from it, before it)
    r"^(?:“[^“”]{15,600}[.?!,]”\s+(?=[A-Z\d]))?"
    r"(?:(?P<name>(?!\d{1,4}\s+\S+(?:\s\S+){0,3}\s+at\s)[^,;()]{1,100}?),\s+)?(?P<vol>\d{1,4})\s+"
    r"(?P<reporter>(?:[A-Z][A-Za-z’']{0,7}\.\s?){1,4}(?:\d[a-z]{1,2})?|[A-Z][A-Za-z.’']{0,12}\s?\d[a-z]{1,2})"
    # (`Jenkins, 258 F. Supp. 3d. at 126–127.`: a full stop typed after the series)
    # (`841 F.2d at 1488-89 & n.2`: the page and its footnote)
    r"\.?\s+at\s+(?P<pin>\*?\d[\d\s,–\-]*?(?:\s*(?:&\s*)?n\.\s*\d+)?)"
    # (`117 N.J. Super. at 279-80, 284 A.2d at 387`: the same page in the parallel report)
    r"(?:,\s*\d{1,4}\s+(?:[A-Z][A-Za-z’']{0,7}\.\s?){1,4}(?:\d[a-z]{1,2})?\s+at\s+\d[\d–-]*)?"
    r"\s*\.?(?:\s*\(.*)?$"  # a parenthetical, even left open
)


_FIRST_PAREN = re.compile(r"\(([^()]*)\)")
_WESTLAW_CASE = re.compile(
    # (a docket number the PDF broke after a hyphen: `No. 216-2016-cv- 277`; subsequent history after the court)
    r"^(?P<name>[^;()]{1,200}?)(?P<docket>,\s+(?:(?:Civ(?:il)?\.?\s+(?:Action\s+)?)?Nos?\.\s*)?(?:[A-Z]{1,4}\s)?"
    r"[\w:.–-]*\d[\w:.–-]*(?:(?<=-)\s\d+)?(?:\s+\([A-Z]+\))?)?"
    r",\s+(?P<year>(?:19|20)\d\d)\s+WL\s+(?P<num>\d{3,9})(?:,\s*at\s*\*?(?P<pin>\d[\d\s,*–-]*?))?\s*"
    r"(?:\((?P<paren>[^()]*)\))?(?:\s*[,(].*)?\.?$"
)
_DOCKET_ALONE = re.compile(r"(?:Civ(?:il)?\.?\s+(?:Action\s+)?)?Nos?\.\s*[\w:.–-]*\d[\w:.–-]*$")
_REVIEWED_PAGE = re.compile(
    r"^Pp?\.\s*(?P<pages>\d{1,5}(?:\s*[-–]\s*\d{1,5})?(?:,\s*\d{1,5}(?:\s*[-–]\s*\d{1,5})?)*)\.?$"
)


def reporter_key(reporter: str) -> str:
    """`F. Supp. 2d` and `F.Supp.2d`, `U. S.` and `U.S.`: one reporter however it is spaced."""
    return re.sub(r"[^a-z0-9]", "", reporter.lower())


_INTERNAL = re.compile(
    r"^(?:discussion\s+)?(?:infra|supra),?\s+(?:Parts?|Sections?|notes?|pp?\.|§|text|Table|Figure|Appendix)\b"
    r"|^(?:infra|supra),?\s+[“\"][^“”\"]+[”\"]\.?$"  # `infra "Case Law on …"`: the article's own heading
    r"|^(?:infra|supra)\b.*accompanying text\.?$"
    r"|^(?:Chapters?|Parts?|Sections?)\s+[\w.]+\b.{0,300}\b(?:infra|supra|below|above)\.?$"
    # `See Question 5 of the Research Agenda, infra Part VI.`: a place in the article itself, named and then located
    r"|^[^,;“”\"]{2,120},\s+(?:infra|supra)\s+(?:Parts?|Sections?|§)\s+[\w.]+\.?$"
    # `For a discussion of Tinker …, see Section II.A.`: the article's own section, named by its number
    r"|^(?:Parts?|Sections?)\s+[IVX]+(?:\.[A-Z0-9]+)*\.?$",
    re.IGNORECASE,
)
_DOC_PIN = (
    r"(?:\d[\d–-]*(?:,\s*\d[\d–-]*)*,\s*)?"
    r"(?:article|art\.|section|sec\.|§|para\.?|paragraph|chapter|ch\.|clause|tit\.|title)\s*[\w.()\-–]+"
)
_DOC_SHORT = re.compile(
    # (`Final Report of the Commissioners, 368–378, tit. 10.`: its pages first, then the part; several such, the
    # comment on the last in brackets: `…, 202–203, § 506, 110, § 251 (restricting jury service …).`)
    rf"^(?P<title>[^,“”()]{{3,120}}),\s*(?P<pin>{_DOC_PIN}(?:,\s*{_DOC_PIN})*)(?:\s*\([a-z][^()]*\))?\.?$",
    re.IGNORECASE,
)
# (`(2021, March 3)`: APA 7's date, the year first)
_APA = re.compile(
    r"^(?P<who>[^()\d“”]{2,80}?)\s*\((?P<when>(?:[A-Z][a-z]+\.? \d{1,2}, )?\d{4}[a-z]?"
    r"(?:,\s+[A-Z][a-z]+\.?(?:\s+\d{1,2}(?:\s*[–-]\s*\d{1,2})?)?)?|n\.d\.)\)\.\s+(?P<rest>\S.*)$"
)
# APA's inverted names: `Brown, A., & Green, B. C.`, each kept as printed (as the bibliography-form labels keep them)
_APA_NAME = re.compile(r"[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)*,\s(?:[A-Z]\.\s?-?)+")
_APA_NAMES = re.compile(
    rf"{_APA_NAME.pattern}(?:,\s(?:&\s)?{_APA_NAME.pattern})*(?:,?\s(?:&|and)\s{_APA_NAME.pattern})?"
)
# what follows an APA title: `Journal of Peace Research, 56(2), 123–140` or `New York: Farrar, Straus and Giroux`
_APA_JOURNAL = re.compile(r"^(?P<journal>[^,()]{3,120}),\s*(?P<vol>\d{1,4})(?:\s*\((?P<issue>[^()]{1,20})\))?"
                          r"(?:,\s*(?P<pages>[A-Za-z]?\d+(?:\s*[–-]\s*[A-Za-z]?\d+)?))?$")
_APA_IMPRINT = re.compile(r"^(?P<place>[A-Z][^:,]{1,40}(?:,\s*[A-Z]{2,}|,\s*[A-Z][a-z]+)?):\s*(?P<publisher>\S.*)$")
_PRESS_WORD = re.compile(r"\b(?:Press|Publish(?:ing|ers)|Books|Verlag|Editions|Routledge|Springer|Wiley|Elsevier)\b")


def _apa_source(source: str, p: Parsed) -> None:
    """The part after an APA title: a journal with its volume, issue and pages; a place and publisher; a
    press; or anything else (a site, a series), which stays the container."""
    if m := _APA_JOURNAL.match(source):
        p.container, p.volume, p.issue = m.group("journal").strip(), m.group("vol"), m.group("issue")
        p.pages = m.group("pages") and re.sub(r"\s*[–-]\s*", "-", m.group("pages"))
        p.kind = CitationKind.JOURNAL
    elif (m := _APA_IMPRINT.match(source)) and not _DATE.search(source):
        p.place, p.publisher = m.group("place"), m.group("publisher").strip()
    elif _PRESS_WORD.search(source) or lexicon.find_names(source, lexicon.Role.PRESS):
        p.publisher = source
    else:
        p.container = source


# (`METR, Measuring Long Tasks, supra.`: an author, then the short title a body's report is known by)
_SUPRA_BARE = re.compile(
    # (a draft's `Citron & Wittes, supra note, at 404-06`, `supra note, at.`, `supra __ at __`, `supra note [ ] at 24`:
    # the number, and the page, left for the editors to fill in)
    r"^(?P<who>[^,;()]{2,80})(?:,\s*(?P<short>[A-Z][^,;()]{2,80}))?,\s*supra(?:\s+note)?(?:\s+(?:_+|\[\s*\]))?"
    r"(?:,?\s*at(?:\s+(?P<at>[^()_]+?)|\s*_*))?"
    r"(?:\s*\(.*\))?\s*\.?$",
    re.IGNORECASE,
)
# a letter, as history notes cite it: `Johann Adolf Behrends to B. Franklin, 28 Oct. 1778, in C. Lopez, ed., Papers
# of Benjamin Franklin (New Haven, 1988), 27: 656`, `especially Charles Carroll of Carrollton to Charles Carroll of
# Annapolis, 10 April 1760, in …`, `B. Franklin to N. Webster, Jr., 26 Dec. 1789: <url>`
# (`Jean [Jane] Washington to …`: the editor's reading of a name in brackets is part of it)
_LETTER_NAME = r"[A-Z][\w.’'\-]*(?:\s+(?:[A-Z][\w.’'\-]*|\[[A-Z][\w.’'\-]*\]|of|de|van|von|la|le))*(?:,\s+(?:Jr|Sr)\.)?"
_LETTER = re.compile(
    rf"^(?:especially\s+)?(?P<writer>{_LETTER_NAME})\s+to\s+(?P<recipient>{_LETTER_NAME}),\s+"
    rf"(?P<date>(?:\d{{1,2}}\s+)?{_MONTH}\.?(?:\s+\d{{1,2}},)?\s+\d{{4}}"
    # (a letter dated by its year alone is printed in an edition: `John Bradford to Joyce Hales, 1555, in …`)
    r"|(?:1[5-9]|20)\d\d(?=,\s+in\s))"
    # (`Knox to Washington, March 30, 1792, The Papers of George Washington, Presidential Series, Vol. 10
    # (Charlottesville, Virginia: University Press of Virginia, 2002), p. 168`: the edition without its `in`)
    r"(?:,\s+(?:in\s+|(?=[^()]{3,200}\([^()]{2,80}:[^()]{2,120}\b(?:1[5-9]|20)\d\d\)))(?P<edition>.+?))?\s*[:.,]?$"
)
_MANUSCRIPT = re.compile(r"^(?:Manuscript|Typescript|MS)\.?(?:\s|,|$)")
# Harvard's web reference once its URL and access date are taken: `University of Cambridge 2015. Darwin
# Correspondence Project`, `Coventry University 2013-2014 Digitising Experiences of Migration: …`, `Women's Early
# Modern Letters Online [WEMLO] 2016. Women's Early Modern Letters Online`: a name in capitals, its year, a title
_HARVARD_WEB = re.compile(
    r"^(?P<who>[A-Z][\w’'&\-]*(?:\s+(?:[A-Z][\w’'&\-]*|of|and|for|the|on|in|de|\[[A-Z]{2,10}\]))*)\s+"
    r"(?P<year>(?:1[5-9]|20)\d\d(?:[-–](?:1[5-9]|20)?\d\d)?)\.?\s+(?P<title>[^.]{2,300}?)\.?$"
)
# a work's year in brackets (an imprint, a Bluebook date), not the day a page was read (`(accessed March 1, 2023)`)
_YEAR_PAREN = re.compile(
    r"\((?!(?:[Aa]ccessed|[Rr]etrieved|[Ll]ast\s+(?:visited|accessed|updated|modified)|[Vv]iewed)\b)[^()]*\b\d{4}\)"
)
# (`The twelve authors and works … include the following: René Descartes, Meditations on a First Philosophy (1641)`:
# a comment that introduces its list with a colon)
# `… human intelligence, Tao Feng et al., How Far …`, `… more complex Dan Hendrycks & Mantas Mazeika, X-Risk …`: names
# marked as a citation's authors (`et al.,` or `& Name,` before the title) start it, whatever word the comment ends in
_MARKED_AUTHORS = (
    r"[A-Z][\w.’'\-]+(?:\s+[A-Z][\w.’'\-]+){0,3}"
    r"(?:\s+et\s+al\.|(?:,\s+[A-Z][\w.’'\-]+(?:\s+[A-Z][\w.’'\-]+){1,3}){0,4},?\s+&\s+[A-Z][\w.’'\-]+(?:\s+[A-Z][\w.’'\-]+){1,3}),\s+[A-Z“]"
)
_MARKED_AUTHORS_HEAD = re.compile(_MARKED_AUTHORS)
_PROSE_TO_CITATION = re.compile(
    # (`Our account of … the Wanderer depends upon Erik Calonius, The Wanderer …`: a writer named after `upon`)
    r"\b(?:in|by|are|is|see|from|of|on|as|upon)\s+(?=[A-Z][\w.’'\-]+\s)|(?<=[a-z]):\s+(?=[A-Z][\w.’'\-]+\s)"
    # (`As William Benoit noted: “… cannot fire himself”, WILLIAM L. BENIOT, ACCOUNTS, …`: after the words quoted)
    r"|(?<=[”\"]),\s+(?=[A-Z][\w.’'\-]+\s)"
    rf"|(?<=[a-z]),?\s+(?={_MARKED_AUTHORS})"
)
# `The two books are G. Ostrander, Republic of Letters …`: a lead too short to weigh as prose, every word after its
# first in lower case
# `Andrew S. Tanenbaum et al., Computer Networks, 6th ed. (Pearson Education, 2020), p. 67`: names, a title, an
# imprint ending in its year, a pinpoint: all that is left of a note after a sentence of comment
_BOOK_ENDING = re.compile(
    r"(?P<names>[A-Z][^,()“”\"]{2,80}?),\s+[A-Z][^()“”\"]{1,200}\([^()]{0,120}\b(?:1[5-9]|20)\d\d\)"
    r"(?:,\s*(?:pp?\.\s*)?[\divxlc][\w–-]*)?\.?$"
)
# `Robert Braden, ed., Requirements …`, `Jane Doe and John Roe, eds., …`: an editor standing for the author
_EDITOR_AFTER_NAMES = re.compile(
    # (`Frederic H. Chase, trans., Saint John of Damascus Writings`: a translator, too)
    r"(?P<names>[A-Z][^,()“”\"]{2,80}?(?:,?\s+and\s+[A-Z][^,()“”\"]{2,80}?)?),\s+(?:eds?|trans)\.,\s+(?=[A-Z])"
)
_SHORT_LEAD = re.compile(r"[A-Z][a-z]+(?:\s+[a-z]+){2,4}\s+")
_YEAR_ONLY_IMPRINT = re.compile(r"[a-z]\s\((?:1[5-9]|20)\d\d\)\.?$")
# `David Cooper, ed., Epistemology: The Classic Readings (London: Blackwell, 1999)`: an editor standing for the author
_EDITOR_FIRST = re.compile(r"[A-Z][^,;:()]{2,120},\s+eds?\.,\s+[A-Z]")
_BODY_AS_AUTHOR = re.compile(r"(?P<body>[A-Z][\w’'&.\- ]{1,60}?),\s+(?=[A-Z“\"])")
_INSTITUTION_ABBREV = re.compile(r"\s(?:Inst|Ctr|Found|Ass[’']n|Univ|Comm[’']n|Dep[’']t|Rsch)\.$")
_ISSUER_ABBREV_END = re.compile(
    r",\s+(?P<body>[A-Z][\w’'&\-]*(?:\s+[A-Z][\w’'&.\-]*){0,5}\s(?:Inst|Ctr|Found|Ass[’']n|Univ|Rsch)\.)$"
)
_SENTENCE_START = re.compile(r"[A-Z][a-z]*\s+[a-z]+\s+[a-z]")  # `The example is …`, `On rational apathy …`
# `op. cit.` (the work cited), `loc. cit.` (the place cited), `art. cit.` (the article cited), after a name
_OP_CIT = re.compile(r",?\s*(?:op|loc|art)\.\s*cit\.?", re.IGNORECASE)
# a page range as journals print it: `728-752`, `132‑40`, `ii4-ii16` (a supplement's pages)
_PAGE_RANGE = r"[a-z]{0,3}\d+(?:\s*[-–‑−]{1,2}\s*[a-z]{0,3}\d+)?"
# `(2008): 931–39, at 936`, `125–68, at 132, 125`: the article's pages, then the pages cited in it
_AT_PAGES = r",\s*at\s+\d+(?:\s*[-–]{1,2}\s*\d+)?(?:,\s*\d+(?:\s*[-–]{1,2}\s*\d+)?)*"
_AT_PIN = rf"(?:{_AT_PAGES})?"
_MONTH_ABBREVIATION = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
# `Journal 3, no. 4 (2015): 5-9`, `Journal, vol. 12, no. 3 (2019): 45`, `Journal no. 4 (2019): 33`, `D-Lib Magazine
# 13, no. 7/8 (2007)` (a double issue, `65, no. 1–2 (2019)` too),
# `Journal 86 (4)(October 1971): 728-752`, `Journal, vol. 60, no. 3 (December 2008), pp. 538–56`,
# `Journal. vol. 32, no. suppl_2 (2017)`, `Journal 38.1 (2011): 105-123`, `Annals of Statistics 32 (2)
# April 2004: 407-499`
# (`Documentary Editing 30, nos. 3–4 (2008–9): 6–11`: a volume spanning two years)
_YEAR_SPAN = r"(?:[–-]\d{1,2}(?=\)))?"
_MLA_JOURNAL = re.compile(
    r"(?P<journal>[A-Z][^,()“”\"]{1,150}?),\s+vol\.\s*(?P<vol>\d{1,4})(?:,\s+no\.\s*(?P<issue>[\w/–-]{1,8}))?,\s+"
    r"(?P<date>(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:1[5-9]|20)\d\d),\s+pp?\.\s*"
    rf"(?P<pages>{_PAGE_RANGE})\.?$"
)
_JOURNAL = re.compile(
    r"^(?P<journal>[^,()“”]+?)(?:[,.]?\s+(?:[Vv]ol\.?\s*)?(?P<vol>\d+)\.?)?"  # (`2. no. 1`: a stray full stop)
    r"(?:,?\s+(?:[Nn]o|is|iss|[Ii]ssue|[Vv]ol)\.?\s*(?P<issue>\d+(?:[/–-]\d+)?|[a-z]{1,8}_?\d{1,3})"
    r"|\.(?P<issue3>\d{1,3})(?=\s*\()"
    r"|(?<=\d),\s*(?P<issue4>\d{1,3}(?:[-–]\d{1,3})?)(?=\s*\()"  # `26, 3 (2011)`, `10, 2-3 (1954)`: a comma for `no.`
    rf"|\s*\((?P<issue2>\d{{1,3}})\)(?:(?=\s*\()|\s+(?P<bare_date>(?:{_MONTH}\s+)?(?:1[5-9]|20)\d\d)(?=:)))"
    rf"(?:\s*\((?P<paren>[^()]{{0,200}})\))?"
    # `(1993), esp. 325-327`, `(2008): 671, 673`: the pinpoint, all of it
    # (`(2008): 931–39, at 936`: the article's pages, then the page cited)
    rf"(?:(?::|,)\s*(?:esp\.\s*)?(?:pp?\.\s*)?(?P<pages>{_PAGE_RANGE}(?:,\s*\d+(?:\s*[-–]{{1,2}}\s*\d+)?)*{_AT_PIN})\b)?"
)
# `Territory, Politics, Governance 9, no. 3 (January 2020):434-454`, `Comparative Connections, Georgetown
# University 21, no.3 (May 2020): 49-58`, `… Terrorism (IJCWT) 1, no.1 (2011)`: a volume, an issue and a
# dated parenthesis after it mark the journal's name, commas and an acronym in it included
# what makes a comma part of a journal's name: its publisher's institution after it, an acronym, or a
# name of one-word parts (`Territory, Politics, Governance`)
_NAMED_JOURNAL_PARTS = re.compile(
    r",\s+(?:The\s+)?[A-Z][\w&’'. ]*\b(?:University|Universit[äéy]\w*|Center|Centre|Institute|Foundation|"
    r"School|College|Council|Forum)\b|\s\([A-Z]{2,12}\)$|^\w+(?:,\s+\w+){2,}$"
)
_JOURNAL_NAMED = re.compile(
    r"^(?P<journal>[A-Z][^()“”;:]*?(?:\s\([A-Z]{2,12}\))?),?\s+(?:[Vv]ol\.?\s*)?(?P<vol>\d{1,4}),?\s*(?:[Nn]os?|[Ii]ss(?:ue)?)\.?\s*"
    rf"(?P<issue>\d{{1,4}}(?:[/–-]\d{{1,3}})?),?\s*\((?P<paren>[^()]{{0,60}}\b\d{{4}}{_YEAR_SPAN})\)(?:\s*[:,]\s*(?:pp?\.\s*)?(?P<pages>{_PAGE_RANGE})\b)?"
)
# `Gender, Work & Organization 12.4 (2005): 400–419`, `Atlantis: Critical Studies in Gender, Culture and Social
# Justice 25, no. 1 (2000): 12–13`, `Criminal Justice History, 18 (2002): 58, 71`: when the whole of what follows a
# title is a journal's name, its volume (and issue), a dated parenthesis and the pages, the name runs up to the
# volume, its commas and colon included
_JOURNAL_TO_VOLUME = re.compile(
    r"^(?P<journal>[A-Z][^()“”\"\d;]{1,150}?)(?P<comma>,?)\s+(?:[Vv]ol\.?\s*)?(?P<vol>\d{1,4})"
    # (`… Legal History 11, no 3. (1967): 234–252`: the full stop typed after the number instead of `no`)
    r"(?:\.(?P<issue>\d{1,3})|,?\s*(?:[Nn]os?|[Ii]ss(?:ue)?)\.?\s*(?P<issue2>\d{1,4}(?:[/–-]\d{1,3})?)\.?)?"
    rf",?\s*\((?P<paren>[^():]{{0,40}}\b(?:1[5-9]|20)\d\d{_YEAR_SPAN})\)"
    # (`(Mar 2020) 1–14`: the colon before the pages left out)
    rf"(?:(?:\s*[:,]\s*|\s+(?=\d))(?:pp?\.\s*)?(?P<pages>{_PAGE_RANGE}(?:,\s*\d+(?:\s*[-–]{{1,2}}\s*\d+)?)*{_AT_PIN}))?"
    r"\.?$"
)
# `Nature 393 (1998): 440–442`, `Universal Review 2 (December 1888): 80-93`: a volume and a dated
# parenthesis, no issue number
# `Caledonian Mercury (June 15, 1820): 2`, a newspaper: the same with no volume
# and the volume and issue as history journals also print them: `Journal of Mediterranean Archaeology 19 1 (2006)`,
# `Cogent Arts & Humanities 3(1), (2016)`, `Human Communication Research 3.4 (1977)`, a double volume
# `Archivio per la storia postale 14-15 (2003)`, a series `William and Mary Quarterly 3d ser., 33 (Oct. 1976)`, a
# journal named with a number `19: Interdisciplinary Studies in the Long Nineteenth Century 1 (2005)`
_JOURNAL_VOLUME = re.compile(
    r"^(?P<journal>(?:\d{1,4}:\s)?[^,()“”\d][^,()“”]*?)(?:\s+\d{1,2}(?:st|nd|rd|d|th)\s+ser\.,?)?"
    r"(?:\s+(?P<vol>\d{1,4}(?:[-–/]\d{1,4})?)"
    # (`Journal of Homosexuality 45.2-4 (2003)`: issues bound as one)
    # (`Sex Roles 71(3-4), (2014)`: a double issue in brackets)
    r"(?:\s+(?P<issue>\d{1,2})(?=\s*\()|\((?P<issue2>\d{1,3}(?:[-–]\d{1,3})?)\),?|\.(?P<issue3>\d{1,2}(?:[-–]\d{1,2})?)(?=\s*\())?)?"
    rf",?\s*\((?P<paren>[^()]{{0,60}}\b\d{{4}}{_YEAR_SPAN})\)"
    # `(2012): 15-24, 17`: the article's range and the pinpoint in it, all of it
    rf"(?:(?::|,)\s*(?:pp?\.\s*)?(?P<pages>{_PAGE_RANGE}(?:,\s*\d+(?:\s*[-–]{{1,2}}\s*\d+)?)*))?"
    # (`Variants 10 (2013): 77–92, p. 90.`: the article's range, then the page cited in it)
    r"(?:,\s*pp?\.\s*\d+(?:\s*[-–]\s*\d+)?)?\.?$"
)
# `France 24 (March 2, 2020)`: a name ending in a number, dated by the day, which no journal's volume is
_DAY_DATED_NAME = re.compile(rf"[A-Z][\w.&’' ]{{1,60}}?\s\d{{1,4}}\s\({_MONTH}\.?\s+\d{{1,2}},\s+\d{{4}}\)\.?")
# `in Media Studies Futures, ed. Kelly Gates (Blackwell, 2012), 276`: a chapter in an edited book
_IN_PERIODICAL = re.compile(
    r"^in\s+(?P<journal>[A-Z][^()\d:;]{2,120}?(?::\s[A-Z][^()\d:;]{2,80}?)?),?\s+(?:(?P<vol>\d{1,4})(?:,\s*no\.\s*(?P<issue>\d{1,3}))?\s*)?"
    # (`in Nineteenth-Century Literature 52 (December 1997), 413-16`: after a volume, a comma before the pages too)
    r"\((?P<paren>[^():]{0,40}\b(?:1[5-9]|20)\d\d)\)(?(vol)[:,]|:)\s*(?P<pages>[\dxivlc][\dxivlc:,\s–-]*?)\.?$"
)
# (`in NSF Technical Report, no. 97 (June 1996-October 1997): 1-15`: a numbered series of papers, not a journal)
_NUMBERED_PAPERS = re.compile(r"\b(?:Reports?|Papers?|Pamphlets?|Briefs?|Series)\b|\bno\.?$")
_CHAPTER = re.compile(
    # (`in 2016 IEEE International Conference on Smart Grid Communications (SmartGridComm) (New York City: …, 2016)`,
    # `in Proceedings of the 7th Python in Science Conference (SciPy 2008) (self-pub., 2008)`: the proceedings'
    # own short name in brackets, then the imprint)
    # (`in Encyclopedia of Government and Politics, 2nd ed., 2 vols., ed. Mary E. Hawkesworth …`: the edition and
    # the volumes before the editors; `eds Mark Greengrass and Lorna hughes`: `eds` without its full stop)
    r"^in\s+(?P<book>[^()]+?(?:\s\([^()]{2,40}\)(?=\s*\())?)"
    r"(?:,\s*(?:\d{1,2}(?:st|nd|rd|th|d)\s+ed\.|rev\.\s+ed\.|\d{1,2}\s+vols\.?))*"
    r"(?:,?\s+(?:ed\.|eds\.?|edited by|trans\.)\s[^()]*?)?"
    r"(?:,\s*vol\.\s[^()]*?)?"
    r"\s*\((?P<imprint>[^()]{3,300})\)(?P<rest>[^()]*)$"
)
# `"Title," Reception Study: …, edited by James L. Machor and Philip Goldstein (New York: Routledge, 2001), 66`,
# `"Title," ch. 1 of Emotional Lexicons …, edited by Ute Frevert (Oxford: …, 2014), 5`: a chapter printed without
# `in`, its book known by the editors after it
# (`In Submarine Optical Cable Engineering, Ye Yincan et. al. eds. (…)`, `In Emerging Trends in Archival Science,
# Karen F. Gracy, ed. (…)`: the editors named before `eds.`, a person's name of two words or more)
_PERSON = r"[A-Z][\w’'\-]+(?:\s+[A-Z]\.)*(?:\s+[A-Z][\w’'\-]+)+"
_CHAPTER_EDITED = re.compile(
    r"^(?:[Ii]n\s+|ch(?:ap)?\.\s*\d{1,3}\s+of\s+)?(?P<book>[^()]+?)"
    r"(?:,\s+[A-Z][^(),]*?\s+et\.?\s+al\.?"
    rf"|,\s+(?:{_PERSON}(?:,\s+|,?\s+(?:and|&)\s+))*{_PERSON}(?=,?\s+eds?\.))?"
    r",?\s+(?:eds?\.|edited by)(?:\s[^()]*?)?"
    r"\s*\((?P<imprint>[^()]{3,300})\)(?P<rest>[^()]*)$"
)
_CHAPTER_PAGES = re.compile(r",\s+(?P<pages>\d{1,5}\s?[-–]\s?\d{1,5})(?=\s*(?:,\s|\.?\s*\(|$))")
_CHAPTER_BARE = re.compile(
    r"^(?P<book>[A-Z][^()“”\"]+?)\s*\((?P<imprint>[^():]{2,80}:\s*[^():]{2,120},\s*(?:1[5-9]|20)\d\d)\)"
    r"(?P<rest>[^()]*)$"
)
# Chicago's short form: `Brown, Beyond the Lines, 78, 167.`, `Manovich, “How to Compare One Million
# Images?,” 251, 259.`, `Smith, Cordell, and Mullen, “Computational Methods.”`
_PAGE = r"(?:[\dxivlc]{1,5}(?:\s*[-–−]{1,2}\s*[\dxivlc]{1,5})?)"
# `Davis, Intellectual Life, 1: 371`, `… (Chapel Hill, 2001), 1: 151-53`: a volume of a multi-volume work, then the page
_VOLUME_PIN = r"(?:(?:\d{1,2}|[IVX]{1,5}):\s?)?"  # (`Roy, Letters, I: 399, 413-414.`: a volume in Roman numerals)
# `222n289--291`, `39n24-25`: a page and a note on it
# (`Hammond and Rey, Narratives, 191n.`: the page's note, unnumbered)
_PAGE_NOTE = rf"{_PAGE}(?:\s?nn?\.?\s?\d{{1,4}}(?:\s*[-–−]{{1,2}}\s*\d{{1,4}})?|n(?=\.?$))?"
_PROCEEDINGS = re.compile(r"\bProceedings\s+of\b|\bInternational\s+Conference\b|\bConference\s+on\b")
_TRAILING_DOI = re.compile(r"[,.]?\s*\bdoi:\s?10\.\d{4,9}/\S+?\.?\s*$", re.IGNORECASE)
# `p. ITA-5`, `pp. ITA-37 – ITA-38`, `p. A-12`: a government report's pages numbered by section or appendix, only
# after `p.`/`pp.` (a bare `GAO-22` is a report's number)
# a doctrine publication's pages, numbered by chapter or appendix: `III-12`, `1-2` reads as a range, `A-3`, `IV-3–IV-5`
_CHAPTER_PAGE = r"(?:[IVX]{1,4}|[A-Z])-\d{1,3}(?:\s*[–-]\s*(?:[IVX]{1,4}|[A-Z])-\d{1,3})?\b"
_LETTERED_PAGES = r"(?<=p\.\s)[A-Z]{1,5}-\d{1,4}(?:\s*[-–]\s*[A-Z]{1,5}-\d{1,4})?"
# a surname that opens with its particle in lower case: `van den Boomen`, `de Certeau`, `von Ranke`
_PARTICLE_WORDS = ("van", "von", "de", "der", "den", "du", "da", "di", "del", "della", "la", "le", "ten", "ter")
_PARTICLES = rf"(?:(?:{'|'.join(_PARTICLE_WORDS)})\s+){{1,3}}"
# (the same opening a sentence or kept in capitals: `De León and Gupta, …`)
_ANY_CASE_PARTICLES = rf"(?:(?:{'|'.join(f'[{w[0].upper()}{w[0]}]{w[1:]}' for w in _PARTICLE_WORDS)})\s+){{1,3}}"
# the parts of a book another writer than the book's may write (CMOS 14.110), as notes name them, in lower case
FRONT_MATTER_PARTS = ("introduction", "preface", "foreword", "afterword", "prologue", "epilogue", "headnote")
_PART = "|".join(FRONT_MATTER_PARTS)
# (`Hejinian, My Life, section 38.`, `…, sections 3 and 5`: a numbered section of a book without pages, as the pinpoint)
_SECTION_PIN = r"sections?\s+\d{1,4}(?:\s*(?:,\s*and|,|and|[-–])\s*\d{1,4})*(?=\.?$)"
_CHICAGO_SHORT = re.compile(
    # (`De León and Gupta, …`: a particle opening a sentence, or kept in capitals, is still the surname's)
    # (`d’Avray, Medieval Marriage, 156–57`: a particle elided before the surname)
    rf"^(?P<names>(?:{_ANY_CASE_PARTICLES}|[dl][’'](?=[A-Z]))?[A-Z][\w’'\-]+"
    rf"(?:(?:,\s*|,?\s+(?:and|&)\s+)(?:{_ANY_CASE_PARTICLES})?[A-Z][\w’'\-]+){{0,5}}"
    r"(?:\s+et\s+al\.?)?),\s*(?:(?:eds?|trans)\.,\s*)?"
    # `Romagna, ”Evolution of Hacktivism …”, 75.`: a closing quote typed for the opening one is still a title's
    # (`Felsenstein, introduction, 2.`: the writer's part of a book, in lower case)
    r"(?:[“”\"](?P<quoted>[^“”\"]{2,200}?)[,.]?[”\"]|(?P<title>(?![IVX]{1,5}:\s?\d)[A-Z][^“”\"();]{0,200}?"
    rf"|(?:{_PART})(?=,)))"
    # (`Wheen, All Quiet (London), 288–92.`: the place of the edition cited, where the notes cite two; CMOS 14.30)
    r"(?:\s+\((?P<edition>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\))?"
    # (`Cather, Obscure Destinies, [260], 330.`: a page the edition supplies, in brackets, before the printed one)
    rf"(?:(?:,|(?<=[”\"]))\s*{_ESP}(?:pp?\.\s*)?(?:\[\d{{1,4}}\],\s*)?(?P<pages>{_LETTERED_PAGES}|{_CHAPTER_PAGE}|{_SECTION_PIN}|"
    # (`Nicolson, Letters, 2:148–49 151–52 167.`: the commas between pages lost)
    rf"{_VOLUME_PIN}{_PAGE_NOTE}(?:(?:,\s*|\s+(?=and\s)|\s+(?=\d))(?:and\s+)?{_PAGE_NOTE})*)"
    # `Langbein, Origins, 185, again quoting himself circa 1983.`, `…, 190––reiterating, …`: a comment after the page
    r"(?:(?:,\s*|\s*[–—-]{1,2}\s*)[a-z][^“”\"]*"
    # (`Foster and Major, Registrum Antiquissimum, 4:31 (no. 1138).`: the item on the page, or a word on the quotation)
    r"|\s+\((?:nos?\.|items?|docs?\.|emphasis|italics|my|our|original|trans|fols?\.|ll?\.|lines?|figs?\.|plates?)"
    r"[^()]{0,30}\)"
    # (`Doni, La Zucca, 192: “L’autorità del Carafulla …”`: the words quoted from the page)
    r"|:\s*[“\"].*)?)?\s*\.?$"
)
# `Michael Connell and Sarah Vogler, Russia's approach to cyber warfare, 19-23.`: a short form naming its
# authors in full; taken as one only when an earlier note cites that work (backrefs.py), else it is prose
_FULL_NAME_SHORT = re.compile(
    r"^(?P<names>[A-Z][\w’'\-]+\s+(?:[A-Z]\.\s+)?[A-Z][\w’'\-]+"
    r"(?:(?:,\s*|,?\s+(?:and|&)\s+)[A-Z][\w’'\-]+\s+(?:[A-Z]\.\s+)?[A-Z][\w’'\-]+){0,3}),\s*"
    r"(?:[“\"](?P<quoted>[^“”\"]{2,200}?)[,.]?[”\"]|(?P<title>[A-Z][^“”\"();]{0,200}?))"
    rf"(?:(?:,|(?<=[”\"]))\s*{_ESP}(?:pp?\.\s*)?(?P<pages>{_VOLUME_PIN}{_PAGE_NOTE}(?:,\s*(?:and\s+)?{_PAGE_NOTE})*)"
    # `Langbein, Origins, 185, again quoting himself circa 1983.`, `…, 190––reiterating, …`: a comment after the page
    r"(?:(?:,\s*|\s*[–—-]{1,2}\s*)[a-z][^“”\"]*)?)?\s*\.?$"
)
# `p. A3`, `pp. A1, A12`, `p. B4-B5`: a newspaper's page numbered within its lettered section, only after `p.`/`pp.`
_SECTION_PAGE = r"[A-H]\d{1,3}(?:\s*[-–]\s*[A-H]?\d{1,3})?"
_MARKED_PAGES = re.compile(
    # (`pp. 9, 21, 23, and 43`: a list may end with `and`)
    rf"(?:,|\))\s*pp?\.\s*(?P<pages>{_PAGE}(?:,\s*{_PAGE})*(?:,?\s+and\s+{_PAGE})?|{_SECTION_PAGE}(?:,\s*{_SECTION_PAGE})*)"
    r"\s*(?:[,;.]|$)"
)
# `Journal of the History of Ideas, 65 (April 2004), 251-276`, `Urban Studies 58 no. 3, (January 2020): 621-638`,
# `New York Times, August 13 (2008): 27-28`: a periodical's dated parenthesis, then its pages
_DATED_PAGES = re.compile(
    rf"\((?:[^()]*\b)?(?:1[5-9]|20)\d\d\)\s*[:,]\s*(?:esp\.\s*)?(?P<pages>{_PAGE}(?:,\s*{_PAGE})*)\s*(?:[,;.]|$)"
)
# `… layer upon layer (North, Cosmos, 83–85).`, `(as described by Weinrob et al., …, 78)`: a short form in brackets,
# the words of comment that lead into it left out
_BRACKETED = re.compile(
    r"\((?:(?:as\s+)?(?:described|quoted|cited|noted|discussed)\s+(?:by|in)\s+|see\s+)?([A-Z][^()]{3,160})\)"
)


def _bracketed_short_form(body: str) -> re.Match[str] | None:
    for m in itertools.islice(_BRACKETED.finditer(body), 4):
        short = _CHICAGO_SHORT.match(m.group(1))
        # (not an imprint: `(Neptune, NJ: Paganiana Publications, 1972-86)`)
        if short and short.group("pages") and (short.group("title") or short.group("quoted")) and not (
            ":" in m.group(1) or re.search(r"\b(?:1[5-9]|20)\d\d\b", short.group("pages"))
        ):
            return short
    return None


# `Numbers are taken from Kamarck, Diversity, …`: the word of a comment before the short form it ends in
_COMMENT_THEN_SHORT = re.compile(r"\b(?:from|in|see|by|to|and)\s+(?=[A-Z][\w’'\-]+,\s+[“\"]?[A-Z])")
# `(ANU Press, forthcoming)`: an imprint not yet dated
_PIN_AFTER_YEAR = re.compile(rf",\s*pp?\.\s*(?P<pages>{_PAGE}(?:,\s*{_PAGE})*)\.?$")
_FORTHCOMING = re.compile(r",\s*(?:forthcoming|in press)$", re.IGNORECASE)
_IMPRINT = re.compile(r"\((?P<inside>[^()]{0,300})\)")
# a signature mark as early books are cited: `sig. A4v`, `sig. B4r-v`
_SIGNATURE = r"sig\.\s?[A-Z]{1,3}\d{0,2}[rv]?(?:[-–][A-Z]{0,3}\d{0,2}[rv]?)?"
_TRAILING_PAGES = re.compile(
    # `esp.` only straight after what it follows: in `325-342, esp. 327` the article's range is the pages
    # (`…, 2009), passim, but esp. pp. 214-240`: the pages that matter most are the pinpoint)
    r"(?:^\s*:|^|,|^\s*,\s*(?:passim[,;]?\s+(?:but\s+)?)?(?:esp\.|especially))\s*(?P<marked>pp?\.\s*)?"
    # (`…, 189–208, at 205`: a chapter's pages, then the page cited in it)
    rf"(?P<pages>\d{{1,5}}(?:\s*[-–]{{1,2}}\s*\d{{1,5}}{_AT_PIN})?"
    rf"|(?:(?<=, )|(?<=p\. ))[xivl]{{1,6}}(?:[-–][xivl]{{1,6}})?|(?<=, )passim|"
    rf"(?<=, ){_SIGNATURE}|(?<=, ){_CHAPTER_PAGE})"
    # (`…, esp. pp. 214-240).`: a parenthesis closed twice after marked pages; not `…, 1928)`, a year's)
    r"(?(marked)\)?)\s*\.?$"
)  # `…, 2004), xv.`, `…, 2020), p. xxix.`: a preface's roman page; `…, 2017): 5-7`: a pinpoint after a colon
# what follows an imprint is the pinpoint, all of it: `(…, 2015), 180–91, 356–62.`, `…, 1754), 19–20, 104.`,
# a chapter `…, 2010), ch.8;`
_PINPOINT_LIST = re.compile(
    rf"^\s*[,:]?\s*{_ESP}(?:pp?\.\s*)?"
    # `pp. 55–57 and 356`, `pp. x and 146`, `pp. 2128, 2130, and 2140–2143`: a list may end with `and`
    r"(?P<pages>(?:\d{1,5}|[xivlc]{1,6})(?:\s*[-–]{1,2}\s*\d{1,5})?"
    r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)\d{1,5}(?:\s*[-–]{1,2}\s*\d{1,5})?)+"
    # (`13–31, at 16–19`: a chapter's pages, then the pages cited in it)
    rf"|\d{{1,5}}\s*[-–]{{1,2}}\s*\d{{1,5}}{_AT_PAGES}"
    r"|(?:ch(?:ap)?\.\s?|[Cc]hapter\s)\d{1,3}"
    # (`(New York: Addison-Wesley, 1963), section 16-2`, `(London: Jarndyce, 2016), item no. 274`: a section, a
    # catalogue's item)
    r"|(?:[Ss]ection\s|item\s+no\.\s?)\d{1,4}(?:[-–.]\d{1,4})*"
    # `(1788), ll. 15-20`, `ll. 7-18, 24-25`: a poem's lines, the marker kept as a folio's or a signature's is
    r"|ll?\.\s?\d{1,5}(?:\s*[-–]{1,2}\s*\d{1,5})?(?:,\s*\d{1,5}(?:\s*[-–]{1,2}\s*\d{1,5})?)*)\s*\.?$"
)
# `…, 3 vols. (Knoxville, 1978), 1: 363.`: after a book's imprint, a volume and its page (after a journal's name
# `45: 171-194` is volume and pages, read elsewhere)
_VOLUME_PINPOINT = re.compile(rf"^\s*,\s*{_ESP}(?P<pages>(?:\d{{1,2}}|[IVX]{{1,5}}):\s?{_PAGE}(?:,\s*{_PAGE})*)\s*\.?$")
# (the name may hold initials, `Claude E. Shannon`, and be followed by `in`: `… was tested by Markus Sadeniemi, …,
# and Timo Honkela in "Complexity of …"`)
_FRAGMENT_THEN_NAMES = re.compile(r"^[a-z][^,“”\"]{0,40},\s+(?:and\s+)?(?P<who>[A-Z][^,“”\"]{2,120})$")
_NAME_AFTER_COMMENT = re.compile(
    # (`… I am indebted to Bonnie Mak, “Archaeology of a Digitization,” …`: a debt owed to the source's author)
    r"^.*(?:\b(?:see|cf\.|by|in|is|are|was|were|of|e\.g\.,|for\s+(?:example|instance),|(?:indebted|grateful)\s+to)"
    r"|(?<!\b[A-Z])[.;:])\s+"
    r"(?P<who>[A-Z](?:[^.;:]|(?<=\s[A-Z])\.|(?<=^[A-Z])\.){2,120}?)"
    r"(?:,?\s+in)?$"
)
_CHICAGO_BOOK_IMPRINT = re.compile(r"\([^()]{2,80}:\s*[^()]{2,120},\s*(?:1[5-9]|20)\d\d\)")
# what follows a book's title before its imprint, not the title: `, ed. Afonso de E. Taunay`,
# `, trans. Barbara Weinstein`, `, 9 vols.`, `, 4th ed.`, `, vol. 1`, `, Repr.`; and an editor's `ed., ` before it
_BOOK_TITLE_TAIL = re.compile(
    # (`Sixteen Years In The Indian Country: The Journal of … 1800-1816 edited by William Kay Lamb`: no comma, too)
    # (`Uncle Tom’s Bungalow, directed by Frederick “Tex” Avery (…)`: a film's director; `…, edited, with an
    # introduction, by Greta D. Little and Joel Myerson`: what the editors added, too)
    r"(?:(?:,\s*(?:(?:ed|eds|trans)\.|edited(?:,\s+with\s+an?\s+[a-z ]{3,30},)? by|translated by|directed by)"
    r"|\s+(?:edited|translated) by)\s.*"
    r"|[,.]\s*(?:\d+\s+[Vv]ols?\.?|[Vv]ol\.\s*\w+|\d+(?:st|nd|rd|th|d)\s+ed\.?|revised\b.*|[Rr]epr\.?|[Rr]eprint))+$"
)
# `… Desclassificados do ouro: A pobreza mineira no século XVIII (Rio de Janeiro: Graal, 2004)`: a
# book, however many lowercase words its (Portuguese) title has, not a sentence of comment
# `…, 4th ed. (Harlow: Longman, 2010), ch.8`; the publisher may be left out (Midura, JSH 2021, note 3: `Bruno
# Caizzi, Dalla posta dei re alla posta di tutti: territorio e comunicazioni … (Milano: 1993).`)
# a personal name (two or three capitalised words), its possessive, then a title and a book's imprint with its year
_POSSESSIVE_BOOK = re.compile(
    # (`… is the focus of Joe Snader's book, Caught between Worlds: … (Lexington: …, 2000)`: the kind of work may
    # stand between the possessive and the title)
    # (`Lydia Goehr's important and influential study The Imaginary Museum …`: what the writer thinks of it, too)
    r"(?P<who>[A-Z][\w.\-]+(?:\s+[A-Z][\w.\-]+){1,2})(?P<s>['’]s(?:\s+(?:[a-z][\w\-]+,?\s+(?:and\s+)?){0,3}?"
    r"(?:book|study|monograph|history|biography|"
    # (`Judith Walkowitz's book on Soho, Nights Out: …`: what the book is on, too)
    r"memoir|novel|essay|edition|collection|survey|account)(?:\s+(?:on|about)\s+[A-Z][\w’' ]{1,40}?)?,?)?)\s+"
    r"(?=[A-Z][^()]{2,200}\([^()]{2,80}:[^()]{0,120}"
    r"\b(?:1[5-9]|20)\d\d\)[\s.,;:\d–-]*$)"
)
# `Uncle Tom’s Cabin, directed by Harry A. Pollard (…)`: a title names no author when its maker or editor follows it,
# nor when its alternative title does (`Uncle Tom’s Cabin, or, Life among the Lowly`); `ed.` after a name is the name's
# role (`Howard Gaskill, ed. Ossian Revisited`)
_TITLE_GOES_ON = re.compile(r"(?:directed|edited|translated)\s+by\s|or$")
# `Uncle Tom’s Cabin: or, Life among the Lowly, ed. Christopher G. Diller (…)`, `Uncle Tom’s Cabin, directed by Harry A.
# Pollard (…)`: a title opening the note with a possessive in it, its editor or maker named after it (a writer's book
# named by the writer's possessive names no other maker)
_MADE_BY = re.compile(r",\s+(?:eds?\.|edited\b|directed\s+by\b|trans\.|translated\b)")
# `I am recalling Paul Connerton’s How Modernity Forgets (…)`, `Of particular importance is Jennifer DeVere Brody’s …`:
# a lead-in too short to read as prose, but all in lower case after its first word, is a sentence's, not a title's
_LOWER_CASE_LEAD = re.compile(r"^(?:[A-Z][a-z]*\s+)?(?:[a-z]+\s+)+$")
_POSSESSIVE_PART = re.compile(
    rf"(?P<who>[A-Z][\w.\-]+(?:\s+[A-Z][\w.\-]+){{1,2}})(?P<s>['’]s)\s+(?=(?:{_PART})\s+to\s+[A-Z“\"‘][^()]{{2,200}}\()"
)
# (`(Aarhus: Aarhus Folkeblads Bogtrykkeri, 1892-1901; repr. 1980)`: a span of years, a reprint's or the original's)
_YEARS = r"(?:1[5-9]|20)\d\d(?:\s*[-–]\s*(?:1[5-9]|20)?\d\d)?"  # a year, or a span of years (`1906–96`)
_IMPRINT_YEARS = rf"{_YEARS}(?:;\s*(?:repr\.|reprint(?:ed)?|orig\.)\s*[^()]{{0,30}})?"
_ENDS_IN_IMPRINT = re.compile(
    rf"\([^()]{{2,80}}:(?:[^()]{{2,120}},)?\s*{_IMPRINT_YEARS}\)"
    # (`… (Washington: Government Printing Office, 1861), p. 4.`: the page marked; `…, 2006), esp. 3-121`: the pages
    # most meant)
    # (`…, 1999), 2:198.`: the page of a volume of the set)
    r"(?:,\s*(?:(?:esp\.\s*)?(?:pp?\.\s*)?(?:\d{1,2}:\s?)?[\dxivlc][\dxivlc\s,–-]*?|ch(?:ap)?\.\s?\d{1,3}"
    r"|[Cc]hapter\s\d{1,3}))?"
    r"\.?$"
)
# `Thomas Hariot, A briefe and true report of the new found land of Virginia … (Frankfurt, 1590), 31.`, `…, trans.
# Richard Eden (London, 1577), sig. A4v.`: an early book's title in its own spelling reads like prose; a name, then an
# imprint of place and year and a pinpoint, make it a citation
# (two names, and the editors marked: `Manuel Moreyra y Paz Soldán and Guillermo Céspedes del Castillo, eds., …`)
_IMPRINT_NAME = (
    r"[A-Z][\w.’'\-]*(?:\s+(?:(?:de|da|do|del|van|von|der|den|le|la|du|di|y)\s+)?(?:[a-z]{1,2}['’])?[A-Z][\w.’'\-]*){1,4}"
)
_NAME_THEN_PLACE_YEAR = re.compile(
    rf"^{_IMPRINT_NAME}(?:\s+and\s+{_IMPRINT_NAME})?(?:,\s+eds?\.)?,"
    r"\s.{10,600}?"
    r"\((?:[A-Z][\w.’'\-]+(?:[\s,]+(?:(?:of|and|the|for|&)\s+)?[A-Z][\w.’'\-]+){0,5}),\s*(?:1[5-9]|20)\d\d\)"
    rf"(?:,\s*(?:{_SIGNATURE}|(?:\d{{1,2}}:)?[\dxivlc][\dxivlc\s,–-]*))?\.?$"
)
# (`(Lima, 1955), 3:13–22`: the pages of a volume of the set)
_PLACE_YEAR_END = re.compile(
    r"\([A-Z][\w.’'\-]+(?:[\s,]+[A-Z][\w.’'\-]+){0,3},\s*(?:1[5-9]|20)\d\d\)"
    r"(?:,\s*(?:\d{1,2}:)?[\dxivlc][\dxivlc\s,–-]*)?\.?$"
)
# `…, 1857), iv–v, for a useful overview.`, `…, 2007), 118–20, for complaints about similar issues in …`, `…, 1951),
# 51–54, for a more detailed account of Cranch’s involvement …`: what the pages after an imprint are cited for
_CITED_FOR = re.compile(r"\),\s*(?:pp?\.\s*)?[\dxivlc][\dxivlc\s,–-]*?(?P<why>,\s+for\s+[a-z][^()]{0,200}?)\.?$")
_SENTENCE_BREAK = re.compile(r"[a-z][.?!]\s+[A-Z]")
# Chicago's imprint without a place: `(Palgrave Macmillan, 2017)`
# (`(University of Chicago Press, forthcoming)`, `(Ofir AM, n.d.)`: a book not yet out, or undated)
# (`(various publishers, 1906–96)`: a set's volumes over years)
_PUBLISHER_YEAR = re.compile(rf"^[^,:()\d][^,:()]{{1,80}},\s*(?:{_YEARS}|n\.\s?d\.|forthcoming)$")
_EDITOR_HEAD = re.compile(r"^eds?\.,?\s+")  # `Howard Gaskill, ed. Ossian Revisited (…)`: no comma after `ed.` too
# `Roland Borgards et al (eds), Literatur und Wissen: … (Stuttgart: Metzler, 2013)`: editors marked after the names
_EDITORS_MARK = re.compile(r"(?:\s+et\.?\s+al\.?)?\s*\(eds?\.?\)$")
# a chapter's book named after its editors: `J. Greene and P. Morgan, eds., Atlantic History`, `L. Stone, ed., …`
_EDITOR_NAME = r"[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,4}"
_EDITORS_HEAD = re.compile(rf"^(?:{_EDITOR_NAME}(?:,\s+|,?\s+(?:and|&)\s+))*{_EDITOR_NAME},\s*eds?\.,?\s+(?=[A-Z“\"])")
# `Douglas A Blackmon. Slavery by Another Name`: a name of two to four words, the last no initial, then a full stop
_AUTHOR_STOP = re.compile(
    r"^(?P<who>[A-Z][a-z][\w’'\-]*(?:\s+(?:[A-Z]\.?|[A-Z][a-z][\w’'\-]*)){0,2}\s+[A-Z][a-z][\w’'\-]+)\.\s+"
    r"(?P<title>[A-Z“\"].+)$"
)
_THAT_END = re.compile(r"\s\w+\s+that\s*$")
_IS_IN = re.compile(r"^(?:(?:is|was)\s+(?:published\s+|collected\s+)?|appear(?:s|ed)\s+)in\s+(?=[A-Z“\"])")
_SPECIAL_ISSUE = re.compile(
    r"\bspecial\s+issue,\s+(?P<journal>[A-Z][^,()\d]{2,120}?),?\s+\d{1,4}(?:,\s*no\.\s*\d{1,4})?\s*\(", re.IGNORECASE
)
_VOLUME_YEAR_IN = re.compile(r"\s+\d{1,4}(?:,\s*no\.\s*\d{1,4})?\s*\([^()]{0,20}\b(?:1[5-9]|20)\d\d\)\s*[:,]\s*\d")
# a newspaper's city in parentheses after its name: `(Medford, OR)`, `(Portland)`, `(Washington, D.C.)`
_PAPER_PLACE = re.compile(
    r"\s*\((?:[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+)*)(?:,\s*(?:[A-Z]{2}|[A-Z]\.\s?[A-Z]\.|[A-Z][a-z]+\.?))?\)$"
)
# Chicago's podcast episode: `“Title,” January 16, 2021, in WarPod, produced by …, podcast, https://…`
_PODCAST = re.compile(r",\s*podcast\b", re.IGNORECASE)
_IN_SHOW = re.compile(r"(?:^|,)\s*in\s+(?P<show>[^,]{2,120})")
# (` (POLITICO LLC, December 18, 2016)` after the site's name: its publisher, then a day's date)
# (`www.fmprc.gov.cn (Ministry of Foreign Affairs, 2020)`: a year alone; `U.S. Department of Justice Storage
# (Washington D.C.: U.S. Department of Justice, March 2019)`: the publisher's place before it)
_OWNER_THEN_DATE = (
    r"\s\((?P<place>[A-Z][^(),;:]{1,40}:\s*)?(?P<who>[A-Z][^(),;:\d]{1,60}),\s*"
    r"(?=(?P<day>[A-Z][a-z]+\.?\s+\d{1,2},\s*|\d{1,2}\s+[A-Z][a-z]+\.?\s+)?(?:[A-Z][a-z]+\.?\s+)?\d{4}\))"
)
# (the site by its address, as Zotero prints a page's `Website Title`: `www.facebook.com`)
_SITE_ADDRESS = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}")
# an imprint with a comma for the colon: `(New York, Basic Books, 2015)`, `(Washington, DC, U.S. Government
# Publishing Office, 2021)`; the middle part must name a publisher
_PLACE_COMMA_IMPRINT = re.compile(
    r"^(?P<place>[^,:()\d]{2,40}(?:,\s*(?:[A-Z]{2}|[A-Z]\.\s?[A-Z]\.|[A-Z][a-z]{1,4}\.))?),\s*"
    r"(?P<publisher>[^,:()]{2,80}),\s*(?P<year>(?:1[5-9]|20)\d\d)$"
)
# a report's number between its title and imprint: `…, RL30588 (Washington, DC: Congressional Research Service, 2017)`
# `…, RL30588 (Washington, DC: …)`, `…, NWC 1139 (Newport, RI: …)`: a paper's number before the imprint
# a doctrine publication's series and number after its title: `Operations, Field Manual (FM) 3-0`, `Joint Planning,
# Joint Publication (JP) 5-0`, `…, Army Doctrine Publication 3-0`, `…, Army Regulation 600-20`
_DOCTRINE_NUMBER_TAIL = re.compile(
    r",\s*(?:(?:Army|Marine\s+Corps|Air\s+Force|Navy|Naval|Joint|Space\s+Force)\s+)?(?:Field\s+Manual|Joint\s+Publication|"
    r"(?:Doctrine|Doctrinal|Techniques|Tactics)(?:\s+Reference)?\s+Publication|Regulation|Training\s+Circular|"
    r"Pamphlet)(?:\s+\([A-Z]{1,6}\))?\s+\d[\d.-]*(?:\.\d+)*$"
)
# `Headquarters, Department of the Army (HQDA), Operations, …`: the army's headquarters is one author, over a comma
_HEADQUARTERS = re.compile(
    r"^(?P<hq>Headquarters,\s+Department\s+of\s+the\s+(?:Army|Navy|Air\s+Force)(?:\s+\([A-Z]{2,6}\))?),\s+"
)
_QUOTE_OPENS_BOOK_TITLE = re.compile(
    r"\*?:\s+[A-Z][^“”\"()]{2,200}\((?:[A-Z][^()]{1,60}:\s*)?[^()]{2,120},\s*(?:1[5-9]|20)\d\d\)"
)
_QUOTE_INSIDE_BOOK_TITLE = re.compile(r",?\s+(?!in\s)[A-Za-z][^“”\"()]{2,200}\([^()]{2,120}(?:1[5-9]|20)\d\d\)")
_CASE_CITED = re.compile(
    r"[A-Z][^;()“”\"]{0,120}?\sv\.\s[^;()“”\"]{1,160}?,\s+\d{1,4}\s+[A-Z][\w.’' ]{0,24}?\s\d{1,5}\b"
)
_QUOTED_LEAD = re.compile(r"\s*[“\"‘]")
_OFFICE_IN_PARENS = re.compile(r"\s*\([A-Z][^()]*\s[^()]*\s[^()]*\),?\s*$")
_ROLE_AFTER_NAME = re.compile(r",\s+(?:host|co-?hosts?|hosts|producer|narrator|director|interviewer|moderator)\.?$")
_SUB_VERBO = re.compile(r",?\s+s\.\s?vv?\.$")
# `La venta de oficios en Indias (1492–1606) (Madrid: Instituto …, 1972)`: a Chicago book's imprint after years in
# parentheses, not Bluebook's date parenthetical
_YEARS_ALONE = re.compile(r"(?:1\d|20)\d\d(?:\s*[–-]{1,2}\s*(?:(?:1\d|20)\d\d|\d\d))?")  # (`1492–1606`)
_YEARS_THEN_IMPRINT = re.compile(
    rf"\((?:{_YEARS_ALONE.pattern})\)(?:,\s*[^()]{{0,80}})?\s*\([^()]{{2,80}}:\s*[^()]{{2,120}},\s*(?:1[5-9]|20)\d\d\)"
)
_YEAR_SPAN_SEGMENT = re.compile(r"(?:1[5-9]|20)\d\d\s*[–-]{1,2}\s*(?:(?:1[5-9]|20)\d\d|\d\d)")
_SEC_FILING = re.compile(
    r"^(?P<company>[A-Z][^,;“”\"()]{1,80}?(?:,\s+(?:Inc|Corp|LLC|Ltd|Co|plc|N\.V|S\.A|L\.P)\.?)?),\s+"
    r"(?P<form>(?:Annual\s+Report\s+(?:on\s+)?)?\(?Form\s+(?:10-K|10-Q|8-K|S-1|20-F|6-K|40-F|DEF\s+14A|S-4|F-1)\)?"
    r"(?:\s+(?i:for\s+(?:the\s+)?(?:fiscal\s+)?(?:year|quarter|period|FY)\s+ended)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})?)"
    r"(?P<rest>[,.(].*)?$"
)
_FILING_PAGE = re.compile(r",\s*pp?\.\s*(?P<pages>\d[\d–-]*(?:,\s*\d[\d–-]*)*)")
_LAST_UPDATED = re.compile(r"\b(?:last\s+(?:updated|modified|revised|reviewed)|page\s+updated)\b", re.IGNORECASE)
_STANDARD_NUMBER = re.compile(r",\s*(?:Request\s+for\s+Comments\s+\(RFC\)|RFC)\s+\d{1,5}\b")
_SHARED_ACCESS = re.compile(r"\((?:both|all|each)\s+(?:last\s+)?accessed\s+(?:on\s+)?(?P<date>[^()]{6,40})\)", re.I)
_TESTIMONY = re.compile(r"^(?:prepared\s+)?(?:testimony|statement|remarks)\s+(?:before|to)\s+", re.IGNORECASE)
_SHELFMARK = re.compile(
    r"^(?P<title>(?:[A-Z][\w.’'&]*,?\s+){0,6}(?:(?:Add(?:itional)?|Harley|Cotton|Sloane|Lansdowne|Egerton|Royal|Stowe|"
    r"Rawlinson|Ashmole|Tanner)\.?\s+)?MSS?\.?\s+[\w./]*\d[\w./]*(?:\s+[A-Z][\w.]*)?)"
    r"(?:,\s*(?P<pin>(?:fols?|ff?|pp?)\.\s*[\w]+(?:\s*[-–]\s*[\w]+)?))?\.?$"
)
_PRINTED_IN = re.compile(r",\s+in\s+(?P<book>[A-Z][^“”\"]{3,300})$")
_LISTED_EDITOR = r"[A-Z](?:(?!\sand\s)[^,;:()“”\"]){2,40}"  # (a particle in it: `Luis Vazquez de Parga`)
_EDITORS_LISTED = re.compile(
    rf"(?P<names>{_LISTED_EDITOR}(?:,\s{_LISTED_EDITOR}){{0,6}})(?:\s+and\s+(?P<last>{_LISTED_EDITOR}))?,\seds\.,\s"
)
_EDITOR_BEFORE_BOOK = re.compile(r"^[A-Z][^,]{1,80},\s+eds?\.,\s+|^[A-Z][^,]{1,120}\s+eds?\.,?\s+")
_COLLECTION_DETAILS = re.compile(
    r"(?:,\s+(?:\d{1,3}(?:st|nd|rd|th|d)\s+(?:sess|Cong|Leg)\.?|vols?\.\s*\d+|nos?\.\s*\d+|\d+(?:st|nd|rd|th|d)\s+ed\.|"
    r"\d{1,3}))+$"
)
_REPORT_NUMBER_TAIL = re.compile(r",\s*[A-Z]{1,4}(?:-?|\s)(?!(?:1[5-9]|20)\d\d\b)\d{3,}[\w.-]*$")
# a DOI link: the work is a scholarly article, whatever date form the journal's online edition prints
_DOI_LINK = re.compile(r"^https?://(?:dx\.)?doi\.org/10\.", re.IGNORECASE)
_PERSONAL = re.compile(
    r"^(?:(?:telephone|phone|zoom|video|personal|private|e-?mail)\s+"
    r"(?:interviews?|conversations?|correspondence|communications?|exchanges?)|"
    r"conversations?|interviews?|personal communication|e-?mail|correspondence|discussions?|"
    r"author'?s? (?:interviews?|conversations?))\b",
    re.IGNORECASE,
)
_REMARKS = re.compile(r"^(?:remarks|speech|address|lecture|keynote|presentation|paper presented|talk)\b", re.I)
_OFFICIAL = re.compile(
    r"\b(?:Ministry|Ministère|Department of|Government|Presidential|President of|Office of|Embassy|"
    r"(?:Under\s+|Assistant\s+)?Secretary of|"
    r"Parliament|Congress|Senate|Duma|Executive Office|White House|Kremlin|Cabinet|Prime Minister of)\b"
)
# (and a state's statutes, codes and laws compiled: `Revised Statutes of the State of Indiana (1852), 2:245–320`, `The
# Code of Civil Procedure of the State of California (1880)`, `Public Statutes of the State of Minnesota (1859)`)
_OFFICIAL_TITLE = re.compile(
    r"^(?:Joint )?(?:Statement|Declaration|Treaty|Communiqu[eé]|Resolution)\b"
    r"|^(?:The\s+)?(?:(?:Revised|Public|General|Compiled|Consolidated)\s+)?(?:Statutes|Laws|Code(?:\s+of\s+[A-Z]\w+"
    r"(?:\s+[A-Z]\w+)?)?|Acts)\s+of\s+(?:the\s+)?(?:State|Territory|Commonwealth)\s+of\s+[A-Z]"
)
_PDF = re.compile(r"\.pdf(?:$|[?#])", re.IGNORECASE)
# `“Remarks by NATO Secretary General Jens Stoltenberg at the CHEY Institute …,” NATO`, `Remarks by the President on …`,
# `“We Continue to Fight … - Address by the President of Ukraine,” Official website of the President of Ukraine`,
# `Defense Secretary Keynote Speech at the Land Warfare Conference 2019`: a speech's transcript, titled as one
_SPEECH_TITLE = re.compile(
    r"^(?:Remarks|Address|Speech)\s+(?:(?:made|delivered|given)\s+)?(?:by|at|to|before)\s|\bKeynote\s+(?:Speech|Address)\b"
    r"|[-–—]\s+Address\s+by\s+the\s+"
)
# a government's or an institution's report or strategy named by its genre: `“U.S. Department of Defense Cyberspace
# Policy Report,” November 2011`, `“Congressional Research Service Report: Information Operations …”`, `Summary of the
# 2018 National Defense Strategy …`, `Interim National Security Strategic Guidance` (a ministry's `“White Paper,”
# METI, June 1, 2016` stays its own document; a news headline's `…: Report`, `Special Report: …` and a column's
# `“Country Report: Russia”` are no report's: two words at least name the report)
_REPORT_TITLE = re.compile(
    r"(?<!: )(?<!Special )(?:\b[A-Z][\w.’'-]*\s+(?:(?:and|of|on|for)\s+)?){2,}"
    r"(?:Report|Strategic Guidance|Posture Review)(?=:|$)"
    r"|\bNational (?:Defense|Security|Military) Strategy\b"
    # `Second Report of the Commissioners on Practice and Pleading`, `Final Report of the Select Committee …`
    r"|^(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Final|Annual|Interim|Preliminary|Special)\s+)?Report\s+of\s+the\s+[A-Z]"
)
_REPORT_TITLE_WORDS = ("Report", "Strategy", "Guidance", "Posture Review")  # a title with none is not scanned
_WIRE_NAMES = (
    r"Interfax|FBIS|Foreign Broadcast Information Service|BBC Monitoring|Xinhua|ITAR-TASS|TASS|"
    r"Agence France[- ]Presse|AFP|Reuters|Associated Press|Press Trust of India|Kyodo|Yonhap|RIA Novosti|"
    r"Open Source Center|World News Connection|(?:[A-Z][\w’'-]*\s+){1,3}(?:News|Press|Telegraph)\s+Agency"
)
_WIRE = re.compile(rf"\b(?:{_WIRE_NAMES})\b")
# `Xinhua News Agency, “Title,” 1 July 2021`: an agency where an author would stand is the item's wire
_WIRE_AS_AUTHOR = re.compile(rf"^(?:the\s+)?(?:{_WIRE_NAMES})(?:\s+News(?:\s+Agency)?)?$")
_REPORT = re.compile(
    r"\b(?:Working Papers?|Research Papers?|Report|Brief|Perspectives|Occasional Paper|Policy Paper|"
    r"Center|Centre|Institute|Endowment|Foundation|RAND|Council|Secretariat|"
    # schools and colleges that print their staff's studies, a parliament's library, a think tank named otherwise
    r"(?:War|Staff|Defen[cs]e)\s+College|(?:Kennedy|Graduate|Postgraduate)\s+School|Parliamentary\s+Library|"
    r"Policy\s+Exchange)\b"
)
_GOVERNMENT = re.compile(
    r"\b(?:Department|Ministry|Administration|Command|Register|Legislation|Parliamentary Counsel|United Nations|"
    r"Office|Navy|Naval|Congress|GPO|Government Printing Office)\b"
)
# `Land Warfare Paper 123`, `Policy Paper 16 (2016)`: a numbered series after the institution that issues it
_INSTITUTION_SERIES = re.compile(
    r"[A-Z][\w’' ]{0,60}\b(?:Paper|Report|Brief|Series|Study|Monograph)\s+(?:No\.\s*)?\d[\w.-]*"
    r"(?:\s*\((?:1[5-9]|20)\d\d\))?"
)
# a public body standing as author: `U.S. Air Force`, `National Oceanic and Atmospheric Administration (NOAA)`,
# `United Nations General Assembly`, `Department of Energy (DOE), Advanced Research Projects Agency-Energy`
_GOV_BODY = re.compile(
    r"^(?:U\.\s?S\.|United States|US)\s+[A-Z]|\b(?:Department|Ministry|Administration|Agency|Bureau|Commission|"
    r"Air Force|Army|Navy|Marine Corps|Coast Guard|United Nations|General Assembly|Parliament|Congress|Senate)\b"
)
# a body that publishes research papers: `Forum for American Leadership`, `Ronald Reagan Institute`
_THINK_TANK = re.compile(r"\b(?:Institute|Forum|Foundation|Center|Centre|Council|Endowment|RAND)\b")
# a body that issues papers, named alone after a quoted title: `National Institute of Standards and Technology`,
# `Bank for International Settlements`, `Paragon Health Institute Policy Brief` (its blog or commentary is a
# site's; a foundation's items after a title are as often its web articles as its papers)
_ISSUING_BODY = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w&’'.-]*\s+|(?:of|for|and|on|the|&)\s+){0,8}?"
    r"(?:Institute|Institution|Endowment|Bank)\b(?:\s+(?:[A-Z][\w&’'.-]*|of|for|and|on|the|&)){0,6}"
    r"(?:\s+\([A-Z]{2,8}\))?"  # (`Massachusetts Institute of Technology (MIT)`: its acronym after it)
)
_PROSE_BEFORE_BODY = re.compile(r"(?:[.;:]\s+|\b(?:in|see|See|by|from)\s+)(?=[A-Z][A-Za-z.&’' ]{1,80},\s)")
# a document's number after its title: `GAO-22-104662`, `DOE/CF0221`, `Report 25-15`, `M-24-11`, `22-22`,
# `DOE Order 413.3B (Change 7)`, `Manual 435.1-1 Chg 3 (LtdChg)`, `Chg 2(Admin Chg)`
# a law or decree by its number, as Russian and other civil-law states name them: `Federal Law No. 99-FZ`, `Law of
# the Russian Federation on Amendment to the Constitution … of March 14, 2020 No. 1-FKZ`, `Decree No. 683`
LAW_DESIGNATION = re.compile(
    r"(?:Federal\s+)?(?:Constitutional\s+)?(?:Law|Decree|Resolution|Ordinance)\b[^“”\"]{0,200}?\bNo\.\s*"
    r"(?P<number>[\w-]*\d[\w-]*)"
)
_EXECUTIVE_ORDER = r"(?:Exec\.|Executive)\s+Order\.?"  # (`Exec. Order. No.`: the author's slip kept)
# `Jimmy Carter, “National Security Information,” Executive Order 12065, June 28, 1978`, `President Franklin D.
# Roosevelt, "Executive Order 6581 Creating the Export–Import Bank …," February 2, 1934, <url>`: the order cited, by its
# number (an article or a book whose title speaks of one, `“What Executive Order 14110 Means …,” Lawfare`, `“Executive
# Order 12333 and …,” Harvard Law Review 10`, is the periodical's or the press's)
_ORDER_CITED = re.compile(rf"\b{_EXECUTIVE_ORDER}\s+(?:No\.\s*)?\d{{3,5}}\b")
# `Department of Labor, Promoting Regulatory Openness Through Good Guidance, Federal Register, Vol. 85, No. 168, …`:
# what a government prints in its gazette is its own act or notice, however the gazette's issue is numbered
_GAZETTE = re.compile(
    r"(?:The\s+)?(?:Federal\s+Register|Fed\.\s?Reg\.|Official\s+Journal\s+of\s+the\s+European\s+Union)"
)
# `Law No. 1-FKZ, article 12.`: such a law cited again by its number alone, with the article cited now
LAW_NUMBER_SHORT = re.compile(
    # (`Exec. Order No. 14028.`, and the slip `Exec. Order. No. 14028.`: an executive order cited again by its number)
    rf"^(?:Federal\s+)?(?:Constitutional\s+)?(?:Law|Decree|Resolution|Ordinance|{_EXECUTIVE_ORDER})"
    r"\s+No\.\s*(?P<number>[\w-]*\d[\w-]*)"
    r"(?:,\s*(?P<pin>(?:article|art\.|section|sec\.|§|paragraph|para\.|clause|part)\s*\S.*?))?\.?$",
    re.IGNORECASE,
)
# `…,” Pub. No. 0001202003140001.`: the official gazette's publication number, neither container nor page
_PUBLICATION_NUMBER = re.compile(r",?\s*\b(?:Pub\.|Publication)\s+No\.\s*\d[\w-]*(?=[.,;]|\s|$)")
_DOC_DESIGNATION = re.compile(
    r"^(?:[A-Z]{2,8}\s+)?(?:(?:Order|Directive|Manual|Instruction|Memorandum|Report|Notice|Bulletin|Circular|"
    r"Publication|Chg|Change)\s+)?(?:[A-Z]{1,8}[-/]){0,2}[A-Z]{0,3}\d[\w./-]*(?:\s+(?:Chg|Change)\s+\d+)?"
    r"(?:\s*\([^()]{1,30}\))?$"
)
_ISSUED_DESIGNATION = re.compile(r"\b(?:Order|Directive|Manual|Instruction|Memorandum)\b|^M-\d\d-\d")
# GAO's report numbers (`GAO-22-104662`, `GAO-21-119SP`, `GAO-13-868T`, before 2000 with the issuing division:
# `GAO/RCED-99-250`, `GAO/T-GGD-97-83`): a note that is only the number cites the report again; DOC_NUMBER_IN
# finds the numbers a full citation prints
_GAO_NUMBER = r"(?:[A-Z]{2,8}/(?:[A-Z]-)?)?[A-Z]{2,8}-\d{2}-\d{2,6}[A-Z]{0,3}"
DOC_NUMBER_ALONE = re.compile(rf"^(?P<number>{_GAO_NUMBER})$")
DOC_NUMBER_IN = re.compile(rf"\b{_GAO_NUMBER}\b")
# a standard or a technical report by its series and number: `NIST SP 800-53 rev 5`, `NISTIR 8276`, `ISO/SAE 21434`,
# `FIPS 140-3`, `RFC 1122`, `NIST SP1800-31a`
STANDARD = (
    r"(?:NIST\s+SP|NISTIR|ISO(?:/(?:IEC|SAE))?|IEC|FIPS(?:\s+PUB)?|RFC)\s?\d{2,5}(?:-\d{1,4}[a-z]?)?(?:\s+rev\.?\s*\d)?"
)
STANDARD_SERIES = ("NIST", "ISO", "IEC", "FIPS", "RFC")  # (a look for these first: most citations name none)
# after a report's title, its series and number with the volume, then the controls it is cited for: `…,” NIST SP 800-160
# Vol. 1 (November 2016)`, `…,” NIST SP 800-53 rev 5 (September 2020), RA-5, <url>`
_STANDARD_AFTER_TITLE = re.compile(
    rf"(?P<id>{STANDARD}(?:\s+Vol\.\s*\d{{1,2}})?)\b(?:\s*\([^()]{{1,40}}\))?"
    r"(?:,\s*(?P<controls>[A-Z]{2}-\d{1,2}(?:,\s*[A-Z]{2}-\d{1,2})*)\b)?"
)
# opening the citation, then the title: `ISO/SAE 21434:2020 *Road vehicles – Cybersecurity engineering,*`
_STANDARD_THEN_TITLE = re.compile(
    rf"^(?P<id>{STANDARD})(?::(?:19|20)\d\d)?,?\s+(?P<title>[A-Z][^,;()]{{4,200}}?)[,.]?$"
)
# the body a report's number names (`GAO-05-454`, `GAO/RCED-99-250`: GAO)
_NUMBER_BODY = re.compile(r"^(?P<body>[A-Z]{2,8})[-/](?:[A-Z]-)?(?:[A-Z]{2,8}-)?\d{2}-\d{2,6}[A-Z]{0,3}$")
_ACADEMY = re.compile(r"\b(?:University|College|School|Initiative|Academy)\b")
_BOOK_PUBLISHER = re.compile(r"\b(?:Press|Books|Publishers?|Publishing|Verlag|Editions?|Routledge|Palgrave|UP)\b")
_NAME_PARTICLES = frozenset(
    {"van", "von", "zu", "de", "der", "den", "du", "da", "di", "la", "le", "bin", "al", "el", "ibn",
     "do", "dos", "das", "e", "y", "del"}  # Portuguese and Spanish: `Laura de Mello e Souza`
)  # fmt: skip
# `(Ph.D. Dissertation, University of Chicago, 1985)`, Chicago's `(PhD diss., …)`, `(graduate thesis,
# Missouri State University, 2021)`: a thesis, its university, its year
_THESIS = re.compile(
    r"^(?:(?:Ph\.?\s?D\.?|doctoral|M\.?A\.?|M\.?S\.?|M\.?Phil\.?|master[’']?s|B\.?A\.?|bachelor[’']?s|graduate|"
    r"undergraduate|senior|honou?rs)\s+)?(?:dissertation|diss\.|thesis)(?:\s*,\s*|\s+(?-i:(?=[A-Z])))",
    re.I,
)
_NOT_NAME_WORDS = frozenset(
    [
        "the",
        "of",
        "for",
        "and",
        "in",
        "on",
        "at",
        "news",
        "service",
        "times",
        "post",
        "journal",
        "ministry",
        "institute",
        "center",
        "centre",
        "university",
        "press",
        "agency",
        "report",
        "foundation",
        "council",
        "office",
        "government",
        "department",
        "daily",
        "weekly",
    ]
)
_SMALL_WORDS = frozenset(
    ["a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with", "vs", "via"]
)
# US legislation as policy reports print it: `S. 1605, National Defense Authorization Act for
# Fiscal Year 2022, Public Law No. 117-81, 117th Congress, December 27, 2021, Division A, Title X,
# § 1004`: the act's name is the title, the enactment date the date, the pinpoint the pages (an
# appropriations act's name ends in its year: `Consolidated Appropriations Act, 2021, Public Law No. 116-260`; a long
# title keeps its fixed close: `An Act to Amend the Immigration and Nationality Act, and for Other Purposes`)
_US_ACT = re.compile(
    r"(?:^|(?<=\s))(?:(?:H\.\s?R\.|S\.|H\.\s?J\.\s?Res\.|S\.\s?J\.\s?Res\.)\s*\d{1,5},\s*)?"
    r"(?P<name>[A-Z][^,]{2,250}?(?:,\s*(?:1[7-9]|20)\d\d|,\s+and\s+for\s+[Oo]ther\s+[Pp]urposes)?),\s*Public\s+Law\s+(?:No\.\s*)?\d{1,3}[-–]\d{1,4},(?:\s*\d{1,3}(?:st|nd|rd|th)\s+Congress,)?"
    r"\s*(?P<rest>.*)$"
)
# a bill as policy reports print it: `S. 15, Ensuring Accurate and Complete Abortion Data Reporting Act of 2023,
# 118th Congress, introduced January 23, 2023`: the bill's name is the title, the day it was introduced the date
_US_BILL = re.compile(
    r"(?:^|(?<=\s))(?:H\.\s?R\.|S\.|H\.\s?J\.\s?Res\.|S\.\s?J\.\s?Res\.|H\.\s?Res\.|S\.\s?Res\.)\s*\d{1,5},\s*"
    r"(?P<name>[A-Z][^,]{2,250}?(?:,\s*(?:1[7-9]|20)\d\d|,\s+and\s+for\s+[Oo]ther\s+[Pp]urposes)?),\s*\d{1,3}(?:st|nd|rd|th)"
    r"\s+Congress,\s*introduced\s+"
    r"(?P<rest>.*)$"
)
# `updated June 10, 2022`, `conducted November 2021`: a date with its verb, not a container
_DATED_EVENT = re.compile(
    r"^(?:updated|conducted|published|posted|revised|issued|released|last\s+(?:modified|updated|revised|reviewed)|filed|"
    r"signed|enacted|adopted|"
    r"approved|introduced|effective|decided|dated|submitted|received)\s+\S",
    re.I,
)
# `U.S. Constitution, Preamble`, `U.S. Constitution, Article II, § 2`: cited whole, like a code section
_CONSTITUTION = re.compile(
    r"^(?:U\.\s?S\.|United States)\s+Constitution\b"
    # Bluebook 11: `U.S. CONST. amend. I`, `U.S. CONST. art. I, § 8, cl. 3`, `CAL. CONST. art. I, § 1`
    r"|^(?:[A-Z][A-Za-z]*\.\s?){1,3}\s*CONST\.,?\s+(?:amend|art|pmbl)\.",  # (`U.S. Const., art. VI`: a comma)
    re.IGNORECASE,
)
# an explanatory parenthetical after a cited provision: `U.S. CONST. art. II § 1(7) (“The President …”)`
_EXPLANATION = re.compile(r"\s*\((?:[“\"‘]|[a-z]+ing\b)[^()]*(?:\([^()]*\)[^()]*)*\)\s*\.?$")
# `UNCLOS Article 77(1).`, `UNCLOS Articles 136 and 140.`: a treaty's article, cited whole like a code section
_TREATY_ARTICLE = re.compile(
    r"^[A-Z][A-Z0-9]{2,}\s+Articles?\s+\d+(?:\(\w+\))*(?:(?:,\s*(?:and\s+)?|\s+and\s+)\d+(?:\(\w+\))*)*\.?$"
)
# `S.B. 5145, 67th Leg., Reg. Sess. (Wash. 2021)`: a state bill, Bluebook's form, cited whole with its year
_STATE_BILL = re.compile(
    r"^(?P<bill>[SAH]\.\s?[BF]\.\s?\d+,[^()]*\bLeg\.[^()]*?)\.?\s*\((?:[A-Z][\w.]*\s+){1,3}(?P<year>\d{4})\)\.?$"
)
# `Senate roll call vote 87 (119th Congress, 2nd Session), https://www.senate.gov/…`: a chamber's record of a vote
_ROLL_CALL = re.compile(
    r"^(?P<vote>(?:Senate|House)\s+[Rr]oll\s+[Cc]all\s+(?:[Vv]ote\s+)?(?:[Nn]o\.\s*)?\d{1,4})"
    r"(?:\s+\((?:\d{1,3}(?:st|nd|rd|th)\s+Congress(?:,\s+\d(?:st|nd|rd|th)\s+Session)?)\))?\.?$"
)
# `…, p. 156 (hereinafter IEA, Role of Critical Minerals).`: the short name it gives is not a field
# (`(hereinafter United States v. Ticketmaster (2010) complaint)`: one level of parentheses inside)
# `pp. 603–606 (quote from p. 605)`, `pp. 33–61 (quote on p. 47)`: where the quotation in the text is, not the pages
_QUOTE_PIN = re.compile(r"\s*\((?:quotes?|quoted|quotation|citation)\s+(?:is\s+)?(?:on|from|at)\s+pp?\.[^()]{1,40}\)")
_HEREINAFTER_NAME = re.compile(
    # (`…, S.Rept. 119-44, pp. 52-53. Hereinafter U.S. Congress, Departments of …, S.Rept. 119-44.`: a sentence of its
    # own, after the citation it names, in CRS's notes)
    # (`Interview with Omri Negev (Dec. 24, 2008) [hereinafter Negev, Interview]`: Bluebook's brackets, 4.2(b))
    r"\s*\(here(?:in)?after\s[^()]*(?:\([^()]*\)[^()]*)*\)|\s*\[here(?:in)?after\s[^\[\]]*\](?!\s*\()"
    r"|(?<=\.)\s+Here(?:in)?after\s.*$",
    re.IGNORECASE,
)
# `U.S. Department of Defense, Directive No. 3025.18, “Title,”`: the document's designation is not an author
_DESIGNATION = re.compile(
    r",\s*(?:Directive|Instruction|Executive\s+Order|Memorandum|Proclamation|Order|Manual)\b[^,]{0,30}\d[^,]*$"
)
_DESIGNATION_ALONE = re.compile(
    r"^(?:Executive\s+Order|E\.\s?O\.|Proclamation|Presidential\s+(?:Memorandum|Determination))\s+(?:No\.\s*)?"
    r"\d[\w.-]*(?:\s+of\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})?$"
)
_TABLE_PIN = re.compile(
    r",\s+(?P<pin>(?:Table|Figure|Chart|Exhibit)\s+[A-Z]?\d[\w.-]*(?:\s+\((?![^()]*\b(?:1[5-9]|20)\d\d\))[^()]{2,160}\))?(?:,\s+(?:[Ll]ines?|[Rr]ows?|[Cc]olumns?)"
    r"\s+\d[\d–-]*)?)\)?$"  # (`…, line 39).`: a parenthesis nothing opened)
)
_CODE_TITLE = re.compile(r"(?:Title\s+)?\d{1,2},?\s+(?:U\.\s?S\.\s?C\.?|U\.S\.\s+Code|United\s+States\s+Code),?")
_CODE_SECTION = re.compile(r"^\d+\s+(?:U\.\s?S\.\s?C\.|C\.\s?F\.\s?R\.|U\.S\.\s+Code)\s*(?:§|Part\b|pt\.)")
# (`8 U.S. Code § 1324 (Bringing in and harboring certain aliens)`: the section's heading, as the Code's site prints it)
_EXPLAINED = re.compile(r"\s+\((?:[A-Z]{2,}[A-Za-z/]*|[\"“][^()]*|[A-Z][a-z]+(?:\s+[\w’',-]+){1,12})\)\.?$")
# `DOD Instruction 1332.14, Enlisted Administrative Separations`: an issuance's designation, then its title
_ISSUANCE = re.compile(
    r"^(?:(?:DOD|DoD|Army|Navy|Air Force|Department of Defense)\s+)?(?:Instruction|Directive|Manual|Regulation|"
    r"Directive-type Memorandum|Field Manual|Joint Publication|Publication)\s+[\w.-]*\d[\w.-]*$"
)
# `Memorandum from the Under Secretary of Defense to Secretaries of the military departments, “Title,”`
# `Memorandum from Brooke L. Rollins, Secretary of Agriculture, “Title,”`, `Testimony by Chad Shirley, Congressional
# Budget Office, “Title,”`: the sender or witness is the author, the kind of paper no part of the name
_FROM_TO = re.compile(
    r"^(?:(?:Memorandum|Memo|Letter|E-?mail)\s+from|(?:Written\s+|Prepared\s+)?(?:Testimony|Statement)\s+(?:by|of))\s+"
    r"(?:the\s+)?(?P<who>.+?)(?:\s+to\s+\S.*)?$",
    re.I,
)
# Chicago's correspondence: `Mao Zedong to Henry A Kissinger, memorandum, “Title,”`, `Kennan to Acheson,
# telegram, “…”`: the sender is the author
_SENDER_TO = re.compile(
    r"^(?P<who>[A-Z][^,;“”]{1,80}?)\s+to\s+[A-Z][^,;“”]{1,80},\s*"
    r"(?:memorandum|memo|letter|telegram|cable|e-?mail|note|dispatch)$"
)
# `38 C.F.R. Part 3, 89 Federal Register 32361`: the Register is the container, its page the pinpoint
# (or the rule's page range, `81 Federal Register 6212-6215`)
_REGISTER = re.compile(r"(?:^|\s)(?:Federal\s+Register|Fed\.\s?Reg\.)(?:\s+(?P<page>\d+(?:[-–]\d+)?))?$")
_PUBLIC_LAW = re.compile(
    r"^(?:P\.\s?L\.|Pub\.\s?L\.(?:\s?No\.)?|Public\s+Law(?:\s+No\.)?)\s*\d{1,3}-\d{1,4}(?:,\s*§§?\s*[\w().–-]+)?\.?$"
)
# a body (two capitals in a row among its words, as initials have), then the genre of what it issued: `FinCEN Advisory`,
# `USSS Press Release`,
# `FBI IC3 Public Service Announcements`, `DHS CISA and U.K. NCSC Joint Alert (AA20-099A)`; and an advisory's number
_GENRE_AFTER_BODY = re.compile(
    r"(?P<who>(?=.*?[A-Z]{2})[A-Z].{1,200}?)\s+(?P<genre>Press\s+Release|Report|(?:Joint\s+)?Advisory|"
    r"(?:Joint\s+)?Alert|Public\s+Service\s+Announcements?|Notification)(?:\s*\([A-Z0-9-]{4,20}\))?"
)
_GENRE_ENDINGS = ("Release", "Report", "Advisory", "Alert", "Announcement", "Announcements", "Notification", ")")
_ADVISORY_NUMBER = re.compile(r"[A-Z]{2,6}-\d{4}-[A-Z]?\d{1,4}")
# a body's initials, a full stop, then a title (with the year it ends on, when no full stop came before it)
_ACRONYM_STOP_TITLE = re.compile(
    r"(?P<who>[A-Z]{2,8}|(?:The\s+)?(?:[A-Z][\w&’'-]*\s+){0,6}(?:Government|White House|Agency|Department|Ministry"
    r"|Office|Commission))\.\s+(?P<title>[A-Z0-9][^.]{3,200}?)(?:\s+(?:19|20)\d\d)?"
)  # (or a public body's name: `HM Government. National Cyber Security Strategy 2016-2022.`)
# the genre a note names: `press release`, `Testimony of … before …`; a body's page of its officials' speeches
_PRESS_RELEASE = re.compile(r"\b[Pp]ress\s+[Rr]elease\b")
_TESTIMONY_IN = re.compile(r"\b[Tt]estimony\s+(?:of|before|to|at)\b")
_SPEECH_URL = re.compile(r"^https?://[^/]+/(?:[^?#]*/)?speech(?:es)?[/-]", re.IGNORECASE)
# the Congressional Research Service, however a note spells it (`CONG. RSCH. SERV.`, Bluebook's abbreviation), and
# the number of one of its products: `R45302`, `RL31852`, `IF11265`
_CRS_NAMED = re.compile(r"\b(?:cong\.|congressional)\s+r(?:sch\.|esearch)\s+serv(?:\.|ice)", re.IGNORECASE)
_CRS_NUMBER = r"(?:R|RL|RS|IF|IN|LSB)\d{4,5}"
_CRS_BEFORE_TITLE = re.compile(rf"^(?P<body>{_CRS_NAMED.pattern}),\s+(?:{_CRS_NUMBER},\s+)?(?P<title>.+)$", re.I)
_CRS_AFTER_TITLE = re.compile(rf"^(?P<title>.+),\s+(?P<body>{_CRS_NAMED.pattern})$", re.IGNORECASE)
# the name in small capitals a comma cut from its company suffix: `…, GARTNER, INC.`
_CAPITALS_TAIL = re.compile(r",\s+(?P<name>[A-Z][A-Z0-9.&’' -]{1,60})$")
# where an unpublished work is to be had, and the parentheticals after it: `(unpublished manuscript) (on file with …)`
_ON_FILE = re.compile(r"\s*\([^()]*\b(?:manuscript|on\s+file\s+with)\b[^()]*\)(?:\s*\([^()]*\))*$", re.IGNORECASE)
# a press release on the issuing body's site (not a newswire's or a news site's copy: `prnewswire.com/news-releases/`)
_NEWSWIRE = re.compile(r"^https?://[^/]*(?:newswire|businesswire|marketwatch|accesswire|presswire)\.", re.IGNORECASE)


def _url_folder(names: str) -> re.Pattern[str]:
    """An address filed under a folder of one of these names: `https://…/usao-sdny/pr/…`, `https://…/reports/…`."""
    return re.compile(rf"^[a-z]+://[^/]+/(?:[^/?#]+/)*(?:{names})/", re.IGNORECASE)


_PRESS_PATH = _url_folder("pr|press|pressroom|press-room|newsroom")
_BLOG_PATH = _url_folder("blogs?")
_RELEASE_URL = re.compile(
    r"^https?://[^/]+/(?:[^?#]*/)?"
    r"(?:press|news)[-_]releases?(?:/|-details)",
    re.IGNORECASE,
)
# `S.Rept. 119-44.`, `H.Rept. 119-272.`, `S. 3755.`, `H.R. 5248.`, `S.Hrg. 118-31.`: a bill or a congressional
# report or hearing cited by its designation alone, as CRS prints them
# (`Public Law 86–517`: printed with a dash)
_PUBLIC_LAW_NUMBER = r"(?:P\.\s?L\.|Pub\.\s?L\.(?:\s?No\.)?|Public\s+Law,?(?:\s+No\.)?)\s*\d{1,3}[-–]\d{1,4}"
_NAMED_ACT = re.compile(
    # (a sentence may lead into it: `As examples, in the Consolidated Appropriations Act, 2018 (P.L. 115-141, …)`)
    # (a bill's number may come first: `S. 510, Department of Education Organization Act, Public Law 96-88`)
    r"^(?:[^()]{0,120}?\b(?:in|under|see|by|of|and)\s+the\s+|[Tt]he\s+)?(?:(?:H\.\s?R\.|S\.)\s*\d{1,5},\s*)?"
    r"(?P<name>[A-Z][\w’'\-–]*(?:\s+(?:[A-Z][\w’'\-–]*|\([A-Z]{2,10}\)|of|and|for|the|to|on|in|from|with|\d{4}))*\s+Act"
    r"(?:\s+of\s+(?:1[7-9]|20)\d\d|,\s+(?:1[7-9]|20)\d\d)?(?:\s+\([A-Z][A-Za-z\-]{1,12}\))?"
    r"(?:\s+for\s+(?:Fiscal\s+Years?\s+|FY\s?)(?:1[7-9]|20)\d\d)?)"
    rf"(?:\s+\({_PUBLIC_LAW_NUMBER}(?:,\s*(?P<pin>[^()]+))?\)|,\s+{_PUBLIC_LAW_NUMBER}(?:,\s*(?P<pin2>.+?))?)\.?$"
)
_ACT_BY_NAME = re.compile(
    # (a name may hold commas, an acronym and a dash: `Coronavirus Aid, Relief, and Economic Security (CARES) Act`,
    # `Davis–Bacon Act of 1931`; the bill's number may follow it: `…, S.3548, 116th Congress, 2nd Sess.`)
    r"(?:(?:H\.\s?R\.|S\.)\s*\d{1,5},\s*)?(?P<name>[A-Z][\w’'\-–]*(?:,?\s+(?:[A-Z][\w’'\-–]*|\([A-Z]{2,10}\)|of|and|for|the|to|on"
    r"|in|from|with))*\s+Act(?:\s+of\s+(?:1[7-9]|20)\d\d|,\s+(?:1[7-9]|20)\d\d)?(?:\s+for\s+Fiscal\s+Years?\s+(?:1[7-9]|20)\d\d)?)"
    r"(?:,\s+(?:H\.\s?R\.|S\.)\s?\d{1,5})?"
    r"(?:,\s+\d{1,3}(?:st|nd|rd|th)\s+Congress(?:,\s+\d(?:st|nd|rd|th)\s+[Ss]ess(?:ion|\.)?)?)?"
    r"(?:,\s+(?P<pin>§§?\s*[\w().–-]+(?:(?:,\s*|\s+and\s+)[\w().–-]+)*))?"  # (`…, § 3022`: the section cited)
)
_CONGRESS_NUMBER = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\s+Congress\b")
_STATUTES_AT_LARGE = re.compile(r"\b\d{1,3}\s+Stat\.\s+\d")
_SERIAL_SET_DOC = re.compile(
    r"^(?P<title>[A-Z*_][^;]{5,400}?),?\s+\d{1,3}(?:st|nd|rd|th|d)\s+Cong\.,?\s+\d(?:st|nd|rd|th|d)\.?\s+[Ss]ess\.,\s+"
    # (the Serial Set's own abbreviations too: `HED 9`, `SED 113`, `HD 176`, `(Ser. 1416)`)
    r"(?:[HS]\.\s?(?:Ex\.\s?|Misc?\.\s?)?(?:Doc|Rept?|Rpt)\.\s+(?:No\.\s+)?\d{1,5}|(?:HED|SED|HMD|SMD|HD|SD|HRD|SRD)\s+\d{1,5})"
    r"(?:,\s+(?:Part|[Pp]t\.)\s+\d+)?(?:,?\s*\((?:[Ss]erial|Ser\.)\s+\d+\))?(?:,\s+(?:pp?\.\s*)?(?P<pages>\d[\d–-]*(?:ff)?(?:,\s*\d[\d–-]*(?:ff)?)*))?\.?$"
)
# `34 Stat. 697, June 30, 1906, 59th Cong., 1st Sess., Ch. 3914, p. 762`, `36 Stat. 703, Public Law, 61–266 , Ch. 384,
# 61st Cong., 2nd Sess., p. 768`: an act by its place in the Statutes at Large, its day, law and chapter numbers,
# Congress and session, and the page cited
_STATUTE_PAGE = re.compile(
    r"^(?P<title>\d{1,3}\s+Stat\.\s+\d{1,5})(?:,\s+(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}))?"
    r"(?:,\s+Public\s+Law,?\s+\d{1,3}\s*[–-]\s*\d{1,4}\s*)?(?:,\s+Ch\.\s+\d+)?"
    r"(?:,\s+\d{1,3}(?:st|nd|rd|th|d)\s+Cong\.,\s+\d(?:st|nd|rd|th|d)\s+Sess\.)?(?:,\s+Ch\.\s+\d+)?"
    r",\s+(?:pp?\.\s*)?(?P<pages>\d[\d–-]*)\.?$"
)
# `Hearings, Sundry Civil Appropriation Bill for 1908, 59th Cong., 2nd Sess., House, Committee on Appropriations,
# January 05, 1907, pp. 839–845`: a hearing by its title, Congress, chamber, committee, day and pages
_HEARINGS_FIRST = re.compile(
    r"^Hearings?,\s+(?P<title>[^,]{3,200}(?:,\s+\d{4})?),\s+\d{1,3}(?:st|nd|rd|th|d)\s+Cong\.,\s+\d(?:st|nd|rd|th|d)\s+Sess\.,"
    r"\s+(?:House|Senate),\s+(?:[^,]{3,120}),\s+(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})"
    r"(?:,\s+pp?\.\s*(?P<pages>\d[\d–-]*(?:,\s*\d[\d–-]*)*))?"
)
_CONGRESS_DOC = re.compile(
    r"^(?:[HS]\.\s?(?:Rept|Rpt|Doc|Hrg|Res|Con\.\s?Res|J\.\s?Res)\.|H\.\s?R\.|S\.)\s?\d{1,4}(?:-\d{1,5})?\.?$"
)
# `“Title,” press release, August 28, 2025`: the genre, not a container
# (a lone lower-case word is more often a brand, `kpler`, `technode`: only a genre word by itself)
_COMMITTEE_PRINT = re.compile(
    r"^(?:Staff\s+Study|Staff\s+Report|Committee\s+Print|Report),\s+(?P<title>[^,]{3,300}),\s+"
    r"(?P<who>(?:(?:Permanent\s+)?(?:Select\s+|Special\s+|Joint\s+)?(?:Sub)?[Cc]ommittee)\b[^,]{3,120}"
    r"(?:,\s+(?:U\.S\.\s+)?(?:House\s+of\s+Representatives|Senate))?),\s+\d{1,3}(?:st|nd|rd|th)\s+Congress,\s+"
    r"(?P<date>[^,]{4,30}?(?:,\s+\d{4})?)(?:,\s+pp?\.\s*(?P<pages>\d[\d–-]*))?$"
)
_HEARING = re.compile(
    # (a committee's name may list its fields, `Senate Committee on Banking, Housing, and Urban Affairs`, but the
    # Committee on Appropriations lists none: in `House Committee on Appropriations, Commerce, Justice, Science, and
    # Related Agencies Appropriations Bill, 2026` the list is the bill's; a description may follow the word hearing,
    # `hearing on the Oversight on the Monetary Policy Report …`; after the first of several reports, the committee
    # may be named by its chamber alone, `…; and Senate Committee on Appropriations, …`)
    # (a committee's report on a bill, `…, report to accompany H.R. 5304, 119th Cong., 1st sess., H.Rept. 119-271,
    # September 11, 2025, p. 91`, is read the same way, its title the bill's; `report` may be left out: `…, 2023, to
    # accompany H.R. 8256, 117th Cong., …`)
    # (`U.S. Congress, Committee on House Administration, Federal Election Reform, 107th Cong., 1st sess., May 10, 2001
    # (GPO, 2003)`: a hearing by its title alone, the committee named without its chamber first; its S.Hrg. or H.Rept.
    # number and imprint after the day, then the page)
    r"^(?P<who>(?:U\.S\.\s+Congress,\s+)?(?:(?:House|Senate|Joint)\s+|(?=Committee\s+on\s+House\b))"
    r"(?:[^,]{0,40}?Committee\s+on\s+(?!Appropriations\b)[^,]{3,60}?(?:,\s+[A-Z][\w’' ]{2,40}?)+,\s+and\s+[^,]{3,60}?"
    r"|[^,]{3,120}?)"
    r"(?:,\s+Subcommittee\s[^,]{3,120})?),\s+"
    r"(?P<title>.{3,400}?),\s+(?:(?:hearings?(?:\s+on\s+[^,]{3,300}?)?|(?:report\s+)?to\s+accompany\s+[A-Z][\w.]*\s*\d+),\s+)?"
    r"\d{1,3}(?:st|nd|rd|th)\s+Cong\.,\s+\d(?:st|nd|rd|th)\s+sess\.,\s+(?:[HS]\.\s?Rept\.\s+\d+-\d+,\s+)?"
    r"(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})(?:,\s+pp?\.\s*(?P<pages>\d[\d–-]*))?"
    r"(?:,\s+[HS]\.\s?(?:Rept|Hrg)\.\s+\d+-\d+)?(?:,\s+(?!pp?\.\s*\d)[^()]*?)?"
    r"(?:\s+\((?P<imprint>[^()]*)\))?(?:,\s+pp?\.\s*(?P<after>\d[\d–-]*))?$"
)
# (one name or several: `… is Gerard J. Holzmann and Björn Pehrson, The Early History …`)
_PROSE_NAME = r"[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){1,3}"
_PROSE_THEN_NAME = re.compile(
    rf"\b(?:is|are|was|were|see|by|in|include|includes|including|such\s+as|especially)\s+(?P<who>{_PROSE_NAME}(?:(?:,\s+|,?\s+and\s+){_PROSE_NAME}){{0,5}})$"
)
# `Werner Kuhn lays out basic principles of geospatial semantics in "Geospatial Semantics: …"`, `Howard Gaskill has
# edited the most comprehensive study of the poetry's reception in The Reception of Ossian in Europe (…)`: a sentence
# of comment whose subject is the author names the work after `in`
# `… edited collections such as Dana Arnold, ed., The Metropolis …`, `Key studies include books such as Peter Brooker,
# Bohemia in London (…)`: a list of works a comment introduces, however short the comment
_LIST_LEAD = re.compile(r"\b(?:such\s+as|includes?|including|especially)\s+[A-Z]")
_NAME_OPENS_COMMENT = re.compile(
    rf"^(?P<who>{_PROSE_NAME})\s+(?:(?:has|have|had)\s+)?[a-z]+(?:s|ed)\b[^.;:()]*?\s+in(?:\s+(?P<title>[A-Z][^;()]*))?$"
)
# `The distributional hypothesis was first advanced by Zellig Harris in "Distributional Structure," Word 10 …`
_NAME_BY_IN = re.compile(rf"\bby\s+(?P<who>{_PROSE_NAME})\s+in$")
_PROSE_NAME_IN_TITLE = re.compile(
    rf"\b(?:by|of)\s+(?P<who>{_PROSE_NAME})\s+in\s+(?P<title>[A-Z][^,;:()]*(?::[^;()]*)?)$"
)
_PROSE_NAME_END = re.compile(rf"\b(?:from|by|of|to|see|in)\s+(?P<who>{_PROSE_NAME})$")
_WHO_IN_TITLE = re.compile(r"^who\s+[a-z][^,;:()]{0,80}?\s+in\s+(?P<title>[A-Z][^,;()]*(?::[^;()]*)?)$")
# the item a database was asked for, after the page that serves it: `commodity 020714`, `commodities 151529 and
# 151521` (never a part of the work cited, which is a pinpoint: `table 3`, `chapter 2`)
_QUERY_DETAIL = re.compile(
    r"(?!(?:chapters?|tables?|figures?|sections?|parts?|pages?|paragraphs?|appendix|annex|notes?|lines?|volumes?)\s)"
    r"[a-z]{4,}(?:\s+[a-z]{4,})?\s+\d[\w.]*(?:,?\s+(?:and\s+)?\d[\w.]*)*"
)
# a periodical by its name: `Small Wars Journal`, `CYBERSECURITY L. REP.`, `FED. DEPOSIT INS. CORP. CONSUMER NEWS`
_PERIODICAL_NAME = re.compile(
    r"\b(?:[Jj]ournal|JOURNAL|[Rr]eview|REVIEW|[Nn]ews|NEWS|[Tt]imes|TIMES|[Mm]agazine|MAGAZINE|[Qq]uarterly)\b"
    r"|\b(?:J|REV|Rev|REP|Rep|Q)\.(?:\s|$)"
)
_BARE_IMPRINT = re.compile(
    r",\s+(?P<place>[A-Z][A-Za-z .]{2,40}):\s+"
    r"(?P<publisher>[^,:()]*(?:Press|Publishers?|Books|Verlag|Routledge)[^,:()]*),\s+(?P<year>(?:1[5-9]|20)\d\d)$"
)
_FILING = re.compile(
    r"^(?P<title>[^,“”\"]{3,60},\s+[^“”\"]{3,300}?\sv\.\s[^“”\"]{3,300}?),\s+(?:no\.|No\.|case|Case)\s+[\w:.\-]+,\s+"
    r"(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})(?:,\s+(?:pp?\.\s*)?(?P<pages>\d[\d\s,–-]*))?$"
)
_GENRE_WORDS = re.compile(
    r"^[a-z]{3,}(?:\s+[a-z]{2,}){1,3}$|^(?:hearing|testimony|transcript|docket|speech|address|lecture|remarks|keynote)$"
)
_OFFICIAL_GENRE = re.compile(r"\b(?:releases?|statements?|proceedings|dockets?|hearings?|orders?|notices?)$")
_RELEASE_WORDS = r"(?i:press|news|media)\s+(?i:release)"  # (also what kind of item a container names, below)
_RELEASE = re.compile(rf"^{_RELEASE_WORDS}$|^(?:joint\s+)?statement$|^fact\s+sheet$", re.I)
_PINPOINT = re.compile(r"^(?:(?:Division|Title|Subtitle|Part|Chapter)\s+[\w.]+|§§?\s*[\w().–-]+)(?:,\s*.+)?$")
# CRS reports cite each other so: `CRS Report R45281, Title, coordinated by Michael Ratner.`
_CRS_PRODUCT = re.compile(
    # (`For more information on the cloture process, see CRS Report 98-425, …`: a clause of comment, then `see`)
    r"^(?:[^“”\"()]{0,200}?\b[Ss]ee\s+(?:also\s+)?)?"
    r"(?P<series>CRS\s+(?:Report|In\s+Focus|Insight|Infographic|Legal\s+Sidebar))\s+(?P<number>[A-Z]{0,4}\d[\w.-]*),\s*"
    r"(?P<title>.+?),\s*(?:coordinated\s+)?by\s+(?P<who>[^,;()]+(?:,\s*[^,;()]+){0,5}?)"
    # (`…, by Ashley J. Lawson, 2023.`, `…, by Paul Tierno, updated March 3, 2023.`: the date after the names; in
    # Bluebook form, `…, coordinated by Kevin J. Hickey, at 1 (2023)`: a page, then the year in parentheses, or
    # `…, by Valerie C. Brannon (2023), at 27–39`; `…, by William J. Mallett, p. 12.`, `…, figure 6`: the pinpoint)
    rf"(?:,\s*(?:at\s+|pp?\.\s*)(?P<at>{_PAGE})|,\s*(?P<part>(?:figure|table|fig\.)\s+\d+))?"
    r"(?:,\s*(?P<when>(?:updated\s+)?(?:[A-Z][a-z]+\.?\s+(?:\d{1,2},\s+)?)?(?:19|20)\d\d)"
    r"|\s*\((?P<year>(?:updated\s+)?(?:[A-Z][a-z]+\.?\s+(?:\d{1,2},\s+)?)?(?:19|20)\d\d)\))?"
    rf"(?:,\s*at\s+(?P<at_after>{_PAGE}))?\.?$"
)
# `Heritage Foundation Issue Brief No. 5283`, `Congressional Research Service Report for Members …
# No. RL31675`: a report series and its number, which is the report's publisher line
_SERIES_NUMBER = re.compile(r"\b(?:No\.|Number)\s*[A-Z]{0,4}\d[\w.-]*$")
_SERIES_HEAD = re.compile(
    r"^[^,“”()]*\b(?:Brief|Report|Paper|Series|Backgrounder|Memorandum|Study|Commentary)\b[^,“”()]*?"
    r"(?:,\s*(?:Issue\s+)?)?\s*No\.\s*[A-Z]{0,4}\d"
)
# `The Defense Intelligence Agency (DIA)`, `the National Security Agency (NSA)`: a body named with its
# acronym in a list of comment, with no date or address, is not a source
_NAMED_BODY = re.compile(
    r"^(?:[Tt]he\s+)?[A-Z][^,;()]{2,120}\([A-Z]{2,8}\)(?:\s+and\s+(?:the\s+)?[^,;()]{2,120}\([A-Z]{2,8}\))?$"
)
_GENRE_END = re.compile(r"\b(?:Report|Paper|Brief)$")
_BARE_REPORT_NUMBER = re.compile(r"[A-Z]{0,4}-?\d[\d-]{2,}\d[A-Z]?")
_CRS_SERIES = re.compile(r"^Congressional Research Service\b.*\bReport\b")
_UN_SYMBOL = re.compile(r"^[A-Z]{1,6}(?:/[\w.]+){2,5}$")
_ISSUE_NUMBER = re.compile(r"^(?:Issue|Report|Paper)\s+No\.\s*[A-Z]{0,4}\d[\w.-]*$")
# An organisation standing as author: `U.S. Department of Defense`, `U.S. Government Accountability
# Office`, `Center for Strategic and International Studies, Missile Defense Project`
_ORG = re.compile(
    r"\b(?:Department|Office|Agency|Administration|Bureau|Commission|Committee|Council|Institute|Foundation|"
    r"Center|Centre|Corporation|Service|Navy|Army|Air Force|Marine Corps|Coast Guard|Ministry|Government|"
    r"Project|Program|Forum|Association|Organization|Organisation|Conference|University|Board|Authority)\b"
)
_ACRONYM = re.compile(r"[A-Z]{2,8}")
_OFFICE_WORD = re.compile(
    r"\b(?:Member|Chair(?:man|woman)?|Ranking|Secretary|Director|Administrator|Assistant|Deputy|Under|President|"
    r"Senator|Representative|Commissioner|Counsel|General|Ambassador|Governor)\b"
)
_SENDER_OFFICE = re.compile(
    r"^(?:Senators?|Sen\.|Representatives?|Rep\.|Congress(?:wo)?man|Chairman|Chairwoman|Governor|Gov\.)\s+(?=[A-Z])"
)
_UNTITLED_LETTER = re.compile(
    r"^(?:For\s+example,\s+)?(?:Letter|Memorandum|Memo)\s+from\s+(?P<senders>[A-Z][^;“”\"]{2,400}?),?\s+to\s+"
    r"(?=[A-Z])(?P<rest>.*)$"
)
# a joining word or `codified at` before a code section's number, not part of the section's name
_CODE_LEAD = re.compile(r"(?:and|or|[Cc]odified\s+at)\s+(?=\d{1,2}\s+(?:U\.\s?S\.\s?C|C\.\s?F\.\s?R|U\.S\.\s+Code)\b)")
_DOCUMENT_WORD = re.compile(r"Reports?|Guide|Review|Strategy|Plan|Summary|Study|Assessment|Handbook|Manual")
_PERIODICAL = re.compile(r"\b(?:Journal|Review|Quarterly|Proceedings|Bulletin|Magazine|Times|Post|News|Gazette|Blog)\b")
# a report number printed after its title: `GAO-21-295`, `CRS-7`
_DOC_NUMBER = re.compile(r"^[A-Z]{2,8}-\d[\w-]*$")
# ranks and offices around a person's name: `General David H. Berger, Commandant of the Marine Corps`,
# `James Mattis, Secretary of Defense`, `President Ronald Reagan`
_HONORIFIC = re.compile(
    r"^(?:President|Vice President|General|Gen\.|Admiral|Adm\.|Senator|Sen\.|Representative|Rep\.|Secretary|"
    r"Ambassador|Colonel|Col\.|(?:Lieutenant|Major|Brigadier)\s+General|Lt\.\s*Gen\.|Maj\.\s*Gen\.|"
    r"Dr\.|Professor|Prof\.)\s+(?=[A-Z])"
)
_OFFICE = re.compile(
    r"^(?:(?:former|then|acting)\s+)?(?:Commandant|Secretary|Director|Chairman|Chairwoman|Chair|Chief|"
    r"Administrator|Ambassador|Commander|President|Vice President|Executive Director|Deputy|Under Secretary|"
    r"Assistant Secretary|Minister|Senator|Representative|General Counsel|Professor)\b",
    re.IGNORECASE,
)
# an editor's mark whose full stop was lost, between the name and the title: `Lao Tie, ed, Zhong hua …`
_EDITOR_MARK_UNSTOPPED = re.compile(r"(?<=[a-z]), (eds?),(?= [A-Z*_“\"])")
# a body's numbered series of papers: `Tax Foundation Fiscal Fact`, `… Working Paper No. 03/29`, `Issue Brief`
_PAPERS = r"(?:Working|Discussion|Policy|Research|Staff|Occasional)\s+Papers?"
_PAPER_SERIES = re.compile(
    rf"\b(?:{_PAPERS}|White\s+Papers?)\b(?:\s+(?:No\.|Series))?|\bFiscal\s+Fact\b|"
    r"\bIssue\s+Brief\b|\bBackgrounder\b|\bSpecial\s+Report\b|\bPolicy\s+Brief\b"
)
# `…, American Enterprise Institute, Working Paper no. 137`, `…, C.D. Howe Institute, No. 254`: after the body's name
_SERIES_AFTER_BODY = (
    rf",\s+(?:{_PAPERS}(?:\s+(?:[Nn]o\.|Number|#))?\s*[A-Z]{{0,4}}[\w./-]*\d[\w./-]*|No\.\s*\d[\w./-]*)(?=,|\.?$)"
)
# `n.p.` (no place, no publisher), `n.d.` (no date), `s.n.` (sine nomine): an imprint's word for what is unknown
_NO_IMPRINT = re.compile(r"(?:n\.\s?[pd]|s\.\s?[ln])\.?", re.IGNORECASE)
_BIBLE_VERSE = re.compile(
    r"(?P<book>(?:[123]\s)?(?:Genesis|Exodus|Leviticus|Numbers|Deuteronomy|Joshua|Judges|Ruth|Samuel|Kings|Chronicles|Ezra|"
    r"Nehemiah|Esther|Job|Psalms?|Proverbs|Ecclesiastes|Isaiah|Jeremiah|Lamentations|Ezekiel|Daniel|Hosea|Joel|Amos|"
    r"Micah|Matthew|Mark|Luke|John|Acts|Romans|Corinthians|Galatians|Ephesians|Philippians|Colossians|Hebrews|James|"
    r"Peter|Revelation))\s+(?P<verse>\d{1,3}:\d{1,3}(?:\s*[–-]\s*\d{1,3})?)(?:\s*\([^()]*\))?\.?$"
)
_ADDTHIS = re.compile(r"^\.([A-Za-z0-9_-]{6,})$")
_ADDTHIS_EPOCH = (datetime(1998, 1, 1, tzinfo=UTC), datetime(2035, 1, 1, tzinfo=UTC))


@dataclass
class Parsed:
    """Mutable scratch record; turned into a frozen Citation at the end."""

    authors: list[str] = field(default_factory=list)
    title: str | None = None
    container: str | None = None
    date: str | None = None
    date_iso: str | None = None
    url: str | None = None
    pages: str | None = None
    accessed: str | None = None
    publisher: str | None = None
    place: str | None = None
    year: str | None = None
    volume: str | None = None
    issue: str | None = None
    kind: CitationKind = CitationKind.UNKNOWN
    remarks: bool = False
    personal: bool = False


@dataclass(frozen=True)
class FieldResult:
    citation: Citation
    warnings: tuple[str, ...] = ()
    is_ibid: bool = False
    maybe_short: bool = False  # only authors/title/pages: a candidate short form
    commentary: bool = False  # no bibliographic content at all
    url_only: bool = False  # a URL the note holds beyond its parsed citations (checker/parse/coverage.py)
    supra: Supra | None = None  # `Who, supra note N`: resolved against note N (backrefs.py)
    reporter: tuple[str, str] | None = None  # `Tinker, 393 U.S. at 511`: (volume, reporter) of the case it repeats
    # a short form that is only one if an earlier note cites the work it names (else a sentence of comment)
    antecedent_required: bool = False
    # `GAO-25-107743.`: a report cited again by its number alone (backrefs.py finds the citation that printed it)
    doc_number: str | None = None
    # cited in another citation's `(citing …)` parenthetical (split.py): no `Id.` repeats it (Bluebook 4.1)
    within: bool = False


_PAREN_YEAR_END = re.compile(r"\s*\((?P<y>(?:1[5-9]|20)\d\d)\)$")
_WORD_COLON_END = re.compile(r"\b[a-z]+:\s*$")
_SENTENCES_BEFORE_SIGNAL = re.compile(r"^.*[.!?]\s+(?:See(?:\s+also)?|Cf\.)\s+(?=[A-Z])")
_MORE_QUOTED_TITLES = re.compile(r"^(?:(?:and|or|,)\s+“[^”]{0,300}”\s*)+")
_DIGIT = re.compile(r"\d")
# (and a state's: `36 Mass. (19 Pick.) 523`, `95 Mass. (13 Allen) 370`, `4 N.Y. (4 Comst.) 9`)
# (the official reporter is kept, the bracketed one dropped: `_NOMINATIVE_REPORTER.sub(r"\g<official>", …)`)
_NOMINATIVE_REPORTER = re.compile(
    r"(?P<official>U\.S\.)\s+\(\d{1,2}\s+(?:Dall|Cranch|Wheat|Pet|How|Black|Wall)\.?\)"
    r"|(?<=\s)(?P<official_state>[A-Z][a-z]{1,3}\.)\s+\(\d{1,3}\s+[A-Z][A-Za-z]{1,8}\.?\)(?=\s+\d)"
)
_LIST_BULLET = re.compile(r"^[-–•]\s+(?=\S)")
_JOINING_WORD = re.compile(r"^(?:and|&)\s+(?=[A-Z“\"])")
_BARE_IMPRINT_END = re.compile(r":\s+[A-Z][^:,]{2,80},\s*(?:1[5-9]|20)\d\d\.?$")
_PINNED_AT = re.compile(r",\s*at\s+\d")
_AVAILABLE_FROM = re.compile(r"\bAvailable\s+from\b")


_OPEN_IMPRINT_END = re.compile(
    r"\((?P<imprint>[A-Z][^():]{1,40}:\s*[^():]{2,80},\s*(?:1[5-9]|20)\d\d)"
    r"(?:,\s*(?P<pin>\d[\d\-–, ]*\d|\d))?\s*\.?\s*$"
)


_ARXIV_ID = re.compile(r"\barXiv:\s?\d{4}\.\d{4,5}", re.IGNORECASE)  # a preprint's number: a source, not comment


# `AI Wellbeing, arXiv:2509.11913 [cs.CY]`: the preprint's number after its title is where it was published
_TITLE_THEN_ARXIV = re.compile(
    r"^(?P<title>.+?),\s+(?P<where>arXiv:\s?\d{4}\.\d{4,5}(?:v\d+)?(?:\s+\[[\w.\-]+\])?)$", re.IGNORECASE
)


_SECOND_PLACE = re.compile(r";\s*[A-Z][^:;,()]{1,40}(?:,\s*[A-Z][\w.]{1,10})?:\s+")
_EDITORS_END = re.compile(r",?\s*\(?\beds?\.\)?,?$")
_VOLUMES_ONLY = re.compile(r"^\d{1,3}\s+vols?\.?$")
# what goes on with a title after the italics end: a year or span, a volume or part (`Volume 2: …`, `Parts One and Two,
# 1714-1834`)
_TITLE_GOES_ON_ROMAN = re.compile(r"(?:\d|(?:Vol(?:ume)?|Parts?|Book|Tome)\b|.*\b(?:1[5-9]|20)\d\d\b)")
_AFTER_ITALIC_NAME = re.compile(
    r"\s+\d|[,:]\s*(?!(?:1[5-9]|20)\d\d$)\d|,?\s*(?:eds?\.?|Eds?\.|edited\s+by)\s|\s*\([^()]*\d|\s+by\s"
    r"|,\s*[A-Z]{2,}\s*'\d\d"
)
_SIGNAL_ROOM = 12  # characters a signal (`See also`, `Cf.`) takes before the words opening a citation
_DATED_PAREN = re.compile(r"\([^()]*\b(?:1[5-9]|20)\d\d\)")
_RETITLED_KINDS = frozenset({CitationKind.BOOK, CitationKind.UNKNOWN, CitationKind.REPORT})


def retitle_by_emphasis(
    head: str, pieces: list[Piece], results: list[FieldResult], emphasis: tuple[tuple[int, int], ...]
) -> list[FieldResult]:
    """A title the source sets in italics ends where its italics do (Markdown, HTML and Word say which words are
    italic; plain text cannot): `*The Migratory Legends*, FF Communications 175 (…)` has the series after the title
    as its container, and `Walter Anderson: *Kaiser und Abt…*`, `…, Nils Schiørring, eds., *Danmarks gamle
    Folkeviser*` the names before it as authors. A title in quotes, or italics inside a longer title, are left."""
    out = list(results)
    cursor = 0
    for k, piece in enumerate(pieces):
        at = head.find(piece.text, cursor)
        if at < 0 or k >= len(out):
            continue
        end = at + len(piece.text)
        cursor = end
        res, c = out[k], out[k].citation
        # (italics a converter let run on over the date are no title: `*The 21 Scariest Data Breaches of 2018, BUS.
        # INSIDER (Dec. 30, 2018),*`)
        phrases = [
            x for a, b in emphasis
            if at <= a and b <= end and len(x := _italic_words(head[a:b])) >= 3 and not _DATED_PAREN.search(x)
        ]
        if c.container and not res.is_ibid and (italic := _italic_container(c.container, phrases)) != c.container:
            res = out[k] = dataclasses.replace(res, citation=dataclasses.replace(c, container=italic))
            c = res.citation
        if (
            c.title and c.container and not res.is_ibid and not c.short_form
            and (whole := next((x for x in phrases if x.startswith(c.title + ",") and c.container in x), None))
        ):  # fmt: skip
            # `_Peaking of World Oil Production:_ _Impacts, Mitigation, and Risk Management_ (February 2005)`: an
            # italic title with commas of its own runs to its italics' end; what it swallowed was no container
            dated_only = c.kind in (CitationKind.NEWS, CitationKind.JOURNAL) and not c.url and not c.pages
            res = out[k] = dataclasses.replace(res, citation=dataclasses.replace(
                c, title=whole, container=None, kind=CitationKind.REPORT if dated_only else c.kind,
            ))  # fmt: skip
            continue
        if c.title and c.authors and not res.is_ibid and (
            whole := next((x for x in phrases if x.endswith(", " + c.title) and c.authors[-1].endswith(
                ", " + x[: -len(c.title) - 2])), None)
        ):  # fmt: skip
            # `U.S. Department of Energy, Office of Chief Financial Officer, _Department of Energy FY 2023 Congressional
            # Budget Request, Budget in Brief_, March 2022`: the italic title holds a comma; its head is no author's
            last = c.authors[-1][: -len(whole) + len(c.title)].rstrip(" ,")
            res = out[k] = dataclasses.replace(res, citation=dataclasses.replace(
                c, title=whole, authors=(*c.authors[:-1], last),
            ))  # fmt: skip
            continue
        if (
            c.title and c.container in phrases and c.title not in phrases and not c.authors and not res.is_ibid
            and not c.short_form and piece.text.lstrip().startswith(c.title) and not _QUOTED_LEAD.match(piece.text)
            and (_ORG.search(c.title) or _BODY_NAME_END.search(c.title)) and "[" not in c.title
        ):  # fmt: skip
            # `National Commission on Energy Policy, _Ending the Energy Stalemate: …_ (December 2004)`: the italic
            # words are the title, the body named before them its author (not a title and its periodical)
            res = out[k] = dataclasses.replace(res, citation=dataclasses.replace(
                c, authors=(c.title,), title=c.container, container=None, kind=CitationKind.REPORT,
            ))  # fmt: skip
            continue
        if (
            c.title and c.container in phrases and c.title not in phrases and not res.is_ibid and not c.short_form
            and (i := piece.text.find(f"{c.title}, {c.container}")) >= 0 and (i == 0 or piece.text[i - 1] not in "“\"‘")
            and (names := _split_authors(c.title, corporate_ok=False)) and all(map(_name_like, names))
        ):  # fmt: skip
            # `John Scott Railton, Daniel Regalado, Nart Villeneuve, *Behind the Syrian Conflict’s Digital
            # Frontlines*`: the people named just before the italics (a comma between) wrote them; a story needs a
            # periodical, so with none left the italic title is their report
            kind = CitationKind.REPORT if c.kind is CitationKind.NEWS else c.kind
            res = out[k] = dataclasses.replace(res, citation=dataclasses.replace(
                c, authors=(*c.authors, *names), title=c.container, container=None, kind=kind,
            ))  # fmt: skip
            continue
        if (
            not res.is_ibid and c.authors and not c.short_form and c.title not in phrases
            and any(_italic_words(head[a:b]) == c.authors[0] for a, b in emphasis if at <= a <= at + _SIGNAL_ROOM)
        ):
            # `*Register of the Department of State*, January 1, 1924 (…)`, `*Somewhere in Time*, Rastar Pictures,
            # October 3, 1980`: the italic words opening the citation are the work cited, not its writer; what
            # was read as its title after them is not
            res = out[k] = dataclasses.replace(res, citation=dataclasses.replace(
                c, title=c.authors[0], authors=c.authors[1:],
            ))  # fmt: skip
            c = res.citation
        if not c.title and c.kind is CitationKind.WEB and c.container in phrases and not res.is_ibid:
            # `*The Walt Whitman Archive*, ed. Ed Folsom and Kenneth M. Price, http://…`: an online work known by its
            # italic name alone is the work cited, not where it appeared
            out[k] = dataclasses.replace(res, citation=dataclasses.replace(c, title=c.container, container=None))
            continue
        if not c.title or res.is_ibid or not phrases or c.title in phrases:
            continue
        if any(quote + c.title[:20] in piece.text for quote in "“\"‘"):
            continue  # (a quoted title: its italics are another work's)
        if (
            (phrase := next((x for x in phrases if c.title.endswith(" " + x)), None))
            and _italics_are_the_title(lead := c.title[: -len(phrase)], phrase, c.kind)
            and not any(x in lead for x in phrases)
        ):
            # `… when he tells viewers to read Victor L. Thorn, *The Holocaust Hoax Exposed: …*`, `In 2007, the
            # court applied this test in *Doe v. Pulaski*`, `dir., *Film*`: the italics ending what was read as the
            # title are the title; the words before them, comment or a role, except for a name just before them
            # (not the head of a title the conversion left upright: `The Economic Weapon: *The Rise of …*`, `A
            # *16-Year-Old …*`; nor editors, whom the names before `eds.` are read as below)
            out[k] = dataclasses.replace(res, citation=dataclasses.replace(
                c, title=phrase, authors=c.authors or _names_ending(lead),
            ))  # fmt: skip
            continue
        if res.maybe_short or c.short_form or c.kind not in _RETITLED_KINDS:
            continue
        for phrase in phrases:
            i = c.title.find(phrase)
            tail = c.title[i + len(phrase) :] if i >= 0 else ""
            rest = tail.lstrip(",.:; ").strip()
            if i < 0 or (tail and tail[0] not in ",.:;") or _TITLE_GOES_ON_ROMAN.match(rest) or tail.endswith(". . ."):
                # (`*Modernist Voyages: … in London*, 1890-1945`: a conversion ended the italics early; `*… on the
                # American Frontiers. . . .*`: the author's ellipsis inside them is the title's)
                continue
            before = c.title[:i].rstrip(" ,;")
            # names before the title: editors before `eds.` (after the first author's), or an author and a colon
            edited = bool(_EDITORS_END.search(before))
            lead = _EDITORS_END.sub("", before).rstrip(" :").strip()
            names = _split_authors(lead, corporate_ok=False) if lead else []
            named = (
                bool(names) and all(_name_like(n) for n in names)
                and (edited or (before.endswith(":") and not c.authors))
            )  # fmt: skip
            if lead and not named:
                break  # italics inside a longer title: `Reading *Ulysses* Today`, `Long Term … *Scenarios: …*`
            series = (
                rest and rest[0].isupper() and not c.container and c.kind is not CitationKind.REPORT
                and not _VOLUMES_ONLY.match(rest) and " by " not in rest
            )  # fmt: skip
            out[k] = dataclasses.replace(res, citation=dataclasses.replace(
                c, title=phrase, authors=(*c.authors, *names), container=rest if series else c.container,
            ))  # fmt: skip
            break
    return out


def _italic_container(container: str, phrases: list[str]) -> str:
    """A container as its italics print it: `*Body, language and mind* 2 (2008)`, a name with a comma of its own, runs
    to its italics' end (not over an edition inside them: `*Plotkin’s Vaccines, 7th ed*`); `in *Digital Sociologies*,
    ed Jesse Daniels, …`, `*PLoS ONE* 6(5): e19875`, read on past its italics over its editors, volume or issue, ends
    where they do (not over words of its name the italics left out: `*The Hill* Congress Blog`, `*Qiushi Journal*
    (English edition)`; nor over a year alone)."""
    container = next(
        (x for x in phrases if x.startswith(container + ",") and not _EDITION_END.search(x)), container
    )
    return next(
        (x for x in phrases if container.startswith(x) and _AFTER_ITALIC_NAME.match(container, len(x))), container
    )


def _italic_words(span: str) -> str:
    """An italic span's words as a field holds them: spaces of every width one space, no punctuation at its ends."""
    return " ".join(span.split()).strip(" ,.;:")


# what ends the words before italics that are the whole title: a comma or full stop, a possessive, a lower-case word
# (`… to read Victor L. Thorn, *…*`, `Evelyn Barish’s *…*`, `Draft notes for *…*`)
_LEAD_BEFORE_ITALICS = re.compile(r"(?:[,.]|[’']s|\b[a-z]+)\s+$")
_ROLE_END = re.compile(
    r"(?:,?\s*(?:eds?|trans|dir|comp)\.?|,?\s+et\.?\s+al\.?|,\s*(?:editors?|director|translator)s?)$"
)


def _italics_are_the_title(lead: str, italics: str, kind: CitationKind) -> bool:
    """Whether `lead`, read as the head of a title the italics end, is rather comment, a role or a name before it."""
    if not _LEAD_BEFORE_ITALICS.search(lead) or _EDITORS_END.search(lead.rstrip()):
        return False
    if kind is CitationKind.OFFICIAL and " v. " not in italics:
        # (`statement of William Smith in *Annals of Congress*`: the debate's record names the speech; `22 U.S.C.
        # § 5201(b), *et seq*`)
        return False
    if not lead.rstrip().endswith(","):
        return True
    # after a comma, the words before it are a name, a role or comment, not a title's upright head (`A Global System
    # of Work, *A Global System of Regulation?: …*`, `Huawei, *5G and China as a Security Threat*`)
    words = lead.rstrip(" ,").rsplit(", ", 1)[-1].split()
    return bool(_ROLE_END.search(lead.rstrip(" ,")) or _names_ending(lead) or any(
        w[:1].islower() and w not in _SMALL_WORDS for w in words
    ))


def _names_ending(words: str) -> tuple[str, ...]:
    """The people named at the end of `words` (`… to read Victor L. Thorn,`, `Richard S. Lowry’s`), if any."""
    text = re.sub(r"[’']s$", "", _ROLE_END.sub("", words.rstrip(" ,")).rstrip(" ,"))
    tokens = text.split(" ")
    for start in range(max(0, len(tokens) - 12), len(tokens)):
        tail = " ".join(tokens[start:])
        if tail[:1].isupper() and (names := _split_authors(tail, corporate_ok=False)) and all(map(_name_like, names)):
            return tuple(names)
    return ()


# a note's piece that is a quotation and nothing else: a sentence or more of someone's words (fifteen words at least,
# ended inside the marks), which the citation after it sources, not a title
# (the closing mark may have gone with the sentence's end the note was cut at)
_WHOLE_QUOTATION = re.compile(r"[“\"](?P<words>[^“”\"]{60,}?[.?!…])[”\"]?\.?")


_BOOK_SERIES = re.compile(
    r"(?P<title>[^,]{8,}.*),\s+"
    # (`…, FF Communications 175`: a short name; `…, Corpus Christianorum, continuatio mediaevalis 176`: a series and
    # its subseries; `…, Memoires de la Societe Neophilologique de Helsinki, vol. 47`: the volume marked)
    r"(?P<series>[A-Z][^,;:()\d]{1,60}?(?:,\s[a-z][^,;:()\d]{2,60}?)?"
    # (`Sources chrétiennes 155`: the series' words accented)
    r"(?:\s[A-Za-z][a-zà-öø-ÿ]+\s\d{1,3}[a-z]?|(?<=[a-z]),\svol\.\s\d{1,3}))$"
)
# the volume in a series a book's title was printed with, which the title's reading took off (`…, Memoires de la Societe
# Neophilologique de Helsinki, vol. 47 (Helsinki: …)`)
_SERIES_VOLUME = re.compile(r",\svol\.\s\d{1,3}\b")
_VOLUME_OF_SET = re.compile(r"(?P<set>[^,;]{8,200}?),\s+vol\.\s+\d{1,3},\s+(?P<volume>[A-Z\d][^;]{2,200})")


_PIN_READ_AS_CONTAINER = re.compile(
    r"(?:especially|esp\.|at)\s+(?:pp?\.\s*)?(?P<pages>\d{1,5}(?:[:.]\d{1,3})?(?:\s?[-–]\s?\d{1,5})?)"
)
_BYLINED = frozenset((CitationKind.WEB, CitationKind.NEWS, CitationKind.REPORT))
# a body's or a desk's name before a page's title, no comma of its own (`Ctr. for Microeconomic Data, Data Bank`)
_BODY_BEFORE_TITLE = re.compile(r"(?P<body>(?!In\s)[A-Z][^,:;“”\"()]{1,80}),\s+(?P<title>[A-Z“\"‘'][^\s,]*\s.{3,})")
_ORG_WORD = re.compile(
    rf"{_ORG.pattern}|\b(?:Dep[’']t|Ctr\.|Div\.|Admin\.|Comm[’']n|Editor|Editorial\s+Board)(?=\W|$)"
)
_FILED = re.compile(r"\b(?:Box|Folder|Lot\s+File|RG)\s")
_VIDEO_SITES = frozenset(("youtube", "vimeo"))
_CHANNEL = re.compile(r"(?P<channel>[^\W\d][^,;:“”\"]{1,40}),\s+(?P<title>[^,]{3,})")
# a student's piece named by its genre (Bluebook 16.7.1), before its title or, in some drafts, after it
_STUDENT_GENRE = r"(?:Note|Comment|Recent\s+Case|Recent\s+Development|Case\s+Note)"
_STUDENT_WORK = re.compile(rf"^{_STUDENT_GENRE},\s+(?=\S)")
_STUDENT_WORK_AFTER = re.compile(rf"(?<=\w),\s+{_STUDENT_GENRE}$")


def _title_and_container_read_again(c: Citation) -> Citation:
    """A title and container as whichever reading left them, read once more for what ends up inside them."""
    if c.container and not c.pages and (pin := _PIN_READ_AS_CONTAINER.fullmatch(c.container)):
        # `Leopold, “The Foreign Relations Series,” especially p. 598`, `…, “Operations in Cyberspace …,” at 28:00`: the
        # place cited in a work named by its title alone, not where the work was published
        c = dataclasses.replace(c, container=None, pages=pin["pages"])
    if (
        c.container and c.date and not c.date.isdigit() and c.container.endswith(f" {c.date}")
        and len(c.container) > len(c.date) + 4
    ):  # fmt: skip
        # `…," Cultural Analytics February 12, 2018.`, `The New Republic April 8, 2016`: the day of the issue, its
        # comma left out, is the date read already, not the periodical's name (a year alone may be the name's:
        # `ECIR 2006`, `GIScience 2002`)
        c = dataclasses.replace(c, container=c.container[: -len(c.date)].rstrip())
    if c.kind is CitationKind.JOURNAL and c.title and c.volume and not c.authors and _STUDENT_WORK.match(c.title):
        # `Note, Restoring Legitimacy: …, 130 HARV. L. REV. 1205`: a student's unsigned piece is named by its genre
        # before its title (Bluebook 16.7.1), which is no part of the title
        c = dataclasses.replace(c, title=_STUDENT_WORK.sub("", c.title, count=1))
    if c.kind is CitationKind.JOURNAL and c.title and (genre := _STUDENT_WORK_AFTER.search(c.title)):
        # `Roberts, You’re Only Mostly Dead: …, Note, 75 FED. COMM. L. J. 273`: the genre printed after the title
        c = dataclasses.replace(c, title=c.title[: genre.start()])
    if (
        c.container and c.container.casefold() in _VIDEO_SITES and c.title and not c.authors
        and (channel := _CHANNEL.match(c.title))
    ):  # fmt: skip
        # `Sonsofmaxwell, United Breaks Guitars, YOUTUBE (July 6, 2009)`: a video's channel before its title is its
        # author, whatever its name looks like (Bluebook 18.2.2: the owner's name, as the site prints it)
        return dataclasses.replace(c, authors=(channel["channel"],), title=channel["title"])
    if (
        c.kind in _BYLINED and c.container and c.title and not c.authors
        and (body := _BODY_BEFORE_TITLE.match(c.title)) and _ORG_WORD.search(body["body"])
        and not _FILED.search(body["title"])  # (`Department of State, CDC Lot File 95D113, Box 4`: where a paper lies)
    ):  # fmt: skip
        # `See AT Editor, Is China the Neocolonial Power in Africa?, AFRICA TIMES (…)`, `Ctr. for Microeconomic Data,
        # Data Bank, FED. RSRV. BANK N.Y., https://…`: the body or desk that wrote a page, before its title
        return dataclasses.replace(c, authors=(body["body"].rstrip("."),), title=body["title"])
    if c.kind is not CitationKind.BOOK or not c.title or c.container:
        return c
    title, volume = c.title, None
    if (at := c.raw.find(title)) >= 0 and (volume := _SERIES_VOLUME.match(c.raw, at + len(title))):
        title += volume.group()
    if series := _BOOK_SERIES.match(title):
        # `Die Überlieferung der Werke Hugos von St. Viktor: …, Monographien zur Geschichte des Mittelalters 14 (…)`: a
        # numbered series after the book's title holds the book (CMOS 14.123); `…, 2nd ed., Cambridge Studies in …`:
        # the edition is not the title (nor is the volume the title's reading took off part of the series' name)
        container = series["series"].removesuffix(volume.group()) if volume else series["series"]
        return dataclasses.replace(c, title=_BOOK_TITLE_TAIL.sub("", series["title"]), container=container)
    if one := _VOLUME_OF_SET.match(c.title):
        # `Selected Papers of Elizabeth Cady Stanton and Susan B. Anthony, vol. 6, An Awful Hush, 1895 to 1906`: a
        # volume with a title of its own in a set (CMOS 14.121), the volume cited, the set its container
        return dataclasses.replace(c, title=one["volume"], container=one["set"])
    return c


def _quotation_alone(piece: str) -> bool:
    """A piece that is a quotation and nothing else. Fewer words will do when the note was cut at the quotation's
    close (the source, which its writer's name opens, follows it): `“It is a book that among bibliophiles has been
    feared like the plague.” Francisco Guerra, …` (Primeros Libros, Scholarly Editing 37, note 10)."""
    whole = _WHOLE_QUOTATION.fullmatch(piece)
    if whole is None:
        return False
    words = whole["words"]
    if len(words.split()) >= 15:
        return True
    return len(words.split()) >= 6 and piece[-1] not in "”\"" and is_prose(words) and not find_urls(piece)


# the small words a party's name may hold (`Citizens to Preserve Overton Park v. Volpe`, `B.L. ex rel. Levy v. …`)
_PARTY_SMALL_WORDS = frozenset(
    {"of", "for", "the", "and", "to", "ex", "rel.", "de", "la", "le", "du", "von", "van", "der", "den", "in", "on",
     "re", "et", "al.", "&", "a", "an", "at", "by", "y", "da", "di"}
)  # fmt: skip
# `United States District Court for the Eastern District of Virginia, United States of America v. …`: the court,
# named before the case as its author
_COURT_FIRST = re.compile(
    r"(?P<court>(?:[A-Z][\w.’']*\s+){0,4}(?:District|Supreme|Circuit|Superior|Appeals|Appellate)\s+Court\b[^,]{0,80}),\s+"
    r"(?P<case>[A-Z].{1,200}?\sv\.\s.+)$"
)


def _case_named_in_prose(c: Citation) -> Citation:
    """A case whose name a sentence of comment ran into (`The metaphor dates to Abrams v. United States, 250 U.S. 616
    (1919)`, ssrn-2022-truth-bounties note 83; `… is double damages.See Kinney v. D.C., …`), or that its court's name
    opens: the case's own name, from the first party's first word after the prose."""
    title = c.title or ""
    if c.kind is not CitationKind.OFFICIAL:
        return c
    if not c.authors and (court := _COURT_FIRST.fullmatch(title)):
        return dataclasses.replace(c, authors=(court.group("court"),), title=court.group("case"))
    party = title[: title.index(" v. ")].split()
    # (words wholly in small letters: `E.I. duPont deNemours & Co.` is a party's name)
    prose = [i for i, word in enumerate(party) if word[:1].islower() and word not in _PARTY_SMALL_WORDS]
    prose = [i for i in prose if party[i].split(".", 1)[0].islower()]
    if len(prose) < 2:
        return c  # (a party's own name: `Ass’n for Molecular Pathology`, `Bd. of Educ.`)
    rest = party[prose[-1] + 1 :]
    while rest and (rest[0] in _PARTY_SMALL_WORDS or rest[0] in ("See", "Cf.")):
        rest = rest[1:]
    if not rest or not rest[0][:1].isupper():
        return c
    named = " ".join(rest) + title[title.index(" v. ") :]
    return dataclasses.replace(c, title=named)


def parse_citation(raw: str, index: int = 0) -> FieldResult:
    stripped = raw.strip()
    if stripped[:1] in "“\"" and _quotation_alone(stripped):
        # `"When considered collectively and individually, these early captivity narratives are more myth than …
        # scrutiny." Benjamin Mark Allen, Naked and Alone …, 3.` (Tanner's Narrative, Scholarly Editing 33, note 29)
        return FieldResult(Citation(index=index, raw=raw), commentary=True)
    res = _parse_citation(raw, index)
    c = res.citation
    if c.title and not c.container and "arxiv:" in c.title.lower() and (m := _TITLE_THEN_ARXIV.match(c.title)):
        kind = CitationKind.REPORT if c.kind in (CitationKind.BOOK, CitationKind.UNKNOWN) else c.kind
        c = dataclasses.replace(c, title=m.group("title"), container=m.group("where"), kind=kind)
        res = dataclasses.replace(res, citation=c)
    if (read_again := _title_and_container_read_again(c)) is not c:
        res, c = dataclasses.replace(res, citation=read_again), read_again
    if c.title and " v. " in c.title and (case := _case_named_in_prose(c)) is not c:
        res, c = dataclasses.replace(res, citation=case), case
    if c.authors and not (res.is_ibid or res.supra or c.short_form) and _prose_in_name(c.authors[0]) and not (
        c.date or c.url or c.pages or c.publisher or c.volume or c.container
    ):
        # `In 1836 Pushkin published his "Dzhon Tenner" in …`, `Waagigaad, spelled "Wah-ge-kaut …" in the Narrative`:
        # words quoted in a sentence of comment, which names no work by anyone (no name holds a lower-case word)
        return FieldResult(Citation(index=index, raw=raw), commentary=True)
    if c.container and c.kind is CitationKind.UNKNOWN and not (res.is_ibid or res.supra or _beyond_container(c)):
        # `American State Papers: Indian Affairs 4:39.`, `H.J.Res. 99, Public Law 115-30.`: what is left of a
        # citation no form fits, read as a container of nothing, is the work's own name
        res = dataclasses.replace(res, citation=dataclasses.replace(c, title=c.container, container=None))
    return res


def _beyond_container(c: Citation) -> bool:
    """Whether a citation holds more than a container (or holds an `Ibid.` no form read)."""
    return bool(
        c.title or c.authors or c.date or c.url or c.pages or c.publisher or c.volume or c.short_form
        or _IBID.match(c.container or "")
    )  # fmt: skip


# an imprint's reprint or original year (`(Aarhus: …, 1892-1901; repr. 1980)`) is the edition's history, not its date;
# a year set off by a colon or by nothing (`(Glendale: Summer Institute of Linguistics: 1954)`, `(Helsinki:
# Suomalainen Tiedeakatemia 1964)`) is the imprint's date as after a comma
_REPRINT_IN_IMPRINT = re.compile(r";\s*(?:repr\.|reprint(?:ed)?|orig\.)\s*[^();:]{0,30}(?=\))")
_YEAR_WITHOUT_COMMA = re.compile(r"(?<=[^\W\d_])(?::\s*|\s)(?=(?:1[5-9]|20)\d\d(?:\s*[-–]\s*\d{2,4})?\))")
_IMPRINT_HEAD = re.compile(r"\([A-Z][^()]{1,60}:\s+[A-Z][^()]{1,100}\)")
_PUBLISHER_YEAR_NO_COMMA = re.compile(
    r"(?<=[a-z] )\((?P<who>[A-Z][A-Za-z.&’' ]{1,60}?[a-z.])\s+(?P<year>(?:1[5-9]|20)\d\d)\)"
)


# a recording's time (`00:34:20`, `01:13:16-01:30:48`) or an e-book's location (`loc. 313, 588, Kindle`)
_MEDIA_PIN = re.compile(
    r",\s*(?P<pin>\d{1,2}:\d\d:\d\d(?:\s*[-–]\s*\d{1,2}:\d\d:\d\d)?"
    r"|loc\.\s*\d{1,6}(?:\s*[-–]\s*\d{1,6})?(?:,\s*\d{1,6})*(?:,\s*Kindle)?)\.?$"
)
_QUOTATION_THEN_SIGNAL = re.compile(r"[”\"]\s*[,.]?\s+(?:see|See)(?:\s+also)?,?\s+(?=[A-Z][^”\"]*$)")
_REGISTER_CITED = re.compile(
    r"(?P<vol>\d{1,3})\s+(?P<register>Fed\.\s?Reg\.|Federal\s+Register)\s+(?P<page>\d{1,6})\s*\((?P<date>[^()]{4,30})\)\.?$"
)
_EXECUTIVE_ORDER_LEAD = re.compile(rf"{_EXECUTIVE_ORDER}\s+No\.\s*\d[\d-]*,\s*(?=[“\"])")
_CLOSE_WITHOUT_OPEN = re.compile(r"(?P<title>[A-Z][^“”\"]{8,200}?)[,.]”\s+(?=[A-Z])")
_ARTICLE_OF_INSTRUMENT = re.compile(
    r"(?P<article>(?:Articles?|Art\.|Rule)\s+\d{1,3}(?:\s?\(\d{1,2}\))?(?:\s+para(?:graph)?\.?\s*\d{1,2})?|Preamble)"
    r"\s+of\s+(?:the\s+)?(?:(?P<year>1[89]\d\d|20\d\d)\s+)?(?P<instrument>[A-Z][^,;.]{1,150}?)\.?$"
)
_FOREIGN_LAW = re.compile(
    # (`…, v Sovershenii Kotorykh Imeyetsya Zainteresovannost' [Federal Law …]`: the name may hold commas and quotes,
    # and its translation run to some fifty words; a scan may misread a bracket, `RESPUBL]KI KAZAKHSTAN`, `KAZAKIISTAN
    # (Civil Procedure Code of the Republic of Kazakhstan]`)
    r"(?P<title>[^\[;]{5,600}?\s(?:\[[A-Z][^\[\]]{4,600}|\([A-Z][^\[\]()]{4,600})\]"
    r"(?:\s+No\.\s+[\w-]+(?=,))?)"
    r"(?:,\s+(?P<gazette>[^\[\],;]{3,200}?(?:\s?\[[^\[\]]{1,80}\]){1,2}),?\s*"
    # (`GRAZHDANSKIY PROTSESSUALNYI KODEKS RESPUBLIKI KAZAKHSTAN [Civil Procedure Code …] 2015, No. 377-V ZRK, art. 40`:
    # a code, its year after its name; `… [Law on Taxes …] No. 99-IV, art. 535(7)`: its number)
    r"|,?\s+(?=(?:1[89]|20)\d\d\b|No\.\s))(?P<rest>.*)$"
)
# `SOBRANIE ZAKONODATEL'STVA ROSSIISKOI FEDERATSII [SZ RF] [Russian Federation Collection of Legislation] 2015, No.
# 382-FZ, art. 53`: the gazette alone, its abbreviation and translation in brackets, then the year and the law's number
_FOREIGN_GAZETTE = re.compile(
    r"(?P<gazette>[A-Z][^\[\],;]{3,200}?(?:\s?\[[^\[\]]{1,80}\]){2})\s+(?P<rest>(?:1[89]|20)\d\d\b.*)$"
)
# `[Law of Ukraine]`, `[Law on Taxes …]`
_TRANSLATED_NAME = re.compile(r"(?:\[[A-Z][^\[\]]*|\([A-Z][^\[\]()]*)\s(?:of|on)\s[^\[\]]*\]")
# the article or chapter a foreign law is cited at: `art. 40; 42(2); 43; 44`, `art. 2(3), (5)`, `chapters 18, 52, 54`
_FOREIGN_LAW_PIN = re.compile(
    r"\b(?:(?P<art>(?:arts?\.|ch\.|chapters?)\s*[\w()–-]+(?:(?:[,;]\s*|\s*-\s*)(?:\d[\w()–-]*|\(\w{1,3}\)))*)"
    r"|pp?\.\s*(?P<at>[\w()–-]+(?:\s*-\s*\d+)?))"
)
_BIBLATEX_MARK = re.compile(r"\burl: |\(visited on \d|\.\s(?:en|en-US|de|fr)\.\s|\.\s[Ii]n: |\bissn: |\bdoi: 10\.")
_BIBLATEX_NAMES = re.compile(
    r"(?P<names>[A-Z][\w’'\-]+(?:\s[A-Z][\w.’'\-]*){1,4}(?:(?:,\s|\sand\s)[A-Z][\w’'\-]+(?:\s[A-Z][\w.’'\-]*){1,4}){0,5})"
    r"\.\s(?P<rest>.+)$"
)
_BIBLATEX_DROP = re.compile(
    r"\s(?:en|en-US|de|fr)\.(?=\s|$)|\s(?:issn|isbn|doi): [^\s]+?\.(?=\s|$)"
    r"|\sTech\. rep\.(?: [^.]{1,30}\.)?|\surl:(?=\s)"
)
_BIBLATEX_REPORT = re.compile(
    rf"(?P<title>[^.]{{2,300}}?[a-z?!)])\.\sTech\.\srep\.(?:\s[^.]{{1,30}}\.)?\s(?P<institution>[^.]{{3,120}}?),\s"
    rf"(?P<date>(?:{_MONTH}\.?\s)?\d{{4}})\.\s(?P<after>.*)$"
)
_BIBLATEX_IN_DATE = re.compile(rf"\.\s[Ii]n:\s(?=(?:{_MONTH}\.?\s)?\d{{4}}\.?$)")  # `In: July 2018.`: no journal named
_BIBLATEX_IN = re.compile(r"\.\s[Ii]n:\s(?P<where>[^.()]{2,120}?)(?:\s(?P<vol>\d{1,4})\.(?P<no>\d{1,3}))?\s(?=\()")


def _biblatex_as_note(body: str) -> str | None:
    """The note rewritten in Chicago's order and punctuation (names, “title,” where, date, URL, accessed), or None
    when it does not open with biblatex's `Forename Surname and Forename Surname.`"""
    named = _BIBLATEX_NAMES.match(body)
    if named is None:
        return None
    if report := _BIBLATEX_REPORT.match(named["rest"]):
        # `Title. Tech. rep. IDB-DP5 49. Inter-American Development Bank (IDB), Nov. 2017.`: a @techreport, its
        # institution and date the imprint a report's title takes in Chicago
        after = re.sub(r"^\s*url:\s", "", report["after"])
        after = re.sub(r"\s*\(visited on (\d{1,2}/\d{1,2}/\d{4})\)", r", accessed \1", after)
        return f"{named['names']}, {report['title']} ({report['institution']}, {report['date']}), {after}"
    rest = re.sub(r'^"(?P<title>[^"]{2,300})"\.', r"“\g<title>,”.", named["rest"])  # `"Title".`: quoted
    rest = _BIBLATEX_IN_DATE.sub(", ", _BIBLATEX_DROP.sub("", rest))
    rest = _BIBLATEX_IN.sub(lambda m: f" {m['where']}" + (f" {m['vol']}, no. {m['no']}" if m["vol"] else "") + " ",
                            rest)  # fmt: skip
    rest = rest.replace(",”. ", ",” ").replace(",”, ", ",” ")
    # (no Bluebook date parenthetical at the end)
    rest = re.sub(r"\s*\(visited on (\d{1,2}/\d{1,2}/\d{4})\)", r", accessed \1", rest)
    if not rest.startswith("“"):
        rest = re.sub(r"^(?P<title>[^.]{2,300}?[a-z?!)])\.\s", r"“\g<title>,” ", rest)  # an italic title, stars gone
    rest = re.sub(r"(?<![A-Z][a-z])(?<![A-Z])\.\s(?=[A-Z(]|https?://)", ", ", rest)  # (not a month's or an initial's)
    return f"{named['names']}, {rest}"


_BODY_TITLE_PAGES = re.compile(
    r"(?P<body>[A-Z][^,;“”\"()]{3,100}),\s+(?P<title>[A-Z][^;“”\"()]{3,250}?),\s+pp?\.\s*"
    r"(?P<pages>\d{1,5}(?:\s*[-–]\s*\d{1,5})?(?:(?:,\s*|\s+and\s+)\d{1,5}(?:\s*[-–]\s*\d{1,5})?)*)\.?$"
)
_TESTIMONY_IN_HEARING = re.compile(
    r"(?:Testimony|Statement)(?:\s+and\s+prepared\s+statement)?\s+of\s+(?:Hon\.\s+|the\s+Honorable\s+)?"
    r"(?P<who>[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){1,4}),(?:\s[^,]{2,80},){0,3}\s+in\s+hearing,\s+"
    r"(?P<title>.{5,300}?)(?=,\s+(?:Committee|Subcommittee|Select\s+Committee|Special\s+Committee|U\.S\.\s+(?:Senate|House)))"
)
# `Testimony of the Honorable Gregorio Kilili Camacho Sablan, in U.S. Congress, Committee on House Administration,
# Subcommittee on Elections, Voting Rights and …, 116th Cong., 2nd sess., July 28, 2020, p. 2.` (CRS's form): the
# witness (and their office), the committees, then the hearing's title, the Congress and session, the day and page
_TESTIMONY_IN_CONGRESS = re.compile(
    r"(?:Written\s+)?(?:Testimony|Statement)\s+(?:of|from|by)\s+(?:the\s+Honorable\s+|Hon\.\s+|(?:Mr|Ms|Mrs|Dr)\.\s+)?"
    r"(?P<who>[A-Z][^,;“”\"()]{2,120}?)(?:,\s+[^;“”\"()]{2,200}?)?,?\s+(?:in\s+)?"
    r"U\.S\.\s+(?:Congress|House\s+of\s+Representatives|Senate),\s+(?P<rest>[^“”\"]+)$"
)
_WITNESS_OFFICE = re.compile(
    r"\b(?:of\s+State|Secretary|Director|Chair(?:man|woman)?|Administrator|Commissioner|Governor|Mayor|General)\s+"
    r"(?=[A-Z])"
)  # (`Minnesota Secretary of State Steve Simon`: the office, then the name)
_HEARING_COMMITTEE = re.compile(r"\b(?:Sub)?[Cc]ommittee\b")
_HEARING_END = re.compile(rf"\d{{1,3}}(?:st|nd|rd|th)\s+Cong\.?|pp?\.\s*\d|https?://|{_MONTH}\.?\s+\d")


def _testimony_in_congress(m: re.Match[str]) -> tuple[str, str | None, str | None]:
    """(witness, hearing title, pages) of a `_TESTIMONY_IN_CONGRESS` match."""
    offices = list(_WITNESS_OFFICE.finditer(m["who"]))
    who = m["who"][offices[-1].end() :] if offices else m["who"]
    segs = m["rest"].rstrip(" .").split(", ")
    end = next((k for k, seg in enumerate(segs) if _HEARING_END.match(seg)), len(segs))
    committee = max((k for k in range(end) if _HEARING_COMMITTEE.search(segs[k])), default=-1)
    # the committee's name may be a list (`Subcommittee on Economic Development, Public Buildings, and Emergency
    # Management`), or one item joined by `and` before the title (`…, Public Buildings and Emergency Management, …`)
    listed = [k for k in range(committee + 1, end) if segs[k].startswith("and ")]
    start = listed[-1] + 1 if listed else committee + 1
    if not listed and end - start > 1 and " and " in segs[start] and ":" not in segs[start]:
        start += 1
    title = ", ".join(segs[start:end]) or None
    pinned = re.search(r",\s+pp?\.\s*(?P<pages>\d[\d,\s–-]*?)\.?$", m["rest"])
    return who, title, _clean_pages(pinned["pages"]) if pinned else None


_ACKNOWLEDGEMENT = re.compile(
    r"(?:This\s+(?:work|research|article|project|paper|essay|study)\s+(?:has\s+been\s+|was\s+|is\s+)?"
    r"(?:supported|funded|made\s+possible|generously\s+supported)\b"
    r"|(?:I|We)\s+(?:am\s+|are\s+)?(?:(?:deeply|very|most)\s+)?(?:grateful|indebted|thank|would\s+like\s+to\s+thank)\b"
    r"|(?:Many\s+|Special\s+|My\s+|Our\s+)?[Tt]hanks\s+(?:to|go)\b"
    r"|The\s+authors?\s+(?:thanks?|would\s+like\s+to\s+thank|(?:is|are)\s+grateful)\b)"
)
_MONTH_OR_SEASON_END = re.compile(rf"(?:{_MONTH}\.?|Spring|Summer|Autumn|Fall|Winter)$", re.IGNORECASE)


def _normal_imprint(body: str) -> str:
    if "[" in body and ":" in body and "(" not in body:
        # `J. D. North, Cosmos: … [Chicago: University of Chicago Press, 2008], 6–13`: Chicago's imprint in square
        # brackets, as it is printed inside a parenthesis (CMOS 6.101), read as the round one it stands for
        body = _BRACKETED_IMPRINT.sub(r"(\1)", body)
    if "(" not in body or (";" not in body and not _YEAR_WITHOUT_COMMA.search(body)):
        return body
    # `(Harvard 2000)`, `(Antwerp 2005)`: Chicago's short imprint with its comma left out (not a season's or a
    # month's issue: `(Fall 2004)`)
    body = _PUBLISHER_YEAR_NO_COMMA.sub(
        lambda m: m.group() if _MONTH_OR_SEASON_END.search(m.group("who")) else f"({m['who']}, {m['year']})", body
    )

    def year_after_comma(gap: re.Match[str]) -> str:  # (`(Washington, DC: March 2007)`: a month's year stays)
        return gap.group() if _MONTH_OR_SEASON_END.search(gap.string, 0, gap.start()) else ", "

    return _IMPRINT_HEAD.sub(
        lambda m: _YEAR_WITHOUT_COMMA.sub(year_after_comma, _REPRINT_IN_IMPRINT.sub("", m.group())), body
    )


# `This is due to the high testacy rates, s ee supra note 113.`: a clause of comment (its words after the first in
# lower case), then the signal, its letters parted by the PDF, before the article's own note
_PROSE_THEN_SEE = re.compile(r"(?:[A-Z][a-z]*(?:\s+[a-z][\w’'-]*){2,}[,;:]?\s+)?[Ss]\s?ee(?:\s+also)?")
# `See discussion supra note 74 and accompanying text.` (vanderbilt-2020-nudnik note 114), `text accompanying supra
# note 12`: where in the article a point is made, no work named
_POINTED_TO = re.compile(
    r"(?:(?:[Ss]ee(?:\s+also)?|[Cc]f\.)\s+)?(?:the\s+)?(?:discussion|text\s+accompanying|analysis)"
)


# (`u/IamWoe`, `s-macke`, `Tsg600`: a user name marked by a digit, an underscore, a hyphen or a dot, or Reddit's `u/`)
_HANDLE_HEAD = re.compile(
    r"(?P<who>u/[\w.-]{2,30}|[a-z](?=[a-z0-9_.-]*[-_.\d])[a-z0-9_.-]{1,29}|@?(?=[\w.]*[\d_@])[A-Za-z][\w.@]{1,29}),"
    r"\s+(?=\S)"
)
# (a code host and a web archive too: `"vine-grab," GitHub, Archive Team, updated January 15, 2017`, `"Vine,"
# Internet Archive, archived January 9, 2018`)
_WEB_PLATFORM = re.compile(
    r"(?:YouTube|Vimeo|TikTok|GitHub|GitHub\s+Gist|Internet\s+Archive|Wayback\s+Machine)(?:\.com)?(?:\s+\(video\))?",
    re.IGNORECASE,
)
# (a name in small capitals: `15 ADVANCES IN …`, `10 J. ARTIFICIAL SOCIETIES …`)
_VOLUME_HEAD = re.compile(r"(?P<volume>\d{1,4})\s+(?=(?:[A-Z][A-Z’'&]*\.?\s+)*[A-Z]{2}[A-Z’'.&]*(?:\s|$))")
# (`Notes and Queries n.s. 5 (1858)`, `… o.s.`, `… new ser.`: the series the volume is numbered in, too)
_CONTAINER_TAIL = re.compile(
    r"(?<=[A-Z.])\s+(?:NO\.|[Nn]o\.|at|¶+\s*[\d.]+)$|(?<=\w)\s+(?:[no]\.\s?s\.?|new\s+ser(?:\.|ies))$"
)
_GENRE_HEAD = re.compile(r"(?:Report|Working\s+Paper|Policy\s+Brief|Issue\s+Brief)[.:]\s+(?=[A-Z*])")
_CODE_HOST_OWNER = re.compile(r"(?P<host>GitHub|GitLab),\s+(?P<owner>[^,]{2,60})")
# a page straight after a day's date: `…, January 19, 1866, p. 8.`, `…, May 13, 1934, p. N1.`, `…, pp. 2-3`
# (`…, April 14, 2020, pp. 1 and B-1.`: an appendix's page after the body's)
_DAY_PAGE = r"(?:[A-Z]-?)?\d{1,5}(?:\s*[-–]\s*(?:[A-Z]-?)?\d{1,5})?"
_NO_YEAR_PAGE = r"(?!(?:1[5-9]|20)\d\d\b)\d{1,4}(?:\s*[–-]\s*\d{1,4})?"  # a page or range printed bare, no year
_BARE_PAGE_AFTER_DAY = re.compile(rf",\s+(?P<pages>{_NO_YEAR_PAGE})\.?\s*$")
_PAGE_AFTER_DAY = re.compile(
    rf",\s+pp?\.\s*(?P<pages>{_DAY_PAGE}(?:(?:,\s*|,?\s+and\s+){_DAY_PAGE})*)(?=[\s,.;:)]|$)"
)


_CLAUSE_COLON_NAME = re.compile(
    r"^(?P<clause>[A-Z][^:;“”\"()]{30,300}?[^.\s]):\s+(?=[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]*){1,3},\s+[A-Z“\"*])"
)
_FOUND_HERE = re.compile(r"^(?P<clause>[A-Z][^:“”\"()]{10,200}?)\s+(?:here|below|at)\s*:\s+(?=\S)")
_CLAUSE_THEN_SIGNAL = re.compile(
    r"^(?P<clause>[A-Z][^;“”\"()]{20,300}?),\s+(?:see|cf\.)(?:\s+also|\s+generally|,?\s+e\.g\.,?)?\s+(?=[A-Z])"
)


_ET_AL_TYPED = re.compile(r"\bet\.\s?al\b\.?")
_SUPRA_SLIP = re.compile(r"\b(?:supa|surpa)\s+(?=notes?\s+\d)")
_QUOTED_IN = re.compile(r"(?<=[,.;])\s+[Qq]uoted\s+in\s+(?=[A-Z“\"])")


# `Clarence Gohdes and Rollo G. Silver note that Hannah was “undoubtedly the favorite sister …” (Faint Clews &
# Indirections: … ([Durham, North Carolina: Duke University Press, 1949]), 209, an assertion that …`: a sentence
# quoting a work, the work in parentheses after the quotation, its imprint (in brackets or parentheses) dated
_QUOTE_THEN_SOURCE = re.compile(
    r"[”\"]\s*\((?P<source>[A-Z“\"][^()\[\]]{2,200}?\s*[(\[]{1,2}[^()\[\]]{2,120}\b(?:1[5-9]|20)\d\d[\])]{1,2}"
    r"(?:,\s*(?:pp?\.\s*)?[\dxivlc]+(?:\s*[-–]\s*\d+)?)?)"
)
_BRACKETED_IMPRINT = re.compile(r"(?<!\()\[([^\[\]]{2,120}:[^\[\]]{2,120}\b(?:1[5-9]|20)\d\d)\]")
_WRITERS_OPEN = re.compile(
    rf"^(?:As\s+)?(?P<who>{_PROSE_NAME}(?:,?\s+and\s+{_PROSE_NAME})?)\s+(?:also\s+)?"
    r"(?:notes?|argues?|writes?|observes?|suggests?|claims?|says?|states?|remarks?|points?\s+out|calls?|describes?)\b"
)


# `The most effective critical work on … the journal is Julie M. Norko’s "Christopher Pearse Cranch’s Struggles with
# the Muses," Studies in the American Renaissance 1992, ed. …`: a writer's possessive before the quoted title
# (the title closed by Chicago's comma and a container after it: not `the Administration's "…" rule`)
_POSSESSIVE_QUOTED = re.compile(rf"(?:^|\s)(?P<who>{_PROSE_NAME})[’']s\s+(?=[“\"][A-Z][^“”\"]+,[”\"]\s+[A-Z*])")


def _possessive_before_quoted_title(body: str) -> str:
    m = _POSSESSIVE_QUOTED.search(body)
    if m is None or not _name_like(m["who"]) or (m.start() > 0 and not is_prose(body[: m.start()])):
        return body
    return f"{m['who']}, {body[m.end() :]}"


def _source_after_quotation(body: str) -> str:
    m = _QUOTE_THEN_SOURCE.search(body)
    writers = _WRITERS_OPEN.match(body)
    if m is None or not (is_prose(body[: m.start()]) or writers):
        return body
    who = writers["who"] if writers and _name_like(writers["who"]) else None
    # (inside the parentheses the imprint is in brackets, CMOS 14.132: `(Lettres … [Amsterdam: …, 1769], xv)`)
    source = _BRACKETED_IMPRINT.sub(r"(\1)", m["source"])
    return f"{who}, {source}" if who else source


def _balanced(text: str) -> bool:
    return text.count("(") == text.count(")") and text.count("[") == text.count("]")


def _after_clause_of_comment(body: str) -> str:
    """The citation after a clause of comment that leads into it: `… can be found here:`, a sentence and its colon
    before the source it names, or a clause and then `see`/`cf.` (the clause must read as prose)."""
    if "here:" in body and (here := _FOUND_HERE.match(body)) and is_prose(here["clause"]):
        body = body[here.end() :]  # `A helpful list of all the tokens … can be found here: s-macke, All 100k …`
    elif (
        ": " in body and (said := _CLAUSE_COLON_NAME.match(body))
        and ". " not in said["clause"] and is_prose(said["clause"])
        # (the source has a year or a title in quotation marks or italics; `… for many productive conversations:
        # Giovanna Ceserani, Nicole Coleman, …` names people, who are thanked, not cited)
        and re.search(r"\b(?:1[5-9]|20)\d\d\b|[“\"*]", body[said.end() :]) is not None
    ):  # fmt: skip
        # `Katharina Piechocki similarly advocates … but does not address itinerary publication: Katharina N.
        # Piechocki, Cartographic Humanism (…)`: a sentence of comment, its colon, then the source it names
        body = body[said.end() :]
    if "uoted in " in body and (quoted := _QUOTED_IN.search(body)) and _balanced(body[: quoted.start()]):
        # `From an April 11, 1842, letter to Miss Julia Myers. Quoted in Lenora Cranch Scott, The Life and Letters …`,
        # `Letter to Edward P. Cranch, January 1, 1839, quoted in Dedmond, …`: the letter is read in the book that
        # quotes it, which is the source cited (the FRUS history's notes are labelled so too)
        body = body[quoted.end() :]
    if "’s “" in body or "'s \"" in body or '’s "' in body:
        body = _possessive_before_quoted_title(body)
    if "” (" in body or '" (' in body:
        body = _source_after_quotation(body)
    clause = _CLAUSE_THEN_SIGNAL.match(body) if ", see" in body or ", cf. " in body else None
    if clause and is_prose(clause.group("clause")) and ", see " not in body[clause.end() :]:
        # `A will’s language might be ambiguous even if a testator thought it precise, see, e.g., Mahoney v. Grainger,
        # 186 N.E. 86 (Mass. 1933)`: the sentence's clause of comment, then the signal, then the source (a second
        # clause and signal after it make two sources, left whole)
        body = body[clause.end() :]
    return body


# `Walter Ong, Orality and Literacy: … of the Word [1982] (1991)`: the year a reprinted work first appeared, in
# brackets after its title (CMOS 14.114), is a date of the work's history, no word of its title
_FIRST_PUBLISHED = re.compile(r"(?:(?<=[\w”\"])\s+|(?<=[”\"]))\[(?:1[5-9]|20)\d\d\](?=\s*[(,])")


def _parse_citation(raw: str, index: int = 0) -> FieldResult:
    s = " ".join(raw.split())
    body = _LEAD_IN.sub("", _LIST_BULLET.sub("", s), count=1)  # `- Id. at 270–71`: a copy's list bullet
    if "(forthcoming)," in body:
        # `Daniel Greene, Anna Lauren Hoffmann, and Luke Stark (forthcoming), "Better, nicer, …"`: the names' status
        body = body.replace(" (forthcoming),", ",", 1)
    if "supa " in body or "surpa " in body:
        body = _SUPRA_SLIP.sub("supra ", body)  # `Lin, supa note 36, at 1402.`: `supra` mistyped
    if ",," in body:
        body = re.sub(r"\s*,{2,}", ",", body)  # `Hawkins, supra note 148,, at 36–40.`: a comma typed twice
    if "et." in body:
        body = _ET_AL_TYPED.sub("et al.", body)  # `Nectar Gan, et. al., What’s Been …`, `Feltovich et.al., “Too …`
    if "¸ " in body:
        body = body.replace("¸ ", ", ")  # `…, 17 U.S. Economic Sanctions¸ in INTERNATIONAL …`: a cedilla typed
    if "[" in body:
        body = _FIRST_PUBLISHED.sub("", body)
    if " ed.s," in body:
        body = re.sub(r",?\s+ed\.s,", ", eds.,", body)  # (`Paula Findlen and Suzanne Sutherland ed.s, …`: `eds.`)
    body = _after_clause_of_comment(body)
    body = _normal_imprint(body)
    if ", ed, " in body or ", eds, " in body:
        body = _EDITOR_MARK_UNSTOPPED.sub(r", \1.,", body)  # `Lao Tie, ed, Zhong hua ye shi ci dian (…)`: `ed.,`
    if ", eds., " in body and (editors := _EDITORS_LISTED.match(body)):
        # `Bernhard Appel, Joachim Veit and Annette Landgraf, eds., …`, `Luis Vazquez de Parga, Jose M Lacarra, Juan
        # Uria Riu, eds., …`: editors listed without the serial comma, or without `and`, read as the list they are
        listed = [*editors["names"].split(", "), *([editors["last"]] if editors["last"] else [])]
        if ", " in editors["names"] and all(_one_name(n) for n in listed):
            body = f"{', '.join(listed[:-1])}, and {listed[-1]}, eds., {body[editors.end() :]}"
    if "ing " in body and "(" in body:
        # `Final Report of the Commissioners, 202–203, § 506 (restricting admission as an attorney to male citizens),
        # 110, § 251 (…)`: what the author says a page holds, between pinpoints, is comment (the one closing a
        # citation is read where it stands)
        body = _EXPLAINING_BETWEEN.sub("", body)
        # `…, WASH.POST, Mar. 25, 2020, https://… (quoting himself from 2008 and stating “…”)`: what the author says
        # the work does, closing the citation, is comment; its year is no imprint's
        # (a statute's or a court rule's is read with it by the legal reader)
        body = _EXPLAINING_LAST.sub("", body) if "§" not in body and " R. " not in body else body
    if ", for " in body and (purpose := _CITED_FOR.search(body)):
        body = body[: purpose.start("why")] + "."
    # `…; and Owen M. Fiss, Against Settlement, …`, `…; & Sarah Percy, …`: the joining word is not the author's
    body = _JOINING_WORD.sub("", body)
    if ". (" in body:
        # `71 U.S. (4 Wall.) 2 (1866)`, `5 U.S. (1 Cranch) 137`: the early reports' nominative reporter in brackets
        # (Bluebook 10.3.2) names the same volume again; the official one is read
        body = _NOMINATIVE_REPORTER.sub(lambda m: m.group("official") or m.group("official_state"), body)
    # `… (New York: Springer, 2009.`, `(Oxford: Oxford UP, 2012, 9-10.`: an imprint the author left open at the
    # note's end is closed where the year (or the pinpoint after it) ends, so it reads as Chicago's imprint
    body = _OPEN_IMPRINT_END.sub(lambda m: f"({m['imprint']}){', ' + m['pin'] if m['pin'] else ''}.", body)
    foreign = None
    if "] " in body or "], " in body:
        # (a gazette's law cited again, `…, No. 409-FZ, supra note 12, at art. 2`, is a short form: backrefs.py)
        foreign = None if "supra" in body else _FOREIGN_LAW.match(body) or _FOREIGN_GAZETTE.match(body)
    if foreign and not foreign["gazette"] and not _TRANSLATED_NAME.search(foreign["title"]):
        foreign = None  # (`Women's Early Modern Letters Online [WEMLO] 2016`: an acronym, no law's name translated)
    if foreign:
        # `Federal'nyi Zakon RF … [Federal Law of the Russian Federation on …], SOBRANIE ZAKONODATEL'STVA … [SZ RF]
        # [Russian Federation Collection of Legislation] 2015, No. 391-FZ, art. 2`: a foreign law as Bluebook 20.2
        # cites it, its name and the gazette each followed by an English translation in brackets
        law_rest, law_url = _take_url(foreign["rest"])
        date, date_iso = _date_fields(law_rest)
        # (the article cited keeps its `art.`, as the labels of statutes do; a page drops its `p.`)
        law_pin = _FOREIGN_LAW_PIN.search(law_rest)
        law_pages = (law_pin["art"] or law_pin["at"]) if law_pin else None
        return FieldResult(Citation(index=index, raw=raw, kind=CitationKind.OFFICIAL,
                                    title=foreign.groupdict().get("title"), container=foreign["gazette"], date=date,
                                    date_iso=date_iso, pages=law_pages, url=law_url))  # fmt: skip
    if "”" in body and (close := _CLOSE_WITHOUT_OPEN.match(body)) and "“" not in close.group("title"):
        # `Alert (AA20-049A): Ransomware Impacting Pipeline Operations,” United States Computer Emergency Readiness
        # Team (website), …`: the title's opening quotation mark lost at the note's start
        body = "“" + body
    biblatex = (". " in body or ".”" in body) and _BIBLATEX_MARK.search(body) and not VANCOUVER.match(body)
    if biblatex and (as_note := _biblatex_as_note(body)):
        # biblatex's verbose note (`Name and Name. "Title". en. In: Journal 14.7 (July 2019). issn: …. url: <URL>
        # (visited on 12/17/2019).`): its elements rewritten as Chicago's note, which the rules read
        return _reraw(parse_citation(as_note, index), raw)
    if "in hearing, " in body and (heard := _TESTIMONY_IN_HEARING.match(body)):
        # `Testimony of Hon. Hector V. Barreto, Administrator, Small Business Administration, in hearing, The
        # President's FY 2006 Budget Request …, Committee on Small Business …, U.S. Senate, 109th Congress, 1st
        # Session, April 20, 2005`: the witness and the hearing's title (Heritage's form)
        date, date_iso = _date_fields(body[heard.end("title") :])
        return FieldResult(Citation(index=index, raw=raw, kind=CitationKind.OFFICIAL, authors=(heard["who"],),
                                    title=heard["title"], date=date, date_iso=date_iso))  # fmt: skip
    if "U.S. " in body and (before_congress := _TESTIMONY_IN_CONGRESS.match(body)):
        witness, heard_at, hearing_pages = _testimony_in_congress(before_congress)
        date, date_iso = _date_fields(before_congress["rest"])
        return FieldResult(Citation(index=index, raw=raw, kind=CitationKind.OFFICIAL, authors=(witness,),
                                    title=heard_at, date=date, date_iso=date_iso, pages=hearing_pages))  # fmt: skip
    if " of " in body and (treaty := _ARTICLE_OF_INSTRUMENT.match(body)):
        # `Article 63 para 4 of GC I`, `Article 35 (3) of AP I`, `Preamble of the 1907 Hague Convention (IV)`: a
        # treaty's article (international lawyers' order, the article first) is the pinpoint; the treaty, its year
        # set off, is what is cited
        return FieldResult(Citation(index=index, raw=raw, kind=CitationKind.OFFICIAL, title=treaty["instrument"],
                                    pages=" ".join(treaty["article"].split()), date=treaty["year"],
                                    date_iso=treaty["year"]))  # fmt: skip
    if ("REC." in body or "Rec." in body) and (in_record := _RECORD_BLUEBOOK.match(body)):
        # `141 CONG. REC. S26553 (daily ed. Sept. 27, 1995) (statement of Sen. Orrin Hatch)` (Bluebook 13.5): the
        # Record's volume and page, the day of the daily edition; whose statement it was is comment
        date, date_iso = _date_fields(in_record["date"])
        return FieldResult(Citation(index=index, raw=raw, kind=CitationKind.OFFICIAL, container=" ".join(
            in_record["record"].split()), volume=in_record["vol"], pages=_clean_pages(in_record["pages"]), date=date,
            date_iso=date_iso))  # fmt: skip
    if " R. " in body and (rule := _COURT_RULE.match(body)):
        # `FED. R. CIV. P. 12(a)(1) (twenty-one days)`, `FED. R. EVID. 409 advisory committee's note`, `SUP. CT. R.
        # 10`: a rule of court (Bluebook 12.9.3), cited by its number, what the author says of it left out
        rule_cited = " ".join(rule["rule"].split())
        return FieldResult(Citation(index=index, raw=raw, kind=CitationKind.OFFICIAL, title=rule_cited))
    if "Order" in body and (order := _EXECUTIVE_ORDER_LEAD.match(body)):
        # `Exec. Order No. 14028, “Improving the Nation’s Cybersecurity,” 86 Fed. Reg. 26633 (2021)`: the order's
        # number leads its title; no one wrote it
        return _reraw(parse_citation(body[order.end() :], index), raw)
    if ("”" in body or '"' in body) and (signalled := _QUOTATION_THEN_SIGNAL.search(body)):
        # `Michael Barkun defines conspiracy as “the belief that …,” see Michael Barkun, A Culture of Conspiracy …`,
        # `On drawbacks to “conspiracy belief,” see Lance deHaven-Smith, …`: the words quoted are the comment's, the
        # source follows the signal
        return _reraw(parse_citation(body[signalled.end() :], index), raw)
    if ("'s " in body or "’s " in body) and (owner := _POSSESSIVE_PART.search(body)) is not None and (
        is_prose(body[: owner.start()]) or _LOWER_CASE_LEAD.search(body[: owner.start()]) or owner.start() == 0
    ):
        # `See the account of Giffard in John Fox’s introduction to An Anglo-Norman Rhymed Apocalypse …, ed. Olwen
        # Rhys (Oxford: ANTS, 1946)`: the writer's part of a book, as `John Fox, introduction to …` (CMOS 14.110)
        return _reraw(parse_citation(f"{owner.group('who')}, {body[owner.end('s') :].lstrip()}", index), raw)
    if ("'s " in body or "’s " in body) and (owner := _POSSESSIVE_BOOK.search(body)) is not None and (
        (owner.start() == 0 and not _MADE_BY.search(body, owner.end()))
        or (":" not in (before := body[: owner.start()]) and (is_prose(before) or _LOWER_CASE_LEAD.search(before)))
    ):  # (not a possessive inside a subtitle: `…, Computation into Criticism: A Study in Jane Austen's Novels …`)
        # `Franco Moretti's Atlas of the European Novel 1800-1900 (London: Verso, 1998)`: the book named by its
        # author's possessive in a sentence of comment reads as Chicago's `Franco Moretti, Atlas …`
        return _reraw(parse_citation(f"{owner.group('who')}, {body[owner.end('s') :].lstrip()}", index), raw)
    if (":" in body or "loc." in body) and (media := _MEDIA_PIN.search(body)) and media.start() > 0:
        # `Anderson, Did the Holocaust Really Happen?, 00:34:20.`, `Ibid., 00:01:45-00:02:40`, `Marrs, Conspiracy of
        # the Six-Pointed Star, loc. 347, Kindle.`: a recording's time or an e-book's location is the pinpoint of a
        # work cited again (after a full citation, `YouTube video, 23:29` is the running time, which no one labels)
        repeated = _parse_citation(body[: media.start()], index)
        work = repeated.citation
        if repeated.is_ibid or repeated.maybe_short or not (work.container or work.date or work.url or work.publisher):
            media_pin = re.sub(r",\s*Kindle$", "", media.group("pin"))
            return _reraw(dataclasses.replace(repeated, citation=dataclasses.replace(work, pages=media_pin)), raw)
    if " ibid" in body.lower() and (in_ibid := _PART_IN_IBID.match(body)) is not None:
        # a part of the work just cited, quoted by its title `in ibid.`: that work again, at the part's page
        pages = _clean_pages(in_ibid.group("pages")) if in_ibid.group("pages") else None
        return FieldResult(Citation(index=index, raw=raw, ibid=True, pages=pages), is_ibid=True)
    m = _IBID.match(body)
    if m:
        pages = _clean_pages(m.group("pages")) if m.group("pages") else None
        return FieldResult(Citation(index=index, raw=raw, ibid=True, pages=pages), is_ibid=True)
    if _ACKNOWLEDGEMENT.match(body) and not find_urls(body):
        # `This work has been supported by the Stanford Center for …`, `Thanks to Alexander Ihler.`, `I am grateful
        # to …`: the author's thanks or funding, no source; a citation after the sentence is read on its own
        # (`Thanks to … reviewers. ^?^ Nancy Cott, “Considering the State …,” Journal of Women's History …`)
        thanked = re.search(r"(?<!\b[A-Z])[.!]\s+(?:\S{1,4}\s+)?(?=[A-Z“\"])", body)  # (not an initial's stop)
        cited_after = body[thanked.end() :] if thanked else ""
        if cited_after and re.search(r"[“\"]|\b(?:1[5-9]|20)\d\d\b", cited_after):
            return _reraw(parse_citation(cited_after, index), raw)
        return FieldResult(Citation(index=index, raw=raw), commentary=True)
    if len(body.strip(" .;,")) <= 2:
        # `… accompanying text. R`: a law review's margin mark for a cross-reference, not a source
        return FieldResult(Citation(index=index, raw=raw), commentary=True)
    if (town := _TOWN_AND_STATE.fullmatch(body.strip(" .;,"))) and is_place(town.group(0)):
        # `… occurred in Oakland, CA; Miami, FL; Savannah, GA; …`: a place in a list of comment, no source
        return FieldResult(Citation(index=index, raw=raw), commentary=True)
    supra = find_supra(body)
    if supra is not None and not (supra.pages or supra.every) and "supra" in body.lower() and (
        not supra.who or _PROSE_THEN_SEE.fullmatch(supra.who) or _POINTED_TO.fullmatch(supra.who)
    ):
        # `See supra note 17.`: a law review pointing to its own note, as `supra note 17 and accompanying text` does;
        # no work is named again (Chicago's `See note 14 above` is the work cited there, again)
        return FieldResult(Citation(index=index, raw=raw), commentary=True)
    if supra is not None:
        return FieldResult(Citation(index=index, raw=raw, pages=supra.pages), supra=supra)
    if "No." in body and (law_again := LAW_NUMBER_SHORT.match(body)):
        # (backrefs.py resolves it to the latest full citation that printed the number)
        short = Citation(index=index, raw=raw, kind=CitationKind.OFFICIAL, title=body.rstrip(". "),
                         pages=law_again.group("pin"))  # fmt: skip
        return FieldResult(short, doc_number=f"No. {law_again.group('number')}")
    if "Pub" in body:
        body = _PUBLICATION_NUMBER.sub("", body)
    if ":" in body and (verse := _BIBLE_VERSE.match(body)):
        # `Deuteronomy 24:14–15`, `see also Leviticus 19:13 (“Do not hold back …”)`: a book of the Bible by its
        # name, chapter and verse the place cited
        return FieldResult(Citation(index=index, raw=raw, kind=CitationKind.BOOK, title=verse.group("book"),
                                    pages=verse.group("verse")))  # fmt: skip
    if review_page := _REVIEWED_PAGE.match(body):
        # `P. 88.`, `Pp. 107–08.`: a book review's pinpoint in the book under review, named in its heading
        return FieldResult(Citation(index=index, raw=raw, pages=_clean_pages(review_page.group("pages"))))
    if " WL " in body and (westlaw := _WESTLAW_CASE.match(body)):
        # `Bluewater Trading LLC v. Fountaine Pajot, S.A., No. 07-61284-CIV, 2008 WL 895705, at 5 (S.D. Fla. Apr. 2,
        # 2008)`: an unreported case by its Westlaw number (Bluebook 18.3.1), the number its report, the day decided
        # its date; `Young, 1994 WL 506403, at 3` cites it again (or a case the notes never cited in full)
        number = westlaw.group("num")
        court = _FIRST_PAREN.search(body, westlaw.end("num"))  # `(D. Mont. Mar. 31, 2011)`, after any pinpoint
        decided = _DATE.search(court.group(1)) if court else None
        # (the labels, as the law reviews' tables of authorities, give such a case no reporter and no page)
        name = westlaw.group("name").strip()
        if " at " in name and (filed := FILED_IN_CASE.fullmatch(name)):
            # `Complaint at 14, Unsworth v. Musk, No. 2:18-cv-8048, 2018 WL 4403350 (C.D. Cal. Sept. 17, 2018)`: a
            # document filed in the case, at its page; the case is its container
            return FieldResult(Citation(
                index=index, raw=raw, kind=CitationKind.OFFICIAL, title=filed.group("doc"),
                container=filed.group("case"), pages=_clean_pages(filed.group("pin")),
                date=decided.group(0) if decided else westlaw.group("year"),
                date_iso=iso_of(decided) if decided else westlaw.group("year"),
            ))  # fmt: skip
        case = Citation(
            # (`No. 16-253, 2018 WL 4177776 (Vt. Aug. 31, 2018)`: a case the sentence named, cited by docket alone)
            index=index, raw=raw, kind=CitationKind.OFFICIAL, title=None if _DOCKET_ALONE.match(name) else name,
            volume=number,
            date=decided.group(0) if decided else westlaw.group("year"),
            date_iso=iso_of(decided) if decided else westlaw.group("year"),
        )  # fmt: skip
        case_name = case.title or ""
        named_in_full = bool(court) or " v. " in case_name or case_name.lower().startswith(("in re ", "ex parte "))
        if named_in_full and not court and westlaw["pin"] and not westlaw["docket"]:
            # `Ex Parte Jones, 2018 WL 2228888, at 8.` after the case in full: no court, no day, no docket, only
            # the page in the Westlaw text (Bluebook 10.9's short form) cites it again
            named_in_full = False
        if not named_in_full and westlaw["pin"]:
            case = dataclasses.replace(case, pages=_clean_pages(westlaw["pin"].replace("*", "")))
        return FieldResult(case) if named_in_full else FieldResult(case, reporter=(number, "wl"))
    if short_case := _CASE_SHORT.match(body):
        # `Tinker, 393 U.S. at 511`, `B.L. ex rel. Levy, 964 F.3d at 196`, `393 U.S. at 506`: a case cited again by
        # its volume and reporter (Bluebook 10.9), resolved against the earlier citation of that report
        vol, reporter = short_case.group("vol"), " ".join(short_case.group("reporter").split())
        name = (short_case.group("name") or "").strip() or None
        case = Citation(index=index, raw=raw, kind=CitationKind.OFFICIAL, title=name, container=reporter, volume=vol,
                        pages=_clean_pages(short_case.group("pin")))  # fmt: skip
        return FieldResult(case, reporter=(vol, reporter_key(reporter)))
    bare = _SUPRA_BARE.match(body)
    if bare:
        # `Cunningham, supra, at 1633` / `DEBT WEIGHT, supra, at 1`: no note number, so the latest
        # earlier work by that author or with that short title
        who, at = bare.group("who").strip(), bare.group("at")
        pages = _clean_pages(at) if at else None
        if _AUTHOR_SHORT.match(who):
            names = re.sub(r"\s+et\s+al\.?$", "", who)
            short = Citation(
                index=index, raw=raw, authors=tuple(re.split(r"\s+(?:&|and)\s+", names)), pages=pages,
                title=bare.group("short"),
            )  # fmt: skip
        else:
            short = Citation(index=index, raw=raw, title=who, pages=pages)
        return FieldResult(short, maybe_short=True)
    if talk := _PERSONAL_WITH_AUTHOR.match(body):
        return _personal_with_author(talk, raw, index)
    if (talk := _PERSONAL_SHORT.match(body)) and talk.group("who").lower() not in _TALK_WORDS and (
        talk.group("what")[:1].islower() or not re.search(r"\d", talk.group("rest") or "") or _DATE.search(body)
    ):
        # `Sidik, interview.`, `McNamara interview.`: that person's interview, cited again (`Pope, Correspondence,
        # 2:47` is the short title of an edition of letters and its page)
        return _personal_short(talk, raw, index)
    if nlm := VANCOUVER.match(body):
        return FieldResult(_vancouver(nlm, raw, index))
    bib = _bibliography_head(body)
    if bib is not None:
        return _reraw(_bibliography_entry(bib[0], bib[1], bib[2], index), raw)
    if (as_note := _bibliography_imprint_as_note(body)) is not None:
        return _reraw(parse_citation(as_note, index), raw)
    body = _HEREINAFTER_NAME.sub("", body) if "after" in body.lower() else body  # (its word, in any case)
    if "(quot" in body or "(citation" in body:
        body = _QUOTE_PIN.sub("", body)
    if (archive_file := archival.record_file(body, raw, index)) is not None:
        return FieldResult(archive_file)
    if (paper := archival.paper_by_heading(body, raw, index)) is not None:
        return FieldResult(paper)
    if (held := archival.letter_in_holding(body, raw, index)) is not None:
        return FieldResult(held)
    act = (
        _NAMED_ACT.match(body)
        if " Act" in body and not _STATUTES_AT_LARGE.search(body) and not _CONGRESS_NUMBER.search(body)
        else None
    )  # (Heritage's `H.R. 3684, Infrastructure … Act, Public Law No. 117-58, 117th Congress, …` is read below)
    pinned = (act.group("pin2") or "") if act is not None else ""
    if pinned and (re.search(r"https?://|www\.", pinned) or _DATE.search(pinned)):
        # `H.R. 5376, Inflation Reduction Act of 2022, Public Law No. 117-169, August 16, 2022, <url>`: read below
        act = None
    if act is None and " Act" in body and (named_bill := _ACT_BY_NAME.fullmatch(body.rstrip(". "))):
        # `National Defense Authorization Act for Fiscal Year 2022.`, `H.R. 8767, Empowering Parents Act, 117th
        # Congress.`: an act or a bill by its name alone (its number and Congress only identify it)
        # (with a section after it, `See Inflation Reduction Act, § 10301.`, an act the notes cited before is cited
        # again: backrefs.py looks for it)
        act_cited = Citation(index=index, raw=raw, kind=CitationKind.OFFICIAL, title=named_bill.group("name"),
                             pages=named_bill.group("pin"))  # fmt: skip
        return FieldResult(act_cited, maybe_short=bool(named_bill.group("pin")))
    if act is not None:
        # `Foreign Intelligence Surveillance Act of 1978, Public Law 95-511`, `Don Young Coast Guard Authorization Act
        # of 2022 (P.L. 117-263, Division K, Title CXII)`: a statute by its name, the public law's number only
        # identifying it, what follows the number its pinpoint (Bluebook's `…, Pub. L. No. 114-258, 130 Stat. 1355`
        # is cited whole, as law reviews' labels read it)
        pin = (act.group("pin") or act.group("pin2") or "").strip(" ,") or None
        law = Citation(index=index, raw=raw, kind=CitationKind.OFFICIAL, title=act.group("name"), pages=pin)
        return FieldResult(law)
    if ("Record" in body or "Register" in body or "Globe" in body) and (by_volume := _RECORD_BY_VOLUME.match(body)):
        # `Congressional Record, vol. 170, no. 182 (December 9, 2024), p. H6525`, `Congressional Record – Senate, vol.
        # 136, pt. 22, October 19, 1990, p. 31389`: the Record cited by volume, day and page, with no debate named
        found, (date, date_iso) = find_urls(body), _date_fields(by_volume.group("date") or body[by_volume.end() :])
        return FieldResult(Citation(
            index=index, raw=raw, kind=CitationKind.OFFICIAL, container=" ".join(by_volume.group("record").split()),
            date=date, date_iso=date_iso, pages=_clean_pages(by_volume.group("pages")),
            url=found[0].url if found else None,
        ))  # fmt: skip
    if " MS" in f" {body}" and (shelved := _SHELFMARK.match(body)):
        # `BL Add MS 19400, fol. 45r`, `Emmanuel College, Cambridge, MS 260, fols. 12r–15v`: a manuscript by its
        # library's shelfmark, cited whole (as an archive's file is: its designation the title), the folio the pinpoint
        return FieldResult(Citation(index=index, raw=raw, title=shelved.group("title"), pages=shelved.group("pin")))
    has_url = bool(find_urls(body))  # asked by several of the shapes below: found once
    if (_CONSTITUTION.match(body) or _TREATY_ARTICLE.match(body)) and not has_url:
        # `U.S. Constitution, art. 2, sec. 2, cl. 2.`: cited whole, like a code section
        title = _EXPLANATION.sub("", body).strip().rstrip(".")
        return FieldResult(Citation(index=index, raw=raw, kind=CitationKind.OFFICIAL, title=title))
    if ", V" in body and (data := _DATAVERSE.search(body)):
        # `Piper, Andrew, 2016, "Fictionality", doi:10.7910/DVN/5WKTZV, Harvard Dataverse, V1`: a dataset as its
        # repository's "Cite" button writes it (authors inverted and joined by `;`, the year, the title, the DOI, the
        # repository, the version): a page of the repository, as the corpus labels datasets
        dataset = Citation(
            index=index, raw=raw, kind=CitationKind.WEB, authors=tuple(re.split(r";\s+", data.group("who"))),
            title=data.group("title"), container=data.group("repo"), date=data.group("year"), year=data.group("year"),
            date_iso=data.group("year"),
        )  # fmt: skip
        return FieldResult(dataset)
    quoted = _find_quoted(body)
    # a quotation inside a sentence of comment is not a title: `… others “by demanding money …”`
    quote_in_prose = quoted is not None and (
        (len(body[: quoted[0]].split()) >= 5 and is_prose(body[: quoted[0]]) and not _names_then_title(body, quoted))
        or quoted[2][:1] in "[…."
        or quoted[2][:1].islower()
        # `He acknowledged why …: “It sounds really sick, …”`: a quotation a sentence introduces with a colon
        or bool(_WORD_COLON_END.search(body[: quoted[0]]))
        # `Specifically, Caswell notes that "'the archive' denotes …"`: a quotation a clause introduces with `that`
        or bool(_THAT_END.search(body[: quoted[0]]))
    )
    # `Langbein, Origins, 190––reiterating, without revision, …`: a short form, then a comment
    short_then_comment = bool((cs := _CHICAGO_SHORT.match(body)) and cs.group("pages"))
    prose = (
        (is_prose(body) or is_statement(body))
        and not short_then_comment
        and (quoted is None or quote_in_prose)
        and not _PERSONAL.match(body)
        and not has_url
        and not _ARXIV_ID.search(body)  # `Alan Chan et al., IDs for AI Systems, arXiv preprint arXiv:2406.12137v3 (…)`
        # (`Jacobson v. Massachusetts, 197 U.S. 11, 25 (1905) (upholding …, observing that "…")`: a case cited by its
        # reporter, however much its parenthetical says)
        and not _CASE_CITED.match(body)
        and not _ENDS_IN_IMPRINT.search(body)
        and not _NAME_THEN_PLACE_YEAR.match(body)
        # `Final Report of the Commissioners on Practice and Pleadings, in Documents of the Assembly of the State of
        # New York, 73d sess., vol. 2, no. 16 (New York, 1850), viii`: a title in headline style, its small words in
        # lower case, then a place and year, is one sentence of citation
        and not (_PLACE_YEAR_END.search(body) and not _SENTENCE_BREAK.search(body))
        and not _CODE_LEAD.match(body)  # `…, Public Law 95–372; and 30 U.S.C. § 21 et seq.`: the last of a list
    )
    # a sentence that starts as comment (`The example is based on MARK FORSYTH, THE ELEMENTS OF ELOQUENCE (2013)`,
    # `The technical approach is described in Alec Radford, …, Language Models are …, OPENAI (Feb. 14, 2019)`) reads
    # as no prose as a whole, its title's capitals outweighing the comment: the words before the cut decide
    # (`A survey in 2024 … found that …, see Katja Grace et al., …`: a sentence may open with `A`; a quotation in the
    # citation's closing parenthetical, `(recommending … “improve a … ratio”)`, is no quoted title)
    lead_in = (
        not prose
        and bool(_SENTENCE_START.match(body))
        and (quoted is None or body.rfind("(", 0, quoted[0]) > body.rfind(")", 0, quoted[0]))
    )
    if (prose or lead_in) and _YEAR_PAREN.search(body):
        # `This asymmetry is also discussed in Yonathan A. Arbel & Roy Shapira, Theory of the Nudnik,
        # 73 VAND. L. REV. 929 (2020)`: a sentence of comment that ends in a citation
        for cut in list(_PROSE_TO_CITATION.finditer(body))[:5]:
            if lead_in and not (is_prose(body[: cut.end()]) or _SHORT_LEAD.fullmatch(body[: cut.end()])):
                continue
            rest = body[cut.end() :]
            legal_found = parse_legal(rest)
            # (a case the comment names, reported: `… such as Cummings v. Missouri, 71 U.S. (4 Wall.) 277 (1867)`)
            reported_case = bool(
                legal_found and legal_found.kind is CitationKind.OFFICIAL and legal_found.container is not None
            )
            if legal_found is not None and legal_found.title and (legal_found.authors or reported_case):
                return parse_citation(rest, index) if raw == rest else _reraw(parse_citation(rest, index), raw)
            if _EDITOR_FIRST.match(rest) and (edited := parse_citation(rest, index)).citation.authors:
                return edited if raw == rest else _reraw(edited, raw)
            if _MARKED_AUTHORS_HEAD.match(rest) and (marked_by := parse_citation(rest, index)).citation.title and (
                marked_by.citation.authors
            ):
                # `… require human intelligence, Tao Feng et al., How Far Are We From AGI …, TRANSACTIONS ON MACHINE
                # LEARNING RESEARCH (Oct. 2024), https://…`: the comment ends where names marked as authors begin
                return marked_by if raw == rest else _reraw(marked_by, raw)
            book = _BOOK_ENDING.match(rest)
            if book and _name_like(book.group("names")) and (the_book := parse_citation(rest, index)).citation.title:
                # `… CRS uses the five-layer model described in Andrew S. Tanenbaum et al., Computer Networks, 6th ed.
                # (Pearson Education, 2020), p. 67`: a sentence of comment that ends in a book, its imprint and page
                return the_book if raw == rest else _reraw(the_book, raw)
    # `"The Army's internal assessment … Russia or China. Consequently, … an open question."`: a quoted
    # passage of prose standing alone (the source follows in the next sentence) is a quotation
    # (the sentence split leaves the closing quote with the next sentence)
    quotation = bool(
        quoted and quoted[0] == 0 and (not quoted[3] or not body[quoted[1] :].strip(" .\"”"))
        and re.search(r"[.?!]\s+[A-Z]", body) and is_prose(body) and not has_url
    )  # fmt: skip
    # `Cai writes, "For geographic information, the document space …" (66).`: words a writer is quoted as saying,
    # with no year or address after them (a page in parentheses at most), are a quotation too, from the source the
    # note cites before them
    quotation = quotation or bool(
        quoted and quoted[0] > 0 and _SAYS_BEFORE_QUOTE.search(body, 0, quoted[0]) and not has_url
        and not re.search(r"\d", _QUOTED_PAGE.sub("", body[quoted[1] :], count=1))
    )  # fmt: skip
    if prose and (fs := _FULL_NAME_SHORT.match(body)) and (fs.group("pages") or fs.group("quoted")):
        return FieldResult(_chicago_short(fs, raw, index), maybe_short=True, antecedent_required=True)
    lead = (
        _COMMENT_THEN_SHORT.search(body)
        if not has_url and not _PERSONAL.match(body) and not _DATE.search(body)
        else None
    )
    if lead and quoted is not None and quoted[0] < lead.end():
        # (a quoted short title may follow: `A detailed discussion … can be found in Beals, "Scissors and Paste."`;
        # a quotation before the name is the comment's own)
        lead = None
    comment = body[: lead.start()].split() if lead else []
    ending = _CHICAGO_SHORT.match(body[lead.end() :]) if lead and len(comment) >= 3 else None
    if ending and sum(w.islower() for w in comment) >= 2:
        # `Numbers are taken from Kamarck, Diversity, Inclusion, and Equal Opportunity.`: a sentence of comment
        # that ends in a short form; a source only when an earlier note cites that work (backrefs.py)
        return FieldResult(_chicago_short(ending, raw, index), maybe_short=True, antecedent_required=True)
    if prose and "(" in body and (bracketed := _bracketed_short_form(body)) is not None:
        # `The universe was seen as consisting of spherical shells, … (North, Cosmos, 83–85).`, `… (as described by
        # Weinrob et al., The London Encyclopaedia, 78) …`: a short form in brackets inside a sentence of comment; a
        # source only when an earlier note cites that work (backrefs.py)
        return FieldResult(_chicago_short(bracketed, raw, index), maybe_short=True, antecedent_required=True)
    if _INTERNAL.match(body) or prose or quotation:
        return FieldResult(Citation(index=index, raw=raw), commentary=True)  # a comment, not a source
    if bill := _STATE_BILL.match(body):
        title, year = bill.group("bill").strip(), bill.group("year")
        bill_cite = Citation(index=index, raw=raw, kind=CitationKind.OFFICIAL, title=title, date=year, date_iso=year)
        return FieldResult(bill_cite)
    if (
        "Cong" in body and (serial := _SERIAL_SET_DOC.match(body))
        and ", in " not in serial.group("title") and not _DATE.search(serial.group("title"))
    ):  # fmt: skip
        # `Message of the President …, 41st Cong. 3d. sess., H. Ex. Doc. 1, Part 1, 450`: a document of Congress by
        # its title, Congress, session and number (the Serial Set's), the page cited (not `Christiancy to Blaine, May
        # 5, 1881, in War in South America, 47th Cong. …`: a letter printed in one)
        doc = Citation(index=index, raw=raw, kind=CitationKind.OFFICIAL, title=serial.group("title").strip(),
                       pages=_clean_pages(serial.group("pages")) if serial.group("pages") else None)  # fmt: skip
        return FieldResult(doc)
    if "Stat." in body and (statute := _STATUTE_PAGE.match(body)):
        date, date_iso = _date_fields(statute.group("date"))
        law = Citation(index=index, raw=raw, kind=CitationKind.OFFICIAL, title=statute.group("title"), date=date,
                       date_iso=date_iso, pages=_clean_pages(statute.group("pages")))  # fmt: skip
        return FieldResult(law)
    if body.startswith("Hearing") and (hearings := _HEARINGS_FIRST.match(body)):
        date, date_iso = _date_fields(hearings.group("date"))
        pages = _clean_pages(hearings.group("pages")) if hearings.group("pages") else None
        held = Citation(index=index, raw=raw, kind=CitationKind.OFFICIAL, title=hearings.group("title").strip(),
                        date=date, date_iso=date_iso, pages=pages)  # fmt: skip
        return FieldResult(held)
    if _PUBLIC_LAW.match(body) or _CONGRESS_DOC.match(body):
        # `P.L. 116-283, §3511`: a statute cited whole, like a code section, not a short form
        law = Citation(index=index, raw=raw, kind=CitationKind.OFFICIAL, title=body.strip().rstrip(".").strip())
        return FieldResult(law)
    dm_ = _DOC_SHORT.match(body)
    if dm_ and not _DATE.search(body):
        # `Law No. 1-FKZ, article 12.`: a document's short form by its title
        pin = re.sub(r"(?<=\d)\.$", "", dm_.group("pin"))  # `section 3.2.2.2.`: the full stop ends the note
        short = Citation(index=index, raw=raw, title=dm_.group("title"), pages=pin)
        return FieldResult(short, maybe_short=True)
    if (annual := _ANNUAL_VOLUME.fullmatch(body)) is not None:
        # `Foreign Relations, 1871, pp. 97–111.`, `Message, 1861, p. 31.`: a series' volume by its short title and
        # year, then the page; a repeat of the volume when an earlier note cites it (backrefs.py)
        volume = Citation(index=index, raw=raw, kind=CitationKind.BOOK, title=annual["title"],
                          pages=_clean_pages(annual["pages"]))  # fmt: skip
        return FieldResult(volume, maybe_short=True)
    if (alone := _SURNAME_ALONE.fullmatch(body)) is not None:
        # `Kitchin; David Beer, "How Should …"`: a surname alone, in a list of citations, is the work by that author
        # an earlier note cites; with none, it is a word, not a source (backrefs.py)
        named = Citation(index=index, raw=raw, authors=(alone.group("name"),))
        return FieldResult(named, maybe_short=True, antecedent_required=True)
    am = _AUTHOR_SHORT.match(body)
    # `Schadlow and Helwig;` in a list of citations: two authors' names alone are a short form too
    # (`For China, see Liu and Gunn.`: names a sentence of comment points to, no page and no title, cite nothing yet)
    pointed_to = len(body) < len(s) and not s.startswith(("and ", "& "))
    if am and not am.group("pages") and pointed_to and _TWO_NAMES.fullmatch(body):
        return FieldResult(Citation(index=index, raw=raw), commentary=True)
    if am and (am.group("pages") or _OP_CIT.search(body) or _TWO_NAMES.fullmatch(body)):
        names = re.sub(r"\s+et\.?\s+al\.?$", "", am.group("names"))
        authors = tuple(re.split(r",?\s+(?:&|and)\s+|,\s+", names))
        pages = _clean_pages(am.group("pages")) if am.group("pages") else None
        year = am.group("year")  # the work's year, which picks it among the author's works
        # `Emsley, Crime and Society, 216` reads as three surnames too: what follows the first comma is kept
        # as a short title, and the look-up tries it first (backrefs.py)
        named_title = names.split(",", 1)[1].strip() if len(authors) > 2 else None
        short = Citation(
            index=index, raw=raw, authors=authors, title=named_title, pages=pages, date=year, date_iso=year
        )  # fmt: skip
        return FieldResult(short, maybe_short=True)
    if (front := _FRONT_MATTER.match(body)) is not None and (by := _front_matter_writers(front.group("names"))):
        # `Roger Shattuck, introduction to Exploits and Opinions of Dr. Faustroll …, trans. … (Boston: Exact Change,
        # 1996), xi.`, `Fox, introduction to Anglo-Norman Rhymed Apocalypse, xii.`: a part of a book by another
        # writer than the book's is that part, in the book (CMOS 14.110); the book's imprint and the pages are its
        if "(" not in body[front.end() :] and (again := _SHORT_BOOK_PAGES.match(body, front.end())) is not None:
            # (`Fox, introduction to Anglo-Norman Rhymed Apocalypse, xii.`: the part cited again, by its book's short
            # title and the page)
            part = Citation(
                index=index, raw=raw, authors=by, title=front.group("part"), container=again.group("book"),
                pages=_clean_pages(again.group("pages")),
            )  # fmt: skip
            return FieldResult(part, maybe_short=True)
        the_book = _parse_citation(body[front.end() :], index)
        whole = the_book.citation
        if whole.title and not (the_book.is_ibid or the_book.supra or the_book.commentary):
            kind = CitationKind.BOOK if whole.kind in (CitationKind.BOOK, CitationKind.UNKNOWN) else whole.kind
            # (`introduction to English Trader, Indian Maid: …, ed. Felsenstein (…)`, `… Pataphysician by Alfred
            # Jarry, trans. …`: the book's title runs up to its author, editor or imprint, commas and all)
            book_title = whole.title
            if (ends := _BOOK_TITLE_ENDS.search(body, front.end())) is not None and ends.start() > front.end():
                as_printed = _clean_title(body[front.end() : ends.start()]) or book_title
                longer = book_title.startswith(as_printed) and book_title.rstrip(". ") != as_printed.rstrip(". ")
                book_title = as_printed if whole.authors or longer else book_title
            part = dataclasses.replace(
                whole, raw=raw, authors=by, title=front.group("part"), container=book_title, kind=kind,
                refers_to=None, short_form=False, unresolved=False,
            )  # fmt: skip
            return FieldResult(part, maybe_short=the_book.maybe_short)
    if ("ICJ" in body or "ICT" in body or "Prosecutor v" in body) and (judged := _tribunal(body)) is not None:
        return FieldResult(dataclasses.replace(judged, index=index, raw=raw))  # (the forms end at the paragraph)
    cs = _CHICAGO_SHORT.match(body)
    cited = body[: cs.end("pages")] if cs and cs.group("pages") else body  # a comment after the page may hold a year
    # (`Peter King, Crime and Law …, Cambridge: Cambridge University Press, 2006.`: an imprint without its
    # parentheses ends a full citation, not a short form's page)
    bare_imprint = _BARE_IMPRINT_END.search(body)
    pinned_at = _PINNED_AT.search(body)
    # (`EPA, Regulatory Impact Analysis …, 2024 (hereinafter EPA RIA).`: a citation naming its short form is full)
    names_short = "hereinafter" in raw and _HEREINAFTER_NAME.search(raw) is not None
    if cs and not _DATE.search(cited) and not has_url and not pinned_at and not bare_imprint and not names_short:
        return FieldResult(_chicago_short(cs, raw, index), maybe_short=True)

    if (editor := _EDITOR_AFTER_NAMES.match(body)) and _name_like(editor.group("names")):
        # `Robert Braden, ed., Requirements for Internet Hosts—Communication Layers, IETF, RFC 1122, October 1989`:
        # the editor stands for the author (CMOS 14.103); `ed.` is no title
        body = f"{editor.group('names')}, {body[editor.end() :]}"
    p = Parsed()
    warnings: list[str] = []
    p.personal = bool(_PERSONAL.match(body))
    harvard = "vailable" in body and bool(_AVAILABLE_FROM.search(body))
    body, p.url = _take_url(_mark_bare_access_date(body))
    body, p.accessed = _take_accessed(body)
    # `…, Internet Engineering Task Force (IETF), Request for Comments (RFC) 1122, October 1989, p. 7`: a standards
    # body's numbered document is its report; the number is no journal's volume
    standard = _STANDARD_NUMBER.search(body) if "RFC" in body or "Request for Comments" in body else None
    if standard is not None:
        body = body[: standard.start()] + body[standard.end() :]
    # `…, 41, no. 6 (December 2013): 545–69, doi:10.1016/j.poetic.2013.10.001`: Chicago's DOI after the pages
    # (17th ed. 14.175), printed bare, is no address to check and no part of the journal or its pages
    folded = body.lower()  # the patterns below need these words: most citations have none, so skip their scans
    if "doi" in folded:
        body = _TRAILING_DOI.sub("", body)
    if "retrieved" in folded:
        body = _RETRIEVED_FROM.sub("", body)  # APA's `Retrieved from <URL>`: the URL is already taken
    # `3 USC 301, https://…; Accessed March 9, 2021.`: the URL and the access date leave `, ;` behind
    body = _strip_trailing_separators(body.strip().rstrip(".").strip())
    if vote := _ROLL_CALL.match(body):
        return FieldResult(Citation(
            index=index, raw=raw, kind=CitationKind.OFFICIAL, title=vote.group("vote"), url=p.url, accessed=p.accessed,
        ))  # fmt: skip
    if ("Table" in body or "Figure" in body) and (table := _TABLE_PIN.search(body)) and table.start() > 0:
        # `BEA, International Transactions (ITA), Table 4.3 (U.S. International Transactions …), line 39`: a data
        # set's table (its name in parentheses) and line are where in the source, as a page is
        body, p.pages = body[: table.start()], table.group("pin")
    if ("Code" in body or "U.S.C" in body) and (code_title := _CODE_TITLE.fullmatch(body)):
        # `8 U.S. Code, <https://www.law.cornell.edu/uscode/text/8>`: a whole title of the Code, cited as a code
        # section is: `official`, as printed
        title = code_title.group(0).strip().rstrip(",")
        return FieldResult(Citation(index=index, raw=raw, kind=CitationKind.OFFICIAL, title=title, url=p.url,
                                    accessed=p.accessed))  # fmt: skip
    if "Congress" in body and (print_ := _COMMITTEE_PRINT.match(body)):
        # `Staff Study, IC21: Intelligence Community in the 21st Century, Permanent Select Committee on Intelligence,
        # U.S. House of Representatives, 104th Congress, 1996, p. 71`, `Report, United States Secret Service: An Agency
        # in Crisis, Committee on Oversight …, 114th Congress, December 9, 2015`: a committee's report, the genre no
        # author, the committee and its chamber the author
        date, date_iso = _date_fields(print_.group("date"))
        doc = Citation(
            index=index, raw=raw, kind=CitationKind.REPORT, authors=(print_.group("who"),), title=print_.group("title"),
            date=date, date_iso=date_iso, pages=print_.group("pages"), url=p.url, accessed=p.accessed,
        )  # fmt: skip
        return FieldResult(doc)
    if (hearing := _HEARING.match(body)) and (dm := _DATE.fullmatch(hearing.group("date"))):
        # `U.S. Congress, Senate Committee on the Judiciary, That's the Ticket: …, hearing, 118th Cong., 1st
        # sess., January 24, 2023, S.Hrg. 118-31 (Washington, DC: GPO, 2023)`: the committee is the author
        imprint = hearing.group("imprint") or ""
        imprint = imprint.partition(":")[2] if ":" in imprint else imprint  # (`(GPO, 2003)`: no place printed)
        doc = Citation(
            index=index, raw=raw, kind=CitationKind.OFFICIAL, authors=(hearing.group("who"),),
            title=hearing.group("title").strip(), date=hearing.group("date"), date_iso=iso_of(dm),
            publisher=imprint.rsplit(",", 1)[0].strip() or None, url=p.url, accessed=p.accessed,
            pages=hearing.group("pages") or hearing.group("after"),
        )  # fmt: skip
        return FieldResult(doc)
    if (filing := _FILING.match(body)) and (dm := _DATE.fullmatch(filing.group("date"))):
        # `Complaint, United States of America et al. v. Ticketmaster Entertainment, Inc., …, no. 1:10-cv-00139,
        # January 25, 2010, pp. 7-8, https://…`: a court filing, named by its kind and its case
        pages = _clean_pages(filing.group("pages")) if filing.group("pages") else None
        doc = Citation(
            index=index, raw=raw, kind=CitationKind.OFFICIAL, title=filing.group("title").strip(),
            date=filing.group("date"), date_iso=iso_of(dm), pages=pages, url=p.url, accessed=p.accessed,
        )  # fmt: skip
        return FieldResult(doc)
    if "Form " in body and (filing := _SEC_FILING.match(body)):
        # `Riot Platforms, Inc., Form 10-K for the fiscal year ended December 31, 2023, p. 45, at https://…`: a
        # company's filing with the SEC, by the company, the form (and the period it covers) its title
        pin = _FILING_PAGE.search(filing.group("rest") or "")
        dated = _DATE.search(filing.group("rest") or "")
        report = Citation(
            index=index, raw=raw, kind=CitationKind.REPORT, authors=(filing.group("company"),),
            title=filing.group("form").strip(), url=p.url, accessed=p.accessed,
            date=dated.group(0) if dated else None, date_iso=iso_of(dated) if dated else None,
            pages=_clean_pages(pin.group("pages")) if pin else None,
        )  # fmt: skip
        return FieldResult(report)
    if (paper := archival.letter(body, raw, index, linked=p.url is not None)) is not None:
        return FieldResult(dataclasses.replace(paper, url=p.url, accessed=p.accessed))
    if (letter := _LETTER.match(body)) and ((dm := _DATE.fullmatch(letter.group("date"))) or letter.group("edition")):
        return FieldResult(_letter(letter, dm, raw, index, p.url, p.accessed))
    if p.url and (hw := _HARVARD_WEB.match(body)) and not is_prose(hw.group("title")):
        # `University of Cambridge 2015. *Darwin Correspondence Project*. Available from: <url>. Accessed …`:
        # a project or body, the year, the site's name (Harvard's reference to a web site)
        who = re.sub(r"\s*\[[A-Z]{2,10}\]$", "", hw.group("who"))
        title = re.sub(r"\s*\[Online\]$", "", hw.group("title"), flags=re.IGNORECASE).strip()
        site = Citation(
            index=index, raw=raw, kind=CitationKind.WEB, authors=(who,), title=title, date=hw.group("year"),
            date_iso=hw.group("year")[:4], url=p.url, accessed=p.accessed,
        )  # fmt: skip
        return FieldResult(site)
    if p.url and harvard and _title_case(body) and not re.search(r"[,;:]|\.\s", body):
        # `*Mark Twain Project Online*. Available from: <url>.`: the site's name alone is its title
        site = Citation(index=index, raw=raw, kind=CitationKind.WEB, title=body, url=p.url, accessed=p.accessed)
        return FieldResult(site)
    am = _AUTHOR_SHORT.match(body) if p.url else None
    if am and am.group("pages"):
        # `UNCTAD, p. 7, https://…pdf`: an author's short form that prints the address it cites
        authors = tuple(re.split(r"\s+(?:&|and)\s+", re.sub(r"\s+et\s+al\.?$", "", am.group("names"))))
        short = Citation(
            index=index, raw=raw, authors=authors, pages=_clean_pages(am.group("pages")), url=p.url, accessed=p.accessed
        )
        return FieldResult(short, maybe_short=True)

    crs = _CRS_PRODUCT.match(body)
    # (both forms print the Congress: `…, 117th Congress, …`; most citations do not, so their scans are skipped)
    act = (
        (_US_ACT.search(body) or _US_BILL.search(body)) if crs is None and ("Congress" in body or "Public Law" in body)
        else None
    )
    q = _find_quoted(body) if crs is None and act is None else None
    if q is not None and _QUOTE_OPENS_BOOK_TITLE.match(body[q[1] :].lstrip("”\"’")):
        # `Aleksandr Fursenko and Timothy Naftali, “One Hell of a Gamble”: Khrushchev, Castro, and Kennedy, 1958–1964
        # (New York: W. W. Norton, 1997)`: a quotation opens a book's title, its subtitle and imprint follow
        q = None
    elif q is not None and body[: q[0]].endswith(": ") and _QUOTE_INSIDE_BOOK_TITLE.match(body, q[1]):
        # `Vicky Xiuzhong Xu et al., Uyghurs For Sale: “Re-Education,” Forced Labour, and Surveillance Beyond Xinjiang
        # (Australian Strategic Policy Institute, March 1, 2020)`: a phrase quoted in a subtitle, the imprint after it
        q = None
    if q is not None and (
        ((inside := _QUOTE_IN_BLUEBOOK_TITLE.match(body, q[1])) is not None
        and ((inside.group("more") or "").strip(" ,") or body[: q[0]].rstrip()[-1:].isalpha()))
        or (q[0] > 0 and printed_periodical(body))
        or _quote_inside_title(body[: q[0]])
    ):
        # `Clare Fitzpatrick, Breaking Barriers to "Breaking the Cycle," 13 SEATTLE J. SOC. JUST. 603`, `…, “Rational
        # Discrimination,” Accommodation, and the Politics of …, 89 VA. L.REV. 825`: a phrase quoted inside a law
        # review article's title (Bluebook prints titles in italics, not quotation marks), the journal after it
        q = None
    apa = _APA.match(body) if q is None and crs is None and act is None else None
    legal = (
        parse_legal(body, linked=p.url is not None)
        if apa is None and crs is None and act is None and not p.personal and (q is None or not _chicago_title(body, q))
        and not ("(" in body and _YEARS_THEN_IMPRINT.search(body))
        else None
    )
    if crs is not None:
        p.kind = CitationKind.REPORT
        p.publisher = f"{' '.join(crs.group('series').split())} {crs.group('number')}"
        p.title = _clean_title(crs.group("title"))
        p.authors = _split_authors(crs.group("who"), corporate_ok=False)
        _set_date_from(crs.group("when") or crs.group("year") or "", p)
        pin = crs.group("at") or crs.group("at_after")
        p.pages = _clean_pages(pin) if pin else crs.group("part") or p.pages
    elif act is not None:
        _us_act(act, p)
    elif apa is not None:
        # `Author (2019). Title. Publisher.` / `Site Name (January 15, 2020). Title.`: the date is a date
        who = apa.group("who").strip().rstrip(",")
        if _APA_NAMES.fullmatch(who):
            p.authors = _APA_NAME.findall(who)
        else:
            # `World Health Organization. (2021, March 3).`: a body's name, the full stop APA closes it with dropped
            # (not an abbreviation's: `Inc.`)
            p.authors = _split_authors(re.sub(r"(?<=[a-z]{3})\.$", "", who), corporate_ok=True)
        _set_date_from(f"({apa.group('when')})", p)  # (in its parentheses, as APA prints it)
        sentences = [x.strip() for x in re.split(r"(?<=[.?!])\s+(?=[A-Z])", apa.group("rest")) if x.strip(" .")]
        if len(sentences) == 3 and not re.search(r"\d", sentences[1] + sentences[2]) and len(sentences[2].split()) <= 6:
            # `Your inbox is a mess, and it's slowing you down. Here's how to fix it. CBC.`: a title of two sentences,
            # then the site
            sentences = [f"{sentences[0]} {sentences[1]}", sentences[2]]
        if sentences:
            p.title = sentences[0].rstrip(".")
        if len(sentences) > 1:
            _apa_source(sentences[1].rstrip("."), p)
    elif q is not None and legal is None:
        open_at, close_at, title, closed = q
        if not closed:
            warnings.append("title has no closing quote")
        p.title = title
        before = body[:open_at].strip().rstrip(",").strip()
        if (translated := _translated_title(body, open_at, close_at)) is not None:
            # `Hu Jintao, 胡锦涛在… [“Report to the 18th National Congress …”], Central People’s …`: the title
            # is the original with its translation, the author what comes before the original
            p.title, before, close_at = translated
        # `… for U.S.–Soviet competition. See George F. Kennan, “The Sources …”`: the comment is not the author
        before = _SENTENCES_BEFORE_SIGNAL.sub("", before)
        if _RELEASE.match(before):
            p.kind, before = CitationKind.OFFICIAL, ""  # `News release, “Title,” U.S. Department of State, …`
        if "No." in before and (law_name := LAW_DESIGNATION.fullmatch(before)):
            # `Federal Law No. 99-FZ, “On the State Policy …”`, `Law of the Russian Federation … of March 14, 2020 No.
            # 1-FKZ, “On Improving …”`: a law by its number and its name, no author; its date the day it was signed
            p.kind, before = CitationKind.OFFICIAL, ""
            if signed := _DATE.search(law_name.group(0)):
                p.date, p.date_iso = signed.group(0), iso_of(signed)
        if ft := _FROM_TO.match(before) or _SENDER_TO.match(before):
            p.kind = CitationKind.OFFICIAL
            before = ft.group("who").rstrip(", ")  # (the office before the name goes with `_without_office`)
            name, comma, _ = before.partition(", ")
            if comma and _name_like(name):
                before = name  # `Memorandum from David P. Ross, Assistant Administrator, …, to …`: the office after
            if p.title and p.title.startswith("Subject: "):
                p.title = p.title[len("Subject: ") :]  # the memorandum's subject line is its title
        if len(before.split()) > 4 and is_prose(before):
            # `Emphasis in original. For a thoughtful discussion …, see Lisa Gitelman, “Title,” …`: the
            # author is the name the comment ends with, not the comment (`One recent example is Allison Layfield,
            # "…"`: a short sentence too; a short one naming no one is a body's name, `Arguing with Digital History
            # working group`)
            tail = _NAME_AFTER_COMMENT.search(before)
            if tail and _name_like(tail.group("who")):
                before = tail.group("who")
            elif named_in := _named_in_comment(before):
                before = named_in
            elif len(before.split()) > 6:
                before = ""
        if (fragment := _FRAGMENT_THEN_NAMES.match(before)) and _name_like(fragment.group("who")):
            # `See figure 2, and Timothy R. Tangherlini and Peter M. Broadwell "Sites of …"`: what the signal points
            # to first is no name; the names after it are the authors
            before = fragment.group("who")
        intro, colon, after_colon = before.rpartition(": ")
        if colon and len(intro.split()) >= 3 and _name_like(after_colon.strip()) and not _name_like(intro.strip()):
            # `See for example the Kids for Cash scandal in Pennsylvania: Eyder Peralta, “…”`: a comment
            # introducing the source with a colon; the author is the name after it
            before = after_colon.strip()
        before = _DESIGNATION.sub("", before)
        before = _ROLE_AFTER_NAME.sub("", before)  # `Ezra Klein, host, “Episode,” …`: the role is no name
        if (office := _OFFICE_IN_PARENS.search(before)) and _name_like(before[: office.start()]):
            # `Dilawar Syed (State Department Special Representative for Commercial and Business Affairs), “…”`: the
            # writer's office, in parentheses after the name, is no name
            before = before[: office.start()]
        reference_work = _SUB_VERBO.search(before)
        if reference_work:
            # `Wikipedia, s.v. “Bitcoin,” last modified …`, `Oxford English Dictionary, s.v. “nudge”`: the entry
            # (Chicago 14.130) in the reference work, which is its container and no author
            p.container, before = before[: reference_work.start()].strip(" ,") or None, ""
        if _DESIGNATION_ALONE.match(before):
            # `Executive Order 14254 of March 31, 2025, "Combating …"`: the order's number, no author
            p.kind, before = CitationKind.OFFICIAL, ""
        if "Record" in before or "debate" in before:
            # `Sen. Whitehouse, Senate debate, "…," Congressional Record`, `House of Representatives, Congressional
            # Record, "…," daily edition, …`: floor debate, by its speaker or chamber, printed in the Record
            debate_parts = _segments(before)
            kept = [x for x in debate_parts if not _FLOOR_DEBATE.fullmatch(x)]
            if record := next((x for x in kept if _CONGRESSIONAL_RECORD.fullmatch(x)), None):
                p.container, p.kind = record, CitationKind.OFFICIAL
                kept.remove(record)
            if len(kept) < len(debate_parts):
                spoke = _HONORIFIC.sub("", kept[0]) if len(kept) == 1 else ""
                p.authors, before = ([spoke] if spoke else []), ""
        agency = ""
        if _WIRE_AS_AUTHOR.match(before):
            agency, before = before, ""
        if before and before[0].isupper():
            p.authors = _person_with_office(before) or _split_authors(before, corporate_ok=True)
        _after_title(body[close_at:].lstrip(' ,.;”"').strip(), p)
        if p.container and _CONGRESSIONAL_RECORD.fullmatch(p.container):
            p.kind = CitationKind.OFFICIAL  # what Congress said on the floor, as its Record prints it
            if p.pages is None and (page := _RECORD_PAGE.search(body, close_at)):
                p.pages = page.group("page")  # `…, vol. 171 (February 27, 2025), p. S1413`
        if reference_work:
            p.kind = CitationKind.WEB if p.url else CitationKind.BOOK
        if agency and p.container:
            # `Associated Press, “…,” NBC News`, `Reuters, “…,” Reuters`: an agency standing before the outlet that
            # printed its item is the item's author
            p.authors = [agency]
        elif agency:
            p.container = agency  # `Xinhua News Agency, “Title,” 1 July 2021`: the agency is the wire
        if len(p.authors) > 1 and p.container and p.authors[-1] == p.container:
            # `Aditi Sangal, …, Fernando Alfonso III, CNN, “…,” CNN`: the reporters' outlet, not one of them
            p.authors.pop()
        after = body[close_at:]
        if p.pages is None and (marked := _MARKED_PAGES.search(after) or _DATED_PAGES.search(after)):
            # `“CNO NAVPLAN,” America’s Navy, January 2021, p. 2, navy.mil/`, `…, Asia Policy 12 (July 2011), pp.
            # 153–57`: pages Chicago marks with `p.`/`pp.` after the date are the pinpoint wherever they stand
            p.pages = _clean_pages(marked.group("pages"))
    elif legal is not None:
        p.kind = legal.kind
        # `(Edinburgh UP, 1988)`, `(Croom Helm, 1979)`: a university press abbreviated, or a press the lexicon knows
        book_imprint = (
            _CHICAGO_BOOK_IMPRINT.search(body)
            or _BOOK_PUBLISHER.search(legal.publisher or "")
            or (legal.publisher and lexicon.role(legal.publisher) is lexicon.Role.PRESS)
        )
        report_body = bool(_REPORT.search(legal.publisher or "")) and not _BOOK_PUBLISHER.search(legal.publisher or "")
        if p.kind is CitationKind.REPORT and legal.publisher and book_imprint and not report_body:
            # `Franco Moretti, Distant Reading (London: Verso, 2013)`, `… (Imperial College Press, 2015)`
            p.kind = CitationKind.BOOK
        elif (
            p.kind is CitationKind.REPORT
            and not (legal.publisher or legal.container or legal.pages or p.url)
            and legal.authors
            and all(_one_name(a) for a in legal.authors)
            and _YEAR_ONLY_IMPRINT.search(body)
        ):
            # `René Descartes, Meditations on a First Philosophy (1641)`, `Edmund Husserl, The Idea of Phenomenology
            # (1907)`: a person's work with its year alone in parentheses is a book, as a list of readings names it
            p.kind = CitationKind.BOOK
        p.authors, p.title, p.container = list(legal.authors), legal.title, legal.container
        p.publisher = legal.publisher
        if (
            not p.authors and p.url and p.title and p.container and not p.container.isupper()
            and _maker_of(p.title, p.url)
        ):  # fmt: skip
            # `Anthropic, Commitments on model deprecation and preservation, (Nov 4, 2025) https://www.anthropic.com/…`:
            # the maker the address is named for, then its own page's title, no site after it
            p.authors, p.title, p.container, p.kind = [p.title], p.container, None, CitationKind.REPORT
        if (
            not p.authors and p.kind is not CitationKind.OFFICIAL and p.title and " v. " not in p.title
            and (body_head := _BODY_AS_AUTHOR.match(p.title))
        ):  # (not a case: `Carparts Distribution Ctr., Inc. v. …`)
            head = body_head.group("body")
            if _INSTITUTION_ABBREV.search(head) or (
                p.container and len(head.split()) <= 2 and fold(p.container).startswith(fold(head))
            ):
                # `OpenAI, Introducing Superalignment, OPENAI BLOG (July 6, 2023)`, `Ada Lovelace Inst., Under the
                # Radar? … (2023)`: a body named before the title is its author (Bluebook 15.1: an institution
                # abbreviated as T6 does, or the body whose name the site carries)
                p.authors, p.title = [head], p.title[body_head.end() :]
        if (
            p.title and not (p.publisher or p.container) and p.kind is not CitationKind.OFFICIAL
            and (issuer := _ISSUER_ABBREV_END.search(p.title))
        ):
            # `Elliot Jones, Mahi Hardalupas & William Agnew, Keeping an Eye on AI, Ada Lovelace Inst. (2023)`: an
            # institution abbreviated as Bluebook's T6 does, after the title, issued the report
            p.title, p.publisher, p.kind = p.title[: issuer.start()], issuer.group("body"), CitationKind.REPORT
        parts = [x.strip() for x in (legal.publisher or "").split(",")]
        if len(parts) > 1 and (place := _place_then_listed(parts)):
            p.place, p.publisher = place, parts[-1]  # `(New York and Berlin, Springer, 2008)`
            if p.kind is CitationKind.REPORT and lexicon.role(parts[-1]) is lexicon.Role.PRESS:
                p.kind = CitationKind.BOOK
        elif len(parts) > 1 and (k := _place_first(parts)) and _BOOK_PUBLISHER.search(", ".join(parts[k:])):
            # `(San Francisco, Cleis Books, 1982)`: a city, a comma for the colon, then a press no list holds
            p.place, p.publisher = ", ".join(parts[:k]), ", ".join(parts[k:])
        if legal.publisher and is_place(legal.publisher):
            # `C. Furey, Erasmus, Contarini, and the Religious Republic of Letters (Cambridge, 2006)`: the
            # older imprint names the place alone, and a book it is
            p.place, p.publisher = legal.publisher, None
            if p.kind is CitationKind.REPORT:
                p.kind = CitationKind.BOOK
        p.date, p.date_iso, p.pages, p.volume = legal.date, legal.date_iso, legal.pages, legal.volume
        # `The Rise and Fall of Scottish Industry, 1707-1939 (Edinburgh UP, 1980)`, `The Economy Since 1700 (…)`:
        # years before a book's imprint end its title; Chicago's pinpoint follows the imprint
        years = (
            re.search(re.escape(p.title) + r"(,?\s+)" + re.escape(p.pages) + r"\s*\(", body)
            if p.pages and p.title and _YEARS_IN_TITLE.fullmatch(p.pages) and (p.publisher or p.place)
            else None
        )
        if years and p.title:
            p.title, p.pages = f"{p.title}{years.group(1)}{p.pages}", None
        # (a report's year or month; a day's date is a dated piece's, on a blog or a forum's site)
        day_dated = re.search(r"\d{1,2},\s+\d{4}|\d\s+[A-Z][a-z]+\.?\s+\d{4}", p.date or "")
        issuing = p.title if p.authors and not p.publisher and p.kind in _ISSUED_KINDS and not day_dated else None
        if issuing and (issued := _issuer_after_title(issuing)):
            # `Wood et al., Long Term World Oil Supply Scenarios: …, Energy Information Administration, U.S.
            # Department of Energy (2004)`: the bodies between an unquoted title and its date issued the report
            # (authors first: without them the first name may be a body's, `The Obama White House, The White
            # House Forum on …`)
            p.title, p.publisher, p.kind = issued[0], issued[1], CitationKind.REPORT
            if p.container and (_DOC_DESIGNATION.match(p.container) or _TECH_REPORT_NUMBER.fullmatch(p.container)):
                p.container = None  # `…, Engineer Research and Development Center, ERDC/CERL TR-05-21 (…)`
        elif issuing and p.container and _issuer_after_title(f"{issuing}, {p.container}"):
            # `Hirsch et al., Peaking of World Oil Production: …, Science Applications International Corporation
            # and Management Information Services Inc. (February 2005)`: the body read as a periodical issued it
            p.publisher, p.container, p.kind = p.container, None, CitationKind.REPORT
    else:
        _untitled(body, p)

    if p.date and len(p.date) == 4 and (p.publisher or p.place) and (span := _imprint_years(body, p.date)):
        p.date = span  # `City of London. 4 Vols. (London: Chatto & Windus, 1994-2001)`: volumes printed over years
    if p.date is None:
        dm = _DATE.search(body)
        if dm and (p.title is None or dm.group(0) not in p.title):
            p.date, p.date_iso = dm.group(0), iso_of(dm)
    if p.container:
        p.container = _BLOG_MARK.sub("", p.container) or None  # `OpenAI (blog)`: Chicago's mark, not the name
    if p.container and (lead := _RETRIEVED_TAIL.search(p.container)) and lead.start() > 0:
        p.container = p.container[: lead.start()]
    if p.container and (year := _PAREN_YEAR_END.search(p.container)) and year.start() > 0:
        # `Journal of Strategic Studies (2021), DOI: …`: the year of an article online first, not the name
        p.container = p.container[: year.start()]
        if not p.date:
            p.date = p.date_iso = year.group("y")
    if p.publisher and (thesis := _THESIS.match(p.publisher)):
        # `(PhD diss., National Graduate Institute for Policy Studies, 2017)` read as an imprint: a thesis
        p.publisher, p.kind = p.publisher[thesis.end() :].strip() or None, CitationKind.REPORT
    if (
        p.container and not p.publisher and f"{p.container} (" in body
        and (owner := re.search(re.escape(p.container) + _OWNER_THEN_DATE, body))
        and not is_place(owner["who"]) and not _DATE.search(owner["who"])
        # (a month's or a year's date only after the site's address or the publisher's place: `CSIS (CSIS Brief, July
        # 2020)` is a series, `… (Lauren F. Landsburg et al. eds., 2008)` a book's editors)
        and (owner["day"] or owner["place"] or _SITE_ADDRESS.fullmatch(p.container))
    ):  # fmt: skip
        # `“What Is Russia’s GRU …?,” Reuters (Reuters, October 5, 2018)`, `POLITICO (POLITICO LLC, …)`: the
        # site, then the company that publishes it and the date (Zotero's Chicago for a web page)
        p.publisher = owner["who"].strip()
    if p.container and (thesis := _THESIS.match(f"{p.container}, ")):
        # `“Rising Power …,” Ph.D. Dissertation, Cornell University, 2017`, `“…” PhD dissertation, Columbia
        # University, 2015.`: a thesis outside brackets, its university the publisher as inside them
        school = p.container[thesis.end() :].strip(" ,")
        if not school and (school_after := re.search(re.escape(p.container) + r",\s*(?P<school>[^,.;]{4,80}),", body)):
            school = school_after["school"].strip()
        if school and _ACADEMY.search(school):
            p.container, p.publisher, p.kind = None, school, CitationKind.REPORT
    if p.title and "Cong" in p.title and (session := _CONGRESS_SESSION.search(p.title)) and session.start() > 0:
        # `Hearings on expenditures in the State Department, 61st Cong., 2nd Sess., House, Committee on …, February 09,
        # 1910, p. 2`, `U.S. Congress, Joint Explanatory Statement, Division F (…), 116th Cong., 2nd sess. (2020), 51`:
        # a congressional document's title ends before its Congress and session (CMOS 14.289); its date and page follow
        session_tail = p.title[session.start() :]
        p.title = _DOCUMENT_NUMBER_END.sub("", p.title[: session.start()]).rstrip(" ,") or p.title
        if not p.date:
            _set_date_from(session_tail, p)
        if not p.pages and (pin := _SESSION_TAIL_PIN.search(session_tail)):
            p.pages = _clean_pages(pin["pages"])
        if not p.authors and (body_first := _CONGRESS_FIRST.match(p.title)):
            p.authors, p.title = [body_first["body"]], p.title[body_first.end() :]
        p.kind = CitationKind.OFFICIAL
    if p.pages and _YEAR_ONLY.fullmatch(p.pages) and not (p.date or p.container or p.publisher) and p.title:
        # `Title: Methodology. Belfer Center China Cyber Policy Initiative, 2020. https://…`, `The National Cyber
        # Force that Britain Needs? King’s College London, 2021, https://…`: a report's body and year after
        # its title, not a title and a page
        body_after = re.search(r"(?<=[.?!])\s+(?P<who>[A-Z][^.?!]{3,100})$", p.title)
        if body_after and (_REPORT.search(body_after.group("who")) or _ACADEMY.search(body_after.group("who"))):
            p.title, p.publisher = p.title[: body_after.start()].rstrip("."), body_after.group("who").strip()
            p.date = p.date_iso = p.year = p.pages
            p.pages, p.kind = None, CitationKind.REPORT
    if p.title and (edition := _EDITION_END.search(p.title)) and edition.start() > 0:
        p.title = p.title[: edition.start()]  # `地政学の逆襲 [The Revenge of Geography], Japanese ed.`: not the title
    if p.container and (edition := _EDITION_END.search(p.container) or _ORDINAL_END.search(p.container)):
        p.container = p.container[: edition.start()] or p.container  # `The Handbook of …, 2nd Edition`: not the name
    if p.container and p.kind in (CitationKind.BOOK, CitationKind.UNKNOWN) and p.title:
        # `“The British Atlantic,” in J. Greene and P. Morgan, eds., Atlantic History (…)`: the editors are not
        # the book's title
        p.container = _EDITORS_HEAD.sub("", p.container).strip() or p.container
    if p.title and legal is not None and p.kind is CitationKind.BOOK and not p.container:
        # `J. Smith, ed., The Republic of Letters: …, 3 vols. (New York, 1995)`: an editor in the author's place
        p.title = _EDITOR_HEAD.sub("", _BOOK_TITLE_TAIL.sub("", p.title)) or p.title
    if p.title and (p.kind is CitationKind.OFFICIAL or legal is not None):
        # `12 U.S.C. § 5565 (outlining the CFPB’s statutory powers)`, `U.S. CONST. art. II § 1(7) (“The
        # President shall …”)`: an explanatory parenthetical is the author's comment, not the title
        p.title = _EXPLANATORY.sub("", p.title) or p.title
    if p.title and (m := _GENRE_LABEL.match(p.title)) and len(p.title) > m.end():
        p.title = p.title[m.end() :]  # `Martha Minow, Opinion, We Must Ensure …, BOS. GLOBE`: a label, not the title
    if p.title and p.kind is CitationKind.OFFICIAL and (m := _CODE_LEAD.match(p.title)):
        p.title = p.title[m.end() :]  # `…, 2018); and 16 U.S.C. §1885.`, `Codified at 16 U.S.C. §1855.`
    if len(p.authors) == 1 and (owner := _OWNER_THEN_WORDS.match(p.authors[0])) and _name_like(owner.group("who")):
        p.authors = [owner.group("who")]  # `Matt Petronzio's somewhat misleadingly titled "…"`: the writer
    if p.title and (editor := _EDITOR_MARK_LEAD.match(p.title)) and p.authors:
        p.title = p.title[editor.end() :]  # `Patrick Grzanka, Ed. Intersectionality: …`: the editor's mark, no title
    if len(p.authors) >= 2 and all(_ACRONYM.fullmatch(a) for a in p.authors):
        # `NOAA, NMFS, “Title,”`: an agency and its office, as `Department of the Interior, USGS` is one
        # author (a person's name is never an acronym alone)
        p.authors = [", ".join(p.authors)]
    if p.container:
        _tidy_container(p)
    if p.container and not (p.publisher or p.volume or p.pages):
        # `“…,” Tax Foundation Fiscal Fact No. 793, June 2022`, `New Zealand Treasury Working Paper No. 03/29`, `CRS
        # Report R47594`: a body's numbered series of papers is the report's publisher, as printed, not a periodical
        # (an unnumbered series, `Issue Brief, Atlantic Council`, or a journal so named stays the container)
        numbered = (
            re.search(re.escape(p.container) + r",?\s+(?:No\.|no\.|Number)\s*[\w/.-]+", body)
            if p.issue and _PAPER_SERIES.search(p.container) else None
        )
        if numbered or _NUMBERED_SERIES.search(p.container) or (
            _PAPER_SERIES.search(p.container) and re.search(r"\b(?:No\.|Number)\s*\S", p.container)
        ):
            p.publisher, p.container, p.issue = numbered.group(0) if numbered else p.container, None, None
            p.kind = CitationKind.REPORT
    if p.publisher and ("No." in body or "no." in body or "Paper" in body) and (
        series := re.search(re.escape(p.publisher) + _SERIES_AFTER_BODY, body)
    ):
        # `…, American Enterprise Institute, Working Paper no. 137, July 31, 2007`, `…, C.D. Howe Institute, No. 254,
        # …`: the body's numbered series is part of the report's publisher, as printed
        p.publisher, p.kind = series.group(0), CitationKind.REPORT
    if p.publisher and _NO_IMPRINT.fullmatch(p.publisher):
        p.publisher = None  # `(Philadelphia: n.p., 1863)`, `(n.p.: n.d.)`: the imprint says none is known
    if p.place and _NO_IMPRINT.fullmatch(p.place):
        p.place = None
    _weigh_lexicon(p, body)
    paged = _BODY_TITLE_PAGES.match(body) if not (p.title or p.authors) and p.container else None
    if paged and not _DATE.match(paged["title"]) and (
        _ORG.search(paged["body"]) or _GOV_BODY.search(paged["body"]) or re.search(r"\b(?:Bank|Fund)\b", paged["body"])
    ):
        # `Export–Import Bank of the United States, Annual Report 2014, pp. 84 and 86, <url>`: a body's own report by
        # its unquoted title and the pages cited (a year or day inside the title is the title's)
        p.authors, p.title, p.container = [paged["body"]], paged["title"], None
        p.kind, p.pages, p.date, p.date_iso = CitationKind.REPORT, _clean_pages(paged["pages"]), None, None
    if p.kind is CitationKind.UNKNOWN and _think_tank_imprint(p, body):
        # `Joe Devanny, “UK National Security …,” Sasakawa Peace Foundation (2018), https://…`: a paper named with
        # the body that issued it and a year, no site mark, no volume: the body publishes it
        p.publisher, p.container, p.kind = p.container, None, CitationKind.REPORT
    if not (p.title or p.authors) and p.container and _SPEECH_TITLE.match(p.container):
        # `Remarks made at Borrell Associates Local Online Advertising Conference, March 3, 2011.`: the talk's
        # description, printed where a title would stand, is its title, not a site
        p.title, p.container = p.container, None
    if standard is not None:
        p.kind = CitationKind.REPORT
        if p.container and not p.publisher:
            p.publisher, p.container = p.container, None
    if p.container and p.container.startswith(STANDARD_SERIES):
        _read_standard(p, body)
    if not (p.title or p.authors or p.url) and p.date and p.container and (
        stopped := _ACRONYM_STOP_TITLE.fullmatch(p.container)
    ):
        # `DOE. *The Second Installment of the QER.* January 2017`, `NCCIC. *ICS-CERT: Year in Review* 2016.`: a body's
        # initials, a full stop and the title, as a bibliography prints them: the body's report
        p.authors, p.title, p.container = [stopped.group("who")], stopped.group("title"), None
        p.kind = CitationKind.OFFICIAL if _INSTRUMENT.match(p.title) else CitationKind.REPORT
    if len(p.authors) == 1 and p.title and p.container and " & " in p.title and _one_name(p.authors[0]) and all(
        map(_one_name, (co_authors := re.split(r",\s+|\s+&\s+", p.title)))
    ):
        # `Juliana Menasce Horowitz, Nikki Graf & Gretchen Livingston, The Landscape of Marriage …, Pew Research
        # Center`: the co-authors up to the last joined by `&` (Bluebook 15.1) were read as the title, and the title
        # as the container (each part one person's name: `Parts I & II` is no one's)
        p.authors, p.title, p.container = [p.authors[0], *co_authors], p.container, None
    if p.kind is CitationKind.UNKNOWN:
        p.kind = _kind(p, body)
    if p.kind in (CitationKind.NEWS, CitationKind.WEB) and p.url and p.title and _REPORTS_PATH.search(p.url):
        # `Simon Kemp, “Digital 2022: Global Overview Report,” DataReportal, January 26, 2022, https://datareportal.com/
        # reports/digital-2022-global-overview-report`: filed under its site's reports, a report
        p.kind = CitationKind.REPORT
    stop = _AUTHOR_STOP.match(p.title or "") if p.kind is CitationKind.BOOK and not p.authors else None
    if stop and (p.publisher or p.place) and _name_like(stop.group("who")) and len(stop.group("title").split()) >= 2:
        # `Douglas A Blackmon. *Slavery by Another Name: …* (New York: Doubleday, 2008)`: the author closed with a
        # full stop, as a bibliography prints it, before the book's title
        p.authors, p.title = [stop.group("who")], stop.group("title")
    if p.title and p.kind in (CitationKind.BOOK, CitationKind.UNKNOWN) and (special := _SPECIAL_ISSUE.search(body)):
        # `"Title," in "Critical Archival Studies," eds. …, Special issue, *Journal of …* 1, no. 2 (2017): 1-27`
        # (CMOS 14.180): an article in a journal's special issue; the journal is its container, not the issue's title
        p.container, p.kind = special.group("journal").strip(), CitationKind.JOURNAL
    if p.kind is CitationKind.JOURNAL and p.container and p.date and (m := _VOLUME_YEAR_IN.search(p.container)):
        # `Journal of Contemporary Archival Studies 5 (2018): 1-17. (1) <url>`: a stray mark after the pages left
        # the volume, year and pages in the journal's name; they were read, the name ends before them
        p.container = p.container[: m.start()].rstrip(" ,")
    if p.kind is CitationKind.NEWS and p.container and (m := _PAPER_PLACE.search(p.container)) and m.start() > 0:
        # `Mail Tribune (Medford, OR)`, `Oregonian (Portland)`: the city a paper's name lacks, added in
        # parentheses (CMOS 14.203), is not part of the name
        p.container = p.container[: m.start()]
    wired = bool(p.url and _NEWSWIRE.search(p.url))
    if not wired and (
        (p.kind in (CitationKind.WEB, CitationKind.NEWS) and (
            (p.url and _RELEASE_URL.search(p.url)) or ("elease" in body and _PRESS_RELEASE.search(body))
        ))
        # (`U.S. DEPT OF JUSTICE, ROSS ULBRICHT, … SENTENCED … (May 29, 2015), http://www.justice.gov/usao-sdny/pr/…`:
        # a body's press office's page, however the note words it)
        or (
            p.kind in (CitationKind.NEWS, CitationKind.REPORT) and p.url and _PRESS_PATH.search(p.url)
            and not _SPEECH_URL.search(p.url)  # (`…/newsroom/speeches-statements/…`: a talk, below)
        )
    ):  # fmt: skip
        # `…, https://www.noaa.gov/news-release/…`, `https://investors.metals.co/news-releases/…`: the body's own
        # press release (a company's too) is official, whatever the note calls it; a newswire's copy is news. So is
        # one the note calls so: `“Press Release: Waltz Requests …,” Mike Waltz (website), April 8, 2021, <url>`
        p.kind = CitationKind.OFFICIAL
    elif p.kind in (CitationKind.WEB, CitationKind.NEWS, CitationKind.REPORT) and "estimony" in body and (
        _TESTIMONY_IN.search(body)
    ):
        # `Testimony of CFTC Chairman Timothy Massad before the U.S. Senate Committee on Agriculture, …, <url>`: a
        # witness's statement to a legislature is official, wherever it is posted
        p.kind = CitationKind.OFFICIAL
    elif p.kind in (CitationKind.NEWS, CitationKind.REPORT, CitationKind.OFFICIAL) and (
        _SPEECH_URL.search(p.url or "") and not _PRESS_RELEASE.search(body)  # (one called a press release stays one)
    ):
        # `Robert J. Jackson, Jr., Corporate Governance: On the Front Lines …, https://www.sec.gov/news/speech/…`: the
        # body's page of its officials' speeches: a talk
        p.kind = CitationKind.REMARKS
    if p.kind is CitationKind.NEWS and p.container and _PDF.search(p.url or "") and not (
        _PERIODICAL_NAME.search(p.container) or lexicon.role(p.container) is lexicon.Role.PERIODICAL
    ):
        # `Alec Radford et al., Language Models Are Unsupervised Multitask Learners, OPENAI (Feb. 14, 2019),
        # https://…/language_models_are_unsupervised_multitask_learners.pdf`: a dated title under a body's name, put
        # out as a PDF, is the body's paper, not a story on its site (a periodical's PDF is still its story; and
        # when what was read as the title is people's names, `John Scott Railton, Daniel Regalado, Nart Villeneuve,
        # Behind the Syrian Conflict’s Digital Frontlines, …`, the "container" is the title: left for the italics)
        people = _split_authors(p.title or "", corporate_ok=False)
        if not (people and all(map(_name_like, people))):
            p.kind, p.publisher, p.container = CitationKind.REPORT, p.publisher or p.container, None
    elif p.kind is CitationKind.REPORT and p.publisher and not p.container and _BLOG_PATH.search(p.url or ""):
        # `Aaron Klein, A Primer on …, BROOKINGS INST. (Apr. 19, 2017), https://www.brookings.edu/blog/…`: what a body
        # posts to its blog is a story on its site, the body its container
        p.kind, p.container, p.publisher = CitationKind.NEWS, p.publisher, None
    by_service = p.kind in (CitationKind.BOOK, CitationKind.REPORT, CitationKind.NEWS, CitationKind.WEB) and (
        "erv" in body or "ERV" in body
    )
    if by_service and _CRS_NAMED.search(body):
        _crs_product(p)
    by_body = bool(p.authors and p.title and len(p.authors) <= 2 and p.authors[0].endswith(_GENRE_ENDINGS))
    if by_body and (genre := _GENRE_AFTER_BODY.fullmatch(p.authors[0])) and (
        len(p.authors) == 1 or _ADVISORY_NUMBER.fullmatch(p.authors[1])
    ):
        # `Department of Justice (DOJ) Press Release, “Department of Justice Announces …,” (April 22, 2020)`, `FinCEN
        # Advisory, FIN-2016-A005, “Advisory to Financial Institutions …,” (October 25, 2016)`: the body, then the genre
        # of what it issued (and the issue's number): the body is the author, its report or its official notice
        p.authors = [genre.group("who")]
        if p.kind in (CitationKind.UNKNOWN, CitationKind.WEB, CitationKind.NEWS):
            p.kind = CitationKind.REPORT if genre.group("genre") == "Report" else CitationKind.OFFICIAL
    vol = _VOLUME_HEAD.match(p.container) if p.container and p.container[:1].isdigit() and not p.volume else None
    if vol and p.container and not re.search(r"[a-z]{2}", p.container):  # (small capitals all through)
        # `…, in 15 ADVANCES IN CONSUMER RESEARCH 239, 241 (… ed., 1988)`: a series' volume before its name
        p.volume, p.container = vol["volume"], p.container[vol.end() :]
    if p.container and (tail := _CONTAINER_TAIL.search(p.container)) and tail.start() > 0:
        # `120 PROC. NAT’L. ACAD. SCI. NO. 2 (2023)`, `36 FIN.RES. LETTERS at 1`, `10 J. … SIMULATION ¶ 3.1`: the
        # issue's or the pinpoint's marker left on the journal's name
        p.container = p.container[: tail.start()]
    for issued_by in ("publisher", "container"):
        if (name := getattr(p, issued_by)) and (genre := _GENRE_HEAD.match(name)) and genre.end() < len(name):
            # `“Cyber Workforce Retention,” Report. Air University Press (2016)`, `Report: Council on Foreign
            # Relations`: what kind of work it is, said before who issued it
            setattr(p, issued_by, name[genre.end() :])
            if p.kind in (CitationKind.UNKNOWN, CitationKind.JOURNAL, CitationKind.NEWS, CitationKind.WEB):
                p.kind = CitationKind.REPORT
            if issued_by == "container" and not p.publisher:
                p.publisher, p.container = p.container, None  # (a report's body issues it, it holds nothing)
    if not p.authors and p.container and (hosted := _CODE_HOST_OWNER.fullmatch(p.container)):
        p.container, p.authors = hosted["host"], [hosted["owner"]]  # (the repository's owner wrote it)
    if p.kind is CitationKind.NEWS and p.container and _WEB_PLATFORM.fullmatch(p.container):
        # `Tsg600, Taylor Chapman Dunkin Donuts Rant, YOUTUBE (June 10, 2013), <url>`: a video on a platform (a
        # repository on a code host, a web archive's copy) is a page of the web, however it is dated (a post on a
        # social network is read as the corpus reads news)
        p.kind = CitationKind.WEB
    if not p.authors and p.title and p.url and (handle := _HANDLE_HEAD.match(p.title)):
        # `Tsg600, Taylor Chapman Dunkin Donuts Rant, YOUTUBE (…), <url>`, `u/IamWoe, Best Hosts, …, REDDIT (…)`: who
        # posted it, by a user name no person's name looks like, before the title of the post
        p.authors, p.title = [handle.group("who")], p.title[handle.end() :]
    in_proceedings = bool(p.title and p.container and _PROCEEDINGS.search(p.container))
    if in_proceedings and p.kind in (CitationKind.BOOK, CitationKind.UNKNOWN):
        # `“Title,” in Proceedings of the 20th International Conference on World Wide Web, WWW ’11 (New York: ACM,
        # 2011), 337–46`: a paper in a conference's proceedings is cited like a journal article
        p.kind = CitationKind.JOURNAL
    if p.publisher and ";" in p.publisher:
        # `(Seattle: Univ. Washington Press; Copenhagen: Museum Tusculanum, 2013)`: two publishers, each with its place
        p.publisher = _SECOND_PLACE.sub("; ", p.publisher)
    at = body.find(p.date) if p.date and not p.pages else -1
    if at >= 0 and (pin := _PAGE_AFTER_DAY.match(body, at + len(p.date or ""))):
        # `New-York Daily Tribune, January 19, 1866, p. 8.`, `…, Washington Post, October 31, 1991, p. A19 and …`:
        # the page of the day's paper or of the dated document
        p.pages = _clean_pages(pin.group("pages"))
    elif at >= 0 and not (p.date or "").isdigit() and (
        page := _BARE_PAGE_AFTER_DAY.match(body, at + len(p.date or ""))
    ):
        # `Untitled news item, The Record, June 15, 1911, 2.`, `…,” Psychology Today, August 2015, 55–60.`: the page
        # of the day's or month's issue, printed bare at the end
        p.pages = _clean_pages(page.group("pages"))
    if p.date and len(p.date) == 4 and p.date.isdigit() and (span := _spanned_years(body, p.date)):
        # `(2002-2003)`, `(various publishers, 1906–96)`, `nos. 3–4 (2008–9)`: a volume or a set printed over years
        # is dated by the span, as printed
        p.date = span
    if not p.authors and p.container and p.title and ", " in p.container and f"in {p.container}" in body and (
        (by_name := _NAME_THEN_BOOK.match(p.container)) and _name_like(by_name.group("name"))
    ):
        # `“Bailado,” in Tereza Tarouca, Ora bate, bate (RCA Victor, 1971)`: a part in a book named with its author's
        # name first, no other author named (after one, `…,” in White Logic, White Methods` may be the book's name)
        p.container, p.authors = by_name.group("book"), [by_name.group("name")]
    company = p.container and p.title and p.container.isupper() and _CAPITALS_COMPANY.fullmatch(p.container)
    if company and (in_capitals := _CAPITALS_TAIL.search(p.title or "")):
        # `Gartner Says 5.8 Billion …, GARTNER, INC. (August 29, 2019)`: a company's name in small capitals, cut at the
        # comma before its `Inc.` (the magazine `INC.` after a title alone stays itself)
        p.title = (p.title or "")[: in_capitals.start()]
        p.container = f"{in_capitals.group('name')}, {p.container}"
    if p.title and p.title.endswith(")") and (on_file := _ON_FILE.search(p.title)) and on_file.start() > 0:
        # `Richards & Hartzog, The Duty of Loyalty (on file with author)`, `… (unpublished manuscript) (on file with
        # author) (discussing …)`: where an unpublished work is to be had, and what the note says of it, are no title
        p.title = p.title[: on_file.start()]
    citation = Citation(
        index=index, raw=raw, kind=p.kind, authors=tuple(map(_without_office, p.authors)), title=p.title,
        container=p.container, date=p.date, date_iso=p.date_iso, url=p.url, pages=p.pages, accessed=p.accessed,
        publisher=p.publisher, place=p.place, year=p.year, volume=p.volume, issue=p.issue,
        accessed_inferred=_addthis_date(p.url),
    )  # fmt: skip
    bibliographic = (p.title, p.url, p.date_iso, p.container, p.publisher, p.year)
    commentary = not any(bibliographic) and not p.authors and not p.personal
    if p.title and _CODE_SECTION.match(p.title):
        # `10 U.S.C. §1552 (BCMR)`, `10 U.S.C. §1553(b) ("A board … may excuse …")`: an explanation,
        # not part of the section; and a code section is cited in full every time, never a short form
        p.title = _EXPLAINED.sub("", p.title)
        citation = dataclasses.replace(citation, title=p.title)
    maybe_short = bool(p.title and not (p.url or p.date or p.container or p.publisher or p.volume or p.issue or p.year))
    # `VA, “Update and Clarify …,” 89 Federal Register 32361.`: an author's short title with a pinpoint
    # in its container, but no date and no address, is looked up as a short form too
    maybe_short = maybe_short or bool(p.title and p.authors and p.container and not (p.url or p.date or p.publisher))
    maybe_short = maybe_short and not (p.title and _CODE_SECTION.match(p.title))
    # `National Security Strategy, 4.`: a document's short title read as an author's name, with its page and
    # nothing else; looked up as a short form too (backrefs.py tries it as a title)
    bare_name = not (p.title or p.url or p.date or p.container or p.publisher or p.volume or p.issue or p.year)
    maybe_short = maybe_short or bool(len(p.authors) == 1 and p.pages and bare_name)
    number = DOC_NUMBER_ALONE.match(body) if p.container == body else None
    return FieldResult(
        citation, tuple(warnings), maybe_short=maybe_short, commentary=commentary,
        doc_number=number.group("number") if number else None,
    )  # fmt: skip


# ----------------------------------------------------------------------------- pieces


# `Mark F. Cancian, discussion with author, September 2021.`, `Kate Kuzminski (Center for a New American
# Security), discussion with author, September 2021.`, `Jane Doe, interview by the author, Kabul, May 3, 2011.`:
# Chicago's unpublished interview or personal communication (CMOS 14.211, 14.214), the person first
_PERSONAL_WITH_AUTHOR = re.compile(
    r"^(?P<who>[A-Z][\w.’'\- ]{1,60}?)[†‡*]*(?:\s*\([^()]{2,120}\))?,\s+"
    r"(?P<what>(?:(?:telephone|phone|e-?mail|video|zoom|personal|private)\s+)?"
    r"(?:interview|discussion|conversation|correspondence|communication|e-?mail|exchange)s?\s+"
    r"(?:by|with)\s+(?:the\s+)?authors?|personal communication)"
    r"(?P<rest>,[^;]*)?\.?$",
    re.IGNORECASE,
)


# `Sidik, interview.`, `Dawut, interview, March 24, 2021.`, `Ziyawudun, interview. First mentioned in note 36.`:
# Chicago's short form of an interview (CMOS 14.211), the person's surname and the genre; an alias mark (`Ayda†`,
# the article's sign for a withheld surname) is not part of the name
_PERSONAL_SHORT = re.compile(
    r"^(?P<who>(?-i:[A-Z])[\w’'\-]{1,40})[†‡*]*(?:,\s+|\s+(?=interviews?\b))"
    r"(?P<what>(?:(?:telephone|phone|e-?mail|video|zoom|personal|private|in-person)\s+)?"
    r"(?:interview|discussion|conversation|correspondence|communication|exchange)s?)"
    r"(?P<rest>,\s*[^;.]{4,40}?)?\.?"
    r"(?:\s+(?:First|Originally|Previously)\s+(?:mentioned|cited|quoted)\s+in\s+note\s+\d{1,5}\.?)?$",
    re.IGNORECASE,
)


# `Telephone interview.`, `Author interview.`: the kind of talk, not who talked
_TALK_WORDS = frozenset(("telephone", "phone", "email", "e-mail", "video", "zoom", "personal", "private", "oral",
                         "author", "authors", "author's", "author’s", "in-person", "skype"))  # fmt: skip


_DATE_SPAN = re.compile(r"(?<=[(\s])(?P<start>(?:1[5-9]|20)\d\d)\s?[-–]\s?(?P<end>\d{1,4})(?=\)|,\s|:\s|\.?$)")


def _spanned_years(body: str, year: str) -> str | None:
    """The span of years, as printed, that starts or ends with `year` inside brackets: `(2002-2003)`, `(various
    publishers, 1906–96)` (a span after a comma outside them ends a title: `…, Duties and Functions, 1790–1911`)."""
    for m in _DATE_SPAN.finditer(body):
        start, end = m.group("start"), m.group("end")
        full_end = start[: 4 - len(end)] + end
        bracketed = body[m.start() - 1] == "(" or (
            body[m.start() - 2 : m.start()] == ", " and body.rfind("(", 0, m.start()) > body.rfind(")", 0, m.start())
        )
        if bracketed and full_end > start and year in (start, full_end):
            return m.group(0)
    return None


# an office or a rank before a writer's name: `Senator Tom Harkin`, `Secretary of State Hillary Rodham Clinton`,
# `Lt. Col. (res.) Dr. Dany Shoham`
_OFFICE_BEFORE_NAME = re.compile(
    r"^(?:(?:Senator|Sen\.|Representative|Rep\.|Secretary\s+of\s+State|Attorney\s+General|Ambassador|Governor|Gov\."
    r"|Professor|Prof\.|Dr\.|Lt\.\s+Col\.|Col\.|Gen\.|Adm\.|Maj\.|Capt\.)\s+(?:\(res\.\)\s+)?)+(?=[A-Z])"
)


def _without_office(name: str) -> str:
    office = _OFFICE_BEFORE_NAME.match(name)
    return name[office.end() :] if office and _one_name(name[office.end() :]) else name


def _personal_short(m: re.Match[str], raw: str, index: int) -> FieldResult:
    date = _DATE.search(m.group("rest") or "")
    talk = Citation(
        index=index, raw=raw, kind=CitationKind.PERSONAL, authors=(m.group("who"),), title=m.group("what"),
        date=date.group(0) if date else None, date_iso=iso_of(date) if date else None,
    )  # fmt: skip
    return FieldResult(talk, maybe_short=True)


def _personal_with_author(m: re.Match[str], raw: str, index: int) -> FieldResult:
    who = m.group("who").strip()
    date = _DATE.search(m.group("rest") or "")
    talk = Citation(
        index=index, raw=raw, kind=CitationKind.PERSONAL, authors=(who,), title=m.group("what"),
        date=date.group(0) if date else None, date_iso=iso_of(date) if date else None,
    )  # fmt: skip
    if " " not in who and date is None:
        # `Cancian, discussion with the author.`: that person's earlier discussion, cited again
        return FieldResult(talk, maybe_short=True)
    if not (_name_like(who) or _title_case(who)):
        talk = dataclasses.replace(talk, authors=())  # `As noted, discussion with the author, …`: no person
    return FieldResult(talk)


# `Fox, introduction to …`, `Cohen and Stein, introduction to …`, `Roger Shattuck, introduction to …`: a writer's
# part of a book, named in lower case
_FRONT_MATTER = re.compile(
    r"^(?P<names>[A-Z][^,;:()“”\"]{1,60}?(?:,?\s+(?:and|&)\s+[A-Z][^,;:()“”\"]{1,60}?)?),\s+"
    rf"(?P<part>{_PART})\s+to\s+(?=[A-Z“\"‘])"
)


_TOWN_AND_STATE = re.compile(r"(?:and\s+)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s[A-Z]{2}")
_BOOK_TITLE_ENDS = re.compile(r",?\s+by\s+[A-Z]|,\s+(?:eds?\.|trans\.|edited|translated)\s|\s\(")
_SHORT_BOOK_PAGES = re.compile(
    rf"(?P<book>[A-Z“\"‘][^()]{{1,150}}?),\s*(?:pp?\.\s*)?(?P<pages>{_PAGE}(?:,\s*{_PAGE})*)\.?$"
)


def _front_matter_writers(names: str) -> tuple[str, ...]:
    parts = [x.strip() for x in re.split(r",?\s+(?:and|&)\s+", names) if x.strip()]
    single = [x for x in parts if _one_name(x) or re.fullmatch(r"[A-Z][\w’'\-]+", x)]
    return tuple(parts) if len(single) == len(parts) else ()


def _chicago_short(m: re.Match[str], raw: str, index: int) -> Citation:
    names = re.sub(r"\s+et\s+al\.?$", "", m.group("names"))
    authors = tuple(a for a in re.split(r",\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", names) if a)
    title = m.group("quoted") or m.group("title") or ""
    pages = [x.strip() for x in (m.group("pages") or "").split(",") if x.strip()]
    if len(pages) == 1 and re.fullmatch(r"(?:19|20)\d\d", pages[0]) and m.group("quoted"):
        pages = []  # `Anderson, "The End of Theory", 2008.`: the year of the work, not a page
    year = None
    pin = _PIN_AFTER_YEAR.match(m.group(0), m.end("pages")) if m.group("pages") else None
    if len(pages) == 1 and re.fullmatch(r"(?:19|20)\d\d", pages[0]) and (pin or all(map(_ACRONYM.fullmatch, authors))):
        # `GAO, Combatting Illegal Fishing, 2023, p. 9.`, `NOAA, NMFS, Report to Congress, 2021`: an agency's
        # report named again with its year (CRS's short form), then perhaps its page
        year, pages = pages[0], [pin.group("pages")] if pin else []
    # `Maidment, Reading Popular Prints, 1790-1870, 15.`: a span of years belongs to the title, but not
    # after a quoted title or `pp.` (`Liu et al., "Deep-Sea Rock Mechanics," pp. 1100-1102.`): pages
    spans_may_be_years = not m.group("quoted") and not re.search(r"\bpp?\.\s*\S", m.group(0))
    while spans_may_be_years and pages and re.fullmatch(r"1\d\d\d\s*[-–]{1,2}\s*(?:1\d|20)\d\d", pages[0]):
        title = f"{title}, {pages.pop(0)}"
    lettered = bool(pages) and re.match(r"[A-Z]{1,5}-\d", pages[0]) is not None  # `ITA-37 – ITA-38`, as printed
    return Citation(
        index=index, raw=raw, authors=authors, title=_clean_title(title) or None,
        pages=(", ".join(pages) if lettered else _clean_pages(", ".join(pages))) if pages else None,
        date=year, date_iso=year, place=m.groupdict().get("edition"),
        # (an agency's report by its year: a report even where no earlier note cites it)
        kind=CitationKind.REPORT if year else CitationKind.UNKNOWN,
    )  # fmt: skip



def _letter(
    m: re.Match[str], dm: re.Match[str] | None, raw: str, index: int, url: str | None, accessed: str | None
) -> Citation:
    """A letter by its writer, recipient and date; printed in an edition (the book it is in, and the volume
    and page), or read online."""
    writer = m.group("writer")
    container = publisher = pages = place = year = None
    edition = m.group("edition")
    imprint = list(_IMPRINT.finditer(edition)) if edition else []
    if edition and imprint:
        last = imprint[-1]
        book = _EDITORS_HEAD.sub("", edition[: last.start()].strip().rstrip(",")).strip()
        container = _BOOK_TITLE_TAIL.sub("", book).strip() or None
        found = Parsed()
        _any_imprint(last.group("inside"), found)
        publisher, place, year = found.publisher, found.place, found.year
        after = edition[last.end() :]
        pages = _pages_after(after)
        if pages is None and (pin := _PAGE_AFTER_DAY.match(after)):
            pages = _clean_pages(pin.group("pages"))  # (`…, 2002), p. 168 and accompanying notes on pages 168–169.`)
    kind = CitationKind.BOOK if container else CitationKind.WEB if url else CitationKind.UNKNOWN
    return Citation(
        index=index, raw=raw, kind=kind, authors=(writer,), title=f"{writer} to {m.group('recipient')}",
        container=container, date=m.group("date"), date_iso=iso_of(dm) if dm else m.group("date"), url=url,
        pages=pages, accessed=accessed,
        publisher=publisher, place=place, year=year,
    )  # fmt: skip


def _mark_bare_access_date(body: str) -> str:
    """`…/gpo148831 October 25, 2021;`, `…/cdcmiss.pdf March 16, 2023).`: a date printed right after the address,
    with no comma and nothing after it, is the day it was read (`accessed` lost in print), not the date of
    the work; it is rewritten `(accessed …)` for _take_accessed."""
    after = _BARE_DATE_AFTER_URL.search(body, max(0, len(body) - 40))
    if after is None or not _DATE.fullmatch(after.group("date")):
        return body
    if not any(u.end == after.start() for u in find_urls(body)):
        return body  # `…, Washington Post, March 16, 2023`: the date follows no address
    return f"{body[: after.start()]} (accessed {after.group('date')})"


# (`…, (Dec. 2016), available at: https://…`: a colon after `at` too; `…, available at SSRN: https://…`: the
# repository that holds it named before the colon)
_AVAILABLE_AT = re.compile(
    r"(?:,\s*|\s+)(?:(?:available|online)\s+)?at\s*:?\s*$|[,.]?\s*\b[Aa]vailable\s+from\s*:?\s*$"
    r"|[,.]?\s*\b[Aa]vailable\s+at\s+[A-Z][A-Za-z]{1,15}:\s*$"
)
_EMPTY_BRACKETS = re.compile(r"\s*\[\s*\]")
_DOUBLED_COMMAS = re.compile(r"\s*,\s*(?:,\s*)+")
_COMMAS_BEFORE_STOP = re.compile(r"[,\s]+\.$")


# `…, IGN (Nov. 15, 2021, 4:18 PM), https://… [https://perma.cc/ETZ6-LYM6]also taken the opportunity to use bots to
# tr`, `…/?mbid=soci al-twitter.`: lower-case words after the last address, with no bracket or number among them, are
# the article's own text (or the address's broken rest) that a PDF's extraction ran into the note, once a dated
# citation ended before the address
_RUN_IN_TEXT = re.compile(
    r"\]?\s*(?!(?:at|accessed|retrieved|visited|last|archived|available|updated|via|and|or)\b)[a-z][a-z’'\- ]*\.?\s*$"
)
_DATED_BEFORE = re.compile(r"(?:\d|[AP]M)\)\s*,?\s*$")


def _take_url(body: str) -> tuple[str, str | None]:
    """The citation's first URL (checker/parse/urls.py finds it, broken or scheme-less), and the rest."""
    found = find_urls(body)
    if not found:
        return body, None
    if _RUN_IN_TEXT.match(body, found[-1].end) and _DATED_BEFORE.search(body, 0, found[0].start):
        end = found[-1].end
        body = body[: end + 1 if body.startswith("]", end) else end]  # (an archive link's bracket kept)
    rest = body
    for u in reversed(found):  # all of them: the others are attached by coverage.py
        # `…, April 7, 2021, at https://…`: the `at` (`available at`) only introduced the address, and Harvard's
        # `Available from:` and `available at SSRN:` too (most print the address bare: no scan)
        head = rest[: u.start]
        if head.rstrip().rstrip(":").rstrip().endswith(("at", "from")) or head.rstrip().endswith(":"):
            head = _AVAILABLE_AT.sub("", head)
        rest = head + rest[u.end :]
    rest = rest.strip()
    rest = _EMPTY_BRACKETS.sub("", rest)  # `[https://perma.cc/…]` taken out leaves `[]`
    rest = _DOUBLED_COMMAS.sub(", ", rest)
    rest = _COMMAS_BEFORE_STOP.sub(".", rest).strip().rstrip(",").strip()
    if len(found) > 1:
        rest = re.sub(r"\s+or$", "", rest)  # `Available at SSRN: <url> or <doi url>`: the word between the two
    return rest, found[0].url


def _vancouver(m: re.Match[str], raw: str, index: int) -> Citation:
    """`Fergus TA, Spada MM. Title. J Anxiety Disord. 2018;60:11-19. doi: 10.1016/…`: a journal article."""
    title = m.group("title").strip()
    title = title[:-1] if title.endswith((".", "?.", "!.")) and not title.endswith("..") else title
    date = m.group("date")
    rest = m.group("rest")
    url = _take_url(rest)[1]  # a DOI printed as a link; a bare `doi: 10.…` is no URL
    return Citation(
        index=index, raw=raw, kind=CitationKind.JOURNAL,
        authors=tuple(a.strip() for a in re.split(r",\s+", m.group("authors"))),
        title=title.strip(), container=m.group("journal").strip(), date=date, date_iso=_nlm_iso(date),
        pages=_clean_pages(m.group("pages")), volume=m.group("volume"), issue=m.group("issue"), url=url,
    )  # fmt: skip


_NLM_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _nlm_iso(date: str) -> str:
    """`2020 Oct 30` -> `2020-10-30`; `2013 Oct` -> `2013-10`; `2015` -> `2015`."""
    parts = date.split()
    if len(parts) > 1 and parts[1] in _NLM_MONTHS:
        ym = f"{parts[0]}-{_NLM_MONTHS.index(parts[1]) + 1:02d}"
        return f"{ym}-{int(parts[2]):02d}" if len(parts) > 2 else ym
    return parts[0]


def _strip_trailing_separators(text: str) -> str:
    """`…/x.pdf ,;` -> `…/x.pdf`: the commas and semicolons (and the spaces among them) a taken field left."""
    while text and text[-1] in ",;":
        text = text[:-1].rstrip()
    return text


_AS_OF = re.compile(r"as\s+of")


def shared_access_date(note: str) -> str | None:
    """`… https://a.org/x and https://b.org/y (both accessed March 3, 2021)`: the day every address of the note was
    read, printed once for all of them; None when the note prints no such date."""
    shared = _SHARED_ACCESS.search(note) if "ccessed" in note else None
    return _take_accessed(f"(accessed {shared.group('date')})")[1] if shared else None


def _take_accessed(body: str) -> tuple[str, str | None]:
    folded = body.lower()
    if not any(word in folded for word in _ACCESS_WORDS) and not _AS_OF.search(folded):
        return body, None  # _ACCESSED needs one of these words; most citations have none, and it scans slowly
    m = _ACCESSED.search(body)
    if not m:
        return body, None
    dm = _DATE.search(m.group("date"))
    iso = iso_of(dm) if dm else _numeric_date(m.group("date"))
    rest = (body[: m.start()] + body[m.end() :]).strip()
    return rest, iso


# British and Oxford-like notes quote titles in single quotes: `‘State of the Field: Digital
# History’. History 105`, `Ravenstein, R.G., 'The Laws of Migration', Journal …`. The opening
# quote stands where a title does (first, or after the authors' `, ` / `. `), not inside a phrase
# (`the so-called 'nudnik' problem`); the closing one ends a word before punctuation or a space,
# so the apostrophes of `Literature’s` and `Hemingway's` are neither.
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[,.:;]\s)|(?<=\())(?P<q>[‘'])(?=[\w“\"(])")
_SINGLE_CLOSE = {
    "‘": re.compile(r"(?<=[^\s‘])’(?=[.,;:!?)\]]|\s|$)"),
    "'": re.compile(r"(?<=[^\s'])'(?=[.,;:!?)\]]|\s|$)"),
}


def _find_quoted(body: str) -> tuple[int, int, str, bool] | None:
    """(open index, index after close, title, closed?) of the first quoted title."""
    return _find_double_quoted(body) or _find_single_quoted(body)


def _numeric_date(text: str) -> str | None:
    """`2.17.20` (month first: 17 cannot be a month) or `17.2.2020` -> ISO; `3.4.20` says too little."""
    parts = re.split(r"[./]", text)
    if len(parts) != 3 or not all(x.isdigit() for x in parts):
        return None
    a, b, y = (int(x) for x in parts)
    year = y if y > 99 else (2000 + y if y < 50 else 1900 + y)
    month, day = (a, b) if b > 12 >= a else (b, a) if a > 12 >= b else (0, 0)
    if not month or not 1 <= day <= 31:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _find_single_quoted(body: str) -> tuple[int, int, str, bool] | None:
    for m in _SINGLE_OPEN.finditer(body):
        if body[: m.start()].count("(") > body[: m.start()].count(")"):
            continue  # inside parentheses: not the title
        close = _SINGLE_CLOSE[m.group("q")].search(body, m.end())
        if close is None:
            return None
        return m.start(), close.end(), _clean_title(body[m.end() : close.start()]), True
    return None


# `Robert “Jake” Bebber, "Cyber power …,"`: a nickname in quotes inside a name is no title
_NICKNAME = re.compile(r"(?<=[a-z]\s)[“\"](?P<nick>[A-Z][a-z]{1,15})[”\"](?=\s[A-Z][\w’'-]+,)")


_PAREN_OR_DOUBLE_QUOTE = re.compile(r'[()“"]')


def _find_double_quoted(body: str) -> tuple[int, int, str, bool] | None:
    depth = 0
    nickname = _NICKNAME.search(body, 0, 80)
    if nickname and not re.search(r"[“\"]", body[nickname.end() :]):
        nickname = None  # the only quoted words: a title after all
    skip_to = -1
    for mark in _PAREN_OR_DOUBLE_QUOTE.finditer(body):  # only these characters matter: skip the rest in C
        i, ch = mark.start(), mark.group()
        if (nickname and nickname.start() <= i < nickname.end()) or i <= skip_to:
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in '“"':
            closer = "”" if ch == "“" else '"'
            j = _closing_quote(body, i) if ch == "“" else body.find(closer, i + 1)
            if j == -1 and ch == '"':
                j = body.find("”", i + 1)  # `"As Tanks Rolled Into Ukraine, So Did Malware. …,” The New York Times`
            if j != -1 and _SCARE_QUOTED.fullmatch(body, i + 1, j) and _RUNS_ON.match(body, j + 1):
                # `a response to the "classical" narratological work of Dorrit Cohn, …`: a word or two in quotation
                # marks the sentence runs on from is the writer's, no title
                skip_to = j
                continue
            if j != -1:
                return i, j + 1, _clean_title(body[i + 1 : j]), True
            # no closing quote (seed note 49): the title runs to the first comma
            k = body.find(", ", i + 1)
            end = k if k != -1 else len(body)
            return i, end, _clean_title(body[i + 1 : end]), False
    return None


_SCARE_QUOTED = re.compile(r"[\w’'\-]+(?:\s+[\w’'\-]+){0,2}")
_RUNS_ON = re.compile(
    r"\s+(?!(?:in|and|by|on|at|as|from|for|of|or|ed|eds|trans|accessed|retrieved|available|published|posted|last|"
    r"https?|www)\b)[a-z]"
)


def _closing_quote(body: str, i: int) -> int:
    """The ” closing the “ at i, past quotes nested in the title: `“City and the Sessions Paper: “Public
    Justice” in London, 1770– 1800,”` (a title quoting a phrase in double quotes, not single)."""
    depth = 0
    for mark in _CURLY_DOUBLE_QUOTE.finditer(body, i + 1):
        if mark.group() == "“":
            depth += 1
        elif depth == 0:
            return mark.start()
        else:
            depth -= 1
    return body.find("”", i + 1)


_CURLY_DOUBLE_QUOTE = re.compile(r"[“”]")


# A bibliography entry used as a note (Chicago's bibliography form, Harvard): the first author
# inverted, the names ended by a full stop: `Atack, Jeremy, Fred Bateman, and Robert A. Margo.
# “Title.” Journal 34, no. 2 (2010): 171-197.`, `Moretti, Franco. Distant Reading. London: Verso
# Books, 2013.`, `Crawford, K., Paglen, T., 2019. Excavating AI. https://…`
_BIB_START = re.compile(r"^(?:(?:van|von|de|der|den|di|da|du|la|le)\s+)*[A-Z][^\s,.;:()“”\"]*,\s+[A-Z]")
# (a full stop set apart from the word before opens an ellipsis: `James, Western Manuscripts . . . of Emmanuel College`)
_BIB_STOP = re.compile(r"(?<=\S)\.(?=\s+\S)")
_LONE_INITIAL = re.compile(r"(?:^|[\s.])[A-Z]\.$")
_GIVEN = re.compile(r"(?:(?:[A-Z][^\W\d_][\w’'\-]*|[A-Z]\.?(?:\s?-?[A-Z]\.)*|[a-z]{1,3})\s?){1,4}")
_BIB_IMPRINT = re.compile(
    r"^(?:(?P<place>[^:]{2,80}):\s*)?(?P<publisher>[^,:]{2,80}?(?:,\s*Inc\.?|,\s*Ltd\.?)?),\s*"
    rf"(?P<year>(?:1[5-9]|20)\d\d)(?::\s*(?P<pages>{_PAGE}))?\.?$"
)
_NAMES_RUN = re.compile(r"(?=.*(?:,|\band\b))(?:\s*(?:,\s*)?(?:(?:and|&)\s+)?[A-Z][\w’'\-‐‑]*\.?)+")
# (`Smith, Zadie. 2016. Swing Time. New York: Penguin Press.`: Chicago's author-date year, a sentence of its own)
_AUTHOR_DATE_YEAR = re.compile(r"(?P<year>(?:1[5-9]|20)\d\d)[a-z]?\.\s+(?=[A-Z“\"‘])")
_HARVARD_ROLE = re.compile(r"\((?:eds?|comps?|trans)\.?\)\s+(?=\()")
_HARVARD_YEAR = re.compile(r"\((?P<year>(?:1[5-9]|20)\d\d)[a-z]?\)[.,]?\s+")
_MONTH_ABBREVIATED_END = re.compile(rf"\b{_MONTH_ABBREVIATION}$")
_TRAILING_DATE = re.compile(rf",\s*(?P<date>\d{{1,2}}\s+{_MONTH}\.?\s+\d{{4}})$")
_TRAILING_YEAR = re.compile(r",\s*(?P<year>(?:1[5-9]|20)\d\d)$")
# `Culy, C. 2010. Visualization of …`: Harvard's year straight after the initials
_INITIAL_YEAR = re.compile(r"(?<=\b[A-Z]\.)\s+(?P<year>(?:1[5-9]|20)\d\d)$")


_NAMES_THEN_YEAR = re.compile(
    r"(?P<names>[A-Z][\w’'\-]+(?:\s+[a-z]{2,3})?,\s+[A-Z][^()“”\"\d]{1,200}?)\s*\((?P<year>(?:1[5-9]|20)\d\d[a-z]?)\)"
    r"\s*,\s+(?=[“\"‘A-Z])"  # (after `(2019).` APA's own reading takes it)
)


def _bibliography_head(body: str) -> tuple[list[str], str | None, str] | None:
    """(authors, a Harvard year, the rest) when `body` opens with an inverted author list."""
    if not _BIB_START.match(body) or parse_legal(body) is not None:
        return None  # `Hustler Magazine, Inc. v. Falwell, 485 U.S. 46`: a case, not an author
    if (dated := _NAMES_THEN_YEAR.match(body)) and (authors := _bibliography_names(dated.group("names").rstrip(" ,"))):
        # `Epstein, Joshua M., and Robert Axtell (1996), Growing Artificial Societies. …`, `Levison, M, R Gerard Ward,
        # and John W Webb,(1972), “…”`: the names, the year in parentheses, then a comma where APA has a full stop
        return authors, dated.group("year"), body[dated.end() :]
    for stop in _BIB_STOP.finditer(body, 0, 400):
        head, rest = body[: stop.start() + 1], body[stop.end() :].lstrip()
        following = body[stop.end() : (nxt.start() if (nxt := _BIB_STOP.search(body, stop.end())) else len(body))]
        # (`Romein, C. Annemieke, Max Kemman, …`, `Schroeder, Larry D., David L. Sjoquist, and …`: more names)
        names_go_on = len(following.split()) <= 3 or bool(
            re.match(r",|\s+(?:and|&)\s|\s+[A-Z]\.", following) or _NAMES_RUN.fullmatch(following)
        )
        if _LONE_INITIAL.search(head) and rest[:1] not in "“\"‘'" and names_go_on:
            # `Robert A. Margo.`: an initial's full stop, the names go on; `Voss, Barbara L. The Archaeology
            # of Ethnogenesis …. Berkeley: …`: the names end at the initial, a title follows
            continue
        if rest.startswith("(") and (role := _HARVARD_ROLE.match(rest)):
            rest = rest[role.end() :]  # `Jeffs, T. and Smith, M. (eds) (1987) Youth work.`: editors, their role aside
        if harvard := _HARVARD_YEAR.match(rest) or _AUTHOR_DATE_YEAR.match(rest):
            # `Shoemaker, Robert B. (2008) The Old Bailey proceedings …`, `Broscheid, A. (2011), Comparing …`
            rest, year_first = rest[harvard.end() :], harvard.group("year")
        else:
            year_first = None
        names = re.sub(r",?\s+et\.?\s+al\.$", "", head).rstrip(".")
        year = None
        if ym := _TRAILING_YEAR.search(names) or _INITIAL_YEAR.search(names):
            names, year = names[: ym.start()], ym.group("year")
        authors = _bibliography_names(names)
        return (authors, year or year_first, rest) if authors and rest else None
    return None


def _bibliography_names(names: str) -> list[str]:
    parts = [x.strip() for x in re.split(r",\s+(?:and\s+|&\s+)?|\s+and\s+|\s+&\s+", names) if x.strip()]
    if len(parts) < 2 or not _GIVEN.fullmatch(parts[1]):
        return []
    authors = [f"{parts[0]}, {parts[1]}", *_inverted_names(parts[2:])]
    if all(_one_name(a.replace(",", "")) or _one_name(a) for a in authors):
        return authors
    return []


_PLACE_PUBLISHER = re.compile(r"(?P<place>[A-Z][\w.’' ,-]{1,60}?):\s*(?P<publisher>[A-Z][^:;]{1,100})")


def _bibliography_entry(authors: list[str], year: str | None, rest: str, index: int) -> FieldResult:
    """The rest of a bibliography entry read as a note whose authors are already known."""
    quoted = _find_quoted(rest)
    as_note = _bibliography_imprint_as_note(rest)
    if (quoted is not None and quoted[0] == 0) or as_note is not None:
        res = parse_citation(rest if as_note is None else as_note, index)
        c = res.citation
        kind = c.kind if c.kind is not CitationKind.UNKNOWN or not (c.container or c.url) else CitationKind.JOURNAL
        cit = dataclasses.replace(c, authors=tuple(authors), kind=kind)
        if year and not c.date:
            cit = dataclasses.replace(cit, date=year, date_iso=year)
        return FieldResult(cit, res.warnings, commentary=False, maybe_short=res.maybe_short and not year)
    p = Parsed(authors=list(authors))
    body, p.url = _take_url(rest)
    body, p.accessed = _take_accessed(body)
    body = body.strip().rstrip(".").strip()
    sentences: list[str] = []
    for x in re.split(r"(?<=[^\s.][^\s.])\.\s+(?=\S)", body):
        if sentences and x[:1].isdigit() and _MONTH_ABBREVIATED_END.search(sentences[-1]):
            sentences[-1] += f". {x}"  # `…, 28 Mar. 2019`: a month's abbreviation ends no sentence
        elif x.strip():
            sentences.append(x.strip())
    if not sentences:
        return FieldResult(Citation(index=index, raw=rest, authors=tuple(authors), url=p.url), maybe_short=True)
    p.title = sentences[0]
    imprint = _BIB_IMPRINT.match(sentences[-1]) if len(sentences) > 1 else None
    if imprint:
        p.place = imprint.group("place").strip() if imprint.group("place") else None
        p.publisher = imprint.group("publisher").strip()
        p.date = p.date_iso = p.year = imprint.group("year")
        if imprint.group("pages"):
            p.pages = _clean_pages(imprint.group("pages"))
        p.kind = CitationKind.BOOK
    elif year and len(sentences) > 1 and (undated := _PLACE_PUBLISHER.fullmatch(sentences[-1])):
        # `Mitchell, Melanie (2009), Complexity: A Guided Tour. Oxford: Oxford University Press.`: the year printed
        # after the names, the imprint without it
        p.place, p.publisher = undated.group("place").strip(), undated.group("publisher").strip()
        p.kind = CitationKind.BOOK
        if len(sentences) > 2 and _title_case(sentences[1]):
            p.title = f"{p.title}. {sentences[1]}"  # `Growing Artificial Societies. Social Science from the Bottom Up`
    elif (dated := _TRAILING_DATE.search(p.title)) and dated.start() > 0:
        # `Kaska, Kadri, et al. Huawei, 5G and China as a Security Threat, 28 Mar. 2019, <url>` (MLA): the date after
        # the title of a whole work (unquoted), a report's
        p.title = p.title[: dated.start()]
        _set_date_from(dated.group("date"), p)
        p.kind = CitationKind.REPORT
    elif ty := _TRAILING_YEAR.search(p.title):
        p.title, p.date = p.title[: ty.start()], ty.group("year")
        p.date_iso = p.date
        p.kind = CitationKind.BOOK
    elif len(sentences) > 1 and not _DATE.search(sentences[1]):
        p.container = sentences[1]
    elif (
        len(sentences) == 2 and len(segs := _segments(sentences[1])) > 1 and _DATE.fullmatch(segs[-1])
        and not re.search(r"\d", sentences[1][: -len(segs[-1])])
    ):  # fmt: skip
        # `Skorup, Brent. 5G Basics and Public Policy. Mercatus Center at George Mason University, Feb. 2019, <url>`
        # (MLA 9th ed.): a whole work's title unquoted, then its publisher and date
        p.publisher = ", ".join(segs[:-1])
        _set_date_from(segs[-1], p)
        p.kind = CitationKind.REPORT
    if year and not p.date:
        p.date = p.date_iso = year
    if p.kind is CitationKind.UNKNOWN:
        p.kind = _kind(p, body)
    citation = Citation(
        index=index, raw=rest, kind=p.kind, authors=tuple(p.authors), title=_clean_title(p.title) or None,
        container=p.container, date=p.date, date_iso=p.date_iso, url=p.url, pages=p.pages, accessed=p.accessed,
        publisher=p.publisher, place=p.place, year=p.year,
    )  # fmt: skip
    return FieldResult(citation, maybe_short=not (p.url or p.date or p.container or p.publisher))


# `Jane T. Merritt, At the Crossroads: …. Chapel Hill: University of North Carolina Press, 2003, 31-32 n13`,
# `Robert Grumet, "Sunksquaws, …." In Women and Colonization, edited by Mona Etienne …. New York: Praeger,
# 1980`: a citation in Chicago's bibliography form (17th ed. 14.68-14.69), read as the note it stands for
_TRAILING_BIB_IMPRINT = re.compile(
    rf"(?<=[\w?!”\"’')])(?:\.(?P<quote>[”\"’']?)|(?<=[?!])[”\"’'])\s+(?:{EDITION})?{BIB_IMPRINT}"
    r"(?:,?\s+(?P<pages>[\dxivlc\[][\dxivlcn\[\]\s,–-]*?(?:\s+and\s+[\dxivlc][\dxivlcn\[\]–-]*)?(?:\s+passim)?))?"
    r"(?:\s+[a-z][^;]*)?\.?$"  # `…, 2012, 107-127 passim for Moravian missionaries' use …`: a comment after the page
)
_TRAILING_URL = re.compile(r"\s+(?P<url>https?://\S+?)\.?$")
# `William Labov, "Hypercorrection …," In Sociolinguistics, ed. William Bright. Mouton, 1966.`: a chapter's book, then
# its publisher and year with no place
_TRAILING_PUBLISHER_YEAR = re.compile(
    rf"(?<=[\w)])\.\s+(?P<publisher>{PUBLISHER_WORDS}(?:,\s+{PUBLISHER_WORDS})?),\s+"
    r"(?P<year>(?:1[5-9]|20)\d\d)\.?$"
)
_CHAPTER_BOOK = re.compile(r"[,.][”\"’']?\s+[Ii]n\s+[A-Z]")
_BOOK_PAGES = re.compile(r":\s*(?P<pages>\d{1,4}\s*[-–]\s*\d{1,4})$")  # `in Strategic Trends 2015: 81-98`
_BIB_IN = re.compile(r"(?<=[.,])([”\"’']?)\s+In\s+(?=[A-Z])")  # `"Title." In Book`: the chapter's book
_EDITED_BY = re.compile(r",\s+edited\s+by\s+")


# the lower-case words a name may hold: particles, joining words, a body's small words (`U.S. Department of the
# Treasury`, `Office for Civil Rights`)
_NAME_LOWER_WORDS = _NAME_PARTICLES | {"della", "ten", "ter", "and", "et", "of", "the", "for", "on", "at", "in", "to",
                                       "a", "an", "und", "des"}  # fmt: skip
_LOWER_WORD = re.compile(r"(?<![\w’'\-])[a-z][a-z’'\-]*\b")


def _prose_in_name(name: str) -> bool:
    """A lower-case word no name holds: `… published his`, `spelled`, `As she did with`."""
    return any(w not in _NAME_LOWER_WORDS for w in _LOWER_WORD.findall(name))
_ANNUAL_VOLUME = re.compile(
    r"(?P<title>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3},\s+1[5-9]\d\d),\s+pp?\.\s*(?P<pages>[\dxvil]+(?:\s*[-–]\s*[\dxvil]+)?)\.?"
)
_FORENAME_THEN_TITLE = re.compile(r"[A-Z][\w’'\-]+(?:\s+[A-Z]\.)*\.\s")
_BIB_NAME = r"(?:[A-Z]\.|[A-Z][\w’'\-]+)(?:\s+(?:[A-Z]\.|[A-Z][\w’'\-]+)){1,3}"
_BIB_NAMES_HEAD = re.compile(
    rf"(?P<names>{_BIB_NAME}(?:(?:,\s+|,?\s+and\s+){_BIB_NAME}){{0,4}})\.\s+(?P<title>[A-Z“\"*_].{{2,300}})$"
)


def _bibliography_imprint_as_note(body: str) -> str | None:
    """The body with a bibliography imprint, `Title. Place: Publisher, Year, pages.`, written as a note's
    `Title (Place: Publisher, Year), pages`, or None when its imprint is not one."""
    address = _TRAILING_URL.search(body)  # `… New York: ACM, 2020. https://doi.org/…`: the address after it
    if address is not None:
        body = body[: address.start()]
    m = _TRAILING_BIB_IMPRINT.search(body)
    if m is None and (plain := _TRAILING_PUBLISHER_YEAR.search(body)) is not None:
        head = body[: plain.start()]
        if "(" in head or not _CHAPTER_BOOK.search(head):
            return None
        pages = _BOOK_PAGES.search(head)
        head = _BIB_IN.sub(lambda q: f",{q.group(1)} in ", head[: pages.start()] if pages else head, count=1)
        note = f"{head} ({plain.group('publisher')}, {plain.group('year')})"
        note = f"{note}, {pages.group('pages')}" if pages else note
        return f"{note}, {address.group('url')}" if address is not None else note
    if m is None or "(" in body[: m.start()] or m.start() < 8:
        return None
    head = body[: m.start()].rstrip(" .,")
    if named := _BIB_NAMES_HEAD.match(head):
        # `Kees-Jan Waterman, and J. Michael Smith. Munsee Indian Trade …`: names in reading order, then the title
        names = re.sub(r",\s+and\s+", " and ", named["names"])
        head = f"{names}, {named['title']}"
    closing = m.group("quote") or ""
    head = _BIB_IN.sub(lambda q: f",{q.group(1)} in ", head.replace(".”", ",”").replace('."', ',"'), count=1)
    head = _EDITED_BY.sub(", ed. ", head, count=1)
    note = f"{head}{closing} ({m.group('place')}: {m.group('publisher').strip()}, {m.group('year')})"
    note = f"{note}, {m.group('pages').strip()}" if m.group("pages") else note
    return f"{note}, {address.group('url')}" if address is not None else note


def _reraw(res: FieldResult, raw: str) -> FieldResult:
    """The result parsed from part of a piece, with the piece's whole text as `raw`."""
    return FieldResult(
        dataclasses.replace(res.citation, raw=raw), res.warnings, res.is_ibid, res.maybe_short, res.commentary,
        res.url_only, res.supra, res.reporter,
    )  # fmt: skip


def _names_then_title(body: str, q: tuple[int, int, str, bool]) -> bool:
    """`For a brief … overview I recommend the background section of M. B. Plenio and V. Vitelli, "The physics of
    forgetting," Contemporary Physics …`: a sentence of comment that ends in the authors' names, a comma and a
    quoted title is a citation, not a quotation in prose."""
    before = body[: q[0]].rstrip()
    if before.endswith(" in"):
        # `Angela Schwering reviews various techniques … in "Approaches to …," Transactions in GIS 12, 1 (2008)`
        return bool(_named_in_comment(before) and _chicago_title(body, q) and _YEAR_PAREN.search(body[q[1] :]))
    if not before.endswith(","):
        return False
    m = _NAME_AFTER_COMMENT.search(before[:-1])
    return bool(m and _name_like(m.group("who")) and _chicago_title(body, q))


# `Hsia suggests that … See *A History of Modern Chinese Fiction* (…)`, `Likewise, Lee concludes that …`, `As
# Nigel Leask puts it, "…" "Fingalian Topographies …" Journal …`, `Rachel Hewitt traces … See *Map of a Nation*
# (…)`: a sentence of comment whose subject is a writer and whose verb reports what the writer says, before a
# citation that opens with its title; the writer is that work's author (a name alone needs the reporting verb)
_REPORTING_VERB = (
    r"(?:(?:has|have|had)\s+)?(?:also\s+|further\s+|famously\s+|rightly\s+|persuasively\s+)?"
    r"(?:suggest|argu|conclud|not|observ|claim|contend|show|describ|trac|call|explain|maintain|insist|remark|stat"
    r"|emphasi[sz]|stress|discuss|examin|propos|point|document|demonstrat|estimat|report|offer|summari[sz]"
    r"|characteri[sz]|defin|recount|detail|analy[sz]|put|writ|wrote|found|find|identifi|identify|explor|consider)"
    r"(?:e|es|s|ed|d|n|ten)?\b"
)
# (`According to EPA, "…"`: whose words they are, named before them)
_SAYS_BEFORE_QUOTE = re.compile(rf"\b{_REPORTING_VERB}\s*[,:]\s*$|^According\s+to\s+[^,;“”\"]{{1,80}},\s*$")
_QUOTED_PAGE = re.compile(r"^\s*\((?:pp?\.\s*)?\d{1,5}(?:\s*[-–]\s*\d{1,5})?\)")
_WRITER_OPENS_COMMENT = re.compile(
    r"^(?:As\s+|(?:Likewise|Similarly|Indeed|Moreover|Elsewhere|Conversely|In\s+contrast),\s+)?"
    rf"(?P<who>{_PROSE_NAME}|[A-Z][a-z][\w’'\-]+)\s+{_REPORTING_VERB}"
)
_NOT_A_WRITER = frozenset({"This", "These", "That", "Those", "It", "He", "She", "They", "We", "One", "Such", "Most",
                           "Many", "Some", "Other", "Others", "Our", "Their", "His", "Her", "Its", "Here", "There"})


def writer_opening(comment: str) -> str | None:
    """The writer a sentence of comment opens with as the subject of a reporting verb: `Hsia suggests that …`."""
    m = _WRITER_OPENS_COMMENT.match(comment)
    if m is None:
        return None
    who = m.group("who")
    if " " in who:
        return who if _name_like(who) else None
    return who if who not in _NOT_A_WRITER and who.lower() not in _NOT_NAME_WORDS else None


def _named_in_comment(before: str) -> str | None:
    """The author a sentence of comment names before `in` and the work: `Werner Kuhn lays out … in`, `… first
    advanced by Zellig Harris in`."""
    m = _NAME_OPENS_COMMENT.match(before) or _NAME_BY_IN.search(before)
    return m.group("who") if m and _name_like(m.group("who")) else None


def _quote_inside_title(before: str) -> bool:
    """`Isabella Rosario, When the “Hustle” Isn’t Enough, CODE SWITCH, NPR, …`: the author's name, a comma and
    words of a title with no comma before the quote; the quote is inside the title, Bluebook's in italics. A
    title may hold commas of its own after the author's (`Patrick J. Keane, Emerson, Romanticism, and Intuitive
    Reason: The Transatlantic "Light of All Our Day" (Columbia: …, 2005)`), unless a name follows that comma:
    the authors go on (`Julia Briggs, Marilyn Deegan, and Peter Shillingsburg. Woolf Online: …`)."""
    if not before.endswith(" ") or not before.rstrip()[-1:].isalpha():
        return False
    before = before.rstrip()

    def titled(lead: str, words: str) -> bool:
        # (`AMANDA LENHART ET AL., NONCONSENSUAL IMAGE SHARING: ONE IN 25 AMERICANS HAS BEEN A VICTIM OF “REVENGE
        # PORN” 4 (2016)`: Bluebook's authors in small capitals, et al., and a number inside the title, not before it)
        lead = ET_AL.sub("", lead)
        return bool(
            words[:1].isupper() and len(words.split()) >= 2 and not re.search(r"[()]|^\d", words)
            and (_name_like(lead) or (lead.isupper() and _name_like(lead.title()))) and not _name_like(words)
        )  # fmt: skip

    lead, comma, words = before.rpartition(", ")
    if comma and titled(lead, words):
        return True
    lead, comma, words = before.partition(", ")
    return bool(comma) and titled(lead, words) and not _name_like(words.split(", ")[0])


def _chicago_title(body: str, q: tuple[int, int, str, bool]) -> bool:
    """`Author, “Title,” Container`: the quotes hold the whole title. `The Market for “Lemons”:
    Quality …` (a Bluebook title quoting a word) does not: the closing quote is followed by more title."""
    _, close_at, _, closed = q
    if not closed:
        return True
    inner_end = body[close_at - 2 : close_at - 1]
    after = body[close_at : close_at + 1]
    ends_title = after in ("", ",", ";", ".", " ", "(") and not body[close_at:].lstrip()[:1].isalpha()
    return inner_end in ",.?!" or ends_title


def _translated_title(body: str, open_at: int, close_at: int) -> tuple[str, str, int] | None:
    """(title, what precedes it, index after it) when the quoted title is the bracketed translation of
    a title printed in another script before it: `X, 国防白皮书: … [“National Defense White Paper …”],`."""
    head = body[:open_at].rstrip()
    if not head.endswith("[") or not body[close_at:].lstrip().startswith("]"):
        return None
    head = head[:-1].rstrip()
    start = next((i for i, ch in enumerate(head) if ch.isalpha() and ord(ch) > 0x24F), None)
    if start is None:
        return None
    comma = head.rfind(", ", 0, start)
    cut = comma + 2 if comma != -1 else 0
    if not _no_latin_before(head[cut:start]):
        return None
    end = body.index("]", close_at) + 1
    return " ".join(body[cut:end].split()), head[:comma].strip() if comma != -1 else "", end


def _no_latin_before(lead: str) -> bool:
    """What may stand before the first letter of another script in a title: nothing, or a year or number."""
    return not re.search(r"[A-Za-z]", lead)


_POSSESSIVE_LEAD = re.compile(r"^(?:his|her|their)\s+(?=[A-Z“\"‘*])")
_COMMA_IN_QUOTE = re.compile(r"([^\s,]),(['’])$")


def _clean_title(t: str) -> str:
    t = " ".join(t.split()).strip().rstrip(",.;").strip()

    # `"… the Rents of 'Bob the Broker?,'"`, `“… Suicide Remark ‘Unproductive,’”`: the comma before the inner closing
    # quote is the citation's, set inside the quotes by American punctuation, not the title's
    return _COMMA_IN_QUOTE.sub(r"\1\2", t) if t.endswith(("'", "’")) else t


_PAGES_FIRST = re.compile(
    rf"pp?\.\s*(?P<pages>{_PAGE}(?:,\s*{_PAGE})*(?:,?\s+and\s+{_PAGE})?)\s*(?:,|\.?$)"
)


_CONGRESS_SESSION = re.compile(
    r",?\s+\d{1,3}(?:st|nd|rd|th|d)\s+Cong(?:\.|ress),?\s+\d(?:st|nd|rd|th|d)\s+[Ss]ess(?:\.|ion)"
)
# (`…, Pt. 2, H.R.-13870` before the session: the part and the bill's number, no part of the title)
_DOCUMENT_NUMBER_END = re.compile(r"(?:,\s*(?:Pt\.\s*\d+|H\.\s?R\.[\s–-]*\d+|S\.\s*\d+|H\.\s?Rept\.\s*[\d-]+))+$")
# (the page after `p.`, or after the year closing the session's facts: `…, 1st sess., 2013, 24.`, `… (2020), 51`)
_SESSION_TAIL_PIN = re.compile(
    r"(?:pp?\.\s*|\)\s*,\s*|(?<=\d{4}),\s*)(?P<pages>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)(?=\s*(?:[,.(]|$))"
)
# (`U.S. Congress, House, Committee on Foreign Affairs, Hearing on …` (CMOS 14.289): the chamber and the committee
# are the author's, before the title)
_CONGRESS_FIRST = re.compile(
    r"^(?P<body>U\.S\.\s+(?:Congress|House(?:\s+of\s+Representatives)?|Senate)(?:,\s+(?:House|Senate))?"
    r"(?:,\s+(?:Joint\s+|Select\s+|Special\s+)?(?:Sub)?[Cc]ommittee\s+on\s+[^,]{3,80})*),\s+(?=[A-Z])"
)
_RECORD_BLUEBOOK = re.compile(
    r"^(?P<vol>\d{1,3})\s+(?P<record>(?i:cong)\.\s*(?i:rec)\.)\s+(?P<pages>[HSE]?\d{1,6}(?:\s*[-–,]\s*[HSE]?\d{1,6})*)"
    r"\s*\((?:daily\s+ed\.\s*)?(?P<date>[^()]{4,30})\)(?:\s*\([^()]*(?:\([^()]*\)[^()]*)*\))*\s*[.;,]?$"
)
_COURT_RULE = re.compile(
    r"^(?P<rule>(?:(?i:fed)\.?\s*R\.\s*(?i:civ|evid|app|crim|bankr)\.\s*(?:P\.\s*)?|(?i:sup)\.\s*(?i:ct)\.\s*R\.\s*)"
    r"\d{1,4}(?:\.\d{1,3})?(?:\([\w.]{1,6}\))*(?:\s+advisory\s+committee[’']s\s+note(?:\s+to\s+\d{4}\s+amendments?)?)?)"
    r"(?:\s*\([^()]*(?:\([^()]*\)[^()]*)*\))*\s*[.;,]?$"
)
_REVIEW_OR_INTERVIEW = re.compile(
    r"(?:review\s+of\s+[^“”\"()]{2,200}?,\s+by\s+|interview(?:ed)?\s+by\s+)"
    # (then a periodical or a show, not the day: `interview by Mark Curtis, December 6, 2014, YouTube video`)
    r"[A-Z][^,;()]{1,60}?(?:,?\s+(?:and|&)\s+[A-Z][^,;()]{1,60}?)?,\s+(?=[A-Z])(?![A-Z][a-z]+\.?\s+\d)"
)
_CONTRIBUTOR_BEFORE_IN = re.compile(
    r"^(?:trans\.|tr\.|translated\s+by|eds?\.|edited\s+by)\s+[^,()]{2,80},\s+(?=in\s|[A-Z][^()]*\([^()]*\d{4}\))"
)


_LINES_PIN = re.compile(r",\s*(?P<lines>ll\.\s*\d{1,5}(?:\s*[-–]\s*\d{1,5})?)(?=\.?$|,\s)")


_MCGILL_JOURNAL = re.compile(
    r"\s+(?P<vol>\d{1,4})(?::(?P<issue>\d{1,3}[A-Z]?))?\s+(?P<journal>[A-Z][A-Za-z’'&. ]{1,60}?[A-Za-z.])\s+"
    r"(?P<pages>\d{1,5}(?:\s+at\s+\d{1,5}(?:\s*[-–]\s*\d{1,5})?)?)\.?$"
)
_HARVARD_IN_BOOK = re.compile(
    r",?\s*in:?\s+[A-Z][^()]{1,150}?\s+\((?:eds?|comps?)\.?\)\s+(?P<book>[^.]{2,250}?)\.\s+"
    r"(?:(?P<place>[A-Z][^:,.]{1,40}):\s+)?(?P<publisher>[A-Z][^,.]{1,80}?)"
    r"(?:,\s*pp?\.\s*(?P<pages>\d{1,5}(?:\s*[-–]\s*\d{1,5})?))?\.?$"
)
_ONLINE_SITE = re.compile(
    r"(?:\s+at\s+(?P<pin>\d{1,5}(?:\s*[-–]\s*\d{1,5})?))?\s*,\s*online(?:\s*\([a-z]{2,5}\))?\s*:\s*"
    r"(?P<site>[A-Z][^\[\]<>(),;:]{0,80}?)\s*(?:[\[<].*)?\.?$"
)  # (`online (pdf):`: the form it was read in)


def _after_title(after: str, p: Parsed) -> None:
    # "“Country Report: Russia” and “Country Report: Japan” in The Asan Forum": further
    # titles sharing one container are not the container.
    after = _MORE_QUOTED_TITLES.sub("", after).strip()
    if not after:
        return
    if (book := _HARVARD_IN_BOOK.match(after)) is not None:
        # `‘The overall allocation of resources’, in: Chester, D.N. (ed) Lessons of the British war economy. Westport:
        # Greenwood Press, pp.34-57` (Harvard): the editor's book, its imprint and the chapter's pages
        p.kind, p.container, p.place = CitationKind.BOOK, book.group("book"), book.group("place")
        p.publisher = book.group("publisher")
        p.pages = _clean_pages(book.group("pages")) if book.group("pages") else p.pages
        return
    # `"Assessing linguistic complexity," is in Matti Miestamo …, eds., Language Complexity (…)`: the title's place
    # told in a clause, as `in`
    after = _IS_IN.sub("in ", after, count=1)
    if after.startswith(("review of ", "interview")) and (genre := _REVIEW_OR_INTERVIEW.match(after)):
        # `“Fighting for the Future,” review of Why the Constitution Matters, by Mark Tushnet, Washington Post, …`,
        # `“From ‘F-Bomb’ to ‘Photobomb,’ …,” interview by Terry Gross, Fresh Air, NPR, …` (CMOS 14.102, 14.214):
        # what the piece is, then where it was printed or aired
        after = after[genre.end() :]
    if after.startswith(("trans", "tr.", "ed", "edited")):
        # `"Ideology and Ideological State Apparatuses," trans. Ben Brewster, in Lenin and Philosophy …`: the
        # essay's translator or editor, then the book it is in (or the site it is on: `“Let’s End the COVID-19 Blame
        # Game …,” ed. James Haynes, Brookings (Brookings, August 19, 2020)`)
        after = _CONTRIBUTOR_BEFORE_IN.sub("", after, count=1)
    if after.startswith(("p.", "pp.")) and (cited := _PAGES_FIRST.match(after)):
        # `Trafalgar Group, "Nationwide Issues Survey August 2022," pp. 19, 22, and 25, <url>`: the pages cited,
        # straight after the title, are no container
        p.pages = _clean_pages(cited.group("pages"))
        after = after[cited.end() :].lstrip(" ,")
        if not after:
            return
    if (register := _REGISTER_CITED.match(after)) is not None:
        # `Exec. Order No. 14028, “Improving the Nation’s Cybersecurity,” 86 Fed. Reg. 26633 (2021)`, `“Proclamation
        # 5030: …,” 48 Federal Register 10605 (March 10, 1983)`: the register's volume and page, its date in brackets
        p.kind, p.container, p.volume = CitationKind.OFFICIAL, " ".join(register["register"].split()), register["vol"]
        p.pages = p.pages or register["page"]
        _set_date_from(register["date"], p)
        return
    if after.startswith(("remarks", "debate", "statement")) and _REMARKS_IN_RECORD.match(after):
        # `Ernest Istook, "Help America Vote Act of 2001," remarks in the House, Congressional Record, daily edition,
        # vol. 147, part 172 (December 12, 2001), p. H9293.`: a member's words on the floor, printed in the Record
        p.kind, p.container = CitationKind.OFFICIAL, "Congressional Record"
        p.pages = page["page"] if (page := _RECORD_PAGE.search(after)) else p.pages
        _set_date_from(after, p)
        return
    if _PODCAST.search(after) and (show := _IN_SHOW.search(after)):
        p.remarks, p.container = True, show.group("show").strip()
        _set_date_from(after, p)
        return
    if _MANUSCRIPT.match(after):
        # `“Report of the governor …” Manuscript. Lisbon, January 8, 1693. Arquivo Histórico Ultramarino …`: a
        # dated manuscript document, where it was written and where it is kept; no container
        p.kind = CitationKind.OFFICIAL
        _set_date_from(after, p)
        return
    if after.startswith("("):
        m = _IMPRINT.match(after)
        if m:
            _parenthetical(m.group("inside"), p)
            rest = re.sub(r"^\s*:\s*", ", ", after[m.end() :])  # `(…, July 5 2020): 5187`
            if (printed := _MCGILL_JOURNAL.match(rest)) is not None and _YEAR_ONLY.match(m.group("inside")):
                # `Lisa Austin, “Re-reading Westin” (2019) 20:1 Theor Inq L 53 at 60` (the McGill Guide's article): the
                # year, then volume and issue, journal, first page and pinpoint
                p.kind, p.container = CitationKind.JOURNAL, printed.group("journal")
                p.volume, p.issue, p.pages = printed.group("vol"), printed.group("issue"), printed.group("pages")
                return
            if "online" in rest and (site := _ONLINE_SITE.match(rest)) is not None:
                # `“Cyber-attack: US and UK blame North Korea for WannaCry” (19 December 2017), online: BBC <…>`
                # (the McGill Guide's online source): the site it was read on, its address taken off already; a body
                # that issues reports put out the one read there (`“Economic Impact of Cybercrime—No Slowing Down”
                # (February 2018) at 4, online (pdf): Center for Strategic and International Studies <…>`)
                p.pages = _clean_pages(site.group("pin")) if site.group("pin") else p.pages
                if lexicon.role(site.group("site")) is lexicon.Role.ORGANISATION:
                    p.publisher, p.kind = site.group("site"), CitationKind.REPORT
                else:
                    p.container = site.group("site")
                return
            p.pages = _pages_after(rest) or p.pages
            return
    article = _IN_PERIODICAL.match(after) if after.startswith("in ") else None
    if article and after[article.end("paren") + 1] == "," and not _ISSUE_DATE.fullmatch(article.group("paren")):
        article = None  # (`…, Problèmes d’histoire des religions 10 (Editions de l’Université …, 1999), 36`: a book's)
    if article and not _NUMBERED_PAPERS.search(article.group("journal")):
        # `"Analysis of Verbal Behavior," in Psychological Review 51 (March, 1944): 102-119`, `…," in Second Language
        # Research (2016): 10`: a date alone in the parenthesis and the pages after a colon are a journal's, however
        # the author led into its name (a chapter's book has a place and a publisher there)
        p.kind = CitationKind.JOURNAL
        _take_journal(article, p, "issue")
        return
    cm = _CHAPTER.match(after) or (
        _CHAPTER_EDITED.match(after) if "ed." in after or "eds." in after or "edited by" in after else None
    )
    imprint = cm.group("imprint") if cm else ""
    if cm and (":" in imprint or _YEAR_IN.search(imprint) or _FORTHCOMING.search(imprint)):
        p.kind = CitationKind.BOOK
        # (`in Sally Hadden & Patricia Minter eds., Signposts …`: the editors named before their book are not its title)
        p.container = _clean_title(_EDITOR_BEFORE_BOOK.sub("", cm.group("book"))) or None
        _any_imprint(cm.group("imprint"), p)
        p.pages = _pages_after(cm.group("rest")) or p.pages
        pin = _CHAPTER_PAGES.search(after, 0, cm.start("imprint"))
        printed_after = bool(p.pages and not _YEAR_ONLY.fullmatch(p.pages))
        if pin and not _YEARS_IN_TITLE.fullmatch(pin.group("pages")) and not printed_after:
            # `In The Origins and Growth of Communication, 5-29, edited by L. Feagans et al. Norwood, NJ: Ablex, 1984,
            # 1992.`, `…, edited by B. Miller, 335-358. New York: …`: the bibliography's chapter pages, before its
            # imprint (not a span of years in the book's title, nor in place of a pinpoint printed after the imprint)
            p.pages = _clean_pages(pin.group("pages"))
            if p.container and p.container.endswith(pin.group("pages")):
                p.container = p.container[: -len(pin.group("pages"))].rstrip(" ,") or p.container
        return
    bare = _CHAPTER_BARE.match(after) if after[:1].isupper() and ":" in after else None
    if bare and not re.search(r"\d", bare.group("book")):
        # `"The Logical Status of Fictional Discourse," Expression and Meaning: Studies in the Theory of Speech Acts
        # (Cambridge: Cambridge UP, 1979), 58-76`: a chapter printed without `in`, its book's imprint after the book
        p.container = _clean_title(bare.group("book")) or None
        _any_imprint(bare.group("imprint"), p)
        p.pages = _pages_after(bare.group("rest")) or p.pages
        return
    lead = _segments(after)[:2]
    series = len(lead) > 1 and _INSTITUTION_SERIES.fullmatch(lead[1])
    if series and _REPORT.search(lead[0]) and not _DATE.search(lead[0]):
        # `Institute of Land Warfare, Land Warfare Paper 123, February 2019, 3.`, `Russia Studies Centre, Policy
        # Paper 16 (2016)`: the institution publishes, the numbered series is the container
        p.kind, p.publisher = CitationKind.REPORT, lead[0]
        p.container = re.sub(r"\s*\((?:1[5-9]|20)\d\d\)$", "", lead[1])
        rest = after.split(lead[1], 1)[1]
        _set_date_from(lead[1] + rest, p)
        p.pages = _pages_after(re.sub(r"^[^,]*,\s*" + _MONTH + r"?\s*\d{4}", "", rest)) or p.pages
        return
    # (`France 24 (March 2, 2020)`: a site whose name ends in a number, dated by the day, is no journal's volume)
    day_dated = "(" in after and _DAY_DATED_NAME.fullmatch(after) is not None
    whole = (
        _JOURNAL_TO_VOLUME.match(after) if "(" in after and ("," in after or ":" in after) and not day_dated else None
    )
    # (a name with commas of its own meets its volume without one: `*Poetics*, Topic Models and the Cultural Sciences,
    # 41, no. 6` is a journal and its special issue's title, `Final Rule, Federal Register, Vol. 85` a document's kind)
    plain = whole and not (whole.group("comma") and re.search(r"[,:]", whole.group("journal")))
    if whole and plain and _journal_name(whole.group("journal")):
        _take_journal(whole, p, "issue", "issue2")
        return
    named = _JOURNAL_NAMED.match(after)
    simple = _JOURNAL.match(after)
    if (
        named and re.search(r"[,(]", named.group("journal")) and not (simple and simple.group("vol"))
        and all(_title_case(part) and not re.search(r"\d", part) and len(part.split()) <= 8
                for part in named.group("journal").split(", "))
        and _NAMED_JOURNAL_PARTS.search(named.group("journal"))
    ):  # fmt: skip
        _take_journal(named, p, "issue")
        return
    if "vol." in after and (mla := _MLA_JOURNAL.match(after)) is not None:
        # `Smith, John. "Title of Article." Journal Name, vol. 12, no. 3, 2019, pp. 45-67.` (MLA 9): each part after a
        # comma, the date bare
        p.container, p.volume, p.issue = mla.group("journal"), mla.group("vol"), mla.group("issue")
        p.pages = _clean_pages(mla.group("pages"))
        _set_date_from(mla.group("date"), p)
        return
    # `Heritage Foundation Issue Brief No. 5283`: a report series' number, not a journal's issue
    jm = None if _SERIES_HEAD.match(after) else _JOURNAL.match(after)
    if jm:
        p.container = jm.group("journal").strip()
        p.volume = jm.group("vol")
        p.issue = jm.group("issue") or jm.group("issue2") or jm.group("issue3") or jm.group("issue4")
        if jm.group("bare_date"):
            _set_date_from(jm.group("bare_date"), p)
        if jm.group("pages"):
            p.pages = _clean_pages(jm.group("pages"))
        paren = jm.group("paren")
        if paren and ":" in paren:
            _imprint(paren, p)  # a series with its own imprint: a report
        elif paren:
            _set_date_from(paren, p)
        return
    vm = _JOURNAL_VOLUME.match(after) if not day_dated else None
    if vm:
        _take_journal(vm, p, "issue", "issue2", "issue3")
        return
    if _YEAR_ONLY.fullmatch(after.rstrip(".;, ")):
        # `Cordell and Smith, “The Viral Texts Project …,” 2012;`: a year, not a page
        _set_date_from(after, p)
        return
    if "ll." in after and (lines := _LINES_PIN.search(after)):
        # `Turnbull, "Morning," Poetical Essays (1788), ll. 149-152.`: a poem cited by its lines, as printed (`ll`
        # is no Roman page)
        p.pages, after = lines.group("lines"), after[: lines.start()]
    # "Container, [in English,] Date[, pages]" or just ", pages" (a short form)
    pm = _TRAILING_PAGES.search(after)
    head = after
    if pm and _YEAR_ONLY.fullmatch(pm.group("pages")) and not re.match(r",?\s*pp?\.", after[pm.start() :]):
        # `…,” Digital Scholarship in the Humanities, 2017`: a year ending the citation is its date
        pm = None
    if pm and not _DATE.search(after[max(0, pm.start() - 12) :]):
        p.pages = _clean_pages(pm.group("pages"))
        head = after[: pm.start()]
    segs = _segments(head) if head else []
    if (in_book := _IN_EDITORS_BOOK.match(head)) and not re.search(r"\d", head):
        # `"…," in Devine, Lee, and Peden, The Transformation of Scotland, 100-127`, `in Amory and Hall, Colonial
        # Books, 43`: a chapter whose book is named by its editors' surnames and its short title
        p.kind, p.container = CitationKind.BOOK, _clean_title(in_book.group("book"))
        return
    register = next((m for m in map(_REGISTER.search, segs) if m), None)
    if register:
        p.kind, p.container, p.pages = CitationKind.OFFICIAL, "Federal Register", register.group("page")
        _set_date_from(head, p)
        return
    first = segs[0] if segs else ""
    if len(segs) > 1 and _BLOG_MARK.search(first) and re.fullmatch(r"(?:The\s+)?[A-Z][^\d]{1,80}", segs[1]):
        first = segs[1]  # `China Power (blog), The Diplomat`: a blog inside a site; the site is the container
    if len(segs) > 1 and _ISSUE_NUMBER.match(segs[1]):
        first = f"{first}, {segs[1]}"  # `National Institute for Public Policy Information Series, Issue No. 505`
    numbered = len(segs) > 1 and bool(_GENRE_END.search(first) and _BARE_REPORT_NUMBER.fullmatch(segs[1]))
    if numbered:
        first = f"{first}, {segs[1]}"  # `EDA Research Report, 99-07-13812`: a series and its number, without `No.`
    if first and _RELEASE.match(first):
        p.kind = CitationKind.OFFICIAL
    elif first and _TESTIMONY.match(first):
        # `Robert E. Moffit, "Medicare's Future …," testimony before the Special Committee on Aging, U.S. Senate,
        # November 21, 2022`: a witness's statement to a committee, no periodical's item
        p.kind = CitationKind.OFFICIAL
    elif first and _GENRE_WORDS.match(first) and not first.startswith("in "):
        # `FTC, "Cartisim Corporation," cases and proceedings, last updated January 22, 2021`: the site's
        # section or the document's genre, in lower case, is no container
        if _OFFICIAL_GENRE.search(first):
            p.kind = CitationKind.OFFICIAL
    elif first and _UN_SYMBOL.match(first):
        pass  # `A/76/135`: a document symbol, not a container
    elif first and (numbered or _SERIES_NUMBER.search(first) or _CRS_SERIES.match(first)):
        p.publisher, p.kind = first, CitationKind.REPORT
    elif (
        len(segs) > 1 and first is segs[0]
        # (`…," Bank for International Settlements, p. 3, December 2022`: the page cited before the date)
        and (_DATE.search(segs[1]) or (len(segs) > 2 and _PAGES_FIRST.match(segs[1]) and _DATE.search(segs[2])))
        and (
            (_ISSUING_BODY.fullmatch(first) and not re.search(r"\b(?:Blog|Commentary)$", first))
            # (`…," INRS, July 14, 2020, p. 1, https://arxiv.org/pdf/…`: a body by its acronym, its paper cited by page)
            or (re.fullmatch(r"[A-Z]{2,6}", first) and re.search(r",\s*pp?\.\s*\d", after) is not None)
        )
    ):  # fmt: skip
        # `…," Bank for International Settlements, January 17, 2023`, `…," Paragon Health Institute Policy
        # Brief, October 13, 2022`: a research body (and its unnumbered series) named after the title, then
        # the date, issued the paper: its publisher, not a periodical
        p.publisher, p.kind = first, CitationKind.REPORT
    elif first and not _DATE.match(first) and not _YEAR_ONLY.match(first) and not _DATED_EVENT.match(first):
        p.container = re.sub(r"^in\s+", "", first).strip() or None
        at = segs.index(first) if first in segs else -1
        owned = _site_and_owner(segs[at:]) if at >= 0 and not first.startswith("in ") else None
        mla = _MLA_DATE.search(after) if owned and owned.count(", ") == 1 else None
        if owned and mla and 0 <= after.find(owned) < mla.start():
            # `Forbes, Forbes Magazine, 24 Apr. 2020` (MLA 9th ed.): the site, then its publisher, dated by the day
            # first and an abbreviated month
            p.container, p.publisher = owned.split(", ")
        elif owned:
            p.container = owned  # `The Interpreter, The Lowy Institute, August 24, 2021`: a site and its owner
    _set_date_from(head, p)


# (MLA abbreviates every month but May, June and July)
_MLA_DATE = re.compile(rf"\b\d{{1,2}}\s+(?:{_MONTH_ABBREVIATION}|May|June|July)\.?\s+\d{{4}}\b")


def _site_and_owner(segs: list[str]) -> str | None:
    """`Avalon Project, Lillian Goldman Law Library, Yale Law School[, date]`, `Board of Investments,
    Government of the Philippines`: a site named with the body that runs it is one container, when
    nothing but a date follows the names (not a place: `Financial Times, London`, nor the seed's `Beijing
    Xinhua Domestic Service, in Chinese`)."""
    names: list[str] = []
    for seg in segs:
        if _DATE.search(seg) or _YEAR_ONLY.match(seg) or re.match(r"(?:last\s+)?(?:modified|updated)\b", seg, re.I):
            break
        named = seg[:1].isupper() and _title_case(seg) and len(seg.split()) <= 10
        if _DIGIT.search(seg) or not named or is_place(seg):
            return None
        names.append(seg)
    else:
        if len(names) == len(segs) and len(names) > 1:
            return ", ".join(names)
        return None
    return ", ".join(names) if len(names) > 1 else None


def _parenthetical(inside: str, p: Parsed) -> None:
    if _REMARKS.match(inside):
        p.remarks = True
        conf = _find_quoted(inside)
        venue = _PRESENTED_AT.match(inside)
        if conf:
            p.container = conf[2]
        elif venue and _SCHOLARLY.search(venue.group("where")):
            # `(paper presented at Proceedings of the 58th Annual Meeting of the …, Online, July 5 2020)`:
            # a paper in published proceedings, not a talk
            p.container, p.remarks, p.kind = venue.group("where").strip(), False, CitationKind.JOURNAL
        _set_date_from(inside, p)
        return
    if thesis := _THESIS.match(inside):
        # `“Title” (graduate thesis, Missouri State University, 2021)`: a thesis, quoted as Chicago does
        p.kind = CitationKind.REPORT
        _any_imprint(inside[thesis.end() :], p)
        school = [x for x in _segments(inside[thesis.end() :]) if not _DATE.search(x) and not _YEAR_ONLY.match(x)]
        if len(school) > 1 and p.publisher == school[0]:
            # `(PhD diss., University of California, Berkely, 1997)`: the school whole, campus or institute too
            p.publisher, p.place = ", ".join(school), None
        return
    if ":" in inside:
        _imprint(inside, p)
        return
    _set_date_from(inside, p)


# `(Nov. 15, 2021, 4:18 PM)`: the hour a post went up, whose colon is no imprint's
# (a volume and its page, `Mark Twain’s Letters, 6:289–92`, has no AM or PM)
_CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*[AaPp]\.?\s?[Mm]\b\.?")


def _imprint(inside: str, p: Parsed) -> None:
    """`Place: Publisher, Year` or `Place: Publisher, Month Day, Year`."""
    if ":" not in _CLOCK_TIME.sub("", inside):
        _set_date_from(inside, p)  # `(Nov. 20, 2015, 9:00 AM)`: a day and its hour
        return
    place, _, rest = inside.partition(":")
    p.place = place.strip() or None
    segs = _segments(rest)
    pubs = [s for s in segs if not _DATE.search(s) and not _YEAR_ONLY.match(s)]
    if pubs and p.place and is_place(", ".join(pubs)) and not is_place(p.place):
        # `(The New Press: New York, 2011)`, `(PM Press: Oakland, 2015)`: publisher and place inverted
        p.place, p.publisher = ", ".join(pubs), p.place
    elif pubs:
        p.publisher = _listed_publisher(pubs)
    elif p.place and not is_place(p.place) and (
        _ORG.search(p.place) or _PRESS_OR_SCHOOL.search(p.place) or lexicon.roles(p.place)
    ):
        # `(Naval Postgraduate School: 2019)`, `(ACL: 2013)`: the publisher before the colon, and no place
        p.place, p.publisher = None, p.place
    _set_date_from(rest, p)
    if p.date_iso:
        p.year = p.date_iso[:4]


def _any_imprint(inside: str, p: Parsed) -> None:
    """`Place: Publisher, Year`, or Chicago's shorter `Publisher, Year` with no place."""
    if ":" in inside:
        _imprint(inside, p)
        return
    pubs = [s for s in _segments(inside) if not _DATE.search(s) and not _YEAR_ONLY.match(s)]
    pubs = [s for s in pubs if not re.fullmatch(r"forthcoming|in press", s, re.IGNORECASE)]
    if pubs and is_place(", ".join(pubs)):
        p.place = ", ".join(pubs)  # `(New Haven, 2007)`, `(Cambridge, MA, 1990)`: a place and no publisher
    elif len(pubs) > 1 and (place := _place_then_listed(pubs)):
        # `(New York and Berlin, Springer, 2008)`: places, then a listed press
        p.place, p.publisher = place, pubs[-1]
    elif len(pubs) > 1 and (k := _place_first(pubs)):
        # `(San Francisco, Cleis Books, 1982)`, `(Cambridge, MA, Harvard UP, 1990)`: a comma for the colon
        p.place, p.publisher = ", ".join(pubs[:k]), _listed_publisher(pubs[k:])
    elif pubs:
        p.publisher = _listed_publisher(pubs)
    _set_date_from(inside, p)
    if p.date_iso:
        p.year = p.date_iso[:4]


def _imprint_years(body: str, year: str) -> str | None:
    """`1994-2001`, `1825-26`: the span of years an imprint ends in, starting with the year read."""
    m = re.search(rf"\b{year}\s*[-–]\s*(?:(?:1[5-9]|20)\d\d|\d\d)(?=\))", body)
    return m.group(0) if m else None


def _place_then_year(inside: str) -> bool:
    """`(Cambridge, MA, 1939)`, `(New Haven, CT, 2007)`: the older imprint, a place with its state and the year."""
    head, comma, year = inside.rpartition(",")
    return bool(comma) and _YEAR_ONLY.fullmatch(year.strip()) is not None and is_place(head)


def _comma_imprint(inside: str) -> re.Match[str] | None:
    m = _PLACE_COMMA_IMPRINT.match(inside)
    if m and lexicon.role(m.group("place")) is None and _PUBLISHING_ROLES & lexicon.roles(m.group("publisher")):
        return m  # `(New York, Knopf, 1998)`: a listed press or body
    return m if m and _BOOK_PUBLISHER.search(m.group("publisher")) else None


_PUBLISHING_ROLES = frozenset({lexicon.Role.PRESS, lexicon.Role.ORGANISATION})


def _listed_publisher(pubs: list[str]) -> str:
    """The imprint's first part, or the first parts a listed name's own comma split (`Little, Brown and
    Company`, `Farrar, Straus and Giroux`), without a year glued on (`Springer 2002`)."""
    for k in range(min(len(pubs), 4), 1, -1):
        joined = ", ".join(pubs[:k])
        if _PUBLISHING_ROLES & lexicon.roles(joined):
            return _PUBLISHER_THEN_YEAR.sub("", joined)
    if len(pubs) > 1 and _UNIT.search(pubs[0]) and _UNIVERSITY.search(pubs[1]):
        # `(Cambridge, MA: Council on East Asian Studies, Harvard University, 1996)`, `(Hong Kong: Centre of Asian
        # Studies, University of Hong Kong Press, 1979)`: a university's centre publishes under the university's name
        return _PUBLISHER_THEN_YEAR.sub("", ", ".join(pubs[:2]))
    rest = pubs[1:]
    if rest and all(_PUBLISHER_GOES_ON.fullmatch(x) and not _NO_PUBLISHER.search(x) for x in rest) and not is_place(
        ", ".join(rest)
    ):
        # `(Chicago: Brown, Runk and Company, 1891)`, `(London: Longmans, Green, 1913)`, `(Toronto: NEF, University of
        # Toronto, 2009)`: a firm named for its partners, or a body and its parent, cut at its own commas
        return _PUBLISHER_THEN_YEAR.sub("", ", ".join(pubs))
    return _PUBLISHER_THEN_YEAR.sub("", pubs[0])


_PUBLISHER_GOES_ON = re.compile(r"[A-Z][\w.’'\-]*(?:\s+(?:[A-Z][\w.’'\-]*|and|&|of|for|the))*")
_NO_PUBLISHER = re.compile(r"^(?:Forthcoming|In\s+Press)$|\bEd(?:ition|\.)", re.IGNORECASE)
_UNIT = re.compile(r"\b(?:Cent(?:er|re)|Council|Institute|Department|School|Program(?:me)?|Committee|Faculty)\b")
_UNIVERSITY = re.compile(r"^(?:[A-Z][\w.’'\-]*\s+){0,3}(?:University|College)\b|^University\s+of\s+[A-Z]")


def _place_first(pubs: list[str]) -> int:
    """How many of the imprint's first parts name a place, with a part left after them that is none."""
    for k in range(min(len(pubs) - 1, 2), 0, -1):
        if is_place(", ".join(pubs[:k])) and not is_place(", ".join(pubs[k:])) and pubs[k][:1].isupper():
            return k
    return 0


_PRESS_OR_SCHOOL = re.compile(r"\b(?:School|College|Press|Books|Publishers|Laboratory)\b|^[A-Z]{2,6}$")


def _place_then_listed(pubs: list[str]) -> str | None:
    """`New York and Berlin` before `Springer`: the places an imprint names before a listed publisher, if the
    parts before it are no listed name themselves."""
    if not _PUBLISHING_ROLES & lexicon.roles(pubs[-1]):
        return None
    head = pubs[:-1]
    if any(lexicon.roles(x) for x in head) or lexicon.roles(", ".join(pubs)):
        return None
    places = [x for part in head for x in re.split(r"\s+(?:and|&)\s+", part)]
    return ", ".join(head) if is_place(", ".join(head)) or all(is_place(x) for x in places) else None


def _date_fields(text: str | None) -> tuple[str | None, str | None]:
    """(the date as printed, ISO) of the first day, month or year in `text`; (None, None) if it names none."""
    if not text:
        return None, None
    if dm := _DATE.search(text):
        return dm.group(0), iso_of(dm)
    ym = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", text)
    return (ym.group(1), ym.group(1)) if ym else (None, None)


def _set_date_from(text: str, p: Parsed) -> None:
    if not p.date:
        date, date_iso = _date_fields(text)
        if date:
            p.date, p.date_iso = date, date_iso


def _untitled(body: str, p: Parsed) -> None:
    """No quoted title: a book before its imprint, a wire item, or an unquoted short form."""
    if lm := _UNTITLED_LETTER.match(body):
        # `Letter from Raúl M. Grijalva, Ranking Member, House Committee on …, and Jared Huffman, Ranking
        # Member, …, to The Honorable Gina M. Raimondo, …, October 20, 2023`: the senders are its authors
        # (their offices are not), the letter has no title
        p.kind = CitationKind.OFFICIAL
        # (`Senator Elizabeth Warren et al.`: the office before a name and the others after it are not names)
        named = _SENDER_OFFICE.sub("", re.sub(r",?\s+et\s+al\.?$", "", lm.group("senders")))
        senders = [_SENDER_OFFICE.sub("", x) for x in re.split(r",\s+(?:and\s+)?|\s+and\s+", named)]
        p.authors = [x for x in senders if _one_name(x) and not (_ORG.search(x) or _OFFICE_WORD.search(x))]
        _set_date_from(lm.group("rest"), p)
        return
    im = None
    for m in _IMPRINT.finditer(body):
        inside = m.group("inside")
        if (
            ":" in inside
            or _YEAR_ONLY.match(inside)
            or _THESIS.match(inside)
            or (_PUBLISHER_YEAR.match(inside) and not _DATE.search(inside))
            or _comma_imprint(inside)
            or PLACE_DATE.match(inside)
            or _place_then_year(inside)
        ):
            im = m
            break
    if im is not None and _YEARS_ALONE.fullmatch(im.group("inside").strip()):
        later = next((m for m in _IMPRINT.finditer(body, im.end()) if _CHICAGO_BOOK_IMPRINT.fullmatch(m[0])), None)
        if later is not None:
            # `La venta de oficios en Indias (1492–1606) (Madrid: Instituto …, 1972)`, `Piratas y contrabandistas …
            # (1693), ed. Clayton McCarl ([La Coruña]: Fundación …, 2011)`: the book's imprint is the parenthesis of
            # place, publisher and year; a span of years before it is its title's, a year when it was first printed
            if not _YEAR_ONLY.match(im.group("inside")):
                im = later
            else:
                kept = body[: im.start()].rstrip()
                body = kept + body[im.end() :]
                im = _IMPRINT.match(body, later.start() - (im.end() - len(kept)))
    if im is not None:
        # `…; see her The Pen and the People (Oxford: …, 2009)`: the pronoun points back to the author
        before = _POSSESSIVE_LEAD.sub("", body[: im.start()].strip().rstrip(",").strip())
        inside = im.group("inside")
        if thesis := _THESIS.match(inside):
            p.kind = CitationKind.REPORT
            _any_imprint(inside[thesis.end() :], p)
        elif ci := _comma_imprint(inside):
            p.place, p.publisher = ci.group("place").strip(), ci.group("publisher").strip()
            p.date = p.date_iso = p.year = ci.group("year")
        elif ":" in inside or _PUBLISHER_YEAR.match(inside) or _place_then_year(inside):
            _any_imprint(inside, p)
        elif place_date := PLACE_DATE.match(inside):
            p.place = place_date.group("place")
            _set_date_from(place_date.group("date"), p)
        else:
            p.date = p.date_iso = p.year = _YEAR_ONLY.match(inside).group("y")  # type: ignore[union-attr]
        printed_in = _PRINTED_IN.search(before) if ", in " in before else None
        if printed_in and printed_in.start() > 0 and not p.container:
            # `Report of the Commissioners on Practice and Pleadings, in New York Assembly Documents, 70th sess., vol.
            # 2, no. 202 (1847)`, `…, in John Bowring, ed., Works of Jeremy Bentham, 2nd ed. (1843)`: a paper printed
            # in a collection, the collection (without its editor, session, volume and number) the container
            p.container = _COLLECTION_DETAILS.sub("", _EDITOR_BEFORE_BOOK.sub("", printed_in.group("book"))).strip(" ,")
            before = before[: printed_in.start()]
        segs = _with_suffixes(_segments(before))
        if len(segs) > 1 and _YEAR_SPAN_SEGMENT.fullmatch(segs[-1]):
            # `Farah Peterson, Statutory Interpretation and Judicial Authority, 1776–1860 (Ph.D. dissertation, …)`: the
            # span of years ends the title; alone it would make the title's words look like names
            segs = [*segs[:-2], f"{segs[-2]}, {segs[-1]}"]
        if hq := _HEADQUARTERS.match(before):
            segs = [hq.group("hq"), *_segments(before[hq.end() :])]
        listed = bool(segs and _LIST_LEAD.search(segs[0]))
        who = (
            _PROSE_THEN_NAME.search(segs[0])
            if segs and ((len(segs[0].split()) > 6 and is_prose(segs[0])) or listed)
            else None
        )
        if who and _name_like(who.group("who")):
            # `The best account of the changing volume of Old Bailey trials is David Bentley, English Criminal
            # Justice in the Nineteenth Century (London: Hambledon Press, 1998), 55–56.`: the comment names the author
            segs[0] = who.group("who")
        elif (
            len(segs) == 1
            and len(segs[0].split()) > 6
            and (in_title := _PROSE_NAME_IN_TITLE.search(segs[0]))
            and _name_like(in_title.group("who"))
            and is_prose(segs[0][: in_title.start("who")])
        ):
            # `We also draw upon the work of Jane Hwang Degenhardt in Islamic Conversion … (Edinburgh: …, 2010).`,
            # `… has been noted by Geoffrey Parker in The Grand Strategy of Phillip II (New Haven; London: 1998)`:
            # the comment names the author, then the book
            segs = [in_title.group("who"), in_title.group("title")]
        elif (
            len(segs) == 2
            and (ends_name := _PROSE_NAME_END.search(segs[0]))
            and (relative := _WHO_IN_TITLE.match(segs[1]))
            and _name_like(ends_name.group("who"))
        ):
            # `I borrow the term from Franco Moretti, who uses it in Distant Reading (London: Verso, 2013)`: the
            # comment names the author, and a relative clause the book
            segs = [ends_name.group("who"), relative.group("title")]
        elif (
            len(segs) == 1
            and (opens := _NAME_OPENS_COMMENT.match(segs[0]))
            and opens.group("title")
            and _name_like(opens.group("who"))
        ):
            segs = [opens.group("who"), opens.group("title")]
        if len(segs) > 1 and (editors := _EDITORS_MARK.search(segs[0])):
            segs[0] = segs[0][: editors.start()]
        # `Alexandra Borchardt, Felix M. Simon, and Diego Bironzo, Title (…)`: every name before the title
        # (the list ends in `and Name`; a title can look like a name: `Genealogia Paulistana`)
        names = 1
        for j in range(1, min(len(segs) - 1, 8)):
            last = re.match(r"^(?:and|&)\s+(.*)$", segs[j])
            if not _one_name(last.group(1) if last else segs[j]):
                break
            if last:
                names = j + 1
                break
        cut = _body_after_prose(before) if p.place and not p.publisher else before
        if p.place and not p.publisher and (
            _agency_document(segs, p) or (cut != before and _agency_document(_segments(cut), p))
        ):
            pass
        elif len(segs) > 1 and (_name_like(segs[0]) or _OFFICIAL.search(segs[0])) and not _TITLE_GOES_ON.match(segs[1]):
            p.authors = _split_authors(", ".join(segs[:names]), corporate_ok=True)
            p.title = ", ".join(segs[names:]) or None
        elif len(segs) > 1 and p.publisher and fold(segs[0]) == fold(p.publisher):
            # `Joint Chiefs of Staff, Joint Concept for … (Washington, DC: Joint Chiefs of Staff, 2018)`: a
            # body publishing its own document is its author, and the document a report
            p.authors, p.title, p.kind = [segs[0]], ", ".join(segs[1:]), CitationKind.REPORT
        elif len(segs) > 1 and _corporate_author(segs[0], p.publisher):
            # `Joint Chiefs of Staff (JCS), Developing Today’s Joint Officers … (Washington, DC: JCS, May 1,
            # 2020)`, `NATO Reflection Group, NATO 2030: … (Brussels: NATO, …)`: Chicago's corporate author
            # (CMOS 14.69) before the title; a body's own document is a report
            p.authors, p.title = [segs[0]], ", ".join(segs[1:])
            if not _BOOK_PUBLISHER.search(p.publisher or "") or _GOVERNMENT.search(p.publisher or ""):
                p.kind = CitationKind.REPORT  # (the Government Publishing Office prints reports)
        elif (
            len(segs) > 1 and _SURNAME_ALONE.fullmatch(segs[0]) and segs[1][:1].isupper() and p.publisher
            # (not a bibliography's inverted name, `Haycraft, Howard, Murder for …`, `Haycraft, Howard. Murder for …`)
            and len(segs[1].split()) > 1 and not _FORENAME_THEN_TITLE.match(segs[1])
        ):  # fmt: skip
            # `Shillingsburg, From Gutenberg to Google (Cambridge: Cambridge University Press, 2006), p. 153.`: a book
            # in full under its author's surname alone (the essay named the author in full before)
            p.authors, p.title = [segs[0]], ", ".join(segs[1:])
        else:
            p.title = before or None
        if p.title and (number := _REPORT_NUMBER_TAIL.search(p.title)) and (p.publisher or p.place):
            p.title, p.kind = p.title[: number.start()], CitationKind.REPORT
        if p.title and (doctrine := _DOCTRINE_NUMBER_TAIL.search(p.title)) and (p.publisher or p.place):
            p.title, p.kind = p.title[: doctrine.start()], CitationKind.REPORT
        if p.title and (p.publisher or p.place):
            # a book's imprint: what stands between title and imprint is not the title
            p.title = _EDITOR_HEAD.sub("", _BOOK_TITLE_TAIL.sub("", p.title)) or p.title
            # `…, Congressional Research Service (CRS) Report R42878, updated March 8, 2022 (Washington, DC: CRS,
            # March 8, 2022)`: the date the imprint repeats is not the title's
            p.title = _UPDATED_TAIL.sub("", p.title) or p.title
            title, _, series = p.title.rpartition(", ")
            if (number_only := _SERIES_NUMBER_ONLY.fullmatch(series)) and _NUMBERED_SERIES.search(f"{title} {series}"):
                # `…, PRIF Report, no. 141 (Frankfurt, Germany: …)`: the series' name and its number
                title, _, name = title.rpartition(", ")
                series = f"{name}, {number_only.group(0)}"
            numbered = bool(_NUMBERED_SERIES.search(series))
            if title and (_SERIES.search(series) or numbered) and not p.container:
                # `Graphesis: Visual Forms of Knowledge Production, MetaLABprojects (Cambridge: …)`, `…,
                # The Leslie Stephen Lecture (…)`: the series the book appeared in
                p.title, p.container = title, series
                if numbered:
                    p.kind = CitationKind.REPORT
        p.pages = _pages_after(body[im.end() :]) or p.pages
        return
    bare = _BARE_IMPRINT.search(body)
    head = _segments(body[: bare.start()]) if bare else []
    if bare and len(head) >= 2 and _name_like(head[0]):
        # `Peter King, Crime and Law in England, 1750–1840: Remaking Justice from the Margins, Cambridge:
        # Cambridge University Press, 2006.`: a book whose imprint lost its parentheses
        p.authors = _split_authors(head[0], corporate_ok=False) or [head[0]]
        p.title, p.kind = ", ".join(head[1:]), CitationKind.BOOK
        p.place, p.publisher = bare.group("place"), bare.group("publisher").strip()
        p.date = p.date_iso = p.year = bare.group("year")
        return
    segs = _segments(body)
    while len(segs) > 2 and _QUERY_DETAIL.fullmatch(segs[-1]):
        segs.pop()  # `U.S. Census Bureau, USA Trade Online, HS Port-Level Data, commodity 020714`: what was looked up
    if not segs:
        return
    if p.personal:
        # `Conversations with US analysts, Washington, DC, March 2011` (the seed), `Telephone Interview
        # with Payroll Department, Federal Reserve (Feb. 5, 2020)`: the first part names the conversation;
        # `Interviews with multiple Japanese, Australian, South Korean, and NATO officials, September 2018–March
        # 2020`: its words run to the date, a place before the date apart
        dated = next((k for k, x in enumerate(segs) if _DATE.search(x)), len(segs))
        words = segs[: max(dated, 1)]
        place = next((k for k in range(1, len(words)) if is_place(", ".join(words[k:]))), len(words))
        listed = any(re.match(r"and\s", x) for x in words[1:place])  # a serial list, `…, and NATO officials`
        p.title = ", ".join(words[:place]) if listed else segs[0]
        _set_date_from(body, p)
        if p.date and p.title.endswith(p.date):
            # `Personal correspondence with one of the authors on July 31, 2019`: the date is the date's
            p.title = re.sub(r"\s+(?:on|in|of)$", "", p.title[: -len(p.date)].rstrip(" ,")) or p.title
        return
    if _ISSUANCE.match(segs[0]) and len(segs) > 1:
        p.kind, p.title = CitationKind.OFFICIAL, segs[1]
        for seg in segs[2:]:
            if pm := re.fullmatch(r"pp?\.\s*(?P<pages>.+)", seg):
                p.pages = _clean_pages(pm.group("pages"))
        _set_date_from(", ".join(segs[2:]), p)
        return
    if _CONSTITUTION.match(segs[0]):
        p.kind, p.title = CitationKind.OFFICIAL, ", ".join(segs)
        return
    agencies = len(segs) >= 3 and all(_ACRONYM.fullmatch(x) for x in segs[:2])  # `NOAA, NMFS, Report on …`
    if not agencies and len(segs) >= 3 and _ACRONYM.fullmatch(segs[0]):
        dated = _DATE.search(", ".join(segs[2:])) is not None
        url = p.url or ""
        agencies = (
            # `ISA, CARMU Inspection Report 01/2023, February 21, 2023, p. 18, https://…pdf`: one agency's acronym,
            # then a document (its pages or its PDF say so; an acronym before a dated item alone may be a news outlet's)
            (dated and (bool(re.match(r"pp?\.\s*\d", segs[-1])) or url.lower().endswith(".pdf")))
            # `EPA, 2011-2023 Greenhouse Gas Reporting Program Industrial Profile: …, 2023, https://www.epa.gov/…`:
            # an agency's acronym its own government address is named for, then a dated document
            or (
                (dated or _YEAR_ONLY.fullmatch(segs[-1]) is not None)
                and bool(url) and _GOV_HOST.search(host_of(url)) is not None and _maker_of(segs[0], url)
            )
        )
    if len(segs) >= 2 and (_ORG.search(segs[0]) or agencies) and not _WIRE.search(segs[0]) and _org_report(segs, p):
        return
    if len(segs) >= 2 and _name_like(re.sub(_HONORIFIC, "", segs[0])) and not _DATE.search(segs[1]):
        taken = _leading_names(segs)
        people = [_HONORIFIC.sub("", re.sub(r"^(?:and|&)\s+", "", seg)) for seg in segs[:taken]]
        p.authors = [a for name in people for a in _split_authors(name, corporate_ok=False)]
        rest = segs[taken:]
        while rest and _OFFICE.match(rest[0]):
            rest.pop(0)  # `James Mattis, Secretary of Defense, Summary of …`: the office is not the title
        if (
            rest and (pin := _TRAILING_PAGES.fullmatch(", " + rest[-1]))
            # `…, The Ethics of War, Manchester University Press, 2016.`: a year after a publisher dates the work
            and not (len(rest) > 2 and _YEAR_ONLY.fullmatch(rest[-1].rstrip(".")) and _publisher_like(rest[-2]))
        ):  # fmt: skip
            rest.pop()
            p.pages = _clean_pages(pin.group("pages"))  # `…, 1996, p. 71`: the page, not its `p.`
        publisher_at = next((k for k, x in enumerate(rest[1:5], 1) if _publisher_like(x)), None)
        if publisher_at and not any(_DATE.search(x) for x in rest[:publisher_at]):
            # `North America Is a Region, Too: An Integrated, Phased, …, Center for Strategic and
            # International Studies`: an unquoted title keeps its commas up to its publisher
            rest = [", ".join(rest[:publisher_at]), *rest[publisher_at:]]
        if len(rest) > 2 and (periodical := _periodical_after_title(rest)):
            # `John Halkias & Michael Schauer, Red Light, Green Light, PUB. ROADS, Nov./Dec. 2004`, `…, California
            # Passes Leading AI Safety Bill, Awaits Governor Approval, Nat’l L. Rev., Sept. 24, 2024`: an unquoted
            # title keeps its commas up to the periodical's name (in small capitals, or abbreviated as law reviews are)
            rest = [", ".join(rest[:periodical]), *rest[periodical:]]
        if rest:
            p.title = rest[0]
        if len(rest) > 1 and _publisher_like(rest[1]):
            # `Title, Center for Strategic and International Studies, Missile Defense Project, July 2022`:
            # an organisation after an unquoted title publishes the report, it does not contain it
            orgs = _org_run(rest, 1)
            p.publisher, p.kind = ", ".join(rest[1:orgs]), CitationKind.REPORT
            if lexicon.role(p.publisher) is lexicon.Role.PRESS and not _quoted(p.title or "", body):
                p.kind = CitationKind.BOOK  # (`…, The Ethics of War, Manchester University Press, 2016.`)
        elif len(rest) > 1 and not _DATED_EVENT.match(rest[1]):
            p.container = rest[1]  # (`…, signed November 22, 2022`: the date's event, no container)
        _set_date_from(", ".join(rest[1:]), p)
        return
    first = segs[0]
    if _DATE.match(first):
        return
    dated = _DATE.search(body) is not None
    if len(segs) == 2 and not (p.url or dated) and _title_case(first) and _TRAILING_PAGES.fullmatch(", " + segs[1]):
        # `New Dictionary of National Biography, 29.`: a short form by title alone (backrefs.py
        # resolves it to the full citation whose title it begins)
        p.title, p.pages = first, _clean_pages(segs[1].rstrip("."))
        return
    if p.url and (page := _corporate_page(first, segs[1:])):
        # `The Scikit-Learn Development Team. 7.1 Toy datasets, https://…`, `The Pandas Development
        # Team, pandas.concat, https://…`: an organisation's page, the organisation its author
        p.authors, p.title = [page[0]], page[1]
        _set_date_from(", ".join(segs[1:]), p)
        return
    if len(segs) == 2 and p.url and not dated and _maker_of(first, p.url) and _YEAR_OR_CAPITAL.match(segs[1]):
        # `Anthropic, Claude’s Constitution, https://www.anthropic.com/constitution`, `APPLE, SOFTWARE LICENSE
        # AGREEMENTS ¶ 12, https://www.apple.com/…`: the maker the address is named for, then its page's title
        p.authors, p.title = [first], segs[1]
        if pin := _PARAGRAPH_PIN.search(p.title):
            p.title, p.pages = p.title[: pin.start()], pin.group("pages")
        return
    if len(segs) == 2 and p.url and not dated and _maker_of(segs[1], p.url) and not _name_like(first):
        # `Become a Driver-Partner, Uber, https://help.uber.com/…`: a page's title, then the site the address is
        # named for
        p.title, p.container = first, segs[1]
        return
    if (
        len(segs) >= 3 and not _DATE.search(segs[1]) and _title_case(segs[1]) and not re.search(r"\d", first)
        # (not the seed's `FBIS, Central Eurasia (henceforth FBIS SOV), June 7, 2011` or `Interfax, in English, …`)
        and "(" not in segs[1] and segs[1][:1].isupper()
        and (
            _DATE.search(", ".join(segs[2:])) or _BARE_YEAR_SEGMENT.fullmatch(segs[-1])
            # (`HHS, Fiscal Year 2026 Budget in Brief, p. 49, https://…`: or the page cited)
            or (len(segs) == 3 and p.url and re.fullmatch(r"[A-Z]{2,6}", first) and _PAGES_FIRST.fullmatch(segs[2]))
        )
        and not is_prose(first) and not _PERIODICAL.search(first)
        and first.split()[0].lower() not in _CONNECTIVES
        # (with an address, only a body by its acronym or an office: `OMB, The President's FY 2026 Discretionary
        # Budget Request, May 2, 2025, https://…`, as a site's page is otherwise `Site, Headline, date`)
        and (not p.url or re.fullmatch(r"[A-Z]{2,6}", first) is not None or _GOVERNMENT.search(first) is not None)
    ):
        # `IBISWorld, Online Event Ticket Sales in the U.S., September 2025, p. 3`, `Live Nation Entertainment,
        # Inc., Form 10-K for the Fiscal Year Ended …, filed with the … (SEC), February 19, 2026, pp. 35, 37`:
        # a body's report whose title lost its italics, then its date and pages
        p.authors, p.title, p.kind = [first], segs[1], CitationKind.REPORT
        rest = [x for x in segs[2:] if not x.startswith("filed ")]
        if rest and (pm := re.fullmatch(r"pp?\.\s*(?P<pages>.+)", rest[-1])):
            p.pages = _clean_pages(pm.group("pages"))
            rest.pop()
        _set_date_from(rest[-1] if rest else "", p)
        return
    if (issued := _public_body_document(segs)) is not None:
        # `Export–Import Bank of the United States, Office of Inspector General, Report on Portfolio Risk …,
        # OIG-INS-12-02, September 28, 2012`, `United Nations, Agreement Relating to the Implementation of Part XI …,
        # July 28, 1994`: a public body (and its office), then its document's title, then only its number, day and pages
        p.authors, p.title, rest = [issued[0]], issued[1], issued[2]
        p.kind = CitationKind.OFFICIAL if _INSTRUMENT.match(p.title) else CitationKind.REPORT
        if rest and (pm := re.fullmatch(r"pp?\.\s*(?P<pages>.+)", rest[-1])):
            p.pages = _clean_pages(pm.group("pages"))
            rest = rest[:-1]
        _set_date_from(", ".join(rest), p)
        return
    # `Data used in this study can be obtained from http://…`, `… and http://…`: a URL in a sentence
    # of comment has no container, nor has `However, fastai uses …` or `As the name suggests, …`
    comment = first.split()[0].lower() in _CONNECTIVES or (len(first.split()) >= 3 and not _title_case(first))
    if (
        len(segs) == 2 and (p.accessed or (p.pages and _ACRONYM.fullmatch(first))) and not (dated or p.url or comment)
        and _title_case(segs[1])
    ):  # fmt: skip
        # `DOL, ETA2112 UI Financial Transaction Summary Report, downloaded on July 31, 2024`, `BEA, International
        # Investment Position, Table 1.1 (…), Line 1`: a body's document and the day it was fetched or the place in
        # it cited (no wire item's name and date), the body its author
        p.authors, p.title = [first], segs[1]
        return
    if (
        len(segs) == 2 and p.url and not dated and not comment and not _name_like(first) and not is_prose(first)
        and first[:1].isupper() and segs[1][:1].isupper() and _title_case(segs[1]) and not _DIGIT.search(segs[1])
        # (`GOOGLE SUPPORT, YOUTUBE CHANNEL MONETIZATION POLICIES, https://support.google.com/…`, `EAC, Discretionary
        # Grants, https://…eac.gov/…`: a site the address is named for, then its page; `…, INC`: a company's name)
        and not _named_in_host(first, p.url) and not _COMPANY_SUFFIX.fullmatch(segs[1].rstrip("."))
        and len(first.split()) >= 3  # (`Ethereum, Smart Contracts, https://…`: a short name is the site's)
    ):  # fmt: skip
        # `Fighting Fake News Workshop, Yale Law School Information Society Project, https://…`, `ANGRY TRAVELER
        # PAYS BIG BUCKS FOR TWEETS, CNN MONEY, https://…`: a page's title, then the site it is on
        p.title, p.container = first, segs[1]
        return
    titled = _title_case(first) and not _NAMED_BODY.match(first)
    if (dated or p.url or titled) and first[:1].isupper() and not is_prose(first) and not comment:
        p.container = re.sub(r"\s*\((?:henceforth|hereafter)[^)]*\)", "", first).strip() or None
        _set_date_from(body, p)


_SCHOLARLY = re.compile(
    r"\b(?:Journal|Proceedings|Conference|Transactions|Findings|Annals|Quarterly|Bulletin|Letters)\b"
    r"|\bAssociation for Computational Linguistics\b"
)
# (and the repositories that hold papers as well as data: `"… Interim Report." Figshare. https://dx.doi.org/…`)
_PREPRINT_SERVER = re.compile(
    r"\b(?:arXiv|SSRN|bioRxiv|medRxiv|SocArXiv|Figshare|Zenodo)\b|\bpreprint\b|\bworking paper\b", re.IGNORECASE
)
_SERIES = re.compile(r"\bSeries\b|(?:Lectures?|Studies|Monographs|Library|projects)$")
# `…, Council Special Report no. 90 (New York: Council on Foreign Relations, 2021)`: a numbered report
# series after the title, so the work is a report
# and `…, Congressional Research Service (CRS) Report R44321 (…)`, `…, Observer Research Foundation (ORF)
# Occasional Paper 114 (…)`: the number without `no.` (a year is an edition, `Annual Report 2019`, not a number)
_NUMBERED_SERIES = re.compile(
    r"\b(?:Report|Paper|Brief|Study|Memorandum|Monograph)s?,?\s+(?:(?:no\.|number|#)\s*)?"
    r"(?!(?:1[5-9]|20)\d\d$)[A-Z]{0,4}\d[\w.-]*$",
    re.I,
)
_SERIES_NUMBER_ONLY = re.compile(r"(?:no\.|number|#)\s*[A-Z]{0,4}\d[\w.-]*", re.I)
_UPDATED_TAIL = re.compile(
    r",\s*(?:last\s+)?(?:updated|revised)\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|"
    r"[A-Z][a-z]+\s+\d{4})$"
)
# `…, Japanese ed.`, `…, 2nd ed.` (`2d ed.` in the older style), `…, rev. ed.`: an edition after a title is not part
# of it
# (`*Oxford Companion to English Literature*. 7th ed.`, `*The London Encyclopaedia*. 3rd Ed.`, `*Encyclopedia of
# Philosophy---Second Edition*`: after a full stop or a dash too)
_EDITION_END = re.compile(
    r"(?:[,.]\s*|\s*(?:—|–|\[---\]\{\.emdash\})\s*)"
    r"(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th|d)\.?|rev\.|revised|new|expanded|enlarged|abridged)\s+[Ee]d(?:ition|n)?\.?$"
    # (`Genre, 2nd. Ed.`, `The Science of Sound (3rd edition.)`)
    r"|\s*\((?:\d+(?:st|nd|rd|th|d)\.?|rev\.|revised|new|expanded|enlarged)\s+[Ee]d(?:ition|n)?\.?\)$"
)
# `in *A New Companion to Digital Humanities*, 2nd ed. Eds. …`: the edition's ordinal left when its `ed.` was read
# as the editors' mark
_ORDINAL_END = re.compile(r",\s*\d+(?:st|nd|rd|th)$")
_YEARS_IN_TITLE = re.compile(r"(?:1[5-9]|20)\d\d(?:\s*[-–]\s*(?:(?:1[5-9]|20)\d\d|\d\d))?")
_SURNAME = r"[A-Z][\w’'\-]+"
_IN_EDITORS_BOOK = re.compile(
    rf"^in\s+{_SURNAME}(?:(?:,\s+|,?\s+and\s+){_SURNAME}){{0,4}}(?:,?\s+eds?\.)?,\s+(?P<book>[A-Z“\"][^()]{{1,200}})$"
)
# `(Springer 2002)`: a year printed after the publisher without its comma
_PUBLISHER_THEN_YEAR = re.compile(r"(?<=[A-Za-z.])\s+(?:1[5-9]|20)\d\d$")
# `“Swift: About Us” Swift, Retrieved from <url>`: the lead-in to the address the URL stage took, not the site's name
_RETRIEVED_TAIL = re.compile(r",?\s*(?:Retrieved|Available|Accessed)(?:\s+(?:from|at|online))?:?$", re.IGNORECASE)
# `OpenAI (blog)`, `Foreign Affairs (website)`, `Lawfare (Blog)`: Chicago's mark of the medium, not the name
_BLOG_MARK = re.compile(r"\s*\((?:blog|website|web\s?site|online)\)$", re.IGNORECASE)
_PRESENTED_AT = re.compile(r"^(?:paper\s+)?presented\s+at\s+(?:the\s+)?(?P<where>[^,()]{3,200})", re.IGNORECASE)
_GENRE_LABEL = re.compile(r"^(?:Opinion|Op-Ed|Editorial|Commentary|Letter to the Editor),\s+")
# what a parenthetical opening with a verb in `-ing` says of the work (`(restricting admission …)`, `(quoting …)`),
# a bracket inside it included
_PAREN_REST = r"[^()]*(?:\([^()]*\)[^()]*)*\)"  # the rest of a parenthetical, one bracket deep inside it
_EXPLAINING = rf"(?:[a-z]+ing)\b{_PAREN_REST}"
_EXPLAINING_BETWEEN = re.compile(rf"(?<=\d)\s*\({_EXPLAINING}(?=,\s+\d)")
# (not `(forthcoming 2020)`, `(working paper, on file)` or `(during …)`, which say what or when the work is)
_EXPLAINING_LAST = re.compile(rf"(?<=[\d)\]/\w])\s*\((?!forthcoming\b|during\b|working\b){_EXPLAINING}(?=\.?$)")
_EXPLANATORY = re.compile(rf"\s*\((?:[a-z]+ing\b|[“\"]){_PAREN_REST}$")
# `“Bailado,” in Tereza Tarouca, Ora bate, bate (…)`: a book named after its author's name
_NAME_THEN_BOOK = re.compile(r"^(?P<name>[A-Z][^,“”\"]{2,60}?(?:,\s+[JS]r\.?)?),\s+(?P<book>[A-Z][^“”\"]{2,})$")
_CONNECTIVES = frozenset(
    ["however", "moreover", "furthermore", "therefore", "thus", "hence", "also", "similarly", "indeed",
     "instead", "nevertheless", "nonetheless", "here", "there", "still", "yet", "again", "finally", "first"]
)  # fmt: skip
_CORPORATE = re.compile(
    r"\b(?:Team|Universit(?:y|ies)|Librar(?:y|ies)|Museums?|Archives|Society|Association|Project|Institute|"
    r"Foundation|Consortium|Committee|Commission|Council)\b"
)


def _periodical_after_title(rest: list[str]) -> int | None:
    """Where a periodical's name follows an unquoted title's several segments, the date after it."""
    for k, seg in enumerate(rest[:5]):
        if _DATE.search(seg):
            return None
        if k and (_SMALL_CAPS_NAME.fullmatch(seg) or _ABBREVIATED_PERIODICAL.search(seg)):
            dated = k + 1 < len(rest) and _DATE.match(rest[k + 1]) is not None
            return k if k > 1 and dated else None
    return None


_SMALL_CAPS_NAME = re.compile(r"[A-Z][A-Z0-9.&’' :\-]*[A-Z.]")
_ABBREVIATED_PERIODICAL = re.compile(r"\b(?:L\.\s?Rev|Rev|J)\.$")


_BARE_YEAR_SEGMENT = re.compile(r"(?:1[5-9]|20)\d\d\.?")


def _agency_document(segs: list[str], p: Parsed) -> bool:
    """`GAO, Title, GAO-22-104662 (Washington, D.C.: May 4, 2022)`, `Department of Energy, Title, DOE Order
    413.3B (Change 7) (Washington, D.C.: June 21, 2023)`, `Small Business Administration, Office of Inspector
    General, Title, Report 25-15 (…)`: the form of GAO's notes and of the agency documents they cite (place
    and date, no publisher): the body (and its office) is the author, the document's number after the title
    is not part of it, and an order, directive or memorandum is an official document, the rest reports."""
    if len(segs) < 2:
        return False
    body_first = _ACRONYM.fullmatch(segs[0]) or _ORG.search(segs[0]) or _GOV_BODY.search(segs[0])
    if not body_first or (len(segs) == 2 and not _ACRONYM.fullmatch(segs[0]) and _NUMBER_BODY.match(segs[1])):
        # `GAO, Title, GAO-05-796SP (…); Title, GAO-05-454 (Washington, D.C.: Mar. 31, 2005)`: the second report of
        # a body's list leaves the body out, and its number names it (a title alone before the number may name a
        # body itself: `21st Century Challenges: Reexamining the Base of the Federal Government, GAO-05-325SP`)
        joined = ", ".join(segs)
        cut = _body_after_prose(joined)
        if not p.date or not (named := _NUMBER_BODY.match(segs[-1])):
            return False
        if cut != joined and not joined[: len(joined) - len(cut)].rstrip().endswith(":"):
            return False  # `In 2009, … GAO, Title, GAO-09-271`: the body is there, after the comment (not a subtitle)
        p.authors, p.title, p.kind = [named.group("body")], ", ".join(segs[:-1]), CitationKind.REPORT
        return True
    numbers: list[str] = []
    while len(segs) - len(numbers) > 2 and _DOC_DESIGNATION.match(segs[-1 - len(numbers)]):
        numbers.insert(0, segs[-1 - len(numbers)])
    # the title is what stands between the body and the number, though it may name a body too (`Standards
    # for Internal Control in the Federal Government`)
    orgs = min(max(1, _org_run(segs, 0)), len(segs) - len(numbers) - 1)
    rest = segs[orgs : len(segs) - len(numbers)]
    if not rest or (not numbers and not p.date):
        return False
    p.authors, p.title = [", ".join(segs[:orgs])], ", ".join(rest)
    issuance = any(_ISSUED_DESIGNATION.search(x) for x in numbers)
    p.kind = CitationKind.OFFICIAL if issuance else CitationKind.REPORT
    return True


def _body_after_prose(before: str) -> str:
    """`In 2009, this area was narrowed … within DOE. GAO, High-Risk Series: An Update, GAO-09-271`, `we reported
    this finding most recently in GAO, Improper Payments: …`: a sentence of comment that ends in the citation
    it rests on; the citation starts with the body after the last full stop or `in`/`see`."""
    for m in reversed(list(_PROSE_BEFORE_BODY.finditer(before))):
        who = before[m.end() :].split(",", 1)[0]
        if _ACRONYM.fullmatch(who) or _ORG.search(who) or _GOV_BODY.search(who):
            return before[m.end() :]
    return before


_PARAGRAPH_PIN = re.compile(r"\s+(?P<pages>¶¶?\s*\d[\d–-]*)$")


# a government's or an international body's own host: `www.epa.gov`, `www.fhwa.dot.gov`, `eur-lex.europa.eu`
_GOV_HOST = re.compile(r"\.(?:gov|mil|int)(?::\d+)?$|\.gov\.[a-z]{2}(?::\d+)?$|\.europa\.eu$")


_PUBLIC_BODY = re.compile(
    r"\b(?:Bank|Agency|Authority|Commission|Bureau|Board|House of Representatives|Senate|United Nations|Department"
    r"|Ministry|Office|Administration|Task Force|Government|White House|Library of Congress)\b|\bLibr\. of Cong\."
)
_INSTRUMENT = re.compile(r"(?:Agreement|Convention|Treaty|Protocol|Resolution|Decision|Executive Order|Order)\b")
_BODY_OFFICE = re.compile(r"(?:Office|Committee|Subcommittee|Bureau|Division|Directorate)\b")
_DOCUMENT_TAIL = re.compile(r"pp?\.\s*\d.*|[A-Z]{2,}[\w.]*(?:-[\w.]+)+|(?:No\.\s*)?\d[\w.-]*")  # pages, a number


def _public_body_document(segs: list[str]) -> tuple[str, str, list[str]] | None:
    """(the body and its office, the title, what follows) of a public body's document cited by its unquoted title, when
    only its number, day and pages follow it."""
    if len(segs) < 3 or not _PUBLIC_BODY.search(segs[0]) or re.search(r"\d", segs[0]):
        return None
    at = 2 if _BODY_OFFICE.match(segs[1]) and len(segs) >= 4 else 1
    title, rest = segs[at], segs[at + 1 :]
    if not rest or len(title.split()) < 3 or not title[:1].isupper() or is_prose(title) or _DATE.match(title):
        return None
    if not all(_DATE.fullmatch(x) or _BARE_YEAR_SEGMENT.fullmatch(x) or _DOCUMENT_TAIL.fullmatch(x) for x in rest):
        return None
    return ", ".join(segs[:at]), title, rest


_YEAR_OR_CAPITAL = re.compile(r"[A-Z]|(?:19|20)\d\d\s+[A-Z]")  # a title's start: `2024 Annual Report` too


def _maker_of(name: str, url: str) -> bool:
    """`Anthropic` for `https://docs.anthropic.com/…`: a one- or two-word name the address's host is named for."""
    words = re.findall(r"[A-Za-z0-9]+", name)
    if not 1 <= len(words) <= 2:
        return False
    labels = _bare_host(original_url(url) or url).split(".")  # (an archived copy's: the original's)
    return "".join(words).lower() in labels[:-1]


def _bare_host(url: str) -> str:
    """The address's host without the user and port it may print."""
    return host_of(url).rpartition("@")[2].split(":")[0]


def _named_in_host(name: str, url: str) -> bool:
    """`EAC`, `YOUTUBE.COM`, `Department of State` (history.state.gov): a word of the name, three letters or more,
    is in the address's host (a Wayback copy's, the original's)."""
    host = _bare_host(original_url(url) or url)
    return any(len(word) >= 3 and word.lower() in host for word in re.findall(r"[A-Za-z]+", name))


def _corporate_page(first: str, more: list[str]) -> tuple[str, str] | None:
    """(organisation, title) of `Organisation. Title` or `Organisation, Title` before a URL."""
    who, dot, title = first.partition(". ")
    if dot and _CORPORATE.search(who) and _title_case(who) and title:
        return who, title
    if more and _CORPORATE.search(first) and _title_case(first) and not _DATE.search(more[0]):
        return first, more[0]
    return None


def _us_act(m: re.Match[str], p: Parsed) -> None:
    p.kind = CitationKind.OFFICIAL
    p.title = _clean_title(m.group("name"))
    segs = _segments(m.group("rest"))
    if segs and (dm := _DATE.match(segs[0])):
        p.date, p.date_iso = dm.group(0), iso_of(dm)
        pin = ", ".join(segs[1:]).strip().rstrip(".")
        if pin and _PINPOINT.match(pin):
            p.pages = pin


def _org_run(segs: list[str], start: int) -> int:
    """Index just after the organisation (and acronym) segments from `start`: `U.S. Department of
    Defense, Defense Security Cooperation Agency`, `U.S. Department of Transportation, MARAD`."""
    end = start
    while end < len(segs) and (_org_name(segs[end], first=end == start) or re.fullmatch(r"[A-Z]{2,8}", segs[end])):
        if _DATE.search(segs[end]):
            break
        end += 1
    return end


def _org_name(seg: str, *, first: bool) -> bool:
    """An organisation's name, not a title that mentions one: `Defense Security Cooperation Agency`,
    `Missile Defense Project`, but not `DOD Announces New Discharge Appeal Review Board Option`."""
    if first:
        return bool(_ORG.search(seg))
    words = seg.split()
    if words and _DOCUMENT_WORD.fullmatch(words[0]):
        return False  # `Report on the Implementation of the U.S. Seafood Import Monitoring Program`: a title
    return bool(words) and any(_ORG.fullmatch(w) for w in (*words[:2], words[-1]))


def _org_report(segs: list[str], p: Parsed) -> bool:
    """`U.S. Department of Defense, Nuclear Posture Review, February 2018, pp. 54–55`: an organisation,
    then an unquoted (in print, italic) title, then the report's number, date and pages."""
    first = re.sub(r",?\s+et\s+al\.?$", "", segs[0])
    orgs = _org_run([first, *segs[1:]], 0)
    # (a title may hold a date: `U.S. Seafood Import Monitoring Program Review: Progress Update October 2023-June 2024`)
    # (a title may open with the years it covers: `2011-2023 Greenhouse Gas Reporting Program Industrial Profile`)
    dated = orgs < len(segs) and _DATE.match(segs[orgs])
    if dated and (orgs + 1 == len(segs) or len(segs[orgs][dated.end() :].split()) < 3):
        return False
    if orgs >= len(segs) or _TRAILING_PAGES.fullmatch(", " + segs[orgs]):
        return False
    title = [segs[orgs]]
    rest = segs[orgs + 1 :]
    while (
        rest and _YEAR_IN.search(rest[0]) and not _DATE.search(rest[0]) and not _DOC_NUMBER.match(rest[0])
        and not _YEAR_ONLY.fullmatch(rest[0])  # `…, 2022, p. 156`: the year of the report, not of its title
    ):  # fmt: skip
        title.append(rest.pop(0))  # `Historical Sales Book, Fiscal Years 1950–2021`
    closing = next((k for k, x in enumerate(rest[:4]) if re.match(r"and\s+[A-Z]", x)), None)
    if closing is not None and not any(_DATE.search(x) or re.match(r"pp?\.", x) for x in rest[:closing]):
        # `Indo–Pacific Strategy Report: Preparedness, Partnerships, and Promoting a Networked Region`
        title.extend(rest[: closing + 1])
        rest = rest[closing + 1 :]
    p.authors = [", ".join([first, *segs[1:orgs]])]
    p.title = ", ".join(title)
    database = len(title) == 1 and len(title[0].split()) >= 3 and not title[0].isupper()
    # (a table is named, not dated, numbered or paged: every date, year, page and report number holds a digit)
    if p.url and database and len(rest) == 1 and _title_case(rest[0]) and not re.search(r"\d|^pp?\.", rest[0]):
        # `U.S. Census Bureau, USA Trade Online, HS Port-Level Data, https://…`: the body's database, then the table
        # in it: the table is the page cited, the database where it lies (not `Don't Ask, Don't Tell Resources`, one
        # title with a comma, nor a body in small capitals)
        p.container, p.title = p.title, rest.pop()
    if (dated_title := _DATED_TITLE_END.search(p.title)) is not None:
        # `U.S. Cyberspace Solarium Commission, Report of the … Commission (March 2020), 96, https://…`: its date in
        # brackets after the title, then the page
        p.title = p.title[: dated_title.start()]
        _set_date_from(dated_title.group("date"), p)
        if rest and (page := _BARE_PAGE.fullmatch(rest[-1])):
            p.pages, rest = _clean_pages(page.group()), rest[:-1]
    for seg in rest:
        if pm := re.fullmatch(r"pp?\.\s*(?P<pages>.+)", seg):
            p.pages = _clean_pages(pm.group("pages"))
        elif _REPORT_PART.fullmatch(seg) and not p.pages:
            p.pages = seg  # `…, 2024, Figure ES-4, https://…`: the figure, table or annex cited
        elif _DATE.search(seg) or _YEAR_ONLY.fullmatch(seg):
            _set_date_from(seg, p)
    if p.date or p.pages or any(_DOC_NUMBER.match(x) for x in rest) or (p.url or "").lower().endswith(".pdf"):
        p.kind = CitationKind.REPORT
    return True


_DATED_TITLE_END = re.compile(r"\s+\((?P<date>[^()]{0,30}\b(?:19|20)\d\d)\)$")
_BARE_PAGE = re.compile(_NO_YEAR_PAGE)
_REPORT_PART = re.compile(r"(?:Annex|Appendix|Chapter|Table|Figure|Box)\s+[A-Z]{0,3}-?\d[\w.\-–]*")
_BODY_WORD = re.compile(r"\b(?:Group|Chiefs of Staff|Staff|Secretariat|Directorate|Command)\b")
_ACRONYM_END = re.compile(r"\((?P<acronym>[A-Z][A-Za-z]{1,7})\)$")


def _corporate_author(seg: str, publisher: str | None) -> bool:
    """An organisation's name (not a title) in the author's place: it names a body, or it defines the
    acronym the imprint then names as publisher (`Joint Chiefs of Staff (JCS), … (Washington, DC: JCS, …)`)."""
    if not seg[:1].isupper() or ":" in seg or len(seg.split()) > 12 or _name_like(seg) or _PERIODICAL.search(seg):
        return False
    acronym = _ACRONYM_END.search(seg)
    if acronym and publisher and acronym.group("acronym") == publisher.strip():
        return True
    return bool(_ORG.search(seg) or _BODY_WORD.search(seg) or _CORPORATE.search(seg)) and _title_case(seg)


_ISSUED_KINDS = (CitationKind.REPORT, CitationKind.BOOK, CitationKind.NEWS, CitationKind.UNKNOWN)
# the bodies that issue reports, in the last words of their names: `Oak Ridge National Laboratory`,
# `Science Applications International Corporation and Management Information Services Inc.`
_ISSUER_END = re.compile(r"\b(?:Laborator(?:y|ies)|Inc\.?|Corporation|Engineers)$")
# a technical report's number: `ERDC/CERL TR-05-21`, `RAND RR-1234`
_TECH_REPORT_NUMBER = re.compile(r"[A-Z][A-Z/-]{1,15}(?:\s+[A-Z]{1,6})?[- ]?\d[\w.-]*")
# names that are as often a site's or an event's as an issuing body's: `… Forum on Corporate Governance`
_SITE_LIKE_ORG = re.compile(r"\b(?:Forum|Project|Program|Conference|Board|Committee)\b")


def _issuer_after_title(title: str) -> tuple[str, str] | None:
    """`Title, Energy Information Administration, U.S. Department of Energy` -> the title and the bodies: a
    run of organisations' names ending an unquoted title (a title's own commas, `Impacts, Mitigation, and
    Risk Management`, are not names)."""
    segs = title.split(", ")
    for k in range(1, len(segs)):
        if len(" ".join(segs[:k]).split()) >= 3 and not _ACRONYM.fullmatch(segs[k]) and all(map(_issuer, segs[k:])):
            return ", ".join(segs[:k]), ", ".join(segs[k:])
    return None


def _issuer(seg: str) -> bool:
    """A body's name that issues reports: `Oak Ridge National Laboratory`, `Department of Energy`, `EIA`."""
    if not seg[:1].isupper() or re.search(r"\d", seg) or len(seg.split()) > 10 or _PERIODICAL.search(seg):
        return False
    named = _org_name(seg, first=True) and not _SITE_LIKE_ORG.search(seg)
    return bool(named or _ISSUER_END.search(seg) or _ACRONYM.fullmatch(seg))


def _publisher_like(seg: str) -> bool:
    """An organisation, not a periodical: `Center for Strategic and International Studies`."""
    return bool(_ORG.search(seg)) and not _DATE.search(seg) and not _PERIODICAL.search(seg)


def _leading_names(segs: list[str]) -> int:
    """How many leading segments are authors: one, or a list closed by `and` (`Tom Karako, Matt
    Strohmeyer, …, and Ken Harmon, Title`)."""
    for end in range(1, min(len(segs), 8)):
        # (`Eva Galperin, Morgan Marquis-Boire, & John Scott-Railton, Title`: `&` for `and`)
        if (closing := re.match(r"(?:and|&)\s+", segs[end])) and _one_name(segs[end][closing.end() :].strip()):
            if all(_one_name(x) for x in segs[1:end]):
                return end + 1
            break
        if not _one_name(segs[end]):
            # `Nadav Hochman, Lev Manovich, Jay Chow, Phototrails, 2013, <url>`: three names or more with no `and`
            # are a list of authors all the same (two could be an author and a title that reads as a name)
            listed = end >= 3 and end < len(segs) - 1 and not re.search(r"\s(?:&|and)\s", segs[0])
            return end if listed else 1
    return 1


_FLOOR_DEBATE = re.compile(r"(?:(?:Senate|House)\s+)?(?:floor\s+)?(?:debate|remarks|statement)", re.IGNORECASE)
_RECORD_PAGE = re.compile(r"\bpp?\.\s*(?P<page>[SHE]\d{1,6}(?:\s*[-–]\s*[SHE]?\d{1,6})?)\b")
_CONGRESSIONAL_RECORD = re.compile(r"Congressional\s+Record(?:\s*[–—-]\s*(?:Senate|House))?")
_REMARKS_IN_RECORD = re.compile(
    rf"(?:remarks|debate|statement)\s+in\s+the\s+(?:House|Senate),\s*{_CONGRESSIONAL_RECORD.pattern}\b[^“”\"]*$"
)
_RECORD_BY_VOLUME = re.compile(
    # (`Federal Register, Vol. 86, No. 159 (August 20, 2021), pp. 46873–46877`: the Register, with no rule's title)
    # (`Congressional Globe, 41st Cong. 2nd Sess., February 7, 1870, p. 1089`: the Record's forerunner, by session)
    r"^\*?(?P<record>Congressional\s+(?:Record|Globe)(?:\s*[–—-]\s*(?:Senate|House))?|Federal\s+Register)\*?,\s+"
    # (`Congressional Record, vol. 172, no. 5—Book II, 2026, p. H257`: its book, and the year alone; `Congressional
    # Globe, 37th Congress, 1st Session, 129`: the session's words spelled out, and no day)
    r"(?:(?:daily\s+edition,\s+)?[Vv]ol\.\s*\d+(?:,\s+(?:[Nn]o|pt)\.\s*\d+)*(?:(?:,\s+|\s*[—–-]\s*)Book\s+[IVX]+)?"
    r"|\d{1,3}(?:st|nd|rd|th|d)\s+Cong(?:\.|ress),?\s+\d(?:st|nd|rd|th|d)\.?\s+[Ss]ess(?:\.|ion))"
    r"(?:,?\s+\(?(?P<date>" + _DATE.pattern + r"|(?:17|18|19|20)\d\d)\)?)?"
    r",\s+(?:pp?\.\s*)?(?P<pages>[HS]?\d[\d–-]*(?:\s*[–-]\s*[HS]?\d+)?)"
)


def _person_with_office(text: str) -> list[str]:
    """`General David H. Berger, Commandant of the Marine Corps` -> [David H. Berger]; [] if not so."""
    segs = _segments(text)
    name = _HONORIFIC.sub("", segs[0]) if segs else ""
    if name and _one_name(name) and (name != segs[0] or len(segs) > 1) and all(_OFFICE.match(x) for x in segs[1:]):
        return [name]
    return []


_COMPANY_SUFFIX = re.compile(r"(?:Inc|LLC|L\.L\.C|Ltd|Co|Corp|N\.A|L\.P|PLC|GmbH|S\.A)\.?")
_CAPITALS_COMPANY = re.compile(_COMPANY_SUFFIX.pattern, re.IGNORECASE)  # (printed in small capitals: `INC.`)


_SEGMENT_MARK = re.compile(r"[()“”]|,(?!\d{3}\b)")  # (`10,000 BC`: a thousands separator cuts nothing)


_PAGES_SEGMENT = re.compile(r"pp\.\s*\d[\d–-]*(?:,\s*\d[\d–-]*)*")
_MORE_PAGES = re.compile(r"(?:and\s+)?\d{1,5}(?:\s*[–-]\s*\d{1,5})?")


def _segments(text: str) -> list[str]:
    """Split at `, ` outside parentheses and quotes; keep "Month Day, Year" together."""
    out: list[str] = []
    depth = 0
    quote = False
    start = 0
    for mark in _SEGMENT_MARK.finditer(text):  # only these characters matter: skip the rest in C
        i, ch = mark.start(), mark.group()
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "“":
            quote = True
        elif ch == "”":
            quote = False
        elif depth == 0 and not quote:
            out.append(text[start:i])
            start = i + 1
    out.append(text[start:])
    merged: list[str] = []
    for seg in (s.strip() for s in out):
        if merged and _FOUR_DIGITS.fullmatch(seg) and _ENDS_IN_MONTH_DAY.search(merged[-1]):
            merged[-1] += ", " + seg
        elif merged and _COMPANY_SUFFIX.fullmatch(seg):
            merged[-1] += ", " + seg  # `Live Nation Entertainment, Inc.`: one company
        elif merged and _MORE_PAGES.fullmatch(seg) and _PAGES_SEGMENT.fullmatch(merged[-1]):
            merged[-1] += ", " + seg  # `pp. 9, 21, 23, and 43`: one list of pages
        elif seg:
            merged.append(seg)
    return merged


_FOUR_DIGITS = re.compile(r"\d{4}")
_ENDS_IN_MONTH_DAY = re.compile(rf"{_MONTH}\s+\d{{1,2}}$")
ET_AL_END = re.compile(r",?\s+et\.?\s+al\.?$")  # `Elizabeth Lorang et al.`: shared with backrefs.py
_NAME_JOINS = re.compile(r",?\s+and\s+|,\s+|\s+&\s+")
_NAME_WORD = re.compile(r"[^\W\d_][\w.’'\-‐]*")
_US_BODY = re.compile(r"(?:U\.\s?S\.|United States|US)\s+[A-Z]")
_WORD = re.compile(r"[^\W\d_][\w’'\-]*")


def _name_like(text: str) -> bool:
    parts = _with_suffixes(_NAME_JOINS.split(ET_AL_END.sub("", text.strip())))
    return bool(parts) and all(_one_name(x.replace(",", "")) for x in parts)


def _with_suffixes(parts: list[str]) -> list[str]:
    """`Horatio Alger, Jr.`: a generation printed after a comma belongs to the name before it."""
    out: list[str] = []
    for part in parts:
        if out and part.strip() in _NAME_SUFFIXES and len(out[-1].split()) > 1:
            out[-1] = f"{out[-1]}, {part.strip()}"
        else:
            out.append(part)
    return out


_NAME_SUFFIXES = frozenset({"II", "III", "IV", "Jr.", "Sr.", "Jr", "Sr"})
_HAN_NAME = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,4}")
_ELIDED_PARTICLE = re.compile(r"[a-z]{1,2}['’][A-Z][\w’'\-]*")


def _one_name(name: str) -> bool:
    tokens = name.split()
    if not 2 <= len(tokens) <= 5:
        return False
    for t in tokens:
        if t.lower() in _NAME_PARTICLES or (t in _NAME_SUFFIXES and t is not tokens[0]):
            continue  # `William G. Thomas III`: a generation, not an acronym
        if t is not tokens[0] and _ELIDED_PARTICLE.fullmatch(t):
            continue  # `Pietro Martire d'Anghiera`: an elided particle
        if t is tokens[-1] and len(tokens) > 2 and _HAN_NAME.fullmatch(t):
            continue  # `Xie Guozhen 謝國楨`: the romanised name, then the same name in characters
        if t.lower().strip(".,") in _NOT_NAME_WORDS:
            return False
        if not (t[0].isupper() and _NAME_WORD.fullmatch(t)):
            return False
        if len(t) > 2 and t.isupper() and "." not in t:
            return False  # "FBIS SOV": an acronym, not a name
    return True


def _split_authors(text: str, *, corporate_ok: bool) -> list[str]:
    text = ET_AL_END.sub("", text.strip())  # `Elizabeth Lorang et al.`
    if corporate_ok and _US_BODY.match(text):
        return [text.strip()]  # `U.S. Customs and Border Protection`: one body, not two people
    split = [x.strip() for x in _NAME_JOINS.split(text) if x.strip()]
    parts = _inverted_names(_with_suffixes(split))
    if len(parts) > 1 and not _BODY_NAME_END.search(parts[-1]) and all(
        _one_name(x.replace(",", "")) or (len(x.split()) == 1 and x[:1].isupper()) for x in parts
    ):
        return parts
    if corporate_ok or _one_name(text):
        return [text.strip()]
    return []


# `Securities and Exchange Commission`: one body, whatever `and` joins in its name
_BODY_NAME_END = re.compile(
    r"\b(?:Commission|Committee|Council|Board|Bureau|Agency|Institute|Association|Foundation|Department|Office|"
    r"Administration|Service|Corporation|Bank|Cent(?:er|re)|Society|University|Authority|Organi[sz]ation)$"
)
_INITIALS = re.compile(r"(?:[A-Z]\.?\s?-?){1,3}")
_ONE_WORD = re.compile(r"[A-Z][^\W\d_][\w’'\-]*")


def _inverted_names(parts: list[str]) -> list[str]:
    """`Flowerdew, R.`, `Crymble, A` (Oxford-like) and a bibliography's inverted first author
    (`Biderman, Stella, Kieran Bicheno, and Leo Gao`): the surname and what follows it are one name."""
    out: list[str] = []
    i = 0
    while i < len(parts):
        here, after = parts[i], parts[i + 1] if i + 1 < len(parts) else ""
        initials = bool(after) and _INITIALS.fullmatch(after) is not None
        forename_first = i == 0 and len(parts) >= 3 and _ONE_WORD.fullmatch(after) and len(parts[2].split()) > 1
        if _ONE_WORD.fullmatch(here) and (initials or forename_first):
            out.append(f"{here}, {after}")
            i += 2
            continue
        out.append(here)
        i += 1
    return out


def _take_journal(m: re.Match[str], p: Parsed, *issues: str) -> None:
    """A journal's name, volume, issue (the first of the pattern's ways of printing it), dated parenthesis and pages."""
    p.container, p.volume = m.group("journal").strip(), m.group("vol")
    p.issue = next((m.group(name) for name in issues if m.group(name)), None)
    _set_date_from(m.group("paren"), p)
    if m.group("pages"):
        p.pages = _clean_pages(m.group("pages"))


def _journal_name(name: str) -> bool:
    """`Gender, Work & Organization`, `Catalyst: Feminism, Theory, Technoscience`: a journal's name, each part of it
    set off by a comma or a colon in title case, not a series of papers or a sentence."""
    if re.search(rf"\b{_MONTH}\.?$", name.strip()):
        return False  # `The New York Times, May 29 (2007)`: a day of the month, not a volume
    parts = re.split(r",\s+|:\s+", name.strip())
    return not _NUMBERED_PAPERS.search(name) and ". " not in name and all(
        part and _title_case(part) and len(part.split()) <= 8 for part in parts
    )


def _title_case(text: str) -> bool:
    words = [w for w in _WORD.findall(text) if w.lower() not in _SMALL_WORDS]
    if not words or len(text) > 120:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.6


def _body_page(p: Parsed) -> CitationKind | None:
    """The kind of an organisation's own page, `Body, “Title,” [date,] <url>`, nothing between title and
    address: undated, a page of the body's site (`U.S. Department of State, “About the U.S. Department of
    State: Our History,” https://…`); dated to the day, a government body's release or notice (`U.S. Air
    Force, “The Air Force We Need …,” September 17, 2018, https://…`) or a think tank's paper (`Forum for
    American Leadership, “…,” January 4, 2022, https://…`), as the policy style files them."""
    if not (p.url and p.title and p.authors) or p.container or p.publisher or p.volume or p.issue:
        return None
    if not all(_ORG.search(a) or _GOV_BODY.search(a) for a in p.authors):
        return None
    government = all(_GOV_BODY.search(a) or _OFFICIAL.search(a) for a in p.authors)
    if not p.date_iso:
        return CitationKind.WEB
    if government and len(p.date_iso) == 10:
        return CitationKind.OFFICIAL
    if not government and all(_THINK_TANK.search(a) for a in p.authors):
        return CitationKind.REPORT
    return None


_REPORTS_PATH = _url_folder("reports?")
_PAPER_GENRE = re.compile(r"\b(?:Pamphlet\s+\d|[Ww]orking [Pp]aper|[Ww]hite [Pp]aper|[Dd]iscussion [Pp]aper)")


def _quoted(title: str, body: str) -> bool:
    return bool(re.search(r"[“\"‘]" + re.escape(title[:20]), body))


def _weigh_lexicon(p: Parsed, body: str) -> None:
    """What the lexicon says where the rules left a gap: a listed newspaper or site read as an imprint is the
    container; a listed press standing as a field of its own after the title, or closing a title as a
    bibliography's `Title. Press, Year.` does, is the publisher; a press with its place glued on
    (`(Oxford University Press New York, 1948)`) is the press. (A listed body read as a container is left
    there: notes and labels name a body as a web page's site as often as a report's publisher.)"""
    if p.publisher and not p.container and lexicon.role(p.publisher) is lexicon.Role.PERIODICAL:
        p.container, p.publisher = p.publisher, None
        return
    if (
        p.container and not p.publisher and p.title and not (p.volume or p.issue or p.url)
        and p.kind in (CitationKind.UNKNOWN, CitationKind.BOOK, CitationKind.REPORT)
        and lexicon.role(p.container) is lexicon.Role.PRESS
    ):  # fmt: skip
        # `Timothy Mckenzie, “Is Cyber Deterrence Possible?” Air University Press, 2017.`: a press publishes a
        # work, it holds none (a page on a press's site, or a paper in its proceedings, has it as container)
        p.publisher, p.container = p.container, None
        if p.kind is CitationKind.UNKNOWN:
            p.kind = CitationKind.REPORT if _quoted(p.title, body) else CitationKind.BOOK
        return
    if len(p.authors) == 1 and p.title and not (p.container or p.publisher) and (
        lexicon.role(p.authors[0]) is lexicon.Role.PERIODICAL
    ):
        # `Politico, "Iran Confirms Two-Week Ceasefire," April 7, 2026, https://…`: the outlet named first, as the
        # policy style does for an unsigned piece, is where it appeared, not who wrote it
        p.container, p.authors = p.authors[0], []
        return
    if (
        p.container and not p.publisher and p.title and p.kind in (CitationKind.JOURNAL, CitationKind.UNKNOWN)
        and not (p.volume or p.issue or p.pages) and lexicon.role(p.container) is lexicon.Role.ORGANISATION
        and not _quoted(p.title, body)
    ):  # fmt: skip
        # `Florian Zettelmeyer et al., Scarcity Rents in Car Retailing: …, NBER, May 2006, <url>`: a whole work (its
        # title unquoted) after which a listed body stands is that body's report (a quoted title is a page of its
        # site, the body then its container)
        p.publisher, p.container, p.kind = p.container, None, CitationKind.REPORT
        return
    # a day's news or post, or an issue of a periodical, names no press
    dated_item = bool(p.container and ((p.date_iso and len(p.date_iso) == 10) or p.volume or p.issue))
    if not (p.publisher or dated_item) and p.title and (title_at := body.find(p.title)) >= 0:
        after_title = body[title_at + len(p.title) :].split("http", 1)[0]  # (a URL names no press)
        for start, end in lexicon.find_names(after_title, lexicon.Role.PRESS):
            name = after_title[start:end]
            if name not in p.title and name != p.container and not any(name in a for a in p.authors):
                # `…, Making History Count: A Primer …. Cambridge University Press, 2002.`, `“information, n.”
                # OED Online. June 2017. Oxford University Press.`: a press named where no imprint rule looks
                p.publisher = name
                if p.container and p.container.endswith(name) and len(p.container) > len(name):
                    # `…, Example Society Working Paper, Springer, 2009`: the press closed what was read as
                    # the container
                    p.container = p.container[: -len(name)].rstrip(" ,.;:") or p.container
                return
    if not p.publisher and p.title and (hits := lexicon.find_names(p.title, lexicon.Role.PRESS)):
        start, end = hits[-1]
        if end == len(p.title.rstrip(" .")) and p.title[:start].rstrip().endswith("."):
            # `Jane Doe, Essays on Method. Wiley-Blackwell, 2004.`: a bibliography's `Title. Publisher, Year.`
            # read as one title
            p.title, p.publisher = p.title[:start].rstrip(" ."), p.title[start:end]
            return
    if p.publisher and lexicon.role(p.publisher) is None:
        press = lexicon.leading_name(p.publisher, lexicon.Role.PRESS)
        rest = p.publisher[len(press) :].strip(" ,") if press else ""
        if press and rest and (is_place(rest) or _YEAR_ONLY.fullmatch(rest)):
            p.publisher = press


# what a note prints after a periodical's or a book's name that is not part of it: `CA: Journal of Cultural Analytics
# (forthcoming)`, `Post-45 05.10.2016:` (its date, unpunctuated), `In Proceedings of SEM-2013`, `The Novel, vol. 1`
_FORTHCOMING_TAIL = re.compile(r",?\s*\(?\bforthcoming\)?$", re.IGNORECASE)
_NUMERIC_DATE_TAIL = re.compile(r"\s+(?P<date>\d{1,2}[./]\d{1,2}[./]\d{4})\s*:?$")
# `"What's on the menu? …," In Crowdsourcing Our Cultural Heritage, ed. Mia Ridge`, `…, also in Distant Readings,
# 91-113`: the word saying a chapter is in its book is no part of the book's name (as `In These Times` and `In Re Walt
# Whitman` are)
_IN_LEAD = re.compile(r"^(?:(?:also|reprinted)\s+)?[Ii]n\s+(?!(?:These|Re|State)\b)(?=[A-Z])")
_VOLUME_TAIL = re.compile(r",\s+vol\.\s+[\dIVXLC]+$")


# a law review article's title running on after a phrase it quotes, to the journal's volume and first page
_QUOTE_IN_BLUEBOOK_TITLE = re.compile(
    rf",?\s*(?P<more>[^“”\"]{{0,200}}?),?\s+\d{{1,4}}\s+"
    rf"[A-Z](?:[A-Z.&’' ]|{COMMA_IN_JOURNAL}){{2,60}}?\.?\s+\d{{1,5}}\b"
    # (or a periodical's name and the day in brackets: `…, it’s putting together a team to control
    # “superintelligence”, Business Insider (July 7, 2023)`, `The Toxic Fantasy of the “Side Hustle,” PROSPECT (…)`)
    r"|(?P<paper>[,.]?\s+[A-Z][^,;“”\"()]{1,60}?\s+\((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+)(?:19|20)\d\d\))"
)
_DATAVERSE = re.compile(
    r"(?P<who>[A-Z][^“”\"():]{1,200}?),\s+(?P<year>(?:19|20)\d\d),\s+[“\"](?P<title>[^“”\"]{1,300}?),?[”\"],?\s+"
    r"(?:(?:doi:\s?|https?://)\S+?,\s+)?(?P<repo>[A-Z][^,;“”\"]{1,80}?),\s+V\d+(?:\.\d+)?(?:,\s+UNF:\S+)?"
    r"(?:,?\s+https?://\S+)?\.?$"  # (the address of a link on the DOI, printed after)
)


_DATE_PAREN_TAIL = re.compile(
    rf"\s*\((?:(?:{_MONTH}\.?|Spring|Summer|Fall|Autumn|Winter)\s+(?:\d{{1,2}},\s+)?)?(?P<y>(?:1[5-9]|20)\d\d)\)$"
)
# `Journal of Artificial Intelligence Research 37 (2010) 141-188`: a journal's volume, year and pages run on
_VOLUME_YEAR_PAGES_TAIL = re.compile(
    r"\s+(?P<vol>\d{1,4})\s+\((?P<y>(?:1[5-9]|20)\d\d)\)\s*(?P<pages>\d{1,5}\s*[–-]\s*\d{1,5})?$"
)
_AT_PAGE_TAIL = re.compile(r"\s+at\s+(?P<pages>\*?\d{1,5}(?:\s?[-–]\s?\d{1,5})?)$")
_PUBLISHER_SENTENCE = re.compile(r"^(?P<name>[^.]*[a-z!?][*_]?)\.\s+(?P<by>[A-Z][^.]{2,80})$")


# a docket or document number standing alone: `BOEM–2022–0031`, `IM 2018–034`, `CSMS # 68180454`, `U.N. Doc.
# S/RES/1373`, `Press Release No. pr7654-17`
_DOCUMENT_NUMBER = re.compile(
    r"^(?:[A-Z]{2,6}[-–]\d{4}[-–]\d{2,5}|[A-Z]{2,5}\s\d{4}[-–]\d{2,4}|[A-Z]{2,6}\s?#\s?\d{4,}"
    rf"|U\.N\. Doc\. [A-Z/\d.()-]+|{_RELEASE_WORDS}(?:\s+No\.\s*[\w-]+)?)$"
)
# `White House Briefing Room, Press Release`, `NPR, Radio Broadcast Episode`: what kind of item it is, not where it is
_GENRE_TAIL = re.compile(rf",?\s+(?:{_RELEASE_WORDS}|Radio\s+Broadcast(?:\s+Episode)?)$")
_OWNER_THEN_WORDS = re.compile(r"^(?P<who>[A-Z][^,;’']{1,60}?)['’]s\s+(?=[a-z])[^,;]{0,80}$")
_EDITOR_MARK_LEAD = re.compile(r"(?:Eds?|eds?)\.\s+(?=[A-Z])")


def _tidy_container(p: Parsed) -> None:
    container = _IN_LEAD.sub("", _FORTHCOMING_TAIL.sub("", p.container or "")).strip()
    if (genre := _GENRE_TAIL.search(container)) and genre.start() > 0:
        container = container[: genre.start()]
    if m := _NUMERIC_DATE_TAIL.search(container):
        container = container[: m.start()]
        if not p.date or (p.date_iso and p.date == p.date_iso[:4]):
            p.date = m.group("date")  # `05.10.2016`: as printed (day or month first, no one can say)
    elif p.date and (head := p.date.split(",")[0]) != p.date and container.endswith(" " + head):
        container = container[: -len(head) - 1]  # `CA: Journal of Cultural Analytics May 23, 2016:`
    dated_last = p.date and container.endswith(p.date) and len(container) > len(p.date) + 3
    if dated_last and container[-len(p.date or "") - 2] == ".":
        # `*Mashables*. February 7, 2015`, `*Language Log*. University of Pennsylvania. Jan. 15, 2007`: MLA's elements
        # closed by full stops, the date last, the site's publisher before it
        container = container[: -len(p.date or "")].rstrip(" .")
        if (by := _PUBLISHER_SENTENCE.match(container)) and not p.publisher:
            container, p.publisher = by.group("name"), by.group("by")
    if (dated := _DATE_PAREN_TAIL.search(container)) and dated.start() > 0:
        # `BUS. INSIDER (Oct. 1, 2009)`: the item's date, read already; `Political Science Quarterly (Spring 1987)`:
        # an issue's, the year the date if none was read
        container = container[: dated.start()]
        if not p.date:
            p.date = p.date_iso = dated.group("y")
    elif (run_on := _VOLUME_YEAR_PAGES_TAIL.search(container)) and run_on.start() > 0 and not p.volume:
        container, p.volume = container[: run_on.start()], run_on.group("vol")
        p.date = p.date or run_on.group("y")
        p.date_iso = p.date_iso or run_on.group("y")
        p.pages = p.pages or (_clean_pages(run_on.group("pages")) if run_on.group("pages") else None)
    if not p.pages and (at := _AT_PAGE_TAIL.search(container)):
        container, p.pages = container[: at.start()], at.group("pages")  # `CED Engineering at 8`: Bluebook's pinpoint
    if p.publisher and _VOLUME_TAIL.search(container):
        container = container[: _VOLUME_TAIL.search(container).start()]  # type: ignore[union-attr]
    # (`Figshare.`: a full stop after a word, not an abbreviation's)
    p.container = re.sub(r"(?<=[a-z]{4})\.$", "", container.strip(" ,:")) or p.container
    if p.container and (_DOCUMENT_NUMBER.match(p.container) or p.container == p.date):
        # `“Title,” IM 2018–034, January 31, 2018`, `USDA-2021-0010`, `CSMS # 68180454`: the document's own number
        # (or its date again) in the slot a container would take, not a work that contains it
        p.container = None


# an international court's or tribunal's decision as international-law journals print it: the court, the case, the
# decision's kind in brackets and its year (`ICJ, Legality of the Threat or Use of Nuclear Weapons [Advisory Opinion]
# 1996 para. 84`, `ICJ, Case Concerning … (Nicaragua v USA) Merit Judgment of 1986, para. 218`) ...
_COURT_CASE_YEAR = re.compile(
    r"^(?P<court>ICJ|ICTY|ICTR|ICC|PCIJ),\s+(?P<title>[^\[\]]{5,250}?)\s*"
    r"(?:\[(?:Judgment|Judgement|Advisory\s+Opinion|Order|Decision)\]\s*|(?:,\s*)?(?:Merits?\s+)?Judg(?:e)?ment\s+of\s+)"
    r"(?P<year>(?:19|20)\d\d)(?:,?\s*(?P<pin>paras?\.?\s*\d[\d–-]*))?\.?$"
)
# ... or the case, the decision's kind in parentheses, its docket and its day: `Prosecutor v Limaj (Judgment)
# ICTY-03-66-T (November 30, 2005) para 89`, `Prosecutor v Lubanga (Decision on Confirmation of Charges)
# ICC-01/04-01/06 [January 29, 2007], para 211`
_CASE_DOCKET_DAY = re.compile(
    r"^(?P<title>(?:The\s+)?Prosecutor\s+v\.?\s+[^()\[\]]{2,80}?)\s*\((?:Judg(?:e)?ment|Decision|Order)[^()]{0,120}\)\s*"
    r"(?:IT|ICTY|ICTR|ICC)-[\w/-]+(?:\s*-?\s*[A-Z]{1,4}\d{0,3})?\s*[(\[](?P<date>[^()\[\]]{6,30})[)\]]"
    r"(?:,?\s*(?P<pin>paras?\.?\s*\d[\d–-]*))?\.?$"
)


def _tribunal(body: str) -> Citation | None:
    """An international court's or tribunal's decision: official, the court (when printed first) its author, the
    case its title, dated by its year or day, cited by paragraph."""
    if (m := _COURT_CASE_YEAR.match(body)) is not None:
        year = m.group("year")
        return Citation(index=0, raw=body, kind=CitationKind.OFFICIAL, authors=(m.group("court"),),
                        title=m.group("title").strip(" ,"), date=year, date_iso=year, pages=m.group("pin"))  # fmt: skip
    if (m := _CASE_DOCKET_DAY.match(body)) is not None and (day := _DATE.fullmatch(m.group("date").strip())):
        return Citation(index=0, raw=body, kind=CitationKind.OFFICIAL, title=m.group("title"),
                        date=m.group("date").strip(), date_iso=iso_of(day), pages=m.group("pin"))  # fmt: skip
    return None


def _crs_product(p: Parsed) -> None:
    """A Congressional Research Service product, read as a book, a news story or a page: the Service publishes a
    report (its product's number is no container, and no part of the title)."""
    p.kind = CitationKind.REPORT
    if p.container and _CRS_NAMED.fullmatch(p.container) and not p.publisher:
        # `Baird Webel, Terrorism Risk Insurance: …, Congressional Research Service, 2 (July 23, 2014)`
        p.publisher, p.container = p.container, None
    elif (before := _CRS_BEFORE_TITLE.match(p.title or "")) and not p.publisher:
        # `R. SAM GARRETT, CONG. RSCH. SERV., R45302, FEDERAL ROLE IN U.S. CAMPAIGNS … i (2018)`: Bluebook's author,
        # the Service and the product's number, then the title
        p.publisher, p.title = before.group("body"), before.group("title")
    elif (after := _CRS_AFTER_TITLE.match(p.title or "")) and re.fullmatch(_CRS_NUMBER, p.container or ""):
        # `Gary Guenther, The Section 179 …, CONG. RSCH. SERV., RL31852, 12 (Feb. 7, 2024)`
        p.title, p.publisher, p.container = after.group("title"), after.group("body"), None


def _read_standard(p: Parsed, body: str) -> None:
    """A standard or a technical report its series and number name, read as a journal's name, volume and pages."""
    at = body.find(p.container or "")
    if p.title and at > 0 and (published := _STANDARD_AFTER_TITLE.match(body, at)):
        # `Jon Boyens, et al., “Supply Chain Risk Management Practices …”, NIST SP 800-161 (April 2015), <url>`: the
        # series and number printed after the title are the report's publisher, as printed (as a CRS report's are)
        p.publisher, p.container, p.volume, p.issue = published.group("id"), None, None, None
        if p.pages is None or p.pages in published.group("id"):
            p.pages = published.group("controls")  # (`SA-11, SR-6`: the controls of a catalogue cited)
        p.kind = CitationKind.REPORT
    elif not (p.title or p.authors) and (opened := _STANDARD_THEN_TITLE.match(p.container or "")):
        # `ISO/SAE 21434:2020 *Road vehicles – Cybersecurity engineering,*`: the designation names the standard, the
        # title follows (the year is the edition's, part of its name)
        p.title, p.container, p.date, p.date_iso = opened.group("title"), None, None, None
        p.kind = CitationKind.REPORT


def _think_tank_imprint(p: Parsed, body: str) -> bool:
    # (`…,” Center for American Progress (October 23, 2020): 2-14.`: a dated paper cited by its pages, as a journal's
    # article would be, is the body's paper too)
    paged = bool(p.pages) and re.search(re.escape(p.container or "\0") + r"\s*\([^()]{4,30}\)\s*:\s*\d", body)
    if not (p.title and p.container and p.date_iso and (len(p.date_iso) == 4 or paged)):
        return False
    if p.publisher or p.volume or p.issue:
        return False
    if _PERIODICAL.search(p.container) or _GOV_BODY.search(p.container) or re.search(r"\bUniversity\b", p.container):
        return False
    if re.search(re.escape(p.container) + r"\s*\((?:blog|website|web\s?site|online)\)", body, re.I):
        return False
    return bool(_THINK_TANK.search(p.container) or re.search(r"\bOrgani[sz]ation\b", p.container))


_CONTAINER_YEAR = re.compile(r"\0,?\s*\(\d{4}\)")
_IN_CONTAINER = re.compile(r"(?:,[”\"]|[”\"]?,)\s*in\s+\0")  # (`“…” in The Asan Forum`, no comma: a mention in prose)
_VERSE_LINES = re.compile(r"\bll\.\s?\d")
_SEASON = r"(?:Spring|Summer|Fall|Autumn|Winter)"
_SEASON_OF_YEAR = re.compile(rf"{_SEASON}(?:/{_SEASON})?,?\s+\d{{4}}")
_ISSUE_DATE = re.compile(rf"(?:(?:{_MONTH}|{_SEASON})\.?,?\s+)?(?:1[5-9]|20)\d\d")  # (an issue's month or season)


_VOLUME_AFTER = re.compile(
    r",?\s+\d{1,4}(?:\s*[:.]\s*\d{1,3}|,\s*no\.\s*\d{1,3})?\s*\((?:[A-Z][a-z]+\.?\s+)?(?:1[5-9]|20)\d\d\)"
)


def _kind(p: Parsed, body: str) -> CitationKind:
    who = " ".join(p.authors)
    if p.personal:
        return CitationKind.PERSONAL
    if p.remarks:
        return CitationKind.REMARKS
    # (a speech printed in a journal or a paper is that periodical's item)
    periodical = bool(p.container and _PERIODICAL.search(p.container))
    if p.title and _SPEECH_TITLE.search(p.title) and not (p.volume or p.issue or p.publisher or periodical):
        return CitationKind.REMARKS
    if (
        p.title and any(word in p.title for word in _REPORT_TITLE_WORDS) and _REPORT_TITLE.search(p.title)
        and not (p.volume or p.issue)
    ):  # fmt: skip
        outlet = bool(p.container and (_PERIODICAL.search(p.container) or _WIRE.search(p.container)))
        if not outlet and not _BOOK_PUBLISHER.search(p.publisher or ""):
            return CitationKind.REPORT
    if (page := _body_page(p)) is not None:
        # (`…, “Summary of the Clean Air Act …,” last updated September 12, 2022, <url>`: a body's page dated by its
        # last change is a page of its site, not a release of that day)
        return CitationKind.WEB if page is CitationKind.OFFICIAL and _LAST_UPDATED.search(body) else page
    if (
        _OFFICIAL.search(who)
        or (p.container and _OFFICIAL.search(p.container) and not _PERIODICAL.search(p.container))
        or (p.title and _OFFICIAL_TITLE.match(p.title))
        or ("Order" in body and _ORDER_CITED.search(body.replace(p.title, "\0") if p.title else body))
        or (p.title and _ORDER_CITED.match(p.title) and not (p.container or p.publisher or p.volume or p.issue))
        or (p.container and _GAZETTE.fullmatch(p.container))
    ):
        return CitationKind.OFFICIAL
    if (p.container and _WIRE.search(p.container)) or (len(p.authors) == 1 and _WIRE_AS_AUTHOR.match(p.authors[0])):
        return CitationKind.WIRE
    if p.volume or p.issue:
        return CitationKind.REPORT if p.publisher else CitationKind.JOURNAL
    # `NOAA Office of General Counsel, “…,” (Washington, DC: National Oceanic and Atmospheric
    # Administration, 2019)`, `Convention on the High Seas 1958, (Washington, DC: …)`: a government
    # body's own document (a person's book from a government printer stays a book)
    gov_publisher = bool(p.publisher and _GOVERNMENT.search(p.publisher) and not _BOOK_PUBLISHER.search(p.publisher))
    if gov_publisher and all(_GOVERNMENT.search(a) for a in p.authors):
        return CitationKind.OFFICIAL
    # (a site's publisher in brackets after its name, or after a comma in MLA's form, is the site's, and the site's
    # item is what is cited)
    site_publisher = bool(p.container) and (
        f"{p.container} ({p.publisher}," in body
        or (f"{p.container}, {p.publisher}, " in body and _MLA_DATE.search(body) is not None)
    )
    if p.publisher and not site_publisher:
        if _BOOK_PUBLISHER.search(p.publisher):
            return CitationKind.BOOK
        if _REPORT.search(p.publisher) or (p.title and p.date_iso and len(p.date_iso) == 10):
            return CitationKind.REPORT
        return CitationKind.BOOK
    untitled = body.replace(p.title, " ") if p.title else body  # `“A Brief History of …,” Washington Post`
    if p.container and _REPORT.search(untitled) and re.search(r"Paper|Report No|Brief", untitled):
        return CitationKind.REPORT
    if p.title and _PAPER_GENRE.search(untitled):
        # `"Canon/Archive: …," Stanford Literary Lab Pamphlet 11. Jan. 2016.`, `"Digital History and Argument," white
        # paper, Roy Rosenzweig Center …`, `… University of Sussex Working Paper LxWP11/04, <url>`: a paper in an
        # institution's series, printed or on its site, is a report
        return CitationKind.REPORT
    if p.year and p.title and not p.container:
        return CitationKind.BOOK
    if p.title and p.container and _PREPRINT_SERVER.search(p.container):
        return CitationKind.REPORT  # `“Datasheet for the Pile.” arXiv preprint arXiv:2201.07311 (2022)`
    if p.container and p.title and p.url and _DOI_LINK.match(p.url):
        return CitationKind.JOURNAL  # `“Title,” The RUSI Journal, April 2, 2020, https://doi.org/…`: online first
    if p.container and p.pages and p.url and _THINK_TANK.search(p.container) and not _PERIODICAL.search(p.container):
        # `Mark F. Cancian, “U.S. Military Forces in FY 2020: Army,” Center for Strategic and International Studies
        # (website), October 15, 2019, 4, https://…`: a think tank's paper on its site, cited by its page
        return CitationKind.REPORT
    if p.container and p.date_iso and len(p.date_iso) == 10 and not _PERIODICAL.search(p.container) and (
        _LAST_UPDATED.search(body)
    ):
        return CitationKind.WEB  # `"Introduction to Smart Contracts," Ethereum.org, last updated February 12, 2025`
    if (
        p.title and p.container and p.date_iso and len(p.date_iso) == 10 and _SCHOLARLY.search(p.container)
        and lexicon.role(p.container) is not lexicon.Role.PERIODICAL and not _PERIODICAL.search(p.container)
    ):  # fmt: skip
        # `“Newspaper Engagement,” submission to Newspaper Association of America Marketing Conference, Feb. 23,
        # 2006.`: a paper given at a conference is dated to its day (a periodical so dated, whatever its name, is
        # news by the policy style's convention: `Georgetown Journal of International Affairs, January 6, 2019`)
        return CitationKind.JOURNAL
    if p.container and p.date_iso and len(p.date_iso) == 10:
        if (
            _GOV_BODY.search(p.container) and not _PERIODICAL.search(p.container)
            and lexicon.role(p.container) is not lexicon.Role.PERIODICAL
        ):  # fmt: skip
            # `“Montenegro Authorities Prosecute …,” ROC Department for External Relations (May 25, 2020)`: a
            # government body's (or a church's, a party's) dated item on its own site is its statement, not news
            return CitationKind.OFFICIAL
        return CitationKind.NEWS
    if p.title and p.container and _SCHOLARLY.search(p.container):
        # `“RealToxicityPrompts …,” Findings of the Association for Computational Linguistics (January
        # 2020): 3362, https://…`: a paper in proceedings or a journal, whatever else the note prints
        return CitationKind.JOURNAL
    if p.container and p.title and p.date_iso and len(p.date_iso) == 7:
        if p.url and _THINK_TANK.search(p.container) and not _PERIODICAL.search(p.container):
            # `Eweline Czapla, "Methane Fees for …," American Action Forum, November 2021, https://…/insight/…`: a
            # think tank's dated piece on its site, as a site's dated item is news
            return CitationKind.NEWS
        return CitationKind.JOURNAL  # `“The Sources of Soviet Conduct,” Foreign Affairs, July 1947`: an issue
    if p.container and p.title and p.date and _SEASON_OF_YEAR.fullmatch(p.date.strip()):
        # `Henry Louis Gates, "Editor's Introduction," Critical Inquiry (Autumn 1985), 15.`: a quarterly's issue is
        # dated by its season where a monthly's is by its month (CMOS 14.171); papers are not dated by season
        return CitationKind.JOURNAL
    dated_piece = bool(p.url and p.title and p.authors and p.date_iso and len(p.date_iso) == 10)
    if dated_piece and not _PDF.search(p.url or "") and all(_name_like(a) for a in p.authors):
        # `Vin Crosbie, “The Placebo Called Convergence,” June 9, 2010. http://…`: a writer's piece dated to the day
        # and printed without its site is a post or a story, not an undated page (a body's dated page may be its
        # data or a release; a dated PDF is a document: a package's manual, a paper)
        return CitationKind.NEWS
    if p.title and p.container and lexicon.role(p.container) is lexicon.Role.PERIODICAL:
        # `Arvind Singh, "Is Big Data the New Black Gold?," *Wired* (2013)`: a piece in a listed newspaper or
        # magazine is news, however loosely the note dates it
        return CitationKind.NEWS
    if (
        p.title and p.container and not p.url and not any(c.isdigit() for c in p.container)
        and not p.container.lower().startswith("ibid") and _IN_CONTAINER.search(body.replace(p.container, "\0", 1))
    ):  # fmt: skip
        # `Deborah Wynne, "Readers and Reading Practices," in The Oxford History of the Novel in English, 22-36`,
        # `Tooker, "Women in Iroquois Society," in Extending the Rafters, 1984`: a chapter `in` a book (an article is
        # in its journal's volume, a story in its paper of the day, a report in its numbered series)
        return CitationKind.BOOK
    if (
        p.title and p.container and not p.url and p.date_iso and len(p.date_iso) == 4
        and not any(c.isdigit() for c in p.container) and not _VERSE_LINES.search(body)
        and _CONTAINER_YEAR.search(body.replace(p.container, "\0", 1))
    ):  # fmt: skip
        # `Katrin Erk, "Vector Space Models …," Language and Linguistics Compass (2012): 635-53`, `Couldry and Yu,
        # "Deconstructing …," New Media & Society (2018)`: an article in a periodical by the year of its volume,
        # with no volume printed; a paper or a site is dated to the day or linked, a poem in a book cited by line
        return CitationKind.JOURNAL
    named_at = body.find(p.container) if p.title and p.container and not p.url else -1
    if named_at >= 0 and _VOLUME_AFTER.match(body, named_at + len(p.container or "")):
        # `Corey E. Andrews, "'Almost the same but not quite': …," Eighteenth Century: Theory and Interpretation, 47:1
        # (2006): 59-79`, `"Discourse Metaphors," Body, language and mind 2 (2008).`: a volume (and its issue) then
        # the year in brackets number a periodical's issue, however its name reads
        return CitationKind.JOURNAL
    if p.url and p.title and not (p.container and _PERIODICAL.search(p.container)) and (
        (_PDF.search(p.url) and p.container and (p.date_iso or "")[:4] == (p.date_iso or "xxxxx"))
        or (not p.container and p.authors and all(_name_like(a) for a in p.authors) and len(p.date_iso or "") == 7)
    ):
        # `“The ‘Icefog’ APT …,” Kaspersky Lab …, 2013, https://…/icefog-apt-threat.pdf`, `Lucas Graves et al,
        # “Confusion Online: …,” September 2010. http://…`: a titled document online as a PDF, or dated to its month
        # with no site named, by people, is a paper or a report (a page is dated to the day or not at all; a body's
        # page dated to its month is updated)
        return CitationKind.REPORT
    if p.url and p.title and p.authors and _PDF.search(p.url) and all(_name_like(a) for a in p.authors):
        # `Sarah Allison et al., "Quantitative Formalism: An Experiment," http://litlab.stanford.edu/…/LabPamphlet1.pdf`:
        # a titled document by people, read as a PDF, is a paper, not a page (a body's PDF may be its site's brochure)
        return CitationKind.REPORT
    if p.url:
        return CitationKind.WEB
    return CitationKind.UNKNOWN


# ----------------------------------------------------------------------------- values


_EBOOK_FORMAT = re.compile(
    r",\s*(?:Kindle(?:\s+edition)?|iBooks|Apple\s+Books|Nook(?:\s+edition)?|EPUB|e-?book|Google\s+Play\s+Books)\.?\s*$",
    re.IGNORECASE,
)


_AT_PAGES_AFTER = re.compile(r"\s+at\s+(?P<pages>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)\.?$")


_READ_AT = re.compile(r"(?<=\d)\s+\([A-Z][^()\d]{1,40}\)[.;]?\s*$")


def _pages_after(rest: str) -> str | None:
    """The pinpoint in what follows an imprint or a parenthesis: a list, a chapter, or the last page(s)."""
    if "ook" in rest or "indle" in rest or "PUB" in rest:
        rest = _EBOOK_FORMAT.sub("", rest)  # `…, 2017), chap. 2, iBooks.` (CMOS 14.56): the format read, no page
    if rest.rstrip(" .;").endswith(")"):
        rest = _READ_AT.sub("", rest)  # `…, 1891), 282, 807 (HathiTrust).`: where the book was read, no page
    m = _VOLUME_PINPOINT.match(rest) or _PINPOINT_LIST.match(rest) or _TRAILING_PAGES.search(rest)
    m = m or _AT_PAGES_AFTER.match(rest)  # `(Cambridge, Mass: Harvard University Press, 2018) at 2` (McGill Guide)
    return _clean_pages(m.group("pages")) if m else None


def _clean_pages(pages: str) -> str:
    return re.sub(r"\s*[-–—−]+\s*", "-", pages.strip().rstrip("."))


def _addthis_date(url: str | None) -> str | None:
    """AddThis share fragments (`#.Vnczn_krKM8`) start with a base64url Unix time.

    AddThis appended them when a reader copied the address bar, so the time is when
    the author copied the link: 0x5677339f = 2015-12-20 for the seed's note 11.
    """
    if not url or "#" not in url:
        return None
    m = _ADDTHIS.match(url.split("#", 1)[1])
    if not m:
        return None
    try:
        raw = base64.urlsafe_b64decode(m.group(1)[:8] + "=" * (-len(m.group(1)[:8]) % 4))
    except (ValueError, TypeError):
        return None
    if len(raw) < 4:
        return None
    when = datetime.fromtimestamp(int.from_bytes(raw[:4], "big"), tz=UTC)
    if not _ADDTHIS_EPOCH[0] <= when < _ADDTHIS_EPOCH[1]:
        return None
    return when.date().isoformat()


_APOSTROPHES = re.compile(r"[’'‘`]")
_WORD_RUN = re.compile(r"\w+")


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _drop_mark(m: re.Match[str]) -> str:
    return "" if unicodedata.combining(m.group()) else m.group()


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-free form used to compare names and titles (the same names and titles
    are folded again and again as short forms are looked up: remembered, a bounded few)."""
    if not text.isascii():  # ASCII has no accents to take off; marks are never ASCII, so only the rest is looked at
        text = _NON_ASCII.sub(_drop_mark, unicodedata.normalize("NFKD", text))
    text = _APOSTROPHES.sub("", text.lower())
    return " ".join(_WORD_RUN.findall(text))
