"""Every state-changing workspace route is refused without a session or token (routes
enumerated from the app), forms need their CSRF token, sign-in is rate-limited, and
editors cannot do what only admins may."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from repository.config import Settings
from repository.workspace import audit
from repository.workspace.db import open_db
from repository.workspace.tokens import revoke_token, user_for_token
from tests.workspace.conftest import ADMIN, EDITOR, sign_in

pytestmark = pytest.mark.slow  # a real store and model behind the app

WRITES = {"POST", "PUT", "PATCH", "DELETE"}


def app_routes(routes: list[Any]) -> Iterator[APIRoute]:
    """Every endpoint of the app, inside included routers too (FastAPI keeps those as
    wrappers around the original router; their routes carry the router's prefix)."""
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
        inner = getattr(route, "original_router", None)
        if inner is not None:
            yield from app_routes(inner.routes)


def _routes(client: TestClient, methods: set[str]) -> list[tuple[str, str]]:
    out = []
    for route in app_routes(client.app.routes):  # type: ignore[attr-defined]
        if route.path.startswith(("/workspace", "/api/workspace")):
            for method in sorted(route.methods & methods):
                out.append((method, route.path))
    return out


def _url(path: str) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: "1" if m.group(1).endswith("_id") and
                  m.group(1) != "sheet_id" or m.group(1) == "number"
                  else "night-safety-bars", path)


def _state(client: TestClient, settings: Settings) -> tuple[int, str]:
    entries = audit.entries(open_db(settings.data_dir), limit=None)
    practice = client.get("/api/practices/night-safety-bars").json()
    return len(entries), str(practice)


def test_every_state_changing_route_is_refused_without_a_session_or_token(
        app_client: TestClient, ws_settings: Settings) -> None:
    routes = _routes(app_client, WRITES)
    assert len(routes) >= 20  # the enumeration found the workspace's writes
    before = _state(app_client, ws_settings)
    for method, path in routes:
        response = app_client.request(method, _url(path), data={"csrf": "x", "other": "y",
                                                                "of": "y", "email": "a@b.cd"})
        if path == "/workspace/login":
            assert response.status_code == 400, (method, path)  # no sign-in form token
        else:
            assert response.status_code in (401, 403), (method, path, response.status_code)
    assert _state(app_client, ws_settings) == before


def test_a_visitor_is_sent_to_sign_in_from_every_page_and_refused_by_the_api(
        app_client: TestClient) -> None:
    for _method, path in _routes(app_client, {"GET"}):
        if path == "/workspace/login":
            continue
        response = app_client.get(_url(path))
        if path.startswith("/api/"):
            assert response.status_code == 401, path
            assert response.json()["error"]["status"] == 401
        else:
            assert response.status_code == 303, path
            assert response.headers["location"].startswith("/workspace/login?next=")


def test_forms_without_their_csrf_token_are_refused(app_client: TestClient, admin: str,
                                                    ws_settings: Settings) -> None:
    before = _state(app_client, ws_settings)
    html_writes = [(m, p) for m, p in _routes(app_client, WRITES)
                   if not p.startswith("/api/") and p != "/workspace/login"]
    for method, path in html_writes:
        for form in ({}, {"csrf": "forged"}):
            response = app_client.request(method, _url(path), data={**form, "other": "x"})
            assert response.status_code == 403, (method, path)
    assert _state(app_client, ws_settings) == before
    # with the token, the same form goes through
    response = app_client.post("/workspace/sheets/night-safety-bars/unpublish",
                               data={"csrf": admin})
    assert response.status_code == 303


def test_sign_in_is_rate_limited_and_a_wrong_password_says_nothing_more(
        app_client: TestClient) -> None:
    form = app_client.get("/workspace/login")
    token = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)  # type: ignore[union-attr]
    statuses = []
    for _ in range(6):
        response = app_client.post("/workspace/login", data={
            "email": ADMIN[0], "password": "wrong password", "csrf": token})
        statuses.append(response.status_code)
        assert ADMIN[1] not in response.text and "wrong password" not in response.text
        if response.status_code == 401:  # the form comes back with a fresh token
            token = re.search(r'name="csrf" value="([^"]+)"', response.text).group(1)  # type: ignore[union-attr]
    assert statuses[:5] == [401] * 5 and statuses[5] == 429
    right = app_client.post("/workspace/login", data={
        "email": ADMIN[0], "password": ADMIN[1], "csrf": token})
    assert right.status_code == 429  # even the right password waits out the window


def test_session_cookie_is_signed_http_only_and_same_site(app_client: TestClient) -> None:
    form = app_client.get("/workspace/login")
    token = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)  # type: ignore[union-attr]
    response = app_client.post("/workspace/login", data={
        "email": EDITOR[0], "password": EDITOR[1], "csrf": token})
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert app_client.get("/workspace").status_code == 200
    app_client.cookies.clear()
    app_client.cookies.set("ws_session", "forged-session-id")
    assert app_client.get("/workspace").status_code == 303


def test_sign_out_ends_the_session(app_client: TestClient) -> None:
    csrf = sign_in(app_client, *EDITOR)
    cookie = app_client.cookies.get("ws_session")
    assert app_client.post("/workspace/logout", data={"csrf": csrf}).status_code == 303
    app_client.cookies.clear()
    app_client.cookies.set("ws_session", cookie or "")
    assert app_client.get("/workspace").status_code == 303


@pytest.mark.parametrize("method,path", [
    ("POST", "/workspace/sheets/night-safety-bars/delete"),
    ("POST", "/workspace/users"),
    ("POST", "/workspace/tokens"),
    ("POST", "/workspace/users/1/remove"),
])
def test_an_editor_cannot_delete_or_manage_users(app_client: TestClient, method: str,
                                                 path: str) -> None:
    csrf = sign_in(app_client, *EDITOR)
    response = app_client.request(method, path, data={"csrf": csrf, "email": "x@y.org",
                                                      "password": "long enough pw"})
    assert response.status_code == 403
    for page in ("/workspace/users", "/workspace/audit", "/workspace/tokens",
                 "/workspace/audit.csv"):
        assert app_client.get(page).status_code == 403


def test_a_revoked_token_is_refused(app_client: TestClient, token: str,
                                    ws_settings: Settings) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    assert app_client.get("/api/workspace/sheets", headers=headers).status_code == 200
    db = open_db(ws_settings.data_dir)
    assert user_for_token(db, token) is not None
    revoke_token(db, 1, "tests")
    assert app_client.get("/api/workspace/sheets", headers=headers).status_code == 401
    assert app_client.get("/api/workspace/sheets", headers={
        "Authorization": "Bearer prt_guess"}).status_code == 401
