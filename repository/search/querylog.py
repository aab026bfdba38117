"""The gap log: searches that found nothing or almost nothing, for staff to review.

One JSON line per logged search in `data_dir/queries.jsonl`: the query text, the
mode, the filters, the total and the time. Nothing about who searched is kept.
"""

from __future__ import annotations

import json
import os
from collections import deque
from datetime import UTC, datetime
from typing import Any

from repository.config import Settings
from repository.search.request import SearchRequest

LOW_RESULTS = 3  # a search with fewer results than this is logged
FILE_NAME = "queries.jsonl"


def is_gap(request: SearchRequest, total: int) -> bool:
    """Worth logging: the user asked for something (words or filters) and got < LOW_RESULTS."""
    asked = bool(request.query) or bool(entry_filters(request))
    return asked and total < LOW_RESULTS


def entry_filters(request: SearchRequest) -> dict[str, Any]:
    """The request's filters, without paging, sorting or defaults."""
    return request.model_dump(exclude_defaults=True,
                              exclude={"q", "mode", "sort", "page", "per_page",
                                       "include_drafts"})


def entry(request: SearchRequest, total: int, elapsed_ms: float, now: datetime) -> dict[str, Any]:
    """The log line for one search."""
    return {"time": now.isoformat(timespec="seconds"), "q": request.query,
            "mode": request.mode, "filters": entry_filters(request), "total": total,
            "elapsed_ms": round(elapsed_ms, 1)}


def record(settings: Settings, request: SearchRequest, total: int, elapsed_ms: float) -> None:
    """Append the search to the log if it is a gap; never fails the search itself."""
    if not is_gap(request, total):
        return
    line = json.dumps(entry(request, total, elapsed_ms, datetime.now(UTC)),
                      ensure_ascii=False) + "\n"
    path = settings.data_dir / FILE_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # one write() on an O_APPEND descriptor: concurrent writers never interleave a line
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
        try:
            os.write(fd, line.encode("utf-8"))
        finally:
            os.close(fd)
    except OSError:
        pass


def read(settings: Settings, limit: int = 200) -> list[dict[str, Any]]:
    """The most recent logged searches, newest first; unreadable lines are skipped."""
    path = settings.data_dir / FILE_NAME
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", errors="replace") as lines:
        tail = deque(lines, maxlen=limit)
    entries = []
    for line in reversed(tail):
        try:
            entries.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return entries
