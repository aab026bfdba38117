"""The gap log keeps zero- and low-result searches, and nothing about the searcher."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from repository.config import Settings
from repository.search import querylog
from repository.search.request import parse_request
from repository.search.results import result_set
from repository.search.service import search
from repository.search.store import Store
from tests.search.sheets import practice


def test_zero_result_search_is_logged_with_its_filters(settings: Settings) -> None:
    request = parse_request(q=" vélo ", country=["fr", "ES"], page=3)
    querylog.record(settings, request, total=0, elapsed_ms=12.34)
    [entry] = querylog.read(settings)
    assert entry["q"] == "vélo"
    assert entry["filters"] == {"country": ["FR", "ES"]}
    assert entry["total"] == 0
    assert entry["elapsed_ms"] == 12.3
    assert set(entry) == {"time", "q", "mode", "filters", "total", "elapsed_ms"}


def test_searches_with_enough_results_or_nothing_asked_are_not_logged(
        settings: Settings) -> None:
    querylog.record(settings, parse_request(q="mediation"), total=querylog.LOW_RESULTS,
                    elapsed_ms=1)
    querylog.record(settings, parse_request(), total=0, elapsed_ms=1)
    assert querylog.read(settings) == []


def test_read_gives_newest_first_and_skips_broken_lines(settings: Settings) -> None:
    for word in ("first", "second", "third"):
        querylog.record(settings, parse_request(q=word), total=1, elapsed_ms=1)
    with (settings.data_dir / querylog.FILE_NAME).open("a") as log:
        log.write("{not json\n")
    assert [e["q"] for e in querylog.read(settings)] == ["third", "second", "first"]
    assert [e["q"] for e in querylog.read(settings, limit=3)] == ["third", "second"]


def test_entry_time_is_utc_iso() -> None:
    line = querylog.entry(parse_request(q="x"), 0, 1.0, datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))
    assert json.loads(json.dumps(line))["time"] == "2026-01-02T03:04:05+00:00"


def _gap_store(store: Store) -> Store:
    store.put_many([practice("p", "Street lighting", "Brighter lamps in a park.")])
    return store


def test_only_a_user_facing_first_page_is_logged(store: Store) -> None:
    _gap_store(store)
    search(store, parse_request(q="lamps", mode="keyword", page=2))
    search(store, parse_request(q="lamps", mode="keyword"), log=False)
    assert querylog.read(store.settings) == []
    search(store, parse_request(q="lamps", mode="keyword"))
    assert [(e["q"], e["total"]) for e in querylog.read(store.settings)] == [("lamps", 1)]


def test_exports_walking_the_pages_do_not_fill_the_gap_log(store: Store) -> None:
    _gap_store(store)
    found = result_set(store, parse_request(q="lamps", mode="keyword"), page_size=1)
    assert [h.id for h in found.hits] == ["p"]
    assert querylog.read(store.settings) == []
