"""One error shape: JSON `{"error": {"status", "message", "details"}}` under /api,
an error page in the site's layout elsewhere."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException

from repository.errors import InvalidQuery, NotFound, RepositoryError
from repository.web.deps import templates


def _respond(request: Request, status: int, message: str, details: Any = None) -> Response:
    if request.url.path.startswith("/api"):
        return JSONResponse({"error": {"status": status, "message": message,
                                       "details": details}}, status_code=status)
    page: HTMLResponse = templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message}, status_code=status)
    return page


def install(app: FastAPI) -> None:
    """Map every error to the one shape."""

    @app.exception_handler(InvalidQuery)
    async def invalid_query(request: Request, exc: InvalidQuery) -> Response:
        return _respond(request, 422, str(exc), {"field": exc.field})

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return _respond(request, 404, str(exc))

    @app.exception_handler(RepositoryError)
    async def repository_error(request: Request, exc: RepositoryError) -> Response:
        return _respond(request, 500, str(exc))

    @app.exception_handler(RequestValidationError)
    async def validation(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        field = ".".join(str(p) for p in first.get("loc", ()) if p != "query")
        return _respond(request, 422, f"{field}: {first.get('msg', 'invalid')}",
                        {"field": field})

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        message = "not found" if exc.status_code == 404 else str(exc.detail)
        return _respond(request, exc.status_code, message)
