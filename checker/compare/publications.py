"""Who published what where: wire services, known sites, and name-vs-domain matching.

A citation names a container ("The Wall Street Journal"); the page tells its
site name ("WSJ") and its host (blogs.wsj.com). These helpers decide whether
they are the same publisher without a network call. The tables are small on
purpose: they exist to (a) allow syndication and (b) name the right title
when a citation has a probable typo, not to be a directory of the press.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from checker.compare.text import fold

# Wire and syndication services: their stories run on any newspaper's site, so a
# Kyodo story on japantimes.co.jp or an AP story on washingtonpost.com is fine.
WIRE_SERVICES = frozenset(
    {
        "kyodo", "kyodo news", "jiji", "jiji press", "reuters", "thomson reuters", "associated press", "ap",
        "the associated press", "agence france presse", "agence france-presse", "afp", "bloomberg",
        "bloomberg news", "xinhua", "xinhua news agency", "itar tass", "itar-tass", "tass", "interfax",
        "ria novosti", "yonhap", "yonhap news agency", "press trust of india", "pti", "upi",
        "united press international", "dpa", "deutsche presse-agentur", "efe", "ansa", "anadolu agency",
        "bbc monitoring", "foreign broadcast information service", "fbis",
    }
)

# Registrable domain -> the name a citation should use. Used to tell a probable
# typo ("The Asan Shimbun" for asahi.com) from a different publication.
KNOWN_PUBLICATIONS: dict[str, str] = {
    "asahi.com": "The Asahi Shimbun",
    "wsj.com": "The Wall Street Journal",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "theguardian.com": "The Guardian",
    "japantimes.co.jp": "The Japan Times",
    "thediplomat.com": "The Diplomat",
    "voanews.com": "Voice of America",
    "nikkei.com": "Nikkei Asian Review",
    "scmp.com": "South China Morning Post",
    "themoscowtimes.com": "The Moscow Times",
    "rbth.com": "Russia Beyond the Headlines",
    "thehindu.com": "The Hindu",
    "forbes.com": "Forbes",
    "ft.com": "Financial Times",
    "economist.com": "The Economist",
    "bbc.co.uk": "BBC News",
    "bbc.com": "BBC News",
    "mainichi.jp": "The Mainichi",
    "yomiuri.co.jp": "The Yomiuri Shimbun",
    "chinadaily.com.cn": "China Daily",
    "straitstimes.com": "The Straits Times",
    "defensenews.com": "Defense News",
    "atimes.com": "Asia Times",
    "valdaiclub.com": "Valdai Club",
    "tass.ru": "TASS",
    "tass.com": "TASS",
    "sputniknews.com": "Sputnik",
    "carnegie.ru": "Carnegie Moscow Center",
    "carnegieendowment.org": "Carnegie Endowment for International Peace",
    "theasanforum.org": "The Asan Forum",
}

# Hosting platforms and aggregators: the cited container (a journal, a paper)
# is legitimately not the platform's name, so a mismatch there proves nothing.
PLATFORMS = frozenset(
    {
        "jstor.org", "sagepub.com", "tandfonline.com", "springer.com", "wiley.com", "jhu.edu", "oup.com",
        "cambridge.org", "sciencedirect.com", "ssrn.com", "researchgate.net", "academia.edu", "archive.org",
        "google.com", "medium.com", "substack.com", "scribd.com", "yahoo.com", "msn.com", "ebscohost.com",
        "proquest.com", "doi.org", "nih.gov", "semanticscholar.org", "wordpress.com", "blogspot.com",
        "pressreader.com", "newsbank.com", "factiva.com", "lexisnexis.com", "archive.ph", "archive.today",
    }
)

# Second-level labels under a country code: japantimes.co.jp -> japantimes.
_GENERIC_SLD = frozenset({"co", "com", "org", "net", "ac", "gov", "ne", "or", "go", "edu", "gv"})
_IGNORED_LABELS = frozenset({"www", "m", "mobile", "amp", "blogs", "blog", "news", "en", "edition", "archive"})
_NAME_STOP = frozenset({"the", "of", "and", "a", "an", "on", "in", "for"})


def normalize_name(name: str) -> str:
    """Fold, drop punctuation and a leading "The": "The Wall Street Journal" -> "wall street journal"."""
    folded = re.sub(r"[^\w\s]", " ", fold(name)).split()
    if folded and folded[0] == "the":
        folded = folded[1:]
    return " ".join(folded)


def registrable_domain(host: str) -> str:
    """Best-effort eTLD+1 without the public suffix list: ajw.asahi.com -> asahi.com, x.co.jp kept 3 labels."""
    labels = [p for p in host.lower().strip(".").split(".") if p]
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _GENERIC_SLD:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def host_labels(host: str) -> list[str]:
    """The distinctive labels of a host, most significant first: blogs.wsj.com -> ["wsj"]."""
    labels = [p for p in host.lower().split(":")[0].strip(".").split(".") if p]
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _GENERIC_SLD:
        labels = labels[:-2]
    elif len(labels) >= 2:
        labels = labels[:-1]
    out = [lab for lab in reversed(labels) if lab not in _IGNORED_LABELS and len(lab) > 1]
    return out


def _initials(words: list[str]) -> set[str]:
    out = {"".join(w[0] for w in words)}
    content = [w for w in words if w not in _NAME_STOP]
    if content:
        out.add("".join(w[0] for w in content))
    return {i for i in out if len(i) >= 2}


def name_matches_host(name: str, host: str) -> bool:
    """Does a publication name plausibly own this host? wsj <- Wall Street Journal, voanews <- Voice of America."""
    norm = normalize_name(name)
    if not norm:
        return False
    words = norm.split()
    compact = "".join(words)
    compact_the = "the" + compact
    known = KNOWN_PUBLICATIONS.get(registrable_domain(host))
    if known and names_match(name, known):
        return True
    for label in host_labels(host):
        label = label.replace("-", "")
        if len(label) < 3:
            continue
        if label in (compact, compact_the) or (len(label) >= 4 and label in compact_the):
            return True
        if len(compact) >= 4 and compact in label:
            return True
        if any(label.startswith(i) for i in _initials(words) if len(i) >= 3 or label == i):
            return True
    return False


def names_match(a: str, b: str) -> bool:
    """Same publisher? "The Asahi Shimbun" ~ "Asahi Shimbun", "WSJ" ~ "Wall Street Journal"."""
    na, nb = normalize_name(a), normalize_name(b)
    if not na or not nb:
        return False
    if na == nb or na.replace(" ", "") == nb.replace(" ", ""):
        return True
    ia, ib = _initials(na.split()), _initials(nb.split())
    if na.replace(" ", "") in ib or nb.replace(" ", "") in ia:
        return True
    # One name inside the other ("Nikkei" / "Nikkei Asian Review"), whole words only.
    if f" {na} " in f" {nb} " or f" {nb} " in f" {na} ":
        return True
    return fuzz.token_sort_ratio(na, nb) >= 92


def is_wire_service(name: str) -> bool:
    norm = normalize_name(name)
    return norm in WIRE_SERVICES or fold(name).strip() in WIRE_SERVICES


def typo_of(name: str, candidates: list[str]) -> str | None:
    """The candidate `name` is probably a misspelling of (close but not equal), else None."""
    norm = normalize_name(name)
    best: tuple[float, str] | None = None
    for cand in candidates:
        nc = normalize_name(cand)
        if not nc or nc == norm:
            continue
        score = fuzz.ratio(norm, nc)
        if score >= 80 and (best is None or score > best[0]):
            best = (score, cand)
    return best[1] if best else None
