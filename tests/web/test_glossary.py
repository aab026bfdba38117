"""The glossary in-process: /glossary and /glossary/{key} in the UI language, its search
without JavaScript, the practices carrying a theme, theme chips leading to it, its API."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient
from lxml import html as lxml_html

from repository.config import Settings
from repository.model import Practice, Section, YearMonth
from repository.search.embedder import Embedder
from repository.search.store import Store
from repository.vocabulary.glossary import load_glossary
from repository.web.app import create_app

YOUTH_A = Practice(id="street-youth-work", title="Street youth work at night", language="en",
                   country="DE", city="Köln", summary="Youth workers meet young people.",
                   themes=["youth", "nightlife"], start=YearMonth(year=2019))
YOUTH_B = Practice(id="jeunes-mediateurs", title="Jeunes médiateurs au collège", language="fr",
                   country="FR", city="Lyon", summary="Des élèves médiateurs.",
                   context="La délinquance juvénile inquiète le quartier.",
                   sections=[Section(heading="Contexte", field="context",
                                     text="La délinquance juvénile inquiète le quartier.")],
                   themes=["youth", "schools"], start=YearMonth(year=2021))
DRUGS = Practice(id="drug-checking", title="Drug checking at festivals", language="en",
                 country="NL", summary="Pill testing before the festival.", themes=["drugs"])
DRAFT = Practice(id="youth-draft", title="Unpublished youth draft", language="en",
                 themes=["youth"], publication="draft")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
           ) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("glossary") / "var")
    store = Store.open(settings, embedder)
    store.put_many([YOUTH_A, YOUTH_B, DRUGS, DRAFT])
    with TestClient(create_app(settings, store)) as test_client:
        yield test_client
    store.close()


def _get(client: TestClient, path: str, status: int = 200) -> lxml_html.HtmlElement:
    client.cookies.clear()
    response = client.get(path)
    assert response.status_code == status, response.text[:300]
    return lxml_html.fromstring(response.text)


def _text(node: lxml_html.HtmlElement, xpath: str) -> list[str]:
    return [" ".join(n.text_content().split()) for n in node.xpath(xpath)]


def test_the_index_lists_every_theme_and_concept_with_counts(client: TestClient) -> None:
    page = _get(client, "/glossary")
    glossary = load_glossary()
    themes = page.xpath("//dl[@class='glossary-themes']/dt/a/@href")
    concepts = page.xpath("//ul[@class='glossary-concepts']/li/a/@href")
    assert len(themes) == 25 and len(themes) + len(concepts) == len(glossary.entries)
    assert "/glossary/youth" in themes and "/glossary/eurovoc-375" in concepts
    youth = page.xpath("//dt[a/@href='/glossary/youth']")[0]
    assert " ".join(youth.text_content().split()) == "Youth 2 practices"  # not the draft
    definitions = _text(page, "//dl[@class='glossary-themes']/dd")
    assert definitions[0].startswith("The use, sale and trafficking of illegal drugs")


def test_the_index_search_works_without_javascript_in_any_language(client: TestClient
                                                                   ) -> None:
    page = _get(client, "/glossary?q=jugendkriminalitat&lang=it")
    assert page.get("lang") == "it"
    assert page.xpath("//input[@id='gq']/@value") == ["jugendkriminalitat"]
    links = _text(page, "//ul[@class='glossary-concepts']/li/a")
    assert links[0] == "delinquenza giovanile", links  # the Italian label of eurovoc-375
    shown = len(links) + len(page.xpath("//dl[@class='glossary-themes']/dt"))
    assert shown >= 2 and _text(page, "//p[@class='total']") == [f"{shown} termini"]
    one = _get(client, "/glossary?q=giurisdizione+minorile&lang=it")
    assert _text(one, "//p[@class='total']") == ["1 termine"]
    empty = _get(client, "/glossary?q=zzqxw+nothing&lang=de")
    assert _text(empty, "//p[@class='empty']")[0].startswith("Kein Begriff des Glossars")


def test_a_theme_page_in_german_lists_its_practices_and_links_the_facet(
        client: TestClient) -> None:
    page = _get(client, "/glossary/youth?lang=de")
    assert page.get("lang") == "de"
    assert _text(page, "//h1") == ["Jugend"]
    assert _text(page, "//p[@class='definition']")[0].startswith("Kinder, Jugendliche")
    assert "Jugendarbeit" in _text(page, "//ul[contains(@class,'synonyms')]/li")
    assert _text(page, "//p[@class='count']")[0].startswith(
        "2 Praxisbeispiele haben dieses Thema.")
    href = page.xpath("//a[@class='open-search']/@href")[0]
    assert parse_qs(urlsplit(href).query) == {"theme": ["youth"]}
    listed = page.xpath("//ul[@class='practices']/li/a/@href")
    assert sorted(listed) == ["/practices/jeunes-mediateurs", "/practices/street-youth-work"]
    related = page.xpath("//ul[contains(@class,'related')]/li/a/@href")
    assert "/glossary/eurovoc-375" in related
    # the facet the link opens shows the same practices
    facet = client.get(href.replace("/?", "/api/search?")).json()
    assert facet["total"] == 2
    assert {h["id"] for h in facet["hits"]} == {"jeunes-mediateurs", "street-youth-work"}
    # the entry in every language, each marked with its language
    rows = page.xpath("//dl[@class='glossary-languages']/dd")
    assert [r.get("lang") for r in rows] == ["en", "fr", "es", "it", "de", "pt", "nl"]


def test_a_concept_page_has_its_labels_themes_and_the_sheets_that_mention_it(
        client: TestClient) -> None:
    page = _get(client, "/glossary/eurovoc-375?lang=fr")
    assert _text(page, "//h1") == ["délinquance juvénile"]
    assert _text(page, "//p[@class='definition']")[0].startswith(
        "Les infractions commises par des mineurs")
    court = _get(client, "/glossary/eurovoc-1546?lang=fr")  # juvenile court
    assert _text(court, "//p[@class='definition']")[0].startswith(
        "Les tribunaux et juges spécialisés")
    assert "/glossary/youth" in page.xpath("//ul[contains(@class,'related')]/li/a/@href")
    assert "/practices/jeunes-mediateurs" in page.xpath("//ul[@class='practices']/li/a/@href")
    href = page.xpath("//a[@class='open-search']/@href")[0]
    assert parse_qs(urlsplit(href).query) == {"q": ["délinquance juvénile"]}
    # the German label finds the French sheet: the search crosses languages
    german = _get(client, "/glossary/eurovoc-375?lang=de")
    assert "/practices/jeunes-mediateurs" in german.xpath("//ul[@class='practices']/li/a/@href")
    assert _text(german, "//p[@class='count']")[0].startswith("Die Suche nach diesem Begriff")
    assert page.xpath("//a[@href='http://eurovoc.europa.eu/375']")


def test_every_related_link_opens_an_entry(client: TestClient) -> None:
    page = _get(client, "/glossary/drugs?lang=nl")
    for href in page.xpath("//ul[contains(@class,'related')]/li/a/@href"):
        assert client.get(href).status_code == 200, href


@pytest.mark.parametrize(("locale", "message"), [
    ("de", "Dieser Begriff steht nicht im Glossar."), ("pt", "Este termo não está no glossário."),
    ("en", "This term is not in the glossary.")])
def test_an_unknown_key_is_a_404_page_in_the_ui_language(client: TestClient, locale: str,
                                                          message: str) -> None:
    page = _get(client, f"/glossary/no-such-term?lang={locale}", status=404)
    assert page.get("lang") == locale
    detail = page.xpath("//p[@class='detail']/span")[0]
    assert detail.text_content() == message and detail.get("lang") == locale


def test_theme_chips_lead_to_the_glossary_and_keep_the_facet_link(client: TestClient) -> None:
    practice = _get(client, "/practices/street-youth-work?lang=es")
    chip = practice.xpath("//ul[@class='chips']/li[1]")[0]
    assert parse_qs(urlsplit(chip.xpath("a[1]/@href")[0]).query) == {"theme": ["youth"]}
    assert chip.xpath("a[@class='gloss']/@href") == ["/glossary/youth"]
    assert chip.xpath("a[@class='gloss']/@aria-label") == ["Juventud en el glosario"]
    hits = _get(client, "/?q=festival")
    assert "/glossary/drugs" in hits.xpath("//li[@class='hit']//ul[@class='chips']/li/a/@href")
    assert _get(client, "/").xpath("//footer//a[@href='/glossary']")


def test_the_api_lists_and_filters_entries(client: TestClient) -> None:
    client.cookies.clear()
    data = client.get("/api/glossary", params={"q": "drog", "lang": "es"}).json()
    assert data["total"] == len(data["entries"]) > 0
    drugs = next(e for e in data["entries"] if e["key"] == "drugs")
    assert drugs["label"] == "Drogas" and drugs["definition"].startswith("El consumo")
    assert drugs["url"] == "/glossary/drugs" and drugs["labels"]["de"] == "Drogen"
    everything = client.get("/api/glossary").json()
    assert everything["total"] == len(load_glossary().entries)
    assert "label" not in everything["entries"][0]
    bad = client.get("/api/glossary", params={"lang": "xx"})
    assert bad.status_code == 422 and bad.json()["error"]["details"] == {"field": "lang"}


def test_the_api_gives_one_entry_with_its_practices(client: TestClient) -> None:
    data = client.get("/api/glossary/youth", params={"lang": "nl"}).json()
    assert data["label"] == "Jeugd" and set(data["definitions"]) == {
        "en", "fr", "es", "it", "de", "pt", "nl"}
    assert data["practices"]["total"] == 2
    assert {h["id"] for h in data["practices"]["hits"]} == {"jeunes-mediateurs",
                                                              "street-youth-work"}
    assert client.get(data["practices"]["api_url"]).json()["total"] == 2
    assert {"key": "eurovoc-375", "kind": "eurovoc", "label": "jeugdcriminaliteit",
            "url": "/glossary/eurovoc-375"} in data["related"]
    concept = client.get("/api/glossary/eurovoc-375").json()
    assert concept["eurovoc_uri"] == "http://eurovoc.europa.eu/375"
    assert concept["themes"] == ["youth"] and len(concept["definitions"]) == 7
    missing = client.get("/api/glossary/nope")
    assert missing.status_code == 404
    assert missing.json() == {"error": {"status": 404, "message": "no glossary entry 'nope'",
                                        "details": None}}


def test_the_api_documents_the_glossary(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/api/glossary", "/api/glossary/{key}"} <= set(schema["paths"])
    params = {p["name"]: p for p in schema["paths"]["/api/glossary"]["get"]["parameters"]}
    assert {"q", "lang"} <= set(params) and params["q"]["description"]
    assert "/api/glossary/{key}" in schema["info"]["description"]
