"""A comparison with a group described by a negated participle ("minors not mediated",
"non mediati", "non suivis", "nicht betreuten", "no atendidos", "não acompanhados",
"niet-begeleide") is a design: the negation names the compared group, in the seven
languages; a comparison that was not made is still denied."""

from __future__ import annotations

import pytest

from repository.ingest.normalise.evaluation import evaluation_kind

COMPARED = [
    ("A doctoral thesis at the University of Leeds compared reoffending with that of young "
     "people not mediated.", "en"),
    ("Une thèse de l'Université de Lille a comparé la récidive avec celle des jeunes non "
     "suivis.", "fr"),
    ("Una tesis de la Universidad de Sevilla comparó la reincidencia con la de jóvenes no "
     "atendidos.", "es"),
    ("Nel 2015 una tesi di dottorato dell'Università di Trento ha confrontato i tassi di "
     "recidiva con quelli dei minori non mediati.", "it"),
    ("Eine Dissertation der Universität Köln verglich die Rückfallquote mit nicht betreuten "
     "Jugendlichen.", "de"),
    ("Uma tese da Universidade do Porto comparou a reincidência com a de jovens não "
     "acompanhados.", "pt"),
    ("Een proefschrift van de Universiteit Leiden vergeleek de recidive met die van "
     "niet-begeleide jongeren.", "nl"),
]


@pytest.mark.parametrize(("text", "language"), COMPARED)
def test_a_group_named_by_a_negated_participle_is_compared_with(text: str,
                                                                language: str) -> None:
    assert evaluation_kind(text, language) == "scientific"


NOT_COMPARED = [
    ("A comparison with other cities was not made.", "en"),
    ("Une comparaison avec d'autres villes n'a pas été faite.", "fr"),
    ("No se ha hecho una comparación con otras ciudades.", "es"),
    ("Un confronto con altre città non è stato fatto.", "it"),
    ("Ein Vergleich mit anderen Städten wurde nicht durchgeführt.", "de"),
    ("Não foi feita uma comparação com outras cidades.", "pt"),
    ("Een vergelijking met andere steden is niet gemaakt.", "nl"),
]


@pytest.mark.parametrize(("text", "language"), NOT_COMPARED)
def test_a_comparison_not_made_is_no_scientific_evaluation(text: str, language: str) -> None:
    assert evaluation_kind(text, language) != "scientific"
