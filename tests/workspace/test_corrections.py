"""Every normalised fact on the review page with its origin and confidence, guessed ones
flagged; staff correct the facts themselves, the corrections are recorded as staff's and
survive a re-upload of the file and a re-ingest of the sheet."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from repository.config import Settings
from repository.ingest.pipeline import ingest
from repository.search.store import Store
from tests.workspace.conftest import csrf_of, sign_in

pytestmark = pytest.mark.slow  # a real store and model behind the app

SHEET = """# Policía de barrio en Vitoria-Gasteiz

Municipio: Vitoria-Gasteiz · País: España

En 2014 la Policía Local reorganizó sus patrullas en ocho zonas, cada una con un equipo
fijo de agentes que conocen a los vecinos y a los comerciantes de su barrio.

## Presupuesto

420.000 euros al año.

## Evaluación

El servicio de estudios de la Policía Local mide cada año la satisfacción de los vecinos
mediante una encuesta.
"""
FACTS = ("kind", "country", "city", "start", "end", "ongoing", "budget", "evaluation_kind",
         "evidence", "themes", "resources")  # a practice's resources: links it corrects


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _upload(client: TestClient, token: str, data: bytes = SHEET.encode()) -> dict:
    response = client.post("/api/workspace/uploads", headers=_bearer(token),
                           files=[("files", ("policia-barrio.md", data))])
    assert response.status_code == 200, response.text
    return response.json()


class _Facts(HTMLParser):
    """The review page's fact rows: id → (classes, text), and the form's inputs."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[str, tuple[str, str]] = {}
        self.inputs: dict[str, str] = {}
        self._row: str | None = None
        self._depth = 0
        self._text: list[str] = []
        self._select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if self._row is not None and tag == "div":
            self._depth += 1
        if tag == "div" and (a.get("id") or "").startswith("fact-"):
            self._row, self._depth, self._text = (a["id"] or "")[5:], 1, []
            self.rows[self._row] = (a.get("class") or "", "")
        if tag == "input" and a.get("type") == "text" and a.get("name"):
            self.inputs[a["name"] or ""] = a.get("value") or ""
        if tag == "select":
            self._select = a.get("name")
        if tag == "option" and self._select and "selected" in a:
            self.inputs[self._select] = a.get("value") or ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self._select = None
        if self._row is not None and tag == "div":
            self._depth -= 1
            if self._depth == 0:
                classes, _ = self.rows[self._row]
                self.rows[self._row] = (classes, " ".join("".join(self._text).split()))
                self._row = None

    def handle_data(self, data: str) -> None:
        if self._row is not None:
            self._text.append(data)


def _review(client: TestClient, sheet_id: str) -> _Facts:
    page = client.get(f"/workspace/sheets/{sheet_id}")
    assert page.status_code == 200, page.text
    parsed = _Facts()
    parsed.feed(page.text)
    return parsed


def test_every_fact_shows_its_origin_and_a_guess_is_flagged(app_client: TestClient,
                                                            token: str) -> None:
    sheet_id = _upload(app_client, token)["drafts"][0]["id"]
    sign_in(app_client, "editor@example.org", "editor password 1")
    page = _review(app_client, sheet_id)
    assert set(page.rows) == set(FACTS)
    assert "From a label line · confidence" in page.rows["city"][1]
    assert "From a section heading · confidence 0.85" in page.rows["budget"][1]
    assert "unsure" in page.rows["start"][0]  # "En 2014 …": a guessed start year
    assert "start year guessed from the text: 2014" in page.rows["start"][1]
    assert "unsure" not in page.rows["country"][0]
    assert page.inputs["start_year"] == "2014" and page.inputs["budget_amount"] == "420000"
    assert page.inputs["budget_currency"] == "EUR" and page.inputs["evaluation_kind"] == \
        "internal"
    # a yearly satisfaction survey: an evaluation that measures no outcome
    assert page.inputs["evidence"] == "descriptive"
    assert "From a section heading · confidence 0.65" in page.rows["evidence"][1]


def test_staff_correct_the_facts_and_the_correction_is_recorded(app_client: TestClient,
                                                                token: str) -> None:
    sheet_id = _upload(app_client, token)["drafts"][0]["id"]
    csrf = sign_in(app_client, "editor@example.org", "editor password 1")
    form = {**_review(app_client, sheet_id).inputs, "csrf": csrf, "themes": ["policing"],
            "budget_amount": "380 000", "evaluation_kind": "external", "start_year": "2013",
            "start_month": "9", "ongoing": "yes", "evidence": "quasi_experimental"}
    saved = app_client.post(f"/workspace/sheets/{sheet_id}", data=form)
    assert saved.status_code == 303, saved.text
    record = app_client.get(f"/api/workspace/sheets/{sheet_id}",
                            headers=_bearer(token)).json()["record"]
    assert record["budget"]["amount"] == 380000 and record["budget"]["eur"] == 380000
    assert record["evaluation_kind"] == "external"
    assert record["start"] == {"year": 2013, "month": 9} and record["ongoing"] is True
    corrected = {k for k, v in record["provenance"].items() if v["source"] == "staff"}
    assert record["evidence"] == "quasi_experimental"
    assert corrected == {"budget", "evaluation_kind", "evidence", "start", "ongoing"}
    page = _review(app_client, sheet_id)
    assert "corrected" in page.rows["budget"][0] and "a staff correction" in \
        page.rows["budget"][1]
    assert "unsure" not in page.rows["start"][0]  # staff's own value needs no check
    assert csrf_of(app_client.get(f"/workspace/sheets/{sheet_id}").text)


def test_a_bad_fact_is_refused_naming_the_field(app_client: TestClient, token: str) -> None:
    sheet_id = _upload(app_client, token)["drafts"][0]["id"]
    for change, field in (({"budget_amount": "a lot"}, "budget_amount"),
                          ({"budget_currency": "EURO"}, "budget_currency"),
                          ({"start_month": "13"}, "start_month"),
                          ({"end_year": "2001"}, "end_year"),
                          ({"evaluation_kind": "great"}, "evaluation_kind"),
                          ({"evidence": "strong"}, "evidence"),
                          ({"ongoing": "maybe"}, "ongoing")):
        response = app_client.patch(f"/api/workspace/sheets/{sheet_id}",
                                    headers=_bearer(token), json=change)
        assert response.status_code == 400, change
        assert field in response.json()["error"]["message"]


def test_a_correction_survives_a_re_upload_of_the_same_file(app_client: TestClient,
                                                           token: str) -> None:
    sheet_id = _upload(app_client, token)["drafts"][0]["id"]
    app_client.patch(f"/api/workspace/sheets/{sheet_id}", headers=_bearer(token),
                     json={"budget_amount": 500000, "budget_currency": "EUR",
                           "evaluation_kind": "scientific"})
    again = _upload(app_client, token)["drafts"]
    assert [d["id"] for d in again] == [sheet_id]
    assert "uploaded before" in again[0]["warnings"][0]
    record = app_client.get(f"/api/workspace/sheets/{sheet_id}",
                            headers=_bearer(token)).json()["record"]
    assert record["budget"]["amount"] == 500000 and record["evaluation_kind"] == "scientific"


def test_a_copy_from_the_same_file_keeps_the_corrections(app_client: TestClient,
                                                        token: str) -> None:
    sheet_id = _upload(app_client, token)["drafts"][0]["id"]
    app_client.patch(f"/api/workspace/sheets/{sheet_id}", headers=_bearer(token),
                     json={"evaluation_kind": "external"})
    app_client.post(f"/api/workspace/sheets/{sheet_id}/translations", headers=_bearer(token),
                    json={"id": "mediation-quartiers"})  # the sheet changed otherwise too
    copy = _upload(app_client, token)["drafts"][0]["id"]
    assert copy != sheet_id
    record = app_client.get(f"/api/workspace/sheets/{copy}",
                            headers=_bearer(token)).json()["record"]
    assert record["evaluation_kind"] == "external"
    assert record["provenance"]["evaluation_kind"]["source"] == "staff"


def test_a_correction_survives_a_re_ingest_of_the_sheet(app_client: TestClient, token: str,
                                                       ws_settings: Settings,
                                                       tmp_path: Path) -> None:
    app_client.patch("/api/workspace/sheets/night-safety-bars", headers=_bearer(token),
                     json={"evaluation_kind": "scientific", "evidence": "experimental",
                           "budget_amount": "12345",
                           "budget_currency": "GBP", "city": "Lincoln"})
    store: Store = app_client.app.state.store  # type: ignore[attr-defined]
    from tests.conftest import SHEETS

    report = ingest([SHEETS / "night-safety-bars.md"], store)
    assert report.failed == []
    stored = store.get("night-safety-bars")
    assert stored.evaluation_kind == "scientific" and stored.city == "Lincoln"
    assert stored.evidence == "experimental" and stored.provenance["evidence"].source == "staff"
    assert stored.budget and stored.budget.amount == 12345 and stored.budget.currency == "GBP"
    assert stored.provenance["budget"].source == "staff"
    public = app_client.get("/api/practices/night-safety-bars").json()
    assert public["evaluation_kind"] == "scientific" and public["evidence"] == "experimental"
