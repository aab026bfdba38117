"""Purging a sheet removes its kept original unless another sheet (live, or in the
workspace history) names the same file, and the backup/restore drill still round-trips."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from repository.config import Settings
from repository.ops.backup import create_backup
from repository.ops.exchange import to_jsonl
from repository.ops.restore import restore
from repository.search.embedder import Embedder
from repository.search.store import Store
from tests.workspace.conftest import INGEST_GOOD

pytestmark = pytest.mark.slow  # a real store and model behind the app


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _upload(client: TestClient, token: str, name: str, as_name: str | None = None) -> str:
    response = client.post("/api/workspace/uploads", headers=_bearer(token), files=[
        ("files", (as_name or name, (INGEST_GOOD / name).read_bytes()))])
    return str(response.json()["drafts"][0]["id"])


def _original(client: TestClient, token: str, sheet_id: str) -> str:
    sheet: dict[str, Any] = client.get(f"/api/workspace/sheets/{sheet_id}",
                                       headers=_bearer(token)).json()
    return str(sheet["record"]["source"]["stored_as"])


def _purge(client: TestClient, admin_token: str, sheet_id: str) -> None:
    for url in (f"/api/workspace/sheets/{sheet_id}",
                f"/api/workspace/sheets/{sheet_id}?purge=true"):
        assert client.delete(url, headers=_bearer(admin_token)).status_code == 200


def test_purge_removes_an_original_nobody_else_names_and_the_drill_round_trips(
        app_client: TestClient, token: str, admin_token: str, ws_settings: Settings,
        embedder: Embedder, tmp_path: Path) -> None:
    kept = ws_settings.originals_dir
    first = _upload(app_client, token, "night-mediators-lyon.pdf")
    copy = _upload(app_client, token, "night-mediators-lyon.pdf", "lyon-copy.pdf")  # same bytes
    alone = _upload(app_client, token, "street-pastors.txt")
    shared, own = _original(app_client, token, first), _original(app_client, token, alone)
    assert copy != first and _original(app_client, token, copy) == shared  # one file, two sheets
    ingested = _original(app_client, token, "night-safety-bars")  # from the CLI, index only
    assert (kept / shared).exists() and (kept / own).exists() and (kept / ingested).exists()

    _purge(app_client, admin_token, copy)
    assert (kept / shared).exists()  # the first sheet still names it
    _purge(app_client, admin_token, alone)
    _purge(app_client, admin_token, "night-safety-bars")
    assert not (kept / own).exists() and not (kept / ingested).exists()
    _purge(app_client, admin_token, first)
    assert not (kept / shared).exists()  # the last sheet naming it is gone
    left = sorted(p.name for p in kept.iterdir())
    assert left == [_original(app_client, token, "mediation-quartiers")]

    store: Store = app_client.app.state.store  # type: ignore[attr-defined]
    archive = tmp_path / "backup.tar"
    create_backup(store, archive)
    before = "".join(to_jsonl(store.records()))
    again = Settings(data_dir=tmp_path / "restored")
    report = restore(again, archive, embedder=embedder)
    assert report.warnings == [] and report.originals == len(left) == 1
    assert sorted(p.name for p in again.originals_dir.iterdir()) == left
    with Store.open(again, embedder) as restored:
        assert "".join(to_jsonl(restored.records())) == before
