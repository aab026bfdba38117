"""Facet labels in the seven UI languages, with an English fallback."""

from __future__ import annotations

import doctest

import pytest

from repository import labels
from repository.labels import FACETS, LOCALES, label
from repository.search.request import (
    BUDGET_BANDS,
    EVALUATION_KINDS,
    EVIDENCE_LEVELS,
    FACET_FIELDS,
    KINDS,
)
from repository.vocabulary import load_vocabulary
from repository.vocabulary.safety_domains import DOMAINS


@pytest.mark.parametrize(("facet", "key", "expected"), [
    ("theme", "youth", {"en": "Youth", "fr": "Jeunesse", "it": "Giovani", "nl": "Jeugd"}),
    ("country", "DE", {"en": "Germany", "fr": "Allemagne", "es": "Alemania",
                       "it": "Germania", "de": "Deutschland", "pt": "Alemanha",
                       "nl": "Duitsland"}),
    ("country", "es", {"en": "Spain", "fr": "Espagne", "nl": "Spanje"}),
    ("language", "de", {"en": "German", "fr": "Allemand", "it": "Tedesco", "de": "Deutsch",
                        "nl": "Duits"}),
    ("language", "NL", {"en": "Dutch", "fr": "Néerlandais", "pt": "Neerlandês"}),
    ("kind", "fact_sheet", {"en": "Fact sheet", "fr": "Fiche thématique",
                            "it": "Scheda tematica", "de": "Themenblatt"}),
    ("evaluation", "external", {"en": "External evaluation", "fr": "Évaluation externe",
                                "es": "Evaluación externa", "nl": "Externe evaluatie"}),
    ("evaluation", "none", {"en": "Not evaluated", "fr": "Non évaluée",
                            "de": "Nicht evaluiert"}),
    ("budget", "10k-50k", {"en": "€10k–50k", "fr": "10–50 k€", "de": "10.000–50.000 €"}),
    ("budget", "gt1m", {"en": "over €1M", "fr": "plus de 1 M€", "it": "oltre 1 mln €"}),
    ("year", 2019, {"en": "2019", "nl": "2019"}),
    ("city", "Liège", {"en": "Liège", "fr": "Liège", "it": "Liegi", "de": "Lüttich",
                       "nl": "Luik"}),
    ("city", "Barcelone", {"en": "Barcelona", "fr": "Barcelone", "it": "Barcellona"}),
    ("city", "Malines (Mechelen)", {"en": "Mechelen", "fr": "Malines", "nl": "Mechelen"}),
    ("city", "Nowhere-sur-Mer", {"en": "Nowhere-sur-Mer", "it": "Nowhere-sur-Mer"}),
    ("project", "Efus network", {"en": "Efus network", "de": "Efus network"}),
])
def test_labels_in_each_language(facet: str, key: object, expected: dict[str, str]) -> None:
    assert {locale: label(facet, key, locale) for locale in expected} == expected


def test_portuguese_names_are_european_portuguese() -> None:
    # CLDR's "pt" is Brazilian; the UI writes pt-PT ("Roménia", not "Romênia")
    assert label("country", "RO", "pt") == "Roménia"
    assert label("country", "IR", "pt") == "Irão"


def test_every_facet_the_search_offers_has_labels() -> None:
    assert set(FACETS) == set(FACET_FIELDS)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_known_key_has_its_own_label(locale: str) -> None:
    keys = {
        "theme": load_vocabulary().theme_keys,
        "kind": KINDS,
        "evaluation": EVALUATION_KINDS,
        "evidence": EVIDENCE_LEVELS,
        "domain": DOMAINS,
        "budget": tuple(key for _, key in BUDGET_BANDS),
    }
    for facet, values in keys.items():
        for key in values:
            text = label(facet, key, locale)
            assert text and text != key, (facet, key, locale)
            if locale != "en" and facet != "theme":  # a table row of its own, not English
                assert key in labels._TABLES[facet][locale], (facet, key, locale)


def test_each_language_reads_its_own_words() -> None:
    for facet, key in (("kind", "practice"), ("evaluation", "scientific"),
                       ("evidence", "outcome"), ("domain", "crime"),
                       ("budget", "lt10k"), ("country", "NL"), ("language", "en")):
        texts = {label(facet, key, locale) for locale in LOCALES}
        assert len(texts) >= 6, (facet, key, texts)  # two languages may share a word


def test_unknown_locale_falls_back_to_english() -> None:
    assert label("country", "FR", "zz") == "France"
    assert label("kind", "practice", "zz") == "Practice"
    assert label("theme", "youth", "zz") == "Youth"
    assert label("city", "Liège", "zz") == "Liège"


def test_unknown_keys_are_shown_as_they_are() -> None:
    assert label("country", "XQ", "fr") == "XQ"
    assert label("theme", "not_a_theme", "fr") == "not_a_theme"
    assert label("budget", "huge", "fr") == "huge"
    assert label("language", "qq", "en") == "qq"


def test_module_doctest() -> None:
    assert doctest.testmod(labels).failed == 0
