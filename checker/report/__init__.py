"""Report formats. Each format is a pure function `Run -> str`; one writer puts them on disk.

The console summary is separate (`checker.report.console`): it prints, it is not a file.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, assert_never

from checker.errors import ReportError
from checker.models import Run

if TYPE_CHECKING:
    from checker.report.streaming import Writer


class ReportFormat(StrEnum):
    JSON = "json"
    HTML = "html"
    JUNIT = "junit"
    MARKDOWN = "markdown"
    FIXLIST = "fixlist"

    @property
    def filename_suffix(self) -> str:
        """What follows the stem: report.json, report.html, report.junit.xml, report.md; fixes.md."""
        match self:
            case ReportFormat.JSON:
                return ".json"
            case ReportFormat.HTML:
                return ".html"
            case ReportFormat.JUNIT:
                return ".junit.xml"
            case ReportFormat.MARKDOWN:
                return ".md"
            case ReportFormat.FIXLIST:
                return ".md"
            case _:
                assert_never(self)

    def filename(self, stem: str = "report") -> str:
        # The fix list is a different document (for editors, not CI), so it gets its own name.
        if self is ReportFormat.FIXLIST:
            return "fixes.md" if stem == "report" else f"{stem}.fixes.md"
        return stem + self.filename_suffix


def render(run: Run, fmt: ReportFormat) -> str:
    # Imports are local so that `import checker.report` stays cheap for the CLI's --help.
    match fmt:
        case ReportFormat.JSON:
            from checker.report import json_format

            return json_format.render(run)
        case ReportFormat.HTML:
            from checker.report import html

            return html.render(run)
        case ReportFormat.JUNIT:
            from checker.report import junit

            return junit.render(run)
        case ReportFormat.MARKDOWN:
            from checker.report import markdown

            return markdown.render(run)
        case ReportFormat.FIXLIST:
            from checker.report import fixlist

            return fixlist.render(run)
        case _:
            assert_never(fmt)


def prepare(formats: Iterable[ReportFormat]) -> threading.Thread | None:
    """Start, in a background thread, the set-up that writing these formats will need (importing
    their modules, compiling the HTML template, making the JSON writer's functions: ~50 ms), so
    that a run's end does not wait for it. Idle during a run's network waits, the CPU does it for
    free; nothing is written. None when there is nothing to prepare (JUnit alone)."""
    chosen = [fmt for fmt in dict.fromkeys(formats) if fmt is not ReportFormat.JUNIT]
    if not chosen:
        return None

    def warm() -> None:
        from checker.report import streaming, summary  # noqa: F401 - imported now, not at the run's end

        for fmt in chosen:
            match fmt:
                case ReportFormat.HTML:
                    from checker.report import html

                    html.prepare()
                case ReportFormat.JSON:
                    from checker.report import json_format

                    json_format.prepare()
                case ReportFormat.MARKDOWN:
                    from checker.report import markdown  # noqa: F401
                case ReportFormat.FIXLIST:
                    from checker.report import fixlist  # noqa: F401

    thread = threading.Thread(target=warm, name="report-prepare", daemon=True)
    thread.start()
    return thread


def write(run: Run, fmt: ReportFormat, out: TextIO) -> None:
    """`render(run, fmt)` onto `out`; the long reports are written as they are produced."""
    match fmt:
        case ReportFormat.JSON:
            from checker.report import json_format

            json_format.write(run, out)
        case ReportFormat.HTML:
            from checker.report import html

            html.write(run, out)
        case ReportFormat.FIXLIST:
            from checker.report import fixlist

            fixlist.write(run, out)
        case _:
            out.write(render(run, fmt))


def _writer(run: Run, fmt: ReportFormat) -> Writer | None:
    """The format's writer, fed in the shared walk (checker.report.streaming); None: rendered whole at the end."""
    match fmt:
        case ReportFormat.JSON:
            from checker.report import json_format

            return json_format.Writer(run)
        case ReportFormat.HTML:
            from checker.report import html

            return html.Writer(run)
        case ReportFormat.MARKDOWN:
            from checker.report import markdown

            return markdown.Writer(run)
        case ReportFormat.FIXLIST:
            from checker.report import fixlist

            return fixlist.Writer(run)
        case ReportFormat.JUNIT:
            return None
        case _:
            assert_never(fmt)


def parse_formats(text: str) -> list[ReportFormat]:
    """'html,json' -> [HTML, JSON] (for the CLI's --format); ValueError names the choices."""
    out: list[ReportFormat] = []
    for word in (w.strip().lower() for w in text.split(",")):
        if not word:
            continue
        try:
            fmt = ReportFormat(word)
        except ValueError:
            choices = ", ".join(f.value for f in ReportFormat)
            raise ValueError(f"unknown report format {word!r}; choose from {choices}") from None
        if fmt not in out:
            out.append(fmt)
    return out


def write_reports(run: Run, formats: Iterable[ReportFormat], output_dir: Path, *, stem: str = "report") -> list[Path]:
    """Render each format into a temp file in the same directory, then rename them all, so a
    reader never sees half a report and a failed render leaves the old ones. The run's results
    are walked once for all the formats (checker.report.streaming); what each renders on the way
    is kept on scratch files, not in memory, until its report is written. Returns the written
    paths in the order asked. Raises ReportError on any I/O failure."""
    from checker.report import summary

    try:
        output_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ReportError(f"cannot create {output_dir}: {e.strerror or e}") from e
    chosen = list(dict.fromkeys(formats))
    staged: list[tuple[str, Path]] = []
    try:
        try:
            writers = [_writer(run, fmt) for fmt in chosen]
            streaming = [w for w in writers if w is not None]
            tally = summary.Tally()
            for r in run.results:
                facts = summary.facts(r)
                tally.add(r, facts)
                for w in streaming:
                    w.add(r, facts)
            counts = summary.remember(run, tally.counts())
        except OSError as e:
            raise ReportError(f"cannot write the reports in {output_dir}: {e.strerror or e}") from e
        for fmt, writer in zip(chosen, writers, strict=True):
            target = output_dir / fmt.filename(stem)
            try:
                fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=output_dir)
                staged.append((tmp, target))
                with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                    if writer is None:
                        fh.write(render(run, fmt))
                    else:
                        writer.finish(counts, fh)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.chmod(tmp, 0o644)
            except OSError as e:
                raise ReportError(f"cannot write {target}: {e.strerror or e}") from e
        for tmp, target in staged:
            try:
                os.replace(tmp, target)
            except OSError as e:
                raise ReportError(f"cannot write {target}: {e.strerror or e}") from e
    finally:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
    return [target for _, target in staged]
