"""The JSON API."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from repository.search.service import search
from repository.search.similar import similar
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



@router.get("/practices/{practice_id}/similar", summary="Practices similar to one")
async def api_similar(practice_id: str, store: StoreDep, limit: int = 5,
                      other_country: bool = False, other_language: bool = False
                      ) -> dict[str, Any]:
    """The nearest practices by whole-sheet meaning, optionally from another country or
    language; the practice's own language versions are left out."""
    hits = await run_in_threadpool(similar, store, practice_id, min(max(limit, 1), 50),
                                   other_country=other_country, other_language=other_language)
    return {"id": practice_id, "similar": hits}
