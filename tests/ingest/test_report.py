"""`repository ingest` prints a summary whatever the batch size: counts, a line per failed
file, warnings counted by kind. `--verbose` lists every file and warning; `--json` keeps
every warning per file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from repository.cli import app
from repository.search import store as store_module
from repository.search.embedder import Embedder
from tests.conftest import SHEETS

runner = CliRunner()


@pytest.fixture
def batch(tmp_path: Path, embedder: Embedder, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fixture sheets plus one failing file; the CLI shares the session's model."""
    monkeypatch.setattr(store_module, "Embedder", lambda *args, **kwargs: embedder)
    folder = tmp_path / "sheets"
    shutil.copytree(SHEETS, folder)
    (folder / "broken.md").write_bytes(b"\xff\xfe\x00garbage")
    return folder


def test_the_summary_counts_warnings_by_kind_instead_of_listing_them(batch: Path) -> None:
    result = runner.invoke(app, ["ingest", str(batch)], env={"COLUMNS": "60"})
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert [line for line in lines if line.startswith("failed ")] == [
        f"failed {batch / 'broken.md'}: binary content, not a text sheet"]  # one line, unwrapped
    assert not [line for line in lines if line.startswith("warning ")]
    assert ("1 warning(s) on 1 sheet(s): sections kept as extra (1). --verbose lists each "
            "one; --json gives them per file.") in lines
    assert "✓" not in result.stderr  # no line per file unless asked


def test_verbose_lists_every_file_and_every_warning(batch: Path) -> None:
    result = runner.invoke(app, ["ingest", str(batch), "--verbose"])
    warnings = [line for line in result.stdout.splitlines() if line.startswith("warning ")]
    assert warnings == [
        f"warning {batch / 'unknown-headings.md'}: sections kept as extra: "
        "'Anecdotes from the coaches'"]
    assert result.stderr.count("✓") == 6 and result.stderr.count("✗") == 1


def test_json_keeps_every_warning_per_file(batch: Path) -> None:
    report = json.loads(runner.invoke(app, ["ingest", str(batch), "--json"]).stdout)
    warned = {Path(r["file"]).name: r["warnings"] for r in report["ingested"] if r["warnings"]}
    assert warned == {"unknown-headings.md": ["sections kept as extra: "
                                              "'Anecdotes from the coaches'"]}
