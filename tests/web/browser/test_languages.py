"""The UI switched to Italian and to Dutch in Chromium: no English left on the search
page (a check over the rendered text), place names in the UI language, and axe-core
still finding no serious or critical violation on the translated pages."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.web.browser.conftest import serious_violations_at
from tests.web.i18n_check import SHARED, english_left

pytestmark = [pytest.mark.browser, pytest.mark.timeout(600)]

# The page's UI text as a person (or a screen reader) gets it: visible text, visually
# hidden text, and the labels of controls; minus a sheet's own words, which the page
# marks with the sheet's language even when it is the UI's (lang=…: a title, snippet,
# headings; an Italian sheet may say "community policing", a Dutch one "over"), and
# names (translate="no").
UI_TEXT = """() => {
  const skip = (el) => {
    if (!el || el.closest('[translate="no"], script, style')) { return true; }
    const tagged = el.closest('[lang]');
    return tagged !== null && tagged !== document.documentElement;
  };
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    if (!skip(walker.currentNode.parentElement)) { out.push(walker.currentNode.nodeValue); }
  }
  for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
    if (skip(el)) { continue; }
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
      if (el.hasAttribute(name)) { out.push(el.getAttribute(name)); }
    }
  }
  return out.join(' ');
}"""

LANGUAGES = {"it": "Italiano", "nl": "Nederlands"}
QUERIES = {"it": "violenza giovanile a scuola", "nl": "jongeren en geweld"}


def _switch(page: Page, server_url: str, locale: str) -> None:
    """Open the English search page and pick the language in the header."""
    page.goto(server_url + "/?q=youth")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    with page.expect_navigation():
        page.locator("nav.lang").get_by_role("link", name=LANGUAGES[locale]).click()
    expect(page.locator("html")).to_have_attribute("lang", locale)


def _left(page: Page, locale: str) -> set[str]:
    return english_left(page.evaluate(UI_TEXT), locale)


@pytest.mark.parametrize("locale", ["it", "nl"])
def test_the_search_page_has_no_english_left(page: Page, server_url: str,
                                             locale: str) -> None:
    _switch(page, server_url, locale)
    assert not _left(page, locale), "the page the switch opens"
    page.goto(server_url + "/")  # the cookie keeps the choice
    expect(page.locator("html")).to_have_attribute("lang", locale)
    assert not _left(page, locale), "browsing every sheet, all facets"

    page.locator("#q").fill(QUERIES[locale])
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator(".hit").count() > 0
    assert not _left(page, locale), "a query's hits, snippets and facets"
    box = page.locator("#facet-country input[type=checkbox]").first
    with page.expect_navigation():
        box.check()
    assert page.locator(".chips.removable li").count() >= 2  # a chip and "clear all"
    assert not _left(page, locale), "with a ticked filter and its chip"

    page.goto(server_url + "/?q=zzkx+qqwv+nothing+here&country=IE")
    assert not _left(page, locale), "a search that finds nothing"


def test_the_check_sees_english_the_page_would_show(page: Page, server_url: str) -> None:
    page.goto(server_url + "/?lang=it")
    page.evaluate("""() => {
        document.querySelector('#results-heading').append(' found for your search');
        document.querySelector('#q').setAttribute('placeholder', 'Search practices');
    }""")
    assert {"found", "for", "your", "search", "practices"} <= _left(page, "it")


def test_places_read_in_the_ui_language(page: Page, server_url: str) -> None:
    page.goto(server_url + "/?q=punti+viola+Barcellona&lang=it")
    places = page.locator(".hit .place").all_inner_texts()
    assert "Barcellona, Spagna" in places, places
    page.goto(server_url + "/?q=Luik+kindermishandeling&lang=nl")
    assert any(p.startswith("Luik, België") for p in page.locator(".hit .place")
               .all_inner_texts())


def test_the_shared_words_are_few_and_justified() -> None:
    for locale, words in SHARED.items():
        assert len(words) <= 25, locale
        assert all(len(why) > 20 for why in words.values()), locale


@pytest.mark.parametrize("path", ["/?lang=it", "/?q=jongeren+en+geweld&country=NL&lang=nl",
                                  "/practices/halt-een-alternatief-voor-justitie-bij-jeugdcriminaliteit?lang=nl",
                                  "/practices/poliziotto-di-quartiere?lang=it",
                                  "/compare?id=aarhus-model&id=escolhas-pt&lang=it",
                                  "/practices/no-such-sheet?lang=nl"])
def test_translated_pages_have_no_serious_accessibility_violation(browser: Browser,
                                                                  server_url: str,
                                                                  path: str) -> None:
    status, serious = serious_violations_at(browser, server_url + path)
    assert status == (404 if "no-such" in path else 200), path
    assert not serious, serious
