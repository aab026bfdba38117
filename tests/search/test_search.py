"""Search with the real bundled model over the sample corpus and the fixture sheets."""

from __future__ import annotations

import pytest

from repository.errors import InvalidQuery
from repository.ingest.pipeline import ingest
from repository.search.request import parse_request
from repository.search.service import search
from repository.search.store import Store
from tests.conftest import SHEETS


def test_the_bar_harassment_question_finds_ask_for_angela_first(corpus_store: Store) -> None:
    response = search(corpus_store, parse_request(q="helping people harassed in bars at night"))
    assert response.hits[0].id == "ask-for-angela"


@pytest.mark.parametrize("mode", ["hybrid", "semantic", "keyword"])
def test_every_mode_ranks_the_matching_fixture_first(store: Store, mode: str) -> None:
    ingest([SHEETS], store)
    response = search(store, parse_request(q="needles and overdoses among drug users", mode=mode))
    assert response.hits and response.hits[0].id == "drug-consumption-room"
    assert response.total >= 1


def test_filters_apply_to_country_theme_and_language(store: Store) -> None:
    ingest([SHEETS], store)
    by_country = search(store, parse_request(q="", country=["FR", "ES"]))
    assert {h.country for h in by_country.hits} <= {"FR", "ES"}
    assert by_country.hits
    by_theme = search(store, parse_request(q="young people at night", theme=["youth"]))
    assert by_theme.hits and all("youth" in h.themes for h in by_theme.hits)
    by_language = search(store, parse_request(q="conflits de voisinage", language=["fr"]))
    assert [h.id for h in by_language.hits] == ["mediation-quartiers"]


def test_an_empty_query_browses_the_filtered_set_with_facets(store: Store) -> None:
    ingest([SHEETS], store)
    response = search(store, parse_request(q="", theme=["youth"]))
    assert response.total == 2
    assert {h.id for h in response.hits} == {"prevencion-escolar", "youth-sport-at-midnight"}
    countries = {f["value"]: f["count"] for f in response.facets["country"]}
    assert countries == {"ES": 1, "CH": 1}
    # the theme facet ignores its own selection: every theme of the whole set is counted
    themes = {f["value"]: f["count"] for f in response.facets["theme"]}
    assert themes["drugs"] == 1 and themes["youth"] == 2


def test_keyword_snippet_highlights_a_stemmed_term(store: Store) -> None:
    ingest([SHEETS], store)
    response = search(store, parse_request(q="supervising injections", mode="keyword"))
    hit = response.hits[0]
    assert hit.id == "drug-consumption-room"
    marked = [hit.snippet[a:b].lower() for a, b in hit.highlights]
    assert any(word.startswith("supervis") for word in marked)
    assert "keyword" in hit.signals


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"country": ["France"]}, "country"),
        ({"country": ["XX"]}, "country"),
        ({"theme": ["not-a-theme"]}, "theme"),
        ({"language": ["english"]}, "language"),
        ({"mode": "fuzzy"}, "mode"),
        ({"year_min": "twenty"}, "year_min"),
    ],
)
def test_invalid_parameters_are_refused_with_the_field_named(params: dict, field: str) -> None:
    with pytest.raises(InvalidQuery) as caught:
        parse_request(q="x", **params)
    assert caught.value.field == field


def test_a_valid_filter_with_no_match_is_an_empty_result(store: Store) -> None:
    ingest([SHEETS], store)
    response = search(store, parse_request(q="drugs", country=["PL"]))
    assert response.total == 0 and response.hits == []


def test_language_versions_of_one_practice_show_as_one_hit(corpus_store: Store) -> None:
    response = search(corpus_store, parse_request(q="Aarhus model exit programme", per_page=20))
    ids = [h.id for h in response.hits]
    versions = {"aarhus-model", "modele-aarhus", "aarhus-modell-de"}
    shown = [i for i in ids if i in versions]
    assert len(shown) == 1
    hit = response.hits[ids.index(shown[0])]
    assert hit.languages == ["de", "en", "fr"]
    assert set(hit.translations) == versions - {hit.id}


def test_similar_practices_leave_out_the_sheet_and_its_versions(corpus_store: Store) -> None:
    from repository.search.similar import similar

    found = similar(corpus_store, "aarhus-model", limit=5)
    ids = [item["id"] for item in found]
    assert len(ids) == 5
    assert not {"aarhus-model", "modele-aarhus", "aarhus-modell-de"} & set(ids)
    abroad = similar(corpus_store, "aarhus-model", limit=5, other_country=True)
    assert abroad and all(item["country"] != "DK" for item in abroad)
    elsewhere = similar(corpus_store, "aarhus-model", limit=5, other_language=True)
    assert elsewhere and all(item["language"] != "en" for item in elsewhere)
