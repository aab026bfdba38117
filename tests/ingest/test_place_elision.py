"""A city after an elided article or preposition ("la Ville d'Esch-sur-Alzette", "la
mairie d'Angers", "il Comune d'Arezzo") is found like one after a full word, and the
seat phrases of the other languages name their city the same way."""

from __future__ import annotations

import pytest

from repository.ingest.extract import extract
from repository.ingest.normalise.place_names import mentions
from repository.ingest.readers import read_sheet

SEATS = [
    ("School mediators of the City of Leeds", "Leeds"),
    ("Les médiateurs scolaires de la Ville d'Esch-sur-Alzette", "Esch-sur-Alzette"),
    ("Los mediadores escolares del Ayuntamiento de Getafe", "Getafe"),
    ("I mediatori scolastici del Comune d'Arezzo", "Arezzo"),
    ("Die Schulmediatoren der Stadt Erfurt", "Erfurt"),
    ("Os mediadores escolares da Câmara Municipal de Aveiro", "Aveiro"),
    ("De schoolbemiddelaars van de gemeente Almere", "Almere"),
]


@pytest.mark.parametrize(("title", "city"), SEATS)
def test_the_city_of_a_seat_phrase_in_the_title(title: str, city: str) -> None:
    text = f"# {title}\n\nTwo mediators work in the secondary schools.\n"
    assert extract(read_sheet("sheet.md", text.encode())).practice.city == city


@pytest.mark.parametrize(("text", "city"), [
    ("La mairie d'Angers finance le projet.", "Angers"),
    ("Le contrat de la ville d'Orléans.", "Orléans"),
    ("Il Comune d'Arezzo ha aderito.", "Arezzo"),
])
def test_an_elided_article_is_not_part_of_the_name(text: str, city: str) -> None:
    assert [m.name for m in mentions(text) if m.is_city] == [city]


def test_a_name_that_begins_with_its_article_stays_whole() -> None:
    assert [m.name for m in mentions("L'Aquila ha un piano.") if m.is_city] == ["L'Aquila"]
