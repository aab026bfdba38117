"""Language versions of one practice: one hit, shown in the query's language, counted."""

from __future__ import annotations

import pytest

from repository.search.request import parse_request
from repository.search.service import search
from repository.search.store import Store
from tests.search.sheets import practice

ANGELA_NL = ("Ask for Angela in Amsterdam. Wie zich onveilig voelt, vraagt aan de bar naar "
             "Angela en het personeel helpt discreet: Ask for Angela werkt in elke bar.")
SHEETS = [
    practice("angela-en", "Safe nights in bars", "A guest who feels unsafe asks the bar "
             "staff for Angela, and the staff help.", country="NL",
             translations=("angela-nl",)),
    practice("angela-nl", "Ask for Angela in de bar", ANGELA_NL, language="nl", country="NL",
             translations=("angela-en",)),
    practice("patrols-fr", "Patrouilles de nuit à Angela", "Des bénévoles marchent la nuit "
             "autour de la rue Angela.", language="fr", country="FR"),
    practice("angela-es", "Pregunta por Angela", "En los bares de Madrid, quien se siente "
             "inseguro pregunta por Angela.", language="es", country="ES"),
]


@pytest.fixture
def versions(store: Store) -> Store:
    store.put_many(SHEETS)
    return store


def test_an_english_query_shows_the_english_version_when_it_matched(versions: Store) -> None:
    response = search(versions, parse_request(q="ask for angela at the bar", mode="keyword"))
    scores = {h.id: h.score for h in response.hits}
    assert "angela-nl" not in scores and "angela-en" in scores
    hit = next(h for h in response.hits if h.id == "angela-en")
    assert hit.translations == ["angela-nl"] and hit.languages == ["en", "nl"]
    assert hit.language == "en"


def test_the_dutch_version_ranks_the_group_and_wins_a_dutch_query(versions: Store) -> None:
    english = search(versions, parse_request(q="ask for angela at the bar", mode="keyword"))
    dutch = search(versions, parse_request(q="wie zich onveilig voelt vraagt naar Angela",
                                           mode="keyword"))
    assert dutch.hits[0].id == "angela-nl"
    assert dutch.hits[0].translations == ["angela-en"]
    # the group keeps the rank of its best-scoring version, whichever version is shown
    assert english.hits[0].id == "angela-en"


def test_totals_and_facets_count_practices_on_a_query(versions: Store) -> None:
    response = search(versions, parse_request(q="angela", mode="keyword"))
    assert (response.total, response.sheets) == (3, 4)
    assert len(response.hits) == 3
    # a practice counts once under each value one of its versions has
    assert counts(response, "country") == {"NL": 1, "FR": 1, "ES": 1}
    assert counts(response, "language") == {"en": 1, "nl": 1, "fr": 1, "es": 1}
    assert response.to_json()["sheets"] == 4

    ticked = search(versions, parse_request(q="angela", mode="keyword", language=["nl", "es"]))
    assert (ticked.total, ticked.sheets) == (2, 2)
    assert {h.id for h in ticked.hits} == {"angela-nl", "angela-es"}


def test_browsing_shows_a_practice_once_and_counts_practices(versions: Store) -> None:
    response = search(versions, parse_request(q=""))
    assert (response.total, response.sheets) == (3, 4)
    assert len(response.hits) == 3
    assert len({h.id for h in response.hits} & {"angela-en", "angela-nl"}) == 1
    assert counts(response, "country") == {"NL": 1, "FR": 1, "ES": 1}
    assert counts(response, "language") == {"en": 1, "nl": 1, "fr": 1, "es": 1}
    # pages follow the practices, not the sheets
    pages = [search(versions, parse_request(q="", per_page=1, page=n)) for n in (1, 2, 3, 4)]
    assert [len(p.hits) for p in pages] == [1, 1, 1, 0]
    assert len({p.hits[0].id for p in pages[:3]}) == 3


@pytest.mark.parametrize("q", ["angela", ""])
def test_each_facet_count_is_the_number_of_hits_ticking_it_shows(versions: Store,
                                                                 q: str) -> None:
    response = search(versions, parse_request(q=q, mode="keyword"))
    for name, values in response.facets.items():
        for item in values:
            ticked = search(versions, parse_request(q=q, mode="keyword",
                                                    **{name: [str(item["value"])]}))
            assert ticked.total == item["count"], (name, item)


def counts(response, name: str) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {f["value"]: f["count"] for f in response.facets[name]}


def test_browsing_with_two_selections_counts_each_facet_without_its_own(versions: Store
                                                                        ) -> None:
    """Facets that share a filter share its versions' rows; each count is still the one
    `browsing.facet_counts` gives for its own filter alone."""
    from repository.search import browsing
    from repository.search.request import FACET_FIELDS

    request = parse_request(q="", country=["NL", "ES"], language=["nl", "es"])
    response = search(versions, request)
    flt = request.filter()
    for name, key in FACET_FIELDS.items():
        alone = browsing.facet_counts(versions, key, flt.without(key), 200)
        assert counts(response, name) == dict(alone), name
    assert counts(response, "country") == {"NL": 1, "ES": 1}
    assert counts(response, "language") == {"en": 1, "nl": 1, "es": 1}  # NL has an en version
