"""Start years and evaluations of a sixth development set, in the seven languages: the
year a fund, a contract or a programme the practice followed began is not the
practice's ("The Safer Streets Fund was set up in 2019", "Na sequência do Contrato
Local assinado em 2009, o programa arrancou em 2012"); similar places without the
practice make a design; promoters only recording how often they were used, beside a
denial of an impact evaluation, report no evaluation (as the dev set labels
"lo sportello registra il numero di accessi")."""

from __future__ import annotations

import pytest

from repository.ingest.normalise.evaluation import evaluation_kind
from repository.ingest.normalise.start_year import find_start

FUNDS_AND_PRECEDENTS = [
    "The Safer Streets Fund was set up by the Home Office in 2019. Nottingham's lighting "
    "work began in autumn 2020 with a grant from the fund.",
    "À la suite du contrat de sécurité signé en 2016, le service a été créé en 2020.",
    "El fondo europeo se creó en 2019. El programa de Lleida empezó en 2020.",
    "A seguito del patto per la sicurezza firmato nel 2016, il servizio è partito nel 2020.",
    "Das Förderprogramm wurde 2019 eingerichtet. Das Projekt in Kiel startete 2020.",
    "Na sequência do Contrato Local de Segurança assinado em 2016, o programa arrancou em "
    "2020.",
    "Naar aanleiding van het convenant dat in 2016 werd ondertekend, startte het project in "
    "2020.",
]


@pytest.mark.parametrize("text", FUNDS_AND_PRECEDENTS)
def test_a_fund_or_a_precedent_does_not_date_the_practice(text: str) -> None:
    found = find_start([[text]])
    assert found is not None and found.start.year == 2020


def test_a_fund_named_after_the_practices_year_leaves_it_alone() -> None:
    found = find_start([["The work began in 2020 with a grant from the fund."]])
    assert found is not None and found.start.year == 2020


SIMILAR_PLACES = [
    ("Researchers are tracking burglary in the treated streets and in similar streets nearby "
     "that received no new lighting.", "en"),
    ("Des chercheurs suivent les cambriolages dans les rues traitées et dans des rues "
     "similaires qui n'ont pas reçu d'éclairage.", "fr"),
    ("Investigadores siguen los robos en las calles tratadas y en zonas similares que no "
     "recibieron alumbrado.", "es"),
    ("I ricercatori seguono i furti nelle strade trattate e in strade simili che non hanno "
     "ricevuto illuminazione.", "it"),
    ("Forscher verfolgen die Einbrüche in den behandelten Straßen und in ähnlichen Straßen, "
     "die keine Beleuchtung erhielten.", "de"),
    ("Investigadores acompanham os furtos nas ruas tratadas e em ruas semelhantes que não "
     "receberam iluminação.", "pt"),
    ("Onderzoekers volgen de inbraken in de behandelde straten en in vergelijkbare straten "
     "die geen verlichting kregen.", "nl"),
]


@pytest.mark.parametrize(("text", "language"), SIMILAR_PLACES)
def test_similar_places_without_the_practice_make_a_design(text: str, language: str) -> None:
    assert evaluation_kind(text, language) == "scientific"


RECORDED = [
    ("No impact evaluation; the council records the number of rides each month.", "en"),
    ("Pas d'évaluation d'impact ; la ville comptabilise les trajets chaque mois.", "fr"),
    ("Sin evaluación de impacto; el Ayuntamiento registra el número de viajes cada mes.",
     "es"),
    ("Nessuna valutazione di impatto; il Comune raccoglie il numero di corse effettuate ogni "
     "mese.", "it"),
    ("Keine Wirkungsevaluation; die Stadt erfasst die Zahl der Fahrten jeden Monat.", "de"),
    ("Sem avaliação de impacto; a câmara regista o número de viagens todos os meses.", "pt"),
    ("Geen effectevaluatie; de gemeente registreert het aantal ritten per maand.", "nl"),
]


@pytest.mark.parametrize(("text", "language"), RECORDED)
def test_records_kept_beside_a_denied_impact_evaluation_are_internal(text: str,
                                                                     language: str) -> None:
    # the promoters' own monitoring (docs/evidence.md): internal, though no impact study
    assert evaluation_kind(text, language) == "internal"
