"""Parser accuracy on the hand-labelled corpus of real published notes (tests/parse/corpus).

    .venv/bin/python bench/bench_parse_accuracy.py [--fields]

Prints, per article and overall for the dev split (the articles the rules were written
against) and the test split (never looked at while writing rules): notes, labelled
citations, micro precision/recall/F1 over all fields, URL F1 (each note's set of URLs,
whatever the splitting), back-reference F1 (`refers_to`) and whole-citation exact match;
then the same per house style of notes (Bluebook, Chicago full notes, Chicago short notes) and split.
With --fields, also P/R/F1 for every field of each split, and the share of notes cut into as
many citations as the labels have (how often the splitting into citations agrees). Scoring: tests/parse/corpus/score.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.parse.corpus.score import FIELDS, SPLITS, STYLES, Tally, score


def row(name: str, t: Tally) -> str:
    p, r, f = t.prf()
    url = t.prf("url_set")[2]
    back = t.prf("refers_to")[2]
    return (
        f"| {name:<44} | {t.notes:>5} | {t.citations:>9} | {p:.3f} | {r:.3f} | {f:.3f} | {url:.3f}  |"
        f" {back:.3f}     | {t.exact_match:.3f} |"
    )


HEAD = (
    f"| {'article':<44} | notes | citations | P     | R     | F1    | URL F1 | backref F1 | exact |\n"
    f"|{'-' * 46}|-------|-----------|-------|-------|-------|--------|------------|-------|"
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--fields", action="store_true", help="also print per-field P/R/F1 for each split")
    args = ap.parse_args(argv)
    print(HEAD)
    totals: dict[str, Tally] = {}
    for split, slugs in SPLITS.items():
        total = Tally()
        for slug in slugs:
            t = score(slug)
            total.add(t)
            print(row(f"{split}: {slug}", t))
        totals[split] = total
        print(row(f"**{split} overall**", total))
    test_slugs = set(SPLITS["test"])
    for style, slugs in STYLES.items():
        for split in SPLITS:
            in_split = [s for s in slugs if (s in test_slugs) == (split == "test")]
            if in_split:
                t = Tally()
                for slug in in_split:
                    t.add(score(slug))
                print(row(f"{split}, {style}", t))
    if args.fields:
        for split, total in totals.items():
            split_share = total.split_as_labelled / total.notes if total.notes else 1.0
            print(f"\n{split}: notes cut into as many citations as labelled: {split_share:.3f}")
            print(f"{split}: field | P | R | F1 | labelled")
            for name in (*FIELDS, "url_set"):
                p, r, f = total.prf(name)
                n = total.url_tp + total.url_fn if name == "url_set" else total.tp[name] + total.fn[name]
                print(f"  {name:<10} {p:.3f} {r:.3f} {f:.3f} {n:>5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
