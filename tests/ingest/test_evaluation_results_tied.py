"""A results section that reports a change in an outcome and ties it to the practice
(after its start, against the years before it, as its result) is the promoters' own
account: internal, weak (docs/evidence.md). A trend in the problem that the sentence does
not tie to the practice says nothing of its evaluation (7 languages)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.normalise.evaluation import find_evaluation

TIED = {
    "en": "Recorded street robberies fell in each of the years that followed the roll-out.",
    "fr": "Dans les années qui ont suivi le lancement, les vols à l'arraché ont baissé de 40 %.",
    "es": "En los años siguientes a la puesta en marcha, los robos en la calle bajaron un 40 %, "
          "una disminución clara.",
    "it": "Negli anni successivi all'avvio gli scippi sono diminuiti del 40 %.",
    "de": "Seit der Einführung sind die Straßenraube im Viertel um 40 % zurückgegangen.",
    "pt": "Nos anos seguintes ao arranque, os roubos na rua diminuíram 40 %, face aos anos "
          "anteriores.",
    "nl": "In de jaren daarna daalde het aantal straatroven in de wijk met 40 %.",
}
TREND = {
    "en": "Recorded street robbery in the country has increased over the last decade.",
    "fr": "Les vols à l'arraché ont augmenté dans tout le pays au cours de la dernière décennie.",
    "es": "Los robos en la calle han aumentado en todo el país durante la última década.",
    "it": "Gli scippi sono aumentati in tutto il paese nell'ultimo decennio.",
    "de": "Die Straßenraube sind bundesweit im letzten Jahrzehnt gestiegen.",
    "pt": "Os roubos na rua aumentaram em todo o país na última década.",
    "nl": "Het aantal straatroven is het afgelopen decennium landelijk gestegen.",
}


@pytest.mark.parametrize("language", sorted(TIED))
def test_an_outcome_tied_to_the_practice_in_its_results_is_internal(language: str) -> None:
    finding = find_evaluation([("results", TIED[language])], language)
    assert finding is not None and finding.kind == "internal"
    assert finding.confidence < 0.9  # weak: flagged for review


@pytest.mark.parametrize("language", sorted(TREND))
def test_a_trend_in_the_problem_is_no_evaluation(language: str) -> None:
    assert find_evaluation([("results", TREND[language])], language) is None


@pytest.mark.parametrize("language", sorted(TIED))
def test_outside_the_results_the_tied_outcome_is_not_enough(language: str) -> None:
    assert find_evaluation([("activities", TIED[language])], language) is None


@given(st.text(max_size=300))
def test_reading_any_results_text_never_raises(text: str) -> None:
    finding = find_evaluation([("results", text)], "en")
    assert finding is None or finding.kind in ("none", "internal", "external", "scientific")
