"""Operations commands: `backup`, `restore`, `reindex` (merged into `repository`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from repository.config import load_settings
from repository.errors import RepositoryError

app = typer.Typer()


def _fail(exc: RepositoryError) -> typer.Exit:
    typer.echo(f"Error: {exc}", err=True)
    return typer.Exit(2)


@app.command()
def backup(
    path: Annotated[Path, typer.Argument(help="The archive to write (a .tar file).")],
) -> None:
    """Write every record (drafts too), the originals and the workspace to one archive.

    Stop `repository serve` first: the embedded store belongs to one process.

    Example: repository backup backups/repository-2025-06-01.tar
    """
    from repository.ops.backup import create_backup
    from repository.ops.restore import open_store

    try:
        with open_store(load_settings()) as store:
            data = create_backup(store, path)
    except RepositoryError as exc:
        raise _fail(exc) from None
    counts = data["counts"]
    typer.echo(f"{path}: {counts['records']} records ({counts['drafts']} drafts), "
               f"{counts['originals']} originals, workspace.db "
               f"{'included' if counts['workspace_db'] else 'absent'}")


@app.command()
def restore(
    path: Annotated[Path, typer.Argument(help="An archive written by `repository backup`.")],
    force: Annotated[bool, typer.Option(
        "--force", help="Replace a data dir that already holds records, originals or a "
        "workspace.")] = False,
) -> None:
    """Check a whole backup, then rebuild the data dir from it (re-embedding the records).

    Nothing changes if the archive is damaged. Stop `repository serve` first.

    Example: repository restore backups/repository-2025-06-01.tar
    """
    from repository.ops.restore import restore as run

    try:
        report = run(load_settings(), path, force=force)
    except RepositoryError as exc:
        raise _fail(exc) from None
    for warning in report.warnings:
        typer.echo(f"warning: {warning}", err=True)
    typer.echo(f"restored {report.records} records, {report.originals} originals, workspace.db "
               f"{'restored' if report.workspace_db else 'absent'} (store {report.generation})")


@app.command()
def reindex(
    batch: Annotated[int, typer.Option(min=1, help="Records embedded per batch.")] = 32,
) -> None:
    """Re-embed every record into a new index beside the live one, then switch to it.

    Use it after changing REPOSITORY_EMBEDDING_MODEL. With a server running, use its
    admin action instead (the embedded store belongs to one process).

    Example: REPOSITORY_EMBEDDING_MODEL=/models/e5-small repository reindex
    """
    from repository.ops.reindex import reindex as run
    from repository.ops.restore import open_store

    def progress(done: int, total: int) -> None:
        typer.echo(f"reindexed {done}/{total}", err=True)

    try:  # the live store may hold another model's vectors: that is why we rebuild
        with open_store(load_settings(), check_model=False) as store:
            report = run(store, progress=progress, batch=batch)
    except RepositoryError as exc:
        raise _fail(exc) from None
    typer.echo(f"{report.records} records reindexed into {report.generation} in "
               f"{report.seconds:g} s ({report.late} written during the rebuild)")
