"""Rows of an export as records everywhere: the practice page shows the lead organisation
(with its type) and the web links, the API and the exports carry them, and the lead
organisation type is a facet whose counts match what ticking it shows."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from repository.config import Settings
from repository.ingest.pipeline import ingest
from repository.model import Practice
from repository.ops.exchange import flatten, to_jsonl
from repository.search.embedder import Embedder
from repository.search.store import Store
from repository.web.app import create_app
from tests.ingest import spreadsheets as make

pytestmark = pytest.mark.slow  # a real store and model

HOSTILE = Practice(id="hostile-links", title="Links that must not run", summary="Text.",
                   language="en", urls=["javascript:alert(1)", "https://example.org/ok"])


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
           ) -> Iterator[TestClient]:
    folder = tmp_path_factory.mktemp("exports")
    (folder / "cases.csv").write_bytes(make.english_csv())
    (folder / "inventario.csv").write_bytes(make.spanish_latin1_csv())
    settings = Settings(data_dir=folder / "var")
    store = Store.open(settings, embedder)
    report = ingest([folder / "cases.csv", folder / "inventario.csv"], store)
    assert not report.failed
    store.put_many([HOSTILE])
    with TestClient(create_app(settings, store)) as test_client:
        yield test_client
    store.close()


def test_the_practice_page_shows_the_lead_organisation_and_its_links(client: TestClient
                                                                     ) -> None:
    page = client.get("/practices/symmetric-ciphers").text
    assert '<span translate="no">City of Tampere</span> (Local authority)' in page
    assert '<a href="https://www.tampere.fi/ciphers" rel="nofollow noopener">' in page
    french = client.get("/practices/puntos-lila-en-fiestas?lang=fr").text
    assert '<span translate="no">Ayuntamiento de Cádiz</span> (Collectivité locale)' in french
    assert "Organisation porteuse" in french and "Liens" in french


def test_only_web_links_become_links(client: TestClient) -> None:
    page = client.get("/practices/hostile-links").text
    assert "javascript:" not in page
    assert 'href="https://example.org/ok"' in page


def test_the_api_record_has_the_new_fields(client: TestClient) -> None:
    record = client.get("/api/practices/seamless-flow").json()
    assert record["lead_organisation"] == "Dublin City Council"
    assert record["lead_organisation_type"] == "local_authority"
    assert record["source"]["row"] == "row 3" and record["source"]["export"] == "cases"


def test_the_organisation_type_facet_counts_what_ticking_it_shows(client: TestClient
                                                                  ) -> None:
    facets = client.get("/api/search", params={"q": ""}).json()["facets"]
    counts = {f["value"]: f["count"] for f in facets["organisation_type"]}
    assert counts["local_authority"] == 4 and counts["police"] == 1
    ticked = client.get("/api/search", params={"q": "", "organisation_type": "police",
                                               "per_page": 50}).json()
    assert ticked["total"] == counts["police"]
    assert [h["id"] for h in ticked["hits"]] == ["summary-6ac5e6"]
    labelled = client.get("/api/search", params={"q": "", "lang": "fr"}).json()
    assert {f["value"]: f["label"] for f in labelled["facets"]["organisation_type"]
            }["ngo"] == "ONG / association"
    page = client.get("/", params={"q": "", "lang": "en"}).text
    assert "Lead organisation" in page  # the facet in the sidebar


def test_exports_carry_the_new_fields(client: TestClient, tmp_path: Path) -> None:
    store: Store = client.app.state.store  # type: ignore[attr-defined]
    record = store.get("symmetric-ciphers")
    line = json.loads(next(to_jsonl([record])))
    assert Practice.model_validate(line) == record  # the JSONL export imports back
    cells = flatten(record)
    assert cells["lead_organisation"] == "City of Tampere"
    assert cells["urls"] == "https://www.tampere.fi/ciphers"
    assert cells["source.row"] == "row 2"


def test_a_record_stored_before_these_fields_still_loads() -> None:
    old = {"id": "old", "title": "An old record", "source": {
        "file": "old.md", "format": "md", "sha256": "0" * 64}}
    practice = Practice.model_validate(old)
    assert practice.lead_organisation is None and practice.urls == []
