"""Dates as notes print them -> ISO: `September 11, 2015`, `1 October 2018`, `Sept. 3, 2020`,
`December 30th, 2021`, `May 29 (2007)`,
`2015-09-11`, `October 1971`, a bimonthly issue `July/August 2021` or a span `October 2017-December
2019` (dated by its first month),
`Spring/Summer 1993`, `Fall 2019`, APA's `(2021, March 3)`; `n.d.` has none."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # the slips notes print (`Febrary 16, 2015`, `Septemeber 2016`)
    "febrary": 2, "feburary": 2, "janaury": 1, "septemeber": 9, "setpember": 9, "ocotber": 10, "novmeber": 11,
    "decmeber": 12,
}  # fmt: skip
MONTH = (
    r"(?:Jan(?:uary|aury)?|Feb(?:ruary|rary|urary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember|emeber)?|Setpember|Oct(?:ober)?|Ocotber|Nov(?:ember|meber)?|Dec(?:ember|meber)?)\.?"
)
# `December 30th, 2021`, `30th December 2021`: an ordinal day; `May 29 (2007)`: the year in parentheses
DATE = re.compile(
    # (`September 20 and 24, 1875`: two issues of one paper, dated by the first; `July 11–18, 1981`: a week's issue
    # or a meeting's days, dated by the first day)
    # (`August16, 2016`, `Apr.12, 2018`: the space after a month's whole name or its abbreviation lost; `May, 28,
    # 2020`: a comma typed after it; `Feb. 5,2015`: the space after the day's comma)
    rf"\b(?:(?P<m1>{MONTH})(?:,?\s+|(?:(?<=[a-z]{{4}})|(?<=\.))(?=\d))(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:\s+and\s+\d{{1,2}}|\s?[–-]\s?\d{{1,2}})?"
    rf"(?:,\s*(?=\d{{4}}\b)|\s+)(?:(?P<y1>\d{{4}})|\((?P<y1p>\d{{4}})\))"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{MONTH}),?\s+(?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})-(?P<mo3>\d{{2}})-(?P<d3>\d{{2}})"
    rf"|(?P<m4>{MONTH})(?:\s?[/–-]\s?{MONTH})?,?\s+(?P<y4>\d{{4}})(?:\s?[–-]\s?{MONTH},?\s+\d{{4}})?"
    # (`Autumn, 1999`: a comma after the season; `Spring/ Summer 2012`: a double issue, spaced after its stroke)
    rf"|(?:Spring|Summer|Fall|Autumn|Winter)(?:/\s?(?:Spring|Summer|Fall|Autumn|Winter))?,?\s+(?P<y5>\d{{4}})"
    # (`2021, March 3`: APA 7's date in its parenthesis, the year first)
    rf"|(?<=\()(?P<y6>\d{{4}}),\s+(?P<m6>{MONTH})(?:\s+(?P<d6>\d{{1,2}}))?(?=\)))"
    r"(?:\b|(?<=\)))"
)
YEAR_ONLY = re.compile(r"^\(?\s*(?P<y>1[5-9]\d\d|20\d\d)\s*\)?$")


def iso_of(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    if g.get("y5"):
        return g["y5"]
    if g.get("y3"):
        y, mo, d = int(g["y3"]), int(g["mo3"]), int(g["d3"])
    else:
        mname = g.get("m1") or g.get("m2") or g.get("m4") or g.get("m6") or ""
        mo = MONTHS.get(mname.lower().rstrip("."), 0)
        y = int(g.get("y1") or g.get("y1p") or g.get("y2") or g.get("y4") or g.get("y6") or 0)
        d = int(g.get("d1") or g.get("d2") or g.get("d6") or 0)
    if not (1 <= mo <= 12) or y < 1000:
        return str(y) if y >= 1000 else None
    if d:
        try:
            return date(y, mo, d).isoformat()
        except ValueError:
            return f"{y:04d}-{mo:02d}"  # "February 30": keep what is certain
    return f"{y:04d}-{mo:02d}"


