"""The JSON API's documentation (offline) and its parameters: labels, 422s."""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from repository.config import Settings
from repository.ingest.pipeline import ingest
from repository.search.embedder import Embedder
from repository.search.store import Store
from repository.web.app import create_app
from tests.conftest import SHEETS

URL = re.compile(r"""(?:src|href|spec-url)\s*=\s*["']([^"']+)["']|url\(\s*["']?([^"')]+)""")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
           ) -> Iterator[TestClient]:
    """The fixture sheets in one store for the module: the tests only read it."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("api") / "var")
    with Store.open(settings, embedder) as store:
        ingest([SHEETS], store)
        draft = store.get("mediation-quartiers").model_copy(
            update={"id": "draft-sheet", "publication": "draft", "translations": []})
        store.put_many([draft])
        with TestClient(create_app(settings, store)) as test_client:
            yield test_client


def _references(html: str) -> list[str]:
    return [a or b for a, b in URL.findall(html)] + re.findall(r"url: *'([^']+)'", html)


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_pages_load_nothing_from_the_internet(client: TestClient, page: str) -> None:
    response = client.get(page)
    assert response.status_code == 200
    references = _references(response.text)
    assert references, response.text
    assert not [r for r in response.text.split() if "://" in r and "testserver" not in r], \
        "an absolute URL in the page"
    assert "cdn" not in response.text.lower()
    for reference in references:  # every asset the page names is served here
        assert reference.startswith("/"), reference
        asset = client.get(reference)
        assert asset.status_code == 200, reference
        assert len(asset.content) > 1000 or reference == "/openapi.json"


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_pages_send_the_security_headers_of_every_page(client: TestClient,
                                                            page: str) -> None:
    response = client.get(page)
    policy = dict(part.strip().split(" ", 1)
                  for part in response.headers["content-security-policy"].split(";"))
    assert policy["frame-ancestors"] == "'none'" and policy["default-src"] == "'self'"
    assert "'unsafe-inline'" not in policy["script-src"] and "*" not in policy["script-src"]
    for body in re.findall(r"<script>(.*?)</script>", response.text, re.S):  # by hash only
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy["script-src"].split()
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "same-origin"
    for other in ("/openapi.json", "/docs-assets/swagger-ui.css"):  # the site's own policy
        assert "frame-ancestors 'none'" in client.get(other).headers["content-security-policy"]


def test_swagger_assets_are_the_real_bundles(client: TestClient) -> None:
    script = client.get("/docs-assets/swagger-ui-bundle.js")
    assert script.headers["content-type"].startswith(("text/javascript",
                                                      "application/javascript"))
    assert b"SwaggerUIBundle" in script.content
    assert b"swagger-ui" in client.get("/docs-assets/swagger-ui.css").content


def test_openapi_documents_every_search_parameter_with_an_example(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    names = ("q", "mode", "country", "city", "theme", "language", "kind", "project",
             "evaluation", "evaluated", "year_min", "year_max", "budget_min", "budget_max",
             "sort", "page", "per_page")
    for path in ("/api/search", "/export.csv", "/export.json", "/feed.atom"):
        operation = schema["paths"][path]["get"]
        assert operation["summary"] and operation["description"]
        parameters = {p["name"]: p for p in operation["parameters"]}
        assert set(names) <= set(parameters), path
        for name in names:
            assert parameters[name]["description"], (path, name)
            assert "example" in parameters[name], (path, name)
    search = {p["name"]: p for p in schema["paths"]["/api/search"]["get"]["parameters"]}
    assert search["mode"]["schema"]["enum"] == ["hybrid", "semantic", "keyword"]
    assert "youth" in search["theme"]["schema"]["items"]["enum"]
    assert search["lang"]["schema"]["enum"] == ["en", "fr", "es", "it", "de", "pt", "nl"]
    responses = schema["paths"]["/api/search"]["get"]["responses"]
    example = responses["200"]["content"]["application/json"]["example"]
    assert {"query", "total", "hits", "facets"} <= set(example)
    assert responses["422"]["content"]["application/json"]["example"]["error"]["status"] == 422
    feed = schema["paths"]["/feed.atom"]["get"]["responses"]["200"]["content"]
    assert "application/atom+xml" in feed


def test_lang_adds_a_label_beside_each_facet_value(client: TestClient) -> None:
    plain = client.get("/api/search").json()["facets"]
    assert all(set(v) == {"value", "count"} for values in plain.values() for v in values)
    french = client.get("/api/search", params={"lang": "fr"}).json()["facets"]
    countries = {v["value"]: v["label"] for v in french["country"]}
    assert countries["ES"] == "Espagne" and countries["GB"] == "Royaume-Uni"
    assert {v["value"]: v["label"] for v in french["language"]}["fr"] == "Français"
    themes = {v["value"]: v["label"] for v in french["theme"]}
    assert themes["schools"] == "École"
    english = client.get("/api/search", params={"lang": "en"}).json()["facets"]
    assert {v["value"]: v["label"] for v in english["country"]}["ES"] == "Spain"
    assert [v["count"] for v in english["country"]] == [v["count"] for v in plain["country"]]
    for lang, spain, school in (("it", "Spagna", "Scuola"), ("nl", "Spanje", "School"),
                                ("de", "Spanien", "Schule"), ("pt", "Espanha", "Escola")):
        facets = client.get("/api/search", params={"lang": lang}).json()["facets"]
        assert {v["value"]: v["label"] for v in facets["country"]}["ES"] == spain, lang
        assert {v["value"]: v["label"] for v in facets["theme"]}["schools"] == school, lang


@pytest.mark.parametrize(("query", "field"), [
    ("lang=sv", "lang"), ("lang=french", "lang"), ("evaluated=maybe", "evaluated"),
    ("budget_min=-5", "budget_min"), ("per_page=101", "per_page"),
    ("year_min=2020&year_max=2010", "year_min"), ("kind=leaflet", "kind"),
    ("evaluation=peer", "evaluation"), ("language=xx", "language"), ("sort=random", "sort"),
    ("evidence=strong", "evidence"), ("domain=health", "domain"),
])
def test_invalid_parameters_are_422_naming_the_parameter(client: TestClient, query: str,
                                                         field: str) -> None:
    response = client.get(f"/api/search?{query}")
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["status"] == 422 and field in error["message"]


def test_a_valid_value_without_matches_is_an_empty_result(client: TestClient) -> None:
    response = client.get("/api/search", params={"country": "MT", "lang": "fr"})
    assert response.status_code == 200
    assert response.json()["total"] == 0 and response.json()["hits"] == []


def test_drafts_are_not_public_in_the_api(client: TestClient) -> None:
    assert client.get("/api/practices/mediation-quartiers").status_code == 200
    for url in ("/api/practices/draft-sheet", "/api/practices/draft-sheet/similar"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert response.json()["error"]["message"] == "no practice with id 'draft-sheet'"
    similar = client.get("/api/practices/mediation-quartiers/similar?limit=10").json()
    assert "draft-sheet" not in [s["id"] for s in similar["similar"]]
    found = client.get("/api/search", params={"q": "médiation sociale", "per_page": 100})
    assert "draft-sheet" not in [h["id"] for h in found.json()["hits"]]


def test_evidence_and_safety_domains_are_api_fields_and_facets(client: TestClient) -> None:
    result = client.get("/api/search", params={"lang": "de"}).json()
    evidence = {v["value"]: v for v in result["facets"]["evidence"]}
    domains = {v["value"]: v for v in result["facets"]["domain"]}
    assert evidence and set(evidence) <= {"none", "descriptive", "outcome",
                                          "quasi_experimental", "experimental"}
    assert set(domains) <= {"crime", "community", "governance"} and domains
    assert domains.get("crime", {}).get("label") in (None, "Kriminalität")
    value, item = next(iter(evidence.items()))
    ticked = client.get("/api/search", params={"evidence": value, "per_page": 100}).json()
    assert ticked["total"] >= 1 and all(h["evidence"] == value for h in ticked["hits"])
    record = client.get(f"/api/practices/{ticked['hits'][0]['id']}").json()
    assert record["evidence"] == value and "evidence" in record["provenance"]
    assert set(record["safety_domains"]) <= {"crime", "community", "governance"}
