"""Qdrant Edge adapter: the embedded default, Qdrant's engine running in-process."""

from __future__ import annotations

import itertools
import json
import os
import uuid
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import qdrant_edge as qe

from repository.config import VectorStorage
from repository.errors import StoreError, StoreLocked
from repository.search import index as ix
from repository.search import payloads
from repository.search.lock import StoreLock

MODEL_FILE = "model.json"  # beside the shard: the encoder that built it (name, dim)
# a store's dense vectors by `Settings.vector_storage`; float32 is the engine's default
# (None), so such a store is configured exactly as every store was before the setting
_DATATYPES: dict[str, qe.VectorStorageDatatype | None] = {
    "turbo8": qe.VectorStorageDatatype.Turbo8, "float16": qe.VectorStorageDatatype.Float16,
    "float32": None}
_OPENED = itertools.count()  # tells apart the index objects of one process (`version`)


class EdgeIndex:
    """An `Index` over a Qdrant Edge shard on disk.

    Queries and retrievals that ask only for the small indexed fields of a hit are
    answered from `payloads.PayloadCache` (the engine gives scores and point ids):
    decoding a stored payload costs far more than scoring it. Such a query's hits share
    the cached payloads, which hold every cached field (more than asked).

    `storage` is how a shard this creates keeps its dense vectors (`Settings.
    vector_storage`); an existing shard keeps its own. The passages' MAX_SIM reads every
    passage vector of the store a query (~76k at 10k sheets): memory-bound, so float16
    scans it about 1.4 times and 8-bit vectors (`turbo8`) about 2.5 times faster than
    float32."""

    def __init__(self, path: Path, storage: VectorStorage = "float16") -> None:
        self.path = path
        self.storage = storage
        self._lock = StoreLock(path)
        self._shard: qe.EdgeShard | None = None
        self._cache = payloads.PayloadCache()
        self._number = next(_OPENED)
        if (path / "shard").exists():
            self._shard = self._open(lambda: qe.EdgeShard.load(str(path / "shard")))

    def _open(self, opener: Any) -> qe.EdgeShard:
        try:
            return opener()
        except Exception as exc:  # the binding raises plain Exception
            if "WouldBlock" in str(exc) or "lock" in str(exc).lower():
                self._lock.release()
                raise StoreLocked(self.path) from None
            self._lock.release()
            raise StoreError(f"cannot open the store {self.path}: {exc}") from None

    @property
    def shard(self) -> qe.EdgeShard:
        if self._shard is None:
            raise StoreError(f"the store {self.path} is empty: ingest some sheets first")
        return self._shard

    def built_with(self) -> ix.ModelRecord | None:
        if self._shard is None:
            return None
        try:
            data = json.loads((self.path / MODEL_FILE).read_text(encoding="utf-8"))
            return ix.ModelRecord.from_json(data)
        except FileNotFoundError:
            pass
        except (ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"{self.path / MODEL_FILE} is damaged ({exc}); run "
                             "`repository reindex` to rebuild the store") from None
        try:  # a store from before the record: the engine's own config gives the width
            config = json.loads((self.path / "shard" / "edge_config.json").read_text())
            return ix.ModelRecord(None, int(config["vectors"][ix.DOC]["size"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _record_model(self, model: ix.ModelRecord) -> None:
        target = self.path / MODEL_FILE
        tmp = target.with_name(f".{MODEL_FILE}.tmp")
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(model.to_json(), handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)

    def ensure_schema(self, model: ix.ModelRecord) -> None:
        if self._shard is not None:
            if not (self.path / MODEL_FILE).exists():
                self._record_model(model)
            return
        vectors: dict[str, qe.EdgeVectorParams] = {}
        datatype = _DATATYPES[self.storage]
        for position, encoder in enumerate(model.encoders):
            doc, sections = ix.dense_names(position)
            vectors[doc] = qe.EdgeVectorParams(size=encoder.dim, distance=qe.Distance.Cosine,
                                               datatype=datatype)
            vectors[sections] = qe.EdgeVectorParams(
                size=encoder.dim, distance=qe.Distance.Cosine, datatype=datatype,
                multivector_config=qe.MultiVectorConfig(qe.MultiVectorComparator.MaxSim))
        config = qe.EdgeConfig(
            vectors=vectors,
            sparse_vectors={
                name: qe.EdgeSparseVectorParams(modifier=qe.Modifier.Idf)
                for name in ix.SPARSE_VECTORS
            },
        )
        self._shard = self._open(lambda: qe.EdgeShard.create(str(self.path / "shard"), config))
        schema: list[tuple[str, Any]] = [
            *((f, qe.PayloadSchemaType.Keyword) for f in ix.KEYWORD_FIELDS),
            *((f, qe.IntegerIndexParams(lookup=True, range=True)) for f in ix.INTEGER_FIELDS),
            *((f, qe.PayloadSchemaType.Float) for f in ix.FLOAT_FIELDS),
            *((f, qe.PayloadSchemaType.Bool) for f in ix.BOOL_FIELDS),
        ]
        for name, kind in schema:
            self._shard.update(qe.UpdateOperation.create_field_index(name, kind))
        self._shard.flush()
        self._record_model(model)

    def upsert(self, points: list[ix.IndexPoint]) -> None:
        if not points:
            return
        edge_points = [
            qe.Point(ix.point_id(p.id), {k: _vector(v) for k, v in p.vectors.items()},
                     p.payload)
            for p in points
        ]
        try:
            self.shard.update(qe.UpdateOperation.upsert_points(edge_points))
            self.shard.flush()
        finally:
            self._cache.forget(_key(p.id) for p in points)

    def delete(self, ids: list[str]) -> None:
        if ids and self._shard is not None:
            try:
                self.shard.update(qe.UpdateOperation.delete_points(
                    [ix.point_id(i) for i in ids]))
                self.shard.flush()
            finally:
                self._cache.forget(map(_key, ids))

    def query(self, plan: ix.QueryPlan) -> list[ix.Hit]:
        return self.query_batch([plan])[0]

    def query_batch(self, plans: list[ix.QueryPlan]) -> list[list[ix.Hit]]:
        if self._shard is None or not plans:
            return [[] for _ in plans]
        cached = [payloads.covers(p.with_payload) for p in plans]
        requests = [_request(replace(p, with_payload=False) if c else p)
                    for p, c in zip(plans, cached, strict=True)]
        answers = self.shard.query_batch(qe.QueryBatchRequest(requests))
        # each read of a point's `id` builds a new uuid.UUID (slow Python): read it once
        keys = [[p.id.int for p in points] if c else None
                for points, c in zip(answers, cached, strict=True)]
        wanted = [k for found in keys if found for k in found]
        rows = self._cache.get(wanted, self._fetch_cached) if wanted else {}
        out = []
        for points, found in zip(answers, keys, strict=True):
            if found is None:
                out.append(_hits(points))
                continue
            # a row is missing when deleted since the engine scored it; rows are shared:
            # read only
            out.append([ix.Hit(row["id"], float(p.score), row)
                        for p, key in zip(points, found, strict=True)
                        if (row := rows.get(key)) is not None])
        return out

    def warm(self) -> None:
        """Read every point's cached fields now (at 10k sheets about a second), so the
        first searches do not pay for them."""
        if self._shard is None:
            return
        offset = None
        while True:
            started = self._cache.writes
            records, offset = self.shard.scroll(qe.ScrollRequest(
                offset=offset, limit=1000, with_payload=list(payloads.FIELDS)))
            self._cache.put(((r.id.int, dict(r.payload or {})) for r in records), started)
            if offset is None:
                return

    def _fetch_cached(self, points: list[int]) -> list[tuple[int, dict[str, Any]]]:
        records = self.shard.retrieve([str(uuid.UUID(int=p)) for p in points],
                                      with_payload=list(payloads.FIELDS), with_vector=False)
        return [(r.id.int, dict(r.payload or {})) for r in records]

    def facet(self, key: str, flt: ix.Filter, limit: int) -> list[tuple[Any, int]]:
        if self._shard is None:
            return []

        def count() -> list[tuple[Any, int]]:
            response = self.shard.facet(qe.FacetRequest(key, limit=limit, exact=True,
                                                        filter=_filter(flt)))
            return [(h.value, h.count) for h in response.hits]

        return list(self._cache.counted(f"facet {key} {limit} {flt!r}", count))

    def count(self, flt: ix.Filter) -> int:
        if self._shard is None:
            return 0
        return self._cache.counted(repr(flt), lambda: self.shard.count(
            qe.CountRequest(exact=True, filter=_filter(flt))))

    def retrieve(self, ids: list[str], with_vectors: bool | tuple[str, ...] = False,
                 fields: tuple[str, ...] | None = None) -> list[dict[str, Any]]:
        if self._shard is None or not ids:
            return []
        if not with_vectors and payloads.covers(fields):
            assert fields is not None
            rows = self._cache.get(map(_key, ids), self._fetch_cached)
            found = {row["id"]: payloads.payload_of(row, fields) for row in rows.values()}
            return [found[i] for i in ids if i in found]
        payload = _with_payload(fields if fields is not None else True)
        records = self.shard.retrieve([ix.point_id(i) for i in ids], with_payload=payload,
                                      with_vector=_with_payload(with_vectors))
        by_id = {}
        for r in records:
            payload = dict(r.payload or {})
            if with_vectors:
                payload["_vectors"] = _plain_vectors(r.vector)
            by_id[payload.get("id")] = payload
        return [by_id[i] for i in ids if i in by_id]

    def scroll(self, flt: ix.Filter, limit: int, offset: str | None = None,
               fields: tuple[str, ...] | None = None
               ) -> tuple[list[dict[str, Any]], str | None]:
        if self._shard is None:
            return [], None
        payload = _with_payload(fields if fields is not None else True)
        records, next_offset = self.shard.scroll(qe.ScrollRequest(
            offset=offset, limit=limit, filter=_filter(flt), with_payload=payload))
        return [dict(r.payload or {}) for r in records], (
            str(next_offset) if next_offset is not None else None)

    def version(self) -> tuple[int, int]:
        """This object, and how many writes went through it (the store lock keeps every
        other process out)."""
        return self._number, self._cache.writes

    def close(self) -> None:
        if self._shard is not None:
            self._shard.flush()
            self._shard.close()
            self._shard = None
        self._cache.forget()
        self._lock.release()


@lru_cache(maxsize=1 << 17)
def _key(record_id: str) -> int:
    """A record's key in the payload cache: its point id's UUID as an integer (the
    engine hands back UUIDs, whose own hashing is slow Python)."""
    return uuid.UUID(ix.point_id(record_id)).int


def _request(plan: ix.QueryPlan) -> qe.QueryRequest:
    """The engine's request for one query plan."""
    flt = _filter(plan.filter)
    payload = _with_payload(plan.with_payload)
    if plan.order_by:
        direction = qe.Direction.Desc if plan.descending else qe.Direction.Asc
        return qe.QueryRequest(limit=plan.limit, offset=plan.offset, filter=flt,
                               query=qe.OrderBy(plan.order_by, direction=direction),
                               with_payload=payload)
    if len(plan.prefetches) == 1:
        only = plan.prefetches[0]
        return qe.QueryRequest(limit=plan.limit, offset=plan.offset, filter=flt,
                               query=qe.Query.Nearest(_vector(only.vector), using=only.using),
                               score_threshold=only.score_threshold, with_payload=payload)
    fusion: Any = (
        qe.Fusion.Rrf(k=plan.rrf_k, weights=list(plan.weights) if plan.weights else None)
        if plan.fusion == "rrf" else qe.Fusion.Dbsf()
    )
    return qe.QueryRequest(
        limit=plan.limit, offset=plan.offset, query=fusion,
        prefetches=[qe.Prefetch(limit=p.limit, filter=flt, score_threshold=p.score_threshold,
                                query=qe.Query.Nearest(_vector(p.vector), using=p.using))
                    for p in plan.prefetches],
        with_payload=payload,
    )


def _hits(points: Any) -> list[ix.Hit]:
    return [ix.Hit(str((p.payload or {}).get("id")), float(p.score), p.payload or {})
            for p in points]


def _vector(vector: ix.Vector) -> Any:
    if isinstance(vector, ix.Sparse):
        return qe.SparseVector(list(vector.indices), list(vector.values))
    return vector


def _plain_vectors(vector: Any) -> dict[str, Any]:
    if not isinstance(vector, dict):
        return {"": vector}
    out = {}
    for name, value in vector.items():
        if isinstance(value, qe.SparseVector):
            out[name] = ix.Sparse(list(value.indices), list(value.values))
        else:
            out[name] = value
    return out


def _with_payload(value: bool | tuple[str, ...]) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _filter(flt: ix.Filter) -> qe.Filter | None:
    must: list[Any] = []
    for key, values in flt.any_of.items():
        if len(values) == 1 and isinstance(values[0], bool):
            # The binding reads a Python bool as an integer (bool subclasses int), which
            # never matches a boolean payload; NumPy's bool is read as a boolean.
            must.append(qe.FieldCondition(key, match=qe.MatchValue(np.bool_(values[0]))))
        else:
            must.append(qe.FieldCondition(key, match=qe.MatchAny(list(values))))
    for key, (low, high) in flt.ranges.items():
        must.append(qe.FieldCondition(key, range=qe.RangeFloat(gte=low, lte=high)))
    if flt.ids is not None:
        must.append(qe.HasIdCondition({ix.point_id(i) for i in flt.ids}))
    return qe.Filter(must=must) if must else None
