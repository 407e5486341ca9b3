"""Every URL-like token in a note, found independently of how the note is split or parsed.

Real notes print addresses in ways a plain `https?://\\S+` misses or cuts (issue 9, seen
in published law reviews, journals and reports):
- broken by a PDF line break or copy-paste: `https://iaals.du.edu/sites/default/files
  /documents/…`, `…/SSC_2022 _Presentation.pdf`, `https:// www.uscourts.gov/…`,
  `https://www. example.com/a`, `…/people-in-the-united- states-theres-…`, `…/49/ contents`;
- without a scheme: `www.example.gov/report.pdf`, `news.example.org/2019/x`, with a stray
  space `news .example.org/`;
- with a mistyped scheme: `http//www.example.org` (the colon dropped), `http:/www.example.org`
  (a slash dropped), `http: //www.example.org` (a space typed after the colon);
- with schemes a checker never opens (`ftp:`, `file:`, `javascript:`, `mailto:`, `data:`):
  they are still citations (ftp links are real sources in older papers), reported
  `invalid` by the resolver, so they are found and kept here, never dropped.

A continuation is glued only when it can only be part of the address (it starts with
`/`, `_`, `-`, `?`, `#`, `.`, follows a `://` or a `www.`, continues a word the line
break cut after a hyphen, or is the digits that end a DOI cut inside its number), never
a word of prose: `…/a/ Accessed May 2` stays two things.
`url` is the address to check (spaces removed, `http://` added to a scheme-less one);
`raw` is the note's own spelling.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_SCHEMED = r"(?:https?|ftp|ftps|file)://"
_OPAQUE = r"(?:mailto:[^\s<>“”\"@]+@|javascript:|data:[\w.+-]+/[\w.+-]+[;,])"
_ANY_SCHEME = re.compile(rf"{_SCHEMED}|{_OPAQUE}", re.IGNORECASE)
_OPAQUE_START = re.compile(_OPAQUE, re.IGNORECASE)
_SCHEME_START = re.compile(rf"^{_SCHEMED}", re.IGNORECASE)
_ADDRESS_START = re.compile(r"[\w\[]")
# A dotted host with a path, no scheme: `news.example.org/…`. The TLD list keeps
# abbreviations (`U.S.`, `e.g.`, `L. REV.`) out; the `/` keeps bare site names (`Amazon.com`
# as a publisher) out unless they start with `www.`.
_TLD = (
    r"(?:com|org|net|gov|edu|mil|int|info|biz|io|co|uk|us|ca|au|de|fr|ru|jp|cn|kr|in|it|es|nl|se|no|"
    r"ch|be|at|pl|ua|il|eu|tv|me|ly|cc|ai|int|news|asia)"
)
_HOST = rf"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{{0,62}})\.)+{_TLD}"
# `found on wenxian.fanren8.com.`: a site's host alone, in lower case with a subdomain, is an address too (a name
# like `Amazon.com` or `Salon.com`, printed as a publisher or a periodical, has no subdomain and is left alone)
_SUBDOMAIN_HOST = rf"(?-i:(?!www\.)[a-z0-9-]{{2,63}}\.[a-z0-9-]{{2,63}}\.(?:[a-z0-9-]+\.)*{_TLD}(?![\w-]|\.[a-z]))"
# `http//www.…`, `http:/www.…`: a scheme mistyped (the colon or a slash dropped), still an address
_SCHEME_SLIP = r"(?:/{2}|:/)(?=[A-Za-z0-9])"
_MISTYPED_SCHEME = rf"https?{_SCHEME_SLIP}"
# `…-sterilization/https://apnews.com/…`: a second address run onto the first, after a word of its path and its slash
# (an archive's or a proxy's address wraps the one after it, `https://web.archive.org/web/20200101000000/https://…`,
# `…?url=https://…`, which follows a number or an `=`; _WRAPS_ANOTHER names the others)
_GLUED_SCHEME = r"(?<=[A-Za-z\-]/)https?://"
_START = re.compile(
    rf"(?<![\w@/.-])(?:{_SCHEMED}|{_OPAQUE}|{_MISTYPED_SCHEME}|https?:(?= //)|www\.|(?={_HOST}/)|(?={_SUBDOMAIN_HOST}))"
    # `url: //csulb.libguides.com/c.php?…`: a scheme-relative address (biblatex prints what the .bib file held)
    rf"|(?<![\w@/.:<-])(?<!https:\s)(?<!http:\s)//(?={_HOST}/)"
    # `…(2005): 29- 43.http://www.journals…`: the space after the full stop lost, the scheme still starts it
    r"|(?<=[\w)]\.)https?://"
    rf"|{_GLUED_SCHEME}",  # (the second of two addresses run together, once _GLUED_SECOND cut the first off)
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[^\s<>“”\"]+")
# `https://www.army.mil/about/(accessed February 17, 2023)`: the access date glued to the address
# (a PDF-to-text or Markdown conversion ate the space) is not part of it
_GLUED_ACCESS = re.compile(
    # (`…/protection-of-the-marine-environment/(hereinafter ISA, …)`: the short name a citation gives itself)
    r"\((?=(?:last\s+)?(?:accessed|retrieved|viewed|visited|consulted|archived|hereinafter|hereafter)\b)"
    # (`…/R46686(December 14, 2021).`: a bare date glued on the same way)
    r"|\((?=(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d))",
    re.I,
)
# `…/fw3zq/;Megan Duncan, …`, `[https://perma.cc/ETZ6-LYM6]also …`: the space after the address lost, the next
# citation's first word glued on (an address's own `;` opens a parameter, `;jsessionid=…`, not a name)
_GLUED_WORD = re.compile(r";(?=[A-Z][a-z]+$)|\](?=[A-Za-z]+$)")
_SPACE = re.compile(r"\s+")
_GLUED_SECOND = re.compile(_GLUED_SCHEME, re.IGNORECASE)
_WRAPS_ANOTHER = re.compile(r"archive|wayback|webcitation|cache|proxy|translate", re.IGNORECASE)
_GLUED_ARCHIVE = re.compile(r"\[(?=(?:https?://|perma\.cc/))", re.IGNORECASE)
_BRACKET_REST = re.compile(r"[\w\-./%]+\][.,;]?")
# `news .example.org/`: a word, a stray space, then the rest of the host and a path.
_SPLIT_HOST = re.compile(rf"(?<![\w@/.-])([A-Za-z0-9-]{{2,63}}) (\.(?:[A-Za-z0-9-]+\.)*{_TLD}/)", re.IGNORECASE)
_TRAILING = ".,;:”’\"'"
_PROSE = frozenset(
    {
        "accessed", "retrieved", "viewed", "visited", "last", "and", "see", "in", "at", "updated", "available",
        "from", "or", "the", "a", "an", "of", "on", "to", "for", "with", "by", "archived", "via", "cited",
        "quoted", "also", "as", "is", "was",
    }
)  # fmt: skip
# a DOI link whose suffix ends in a number: `https://doi.org/10.1080/09512748.2020.18`
_DOI_CUT = re.compile(r"(?:dx\.)?doi\.org/10\.\d{4,9}/\S*\d$", re.IGNORECASE)
_FILE_EXTENSION = re.compile(
    r"(?:pdf|html?|aspx?|ashx|php|jsp|cfm|docx?|xlsx?|pptx?|txt|csv|jpe?g|png)", re.IGNORECASE
)
_MAX_GLUE = 6  # pieces of one broken URL; a note is never scanned unboundedly
OPAQUE_SCHEMES = ("javascript:", "mailto:", "data:")


@dataclass(frozen=True)
class FoundUrl:
    start: int  # where the URL starts in the searched text
    end: int  # just after its last character (continuations included)
    raw: str  # as printed, stray spaces and all
    url: str  # the address to check


# A host ends in no hyphen: one before the path's slash (`https://twitter.com-/…`) came from the PDF text too.
_HOST_END_HYPHEN = re.compile(r"^((?:https?:)?(?://)?[^/?#\s]+\.[A-Za-z]{2,6})-(?=/)", re.IGNORECASE)
# A post's number on Twitter/X or Mastodon-like sites is all digits: a hyphen in it is the PDF's (`…/status/375026
# 96-3347304449`)
_STATUS_ID = re.compile(r"(/status(?:es)?/)(\d[\d-]*)$")
# A top-level domain holds no hyphen: one inside it (`….uchicago.e-du/`) came from the PDF text.
_TLD_HYPHEN = re.compile(r"(?<=[^/?#\s]\.)([a-z]{1,4})-([a-z]{1,4})(?=[/:?#]|$)")


def find_urls(text: str) -> tuple[FoundUrl, ...]:
    """Every URL-like token in `text`, in order, broken ones rejoined."""
    return _find_urls(text)


@functools.lru_cache(maxsize=64)
def _find_urls(text: str) -> tuple[FoundUrl, ...]:
    # a note's text is searched again piece by piece, and a piece again as its fields are read: the same strings
    # come back while one note is parsed, so the last few answers are kept
    # `news .example.org/` -> `\0news.example.org/`: the stray space moves in front, so
    # offsets stay those of `text` and the host reads as one token.
    t = _SPLIT_HOST.sub(lambda m: "\x00" + m.group(1) + m.group(2), text) if " ." in text else text
    found: list[FoundUrl] = []
    at = 0
    for _ in range(10_000):  # bounded: a note holds far fewer URLs
        m = _START.search(t, _token_before_hint(t, at))
        if m is None:
            break
        start = m.start()
        end = _TOKEN.match(t, start).end()  # type: ignore[union-attr]  # _START begins a token
        # (the lookahead reads past the token: `…/ALDE_00013421/(last visited Mar. 30, 2026)`)
        if (glued := _GLUED_ACCESS.search(t, start, end + 24)) and glued.start() < end:
            end = glued.start()
        if archived := _GLUED_ARCHIVE.search(t, start + 1, end):
            end = archived.start()  # `…/2018-12[https://perma.cc/67TG-BVZJ]`: the archive link is a URL of its own
        if (second := _GLUED_SECOND.search(t, start + 1, end)) and not _WRAPS_ANOTHER.search(t, start, second.start()):
            end = second.start()
        if (glued_word := _GLUED_WORD.search(t, start, end)) and "[" not in t[start : glued_word.start()]:
            end = glued_word.start()
        bracketed = start > 0 and t[start - 1] == "["
        pieces = [t[start:end]]
        for _ in range(_MAX_GLUE):
            gap = _SPACE.match(t, end)
            cont = _TOKEN.match(t, gap.end()) if gap else None
            if cont is None:
                break
            if bracketed and "]" not in "".join(pieces) and _BRACKET_REST.fullmatch(cont.group(0)):
                # `[https://perma.cc/65P5-5 RDQ]`: a law review's bracket holds one archive link, a space
                # inside it is the PDF's line break
                pieces.append(cont.group(0))
            elif (
                cont.group(0) in ("-", "–")
                and (after := _SPACE.match(t, cont.end()))
                and (rest := _TOKEN.match(t, after.end()))
                and _PATH_REST.match(rest.group(0))
            ):
                # `…/committees/community - home?CommunityKey=f7237fc4-…`: a PDF set the word's hyphen apart; the
                # rest, with its query, is no word of prose
                pieces.append(cont.group(0) + rest.group(0))
                cont = rest
            elif (
                not "".join(pieces).endswith("-")
                and _QUERY_SPACE.search("".join(pieces))
                and _QUERY_REST.fullmatch(cont.group(0).rstrip(_TRAILING))
            ):
                # `file.php?name=essay what-is-a-word.pdf&site=1`: a space printed inside a query value
                pieces.append("%20" + cont.group(0))
            elif _continues("".join(pieces), cont.group(0), t[cont.end() : cont.end() + 3]):
                if pieces[-1].endswith("-") and _hyphenated_word(pieces[-1], cont.group(0), t):
                    pieces[-1] = pieces[-1][:-1]  # `https://twit- ter.com/…`: the typesetter's hyphen, not the URL's
                pieces.append(cont.group(0))
            else:
                break
            end = cont.end()
        url, cut = _strip_trailing("".join(pieces))
        end -= cut
        if comma := _HOST_COMMA.match(url):
            # `www.oldbaileyonline.org,version 6.0`: a host holds no comma; the word after it is prose
            end -= len(url) - comma.end(1)
            url = comma.group(1)
        url = _MD_ESCAPE.sub(r"\1", url)  # Markdown's `…/\~hearst/`: no address holds a backslash
        url = _MISTYPED.sub(r"\1://", url, count=1)
        at = max(end, m.end())
        if not _has_address(url):
            continue
        url = _TLD_HYPHEN.sub(r"\1\2", url)  # `https://chicagounbound.uchicago.e-du/…` (DePaul, dev)
        url = _HOST_END_HYPHEN.sub(r"\1", url, count=1)  # `https://twitter.com-/Kforesti/…` (DePaul, dev)
        url = _STATUS_ID.sub(lambda m: m.group(1) + m.group(2).replace("-", ""), url, count=1)
        raw_start = start - 1 if start and t[start - 1] == "\x00" else start
        if not _ANY_SCHEME.match(url):
            url = "http://" + url.removeprefix("//")  # scheme-less in print; every site still answers http
        found.append(FoundUrl(raw_start, end, text[raw_start:end], url))
    if len(found) > 1:
        # `“Statement …,” www.dni.gov (Office of the Director of National Intelligence, August 7, 2020),
        # https://www.dni.gov/index.php/…`: a reference manager prints the site's name as its bare host, and the
        # page's own address on the same host follows; the name is no second source (a host printed with its scheme,
        # `https://mapoflondon.uvic.ca and https://mapoflondon.uvic.ca/…`, is an address the author gave)
        paged = {host_of(f.url) for f in found if _path(f.url).strip("/")}
        found = [f for f in found if _path(f.url).strip("/") or host_of(f.url) not in paged or _ANY_SCHEME.match(f.raw)]
    return tuple(found)


def _hyphenated_word(before: str, after: str, text: str) -> bool:
    """Whether the hyphen ending `before` split one word at a line break (`twit- ter`, `di- vide`, `is- sues`): the
    word whole is printed elsewhere in the note (`TWITTER`, `Digital Divide`). Slugs join whole words (`rate-
    report`), which the prose does not run together."""
    left = re.search(r"[A-Za-z]+-$", before)
    right = re.match(r"[A-Za-z]+", after)
    if before.endswith("/-") and right is not None:
        return True  # `https://www.youtube.com/- watch?v=…`: no path's part opens with the hyphen a line break adds
    if left is None or right is None:
        return False
    word = left.group(0)[:-1] + right.group(0)
    return len(word) >= 5 and re.search(rf"(?<![A-Za-z]){word}(?![A-Za-z])", text, re.IGNORECASE) is not None


def host_of(url: str) -> str:
    """The host an address names, read by hand: urlsplit raises on a note's `http:/0[]`."""
    return _host_and_path(url)[0].lower()


_WAYBACK = re.compile(r"^https?://(?:web\.)?archive\.org/web/\d{1,14}[a-z_]*/(.+)$", re.IGNORECASE)


def original_url(url: str | None) -> str | None:
    """The page a Wayback URL points into (http://web.archive.org/web/2015…/http://x -> http://x), else url."""
    if not url:
        return url
    m = _WAYBACK.match(url.strip())
    if not m:
        return url
    inner = m.group(1)
    return inner if re.match(r"^https?://", inner, re.IGNORECASE) else f"http://{inner}"


def _token_before_hint(t: str, at: int) -> int:
    """Where to scan for the next address start from `at`: the start of the first token holding a `:`, a `/`,
    a `www.` or two dots in lower case, since every address start needs one of them in its token. _START scans far
    faster from there than over every word of the prose before it; the first match is the same."""
    hint = _HINT.search(t, at)
    if hint is None:
        return len(t)
    start = hint.start()
    while start > at and t[start - 1] not in _TOKEN_ENDS:
        start -= 1
    return start


_HINT = re.compile(r"[:/]|www\.|(?-i:[a-z0-9-]\.[a-z0-9-]{2,}\.[a-z])", re.IGNORECASE)  # (the last: a bare host)
_TOKEN_ENDS = frozenset(" \t\n\r\f\v<>“”\"")


# the query value a space cut: the address has a `?` and a `=` after it, the rest has another parameter
_QUERY_SPACE = re.compile(r"\?[^\s]*=[^&=\s]+$")
_QUERY_REST = re.compile(r"[\w.\-%]+(?:&[\w.\-%]+=[\w.\-%]*)+")
_PATH_REST = re.compile(r"[\w\-]+(?:\?[\w\-]+=|/[\w\-])")  # `home?CommunityKey=…`, `home/…`
_HOST_COMMA = re.compile(rf"^((?:{_SCHEMED})?[^/?#,\s]+\.[A-Za-z]{{2,6}}),[A-Za-z]")
_MISTYPED = re.compile(rf"^(https?){_SCHEME_SLIP}", re.IGNORECASE)
_MD_ESCAPE = re.compile(r"\\([~_*#\[\]()!.\-])")


def _continues(url: str, token: str, after: str) -> bool:
    """Is `token` (after whitespace; `after` follows it) the rest of `url`?"""
    if re.search(r"://$|^www\.$|://www\.$", url, re.IGNORECASE):
        return not re.match(_SCHEMED, token, re.IGNORECASE)  # `https:// www.x.org/…`, `https://www. example.com/…`
    if _unfinished_host(url) and re.match(rf"(?:[A-Za-z0-9-]+\.)*{_TLD}(?:[/:?#]|$)", token, re.IGNORECASE):
        # `https://hro. house.texas.gov/pdf/…`, `https://www.dallas news.com/news/…`: the PDF's line break cut
        # the host, which has no top-level domain yet, so the host-and-path after it is its rest
        return True
    if url.endswith("=") and "?" in url and not _SCHEME_START.match(token) and re.match(r"[\w.%~-]+$", token):
        return True  # `…/russia-interference.html?mtrref= www.google.com.`: a query's value after a line break
    if re.fullmatch(r"https?:", url, re.IGNORECASE) and token.startswith("//"):
        return True  # `http: //www.…`: the scheme, then its address after a stray space
    if _START.match(token):
        return False  # a second URL, not a continuation
    if url.endswith(("?", "&")) and re.match(r"[\w.%~-]+=", token):
        return True  # `…/dataset.xhtml? persistentId=doi:…`: a query cut after its `?`
    if token[0] in "/_?#&=~%" and token != "&":
        # `…/files /documents/…`, `…/SSC_2022 _Presentation.pdf`; a lone `&` is `and` (`…/idUSKBN1752I4. & Joshua
        # Hammer, “…”`), never a query's next parameter
        return True
    if re.match(r"-[A-Za-z0-9]", token) and url[-1:].isalnum() and "/" in url.split("://", 1)[-1]:
        return True  # `…/recruitings-slippery -slope/`: a slug cut before its hyphen (prose has no `-word`)
    if token[0] == "." and re.match(r"\.[A-Za-z0-9]", token) and not url.endswith("."):
        return True  # `…/report .pdf`
    if url.endswith(".") and "/" in url and _FILE_EXTENSION.fullmatch(token.rstrip(".,;:)]”’\"'")):
        return True  # `…/unclos/unclos_e. pdf;`: a file name cut before its extension
    if url.endswith(".") and "/" not in re.sub(rf"^{_SCHEMED}", "", url, flags=re.IGNORECASE):
        # `http://reference.wolfram. com/mathematica/…`: a host cut after a dot, its domain follows
        return bool(re.match(rf"{_TLD}/", token, re.IGNORECASE))
    word = token.rstrip(".,;:)]”’\"'")  # `…/ publications/the-next-phase/176; Accessed …`
    if "#:~:text=" in url and re.search(r"%20$", url) and re.fullmatch(r"[\w%,\-]+", word):
        return True  # a link to a highlight, `#:~:text=…%20instant%20 communications,via%20these…`, cut at a space
    if url.endswith("/") and re.fullmatch(r"[A-Z][\w\-./%?=&#~]*", word) and "/" in word and _PATH_LIKE.search(word):
        # `…/Ship-Inventory/ Cable-Laying-Repair-Ship/`, `…/ Parliamentary_Business/Bills_Legislation/…`,
        # `https://capitol.texas.gov/ BillLookup/Text.aspx?LegSess=86R&Bill=HB2789`
        return True
    if "/" in _path(url) and "." not in _path(url).rsplit("/", 1)[-1] and _FILE_NAME_END.fullmatch(word):
        # `…/uploads/2016/01/Authen tication-of-Cell-Phone-Text-Messages.pdf`: a file name cut inside a word
        return True
    if (perma := _PERMA_CUT.search(url)) and re.fullmatch(r"[A-Z0-9-]+", word):
        # `https://perma.cc/YDU4- WBES.`: an archive's key is eight letters and digits in two fours, so what the
        # line break left of it after a hyphen is its rest
        return _PERMA_KEY.fullmatch(perma.group("key") + word) is not None
    if _STATUS_ID.search(url) and re.fullmatch(r"[\d-]+", word):
        return True  # `https://twitter.com/HVSVN/status/375026 96-3347304449.`: a post's number is all digits
    if url[-1:].isdigit() and "/" in _path(url) and re.fullmatch(r"\d+/[\w\-./%?=&#~]*", word):
        # `…/DocketPDF/22/22-123/25 7000/20230303.pdf`: a number in the path cut by the line break, the path goes on
        return True
    if (
        re.fullmatch(r"[a-z0-9][\w\-]*(?:/[\w\-.%+]*)+", word)
        and (re.search(r"-[\w\-]*/", word) or _FILE_NAME_END.fullmatch(word.rsplit("/", 1)[-1]))
        and re.search(r"/[A-Za-z]+$", url)
    ):  # fmt: skip
        # `…/2017/04/10/travel/passen ger-removed-united-flight-trnd/index.html`: a slug cut inside a word, its rest
        # running on to a slash (prose has no `word-word/…`)
        return True
    if "?" not in url and "/" in _path(url) and _PATH_THEN_QUERY.fullmatch(word):
        # `…/Statistical_Abstract_of_the_United_State/R7M_0H XXZ48C?hl=en&gbpv=1`: a path's last part cut, its query
        # after it (no word of prose holds `?name=`)
        return True
    if url.endswith("-") and "/" in word and _FILE_NAME_END.fullmatch(re.sub(r"[()/]", "", word)):
        return True  # `…/Grantee%20Annual%20Report%202014- 15/Annual%20Report%202014(final).pdf`
    if url.endswith("-") and word[:1].isupper() and _FILE_NAME_END.fullmatch(word):
        return True  # `…/92-Geo.- Wash.-L.-Rev.-1558.pdf`: a file's name cut after a hyphen, going on in capitals
    if url.endswith("-") and re.fullmatch(r"[A-Z][\w\-.%,+]*/[\w\-./%,+]*", word):
        return True  # `…/News-and- Publications/Vital-Signs/Back-Issues/…`: the path goes on, in capitals
    if url.endswith("-") and re.fullmatch(r"[A-Z][a-z]+", token) and re.match(r"\s+[(\[]", after):
        return True  # `…/Page-Consumer- Protection (last visited …)`: a word, then the note's bracket
    if url.endswith("/") and re.fullmatch(r"[A-Za-z]{0,4}\d{6,}[\w\-]*", word):
        return True  # `https://www.wsj.com/articles/ SB10001424052702303365804576433763597389214`: an article's key
    # (a link to a highlight keeps its `#:~:text=…,…` after the cut: `…-family- today/#:~:text=According%20to…`)
    if not word or not re.fullmatch(r"[a-z0-9][\w\-./%?=&#~]*(?:#:~:[\w\-./%?=&#~:,]*)?", word) or (
        word.lower() in _PROSE
    ):
        return False
    if url.endswith("-"):
        return True  # a slug cut after a hyphen: `…-in-the-united- states-theres-…`
    if not after.strip() and token != word and _QUERY_WORD_END.search(url) and re.fullmatch(r"[a-z][\w-]*", word):
        return True  # `…/?mbid=soci al-twitter.`: a query's value cut by the line break, ending the note
    if not after.strip() and token != word and "/" in _path(url):
        # the note's last token, straight after an address: `….htm l.`, `…/whole-of-society-app roach-pub-82549.`
        # (a file's extension or a slug cut inside a word by the line break; prose does not end a note that way)
        last = _path(url).rsplit("/", 1)[-1]
        if (ext := re.search(r"\.([A-Za-z]{1,4})$", last)) and _FILE_EXTENSION.fullmatch(ext.group(1) + word):
            return len(word) <= 2
        if "-" in last and last[-1:].isalpha() and (("-" in word and re.search(r"\d", word)) or word.isalpha()):
            return True
    if re.match(r"\s*\[", after) and re.search(r"[-\d]", word) and "/" in _path(url):
        # `…/blog/a ct-1 [https://perma.cc/…]`, `…/ai-benchm arking-dashboard [https://…]`: a law review's address cut
        # inside a word by the line break, its archived copy's bracket straight after the rest
        return True
    if _DOI_CUT.search(url) and word.isdigit() and (token != word or not after.strip()):
        # `https://doi.org/10.1080/09512748.2020.18 12699.`: a DOI's number cut by the PDF's line break;
        # a DOI ends the citation, so digits ending it there can only be the rest of the number
        return True
    if url.endswith(("/", "_", "=", "%")):
        # `…/ukpga/48-49/49/ contents.`: a lone lower-case word only when it ends the citation
        if re.search(r"[/\-_.]", word):
            return True
        return token != word and (not after.strip() or bool(re.match(r"\s+(?:[A-Z\[(]|$)", after)))
    return False


_QUERY_WORD_END = re.compile(r"[?&][\w.]+=[A-Za-z]+$")
_PATH_THEN_QUERY = re.compile(r"[\w\-.%]+\?[\w\-.%]+=[\w\-.%+&=]*")
_PERMA_CUT = re.compile(r"perma\.cc/(?P<key>[A-Z0-9]{1,4}-?[A-Z0-9]{0,3})$", re.IGNORECASE)
_PERMA_KEY = re.compile(r"[A-Z0-9]{4}-[A-Z0-9]{4}", re.IGNORECASE)
# what marks a capitalised word as a path, not a sentence's next word: a slug's hyphen or underscore, a
# page's extension, a query, a long number after a slash (`…/Document/ View/0001202003140001`)
_PATH_LIKE = re.compile(r"[-_]|\.(?:aspx?|php|html?|pdf|jsp|cfm)\b|\?\w+=|/\d{4,}", re.IGNORECASE)
_FILE_NAME_END = re.compile(rf"[\w\-%]+(?:\.[\w\-%]+)*\.{_FILE_EXTENSION.pattern}", re.IGNORECASE)


def _path(url: str) -> str:
    """What follows the host: `/a/b.pdf` of `https://x.org/a/b.pdf` (empty when there is none)."""
    return _host_and_path(url)[1]


def _host_and_path(url: str) -> tuple[str, str]:
    rest = re.sub(rf"^{_SCHEMED}", "", url, flags=re.IGNORECASE)
    slash = rest.find("/")
    return (rest[:slash], rest[slash:]) if slash >= 0 else (rest, "")


_BARE_HOST = re.compile(rf"{_SCHEMED}((?:[A-Za-z0-9-]+\.)*([A-Za-z0-9-]+))\.?", re.IGNORECASE)


def _unfinished_host(url: str) -> bool:
    """A schemed address that is a host alone whose last label is no top-level domain (`https://hro.`,
    `https://www.dallas`): cut by a line break, since no public address ends there. Two-letter labels
    count as finished (country domains are too many to list)."""
    if url.count("/") != 2:
        return False  # a path (or no scheme): the host is whole
    m = _BARE_HOST.fullmatch(url)
    if m is None:
        return False
    last = m.group(2)
    return len(last) > 2 and not re.fullmatch(rf"{_TLD}|localhost", last, re.IGNORECASE) and not last.isdigit()


def _strip_trailing(url: str) -> tuple[str, int]:
    original = len(url)
    while url:
        last = url[-1]
        unbalanced = (last == ")" and url.count(")") > url.count("(")) or (
            last == "]" and url.count("]") > url.count("[")
        )
        if last not in _TRAILING and not unbalanced:
            break
        url = url[:-1]
    return url, original - len(url)


def _has_address(url: str) -> bool:
    """`http://` alone or `http://.` is no address to check; opaque schemes need a body."""
    if _OPAQUE_START.match(url):
        return len(url.split(":", 1)[1]) > 0
    if url.lower().startswith("file:"):
        return len(url) > len("file://")
    # With a scheme any host counts (`http://2852039166/`, `http://localhost/`, `http://[::1]/`):
    # the resolver refuses private ones by name; without one, _START already required a dotted host.
    rest = _SCHEME_START.sub("", url).removeprefix("//")
    return bool(_ADDRESS_START.match(rest))


def is_opaque(url: str) -> bool:
    return url.lower().startswith(OPAQUE_SCHEMES)
