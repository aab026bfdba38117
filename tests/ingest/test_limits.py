"""Safety limits and a mixed batch: each broken file fails alone with one clear line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from repository.config import Settings
from repository.errors import InvalidSheet, SheetError, UnreadableSheet
from repository.ingest.pipeline import find_sheets, read_practice
from repository.ingest.readers import read_sheet

from .conftest import FIXTURES


def test_a_200_mb_file_is_over_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "huge.pdf"
    with big.open("wb") as handle:  # sparse: nothing is written to disk
        handle.truncate(200 * 1_000_000)
    settings = Settings(data_dir=tmp_path / "var", max_file_mb=50)
    with pytest.raises(UnreadableSheet) as caught:
        read_practice(big, settings)
    assert str(caught.value) == (f"{big}: 200.0 MB is over the 50 MB limit "
                                 "(REPOSITORY_MAX_FILE_MB)")


def test_yaml_aliases_are_refused() -> None:
    bomb = b"a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\ntitle: T\n"
    with pytest.raises(InvalidSheet, match="anchors and aliases"):
        read_sheet("bomb.yaml", bomb)


def test_a_mixed_folder_reads_every_good_file_and_fails_each_broken_one(tmp_path: Path
                                                                        ) -> None:
    folder = tmp_path / "batch"
    shutil.copytree(FIXTURES / "good", folder / "good")
    shutil.copytree(FIXTURES / "broken", folder / "broken")
    settings = Settings(data_dir=tmp_path / "var")
    read: list[str] = []
    failed: dict[str, str] = {}
    for path in find_sheets([folder]):
        try:
            practice, _, _ = read_practice(path, settings)
        except SheetError as exc:
            failed[path.name] = str(exc)
        else:
            read.append(practice.id)
    assert len(read) == len(list((FIXTURES / "good").iterdir()))
    assert set(failed) == {p.name for p in (FIXTURES / "broken").iterdir()}
    for name, message in failed.items():
        assert message.startswith(str(folder / "broken" / name) + ": ")
        assert "\n" not in message
