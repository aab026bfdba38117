"""Result order is total and stable: pages of any sort never repeat or skip a sheet."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from repository.config import Settings
from repository.search.embedder import Embedder
from repository.search.request import parse_request
from repository.search.service import search
from repository.search.store import Store
from tests.search.sheets import practice

# ties everywhere: five sheets with no start date, two starting in 2020, identical texts
SAME = "Night patrols in the old town. Volunteers walk the streets on weekend nights."
SHEETS = [
    *(practice(f"nodate-{c}", "Night patrols", SAME, country="FR") for c in "qbxaf"),
    practice("y2020-b", "Night patrols", SAME, country="FR", start=2020),
    practice("y2020-a", "Night patrols", SAME, country="FR", start=2020),
    practice("y2018", "Night patrols", SAME, country="FR", start=2018),
    practice("y2022", "Library hours", "Longer opening hours for the city library.",
             country="FR", start=2022),
]
NEWEST = ["y2022", "y2020-a", "y2020-b", "y2018",
          "nodate-a", "nodate-b", "nodate-f", "nodate-q", "nodate-x"]


@pytest.fixture(params=["edge", "client"])
def tied(request: pytest.FixtureRequest, settings: Settings, embedder: Embedder
         ) -> Iterator[Store]:
    """The sheets above in an embedded store, on each engine."""
    if request.param == "client":
        settings = Settings(data_dir=settings.data_dir, qdrant_url=":memory:")
    with Store.open(settings, embedder) as store:
        store.put_many(SHEETS)
        yield store


def pages(store: Store, per_page: int, **params: object) -> list[str]:
    """The ids of every page of a search, in page order."""
    out: list[str] = []
    for page in range(1, 20):
        hits = search(store, parse_request(page=page, per_page=per_page, **params)).hits
        if not hits:
            return out
        out.extend(h.id for h in hits)
    return out


@pytest.mark.parametrize("per_page", [1, 2, 4])
def test_browsing_newest_is_one_total_order_across_pages(tied: Store, per_page: int) -> None:
    assert pages(tied, per_page, q="", sort="newest") == NEWEST
    assert pages(tied, per_page, q="", sort="relevance") == NEWEST  # browsing: newest


def test_browsing_by_title_breaks_ties_by_id(tied: Store) -> None:
    assert pages(tied, 2, q="", sort="title") == ["y2022", *sorted(NEWEST[1:])]


@pytest.mark.parametrize("mode", ["keyword", "hybrid"])
def test_relevance_ties_are_broken_by_id_on_every_page(tied: Store, mode: str) -> None:
    found = pages(tied, 3, q="night patrols", mode=mode)
    assert found == sorted(NEWEST[1:])  # eight identical sheets, equal scores


def test_a_query_sorted_by_newest_or_title_sorts_its_result_set(tied: Store) -> None:
    assert pages(tied, 3, q="night patrols", mode="keyword", sort="newest") == NEWEST[1:]
    assert pages(tied, 3, q="night patrols", mode="keyword", sort="title") == sorted(NEWEST[1:])
