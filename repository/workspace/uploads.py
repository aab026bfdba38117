"""Uploaded files: a safe name, a content screen, then the ingest reader and its limits.

The client's file name is only ever shown: it is cut to its last path component and
cleaned. The bytes go to ingest's reader (a worker process with the ingest time limit)
straight from memory; the original is kept by content hash, as ingest keeps it.
"""

from __future__ import annotations

import io
import re
import unicodedata

from repository.config import Settings
from repository.errors import SheetError, UnreadableSheet
from repository.ingest.failures import damaged
from repository.ingest.pipeline import SheetReader
from repository.ingest.readers import SUFFIXES, detect_format
from repository.ingest.readers.tables import is_table
from repository.model import Practice

UPLOADS_DIR = "uploads"
_ACTIVE_KEYS = {"/JS", "/JavaScript", "/Launch", "/EmbeddedFile", "/EmbeddedFiles"}
_ACTIVE_ACTIONS = ("/JavaScript", "/Launch")
_PDF_ACTIVE = re.compile(rb"/(?:JavaScript|JS|Launch|EmbeddedFile|RichMedia|XFA)\b")


def safe_name(client_name: str | None) -> str:
    """The last component of a client's file name, without control characters."""
    name = (client_name or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in unicodedata.normalize("NFC", name) if c.isprintable())
    name = name.strip().lstrip(".") or "upload"
    return name[:120]


def screen(name: str, data: bytes, settings: Settings) -> None:
    """Refuse what the readers should never see: too big, unknown type, active PDF."""
    if len(data) > settings.max_file_mb * 1_000_000:
        raise UnreadableSheet(name, f"{len(data) / 1e6:.1f} MB is over the "
                              f"{settings.max_file_mb:g} MB limit (REPOSITORY_MAX_FILE_MB)")
    if is_table(name, data):  # a spreadsheet or export: its reader checks the rest
        return
    fmt = detect_format(name, data)
    if fmt == "pdf" and pdf_has_active_content(data):
        raise UnreadableSheet(name, "the PDF contains JavaScript, a launch action or "
                              "embedded files; refused for safety (print it to a plain PDF)")


def pdf_has_active_content(data: bytes, max_nodes: int = 100_000) -> bool:
    """Whether a PDF carries scripts, launch actions or embedded files anywhere in the
    object graph reachable from its trailer (compressed object streams included)."""
    if _PDF_ACTIVE.search(data):
        return True
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a damaged PDF's warnings: noise
    try:
        reader = PdfReader(io.BytesIO(data))
        todo: list[object] = [reader.trailer]
        seen: set[tuple[int, int]] = set()
        while todo and max_nodes > 0:
            max_nodes -= 1
            obj = todo.pop()
            if isinstance(obj, IndirectObject):
                if (obj.idnum, obj.generation) in seen:
                    continue
                seen.add((obj.idnum, obj.generation))
                obj = obj.get_object()
            if isinstance(obj, DictionaryObject):
                if _ACTIVE_KEYS & set(obj.keys()) or obj.get("/S") in _ACTIVE_ACTIONS:
                    return True
                todo.extend(obj.values())
            elif isinstance(obj, ArrayObject):
                todo.extend(obj)
    except (PyPdfError, ValueError, KeyError, OSError, RecursionError):
        return False  # a broken PDF: the reader reports it with its own message
    return False


def read_upload(reader: SheetReader, name: str, data: bytes, settings: Settings
                ) -> tuple[Practice, list[str]]:
    """Screen and read one uploaded file; the record names the client's file, not ours.

    The reader sees the bytes under a neutral name that keeps only a known suffix (the
    client's name is only ever shown); its errors are given back the client's name.
    """
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    try:
        screen(name, data, settings)
    except SheetError:
        raise
    except Exception as exc:  # the screen parses too (JSON sniffing, the PDF's objects)
        raise damaged(name, exc, SUFFIXES.get(suffix)) from None
    try:
        practice, warnings = reader.read_data(
            f"upload{suffix if suffix in SUFFIXES else ''}", data)
    except SheetError as exc:
        raise type(exc)(name, exc.problem) from None
    assert practice.source is not None
    source = practice.source.model_copy(update={"file": name})
    return practice.model_copy(update={"source": source, "publication": "draft"}), warnings


def clear_leftovers(settings: Settings) -> None:
    """Remove temporary upload files that versions which wrote uploads to disk before
    reading them may have left behind after a crash."""
    folder = settings.data_dir / UPLOADS_DIR
    if folder.is_dir():
        for path in folder.iterdir():
            if path.is_file():
                path.unlink(missing_ok=True)


