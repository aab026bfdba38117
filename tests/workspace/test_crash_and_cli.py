"""A write interrupted between SQLite and the index is finished when the workspace opens;
the `users` and `tokens` commands never echo a password."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from repository.cli import app
from repository.config import Settings
from repository.search.store import Store
from repository.workspace.db import open_db
from repository.workspace.sheets import Workspace
from repository.workspace.tokens import user_for_token
from repository.workspace.users import add_user, find_user
from tests.conftest import SHEETS


class Killed(BaseException):
    """Stands in for the process dying."""


@pytest.mark.slow
def test_an_upload_killed_before_the_index_write_is_rolled_forward_on_open(
        store: Store, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    workspace = Workspace.open(settings, store)
    user = add_user(workspace.db, "ed@example.org", "long password", "editor")

    def die(changes: object) -> None:
        raise Killed

    monkeypatch.setattr(workspace, "_apply", die)
    data = (SHEETS / "night-safety-bars.md").read_bytes()
    with pytest.raises(Killed):
        workspace.upload([("bars.md", data)], user)
    workspace.close()
    assert not store.index.retrieve(["night-safety-bars"])  # between: intent only

    reopened = Workspace.open(settings, store)
    state = reopened.get("night-safety-bars")
    assert state.status == "draft" and state.version == 1
    assert store.get("night-safety-bars").publication == "draft"
    assert [v["action"] for v in reopened.versions("night-safety-bars")] == ["upload"]
    assert reopened.reconcile() == 0  # nothing left pending
    reopened.close()


def test_users_add_reads_the_password_from_stdin_and_never_prints_it(
        settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPOSITORY_DATA_DIR", str(settings.data_dir))
    runner = CliRunner()
    result = runner.invoke(app, ["users", "add", "ana@example.org", "--role", "admin",
                                 "--password-stdin"], input="a secret passphrase\n")
    assert result.exit_code == 0, result.output
    assert result.output == "Added ana@example.org (admin)\n"
    assert "secret" not in result.output
    db = open_db(settings.data_dir)
    assert find_user(db, "ana@example.org") is not None
    assert b"a secret passphrase" not in (settings.data_dir / "workspace.db").read_bytes()

    again = runner.invoke(app, ["users", "add", "ana@example.org", "--password-stdin"],
                          input="another passphrase\n")
    assert again.exit_code == 2 and "already exists" in again.output

    created = runner.invoke(app, ["tokens", "create", "ana@example.org", "--name", "bulk"])
    token = created.stdout.strip().splitlines()[-1]
    assert user_for_token(db, token) is not None
    revoked = runner.invoke(app, ["tokens", "revoke", "1"])
    assert revoked.exit_code == 0 and user_for_token(db, token) is None
