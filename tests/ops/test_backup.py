"""The restore drill: backup → wipe → restore gives the same records, originals, search
results and workspace; a damaged archive or a non-empty data dir changes nothing."""

from __future__ import annotations

import shutil
import sqlite3
import tarfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from repository.cli import app
from repository.config import LIVE_POINTER, Settings
from repository.ingest.pipeline import ingest
from repository.ops.backup import MANIFEST, BackupError, read_backup
from repository.ops.exchange import to_jsonl
from repository.ops.restore import JOURNAL, finish_interrupted, open_store, restore
from repository.search.embedder import Embedder
from repository.search.store import Store
from tests.conftest import SHEETS
from tests.ops.test_reindex import _answers

runner = CliRunner()


def _workspace(settings: Settings) -> sqlite3.Connection:
    """An opaque SQLite file in WAL mode, left open so some rows sit only in the WAL."""
    db = sqlite3.connect(settings.data_dir / "workspace.db")
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA wal_autocheckpoint=0")
    db.execute("CREATE TABLE audit (id INTEGER PRIMARY KEY, actor TEXT, action TEXT)")
    with db:
        db.executemany("INSERT INTO audit (actor, action) VALUES (?, ?)",
                       [("ana@example.org", f"publish {i}") for i in range(50)])
    return db


def _dump(path: Path) -> list[str]:
    db = sqlite3.connect(path)
    try:
        return list(db.iterdump())
    finally:
        db.close()


def _originals(settings: Settings) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(settings.originals_dir.iterdir())}


def _state(settings: Settings, embedder: Embedder) -> tuple[str, list[object]]:
    """Records and answers as the CLI and the server see them (`open_store`)."""
    with open_store(settings, embedder) as store:
        return "".join(to_jsonl(store.records())), _answers(store)


@pytest.fixture
def filled(tmp_path: Path, embedder: Embedder) -> Settings:
    """A data dir with six sheets (one a draft), their originals and a workspace."""
    settings = Settings(data_dir=tmp_path / "var")
    with Store.open(settings, embedder) as store:
        assert not ingest([SHEETS], store).failed
        draft = store.get("prevencion-escolar").model_copy(update={"publication": "draft"})
        store.put_many([draft])
    return settings


@pytest.mark.slow
def test_restore_drill_gives_back_the_same_repository(
    filled: Settings, tmp_path: Path, embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = filled
    monkeypatch.setenv("REPOSITORY_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("REPOSITORY_EMBEDDING_MODEL", embedder.name)  # the model that built it
    db = _workspace(settings)
    try:
        records_before, answers_before = _state(settings, embedder)
        originals_before = _originals(settings)
        workspace_before = _dump(settings.data_dir / "workspace.db")
        archive = tmp_path / "backups" / "repository.tar"

        made = runner.invoke(app, ["backup", str(archive)])
        assert made.exit_code == 0, made.output
        assert made.output.strip() == (f"{archive}: 6 records (1 drafts), 6 originals, "
                                       "workspace.db included")
    finally:
        db.close()
    assert [p.name for p in archive.parent.iterdir()] == ["repository.tar"]  # no leftovers

    shutil.rmtree(settings.data_dir)  # the disaster
    done = runner.invoke(app, ["restore", str(archive)])
    assert done.exit_code == 0, done.output
    assert "restored 6 records, 6 originals, workspace.db restored" in done.output

    records_after, answers_after = _state(settings, embedder)
    assert records_after == records_before  # drafts included, every field
    assert answers_after == answers_before
    assert _originals(settings) == originals_before
    assert _dump(settings.data_dir / "workspace.db") == workspace_before
    assert not (settings.data_dir / JOURNAL).exists()
    assert not [p for p in settings.data_dir.iterdir() if p.name.startswith(".restore-")]

    again = runner.invoke(app, ["restore", str(archive)])  # not over a live repository
    assert again.exit_code == 2
    assert "is not empty (6 records, kept originals, a workspace database)" in again.output
    assert "--force" in again.output
    forced = runner.invoke(app, ["restore", str(archive), "--force"])
    assert forced.exit_code == 0, forced.output
    assert _state(settings, embedder) == (records_before, answers_before)
    assert sorted(p.name for p in settings.data_dir.iterdir() if p.name.startswith("store")
                  ) == [settings.store_dir.name, LIVE_POINTER]  # old generations removed


def _tampered(archive: Path, target: Path, name: str, data: bytes) -> Path:
    with tarfile.open(archive) as src, tarfile.open(target, "w") as out:
        for info in src:
            payload = src.extractfile(info).read()  # type: ignore[union-attr]
            if info.name == name:
                payload = data
            info.size = len(payload)
            import io

            out.addfile(info, io.BytesIO(payload))
    return target


@pytest.mark.slow
def test_a_damaged_archive_changes_nothing(filled: Settings, tmp_path: Path,
                                           embedder: Embedder) -> None:
    archive = tmp_path / "ok.tar"
    with Store.open(filled, embedder) as store:
        from repository.ops.backup import create_backup

        create_backup(store, archive)
    before = _state(filled, embedder)
    original = next(p.name for p in filled.originals_dir.iterdir())
    cases = {
        "edited record": ("records.jsonl", b'{"id": "x", "title": "X"}\n', "checksum"),
        "flipped original": (f"originals/{original}", b"not the file", "checksum"),
        "bad manifest": (MANIFEST, b"{", "no readable manifest"),
    }
    for label, (member, data, message) in cases.items():
        bad = _tampered(archive, tmp_path / f"{label}.tar", member, data)
        with pytest.raises(BackupError, match=message):
            restore(filled, bad, force=True, embedder=embedder)
        assert _state(filled, embedder) == before, label
    with pytest.raises(BackupError, match="not a backup archive"):
        restore(filled, tmp_path / "missing.tar", force=True, embedder=embedder)
    assert not [p for p in filled.data_dir.iterdir() if p.name.startswith((".restore", "store-"))]


def test_read_backup_refuses_paths_outside_the_archive(tmp_path: Path) -> None:
    evil = tmp_path / "evil.tar"
    with tarfile.open(evil, "w") as tar:
        (tmp_path / "x").write_text("x")
        tar.add(tmp_path / "x", arcname="../../etc/passwd")
    with pytest.raises(BackupError, match="unexpected member '../../etc/passwd'"):
        read_backup(evil, tmp_path / "staging")
    assert not (tmp_path / "etc").exists()


@pytest.mark.slow
def test_a_restore_killed_after_its_commit_point_is_finished_by_the_next_open(
    filled: Settings, tmp_path: Path, embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "b.tar"
    with Store.open(filled, embedder) as store:
        from repository.ops.backup import create_backup

        create_backup(store, archive)
    before = _state(filled, embedder)
    target = Settings(data_dir=tmp_path / "other")
    # the process "dies" right after writing its journal: nothing is switched yet
    monkeypatch.setattr("repository.ops.restore.finish_interrupted", lambda settings: False)
    restore(target, archive, embedder=embedder)
    assert (target.data_dir / JOURNAL).exists()
    assert not (target.data_dir / "originals").exists()
    monkeypatch.undo()
    with Store.open(target, embedder):  # search alone leaves the journal to the opener
        assert (target.data_dir / JOURNAL).exists()
    assert _state(target, embedder) == before  # open_store completed the switch
    assert not (target.data_dir / JOURNAL).exists()
    assert (target.data_dir / "originals").is_dir()
    assert finish_interrupted(target) is False
