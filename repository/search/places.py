"""Place names across languages: "Colónia" is Köln, "Spanje" is España.

A sheet names its city and country in its own language, a query in the searcher's.
The cities (from the ingest gazetteer, names in several languages) and countries
(CLDR names through Babel) a query names are turned into their names in every sheet
language, so the keyword signal of a hybrid search reaches the sheet's own spelling.
"""

from __future__ import annotations

from functools import cache

from babel import Locale

from repository.places import GAZETTEER, places_in_text
from repository.text import LANGUAGES, fold


@cache
def _city_names() -> dict[str, tuple[str, ...]]:
    """Folded city name → every name of that city in the gazetteer."""
    out: dict[str, tuple[str, ...]] = {}
    for line in GAZETTEER.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        names = tuple(n.strip() for n in line.split("\t", 1)[1].split("|") if n.strip())
        for name in names:
            out.setdefault(fold(name), names)
    return out


@cache
def country_names(code: str) -> tuple[str, ...]:
    """A country's name in every sheet language (CLDR)."""
    names = (Locale.parse(lang).territories.get(code) for lang in LANGUAGES)
    return tuple(dict.fromkeys(n for n in names if n))


def place_names(query: str) -> set[str]:
    """The names, in every language we know, of the places a query names (capitalised)."""
    found: set[str] = set()
    for city, code in places_in_text(query):
        if city is None:
            found.update(country_names(code))
        else:
            found.update(_city_names().get(fold(city), (city,)))
    return found
