"""Human labels for facet values, in the reader's language.

Values are stored as keys (`FR`, `youth`, `10k-50k`); what a person reads comes from
here: themes from the multilingual vocabulary, country and language names from Babel's
CLDR data, and small tables for kind, evaluation kind and budget band. City, project
and year are shown as written. An unknown locale falls back to English; an unknown key
is shown as it is.

    >>> label("country", "DE", "fr")
    'Allemagne'
    >>> label("theme", "youth", "fr")
    'Jeunesse'
"""

from __future__ import annotations

from functools import cache

from babel import Locale, UnknownLocaleError

from repository.vocabulary import load_vocabulary

__all__ = ["FACETS", "LOCALES", "label"]

LOCALES: tuple[str, ...] = ("en", "fr")
DEFAULT = "en"
FACETS: tuple[str, ...] = ("theme", "country", "city", "language", "kind", "project",
                           "organisation_type", "evaluation", "year", "budget")

_TABLES: dict[str, dict[str, dict[str, str]]] = {
    "kind": {
        "en": {"practice": "Practice", "fact_sheet": "Fact sheet"},
        "fr": {"practice": "Pratique", "fact_sheet": "Fiche thématique"},
    },
    "evaluation": {
        "en": {"none": "Not evaluated", "internal": "Internal evaluation",
               "external": "External evaluation", "scientific": "Scientific evaluation"},
        "fr": {"none": "Non évaluée", "internal": "Évaluation interne",
               "external": "Évaluation externe", "scientific": "Évaluation scientifique"},
    },
    "organisation_type": {
        "en": {"local_authority": "Local authority", "regional_authority": "Regional authority",
               "national_authority": "National authority", "police": "Police",
               "justice": "Justice", "ngo": "NGO / association", "research": "Research",
               "education": "Education", "health": "Health", "private": "Private sector",
               "international": "International body", "network": "Network"},
        "fr": {"local_authority": "Collectivité locale", "regional_authority":
               "Collectivité régionale", "national_authority": "Autorité nationale",
               "police": "Police", "justice": "Justice", "ngo": "ONG / association",
               "research": "Recherche", "education": "Éducation", "health": "Santé",
               "private": "Secteur privé", "international": "Organisation internationale",
               "network": "Réseau"},
    },
    "budget": {
        "en": {"lt10k": "under €10k", "10k-50k": "€10k–50k", "50k-100k": "€50k–100k",
               "100k-500k": "€100k–500k", "500k-1m": "€500k–1M", "gt1m": "over €1M"},
        "fr": {"lt10k": "moins de 10 k€", "10k-50k": "10–50 k€", "50k-100k": "50–100 k€",
               "100k-500k": "100–500 k€", "500k-1m": "500 k€–1 M€", "gt1m": "plus de 1 M€"},
    },
}


def label(facet: str, key: object, locale: str = DEFAULT) -> str:
    """The label of one facet value in `locale` (English where there is none)."""
    text = str(key)
    if facet == "theme":
        vocabulary = load_vocabulary()
        return vocabulary.label(text, locale) if vocabulary.is_theme(text) else text
    if facet == "country":
        return _cldr(locale).territories.get(text.upper()) or text
    if facet == "language":
        name = _cldr(locale).languages.get(text.lower())
        return name[:1].upper() + name[1:] if name else text
    table = _TABLES.get(facet)
    if table is None:  # city, project, year: shown as written
        return text
    return table.get(locale, {}).get(text) or table[DEFAULT].get(text) or text


@cache
def _cldr(locale: str) -> Locale:
    try:
        return Locale.parse(locale)
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse(DEFAULT)
