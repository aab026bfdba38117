"""The vectors of the documents encoded last, so one text is encoded once.

Ingest meets the same texts more than once within moments: the semantic theme check
and the index encode a sheet's passages, and publishing a draft re-indexes the very
record the upload indexed (only its publication state changed). An encoder is
deterministic, so a text's row can be kept and given back. The cache is bounded
(least recently used out first) and safe to share between threads; the encoding
itself runs outside its lock.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

import numpy as np

DOCUMENT_CACHE = 4096  # texts: 8 MB of 512-d float32 rows


class VectorCache:
    """Text → row for the last `size` texts encoded."""

    def __init__(self, size: int = DOCUMENT_CACHE) -> None:
        self.size = size
        self._rows: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._rows)

    def missing(self, texts: list[str]) -> list[str]:
        """The distinct texts of `texts` not kept."""
        with self._lock:
            return [t for t in dict.fromkeys(texts) if t not in self._rows]

    def keep(self, texts: list[str], rows: np.ndarray) -> None:
        """Keep the rows of texts encoded elsewhere (by the same model)."""
        with self._lock:
            for text, row in zip(texts, np.asarray(rows, dtype=np.float32), strict=True):
                self._rows[text] = row
                self._rows.move_to_end(text)
            while len(self._rows) > self.size:
                self._rows.popitem(last=False)

    def encode(self, texts: list[str], encode: Callable[[list[str]], np.ndarray]
               ) -> np.ndarray:
        """Rows for `texts`: kept ones from the cache, the others from one `encode`
        call over the distinct texts not kept."""
        with self._lock:
            found = {t: self._rows[t] for t in texts if t in self._rows}
            for text in found:
                self._rows.move_to_end(text)
        missing = list(dict.fromkeys(t for t in texts if t not in found))
        if missing:
            fresh = np.asarray(encode(missing), dtype=np.float32)
            found.update(zip(missing, fresh, strict=True))
            self.keep(missing, fresh)
        return np.stack([found[t] for t in texts])
