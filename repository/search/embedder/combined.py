"""Two (or more) encoders as one: their vectors side by side, each scaled by √weight.

With unit rows in every part and weights summing to 1, the joined row is a unit
vector too, and the cosine of two joined rows is the weighted sum of the parts'
cosines: Σ wᵢ·cosᵢ. So the index scores, thresholds and MAX_SIM stay as they are;
only the width grows (e.g. 384 + 512). A setting such as

    bundled:all-MiniLM-L6-v2+bundled:use-multilingual          (equal weights)
    bundled:all-MiniLM-L6-v2@0.6+bundled:use-multilingual@0.4

names one. Both models encode every text, so query and ingest time add up.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from repository.errors import ConfigError

if TYPE_CHECKING:
    from repository.search.embedder.protocol import Encoder


def parse_parts(spec: str) -> list[tuple[str, float]] | None:
    """(part spec, weight) of a joined setting, weights summing to 1; None if not joined."""
    if "+" not in spec:
        return None
    parts: list[tuple[str, float]] = []
    for piece in spec.split("+"):
        name, _, weight = piece.strip().partition("@")
        try:
            value = float(weight) if weight else 1.0
        except ValueError:
            value = -1.0
        if not name or value <= 0:
            raise ConfigError(f"REPOSITORY_EMBEDDING_MODEL={spec}: {piece!r} is not "
                              "MODEL or MODEL@WEIGHT with a positive weight")
        parts.append((name, value))
    total = sum(w for _, w in parts)
    return [(name, w / total) for name, w in parts]


def joined_name(parts: Sequence[tuple[str, float]]) -> str:
    """The canonical name of a joined model: each part's name and weight."""
    return "+".join(f"{name}@{weight:g}" for name, weight in parts)


class CombinedEncoder:
    """Encoders whose rows are joined, each scaled by the square root of its weight."""

    def __init__(self, name: str, parts: Sequence[tuple[Encoder, float]]) -> None:
        self.name = name
        self.parts = list(parts)
        self.dim = sum(encoder.dim for encoder, _ in self.parts)
        self.max_tokens = min((t for e, _ in self.parts
                               if (t := getattr(e, "max_tokens", None)) is not None),
                              default=None)

    @property
    def blocks(self) -> tuple[tuple[int, int, float], ...]:
        """(start, stop, weight) of each part's columns in a joined row."""
        out, start = [], 0
        for encoder, weight in self.parts:
            out.append((start, start + encoder.dim, weight))
            start += encoder.dim
        return tuple(out)

    def _join(self, texts: list[str], side: str) -> np.ndarray:
        blocks = []
        for encoder, weight in self.parts:
            encode = encoder.encode_query if side == "query" else encoder.encode_document
            rows = np.asarray(encode(texts), dtype=np.float32)
            norms = np.linalg.norm(rows, axis=1, keepdims=True)
            blocks.append(np.sqrt(weight) * rows / np.where(norms == 0, 1.0, norms))
        return np.hstack(blocks).astype(np.float32)

    def encode_query(self, texts: list[str]) -> np.ndarray:
        return self._join(texts, "query")

    def encode_document(self, texts: list[str]) -> np.ndarray:
        return self._join(texts, "document")
