"""A body that evaluates, named only in a person's title ("the chair of the Court of
Audit spoke at the conference"), is no evaluation of the practice; the body doing the
evaluating still is (7 languages)."""

from __future__ import annotations

import pytest

from repository.ingest.normalise.evaluation import find_evaluation

TITLES = [
    ("The conference heard the chair of the Court of Audit and local councillors.", "en"),
    ("Le président de la Cour des comptes a ouvert le colloque annuel.", "fr"),
    ("En la jornada intervino el presidente del Tribunal de Cuentas.", "es"),
    ("Alla giornata è intervenuta la presidente della Commissione d'inchiesta sul "
     "femminicidio.", "it"),
    ("Zur Tagung sprach die Präsidentin des Rechnungshofs.", "de"),
    ("Na sessão falou o presidente do Tribunal de Contas.", "pt"),
    ("Op de conferentie sprak de voorzitter van de Rekenkamer.", "nl"),
]
REVIEWS = [
    ("The Court of Audit reviewed the scheme in 2019 and found it saved money.", "en"),
    ("La Cour des comptes a évalué le dispositif en 2019.", "fr"),
    ("El Tribunal de Cuentas evaluó el programa en 2019.", "es"),
    ("La Corte dei conti ha valutato il progetto nel 2019.", "it"),
    ("Der Rechnungshof hat das Projekt 2019 evaluiert.", "de"),
    ("O Tribunal de Contas avaliou o programa em 2019.", "pt"),
    ("De Rekenkamer heeft de aanpak in 2019 geëvalueerd.", "nl"),
]


@pytest.mark.parametrize(("sentence", "language"), TITLES)
def test_a_bodys_name_in_a_persons_title_is_no_evaluation(sentence: str,
                                                          language: str) -> None:
    assert find_evaluation([(None, sentence)], language) is None


@pytest.mark.parametrize(("sentence", "language"), REVIEWS)
def test_the_body_evaluating_is_still_external(sentence: str, language: str) -> None:
    finding = find_evaluation([("evaluation", sentence)], language)
    assert finding is not None and finding.kind == "external"
