"""The glossary in Chromium on a real server: a theme's page in German lists its
practices and opens the faceted search with that theme ticked; the glossary's own
search; theme chips lead to it; no English left in Italian and Dutch; axe-core finds
no serious or critical violation on its pages."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.web.browser.conftest import serious_violations_at
from tests.web.browser.test_languages import UI_TEXT
from tests.web.i18n_check import english_left

pytestmark = [pytest.mark.browser, pytest.mark.timeout(600)]


def _number(text: str) -> int:
    found = re.search(r"\d[\d.\u202f\xa0 ]*", text)
    assert found, text
    return int(re.sub(r"\D", "", found.group()))


def test_a_theme_page_in_german_lists_its_practices_and_opens_the_facet(
        page: Page, server_url: str) -> None:
    page.goto(server_url + "/glossary/youth?lang=de")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.locator("h1")).to_have_text("Jugend")
    expect(page.locator("p.definition")).to_contain_text("Kinder, Jugendliche")
    count = page.locator(".glossary-practices p.count").inner_text()
    assert "Praxisbeispiel" in count and "dieses Thema" in count, count
    total = _number(count)
    listed = page.locator("ul.practices li a")
    assert listed.count() == min(total, 5) > 0

    with page.expect_navigation():
        page.locator("a.open-search").click()
    assert "theme=youth" in page.url
    expect(page.locator("html")).to_have_attribute("lang", "de")  # the cookie kept German
    expect(page.locator("#facet-theme input[value=youth]")).to_be_checked()
    assert _number(page.locator("#total").inner_text()) == total
    assert page.locator(".hit").count() == min(total, 10)


def test_the_glossary_search_and_a_concept_page(page: Page, server_url: str) -> None:
    page.goto(server_url + "/glossary?lang=de")
    page.locator("#gq").fill("delinquance juvenile")  # French, without its accents
    with page.expect_navigation():
        page.keyboard.press("Enter")
    link = page.locator(".glossary-concepts a", has_text="Jugendkriminalität")
    expect(link).to_be_visible()
    with page.expect_navigation():
        link.click()
    expect(page.locator("h1")).to_have_text("Jugendkriminalität")
    expect(page.locator(".glossary-languages dd[lang=fr] strong")).to_have_text(
        "délinquance juvénile")
    related = page.locator("ul.related a", has_text="Jugend").first
    with page.expect_navigation():
        related.click()
    assert page.url.split("?")[0].endswith("/glossary/youth")


def test_a_theme_chip_leads_to_its_glossary_page(page: Page, server_url: str) -> None:
    page.goto(server_url + "/?q=youth&lang=nl")
    chip = page.locator(".hit ul.chips a").first
    label = chip.inner_text()
    with page.expect_navigation():
        chip.click()
    assert "/glossary/" in page.url
    expect(page.locator("h1")).to_have_text(label)
    page.goto(server_url + "/practices/aarhus-model")
    gloss = page.locator("ul.chips a.gloss").first
    with page.expect_navigation():
        gloss.click()
    assert "/glossary/" in page.url and page.locator(".glossary-practices").count() == 1


def test_glossary_pages_fit_a_phone(browser: Browser, server_url: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    phone = context.new_page()
    for path in ("/glossary?lang=pt", "/glossary/youth?lang=de", "/glossary/eurovoc-375"):
        phone.goto(server_url + path)
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390, path
    context.close()


@pytest.mark.parametrize(("path", "locale"), [("/glossary?lang=it", "it"),
                                              ("/glossary/youth?lang=nl", "nl"),
                                              ("/glossary/eurovoc-375?lang=it", "it")])
def test_the_glossary_has_no_english_left(page: Page, server_url: str, path: str,
                                          locale: str) -> None:
    page.goto(server_url + path)
    expect(page.locator("html")).to_have_attribute("lang", locale)
    left = english_left(page.evaluate(UI_TEXT), locale)
    assert not left, left


@pytest.mark.parametrize("path", ["/glossary", "/glossary?q=jeunes&lang=fr",
                                  "/glossary/youth?lang=de", "/glossary/eurovoc-375",
                                  "/glossary/no-such-term?lang=de"])
def test_glossary_pages_have_no_serious_accessibility_violation(browser: Browser,
                                                                server_url: str,
                                                                path: str) -> None:
    status, serious = serious_violations_at(browser, server_url + path)
    assert status == (404 if "no-such" in path else 200), path
    assert not serious, serious
