"""The encoder protocol every backend follows, and the names of the bundled models."""

from __future__ import annotations

from typing import Protocol

import numpy as np

MINILM = "bundled:all-MiniLM-L6-v2"
USE_MULTILINGUAL = "bundled:use-multilingual"
E5_SMALL = "bundled:e5-small"
BUNDLED = (MINILM, USE_MULTILINGUAL, E5_SMALL)


class Encoder(Protocol):
    """A loaded model: L2-normalised float32 rows, one per text, `dim` wide."""

    name: str
    dim: int

    def encode_query(self, texts: list[str]) -> np.ndarray:
        """Vectors of search queries."""
        ...

    def encode_document(self, texts: list[str]) -> np.ndarray:
        """Vectors of the passages to search."""
        ...
