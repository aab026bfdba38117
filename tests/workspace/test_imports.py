"""Spreadsheets in the workspace: the mapping preview (detected fields, a sample, edited
before the rows become drafts), the mapping saved for the next version of the export,
re-imports that change nothing or make new versions, and the API."""

from __future__ import annotations

import html
import re

import pytest
from fastapi.testclient import TestClient

from tests.ingest import spreadsheets as make

pytestmark = pytest.mark.slow  # a real store and model behind the app


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _text(page: str) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)))


def _selected(page: str) -> dict[str, str]:
    """Column → the field selected for it on the mapping page."""
    out = {}
    for index, header in re.findall(r'name="column-(\d+)" value="([^"]*)"', page):
        select = re.search(rf'<select id="field-{index}"[^>]*>(.*?)</select>', page, re.S)
        assert select
        chosen = re.search(r'<option value="([^"]+)" selected>', select.group(1))
        out[html.unescape(header)] = chosen.group(1) if chosen else ""
    return out


def _stage(client: TestClient, csrf: str, name: str, data: bytes) -> tuple[str, str]:
    response = client.post("/workspace/upload", data={"csrf": csrf},
                           files=[("files", (name, data))])
    assert response.status_code == 200, response.text
    link = re.search(r'href="(/workspace/imports/\d+)"', response.text)
    assert link, _text(response.text)
    page = client.get(link.group(1))
    assert page.status_code == 200
    return link.group(1), page.text


def test_the_mapping_preview_is_edited_then_saved_for_the_next_version(
        app_client: TestClient, admin: str) -> None:
    url, page = _stage(app_client, admin, "cases-2024-05.csv", make.english_csv())
    mapping = _selected(page)
    assert mapping["name"] == "title" and mapping["description"] == "summary"
    assert mapping["lead_organisation"] == "lead_organisation"
    assert mapping["subsector"] == "extra"
    text = _text(page)
    assert "Symmetric Ciphers" in text  # a sample row
    assert "4 rows" in text

    form = {"csrf": admin}
    for index, header in enumerate(mapping):
        form[f"column-{index}"] = header
        form[f"field-{index}"] = {"technology": "ignore", "subsector": "evaluation"}.get(
            header, mapping[header])
    done = app_client.post(url, data=form)
    assert done.status_code == 200, done.text
    summary = _text(done.text)
    assert "4 added, 0 updated, 0 unchanged, 0 failed" in summary
    ids = re.findall(r'href="/workspace/sheets/([^"]+)"', done.text)
    assert len(ids) == 4 and len(set(ids)) == 4  # two "Summary" rows, two ids
    sheet = app_client.get(f"/workspace/sheets/{ids[0]}")
    assert sheet.status_code == 200
    record = app_client.app.state.workspace.get(ids[0]).record  # type: ignore[attr-defined]
    assert record.publication == "draft" and record.evaluation == "Encryption"
    assert not any(s.heading == "technology" for s in record.sections)

    # the next version of the export: the mapping chosen last time is selected again
    rows = [list(r) for r in make.EN_ROWS]
    rows[1][1] = "Traffic wardens keep crowds moving safely at Dublin's Connolly station."
    url2, page2 = _stage(app_client, admin, "cases-2024-06.csv",
                         make.csv_bytes(make.EN_HEADERS, rows))
    assert _selected(page2)["technology"] == "ignore"
    assert _selected(page2)["subsector"] == "evaluation"
    assert "the last import of “cases”" in _text(page2)
    form2 = {"csrf": admin, **{k: v for k, v in form.items() if k != "csrf"}}
    again = _text(app_client.post(url2, data=form2).text)
    assert "0 added, 1 updated, 3 unchanged, 0 failed" in again
    versions = app_client.app.state.workspace.versions("seamless-flow")  # type: ignore
    assert [v["action"] for v in versions] == ["reimport", "upload"]


def test_a_table_without_a_title_column_is_refused_on_its_preview(
        app_client: TestClient, admin: str) -> None:
    url, page = _stage(app_client, admin, "places.csv", b"Country;City\nFrance;Lyon\n")
    form = {"csrf": admin, "column-0": "Country", "field-0": "country",
            "column-1": "City", "field-1": "city"}
    response = app_client.post(url, data=form)
    assert response.status_code == 422
    assert "no column is the title" in _text(response.text)


def test_the_api_imports_a_workbook_row_by_row(app_client: TestClient, token: str) -> None:
    response = app_client.post("/api/workspace/uploads", headers=_bearer(token), files=[
        ("files", ("projekte.xlsx", make.workbook())),
        ("files", ("buurt.jsonl", make.dutch_jsonl()))])
    assert response.status_code == 200, response.text
    report = response.json()
    rows = sorted(d["file"] for d in report["drafts"])
    assert rows == ["buurt.jsonl#row 1", "buurt.jsonl#row 4", "projekte.xlsx#Progetti row 2",
                    "projekte.xlsx#Progetti row 3", "projekte.xlsx#Projekte row 2",
                    "projekte.xlsx#Projekte row 3"]
    assert [f["file"] for f in report["failed"]] == ["buurt.jsonl#row 3"]
    assert {t["file"]: t["counts"]["added"] for t in report["tables"]} == {
        "projekte.xlsx": 4, "buurt.jsonl": 2}
    formula = next(d for d in report["drafts"] if d["file"].endswith("Progetti row 3"))
    assert any("formula" in w for w in formula["warnings"])
    sheet = app_client.get(f"/api/workspace/sheets/{report['drafts'][0]['id']}",
                           headers=_bearer(token)).json()
    assert sheet["status"] == "draft" and sheet["record"]["lead_organisation"]

    same = app_client.post("/api/workspace/uploads", headers=_bearer(token), files=[
        ("files", ("projekte.xlsx", make.workbook()))]).json()
    assert {d["status"] for d in same["drafts"]} == {"unchanged"}


def test_the_api_stages_and_applies_a_mapping(app_client: TestClient, token: str) -> None:
    staged = app_client.post("/api/workspace/imports", headers=_bearer(token), files=[
        ("file", ("inventaire-2024-05.csv", make.french_csv()))])
    assert staged.status_code == 200, staged.text
    preview = staged.json()
    columns = {c["header"]: c for c in preview["columns"]}
    assert columns["Porteur"]["field"] == "lead_organisation"
    assert columns["Ville"]["sample"]
    assert preview["rows"] == 3 and preview["export"] == "inventaire"
    applied = app_client.post(f"/api/workspace/imports/{preview['id']}",
                              headers=_bearer(token),
                              json={"mapping": {"Sous-secteur": "ignore"}})
    assert applied.status_code == 200, applied.text
    assert applied.json()["counts"]["added"] == 3
    again = app_client.get(f"/api/workspace/imports/{preview['id']}", headers=_bearer(token))
    assert {c["header"]: c["field"] for c in again.json()["columns"]}["Sous-secteur"] == \
        "ignore"
