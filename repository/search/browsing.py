"""Browsing (an empty query): every practice inside the filters, and its facet counts.

A practice's language versions (`translations`, one `translation_group`) show as one
hit, as in a query's results, so `total` and every facet count are numbers of
practices: a value's count is the number of practices with a version that has it,
which is what ticking the value shows. The engine counts points; only the versions
that share a group inside the filter make the difference, so those few (the points
marked `translated`, and the other members of their groups) are read and the engine's
counts corrected. Hits are newest first (or by title), ties by id; of a practice's
versions, the first in that order is shown.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from repository.search import index as ix
from repository.search.ordering import newest_key, title_key
from repository.search.request import FACET_FIELDS, SearchRequest
from repository.search.store import Store

GROUP = "translation_group"
_SHARED_FIELDS = ("id", GROUP, *FACET_FIELDS.values())


def group_of(payload: dict[str, Any]) -> str:
    return str(payload.get(GROUP) or payload.get("id"))


def shared_versions(store: Store, flt: ix.Filter) -> list[dict[str, Any]]:
    """The points inside `flt` that share their group with another point inside it."""
    marked = ix.Filter(any_of={**flt.any_of, "translated": (True,)}, ranges=flt.ranges,
                       ids=flt.ids)
    groups = sorted({group_of(p) for p in store.scroll_all(marked, ("id", GROUP))})
    if not groups:
        return []
    members = ix.Filter(any_of={**flt.any_of, GROUP: tuple(groups)}, ranges=flt.ranges,
                        ids=flt.ids)
    rows = list(store.scroll_all(members, _SHARED_FIELDS))
    size = Counter(group_of(r) for r in rows)
    return [r for r in rows if size[group_of(r)] > 1]


def browse(store: Store, request: SearchRequest, flt: ix.Filter
           ) -> tuple[int, int, list[ix.Hit]]:
    """The numbers of practices and of sheets inside the filters, and a page of the
    practices."""
    shared = shared_versions(store, flt)
    extra = len(shared) - len({group_of(r) for r in shared})  # versions beyond the first
    sheets = store.index.count(flt)
    total = sheets - extra
    start = (request.page - 1) * request.per_page
    end = min(start + request.per_page, total)
    if start >= end:
        return total, sheets, []
    if request.sort == "title":
        rows = sorted(_by_date(store, flt, sheets, ("id", "title", GROUP)), key=title_key)
    else:
        rows = _newest(store, flt, end + extra)  # enough sheets for `end` practices
    page = _first_per_group(rows)[start:end]
    return total, sheets, [ix.Hit(str(r["id"]), 0.0, r) for r in page]


def facet_counts(store: Store, key: str, flt: ix.Filter, limit: int,
                 shared: list[dict[str, Any]] | None = None) -> list[tuple[Any, int]]:
    """Practices per value of `key` inside `flt`, most first, ties by value; `shared`:
    `shared_versions(store, flt)` when the caller has it already."""
    counts = dict(store.index.facet(key, flt, limit))
    per_group: dict[str, Counter[Any]] = defaultdict(Counter)
    for row in shared if shared is not None else shared_versions(store, flt):
        value = row.get(key)
        per_group[group_of(row)].update(set(value if isinstance(value, list) else [value]))
    for values in per_group.values():
        for value, n in values.items():
            if value in counts:
                counts[value] -= n - 1
    return sorted(counts.items(), key=lambda vc: (-vc[1], vc[0]))[:limit]


def _first_per_group(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[str] = set()
    out = []
    for row in rows:
        group = group_of(row)
        if group not in seen:
            seen.add(group)
            out.append(row)
    return out


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
             fields: tuple[str, ...] = ("id", "sort_start", GROUP)) -> list[dict[str, Any]]:
    """Up to `limit` sheets' `fields`, latest start first (ties in the engine's order)."""
    if limit <= 0:
        return []
    query_plan = ix.QueryPlan(filter=flt, limit=limit, order_by="sort_start", descending=True,
                              with_payload=fields)
    return [h.payload for h in store.index.query(query_plan)]
