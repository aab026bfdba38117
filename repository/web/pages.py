"""HTML pages, server-rendered, usable without JavaScript."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse

from repository.errors import NotFound
from repository.search.service import search
from repository.search.similar import similar
from repository.web import views
from repository.web.deps import SearchDep, StoreDep, templates

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
async def search_page(request: Request, store: StoreDep, query: SearchDep) -> HTMLResponse:
    response = await run_in_threadpool(search, store, query)
    pages = max(1, -(-response.total // query.per_page))
    return templates.TemplateResponse(request, "search.html", {
        "query": query,
        "response": response,
        "hits": [views.hit_view(h) for h in response.hits],
        "facets": views.facets_view(query, response),
        "prev_url": views.url_with(query, page=query.page - 1) if query.page > 1 else None,
        "next_url": views.url_with(query, page=query.page + 1) if query.page < pages else None,
        "page_count": pages,
    })


@router.get("/practices/{practice_id}", response_class=HTMLResponse)
async def practice_page(request: Request, practice_id: str, store: StoreDep) -> HTMLResponse:
    practice = await run_in_threadpool(store.get, practice_id)
    nearby = await run_in_threadpool(similar, store, practice_id, 5)
    return templates.TemplateResponse(request, "practice.html",
                                      {**views.practice_view(practice), "similar": nearby})


@router.get("/practices/{practice_id}/original")
async def original_file(practice_id: str, store: StoreDep) -> FileResponse:
    """The source file as it was ingested."""
    practice = await run_in_threadpool(store.get, practice_id)
    source = practice.source
    path = store.settings.originals_dir / source.stored_as if source and source.stored_as \
        else None
    if source is None or path is None or not path.is_file():
        raise NotFound(f"no original file is kept for {practice_id!r}")
    return FileResponse(path, filename=source.file,
                        headers={"Content-Security-Policy": "sandbox"})
