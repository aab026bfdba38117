"""Police ID sheets and resources in the browser: found by search, faceted by kind, their
own page layouts, a practice linking to a resource and back, and no serious axe finding."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.web.browser.conftest import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.timeout(600)]


def _total(page: Page) -> int:
    return int(re.sub(r"\D", "", page.locator("#total").inner_text()) or 0)


def _count(page: Page, facet: str, value: str) -> int:
    row = page.locator(f"#facet-{facet} li", has=page.locator(
        f"input[type=checkbox][value='{value}']"))
    return int(row.locator(".count").inner_text())


def _tick(page: Page, facet: str, value: str) -> None:
    box = page.locator(f"#facet-{facet} input[type=checkbox][value='{value}']")
    if not box.is_visible():
        page.locator(f"#facet-{facet} details.more summary").click()
    with page.expect_navigation():
        box.check()


def _search(page: Page, server_url: str, words: str) -> None:
    page.goto(server_url + "/")
    page.get_by_label("Search practices").fill(words)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_an_id_sheet_is_found_and_faceted_by_kind(page: Page, server_url: str) -> None:
    _search(page, server_url, "police force with a counter-terrorism unit")
    titles = page.locator(".hit h3").all_inner_texts()
    assert "Metropolitan Police Service (London)" in titles[:5], titles
    expected = _count(page, "kind", "id_sheet")
    _tick(page, "kind", "id_sheet")
    assert parse_qs(urlsplit(page.url).query)["kind"] == ["id_sheet"]
    assert _total(page) == expected == page.locator(".hit").count() == 2
    badges = page.locator(".hit .badge:not(.lang)").all_inner_texts()
    assert badges == ["Police ID sheet"] * 2, badges
    # the competencies facet appears for ID sheets; its count is what ticking shows
    public_order = _count(page, "competency", "public_order")
    _tick(page, "competency", "public_order")
    assert _total(page) == public_order > 0


def test_a_resource_is_found_and_faceted_by_kind_and_type(page: Page,
                                                          server_url: str) -> None:
    _search(page, server_url, "toolkit for sharing hospital data on violence")
    expected = _count(page, "kind", "resource")
    _tick(page, "kind", "resource")
    assert _total(page) == expected == page.locator(".hit").count()
    assert "Cardiff Model Toolkit – community guidance for violence prevention" in \
        page.locator(".hit h3").all_inner_texts()
    tools = _count(page, "resource_type", "tool")
    _tick(page, "resource_type", "tool")
    assert _total(page) == tools == 1


def test_a_practice_links_to_a_resource_and_back(page: Page, server_url: str) -> None:
    page.goto(server_url + "/practices/cardiff-model")
    aside = page.locator("aside.facts")
    expect(aside.get_by_role("heading", name="Resources")).to_be_visible()
    with page.expect_navigation():
        aside.locator("ul.linked").get_by_role(
            "link", name=re.compile("Cardiff Model Toolkit")).click()
    assert urlsplit(page.url).path == "/practices/cardiff-model-toolkit"
    card = page.locator("section.resource")
    expect(card.get_by_role("heading", name="About this resource")).to_be_visible()
    expect(card.get_by_role("link", name="Tool")).to_be_visible()
    expect(card.get_by_text("PDF, online")).to_be_visible()
    with page.expect_navigation():
        page.locator("aside.facts ul.linked").get_by_role(
            "link", name="The Cardiff Model for violence prevention").click()
    assert urlsplit(page.url).path == "/practices/cardiff-model"


def test_a_link_written_only_on_the_resource_shows_on_the_practice(page: Page,
                                                                   server_url: str) -> None:
    page.goto(server_url + "/practices/efus-forum-europeen")
    links = page.locator("aside.facts ul.linked a")
    expect(links.first).to_be_visible()
    assert any("Méthodes et outils" in t for t in links.all_inner_texts())


def test_an_id_sheet_page_shows_the_force_profile(page: Page, server_url: str) -> None:
    page.goto(server_url + "/practices/id-metropolitan-police-service")
    profile = page.locator("section.profile")
    expect(profile.get_by_role("heading", name="Force profile")).to_be_visible()
    expect(profile.get_by_text("30,000")).to_be_visible()
    with page.expect_navigation():
        profile.get_by_role("link", name="Counter-terrorism").click()
    assert parse_qs(urlsplit(page.url).query)["competency"] == ["counter_terrorism"]
    assert "Metropolitan Police Service (London)" in page.locator(".hit h3").all_inner_texts()


@pytest.mark.parametrize("path", ["/practices/id-metropolitan-police-service",
                                  "/practices/bundespolizei-deutschland?lang=de",
                                  "/practices/cardiff-model-toolkit",
                                  "/practices/cardiff-model",
                                  "/?kind=id_sheet", "/?kind=resource&lang=fr"])
def test_no_serious_accessibility_violation_on_the_new_pages(browser: Browser,
                                                             server_url: str,
                                                             path: str) -> None:
    context = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(server_url + path)
    assert serious_violations(page) == []
    context.close()
