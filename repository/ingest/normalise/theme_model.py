"""Learned theme inference: a logistic model over features that work in every language.

For each theme of the vocabulary and each sheet, a handful of numbers describe how
much the sheet is about the theme, all independent of the sheet's language: its
vocabulary score (`theme_inference.theme_scores`) — raw, against the best theme's,
against the length-scaled floor, and its rank —, its semantic score
(`theme_semantic.SemanticThemes`: similarity to the multilingual theme descriptions)
and rank, the similarity of the sheet's vector to the centroid of the sheets labelled
with the theme and its rank, the sheet's length, and (for "Audits & evaluation" alone)
whether the sheet reports an evaluation and whether it is scientific. One logistic
model, shared by the themes, with a bias per theme, turns them into a probability; a
theme is kept at `threshold` or above, at most `limit` per sheet.

The weights are fitted by `python -m eval.train_themes` on every labelled sheet outside
the holdouts and written to `repository/vocabulary/theme_model.json`; they are applied
here with numpy alone. They fit one encoder (the file names it): with any other model
the caller keeps the rules of `theme_inference`. Each labelled set left out in turn, the
model was more precise than the rules (0.81 against 0.75 over the 270 sheets) and less
complete (recall 0.61 against 0.70). On the holdout sets A–E, which it never saw, it
found more of the themes at the same or better precision (pooled inferred P/R 0.76 /
0.64 with the rules, 0.78 / 0.70 with the model), so it is the default;
REPOSITORY_THEME_INFERENCE=rules keeps the rules.
"""

from __future__ import annotations

import base64
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

WEIGHTS = Path(__file__).resolve().parents[2] / "vocabulary" / "theme_model.json"
FEATURES = ("vocabulary", "vocabulary_relative", "vocabulary_floor", "vocabulary_rank",
            "meaning", "meaning_gap", "meaning_rank", "centroid", "centroid_gap",
            "centroid_rank", "length", "evaluated", "scientific")
EVALUATION = "evaluation"  # the theme an evaluation the sheet reports speaks for
EVALUATED = ("internal", "external", "scientific")


def _rank_feature(values: np.ndarray) -> np.ndarray:
    """1 for the highest value, 1/2 for the second …, 0 where the value is not positive."""
    order = np.argsort(-values, kind="stable")
    rank = np.empty(len(values))
    rank[order] = np.arange(len(values))
    return np.where(values > 0, 1.0 / (1.0 + rank), 0.0)


def features(keys: Sequence[str], vocabulary: Mapping[str, float],
             meaning: Mapping[str, float], centroid: Mapping[str, float], words: int,
             evaluation_kind: str | None, floor: float) -> np.ndarray:
    """One row of FEATURES per theme key, for one sheet."""
    v = np.asarray([vocabulary.get(k, 0.0) for k in keys])
    m = np.asarray([meaning.get(k, 0.0) for k in keys])
    c = np.asarray([centroid.get(k, 0.0) for k in keys])
    n = len(keys)
    best = v.max(initial=0.0)
    columns = [
        np.log1p(v),
        v / best if best > 0 else np.zeros(n),
        np.minimum(v / floor, 4.0) if floor > 0 else np.zeros(n),
        _rank_feature(v),
        m, m - m.max(initial=0.0), _rank_feature(m - m.min(initial=0.0) + 1e-9),
        c, c - c.max(initial=0.0), _rank_feature(c - c.min(initial=0.0) + 1e-9),
        np.full(n, math.log1p(words)),
        np.asarray([float(k == EVALUATION and evaluation_kind in EVALUATED) for k in keys]),
        np.asarray([float(k == EVALUATION and evaluation_kind == "scientific")
                    for k in keys]),
    ]
    return np.stack(columns, axis=1)


@dataclass(frozen=True)
class ThemeModel:
    """Fitted weights: standardisation, one coefficient per feature, a bias per theme."""

    model: str  # the encoder the semantic and centroid features were computed with
    keys: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    bias: np.ndarray  # per key
    centroids: np.ndarray  # keys × dim, L2-normalised (rows of zeros where unlabelled)
    threshold: float
    limit: int

    def rows(self, vocabulary: Mapping[str, float], meaning: Mapping[str, float],
             vector: np.ndarray | None, words: int, evaluation_kind: str | None,
             floor: float) -> np.ndarray:
        """The feature rows of one sheet, in `keys` order."""
        return features(self.keys, vocabulary, meaning,
                        centroid_scores(self.keys, self.centroids, vector), words,
                        evaluation_kind, floor)

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        """The probability of each theme (rows in `keys` order)."""
        z = ((rows - self.mean) / self.scale) @ self.coef + self.bias
        return 1.0 / (1.0 + np.exp(-z))

    def choose(self, probabilities: np.ndarray) -> list[str]:
        """The themes at the threshold or above, most probable first, at most `limit`."""
        order = sorted(range(len(self.keys)), key=lambda i: (-probabilities[i], self.keys[i]))
        return [self.keys[i] for i in order[: self.limit] if probabilities[i] >= self.threshold]

    def to_json(self) -> dict[str, object]:
        return {"model": self.model, "features": list(FEATURES), "keys": list(self.keys),
                "mean": _round(self.mean), "scale": _round(self.scale),
                "coef": _round(self.coef), "bias": _round(self.bias),
                "centroids": _packed(self.centroids),
                "threshold": round(self.threshold, 4), "limit": self.limit}

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> ThemeModel:
        if list(data["features"]) != list(FEATURES):  # type: ignore[call-overload]
            raise ValueError(f"{WEIGHTS.name}: features {data['features']} are not {FEATURES}")
        keys = tuple(data["keys"])  # type: ignore[call-overload]
        return cls(str(data["model"]), keys,
                   *(np.asarray(data[k], dtype=np.float64)
                     for k in ("mean", "scale", "coef", "bias")),
                   _unpacked(data["centroids"], len(keys)),  # type: ignore[arg-type]
                   float(data["threshold"]), int(data["limit"]))  # type: ignore[arg-type]


def centroid_scores(keys: Sequence[str], centroids: np.ndarray, vector: np.ndarray | None
                    ) -> dict[str, float]:
    """The cosine of a sheet's vector to each theme's centroid, minus their mean (none
    when the vector is not as wide as the centroids: another encoder)."""
    if vector is None or len(vector) != centroids.shape[1]:
        return {}
    cosine = centroids @ np.asarray(vector, dtype=np.float64)
    return {k: float(v) for k, v in zip(keys, cosine - cosine.mean(), strict=True)}


def _round(values: np.ndarray, digits: int = 6) -> list[float]:
    return [round(float(v), digits) for v in values]


def _packed(rows: np.ndarray) -> str:
    """Rows as base64 little-endian float16: 1 kB a theme instead of 4 in decimals."""
    return base64.b64encode(rows.astype("<f2").tobytes()).decode("ascii")


def _unpacked(text: str, count: int) -> np.ndarray:
    flat = np.frombuffer(base64.b64decode(text), dtype="<f2").astype(np.float64)
    return flat.reshape(count, -1) if count else flat.reshape(0, 0)


@cache
def load_model(path: Path = WEIGHTS) -> ThemeModel | None:
    """The fitted model, or None when no weights file is there."""
    if not path.exists():
        return None
    return ThemeModel.from_json(json.loads(path.read_text(encoding="utf-8")))
