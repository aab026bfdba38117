"""A results section in which the practice's people or partners say what effect they
saw ("the teams point out that conflicts calm down sooner") is the promoters' own
account: internal, weak (docs/evidence.md), in the seven languages. A need they stress,
a doubt, or what others saw elsewhere is not."""

from __future__ import annotations

import pytest

from repository.ingest.normalise.evaluation import find_evaluation

VOICED = [
    ("The street teams point out that disputes on the estate calm down sooner now.", "en"),
    ("Les partenaires soulignent l'effet apaisant des rondes sur la place du marché.", "fr"),
    ("Los educadores destacan que la presencia en el parque reduce las peleas.", "es"),
    ("Gli operatori sottolineano che la presenza serale riduce i litigi nel cortile.", "it"),
    ("Von den Teams wird hervorgehoben, dass die Präsenz Konflikte rasch entschärft.", "de"),
    ("Os mediadores salientam que a presença no bairro melhora a confiança dos moradores.",
     "pt"),
    ("De jongerenwerkers wijzen erop dat de aanwezigheid de overlast vermindert.", "nl"),
]
NOT_AN_EFFECT = [
    "The partners stress the need for more funding and staff.",
    "Critics point out that the patrols reduce nothing but the visibility of the problem.",
    "In other countries, practitioners point out that similar patrols reduce disputes.",
    "The teams do not point out any effect on disputes so far.",
]


@pytest.mark.parametrize(("text", "language"), VOICED)
def test_an_effect_the_practitioners_saw_is_their_own_account(text: str,
                                                              language: str) -> None:
    finding = find_evaluation([("results", text)], language)
    assert finding is not None and finding.kind == "internal"
    assert finding.confidence < 0.6  # weak: flagged for review


@pytest.mark.parametrize("text", NOT_AN_EFFECT)
def test_a_need_a_criticism_or_an_effect_elsewhere_is_none(text: str) -> None:
    finding = find_evaluation([("results", text)], "en")
    assert finding is None or finding.kind == "none"


def test_outside_a_results_section_it_is_not_read() -> None:
    assert find_evaluation([("activities", VOICED[0][0])], "en") is None
