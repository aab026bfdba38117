"""The ingest report on a terminal: progress while it runs, then a summary.

By default the summary is short whatever the batch size: counts by outcome, one line
per failed file, and the warnings counted by kind. `verbose` adds a line per file as
it is done and every warning after the summary (`--json` always has them all).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from repository.ingest.pipeline import FileResult, IngestReport

WARNING_KINDS_SHOWN = 6


def progress_printer(console: Console | None = None) -> Callable[[FileResult], None]:
    """A callback printing one line per file as it is done."""
    out = console or Console(stderr=True)

    def show(result: FileResult) -> None:
        if result.error:
            out.print(f"[red]✗[/red] {escape(result.error)}", highlight=False, soft_wrap=True)
        else:
            note = f"  [yellow]({escape('; '.join(result.warnings))})[/yellow]" \
                if result.warnings else ""
            out.print(f"[green]✓[/green] {escape(result.file)} → {result.id} "
                      f"\\[{result.status}]{note}", highlight=False, soft_wrap=True)

    return show


class Tracker:
    """What `ingest` reports progress to: `done` per sheet (a file, or a table's row),
    `grow` when a file turns out to hold more sheets than one."""

    def __init__(self, done: Callable[[FileResult], None],
                 grow: Callable[[int], None] | None = None) -> None:
        self.done = done
        self.grow = grow or (lambda extra: None)


@contextmanager
def progress_bar(total: int, console: Console | None = None, verbose: bool = False
                 ) -> Iterator[Tracker]:
    """On a terminal, a progress bar (failures printed above it); elsewhere nothing until
    the summary. `verbose`: a line per file instead. A table's rows join the total as
    its file is opened."""
    out = console or Console(stderr=True)
    if verbose or not out.is_terminal:
        yield Tracker(progress_printer(out) if verbose else (lambda result: None))
        return
    columns = (TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TimeRemainingColumn())
    with Progress(*columns, console=out, transient=True) as bar:
        task = bar.add_task("ingest", total=total)

        def advance(result: FileResult) -> None:
            if result.error:
                out.print(f"[red]✗[/red] {escape(result.error)}", highlight=False,
                          soft_wrap=True)
            bar.advance(task)

        def grow(extra: int) -> None:
            current = bar.tasks[0].total or 0
            bar.update(task, total=max(current + extra, 0))

        yield Tracker(advance, grow)


def warning_kinds(report: IngestReport) -> list[tuple[str, int]]:
    """Warnings counted by kind (their text before any `:`), most frequent first."""
    kinds = Counter(w.split(":", 1)[0].strip() for r in report.ingested for w in r.warnings)
    return sorted(kinds.items(), key=lambda item: (-item[1], item[0]))


def print_report(report: IngestReport, console: Console | None = None,
                 verbose: bool = False) -> None:
    """Counts by outcome, every failure on one line, and the warnings (counted by kind;
    each one with `verbose`)."""
    out = console or Console()
    counts = Counter(r.status for r in report.ingested)
    warned = [r for r in report.ingested if r.warnings]
    table = Table(title="Ingest summary")
    for name in ("added", "updated", "unchanged", "failed", "with warnings"):
        table.add_column(name, justify="right")
    table.add_row(str(counts["added"]), str(counts["updated"]), str(counts["unchanged"]),
                  str(len(report.failed)), str(len(warned)))
    out.print(table)
    for table in report.tables:
        out.print(f"[cyan]table[/cyan] {escape(table.line())}", highlight=False, soft_wrap=True)
    for result in report.failed:
        out.print(f"[red]failed[/red] {escape(result.error or '')}", highlight=False,
                  soft_wrap=True)
    if verbose:
        for result in warned:
            for warning in result.warnings:
                out.print(f"[yellow]warning[/yellow] {escape(result.file)}: {escape(warning)}",
                          highlight=False, soft_wrap=True)
        return
    kinds = warning_kinds(report)
    if kinds:
        total = sum(n for _, n in kinds)
        shown = ", ".join(f"{kind} ({n})" for kind, n in kinds[:WARNING_KINDS_SHOWN])
        more = len(kinds) - WARNING_KINDS_SHOWN
        out.print(f"[yellow]{total} warning(s)[/yellow] on {len(warned)} sheet(s): {escape(shown)}"
                  + (f" and {more} more kind(s)" if more > 0 else "")
                  + ". --verbose lists each one; --json gives them per file.",
                  highlight=False, soft_wrap=True)
