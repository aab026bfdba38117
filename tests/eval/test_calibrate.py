"""Threshold calibration: precision, recall and F1 of `cosine ≥ t` over judged pairs."""

from __future__ import annotations

import pytest

from eval.calibrate import best_threshold, recall_threshold, separation

PAIRS = {
    "q1": [(0.9, True), (0.7, True), (0.6, False), (0.2, False)],
    "q2": [(0.8, True), (0.5, False), (0.4, False), (0.1, True)],
}


def test_separation_counts_what_the_threshold_keeps() -> None:
    cut = separation(PAIRS, 0.65)
    assert (cut.precision, cut.recall, cut.mean_kept) == (1.0, 0.75, 1.5)
    assert cut.f1 == pytest.approx(2 * 0.75 / 1.75)
    assert separation(PAIRS, 1.1).precision == 0.0 and separation(PAIRS, 1.1).f1 == 0.0


def test_the_best_threshold_has_the_highest_f1_and_the_recall_one_keeps_enough() -> None:
    best = best_threshold(PAIRS)
    assert best.f1 == max(separation(PAIRS, t / 100).f1 for t in range(101))
    assert 0.6 < best.threshold <= 0.7  # keeps 0.9, 0.8, 0.7: all relevant, nothing else
    assert recall_threshold(PAIRS, 1.0).threshold == 0.1
    assert recall_threshold(PAIRS, 0.75).threshold == 0.7
