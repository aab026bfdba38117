"""The JSON API."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from repository.search.service import search
from repository.web.deps import SearchDep, StoreDep

router = APIRouter(prefix="/api", tags=["api"])


@router.get("/search", summary="Search practices")
async def api_search(store: StoreDep, request: SearchDep) -> dict[str, Any]:
    """Ranked hits, total and facets for a query and filters (same JSON as the CLI)."""
    response = await run_in_threadpool(search, store, request)
    return response.to_json()


@router.get("/practices/{practice_id}", summary="One practice, every field")
async def api_practice(practice_id: str, store: StoreDep) -> dict[str, Any]:
    """The full normalised record."""
    practice = await run_in_threadpool(store.get, practice_id)
    return practice.model_dump(mode="json")

