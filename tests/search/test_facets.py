"""Disjunctive facet counts and filters inside every signal, on a small known set."""

from __future__ import annotations

from pathlib import Path

import pytest

from repository.config import Settings
from repository.search.embedder import Embedder
from repository.search.request import parse_request
from repository.search.service import search
from repository.search.store import Store
from tests.search.sheets import practice

SHEETS = [
    practice("a", "Drugs outreach in Lyon", "Street workers meet people who use drugs.",
             country="FR", themes=("drugs", "youth")),
    practice("b", "Drugs and housing in Lille", "Housing first for people addicted to drugs.",
             country="FR", themes=("drugs",)),
    practice("c", "Drugs education in Madrid", "Lessons about drugs in secondary schools.",
             country="ES", themes=("drugs", "schools")),
    practice("d", "Drugs and youth clubs in Berlin", "Youth workers talk about drugs.",
             country="DE", themes=("drugs", "youth")),
    practice("e", "Sport after dark in Sevilla", "Football for teenagers on Friday nights.",
             country="ES", themes=("youth", "sport")),
    practice("f", "Drugs checking at festivals in Bologna",
             "Testing the pills people bring to festivals for dangerous drugs.",
             country="IT", themes=("drugs",)),
]


@pytest.fixture
def small(store: Store) -> Store:
    assert store.put_many(SHEETS) == ["added"] * len(SHEETS)
    return store


def counts(response, name: str) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {f["value"]: f["count"] for f in response.facets[name]}


def test_a_facets_own_selection_does_not_shrink_its_counts(small: Store) -> None:
    response = search(small, parse_request(q="drugs", mode="keyword", country=["FR", "ES"]))
    assert {h.id for h in response.hits} == {"a", "b", "c"}
    assert response.total == 3
    # country ignores its own selection (FR or ES) but keeps the query: 5 sheets say "drugs"
    assert counts(response, "country") == {"FR": 2, "ES": 1, "DE": 1, "IT": 1}
    # the other facets count the selected set
    assert counts(response, "theme") == {"drugs": 3, "youth": 1, "schools": 1}
    assert counts(response, "language") == {"en": 3}


def test_facets_combine_with_and_across_fields(small: Store) -> None:
    response = search(small, parse_request(q="drugs", mode="keyword", country=["FR", "ES"],
                                           theme=["youth"]))
    assert [h.id for h in response.hits] == ["a"]
    assert counts(response, "country") == {"FR": 1, "DE": 1}  # drugs + youth, any country
    assert counts(response, "theme") == {"drugs": 3, "youth": 1, "schools": 1}  # FR or ES


def test_browsing_counts_the_filtered_set(small: Store) -> None:
    response = search(small, parse_request(q="", country=["ES"]))
    assert response.total == 2
    assert counts(response, "country") == {"FR": 2, "ES": 2, "DE": 1, "IT": 1}
    assert counts(response, "theme") == {"drugs": 1, "schools": 1, "youth": 1, "sport": 1}


@pytest.mark.parametrize("mode", ["hybrid", "semantic", "keyword"])
def test_filters_apply_inside_every_signal(small: Store, mode: str) -> None:
    query = "testing pills at festivals"
    unfiltered = search(small, parse_request(q=query, mode=mode))
    assert unfiltered.hits[0].id == "f"  # the best match is Italian
    filtered = search(small, parse_request(q=query, mode=mode, country=["FR", "DE"]))
    assert "f" not in {h.id for h in filtered.hits}
    assert {h.country for h in filtered.hits} <= {"FR", "DE"}
    assert filtered.total == len(filtered.hits)
    assert filtered.total <= 3


@pytest.mark.parametrize("engine", ["edge", "local"])
def test_the_evaluated_filter_matches_booleans_on_both_engines(
        engine: str, tmp_path: Path, embedder: Embedder) -> None:
    url = None if engine == "edge" else f"local:{tmp_path / 'qdrant'}"
    evaluated = practice("g", "Drugs prevention, evaluated", "An external study of drugs "
                         "prevention.", country="FR", themes=("drugs", "evaluation"))
    evaluated.evaluation_kind = "external"
    with Store.open(Settings(data_dir=tmp_path / "var", qdrant_url=url), embedder) as store:
        store.put_many([*SHEETS, evaluated])
        assert [h.id for h in search(store, parse_request(q="", evaluated=True)).hits] == ["g"]
        assert search(store, parse_request(q="drugs", evaluated=True)).total == 1
        assert search(store, parse_request(q="", evaluated=False)).total == len(SHEETS)
