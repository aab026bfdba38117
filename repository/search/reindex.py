"""Rebuild the index beside the live one (e.g. after changing the embedding model).

`reindex(store)` runs in the process that owns the store — the CLI when no server
runs, or the server itself in a background thread — so search keeps answering from
the live generation the whole time:

1. create an empty generation beside the live one (`generations.create`);
2. copy every record into it, re-embedding with the (new) embedder;
3. copy again what changed meanwhile, then once more holding `store.write_lock`,
   so no write is lost, and switch (`generations.switch`) before releasing it.

A crash before the switch leaves the live generation untouched; the half-built one
is removed by the next reindex.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from repository.model import Practice
from repository.search import generations
from repository.search import index as ix
from repository.search.embedder import Embedder
from repository.search.schema import practice_from_payload
from repository.search.store import Store

BATCH = 32
Progress = Callable[[int, int], None]  # (records written so far, records to write)


@dataclass(frozen=True)
class ReindexReport:
    """What a reindex did."""

    generation: str  # the new live folder (Edge) or collection (qdrant-client)
    records: int
    late: int  # records written during the rebuild, copied in the last pass
    seconds: float


def content_hashes(index: ix.Index) -> dict[str, str]:
    """Record id → content hash of every point in an index."""
    out: dict[str, str] = {}
    offset: str | None = None
    while True:
        page, offset = index.scroll(ix.Filter(), 500, offset)
        out.update((str(row["id"]), str(row.get("content_hash"))) for row in page)
        if offset is None:
            return out


def delta(live: dict[str, str], built: dict[str, str]) -> tuple[list[str], list[str]]:
    """Ids to (re)write and ids to delete so that `built` matches `live`."""
    write = sorted(i for i, digest in live.items() if built.get(i) != digest)
    delete = sorted(i for i in built if i not in live)
    return write, delete


def write_points(store: Store, index: ix.Index, practices: list[Practice]) -> None:
    """Embed practices with the store's embedder and upsert them into `index`.

    Not `Store.put_many`: that one also updates files kept beside the live store.
    """
    todo = [(p, p.content_hash()) for p in practices]
    index.upsert(store._points(todo))


def catch_up(live: ix.Index, target: ix.Index, builder: Store, done: int, total: int,
             progress: Progress | None = None, batch: int = BATCH) -> int:
    """Make `target` hold exactly the records of `live`; returns how many were written."""
    write, delete = delta(content_hashes(live), content_hashes(target))
    for start in range(0, len(write), batch):
        chunk = write[start : start + batch]
        write_points(builder, target, [practice_from_payload(r) for r in live.retrieve(chunk)])
        if progress:
            progress(done + start + len(chunk), max(total, done + len(write)))
    target.delete(delete)
    return len(write)


def reindex(store: Store, embedder: Embedder | None = None,
            progress: Progress | None = None, batch: int = BATCH) -> ReindexReport:
    """Rebuild every record (drafts included) into a new generation and switch to it."""
    started = time.monotonic()
    embedder = embedder or store.embedder
    new = generations.create(store)
    builder = Store(store.settings, new.index, embedder)
    switched = False
    try:
        new.index.ensure_schema(embedder.dim, embedder.name)
        total = store.index.count(ix.Filter())
        first = catch_up(store.index, new.index, builder, 0, total, progress, batch)
        catch_up(store.index, new.index, builder, first, total, progress, batch)
        with store.write_lock:
            late = catch_up(store.index, new.index, builder, first, total, progress, batch)
            retired = generations.switch(store, new)
            switched = True
            store.embedder = embedder
    finally:
        if not switched:
            generations.discard(store, new)
    generations.retire(store, retired)
    return ReindexReport(new.name, store.index.count(ix.Filter()), late,
                         round(time.monotonic() - started, 2))
