"""The store: an index engine chosen by the settings, plus the embedder that feeds it.

`Store.put_many` is the write edge of the pipeline: it embeds a batch of practices
and upserts them, reporting per record whether it was added, updated or unchanged.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Literal

import numpy as np

from repository.config import Settings
from repository.errors import ModelMismatch, NotFound
from repository.model import Practice
from repository.search import concepts, lexicon, schema
from repository.search import index as ix
from repository.search.embedder import Embedder

Status = Literal["added", "updated", "unchanged"]


def open_index(settings: Settings) -> ix.Index:
    """The index adapter the settings select."""
    from repository.restore import finish_interrupted

    finish_interrupted(settings)  # a restore killed after its commit point is completed
    if settings.engine == "edge":
        from repository.search.generations import open_live_edge

        return open_live_edge(settings)
    from repository.search.client import ClientIndex

    assert settings.qdrant_url is not None
    return ClientIndex(settings.qdrant_url, settings.collection, settings.qdrant_api_key)


@dataclass
class Store:
    """An open index and its embedder. Close it to release the embedded store."""

    settings: Settings
    index: ix.Index
    embedder: Embedder
    # held by every write, and by `reindex` while it catches up and switches generations
    write_lock: AbstractContextManager[bool] = field(
        default_factory=threading.RLock, repr=False, compare=False)

    @classmethod
    def open(cls, settings: Settings, embedder: Embedder | None = None, *,
             check_model: bool = True) -> Store:
        """Open the configured index; a store another embedding model built is refused
        (`ModelMismatch`) unless `check_model` is False (`reindex` rebuilds it)."""
        embedder = embedder or Embedder(settings.embedding_model, settings.embed_batch_size)
        store = cls(settings, open_index(settings), embedder)
        if check_model:
            try:
                store.check_model()
            except BaseException:
                store.close()
                raise
        return store

    def check_model(self) -> None:
        """Raise `ModelMismatch` if the index holds another model's vectors."""
        built = self.index.built_with()
        if built is None:
            return
        same = built.name == self.embedder.name if built.name else built.dim == self.embedder.dim
        if not same:
            where = (f"the store {self.settings.store_dir}" if self.settings.engine == "edge"
                     else f"the collection {self.settings.collection!r}")
            raise ModelMismatch(where, built.name, built.dim, self.embedder.name)

    @cached_property
    def _schema_ready(self) -> bool:
        self.index.ensure_schema(self.embedder.dim, self.embedder.name)
        return True

    def put_many(self, practices: Iterable[Practice]) -> list[Status]:
        """Embed and upsert practices; unchanged ones (same content hash) are skipped."""
        with self.write_lock:
            return self._put_many(list(practices))

    def _put_many(self, items: list[Practice]) -> list[Status]:
        if not items:
            return []
        assert self._schema_ready
        hashes = [p.content_hash() for p in items]
        existing = {r["id"]: r.get("content_hash")
                    for r in self.index.retrieve([p.id for p in items])}
        statuses: list[Status] = []
        todo: list[tuple[Practice, str]] = []
        for practice, digest in zip(items, hashes, strict=True):
            if practice.id not in existing:
                statuses.append("added")
            elif existing[practice.id] == digest:
                statuses.append("unchanged")
                continue
            else:
                statuses.append("updated")
            todo.append((practice, digest))
        points = self._points(todo)
        speller = self.speller  # read (or rebuilt) before this batch is in the index
        self.index.upsert(points)
        self._learn_words(speller, [p for p, _ in todo])
        return statuses

    @property
    def lexicon_path(self) -> Path:
        """The word counts of the typo-tolerant speller, beside the store."""
        if self.settings.engine == "edge":
            return self.settings.store_dir / "lexicon.tsv"
        return self.settings.data_dir / f"lexicon-{self.settings.collection}.tsv"

    @cached_property
    def speller(self) -> lexicon.Speller:
        """Known words of the stored sheets and the vocabulary (rebuilt once if missing)."""
        from repository.vocabulary import load_vocabulary

        counts = lexicon.read_counts(self.lexicon_path)
        if counts is None:
            counts = Counter()
            offset: str | None = None
            while True:
                page, offset = self.index.scroll(ix.Filter(), 500, offset)
                for payload in page:
                    counts.update(lexicon.sheet_words(schema.practice_from_payload(payload)))
                if offset is None:
                    break
            if counts:
                lexicon.write_counts(self.lexicon_path, counts)
        return lexicon.Speller(counts, known=load_vocabulary().words())

    def _learn_words(self, speller: lexicon.Speller, practices: list[Practice]) -> None:
        if not practices:
            return
        for practice in practices:
            speller.add(lexicon.sheet_words(practice))
        lexicon.write_counts(self.lexicon_path, speller.counts)

    def _points(self, todo: list[tuple[Practice, str]]) -> list[ix.IndexPoint]:
        if not todo:
            return []
        passages = [schema.passages(p) for p, _ in todo]
        texts = [schema.doc_text(p) for p, _ in todo]
        flat = [x.text for group in passages for x in group]
        vectors = self.embedder.embed_documents(texts + flat)
        docs, rows = vectors[: len(texts)], vectors[len(texts) :]
        points = []
        offset = 0
        for (practice, digest), doc, group in zip(todo, docs, passages, strict=True):
            multi: np.ndarray = rows[offset : offset + len(group)]
            offset += len(group)
            vectors_: dict[str, ix.Vector] = {
                ix.DOC: doc.tolist(),
                ix.SECTIONS: multi.tolist(),
                ix.LEXICAL: schema.lexical_vector(practice),
            }
            concept = concepts.document_vector(practice)
            if concept:
                vectors_[ix.CONCEPTS] = concept
            points.append(ix.IndexPoint(practice.id, vectors_,
                                        schema.payload(practice, group, digest)))
        return points

    def get(self, practice_id: str) -> Practice:
        """A stored practice by id."""
        found = self.index.retrieve([practice_id])
        if not found:
            raise NotFound(f"no practice with id {practice_id!r}")
        return schema.practice_from_payload(found[0])

    def delete(self, ids: list[str]) -> None:
        with self.write_lock:
            self.index.delete(ids)

    def close(self) -> None:
        self.index.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
