"""Ingest orchestration: files → RawSheet → Practice → store, with a per-file report.

The CLI (`ingest`) and the workspace's uploads share the steps: `SheetReader` parses in
a worker process, `keep_original` keeps the bytes by content hash, and the records go to
a `Sink` (the store's `put_many`). A file that fails is reported with its reason and the
batch goes on. Records are written a batch at a time with idempotent upserts keyed by
content hash, so a batch interrupted anywhere is finished by running it again.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from repository.config import Settings
from repository.errors import RepositoryError, SheetError, UnreadableSheet
from repository.ingest.bulk import TableReport, open_table, read_rows
from repository.ingest.extract import extract
from repository.ingest.failures import damaged
from repository.ingest.furniture import read_raw_sheet
from repository.ingest.ids import IdAllocator, is_explicit
from repository.ingest.normalise.theme_semantic import SemanticThemes
from repository.ingest.readers import SUFFIXES, preload
from repository.ingest.readers.tables import TABLE_SUFFIXES, Row, Table, is_table
from repository.ingest.rows import (
    RowOutcome,
    check_mapping,
    export_name,
    extra_columns,
    merged_mapping,
    usable_rows,
)
from repository.ingest.themes_pass import with_semantic_themes
from repository.ingest.worker import Worker, format_of
from repository.model import Practice, Source, carry_corrections

BATCH = 16
# a folder's notes, and the labelled facts of eval/extraction.py (truth.json), are not sheets
SKIPPED_NAMES = ("readme", "license", "licence", "changelog", "truth")


class Sink(Protocol):
    """Where ingested records go: `search.store.Store` (ingest does not import search)."""

    settings: Settings

    def put_many(self, practices: Iterable[Practice]) -> Sequence[str]:
        """Store records; per record added, updated or unchanged."""
        ...

    def get_many(self, ids: Iterable[str]) -> list[Practice]:
        """The stored records of these ids (unknown ids skipped)."""
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
    results: list[FileResult] = field(default_factory=list)  # a file, or a row of a table
    tables: list[TableReport] = field(default_factory=list)  # what is said once per table

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
            "tables": [t.to_json() for t in self.tables],
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
    return path.suffix.lower() in SUFFIXES or path.suffix.lower() in TABLE_SUFFIXES


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
        raise damaged(name, exc, format_of(name)) from None


def _read_data(name: str, data: bytes, settings: Settings) -> tuple[Practice, list[str]]:
    raw = read_raw_sheet(name, data, settings)
    digest = hashlib.sha256(data).hexdigest()
    path = Path(name)
    source = Source(file=path.name, format=raw.format, sha256=digest,
                    ingested_at=datetime.now(UTC),
                    stored_as=f"{digest}{path.suffix.lower()}")
    extraction = extract(raw, source, start_inference=settings.start_inference)
    return extraction.practice, extraction.warnings


_WARM_UP_SHEET = b"# Warm-up\n\n## Context\n\nA sheet read when the worker starts.\n"


def warm_worker(settings: Settings) -> None:
    """Import every reader and read one tiny sheet (which loads the extraction's
    language detector, vocabulary and gazetteer)."""
    preload()
    with contextlib.suppress(SheetError):  # the imports and loaded tables are what count
        read_data("warm-up.md", _WARM_UP_SHEET, settings)


class SheetReader(Worker):
    """Parses sheets in a worker process (`worker.Worker`), so a file that hangs a
    parser is stopped.

    The bytes go to the worker once (the caller keeps them for `keep_original`); the
    worker sends back only the record and its warnings.

    A file that takes longer than `file_timeout_s` is reported as failed and the
    worker replaced; the batch goes on with the next file.
    """

    def read(self, path: Path) -> tuple[Practice, list[str], bytes]:
        """A file on disk: read here, parsed in the worker; its bytes are returned too."""
        data = read_file(path, self.settings)
        practice, warnings = self.read_data(str(path), data)
        return practice, warnings, data

    def read_data(self, name: str, data: bytes) -> tuple[Practice, list[str]]:
        """A file's bytes (`read_data`) parsed in the worker, within the time limit."""
        result: tuple[Practice, list[str]] = self.call(name, read_data,
                                                       (name, data, self.settings))
        return result

    def read_table(self, name: str, data: bytes) -> Table:
        """A spreadsheet or export read in the worker (`bulk.open_table`)."""
        table: Table = self.call(name, open_table, (name, data, self.settings))
        return table

    def read_rows(self, name: str, rows: list[Row], mapping: Mapping[str, str],
                  source: Source) -> list[RowOutcome]:
        """A chunk of a table's rows as records, in the worker (`bulk.read_rows`)."""
        outcomes: list[RowOutcome] = self.call(
            name, read_rows, (rows, dict(mapping), source, self.settings.start_inference))
        return outcomes

    def warm(self) -> None:
        """Start the worker and import every reader in it now, so that the first file
        of each format does not wait for them."""
        self._start().apply(warm_worker, (self.settings,))


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
           progress: Callable[[FileResult], None] | None = None,
           grow: Callable[[int], None] | None = None,
           themes: SemanticThemes | None = None) -> IngestReport:
    """Ingest every sheet found under `paths`; a failing file (or row) does not stop the
    batch. A table's rows are sheets of their own: `grow(n)` is told that a file turned
    out to hold n more sheets than one, for a progress bar. With `themes`, inferred
    themes are checked by meaning (`themes_pass`)."""
    report = IngestReport()
    writer = _Writer(store, progress, themes)
    with SheetReader(store.settings) as reader:
        for path in find_sheets(paths):
            try:
                data = read_file(path, store.settings)
                if is_table(path.name, data):
                    _ingest_table(path, data, reader, writer, report, grow)
                    continue
                result = FileResult(file=str(path))
                report.results.append(result)
                practice, warnings = reader.read_data(str(path), data)
                assert practice.source and practice.source.stored_as
                keep_original(store.settings, practice.source.stored_as, data)
            except SheetError as exc:
                if not report.results or report.results[-1].file != str(path):
                    report.results.append(FileResult(file=str(path)))
                writer.fail(report.results[-1], str(exc))
                continue
            writer.add(result, practice, warnings, is_explicit(practice))
    writer.flush()
    return report


def _ingest_table(path: Path, data: bytes, reader: SheetReader, writer: _Writer,
                  report: IngestReport, grow: Callable[[int], None] | None) -> None:
    """Every row of a table as a sheet, a chunk at a time (see `bulk`)."""
    name = str(path)
    table = reader.read_table(name, data)
    mapping = merged_mapping(table.groups, None)
    check_mapping(mapping, table.groups, name)
    rows, notes = usable_rows(table, mapping)
    digest = hashlib.sha256(data).hexdigest()
    source = Source(file=path.name, format=table.format, sha256=digest,
                    ingested_at=datetime.now(UTC), stored_as=f"{digest}{path.suffix.lower()}",
                    export=export_name(path.name))
    keep_original(writer.store.settings, source.stored_as or "", data)
    report.tables.append(TableReport(name, table.format, len(rows), table.blank_rows,
                                     mapping, extra_columns(mapping), table.notes + notes))
    if grow and rows:
        grow(len(rows) - 1)
    for start in range(0, len(rows), BATCH):
        chunk = rows[start:start + BATCH]
        try:
            outcomes = reader.read_rows(name, chunk, mapping, source)
        except SheetError as exc:
            outcomes = [RowOutcome(row.where, error=exc.problem) for row in chunk]
        for outcome in outcomes:
            result = FileResult(file=f"{name}#{outcome.where}")
            report.results.append(result)
            if outcome.practice is None:
                writer.fail(result, f"{result.file}: {outcome.error}")
            else:
                writer.add(result, outcome.practice, outcome.warnings, outcome.explicit_id)
    if not rows and grow:
        grow(-1)


class _Writer:
    """Pending records: their ids assigned a chunk at a time, then stored together."""

    def __init__(self, store: Sink, progress: Callable[[FileResult], None] | None,
                 themes: SemanticThemes | None = None) -> None:
        self.store = store
        self.progress = progress
        self.themes = themes
        self.ids = IdAllocator(lambda wanted: {p.id: p for p in store.get_many(wanted)})
        self.pending: list[tuple[FileResult, Practice, bool]] = []

    def add(self, result: FileResult, practice: Practice, warnings: list[str],
            explicit: bool) -> None:
        practice, warnings = with_semantic_themes(practice, warnings, self.themes)
        result.warnings = warnings
        self.pending.append((result, practice, explicit))
        if len(self.pending) >= BATCH:
            self.flush()

    def fail(self, result: FileResult, error: str) -> None:
        result.error = error
        if self.progress:
            self.progress(result)

    def flush(self) -> None:
        if not self.pending:
            return
        chosen = self.ids.assign_many((p, explicit, r.file) for r, p, explicit in self.pending)
        ready: list[tuple[FileResult, Practice]] = []
        for (result, practice, _), new_id in zip(self.pending, chosen, strict=True):
            if isinstance(new_id, Exception):
                result.error = str(new_id)
            else:
                result.id = new_id
                ready.append((result, practice.model_copy(update={"id": new_id})))
        ready = self._with_corrections(ready)
        try:
            statuses = self.store.put_many([p for _, p in ready])
        except RepositoryError as exc:
            for result, _ in ready:
                result.error = f"{result.file}: not stored: {exc}"
        else:
            for (result, _), status in zip(ready, statuses, strict=True):
                result.status = status
        for result, _, _ in self.pending:
            if self.progress:
                self.progress(result)
        self.pending.clear()

    def _with_corrections(self, ready: list[tuple[FileResult, Practice]]
                          ) -> list[tuple[FileResult, Practice]]:
        """Each re-read sheet with the fields staff corrected on its stored record: a
        re-ingest never undoes a correction (`carry_corrections`)."""
        stored = {p.id: p for p in self.store.get_many([p.id for _, p in ready])}
        return [(result, carry_corrections(practice, stored[practice.id])
                 if practice.id in stored and stored[practice.id].corrected() else practice)
                for result, practice in ready]
