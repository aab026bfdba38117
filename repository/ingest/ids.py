"""Record ids that never collide on a title, and that a re-import finds again.

An explicit id (an `id:` key, an id column) is used as given. Otherwise the id is the
title's slug; when that slug is taken — by an earlier sheet of the batch, or by a stored
record from somewhere else — a short suffix is added that comes from what the sheet
is (its file name for a file; for a row its title, place, organisation and start), so
the same sheet gets the same id at every import:

    "Summary" (row 4, Lyon)   → summary
    "Summary" (row 9, Paris)  → summary-3fa2c1

"Somewhere else" is another file for a one-file sheet, and another export for a row:
two versions of one export (`cases-2024-05.csv`, `cases-2024-06.csv`, see
`rows.export_name`) are the same origin, so their rows update each other's records.
Among several candidates, a stored record of the same origin *and* the same identity
is preferred, so a row removed from an export does not hand its id to another.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable

from slugify import slugify

from repository.errors import SheetError
from repository.model import Practice
from repository.text import fold

Lookup = Callable[[list[str]], dict[str, Practice]]
_CANDIDATES = 4


def identity(practice: Practice) -> str:
    """What a sheet is, for its id suffix: a file's name, or a row's defining facts."""
    source = practice.source
    if source is not None and source.row is None:
        return f"file:{source.file}"
    start = practice.start.year if practice.start else ""
    facts = (practice.title, practice.city or "", practice.country or "",
             practice.lead_organisation or "", str(start))
    return "row:" + "|".join(" ".join(fold(f).split()) for f in facts)


def same_origin(stored: Practice, new: Practice) -> bool:
    """Whether a stored record came from where the new one comes from (see module doc)."""
    a, b = stored.source, new.source
    if a is None or b is None:
        return False
    if b.row is not None:
        return a.row is not None and a.export == b.export
    return a.row is None and a.file == b.file


def is_explicit(practice: Practice) -> bool:
    """Whether the id was given rather than made from the title."""
    return practice.id != slugify(practice.title, max_length=80, word_boundary=True)


def candidates(base: str, key: str) -> list[str]:
    """The ids a sheet may take, in order: the slug, then the slug with its suffix."""
    suffix = hashlib.sha1(key.encode("utf-8")).hexdigest()[:6]
    return [base, f"{base}-{suffix}",
            *(f"{base}-{suffix}-{n}" for n in range(2, _CANDIDATES))]


class IdAllocator:
    """Ids for one batch: `lookup` finds stored records by id (the store's `get_many`)."""

    def __init__(self, lookup: Lookup) -> None:
        self.lookup = lookup
        self.used: dict[str, str] = {}  # id → who has it in this batch

    def assign_many(self, items: Iterable[tuple[Practice, bool, str]]) -> list[str | Exception]:
        """Per (record, explicit, name in the report): its id, or the error saying why
        it cannot have one. Stored records are looked up once for the whole chunk."""
        items = list(items)
        wanted = [c for p, explicit, _ in items
                  for c in ([p.id] if explicit else candidates(p.id, identity(p))[:2])]
        stored = self.lookup(sorted(set(wanted))) if wanted else {}
        out: list[str | Exception] = []
        for practice, explicit, name in items:
            try:
                out.append(self._assign(practice, explicit, name, stored))
            except SheetError as exc:
                out.append(exc)
        return out

    def _assign(self, practice: Practice, explicit: bool, name: str,
                stored: dict[str, Practice]) -> str:
        if explicit:
            if practice.id in self.used:
                raise SheetError(name, f"id {practice.id!r} is also given to "
                                 f"{self.used[practice.id]}; give each sheet its own id")
            self.used[practice.id] = name
            return practice.id
        key = identity(practice)
        options = candidates(practice.id, key)

        def usable(candidate: str) -> bool:
            return candidate not in self.used and (
                candidate not in stored or same_origin(stored[candidate], practice))

        if not any(usable(c) for c in options[:2]):  # rarely: look the others up only then
            stored = {**stored, **self.lookup(options[2:])}
        free = [c for c in options if usable(c)]
        if not free:
            raise SheetError(name, f"no free id for {practice.title!r}: "
                             f"{', '.join(options)} are all taken; give it an id")
        mine = [c for c in free if c in stored and identity(stored[c]) == key]
        chosen = (mine or free)[0]
        self.used[chosen] = name
        return chosen
