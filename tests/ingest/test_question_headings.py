"""Headings that ask a question, in the seven languages: one that asks whether the
practice worked ("¿Funcionó?") opens its evaluation section, a question in capitals
("QUI LE GÈRE ?") is a heading like any line in capitals, and an evaluation that "will
follow" is only planned."""

from __future__ import annotations

import pytest

from repository.ingest.extract import extract
from repository.ingest.headings import field_for_heading
from repository.ingest.normalise.evaluation import evaluation_kind
from repository.ingest.readers import read_sheet
from repository.ingest.readers.markdown import capitals_heading

# language → (a question on the effect, a study with a design in that language)
WORKED = {
    "en": ("Did it work?", "A study by the University of Leeds compared the estates with "
                           "similar estates without wardens and found 20 % fewer burglaries."),
    "fr": ("Est-ce que ça marche ?", "Une étude de l'Université de Lyon a comparé les "
                                     "quartiers avec des quartiers témoins sans médiateurs."),
    "es": ("¿Funcionó?", "Un estudio de la Universidad de Sevilla comparó los barrios con "
                         "barrios similares sin mediadores, con un grupo de control."),
    "it": ("Ha funzionato?", "Uno studio dell'Università di Bologna ha confrontato i quartieri "
                             "con un gruppo di controllo di quartieri simili."),
    "de": ("Hat es gewirkt?", "Eine Studie der Universität Bielefeld verglich die Viertel mit "
                              "einer Kontrollgruppe ähnlicher Viertel ohne Streetworker."),
    "pt": ("Funcionou?", "Um estudo da Universidade do Porto comparou os bairros com um grupo "
                         "de controlo de bairros semelhantes sem mediadores."),
    "nl": ("Heeft het gewerkt?", "Een studie van de Universiteit Utrecht vergeleek de wijken "
                                 "met een controlegroep van vergelijkbare wijken."),
}
HOW_IT_WORKS = ["How does it work?", "How it works", "Comment ça marche ?",
                "Cómo funciona", "Come funziona", "Wie funktioniert es?", "Como funciona",
                "Hoe werkt het?"]
LATER = {
    "en": "More than 3,000 knives were handed in; an evaluation will follow.",
    "fr": "Plus de 300 jeunes ont été reçus ; une évaluation externe suivra en 2026.",
    "es": "Se atendió a 300 jóvenes; una evaluación externa tendrá lugar en 2026.",
    "it": "Sono stati accolti 300 giovani; una valutazione esterna avrà luogo nel 2026.",
    "de": "300 Jugendliche wurden betreut; eine externe Evaluation folgt 2026.",
    "pt": "Foram acolhidos 300 jovens; uma avaliação externa seguirá em 2026.",
    "nl": "Er werden 300 jongeren geholpen; een externe evaluatie volgt in 2026.",
}


@pytest.mark.parametrize("language", sorted(WORKED))
def test_a_question_on_the_effect_is_an_evaluation_heading(language: str) -> None:
    question, study = WORKED[language]
    assert field_for_heading(question) == "evaluation"
    assert field_for_heading(question.upper()) == "evaluation"
    text = (f"# Mediators\n\n## {question}\n\n{study}\n")
    practice = extract(read_sheet(f"{language}.md", text.encode())).practice
    assert practice.evaluation.startswith(study[:20])
    assert practice.evaluation_kind == "scientific"


@pytest.mark.parametrize("heading", HOW_IT_WORKS)
def test_a_question_on_how_it_works_is_no_evaluation_heading(heading: str) -> None:
    assert field_for_heading(heading) != "evaluation"


@pytest.mark.parametrize(("heading", "field"), [
    ("Porquê?", "context"), ("Pourquoi ?", "context"), ("Warum?", "context"),
    ("Waarom?", "context"), ("Perché?", "context"), ("Situación", "context"),
    ("1. Enquadramento", "context"), ("Finalidad", "objectives"), ("Wozu?", "objectives"),
    ("Cómo se trabaja", "activities"), ("Come funziona", "activities"),
    ("Hoe werkt het?", "activities"),
    ("O que conseguimos", "results"), ("Logros", "results"),
    ("Was wurde erreicht?", "results"), ("Wat hebben we bereikt?", "results"),
])
def test_the_questions_why_how_who_and_what_was_achieved_name_their_field(
        heading: str, field: str) -> None:
    assert field_for_heading(heading) == field


@pytest.mark.parametrize("language", sorted(WORKED))
def test_questions_in_capitals_split_a_plain_text_sheet(language: str) -> None:
    question, study = WORKED[language]
    text = (f"STREET MEDIATORS\n\nWHO RUNS IT?\n\nThe city council and two charities of "
            f"the district.\n\n{question.upper()}\n\n{study}\n")
    sheet = read_sheet(f"{language}.txt", text.encode())
    assert [s.heading for s in sheet.sections] == ["Who runs it?", capitals_heading(
        question.upper())]
    assert extract(sheet).practice.evaluation_kind == "scientific"


def test_a_capital_heading_opening_with_an_inverted_mark_keeps_its_capital() -> None:
    assert capitals_heading("¿FUNCIONÓ?") == "¿Funcionó?"
    assert capitals_heading("QUI LE GÈRE ?") == "Qui le gère ?"
    assert capitals_heading("THIS IS SHOUTED!") is None


@pytest.mark.parametrize("language", sorted(LATER))
def test_an_evaluation_that_will_follow_is_none_yet(language: str) -> None:
    assert evaluation_kind(LATER[language], language) == "none"


@pytest.mark.parametrize(("heading", "field"), [
    ("How is it funded?", "budget_text"), ("Who do we work with?", "partners_text"),
    ("Wie wird es finanziert?", "budget_text"), ("Comment est-il financé ?", "budget_text"),
    ("Has it been evaluated?", "evaluation"), ("What we learned", "results"),
    ("Why?", "context"), ("How it works", "activities"),
])
def test_a_question_names_the_field_it_asks_about_not_its_question_word(
        heading: str, field: str) -> None:
    assert field_for_heading(heading) == field


@pytest.mark.parametrize("language", sorted(WORKED))
def test_questions_in_sentence_case_split_a_plain_text_sheet(language: str) -> None:
    # questions standing alone between paragraphs, no capitals, no rule, no colon
    question, study = WORKED[language]
    text = (f"Street mediators\n\nWho do we work with?\n\nThe city council and two "
            f"charities of the district, with the police of the old town.\n\n{question}\n\n"
            f"{study}\n")
    sheet = read_sheet(f"{language}.txt", text.encode())
    assert [s.heading for s in sheet.sections] == ["Who do we work with?", question]
    assert extract(sheet).practice.evaluation_kind == "scientific"


@pytest.mark.parametrize(("text", "language"), [
    ("Not yet. We plan to commission an independent evaluation in 2026.", "en"),
    ("Pas encore : la ville prévoit de commander une évaluation externe.", "fr"),
    ("El ayuntamiento tiene previsto encargar una evaluación externa.", "es"),
    ("Die Stadt beabsichtigt, eine externe Evaluation in Auftrag zu geben.", "de"),
    ("De gemeente is van plan een externe evaluatie te laten uitvoeren.", "nl"),
])
def test_an_evaluation_only_intended_is_none(text: str, language: str) -> None:
    assert evaluation_kind(text, language) == "none"


def test_a_study_with_a_design_in_the_prose_outweighs_the_promoters_conclusion() -> None:
    text = ("# Hot spot patrols in Peterborough\n\n## How the spots were chosen\n\n"
            "Which spots got the visits was drawn at random by researchers of the University "
            "of Cambridge, and the others carried on as usual.\n\n## What we learned\n\n"
            "The force concluded that short, frequent visits are a sensible use of time.\n")
    practice = extract(read_sheet("sheet.md", text.encode())).practice
    assert practice.evaluation_kind == "scientific"
