"""The sign-in rate limit: brute force stays impractical, yet nobody can lock a user out.

Failed sign-ins are counted, over a sliding window, under three keys:

* the client (its address): after `CLIENT_MAX` failures that client is refused, whatever
  account it tries — a guesser slows only itself down;
* the account: after `ACCOUNT_MAX` failures from anywhere (a guesser spread over many
  addresses) the account refuses sign-ins from browsers it does not know;
* a known browser: one where the account signed in before carries a signed device cookie
  (OWASP's "device cookies"). It is exempt from the two limits above and has its own,
  `DEVICE_MAX`, so the real user still signs in from their usual browser while someone
  else hammers the account or shares their address.

Unknown and known emails are counted alike, and `users.authenticate` verifies a password
against a dummy hash when the email is unknown, so neither the answer nor its timing says
whether an account exists.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass

WINDOW_S = 300.0  # failures older than this are forgotten
CLIENT_MAX = 5  # failures per client address inside the window
ACCOUNT_MAX = 20  # failures per account from unknown browsers inside the window
DEVICE_MAX = 5  # failures per known browser inside the window


@dataclass(frozen=True)
class Attempt:
    """Who is signing in: the client's address, the account, and whether the browser is
    one the account signed in from before (its device id) or unknown (None)."""

    client: str
    email: str
    device: str | None = None

    def keys(self) -> list[str]:
        email = f"email:{self.email.strip().lower()}"
        if self.device:
            return [f"device:{self.device}", email]
        return [f"client:{self.client}", email]


def refusal(conn: sqlite3.Connection, attempt: Attempt, now: float | None = None) -> str | None:
    """Why this attempt must wait (a message for the person), or None when it may go on."""
    now = time.time() if now is None else now
    conn.execute("DELETE FROM login_failures WHERE at < ?", (now - WINDOW_S,))

    def failures(key: str) -> int:
        return int(conn.execute("SELECT COUNT(*) FROM login_failures WHERE key = ?",
                                (key,)).fetchone()[0])

    first, account = attempt.keys()
    if attempt.device:
        if failures(first) >= DEVICE_MAX:
            return "too many failed sign-ins from this browser; wait a few minutes"
        return None
    if failures(first) >= CLIENT_MAX:
        return "too many failed sign-ins from this address; wait a few minutes"
    if failures(account) >= ACCOUNT_MAX:
        return ("too many failed sign-ins for this account from elsewhere: sign in from a "
                "browser you used before, or wait a few minutes")
    return None


def record_failure(conn: sqlite3.Connection, attempt: Attempt, now: float | None = None
                   ) -> None:
    now = time.time() if now is None else now
    conn.executemany("INSERT INTO login_failures (key, at) VALUES (?, ?)",
                     [(key, now) for key in attempt.keys()])
