"""An evaluation of what the practice belongs to (a national programme, a city plan)
beside a denial of the practice itself is no evaluation of the practice, in the seven
languages; an audit office that examined it is external, and an evaluation that made
recommendations is still an evaluation (not one only recommended)."""

from __future__ import annotations

import pytest

from repository.ingest.normalise.evaluation import find_evaluation

UMBRELLA = [
    ("The national programme was evaluated in 2019, but the Leeds scheme itself has not "
     "been evaluated.", "en"),
    ("Le programme national a été évalué, mais le dispositif lyonnais lui-même n'a pas été "
     "évalué.", "fr"),
    ("El plan estatal fue evaluado, pero el programa en sí no ha sido evaluado.", "es"),
    ("Il piano cittadino per gli anziani, di cui il servizio fa parte, è stato oggetto di "
     "una valutazione complessiva; per i custodi sociali non è stata svolta una valutazione "
     "specifica.", "it"),
    ("Das Bundesprogramm wurde evaluiert, das Projekt selbst wurde nicht evaluiert.", "de"),
    ("O programa nacional foi avaliado, mas o projeto em si não foi avaliado.", "pt"),
    ("Het landelijke programma is geëvalueerd, maar het Groningse stadstoezicht zelf is niet "
     "geëvalueerd.", "nl"),
]


@pytest.mark.parametrize(("text", "language"), UMBRELLA)
def test_an_umbrella_evaluated_and_the_practice_itself_not_is_none(
        text: str, language: str) -> None:
    finding = find_evaluation([("evaluation", text)], language)
    assert finding is not None and finding.kind == "none"


def test_an_evaluation_of_the_practice_itself_stays_an_evaluation() -> None:
    text = "The scheme itself was evaluated by the University of Leeds in 2019."
    finding = find_evaluation([("evaluation", text)], "en")
    assert finding is not None and finding.kind == "external"


@pytest.mark.parametrize(("text", "language"), [
    ("En 2010, la Chambre régionale des comptes a examiné la politique de vidéoprotection "
     "de la ville. Son rapport relevait le coût élevé du dispositif.", "fr"),
    ("Il percorso è stato oggetto di una valutazione indipendente dell'Istituto per la "
     "Ricerca Sociale, formulando raccomandazioni per il follow-up.", "it"),
    ("An independent evaluation by the Institute for Social Research made recommendations "
     "for the follow-up.", "en"),
])
def test_an_audit_office_or_an_evaluation_with_recommendations_is_external(
        text: str, language: str) -> None:
    finding = find_evaluation([("evaluation", text)], language)
    assert finding is not None and finding.kind == "external"


@pytest.mark.parametrize(("text", "language"), [
    ("An evaluation is recommended.", "en"), ("Une évaluation est recommandée.", "fr"),
    ("Se recomienda una evaluación externa.", "es"),
    ("Si raccomanda una valutazione esterna.", "it"),
])
def test_an_evaluation_only_recommended_is_none(text: str, language: str) -> None:
    finding = find_evaluation([("evaluation", text)], language)
    assert finding is not None and finding.kind == "none"
