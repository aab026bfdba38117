"""Practices outside Europe: a big city named in the prose gives the sheet its city and
country in the seven languages; a name a European town bears stays European; a small
non-European town is not in the gazetteer."""

from __future__ import annotations

import pytest

from repository.ingest.extract import extract
from repository.ingest.normalise.place_names import town_country, well_known
from repository.ingest.readers import read_sheet

OPENINGS = [
    ("Outreach workers mediate disputes before they turn into shootings in Chicago.",
     "Chicago", "US"),
    ("Des patrouilles à pied sillonnent les rues de Montréal depuis trois ans.",
     "Montréal", "CA"),
    ("Brigadas de convivencia recorren los barrios de Medellín cada noche.",
     "Medellín", "CO"),
    ("Mediatori di strada lavorano nei quartieri di Buenos Aires.", "Buenos Aires", "AR"),
    ("Streetworker begleiten Jugendliche in Johannesburg.", "Johannesburg", "ZA"),
    ("Agentes comunitários trabalham nas favelas de Belo Horizonte.", "Belo Horizonte", "BR"),
    ("Buurtwachten lopen elke avond rondes in Toronto.", "Toronto", "CA"),
]


@pytest.mark.parametrize(("opening", "city", "country"), OPENINGS)
def test_a_big_city_named_in_the_prose_is_the_place(opening: str, city: str,
                                                    country: str) -> None:
    text = f"# Street outreach\n\n{opening}\n\n## Partners\n\nLocal associations.\n"
    practice = extract(read_sheet("sheet.md", text.encode())).practice
    assert (practice.city, practice.country) == (city, country)


@pytest.mark.parametrize(("name", "country"), [
    ("Valencia", "ES"), ("Córdoba", "ES"), ("Lagos", "PT"), ("Guadalajara", "ES"),
])
def test_a_name_a_european_town_bears_stays_european(name: str, country: str) -> None:
    assert town_country(name) == country


@pytest.mark.parametrize("name", ["Salvador", "Lima", "Phoenix", "Santos", "Natal"])
def test_a_world_city_named_like_a_word_is_not_a_place(name: str) -> None:
    assert town_country(name) is None


def test_a_big_city_is_well_known_and_a_small_town_is_not() -> None:
    assert well_known("Bogotá") and well_known("Lisboa")
    assert town_country("Nieuwegein") == "NL" and not well_known("Nieuwegein")


@pytest.mark.parametrize(("value", "city"), [
    ("Stuttgart (Baden-Württemberg) / Deutschland", "Stuttgart"),
    ("Bogotá D.C.", "Bogotá"),
    ("São Paulo SP", "São Paulo"),
    ("Lyon (Rhône)", "Lyon"),
    ("Frankfurt am Main", "Frankfurt am Main"),
])
def test_a_region_after_the_city_in_a_place_field_is_dropped(value: str, city: str) -> None:
    text = f"---\ntitle: Street outreach\ncity: {value}\n---\n\n## Context\n\nSince 2016.\n"
    assert extract(read_sheet("sheet.md", text.encode())).practice.city == city
