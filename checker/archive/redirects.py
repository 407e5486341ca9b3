"""Redirects the archive recorded at citation time. Pure functions, no I/O.

A URL whose captures in the citation window are all 3xx was already redirecting when
the author cited it (a path move, a www or domain move): the page the author read lives
at the redirect's target, and the cited version is a capture of *that* URL. The CDX row
of a 3xx capture does not carry its Location, so the archivist replays the capture (`id_`,
not following it) and reads the header; this module turns that header into a URL and
says when the target cannot be the cited page.

Policy, as for live links (checker.resolve.classify.is_homepage, after IABot's
DeadlinkChecker): a redirect to the site's home page, a parent section page or a
404-style path is a soft 404 at citation time, not a move of the document.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from checker.resolve.classify import error_page_path, is_homepage

# At most this many redirects are followed through the archive (each costs a replay and a
# CDX query under the archive's rate limits); real moves take one or two.
MAX_HOPS = 3

# A Location the archive rewrote into its own replay space: /web/<timestamp>[mode_]/<url>.
# archive.org does this for archived redirects; pywb in id_ mode leaves Location alone.
_REPLAY_PATH = re.compile(r"^/web/\d{1,14}(?:[a-z]{2}_)?/(https?:/{1,2}.+)$", re.I | re.S)


def redirect_target(location: str, source: str) -> str | None:
    """The original URL an archived redirect pointed at, or None if it is not an http(s) URL.

    `location` is the Location header of the replayed capture of `source`: absolute,
    relative to `source`, or an archive replay URL wrapping the original target.
    """
    location = location.strip()
    if not location:
        return None
    try:
        parts = urlsplit(location)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        wrapped = _REPLAY_PATH.match(path)
        if wrapped:
            target = wrapped.group(1)
            # The archive collapses "//" in its paths on some routes: "https:/host/..."
            target = re.sub(r"^(https?):/(?!/)", r"\1://", target)
        else:
            target = urljoin(source, location)
        target = target.split("#", 1)[0]
        checked = urlsplit(target)
        if checked.scheme not in ("http", "https") or not checked.hostname:
            return None
    except ValueError:
        return None
    return target


def not_the_page(source: str, target: str) -> str | None:
    """Why a redirect from `source` to `target` lost the cited document, or None if it is a move."""
    try:
        where = is_homepage(target, source)
        if where:
            return where
        if error_page_path(target, source):
            return "an error page"
    except ValueError:
        return None
    return None
