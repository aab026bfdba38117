"""An upload's passages encoded in the reading worker, not in the server's process.

The server's searches share one process (and its interpreter lock) with the uploads it
receives. Encoding a sheet's passages there takes the lock and a core from them for
as long as it lasts. The reading worker is a process of its own, at a lower priority
(`ingest.pipeline.WORKER_NICE`): it encodes the texts the semantic theme check and the
index will ask of the store's model, and the rows are kept in the model's document
cache, so both find them there. If the worker cannot (it timed out, the model does
not load there), the server encodes them itself as before.
"""

from __future__ import annotations

import contextlib

import numpy as np

from repository.errors import SheetError
from repository.ingest.pipeline import SheetReader
from repository.model import Practice
from repository.search.embedder import Embedder
from repository.search.store import Store

_MODELS: dict[tuple[str, int], Embedder] = {}  # in the worker: each model loaded once


def encode_in_worker(spec: str, batch_size: int, texts: list[str]) -> np.ndarray:
    """Run in the worker: the document rows of `texts` by the model `spec` names."""
    key = (spec, batch_size)
    if key not in _MODELS:
        _MODELS[key] = Embedder(spec, batch_size)
    return _MODELS[key].encode_document(texts)


def encode_aside(reader: SheetReader, store: Store, name: str, practice: Practice) -> int:
    """Encode in the worker what the store's model has not kept of a practice's index
    texts, and keep it there; how many texts were encoded (0 when the worker failed)."""
    embedder = store.embedder
    todo = embedder.documents.missing(store.index_texts(practice))
    if not todo:
        return 0
    try:
        rows = reader.call(name, encode_in_worker, (embedder.spec, embedder.batch_size, todo))
    except SheetError:
        return 0  # the server's own encoder does it
    embedder.documents.keep(todo, rows)
    return len(todo)


def warm_worker_model(reader: SheetReader, store: Store) -> None:
    """Load the model in the worker now, so that the first upload does not wait for it."""
    with contextlib.suppress(SheetError):
        reader.call("warm-up", encode_in_worker,
                    (store.embedder.spec, store.embedder.batch_size, ["warm-up"]))
