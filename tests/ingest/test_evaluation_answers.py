"""Evaluations stated in a word or a key, comparisons "without" the practice, commissioned
evaluations, pending ones, surveys, and universities in every language."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.normalise.evaluation import evaluation_kind, short_answer

# (language, what an "Evaluation:" key or heading holds, kind)
ANSWERS = [
    ("en", "No", "none"), ("en", "None", "none"), ("en", "Yes", "internal"),
    ("en", "External, by Cardiff University", "external"), ("en", "False", "none"),
    ("fr", "non", "none"), ("fr", "Aucune", "none"),
    ("fr", "interne : bilan annuel présenté au conseil local", "internal"),
    ("fr", "Oui, externe (cabinet d'études)", "external"),
    ("es", "No", "none"), ("es", "Ninguna", "none"), ("es", "Sí, interna", "internal"),
    ("es", "externa, por la Universidad de Sevilla", "external"),
    ("it", "nessuna", "none"), ("it", "interna, a cura degli operatori", "internal"),
    ("it", "sì, esterna", "external"),
    ("de", "nein", "none"), ("de", "keine", "none"), ("de", "ja, extern", "external"),
    ("de", "intern durch das Projektteam", "internal"),
    ("pt", "não", "none"), ("pt", "nenhuma", "none"),
    ("pt", "externa, pelo ISCTE – Instituto Universitário de Lisboa", "external"),
    ("pt", "sim, interna", "internal"),
    ("nl", "Geen", "none"), ("nl", "nee", "none"), ("nl", "ja, intern", "internal"),
    ("nl", "extern, door een adviesbureau", "external"),
]


@pytest.mark.parametrize(("language", "answer", "kind"), ANSWERS)
def test_a_short_answer_under_an_evaluation_heading(language: str, answer: str,
                                                    kind: str) -> None:
    assert evaluation_kind(answer, language) == kind


@pytest.mark.parametrize(
    "text",
    ["Les résultats sont encourageants.", "Results were presented at the final event.",
     "Die Teilnehmenden waren zufrieden.", "Los vecinos están contentos."],
)
def test_a_short_text_that_names_no_evaluator_says_nothing(text: str) -> None:
    assert short_answer(text, None) is None


# (language, sentence, kind): "without" negates its own object, not the study
WITHOUT = [
    ("en", "Researchers compared burglary in gated streets with similar streets without gates.",
     "scientific"),
    ("fr", "Des chercheurs ont comparé les rues équipées avec des rues semblables sans caméras.",
     "scientific"),
    ("es", "Un estudio de la Universidad comparó los barrios con y sin patrullas.", "scientific"),
    ("it", "L'Università ha messo a confronto i quartieri con e senza vigile di quartiere.",
     "scientific"),
    ("de", "Die Universität verglich Schulen mit und ohne Streitschlichter.", "scientific"),
    ("pt", "Um estudo da Universidade do Porto comparou a criminalidade antes e depois, e com "
           "zonas semelhantes sem câmaras.", "scientific"),
    ("nl", "Het WODC deed een effectonderzoek met controlewijken zonder buurtpreventie.",
     "scientific"),
]


@pytest.mark.parametrize(("language", "sentence", "kind"), WITHOUT)
def test_a_comparison_with_places_without_the_practice_is_a_design(
        language: str, sentence: str, kind: str) -> None:
    assert evaluation_kind(sentence, language) == kind


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("en", "The project went ahead without any evaluation."),
     ("fr", "Le projet s'est déroulé sans évaluation."),
     ("es", "El proyecto siguió sin evaluación alguna."),
     ("it", "Il progetto è proseguito senza valutazione."),
     ("de", "Das Projekt lief ohne Evaluation weiter."),
     ("pt", "O projeto continuou sem avaliação."),
     ("nl", "Het project liep door zonder evaluatie.")],
)
def test_without_an_evaluation_is_none(language: str, sentence: str) -> None:
    assert evaluation_kind(sentence, language) == "none"


COMMISSIONED = [
    ("en", "The city had the project evaluated by an independent institute in 2018."),
    ("fr", "La ville a fait évaluer le projet par un cabinet indépendant en 2018."),
    ("es", "El ayuntamiento hizo evaluar el proyecto por una consultora externa."),
    ("it", "Il Comune ha fatto valutare il progetto da un istituto indipendente."),
    ("de", "Die Stadt ließ das Projekt 2018 unabhängig evaluieren."),
    ("pt", "A Câmara mandou avaliar o projeto por uma entidade externa."),
    ("nl", "De stad liet het project in 2018 onafhankelijk evalueren."),
]


@pytest.mark.parametrize(("language", "sentence"), COMMISSIONED)
def test_a_commissioned_evaluation_is_no_intention(language: str, sentence: str) -> None:
    assert evaluation_kind(sentence, language) == "external"


PENDING = [
    ("en", "An evaluation is still pending."),
    ("fr", "L'évaluation est en attente."),
    ("es", "La evaluación está pendiente."),
    ("it", "La valutazione è in attesa dei dati."),
    ("de", "Eine Evaluation steht noch aus."),
    ("pt", "A avaliação está pendente."),
    ("nl", "De evaluatie staat nog gepland."),
]


@pytest.mark.parametrize(("language", "sentence"), PENDING)
def test_a_pending_evaluation_is_none_yet(language: str, sentence: str) -> None:
    assert evaluation_kind(sentence, language) == "none"


SURVEYS = [
    ("en", "The police survey residents every year about their satisfaction."),
    ("fr", "Une enquête de satisfaction est menée chaque année auprès des habitants."),
    ("es", "El servicio de estudios mide cada año la satisfacción mediante una encuesta."),
    ("it", "Ogni anno un questionario raccoglie il parere dei residenti."),
    ("de", "Jedes Jahr gibt es eine Befragung der Anwohner."),
    ("pt", "Todos os anos é feito um inquérito aos moradores."),
    ("nl", "Elk jaar vullen bewoners een vragenlijst in."),
]


@pytest.mark.parametrize(("language", "sentence"), SURVEYS)
def test_a_yearly_survey_in_the_evaluation_section_is_internal(language: str,
                                                               sentence: str) -> None:
    assert evaluation_kind(sentence, language) == "internal"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("es", "Un estudio de la Universidad de Granada analizó los resultados."),
     ("pt", "Um estudo da Universidade de Coimbra analisou os resultados.")],
)
def test_a_universidad_is_a_university(language: str, sentence: str) -> None:
    assert evaluation_kind(sentence, language) == "external"


def _shout(text: str) -> str:
    return unicodedata.normalize("NFD", text.upper())


@given(st.sampled_from(ANSWERS), st.booleans())
def test_a_short_answer_reads_the_same_in_any_case(case: tuple[str, str, str],
                                                   shout: bool) -> None:
    language, answer, kind = case
    assert evaluation_kind(_shout(answer) if shout else answer, language) == kind


@given(st.sampled_from(["no", "nein", "non", "geen", "não", "ninguna", "nessuna"]),
       st.text(alphabet="abcdefgh ", max_size=30))
def test_a_short_answer_that_starts_with_no_never_makes_a_kind(no: str, rest: str) -> None:
    found = short_answer(f"{no} {rest}", None)
    assert found is not None and found.kind == "none"
