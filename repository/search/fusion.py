"""Fusing the signals of a query into one ranking and one result set; pure functions.

Each signal (an encoder's passages or whole-sheet vector, the query's words, the
expansion of its concepts, the concepts) arrives as raw scores per sheet: cosines for
a dense signal (only those ≥ its `floor`), BM25 or concept scores for a sparse one.

* Scale: "scaled" puts a dense score on (score − floor) / (top − floor), top being
  the signal's best score or its `full` cut if that is higher (a cosine counts fully
  only where it clearly matches; `full` is the `member` cut unless the encoder's
  profile sets it higher), and a sparse one on
  score / best, where `best` is the signal's best score over everything the query
  could find without the user's filters. So the one sheet holding a rare query
  word gets that signal's full weight (Qdrant's DBSF gives a signal's only hit half of
  it, and a cosine-only hit of another signal can bury it), and a sheet's fused score
  does not depend on the filters. "dbsf" (mean ± 3σ of the signal's own hits, as
  Qdrant's) and "rrf" (1 / (60 + rank)) are the alternatives `eval/ablation.py`
  measures.
* Fuse: the weighted sum of the scaled scores, ties broken by id. The query's words
  weigh more when they single out few sheets (`specific`): a word only one sheet holds
  lifts that sheet above sheets that are only close in meaning. That is for a query
  that is a name or two (`name_strength`); in a longer query one rare word shared with
  sheets of the query's language is weak evidence, and lifting it buried the right
  sheet in another language.
* Result set: a sheet is in it when one signal finds it clearly on its own — a dense
  cosine ≥ that signal's `member` cut, a sparse score ≥ `member` × best. Both cuts
  ignore the filters, so the result set under a filter is the unfiltered one inside
  the filter, and a facet's count is what ticking it shows.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple

RRF_K = 60
Kind = Literal["dense", "sparse"]


@dataclass(frozen=True)
class Signal:
    """How one signal's scores count: `floor` (dense: the cosine from which a score is
    evidence; sparse: 0), `member` (dense: the cosine, sparse: the share of the best
    score, that puts a sheet in the result set alone), its `weight`, and for a dense
    signal `full`, the cosine from which a score counts fully (`member` when None)."""

    name: str
    kind: Kind
    floor: float
    member: float
    weight: float = 1.0
    full: float | None = None


class Fused(NamedTuple):
    """A sheet's fused score and the signals that found it."""

    id: str
    score: float
    found: frozenset[str]


def scaled(signal: Signal, scores: Mapping[str, float], best: float,
           how: str = "scaled") -> dict[str, float]:
    """One signal's scores on a common scale (see the module docstring)."""
    if not scores:
        return {}
    if how == "rrf":
        order = sorted(scores, key=lambda i: (-scores[i], i))
        return {i: RRF_K / (RRF_K + rank + 1) for rank, i in enumerate(order)}
    if how == "dbsf":
        return dbsf(scores)
    floor, span = _scale(signal, best)
    return {i: min(1.0, (s - floor) / span) if span > 0 else 1.0 for i, s in scores.items()}


def _scale(signal: Signal, best: float) -> tuple[float, float]:
    """The default scale's (floor, span): a score s counts (s − floor) / span, at most 1."""
    if signal.kind == "dense":
        full = signal.member if signal.full is None else signal.full
        return signal.floor, max(best, full) - signal.floor
    return 0.0, best


def _member_cut(signal: Signal, best: float) -> float | None:
    """The score from which a sheet is in the result set on this signal alone (None: none)."""
    if signal.kind == "dense":
        return signal.member
    return signal.member * best if best > 0 else None


def dbsf(scores: Mapping[str, float]) -> dict[str, float]:
    """Qdrant's distribution-based score fusion of one list: (s − (μ − 3σ)) / 6σ,
    0.5 for every hit when σ is 0."""
    values = list(scores.values())
    mean = sum(values) / len(values)
    sigma = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
    if sigma == 0:
        return dict.fromkeys(scores, 0.5)
    low = mean - 3 * sigma
    return {i: (s - low) / (6 * sigma) for i, s in scores.items()}


def specific(weight: float, strength: float, hits: int, total: int) -> float:
    """A signal's weight × (1 + strength · ln(total / hits) / ln total): the fewer of the
    `total` sheets its `hits` are, the more it weighs (× 1 + strength for one sheet)."""
    if hits <= 0 or total <= 1 or hits >= total:
        return weight
    return weight * (1.0 + strength * math.log(total / hits) / math.log(total))


NAME_WORDS = 2  # a query of at most this many content words gets the whole specificity


def name_strength(strength: float, words: int) -> float:
    """The specificity for a query of `words` content words: whole up to NAME_WORDS, then
    NAME_WORDS / words of it."""
    return strength * min(1.0, NAME_WORDS / max(words, 1))


def is_member(signal: Signal, score: float, best: float) -> bool:
    """Whether this score alone puts a sheet in the result set."""
    cut = _member_cut(signal, best)
    return cut is not None and score >= cut


def fuse(signals: Sequence[Signal], scores: Sequence[Mapping[str, float]],
         best: Sequence[float], how: str = "scaled", tight: bool = True,
         limit: int | None = None) -> list[Fused]:
    """The result set, best first (ties by id), the first `limit` when given: each
    sheet's weighted sum of scaled scores, kept when some signal finds it clearly
    (every sheet found, unless `tight`).

    Called for every filter of a search (its own and each disjunctive facet's) over up
    to RESULT_CAP hits a signal: the membership cut is computed once a signal, not a hit.
    """
    total: dict[str, float] = {}
    found: dict[str, list[str]] = {}
    members: set[str] = set()
    for signal, raw, top in zip(signals, scores, best, strict=True):
        if not raw:
            continue
        weight, name = signal.weight, signal.name
        for i, value in scaled(signal, raw, top, how).items():
            total[i] = total.get(i, 0.0) + weight * value
            found.setdefault(i, []).append(name)
        if not tight:
            members.update(raw)
        elif (cut := _member_cut(signal, top)) is not None:
            members.update(i for i, s in raw.items() if s >= cut)
    kept = [i for i in total if i in members]
    kept.sort(key=lambda i: (-total[i], i))
    return [Fused(i, total[i], frozenset(found[i])) for i in kept[:limit]]
