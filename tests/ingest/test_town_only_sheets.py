"""Sheets that name only a town, in the seven languages: a county or district council
after a town's name is that town's seat; an evaluation the clause calls internal stands
even when it counts activity; a university known by its initials is academic."""

from __future__ import annotations

import pytest

from repository.ingest.extract import extract
from repository.ingest.normalise.evaluation import evaluation_kind
from repository.ingest.readers import read_sheet


@pytest.mark.parametrize(("opening", "city"), [
    ("Wexford County Council runs evening drop-ins on the quays.", "Wexford"),
    ("Durham County Council runs evening drop-ins in the town centre.", "Durham"),
    ("Warwick District Council funds youth workers in the parks.", "Warwick"),
])
def test_a_county_or_district_council_after_a_town_is_its_seat(opening: str,
                                                                city: str) -> None:
    text = f"# Youth diversion\n\n{opening}\n\n## History\n\nSince 2016.\n"
    assert extract(read_sheet("sheet.md", text.encode())).practice.city == city


INTERNAL_COUNTS = [
    ("An annual internal evaluation measures the number of reports resolved.", "en"),
    ("Une évaluation interne annuelle mesure le nombre de signalements traités.", "fr"),
    ("Una evaluación interna anual mide el número de avisos resueltos.", "es"),
    ("Una valutazione interna annuale misura il numero di segnalazioni risolte.", "it"),
    ("Eine jährliche interne Evaluation misst die Zahl der erledigten Meldungen.", "de"),
    ("Uma avaliação interna anual mede o número de participações resolvidas.", "pt"),
    ("Een jaarlijkse interne evaluatie meet het aantal opgeloste meldingen.", "nl"),
]


@pytest.mark.parametrize(("text", "language"), INTERNAL_COUNTS)
def test_an_internal_evaluation_that_counts_is_internal(text: str, language: str) -> None:
    assert evaluation_kind(text, language) == "internal"


INITIALS = [
    ("In 2010 UCL evaluated the programme with interviews.", "en"),
    ("En 2010, l'EPFL a évalué le programme par des entretiens.", "fr"),
    ("En 2010 la KU Leuven evaluó el programa con entrevistas.", "es"),
    ("Nel 2010 l'ETH Zürich ha valutato il programma con interviste.", "it"),
    ("2010 evaluierte die TU Dortmund das Programm mit Interviews.", "de"),
    ("Em 2010 a KU Leuven avaliou o programa com entrevistas.", "pt"),
    ("In 2010 evalueerde de KU Leuven de werking aan de hand van interviews.", "nl"),
]


@pytest.mark.parametrize(("text", "language"), INITIALS)
def test_a_university_known_by_its_initials_evaluates_externally(text: str,
                                                                 language: str) -> None:
    assert evaluation_kind(text, language) == "external"
