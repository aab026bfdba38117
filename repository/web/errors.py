"""One error shape: JSON `{"error": {"status", "message", "details"}}` under /api,
an error page in the site's layout elsewhere.

Every domain error (`repository.errors`) answers with the status of
`errors.HTTP_STATUS`; FastAPI's own validation and HTTP errors take the same shape.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException

from repository.errors import InvalidQuery, RepositoryError, SignInRequired, http_status
from repository.web.deps import get_locale, templates
from repository.web.i18n import catalog, translate

HEADLINES = (400, 401, 403, 404, 413, 422, 429, 500, 503)  # each has an `error_<status>`


def render(request: Request, status: int, message: str, details: Any = None) -> Response:
    """The error as JSON under /api, else as the error page."""
    if request.url.path.startswith("/api"):
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        return JSONResponse({"error": {"status": status, "message": message,
                                       "details": details}}, status_code=status,
                            headers=headers)
    locale = get_locale(request)
    headline = translate(f"error_{status}" if status in HEADLINES else "error_other", locale)
    # the page's own words are in the UI language; a domain error's detail is English
    # unless the page raised it in the visitor's language (e.g. the compare page's)
    shown = None if message in ("not found", "") else message
    own = shown in catalog(locale).values()
    page: HTMLResponse = templates.TemplateResponse(
        request, "error.html", {"status": status, "headline": headline, "message": shown,
                                "message_lang": locale if own else "en"},
        status_code=status)
    return page


def _sign_in(request: Request) -> Response:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/workspace/login?next={quote(target)}", status_code=303)


def install(app: FastAPI) -> None:
    """Map every error to the one shape."""

    @app.exception_handler(RepositoryError)
    async def repository_error(request: Request, exc: RepositoryError) -> Response:
        if isinstance(exc, SignInRequired):
            return _sign_in(request)
        details = {"field": exc.field} if isinstance(exc, InvalidQuery) else None
        return render(request, http_status(exc), str(exc), details)

    @app.exception_handler(RequestValidationError)
    async def validation(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        field = ".".join(str(p) for p in first.get("loc", ()) if p != "query")
        return render(request, 422, f"{field}: {first.get('msg', 'invalid')}",
                      {"field": field})

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        message = "not found" if exc.status_code == 404 else str(exc.detail)
        return render(request, exc.status_code, message)
