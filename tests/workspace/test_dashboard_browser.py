"""The dashboard's charts in Chromium: drawn after a search found nothing, no serious
accessibility violation (axe-core)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from bench.server import start_server, stop_server
from tests.conftest import ROOT, SHEETS
from tests.web.browser.conftest import AXE, serious_violations
from tests.workspace.conftest import ADMIN

if TYPE_CHECKING:
    from playwright.sync_api import Browser

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser, pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's Chromium is not installed"),
]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    env = {**os.environ, "REPOSITORY_DATA_DIR": str(tmp_path / "var")}
    env.pop("QDRANT_URL", None)
    done = subprocess.run([sys.executable, "-m", "repository", "ingest", str(SHEETS)],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    started = start_server(tmp_path / "var", ready="/workspace/login",
                           log=tmp_path / "serve.log",
                           env={"REPOSITORY_ADMIN_EMAIL": ADMIN[0],
                                "REPOSITORY_ADMIN_PASSWORD": ADMIN[1]}, timeout_s=120)
    try:
        yield started.url
    finally:
        stop_server(started)


def test_the_dashboard_charts_are_accessible(server: str, chromium: Browser) -> None:
    if not AXE.exists():
        pytest.skip(f"axe-core is not installed at {AXE}")
    context = chromium.new_context(locale="en-GB", bypass_csp=True)  # to inject axe
    try:
        page = context.new_page()
        page.set_default_timeout(60_000)
        page.goto(f"{server}/?q=zzqx+unfindable+words&mode=keyword")
        page.goto(f"{server}/workspace/login")
        page.fill("#email", ADMIN[0])
        page.fill("#password", ADMIN[1])
        with page.expect_navigation():
            page.click("button:has-text('Sign in')")
        page.goto(f"{server}/workspace")
        titles = page.locator("svg.bars > title").all_text_contents()
        assert {"Sheets by status", "Sheets by language", "Searches that found nothing"} \
            <= set(titles)
        serious = serious_violations(page)
    finally:
        context.close()
    assert not serious, serious
