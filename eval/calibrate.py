"""How well the semantic threshold separates judged-relevant sheets from the rest.

For every labelled query and every sheet its filters let through, the sheet's best
passage cosine with the query (what the semantic signal and its threshold see) is
paired with whether the sheet is judged relevant (grade ≥ 1, over translation
groups). `separation` scores one threshold on those pairs; `best_threshold` picks the
one with the highest F1, and `recall_threshold` the highest one that keeps a given
share of the relevant pairs. Pure functions, but for `passage_scores`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from eval.queries import Query
    from repository.search.store import Store

GRID = tuple(round(0.01 * i, 2) for i in range(0, 101))

Pair = tuple[float, bool]  # (best passage cosine, judged relevant)


@dataclass(frozen=True)
class Separation:
    """What a threshold keeps: precision, recall and F1 over (query, sheet) pairs, and
    the mean number of sheets per query at or above it."""

    threshold: float
    precision: float
    recall: float
    f1: float
    mean_kept: float


def separation(per_query: Mapping[str, Sequence[Pair]], threshold: float) -> Separation:
    """Precision, recall, F1 and mean set size of `cosine ≥ threshold`."""
    kept = relevant = hits = 0
    for pairs in per_query.values():
        for cosine, judged in pairs:
            inside = cosine >= threshold
            kept += inside
            relevant += judged
            hits += inside and judged
    precision = hits / kept if kept else 0.0
    recall = hits / relevant if relevant else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Separation(threshold, precision, recall, f1, kept / max(len(per_query), 1))


def best_threshold(per_query: Mapping[str, Sequence[Pair]], grid: Iterable[float] = GRID
                   ) -> Separation:
    """The threshold of highest F1 (the higher one on a tie)."""
    return max((separation(per_query, t) for t in grid), key=lambda s: (s.f1, s.threshold))


def recall_threshold(per_query: Mapping[str, Sequence[Pair]], recall: float,
                     grid: Iterable[float] = GRID) -> Separation:
    """The highest threshold that keeps at least `recall` of the relevant pairs."""
    candidates = [s for t in grid if (s := separation(per_query, t)).recall >= recall]
    return max(candidates, key=lambda s: s.threshold)


def passage_scores(store: Store, queries: Sequence[Query], group_of: Mapping[str, str],
                   position: int = 0) -> dict[str, list[Pair]]:
    """(best passage cosine, judged relevant) of every sheet each query's filters let
    through, for the encoder at `position` of the store's setting; the query is
    typo-corrected first, as search does."""
    from eval.naive import allowed_ids
    from eval.named_vectors import load_rows
    from repository.search.lexicon import correct_query
    from repository.search.request import parse_request

    sheets = load_rows(store, position)
    out: dict[str, list[Pair]] = {}
    for query in queries:
        request = parse_request(q=query.query, mode="semantic", **query.filters)
        allowed = allowed_ids(store, request.filter())
        text, _ = correct_query(request.query, store.speller)
        vector = store.embedder.split(store.embedder.embed_queries([text]))[position][0]
        wanted = {group_of.get(i, i) for i, grade in query.relevant.items() if grade >= 1}
        out[query.id] = [
            (float(np.max(rows.rows @ vector)), group_of.get(sheet_id, sheet_id) in wanted)
            for sheet_id, rows in sorted(sheets.items())
            if len(rows.rows) and (allowed is None or sheet_id in allowed)
        ]
    return out
