"""Seeded mutations of real sample files, and what the fuzz tests saw.

Each mutation is what damage does to a file in the wild: flipped bytes (a bad disk or
transfer), truncation (an interrupted download), inserted junk (a broken editor or
encoding step) and a copied chunk (a bad merge or a repeated block).
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from hypothesis import strategies as st

from repository.ingest.readers import SUFFIXES
from repository.ingest.readers.tables import TABLE_SUFFIXES

ROOT = Path(__file__).resolve().parents[1]
SEED = int(os.environ.get("FUZZ_SEED", "11"))  # set FUZZ_SEED to explore other mutations
SEED_FOLDERS = (ROOT / "data" / "practices", ROOT / "tests" / "fixtures" / "ingest" / "good",
                ROOT / "tests" / "fixtures" / "sheets")
FORMATS = ("md", "txt", "html", "json", "yaml", "docx", "pdf")
# spreadsheets and exports (one sheet per row), from tests/fixtures/tables; a JSON array
# is named `.json`, so it is told from a one-sheet JSON by its folder
TABLE_FOLDER = ROOT / "tests" / "fixtures" / "tables"
TABLE_FORMATS = ("csv", "xlsx", "jsonl", "json-array")


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if out:
            out[rng.randrange(len(out))] ^= rng.randint(1, 255)
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data))] if data else data


def insert_junk(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data) + 1)
    junk = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
    return data[:at] + junk + data[at:]


def copy_chunk(data: bytes, rng: random.Random) -> bytes:
    if len(data) < 2:
        return data + data
    start = rng.randrange(len(data) - 1)
    chunk = data[start: start + rng.randint(1, 512)]
    at = rng.randrange(len(data) + 1)
    return data[:at] + chunk + data[at:]


MUTATIONS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "flip": flip_bytes, "truncate": truncate, "junk": insert_junk, "copy": copy_chunk}


@dataclass(frozen=True)
class Mutant:
    name: str  # file name: seed stem, mutations, a number, the seed's suffix
    format: str  # the seed's format
    seed: Path
    data: bytes


def seed_files(formats: tuple[str, ...] = FORMATS) -> dict[str, list[Path]]:
    """Real sample files by format (their suffix), from the corpus and the fixtures; the
    table formats from tests/fixtures/tables."""
    found: dict[str, list[Path]] = {fmt: [] for fmt in formats}
    for folder in SEED_FOLDERS:
        for path in sorted(folder.rglob("*")):
            fmt = SUFFIXES.get(path.suffix.lower())
            if path.is_file() and fmt in found and path.stem.lower() != "readme":
                found[fmt].append(path)
    for path in sorted(TABLE_FOLDER.glob("*.*")):
        fmt = "json-array" if path.suffix == ".json" else TABLE_SUFFIXES.get(path.suffix)
        if fmt in found and fmt is not None:
            found[fmt].append(path)
    return found


def mutants(per_format: int, seed: int, formats: tuple[str, ...] = FORMATS
            ) -> Iterator[Mutant]:
    """`per_format` mutated copies of sample files of every format, the same for a seed."""
    rng = random.Random(seed)
    for fmt, paths in seed_files(formats).items():
        assert paths, f"no sample file of format {fmt}"
        for number in range(per_format):
            path = paths[number % len(paths)]
            data = path.read_bytes()
            names = rng.sample(sorted(MUTATIONS), rng.choice((1, 1, 2)))
            for name in names:
                data = MUTATIONS[name](data, rng)
            yield Mutant(f"{path.stem}.{'+'.join(names)}.{number}{path.suffix}", fmt, path,
                         data)


@dataclass
class Tally:
    """What one fuzz test saw, printed in the terminal summary (see tests/conftest.py)."""

    files: dict[str, int]
    read: int = 0
    refused: int = 0
    uncaught: int = 0
    timed_out: int = 0
    other: dict[str, int] | None = None

    def line(self, name: str) -> str:
        per_format = ", ".join(f"{fmt} {n}" for fmt, n in self.files.items())
        extra = "".join(f", {k} {v}" for k, v in (self.other or {}).items())
        return (f"{name}: {sum(self.files.values())} files ({per_format}); read {self.read}, "
                f"refused {self.refused} (timed out {self.timed_out}), "
                f"uncaught {self.uncaught}{extra}")


TALLIES: dict[str, Tally] = {}  # test name → what it saw, filled as the tests run


def tally_for(name: str, batch: list[Mutant]) -> Tally:
    files: dict[str, int] = {}
    for mutant in batch:
        files[mutant.format] = files.get(mutant.format, 0) + 1
    TALLIES[name] = Tally(files)
    return TALLIES[name]


@st.composite
def damaged_file(draw: st.DrawFn, seeds: dict[str, list[Path]], formats: tuple[str, ...]
                 ) -> tuple[Path, bytes]:
    """A seed file with one to three shrinkable edits: flip, cut, insert, repeat."""
    path = draw(st.sampled_from(seeds[draw(st.sampled_from(formats))]))
    data = bytearray(path.read_bytes())
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.integers(0, max(len(data) - 1, 0)))
        edit = draw(st.sampled_from(("flip", "truncate", "junk", "copy")))
        if edit == "flip" and data:
            data[where] ^= draw(st.integers(1, 255))
        elif edit == "truncate":
            del data[where:]
        elif edit == "junk":
            data[where:where] = draw(st.binary(min_size=1, max_size=64))
        else:
            data[where:where] = data[draw(st.integers(0, where)):where][:512]
    return path, bytes(data)
