"""Researchers' study whose design is told in another sentence of the same section is
scientific ("Economists of X looked into it. They compared … with similar …"); a design
said to be lacking is not; a "not yet" about the compared group is no plan (7 languages)."""

from __future__ import annotations

import pytest

from repository.ingest.normalise.evaluation import find_evaluation

# language → (researchers studied it, the design in the next sentence, a design lacking)
STUDY = {
    "en": ("Two economists of the University of Leeds looked into it with victim surveys.",
           "They compared residents of homes built just after the rule with residents of "
           "similar homes built just before.", "There was no comparison group."),
    "fr": ("Deux chercheurs de l'Université de Lille ont étudié ses effets.",
           "Ils ont comparé les quartiers équipés avec des quartiers similaires sans caméras.",
           "Il n'y avait pas de groupe de comparaison."),
    "es": ("Economistas de la Universidad de Granada estudiaron su efecto.",
           "Comparando los barrios que ya tenían mediadores con los que aún no, vieron menos "
           "robos.", "No hubo grupo de control."),
    "it": ("Due ricercatori dell'Università di Padova hanno studiato i suoi effetti.",
           "Hanno confrontato i quartieri coinvolti con quartieri simili senza mediatori.",
           "Non c'era un gruppo di controllo."),
    "de": ("Zwei Forscher der Universität Kassel untersuchten die Wirkung.",
           "Sie verglichen die Viertel mit Lotsen mit ähnlichen Vierteln ohne Lotsen.",
           "Eine Vergleichsgruppe gab es nicht."),
    "pt": ("Dois investigadores da Universidade de Coimbra estudaram os efeitos.",
           "Compararam os bairros com mediadores com bairros semelhantes sem mediadores.",
           "Não houve grupo de controlo."),
    "nl": ("Twee economen van de Universiteit Leiden zochten het uit.",
           "Zij vergeleken bewoners van woningen die vlak na de invoering van de eis zijn "
           "gebouwd met bewoners van vergelijkbare woningen.", "Er was geen controlegroep."),
}


@pytest.mark.parametrize("language", sorted(STUDY))
@pytest.mark.parametrize("field", ["evaluation", "results"])
def test_a_design_in_the_next_sentence_makes_the_study_scientific(language: str,
                                                                  field: str) -> None:
    study, design, _ = STUDY[language]
    assert find_evaluation([(field, study)], language).kind == "external"  # type: ignore[union-attr]
    finding = find_evaluation([(field, f"{study} {design}")], language)
    assert finding is not None and finding.kind == "scientific"


@pytest.mark.parametrize("language", sorted(STUDY))
def test_a_design_said_to_be_lacking_leaves_it_external(language: str) -> None:
    study, _, lacking = STUDY[language]
    finding = find_evaluation([("evaluation", f"{study} {lacking}")], language)
    assert finding is not None and finding.kind == "external"


@pytest.mark.parametrize("language", sorted(STUDY))
def test_without_researchers_a_comparison_elsewhere_does_not_upgrade(language: str) -> None:
    _, design, _ = STUDY[language]
    finding = find_evaluation([("activities", design)], language)
    assert finding is None or finding.kind != "scientific"
