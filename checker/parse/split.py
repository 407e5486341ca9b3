"""Split one note into its citations.

Split points, all outside parentheses and outside quoted titles:
- `; ` between citations (`…, 2011; FBIS SOV, …`), including the seed's `Threat;” Ko`
  where the semicolon slipped inside the closing quote;
- `. See also …` / `; See also …` (the signal itself stays with the citation; fields.py
  strips it), and `. Reprinted in …` / `. Translated in …`, where a work was reprinted or
  translated being a second source (CMOS 14.111);
- `,” and Dmitri Streltsov, “…` — two titled works sharing one imprint (note 14): the
  pieces are marked *joint* so the first can borrow the shared imprint;
- `…/SR242.pdf and Ronald O'Rourke, “…` and `…,” 58-59 and Watson, “Strategy,” 303-308`: a URL
  or a pinpoint ends a citation, `and Name, “` starts the next.

If a note's quotes do not balance (note 49's title never closes), quotes are ignored and
only parentheses protect, so one missing quote cannot swallow a whole note.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from checker.parse import archival
from checker.parse.dates import MONTH
from checker.parse.legal import CURLY_QUOTATION, SUPRA_NAMES
from checker.parse.urls import find_urls

# (`LA. REV. STAT. ANN. § 9:1131.2 See also FLA. STAT. …`: the full stop after a code section lost in the PDF)
_SEE_ALSO = re.compile(r"\.\s+(?=See also\b|(?:Reprinted|Translated) in\s+[A-Z])|(?<=\d)\s+(?=See also\s+[A-Z])")
# `…/SR242.pdf and Ronald O'Rourke, “Navy Force Structure …”`: a URL ends a citation, `and` starts the next
_URL_AND = re.compile(
    r"(?:https?://|www\.)[^\s<>“”\"]+?(?P<and>\s?,?\s+and\s+)"
    r"(?=[A-Z][^,“”()\s]*(?:(?:\s+[A-Z0-9][^,“”()\s]*){1,4},\s|,\s+[“\"])"  # `…/a, and AXS, "What …"`
    # (`….cfm and Claiborne Pell and David Boren, “Why US …”`: two authors joined by `and`, then the title)
    r"|(?:[A-Z][\w’'.-]+\s+){1,3}and\s+(?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'-]+,\s+[“\"])"
)
# `…, <url> (accessed March 16, 2023), and 18 U.S.C. 1462, <url> (accessed …)`: the access date ends a
# citation, `and` starts the next (Heritage's Mandate for Leadership, which also prints `<url> accessed
# March 22, 2023), and H.R. 632, …` with the parenthesis lost)
_ACCESSED_AND = re.compile(
    r"(?:\(|\s)(?:last\s+)?accessed\s+[^()]{4,40}\)(?P<and>,?\s+and\s+)(?=[A-Z0-9][^()]{0,200}(?:https?://|[“\"]))",
    re.I,
)
# `Eisenhardt, “Agency Theory,” 58-59 and Watson, “Strategy,” 303-308.`: a pinpoint ends a short form, `and`
# starts the next one
# (`GAO, Event Ticket Sales, pp. 42-45, and Hannah Karp, "StubHub …"` too)
# (`… Modern Fiction Studies 59.2 (2013): 229-40, and Jane Garrity, "Found and Lost: …," …`, Journal of Cultural
# Analytics 2018; `… The Library 6 (2005): 178-94 and Stephen Tabor, "ESTC and …,"`, 2018: an article's pages after
# its journal's dated volume end it the same way)
# (`… can be seen in Dicken-Garcia, Journalistic Standards, 66-7 and Curran and Seaton, Power Without Responsibility,
# 43, 52.`, Victorian Periodicals Review 2018, note 4: short forms with unquoted short titles, joined the same way)
_PINPOINT_AND = re.compile(
    # (`…: 63-86 and JNG Binongo and MWA Smith, "The Application …"`: two authors joined by `and` too)
    # (`… 1033, 1036, and Russell J. Weintraub, A Survey of …, 1992 WIS. L. REV. 1`, `… 161 n.18, and Kraus, supra note
    # 26`: a Bluebook pinpoint, then an article by its author, title, volume and journal, or a `supra` short form)
    r"(?:[,”]|\):)\s*(?:pp?\.\s*)?\d[\d\s,–-]*?(?:\s*n\.\s?\d+)?(?P<and>,?\s+and\s+)(?=[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s+[“\"]|"
    r"(?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+(?:\s+(?:&|and)\s+(?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+)?,\s+[A-Z][^;“”\"()]{2,200}?,"
    r"\s+\d{1,4}\s+[A-Z][A-Za-z.&’' ]{1,40}?\s+\d|"
    r"[A-Z][\w’'-]+(?:\s+(?:&|and)\s+[A-Z][\w’'-]+)?,\s+supra\s+note\s+\d|"
    r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2}\s+and\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2},\s+[“\"]|"
    r"[A-Z][\w’'-]+(?:\s+and\s+[A-Z][\w’'-]+)?,\s+[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,8},\s+\d|"
    # (`… 233 and Gérard Genette, Fiction and Diction, trans. Catherine Porter (Ithaca: Cornell UP, 1993)`: a book
    # by its author, title, translator or edition and imprint)
    r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3},\s+[A-Z][^,;()“”\"]{1,120}?"
    r"(?:,\s+(?:\d\w{1,2}\s+ed\.|trans\.|ed\.)|\s+\([^()]{2,80}:[^()]{2,80}\d{4}\)))"
)
# `See How, Epistolary Spaces, and Jolly and Stanley, “Letters as/not a Genre,” 91–118.` (Gagel, Letters as Critical
# Texts, Scholarly Editing 2015, note 16): a short form by surname and unquoted short title, no page, then `and` and
# the next one, by two surnames and a quoted title
_SHORT_FORM_AND = re.compile(
    r"^(?:See(?:\s+also)?\s+)?[A-Z][\w’'-]+,\s+[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,8}(?P<and>,\s+and\s+)"
    # (two names joined by `and` after it: `Bamman, Underwood, and Smith, “…”` is three authors of one work)
    r"(?=[A-Z][\w’'-]+\s+(?:and|&)\s+[A-Z][\w’'-]+,\s+[“\"])"
)
# `… include Freda Harcourt, Flagships of Imperialism (Manchester: Manchester University Press, 2006), but these events
# are missing from most histories …` (Technology and Culture 2019): a book's imprint ends the citation a sentence of
# comment runs into, and a clause of comment (`, but`, `, which`) after it is no part of it
_IMPRINT_THEN_CLAUSE = re.compile(
    # (`… (New York, Columbia University Press, 1988), 28-50, was foundational, and …`: a comma for the colon, and
    # what the work was, said after its pages)
    r"(?:\([^()]{2,80}[:,][^()]{2,120},\s*(?:1[5-9]|20)\d\d\)(?:,\s*\d[\d–-]*)?"
    # (`… by Ward Farnsworth, Do Parties …, 66 U. CHI. L. REV. 373 (1999), in which he interviewed lawyers …`: a
    # law review's volume, name, page and year end the citation as an imprint does)
    r"|\b\d{1,4}\s+[A-Z][A-Za-z.&’' ]{1,60}?\s+\d{1,5}(?:,\s*\d[\d–-]*)?\s+\([^()]{0,40}\b(?:1[5-9]|20)\d\d\))"
    # (`…, 2002), in which editors of the Papers of Abraham Lincoln contributed chapters …`: a preposition before it)
    r"(?P<comma>,\s+(?=(?:(?:in|on|to|for|with|of|from|by|through|at)\s+(?:which|whom|whose)|"
    r"but|which|who|whose|where|although|though|while|whereas|was|is|were|are|remains)\s+[a-z])"
    # (`… (Stanford: Stanford University Press, 1992) for how the evolving national security bureaucracy …`: what the
    # book is cited for, told after it without a comma)
    # (`… (New Haven: Yale UP, 2012) for more on both these aspects`, `… for further discussion`)
    r"|\s+(?=(?:for|on)\s+(?:how|why|what|whether|the|a|an|its|his|her|their|this|these|more|further|fuller|"
    r"details?|discussion|examples?|background|analysis|an?\s+[a-z]+)\s)"
    # (`Frederick Mosteller and David Wallace, Applied Bayesian … (New York: Springer-Verlag, 1984) is considered a
    # classic of this type of study.`: what the book is, said of it)
    r"|\s+(?=(?:is|was|are|were|remains)\s+(?:a|an|the|still|now|considered|regarded|widely|often|generally|perhaps|"
    r"probably)\s))"
)
_AFTER_IMPRINT = ("), ", "): ", ") for ", ") on ", ") is ", ") was ", ") are ", ") were ", ") remains ")
# `…, in Print Culture …, edited by … (Toronto: …, 2016), 304-330 and "The One and the Many: …," in Distant Readings …`:
# after a book's imprint and its pages, `and` and a quoted title start a second work by the same author
# `… Act, 2018 (P.L. 115-141, Division B, Title V, §539), and the Don Young Coast Guard Authorization Act of 2022 (P.L.
# 117-263, …)`: a public law's number in brackets ends a statute's citation, `and (in) the … Act` starts the next
_PUBLIC_LAW_AND = re.compile(
    r"\((?:P\.\s?L\.|Pub\.\s?L\.|Public\s+Law)[^()]*\)(?P<and>,?\s+and\s+)"
    r"(?=(?:in\s+)?(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[\w’'\-]+){0,14}?\s+Act\b)"
)
# (`See Richard Leopold, “The Foreign Relations Series,” especially p. 598 and “State Publications Delayed,” …`: a page
# marked `p.` ends the citation as an imprint's page does)
_IMPRINT_PIN_AND = re.compile(r"(?:\),\s*(?:pp?\.\s*)?|\bpp?\.\s*)\d[\d–-]*(?P<and>,?\s+and\s+)(?=[“\"])")
# `… (Edinburgh: Edinburgh UP, 1988) and Paul deGategno, James Macpherson (Boston: Twayne, 1989)`, `… (Oxford UP, 1965)
# and The Rise and Fall of Scottish Industry, 1707-1939 (Edinburgh UP, 1980)`, `… 24, 3 (1992) and J. K. Ord and A.
# Getis, "…," …`: a dated parenthesis ends a citation, and `and` starts the next when what follows is a name or a
# title (a comma, colon or quote in it) with a dated parenthesis of its own (`Jones (2003) and Smith (2005) argue`
# is a sentence, not two citations)
# `… (New York: Doubleday, 2000), David Kynaston, City of London. 4 Vols. (London: …, 1994-2001), and Roy Porter, …`:
# books listed with commas, each after its author's full name; a dated parenthesis ends one and a name, a comma and a
# title with a dated parenthesis of its own start the next
# (`Talia B. Gillis, The Input Fallacy, 106 MINN. L. REV. 1175 (2022) (credit), Sandra G. Mayson, Bias In, …, 128 YALE
# L.J. 2218 (2019)`: after the dated parenthesis, a short explanatory one of its own)
_IMPRINT_COMMA = re.compile(
    r"\([^()]{0,200}\b(?:1[5-9]|20)\d\d(?:[-–]\d{2,4})?\)(?::\s*\d[\d–-]*)?(?:\s\([a-z][^()]{0,120}\))?(?P<comma>,\s+)"
    r"(?=[A-Z][\w.’'\-]*(?:\s+(?:(?:de|da|van|von|le|la)\s+)?[A-Z][\w.’'\-]*){1,3}(?:,|['’]s)\s+"
    r"[A-Z“\"][^;()]{2,300}\([^()]{0,200}\b(?:1[5-9]|20)\d\d)"
)
_IMPRINT_AND = re.compile(
    # (`… (Baltimore: JHU Press, 1999) and even earlier Käthe Hamburger, …`: when the next appeared, told in passing)
    # (`… (New York: Palgrave Macmillan, 2009), 312, and Garrett A. Felber, "…," Souls … (2010)`: the page cited after
    # it)
    r"\([^()]{0,200}\b(?:1[5-9]|20)\d\d(?:[-–]\d{2,4})?\)(?:,\s*(?:pp?\.\s*)?\d[\d–-]*(?=,))?"
    # (`… (Dresden: Matthes Stockell,1577) & Der Kramer … (Dresden: Gimel Bergen, 1578)`: an ampersand for it)
    r"(?P<and>,?\s+(?:and|&)\s+(?:(?:even|much|also)\s+)?(?:(?:earlier|later|before|since|more\s+recently)\s+)?)"
    # (a title may open with an ordinal: `…, and 21st Century Challenges: …, GAO-05-325SP (…: February 2005)`)
    r"(?=(?:[A-Z“\"]|\d{1,2}(?:st|nd|rd|th)\b)[^;(),:“”\"]{0,200}[,:“\"][^;()]{0,300}\([^()]{0,200}\b(?:1[5-9]|20)\d\d"
    # (`… (Athens, GA: University of Georgia P, 1985) and Reading Robert Burns (London: Pickering & Chatto, 2014)`: the
    # same author's next book, its title bare and its imprint with a place)
    r"|[A-Z][^;(),:“”\"]{0,200}\s\([A-Z][^():]{1,60}:\s[^()]{2,120}\b(?:1[5-9]|20)\d\d\))"
)
# `Ticketmaster acquired TicketWeb in 2000 (see Bruce Orwall, "Title," Wall Street Journal, May 30, 2000,
# https://…).`: a citation given in a parenthesis inside a sentence of comment is a citation of its own
# (`… solstices (see, for example, J. D. North, Cosmos: … [Chicago: University of Chicago Press, 2008], 6–13).`: a
# book with its imprint in square brackets, Chicago's form inside a parenthesis)
_SEE_PAREN = (
    r"\(see(?:,?\s+(?:for\s+example|e\.g\.|especially),)?\s+"
    r"(?P<cit>[A-Z][^()]*?(?:[“\"][^()]*[”\"]|https?://|\[[^\[\]()]{2,160}\b(?:1[5-9]|20)\d\d\])[^()]*)\)"
)
# `… tend to indicate the relevance of the document to a query" ("From Frequency to Meaning," 153).`, `…talk with your
# friends'. " (Ashbery, Selected Prose, 171-172.)`: a short form in brackets after a quotation is its source
_SHORT_FORM_PAREN = (
    r"(?<=[”\"]\s)\((?P<short>(?:(?:(?:[A-Z][\w’'\-]+,\s+)?[“\"][^()“”\"]{3,150}?,?[”\"],?|"
    # (`“…” (Kline and Perdue, A Guide to Documentary Editing, 11).`: two surnames, a title with its small words)
    r"[A-Z][\w’'\-]+(?:\s+(?:and|&)\s+[A-Z][\w’'\-]+)?,\s+[A-Z][\w’'\-]*"
    r"(?:\s+(?:[A-Z][\w’'\-]*|a|an|the|of|to|in|on|and|for|at|by|with)){0,8},)"
    r"\s*(?:pp?\.\s*)?"
    # (`"…" (EPA Inventory, p. 3-95).`: a short name a `hereinafter` gave, its page marked)
    # (`… and force” (WWWC, 6:184).`: a volume and its page)
    r"|[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3},\s*pp?\.\s*)(?!(?:1[5-9]|20)\d\d\b)\d[\d–\-, ]*(?::\d[\d–-]*)?)\.?\)"
)
# a dated source in brackets inside a sentence of comment: a headline, its paper and day (`… titled as such (“Newly
# Found Mark Twain Letter Accuses Business Aide of Theft,” New York Times, June 25, 1970, 1).`), or letters by writer,
# addressee and day (`(Twain to Jean Clemens, February 8, 1909, Detroit Public Library; Twain to …)`)
# (the day before its month too, `("The Joke on Mark Twain," *New York World*, 10 April 1884, 8)`, `(SLC to OC, 15
# October 1881)`; a paper's name in italics; `n.p.` for no page)
_PAREN_DAY = rf"(?:{MONTH}\.?\s+\d{{1,2}},\s+\[?\d{{4}}\]?|\d{{1,2}}\s+{MONTH}\.?\s+\[?\d{{4}}\]?)"
_DATED_PAREN = (
    rf"\((?P<dated>[“\"][^()“”\"]{{3,200}}[”\"],?\s+\*?[A-Z][^()“”\"]{{1,80}}?,\s+{_PAREN_DAY}"
    r"(?:,\s+(?:pp?\.\s*)?(?:[\w–-]{1,8}|n\.\s?p\.))?"
    rf"|(?:[A-Z][\w.’'\-]*\s+){{0,3}}[A-Z][\w’'\-]+\s+to\s+[A-Z][^()“”\";]{{1,80}}?,\s+{_PAREN_DAY}"
    r"[^()]*)\)"
)
# `… also declined to provide correspondence (ibid., pp. 459–460).`: the work just cited, again, in brackets
_IBID_PAREN = r"\((?P<ibid>(?:see\s+)?[Ii]bid(?:em)?\.?(?:,?\s*(?:pp?\.\s*)?\d[\d–\-, ]*)?)\)"
# `… refers to "pipelines and …" (EPA, 2011-2023 Greenhouse Gas Reporting Program Industrial Profile: …, 2023,
# https://…).`: a full citation in brackets after the words it quotes, dated and with its address
_SOURCE_PAREN = (
    r"(?<=[”\"]\s)\((?P<source>[A-Z][^()“”\"]{0,80},\s+[^()]{3,300}?\b(?:1[5-9]|20)\d\d\b[^()]{0,60}?,\s+"
    r"https?://[^()\s]+?)\.?\)"
)
_IN_PARENS = re.compile(f"{_SEE_PAREN}|{_SHORT_FORM_PAREN}|{_DATED_PAREN}|{_IBID_PAREN}|{_SOURCE_PAREN}")
_JOINT = re.compile(r"(?<=,[”\"])\s+and\s+(?=[A-Z][^,“”\"()]{1,60},\s+[“\"])")
# an old book's title runs on after a semicolon in lower case (`…; with a General View of the History of That
# Country`, `…; or, the Modern Prometheus`): no citation starts so
# (`The Lady in Black; or, The Widow and the Wife`: the alternative title set off by a comma)
_TITLE_GOES_ON = re.compile(
    r"\s(?:(?:with|or|being|containing|together|wherein|in\s+which)\s+(?:a|an|the|some|[A-Z])\b|[Oo]r,\s+[A-Z])"
)
# (`… is not necessarily opposed to Christian Zionism. Again, see Westbrook, …`: a word of transition before `see`)
SEE_TRANSITIONS = ("again", "similarly", "likewise", "further", "generally")
_SEE_NEXT = re.compile(
    r"(?:(?:For|On|In)\s+[A-Z][\w’'\-]*(?:\s+[\w’'\-]+){0,3},\s+see|"
    rf"(?:{'|'.join(w.capitalize() for w in (*SEE_TRANSITIONS, 'but', 'and'))}),?\s+see|See|Cf\.)"
    # (Bluebook's signals: `See generally`, `See also`, `See, e.g.,`)
    r"(?:\s+(?:generally|also|especially))?(?:,\s+e\.g\.,)?\s+(?=[A-Z“\"*_])"
)
_MAX_PIECES = 200
_PLACE_NEXT = re.compile(r"\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}:\s")
# `… may have.’” Langbein, …`; `…: 6-13. & Thomas Rid & Peter McBurney, “…”`, `Ibid. & Lulu Garcia-Navarro, “…”`: an
# ampersand after a sentence's end is `and` joining the next citation; `… will also become public.”Id.` (Citron, A New
# Compact for Sexual Privacy, note 108): the space before `Id.` lost when the text was taken from the PDF
_BOUNDARY = re.compile(
    r"(?<=[.?!])(?P<quote>[”’\"']{1,2})?(?:\s+|(?<=[”\"])(?=Id\.))(?=[A-Z0-9“‘\"]|&\s+[A-Z“\"])"
)
_IBID_ALONE = re.compile(
    r"^(?:See\s+)?(?:Id|Ibid|Idem)\.(?:,?\s*(?:at\s+)?[\dxivlc]+(?:\s*[-–]\s*[\dxivlc]+)?\.)?$", re.IGNORECASE
)
_ID_NEXT = re.compile(r"(?:(?:See|Cf\.|But\s+see|See\s+also|See,\s+e\.g\.,)\s+id\.|Id\.)(?=\s|$)")
# (a head with a comma ends in an initial or a given name, `Doe, J., & Roe, K. (2019).`, `McCarty, Willard (2019).`;
# `See ALBERT O. HIRSCHMAN, EXIT, VOICE, AND LOYALTY (1970).` is a Bluebook book, whole)
_APA_HEAD = re.compile(
    r"^(?:[^()\d,]{1,60}|[^()\d]{1,56}(?:\b[A-Z]\.|,\s+[A-Z][a-z][\w’'\-]*(?:\s+[A-Z][a-z][\w’'\-]*)?)\s*)"
    r"\((?:\s*\d{4}[a-z]?|n\.d\.|[A-Z][a-z]+\.? \d{1,2}, \d{4})(?:,[^()]{0,40})?\s*\)\.?$"
)
# `Mehdizadeh, Milad, Trond Nordfjaern, und Christian A. Klöckner. (2022).`: a longer head, of names alone
# (names in small letters after a capital, not a signal: `See ALBERT O. HIRSCHMAN, EXIT, VOICE, AND LOYALTY (1970).`)
_APA_WORD = r"[A-Z][a-zà-ÿ’'\-]+(?:[A-Z][a-zà-ÿ’'\-]+)?"
_APA_NAME = rf"{_APA_WORD}(?:\s+(?:[A-Z]\.|{_APA_WORD}))*"
_APA_NAMES_HEAD = re.compile(
    rf"^(?!(?:See|Cf|Compare|Also|But|For|In|On)\b){_APA_NAME}(?:,\s+{_APA_NAME}){{0,8}}"
    rf"(?:,?\s+(?:and|und|et|&)\s+{_APA_NAME})?\.?\s*\((?:\d{{4}}[a-z]?|n\.d\.)\)\.?$"
)
# a short name ending the note, nothing after it but an access date: the publisher or platform (MLA's last element)
_PLATFORM_LAST = re.compile(
    r"(?!(?:See|Cf|Id|Ibid|Idem|Compare|Also|But|For|In|On|The\s+same)\b)"
    r"[A-Z][\w&’'\-]+(?:\s+(?:[A-Z][\w&’'\-]*|of|and|for|the|&)){0,4}\.?(?:\s*\(accessed\s[^()]{4,30}\)\.?)?\s*$"
)
# (Harvard's `Hedley, C. and Shaw, N. (2023) Plant medicine: …`: no full stop after the year)
# (`Smith, P.H. (1951) ‘The overall allocation of resources’, in: Chester, D.N. (ed) Lessons of …`: a chapter in its
# editor's book)
_APA_HEAD_TITLE = re.compile(
    r"\s*[^()\d]{1,60}\((?:\d{4}[a-z]?(?:,[^()]{1,20})?|n\.d\.)\)\.?\s+[A-Z‘'“\"][^()]{1,200}"
    r"(?:\((?:eds?|comps?)\.?\)[^()]{1,200})?$"
)
_APA_IMPRINT_NEXT = re.compile(
    r"[A-Z][A-Za-z .’'-]{1,40}(?:,\s*[A-Z]{2,}|,\s*[A-Z][a-z]+)?:\s+[A-Z][^:()]{1,100}?\.?(?:\s+https?://\S+)?\s*$"
)
# (`Clifton, M. (2019, February 19). Your inbox is a mess, and it's slowing you down. Here's how to fix it. CBC.
# https://www.cbc.ca/…`: the rest of a title of two sentences, the site, then the address)
_APA_SITE_NEXT = re.compile(r"(?:[A-Z][^.()]{0,160}[.?!]\s+)?[A-Z][^.()]{0,80}\.\s+https?://\S+\s*$")
_ACCESS_THEN_NAMES = re.compile(
    r"\baccessed\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})(?P<cut>,\s+)"
    r"(?=[A-Z][^,;“”\"()]{1,60}(?:,\s+(?:and\s+)?[A-Z][^,;“”\"()]{1,60}){0,5},\s*[“\"])"
)
_ACCESS_AFTER_SEMICOLON = re.compile(r"\s+(?:Last\s+)?(?:Accessed|Retrieved|Viewed|Consulted|Visited)\s+\w", re.I)
_ACCESS_NEXT = re.compile(r"(?:Last\s+)?(?:Accessed|Retrieved|Viewed|Consulted|Visited)\b", re.IGNORECASE)
# `… smart idea? Insights from a legal perspective". In: Computer Law & Security Review 33 (June 2017)`: biblatex's
# `In:` before the journal or book the piece is in starts no citation
_IN_MARK_NEXT = re.compile(r"In:\s")
_MANUSCRIPT_NEXT = re.compile(r"(?:Manuscript|Typescript)\.")
# Chicago's bibliography form ends a book with its imprint as a sentence of its own, `Title. Place: Publisher,
# Year.` (17th ed. 14.68), where a note puts it in parentheses; an edition statement or a first year may come
# between (`Reprint edition. London: …, 2015`, `Title. 2010. New York: …, 2010`): all one citation
_PLACE_WORD = r"(?:(?:[A-Z]\.){1,3}|[A-Z][a-z]{1,3}\.|[A-Z][\w’'\-]*)"
BIB_IMPRINT = (
    rf"(?P<place>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}}(?:,\s*{_PLACE_WORD}(?:\s+{_PLACE_WORD})?){{0,2}}):\s+"
    r"(?P<publisher>[A-Z][^:;()\d]{1,100}?),\s*(?P<year>(?:1[5-9]|20)\d\d)\b"
)
# (also a proceedings' short name, `…, 306–316. FAT* ’20. New York, NY, USA: ACM, 2020.`)
EDITION = r"(?:[A-Z][\w.]*\s+(?:[a-z]+\s+){0,2}ed(?:ition|\.)|(?:1[5-9]|20)\d\d|[A-Z]{2,8}\*?\s+[’']\d\d)\.\s+"
# an article's title in Chicago's bibliography form, `"Title." Journal 3, no. 1 (2002): 5-9.` (17th ed. 14.70): the
# title's full stop is no citation's end when the journal, its volume and the date follow
_JOURNAL_NEXT = re.compile(
    r"[A-Z](?=[^(]*[a-z])[^.;:()“”\"]{0,120}?\s\d{1,4}(?:\.\d{1,3})?(?:,\s*no\.\s*\d{1,4}(?:/\d{1,4})?)?\s*\("
)
# `Rachel Metz, "Facebook's app for kids should freak parents out." MIT Technology Review, February 7, 2018, …`: a
# quoted title's full stop, then the periodical and the day of the issue
_PERIODICAL_DAY_NEXT = re.compile(
    # (not a letter's writer and addressee: `… “…” Hay to White, December 5, 1902`)
    rf"(?![^,]{{0,60}}\sto\s)[A-Z][\w&’'.\- ]{{1,60}}?,\s+{_PAREN_DAY}"
)
_IMPRINT_NEXT = re.compile(rf"(?:{EDITION})?{BIB_IMPRINT}")
# `…," In Sociolinguistics, ed. William Bright. Mouton, 1966.`, `…," in Strategic Trends 2015: 81-98. ETH Zurich,
# Center for Security Studies, 2015. https://…`: the publisher and year, ending the note, are no citation of their own
PUBLISHER_WORDS = r"[A-Z][\w&’'\-]*(?:\s+(?:[A-Z][\w&’'\-]*|of|and|for|the|&)){0,5}"
_PUBLISHER_YEAR_END = re.compile(
    rf"(?!(?:See|Cf|Id|Ibid|Idem|Compare|Also|But|For|In|On)\b){PUBLISHER_WORDS}(?:,\s+{PUBLISHER_WORDS})?,\s+"
    r"(?:1[5-9]|20)\d\d\.?(?:\s+https?://\S+)?\s*$"
)
# `*The Essays of Virginia Woolf.* Vol 1. Ed. Andrew McNeillie (London: Hogarth Press, 1986)`: an editor or
# translator named after a full stop, then the imprint, go on with the book (MLA's and the bibliography's order)
_EDITOR_NEXT = re.compile(r"(?:Eds?\.|Trans\.|Edited\s+by|Translated\s+by)\s+[A-Z][^.()]{1,120}(?:\.\s[^.()]{0,60})?\(")
_MANUSCRIPT_MARK = re.compile(r"\b(?:Manuscript|Typescript)\.")
_ARCHIVE_NEXT = re.compile(
    r"(?:[A-Z][\w’'\-]*\s+){0,4}(?:Archives?|Arquivo|Archivo|Archivio|Archives\s+nationales|Biblioteca|Bibliothèque|"
    r"Library|Record\s+Office)\b"
)
_WINDOW = 400  # characters before a full stop that decide whether a sentence ended there
_BIBLATEX_ELEMENT = re.compile(r"\.\surl:\s|\(visited on \d")
_BARE_YEAR = re.compile(r"(?:^|[.?!]\s)\s*(?:1[5-9]|20)\d\d\.$")
# `Crawford, K., Paglen, T., 2019. Excavating AI …`: a Harvard head, names and year, the title follows
_HARVARD_HEAD = re.compile(r"^(?:[A-Z][\w’'\-]+,\s+(?:[A-Z]\.\s?)+(?:,|\s+and|\s+&)\s+)+(?:1[5-9]|20)\d\d[a-z]?\.$")
# `University of Cambridge 2015. Darwin Correspondence Project. Available from: …`: a body's name and year
_HARVARD_BODY_HEAD = re.compile(
    r"^[A-Z][\w’'&\-]*(?:\s+(?:[A-Z][\w’'&\-]*|of|and|for|the|on|in|de|\[[A-Z]{2,10}\]))*\s+(?:1[5-9]|20)\d\d\.$"
)
# a law review's `supra` printed without the note's number (Citron, A New Compact for Sexual Privacy, a draft:
# `Ghorayshi & Ray, supra note. In late 2019, …`): the short form ends there, as a number would end it
_SUPRA_UNNUMBERED = re.compile(rf"(?:(?:See(?:\s+also)?|Cf\.)\s+)?{SUPRA_NAMES},\s+supra(?:\s+note)?")
# (`“… ‘you should not expect that … will always remain secure.’” Duportail, supra note`: a quotation within it)
_QUOTED_SENTENCE = re.compile(r"[“\"][^“”\"]{20,}[.?!…][’']?[”\"]")
_WRITER_THEN_WORK = re.compile(
    r"(?:[Qq]uoted\s+in\s+)?[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|de|la|van|von)){0,3}\s+[A-Z][\w’'-]+,\s+[*“\"A-Z]"
    # (or the writer's work cited again, by surname: `“… extramarital affairs.” Gibbs, supra note.`)
    rf"|{SUPRA_NAMES},\s+supra\b"
)
_QUOTED_END = re.compile(r"[.?!][”’\"']{2}\s")  # `… it still may have.’” Langbein, Origins, 185`
_URL_END = re.compile(r"(?:https?://|www\.)\S+\.$")
# `… Winthrop Papers, Vol. 6: 1650-1654 (Boston, MA, 1992), x. On annotations …` (Winterer, MIH 2012, note 39), `…
# (New York: Vintage, 1997), xiii. The anthology …` (Evans and Wilkens, Cultural Analytics 2018, note 37): a pinpoint
# in a book's front matter, in lower-case roman numerals after its imprint, ends the citation like an arabic one
_ROMAN_AFTER_COMMA = re.compile(r",\s*(?!ill$)[ivxlc]{1,7}$")
_ROMAN_PIN_END = re.compile(r"\d\),\s*[ivxlc]{1,7}$")
# Chicago's short form standing alone: surnames (`Waterman and Smith`, `Wendell, Waterman, and Michelson`), a short
# title in capitals, perhaps a pinpoint
_SHORT_FORM_ALONE = re.compile(
    # (`Citron, Section 230’s Challenge to Civil Rights and Civil Liberties`: a title's small words in lower case)
    r"[A-Z][\w’'\-]+(?:(?:,\s+(?:and\s+)?|\s+and\s+)[A-Z][\w’'\-]+){0,3},\s+[A-Z][\w’'\-]*"
    r"(?:(?:\s+(?:of|to|and|the|in|for|on|a|an))*\s+[A-Z0-9][\w’'\-]*){0,9}"
    r"(?:,\s+(?:passim|\d[\d\s,–-]*))?(?=\.$)"
)
_SECTION_END = re.compile(r"\b(?:U\.\s?S\.\s?C\.|C\.\s?F\.\s?R\.)\s*§§?\s*[\w().–-]+$")
_AVAILABLE_NEXT = re.compile(r"(?:Also\s+)?[Aa]vailable\s+(?:at|from|on|via|online)\b")
# a date and an address, after a full stop, no citation of their own: `…, pg. 26. May 2022, at https://…`
_DATED_ADDRESS_NEXT = re.compile(
    rf"(?:{MONTH}\s+)?(?:\d{{1,2}},?\s+)?(?:1[5-9]|20)\d\d,?\s+(?:(?:at|available\s+at)\s+)?(?:https?://|www\.)"
)
# `See infra Part II and III.C. See Lucy Colback, …`: the article's pointer to its own parts or notes is a sentence
# of its own, and the `See` after it starts a citation
_CROSS_REFERENCE = re.compile(
    r"(?:See\s+(?:also\s+)?)?(?:infra|supra)\s+(?:Parts?|notes?|Sections?|§)\s", re.IGNORECASE
)
# a case's name going on after a Bluebook abbreviation (table T6): `… v. Sw.`, `… v. Nat’l`, `… v. Bd.`
_CASE_NAME_GOES_ON = re.compile(r"\sv\.\s+(?:[\w’'&.-]+\s+){0,5}(?:[A-Z][a-z]{0,4}|[A-Z][a-z]*[’'][a-z]+)\.$")
_BY_AUTHORS_END = re.compile(
    r"\bCRS\s+(?:Report|In\s+Focus|Insight|Legal\s+Sidebar)\s+[\w-]+,\s+[^;]{3,300}?,\s+(?:coordinated\s+)?by\s+"
    r"(?:[A-Z][\w’'.-]*\s+){1,4}(?:[A-Z][a-z][\w’'-]*)(?:,?\s+(?:and\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][a-z][\w’'-]*)*\.?$"
)
# `… see CRS In Focus IF12576, EDA's Disaster Economic Recovery and Resiliency Roles, by Julie M. Lawhorn and CRS
# Infographic IG10045, …` (crs-2026-eda-programs note 44): `and` before another CRS product starts it
_CRS_PRODUCT_AND = re.compile(
    r"(?P<and>,?\s+and\s+)(?=CRS\s+(?:Report|In\s+Focus|Insight|Infographic|Legal\s+Sidebar)\s+[A-Z]{1,3}\d)"
)
# `Manley Aaron to Willa Cather, August 24 and 26, 1931, and Willa Cather to Alfred Knopf, August 30, [1931], DFCF.`:
# after a letter's year, `and` starts the next letter, by its writer, addressee and day
_LETTER_AND = re.compile(
    r"(?<=\d{4})\]?(?P<and>,\s+and\s+)(?=(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+\s+to\s+(?:[A-Z][\w.’'-]*\s+){0,3}"
    rf"[A-Z][\w’'-]+,\s+{MONTH}\.?\s+\d{{1,2}},)"
)
_INITIAL_END = re.compile(r"(?:^|\s)[A-Z]\.$")  # `… on C. A. Logan to …`: an initial, not a sentence's end
_LETTER_NEXT = re.compile(
    rf"(?:[A-Z][\w.’'-]*\s+){{1,3}}[A-Z][\w’'-]+\s+to\s+(?:[A-Z][\w.’'-]*\s+){{0,3}}[A-Z][\w’'-]+,\s+{MONTH}\.?\s+\d{{1,2}},"
    r"\s+\d{4}"
)
# `…, Butler Library, Columbia University. The letter itself strongly implies that …`: a sentence of comment
# that opens with a pronoun or an article and reads as prose starts after a citation however that citation ended
_REMARK_NEXT = re.compile(r"(?:The|This|These|That|Those|It|He|She|They|His|Her|Their|Its|We|Our|I)\s+[a-z]")
_PAST_THEN_PREPOSITION = re.compile(r"\s[a-z]{3,}ed\s+(?:in|to|by|on|at|with|for)\s")
_MONTH_END = re.compile(rf"\b{MONTH}$")
_DAY_NEXT = re.compile(r"\d{1,2},\s+(?:1[5-9]|20)\d\d\b")
_ABBREV_END = re.compile(
    r"\b(?:e\.g|i\.e|al|ed|eds|pp?|n|nn|no|nos|vol|cf|id|supp|art|v|vs|etc|trans|et seq|ch|subch|cl|para|sec|ibid"
    # (Bluebook's: `S. Rep. No. 102-342`, `Bull. civ. V, No. 374`, `H.R. Doc. No. 3`)
    r"|esp|docs?|fols?|pt|bk|fig|mss?|n\.s|sub nom|rep|civ|crim|sess|stat|ann)\.$",
    re.IGNORECASE,
)  # a note with more "citations" than this is not a list of citations


# A medical journal's reference in the NLM (Vancouver) form, one reference a note: `Maftei A, Holman AC.
# Title. Front Psychol. 2020 Oct 30;11:567345. doi: 10.3389/…` (Journal of Mind and Medical Sciences, dev).
# Authors are surnames with initials and no full stops; the journal is followed by the date, then
# `volume(issue):pages` run together. Read whole: its full stops and commas split nothing.
_NLM_NAME = r"[A-ZÀ-Þ][\w’'\-]+(?:\s+[A-ZÀ-Þ][\w’'\-]+)*\s+[A-Z]{1,4}"
VANCOUVER = re.compile(
    rf"^(?P<authors>(?:{_NLM_NAME},\s+)*{_NLM_NAME}(?:,?\s+et\s+al)?)\.\s+"
    r"(?P<title>[A-Z0-9\"“‘'].+?[.?!])\s+"
    r"(?P<journal>[A-Z][^.;:]{1,100}?)\.?\s+"
    r"(?P<date>(?:1[5-9]|20)\d\d(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?)\s*;?\s*"
    r"(?P<volume>\d{1,4})?(?:\s*\((?P<issue>[^()]{1,12})\))?\s*:\s*(?P<pages>e?\d{1,7}(?:\s*[-–]\s*\d{1,7})?)\."
    r"(?P<rest>.*)$"
)


@dataclass(frozen=True)
class Piece:
    text: str
    joint: bool = False  # shares its imprint with the next piece
    # cited in another citation's `(citing …)` parenthetical: a source of the note, but not the one an `Id.` repeats
    within: bool = False


# `Korobkin, supra note 5, at 1206 R (“Ironically, …`, `Meirav R Furth-Matzkin`, `Minding R the Gap`: the `R` a law
# review's typesetter prints in the margin beside a line holding a cross-reference, which the PDF's text layer set
# into the line (never `R v. Smith`, the Crown's case, nor an initial, which Bluebook prints with its full stop)
# (nor the tall first letter of a name in small capitals the text layer split off, `S TUART R USSELL`)
_REPEAT_MARK = re.compile(r"(?<=[\w,;.)”’-])\s+R(?=\s+(?!v\.|[A-Z’'\-]{2,}\b)[\w(“\"‘]|$)")
# `See MURPHY, supra note 67Error! Bookmark not defined., at 17–20.`: Word's message for a cross-reference whose
# target was deleted, printed where the note number's field stood
_WORD_FIELD_ERROR = re.compile(r"\s?Error! (?:Bookmark not defined|Reference source not found)\.")


# a full stop inside an italic title ends no sentence: `… took place. Judith Duportail, *I asked Tinder for my data. It
# sent me 800 pages of my deepest, darkest secrets*, GUARDIAN (…)` (italics that hold a signal, a case's `v.` or a
# parenthesis are a converter's slip or a case name, not a title, and hold nothing)
_HOLD = "\u2060"  # a word joiner after each such stop, which no sentence's end is read across; no piece keeps it
_NOT_A_TITLE = re.compile(r"\b(?:See|Id|Ibid|Cf)\b|\(|\sv\.\s")
_STOP_THEN_WORD = re.compile(r"[.?!](?= \w)")


def split_note(text: str, italics: tuple[tuple[int, int], ...] = ()) -> list[Piece]:
    """The citations and sentences of a note, in order; `italics`: the spans of `text` set in italics, where known."""
    stops = sorted(
        m.end() for a, b in italics if not _NOT_A_TITLE.search(text, a, b)
        for m in _STOP_THEN_WORD.finditer(text, a, b) if text[m.end() + 1].isupper()
    )  # fmt: skip
    if not stops:
        return _split_note_whole(text)
    held = "".join(text[i:j] + _HOLD for i, j in itertools.pairwise([0, *stops])) + text[stops[-1] :]
    return [replace(p, text=p.text.replace(_HOLD, "")) for p in _split_note_whole(held)]


def _split_note_whole(text: str) -> list[Piece]:
    inner = _wholly_bracketed(text) if text.startswith("(") else None
    if inner is not None and not _IMPRINT_OR_AUTHOR_YEAR.search(inner):
        # `(Goldman, supra, at 6)`: a note that is one parenthesis, the source it holds (a note that is an imprint,
        # `(Harvard University Press, 2018).`, or an author and year, is read as one)
        text = inner
    if "Error! " in text:
        text = _WORD_FIELD_ERROR.sub("", text)
    if " R" in text and "supra" in text:
        text = _REPEAT_MARK.sub("", text)
    if "(" in text and ("(see" in text or '" (' in text or "” (" in text or "(“" in text or '("' in text
                        or " to " in text or "bid" in text):  # fmt: skip
        out: list[Piece] = []
        start = 0
        for m in _IN_PARENS.finditer(text):
            if m.group("dated") and m.start() == 0:
                continue  # (a note that is the bracketed source itself is read whole)
            out.extend(_split_note(text[start : m.start()]))
            inner = m.group("cit") or m.group("short") or m.group("dated") or m.group("ibid") or m.group("source")
            out.extend(_split_note(inner))
            start = m.end()
        return out + _split_note(text[start:])
    return _split_note(text)


_IMPRINT_OR_AUTHOR_YEAR = re.compile(r"^(?:[A-Z][^:()]{1,60}:\s*)?[^:()]{2,120},\s*(?:1[5-9]|20)\d\d$")


def _wholly_bracketed(text: str) -> str | None:
    """What one pair of parentheses around the whole of `text` (then perhaps a full stop) holds, else None."""
    whole = text.strip().rstrip(".").rstrip()
    if not (whole.startswith("(") and whole.endswith(")")):
        return None
    # (`(1) … (2) …`: two parentheses, not one around the note)
    return whole[1:-1].strip() if _closing(whole, 1) == len(whole) - 1 else None


def _closing(text: str, inside: int) -> int | None:
    """Where the parenthesis open just before `inside` closes, or None when it never does."""
    depth = 1
    for i in range(inside, len(text)):
        depth += (text[i] == "(") - (text[i] == ")")
        if depth == 0:
            return i
    return None


def _split_note(text: str) -> list[Piece]:
    if not text.strip(" .;,"):
        return []
    if VANCOUVER.match(text.strip()):
        return [Piece(text.strip())]
    balanced = text.count("“") == text.count("”") and text.count('"') % 2 == 0
    pieces = _split(text, respect_quotes=True) if balanced else None
    if pieces is None:
        pieces = _split(text, respect_quotes=False) or [text]
    pieces = [part for whole in pieces[:_MAX_PIECES] for part in archival.cut_run(whole)]
    pieces = archival.rejoin_folders(text, pieces) if "; " in text else pieces
    pieces = _rejoin_title_semicolons(pieces) if len(pieces) > 1 else pieces
    out: list[Piece] = []
    cut = [part for whole in pieces[:_MAX_PIECES] for part in _split_after_urls(whole)]
    cut = [part for whole in cut for part in _statutes_in_comment(whole)]
    cut = [part for whole in cut for part in _article_then_stray_text(whole)]
    if " in " in text:
        cut = [part for whole in cut for part in _quoted_in(whole)]
    within: set[str] = set()
    if "(citing " in text or "(quoting " in text:
        cut = [part for whole in cut for part in _cited_within(whole, within)]
    for piece in [part for whole in cut for part in _code_after_public_law(whole)]:
        parts = _JOINT.split(piece)
        for k, part in enumerate(parts):
            part = _without_stray_close(part.strip())
            if part:
                out.append(Piece(part, joint=k < len(parts) - 1, within=part in within))
    return out


# `Zak Doffman, Ashley Madison Hack Returns To ‘Haunt’ Its Victims; 32 Million Users Now Watch and Wait, MEDIUM (Feb. 1,
# 2020)`, `Twitter Settles Charges that it Failed …; Company Will Establish …, FED. TRADE COMM’N (June 24, 2010)`: a
# headline's own semicolon; what follows runs on in title case to the site in capitals and its date
_TITLE_WORD = r"(?:[A-Z0-9][\w’'‘-]*|a|an|and|as|at|by|for|from|in|into|of|on|or|the|to|with)"
_TITLE_RUNS_ON = re.compile(
    rf"{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{3,}}[?!]?,\s+[A-Z][A-Z.’'&: ]{{2,}}"
    r"\s\((?:[A-Z][a-z]{2,}\.?\s)?\d{1,2},?\s\d{4}"
)


# (`The String of Pearls; or, the Barber of Fleet–Street`: a title's alternative, after `; or,`)
_SMALL_WORD_OPENING = re.compile(r"(?:on|of|in|for|with|to|or)\s+(?:the\s+|a\s+|an\s+)?[A-Z]|[Oo]r,\s+[A-Za-z]")


_EDITOR_ROLE = re.compile(r"[A-Z][\w.’'\- ]{2,60},\s+(?:[a-z]+\s+){0,2}editors?\b")
_PAPER_FROM = re.compile(r"(?:and\s+|See\s+)?(?:Memorandum|Letter)\s+from\s")  # (`…; and Letter from Paul Pate, …`)
_ADDRESSED_TO = re.compile(
    r"(?:See\s+)?(?:Memorandum|Letter)\s+from\s+[A-Z][^;“”\"()\d]{2,120}?\s+to\s+[A-Z][^“”\"()\d]{2,400}$"
)


def _rejoin_title_semicolons(pieces: list[str]) -> list[str]:
    out = [pieces[0]]
    for piece in pieces[1:]:
        before = out[-1]
        headline = re.search(r"[A-Za-z’'‘]$", before) and not re.search(r"\d|\(|https?:|[“”\"]", before)
        # (`…," Representations (Summer 1897): 87-110; reprinted in Alger, Ragged Dick, 209-33`: where the same work was
        # printed again is no work of its own)
        # (`The Best Reading: Hints on the Selection of Books; on the Formation of Libraries, …`: a title's own
        # semicolon, what follows it opening with a small word of its title)
        title_goes_on = bool(_SMALL_WORD_OPENING.match(piece)) and not re.search(r"\d|\(", before)
        # (`Memorandum from Attorney General Merrick Garland to Director, Federal Bureau of Investigation; Director of
        # the Executive Office for U.S. Attorneys; …; and United States Attorneys, “Subject: …”`: one memorandum's
        # list of addressees)
        addressees = _ADDRESSED_TO.match(before) is not None and not _PAPER_FROM.match(piece)
        reprinted = piece.startswith("reprinted in ")
        # (`…, historical editors; James L. W. West III, textual editor; Neda M. Westlake, general editor (…)`: an
        # edition's editors and their roles, listed between semicolons)
        editor = _EDITOR_ROLE.match(piece) is not None
        if (headline and _TITLE_RUNS_ON.match(piece)) or title_goes_on or addressees or reprinted or editor:
            out[-1] = f"{before}; {piece}"
        else:
            out.append(piece)
    return out


# `Title I focuses on employment, 42 U.S.C. ch. 126, subch. I (2012); …`, `… include Florida (FLA. STAT. § 741.28
# (2003)), Georgia (GA. CODE ANN. § 19-13-10 (2015)), …`: a code section cited in full, with its year, inside a sentence
# of comment is a citation (Bluebook 12.3); the comment around it is none
_SECTION_TOKEN = r"[\w.:–\-]+(?:\(\w{1,4}\))*"
# `15 C.F.R. §970 and 15 C.F.R. §971.`, `13 C.F.R. §300.3 and 2 C.F.R. §200.306`: two sections of the Codes, two
# citations
_CODE = r"\d{1,3}\s+(?:U\.\s?S\.\s?C\.|C\.\s?F\.\s?R\.)\s*§§?\s?"
_CODE_AND = re.compile(rf"\b{_CODE}{_SECTION_TOKEN}(?P<and>,?\s+and\s+)(?={_CODE}\d)")
_CODE_IN_COMMENT = re.compile(
    r"(?:\b\d{1,3}\s+(?:U\.\s?S\.\s?C\.(?:\s?A\.)?|C\.\s?F\.\s?R\.)|\b[A-Z]{2,}\.?(?:\s+[A-Z]{2,}\.?){0,3}\s+(?:CODE|STAT\.)"
    rf"(?:\s+ANN\.)?)\s+(?:§§?|ch\.)\s?{_SECTION_TOKEN}(?:,\s*(?:subch\.\s*)?{_SECTION_TOKEN}){{0,4}}"
    r"\s\((?:[A-Z][\w.]*\s){0,2}(?:1[89]|20)\d\d\)"
)


def _statutes_in_comment(piece: str) -> list[str]:
    if "§" not in piece and " ch. " not in piece:
        return [piece]
    # a section the statute's own citation points to (`Pub. L. No. 111-2, 123 Stat. 5 (codified at 42 U.S.C.
    # § 2000e-5 (2009))`) is part of that citation
    found = [m for m in _CODE_IN_COMMENT.finditer(piece) if "codified" not in piece[max(0, m.start() - 16) : m.start()]]
    if (
        not found
        or len(re.findall(r"[A-Za-z]{2,}", piece[: found[0].start()])) < 3
        or not _prose(_CODE_IN_COMMENT.sub(" ", piece))
    ):
        return [piece]  # a citation starting with its code section (`See 17 U.S.C. § 106 (2018) (“…”)`) stays whole
    # the comment before each section (`Title I focuses on employment,`, `), Georgia (`) is dropped; what follows
    # the last is kept, since it may end in a citation of its own (`…, as discussed in Author, Title, 73 VAND. L.
    # REV. 929 (2020)`)
    tail = piece[found[-1].end() :].strip(" ,;()")
    return [m.group() for m in found] + ([tail] if len(re.findall(r"[A-Za-z]{2,}", tail)) >= 3 else [])


# `Omnibus Trade and Competitiveness Act of 1988 (P.L. 100-418, Title II §2301, as amended; 15 U.S.C. §4721)`, `… Act
# of 2022 (P.L. 117-263, Division K, Title CXII) and 16 U.S.C. §1885a`: CRS cites a law by its public law number and
# then where the Code holds it; the Code section is a citation of its own (as `P.L. 116-283, §3511; 46 U.S.C. §53403`)
_USC_SECTION = r"\d{1,3}\s+U\.\s?S\.\s?C\.\s+§§?\s?[\w.\-–]+(?:\(\w{1,4}\))*"
_CODE_IN_LAW_PARENS = re.compile(
    rf"(?P<law>\((?:P\.\s?L\.|Public\s+Law)\s[^();]{{1,80}});\s+(?P<code>{_USC_SECTION})\)"
)
_CODE_AFTER_LAW_PARENS = re.compile(
    rf"(?P<law>\((?:P\.\s?L\.|Public\s+Law)\s[^()]{{1,80}}\))\s+and\s+(?P<code>{_USC_SECTION})\.?$"
)


def _code_after_public_law(piece: str) -> list[str]:
    if "U.S.C" not in piece:
        return [piece]
    if m := _CODE_IN_LAW_PARENS.search(piece):
        return [piece[: m.start()] + m.group("law") + ")" + piece[m.end() :], m.group("code")]
    if m := _CODE_AFTER_LAW_PARENS.search(piece):
        return [piece[: m.end("law")], m.group("code")]
    return [piece]


_SECTION_CLOSED_TWICE = re.compile(rf"§\s?{_SECTION_TOKEN}\)\.$")


# `…, 33 FIN. MKT. & PORTFOLIO MGMT. 183, 183 (2019) - frequency trading has had …`, `…, 139 PUB. CHOICE 228, 236 (2009)
# ranking of the perception …`, `…, 33 YALE J. REG. 547, 552 (2016) (noting that the corporation plays a "key …`: a
# law review's article, dated, then words a PDF's text ran into the note (a parenthetical's quotation marks and
# brackets lost in the extraction); the article ends at its year
_ARTICLE_YEAR = re.compile(
    r",\s+\d{1,4}\s+[A-Z][A-Z.&’'\s]{1,60}?\s\d{1,5}(?:,\s*\d{1,5}(?:\s*[-–]\s*\d{1,5})?)?"
    # (`…, 2019 J. DISP. RESOL. 103, 105 ( t also may be …`: a volume numbered by its year, and a bracket never closed)
    r"(?:\s\((?:[A-Z][a-z]{2,}\.?\s+(?:\d{1,2},\s+)?)?(?:19|20)\d\d\)|(?=\s\())"
)
# (not an address, a pinpoint or the case's history: `… (2015) https://…`, `… (2016) at 5`, `… (1999) aff'd, …`)
_HISTORY_WORDS = re.compile(
    r"\b(?:rev[’']d|aff[’']d|vacated|cert\.\s+denied|reh[’']g\s+denied)(?:,?\s+(?:in\s+part|on\s+other\s+grounds|as\s+moot))*"
)
_STRAY_WORDS = re.compile(
    r"\s+(?:-\s+|(?!https?:|www\.|at\s|as\s|overruled|modified|reprinted|codified|available|"
    rf"{_HISTORY_WORDS.pattern})(?=[a-z]))"
)


# `See Cohney & Hoffman, supra note 85, at 324 27 (explaining that judges may not be`: a short form's pinpoint, then a
# parenthetical never closed
_SUPRA_PIN = re.compile(r"\bsupra\s+note\s+\d{1,4}(?:,?\s+at\s+\d{1,5}(?:\s*[-–]\s*\d{1,5}|\s\d{1,5})?)?(?=\s\()")


# `De Sade, Idee sur les romans (Paris, 1800), quoted in E.J. Clery, The Rise of Supernatural Fiction (…, 1999), 156.`,
# `Northern Star, March 16, 1839, quoted in Gareth Stedman Jones, …`: a source cited through the work that quotes it
# (CMOS 14.260) is two sources when the first is cited in full, with its imprint, its quoted title, a pinpoint or its
# day; a person alone (`Frédéric Leschot, quoted in …`) or a letter (`Alexander Hamilton to Edward Stevens, November 11,
# 1769, quoted in …`) is what the second holds, and a reprint (`reprinted in`) is the same work again
_QUOTED_IN = re.compile(r",\s+(?:as\s+)?(?:quoted|cited|excerpted)\s+in\s+(?=[A-Z“\"])")
_CITED_IN_FULL = re.compile(
    rf"(?:\b(?:1[5-9]|20)\d\d\)|[”\"]|,\s*(?:pp?\.\s*)?\d[\d–-]*|{MONTH}\.?\s+\d{{1,2}},\s+(?:1[5-9]|20)\d\d)$"
)


def _quoted_in(piece: str) -> list[str]:
    m = _QUOTED_IN.search(piece)
    if m is None or piece.count("(", 0, m.start()) != piece.count(")", 0, m.start()):
        return [piece]
    before = piece[: m.start()]
    if not _CITED_IN_FULL.search(before) or (" to " in before and not re.search(r"[“\"(]", before)):
        return [piece]
    return [before, piece[m.end() :]]


# `Snell v. United Specialty Ins. Co., 102 F.4th 1208, 1221 (11th Cir. 2024) (citing Yonathan A. Arbel & David A.
# Hoffman, Generative Interpretation, 99 N.Y.U. L. REV. 451 (2024), https://…)`: a source a case or an article cites
# (Bluebook 1.6(b)); a work in full there, with its address, is a source of the note's own, and the address its
_CITING_PARENTHETICAL = re.compile(r"\((?:citing|quoting)\s+(?=[A-Z‘“\"*_])")


def _cited_within(piece: str, within: set[str]) -> list[str]:
    """The piece, and the work a `(citing …)` or `(quoting …)` parenthetical cites in full with its address (added
    to `within`)."""
    for m in itertools.islice(_CITING_PARENTHETICAL.finditer(piece), 4):
        close = _closing(piece, m.start() + 1)
        inner = piece[m.end() : close].strip() if close is not None else ""
        if close is not None and find_urls(inner):
            within.add(inner)
            return [f"{piece[: m.start()].rstrip()}{piece[close + 1 :]}", inner]
    return [piece]


def _article_then_stray_text(piece: str) -> list[str]:
    if "(" not in piece:
        return [piece]
    if "supra" in piece and (short := _SUPRA_PIN.search(piece)) and short.end() + 1 in _unclosed(piece):
        return [piece[: short.end()]]
    if not (m := _ARTICLE_YEAR.search(piece)):
        return [piece]
    at = m.end()
    if piece[at : at + 2] == " (":
        # an explanatory parenthetical is the citation's own, closed or not; one never closed is dropped, with the
        # sources it names (`(noting … (citing Chaplinsky …)`), which the corpus, as Bluebook, does not count
        return [piece[:at]] if at + 1 in _unclosed(piece) else [piece]
    if stray := _STRAY_WORDS.match(piece, at):
        rest = piece[stray.end() :].strip()
        return [piece[:at], *([rest] if rest else [])]
    return [piece]


def _without_stray_close(piece: str) -> str:
    """`… (N.D. Cal. 2012) (concluding …) (quoting Weyer, 198 F.3d at 1114)),`: a parenthesis closed twice at the
    end (the author's slip, or the rest of a parenthetical the note was cut from) is dropped; so is the close of
    the bracket a citation was cut out of (`(see 31 U.S.C. §310 and 31 C.F.R. §1010.810(a)).`)."""
    stop = "." if _SECTION_CLOSED_TWICE.search(piece) else ""
    piece = piece.removesuffix(stop)
    while piece.endswith(")") and piece.count(")") > piece.count("("):
        piece = piece[:-1].rstrip()
    return piece + stop


def _cut_at(pattern: re.Pattern[str], group: str, text: str) -> list[str]:
    """The text cut where each match's `group` stands; the group itself is dropped."""
    out: list[str] = []
    start = 0
    for m in pattern.finditer(text):
        out.append(text[start : m.start(group)])
        start = m.end(group)
    out.append(text[start:])
    return out


def _after_access_dates(text: str) -> list[str]:
    """`…, accessed November 03, 2018, Keith Collins and Larry Buchanan, “Title,” …`: an access date
    ends a citation; a list of them may run on with commas (Journal of Cultural Analytics, 2019)."""
    return _cut_at(_ACCESS_THEN_NAMES, "cut", text) if "accessed" in text else [text]


_SPLIT_MARK = re.compile(r'[()\[\]“”";]')


_IMPRINT_YEAR = re.compile(r"\((?:[^()]*\D)?(?:1[5-9]|20)\d\d\)")
_NAME_COMMA_HEAD = re.compile(r"\s*(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.’'\-]*,\s")
_NOT_A_SUBTITLE = re.compile(r"\s*(?:See|Cf\.|and|also|but|see|[“\"‘]|\d)")


def _subtitle_after_semicolon(text: str, start: int, at: int) -> bool:
    """Whether the `;` at `at` joins an old-style title to its subtitle: the words before it name an author and a
    title but nothing that ends a citation (no number, no closing parenthesis or quote), and what follows runs on
    to the imprint in parentheses without naming an author of its own: `Daniel Thorner, Investment in Empire;
    British Railway and Steam Shipping Enterprise in India, 1825-1849 (Philadelphia: …, 1950)`."""
    before = text[start:at]
    if sentences := list(_BOUNDARY.finditer(before)):
        # `Jane Austen, …, 2004), 44. For more, see Montague Summers, The Gothic Quest; a History of the Gothic
        # Novel (New York: …, 1964)`: the citation before the title's sentence ended; only the title's own counts
        before = before[sentences[-1].end() :]
    if ", " not in before or re.search(r"[\d)”\"]", before) or len(before) > 300:
        return False
    title = before.rsplit(", ", 1)[1]
    if len(title.split()) < 2 or not title[:1].isupper():
        return False
    end = text.find(";", at + 1)
    after = text[at + 1 : end if end != -1 else len(text)]
    paren = after.find("(")
    if paren == -1 or not _IMPRINT_YEAR.match(after, paren) or _NOT_A_SUBTITLE.match(after):
        return False
    head = after[:paren]
    return not _NAME_COMMA_HEAD.match(head) and not re.search(r",\s+[A-Z“\"]", head)


_INVERTED_NAME = r"[A-Z][\w’'\-]+,\s+[A-Z][\w.’'\- ]{0,40}?"
_DATASET_AUTHORS = re.compile(rf"\s+{_INVERTED_NAME}(?:;\s+{_INVERTED_NAME})*,\s+(?:19|20)\d\d,\s+[“\"]")


# `Environment;" and Helen Scales, …`, `Inquiry;" Frances S. Grodzinsky and Herman T. Tavani, "Applying …`: what
# starts a citation after `;"` (not a journal's name: `Restaurants;" Food Quality and Preference 16`)
_NEXT_AFTER_STRAIGHT = re.compile(
    r"\s+(?:and\s|[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){1,3}(?:,?\s+(?:and\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){1,3})*,"
    r"\s+[“\"])"
)


def _split(text: str, *, respect_quotes: bool) -> list[str] | None:
    """Split at depth 0; None when quotes do not balance (caller retries without them)."""
    parens = 0
    in_quote = False
    in_straight = False
    cuts: list[tuple[int, int]] = []  # (end of piece, start of next)
    n = len(text)
    skip_to = 0
    unclosed = _unclosed(text) if text.count("(") + text.count("[") > text.count(")") + text.count("]") else ()
    for mark in _SPLIT_MARK.finditer(text):  # only these characters matter: skip the rest in C
        i, ch = mark.start(), mark.group()
        if i < skip_to or i in unclosed:
            continue
        if ch in "([":
            parens += 1
        elif ch in ")]":
            parens = max(0, parens - 1)
        elif respect_quotes and ch == "“":
            in_quote = True
        elif respect_quotes and ch == "”":
            in_quote = False
        elif respect_quotes and ch == '"':
            in_straight = not in_straight
        elif ch == ";" and parens == 0:
            after = text[i + 1 : i + 2]
            if text[i - 1 : i] == " " and _PLACE_NEXT.match(text, i + 1):
                pass  # `London ; New York: Verso Books, 2013`: two places of one imprint
            elif _DATASET_AUTHORS.match(text, i + 1):
                pass  # `Smith, Jane; Doe, John, 2019, "Replication Data …"`: a dataset's inverted authors
            elif _ACCESS_AFTER_SEMICOLON.match(text, i + 1):
                pass  # `…/choke%20point; Accessed October 28, 2021`: the access date of the citation before
            elif _SECTION_NEXT.match(text, i + 1) and "§§" in text[cuts[-1][1] if cuts else 0 : i]:
                pass  # `42 U.S.C. §§ 262(a)(2)(B); 262(a)(2)(D); 262(h)`: sections of one code title, one citation
            elif _TITLE_GOES_ON.match(text, i + 1):
                pass  # `Analysis of the Statistical Account of Scotland; with a General View of …`: a title's own
            elif _subtitle_after_semicolon(text, cuts[-1][1] if cuts else 0, i):
                pass  # `Ranajit Guha, A Rule of Property for Bengal; an Essay on … (Paris: Mouton, 1963)`: the same
            elif not (in_quote or in_straight) and (after == "" or after.isspace()):
                cuts.append((i, i + 1))
            elif not (in_quote or in_straight) and after.isupper() and text[i - 1 : i] in ")”":
                cuts.append((i, i + 1))  # `… litigation”);Orenstein, supra note 12`: the space lost after `;`
            elif (
                (in_quote and after == "”")
                or (in_straight and after == '"' and _NEXT_AFTER_STRAIGHT.match(text, i + 2))
            ) and (i + 2 >= n or text[i + 2].isspace()):
                # `Threat;” Ko Hirano`, `Environment;" and Helen Scales`: the ; belongs outside the title (a straight
                # quotation mark before `; "` may close a title whose journal follows: `Restaurants;" Food Quality`)
                in_quote = in_straight = False
                cuts.append((i + 2, i + 2))
                skip_to = i + 2
    if respect_quotes and (in_quote or in_straight):
        return None
    pieces: list[str] = []
    start = 0
    for end, nxt in cuts:
        pieces.append(text[start:end])
        start = nxt
    pieces.append(text[start:])
    out: list[str] = []
    for piece in pieces:
        signalled = "See also" in piece or "Reprinted in" in piece or "Translated in" in piece  # (or no scan)
        for part in _SEE_ALSO.split(piece) if signalled else [piece]:
            for run in _after_access_dates(part):
                out.extend(_sentences(run))
    return [p.strip() for p in out if p.strip()]


def _unclosed(text: str) -> set[int]:
    """Where a parenthesis opens that never closes: `Ebert, supra note 20, at 339 (noting that apologies can reduce
    litigation Jeffrey S. Helmreich, Does …, 21 CORNELL J.L. PUB. POL’Y 567 (2012); Orenstein, supra note 12, …`
    (the author's slip) would otherwise hold every citation after it in one piece."""
    opened: list[int] = []
    for mark in _BRACKET.finditer(text):
        if mark.group() in "([":
            opened.append(mark.start())
        elif opened:
            opened.pop()
    return set(opened)


_SECTION_NEXT = re.compile(r"\s*\d{1,5}[a-z]{0,2}\((?:\w{1,4})\)")
_SECTION_PAGE_END = re.compile(r",\s+at\s+\d{1,3}[A-Z]$")
_BRACKET = re.compile(r"[()\[\]]")
_SENTENCE_ENDS = (". ", ".” ", '." ', "? ")


# a manuscript's folio, recto or verso (`fol. 4r–4v`)
_FOLIO_END = re.compile(r"(?<![\w.])\d{1,4}[rv]$")
# a title's question mark, then its subtitle and the law review or reporter it is printed in (Bluebook's unquoted
# titles): one citation, however much the words before the question read as a sentence
# (`Who Shares the Sharing Economy? 51 (LSE L. Working Paper Series, …, 2023)`: or the page cited, then the paper's
# series in brackets)
_SUBTITLE_THEN_VOLUME = re.compile(
    r"[A-Z][^.?!()]{0,150}?,\s+\d{1,4}\s+[A-Z][A-Za-z.&’' ]{1,60}?\s+\d{1,5}\b|\d{1,5}\s+\([A-Z][^()]{2,120}\d{4}\)"
)


def _next_sentence_is_prose(text: str, at: int) -> bool:
    """Whether the sentence starting at `at` (up to the next `. `) is comment, its addresses no words of it."""
    return _prose(_without_addresses(text[at : text.find(". ", at) % (len(text) + 1)]))


def _without_addresses(text: str) -> str:
    """`text` with its addresses, with their scheme or without (`www.ericsson.com/en/…`), blanked: no words of prose."""
    for found in reversed(find_urls(text)):
        text = f"{text[: found.start]} {text[found.end :]}"
    return text


def _sentences(text: str) -> list[str]:
    """Split a piece into sentences where one clearly ends: after a citation's closing `)`,
    `]`, number or URL, or after a sentence of prose. `Fake Cases. A Judge Is …` (a title
    with a full stop) stays whole; `Id. at 8. An F-score …` and `… to justice. See …` split."""
    if not any(end in text for end in _SENTENCE_ENDS) and not _QUOTED_END.search(text):
        return [text]
    out: list[str] = []
    start = 0
    depth = quotes = 0  # parentheses and curly quotes open since `start`, counted as the scan goes (linear)
    straight = 0  # straight double quotes since `start`: `"Springsteen Tickets for $4,000? How …,"`
    track_straight = text.count('"') % 2 == 0
    # (`… as may be proper to furnish,“ the Department …`: a quotation closed with an opening mark leaves the count
    # of curly quotes unbalanced, and no quotation is tracked)
    track_curly = text.count("“") == text.count("”")
    # (a parenthesis the author never closed holds no sentence in it: `(analyzing … (quoting 21 U.S.C. § 360k(a)(1)).
    # For more information …, see …`)
    unclosed = sorted(_unclosed(text)) if text.count("(") > text.count(")") else []
    stray_close = text.count(")") > text.count("(")
    counted = 0
    # biblatex's verbose note sets every element apart with a full stop (`… Music Industry. Tech. rep. IDB-DP5 49.
    # Inter-American Development Bank (IDB), Nov. 2017. url: …`): a report's number ends no citation; its
    # citations are set apart by semicolons
    biblatex = bool(_BIBLATEX_ELEMENT.search(text))
    for m in _BOUNDARY.finditer(text):
        end = m.start() + len(m.group("quote") or "")
        chunk = text[counted:end]
        depth += chunk.count("(") - chunk.count(")") - (bisect_left(unclosed, end) - bisect_left(unclosed, counted))
        if stray_close:
            depth = max(0, depth)  # (a `)` nothing opened, `…project ckcc.huygens.knaw.nl). For …`, closes nothing)
        # (counted apart: `(finding that "desired … an error.” And that …)`, a straight quote a curly one closes,
        # must not close the parenthesis)
        quotes = max(0, quotes + chunk.count("“") - chunk.count("”")) if track_curly else 0
        straight += text.count('"', counted, end) if track_straight else 0
        counted = end
        if _ACCESS_NEXT.match(text, m.end()) or _IMPRINT_NEXT.match(text, m.end()) or _EDITOR_NEXT.match(text, m.end()):
            continue  # `…/a. Accessed June 2, 2016.`: the access date belongs to the citation before
        if _IN_MARK_NEXT.match(text, m.end()):
            continue  # (biblatex's `In:`: the piece's journal or book follows)
        if _PUBLISHER_YEAR_END.match(text, m.end()) and "(" not in text[start : m.start()]:
            continue  # (the work before is unfinished: no imprint or date in brackets)
        if text.startswith(("Hereinafter ", "Hereafter "), m.end()):
            continue  # `…, pp. 52-53. Hereinafter U.S. Congress, …`: the short name the citation before gives itself
        if text[m.start() - 1] == "?" and _SUBTITLE_THEN_VOLUME.match(text, m.end()):
            # `…, Do Parties … Bargain After Judgment? A Glimpse Inside the Cathedral, 66 U. CHI. L. REV. 373`,
            # `…, “Can You Hear Me Now?” Exit, Voice, and Loyalty …, 58 J.L. & ECON. 717`
            continue
        if m.group("quote") and (_JOURNAL_NEXT.match(text, m.end()) or _PERIODICAL_DAY_NEXT.match(text, m.end())):
            continue  # `"Structure in Personal Networks." Journal of Social Structure 3, no. 1 (2002)`: its journal
        if _MANUSCRIPT_NEXT.match(text, m.end()) or (
            _ARCHIVE_NEXT.match(text, m.end()) and _MANUSCRIPT_MARK.search(text, start, m.start())
        ):
            # `“Report of the governor …” Manuscript. Lisbon, January 8, 1693. Arquivo Histórico Ultramarino (AHU),
            # box 10`: a manuscript's mark, place and date, and the archive keeping it are one citation
            continue
        if depth != 0 or quotes or straight % 2:
            continue
        month_before = _MONTH_END.search(text, max(0, m.start() - 12), m.start())
        if month_before and _DAY_NEXT.match(text, m.end()):
            continue  # `… art. 21, Dec. 13, 2006, 2515 U.N.T.S. 3`: a month's abbreviation, its day after it
        if " v. " in text and _CASE_NAME_GOES_ON.search(text, max(start, m.start() - 80), m.start()):
            continue  # `Access Now, Inc. v. Sw. Airlines Co., …`: Bluebook's abbreviation inside a case's name
        # only the end of what came before decides, so a long note is scanned in linear time
        before = text[max(start, end - _WINDOW) : end]
        short = end - start <= _WINDOW
        # (`FLA. STAT. ANN. § 718.103 . Sometimes, …`: a full stop the PDF set apart from what it ends)
        tail = before.rstrip("”’\"'").rstrip(".?!").rstrip("”’\"'").rstrip(" ")
        last = tail[-1:] if tail else ""
        # `“… Midwest, 1850–1860.” Social Science History`: a quoted title ending in a number goes
        # on with its container; `Title. 1991. UNC Press Books, 2016`: a bare year is no citation
        after_quote = bool(m.group("quote")) and last.isdigit()
        bare_year = bool(
            _BARE_YEAR.search(before)
            or (short and (_HARVARD_HEAD.match(before.strip()) or _HARVARD_BODY_HEAD.match(before.strip())))
        )
        # `P.L. 114-274; 15 U.S.C. §45c. The law allows …`: a code section ends a citation too
        # (`(1788), ll. 15-20`: letters a number follows are a marker, a poem's lines, not a roman pinpoint)
        # (`First Report of the Commissioners, iv. For legislative debates …`: a short title's front-matter page too)
        roman = bool(_ROMAN_PIN_END.search(tail) or _ROMAN_AFTER_COMMA.search(tail)) and not (
            text[m.end() : m.end() + 1].isdigit()
        )
        section = bool(_SECTION_END.search(tail)) or roman
        # `Letters of 1916 [Online]. Available from: …`: Harvard's medium in brackets ends no citation
        online = tail.endswith("[Online]")
        # (`…, PLAIN DEALER, Oct. 9, 1999, at 1B. But see …`: a section's page ends a citation as a number does)
        lettered = last.isupper() and bool(_SECTION_PAGE_END.search(tail))
        # (`…, March 11, 1696, fol. 4r–4v. According to Seyxas, …`: a manuscript's folio, recto or verso)
        folio = last in "rv" and bool(_FOLIO_END.search(tail))
        ends = (last in ")]" and not online) or last.isdigit() or section or lettered or folio or bool(
            _URL_END.search(before)
        )
        # `…, see CRS Report R47413, Points of Order …, by James V. Saturno and Megan S. Lynch. Previously, …`: a CRS
        # product's authors, named after its title, end it
        ends = ends or ("CRS" in before and bool(_BY_AUTHORS_END.search(before)))
        ends = ends or (last in ("a", "e") and bool(_SUPRA_UNNUMBERED.fullmatch(text, start, m.start() - 1)))
        ends_citation = ends and not (after_quote or bare_year or biblatex)
        if short and (_APA_HEAD.match(before.strip()) or _APA_NAMES_HEAD.match(before.strip())):
            continue  # `Doe, J. (2019). Title. Publisher.`: an author-date head, the citation goes on
        if _AVAILABLE_NEXT.match(text, m.end()) or _DATED_ADDRESS_NEXT.match(text, m.end()):
            # `…, 2000), p. 274. Available at the NARA, Founders Online website, <url>`: where it is read; `…, pg.
            # 26. May 2022, at https://…`: when it was put there
            continue
        if _PLATFORM_LAST.match(text, m.end()) and not _IBID_ALONE.match(text[m.end() :].strip()):
            continue  # `Andrew Piper, txtlab Multilingual Novels, 2016. Figshare.`: who publishes it ends the citation
        if (_APA_IMPRINT_NEXT.match(text, m.end()) or _APA_SITE_NEXT.match(text, m.end())) and _APA_HEAD_TITLE.match(
            text, start, m.start()
        ):
            # `Kahneman, D. (2011). Thinking, fast and slow. New York: Farrar, …`: its place and publisher, or the site
            # it is on and its address
            continue
        # `He felt “compelled to watch.” Id. He acknowledged …`: a citation sentence that is only `Id.`
        # starts where the sentence of comment before it ends
        id_next = bool(_ID_NEXT.match(text, m.end())) and not _ABBREV_END.search(before.rstrip("”’\"'"))
        # (`Mark Galeotti, "Hybrid, ambiguous, and non-linear? How new is …?" Small Wars …`, `"Let's Run away from
        # the Girls!..." Tenured Radical Blog`: a title in straight quotes that ends in `?"` or `..."` is no sentence
        # of prose ending)
        titled = bool(
            m.group("quote") == '"' and track_straight and re.search(r'(?:^\s*|[,;]\s)"[^"]+(?:[?!]|\.{3}|…)"$', before)
            and not _prose(re.sub(r'"[^"]*"', " ", before))
        )
        # `Robert Michael, "Kaskaskia Social Network." For discussion of …, see …`: a sentence of comment after a
        # quoted title starts where the title's full stop ends the citation
        # (`Waterman and Smith, Munsee Indian Trade. For differences in …, see Ibid., 13--15`, `Wendell, Waterman, and
        # Michelson, To Do Justice, passim. See the annotations in …`, Kane, JEAH 2017, notes 24 and 20: after a short
        # form, surnames and a short title, too)
        comment_next = (
            bool(m.group("quote")) or bool(_SHORT_FORM_ALONE.match(text, start, m.start()))
        ) and _next_sentence_is_prose(text, m.end())
        # `Hammer, “The Billion-Dollar Bank Job.” & “Swift: About Us” Swift, …`: `&` after a quoted title's full stop
        # joins two citations (after an abbreviation's, `Fed. & State`, it is part of a name)
        amp_next = bool(m.group("quote")) and text.startswith("&", m.end())
        # `For China, see Liu and Gunn. For Japan, see Kisaka Motoi, Kindai bunshō …`: a sentence that opens by
        # pointing to a source (`See …`, `For Japan, see …`) starts a citation, whatever the one before ended with
        # (after a sentence of comment or another such pointer: `The Article X for China would follow George Kennan's
        # Article X …. See …` reads as no comment, and stays with the citation it introduces)
        see_next = (
            bool(_SEE_NEXT.match(text, m.end()))
            and not _ABBREV_END.search(before.rstrip("”’\"'"))
            and (
                bool(_SEE_NEXT.match(text, start) or _CROSS_REFERENCE.match(text, start))
                or bool(_SHORT_FORM_ALONE.match(text, start, m.start()))  # `Citron, Section 230’s …. See generally …`
                or _prose(sentence := before[before.rfind(". ") + 1 :])
                or is_statement(sentence)
            )
        )
        # `… had “insulted” the U.S. consul and his wife. Horace Maynard to Hamilton Fish, September 18, 1875, Roll 29,
        # DUSMT.`: a letter by its writer, addressee and day starts a citation after a sentence of comment
        letter_next = (
            bool(_LETTER_NEXT.match(text, m.end())) and _prose(before[before.rfind(". ") + 1 :])
            and not _INITIAL_END.search(before)
        )
        remark_next = (
            bool(_REMARK_NEXT.match(text, m.end()))
            and not _ABBREV_END.search(before.rstrip("”’\"'"))
            and not _prose(cited := text[start : m.start()])
            and not _FINITE_VERB.search(cited)
            and not _PAST_THEN_PREPOSITION.search(cited)
            and _next_sentence_is_prose(text, m.end())
        )
        # `“It is a book that among bibliophiles has been feared like the plague.” Francisco Guerra, “La portada …,”
        # Revista de Indias …`: a sentence quoted at the head of a piece, then the source it comes from, which its
        # writer's name opens (a quoted title's full stop, `“The Smoking Gun.” New York Times`, has no writer after)
        quoted_head = (
            bool(m.group("quote")) and text[start] in "“\""
            and bool(_QUOTED_SENTENCE.fullmatch(text, start, end)) and bool(_WRITER_THEN_WORK.match(text, m.end()))
            and _prose(text[start + 1 : m.start()])
        )
        if ends_citation or id_next or comment_next or amp_next or quoted_head or see_next or letter_next or (
            remark_next
        ) or (
            short and _IBID_ALONE.match(before.strip())
        ) or (
            last.islower() and _prose(before) and not _ABBREV_END.search(before.rstrip("”’\"'")) and not titled
        ):
            out.append(text[start : m.start()].strip())
            start = m.end()
            depth = straight = 0
            counted = max(counted, start)
    out.append(text[start:].strip())
    return [p for p in out if p]


_QUOTATION_LEAD = re.compile(
    r"(?:\b[Ii]n\s+[\w’'. ]{1,40}?[’']s?\s+words"
    r"|\b[Aa]s\s+[\w’'. ]{1,40}?\s+(?:puts|put|notes|noted|writes|wrote|observes|"
    r"observed|argues|argued|explains|explained)\s+it|\b(?:writes|wrote|notes|noted|observes|observed|argues|argued|"
    # (`Hawking notes that the “idea that … science fact.”`: the quotation opened inside what is said of it)
    r"explains|explained|says|said|states|stated|concludes|concluded|remarks|remarked)"
    r"(?:\s+that(?:\s+(?:the|a|an|this|these|his|her|their|its))?)?)[,:]?\s*[“\"]"
)
_PARENTHETICAL = re.compile(r"\([^()]*\)")
_WORD = re.compile(r"(?<!\w)[^\W\d_][\w’'\-]*")


_ROMAN_NUMBER = r"(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
_ROMAN_PAGE = re.compile(rf"{_ROMAN_NUMBER}(?:[-–]{_ROMAN_NUMBER})?")
# (`passim, but esp. pp. 214-240`: how much of a work is meant)
_CITATION_ABBREVIATION = re.compile(
    r"\b(?:vols?|nos?|sess|pp|ed|eds|trans|tit|ser|suppl?|esp|pts?)\.(?=[\s,;)]|$)|\bpassim\b"
)
_CITED_PART = re.compile(r"\b(?:cmts?|illus|cl|para|subsec|subch|pt|app)\.\s*(?:[a-z]|\d+)\b")


_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "by", "for", "from", "with", "as"}
)


def _prose(text: str) -> bool:
    """Mostly lower-case words outside parentheses and quotes: a sentence of comment."""
    bare = text
    for _ in range(4):  # nested parentheticals, `(finding … (quoting Tinker, 393 U.S. at 506))`, inside out
        # (quotations first: a list the words quoted number, `(“… the following: . . . 2) to prepare …”)`, closes
        # no parenthesis of the note's own)
        inner = _PARENTHETICAL.sub(" ", CURLY_QUOTATION.sub(" ", bare))
        if inner == bare:
            break
        bare = inner
    # a case name's `v.` is no lower-case word (`see also Peoples v. Discover Fin.` is a citation's head), nor a
    # reporter's series (`F. Supp. 3d`, `8th Cir.`), nor a case's subsequent history (Bluebook 10.7: `rev’d in part,
    # vacated in part, 825 F.3d 876`)
    bare = _HISTORY_WORDS.sub(" ", bare) if "’d" in bare or "'d" in bare or "vacated" in bare else bare
    # nor a code's or restatement's subdivision (`§ 201 cmt. b`, `illus. 3`, `cl. 2`), nor a citation's abbreviated
    # parts (`70th sess., vol. 2, no. 202`, `2nd ed.`, `trans.`)
    bare = _CITED_PART.sub(" ", bare) if "§" in bare else bare
    bare = _CITATION_ABBREVIATION.sub(" ", bare) if "." in bare else bare
    # nor a page in lower-case roman numerals (`(New York, 1848), iii-iv`)
    words = [
        w for w in _WORD.findall(bare)
        if w != "v" and not (w[0] in "ivxlc" and w not in ("c", "l") and _ROMAN_PAGE.fullmatch(w))
    ]  # fmt: skip
    if len(words) < 5:
        # `Or, in Hanemann’s words, “social media platforms … of the deceased.”`: a sentence that is mostly the
        # words it quotes, led in by who said them, is comment however few words are its own
        return bool(_QUOTATION_LEAD.search(text))
    lower = [w for w in words if w[0].islower()]
    if lower and all(w in _TITLE_SMALL_WORDS for w in lower) and len(words) - len(lower) >= 4:
        # `Message of the President of the United States and Accompanying Documents to the Two Houses of …`: a title in
        # title case, whose only lower-case words are the ones title case leaves small, however many
        return False
    # (`As Professor Epstein puts it: “…”`: a sentence led in by who said the words it quotes is comment, however
    # many of its own words are names)
    return len(lower) / len(words) >= 0.5 or (("“" in text or '"' in text) and bool(_QUOTATION_LEAD.search(text)))


# `Like Henry, Daniel Harmon was a trader for the Northwest Company. See …`: a sentence saying something of people
# it names (most of its words capitalised) is comment all the same: its verb says so, and it holds no citation's
# parts (no figure, no parenthesis, no quotation)
_FINITE_VERB = re.compile(r"\s(?:was|were|is|are|has|had|have|did|does|wrote|served|worked|lived)\s")


def is_statement(sentence: str) -> bool:
    return bool(_FINITE_VERB.search(sentence)) and not re.search(r"[\d()“”\"*]", sentence)


def is_prose(text: str) -> bool:
    return _prose(text)


# `Compare Kowalski …, 652 F.3d 565, 577 (4th Cir. 2011) (…), with Layshock …, 650 F.3d 205 (3d Cir. 2011)`: Bluebook's
# `Compare … with …` signal joins two citations; `with` starts the second
_ANY_AND = re.compile(r"\s(?:and|&)\s", re.IGNORECASE)
_COMPARE_WITH = re.compile(r"(?<=[\d)])(?P<with>,?\s+with\s+)(?=[A-Z0-9])")  # `Compare id. at 405, with …` too
# `Compare Pallozzi v. Allstate Life Ins., 198 F.3d 28, 32 (2d Cir. 1999) (…), and Carparts …, 37 F.3d 12, 20 (1st Cir.
# 1994) (…), with McNeil v. Time Ins., 205 F.3d 179 (5th Cir. 2000) (same), Weyer v. …`: in a string of cases the
# comma (and `and`) after one case's parentheticals starts the next case, a name with `v.` and then a reporter's
# volume or a docket number (Bluebook 1.4); subsequent history (`aff’d, 385 F.3d 1324`) starts lower-case and stays
_CASE_NAME_WORD = r"(?:[A-Z][\w.’'&\-]*,?|of|the|and|for|de|ex|rel\.)"
_NEXT_CASE = re.compile(
    rf"\)(?P<sep>,\s+(?:and\s+)?)(?={_CASE_NAME_WORD}(?:\s+{_CASE_NAME_WORD}){{0,7}}\s+v\.\s[^()]{{1,100}}?,\s+"
    r"(?:\d{1,4}\s+[A-Z]|No\.\s))"
)


def _cut_case_list(piece: str) -> list[str]:
    """The piece cut before each case of a string of cases, where the `),` stands outside every parenthetical."""
    out: list[str] = []
    start = depth = counted = 0
    for m in _NEXT_CASE.finditer(piece):
        for ch in piece[counted : m.start() + 1]:  # up to and with the `)`, counted once: linear
            depth = depth + 1 if ch == "(" else max(0, depth - 1) if ch == ")" else depth
        counted = m.start() + 1
        if depth == 0:
            out.append(piece[start : m.start() + 1])
            start = m.end("sep")
    return [*out, piece[start:]]


_COMPARE_LEAD = re.compile(r"(?:\W*)[Cc]ompare\b")


# `…, 6 Calif. L. Rev. Circuit 45, at 45 (2015), citing, in agreement, Ryan Calo, Robotics …, 103 Calif. L. Rev. 513`:
# the work a cited one cites, named after a comma (not in Bluebook's `(citing …)` parenthetical), is a citation too
# `See Bibas & Bierschbach, supra note 17, Jeffrie G. Murphy, Well Excuse Me! …, 38 ARIZ. STATE L. J. 371`: a short form
# that ends at its note (no page after it), a comma, then a person's full name and a comma: the next citation, its
# semicolon lost
_SUPRA_THEN_NAME = re.compile(
    r"\bsupra\s+note\s+\d{1,4}(?P<comma>,\s+)(?=[A-Z][a-z]+(?:\s+[A-Z]\.)*\s+(?:[A-Z]\.\s+)?[A-Z][a-z’'\-]+"
    r"(?:\s+(?:&|and)\s+[A-Z][a-z]+(?:\s+[A-Z]\.)*\s+[A-Z][a-z’'\-]+)?,\s+[A-Z])"
)
_CITING = re.compile(r"(?<=\))(?P<citing>,\s+(?:citing|quoting)(?:,\s+[a-z][a-z ]{0,30},)?\s+)(?=[A-Z])")


# `…, Journal of the Civil War Era 1, 1 (2011), 3, 10. An annotated version of this article appears on Models of
# argument-driven digital history, https://model-articles.rrchnm.org/.`: a citation ended by its pages or year, then a
# sentence of comment giving an address of its own; the address is no part of the citation before it
_SENTENCE_WITH_URL = re.compile(
    r"(?<=[\d)])(?P<stop>\.\s+)(?=(?:An?|The|This|These|Those|Its|Our|Data|Further|More|Additional)\s[^.;]{0,200}?"
    r"https?://)"
)


def _split_after_urls(piece: str) -> list[str]:
    if "http" in piece and len(parts := _cut_at(_SENTENCE_WITH_URL, "stop", piece)) > 1:
        return [p for part in parts for p in _split_after_urls(part)]
    if ("citing" in piece or "quoting" in piece) and len(parts := _cut_at(_CITING, "citing", piece)) > 1:
        return [p for part in parts for p in _split_after_urls(part)]
    if "supra note" in piece and len(parts := _cut_at(_SUPRA_THEN_NAME, "comma", piece)) > 1:
        return [p for part in parts for p in _split_after_urls(part)]
    if "ompare" in piece and _COMPARE_LEAD.match(piece):
        parts = _cut_at(_COMPARE_WITH, "with", piece)
        if len(parts) > 1:
            return [p for part in parts for p in _split_after_urls(part)]
    if " v. " in piece and "), " in piece:
        cases = _cut_case_list(piece)
        if len(cases) > 1:
            return [p for case in cases for p in _split_after_urls(case)]
    if any(after in piece for after in _AFTER_IMPRINT):
        clauses = _cut_at(_IMPRINT_THEN_CLAUSE, "comma", piece)
        parts = [part for clause in clauses for part in _cut_at(_IMPRINT_COMMA, "comma", clause)]
        if len(parts) > 1:
            return [p for part in parts for p in _split_after_urls(part)]
    if not _ANY_AND.search(piece):
        return [piece]  # every cut below is at an `and`: most citations have none, so skip their scans
    parts, lowered = [piece], piece.lower()
    for cut, needs in _AND_CUTS:
        if not needs or any(word in lowered for word in needs):
            parts = [part for whole in parts for part in _cut_at(cut, "and", whole)]
    return parts


# the cuts at an `and`, in the order they are made, each with the words (lower-cased) it cannot match without: a
# piece holding none of them is not scanned for it
_AND_CUTS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_ACCESSED_AND, ("accessed",)),
    (_URL_AND, ("http", "www.")),
    (_PUBLIC_LAW_AND, ("act",)),
    (_CODE_AND, ("§",)),
    (_PINPOINT_AND, ()),
    (_SHORT_FORM_AND, ("“", '"')),
    (_IMPRINT_PIN_AND, ("“", '"')),
    (_IMPRINT_AND, ("(",)),
    (_LETTER_AND, ("to",)),
    (_CRS_PRODUCT_AND, ("crs",)),
)
