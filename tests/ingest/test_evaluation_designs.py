"""Scientific evaluations written the way unseen sheets write them, in the seven
languages: researchers comparing the participants with a group "who did not" take part
(the negation describes the comparison group, not the evaluation), control classes and
comparable groups, and a follow-up of participants at fixed months by a university."""

from __future__ import annotations

import pytest

from repository.ingest.normalise.evaluation import evaluation_kind

COMPARED_WITH_THOSE_WHO_DID_NOT = [
    ("Researchers at the university compared the offending of members who engaged with a "
     "matched group from the same areas who did not.", "en"),
    ("Des chercheurs de l'université ont comparé les participants à un groupe comparable "
     "qui n'a pas suivi le programme.", "fr"),
    ("Investigadores de la universidad compararon a los participantes con un grupo "
     "similar que no participó.", "es"),
    ("I ricercatori dell'università hanno confrontato i partecipanti con un gruppo simile "
     "che non ha partecipato.", "it"),
    ("Forscher der Universität verglichen die Teilnehmenden mit einer vergleichbaren "
     "Gruppe, die nicht teilnahm.", "de"),
    ("Investigadores da universidade compararam os participantes com um grupo comparável "
     "que não participou.", "pt"),
    ("Onderzoekers van de Vrije Universiteit vergeleken de recidive van deelnemers met die "
     "van een vergelijkbare groep die niet in de aanpak zat.", "nl"),
]


@pytest.mark.parametrize(("sentence", "language"), COMPARED_WITH_THOSE_WHO_DID_NOT)
def test_a_comparison_with_those_who_did_not_take_part_is_scientific(
        sentence: str, language: str) -> None:
    assert evaluation_kind(sentence, language) == "scientific"


CONTROL_CLASSES = [
    ("A study with control classes showed less bullying.", "en"),
    ("Une étude avec des classes témoins a montré moins de harcèlement.", "fr"),
    ("Un estudio con clases de control mostró menos acoso.", "es"),
    ("Uno studio con classi di controllo ha mostrato meno bullismo.", "it"),
    ("Eine Untersuchung mit Kontrollklassen zeigte weniger Mobbing.", "de"),
    ("Um estudo com turmas de controlo mostrou menos bullying.", "pt"),
    ("Een onderzoek met controleklassen liet minder pesten zien.", "nl"),
]


@pytest.mark.parametrize(("sentence", "language"), CONTROL_CLASSES)
def test_control_classes_make_a_study_scientific(sentence: str, language: str) -> None:
    assert evaluation_kind(sentence, language) == "scientific"


FOLLOW_UPS = [
    ("A university study interviewed 40 participants on entry and 12 and 24 months later.",
     "en"),
    ("Une étude de l'université a suivi 40 participants à l'entrée puis 6 et 12 mois après.",
     "fr"),
    ("Un estudio de la universidad entrevistó a 40 participantes y de nuevo 12 meses después.",
     "es"),
    ("Uno studio dell'università ha intervistato 40 partecipanti all'ingresso e 12 mesi dopo.",
     "it"),
    ("Eine Studie der Universität befragte 40 Teilnehmende beim Einzug und nach 12 und 24 "
     "Monaten.", "de"),
    ("Um estudo do ISPA – Instituto Universitário acompanhou 40 participantes com "
     "entrevistas antes da entrada em casa e 12 e 24 meses depois.", "pt"),
    ("Een studie van de universiteit volgde 40 deelnemers bij de start en 12 maanden later.",
     "nl"),
]


@pytest.mark.parametrize(("sentence", "language"), FOLLOW_UPS)
def test_a_university_follow_up_at_fixed_months_is_scientific(sentence: str,
                                                              language: str) -> None:
    assert evaluation_kind(sentence, language) == "scientific"


NOT_DONE = [
    ("An evaluation that has not been carried out yet is planned.", "en"),
    ("Une évaluation qui n'a pas encore été réalisée.", "fr"),
    ("Una evaluación que no se ha realizado todavía.", "es"),
    ("Una valutazione che non è ancora stata fatta.", "it"),
    ("Eine Evaluation, die nicht durchgeführt wurde.", "de"),
    ("Uma avaliação que não foi realizada.", "pt"),
    ("Een evaluatie die niet is uitgevoerd.", "nl"),
]


@pytest.mark.parametrize(("sentence", "language"), NOT_DONE)
def test_a_relative_negation_without_a_comparison_still_denies(sentence: str,
                                                               language: str) -> None:
    assert evaluation_kind(sentence, language) == "none"


# an external evaluation that says which design it lacks is still external
LACKING = [
    ("en", "An external evaluation looked at delivery and satisfaction, without a control group."),
    ("fr", "Une évaluation externe a examiné la mise en œuvre, sans groupe témoin."),
    ("es", "Una evaluación externa analizó la satisfacción de los usuarios, sin grupo de control."),
    ("it", "Una valutazione esterna ha esaminato l'attuazione, senza gruppo di controllo."),
    ("de", "Eine externe Evaluation untersuchte die Umsetzung, ohne Kontrollgruppe."),
    ("pt", "Uma avaliação externa analisou a execução, sem grupo de controlo."),
    ("nl", "Een externe evaluatie bekeek de uitvoering, zonder controlegroep."),
]


@pytest.mark.parametrize(("language", "text"), LACKING)
def test_a_design_the_evaluation_lacks_does_not_make_it_scientific(language: str,
                                                                   text: str) -> None:
    assert evaluation_kind(text, language) == "external"
