"""Domain errors, written for the person who reads them.

    RepositoryError                 base: one clean line at the CLI, a 4xx/5xx at the API
    ├── SheetError                  one source file cannot become a Practice (names the file)
    │   ├── UnreadableSheet         empty, wrong encoding, corrupt, over a limit, wrong format
    │   └── InvalidSheet            readable but not a sheet (no title, bad front matter …)
    ├── StoreLocked                 another process holds the embedded store
    ├── StoreError                  the index cannot be opened or written
    ├── InvalidQuery                a search parameter is not valid (→ 422)
    ├── NotFound                    no practice with that id (→ 404)
    └── ConfigError                 a setting cannot be used (model path, QDRANT_URL)
        └── ModelMismatch           the store was built by another embedding model
"""

from __future__ import annotations

from pathlib import Path


class RepositoryError(Exception):
    """Base of every error the product reports to a user."""


class SheetError(RepositoryError):
    """A source file could not be turned into a Practice."""

    def __init__(self, file: str | Path, problem: str) -> None:
        self.file = str(file)
        self.problem = problem
        super().__init__(f"{self.file}: {problem}")

    def __reduce__(self) -> tuple[type[SheetError], tuple[str, str]]:
        # rebuilt from (file, problem) when it crosses from the reading worker process
        return (self.__class__, (self.file, self.problem))


class UnreadableSheet(SheetError):
    """The file's bytes cannot be read as a sheet of the detected format."""


class InvalidSheet(SheetError):
    """The file reads, but its content is not a usable sheet."""


class StoreLocked(RepositoryError):
    """Another process holds the embedded store."""

    def __init__(self, store: str | Path) -> None:
        self.store = str(store)
        super().__init__(
            f"the store {self.store} is in use by another process (a running "
            "`repository serve`?). Stop that process, or point "
            "QDRANT_URL at a Qdrant server so several processes can share it."
        )


class StoreError(RepositoryError):
    """The index could not be opened or written."""


class InvalidQuery(RepositoryError):
    """A search parameter is not valid."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")


class NotFound(RepositoryError):
    """No record with that id."""


class ConfigError(RepositoryError):
    """A setting cannot be used as given."""


class ModelMismatch(ConfigError):
    """The configured embedding model is not the one that built the store."""

    def __init__(self, store: str, built: str | None, dim: int, configured: str) -> None:
        self.store, self.built, self.dim, self.configured = store, built, dim, configured
        made = (f"the embedding model {built} ({dim} dimensions)" if built
                else f"an unrecorded embedding model of {dim} dimensions")
        back = f", or set REPOSITORY_EMBEDDING_MODEL back to {built}" if built else ""
        super().__init__(
            f"{store} was built with {made}, but REPOSITORY_EMBEDDING_MODEL is "
            f"{configured}: run `repository reindex` to rebuild it with the configured "
            f"model{back}."
        )
