"""The `Workspace`: every sheet write, recorded in SQLite first, then applied to the index.

A write is a list of changes (a new version of one or more sheets, or a purge). It runs
in three steps:

1. one SQLite transaction records each change as a *pending* version, with the whole
   record it will index;
2. the index is updated (an idempotent upsert keyed by content hash, or a delete);
3. a second transaction marks the versions done, moves each sheet's status and version,
   and writes the audit entry.

A crash before 1 commits leaves everything as before. After 1, `reconcile()` (run when
the workspace opens) rolls every pending version forward from the record kept in
SQLite, so the repository ends as after. Nothing is left between.

Sheets ingested by the CLI live only in the index; their first workspace write records
the indexed record as version 1 (action `ingest`).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass, field
from typing import Any, Literal

from repository.config import Settings
from repository.errors import Forbidden, NotFound, SheetError, WorkspaceError
from repository.ingest.normalise.theme_semantic import SemanticThemes
from repository.ingest.pipeline import SheetReader, keep_original
from repository.ingest.themes_pass import semantic_themes, with_semantic_themes
from repository.model import Practice, carry_corrections
from repository.search.store import Store
from repository.workspace import audit, originals
from repository.workspace.db import now, open_db, reading, transaction
from repository.workspace.edits import apply_changes, free_id
from repository.workspace.encoding import encode_aside, warm_worker_model
from repository.workspace.reads import SheetReads, SheetState, Status
from repository.workspace.uploads import clear_leftovers, read_upload, safe_name
from repository.workspace.users import User, dummy_hash, ensure_admin


@dataclass(frozen=True)
class Change:
    """One sheet's next state; `record` None purges the sheet."""

    sheet_id: str
    action: str
    status: Status
    record: Practice | None


@dataclass
class UploadReport:
    drafts: list[dict[str, Any]] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"drafts": self.drafts, "failed": self.failed}


def _publication(status: str) -> Literal["draft", "published"]:
    return "published" if status == "published" else "draft"


class Workspace(SheetReads):
    """The workspace over one store and one SQLite file. Writes are serialised."""

    def __init__(self, settings: Settings, store: Store) -> None:
        self.settings = settings
        self.store = store
        self.db = open_db(settings.data_dir)
        self._lock = threading.RLock()
        self._reader_lock = threading.Lock()
        self._reader = SheetReader(settings)  # its worker starts with the first file
        self._semantic: list[SemanticThemes | None] | None = None

    @classmethod
    def open(cls, settings: Settings, store: Store) -> Workspace:
        """Open, create the initial admin if configured, and finish interrupted writes."""
        workspace = cls(settings, store)
        password = settings.admin_password.get_secret_value() if settings.admin_password \
            else None
        ensure_admin(workspace.db, settings.admin_email, password)
        dummy_hash()  # made now, so the first sign-in with an unknown email is not slower
        clear_leftovers(settings)
        workspace.reconcile()
        return workspace

    def warm(self) -> None:
        """Start the reading worker and load its parsers now (a server calls this at
        start-up), so that the first upload does not wait for them."""
        with self._reader_lock:
            self._reader.warm()
            warm_worker_model(self._reader, self.store)
        self._themes()

    def close(self) -> None:
        with self._reader_lock:
            self._reader.close()

    # ---- writes ------------------------------------------------------------------

    def upload(self, files: list[tuple[str | None, bytes]], user: User) -> UploadReport:
        """Each readable file becomes a draft; each other one fails alone with its reason."""
        report = UploadReport()
        if len(files) > self.settings.max_upload_files:
            raise WorkspaceError(f"{len(files)} files: at most {self.settings.max_upload_files}"
                                 " per upload (REPOSITORY_MAX_UPLOAD_FILES)")
        read: list[tuple[str, Practice, list[str], bytes]] = []
        for client_name, data in files:
            name = safe_name(client_name)
            try:
                with self._reader_lock:
                    practice, warnings = read_upload(self._reader, name, data, self.settings)
                    encode_aside(self._reader, self.store, name, practice)
                    practice, warnings = with_semantic_themes(practice, warnings,
                                                              self._themes())
            except SheetError as exc:
                report.failed.append({"file": name, "error": str(exc)})
                continue
            read.append((name, practice, warnings, data))
        with self._lock:
            taken: set[str] = set()
            changes: list[Change] = []
            notes: dict[str, list[str]] = {}
            for name, practice, warnings, data in read:
                assert practice.source and practice.source.stored_as
                earlier, practice = self._uploaded_before(practice)
                if earlier is not None:  # e.g. a batch sent again after a crash
                    keep_original(self.settings, practice.source.stored_as, data)
                    report.drafts.append({"id": earlier, "file": name, "warnings": [
                        f"this file was uploaded before as {earlier}, unchanged since; "
                        "nothing changed"]})
                    continue
                new_id = free_id(practice.id, lambda i: i in taken or self.exists(i))
                taken.add(new_id)
                keep_original(self.settings, practice.source.stored_as, data)
                changes.append(Change(new_id, "upload", "draft",
                                      practice.model_copy(update={"id": new_id})))
                notes[new_id] = warnings
                report.drafts.append({"id": new_id, "file": name, "warnings": warnings})
            self._write(changes, user.email, warnings=notes)
        return report

    def write(self, changes: list[Change], actor: str, warnings: dict[str, list[str]]) -> None:
        """Record and apply changes prepared elsewhere in the workspace (a table import)."""
        with self._lock:
            self._write(changes, actor, "import", warnings)

    def _uploaded_before(self, practice: Practice) -> tuple[str | None, Practice]:
        """The live sheet (`id`, `id-2` …) this very file already made, unchanged since but
        for what staff corrected: sending it again is then a no-op, not a copy. Else the
        record to store, with the corrections staff made to a sheet of the same file."""
        candidate, n = practice.id, 1
        corrected: Practice | None = None
        while self.exists(candidate):
            state = self.get(candidate)
            live = state.status != "deleted"
            same_file = state.record.source is not None and practice.source is not None and \
                state.record.source.sha256 == practice.source.sha256
            same = carry_corrections(practice.model_copy(update={
                "id": candidate, "publication": state.record.publication}), state.record)
            if live and same.content_hash() == state.record.content_hash():
                return candidate, practice
            if live and same_file and corrected is None and state.record.corrected():
                corrected = state.record
            n += 1
            candidate = f"{practice.id}-{n}"
        return None, carry_corrections(practice, corrected) if corrected else practice

    def _themes(self) -> SemanticThemes | None:
        """The semantic theme check over the store's theme encoder, built once."""
        if self._semantic is None:
            self._semantic = [semantic_themes(self.store.theme_encoder,
                                              self.store.passage_parts,
                                              self.settings.theme_inference,
                                              self.settings.evaluation_inference)]
        return self._semantic[0]

    def edit(self, sheet_id: str, changes: dict[str, Any], user: User) -> Practice:
        """A new version with the given fields corrected; the status stays."""
        with self._lock:
            state = self._live(sheet_id)
            record = apply_changes(state.record, changes)
            if record.content_hash() != state.record.content_hash():
                self._write([Change(sheet_id, "edit", state.status, record)], user.email,
                            detail=", ".join(sorted(changes)))
            return record

    def publish(self, sheet_id: str, user: User) -> None:
        self._set_status(sheet_id, "published", "publish", user)

    def unpublish(self, sheet_id: str, user: User) -> None:
        self._set_status(sheet_id, "draft", "unpublish", user)

    def delete(self, sheet_id: str, user: User) -> None:
        """Soft delete (admin): hidden everywhere public, kept until purged."""
        self._admin(user)
        self._set_status(sheet_id, "deleted", "delete", user)

    def restore(self, sheet_id: str, user: User) -> None:
        self._admin(user)
        with self._lock:
            if self.get(sheet_id).status != "deleted":
                raise WorkspaceError(f"{sheet_id} is not deleted")
            self._set_status(sheet_id, "draft", "restore", user)

    def purge(self, sheet_id: str, user: User) -> None:
        """Remove a soft-deleted sheet for good: its point, versions, status, and its
        kept originals that no other sheet names."""
        self._admin(user)
        with self._lock:
            state = self.get(sheet_id)
            if state.status != "deleted":
                raise WorkspaceError(f"delete {sheet_id} before purging it")
            kept = originals.named_by(self.db, sheet_id, state.record)
            self._write([Change(sheet_id, "purge", "deleted", None)], user.email)
            originals.remove_unused(self.settings, self.store, self.db, sheet_id, kept)

    def link_translations(self, sheet_id: str, other_id: str, user: User) -> None:
        """Make two sheets (and their existing versions) translations of each other."""
        if sheet_id == other_id:
            raise WorkspaceError("a sheet cannot be its own translation")
        with self._lock:
            first, second = self._live(sheet_id), self._live(other_id)
            group = {sheet_id, other_id, *first.record.translations, *second.record.translations}
            changes = []
            for member in sorted(group):
                try:
                    state = first if member == sheet_id else second if member == other_id \
                        else self.get(member)
                except NotFound:
                    continue
                wanted = sorted(group - {member})
                if state.record.translations != wanted:
                    record = state.record.model_copy(update={"translations": wanted})
                    changes.append(Change(member, "link", state.status, record))
            self._write(changes, user.email, detail=f"{sheet_id} ⇄ {other_id}")

    def mark_duplicate(self, sheet_id: str, of_id: str, user: User) -> None:
        """Record that a sheet duplicates another (no change to the index)."""
        with self._lock:
            self._live(sheet_id)
            if not self.exists(of_id):
                raise NotFound(f"no practice with id {of_id!r}")
            with transaction(self.db) as conn:
                self._baseline(conn, sheet_id)
                conn.execute("UPDATE sheets SET duplicate_of = ?, updated_at = ? WHERE id = ?",
                             (of_id, now(), sheet_id))
                audit.log(conn, user.email, "duplicate", sheet_id, f"of {of_id}")

    def reconcile(self) -> int:
        """Finish every write a crash interrupted, from the records kept in SQLite."""
        with self._lock, reading(self.db) as conn:
            rows = conn.execute("SELECT sheet_id, action, status, record FROM versions "
                                "WHERE pending = 1 ORDER BY sheet_id, version").fetchall()
        changes = [Change(r["sheet_id"], r["action"], r["status"],
                          Practice.model_validate_json(r["record"]) if r["record"] else None)
                   for r in rows]
        if changes:
            self._apply(changes)
            self._finish(changes, "system", "reconcile", {})
        return len(changes)

    # ---- the write protocol ------------------------------------------------------

    def _admin(self, user: User) -> None:
        if not user.is_admin:
            raise Forbidden("only an admin can delete, restore or purge sheets")

    def _live(self, sheet_id: str) -> SheetState:
        state = self.get(sheet_id)
        if state.status == "deleted":
            raise WorkspaceError(f"{sheet_id} is deleted; restore it first")
        return state

    def _set_status(self, sheet_id: str, status: Status, action: str, user: User) -> None:
        with self._lock:
            state = self.get(sheet_id) if action == "restore" else self._live(sheet_id)
            if state.status == status:
                return
            record = state.record.model_copy(update={"publication": _publication(status)})
            self._write([Change(sheet_id, action, status, record)], user.email)

    def _write(self, changes: list[Change], actor: str, detail: str = "",
               warnings: dict[str, list[str]] | None = None) -> None:
        if not changes:
            return
        with transaction(self.db) as conn:  # 1. record the intent
            for change in changes:
                self._baseline(conn, change.sheet_id)
                number = conn.execute("SELECT COALESCE(MAX(version), 0) + 1 FROM versions "
                                      "WHERE sheet_id = ?", (change.sheet_id,)).fetchone()[0]
                record = self._indexed(change)
                conn.execute(
                    "INSERT INTO versions (sheet_id, version, action, status, record, "
                    "content_hash, author, created_at, pending) VALUES (?,?,?,?,?,?,?,?,1)",
                    (change.sheet_id, number, change.action, change.status,
                     record.model_dump_json() if record else "",
                     record.content_hash() if record else "", actor, now()))
        self._apply(changes)  # 2. the index
        self._finish(changes, actor, detail, warnings or {})  # 3. done

    @staticmethod
    def _indexed(change: Change) -> Practice | None:
        if change.record is None:
            return None
        return change.record.model_copy(update={"publication": _publication(change.status)})

    def _apply(self, changes: list[Change]) -> None:
        records = [r for r in (self._indexed(c) for c in changes) if r is not None]
        self.store.put_many(records)
        purged = [c.sheet_id for c in changes if c.record is None]
        if purged:
            self.store.delete(purged)

    def _finish(self, changes: list[Change], actor: str, detail: str,
                warnings: dict[str, list[str]]) -> None:
        with transaction(self.db) as conn:
            for change in changes:
                if change.record is None:
                    conn.execute("DELETE FROM versions WHERE sheet_id = ?", (change.sheet_id,))
                    conn.execute("DELETE FROM sheets WHERE id = ?", (change.sheet_id,))
                else:
                    version = conn.execute(
                        "SELECT MAX(version) FROM versions WHERE sheet_id = ?",
                        (change.sheet_id,)).fetchone()[0]
                    conn.execute("UPDATE versions SET pending = 0 WHERE sheet_id = ?",
                                 (change.sheet_id,))
                    conn.execute(
                        "INSERT INTO sheets (id, status, version, warnings, created_by, "
                        "created_at, updated_at) VALUES (?,?,?,?,?,?,?) ON CONFLICT(id) DO "
                        "UPDATE SET status = excluded.status, version = excluded.version, "
                        "updated_at = excluded.updated_at",
                        (change.sheet_id, change.status, version,
                         json.dumps(warnings.get(change.sheet_id, [])), actor, now(), now()))
                audit.log(conn, actor, change.action, change.sheet_id, detail)

    def _baseline(self, conn: sqlite3.Connection, sheet_id: str) -> None:
        """Record a sheet only the index knows (ingested by the CLI) as its version 1."""
        if conn.execute("SELECT 1 FROM versions WHERE sheet_id = ?", (sheet_id,)).fetchone():
            return
        found = self.store.get_many([sheet_id])
        if not found:
            return
        record = found[0]
        conn.execute(
            "INSERT INTO versions (sheet_id, version, action, status, record, content_hash, "
            "author, created_at, pending) VALUES (?, 1, 'ingest', ?, ?, ?, 'ingest', ?, 0)",
            (sheet_id, record.publication, record.model_dump_json(), record.content_hash(),
             now()))
        conn.execute("INSERT INTO sheets (id, status, version, created_by, created_at, "
                     "updated_at) VALUES (?, ?, 1, 'ingest', ?, ?) ON CONFLICT(id) DO NOTHING",
                     (sheet_id, record.publication, now(), now()))
