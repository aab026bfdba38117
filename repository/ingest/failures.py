"""A parser's unexpected exception, turned into one file's failure a person can act on.

Third-party parsers (zipfile, zlib, pypdf, python-docx, lxml, trafilatura, PyYAML)
raise whatever their internals hit on a damaged file: `BadZipFile`, `zlib.error`,
`KeyError`, `struct.error`, `RecursionError` … None of that may escape one file's
report. `damaged()` maps such an exception to an `UnreadableSheet` that names the
file, says in plain words what went wrong and that the file is most likely damaged,
and what to do. A missing optional parser (`ImportError`) is said to be an install
problem instead, since the file is not at fault.
"""

from __future__ import annotations

import struct
import zipfile
import zlib

from repository.errors import SheetError, UnreadableSheet

ADVICE = ("it is most likely damaged or truncated: open it in the program that made it, "
          "save or export it again, and ingest the new copy")

# exception class name → what it means, in a staff member's words
_MEANINGS: dict[str, str] = {
    "BadZipFile": "its ZIP container is broken",
    "LargeZipFile": "its ZIP container is broken",
    "KeyError": "a part the format requires is missing",
    "IndexError": "its internal structure is inconsistent",
    "RecursionError": "it is nested too deeply to read",
    "MemoryError": "it is too large to read in memory",
    "UnicodeDecodeError": "some of its text is not in a readable encoding",
    "UnicodeEncodeError": "some of its text is not in a readable encoding",
    "XMLSyntaxError": "its XML is malformed",
    "ParserError": "its markup cannot be parsed",
    "EOFError": "it ends too early",
    "OverflowError": "it holds an out-of-range number",
    "ZeroDivisionError": "it holds an impossible value",
}


def meaning(exc: BaseException) -> str:
    """What an unexpected parser exception says about the file, in plain words."""
    if isinstance(exc, zipfile.BadZipFile):
        return _MEANINGS["BadZipFile"]
    if isinstance(exc, zlib.error | struct.error):
        return "part of its compressed or binary content is corrupt"
    for cls in type(exc).__mro__:
        if cls.__name__ in _MEANINGS:
            return _MEANINGS[cls.__name__]
    return "the reader for this format could not make sense of it"


def damaged(file: str, exc: BaseException, fmt: str | None = None) -> SheetError:
    """The failure to report for a file whose reading raised `exc` unexpectedly."""
    if isinstance(exc, SheetError):
        return exc
    detail = type(exc).__name__
    if isinstance(exc, ImportError):
        missing = getattr(exc, "name", None) or (str(exc).splitlines() or [detail])[0]
        what = f"{fmt.upper()} " if fmt else ""
        return UnreadableSheet(
            file, f"cannot be read here: the {what}reader needs a package that is not "
            f"installed ({missing}). The file is not at fault; reinstall the project "
            "with the README's first command and ingest it again")
    kind = f"{fmt.upper()} file" if fmt else "file"
    return UnreadableSheet(file, f"this {kind} could not be read because {meaning(exc)} "
                           f"({detail}); {ADVICE}")
