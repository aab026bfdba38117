"""The ingest report on a terminal: a progress line per file and a summary table."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from repository.ingest.pipeline import FileResult, IngestReport


def progress_printer(console: Console | None = None) -> Callable[[FileResult], None]:
    """A callback printing one line per file as it is done."""
    out = console or Console(stderr=True)

    def show(result: FileResult) -> None:
        if result.error:
            out.print(f"[red]✗[/red] {result.error}", highlight=False)
        else:
            note = f"  [yellow]({'; '.join(result.warnings)})[/yellow]" if result.warnings else ""
            out.print(f"[green]✓[/green] {result.file} → {result.id} [{result.status}]{note}",
                      highlight=False)

    return show


@contextmanager
def progress_bar(total: int, console: Console | None = None
                 ) -> Iterator[Callable[[FileResult], None]]:
    """On a terminal, a progress bar (failures printed above it); elsewhere, a line a file."""
    out = console or Console(stderr=True)
    if not out.is_terminal:
        yield progress_printer(out)
        return
    columns = (TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=out, transient=True) as bar:
        task = bar.add_task("ingest", total=total)

        def advance(result: FileResult) -> None:
            if result.error:
                out.print(f"[red]✗[/red] {result.error}", highlight=False)
            bar.advance(task)

        yield advance


def print_report(report: IngestReport, console: Console | None = None) -> None:
    """A summary table: counts by outcome, then every failure and warning."""
    out = console or Console()
    counts = Counter(r.status for r in report.ingested)
    table = Table(title="Ingest summary")
    for name in ("added", "updated", "unchanged", "failed", "with warnings"):
        table.add_column(name, justify="right")
    table.add_row(str(counts["added"]), str(counts["updated"]), str(counts["unchanged"]),
                  str(len(report.failed)), str(sum(1 for r in report.ingested if r.warnings)))
    out.print(table)
    for result in report.failed:
        out.print(f"[red]failed[/red] {result.error}", highlight=False)
    for result in report.ingested:
        for warning in result.warnings:
            out.print(f"[yellow]warning[/yellow] {result.file}: {warning}", highlight=False)
