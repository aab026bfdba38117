"""An upload and its publication encode each text of the sheet once: the semantic theme
check, the index write of the draft and the index write of the published sheet share
the vectors (`embedder/cache.py`). Counted at the real model, wrapped."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np

from repository.config import Settings
from repository.ingest.normalise.theme_semantic import theme_descriptions
from repository.ingest.pipeline import ingest
from repository.ingest.themes_pass import semantic_themes
from repository.search.embedder import Embedder
from repository.search.store import Store
from repository.workspace.sheets import Workspace
from repository.workspace.users import add_user

GOOD = Path(__file__).resolve().parent.parent / "fixtures" / "ingest" / "good"


class CountingEncoder:
    """A loaded model that counts every text it is asked to encode."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.name, self.dim = inner.name, inner.dim  # type: ignore[attr-defined]
        self.documents: Counter[str] = Counter()

    def encode_document(self, texts: list[str]) -> np.ndarray:
        self.documents.update(texts)
        return self.inner.encode_document(texts)  # type: ignore[attr-defined, no-any-return]

    def encode_query(self, texts: list[str]) -> np.ndarray:
        return self.inner.encode_query(texts)  # type: ignore[attr-defined, no-any-return]


def counting(model: Embedder) -> tuple[Embedder, CountingEncoder]:
    """A fresh embedder (empty cache) over the loaded model, counting at the model."""
    fresh = Embedder(model.spec)
    wrapped = CountingEncoder(model.encoder)
    fresh.__dict__["encoder"] = wrapped
    return fresh, wrapped


def test_the_same_documents_are_encoded_once_and_give_the_same_rows(
        use_embedder: Embedder) -> None:
    fresh, wrapped = counting(use_embedder)
    texts = ["Night buses for young people", "Médiateurs de nuit dans les quartiers"]
    first = fresh.encode_document(texts)
    again = fresh.encode_document([texts[1], "Neue Straßenbeleuchtung", texts[0]])
    assert wrapped.documents == Counter({texts[0]: 1, texts[1]: 1,
                                         "Neue Straßenbeleuchtung": 1})
    np.testing.assert_array_equal(again[0], first[1])
    np.testing.assert_array_equal(again[2], first[0])
    np.testing.assert_allclose(np.linalg.norm(again, axis=1), 1.0, rtol=1e-5)
    np.testing.assert_allclose(first, use_embedder.encoder.encode_document(texts), atol=1e-5)


def test_the_cache_keeps_only_the_texts_encoded_last(use_embedder: Embedder) -> None:
    fresh, wrapped = counting(use_embedder)
    fresh.documents.size = 2
    fresh.encode_document(["one", "two", "three"])
    assert len(fresh.documents) == 2
    fresh.encode_document(["one"])  # pushed out by "three": encoded again
    assert wrapped.documents["one"] == 2


def test_ingest_with_the_theme_check_encodes_each_passage_once(
        tmp_path: Path, use_embedder: Embedder) -> None:
    """The theme check reads a sheet by the index's passages: besides the theme
    descriptions (encoded once per run), only the index's texts are encoded, once."""
    settings = Settings(data_dir=tmp_path / "var")
    fresh, wrapped = counting(use_embedder)
    with Store.open(settings, fresh) as store:
        report = ingest([GOOD / "street-pastors.txt"], store,
                        themes=semantic_themes(store.theme_encoder, store.passage_parts))
        record = store.get(report.ingested[0].id)
        indexed = set(store.index_texts(record))
    assert record.themes
    descriptions = {t for texts in theme_descriptions().values() for t in texts}
    assert set(wrapped.documents) - descriptions == indexed
    assert set(wrapped.documents.values()) == {1}


def test_an_upload_is_encoded_in_the_worker_and_its_publication_encodes_nothing(
        tmp_path: Path, use_embedder: Embedder) -> None:
    settings = Settings(data_dir=tmp_path / "var")
    fresh, wrapped = counting(use_embedder)
    with Store.open(settings, fresh) as store:
        workspace = Workspace.open(settings, store)
        try:
            editor = add_user(workspace.db, "ed@example.org", "long password 1", "editor")
            report = workspace.upload([("street-pastors.txt",
                                        (GOOD / "street-pastors.txt").read_bytes())], editor)
            [draft] = report.drafts
            after_upload = Counter(wrapped.documents)
            workspace.publish(draft["id"], editor)
            record = store.get(draft["id"])
            stored = store.index.retrieve([draft["id"]], with_vectors=True)[0]["_vectors"]
            indexed = store.index_texts(record)
        finally:
            workspace.close()
    assert record.publication == "published" and record.themes
    assert wrapped.documents == after_upload  # publishing encoded nothing
    # the server's process encoded none of the sheet's texts: the worker did, with the
    # same model, and the index holds those rows
    assert not set(indexed) & set(wrapped.documents)
    # the store keeps them in float16 (REPOSITORY_VECTOR_STORAGE): equal to half precision
    np.testing.assert_allclose(stored["doc"], use_embedder.encode_document(indexed[:1])[0],
                               atol=1e-4)
