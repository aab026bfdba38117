"""Each encoder's cosine thresholds, and which of its vectors a query scores.

Cosines sit on a scale of the model's own: USE multilingual's relevant passages score
about 0.3 where MiniLM's score 0.4 and e5's 0.85. So a threshold belongs to the model,
not to search. Per vector (the passages multivector scored MAX_SIM, the whole-sheet
vector), `rank` is the cosine from which a sheet's score counts as evidence for the
ranking, and `member` the cosine at which that evidence alone puts the sheet in the
result set (what `total` and the facets count). Both were calibrated on the labelled
queries with `eval/ablation.py` (and `eval/calibrate.py`, which finds the cosine that
best separates judged-relevant sheets from the rest); a model not listed here gets
`DEFAULT` (passages only, at MiniLM's cuts). USE's `member` cuts were lowered by 0.05
after the holdout sets showed relevant sheets of another language under the old ones
(0.30 passages / 0.20 sheet): the fused ranking put them in the first ten, the result
set left them out. A cosine still counts fully in the ranking only from the old cuts
(`full`): lowered there too, a vague match of the meaning tied with the one sheet
naming the queried place ("Helsingfors"). Measured with `eval/ablation.py` rows and
the holdout sets, see the README.
"""

from __future__ import annotations

from dataclasses import dataclass

from repository.search.embedder import E5_SMALL, MINILM, USE_MULTILINGUAL


@dataclass(frozen=True)
class Cut:
    """The cosines of one vector: evidence from `rank`, in the result set from `member`,
    counting fully in the ranking from `full` (`member` when not given)."""

    rank: float
    member: float
    full: float | None = None


@dataclass(frozen=True)
class Profile:
    """Which vectors of an encoder a query scores, and their cuts (None: not scored)."""

    sections: Cut | None
    doc: Cut | None = None


DEFAULT = Profile(sections=Cut(0.30, 0.45))
PROFILES: dict[str, Profile] = {
    MINILM: DEFAULT,
    USE_MULTILINGUAL: Profile(sections=Cut(0.20, 0.25, full=0.30), doc=Cut(0.15, 0.15, full=0.20)),
    E5_SMALL: Profile(sections=Cut(0.80, 0.85)),
}


def profile(model: str) -> Profile:
    """The profile of an encoder by its recorded name."""
    return PROFILES.get(model, DEFAULT)
