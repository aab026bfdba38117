"""Staff correct an ID sheet's and a resource's own fields (competencies, personnel count;
resource type, formats, languages, related practices) and a practice's resources on the
review page and through the API; the corrections are recorded as staff's and survive a
re-upload of the file and a re-ingest of the sheet."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from lxml import html

from repository.ingest.pipeline import ingest
from repository.search.store import Store
from tests.conftest import SHEETS
from tests.workspace.conftest import sign_in

pytestmark = pytest.mark.slow  # a real store and model behind the app

DATA = Path(__file__).resolve().parents[2] / "data" / "practices" / "en"
FORCE = (DATA / "id-metropolitan-police-service.md").read_bytes()
TOOL = (DATA / "cardiff-model-toolkit.md").read_bytes()


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _upload(client: TestClient, token: str, name: str, data: bytes) -> dict:
    response = client.post("/api/workspace/uploads", headers=_bearer(token),
                           files=[("files", (name, data))])
    assert response.status_code == 200, response.text
    return response.json()["drafts"][0]


def _record(client: TestClient, token: str, sheet_id: str) -> dict:
    response = client.get(f"/api/workspace/sheets/{sheet_id}", headers=_bearer(token))
    assert response.status_code == 200, response.text
    return response.json()["record"]


def _form(client: TestClient, sheet_id: str) -> tuple[html.HtmlElement, dict[str, object]]:
    """The review page and what its edit form would post unchanged."""
    page = html.fromstring(client.get(f"/workspace/sheets/{sheet_id}").text)
    form = page.get_element_by_id("edit-form")
    values: dict[str, object] = {}
    for field in form.xpath(".//input | .//select | .//textarea"):
        name, kind = field.get("name"), field.get("type")
        if not name:
            continue
        if kind == "checkbox":
            if field.get("checked") is not None:
                values.setdefault(name, []).append(field.get("value"))  # type: ignore[union-attr]
        elif kind == "hidden" and name != "csrf":
            values.setdefault(name, [""])
        elif field.tag == "select":
            chosen = field.xpath("./option[@selected]")
            values[name] = chosen[0].get("value") if chosen else ""
        elif field.tag == "textarea":
            values[name] = field.text or ""
        else:
            values[name] = field.get("value") or ""
    return page, values


def _staff(record: dict) -> set[str]:
    return {k for k, v in record["provenance"].items() if v["source"] == "staff"}


def test_an_id_sheet_s_competencies_and_personnel_are_corrected_on_the_review_page(
        app_client: TestClient, token: str) -> None:
    draft = _upload(app_client, token, "met.md", FORCE)
    sheet_id = draft["id"]
    before = _record(app_client, token, sheet_id)
    assert before["kind"] == "id_sheet" and before["competencies"]
    csrf = sign_in(app_client, "editor@example.org", "editor password 1")
    page, form = _form(app_client, sheet_id)
    ids = {e.get("id") for e in page.xpath("//div[starts-with(@id, 'fact-')]")}
    assert {"fact-competencies", "fact-personnel_count"} <= ids
    assert "fact-resource_type" not in ids and "fact-formats" not in ids
    ticked = {v.get("value") for v in page.xpath("//input[@name='competencies'][@checked]")}
    assert ticked == set(before["competencies"])
    labels = " ".join(page.get_element_by_id("fact-competencies").text_content().split())
    assert "Counter-terrorism" in labels or "Counter terrorism" in labels, labels

    form.update({"csrf": csrf, "competencies": ["", "traffic", "forensics"],
                 "personnel_count": "33 000"})
    saved = app_client.post(f"/workspace/sheets/{sheet_id}", data=form)
    assert saved.status_code == 303, saved.text
    record = _record(app_client, token, sheet_id)
    assert record["competencies"] == ["traffic", "forensics"]
    assert record["personnel_count"] == 33000
    assert _staff(record) == {"competencies", "personnel_count"}
    page, _ = _form(app_client, sheet_id)
    assert "corrected" in (page.get_element_by_id("fact-competencies").get("class") or "")

    again = _upload(app_client, token, "met.md", FORCE)  # the same file read again
    assert again["id"] == sheet_id
    kept = _record(app_client, token, sheet_id)
    assert kept["competencies"] == ["traffic", "forensics"]
    assert kept["personnel_count"] == 33000
    assert {"competencies", "personnel_count"} <= _staff(kept)


def test_unticking_every_competency_clears_them(app_client: TestClient, token: str) -> None:
    sheet_id = _upload(app_client, token, "met.md", FORCE)["id"]
    csrf = sign_in(app_client, "editor@example.org", "editor password 1")
    _, form = _form(app_client, sheet_id)
    form.update({"csrf": csrf, "competencies": [""]})  # the hidden marker only
    assert app_client.post(f"/workspace/sheets/{sheet_id}", data=form).status_code == 303
    record = _record(app_client, token, sheet_id)
    assert record["competencies"] == [] and "competencies" in _staff(record)


def test_a_resource_s_fields_are_corrected_and_survive_a_re_upload(
        app_client: TestClient, token: str) -> None:
    sheet_id = _upload(app_client, token, "toolkit.md", TOOL)["id"]
    csrf = sign_in(app_client, "editor@example.org", "editor password 1")
    page, form = _form(app_client, sheet_id)
    ids = {e.get("id") for e in page.xpath("//div[starts-with(@id, 'fact-')]")}
    assert {"fact-resource_type", "fact-formats", "fact-resource_languages",
            "fact-related_practices"} <= ids
    assert "fact-competencies" not in ids and "fact-resources" not in ids
    assert form["related_practices"] == "cardiff-model" and form["resource_type"] == "tool"

    form.update({"csrf": csrf, "resource_type": "guide", "formats": "PDF, e-learning",
                 "resource_languages": "English, fr, Deutsch",
                 "related_practices": "cardiff-model, night-safety-bars"})
    saved = app_client.post(f"/workspace/sheets/{sheet_id}", data=form)
    assert saved.status_code == 303, saved.text
    record = _record(app_client, token, sheet_id)
    assert record["resource_type"] == "guide"
    assert record["formats"] == ["PDF", "e-learning"]
    assert record["resource_languages"] == ["en", "fr", "de"]
    assert record["related_practices"] == ["cardiff-model", "night-safety-bars"]
    assert _staff(record) == {"resource_type", "formats", "resource_languages",
                              "related_practices"}

    _upload(app_client, token, "toolkit.md", TOOL)
    kept = _record(app_client, token, sheet_id)
    assert (kept["resource_type"], kept["resource_languages"]) == ("guide", ["en", "fr", "de"])
    assert kept["related_practices"] == ["cardiff-model", "night-safety-bars"]


def test_a_practice_s_resources_survive_a_re_ingest(app_client: TestClient,
                                                    token: str) -> None:
    sign_in(app_client, "editor@example.org", "editor password 1")
    page = html.fromstring(app_client.get("/workspace/sheets/night-safety-bars").text)
    assert page.get_element_by_id("fact-resources") is not None
    response = app_client.patch("/api/workspace/sheets/night-safety-bars",
                                headers=_bearer(token),
                                json={"resources": ["cardiff-model-toolkit"]})
    assert response.status_code == 200, response.text
    store: Store = app_client.app.state.store  # type: ignore[attr-defined]
    report = ingest([SHEETS / "night-safety-bars.md"], store)
    assert report.failed == []
    stored = store.get("night-safety-bars")
    assert stored.resources == ["cardiff-model-toolkit"]
    assert stored.provenance["resources"].source == "staff"


@pytest.mark.parametrize(("change", "field"), [
    ({"competencies": ["flying"]}, "competencies"),
    ({"personnel_count": "many"}, "personnel_count"),
    ({"personnel_count": "-4"}, "personnel_count"),
    ({"resource_type": "poster"}, "resource_type"),
    ({"resource_languages": "Klingon"}, "resource_languages"),
])
def test_a_bad_kind_field_is_refused_naming_the_field(app_client: TestClient, token: str,
                                                      change: dict, field: str) -> None:
    sheet_id = _upload(app_client, token, "met.md", FORCE)["id"]
    response = app_client.patch(f"/api/workspace/sheets/{sheet_id}", headers=_bearer(token),
                                json=change)
    assert response.status_code == 400, change
    assert field in response.json()["error"]["message"]


@pytest.mark.parametrize(("name", "data"), [("met.md", FORCE), ("toolkit.md", TOOL)])
def test_saving_the_form_unchanged_corrects_nothing(app_client: TestClient, token: str,
                                                    name: str, data: bytes) -> None:
    """The form lists themes and competencies in the vocabulary's order, not the sheet's:
    the same values in another order are no correction."""
    sheet_id = _upload(app_client, token, name, data)["id"]
    csrf = sign_in(app_client, "editor@example.org", "editor password 1")
    _, form = _form(app_client, sheet_id)
    assert app_client.post(f"/workspace/sheets/{sheet_id}",
                           data={**form, "csrf": csrf}).status_code == 303
    assert _staff(_record(app_client, token, sheet_id)) == set()
