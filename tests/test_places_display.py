"""City names in the reader's language: `places.city_name` and the table it reads
(`city_names.tsv`), kept in step with the gazetteer (`cities.tsv`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.labels import LOCALES
from repository.places import CITY_NAMES, GAZETTEER, city_name, city_names
from repository.text import fold


def _gazetteer() -> dict[str, tuple[str, set[str]]]:
    """First name → (country, every folded name) of each gazetteer line."""
    out = {}
    for line in GAZETTEER.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, names = line.split("\t", 1)
            listed = [n.strip() for n in names.split("|")]
            out[listed[0]] = (code, {fold(n) for n in listed})
    return out


def test_every_row_names_a_gazetteer_city_and_only_ui_languages() -> None:
    gazetteer = _gazetteer()
    for key, names in city_names().items():
        assert key in gazetteer, f"{CITY_NAMES.name}: {key!r} is no first name in cities.tsv"
        assert set(names) <= set(LOCALES), (key, names)


def test_every_name_shown_is_one_a_search_recognises() -> None:
    gazetteer = _gazetteer()
    missing = [(key, lang, name) for key, names in city_names().items()
               for lang, name in names.items() if fold(name) not in gazetteer[key][1]]
    assert not missing, "add these names to the city's line in cities.tsv"


@pytest.mark.parametrize(("written", "country", "expected"), [
    ("Barcelone", "ES", {"en": "Barcelona", "fr": "Barcelone", "it": "Barcellona",
                         "es": "Barcelona"}),
    ("Malines (Mechelen)", "BE", {"en": "Mechelen", "fr": "Malines", "nl": "Mechelen",
                                  "de": "Mecheln", "es": "Malinas"}),
    ("Mechelen", None, {"fr": "Malines", "nl": "Mechelen"}),
    ("LIÈGE", "BE", {"nl": "Luik", "de": "Lüttich", "it": "Liegi", "fr": "Liège"}),
    ("Den Haag", "NL", {"en": "The Hague", "fr": "La Haye", "nl": "Den Haag"}),
    ("Lisbon", "PT", {"pt": "Lisboa", "de": "Lissabon", "en": "Lisbon", "nl": "Lissabon"}),
    ("Munchen", "DE", {"fr": "Munich", "it": "Monaco di Baviera"}),
])
def test_a_city_reads_as_the_readers_language_names_it(
        written: str, country: str | None, expected: dict[str, str]) -> None:
    assert {lang: city_name(written, lang, country) for lang in expected} == expected


def test_a_name_is_left_as_written_when_unsure() -> None:
    assert city_name("Liège", "nl", "FR") == "Liège", "another country's city: not renamed"
    assert city_name("Halle", "fr") == "Halle", "a variant no language renames stays"
    assert city_name("Rochdale", "en") == "Rochdale", "an alias is not the first name"
    assert city_name("Nowhere-sur-Mer", "it") == "Nowhere-sur-Mer"
    assert city_name("Lyon", "xx") == "Lyon"


@given(st.text(max_size=40), st.sampled_from([*LOCALES, "xx"]), st.sampled_from(
    [None, "FR", "BE", "de"]))
def test_city_name_is_total(text: str, lang: str, country: str | None) -> None:
    shown = city_name(text, lang, country)
    assert isinstance(shown, str)
    known = {n for names in city_names().values() for n in names.values()} | set(city_names())
    firsts = set(_gazetteer())
    assert shown == text.strip() or shown in known or shown in firsts
