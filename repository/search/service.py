"""From a `SearchRequest` to ranked, faceted, explained results.

A search runs in four steps, each in its own module: read the query
(`understand`: typo correction, concepts, the encoded signals), retrieve its result
set or browse (`planning`), count the facets (`facets`), and explain the page of
hits (`explain`); `response` holds what it returns.

Counting: `total` is the number of practices shown: a query shows the language
versions of one practice (`translations`) as one hit, so `total` ≤ `sheets` (the
sheets in the result set, what facets count); browsing lists every sheet, so there
`total == sheets`. Counting practices per facet value instead would need every
point's translation group, which browsing cannot afford on a whole collection.

Order is total, so pages never repeat or skip a sheet: relevance ties, and dates or
titles that tie, are broken by id. Within a practice's versions, the hit shown is the
one in the query's language when it matched, else the best-scoring one; the practice
keeps the rank of its best-scoring version.
"""

from __future__ import annotations

import time

from repository.search import index as ix
from repository.search import querylog
from repository.search.explain import explain
from repository.search.facets import facets
from repository.search.ordering import (
    ORDER_FIELDS,
    collapse_translations,
    query_language,
    sort_hits,
)
from repository.search.planning import RESULT_CAP, browse, result_set
from repository.search.request import FACET_FIELDS, SearchRequest
from repository.search.response import SearchHit, SearchResponse
from repository.search.store import Store
from repository.search.understand import DEFAULT_RANKING, SEMANTIC_THRESHOLD, Ranking, understand

__all__ = ["DEFAULT_RANKING", "RESULT_CAP", "SEMANTIC_THRESHOLD", "Ranking", "SearchHit",
           "SearchResponse", "rank", "search"]

# what a query's hits carry: ordering fields, and the facet fields counted from them
_HIT_FIELDS = tuple(dict.fromkeys((*ORDER_FIELDS, *FACET_FIELDS.values())))


def search(store: Store, request: SearchRequest,
           ranking: Ranking = DEFAULT_RANKING, *, log: bool = True) -> SearchResponse:
    """Run a search: rank, count, facet, and explain the page of hits.

    A first page that finds fewer than a few practices is added to the gap log
    (`querylog`) unless `log` is False: callers that are not a person asking (exports,
    feeds walking every page) pass `log=False`.
    """
    started = time.perf_counter()
    response = _search(store, request, ranking)
    if log and request.page == 1:
        querylog.record(store.settings, request, response.total,
                        (time.perf_counter() - started) * 1000)
    return response


def rank(store: Store, request: SearchRequest, ranking: Ranking = DEFAULT_RANKING
         ) -> list[str]:
    """Only the ranked ids of the result set, one per practice (for evaluation)."""
    signals, _ = understand(store, request, ranking)
    if signals is None:
        return []
    matched = result_set(store, request.mode, signals, request.filter())
    return [h.id for h in collapse_translations(matched, query_language(request.query))]


def _search(store: Store, request: SearchRequest, ranking: Ranking) -> SearchResponse:
    flt = request.filter()
    signals, corrections = understand(store, request, ranking)
    matched: list[ix.Hit] = []
    if signals is None:
        total, hits = browse(store, request, flt)
        sheets = total
    else:
        matched = result_set(store, request.mode, signals, flt, _HIT_FIELDS)
        shown = collapse_translations(matched, query_language(request.query))
        ranked = sort_hits(shown, request.sort)
        total, sheets = len(ranked), len(matched)
        start = (request.page - 1) * request.per_page
        hits = ranked[start : start + request.per_page]
    counts = facets(store, request, signals, flt, matched)
    return SearchResponse(
        query=request.q, mode=request.mode, total=total, page=request.page,
        per_page=request.per_page, hits=explain(store, signals, hits),
        facets=counts, corrections=corrections, sheets=sheets,
    )
