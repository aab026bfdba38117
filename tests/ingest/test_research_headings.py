"""Research on the practice and what it changed, in the seven languages: a section headed
by the research done ("Onderzoek", "Lo que se ha estudiado") is the sheet's evaluation,
a heading asking what changed is its results, a study the evaluation section names
without its findings is still a study of the practice (by whom the section says), and a
thesis on the practice is research."""

from __future__ import annotations

import pytest

from repository.ingest.extract import extract
from repository.ingest.headings import field_for_heading
from repository.ingest.normalise.evaluation import evaluation_kind
from repository.ingest.readers import read_sheet

# language → (a heading naming research, a study by an outside body with no finding word)
RESEARCH = {
    "en": ("What was studied", "The Institute of Criminology of Cambridge interviewed "
                               "forty residents and shop owners about the wardens."),
    "fr": ("Études menées", "L'Institut national des hautes études a interrogé quarante "
                            "habitants et commerçants sur les correspondants de nuit."),
    "es": ("Lo que se ha estudiado", "El Instituto de Estudios Urbanos entrevistó a "
                                     "cuarenta vecinos y comerciantes sobre los mediadores."),
    "it": ("Ricerca", "L'Istituto di ricerche sociali ha intervistato quaranta residenti e "
                      "negozianti sui mediatori di quartiere."),
    "de": ("Was wurde untersucht?", "Das Institut für Konfliktforschung befragte vierzig "
                                    "Anwohner und Geschäftsleute zu den Nachtlotsen."),
    "pt": ("Pesquisa", "O Instituto de Estudos Sociais entrevistou quarenta moradores e "
                       "comerciantes sobre os mediadores."),
    "nl": ("Onderzoek", "Het Verwey-Jonker Instituut sprak met veertig bewoners en "
                        "ondernemers over de buurtbemiddelaars."),
}
CHANGED = ["What changed", "What has changed?", "Ce qui a changé", "Qu'est-ce qui a changé ?",
           "¿Qué ha cambiado?", "Lo que cambió", "Cosa è cambiato", "Was hat sich verändert?",
           "O que mudou", "Wat is er veranderd?"]
NOT_RESEARCH = ["Study visits", "Studienreise nach Lyon", "Estudiantes", "Studierende",
                "Research partners", "Visite d'étude"]
NOT_CHANGED = ["Ce qui change en 2018", "What it was", "What it does", "Change management"]

# language → a study named under the evaluation heading, with no finding, by whom unsaid
# in its own clause: (the study, who ran it in another line, the team's own, a denial)
NAMED = {
    "en": ("a study of how the centres work and how satisfied residents are",
           "by: the regional statistics office", "an internal study by the team on users' "
           "satisfaction", "No study of the centres has been made."),
    "fr": ("une étude sur le fonctionnement des centres et la satisfaction des habitants",
           "qui : l'observatoire régional de la statistique", "une étude interne menée par "
           "l'équipe sur la satisfaction des usagers", "Aucune étude des centres n'a été "
           "réalisée."),
    "es": ("un estudio sobre el funcionamiento de los centros y la satisfacción vecinal",
           "quién: el instituto regional de estadística", "un estudio interno del propio "
           "equipo sobre la satisfacción de los usuarios", "No se ha hecho ningún estudio "
           "de los centros."),
    "it": ("uno studio sul funzionamento dei centri e sulla soddisfazione dei residenti",
           "chi: l'istituto regionale di statistica", "uno studio interno del gruppo di "
           "lavoro sulla soddisfazione degli utenti", "Non è stato fatto nessuno studio "
           "sui centri."),
    "de": ("eine Studie über die Arbeit der Zentren und die Zufriedenheit der Anwohner",
           "wer: das Landesinstitut für Statistik", "eine interne Studie des Teams zur "
           "Zufriedenheit der Nutzer", "Es wurde keine Studie der Zentren durchgeführt."),
    "pt": ("estudo sobre o funcionamento dos núcleos e a satisfação dos moradores",
           "quem: instituto estadual de estatística", "um estudo interno da própria equipa "
           "sobre a satisfação dos utentes", "Não foi feito nenhum estudo dos núcleos."),
    "nl": ("een studie naar de werking van de centra en de tevredenheid van bewoners",
           "wie: het provinciaal instituut voor statistiek", "een interne studie van het "
           "team zelf naar de tevredenheid van gebruikers", "Er is geen studie van de centra "
           "gedaan."),
}
THESIS = {
    "en": "A master's thesis at the University of Leeds interviewed residents about the wardens.",
    "fr": "Un mémoire de master de l'Université de Lille a interrogé les habitants sur les "
          "médiateurs.",
    "es": "Un trabajo de fin de máster de la Universidad de Granada entrevistó a los vecinos "
          "sobre los mediadores.",
    "it": "Una tesi di laurea dell'Università di Padova ha intervistato i residenti sui "
          "mediatori.",
    "de": "Eine Masterarbeit an der Universität Kassel befragte Anwohner zu den Lotsen.",
    "pt": "Uma dissertação de mestrado da Universidade de Coimbra entrevistou moradores sobre "
          "os mediadores.",
    "nl": "Een scriptie aan de Universiteit Leiden ondervroeg bewoners over de "
          "buurtbemiddelaars.",
}


@pytest.mark.parametrize("language", sorted(RESEARCH))
def test_a_section_on_the_research_done_is_the_evaluation(language: str) -> None:
    heading, study = RESEARCH[language]
    assert field_for_heading(heading) == "evaluation"
    text = (f"# Buurtbemiddeling\n\n## Context\n\nNeighbour disputes in the district.\n\n"
            f"## {heading}\n\n{study}\n")
    practice = extract(read_sheet(f"{language}.md", text.encode())).practice
    assert practice.evaluation is not None and practice.evaluation.startswith(study[:20])
    assert practice.evaluation_kind == "external"


@pytest.mark.parametrize("heading", CHANGED)
def test_a_heading_asking_what_changed_is_the_results(heading: str) -> None:
    assert field_for_heading(heading) == "results"
    assert field_for_heading(heading.upper()) == "results"


@pytest.mark.parametrize("heading", NOT_RESEARCH + NOT_CHANGED)
def test_trips_students_partners_and_news_are_neither(heading: str) -> None:
    assert field_for_heading(heading) not in ("evaluation", "results")


@pytest.mark.parametrize("language", sorted(NAMED))
def test_a_study_the_evaluation_section_names_is_one_of_the_practice(language: str) -> None:
    study, who, own, denied = NAMED[language]
    assert evaluation_kind(f"{who}\n{study}", language) == "external"
    assert evaluation_kind(own[0].upper() + own[1:] + ".", language) == "internal"
    assert evaluation_kind(denied, language) == "none"


@pytest.mark.parametrize("language", sorted(THESIS))
def test_a_thesis_on_the_practice_is_research_by_its_university(language: str) -> None:
    assert evaluation_kind(THESIS[language], language) == "external"
