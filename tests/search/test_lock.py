"""One process owns the embedded store; a second one gets a clear one-line error."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from repository.config import Settings
from repository.ingest.pipeline import ingest
from repository.search.embedder import Embedder
from repository.search.index import Filter
from repository.search.store import Store
from tests.conftest import SHEETS

HOLDER = """
import sys, time
from repository.config import Settings
from repository.search.store import Store
store = Store.open(Settings())
store.index.count(__import__("repository.search.index", fromlist=["Filter"]).Filter())
print("holding", flush=True)
time.sleep(float(sys.argv[1]))
store.close()
"""


def test_second_process_gets_a_clear_error_and_the_store_survives(
    tmp_path: Path, embedder: Embedder
) -> None:
    data_dir = tmp_path / "var"
    with Store.open(Settings(data_dir=data_dir), embedder) as store:
        ingest([SHEETS], store)
    env = {**os.environ, "REPOSITORY_DATA_DIR": str(data_dir),
           "REPOSITORY_EMBEDDING_MODEL": embedder.name}  # the model that built it
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, "60"], env=env,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "holding"
        started = time.monotonic()
        second = subprocess.run(
            [sys.executable, "-m", "repository", "search", "drugs", "--json"],
            env=env, capture_output=True, text=True, timeout=120)
        assert second.returncode == 2
        lines = second.stderr.strip().splitlines()
        assert len(lines) == 1, second.stderr
        assert lines[0].startswith(f"Error: the store {data_dir / 'store'} is in use")
        assert "QDRANT_URL" in lines[0] and "Traceback" not in second.stderr
        assert time.monotonic() - started < 60
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    with Store.open(Settings(data_dir=data_dir), embedder) as store:
        assert store.index.count(Filter()) == 6
