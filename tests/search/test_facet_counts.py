"""The number beside a facet value is the number of hits ticking it shows, on the whole
sample corpus (with its language versions), on queries in several languages and on
browsing, with the default multilingual model."""

from __future__ import annotations

from typing import Any

import pytest

from repository.search.request import parse_request
from repository.search.service import search
from repository.search.store import Store

QUERIES = [
    "",  # browsing
    "drug consumption rooms",
    "radicalisation des jeunes",
    "violencia de género",
    "Prävention bei Kindern und Jugendlichen",
    "Lisbon",
]
PER_FACET = 8  # the most frequent values of each facet


def _ticked(name: str, value: Any) -> dict[str, Any]:
    """The parameters that tick one value, as the web page's facet links do."""
    if name == "year":
        return {"year_min": int(value), "year_max": int(value)}
    return {name: [str(value)]}


@pytest.mark.slow
@pytest.mark.parametrize("q", QUERIES)
def test_ticking_a_facet_value_shows_as_many_hits_as_its_count(
        multilingual_corpus: Store, q: str) -> None:
    response = search(multilingual_corpus, parse_request(q=q), log=False)
    assert response.total > 0
    checked = 0
    for name, values in response.facets.items():
        if name == "budget":  # its links tick a range of amounts, not the band's key
            continue
        for item in values[:PER_FACET]:
            ticked = search(multilingual_corpus,
                            parse_request(q=q, **_ticked(name, item["value"])), log=False)
            assert ticked.total == item["count"], (q, name, item)
            checked += 1
    assert checked >= 20


@pytest.mark.slow
def test_language_versions_count_once_in_totals_and_facets(multilingual_corpus: Store) -> None:
    browse = search(multilingual_corpus, parse_request(q=""), log=False)
    assert browse.total < browse.sheets  # the corpus has practices in several languages
    countries = {f["value"]: f["count"] for f in browse.facets["country"]}
    languages = {f["value"]: f["count"] for f in browse.facets["language"]}
    # one value per practice for the country: its counts add up to the practices that
    # have one; languages add up to more, as a practice counts under each of its versions
    with_country = search(multilingual_corpus, parse_request(
        q="", country=sorted(countries)), log=False).total
    assert sum(countries.values()) == with_country
    assert sum(languages.values()) > browse.total
