"""Upload → review → correct → publish → edit, through the API and the pages, over a
real store: drafts stay out of public search, versions are kept, writes are audited."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.workspace.conftest import INGEST_GOOD

pytestmark = pytest.mark.slow  # a real store and model behind the app


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _upload(client: TestClient, token: str, *names: str) -> dict:
    files = [("files", (n, (INGEST_GOOD / n).read_bytes())) for n in names]
    response = client.post("/api/workspace/uploads", files=files, headers=_bearer(token))
    assert response.status_code == 200, response.text
    return response.json()


def _public_ids(client: TestClient, q: str) -> list[str]:
    return [h["id"] for h in client.get("/api/search", params={"q": q}).json()["hits"]]


def test_upload_publish_edit_through_the_api(app_client: TestClient, token: str) -> None:
    report = _upload(app_client, token, "night-mediators-lyon.pdf", "fair-play-wien.docx")
    assert report["failed"] == []
    assert [d["file"] for d in report["drafts"]] == ["night-mediators-lyon.pdf",
                                                       "fair-play-wien.docx"]
    sheet_id = report["drafts"][0]["id"]
    assert sheet_id not in _public_ids(app_client, "night mediators Lyon")

    edited = app_client.patch(f"/api/workspace/sheets/{sheet_id}", headers=_bearer(token),
                              json={"country": "BE", "themes": ["nightlife", "mediation"]})
    assert edited.status_code == 200, edited.text
    assert edited.json()["record"]["country"] == "BE"
    assert app_client.post(f"/api/workspace/sheets/{sheet_id}/publish",
                           headers=_bearer(token)).json()["status"] == "published"
    assert sheet_id in _public_ids(app_client, "night mediators Lyon")
    assert app_client.get(f"/api/practices/{sheet_id}").json()["country"] == "BE"

    app_client.patch(f"/api/workspace/sheets/{sheet_id}", headers=_bearer(token),
                     json={"summary": "Mediators walk the district at night."})
    versions = app_client.get(f"/api/workspace/sheets/{sheet_id}/versions",
                              headers=_bearer(token)).json()["versions"]
    assert [v["action"] for v in versions] == ["edit", "publish", "edit", "upload"]
    first = app_client.get(f"/api/workspace/sheets/{sheet_id}/versions/1",
                           headers=_bearer(token)).json()
    assert first["country"] == "FR" and first["publication"] == "draft"

    app_client.post(f"/api/workspace/sheets/{sheet_id}/unpublish", headers=_bearer(token))
    assert sheet_id not in _public_ids(app_client, "night mediators Lyon")


def test_an_ingested_sheet_is_editable_and_keeps_its_first_version(
        app_client: TestClient, token: str) -> None:
    response = app_client.patch("/api/workspace/sheets/night-safety-bars",
                                headers=_bearer(token), json={"city": "Lincoln, UK"})
    assert response.status_code == 200
    versions = app_client.get("/api/workspace/sheets/night-safety-bars/versions",
                              headers=_bearer(token)).json()["versions"]
    assert [(v["version"], v["action"]) for v in versions] == [(2, "edit"), (1, "ingest")]
    assert app_client.get("/api/practices/night-safety-bars").json()["city"] == "Lincoln, UK"


def test_bad_corrections_are_refused_naming_the_field(app_client: TestClient, token: str
                                                      ) -> None:
    for change, field in (({"country": "France"}, "country"), ({"themes": ["nope"]}, "themes"),
                          ({"title": ""}, "title"), ({"owner": "x"}, "owner")):
        response = app_client.patch("/api/workspace/sheets/night-safety-bars",
                                    headers=_bearer(token), json=change)
        assert response.status_code == 400
        assert field in response.json()["error"]["message"]


def test_translations_duplicates_and_admin_delete(app_client: TestClient, token: str,
                                                  admin_token: str) -> None:
    drafts = _upload(app_client, token, "night-mediators-lyon.pdf")["drafts"]
    sheet_id = drafts[0]["id"]
    linked = app_client.post(f"/api/workspace/sheets/{sheet_id}/translations",
                             headers=_bearer(token), json={"id": "mediation-quartiers"})
    assert linked.json()["record"]["translations"] == ["mediation-quartiers"]
    other = app_client.get("/api/practices/mediation-quartiers").json()
    assert other["translations"] == [sheet_id]

    again = _upload(app_client, token, "night-mediators-lyon.pdf")["drafts"][0]["id"]
    assert again != sheet_id  # an upload never overwrites an existing sheet
    suggested = app_client.get(f"/api/workspace/sheets/{again}/duplicates",
                               headers=_bearer(token)).json()["duplicates"]
    assert suggested[0]["id"] == sheet_id

    assert app_client.delete(f"/api/workspace/sheets/{again}",
                             headers=_bearer(token)).status_code == 403
    deleted = app_client.delete(f"/api/workspace/sheets/{again}", headers=_bearer(admin_token))
    assert deleted.json()["status"] == "deleted"
    refused = app_client.post(f"/api/workspace/sheets/{again}/restore", headers=_bearer(token))
    assert refused.status_code == 403 and refused.json()["error"]["message"] == "admins only"
    purged = app_client.delete(f"/api/workspace/sheets/{again}?purge=true",
                               headers=_bearer(admin_token))
    assert purged.json()["status"] == "purged"
    assert app_client.get(f"/api/workspace/sheets/{again}",
                          headers=_bearer(token)).status_code == 404

    log = app_client.get("/api/workspace/audit", headers=_bearer(admin_token)).text
    actions = [line for line in log.splitlines() if again in line]
    assert any('"purge"' in a for a in actions) and any('"upload"' in a for a in actions)
    csv = app_client.get("/api/workspace/audit?format=csv", headers=_bearer(admin_token))
    assert csv.text.startswith("id,at,actor,action,sheet_id,detail")
