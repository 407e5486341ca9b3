"""`fragment_missing`: a cited #anchor that today's page no longer has (optional, INFO only).

Fragments that address no element are never checked: AddThis and similar share
widgets append `#.Vnczn_krKM8`-style tracking tokens, single-page apps route on
`#!/…` or `#/…`, text fragments (`#:~:text=`) match text rather than ids, and
`#utm_…` / `#xtor=` carry analytics. Pages also create ids with JavaScript,
which a raw fetch never sees, so a missing id is INFO, never a warning.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from checker.compare.extract import MAX_PARSE_BYTES, html_text
from checker.models import Finding, Page, Severity

_TRACKING = re.compile(
    r"^(\.[A-Za-z0-9_-]{6,}|!|/|:~:|utm_|xtor=|at_|ref=|amp|top$|$|page=|p=|\?)", re.IGNORECASE
)


def is_tracking_fragment(fragment: str) -> bool:
    """True for fragments that do not name an element (see the module docstring)."""
    return bool(_TRACKING.match(fragment)) or "=" in fragment or len(fragment) > 200


def check_fragment(url: str | None, page: Page | None) -> tuple[Finding, ...]:
    """An INFO `fragment_missing` when the cited URL's #fragment names no id/name in the page's HTML."""
    if not url or "#" not in url or page is None or not page.body:
        return ()
    fragment = unquote(url.split("#", 1)[1])
    if is_tracking_fragment(fragment):
        return ()
    html = html_text(page, MAX_PARSE_BYTES)
    target = re.escape(fragment)
    if re.search(rf"""\b(?:id|name)\s*=\s*["']?{target}(?:["'\s>/])""", html, re.IGNORECASE):
        return ()
    return (Finding(
        "fragment_missing", Severity.INFO,
        f"the cited anchor #{fragment} is not in the page's HTML (it may be added by JavaScript)",
        (("fragment", fragment), ("url", page.url)),
    ),)
