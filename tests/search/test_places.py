"""Place names a query uses, in every sheet language."""

from __future__ import annotations

from repository.search.places import country_names, place_names


def test_a_city_in_portuguese_gives_its_names_in_other_languages() -> None:
    names = place_names("agressões na passagem de ano em Colónia")
    assert {"Köln", "Cologne", "Keulen"} <= names


def test_a_country_in_dutch_gives_its_cldr_names() -> None:
    assert {"España", "Spain", "Spanien", "Espanha"} <= place_names("politie in Spanje")
    assert "Danemark" in country_names("DK")


def test_lower_case_words_are_not_places() -> None:
    assert place_names("a nice split of the budget") == set()
    assert place_names("drug policy") == set()
