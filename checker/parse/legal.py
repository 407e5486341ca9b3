"""Law-review (Bluebook) citations, as law journals print them in their footnotes.

Plain text loses the small caps and italics that tell a Bluebook title from its author,
so the rules read the fixed order instead (examples from tests/parse/corpus):

- journal article: `Author, Title, 68 S.C. L. REV. 295, 301 (2016)`;
- news and web: `Author, Title, N.Y. TIMES (Sept. 3, 2020), URL`;
- book or report: `AUTHOR, [INSTITUTION,] TITLE 36 (1962)`, `…, TITLE, at 81 (2024)`;
- chapter: `Author, Title, in BOOK TITLE 21, 29 (Editor ed., 2023)`;
- unpublished: `Author, Title 4 (Oct. 25, 2023) (unpublished manuscript)`;
- cases, statutes, orders: `McKee v. Cosby, 139 S. Ct. 675, 682 (2019)`, `15 U.S.C. § 9401(3)`;
- back-references: `Wilf-Townsend, supra note 16, at 1773`, `JUSTICE NEEDS, supra note 2`,
  `See note 14 above`, `Id. at 162` (fields.py reads Id.).

`parse_legal` returns None when the text is not in this shape, and fields.py goes on
with its Chicago rules. Explanatory parentheticals and `[hereinafter …]` are not fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from checker.models import CitationKind
from checker.parse import lexicon
from checker.parse.dates import DATE, MONTH, iso_of

_PAGES = r"(?:p{1,2}\.\s*)?[\dxivlc]+(?:\s*[-–−]\s*[\dxivlc]+)?(?:,\s*\d+(?:\s*[-–−]\s*\d+)?)*"
# the surnames a `supra` short form prints before it: `Thompson`, `Ghorayshi & Ray`, `Arbel and Mungan`, `Hermalin et
# al.`
SUPRA_NAMES = r"[A-Z][\w’'\-]+(?:\s+(?:&|and)\s+[A-Z][\w’'\-]+|\s+et\s+al\.)?"
_SUPRA = re.compile(
    # `supra notes 11, 13` names two notes, `supra note 1, 381` a note and its page
    r"^(?P<who>.*?)[,\s]*\b(?:supra,?|above,?)\s+"  # (`Dan Burke, supra,  note 107`: a stray comma)
    # (`Kunreuther & Pauly, supra 5, at 4`: the word `note` left out, the number and its comma kept)
    # (`Post, supra note 41, 42, at 638`: two notes, the second before the `at` page)
    r"(?:(?:(?:note|n\.?)\s+|(?=\d{1,4},))(?P<n>\d{1,5})(?:\s*[-–—&]\s*\d{1,5}|,\s*\d{1,5}(?=,\s*at\b))?"
    r"|notes\s+(?P<notes>\d{1,5})(?:\s*[-–—,&]\s*\d{1,5})?)"
    # a section, paragraph, article or comment of the work as its pinpoint (Bluebook 3.3, 3.4): `FARNSWORTH, supra
    # note 11, § 7.13`, `supra note 4, ¶ 12`, `supra note 12, art. 5(2)`; an `at` page after it is the pinpoint
    # (or the word spelled out: `ICCPR, supra note 82, Article 17`)
    r"(?:,?\s*(?P<div>(?:§§?|¶¶?|(?:art|arts|para|paras|cmt|pt|ch)\.|(?:article|section|paragraph|rule)s?(?=\s))"
    r"\s*[\w.:]+(?:\([\w.]+\))*"
    r"(?:\s*[-–]\s*[\w.:]+(?:\([\w.]+\))*)?(?:\s+(?:cmt|illus|n)\.\s*[\w.]+)?))?"
    # (`at115`: the space after `at` lost)
    # (`Whitman, supra note 54, 1383- 1384, note 353`: the page's own footnote; `supra note 92 at 11 (finding …) at
    # 11`: the page typed again after the parenthetical)
    # (`supra note 12, at art. 9(9)`: a subdivision's number in parentheses is the pinpoint's, no parenthetical)
    rf"(?:\s*(?:,\s*)?(?:at(?:\s+|(?=\d))(?P<at>[^()]+?(?:(?<=\d)\(\w{{1,4}}\))*)"
    rf"|(?P<pages>{_PAGES})(?:,?\s*(?:nn?\.|notes?)\s*\d{{1,4}})?))?"
    r"(?:\s*\(.*\)(?:\s+at\s+\d{1,5}(?:\s*[-–]\s*\d{1,5})?)?)?"
    # `See Lemley, supra note 16 and [the] accompanying text.`, `Robbennolt, supra note 16, at 492 and the sources cited
    # there`
    r"(?:\s+and\s+(?:the\s+)?(?:accompanying\s+text|(?:sources|authorities|cases)\s+cited\s+there(?:in)?))?\s*\.?$",
    re.IGNORECASE,
)
_SEE_NOTE = re.compile(
    r"^(?:see\s+)?(?:(?P<who>[^,]{1,80}),\s*)?(?:note|n\.)\s+(?P<n>\d{1,5})\s*(?:above|supra)"
    r"(?:,?\s*(?:at\s+|p{1,2}\.\s*)?(?P<pages>\d+(?:\s*[-–−]\s*\d+)?))?\s*\.?$",
    re.IGNORECASE,
)
# `Tokson & Arbel, AI X-Risk, note 108.`: a short form by names and short title pointing to its note, `supra` left
# out (a page's footnote, `…, 12, note 5`, follows a number, not a title)
_NOTE_WITHOUT_SUPRA = re.compile(
    r"^(?:(?i:see)\s+(?:also\s+)?(?:e\.g\.,?\s+)?)?(?P<who>[A-Z][^()]{1,120}?[A-Za-z.’'\]]),\s+note\s+(?P<n>\d{1,4})"
    r"(?:,\s*at\s+(?P<pages>\d+(?:\s*[-–−]\s*\d+)?))?\s*\.?$"
)
# `See sources cited supra note 5`, `See supra sources cited note 5`, `the authorities cited in note 12`: every
# source of that note again
_SOURCES_CITED = re.compile(
    r"^(?:see\s+(?:also\s+|generally\s+)?)?(?:supra\s+)?(?:the\s+)?(?:sources|authorities|works|cases|studies)\s+cited\s+"
    r"(?:supra\s+|above\s+)?(?:in\s+)?(?:note|n\.)\s+(?P<n>\d{1,5})$",
    re.IGNORECASE,
)
# `Kennedy (note 1), 45`, `Kennedy (n 1) 45` (OSCOLA, AGLC 4), `Kennedy (above n 1) 45`: the note named in brackets
_NOTE_PAREN = re.compile(
    r"^(?P<who>[^()]{1,80}?)\s*\((?:see\s+)?(?:above\s+|supra\s+)?(?:note|n\.?)\s+(?P<n>\d{1,5})(?:\s+above)?\)"
    rf"(?:\s*,?\s*(?:at\s+|pp?\.\s*)?(?P<pages>{_PAGES}))?\s*\.?$",
    re.IGNORECASE,
)
_HEREINAFTER = re.compile(
    # (`…, 39 PEPP. L. REV. 279 (2012) [Schmitz, Access to Consumer Remedies].`: the short name without its word;
    # `[hereinafter FTC DEBT INDUSTRY REPORT) (reporting …)`: the bracket closed by a parenthesis in the text layer)
    r"\s*\[hereinafter(?:[^\]]*\]|[^\][()]*\))|(?<=\))\s*\[(?!https?:)[A-Z][^\[\]:/]{2,80}\](?=\s*\.?$)", re.IGNORECASE
)
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
# `at *1`: a star page, where an online or database text has no printed pages
# (`2452 54 (2018)`, `800 01(2006)`, `1, 7 8 (2000)`: a range whose dash the PDF's text lost, kept as printed, only
# where the date parenthetical or the end follows; a one-digit end only after a one-digit page, so `YEARS 18, 19,
# AND 20 1 (2019)` is a title's number and its page)
# (`491 n.16`, `491 nn.16–19`: the page's footnote, or a run of them; `4 tbl.1`: a table on the page)
# (`T-12`: a page of an appendix numbered by its letter)
_PIN = (
    r"(?:\*?\d{1,6}|[xivlc]{1,8}|[A-Z]-\d{1,4})(?:\s*[-–−―‒]\s*\d{1,5}|(?:\s\d{2,3}|(?<=(?<!\d)\d)\s\d)(?=\s*\(|$))?"
    r"(?:\s*nn?\.\s*\d+(?:\s*[-–−]\s*\d+)?)?(?:\s(?:tbl|fig)\.\s?\d{1,3})?"
)
# `819, 840, n. 133`: a footnote pinpoint after a comma; `11, Table 3`: a table after the page
_PINS = rf"{_PIN}(?:\s*,\s*(?:{_PIN}|n\.\s*\d+|(?:Table|Figure|Fig\.)\s+\d{{1,3}}))*"
# `, 68 S.C. L. REV. 295, 301` / `, 75 STAN. L. REV. ONLINE 146, 153` / `, 88 Fed. Reg. 75191` / `, 6 Calif. L.
# Rev. Circuit 45, at 45` (the pinpoint's `at` printed after the first page too); `44(3) SOCIAL PSYCHOLOGY QUARTERLY
# 271` (an issue after the volume); `5 YALE J. HEAL. POL’Y, L. ETHICS 357` (a comma inside the journal's name)
COMMA_IN_JOURNAL = r",\s(?=[A-Z]{1,6}\.\s|(?:AND\s)?[A-Z]{3,}[\s,])"
_JOURNAL = re.compile(
    # (`Can AI Language Models Replace Human Participants? 28 TRENDS COGN. SCI. 597`: a title ending in a question
    # mark needs no comma; `121 PROC. NAT'L ACAD. SCI. e2317967121`: an online journal's article number for a page)
    # (`25(1-2) INTERNET REF.SERVS. Q. 9`, `9(2)PSYCH.POPULAR MEDIA 224`: an issue or a double issue after the
    # volume, the space after it sometimes lost)
    # (`31 NO. 7 INT’L ENF’T L. REP. 279`: Westlaw's issue number between the volume and the name)
    # (`…the Crusading Majority,69 DEPAUL L. REV. 233`: the space after the title's comma lost)
    rf"(?:^|,[”\"]?\s+|(?<=[?!])\s+|(?<=[^\W\d_]),(?=[1-9]))(?P<vol>\d{{1,4}}(?:\(\d{{1,2}}(?:[-–]\d{{1,2}})?\))?)(?:\s+|(?<=\))(?=[A-Z]{{2}}))"
    r"(?:NO\.\s\d{1,3}\s+(?=[A-Z]))?"
    rf"(?P<journal>[A-Z](?:[\w.&’'/:\-– ]|{COMMA_IN_JOURNAL})*?(?:[^\W\d_]|[.)]))\s+"
    # (`50 J. LEGAL STUD. S219, S227`: a supplement's pages, lettered)
    rf"(?P<pages>(?:\d{{1,6}}(?:\s*[-–]\s*\d{{1,5}}(?=\s*$))?|e\d{{4,12}}|_{{2,}}|S\d{{1,5}}(?:,\s*S\d{{1,5}})?)"
    rf"(?:\s*,\s*(?:at\s+|pp?\.\s*)?{_PINS})?)$"
)
# a journal's name as Bluebook's T13 abbreviates it, by its last word: `AM. SOCIO. REV.`, `J. LEGAL STUD.`
# (`U. CHI. LEGAL F.`: a forum)
_JOURNAL_ABBREVIATION = re.compile(
    r"\b(?:REV|J|Q|L\.\s?REV|STUDS?|ECON|RSCH|EDUC|SCI|PSYCHOL|LEGAL\s+F|(?i:rev|j))\.$"
)
# `EC ‘06 PROC. 7TH ACM CONF. ELECTRONIC COM. 324`, `PROCEEDINGS OF THE ACM INT’L CONFER. ON COMPUTING FRONTIERS`: a
# conference's proceedings, which the corpus counts as a journal
_PROCEEDINGS = re.compile(r"\b(?:PROC\.|PROCEEDINGS\b|CONF(?:ER)?\.)")
# `…, codified, as amended, at 31 U.S.C. § 6101 note`, `…, codified at 2 C.F.R. pt. 170`: where the law or rule
# cited is codified, after it (the law reviews' `(codified at …)` parenthetical, set off by commas instead)
_CODIFIED_TAIL = re.compile(r",\s*codified(?:,\s*(?:as amended|in part),)?\s+(?:at|in)\s+\d.*$")
# an imprint with a place and a date only, the colon printed as a comma: `(Washington, D.C., Mar. 7, 2024)` (never
# a Bluebook date parenthetical, which holds a court or publisher, not a city and its state)
PLACE_DATE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?,\s*[A-Z]\.?\s?[A-Z]\.?),\s*"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},\s*)?\d{4})$"
)
# `(to be codified at 15 U.S.C. § 45b)`: where a law will be codified, not its name (with no year, no date either)
_CODIFIED_PAREN = re.compile(
    r"\s*\((?:to\s+be\s+)?codified(?:,?\s+as\s+amended,?)?\s+(?:at|in)\s[^()\d]*\d[^()]*\)(?<!\d{4}\))"
)  # (`(codified as amended at 21 U.S.C. §§ 321, 355)`)
# (`Pub. L. 105-34, § 604, 111 Stat. 788`, `…, section 1(b), 96 Stat. 2049`: the section before the Statutes at Large)
# (`Ch. 3915, 34 Stat. 768 (1906)`, `Act of June 30, 1906, ch. 3915, 34 Stat. 768`: a session law before 1957, named
# by its chapter)
_PUBLIC_LAW = re.compile(
    r"(?:\bPub\.\s?L\.\s?(?:No\.\s?)?\d{2,3}-\d{1,4}|(?:^|,\s)[Cc]h\.\s?\d{1,4})"
    r"(?:,\s*(?:§§?|sec\.|section)\s*[\w.]+(?:\([\w.]+\))*){0,2}\s*,?\s*$"
)
# `Eden v. Legare 1 S.C.L. 171 (1791)`: a case name and its reporter without the comma between
_CASE_NO_COMMA = re.compile(
    rf"^(?P<name>.+?\sv\.\s[^,]+?)\s+(?P<vol>\d{{1,4}})\s+(?P<journal>(?:[A-Z][A-Za-z]{{0,4}}\.\s?){{1,4}}(?:\d[a-z]{{1,2}})?)"
    rf"\s+(?P<pages>\d{{1,6}}(?:\s*,\s*{_PINS})?)$"
)
# an English (Commonwealth) report: `Carlill v. Carbolic Smoke Ball Co. [1893] Q.B. 256 (C.A.)`, `Sim v. Stretch
# [1936] 2 All E.R. 1237`, `Hadley v. Baxendale (1854) 156 Eng. Rep. 145`: the year in square brackets when it names
# the volume, in round ones when the volume is numbered, before the report (OSCOLA 2.2; Bluebook T2)
_ENGLISH_CASE = re.compile(
    r"^(?P<name>[A-Z][^()\[\];]{1,150}?\sv\.?\s[^()\[\];]{2,150}?),?\s+"
    r"(?:\[(?P<year>(?:1[5-9]|20)\d\d)\]|\((?P<year_cited>(?:1[5-9]|20)\d\d)\))\s+(?:(?P<vol>\d{1,4})\s+)?"
    r"(?P<reporter>[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,3}?)\s+(?P<page>\d{1,5})(?:\s*,\s*(?P<pin>\d{1,5}))?"
    r"(?:\s*\([^()]{1,40}\))?$"
)
# what follows a case's name that is not its name: subsequent history before the reporter (`McKee v.
# Cosby, cert denied, 139 S. Ct. 675`), a docket number and a database citation (`Bruning v. Carroll Cmty.
# Sch. Dist., No. C04-3091-MWB, 2006 WL 1234822 at *14`)
_AFTER_CASE_NAME = re.compile(
    r",\s+(?:cert\.?\s+(?:denied|granted|dismissed)|reh[’']g\s+denied|No\.\s|\d{4}\s+WL\s|\d{4}\s+U\.S\.\s+Dist\.).*$"
)
_OFFICIAL_PIN = re.compile(
    rf"(?:,\s+\d{{1,3}}(?:st|nd|rd|th)\s+Cong\.(?:,\s+\d(?:st|nd)\s+Sess\.)?\s+(?P<pages>{_PINS})"
    rf"|,\s+at\s+(?P<at>{_PINS}))\s*$"
)
# a congressional report, document or committee print by its number: `H.R. REP. NO. 101-485`, `S. Doc. No. 117-3`
_CONGRESSIONAL_PAPER = re.compile(r"\b(?:H\.R\.|S\.|H\.)\s*(?:REP|Rep|DOC|Doc|PRT|Prt)\.\s*(?:NO|No)\.\s*\d")
# Bluebook 5.2's parentheticals about a quotation, which say nothing of the source: `42 U.S.C. § 12182(a) (emphasis
# added)`
_QUOTATION_PARENTHETICAL = re.compile(
    r"\s*\((?:emphasis\s+(?:added|omitted|in\s+original)|alterations?\s+in\s+original|(?:internal\s+)?(?:quotation\s+"
    r"marks|citations?|footnotes?)(?:\s+and\s+(?:quotation\s+marks|citations?|footnotes?))?\s+omitted)\)\s*$",
    re.I,
)
# the pages printed after a date parenthetical: an article's (`(1996) pp. 139-174`) or a pinpoint (`(2024), at 1638`)
_PAGES_AFTER_DATE = re.compile(
    r"\s*(?:,?\s*pp?\.|(?P<at>,\s*at)\s)\s*(?P<pages>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)\s*[.;]?\s*"
)
_INNERMOST_PAREN = re.compile(r"\([^()]*\)")
# words in curly quotation marks (split.py sets them aside too, when it judges prose)
CURLY_QUOTATION = re.compile(r"“[^“”]*”")
_YEAR_PARENTHESIS = re.compile(r"\((?:[^()]*\s)?(?:1[6-9]|20)\d\d\)")
_EXPLAINED_AFTER = re.compile(r"(?<=[\w)])\s+\((?=[a-z])[^()]*?\s[^()]*?\s[^()]*\)$")
_FIELD = r"(?:[^,]|(?<=\d),(?=\d{3}))+"  # (`Pay $ 500,000 to Settle`: a number's comma splits no field)
_PRINTED_PERIODICAL = re.compile(
    # (`55 COMM. ACM, Oct. 2012, at 78`: a journal's volume before it, its issue by month)
    rf"(?P<before>{_FIELD}(?:,[”’]?\s+{_FIELD}){{0,5}}?),(?P<closer>[”’]?)\s+(?:(?P<vol>\d{{1,4}})\s+)?"
    r"(?P<paper>[A-Z][A-Z0-9.&’' ]*[A-Z.]),\s+"
    r"(?P<date>(?:[A-Z][a-z]{2,8}\.?(?:/[A-Z][a-z]{2,8}\.?)?\s+(?:\d{1,2},\s+)?)?(?:1[6-9]|20)\d\d),\s+at\s+(?P<pages>\d{1,3}[A-Z]|[\dA-Z][\d,\s\-–]*)$"
)  # (`at 1B`: a section's page, as `at A12` is)
_PERIODICAL_JOURNAL = re.compile(r"\b(?:REP|REV|J|Q)\.|\b(?:JOURNAL|REVIEW|QUARTERLY)\b")  # `ECON. Q.`: a quarterly
# (`o1 System Card at 16-17 (Sept. 12, 2024)`: a draft's `at` without its comma)
_TRAILING_PAGES = re.compile(rf"(?:,?\s+at|\s)\s*(?P<pages>{_PINS})$")
_TITLE_YEAR_FIRST = re.compile(r"(?:1[5-9]|20)\d\d(?=\s*,\s*(?P<next>\d+))")
_CAPS_PERIOD = re.compile(rf"(?:(?:{MONTH}|Spring|Summer|Fall|Autumn|Winter)\s+)?(?:1[5-9]|20)\d\d", re.IGNORECASE)
_SECTION_PIN = re.compile(r"\s(§.*)$")  # `HORNBOOK ON TORTS § 37.1, at 936`: a section, perhaps its page
_BEFORE_A_TITLES_YEAR = re.compile(r"\b(?:OF|IN|FOR|of|in|for)$")


def _trailing_pages(text: str, published: str | None = None) -> re.Match[str] | None:
    """The pinpoint a text ends with, where the title ends. A year is the title's, not a page, when a lower page
    follows it (`STATISTICAL ABSTRACT OF THE UNITED STATES 1986, 302 (1986)`, `FREEDOM ON THE NET 2018, 1`:
    pages a pinpoint lists run upwards, `132 Stat. 1636, 1917`), when it stands alone after a word a title
    cannot end with (`EMPLOYEE TENURE IN 2018`, `TERRORISM RISK INSURANCE ACT OF 2002`), or when it is the year
    the work was `published` or up to three before (`VISA, ANNUAL REPORT 2013 (2013)`, `AI Index Report 2024
    (May 2024)`: an annual report's year)."""
    pm = _TRAILING_PAGES.search(text)
    if pm is None:
        return None
    pages = pm.group("pages")
    if (year := _TITLE_YEAR_FIRST.match(pages)) and int(year["next"]) < int(year.group()):
        return _TRAILING_PAGES.search(text, pm.start("pages") + year.end())
    if _YEAR.fullmatch(pages) and (
        _BEFORE_A_TITLES_YEAR.search(text[: pm.start()].rstrip())
        or (published is not None and 0 <= int(published[:4]) - int(pages) <= 3)
    ):
        return None
    return pm


_IN_BOOK = re.compile(r",\s+in(?:\s+(?=[A-Z0-9])|(?=[A-Z]{3}))")  # `, in BOOK`, and `, inBOOK` as PDFs glue it
# `v.` is lower case in a case name (Bluebook 10.2); a capital `V.` is a middle initial (`Kevin V. Tu, *Perfecting
# Bitcoin*`, `A. V. Dicey`) unless the party before it is printed in capitals (`SMITH V. JONES`)
_CASE = re.compile(r"\s(?:v\.|vs\.)\s|\b[A-Z][A-Z’'\-]+,?\s(?:V|VS)\.\s|^(?i:in re|ex parte)\s")
_OFFICIAL = re.compile(
    r"§|\bU\.S\.C\.|\bC\.F\.R\.|\bFed\. Reg\.|\bStat\.|\bExec\. Order\b|\bH\.R\.|\bS\. Rep\.|"
    # (a public law by its number: `Harvard Pub. L. Working Paper No. 15-13` is a series of papers on public law)
    r"\bPub\. L\.(?=\s*(?:No\.|\d))|"
    r"\bH\.R\. Rep\.|(?<!of )\bCong\.|\b(?:Restatement|RESTATEMENT)\b|\bU\.C\.C\.|\bHearings?\s+(?i:before|on)\b"
    r"|\b\d{1,2}\s+(?:USC|CFR)\s+§*\s*\d"  # `3 USC 301`, `47 CFR 1.767`: the code cited without its dots
    # a state's code: `815 ILL. COMP. STAT. ANN. 505/2 (West 2016)`, `TEX. PENAL CODE ANN.`, `Ga. Code Ann.`
    r"|\b(?:COMP\.\s+STAT|Comp\.\s+Stat|STAT\.\s+ANN|Stat\.\s+Ann|CODE\s+ANN|Code\s+Ann)\.",
)
# a word every form `_OFFICIAL` reads holds: a text holding none (most citations) is not scanned
_OFFICIAL_WORDS = (
    "§", "U.S.C.", "C.F.R.", "Fed. Reg.", "Stat.", "Exec. Order", "H.R.", "S. Rep.", "Pub. L.", "Cong.", "Restatement",
    "RESTATEMENT", "U.C.C.", "Hearing", "USC", "CFR", "COMP.", "Comp.", "STAT.", "CODE", "Code",
)  # fmt: skip


def _official(text: str) -> bool:
    return any(word in text for word in _OFFICIAL_WORDS) and _OFFICIAL.search(text) is not None


# reporters of decisions: `U.S.`, `S. Ct.`, `F.3d`, `F. Supp. 2d`, `So. 3d`, `N.Y.2d`, `A.3d`, `S.W.3d`
REPORTER = re.compile(
    r"^(?:U\.S\.|S\. ?Ct\.|L\. ?Ed\.|F\.(?: ?Supp\.)?(?: ?\d[a-z]{1,2})?"
    r"|[A-Z][a-z]?\.(?: ?[A-Z][a-z]?\.)*(?: ?\d[a-z]{1,2})?)$"
)
_INSTITUTION = re.compile(
    r"\b(?:UNIV|CTR|INST|DEP’T|DEP'T|COMM’N|CORP|ASS’N|FOUND|BUREAU|OFFICE|COUNCIL|SCH|CENTER|INSTITUTE|UNIVERSITY|"
    r"AGENCY|BANK|GRP|GROUP|PROJECT|INITIATIVE|ORG|PRESS|SERVS)\b"
)
# a body, not people, as a book's author in small capitals
_BODY_AS_AUTHOR = re.compile(
    rf"{_INSTITUTION.pattern}|\b(?:ORGANI[SZ]ATION|COURTS|TASK\s+FORCE|COMMISSION|DEPARTMENT|MINISTRY|BOARD|"
    r"ADMINISTRATION|AUTHORITY|COMMITTEE|ASSOCIATION|NATIONS|FED\.)"
)
# (`FBI Directorate of Intelligence`: a part of a body, named in plain type)
_BODY_IN_PLAIN_TYPE = re.compile(r"\b(?:Directorate|Division)\b")
# the body an office belongs to, or an office of the body named before it (an institutional author's two parts)
_PARENT_BODY = re.compile(
    r"\b(?:DEP[’']T|DEPARTMENT|COMM[’']N|COMMISSION|MINISTRY|AGENCY)\b|^(?:OFF\.|OFFICE|DIV\.)\s+OF\b"
)
_REFERENCE_WORK = re.compile(r"\b(?:DICTIONARY|ENCYCLOP(?:A)?EDIA|Dictionary|Encyclop(?:a)?edia)\b")
_LEGISLATURE_OR_AGENCY = re.compile(
    # (`FED. TRADE COMM’N: CONSUMER INFO.`: a commission's blog, by its name, is the blog's, no release)
    r"\b(?:LEGISLATURE|SENATE|HOUSE\s+OF\s+REPRESENTATIVES|CONGRESS|FBI|WHITE\s+HOUSE|DEP[’']T\s+OF"
    r"|(?:TRADE|SEC\.\s+&\s+EXCH\.)\s+COMM[’']N(?!:))\b"
)
_RESEARCH_BODY = re.compile(
    # (and a campaigning body's: `PRIVACY INTERNATIONAL`, `CENTER ON BUDGET AND POLICY PRIORITIES`)
    r"\b(?:RES|RSCH|CTR|INST)\.|\bCOUNCIL\b|\bRESEARCH\s+CENTER\b|\bCENTER\s+(?:ON|FOR)\b|\bFOUNDATION\b"
    r"|\b(?:PRIVACY|AMNESTY)\s+INTERNATIONAL\b|\bHUMAN\s+RIGHTS\s+WATCH\b"
)
# a case's subsequent history after its date: `(D. Minn. 2014), rev’d in part, 825 F.3d 876 (8th Cir. 2016)`
_HISTORY = re.compile(
    r"(?:as\s+)?(?:rev[’']d|aff[’']d|vacated|cert\. denied|overruled|on reh[’']g|modified|abrogated|amended"
    r"|reprinted\s+in|codified\s+(?:at|in))\b",
    re.I,
)  # (`(2008), as modified (Mar. 24, 2008)`; `H.R. REP. NO. 101-485, pt. 2, at 381 (1990), as reprinted in …`)
# (`Ph.D.` is no district court, unless before `dissertation`, where a thesis is cited, not a case)
_COURT = re.compile(
    r"\bCir\.|\bCt\.|(?<!Ph\.)\bD\.|Ph\.D\.(?!\s+(?:[Dd]issertation|diss\.|[Tt]hesis))|\bApp\.|\bSuper\.|\bDist\.|"
    r"^(?:[A-Z][a-z]*\.\s?){1,3}$|\bJ\.,"
)
# (`L. R EV.`: small capitals the PDF text split; `L. Rev.` in a draft's mixed case)
_LAW_JOURNAL = re.compile(r"\b(?:L\.\s?R\s?EV|L\.\s?J|J\.\s?L)\.", re.IGNORECASE)
# news agencies, printed where an author stands (Ribot note 31, Miller notes 6 and 8, dev)
_WIRE = re.compile(
    r"(?:The\s+)?(?:Associated\s+Press|Reuters|Thomson\s+Reuters|Agence\s+France[-\s]Presse|AFP|United\s+Press\s+International|UPI)"
)
# `Address at …`, `Remarks by the President on …`, `Keynote Address at …`, `Speech to …`: a talk's occasion
_TALK = re.compile(r"(?:Keynote\s+)?(?:Address|Remarks|Speech|Lecture)\s+(?:at|by|to|before|on)\s+\S")
# (`Erica Frantz et. al.`: a stray full stop; `D ARIO A MODEI ET AL.`: in small capitals)
ET_AL = re.compile(r",?\s+et\.?\s+al\.?$", re.IGNORECASE)
# what a law review prints between a piece's author and its title to say what it is (Bluebook 16.7.1):
# `Patrick J. Lorio, Note, Access Denied: …`, `Danielle Keats Citron, Essay, Law’s Expressive Value …`
_DESIGNATION = re.compile(
    r"(?:Student\s+)?(?:Note|Comment|Essay|Recent\s+(?:Case|Development|Decision|Legislation)|Case\s+(?:Note|Comment)"
    r"|Book\s+(?:Note|Review)|Review\s+Essay|Foreword|Afterword|Response|Reply|Commentary|Lecture|Symposium)",
    re.IGNORECASE,
)
# (`tenBroek`, `deGategno`: a particle written into the surname)
_NAME_TOKEN = re.compile(
    # (`E´ric`, `Benoıˆt`: an accent a PDF's text layer set apart from its letter)
    r"^(?:[A-ZÀ-Þ][\w’'\-‐‑.´¨˜¸]*|(?:[A-Z]\.)+|de|van|von|der|den|del|du|dos|ter|ten|da|di|la|le|Jr\.?|III|II"
    r"|[a-z]{2,3}[A-Z][a-z]+)$"
)
# preprint servers and paper series: what they hold is a report, however the date is printed
_PREPRINT = re.compile(r"^(?:ARXIV|SSRN|BIORXIV|MEDRXIV|RESEARCHGATE)\b|WORKING PAPER|DISCUSSION PAPER", re.IGNORECASE)
_NOT_NAME = frozenset(
    {
        "the", "of", "for", "and", "in", "on", "at", "to", "a", "an", "ai", "inst.", "univ.", "ctr.", "corp.",
        "ass’n", "int’l", "nat’l", "rsch.", "rev.", "dep’t", "comm’n", "report", "law", "legal", "review",
        "journal", "press", "institute", "center", "council", "office", "agency", "court",
    }
)  # fmt: skip


@dataclass(frozen=True)
class LegalFields:
    kind: CitationKind
    authors: tuple[str, ...] = ()
    title: str | None = None
    container: str | None = None
    publisher: str | None = None
    date: str | None = None
    date_iso: str | None = None
    pages: str | None = None
    volume: str | None = None


@dataclass(frozen=True)
class Supra:
    """`Who, supra note N, at P`: a back-reference naming the note it points to."""

    note: int
    who: str  # the short author or title, possibly empty
    pages: str | None
    every: bool = False  # `See sources cited supra note 5`: each source note 5 cites


def _names_a_note(folded: str) -> bool:
    return "(n " in folded or "(n. " in folded or "(note " in folded


def find_supra(body: str) -> Supra | None:
    s = body.strip().rstrip(".")
    folded = s.casefold()
    if ", note " in folded and "supra" not in folded and (bare := _NOTE_WITHOUT_SUPRA.match(s)):
        pin = bare.group("pages")
        return Supra(int(bare.group("n")), bare.group("who").strip(), _clean(pin) if pin else None)
    if "supra" not in folded and "above" not in folded and ("(n" not in folded or not _names_a_note(folded)):
        return None  # every form needs one of these; most citations have none, so skip the scans
    if "cited" in folded and (every := _SOURCES_CITED.match(s)):
        return Supra(int(every.group("n")), "", None, every=True)
    m = _SUPRA.match(s) or _SEE_NOTE.match(s) or _NOTE_PAREN.match(s)
    if m is None:
        return None
    who = (m.group("who") or "").strip().strip(",").strip()
    if not who and re.search(r"accompanying\s+text\.?$", s, re.IGNORECASE):
        return None  # `See supra note 19 and accompanying text.`: the article's own text, not a source
    pages = m.groupdict().get("at") or m.group("pages") or m.groupdict().get("div")
    if pages and (prose := _PROSE_AFTER_PIN.search(pages)):
        # `Fiss, supra note 35, at 1078–82, for a criticism of settlements …`: what the pages are cited for
        pages = pages[: prose.start()] or None
    return Supra(int(m.group("n") or m.groupdict()["notes"]), who, _clean(pages) if pages else None)


_PROSE_AFTER_PIN = re.compile(r"(?:,\s*|\s+)(?!and\s+nn?\.)[a-z]{2,}\s+[a-z]+\b.*$")  # (`at 375 and n. 43`: a pin)


_YEAR_SPAN = re.compile(r"(?:1[5-9]|20)\d\d\s*[–-]{1,2}\s*(?:(?:1[5-9]|20)\d\d|\d\d)")
_CHICAGO_IMPRINT = re.compile(
    r"\([A-Z][^():]{1,60}:\s*[^():]{2,120},\s*(?:[A-Z][a-z]+\.?\s+(?:\d{1,2},\s+)?)?(?:1[5-9]|20)\d\d\)"
)


_MATTER_ORDER = re.compile(
    r"(?P<name>In\s+(?:the\s+Matter\s+of|re)\s+[^,]+(?:,\s+(?:Inc|LLC|Corp|Ltd|L\.P)\.?(?:\s+and\s+[^,]+)?)?),\s+"
    r"(?:[A-Z]+\s+)?Orders?\s+(?:Instituting|of|Granting|Denying|Making|Approving)\b"
)
# a document filed in a case, at its page, then the case: `Complaint at 14, Unsworth v. Musk` (Bluebook 10.8.3)
FILED_IN_CASE = re.compile(
    rf"(?P<doc>[A-Z][^,]{{2,150}}?)\s+at\s+\*?(?P<pin>{_PINS}),\s+"
    r"(?P<case>[^,]{2,120}?\sv\.\s[^,]{2,120}?(?:,\s+(?:Inc|LLC|Corp|Ltd|Co)\.?)?)"
)
_DOCUMENT_IN_MATTER = re.compile(
    r"(?P<doc>[A-Z][^,]{2,150}?),\s+(?P<case>In\s+re\s+[^,]{2,120}?(?:,\s+(?:Inc|LLC|Corp|Ltd)\.?)?),\s+"
    rf"(?:[A-Z][\w ]{{0,40}}\s)?No\.\s*[\w-]+(?:,\s+at\s+(?P<pin>{_PINS}))?"
)
_COURT_DOCUMENT = re.compile(FILED_IN_CASE.pattern + r",\s+No\.")
_PATENT = re.compile(r"(?:U\.S\.\s+)?Patent\s+No\.\s*\d[\d,]*")
_AGENCY_DOCKET = re.compile(r"[A-Z]{2,6}\s+No\.\s*[\w-]*\d[\w-]*")
_CITED_FOR = re.compile(r"(?<=\d\))\s+(?:for|on)\s+(?:the|a|an|this|that|its|how|why|what)\s+[a-z][^()]*$")


# a Commonwealth case (the McGill Guide, OSCOLA): its parties joined by `v` without a full stop, then a neutral
# citation (`R v Jordan, 2016 SCC 27 at para 5`) or a report dated by its year in brackets or parentheses
# (`Donoghue v Stevenson [1932] AC 562 (HL) 580`, `Lawson v Wellesley Hospital (1975), 9 OR (2d) 677`)
_PARTY = r"[A-Z][\w’'.&\-]*(?:\s+(?:[A-Z(][\w’'.&()\-]*|of|and|the|de|du|for|&))*?"
_COMMONWEALTH_CASE = re.compile(
    rf"(?P<name>{_PARTY}\s+v\s+{_PARTY}),?\s+(?:"
    r"(?P<neutral>(?:18|19|20)\d\d)\s+(?P<court>[A-Z][A-Za-z]{1,7}(?:\s+(?:Civ|Crim|Ch|QB|KB|Fam|Admin|Comm))?)\s+"
    r"(?P<number>\d{1,5})"
    r"|[\[(](?P<year>(?:18|19|20)\d\d)[\])],?\s+(?:(?P<volume>\d{1,3})\s+)?"
    r"(?P<report>[A-Z][A-Za-z]{0,6}(?:\s+\(\d(?:st|nd|rd|th|d)\))?)\s+(?P<page>\d{1,5}))"
    r"(?:\s+\([A-Z][A-Za-z ]{0,20}\))?"  # (`(HL)`: the court after a report, OSCOLA)
    r"(?:,?\s+(?:at\s+)?(?P<pin>(?:paras?\s+)?\d{1,5}(?:\s*[-–]\s*\d{1,5})?))?(?=,|\.?$|\s*\[)"
)


def _commonwealth_case(text: str) -> LegalFields | None:
    """A case cited as the McGill Guide and OSCOLA print it: its name, year, court or report, first page or number
    and the pinpoint (the first report only, where parallel ones follow)."""
    m = _COMMONWEALTH_CASE.match(text)
    if m is None:
        return None
    year = m.group("neutral") or m.group("year")
    first = m.group("number") or m.group("page")
    pages = f"{first} at {m.group('pin')}" if m.group("pin") else first
    where = m.group("court") or m.group("report")
    return LegalFields(CitationKind.OFFICIAL, (), m.group("name"), where, None, year, year, pages, m.group("volume"))


# OSCOLA (the UK's legal citation): an article's title in single quotes, then its year in parentheses before the
# volume (`Andrew Burrows, 'We Do This At Common Law But That Is Another Country' (2012) 128 LQR 232, 240`) or in
# brackets where the year is the volume (`Paul Craig, 'Theory, "Pure Theory" and Values in Public Law' [2005] PL 440`)
_OSCOLA_ARTICLE = re.compile(
    r"(?P<head>[A-Z][^‘'’]{2,300}?),\s+[‘'](?P<title>.{3,300}?)[’']\s+"
    r"(?:\((?P<year>(?:18|19|20)\d\d)\)\s+(?P<volume>\d{1,4})|\[(?P<bracketed>(?:18|19|20)\d\d)\](?:\s+(?P<part>\d{1,4}))?)"
    r"\s+(?P<journal>[A-Z][A-Za-z&. ]{0,50}?)\s+(?P<first>\d{1,5})(?:,\s*(?P<pin>\d{1,5}(?:\s*[-–]\s*\d{1,5})?))?\.?$"
)
# an OSCOLA book: its edition and publisher before the year, no comma between (`Richard Clayton and Hugh Tomlinson,
# The Law of Human Rights (2nd edn, OUP 2009) para 6.06`, `Timothy Endicott, Administrative Law (OUP 2009) 56`)
_OSCOLA_BOOK = re.compile(
    r"(?P<head>[A-Z][^()]{2,400}?)\s+\((?:(?P<edition>\d{1,2}(?:st|nd|rd|th)\s+edn),\s+)?"
    r"(?P<publisher>[A-Z][^():,]{1,60}?)\s+(?P<year>(?:18|19|20)\d\d)\)"
    r"(?:\s+(?P<pin>(?:paras?\s+)?\d[\d.]*(?:\s*[-–]\s*\d[\d.]*)?))?\.?$"
)


def _oscola(text: str) -> LegalFields | None:
    """An article or a book cited as OSCOLA prints them; None for any other form. A book's publisher must be one
    (a listed press or body, or `edn` printed), so Bluebook's `(2d ed. 2009)` and a Chicago imprint stay theirs."""
    if "'" in text or "‘" in text:
        m = _OSCOLA_ARTICLE.match(text)
        if m is not None:
            authors, _ = _leading_authors([*_segments(m.group("head")), m.group("title")])
            year = m.group("year") or m.group("bracketed")
            pages = f"{m.group('first')}, {m.group('pin')}" if m.group("pin") else m.group("first")
            return LegalFields(
                CitationKind.JOURNAL, authors, m.group("title"), m.group("journal"), None, year, year, pages,
                m.group("volume") or m.group("part"),
            )  # fmt: skip
    m = _OSCOLA_BOOK.match(text) if "(" in text else None
    if m is None or not (m.group("edition") or lexicon.roles(m.group("publisher"))):
        return None
    if "§" in m.group("head") or _TRAILING_PAGES.search(m.group("head")):
        return None  # `NANCY KIM, WRAP CONTRACTS … 76–87 (Oxford Univ. Press 2013)`: Bluebook pins before the imprint
    authors, title = _authors_and_title(m.group("head"))
    if not (authors and title):
        return None
    year = m.group("year")
    return LegalFields(CitationKind.BOOK, authors, title, None, m.group("publisher"), year, year, m.group("pin"))


def parse_legal(body: str, *, linked: bool = False) -> LegalFields | None:
    """Fields of a Bluebook citation (signal and URL already taken off; `linked`: it had one), or None."""
    text = _HEREINAFTER.sub("", body).strip().rstrip(".").strip()
    text = _CODIFIED_PAREN.sub("", _CODIFIED_TAIL.sub("", text))
    if " for " in text or " on " in text:
        # `…, 46 AM. J. POL. SCI. 334 (2002) for the importance of conviction rates …`: what the source is cited for,
        # told after its date in a clause of comment, is no part of it
        text = _CITED_FOR.sub("", text)
    if not text:
        return None
    if " v " in text and (commonwealth := _commonwealth_case(text)) is not None:
        return commonwealth
    if (" (" in text or "'" in text or "‘" in text) and (oscola := _oscola(text)) is not None:
        return oscola
    if "Ct. H" in text and (court := _human_rights_case(text)) is not None:
        return court
    if ("T.S." in text or "U.S.T." in text or "I.L.M." in text) and (treaty := _treaty(text)) is not None:
        return treaty
    if "N. " in text and (un_document := _un_document(text)) is not None:
        return un_document
    if text[:1].isdigit() and (treatise := _volume_treatise(text)) is not None:
        return treatise
    if "Communication" in text and (views := _COMMITTEE_VIEWS.match(text)) is not None:
        # `Human Rights Committee, Communication No. 2326/2013, N.K. v. Netherlands, views adopted July 18, 2017,
        # para. 9.3`: a UN treaty body's views on a complaint, by the body, the case and the day they were adopted
        date, date_iso, _ = _date_and_publisher(views.group("date"))
        pages = views.group("pages")
        committee, name = (views.group("body"),), views.group("name")
        return LegalFields(CitationKind.OFFICIAL, committee, name, None, None, date, date_iso, pages)
    if (" v. " in text or " v " in text) and (english := _ENGLISH_CASE.match(text)) is not None:
        year = english.group("year") or english.group("year_cited")
        pages = english.group("page") + (f", {english.group('pin')}" if english.group("pin") else "")
        return LegalFields(CitationKind.OFFICIAL, (), english.group("name"), english.group("reporter"), None, year,
                           year, pages, english.group("vol"))  # fmt: skip
    official = _official(text)
    head, inside = _cut_date_parenthetical(text)
    if head is None:
        printed = _PRINTED_PERIODICAL.match(_without_parentheticals(text)) if "at" in text else None
        if printed:
            # `Flying Machines Which Do Not Fly, N.Y. TIMES, Oct. 9, 1903, at 6` (Rule 16.6): a printed paper's
            # piece is dated by its issue, unparenthesised, and pinned by `at` its page
            date, date_iso, _ = _date_and_publisher(printed.group("date"))
            # (`When Doctors Say, “We're Sorry,” TIME`: the comma before the paper sits inside the title's last quote)
            authors, title = _authors_and_title(printed.group("before") + printed.group("closer"))
            paper = printed.group("paper")
            periodical = printed.group("vol") or _PERIODICAL_JOURNAL.search(paper)
            kind = CitationKind.JOURNAL if periodical else CitationKind.NEWS
            return LegalFields(kind, authors, title, paper, None, date, date_iso, _clean(printed.group("pages")),
                               printed.group("vol"))  # fmt: skip
        if (undated := _article_without_date(text) or _undated_chapter(text)) is not None:
            return undated
        if official and (law := _session_law(text)) is not None:
            return law  # `Drug Amendments of 1962, Pub. L. No. 87-781, § 102, 76 Stat. 780, 781`: no year printed
        # (`H.R. 3633, 119th Cong. § 302(b) (amendment in the nature of a substitute …)`: what the parenthetical
        # explains is no part of the title either, however long, when what is left names no year: `26 U.S.C. §
        # 4081(a)(2)(A) (outlining the specific tax rates imposed on various types of taxable fuels, including …)`)
        unexplained = _EXPLAINED_AFTER.sub("", _QUOTATION_PARENTHETICAL.sub("", text)) if official else text
        if official and (len(text) < 200 or (len(unexplained) < 200 and not _YEAR_PARENTHESIS.search(unexplained))):
            title, pages = _official_title(unexplained)
            return LegalFields(CitationKind.OFFICIAL, title=title, pages=pages)
        if _CHICAGO_IMPRINT.search(text):
            return None  # `… (Washington, DC: JCS, December 2020), III-12`: a Chicago imprint, read by fields.py
        return _undated_page(text)
    if inside and (re.search(r"[^\d\s]\s*:\s", inside) or PLACE_DATE.match(inside)):
        return None  # `(London: Example Press, 2010)`, `(Washington, D.C., Mar. 7, 2024)`: fields.py reads imprints
    head = head.strip().rstrip(",").strip()
    date, date_iso, publisher = _date_and_publisher(inside or "")
    if date is None:
        return None
    if publisher and (broadcast := _BROADCAST.fullmatch(publisher)):
        # `Milton Friedman’s Free to Choose: Who Protects the Consumers? (PBS television broadcast Jan. 11, 1980)`
        # (Bluebook 18.7): a programme, its network the container, like a paper's
        authors, title = _authors_and_title(head) if "," in head else ((), head)
        return LegalFields(CitationKind.NEWS, authors, title, broadcast.group("network"), None, date, date_iso)
    if (chapter := _chapter(head)) is not None:
        authors, title, container, pages = chapter
        return LegalFields(CitationKind.BOOK, authors, title, container, publisher, date, date_iso, pages)
    jm = _JOURNAL.search(head)
    if jm is None and (cm := _CASE_NO_COMMA.match(head)):
        return LegalFields(CitationKind.OFFICIAL, (), cm.group("name").strip(), cm.group("journal").strip(), None,
                           date, date_iso, _clean(cm.group("pages")), cm.group("vol"))  # fmt: skip
    if jm and jm.start() == 0 and REPORTER.search(jm.group("journal")):
        # `376 U.S. 254, 277–83 (1964)`: a case the sentence names, cited by its reporter alone
        return LegalFields(CitationKind.OFFICIAL, (), None, jm.group("journal").strip(), None, date, date_iso,
                           _clean(jm.group("pages")), jm.group("vol"))  # fmt: skip
    if jm and (law := _session_law(head, jm)) is not None:
        return replace(law, date=date, date_iso=date_iso)
    if jm and jm.start() > 0 and REPORTER.search(jm.group("journal")):
        first_report = _JOURNAL.fullmatch(head[: jm.start()].strip().rstrip(","))
        abbreviated = first_report and re.fullmatch(r"(?:[A-Z][A-Za-z]{0,6}\.\s?){1,4}(?:\d[a-z]{1,2})?",
                                                    first_report.group("journal").strip())  # fmt: skip
        if first_report is not None and abbreviated:
            # `117 N.J. Super. 276, 284 A.2d 385 (Essex County Ct. 1971)`: a case the sentence names, by its
            # reports alone, the first its own (Bluebook 10.3.1)
            return LegalFields(CitationKind.OFFICIAL, (), None, first_report.group("journal").strip(), None, date,
                               date_iso, _clean(first_report.group("pages")), first_report.group("vol"))  # fmt: skip
    if jm and jm.start() > 0:
        before = head[: jm.start()].strip().rstrip(",")
        closer = head[jm.start() + 1 : jm.start() + 2]
        opened = before.count("“") > before.count("”") if closer == "”" else before.count('"') % 2 == 1
        if closer in ("”", '"') and opened:
            before += closer  # `Breaking Barriers to "Breaking the Cycle," 13 …`: the phrase's closing quote
        container = jm.group("journal").strip()
        pages = _clean(jm.group("pages")) if not jm.group("pages").startswith("__") else None  # `594 U.S. ___`
        vol = jm.group("vol")
        first = _segments(before)[0]
        parts = _segments(before)
        party = len(parts) > 1 and re.match(r"(?:Inc|LLC|L\.L\.C|Co|Corp|Ltd|P\.A|N\.A|L\.P)\b", parts[1])
        authored = len(parts) > 1 and _name_list(first) and not _CASE.search(first) and not party
        # `Bruni v. Didion, 160 Cal. App. 4th 1272, 1293, 73 Cal. Rptr. 3d 395, 413 (2008)`: parallel reports (Bluebook
        # 10.3.1), the first the case's own (`491 U.S. 397, 406, 109 S.Ct. 2533, 2540, 105 L.Ed.2d 342`: or three)
        parallels = 3 if not authored and _CASE.search(before) else 0
        while parallels and (parallel := _JOURNAL.search(before)) and parallel.start() > 0:
            container, vol = parallel.group("journal").strip(), parallel.group("vol")
            pages = _clean(parallel.group("pages"))
            before = before[: parallel.start()].strip().rstrip(",")
            parallels -= 1
        if not authored and (_CASE.search(before) or _official(container) or _official(before)):
            name = _AFTER_CASE_NAME.sub("", before) if _CASE.search(before) else before
            return LegalFields(CitationKind.OFFICIAL, (), name, container, None, date, date_iso, pages, vol)
        authors, title = _authors_and_title(before)
        lone = _segments(before)
        surnames = lone[0].split(" & ") if len(lone) > 1 else []
        if (
            not authors and 0 < len(surnames) <= 2 and all(map(_surname, surnames)) and len(lone[1].split()) >= 3
            and (len(surnames) == 2 or (len(lone[0]) >= 4 and not _DESIGNATION.fullmatch(lone[0])))
            and lone[0] not in ("Editorial", "Introduction")
        ):  # fmt: skip
            # `Burpo, Electronic Surveillance by Leave of the Magistrate: …, 38 TENN. L. REV. 14`, `Blakey & Hancock, A
            # Proposed Electronic Surveillance Control Act, 43 NOTRE DAME LAW. 657 (1968)`: an older law review's
            # authors by surname alone, one or two
            authors, title = tuple(surnames), ", ".join(lone[1:])
        return LegalFields(CitationKind.JOURNAL, authors, title, container, None, date, date_iso, pages, vol)
    if head.startswith("In ") and (matter := _MATTER_ORDER.match(head)):
        # `In the Matter of Erik T. Voorhees, Order Instituting Cease-And-Desist Proceedings …, Admin. Pro. File No.
        # 3-15902, Release No. 9592 (June 3, 2014)` (Bluebook 14.3): an agency's adjudication by its parties' name
        pin = re.search(rf",\s+at\s+(?P<pages>{_PINS})$", head)
        pages = _clean(pin.group("pages")) if pin else None
        return LegalFields(CitationKind.OFFICIAL, title=matter.group("name"), date=date, date_iso=date_iso, pages=pages)
    filed = (_DOCUMENT_IN_MATTER.fullmatch(head.strip()) if "In re " in head else None) or (
        _COURT_DOCUMENT.match(head) if " at " in head and " v. " in head else None
    )
    if filed:
        # `Complaint at 14, Unsworth v. Musk, No. 2:18-cv-8048, 2018 WL 4403350 (C.D. Cal. Sept. 17, 2018)` (Bluebook
        # 10.8.3), `Dissenting Statement of Commissioner Rohit Chopra, In re Facebook, Inc., Commission File No.
        # 1823109, at 2 (July 24, 2019)`: a document filed in a case or an agency's matter, the case its container
        cited = filed.group("pin")
        return LegalFields(
            CitationKind.OFFICIAL, (), filed.group("doc"), filed.group("case"), None, date, date_iso,
            _clean(cited) if cited else None,
        )  # fmt: skip
    if "atent" in head and _PATENT.fullmatch(head.strip()):
        # `U.S. Patent No. 452,894 (issued May 26, 1891)` (Bluebook 14.8): the patent by its number, the day it issued
        return LegalFields(CitationKind.OFFICIAL, title=head.strip(), date=date, date_iso=date_iso)
    segs = _site_after_end_mark(_segments(head))
    if len(segs) > 2 and (series := _series_paper(segs)) is not None:
        return replace(series, date=date, date_iso=date_iso)
    if len(segs) > 1 and _YEAR_SPAN.fullmatch(segs[-1]):
        segs = [*segs[:-2], f"{segs[-2]}, {segs[-1]}"]  # `…, Judicial Authority, 1776–1860 (…)`: the title's span
    last = len(segs) - 1 - bool(segs and re.fullmatch(rf"at\s+{_PINS}", segs[-1]))
    if last > 1 and _CAPS_PERIOD.fullmatch(segs[last]) and _caps(segs[last - 1]):
        # `BD. OF GOVERNORS OF THE FED. RES. SYS., CONSUMER CREDIT, DECEMBER 2019 (Feb. 7, 2020)`, `…, STATE COURT
        # ORGANIZATION, 2011, at 8 (2013)`: the year or month a title in small capitals covers, after a comma, ends it
        segs = [*segs[: last - 1], f"{segs[last - 1]}, {segs[last]}", *segs[last + 1 :]]
    if len(segs) > 1 and not _caps(segs[-1]) and not re.match(r"at\s", segs[-1]) and "§" not in head:
        # `Michael Luca, Reviews, Reputation, and Revenue: The Case of Yelp.com 10, 12 (Working Paper …)`
        pm = _trailing_pages(head, date_iso)
        # (`G. Edward White, The Marshall Court and Cultural Change, 1815–1835 (1988)`: a span of years after a comma
        # ends a title, as Chicago prints it; a Bluebook page follows its title without one)
        spans_years = bool(pm and _years_spanned(pm.group("pages"), comma=head[: pm.start()].endswith(",")))
        if pm and pm.start() > 0 and not _JOURNAL.search(head) and not spans_years:
            cut = len(head[: pm.start()].rstrip(" ,"))
            segs = _segments(head[:cut])
            segs[-1] += head[cut:]  # put back as printed; taken off again below
    caps_book = _caps_book(segs, date, date_iso, publisher)
    if caps_book is not None:
        # (`PAM DIXON & ROBERT GELLMAN, THE SCORING OF AMERICA: … 6–10 (2014), http://…/WPF_Scoring_of_America….pdf`:
        # a work in small capitals that the note links to is a paper put out online, a report, not a printed book)
        return replace(caps_book, kind=CitationKind.REPORT) if linked else caps_book
    if official or _CASE.search(head):
        if _CASE.search(head):
            name = _AFTER_CASE_NAME.sub("", head)
            return LegalFields(CitationKind.OFFICIAL, title=name, date=date, date_iso=date_iso)
        title, pages = _official_title(head)
        return LegalFields(CitationKind.OFFICIAL, title=title, date=date, date_iso=date_iso, pages=pages)
    pages, pinned = None, False
    pm = _trailing_pages(segs[-1], date_iso) if segs else None
    if len(segs) > 1 and re.fullmatch(rf"at\s+{_PINS}", segs[-1]):
        pages = _clean(segs.pop()[3:])  # `TITLE, at 81 (2024)`
    elif (
        pm and pm.start() > 0 and not _years_spanned(pm.group("pages"), comma=segs[-1][: pm.start()].endswith(","))
        and not segs[-1][: pm.start()].endswith("No.")  # `CFTC No. 15-29`: a docket's number, no page
    ):  # fmt: skip
        pages = _clean(pm.group("pages"))
        segs[-1] = segs[-1][: pm.start()].strip().rstrip(",")
        pinned = True
    if not segs:
        return None
    full_date = bool(date_iso and len(date_iso) >= 7)
    if re.match(r"(?:Letter|Memorandum)\s+from\s+[A-Z]", head) and re.search(r"\sto\s+[A-Z]", head):
        # `Letter from Donald S. Clark, Sec’y, Fin. Trade Comm’n, to Richard Cordray, Dir., Consumer Fin. Prot. Bureau
        # (Feb. 21, 2014)` (Bluebook 17.1.3): the letter by its description, official, no container
        return LegalFields(CitationKind.OFFICIAL, (), head.strip().rstrip(","), None, None, date, date_iso)
    if len(segs) >= 3 and re.fullmatch(r"(?:Press Release|Letter|Memorandum|Statement)", segs[0], re.IGNORECASE):
        # `Press Release, Consumer Fin. Prot. Bureau, Title (July 8, 2015)`: the issuer is the author;
        # a press release has no pinpoint, so a number ending it belongs to its title (`… Again in 2014`)
        title = ", ".join(segs[2:]) + (f" {pages}" if pages else "")
        return LegalFields(CitationKind.OFFICIAL, (segs[1],), title, None, None, date, date_iso)
    if len(segs) >= 2 and full_date and (docket := _AGENCY_DOCKET.fullmatch(segs[-1])) is not None:
        # `New Century Fin. Servs., Inc., CFPB No. 2016-CFPB-0010 (Apr. 25, 2016)`: an agency's adjudication, by its
        # party (a company's `Inc.` and all) and docket number
        return LegalFields(CitationKind.OFFICIAL, (), ", ".join(segs[:-1]), docket.group(0), None, date, date_iso)
    if len(segs) >= 3 and _WIRE.fullmatch(segs[0]):
        # `Reuters, Dispute over Coca-Cola’s Secret Formula, N.Y. TIMES (May 3, 1993)`: the agency wrote it
        authors, segs = (segs[0],), segs[1:]
    else:
        authors, segs = _leading_authors(segs) if len(segs) > 1 else ((), segs)
    if len(segs) > 1 and re.match(r"(?:and|or)\s", segs[-1]):
        # `Deeptrace Labs, The State of Deepfakes: Landscape, Threats, and Impact 6 (September 2019)`: a list closed
        # by `and` ends the title, no container after it
        segs = [", ".join(segs)]
    elif not authors and len(segs) > 2 and re.match(r"(?:AND|OR)\s", segs[-1]) and _caps(segs[0]):
        # (`NAT’L NETWORK TO END DOMESTIC VIOLENCE, VAWA … FOR FISCAL YEARS 18, 19, AND 20 1 (2019)`: in small
        # capitals, after the body that wrote it)
        segs = [segs[0], ", ".join(segs[1:])]
    talk = next((k for k, x in enumerate(segs) if _TALK.match(x)), None)
    if talk is not None and (authors or talk):
        # `Eric H. Holder, Jr., U.S. Att’y Gen., U.S. Dep’t of Just., Address at the … Rollout (Feb. 20, 2013)`:
        # a speech, named by its occasion, after the speaker and his offices
        who = authors or (segs[0],)
        where = ", ".join(segs[talk + 1 :]) or None
        return LegalFields(CitationKind.REMARKS, who, segs[talk], where, None, date, date_iso, pages)
    if len(authors) == 1 and len(segs) == 1 and _caps(segs[0]) and full_date and not _caps(authors[0]):
        # `Sexting Exposes Louisa Teens, THE CENT. VIRGINIAN (April 2, 2014)`: a dated piece always has a
        # title, so a capitalised headline before the paper's name is the title, not an author
        return LegalFields(CitationKind.NEWS, (), authors[0], segs[0], None, date, date_iso, pages)
    named = len(segs) == 2 and segs[0][:1].isupper() and len(segs[1].split()) >= 2
    titled = pinned or bool(_YEAR.fullmatch(segs[-1].rsplit(" ", 1)[-1]))
    if titled and named and not authors and not _caps(segs[-1]) and not _caps(segs[0]):
        # `OpenAI, GPT-4 Technical Report 1 (Mar. 27, 2023) (unpublished manuscript)`: a page after the last part
        # pins a work's title (Rule 15.1), its author before it, in the mixed case of a draft without small
        # capitals; a site or paper after a title is pinned by no page, nor does its name end in a year (`Stanford
        # Institute for Human-Centered Artificial Intelligence (HAI), AI Index Report 2024 (May 2024)`)
        return LegalFields(CitationKind.REPORT, (segs[0],), segs[1], None, publisher, date, date_iso, pages)
    if len(segs) >= 2 and not _caps(segs[-1]) and "unpublished manuscript" in text.lower():
        # `Georgios Zervas et al., A First Look at Online Reputation on Airbnb, Where Every Stay is Above Average 10
        # (Jan. 28, 2015) (unpublished manuscript)`: a paper that no periodical printed has a title and nothing after it
        return LegalFields(CitationKind.REPORT, authors, ", ".join(segs), None, publisher, date, date_iso, pages)
    if len(segs) == 2 and pinned and not authors and _caps(segs[1]) and not _caps(segs[0]) and (
        _BODY_AS_AUTHOR.search(segs[0].upper()) or _BODY_IN_PLAIN_TYPE.search(segs[0])
    ):
        # `FBI Directorate of Intelligence, BITCOIN VIRTUAL CURRENCY: UNIQUE FEATURES … 1 (2012)`: a body named in
        # plain type, then its report's title in small capitals and the page (Bluebook 15.1), not a title and its site
        return LegalFields(CitationKind.REPORT, (segs[0],), segs[1], None, publisher, date, date_iso, pages)
    forthcoming = "orthcoming" in text
    if forthcoming and segs:
        # `Antitrust Error Costs, __ PENN. J. BUS. L. __ (forthcoming, 2022)`: blanks where the volume and page go
        segs[-1] = re.sub(r"^_+\s+|\s+_+$", "", segs[-1])
    if len(segs) >= 2 and not _caps(segs[0]) and (full_date or _caps(segs[-1]) or _LAW_JOURNAL.search(segs[-1])):
        # `Title, CONTAINER (Sept. 3, 2020)`: news, a site, a blog; `Title, NCSC (2022)`: a body's report; `Title,
        # Ohio S. Tech. L. J. (forthcoming 2020)`, `Title, Fla. L. Rev. (2017)`: a law review's name in plain type,
        # the article's pages not given
        title, where = ", ".join(segs[:-1]), segs[-1]
        if not authors and re.search(r"\(@\w+\)$", title):
            authors, title = (title,), None  # `Hasan Syed (@HVSVN), TWITTER (Sept. 3, 2013)`: the author
        if _LAW_JOURNAL.search(where) or (forthcoming and _PERIODICAL_JOURNAL.search(where)):
            # `Title, VAND. L. REV. (forthcoming 2020)`, `Title, J. LEG. STUD. (Forthcoming, 2022)`: an article not
            # yet paginated
            journal = re.sub(r"^\d+\s+", "", where)
            return LegalFields(CitationKind.JOURNAL, authors, title, journal, None, date, date_iso, pages)
        if _PREPRINT.search(where):
            return LegalFields(CitationKind.REPORT, authors, title, where, None, date, date_iso, pages)
        if not full_date and _REFERENCE_WORK.search(where):
            # `Contract, BLACK’S LAW DICTIONARY (11th ed. 2019)` (Bluebook 15.8): an entry in a dictionary or an
            # encyclopaedia, the book its container
            return LegalFields(CitationKind.BOOK, authors, title, where, None, date, date_iso, pages)
        if full_date and len(date_iso or "") == 7 and _INSTITUTION.search(where):
            # `Title, CTR. FOR FIN. SERVS. INNOVATION, 12 (Aug. 2012)`: an institution's report, by month
            return LegalFields(CitationKind.REPORT, authors, title, None, where, date, date_iso, pages)
        if full_date and _RESEARCH_BODY.search(where) and not re.search(r"\bUNIV", where):
            # `Title, PEW RES. CTR. (Sept. 27, 2018)`, `COUNCIL ON FOREIGN RELS. (Jan. 30, 2018)`, `URB. INST. (July
            # 30, 2014)`: what a research centre puts out, even dated by the day, is its report (Rule 15.1's
            # institutional author as publisher), not a periodical's item
            return LegalFields(CitationKind.REPORT, authors, title, None, where, date, date_iso, pages)
        if full_date and _LEGISLATURE_OR_AGENCY.search(where):
            # `Bill: HB 2789, TEX. LEGISLATURE ONLINE (Jun. 10, 2019)`, `Senate Committee on State Affairs (Part I),
            # TEX. SENATE (May 9, 2019)`, `Report Shows …, FBI (Apr. 22, 2019)`: a legislature's or an agency's own
            # page of the day is an official document
            return LegalFields(CitationKind.OFFICIAL, authors, title, where, None, date, date_iso, pages)
        if full_date or lexicon.role(where) is lexicon.Role.PERIODICAL:
            # (`Emilie Tavel, Companies Request Talk …, CHRISTIAN SCI. MONITOR (1908)`: a listed paper, dated by its
            # year only, is still a paper's story, not a body's report)
            return LegalFields(CitationKind.NEWS, authors, title, where, None, date, date_iso, pages)
        if pages and (_JOURNAL_ABBREVIATION.search(where) or _PROCEEDINGS.search(where)):
            # `…, Status Characteristics and Social Interaction, AM. SOCIO. REV. 241, 243 (1972)`: a journal by its
            # abbreviated name (Bluebook T13), its volume left out, and the pages
            return LegalFields(CitationKind.JOURNAL, authors, title, where, None, date, date_iso, pages)
        return LegalFields(CitationKind.REPORT, authors, title, None, where, date, date_iso, pages)
    corporate = False
    if not authors and len(segs) >= 2 and _caps(segs[0]):
        first = segs.pop(0)  # an institution as author: `LEGAL SERVS. CORP., TITLE 11 (2023)`
        if len(segs) >= 3 and segs[1].startswith("& ") and len(f"{segs[0]} {segs[1]}".split()) <= 4:
            # `THE NAT’L. ACADS. OF SCIS., ENG’G., & MED., SECURING THE VOTE …`: a name listing its fields
            first = ", ".join([first, segs.pop(0), segs.pop(0)])
        if len(segs) >= 2 and _caps(segs[0]) and _PARENT_BODY.search(segs[0]) and len(segs[0].split()) <= 8:
            # `BUREAU OF JUSTICE STATISTICS, DEPARTMENT OF JUSTICE, ARREST IN THE UNITED STATES …`, `U.S. DEP’T OF
            # JUST., OFF. OF SPECIAL COUNS., REPORT ON …` (Bluebook 15.1.3): an office and the body it is part of,
            # the smaller first, are one author
            first = f"{first}, {segs.pop(0)}"
        authors = (ET_AL.sub("", first),)  # `D ARIO A MODEI ET AL.` (small capitals split): people, not a body
        corporate = authors[0] == first
    if not _caps(segs[-1]) and not any(_INSTITUTION.search(x) for x in segs[:-1]):
        # a mixed-case title with commas of its own, no container: an unpublished paper or report; a person's title
        # with no page and only its year (`G. Edward White, The Marshall Court and Cultural Change, 1815–1835
        # (1988)`) is a book by Chicago's short imprint
        # (`Robert B. Holtman, The Napoleonic Revolution (Louisiana State, 1981)`: with its publisher, too, unless a
        # research body or an office issued it)
        published = (not pages and not publisher) or bool(publisher and not _ISSUING_BODY.search(publisher))
        a_book = bool(
            published and not linked and len(date_iso or "") == 4 and not _UNPUBLISHED.search(text)
            and authors and all(map(_person, authors))
        )  # fmt: skip
        kind = CitationKind.BOOK if a_book else CitationKind.REPORT
        if len(segs) > 1 and _MANUSCRIPT_MARK.fullmatch(segs[-1]):
            segs.pop()  # `Sorry is Never Enough: …, manuscript (2016)`: what the paper is, not its title
        return LegalFields(kind, authors, ", ".join(segs), None, publisher, date, date_iso, pages)
    subtitled = next((k for k, x in enumerate(segs[:-1]) if ": " in x and _caps(x)), None)
    if subtitled is not None and all(map(_caps, segs[subtitled:])):
        # `FTC, THE “SHARING” ECONOMY: ISSUES FACING PLATFORMS, PARTICIPANTS & REGULATORS 32 (2016)`: a title in small
        # capitals with a subtitle runs on past the commas in it
        segs = [*segs[:subtitled], ", ".join(segs[subtitled:])]
    title = segs[-1]
    middle = ", ".join(segs[:-1]) or None
    # (`CONSUMER FIN. PROT. BUREAU, THE CONSUMER CREDIT CARD MARKET 46 (2017)`: a body's title is its report)
    report = corporate or middle or publisher or not _caps(title) or any(map(_BODY_AS_AUTHOR.search, authors))
    if publisher and not (corporate or middle) and authors and all(map(_person, authors)):
        # `Theodore Plucknett, A Concise History of the Common Law, 5th ed. (Liberty Fund, 2010)`: a person's title and
        # Chicago's imprint of publisher and year is a book, unless a research body or government office issued it
        report = bool(_ISSUING_BODY.search(publisher))
    kind = CitationKind.REPORT if report else CitationKind.BOOK
    return LegalFields(kind, authors, title, None, publisher or middle, date, date_iso, pages)


# `NBER Working Paper 19783`, `IMF Working Paper No. 24/065`: a numbered paper in a research body's series
_NUMBERED_SERIES = re.compile(
    r"(?:[A-Z][\w.&’']*\s+){1,6}(?:Working|Discussion|Research|Policy)\s+Paper(?:\s+Series)?\s+(?:No\.\s*)?"
    r"[A-Z]{0,4}[-\s]?\d[\w./-]*"
)


def _series_paper(segs: list[str]) -> LegalFields | None:
    """`Brian Baug et al., Disentangling Financial Constraints, …, NBER Working Paper 19783, 2 (2014)`: a paper in a
    numbered series after its title (and its pinpoint after that) is a report, the series and number its publisher,
    as a Bluebook parenthetical would give them."""
    at = len(segs) - 1 - bool(re.fullmatch(rf"(?:at\s+)?{_PINS}", segs[-1]))
    if at < 2 or not _NUMBERED_SERIES.fullmatch(segs[at]):
        return None
    authors, rest = _leading_authors(segs[:at])
    if not authors or not rest:
        return None
    pages = _clean(re.sub(r"^at\s+", "", segs[-1])) if at < len(segs) - 1 else None
    return LegalFields(CitationKind.REPORT, authors, ", ".join(rest), None, segs[at], pages=pages)


def _years_spanned(pages: str, *, comma: bool) -> bool:
    """`1815–1835`: the span of years a title ends with, after a comma (Chicago), or without one when both ends are
    years in order, less than five centuries apart (`The Common Law and English Jurisprudence 1760–1850`)."""
    if not _YEAR_SPAN.fullmatch(pages):
        return False
    if comma:
        return True
    ends = re.findall(r"\d+", pages)
    return len(ends) == 2 and len(ends[1]) == 4 and 0 < int(ends[1]) - int(ends[0]) < 500


def _person(name: str) -> bool:
    """`G. Edward White`, `Oliver L. Barbour`: given names or initials and a surname in mixed case, no institution's
    words (`RISK BASED SEC., INC.` is a company in a law review's small capitals)."""
    words = name.split()
    return (
        2 <= len(words) <= 5 and all(w[:1].isupper() for w in words) and not _caps(name)
        and not _INSTITUTION.search(name) and not re.search(r"\b(?:Inc|Corp|Ltd|LLC|Co)\b", name, re.IGNORECASE)
    )  # fmt: skip


_ISSUING_BODY = re.compile(
    r"\b(?:Center|Centre|Institute|Endowment|Foundation|RAND|Council|Office|Department|Dep[’']t|Agency|Commission|"
    r"Comm[’']n|Bureau|Service|Working\s+Papers?|Reports?|Ctr|Inst|Found|Series|No\.\s*\d+)\b\.?"
)
# `(working paper, on file)`, `(unpublished manuscript)`: a paper, not a book
_MANUSCRIPT_MARK = re.compile(r"(?:unpublished\s+)?(?:manuscript|draft)", re.IGNORECASE)
_BROADCAST = re.compile(
    r"(?P<network>.+?)\s+(?:television|radio|TV|podcast)\s+(?:broadcast|episode)", re.IGNORECASE
)
_UNPUBLISHED = re.compile(r"\b(?:working\s+paper|manuscript|on\s+file|draft|forthcoming|preprint)\b", re.IGNORECASE)


def printed_periodical(text: str) -> bool:
    """`Daniel Eisenberg, When Doctors Say, “We're Sorry,” TIME, Aug. 15, 2007, at 50 (observing …)`: a piece of a
    printed paper in Bluebook's form (Rule 16.6), whatever its title quotes."""
    # (every such piece is pinned by `at` its page: most quoted titles are not, and skip the scans)
    return "at" in text and bool(_PRINTED_PERIODICAL.match(_without_parentheticals(text.strip().rstrip("."))))


# the European Court of Human Rights as Bluebook's rule 21 cites it: `Uzan v. Germany, (Judgment), App. No. 35623/05,
# Eur. Ct. H.R. para. 12-13 (2010)`, `Malone v. United Kingdom, …, 82 Eur. Ct. H.R. (ser. A), para. 84 (1984)`
_HUMAN_RIGHTS_CASE = re.compile(r"(?P<name>[^,()]+?\sv\.\s[^,()]+?),\s+(?P<rest>.+)")
_HUMAN_RIGHTS_COURT = re.compile(r"(?:\b\d{1,3}\s+)?(?P<court>Eur?\.\s?Ct\.\s?H\.\s?R\.(?:\s+\(ser\.\s+[A-Z]\))?)")
_PARAGRAPHS = re.compile(r"\bparas?\.\s*\d(?:[\d.\s,–-]*\d)?")  # `para. 84`, `paras. 20, 33`, `paras. 9.3-9.11`
_DATED = re.compile(r"\((?P<date>[^()]*\d{4})\)")


_COMMITTEE_VIEWS = re.compile(
    r"(?P<body>[A-Z][\w ]{2,60}?Committee),\s+Communication\s+(?:No\.\s*)?\d+/\d+,\s+(?P<name>[^,]+?\sv\.\s[^,]+),"
    rf"\s+(?:\(\w+\),\s+)?views\s+adopted\s+(?P<date>[^,()]+(?:,\s+\d{{4}})?)(?:,\s+(?P<pages>{_PARAGRAPHS.pattern}))?"
)


# A treaty (Bluebook 21.4): its name, the article cited, the day it was signed and where a treaty series prints it:
# `Geneva Convention for the Amelioration of the Condition of Wounded and Sick in Armed Forces in the Field art. 19,
# Aug. 12, 1949, 75 U.N.T.S. 31`, `Convention Against Torture and Other Cruel, Inhuman or Degrading Treatment or
# Punishment, 1465 U.N.T.S. 85 (Dec. 10, 1984)` (its day after the series, as some journals print it)
_TREATY_SERIES = (
    r"(?P<vol>\d{1,5})\s+(?P<series>U\.N\.T\.S\.|L\.N\.T\.S\.|U\.S\.T\.|T\.I\.A\.S\.|I\.L\.M\.)\s+(?P<page>\d{1,6})"
)
# numbered parts of a document, one or a list: `19`, `10.2`, `13(c)`, `6.5-6.12`, `22, 23 & 25`
_NUMBERED_PARTS = r"\d[\w().]*(?:\s*(?:[-–,]|&|and)\s*\d[\w().]*)*"
_TREATY = re.compile(
    rf"(?P<title>[A-Z][^;]{{8,300}}?)(?:,?\s+(?P<article>arts?\.\s*{_NUMBERED_PARTS}))?,\s+"
    rf"(?:(?:(?:opened\s+for\s+signature|adopted|done|signed)\s+)?(?P<date>{DATE.pattern}),\s+{_TREATY_SERIES}"
    rf"|{_TREATY_SERIES.replace('?P<', '?P<after_')}(?:,\s*\d{{1,6}}(?:\s*[-–]\s*\d{{1,6}})?)?"
    r"\s+\((?P<date_after>[^()]*\d{4})\))"
    r"(?:,\s*\d{1,6}(?:\s*[-–]\s*\d{1,6})?)?(?:\s*\(.*\))?$"
)


def _treaty(text: str) -> LegalFields | None:
    m = _TREATY.fullmatch(text)
    if m is None:
        return None
    date, date_iso, _ = _date_and_publisher(m.group("date") or m.group("date_after"))
    after = "" if m.group("series") else "after_"
    return LegalFields(CitationKind.OFFICIAL, (), m.group("title").strip(), m[f"{after}series"], None, date, date_iso,
                       m.group("article") or m[f"{after}page"], m[f"{after}vol"])  # fmt: skip


# A United Nations document (Bluebook 21.7): its author (an office, or a person with the office in parentheses), its
# title, its symbol, the paragraph cited and the date: `Special Rapporteur, Promotion and Protection of Human Rights
# …, U.N. Doc. A/69/397, para. 51 (Sept. 23, 2014)`, `David Kaye (Special Rapporteur on …), U.N. Doc. A/HRC/38/35
# para. 21 (Apr. 6, 2018)`, `U.N. General Assembly, Resolution on …, U.N. Doc. A/RES/73/179 (Dec. 17, 2018) at para.
# 7`: the symbol is no title or periodical, the paragraph is the pinpoint
_UN_PARAGRAPH = rf"(?:at\s+)?(?P<{{}}>(?:paras?\.|¶¶?)\s*{_NUMBERED_PARTS})"
_UN_DOCUMENT = re.compile(
    r"(?P<head>.*?),?\s+U\.\s?N\.\s?(?i:doc)\.\s*(?P<symbol>[A-Z][\w.]*/[\w./()-]*[\w)])"
    rf"(?:,?\s*{_UN_PARAGRAPH.format('pin')})?(?:\s*\((?P<date>[^()]*\d{{4}})\))?"
    rf"(?:,?\s*{_UN_PARAGRAPH.format('pin_after')})?"
)
_UN_PARAGRAPH_ALONE = re.compile(_UN_PARAGRAPH.format("pin"))  # (the paragraph printed before the symbol)
_UN_TITLE_FIRST = re.compile(r"(?:Rep\.|Report|Res\.|Resolution|G\.A\.|S\.C\.)\s")  # a report or resolution by title
_OFFICE_ROLE = re.compile(r"\s*\([^()]*\)$")  # `David Kaye (Special Rapporteur on …)`: the person, the office aside


def _un_document(text: str) -> LegalFields | None:
    m = _UN_DOCUMENT.fullmatch(text)
    if m is None or not m["head"]:
        return None
    segs = _segments(m["head"])
    # (`Rep. of the Group of Governmental Experts … (2015), transmitted by Letter dated …, ¶ 13(c), U.N. Doc.
    # A/70/174`: the paragraph before the symbol, and what the title's words after a comma only describe)
    pin = segs.pop() if len(segs) > 1 and _UN_PARAGRAPH_ALONE.fullmatch(segs[-1]) else None
    segs = [segs[0], *(x for x in segs[1:] if not x[:1].islower())]
    authors: tuple[str, ...]
    title: str | None
    if _UN_TITLE_FIRST.match(segs[0]) or (len(segs) == 1 and not _OFFICE_ROLE.search(segs[0])):
        authors, title = (), re.sub(r"\s*\(\d{4}\)$", "", segs[0])
    else:
        authors, title = (_OFFICE_ROLE.sub("", segs[0]),), ", ".join(segs[1:]) or None
    date, date_iso, _ = _date_and_publisher(m["date"] or "")
    resolution = bool(re.search(r"/RES/|\bRes(?:olution|\.)\s", m["symbol"] + " " + (title or "")))
    kind = CitationKind.OFFICIAL if resolution else CitationKind.REPORT
    return LegalFields(kind, authors, title, None, None, date, date_iso, pin or m["pin"] or m["pin_after"])


# A treatise in volumes (Bluebook 3.1(a), 15.1): the volume before its authors, the section, paragraph, page or chapter
# after its title, the edition and year last: `26 RICHARD A. LORD, WILLISTON ON CONTRACTS § 69:14 (4th ed. 2021)`, `3
# PHILLIP E. AREEDA & HERBERT HOVENKAMP, ANTITRUST LAW ¶ 707 (4th ed. 2015)`, `3 WILLIAM BLACKSTONE, COMMENTARIES
# *433-34` (the star page of the first edition), `5 JOHN S. MILL, PRINCIPLES OF POLITICAL ECONOMY …, ch. 6, pt. 7
# (1848)`; in plain text, its small capitals lost, `5B Charles Alan Wright & Arthur R. Miller, Federal Practice and
# Procedure § 1357 (3d ed. 2004)` (Bluebook 15's own example)
_VOLUME_NAME = r"[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){1,3}"
_VOLUME_THEN_AUTHOR = re.compile(
    rf"(?P<vol>\d{{1,3}}[A-Z]?)\s+(?P<who>{_VOLUME_NAME}(?:,\s+{_VOLUME_NAME}){{0,3}}(?:,?\s+(?:&|and|AND)\s+{_VOLUME_NAME})?"
    r"(?:,?\s+(?:et|ET)\s+(?:al|AL)\.)?),\s*"
    r"(?P<title>[A-Z][^()§¶*\d,]*(?:,\s+[A-Z][^()§¶*\d,]*)*?)"
    r"(?:,?\s*(?P<pin>(?:§§?|¶¶?)\s*\d[\w:.]*(?:\s*[-–]\s*\d[\w:.]*)?(?:,\s*at\s+\d+(?:\s*[-–]\s*\d+)?)?"
    r"|\*\d+(?:\s*[-–]\s*\d+)?|\d+(?:\s*[-–]\s*\d+)?|ch\.\s*\d+(?:,\s*(?:pt|§)\.?\s*\d+)?))?"
    r"(?:\s*\((?P<inside>[^()]*)\))?(?:\s*\(.*\))?"
)


def _volume_treatise(text: str) -> LegalFields | None:
    m = _VOLUME_THEN_AUTHOR.fullmatch(text)
    if m is None or _BODY_AS_AUTHOR.search(m["who"]):
        return None
    who = ET_AL.sub("", m["who"])
    if not all(_one_name(name) for name in re.split(r",\s+(?:&\s+|and\s+)?|\s+(?:&|and|AND)\s+", who)):
        return None
    # (`(7th ed. 2011 & Supp. 2013)`: the volume's year, then its pocket part's)
    date, date_iso, publisher = _date_and_publisher(re.sub(r"\s*&\s*Supp\.\s*\d{4}$", "", m.group("inside") or ""))
    # (in capitals, the title says it is no sentence; in plain text a section or paragraph and a year must)
    if not (_caps(m["who"]) and _caps(m["title"])) and not (m["pin"] and m["pin"][0] in "§¶" and date):
        return None
    pages = _clean(m.group("pin")) if m.group("pin") else None
    # (`1 ROBERT J. HOBBS ET AL., NAT’L CONSUMER LAW CTR., FAIR DEBT COLLECTION § 5.5.2.13.4`: the body the authors
    # wrote for, named before the title (Bluebook 15.1(c)), is no part of it)
    body, _, title = m.group("title").partition(", ")
    if title and _INSTITUTION.search(body):
        publisher = publisher or body
    else:
        title = m.group("title")
    return LegalFields(CitationKind.BOOK, _names(m.group("who")), title.strip(), None, publisher, date, date_iso, pages,
                       m.group("vol"))  # fmt: skip


def _human_rights_case(text: str) -> LegalFields | None:
    case = _HUMAN_RIGHTS_CASE.fullmatch(text)
    court = _HUMAN_RIGHTS_COURT.search(text)
    if case is None or court is None or court.start() < case.start("rest"):
        return None
    rest = case.group("rest")
    paragraphs = _PARAGRAPHS.search(rest)
    # (the date is the last bracket holding a year, before any explaining one: `(2018) (discussing …)`)
    dated = [m for m in _DATED.finditer(rest) if not m.group("date")[:1].islower()]
    date, date_iso, _ = _date_and_publisher(dated[-1].group("date")) if dated else (None, None, None)
    pages = paragraphs.group(0).strip() if paragraphs else None
    return LegalFields(
        CitationKind.OFFICIAL, (), case.group("name").strip(), court.group("court"), None, date, date_iso, pages
    )


def _session_law(text: str, jm: re.Match[str] | None = None) -> LegalFields | None:
    """`Pub. L. No. 113-101, 128 Stat. 1146`, `Lilly Ledbetter Fair Pay Act of 2009, Pub. L. No. 111-2, 123 Stat. 5`:
    a session law, named by its number and its place in the Statutes at Large together; its first page names it, a
    page after that is the pinpoint (`…, 94 Stat. 1164, 1169`)."""
    jm = jm or _JOURNAL.search(text)
    if jm is None or jm.start() == 0 or jm.group("journal") != "Stat." or not _PUBLIC_LAW.search(text[: jm.start()]):
        return None
    first, _, pin = jm.group("pages").partition(",")
    title = f"{text[: jm.start('pages')]}{first}".strip().rstrip(",")
    return LegalFields(CitationKind.OFFICIAL, title=title, pages=_clean(pin) or None)


def _official_title(text: str) -> tuple[str, str | None]:
    """(title, pinpoint) of a document cited whole: a hearing's Congress and pages (`…: Hearing Before the Subcomm. on
    …, 106th Cong. 1–2`, Bluebook 13.3) and a report's `at` page (`H.R. REP. NO. 101-485, pt. 2, at 381`) are not its
    title."""
    m = _OFFICIAL_PIN.search(text)
    if m and (m.group("pages") or _CONGRESSIONAL_PAPER.search(text)):
        return text[: m.start()], m.group("pages") or m.group("at")
    return text, None


def _without_parentheticals(text: str) -> str:
    return re.sub(r"(?:\s*\([^()]*(?:\([^()]*\)[^()]*)*\))+\s*$", "", text).strip().rstrip(",.;")


def _article_without_date(text: str) -> LegalFields | None:
    """An article cited by volume, journal and page with no date parenthetical: `Clara Kim, Note, Title, 2016 COLUM.
    BUS. L. REV. 544, 575–76`, a journal numbered by year, whose year is its volume (Bluebook 16.4); `David M.
    Studdert et al., Defensive Medicine …, 293 JAMA 2609 (Finding in a survey …)`, an article whose year the author
    left out, signed by its authors."""
    bare = _without_parentheticals(text)
    jm = _JOURNAL.search(bare)
    if jm is None or jm.start() == 0 or REPORTER.search(jm.group("journal")):
        return None
    container, vol, pages = jm.group("journal").strip(), jm.group("vol"), _clean(jm.group("pages"))
    before = bare[: jm.start()].strip().rstrip(",")
    if re.fullmatch(r"(?:1[89]|20)\d\d", vol) and _LAW_JOURNAL.search(container):
        authors, title = _authors_and_title(before)
        if authors and title:
            return LegalFields(CitationKind.JOURNAL, authors, title, container, None, vol, vol, pages)
    parts = _segments(before)
    signed = len(parts) > 1 and _name_list(parts[0]) and not _CASE.search(before)
    if not signed or _official(bare) or not re.search(r"[A-Z]{2}", container):
        return None
    authors, title = _authors_and_title(before)
    return LegalFields(CitationKind.JOURNAL, authors, title, container, None, None, None, pages, vol)


def _chapter(head: str) -> tuple[tuple[str, ...], str | None, str, str | None] | None:
    """(authors, title, book, pages) of `Who, Title, in BOOK 375, 380`: a chapter in a book; None without `, in`."""
    chapter = _IN_BOOK.search(head)
    if chapter is None:
        return None
    authors, title = _authors_and_title(head[: chapter.start()])
    book = head[chapter.end() :]
    if section := _SECTION_PIN.search(book):
        # `in 3 ENCYCLOPEDIA OF LAW AND ECONOMICS § 4600, at 117`: the entry's section and page
        return authors, title, book[: section.start()], _clean(section.group(1))
    pm = _trailing_pages(book)
    if pm is None:
        return authors, title, book, None
    return authors, title, book[: pm.start()].strip().rstrip(","), _clean(pm.group("pages"))


def _undated_chapter(text: str) -> LegalFields | None:
    """`Samul Oliner, Altruism, Apology, …, in HANDBOOK OF PUBLIC SOCIOLOGY 375, 380 (“…”)`: a chapter in a book
    (its title in small capitals) whose year the author left out."""
    chapter = _chapter(_without_parentheticals(text))
    if chapter is None:
        return None
    authors, title, container, pages = chapter
    if not (pages and container and _caps(container) and re.search(r"[A-Z]{3}", container) and authors and title):
        return None
    return LegalFields(CitationKind.BOOK, authors, title, container, None, None, None, pages)


def _caps_book(segs: list[str], date: str, date_iso: str | None, publisher: str | None) -> LegalFields | None:
    """`DAN B. DOBBS ET AL., HORNBOOK ON TORTS § 37.1, at 936`, `PETER N. AMPONSAH, LIBEL LAW,
    POLITICAL CRITICISM, AND DEFAMATION OF PUBLIC FIGURES 2`: a person's book, commas in its title."""
    if len(segs) < 2 or not (_caps(segs[0]) and _name_list(segs[0])):
        return None
    if _BODY_AS_AUTHOR.search(segs[0]) and not ET_AL.search(segs[0]):
        return None  # `CONSUMER FIN. PROT. BUREAU, THE CONSUMER CREDIT CARD MARKET 46 (2017)`: a body's report
    authors, rest = _names(segs[0]), segs[1:]
    listed, after = _authors_before_title(segs)
    if len(listed) > 1 and after and all(map(_caps, segs[: len(segs) - len(after)])):
        authors, rest = listed, after  # `JONATHAN LAZAR, DANIEL GOLDSTEIN & ANNE TAYLOR, ENSURING …`: all of them
    listed_body = len(rest) > 1 and lexicon.role(rest[0]) is lexicon.Role.ORGANISATION
    if listed_body or any(_INSTITUTION.search(x) for x in rest):
        # `NESTOR MASLEJ ET AL., STANFORD UNIV., …`, `JOHN O’DONNELL, PUB. CITIZEN, THE ARBITRATION TRAP …`: an
        # institution's report (Bluebook 15.1), the institution named by its abbreviation or listed as a body
        return None
    if not all(_caps(x) or re.fullmatch(rf"(?:at\s+)?{_PINS}", x) for x in rest):
        return None
    text = ", ".join(rest)
    pages = None
    sm = _SECTION_PIN.search(text)
    if sm:
        text, pages = text[: sm.start()], _clean(sm.group(1))
    else:
        pm = _trailing_pages(text, date_iso)
        if pm and pm.start() > 0:
            text, pages = text[: pm.start()].rstrip(" ,"), _clean(pm.group("pages"))
    return LegalFields(CitationKind.BOOK, authors, text, None, publisher, date, date_iso, pages)


def _cut_date_parenthetical(text: str) -> tuple[str | None, str | None]:
    """(text before, inside) of the first top-level `(…)` holding a year; later parentheticals dropped. Pages printed
    after the year (`48 Admin. L. Rev. (1996) pp. 139-174`) are put back at the end of the text before."""
    depth = 0
    start = -1
    for i, ch in enumerate(text):
        if ch == "(":
            if depth == 0:
                start = i
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0 and start >= 0:
                inside = text[start + 1 : i]
                if _YEAR.search(inside) and start > 0:
                    # (the words a parenthetical quotes first: a list they number, `(“… the following: . . . 2) to
                    # prepare derivative works …”)`, closes no parenthesis of the citation's)
                    tail = CURLY_QUOTATION.sub("", text[i + 1 :])
                    for _ in range(6):  # (parentheticals nest: `(concluding … (quoting …, 621 F.3d 781 (8th Cir.)))`)
                        tail, cut = _INNERMOST_PAREN.subn("", tail)
                        if not cut:
                            break
                    # (`(1905) (upholding a state law …`: an explanation whose parenthesis the author never closed)
                    tail = re.sub(r"^\s*\((?=[a-z])[^()]*$", "", tail)
                    tail = re.sub(r",?\s*available at\s*\.?\s*$", "", tail)  # `…, available at <URL>`
                    if (after := _PAGES_AFTER_DATE.fullmatch(tail)) and _JOURNAL.search(
                        put_back := f"{text[:start].rstrip()}{', ' if after['at'] else ' '}{after['pages']}"
                    ):
                        # `…, 48 Admin. L. Rev. (1996) pp. 139-174` (GAO's form): the article's pages after its year;
                        # `…, 113 CAL. L. REV 1591 (2024), at 1638` (a draft's): the pinpoint after it
                        return put_back, inside
                    if re.sub(r"[\s,.;]", "", tail) and not _HISTORY.match(tail.lstrip(" ,")):
                        return None, None  # `(2015), Section IV, 10-11`: Chicago puts the pinpoint after
                    return text[:start], inside
                if start > 0 and _COURT.search(inside) and (later := _YEAR_AFTER_HISTORY.match(text, i + 1)):
                    # `State v. Cox, 114 N.J. Super. 556 (App. Div.), cert. denied, 58 N.J. 93 (1971)`: the court's
                    # year left to the later decision of the same year (Bluebook 10.5(a))
                    return text[:start], f"{inside} {later.group('year')}"
                start = -1
    return None, None


_YEAR_AFTER_HISTORY = re.compile(
    rf",\s*(?={_HISTORY.pattern})[^()]{{1,200}}\((?:[^()]*\s)?(?P<year>(?:1[6-9]|20)\d\d)\)", re.I
)


def _date_and_publisher(inside: str) -> tuple[str | None, str | None, str | None]:
    inside = inside.strip()
    dm = DATE.search(inside)
    if dm:
        # `(U. of Ala. Legal Studies, Research Paper No. 3519630, Jan. 15, 2020)`: a series, then the date
        series = inside[: dm.start()].strip().rstrip(",").strip()
        if not re.search(r"[A-Za-z]{3}", series) or _COURT.search(series) or _DATE_WORDS.fullmatch(series):
            series = ""  # (`(last updated Oct. 14, 2019)`: what the date is, not who issued it)
        return dm.group(0), iso_of(dm), series or None
    ym = list(_YEAR.finditer(inside))
    if not ym:
        return None, None, None
    y = ym[-1]
    before = _imprint_of(inside[: y.start()].strip().rstrip(",").strip())
    publisher = None
    edition_or_status = re.search(r"\bed(?:s)?\.|\btrans\.|\bforthcoming|\bed\b", before, re.I)
    if before and not edition_or_status and not _COURT.search(before):
        publisher = re.sub(r"\s*\d+(?:st|nd|rd|th)\s+ed\.?$", "", before).strip() or None
    return y.group(1), y.group(1), publisher


_DATE_WORDS = re.compile(
    r"(?i)(?:last\s+)?(?:updated|visited|modified|revised|reviewed)(?:\s+on)?|posted(?:\s+on)?|accessed"
)
_IMPRINT_WORD = re.compile(r"\b(?:Press|Publish\w*|Books|West|Foundation|Univ\.|University|Inst\.|Institute)\b")


def _imprint_of(before: str) -> str:
    """The publisher's part of a book's parenthetical before its year (Bluebook 15.4): `6th ed., West` -> `West`,
    `Gregory Klass & Prince Saprai eds., Oxford Univ. Press` -> the press, `Harv. Univ. Press ed.` -> the press."""
    text = re.sub(r"^\d+(?:st|nd|rd|th|d)\s+ed\.,?\s*", "", before)
    if (editors := re.search(r"\beds?\.,\s*(?P<rest>[^,]+)$", text)) and _IMPRINT_WORD.search(editors.group("rest")):
        return editors.group("rest")
    if (named := re.fullmatch(r"(?P<name>.+?)\s+ed\.", text)) and _IMPRINT_WORD.search(named.group("name")):
        return named.group("name")  # (an editor's name before `ed.` is a person's, and no publisher)
    return text


def _undated_page(text: str) -> LegalFields | None:
    """`Title, SITE` / `Author, Title, SITE` with no date (the URL and `(last visited …)` already
    taken off): `Statement on AI Risk, CTR. FOR AI SAFETY`, `Biography, BEN EDELMAN`."""
    bare = re.sub(r"\s*\([^()]*(?:\([^()]*\)[^()]*)*\)\s*$", "", text).strip().rstrip(",.;")
    segs = _site_after_end_mark(_segments(bare))
    if not 2 <= len(segs) <= 6 or not _caps(segs[-1]) or _caps(segs[0]) or len(segs[-1]) > 60:
        return None
    if any(re.search(r"\d{4}", x) for x in segs[-1:]) or not re.search(r"[A-Z]{2}", segs[-1]):
        return None
    authors, rest = _leading_authors(segs[:-1])
    if not authors and len(rest) == 2 and _MAKER.fullmatch(rest[0]) and re.match(r"[A-Z0-9]", rest[1]):
        # `Kimi, Kimi K2.5: Visual Agentic Intelligence, KIMI BLOG`: a maker's name (one to three capitalised words)
        # before the title and the site is the page's author, as a person's is
        authors, rest = (rest[0],), rest[1:]
    if not rest:
        return None
    return LegalFields(CitationKind.WEB, authors, ", ".join(rest), segs[-1])


_MAKER = re.compile(r"[A-Z][\w.&’'\-]*(?:\s+[A-Z][\w.&’'\-]*){0,2}")


# `What Is a Data Breach? FORBES`, `… Then the Fed Stepped In. JPMORGAN`, `… the COVID-19 ‘New Normal,’ FORBES`:
# a title ending in its own mark takes no comma before the site (Bluebook 18.2.2), so the capitalised
# name after the mark is the site
_SITE_AFTER_MARK = re.compile(r"(?:[?!.]|[.,!?]?[’”])\s+(?P<site>[A-Z][A-Z0-9.&’'\-:/ ]*[A-Z.])$")


def _site_after_end_mark(segs: list[str]) -> list[str]:
    m = _SITE_AFTER_MARK.search(segs[-1]) if segs else None
    if m is None or not re.search(r"[A-Z]{2}", m.group("site")):
        return segs
    title = segs[-1][: m.start("site")].rstrip()
    if _caps(title) or not re.search(r"[a-z]", title):
        return segs
    title = re.sub(r",([’”])$", r"\1", title)  # `‘New Normal,’`: the comma is the citation's
    return [*segs[:-1], title, m.group("site")]


def _leading_authors(segs: list[str]) -> tuple[tuple[str, ...], list[str]]:
    """`A, B & C, Title`: the authors may span several comma-separated segments; the list ends
    with the segment holding `&`/`and`. A lone name followed by a title is one author. A piece's
    designation between them (`Clara Kim, Note, Title`) is neither (Bluebook 16.7.1)."""
    authors, rest = _authors_before_title(segs)
    if authors and len(rest) > 1 and _DESIGNATION.fullmatch(rest[0]):
        rest = rest[1:]
    return authors, rest


def _authors_before_title(segs: list[str]) -> tuple[tuple[str, ...], list[str]]:
    for k, seg in enumerate(segs[:8]):
        last = re.match(r"^(?:&|and)\s+", seg) if k else None  # `A, B, and C, Title`: the serial comma
        if not _name_list(seg[last.end() :] if last else seg):
            break
        if k and ET_AL.search(seg) and k + 1 < len(segs):
            # `Peter Bergen, Albert Ford, et al., Terrorism in America After 9/11, NEW AMERICA (…)`: the list cut short
            return tuple(n for x in segs[: k + 1] for n in _names(x)), segs[k + 1 :]
        if (last or re.search(r"\s(?:&|and)\s", seg)) and k + 1 < len(segs):
            names = [*segs[:k], seg[last.end() :] if last else seg]
            return tuple(n for x in names for n in _names(x)), segs[k + 1 :]
    if len(segs) > 1 and _name_list(segs[0]):
        return _names(segs[0]), segs[1:]
    if len(segs) > 2 and _HANDLE.fullmatch(segs[0]):
        return (segs[0],), segs[1:]  # `DangerNoodle, Thanos Design Suggestion, MARVEL CONTEST …`: a user's handle
    named = len(segs[0].split()) <= 8 and not re.search(r"\d", segs[0])
    if len(segs) > 2 and _caps(segs[-1]) and not _caps(segs[0]) and named and _BODY_NAME.search(segs[0]):
        # `American Academy of Child and Adolescent Psychiatry, Social Media and Teens, AACAP (…)`: a body's page
        return (segs[0],), segs[1:]
    if len(segs) == 2 and named and not _caps(segs[0]) and _GOVERNMENT_BODY.fullmatch(segs[0]):
        # `Congressional Budget Office, The Status of the Highway Trust Fund: 2023 Update (2023)`: a government
        # body's own report, the body its author
        return (segs[0],), segs[1:]
    if len(segs) > 3 and (last := _LAST_SURNAME.fullmatch(segs[2])) and all(_surname(x) for x in segs[:2]):
        # `Arbel, Tokson, and Lin, Systemic Regulation of AI, 56 ARIZ. ST. L. J. 545 (2024)`: three surnames alone,
        # the serial comma and `and` closing the list, name the authors (two, `Markets and Morals`, may be a title)
        return (segs[0], segs[1], last.group(1)), segs[3:]
    return (), segs


_GOVERNMENT_BODY = re.compile(
    r"(?:U\.S\.\s+|United\s+States\s+)?(?:[A-Z][a-z]+\s+){0,4}(?:Office|Department|Agency|Bureau|Administration|Service|"
    r"Commission|Board)(?:\s+(?:of|for)(?:\s+(?:the|and|[A-Z][a-z]+))+)?"
)
_BODY_NAME = re.compile(
    r"\b(?:Academy|Association|Ass[’']n|Dep[’']t|Department|Institute|Society|Council|Commission|Comm[’']n|"
    r"Foundation|Agency|Bureau|Organi[sz]ation|Project|Initiative)\b"
)
_HANDLE = re.compile(r"@\w{2,30}|[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+")
_LAST_SURNAME = re.compile(r"(?:and|&)\s+([A-Z][a-z][\w’'\-]*)")


def _surname(seg: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][a-z][\w’'\-]*", seg)) and seg.lower() not in _NOT_NAME


def _authors_and_title(text: str) -> tuple[tuple[str, ...], str | None]:
    segs = _segments(text)
    authors, rest = _leading_authors(segs)
    if authors:
        return authors, ", ".join(rest) or None
    return (), text.strip() or None


_NAME_TAIL = re.compile(r"(?:Jr\.?|Sr\.?|III|II|et al\.?|ET AL\.?)")


# `DARIUS REJALI,TORTURE AND DEMOCRACY 1–3 (2007)`: an author's name in capitals, the space after its comma lost in the
# PDF's text (the title keeps its spelling: `UPDATE:SIDEWALKS,STREETS, AND TWEETS` is no name)
_GLUED_NAME = re.compile(r"[A-Z][A-Z.’'\-]+(?:\s+[A-Z][A-Z.’'\-]*){1,3}")


def _segments(text: str) -> list[str]:
    """Split at `, ` outside parentheses and quotes."""
    out: list[str] = []
    depth = 0
    quote = False
    start = 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch in "“‘":
            quote = True
        elif ch in "”’" and (i + 1 == len(text) or not text[i + 1].isalpha()):
            quote = False
        elif ch == "," and depth == 0 and not quote and (
            text[i + 1 : i + 2] == " "
            or (not out and text[i + 1 : i + 2].isupper() and _GLUED_NAME.fullmatch(text, 0, i))
        ):
            out.append(text[start:i])
            start = i + 1
    out.append(text[start:])
    segs = [s.strip() for s in out if s.strip()]
    # `Jr.` and `et al.` belong to the name before them
    merged: list[str] = []
    for s in segs:
        if merged and _NAME_TAIL.fullmatch(s):
            merged[-1] += ", " + s
        else:
            merged.append(s)
    return merged


def _name_list(text: str) -> bool:
    stripped = ET_AL.sub("", text.strip())
    if stripped != text.strip() and _NAME_TOKEN.match(stripped) and stripped.lower() not in _NOT_NAME:
        return True  # `Bricker et al.`: a surname alone, the others left out
    parts = [p for p in re.split(r"\s*&\s*|,?\s+and\s+", stripped) if p]
    return bool(parts) and all(_one_name(p) for p in parts)


def unsplit_small_capitals(name: str) -> str:
    """`A LAN C HAN`, `L YNN M. L O P UCKI`: a name in small capitals whose text layer set each word's tall first letter
    apart (`ALAN CHAN`, `LYNN M. LOPUCKI`); a name with a lower-case letter in it is left as it is."""
    if re.search(r"[a-z]", name):
        return name
    return _SPLIT_CAPITAL_GAP.sub("", name)


# (a lone capital before capitals: `L O P UCKI` joins twice, to `LOPUCKI`; an initial keeps its full stop, `M.`)
_SPLIT_CAPITAL_GAP = re.compile(r"(?<=[A-Z])(?<!\S[A-Z]) (?=[A-Z’'\-])")  # (`DEP’T OF` is no split word)


def _one_name(name: str) -> bool:
    # `David J. Ache- son`, `Ste- phen J. Choi`: a PDF line break hyphenated the name (kept as printed); `Katarzyna
    # Nowaczyk - Basinska`, `Shelly Kreiczer -Levy`: a text layer spaced a double surname's hyphen
    joined = re.sub(r"(?<=[a-z])- (?=[a-z])|(?<=[a-z])\s+-\s*(?=[A-Z])", "-", unsplit_small_capitals(name))
    tokens = joined.replace(",", " ").split()
    if not 2 <= len(tokens) <= 6:
        return False
    if sum(1 for t in tokens if len(t) > 2 and t[0].isupper() and not t.endswith(".")) > 4:
        return False  # `Google Gemini Beat Pokémon Blue`: five full words are a title's, not a name's
    # (`Bharathi A Panicker`: a middle initial printed without its full stop is no article)
    if any(t.lower() in _NOT_NAME and not (0 < i < len(tokens) - 1 and t == "A") for i, t in enumerate(tokens)):
        return False
    return all(_NAME_TOKEN.match(t) for t in tokens)


def _names(text: str) -> tuple[str, ...]:
    text = ET_AL.sub("", text.strip())
    # (`Robert H. Jerry, II`, `Horatio Alger, Jr.`: a generation after a comma belongs to the name)
    return tuple(
        p.strip().rstrip(",") for p in re.split(r"\s*&\s*|,?\s+and\s+|,\s+(?!Jr|Sr|III?\b|IV\b)", text) if p.strip()
    )


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8


def _clean(pages: str) -> str:
    # (`49, pp. 49-50`: the pinpoint marked as a Chicago note marks it, the mark no page)
    return re.sub(r"\s*[-–—−]\s*", "-", re.sub(r"(?<=, )pp?\.\s*", "", pages.strip().rstrip(".")))
