"""Every domain error answers with the status of `errors.HTTP_STATUS`, in the one shape:
JSON `{"error": {"status", "message", "details"}}` under /api, the error page elsewhere."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from html.parser import HTMLParser

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from repository import errors
from repository.errors import (
    HTTP_STATUS,
    InvalidQuery,
    ModelMismatch,
    NotFound,
    RepositoryError,
    SheetError,
    StoreLocked,
    http_status,
)
from repository.web import errors as web_errors

DEFINED = [cls for _, cls in inspect.getmembers(errors, inspect.isclass)
           if issubclass(cls, RepositoryError) and cls.__module__ == errors.__name__]
# one instance of every domain error, as the code raises them
RAISED: list[RepositoryError] = [
    cls("sheet.md", "no title") if issubclass(cls, SheetError)
    else cls("var/store") if cls is StoreLocked
    else cls("country", "'Atlantis' is not a code") if cls is InvalidQuery
    else cls("var/store", "bundled:all-MiniLM-L6-v2", 384, "bundled:use-multilingual")
    if cls is ModelMismatch
    else cls(f"a {cls.__name__}")
    for cls in DEFINED
]


def _raiser(exc: RepositoryError) -> Callable[[], None]:
    def raise_it() -> None:
        raise exc

    return raise_it


def _app() -> FastAPI:
    app = FastAPI()
    web_errors.install(app)
    for index, exc in enumerate(RAISED):
        raise_it = _raiser(exc)
        app.add_api_route(f"/api/raise/{index}", raise_it)
        app.add_api_route(f"/raise/{index}", raise_it)
    return app


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def test_every_domain_error_class_has_a_status_in_the_table() -> None:
    assert set(HTTP_STATUS) <= set(DEFINED)
    for cls in DEFINED:  # listed, or under a listed family: none is a 500 by omission
        assert cls in HTTP_STATUS or cls.__mro__[1] in HTTP_STATUS, cls
    assert HTTP_STATUS[StoreLocked] == 503 and HTTP_STATUS[SheetError] == 422
    assert HTTP_STATUS[NotFound] == 404 and HTTP_STATUS[InvalidQuery] == 422
    assert http_status(errors.UnreadableSheet("a.pdf", "corrupt")) == 422  # inherited


@pytest.mark.parametrize("index", range(len(RAISED)), ids=[type(e).__name__ for e in RAISED])
def test_json_and_html_errors_have_the_one_shape(index: int) -> None:
    exc = RAISED[index]
    status = http_status(exc)
    with TestClient(_app(), raise_server_exceptions=False) as client:
        api = client.get(f"/api/raise/{index}", follow_redirects=False)
        page = client.get(f"/raise/{index}", follow_redirects=False)
    if isinstance(exc, errors.SignInRequired):  # a browser is sent to sign in
        assert page.status_code == 303
        assert page.headers["location"] == f"/workspace/login?next=/raise/{index}"
        return
    assert api.status_code == status
    details = {"field": "country"} if isinstance(exc, InvalidQuery) else None
    assert api.json() == {"error": {"status": status, "message": str(exc),
                                    "details": details}}
    assert (api.headers.get("www-authenticate") == "Bearer") == (status == 401)
    assert page.status_code == status
    assert page.headers["content-type"].startswith("text/html")
    text = _Text()
    text.feed(page.text)
    assert str(exc) in " ".join(text.parts)
