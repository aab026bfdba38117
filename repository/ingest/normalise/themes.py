"""Explicit themes as a sheet writes them → theme keys of the vocabulary.

A sheet may give keys (`youth`), labels in its language (`Jeunesse`, `gender-based
violence`, `violencia de género`) or synonyms. A key is kept; a label or synonym of
exactly one theme in any language maps to that key, compared folded and then
stemmed ("drogues" finds the synonym "drogue"). Anything else names no theme: a
loose match would put a sheet under a theme its author did not choose.
"""

from __future__ import annotations

import re
from functools import cache

from repository.text import LANGUAGES, fold, stem, words
from repository.vocabulary import Vocabulary, load_vocabulary


@cache
def _stemmed(vocabulary: Vocabulary) -> dict[tuple[str, ...], str]:
    """Stemmed label or synonym (each in its own language) → theme key, unambiguous only."""
    found: dict[tuple[str, ...], set[str]] = {}
    for key, theme in vocabulary.themes.items():
        for lang in LANGUAGES:
            terms = [theme.labels.get(lang, ""), *theme.synonyms.get(lang, ())]
            for term in terms:
                stems = tuple(stem(words(term), lang))
                if stems:
                    found.setdefault(stems, set()).add(key)
    return {term: next(iter(keys)) for term, keys in found.items() if len(keys) == 1}


@cache
def _labels(vocabulary: Vocabulary) -> dict[str, str]:
    """Folded label or synonym (every language) → theme key, ambiguous ones left out."""
    found: dict[str, set[str]] = {}
    for key, theme in vocabulary.themes.items():
        terms = [key, key.replace("_", " "), *theme.labels.values()]
        for synonyms in theme.synonyms.values():
            terms.extend(synonyms)
        for term in terms:
            found.setdefault(_norm(term), set()).add(key)
    return {term: next(iter(keys)) for term, keys in found.items() if len(keys) == 1}


def _norm(text: str) -> str:
    return re.sub(r"[\s_\-–/&]+", " ", fold(text)).strip()


def theme_key(value: str, vocabulary: Vocabulary | None = None) -> str | None:
    """The theme key an explicit theme stands for, or None when it names no theme."""
    vocabulary = vocabulary or load_vocabulary()
    text = value.strip()
    if not text:
        return None
    key = re.sub(r"[\s\-]+", "_", text.lower())
    if vocabulary.is_theme(key):
        return key
    label = _labels(vocabulary).get(_norm(text))
    if label:
        return label
    stemmed = _stemmed(vocabulary)
    keys = {stemmed.get(tuple(stem(words(text), lang))) for lang in LANGUAGES} - {None}
    return next(iter(keys)) if len(keys) == 1 else None


def theme_keys(values: list[str], vocabulary: Vocabulary | None = None
               ) -> tuple[list[str], list[str]]:
    """(keys in the sheet's order without repeats, the values that name no theme)."""
    keys: list[str] = []
    unknown: list[str] = []
    for value in values:
        key = theme_key(value, vocabulary)
        if key is None:
            unknown.append(value)
        elif key not in keys:
            keys.append(key)
    return keys, unknown
