"""Ranking metrics over graded judgements; pure functions of a ranking and its judgements.

`ranking` is the list of returned ids, best first. `judgements` maps an id to its
grade: 2 = exactly what was asked, 1 = useful; anything absent is grade 0.

Search shows the language versions of one practice as one hit, so the runner scores
over translation groups (`by_group`): a practice found in any language counts once.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence


def dcg(gains: Sequence[float]) -> float:
    """Discounted cumulative gain: gain at rank r (1-based) divided by log2(r + 1)."""
    return sum(gain / math.log2(rank + 1) for rank, gain in enumerate(gains, start=1))


def ndcg_at_k(ranking: Sequence[str], judgements: Mapping[str, int], k: int = 10) -> float:
    """nDCG@k with the grades as gains; the ideal ranking is the judgements sorted by grade."""
    ideal = dcg(sorted((g for g in judgements.values() if g > 0), reverse=True)[:k])
    if ideal == 0:
        return 0.0
    return dcg([judgements.get(doc, 0) for doc in ranking[:k]]) / ideal


def recall_at_k(ranking: Sequence[str], judgements: Mapping[str, int], k: int = 10) -> float:
    """Share of the judged-relevant ids (grade ≥ 1) found in the first k."""
    relevant = {doc for doc, grade in judgements.items() if grade >= 1}
    if not relevant:
        return 0.0
    return len(relevant.intersection(ranking[:k])) / len(relevant)


def reciprocal_rank(ranking: Sequence[str], judgements: Mapping[str, int]) -> float:
    """1 / rank of the first id with grade ≥ 1; 0 when none is returned."""
    for rank, doc in enumerate(ranking, start=1):
        if judgements.get(doc, 0) >= 1:
            return 1.0 / rank
    return 0.0


def mean(values: Sequence[float]) -> float:
    """Arithmetic mean; 0 for no values."""
    return sum(values) / len(values) if values else 0.0


def translation_groups(links: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Each id → its translation group: the smallest id among it and the sheets it is
    linked to through `translations`, followed in both directions and transitively."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for doc, others in links.items():
        for other in [doc, *others]:
            a, b = find(doc), find(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {doc: find(doc) for doc in parent}


def by_group(ranking: Sequence[str], judgements: Mapping[str, int],
             group_of: Mapping[str, str]) -> tuple[list[str], dict[str, int]]:
    """The ranking and judgements over translation groups, as search shows them: one
    hit per practice, graded by its best-graded language version."""
    seen: set[str] = set()
    groups: list[str] = []
    for doc in ranking:
        group = group_of.get(doc, doc)
        if group not in seen:
            seen.add(group)
            groups.append(group)
    grades: dict[str, int] = {}
    for doc, grade in judgements.items():
        group = group_of.get(doc, doc)
        grades[group] = max(grades.get(group, 0), grade)
    return groups, grades
