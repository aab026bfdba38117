"""A timeline whose first dated row is only preparation ("2001 | Development work and
talks begin") starts at the first later row that states a start ("2003 | First scheme
piloted"), in the seven languages; a timeline that opens with the start keeps it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.normalise.facts import normalise_facts
from repository.ingest.normalise.start_year import timeline_start

# language → (the preparatory first row, the row of the start, a later row)
ROWS = {
    "en": ("Development work and talks with the industry begin",
           "First scheme piloted in the city centre", "National launch"),
    "fr": ("Phase de préparation avec les bailleurs", "Le dispositif est lancé à Lille",
           "Extension à la métropole"),
    "es": ("Conversaciones con los hosteleros", "El programa se puso en marcha en Vigo",
           "Ampliación a toda Galicia"),
    "it": ("Progettazione con le associazioni", "Il servizio viene avviato a Parma",
           "Estensione alla provincia"),
    "de": ("Planungsphase mit der Polizei", "Das Projekt ging in Kassel an den Start",
           "Ausweitung auf Nordhessen"),
    "pt": ("Preparação com as juntas de freguesia", "O projeto é lançado em Braga",
           "Alargamento ao distrito"),
    "nl": ("Verkenning met de horeca", "Het project gaat van start in Gouda",
           "Uitbreiding naar de regio"),
}


def _table(rows: list[tuple[int, str]]) -> str:
    return "| Year | Step |\n|---|---|\n" + "\n".join(f"| {y} | {t} |" for y, t in rows)


@pytest.mark.parametrize("language", sorted(ROWS))
def test_a_timeline_opening_with_preparation_starts_at_the_start_row(language: str) -> None:
    first, start, later = ROWS[language]
    text = _table([(2001, first), (2003, start), (2005, later)])
    facts = normalise_facts(meta={}, texts={"duration_text": text}, title="Plan",
                            summary=None, body=text, language=language, warnings=[],
                            start_inference="rules", parts=[("duration_text", text)])
    assert facts.start is not None and facts.start.year == 2003


# language → the start row in the historical present, as timelines often tell it
PRESENT = {
    "en": "The scheme starts in the city centre", "fr": "Le dispositif démarre à Lille",
    "es": "El programa arranca en Vigo", "it": "Il servizio prende avvio a Parma",
    "de": "Das Projekt startet in Kassel", "pt": "O projeto começa em Braga",
    "nl": "Het project begint in Gouda",
}


@pytest.mark.parametrize("language", sorted(ROWS))
def test_a_start_row_in_the_present_tense(language: str) -> None:
    first, _, later = ROWS[language]
    found = timeline_start(_table([(2001, first), (2003, PRESENT[language]), (2005, later)]))
    assert found is not None and found.start.year == 2003


@pytest.mark.parametrize("language", sorted(ROWS))
def test_a_timeline_opening_with_its_start_keeps_it(language: str) -> None:
    _, start, later = ROWS[language]
    lines = f"2003 – {start}\n2005 – {later}"
    assert timeline_start(lines) is None
    facts = normalise_facts(meta={}, texts={"duration_text": lines}, title="Plan",
                            summary=None, body=lines, language=language, warnings=[],
                            start_inference="rules", parts=[("duration_text", lines)])
    assert facts.start is not None and facts.start.year == 2003


def test_one_dated_row_is_no_timeline() -> None:
    assert timeline_start("2001 – development work and talks begin") is None


@given(st.lists(st.tuples(st.integers(1960, 2030), st.text(max_size=40)), max_size=6))
def test_a_timeline_start_is_one_of_its_rows_years(rows: list[tuple[int, str]]) -> None:
    found = timeline_start(_table(rows))
    years = {y for y, _ in rows} | {int(t) for _, text in rows
                                    for t in re.findall(r"(?:19|20)\d\d", text)}
    assert found is None or found.start.year in years
