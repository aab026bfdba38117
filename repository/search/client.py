"""qdrant-client adapter: a Qdrant server (`QDRANT_URL=http…`), or its local mode
(`:memory:`, `local:PATH`), which speaks the same API and stands in for a server in tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qdrant_client import QdrantClient, models

from repository.errors import StoreError
from repository.search import index as ix
from repository.search.lock import StoreLock

# collection metadata: the embedding setting that built the collection, and its encoders
MODEL_KEY = "embedding_model"
DIM_KEY = "embedding_dim"
ENCODERS_KEY = "embedding_encoders"  # JSON: [{"name", "dim"}, …], one per encoder


class ClientIndex:
    """An `Index` over a Qdrant collection reached through qdrant-client."""

    def __init__(self, url: str, collection: str, api_key: str | None = None) -> None:
        self.collection = collection
        self._lock: StoreLock | None = None
        try:
            if url == ":memory:":
                self.client = QdrantClient(location=":memory:")
            elif url.startswith("local:"):
                path = Path(url.removeprefix("local:"))
                self._lock = StoreLock(path)
                self.client = QdrantClient(path=str(path))
            else:
                self.client = QdrantClient(url=url, api_key=api_key, timeout=30)
        except RuntimeError as exc:
            raise StoreError(f"cannot open Qdrant at {url}: {exc}") from None

    def _exists(self) -> bool:
        """Whether the collection exists, as a collection or as an alias.

        After `repository reindex` the name is an alias of a generation; a server's
        `collection_exists` may not resolve aliases, so they are consulted too.
        """
        try:
            if self.client.collection_exists(self.collection):
                return True
            aliases = self.client.get_aliases().aliases
            return any(a.alias_name == self.collection for a in aliases)
        except Exception as exc:  # connection refused, timeouts: one clear line
            raise StoreError(f"cannot reach Qdrant: {exc}") from None

    def built_with(self) -> ix.ModelRecord | None:
        if not self._exists():
            return None
        config = self.client.get_collection(self.collection).config
        metadata = config.metadata or {}
        if MODEL_KEY in metadata:
            encoders = json.loads(metadata.get(ENCODERS_KEY) or "[]")
            return ix.ModelRecord.from_json({"name": metadata[MODEL_KEY],
                                             "dim": metadata[DIM_KEY], "encoders": encoders})
        vectors = config.params.vectors  # a collection from before the record
        doc = vectors.get(ix.DOC) if isinstance(vectors, dict) else None
        return ix.ModelRecord(None, int(doc.size)) if doc is not None else None

    def ensure_schema(self, model: ix.ModelRecord) -> None:
        data = model.to_json()
        record = {MODEL_KEY: model.name, DIM_KEY: model.dim,
                  ENCODERS_KEY: json.dumps(data["encoders"])}
        if self._exists():
            if MODEL_KEY not in (self.client.get_collection(self.collection).config.metadata
                                 or {}):
                self.client.update_collection(self.collection, metadata=record)
            return
        vectors: dict[str, models.VectorParams] = {}
        for position, encoder in enumerate(model.encoders):
            doc, sections = ix.dense_names(position)
            vectors[doc] = models.VectorParams(size=encoder.dim, distance=models.Distance.COSINE)
            vectors[sections] = models.VectorParams(
                size=encoder.dim, distance=models.Distance.COSINE,
                multivector_config=models.MultiVectorConfig(
                    comparator=models.MultiVectorComparator.MAX_SIM))
        self.client.create_collection(
            self.collection,
            vectors_config=vectors,
            sparse_vectors_config={
                name: models.SparseVectorParams(modifier=models.Modifier.IDF)
                for name in ix.SPARSE_VECTORS
            },
            metadata=record,
        )
        schema: list[tuple[tuple[str, ...], Any]] = [
            (ix.KEYWORD_FIELDS, models.PayloadSchemaType.KEYWORD),
            (ix.INTEGER_FIELDS, models.PayloadSchemaType.INTEGER),
            (ix.FLOAT_FIELDS, models.PayloadSchemaType.FLOAT),
            (ix.BOOL_FIELDS, models.PayloadSchemaType.BOOL),
        ]
        for fields, kind in schema:
            for name in fields:
                self.client.create_payload_index(self.collection, name, kind)

    def upsert(self, points: list[ix.IndexPoint]) -> None:
        if not points:
            return
        self.client.upsert(
            self.collection,
            points=[models.PointStruct(id=ix.point_id(p.id),
                                       vector={k: _vector(v) for k, v in p.vectors.items()},
                                       payload=p.payload) for p in points],
            wait=True,
        )

    def delete(self, ids: list[str]) -> None:
        if ids and self._exists():
            self.client.delete(self.collection, points_selector=models.PointIdsList(
                points=[ix.point_id(i) for i in ids]), wait=True)

    def query(self, plan: ix.QueryPlan) -> list[ix.Hit]:
        if not self._exists():
            return []
        if plan.order_by:
            direction = models.Direction.DESC if plan.descending else models.Direction.ASC
            response = self.client.query_points(
                self.collection, query=models.OrderByQuery(order_by=models.OrderBy(
                    key=plan.order_by, direction=direction)),
                query_filter=_filter(plan.filter), limit=plan.limit, offset=plan.offset,
                with_payload=_with_payload(plan.with_payload))
            return _hits(response.points)
        args = _request(plan)
        args["query_filter"] = args.pop("filter", None)
        return _hits(self.client.query_points(self.collection, **args).points)

    def query_batch(self, plans: list[ix.QueryPlan]) -> list[list[ix.Hit]]:
        if not plans or not self._exists():
            return [[] for _ in plans]
        if any(p.order_by for p in plans):
            return [self.query(p) for p in plans]
        answers = self.client.query_batch_points(
            self.collection, requests=[models.QueryRequest(**_request(p)) for p in plans])
        return [_hits(answer.points) for answer in answers]

    def facet(self, key: str, flt: ix.Filter, limit: int) -> list[tuple[Any, int]]:
        if not self._exists():
            return []
        response = self.client.facet(self.collection, key, facet_filter=_filter(flt),
                                     limit=limit, exact=True)
        return [(h.value, h.count) for h in response.hits]

    def count(self, flt: ix.Filter) -> int:
        if not self._exists():
            return 0
        return self.client.count(self.collection, count_filter=_filter(flt), exact=True).count

    def retrieve(self, ids: list[str], with_vectors: bool | tuple[str, ...] = False,
                 fields: tuple[str, ...] | None = None) -> list[dict[str, Any]]:
        if not ids or not self._exists():
            return []
        records = self.client.retrieve(self.collection, [ix.point_id(i) for i in ids],
                                       with_payload=_with_payload(fields or True),
                                       with_vectors=_with_payload(with_vectors))
        by_id = {}
        for r in records:
            payload = dict(r.payload or {})
            if with_vectors:
                payload["_vectors"] = {
                    k: ix.Sparse(list(v.indices), list(v.values))
                    if isinstance(v, models.SparseVector) else v
                    for k, v in (r.vector or {}).items()  # type: ignore[union-attr]
                }
            by_id[payload.get("id")] = payload
        return [by_id[i] for i in ids if i in by_id]

    def scroll(self, flt: ix.Filter, limit: int, offset: str | None = None,
               fields: tuple[str, ...] | None = None
               ) -> tuple[list[dict[str, Any]], str | None]:
        if not self._exists():
            return [], None
        records, next_offset = self.client.scroll(
            self.collection, scroll_filter=_filter(flt), limit=limit, offset=offset,
            with_payload=_with_payload(fields or True))
        return [dict(r.payload or {}) for r in records], (
            str(next_offset) if next_offset is not None else None)

    def warm(self) -> None:
        """Nothing to read ahead: a server keeps its own caches."""

    def version(self) -> None:
        """Unknown: other processes may write to the collection."""
        return None

    def close(self) -> None:
        self.client.close()
        if self._lock is not None:
            self._lock.release()


def _with_payload(value: bool | tuple[str, ...]) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _request(plan: ix.QueryPlan) -> dict[str, Any]:
    """The arguments of a scored query (one signal, or several fused) for `query_points`
    and for a `QueryRequest` of a batch, which take the same names."""
    flt = _filter(plan.filter)
    common: dict[str, Any] = {"limit": plan.limit, "offset": plan.offset,
                              "with_payload": _with_payload(plan.with_payload)}
    if len(plan.prefetches) == 1:
        only = plan.prefetches[0]
        return {**common, "query": models.NearestQuery(nearest=_vector(only.vector)),
                "using": only.using, "filter": flt, "score_threshold": only.score_threshold}
    fusion: Any = (
        models.RrfQuery(rrf=models.Rrf(k=plan.rrf_k, weights=list(plan.weights)
                                       if plan.weights else None))
        if plan.fusion == "rrf" else models.FusionQuery(fusion=models.Fusion.DBSF)
    )
    return {**common, "query": fusion, "filter": None,
            "prefetch": [models.Prefetch(query=_vector(p.vector), using=p.using, limit=p.limit,
                                         filter=flt, score_threshold=p.score_threshold)
                         for p in plan.prefetches]}


def _hits(points: Any) -> list[ix.Hit]:
    return [ix.Hit(str((p.payload or {}).get("id")), float(p.score), p.payload or {})
            for p in points]


def _vector(vector: ix.Vector) -> Any:
    if isinstance(vector, ix.Sparse):
        return models.SparseVector(indices=list(vector.indices), values=list(vector.values))
    return vector


def _filter(flt: ix.Filter) -> models.Filter | None:
    must: list[Any] = []
    for key, values in flt.any_of.items():
        if len(values) == 1 and isinstance(values[0], bool):
            must.append(models.FieldCondition(key=key, match=models.MatchValue(value=values[0])))
        else:
            must.append(models.FieldCondition(key=key, match=models.MatchAny(any=list(values))))
    for key, (low, high) in flt.ranges.items():
        must.append(models.FieldCondition(key=key, range=models.Range(gte=low, lte=high)))
    if flt.ids is not None:
        must.append(models.HasIdCondition(has_id=[ix.point_id(i) for i in flt.ids]))
    return models.Filter(must=must) if must else None
