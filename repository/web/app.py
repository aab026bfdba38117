"""Assemble the FastAPI app: the store, the routers (public pages, API, open data, the
staff workspace), errors, headers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

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


def create_app(settings: Settings | None = None, store: Store | None = None, *,
               warm: bool = False) -> FastAPI:
    """The app; it opens the store (or uses the one given) for its lifetime. `warm`
    (the server's choice) loads the model and the reading worker right after start-up."""
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

    @app.middleware("http")
    async def security_headers(request, call_next):  # type: ignore[no-untyped-def]
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)  # docs pages set their own
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

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
