"""Cost of extraction and comparison per page, against the network time per URL.

    .venv/bin/python bench/bench_compare.py [--repeat N]

Generates realistic article pages of ~50 KB and ~1 MB (nav, ads, scripts,
JSON-LD, a long article body, related links), and a lightly edited twin of each
(the "today" page). Per size it prints the median of:
  extract   one page -> PageMetadata (charset, trafilatura, metadata)
  compare   compare_versions(cited, today) (measures, diff, fingerprint)
  check     check_citation(...)
  per URL   2 x extract + compare + check: what a run pays per cited URL
and sets it against a typical network time per URL (300 ms - 1 s).
No network; deterministic input (seeded).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checker.compare import check_citation, compare_versions, extract
from checker.models import Citation, CitationKind, Page

WORDS = [
    "russia", "japan", "kuril", "islands", "treaty", "moscow", "tokyo", "putin", "abe", "sanctions", "crimea",
    "visit", "talks", "minister", "defense", "military", "base", "fleet", "economy", "investment", "far",
    "east", "china", "beijing", "alliance", "washington", "summit", "territorial", "dispute", "officials",
    "said", "would", "could", "the", "of", "and", "to", "in", "a", "for", "on", "that", "with", "as", "by",
]
URL = "https://news.example.com/2015/09/10/japan-wary-of-rising-russian-threat/"


def paragraph(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def make_page(target_bytes: int, seed: int, text_bytes: int | None = None) -> tuple[str, list[str]]:
    """Head and paragraphs of a page of about `target_bytes`; `text_bytes` of it article text
    (default: all of it), the rest inline JSON state and SVG icons as on script-heavy news sites."""
    rng = random.Random(seed)
    text_bytes = target_bytes if text_bytes is None else text_bytes
    nav = "".join(f'<li><a href="/section/{i}/">Section {i}</a></li>' for i in range(60))
    related = "".join(f'<li><a href="/2015/09/{i}/story-{i}/">Related story number {i}</a></li>' for i in range(40))
    script = "<script>var cfg = {" + ",".join(f'"k{i}": "{"x" * 40}"' for i in range(200)) + "};</script>"
    padding = max(0, target_bytes - text_bytes)
    teaser = "lorem ipsum " * 8
    state = ",".join(f'{{"id":{i},"slug":"story-{i}","teaser":"{teaser}"}}' for i in range(padding // 140))
    script += f'<script id="__NEXT_DATA__" type="application/json">{{"items":[{state}]}}</script>'
    head = (f"<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"<title>Japan Wary of Rising Russian Threat | News</title>"
            f"<meta property='og:site_name' content='Example News'><meta property='article:published_time' "
            f"content='2015-09-10T09:00:00Z'><meta name='author' content='Prashanth Parameswaran'>"
            f'<script type="application/ld+json">{{"@type":"NewsArticle","headline":"Japan Wary of Rising Russian '
            f'Threat","datePublished":"2015-09-10"}}</script>{script}</head><body>'
            f"<header><nav><ul>{nav}</ul></nav><div class='ad'>Advertisement</div></header>"
            f"<main><article><h1>Japan Wary of Rising Russian Threat</h1>"
            f"<p class='byline'>By Prashanth Parameswaran</p>")
    tail = f"</article><aside><ul>{related}</ul></aside></main><footer>Copyright 2015</footer></body></html>"
    paras: list[str] = []
    size = len(head) + len(tail) - padding
    while size < text_bytes:
        p = paragraph(rng, rng.randint(40, 120))
        paras.append(p)
        size += len(p) + 30
        if len(paras) % 8 == 0:
            size += 120  # an inline ad every 8 paragraphs
    return head, paras


def render(head: str, paras: list[str]) -> bytes:
    body = []
    for i, p in enumerate(paras, 1):
        body.append(f"<p>{p}</p>")
        if i % 8 == 0:
            body.append(f"<div class='ad-inline'><span>Advertisement</span><a href='/ad/{i}'>Buy now</a></div>")
    tail = "</article></main><footer>Copyright 2015</footer></body></html>"
    return (head + "\n".join(body) + tail).encode("utf-8")


def edited(paras: list[str], seed: int) -> list[str]:
    rng = random.Random(seed + 1)
    out = list(paras)
    for i in rng.sample(range(len(out)), max(1, len(out) // 20)):
        out[i] = paragraph(rng, 60)
    return out


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=0, help="runs per measure (default 21 for 50 KB, 7 for 1 MB)")
    args = ap.parse_args()
    citation = Citation(index=0, raw="", kind=CitationKind.NEWS, authors=("Prashanth Parameswaran",),
                        title="Japan Wary of Rising Russian Threat: Ex-Defense Minister", container="Example News",
                        date_iso="2015-09-10", url=URL)
    columns = f"{'page':>8} {'bytes':>9} {'extract':>9} {'compare':>9} {'check':>7} {'per URL':>9}"
    print(f"{columns}  vs network 300-1000 ms")
    profiles = (
        ("50 KB", 50_000, None, 21),  # a typical article page, all of it article
        ("1 MB", 1_000_000, 60_000, 7),  # a script-heavy page: 60 KB of article, the rest JSON state
        ("1 MB*", 1_000_000, None, 5),  # worst case: 1 MB of article text
    )
    for label, target, text_bytes, default_repeat in profiles:
        repeat = args.repeat or default_repeat
        head, paras = make_page(target, seed=target, text_bytes=text_bytes)
        cited_bytes, today_bytes = render(head, paras), render(head, edited(paras, target))
        cited_page = Page(url=URL, status=200, content_type="text/html; charset=utf-8", body=cited_bytes)
        today_page = Page(url=URL, status=200, content_type="text/html; charset=utf-8", body=today_bytes)
        cited, today = extract(cited_page), extract(today_page)
        assert cited.text and today.text, "extraction found no text"
        t_extract = median_ms(lambda p=today_page: extract(p), repeat)
        t_compare = median_ms(lambda c=cited, t=today: compare_versions(c, t), repeat)
        t_check = median_ms(lambda t=today: check_citation(citation, t, url=URL), repeat)
        per_url = 2 * t_extract + t_compare + t_check
        drift = compare_versions(cited, today)
        share = f"{per_url / 300:.0%} of 300 ms, {per_url / 1000:.0%} of 1 s"
        print(f"{label:>8} {len(today_bytes):>9} {t_extract:>8.1f}ms {t_compare:>8.1f}ms {t_check:>6.2f}ms "
              f"{per_url:>8.1f}ms  {share}  [{drift.drift.value}, score {drift.score}]")


if __name__ == "__main__":
    main()
