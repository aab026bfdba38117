"""From encoded signals to query plans: the result set of a query, and browsing.

The result set of a query is what its signals retrieve inside the filters: for
`keyword`, every sheet sharing an analysed term with the query; for `semantic`,
every sheet whose best passage has cosine similarity ≥ the ranking's threshold with
the query; for `hybrid`, the union of those two and of the concept signal, fused by
the ranking's fusion. It is capped at RESULT_CAP sheets. An empty query browses
every sheet inside the filters, newest first (or by title), ties by id.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from repository.search import index as ix
from repository.search.ordering import ORDER_FIELDS, by_relevance, newest_key, title_key
from repository.search.request import SearchRequest
from repository.search.store import Store
from repository.search.understand import Signals

RESULT_CAP = 200


def plan(mode: str, signals: Signals, flt: ix.Filter, limit: int) -> ix.QueryPlan:
    """One prefetch per signal the mode uses, fused as the ranking says."""
    ranking = signals.ranking
    prefetches: list[ix.Prefetch] = []
    if mode in ("semantic", "hybrid") and signals.dense is not None:
        for dense, scale in signals.dense_parts or ((signals.dense, 1.0),):
            threshold = ranking.semantic_threshold * scale
            if ranking.dense in ("sections", "both"):
                prefetches.append(ix.Prefetch(ix.SECTIONS, [dense], limit,
                                              score_threshold=threshold))
            if ranking.dense in ("doc", "both"):
                prefetches.append(ix.Prefetch(ix.DOC, dense, limit, score_threshold=threshold))
    if mode in ("keyword", "hybrid") and signals.lexical:
        prefetches.append(ix.Prefetch(ix.LEXICAL, signals.lexical, limit))
    if mode == "hybrid" and signals.concepts:
        prefetches.append(ix.Prefetch(ix.CONCEPTS, signals.concepts, limit))
    weights = None
    if ranking.weights and ranking.fusion == "rrf" and len(prefetches) > 1:
        weights = tuple(dict(ranking.weights).get(p.using, 1.0) for p in prefetches)
    return ix.QueryPlan(prefetches=tuple(prefetches), fusion=ranking.fusion, filter=flt,
                        limit=limit, weights=weights, with_payload=ORDER_FIELDS)


def result_set(store: Store, mode: str, signals: Signals, flt: ix.Filter,
               fields: tuple[str, ...] = ORDER_FIELDS) -> list[ix.Hit]:
    """The ranked result set, each hit carrying the payload `fields`."""
    query_plan = plan(mode, signals, flt, RESULT_CAP)
    if not query_plan.prefetches:
        return []
    return by_relevance(store.index.query(replace(query_plan, with_payload=fields)))


def browse(store: Store, request: SearchRequest, flt: ix.Filter
           ) -> tuple[int, list[ix.Hit]]:
    """A page of the filtered sheets, newest first (or by title), ties by id."""
    total = store.index.count(flt)
    start = (request.page - 1) * request.per_page
    end = min(start + request.per_page, total)
    if start >= end:
        return total, []
    if request.sort == "title":
        rows = sorted(_by_date(store, flt, total, ("id", "title")), key=title_key)
    else:
        rows = _newest(store, flt, end)
    return total, [ix.Hit(str(r["id"]), 0.0, r) for r in rows[start:end]]


def _newest(store: Store, flt: ix.Filter, n: int) -> list[dict[str, Any]]:
    """The first `n` sheets newest first, ties by id.

    The engine's first `n` by date are right except among those sharing the last
    one's date, which it orders as it likes: every sheet of that date is fetched
    and the lot sorted by (date, id).
    """
    head = _by_date(store, flt, n)
    if not head:
        return []
    last = int(head[-1].get("sort_start") or 0)
    tied = ix.Filter(any_of=flt.any_of, ranges={**flt.ranges, "sort_start": (last, last)},
                     ids=flt.ids)
    rows = [r for r in head if int(r.get("sort_start") or 0) > last]
    rows += _by_date(store, tied, store.index.count(tied))
    return sorted(rows, key=newest_key)


def _by_date(store: Store, flt: ix.Filter, limit: int,
             fields: tuple[str, ...] = ("id", "sort_start")) -> list[dict[str, Any]]:
    """Up to `limit` sheets' `fields`, latest start first (ties in the engine's order)."""
    if limit <= 0:
        return []
    query_plan = ix.QueryPlan(filter=flt, limit=limit, order_by="sort_start", descending=True,
                              with_payload=fields)
    return [h.payload for h in store.index.query(query_plan)]
