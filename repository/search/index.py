"""The index interface: our own query plan, translated by one thin adapter per engine.

Two engines sit behind `Index`: Qdrant Edge in-process (`edge.py`, the default)
and qdrant-client against a server or its local mode (`client.py`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal, NamedTuple, Protocol

# Named vectors of the schema. Per encoder of the embedding setting, "doc" is one
# dense vector per practice and "sections" a multivector (one row per passage,
# MAX_SIM); the first encoder's are named so, the n-th's "doc-n" and "sections-n".
# "lexical" and "concepts" are sparse vectors scored with Qdrant's IDF modifier.
DOC = "doc"
SECTIONS = "sections"
LEXICAL = "lexical"
CONCEPTS = "concepts"
SPARSE_VECTORS = (LEXICAL, CONCEPTS)


def dense_names(position: int) -> tuple[str, str]:
    """The (whole-sheet vector, passages multivector) names of the encoder at
    `position` (0-based) of the embedding setting."""
    if position == 0:
        return DOC, SECTIONS
    return f"{DOC}-{position + 1}", f"{SECTIONS}-{position + 1}"

# Payload fields with an index, by type: every field we filter, facet or sort on.
KEYWORD_FIELDS = ("id", "country", "city", "language", "themes", "kind", "project",
                  "lead_organisation_type", "evaluation_kind", "budget_band", "publication",
                  "translation_group", "evidence", "safety_domains", "competencies",
                  "resource_type", "link_keys", "links_to")
INTEGER_FIELDS = ("start_year", "end_year", "sort_start")
FLOAT_FIELDS = ("budget_eur",)
BOOL_FIELDS = ("evaluated", "ongoing", "translated")

_POINT_NAMESPACE = uuid.UUID("6f1c1d2e-4a43-5b0e-9a51-7e0d5c3a9b10")


@lru_cache(maxsize=1 << 17)
def point_id(record_id: str) -> str:
    """The Qdrant point id of a record: a UUID5 of its id (each search asks for
    hundreds)."""
    return str(uuid.uuid5(_POINT_NAMESPACE, record_id))


@dataclass(frozen=True)
class Sparse:
    """A sparse vector: term indices and their weights."""

    indices: list[int]
    values: list[float]

    def __bool__(self) -> bool:
        return bool(self.indices)


Vector = list[float] | list[list[float]] | Sparse


@dataclass(frozen=True)
class IndexPoint:
    """One practice as the index stores it."""

    id: str  # the record id; the point id derives from it
    vectors: dict[str, Vector]
    payload: dict[str, Any]


# a filter's condition as `Filter.conditions` names it: ("any_of", field, values) or
# ("range", field, low, high)
Condition = tuple[Any, ...]


@dataclass(frozen=True)
class Filter:
    """Conjunction of conditions: each `any_of` field matches one of its values (OR),
    fields combine with AND; `ranges` are inclusive bounds; `ids` restricts to records."""

    any_of: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    ranges: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)
    ids: tuple[str, ...] | None = None

    def without(self, name: str) -> Filter:
        """The same filter without the conditions on one field."""
        return Filter(
            any_of={k: v for k, v in self.any_of.items() if k != name},
            ranges={k: v for k, v in self.ranges.items() if k != name},
            ids=self.ids,
        )

    def fields(self) -> tuple[str, ...]:
        """The payload fields its conditions read (not the ids)."""
        return tuple(dict.fromkeys((*self.any_of, *self.ranges)))

    def matches(self, payload: dict[str, Any]) -> bool:
        """Whether a payload (with at least `fields()`) passes the conditions, as the
        engines match them: a list field matches when one of its values does, a bool
        only a bool, a range only a number inside it. `ids` are not checked."""
        return self.predicate()(payload)

    def conditions(self) -> list[tuple[Condition, Callable[[dict[str, Any]], bool]]]:
        """Each of its conditions (not the ids), compiled: a hashable key naming it (two
        filters sharing a condition give the same key) and its test of a payload."""
        out: list[tuple[Condition, Callable[[dict[str, Any]], bool]]] = [
            (("any_of", key, values), _any_of(key, values))
            for key, values in self.any_of.items()]
        out += [(("range", key, low, high), _within(key, low, high))
                for key, (low, high) in self.ranges.items()]
        return out

    def predicate(self) -> Callable[[dict[str, Any]], bool]:
        """`matches` as a function, its conditions compiled once (for many payloads)."""
        tests = [test for _, test in self.conditions()]
        if len(tests) == 1:
            return tests[0]

        def passes(payload: dict[str, Any]) -> bool:
            for test in tests:  # a loop, not all(…): called for thousands of hits a search
                if not test(payload):
                    return False
            return True
        return passes

    def restricted_to(self, ids: tuple[str, ...]) -> Filter:
        """The same filter, restricted to a set of record ids."""
        return Filter(any_of=self.any_of, ranges=self.ranges, ids=ids)


def _any_of(key: str, values: tuple[Any, ...]) -> Callable[[dict[str, Any]], bool]:
    """A match condition: the field's value (one of a list's) is one of `values`; a bool
    matches only a bool, a string only a string, a number only a number."""
    wanted = frozenset(values)
    if all(isinstance(v, str) for v in values):  # keywords: `in` is exact for strings
        def keyword(payload: dict[str, Any]) -> bool:
            value = payload.get(key)
            if isinstance(value, list):
                return any(v in wanted for v in value if isinstance(v, str))
            return isinstance(value, str) and value in wanted
        return keyword

    def same(value: Any) -> bool:
        return value is not None and any(
            type(value) is type(w) or (isinstance(value, int | float) and not
                                       isinstance(value, bool) and isinstance(w, int | float)
                                       and not isinstance(w, bool))
            for w in wanted if w == value)

    def other(payload: dict[str, Any]) -> bool:
        value = payload.get(key)
        return any(same(v) for v in (value if isinstance(value, list) else (value,)))
    return other


def _within(key: str, low: float | None, high: float | None
            ) -> Callable[[dict[str, Any]], bool]:
    """A range condition: the field is a number inside the inclusive bounds."""
    def within(payload: dict[str, Any]) -> bool:
        value = payload.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return False
        return (low is None or value >= low) and (high is None or value <= high)
    return within


@dataclass(frozen=True)
class Prefetch:
    """One retrieval signal: nearest points to `vector` in the named vector `using`."""

    using: str
    vector: Vector
    limit: int
    score_threshold: float | None = None


@dataclass(frozen=True)
class QueryPlan:
    """Either one signal (a single prefetch) or several fused by RRF or DBSF.

    The filter applies inside every prefetch. `order_by` (with no prefetch) browses by
    an integer payload field instead of scoring. A hit's payload holds at least the
    `with_payload` fields (an adapter may give more) and is not to be changed.
    """

    prefetches: tuple[Prefetch, ...] = ()
    fusion: Literal["rrf", "dbsf"] = "rrf"
    rrf_k: int = 60
    weights: tuple[float, ...] | None = None
    filter: Filter = field(default_factory=Filter)
    limit: int = 10
    offset: int = 0
    order_by: str | None = None
    descending: bool = True
    with_payload: bool | tuple[str, ...] = True


@dataclass(frozen=True)
class EncoderRecord:
    """One encoder whose vectors an index holds, in `dense_names(position)`."""

    name: str
    dim: int


@dataclass(frozen=True)
class ModelRecord:
    """The embedding setting whose vectors an index holds: its name, the width of its
    joined row, and each encoder's own vectors (none recorded: the layout of an index
    from before they were, one joined row in `doc` and `sections`)."""

    name: str | None  # None: an index from before the record (only its width is known)
    dim: int
    encoders: tuple[EncoderRecord, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "dim": self.dim,
                "encoders": [{"name": e.name, "dim": e.dim} for e in self.encoders]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ModelRecord:
        """A record as `to_json` wrote it (or as a store before `encoders` did)."""
        encoders = tuple(EncoderRecord(str(e["name"]), int(e["dim"]))
                         for e in data.get("encoders") or ())
        return cls(str(data["name"]), int(data["dim"]), encoders)


class Hit(NamedTuple):
    """A scored record id with its payload. A named tuple, not a frozen dataclass: a
    filtered search at 10k builds ~2,100 of them (its scope's lists), and a frozen
    dataclass's `__init__` took 1.9 µs each against the tuple's 0.75 (timeit, loaded
    machine)."""

    id: str
    score: float
    payload: dict[str, Any]


class Index(Protocol):
    """What search and ingest need from an engine."""

    def ensure_schema(self, model: ModelRecord) -> None:
        """Create the collection, the vectors of each of the model's encoders and the
        payload indexes if missing, recording the model that fills them (an index
        without a record gets this one)."""

    def built_with(self) -> ModelRecord | None:
        """The model the index was built with; None while it has no collection."""

    def upsert(self, points: list[IndexPoint]) -> None:
        """Insert or replace points, durably."""

    def delete(self, ids: list[str]) -> None:
        """Remove records by id."""

    def query(self, plan: QueryPlan) -> list[Hit]:
        """Run a query plan."""

    def query_batch(self, plans: list[QueryPlan]) -> list[list[Hit]]:
        """Run several query plans in one call, their hits in the same order."""

    def facet(self, key: str, flt: Filter, limit: int) -> list[tuple[Any, int]]:
        """Exact value counts of a payload field among records matching a filter."""

    def count(self, flt: Filter) -> int:
        """Number of records matching a filter."""

    def retrieve(self, ids: list[str], with_vectors: bool | tuple[str, ...] = False,
                 fields: tuple[str, ...] | None = None) -> list[dict[str, Any]]:
        """Payloads (only `fields` when given; vectors under `_vectors` when asked, only
        the named ones when `with_vectors` names them) of records, in the given order."""

    def scroll(self, flt: Filter, limit: int, offset: str | None = None,
               fields: tuple[str, ...] | None = None
               ) -> tuple[list[dict[str, Any]], str | None]:
        """Payloads (only `fields` when given) of records matching a filter, a page at
        a time."""

    def warm(self) -> None:
        """Read ahead what searches will need (the edge adapter's payload cache)."""

    def version(self) -> Hashable | None:
        """A value every write through this object changes, and no other index object
        shares; None when other processes may write to the engine too (a server)."""

    def close(self) -> None:
        """Flush and release the engine."""
