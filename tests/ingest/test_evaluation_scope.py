"""Evaluation statements read by scope: negation, plans, hedges and who evaluated (7 languages)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.normalise.evaluation import evaluation_kind, find_evaluation

# (language, sentence, kind): none = an evaluation is denied, planned or only hoped for
CASES = [
    # English
    ("en", "The scheme has never been formally evaluated.", "none"),
    ("en", "An evaluation is planned once the second year is over.", "none"),
    ("en", "Staff reviewed the figures themselves in an internal evaluation every spring.",
     "internal"),
    ("en", "An independent consultancy evaluated the first two years.", "external"),
    ("en", "Researchers compared the estates with two control areas over three years.",
     "scientific"),
    # French
    ("fr", "Le dispositif n'a jamais fait l'objet d'une évaluation.", "none"),
    ("fr", "Une évaluation sera réalisée à la fin de l'expérimentation.", "none"),
    ("fr", "L'équipe a mené une évaluation interne à partir de questionnaires.", "internal"),
    ("fr", "Un cabinet indépendant a évalué le projet en 2019.", "external"),
    ("fr", "Une étude avec un groupe témoin a mesuré les effets sur la récidive.",
     "scientific"),
    # Spanish
    ("es", "El programa no ha sido evaluado hasta la fecha.", "none"),
    ("es", "Está prevista una evaluación para el próximo año.", "none"),
    ("es", "El propio equipo realizó una evaluación interna con encuestas.", "internal"),
    ("es", "Una consultora externa evaluó el servicio durante dos años.", "external"),
    ("es", "Un ensayo aleatorizado comparó los barrios participantes con un grupo de control.",
     "scientific"),
    # Italian
    ("it", "Il progetto non è mai stato valutato.", "none"),
    ("it", "Una valutazione è prevista per il 2026.", "none"),
    ("it", "Il servizio ha svolto un'autovalutazione con gli operatori.", "internal"),
    ("it", "Una valutazione indipendente è stata affidata a un istituto esterno.", "external"),
    ("it", "I ricercatori hanno confrontato le scuole del progetto con un gruppo di controllo.",
     "scientific"),
    # German
    ("de", "Das Angebot wurde bisher nicht evaluiert.", "none"),
    ("de", "Eine Evaluation ist für das nächste Jahr vorgesehen.", "none"),
    ("de", "Der Träger führt eine interne Evaluation mit Fragebögen durch.", "internal"),
    ("de", "Ein unabhängiges Institut hat das Projekt evaluiert.", "external"),
    ("de", "Eine randomisierte Studie verglich die Schulen mit einer Kontrollgruppe.",
     "scientific"),
    # Portuguese
    ("pt", "O programa nunca foi avaliado.", "none"),
    ("pt", "Está prevista uma avaliação no final do projeto.", "none"),
    ("pt", "A própria equipa fez uma avaliação interna com inquéritos.", "internal"),
    ("pt", "Uma avaliação externa foi encomendada a uma consultora independente.", "external"),
    ("pt", "Investigadores compararam as escolas com um grupo de controlo.", "scientific"),
    # Dutch
    ("nl", "Het project is nooit geëvalueerd.", "none"),
    ("nl", "Een evaluatie staat gepland voor volgend jaar.", "none"),
    ("nl", "Het team voerde een interne evaluatie uit met vragenlijsten.", "internal"),
    ("nl", "Een extern onderzoeksbureau evalueerde de aanpak onafhankelijk.", "external"),
    ("nl", "Onderzoekers vergeleken de wijken met een controlegroep.", "scientific"),
]


@pytest.mark.parametrize(("language", "text", "kind"), CASES)
def test_evaluation_statements_in_seven_languages(language: str, text: str, kind: str) -> None:
    assert evaluation_kind(text, language) == kind
    assert evaluation_kind(text) == kind  # without the language too


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        # results shown at an event, counts of activity: no statement about an evaluation
        ("en", "Results were shown at the closing conference in Brussels.", None),
        ("fr", "Les résultats ont été présentés lors du séminaire final.", None),
        ("de", "Die Ergebnisse wurden auf der Jahrestagung vorgestellt.", None),
        # the promoters' yearly record of the cases: their own monitoring (docs/evidence.md)
        ("es", "La memoria anual recoge el número de casos atendidos.", "internal"),
        # a person's risk assessed is an activity, not an evaluation of the practice
        ("pt", "A equipa faz uma avaliação do risco de cada vítima.", None),
        ("it", "Gli operatori svolgono una valutazione del rischio per ogni donna.", None),
        # a denial beats monitoring; an affirmed evaluation beats a denial
        ("nl", "Er is geen onderzoek naar de effecten gedaan. Het team telt de meldingen.",
         "none"),
        ("en", "No external evaluation exists. The team monitors response times monthly.",
         "internal"),
        ("fr", "Aucune évaluation interne n'a eu lieu, mais un cabinet indépendant a évalué le "
               "dispositif en 2021.", "external"),
        # a self-described internal evaluation run with a university stays internal
        ("es", "Una evaluación interna, hecha con el apoyo de la Universidad de Valencia, "
               "recogió encuestas antes y después.", "internal"),
        # a university without a design is an independent evaluation, with one it is science
        ("de", "Die Universität Graz hat das Projekt evaluiert.", "external"),
        ("de", "Die Universität Graz verglich die Projektschulen mit Vergleichsschulen.",
         "scientific"),
        # studies abroad do not evaluate this practice against its own denial
        ("it", "In Italia non esiste una valutazione. Studi internazionali su programmi simili "
               "indicano effetti positivi.", "none"),
        # "schools without the programme" is the comparison, not a negation
        ("it", "I ricercatori hanno confrontato le scuole del progetto con scuole simili senza "
               "il programma: l'abbandono è calato.", "scientific"),
        # comparison areas "elsewhere" are a design, not a claim about other places
        ("en", "Researchers compared the pilot streets with matched streets elsewhere in the "
               "city.", "scientific"),
        ("de", "Eine Auswertung der Einsatzdaten durch die Polizei zeigte weniger Unfälle.",
         "internal"),
        # a hedge is a weak "none": reported effects beat it
        ("en", "Evaluations are scarce. Partners report fewer complaints since the start.",
         "internal"),
    ],
)
def test_statements_by_scope(language: str, text: str, kind: str | None) -> None:
    assert evaluation_kind(text, language) == kind


def test_the_evaluation_section_is_read_before_the_rest() -> None:
    parts = [("context", "An independent evaluation of a similar scheme in Oslo found effects."),
             ("evaluation", "The programme itself has not been evaluated.")]
    finding = find_evaluation(parts, "en")
    assert finding and finding.kind == "none" and finding.origin == "heading"


def test_without_an_evaluation_section_results_and_prose_are_read() -> None:
    finding = find_evaluation([("activities", "Weekly sessions in two schools."),
                               ("results", "A consultancy evaluated the sessions in 2020.")],
                              "en")
    assert finding and finding.kind == "external" and finding.origin == "heading"
    finding = find_evaluation([("preamble", "Launched in 2015, the scheme was evaluated by "
                                            "researchers with a comparison group.")], "en")
    assert finding and finding.kind == "scientific" and finding.origin == "prose"
    # weak statements in prose are not enough
    assert find_evaluation([("activities", "Partners report fewer complaints.")], "en") is None


_NONE_TEMPLATES = {
    "en": "{neg} evaluation of the project has been published.",
    "fr": "Le projet {neg} a pas fait l'objet d'une évaluation.",
    "es": "{neg} se ha publicado ninguna evaluación del proyecto.",
    "it": "Il progetto {neg} è stato valutato.",
    "de": "Das Projekt wurde {neg} evaluiert.",
    "pt": "O projeto {neg} foi avaliado.",
    "nl": "Het project is {neg} geëvalueerd.",
}
_NEGATIONS = {"en": ["No", "No independent", "No formal"], "fr": ["n'", "ne"],
              "es": ["No", "Nunca"], "it": ["non", "mai"], "de": ["nicht", "nie"],
              "pt": ["não", "nunca"], "nl": ["niet", "nooit"]}


@given(st.sampled_from(sorted(_NONE_TEMPLATES)), st.data())
def test_a_negated_evaluation_is_none_in_any_language(language: str, data: st.DataObject
                                                      ) -> None:
    negation = data.draw(st.sampled_from(_NEGATIONS[language]))
    text = _NONE_TEMPLATES[language].format(neg=negation).replace("n' a", "n'a")
    assert evaluation_kind(text, language) == "none"


_FILLERS = ["no", "not", "never", "pas", "nicht", "kein", "non", "não", "niet", "geen", "sin",
            "nunca", "sans", "ohne", "senza", "zonder", "sem"]


@given(st.sampled_from([c for c in CASES if c[2] == "none"]), st.data())
def test_inserting_a_negation_never_turns_none_into_a_kind(case: tuple[str, str, str],
                                                           data: st.DataObject) -> None:
    language, text, _ = case
    words = text.split()
    at = data.draw(st.integers(0, len(words)))
    word = data.draw(st.sampled_from(_FILLERS))
    changed = " ".join([*words[:at], word, *words[at:]])
    assert evaluation_kind(changed, language) in ("none", None)


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


@given(st.sampled_from(CASES), st.sampled_from(["upper", "lower", "accents", "spaces"]))
def test_case_accents_and_whitespace_do_not_change_the_kind(case: tuple[str, str, str],
                                                            change: str) -> None:
    language, text, kind = case
    changed = {"upper": text.upper(), "lower": text.lower(), "accents": _strip_accents(text),
               "spaces": "  " + text.replace(" ", " \n\t ") + "  "}[change]
    assert evaluation_kind(changed, language) == kind


@given(st.text(max_size=400), st.sampled_from([None, "en", "fr", "es", "it", "de", "pt", "nl"]))
def test_any_text_gives_a_valid_kind(text: str, language: str | None) -> None:
    assert evaluation_kind(text, language) in (None, "none", "internal", "external", "scientific")
