"""Build a new index beside the live one, then switch to it in one atomic step.

Two engines, one idea:

* Qdrant Edge (embedded): each generation is a folder of the data dir, `store` (the
  first) then `store-1`, `store-2` …; the file `store.live` names the live one and is
  replaced atomically (`os.replace`) to switch. `Settings.store_dir` follows it.
* qdrant-client (server or local mode): each generation is a collection
  `<collection>-<n>`; the configured collection name is an alias switched with one
  `update_collection_aliases` call.

A generation that was being built when a process died is never live: it is removed
the next time a generation is created.
"""

from __future__ import annotations

import copy
import os
import re
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from repository.config import LIVE_POINTER, Settings
from repository.errors import StoreLocked
from repository.search import index as ix

if TYPE_CHECKING:
    from repository.search.store import Store

DRAIN_TIMEOUT_S = 10.0  # longest wait for in-flight calls on a retired index
_GENERATION = re.compile(r"store(?:-(\d+))?")


def generation_number(name: str) -> int | None:
    """0 for `store`, n for `store-n`, None for any other folder name."""
    match = _GENERATION.fullmatch(name)
    if not match:
        return None
    return int(match.group(1) or 0)


def write_pointer(data_dir: Path, name: str) -> None:
    """Name the live generation, atomically and durably."""
    if generation_number(name) is None:
        raise ValueError(f"not a generation name: {name!r}")
    target = data_dir / LIVE_POINTER
    tmp = target.with_name(f".{LIVE_POINTER}.tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(name + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, target)
    fsync_dir(data_dir)


def fsync_dir(path: Path) -> None:
    """Make a rename in `path` durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def edge_generations(data_dir: Path) -> list[Path]:
    """Generation folders of the data dir, oldest first."""
    if not data_dir.is_dir():
        return []
    found = [(generation_number(p.name), p) for p in data_dir.iterdir() if p.is_dir()]
    return [p for n, p in sorted((n, p) for n, p in found if n is not None)]


def remove_stale_edge(settings: Settings) -> list[Path]:
    """Remove generations that are not live and that no process holds (crash leftovers)."""
    from repository.search.lock import StoreLock

    live = settings.store_dir
    removed = []
    for path in edge_generations(settings.data_dir):
        if path == live:
            continue
        try:
            lock = StoreLock(path)
        except StoreLocked:
            continue  # being built or still used by another process
        shutil.rmtree(path / "shard", ignore_errors=True)
        lock.release()
        shutil.rmtree(path, ignore_errors=True)
        removed.append(path)
    return removed


def client_generation(collection: str, name: str) -> int | None:
    """n for `<collection>-n`, None otherwise."""
    match = re.fullmatch(re.escape(collection) + r"-(\d+)", name)
    return int(match.group(1)) if match else None


@dataclass
class NewGeneration:
    """An empty index beside the live one, and how to make it live."""

    index: ix.Index
    name: str  # folder (edge) or collection (client)


def create(store: Store) -> NewGeneration:
    """An empty new generation beside the store's live index (stale ones removed first)."""
    settings = store.settings
    if settings.engine == "edge":
        from repository.search.edge import EdgeIndex

        remove_stale_edge(settings)
        numbers = [generation_number(p.name) or 0 for p in edge_generations(settings.data_dir)]
        name = f"store-{max(numbers, default=0) + 1}"
        return NewGeneration(EdgeIndex(settings.data_dir / name, settings.vector_storage),
                             name)
    client = _client(store.index)
    target = resolve_alias(client, settings.collection)
    existing = [client_generation(settings.collection, c.name)
                for c in client.get_collections().collections]
    for name in _stale_collections(client, settings.collection, target):
        client.delete_collection(name)
    number = max([n for n in existing if n is not None], default=0) + 1
    name = f"{settings.collection}-{number}"
    return NewGeneration(sibling(store.index, name), name)


@dataclass
class Retired:
    """The generation a switch replaced, to be removed once nothing uses it."""

    name: str | None
    index: list[ix.Index]  # the only reference kept to a replaced Edge index (see `drain`)


def switch(store: Store, new: NewGeneration) -> Retired:
    """Make the new generation live in this process and for every later open.

    The caller holds `store.write_lock`, so no write lands in the old index meanwhile.
    Nothing is removed here: pass the result to `retire` once the switch is recorded.
    """
    settings = store.settings
    if settings.engine == "edge":
        old_dir = settings.store_dir
        _copy_sidecars(old_dir, settings.data_dir / new.name)
        write_pointer(settings.data_dir, new.name)
        retired = Retired(old_dir.name, [store.index])
        store.index = new.index
        return retired
    client = _client(store.index)
    previous = resolve_alias(client, settings.collection)
    switch_alias(client, settings.collection, new.name)
    return Retired(previous if previous != settings.collection else None, [])


def retire(store: Store, retired: Retired) -> None:
    """Remove a replaced generation: close it once no call runs on it, then delete it."""
    if retired.name is None:
        return
    if store.settings.engine == "edge":
        drain(retired.index)
        retired.index.pop().close()
        shutil.rmtree(store.settings.data_dir / retired.name, ignore_errors=True)
    else:
        _client(store.index).delete_collection(retired.name)


def drain(retired: list[ix.Index], timeout: float = DRAIN_TIMEOUT_S) -> bool:
    """Wait until nothing but `retired` holds its index: the calls begun before the switch.

    A call in flight holds a reference to its index (the bound method, `self`); once
    `store.index` names the new generation, new calls no longer do. CPython counts
    references exactly, so this waits for exactly the in-flight calls, with a limit.
    """
    deadline = time.monotonic() + timeout
    while sys.getrefcount(retired[0]) > 2:  # the list's slot and getrefcount's argument
        if time.monotonic() > deadline:
            return False
        time.sleep(0.005)
    return True


def _copy_sidecars(old_dir: Path, new_dir: Path) -> None:
    """Carry the files kept beside a generation's shard (word counts …) to the new one."""
    if not old_dir.is_dir():
        return
    for path in old_dir.iterdir():
        if path.is_file() and not path.name.startswith(".") and not (new_dir / path.name).exists():
            shutil.copy2(path, new_dir / path.name)


# --- qdrant-client: collections and aliases --------------------------------------------


def _client(index: ix.Index) -> Any:
    client = getattr(index, "client", None)
    if client is None:
        raise TypeError(f"{type(index).__name__} has no qdrant-client")
    return client


def sibling(index: ix.Index, collection: str) -> ix.Index:
    """The same qdrant-client connection, on another collection (never closes the client)."""
    other = copy.copy(index)
    other.collection = collection  # type: ignore[attr-defined]
    other._lock = None  # type: ignore[attr-defined]  # the live index holds the store lock
    other.close = lambda: None  # type: ignore[method-assign]
    return other


def resolve_alias(client: Any, alias: str) -> str | None:
    """The collection an alias points at; the name itself if it is a plain collection."""
    for item in client.get_aliases().aliases:
        if item.alias_name == alias:
            return str(item.collection_name)
    names = {c.name for c in client.get_collections().collections}
    return alias if alias in names else None


def _stale_collections(client: Any, collection: str, live: str | None) -> list[str]:
    names = [c.name for c in client.get_collections().collections]
    return [n for n in names if client_generation(collection, n) is not None and n != live]


def switch_alias(client: Any, alias: str, target: str) -> None:
    """Point `alias` at `target` atomically (the previous collection stays).

    The first switch of a store created before aliases replaces a plain collection
    named like the alias: that collection must go before the alias can exist, so
    there is a moment (one request) when the name answers nothing.
    """
    from qdrant_client import models

    previous = resolve_alias(client, alias)
    if previous == target:
        return
    operations: list[Any] = []
    if previous is not None and previous != alias:
        operations.append(models.DeleteAliasOperation(
            delete_alias=models.DeleteAlias(alias_name=alias)))
    elif previous == alias:
        client.delete_collection(alias)
    operations.append(models.CreateAliasOperation(
        create_alias=models.CreateAlias(collection_name=target, alias_name=alias)))
    client.update_collection_aliases(change_aliases_operations=operations)


def discard(store: Store, new: NewGeneration) -> None:
    """Throw away a generation that was being built (after an error)."""
    if store.settings.engine == "edge":
        new.index.close()
        shutil.rmtree(store.settings.data_dir / new.name, ignore_errors=True)
    else:
        _client(store.index).delete_collection(new.name)


def make_live(settings: Settings, generation: str) -> None:
    """Make a built generation live for every later open, from its name alone (the
    restore journal's): the Edge pointer, or the qdrant-client alias (the collection
    it replaces is deleted)."""
    if settings.engine == "edge":
        write_pointer(settings.data_dir, generation)
        return
    from repository.search.client import ClientIndex

    assert settings.qdrant_url is not None
    index = ClientIndex(settings.qdrant_url, settings.collection, settings.qdrant_api_key)
    try:
        previous = resolve_alias(index.client, settings.collection)
        switch_alias(index.client, settings.collection, generation)
        if previous not in (None, settings.collection, generation):
            index.client.delete_collection(previous)
    finally:
        index.close()


def open_live_edge(settings: Settings) -> ix.Index:
    """The live Edge generation, locked; opened again if a switch happened meanwhile."""
    from repository.search.edge import EdgeIndex

    for _ in range(5):
        path = settings.store_dir
        index = EdgeIndex(path, settings.vector_storage)
        if settings.store_dir == path:
            return index
        index.close()  # a reindex switched while we opened: follow the new pointer
    raise StoreLocked(settings.store_dir)
