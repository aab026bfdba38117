"""Shared dependencies of the routes: the store, the search request, the locale, templates."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import Depends, Query, Request
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context
from jinja2.runtime import Context

from repository.search.request import SearchRequest, parse_request
from repository.search.store import Store
from repository.web import i18n

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")


def get_locale(request: Request) -> str:
    """The UI language: `?lang=`, then the `lang` cookie, then Accept-Language."""
    return i18n.negotiate(request.query_params.get("lang"),
                          request.cookies.get(i18n.COOKIE),
                          request.headers.get("accept-language"))


@pass_context
def _t(context: Context, key: str, **values: object) -> str:
    """`{{ t("key") }}` in any template, in the locale of the page being rendered."""
    return i18n.translate(key, _locale_of(context), **values)


@pass_context
def _language_links(context: Context) -> list[dict[str, object]]:
    request: Request | None = context.get("request")
    if request is None:
        return []
    return i18n.switch_links(request.url.path, request.query_params, _locale_of(context))


def _locale_of(context: Context) -> str:
    locale = context.get("locale")
    if isinstance(locale, str):
        return locale
    request = context.get("request")
    return get_locale(request) if request is not None else i18n.DEFAULT


templates.env.globals.update(t=_t, language_links=_language_links,
                             page_locale=pass_context(_locale_of))


def get_store(request: Request) -> Store:
    """The store opened in the app's lifespan."""
    store: Store = request.app.state.store
    return store


def search_request(
    q: Annotated[str, Query(description="What to look for; empty browses.",
                            examples=["youth radicalisation"])] = "",
    mode: Annotated[str, Query(description="hybrid, semantic or keyword")] = "hybrid",
    country: Annotated[list[str], Query(description="ISO 3166-1 alpha-2; repeatable")] = [],  # noqa: B006
    city: Annotated[list[str], Query(description="City name; repeatable")] = [],  # noqa: B006
    theme: Annotated[list[str], Query(description="Theme key; repeatable")] = [],  # noqa: B006
    language: Annotated[list[str], Query(description="ISO 639-1; repeatable")] = [],  # noqa: B006
    kind: Annotated[list[str], Query(description="practice or fact_sheet")] = [],  # noqa: B006
    project: Annotated[list[str], Query(description="Project / programme")] = [],  # noqa: B006
    evaluation: Annotated[list[str], Query(
        description="none, internal, external, scientific")] = [],  # noqa: B006
    evaluated: Annotated[str | None, Query(description="true or false")] = None,
    year_min: Annotated[str | None, Query(description="Earliest start year")] = None,
    year_max: Annotated[str | None, Query(description="Latest start year")] = None,
    budget_min: Annotated[str | None, Query(description="Minimum budget in EUR")] = None,
    budget_max: Annotated[str | None, Query(description="Maximum budget in EUR")] = None,
    sort: Annotated[str, Query(description="relevance, newest or title")] = "relevance",
    page: Annotated[str, Query(description="Page number, from 1")] = "1",
    per_page: Annotated[str, Query(description="Hits per page, 1–100")] = "10",
) -> SearchRequest:
    """Query-string parameters, validated once for the page and the API alike."""
    params = dict(q=q, mode=mode, country=country, city=city, theme=theme,
                  language=language, kind=kind, project=project, evaluation=evaluation,
                  evaluated=evaluated or None, year_min=year_min or None,
                  year_max=year_max or None, budget_min=budget_min or None,
                  budget_max=budget_max or None, sort=sort, page=page, per_page=per_page)
    return parse_request(**params)


StoreDep = Annotated[Store, Depends(get_store)]
SearchDep = Annotated[SearchRequest, Depends(search_request)]
LocaleDep = Annotated[str, Depends(get_locale)]
