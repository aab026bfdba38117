"""The evidence level of an evaluation section, in the seven sheet languages, with negations."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.normalise.evaluation import evaluation_kind
from repository.ingest.normalise.evidence import LEVELS, evidence_level

CASES: dict[str, list[tuple[str, str]]] = {
    "experimental": [
        ("en", "An independent team ran a randomised controlled trial in 40 schools."),
        ("fr", "Une évaluation externe a suivi un essai randomisé : les classes ont été "
               "tirées au sort."),
        ("es", "La Universidad de Granada realizó una evaluación con asignación aleatoria de "
               "los barrios."),
        ("it", "L'Università di Bologna ha condotto una valutazione con uno studio "
               "randomizzato su 30 scuole."),
        ("de", "Die Evaluation der Universität Hamburg war eine randomisierte Studie mit "
               "Kontrollgruppe."),
        ("pt", "A avaliação da Universidade do Porto foi um ensaio randomizado em 20 escolas."),
        ("nl", "De evaluatie door de Universiteit Leiden was een gerandomiseerd experiment "
               "in 24 wijken."),
    ],
    "quasi_experimental": [
        ("en", "The evaluation compared the target streets with a comparison group of "
               "similar streets; it was not randomised."),
        ("fr", "L'évaluation externe a comparé les quartiers concernés à des quartiers "
               "témoins, sans tirage au sort."),
        ("es", "La evaluación utilizó un grupo de control de jóvenes de otros barrios."),
        ("it", "La valutazione ha usato un gruppo di controllo non randomizzato."),
        ("de", "Die Evaluation verglich die Projektschulen mit einer Vergleichsgruppe von "
               "Schulen ohne das Programm; eine Randomisierung gab es nicht."),
        ("pt", "A avaliação externa usou um grupo de controlo e uma análise de "
               "diferenças nas diferenças."),
        ("nl", "De evaluatie vergeleek de wijken met een controlegroep van vergelijkbare "
               "wijken, niet gerandomiseerd."),
    ],
    "outcome": [
        ("en", "The evaluation measured burglaries before and after; there was no control "
               "group."),
        ("fr", "L'évaluation interne montre une baisse de 30 % des cambriolages, sans "
               "groupe de contrôle."),
        ("es", "La evaluación midió la sensación de seguridad antes y después, sin grupo "
               "de control."),
        ("it", "La valutazione interna ha rilevato un calo dei furti del 25%; non c'è "
               "stato un gruppo di controllo."),
        ("de", "Die Evaluation ergab einen Rückgang der Einbrüche um 20 Prozent; eine "
               "Kontrollgruppe gab es nicht."),
        ("pt", "A avaliação mediu a reincidência antes e depois do programa, sem grupo de "
               "controlo."),
        ("nl", "De evaluatie toonde een daling van de overlast met 15 procent; er was geen "
               "controlegroep."),
    ],
    "descriptive": [
        ("en", "An internal evaluation looked at how the activities were delivered and at "
               "the satisfaction of participants; there was no control group."),
        ("fr", "Une évaluation interne a porté sur le déroulement des activités et la "
               "satisfaction des participants."),
        ("es", "Una evaluación externa analizó la puesta en marcha del servicio y la "
               "satisfacción de los usuarios, sin asignación aleatoria."),
        ("it", "Una valutazione interna ha esaminato l'organizzazione delle attività e la "
               "soddisfazione dei partecipanti."),
        ("de", "Eine externe Evaluation untersuchte die Umsetzung und die Zufriedenheit der "
               "Teilnehmenden; sie war nicht randomisiert."),
        ("pt", "Uma avaliação interna analisou a execução das atividades e a satisfação dos "
               "participantes."),
        ("nl", "Een externe evaluatie bekeek de uitvoering en de tevredenheid van de "
               "deelnemers, zonder controlegroep."),
    ],
    "none": [
        ("en", "No formal evaluation has been published."),
        ("fr", "Aucune évaluation n'a été réalisée ; un essai randomisé est prévu."),
        ("es", "No se ha realizado ninguna evaluación."),
        ("it", "Non è stata condotta alcuna valutazione."),
        ("de", "Keine Evaluation bekannt."),
        ("pt", "Não foi feita nenhuma avaliação."),
        ("nl", "Er is geen evaluatie uitgevoerd."),
    ],
}
PARAMS = [(level, lang, text) for level, cases in CASES.items() for lang, text in cases]


def test_every_level_is_tested_in_every_language() -> None:
    assert set(CASES) == set(LEVELS)
    assert all({lang for lang, _ in cases} == {"en", "fr", "es", "it", "de", "pt", "nl"}
               for cases in CASES.values())


@pytest.mark.parametrize(("level", "language", "text"), PARAMS)
def test_evidence_level_of_an_evaluation_section(level: str, language: str,
                                                 text: str) -> None:
    assert evidence_level(text, language) == level


@pytest.mark.parametrize("text", [
    "An RCT is planned for 2026.",
    "Randomised trials abroad have shown such programmes work.",
    "A random sample of 500 residents answered the internal evaluation survey.",
])
def test_a_planned_foreign_or_sampled_design_is_not_experimental(text: str) -> None:
    assert evidence_level(text, "en") != "experimental"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The projects are monitored internally; independent outcome evaluations of "
           "individual projects are limited."),
    ("de", "Das Team wertet die Teilnahme intern aus; Wirkungsevaluationen fehlen."),
])
def test_a_hedged_or_lacking_outcome_evaluation_is_not_one(language: str, text: str) -> None:
    assert evidence_level(text, language) in (None, "none", "descriptive")


def test_no_evaluation_section_gives_no_level() -> None:
    assert evidence_level(None) is None
    assert evidence_level("The project trained 40 officers.", "en") is None


@given(st.text(max_size=300))
def test_any_text_gives_a_level_of_the_scale_or_none(text: str) -> None:
    assert evidence_level(text) in (*LEVELS, None)


@pytest.mark.parametrize(("language", "text"), [
    ("it", "La valutazione ha usato un gruppo di controllo non randomizzato."),
    ("nl", "De evaluatie vergeleek de wijken met een controlegroep, niet gerandomiseerd."),
    ("en", "The evaluation used a comparison group of schools, not randomised."),
])
def test_a_negated_design_word_does_not_deny_the_evaluation(language: str, text: str) -> None:
    # "not randomised" qualifies the design; it used to make the whole evaluation "none"
    assert evaluation_kind(text, language) == "scientific"
    assert evidence_level(text, language) == "quasi_experimental"


@pytest.mark.parametrize(("language", "text", "level"), [
    # a comparison with similar places, said without the words "control group"
    ("pt", "Uma avaliação da universidade registou uma redução dos homicídios em comparação "
           "com outras áreas da cidade.", "quasi_experimental"),
    ("it", "Un'indagine dell'università ha confrontato la dispersione nelle scuole aperte con "
           "quella di scuole simili senza il programma.", "quasi_experimental"),
    # an outcome inside a compound, and an outcome and its change in two clauses
    ("de", "Die Evaluation zeigte einen Rückgang der Beschaffungskriminalität.", "outcome"),
    ("nl", "De evaluatie toonde een daling van de jeugdcriminaliteit.", "outcome"),
    ("en", "The evaluation compared burglaries with the year before: they fell by 10%.",
     "outcome"),
    # a change in the practice's own activity, or an outcome it did not measure
    ("en", "An independent evaluation found that the number of participants increased.",
     "descriptive"),
    ("fr", "Une évaluation externe a été menée ; aucune donnée sur la délinquance n'a été "
           "recueillie.", "descriptive"),
])
def test_comparisons_compounds_and_activity_counts(language: str, text: str,
                                                   level: str) -> None:
    assert evidence_level(text, language) == level


# a study published in a scientific journal: scientific, with no outcome word of its own
JOURNAL = [
    ("en", "The evaluation was published in a peer-reviewed journal."),
    ("fr", "L'évaluation a été publiée dans une revue scientifique à comité de lecture."),
    ("es", "La evaluación se publicó en una revista científica revisada por pares."),
    ("it", "La valutazione è stata pubblicata su una rivista scientifica con revisione paritaria."),
    ("de", "Die Evaluation erschien in einer wissenschaftlichen Fachzeitschrift."),
    ("pt", "A avaliação foi publicada numa revista científica com revisão por pares."),
    ("nl", "De evaluatie verscheen in een wetenschappelijk tijdschrift met peer review."),
]


@pytest.mark.parametrize(("language", "text"), JOURNAL)
def test_a_scientific_evaluation_is_at_least_outcome(language: str, text: str) -> None:
    assert evaluation_kind(text, language) == "scientific"
    assert evidence_level(text, language) in ("outcome", "quasi_experimental", "experimental")
