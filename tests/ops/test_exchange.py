"""Export every field and restore it with import."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from repository.cli import app
from repository.config import Settings
from repository.errors import SheetError
from repository.ingest.pipeline import ingest
from repository.ops.exchange import import_jsonl, to_csv, to_jsonl
from repository.search.embedder import Embedder
from repository.search.store import Store
from tests.conftest import SHEETS


def test_jsonl_export_round_trips_through_import(store: Store, tmp_path: Path,
                                                 embedder: Embedder) -> None:
    ingest([SHEETS], store)
    exported = "".join(to_jsonl(store.records()))
    rows = [json.loads(line) for line in exported.splitlines()]
    assert len(rows) == 6
    assert {r["source"]["file"] for r in rows} >= {"mediation-quartiers.md"}
    assert all("objectives" in r and "budget" in r for r in rows)
    backup = tmp_path / "backup.jsonl"
    backup.write_text(exported)

    with Store.open(Settings(data_dir=tmp_path / "restored"), embedder) as restored:
        results = import_jsonl(restored, backup)
        assert {status for _, status in results} == {"added"}
        assert restored.get("mediation-quartiers") == store.get("mediation-quartiers")
        again = import_jsonl(restored, backup)
        assert {status for _, status in again} == {"unchanged"}


def test_csv_export_has_one_row_per_record_and_flat_columns(store: Store) -> None:
    ingest([SHEETS], store)
    rows = list(csv.DictReader(io.StringIO("".join(to_csv(store.records())))))
    assert len(rows) == 6
    row = next(r for r in rows if r["id"] == "prevencion-escolar")
    assert row["country"] == "ES" and row["themes"] == "schools; youth"
    assert row["source.file"] == "prevencion-escolar.md"
    assert "budget.amount" in row and "start.year" in row


def test_a_broken_export_line_is_refused_before_anything_is_written(
    store: Store, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "title": "A"}\n{"id": "b"}\n')
    with pytest.raises(SheetError, match=r"bad.jsonl: line 2: title: Field required"):
        import_jsonl(store, bad)
    assert store.count() == 0


def test_cli_export_filters_and_writes_a_file(tmp_path: Path) -> None:
    runner = CliRunner()
    runner.invoke(app, ["ingest", str(SHEETS)])
    out = tmp_path / "fr.jsonl"
    result = runner.invoke(app, ["export", "--country", "FR", "-o", str(out)])
    assert result.exit_code == 0, result.output
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert ids == ["mediation-quartiers"]


def test_get_many_keeps_the_order_given_and_skip_unknown_ids(store: Store) -> None:
    ingest([SHEETS], store)
    ids = ["night-safety-bars", "nope", "mediation-quartiers", "prevencion-escolar"]
    assert [p.id for p in store.get_many(ids)] == [
        "night-safety-bars", "mediation-quartiers", "prevencion-escolar"]
    assert store.get_many([]) == []
    assert store.get_many(["mediation-quartiers"])[0] == store.get("mediation-quartiers")


def test_an_empty_csv_export_still_names_every_column(store: Store) -> None:
    ingest([SHEETS], store)
    empty = "".join(to_csv([]))
    full = "".join(to_csv(store.records()))
    assert empty.splitlines() == full.splitlines()[:1]
    assert empty.startswith("id,kind,title,summary,language,translations,source.file,")
