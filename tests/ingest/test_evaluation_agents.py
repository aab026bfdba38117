"""Who evaluated, when the sheet names the evaluator after "by" in any of the seven
languages: a body other than the practice's own people is external, the team, the city
or the police running it is internal. And where monitoring ends: figures the promoters
report under their evaluation heading are their own (internal) account."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.normalise.evaluation import evaluation_kind, find_evaluation
from repository.ingest.normalise.evaluation_cues import OWN_AGENT

EXTERNAL = [
    ("The scheme was evaluated by Ipsos MORI in 2018.", "en"),
    ("Le dispositif a été évalué par Planète Publique.", "fr"),
    ("El programa fue evaluado por la consultora Red2Red.", "es"),
    ("Il progetto è stato valutato da Transcrime.", "it"),
    ("Das Projekt wurde vom Deutschen Jugendinstitut evaluiert.", "de"),
    ("O projeto foi avaliado pelo ISCTE em 2018.", "pt"),
    ("De aanpak is geëvalueerd door het Verwey-Jonker Instituut.", "nl"),
]
INTERNAL = [
    ("The project was evaluated by the team in 2019.", "en"),
    ("Le projet a été évalué par la Ville.", "fr"),
    ("Una evaluación realizada por la propia Policía Municipal mostró una mejora.", "es"),
    ("Il progetto è stato valutato dal Comune.", "it"),
    ("Das Projekt wurde durch die Stadt evaluiert.", "de"),
    ("O projeto foi avaliado pela Câmara Municipal.", "pt"),
    ("Het project werd geëvalueerd door de gemeente.", "nl"),
]


@pytest.mark.parametrize(("sentence", "language"), EXTERNAL)
def test_evaluated_by_a_named_body_is_external(sentence: str, language: str) -> None:
    assert evaluation_kind(sentence, language) == "external"


@pytest.mark.parametrize(("sentence", "language"), INTERNAL)
def test_evaluated_by_its_own_people_is_internal(sentence: str, language: str) -> None:
    assert evaluation_kind(sentence, language) == "internal"


@given(st.from_regex(r"[A-Z][a-z]{3,10}(?: [A-Z][a-z]{3,10})?", fullmatch=True).filter(
    lambda name: not OWN_AGENT.match(name.lower())))  # not a word for its own people
def test_any_named_evaluator_makes_it_external(name: str) -> None:
    assert evaluation_kind(f"The programme was evaluated by {name} in 2020.", "en") in (
        "external", "scientific")


OWN_ACCOUNTS = [
    ("The service answered 1,240 calls in 2022; 85 % of callers were referred to a "
     "support centre and most said they felt safer afterwards.", "en"),
    ("En 2021, 340 interventions ont été réalisées par les médiateurs, dont 60 % dans les "
     "transports en commun, et les plaintes des riverains ont diminué.", "fr"),
    ("Durante 2020 se atendieron 560 casos en las oficinas de barrio y el número de "
     "denuncias por ruido bajó de forma notable respecto al año anterior.", "es"),
    ("Nel 2019 sono state accolte 210 donne nei centri del Comune e il numero di "
     "accessi allo sportello è cresciuto del 30 % rispetto all'anno precedente.", "it"),
    ("Im Jahr 2022 nahmen 1.200 Jugendliche an den Kursen teil, die Zahl der Einsätze "
     "der Polizei im Park ging in derselben Zeit deutlich zurück.", "de"),
    ("Em 2021 foram acompanhadas 300 famílias pela equipa do bairro e o número de "
     "ocorrências registadas nas escolas diminuiu cerca de 20 %.", "pt"),
    ("In 2022 liepen de buurtvaders 450 avonden door de wijk en het aantal meldingen "
     "van overlast daalde met ongeveer een kwart ten opzichte van 2021.", "nl"),
]


@pytest.mark.parametrize(("text", "language"), OWN_ACCOUNTS)
def test_figures_under_the_evaluation_heading_are_an_internal_account(text: str,
                                                                        language: str) -> None:
    finding = find_evaluation([("evaluation", text)], language)
    assert finding is not None and finding.kind == "internal" and finding.confidence < 0.6


@pytest.mark.parametrize("text", [t for t, _ in OWN_ACCOUNTS[:3]])
def test_the_same_figures_elsewhere_are_no_evaluation(text: str) -> None:
    assert find_evaluation([("activities", text), ("results", text)], "en") is None or \
        find_evaluation([("activities", text)], "en") is None


@pytest.mark.parametrize("text", [
    "Non esistono valutazioni scientifiche sistematiche in Italia. Le ricerche "
    "internazionali sul tema indicano un effetto moderato sulla riduzione dei reati.",
    "No formal evaluation exists here. Studies abroad suggest a modest effect on crime.",
    "Het aantal ramen in het gebied nam af, maar critici wezen op het ontbreken van "
    "meetbare doelstellingen en op de verplaatsing van de activiteiten naar elders.",
])
def test_a_section_on_evaluations_elsewhere_or_on_critics_is_no_evaluation(text: str
                                                                            ) -> None:
    finding = find_evaluation([("evaluation", text)], None)
    assert finding is None or finding.kind == "none"


# "external" and "internal" in every inflection of the seven languages
INFLECTED = [
    ("Die Modellphase wurde von einer externen Begleitforschung evaluiert.", "de", "external"),
    ("Das Projekt wurde von externen Fachleuten bewertet.", "de", "external"),
    ("Il progetto è stato valutato da esperti esterni.", "it", "external"),
    ("El programa fue evaluado por expertos externos.", "es", "external"),
    ("O programa foi avaliado por peritos externos.", "pt", "external"),
    ("Le projet a fait l'objet d'évaluations externes.", "fr", "external"),
    ("De aanpak werd door externe onderzoekers geëvalueerd.", "nl", "external"),
    ("The pilot was evaluated by external researchers.", "en", "external"),
    ("Die Evaluation erfolgte durch einen internen Arbeitskreis.", "de", "internal"),
    ("Il progetto è stato valutato dai servizi interni.", "it", "internal"),
    ("El programa fue evaluado por técnicos internos.", "es", "internal"),
    ("Le projet a fait l'objet de bilans internes annuels.", "fr", "internal"),
    ("O programa foi avaliado pelas equipas internas.", "pt", "internal"),
    ("De aanpak werd intern geëvalueerd.", "nl", "internal"),
    ("The project ran an internal evaluation each year.", "en", "internal"),
]


@pytest.mark.parametrize(("sentence", "language", "kind"), INFLECTED)
def test_external_and_internal_in_every_inflection(sentence: str, language: str,
                                                   kind: str) -> None:
    assert evaluation_kind(sentence, language) == kind


# "internal" in the name of a field or a body ("Segurança Interna", "internal affairs") is
# not the team's own evaluation
NAMED_INTERNAL = [
    ("The scheme was studied by researchers of the Centre for Internal Security Studies.",
     "en"),
    ("O modelo foi estudado em trabalhos académicos do Instituto Superior de Ciências "
     "Policiais e Segurança Interna.", "pt"),
    ("El programa fue evaluado por el Ministerio de Asuntos Internos.", "es"),
    ("Il progetto è stato valutato dalla Scuola di sicurezza interna dell'università.", "it"),
    ("Le dispositif a été évalué par l'inspection des affaires internes.", "fr"),
    ("De aanpak werd geëvalueerd door het ministerie van Interne Zaken.", "nl"),
    ("Das Projekt wurde von der Akademie für Interne Sicherheit evaluiert.", "de"),
]


@pytest.mark.parametrize(("sentence", "language"), NAMED_INTERNAL)
def test_internal_in_a_name_is_not_the_teams_own(sentence: str, language: str) -> None:
    assert evaluation_kind(sentence, language) == "external"


# German and Dutch passives: the agent stands before the participle
PASSIVES = [
    ("Das Projekt wurde 2019 von der Prognos AG evaluiert.", "de", "external"),
    ("Das Projekt ist von der Firma Camino evaluiert worden.", "de", "external"),
    ("De aanpak werd in 2019 door bureau Beke geëvalueerd.", "nl", "external"),
    ("Het project is door adviesbureau Significant doorgelicht.", "nl", "external"),
    ("Das Projekt wurde von der Stadt evaluiert.", "de", "internal"),
    ("Die Maßnahme wurde durch die Polizei selbst evaluiert.", "de", "internal"),
    ("De aanpak werd door de gemeente geëvalueerd.", "nl", "internal"),
    ("Het project is door het projectteam zelf geëvalueerd.", "nl", "internal"),
    # "von" as "of", before the auxiliary: no agent is named
    ("Die Wirkung von Präventionsprojekten wurde 2019 evaluiert.", "de", "internal"),
]


@pytest.mark.parametrize(("sentence", "language", "kind"), PASSIVES)
def test_the_agent_of_a_german_or_dutch_passive(sentence: str, language: str,
                                                kind: str) -> None:
    assert evaluation_kind(sentence, language) == kind


# the promoters following the execution through their own figures, beside a denial of an
# independent evaluation only: their monitoring, internal
FOLLOWED = [
    ("Ces chiffres relèvent du suivi de l'exécution ; aucune évaluation indépendante de "
     "l'effet du plan n'est citée.", "fr"),
    ("The city tracks the figures every month; no independent evaluation has been made.",
     "en"),
    ("Die Stadt verfolgt die Zahlen jeden Monat; eine unabhängige Evaluation gibt es nicht.",
     "de"),
    ("El ayuntamiento hace un seguimiento mensual de las cifras; no hay evaluación "
     "independiente.", "es"),
    ("Il comune cura il monitoraggio mensile dei dati; non esiste una valutazione "
     "indipendente.", "it"),
    ("A câmara faz o acompanhamento mensal dos números; não há avaliação independente.",
     "pt"),
    ("De gemeente monitort de cijfers maandelijks; een onafhankelijke evaluatie is er niet.",
     "nl"),
]


@pytest.mark.parametrize(("text", "language"), FOLLOWED)
def test_own_figures_beside_a_denied_independent_evaluation_are_internal(
        text: str, language: str) -> None:
    finding = find_evaluation([("evaluation", text)], language)
    assert finding is not None and finding.kind == "internal"
