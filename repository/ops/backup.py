"""`repository backup`: the whole repository in one tar archive, and reading one back.

An archive holds

    records.jsonl        every record of the index, drafts included (the export format)
    originals/<name>     every kept original file
    workspace.db         a consistent copy of the staff workspace (SQLite online backup)
    manifest.json        format, version, counts, model, and the sha256 of every member

It is written under a temporary name beside the destination and renamed when
complete, so a backup interrupted half-way never looks like a backup.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import sqlite3
import tarfile
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from repository.config import Settings
from repository.errors import BackupError, SheetError
from repository.model import Practice
from repository.ops.exchange import read_jsonl, to_jsonl
from repository.search.store import Store

FORMAT = "practice-repository-backup"
VERSION = 1
MANIFEST = "manifest.json"
RECORDS = "records.jsonl"
WORKSPACE_DB = "workspace.db"
ORIGINALS = "originals"
_ORIGINAL_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,200}")
_CHUNK = 1 << 20


def workspace_db(settings: Settings) -> Path:
    """The staff workspace's SQLite file (shared contract)."""
    return settings.data_dir / WORKSPACE_DB


def copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite database, with SQLite's online backup API."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def original_files(settings: Settings) -> list[Path]:
    """Kept originals (temporary files of an interrupted write excluded)."""
    folder = settings.originals_dir
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and _ORIGINAL_NAME.fullmatch(p.name))


def manifest(practices: list[Practice], members: dict[str, dict[str, Any]], model: str,
             engine: str) -> dict[str, Any]:
    """The manifest of an archive: what it holds and how to check it."""
    drafts = sum(1 for p in practices if p.publication == "draft")
    return {
        "format": FORMAT,
        "version": VERSION,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "embedding_model": model,
        "engine": engine,
        "counts": {
            "records": len(practices),
            "drafts": drafts,
            "published": len(practices) - drafts,
            "originals": sum(1 for name in members if name.startswith(f"{ORIGINALS}/")),
            "workspace_db": WORKSPACE_DB in members,
        },
        "members": members,
    }


def create_backup(store: Store, destination: Path) -> dict[str, Any]:
    """Write a backup of the store, its originals and the workspace; return its manifest.

    Records and the workspace copy are taken holding the store's write lock, so a
    server can run this in-process while it keeps serving searches.
    """
    settings = store.settings
    destination = destination.resolve()
    destination.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=destination.parent, prefix=".backup-") as work:
        scratch = Path(work)
        with store.write_lock:
            practices = store.records()
            (scratch / RECORDS).write_text("".join(to_jsonl(practices)), encoding="utf-8")
            if workspace_db(settings).exists():
                copy_sqlite(workspace_db(settings), scratch / WORKSPACE_DB)
        files = [(RECORDS, scratch / RECORDS)]
        if (scratch / WORKSPACE_DB).exists():
            files.append((WORKSPACE_DB, scratch / WORKSPACE_DB))
        files += [(f"{ORIGINALS}/{p.name}", p) for p in original_files(settings)]
        partial = scratch / "archive.tar"
        members: dict[str, dict[str, Any]] = {}
        with tarfile.open(partial, "w", format=tarfile.PAX_FORMAT) as tar:
            for name, path in files:
                members[name] = {"sha256": _sha256_file(path), "size": path.stat().st_size}
                tar.add(path, arcname=name, recursive=False, filter=_plain)
            data = manifest(practices, members, store.embedder.spec, settings.engine)
            raw = json.dumps(data, indent=2, ensure_ascii=False).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size, info.mtime, info.mode = len(raw), int(datetime.now(UTC).timestamp()), 0o644
            tar.addfile(info, io.BytesIO(raw))
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, destination)
    return data


def _plain(info: tarfile.TarInfo) -> tarfile.TarInfo:
    """No owner names or odd modes in the archive."""
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.mode = 0o644
    return info


@dataclass
class Backup:
    """A validated archive, unpacked in a staging folder."""

    folder: Path
    manifest: dict[str, Any]
    practices: list[Practice]
    warnings: list[str] = field(default_factory=list)

    @property
    def has_workspace(self) -> bool:
        return (self.folder / WORKSPACE_DB).exists()


def _member_path(name: str) -> bool:
    if name in (MANIFEST, RECORDS, WORKSPACE_DB):
        return True
    prefix, _, rest = name.partition("/")
    return prefix == ORIGINALS and bool(_ORIGINAL_NAME.fullmatch(rest))


def _copy_hashed(source: BinaryIO, target: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(target, "wb") as out:
        while chunk := source.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest(), size


def read_backup(archive: Path, staging: Path) -> Backup:
    """Unpack and check a whole archive into `staging`; raise BackupError on any problem.

    Checked: it is a tar of regular files with known names only, the manifest's format
    and version, every member's size and sha256, every record's validity, unique ids,
    the record count, and the workspace database's integrity.
    """
    def fail(problem: str) -> BackupError:
        return BackupError(f"{archive}: {problem}; nothing was changed")

    try:
        tar = tarfile.open(archive, "r:*")
    except (OSError, tarfile.TarError) as exc:
        raise fail(f"not a backup archive ({exc})") from None
    (staging / ORIGINALS).mkdir(parents=True, exist_ok=True)
    found: dict[str, tuple[str, int]] = {}
    raw_manifest = b""
    with tar:
        try:
            for info in tar:
                if not info.isfile() or not _member_path(info.name) or info.name in found:
                    raise fail(f"unexpected member {info.name!r}")
                source = tar.extractfile(info)
                assert source is not None
                if info.name == MANIFEST:
                    raw_manifest = source.read(10_000_000)
                    found[MANIFEST] = ("", len(raw_manifest))
                    continue
                found[info.name] = _copy_hashed(source, staging / info.name)
        except (OSError, tarfile.TarError, EOFError) as exc:
            raise fail(f"the archive is damaged ({exc})") from None
    try:
        data = json.loads(raw_manifest)
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise fail("no readable manifest.json") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise fail("not a Practice Repository backup")
    if data.get("version") != VERSION:
        raise fail(f"backup format version {data.get('version')!r}; this version reads "
                   f"{VERSION}")
    members: dict[str, Any] = data.get("members") or {}
    listed, present = set(members), set(found) - {MANIFEST}
    if listed != present:
        missing, extra = sorted(listed - present), sorted(present - listed)
        raise fail(f"members missing {missing} or not in the manifest {extra}")
    for name, expected in members.items():
        digest, size = found[name]
        if digest != expected.get("sha256") or size != expected.get("size"):
            raise fail(f"{name} does not match its checksum (damaged or edited)")
    try:
        practices = list(read_jsonl(staging / RECORDS))
    except SheetError as exc:
        raise fail(f"invalid record: {exc.problem}") from None
    ids = [p.id for p in practices]
    if len(set(ids)) != len(ids):
        raise fail("the same record id appears twice")
    if len(practices) != data.get("counts", {}).get("records"):
        raise fail(f"{len(practices)} records, the manifest says "
                   f"{data.get('counts', {}).get('records')}")
    if WORKSPACE_DB in found:
        _check_sqlite(staging / WORKSPACE_DB, fail)
    originals = {name.partition("/")[2] for name in found if name.startswith(f"{ORIGINALS}/")}
    warnings = [f"{p.id}: its original {p.source.stored_as} is not in the backup"
                for p in practices
                if p.source and p.source.stored_as and p.source.stored_as not in originals]
    return Backup(staging, data, practices, warnings)


def _check_sqlite(path: Path, fail: Any) -> None:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            result = db.execute("PRAGMA integrity_check").fetchone()
        db.close()
    except sqlite3.DatabaseError as exc:
        raise fail(f"workspace.db is not a usable SQLite database ({exc})") from None
    if not result or result[0] != "ok":
        raise fail(f"workspace.db fails SQLite's integrity check ({result})")
