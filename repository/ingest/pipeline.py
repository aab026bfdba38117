"""Ingest orchestration: files → RawSheet → Practice → store, with a per-file report.

The CLI (`ingest`) and the workspace's uploads share the steps: `SheetReader` parses
in a worker process, `keep_original` keeps the bytes by content hash, and the records
go to a `Sink` (the store's `put_many`).

A file that fails is reported with its reason and the batch goes on. Records are
written a batch at a time with idempotent upserts keyed by content hash, so a
batch interrupted anywhere is finished by running it again.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from repository.config import Settings
from repository.errors import RepositoryError, SheetError, UnreadableSheet
from repository.ingest.extract import extract
from repository.ingest.failures import damaged
from repository.ingest.furniture import read_raw_sheet
from repository.ingest.readers import SUFFIXES, preload
from repository.model import Practice, Source

BATCH = 16
# a folder's notes, and the labelled facts of eval/extraction.py (truth.json), are not sheets
SKIPPED_NAMES = ("readme", "license", "licence", "changelog", "truth")


class Sink(Protocol):
    """Where ingested records go: `search.store.Store` (ingest does not import search)."""

    settings: Settings

    def put_many(self, practices: Iterable[Practice]) -> Sequence[str]:
        """Store records; per record added, updated or unchanged."""
        ...


@dataclass
class FileResult:
    file: str
    id: str | None = None
    status: str | None = None  # added | updated | unchanged
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class IngestReport:
    results: list[FileResult] = field(default_factory=list)

    @property
    def ingested(self) -> list[FileResult]:
        return [r for r in self.results if r.error is None]

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.error is not None]

    def to_json(self) -> dict[str, object]:
        return {
            "ingested": [{"file": r.file, "id": r.id, "status": r.status,
                          "warnings": r.warnings} for r in self.ingested],
            "failed": [{"file": r.file, "error": r.error} for r in self.failed],
        }


def find_sheets(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named on the command line, and the sheets found under named folders."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and _is_sheet(child, path):
                    yield child
        else:
            yield path


def _is_sheet(path: Path, root: Path) -> bool:
    parts = path.relative_to(root).parts
    if any(p.startswith((".", "_")) for p in parts):
        return False
    if path.stem.lower() in SKIPPED_NAMES:
        return False
    return path.suffix.lower() in SUFFIXES


def read_practice(path: Path, settings: Settings) -> tuple[Practice, list[str], bytes]:
    """One file to a validated Practice, its warnings, and its bytes."""
    data = read_file(path, settings)
    practice, warnings = read_data(str(path), data, settings)
    return practice, warnings, data


def read_file(path: Path, settings: Settings) -> bytes:
    """A sheet file's bytes, refused over the size limit before it is read."""
    name = str(path)
    if not path.exists():
        raise UnreadableSheet(name, "no such file")
    size = path.stat().st_size
    if size > settings.max_file_mb * 1_000_000:
        raise UnreadableSheet(
            name, f"{size / 1_000_000:.1f} MB is over the {settings.max_file_mb:g} MB limit "
            "(REPOSITORY_MAX_FILE_MB)")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableSheet(name, f"cannot read the file: {exc.strerror}") from None


def read_data(name: str, data: bytes, settings: Settings) -> tuple[Practice, list[str]]:
    """A file's bytes to a validated Practice and its warnings. `name` is the file's
    name: its suffix breaks ties between text formats, and errors name it.

    Whatever reading, extracting or normalising the file raises becomes a `SheetError`
    naming it: a parser's internal exception on a damaged file is that file's failure.
    """
    try:
        return _read_data(name, data, settings)
    except SheetError:
        raise
    except Exception as exc:
        raise damaged(name, exc, _format_of(name)) from None


def _format_of(name: str) -> str | None:
    return SUFFIXES.get(Path(name).suffix.lower())


def _read_data(name: str, data: bytes, settings: Settings) -> tuple[Practice, list[str]]:
    raw = read_raw_sheet(name, data, settings)
    digest = hashlib.sha256(data).hexdigest()
    path = Path(name)
    source = Source(file=path.name, format=raw.format, sha256=digest,
                    ingested_at=datetime.now(UTC),
                    stored_as=f"{digest}{path.suffix.lower()}")
    extraction = extract(raw, source)
    return extraction.practice, extraction.warnings


_WARM_UP_SHEET = b"# Warm-up\n\n## Context\n\nA sheet read when the worker starts.\n"


def warm_worker(settings: Settings) -> None:
    """Import every reader and read one tiny sheet (which loads the extraction's
    language detector, vocabulary and gazetteer)."""
    preload()
    try:
        read_data("warm-up.md", _WARM_UP_SHEET, settings)
    except SheetError:
        pass  # the imports and the loaded tables are what counted


class SheetReader:
    """Parses sheets in a worker process, so a file that hangs a parser is stopped.

    The bytes go to the worker once (the caller keeps them for `keep_original`); the
    worker sends back only the record and its warnings.

    A file that takes longer than `file_timeout_s` is reported as failed and the
    worker replaced; the batch goes on with the next file.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._pool: multiprocessing.pool.Pool | None = None

    def read(self, path: Path) -> tuple[Practice, list[str], bytes]:
        """A file on disk: read here, parsed in the worker; its bytes are returned too."""
        data = read_file(path, self.settings)
        practice, warnings = self.read_data(str(path), data)
        return practice, warnings, data

    def read_data(self, name: str, data: bytes) -> tuple[Practice, list[str]]:
        """A file's bytes (`read_data`) parsed in the worker, within the time limit."""
        if self._pool is None:
            self._pool = multiprocessing.get_context("spawn").Pool(1)
        pending = self._pool.apply_async(read_data, (name, data, self.settings))
        try:
            return pending.get(timeout=self.settings.file_timeout_s)
        except multiprocessing.TimeoutError:
            self.close()
            raise UnreadableSheet(
                name, f"reading took longer than {self.settings.file_timeout_s:g} s "
                "(REPOSITORY_FILE_TIMEOUT_S); the file may be malformed") from None
        except SheetError:
            raise
        except Exception as exc:  # e.g. a result the worker could not send back
            self.close()
            raise damaged(name, exc, _format_of(name)) from None

    def warm(self) -> None:
        """Start the worker and import every reader in it now, so that the first file
        of each format does not wait for them."""
        if self._pool is None:
            self._pool = multiprocessing.get_context("spawn").Pool(1)
        self._pool.apply(warm_worker, (self.settings,))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def __enter__(self) -> SheetReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def keep_original(settings: Settings, stored_as: str, data: bytes) -> None:
    """Write the original file beside the store, atomically, once per content."""
    target = settings.originals_dir / stored_as
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def original_path(settings: Settings, practice: Practice) -> Path | None:
    """Where the original file of a practice is kept, if it is."""
    source = practice.source
    path = settings.originals_dir / source.stored_as if source and source.stored_as else None
    return path if path is not None and path.is_file() else None


def ingest(paths: Iterable[Path], store: Sink,
           progress: Callable[[FileResult], None] | None = None) -> IngestReport:
    """Ingest every sheet found under `paths`; a failing file does not stop the batch."""
    report = IngestReport()
    seen: dict[str, str] = {}
    pending: list[tuple[FileResult, Practice]] = []

    def done(result: FileResult) -> None:
        if progress:
            progress(result)

    def flush() -> None:
        if not pending:
            return
        try:
            statuses = store.put_many([p for _, p in pending])
        except RepositoryError as exc:
            for result, _ in pending:
                result.error = f"{result.file}: not stored: {exc}"
        else:
            for (result, _), status in zip(pending, statuses, strict=True):
                result.status = status
        for result, _ in pending:
            done(result)
        pending.clear()

    with SheetReader(store.settings) as reader:
        for path in find_sheets(paths):
            result = FileResult(file=str(path))
            report.results.append(result)
            try:
                practice, warnings, data = reader.read(path)
                if practice.id in seen:
                    raise SheetError(path, f"id {practice.id!r} is already used by "
                                     f"{seen[practice.id]} in this batch; give one an `id:`")
                seen[practice.id] = str(path)
                assert practice.source and practice.source.stored_as
                keep_original(store.settings, practice.source.stored_as, data)
            except SheetError as exc:
                result.error = str(exc)
                done(result)
                continue
            result.id, result.warnings = practice.id, warnings
            pending.append((result, practice))
            if len(pending) >= BATCH:
                flush()
    flush()
    return report
