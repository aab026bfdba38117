"""What a person does in the browser: search, tick countries, read, go back, export, tab."""

from __future__ import annotations

import csv
import io
import json
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.web.browser.conftest import serious_violations_at

pytestmark = [pytest.mark.browser, pytest.mark.timeout(600)]


def _total(page: Page) -> int:
    return int(re.sub(r"\D", "", page.locator("#total").inner_text()) or 0)


def _counts(page: Page, facet: str) -> dict[str, int]:
    rows = page.locator(f"#facet-{facet} li")
    out = {}
    for i in range(rows.count()):
        row = rows.nth(i)
        box = row.locator("input[type=checkbox]")
        if box.count():
            out[box.get_attribute("value") or ""] = int(row.locator(".count").inner_text())
    return out


def _tick(page: Page, facet: str, value: str) -> None:
    box = page.locator(f"#facet-{facet} input[type=checkbox][value='{value}']")
    if not box.is_visible():
        page.locator(f"#facet-{facet} details.more summary").click()
    with page.expect_navigation():
        box.check()


def test_query_two_countries_practice_and_back(page: Page, server_url: str) -> None:
    page.goto(server_url + "/")
    everything = _total(page)
    page.get_by_label("Search practices").fill("violence against women")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    queried = _total(page)
    assert 0 < queried <= everything
    countries = _counts(page, "country")
    assert {"FR", "ES"} <= set(countries), countries
    languages_before = _counts(page, "language")

    _tick(page, "country", "FR")
    _tick(page, "country", "ES")
    params = parse_qs(urlsplit(page.url).query)
    assert params["country"] == ["FR", "ES"] and params["q"] == ["violence against women"]
    filtered = _total(page)
    # facet counts count sheets, the total counts practices (language versions collapse)
    assert 0 < filtered <= countries["FR"] + countries["ES"] and filtered < queried
    assert _counts(page, "country") == countries, "a facet's own ticks keep its counts"
    assert _counts(page, "language") != languages_before, "other facets count the new set"
    places = page.locator(".hit .place").all_inner_texts()
    assert places and all(p.endswith(("France", "Spain")) for p in places), places
    expect(page.locator(".chips.removable a", has_text="Country: France")).to_be_visible()

    first = page.locator(".hit h3 a").first
    title = first.inner_text()
    first.click()
    expect(page.locator("h1")).to_have_text(title)
    expect(page.locator("aside.facts")).to_contain_text("Facts")
    page.go_back()
    expect(page.locator("#total")).to_contain_text(str(filtered))
    assert page.locator("#facet-country input[value=FR]").is_checked()
    assert page.locator("#facet-country input[value=ES]").is_checked()
    assert page.get_by_label("Search practices").input_value() == "violence against women"


def test_csv_export_is_the_filtered_set(page: Page, server_url: str) -> None:
    page.goto(server_url + "/?q=violence+against+women&country=FR&country=ES&per_page=50")
    shown = page.locator(".hit h3 a").evaluate_all(
        "links => links.map(a => a.getAttribute('href').split('/').pop())")
    href = page.get_by_role("link", name="CSV", exact=True).get_attribute("href")
    assert href == "/export.csv?q=violence+against+women&country=FR&country=ES"
    response = page.request.get(server_url + href)
    assert response.status == 200, f"/export.csv answered {response.status}"
    rows = list(csv.DictReader(io.StringIO(response.text())))
    assert rows and {r["country"] for r in rows} <= {"FR", "ES"}
    assert set(shown) <= {r["id"] for r in rows}
    as_json = page.request.get(server_url + page.get_by_role("link", name="JSON", exact=True)
                               .get_attribute("href"))
    assert as_json.status == 200
    assert len(rows) >= len(shown) and json.loads(as_json.text())


def test_keyboard_alone_reaches_every_facet(page: Page, server_url: str) -> None:
    page.goto(server_url + "/")
    facets = set(page.locator("section.facet").evaluate_all("s => s.map(x => x.id)"))
    assert len(facets) >= 8, facets
    reached: set[str] = set()
    outlines: set[str] = set()
    for _ in range(400):
        page.keyboard.press("Tab")
        where = page.evaluate("""() => {
            const el = document.activeElement;
            const facet = el && el.closest('section.facet');
            const style = el && getComputedStyle(el);
            return [facet ? facet.id : '', style ? style.outlineStyle : 'none'];
        }""")
        if where[0]:
            reached.add(where[0])
            outlines.add(where[1])
        if reached == facets:
            break
    assert reached == facets
    assert "none" not in outlines, "focus is visible"
    box = page.locator("#facet-country input[type=checkbox]").first
    box.focus()
    with page.expect_navigation():
        page.keyboard.press("Space")
    assert "country=" in page.url


def test_phone_width_has_no_sideways_scroll(browser: Browser, server_url: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    phone = context.new_page()
    phone.goto(server_url + "/?q=youth")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    phone.goto(server_url + "/practices/aarhus-model")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


@pytest.mark.parametrize("path", ["/?q=youth&country=FR&country=DK",
                                  "/?q=nothing+like+this&country=IE", "/practices/aarhus-model",
                                  "/compare?id=aarhus-model&id=escolhas-pt"
                                  "&id=halt-een-alternatief-voor-justitie-bij-jeugdcriminaliteit",
                                  "/?lang=fr"])
def test_no_serious_accessibility_violations(browser: Browser, server_url: str,
                                              path: str) -> None:
    _, serious = serious_violations_at(browser, server_url + path)
    assert not serious, serious
