"""The vocabulary carries a query across languages, even with the English-only model."""

from __future__ import annotations

import pytest

from repository.search.request import parse_request
from repository.search.service import Ranking, search
from repository.search.store import Store
from tests.search.sheets import practice

SHEETS = [
    practice("addiction-en", "Treatment for people with a drug addiction",
             "Outreach workers refer heroin users to treatment and housing.",
             country="GB", themes=("drugs",)),
    practice("burglary-en", "Repeat burglary prevention", "Burgled homes get new locks.",
             country="GB", themes=("property_crime",)),
    practice("elderly-en", "Visits to isolated elderly people", "Police officers visit "
             "older people who live alone.", country="PT", themes=("seniors",)),
    practice("night-en", "Safe nights in bars", "Bar staff help guests who feel unsafe.",
             country="GB", themes=("nightlife",)),
]


@pytest.fixture
def english(store: Store) -> Store:
    store.put_many(SHEETS)
    return store


def test_a_french_query_finds_an_english_sheet_through_its_concepts(english: Store) -> None:
    response = search(english, parse_request(q="toxicomanie"))
    assert response.hits[0].id == "addiction-en"
    hit = response.hits[0]
    assert "concept" in hit.signals and "keyword" not in hit.signals
    # the concept's English label is what is marked in the English snippet
    marked = {hit.snippet[a:b].lower() for a, b in hit.highlights}
    assert marked and marked <= {"drug", "addiction"}
    # no shared word: keyword search alone finds nothing, and without concepts hybrid
    # does not put the sheet first
    assert search(english, parse_request(q="toxicomanie", mode="keyword")).total == 0
    plain = search(english, parse_request(q="toxicomanie"), Ranking(concepts=False))
    assert not plain.hits or plain.hits[0].id != "addiction-en"
