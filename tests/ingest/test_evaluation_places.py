"""Evaluation kinds and places."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.normalise.evaluation import evaluation_kind
from repository.places import city_country, country_code, split_city


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A randomised controlled trial in Finnish schools.", "scientific"),
        ("A quasi-experimental evaluation published in the BMJ.", "scientific"),
        ("Das Gesetz wurde wissenschaftlich begleitet.", "scientific"),
        # a university's evaluation is independent; scientific needs a design (issue 18)
        ("Évaluation menée par l'université de Lyon.", "external"),
        ("Évaluation de l'université de Lyon avec un groupe témoin.", "scientific"),
        ("An independent evaluator from a consultancy measured incidents.", "external"),
        ("Una evaluación externa realizada por una consultora.", "external"),
        ("Self-assessment by the teams and internal monitoring.", "internal"),
        ("Eine Selbstevaluation der Teams wird jährlich durchgeführt.", "internal"),
        ("Not evaluated.", "none"),
        ("Pas d'évaluation à ce jour.", "none"),
        ("Keine Evaluation.", "none"),
        ("Il progetto non è stato valutato.", "none"),
        ("O projeto não foi avaliado.", "none"),
        ("Het project is niet geëvalueerd.", "none"),
        ("Les résultats sont encourageants.", None),
        ("", None),
    ],
)
def test_evaluation_kind(text: str, kind: str | None) -> None:
    assert evaluation_kind(text) == kind


@given(st.text(max_size=300))
def test_evaluation_kind_is_total(text: str) -> None:
    assert evaluation_kind(text) in (None, "none", "internal", "external", "scientific")


@pytest.mark.parametrize(
    ("city", "country"),
    [("Lisboa", "PT"), ("Lisbon", "PT"), ("Lisbonne", "PT"), ("München", "DE"),
     ("Munich", "DE"), ("Bruxelles", "BE"), ("Brussel", "BE"), ("Brussels", "BE"),
     ("Barcelone", "ES"), ("wien", "AT"), ("Lyon (France)", "FR"), ("Genf", "CH"),
     ("Den Haag", "NL"), ("La Haye", "NL"), ("Atlantis", None), (None, None)],
)
def test_city_country(city: str | None, country: str | None) -> None:
    assert city_country(city) == country


def test_country_names_in_any_language() -> None:
    assert [country_code(n) for n in ("Allemagne", "Alemania", "Deutschland", "UK",
                                      "Österreich", "Italia", "Regno Unito", "ESP")] == [
        "DE", "DE", "DE", "GB", "AT", "IT", "GB", "ES"]


def test_split_city() -> None:
    assert split_city("Lyon (France)") == ("Lyon", "FR")
    assert split_city("Sevilla, España") == ("Sevilla", "ES")
    assert split_city("Paris") == ("Paris", None)
