"""A warmed reader has every format's parser loaded in its worker before the first file
(the first upload of a PDF on a fresh server used to wait for the worker and pypdf)."""

from __future__ import annotations

import sys

from repository.config import Settings
from repository.ingest.pipeline import SheetReader
from tests.conftest import SHEETS

LIBRARIES = ("pypdf", "docx", "trafilatura", "repository.ingest.readers.pdf",
             "repository.ingest.readers.html", "repository.ingest.readers.structured")


def loaded(names: tuple[str, ...]) -> list[str]:
    """Which of `names` the worker process has imported."""
    return [name for name in names if name in sys.modules]


def test_warm_loads_every_reader_in_the_worker_and_reading_still_works(
        settings: Settings) -> None:
    with SheetReader(settings) as reader:
        reader.warm()
        assert reader._pool is not None
        assert reader._pool.apply(loaded, (LIBRARIES,)) == list(LIBRARIES)
        sheet = SHEETS / "drug-consumption-room.md"
        practice, _ = reader.read_data(sheet.name, sheet.read_bytes())
        assert practice.title


def test_a_cold_worker_has_not_loaded_them(settings: Settings) -> None:
    """The check above can fail: a worker that only read Markdown lacks the PDF reader."""
    with SheetReader(settings) as reader:
        sheet = SHEETS / "drug-consumption-room.md"
        reader.read_data(sheet.name, sheet.read_bytes())
        assert reader._pool is not None
        assert "pypdf" not in reader._pool.apply(loaded, (LIBRARIES,))


def test_the_reading_worker_runs_at_a_lower_priority(settings: Settings) -> None:
    import os

    from repository.ingest.worker import WORKER_NICE

    with SheetReader(settings) as reader:
        niceness = reader.call("nice", os.nice, (0,))
    assert niceness == min(os.nice(0) + WORKER_NICE, 19)
