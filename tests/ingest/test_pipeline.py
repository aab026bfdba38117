"""Ingest runs: idempotent re-ingest, a failing file does not stop the batch."""

from __future__ import annotations

import shutil
from pathlib import Path

from repository.ingest.pipeline import find_sheets, ingest
from repository.search.index import Filter
from repository.search.store import Store
from tests.conftest import SHEETS


def _copy_sheets(tmp_path: Path) -> Path:
    folder = tmp_path / "sheets"
    shutil.copytree(SHEETS, folder)
    return folder


def test_reingesting_unchanged_files_changes_nothing(store: Store, tmp_path: Path) -> None:
    folder = _copy_sheets(tmp_path)
    first = ingest([folder], store)
    assert {r.status for r in first.ingested} == {"added"}
    assert store.index.count(Filter()) == len(first.ingested) == 6

    second = ingest([folder], store)
    assert [r.status for r in second.ingested] == ["unchanged"] * 6
    assert store.index.count(Filter()) == 6


def test_an_edited_file_is_updated_in_place(store: Store, tmp_path: Path) -> None:
    folder = _copy_sheets(tmp_path)
    ingest([folder], store)
    sheet = folder / "drug-consumption-room.md"
    sheet.write_text(sheet.read_text().replace("Nurses supervise", "Trained nurses supervise"))
    report = ingest([folder], store)
    statuses = {Path(r.file).name: r.status for r in report.ingested}
    assert statuses.pop("drug-consumption-room.md") == "updated"
    assert set(statuses.values()) == {"unchanged"}
    practice = store.get("drug-consumption-room")
    assert practice.activities and practice.activities.startswith("Trained nurses")
    assert store.index.count(Filter()) == 6


def test_bad_files_fail_alone_and_the_rest_is_ingested(store: Store, tmp_path: Path) -> None:
    folder = _copy_sheets(tmp_path)
    (folder / "empty.md").write_bytes(b"")
    (folder / "garbage.md").write_bytes(bytes(range(256)) * 4)
    report = ingest([folder], store)
    failed = {Path(r.file).name: r.error for r in report.failed}
    assert set(failed) == {"empty.md", "garbage.md"}
    assert all(error and error.startswith(str(folder)) for error in failed.values())
    assert len(report.ingested) == 6
    assert store.index.count(Filter()) == 6


def test_originals_are_kept_beside_the_store(store: Store, tmp_path: Path) -> None:
    folder = _copy_sheets(tmp_path)
    ingest([folder / "mediation-quartiers.md"], store)
    practice = store.get("mediation-quartiers")
    assert practice.source and practice.source.stored_as
    kept = store.settings.originals_dir / practice.source.stored_as
    assert kept.read_bytes() == (folder / "mediation-quartiers.md").read_bytes()
    assert practice.source.file == "mediation-quartiers.md"


def test_a_folder_readme_is_not_a_sheet(store: Store, tmp_path: Path) -> None:
    folder = _copy_sheets(tmp_path)
    (folder / "README.md").write_text("# About these sheets\n\nCounts and sources.\n")
    report = ingest([folder], store)
    assert all(Path(r.file).name != "README.md" for r in report.results)


def test_a_truth_file_beside_the_sheets_is_not_a_sheet(tmp_path: Path) -> None:
    folder = _copy_sheets(tmp_path)
    (folder / "truth.json").write_text('{"sheets": {}}')
    found = {p.name for p in find_sheets([folder])}
    assert "truth.json" not in found and "mediation-quartiers.md" in found


def test_a_file_over_the_time_limit_fails_alone_with_a_clear_error(
    store: Store, tmp_path: Path
) -> None:
    folder = _copy_sheets(tmp_path)
    slow = store.settings.model_copy(update={"file_timeout_s": 0.001})
    report = ingest([folder / "night-safety-bars.md"], Store(slow, store.index, store.embedder))
    assert report.failed and "reading took longer than 0.001 s" in (report.failed[0].error or "")
    assert report.failed[0].error.startswith(str(folder / "night-safety-bars.md"))
    assert store.index.count(Filter()) == 0
    again = ingest([folder], store)  # the normal limit: the batch goes through
    assert len(again.ingested) == 6 and not again.failed
