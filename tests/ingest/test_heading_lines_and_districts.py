"""Three more shapes of unseen sheets, in the seven languages: a heading the reader left
in the text ("Hoe het begon" on its own line) is no part of the next sentence, so its
verb of beginning dates nothing; a city's district named after the city ("Berlin,
Bezirk Neukölln") is no second city; a city value written with its region and country
after middle dots, or in two languages ("Gijón/Xixón"), is that city."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.extract import extract
from repository.ingest.normalise.sentences import sentences
from repository.ingest.readers import read_sheet


def _practice(text: str, name: str = "sheet.txt"):  # noqa: ANN202
    return extract(read_sheet(name, text.encode())).practice


HEADED_HISTORIES = [
    ("How it began", "The idea came from Leeds, where the council used coaches in 2006.",
     "Since 2008 coaches have worked in York too."),
    ("Comment tout a commencé", "L'idée vient de Lyon, où la ville employait des médiateurs "
     "en 2006.", "Depuis 2008, des médiateurs travaillent aussi à Nantes."),
    ("Cómo empezó", "La idea vino de Bilbao, donde el ayuntamiento usó mediadores en 2006.",
     "Desde 2008 también hay mediadores en Gijón."),
    ("Come è cominciato", "L'idea viene da Torino, dove il comune impiegava mediatori nel 2006.",
     "Dal 2008 ci sono mediatori anche a Prato."),
    ("Wie es begann", "Die Idee kam aus Köln, wo die Stadt 2006 Streetworker einsetzte.",
     "Seit 2008 gibt es auch in Bonn Streetworker."),
    ("Como começou", "A ideia veio de Lisboa, onde a câmara usava mediadores em 2006.",
     "Desde 2008 há também mediadores em Braga."),
    ("Hoe het begon", "Het idee kwam uit Rotterdam, waar de gemeente in 2006 straatcoaches "
     "inzette.", "Sinds 2008 lopen ook in Gouda straatcoaches."),
]


@pytest.mark.parametrize(("heading", "elsewhere", "own"), HEADED_HISTORIES)
def test_a_heading_line_left_in_the_text_dates_nothing(heading: str, elsewhere: str,
                                                       own: str) -> None:
    text = (f"Street coaches\n\nCoaches talk to young people at night.\n\n"
            f"{heading}\n{elsewhere} {own}\n")
    start = _practice(text).start
    assert start is not None and start.year == 2008


@given(st.lists(st.sampled_from(["word", "Word", "a", "long", "line", "of", "text"]),
                min_size=7, max_size=14))
def test_a_long_wrapped_line_stays_in_its_sentence(words: list[str]) -> None:
    line = " ".join(words)
    assert sentences(f"{line}\nAnd the rest.")[0].startswith(line)


OPENED = [
    ("The office was opened in 2011 by the charity.", "en"),
    ("Le bureau a été ouvert en 2011 par l'association.", "fr"),
    ("La oficina fue abierta en 2011 por la asociación.", "es"),
    ("L'ufficio è stato aperto nel 2011 dall'associazione.", "it"),
    ("Das Büro wurde 2011 vom Verein eröffnet.", "de"),
    ("O gabinete foi aberto em 2011 pela APAV.", "pt"),
    ("Het bureau werd in 2011 geopend door de vereniging.", "nl"),
]


@pytest.mark.parametrize(("sentence", "language"), OPENED)
def test_an_office_opened_in_a_year_starts_then(sentence: str, language: str) -> None:
    start = _practice(f"Victim support\n\n{sentence}\n").start
    assert start is not None and start.year == 2011


DISTRICTS = [
    ("London, district of Hackney", "London"), ("Paris, arrondissement de Belleville", "Paris"),
    ("Madrid, distrito de Usera", "Madrid"), ("Roma, quartiere San Lorenzo", "Roma"),
    ("Berlin, Bezirk Neukölln", "Berlin"), ("Lisboa, freguesia de Arroios", "Lisboa"),
    ("Amsterdam, stadsdeel Nieuw-West", "Amsterdam"),
]


@pytest.mark.parametrize(("line", "city"), DISTRICTS)
def test_a_district_after_its_city_is_no_second_city(line: str, city: str) -> None:
    text = f"# Street work\n\n{line} — youth workers\n\nYouth workers meet young people.\n"
    assert _practice(text, "sheet.md").city == city


VALUES = [
    ("Leeds · West Yorkshire · England", "Leeds"), ("Lyon · Rhône · France", "Lyon"),
    ("Barcelona · Cataluña · España", "Barcelona"), ("Bolzano/Bozen", "Bolzano"),
    ("Graz · Steiermark · Österreich", "Graz"), ("Braga · Minho · Portugal", "Braga"),
    ("Gijón/Xixón", "Gijón"),
]


@pytest.mark.parametrize(("value", "city"), VALUES)
def test_a_city_value_with_region_or_a_second_language_is_the_city(value: str,
                                                                   city: str) -> None:
    sheet = json.dumps({"title": "Mediation", "city": value, "description": "Mediators."})
    assert _practice(sheet, "sheet.json").city == city
