"""Country names in any sheet language → ISO 3166-1 alpha-2 codes (from Babel's CLDR data)."""

from __future__ import annotations

from functools import cache

import pycountry
from babel import Locale

from repository.text import LANGUAGES, fold


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
                                           "Holland": "NL"}.items()})
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
