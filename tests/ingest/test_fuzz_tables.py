"""Mutation fuzz of spreadsheets and exports (CSV, XLSX, JSON arrays, JSON Lines): a
damaged copy is read row by row or refused whole, and nothing a parser raises escapes
the file's or the row's report — in the reading worker, in-process with hypothesis, and
through the `ingest` command mixed with good files (the mutations of tests/fuzz.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, seed, settings

from repository.config import Settings
from repository.errors import SheetError
from repository.ingest.bulk import open_table, read_rows
from repository.ingest.pipeline import SheetReader
from repository.ingest.rows import check_mapping, merged_mapping, usable_rows
from repository.model import Source
from tests.fuzz import (
    SEED,
    TABLE_FORMATS,
    TALLIES,
    Tally,
    damaged_file,
    mutants,
    seed_files,
    tally_for,
)
from tests.ingest.test_fuzz import assert_one_sentence

PER_FORMAT = 25


def _read_all(reader: SheetReader | None, name: str, data: bytes) -> tuple[int, int]:
    """(rows read, rows refused) of a table, or a `SheetError` for the whole file."""
    settings_ = Settings()
    table = reader.read_table(name, data) if reader else open_table(name, data, settings_)
    mapping = merged_mapping(table.groups, None)
    check_mapping(mapping, table.groups, name)
    rows, _ = usable_rows(table, mapping)
    source = Source(file=name, format=table.format, sha256="0" * 64, export="x")
    outcomes = reader.read_rows(name, rows, mapping, source) if reader else \
        read_rows(rows, mapping, source)
    for outcome in outcomes:
        assert (outcome.practice is None) != (outcome.error is None)
        if outcome.error:
            assert "\n" not in outcome.error and "Traceback" not in outcome.error
        else:
            assert outcome.practice is not None and outcome.practice.title.strip()
    return (sum(o.practice is not None for o in outcomes),
            sum(o.practice is None for o in outcomes))


def test_damaged_tables_fail_whole_or_row_by_row_in_the_reader(tmp_path: Path) -> None:
    batch = list(mutants(PER_FORMAT, SEED, TABLE_FORMATS))
    tally = tally_for("tables in the reading worker", batch)
    tally.other = {"rows read": 0, "rows refused": 0}
    refused_by_format = dict.fromkeys(TABLE_FORMATS, 0)
    uncaught = []
    with SheetReader(Settings(data_dir=tmp_path / "var", file_timeout_s=20)) as reader:
        for mutant in batch:
            name = str(tmp_path / mutant.name)
            try:
                read, refused = _read_all(reader, name, mutant.data)
            except SheetError as exc:
                tally.refused += 1
                refused_by_format[mutant.format] += 1
                assert_one_sentence(str(exc), name)
            except Exception as exc:  # what the fuzz is for: nothing may get here
                tally.uncaught += 1
                uncaught.append(f"{mutant.name}: {type(exc).__name__}: {exc}")
            else:
                tally.read += 1
                tally.other["rows read"] += read
                tally.other["rows refused"] += refused
                refused_by_format[mutant.format] += refused > 0
    assert not uncaught, uncaught
    assert tally.read > 0
    assert all(refused_by_format.values()), refused_by_format


_SEEDS = seed_files(TABLE_FORMATS)




@pytest.mark.timeout(600)
@seed(SEED)
@settings(max_examples=100, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(sample=damaged_file(_SEEDS, TABLE_FORMATS))
def test_any_damage_to_a_table_is_rows_or_one_clear_failure(sample: tuple[Path, bytes]
                                                             ) -> None:
    path, data = sample
    tally = TALLIES.setdefault("tables in-process (hypothesis)", Tally({}))
    fmt = path.suffix.lstrip(".")
    tally.files[fmt] = tally.files.get(fmt, 0) + 1
    try:
        _read_all(None, path.name, data)
    except SheetError as exc:
        tally.refused += 1
        assert_one_sentence(str(exc), path.name)
    except Exception:
        tally.uncaught += 1
        raise
    else:
        tally.read += 1


@pytest.mark.slow
def test_the_ingest_command_reports_each_damaged_table_or_row(tmp_path: Path) -> None:
    batch = list(mutants(4, SEED + 1, TABLE_FORMATS))
    tally = tally_for("repository ingest of tables (good files mixed in)", batch)
    folder = tmp_path / "batch"
    good = [paths[0] for paths in seed_files(TABLE_FORMATS).values()]
    (folder / "0-good").mkdir(parents=True)
    for path in good:
        (folder / "0-good" / path.name).write_bytes(path.read_bytes())
    (folder / "1-damaged").mkdir()
    for mutant in batch:
        (folder / "1-damaged" / mutant.name).write_bytes(mutant.data)
    env = {**os.environ, "REPOSITORY_DATA_DIR": str(tmp_path / "var"), "COLUMNS": "200"}
    command = Path(sys.executable).with_name("repository")
    done = subprocess.run([str(command), "ingest", str(folder)], capture_output=True,
                          text=True, env=env, timeout=900)
    assert done.stderr == ""
    assert "Traceback" not in done.stdout
    failed = [line[len("failed "):] for line in done.stdout.splitlines()
              if line.startswith("failed ")]
    for line in failed:
        assert_one_sentence(line, line.split(": ", 1)[0])
    for path in good:  # a good table's rows all went in (the broken rows are on purpose)
        assert not any(f.startswith(str(folder / "0-good" / path.name) + ": ") for f in failed)
    tally.refused = len({f.split("#", 1)[0].split(": ", 1)[0] for f in failed
                         if "1-damaged" in f})
    tally.read = len(batch) - tally.refused
