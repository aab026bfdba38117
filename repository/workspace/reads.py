"""The workspace's reads: a sheet's state, the list of sheets, a sheet's versions.

A sheet's current state is SQLite's latest finished version, or the indexed record for
a sheet only the index knows (ingested by the CLI). `Workspace` (sheets.py) adds the
writes.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any, Literal

from repository.errors import NotFound
from repository.model import Practice
from repository.search.store import Store
from repository.workspace.db import reading

Status = Literal["draft", "published", "deleted"]


@dataclass(frozen=True)
class SheetState:
    """A sheet as the workspace sees it."""

    id: str
    status: Status
    version: int | None  # None: never written by the workspace (ingested by the CLI)
    record: Practice
    warnings: list[str]
    duplicate_of: str | None


class SheetReads:
    """Reads over the workspace's SQLite file and its store."""

    db: sqlite3.Connection
    store: Store

    def get(self, sheet_id: str) -> SheetState:
        """The sheet's current state: SQLite's latest version, else the indexed record."""
        with reading(self.db) as conn:
            row = conn.execute("SELECT * FROM sheets WHERE id = ?", (sheet_id,)).fetchone()
            latest = conn.execute(
                "SELECT record FROM versions WHERE sheet_id = ? AND pending = 0 "
                "ORDER BY version DESC LIMIT 1", (sheet_id,)).fetchone()
        if row is not None and latest is not None:
            return SheetState(sheet_id, row["status"], row["version"],
                              Practice.model_validate_json(latest["record"]),
                              json.loads(row["warnings"]), row["duplicate_of"])
        record = self.store.get(sheet_id)
        return SheetState(sheet_id, record.publication, None, record, [], None)

    def exists(self, sheet_id: str) -> bool:
        with reading(self.db) as conn:
            if conn.execute("SELECT 1 FROM sheets WHERE id = ?", (sheet_id,)).fetchone():
                return True
        return self.store.exists(sheet_id)

    def list_sheets(self) -> list[dict[str, Any]]:
        """Every sheet (index and workspace), newest workspace change first."""
        rows: dict[str, dict[str, Any]] = {}
        for practice in self.store.records():
            rows[practice.id] = {"id": practice.id, "title": practice.title,
                                 "status": practice.publication, "version": None,
                                 "updated_at": "", "created_at": "",
                                 "record": practice.model_dump(mode="json")}
        with reading(self.db) as conn:
            for row in conn.execute("SELECT id, status, version, created_at, updated_at "
                                    "FROM sheets"):
                entry = rows.setdefault(row["id"], {"id": row["id"], "title": row["id"],
                                                    "record": {}})
                entry.update(status=row["status"], version=row["version"],
                             created_at=row["created_at"], updated_at=row["updated_at"])
        return sorted(rows.values(), key=lambda r: (r["updated_at"], r["id"]), reverse=True)

    def versions(self, sheet_id: str) -> list[dict[str, Any]]:
        """The sheet's versions, newest first (without their records)."""
        with reading(self.db) as conn:
            rows = conn.execute(
                "SELECT version, action, status, author, created_at, content_hash "
                "FROM versions WHERE sheet_id = ? AND pending = 0 ORDER BY version DESC",
                (sheet_id,)).fetchall()
        return [dict(r) for r in rows]

    def version(self, sheet_id: str, number: int) -> Practice:
        with reading(self.db) as conn:
            row = conn.execute("SELECT record FROM versions WHERE sheet_id = ? AND version = ? "
                               "AND pending = 0", (sheet_id, number)).fetchone()
        if row is None:
            raise NotFound(f"no version {number} of {sheet_id!r}")
        return Practice.model_validate_json(row["record"])
