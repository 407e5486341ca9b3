"""Command line: flags -> Config, commands -> library calls. The only module that exits.

Exit codes (also in `--help` and the README):
  0  nothing to act on per the --fail-on policy
  1  findings per --fail-on (default: dead links)
  2  usage or input error (bad file, bad YAML, bad flag, bad configuration)
  3  the network was unavailable, so nothing could be verified
  4  internal error (a bug: rerun with --debug and report it)
  130  interrupted (Ctrl-C); `check` saved what was done and resumes when run again
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from checker import __version__
from checker.errors import CheckerError, InputError
from checker.report.policy import FAIL_ON

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_NETWORK_DOWN = 3
EXIT_INTERNAL = 4
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a Ctrl-C

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REFERENCES = PROJECT_ROOT / "references.yaml"
REFERENCE_SUFFIXES = {".yaml", ".yml"}

EPILOG = """\
exit codes:
  0  nothing to act on per the --fail-on policy
  1  findings per --fail-on (default: dead links)
  2  usage or input error (bad file, bad YAML, bad flag, bad configuration)
  3  the network was unavailable, so nothing could be verified
  4  internal error (a bug: rerun with --debug and report it)
  130  interrupted (Ctrl-C); `check` saved what was done and resumes when run again

With no command, `check` runs on the embedded default references.yaml.
"""


class UsageError(CheckerError):
    """A flag value that argparse cannot judge by itself."""


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one line, as every other usage error does."""

    def error(self, message: str) -> Any:  # argparse's signature returns NoReturn
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="run_check.py",
        description="Check that the sources behind an article's footnotes still hold.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"cite-checker {__version__}")
    parser.add_argument("--debug", action="store_true", help="show a traceback on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("parse", help="parse an article's footnotes into references.yaml", epilog=EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("article", help="the article: plain text, HTML, Markdown or Word .docx with numbered notes "
                                   "or footnotes, or a CSL-JSON file from a citation manager")
    p.add_argument("-o", "--output", default="references.yaml",
                   help="references file to write (default: references.yaml); an existing file is "
                        "merged, keeping editors' changes (--force regenerates it)")
    p.add_argument("--force", action="store_true", help="overwrite an existing references file instead of merging")
    _article_meta_flags(p)

    p = sub.add_parser("show", help="print the references in a table", epilog=EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("references", nargs="?", default=None,
                   help="references.yaml or an article (default: the embedded default)")

    p = sub.add_parser("check", help="check every cited URL, the archive and the citations", epilog=EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="*",
                   help="references.yaml files or article files (default: the embedded default)")
    _check_flags(p)

    p = sub.add_parser("merge", help="join the states of `check --shard I/N` runs into one run and one set of "
                                     "reports", epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("shard_states", nargs="+", metavar="SHARD_STATE",
                   help="the history database of every shard (one per shard, all N of them)")
    _output_flags(p)
    p.add_argument("--state", help="also record the merged run(s) in this history database (for `report` and "
                                   "`export`)")

    p = sub.add_parser("export", help="write the references as CSL-JSON or BibTeX, with archive links",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("references", nargs="?", default=None,
                   help="references.yaml, a CSL-JSON file or an article (default: the embedded default)")
    p.add_argument("--to", required=True, dest="export_format", metavar="FORMAT",
                   help="csl-json (Zotero, Mendeley, Pandoc) or bibtex (biblatex: @online, urldate)")
    p.add_argument("-o", "--output", default="-", help="file to write (default: '-', stdout)")
    p.add_argument("--state", help="history database whose last check supplies the archive links of the cited "
                                   "versions (default: reports/history.sqlite when it exists)")

    p = sub.add_parser("report", help="re-render the last stored run(s) without touching the network",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    _output_flags(p)
    p.add_argument("--state", help="history database (default: OUTPUT_DIR/history.sqlite)")
    return parser


def _article_meta_flags(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("article metadata (overrides the ARTICLE.meta.yaml sidecar)")
    g.add_argument("--title", help="the article's title")
    g.add_argument("--author", action="append", dest="authors", help="an author (repeatable)")
    g.add_argument("--publication", help="where the article was published")
    g.add_argument("--date", help="publication date, ISO (2015-12-28, 2015-12)")


def _output_flags(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("output")
    g.add_argument("--format", default=None,
                   help="comma-separated report formats: json, html, junit, markdown, fixlist, all "
                        "(default: html,json,markdown,fixlist)")
    g.add_argument("--output-dir", default=None, help="where reports go (default: reports/)")
    g.add_argument("-o", "--output", default=None,
                   help="write the single chosen --format to this file ('-' for stdout)")
    g.add_argument("--fail-on", default=None,
                   help=f"comma-separated: {', '.join(FAIL_ON)} (default: dead); see README 'Exit codes'")
    g.add_argument("--all", action="store_true", dest="show_all", help="list every reference, not only problems")
    g.add_argument("-q", "--quiet", action="store_true", help="no progress bars, no summary table")
    g.add_argument("-v", "--verbose", action="store_true", help="print run notices and settings")


def _check_flags(p: argparse.ArgumentParser) -> None:
    _output_flags(p)
    g = p.add_argument_group("fetching")
    g.add_argument("--config", help="a checker.toml to use (default: checker.toml or [tool.checker] in "
                                    "pyproject.toml beside the references)")
    g.add_argument("--concurrency", type=_positive_int, help="requests in flight across all hosts (default 128)")
    g.add_argument("--per-host-concurrency", type=_positive_int, help="requests in flight per host (default 10)")
    g.add_argument("--per-host-delay", type=_non_negative_float,
                   help="seconds between requests to one host (default 0.05)")
    g.add_argument("--timeout", type=_positive_float, dest="read_timeout", help="read timeout, seconds (default 20)")
    g.add_argument("--connect-timeout", type=_positive_float, help="connect timeout, seconds (default 10)")
    g.add_argument("--url-deadline", type=_positive_float,
                   help="whole budget for one URL with retries, seconds (default 60)")
    g.add_argument("--max-bytes", type=_positive_int, help="read at most this many bytes of a page (default 2 MiB)")
    g.add_argument("--retries", type=_non_negative_int, help="retries for transient failures (default 3)")
    g.add_argument("--retry-after-cap", type=_non_negative_float,
                   help="longest Retry-After to wait out, seconds; longer is reported rate-limited (default 60)")
    g.add_argument("--max-redirects", type=_non_negative_int, help="redirect hops to follow (default 10)")
    g.add_argument("--no-soft404-probe", action="store_false", dest="soft404_probe", default=None,
                   help="do not probe a random sibling URL to detect soft 404s")
    g.add_argument("--user-agent", help="User-Agent header to send")
    g.add_argument("--browser-user-agent",
                   help="User-Agent for the one retry a bot-filtering front's 404/5xx gets before a source is "
                        "called dead (default: a current browser's)")
    g.add_argument("--no-browser-retry", action="store_const", const="", dest="browser_user_agent",
                   help="never retry with a browser's User-Agent")
    g.add_argument("--host-backoff-max", type=_non_negative_float,
                   help="longest host-wide pause after repeated 429s, seconds (default 30)")
    g.add_argument("--exclude", action="append", dest="excludes", metavar="REGEX",
                   help="skip URLs matching REGEX (repeatable)")
    g.add_argument("--accept", dest="accept_status", type=_status_list, metavar="CODES",
                   help="extra HTTP statuses that count as ok, e.g. 403,999")
    g.add_argument("--allow-private", action="store_true", default=None,
                   help="allow private, loopback and link-local addresses (refused by default)")
    g.add_argument("--allow-private-host", action="append", dest="allow_private_hosts", metavar="HOST[:PORT]",
                   help="allow this one private host (and port), e.g. an intranet wiki (repeatable)")
    g = p.add_argument_group("archive")
    g.add_argument("--wayback-url", help="Wayback Machine base URL (default: $CHECKER_WAYBACK_URL or "
                                         "https://web.archive.org)")
    g.add_argument("--no-archive", action="store_false", dest="archive", default=None,
                   help="do not consult the Wayback Machine")
    g.add_argument("--save", action="store_true", default=None,
                   help="send live URLs without a recent capture to Save Page Now "
                        "(IA_ACCESS_KEY/IA_SECRET_KEY for authenticated saves)")
    g.add_argument("--save-older-than", type=_non_negative_int, dest="save_older_than_days", metavar="DAYS",
                   help="with --save: also save when the newest capture is older than DAYS")
    g = p.add_argument_group("comparison and history")
    g.add_argument("--no-compare", action="store_false", dest="compare", default=None,
                   help="skip comparing the cited version with today's page")
    g.add_argument("--state", help="history database (default: OUTPUT_DIR/history.sqlite, or "
                                   "history.shard-I-of-N.sqlite with --shard); 'none' to keep none")
    g.add_argument("--shard", type=_shard, metavar="I/N",
                   help="check only the I-th of N shares of the cited hosts (each shard its own --state); "
                        "`merge` joins the shards' states into one run")
    g.add_argument("--max-age", type=_duration, metavar="DURATION",
                   help="do not fetch a URL checked ok within DURATION (1d, 12h, 30m); its verdict is carried "
                        "over and the report says from when; failures are always checked again (default: check "
                        "every URL)")
    g.add_argument("--confirm-checks", type=_positive_int,
                   help="dead runs in a row before a source is confirmed dead (default 3; --fail-on confirmed)")
    g.add_argument("--confirm-days", type=_non_negative_float,
                   help="days those dead runs must span (default 3), as InternetArchiveBot")
    g.add_argument("--fresh", action="store_true",
                   help="start over instead of resuming an interrupted run of the same inputs and settings")


def _positive_int(text: str) -> int:
    value = _non_negative_int(text)
    if value == 0:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text!r}")
    return value


def _positive_float(text: str) -> float:
    value = _non_negative_float(text)
    if value == 0:
        raise argparse.ArgumentTypeError(f"must be more than 0: {text!r}")
    return value


def _non_negative_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a finite number, not negative: {text!r}")
    return value


def _shard(text: str) -> Any:
    from checker.shard import Shard

    try:
        return Shard.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("--shard takes ")) from None


def _duration(text: str) -> float:
    from checker.carry import parse_duration

    try:
        return parse_duration(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _status_list(text: str) -> tuple[int, ...]:
    try:
        codes = tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a comma-separated list of status codes: {text!r}") from None
    if not codes or any(not 100 <= c <= 999 for c in codes):
        raise argparse.ArgumentTypeError(f"status codes are 100-999: {text!r}")
    return codes


# --------------------------------------------------------------------------- commands


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    if args.command is None:
        # No command: the main job, `check` on the embedded default (global flags kept).
        args = build_parser().parse_args([*argv, "check"])
    try:
        return _dispatch(args)
    except CheckerError as exc:
        if args.debug:
            raise
        _err(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        _err("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: one line, and the traceback with --debug
        if args.debug:
            raise
        _err(f"internal error: {type(exc).__name__}: {exc} (rerun with --debug and report it)")
        return EXIT_INTERNAL


def _err(message: str) -> None:
    print(f"run_check.py: error: {message}", file=sys.stderr)


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "parse":
        return cmd_parse(args)
    if args.command == "show":
        return cmd_show(args)
    if args.command == "check":
        return cmd_check(args)
    if args.command == "report":
        return cmd_report(args)
    if args.command == "export":
        return cmd_export(args)
    if args.command == "merge":
        return cmd_merge(args)
    raise UsageError(f"unknown command {args.command!r}")


def _console(args: argparse.Namespace, *, stderr: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=stderr, quiet=getattr(args, "quiet", False))


def _article_override(args: argparse.Namespace) -> Any:
    from checker.models import Article

    if not any((args.title, args.authors, args.publication, args.date)):
        return None
    return Article(title=args.title, authors=tuple(args.authors or ()), publication=args.publication, date=args.date)


def cmd_parse(args: argparse.Namespace) -> int:
    from checker import references
    from checker.article_date import with_inferred_date

    refs = with_inferred_date(_read_article(Path(args.article), article=_article_override(args)))
    from rich.markup import escape

    console = _console(args, stderr=True)
    for warning in refs.warnings:  # warnings quote the article: never read them as markup
        console.print(f"[yellow]warning:[/] {escape(warning)}", highlight=False)
    messages = references.save(refs, args.output, force=args.force)
    for message in messages:
        console.print(message, highlight=False, markup=False)
    citations, urls = 0, set[str]()
    for _, c in refs.citations():
        citations += 1
        if c.url:
            urls.add(c.url)
    counts = ", ".join(_plural(n, word) for n, word in
                       ((len(refs.notes), "note"), (citations, "citation"), (len(urls), "distinct URL")))
    console.print(
        f"{counts} -> {args.output}",
        highlight=False,
        markup=False,
    )
    return EXIT_OK


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def load_input(path: str | Path, *, on_note: Callable[[Any], None] | None = None) -> Any:
    """A references.yaml is loaded; anything else is parsed as an article. `on_note` sees
    each note as it is read."""
    from checker import references
    from checker.article_date import with_inferred_date

    path = _existing_input(path)
    # Undated articles get the latest date among their notes as the end of every window.
    if path.suffix.lower() in REFERENCE_SUFFIXES:
        return with_inferred_date(_each_note(references.load(path), on_note))
    return with_inferred_date(_read_article(path, on_note=on_note))


def _existing_input(path: str | Path) -> Path:
    path = Path(path)
    if not path.exists():
        raise InputError("no such file", path=str(path))
    if path.is_dir():
        raise InputError("is a directory, not a references.yaml or article file", path=str(path))
    return path


def _each_note(refs: Any, on_note: Callable[[Any], None] | None) -> Any:
    """`refs` read whole (references.yaml, CSL-JSON), its notes then kept on disk as a parsed
    article's are (checker/spill.py): a run does not hold the tuple. `on_note` sees each."""
    from checker.spill import SpilledNotes

    def each() -> Iterator[Any]:
        for note in refs.notes:
            if on_note is not None:
                on_note(note)
            yield note

    return dataclasses.replace(refs, notes=SpilledNotes(each()))


def _read_article(path: Path, *, article: Any = None, on_note: Callable[[Any], None] | None = None) -> Any:
    """An article file, or a CSL-JSON file (a JSON array of items with a `type`)."""
    from checker.parse import csl, parse_article

    if path.suffix.lower() == ".json" or _starts_with_bracket(path):
        from checker.errors import ParseError
        from checker.files import read_bounded

        data = read_bounded(path, limit=csl.MAX_CSL_BYTES, error=ParseError, what="a CSL-JSON file")
        if csl.looks_like_csl_json(data):
            return _each_note(csl.load(path, article=article), on_note)
        if path.suffix.lower() == ".json":
            raise InputError("a .json file must be CSL-JSON: an array of items with a 'type'", path=str(path))
    return parse_article(path, article=article, on_note=on_note)


def _source(path: Path) -> Any:
    """One input of `check`, parsed while its first URLs are checked. Named for resuming by
    its bytes and its metadata file's: the same bytes parse to the same notes."""
    from checker.parse.meta import sidecar_path
    from checker.pipeline import ArticleSource

    path = _existing_input(path)
    digest = hashlib.sha256(os.fsencode(path))
    for part in (path, sidecar_path(path)):
        try:
            with part.open("rb") as fh:
                for _ in range(_DIGEST_CHUNKS):
                    chunk = fh.read(1 << 20)
                    if not chunk:
                        break
                    digest.update(chunk)
        except FileNotFoundError:
            digest.update(b"-")
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", path=str(part)) from None
    return ArticleSource(digest.hexdigest(), lambda on_note: load_input(path, on_note=on_note))


_DIGEST_CHUNKS = 256  # MiB: an input larger is refused by the parser anyway


def _starts_with_bracket(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(64).lstrip()[:1] == b"["
    except OSError:
        return False


def _default_input() -> Path:
    if not DEFAULT_REFERENCES.exists():
        raise InputError("the embedded default references.yaml is missing; name a file", path=str(DEFAULT_REFERENCES))
    return DEFAULT_REFERENCES


def cmd_show(args: argparse.Namespace) -> int:
    from checker.report.console import print_references

    refs = load_input(args.references or _default_input())
    print_references(refs, _console(args))
    return EXIT_OK


def _formats(args: argparse.Namespace) -> list[Any]:
    from checker.report import ReportFormat

    text = args.format or "html,json,markdown,fixlist"
    names = [n.strip().lower() for n in text.split(",") if n.strip()]
    if "all" in names:
        return list(ReportFormat)
    chosen = []
    for name in names:
        try:
            chosen.append(ReportFormat(name))
        except ValueError:
            valid = ", ".join(f.value for f in ReportFormat)
            raise UsageError(f"unknown --format {name!r}; choose from {valid}, all") from None
    if args.output and len(chosen) != 1:
        raise UsageError("-o/--output takes exactly one --format")
    return chosen


def _fail_on(args: argparse.Namespace) -> frozenset[str]:
    from checker.report.policy import parse_fail_on

    return parse_fail_on(args.fail_on or "dead")


def _config(args: argparse.Namespace, first_input: Path | None) -> Any:
    from checker.configfile import load_config

    overrides = {
        key: getattr(args, key, None)
        for key in (
            "concurrency", "per_host_concurrency", "per_host_delay", "read_timeout", "connect_timeout",
            "url_deadline", "max_bytes", "retries", "retry_after_cap", "max_redirects", "soft404_probe",
            "user_agent", "browser_user_agent", "host_backoff_max", "accept_status", "allow_private",
            "wayback_url", "archive", "save", "save_older_than_days", "compare", "confirm_checks", "confirm_days",
            "max_age",
        )
    }
    if args.excludes:
        overrides["excludes"] = tuple(args.excludes)
    if args.allow_private_hosts:
        overrides["allow_private_hosts"] = tuple(args.allow_private_hosts)
    overrides["output_dir"] = args.output_dir
    config_file = Path(args.config) if args.config else None
    if config_file is not None and not config_file.is_file():
        raise InputError("configuration file not found", path=str(config_file))
    return load_config(first_input, overrides, config_file=config_file)


def _state_path(args: argparse.Namespace, output_dir: Path) -> Path | None:
    if args.state and args.state.lower() == "none":
        return None
    shard = getattr(args, "shard", None)
    default = f"history.shard-{shard.index}-of-{shard.count}.sqlite" if shard else "history.sqlite"
    return Path(args.state) if args.state else output_dir / default


def cmd_check(args: argparse.Namespace) -> int:
    from checker import pipeline
    from checker.report.console import PhaseProgress

    formats = _formats(args)
    fail_on = _fail_on(args)
    inputs = [Path(p) for p in args.inputs] or [_default_input()]
    articles: list[Any]
    if args.shard is not None:
        from checker.shard import exclude_pattern

        articles = [load_input(p) for p in inputs]  # the hosts are shared out over every URL
        config = _config(args, inputs[0])
        pattern = exclude_pattern(articles, args.shard)
        if pattern is not None:
            config = dataclasses.replace(config, excludes=(*config.excludes, pattern))
    else:
        articles = [_source(p) for p in inputs]  # parsed as the run goes
        config = _config(args, inputs[0])
    output_dir = Path(config.output_dir)
    console = _console(args, stderr=args.output == "-")  # stdout carries the report then

    store = _open_store(args, output_dir)
    from checker.report import prepare

    prepare(formats)  # while the checks wait on the network
    try:
        show_progress = not args.quiet and console.is_terminal
        with PhaseProgress(console, enabled=show_progress) as progress:
            runs = pipeline.run_checks(articles, config, store=store, progress=progress, fresh=args.fresh,
                                       announce=lambda message: _note(args, console, message))
        if args.shard is not None:  # `merge` reads which share of which fan-out a stored run is
            runs = [dataclasses.replace(r, settings=(*r.settings, ("shard", str(args.shard)))) for r in runs]
        return _finish(args, runs, formats, fail_on, output_dir, console, store=store)
    except pipeline.Interrupted as exc:
        saved = "saved; run the same command again to resume" if store is not None else "not saved (--state none)"
        _err(f"interrupted: {exc.done} of {exc.total} URLs done, {saved}")
        if store is not None:
            store.close()
            store = None
        # Requests still in flight would hold the exit until their timeouts: what is done
        # is committed, so leave now.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(EXIT_INTERRUPTED)
    finally:
        if store is not None:
            store.close()


def _open_store(args: argparse.Namespace, output_dir: Path) -> Any:
    from checker.store import Store

    path = _state_path(args, output_dir)
    return Store(path) if path is not None else None


def _finish(
    args: argparse.Namespace,
    runs: list[Any],
    formats: list[Any],
    fail_on: frozenset[str],
    output_dir: Path,
    console: Any,
    *,
    store: Any,
) -> int:
    from checker import pipeline
    from checker.report import render, write_reports
    from checker.report.console import print_summary
    from checker.report.policy import exit_code

    codes = []
    for run in runs:
        if store is not None and getattr(args, "command", "") == "check":
            pipeline.record(store, run)
        if not args.quiet:
            print_summary(run, console, show_all=args.show_all)
            if args.verbose:
                _print_settings(run, console)
        if args.output:
            text = render(run, formats[0])
            if args.output == "-":
                sys.stdout.write(text)
            else:
                _write_atomic(Path(args.output), text)
                _note(args, console, f"wrote {args.output}")
        else:
            target = output_dir if len(runs) == 1 else output_dir / _slug(run)
            for path in write_reports(run, formats, target):
                _note(args, console, f"wrote {path}")
        codes.append(exit_code(run, fail_on))
    if EXIT_NETWORK_DOWN in codes:
        return EXIT_NETWORK_DOWN
    return max(codes, default=EXIT_OK)


def _print_settings(run: Any, console: Any) -> None:
    from rich.table import Table

    table = Table(title="Settings", show_header=False, box=None)
    for key, value in (("started", run.started_at), ("finished", run.finished_at), *run.settings):
        table.add_row(key, value)
    console.print(table)


def _note(args: argparse.Namespace, console: Any, message: str) -> None:
    if not args.quiet:
        console.print(message, highlight=False, markup=False)


def _slug(run: Any) -> str:
    import re

    base = Path(run.article.source).stem if run.article.source else (run.article.title or "article")
    return re.sub(r"[^A-Za-z0-9._-]+", "-", base).strip("-")[:80] or "article"


def _write_atomic(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror or exc}", path=str(path)) from exc


def cmd_merge(args: argparse.Namespace) -> int:
    from checker import pipeline
    from checker.serialize import run_from_dict
    from checker.shard import merge_shard_runs
    from checker.store import Store

    formats = _formats(args)
    fail_on = _fail_on(args)
    output_dir = Path(args.output_dir or "reports")
    shard_runs = []
    for name in args.shard_states:
        path = Path(name)
        if not path.is_file():
            raise InputError("no such shard state", path=name)
        with Store(path) as store:
            shard_runs.append([run_from_dict(d) for d in store.last_runs()])
    runs = merge_shard_runs(shard_runs)
    if args.state:
        with Store(Path(args.state)) as merged:
            for run in runs:
                pipeline.record(merged, run)
    return _finish(args, runs, formats, fail_on, output_dir, _console(args, stderr=args.output == "-"), store=None)


def cmd_export(args: argparse.Namespace) -> int:
    from checker.export import ExportFormat, archive_links, export

    try:
        fmt = ExportFormat(args.export_format.strip().lower())
    except ValueError:
        valid = ", ".join(f.value for f in ExportFormat)
        raise UsageError(f"unknown --to {args.export_format!r}; choose from {valid}") from None
    refs = load_input(args.references or _default_input())
    text = export(refs, fmt, archive_links(_stored_runs_of(args, refs), refs))
    if args.output == "-":
        sys.stdout.write(text)
    else:
        _write_atomic(Path(args.output), text)
        print(f"wrote {args.output}", file=sys.stderr)
    return EXIT_OK


def _stored_runs_of(args: argparse.Namespace, refs: Any) -> list[Any]:
    """The last stored run(s) of this article, if a history database is there (none is fine)."""
    from checker.serialize import run_from_dict
    from checker.store import Store

    path = Path(args.state) if args.state else Path("reports") / "history.sqlite"
    if not path.is_file():
        if args.state:
            raise InputError("no such history database", path=str(path))
        return []
    with Store(path) as store:
        runs = [run_from_dict(d) for d in store.last_runs()]
    return [r for r in runs if r.article.source == refs.article.source or r.article.title == refs.article.title]


def cmd_report(args: argparse.Namespace) -> int:
    from checker.serialize import run_from_dict
    from checker.store import Store

    formats = _formats(args)
    fail_on = _fail_on(args)
    output_dir = Path(args.output_dir or "reports")
    path = _state_path(args, output_dir)
    if path is None or not path.exists():
        raise InputError("no stored runs yet: run `run_check.py check` first", path=str(path))
    with Store(path) as store:
        runs = [run_from_dict(d) for d in store.last_runs()]
    if not runs:
        raise InputError("no stored runs yet: run `run_check.py check` first", path=str(path))
    return _finish(args, runs, formats, fail_on, output_dir, _console(args, stderr=args.output == "-"), store=None)
