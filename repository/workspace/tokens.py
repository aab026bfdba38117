"""API tokens: created for a user by an admin, shown once, stored as a SHA-256 hash.

A token is 32 random bytes, so a fast hash is enough: nobody can guess one, and the
database alone does not give one away.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from pathlib import Path

from repository.errors import WorkspaceError
from repository.workspace.audit import log
from repository.workspace.db import now, reading, transaction
from repository.workspace.users import User

PREFIX = "prt_"


@dataclass(frozen=True)
class TokenInfo:
    id: int
    name: str
    email: str
    created_at: str
    revoked_at: str | None


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(db: Path, email: str, name: str, actor: str) -> tuple[int, str]:
    """A new token acting as the user `email`: its id and the token (shown only now)."""
    token = PREFIX + secrets.token_urlsafe(32)
    with transaction(db) as conn:
        row = conn.execute("SELECT id FROM users WHERE email = ?", (email.strip(),)).fetchone()
        if row is None:
            raise WorkspaceError(f"no user {email}; add one with `repository users add`")
        cursor = conn.execute(
            "INSERT INTO tokens (name, token_hash, user_id, created_at) VALUES (?, ?, ?, ?)",
            (name or "token", _digest(token), row["id"], now()))
        log(conn, actor, "token.create", None, f"{name} for {email}")
    assert cursor.lastrowid is not None
    return cursor.lastrowid, token


def revoke_token(db: Path, token_id: int, actor: str) -> None:
    """Revoke a token for good."""
    with transaction(db) as conn:
        changed = conn.execute(
            "UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
            (now(), token_id)).rowcount
        if not changed:
            raise WorkspaceError(f"no active token {token_id}")
        log(conn, actor, "token.revoke", None, str(token_id))


def user_for_token(db: Path, token: str) -> User | None:
    """The user an active token acts as."""
    if not token.startswith(PREFIX):
        return None
    with reading(db) as conn:
        row = conn.execute(
            "SELECT u.id, u.email, u.role FROM tokens t JOIN users u ON u.id = t.user_id "
            "WHERE t.token_hash = ? AND t.revoked_at IS NULL", (_digest(token),)).fetchone()
    return User(row["id"], row["email"], row["role"]) if row else None


def list_tokens(db: Path) -> list[TokenInfo]:
    with reading(db) as conn:
        rows = conn.execute(
            "SELECT t.id, t.name, u.email, t.created_at, t.revoked_at FROM tokens t "
            "JOIN users u ON u.id = t.user_id ORDER BY t.id").fetchall()
    return [TokenInfo(r["id"], r["name"], r["email"], r["created_at"], r["revoked_at"])
            for r in rows]
