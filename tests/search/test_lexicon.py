"""Typo tolerance: the speller alone, then through search on both engines."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from repository.config import Settings
from repository.search.embedder import Embedder
from repository.search.lexicon import Speller, correct_query, distance, read_counts
from repository.search.request import parse_request
from repository.search.service import Ranking, search
from repository.search.store import Store
from tests.search.sheets import practice


def test_distance_counts_an_adjacent_transposition_once() -> None:
    assert distance("mediation", "mediation") == 0
    assert distance("mediaton", "mediation") == 1
    assert distance("mediaiton", "mediation") == 1
    assert distance("radicalisation", "radicalization") == 1
    assert distance("kitten", "sitting") == 3


def test_the_speller_corrects_unknown_words_only() -> None:
    speller = Speller(Counter({"radicalisation": 3, "mediation": 5, "medication": 1,
                               "pastors": 1, "bars": 9}))
    assert speller.correct("radicalisaton") == "radicalisation"
    assert speller.correct("mediaton") == "mediation"  # not "medication" (2 edits)
    assert speller.correct("mediation") is None  # known
    assert speller.correct("bras") is None  # too short to guess
    assert speller.correct("pastros") == "pastors"
    assert speller.correct("completelyunrelated") is None


def test_the_most_frequent_of_equally_close_words_wins() -> None:
    speller = Speller(Counter({"brandt": 2, "brandl": 7}))
    assert speller.correct("brandk") == "brandl"


def test_an_inflection_of_a_known_word_is_not_a_typo() -> None:
    speller = Speller(Counter({"policies": 3, "belges": 2}))
    assert speller.correct("policy") is None  # same English stem
    assert speller.correct("belgas") is None  # Spanish "belgas", French "belges"


def test_a_correction_keeps_the_rest_of_the_query() -> None:
    speller = Speller(Counter({"mediation": 1, "sociale": 1}), known=frozenset({"espace"}))
    fixed, corrections = correct_query("Médiaton sociale dans l'espace", speller)
    assert fixed == "mediation sociale dans l'espace"
    assert corrections == {"Médiaton": "mediation"}


SHEETS = [
    practice("mediation-en", "Neighbourhood mediation", "Trained mediators calm disputes "
             "between neighbours before they escalate.", country="GB", themes=("mediation",)),
    practice("exit-en", "Leaving violent extremism", "Mentors help young people turn away "
             "from radicalisation and extremist groups.", country="DK",
             themes=("radicalisation", "youth")),
    practice("angela-en", "Ask for Angela", "Bar staff help guests who feel unsafe on a date.",
             country="GB", themes=("nightlife",)),
    practice("burglary-en", "Repeat burglary prevention", "Burgled homes get new locks and "
             "neighbours watch them.", country="GB", themes=("property_crime",)),
]


@pytest.fixture(params=["edge", "local"])
def engine_store(request: pytest.FixtureRequest, tmp_path: Path, embedder: Embedder):  # type: ignore[no-untyped-def]
    url = None if request.param == "edge" else f"local:{tmp_path / 'qdrant'}"
    with Store.open(Settings(data_dir=tmp_path / "var", qdrant_url=url), embedder) as store:
        store.put_many(SHEETS)
        yield store


@pytest.mark.parametrize(("query", "expected", "fixed"), [
    ("radicalisaton", "exit-en", {"radicalisaton": "radicalisation"}),
    ("mediaton", "mediation-en", {"mediaton": "mediation"}),
    ("Burglery", "burglary-en", {"Burglery": "burglary"}),
])
def test_a_misspelt_query_still_finds_the_sheet(engine_store: Store, query: str,
                                                expected: str, fixed: dict[str, str]) -> None:
    for mode in ("keyword", "hybrid"):
        response = search(engine_store, parse_request(q=query, mode=mode))
        assert response.hits and response.hits[0].id == expected, mode
        assert response.corrections == fixed
        assert "keyword" in response.hits[0].signals
        assert response.to_json()["corrections"] == fixed
    without = search(engine_store, parse_request(q=query, mode="keyword"), Ranking(typos=False))
    assert expected not in {h.id for h in without.hits}  # the correction did the work


def test_the_word_list_follows_writes_and_survives_a_reopen(tmp_path: Path,
                                                            embedder: Embedder) -> None:
    settings = Settings(data_dir=tmp_path / "var")
    with Store.open(settings, embedder) as store:
        store.put_many(SHEETS[:1])
        assert store.speller.correct("mediaton") == "mediation"
        assert store.speller.correct("radicalisaton") is None or "radicalisation" in \
            store.speller.known  # the vocabulary knows the theme word, no sheet uses it yet
        store.put_many(SHEETS[1:])
        counts = read_counts(store.lexicon_path)
    assert counts is not None and counts["radicalisation"] == 1
    store.lexicon_path.unlink()  # an older store without the file: rebuilt from the index
    with Store.open(settings, embedder) as store:
        assert store.speller.counts["mediators"] == 1
        assert store.lexicon_path.is_file()
