"""Exit codes and the `--fail-on` vocabulary: when a run should fail a CI job.

0  nothing to act on per the policy;
1  findings per `--fail-on` (default: dead links);
2  usage or input error (raised by the CLI, never returned here);
3  the network was unavailable, so nothing could be verified. A run that could not
   look is not a clean run, whatever the policy: "none" silences findings, not this.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from checker.errors import ConfigError
from checker.models import CitationResult, Run, Verdict
from checker.report import summary

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_NETWORK_DOWN = 3

DEFAULT_FAIL_ON: frozenset[str] = frozenset({"dead"})

# word -> (what it means, the test). Help text and README are generated from this table.
FAIL_ON: dict[str, tuple[str, Callable[[CitationResult], bool]]] = {
    "dead": ("a cited URL is dead: gone, soft 404, moved to the home page, server error, unreachable",
             summary.is_dead),
    "confirmed": ("a cited URL is confirmed dead: dead in confirm_checks (3) runs in a row over confirm_days (3) "
                  "days, as InternetArchiveBot decides (needs the history store)", summary.is_confirmed_dead),
    "new": ("since the previous stored run, a cited URL died or its text changed (needs the history store)",
            summary.is_new),
    "changed": ("the page drifted since it was cited: edited or replaced", summary.is_changed),
    "replaced": ("the page now holds something else (domain sold, different article, error page)",
                 summary.is_replaced),
    "mismatch": ("a citation finding of severity warning or error (title, author, date, publication)",
                 summary.has_mismatch),
    "blocked": ("the site refused the checker (403/429/999, bot walls): a person must look",
                lambda r: r.link is not None and r.link.verdict is Verdict.BLOCKED),
    "unarchived": ("a dead URL with no archived copy to point readers to", summary.is_unarchived),
    "none": ("never fail on findings (exit 3 still reports that the network was down)", lambda r: False),
}


def parse_fail_on(text: str) -> frozenset[str]:
    """'dead,changed' -> frozenset; raises ConfigError on an unknown word (the CLI exits 2)."""
    words = frozenset(w.strip().lower() for w in text.split(",") if w.strip())
    unknown = sorted(words - FAIL_ON.keys())
    if unknown:
        raise ConfigError(f"--fail-on: unknown {', '.join(unknown)}; choose from {', '.join(FAIL_ON)}")
    if not words:
        raise ConfigError(f"--fail-on: empty; choose from {', '.join(FAIL_ON)}")
    if "none" in words and len(words) > 1:
        raise ConfigError("--fail-on: 'none' cannot be combined with other words")
    return words


def failing(run: Run, fail_on: frozenset[str]) -> list[CitationResult]:
    """The results that make the run fail under this policy, in the article's order."""
    return list(_failing(run, fail_on))


def _failing(run: Run, fail_on: frozenset[str]) -> Iterator[CitationResult]:
    unknown = fail_on - FAIL_ON.keys()
    if unknown:
        raise ConfigError(f"unknown --fail-on words: {', '.join(sorted(unknown))}")
    tests = [FAIL_ON[w][1] for w in sorted(fail_on)]
    return (r for r in run.results if any(t(r) for t in tests))


def exit_code(run: Run, fail_on: frozenset[str]) -> int:
    if run.network_down:
        return EXIT_NETWORK_DOWN
    return EXIT_FINDINGS if next(_failing(run, fail_on), None) is not None else EXIT_OK


def fail_on_help() -> str:
    """One line per word, for `--help` and the README."""
    return "\n".join(f"{w}: {desc}" for w, (desc, _) in FAIL_ON.items())
