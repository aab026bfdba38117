"""Search responses served again while no sheet is written, never after a write."""

from __future__ import annotations

import itertools
from pathlib import Path

from repository.config import Settings
from repository.search.embedder import Embedder
from repository.search.request import parse_request
from repository.search.response_cache import ResponseCache
from repository.search.service import search
from repository.search.store import Store
from tests.search.sheets import practice

NIGHT = practice("night-buses", "Night buses with stewards",
                 "Stewards ride the night buses so that passengers feel safe at night.",
                 country="FR", themes=("public-transport",))
SCHOOL = practice("school-mediation", "Mediation at school",
                  "Pupils trained as mediators settle conflicts in the playground.",
                  country="ES", themes=("youth",))
TRAMS = practice("night-trams", "Safe night trams",
                 "Stewards on the last trams of the night help passengers home safely.",
                 country="DE", themes=("public-transport",))


def test_the_same_request_is_answered_by_the_kept_response(store: Store) -> None:
    store.put_many([NIGHT, SCHOOL])
    request = parse_request(q="stewards at night", country=["FR"])
    first = search(store, request)
    again = search(store, parse_request(q="stewards at night", country=["FR"]))
    assert again is first
    assert store.responses.hits == 1
    other = search(store, parse_request(q="stewards at night", country=["FR"], page=2))
    assert other is not first


def test_a_written_sheet_is_found_at_once(store: Store) -> None:
    store.put_many([NIGHT, SCHOOL])
    request = parse_request(q="stewards helping passengers at night")
    before = search(store, request)
    assert "night-trams" not in {h.id for h in before.hits}
    store.put_many([TRAMS])
    after = search(store, request)
    assert "night-trams" in {h.id for h in after.hits}
    assert after.total == before.total + 1


def test_a_deleted_sheet_is_gone_at_once(store: Store) -> None:
    store.put_many([NIGHT, SCHOOL, TRAMS])
    request = parse_request(q="")
    assert search(store, request).total == 3
    store.delete(["night-trams"])
    after = search(store, request)
    assert after.total == 2 and "night-trams" not in {h.id for h in after.hits}
    assert {f["value"] for f in after.facets["country"]} == {"FR", "ES"}


def test_nothing_is_kept_when_switched_off(tmp_path: Path, embedder: Embedder) -> None:
    settings = Settings(data_dir=tmp_path / "var", result_cache=0)
    with Store.open(settings, embedder) as store:
        store.put_many([NIGHT])
        request = parse_request(q="stewards")
        assert search(store, request) is not search(store, request)
        assert len(store.responses) == 0


def test_a_qdrant_client_store_keeps_nothing(tmp_path: Path, embedder: Embedder) -> None:
    # another process may write to a server's collection: its version is unknown
    settings = Settings(data_dir=tmp_path / "var", QDRANT_URL=":memory:")
    with Store.open(settings, embedder) as store:
        store.put_many([NIGHT])
        request = parse_request(q="stewards")
        first = search(store, request)
        assert search(store, request) is not first
        assert first.total == 1
        assert store.version() is None and len(store.responses) == 0


def test_a_response_made_while_a_write_ran_is_not_kept() -> None:
    cache = ResponseCache(8)
    versions = itertools.chain([1], itertools.repeat(2))  # a write lands during the first
    made = []

    def make() -> str:
        made.append("made")
        return f"response {len(made)}"

    assert cache.get("q", lambda: next(versions), make) == "response 1"
    assert len(cache) == 0
    assert cache.get("q", lambda: next(versions), make) == "response 2"
    assert cache.get("q", lambda: next(versions), make) == "response 2"
    assert made == ["made", "made"]


def test_the_least_recently_used_response_goes_first() -> None:
    cache = ResponseCache(2)
    for key in ("a", "b", "a", "c"):
        cache.get(key, lambda: 0, lambda k=key: k.upper())  # type: ignore[misc]
    assert cache.get("a", lambda: 0, lambda: "new a") == "A"
    assert cache.get("b", lambda: 0, lambda: "new b") == "new b"


def test_a_new_version_drops_every_kept_response() -> None:
    cache = ResponseCache(8)
    cache.get("a", lambda: 1, lambda: "A")
    cache.get("b", lambda: 1, lambda: "B")
    assert len(cache) == 2
    assert cache.get("a", lambda: 2, lambda: "A2") == "A2"
    assert len(cache) == 1


def test_a_ticked_facet_reads_the_query_once(store: Store) -> None:
    store.put_many([NIGHT, SCHOOL, TRAMS])
    plain = search(store, parse_request(q="stewards at night"))
    ticked = search(store, parse_request(q="stewards at night", country=["DE"]))
    assert store.readings.hits == 1 and store.responses.hits == 0
    assert {h.id for h in ticked.hits} == {"night-trams"}
    assert {"night-buses", "night-trams"} <= {h.id for h in plain.hits}
    search(store, parse_request(q="stewards at night", mode="keyword"))
    assert store.readings.hits == 1  # another mode reads the query its own way


def test_a_written_word_corrects_the_next_reading(store: Store) -> None:
    """The speller learns a written sheet's words: the same typo reads anew after it."""
    store.put_many([NIGHT, SCHOOL])
    request = parse_request(q="tramboddys stewards", country=["DE"])
    assert search(store, request).corrections == {}
    store.put_many([practice("watch", "Trambuddys", "Trambuddys ride the last trams with stewards.",
                             country="DE")])
    after = search(store, parse_request(q="tramboddys stewards", country=["DE"]))
    assert after.corrections == {"tramboddys": "trambuddys"}
    assert "watch" in {h.id for h in after.hits}
