"""Rules found on Word and PDF sheets of a fifth development set, each in the seven
languages: a team going into service starts the practice; of a cue's years the one in
its own clause ("lancé à Montréal en 1990, le service a démarré en 2012"); a
programme's nationwide start beside the city's own; promoters counting under a denial
of an independent evaluation are their own (internal) account; a university's survey
"without a comparison group" is external; an evaluation had done ("evaluieren lassen")."""

from __future__ import annotations

import pytest

from repository.ingest.normalise.evaluation import evaluation_kind
from repository.ingest.normalise.start_year import find_start, start_in_sentence

IN_SERVICE = [
    "The street triage team went on the road in March 2014.",
    "L'équipe est entrée en service en mars 2014.",
    "Los agentes salieron a la calle en marzo de 2014.",
    "Gli operatori sono scesi in strada nel marzo 2014.",
    "Das Team nahm im März 2014 seinen Dienst auf.",
    "A equipa saiu à rua em março de 2014.",
    "De wijkteams gingen in maart 2014 de straat op.",
]


@pytest.mark.parametrize("sentence", IN_SERVICE)
def test_a_team_going_into_service_starts_the_practice(sentence: str) -> None:
    found = start_in_sentence(sentence)
    assert found is not None and found.start.year == 2014


INTRODUCED = [
    "The council introduced the teams in 2014, after a trial in one district.",
    "La ville a instauré les équipes en 2014, après un essai dans un quartier.",
    "El ayuntamiento implantó los equipos en 2014, tras una prueba en un barrio.",
    "Il comune ha introdotto le squadre nel 2014, dopo una prova in un quartiere.",
    "Die Stadt führte die Teams 2014 ein; eingeführt wurden sie nach einem Test.",
    "A câmara implementou as equipas em 2014; foram implementadas após um teste.",
    "De gemeente voerde de wijkteams in 2014 in, na een proef in Presikhaaf.",
]


@pytest.mark.parametrize("sentence", INTRODUCED)
def test_introduced_in_a_year_even_as_a_separable_verb(sentence: str) -> None:
    found = find_start([[sentence]])
    assert found is not None and found.start.year == 2014


SAME_CLAUSE = [
    "Modelled on a scheme launched in Boston in 1990, the service started in 2012.",
    "Inspiré du programme lancé à Montréal en 1990, le service a démarré à la rentrée 2012.",
    "Inspirado en el programa creado en Boston en 1990, el servicio empezó en 2012.",
    "Sul modello del programma nato a Boston nel 1990, il servizio è partito nel 2012.",
    "Nach dem Vorbild eines 1990 gegründeten Projekts, startete der Dienst 2012.",
    "Inspirado no programa criado em Boston em 1990, o serviço arrancou em 2012.",
    "Naar het voorbeeld van een programma uit 1990, startte de dienst in 2012.",
]


@pytest.mark.parametrize("sentence", SAME_CLAUSE)
def test_the_year_of_the_cues_own_clause(sentence: str) -> None:
    found = start_in_sentence(sentence)
    assert found is not None and found.start.year == 2012


NATIONWIDE = [
    "The ministry's initiative started nationwide in 2016. The city's partnership began in 2017.",
    "L'initiative a été lancée dans toute la France en 2016. Le partenariat de la ville a "
    "démarré en 2017.",
    "La iniciativa se lanzó a nivel nacional en 2016. La alianza local empezó en 2017.",
    "L'iniziativa è stata lanciata a livello nazionale nel 2016. Il patto locale è partito "
    "nel 2017.",
    "Die Initiative startete 2016 österreichweit. Die Partnerschaft der Stadt startete 2017.",
    "A iniciativa foi lançada em todo o país em 2016. A parceria local começou em 2017.",
    "Het programma startte in 2016 landelijk. Het lokale convenant startte in 2017.",
]


@pytest.mark.parametrize("text", NATIONWIDE)
def test_a_programmes_nationwide_start_is_not_the_citys(text: str) -> None:
    found = find_start([[text]])
    assert found is not None and found.start.year == 2017


COUNTED_NOT_EVALUATED = [
    ("The trust counts how many detentions were avoided; there has been no independent "
     "evaluation.", "en"),
    ("La ville fait le bilan chaque saison avec le nombre de vols ; pas d'évaluation "
     "indépendante.", "fr"),
    ("El Ayuntamiento hace balance al final de cada temporada con el número de hurtos; no hay "
     "evaluación independiente.", "es"),
    ("Il comune fa un bilancio a fine stagione con il numero di furti; nessuna valutazione "
     "indipendente.", "it"),
    ("Die Stadt zieht jedes Jahr Bilanz mit der Zahl der Einsätze; eine unabhängige "
     "Evaluation gibt es nicht.", "de"),
    ("A câmara faz o balanço no fim da época com o número de furtos; não há avaliação "
     "independente.", "pt"),
    ("De gemeente telt het aantal meldingen; er is geen onafhankelijke evaluatie.", "nl"),
]


@pytest.mark.parametrize(("text", "language"), COUNTED_NOT_EVALUATED)
def test_counts_beside_a_qualified_denial_are_the_promoters_own_account(
        text: str, language: str) -> None:
    assert evaluation_kind(text, language) == "internal"


SURVEYS = [
    ("The University of Leeds surveyed 400 pupils in 2016, without a comparison group.", "en"),
    ("L'Université du Luxembourg a mené en 2016 une enquête par questionnaire auprès de 400 "
     "élèves, sans groupe de comparaison.", "fr"),
    ("La Universidad de Sevilla hizo una encuesta a 400 alumnos, sin grupo de comparación.",
     "es"),
    ("L'Università di Bologna ha svolto un sondaggio tra 400 studenti, senza gruppo di "
     "controllo.", "it"),
    ("Die Universität Graz führte 2016 eine Befragung von 400 Schülern durch, ohne "
     "Kontrollgruppe.", "de"),
    ("A Universidade do Minho fez um inquérito a 400 alunos, sem grupo de controlo.", "pt"),
    ("De Universiteit Utrecht hield een enquête onder 400 leerlingen, zonder controlegroep.",
     "nl"),
]


@pytest.mark.parametrize(("text", "language"), SURVEYS)
def test_a_universitys_survey_without_a_comparison_group_is_external(
        text: str, language: str) -> None:
    assert evaluation_kind(text, language) == "external"


HAD_EVALUATED = [
    ("The ministry had the initiative evaluated externally by an institute in 2019.", "en"),
    ("Le ministère a fait évaluer l'initiative par un institut externe en 2019.", "fr"),
    ("El ministerio hizo evaluar la iniciativa por un instituto externo en 2019.", "es"),
    ("Il ministero ha fatto valutare l'iniziativa da un istituto esterno nel 2019.", "it"),
    ("Das Innenministerium hat die Initiative 2019 durch das Institut für Höhere Studien "
     "extern evaluieren lassen.", "de"),
    ("O ministério mandou avaliar a iniciativa por um instituto externo em 2019.", "pt"),
    ("Het ministerie liet het programma in 2019 extern evalueren.", "nl"),
]


@pytest.mark.parametrize(("text", "language"), HAD_EVALUATED)
def test_an_evaluation_had_done_by_an_outside_body_is_external(text: str,
                                                               language: str) -> None:
    assert evaluation_kind(text, language) == "external"


@pytest.mark.parametrize(("text", "language"), [
    ("The scheme was evaluated by an independent team.", "en"),
    ("Le dispositif a été évalué par une équipe indépendante.", "fr"),
    ("El programa fue evaluado por un equipo independiente.", "es"),
    ("Il progetto è stato valutato da un gruppo indipendente.", "it"),
    ("Das Projekt wurde von einem unabhängigen Team evaluiert.", "de"),
    ("O projeto foi avaliado por uma equipa independente.", "pt"),
    ("Het project werd geëvalueerd door een onafhankelijk team.", "nl"),
])
def test_an_independent_evaluation_is_external_in_every_language(text: str,
                                                                 language: str) -> None:
    assert evaluation_kind(text, language) == "external"
