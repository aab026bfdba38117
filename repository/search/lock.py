"""One process owns an embedded store at a time: an advisory lock beside it."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from repository.errors import StoreLocked


class StoreLock:
    """Holds an exclusive, non-blocking lock on `<store>/.repository.lock` until released."""

    def __init__(self, store: Path) -> None:
        self.store = store
        store.mkdir(parents=True, exist_ok=True)
        self._fd: int | None = os.open(store / ".repository.lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._fd)
            self._fd = None
            raise StoreLocked(store) from None
        os.ftruncate(self._fd, 0)
        os.write(self._fd, str(os.getpid()).encode())

    def release(self) -> None:
        """Let another process open the store."""
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
