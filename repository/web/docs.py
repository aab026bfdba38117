"""The API documentation, offline: Swagger UI and ReDoc served from local files.

FastAPI's default `/docs` and `/redoc` load their JavaScript and CSS from a CDN,
unreachable on an offline machine. The pinned `fastapi-offline` wheel ships the
same assets (Swagger UI 5, ReDoc 2); we serve them under `/docs-assets` and write
the two pages with FastAPI's own helpers. The OpenAPI schema gets the description,
example and allowed values of every search parameter, as `SearchRequest` declares them.

The two pages get the site's security headers with a Content-Security-Policy of their
own (`docs_policy`): scripts from the site plus the page's one inline start-up script
by its hash, styles inline (ReDoc writes its CSS into `<style>` elements), its search
worker from a `blob:`, and `frame-ancestors 'none'` like every other page.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path
from typing import Any

import fastapi_offline
from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from repository.labels import LOCALES
from repository.search import request as search_params

ASSETS = Path(fastapi_offline.__file__).parent / "static"
ASSETS_URL = "/docs-assets"
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


def docs_policy(html: str) -> str:
    """The Content-Security-Policy of a docs page: what Swagger UI / ReDoc need, no more."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
        for body in _INLINE_SCRIPT.findall(html))
    return (f"default-src 'self'; script-src 'self' {hashes}".rstrip() + "; "
            "style-src 'self' 'unsafe-inline'; img-src 'self' data:; worker-src 'self' blob:; "
            "connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; "
            "base-uri 'self'; form-action 'self'")


def _with_policy(response: HTMLResponse) -> HTMLResponse:
    response.headers["Content-Security-Policy"] = docs_policy(bytes(response.body).decode())
    return response

# not a search parameter: how the API labels its facets
LANG = ("Language of the facet labels: adds a `label` beside each facet `value`.", "fr",
        LOCALES)


def _known(name: str) -> tuple[str, object, tuple[str, ...] | None] | None:
    """(description, example, allowed values) of a documented parameter."""
    if name == "lang":
        return LANG
    if name not in search_params.PARAMETERS:
        return None
    return (search_params.description(name), search_params.example(name),
            search_params.allowed_values(name))


def _document(parameter: dict[str, Any]) -> None:
    known = _known(parameter["name"])
    if known is None:
        return
    description, example, allowed = known
    parameter["description"] = description
    parameter["example"] = example
    parameter.pop("examples", None)
    if allowed:
        schema = parameter.setdefault("schema", {})
        target = schema.get("items", schema) if schema.get("type") == "array" else schema
        target["enum"] = list(allowed)


def install(app: FastAPI) -> None:
    """Serve /docs and /redoc from local assets; document every search parameter."""
    app.mount(ASSETS_URL, StaticFiles(directory=ASSETS), name="docs-assets")

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version,
                                 description=app.description, routes=app.routes)
            for operations in schema.get("paths", {}).values():
                for operation in operations.values():
                    for parameter in operation.get("parameters", []):
                        _document(parameter)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    @app.get("/docs", include_in_schema=False)
    async def swagger(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        return _with_policy(get_swagger_ui_html(
            openapi_url=f"{root}/openapi.json", title=f"{app.title} — API",
            swagger_js_url=f"{root}{ASSETS_URL}/swagger-ui-bundle.js",
            swagger_css_url=f"{root}{ASSETS_URL}/swagger-ui.css",
            swagger_favicon_url=f"{root}{ASSETS_URL}/favicon.png"))

    @app.get("/redoc", include_in_schema=False)
    async def redoc(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        return _with_policy(get_redoc_html(
            openapi_url=f"{root}/openapi.json", title=f"{app.title} — API",
            redoc_js_url=f"{root}{ASSETS_URL}/redoc.standalone.js",
            redoc_favicon_url=f"{root}{ASSETS_URL}/favicon.png", with_google_fonts=False))
