"""Damaged copies of real sample files, uploaded with good ones: each damaged file fails
alone with a sentence naming it, every good file becomes a draft, and the server never
answers 5xx — through the API and the upload page (mutations from tests/fuzz.py)."""

from __future__ import annotations

import html
import re

import pytest
from fastapi.testclient import TestClient

from repository.config import Settings
from tests.fuzz import SEED, TABLE_FORMATS, mutants, seed_files, tally_for
from tests.ingest.test_fuzz import assert_one_sentence

pytestmark = pytest.mark.slow  # a real store and model behind the app
PER_FORMAT = 5


def test_damaged_uploads_fail_alone_and_good_ones_become_drafts(
        app_client: TestClient, token: str, ws_settings: Settings) -> None:
    good = [(paths[0].name, paths[0].read_bytes()) for paths in seed_files().values()]
    batch = list(mutants(PER_FORMAT, SEED + 2))
    tally = tally_for("POST /api/workspace/uploads (good files mixed in)", batch)
    files = good + [(m.name, m.data) for m in batch]
    size = ws_settings.max_upload_files
    statuses, drafts, failed = [], {}, {}
    for start in range(0, len(files), size):
        chunk = files[start:start + size]
        response = app_client.post("/api/workspace/uploads",
                                   files=[("files", item) for item in chunk],
                                   headers={"Authorization": f"Bearer {token}"})
        statuses.append(response.status_code)
        if response.status_code != 200:
            continue
        report = response.json()
        drafts.update({d["file"]: d for d in report["drafts"]})
        failed.update({f["file"]: f["error"] for f in report["failed"]})
        assert len(report["drafts"]) + len(report["failed"]) == len(chunk)
    assert statuses == [200] * len(statuses)  # no 5xx, no batch refused
    for name, _ in good:
        assert name in drafts, failed.get(name)
    for name, error in failed.items():
        assert_one_sentence(error, name)
    tally.refused = len(failed)
    tally.read = len(batch) - len(failed)
    assert failed
    assert not (ws_settings.data_dir / "uploads").exists()  # uploads are read from memory


def test_the_upload_page_lists_each_damaged_file_with_its_reason(
        app_client: TestClient, admin: str) -> None:
    batch = [m for m in mutants(2, SEED + 3) if m.format in ("docx", "pdf", "html")]
    response = app_client.post("/workspace/upload", data={"csrf": admin},
                               files=[("files", (m.name, m.data)) for m in batch])
    assert response.status_code == 200
    page = html.unescape(re.sub(r"\s+", " ", response.text))
    named = [m.name for m in batch if m.name in page]
    assert len(named) == len(batch)


def test_damaged_spreadsheets_fail_whole_or_row_by_row_through_the_api(
        app_client: TestClient, token: str) -> None:
    batch = list(mutants(3, SEED + 4, TABLE_FORMATS))
    tally = tally_for("POST /api/workspace/uploads of tables", batch)
    for mutant in batch:
        response = app_client.post("/api/workspace/uploads",
                                   files=[("files", (mutant.name, mutant.data))],
                                   headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200, response.text  # never a 5xx
        report = response.json()
        entries = [*report["drafts"], *report["failed"]]
        assert entries, mutant.name  # the file or each of its rows is accounted for
        for entry in entries:
            assert entry["file"] == mutant.name or entry["file"].startswith(mutant.name + "#")
        for failure in report["failed"]:
            assert_one_sentence(failure["error"], failure["file"])
        whole = [f for f in report["failed"] if f["file"] == mutant.name]
        tally.refused += bool(whole)
        tally.read += not whole
