"""Reindex builds a new generation beside the live one and switches; search never stops."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from repository.config import LIVE_POINTER, Settings
from repository.ingest.pipeline import ingest
from repository.ops.reindex import delta, reindex
from repository.search.embedder import Embedder
from repository.search.index import Filter
from repository.search.request import parse_request
from repository.search.service import search
from repository.search.store import Store
from tests.conftest import SHEETS

QUERIES = ["helping people harassed in bars at night", "drugs", "médiation sociale", ""]


def _answers(store: Store) -> list[list[tuple[float, str]]]:
    """Hits of each query as (score, id); ties (equal RRF scores) in id order, as neither
    engine promises an order among them."""
    return [sorted((-round(h.score, 4), h.id) for h in search(store, parse_request(q=q)).hits)
            for q in QUERIES]


def test_delta_writes_new_and_changed_records_and_deletes_gone_ones() -> None:
    live = {"a": "1", "b": "2", "c": "3"}
    built = {"a": "1", "b": "old", "z": "9"}
    assert delta(live, built) == (["b", "c"], ["z"])
    assert delta(live, live) == ([], [])


@pytest.mark.slow
def test_search_keeps_answering_while_reindex_switches_generations(
    tmp_path: Path, embedder: Embedder
) -> None:
    settings = Settings(data_dir=tmp_path / "var")
    with Store.open(settings, embedder) as store:
        assert not ingest([SHEETS], store).failed
        before = _answers(store)
        answers: list[list[list[tuple[float, str]]]] = []
        errors: list[BaseException] = []
        done = threading.Event()

        def searcher() -> None:
            while not done.is_set():
                try:
                    answers.append(_answers(store))
                except BaseException as exc:  # noqa: BLE001 - any error fails the test
                    errors.append(exc)

        thread = threading.Thread(target=searcher)
        thread.start()
        try:
            report = reindex(store)
            time.sleep(0.3)  # a few searches on the new generation too
        finally:
            done.set()
            thread.join()

        assert errors == []
        assert len(answers) >= 3
        assert [a for a in answers if a != before] == []
        assert report.generation == "store-1" and report.records == 6
        assert (settings.data_dir / LIVE_POINTER).read_text().strip() == "store-1"
        assert settings.store_dir == settings.data_dir / "store-1"
        assert not (settings.data_dir / "store").exists()  # the old generation is gone
        assert _answers(store) == before
    with Store.open(settings, embedder) as reopened:  # later processes follow the pointer
        assert _answers(reopened) == before
        assert reindex(reopened).generation == "store-2"
        assert sorted(p.name for p in settings.data_dir.iterdir() if p.is_dir()
                      and p.name.startswith("store")) == ["store-2"]


@pytest.mark.slow
def test_writes_during_a_reindex_are_in_the_new_generation(
    tmp_path: Path, embedder: Embedder
) -> None:
    settings = Settings(data_dir=tmp_path / "var")
    with Store.open(settings, embedder) as store:
        assert not ingest([SHEETS], store).failed
        changed = store.get("night-safety-bars").model_copy(update={"title": "Angela asks"})
        gone = "neighbourhood-watch-in-rotterdam"
        calls = 0

        def progress(done: int, total: int) -> None:  # a write lands mid-rebuild
            nonlocal calls
            calls += 1
            if calls == 1:
                store.put_many([changed])
                store.delete([gone])

        report = reindex(store, progress=progress)
        assert report.records == 5
        assert store.get("night-safety-bars").title == "Angela asks"
        assert store.index.retrieve([gone]) == []


@pytest.mark.slow
def test_a_killed_reindex_leaves_the_live_generation_untouched(
    tmp_path: Path, embedder: Embedder
) -> None:
    data_dir = tmp_path / "var"
    settings = Settings(data_dir=data_dir)
    with Store.open(settings, embedder) as store:
        assert not ingest([SHEETS], store).failed
        before = _answers(store)
    env = {**os.environ, "REPOSITORY_DATA_DIR": str(data_dir),
           "REPOSITORY_EMBEDDING_MODEL": embedder.name}  # the model that built it
    worker = subprocess.Popen([sys.executable, "-m", "repository", "reindex", "--batch", "1"],
                              env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert worker.stderr is not None
    line = worker.stderr.readline()  # the first record is in the new generation
    assert line.startswith("reindexed 1/"), line
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    worker.stderr.close()

    assert (data_dir / "store-1" / "shard").exists()  # half-built, never live
    assert not (data_dir / LIVE_POINTER).exists()
    with Store.open(settings, embedder) as store:
        assert store.index.count(Filter()) == 6
        assert _answers(store) == before
        report = reindex(store)  # the next reindex clears the leftover and finishes
        assert report.records == 6
        assert _answers(store) == before
    generations = sorted(p.name for p in data_dir.iterdir() if p.name.startswith("store"))
    assert generations == [report.generation, LIVE_POINTER]


@pytest.mark.slow
def test_reindex_on_qdrant_client_switches_the_collection_alias(
    tmp_path: Path, embedder: Embedder
) -> None:
    from repository.search.generations import resolve_alias

    settings = Settings(data_dir=tmp_path / "var", qdrant_url=f"local:{tmp_path / 'qdrant'}")
    with Store.open(settings, embedder) as store:
        assert not ingest([SHEETS], store).failed
        before = _answers(store)
        client = store.index.client  # type: ignore[attr-defined]
        assert reindex(store).generation == "practices-1"  # plain collection → alias
        assert resolve_alias(client, "practices") == "practices-1"
        assert reindex(store).generation == "practices-2"
        assert resolve_alias(client, "practices") == "practices-2"
        assert [c.name for c in client.get_collections().collections] == ["practices-2"]
        assert _answers(store) == before
