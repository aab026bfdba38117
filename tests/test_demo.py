"""`repository demo` finishes what an interrupted first run left, prints a summary (not a
line per warning), then serves every sample sheet; a complete store starts at once."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from bench.server import free_port
from repository.config import Settings
from repository.ingest.pipeline import find_sheets, ingest
from repository.search.embedder import Embedder
from repository.search.store import Store
from tests.conftest import SHEETS

pytestmark = pytest.mark.slow  # starts the real command, which loads the model


def _sheets_served(url: str) -> int | None:
    try:
        with urllib.request.urlopen(f"{url}/api/search?q=&per_page=1", timeout=5) as answer:
            return int(json.load(answer)["sheets"])
    except OSError:
        return None


def run_demo(samples: Path, data_dir: Path, log: Path) -> tuple[int, str]:
    """Start the demo, wait until it serves, stop it: (sheets served, what it printed)."""
    port = free_port()
    env = {**os.environ, "REPOSITORY_DATA_DIR": str(data_dir), "COLUMNS": "100"}
    with log.open("w") as out:
        process = subprocess.Popen(
            [str(Path(sys.executable).with_name("repository")), "demo", "--data", str(samples),
             "--port", str(port)], env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 300
            while (served := _sheets_served(f"http://127.0.0.1:{port}")) is None:
                assert process.poll() is None, log.read_text()
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.5)
        finally:
            process.terminate()
            process.wait(timeout=30)
    return served, log.read_text()


def test_demo_finishes_an_interrupted_first_run_and_serves_every_sample(
        tmp_path: Path, default_embedder: Embedder) -> None:
    samples = tmp_path / "samples"
    shutil.copytree(SHEETS, samples)
    files = list(find_sheets([samples]))
    data_dir = tmp_path / "var"
    # an interrupted first run, with the model the demo uses (the default)
    with Store.open(Settings(data_dir=data_dir), default_embedder) as store:
        assert not ingest(files[:2], store).failed

    served, printed = run_demo(samples, data_dir, tmp_path / "first.log")
    assert served == len(files) == 6
    assert f"Finishing the sample sheets from {samples}: the store has 2 sheet(s)" in printed
    assert re.search(r"\b4\s*│\s*0\s*│\s*2\s*│\s*0\s*│\s*1\b", printed)  # added … warned
    assert "Ingest summary" in printed and "Traceback" not in printed
    assert not [line for line in printed.splitlines() if line.startswith("warning ")]
    assert "1 warning(s) on 1 sheet(s): sections kept as extra (1)." in printed

    served, printed = run_demo(samples, data_dir, tmp_path / "second.log")
    assert served == 6 and "sample sheets" not in printed  # nothing left to do
