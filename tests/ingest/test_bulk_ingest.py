"""`repository ingest` of spreadsheets and exports into a real store: one sheet per row,
reported as file#row N, ids that never collide on a title, idempotent re-imports, a
changed row updated in place, and a 5,000-row file streamed in batches."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from repository.cli import app
from repository.config import Settings
from repository.ingest.pipeline import BATCH, ingest
from repository.model import Practice
from repository.search.embedder import Embedder, Part
from repository.search.store import Status, Store
from tests.ingest import spreadsheets as make

pytestmark = pytest.mark.slow  # a real store (and, but for the 5,000 rows, the real model)
runner = CliRunner()


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    for name, maker in make.FIXTURE_FILES.items():
        (folder / name).write_bytes(maker())
    return folder


def test_every_format_through_the_command_with_rows_in_the_report(
        tmp_path: Path, embedder: Embedder) -> None:
    folder = _folder(tmp_path)
    result = runner.invoke(app, ["ingest", str(folder), "--json"])
    assert result.exit_code == 1, result.output  # two rows are broken on purpose
    report = json.loads(result.stdout)
    files = {Path(i["file"]).name for i in report["ingested"]}
    assert {"inventaire-2024-05.csv#row 2", "cases-export.csv#row 5",
            "inventario_latin1.csv#row 3", "projekte-v2.xlsx#Projekte row 2",
            "projekte-v2.xlsx#Progetti row 3", "projetos.json#row 2", "buurt.jsonl#row 4"
            } <= files
    assert len(report["ingested"]) == 17
    assert sorted(Path(f["file"]).name for f in report["failed"]) == [
        "buurt.jsonl#row 3", "projetos.json#row 3"]
    tables = {Path(t["file"]).name: t for t in report["tables"]}
    assert tables["cases-export.csv"]["extra_columns"] == ["subsector", "technology"]
    # said once for the file, not once per row
    assert not any("kept as extra" in w for i in report["ingested"] for w in i["warnings"])

    human = runner.invoke(app, ["ingest", str(folder)])
    assert "unchanged" in human.stdout
    assert "cases-export.csv: 4 row(s); columns kept as extra fields: 'subsector', " \
           "'technology'" in human.stdout.replace("\n", "")
    assert "failed " + str(folder / "buurt.jsonl") + "#row 3: not JSON" in human.stdout


def test_repeated_titles_never_fail_and_keep_their_ids_at_a_re_import(
        tmp_path: Path, embedder: Embedder) -> None:
    folder = _folder(tmp_path)
    settings = Settings(data_dir=tmp_path / "var")
    with Store.open(settings, embedder) as store:
        first = ingest([folder / "cases-export.csv", folder / "inventaire-2024-05.csv"], store)
        again = ingest([folder / "cases-export.csv", folder / "inventaire-2024-05.csv"], store)
    assert not first.failed
    ids = [r.id for r in first.results]
    assert len(set(ids)) == len(ids) == 7
    assert {"summary", "resume"} <= set(ids)
    assert sum(i.startswith("summary-") for i in ids) == 1
    assert [r.id for r in again.results] == ids
    assert {r.status for r in again.results} == {"unchanged"}


def test_the_next_version_of_an_export_updates_its_rows_in_place(
        tmp_path: Path, embedder: Embedder) -> None:
    settings = Settings(data_dir=tmp_path / "var")
    first_file = tmp_path / "cases-2024-05.csv"
    first_file.write_bytes(make.english_csv())
    rows = [list(r) for r in make.EN_ROWS]
    rows[3][1] = "The Bristol reporting centre now also takes reports by phone."
    rows.insert(0, rows.pop(2))  # and the rows come in another order
    next_file = tmp_path / "cases-2024-06.csv"
    next_file.write_bytes(make.csv_bytes(make.EN_HEADERS, rows))
    with Store.open(settings, embedder) as store:
        first = {r.id: r.status for r in ingest([first_file], store).results}
        second = ingest([next_file], store)
        statuses = {r.id: r.status for r in second.results}
        bristol = [store.get(i) for i in statuses if i.startswith("summary")]
        total = store.count()
    assert set(statuses) == set(first)  # the same records, no duplicate
    assert total == 4
    assert sorted(statuses.values()) == ["unchanged", "unchanged", "unchanged", "updated"]
    changed = next(p for p in bristol if p.city == "Bristol")
    assert statuses[changed.id] == "updated" and "phone" in (changed.summary or "")
    assert changed.source.file == "cases-2024-06.csv" and changed.source.export == "cases"


def test_two_files_with_the_same_title_are_both_ingested(tmp_path: Path,
                                                         embedder: Embedder) -> None:
    """Issue 16: a repeated title used to fail the later sheet ("id … is already used")."""
    folder = tmp_path / "sheets"
    folder.mkdir()
    for name, city in (("a.md", "Lyon"), ("b.md", "Porto")):
        (folder / name).write_text(f"# Summary\n\nNight mediators in {city} calm streets.\n\n"
                                   "## Activities\n\nThey walk the old town at night.\n",
                                   encoding="utf-8")
    with Store.open(Settings(data_dir=tmp_path / "var"), embedder) as store:
        first = ingest([folder], store)
        again = ingest([folder], store)
    assert not first.failed
    assert [r.id for r in first.results] == ["summary", "summary-" + hashlib.sha1(
        b"file:b.md").hexdigest()[:6]]
    assert [r.id for r in again.results] == [r.id for r in first.results]
    assert {r.status for r in again.results} == {"unchanged"}


def test_a_country_named_in_the_prose_under_a_heading_is_found(tmp_path: Path) -> None:
    """Issue 16: 8 of 99 Markdown records got their country when the sentence naming it
    was under a heading rather than the opening paragraph."""
    from repository.ingest.pipeline import read_practice

    sheet = tmp_path / "ciphers.md"
    sheet.write_text("# Symmetric Ciphers\n\n## Summary\n\nCorresponding author: J. Doe\n\n"
                     "## Description\n\nThe project trained municipal IT staff in Finland to "
                     "encrypt case records held by the social services.\n", encoding="utf-8")
    practice, _, _ = read_practice(sheet, Settings(data_dir=tmp_path / "var"))
    assert practice.country == "FI"
    assert "sport" not in practice.themes


class HashEmbedder:
    """Deterministic vectors from a text's hash: the 5,000-row test is about plumbing
    (batches, progress, idempotence), not ranking."""

    name = "test:hash-32"
    dim = 32
    parts = (Part(name, dim, 1.0, 0, dim),)  # one model: its rows are the index's rows

    def split(self, rows: np.ndarray) -> list[np.ndarray]:
        return [np.asarray(rows, dtype=np.float32)]

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        rows = [np.frombuffer(hashlib.sha256(t.encode()).digest(), dtype=np.uint8)[:32]
                for t in texts]
        vectors = np.array(rows, dtype=np.float32) + 1.0
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)

    embed_queries = embed_documents


class CountingStore(Store):
    """The real store, remembering how many records each write carried."""

    batches: list[int]

    def put_many(self, practices: Iterable[Practice]) -> list[Status]:
        items = list(practices)
        self.batches.append(len(items))
        return super().put_many(items)


@pytest.mark.timeout(1200)
def test_five_thousand_rows_stream_in_batches_with_progress(tmp_path: Path) -> None:
    export = tmp_path / "inventory-2024.csv"
    export.write_bytes(make.big_csv(5000))
    settings = Settings(data_dir=tmp_path / "var")
    store = CountingStore.open(settings, HashEmbedder())  # type: ignore[arg-type]
    store.batches = []
    done: list[str] = []
    grown: list[int] = []
    with store:
        report = ingest([export], store, progress=lambda r: done.append(r.file),
                        grow=grown.append)
        assert not report.failed, report.failed[:3]
        assert len(report.results) == len(done) == 5000 and grown == [4999]
        assert max(store.batches) <= BATCH and sum(store.batches) == 5000
        ids = [r.id for r in report.results]
        assert len(set(ids)) == 5000 and ids[0] == "inv-00001"  # the Ref column
        assert store.count() == 5000
        again = ingest([export], store)
    assert {r.status for r in again.results} == {"unchanged"}
    assert report.tables[0].rows == 5000


def test_a_workbook_of_one_sheet_as_field_value_pairs_is_one_record(
        tmp_path: Path, embedder: Embedder) -> None:
    header, pairs = make.FIELD_VALUE_SHEETS["de"]
    path = tmp_path / "sicherheitspartnerschaft.xlsx"
    path.write_bytes(make.field_value_xlsx(header, pairs))
    result = runner.invoke(app, ["ingest", str(path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [Path(i["file"]).name for i in report["ingested"]] == [
        "sicherheitspartnerschaft.xlsx#rows 2–7"]
    assert report["tables"][0]["columns"]["Ausgangslage"] == "context"
    found = runner.invoke(app, ["search", "Bahnhof Drogenhandel", "--json"])
    hits = json.loads(found.stdout)["hits"]
    assert [h["title"] for h in hits][:1] == ["Sicherheitspartnerschaft im Bahnhofsviertel"]
    assert hits[0]["city"] == "Frankfurt"
