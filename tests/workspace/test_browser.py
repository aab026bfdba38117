"""A staff member in Chromium against a real `repository serve`: sign in, upload a DOCX
and a PDF, correct the country, publish, find the sheet in public search, edit it, see
the previous version, sign out; correct a normalised budget and evaluation kind on the
review page and find the corrected values in the search facets."""

from __future__ import annotations

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
