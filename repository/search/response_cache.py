"""Recent search responses, served again while the stored sheets are unchanged.

People page back, switch between the page and the API, tick a facet and untick it: the
same request over the same stored sheets gives the same response. The store keeps its
last responses (`Settings.result_cache`), each under the request, the ranking and the
store's version (`Store.version`), which every write changes: a response is never
served once a sheet was written after it was made, and one made while a write ran is
not kept. A store that cannot tell its version (a Qdrant server, which other processes
write to) caches nothing.

Responses are shared between callers: read them, never change them.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

T = TypeVar("T")


class ResponseCache:
    """The `size` most recently used responses, by (key, version)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[tuple[Hashable, Hashable], object] = OrderedDict()
        self._lock = threading.Lock()
        self._version: Hashable | None = None
        self.hits = 0  # responses served again

    def get(self, key: Hashable, version: Callable[[], Hashable | None],
            make: Callable[[], T]) -> T:
        """The response kept for `key` at the current `version()`, else `make()`'s, kept
        if the version did not change while it was made."""
        before = version() if self.size > 0 else None
        if before is None:
            return make()
        slot = (key, before)
        with self._lock:
            if before != self._version:  # a write: nothing kept can be served again
                self._items.clear()
                self._version = before
            if slot in self._items:
                self._items.move_to_end(slot)
                self.hits += 1
                return self._items[slot]  # type: ignore[return-value]
        made = make()
        if version() == before:
            with self._lock:
                if before != self._version:
                    return made
                self._items[slot] = made
                self._items.move_to_end(slot)
                while len(self._items) > self.size:
                    self._items.popitem(last=False)
        return made

    def __len__(self) -> int:
        return len(self._items)
