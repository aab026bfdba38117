"""The staff dashboard's charts: what each counts, and the bar chart's markup."""

from __future__ import annotations

from datetime import UTC, datetime
from xml.etree import ElementTree

from fastapi.testclient import TestClient
from lxml import html

from repository.web import charts
from repository.web.charts import Bar
from repository.web.staff import charts_view
from tests.workspace.conftest import ADMIN, sign_in

SVG = "{http://www.w3.org/2000/svg}"
SHEETS = [
    {"status": "published", "record": {"language": "fr", "title": "A", "city": "Lyon"}},
    {"status": "published", "record": {"language": "fr", "title": "B"}},
    {"status": "draft", "record": {"language": "de", "title": "C"}},
    {"status": "deleted", "record": {"language": "nl", "title": "D"}},
]


def test_status_and_language_bars_count_the_sheets() -> None:
    assert [(b.label, b.value) for b in charts_view.status_bars(SHEETS, "en")] == [
        ("draft", 1), ("published", 2), ("deleted", 1)]
    assert [(b.label, b.value) for b in charts_view.language_bars(SHEETS, "fr")] == [
        ("Français", 2), ("Allemand", 1)]  # a deleted sheet is not counted


def test_zero_result_queries_are_grouped_as_folded_and_ranked() -> None:
    log = [{"q": "Vélo nuit", "total": 0}, {"q": "velo  NUIT", "total": 0},
           {"q": "drones", "total": 0}, {"q": "drones", "total": 3}, {"q": "", "total": 0}]
    assert [(b.label, b.value) for b in charts_view.zero_result_bars(log)] == [
        ("Vélo nuit", 2), ("drones", 1)]


def test_missing_fields_are_counted_over_sheets_not_deleted() -> None:
    bars = {b.label: b.value for b in charts_view.missing_bars(SHEETS, "en")}
    assert bars and all(0 < n <= 3 for n in bars.values())
    assert max(bars.values()) == 3  # a field none of the three live sheets has


def test_a_bar_chart_is_an_image_whose_description_holds_every_number() -> None:
    bars = [Bar("Published", 12), Bar("A query longer than twenty characters", 3)]
    root = ElementTree.fromstring(str(charts.bar_chart(bars, "Sheets & more", "c1")))
    assert root.get("role") == "img" and root.get("aria-labelledby") == "c1-title c1-desc"
    assert root.find(f"{SVG}title").text == "Sheets & more"
    assert root.find(f"{SVG}desc").text == \
        "Published: 12; A query longer than twenty characters: 3"
    widths = [float(r.get("width")) for r in root.iter(f"{SVG}rect")]
    assert widths[0] == 4 * widths[1]
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "12" in texts and "A query longer th…" in texts
    assert charts.bar_chart([], "t", "c") == ""


def test_the_dashboard_shows_its_charts_in_the_ui_language(app_client: TestClient) -> None:
    sign_in(app_client, *ADMIN)
    page = app_client.get("/workspace?lang=de").text
    root = html.fromstring(page)
    titles = [t.text for t in root.xpath("//svg[@role='img']/*[local-name()='title']")]
    assert "Einträge nach Status" in titles and "Einträge nach Sprache" in titles


def test_sheets_added_are_counted_per_month_by_language_and_the_undated_said() -> None:
    sheets = [
        {"status": "published", "created_at": "2026-01-05T10:00:00+00:00",
         "record": {"language": "fr", "source": {"ingested_at": "2025-06-01T00:00:00Z"}}},
        {"status": "draft", "created_at": "",
         "record": {"language": "de", "source": {"ingested_at": "2026-03-02T08:00:00Z"}}},
        {"status": "published", "record": {"language": "fr",
                                           "source": {"ingested_at": "2026-03-31T23:00:00"}}},
        {"status": "published", "created_at": "", "record": {"language": "nl"}},  # no date
        {"status": "deleted", "created_at": "2026-02-01T00:00:00", "record": {"language": "nl"}},
    ]
    root = ElementTree.fromstring(str(charts_view.added_chart(sheets, "Added", "c", "en")))
    assert root.find(f"{SVG}desc").text == (
        "2026-01: French 1; 2026-02: 0; 2026-03: French 1, German 1."
        " 1 sheet without a date is left out.")
    legend = [t.text for t in root.iter(f"{SVG}text")]
    assert "French" in legend and "German" in legend and "Dutch" not in legend
    fr = {r.get("fill") for r in root.iter(f"{SVG}rect")
          if "French" in (getattr(r.find(f"{SVG}title"), "text", "") or "")}
    assert len(fr) == 1  # one colour per language, in every column
    assert charts_view.added_chart(sheets[3:], "Added", "c", "en") == ""


def test_the_dashboard_draws_the_sheets_added_this_month(app_client: TestClient) -> None:
    month = datetime.now(UTC).strftime("%Y-%m")  # the fixture ingested its two sheets now
    sign_in(app_client, *ADMIN)
    root = html.fromstring(app_client.get("/workspace?lang=de").text)
    svg = root.get_element_by_id("chart-added-caption").getparent().find("svg")
    assert svg.get("aria-labelledby") == "chart-added-title chart-added-desc"
    assert root.get_element_by_id("chart-added-title").text == \
        "Hinzugefügte Einträge im Zeitverlauf, nach Sprache"
    # one column, the languages stacked in the catalogs' order (en, fr, es, it, de, pt, nl)
    assert root.get_element_by_id("chart-added-desc").text == \
        f"{month}: Englisch 1, Französisch 1."
