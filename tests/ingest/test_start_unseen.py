"""Start years written the way unseen sheets write them, in the seven languages: "since",
"launched in spring", present-tense births, decisions to create, bare ranges in the
opening, sections under headings we do not map, and what stays no start."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.extract import extract
from repository.ingest.normalise.start_year import find_start, range_guess, start_in_sentence
from repository.ingest.readers import read_sheet

STATEMENTS = [
    ("The project has been running since 2009.", 2009),
    ("Launched in spring 2016, the scheme now covers the whole city.", 2016),
    ("Piloted in 2012 in two neighbourhoods, it was extended in 2014.", 2012),
    ("In 2015 the city council decided to create a night mayor.", 2015),
    ("The municipality decided in 2016 to appoint street mediators.", 2016),
    ("Le dispositif existe depuis 2011.", 2011),
    ("Depuis la rentrée 2015, les élèves de trois collèges y participent.", 2015),
    ("En 2012, la ville a décidé de recruter des médiateurs.", 2012),
    ("Le projet naît en 2014 d'une demande des habitants.", 2014),
    ("Desde 2014 la Policía Local patrulla en bicicleta.", 2014),
    ("El proyecto nace en 2016 en el barrio del Raval.", 2016),
    ("Dal 2010 il Comune organizza i corsi.", 2010),
    ("Il progetto nasce nel 2015 su iniziativa della Polizia Locale.", 2015),
    ("Seit 2008 gibt es das Angebot in allen Bezirken.", 2008),
    ("2012 beschloss der Gemeinderat, eine Ombudsstelle einzurichten.", 2012),
    ("Desde 2013 que a Câmara promove o programa.", 2013),
    ("Em 2017 a Câmara decidiu criar um gabinete de apoio.", 2017),
    ("Sinds 2015 werkt de gemeente met buurtvaders.", 2015),
    ("In 2014 besloot de gemeente een meldpunt op te richten.", 2014),
]


@pytest.mark.parametrize(("sentence", "year"), STATEMENTS)
def test_a_start_statement_of_an_unseen_sheet(sentence: str, year: int) -> None:
    found = start_in_sentence(sentence)
    assert found is not None and found.start.year == year


def test_a_decision_to_extend_is_no_start() -> None:
    assert start_in_sentence("In 2019 the council decided to extend the scheme.") is None


RANGES = [
    ("The project (2014–2018) trained 300 officers.", 2014, 2018),
    ("Projet 2016-2019 de la Ville et de l'association.", 2016, 2019),
    ("Programa municipal 2015 - 2017.", 2015, 2017),
    ("Il progetto, 2017/18, ha coinvolto dieci scuole.", 2017, None),
]


@pytest.mark.parametrize(("sentence", "start", "end"), RANGES)
def test_a_bare_range_in_the_opening_is_a_guessed_period(sentence: str, start: int,
                                                          end: int | None) -> None:
    found = find_start([[sentence]])
    assert found is not None and found.guessed and found.start.year == start
    assert (found.end.year if found.end else None) == end


@pytest.mark.parametrize("text", ["Period: 2015 – ongoing", "Durée : 2016 - en cours",
                                  "Periodo: 2014–hoy", "Periodo: 2013 - in corso",
                                  "Zeitraum: 2012–heute", "Período: 2017 – em curso",
                                  "Periode: 2018 – heden"])
def test_an_open_range_is_a_guessed_ongoing_start(text: str) -> None:
    found = find_start([[], [], [text]])
    assert found is not None and found.guessed and found.ongoing is True
    assert found.start.year == int(re.findall(r"\d{4}", text)[0])


@pytest.mark.parametrize("sentence", [
    "The 2014-2018 survey showed rising fear of crime.",
    "Under the Crime and Disorder Act 1998-2000 councils must act.",
])
def test_a_range_that_dates_a_study_or_a_law_is_no_start(sentence: str) -> None:
    assert range_guess(sentence) is None


@given(st.integers(1990, 2030), st.integers(1, 12))
def test_any_bare_range_gives_its_first_year(first: int, length: int) -> None:
    found = range_guess(f"The scheme ({first}–{first + length}) ran in four districts.")
    assert found is not None and found.start.year == first
    assert found.end is not None and found.end.year == first + length


def test_a_section_under_an_unmapped_heading_is_read_for_the_start() -> None:
    raw = read_sheet("sheet.md", b"# Buurtvaders Zuid\n\n## Hoe het werkt\n\nDe vaders lopen "
                     b"elke avond door de wijk. Het project startte in 2013.\n")
    found = extract(raw).practice
    assert found.start is not None and found.start.year == 2013


def test_in_a_sheet_about_an_event_its_date_beats_a_later_section() -> None:
    raw = read_sheet("sheet.md", b"# The 2016 attack and the city's answer\n\nOn 14 July 2016 "
                     b"a truck drove into the crowd.\n\n## Remembrance\n\nSince 2018 a memorial "
                     b"has stood on the promenade.\n")
    found = extract(raw).practice
    assert found.start is not None and found.start.year == 2016
