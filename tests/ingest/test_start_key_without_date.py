"""A key read as the start that holds no date (a row naming a foundation, "Fundación
Ideas para la Paz: evaluación") leaves the start to the sheet's text; a key with a date
still wins over the text."""

from __future__ import annotations

import pytest

from repository.ingest.normalise.facts import normalise_facts

# language → (a foundation row's key and value, a sentence that dates the start)
ROWS = {
    "en": ("Foundation", "evaluation partner", "The scheme was launched in March 2011."),
    "fr": ("Fondation de France", "financement", "Le dispositif a été lancé en mars 2011."),
    "es": ("Fundación Ideas para la Paz", "evaluación",
           "Lanzado por la Policía Nacional en marzo de 2011, el plan divide la ciudad."),
    "it": ("Fondazione Cariplo", "finanziamento", "Il progetto è stato avviato nel marzo 2011."),
    "de": ("Gründung", "durch den Verein", "Das Projekt ging im März 2011 an den Start."),
    "pt": ("Fundação Calouste Gulbenkian", "financiamento",
           "O programa foi lançado em março de 2011."),
    "nl": ("Oprichting", "door de gemeente", "Het project werd in maart 2011 gestart."),
}


def _facts(meta: dict[str, str], sentence: str, language: str):
    return normalise_facts(meta=meta, texts={}, title="Plan", summary=None, body=sentence,
                           language=language, warnings=[], start_inference="rules",
                           parts=[("activities", sentence)])


@pytest.mark.parametrize("language", sorted(ROWS))
def test_a_start_key_without_a_date_leaves_the_start_to_the_text(language: str) -> None:
    _, value, sentence = ROWS[language]
    facts = _facts({"start": value}, sentence, language)
    assert facts.start is not None and (facts.start.year, facts.start.month) == (2011, 3)
    assert facts.origins["start"].source == "prose"


@pytest.mark.parametrize("language", sorted(ROWS))
def test_a_start_key_with_a_date_still_wins(language: str) -> None:
    _, _, sentence = ROWS[language]
    facts = _facts({"start": "2009"}, sentence, language)
    assert facts.start is not None and facts.start.year == 2009
    assert facts.origins["start"].source == "key"
