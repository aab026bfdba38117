"""From a `SearchRequest` to ranked, faceted, explained results.

A search runs in four steps, each in its own module: read the query
(`understand`: typo correction, concepts, the encoded signals), retrieve and fuse its
result set (`planning`, `fusion`) or browse (`browsing`), count the facets (`facets`),
and explain the page of hits (`explain`); `response` holds what it returns.

Counting: a search shows the language versions of one practice (`translations`) as
one hit, when browsing too. `total` is that number of practices, `sheets` the number
of sheets (Qdrant points) behind them, and a facet count is the number of practices
with a version that has the value: what ticking it shows.

Order is total, so pages never repeat or skip a sheet: relevance ties, and dates or
titles that tie, are broken by id. Within a practice's versions, the hit shown is the
one in the query's language when it matched, else the best-scoring one; the practice
keeps the rank of its best-scoring version.
"""

from __future__ import annotations

import time

from repository.search import index as ix
from repository.search import querylog
from repository.search.browsing import browse
from repository.search.explain import explain
from repository.search.facets import facet_filters, facets
from repository.search.ordering import (
    ORDER_FIELDS,
    collapse_translations,
    query_language,
    sort_hits,
)
from repository.search.planning import RESULT_CAP, Retriever
from repository.search.request import FACET_FIELDS, SearchRequest
from repository.search.response import SearchHit, SearchResponse
from repository.search.store import Store
from repository.search.understand import DEFAULT_RANKING, Ranking, Signals, understand

__all__ = ["DEFAULT_RANKING", "RESULT_CAP", "Ranking", "SearchHit", "SearchResponse", "rank",
           "search"]

# what a query's hits carry: ordering fields, and the facet fields counted from them
_HIT_FIELDS = tuple(dict.fromkeys((*ORDER_FIELDS, *FACET_FIELDS.values())))


def search(store: Store, request: SearchRequest,
           ranking: Ranking = DEFAULT_RANKING, *, log: bool = True) -> SearchResponse:
    """Run a search: rank, count, facet, and explain the page of hits (or serve the
    response kept for the same request while no sheet was written: `response_cache`).

    A first page that finds fewer than a few practices is added to the gap log
    (`querylog`) unless `log` is False: callers that are not a person asking (exports,
    feeds walking every page) pass `log=False`.
    """
    started = time.perf_counter()
    response = store.responses.get((request.model_dump_json(), ranking), store.version,
                                   lambda: _search(store, request, ranking))
    if log and request.page == 1:
        querylog.record(store.settings, request, response.total,
                        (time.perf_counter() - started) * 1000)
    return response


def rank(store: Store, request: SearchRequest, ranking: Ranking = DEFAULT_RANKING
         ) -> list[str]:
    """Only the ranked ids of the result set, one per practice (for evaluation)."""
    signals, _ = _understood(store, request, ranking)
    if signals is None:
        return []
    matched = Retriever(store, request.mode, signals).result_set(request.filter()).hits
    return [h.id for h in collapse_translations(matched, query_language(request.query))]


def _search(store: Store, request: SearchRequest, ranking: Ranking) -> SearchResponse:
    flt = request.filter()
    signals, corrections = _understood(store, request, ranking)
    matched: list[ix.Hit] = []
    retriever = None
    found: dict[str, frozenset[str]] = {}
    if signals is None:
        total, sheets, hits = browse(store, request, flt)
    else:
        retriever = Retriever(store, request.mode, signals)
        retriever.prepare([flt, *facet_filters(flt)], _HIT_FIELDS)
        result = retriever.result_set(flt, _HIT_FIELDS)
        matched, found = result.hits, result.found
        shown = collapse_translations(matched, query_language(request.query))
        ranked = sort_hits(shown, request.sort)
        total, sheets = len(ranked), len(matched)
        start = (request.page - 1) * request.per_page
        hits = ranked[start : start + request.per_page]
    counts = facets(store, retriever, flt, matched)
    return SearchResponse(
        query=request.q, mode=request.mode, total=total, page=request.page,
        per_page=request.per_page, hits=explain(store, signals, hits, found),
        facets=counts, corrections=corrections, sheets=sheets,
    )


def _understood(store: Store, request: SearchRequest, ranking: Ranking
                ) -> tuple[Signals | None, dict[str, str]]:
    """`understand`, kept per query words, mode and ranking while no sheet is written
    (the filters and the page do not change how a query reads)."""
    return store.readings.get((request.q, request.mode, ranking), store.version,
                              lambda: understand(store, request, ranking))
