"""An evaluation or results section that denies only an independent evaluation but reports
the practice's effect on an outcome is the promoters' own account: internal (7 languages).
The denial's own sentence, even when it names the outcome, stays a denial."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.normalise.evaluation import find_evaluation

# a qualified denial (no *independent* evaluation), then the outcome the promoters report
QUALIFIED_DENIAL_AND_OUTCOME = [
    ("en", "No independent evaluation has been carried out.",
     "Since the start, burglaries in the estate have fallen by a third."),
    ("fr", "Aucune évaluation indépendante n'a été réalisée.",
     "Depuis le lancement, les cambriolages dans le quartier ont baissé de 30 %."),
    ("es", "No se ha realizado ninguna evaluación independiente.",
     "Desde su puesta en marcha, los robos en el barrio se redujeron un 30 %."),
    ("it", "Non è stata realizzata una valutazione indipendente.",
     "Da allora i furti nel quartiere sono calati del 20 %."),
    ("de", "Eine unabhängige Evaluation liegt nicht vor.",
     "Seit dem Start sind die Einbrüche im Viertel um ein Drittel zurückgegangen."),
    ("pt", "Não foi feita qualquer avaliação independente.",
     "Desde o início, os furtos no bairro diminuíram 25 %."),
    ("nl", "Er is geen onafhankelijke evaluatie uitgevoerd.",
     "Sinds de start is het aantal inbraken in de wijk met een derde gedaald."),
]

# a denial whose own sentence names the outcome it did not measure
DENIAL_NAMING_THE_OUTCOME = [
    ("en", "The schools value the officer highly. No published impact evaluation on the "
           "reduction of youth crime is available."),
    ("fr", "Les écoles apprécient l'agent. Il n'existe pas d'évaluation d'impact publiée sur "
           "la baisse de la délinquance juvénile."),
    ("es", "Los centros valoran mucho la figura. No se dispone de evaluaciones de impacto "
           "publicadas sobre la reducción de la delincuencia juvenil."),
    ("it", "Le scuole apprezzano la figura. Non esistono valutazioni d'impatto pubblicate "
           "sulla riduzione della criminalità giovanile."),
    ("de", "Die Schulen schätzen die Rolle sehr. Eine veröffentlichte Wirkungsevaluation zum "
           "Rückgang der Jugendkriminalität gibt es nicht."),
    ("pt", "As escolas valorizam a figura. Não existem avaliações de impacto publicadas sobre "
           "a redução da delinquência juvenil."),
    ("nl", "De scholen waarderen de agent. Er is geen gepubliceerde effectevaluatie over de "
           "daling van de jeugdcriminaliteit."),
]


@pytest.mark.parametrize(("language", "denial", "outcome"), QUALIFIED_DENIAL_AND_OUTCOME)
def test_a_qualified_denial_beside_a_reported_outcome_is_internal(
        language: str, denial: str, outcome: str) -> None:
    found = find_evaluation([("evaluation", f"{denial} {outcome}")], language)
    assert found is not None and found.kind == "internal", found


@pytest.mark.parametrize(("language", "denial", "outcome"), QUALIFIED_DENIAL_AND_OUTCOME)
def test_the_outcome_may_stand_in_the_results_section(
        language: str, denial: str, outcome: str) -> None:
    found = find_evaluation([("evaluation", denial), ("results", outcome)], language)
    assert found is not None and found.kind == "internal", found


@pytest.mark.parametrize(("language", "denial", "outcome"), QUALIFIED_DENIAL_AND_OUTCOME)
def test_the_qualified_denial_alone_is_none(language: str, denial: str, outcome: str) -> None:
    found = find_evaluation([("evaluation", denial)], language)
    assert found is not None and found.kind == "none", found


@pytest.mark.parametrize(("language", "text"), DENIAL_NAMING_THE_OUTCOME)
def test_a_denial_that_names_the_outcome_is_still_a_denial(language: str, text: str) -> None:
    found = find_evaluation([("evaluation", text)], language)
    assert found is not None and found.kind == "none", found


@given(st.text(max_size=300))
def test_reading_a_denial_beside_any_text_never_raises(text: str) -> None:
    find_evaluation([("evaluation", "No independent evaluation exists. " + text),
                     ("results", text)], "en")


@pytest.mark.parametrize(("language", "text", "kind"), [
    ("de", "Eine Wirkungsevaluation gibt es nicht.", "none"),
    ("de", "Eine Prozessevaluation durch ein unabhängiges Institut liegt seit 2019 vor.",
     "external"),
    ("nl", "Een effectevaluatie is nooit gedaan.", "none"),
    ("nl", "De procesevaluatie door een onafhankelijk onderzoeksbureau verscheen in 2020.",
     "external"),
])
def test_a_compound_word_names_an_evaluation(language: str, text: str, kind: str) -> None:
    found = find_evaluation([("evaluation", text)], language)
    assert found is not None and found.kind == kind, found


@pytest.mark.parametrize(("text", "kind"), [
    ("De gemeente liet de maatregel jaarlijks doorlichten door het COT.", "external"),
    ("De aanpak is nooit doorgelicht.", "none"),
    ("Een doorlichting door het team zelf volgde in 2020.", "internal"),
])
def test_doorlichten_is_a_dutch_evaluation_and_names_its_agent(text: str, kind: str) -> None:
    found = find_evaluation([("evaluation", text)], "nl")
    assert found is not None and found.kind == kind, found
