"""HTML pages, server-rendered, usable without JavaScript."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse

from repository.errors import InvalidQuery, NotFound
from repository.ingest.pipeline import original_path
from repository.search import links
from repository.search.service import search
from repository.search.similar import similar
from repository.web import i18n, picture_views, record_views, views
from repository.web.deps import LocaleDep, SearchDep, StoreDep, remember_locale, templates

router = APIRouter(include_in_schema=False)


def _render(request: Request, template: str, context: dict[str, Any], locale: str,
            status_code: int = 200) -> HTMLResponse:
    """A page in the visitor's language; an explicit `?lang=` is remembered in a cookie."""
    response: HTMLResponse = templates.TemplateResponse(
        request, template, {**context, "locale": locale}, status_code=status_code)
    remember_locale(request, response, locale)
    return response


@router.get("/", response_class=HTMLResponse)
async def search_page(request: Request, store: StoreDep, query: SearchDep,
                      locale: LocaleDep) -> HTMLResponse:
    response = await run_in_threadpool(search, store, query)
    closest = None
    if response.total == 0 and query.q and views.has_filters(query):
        closest = await run_in_threadpool(search, store, views.without_filters(query))
    filters = {name: request.query_params.get(f"filter_{name}", "").strip()
               for name in views.TOGGLABLE}
    context = views.search_page(query, response, locale, filters, closest)
    context["pictures"] = picture_views.pictures(query, response, locale)
    return _render(request, "search.html", context, locale)


@router.get("/practices/{practice_id}", response_class=HTMLResponse)
async def practice_page(request: Request, practice_id: str, store: StoreDep,
                        locale: LocaleDep) -> HTMLResponse:
    practice = await run_in_threadpool(store.published, practice_id)
    nearby = await run_in_threadpool(similar, store, practice_id, 5)
    versions = [v for v in await run_in_threadpool(store.get_many, practice.translations)
                if v.publication == "published"]
    found = await run_in_threadpool(links.linked, store, practice)
    context = record_views.practice_page(practice, locale, versions, nearby,
                                         str(request.base_url), found)
    context["locator"] = picture_views.locator(practice, locale)
    return _render(request, "practice.html", context, locale)


@router.get("/compare", response_class=HTMLResponse)
async def compare_page(request: Request, store: StoreDep, locale: LocaleDep,
                       id: Annotated[list[str], Query()] = []  # noqa: B006
                       ) -> HTMLResponse:
    """2 to 4 practices side by side: `/compare?id=a&id=b`."""
    ids = list(dict.fromkeys(id))
    if not 2 <= len(ids) <= record_views.MAX_COMPARE:
        raise InvalidQuery("id", i18n.translate("compare_need", locale))
    practices = [await run_in_threadpool(store.published, pid) for pid in ids]
    return _render(request, "compare.html", record_views.compare_page(practices, locale),
                   locale)


@router.get("/practices/{practice_id}/original")
async def original_file(practice_id: str, store: StoreDep) -> FileResponse:
    """The source file as it was ingested."""
    practice = await run_in_threadpool(store.published, practice_id)
    path = original_path(store.settings, practice)
    if path is None or practice.source is None:
        raise NotFound(f"no original file is kept for {practice_id!r}")
    return FileResponse(path, filename=practice.source.file,
                        headers={"Content-Security-Policy": "sandbox"})
