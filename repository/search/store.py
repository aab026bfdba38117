"""The store: an index engine chosen by the settings, plus the embedder that feeds it.

`Store.put_many` is the write edge of the pipeline: it embeds a batch of practices
and upserts them, reporting per record whether it was added, updated or unchanged.
The store is the one way into an `Index` from outside `search/`: it offers the reads
its callers need (records by filter, one or many by id, a published one, neighbours)
as records or small typed values, never payload dicts.

Opening a store does not finish an interrupted restore: the CLI and the app call
`ops.restore.open_store`, which does, before they open it.
"""

from __future__ import annotations

import gc
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from repository.config import Settings
from repository.errors import ModelMismatch, NotFound
from repository.model import Practice
from repository.search import concepts, lexicon, schema
from repository.search import index as ix
from repository.search.embedder import Embedder, theme_encoder
from repository.search.response_cache import ResponseCache

if TYPE_CHECKING:
    from repository.search.generations import NewGeneration

Status = Literal["added", "updated", "unchanged"]
SCROLL_PAGE = 500


def model_record(embedder: Embedder) -> ix.ModelRecord:
    """What an index records of the embedding setting that fills it."""
    return ix.ModelRecord(embedder.name, embedder.dim,
                          tuple(ix.EncoderRecord(p.name, p.dim) for p in embedder.parts))


def _layout(record: ix.ModelRecord) -> tuple[ix.EncoderRecord, ...]:
    """The encoders of a record; one that lists none holds its one row in `doc`."""
    return record.encoders or (ix.EncoderRecord(str(record.name), record.dim),)


def open_index(settings: Settings) -> ix.Index:
    """The index adapter the settings select."""
    if settings.engine == "edge":
        from repository.search.generations import open_live_edge

        return open_live_edge(settings)
    from repository.search.client import ClientIndex

    assert settings.qdrant_url is not None
    return ClientIndex(settings.qdrant_url, settings.collection, settings.qdrant_api_key)


@dataclass(frozen=True)
class Neighbour:
    """A stored sheet as a similarity list shows it; `score` is its cosine to the sheet
    asked about."""

    FIELDS: ClassVar[tuple[str, ...]] = ("id", "title", "country", "city", "language",
                                         "translation_group", "publication")

    id: str
    score: float
    title: str | None
    country: str | None
    city: str | None
    language: str | None
    translation_group: str | None
    publication: str | None

    @classmethod
    def of(cls, record_id: str, score: float, payload: dict[str, Any]) -> Neighbour:
        return cls(record_id, score, *(payload.get(f) for f in cls.FIELDS[1:]))


@dataclass
class Store:
    """An open index and its embedder. Close it to release the embedded store."""

    settings: Settings
    index: ix.Index
    embedder: Embedder
    # held by every write, and by `reindex` while it catches up and switches generations
    write_lock: AbstractContextManager[bool] = field(
        default_factory=threading.RLock, repr=False, compare=False)
    _writes: int = field(default=0, repr=False, compare=False)  # finished, see `version`

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
        wanted = model_record(self.embedder)
        if built.name is None:  # unrecorded: one model's vectors in `doc`, of this width
            same = len(wanted.encoders) == 1 and built.dim == wanted.dim
        else:
            same = built.name == wanted.name and _layout(built) == wanted.encoders
        if not same:
            where = (f"the store {self.settings.store_dir}" if self.settings.engine == "edge"
                     else f"the collection {self.settings.collection!r}")
            raise ModelMismatch(where, built.name, built.dim, self.embedder.name,
                                layout=built.name == wanted.name)

    @cached_property
    def theme_encoder(self) -> Embedder | None:
        """The encoder that checks inferred themes at ingest (`REPOSITORY_THEME_MODEL`):
        this store's embedder when it is the same model, None when switched off."""
        return theme_encoder(self.settings, self.embedder)

    def passage_parts(self, practice: Practice) -> list[tuple[str | None, str]]:
        """(field, text) of each passage the index embeds for a practice: the semantic
        theme check reads a sheet by them, so their vectors are encoded once."""
        return [(p.field, p.text) for p in schema.passages(practice)]

    def index_texts(self, practice: Practice) -> list[str]:
        """Every text the index embeds for a practice: its doc text and its passages."""
        return [schema.doc_text(practice), *(p.text for p in schema.passages(practice))]

    @cached_property
    def _schema_ready(self) -> bool:
        self.index.ensure_schema(model_record(self.embedder))
        return True

    def put_many(self, practices: Iterable[Practice]) -> list[Status]:
        """Embed and upsert practices; unchanged ones (same content hash) are skipped."""
        with self.write_lock:
            try:
                return self._put_many(list(practices))
            finally:
                self._writes += 1

    def version(self) -> tuple[object, int] | None:
        """What every write changes, once it has finished (the index's own version and
        the store's finished writes: a write also teaches the speller its words); None
        when other processes may write to the engine too."""
        version = self.index.version()
        return None if version is None else (version, self._writes)

    @cached_property
    def responses(self) -> ResponseCache:
        """The search responses kept for this store's version (`search.service`)."""
        return ResponseCache(self.settings.result_cache)

    @cached_property
    def readings(self) -> ResponseCache:
        """The queries read (corrected and encoded) for this store's version: a facet
        ticked on a query reads the same words again (`search.service`)."""
        return ResponseCache(self.settings.result_cache)

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
            for payload in self.scroll_all():
                counts.update(lexicon.sheet_words(schema.practice_from_payload(payload)))
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
        parts = self.embedder.split(self.embedder.embed_documents(texts + flat))
        points = []
        offset = 0
        for number, ((practice, digest), group) in enumerate(zip(todo, passages, strict=True)):
            rows = slice(len(texts) + offset, len(texts) + offset + len(group))
            offset += len(group)
            vectors_: dict[str, ix.Vector] = {ix.LEXICAL: schema.lexical_vector(practice)}
            for position, part in enumerate(parts):
                doc, sections = ix.dense_names(position)
                vectors_[doc] = part[number].tolist()
                vectors_[sections] = part[rows].tolist()
            concept = concepts.document_vector(practice)
            if concept:
                vectors_[ix.CONCEPTS] = concept
            points.append(ix.IndexPoint(practice.id, vectors_,
                                        schema.payload(practice, group, digest)))
        return points

    # ---- reads: the only way into the index from outside `search/` ---------------

    def scroll_all(self, flt: ix.Filter | None = None, fields: tuple[str, ...] | None = None
                   ) -> Iterator[dict[str, Any]]:
        """Every stored payload (only `fields` when given) matching a filter (all by
        default), a page at a time."""
        offset: str | None = None
        while True:
            page, offset = self.index.scroll(flt or ix.Filter(), SCROLL_PAGE, offset, fields)
            yield from page
            if offset is None:
                return

    def records(self, flt: ix.Filter | None = None) -> list[Practice]:
        """Every stored record matching a filter (all by default), in id order."""
        rows = sorted(self.scroll_all(flt), key=lambda r: str(r["id"]))
        return [schema.practice_from_payload(row) for row in rows]

    def count(self, flt: ix.Filter | None = None) -> int:
        """How many records match a filter (all by default)."""
        return self.index.count(flt or ix.Filter())

    def content_hashes(self) -> dict[str, str]:
        """Record id → content hash of every stored record."""
        return {str(row["id"]): str(row.get("content_hash")) for row in self.scroll_all()}

    def get(self, practice_id: str) -> Practice:
        """A stored practice by id."""
        found = self.index.retrieve([practice_id])
        if not found:
            raise NotFound(f"no practice with id {practice_id!r}")
        return schema.practice_from_payload(found[0])

    def get_many(self, ids: Iterable[str]) -> list[Practice]:
        """The stored records of these ids, in the order given; unknown ids are skipped."""
        wanted = list(ids)
        by_id = {row["id"]: row for row in self.index.retrieve(wanted)} if wanted else {}
        return [schema.practice_from_payload(by_id[i]) for i in wanted if i in by_id]

    def exists(self, practice_id: str) -> bool:
        """Whether a record with this id is stored (drafts too)."""
        return bool(self.index.retrieve([practice_id]))

    def published(self, practice_id: str) -> Practice:
        """A practice the public may see: a draft is as missing as an unknown id."""
        practice = self.get(practice_id)
        if practice.publication != "published":
            raise NotFound(f"no practice with id {practice_id!r}")
        return practice

    def neighbours(self, practice_id: str, limit: int, *, published_only: bool
                   ) -> tuple[Neighbour, list[Neighbour]]:
        """A stored sheet and the `limit` sheets nearest to it by whole-sheet meaning
        (itself among them), nearest first; `published_only` leaves drafts out.

        With several encoders, nearness is the weighted sum of their cosines (the
        joined row's cosine), over the nearest sheets of each encoder."""
        found = self.index.retrieve([practice_id], with_vectors=True)
        if not found:
            raise NotFound(f"no practice with id {practice_id!r}")
        source = found[0]
        flt = ix.Filter(any_of={"publication": ("published",)}) if published_only \
            else ix.Filter()
        parts = self.embedder.parts
        names = [ix.dense_names(position)[0] for position in range(len(parts))]

        def plan(name: str, within: ix.Filter, n: int) -> ix.QueryPlan:
            return ix.QueryPlan(prefetches=(ix.Prefetch(name, source["_vectors"][name], n),),
                                filter=within, limit=n, with_payload=Neighbour.FIELDS)

        lists = self.index.query_batch([plan(name, flt, limit) for name in names])
        payloads = {hit.id: hit.payload for hits in lists for hit in hits}
        cosines = [{hit.id: hit.score for hit in hits} for hits in lists]
        gaps = [(position, tuple(sorted(set(payloads) - set(cosines[position]))))
                for position in range(len(parts))]
        gaps = [(position, ids) for position, ids in gaps if ids]
        filled = self.index.query_batch([plan(names[position], flt.restricted_to(ids), len(ids))
                                         for position, ids in gaps])
        for (position, _), hits in zip(gaps, filled, strict=True):
            cosines[position].update({hit.id: hit.score for hit in hits})
        scores = {i: sum(part.weight * cosines[n].get(i, 0.0) for n, part in enumerate(parts))
                  for i in payloads}
        nearest = sorted(scores, key=lambda i: (-scores[i], i))[:limit]
        return (Neighbour.of(practice_id, 1.0, source),
                [Neighbour.of(i, scores[i], payloads[i]) for i in nearest])

    # ---- writes ------------------------------------------------------------------

    def beside(self, new: NewGeneration, embedder: Embedder) -> Store:
        """A store over a generation being built beside this one (`generations.create`),
        embedding with `embedder`; the live store keeps its write lock to itself."""
        return Store(self.settings, new.index, embedder)

    def ensure_schema(self) -> None:
        """Create the collection, vectors and payload indexes if missing."""
        self.index.ensure_schema(model_record(self.embedder))

    def rewrite(self, practices: list[Practice]) -> None:
        """Embed and upsert practices into this index only, as a rebuild does: no
        content-hash check, and the files kept beside a live store stay as they are."""
        self.index.upsert(self._points([(p, p.content_hash()) for p in practices]))

    def delete(self, ids: list[str]) -> None:
        with self.write_lock:
            try:
                self.index.delete(ids)
            finally:
                self._writes += 1

    def warm(self) -> None:
        """Read ahead what searches need, so the first ones are as fast as the rest: the
        index's payload fields (`Index.warm`) and the speller's indexes. Then everything
        alive is frozen out of the cyclic garbage collector (`gc.freeze`): it would
        otherwise walk those caches (at 10k sheets, hundreds of thousands of objects) in
        every full collection, a 75–110 ms pause inside whichever search triggers it."""
        self.index.warm()
        self.speller.warm()
        gc.collect()
        gc.freeze()

    def close(self) -> None:
        self.index.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
