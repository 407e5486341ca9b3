"""A trained field labeller (a CRF, bench/crf_labeller.py) against the hand-written rules, by
leave-one-article-out (or K-fold by article) cross-validation on the DEV split of the corpus
(tests/parse/corpus).

    .venv/bin/python bench/crf_fields.py [--variants rules,crf,hybrid,...] [--folds K] [--only SLUG] [--diff]
    .venv/bin/python bench/crf_fields.py --speed [--variants rules,kind,...]
    .venv/bin/python bench/crf_fields.py --curve 3,6,12,23 --variants crf

For each dev article, a CRF is trained on the other dev articles' citations and labels this
one (with --folds K: the dev articles, sorted, are dealt round-robin into K folds, and each
fold's articles are labelled by a CRF trained on the other folds'); the article is then scored
with the corpus scorer (tests/parse/corpus/score.py), the same figures
bench/bench_parse_accuracy.py prints. The test split is never read. Printed: each held-out
article's F1 per variant, then micro P/R/F1, exact match and per-field F1 summed over them:
  rules        the hand-written rules alone (checker/parse/fields.py);
  crf          the CRF's fields, from token features only;
  hybrid       the CRF's fields, with the rules' own label of each token as a feature;
  hybrid-fill  the same, but the CRF only fills the fields the rules left empty;
  hybrid-mX    the CRF's reading only when its probability beats the rules' reading's by X;
  kind         the rules' fields, and the kind from a classifier (one-item CRF) over the rules'
               kind, the fields they found and the citation's keywords;
  hybrid-m0.5-keep-at(-kind)  hybrid-m0.5 keeping the rules' authors and titles (and the kind
               classifier's kind).
--diff prints every dev field a variant reads otherwise than the rules; --speed times the
parser on bench_parse.py's 10,000 synthetic notes with each variant trained on all of dev;
--curve retrains on only K of the other dev articles, to see whether more labels would help.

Training sequences: the rules split each labelled note and read each citation (so the CRF sees
the text it would be given in the parser); each labelled citation is paired with the rules'
citation the scorer would pair it with, and its hand-labelled values are placed on whole tokens
of the citation (crf_labeller.locate). Back-references (Ibid., short forms) stay with the rules
and are not trained on; a rules' citation with no labelled one is trained as all `O`.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import crf_labeller
from bench.bench_parse import synthetic
from bench.crf_labeller import _RULES, FIELDS, Labeller, features, kind_features, locate, relabelable, tokens, values_of
from checker.models import Citation, References
from checker.parse import MAX_NOTE_CHARS, parse_text
from checker.parse.split import split_note
from tests.parse.corpus.score import FIELDS as SCORED
from tests.parse.corpus.score import SPLITS, Tally, align, compare, gold, predicted, score, value

# how each variant combines the CRF with the rules (crf_labeller.Labeller's options)
VARIANTS: dict[str, dict] = {
    "hybrid-fill": {"keep_rules": frozenset(FIELDS)},  # the CRF only fills fields the rules left empty
    "hybrid-m0.5": {"margin": 0.5},  # the CRF's reading only when clearly more probable than the rules'
    "hybrid-m0.8": {"margin": 0.8},
    # the same, but authors and titles stay the rules' whenever they give them
    "hybrid-m0.5-keep-at": {"margin": 0.5, "keep_rules": frozenset({"authors", "title"})},
    "kind": {},  # the rules' fields, the kind from a classifier
    "hybrid-m0.5-keep-at-kind": {"margin": 0.5, "keep_rules": frozenset({"authors", "title"})},
}


@dataclass(frozen=True)
class Example:
    slug: str
    raw: str
    gold_labels: tuple[str, ...]
    rule_labels: tuple[str, ...]
    citation: Citation  # the rules' reading
    kind: str  # the labelled kind


def examples(slug: str) -> tuple[list[Example], int]:
    """The article's training sequences, and how many labelled citations had a value not placed
    (those train the kind only)."""
    out: list[Example] = []
    unplaced = 0
    for note in gold(slug).notes:
        results = [_RULES(p.text, i) for i, p in enumerate(split_note(note.text[:MAX_NOTE_CHARS]))]
        full = [r.citation for r in results if relabelable(r)]
        if not full:
            continue
        pairs, _, lone = align(list(note.citations), full)
        for g, c in pairs:
            if g.ibid or g.refers_to is not None:
                continue
            toks = tokens(c.raw)
            if not toks:
                continue
            gold_labels, missing = locate(c.raw, toks, values_of(g), slack=(1, -1, 2))
            rule_labels = locate(c.raw, toks, values_of(c))[0]
            if missing:
                unplaced += 1
                gold_labels = []
            out.append(Example(slug, c.raw, tuple(gold_labels), tuple(rule_labels), c, g.kind.value))
        for c in lone:
            toks = tokens(c.raw)
            if toks:
                rule_labels = locate(c.raw, toks, values_of(c))[0]
                out.append(Example(slug, c.raw, ("O",) * len(toks), tuple(rule_labels), c, c.kind.value))
    return out, unplaced


def sequences(data: list[Example], *, rule_feature: bool) -> list[tuple[list[list[str]], list[str]]]:
    return [
        (features(tokens(e.raw), e.rule_labels if rule_feature else None), list(e.gold_labels))
        for e in data
        if e.gold_labels
    ]


def kind_items(data: list[Example]) -> list[tuple[list[list[str]], list[str]]]:
    return [([kind_features(e.citation)], [e.kind]) for e in data]


def summary(name: str, t: Tally) -> str:
    p, r, f = t.prf()
    errors = sum(t.fp.values()) + sum(t.fn.values())
    per = " ".join(f"{fld}={t.prf(fld)[2]:.3f}" for fld in SCORED if t.tp[fld] + t.fn[fld])
    return f"{name:<16} P {p:.4f} R {r:.4f} F1 {f:.4f} exact {t.exact_match:.3f} errors {errors:>4} | {per}"


def differences(slug: str, variant: str, rules: References, other: References) -> list[str]:
    """Each labelled dev citation's field that `variant` reads otherwise than the rules: fixed,
    broken, or changed (both wrong)."""
    out: list[str] = []
    by_rules = {n.number: list(n.citations) for n in rules.notes}
    by_other = {n.number: list(n.citations) for n in other.notes}
    for note in gold(slug).notes:
        cits = list(note.citations)
        read_r = {id(g): c for g, c in align(cits, by_rules.get(note.number, []))[0]}
        read_o = {id(g): c for g, c in align(cits, by_other.get(note.number, []))[0]}
        for g in cits:
            for name in ("kind", *FIELDS):
                want, r, o = value(g, name), value(read_r.get(id(g)), name), value(read_o.get(id(g)), name)
                if r != o:
                    verdict = "fixed" if o == want else "broken" if r == want else "changed"
                    where = f"  {verdict:<7} note {note.number} {name}"
                    out.append(f"{where}: labelled {want!r} | rules {r!r} | {variant} {o!r}")
    return out


def folds_of(dev: list[str], k: int | None) -> list[list[str]]:
    """The held-out groups: each dev article alone (leave one out), or with `k`, the sorted
    articles dealt round-robin into k folds (deterministic)."""
    if not k:
        return [[slug] for slug in dev]
    ordered = sorted(dev)
    return [ordered[i::k] for i in range(min(k, len(ordered)))]


def cross_validate(
    variants: list[str], only: str | None, iterations: int, diff: bool = False, folds: int | None = None
) -> dict[str, dict[str, Tally]]:
    """variant -> held-out article -> its tally. With `folds`, K-fold cross-validation by article
    instead of leave one out. With `diff`, print each field a variant reads otherwise than the rules."""
    dev = list(SPLITS["dev"])
    data: dict[str, list[Example]] = {}
    for slug in dev:
        data[slug], unplaced = examples(slug)
        print(f"# {slug}: {len(data[slug])} training citations, {unplaced} for the kind only (a label not in the text)")
    tallies: dict[str, dict[str, Tally]] = {v: {} for v in variants}
    with tempfile.TemporaryDirectory() as tmp:
        groups = folds_of(dev, folds)
        for number, held_out in enumerate(groups, 1):
            if only and only not in held_out:
                continue
            if folds:
                print(f"# fold {number}/{len(groups)}: {len(held_out)} held-out articles", flush=True)
            rest = [e for s in dev if s not in held_out for e in data[s]]
            trained: dict[str, Path] = {}  # one model per kind of model and fold, shared by the variants

            def model_for(name: str, rest: list[Example] = rest, trained: dict[str, Path] = trained) -> Path:
                if name not in trained:
                    trained[name] = Path(tmp) / f"{name}.crfsuite"
                    items = kind_items(rest) if name == "kind" else sequences(rest, rule_feature=name == "hybrid")
                    crf_labeller.train(items, trained[name], iterations=iterations)
                return trained[name]

            for slug in held_out:
                if only and slug != only:
                    continue
                label(slug, variants, model_for, tallies, diff)
    return tallies


def label(
    slug: str,
    variants: list[str],
    model_for: Callable[[str], Path],
    tallies: dict[str, dict[str, Tally]],
    diff: bool,
) -> None:
    """Score one held-out article with each variant (models from `model_for`) into `tallies`,
    printing its F1 per variant (and with `diff`, each field a variant reads otherwise)."""
    line = [f"{slug:<34}"]
    changes: list[str] = []
    rules_read: References | None = None
    for variant in variants:
        if variant != "rules":
            hybrid = variant.startswith("hybrid")
            fields = None if variant == "kind" else model_for("hybrid" if hybrid else "crf")
            options = dict(VARIANTS.get(variant, {}))
            if "kind" in variant:
                options["kinds"] = model_for("kind")
            crf_labeller.use(Labeller(fields, rule_feature=hybrid, **options))
        try:
            read = predicted(slug)
        finally:
            crf_labeller.use(None)
        t = compare(gold(slug), read)
        if variant == "rules":
            rules_read = read
        elif diff and rules_read is not None:
            changes.extend(differences(slug, variant, rules_read, read))
        tallies[variant][slug] = t
        line.append(f"{variant} {t.prf()[2]:.3f}")
    print(" | ".join(line), flush=True)
    print("\n".join(changes) if changes else "", end="\n" if changes else "", flush=True)


def learning_curve(sizes: list[int], iterations: int, variant: str = "crf") -> None:
    """Held-out micro F1 of `variant` when its model is trained on only k of the other dev
    articles (a seeded random k for each held-out article): does more labelled data help?"""
    dev = list(SPLITS["dev"])
    data = {slug: examples(slug)[0] for slug in dev}
    rnd = random.Random(9)
    hybrid = variant.startswith("hybrid")
    options = dict(VARIANTS.get(variant, {}))
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "curve.crfsuite"
        for k in sizes:
            total = Tally()
            for slug in dev:
                others = [s for s in dev if s != slug]
                chosen = rnd.sample(others, min(k, len(others)))
                rest = [e for s in chosen for e in data[s]]
                crf_labeller.train(sequences(rest, rule_feature=hybrid), model, iterations=iterations)
                crf_labeller.use(Labeller(model, rule_feature=hybrid, **options))
                try:
                    total.add(score(slug))
                finally:
                    crf_labeller.use(None)
            print(f"{variant} trained on {min(k, len(dev) - 1):>2} articles: {summary('', total).strip()}", flush=True)


def _total(per_article: dict[str, Tally], slugs: list[str]) -> Tally:
    t = Tally()
    for slug in slugs:
        t.add(per_article[slug])
    return t


def interval(a: dict[str, Tally], b: dict[str, Tally], draws: int = 2000) -> tuple[float, float]:
    """95% bootstrap interval of micro F1(a) - F1(b), resampling held-out articles (seeded)."""
    rnd = random.Random(9)
    slugs = sorted(a)
    diffs = []
    for _ in range(draws):
        pick = [rnd.choice(slugs) for _ in slugs]
        diffs.append(_total(a, pick).prf()[2] - _total(b, pick).prf()[2])
    diffs.sort()
    return diffs[int(0.025 * draws)], diffs[int(0.975 * draws) - 1]


def speed(variants: list[str], iterations: int) -> None:
    """Seconds to parse 10,000 synthetic notes (bench/bench_parse.py's), best of 2, per variant."""
    data = [e for slug in SPLITS["dev"] for e in examples(slug)[0]]
    text = synthetic(10_000)
    with tempfile.TemporaryDirectory() as tmp:
        models = {name: Path(tmp) / f"{name}.crfsuite" for name in ("crf", "hybrid", "kind")}
        crf_labeller.train(sequences(data, rule_feature=False), models["crf"], iterations=iterations)
        crf_labeller.train(sequences(data, rule_feature=True), models["hybrid"], iterations=iterations)
        crf_labeller.train(kind_items(data), models["kind"], iterations=iterations)
        for variant in variants:
            if variant != "rules":
                hybrid = variant.startswith("hybrid")
                options = dict(VARIANTS.get(variant, {}))
                if "kind" in variant:
                    options["kinds"] = models["kind"]
                fields = None if variant == "kind" else models["hybrid" if hybrid else "crf"]
                crf_labeller.use(Labeller(fields, rule_feature=hybrid, **options))
            try:
                best = float("inf")
                for _ in range(2):
                    t0 = time.perf_counter()
                    parse_text(text)
                    best = min(best, time.perf_counter() - t0)
            finally:
                crf_labeller.use(None)
            print(f"{variant:<26} 10,000 notes in {best:.2f} s", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--variants", default=",".join(["rules", "crf", "hybrid", *VARIANTS]))
    ap.add_argument("--only", help="hold out this dev article only")
    ap.add_argument(
        "--folds",
        type=int,
        metavar="K",
        help="K-fold cross-validation by article (sorted slugs dealt round-robin) instead of leave one out",
    )
    ap.add_argument(
        "--diff",
        action="store_true",
        help="print each dev field a variant reads otherwise than the rules (fixed, broken, changed)",
    )
    ap.add_argument("--iterations", type=int, default=60, help="L-BFGS iterations per model (default 60)")
    ap.add_argument(
        "--curve",
        metavar="K,K,...",
        help="instead: the first variant's held-out F1 trained on only K other dev articles (learning curve)",
    )
    ap.add_argument(
        "--speed",
        action="store_true",
        help="instead: train on all of dev and time parsing bench_parse.py's 10,000 synthetic notes with each variant",
    )
    args = ap.parse_args(argv)
    started = time.perf_counter()
    if args.speed:
        speed(args.variants.split(","), args.iterations)
        return 0
    if args.curve:
        learning_curve([int(k) for k in args.curve.split(",")], args.iterations, args.variants.split(",")[0])
        return 0
    variants = args.variants.split(",")
    if args.diff and variants[0] != "rules":
        variants = ["rules", *variants]
    tallies = cross_validate(variants, args.only, args.iterations, diff=args.diff, folds=args.folds)
    scheme = f"{args.folds}-fold by article" if args.folds else "leave one article out"
    print(f"\ndev, {scheme} (summed over the held-out articles):")
    for name, per_article in tallies.items():
        line = summary(name, _total(per_article, sorted(per_article)))
        if name != "rules" and "rules" in tallies and len(per_article) > 1:
            low, high = interval(per_article, tallies["rules"])
            line += f" | F1 - rules, 95% over articles: [{low:+.4f}, {high:+.4f}]"
        print(line)
    print(f"# {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
