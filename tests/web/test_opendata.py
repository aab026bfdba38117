"""Open data: CSV, JSON and Atom are exactly the result set of the same search."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient
from lxml import etree

from repository.config import Settings
from repository.model import Practice, Section, Source, YearMonth
from repository.search import results
from repository.search.embedder import Embedder
from repository.search.store import Store
from repository.web.app import create_app

ATOM = "{http://www.w3.org/2005/Atom}"

# (id, title, country, city, themes, day ingested, text)
SHEETS = [
    ("youth-lyon", "Youth mediation in Lyon", "FR", "Lyon", ["youth", "mediation"], 3,
     "Street mediators meet young people in the evening to calm neighbourhood conflicts."),
    ("youth-madrid", "Youth football against violence", "ES", "Madrid", ["youth", "sport"], 7,
     "Football leagues keep young people away from street violence and gangs."),
    ("night-lincoln", "Safe nights in bars", "GB", "Lincoln", ["nightlife"], 1,
     "Bar staff help people harassed at night get home safely."),
    ("drugs-lisbon", "Outreach to drug users", "PT", "Lisboa", ["drugs"], 5,
     "Outreach teams offer harm reduction to people who use drugs in public spaces."),
    ("schools-paris", "Conflict mediation in schools", "FR", "Paris",
     ["schools", "mediation", "youth"], 9,
     "Pupils are trained as peer mediators to settle conflicts between young people."),
    ("seniors-gent", "Safety visits for seniors", "BE", "Gent", ["seniors"], 2,
     "Police officers visit older residents to prevent burglary and scams."),
]


def _practice(sid: str, title: str, country: str, city: str, themes: list[str], day: int,
              text: str, publication: str = "published") -> Practice:
    return Practice(
        id=sid, title=title, summary=text, language="en", country=country, city=city,
        themes=themes, objectives=text, publication=publication,  # type: ignore[arg-type]
        start=YearMonth(year=2010 + day),  # distinct: browse order (newest) has no ties
        sections=[Section(heading="Objectives", text=text, field="objectives")],
        source=Source(file=f"{sid}.md", format="md", sha256=sid,
                      ingested_at=datetime(2024, 5, day, 12, tzinfo=UTC)))


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
           ) -> Iterator[TestClient]:
    """One small store for the module: the tests only read it."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("opendata") / "var")
    store = Store.open(settings, embedder)
    drafts = [_practice("youth-draft", "Youth mediation draft", "FR", "Lyon",
                        ["youth", "mediation"], 20, SHEETS[0][6], publication="draft")]
    store.put_many([_practice(*sheet) for sheet in SHEETS] + drafts)
    with TestClient(create_app(settings, store)) as test_client:
        yield test_client
    store.close()


def _api_ids(client: TestClient, params: dict[str, object]) -> list[str]:
    response = client.get("/api/search", params={**params, "per_page": 100})
    assert response.status_code == 200
    return [hit["id"] for hit in response.json()["hits"]]


def _csv_rows(client: TestClient, params: dict[str, object]) -> list[dict[str, str]]:
    response = client.get("/export.csv", params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.text)))


@pytest.mark.parametrize("params", [
    {"q": "young people conflicts"},
    {"q": "mediation", "mode": "keyword"},
    {"theme": "youth"},
    {},
    {"sort": "title"},
])
def test_csv_rows_are_the_result_set_of_the_same_search(client: TestClient,
                                                        params: dict[str, object]) -> None:
    expected = _api_ids(client, params)
    rows = _csv_rows(client, params)
    assert expected and [row["id"] for row in rows] == expected
    assert "youth-draft" not in expected
    row = rows[0]
    assert row["objectives"] and row["source.file"] == f"{row['id']}.md"
    assert "budget.amount" in row and "start.year" in row


def test_exports_walk_every_page_of_the_search(client: TestClient,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(results, "PAGE_SIZE", 2)
    for params in ({}, {"q": "young people"}, {"sort": "title"}):
        expected = _api_ids(client, params)
        assert len(expected) > 2
        assert [row["id"] for row in _csv_rows(client, params)] == expected
        data = client.get("/export.json", params=params).json()
        assert [r["id"] for r in data["records"]] == expected


def test_a_filter_changes_the_export(client: TestClient) -> None:
    everything = {row["id"] for row in _csv_rows(client, {})}
    assert everything == {sheet[0] for sheet in SHEETS}
    france = [row["id"] for row in _csv_rows(client, {"country": "FR"})]
    assert sorted(france) == ["schools-paris", "youth-lyon"]
    two = {row["id"] for row in _csv_rows(client, {"country": ["FR", "ES"], "theme": "sport"})}
    assert two == {"youth-madrid"}


def test_json_export_holds_full_records_and_a_filename(client: TestClient) -> None:
    response = client.get("/export.json", params={"theme": "mediation"})
    assert response.status_code == 200
    assert response.headers["content-disposition"] == \
        'attachment; filename="practices-mediation.json"'
    data = response.json()
    assert data["total"] == data["count"] == 2
    record = next(r for r in data["records"] if r["id"] == "schools-paris")
    assert record["themes"] == ["schools", "mediation", "youth"]
    assert record["source"]["file"] == "schools-paris.md"
    assert record["sections"][0]["heading"] == "Objectives"
    assert record["publication"] == "published"


def test_csv_filename_names_the_search_and_empty_results_keep_the_header(
        client: TestClient) -> None:
    response = client.get("/export.csv", params={"q": "Jeunes à Lyon", "country": "MT"})
    assert response.headers["content-disposition"] == \
        'attachment; filename="practices-jeunes-a-lyon-mt.csv"'
    header = response.text.splitlines()
    assert len(header) == 1 and header[0].startswith("id,kind,title,")


def test_a_capped_result_set_says_so(client: TestClient,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(results, "RESULT_CAP", 3)
    data = client.get("/export.json").json()
    assert data["total"] == 6 and data["count"] == 3
    assert [r["id"] for r in data["records"]] == _api_ids(client, {})[:3]
    assert client.get("/export.csv").headers["x-result-total"] == "6"


def test_invalid_parameters_are_refused_like_the_search_page(client: TestClient) -> None:
    for url in ("/export.csv?country=France", "/export.json?theme=nope",
                "/feed.atom?year_min=abc", "/feed.atom?lang=xx", "/feed.atom?lang=sv"):
        assert client.get(url).status_code == 422, url


def test_atom_feed_is_the_result_set_newest_ingested_first(client: TestClient) -> None:
    query = "theme=youth&theme=seniors&lang=fr"
    response = client.get(f"/feed.atom?{query}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = etree.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    assert feed.findtext(f"{ATOM}id") == f"http://testserver/feed.atom?{query}"
    assert feed.findtext(f"{ATOM}title") == \
        "Répertoire de pratiques — Thème : Jeunesse, Seniors", "the feed's title is in its language"
    links = {link.get("rel"): link for link in feed.findall(f"{ATOM}link")}
    assert links["self"].get("href") == f"http://testserver/feed.atom?{query}"
    assert links["self"].get("type") == "application/atom+xml"
    assert links["alternate"].get("href") == f"http://testserver/?{query}"
    assert feed.findtext(f"{ATOM}author/{ATOM}name")
    assert feed.findtext(f"{ATOM}updated") == "2024-05-09T12:00:00+00:00"

    entries = feed.findall(f"{ATOM}entry")
    ids = [e.findtext(f"{ATOM}id").rsplit("/", 1)[1] for e in entries]
    assert ids == ["schools-paris", "youth-madrid", "youth-lyon", "seniors-gent"]
    assert set(ids) == set(_api_ids(client, {"theme": ["youth", "seniors"]}))
    first = entries[0]
    assert first.findtext(f"{ATOM}id") == "http://testserver/practices/schools-paris"
    assert first.find(f"{ATOM}link").get("href") == "http://testserver/practices/schools-paris"
    assert first.findtext(f"{ATOM}title") == "Conflict mediation in schools"
    assert first.findtext(f"{ATOM}updated") == "2024-05-09T12:00:00+00:00"
    assert first.findtext(f"{ATOM}summary").startswith("Pupils are trained"), \
        "a summary is the sheet's words, without a place glued before them"
    categories = {c.get("term"): c.get("label") for c in first.findall(f"{ATOM}category")}
    assert categories == {"schools": "École", "mediation": "Médiation",
                          "youth": "Jeunesse"}
    for entry in entries:  # every entry has what Atom 1.0 requires
        for tag in ("id", "title", "updated"):
            assert entry.findtext(f"{ATOM}{tag}"), (tag, etree.tostring(entry))


def test_atom_feed_of_a_query_never_shows_drafts(client: TestClient) -> None:
    feed = etree.fromstring(client.get("/feed.atom", params={"q": "youth mediation"}).content)
    ids = [e.findtext(f"{ATOM}id") for e in feed.findall(f"{ATOM}entry")]
    assert ids and "http://testserver/practices/youth-draft" not in ids
    empty = etree.fromstring(client.get("/feed.atom", params={"country": "MT"}).content)
    assert empty.findall(f"{ATOM}entry") == [] and empty.findtext(f"{ATOM}updated")


def test_atom_feed_title_and_labels_in_any_ui_language(client: TestClient) -> None:
    feed = etree.fromstring(client.get("/feed.atom?theme=youth&country=FR&lang=it").content)
    assert feed.findtext(f"{ATOM}title") == \
        "Repertorio delle pratiche — Tema: Giovani; Paese: Francia"
    labels = {c.get("label") for c in feed.iter(f"{ATOM}category")}
    assert "Giovani" in labels
    every = etree.fromstring(client.get("/feed.atom?lang=nl").content)
    assert every.findtext(f"{ATOM}title") == "Praktijkendatabank — alle praktijken"
