"""Staff accounts: argon2 password hashes, roles, and the login rate limit.

Passwords are only ever handled as arguments: never logged, never stored in clear.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from repository.errors import Forbidden, TooManyAttempts, Unauthorized, WorkspaceError
from repository.workspace.audit import log
from repository.workspace.db import now, reading, transaction

Role = Literal["editor", "admin"]
ROLES: tuple[Role, ...] = ("editor", "admin")
MIN_PASSWORD = 10
LOGIN_WINDOW_S = 300.0  # failures older than this are forgotten
LOGIN_MAX_FAILURES = 5  # per email and per client address inside the window
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_hasher = PasswordHasher()
__all__ = ["Forbidden", "TooManyAttempts", "Unauthorized", "WorkspaceError"]  # re-exported


@dataclass(frozen=True)
class User:
    id: int
    email: str
    role: Role

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def add_user(db: Path, email: str, password: str, role: str = "editor",
             actor: str = "system") -> User:
    """Create an account; the email must be new and the password long enough."""
    email = email.strip()
    if not _EMAIL.match(email):
        raise WorkspaceError(f"{email!r} is not an email address")
    if role not in ROLES:
        raise WorkspaceError(f"role {role!r}: use editor or admin")
    if len(password) < MIN_PASSWORD:
        raise WorkspaceError(f"the password must have at least {MIN_PASSWORD} characters")
    digest = _hasher.hash(password)
    with transaction(db) as conn:
        if conn.execute("SELECT 1 FROM users WHERE email = ?", (email,)).fetchone():
            raise WorkspaceError(f"a user {email} already exists")
        cursor = conn.execute(
            "INSERT INTO users (email, password_hash, role, created_at) VALUES (?, ?, ?, ?)",
            (email, digest, role, now()))
        log(conn, actor, "user.add", None, f"{email} ({role})")
    assert cursor.lastrowid is not None
    return User(cursor.lastrowid, email, role)  # type: ignore[arg-type]


def ensure_admin(db: Path, email: str | None, password: str | None) -> None:
    """Create the initial admin from the settings, if set and not there yet."""
    if not email or not password:
        return
    if find_user(db, email) is None:
        add_user(db, email, password, "admin")


def find_user(db: Path, email: str) -> User | None:
    with reading(db) as conn:
        row = conn.execute("SELECT id, email, role FROM users WHERE email = ?",
                           (email.strip(),)).fetchone()
    return User(row["id"], row["email"], row["role"]) if row else None


def user_by_id(db: Path, user_id: int) -> User | None:
    with reading(db) as conn:
        row = conn.execute("SELECT id, email, role FROM users WHERE id = ?",
                           (user_id,)).fetchone()
    return User(row["id"], row["email"], row["role"]) if row else None


def list_users(db: Path) -> list[User]:
    with reading(db) as conn:
        rows = conn.execute("SELECT id, email, role FROM users ORDER BY email").fetchall()
    return [User(r["id"], r["email"], r["role"]) for r in rows]


def remove_user(db: Path, user_id: int, actor: str) -> None:
    """Delete an account, its sessions and tokens; the last admin cannot go."""
    with transaction(db) as conn:
        row = conn.execute("SELECT email, role FROM users WHERE id = ?", (user_id,)).fetchone()
        if row is None:
            raise WorkspaceError(f"no user {user_id}")
        admins = conn.execute("SELECT COUNT(*) FROM users WHERE role = 'admin'").fetchone()[0]
        if row["role"] == "admin" and admins <= 1:
            raise WorkspaceError("the last admin cannot be removed")
        conn.execute("DELETE FROM users WHERE id = ?", (user_id,))
        log(conn, actor, "user.remove", None, row["email"])


def authenticate(db: Path, email: str, password: str, client: str) -> User:
    """The user with these credentials; refused after too many recent failures."""
    keys = (f"email:{email.strip().lower()}", f"client:{client}")
    cutoff = time.time() - LOGIN_WINDOW_S
    with transaction(db) as conn:
        conn.execute("DELETE FROM login_failures WHERE at < ?", (cutoff,))
        for key in keys:
            failures = conn.execute("SELECT COUNT(*) FROM login_failures WHERE key = ?",
                                    (key,)).fetchone()[0]
            if failures >= LOGIN_MAX_FAILURES:
                raise TooManyAttempts("too many failed sign-ins; wait a few minutes")
        row = conn.execute("SELECT id, email, role, password_hash FROM users WHERE email = ?",
                           (email.strip(),)).fetchone()
    if row is not None and _verify(row["password_hash"], password):
        return User(row["id"], row["email"], row["role"])
    with transaction(db) as conn:
        conn.executemany("INSERT INTO login_failures (key, at) VALUES (?, ?)",
                         [(key, time.time()) for key in keys])
    raise Unauthorized("wrong email or password")


def _verify(digest: str, password: str) -> bool:
    try:
        return _hasher.verify(digest, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
