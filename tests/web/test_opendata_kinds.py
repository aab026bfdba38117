"""Open data and search hits carry the evidence level, the safety domains and the fields of
ID sheets and resources."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from repository.config import Settings
from repository.model import Practice
from repository.search.embedder import Embedder
from repository.search.store import Store
from repository.vocabulary.safety_domains import practice_domains
from repository.web.app import create_app

RECORDS = [
    Practice(id="bar-staff", title="Bar staff against harassment", language="en",
             summary="Bar staff help people harassed at night get home safely.",
             themes=["nightlife"], evaluation_kind="external", evidence="quasi_experimental",
             resources=["night-toolkit"], country="GB", city="Lincoln"),
    Practice(id="gent-police", kind="id_sheet", title="Police zone Gent", language="en",
             summary="The local police of Gent: organisation and units.", country="BE",
             city="Gent", competencies=["community_policing", "traffic"],
             personnel_count=1200, units="Traffic unit; youth unit"),
    Practice(id="night-toolkit", kind="resource", title="Night-time safety toolkit",
             language="en", summary="A toolkit for cities planning a safer night economy.",
             resource_type="tool", formats=["PDF", "web"], resource_languages=["en", "fr"],
             related_practices=["bar-staff"], themes=["nightlife", "public_spaces"]),
]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
           ) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("opendata-kinds") / "var")
    store = Store.open(settings, embedder)
    store.put_many(RECORDS)
    with TestClient(create_app(settings, store)) as test_client:
        yield test_client
    store.close()


def test_domains_are_derived_for_the_records_used_here() -> None:
    assert practice_domains(RECORDS[0]) == ["crime", "governance"]
    assert practice_domains(RECORDS[2]) == ["crime", "community", "governance"]


def test_search_hits_carry_the_safety_domains(client: TestClient) -> None:
    hits = client.get("/api/search", params={"per_page": 100}).json()["hits"]
    by_id = {h["id"]: h for h in hits}
    assert set(by_id) == {r.id for r in RECORDS}
    for record in RECORDS:
        assert by_id[record.id]["safety_domains"] == practice_domains(record), record.id
    assert by_id["bar-staff"]["evidence"] == "quasi_experimental"
    ticked = client.get("/api/search", params={"domain": "community"}).json()["hits"]
    assert [h["id"] for h in ticked] == ["night-toolkit"]


def test_csv_export_carries_evidence_domains_and_kind_fields(client: TestClient) -> None:
    response = client.get("/export.csv")
    assert response.status_code == 200
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(response.text))}
    assert rows["bar-staff"]["evidence"] == "quasi_experimental"
    assert rows["bar-staff"]["safety_domains"] == "crime; governance"
    assert rows["bar-staff"]["resources"] == "night-toolkit"
    force = rows["gent-police"]
    assert force["kind"] == "id_sheet" and force["competencies"] == "community_policing; traffic"
    assert force["personnel_count"] == "1200" and force["units"] == "Traffic unit; youth unit"
    tool = rows["night-toolkit"]
    assert (tool["resource_type"], tool["formats"], tool["resource_languages"],
            tool["related_practices"]) == ("tool", "PDF; web", "en; fr", "bar-staff")
    assert tool["safety_domains"] == "crime; community; governance"


def test_json_export_carries_evidence_domains_and_kind_fields(client: TestClient) -> None:
    records = {r["id"]: r for r in client.get("/export.json").json()["records"]}
    assert records["bar-staff"]["evidence"] == "quasi_experimental"
    assert records["bar-staff"]["safety_domains"] == ["crime", "governance"]
    assert records["gent-police"]["competencies"] == ["community_policing", "traffic"]
    assert records["gent-police"]["personnel_count"] == 1200
    tool = records["night-toolkit"]
    assert tool["resource_type"] == "tool" and tool["formats"] == ["PDF", "web"]
    assert tool["resource_languages"] == ["en", "fr"]
    assert tool["related_practices"] == ["bar-staff"]
    assert tool["safety_domains"] == ["crime", "community", "governance"]
