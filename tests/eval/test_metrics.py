"""The ranking metrics, on small examples computed by hand."""

from __future__ import annotations

import math

import pytest

from eval.metrics import (
    by_group,
    dcg,
    mean,
    ndcg_at_k,
    recall_at_k,
    reciprocal_rank,
    translation_groups,
)
from eval.queries import Query
from eval.run import format_table, parse_modes, score, summarise

JUDGED = {"a": 2, "c": 1, "d": 2}


def test_dcg_discounts_by_log2_of_rank_plus_one() -> None:
    # 2/log2(2) + 1/log2(3) + 1/log2(4)
    assert dcg([2, 1, 1]) == pytest.approx(2 + 1 / math.log2(3) + 0.5)
    assert dcg([]) == 0


def test_ndcg_graded() -> None:
    # ranked a(2) b(0) c(1): 2 + 0 + 1/2 = 2.5
    # ideal d/a(2) a/d(2) c(1): 2 + 2/log2(3) + 1/2
    expected = 2.5 / (2.5 + 2 / math.log2(3))
    assert ndcg_at_k(["a", "b", "c"], JUDGED) == pytest.approx(expected)
    assert expected == pytest.approx(0.664565, abs=1e-6)


def test_ndcg_perfect_and_empty() -> None:
    assert ndcg_at_k(["d", "a", "c", "x"], JUDGED) == pytest.approx(1.0)
    assert ndcg_at_k(["a", "d", "c"], JUDGED) == pytest.approx(1.0)  # ties in grade
    assert ndcg_at_k([], JUDGED) == 0.0
    assert ndcg_at_k(["a"], {}) == 0.0


def test_ndcg_cuts_at_k() -> None:
    ranking = [f"x{i}" for i in range(10)] + ["a"]
    assert ndcg_at_k(ranking, {"a": 2}, k=10) == 0.0
    # at k=11 the only relevant id sits at rank 11: (2/log2(12)) / 2
    assert ndcg_at_k(ranking, {"a": 2}, k=11) == pytest.approx(1 / math.log2(12))


def test_ndcg_ideal_limited_to_k() -> None:
    judged = {"a": 2, "b": 2, "c": 2}
    # k=2: ideal is 2 + 2/log2(3); ranked a, b is ideal even though c is missing
    assert ndcg_at_k(["a", "b"], judged, k=2) == pytest.approx(1.0)
    assert ndcg_at_k(["b", "x"], judged, k=2) == pytest.approx(2 / (2 + 2 / math.log2(3)))


def test_recall() -> None:
    assert recall_at_k(["a", "b", "c"], JUDGED) == pytest.approx(2 / 3)
    assert recall_at_k(["x"] * 10 + ["a"], JUDGED, k=10) == 0.0
    assert recall_at_k(["a", "c", "d"], JUDGED) == 1.0
    assert recall_at_k(["a"], {}) == 0.0


def test_reciprocal_rank() -> None:
    assert reciprocal_rank(["x", "y", "c", "a"], JUDGED) == pytest.approx(1 / 3)
    assert reciprocal_rank(["a"], JUDGED) == 1.0
    assert reciprocal_rank(["x", "y"], JUDGED) == 0.0
    assert reciprocal_rank([], JUDGED) == 0.0


def test_mean() -> None:
    assert mean([1.0, 0.5, 0.0]) == pytest.approx(0.5)
    assert mean([]) == 0.0


def _query(qid: str, language: str, tags: tuple[str, ...]) -> Query:
    return Query(id=qid, query=qid, language=language, tags=tags, relevant={"a": 2})


def test_summary_rows_and_table() -> None:
    queries = [_query("q1", "en", ("keyword",)), _query("q2", "fr", ("keyword", "conceptual"))]
    per_query = {
        "q1": {"hybrid": {"ndcg@10": 1.0, "recall@10": 1.0, "mrr": 1.0}},
        "q2": {"hybrid": {"ndcg@10": 0.0, "recall@10": 0.0, "mrr": 0.5}},
    }
    summary = summarise(queries, per_query, ["hybrid"])
    assert list(summary) == ["all", "conceptual", "keyword", "lang:en", "lang:fr"]
    assert summary["all"] == {"n": 2, "hybrid": {"ndcg@10": 0.5, "recall@10": 0.5, "mrr": 0.75}}
    assert summary["conceptual"]["n"] == 1
    assert summary["conceptual"]["hybrid"]["mrr"] == 0.5
    lines = format_table(summary, ["hybrid"]).splitlines()
    assert lines[0].split("|")[1:4] == [" subset     ", "    n ", " hybrid nDCG@10 "]
    assert lines[2].replace(" ", "") == "|all|2|0.500|0.500|0.750|"
    assert len(lines) == 2 + len(summary)


def test_parse_modes() -> None:
    assert parse_modes("hybrid, keyword") == ["hybrid", "keyword"]
    with pytest.raises(Exception, match="unknown mode"):
        parse_modes("bm25")


def test_translation_groups_are_symmetric_and_transitive() -> None:
    links = {"en": ["fr"], "fr": [], "de": ["fr"], "it": ["pt"], "solo": []}
    groups = translation_groups(links)
    assert groups == {"en": "de", "fr": "de", "de": "de", "it": "it", "pt": "it",
                      "solo": "solo"}


def test_by_group_collapses_ranking_and_takes_best_grade() -> None:
    group_of = {"en": "de", "fr": "de", "de": "de"}
    ranking, grades = by_group(["fr", "x", "en", "y"], {"en": 2, "fr": 1, "z": 1}, group_of)
    assert ranking == ["de", "x", "y"]
    assert grades == {"de": 2, "z": 1}


def test_score_over_groups() -> None:
    # en and fr are one practice (grade 2); it is found at rank 1 → perfect on that group,
    # and the other judged sheet z (grade 1) is missing.
    group_of = {"en": "en", "fr": "en"}
    scores = score(["fr", "x"], {"en": 2, "fr": 2, "z": 1}, group_of)
    assert scores["mrr"] == 1.0
    assert scores["recall@10"] == 0.5
    assert scores["ndcg@10"] == pytest.approx(2 / (2 + 1 / math.log2(3)))
    # without groups the two versions are two judged sheets
    assert score(["fr", "x"], {"en": 2, "fr": 2, "z": 1})["recall@10"] == pytest.approx(1 / 3)
