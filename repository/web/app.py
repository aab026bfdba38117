"""Assemble the FastAPI app: the store, the routers (public pages, API, open data, the
staff workspace), errors, headers."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from repository import __version__
from repository.config import Settings, load_settings
from repository.ops.restore import open_store
from repository.search.store import Store
from repository.web import api, docs, errors, glossary, opendata, pages
from repository.web.staff import admin as staff_admin
from repository.web.staff import api as staff_api
from repository.web.staff import pages as staff_pages

CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "frame-ancestors 'none'; base-uri 'self'; form-action 'self'")

DESCRIPTION = """Search European urban-security practice sheets.

* `GET /api/search`: ranked hits with snippets, total and facets (the CLI's
  `repository search --json` prints the same JSON).
* `GET /export.csv`, `GET /export.json`, `GET /feed.atom`: the whole result set of
  the same parameters as the search page `/` (every page, up to the result cap).
* `GET /api/glossary`, `GET /api/glossary/{key}`: the vocabulary's themes and EuroVoc
  concepts with labels, synonyms and definitions in 7 languages, related entries and
  the practices carrying each (the pages `/glossary` and `/glossary/{key}`).

Errors are always `{"error": {"status", "message", "details"}}`.
"""


HEADERS = (("Content-Security-Policy", CSP),  # docs pages set their own
           ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "same-origin"))


class SecurityHeaders:
    """Every response's security headers, unless the route set its own: a plain ASGI
    middleware (Starlette's `BaseHTTPMiddleware` runs each request in an extra task and
    buffers its body)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS:
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, with_headers)


def create_app(settings: Settings | None = None, store: Store | None = None, *,
               warm: bool = False, on_ready: Callable[[float], None] | None = None
               ) -> FastAPI:
    """The app; it opens the store (or uses the one given) for its lifetime. `warm`
    (the server's choice) warms the search path and the reading worker right after
    start-up, in the background (`web.warm`), then calls `on_ready` with its seconds."""
    settings = settings or load_settings()
    owned = store is None
    opened = store or open_store(settings)  # a killed restore is finished first

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.store = opened
        yield
        if owned:
            opened.close()

    app = FastAPI(title="Practice Repository", version=__version__, lifespan=lifespan,
                  description=DESCRIPTION, docs_url=None, redoc_url=None)
    app.state.store = opened
    app.state.settings = settings
    app.state.warm = warm
    app.state.on_ready = on_ready

    app.add_middleware(SecurityHeaders)
    errors.install(app)
    # the staff workspace: its pages router opens the workspace in its lifespan
    for router in (staff_pages.router, staff_admin.router, staff_api.router):
        app.include_router(router)
    docs.install(app)
    app.include_router(api.router)
    app.include_router(glossary.api_router)
    app.include_router(glossary.router)
    app.include_router(opendata.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")
    return app
