"""ID sheets and resources through the app: their fields in the API, their facets, the
links between records both ways, their pages in the UI language."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from lxml import html

from repository.config import Settings
from repository.ingest.pipeline import ingest
from repository.search.embedder import Embedder
from repository.search.store import Store
from repository.web.app import create_app
from tests.conftest import CORPUS

NAMES = ("en/cardiff-model.md", "en/cardiff-model-toolkit.md", "fr/efus-forum-europeen.md",
         "fr/methodes-outils-securite-urbaine-efus.md", "en/id-metropolitan-police-service.md",
         "fr/id-gendarmerie-nationale.md", "en/sara-problem-solving-model.json")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
           ) -> Iterator[TestClient]:
    root = tmp_path_factory.mktemp("kinds")
    for name in NAMES:
        (root / "sheets" / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CORPUS / name, root / "sheets" / name)
    settings = Settings(data_dir=root / "var")
    with Store.open(settings, embedder) as store:
        ingest([Path(root / "sheets")], store)
        draft = store.get("sara-problem-solving-model").model_copy(update={
            "id": "draft-resource", "publication": "draft",
            "related_practices": ["cardiff-model"]})
        store.put_many([draft])
        with TestClient(create_app(settings, store)) as test_client:
            yield test_client


def _linked(client: TestClient, record_id: str) -> list[str]:
    response = client.get(f"/api/practices/{record_id}/linked")
    assert response.status_code == 200
    return [item["id"] for item in response.json()["linked"]]


def test_links_show_both_ways_and_never_a_draft(client: TestClient) -> None:
    assert _linked(client, "cardiff-model") == ["cardiff-model-toolkit"]
    assert _linked(client, "cardiff-model-toolkit") == ["cardiff-model"]
    # written only on the resource's side
    assert _linked(client, "efus-forum-europeen") == ["methodes-outils-securite-urbaine-efus"]
    assert client.get("/api/practices/nope/linked").json()["error"]["status"] == 404


def test_the_api_returns_the_new_fields(client: TestClient) -> None:
    force = client.get("/api/practices/id-metropolitan-police-service").json()
    assert force["kind"] == "id_sheet" and force["personnel_count"] == 30000
    assert "counter_terrorism" in force["competencies"] and force["units"]
    tool = client.get("/api/practices/cardiff-model-toolkit").json()
    assert (tool["kind"], tool["resource_type"], tool["formats"], tool["resource_languages"]) \
        == ("resource", "tool", ["PDF", "online"], ["en"])
    assert tool["related_practices"] == ["cardiff-model"]


@pytest.mark.parametrize(("facet", "key"), [("competency", "competency"),
                                            ("resource_type", "resource_type"),
                                            ("kind", "kind")])
def test_facet_counts_are_what_ticking_shows(client: TestClient, facet: str,
                                             key: str) -> None:
    facets = client.get("/api/search").json()["facets"][facet]
    assert facets, facet
    for item in facets:
        ticked = client.get("/api/search", params={key: item["value"]}).json()
        assert ticked["sheets"] == item["count"], item


def test_a_bad_competency_is_a_clear_error(client: TestClient) -> None:
    response = client.get("/api/search", params={"competency": "juggling"})
    assert response.status_code == 422
    assert "juggling" in response.json()["error"]["message"]


def _one(node: html.HtmlElement, xpath: str) -> html.HtmlElement:
    found = node.xpath(xpath)
    assert found, xpath
    return found[0]


def test_an_id_sheet_page_in_french(client: TestClient) -> None:
    page = html.fromstring(client.get("/practices/id-metropolitan-police-service?lang=fr").text)
    profile = _one(page, "//section[contains(@class, 'profile')]")
    assert _one(profile, ".//h2").text_content() == "Profil de la force de police"
    chips = [a.text_content() for a in profile.xpath(".//ul[@class='chips']//a")]
    assert "Antiterrorisme" in chips and "Ordre public" in chips
    assert "30\u202f000" in profile.text_content() or "30 000" in profile.text_content()


def test_a_resource_page_shows_its_card_and_its_practice(client: TestClient) -> None:
    page = html.fromstring(client.get("/practices/cardiff-model-toolkit?lang=de").text)
    card = _one(page, "//section[contains(@class, 'resource')]")
    assert _one(card, ".//h2").text_content() == "Über diese Ressource"
    assert _one(card, ".//dd/a").text_content() == "Werkzeug"
    assert _one(card, ".//a[@class='open-resource']").get("href").startswith(
        "https://www.cdc.gov")
    linked = [a.get("href") for a in page.xpath("//aside//ul[@class='linked']//a")]
    assert linked == ["/practices/cardiff-model"]
