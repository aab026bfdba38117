"""The names of the bundled models, which the backends and `Embedder` both need."""

from __future__ import annotations

MINILM = "bundled:all-MiniLM-L6-v2"
USE_MULTILINGUAL = "bundled:use-multilingual"
E5_SMALL = "bundled:e5-small"
BUNDLED = (MINILM, USE_MULTILINGUAL, E5_SMALL)
