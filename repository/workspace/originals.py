"""The kept originals of a purged sheet: removed once nothing else names them.

Originals are stored once per content (`<sha256><suffix>`), so two sheets made from the
same file share one. When a sheet is purged, each original its versions named is
removed unless a record still in the index, or any version of another sheet in the
workspace history, names it too. Called after the purge is written (holding the
workspace's write lock, so no upload keeps the same file meanwhile): a crash in between
leaves an unused file behind, never a missing one.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from repository.config import Settings
from repository.model import Practice
from repository.search.store import Store
from repository.workspace.db import reading


def named_by(db: Path, sheet_id: str, record: Practice) -> set[str]:
    """The originals a sheet's current record and its versions name."""
    names = {record.source.stored_as} if record.source and record.source.stored_as else set()
    with reading(db) as conn:
        names |= _versions_naming(conn, "sheet_id = ?", sheet_id)
    return names


def _versions_naming(conn: sqlite3.Connection, where: str, sheet_id: str) -> set[str]:
    rows = conn.execute(
        "SELECT DISTINCT json_extract(record, '$.source.stored_as') FROM versions "
        f"WHERE record != '' AND {where}", (sheet_id,)).fetchall()
    return {row[0] for row in rows if row[0]}


def in_use(store: Store, db: Path, purged: str) -> set[str]:
    """Originals named by any record in the index or any other sheet's version."""
    used: set[str] = set()
    for payload in store.scroll_all():
        source = payload.get("record", {}).get("source") or {}
        if payload.get("id") != purged and source.get("stored_as"):
            used.add(source["stored_as"])
    with reading(db) as conn:
        used |= _versions_naming(conn, "sheet_id != ?", purged)
    return used


def remove_unused(settings: Settings, store: Store, db: Path, purged: str,
                  names: set[str]) -> list[str]:
    """Remove the purged sheet's originals nobody else names; the names removed."""
    unused = sorted(names - in_use(store, db, purged)) if names else []
    for name in unused:
        path = settings.originals_dir / name
        if path.parent == settings.originals_dir:  # a bare file name, never a path
            path.unlink(missing_ok=True)
    return unused
