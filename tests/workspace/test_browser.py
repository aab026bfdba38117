"""A staff member in Chromium against a real `repository serve`: sign in, upload a DOCX
and a PDF, correct the country, publish, find the sheet in public search, edit it, see
the previous version, sign out; correct a normalised budget and evaluation kind on the
review page and find the corrected values in the search facets; in Italian: the
upload's status line while the server reads, a roomy review form with aligned labels
and a readable Delete, and no serious axe-core violation on the workspace pages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from bench.server import start_server, stop_server
from tests.workspace.conftest import ADMIN, INGEST_GOOD

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser, pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's Chromium is not installed"),
]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    started = start_server(tmp_path / "var", ready="/workspace/login", log=tmp_path / "serve.log",
                           env={"REPOSITORY_ADMIN_EMAIL": ADMIN[0],
                                "REPOSITORY_ADMIN_PASSWORD": ADMIN[1]}, timeout_s=120)
    try:
        yield started.url
    finally:
        stop_server(started)


def test_staff_upload_review_publish_edit_and_sign_out(server: str, chromium: Browser) -> None:
    from playwright.sync_api import expect

    context = chromium.new_context(locale="en-GB")
    try:
        page = context.new_page()
        page.set_default_timeout(60_000)
        page.goto(f"{server}/workspace")
        assert "/workspace/login" in page.url
        page.fill("#email", ADMIN[0])
        page.fill("#password", ADMIN[1])
        page.click("button:has-text('Sign in')")
        expect(page.locator("h1")).to_have_text("Dashboard")

        page.goto(f"{server}/workspace/upload")
        page.set_input_files("#files", [str(INGEST_GOOD / "fair-play-wien.docx"),
                                        str(INGEST_GOOD / "night-mediators-lyon.pdf")])
        page.click("button:has-text('Upload as drafts')")
        drafts = page.locator("ul.drafts > li")
        expect(drafts).to_have_count(2)
        page.click("ul.drafts a:has-text('night-mediators-in-lyon')")

        expect(page.locator(".status")).to_have_text("draft")
        page.select_option("#f-country", "BE")
        page.click("button:has-text('Save (new version)')")
        expect(page.locator("#f-country")).to_have_value("BE")
        page.click("button:has-text('Publish')")
        expect(page.locator(".status")).to_have_text("published")

        page.goto(f"{server}/?q=night+mediators+Lyon")
        expect(page.locator("a[href='/practices/night-mediators-in-lyon']")).to_be_visible()

        page.goto(f"{server}/workspace/sheets/night-mediators-in-lyon")
        page.fill("#f-summary", "Mediators keep the peace at night in Lyon's bar district.")
        page.click("button:has-text('Save (new version)')")
        page.click("a:has-text('versions')")
        expect(page.locator("table tbody tr")).to_have_count(4)  # upload, edit, publish, edit
        page.click("a:has-text('version 3')")  # the published version before this edit
        expect(page.locator("dl.record")).to_contain_text("BE")
        expect(page.locator("dl.record")).not_to_contain_text("bar district")

        page.click("button:has-text('Sign out')")
        assert "/workspace/login" in page.url
        page.goto(f"{server}/workspace")
        assert "/workspace/login" in page.url
    finally:
        context.close()


def _sign_in(page: Page, server: str) -> None:
    from playwright.sync_api import expect

    page.goto(f"{server}/workspace/login")
    page.fill("#email", ADMIN[0])
    page.fill("#password", ADMIN[1])
    page.click("button:has-text('Sign in')")
    expect(page.locator("h1")).to_have_text("Dashboard")


def test_corrected_budget_and_evaluation_reach_the_search_facets(server: str,
                                                                 chromium: Browser) -> None:
    from playwright.sync_api import expect

    context = chromium.new_context(locale="en-GB")
    try:
        page = context.new_page()
        page.set_default_timeout(60_000)
        _sign_in(page, server)
        page.goto(f"{server}/workspace/upload")
        page.set_input_files("#files", [str(INGEST_GOOD / "night-mediators-lyon.pdf")])
        page.click("button:has-text('Upload as drafts')")
        page.click("ul.drafts a:has-text('night-mediators-in-lyon')")

        # what extraction read: EUR 45.000 a year, evaluated by an outside body
        expect(page.locator("#f-budget_amount")).to_have_value("45000")
        expect(page.locator("#f-evaluation_kind")).to_have_value("external")
        page.fill("#f-budget_amount", "1 200 000")
        page.fill("#f-budget_eur", "")
        page.select_option("#f-evaluation_kind", "scientific")
        page.click("button:has-text('Save (new version)')")
        expect(page.locator("#f-budget_amount")).to_have_value("1200000")
        expect(page.locator("#f-budget_eur")).to_have_value("1200000")
        expect(page.locator("#fact-budget")).to_contain_text("a staff correction")
        expect(page.locator("#fact-evaluation_kind")).to_contain_text("a staff correction")
        page.click("button:has-text('Publish')")
        expect(page.locator(".status")).to_have_text("published")

        page.goto(f"{server}/?q=night+mediators+Lyon")
        budget = page.locator("#facet-budget li", has_text="over €1M")
        expect(budget.locator(".count")).to_have_text("1")
        expect(page.locator("#facet-budget li", has_text="€10k")).to_have_count(0)
        evaluation = page.locator("#facet-evaluation li", has_text="Scientific evaluation")
        expect(evaluation.locator(".count")).to_have_text("1")
        expect(page.locator("#facet-evaluation li", has_text="External")).to_have_count(0)
        budget.locator("a").click()
        expect(page.locator("a[href='/practices/night-mediators-in-lyon']")).to_be_visible()
    finally:
        context.close()


def _luminance(css: str) -> float:
    red, green, blue = (float(v) / 255 for v in re.findall(r"[\d.]+", css)[:3])

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def _contrast(foreground: str, background: str) -> float:
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_upload_shows_progress_and_the_review_form_is_roomy_in_italian(
        server: str, chromium: Browser) -> None:
    from playwright.sync_api import Route, expect

    from tests.web.browser.conftest import AXE, serious_violations

    context = chromium.new_context(locale="it-IT", viewport={"width": 1280, "height": 900},
                                   bypass_csp=True)  # to inject axe-core
    try:
        page = context.new_page()
        page.set_default_timeout(60_000)
        page.goto(f"{server}/workspace/login")
        expect(page.locator("h1")).to_have_text("Accesso per il personale")
        page.fill("#email", ADMIN[0])
        page.fill("#password", ADMIN[1])
        page.click("button:has-text('Accedi')")
        expect(page.locator("h1")).to_have_text("Cruscotto")

        page.goto(f"{server}/workspace/upload")
        expect(page.locator("#upload-note")).to_contain_text("qualche secondo per file")
        # the status line's every text, kept in sessionStorage: it outlives the page
        # that the upload's answer replaces
        page.evaluate("""() => {
            sessionStorage.setItem('shown', '[]');
            const box = document.getElementById('upload-progress');
            new MutationObserver(() => {
                const shown = JSON.parse(sessionStorage.getItem('shown'));
                shown.push(box.hidden ? '' : box.getAttribute('role') + ': '
                           + document.getElementById('upload-status').textContent);
                sessionStorage.setItem('shown', JSON.stringify(shown));
            }).observe(box, {attributes: true, childList: true, subtree: true,
                             characterData: true});
        }""")
        held: list[Route] = []  # the upload waits here, as a slow server would
        page.route("**/workspace/upload", lambda route: held.append(route)
                   if route.request.method == "POST" else route.continue_())
        page.set_input_files("#files", [str(INGEST_GOOD / "night-mediators-lyon.pdf")])
        page.click("#upload-submit", no_wait_after=True)
        # no evaluate while the request is held (it would wait for the navigation)
        for _ in range(50):
            page.wait_for_timeout(100)
            if held:
                break
        assert held, "the form was sent"
        page.wait_for_timeout(2500)  # the status ticks every second
        with page.expect_navigation():
            held[0].continue_()
        expect(page.locator("ul.drafts > li")).to_have_count(1)
        expect(page.locator("h2").first).to_have_text("Bozze create (1)")
        shown = page.evaluate("() => JSON.parse(sessionStorage.getItem('shown'))")
        assert shown[0] == "status: Invio di 1 file (2,4 kB)…", shown  # 2,390 bytes
        assert any(text.startswith("status: Lettura, controllo e indicizzazione di 1 file… ")
                   for text in shown), shown

        page.click("ul.drafts a")
        expect(page.locator(".status")).to_have_text("bozza")
        title = page.locator("#f-title").bounding_box()
        summary = page.locator("#f-summary").bounding_box()
        assert title and title["width"] >= 400 and title["height"] >= 38, title
        assert summary and summary["height"] >= 100, summary
        # every row's label starts at one edge and every field at another
        edges = page.evaluate("""() => [...document.querySelectorAll(
            '#edit-form .field > label, #edit-form .fact > label')].map(label => [
                Math.round(label.getBoundingClientRect().left),
                Math.round(document.getElementById(label.htmlFor)
                           .getBoundingClientRect().left)])""")
        assert len(edges) > 10, edges
        assert len({label for label, _ in edges}) == 1, edges
        assert len({field for _, field in edges}) == 1, edges
        delete = page.locator("button.danger", has_text="Elimina")
        colours = delete.evaluate("b => [getComputedStyle(b).color, "
                                  "getComputedStyle(b).backgroundColor]")
        assert _contrast(*colours) >= 4.5, colours
        if AXE.exists():
            assert not serious_violations(page), "the review page"
            for path in ("/workspace/upload", "/workspace", "/workspace/sheets"):
                page.goto(server + path)
                assert not serious_violations(page), path
    finally:
        context.close()


def test_an_id_sheet_and_a_resource_are_corrected_in_the_browser_in_dutch(
        server: str, chromium: Browser) -> None:
    """The review form of an ID sheet and of a resource: their own rows, labelled in Dutch,
    aligned like the others, saved as staff corrections, no serious axe-core violation."""
    from playwright.sync_api import expect

    from tests.web.browser.conftest import AXE, serious_violations

    data = Path(__file__).resolve().parents[2] / "data" / "practices" / "en"
    context = chromium.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900},
                                   bypass_csp=True)  # to inject axe-core
    try:
        page = context.new_page()
        page.set_default_timeout(60_000)
        page.goto(f"{server}/workspace/login")
        page.fill("#email", ADMIN[0])
        page.fill("#password", ADMIN[1])
        page.click("#email >> xpath=ancestor::form//button[@type='submit']")
        page.goto(f"{server}/workspace/upload")
        page.set_input_files("#files", [str(data / "id-metropolitan-police-service.md"),
                                        str(data / "cardiff-model-toolkit.md")])
        page.click("#upload-submit")
        expect(page.locator("ul.drafts > li")).to_have_count(2)

        page.goto(f"{server}/workspace/sheets/id-metropolitan-police-service")
        expect(page.locator("#l-competencies")).to_have_text("Bevoegdheden")
        expect(page.locator("label[for='f-personnel_count']")).to_have_text(
            "Personeel (aantal personen)")
        edges = page.evaluate("""() => [...document.querySelectorAll(
            '#edit-form .fact > label')].map(label => Math.round(
                document.getElementById(label.htmlFor).getBoundingClientRect().left))""")
        assert len(set(edges)) == 1, edges  # the new rows' fields line up with the others
        if AXE.exists():
            assert not serious_violations(page), "an ID sheet's review page"
        page.locator("#fact-competencies input[value='forensics']").check()
        page.fill("#f-personnel_count", "33000")
        page.click(".save-bar button")
        expect(page.locator("#fact-personnel_count")).to_have_class(re.compile("corrected"))
        expect(page.locator("#f-personnel_count")).to_have_value("33000")
        expect(page.locator("#fact-competencies input[value='forensics']")).to_be_checked()

        page.goto(f"{server}/workspace/sheets/cardiff-model-toolkit")
        expect(page.locator("label[for='f-resource_type']")).to_have_text("Soort hulpmiddel")
        if AXE.exists():
            assert not serious_violations(page), "a resource's review page"
        page.select_option("#f-resource_type", "guide")
        page.fill("#f-resource_languages", "Engels, es")
        page.click(".save-bar button")
        expect(page.locator("#fact-resource_type")).to_have_class(re.compile("corrected"))
        expect(page.locator("#f-resource_languages")).to_have_value("en, es")
    finally:
        context.close()
