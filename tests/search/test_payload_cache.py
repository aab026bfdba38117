"""The edge adapter answers small-field queries from its payload cache: the same hits and
fields as the engine's own payloads, and never a value older than the stored one."""

from __future__ import annotations

import gc
from pathlib import Path

from repository.search import index as ix
from repository.search import payloads
from repository.search.edge import EdgeIndex
from repository.search.store import Store
from tests.search.sheets import practice

FIELDS = ("id", "country", "title", "themes", "start_year")
MODEL = ix.ModelRecord("tiny", 2, (ix.EncoderRecord("tiny", 2),))


def _point(i: int, country: str | None, vector: list[float]) -> ix.IndexPoint:
    payload = {"id": f"p{i}", "title": f"Sheet {i}", "country": country, "themes": ["youth"],
               "start_year": 2000 + i, "publication": "published", "record": {"big": "x" * 500}}
    return ix.IndexPoint(f"p{i}", {ix.DOC: vector, ix.SECTIONS: [vector]}, payload)


def _plan(fields: bool | tuple[str, ...], flt: ix.Filter | None = None) -> ix.QueryPlan:
    return ix.QueryPlan(prefetches=(ix.Prefetch(ix.DOC, [1.0, 0.0], 10),),
                        filter=flt or ix.Filter(), limit=10, with_payload=fields)


def _open(tmp_path: Path) -> EdgeIndex:
    index = EdgeIndex(tmp_path / "store")
    index.ensure_schema(MODEL)
    index.upsert([_point(i, c, [1.0, 0.1 * i]) for i, c in enumerate(["FR", "ES", None])])
    return index


def test_cached_fields_are_the_engines_own(tmp_path: Path) -> None:
    index = _open(tmp_path)
    try:
        from_engine = index.query(_plan(True))  # the whole payload: not from the cache
        cached = index.query(_plan(FIELDS))
        assert [h.id for h in cached] == [h.id for h in from_engine] == ["p0", "p1", "p2"]
        assert [h.score for h in cached] == [h.score for h in from_engine]
        for hit, full in zip(cached, from_engine, strict=True):
            assert {k: v for k, v in hit.payload.items() if k in FIELDS} == {
                k: v for k, v in full.payload.items() if k in FIELDS}
            assert set(FIELDS) <= set(hit.payload) <= set(full.payload)
        assert index.retrieve(["p2", "p0"], fields=FIELDS) == [
            {k: v for k, v in h.payload.items() if k in FIELDS}
            for h in (from_engine[2], from_engine[0])]
    finally:
        index.close()


def test_a_write_is_seen_by_the_next_query(tmp_path: Path) -> None:
    index = _open(tmp_path)
    try:
        index.warm()
        assert index.query(_plan(FIELDS))[0].payload["country"] == "FR"
        index.upsert([_point(0, "PT", [1.0, 0.0])])
        assert index.query(_plan(FIELDS))[0].payload["country"] == "PT"
        assert index.retrieve(["p0"], fields=("id", "country")) == [{"id": "p0",
                                                                      "country": "PT"}]
        index.delete(["p0"])
        assert [h.id for h in index.query(_plan(FIELDS))] == ["p1", "p2"]
        assert index.retrieve(["p0"], fields=("id",)) == []
    finally:
        index.close()


def test_a_read_that_raced_a_write_is_not_kept() -> None:
    cache = payloads.PayloadCache()
    started = cache.writes
    cache.forget(["a"])  # a write lands while the read is under way
    cache.put([("a", {"id": "a", "country": "FR"})], started)
    assert len(cache) == 0
    cache.put([("a", {"id": "a", "country": "ES"})], cache.writes)
    assert payloads.payload_of(cache.get(["a"], lambda _: [])["a"], ("country", "city")) == {
        "country": "ES"}


def test_warming_takes_the_caches_out_of_the_collectors_walks(store: Store) -> None:
    # a full collection walks every tracked object: at 10k sheets the warmed caches made
    # it a 75–110 ms pause inside whichever search triggered it
    store.put_many([practice("warm-a", "Night patrols", "Volunteers walk the streets.",
                             country="FR"),
                    practice("warm-b", "Youth clubs", "Clubs open late for teenagers.",
                             country="ES")])
    try:
        store.warm()
        rows = store.index.retrieve(["warm-a", "warm-b"], fields=("id", "country"))
        assert [r["country"] for r in rows] == ["FR", "ES"]
        cached = list(store.index._cache._rows.values())  # type: ignore[attr-defined]
        assert len(cached) == 2
        tracked = {id(o) for o in gc.get_objects()}
        assert gc.get_freeze_count() > 0
        assert not any(id(row) in tracked for row in cached)
    finally:
        gc.unfreeze()


def test_facet_counts_follow_every_write(tmp_path: Path) -> None:
    index = _open(tmp_path)
    try:
        scope = ix.Filter(any_of={"publication": ("published",)})
        assert dict(index.facet("country", scope, 10)) == {"FR": 1, "ES": 1}
        assert dict(index.facet("country", scope, 10)) == {"FR": 1, "ES": 1}
        index.upsert([_point(3, "FR", [1.0, 0.3]), _point(1, "PT", [1.0, 0.1])])
        assert dict(index.facet("country", scope, 10)) == {"FR": 2, "PT": 1}
        spanish = ix.Filter(any_of={"country": ("ES",)})
        assert index.facet("themes", spanish, 10) == []
        index.delete(["p0"])
        assert dict(index.facet("country", scope, 10)) == {"FR": 1, "PT": 1}
        assert dict(index.facet("country", scope, 1)) in ({"FR": 1}, {"PT": 1})
    finally:
        index.close()
