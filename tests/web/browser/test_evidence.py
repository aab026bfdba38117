"""The evidence facet and badge in the browser: ticking a level narrows the results to
practices at that level, each result and the practice page show the badge with what the
level means, and axe finds no serious or critical violation on either page."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.web.browser.conftest import serious_violations_at
from tests.web.browser.test_languages import UI_TEXT
from tests.web.i18n_check import english_left

pytestmark = [pytest.mark.browser, pytest.mark.timeout(600)]


def _total(page: Page) -> int:
    return int(re.sub(r"\D", "", page.locator("#total").inner_text()) or 0)


def test_ticking_an_evidence_level_narrows_the_results_and_shows_its_badge(
        page: Page, server_url: str) -> None:
    page.goto(server_url + "/")
    everything = _total(page)
    facet = page.locator("#facet-evidence")
    expect(facet.locator("h2")).to_have_text("Evidence")
    box = facet.locator("input[type=checkbox][value=experimental]")
    count = int(box.locator("xpath=..").locator(".count").inner_text())
    assert count >= 1
    with page.expect_navigation():
        box.check()
    assert "evidence=experimental" in page.url
    assert _total(page) == count < everything
    badges = page.locator(".hit .badge.evidence")
    assert badges.count() == page.locator(".hit").count()
    expect(badges.first).to_have_text("Evidence: Experimental (randomised)")
    assert "random" in (badges.first.get_attribute("title") or "")
    expect(page.locator(".chips.removable a", has_text="Evidence")).to_be_visible()

    page.locator(".hit h3 a").first.click()
    facts = page.locator("aside.facts")
    expect(facts.locator("dd#fact-evidence a")).to_have_text("Experimental (randomised)")
    expect(facts.locator("#fact-evidence-about")).to_contain_text("decided at random")
    expect(facts.locator("dd#fact-domains")).not_to_be_empty()


def test_the_facet_reads_in_the_ui_language(page: Page, server_url: str) -> None:
    page.goto(server_url + "/?lang=it&evidence=experimental")
    expect(page.locator("#facet-evidence h2")).to_have_text("Livello di evidenza")
    expect(page.locator(".hit .badge.evidence").first).to_have_text(
        "Livello di evidenza: Sperimentale (randomizzata)")


@pytest.mark.parametrize("locale", ["it", "nl"])
@pytest.mark.parametrize("path", ["/?evidence=experimental&evidence=outcome&evidence=descriptive",
                                  "/practices/kiva-anti-bullying-programme"])
def test_badges_and_their_meaning_leave_no_english(page: Page, server_url: str, locale: str,
                                                   path: str) -> None:
    page.goto(server_url + path + ("&" if "?" in path else "?") + f"lang={locale}")
    expect(page.locator(".badge.evidence").first).to_be_visible()
    assert not english_left(page.evaluate(UI_TEXT), locale)


@pytest.mark.parametrize("path", ["/?evidence=experimental&evidence=outcome",
                                  "/practices/kiva-anti-bullying-programme"])
def test_no_serious_accessibility_violations(browser: Browser, server_url: str,
                                              path: str) -> None:
    _, serious = serious_violations_at(browser, server_url + path)
    assert not serious, serious
