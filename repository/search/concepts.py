"""Cross-lingual signal: the vocabulary's concepts found in a text, as a sparse vector.

"radicalisation des jeunes", "radicalización juvenil" and "youth radicalisation"
all carry theme:radicalisation and theme:youth, so a query reaches sheets in any
language through them, even with an English-only embedding model.
"""

from __future__ import annotations

from functools import cache

from repository.model import Practice
from repository.search.index import Sparse
from repository.search.lexical import term_id
from repository.text import LANGUAGES, analyse
from repository.vocabulary import load_vocabulary


def vector_of(weights: dict[str, float]) -> Sparse:
    """Sparse vector of concept weights."""
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
    return vector_of(weights)


def query_concepts(query: str, language: str | None = None) -> dict[str, float]:
    """Concepts of a query of any language."""
    return dict(load_vocabulary().concepts_in(query, language))


def query_vector(query: str, language: str | None = None) -> Sparse:
    """Sparse vector of a query's concepts."""
    return vector_of({c: 1.0 for c in query_concepts(query, language)})


@cache
def _label_terms(concept: str) -> frozenset[str]:
    """Analysed terms of a concept's preferred label in every sheet language."""
    vocabulary = load_vocabulary()
    terms: set[str] = set()
    for lang in LANGUAGES:
        terms.update(analyse(vocabulary.label(concept, lang), lang))
    return frozenset(terms)


def expansion_terms(found: dict[str, float]) -> set[str]:
    """Lexical terms a query's concepts stand for in every language.

    "toxicomanie" carries eurovoc:4475, whose labels "drug addiction", "Rauschgiftsucht",
    "drugsverslaving" … let the keyword signal reach sheets in those languages too.
    """
    return set().union(*(_label_terms(c) for c in found)) if found else set()
