"""The HTML pages in-process: search state in the URL, facets, i18n, practice, compare, drafts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient

from repository.config import Settings
from repository.ingest.pipeline import ingest
from repository.model import Practice, YearMonth
from repository.search.embedder import Embedder
from repository.search.store import Store
from repository.web.app import create_app
from repository.web.i18n import negotiate
from tests.conftest import SHEETS

DRAFT = Practice(id="secret-draft", title="Unpublished draft about night buses",
                 summary="Night buses with stewards.", country="FR", city="Nantes",
                 language="en", themes=["nightlife"], publication="draft",
                 start=YearMonth(year=2024))

IN_A_PROJECT = Practice(id="in-a-project", title="Safer stations in a network",
                        summary="Stewards at railway stations at night.", country="BE",
                        city="Liège", language="en", themes=["public_spaces"],
                        project="Efus network", start=YearMonth(year=2018))


WITH_MARKDOWN = Practice(id="with-markdown", title="Stewards on night trains",
                         summary="**Stewards** ride the last trains.", country="AT",
                         city="Wien", language="en", themes=["public_spaces"],
                         objectives="- fewer assaults; - calmer carriages",
                         results="Complaints fell.\n\n**Evaluated** by the operator.")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
           ) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("pages") / "var")
    store = Store.open(settings, embedder)
    ingest([SHEETS], store)
    store.put_many([DRAFT, IN_A_PROJECT, WITH_MARKDOWN])
    with TestClient(create_app(settings, store)) as test_client:
        yield test_client
    store.close()


class _Page(HTMLParser):
    """Tags with attributes, and the text, of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.chunks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.chunks).split())

    def find(self, tag: str, **attrs: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag and all(a.get(k) == v
                                                           for k, v in attrs.items())]


def _get(client: TestClient, url: str, **headers: str) -> _Page:
    client.cookies.clear()  # the language cookie of one test must not leak into the next
    response = client.get(url, headers=headers)
    assert response.status_code == 200, response.text[:500]
    page = _Page()
    page.feed(response.text)
    return page


def test_every_facet_is_in_the_sidebar_with_counts(client: TestClient) -> None:
    page = _get(client, "/")
    sections = {a["id"] for a in page.find("section") if (a.get("id") or "").startswith("facet-")}
    assert sections == {f"facet-{n}" for n in ("theme", "country", "city", "language", "year",
                                               "budget", "evaluation", "evidence", "domain",
                                               "kind", "project")}
    boxes = page.find("input", type="checkbox", name="country")
    assert {b["value"] for b in boxes} >= {"FR", "ES", "GB"}
    assert "8 practices" in page.text
    assert page.find("input", type="checkbox", name="project", value="Efus network")
    for input_ in page.find("input", type="checkbox"):
        if input_.get("name") == "id":
            continue
        assert page.find("label", **{"for": input_["id"] or ""}), input_


def test_ticking_two_countries_filters_and_shows_chips(client: TestClient) -> None:
    page = _get(client, "/?country=FR&country=ES")
    ticked = {a["value"] for a in page.find("input", type="checkbox", name="country")
              if "checked" in a}
    assert ticked == {"FR", "ES"}
    assert "2 practices" in page.text
    assert "Safe nights in bars" not in page.text
    chips = [a for a in page.find("a") if (a.get("aria-label") or "").startswith("Remove")]
    assert {a["aria-label"] for a in chips} == {"Remove filter: Country: France",
                                                "Remove filter: Country: Spain"}
    removal = parse_qs(urlsplit(chips[0]["href"] or "").query)
    assert len(removal["country"]) == 1
    clear = [a for a in page.find("a") if a.get("href") == "/"]
    assert clear, "clear all goes back to the unfiltered search"


def test_a_facet_with_nothing_to_tick_is_left_out(client: TestClient) -> None:
    page = _get(client, "/?country=ES")
    assert not page.find("section", id="facet-project")
    assert page.find("section", id="facet-year"), "ranges stay usable"


def test_facet_counts_are_disjunctive(client: TestClient) -> None:
    page = _get(client, "/?country=FR")
    country_counts = page.text.split("Country", 1)[1]
    assert "Spain" in country_counts, "another country stays tickable with its count"


def test_search_state_is_kept_in_every_link_and_form(client: TestClient) -> None:
    page = _get(client, "/?q=night&country=GB&sort=title")
    hidden = {(a["name"], a["value"]) for a in page.find("input", type="hidden")}
    assert ("country", "GB") in hidden and ("sort", "title") in hidden and ("q", "night") in hidden
    links = [a["href"] or "" for a in page.find("a")]
    assert "/export.csv?q=night&country=GB&sort=title" in links
    assert "/export.json?q=night&country=GB&sort=title" in links
    feeds = page.find("link", rel="alternate", type="application/atom+xml")
    assert feeds and feeds[0]["href"] == "/feed.atom?q=night&country=GB&sort=title&lang=en"


def test_the_feed_link_carries_the_page_language(client: TestClient) -> None:
    page = _get(client, "/?q=night&lang=fr")
    feeds = page.find("link", rel="alternate", type="application/atom+xml")
    assert feeds and feeds[0]["href"] == "/feed.atom?q=night&lang=fr"


def test_year_and_budget_are_ranges(client: TestClient) -> None:
    page = _get(client, "/?year_min=2015&year_max=2030")
    assert page.find("input", name="year_min", value="2015")
    assert page.find("input", name="budget_max", type="number")
    assert "Start year: 2015–2030" in page.text


def test_no_result_page_shows_closest_matches_and_suggests_removing_a_filter(
        client: TestClient) -> None:
    page = _get(client, "/?q=harassment+in+bars&country=PT")
    assert "No practice matches this search." in page.text
    assert "Try removing a filter" in page.text
    assert "Closest matches without the filters" in page.text
    assert page.find("a", href="/practices/night-safety-bars")


def test_hits_show_place_languages_themes_snippet_and_compare_box(client: TestClient) -> None:
    page = _get(client, "/?q=harassed+in+bars+at+night")
    assert "Lincoln, United Kingdom" in page.text
    assert any(t == "mark" for t, _ in page.tags)
    assert page.find("input", type="checkbox", name="id", value="night-safety-bars",
                     form="compare")
    assert page.find("form", id="compare", action="/compare")


def test_french_ui_from_accept_language_then_cookie_then_query(client: TestClient) -> None:
    page = _get(client, "/?country=FR", **{"Accept-Language": "fr-CH, fr;q=0.9, en;q=0.5"})
    assert page.find("html", lang="fr")
    assert "Retirer le filtre : Pays : France" in [a.get("aria-label") for a in page.find("a")]
    assert "Filtres" in page.text
    client.cookies.clear()
    english = client.get("/?lang=en", headers={"Accept-Language": "fr"})
    assert english.cookies.get("lang") == "en" and '<html lang="en">' in english.text
    remembered = client.get("/", headers={"Accept-Language": "fr"})
    assert '<html lang="en">' in remembered.text, "the cookie beats Accept-Language"
    switch = _get(client, "/?q=bars&lang=fr")
    links = {a["hreflang"]: a["href"] for a in switch.find("a") if a.get("hreflang")}
    assert links["en"] == "/?q=bars&lang=en"


def test_negotiation_order() -> None:
    assert negotiate("fr", "en", "en") == "fr"
    assert negotiate(None, "fr", "en") == "fr"
    assert negotiate("xx", None, "sv, fr;q=0.8, en;q=0.5") == "fr"
    assert negotiate("xx", None, "de-AT, fr;q=0.8") == "de", "every UI language is offered"
    assert negotiate(None, None, "pt-BR, en;q=0.5") == "pt"
    assert negotiate("NL", None, None) == "nl"
    assert negotiate(None, None, "en;q=0.2, fr;q=0.9") == "fr"
    assert negotiate(None, None, None) == "en"


def test_practice_page_has_facts_cite_and_permalink(client: TestClient) -> None:
    page = _get(client, "/practices/mediation-quartiers")
    text = page.text
    for expected in ("Médiation sociale dans les quartiers", "Contexte", "Objectifs", "Lyon",
                     "France", "Facts", "Cite this", "Permanent URL", "Similar practices"):
        assert expected in text, expected
    assert page.find("a", href="http://testserver/practices/mediation-quartiers")
    assert page.find("a", href="/practices/mediation-quartiers/original")
    headings = [a.get("id") for a in page.find("h3")]
    assert headings == sorted(headings, key=lambda h: int((h or "s0")[1:]))


def test_practice_page_in_french(client: TestClient) -> None:
    page = _get(client, "/practices/mediation-quartiers?lang=fr")
    assert "En bref" in page.text and "Citer" in page.text and "Pratiques similaires" in page.text


def test_drafts_are_not_public(client: TestClient) -> None:
    assert client.get("/practices/secret-draft").status_code == 404
    assert client.get("/practices/secret-draft/original").status_code == 404
    assert client.get("/compare?id=secret-draft&id=mediation-quartiers").status_code == 404
    assert "Unpublished draft" not in client.get("/?q=night+buses+stewards").text


def test_compare_puts_practices_side_by_side(client: TestClient) -> None:
    page = _get(client, "/compare?id=mediation-quartiers&id=night-safety-bars")
    columns = [a["href"] for a in page.find("a") if (a.get("href") or "").startswith(
        "/practices/")]
    assert columns == ["/practices/mediation-quartiers", "/practices/night-safety-bars"]
    for row in ("Objectives", "Activities", "Budget", "Duration", "Evaluation", "Results"):
        assert row in page.text


def test_compare_renders_the_sheets_markdown_like_the_practice_page(client: TestClient
                                                                    ) -> None:
    response = client.get("/compare?id=with-markdown&id=mediation-quartiers")
    assert response.status_code == 200
    assert "**" not in response.text and "- fewer assaults" not in response.text
    assert "<strong>Stewards</strong> ride the last trains." in response.text
    assert "<li>fewer assaults</li><li>calmer carriages</li>" in response.text
    assert "<strong>Evaluated</strong> by the operator." in response.text
    practice = client.get("/practices/with-markdown").text
    assert "<strong>Stewards</strong>" in practice


def _sorts(client: TestClient, url: str) -> dict[str, bool]:
    """The sort links of a search page: URL → whether it is marked current."""
    client.cookies.clear()
    nav = client.get(url).text.split('<nav class="sort"', 1)[1].split("</nav>", 1)[0]
    return {href.replace("&amp;", "&"): bool(current) for href, current in
            re.findall(r'<a href="([^"]+)"( aria-current="true")?>', nav)}


def test_browsing_marks_newest_as_the_order_it_shows(client: TestClient) -> None:
    browsing = _sorts(client, "/")
    assert browsing == {"/?sort=newest": True, "/?sort=title": False}, \
        "no query: the list is newest first, and relevance has no meaning"
    titled = _sorts(client, "/?sort=title")
    assert titled == {"/?sort=newest": False, "/?sort=title": True}
    searching = _sorts(client, "/?q=night")
    assert searching == {"/?q=night": True, "/?q=night&sort=newest": False,
                         "/?q=night&sort=title": False}


@pytest.mark.parametrize("query", ["id=mediation-quartiers", "id=a&id=b&id=c&id=d&id=e"])
def test_compare_needs_two_to_four(client: TestClient, query: str) -> None:
    response = client.get(f"/compare?{query}")
    assert response.status_code == 422 and "2 to 4" in response.text


def test_no_inline_script_and_a_csp(client: TestClient) -> None:
    response = client.get("/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page = _Page()
    page.feed(response.text)
    scripts = page.find("script")
    assert scripts and all(s.get("src") == "/static/app.js" for s in scripts)
    assert client.get("/static/app.js").status_code == 200


def test_long_lists_filter_without_javascript(client: TestClient,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from repository.web import views

    monkeypatch.setattr(views, "FILTERABLE_FROM", 1)
    monkeypatch.setattr(views, "SHOWN", 1)
    page = _get(client, "/")
    assert page.find("input", name="filter_city")
    assert any(t == "details" for t, _ in page.tags), "the rest sits behind 'show more'"
    narrowed = _get(client, "/?filter_city=lyo")
    cities = {a["value"] for a in narrowed.find("input", type="checkbox", name="city")}
    assert cities == {"Lyon"}


def test_sheet_html_is_escaped(client: TestClient, tmp_path: Path) -> None:
    response = client.get("/", params={"q": "<script>alert(1)</script>"})
    assert "<script>alert(1)" not in response.text


def test_sheet_lists_and_bold_render_safely() -> None:
    from repository.web.record_views import _block

    assert [str(i) for i in _block("- one; - two")["list"]] == ["one", "two"]
    text = str(_block("**Lead.** <b>raw</b> - not a list")["text"])
    assert text == "<strong>Lead.</strong> &lt;b&gt;raw&lt;/b&gt; - not a list"
