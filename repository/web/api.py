"""The JSON API."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from repository.search import links
from repository.search.results import check_locale, labelled
from repository.search.service import search
from repository.search.similar import similar
from repository.vocabulary.safety_domains import practice_domains
from repository.web.deps import SearchDep, StoreDep

router = APIRouter(prefix="/api", tags=["api"])

SEARCH_EXAMPLE: dict[str, Any] = {
    "query": "harassed in bars at night", "mode": "hybrid", "total": 1, "page": 1,
    "per_page": 10,
    "hits": [{
        "id": "ask-for-angela", "title": "Ask for Angela", "score": 0.032787,
        "country": "GB", "city": "Lincoln", "language": "en",
        "themes": ["nightlife", "gender_violence"],
        "snippet": "Activities: a person who feels unsafe in a bar asks staff for Angela …",
        "section": "Activities", "highlights": [[46, 49]],
        "signals": ["keyword", "semantic", "concept"], "translations": [],
        "languages": ["en"], "kind": "practice", "start_year": 2016, "budget_eur": None,
        "evaluation_kind": "none", "evidence": "none",
    }],
    "facets": {"country": [{"value": "GB", "count": 1, "label": "Royaume-Uni"}],
               "theme": [{"value": "nightlife", "count": 1, "label": "Vie nocturne"}]},
}
ERROR_EXAMPLE = {"error": {"status": 422, "message":
                           "country: 'France' is not an ISO 3166-1 alpha-2 country code",
                           "details": {"field": "country"}}}
ERROR_RESPONSE: dict[int | str, dict[str, Any]] = {422: {
    "description": "A parameter is not valid: the message names it.",
    "content": {"application/json": {"example": ERROR_EXAMPLE}}}}

LangQuery = Annotated[str | None, Query(
    description="Language of the facet labels: en, fr, es, it, de, pt or nl",
    examples=["fr"])]


@router.get("/search", summary="Search practices", responses={
    200: {"description": "One page of hits, the total of the result set and its facets "
                         "(`label` only with `lang`).",
          "content": {"application/json": {"example": SEARCH_EXAMPLE}}},
    **ERROR_RESPONSE})
async def api_search(store: StoreDep, request: SearchDep, lang: LangQuery = None
                     ) -> JSONResponse:
    """Ranked hits, total and facets for a query and filters (same JSON as the CLI).

    Repeat a filter for several values (`country=FR&country=ES`: OR); different
    filters combine with AND. Facet counts are disjunctive: a facet's own selection
    does not shrink its own counts. With `lang`, each facet value gets a `label`.
    """
    locale = check_locale(lang)
    response = await run_in_threadpool(search, store, request)
    data = response.to_json()
    # plain JSON already: sent as it is, not walked again by FastAPI's encoder (~1 ms)
    return JSONResponse(labelled(data, locale) if locale else data)


NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {
    "description": "No published practice has that id.",
    "content": {"application/json": {"example": {"error": {
        "status": 404, "message": "no practice with id 'nope'", "details": None}}}}}}


@router.get("/practices/{practice_id}", summary="One practice, every field",
            responses=NOT_FOUND)
async def api_practice(practice_id: str, store: StoreDep) -> dict[str, Any]:
    """The full normalised record of a published practice."""
    practice = await run_in_threadpool(store.published, practice_id)
    return {**practice.model_dump(mode="json"), "safety_domains": practice_domains(practice)}


@router.get("/practices/{practice_id}/linked", summary="Resources and practices linked to one",
            responses={200: {"description": "The published records this one names and "
                             "those that name it (a practice's resources, a resource's "
                             "practices).", "content": {"application/json": {"example": {
                                 "id": "cardiff-model", "linked": [{
                                     "id": "cardiff-model-toolkit", "title": "Cardiff Model "
                                     "Toolkit", "kind": "resource", "language": "en",
                                     "resource_type": "tool"}]}}}},
                       **NOT_FOUND})
async def api_linked(practice_id: str, store: StoreDep) -> dict[str, Any]:
    """A link written on either side shows on both: the records named in this one's
    `resources` / `related_practices`, and those naming it."""
    practice = await run_in_threadpool(store.published, practice_id)
    found = await run_in_threadpool(links.linked, store, practice)
    return {"id": practice_id, "linked": [asdict(item) for item in found]}


@router.get("/practices/{practice_id}/similar", summary="Practices similar to one",
            responses={200: {"description": "The nearest published practices.",
                             "content": {"application/json": {"example": {
                                 "id": "ask-for-angela", "similar": [{
                                     "id": "night-safety-bars", "title": "Safe nights in bars",
                                     "country": "GB", "city": "Lincoln", "language": "en",
                                     "score": 0.8123}]}}}},
                       **NOT_FOUND})
async def api_similar(practice_id: str, store: StoreDep, limit: int = 5,
                      other_country: bool = False, other_language: bool = False
                      ) -> dict[str, Any]:
    """The nearest practices by whole-sheet meaning, optionally from another country or
    language; the practice's own language versions are left out."""
    await run_in_threadpool(store.published, practice_id)
    hits = await run_in_threadpool(similar, store, practice_id, min(max(limit, 1), 50),
                                   other_country=other_country, other_language=other_language)
    return {"id": practice_id, "similar": hits}
