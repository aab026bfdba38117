"""The glossary's pages (/glossary, /glossary/{key}) and its JSON API (/api/glossary)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from repository.errors import NotFound
from repository.search.request import SearchRequest
from repository.search.response import SearchResponse
from repository.search.results import check_locale
from repository.search.service import search
from repository.search.store import Store
from repository.vocabulary.glossary import Entry, load_glossary
from repository.web import glossary_views, i18n
from repository.web.deps import LocaleDep, StoreDep, remember_locale, templates

router = APIRouter(include_in_schema=False)
api_router = APIRouter(prefix="/api", tags=["glossary"])

GlossaryQuery = Annotated[str, Query(
    description="Words of a label or synonym in any of the 7 languages; case and accents "
                "are ignored (`delinquance` finds 'délinquance juvénile').",
    examples=["jugend"])]
LangQuery = Annotated[str | None, Query(
    description="Language of `label` and `definition`: en, fr, es, it, de, pt or nl",
    examples=["de"])]


def _entry(key: str, message: str) -> Entry:
    try:
        return load_glossary().entry(key)
    except KeyError:
        raise NotFound(message) from None


async def _practices(store: Store, entry: Entry, locale: str) -> SearchResponse:
    request = glossary_views.practices_request(entry, locale)
    return await run_in_threadpool(search, store, request, log=False)


def _render(request: Request, template: str, context: dict[str, Any], locale: str
            ) -> HTMLResponse:
    response: HTMLResponse = templates.TemplateResponse(
        request, template, {**context, "locale": locale})
    remember_locale(request, response, locale)
    return response


@router.get("/glossary", response_class=HTMLResponse)
async def glossary_page(request: Request, store: StoreDep, locale: LocaleDep,
                        q: str = "") -> HTMLResponse:
    browse = await run_in_threadpool(search, store, SearchRequest(per_page=1), log=False)
    context = glossary_views.index_page(load_glossary(), q.strip(), locale, browse)
    return _render(request, "glossary.html", context, locale)


@router.get("/glossary/{key}", response_class=HTMLResponse)
async def glossary_entry_page(request: Request, key: str, store: StoreDep,
                              locale: LocaleDep) -> HTMLResponse:
    entry = _entry(key, i18n.translate("glossary_not_found", locale))
    practices = await _practices(store, entry, locale)
    context = glossary_views.entry_page(load_glossary(), entry, locale, practices)
    return _render(request, "glossary_entry.html", context, locale)


LIST_EXAMPLE = {"total": 1, "entries": [{
    "key": "youth", "kind": "theme", "themes": ["youth"], "url": "/glossary/youth",
    "labels": {"en": "Youth", "fr": "Jeunesse", "es": "Juventud", "it": "Giovani",
               "de": "Jugend", "pt": "Juventude", "nl": "Jeugd"},
    "label": "Jugend", "definition": "Kinder, Jugendliche und junge Erwachsene …"}]}
ENTRY_EXAMPLE = {
    **LIST_EXAMPLE["entries"][0],  # type: ignore[index]
    "synonyms": {"de": ["Jugendliche", "junge Menschen"]},
    "definitions": {"en": "Children, adolescents and young adults …"},
    "eurovoc_uri": None,
    "related": [{"key": "schools", "kind": "theme", "label": "Schule",
                 "url": "/glossary/schools"}],
    "practices": {"total": 12, "search_url": "/?theme=youth",
                  "api_url": "/api/search?theme=youth",
                  "hits": [{"id": "halt-jeugd-nl", "title": "Halt", "language": "nl",
                            "country": "NL", "city": None}]}}


@api_router.get("/glossary", summary="Glossary entries, optionally filtered", responses={
    200: {"description": "Every theme and EuroVoc concept of the vocabulary (themes first) "
                         "whose labels or synonyms match `q`.",
          "content": {"application/json": {"example": LIST_EXAMPLE}}}})
async def api_glossary(q: GlossaryQuery = "", lang: LangQuery = None) -> dict[str, Any]:
    """The glossary: each entry's key, kind (`theme` or `eurovoc`), labels in the 7
    languages and the themes it belongs to; with `lang`, its label and definition there."""
    locale = check_locale(lang)
    found = load_glossary().search(q.strip())
    return {"total": len(found),
            "entries": [glossary_views.entry_summary(e, locale) for e in found]}


@api_router.get("/glossary/{key}", summary="One glossary entry and its practices",
                responses={
                    200: {"description": "Labels, synonyms and definitions per language, "
                                         "related entries, and the practices carrying it.",
                          "content": {"application/json": {"example": ENTRY_EXAMPLE}}},
                    404: {"description": "No glossary entry has that key.",
                          "content": {"application/json": {"example": {"error": {
                              "status": 404, "message": "no glossary entry 'nope'",
                              "details": None}}}}}})
async def api_glossary_entry(key: str, store: StoreDep, lang: LangQuery = None
                             ) -> dict[str, Any]:
    """A theme (`youth`) or EuroVoc concept (`eurovoc-375`): its labels, synonyms and
    definitions in every language, related entries, and the practices that carry it — a
    theme's are the search with that theme ticked (`practices.search_url`), a concept's
    the search for its label (in `lang`, else English), which crosses languages."""
    locale = check_locale(lang)
    entry = _entry(key, f"no glossary entry {key!r}")
    practices = await _practices(store, entry, locale or "en")
    return glossary_views.entry_json(load_glossary(), entry, locale, practices)
