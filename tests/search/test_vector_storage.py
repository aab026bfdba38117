"""How the embedded store keeps its dense vectors (`Settings.vector_storage`): new stores
take float16 vectors (or 8-bit TurboQuant ones) and rank as exact ones do; a store from
before the setting (float32) keeps its vectors, its answers and its writes under the new
default."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from repository.config import Settings
from repository.ingest.pipeline import ingest
from repository.ops.reindex import reindex
from repository.search.embedder import Embedder
from repository.search.request import parse_request
from repository.search.service import search
from repository.search.store import Store
from tests.conftest import SHEETS

# one query per language, each about a fixture sheet of another language or its own
QUERIES = {
    "en": "helping people harassed in bars at night",
    "fr": "médiation sociale dans les quartiers",
    "es": "prevención del acoso escolar",
    "de": "betreuter Drogenkonsumraum gegen Überdosis",
    "it": "sport notturno per i giovani",
    "pt": "vigilância de bairro contra assaltos",
    "nl": "bemiddeling bij burenruzies",
}


def _datatypes(settings: Settings) -> set[str]:
    """The datatype of each dense vector of the live store, as the engine recorded it
    (none recorded: the engine's default, float32)."""
    config = json.loads((settings.store_dir / "shard" / "edge_config.json").read_text())
    return {v.get("datatype", "float32") for v in config["vectors"].values()}


def _answers(store: Store) -> dict[str, list[tuple[str, float]]]:
    return {lang: [(h.id, h.score) for h in search(store, parse_request(q=q), log=False).hits]
            for lang, q in QUERIES.items()}


COMPACT = ("float16", "turbo8")


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory,
           default_embedder: Embedder) -> Iterator[dict[str, Store]]:
    """The fixture sheets in an exact (float32) store, a default one and each compact one."""
    root = tmp_path_factory.mktemp("storage")
    out = {"default": Store.open(Settings(data_dir=root / "default"), default_embedder)}
    for storage in ("float32", *COMPACT):
        out[storage] = Store.open(Settings(data_dir=root / storage, vector_storage=storage),
                                  default_embedder)
    for store in out.values():
        assert not ingest([SHEETS], store).failed
    yield out
    for store in out.values():
        store.close()


def test_a_new_store_keeps_the_configured_vectors(stores: dict[str, Store]) -> None:
    assert _datatypes(stores["default"].settings) == {"float16"}
    for storage in ("float32", *COMPACT):
        assert _datatypes(stores[storage].settings) == {storage}


@pytest.mark.parametrize("storage", COMPACT)
@pytest.mark.parametrize("lang", sorted(QUERIES))
def test_compact_vectors_find_and_rank_what_exact_ones_do(stores: dict[str, Store],
                                                          storage: str, lang: str) -> None:
    exact, compact = stores["float32"], stores[storage]
    request = parse_request(q=QUERIES[lang])
    a, b = search(exact, request, log=False), search(compact, request, log=False)
    assert a.hits, QUERIES[lang]
    assert a.hits[0].id == b.hits[0].id, ([(h.id, h.score) for h in a.hits],
                                          [(h.id, h.score) for h in b.hits])
    scores = {h.id: h.score for h in b.hits}
    for hit in a.hits:  # cosines within ~0.001, so fused scores within a few thousandths
        if hit.id in scores:
            assert scores[hit.id] == pytest.approx(hit.score, abs=0.01), hit.id
    # a sheet whose cosine sits on a result-set cut may fall either side of it
    assert abs(a.total - b.total) <= 1, ([(h.id, h.score) for h in a.hits],
                                         [(h.id, h.score) for h in b.hits])


def test_a_float32_store_from_before_keeps_its_vectors_answers_and_writes(
        tmp_path: Path, default_embedder: Embedder) -> None:
    first = sorted(SHEETS.glob("*.md"))[:3]
    later = sorted(SHEETS.glob("*.md"))[3:]
    before = Settings(data_dir=tmp_path / "var", vector_storage="float32")  # as every store was
    with Store.open(before, default_embedder) as store:
        assert not ingest(first, store).failed
        answers = _answers(store)
    now = Settings(data_dir=tmp_path / "var")  # the new default: float16
    with Store.open(now, default_embedder) as store:
        assert _answers(store) == answers
        assert not ingest(later, store).failed
        assert store.count() == len(first) + len(later)
        hits = search(store, parse_request(q="prevención del acoso escolar"), log=False).hits
        assert hits and hits[0].id == "prevencion-escolar"
    assert _datatypes(now) == {"float32"}


def test_reindex_gives_a_store_the_configured_vectors(tmp_path: Path,
                                                       default_embedder: Embedder) -> None:
    with Store.open(Settings(data_dir=tmp_path / "var", vector_storage="float32"),
                    default_embedder) as store:
        assert not ingest([SHEETS], store).failed
        exact = _answers(store)
    now = Settings(data_dir=tmp_path / "var")
    with Store.open(now, default_embedder) as store:
        reindex(store)
    assert _datatypes(now) == {"float16"}
    with Store.open(now, default_embedder) as store:
        compact = _answers(store)
    for lang, hits in exact.items():
        assert [i for i, _ in compact[lang]][:1] == [i for i, _ in hits][:1], lang
