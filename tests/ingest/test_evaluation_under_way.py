"""Research that follows a practice, in a section that says its evaluation is not there
yet, is an evaluation under way: none (docs/evidence.md). Research that found something
stays an evaluation (7 languages)."""

from __future__ import annotations

import pytest

from repository.ingest.normalise.evaluation import find_evaluation

# language → (researchers follow it, the evaluation is not there yet, what they found)
UNDER_WAY = {
    "en": ("The pilot is followed by an independent research consortium that measures its "
           "effects on crime and nuisance.", "An evaluation of the results is not yet "
           "available.", "The researchers found that nuisance fell by a quarter."),
    "fr": ("L'expérimentation est suivie par un consortium de recherche indépendant qui "
           "mesure ses effets sur la délinquance.", "Une évaluation des résultats n'est pas "
           "encore disponible.", "Les chercheurs ont constaté une baisse des nuisances."),
    "es": ("El piloto lo sigue un consorcio de investigación independiente que mide sus "
           "efectos sobre la delincuencia.", "Todavía no hay una evaluación de los "
           "resultados.", "Los investigadores encontraron menos molestias en el barrio."),
    "it": ("La sperimentazione è seguita da un consorzio di ricerca indipendente che ne "
           "misura gli effetti sulla criminalità.", "Una valutazione dei risultati non è "
           "ancora disponibile.", "I ricercatori hanno rilevato un calo del disturbo."),
    "de": ("Der Versuch wird von einem unabhängigen Forschungsverbund begleitet, der seine "
           "Wirkung auf Kriminalität misst.", "Eine Evaluation der Ergebnisse liegt noch "
           "nicht vor.", "Die Forscher stellten fest, dass die Belästigungen sanken."),
    "pt": ("O piloto é acompanhado por um consórcio de investigação independente que mede "
           "os seus efeitos na criminalidade.", "Ainda não existe uma avaliação dos "
           "resultados.", "Os investigadores constataram uma descida dos incómodos."),
    "nl": ("Het experiment wordt gevolgd door een onafhankelijk onderzoeksconsortium, dat "
           "effecten op criminaliteit en overlast meet.", "Een evaluatie van de resultaten "
           "is er nog niet.", "De onderzoekers stelden vast dat de overlast daalde."),
}


@pytest.mark.parametrize("language", sorted(UNDER_WAY))
def test_research_under_way_without_an_evaluation_yet_is_none(language: str) -> None:
    research, not_yet, _ = UNDER_WAY[language]
    finding = find_evaluation([("evaluation", f"{research} {not_yet}")], language)
    assert finding is not None and finding.kind == "none"


@pytest.mark.parametrize("language", sorted(UNDER_WAY))
def test_research_alone_is_external(language: str) -> None:
    research, _, _ = UNDER_WAY[language]
    finding = find_evaluation([("evaluation", research)], language)
    assert finding is not None and finding.kind == "external"


@pytest.mark.parametrize(("text", "kind"), [
    ("L'Università di Bologna ne ha valutato l'impatto con un gruppo di controllo.",
     "scientific"),
    ("Un istituto indipendente ne ha valutato i risultati nel 2019.", "external"),
    ("Né valutazioni né dati sugli effetti sono disponibili.", "none"),
])
def test_the_italian_clitic_ne_is_no_negation_but_ne_ne_is(text: str, kind: str) -> None:
    finding = find_evaluation([("evaluation", text)], "it")
    assert finding is not None and finding.kind == kind
