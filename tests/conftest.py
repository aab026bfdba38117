"""Shared fixtures: every data directory under tmp_path, the real bundled model once."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from repository.config import Settings
from repository.search.embedder import MINILM, Embedder
from repository.search.store import Store

if TYPE_CHECKING:
    from playwright.sync_api import Browser

ROOT = Path(__file__).resolve().parent.parent
SHEETS = ROOT / "tests" / "fixtures" / "sheets"
CHROMIUM = Path("/usr/bin/chromium")
CORPUS = ROOT / "data" / "practices"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The fuzz tests' counts (files per format, read, refused, uncaught) for the CI log."""
    from tests.fuzz import SEED, TALLIES

    if TALLIES:
        terminalreporter.write_sep("-", f"fuzz: damaged sample files (seed {SEED}, FUZZ_SEED)")
        for name, tally in TALLIES.items():
            terminalreporter.write_line(tally.line(name))


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads the developer's settings or store."""
    for name in [n for n in os.environ if n.startswith(("REPOSITORY_", "QDRANT_"))]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("REPOSITORY_DATA_DIR", str(tmp_path / "var"))


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The bundled English MiniLM, loaded once per session (plumbing and English tests)."""
    model = Embedder(MINILM)
    assert model.dim == 384
    return model


@pytest.fixture(scope="session")
def use_embedder() -> Embedder:
    """The bundled multilingual USE model, for tests about crossing languages."""
    model = Embedder("bundled:use-multilingual")
    assert model.dim == 512
    return model


@pytest.fixture(scope="session")
def default_embedder() -> Embedder:
    """The configured default model (multilingual), for tests about ranking."""
    return Embedder()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "var")


@pytest.fixture
def store(settings: Settings, embedder: Embedder) -> Iterator[Store]:
    with Store.open(settings, embedder) as opened:
        yield opened


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
                 ) -> Iterator[Store]:
    """The whole sample corpus in an embedded store, ingested once per session."""
    from repository.ingest.pipeline import ingest

    settings = Settings(data_dir=tmp_path_factory.mktemp("corpus") / "var")
    with Store.open(settings, embedder) as opened:
        report = ingest([CORPUS], opened)
        assert not report.failed, report.to_json()["failed"]
        yield opened


@pytest.fixture(scope="session")
def multilingual_corpus(tmp_path_factory: pytest.TempPathFactory, default_embedder: Embedder
                        ) -> Iterator[Store]:
    """The whole sample corpus embedded by the default model, ingested once per session."""
    from repository.ingest.pipeline import ingest

    settings = Settings(data_dir=tmp_path_factory.mktemp("corpus-default") / "var")
    with Store.open(settings, default_embedder) as opened:
        report = ingest([CORPUS], opened)
        assert not report.failed, report.to_json()["failed"]
        yield opened


@pytest.fixture(scope="session")
def chromium() -> Iterator[Browser]:
    """Headless Debian Chromium, one Playwright session for every browser test.

    Playwright's sync API allows a single session per process, so the browser test
    modules share this one instead of opening their own.
    """
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox", "--disable-gpu"])
        yield launched
        launched.close()
