"""Joined encoders: one vector whose cosine is the weighted sum of the parts' cosines."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.errors import ConfigError
from repository.search.embedder import MINILM, USE_MULTILINGUAL, Embedder, model_name
from repository.search.embedder.combined import CombinedEncoder, parse_parts


class Fixed:
    """Rows looked up per text: a stand-in for the arithmetic, not for ranking."""

    def __init__(self, name: str, rows: dict[str, list[float]]) -> None:
        self.name, self.rows = name, rows
        self.dim = len(next(iter(rows.values())))

    def encode_query(self, texts: list[str]) -> np.ndarray:
        return self.encode_document(texts)

    def encode_document(self, texts: list[str]) -> np.ndarray:
        rows = np.array([self.rows[t] for t in texts], dtype=np.float32)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)


vectors = st.lists(st.floats(-1, 1, allow_nan=False), min_size=3, max_size=3).filter(
    lambda v: float(np.linalg.norm(v)) > 0.1)


@given(vectors, vectors, vectors, vectors, st.floats(0.05, 0.95))
def test_the_joined_cosine_is_the_weighted_sum_of_the_parts(
        a1: list[float], a2: list[float], b1: list[float], b2: list[float], weight: float
) -> None:
    first, second = Fixed("a", {"x": a1, "y": a2}), Fixed("b", {"x": b1, "y": b2})
    joined = CombinedEncoder("a+b", [(first, weight), (second, 1 - weight)])
    rows = joined.encode_document(["x", "y"])
    assert rows.shape == (2, 6) and joined.dim == 6
    np.testing.assert_allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-5)
    parts = [e.encode_document(["x", "y"]) for e in (first, second)]
    expected = weight * parts[0][0] @ parts[0][1] + (1 - weight) * parts[1][0] @ parts[1][1]
    assert rows[0] @ rows[1] == pytest.approx(expected, abs=1e-5)


def test_a_joined_setting_names_its_parts_and_their_weights() -> None:
    assert parse_parts(f"{MINILM}+{USE_MULTILINGUAL}") == [(MINILM, 0.5), (USE_MULTILINGUAL, 0.5)]
    assert parse_parts(f"{MINILM}@3+{USE_MULTILINGUAL}@1") == [(MINILM, 0.75),
                                                               (USE_MULTILINGUAL, 0.25)]
    assert parse_parts(MINILM) is None
    assert model_name(f" {MINILM}@0.6+{USE_MULTILINGUAL}@0.4") == (
        "bundled:all-MiniLM-L6-v2@0.6+bundled:use-multilingual@0.4")
    for bad in (f"{MINILM}@x+{USE_MULTILINGUAL}", f"{MINILM}@0+{USE_MULTILINGUAL}",
                f"{MINILM}+"):
        with pytest.raises(ConfigError, match="is not MODEL or MODEL@WEIGHT"):
            parse_parts(bad)
    with pytest.raises(ConfigError, match="no such bundled model"):
        Embedder(f"{MINILM}+bundled:nope")


@pytest.mark.slow
def test_a_joined_pair_of_bundled_models_loads_and_is_normalised(embedder: Embedder) -> None:
    joined = Embedder(f"{MINILM}+{USE_MULTILINGUAL}")
    rows = joined.encode_document(["night mediation", "médiation de nuit"])
    assert joined.dim == 384 + 512 and rows.shape == (2, 896)
    np.testing.assert_allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-5)
    np.testing.assert_allclose(rows[:, :384] / np.sqrt(0.5),
                               embedder.encode_document(["night mediation",
                                                         "médiation de nuit"]), atol=1e-5)


def test_each_model_of_a_joined_setting_is_its_own_dense_signal() -> None:
    from repository.search import index as ix
    from repository.search.planning import signal_queries
    from repository.search.thresholds import Cut, Profile
    from repository.search.understand import Dense, Ranking, Signals

    first = Fixed("a", {"x": [1, 0, 0], "y": [0.6, 0.8, 0]})
    second = Fixed("b", {"x": [0, 1], "y": [1, 1]})
    joined = CombinedEncoder("a+b", [(first, 0.25), (second, 0.75)])
    row = joined.encode_query(["x"])
    parts = [row[:, :3] / np.sqrt(0.25), row[:, 3:] / np.sqrt(0.75)]
    np.testing.assert_allclose(parts[0], first.encode_query(["x"]), atol=1e-6)
    np.testing.assert_allclose(parts[1], second.encode_query(["x"]), atol=1e-6)

    profiles = (Profile(sections=Cut(0.3, 0.4)), Profile(sections=Cut(0.2, 0.3), doc=Cut(0.1, 0.2)))
    signals = Signals(
        dense=tuple(Dense(n, part[0].tolist(), w, profile) for n, (part, w, profile)
                    in enumerate(zip(parts, (0.25, 0.75), profiles, strict=True))),
        joined=row[0].tolist(), lexical=ix.Sparse([1], [1.0]), expansion=ix.Sparse([], []),
        concepts=ix.Sparse([], []), terms=frozenset(), related=frozenset(), ranking=Ranking())
    queries = signal_queries("hybrid", signals)
    assert [q.prefetch.using for q in queries] == ["sections", "sections-2", "doc-2", "lexical"]
    assert [q.prefetch.score_threshold for q in queries] == [0.3, 0.2, 0.1, None]
    assert [(q.signal.floor, q.signal.member) for q in queries[:3]] == [
        (0.3, 0.4), (0.2, 0.3), (0.1, 0.2)]
    assert queries[1].prefetch.vector == [parts[1][0].tolist()]  # a multivector of one row
    assert [q.prefetch.using for q in signal_queries("keyword", signals)] == ["lexical"]
