"""The ablation's pure parts: named-vector emulation and the Markdown table."""

from __future__ import annotations

import numpy as np
import pytest

from eval.ablation import ablation_table, variants
from eval.named_vectors import SheetRows, field_vectors, maxsim_ranking, named_ranking
from repository.search.service import DEFAULT_RANKING


def unit(*xs: float) -> np.ndarray:
    v = np.asarray(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


SHEETS = {
    # one passage right on the query: MAX_SIM ranks it first
    "peak": SheetRows(("context", "context"), np.stack([unit(1, 0), unit(0, 1)])),
    # every field fairly close: named vectors, fused over fields, favour it
    "broad": SheetRows(("summary", "context", "results"),
                       np.stack([unit(1, 0.6), unit(1, 0.6), unit(1, 0.6)])),
    "far": SheetRows(("summary",), np.stack([unit(0, 1)])),
}


def test_field_vectors_are_normalised_means_per_field() -> None:
    vectors = field_vectors(SHEETS["peak"])
    assert list(vectors) == ["context"]
    assert vectors["context"] == pytest.approx(unit(1, 1))


def test_maxsim_and_named_vectors_rank_differently() -> None:
    query = unit(1, 0)
    assert maxsim_ranking(query, SHEETS, threshold=0.3) == ["peak", "broad"]
    assert named_ranking(query, SHEETS, threshold=0.3) == ["broad", "peak"]


def test_every_variant_differs_from_the_default_in_one_way() -> None:
    runs = variants()
    assert runs["hybrid (default)"] == ("hybrid", DEFAULT_RANKING)
    assert runs["hybrid without concepts"][1].concepts is False
    assert runs["hybrid without typo correction"][1].typos is False
    assert len(set(runs.values())) == len(runs)  # no run measured twice


def test_ablation_table_has_a_row_per_run() -> None:
    cell = {"ndcg@10": 0.5, "recall@10": 0.25, "mrr": 1.0}
    summary = {"all": {"n": 3, "a": cell, "b": cell}, "typo": {"n": 1, "a": cell, "b": cell}}
    lines = ablation_table(summary, ["a", "b"]).splitlines()
    assert lines[0] == "| run | nDCG@10 all (n=3) | nDCG@10 typo (n=1) | R@10 all | MRR all |"
    assert lines[2] == "| a | 0.500 | 0.500 | 0.250 | 1.000 |"
    assert len(lines) == 4
