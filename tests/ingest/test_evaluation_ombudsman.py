"""An ombudsman office that reviewed the practice is an independent body: external (7
languages), also beside the promoters' own count."""

from __future__ import annotations

import pytest

from repository.ingest.normalise.evaluation import evaluation_kind

REVIEWED = {
    "en": "The Parliamentary Ombudsman reviewed the ban and its effect on rough sleepers.",
    "fr": "Le Défenseur des droits a évalué l'arrêté et ses effets sur les sans-abri.",
    "es": "El Defensor del Pueblo evaluó la ordenanza y sus efectos en las personas sin hogar.",
    "it": "Il Difensore civico ha valutato l'ordinanza e i suoi effetti sui senza dimora.",
    "de": "Die Volksanwaltschaft hat das Verbot geprüft und die Verdrängung untersucht.",
    "pt": "A Provedora de Justiça avaliou a medida e os seus efeitos nas pessoas sem-abrigo.",
    "nl": "De Nationale ombudsman heeft het verbod geëvalueerd en de gevolgen onderzocht.",
}


@pytest.mark.parametrize("language", sorted(REVIEWED))
def test_an_ombudsman_review_is_external(language: str) -> None:
    assert evaluation_kind(REVIEWED[language], language) == "external"


def test_the_ombudsman_beside_the_police_own_count_is_external() -> None:
    text = ("Nicht nur eine interne Bilanz der Polizei, die im Jahr vor und nach dem Verbot "
            "weniger Anzeigen zählte, liegt vor: auch die Volksanwaltschaft hat das Verbot "
            "geprüft.")
    assert evaluation_kind(text, "de") == "external"
