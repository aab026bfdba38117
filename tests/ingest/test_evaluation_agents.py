"""Who evaluated, when the sheet names the evaluator after "by" in any of the seven
languages: a body other than the practice's own people is external, the team, the city
or the police running it is internal."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.normalise.evaluation import evaluation_kind
from repository.ingest.normalise.evaluation_cues import OWN_AGENT

EXTERNAL = [
    ("The scheme was evaluated by Ipsos MORI in 2018.", "en"),
    ("Le dispositif a été évalué par Planète Publique.", "fr"),
    ("El programa fue evaluado por la consultora Red2Red.", "es"),
    ("Il progetto è stato valutato da Transcrime.", "it"),
    ("Das Projekt wurde vom Deutschen Jugendinstitut evaluiert.", "de"),
    ("O projeto foi avaliado pelo ISCTE em 2018.", "pt"),
    ("De aanpak is geëvalueerd door het Verwey-Jonker Instituut.", "nl"),
]
INTERNAL = [
    ("The project was evaluated by the team in 2019.", "en"),
    ("Le projet a été évalué par la Ville.", "fr"),
    ("Una evaluación realizada por la propia Policía Municipal mostró una mejora.", "es"),
    ("Il progetto è stato valutato dal Comune.", "it"),
    ("Das Projekt wurde durch die Stadt evaluiert.", "de"),
    ("O projeto foi avaliado pela Câmara Municipal.", "pt"),
    ("Het project werd geëvalueerd door de gemeente.", "nl"),
]


@pytest.mark.parametrize(("sentence", "language"), EXTERNAL)
def test_evaluated_by_a_named_body_is_external(sentence: str, language: str) -> None:
    assert evaluation_kind(sentence, language) == "external"


@pytest.mark.parametrize(("sentence", "language"), INTERNAL)
def test_evaluated_by_its_own_people_is_internal(sentence: str, language: str) -> None:
    assert evaluation_kind(sentence, language) == "internal"


@given(st.from_regex(r"[A-Z][a-z]{3,10}(?: [A-Z][a-z]{3,10})?", fullmatch=True).filter(
    lambda name: not OWN_AGENT.match(name.lower())))  # not a word for its own people
def test_any_named_evaluator_makes_it_external(name: str) -> None:
    assert evaluation_kind(f"The programme was evaluated by {name} in 2020.", "en") in (
        "external", "scientific")
