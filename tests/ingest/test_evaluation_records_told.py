"""Figures told as the promoters' own records ("according to the team's records", "nach
Angaben des Teams") are their monitoring: an internal evaluation, in any section and in
the seven languages, and firmer than a denial of only an external evaluation. Another
body's figures are not; an evaluation only announced is none."""

from __future__ import annotations

import pytest

from repository.ingest.normalise.evaluation import find_evaluation

OWN_RECORDS = [
    ("According to the team's own records, 420 people were helped on Friday nights.", "en"),
    ("Selon les chiffres de l'équipe, 500 femmes ont été accueillies l'an dernier.", "fr"),
    ("Según los datos de la propia unidad, se abrieron más de 1.500 expedientes.", "es"),
    ("Secondo i dati del servizio, 200 anziani sono stati seguiti a domicilio.", "it"),
    ("Nach Angaben des Teams gingen die Beschwerden um rund 30 % zurück.", "de"),
    ("Segundo os registos da equipa, foram alojadas mais de 100 pessoas até 2022.", "pt"),
    ("Volgens de eigen cijfers van het team werden 300 jongeren bereikt.", "nl"),
]
OTHERS_FIGURES = [
    ("Selon les chiffres de la police, les vols ont baissé dans le quartier.", "fr"),
    ("According to national crime figures, burglary fell across the country.", "en"),
    ("Laut Polizeistatistik ist die Zahl der Einbrüche bundesweit gesunken.", "de"),
]


@pytest.mark.parametrize(("text", "language"), OWN_RECORDS)
@pytest.mark.parametrize("field", ["results", None])
def test_the_promoters_own_records_are_an_internal_evaluation(
        text: str, language: str, field: str | None) -> None:
    finding = find_evaluation([(field, text)], language)
    assert finding is not None and finding.kind == "internal"


EXTERNAL_DENIED = {
    "en": "No external evaluation has been commissioned.",
    "fr": "Aucune évaluation externe n'a été commandée.",
    "es": "No se ha encargado ninguna evaluación externa.",
    "it": "Non è stata commissionata alcuna valutazione esterna.",
    "de": "Eine externe Evaluation wurde nicht beauftragt.",
    "pt": "Não foi encomendada nenhuma avaliação externa.",
    "nl": "Er is geen externe evaluatie uitgevoerd.",
}


@pytest.mark.parametrize(("text", "language"), OWN_RECORDS)
def test_own_records_outweigh_a_denial_of_only_an_external_evaluation(
        text: str, language: str) -> None:
    parts = [("results", text), ("evaluation", EXTERNAL_DENIED[language])]
    finding = find_evaluation(parts, language)
    assert finding is not None and finding.kind == "internal"


@pytest.mark.parametrize(("text", "language"), OTHERS_FIGURES)
def test_another_bodys_figures_are_no_evaluation(text: str, language: str) -> None:
    finding = find_evaluation([("results", text)], language)
    assert finding is None or finding.kind == "none"


@pytest.mark.parametrize(("text", "language"), [
    ("An external evaluation was announced by the council but has not been carried out.",
     "en"),
    ("Uma avaliação externa foi anunciada pela Câmara, mas ainda não foi realizada.", "pt"),
    ("Eine externe Evaluation wurde angekündigt, aber noch nicht durchgeführt.", "de"),
    ("Une évaluation externe a été annoncée par la ville, mais pas encore réalisée.", "fr"),
])
def test_an_evaluation_only_announced_is_none(text: str, language: str) -> None:
    finding = find_evaluation([("evaluation", text)], language)
    assert finding is not None and finding.kind == "none"
