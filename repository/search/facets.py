"""Facet counts of a search: sheets per value, disjunctive.

Counting: a facet count is a number of sheets (Qdrant points) with that value in
the result set, and `sheets` is the size of that set, so a facet's counts add up to
`sheets` (a single-valued facet's, when every sheet has a value). A facet's own
selection does not shrink its own counts, so a user can tick France and Spain.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from repository.search import index as ix
from repository.search.planning import result_set
from repository.search.request import FACET_FIELDS, SearchRequest
from repository.search.store import Store
from repository.search.understand import Signals

FACET_LIMIT = 200


def facets(store: Store, request: SearchRequest, signals: Signals | None, flt: ix.Filter,
           matched: list[ix.Hit]) -> dict[str, list[dict[str, Any]]]:
    """Disjunctive counts: a facet's own selection does not shrink its own counts.

    Browsing counts with the engine over the filtered collection. A query's result
    set is at most RESULT_CAP sheets whose hits carry the facet fields, so its values
    are counted here, as the engine counts them (one per sheet and value, most
    frequent first, ties by value); a facet with a selection counts the result set of
    the query without it.
    """
    out: dict[str, list[dict[str, Any]]] = {}
    for name, key in FACET_FIELDS.items():
        own = flt.without(key)
        if signals is None:
            counts = store.index.facet(key, own, FACET_LIMIT)
        elif own == flt:
            counts = count_values(matched, key)
        else:
            counts = count_values(
                result_set(store, request.mode, signals, own, ("id", key)), key)
        if name == "year":
            counts.sort(key=lambda vc: -int(vc[0]))
        out[name] = [{"value": v, "count": c} for v, c in counts]
    return out


def count_values(hits: list[ix.Hit], key: str) -> list[tuple[Any, int]]:
    """The engine's exact facet of `key` over these hits: sheets per value, most
    frequent first, ties by value, at most FACET_LIMIT values."""
    integer = key in ix.INTEGER_FIELDS
    counter: Counter[Any] = Counter()
    for hit in hits:
        value = hit.payload.get(key)
        values = value if isinstance(value, list) else [value]
        counter.update({v for v in values if _indexed(v, integer)})
    return sorted(counter.items(), key=lambda vc: (-vc[1], vc[0]))[:FACET_LIMIT]


def _indexed(value: Any, integer: bool) -> bool:
    """Whether the payload index of a keyword (or integer) field holds this value."""
    if integer:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, str)
