"""Mutation fuzz: damaged copies of real sample files of every format never escape a
file's report.

Seeded mutations (flipped bytes, truncation, inserted junk, copied chunks) of the corpus
and fixture files go through the reader (in its worker, with the time limit), through
hypothesis in-process, and through the `ingest` command mixed with good files. The
upload API gets the same in tests/workspace/test_fuzz_uploads.py. The counts appear in
the terminal summary ("fuzz: damaged sample files").
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, seed, settings

from repository.config import Settings
from repository.errors import SheetError
from repository.ingest.pipeline import SheetReader, find_sheets, read_practice
from repository.search.embedder import Embedder
from repository.search.index import Filter
from repository.search.store import Store
from tests.fuzz import (
    FORMATS,
    SEED,
    TALLIES,
    Mutant,
    Tally,
    damaged_file,
    mutants,
    seed_files,
    tally_for,
)

PER_FORMAT = 40  # through the reader: 280 files
CLI_PER_FORMAT = 6  # through the command, which embeds what it can read
_WORDS = re.compile(r"[^\W\d_]{2,}")


def assert_one_sentence(message: str, file: str) -> None:
    """A failure names its file and says what is wrong in at least a short sentence."""
    assert message.startswith(f"{file}: "), message
    problem = message[len(file) + 2:]
    assert "\n" not in message and "Traceback" not in message, message
    assert len(_WORDS.findall(problem)) >= 4, message


def _write(folder: Path, batch: list[Mutant]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for mutant in batch:
        path = folder / mutant.name
        path.write_bytes(mutant.data)
        paths.append(path)
    return paths


def test_damaged_copies_of_every_format_fail_alone_in_the_reader(tmp_path: Path) -> None:
    batch = list(mutants(PER_FORMAT, SEED))
    tally = tally_for("read_practice in its worker", batch)
    refused_by_format = dict.fromkeys(FORMATS, 0)
    uncaught: list[str] = []
    settings_ = Settings(data_dir=tmp_path / "var", file_timeout_s=20)
    with SheetReader(settings_) as reader:
        for mutant, path in zip(batch, _write(tmp_path / "damaged", batch), strict=True):
            try:
                practice, _, data = reader.read(path)
            except SheetError as exc:
                tally.refused += 1
                tally.timed_out += "reading took longer" in exc.problem
                refused_by_format[mutant.format] += 1
                assert_one_sentence(str(exc), str(path))
            except Exception as exc:  # what the fuzz is for: nothing may get here
                tally.uncaught += 1
                uncaught.append(f"{mutant.name}: {type(exc).__name__}: {exc}")
            else:
                tally.read += 1
                assert practice.title.strip() and data == mutant.data
    assert not uncaught
    assert tally.read > 0  # some damage leaves a readable sheet …
    assert all(refused_by_format.values()), refused_by_format  # … and every parser was hit


_SEEDS = seed_files()




@pytest.mark.timeout(600)
@seed(SEED)
@settings(max_examples=150, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(sample=damaged_file(_SEEDS, FORMATS))
def test_any_damage_to_a_sample_is_a_record_or_one_clear_failure(
        tmp_path_factory: pytest.TempPathFactory, sample: tuple[Path, bytes]) -> None:
    sample_file, data = sample
    tally = TALLIES.setdefault("read_practice in-process (hypothesis)", Tally({}))
    fmt = sample_file.suffix.lower().lstrip(".")
    tally.files[fmt] = tally.files.get(fmt, 0) + 1
    path = _HYPOTHESIS_DIR.setdefault("dir", tmp_path_factory.mktemp("hyp")) / sample_file.name
    path.write_bytes(data)
    try:
        practice, _, _ = read_practice(path, Settings(data_dir=path.parent / "var"))
    except SheetError as exc:
        tally.refused += 1
        assert_one_sentence(str(exc), str(path))
    except Exception:
        tally.uncaught += 1
        raise
    else:
        tally.read += 1
        assert practice.title.strip()


_HYPOTHESIS_DIR: dict[str, Path] = {}  # one folder for every example of the session


@pytest.mark.slow
def test_the_ingest_command_stores_every_good_file_beside_damaged_ones(
        tmp_path: Path, embedder: Embedder) -> None:
    good = [paths[0] for paths in seed_files().values()]
    batch = list(mutants(CLI_PER_FORMAT, SEED + 1))
    tally = tally_for("repository ingest (good files mixed in)", batch)
    folder = tmp_path / "batch"
    (folder / "0-good").mkdir(parents=True)  # sorted first: a damaged copy cannot take an id
    for path in good:
        (folder / "0-good" / path.name).write_bytes(path.read_bytes())
    _write(folder / "1-damaged", batch)
    env = {**os.environ, "REPOSITORY_DATA_DIR": str(tmp_path / "var"), "COLUMNS": "80"}
    command = Path(sys.executable).with_name("repository")
    done = subprocess.run([str(command), "ingest", str(folder)], capture_output=True,
                          text=True, env=env, timeout=600)

    assert done.stderr == ""  # off a terminal: no progress lines, and no traceback, no noise
    assert "Traceback" not in done.stdout
    assert done.returncode == 1  # some files failed, and said so
    failed = {}
    for line in done.stdout.splitlines():
        if line.startswith("failed "):
            file = line[len("failed "):].split(": ", 1)[0]
            assert_one_sentence(line[len("failed "):], file)
            failed[Path(file).name] = line
    with Store.open(Settings(data_dir=tmp_path / "var"), embedder) as store:
        rows, _ = store.index.scroll(Filter(), 10_000)
    stored = {(r["record"]["source"]["file"], r["record"]["source"]["sha256"]) for r in rows}
    for path in find_sheets([folder]):  # each file: stored as it is, or one failure line
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        if (path.name, sha) in stored:
            assert path.name not in failed, failed[path.name]
        else:
            assert path.name in failed, f"{path} was neither stored nor reported"
    for path in good:
        assert (path.name, hashlib.sha256(path.read_bytes()).hexdigest()) in stored
        assert path.name not in failed
    tally.refused = len(failed)
    tally.read = len(batch) - tally.refused
    assert tally.refused > 0
