"""A real server process over a small ingested corpus, and a headless Chromium to drive it.

The session ingests SUBSET (25 sheets, 7 languages, 10 countries; two police ID sheets
and two resources among them, one linked to a practice both ways) with the CLI into a
temporary data dir, then starts `repository serve` on a free port and waits until it
answers (`bench.server.start_server`). Every browser test is skipped when Debian's
Chromium is not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from bench.server import start_server, stop_server
from tests.conftest import CORPUS, ROOT

CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / ".ci" / "node" / "node_modules" / "axe-core" / "axe.min.js"
SUBSET = (
    "en/aarhus-model.md", "en/ask-for-angela.md", "en/glasgow-violence-reduction-unit.md",
    "en/kiva-anti-bullying-programme.md", "en/garda-youth-diversion-projects.md",
    "fr/modele-aarhus.md", "fr/efus-forum-europeen.md", "fr/telephone-grave-danger.md",
    "fr/videoprotection-nice.md", "fr/points-violets-barcelone.md", "fr/saf-ti-liege.md",
    "es/punts-lila-barcelona.md", "es/plan-director-convivencia-escolar.md",
    "es/viogen-violencia-genero.md", "es/programa-escolhas-portugal.md",
    "de/frankfurter-weg-de.md", "de/exit-deutschland-de.md",
    "it/poliziotto-di-quartiere.md", "nl/halt-jeugd-nl.md", "pt/escolhas-pt.md",
    "en/cardiff-model.md", "en/cardiff-model-toolkit.md",
    "en/id-metropolitan-police-service.md", "de/id-bundespolizei.html",
    "fr/methodes-outils-securite-urbaine-efus.md",
)
STARTUP_S = 180


@pytest.fixture(scope="session")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of `repository serve` over the subset, stopped after the session."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    root = tmp_path_factory.mktemp("browser")
    sheets = root / "sheets"
    for name in SUBSET:
        target = sheets / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CORPUS / name, target)
    env = {**os.environ, "REPOSITORY_DATA_DIR": str(root / "var")}
    env.pop("QDRANT_URL", None)
    cli = [sys.executable, "-m", "repository"]
    ingest = subprocess.run([*cli, "ingest", str(sheets)], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=600)
    assert ingest.returncode == 0, ingest.stdout + ingest.stderr
    server = start_server(root / "var", ready="/", log=root / "server.log",
                          timeout_s=STARTUP_S)
    try:
        yield server.url
    finally:
        stop_server(server, timeout_s=20)


@pytest.fixture(scope="session")
def browser(server_url: str, chromium: Browser) -> Browser:
    """Headless Debian Chromium (shared with the other browser tests), once the server runs."""
    return chromium


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh page in English at desktop width."""
    context = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.set_default_timeout(60_000)  # two shared cores: a search can be slow
    yield opened
    context.close()


def serious_violations(page: Page) -> list[tuple[str, str, list[object]]]:
    """axe-core's serious and critical violations on the page as it stands (its context
    needs `bypass_csp=True`, so that axe itself can be injected): rule, impact, the first
    three targets; skips the test without axe-core."""
    if not AXE.exists():
        pytest.skip(f"axe-core is not installed at {AXE}")
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate("async () => await axe.run(document)")
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


def serious_violations_at(browser: Browser, url: str) -> tuple[int | None, list]:
    """The HTTP status of `url` and axe-core's serious and critical violations on it, in
    a context of its own that lets axe be injected; skips the test without axe-core."""
    if not AXE.exists():
        pytest.skip(f"axe-core is not installed at {AXE} "
                    "(npm install --no-save --prefix .ci/node axe-core@4.14.1)")
    context = browser.new_context(bypass_csp=True)
    try:
        page = context.new_page()
        response = page.goto(url)
        return (response.status if response else None), serious_violations(page)
    finally:
        context.close()

