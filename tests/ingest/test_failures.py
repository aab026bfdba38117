"""A parser's unexpected exception is one file's failure in plain words, and the batch
goes on: a damaged DOCX (its ZIP broken inside) used to stop `ingest()` with BadZipFile."""

from __future__ import annotations

import shutil
import struct
import zipfile
import zlib
from pathlib import Path

from repository.errors import UnreadableSheet
from repository.ingest.failures import damaged
from repository.ingest.pipeline import ingest
from repository.search.index import Filter
from repository.search.store import Store
from tests.conftest import SHEETS

from .conftest import FIXTURES

WIEN = FIXTURES / "good" / "fair-play-wien.docx"


def _broken_inside(data: bytes) -> bytes:
    """The DOCX with the bytes of its document part's local header damaged: the central
    directory still lists the part, so only reading it fails."""
    with zipfile.ZipFile(WIEN) as archive:
        offset = archive.getinfo("word/document.xml").header_offset
    out = bytearray(data)
    out[offset:offset + 4] = b"XXXX"
    return bytes(out)


def test_a_damaged_docx_fails_alone_and_every_other_sheet_is_stored(store: Store,
                                                                    tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    shutil.copytree(SHEETS, folder)
    (folder / "a-damaged.docx").write_bytes(_broken_inside(WIEN.read_bytes()))
    report = ingest([folder], store)
    assert [Path(r.file).name for r in report.failed] == ["a-damaged.docx"]
    error = report.failed[0].error or ""
    assert error.startswith(f"{folder / 'a-damaged.docx'}: this DOCX file could not be read")
    assert "most likely damaged" in error and "\n" not in error
    assert len(report.ingested) == 6 and store.index.count(Filter()) == 6


def test_parser_exceptions_read_as_plain_words() -> None:
    cases = {
        zipfile.BadZipFile("Bad magic number"): "its ZIP container is broken",
        zlib.error("invalid distance"): "compressed or binary content is corrupt",
        struct.error("unpack requires"): "compressed or binary content is corrupt",
        KeyError("/Root"): "a part the format requires is missing",
        RecursionError(): "nested too deeply",
        ValueError("odd"): "could not make sense of it",
    }
    for exc, words in cases.items():
        error = damaged("s.pdf", exc, "pdf")
        assert isinstance(error, UnreadableSheet)
        assert str(error).startswith("s.pdf: this PDF file could not be read because")
        assert words in str(error) and "most likely damaged" in str(error), str(error)


def test_a_missing_parser_is_an_install_problem_not_a_damaged_file() -> None:
    error = damaged("page.html", ModuleNotFoundError("No module", name="lxml_html_clean"),
                    "html")
    assert "lxml_html_clean" in str(error) and "not at fault" in str(error)
    assert "damaged" not in str(error)
