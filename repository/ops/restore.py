"""`repository restore`: rebuild a data dir from a backup, all or nothing.

1. The whole archive is unpacked into a staging folder of the data dir and checked
   (`backup.read_backup`) before anything else happens.
2. Holding the store, the records are re-embedded with the configured model into a
   new generation beside the live index (so a backup moves across engines and models).
3. A journal naming the staging folder and the new generation is written atomically:
   this is the commit point. Before it, the data dir is untouched; after it, the
   switch (generation pointer or alias, originals folder, workspace.db) is completed
   by whoever comes next — this restore, or the next CLI command or server start
   (`open_store` calls `finish_interrupted`) if this process dies half-way.
"""

from __future__ import annotations

import fcntl
import json
import os
import secrets
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from repository.config import Settings
from repository.errors import BackupError
from repository.ops.backup import ORIGINALS, WORKSPACE_DB, read_backup, workspace_db
from repository.search import generations
from repository.search.embedder import Embedder
from repository.search.store import Store

JOURNAL = "restore.journal"
BATCH = 32


@dataclass
class RestoreReport:
    """What a restore did."""

    records: int
    originals: int
    workspace_db: bool
    generation: str
    warnings: list[str] = field(default_factory=list)


def open_store(settings: Settings, embedder: Embedder | None = None, *,
               check_model: bool = True) -> Store:
    """Open the store the settings select, first completing a restore that was killed
    after its commit point: what the CLI and the app call to open a store."""
    finish_interrupted(settings)
    return Store.open(settings, embedder, check_model=check_model)


def restore(settings: Settings, archive: Path, force: bool = False,
            embedder: Embedder | None = None) -> RestoreReport:
    """Replace the data dir's records, originals and workspace with a backup's."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    staging = settings.data_dir / f".restore-{secrets.token_hex(4)}"
    committed = False
    try:
        backup = read_backup(archive, staging)
        has_workspace = backup.has_workspace  # the staging folder goes at the switch
        # every record is re-embedded: the live one may hold another model's vectors
        with Store.open(settings, embedder, check_model=False) as live:
            if not force:
                refuse_if_not_empty(settings, live.count())
            new = generations.create(live)
            try:
                builder = live.beside(new, live.embedder)
                builder.ensure_schema()
                for start in range(0, len(backup.practices), BATCH):
                    builder.rewrite(backup.practices[start : start + BATCH])
                builder.close()  # flushed; the folder becomes live at the switch
                write_journal(settings, {"staging": staging.name, "generation": new.name,
                                         "workspace_db": has_workspace})
                committed = True
            finally:
                if not committed:
                    generations.discard(live, new)
        finish_interrupted(settings)
    finally:
        if not committed:
            shutil.rmtree(staging, ignore_errors=True)
    counts = backup.manifest.get("counts", {})
    return RestoreReport(len(backup.practices), int(counts.get("originals", 0)),
                         has_workspace, new.name, backup.warnings)


def refuse_if_not_empty(settings: Settings, records: int) -> None:
    """A restore replaces everything: without --force, only into an empty data dir."""
    originals = settings.originals_dir
    kept = originals.is_dir() and any(not p.name.startswith(".") for p in originals.iterdir())
    found = [what for what, there in (
        (f"{records} records", records > 0), ("kept originals", kept),
        ("a workspace database", workspace_db(settings).exists())) if there]
    if found:
        raise BackupError(
            f"the data dir {settings.data_dir} is not empty ({', '.join(found)}); "
            "restore replaces all of it: add --force to do so (make a backup first)")


def write_journal(settings: Settings, entry: dict[str, Any]) -> None:
    """Record the commit point, atomically and durably."""
    path = settings.data_dir / JOURNAL
    tmp = path.with_name(f".{JOURNAL}.tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(entry, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    generations.fsync_dir(settings.data_dir)


def finish_interrupted(settings: Settings) -> bool:
    """Complete a committed restore (every step is idempotent); True if there was one."""
    journal = settings.data_dir / JOURNAL
    if not journal.exists():
        return False
    with open(settings.data_dir / ".restore.lock", "w") as guard:
        fcntl.flock(guard, fcntl.LOCK_EX)
        if not journal.exists():  # another process finished it while we waited
            return False
        entry = json.loads(journal.read_text(encoding="utf-8"))
        staging = settings.data_dir / entry["staging"]
        generations.make_live(settings, entry["generation"])
        _switch_originals(settings, staging)
        _switch_workspace(settings, staging, bool(entry["workspace_db"]))
        generations.fsync_dir(settings.data_dir)
        journal.unlink()
        shutil.rmtree(staging, ignore_errors=True)
    if settings.engine == "edge":
        generations.remove_stale_edge(settings)
    return True


def _switch_originals(settings: Settings, staging: Path) -> None:
    incoming = staging / ORIGINALS
    if not incoming.exists():
        return  # already moved in
    live = settings.originals_dir
    if live.exists():
        live.rename(staging / "previous-originals")
    incoming.rename(live)


def _switch_workspace(settings: Settings, staging: Path, restored: bool) -> None:
    target = workspace_db(settings)
    incoming = staging / WORKSPACE_DB
    if restored and not incoming.exists():
        return  # already moved in
    for suffix in ("-wal", "-shm", "-journal"):  # the old file's logs must not replay
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    if restored:
        os.replace(incoming, target)
    else:
        target.unlink(missing_ok=True)
