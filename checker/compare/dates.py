"""Dates as ISO strings with their precision: "2015-09-11" (day), "2015-09" (month), "2015" (year).

Pages, URLs and citations give dates in many shapes; everything here reduces
them to ISO prefixes so comparisons can respect the coarser precision.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import urlsplit

_MIN_YEAR, _MAX_YEAR = 1990, 2100
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")
_SLASHED = re.compile(r"^\s*(\d{4})/(\d{1,2})/(\d{1,2})")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:\d{6})?\s*$")
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
# /2015/06/09/, /2015/oct/15/, /2015/09/ (month precision), /20150904/ (one segment)
_URL_YMD = re.compile(
    r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:/(0?[1-9]|[12]\d|3[01]))?(?=/|$)",
    re.IGNORECASE,
)
_URL_COMPACT = re.compile(r"/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=/|$)")
_URL_DASHED = re.compile(r"/((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?=[/_-]|$)")


def _valid(y: int, m: int, d: int | None) -> str | None:
    if not _MIN_YEAR <= y <= _MAX_YEAR or not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def to_iso(value: str | None) -> str | None:
    """Parse a page or citation date ("2015-09-04T08:20:00Z", "September 4, 2015", "updated March 27, 2013").

    Returns the date as written (no time-zone shift): a reader and a byline see
    the same calendar day. None when the value is not a date.
    """
    if not value:
        return None
    value = value.strip()[:80]
    for rx in (_ISO, _SLASHED, _COMPACT):
        m = rx.match(value)
        if m:
            d = m.group(3) if rx.groups >= 3 else None
            return _valid(int(m.group(1)), int(m.group(2)), int(d) if d else None)
    cleaned = re.sub(r"^(updated|published|posted|last modified|modified|on)[:\s]+", "", value, flags=re.I)
    if re.fullmatch(r"(19|20)\d{2}", cleaned):
        return cleaned
    try:
        from dateutil import parser as du

        default = datetime(1900, 1, 1)
        parsed = du.parse(cleaned, default=default, fuzzy=False)
    except (ValueError, OverflowError, TypeError):
        return None
    # dateutil fills missing fields from `default`; a day of 1 may be "no day".
    has_day = bool(re.search(r"\b\d{1,2}\b(?!\d)", re.sub(r"\b\d{4}\b", "", cleaned)))
    return _valid(parsed.year, parsed.month, parsed.day if has_day else None)


def url_date(url: str | None) -> str | None:
    """A date in the URL's path, at the precision the path gives (day or month), else None."""
    if not url:
        return None
    try:
        path = urlsplit(url).path[:1000]
    except ValueError:
        return None
    for rx in (_URL_YMD, _URL_COMPACT, _URL_DASHED):
        m = rx.search(path)
        if m:
            month = m.group(2).lower()
            mm = _MONTHS[month[:3]] if month[:3] in _MONTHS else int(month)
            day = m.group(3)
            return _valid(int(m.group(1)), mm, int(day) if day else None)
    return None


def precision(iso: str) -> str:
    return {4: "year", 7: "month", 10: "day"}.get(len(iso), "unknown")


def agree(a: str, b: str, *, tolerance_days: int = 1) -> bool:
    """Do two ISO dates agree at the coarser of their precisions (days within `tolerance_days`)?

    A value that is not an ISO date is no evidence of disagreement: True.
    """
    try:
        return _agree(a, b, tolerance_days)
    except ValueError:
        return True


def _agree(a: str, b: str, tolerance_days: int) -> bool:
    n = min(len(a), len(b))
    if n < 10:
        if a[:n] == b[:n]:
            return True
        if n == 7 and tolerance_days:
            # A story dated 1 October may carry a /2015/09/ URL written the night before.
            full = a if len(a) == 10 else b if len(b) == 10 else None
            month = b[:7] if full is a else a[:7]
            if full is not None:
                d = date.fromisoformat(full)
                y, mo = int(month[:4]), int(month[5:7])
                return any(
                    (x.year, x.month) == (y, mo)
                    for x in (date.fromordinal(d.toordinal() - tolerance_days),
                              date.fromordinal(d.toordinal() + tolerance_days))
                )
        return False
    da, db = date.fromisoformat(a[:10]), date.fromisoformat(b[:10])
    return abs((da - db).days) <= tolerance_days
