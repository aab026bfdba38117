"""Sign-in state: signed session cookies and CSRF tokens (the route dependencies that
check them are in `web/staff/access.py`).

A session is a row in the workspace database (so signing out ends it everywhere);
the browser holds its id in a cookie signed with itsdangerous (HttpOnly,
SameSite=Lax). Each session has its own CSRF token, which every state-changing
form sends back. The sign-in form, before any session exists, uses a signed
double-submit token bound to a pre-session cookie. A successful sign-in also leaves
a signed device cookie, so the rate limit knows the browser next time.
"""

from __future__ import annotations

import hmac
import os
import secrets
from pathlib import Path

from itsdangerous import BadSignature, URLSafeTimedSerializer

from repository.config import Settings
from repository.workspace.db import now, reading, transaction
from repository.workspace.users import User

SESSION_COOKIE = "ws_session"
LOGIN_COOKIE = "ws_login"
DEVICE_COOKIE = "ws_device"  # a browser the account signed in from (see throttle.py)
SESSION_MAX_AGE_S = 12 * 3600
DEVICE_MAX_AGE_S = 180 * 24 * 3600
SECRET_FILE = "secret_key"


def secret_key(settings: Settings) -> str:
    """The signing key: the setting, else one generated once and kept in the data dir."""
    if settings.secret_key is not None:
        return settings.secret_key.get_secret_value()
    path = settings.data_dir / SECRET_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another process wrote it first
        else:
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_urlsafe(48))
    return path.read_text().strip()


class Signer:
    """Signs and checks the session and sign-in cookies."""

    def __init__(self, key: str) -> None:
        self._session = URLSafeTimedSerializer(key, salt="workspace-session")
        self._login = URLSafeTimedSerializer(key, salt="workspace-login")
        self._device = URLSafeTimedSerializer(key, salt="workspace-device")

    def session_cookie(self, session_id: str) -> str:
        return self._session.dumps(session_id)

    def session_id(self, cookie: str | None) -> str | None:
        if not cookie:
            return None
        try:
            value = self._session.loads(cookie, max_age=SESSION_MAX_AGE_S)
        except BadSignature:
            return None
        return value if isinstance(value, str) else None

    def device_cookie(self, user: User) -> str:
        """A known-browser cookie for an account that just signed in."""
        return self._device.dumps([user.id, user.email.lower(), secrets.token_urlsafe(16)])

    def device(self, cookie: str | None) -> tuple[int, str, str] | None:
        """(user id, email, device id) of a valid known-browser cookie."""
        if not cookie:
            return None
        try:
            value = self._device.loads(cookie, max_age=DEVICE_MAX_AGE_S)
        except BadSignature:
            return None
        if isinstance(value, list) and len(value) == 3 and isinstance(value[0], int) \
                and all(isinstance(v, str) for v in value[1:]):
            return value[0], value[1], value[2]
        return None

    def login_token(self, nonce: str) -> str:
        return self._login.dumps(nonce)

    def login_token_ok(self, token: str, nonce: str | None) -> bool:
        if not token or not nonce:
            return False
        try:
            value = self._login.loads(token, max_age=3600)
        except BadSignature:
            return False
        return isinstance(value, str) and hmac.compare_digest(value, nonce)


def start_session(db: Path, user: User) -> str:
    """A new session for a user; its id."""
    session_id = secrets.token_urlsafe(32)
    with transaction(db) as conn:
        conn.execute("INSERT INTO sessions (id, user_id, csrf, created_at) VALUES (?, ?, ?, ?)",
                     (session_id, user.id, secrets.token_urlsafe(32), now()))
    return session_id


def end_session(db: Path, session_id: str) -> None:
    with transaction(db) as conn:
        conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))


def session_user(db: Path, session_id: str | None) -> tuple[User, str] | None:
    """The signed-in user of a session and its CSRF token."""
    if not session_id:
        return None
    with reading(db) as conn:
        row = conn.execute(
            "SELECT u.id, u.email, u.role, s.csrf FROM sessions s JOIN users u "
            "ON u.id = s.user_id WHERE s.id = ?", (session_id,)).fetchone()
    if row is None:
        return None
    return User(row["id"], row["email"], row["role"]), row["csrf"]


def csrf_ok(expected: str, given: str | None) -> bool:
    return bool(given) and hmac.compare_digest(expected, given or "")
