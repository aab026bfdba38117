"""The server's warm-up: everything the first search and the first upload would load.

Run in a background thread right after start-up (`repository serve`), so the server
answers at once while it warms; `on_ready` is called when all is loaded, and the CLI
prints it ("Ready …"), so whoever waits for the server knows when the first search is
as fast as any other.
"""

from __future__ import annotations

import contextlib
import gc
import time
from collections.abc import Callable

from repository.errors import RepositoryError
from repository.search.request import parse_request
from repository.search.service import search
from repository.web import picture_views, views
from repository.web.deps import templates
from repository.workspace.sheets import Workspace

PAGES = ("search.html", "practice.html", "compare.html", "error.html")


def warm_search(workspace: Workspace) -> None:
    """One real search (the encoder, the speller, the stemmers, the engine's files, the
    facets and the explanation), the search page's view of it rendered, and the other
    page templates compiled."""
    store = workspace.store
    store.warm()  # the payload cache and the speller's indexes
    store.embedder.encode_query(["warm-up"])
    store.embedder.encode_document(["warm-up"])
    request = parse_request(q="warm up", country=["FR"])
    response = search(store, request, log=False)
    context = views.search_page(request, response, "en", {}, None)
    context["pictures"] = picture_views.pictures(request, response, "en")
    templates.get_template("search.html").render(context)  # and its partials
    search(store, parse_request(q=""), log=False)  # the browse path
    for page in PAGES:
        templates.get_template(page)


def warm_up(workspace: Workspace, on_ready: Callable[[float], None] | None = None) -> None:
    """Warm the search path, then start the reading worker with every parser loaded,
    then tell `on_ready` how many seconds it all took."""
    started = time.perf_counter()
    # a model that cannot load, or an empty store: the first real search says why
    with contextlib.suppress(RepositoryError):
        warm_search(workspace)
    workspace.warm()
    gc.collect()
    gc.freeze()  # the parsers too, out of the collector's way (see `Store.warm`)
    if on_ready is not None:
        on_ready(time.perf_counter() - started)
