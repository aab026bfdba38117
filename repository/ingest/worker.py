"""A worker process that runs one function at a time within a time limit.

The ingest reader (`pipeline.SheetReader`) parses sheets in it, so a file that hangs a
parser is stopped: a call that takes longer than `file_timeout_s` fails as that file's
error and the worker is replaced. The worker runs at a lower priority (`WORKER_NICE`):
in a server, reading (and encoding) an upload takes the CPU only when the searches
leave it free.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.pool
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, Self

from repository.config import Settings
from repository.errors import SheetError, UnreadableSheet
from repository.ingest.failures import damaged
from repository.ingest.readers import SUFFIXES
from repository.ingest.readers.tables import TABLE_SUFFIXES

WORKER_NICE = 10


def format_of(name: str) -> str | None:
    """The format a file's suffix names, if any."""
    suffix = Path(name).suffix.lower()
    return SUFFIXES.get(suffix) or TABLE_SUFFIXES.get(suffix)


class Worker:
    """One spawned worker process, started on first use; close it when done."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._pool: multiprocessing.pool.Pool | None = None

    def _start(self) -> multiprocessing.pool.Pool:
        if self._pool is None:  # raising one's own niceness is always allowed
            self._pool = multiprocessing.get_context("spawn").Pool(
                1, initializer=os.nice, initargs=(WORKER_NICE,))
        return self._pool

    def call(self, name: str, function: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        """A picklable function run in the worker within the time limit; whatever fails
        there is a `SheetError` naming the file `name`."""
        pending = self._start().apply_async(function, args)
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
            raise damaged(name, exc, format_of(name)) from None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
