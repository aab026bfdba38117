"""The map and the timeline in a real browser: a country is its checkbox, a bar a range."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

import pytest
from playwright.sync_api import Page

pytestmark = [pytest.mark.browser, pytest.mark.timeout(600)]
START = "/?q=youth"


def _state(page: Page) -> tuple[list[tuple[str, str]], int, list[str]]:
    """The URL's parameters (order aside), the total and the hits shown."""
    params = sorted(parse_qsl(urlsplit(page.url).query))
    total = int(re.sub(r"\D", "", page.locator("#total").inner_text()) or 0)
    hits = page.locator("ol.hits > li a[href^='/practices/']").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))")
    return params, total, hits


INSIDE = """code => {
    const link = document.querySelector(`svg#map a[data-country='${code}']`);
    const path = link.querySelector('path'), box = path.getBBox(), m = path.getScreenCTM();
    for (let i = 1; i < 24; i++) for (let j = 1; j < 24; j++) {
        const x = box.x + box.width * i / 24, y = box.y + box.height * j / 24;
        if (!path.isPointInFill(new DOMPoint(x, y))) continue;
        const sx = m.a * x + m.c * y + m.e, sy = m.b * x + m.d * y + m.f;
        const hit = document.elementFromPoint(sx, sy);
        if (hit && hit.closest('a') === link) return [sx, sy];
    }
    return null;
}"""


def _click_country(page: Page, code: str) -> None:
    """A real mouse click on a point inside the country's shape (not a neighbour's)."""
    page.locator("svg#map").scroll_into_view_if_needed()
    point = page.evaluate(INSIDE, code)
    assert point, f"{code} has a visible point to click"
    with page.expect_navigation():
        page.mouse.click(point[0], point[1])


def test_clicking_a_country_is_ticking_its_checkbox(page: Page, server_url: str) -> None:
    page.goto(server_url + START)
    codes = page.locator("svg#map a[data-country]").evaluate_all(
        "links => links.map(a => a.dataset.country)")
    assert len(codes) >= 3, codes
    for code in codes[:3]:
        page.goto(server_url + START)
        _click_country(page, code)
        by_map = _state(page)
        assert ("country", code) in by_map[0]
        assert page.locator(f"svg#map a.selected[data-country='{code}']").count() == 1

        page.goto(server_url + START)
        box = page.locator(f"#facet-country input[type=checkbox][value='{code}']")
        if not box.is_visible():
            page.locator("#facet-country details.more summary").click()
        with page.expect_navigation():
            box.check()
        assert _state(page) == by_map, code


def test_a_timeline_bar_and_a_dragged_range_set_the_years(page: Page, server_url: str) -> None:
    page.goto(server_url + "/")
    years = [int(y) for y in page.locator("svg.timeline a[data-year]").evaluate_all(
        "links => links.map(a => a.dataset.year)")]
    assert len(years) >= 2, years
    with page.expect_navigation():
        page.locator(f"svg.timeline a[data-year='{years[0]}'] rect.bar").click()
    query = dict(parse_qsl(urlsplit(page.url).query))
    assert query["year_min"] == query["year_max"] == str(years[0])
    assert page.locator("#year_min").input_value() == str(years[0])

    page.goto(server_url + "/")
    first = page.locator(f"svg.timeline a[data-year='{years[0]}'] rect.bar").bounding_box()
    last = page.locator(f"svg.timeline a[data-year='{years[-1]}'] rect.bar").bounding_box()
    assert first and last
    page.mouse.move(first["x"] + first["width"] / 2, first["y"] + first["height"] - 1)
    page.mouse.down()
    page.mouse.move(last["x"] + last["width"] / 2, last["y"] + last["height"] - 1, steps=8)
    with page.expect_navigation():
        page.mouse.up()
    query = dict(parse_qsl(urlsplit(page.url).query))
    assert (query["year_min"], query["year_max"]) == (str(years[0]), str(years[-1]))


def test_the_keyboard_reaches_every_map_link_and_follows_it(page: Page,
                                                            server_url: str) -> None:
    page.goto(server_url + START)
    codes = set(page.locator("svg#map a[data-country]").evaluate_all(
        "links => links.map(a => a.dataset.country)"))
    assert codes
    reached: set[str] = set()
    for _ in range(300):
        page.keyboard.press("Tab")
        code = page.evaluate("() => document.activeElement.dataset?.country || ''")
        if code:
            reached.add(code)
        if reached == codes:
            break
    assert reached == codes
    focused = page.evaluate("() => document.activeElement.dataset.country")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert ("country", focused) in parse_qsl(urlsplit(page.url).query)
