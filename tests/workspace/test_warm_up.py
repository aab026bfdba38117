"""The server warms up at start-up (the model and the reading worker), so that the first
upload of one small sheet does not wait ~10 s for them; an app built for tests does not."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient

from repository.config import Settings
from repository.search.embedder import Embedder
from repository.search.store import Store
from repository.web.app import create_app


def _reader_started(client: TestClient) -> bool:
    reader = client.app.state.workspace._reader  # type: ignore[attr-defined]
    return reader._pool is not None


def test_a_served_app_starts_the_reading_worker_at_start_up(ws_settings: Settings,
                                                            embedder: Embedder) -> None:
    store = Store.open(ws_settings, embedder)
    try:
        with TestClient(create_app(ws_settings, store, warm=True)) as client:
            deadline = time.monotonic() + 300  # a wait, not a timing: the machine may be busy
            while not _reader_started(client) and time.monotonic() < deadline:
                time.sleep(0.2)
            assert _reader_started(client)
            assert client.get("/workspace/login").status_code == 200
    finally:
        store.close()


def test_an_app_without_warm_up_starts_no_worker(ws_settings: Settings,
                                                 embedder: Embedder) -> None:
    store = Store.open(ws_settings, embedder)
    try:
        with TestClient(create_app(ws_settings, store)) as client:
            assert client.get("/workspace/login").status_code == 200
            assert not _reader_started(client)
    finally:
        store.close()


def test_warm_up_loads_the_search_path_then_says_it_is_ready(ws_settings: Settings,
                                                             embedder: Embedder) -> None:
    ready: list[float] = []
    store = Store.open(ws_settings, embedder)
    try:
        with TestClient(create_app(ws_settings, store, warm=True,
                                   on_ready=ready.append)) as client:
            deadline = time.monotonic() + 300  # a wait, not a timing
            while not ready and time.monotonic() < deadline:
                time.sleep(0.2)
            assert len(ready) == 1 and ready[0] > 0
            # what the first search would otherwise load is loaded, and the reader runs
            assert "speller" in vars(store)
            assert "encoder" in vars(store.embedder)
            assert _reader_started(client)
            assert client.get("/?q=warm").status_code == 200
    finally:
        store.close()
