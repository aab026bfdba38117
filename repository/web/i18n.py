"""UI text in seven languages, and which one a visitor reads.

The locale comes from `?lang=`, then the `lang` cookie (set when a visitor picks a
language), then the browser's Accept-Language, then English. The page's own words are
in `locales/<locale>.yaml`, one file per language with the keys of `en.yaml`; an
entry with CLDR plural forms (`one`, `other`, and `many` where the language has it) is
chosen by the count `n`. Facet values are labelled by `repository.labels`; numbers and
dates are written the locale's way with Babel's CLDR data.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from functools import cache
from pathlib import Path
from urllib.parse import urlencode

import yaml
from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal

from repository.labels import DEFAULT, LOCALES, cldr

COOKIE = "lang"
CATALOGS = Path(__file__).with_name("locales")
Entry = str | dict[str, str]


@cache
def catalog(locale: str) -> dict[str, Entry]:
    """The UI strings of one locale, as its file writes them."""
    path = CATALOGS / f"{locale}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    return dict(data or {})


def language_names() -> dict[str, str]:
    """Each UI language in its own words (CLDR): English, Français, Español …"""
    names = {}
    for code in LOCALES:
        name = cldr(code).languages.get(code, code)
        names[code] = name[:1].upper() + name[1:]
    return names


def translate(key: str, locale: str = DEFAULT, **values: object) -> str:
    """The UI string `key` in `locale` (English where missing), placeholders filled.

    An integer `n` picks the plural form and is written with the locale's digits."""
    entry = catalog(locale).get(key)
    if entry is None:
        entry = catalog(DEFAULT).get(key)
    if entry is None:
        return key
    if isinstance(entry, dict):
        count = values.get("n", 0)
        form = cldr(locale).plural_form(count if isinstance(count, int | float) else 0)
        entry = entry.get(form) or entry["other"]
    if isinstance(values.get("n"), int):
        values = {**values, "n": number(int(values["n"]), locale)}  # type: ignore[arg-type]
    return entry.format_map(_Kept(values)) if values else entry


class _Kept(dict[str, object]):
    """Placeholders without a value stay as they are (`{size}`), for a script to fill."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def number(value: float, locale: str) -> str:
    """A number with the locale's digit grouping and decimal sign."""
    return format_decimal(value, locale=cldr(locale))


def day(value: date | str | None, locale: str) -> str:
    """A date the locale's way ("3 mars 2025"); text that is not a date stays as is."""
    parsed = _parse(value)
    if parsed is None:
        return str(value or "")
    return format_date(parsed, format="long", locale=cldr(locale))


def moment(value: datetime | str | None, locale: str) -> str:
    """A timestamp the locale's way, to the minute; text that is not one stays as is."""
    parsed = _parse(value)
    if not isinstance(parsed, datetime):
        return str(value or "")
    return format_datetime(parsed, format="short", locale=cldr(locale))


def _parse(value: object) -> date | None:
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def negotiate(query: str | None, cookie: str | None, accept_language: str | None) -> str:
    """The visitor's locale: an explicit choice, then the cookie, then the browser's."""
    for choice in (query, cookie):
        if choice and choice.lower() in LOCALES:
            return choice.lower()
    for tag, _ in _ranked(accept_language or ""):
        primary = tag.split("-")[0].lower()
        if primary in LOCALES:
            return primary
    return DEFAULT


def _ranked(header: str) -> list[tuple[str, float]]:
    """Accept-Language entries, best first (`fr-CH, fr;q=0.9, en;q=0.8`)."""
    out: list[tuple[str, float]] = []
    for index, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        if tag and quality > 0:
            out.append((tag, quality - index * 1e-6))
    return sorted(out, key=lambda tq: -tq[1])


def switch_links(path: str, params: Mapping[str, object], locale: str
                 ) -> list[dict[str, object]]:
    """Links to the same page in each UI language, the current one marked."""
    pairs = [(k, v) for k, v in _items(params) if k != "lang"]
    names = language_names()
    return [{"locale": code, "name": names[code], "current": code == locale,
             "url": path + "?" + urlencode([*pairs, ("lang", code)])} for code in LOCALES]


def _items(params: Mapping[str, object]) -> list[tuple[str, str]]:
    multi = getattr(params, "multi_items", None)
    if multi is not None:
        return [(str(k), str(v)) for k, v in multi()]
    return [(str(k), str(v)) for k, v in params.items()]
