"""The staff workspace in seven languages: every page, signed in, with real content
(an uploaded sheet, its versions, the audit log, users, tokens), and no English left
but the library's own messages, which the pages mark `lang="en"`."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from lxml import html as lxml_html

from repository.labels import LOCALES
from tests.web.i18n_check import english_left_in_page
from tests.workspace.conftest import ADMIN, INGEST_GOOD, csrf_of, sign_in

pytestmark = pytest.mark.slow  # a real store and model behind the app

TRANSLATED = [lc for lc in LOCALES if lc != "en"]


def _upload(client: TestClient, csrf: str, locale: str) -> str:
    files = [("files", (n, (INGEST_GOOD / n).read_bytes()))
             for n in ("night-mediators-lyon.pdf", "pdf-named-as.md")]
    response = client.post(f"/workspace/upload?lang={locale}", data={"csrf": csrf},
                           files=files)
    assert response.status_code == 200, response.text[:300]
    return response.text


def test_every_workspace_page_in_every_language(app_client: TestClient) -> None:
    csrf = sign_in(app_client, *ADMIN)
    report = _upload(app_client, csrf, "it")
    sheet_id = "night-mediators-in-lyon"
    assert f'href="/workspace/sheets/{sheet_id}"' in report
    app_client.post(f"/workspace/sheets/{sheet_id}", data={"csrf": csrf, "country": "BE"})
    app_client.post("/workspace/tokens", data={"csrf": csrf, "email": ADMIN[0],
                                               "name": "ci"})
    pages = ["/workspace", "/workspace/sheets", "/workspace/sheets?status=draft",
             "/workspace/upload", f"/workspace/sheets/{sheet_id}",
             f"/workspace/sheets/{sheet_id}/versions",
             f"/workspace/sheets/{sheet_id}/versions/1", "/workspace/users",
             "/workspace/tokens", "/workspace/audit", "/workspace/login"]
    for locale in TRANSLATED:
        for path in pages:
            response = app_client.get(path + ("&" if "?" in path else "?") + f"lang={locale}")
            assert response.status_code == 200, (path, response.text[:300])
            assert f'<html lang="{locale}">' in response.text
            left = english_left_in_page(response.text)
            assert not left, f"{path} in {locale}: English left: {sorted(left)}"
        assert not english_left_in_page(_upload(app_client, csrf, locale)), locale


def test_the_review_page_reads_in_the_ui_language(app_client: TestClient) -> None:
    csrf = sign_in(app_client, *ADMIN)
    _upload(app_client, csrf, "nl")
    page = app_client.get("/workspace/sheets/night-mediators-in-lyon?lang=nl").text
    root = lxml_html.fromstring(page)
    labels = {(node.get("for") or ""): node.text_content().strip()
              for node in root.xpath("//form[@id='edit-form']//label[@for]")}
    assert labels["f-title"] == "Titel" and labels["f-country"] == "Land"
    assert labels["f-objectives"] == "Doelstellingen"
    assert labels["f-resources"].startswith("Gekoppelde hulpmiddelen")  # a practice's links
    countries = [o.text_content() for o in root.xpath("//select[@id='f-country']/option")]
    assert "Frankrijk (FR)" in countries and countries[0] == "— geen —"
    kinds = [o.text_content() for o in root.xpath("//select[@id='f-kind']/option")]
    assert kinds == ["Praktijkvoorbeeld", "Factsheet", "Korpsprofiel", "Hulpmiddel"]
    themes = root.xpath("//input[@name='themes']/parent::label")
    assert "Jeugd" in {t.text_content().strip() for t in themes}
    buttons = {b.text_content().strip(): b.get("class") for b in root.xpath("//button")}
    assert buttons["Verwijderen"] == "danger" and "Opslaan (nieuwe versie)" in buttons
    assert root.xpath("//form[@id='edit-form'][contains(@class, 'review-form')]")


def test_the_sign_in_error_is_translated(app_client: TestClient) -> None:
    form = app_client.get("/workspace/login?lang=de")
    response = app_client.post("/workspace/login", data={
        "email": ADMIN[0], "password": "wrong password!", "csrf": csrf_of(form.text),
        "next": "/workspace"}, headers={"Accept-Language": "de"})
    assert response.status_code == 401
    assert "E-Mail-Adresse oder Passwort ist falsch." in response.text


def test_the_upload_page_says_what_happens_with_and_without_javascript(
        app_client: TestClient) -> None:
    sign_in(app_client, *ADMIN)
    page = app_client.get("/workspace/upload?lang=fr").text
    root = lxml_html.fromstring(page)
    note = root.get_element_by_id("upload-note").text_content()
    assert "quelques secondes par fichier" in note, "said in words, for a page without JS"
    form = root.get_element_by_id("upload-form")
    assert form.get("data-reading-other").startswith("Lecture, vérification et indexation")
    assert "{seconds}" in form.get("data-reading-one"), "the script fills in the seconds"
    status = root.get_element_by_id("upload-progress")
    assert status.get("role") == "status" and status.get("hidden") is not None


def test_the_spreadsheet_pages_in_every_language(app_client: TestClient) -> None:
    """The upload's staged list, the column mapping and the import report: the export's
    headers, samples and file names are marked names; the rest reads in the UI language."""
    from tests.ingest import spreadsheets as make
    from tests.workspace.test_imports import _stage

    csrf = sign_in(app_client, *ADMIN)
    url, _ = _stage(app_client, csrf, "cases-2024-05.csv", make.english_csv())
    for locale in TRANSLATED:
        staged = app_client.post(f"/workspace/upload?lang={locale}", data={"csrf": csrf},
                                 files=[("files", ("cases-2024-06.csv", make.english_csv()))])
        mapping = app_client.get(f"{url}?lang={locale}")
        for response in (staged, mapping):
            assert response.status_code == 200, response.text[:300]
            assert f'<html lang="{locale}">' in response.text
            assert not english_left_in_page(response.text), (locale, response.url)
    page = lxml_html.fromstring(mapping.text)
    chosen = {i.get("name"): i.get("value") for i in page.xpath("//input[@type='hidden']")}
    form = {"csrf": csrf, **{k: v for k, v in chosen.items() if k.startswith("column-")}}
    for select in page.xpath("//select"):
        picked = select.xpath("./option[@selected]/@value")
        form[select.get("name")] = picked[0] if picked else "extra"
    report = app_client.post(f"{url}?lang=nl", data=form)
    assert report.status_code == 200, report.text[:300]
    assert "toegevoegd" in report.text
    assert not english_left_in_page(report.text)
