"""The safety check of an Office Open XML file (.docx, .xlsx) before a parser opens it.

The ZIP must hold the format's main part, its members must not unpack to more than
`MAX_UNPACKED` bytes or at a ratio above `MAX_RATIO` (a zip bomb), and no XML part may
declare a DOCTYPE or entities (Office never writes them; we refuse such parts outright).
"""

from __future__ import annotations

import io
import zipfile

from repository.errors import UnreadableSheet

MAX_UNPACKED = 200_000_000  # bytes, all members together
MAX_RATIO = 200  # uncompressed / compressed, per member above 1 MB


def check_office_zip(file: str, data: bytes, main_part: str, what: str, kind: str) -> None:
    """Refuse a ZIP that is not this Office format, a zip bomb, or XML with entities.
    `what` names the program ("Word"), `kind` its documents ("Word .docx document")."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnreadableSheet(file, f"the {what} file is truncated or corrupt ({exc})"
                              ) from None
    names = {m.filename for m in members}
    if main_part not in names:
        raise UnreadableSheet(file, f"a ZIP archive but not a {kind} (no {main_part})")
    total = sum(m.file_size for m in members)
    if total > MAX_UNPACKED:
        raise UnreadableSheet(file, f"the {what} file unpacks to {total / 1e6:.0f} MB, over "
                              f"the {MAX_UNPACKED / 1e6:.0f} MB limit (zip bomb?)")
    for member in members:
        if member.file_size > 1_000_000 and member.file_size > MAX_RATIO * max(
            member.compress_size, 1
        ):
            raise UnreadableSheet(file, f"the {what} file's part {member.filename} is "
                                  f"compressed {member.file_size // max(member.compress_size, 1)}"
                                  ":1 (zip bomb?)")
    for member in members:
        if member.filename.endswith((".xml", ".rels")):
            with archive.open(member) as handle:
                head = handle.read(4096)
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise UnreadableSheet(file, f"the {what} file's part {member.filename} "
                                      "declares a DOCTYPE or entities; refused for safety")
