"""Both engines behind one interface: same rankings, same facet counts, for one encoder
and for a joined setting (each encoder its own named vectors)."""

from __future__ import annotations

from pathlib import Path

import pytest

from repository.config import Settings
from repository.ingest.pipeline import ingest
from repository.search.embedder import MINILM, USE_MULTILINGUAL, Embedder
from repository.search.request import parse_request
from repository.search.service import search
from repository.search.store import Store
from tests.conftest import SHEETS

QUERIES = [
    ("helping people harassed in bars at night", {}),
    ("conflits de voisinage", {}),
    ("drug overdose", {"mode": "keyword"}),
    ("young people", {"mode": "semantic"}),
    ("prevention", {"country": ["FR", "ES"]}),
    ("", {"theme": ["youth"]}),
    ("mediaton in Lyon", {}),  # a typo corrected, a city in every language
    ("supervized consumtion", {"mode": "keyword"}),
    ("drugs", {"evaluated": False}),
]


def _by_score(hits: list) -> list[set[str]]:  # type: ignore[type-arg]
    groups: dict[float, set[str]] = {}
    for hit in hits:
        groups.setdefault(round(hit.score, 3), set()).add(hit.id)
    return [groups[k] for k in sorted(groups, reverse=True)]


@pytest.fixture(scope="module")
def pair() -> Embedder:
    return Embedder(f"{MINILM}+{USE_MULTILINGUAL}")


@pytest.fixture(params=["minilm", "default", "pair"])
def both(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    fixture = {"minilm": "embedder", "default": "default_embedder", "pair": "pair"}
    embedder: Embedder = request.getfixturevalue(fixture[request.param])
    # exact vectors on both sides: the parity is the adapters' translation of one plan
    # (8-bit vectors, the embedded default, are compared with exact ones in
    # test_vector_storage.py)
    edge = Store.open(Settings(data_dir=tmp_path / "edge", vector_storage="float32"), embedder)
    local = Store.open(Settings(data_dir=tmp_path / "local",
                                qdrant_url=f"local:{tmp_path / 'qdrant-local'}"), embedder)
    for store in (edge, local):
        report = ingest([SHEETS], store)
        assert not report.failed
    yield edge, local
    edge.close()
    local.close()


@pytest.mark.parametrize(("query", "params"), QUERIES)
def test_same_ranking_and_facets_on_both_engines(both, query: str, params: dict) -> None:  # type: ignore[no-untyped-def]
    edge, local = both
    request = parse_request(q=query, **params)
    a, b = search(edge, request), search(local, request)
    assert a.total == b.total and a.sheets == b.sheets
    # Same scores in the same order; hits with equal scores may come in either order,
    # as neither engine promises an order among ties of its raw scores.
    assert [round(h.score, 4) for h in a.hits] == pytest.approx(
        [round(h.score, 4) for h in b.hits], abs=2e-4)
    assert _by_score(a.hits) == _by_score(b.hits)
    for name in a.facets:
        assert sorted(map(str, a.facets[name])) == sorted(map(str, b.facets[name])), name


def test_the_adapters_are_really_different_engines(both) -> None:  # type: ignore[no-untyped-def]
    from repository.search.client import ClientIndex
    from repository.search.edge import EdgeIndex

    edge, local = both
    assert isinstance(edge.index, EdgeIndex)
    assert isinstance(local.index, ClientIndex)
