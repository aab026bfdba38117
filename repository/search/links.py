"""Links between records: a practice's resources, a resource's practices, both ways.

A sheet names the records it links to by id or by title, as written (`resources:
[Cardiff Model Toolkit]`, "Related practices: - kirkholt-burglary-prevention"). Each
record is indexed under its own keys (its id, the slug of its title and of its file
name) and under the keys it names; a page finds the records it names and the records
that name it with two filtered reads, so a link written on either side shows on both.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

from slugify import slugify

from repository.model import Practice
from repository.search import index as ix

if TYPE_CHECKING:
    from repository.search.store import Store

_FIELDS = ("id", "title", "kind", "language", "publication", "resource_type")


def key(text: str) -> str:
    """The key a name or id links by: its slug ("Cardiff Model Toolkit" → "cardiff-model-
    toolkit")."""
    return slugify(text, max_length=80, word_boundary=True)


def own_keys(practice: Practice) -> list[str]:
    """The keys other records may name this one by."""
    names = [practice.id, practice.title]
    if practice.source is not None and practice.source.row is None:
        names.append(PurePath(practice.source.file).stem)
    return _unique(names)


def target_keys(practice: Practice) -> list[str]:
    """The keys of the records this one names: its resources and related practices."""
    return _unique([*practice.resources, *practice.related_practices])


def _unique(names: list[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        found = key(name)
        if found and found not in out:
            out.append(found)
    return out


@dataclass(frozen=True)
class Linked:
    """A linked record as a page lists it."""

    id: str
    title: str
    kind: str
    language: str | None
    resource_type: str | None


def linked(store: Store, practice: Practice) -> list[Linked]:
    """The published records this one names and those that name it, each once, by title."""
    found: dict[str, Linked] = {}
    reads = [("link_keys", tuple(target_keys(practice))),
             ("links_to", tuple(own_keys(practice)))]
    for field, keys in reads:
        if not keys:
            continue
        flt = ix.Filter(any_of={field: keys, "publication": ("published",)})
        for row in store.scroll_all(flt, _FIELDS):
            if row["id"] != practice.id and row["id"] not in practice.translations:
                found.setdefault(str(row["id"]), Linked(
                    str(row["id"]), str(row.get("title") or row["id"]),
                    str(row.get("kind") or "practice"), row.get("language"),
                    row.get("resource_type")))
    return sorted(found.values(), key=lambda x: x.title.casefold())
