"""Whole result sets and labelled facets, on top of `service.search`.

The open-data exports and the Atom feed need every hit of a search, not one page:
`result_set` walks the pages of `service.search` (so the order and the drafts rule
are exactly those of the search page) up to `RESULT_CAP`, without adding to the
gap log: a feed polled every hour is not a person finding nothing. `labelled` adds a
human `label` beside each facet `value` for the API and the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from repository.errors import InvalidQuery
from repository.labels import LOCALES, label
from repository.search.planning import RESULT_CAP
from repository.search.request import SearchRequest
from repository.search.response import SearchHit
from repository.search.service import search
from repository.search.store import Store

PAGE_SIZE = 100  # the largest page a SearchRequest allows


@dataclass
class ResultSet:
    """Every hit of a search (at most RESULT_CAP) and the search's own total."""

    total: int
    hits: list[SearchHit]

    @property
    def truncated(self) -> bool:
        return self.total > len(self.hits)


def result_set(store: Store, request: SearchRequest, page_size: int | None = None
               ) -> ResultSet:
    """Every hit of the search, in the order of its pages, up to RESULT_CAP."""
    page_size = page_size or PAGE_SIZE
    hits: list[SearchHit] = []
    seen: set[str] = set()
    page, total = 1, 0
    while len(hits) < RESULT_CAP:
        response = search(store, request.model_copy(update={"page": page,
                                                            "per_page": page_size}),
                          log=False)  # a machine walking pages, not a person asking
        total = response.total
        fresh = [h for h in response.hits if h.id not in seen]
        seen.update(h.id for h in fresh)
        hits.extend(fresh)
        if not response.hits or page * page_size >= total:
            break
        page += 1
    return ResultSet(total=total, hits=hits[:RESULT_CAP])


def check_locale(lang: str | None) -> str | None:
    """`lang` if it is a locale labels exist for, else `InvalidQuery` naming the choices."""
    if lang is None or lang in LOCALES:
        return lang
    raise InvalidQuery("lang", f"{lang!r} is not a supported language "
                               f"(one of: {', '.join(LOCALES)})")


def labelled(data: dict[str, Any], locale: str) -> dict[str, Any]:
    """A search response's JSON with a `label` beside each facet value, in `locale`."""
    facets = {name: [{**item, "label": label(name, item["value"], locale)} for item in values]
              for name, values in data.get("facets", {}).items()}
    return {**data, "facets": facets}
