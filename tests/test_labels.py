"""Facet labels in English and French, with an English fallback."""

from __future__ import annotations

import doctest

import pytest

from repository import labels
from repository.labels import FACETS, label
from repository.search.request import BUDGET_BANDS, EVALUATION_KINDS, FACET_FIELDS, KINDS
from repository.vocabulary import load_vocabulary


@pytest.mark.parametrize(("facet", "key", "en", "fr"), [
    ("theme", "youth", "Youth", "Jeunesse"),
    ("theme", "drugs", "Drugs", "Drogues"),
    ("country", "DE", "Germany", "Allemagne"),
    ("country", "es", "Spain", "Espagne"),
    ("language", "de", "German", "Allemand"),
    ("language", "NL", "Dutch", "Néerlandais"),
    ("kind", "fact_sheet", "Fact sheet", "Fiche thématique"),
    ("evaluation", "external", "External evaluation", "Évaluation externe"),
    ("evaluation", "none", "Not evaluated", "Non évaluée"),
    ("budget", "10k-50k", "€10k–50k", "10–50 k€"),
    ("budget", "gt1m", "over €1M", "plus de 1 M€"),
    ("year", 2019, "2019", "2019"),
    ("city", "Liège", "Liège", "Liège"),
    ("project", "Efus network", "Efus network", "Efus network"),
])
def test_labels_in_english_and_french(facet: str, key: object, en: str, fr: str) -> None:
    assert label(facet, key, "en") == en
    assert label(facet, key, "fr") == fr


def test_every_facet_the_search_offers_has_labels() -> None:
    assert set(FACETS) == set(FACET_FIELDS)


@pytest.mark.parametrize("locale", ["en", "fr"])
def test_every_known_key_has_its_own_label(locale: str) -> None:
    keys = {
        "theme": load_vocabulary().theme_keys,
        "kind": KINDS,
        "evaluation": EVALUATION_KINDS,
        "budget": tuple(key for _, key in BUDGET_BANDS),
    }
    for facet, values in keys.items():
        for key in values:
            text = label(facet, key, locale)
            assert text and text != key, (facet, key, locale)


def test_french_differs_from_english_where_it_should() -> None:
    assert label("theme", "organised_crime", "fr") != label("theme", "organised_crime", "en")
    assert label("kind", "practice", "fr") == "Pratique"


def test_unknown_locale_falls_back_to_english() -> None:
    assert label("country", "FR", "zz") == "France"
    assert label("kind", "practice", "zz") == "Practice"
    assert label("theme", "youth", "zz") == "Youth"


def test_other_cldr_locales_work_for_names() -> None:
    assert label("country", "DE", "es") == "Alemania"
    assert label("kind", "practice", "es") == "Practice"  # no table: English


def test_unknown_keys_are_shown_as_they_are() -> None:
    assert label("country", "XQ", "fr") == "XQ"
    assert label("theme", "not_a_theme", "fr") == "not_a_theme"
    assert label("budget", "huge", "fr") == "huge"
    assert label("language", "qq", "en") == "qq"


def test_module_doctest() -> None:
    assert doctest.testmod(labels).failed == 0
