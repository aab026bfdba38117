"""Domain errors, written for the person who reads them.

    RepositoryError                 base: one clean line at the CLI, a 4xx/5xx at the API
    ├── SheetError                  one source file cannot become a Practice (names the file)
    │   ├── UnreadableSheet         empty, wrong encoding, corrupt, over a limit, wrong format
    │   └── InvalidSheet            readable but not a sheet (no title, bad front matter …)
    ├── StoreLocked                 another process holds the embedded store
    ├── StoreError                  the index cannot be opened or written
    ├── InvalidQuery                a search parameter is not valid
    ├── NotFound                    no practice (sheet, version, file) with that id
    ├── ConfigError                 a setting cannot be used (model path, QDRANT_URL)
    │   └── ModelMismatch           the store was built by another embedding model
    ├── BackupError                 a backup cannot be written, or an archive is not one
    └── WorkspaceError              a staff workspace operation was refused
        ├── Unauthorized            not signed in, or a wrong password or API token
        ├── SignInRequired          a page needs a signed-in user (→ the sign-in page)
        ├── Forbidden               signed in, but not allowed (editor, stale CSRF token)
        ├── TooLarge                a request body over the upload limits
        └── TooManyAttempts         too many failed sign-ins

`HTTP_STATUS` maps each class to the status the web layer answers with; a class not
in it takes its nearest ancestor's.
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

    def __init__(self, store: str, built: str | None, dim: int, configured: str,
                 layout: bool = False) -> None:
        self.store, self.built, self.dim, self.configured = store, built, dim, configured
        if layout:  # the same setting, from before each model had vectors of its own
            super().__init__(
                f"{store} was built with {built} as one joined vector ({dim} dimensions); "
                "this version keeps each model's vectors apart: run `repository reindex` "
                "to rebuild it.")
            return
        made = (f"the embedding model {built} ({dim} dimensions)" if built
                else f"an unrecorded embedding model of {dim} dimensions")
        back = f", or set REPOSITORY_EMBEDDING_MODEL back to {built}" if built else ""
        super().__init__(
            f"{store} was built with {made}, but REPOSITORY_EMBEDDING_MODEL is "
            f"{configured}: run `repository reindex` to rebuild it with the configured "
            f"model{back}."
        )


class BackupError(RepositoryError):
    """A backup cannot be written, or an archive is not a valid backup."""


class WorkspaceError(RepositoryError):
    """A workspace operation was refused (a bad field, a sheet in the wrong state …)."""


class Unauthorized(WorkspaceError):
    """No valid session or API token, or wrong credentials."""


class SignInRequired(WorkspaceError):
    """A page needs a signed-in user: the browser is sent to the sign-in page."""


class Forbidden(WorkspaceError):
    """The user is known but may not do this."""


class TooLarge(WorkspaceError):
    """A request body larger than a full upload could be."""


class TooManyAttempts(WorkspaceError):
    """Too many failed sign-ins for an email or a client address."""


HTTP_STATUS: dict[type[RepositoryError], int] = {
    RepositoryError: 500,
    SheetError: 422,
    StoreLocked: 503,
    StoreError: 503,
    InvalidQuery: 422,
    NotFound: 404,
    ConfigError: 500,
    BackupError: 422,
    WorkspaceError: 400,
    Unauthorized: 401,
    SignInRequired: 303,
    Forbidden: 403,
    TooLarge: 413,
    TooManyAttempts: 429,
}


def http_status(exc: RepositoryError) -> int:
    """The HTTP status of an error: its class's in `HTTP_STATUS`, else its nearest
    ancestor's."""
    for cls in type(exc).__mro__:
        if cls in HTTP_STATUS:
            return HTTP_STATUS[cls]  # type: ignore[index]
    return 500
