"""A store remembers the model that built it and refuses another one, on both engines;
`repository reindex` rebuilds it with the configured model."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from repository.cli import app
from repository.config import Settings
from repository.errors import ModelMismatch
from repository.ops.reindex import reindex
from repository.search import index as ix
from repository.search.edge import MODEL_FILE
from repository.search.embedder import MINILM, USE_MULTILINGUAL, Embedder
from repository.search.request import parse_request
from repository.search.service import search
from repository.search.store import Store
from tests.search.sheets import practice

SHEETS = [
    practice("night-en", "Safe nights in bars", "Bar staff help guests who feel unsafe.",
             country="GB", themes=("nightlife",)),
    practice("mediation-fr", "Médiation sociale de nuit", "Des médiateurs parcourent les "
             "quartiers la nuit.", language="fr", country="FR"),
]
ENGINES = ["edge", "local"]


def _settings(engine: str, tmp_path: Path) -> Settings:
    url = f"local:{tmp_path / 'qdrant'}" if engine == "local" else None
    return Settings(data_dir=tmp_path / "var", qdrant_url=url)


@pytest.mark.slow
@pytest.mark.parametrize("engine", ENGINES)
def test_a_store_records_its_model_and_refuses_another_in_one_line(
    engine: str, tmp_path: Path, embedder: Embedder
) -> None:
    settings = _settings(engine, tmp_path)
    with Store.open(settings, embedder) as store:
        assert store.index.built_with() is None  # nothing built yet
        store.put_many(SHEETS)
        assert store.index.built_with() == ix.ModelRecord(MINILM, 384)
    with Store.open(settings, embedder) as again:  # the same model opens as before
        assert again.index.built_with() == ix.ModelRecord(MINILM, 384)

    other = Embedder(USE_MULTILINGUAL)
    with pytest.raises(ModelMismatch) as refused:
        Store.open(settings, other)
    message = str(refused.value)
    assert "\n" not in message
    where = (f"the store {settings.store_dir}" if engine == "edge"
             else "the collection 'practices'")
    assert message == (
        f"{where} was built with the embedding model bundled:all-MiniLM-L6-v2 "
        "(384 dimensions), but REPOSITORY_EMBEDDING_MODEL is bundled:use-multilingual: run "
        "`repository reindex` to rebuild it with the configured model, or set "
        "REPOSITORY_EMBEDDING_MODEL back to bundled:all-MiniLM-L6-v2.")
    # the refusal released the store: it opens again at once
    with Store.open(settings, embedder) as store:
        assert store.index.count(ix.Filter()) == 2


@pytest.mark.slow
@pytest.mark.parametrize("engine", ENGINES)
def test_reindex_with_the_new_model_rebuilds_and_records_it(
    engine: str, tmp_path: Path, embedder: Embedder, use_embedder: Embedder
) -> None:
    settings = _settings(engine, tmp_path)
    with Store.open(settings, embedder) as store:
        store.put_many(SHEETS)
    with Store.open(settings, use_embedder, check_model=False) as store:
        report = reindex(store)
        assert report.records == 2
        assert store.index.built_with() == ix.ModelRecord(USE_MULTILINGUAL, 512)
        hits = search(store, parse_request(q="médiation", mode="semantic")).hits
        assert hits[0].id == "mediation-fr"
    with Store.open(settings, use_embedder) as reopened:  # later opens accept it
        assert reopened.index.built_with() == ix.ModelRecord(USE_MULTILINGUAL, 512)
    with pytest.raises(ModelMismatch, match="built with the embedding model "
                       "bundled:use-multilingual \\(512 dimensions\\)"):
        Store.open(settings, embedder)


@pytest.mark.slow
def test_a_store_from_before_the_record_is_checked_by_width_and_adopted(
    tmp_path: Path, embedder: Embedder
) -> None:
    settings = _settings("edge", tmp_path)
    with Store.open(settings, embedder) as store:
        store.put_many(SHEETS[:1])
    (settings.store_dir / MODEL_FILE).unlink()  # as every store written before it
    with pytest.raises(ModelMismatch, match="was built with an unrecorded embedding model "
                       "of 384 dimensions, but REPOSITORY_EMBEDDING_MODEL is "
                       "bundled:use-multilingual: run `repository reindex`"):
        Store.open(settings, Embedder(USE_MULTILINGUAL))
    with Store.open(settings, embedder) as store:
        assert store.index.built_with() == ix.ModelRecord(None, 384)
        store.put_many(SHEETS[1:])  # the first write records the model it is made with
        assert store.index.built_with() == ix.ModelRecord(MINILM, 384)


@pytest.mark.slow
def test_the_cli_says_run_reindex_and_reindex_with_the_new_model_works(
    tmp_path: Path, embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = _settings("edge", tmp_path)
    with Store.open(settings, embedder) as store:
        store.put_many(SHEETS)
    monkeypatch.setenv("REPOSITORY_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("REPOSITORY_EMBEDDING_MODEL", USE_MULTILINGUAL)
    runner = CliRunner()

    refused = runner.invoke(app, ["search", "mediation"])
    assert refused.exit_code == 2
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: the store {settings.store_dir} "
                                                   "was built with the embedding model "
                                                   "bundled:all-MiniLM-L6-v2")
    assert "run `repository reindex`" in lines[0]

    rebuilt = runner.invoke(app, ["reindex"])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert "2 records reindexed into store-1" in rebuilt.stdout
    found = runner.invoke(app, ["search", "médiation", "--mode", "semantic", "--json"])
    assert found.exit_code == 0, found.output
    assert '"id": "mediation-fr"' in found.stdout
