"""The labelled query file: loading and shape checks (no store, no model)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

QUERIES_FILE = Path(__file__).resolve().parent / "queries.yaml"
FILTER_KEYS = ("country", "theme", "language", "evaluated", "year_min", "kind")
GRADES = (1, 2)


@dataclass(frozen=True)
class Query:
    id: str
    query: str
    language: str
    tags: tuple[str, ...]
    relevant: dict[str, int]
    filters: dict[str, Any] = field(default_factory=dict)

    def subsets(self) -> list[str]:
        """The table rows this query counts in (besides `all`)."""
        return [*self.tags, f"lang:{self.language}"]


def load_queries(path: Path = QUERIES_FILE) -> list[Query]:
    """Read the query file; a malformed entry raises ValueError naming the query."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    queries: list[Query] = []
    seen: set[str] = set()
    for entry in data["queries"]:
        qid = str(entry.get("id", "?"))
        if qid in seen:
            raise ValueError(f"{path}: query id {qid!r} is used twice")
        seen.add(qid)
        filters = dict(entry.get("filters") or {})
        unknown = set(filters) - set(FILTER_KEYS)
        if unknown:
            raise ValueError(f"{path}: query {qid}: unknown filters {sorted(unknown)}")
        relevant = {str(k): int(v) for k, v in (entry.get("relevant") or {}).items()}
        bad = {k: v for k, v in relevant.items() if v not in GRADES}
        if bad:
            raise ValueError(f"{path}: query {qid}: grades must be 1 or 2, got {bad}")
        queries.append(Query(id=qid, query=str(entry["query"]), language=str(entry["language"]),
                             tags=tuple(entry.get("tags") or ()), relevant=relevant,
                             filters=filters))
    return queries
