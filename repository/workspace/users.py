"""Staff accounts: argon2 password hashes, roles, and sign-in (rate-limited by
`throttle`).

Passwords are only ever handled as arguments: never logged, never stored in clear.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from repository.errors import Forbidden, TooManyAttempts, Unauthorized, WorkspaceError
from repository.workspace.audit import log
from repository.workspace.db import now, reading, transaction
from repository.workspace.throttle import Attempt, record_failure, refusal

Role = Literal["editor", "admin"]
ROLES: tuple[Role, ...] = ("editor", "admin")
MIN_PASSWORD = 10
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


def authenticate(db: Path, email: str, password: str, client: str,
                 device: tuple[int, str, str] | None = None) -> User:
    """The user with these credentials, unless the rate limit says to wait.

    `client` is the address asking; `device` is (user id, email, device id) from a
    verified device cookie, which makes this browser a known one for that account.
    """
    with transaction(db) as conn:
        row = conn.execute("SELECT id, email, role, password_hash FROM users WHERE email = ?",
                           (email.strip(),)).fetchone()
        known = device is not None and row is not None and device[0] == row["id"] \
            and device[1] == str(row["email"]).lower()
        attempt = Attempt(client, email, device[2] if known and device else None)
        why = refusal(conn, attempt)
        if why:
            raise TooManyAttempts(why)
    # an unknown email costs one argon2 verification too, so its timing says nothing
    digest = row["password_hash"] if row is not None else dummy_hash()
    if _verify(digest, password) and row is not None:
        return User(row["id"], row["email"], row["role"])
    with transaction(db) as conn:
        record_failure(conn, attempt)
    raise Unauthorized("wrong email or password")


@cache
def dummy_hash() -> str:
    """A hash of a random password, made like the real ones, for unknown emails."""
    return _hasher.hash(secrets.token_urlsafe(24))


def _verify(digest: str, password: str) -> bool:
    try:
        return _hasher.verify(digest, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
