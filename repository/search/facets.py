"""Facet counts of a search: practices per value, disjunctive.

Counting: a facet count is a number of practices — a practice's language versions
(one `translation_group`) count once — with a version that has the value, among the
result set of a query or the filtered collection when browsing. That is the number of
hits ticking the value shows, since a search shows a practice's versions as one hit.
So a single-valued facet's counts add up to `total` when no practice has versions
that differ in that field (the language facet's do not: a practice with a French and
an English version counts under both). A facet's own selection does not shrink its
own counts, so a user can tick France and Spain.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from repository.search import browsing
from repository.search import index as ix
from repository.search.planning import Retriever
from repository.search.request import FACET_FIELDS
from repository.search.store import Store

FACET_LIMIT = 200


def facets(store: Store, retriever: Retriever | None, flt: ix.Filter, matched: list[ix.Hit]
           ) -> dict[str, list[dict[str, Any]]]:
    """Disjunctive counts: a facet's own selection does not shrink its own counts.

    Browsing (no `retriever`) counts with the engine over the filtered collection,
    corrected for shared versions (`browsing.facet_counts`). A query's result set is
    at most RESULT_CAP sheets whose hits carry the facet fields, so its values are
    counted here; a facet with a selection counts the result set of the query without
    it.
    """
    out: dict[str, list[dict[str, Any]]] = {}
    groups = [browsing.group_of(hit.payload) for hit in matched]
    shared: dict[str, list[dict[str, Any]]] = {}  # by filter: most facets share one
    for name, key in FACET_FIELDS.items():
        own = flt.without(key)
        if retriever is None:
            if repr(own) not in shared:
                shared[repr(own)] = browsing.shared_versions(store, own)
            counts = browsing.facet_counts(store, key, own, FACET_LIMIT, shared[repr(own)])
        elif own == flt:
            counts = count_values(matched, key, groups)
        else:
            fields = ("id", browsing.GROUP, key)
            counts = count_values(retriever.result_set(own, fields).hits, key)
        if name == "year":
            counts.sort(key=lambda vc: -int(vc[0]))
        out[name] = [{"value": v, "count": c} for v, c in counts]
    return out


def facet_filters(flt: ix.Filter) -> list[ix.Filter]:
    """The filters a query's disjunctive counts run under: `flt` without each facet's
    own selection, for the facets that have one."""
    owns = (flt.without(key) for key in FACET_FIELDS.values())
    return [own for own in owns if own != flt]


def count_values(hits: list[ix.Hit], key: str, groups: list[str] | None = None
                 ) -> list[tuple[Any, int]]:
    """Practices per value of `key` among these hits (as the engine's payload index
    holds the values), most frequent first, ties by value, at most FACET_LIMIT;
    `groups` are the hits' translation groups when already known."""
    integer = key in ix.INTEGER_FIELDS
    if groups is None:
        groups = [browsing.group_of(hit.payload) for hit in hits]
    members: dict[Any, set[str]] = defaultdict(set)
    # the values the payload index of a keyword (or integer) field holds; tested inline,
    # as a query counts ~14 facets over up to RESULT_CAP hits
    for hit, group in zip(hits, groups, strict=True):
        value = hit.payload.get(key)
        if value is None:
            continue
        for v in value if isinstance(value, list) else (value,):
            if (isinstance(v, int) and not isinstance(v, bool)) if integer \
                    else isinstance(v, str):
                members[v].add(group)
    counts = [(v, len(g)) for v, g in members.items()]
    return sorted(counts, key=lambda vc: (-vc[1], vc[0]))[:FACET_LIMIT]
