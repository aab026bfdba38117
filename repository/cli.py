"""The `repository` command: each command parses, calls one library function, prints."""

from __future__ import annotations

import inspect
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Annotated, Any

import typer

from repository.config import Settings, load_settings
from repository.errors import RepositoryError
from repository.ops import cli as ops_cli
from repository.workspace import cli as workspace_cli

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Practice Repository: ingest urban-security practice sheets and search them.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _fail(exc: RepositoryError) -> typer.Exit:
    typer.echo(f"Error: {exc}", err=True)
    return typer.Exit(2)


FACET_VALUES_SHOWN = 8  # per facet in the human output; --json has them all


def _print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(
        help="Sheet files, folders of sheets, or spreadsheets and exports (CSV, XLSX, a "
             "JSON array, JSON Lines) whose every row is a sheet.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    verbose: Annotated[bool, typer.Option(
        "--verbose", "-v", help="A line per file and every warning, not only the summary.")
    ] = False,
) -> None:
    """Ingest sheets into the store; exit 1 if any file or row failed (the rest are
    ingested). A row is reported as `file#row 17`.

    Example: repository ingest data/practices --json

    Example: repository ingest partner-inventory.xlsx cases-2024-06.csv
    """
    from contextlib import nullcontext

    from repository.ingest.pipeline import find_sheets
    from repository.ingest.pipeline import ingest as run
    from repository.ingest.report import print_report, progress_bar
    from repository.ingest.themes_pass import semantic_themes
    from repository.ops.restore import open_store

    settings = load_settings()
    try:
        with open_store(settings) as store:
            files = list(find_sheets(paths))
            with nullcontext(None) if as_json else progress_bar(len(files), verbose=verbose
                                                                ) as tracker:
                report = run(files, store, progress=tracker.done if tracker else None,
                             grow=tracker.grow if tracker else None,
                             themes=semantic_themes(store.theme_encoder,
                                                    store.passage_parts,
                                                    settings.theme_inference,
                                                    settings.evaluation_inference))
    except RepositoryError as exc:
        raise _fail(exc) from None
    if as_json:
        _print_json(report.to_json())
    else:
        print_report(report, verbose=verbose)
    raise typer.Exit(1 if report.failed else 0)


# CLI spellings that differ from a parameter's name; the rest (type, default, help)
# comes from the parameter's declaration on SearchRequest
FLAGS: dict[str, tuple[str, ...]] = {
    "per_page": ("--per-page", "--limit", "-n"),
    "evaluated": ("--evaluated/--not-evaluated",),
}


def search_options(names: Iterable[str]) -> list[inspect.Parameter]:
    """Typer options for these search parameters, as `SearchRequest` declares them."""
    from repository.search.request import SearchRequest, description, is_list

    options = []
    for name in names:
        info = SearchRequest.model_fields[name]
        kind: Any = str
        default: Any = None if info.default is None else str(info.default)
        if is_list(name):
            kind, default = list[str] | None, None
        elif info.annotation == bool | None:
            kind = bool | None
        elif default is None:
            kind = str | None
        option = typer.Option(*FLAGS.get(name, ()), help=description(name).replace("`", ""),
                              show_default=default is not None)
        options.append(inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY,
                                         default=default, annotation=Annotated[kind, option]))
    return options


def _with_signature(*parameters: inspect.Parameter) -> Callable[[Callable[..., None]],
                                                                 Callable[..., None]]:
    """Give a command taking `**params` the options typer should read."""
    def apply(command: Callable[..., None]) -> Callable[..., None]:
        command.__signature__ = inspect.Signature(list(parameters))  # type: ignore[attr-defined]
        return command

    return apply


def _search_parameters() -> list[inspect.Parameter]:
    from repository.search.request import PARAMETERS, description

    query = inspect.Parameter("query", inspect.Parameter.POSITIONAL_OR_KEYWORD, default="",
                              annotation=Annotated[str, typer.Argument(
                                  help=description("q").replace("`", ""))])
    lang = inspect.Parameter("lang", inspect.Parameter.KEYWORD_ONLY, default=None,
                             annotation=Annotated[str | None, typer.Option(
                                 help="Facet labels in en, fr, es, it, de, pt or nl (adds "
                                      "`label` to the JSON facets).")])
    as_json = inspect.Parameter("as_json", inspect.Parameter.KEYWORD_ONLY, default=False,
                                annotation=Annotated[bool, typer.Option(
                                    "--json", help="Print the API's JSON response.")])
    return [query, *search_options(n for n in PARAMETERS if n != "q"), lang, as_json]


@app.command()
@_with_signature(*_search_parameters())
def search(query: str = "", lang: str | None = None, as_json: bool = False,
           **params: Any) -> None:
    """Search the store, with the parameters and validation of GET /api/search.

    Example: repository search "helping people harassed in bars at night" --country GB --json

    Example: repository search "" --theme youth --country ES --country PT --evaluated
    --year-min 2015 --budget-max 100000 --sort newest --lang fr
    """
    from repository.ops.restore import open_store
    from repository.search.request import given, parse_request
    from repository.search.results import check_locale, labelled
    from repository.search.service import search as run

    settings = load_settings()
    try:
        request = parse_request(q=query, **given(params))
        locale = check_locale(lang)
        with open_store(settings) as store:
            response = run(store, request)
    except RepositoryError as exc:
        raise _fail(exc) from None
    data = response.to_json()
    if as_json:
        _print_json(labelled(data, locale) if locale else data)
        return
    _print_response(data, request.query, locale or "en")


def _highlighted(text: str, spans: list[list[int]]) -> str:
    out, last = [], 0
    for start, end in sorted(spans):
        out += [text[last:start], typer.style(text[start:end], bold=True, fg="yellow")]
        last = end
    return "".join(out) + text[last:]


def _print_response(data: dict[str, Any], query: str, locale: str) -> None:
    from repository.labels import label

    typer.echo(f"{data['total']} result(s) for {query!r} ({data['mode']})")
    first = (data["page"] - 1) * data["per_page"] + 1
    for rank, hit in enumerate(data["hits"], start=first):
        place = ", ".join(filter(None, [hit["city"], hit["country"]]))
        languages = ", ".join(hit["languages"] or [hit["language"] or "?"])
        typer.echo(f"{rank:>3}. {hit['title']}  [{hit['id']}]  {place}  ({languages})")
        if hit["snippet"]:
            section = f"{hit['section']}: " if hit["section"] else ""
            typer.echo(f"     {section}{_highlighted(hit['snippet'], hit['highlights'])}")
        if hit["signals"]:
            typer.echo(f"     matched: {', '.join(hit['signals'])}")
    shown = {name: values for name, values in data["facets"].items() if values}
    if shown:
        typer.echo("\nFacets:")
    for name, values in shown.items():
        cells = []
        for item in values[:FACET_VALUES_SHOWN]:
            text = label(name, item["value"], locale)
            key = "" if text == str(item["value"]) else f" ({item['value']})"
            cells.append(f"{text}{key} {item['count']}")
        more = len(values) - FACET_VALUES_SHOWN
        typer.echo(f"  {name}: " + " · ".join(cells) + (f" · +{more} more" if more > 0 else ""))


@app.command()
def gaps(
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many, newest first.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="Print the entries as JSON.")
                       ] = False,
) -> None:
    """Searches that found nothing or almost nothing: what the collection lacks.

    Example: repository gaps --limit 20
    """
    from repository.search.querylog import read

    entries = read(load_settings(), limit=limit)
    if as_json:
        _print_json(entries)
        return
    if not entries:
        typer.echo("No zero- or low-result searches logged yet.")
        return
    typer.echo(f"{'time':<25} {'total':>5}  {'mode':<8} query / filters")
    for item in entries:
        filters = " ".join(
            f"{name}={','.join(map(str, v)) if isinstance(v, list) else v}"
            for name, v in item.get("filters", {}).items())
        asked = " ".join(filter(None, [repr(item["q"]) if item.get("q") else "", filters]))
        typer.echo(f"{item.get('time', ''):<25} {item.get('total', 0):>5}  "
                   f"{item.get('mode', ''):<8} {asked}")


EXPORT_FILTERS = ("country", "theme", "language")


@app.command()
@_with_signature(
    inspect.Parameter("fmt", inspect.Parameter.KEYWORD_ONLY, default="jsonl",
                      annotation=Annotated[str, typer.Option(
                          "--format", help="jsonl (every field) or csv.")]),
    inspect.Parameter("output", inspect.Parameter.KEYWORD_ONLY, default=None,
                      annotation=Annotated[Path | None, typer.Option(
                          "--output", "-o", help="File; default stdout.")]),
    *search_options(EXPORT_FILTERS))
def export(fmt: str = "jsonl", output: Path | None = None, **filters: Any) -> None:
    """Write the normalised records (every field, source.file included).

    Example: repository export --format csv --country FR -o france.csv
    """
    from repository.ops.exchange import to_csv, to_jsonl
    from repository.ops.restore import open_store
    from repository.search.request import given, parse_request

    if fmt not in ("jsonl", "csv"):
        raise _fail(RepositoryError(f"--format {fmt!r}: use jsonl or csv"))
    settings = load_settings()
    try:
        request = parse_request(**given(filters), include_drafts=True)
        with open_store(settings) as store:
            lines = list((to_csv if fmt == "csv" else to_jsonl)(store.records(request.filter())))
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

    from repository.ops.exchange import import_jsonl
    from repository.ops.restore import open_store

    settings = load_settings()
    try:
        with open_store(settings) as store:
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
    verbose: Annotated[bool, typer.Option(
        "--verbose", "-v", help="A line per sheet and every warning while ingesting.")
    ] = False,
) -> None:
    """Ingest the sample sheets the store does not have yet, then serve.

    A first run that was interrupted is finished at the next start.

    Example: repository demo
    """
    from repository.ingest import samples
    from repository.ingest.pipeline import ingest as run
    from repository.ingest.report import print_report, progress_bar
    from repository.ops.restore import open_store

    settings = load_settings()
    try:
        with open_store(settings) as store:
            stored = store.count()
            todo, total = samples.pending(settings, data, stored)
            if todo:
                typer.echo(
                    f"Ingesting the {total} sample sheets from {data} …" if not stored else
                    f"Finishing the sample sheets from {data}: the store has {stored} sheet(s) "
                    f"and {len(todo)} of the {total} sample files are not known to be in it "
                    "(an earlier run stopped before the end?); stored ones are skipped …")
                with progress_bar(len(todo), verbose=verbose) as tracker:
                    report = run(todo, store, progress=tracker.done, grow=tracker.grow)
                print_report(report, verbose=verbose)
                samples.mark_done(settings, data, report)
    except RepositoryError as exc:
        raise _fail(exc) from None
    _serve(settings, host, port)


def _say_ready(seconds: float) -> None:
    typer.echo(f"Ready: the model, the search and the upload reader warmed in {seconds:.1f} s")


def _serve(settings: Settings, host: str | None, port: int | None) -> None:
    import uvicorn

    from repository.web.app import create_app

    try:
        application = create_app(settings, warm=True, on_ready=_say_ready)
    except RepositoryError as exc:
        raise _fail(exc) from None
    bind_host, bind_port = host or settings.host, port or settings.port
    typer.echo(f"Serving on http://{bind_host}:{bind_port}/ (Ctrl+C to stop)")
    uvicorn.run(application, host=bind_host, port=bind_port, log_level="warning")


app.add_typer(ops_cli.app)  # backup, restore, reindex
app.add_typer(workspace_cli.app)  # users, tokens


def main() -> None:
    """Console entry point."""
    try:
        app()
    except RepositoryError as exc:  # raised outside a command's own handling
        typer.echo(f"Error: {exc}", err=True)
        sys.exit(2)
