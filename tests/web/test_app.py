"""The JSON API and the pages, in-process, over a store of the fixture sheets."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from repository.config import Settings
from repository.ingest.pipeline import ingest
from repository.search.embedder import Embedder
from repository.search.store import Store
from repository.web.app import create_app
from tests.conftest import SHEETS


@pytest.fixture
def client(tmp_path: Path, embedder: Embedder) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path / "var")
    store = Store.open(settings, embedder)
    ingest([SHEETS], store)
    hostile = tmp_path / "hostile.md"
    hostile.write_text("---\nid: hostile\ntitle: <script>alert(1)</script> Hostile\n---\n"
                       "Text with <img src=x onerror=alert(2)> inside.\n\n## Context\n"
                       "<b>bold?</b>\n")
    ingest([hostile], store)
    with TestClient(create_app(settings, store)) as test_client:
        yield test_client
    store.close()


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Text:
    parser = _Text()
    parser.feed(html)
    return parser


def test_api_search_returns_the_cli_json(client: TestClient) -> None:
    response = client.get("/api/search", params={"q": "harassed in bars at night",
                                                 "per_page": 2})
    assert response.status_code == 200
    data = response.json()
    assert data["hits"][0]["id"] == "night-safety-bars"
    assert len(data["hits"]) == 2
    assert {"query", "total", "hits", "facets"} <= set(data)


def test_api_search_repeats_filters(client: TestClient) -> None:
    response = client.get("/api/search?country=FR&country=ES")
    assert {h["country"] for h in response.json()["hits"]} <= {"FR", "ES"}


@pytest.mark.parametrize("query", ["country=France", "theme=nope", "mode=fuzzy",
                                   "year_min=abc", "page=0"])
def test_api_invalid_parameters_are_422_in_the_one_error_shape(client: TestClient,
                                                                query: str) -> None:
    response = client.get(f"/api/search?q=x&{query}")
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["status"] == 422
    assert query.split("=")[0] in error["message"]


def test_api_practice_and_its_404(client: TestClient) -> None:
    ok = client.get("/api/practices/mediation-quartiers")
    assert ok.status_code == 200
    assert ok.json()["country"] == "FR"
    assert ok.json()["objectives"].startswith("Prévenir")
    missing = client.get("/api/practices/nope")
    assert missing.status_code == 404
    assert missing.json() == {"error": {"status": 404, "message":
                                        "no practice with id 'nope'", "details": None}}


def test_search_page_lists_results_with_place_themes_and_snippet(client: TestClient) -> None:
    page = client.get("/", params={"q": "harassed in bars at night"})
    assert page.status_code == 200
    assert "Content-Security-Policy" in page.headers
    parsed = _parse(page.text)
    links = [attrs.get("href") for tag, attrs in parsed.tags if tag == "a"]
    assert "/practices/night-safety-bars" in links
    text = " ".join(parsed.text)
    assert "Safe nights in bars" in text and "Lincoln, United Kingdom" in text
    assert any(tag == "mark" for tag, _ in parsed.tags)
    assert any(tag == "input" and attrs.get("name") == "q" for tag, attrs in parsed.tags)


def test_facet_checkboxes_filter_the_search(client: TestClient) -> None:
    page = _parse(client.get("/", params={"q": "conflits de voisinage"}).text)
    assert any(tag == "input" and attrs.get("type") == "checkbox" and
               attrs.get("name") == "country" and attrs.get("value") == "FR"
               for tag, attrs in page.tags)
    filtered = client.get("/?q=conflits+de+voisinage&country=FR")
    assert "Médiation sociale dans les quartiers" in filtered.text
    assert "Safe nights in bars" not in filtered.text


def test_practice_page_shows_every_field_the_sheet_has(client: TestClient) -> None:
    page = client.get("/practices/mediation-quartiers")
    assert page.status_code == 200
    text = " ".join(_parse(page.text).text)
    for expected in ("Médiation sociale dans les quartiers", "Contexte", "Objectifs",
                     "Évaluation", "Lyon", "France",
                     "Similar practices"):
        assert expected in text
    similar = client.get("/api/practices/mediation-quartiers/similar?limit=3").json()["similar"]
    assert len(similar) == 3 and "mediation-quartiers" not in [s["id"] for s in similar]


def test_sheet_html_is_escaped_everywhere(client: TestClient) -> None:
    page = client.get("/practices/hostile")
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert "<img src=x" not in page.text and "<b>bold?</b>" not in page.text
    results = client.get("/", params={"q": "hostile"})
    assert "<script>alert(1)" not in results.text


def test_missing_page_renders_the_error_page(client: TestClient) -> None:
    page = client.get("/practices/nope")
    assert page.status_code == 404
    assert "no practice with id" in page.text and "<html" in page.text


def test_the_original_file_is_offered_for_download(client: TestClient) -> None:
    page = client.get("/practices/mediation-quartiers")
    assert 'href="/practices/mediation-quartiers/original"' in page.text
    original = client.get("/practices/mediation-quartiers/original")
    assert original.status_code == 200
    assert original.content == (SHEETS / "mediation-quartiers.md").read_bytes()
    assert 'filename="mediation-quartiers.md"' in original.headers["content-disposition"]
