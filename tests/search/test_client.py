"""The qdrant-client adapter finds its collection behind an alias, as `reindex` leaves it."""

from __future__ import annotations

import pytest
from qdrant_client import models

from repository.search import index as ix
from repository.search.client import ClientIndex


def _server_like(index: ClientIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make `collection_exists` see real collections only, as a server may do."""
    client = index.client

    def exists(name: str) -> bool:
        return name in {c.name for c in client.get_collections().collections}

    monkeypatch.setattr(client, "collection_exists", exists)


def test_an_aliased_collection_exists_and_is_not_created_again(
        monkeypatch: pytest.MonkeyPatch) -> None:
    index = ClientIndex(":memory:", "practices")
    try:
        index.client.create_collection(
            "practices-1", vectors_config={ix.DOC: models.VectorParams(
                size=2, distance=models.Distance.COSINE)})
        index.client.update_collection_aliases(change_aliases_operations=[
            models.CreateAliasOperation(create_alias=models.CreateAlias(
                collection_name="practices-1", alias_name="practices"))])
        _server_like(index, monkeypatch)
        minilm = "bundled:all-MiniLM-L6-v2"
        index.ensure_schema(ix.ModelRecord(minilm, 2, (ix.EncoderRecord(minilm, 2),)))
        names = [c.name for c in index.client.get_collections().collections]
        assert names == ["practices-1"]
        assert index.count(ix.Filter()) == 0 and index._exists()
    finally:
        index.close()


def test_a_missing_collection_does_not_exist(monkeypatch: pytest.MonkeyPatch) -> None:
    index = ClientIndex(":memory:", "practices")
    try:
        _server_like(index, monkeypatch)
        assert not index._exists()
    finally:
        index.close()
