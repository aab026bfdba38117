"""Shared dependencies of the routes: the store, the search request, the locale, templates."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Query, Request, Response
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context
from jinja2.runtime import Context
from pydantic import BaseModel, Field, create_model

from repository.search.request import (
    PARAMETERS,
    SearchRequest,
    given,
    is_list,
    parse_request,
)
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


COOKIE_AGE = 365 * 24 * 3600


def remember_locale(request: Request, response: Response, locale: str) -> None:
    """An explicit `?lang=` is kept in a cookie for the visitor's next pages."""
    if request.query_params.get("lang") == locale:
        response.set_cookie(i18n.COOKIE, locale, max_age=COOKIE_AGE, samesite="lax")


def get_store(request: Request) -> Store:
    """The store opened in the app's lifespan."""
    store: Store = request.app.state.store
    return store


def _query_model() -> type[BaseModel]:
    """The search parameters as FastAPI reads a query string: every field of
    `SearchRequest` (description, example) as text or a list of texts, so that
    `parse_request` validates them and names a bad one the way the CLI does."""
    fields: dict[str, Any] = {}
    for name in PARAMETERS:
        info = SearchRequest.model_fields[name]
        meta = {"description": info.description, "examples": info.examples}
        if is_list(name):
            fields[name] = (list[str], Field(default_factory=list, **meta))
        elif info.default is None:
            fields[name] = (str | None, Field(None, **meta))
        else:
            fields[name] = (str, Field(str(info.default), **meta))
    return create_model("SearchQuery", **fields)


SearchQuery = _query_model()


def search_request(params: Annotated[SearchQuery, Query()]  # type: ignore[valid-type]
                   ) -> SearchRequest:
    """Query-string parameters, validated once for the page and the API alike."""
    return parse_request(**given(params.model_dump()))  # type: ignore[attr-defined]


StoreDep = Annotated[Store, Depends(get_store)]
SearchDep = Annotated[SearchRequest, Depends(search_request)]
LocaleDep = Annotated[str, Depends(get_locale)]
