"""`--shard I/N` and `merge`: one nightly job fanned out over N machines, joined into one run.

Why shards: the Wayback Machine allows a client IP about 30 CDX queries a minute (we
use 24), so one machine can look up at most 1,440 new or expired URLs an hour. N
shards on N CI runners bring N IPs and N archive budgets (README "Nightly CI").

How a share is chosen: by host, never by URL, so every request to one host comes from
one shard and the per-host politeness limits (10 in flight, 50 ms apart, the 429
pause) hold across the fan-out. A host's shard is a stable hash of its name (without
`www.`), so it does not change between nights and each shard's own state file keeps
the history of the same URLs. A shard still reads every input: URLs of other shards
are excluded (not fetched, not looked up, not recorded), so every shard's run has the
same results in the same order, and `merge` takes each result from the shard that
owns its host. Results without a host (no URL, `javascript:`) are taken from shard 1.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from checker.errors import InputError
from checker.models import References, Run

_SPEC = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


@dataclass(frozen=True)
class Shard:
    index: int  # 1-based, as written on the command line
    count: int

    @classmethod
    def parse(cls, text: str) -> Shard:
        m = _SPEC.match(text)
        if not m or not 1 <= int(m.group(1)) <= int(m.group(2)):
            raise ValueError(f"--shard takes I/N with 1 <= I <= N, e.g. 2/4: {text!r}")
        return cls(int(m.group(1)), int(m.group(2)))

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"

    def owns(self, url: str | None) -> bool:
        return owner(url, self.count) == self.index


def host_key(url: str | None) -> str | None:
    """The host a URL's requests go to, as politeness counts it (case and `www.` ignored)."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".").lower()
    return host[4:] if host.startswith("www.") else host


def owner(url: str | None, count: int) -> int:
    """The 1-based shard that checks this URL: a stable hash of its host (shard 1 when it has none)."""
    host = host_key(url)
    if host is None or count == 1:
        return 1
    digest = hashlib.sha256(host.encode("utf-8", "surrogatepass")).digest()
    return int.from_bytes(digest[:8], "big") % count + 1


def exclude_pattern(articles: Iterable[References], shard: Shard) -> str | None:
    """A regex (for `Config.excludes`) matching the cited URLs that other shards check."""
    others = sorted({h for refs in articles for _, c in refs.citations()
                     if (h := host_key(c.url)) is not None and owner(c.url, shard.count) != shard.index})  # fmt: skip
    if not others:
        return None
    hosts = "|".join(re.escape(h) for h in others)
    return rf"(?i)^[a-z][a-z0-9+.-]*://(?:[^/?#@]*@)?(?:www\.)?(?:{hosts})\.?(?::\d*)?(?:[/?#\\]|$)"


def merge_runs(runs: Sequence[Run], count: int) -> Run:
    """Join one article's runs from every shard of a `count`-way fan-out into one run."""
    first = runs[0]
    shape = [_shape(r) for r in runs]
    if any(s != shape[0] for s in shape[1:]):
        raise InputError(f"shard runs of {first.article.source or first.article.title!r} differ in their citations: "
                         "every shard must check the same inputs")  # fmt: skip
    results = []
    for position, r in enumerate(first.results):
        results.append(runs[owner(r.citation.url, count) - 1].results[position])
    notices = tuple(dict.fromkeys(n for r in runs for n in r.notices))
    return dataclasses.replace(
        first,
        results=tuple(results),
        started_at=min(r.started_at for r in runs),
        finished_at=max(r.finished_at for r in runs),
        network_down=any(r.network_down for r in runs),
        notices=notices,
        settings=tuple((k, v) for k, v in first.settings if k != "shard"),
    )


def _shard_of(run: Run) -> Shard | None:
    value = dict(run.settings).get("shard")
    try:
        return Shard.parse(value) if value else None
    except ValueError:
        return None


def merge_shard_runs(shard_runs: Sequence[Sequence[Run]]) -> list[Run]:
    """Each shard's last runs (one per article) -> one merged run per article, in the first shard's order.

    Every shard must be present exactly once: a missing shard's URLs would be reported
    as not checked, which is not what a single run would say.
    """
    by_index: dict[int, dict[str, Run]] = {}
    count = None
    for runs in shard_runs:
        if not runs:
            raise InputError("a shard state holds no run: did that shard's check run?")
        shard = _shard_of(runs[0])
        if shard is None:
            raise InputError("a state file holds no sharded run (check with --shard I/N)")
        if count is not None and shard.count != count:
            raise InputError(f"shards of different fan-outs: {count} and {shard.count}")
        count = shard.count
        if shard.index in by_index:
            raise InputError(f"shard {shard} given twice")
        by_index[shard.index] = {_key(r): r for r in runs}
    assert count is not None
    missing = sorted(set(range(1, count + 1)) - by_index.keys())
    if missing:
        raise InputError(f"missing shard state(s): {', '.join(f'{i}/{count}' for i in missing)}")
    merged = []
    for key in by_index[1]:
        if any(key not in by_index[i] for i in by_index):
            raise InputError(f"article {key!r} is missing from some shard states")
        merged.append(merge_runs([by_index[i][key] for i in range(1, count + 1)], count))
    return merged


def _key(run: Run) -> str:
    return run.article.source or run.article.title or "article"


def _shape(run: Run) -> list[tuple[int, int, str | None]]:
    return [(r.note.number, r.citation.index, r.citation.url) for r in run.results]
