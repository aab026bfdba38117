"""The small payload fields of stored points, kept in memory by an index adapter.

A stored payload holds the whole record and its passages; reading a point's payload
makes the engine decode all of it, even when only its id and a few fields are asked
for (at 10k sheets: ~60 µs a point, most of a query's time). A search's result set
needs only the `FIELDS` that it orders, groups, filters and facets by, so the adapter
keeps those per point, read once, and asks the engine for scores and point ids only.

Writes go through the adapter, which drops what they touch (`forget`); a read that
raced a write does not fill the cache (`put` compares the write count it started
with), so a cached value is never older than the stored one. Counts of points by
filter (a search counts its scope every time) and a facet's counts by filter (browsing
counts every facet over the same few filters: the landing page's, first of all) are kept
the same way, until a write.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from repository.search import index as ix

# what search reads of a hit without its record: every indexed field, and the title
FIELDS: tuple[str, ...] = tuple(dict.fromkeys((
    "id", "title", *ix.KEYWORD_FIELDS, *ix.INTEGER_FIELDS, *ix.FLOAT_FIELDS,
    *ix.BOOL_FIELDS)))
_KNOWN = frozenset(FIELDS)
MAX_COUNTS = 4096  # counts kept between writes (a facet's counts are one)
T = TypeVar("T")

Fetch = Callable[[list[Any]], list[tuple[Any, dict[str, Any]]]]


def covers(fields: bool | tuple[str, ...] | None) -> bool:
    """Whether a payload selection asks only for cached fields."""
    return isinstance(fields, tuple) and _KNOWN.issuperset(fields)


class PayloadCache:
    """Point key (the adapter's: edge uses the point UUID's integer) → its `FIELDS` (those
    it has), filled on demand. The rows are shared: read them, never change them."""

    def __init__(self) -> None:
        self._rows: dict[Any, dict[str, Any]] = {}
        self._counts: dict[str, Any] = {}
        self._lock = threading.Lock()
        self._writes = 0

    def get(self, point_ids: Iterable[Any], fetch: Fetch) -> dict[Any, dict[str, Any]]:
        """The cached rows of these points, reading the missing ones with `fetch`
        (point ids → (point id, payload of `FIELDS`) pairs); unknown points are left out."""
        rows = self._rows
        wanted = list(point_ids)
        missing = [p for p in wanted if p not in rows]
        if missing:
            self.fill(fetch, list(dict.fromkeys(missing)))
        return {p: rows[p] for p in wanted if p in rows}

    @property
    def writes(self) -> int:
        """How many writes were forgotten so far (for `put`'s `started`)."""
        return self._writes

    def fill(self, fetch: Fetch, point_ids: list[Any]) -> None:
        """Read these points' fields with `fetch` and keep them (see `put`)."""
        started = self._writes
        self.put(fetch(point_ids), started)

    def put(self, fetched: Iterable[tuple[Any, dict[str, Any]]], started: int) -> None:
        """Keep these (point id, payload) pairs, unless a write came in since `started`
        (the `writes` count taken before they were read)."""
        with self._lock:
            if self._writes == started:
                for point, payload in fetched:
                    self._rows[point] = {f: payload[f] for f in FIELDS if f in payload}

    def counted(self, key: str, count: Callable[[], T]) -> T:
        """A count of points, or a facet's counts (by the call and its filter: `key`),
        computed once until a write; the MAX_COUNTS latest filters are kept."""
        if key in self._counts:
            return self._counts[key]  # type: ignore[no-any-return]
        started = self._writes
        value = count()
        with self._lock:
            if self._writes == started:
                if len(self._counts) >= MAX_COUNTS:
                    self._counts.clear()
                self._counts[key] = value
        return value

    def forget(self, point_ids: Iterable[Any] | None = None) -> None:
        """Drop what a write touches (everything when `point_ids` is None); call it after
        the write and before the next read relies on the new values."""
        with self._lock:
            self._writes += 1
            self._counts.clear()
            if point_ids is None:
                self._rows.clear()
            else:
                for point in point_ids:
                    self._rows.pop(point, None)

    def __len__(self) -> int:
        return len(self._rows)


def payload_of(row: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    """The payload a selection of `fields` gives for a cached row (absent ones left out,
    as the engine does)."""
    return {name: row[name] for name in fields if name in row}
