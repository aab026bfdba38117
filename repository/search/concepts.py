"""Cross-lingual signal: the vocabulary's concepts found in a text, as a sparse vector.

"radicalisation des jeunes", "radicalización juvenil" and "youth radicalisation"
all carry theme:radicalisation and theme:youth, so a query reaches sheets in any
language through them, even with an English-only embedding model.
"""

from __future__ import annotations

from repository.model import Practice
from repository.search.index import Sparse
from repository.search.lexical import term_id
from repository.vocabulary import load_vocabulary


def _vector(weights: dict[str, float]) -> Sparse:
    merged: dict[int, float] = {}
    for concept, weight in weights.items():
        index = term_id(concept)
        merged[index] = merged.get(index, 0.0) + weight
    ordered = sorted(merged.items())
    return Sparse([i for i, _ in ordered], [w for _, w in ordered])


def document_vector(practice: Practice) -> Sparse:
    """Concepts of a sheet: those in its text, and its explicit themes."""
    text = "\n".join([practice.title, practice.summary or "",
                      *(s.text for s in practice.sections)])
    weights = dict(load_vocabulary().concepts_in(text, practice.language))
    for theme in practice.themes:
        weights[f"theme:{theme}"] = max(weights.get(f"theme:{theme}", 0.0), 1.0)
    return _vector(weights)


def query_concepts(query: str, language: str | None = None) -> dict[str, float]:
    """Concepts of a query of any language."""
    return dict(load_vocabulary().concepts_in(query, language))


def query_vector(query: str, language: str | None = None) -> Sparse:
    """Sparse vector of a query's concepts."""
    return _vector({c: 1.0 for c in query_concepts(query, language)})
