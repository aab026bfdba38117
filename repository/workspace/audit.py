"""The audit log: who did what to which sheet, when; read newest first, exported whole."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from repository.csv_safety import safe_row
from repository.workspace.db import now, reading

COLUMNS = ("id", "at", "actor", "action", "sheet_id", "detail")


def log(conn: sqlite3.Connection, actor: str, action: str, sheet_id: str | None,
        detail: str = "") -> None:
    """Append an entry inside the caller's transaction, so it commits with the change."""
    conn.execute("INSERT INTO audit (at, actor, action, sheet_id, detail) VALUES (?, ?, ?, ?, ?)",
                 (now(), actor, action, sheet_id, detail))


def entries(db: Path, limit: int | None = 200, sheet_id: str | None = None
            ) -> list[dict[str, Any]]:
    """Entries, newest first; all of them when `limit` is None."""
    sql = "SELECT id, at, actor, action, sheet_id, detail FROM audit"
    args: list[Any] = []
    if sheet_id:
        sql += " WHERE sheet_id = ?"
        args.append(sheet_id)
    sql += " ORDER BY id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        args.append(limit)
    with reading(db) as conn:
        return [dict(row) for row in conn.execute(sql, args).fetchall()]


def to_jsonl(rows: list[dict[str, Any]]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(row, ensure_ascii=False) + "\n"


def to_csv(rows: list[dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow(safe_row(row))  # an actor or detail may start with "=" or "@"
    yield buffer.getvalue()
