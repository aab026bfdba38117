"""Optional semantic theme scores: how close a sheet's sections are to each theme.

Each theme is described in every sheet language by its label and first synonyms
("Drugs: drug use, drug dealing, harm reduction …"), straight from the vocabulary. A
sheet's sections are encoded with any sentence encoder that has the document side of
the embedder protocol (`TextEncoder.encode_document`: a batch of texts in, one
L2-normalised row per text out) — the search stage's `Embedder` over USE multilingual
is the one ingest is given.
A theme's score is the weighted mean, over the sheet's sections, of the best cosine
similarity between the section and the theme's descriptions, minus the same mean over
all themes: how much more the sheet is about this theme than about themes in general.

Nothing here loads a model: the caller passes an encoder, and extraction without one
uses the vocabulary alone. The caller may also pass the learned theme model
(`theme_model.ThemeModel`); it is used only with the encoder it was fitted on.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from repository.ingest.normalise.evaluation_model import EvaluationReader
from repository.ingest.normalise.theme_model import ThemeModel
from repository.model import Practice
from repository.text import LANGUAGES
from repository.vocabulary import Vocabulary, load_vocabulary

SYNONYMS_PER_DESCRIPTION = 12
MAX_WORDS = 120  # a section is cut into pieces of about this many words


class TextEncoder(Protocol):
    """A sentence encoder: texts in, an array of L2-normalised rows out."""

    def encode_document(self, texts: list[str]) -> Any: ...


def theme_descriptions(vocabulary: Vocabulary | None = None) -> dict[str, list[str]]:
    """Per theme, one description per language: its label and first synonyms."""
    vocabulary = vocabulary or load_vocabulary()
    out: dict[str, list[str]] = {}
    for key, theme in vocabulary.themes.items():
        texts = []
        for lang in LANGUAGES:
            synonyms = theme.synonyms.get(lang, ())[:SYNONYMS_PER_DESCRIPTION]
            label = theme.labels.get(lang, key)
            texts.append(f"{label}: {', '.join(synonyms)}" if synonyms else label)
        out[key] = texts
    return out


def _pieces(text: str) -> list[str]:
    words = text.split()
    return [" ".join(words[i: i + MAX_WORDS]) for i in range(0, len(words), MAX_WORDS)]


@dataclass(frozen=True)
class Reading:
    """What meaning says of a sheet: a score per theme, and the sheet's vector (the
    weighted mean of its pieces' vectors, L2-normalised; None for an empty sheet)."""

    scores: dict[str, float]
    vector: np.ndarray | None


Passages = Callable[[Practice], Sequence[tuple[str | None, str]]]


@dataclass
class SemanticThemes:
    """Theme scores from the similarity of sections to multilingual theme descriptions.

    `passages`, when given, are the (field, text) pieces a sheet is read by, whole: the
    index's passages, so that the vectors this check encodes are the ones the index
    stores (encoded once). Without it, each part is cut at MAX_WORDS."""

    encoder: TextEncoder
    descriptions: Mapping[str, Sequence[str]] = field(default_factory=theme_descriptions)
    passages: Passages | None = None
    model: ThemeModel | None = None  # the learned model, when asked for
    evaluation: EvaluationReader | None = None  # the learned evaluation model, when asked for

    @property
    def learned(self) -> ThemeModel | None:
        """The learned model when it was fitted on this encoder, else None (the rules)."""
        model = self.model
        fits = model is not None and getattr(self.encoder, "name", None) == model.model
        return model if fits else None

    def __post_init__(self) -> None:
        self._keys = list(self.descriptions)
        texts = [t for k in self._keys for t in self.descriptions[k]]
        vectors = np.asarray(self.encoder.encode_document(texts), dtype=np.float32)
        self._owner = np.repeat(np.arange(len(self._keys)),
                                [len(self.descriptions[k]) for k in self._keys])
        self._vectors = vectors

    def scores(self, parts: Sequence[tuple[float, str]], *, cut: bool = True
               ) -> dict[str, float]:
        """Score per theme for (weight, text) parts of a sheet, each cut in pieces of
        MAX_WORDS (or read whole unless `cut`)."""
        return self.reading(parts, cut=cut).scores

    def reading(self, parts: Sequence[tuple[float, str]], *, cut: bool = True) -> Reading:
        """The theme scores of a sheet's (weight, text) parts and the sheet's vector."""
        pieces = [(w, p) for w, text in parts if w > 0 and text.strip()
                  for p in (_pieces(text) if cut else [text])]
        if not pieces:
            return Reading({}, None)
        vectors = np.asarray(self.encoder.encode_document([p for _, p in pieces]),
                             dtype=np.float32)
        weights = np.asarray([w for w, _ in pieces], dtype=np.float32)
        similarity = vectors @ self._vectors.T  # pieces × descriptions
        best = np.full((len(pieces), len(self._keys)), -1.0, dtype=np.float32)
        for column, owner in enumerate(self._owner):
            best[:, owner] = np.maximum(best[:, owner], similarity[:, column])
        per_theme = (weights[:, None] * best).sum(axis=0) / weights.sum()
        relative = per_theme - per_theme.mean()
        mean = (weights[:, None] * vectors).sum(axis=0)
        norm = float(np.linalg.norm(mean))
        return Reading({k: float(v) for k, v in zip(self._keys, relative, strict=True)},
                       mean / norm if norm > 0 else None)

    def ranking(self, parts: Sequence[tuple[float, str]], *, cut: bool = True) -> list[str]:
        """The themes from the closest to a sheet's (weight, text) parts to the farthest."""
        scores = self.scores(parts, cut=cut)
        return sorted(scores, key=lambda k: (-scores[k], k))
