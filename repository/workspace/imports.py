"""Spreadsheets and exports in the workspace: a mapping preview, then one draft per row.

An uploaded table is first *staged*: the original is kept, and `preview` shows each
column with the field it is mapped to and a sample value. The mapping shown is the one
saved for this export (the file name without its dates and versions, see
`ingest.rows.export_name`) laid over the detected one, so the next version of an
export maps the way the last one was mapped. `apply` saves the chosen mapping and
turns the rows into drafts, a chunk at a time: a row seen before (same id, same
export) becomes a new version of its sheet when it changed, and nothing when it did
not; a new row becomes a draft. Ids are made as ingest makes them (`ingest.ids`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from repository.errors import NotFound, SheetError, WorkspaceError
from repository.ingest.ids import IdAllocator
from repository.ingest.pipeline import SheetReader, keep_original
from repository.ingest.readers.tables import Row, Table, is_table
from repository.ingest.rows import (
    EXTRA,
    FIELDS,
    IGNORE,
    check_mapping,
    export_name,
    extra_columns,
    merged_mapping,
    usable_rows,
)
from repository.model import Practice, Source
from repository.workspace.db import now, reading, transaction
from repository.workspace.sheets import Change, Workspace
from repository.workspace.uploads import safe_name, screen
from repository.workspace.users import User

CHUNK = 32  # rows read, embedded and written together
CHOICES: tuple[str, ...] = (*FIELDS, EXTRA, IGNORE)


@dataclass
class Column:
    header: str
    field: str
    sample: str


@dataclass
class Preview:
    """A staged table: what the mapping page shows."""

    id: int
    file: str
    export: str
    format: str
    rows: int
    columns: list[Column]
    notes: list[str]
    saved: bool  # the mapping comes (partly) from an earlier import of this export

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "file": self.file, "export": self.export,
                "format": self.format, "rows": self.rows, "saved_mapping": self.saved,
                "notes": self.notes,
                "columns": [{"header": c.header, "field": c.field, "sample": c.sample}
                            for c in self.columns]}


@dataclass
class ImportReport:
    """What an import did, row by row, and what it said once for the file."""

    file: str
    drafts: list[dict[str, Any]] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        ("added", "updated", "unchanged", "failed"), 0))
    table: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "counts": self.counts, "drafts": self.drafts,
                "failed": self.failed, "table": self.table}


def split_tables(files: list[tuple[str | None, bytes]]
                 ) -> tuple[list[tuple[str, bytes]], list[tuple[str | None, bytes]]]:
    """Uploaded files: the tables (by their safe name), and the rest as they came."""
    tables: list[tuple[str, bytes]] = []
    rest: list[tuple[str | None, bytes]] = []
    for client_name, data in files:
        name = safe_name(client_name)
        if is_table(name, data):
            tables.append((name, data))
        else:
            rest.append((client_name, data))
    return tables, rest


def stage(workspace: Workspace, name: str, data: bytes, user: User) -> Preview:
    """Keep an uploaded table and record it for its mapping preview."""
    table = _read(workspace, name, data)
    digest = hashlib.sha256(data).hexdigest()
    stored_as = f"{digest}.{name.rsplit('.', 1)[-1].lower()}" if "." in name else digest
    keep_original(workspace.settings, stored_as, data)
    with transaction(workspace.db) as conn:
        cursor = conn.execute(
            "INSERT INTO imports (file, stored_as, export, created_by, created_at) "
            "VALUES (?,?,?,?,?)", (name, stored_as, export_name(name), user.email, now()))
        import_id = int(cursor.lastrowid or 0)
    return _preview(workspace, import_id, name, table)


def preview(workspace: Workspace, import_id: int) -> Preview:
    """A staged table's mapping preview, read again from its kept original."""
    name, data = _staged(workspace, import_id)
    return _preview(workspace, import_id, name, _read(workspace, name, data))


def apply(workspace: Workspace, import_id: int, chosen: Mapping[str, str], user: User
          ) -> ImportReport:
    """Save the mapping for the export and make the staged table's rows drafts."""
    name, data = _staged(workspace, import_id)
    report = import_table(workspace, name, data, user, chosen)
    with transaction(workspace.db) as conn:
        conn.execute("UPDATE imports SET done_at = ? WHERE id = ?", (now(), import_id))
    return report


def import_table(workspace: Workspace, name: str, data: bytes, user: User,
                 chosen: Mapping[str, str] | None = None) -> ImportReport:
    """Every row of an uploaded table as a draft (or a new version), with the saved
    mapping of its export under the chosen one; the chosen mapping is saved."""
    report = ImportReport(name)
    try:
        table = _read(workspace, name, data)
        export = export_name(name)
        mapping = merged_mapping(table.groups, {**saved_mapping(workspace, export),
                                                 **(chosen or {})})
        check_mapping(mapping, table.groups, name)
    except SheetError as exc:
        report.failed.append({"file": name, "error": f"{name}: {exc.problem}"})
        report.counts["failed"] += 1
        return report
    if chosen:
        _save_mapping(workspace, export, mapping, user)
    digest = hashlib.sha256(data).hexdigest()
    suffix = f".{name.rsplit('.', 1)[-1].lower()}" if "." in name else ""
    source = Source(file=name, format=table.format, sha256=digest,
                    ingested_at=datetime.now(UTC), stored_as=f"{digest}{suffix}", export=export)
    keep_original(workspace.settings, source.stored_as or "", data)
    rows, notes = usable_rows(table, mapping)
    report.table = {"format": table.format, "rows": len(rows),
                    "blank_rows": table.blank_rows, "columns": mapping,
                    "extra_columns": extra_columns(mapping), "notes": table.notes + notes}
    ids = IdAllocator(lambda wanted: _current(workspace, wanted))
    with SheetReader(workspace.settings) as reader:
        for start in range(0, len(rows), CHUNK):
            _chunk(workspace, reader, ids, rows[start:start + CHUNK], mapping, source,
                   user, report)
    return report


def _chunk(workspace: Workspace, reader: SheetReader, ids: IdAllocator, rows: list[Row],
           mapping: dict[str, str], source: Source, user: User, report: ImportReport) -> None:
    name = source.file
    try:
        outcomes = reader.read_rows(name, rows, mapping, source)
    except SheetError as exc:
        for row in rows:
            _fail(report, f"{name}#{row.where}", exc.problem)
        return
    read = [(o, o.practice) for o in outcomes if o.practice is not None]
    for outcome in outcomes:
        if outcome.practice is None:
            _fail(report, f"{name}#{outcome.where}", outcome.error or "not read")
    chosen = ids.assign_many((p, o.explicit_id, f"{name}#{o.where}") for o, p in read)
    current = _current(workspace, [i for i in chosen if isinstance(i, str)])
    changes: list[Change] = []
    notes: dict[str, list[str]] = {}
    for (outcome, practice), new_id in zip(read, chosen, strict=True):
        where = f"{name}#{outcome.where}"
        if isinstance(new_id, Exception):
            _fail(report, where, str(new_id).removeprefix(f"{where}: "))
            continue
        status, change = _change(workspace, new_id, practice, current.get(new_id))
        if isinstance(change, str):
            _fail(report, where, change)
            continue
        if change is not None:
            changes.append(change)
            notes[new_id] = outcome.warnings
        report.counts[status] += 1
        report.drafts.append({"id": new_id, "file": where, "status": status,
                              "warnings": outcome.warnings})
    workspace.write(changes, user.email, notes)


def _change(workspace: Workspace, sheet_id: str, practice: Practice, before: Practice | None
            ) -> tuple[str, Change | str | None]:
    """What a row does to its sheet: add it, a new version, nothing, or why not."""
    record = practice.model_copy(update={"id": sheet_id, "publication": "draft"})
    if before is None:
        return "added", Change(sheet_id, "upload", "draft", record)
    state = workspace.get(sheet_id)
    if state.status == "deleted":
        return "failed", f"its sheet {sheet_id} is deleted in the workspace; restore it first"
    record = record.model_copy(update={"publication": before.publication,
                                       "translations": before.translations})
    if record.content_hash() == before.content_hash():
        return "unchanged", None
    return "updated", Change(sheet_id, "reimport", state.status, record)


def _fail(report: ImportReport, where: str, problem: str) -> None:
    report.failed.append({"file": where, "error": f"{where}: {problem}"})
    report.counts["failed"] += 1


def _current(workspace: Workspace, ids: list[str]) -> dict[str, Practice]:
    """The current record of each of these ids the workspace or the index knows."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    marks = ",".join("?" * len(wanted))
    with reading(workspace.db) as conn:
        rows = conn.execute(
            f"SELECT v.sheet_id, v.record FROM versions v WHERE v.pending = 0 AND "  # noqa: S608
            f"v.sheet_id IN ({marks}) AND v.version = (SELECT MAX(version) FROM versions "
            "WHERE sheet_id = v.sheet_id AND pending = 0)", wanted).fetchall()
    found = {r["sheet_id"]: Practice.model_validate_json(r["record"]) for r in rows
             if r["record"]}
    rest = [i for i in wanted if i not in found]
    found.update({p.id: p for p in workspace.store.get_many(rest)})
    return found


def saved_mapping(workspace: Workspace, export: str) -> dict[str, str]:
    """The mapping last chosen for this export, column → field (empty if none)."""
    with reading(workspace.db) as conn:
        row = conn.execute("SELECT mapping FROM mappings WHERE export = ?", (export,)
                           ).fetchone()
    return json.loads(row["mapping"]) if row else {}


def _save_mapping(workspace: Workspace, export: str, mapping: Mapping[str, str],
                  user: User) -> None:
    """Remember a mapping for the export, merged with what was saved for other columns."""
    merged = {**saved_mapping(workspace, export), **mapping}
    with transaction(workspace.db) as conn:
        conn.execute("INSERT INTO mappings (export, mapping, updated_by, updated_at) "
                     "VALUES (?,?,?,?) ON CONFLICT(export) DO UPDATE SET mapping = "
                     "excluded.mapping, updated_by = excluded.updated_by, "
                     "updated_at = excluded.updated_at",
                     (export, json.dumps(merged, ensure_ascii=False), user.email, now()))


def _read(workspace: Workspace, name: str, data: bytes) -> Table:
    screen(name, data, workspace.settings)
    with SheetReader(workspace.settings) as reader:
        try:
            return reader.read_table(name, data)
        except SheetError as exc:
            raise SheetError(name, exc.problem) from None


def _staged(workspace: Workspace, import_id: int) -> tuple[str, bytes]:
    with reading(workspace.db) as conn:
        row = conn.execute("SELECT file, stored_as FROM imports WHERE id = ?", (import_id,)
                           ).fetchone()
    if row is None:
        raise NotFound(f"no staged import {import_id}")
    path = workspace.settings.originals_dir / row["stored_as"]
    if not path.is_file():
        raise WorkspaceError(f"the file of import {import_id} is no longer kept; upload it "
                             "again")
    return row["file"], path.read_bytes()


def _preview(workspace: Workspace, import_id: int, name: str, table: Table) -> Preview:
    export = export_name(name)
    saved = saved_mapping(workspace, export)
    mapping = merged_mapping(table.groups, saved)
    sample = max(table.rows[:20], key=lambda r: len(r.values), default=None)
    columns = [Column(h, mapping[h], _sample(sample.values.get(h) if sample else None))
               for h in table.headers]
    notes = list(table.notes)
    if table.blank_rows:
        notes.append(f"{table.blank_rows} blank row(s) skipped")
    return Preview(import_id, name, export, table.format, len(table.rows), columns, notes,
                   saved=any(h in saved for h in table.headers))


def _sample(value: Any) -> str:
    text = " ".join(str(value).split()) if value is not None else ""
    return text if len(text) <= 120 else text[:119] + "…"
