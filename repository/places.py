"""Places: country names in any sheet language → ISO 3166-1 alpha-2 (Babel's CLDR data),
European cities → their country (the gazetteer `cities.tsv`), the city and country
a sheet's preamble names in lines like `**Ville :** Lyon (France)`, and what a city is
called in a reader's language (`city_name`, from `city_names.tsv`).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pycountry
from babel import Locale

from repository.text import LANGUAGES, fold

GAZETTEER = Path(__file__).with_name("cities.tsv")
CITY_NAMES = Path(__file__).with_name("city_names.tsv")


# Long or older names sheets use that CLDR lists under another form
_ALIASES = {
    "Czech Republic": "CZ", "République tchèque": "CZ", "República Checa": "CZ",
    "Repubblica Ceca": "CZ", "Tschechische Republik": "CZ", "Tsjechische Republiek": "CZ",
    "República Checa ": "CZ", "República Tcheca": "CZ", "Chéquia": "CZ",
    "The Netherlands": "NL", "Pays-Bas": "NL", "Países Bajos": "NL", "Paesi Bassi": "NL",
    "Niederlande": "NL", "Países Baixos": "NL", "Nederland": "NL",
    "Reino Unido": "GB", "Regno Unito": "GB", "Royaume-Uni": "GB",
    "Vereinigtes Königreich": "GB", "Verenigd Koninkrijk": "GB",
    "Macédoine du Nord": "MK", "North Macedonia": "MK", "Kosovo": "XK",
}


@cache
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for lang in (*LANGUAGES, "ca", "da", "sv", "pl", "cs", "fi", "el"):
        for code, name in Locale.parse(lang).territories.items():
            if len(code) == 2 and code.isalpha():
                names.setdefault(fold(name), code)
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.setdefault(fold(value), country.alpha_2)
    # CLDR's short forms that sheets use but the territory list spells out
    names.update({fold(k): v for k, v in {"UK": "GB", "Great Britain": "GB",
                                           "England": "GB", "Scotland": "GB",
                                           "Wales": "GB", "Northern Ireland": "GB",
                                           "Holland": "NL", **_ALIASES}.items()})
    return names


def country_code(value: str | None) -> str | None:
    """ISO alpha-2 code for a country name or code in any supported language, or None."""
    if not value:
        return None
    text = value.strip().strip(".")
    if len(text) == 2 and text.isalpha():
        code = text.upper()
        if code == "UK":
            return "GB"
        return code if pycountry.countries.get(alpha_2=code) else None
    if len(text) == 3 and text.isalpha() and text.isupper():
        country = pycountry.countries.get(alpha_3=text)
        return country.alpha_2 if country else None
    return _country_names().get(fold(text))


def is_country_code(code: str) -> bool:
    """Whether a string is an ISO 3166-1 alpha-2 code."""
    return len(code) == 2 and pycountry.countries.get(alpha_2=code.upper()) is not None


@cache
def _cities() -> dict[str, str]:
    """Folded city name (every language given) → country code, from the gazetteer."""
    cities: dict[str, str] = {}
    for line in GAZETTEER.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, names = line.split("\t", 1)
        for name in names.split("|"):
            cities.setdefault(fold(name.strip()), code.strip())
    return cities


def city_country(city: str | None) -> str | None:
    """The country of a European city named in any of the gazetteer's languages, or None.

    "Lyon (France)" and "Lyon, Rhône" are tolerated: the text in brackets or after a
    comma is tried as a country first, then the city name alone.
    """
    if not city:
        return None
    text = city.strip()
    bracket = re.match(r"^(.*?)\s*\((.+)\)\s*$", text)
    if bracket:
        return country_code(bracket.group(2)) or city_country(bracket.group(1))
    if "," in text:
        head, tail = text.split(",", 1)
        return country_code(tail.strip()) or _cities().get(fold(head.strip()))
    return _cities().get(fold(text))


def split_city(value: str) -> tuple[str, str | None]:
    """("Lyon", "FR") from "Lyon (France)" or "Lyon, France"; (value, None) otherwise."""
    text = value.strip()
    bracket = re.match(r"^(.*?)\s*\((.+)\)\s*$", text)
    if bracket and country_code(bracket.group(2)):
        return bracket.group(1).strip(), country_code(bracket.group(2))
    if "," in text:
        head, tail = text.rsplit(",", 1)
        if country_code(tail.strip()):
            return head.strip(), country_code(tail.strip())
    return text, None


_NAME_WORD = re.compile(r"[\w'’-]+")


def places_in_text(text: str) -> list[tuple[str | None, str]]:
    """(city, country) pairs for the countries and gazetteer cities a text names, in order.

    A name must start with a capital letter, so "nice" or "split" in a sentence are not
    Nice or Split; the longest name at a position wins ("Frankfurt am Main").
    """
    found: list[tuple[str | None, str]] = []
    names, cities = _country_names(), _cities()
    words = _NAME_WORD.findall(text)
    i = 0
    while i < len(words):
        if not words[i][:1].isupper():
            i += 1
            continue
        for size in range(min(4, len(words) - i), 0, -1):
            name = " ".join(words[i : i + size])
            key = fold(name)
            if key in cities and len(key) > 2:
                found.append((name, cities[key]))
                break
            if key in names and len(key) > 3:
                found.append((None, names[key]))
                break
        else:
            size = 1
        i += size
    return found


@cache
def _local_names() -> dict[str, tuple[str, str]]:
    """Folded city name (every language given) → (the city's first gazetteer name, country)."""
    local: dict[str, tuple[str, str]] = {}
    for line in GAZETTEER.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, rest = line.split("\t", 1)
        names = [n.strip() for n in rest.split("|") if n.strip()]
        for name in names:
            local.setdefault(fold(name), (names[0], code.strip()))
    return local


@cache
def city_names() -> dict[str, dict[str, str]]:
    """A city's first gazetteer name → {language: what that language calls it}."""
    table: dict[str, dict[str, str]] = {}
    for line in CITY_NAMES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, *cells = line.split("\t")
        table[key.strip()] = dict(cell.strip().split("=", 1) for cell in cells if cell.strip())
    return table


def city_name(city: str, language: str, country: str | None = None) -> str:
    """The city as a reader of `language` calls it ("Barcelone" in French, "Luik" in
    Dutch), whatever language the sheet named it in. "Malines (Mechelen)" reads as one
    city. A name the gazetteer does not know, or knows in another `country`, is shown as
    written; so is a variant ("Halle") where no language has a name of its own."""
    text = city.strip()
    bracket = re.match(r"^(.*?)\s*\((.+)\)\s*$", text)
    for candidate in [text, *(bracket.groups() if bracket else ())]:
        found = _local_names().get(fold(candidate.strip()))
        if found is None or (country and found[1] != country.upper()):
            continue
        first, _ = found
        names = city_names().get(first, {})
        if language in names:
            return names[language]
        known = {fold(first), *(fold(n) for n in names.values())}
        return first if fold(candidate.strip()) in known else text
    return text


def gazetteer_name(city: str, country: str | None = None) -> str | None:
    """The city's first gazetteer name ("Lissabon" → "Lisboa"), or None if unknown there."""
    found = _local_names().get(fold(city.strip()))
    if found is None or (country and found[1] != country.upper()):
        return None
    return found[0]
