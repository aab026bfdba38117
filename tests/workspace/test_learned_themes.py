"""REPOSITORY_THEME_INFERENCE reaches the semantic theme check of uploads and of the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from repository.cli import app
from repository.config import Settings, load_settings
from repository.search.embedder import Embedder
from repository.search.store import Store
from repository.workspace.sheets import Workspace
from repository.workspace.users import add_user

# a sheet written for this test, without theme keys
SHEET = b"""# Night outreach for drug users

## Context
Street workers meet heroin and cocaine users near the station every night.

## Activities
They hand out clean syringes, talk about overdose risks and refer people with an
addiction to treatment and harm reduction services.
"""
LEARNED = "learned from vocabulary words and meaning"


@pytest.mark.slow
@pytest.mark.parametrize(("inference", "note"), [("learned", LEARNED),
                                                 ("rules", "vocabulary words, checked by meaning")])
def test_an_upload_is_checked_the_way_the_setting_says(
        tmp_path: Path, use_embedder: Embedder, inference: str, note: str) -> None:
    settings = Settings(data_dir=tmp_path / "var", theme_inference=inference)
    with Store.open(settings, use_embedder) as store:
        workspace = Workspace.open(settings, store)
        try:
            editor = add_user(workspace.db, "ed@example.org", "long password 1", "editor")
            [draft] = workspace.upload([("outreach.md", SHEET)], editor).drafts
            record = store.get(draft["id"])
        finally:
            workspace.close()
    assert "drugs" in record.themes
    assert record.provenance["themes"].note == note


@pytest.mark.slow
def test_the_cli_ingest_uses_the_learned_model_when_asked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "outreach.md").write_bytes(SHEET)
    monkeypatch.setenv("REPOSITORY_THEME_INFERENCE", "learned")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--json"])
    assert result.exit_code == 0, result.output
    [item] = json.loads(result.stdout)["ingested"]
    with Store.open(load_settings()) as store:
        record = store.get(item["id"])
    assert "drugs" in record.themes
    assert record.provenance["themes"].note == LEARNED
