"""The `repository` command: each command parses, calls one library function, prints."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from repository.config import Settings, load_settings
from repository.errors import RepositoryError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Practice Repository: ingest urban-security practice sheets and search them.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _fail(exc: RepositoryError) -> typer.Exit:
    typer.echo(f"Error: {exc}", err=True)
    return typer.Exit(2)


def _print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Sheet files or folders of sheets.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Ingest sheets into the store; exit 1 if any file failed (the rest are ingested).

    Example: repository ingest data/practices --json
    """
    from contextlib import nullcontext

    from repository.ingest.pipeline import find_sheets
    from repository.ingest.pipeline import ingest as run
    from repository.ingest.report import print_report, progress_bar
    from repository.search.store import Store

    settings = load_settings()
    try:
        with Store.open(settings) as store:
            files = list(find_sheets(paths))
            with nullcontext(None) if as_json else progress_bar(len(files)) as progress:
                report = run(files, store, progress=progress)
    except RepositoryError as exc:
        raise _fail(exc) from None
    if as_json:
        _print_json(report.to_json())
    else:
        print_report(report)
    raise typer.Exit(1 if report.failed else 0)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="What to look for; empty to browse.")] = "",
    limit: Annotated[int, typer.Option("--limit", "-n", help="Hits per page.")] = 10,
    page: Annotated[int, typer.Option(help="Page of hits.")] = 1,
    mode: Annotated[str, typer.Option(
        help="hybrid (default: keyword + semantic + concepts fused), semantic, or keyword."
    )] = "hybrid",
    country: Annotated[list[str] | None, typer.Option(help="ISO country code; repeatable.")
                       ] = None,
    theme: Annotated[list[str] | None, typer.Option(help="Theme key; repeatable.")] = None,
    language: Annotated[list[str] | None, typer.Option(help="ISO 639-1 code; repeatable.")
                        ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the response as JSON.")
                       ] = False,
) -> None:
    """Search the store.

    Example: repository search "helping people harassed in bars at night" --country GB --json
    """
    from repository.search.request import parse_request
    from repository.search.service import search as run
    from repository.search.store import Store

    settings = load_settings()
    try:
        request = parse_request(q=query, mode=mode, country=country or [], theme=theme or [],
                                language=language or [], per_page=limit, page=page)
        with Store.open(settings) as store:
            response = run(store, request)
    except RepositoryError as exc:
        raise _fail(exc) from None
    if as_json:
        _print_json(response.to_json())
        return
    typer.echo(f"{response.total} result(s) for {query!r} ({response.mode})")
    for rank, hit in enumerate(response.hits, start=(page - 1) * limit + 1):
        place = ", ".join(filter(None, [hit.city, hit.country]))
        typer.echo(f"{rank:>3}. {hit.title}  [{hit.id}]  {place}  ({hit.language})")
        if hit.snippet:
            typer.echo(f"     {hit.section}: {hit.snippet[:160]}")


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="jsonl (every field) or csv.")] = "jsonl",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File; default stdout.")
                      ] = None,
    country: Annotated[list[str] | None, typer.Option(help="ISO country code; repeatable.")
                       ] = None,
    theme: Annotated[list[str] | None, typer.Option(help="Theme key; repeatable.")] = None,
    language: Annotated[list[str] | None, typer.Option(help="ISO 639-1 code; repeatable.")
                        ] = None,
) -> None:
    """Write the normalised records (every field, source.file included).

    Example: repository export --format csv --country FR -o france.csv
    """
    from repository.ingest.exchange import records, to_csv, to_jsonl
    from repository.search.request import parse_request
    from repository.search.store import Store

    if fmt not in ("jsonl", "csv"):
        raise _fail(RepositoryError(f"--format {fmt!r}: use jsonl or csv"))
    settings = load_settings()
    try:
        request = parse_request(country=country or [], theme=theme or [],
                                language=language or [], include_drafts=True)
        with Store.open(settings) as store:
            lines = list((to_csv if fmt == "csv" else to_jsonl)(records(store, request.filter())))
    except RepositoryError as exc:
        raise _fail(exc) from None
    if output:
        output.write_text("".join(lines), encoding="utf-8")
    else:
        sys.stdout.write("".join(lines))


@app.command(name="import")
def import_(
    file: Annotated[Path, typer.Argument(help="A JSONL file written by `repository export`.")],
) -> None:
    """Restore records from a JSONL export (validated whole before anything is written).

    Example: repository import backup.jsonl
    """
    from collections import Counter

    from repository.ingest.exchange import import_jsonl
    from repository.search.store import Store

    settings = load_settings()
    try:
        with Store.open(settings) as store:
            results = import_jsonl(store, file)
    except RepositoryError as exc:
        raise _fail(exc) from None
    counts = Counter(status for _, status in results)
    typer.echo(", ".join(f"{counts[s]} {s}" for s in ("added", "updated", "unchanged")))


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to bind (REPOSITORY_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (REPOSITORY_PORT).")] = None,
) -> None:
    """Serve the web UI and the JSON API.

    Example: repository serve --port 8000
    """
    settings = load_settings()
    _serve(settings, host, port)


@app.command()
def demo(
    host: Annotated[str | None, typer.Option(help="Address to bind.")] = None,
    port: Annotated[int | None, typer.Option(help="Port.")] = None,
    data: Annotated[Path, typer.Option(help="Folder of sample sheets.")] = Path("data/practices"),
) -> None:
    """Ingest the sample sheets if the store is empty, then serve.

    Example: repository demo
    """
    from repository.ingest.pipeline import ingest as run
    from repository.ingest.report import print_report, progress_printer
    from repository.search.index import Filter
    from repository.search.store import Store

    settings = load_settings()
    try:
        with Store.open(settings) as store:
            if store.index.count(Filter()) == 0:
                typer.echo(f"Ingesting the sample sheets from {data} …")
                print_report(run([data], store, progress=progress_printer()))
    except RepositoryError as exc:
        raise _fail(exc) from None
    _serve(settings, host, port)


def _serve(settings: Settings, host: str | None, port: int | None) -> None:
    import uvicorn

    from repository.web.app import create_app

    try:
        application = create_app(settings)
    except RepositoryError as exc:
        raise _fail(exc) from None
    bind_host, bind_port = host or settings.host, port or settings.port
    typer.echo(f"Serving on http://{bind_host}:{bind_port}/ (Ctrl+C to stop)")
    uvicorn.run(application, host=bind_host, port=bind_port, log_level="warning")


app.add_typer(__import__("repository.ops_cli", fromlist=["app"]).app)  # backup, restore, reindex
app.add_typer(__import__("repository.workspace.cli", fromlist=["app"]).app)  # users, tokens


def main() -> None:
    """Console entry point."""
    try:
        app()
    except RepositoryError as exc:  # raised outside a command's own handling
        typer.echo(f"Error: {exc}", err=True)
        sys.exit(2)
