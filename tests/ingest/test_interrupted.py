"""A batch killed half-way leaves a consistent store, and running it again finishes it."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from repository.config import Settings
from repository.search.embedder import Embedder
from repository.search.index import Filter
from repository.search.store import Store
from tests.conftest import CORPUS


def test_killed_ingest_is_finished_by_running_it_again(tmp_path: Path, embedder: Embedder
                                                       ) -> None:
    sheets = tmp_path / "sheets"
    shutil.copytree(CORPUS / "en", sheets)
    total = sum(1 for p in sheets.iterdir() if p.suffix in {".md", ".txt", ".html", ".pdf",
                                                              ".docx", ".json"})
    data_dir = tmp_path / "var"
    env = {**os.environ, "REPOSITORY_DATA_DIR": str(data_dir),
           "REPOSITORY_EMBEDDING_MODEL": embedder.name}  # the model that built it
    worker = subprocess.Popen([sys.executable, "-m", "repository", "ingest", str(sheets),
                               "--verbose"],  # a line per file, to kill it half-way
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True)
    assert worker.stderr is not None
    done = 0
    deadline = time.monotonic() + 300
    while done < 1 and time.monotonic() < deadline:  # wait until the first batch is stored
        line = worker.stderr.readline()
        done += line.startswith("✓")
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    worker.stderr.close()

    with Store.open(Settings(data_dir=data_dir), embedder) as store:
        partial = store.index.count(Filter())
        assert 0 < partial < total
        for payload, _ in [store.index.scroll(Filter(), 100)]:
            for row in payload:  # every stored point is whole: record, vectors' payload, hash
                assert row["record"]["title"] and row["content_hash"] and row["passages"]

    rerun = subprocess.run([sys.executable, "-m", "repository", "ingest", str(sheets), "--json"],
                           env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    report = json.loads(rerun.stdout)
    statuses = [item["status"] for item in report["ingested"]]
    assert statuses.count("unchanged") == partial
    assert statuses.count("added") == total - partial
    with Store.open(Settings(data_dir=data_dir), embedder) as store:
        assert store.index.count(Filter()) == total
