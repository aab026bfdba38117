"""The demo's sample folder: which of its sheets still have to be ingested.

`repository demo` ingests the sample folder before serving. A first run can stop half
way (Ctrl+C, a crash, a parser that was not installed), leaving part of the sheets
stored. After every run a marker in the data dir records each sample file that was
ingested (its path in the folder and content hash), so the next start ingests what is
missing or changed instead of serving a partial store, and costs nothing once done.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from repository.config import Settings
from repository.ingest.pipeline import IngestReport, find_sheets

MARKER = "demo-samples.json"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _key(folder: Path, path: Path) -> str:
    return path.resolve().relative_to(folder.resolve()).as_posix()


def _done(settings: Settings, folder: Path) -> dict[str, str]:
    try:
        data = json.loads((settings.data_dir / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("folder") != str(folder.resolve()):
        return {}
    files = data.get("files")
    return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}


def pending(settings: Settings, folder: Path, stored: int) -> tuple[list[Path], int]:
    """The sample files not ingested yet (all of them when the store holds nothing), and
    how many sample files there are."""
    files = list(find_sheets([folder]))
    done = _done(settings, folder) if stored else {}
    return [p for p in files if done.get(_key(folder, p)) != _sha256(p)], len(files)


def mark_done(settings: Settings, folder: Path, report: IngestReport) -> None:
    """Record the files this run ingested (failed ones are tried again next time)."""
    done = _done(settings, folder)
    for result in report.ingested:
        path = Path(result.file)
        done[_key(folder, path)] = _sha256(path)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=settings.data_dir, prefix=".tmp-")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump({"folder": str(folder.resolve()), "files": dict(sorted(done.items()))}, handle,
                  indent=1)
    os.replace(tmp, settings.data_dir / MARKER)
