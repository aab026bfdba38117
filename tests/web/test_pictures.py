"""The search page's map and timeline, in-process: the same counts and URLs as the facets."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qsl, urlsplit

import pytest
from fastapi.testclient import TestClient
from lxml import html

from repository.config import Settings
from repository.ingest.pipeline import ingest
from repository.model import Practice, YearMonth
from repository.search.embedder import Embedder
from repository.search.store import Store
from repository.web.app import create_app
from tests.conftest import SHEETS

DATED = [Practice(id=f"dated-{i}", title=f"Street mediators, wave {i}", language="en",
                  summary="Mediators walk the streets at night.", country=country,
                  themes=["mediation"], start=YearMonth(year=year), city=city)
         for i, (country, year, city) in enumerate([("PT", 2012, "Lisboa"),
                                                    ("PT", 2015, None), ("FI", 2015, None),
                                                    ("GR", 2019, "Atlantis")])]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
           ) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("pictures") / "var")
    store = Store.open(settings, embedder)
    ingest([SHEETS], store)
    store.put_many(DATED)
    with TestClient(create_app(settings, store)) as test_client:
        yield test_client
    store.close()


def _page(client: TestClient, url: str) -> html.HtmlElement:
    client.cookies.clear()
    response = client.get(url)
    assert response.status_code == 200
    return html.fromstring(response.text)


def _total(page: html.HtmlElement) -> str:
    return page.get_element_by_id("total").text_content()


def _checkbox_url(page: html.HtmlElement, code: str) -> str:
    """The URL ticking the country's checkbox (and nothing else) would submit."""
    form = page.get_element_by_id("filters")
    pairs = [(i.get("name"), i.get("value")) for i in form.iter("input")
             if i.get("type") == "hidden" or (i.get("type") == "checkbox" and
                                              (i.get("checked") is not None or
                                               (i.get("name"), i.get("value")) == ("country",
                                                                                   code)))]
    return "/?" + "&".join(f"{k}={v}" for k, v in pairs)


def _same(url_a: str, url_b: str) -> bool:
    return sorted(parse_qsl(urlsplit(url_a).query)) == sorted(parse_qsl(urlsplit(url_b).query))


@pytest.mark.parametrize("start", ["/", "/?q=school", "/?country=ES"])
def test_every_map_country_is_its_checkbox(client: TestClient, start: str) -> None:
    page = _page(client, start)
    links = page.xpath("//svg[@id='map']//a")
    none_ticked = not page.xpath("//input[@type='checkbox'][@name='country'][@checked]")
    assert links, "the map links the countries with practices"
    for link in links:
        code = link.get("data-country")
        box = page.xpath(f"//input[@type='checkbox'][@name='country'][@value='{code}']")
        assert box, code
        count = box[0].getparent().xpath("./span[@class='count']")[0].text_content()
        assert f": {count} practice" in link.get("aria-label")
        assert (box[0].get("checked") is not None) == (link.get("class") == "selected")
        if box[0].get("checked") is None:
            assert _same(link.get("href"), _checkbox_url(page, code))
        followed = _page(client, link.get("href"))
        if none_ticked:  # ticking one country alone shows exactly its count
            assert _total(followed).split()[0] == count


def test_a_timeline_bar_sets_the_year_range(client: TestClient) -> None:
    page = _page(client, "/")
    bars = page.xpath("//svg[contains(@class, 'timeline')]//a")
    assert bars
    for bar in bars:
        year = bar.get("data-year")
        query = dict(parse_qsl(urlsplit(bar.get("href")).query))
        assert query["year_min"] == query["year_max"] == year
        followed = _page(client, bar.get("href"))
        assert f": {_total(followed).split()[0]} practice" in bar.get("aria-label")
        chosen = followed.xpath(f"//svg[contains(@class, 'timeline')]//a[@data-year='{year}']")
        assert chosen[0].get("class") == "selected"


def test_the_pictures_speak_the_page_language(client: TestClient) -> None:
    page = _page(client, "/?lang=fr")
    assert page.xpath("//svg[@id='map']/*[local-name()='title']")[0].text == \
        "Pratiques par pays"
    assert any(" : " in a.get("aria-label") and "pratique" in a.get("aria-label")
               for a in page.xpath("//svg[@id='map']//a"))
    legend = page.xpath("//ul[@class='legend']")[0]
    assert legend.get("aria-label") == "Nombre de pratiques"
    assert "aucune" in legend.text_content()


def test_the_practice_page_locates_its_country_and_a_known_city(client: TestClient) -> None:
    lisbon = _page(client, "/practices/dated-0?lang=en")
    svg = lisbon.xpath("//svg[contains(@class, 'locator')]")[0]
    assert svg.get("aria-label") == "Where: Lisbon, Portugal"
    assert svg.xpath("./*[local-name()='circle']")
    unknown_town = _page(client, "/practices/dated-3?lang=en")
    svg = unknown_town.xpath("//svg[contains(@class, 'locator')]")[0]
    assert not svg.xpath("./*[local-name()='circle']")  # no position known: no dot
