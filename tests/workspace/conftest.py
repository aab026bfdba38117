"""A small store, the app over it, staff accounts, and signed-in clients."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from repository.config import Settings
from repository.ingest.pipeline import ingest
from repository.search.embedder import Embedder
from repository.search.store import Store
from repository.web.app import create_app
from repository.workspace.db import open_db
from repository.workspace.tokens import create_token
from repository.workspace.users import add_user
from tests.conftest import SHEETS

ADMIN = ("admin@example.org", "admin password 1")
EDITOR = ("editor@example.org", "editor password 1")
INGEST_GOOD = Path(__file__).resolve().parent.parent / "fixtures" / "ingest" / "good"


@pytest.fixture
def ws_settings(tmp_path: Path) -> Settings:
    settings = Settings(data_dir=tmp_path / "var", admin_email=ADMIN[0],
                        admin_password=ADMIN[1])  # type: ignore[arg-type]
    db = open_db(settings.data_dir)
    add_user(db, *EDITOR, "editor")
    return settings


@pytest.fixture
def app_client(ws_settings: Settings, embedder: Embedder) -> Iterator[TestClient]:
    """The app over two ingested sheets; the initial admin comes from the settings."""
    store = Store.open(ws_settings, embedder)
    ingest([SHEETS / "night-safety-bars.md", SHEETS / "mediation-quartiers.md"], store)
    with TestClient(create_app(ws_settings, store), follow_redirects=False) as client:
        yield client
    store.close()


def sign_in(client: TestClient, email: str, password: str) -> str:
    """Sign in through the form; the session's CSRF token (from the dashboard)."""
    form = client.get("/workspace/login")
    token = re.search(r'name="csrf" value="([^"]+)"', form.text)
    assert token
    response = client.post("/workspace/login", data={
        "email": email, "password": password, "csrf": token.group(1), "next": "/workspace"})
    assert response.status_code == 303, response.text
    return csrf_of(client.get("/workspace").text)


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found
    return found.group(1)


@pytest.fixture
def admin(app_client: TestClient) -> str:
    return sign_in(app_client, *ADMIN)


@pytest.fixture
def token(app_client: TestClient, ws_settings: Settings) -> str:
    """An API token acting as the editor."""
    return create_token(open_db(ws_settings.data_dir), EDITOR[0], "tests", "tests")[1]


@pytest.fixture
def admin_token(app_client: TestClient, ws_settings: Settings) -> str:
    return create_token(open_db(ws_settings.data_dir), ADMIN[0], "tests", "tests")[1]
